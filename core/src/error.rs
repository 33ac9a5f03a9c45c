//! The core's internal error: precise variants for the code and the logs;
//! the FFI maps them onto a small public enum. No variant ever carries
//! message text, a location, a key or a chat token.

use discret_protocol::ProtocolError;

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A configuration value is unusable.
    #[error("invalid configuration: {field}: {reason}")]
    InvalidConfig { field: &'static str, reason: String },
    /// A call argument is unusable.
    #[error("invalid input: {field}: {reason}")]
    InvalidInput { field: &'static str, reason: String },
    /// The platform could not be reached (or timed out).
    #[error("network: {0}")]
    Network(String),
    /// The platform answered with a refusal.
    #[error("the platform refused the request ({status}, {code}): {message}")]
    Platform {
        status: u16,
        code: String,
        message: String,
    },
    /// The platform does not serve the desk key pinned in the configuration.
    #[error(
        "the platform serves a desk key different from the pinned one: refusing to talk to it"
    )]
    DeskKeyMismatch,
    /// A one-time key was not signed by the pinned desk key.
    #[error("the desk's one-time key has no valid signature from the pinned desk key")]
    BadKeySignature,
    /// A wire document did not parse.
    #[error("protocol: {0}")]
    Protocol(#[from] ProtocolError),
    /// Olm refused a message: tampered, replayed or from another session.
    #[error("a message failed authentication and was rejected ({0})")]
    Rejected(&'static str),
    /// Too many messages in a short time.
    #[error("too many messages: wait {retry_after_secs} s before sending again")]
    RateLimited { retry_after_secs: u64 },
    /// The chat is closed; nothing more can be sent on it.
    #[error("the chat is closed")]
    ChatClosed,
    /// The vault could not read or write (disk full, damaged file); the
    /// message names the failure, never a value.
    #[error("storage: {0}")]
    Storage(String),
    /// The shell's key store failed (resume mode).
    #[error("key store: {0}")]
    KeyStore(String),
    /// A stored value failed authentication (tampered, moved, another key).
    #[error("a stored value failed authentication")]
    Unauthentic,
    /// The PIN is wrong.
    #[error("wrong PIN (next try possible in {retry_after_secs} s)")]
    WrongPin { retry_after_secs: u64 },
    /// Too many wrong PINs: wait before trying again.
    #[error("too many wrong PINs: wait {retry_after_secs} s before trying again")]
    LockedOut { retry_after_secs: u64 },
    /// The app is locked: unlock it with the PIN first.
    #[error("the app is locked: unlock it with the PIN first")]
    Locked,
    /// A bug or an impossible state; the message names the place, not data.
    #[error("internal error: {0}")]
    Internal(String),
}

impl Error {
    /// Worth retrying later (network loss, server busy), as opposed to a
    /// refusal that would be the same on every try.
    pub fn is_transient(&self) -> bool {
        match self {
            Error::Network(_) => true,
            Error::Platform { status, .. } => *status == 429 || *status >= 500,
            _ => false,
        }
    }
}
