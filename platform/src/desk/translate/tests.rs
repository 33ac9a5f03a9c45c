//! The LibreTranslate adapter against a local server speaking that API
//! (an axum app on 127.0.0.1:0 that "translates" by prefixing `[target] `),
//! its typed failures, and language detection.

use std::sync::Mutex;

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use axum::Router;

use super::*;

/// How the fake provider behaves.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    Translate,
    ServerError,
    Hang,
    Garbage,
    EmptyTranslation,
}

struct Fake {
    mode: Mutex<Mode>,
    requests: Mutex<Vec<serde_json::Value>>,
}

async fn fake_translate(State(fake): State<Arc<Fake>>, body: axum::body::Bytes) -> Response {
    let request: serde_json::Value = serde_json::from_slice(&body).unwrap_or_default();
    fake.requests
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .push(request.clone());
    let mode = *fake.mode.lock().unwrap_or_else(|p| p.into_inner());
    match mode {
        Mode::Translate => {
            let target = request["target"].as_str().unwrap_or("?");
            let q = request["q"].as_str().unwrap_or("");
            let mut answer = json!({ "translatedText": format!("[{target}] {q}") });
            if request["source"] == "auto" {
                answer["detectedLanguage"] = json!({ "language": "es", "confidence": 90.0 });
            }
            axum::Json(answer).into_response()
        }
        Mode::ServerError => (
            StatusCode::INTERNAL_SERVER_ERROR,
            axum::Json(json!({ "error": "model crashed" })),
        )
            .into_response(),
        Mode::Hang => std::future::pending::<Response>().await,
        Mode::Garbage => "<html>not json</html>".into_response(),
        Mode::EmptyTranslation => axum::Json(json!({ "translatedText": "  " })).into_response(),
    }
}

async fn start_fake(mode: Mode) -> (Arc<Fake>, String) {
    let fake = Arc::new(Fake {
        mode: Mutex::new(mode),
        requests: Mutex::new(Vec::new()),
    });
    let app = Router::new()
        .route("/lt/translate", post(fake_translate))
        .with_state(fake.clone());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let addr = listener.local_addr().expect("addr");
    tokio::spawn(async move {
        let _ = axum::serve(listener, app).await;
    });
    (fake, format!("http://{addr}/lt"))
}

fn adapter(url: &str, key: Option<&str>) -> LibreTranslate {
    let config = TranslateConfig::new(url, key.map(str::to_string))
        .expect("config")
        .with_timeout(Duration::from_millis(500));
    LibreTranslate::new(&config).expect("adapter")
}

#[tokio::test]
async fn the_adapter_speaks_the_libretranslate_api() {
    let (fake, url) = start_fake(Mode::Translate).await;
    let lt = adapter(&url, Some("k-123"));
    let t = lt
        .translate("Me está siguiendo", Some("es"), "fr")
        .await
        .expect("translated");
    assert_eq!(t.text, "[fr] Me está siguiendo");
    assert_eq!(t.detected_source, None);
    let auto = lt.translate("Hola", None, "fr").await.expect("translated");
    assert_eq!(auto.detected_source.as_deref(), Some("es"));

    let requests = fake.requests.lock().expect("lock").clone();
    assert_eq!(
        requests[0],
        json!({ "q": "Me está siguiendo", "source": "es", "target": "fr",
                "format": "text", "api_key": "k-123" })
    );
    assert_eq!(requests[1]["source"], "auto");
    // Without a key, no api_key field at all.
    let _ = adapter(&url, None)
        .translate("Hola", Some("es"), "fr")
        .await;
    let last = fake.requests.lock().expect("lock").last().cloned();
    assert!(last.is_some_and(|r| r.get("api_key").is_none()));
}

#[tokio::test]
async fn provider_failures_are_typed_errors_without_text() {
    let (fake, url) = start_fake(Mode::ServerError).await;
    let lt = adapter(&url, None);
    let secret = "SECRET-MARKER texto";
    let set = |mode| *fake.mode.lock().expect("lock") = mode;

    let err = lt.translate(secret, Some("es"), "fr").await.unwrap_err();
    assert_eq!(err, TranslateError::Refused(500));
    set(Mode::Garbage);
    let garbage = lt.translate(secret, Some("es"), "fr").await.unwrap_err();
    assert!(matches!(garbage, TranslateError::BadAnswer(_)), "{garbage}");
    set(Mode::EmptyTranslation);
    let empty = lt.translate(secret, Some("es"), "fr").await.unwrap_err();
    assert_eq!(empty, TranslateError::BadAnswer("empty translation"));
    set(Mode::Hang);
    let hang = lt.translate(secret, Some("es"), "fr").await.unwrap_err();
    assert_eq!(hang, TranslateError::Timeout(500));

    // Nothing listens on a port just released.
    let port = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
        listener.local_addr().expect("addr").port()
    };
    let down = adapter(&format!("http://127.0.0.1:{port}"), None)
        .translate(secret, Some("es"), "fr")
        .await
        .unwrap_err();
    assert_eq!(down, TranslateError::Unreachable);

    for e in [err, garbage, empty, hang, down] {
        assert!(!e.to_string().contains("SECRET"), "{e}");
        assert!(!format!("{e:?}").contains("SECRET"), "{e:?}");
    }
}

