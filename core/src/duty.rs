//! A private security agent's duty-site profile and preset silent alerts:
//! one call opens a chat flagged `agent_alert` and sends a structured first
//! message with the site, the location to use (the live fix, or the site's
//! coordinates when the fix is missing, poor or stale) and the territorially
//! competent force (art. R.631-10 CSI), from the places index.
//!
//! The profile lives in the vault (sealed, in the file of resume mode, gone
//! with quick exit), under one meta entry.

use std::sync::Arc;
use std::time::Duration;

use discret_protocol::payload::{self, CompetentForce, DutyAlert, DutySite};
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use crate::app::App;
use crate::chat::{Chat, ChatRequest, LocationFix, LocationSource};
use crate::error::{Error, Result};
use crate::places::{self, Coverage, LocationAssessment, Zone};

/// Vault entry of the profile.
pub(crate) const PROFILE_KEY: &str = "duty_profile";
/// A profile is kept for a year in resume mode (the vault purges by TTL).
const PROFILE_TTL: Duration = Duration::from_secs(365 * 24 * 3600);
/// Accuracy given to the site's own coordinates (typed by hand or picked
/// on a map).
pub const SITE_ACCURACY_M: f64 = 30.0;
const MAX_NAME_CHARS: usize = 120;
const MAX_ADDRESS_CHARS: usize = 200;
const MAX_NOTES_CHARS: usize = 500;

/// Why a duty profile is refused. Messages name the field, never its value.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DutyProfileError {
    #[error("{0} is required")]
    Missing(&'static str),
    #[error("{field} is longer than {max} characters")]
    TooLong { field: &'static str, max: usize },
    #[error("the site's coordinates must be finite, latitude within ±90, longitude within ±180")]
    BadCoordinates,
    #[error("the site's coordinates are outside the covered territory (France)")]
    OutsideCoverage,
    #[error("the control-room phone must be 3 to 15 digits, optionally with a leading +")]
    BadPhone,
}

impl From<DutyProfileError> for Error {
    fn from(e: DutyProfileError) -> Self {
        let field: &'static str = match e {
            DutyProfileError::Missing(f) | DutyProfileError::TooLong { field: f, .. } => f,
            DutyProfileError::BadCoordinates | DutyProfileError::OutsideCoverage => {
                "site coordinates"
            }
            DutyProfileError::BadPhone => "control_room_phone",
        };
        Error::InvalidInput {
            field,
            reason: e.to_string(),
        }
    }
}

/// The site an agent guards. `Debug` shows none of it.
#[derive(Clone, PartialEq, Serialize, Deserialize)]
pub struct DutyProfile {
    pub site_name: String,
    pub address: String,
    pub lat: f64,
    pub lon: f64,
    /// Floor, zone, access notes.
    pub notes: Option<String>,
    pub employer: String,
    pub control_room_phone: String,
}

impl std::fmt::Debug for DutyProfile {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DutyProfile").finish_non_exhaustive()
    }
}

impl DutyProfile {
    /// Checks every field; text is trimmed.
    pub fn validate(mut self) -> std::result::Result<DutyProfile, DutyProfileError> {
        let required = |value: &mut String,
                        field: &'static str,
                        max: usize|
         -> std::result::Result<(), DutyProfileError> {
            *value = value.trim().to_string();
            if value.is_empty() {
                return Err(DutyProfileError::Missing(field));
            }
            if value.chars().count() > max {
                return Err(DutyProfileError::TooLong { field, max });
            }
            Ok(())
        };
        required(&mut self.site_name, "site_name", MAX_NAME_CHARS)?;
        required(&mut self.address, "address", MAX_ADDRESS_CHARS)?;
        required(&mut self.employer, "employer", MAX_NAME_CHARS)?;
        required(&mut self.control_room_phone, "control_room_phone", 24)?;
        self.notes = self
            .notes
            .map(|n| n.trim().to_string())
            .filter(|n| !n.is_empty());
        if let Some(notes) = &self.notes {
            if notes.chars().count() > MAX_NOTES_CHARS {
                return Err(DutyProfileError::TooLong {
                    field: "notes",
                    max: MAX_NOTES_CHARS,
                });
            }
        }
        let digits: String = self
            .control_room_phone
            .chars()
            .filter(|c| !matches!(c, ' ' | '.' | '-'))
            .collect();
        let bare = digits.strip_prefix('+').unwrap_or(&digits);
        if !(3..=15).contains(&bare.len()) || !bare.chars().all(|c| c.is_ascii_digit()) {
            return Err(DutyProfileError::BadPhone);
        }
        if places::validate_position(self.lat, self.lon).is_err() {
            return Err(DutyProfileError::BadCoordinates);
        }
        let assessed = places::locate(&self.site_fix(crate::places::now_ms()), 0)
            .map_err(|_| DutyProfileError::BadCoordinates)?;
        if assessed.coverage == Coverage::Outside {
            return Err(DutyProfileError::OutsideCoverage);
        }
        Ok(self)
    }

