//! What the untrusted relay sees: random chat tokens, Olm ciphertext,
//! sequence numbers and the desk's signed one-time keys. No content, no
//! identifier of the phone.

use serde::{Deserialize, Serialize};

/// `GET /v1/health`: the platform is up and names the desk's public keys.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Health {
    pub v: u32,
    /// Always "discret-relay".
    pub service: String,
    /// The desk's long-term Ed25519 signing key (unpadded base64): the key
    /// the app pins in its configuration.
    pub desk_signing_key: String,
    /// The desk's long-term Curve25519 identity key (unpadded base64).
    pub desk_identity_key: String,
}

/// `POST /v1/keys/claim`: one of the desk's one-time keys, handed out once,
/// or its fallback key when none is left.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KeyBundle {
    pub v: u32,
    pub identity_key: String,
    pub one_time_key: String,
    pub fallback: bool,
    /// Ed25519 signature by the desk over [`KeyBundle::signed_text`].
    pub signature: String,
}

impl KeyBundle {
    /// The exact text the desk signs: a domain label, both keys and the kind.
    pub fn signed_text(identity_key: &str, one_time_key: &str, fallback: bool) -> String {
        format!("discret-otk-v1|{identity_key}|{one_time_key}|{fallback}")
    }
}

/// Olm message kind: 0 is a pre-key message (the first of a chat), 1 a
/// normal message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Ciphertext {
    pub kind: u8,
    /// Unpadded base64 Olm body.
    pub body: String,
}

/// `POST /v1/chats/{token}/up`: a message from the phone to the desk.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UpEnvelope {
    pub v: u32,
    /// Idempotency key chosen by the phone (32 hex chars): a retried send with
    /// the same id is stored once.
    pub client_id: String,
    pub ciphertext: Ciphertext,
}

/// Answer to an [`UpEnvelope`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UpAccepted {
    pub v: u32,
    /// Position of the message in the chat's upward stream.
    pub seq: u64,
    /// True when this client id had already been stored.
    pub duplicate: bool,
}

/// One message from the desk to the phone.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DownEnvelope {
    pub seq: u64,
    pub ciphertext: Ciphertext,
    /// Unix time in milliseconds when the relay stored it.
    pub stored_at_ms: u64,
}

/// `GET /v1/chats/{token}/down?after=N&wait=S`: messages after `N`, waiting
/// up to `S` seconds for one to arrive (long poll).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DownBatch {
    pub v: u32,
    pub messages: Vec<DownEnvelope>,
}

/// `POST /v1/chats/{token}/ack`: the phone holds every message up to `up_to`;
/// the relay deletes them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Ack {
    pub v: u32,
    pub up_to: u64,
}

/// Every refusal of the relay, with a stable machine code.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RelayError {
    pub v: u32,
    pub code: RelayErrorCode,
    pub message: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RelayErrorCode {
    BadRequest,
    UnsupportedVersion,
    UnknownChat,
    TooLarge,
    RateLimited,
    ChatClosed,
    NoKeys,
    Internal,
}

/// `GET /v1/chats/{token}/ws?after=N`: one WebSocket per chat carries
/// both directions. Phone → relay frames.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
pub enum ClientFrame {
    /// Same as [`UpEnvelope`]: stored once per client id, in frame order.
    Up {
        v: u32,
        client_id: String,
        ciphertext: Ciphertext,
        /// An acknowledgement carried along (same as a [`ClientFrame::Ack`]
        /// sent just before): a phone that has something to send saves the
        /// separate frame.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        ack: Option<u64>,
    },
    /// Same as [`Ack`].
    Ack { v: u32, up_to: u64 },
}

/// Relay → phone frames.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
pub enum ServerFrame {
    /// An `Up` frame was stored (or had been: `duplicate`).
    Accepted {
        v: u32,
        client_id: String,
        seq: u64,
        duplicate: bool,
    },
    /// Downward messages, pushed as they are stored.
    Down { v: u32, messages: Vec<DownEnvelope> },
    /// An `Up` frame (or the whole link, without client id) was refused.
    Refused {
        v: u32,
        client_id: Option<String>,
        code: RelayErrorCode,
        message: String,
    },
}

impl crate::Versioned for ClientFrame {
    fn version(&self) -> u32 {
        match self {
            ClientFrame::Up { v, .. } | ClientFrame::Ack { v, .. } => *v,
        }
    }
}

impl crate::Versioned for ServerFrame {
    fn version(&self) -> u32 {
        match self {
            ServerFrame::Accepted { v, .. }
            | ServerFrame::Down { v, .. }
            | ServerFrame::Refused { v, .. } => *v,
        }
    }
}

/// A chat token is 256 random bits written as 64 lowercase hex characters.
pub fn is_valid_chat_token(token: &str) -> bool {
    token.len() == 64
        && token
            .bytes()
            .all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
}

/// A client id is 128 random bits written as 32 lowercase hex characters.
pub fn is_valid_client_id(id: &str) -> bool {
    id.len() == 32 && id.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_and_ids_have_one_form() {
        assert!(is_valid_chat_token(&"a1".repeat(32)));
        assert!(!is_valid_chat_token(&"A1".repeat(32)));
        assert!(!is_valid_chat_token(&"a1".repeat(31)));
        assert!(!is_valid_chat_token(&format!("{}/x", "a".repeat(62))));
        assert!(is_valid_client_id(&"0f".repeat(16)));
        assert!(!is_valid_client_id("0f"));
    }

    #[test]
    fn signed_text_binds_both_keys_and_kind() {
        assert_ne!(
            KeyBundle::signed_text("I", "K", false),
            KeyBundle::signed_text("I", "K", true)
        );
        assert_ne!(
            KeyBundle::signed_text("IK", "", false),
            KeyBundle::signed_text("I", "K", false)
        );
    }
}

macro_rules! versioned {
    ($($doc:ty),*) => {$(
        impl crate::Versioned for $doc {
            fn version(&self) -> u32 {
                self.v
            }
        }
    )*};
}

versioned!(Health, KeyBundle, UpEnvelope, UpAccepted, DownBatch, Ack, RelayError);
