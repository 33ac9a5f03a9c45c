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
/// Most messages returned by one poll.
pub const MAX_POLL_BATCH: usize = 100;
/// Choices an operator may offer in one tap question.
pub const MAX_TAP_CHOICES: usize = 6;
/// Length of a category, language tag, choice or other short field.
pub const MAX_SHORT_FIELD_CHARS: usize = 64;
