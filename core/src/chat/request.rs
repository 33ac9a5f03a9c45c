//! What the citizen gives when opening a chat or sharing a location, and
//! the checks it must pass before anything leaves the phone.

use std::time::{SystemTime, UNIX_EPOCH};

use discret_protocol::payload::{self, ChatOpening};

use crate::error::{Error, Result};
use crate::languages::LanguageTag;

/// Chat categories the desk knows how to sort.
pub const CATEGORIES: &[&str] = &[
    "domestic_violence",
    "sexual_violence",
    "harassment",
    "assault",
    "armed_individual",
    "intrusion",
    "theft",
    "burglary",
    "threat",
    "discrimination",
    "child_in_danger",
    "missing_person",
    "suspicious_behaviour",
    // Duty alerts (security agents): refusal of a lawful check (art.
    // R.631-10 CSI), fire or evacuation.
    "refused_check",
    "fire_evacuation",
    // An online pre-complaint (see `crate::precomplaint`).
    "pre_complaint",
    "other",
];

/// Where a location fix comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LocationSource {
    Gps,
    Network,
    Manual,
    DutySite,
}

/// A location fix as the phone measured it.
#[derive(Debug, Clone, PartialEq)]
pub struct LocationFix {
    pub lat: f64,
    pub lon: f64,
    /// Radius of the confidence circle, metres.
    pub accuracy_m: f64,
    pub source: LocationSource,
    /// Unix time of the fix, milliseconds.
    pub time_ms: u64,
}

/// Accepted clock skew for a fix "from the future".
const MAX_FUTURE_SKEW_MS: u64 = 5 * 60 * 1000;

impl LocationFix {
    pub(crate) fn validate(self) -> Result<payload::LocationFix> {
        let bad = |reason: &str| Error::InvalidInput {
            field: "location",
            reason: reason.into(),
        };
        if !self.lat.is_finite() || !self.lon.is_finite() {
            return Err(bad("latitude and longitude must be finite numbers"));
        }
        if !(-90.0..=90.0).contains(&self.lat) {
            return Err(bad("latitude must be between -90 and 90"));
        }
        if !(-180.0..=180.0).contains(&self.lon) {
            return Err(bad("longitude must be between -180 and 180"));
        }
        if !self.accuracy_m.is_finite() || self.accuracy_m < 0.0 {
            return Err(bad(
                "accuracy must be a finite, non-negative number of metres",
            ));
        }
        let now = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map(|d| d.as_millis() as u64)
            .unwrap_or(0);
        if self.time_ms > now.saturating_add(MAX_FUTURE_SKEW_MS) {
            return Err(bad("the fix's time is in the future"));
        }
        Ok(payload::LocationFix {
            lat: self.lat,
            lon: self.lon,
            accuracy_m: self.accuracy_m,
            source: match self.source {
                LocationSource::Gps => payload::LocationSource::Gps,
                LocationSource::Network => payload::LocationSource::Network,
                LocationSource::Manual => payload::LocationSource::Manual,
                LocationSource::DutySite => payload::LocationSource::DutySite,
            },
            time_ms: self.time_ms,
        })
    }
}

/// A fix as the protocol carries it (the desk reads what phones shared).
impl From<payload::LocationFix> for LocationFix {
    fn from(fix: payload::LocationFix) -> LocationFix {
        LocationFix {
            lat: fix.lat,
            lon: fix.lon,
            accuracy_m: fix.accuracy_m,
            source: match fix.source {
                payload::LocationSource::Gps => LocationSource::Gps,
                payload::LocationSource::Network => LocationSource::Network,
                payload::LocationSource::Manual => LocationSource::Manual,
                payload::LocationSource::DutySite => LocationSource::DutySite,
            },
            time_ms: fix.time_ms,
        }
    }
}

/// Opening a chat.
#[derive(Debug, Clone, PartialEq)]
pub struct ChatRequest {
    /// One of [`CATEGORIES`].
    pub category: String,
    /// The citizen's language (BCP 47).
    pub language: String,
    pub location: Option<LocationFix>,
    /// Writing for a victim in front of them.
    pub acting_for_victim: bool,
    /// Cannot speak; true by default in the shells.
    pub silent: bool,
    /// Opened from the minors' space.
    pub minor: bool,
    /// A security agent's duty alert.
    pub agent_alert: bool,
}

impl ChatRequest {
    pub(crate) fn validate(self) -> Result<ChatOpening> {
        if !CATEGORIES.contains(&self.category.as_str()) {
            return Err(Error::InvalidInput {
                field: "category",
                reason: format!(
                    "unknown category; expected one of: {}",
                    CATEGORIES.join(", ")
                ),
            });
        }
        let language = LanguageTag::parse(&self.language)?.to_string();
        Ok(ChatOpening {
            category: self.category,
            language,
            silent: self.silent,
            acting_for_victim: self.acting_for_victim,
            minor: self.minor,
            agent_alert: self.agent_alert,
            location: self.location.map(LocationFix::validate).transpose()?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fix(lat: f64, lon: f64, accuracy_m: f64) -> LocationFix {
        LocationFix {
            lat,
            lon,
            accuracy_m,
            source: LocationSource::Gps,
            time_ms: 1_700_000_000_000,
        }
    }

    #[test]
    fn impossible_fixes_are_refused() {
        assert!(fix(48.85, 2.35, 10.0).validate().is_ok());
        for bad in [
            fix(f64::NAN, 2.0, 1.0),
            fix(1.0, f64::INFINITY, 1.0),
            fix(90.5, 2.0, 1.0),
            fix(1.0, -180.5, 1.0),
            fix(1.0, 2.0, -1.0),
            LocationFix {
                time_ms: u64::MAX,
                ..fix(1.0, 2.0, 1.0)
            },
        ] {
            assert!(matches!(
                bad.validate(),
                Err(Error::InvalidInput {
                    field: "location",
                    ..
                })
            ));
        }
    }

    #[test]
    fn unknown_categories_and_languages_are_refused() {
        let request = ChatRequest {
            category: "domestic_violence".into(),
            language: "ar".into(),
            location: None,
            acting_for_victim: false,
            silent: true,
            minor: false,
            agent_alert: false,
        };
        assert!(request.clone().validate().is_ok());
        let err = ChatRequest {
            category: "pizza".into(),
            ..request.clone()
        }
        .validate()
        .unwrap_err();
        assert!(matches!(
            err,
            Error::InvalidInput {
                field: "category",
                ..
            }
        ));
        let err = ChatRequest {
            language: "??".into(),
            ..request
        }
        .validate()
        .unwrap_err();
        assert!(matches!(
            err,
            Error::InvalidInput {
                field: "language",
                ..
            }
        ));
    }
}
