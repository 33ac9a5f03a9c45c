//! The online pre-complaint ("pré-plainte en ligne") for offences against
//! property by an unknown author: the form, its validation into
//! localisable issues (a Fluent message id + arguments, see
//! `core/i18n/*/main.ftl`, ids `precomplaint-*`), and its submission to the
//! desk, end-to-end encrypted, as the only message of a fresh Olm chat of
//! category `pre_complaint`; the desk answers with a receipt number
//! ([`crate::ChatEvent::PreComplaintReceipt`]). The declarant then signs the
//! complaint at the chosen station.

use std::sync::Arc;

use discret_protocol::payload::{Declarant, PreComplaint, PreComplaintItem};

use crate::app::App;
use crate::chat::{Chat, ChatRequest};
use crate::error::{Error, Result};
use crate::places::Places;

/// At most this many items per form.
pub const MAX_ITEMS: usize = 20;
const MAX_NAME: usize = 100;
const MAX_ADDRESS: usize = 200;
const MAX_DESCRIPTION: usize = 4_000;
const MAX_SERIAL: usize = 64;
/// 10 million euros, in cents: anything above is a typing error.
const MAX_VALUE_CENTS: u64 = 1_000_000_000;

/// Offences against property a pre-complaint covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Offence {
    Theft,
    VehicleTheft,
    TheftFromVehicle,
    Burglary,
    Damage,
    Fraud,
    OtherProperty,
}

impl Offence {
    pub fn code(self) -> &'static str {
        match self {
            Offence::Theft => "theft",
            Offence::VehicleTheft => "vehicle_theft",
            Offence::TheftFromVehicle => "theft_from_vehicle",
            Offence::Burglary => "burglary",
            Offence::Damage => "damage",
            Offence::Fraud => "fraud",
            Offence::OtherProperty => "other_property",
        }
    }
}

/// One item taken, damaged or paid for. `Debug` hides what the user typed.
#[derive(Clone, PartialEq, Eq, Default)]
pub struct Item {
    pub label: String,
    /// Estimated value in euro cents.
    pub value_cents: Option<u64>,
    pub serial: Option<String>,
}

/// The form as the user filled it in. `Debug` hides who the declarant is
/// and what happened.
#[derive(Clone, PartialEq, Eq, Default)]
pub struct PreComplaintForm {
    pub surname: String,
    pub given_names: String,
    /// YYYY-MM-DD.
    pub birth_date: String,
    pub address: String,
    pub postcode: String,
    pub city: String,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub offence: Option<Offence>,
    /// YYYY-MM-DD, not in the future.
    pub facts_date: String,
    pub facts_place: String,
    pub description: String,
    pub items: Vec<Item>,
    /// A station of the places index (e.g. one of the nearest).
    pub station_id: Option<u32>,
}

impl std::fmt::Debug for Item {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Item")
            .field("value_cents", &self.value_cents)
            .finish_non_exhaustive()
    }
}

impl std::fmt::Debug for PreComplaintForm {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PreComplaintForm")
            .field("offence", &self.offence)
            .field("items", &self.items.len())
            .field("station_id", &self.station_id)
            .finish_non_exhaustive()
    }
}

/// One problem of the form: `message_id` with `args`, to format with the
/// app's localizer; `field` names the form field. Never holds a value the
/// user typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormIssue {
    pub field: String,
    pub message_id: String,
    pub args: Vec<(String, String)>,
}

fn issue(field: &str, message_id: &str, args: &[(&str, String)]) -> FormIssue {
    FormIssue {
        field: field.into(),
        message_id: message_id.into(),
        args: args
            .iter()
            .map(|(k, v)| (k.to_string(), v.clone()))
            .collect(),
    }
}

/// A calendar date.
type Date = (i32, u32, u32);

fn parse_date(text: &str) -> Option<Date> {
    let b = text.trim().as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let num = |r: std::ops::Range<usize>| -> Option<u32> {
        let s = std::str::from_utf8(b.get(r)?).ok()?;
        if !s.bytes().all(|c| c.is_ascii_digit()) {
            return None;
        }
        s.parse().ok()
    };
    let (y, m, d) = (num(0..4)? as i32, num(5..7)?, num(8..10)?);
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return None,
    };
    (d >= 1 && d <= days).then_some((y, m, d))
}

/// The civil date of a Unix time (milliseconds, UTC).
fn civil_date(unix_ms: u64) -> Date {
    // Howard Hinnant's days-to-civil.
    let z = (unix_ms / 86_400_000) as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = (yoe + era * 400 + i64::from(m <= 2)) as i32;
    (y, m, d)
}

