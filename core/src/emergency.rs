//! Emergency and help numbers (17, 112, 114, 15, 18, 119, 3919, 3018…),
//! compiled into the library from data/emergency_numbers_fr.csv.

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

#[cfg(test)]
mod tests {
    use super::*;

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
