//! The relay and the desk against hostile input: malformed documents,
//! unknown versions and chats, oversized bodies, and ciphertext that is
//! tampered, replayed or from another session.

mod common;

use common::*;
use discret_core::crypto::{ChatCipher, DeskKey};
use discret_core::net::PlatformClient;
use discret_platform::desk::intake::Intake;
use discret_platform::relay::chat_hash;
use discret_protocol::payload::{ChatOpening, CitizenPayload};
use discret_protocol::relay::UpEnvelope;
use discret_protocol::{encode, PROTOCOL_VERSION};

async fn post(url: &str, body: &str) -> (u16, serde_json::Value) {
    let response = http()
        .post(url)
        .header("content-type", "application/json")
        .body(body.to_string())
        .send()
        .await
        .expect("request");
    let status = response.status().as_u16();
    let json = response.json().await.unwrap_or_default();
    (status, json)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn malformed_requests_get_typed_refusals() {
    let platform = start_platform("relay").await;
    let base = platform.url();
    let token = "ab".repeat(32);
    let envelope = |v: u32, kind: u8, body: &str| {
        format!(
            r#"{{"v":{v},"client_id":"{}","ciphertext":{{"kind":{kind},"body":"{body}"}}}}"#,
            "0f".repeat(16)
        )
    };
    let cases = [
        (
            "bad token",
            format!("{base}/v1/chats/NOT-A-TOKEN/up"),
            envelope(1, 0, "AAAA"),
            400,
            "bad_request",
        ),
        (
            "unknown version",
            format!("{base}/v1/chats/{token}/up"),
            envelope(2, 0, "AAAA"),
            400,
            "unsupported_version",
        ),
        (
            "not json",
            format!("{base}/v1/chats/{token}/up"),
            "{oops".to_string(),
            400,
            "bad_request",
        ),
        (
            "unknown field",
            format!("{base}/v1/chats/{token}/up"),
            envelope(1, 0, "AAAA").replace("\"v\":1", "\"v\":1,\"ip\":\"x\""),
            400,
            "bad_request",
        ),
        (
            "unknown chat",
            format!("{base}/v1/chats/{token}/up"),
            envelope(1, 1, "AAAA"),
            404,
            "unknown_chat",
        ),
        (
            "bad kind",
            format!("{base}/v1/chats/{token}/up"),
            envelope(1, 7, "AAAA"),
            400,
            "bad_request",
        ),
        (
            "oversized",
            format!("{base}/v1/chats/{token}/up"),
            envelope(1, 0, &"A".repeat(40_000)),
            413,
            "too_large",
        ),
    ];
    for (what, url, body, status, code) in cases {
        let (got, json) = post(&url, &body).await;
        assert_eq!(got, status, "{what}: {json}");
        assert_eq!(json["code"], code, "{what}: {json}");
    }
    let (status, _) = post(&format!("{base}/v1/chats/{token}/up"), &"x".repeat(100_000)).await;
    assert_eq!(status, 413, "bodies over the limit are cut");
    let response = http()
        .get(format!("{base}/v1/chats/{token}/down?after=0"))
        .send()
        .await
        .expect("poll");
    assert_eq!(response.status().as_u16(), 404);
    platform.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_desk_rejects_tampered_replayed_and_foreign_ciphertext() {
    let platform = start_platform("tamper").await;
    let client = PlatformClient::new(platform.url().parse().expect("url")).expect("client");
    let desk_key = DeskKey::from_base64(platform.desk_signing_key()).expect("key");
    let opening = CitizenPayload::Open {
        v: PROTOCOL_VERSION,
        opening: ChatOpening {
            category: "other".into(),
            language: "fr".into(),
            silent: true,
            acting_for_victim: false,
            minor: false,
            agent_alert: false,
            location: None,
        },
    };
    let text = |t: &str| CitizenPayload::Text {
        v: PROTOCOL_VERSION,
        id: "1f".repeat(16),
        text: t.into(),
        language: None,
    };
    let token = "cd".repeat(32);
    let hash = chat_hash(&token);
    let mut phone =
        ChatCipher::open(&desk_key, &client.claim_key().await.expect("key")).expect("session");
    let first = UpEnvelope {
        v: PROTOCOL_VERSION,
        client_id: "2e".repeat(16),
        ciphertext: phone.encrypt(&encode(&opening)).expect("encrypt"),
    };
    client
        .send_up(&token, &first)
        .await
        .expect("opening stored");
    wait_desk(&platform, "case opened", || {
        platform.desk.queue().is_ok_and(|q| q.len() == 1)
    })
    .await;
    let case_id = platform.desk.queue().expect("queue")[0].id;
    let second = phone.encrypt(&encode(&text("bonjour"))).expect("encrypt");
    assert_eq!(
        platform.desk.take_one(&hash, &second).expect("intake"),
        Intake::Recorded(case_id)
    );
    assert!(
        matches!(
            platform.desk.take_one(&hash, &second).expect("intake"),
            Intake::Rejected(_)
        ),
        "replay"
    );

    let mut tampered = phone.encrypt(&encode(&text("modifié"))).expect("encrypt");
    let mut chars: Vec<char> = tampered.body.chars().collect();
    let middle = chars.len() / 2;
    chars[middle] = if chars[middle] == 'A' { 'B' } else { 'A' };
    tampered.body = chars.into_iter().collect();
    assert!(
        matches!(
            platform.desk.take_one(&hash, &tampered).expect("intake"),
            Intake::Rejected(_)
        ),
        "tampered"
    );

    let mut other =
        ChatCipher::open(&desk_key, &client.claim_key().await.expect("key")).expect("session");
    let _ = other.encrypt(&encode(&opening)).expect("encrypt");
    let foreign = other
        .encrypt(&encode(&text("pas pour vous")))
        .expect("encrypt");
    assert!(
        matches!(
            platform.desk.take_one(&hash, &foreign).expect("intake"),
            Intake::Rejected(_)
        ),
        "foreign"
    );
    let stray = phone.encrypt(&encode(&text("x"))).expect("encrypt");
    assert!(
        matches!(
            platform
                .desk
                .take_one(&chat_hash(&"ef".repeat(32)), &stray)
                .expect("intake"),
            Intake::Rejected(_)
        ),
        "out of session"
    );
    let texts = platform
        .desk
        .case(case_id)
        .expect("case")
        .messages
        .iter()
        .filter(|m| m.kind == "text")
        .count();
    assert_eq!(texts, 1, "only the genuine message is recorded");
    platform.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_token_of_one_chat_cannot_read_another() {
    let platform = start_platform("tokens").await;
    let client = PlatformClient::new(platform.url().parse().expect("url")).expect("client");
    let desk_key = DeskKey::from_base64(platform.desk_signing_key()).expect("key");
    let opening = CitizenPayload::Open {
        v: PROTOCOL_VERSION,
        opening: ChatOpening {
            category: "other".into(),
            language: "fr".into(),
            silent: true,
            acting_for_victim: false,
            minor: false,
            agent_alert: false,
            location: None,
        },
    };
    let tokens = ["a1".repeat(32), "b2".repeat(32)];
    let mut ciphers = Vec::new();
    for (i, token) in tokens.iter().enumerate() {
        let mut cipher =
            ChatCipher::open(&desk_key, &client.claim_key().await.expect("key")).expect("session");
        let envelope = UpEnvelope {
            v: PROTOCOL_VERSION,
            client_id: format!("{i:032x}"),
            ciphertext: cipher.encrypt(&encode(&opening)).expect("encrypt"),
        };
        client.send_up(token, &envelope).await.expect("stored");
        ciphers.push(cipher);
    }
    wait_desk(&platform, "two cases", || {
        platform.desk.queue().is_ok_and(|q| q.len() == 2)
    })
    .await;
    // A long poll: answered as soon as the desk has queued something.
    let poll = |token: String| {
        let client = client.clone();
        async move {
            client
                .poll_down(&token, 0, std::time::Duration::from_secs(5))
                .await
                .expect("poll")
                .messages
        }
    };
    let (a, b) = (poll(tokens[0].clone()).await, poll(tokens[1].clone()).await);
    assert!(
        !a.is_empty() && !b.is_empty(),
        "each chat has its queue and acknowledgement"
    );
    let bodies_a: Vec<&str> = a.iter().map(|m| m.ciphertext.body.as_str()).collect();
    assert!(
        b.iter()
            .all(|m| !bodies_a.contains(&m.ciphertext.body.as_str())),
        "disjoint streams"
    );
    for message in &b {
        assert!(
            ciphers[0].decrypt(&message.ciphertext).is_err(),
            "A cannot decrypt B's messages"
        );
    }
    client.ack(&tokens[1], u64::MAX >> 1).await.expect("ack B");
    // The desk may have queued more for A meanwhile (queue position): what
    // A had must all still be there.
    let seqs = |messages: &[discret_protocol::relay::DownEnvelope]| {
        messages.iter().map(|m| m.seq).collect::<Vec<_>>()
    };
    let again = poll(tokens[0].clone()).await;
    assert_eq!(
        seqs(&again[..a.len().min(again.len())]),
        seqs(&a),
        "B's ack leaves A's messages alone"
    );
    // The desk may still be queueing for B (its auto-acknowledgement):
    // what B had and acknowledged must be gone.
    let last_b = b.iter().map(|m| m.seq).max().unwrap_or(0);
    let left = client
        .poll_down(&tokens[1], 0, std::time::Duration::ZERO)
        .await
        .expect("poll")
        .messages;
    assert!(
        left.iter().all(|m| m.seq > last_b),
        "B's messages are deleted once acknowledged"
    );
    let unknown = client
        .poll_down(&"c3".repeat(32), 0, std::time::Duration::ZERO)
        .await;
    assert!(matches!(
        unknown,
        Err(discret_core::Error::Platform { status: 404, .. })
    ));
    platform.stop().await;
}