/// 5 digits of a French département: 01–95 (20 is Corsica), the overseas
/// departments and collectivities 971–978, 984–988.
pub fn is_valid_postcode(postcode: &str) -> bool {
    let p = postcode.trim();
    if p.len() != 5 || !p.bytes().all(|c| c.is_ascii_digit()) {
        return false;
    }
    match &p[..2] {
        "00" | "96" | "99" => false,
        "97" => (b'1'..=b'8').contains(&p.as_bytes()[2]),
        "98" => matches!(p.as_bytes()[2], b'4' | b'6' | b'7' | b'8'),
        _ => true,
    }
}

fn is_valid_email(email: &str) -> bool {
    let e = email.trim();
    let Some((local, domain)) = e.split_once('@') else {
        return false;
    };
    e.len() <= 254
        && !local.is_empty()
        && !domain.contains('@')
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !e.chars().any(|c| c.is_whitespace() || c.is_control())
}

fn is_valid_phone(phone: &str) -> bool {
    let digits: String = phone
        .chars()
        .filter(|c| !matches!(c, ' ' | '.' | '-'))
        .collect();
    match digits.strip_prefix('+') {
        Some(rest) => (8..=15).contains(&rest.len()) && rest.bytes().all(|c| c.is_ascii_digit()),
        None => {
            digits.len() == 10
                && digits.starts_with('0')
                && digits.bytes().all(|c| c.is_ascii_digit())
        }
    }
}

impl PreComplaintForm {
    /// Every problem of the form, in field order; empty when it can be
    /// sent. `now_ms` is Unix time: a facts date is "in the future" after
    /// today in the earliest time zone (UTC+14), so no one is refused
    /// today's date.
    pub fn issues_at(&self, now_ms: u64, places: Option<&Places>) -> Vec<FormIssue> {
        let mut out = Vec::new();
        let mut text = |field: &str, value: &str, max: usize, required: bool| {
            let value = value.trim();
            if value.is_empty() {
                if required {
                    out.push(issue(
                        field,
                        "precomplaint-missing-field",
                        &[("field", field.into())],
                    ));
                }
            } else if value.chars().count() > max {
                out.push(issue(
                    field,
                    "precomplaint-too-long",
                    &[("field", field.into()), ("max", max.to_string())],
                ));
            }
        };
        text("surname", &self.surname, MAX_NAME, true);
        text("given_names", &self.given_names, MAX_NAME, true);
        text("address", &self.address, MAX_ADDRESS, true);
        text("city", &self.city, MAX_NAME, true);
        text("facts_place", &self.facts_place, MAX_ADDRESS, true);
        text("description", &self.description, MAX_DESCRIPTION, true);
        let today = civil_date(now_ms.saturating_add(14 * 3_600_000));
        if self.birth_date.trim().is_empty() {
            out.push(issue(
                "birth_date",
                "precomplaint-missing-field",
                &[("field", "birth_date".into())],
            ));
        } else {
            match parse_date(&self.birth_date) {
                Some(d) if d.0 >= 1900 && d <= today => {}
                _ => out.push(issue("birth_date", "precomplaint-birth-date-invalid", &[])),
            }
        }
        if self.postcode.trim().is_empty() {
            out.push(issue(
                "postcode",
                "precomplaint-missing-field",
                &[("field", "postcode".into())],
            ));
        } else if !is_valid_postcode(&self.postcode) {
            out.push(issue("postcode", "precomplaint-postcode-invalid", &[]));
        }
        let email = self
            .email
            .as_deref()
            .map(str::trim)
            .filter(|e| !e.is_empty());
        let phone = self
            .phone
            .as_deref()
            .map(str::trim)
            .filter(|p| !p.is_empty());
        if email.is_none() && phone.is_none() {
            out.push(issue("contact", "precomplaint-contact-missing", &[]));
        }
        if email.is_some_and(|e| !is_valid_email(e)) {
            out.push(issue("email", "precomplaint-email-invalid", &[]));
        }
        if phone.is_some_and(|p| !is_valid_phone(p)) {
            out.push(issue("phone", "precomplaint-phone-invalid", &[]));
        }
        if self.offence.is_none() {
            out.push(issue("offence", "precomplaint-offence-unknown", &[]));
        }
        if self.facts_date.trim().is_empty() {
            out.push(issue(
                "facts_date",
                "precomplaint-missing-field",
                &[("field", "facts_date".into())],
            ));
        } else {
            match parse_date(&self.facts_date) {
                None => out.push(issue(
                    "facts_date",
                    "precomplaint-date-invalid",
                    &[("field", "facts_date".into())],
                )),
                Some(d) if d > today => {
                    out.push(issue("facts_date", "precomplaint-date-future", &[]))
                }
                Some(_) => {}
            }
        }
        if self.items.len() > MAX_ITEMS {
            out.push(issue(
                "items",
                "precomplaint-too-many-items",
                &[("max", MAX_ITEMS.to_string())],
            ));
        }
        for (i, item) in self.items.iter().enumerate().take(MAX_ITEMS) {
            let index = (i + 1).to_string();
            let label = item.label.trim();
            if label.is_empty() || label.chars().count() > MAX_NAME {
                out.push(issue(
                    "items",
                    "precomplaint-item-label-missing",
                    &[("index", index.clone())],
                ));
            }
            let serial_too_long = item
                .serial
                .as_deref()
                .is_some_and(|s| s.trim().chars().count() > MAX_SERIAL);
            if item.value_cents.is_some_and(|v| v > MAX_VALUE_CENTS) || serial_too_long {
                out.push(issue(
                    "items",
                    "precomplaint-item-value-invalid",
                    &[("index", index)],
                ));
            }
        }
        match (self.station_id, places) {
            (None, _) => out.push(issue("station", "precomplaint-station-unknown", &[])),
            (Some(id), Some(places)) if places.station(id).is_none() => {
                out.push(issue("station", "precomplaint-station-unknown", &[]))
            }
            _ => {}
        }
        out
    }

