//! The relay and the desk as two servers (`serve --role relay` and `serve
//! --role desk`), on one data directory or on two machines joined by the
//! desk link: a whole chat (and, over the link, a report) goes through,
//! each half serves only its own API, a relay without a desk that published
//! its keys refuses to start (shared directory) or says it waits for one
//! (link), and the link refuses calls without its secret.

mod common;

use common::{
    app_for, http, now_ms, silent_request, start_listening, temp_dir, wait_desk, wait_for,
    wait_until, UNLIMITED,
};
use discret_core::reports::{Report, SubmitOutcome};
use discret_core::{ChatEvent, ReportCategory};
use discret_platform::relay_desk_link::LinkSecret;
use discret_platform::{Platform, PlatformConfig, RelayLinkConfig, RelayServer, Role};

fn config(dir: &std::path::Path, role: Role) -> PlatformConfig {
    let mut config = PlatformConfig::new(dir.to_path_buf(), "127.0.0.1:0".parse().expect("addr"));
    config.role = role;
    config.rate_limit = UNLIMITED;
    config
}

async fn status_of(url: String) -> u16 {
    // A plain HTTP/1.1 GET: the tests crate has no HTTP client of its own.
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let address = url
        .trim_start_matches("http://")
        .split('/')
        .next()
        .unwrap_or_default()
        .to_string();
    let path = url
        .splitn(4, '/')
        .nth(3)
        .map(|p| format!("/{p}"))
        .unwrap_or_else(|| "/".into());
    let mut tcp = tokio::net::TcpStream::connect(&address)
        .await
        .expect("connect");
    tcp.write_all(
        format!("GET {path} HTTP/1.1\r\nhost: {address}\r\nconnection: close\r\n\r\n").as_bytes(),
    )
    .await
    .expect("request");
    let mut answer = Vec::new();
    tcp.read_to_end(&mut answer).await.expect("answer");
    String::from_utf8_lossy(&answer)
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0)
}

