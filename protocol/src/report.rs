//! Anonymous reports on the wire: what the relay sees (the desk's signed
//! HPKE key, an opaque sealed report under a random client id, a receipt
//! code) and what travels inside the seal (category, time, coarse place,
//! text, photos already stripped of metadata). The sealing itself is in
//! [`crate::seal`] (feature `seal`).

use serde::{Deserialize, Serialize};

/// `GET /v1/reports/key`: the desk's X25519 HPKE public key for reports,
/// signed by the desk's long-term Ed25519 key (the pinned one).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReportKey {
    pub v: u32,
    /// X25519 public key, unpadded base64 (32 bytes).
    pub hpke_public_key: String,
    /// Ed25519 signature by the desk over [`ReportKey::signed_text`].
    pub signature: String,
}

impl ReportKey {
    /// The exact text the desk signs: a domain label and the key.
    pub fn signed_text(hpke_public_key: &str) -> String {
        format!("discret-report-key-v1|{hpke_public_key}")
    }
}

/// `POST /v1/reports`: a report sealed to the desk. The relay stores it
/// once per `client_id` and cannot read it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SealedReport {
    pub v: u32,
    /// Idempotency key chosen by the phone for this report only (32 hex
    /// characters, random): a resend is stored once.
    pub client_id: String,
    /// HPKE encapsulated key, unpadded base64.
    pub enc: String,
    /// HPKE ciphertext of a [`ReportPayload`], unpadded base64.
    pub ciphertext: String,
}

/// Answer to a [`SealedReport`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReportAccepted {
    pub v: u32,
    /// The receipt code the citizen may quote: 10 characters of Crockford
    /// base32, random.
    pub receipt: String,
    /// True when this client id had already been stored.
    pub duplicate: bool,
}

/// What is being reported. Wire names are stable.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReportCategory {
    DrugDealing,
    UrbanRodeo,
    AnimalAbuse,
    Vandalism,
    SuspiciousBehaviour,
    Other,
}

impl ReportCategory {
    pub const ALL: [ReportCategory; 6] = [
        ReportCategory::DrugDealing,
        ReportCategory::UrbanRodeo,
        ReportCategory::AnimalAbuse,
        ReportCategory::Vandalism,
        ReportCategory::SuspiciousBehaviour,
        ReportCategory::Other,
    ];

    /// The stable wire name ("drug_dealing"…).
    pub fn wire_name(self) -> &'static str {
        match self {
            ReportCategory::DrugDealing => "drug_dealing",
            ReportCategory::UrbanRodeo => "urban_rodeo",
            ReportCategory::AnimalAbuse => "animal_abuse",
            ReportCategory::Vandalism => "vandalism",
            ReportCategory::SuspiciousBehaviour => "suspicious_behaviour",
            ReportCategory::Other => "other",
        }
    }

    pub fn from_wire_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.wire_name() == name)
    }
}

/// Where it happened, as the citizen chose to share it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReportPlace {
    pub latitude: f64,
    pub longitude: f64,
    /// True when the phone rounded the point to its ~1 km grid cell.
    pub coarse: bool,
}

/// Image container of a photo (after metadata removal).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PhotoFormat {
    Jpeg,
    Png,
    Webp,
}

impl PhotoFormat {
    pub fn mime_type(self) -> &'static str {
        match self {
            PhotoFormat::Jpeg => "image/jpeg",
            PhotoFormat::Png => "image/png",
            PhotoFormat::Webp => "image/webp",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReportPhoto {
    pub format: PhotoFormat,
    /// The image bytes, unpadded base64.
    pub data: String,
}

/// Inside the seal: the report itself.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReportPayload {
    pub v: u32,
    pub category: ReportCategory,
    /// When it happened, milliseconds since the Unix epoch.
    pub occurred_at_ms: i64,
    pub place: Option<ReportPlace>,
    pub text: String,
    pub photos: Vec<ReportPhoto>,
}

/// Limits both ends apply.
pub mod limits {
    /// Characters of free text.
    pub const MAX_TEXT_CHARS: usize = 2_000;
    /// Photos per report.
    pub const MAX_PHOTOS: usize = 3;
    /// Bytes of one photo (before and after metadata removal).
    pub const MAX_PHOTO_BYTES: usize = 2 * 1024 * 1024;
    /// A sealed report's JSON body at the relay (base64 of the photos,
    /// text, HPKE overhead).
    pub const MAX_SEALED_BODY_BYTES: usize = 9 * 1024 * 1024;
}

/// A receipt code: 10 characters of Crockford base32 (no I, L, O, U).
pub fn is_valid_receipt(code: &str) -> bool {
    code.len() == 10 && code.bytes().all(|b| CROCKFORD.contains(&b))
}

/// The Crockford base32 alphabet.
pub const CROCKFORD: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

macro_rules! versioned {
    ($($doc:ty),*) => {$(
        impl crate::Versioned for $doc {
            fn version(&self) -> u32 {
                self.v
            }
        }
    )*};
}

versioned!(ReportKey, SealedReport, ReportAccepted, ReportPayload);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn category_wire_names_are_stable() {
        for category in ReportCategory::ALL {
            let json = serde_json::to_string(&category).unwrap();
            assert_eq!(json, format!("\"{}\"", category.wire_name()));
            assert_eq!(
                ReportCategory::from_wire_name(category.wire_name()),
                Some(category)
            );
        }
        assert_eq!(ReportCategory::from_wire_name("burglary"), None);
    }

    #[test]
    fn receipts_have_one_form() {
        assert!(is_valid_receipt("0123456789"));
        assert!(is_valid_receipt("ABCDEFGHJK"));
        assert!(!is_valid_receipt("ABCDEFGHIK"));
        assert!(!is_valid_receipt("abcdefghjk"));
        assert!(!is_valid_receipt("012345678"));
    }
}
