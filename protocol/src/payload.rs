//! What travels inside the Olm ciphertext between the phone and the desk.
//! Only the two ends ever see these documents.

use serde::{Deserialize, Serialize};

/// Where the phone is, as precise as its source allows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LocationFix {
    pub lat: f64,
    pub lon: f64,
    /// Radius of the 68 % confidence circle, in metres.
    pub accuracy_m: f64,
    pub source: LocationSource,
    /// Unix time of the fix, in milliseconds.
    pub time_ms: u64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LocationSource {
    Gps,
    Network,
    Manual,
    DutySite,
}

/// Why the citizen opens the chat; the desk sorts its queue with it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChatOpening {
    /// Category code, e.g. "domestic_violence", "intrusion", "other".
    pub category: String,
    /// BCP 47 tag of the citizen's language.
    pub language: String,
    /// The citizen cannot speak: no call back, no sound.
    pub silent: bool,
    /// Someone writes for a victim in front of them (e.g. a security agent).
    pub acting_for_victim: bool,
    /// Opened from the minors' space.
    pub minor: bool,
    /// A security agent's duty alert.
    pub agent_alert: bool,
    pub location: Option<LocationFix>,
}

/// A security agent's duty site, as the agent entered it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DutySite {
    pub name: String,
    pub address: String,
    pub lat: f64,
    pub lon: f64,
    /// Floor, zone, access notes ("3e étage, PC sécurité").
    pub notes: Option<String>,
    pub employer: String,
    pub control_room_phone: String,
}

/// The force competent where the alert was raised (places index).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CompetentForce {
    /// "police", "gendarmerie", "shared" or "unknown".
    pub zone: String,
    /// Competent services by name, e.g. "Commissariat de police de Caen".
    pub services: Vec<String>,
    /// Commune name and INSEE code, when the location is in France.
    pub commune: Option<String>,
    pub insee: Option<String>,
}

/// A security agent's preset silent alert: the structured first message
/// of a chat opened with `agent_alert`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DutyAlert {
    /// "armed_individual", "intrusion", "assault", "refused_check", "fire_evacuation".
    pub kind: String,
    pub site: DutySite,
    /// The location the desk should use.
    pub location: LocationFix,
    /// "live" (the phone's fix) or "site" (the fix was missing, poor or
    /// stale: the site's coordinates).
    pub location_source: String,
    /// Why the live fix was not used, e.g. ["stale", "imprecise"].
    pub fix_problems: Vec<String>,
    pub competent: CompetentForce,
}

/// A pre-complaint's declarant.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Declarant {
    pub surname: String,
    pub given_names: String,
    /// ISO date, YYYY-MM-DD.
    pub birth_date: String,
    pub address: String,
    pub postcode: String,
    pub city: String,
    pub email: Option<String>,
    pub phone: Option<String>,
}

/// One item taken, damaged or paid for.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PreComplaintItem {
    pub label: String,
    /// Estimated value in euro cents.
    pub value_cents: Option<u64>,
    pub serial: Option<String>,
}

/// An online pre-complaint (offence against property, unknown author).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PreComplaint {
    pub declarant: Declarant,
    /// "theft", "vehicle_theft", "burglary", "damage", "fraud", "other".
    pub offence: String,
    /// ISO date of the facts, YYYY-MM-DD (not in the future).
    pub facts_date: String,
    /// Where it happened (free text: address, town).
    pub facts_place: String,
    pub description: String,
    pub items: Vec<PreComplaintItem>,
    /// Station chosen for the appointment (places index id) and its name.
    pub station_id: u32,
    pub station_name: String,
}

/// Phone → desk.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
pub enum CitizenPayload {
    /// Always the first message of a chat (inside the Olm pre-key message).
    Open { v: u32, opening: ChatOpening },
    Text {
        v: u32,
        id: String,
        text: String,
        /// Detected or chosen language of the text, when known.
        language: Option<String>,
    },
    Location {
        v: u32,
        id: String,
        fix: LocationFix,
    },
    TapAnswer {
        v: u32,
        id: String,
        question_id: String,
        answer: String,
    },
    /// The citizen has seen the operator's message `message_id`.
    Read { v: u32, message_id: String },
    /// The citizen closed the chat.
    Close { v: u32, id: String },
    /// Quick exit: the citizen left abruptly (may be in danger).
    LeftAbruptly { v: u32, id: String },
    /// A duty alert's structured details (right after the opening).
    DutyAlert {
        v: u32,
        id: String,
        alert: Box<DutyAlert>,
    },
    /// A pre-complaint form (the only message of a `pre_complaint` chat).
    PreComplaint {
        v: u32,
        id: String,
        form: Box<PreComplaint>,
    },
}

/// The text an operator wrote, attached to its machine translation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OriginalText {
    pub text: String,
    /// BCP 47 tag of the operator's language.
    pub language: String,
}

