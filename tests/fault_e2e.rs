//! Chats through a failing network and a restarting platform: nothing is
//! lost, nothing is duplicated, order is kept; and what the relay sees of
//! two chats cannot link them.

mod common;

use std::collections::HashSet;
use std::time::Duration;

use base64::{engine::general_purpose::STANDARD_NO_PAD, Engine as _};
use common::*;
use discret_core::{ChatEvent, ChatRequest};
use discret_platform::PlatformConfig;
use vodozemac::olm::OlmMessage;

const MESSAGES: usize = 1_000;

fn request() -> ChatRequest {
    ChatRequest {
        agent_alert: true,
        ..silent_request("intrusion", "fr")
    }
}

fn texts_from(platform: &discret_platform::Platform, case_id: i64) -> Vec<String> {
    platform
        .desk
        .case(case_id)
        .expect("case")
        .messages
        .iter()
        .filter(|m| m.author == "citizen" && m.kind == "text")
        .map(|m| m.body["text"].as_str().unwrap_or_default().to_string())
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_thousand_messages_each_way_through_a_failing_network() {
    let mut config = PlatformConfig::new(temp_dir("chaos"), "127.0.0.1:0".parse().expect("addr"));
    config.rate_limit = UNLIMITED;
    let platform = start_platform_in(config).await;
    let proxy = Proxy::start(platform.addr).await;
    let app = app_for(&proxy.url, platform.desk_signing_key()).with_rate_limit(UNLIMITED);
    let (chat, _subscription, mut events) = start_listening(&app, request()).await;
    wait_for(&mut events, "queued", |e| {
        matches!(e, ChatEvent::Queued { .. })
    })
    .await;
    let case_id = platform.desk.queue().expect("queue")[0].id;
    platform
        .desk
        .take(case_id, "alice", "Opératrice 12")
        .expect("take");

    proxy.set(ProxyMode::Chaos);
    for i in 0..MESSAGES {
        chat.send_text(&format!("c{i:04}"), None).expect("queued");
    }
    let desk = platform.desk.clone();
    let replies = tokio::task::spawn_blocking(move || {
        for i in 0..MESSAGES {
            desk.reply(case_id, "alice", &format!("d{i:04}"))
                .expect("reply");
        }
    });

    let received = tokio::time::timeout(Duration::from_secs(240), async {
        let mut texts = Vec::new();
        while texts.len() < MESSAGES {
            match events.recv().await {
                Some(ChatEvent::Message { text, .. }) => texts.push(text),
                Some(_) => {}
                None => break,
            }
        }
        texts
    })
    .await
    .expect("the phone received every operator message in time");
    replies.await.expect("replies sent");
    let expected_down: Vec<String> = (0..MESSAGES).map(|i| format!("d{i:04}")).collect();
    assert_eq!(
        received, expected_down,
        "desk → phone: none lost, none duplicated, in order"
    );

    let mut updates = platform.desk_updates();
    tokio::time::timeout(Duration::from_secs(240), async {
        while texts_from(&platform, case_id).len() < MESSAGES {
            updates.changed().await.expect("desk running");
        }
    })
    .await
    .expect("the desk received every citizen message in time");
    let expected_up: Vec<String> = (0..MESSAGES).map(|i| format!("c{i:04}")).collect();
    assert_eq!(
        texts_from(&platform, case_id),
        expected_up,
        "phone → desk: none lost, none duplicated, in order"
    );
    let cuts = proxy.cuts.load(std::sync::atomic::Ordering::SeqCst);
    assert!(
        cuts >= 10,
        "the network must really have failed ({cuts} cuts)"
    );
    eprintln!("chaos: {cuts} connections cut while {MESSAGES} messages flowed each way");
    platform.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_platform_restart_mid_chat_loses_nothing_acknowledged() {
    let data_dir = temp_dir("restart");
    let listen = "127.0.0.1:0".parse().expect("addr");
    let platform = start_platform_in(PlatformConfig::new(data_dir.clone(), listen)).await;
    let proxy = Proxy::start(platform.addr).await;
    let app = app_for(&proxy.url, platform.desk_signing_key());
    let (chat, _subscription, mut events) = start_listening(&app, request()).await;
    wait_for(&mut events, "queued", |e| {
        matches!(e, ChatEvent::Queued { .. })
    })
    .await;
    let case_id = platform.desk.queue().expect("queue")[0].id;
    platform
        .desk
        .take(case_id, "alice", "Opératrice 12")
        .expect("take");
    let before = chat.send_text("avant la panne", None).expect("send");
    wait_for(
        &mut events,
        "delivered",
        |e| matches!(e, ChatEvent::Delivered { message_id } if *message_id == before),
    )
    .await;
    platform
        .desk
        .reply(case_id, "alice", "réponse avant")
        .expect("reply");
    wait_for(
        &mut events,
        "reply",
        |e| matches!(e, ChatEvent::Message { text, .. } if text == "réponse avant"),
    )
    .await;

    platform.stop().await;
    let during = chat
        .send_text("pendant la panne", None)
        .expect("queued while down");
    let restarted = start_platform_in(PlatformConfig::new(data_dir, listen)).await;
    assert_eq!(
        restarted.desk_signing_key(),
        app.config().desk_key.to_base64(),
        "same desk identity"
    );
    proxy.point_to(restarted.addr);
    app.network_changed();
    wait_for(
        &mut events,
        "delivered after restart",
        |e| matches!(e, ChatEvent::Delivered { message_id } if *message_id == during),
    )
    .await;
    restarted
        .desk
        .reply(case_id, "alice", "réponse après")
        .expect("reply after restart");
    wait_for(
        &mut events,
        "reply after restart",
        |e| matches!(e, ChatEvent::Message { text, .. } if text == "réponse après"),
    )
    .await;
    assert_eq!(
        texts_from(&restarted, case_id),
        ["avant la panne", "pendant la panne"]
    );
    restarted.stop().await;
}

/// Every (token, pre-key message) the phone sent, read off the wire.
fn pre_keys_on_the_wire(bytes: &[u8]) -> Vec<(String, OlmMessage)> {
    let text = String::from_utf8_lossy(bytes);
    let mut found = Vec::new();
    for request in text.split("POST /v1/chats/").skip(1) {
        let token: String = request.chars().take(64).collect();
        if let Some(start) = request.find(r#""kind":0,"body":""#) {
            let rest = &request[start + 17..];
            let body = &rest[..rest.find('"').unwrap_or(0)];
            if let Ok(raw) = STANDARD_NO_PAD.decode(body) {
                if let Ok(message) = OlmMessage::from_parts(0, &raw) {
                    found.push((token, message));
                }
            }
        }
    }
    found
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_chats_from_one_phone_cannot_be_linked() {
    let platform = start_platform("unlinkable").await;
    let proxy = Proxy::start(platform.addr).await;
    let app = app_for(&proxy.url, platform.desk_signing_key());
    let mut subscriptions = Vec::new();
    for _ in 0..2 {
        let chat = app.start_chat(request()).await.expect("chat starts");
        let (listener, mut events) = collector();
        subscriptions.push((chat.subscribe(listener), chat));
        wait_for(&mut events, "queued", |e| {
            matches!(e, ChatEvent::Queued { .. })
        })
        .await;
    }
    let pre_keys = pre_keys_on_the_wire(&proxy.sent_bytes());
    let tokens: HashSet<&str> = pre_keys.iter().map(|(t, _)| t.as_str()).collect();
    assert_eq!(tokens.len(), 2, "two chats, two unrelated tokens");
    let identities: HashSet<String> = pre_keys
        .iter()
        .filter_map(|(_, m)| match m {
            OlmMessage::PreKey(p) => Some(p.identity_key().to_base64()),
            OlmMessage::Normal(_) => None,
        })
        .collect();
    assert_eq!(
        identities.len(),
        2,
        "each chat has its own throw-away Olm identity"
    );
    let sent = String::from_utf8_lossy(&proxy.sent_bytes()).to_lowercase();
    for header in ["cookie:", "authorization:", "x-device", "x-forwarded-for"] {
        assert!(!sent.contains(header), "the phone sends no `{header}`");
    }
    platform.stop().await;
}