    /// The site as a location fix (a duty site does not age).
    pub fn site_fix(&self, now_ms: u64) -> LocationFix {
        LocationFix {
            lat: self.lat,
            lon: self.lon,
            accuracy_m: SITE_ACCURACY_M,
            source: LocationSource::DutySite,
            time_ms: now_ms,
        }
    }
}

/// The preset silent alerts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DutyAlertKind {
    ArmedIndividual,
    Intrusion,
    Assault,
    /// Someone refuses a lawful check (art. R.631-10 CSI: the agent calls
    /// the territorially competent force).
    RefusedCheck,
    FireEvacuation,
}

impl DutyAlertKind {
    /// The code on the wire and the chat category.
    pub fn code(self) -> &'static str {
        match self {
            DutyAlertKind::ArmedIndividual => "armed_individual",
            DutyAlertKind::Intrusion => "intrusion",
            DutyAlertKind::Assault => "assault",
            DutyAlertKind::RefusedCheck => "refused_check",
            DutyAlertKind::FireEvacuation => "fire_evacuation",
        }
    }
}

/// Which location an alert uses, and why.
#[derive(Debug, Clone, PartialEq)]
pub struct ChosenLocation {
    pub fix: LocationFix,
    pub assessment: LocationAssessment,
    /// True when the live fix was used.
    pub live: bool,
    /// Why the live fix was not used ("missing", "invalid", "stale",
    /// "imprecise", "future", "outside").
    pub problems: Vec<String>,
}

/// The live fix when it is good, else the site's coordinates.
pub fn choose_location(
    profile: &DutyProfile,
    live_fix: Option<LocationFix>,
    now_ms: u64,
) -> Result<ChosenLocation> {
    let places = places::Places::builtin()?;
    let mut problems = Vec::new();
    match live_fix {
        None => problems.push("missing".to_string()),
        Some(fix) => match places.assess(&fix, 0, now_ms) {
            Err(_) => problems.push("invalid".to_string()),
            Ok(assessment) => {
                let q = assessment.quality;
                for (bad, name) in [
                    (q.stale, "stale"),
                    (q.imprecise, "imprecise"),
                    (q.future, "future"),
                    (assessment.coverage == Coverage::Outside, "outside"),
                ] {
                    if bad {
                        problems.push(name.to_string());
                    }
                }
                if problems.is_empty() {
                    return Ok(ChosenLocation {
                        fix,
                        assessment,
                        live: true,
                        problems,
                    });
                }
            }
        },
    }
    let fix = profile.site_fix(now_ms);
    let assessment = places.assess(&fix, 0, now_ms)?;
    Ok(ChosenLocation {
        fix,
        assessment,
        live: false,
        problems,
    })
}

/// The competent force where the assessment is.
pub fn competent_force(assessment: &LocationAssessment) -> CompetentForce {
    CompetentForce {
        zone: match assessment.zone {
            Zone::Police => "police",
            Zone::Gendarmerie => "gendarmerie",
            Zone::Shared => "shared",
            Zone::Unknown => "unknown",
        }
        .into(),
        services: assessment
            .competent
            .iter()
            .map(|s| s.name.clone())
            .collect(),
        commune: assessment.commune.as_ref().map(|c| c.name.clone()),
        insee: assessment.commune.as_ref().map(|c| c.code.clone()),
    }
}

