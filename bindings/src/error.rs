//! The public error of the bindings: few variants, each with a message a
//! shell developer can act on. Every error is logged (without content) as it
//! crosses the boundary.

use discret_core::Error;

/// Crosses as a "flat" error: each variant is an exception class whose
/// message is the text below (a field named `message` would clash with
/// Kotlin's `Throwable.message`).
#[derive(Debug, thiserror::Error, uniffi::Error)]
#[uniffi(flat_error)]
pub enum ApiError {
    /// The configuration given to `App` is unusable.
    #[error("{message}")]
    InvalidConfig { message: String },
    /// An argument is unusable (empty text, unknown category, bad location…).
    #[error("{message}")]
    InvalidInput { message: String },
    /// The platform cannot be reached; retrying later may work.
    #[error("{message}")]
    Network { message: String },
    /// The platform is not the pinned desk, or a message failed
    /// authentication: nothing is sent to it.
    #[error("{message}")]
    Untrusted { message: String },
    /// The platform refused the request.
    #[error("{message}")]
    Refused { message: String },
    /// Too many messages in a short time.
    #[error("{message}")]
    RateLimited { message: String },
    /// The chat is closed.
    #[error("{message}")]
    ChatClosed { message: String },
    /// The PIN is wrong (the message says when the next try is possible).
    #[error("{message}")]
    WrongPin { message: String },
    /// The app is locked: unlock it with the PIN first.
    #[error("{message}")]
    Locked { message: String },
    /// The vault could not read or write, or the key store failed.
    #[error("{message}")]
    Storage { message: String },
    /// A bug in discret.
    #[error("{message}")]
    Internal { message: String },
}

impl From<Error> for ApiError {
    fn from(e: Error) -> Self {
        let message = e.to_string();
        tracing::warn!(error = %message, "error returned to the app");
        match e {
            Error::InvalidConfig { .. } => ApiError::InvalidConfig { message },
            Error::InvalidInput { .. } => ApiError::InvalidInput { message },
            Error::Network(_) => ApiError::Network { message },
            Error::DeskKeyMismatch | Error::BadKeySignature | Error::Rejected(_) => {
                ApiError::Untrusted { message }
            }
            Error::Platform { .. } | Error::Protocol(_) => ApiError::Refused { message },
            Error::RateLimited { .. } | Error::LockedOut { .. } => {
                ApiError::RateLimited { message }
            }
            Error::WrongPin { .. } => ApiError::WrongPin { message },
            Error::Locked => ApiError::Locked { message },
            Error::Storage(_) | Error::KeyStore(_) | Error::Unauthentic => {
                ApiError::Storage { message }
            }
            Error::ChatClosed => ApiError::ChatClosed { message },
            Error::Internal(_) => ApiError::Internal { message },
        }
    }
}
