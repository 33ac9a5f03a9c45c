//! Records and enums that cross the boundary, mirrored from discret-core,
//! with their conversions (and nothing else).

use discret_core as core;

/// How the app is set up.
#[derive(Debug, Clone, uniffi::Record)]
pub struct AppConfig {
    /// The app's private directory (absolute path).
    pub data_dir: String,
    /// The platform's base URL (https; http only for localhost).
    pub platform_url: String,
    /// The desk's Ed25519 public key, unpadded base64.
    pub desk_key: String,
    /// The device's languages, most preferred first (BCP 47).
    pub preferred_languages: Vec<String>,
    /// Resume mode: keep chats in an encrypted vault file so they survive
    /// the OS killing the app (needs `App.with_key_store`). Off by default:
    /// nothing is written to disk.
    #[uniffi(default = false)]
    pub resume: bool,
}

impl From<AppConfig> for core::AppConfig {
    fn from(c: AppConfig) -> Self {
        core::AppConfig {
            data_dir: c.data_dir.into(),
            platform_url: c.platform_url,
            desk_key: c.desk_key,
            preferred_languages: c.preferred_languages,
            resume: c.resume,
        }
    }
}

#[derive(Debug, Clone, uniffi::Record)]
pub struct EmergencyNumber {
    pub number: String,
    pub name: String,
    pub usage: String,
    pub channels: String,
    pub availability: String,
    pub cost: String,
    pub scope: String,
    pub primary: bool,
    pub accepts_sms: bool,
}