/// The structured first message of a duty alert.
pub fn build_alert(
    kind: DutyAlertKind,
    profile: &DutyProfile,
    chosen: &ChosenLocation,
) -> Result<DutyAlert> {
    let location: payload::LocationFix = chosen.fix.clone().validate()?;
    Ok(DutyAlert {
        kind: kind.code().into(),
        site: DutySite {
            name: profile.site_name.clone(),
            address: profile.address.clone(),
            lat: profile.lat,
            lon: profile.lon,
            notes: profile.notes.clone(),
            employer: profile.employer.clone(),
            control_room_phone: profile.control_room_phone.clone(),
        },
        location,
        location_source: if chosen.live { "live" } else { "site" }.into(),
        fix_problems: chosen.problems.clone(),
        competent: competent_force(&chosen.assessment),
    })
}

impl App {
    /// Validates and stores the duty profile in the vault (replacing any).
    pub fn set_duty_profile(&self, profile: DutyProfile) -> Result<()> {
        self.refuse_if_locked()?;
        let profile = profile.validate()?;
        let json = Zeroizing::new(
            serde_json::to_vec(&profile).map_err(|e| Error::Internal(e.to_string()))?,
        );
        self.vault.meta_put(PROFILE_KEY, &json, PROFILE_TTL)
    }

    /// The stored duty profile; refused while the app is locked.
    pub fn duty_profile(&self) -> Result<Option<DutyProfile>> {
        self.refuse_if_locked()?;
        self.load_duty_profile()
    }

    pub fn clear_duty_profile(&self) -> Result<()> {
        self.vault.meta_delete(PROFILE_KEY)
    }

    fn load_duty_profile(&self) -> Result<Option<DutyProfile>> {
        match self.vault.meta_get(PROFILE_KEY)? {
            None => Ok(None),
            Some(bytes) => serde_json::from_slice(&bytes)
                .map(Some)
                .map_err(|_| Error::Storage("the stored duty profile is unreadable".into())),
        }
    }

    fn required_duty_profile(&self) -> Result<DutyProfile> {
        self.load_duty_profile()?.ok_or(Error::InvalidInput {
            field: "duty_profile",
            reason: "no duty profile is set: call set_duty_profile first".into(),
        })
    }

    /// One tap: opens a silent chat flagged `agent_alert` and sends the
    /// structured alert (site, location used and why, competent force).
    /// Works while the app is locked: the alert is the point.
    pub async fn send_duty_alert(
        &self,
        kind: DutyAlertKind,
        live_fix: Option<LocationFix>,
    ) -> Result<Arc<Chat>> {
        let profile = self.required_duty_profile()?;
        let chosen = choose_location(&profile, live_fix, crate::places::now_ms())?;
        let alert = build_alert(kind, &profile, &chosen)?;
        let chat = self
            .start_chat(ChatRequest {
                category: kind.code().into(),
                language: self.chat_language(),
                location: Some(chosen.fix),
                acting_for_victim: false,
                silent: true,
                minor: false,
                agent_alert: true,
            })
            .await?;
        chat.send_duty_alert(alert)?;
        Ok(chat)
    }

    /// An agent opens a chat for a person in front of them (the victim
    /// writes or the agent writes for them): flagged `acting_for_victim`,
    /// located like an alert (live fix, else the duty site when a profile
    /// is set).
    pub async fn start_chat_for_victim(
        &self,
        category: &str,
        live_fix: Option<LocationFix>,
    ) -> Result<Arc<Chat>> {
        let location = match self.load_duty_profile()? {
            Some(profile) => {
                Some(choose_location(&profile, live_fix, crate::places::now_ms())?.fix)
            }
            None => live_fix,
        };
        self.start_chat(ChatRequest {
            category: category.into(),
            language: self.chat_language(),
            location,
            acting_for_victim: true,
            silent: true,
            minor: false,
            agent_alert: false,
        })
        .await
    }

