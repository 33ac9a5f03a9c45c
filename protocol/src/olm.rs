//! Olm messages on the wire (feature `olm`): the conversions and the session
//! configuration both ends must share, so the phone and the desk cannot
//! drift apart.

use base64::{engine::general_purpose::STANDARD_NO_PAD, Engine as _};
use vodozemac::olm::{DecryptionError, OlmMessage, SessionConfig};

use crate::relay::Ciphertext;

/// Olm version 1: the protocol Matrix deploys, covered by vodozemac's audit.
pub fn session_config() -> SessionConfig {
    SessionConfig::version_1()
}

/// Olm message → wire form (kind 0 = pre-key, 1 = normal; unpadded base64).
pub fn to_wire(message: &OlmMessage) -> Ciphertext {
    let (kind, body) = message.to_parts();
    Ciphertext {
        kind: kind as u8,
        body: STANDARD_NO_PAD.encode(body),
    }
}

/// Wire form → Olm message; the error is a short, content-free reason.
pub fn from_wire(ciphertext: &Ciphertext) -> Result<OlmMessage, &'static str> {
    let body = STANDARD_NO_PAD
        .decode(&ciphertext.body)
        .map_err(|_| "ciphertext is not base64")?;
    OlmMessage::from_parts(ciphertext.kind.into(), &body).map_err(|_| "not an Olm message")
}

/// A short, content-free reason for a failed decryption.
pub fn rejection_reason(e: &DecryptionError) -> &'static str {
    match e {
        DecryptionError::InvalidMAC(_)
        | DecryptionError::InvalidMACLength(..)
        | DecryptionError::InvalidPadding(_) => "tampered or foreign ciphertext",
        DecryptionError::MissingMessageKey(_) => "replayed message",
        DecryptionError::TooBigMessageGap(..) => "message too far ahead",
        DecryptionError::NonContributoryKey => "weak key",
    }
}
