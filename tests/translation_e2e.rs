//! Chat translation end to end: a citizen writes in Spanish; the desk,
//! pointed at a fake LibreTranslate server (it "translates" by prefixing
//! `[target] `), detects the language, shows the operator the original and
//! its translation, and sends the operator's French reply translated into
//! Spanish with the original attached. When the provider fails, messages
//! still go through, untranslated and marked so.

mod common;

use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use axum::Router;
use common::*;
use discret_core::{ChatEvent, ChatRequest, OriginalText};
use discret_platform::desk::translate::TranslateConfig;
use discret_platform::PlatformConfig;
use serde_json::{json, Value};

const WORKING: u8 = 0;
const BROKEN: u8 = 1;

struct FakeProvider {
    mode: AtomicU8,
    requests: Mutex<Vec<Value>>,
}

async fn translate(State(fake): State<Arc<FakeProvider>>, body: axum::body::Bytes) -> Response {
    let request: Value = serde_json::from_slice(&body).unwrap_or_default();
    if let Ok(mut requests) = fake.requests.lock() {
        requests.push(request.clone());
    }
    if fake.mode.load(Ordering::SeqCst) == BROKEN {
        return (StatusCode::SERVICE_UNAVAILABLE, "overloaded").into_response();
    }
    let target = request["target"].as_str().unwrap_or("?");
    let q = request["q"].as_str().unwrap_or("");
    axum::Json(json!({ "translatedText": format!("[{target}] {q}") })).into_response()
}

async fn start_provider() -> (Arc<FakeProvider>, String) {
    let fake = Arc::new(FakeProvider {
        mode: AtomicU8::new(WORKING),
        requests: Mutex::new(Vec::new()),
    });
    let app = Router::new()
        .route("/translate", post(translate))
        .with_state(fake.clone());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind provider");
    let url = format!("http://{}", listener.local_addr().expect("addr"));
    tokio::spawn(async move {
        let _ = axum::serve(listener, app).await;
    });
    (fake, url)
}

fn spanish_request() -> ChatRequest {
    silent_request("armed_individual", "es")
}

/// The body of the citizen message `id` in the case, once `check` holds.
async fn citizen_body(
    platform: &discret_platform::Platform,
    case_id: i64,
    id: &str,
    what: &str,
    check: impl Fn(&Value) -> bool,
) -> Value {
    let body = || {
        platform.desk.case(case_id).ok().and_then(|c| {
            c.messages
                .into_iter()
                .find(|m| m.author == "citizen" && m.message_id == id)
                .map(|m| m.body)
        })
    };
    wait_desk(platform, what, || body().is_some_and(|b| check(&b))).await;
    body().unwrap_or_default()
}