impl From<core::EmergencyNumber> for EmergencyNumber {
    fn from(n: core::EmergencyNumber) -> Self {
        EmergencyNumber {
            number: n.number,
            name: n.name,
            usage: n.usage,
            channels: n.channels,
            availability: n.availability,
            cost: n.cost,
            scope: n.scope,
            primary: n.primary,
            accepts_sms: n.accepts_sms,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum TextDirection {
    LeftToRight,
    RightToLeft,
}

#[derive(Debug, Clone, uniffi::Record)]
pub struct Language {
    pub tag: String,
    pub autonym: String,
    pub english_name: String,
    pub direction: TextDirection,
}

impl From<core::Language> for Language {
    fn from(l: core::Language) -> Self {
        Language {
            tag: l.tag,
            autonym: l.autonym,
            english_name: l.english_name,
            direction: match l.direction {
                core::TextDirection::LeftToRight => TextDirection::LeftToRight,
                core::TextDirection::RightToLeft => TextDirection::RightToLeft,
            },
        }
    }
}

#[derive(Debug, Clone, uniffi::Record)]
pub struct PlatformStatus {
    pub desk_key: String,
    pub protocol_version: u32,
    pub latency_ms: u64,
}

impl From<core::PlatformStatus> for PlatformStatus {
    fn from(s: core::PlatformStatus) -> Self {
        PlatformStatus {
            desk_key: s.desk_key,
            protocol_version: s.protocol_version,
            latency_ms: s.latency_ms,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum Connectivity {
    Online,
    Offline,
    Untrusted,
}

impl From<core::Connectivity> for Connectivity {
    fn from(c: core::Connectivity) -> Self {
        match c {
            core::Connectivity::Online => Connectivity::Online,
            core::Connectivity::Offline => Connectivity::Offline,
            core::Connectivity::Untrusted => Connectivity::Untrusted,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum LocationSource {
    Gps,
    Network,
    Manual,
    DutySite,
}

#[derive(Debug, Clone, uniffi::Record)]
pub struct LocationFix {
    pub lat: f64,
    pub lon: f64,
    pub accuracy_m: f64,
    pub source: LocationSource,
    pub time_ms: u64,
}

impl From<LocationFix> for core::LocationFix {
    fn from(f: LocationFix) -> Self {
        core::LocationFix {
            lat: f.lat,
            lon: f.lon,
            accuracy_m: f.accuracy_m,
            source: match f.source {
                LocationSource::Gps => core::LocationSource::Gps,
                LocationSource::Network => core::LocationSource::Network,
                LocationSource::Manual => core::LocationSource::Manual,
                LocationSource::DutySite => core::LocationSource::DutySite,
            },
            time_ms: f.time_ms,
        }
    }
}

#[derive(Debug, Clone, uniffi::Record)]
pub struct ChatRequest {
    pub category: String,
    pub language: String,
    #[uniffi(default = None)]
    pub location: Option<LocationFix>,
    #[uniffi(default = false)]
    pub acting_for_victim: bool,
    #[uniffi(default = true)]
    pub silent: bool,
    #[uniffi(default = false)]
    pub minor: bool,
    #[uniffi(default = false)]
    pub agent_alert: bool,
}

impl From<ChatRequest> for core::ChatRequest {
    fn from(r: ChatRequest) -> Self {
        core::ChatRequest {
            category: r.category,
            language: r.language,
            location: r.location.map(Into::into),
            acting_for_victim: r.acting_for_victim,
            silent: r.silent,
            minor: r.minor,
            agent_alert: r.agent_alert,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum ChatState {
    Waiting,
    Answered,
    Closed,
    ClosedByOperator,
}

impl From<core::ChatState> for ChatState {
    fn from(s: core::ChatState) -> Self {
        match s {
            core::ChatState::Waiting => ChatState::Waiting,
            core::ChatState::Answered => ChatState::Answered,
            core::ChatState::Closed => ChatState::Closed,
            core::ChatState::ClosedByOperator => ChatState::ClosedByOperator,
        }
    }
}

/// The operator's own words, attached to their machine translation.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct OriginalText {
    pub text: String,
    /// BCP 47 tag of the operator's language.
    pub language: String,
}

#[derive(Debug, Clone, PartialEq, uniffi::Enum)]
pub enum ChatEvent {
    Sent {
        message_id: String,
    },
    SendFailed {
        message_id: String,
        reason: String,
    },
    Queued {
        position: u32,
        estimated_wait_secs: u32,
    },
    AutoAcknowledged {
        text: String,
    },
    OperatorJoined {
        operator: String,
    },
    /// `original` is what the operator wrote when `text` is the desk's
    /// machine translation into the citizen's language.
    Message {
        id: String,
        text: String,
        language: Option<String>,
        original: Option<OriginalText>,
    },
    OperatorTyping,
    Delivered {
        message_id: String,
    },
    Read {
        message_id: String,
    },
    TapQuestion {
        id: String,
        prompt: String,
        choices: Vec<String>,
    },
    PatrolDispatched {
        note: Option<String>,
    },
    ClosedByOperator {
        reason: String,
    },
    /// The relay no longer knows this chat (closed long ago, or silent for
    /// 30 days): start a new chat to write again.
    Expired,
    /// The desk registered the pre-complaint sent as `message_id`.
    PreComplaintReceipt {
        message_id: String,
        receipt: String,
    },
}

impl From<core::ChatEvent> for ChatEvent {
    fn from(e: core::ChatEvent) -> Self {
        use core::ChatEvent as E;
        match e {
            E::Sent { message_id } => ChatEvent::Sent { message_id },
            E::SendFailed { message_id, reason } => ChatEvent::SendFailed { message_id, reason },
            E::Queued {
                position,
                estimated_wait_secs,
            } => ChatEvent::Queued {
                position,
                estimated_wait_secs,
            },
            E::AutoAcknowledged { text } => ChatEvent::AutoAcknowledged { text },
            E::OperatorJoined { operator } => ChatEvent::OperatorJoined { operator },
            E::Message {
                id,
                text,
                language,
                original,
            } => ChatEvent::Message {
                id,
                text,
                language,
                original: original.map(|o| OriginalText {
                    text: o.text,
                    language: o.language,
                }),
            },
            E::OperatorTyping => ChatEvent::OperatorTyping,
            E::Delivered { message_id } => ChatEvent::Delivered { message_id },
            E::Read { message_id } => ChatEvent::Read { message_id },
            E::TapQuestion {
                id,
                prompt,
                choices,
            } => ChatEvent::TapQuestion {
                id,
                prompt,
                choices,
            },
            E::PatrolDispatched { note } => ChatEvent::PatrolDispatched { note },
            E::ClosedByOperator { reason } => ChatEvent::ClosedByOperator { reason },
            E::Expired => ChatEvent::Expired,
            E::PreComplaintReceipt {
                message_id,
                receipt,
            } => ChatEvent::PreComplaintReceipt {
                message_id,
                receipt,
            },
        }
    }
}