/// A translator that never answers: the desk's own deadline stops it.
struct Silent;

impl Translator for Silent {
    fn translate<'a>(&'a self, _: &'a str, _: Option<&'a str>, _: &'a str) -> TranslateFuture<'a> {
        Box::pin(std::future::pending())
    }
}

#[tokio::test]
async fn requests_are_checked_and_bounded_in_time() {
    let t = Duration::from_millis(50);
    let check = |text: &'static str, source: Option<&'static str>, target: &'static str| {
        translate_checked(&Silent, t, text, source, target)
    };
    assert_eq!(
        check("  ", None, "fr").await,
        Err(TranslateError::InvalidInput("empty text"))
    );
    assert_eq!(
        check("hola", Some("Spanish!"), "fr").await,
        Err(TranslateError::InvalidInput("source language"))
    );
    assert_eq!(
        check("hola", None, "f").await,
        Err(TranslateError::InvalidInput("target language"))
    );
    let long = "a".repeat(limits::MAX_MESSAGE_CHARS + 1);
    assert_eq!(
        translate_checked(&Silent, t, &long, None, "fr").await,
        Err(TranslateError::InvalidInput("text too long"))
    );
    assert_eq!(
        check("hola", Some("es"), "fr").await,
        Err(TranslateError::Timeout(50))
    );
}

#[test]
fn the_configuration_refuses_unusable_urls_without_quoting_them() {
    for bad in [
        "not a url",
        "ftp://example.org",
        "http://user:SECRET@example.org",
        "http://example.org/?key=SECRET",
        "file:///etc/passwd",
    ] {
        let err = TranslateConfig::new(bad, None).unwrap_err();
        assert!(!err.to_string().contains("SECRET"), "{err}");
    }
    let ok = TranslateConfig::new(" https://translate.example.org/api ", Some(" ".into()))
        .expect("valid");
    assert!(ok.api_key.is_none(), "a blank key is no key");
    assert_eq!(ok.timeout, DEFAULT_TIMEOUT);
    let with_key =
        TranslateConfig::new("http://127.0.0.1:5000", Some("SECRET".into())).expect("valid");
    assert!(!format!("{with_key:?}").contains("SECRET"));
}

#[test]
fn languages_are_detected_with_a_confidence() {
    let es =
        detect_language("Hay un hombre armado en la tienda, no puedo hablar, ayúdenme por favor")
            .expect("detected");
    assert_eq!(es.language, "es");
    assert!(es.reliable && es.confidence > 0.5, "{es:?}");
    let fr = detect_language(
        "Il est dans la cuisine, je ne peux pas parler, venez vite s'il vous plaît",
    )
    .expect("detected");
    assert_eq!(fr.language, "fr");
    let ar = detect_language("هناك رجل مسلح في المتجر ولا أستطيع التحدث").expect("detected");
    assert_eq!(ar.language, "ar");
    assert_eq!(detect_language("1234 !!! ???"), None);
    assert!((0.0..=1.0).contains(&es.confidence));
}

#[test]
fn every_whatlang_language_has_a_two_letter_code() {
    for lang in whatlang::Lang::all() {
        let code = iso639_1(lang.code());
        assert!(
            code.is_some_and(|c| c.len() == 2 && valid_language_code(c)),
            "{}",
            lang.code()
        );
    }
}

#[test]
fn the_source_language_is_whatlang_when_sure_else_the_declared_one() {
    let sure = Detected {
        language: "es".into(),
        confidence: 0.9,
        reliable: true,
    };
    let unsure = Detected {
        language: "pt".into(),
        confidence: 0.1,
        reliable: false,
    };
    assert_eq!(
        source_language(Some(&sure), &[None, Some("it")]).as_deref(),
        Some("es")
    );
    assert_eq!(
        source_language(Some(&unsure), &[None, Some("es-ES")]).as_deref(),
        Some("es")
    );
    assert_eq!(
        source_language(Some(&unsure), &[Some("ca"), Some("es")]).as_deref(),
        Some("ca")
    );
    assert_eq!(source_language(None, &[None, Some("??")]), None);
    assert_eq!(primary_language("zh-Hant-TW").as_deref(), Some("zh"));
    assert!(valid_language_code("pt-BR") && !valid_language_code("PT"));
}
