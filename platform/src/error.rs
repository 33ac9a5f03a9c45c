//! The platform's error type, and how each error becomes an HTTP answer.
//! Answers and logs never carry ciphertext, tokens or message text.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use discret_protocol::relay::{RelayError, RelayErrorCode};
use discret_protocol::{ProtocolError, PROTOCOL_VERSION};

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("bad request: {0}")]
    BadRequest(String),
    #[error("{0}")]
    Protocol(#[from] ProtocolError),
    #[error("unknown chat")]
    UnknownChat,
    #[error("the chat is closed")]
    ChatClosed,
    #[error("too many messages; slow down")]
    RateLimited,
    #[error("{0}")]
    TooManyReports(&'static str),
    #[error("the desk has no one-time key left")]
    NoKeys,
    #[error("{0}")]
    Unavailable(&'static str),
    #[error("not logged in")]
    Unauthorized,
    #[error("missing or wrong CSRF token")]
    Forbidden,
    #[error("not found")]
    NotFound,
    #[error("set-up: {0}")]
    Setup(String),
    #[error("database: {0}")]
    Database(#[from] rusqlite::Error),
    #[error("internal: {0}")]
    Internal(String),
}

impl IntoResponse for Error {
    fn into_response(self) -> Response {
        let (status, code) = match &self {
            Error::BadRequest(_) => (StatusCode::BAD_REQUEST, RelayErrorCode::BadRequest),
            Error::Protocol(ProtocolError::UnsupportedVersion { .. }) => {
                (StatusCode::BAD_REQUEST, RelayErrorCode::UnsupportedVersion)
            }
            Error::Protocol(ProtocolError::TooLarge { .. }) => {
                (StatusCode::PAYLOAD_TOO_LARGE, RelayErrorCode::TooLarge)
            }
            Error::Protocol(_) => (StatusCode::BAD_REQUEST, RelayErrorCode::BadRequest),
            Error::UnknownChat => (StatusCode::NOT_FOUND, RelayErrorCode::UnknownChat),
            Error::ChatClosed => (StatusCode::GONE, RelayErrorCode::ChatClosed),
            Error::RateLimited | Error::TooManyReports(_) => {
                (StatusCode::TOO_MANY_REQUESTS, RelayErrorCode::RateLimited)
            }
            Error::NoKeys => (StatusCode::SERVICE_UNAVAILABLE, RelayErrorCode::NoKeys),
            Error::Unavailable(_) => (StatusCode::SERVICE_UNAVAILABLE, RelayErrorCode::Internal),
            Error::Unauthorized => (StatusCode::UNAUTHORIZED, RelayErrorCode::BadRequest),
            Error::Forbidden => (StatusCode::FORBIDDEN, RelayErrorCode::BadRequest),
            Error::NotFound => (StatusCode::NOT_FOUND, RelayErrorCode::BadRequest),
            Error::Setup(_) | Error::Database(_) | Error::Internal(_) => {
                (StatusCode::INTERNAL_SERVER_ERROR, RelayErrorCode::Internal)
            }
        };
        let message = if status == StatusCode::INTERNAL_SERVER_ERROR {
            tracing::error!(error = %self, "request failed");
            "internal error".to_string()
        } else {
            self.to_string()
        };
        let body = RelayError {
            v: PROTOCOL_VERSION,
            code,
            message,
        };
        (status, axum::Json(body)).into_response()
    }
}
