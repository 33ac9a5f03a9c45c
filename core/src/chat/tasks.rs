//! A chat's link to the relay, in one task: the outbox goes out in order
//! and leaves the outbox only once the relay has stored it (a resend after a
//! cut is stored once, by client id); downward messages are taken once, by
//! sequence number, and acknowledged (on the WebSocket, the
//! acknowledgement rides on the next upward message when one follows
//! within [`ACK_DELAY`], saving a frame). The link prefers one WebSocket per
//! chat and falls back to HTTP (post + long poll) when WebSockets fail, as
//! behind some proxies; every failure waits with exponential backoff and
//! jitter, cut short when the shell reports a network change.

use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::time::{Duration, Instant};

use discret_protocol::relay::{ClientFrame, DownEnvelope, RelayErrorCode, ServerFrame};
use discret_protocol::{decode, encode, limits, PROTOCOL_VERSION};
use futures_util::{SinkExt as _, StreamExt as _};
use rand::RngExt as _;
use tokio_tungstenite::tungstenite::Message;

use super::{lock, ChatEvent, ChatState, Pending, Shared};
use crate::error::Error;
use crate::net::Socket;

const BACKOFF_BASE: Duration = Duration::from_millis(250);
const BACKOFF_CAP: Duration = Duration::from_secs(30);
const POLL_WAIT: Duration = Duration::from_secs(25);
/// WebSocket attempts in a row before trying a round over HTTP.
const SOCKET_TRIES: u32 = 2;
/// HTTP rounds before trying the WebSocket again.
const HTTP_ROUNDS: u32 = 3;
const PING_EVERY: Duration = Duration::from_secs(20);
/// How long a WebSocket acknowledgement waits for an upward message to
/// ride on before it goes in a frame of its own.
const ACK_DELAY: Duration = Duration::from_millis(200);
/// A WebSocket silent for this long is considered dead.
const DEAD_AFTER: Duration = Duration::from_secs(50);

/// Exponential backoff with jitter: between half and all of the step.
pub(crate) fn backoff(attempt: u32) -> Duration {
    let step = BACKOFF_BASE
        .saturating_mul(1u32 << attempt.min(10))
        .min(BACKOFF_CAP);
    let factor: f64 = rand::rng().random_range(0.5..=1.0);
    step.mul_f64(factor)
}

/// Waits `delay`, or less if the shell says the network is back; false when
/// the chat is shutting down.
async fn pause(shared: &Shared, delay: Duration) -> bool {
    let mut shutdown = shared.shutdown.subscribe();
    if *shutdown.borrow() {
        return false;
    }
    tokio::select! {
        _ = tokio::time::sleep(delay) => true,
        _ = shared.retry_now.notified() => true,
        _ = shutdown.changed() => false,
    }
}

fn stopping(shared: &Shared) -> bool {
    *shared.shutdown.borrow() || *lock(&shared.state) == ChatState::ClosedByOperator
}

/// How a transport's turn ended.
enum End {
    /// The chat is over (closed, quick exit): stop the link.
    Stop,
    /// The network failed: wait, then reconnect.
    Failed,
    /// Done for now: go round again at once.
    Continue,
}