/// Desk → phone.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
pub enum DeskPayload {
    Queued {
        v: u32,
        position: u32,
        estimated_wait_secs: u32,
    },
    /// The automatic acknowledgement sent as soon as the desk has the chat.
    AutoAck {
        v: u32,
        text: String,
    },
    OperatorJoined {
        v: u32,
        operator: String,
    },
    Text {
        v: u32,
        id: String,
        /// The text to show: the operator's own words, or their translation
        /// into the citizen's language when the desk translated them.
        text: String,
        /// BCP 47 tag of `text`, when known.
        language: Option<String>,
        /// What the operator wrote, when `text` is a machine translation
        /// (so the citizen can check it). Absent otherwise, and left out of
        /// the document when absent: a peer that predates it still reads
        /// every untranslated message.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        original: Option<OriginalText>,
    },
    Typing {
        v: u32,
    },
    /// The desk holds the citizen's message `message_id`.
    Delivered {
        v: u32,
        message_id: String,
    },
    /// An operator has read the citizen's message `message_id`.
    Read {
        v: u32,
        message_id: String,
    },
    /// A question the citizen answers with one tap.
    TapQuestion {
        v: u32,
        id: String,
        prompt: String,
        choices: Vec<String>,
    },
    PatrolDispatched {
        v: u32,
        note: Option<String>,
    },
    Closed {
        v: u32,
        reason: String,
    },
    /// The desk registered the pre-complaint `message_id` under `receipt`.
    PreComplaintReceipt {
        v: u32,
        message_id: String,
        receipt: String,
    },
}

impl crate::Versioned for CitizenPayload {
    fn version(&self) -> u32 {
        match self {
            CitizenPayload::Open { v, .. }
            | CitizenPayload::Text { v, .. }
            | CitizenPayload::Location { v, .. }
            | CitizenPayload::TapAnswer { v, .. }
            | CitizenPayload::Read { v, .. }
            | CitizenPayload::Close { v, .. }
            | CitizenPayload::LeftAbruptly { v, .. }
            | CitizenPayload::DutyAlert { v, .. }
            | CitizenPayload::PreComplaint { v, .. } => *v,
        }
    }
}

impl CitizenPayload {
    /// Parses a citizen payload exactly as [`crate::decode`] does (size,
    /// shape, version, the same errors), reading a text (most of a chat)
    /// without serde's buffering of tagged enums (`tagged.rs`).
    pub fn decode(bytes: &[u8], max_size: usize) -> Result<CitizenPayload, crate::ProtocolError> {
        crate::tagged::decode_fast::<TextDocument, _>(bytes, max_size)
    }
}

/// [`CitizenPayload::Text`] as a plain struct.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TextDocument {
    #[serde(rename = "type")]
    _type: TextTag,
    v: u32,
    id: String,
    text: String,
    language: Option<String>,
}

crate::tagged::tag!(TextTag, "text");

impl crate::Versioned for TextDocument {
    fn version(&self) -> u32 {
        self.v
    }
}

impl crate::tagged::FastVariant for TextDocument {
    const PREFIX: &'static [u8] = br#"{"type":"text","#;
    type Document = CitizenPayload;
    fn into_document(self) -> CitizenPayload {
        CitizenPayload::Text {
            v: self.v,
            id: self.id,
            text: self.text,
            language: self.language,
        }
    }
}

