//! The relay over one WebSocket per chat (`/v1/chats/{token}/ws?after=N`):
//! the phone's upward messages and acks come in as frames, each answered in
//! order; downward messages are pushed as soon as they are stored. Same
//! store, same checks and limits as the HTTP API, which remains the
//! fallback when a network blocks WebSockets.

use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::time::Duration;

use axum::extract::ws::{Message, WebSocket, WebSocketUpgrade};
use axum::extract::{Path, Query, State};
use axum::response::Response;
use discret_protocol::relay::{ClientFrame, RelayErrorCode, ServerFrame};
use discret_protocol::{decode, encode, limits, PROTOCOL_VERSION};
use serde::Deserialize;

use crate::error::{Error, Result};
use crate::relay::{checked_token, down_after, DownWaiter, Relay};

/// A link with no frame for this long is dropped (phones ping more often).
const IDLE_TIMEOUT: Duration = Duration::from_secs(90);

#[derive(Deserialize)]
pub struct SocketQuery {
    #[serde(default)]
    after: u64,
}

pub async fn connect(
    State(relay): State<Arc<Relay>>,
    Path(token): Path<String>,
    Query(query): Query<SocketQuery>,
    upgrade: WebSocketUpgrade,
) -> Result<Response> {
    let hash = checked_token(&token)?;
    if down_after(&relay, &hash, u64::MAX >> 1)?.is_none() {
        return Err(Error::UnknownChat);
    }
    // Small buffers: an idle phone's link must cost little (10,000 open
    // chats); frames are at most a few kilobytes.
    Ok(upgrade
        .read_buffer_size(4 * 1024)
        .write_buffer_size(4 * 1024)
        .max_message_size(limits::MAX_BODY_BYTES)
        .max_frame_size(limits::MAX_BODY_BYTES)
        .on_upgrade(move |socket| async move {
            let waiter = relay.down_waiter(&hash);
            if let Err(e) = serve(&relay, &hash, query.after, socket, &waiter).await {
                tracing::info!(error = %e, "a chat link closed");
            }
            relay.release_waiter(&hash, waiter);
        }))
}

fn refusal(client_id: Option<String>, e: &Error) -> ServerFrame {
    let code = match e {
        Error::UnknownChat => RelayErrorCode::UnknownChat,
        Error::ChatClosed => RelayErrorCode::ChatClosed,
        Error::RateLimited => RelayErrorCode::RateLimited,
        Error::Protocol(discret_protocol::ProtocolError::TooLarge { .. }) => {
            RelayErrorCode::TooLarge
        }
        Error::Protocol(discret_protocol::ProtocolError::UnsupportedVersion { .. }) => {
            RelayErrorCode::UnsupportedVersion
        }
        Error::Database(_) | Error::Internal(_) | Error::Setup(_) => RelayErrorCode::Internal,
        _ => RelayErrorCode::BadRequest,
    };
    let message = if code == RelayErrorCode::Internal {
        tracing::error!(error = %e, "a chat link failed");
        "internal error".into()
    } else {
        e.to_string()
    };
    ServerFrame::Refused {
        v: PROTOCOL_VERSION,
        client_id,
        code,
        message,
    }
}

async fn send(socket: &mut WebSocket, frame: &ServerFrame) -> Result<()> {
    let text =
        String::from_utf8(encode(frame)).map_err(|_| Error::Internal("frame encoding".into()))?;
    socket
        .send(Message::Text(text.into()))
        .await
        .map_err(|_| Error::Internal("the phone went away".into()))
}

/// An acknowledgement from the phone (an `ack` frame, or one carried by an
/// upward frame): what to delete, only when it moves past what this link
/// already acknowledged, and never past what it pushed, so a flood of acks
/// costs the store nothing.
fn to_delete(up_to: u64, pushed: u64, acked: &mut u64) -> Option<u64> {
    let up_to = up_to.min(pushed);
    if up_to <= *acked {
        return None;
    }
    *acked = up_to;
    Some(up_to)
}

/// An acknowledgement alone: its delete joins the next batch.
fn acknowledge(relay: &Relay, hash: &str, up_to: u64, pushed: u64, acked: &mut u64) -> Result<()> {
    match to_delete(up_to, pushed, acked) {
        Some(up_to) => relay.acknowledge_soon(hash, up_to),
        None => Ok(()),
    }
}

