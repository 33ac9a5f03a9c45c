//! When to call instead of writing, and the SMS to 114.

use discret_core::emergency::{self as core_emergency, sms};

use crate::error::ApiError;
use crate::types::LocationFix;

#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum HelpChannel {
    Call,
    Sms,
    SilentChat,
}

/// One piece of advice, best first; `situation_id` is a UI message id.
#[derive(Debug, Clone, uniffi::Record)]
pub struct CallAdvice {
    pub situation_id: String,
    pub number: String,
    pub channel: HelpChannel,
    pub usage: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum SmsEncoding {
    Gsm7,
    Ucs2,
}

/// Encoding and segments of an SMS text.
#[derive(Debug, Clone, uniffi::Record)]
pub struct SmsCount {
    pub encoding: SmsEncoding,
    pub units: u32,
    pub segments: u32,
}

#[derive(Clone, uniffi::Record)]
pub struct Sms114Request {
    pub category: String,
    pub fix: Option<LocationFix>,
    pub place_details: Option<String>,
    pub attacker_present: bool,
    pub weapon: bool,
    pub injured: bool,
    pub children_present: bool,
    pub free_text: Option<String>,
}

/// The SMS to put in the phone's SMS app.
#[derive(Clone, uniffi::Record)]
pub struct Sms114 {
    pub number: String,
    pub text: String,
    pub encoding: SmsEncoding,
    pub segments: u32,
    pub truncated: bool,
}

fn encoding(e: sms::SmsEncoding) -> SmsEncoding {
    match e {
        sms::SmsEncoding::Gsm7 => SmsEncoding::Gsm7,
        sms::SmsEncoding::Ucs2 => SmsEncoding::Ucs2,
    }
}

/// When to call instead of writing (a voice call to 17/112 first).
#[uniffi::export]
pub fn call_guidance() -> Vec<CallAdvice> {
    core_emergency::call_guidance()
        .into_iter()
        .map(|a| CallAdvice {
            situation_id: a.situation_id,
            number: a.number,
            channel: match a.channel {
                core_emergency::Channel::Call => HelpChannel::Call,
                core_emergency::Channel::Sms => HelpChannel::Sms,
                core_emergency::Channel::SilentChat => HelpChannel::SilentChat,
            },
            usage: a.usage,
        })
        .collect()
}

/// Encoding (GSM-7 or UCS-2), size and segments of an SMS text.
#[uniffi::export]
pub fn sms_count(text: String) -> SmsCount {
    let c = sms::count(&text);
    SmsCount {
        encoding: encoding(c.encoding),
        units: c.units,
        segments: c.segments,
    }
}

/// The text of an SMS to 114, at most 3 segments.
#[uniffi::export]
pub fn compose_sms_114(request: Sms114Request) -> Result<Sms114, ApiError> {
    let core_request = sms::Sms114Request {
        category: request.category,
        fix: request.fix.map(Into::into),
        place_details: request.place_details,
        attacker_present: request.attacker_present,
        weapon: request.weapon,
        injured: request.injured,
        children_present: request.children_present,
        free_text: request.free_text,
    };
    let s = sms::compose_sms_114(&core_request)?;
    Ok(Sms114 {
        number: s.number,
        text: s.text,
        encoding: encoding(s.encoding),
        segments: s.segments,
        truncated: s.truncated,
    })
}