pub(crate) async fn run_link(shared: Arc<Shared>) {
    let mut attempt = 0u32;
    let mut socket_failures = 0u32;
    let mut http_rounds = 0u32;
    loop {
        if stopping(&shared) {
            return;
        }
        // The relay knows the chat once its opening (pre-key) message is
        // stored; that first message always goes over HTTP.
        let end = if !*shared.opened.borrow() {
            match send_pending_http(&shared).await {
                // The opening was refused for good: this chat cannot start.
                End::Continue if !*shared.opened.borrow() => End::Stop,
                other => other,
            }
        } else if socket_failures < SOCKET_TRIES {
            let after = shared.last_down_seq.load(Ordering::SeqCst);
            match shared.client.open_socket(&shared.token, after).await {
                Ok(socket) => {
                    attempt = 0;
                    let (end, heard) = run_socket(&shared, socket).await;
                    // A link that carried nothing counts as a failed attempt
                    // (a proxy that accepts the upgrade, then cuts the stream).
                    if heard {
                        socket_failures = 0;
                    } else {
                        socket_failures += 1;
                    }
                    end
                }
                Err(e) => {
                    socket_failures += 1;
                    tracing::info!(reason = %e, "WebSocket unavailable");
                    End::Failed
                }
            }
        } else {
            http_rounds += 1;
            if http_rounds >= HTTP_ROUNDS {
                http_rounds = 0;
                socket_failures = 0;
            }
            http_round(&shared).await
        };
        match end {
            End::Stop => return,
            End::Continue => attempt = 0,
            End::Failed => {
                let delay = backoff(attempt);
                attempt = attempt.saturating_add(1);
                if !pause(&shared, delay).await {
                    return;
                }
            }
        }
    }
}

/// What the relay said about the front message of the outbox.
enum Sent {
    Stored,
    Refused(Error),
}

/// Removes the outbox's front message once the relay answered for it.
fn settle_front(shared: &Shared, client_id: &str, outcome: Sent) {
    let item = {
        let mut outbox = lock(&shared.outbox);
        if outbox
            .front()
            .is_some_and(|p| p.envelope.client_id == client_id)
        {
            outbox.pop_front()
        } else {
            None
        }
    };
    let Some(item) = item else { return };
    match outcome {
        Sent::Stored => {
            shared.opened.send_replace(true);
            if item.report {
                shared.emit(ChatEvent::Sent {
                    message_id: item.envelope.client_id,
                });
            }
        }
        Sent::Refused(e) => {
            tracing::warn!(reason = %e, "the relay refused a message");
            if matches!(&e, Error::Platform { code, .. } if code == "chat_closed") {
                *lock(&shared.state) = ChatState::ClosedByOperator;
            }
            let forgotten = forgotten_by_relay(&e);
            if item.report {
                shared.emit(ChatEvent::SendFailed {
                    message_id: item.envelope.client_id,
                    reason: e.to_string(),
                });
            }
            if forgotten {
                expire(shared);
            }
        }
    }
    // Saved after the events, so that they are replayed after a restart.
    shared.persist();
    if lock(&shared.outbox).is_empty() {
        shared.outbox_drained.notify_waiters();
    }
}

/// The relay answers `unknown_chat` for a chat it has forgotten (only
/// after the opening was stored: before, the chat does not exist yet).
fn forgotten_by_relay(e: &Error) -> bool {
    matches!(e, Error::Platform { code, .. } if code == "unknown_chat")
}

/// The chat is over for good: no more sends, the link stops, the shell is
/// told once.
fn expire(shared: &Shared) {
    {
        let mut state = lock(&shared.state);
        if !matches!(*state, ChatState::Waiting | ChatState::Answered) {
            return;
        }
        *state = ChatState::ClosedByOperator;
    }
    shared.persist();
    shared.emit(ChatEvent::Expired);
}

fn front(shared: &Shared) -> Option<Pending> {
    lock(&shared.outbox).front().cloned()
}

/// Sends the outbox over HTTP until it is empty, or until the network fails.
async fn send_pending_http(shared: &Shared) -> End {
    while let Some(item) = front(shared) {
        if *shared.shutdown.borrow() {
            return End::Stop;
        }
        match shared.client.send_up(&shared.token, &item.envelope).await {
            Ok(_) => settle_front(shared, &item.envelope.client_id, Sent::Stored),
            Err(e) if e.is_transient() => {
                tracing::info!(reason = %e, "send failed; will retry");
                return End::Failed;
            }
            Err(e) => settle_front(shared, &item.envelope.client_id, Sent::Refused(e)),
        }
    }
    End::Continue
}

