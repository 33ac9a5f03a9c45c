//! Emergency and help numbers (17, 112, 114, 15, 18, 119, 3919, 3018…),
//! compiled into the library from data/emergency_numbers_fr.csv; when to
//! call instead of writing; the SMS to 114 ([`sms`]).

pub mod sms;

/// One row of the compiled table.
pub(crate) struct NumberRow {
    number: &'static str,
    name: &'static str,
    primary: bool,
    usage: &'static str,
    channels: &'static str,
    availability: &'static str,
    cost: &'static str,
    scope: &'static str,
}

include!(concat!(env!("OUT_DIR"), "/emergency_numbers.rs"));

/// An emergency or help number and when to use it (texts in French, as
/// published by Service-Public.fr and the services themselves).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EmergencyNumber {
    /// The number to dial, e.g. "17" or "116 006".
    pub number: String,
    pub name: String,
    /// What the number is for.
    pub usage: String,
    /// How to reach it (voice call, SMS, app…).
    pub channels: String,
    pub availability: String,
    pub cost: String,
    /// Where it works (France, EU…).
    pub scope: String,
    /// Part of the main list shown first (17, 112, 114, 15, 18, 119…).
    pub primary: bool,
    /// Reachable by SMS (114 is, for people who cannot speak).
    pub accepts_sms: bool,
}

/// Every number, main list first, in the order of the source file.
pub fn emergency_numbers() -> Vec<EmergencyNumber> {
    let mut numbers: Vec<EmergencyNumber> = EMERGENCY_NUMBERS
        .iter()
        .map(|row| EmergencyNumber {
            number: row.number.to_string(),
            name: row.name.to_string(),
            usage: row.usage.to_string(),
            channels: row.channels.to_string(),
            availability: row.availability.to_string(),
            cost: row.cost.to_string(),
            scope: row.scope.to_string(),
            primary: row.primary,
            accepts_sms: row.channels.to_lowercase().contains("sms"),
        })
        .collect();
    numbers.sort_by_key(|n| !n.primary);
    numbers
}

/// How to reach help in one situation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Channel {
    /// A voice call.
    Call,
    /// An SMS (114).
    Sms,
    /// This app's silent chat.
    SilentChat,
}

/// One piece of "when to call instead of writing" advice, best first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CallAdvice {
    /// Message id of the situation, in `core/i18n/*/main.ftl`
    /// (e.g. "emergency-when-can-speak").
    pub situation_id: String,
    /// The number, as in the table ("17", "114"); empty for the chat.
    pub number: String,
    pub channel: Channel,
    /// The table's "what it is for" text (French), empty for the chat.
    pub usage: String,
}

/// When to call instead of writing, in order: a voice call to 17 or 112
/// stays first whenever speaking is possible; the silent chat when one
/// cannot speak and has data; the SMS to 114 without data; then the
/// medical, fire and help lines.
pub fn call_guidance() -> Vec<CallAdvice> {
    let usage = |number: &str| {
        EMERGENCY_NUMBERS
            .iter()
            .find(|row| row.number == number)
            .map(|row| row.usage.to_string())
            .unwrap_or_default()
    };
    [
        ("emergency-when-can-speak", "17", Channel::Call),
        ("emergency-when-abroad-or-any", "112", Channel::Call),
        ("emergency-when-cannot-speak", "", Channel::SilentChat),
        ("emergency-when-no-data", "114", Channel::Sms),
        ("emergency-when-medical", "15", Channel::Call),
        ("emergency-when-fire", "18", Channel::Call),
        ("emergency-when-child", "119", Channel::Call),
        ("emergency-when-women", "3919", Channel::Call),
        ("emergency-when-online", "3018", Channel::Call),
        ("emergency-when-victim-support", "116 006", Channel::Call),
    ]
    .into_iter()
    .map(|(id, number, channel)| CallAdvice {
        situation_id: id.into(),
        number: number.into(),
        channel,
        usage: if number.is_empty() {
            String::new()
        } else {
            usage(number)
        },
    })
    .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_voice_call_comes_first_and_every_number_is_in_the_table() {
        let advice = call_guidance();
        assert_eq!(advice[0].number, "17");
        assert_eq!(advice[0].channel, Channel::Call);
        assert!(advice
            .iter()
            .any(|a| a.number == "114" && a.channel == Channel::Sms));
        for a in advice.iter().filter(|a| !a.number.is_empty()) {
            assert!(!a.usage.is_empty(), "{} missing from the table", a.number);
        }
        let fr = crate::i18n::LoadedLocale::load("fr").unwrap();
        let en = crate::i18n::LoadedLocale::load("en").unwrap();
        for a in &advice {
            let args = Default::default();
            assert!(
                fr.format(&a.situation_id, &args).is_some(),
                "{}",
                a.situation_id
            );
            assert!(
                en.format(&a.situation_id, &args).is_some(),
                "{}",
                a.situation_id
            );
        }
    }

    #[test]
    fn the_main_numbers_are_there() {
        let numbers = emergency_numbers();
        for expected in ["17", "112", "114", "15", "18", "119", "3919", "3018"] {
            let found = numbers.iter().find(|n| n.number == expected);
            assert!(
                found.is_some_and(|n| n.primary),
                "{expected} missing or not primary"
            );
        }
        assert!(
            numbers.iter().any(|n| !n.primary),
            "the extra numbers come last"
        );
        assert!(numbers
            .iter()
            .find(|n| n.number == "114")
            .is_some_and(|n| n.accepts_sms));
        assert!(!numbers
            .iter()
            .find(|n| n.number == "17")
            .is_some_and(|n| n.accepts_sms));
        let first_extra = numbers
            .iter()
            .position(|n| !n.primary)
            .unwrap_or(numbers.len());
        assert!(numbers[first_extra..].iter().all(|n| !n.primary));
    }
}
