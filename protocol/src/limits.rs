//! Limits both sides enforce, so the phone refuses before sending what the
//! relay would refuse after receiving.

/// Longest chat message, in Unicode scalar values (characters).
pub const MAX_MESSAGE_CHARS: usize = 4_000;
/// Largest Olm ciphertext the relay accepts for one message (base64 bytes).
/// 4,000 characters of 4-byte UTF-8 plus JSON and Olm overhead fit well below.
pub const MAX_CIPHERTEXT_BYTES: usize = 32 * 1024;
/// Largest HTTP body the relay reads.
pub const MAX_BODY_BYTES: usize = 48 * 1024;
/// Messages a chat may send in one [`RATE_WINDOW_SECS`] window (each side).
pub const RATE_MAX_MESSAGES: u32 = 20;
/// Length of the rate-limit window.
pub const RATE_WINDOW_SECS: u64 = 10;
/// Longest wait a long-poll may ask for.
pub const MAX_POLL_WAIT_SECS: u64 = 30;
/// Most messages returned by one poll or pushed in one frame.
pub const MAX_POLL_BATCH: usize = 100;
/// Ciphertext bytes past which a batch stops growing (it always holds at
/// least one message): on a bad network, small batches get through where
/// one large answer would be cut again and again.
pub const MAX_POLL_BATCH_BYTES: usize = 12 * 1024;
/// Choices an operator may offer in one tap question.
pub const MAX_TAP_CHOICES: usize = 6;
/// Length of a category, language tag, choice or other short field.
pub const MAX_SHORT_FIELD_CHARS: usize = 64;

use std::collections::VecDeque;
use std::time::{Duration, Instant};

/// At most `max_messages` in any `window`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RateLimit {
    pub max_messages: u32,
    pub window: Duration,
}

impl RateLimit {
    /// The limit of one chat's sender (phone or desk).
    pub const CHAT: RateLimit = RateLimit {
        max_messages: RATE_MAX_MESSAGES,
        window: Duration::from_secs(RATE_WINDOW_SECS),
    };
}

impl Default for RateLimit {
    fn default() -> Self {
        RateLimit::CHAT
    }
}

/// A sliding window of recent sends.
#[derive(Debug, Default, Clone)]
pub struct RateWindow(VecDeque<Instant>);

impl RateWindow {
    /// Counts one send at `now`, or says how long to wait when the limit is
    /// reached (nothing is counted then).
    pub fn try_acquire(&mut self, limit: RateLimit, now: Instant) -> Result<(), Duration> {
        while self
            .0
            .front()
            .is_some_and(|t| now.duration_since(*t) >= limit.window)
        {
            self.0.pop_front();
        }
        if self.0.len() >= limit.max_messages as usize {
            let oldest = self.0.front().copied().unwrap_or(now);
            return Err(limit.window.saturating_sub(now.duration_since(oldest)));
        }
        self.0.push_back(now);
        Ok(())
    }

    /// The last send, if any.
    pub fn last(&self) -> Option<Instant> {
        self.0.back().copied()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_window_slides() {
        let limit = RateLimit {
            max_messages: 2,
            window: Duration::from_secs(10),
        };
        let start = Instant::now();
        let mut window = RateWindow::default();
        assert!(window.try_acquire(limit, start).is_ok());
        assert!(window
            .try_acquire(limit, start + Duration::from_secs(1))
            .is_ok());
        assert_eq!(
            window.try_acquire(limit, start + Duration::from_secs(4)),
            Err(Duration::from_secs(6))
        );
        assert!(window
            .try_acquire(limit, start + Duration::from_secs(10))
            .is_ok());
    }
}