    /// The language chats are opened in: the first of the UI's chain.
    pub(crate) fn chat_language(&self) -> String {
        self.localizer()
            .chain()
            .first()
            .map(|tag| tag.to_string())
            .unwrap_or_else(|| "fr".into())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    pub(crate) fn profile() -> DutyProfile {
        DutyProfile {
            site_name: "Centre commercial Les Arcades".into(),
            address: "Place de l'Arche, 93160 Noisy-le-Grand".into(),
            lat: 48.8489,
            lon: 2.5533,
            notes: Some("  PC sécurité, niveau -1  ".into()),
            employer: "Sécurité Exemple SAS".into(),
            control_room_phone: "+33 1 23 45 67 89".into(),
        }
    }

    #[test]
    fn a_good_profile_is_trimmed_and_bad_ones_name_the_field() {
        let ok = profile().validate().unwrap();
        assert_eq!(ok.notes.as_deref(), Some("PC sécurité, niveau -1"));
        let cases: Vec<(DutyProfile, DutyProfileError)> = vec![
            (
                DutyProfile {
                    site_name: "  ".into(),
                    ..profile()
                },
                DutyProfileError::Missing("site_name"),
            ),
            (
                DutyProfile {
                    employer: String::new(),
                    ..profile()
                },
                DutyProfileError::Missing("employer"),
            ),
            (
                DutyProfile {
                    lat: f64::NAN,
                    ..profile()
                },
                DutyProfileError::BadCoordinates,
            ),
            (
                DutyProfile {
                    lat: 40.0,
                    lon: -30.0,
                    ..profile()
                },
                DutyProfileError::OutsideCoverage,
            ),
            (
                DutyProfile {
                    control_room_phone: "call me".into(),
                    ..profile()
                },
                DutyProfileError::BadPhone,
            ),
            (
                DutyProfile {
                    notes: Some("x".repeat(501)),
                    ..profile()
                },
                DutyProfileError::TooLong {
                    field: "notes",
                    max: 500,
                },
            ),
        ];
        for (bad, expected) in cases {
            let err = bad.validate().unwrap_err();
            assert_eq!(err, expected);
            assert!(!err.to_string().contains("Arcades"));
        }
    }

    #[test]
    fn a_poor_or_stale_fix_falls_back_to_the_site() {
        let p = profile().validate().unwrap();
        let now = 1_763_800_000_000;
        let good = LocationFix {
            lat: 48.8566,
            lon: 2.3522,
            accuracy_m: 12.0,
            source: LocationSource::Gps,
            time_ms: now - 10_000,
        };
        let chosen = choose_location(&p, Some(good.clone()), now).unwrap();
        assert!(chosen.live && chosen.problems.is_empty());
        assert_eq!(chosen.fix, good);
        let stale = LocationFix {
            time_ms: now - 20 * 60_000,
            ..good.clone()
        };
        let chosen = choose_location(&p, Some(stale), now).unwrap();
        assert!(!chosen.live);
        assert_eq!(chosen.problems, vec!["stale"]);
        assert_eq!(chosen.fix.source, LocationSource::DutySite);
        assert_eq!((chosen.fix.lat, chosen.fix.lon), (p.lat, p.lon));
        let vague = LocationFix {
            accuracy_m: 2_000.0,
            ..good.clone()
        };
        assert_eq!(
            choose_location(&p, Some(vague), now).unwrap().problems,
            vec!["imprecise"]
        );
        assert_eq!(
            choose_location(&p, None, now).unwrap().problems,
            vec!["missing"]
        );
        let broken = LocationFix {
            lat: f64::INFINITY,
            ..good
        };
        assert_eq!(
            choose_location(&p, Some(broken), now).unwrap().problems,
            vec!["invalid"]
        );
    }

    #[test]
    fn the_alert_names_the_competent_force() {
        let p = profile().validate().unwrap();
        let chosen = choose_location(&p, None, 1_763_800_000_000).unwrap();
        let alert = build_alert(DutyAlertKind::RefusedCheck, &p, &chosen).unwrap();
        assert_eq!(alert.kind, "refused_check");
        assert_eq!(alert.location_source, "site");
        assert_eq!(alert.competent.commune.as_deref(), Some("Noisy-le-Grand"));
        assert_eq!(alert.competent.zone, "police");
        assert!(!alert.competent.services.is_empty());
        assert!(crate::chat::CATEGORIES.contains(&alert.kind.as_str()));
        for kind in [
            DutyAlertKind::ArmedIndividual,
            DutyAlertKind::Intrusion,
            DutyAlertKind::Assault,
            DutyAlertKind::FireEvacuation,
        ] {
            assert!(crate::chat::CATEGORIES.contains(&kind.code()));
        }
    }
}