async fn serve(
    relay: &Relay,
    hash: &str,
    mut pushed: u64,
    mut socket: WebSocket,
    waiter: &DownWaiter,
) -> Result<()> {
    let mut closing = relay.closing();
    let chat = relay.chat_id_of(hash)?.ok_or(Error::UnknownChat)?;
    // Connecting with `after=N` says the phone holds everything up to N (an
    // acknowledgement it owed when its last link dropped).
    let mut acked = 0;
    acknowledge(relay, hash, pushed, pushed, &mut acked)?;
    // Read the store at start, after a full batch, and when a message was
    // stored past what this link pushed; not after every frame.
    let mut look = true;
    loop {
        if *closing.borrow() {
            return Ok(());
        }
        let stored = waiter.stored.notified();
        tokio::pin!(stored);
        stored.as_mut().enable();
        if look || waiter.last_seq.load(Ordering::Acquire) > pushed {
            // What the push left in memory, else the store.
            let (messages, from_store) = match waiter.kept_after(pushed).filter(|_| !look) {
                Some(kept) => (kept, false),
                None => (
                    down_after(relay, hash, pushed)?.ok_or(Error::UnknownChat)?,
                    true,
                ),
            };
            look = false;
            if let Some(last) = messages.last() {
                pushed = last.seq;
                // A batch from the store may have been cut at its limits.
                look = from_store;
                send(
                    &mut socket,
                    &ServerFrame::Down {
                        v: PROTOCOL_VERSION,
                        messages,
                    },
                )
                .await?;
                continue;
            }
        }
        let frame = tokio::select! {
            _ = &mut stored => continue,
            _ = closing.changed() => {
                let _ = socket.send(Message::Close(None)).await;
                return Ok(());
            }
            frame = tokio::time::timeout(IDLE_TIMEOUT, socket.recv()) => frame,
        };
        let text = match frame {
            Ok(Some(Ok(Message::Text(text)))) => text,
            Ok(Some(Ok(Message::Ping(_) | Message::Pong(_)))) => continue,
            Ok(Some(Ok(Message::Binary(_)))) => {
                let e = Error::BadRequest("frames are JSON text".into());
                send(&mut socket, &refusal(None, &e)).await?;
                continue;
            }
            Ok(Some(Ok(Message::Close(_))) | Some(Err(_)) | None) => return Ok(()),
            Err(_) => return Err(Error::Internal("idle link".into())),
        };
        let answer = match decode::<ClientFrame>(text.as_bytes(), limits::MAX_BODY_BYTES) {
            Ok(ClientFrame::Up {
                client_id,
                ciphertext,
                ack,
                ..
            }) => {
                // A carried acknowledgement is deleted in the same write.
                let delete = ack.and_then(|up_to| to_delete(up_to, pushed, &mut acked));
                let accepted = relay
                    .accept_up_acking(hash, Some(chat), client_id.clone(), ciphertext, delete)
                    .await;
                Some(match accepted {
                    Ok(accepted) => ServerFrame::Accepted {
                        v: PROTOCOL_VERSION,
                        client_id,
                        seq: accepted.seq,
                        duplicate: accepted.duplicate,
                    },
                    Err(e) => refusal(Some(client_id), &e),
                })
            }
            Ok(ClientFrame::Ack { up_to, .. }) => {
                match acknowledge(relay, hash, up_to, pushed, &mut acked) {
                    Ok(()) => None,
                    Err(e) => Some(refusal(None, &e)),
                }
            }
            Err(e) => Some(refusal(None, &Error::Protocol(e))),
        };
        if let Some(answer) = answer {
            send(&mut socket, &answer).await?;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::relay::tests::{count, open, push_downs, relay};
    use discret_protocol::relay::Ciphertext;

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn an_ack_carried_by_an_upward_message_deletes_even_when_the_message_is_refused() {
        let relay = relay();
        let hash = open(&relay, 8).await;
        push_downs(&relay, &hash, 4).await;
        let up = |n: u64| Ciphertext {
            kind: 1,
            body: format!("up {n}"),
        };
        let accepted = relay
            .accept_up_acking(&hash, None, format!("{:032x}", 1), up(1), Some(2))
            .await
            .unwrap();
        assert!(!accepted.duplicate);
        assert_eq!(
            count(&relay, "relay_down", &hash),
            2,
            "1 and 2 went with the message"
        );
        // Refused (bad client id): the acknowledgement still goes.
        let refused = relay
            .accept_up_acking(&hash, None, "not hex".into(), up(2), Some(3))
            .await;
        assert!(matches!(refused, Err(Error::BadRequest(_))));
        relay.acknowledge(&hash, 0).await.unwrap();
        assert_eq!(count(&relay, "relay_down", &hash), 1, "seq 4 stays");
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn acks_stop_at_what_was_pushed_and_repeats_cost_nothing() {
        let relay = relay();
        let hash = open(&relay, 7).await;
        push_downs(&relay, &hash, 3).await;
        let mut acked = 0;
        // The phone claims 10 but this link pushed 2.
        acknowledge(&relay, &hash, 10, 2, &mut acked).unwrap();
        assert_eq!(acked, 2);
        acknowledge(&relay, &hash, 1, 2, &mut acked).unwrap();
        acknowledge(&relay, &hash, 2, 2, &mut acked).unwrap();
        assert_eq!(acked, 2);
        // The writer runs writes in order: once this one is answered, the
        // queued deletes have committed.
        relay.acknowledge(&hash, 0).await.unwrap();
        assert_eq!(count(&relay, "relay_down", &hash), 1, "seq 3 stays");
    }
}
