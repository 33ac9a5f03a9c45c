//! Resume mode: a chat survives the app being stopped without a quick exit
//! (the OS killing it): a new app on the same data directory and key store
//! resumes the chat, the Olm session carries on both ways, a message queued
//! while the network was gone goes out once, and nothing is resumed after a
//! close, after a quick exit, or in memory-only mode.

mod common;

use std::path::Path;
use std::sync::Arc;

use common::{
    app_in, collector, silent_request, start_platform, temp_dir, wait_desk, wait_for, DeviceKeys,
};

use discret_core::{App, ChatEvent, ChatRequest};

fn app(dir: &Path, url: &str, key: &str, keys: &Arc<DeviceKeys>, resume: bool) -> App {
    app_in(dir, url, key, resume, Some(keys.clone()))
}

fn request() -> ChatRequest {
    silent_request("domestic_violence", "fr")
}

fn citizen_texts(platform: &discret_platform::Platform, case_id: i64) -> Vec<String> {
    platform
        .desk
        .case(case_id)
        .map(|c| {
            c.messages
                .iter()
                .filter(|m| m.author == "citizen" && m.kind == "text")
                .filter_map(|m| m.body["text"].as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_chat_survives_the_app_being_killed() {
    let platform = start_platform("resume").await;
    let (url, key) = (platform.url(), platform.desk_signing_key().to_string());
    let (dir, keys) = (temp_dir("resume-phone"), Arc::new(DeviceKeys::default()));

    let first = app(&dir, &url, &key, &keys, true);
    let chat = first.start_chat(request()).await.expect("chat");
    let (listener, mut events) = collector();
    let subscription = chat.subscribe(listener);
    wait_for(&mut events, "auto-ack", |e| {
        matches!(e, ChatEvent::AutoAcknowledged { .. })
    })
    .await;
    chat.send_text("Il est rentré, je suis dans la chambre", None)
        .expect("send");
    wait_desk(&platform, "the first text", || {
        platform
            .desk
            .queue()
            .is_ok_and(|q| q.len() == 1 && citizen_texts(&platform, q[0].id).len() == 1)
    })
    .await;
    let case_id = platform.desk.queue().expect("queue")[0].id;
    platform
        .desk
        .take(case_id, "alice", "Opératrice 12")
        .expect("take");
    platform
        .desk
        .reply(case_id, "alice", "Restez où vous êtes.")
        .expect("reply");
    wait_for(
        &mut events,
        "the reply",
        |e| matches!(e, ChatEvent::Message { text, .. } if text == "Restez où vous êtes."),
    )
    .await;
    let conversation = chat.conversation().expect("label");

    // The OS kills the app: no close, no quick exit.
    drop(subscription);
    drop(chat);
    drop(first);

    let second = app(&dir, &url, &key, &keys, true);
    let resumed = second.resume_chats().expect("resume");
    assert_eq!(resumed.len(), 1, "the chat is back");
    let chat = resumed[0].clone();
    assert_eq!(chat.conversation().as_deref(), Some(conversation.as_str()));
    // The texts kept in the vault are still there.
    let kept = second.stored_messages(&conversation).expect("kept");
    assert!(kept.iter().any(|m| m.outgoing));
    let (listener, mut events) = collector();
    let _subscription = chat.subscribe(listener);
    // Events from before the restart are replayed to the new listener.
    wait_for(
        &mut events,
        "the operator joined, replayed",
        |e| matches!(e, ChatEvent::OperatorJoined { operator } if operator == "Opératrice 12"),
    )
    .await;
    wait_for(
        &mut events,
        "the reply, replayed",
        |e| matches!(e, ChatEvent::Message { text, .. } if text == "Restez où vous êtes."),
    )
    .await;

    // The Olm session carries on both ways.
    chat.send_text("Il a une arme", None)
        .expect("send after resume");
    wait_desk(&platform, "the text sent after resuming", || {
        citizen_texts(&platform, case_id)
            .iter()
            .any(|t| t == "Il a une arme")
    })
    .await;
    platform
        .desk
        .reply(case_id, "alice", "Une patrouille arrive.")
        .expect("reply");
    wait_for(
        &mut events,
        "the reply after resuming",
        |e| matches!(e, ChatEvent::Message { text, .. } if text == "Une patrouille arrive."),
    )
    .await;
    assert_eq!(
        citizen_texts(&platform, case_id),
        ["Il est rentré, je suis dans la chambre", "Il a une arme"],
        "each text once, in order"
    );
    // Resuming again while it runs does not start a second copy.
    assert!(second.resume_chats().expect("again").is_empty());

    // After a quick exit nothing is resumed.
    second.quick_exit();
    drop(chat);
    drop(resumed);
    drop(second);
    let third = app(&dir, &url, &key, &keys, true);
    assert!(third.resume_chats().expect("resume").is_empty());
    platform.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn closed_chats_and_memory_only_mode_resume_nothing() {
    let platform = start_platform("resume-closed").await;
    let (url, key) = (platform.url(), platform.desk_signing_key().to_string());
    let keys = Arc::new(DeviceKeys::default());

    let dir = temp_dir("resume-closed-phone");
    let first = app(&dir, &url, &key, &keys, true);
    let chat = first.start_chat(request()).await.expect("chat");
    chat.close().await.expect("close");
    drop(chat);
    drop(first);
    let second = app(&dir, &url, &key, &keys, true);
    assert!(second.resume_chats().expect("resume").is_empty(), "closed");

    let dir = temp_dir("memory-phone");
    let first = app(&dir, &url, &key, &keys, false);
    let chat = first.start_chat(request()).await.expect("chat");
    drop(chat);
    drop(first);
    let second = app(&dir, &url, &key, &keys, false);
    assert!(
        second.resume_chats().expect("resume").is_empty(),
        "memory only"
    );
    platform.stop().await;
}
