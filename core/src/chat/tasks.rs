//! The two network tasks of a chat: the outbox sender (in order, retried
//! with exponential backoff and jitter, idempotent by client id) and the
//! receiver (long poll resumed from the last sequence number, then ack).

use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::time::Duration;

use rand::RngExt as _;

use super::{lock, ChatEvent, ChatState, Shared};
use crate::error::Error;

const BACKOFF_BASE: Duration = Duration::from_millis(250);
const BACKOFF_CAP: Duration = Duration::from_secs(30);
const POLL_WAIT: Duration = Duration::from_secs(25);

/// Exponential backoff with "full jitter" between half and all of the step.
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

pub(crate) async fn run_outbox(shared: Arc<Shared>) {
    let mut shutdown = shared.shutdown.subscribe();
    let mut attempt = 0u32;
    loop {
        if *shutdown.borrow() {
            return;
        }
        let changed = shared.outbox_changed.notified();
        tokio::pin!(changed);
        changed.as_mut().enable();
        let next = lock(&shared.outbox).front().cloned();
        let Some(item) = next else {
            shared.outbox_drained.notify_waiters();
            tokio::select! {
                _ = changed => continue,
                _ = shutdown.changed() => return,
            }
        };
        match shared.client.send_up(&shared.token, &item.envelope).await {
            Ok(_) => {
                attempt = 0;
                pop_if_front(&shared, &item.envelope.client_id);
                let _ = shared.opened.send_replace(true);
                if item.report {
                    shared.emit(ChatEvent::Sent {
                        message_id: item.envelope.client_id,
                    });
                }
            }
            Err(e) if e.is_transient() => {
                attempt = attempt.saturating_add(1);
                tracing::info!(attempt, reason = %e, "send failed; will retry");
                if !pause(&shared, backoff(attempt)).await {
                    return;
                }
            }
            Err(e) => {
                tracing::warn!(reason = %e, "the relay refused a message");
                pop_if_front(&shared, &item.envelope.client_id);
                if matches!(&e, Error::Platform { code, .. } if code == "chat_closed") {
                    *lock(&shared.state) = ChatState::ClosedByOperator;
                }
                if item.report {
                    shared.emit(ChatEvent::SendFailed {
                        message_id: item.envelope.client_id,
                        reason: e.to_string(),
                    });
                }
            }
        }
    }
}

fn pop_if_front(shared: &Shared, client_id: &str) {
    let mut outbox = lock(&shared.outbox);
    if outbox
        .front()
        .is_some_and(|p| p.envelope.client_id == client_id)
    {
        outbox.pop_front();
    }
}

pub(crate) async fn run_receiver(shared: Arc<Shared>) {
    let mut shutdown = shared.shutdown.subscribe();
    // The relay knows the chat once its opening message is stored.
    let mut opened = shared.opened.subscribe();
    tokio::select! {
        r = opened.wait_for(|o| *o) => if r.is_err() { return },
        _ = shutdown.changed() => return,
    }
    let mut attempt = 0u32;
    loop {
        let after = shared.last_down_seq.load(Ordering::SeqCst);
        let polled = tokio::select! {
            r = shared.client.poll_down(&shared.token, after, POLL_WAIT) => r,
            _ = shutdown.changed() => return,
        };
        match polled {
            Ok(batch) => {
                attempt = 0;
                let mut last = after;
                for message in batch.messages {
                    if message.seq <= last {
                        continue;
                    }
                    shared.receive(&message.ciphertext);
                    last = message.seq;
                }
                if last > after {
                    shared.last_down_seq.store(last, Ordering::SeqCst);
                    if let Err(e) = shared.client.ack(&shared.token, last).await {
                        tracing::info!(reason = %e, "ack failed; the next poll repeats it");
                    }
                }
                if *lock(&shared.state) == ChatState::ClosedByOperator {
                    return;
                }
            }
            Err(e) => {
                attempt = attempt.saturating_add(1);
                tracing::info!(attempt, reason = %e, "poll failed; will retry");
                if !pause(&shared, backoff(attempt)).await {
                    return;
                }
            }
        }
    }
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