/// Takes downward messages in order, once each; returns the last sequence
/// number taken, if it moved.
fn take_down(shared: &Shared, messages: Vec<DownEnvelope>) -> Option<u64> {
    let before = shared.last_down_seq.load(Ordering::SeqCst);
    let mut last = before;
    for message in messages {
        if message.seq <= last {
            continue;
        }
        shared.receive(&message.ciphertext);
        last = message.seq;
    }
    (last > before).then(|| {
        shared.last_down_seq.store(last, Ordering::SeqCst);
        shared.persist();
        last
    })
}

/// One round over HTTP: send what is pending, then one long poll (cut short
/// when something new must be sent).
async fn http_round(shared: &Shared) -> End {
    match send_pending_http(shared).await {
        End::Continue => {}
        other => return other,
    }
    if stopping(shared) {
        return End::Stop;
    }
    let changed = shared.outbox_changed.notified();
    tokio::pin!(changed);
    changed.as_mut().enable();
    if front(shared).is_some() {
        return End::Continue;
    }
    let after = shared.last_down_seq.load(Ordering::SeqCst);
    let mut shutdown = shared.shutdown.subscribe();
    let polled = tokio::select! {
        r = shared.client.poll_down(&shared.token, after, POLL_WAIT) => r,
        _ = changed => return End::Continue,
        _ = shutdown.changed() => return End::Stop,
    };
    match polled {
        Ok(batch) => {
            if let Some(last) = take_down(shared, batch.messages) {
                if let Err(e) = shared.client.ack(&shared.token, last).await {
                    tracing::info!(reason = %e, "ack failed; the next round repeats it");
                }
            }
            End::Continue
        }
        Err(e) if forgotten_by_relay(&e) => {
            expire(shared);
            End::Stop
        }
        Err(e) => {
            tracing::info!(reason = %e, "poll failed; will retry");
            End::Failed
        }
    }
}

fn frame(frame: &ClientFrame) -> Message {
    // serde_json writes UTF-8: checked, not copied.
    let text = String::from_utf8(encode(frame)).unwrap_or_default();
    Message::Text(text.into())
}

/// The WebSocket link: every outbox message not yet sent on this socket
/// goes out at once (in order); answers come back in the same order.
async fn run_socket(shared: &Shared, socket: Socket) -> (End, bool) {
    let mut heard = false;
    let end = socket_turn(shared, socket, &mut heard).await;
    (end, heard)
}

