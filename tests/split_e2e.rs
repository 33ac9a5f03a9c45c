//! The relay and the desk as two servers on one data directory
//! (`serve --role relay` and `serve --role desk`): a whole chat goes
//! through, each half serves only its own API, and a relay without a desk
//! that published its keys refuses to start.

mod common;

use common::{app_for, silent_request, start_listening, temp_dir, wait_desk, wait_for, UNLIMITED};
use discret_core::ChatEvent;
use discret_platform::{Platform, PlatformConfig, RelayServer, Role};

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

    // The phone knows only the relay.
    let app = app_for(&relay.url(), &relay.desk_signing_key());
    app.check_platform()
        .await
        .expect("the relay serves the pinned desk key");
    let (chat, _subscription, mut events) =
        start_listening(&app, silent_request("assault", "fr")).await;
    wait_for(&mut events, "auto-ack from the desk process", |e| {
        matches!(e, ChatEvent::AutoAcknowledged { .. })
    })
    .await;

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
            .db()
            .lock()
            .query_row("SELECT count(*) FROM relay_down", [], |r| r.get(0))
            .expect("count")
    };
    for n in 0..3 {
        wait_desk(&desk, "the acknowledged replies deleted", || waiting() == 0).await;
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