async fn operator_message(
    events: &mut tokio::sync::mpsc::UnboundedReceiver<ChatEvent>,
) -> (String, Option<String>, Option<OriginalText>) {
    match wait_for(events, "operator message", |e| {
        matches!(e, ChatEvent::Message { .. })
    })
    .await
    {
        ChatEvent::Message {
            text,
            language,
            original,
            ..
        } => (text, language, original),
        _ => unreachable!(),
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn spanish_in_french_out_translated_both_ways() {
    let (provider, provider_url) = start_provider().await;
    let mut config =
        PlatformConfig::new(temp_dir("translate"), "127.0.0.1:0".parse().expect("addr"));
    config.translation = Some(
        TranslateConfig::new(&provider_url, None)
            .expect("provider URL")
            .with_timeout(Duration::from_secs(5)),
    );
    let platform = start_platform_in(config).await;
    assert!(platform.desk.translates());
    let app = app_for(&platform.url(), platform.desk_signing_key());
    let (chat, _subscription, mut events) = start_listening(&app, spanish_request()).await;

    let spanish = "Hay un hombre armado en la tienda, no puedo hablar, ayúdenme por favor";
    let sent = chat.send_text(spanish, None).expect("send");
    wait_for(
        &mut events,
        "delivered",
        |e| matches!(e, ChatEvent::Delivered { message_id } if *message_id == sent),
    )
    .await;
    let case_id = platform.desk.queue().expect("queue")[0].id;
    let body = citizen_body(&platform, case_id, &sent, "translation done", |b| {
        b["translation"]["state"] == "done"
    })
    .await;
    // The operator sees the original, its translation and the language.
    assert_eq!(body["text"], spanish);
    assert_eq!(body["translation"]["text"], format!("[fr] {spanish}"));
    assert_eq!(body["translation"]["source"], "es");
    assert_eq!(body["detected"]["language"], "es");
    assert!(body["detected"]["confidence"]
        .as_f64()
        .is_some_and(|c| c > 0.5));
    {
        let requests = provider.requests.lock().expect("lock");
        assert_eq!(requests[0]["source"], "es");
        assert_eq!(requests[0]["target"], "fr");
        assert_eq!(requests[0]["format"], "text");
    }

    // The operator's French reply reaches the citizen in Spanish, with the
    // original attached.
    platform
        .desk
        .take(case_id, "alice", "Opératrice 12")
        .expect("take");
    let french = "Restez où vous êtes, nous arrivons.";
    platform
        .desk
        .reply_translated(case_id, "alice", french)
        .await
        .expect("reply");
    let (text, language, original) = operator_message(&mut events).await;
    assert_eq!(text, format!("[es] {french}"));
    assert_eq!(language.as_deref(), Some("es"));
    assert_eq!(
        original,
        Some(OriginalText {
            text: french.into(),
            language: "fr".into()
        })
    );
    let case = platform.desk.case(case_id).expect("case");
    let reply = case
        .messages
        .iter()
        .find(|m| m.author == "operator" && m.kind == "text")
        .expect("reply recorded");
    assert_eq!(reply.body["text"], french);
    assert_eq!(reply.body["translation"]["state"], "done");
    assert_eq!(reply.body["translation"]["target"], "es");

    // The provider fails: nothing is held back, everything is marked.
    provider.mode.store(BROKEN, Ordering::SeqCst);
    let second = chat
        .send_text("Se fue por la puerta de atrás", None)
        .expect("send");
    wait_for(
        &mut events,
        "delivered despite the provider",
        |e| matches!(e, ChatEvent::Delivered { message_id } if *message_id == second),
    )
    .await;
    let body = citizen_body(&platform, case_id, &second, "translation failed", |b| {
        b["translation"]["state"] == "unavailable"
    })
    .await;
    assert_eq!(body["text"], "Se fue por la puerta de atrás");
    assert_eq!(body["translation"]["error"], "refused");
    platform
        .desk
        .reply_translated(case_id, "alice", "Une patrouille est en route.")
        .await
        .expect("the reply goes out untranslated");
    let (text, language, original) = operator_message(&mut events).await;
    assert_eq!(text, "Une patrouille est en route.");
    assert_eq!(language.as_deref(), Some("fr"));
    assert_eq!(original, None);
    let case = platform.desk.case(case_id).expect("case");
    assert_eq!(
        case.messages
            .iter()
            .rfind(|m| m.author == "operator" && m.kind == "text")
            .map(|m| m.body["translation"]["state"].clone()),
        Some(json!("unavailable"))
    );
    platform.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn without_a_provider_the_language_is_detected_and_nothing_translated() {
    let platform = start_platform("no-translation").await;
    assert!(!platform.desk.translates(), "no translation by default");
    let app = app_for(&platform.url(), platform.desk_signing_key());
    let (chat, _subscription, mut events) = start_listening(&app, spanish_request()).await;
    let spanish = "Hay un hombre armado en la tienda, no puedo hablar, ayúdenme por favor";
    let sent = chat.send_text(spanish, None).expect("send");
    wait_for(
        &mut events,
        "delivered",
        |e| matches!(e, ChatEvent::Delivered { message_id } if *message_id == sent),
    )
    .await;
    let case_id = platform.desk.queue().expect("queue")[0].id;
    let body = citizen_body(&platform, case_id, &sent, "recorded", |_| true).await;
    assert_eq!(body["detected"]["language"], "es");
    assert!(body.get("translation").is_none(), "{body}");
    platform
        .desk
        .take(case_id, "alice", "Opératrice 12")
        .expect("take");
    platform
        .desk
        .reply_translated(case_id, "alice", "Nous arrivons.")
        .await
        .expect("reply");
    let (text, language, original) = operator_message(&mut events).await;
    assert_eq!(
        (text.as_str(), language, original),
        ("Nous arrivons.", None, None)
    );
    platform.stop().await;
}