    /// [`Self::issues_at`] now, against the built-in places index.
    pub fn issues(&self) -> Vec<FormIssue> {
        self.issues_at(crate::places::now_ms(), Places::builtin().ok())
    }

    /// The wire form (trimmed); call only once [`Self::issues`] is empty.
    fn to_payload(&self, station_name: String) -> Result<PreComplaint> {
        let offence = self.offence.ok_or(Error::InvalidInput {
            field: "offence",
            reason: "missing".into(),
        })?;
        let t = |s: &str| s.trim().to_string();
        let opt = |s: &Option<String>| {
            s.as_deref()
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(String::from)
        };
        Ok(PreComplaint {
            declarant: Declarant {
                surname: t(&self.surname),
                given_names: t(&self.given_names),
                birth_date: t(&self.birth_date),
                address: t(&self.address),
                postcode: t(&self.postcode),
                city: t(&self.city),
                email: opt(&self.email),
                phone: opt(&self.phone),
            },
            offence: offence.code().into(),
            facts_date: t(&self.facts_date),
            facts_place: t(&self.facts_place),
            description: t(&self.description),
            items: self
                .items
                .iter()
                .map(|i| PreComplaintItem {
                    label: t(&i.label),
                    value_cents: i.value_cents,
                    serial: opt(&i.serial),
                })
                .collect(),
            station_id: self.station_id.unwrap_or_default(),
            station_name,
        })
    }
}

