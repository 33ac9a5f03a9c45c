//! Reading the commonest internally tagged documents without serde's
//! buffering. serde's derive for `#[serde(tag = "type")]` first copies the
//! whole document into an intermediate tree (every string allocated twice)
//! to find the tag. Our encoder always writes the tag first, so a document
//! that starts with `{"type":"<variant>",` is read straight into a plain
//! struct of that variant's fields; anything else, or anything that struct
//! refuses, goes through the general path, which gives the same result and
//! the same errors (tests check both paths agree).

use serde::de::DeserializeOwned;

use crate::{ProtocolError, Versioned, PROTOCOL_VERSION};

/// A variant's fields as a plain struct, with its tag.
pub(crate) trait FastVariant: DeserializeOwned + Versioned {
    /// What the document starts with: `{"type":"<variant>",`.
    const PREFIX: &'static [u8];
    type Document;
    fn into_document(self) -> Self::Document;
}

/// [`crate::decode`] with a fast path for one variant.
pub(crate) fn decode_fast<F, T>(bytes: &[u8], max_size: usize) -> Result<T, ProtocolError>
where
    F: FastVariant<Document = T>,
    T: DeserializeOwned + Versioned,
{
    if bytes.len() <= max_size && bytes.starts_with(F::PREFIX) {
        if let Ok(fast) = serde_json::from_slice::<F>(bytes) {
            if fast.version() == PROTOCOL_VERSION {
                return Ok(fast.into_document());
            }
        }
    }
    crate::decode(bytes, max_size)
}

/// A one-value type for a variant's tag: `tag!(UpTag, "up")`.
macro_rules! tag {
    ($name:ident, $value:literal) => {
        #[derive(serde::Deserialize)]
        pub(crate) enum $name {
            #[serde(rename = $value)]
            Tag,
        }
    };
}
pub(crate) use tag;