/// A phone that knows only the relay opens a silent chat and hears the
/// desk's automatic acknowledgement.
async fn phone_chat(
    relay: &RelayServer,
) -> (
    discret_core::App,
    std::sync::Arc<discret_core::Chat>,
    discret_core::Subscription,
    tokio::sync::mpsc::UnboundedReceiver<ChatEvent>,
) {
    let app = app_for(&relay.url(), &relay.desk_signing_key());
    app.check_platform()
        .await
        .expect("the relay serves the pinned desk key");
    let (chat, subscription, mut events) =
        start_listening(&app, silent_request("assault", "fr")).await;
    wait_for(&mut events, "the desk's automatic acknowledgement", |e| {
        matches!(e, ChatEvent::AutoAcknowledged { .. })
    })
    .await;
    (app, chat, subscription, events)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn relay_and_desk_apart_carry_a_whole_chat() {
    let dir = temp_dir("split");
    // Without a desk, a lone relay has no keys to serve.
    assert!(RelayServer::start(config(&dir, Role::Relay)).await.is_err());

    let desk = Platform::start(config(&dir, Role::Desk))
        .await
        .expect("desk");
    let relay = RelayServer::start(config(&dir, Role::Relay))
        .await
        .expect("relay");
    assert_eq!(relay.desk_signing_key(), desk.desk_signing_key());

    // Each half serves only its own API.
    assert_eq!(status_of(format!("{}/v1/health", desk.url())).await, 404);
    assert_eq!(status_of(format!("{}/v1/health", relay.url())).await, 200);
    assert_eq!(status_of(format!("{}/console", relay.url())).await, 404);
    assert_eq!(status_of(format!("{}/console", desk.url())).await, 200);

    let (_app, chat, _subscription, mut events) = phone_chat(&relay).await;

    chat.send_text("Je suis au deuxième étage", None)
        .expect("send");
    wait_desk(&desk, "the text reached the desk", || {
        desk.desk.queue().is_ok_and(|q| {
            q.first().is_some_and(|c| {
                desk.desk.case(c.id).is_ok_and(|case| {
                    case.messages.iter().any(|m| {
                        m.author == "citizen" && m.body["text"] == "Je suis au deuxième étage"
                    })
                })
            })
        })
    })
    .await;
    let case_id = desk.desk.queue().expect("queue")[0].id;
    desk.desk
        .take(case_id, "alice", "Opératrice 12")
        .expect("take");
    desk.desk
        .reply(case_id, "alice", "Une patrouille arrive.")
        .expect("reply");
    wait_for(
        &mut events,
        "the reply through the relay",
        |e| matches!(e, ChatEvent::Message { text, .. } if text == "Une patrouille arrive."),
    )
    .await;
    // More replies, each once the phone's acknowledgement has emptied the
    // relay's table (new rows then reuse old rowids: the relay process
    // must still notice them).
    let waiting = || -> i64 {
        desk.relay
            .as_ref()
            .expect("the relay's database in the data directory")
            .db()
            .lock()
            .query_row("SELECT count(*) FROM relay_down", [], |r| r.get(0))
            .expect("count")
    };
    for n in 0..3 {
        wait_until("the acknowledged replies deleted", || waiting() == 0).await;
        let text = format!("Réponse {n}");
        desk.desk.reply(case_id, "alice", &text).expect("reply");
        wait_for(
            &mut events,
            "a later reply through the relay",
            |e| matches!(e, ChatEvent::Message { text: t, .. } if *t == text),
        )
        .await;
    }

    relay.stop().await;
    desk.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn relay_and_desk_on_two_machines_carry_a_chat_and_a_report_over_the_desk_link() {
    let (relay_dir, desk_dir) = (temp_dir("link-relay"), temp_dir("link-desk"));
    let secret = LinkSecret::generate();
    let mut relay_config = config(&relay_dir, Role::Relay);
    relay_config.desk_link_secret = Some(secret.clone());
    // The link on an address of its own (an internal interface).
    relay_config.desk_link_listen = Some("127.0.0.1:0".parse().expect("addr"));
    let relay = RelayServer::start(relay_config).await.expect("relay");
    let link_url = relay.link_url().expect("the link's own address");
    // No desk yet: phones are told to wait, not handed empty keys.
    assert_eq!(status_of(format!("{}/v1/health", relay.url())).await, 503);

    // A desk with another secret is refused, and says why.
    let mut wrong = config(&desk_dir, Role::Desk);
    wrong.relay_link = Some(RelayLinkConfig {
        url: link_url.clone(),
        secret: LinkSecret::generate(),
    });
    let refused = Platform::start(wrong).await.err().expect("refused");
    assert!(refused.to_string().contains("secret"), "{refused}");

    let mut desk_config = config(&desk_dir, Role::Desk);
    desk_config.relay_link = Some(RelayLinkConfig {
        url: link_url.clone(),
        secret: secret.clone(),
    });
    // No sweep: only the relay's news over the link wakes the desk.
    desk_config.intake_sweep = std::time::Duration::from_secs(3600);
    let desk = Platform::start(desk_config).await.expect("desk");
    assert!(desk.relay.is_none());
    assert!(
        !desk_dir.join("relay.sqlite3").exists(),
        "the desk machine holds no relay database"
    );
    assert_eq!(relay.desk_signing_key(), desk.desk_signing_key());
    assert_eq!(status_of(format!("{}/v1/health", relay.url())).await, 200);

    // The link answers only with its secret; bad documents get 400.
    let link = |path: &str| format!("{link_url}/v1/desk/{path}");
    assert_eq!(status_of(link("up")).await, 401);
    // Not on the phones' address, nor the phones' API on the link's.
    assert_eq!(status_of(format!("{}/v1/desk/up", relay.url())).await, 404);
    assert_eq!(status_of(format!("{link_url}/v1/health")).await, 404);
    let client = http();
    let with = |other: &LinkSecret| format!("Bearer {}", other.to_hex().as_str());
    let status = |r: reqwest::Response| r.status().as_u16();
    let wrong_secret = client
        .get(link("up"))
        .header("authorization", with(&LinkSecret::generate()))
        .send()
        .await
        .expect("call");
    assert_eq!(status(wrong_secret), 401);
    for (path, body) in [
        ("down", "not json"),
        (
            "down",
            r#"{"chat_hash":"00","ciphertext":{"kind":7,"body":"x"}}"#,
        ),
        ("up/taken", r#"[{"id":"x"}]"#),
        ("keys", r#"[{"one_time_key":"k"}]"#),
    ] {
        let answer = client
            .post(link(path))
            .header("authorization", with(&secret))
            .body(body)
            .send()
            .await
            .expect("call");
        assert_eq!(status(answer), 400, "{path}: {body}");
    }
    let unknown_chat = client
        .post(link("down"))
        .header("authorization", with(&secret))
        .body(format!(
            r#"{{"chat_hash":"{}","push_id":"{}","ciphertext":{{"kind":1,"body":"QUJD"}}}}"#,
            "0".repeat(64),
            "1".repeat(32)
        ))
        .send()
        .await
        .expect("call");
    assert_eq!(status(unknown_chat), 404);

    // A whole chat.
    let (app, chat, _subscription, mut events) = phone_chat(&relay).await;
    chat.send_text("Il est armé", None).expect("send");
    wait_desk(&desk, "the text reached the desk over the link", || {
        desk.desk.queue().is_ok_and(|q| {
            q.first().is_some_and(|c| {
                desk.desk.case(c.id).is_ok_and(|case| {
                    case.messages
                        .iter()
                        .any(|m| m.author == "citizen" && m.body["text"] == "Il est armé")
                })
            })
        })
    })
    .await;
    let case_id = desk.desk.queue().expect("queue")[0].id;
    let d = desk.desk.clone();
    tokio::task::spawn_blocking(move || {
        d.take(case_id, "alice", "Opératrice 12")?;
        d.reply(case_id, "alice", "Restez caché, on arrive.")
    })
    .await
    .expect("task")
    .expect("reply");
    wait_for(
        &mut events,
        "the reply over the link",
        |e| matches!(e, ChatEvent::Message { text, .. } if text == "Restez caché, on arrive."),
    )
    .await;
    let d = desk.desk.clone();
    tokio::task::spawn_blocking(move || d.close_case(case_id, "alice", Some("resolved")))
        .await
        .expect("task")
        .expect("close");
    wait_for(&mut events, "the closing over the link", |e| {
        matches!(e, ChatEvent::ClosedByOperator { .. })
    })
    .await;
    assert!(
        chat.send_text("encore", None).is_err(),
        "a chat closed by the operator takes no more text"
    );

    // Phones claim keys until the stock runs low: the desk refills it.
    let low = relay.relay.key_stock().expect("stock").unclaimed
        - discret_platform::relay::KEYS_LOW_WATERMARK
        + 1;
    for _ in 0..low {
        let claimed = client
            .post(format!("{}/v1/keys/claim", relay.url()))
            .send()
            .await
            .expect("claim");
        assert_eq!(status(claimed), 200);
    }
    let stocked = || {
        relay
            .relay
            .key_stock()
            .is_ok_and(|s| s.unclaimed >= discret_platform::relay::KEYS_LOW_WATERMARK)
    };
    assert!(!stocked());
    wait_desk(&desk, "the desk refilled the keys over the link", stocked).await;

    // An anonymous report, sealed to the key the desk published over the link.
    let report = Report {
        category: ReportCategory::UrbanRodeo,
        occurred_at_ms: now_ms() - 60_000,
        place: None,
        text: "Rodéo devant l'école".into(),
        photos: Vec::new(),
    };
    let SubmitOutcome::Sent(receipt) = app.submit_report(&report).await.expect("submit") else {
        panic!("the report was not sent");
    };
    wait_desk(&desk, "the report over the link", || {
        desk.reports
            .list(10)
            .is_ok_and(|r| r.iter().any(|r| r.receipt == receipt.receipt))
    })
    .await;

    desk.stop().await;
    relay.stop().await;
}
