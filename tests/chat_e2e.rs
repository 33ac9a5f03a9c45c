//! A whole chat through the public API of the core, against the real
//! platform: opening, queue, operator, messages both ways, receipts, tap
//! question, location, patrol, close; then network loss, key pinning,
//! limits, and the desk's refusal of tampered or replayed ciphertext.

mod common;

use common::*;
use discret_core::{ChatEvent, ChatRequest, ChatState, Error, LocationFix, LocationSource};

fn request(category: &str) -> ChatRequest {
    ChatRequest {
        location: Some(LocationFix {
            lat: 48.8566,
            lon: 2.3522,
            accuracy_m: 15.0,
            source: LocationSource::Gps,
            time_ms: 1_763_800_000_000,
        }),
        ..silent_request(category, "fr")
    }
}

fn only_case(platform: &discret_platform::Platform) -> i64 {
    let queue = platform.desk.queue().expect("queue");
    assert_eq!(queue.len(), 1, "one case expected");
    queue[0].id
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_silent_chat_end_to_end() {
    let platform = start_platform("e2e").await;
    let app = app_for(&platform.url(), platform.desk_signing_key());
    let status = app.check_platform().await.expect("platform reachable");
    assert_eq!(status.desk_key, platform.desk_signing_key());

    let (chat, _subscription, mut events) =
        start_listening(&app, request("domestic_violence")).await;
    wait_for(&mut events, "queued", |e| {
        matches!(e, ChatEvent::Queued { position: 1, .. })
    })
    .await;
    let ChatEvent::AutoAcknowledged { text } = wait_for(&mut events, "auto-ack", |e| {
        matches!(e, ChatEvent::AutoAcknowledged { .. })
    })
    .await
    else {
        unreachable!()
    };
    assert!(text.contains("17"), "the auto-ack points to 17/112");

    let case_id = only_case(&platform);
    let case = platform.desk.case(case_id).expect("case");
    assert!(case.summary.silent && case.summary.state == "waiting");
    assert_eq!(
        case.summary
            .location
            .as_ref()
            .and_then(|l| l["lat"].as_f64()),
        Some(48.8566)
    );

    let sent_id = chat
        .send_text("Il est dans la cuisine, je ne peux pas parler", None)
        .expect("send");
    wait_for(
        &mut events,
        "sent",
        |e| matches!(e, ChatEvent::Sent { message_id } if *message_id == sent_id),
    )
    .await;
    wait_for(
        &mut events,
        "delivered",
        |e| matches!(e, ChatEvent::Delivered { message_id } if *message_id == sent_id),
    )
    .await;
    let case = platform.desk.case(case_id).expect("case");
    assert_eq!(
        case.messages.last().map(|m| m.body["text"].as_str()),
        Some(Some("Il est dans la cuisine, je ne peux pas parler"))
    );

    platform
        .desk
        .take(case_id, "alice", "Opératrice 12")
        .expect("take");
    wait_for(
        &mut events,
        "operator joined",
        |e| matches!(e, ChatEvent::OperatorJoined { operator } if operator == "Opératrice 12"),
    )
    .await;
    assert_eq!(chat.state(), ChatState::Answered);

    assert_eq!(platform.desk.mark_read(case_id, "alice").expect("read"), 1);
    wait_for(
        &mut events,
        "read receipt",
        |e| matches!(e, ChatEvent::Read { message_id } if *message_id == sent_id),
    )
    .await;

    platform
        .desk
        .reply(case_id, "alice", "Nous avons bien reçu votre message.")
        .expect("reply");
    let ChatEvent::Message {
        id: reply_id, text, ..
    } = wait_for(&mut events, "operator message", |e| {
        matches!(e, ChatEvent::Message { .. })
    })
    .await
    else {
        unreachable!()
    };
    assert_eq!(text, "Nous avons bien reçu votre message.");
    chat.mark_read(&reply_id).expect("mark read");
    wait_desk(&platform, "operator message read", || {
        platform.desk.case(case_id).is_ok_and(|c| {
            c.messages
                .iter()
                .any(|m| m.message_id == reply_id && m.read)
        })
    })
    .await;

    let question = platform
        .desk
        .ask(
            case_id,
            "alice",
            "Êtes-vous en sécurité ?",
            &["Oui".into(), "Non".into()],
        )
        .expect("ask");
    wait_for(
        &mut events,
        "tap question",
        |e| matches!(e, ChatEvent::TapQuestion { id, .. } if *id == question),
    )
    .await;
    assert!(matches!(
        chat.answer_question(&question, "Peut-être"),
        Err(Error::InvalidInput {
            field: "answer",
            ..
        })
    ));
    assert!(matches!(
        chat.answer_question("nope", "Non"),
        Err(Error::InvalidInput {
            field: "question_id",
            ..
        })
    ));
    chat.answer_question(&question, "Non").expect("answer");
    chat.share_location(LocationFix {
        lat: 48.857,
        lon: 2.353,
        accuracy_m: 8.0,
        source: LocationSource::Gps,
        time_ms: 1_763_800_060_000,
    })
    .expect("location");
    wait_desk(&platform, "answer and location recorded", || {
        platform.desk.case(case_id).is_ok_and(|c| {
            c.messages
                .iter()
                .any(|m| m.kind == "tap_answer" && m.body["answer"] == "Non")
                && c.summary.location.as_ref().and_then(|l| l["lat"].as_f64()) == Some(48.857)
        })
    })
    .await;

    platform
        .desk
        .dispatch_patrol(case_id, "alice", Some("Équipage en route"))
        .expect("dispatch");
    wait_for(
        &mut events,
        "patrol",
        |e| matches!(e, ChatEvent::PatrolDispatched { note: Some(n) } if n == "Équipage en route"),
    )
    .await;
    platform
        .desk
        .close_case(case_id, "alice", None)
        .expect("close");
    wait_for(&mut events, "closed", |e| {
        matches!(e, ChatEvent::ClosedByOperator { .. })
    })
    .await;
    assert_eq!(chat.state(), ChatState::ClosedByOperator);
    assert!(matches!(
        chat.send_text("encore", None),
        Err(Error::ChatClosed)
    ));

    // The chat's texts were kept in the vault, both ways, in order.
    let conversation = chat.conversation().expect("the app's chats keep a journal");
    let kept = app.stored_messages(&conversation).expect("stored");
    let sent: Vec<&str> = kept
        .iter()
        .filter(|m| m.outgoing)
        .map(|m| m.text.as_str())
        .collect();
    assert_eq!(sent, ["Il est dans la cuisine, je ne peux pas parler"]);
    assert!(kept
        .iter()
        .any(|m| !m.outgoing && m.text == "Nous avons bien reçu votre message."));

    let stats =
        discret_platform::desk::stats::answer_stats(&platform.desk.db_handle()).expect("stats");
    assert_eq!((stats.cases, stats.answered), (1, 1));
    assert!(stats.median_first_answer_secs.is_some_and(|s| s >= 0.0));
    platform.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn messages_survive_network_loss_exactly_once_and_in_order() {
    let platform = start_platform("loss").await;
    let proxy = Proxy::start(platform.addr).await;
    let app = app_for(&proxy.url, platform.desk_signing_key());
    let (chat, _subscription, mut events) = start_listening(&app, request("intrusion")).await;
    wait_for(&mut events, "queued", |e| {
        matches!(e, ChatEvent::Queued { .. })
    })
    .await;

    proxy.set(ProxyMode::Refuse);
    let mut ids = Vec::new();
    for i in 0..3 {
        ids.push(
            chat.send_text(&format!("hors ligne {i}"), None)
                .expect("queued offline"),
        );
    }
    // The relay stores the next message but the phone never hears back.
    proxy.set(ProxyMode::LoseAnswers);
    ids.push(chat.send_text("réponse perdue", None).expect("queued"));
    app.network_changed();
    proxy.set(ProxyMode::Pass);
    app.network_changed();
    for id in &ids {
        wait_for(
            &mut events,
            "delivered after reconnection",
            |e| matches!(e, ChatEvent::Delivered { message_id } if message_id == id),
        )
        .await;
    }
    let case_id = only_case(&platform);
    let texts: Vec<String> = platform
        .desk
        .case(case_id)
        .expect("case")
        .messages
        .iter()
        .filter(|m| m.kind == "text")
        .map(|m| m.body["text"].as_str().unwrap_or_default().to_string())
        .collect();
    assert_eq!(
        texts,
        [
            "hors ligne 0",
            "hors ligne 1",
            "hors ligne 2",
            "réponse perdue"
        ]
    );
    platform.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn another_desk_key_is_refused_before_anything_is_sent() {
    let platform = start_platform("pin").await;
    let other = start_platform("other").await;
    let app = app_for(&platform.url(), other.desk_signing_key());
    assert!(matches!(
        app.check_platform().await,
        Err(Error::DeskKeyMismatch)
    ));
    assert!(matches!(
        app.start_chat(request("theft")).await,
        Err(Error::BadKeySignature)
    ));
    assert!(platform.desk.queue().expect("queue").is_empty());
    platform.stop().await;
    other.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn limits_refuse_without_sending_half() {
    let platform = start_platform("limits").await;
    let app = app_for(&platform.url(), platform.desk_signing_key());
    let chat = app.start_chat(request("other")).await.expect("chat starts");
    let too_long = "x".repeat(discret_protocol::limits::MAX_MESSAGE_CHARS + 1);
    assert!(matches!(
        chat.send_text(&too_long, None),
        Err(Error::InvalidInput { field: "text", .. })
    ));
    assert!(matches!(
        chat.send_text("   ", None),
        Err(Error::InvalidInput { .. })
    ));
    let mut accepted = 0;
    let limited = loop {
        match chat.send_text("message", None) {
            Ok(_) => accepted += 1,
            Err(e) => break e,
        }
        assert!(
            accepted <= discret_protocol::limits::RATE_MAX_MESSAGES,
            "no rate limit"
        );
    };
    assert!(matches!(limited, Error::RateLimited { retry_after_secs } if retry_after_secs >= 1));
    assert_eq!(accepted, discret_protocol::limits::RATE_MAX_MESSAGES);
    let bad = discret_core::ChatRequest {
        category: "unknown".into(),
        ..request("other")
    };
    assert!(matches!(
        app.start_chat(bad).await,
        Err(Error::InvalidInput {
            field: "category",
            ..
        })
    ));
    platform.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn quick_exit_tells_the_desk_and_is_idempotent() {
    let platform = start_platform("exit").await;
    let app = app_for(&platform.url(), platform.desk_signing_key());
    let (chat, _subscription, mut events) =
        start_listening(&app, request("domestic_violence")).await;
    wait_desk(&platform, "case opened", || {
        platform.desk.queue().is_ok_and(|q| q.len() == 1)
    })
    .await;
    eprintln!("DEBUG case opened");
    wait_for(&mut events, "queued", |e| {
        matches!(e, ChatEvent::Queued { .. })
    })
    .await;
    let case_id = only_case(&platform);
    app.quick_exit();
    app.quick_exit();
    assert_eq!(chat.state(), ChatState::Closed);
    assert!(matches!(
        chat.send_text("après", None),
        Err(Error::ChatClosed)
    ));
    wait_desk(&platform, "left abruptly", || {
        platform
            .desk
            .case(case_id)
            .is_ok_and(|c| c.summary.left_abruptly && c.summary.state == "closed")
    })
    .await;
    platform.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn without_websockets_the_chat_falls_back_to_http() {
    let platform = start_platform("fallback").await;
    let proxy = Proxy::start(platform.addr).await;
    proxy.set(ProxyMode::NoWebSocket);
    let app = app_for(&proxy.url, platform.desk_signing_key());
    let (chat, _subscription, mut events) = start_listening(&app, request("harassment")).await;
    wait_for(&mut events, "queued", |e| {
        matches!(e, ChatEvent::Queued { .. })
    })
    .await;
    let case_id = only_case(&platform);
    platform
        .desk
        .take(case_id, "alice", "Opératrice 12")
        .expect("take");
    for round in 0..3 {
        let id = chat
            .send_text(&format!("message {round}"), None)
            .expect("send");
        wait_for(
            &mut events,
            "delivered over HTTP",
            |e| matches!(e, ChatEvent::Delivered { message_id } if *message_id == id),
        )
        .await;
        platform
            .desk
            .reply(case_id, "alice", &format!("réponse {round}"))
            .expect("reply");
        let expected = format!("réponse {round}");
        wait_for(
            &mut events,
            "reply over HTTP",
            |e| matches!(e, ChatEvent::Message { text, .. } if *text == expected),
        )
        .await;
    }
    let sent = String::from_utf8_lossy(&proxy.sent_bytes()).into_owned();
    assert!(sent.contains("/ws?"), "the WebSocket was tried");
    assert!(sent.contains("/down?after="), "the long poll took over");
    platform.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_chat_the_relay_has_forgotten_tells_the_user_it_expired() {
    let platform = start_platform("expired").await;
    let app = app_for(&platform.url(), platform.desk_signing_key());
    let (chat, _subscription, mut events) = start_listening(&app, request("harassment")).await;
    wait_for(&mut events, "queued", |e| {
        matches!(e, ChatEvent::Queued { .. })
    })
    .await;
    let relay = platform.relay.clone().expect("the relay in this process");
    wait_desk(&platform, "the opening taken", || {
        relay.pending_up().is_ok_and(|p| p.is_empty())
    })
    .await;
    // A month without a message: the relay's retention forgets the chat.
    let month_later =
        now_ms() + discret_platform::relay::IDLE_CHAT_KEPT.as_millis() as i64 + 60_000;
    let forgotten = tokio::task::spawn_blocking(move || relay.forget_old_chats(month_later))
        .await
        .expect("task")
        .expect("retention");
    assert_eq!(forgotten, 1);

    let id = chat.send_text("toujours là ?", None).expect("queued");
    wait_for(
        &mut events,
        "send failed",
        |e| matches!(e, ChatEvent::SendFailed { message_id, .. } if *message_id == id),
    )
    .await;
    wait_for(&mut events, "expired", |e| matches!(e, ChatEvent::Expired)).await;
    assert_eq!(chat.state(), ChatState::ClosedByOperator);
    assert!(matches!(
        chat.send_text("encore", None),
        Err(Error::ChatClosed)
    ));
    platform.stop().await;
}