impl App {
    /// Validates the form and sends it to the desk, end-to-end encrypted,
    /// in a fresh chat of category `pre_complaint`. An invalid form is
    /// `Error::InvalidInput` naming the message ids (never the values);
    /// call [`PreComplaintForm::issues`] first to show them. The receipt
    /// number arrives as `ChatEvent::PreComplaintReceipt`.
    pub async fn submit_pre_complaint(&self, form: &PreComplaintForm) -> Result<Arc<Chat>> {
        let issues = form.issues();
        if !issues.is_empty() {
            let ids: Vec<&str> = issues.iter().map(|i| i.message_id.as_str()).collect();
            return Err(Error::InvalidInput {
                field: "pre_complaint",
                reason: format!("{} problem(s): {}", issues.len(), ids.join(", ")),
            });
        }
        let station_name = form
            .station_id
            .and_then(|id| Places::builtin().ok()?.station(id))
            .map(|s| s.name)
            .unwrap_or_default();
        let payload = form.to_payload(station_name)?;
        let chat = self
            .start_chat(ChatRequest {
                category: "pre_complaint".into(),
                language: self.chat_language(),
                location: None,
                acting_for_victim: false,
                silent: false,
                minor: self.minor_mode(),
                agent_alert: false,
            })
            .await?;
        chat.send_pre_complaint(payload)?;
        Ok(chat)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// 2026-11-22 12:00 UTC.
    const NOW: u64 = 1_795_348_800_000;

    pub(crate) fn form() -> PreComplaintForm {
        PreComplaintForm {
            surname: "Martin".into(),
            given_names: "Léa".into(),
            birth_date: "1990-02-28".into(),
            address: "3 rue de la Paix".into(),
            postcode: "75002".into(),
            city: "Paris".into(),
            email: Some("lea@example.org".into()),
            phone: None,
            offence: Some(Offence::Theft),
            facts_date: "2026-11-20".into(),
            facts_place: "Gare de Lyon, Paris".into(),
            description: "On m'a volé mon sac dans le train.".into(),
            items: vec![Item {
                label: "Téléphone".into(),
                value_cents: Some(45_000),
                serial: Some("IMEI 3520".into()),
            }],
            station_id: Some(0),
        }
    }

    #[test]
    fn debug_shows_nothing_the_declarant_typed() {
        let shown = format!("{:?}", form());
        for typed in [
            "Martin",
            "Léa",
            "1990",
            "Paix",
            "75002",
            "lea@",
            "volé",
            "Téléphone",
            "IMEI",
        ] {
            assert!(!shown.contains(typed), "{typed} in {shown}");
        }
        assert!(shown.contains("Theft"), "{shown}");
    }

    fn ids(form: &PreComplaintForm) -> Vec<String> {
        form.issues_at(NOW, Places::builtin().ok())
            .into_iter()
            .map(|i| i.message_id)
            .collect()
    }

    #[test]
    fn dates_are_parsed_strictly() {
        assert_eq!(civil_date(NOW), (2026, 11, 22));
        assert_eq!(civil_date(0), (1970, 1, 1));
        assert_eq!(parse_date("2024-02-29"), Some((2024, 2, 29)));
        for bad in [
            "2023-02-29",
            "2026-13-01",
            "2026-1-01",
            "22/11/2026",
            "2026-11-2x",
            "",
        ] {
            assert_eq!(parse_date(bad), None, "{bad}");
        }
    }

    #[test]
    fn a_complete_form_has_no_issue() {
        assert_eq!(ids(&form()), Vec::<String>::new());
    }

    #[test]
    fn a_future_date_is_refused_but_today_is_not() {
        let f = PreComplaintForm {
            facts_date: "2026-11-24".into(),
            ..form()
        };
        assert_eq!(ids(&f), vec!["precomplaint-date-future"]);
        let f = PreComplaintForm {
            facts_date: "2026-11-22".into(),
            ..form()
        };
        assert!(ids(&f).is_empty());
        let f = PreComplaintForm {
            facts_date: "2026-02-30".into(),
            ..form()
        };
        assert_eq!(ids(&f), vec!["precomplaint-date-invalid"]);
    }

    #[test]
    fn postcodes_need_five_digits_of_a_department() {
        for good in ["75002", "20000", "01000", "97400", "97600", "98800"] {
            assert!(is_valid_postcode(good), "{good}");
        }
        for bad in [
            "7500", "750022", "00100", "96000", "99000", "97900", "98000", "7500A",
        ] {
            assert!(!is_valid_postcode(bad), "{bad}");
        }
        let f = PreComplaintForm {
            postcode: "96100".into(),
            ..form()
        };
        assert_eq!(ids(&f), vec!["precomplaint-postcode-invalid"]);
    }

    #[test]
    fn missing_fields_and_contacts_are_named() {
        let f = PreComplaintForm {
            surname: " ".into(),
            description: String::new(),
            email: None,
            phone: Some("  ".into()),
            offence: None,
            station_id: None,
            ..form()
        };
        let issues = f.issues_at(NOW, None);
        let got: Vec<(&str, &str)> = issues
            .iter()
            .map(|i| (i.field.as_str(), i.message_id.as_str()))
            .collect();
        assert_eq!(
            got,
            vec![
                ("surname", "precomplaint-missing-field"),
                ("description", "precomplaint-missing-field"),
                ("contact", "precomplaint-contact-missing"),
                ("offence", "precomplaint-offence-unknown"),
                ("station", "precomplaint-station-unknown"),
            ]
        );
        assert_eq!(
            issues[0].args,
            vec![("field".to_string(), "surname".to_string())]
        );
        let f = PreComplaintForm {
            email: Some("lea@".into()),
            phone: Some("12".into()),
            station_id: Some(u32::MAX),
            items: vec![Item::default()],
            ..form()
        };
        assert_eq!(
            ids(&f),
            vec![
                "precomplaint-email-invalid",
                "precomplaint-phone-invalid",
                "precomplaint-item-label-missing",
                "precomplaint-station-unknown"
            ]
        );
    }

    #[test]
    fn every_issue_is_translated_in_french_and_english() {
        let fr = crate::i18n::LoadedLocale::load("fr").unwrap();
        let en = crate::i18n::LoadedLocale::load("en").unwrap();
        let bad = PreComplaintForm {
            facts_date: "2099-01-01".into(),
            birth_date: "2099-01-01".into(),
            postcode: "1".into(),
            email: Some("x".into()),
            phone: Some("x".into()),
            offence: None,
            station_id: None,
            items: vec![
                Item {
                    value_cents: Some(u64::MAX),
                    ..Item::default()
                };
                21
            ],
            surname: "x".repeat(101),
            ..form()
        };
        let issues = bad.issues_at(NOW, None);
        assert!(issues.len() >= 9);
        for issue in issues {
            let args = issue
                .args
                .iter()
                .map(|(k, v)| (k.clone(), crate::i18n::Arg::Text(v.clone())))
                .collect();
            for locale in [&fr, &en] {
                let text = locale.format(&issue.message_id, &args);
                assert!(
                    text.as_deref().is_some_and(|t| !t.contains("{")),
                    "{} untranslated",
                    issue.message_id
                );
            }
        }
    }
}