async fn socket_turn(shared: &Shared, mut socket: Socket, heard: &mut bool) -> End {
    let mut shutdown = shared.shutdown.subscribe();
    let mut in_flight = 0usize;
    let mut ping = tokio::time::interval(PING_EVERY);
    ping.tick().await;
    let mut last_heard = Instant::now();
    // Downward messages taken but not yet acknowledged, and by when the
    // acknowledgement goes alone.
    let mut owed_ack: Option<u64> = None;
    let mut ack_by = tokio::time::Instant::now();
    loop {
        if stopping(shared) {
            close_socket(&mut socket, owed_ack).await;
            return End::Stop;
        }
        let changed = shared.outbox_changed.notified();
        tokio::pin!(changed);
        changed.as_mut().enable();
        let unsent: Vec<Pending> = lock(&shared.outbox)
            .iter()
            .skip(in_flight)
            .cloned()
            .collect();
        for item in unsent {
            let up = ClientFrame::Up {
                v: PROTOCOL_VERSION,
                client_id: item.envelope.client_id,
                ciphertext: item.envelope.ciphertext,
                ack: owed_ack.take(),
            };
            if socket.send(frame(&up)).await.is_err() {
                return End::Failed;
            }
            in_flight += 1;
        }
        let received = tokio::select! {
            _ = changed => continue,
            _ = shutdown.changed() => {
                close_socket(&mut socket, owed_ack).await;
                return End::Stop;
            }
            _ = tokio::time::sleep_until(ack_by), if owed_ack.is_some() => {
                if let Some(up_to) = owed_ack.take() {
                    let ack = ClientFrame::Ack { v: PROTOCOL_VERSION, up_to };
                    if socket.send(frame(&ack)).await.is_err() {
                        return End::Failed;
                    }
                }
                continue;
            }
            _ = ping.tick() => {
                if last_heard.elapsed() > DEAD_AFTER || socket.send(Message::Ping(Vec::new().into())).await.is_err() {
                    return End::Failed;
                }
                continue;
            }
            received = socket.next() => received,
        };
        last_heard = Instant::now();
        *heard = true;
        let text = match received {
            Some(Ok(Message::Text(text))) => text,
            Some(Ok(Message::Ping(_) | Message::Pong(_) | Message::Frame(_))) => continue,
            Some(Ok(Message::Binary(_))) => continue,
            Some(Ok(Message::Close(_))) | Some(Err(_)) | None => return End::Failed,
        };
        let server_frame = match decode::<ServerFrame>(text.as_bytes(), limits::MAX_BODY_BYTES * 4)
        {
            Ok(f) => f,
            Err(e) => {
                tracing::warn!(reason = %e, "unreadable frame from the relay");
                return End::Failed;
            }
        };
        match server_frame {
            ServerFrame::Accepted { client_id, .. } => {
                in_flight = in_flight.saturating_sub(1);
                settle_front(shared, &client_id, Sent::Stored);
            }
            ServerFrame::Refused {
                client_id: Some(client_id),
                code,
                message,
                ..
            } => {
                let error = Error::Platform {
                    status: 0,
                    code: serde_json::to_value(code)
                        .ok()
                        .and_then(|v| v.as_str().map(str::to_owned))
                        .unwrap_or_default(),
                    message: message.chars().take(200).collect(),
                };
                if matches!(code, RelayErrorCode::RateLimited | RelayErrorCode::Internal) {
                    // Worth retrying: resend from this message after a pause.
                    tracing::info!(reason = %error, "the relay asks to wait");
                    close_socket(&mut socket, owed_ack).await;
                    return End::Failed;
                }
                in_flight = in_flight.saturating_sub(1);
                settle_front(shared, &client_id, Sent::Refused(error));
            }
            ServerFrame::Refused {
                client_id: None,
                message,
                ..
            } => {
                tracing::warn!(reason = %message.chars().take(200).collect::<String>(), "the relay closed the link");
                return End::Failed;
            }
            ServerFrame::Down { messages, .. } => {
                if let Some(last) = take_down(shared, messages) {
                    if owed_ack.is_none() {
                        ack_by = tokio::time::Instant::now() + ACK_DELAY;
                    }
                    owed_ack = Some(owed_ack.map_or(last, |owed| owed.max(last)));
                }
            }
        }
    }
}

/// Closes the link, acknowledging first what is owed (best effort: the
/// relay sends again what was not acknowledged, and it is dropped by
/// sequence number).
async fn close_socket(socket: &mut Socket, owed_ack: Option<u64>) {
    if let Some(up_to) = owed_ack {
        let ack = ClientFrame::Ack {
            v: PROTOCOL_VERSION,
            up_to,
        };
        let _ = socket.send(frame(&ack)).await;
    }
    let _ = socket.close(None).await;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_grows_with_jitter_and_stays_capped() {
        for attempt in 0..40 {
            let d = backoff(attempt);
            let step = BACKOFF_BASE
                .saturating_mul(1u32 << attempt.min(10))
                .min(BACKOFF_CAP);
            assert!(d >= step / 2 && d <= step, "attempt {attempt}: {d:?}");
        }
        let samples: std::collections::HashSet<_> = (0..20).map(|_| backoff(3)).collect();
        assert!(samples.len() > 1, "jitter must vary");
    }
}
