//! discret-protocol: the wire types shared by the phone core and the platform.
//!
//! Two layers travel on the wire:
//! - [`relay`]: what the untrusted relay sees (JSON over HTTP): random chat
//!   tokens, Olm ciphertext, sequence numbers, signed one-time keys.
//! - [`payload`]: what travels *inside* the Olm ciphertext between the phone
//!   and the desk (chat opening, text, locations, receipts, tap questions…).
//!
//! Every document carries a protocol version `v`. [`decode`] checks it before
//! anything else, so an unknown version or an unknown field is a clear
//! [`ProtocolError`], never a panic nor a silently ignored field.

pub mod limits;
#[cfg(feature = "olm")]
pub mod olm;
pub mod payload;
pub mod relay;
pub mod report;
#[cfg(feature = "seal")]
pub mod seal;
mod tagged;
pub mod text;

use serde::{de::DeserializeOwned, Serialize};

/// The protocol version this build speaks.
pub const PROTOCOL_VERSION: u32 = 1;

/// Why a wire document could not be used. Messages never quote the document
/// itself (it may hold message text or a location).
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum ProtocolError {
    #[error("the document is not valid JSON: {0}")]
    NotJson(String),
    #[error("the document has no protocol version field `v`")]
    MissingVersion,
    #[error("protocol version {found} is not supported (this build speaks version {supported})")]
    UnsupportedVersion { found: u64, supported: u32 },
    #[error("the document does not match protocol version {PROTOCOL_VERSION}: {0}")]
    Malformed(String),
    #[error("the document is too large ({size} bytes, at most {max})")]
    TooLarge { size: usize, max: usize },
}

/// Serialises a wire document (all wire types carry their version field).
pub fn encode<T: Serialize>(value: &T) -> Vec<u8> {
    // Serialising plain data structs with string keys cannot fail. Room
    // for a typical envelope up front: growing from serde_json's 128 bytes
    // copied a message's ciphertext twice.
    let mut out = Vec::with_capacity(1024);
    match serde_json::to_writer(&mut out, value) {
        Ok(()) => out,
        Err(_) => Vec::new(),
    }
}

/// A top-level wire document, which carries its protocol version.
pub trait Versioned {
    fn version(&self) -> u32;
}

/// Parses a wire document: size first, then the exact shape and version.
/// The happy path parses once; a document that does not fit is read again
/// only to say whether its version is the problem.
pub fn decode<T: DeserializeOwned + Versioned>(
    bytes: &[u8],
    max_size: usize,
) -> Result<T, ProtocolError> {
    if bytes.len() > max_size {
        return Err(ProtocolError::TooLarge {
            size: bytes.len(),
            max: max_size,
        });
    }
    match serde_json::from_slice::<T>(bytes) {
        Ok(doc) => check_found_version(Some(u64::from(doc.version()))).map(|()| doc),
        Err(shape) => {
            let version: VersionOnly =
                serde_json::from_slice(bytes).map_err(|e| ProtocolError::NotJson(describe(&e)))?;
            check_found_version(version.v)?;
            Err(ProtocolError::Malformed(describe(&shape)))
        }
    }
}

#[derive(serde::Deserialize)]
struct VersionOnly {
    #[serde(default, deserialize_with = "lenient_version")]
    v: Option<u64>,
}

/// A `v` that is not an unsigned integer counts as missing.
fn lenient_version<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<u64>, D::Error> {
    use serde::Deserialize;
    Ok(serde_json::Value::deserialize(d)?.as_u64())
}

/// Checks the `v` field of an already parsed document.
pub fn check_version(value: &serde_json::Value) -> Result<(), ProtocolError> {
    check_found_version(value.get("v").and_then(serde_json::Value::as_u64))
}

fn check_found_version(found: Option<u64>) -> Result<(), ProtocolError> {
    let found = found.ok_or(ProtocolError::MissingVersion)?;
    if found != u64::from(PROTOCOL_VERSION) {
        return Err(ProtocolError::UnsupportedVersion {
            found,
            supported: PROTOCOL_VERSION,
        });
    }
    Ok(())
}

/// serde_json's messages can quote input values (`invalid value: string "…"`);
/// keep only the category and position so no content reaches an error string.
fn describe(e: &serde_json::Error) -> String {
    let kind = match e.classify() {
        serde_json::error::Category::Io => "read error",
        serde_json::error::Category::Syntax => "syntax error",
        serde_json::error::Category::Data => "unexpected field or value",
        serde_json::error::Category::Eof => "truncated document",
    };
    let text = e.to_string();
    // Field names are part of the schema, not of user content: keep them.
    let field = text
        .split('`')
        .nth(1)
        .filter(|name| {
            name.len() <= 40 && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
        })
        .map(|name| format!(" (field `{name}`)"))
        .unwrap_or_default();
    format!("{kind}{field} at line {} column {}", e.line(), e.column())
}

/// Serde helper: the version field must always be written.
pub fn version() -> u32 {
    PROTOCOL_VERSION
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::relay::UpAccepted;

    #[test]
    fn round_trip_keeps_version() {
        let doc = UpAccepted {
            v: PROTOCOL_VERSION,
            seq: 7,
            duplicate: false,
        };
        let bytes = encode(&doc);
        let back: UpAccepted = decode(&bytes, 1024).unwrap();
        assert_eq!(back, doc);
    }

    #[test]
    fn unknown_version_is_a_clear_error() {
        let err = decode::<UpAccepted>(br#"{"v":2,"seq":1,"duplicate":false}"#, 1024).unwrap_err();
        assert_eq!(
            err,
            ProtocolError::UnsupportedVersion {
                found: 2,
                supported: 1
            }
        );
        assert!(err.to_string().contains("version 2 is not supported"));
    }

    #[test]
    fn missing_version_and_unknown_fields_are_rejected() {
        assert_eq!(
            decode::<UpAccepted>(br#"{"seq":1,"duplicate":false}"#, 1024).unwrap_err(),
            ProtocolError::MissingVersion
        );
        let err = decode::<UpAccepted>(br#"{"v":1,"seq":1,"duplicate":false,"spy":"x"}"#, 1024)
            .unwrap_err();
        assert!(
            matches!(err, ProtocolError::Malformed(ref m) if m.contains("spy")),
            "{err}"
        );
    }

    #[test]
    fn errors_never_quote_content() {
        let err = decode::<UpAccepted>(br#"{"v":1,"seq":"SECRET-MARKER","duplicate":false}"#, 1024)
            .unwrap_err();
        assert!(!err.to_string().contains("SECRET-MARKER"), "{err}");
        let err = decode::<UpAccepted>(b"{\"v\":1, SECRET", 1024).unwrap_err();
        assert!(!err.to_string().contains("SECRET"), "{err}");
    }

    #[test]
    fn oversized_documents_are_refused_before_parsing() {
        let err = decode::<UpAccepted>(&[b' '; 2048], 1024).unwrap_err();
        assert_eq!(
            err,
            ProtocolError::TooLarge {
                size: 2048,
                max: 1024
            }
        );
    }
}