impl crate::Versioned for DeskPayload {
    fn version(&self) -> u32 {
        match self {
            DeskPayload::Queued { v, .. }
            | DeskPayload::AutoAck { v, .. }
            | DeskPayload::OperatorJoined { v, .. }
            | DeskPayload::Text { v, .. }
            | DeskPayload::Typing { v }
            | DeskPayload::Delivered { v, .. }
            | DeskPayload::Read { v, .. }
            | DeskPayload::TapQuestion { v, .. }
            | DeskPayload::PatrolDispatched { v, .. }
            | DeskPayload::Closed { v, .. }
            | DeskPayload::PreComplaintReceipt { v, .. } => *v,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{decode, encode, ProtocolError, PROTOCOL_VERSION};

    #[test]
    fn texts_read_by_the_fast_path_match_the_general_one() {
        let generic = |doc: &str| decode::<CitizenPayload>(doc.as_bytes(), 4096);
        let fast = |doc: &str| CitizenPayload::decode(doc.as_bytes(), 4096);
        for doc in [
            r#"{"type":"text","v":1,"id":"a","text":"Au secours","language":"fr"}"#,
            r#"{"type":"text","v":1,"id":"a","text":"sans langue"}"#,
            r#"{"type":"text","v":1,"id":"a","text":"nulle","language":null}"#,
            r#"{"type":"text","language":"fr","text":"dans le désordre","id":"a","v":1}"#,
            r#"{"v":1,"type":"text","id":"a","text":"type second"}"#,
            r#"{"type":"location","v":1,"id":"1","fix":{"lat":1.0,"lon":2.0,"accuracy_m":3.0,"source":"gps","time_ms":4}}"#,
        ] {
            assert_eq!(fast(doc).unwrap(), generic(doc).unwrap(), "{doc}");
        }
        // Bad documents get the general path's error.
        for doc in [
            r#"{"type":"text","v":1,"id":"a","text":"x","extra":1}"#,
            r#"{"type":"text","v":2,"id":"a","text":"x"}"#,
            r#"{"type":"text","id":"a","text":"x"}"#,
            r#"{"type":"text","v":1,"id":"a"}"#,
            r#"{"type":"text","v":1,"id":"a","text":"x","text":"y"}"#,
            r#"{"type":"text","#,
        ] {
            let (f, g) = (fast(doc).unwrap_err(), generic(doc).unwrap_err());
            assert_eq!(format!("{f:?}"), format!("{g:?}"), "{doc}");
        }
        let long = format!(
            r#"{{"type":"text","v":1,"id":"a","text":"{}"}}"#,
            "x".repeat(5000)
        );
        assert!(matches!(fast(&long), Err(ProtocolError::TooLarge { .. })));
    }

    #[test]
    fn payloads_round_trip() {
        let p = CitizenPayload::Location {
            v: PROTOCOL_VERSION,
            id: "1".into(),
            fix: LocationFix {
                lat: 48.85,
                lon: 2.35,
                accuracy_m: 12.0,
                source: LocationSource::Gps,
                time_ms: 1,
            },
        };
        assert_eq!(decode::<CitizenPayload>(&encode(&p), 4096).unwrap(), p);
        let d = DeskPayload::TapQuestion {
            v: 1,
            id: "q".into(),
            prompt: "Are you safe?".into(),
            choices: vec!["yes".into(), "no".into()],
        };
        assert_eq!(decode::<DeskPayload>(&encode(&d), 4096).unwrap(), d);
    }

    #[test]
    fn a_translated_text_carries_its_original_and_an_untranslated_one_omits_it() {
        let translated = DeskPayload::Text {
            v: PROTOCOL_VERSION,
            id: "m1".into(),
            text: "Quédese donde está.".into(),
            language: Some("es".into()),
            original: Some(OriginalText {
                text: "Restez où vous êtes.".into(),
                language: "fr".into(),
            }),
        };
        let bytes = encode(&translated);
        assert_eq!(decode::<DeskPayload>(&bytes, 4096).unwrap(), translated);
        let plain = DeskPayload::Text {
            v: PROTOCOL_VERSION,
            id: "m2".into(),
            text: "Bonjour".into(),
            language: None,
            original: None,
        };
        let bytes = encode(&plain);
        assert!(!String::from_utf8_lossy(&bytes).contains("original"));
        // A document written before the field existed still reads.
        let old = br#"{"type":"text","v":1,"id":"m2","text":"Bonjour","language":null}"#;
        assert_eq!(decode::<DeskPayload>(old, 4096).unwrap(), plain);
        // Unknown fields inside the original are refused too.
        let err = decode::<DeskPayload>(
            br#"{"type":"text","v":1,"id":"m","text":"t","language":"es","original":{"text":"o","language":"fr","x":1}}"#,
            4096,
        )
        .unwrap_err();
        assert!(matches!(err, ProtocolError::Malformed(_)), "{err}");
    }

    #[test]
    fn a_pre_complaint_round_trips_and_refuses_unknown_fields() {
        let form = PreComplaint {
            declarant: Declarant {
                surname: "Martin".into(),
                given_names: "Léa".into(),
                birth_date: "1990-04-02".into(),
                address: "3 rue de la Paix".into(),
                postcode: "75002".into(),
                city: "Paris".into(),
                email: Some("lea@example.org".into()),
                phone: None,
            },
            offence: "theft".into(),
            facts_date: "2026-11-20".into(),
            facts_place: "Gare de Lyon".into(),
            description: "Sac volé".into(),
            items: vec![PreComplaintItem {
                label: "Téléphone".into(),
                value_cents: Some(45_000),
                serial: None,
            }],
            station_id: 7,
            station_name: "Commissariat".into(),
        };
        let p = CitizenPayload::PreComplaint {
            v: PROTOCOL_VERSION,
            id: "m1".into(),
            form: Box::new(form),
        };
        assert_eq!(decode::<CitizenPayload>(&encode(&p), 8192).unwrap(), p);
        let mut value: serde_json::Value = serde_json::from_slice(&encode(&p)).unwrap();
        value["form"]["declarant"]["nickname"] = "x".into();
        let err = decode::<CitizenPayload>(value.to_string().as_bytes(), 8192).unwrap_err();
        assert!(matches!(err, ProtocolError::Malformed(_)), "{err}");
    }

    #[test]
    fn unknown_kinds_and_fields_are_refused() {
        let err = decode::<DeskPayload>(br#"{"type":"self_destruct","v":1}"#, 4096).unwrap_err();
        assert!(matches!(err, ProtocolError::Malformed(_)), "{err}");
        let err =
            decode::<DeskPayload>(br#"{"type":"typing","v":1,"extra":true}"#, 4096).unwrap_err();
        assert!(matches!(err, ProtocolError::Malformed(_)), "{err}");
        let err = decode::<DeskPayload>(br#"{"type":"typing","v":9}"#, 4096).unwrap_err();
        assert!(matches!(
            err,
            ProtocolError::UnsupportedVersion { found: 9, .. }
        ));
    }
}
