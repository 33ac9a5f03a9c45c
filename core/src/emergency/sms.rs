//! The text of an SMS to 114 (the emergency number for people who cannot
//! speak) composed from a location fix, the situation and the essentials,
//! within SMS limits: 160 GSM-7 characters in one segment (153 each when
//! split) or 70 UCS-2 code units (67 each when split), at most
//! [`MAX_SEGMENTS`] segments.
//!
//! French accents outside the GSM-7 alphabet ("ê", "ç", "œ"…) would switch
//! the whole message to UCS-2 and cut its room by more than half, so the
//! text is folded to GSM-7 where a letter has a plain equivalent ("ê"→"e",
//! "œ"→"oe"); text in another script stays UCS-2. Free text is cut at a
//! character boundary, never inside an escape pair or a surrogate pair.

use crate::chat::{LocationFix, CATEGORIES};
use crate::error::{Error, Result};
use crate::places;

/// The number the text is for.
pub const SMS_NUMBER: &str = "114";
/// At most this many segments (each one is billed and may arrive out of
/// order; three keep the message readable).
pub const MAX_SEGMENTS: u32 = 3;

/// The GSM 03.38 default alphabet (one septet each).
const GSM7_BASIC: &str = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?\
¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
/// The extension table (two septets each: escape + character).
const GSM7_EXTENSION: &str = "^{}\\[~]|€\u{0C}";

/// How an SMS text is encoded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SmsEncoding {
    Gsm7,
    Ucs2,
}

/// The size of an SMS text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SmsCount {
    pub encoding: SmsEncoding,
    /// Septets (GSM-7) or UTF-16 code units (UCS-2).
    pub units: u32,
    pub segments: u32,
}

/// What the phone should put in the SMS app. `Debug` hides the text (it
/// holds the location).
#[derive(Clone, PartialEq, Eq)]
pub struct Sms114 {
    pub number: String,
    pub text: String,
    pub encoding: SmsEncoding,
    pub segments: u32,
    /// The free text was shortened to fit.
    pub truncated: bool,
}

/// The essentials the 114 operator asks first. `Debug` hides the location
/// and the texts.
#[derive(Clone, Default, PartialEq)]
pub struct Sms114Request {
    /// One of the chat categories (`crate::chat::CATEGORIES`).
    pub category: String,
    pub fix: Option<LocationFix>,
    /// What the person can add about the place ("3e étage, porte gauche").
    pub place_details: Option<String>,
    pub attacker_present: bool,
    pub weapon: bool,
    pub injured: bool,
    pub children_present: bool,
    /// Free text, cut to fit.
    pub free_text: Option<String>,
}

impl std::fmt::Debug for Sms114 {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Sms114")
            .field("number", &self.number)
            .field("encoding", &self.encoding)
            .field("segments", &self.segments)
            .field("truncated", &self.truncated)
            .finish_non_exhaustive()
    }
}

impl std::fmt::Debug for Sms114Request {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Sms114Request")
            .field("category", &self.category)
            .field("attacker_present", &self.attacker_present)
            .field("weapon", &self.weapon)
            .field("injured", &self.injured)
            .field("children_present", &self.children_present)
            .finish_non_exhaustive()
    }
}

/// Septets a character costs in GSM-7, or `None` when it is not in it.
pub fn gsm7_cost(c: char) -> Option<u32> {
    if GSM7_BASIC.contains(c) {
        Some(1)
    } else if GSM7_EXTENSION.contains(c) {
        Some(2)
    } else {
        None
    }
}

/// Encoding, size and number of segments of `text`.
pub fn count(text: &str) -> SmsCount {
    let gsm: Option<Vec<u32>> = text.chars().map(gsm7_cost).collect();
    let (encoding, costs, single, multi) = match gsm {
        Some(costs) => (SmsEncoding::Gsm7, costs, 160, 153),
        None => (
            SmsEncoding::Ucs2,
            text.chars().map(|c| c.len_utf16() as u32).collect(),
            70,
            67,
        ),
    };
    let units: u32 = costs.iter().sum();
    // An empty text still takes one segment.
    let segments = if units <= single {
        1
    } else {
        // A character (escape pair, surrogate pair) never straddles two
        // segments.
        let mut segments = 1;
        let mut used = 0;
        for cost in costs {
            if used + cost > multi {
                segments += 1;
                used = 0;
            }
            used += cost;
        }
        segments
    };
    SmsCount {
        encoding,
        units,
        segments,
    }
}

/// Replaces letters outside GSM-7 by their plain equivalent when there is
/// one ("ê"→"e", "œ"→"oe", "ç"→"c", "«"→"\""); other characters are kept.
pub fn fold_to_gsm7(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if gsm7_cost(c).is_some() {
            out.push(c);
            continue;
        }
        let folded: &str = match c {
            'á' | 'â' | 'ã' | 'ā' => "a",
            'À' | 'Á' | 'Â' | 'Ã' => "A",
            'ê' | 'ë' | 'ē' => "e",
            'È' | 'Ê' | 'Ë' => "E",
            'í' | 'î' | 'ï' => "i",
            'Ì' | 'Í' | 'Î' | 'Ï' => "I",
            'ó' | 'ô' | 'õ' => "o",
            'Ò' | 'Ó' | 'Ô' | 'Õ' => "O",
            'ú' | 'û' => "u",
            'Ù' | 'Ú' | 'Û' => "U",
            'ý' | 'ÿ' => "y",
            'ç' => "c",
            'œ' => "oe",
            'Œ' => "OE",
            '«' | '»' | '“' | '”' => "\"",
            '‘' | '’' => "'",
            '–' | '—' => "-",
            '…' => "...",
            '\u{a0}' | '\u{202f}' | '\t' => " ",
            _ => {
                out.push(c);
                continue;
            }
        };
        out.push_str(folded);
    }
    out
}

/// The situation in the 114's words (French, GSM-7).
fn situation(category: &str) -> &'static str {
    match category {
        "domestic_violence" => "Violences conjugales/familiales",
        "sexual_violence" => "Violences sexuelles",
        "harassment" => "Harcelement",
        "assault" => "Agression en cours",
        "armed_individual" => "Individu arme",
        "intrusion" => "Intrusion",
        "theft" => "Vol",
        "burglary" => "Cambriolage",
        "threat" => "Menaces",
        "discrimination" => "Discrimination",
        "child_in_danger" => "Enfant en danger",
        "missing_person" => "Disparition",
        "suspicious_behaviour" => "Comportement suspect",
        "refused_check" => "Refus de controle, agent de securite",
        "fire_evacuation" => "Incendie/evacuation",
        _ => "Urgence",
    }
}

/// Composes the SMS for 114. The fixed part (situation, "cannot speak",
/// place, coordinates, essentials) always fits; the place details and the
/// free text are cut to stay within [`MAX_SEGMENTS`].
pub fn compose_sms_114(request: &Sms114Request) -> Result<Sms114> {
    if !CATEGORIES.contains(&request.category.as_str()) {
        return Err(Error::InvalidInput {
            field: "category",
            reason: format!(
                "unknown category; expected one of: {}",
                CATEGORIES.join(", ")
            ),
        });
    }
    let mut head = format!(
        "URGENCE 114. {}. Je ne peux pas parler.",
        situation(&request.category)
    );
    match &request.fix {
        Some(fix) => {
            let assessed = places::locate(fix, 0)?;
            if let Some(commune) = &assessed.commune {
                head.push_str(" Lieu: ");
                head.push_str(&commune.name);
                if let Some(postcode) = &commune.postcode {
                    head.push_str(&format!(" ({postcode})"));
                }
                head.push('.');
            }
            head.push_str(&format!(
                " GPS {:.5},{:.5} +/-{}m",
                fix.lat,
                fix.lon,
                fix.accuracy_m.round() as u64
            ));
            let q = assessed.quality;
            if q.stale {
                head.push_str(&format!(" (il y a {} min)", q.age_s / 60));
            }
            if q.imprecise {
                head.push_str(" (imprecis)");
            }
            head.push('.');
        }
        None => head.push_str(" Position GPS inconnue."),
    }
    let essentials: Vec<&str> = [
        (request.attacker_present, "Agresseur present"),
        (request.weapon, "Arme"),
        (request.injured, "Blesse(s)"),
        (request.children_present, "Enfants presents"),
    ]
    .iter()
    .filter(|(on, _)| *on)
    .map(|(_, text)| *text)
    .collect();
    if !essentials.is_empty() {
        head.push(' ');
        head.push_str(&essentials.join(", "));
        head.push('.');
    }
    let mut head = fold_to_gsm7(&head);
    let mut truncated = false;
    for (i, extra) in [&request.place_details, &request.free_text]
        .into_iter()
        .enumerate()
    {
        let Some(extra) = extra else { continue };
        let mut extra = fold_to_gsm7(extra.trim());
        if extra.is_empty() {
            continue;
        }
        // The place details end with a full stop before the free text.
        if i == 0 && !extra.ends_with(['.', '!', '?']) {
            extra.push('.');
        }
        let (joined, cut) = append_within(&head, &extra, MAX_SEGMENTS);
        truncated |= cut;
        head = joined;
    }
    let counted = count(&head);
    if counted.segments > MAX_SEGMENTS {
        // Only a fixed part with an absurdly long commune name could.
        return Err(Error::Internal(
            "the SMS's fixed part exceeds its limit".into(),
        ));
    }
    Ok(Sms114 {
        number: SMS_NUMBER.into(),
        text: head,
        encoding: counted.encoding,
        segments: counted.segments,
        truncated,
    })
}

/// `head` + " " + as much of `extra` as fits in `max_segments`, with "..."
/// when cut; whole characters only.
fn append_within(head: &str, extra: &str, max_segments: u32) -> (String, bool) {
    let full = format!("{head} {extra}");
    if count(&full).segments <= max_segments {
        return (full, false);
    }
    // Longest prefix (in characters) that fits with the ellipsis: the count
    // only grows with the prefix, so a binary search is exact.
    let boundaries: Vec<usize> = extra.char_indices().map(|(i, _)| i).collect();
    let fits = |n: usize| {
        let cut = boundaries.get(n).copied().unwrap_or(extra.len());
        count(&format!("{head} {}...", extra[..cut].trim_end())).segments <= max_segments
    };
    let (mut lo, mut hi) = (0usize, boundaries.len());
    while lo < hi {
        let mid = (lo + hi).div_ceil(2);
        if fits(mid) {
            lo = mid;
        } else {
            hi = mid - 1;
        }
    }
    if lo == 0 {
        return (head.to_string(), true);
    }
    let cut = boundaries.get(lo).copied().unwrap_or(extra.len());
    (format!("{head} {}...", extra[..cut].trim_end()), true)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chat::LocationSource;

    #[test]
    fn e_acute_is_gsm7_and_oe_ligature_is_not() {
        assert_eq!(count("é").encoding, SmsEncoding::Gsm7);
        assert_eq!(count("œ").encoding, SmsEncoding::Ucs2);
        assert_eq!(count("ç").encoding, SmsEncoding::Ucs2, "only Ç is in GSM-7");
        assert_eq!(count("Ç").encoding, SmsEncoding::Gsm7);
        assert_eq!(count("€").units, 2, "extension characters cost two septets");
    }

    #[test]
    fn segments_follow_the_limits() {
        assert_eq!(count(&"a".repeat(160)).segments, 1);
        assert_eq!(count(&"a".repeat(161)).segments, 2);
        assert_eq!(count(&"a".repeat(306)).segments, 2);
        assert_eq!(count(&"a".repeat(307)).segments, 3);
        assert_eq!(count(&"ê".repeat(70)).segments, 1);
        assert_eq!(count(&"ê".repeat(71)).segments, 2);
        assert_eq!(count(&"ê".repeat(134)).segments, 2);
        assert_eq!(count(&"ê".repeat(135)).segments, 3);
        // 152 septets then an escape pair: the pair moves to segment 2.
        let text = format!("{}€{}", "a".repeat(152), "a".repeat(10));
        assert_eq!(count(&text).units, 164);
        assert_eq!(count(&text).segments, 2);
        // An emoji is a surrogate pair: two UCS-2 units.
        assert_eq!(count("🙂").units, 2);
    }

    #[test]
    fn folding_keeps_french_readable_in_gsm7() {
        assert_eq!(
            fold_to_gsm7("cœur fêlé à Noël, ça"),
            "coeur felé à Noel, ca"
        );
        assert_eq!(
            count(&fold_to_gsm7("cœur fêlé")).encoding,
            SmsEncoding::Gsm7
        );
        assert_eq!(fold_to_gsm7("مرحبا"), "مرحبا");
    }

    fn request(free_text: &str) -> Sms114Request {
        Sms114Request {
            category: "domestic_violence".into(),
            fix: Some(LocationFix {
                lat: 48.8566,
                lon: 2.3522,
                accuracy_m: 15.0,
                source: LocationSource::Manual,
                time_ms: 1_700_000_000_000,
            }),
            place_details: Some("3e étage, porte gauche".into()),
            attacker_present: true,
            weapon: true,
            injured: false,
            children_present: false,
            free_text: Some(free_text.into()),
        }
    }

    #[test]
    fn the_sms_names_the_place_and_the_essentials() {
        let sms = compose_sms_114(&request("Il me frappe")).unwrap();
        assert_eq!(sms.number, "114");
        assert!(sms.text.contains("Paris"), "{}", sms.text);
        assert!(sms.text.contains("48.85660,2.35220 +/-15m"), "{}", sms.text);
        assert!(sms.text.contains("Agresseur present, Arme"), "{}", sms.text);
        assert!(
            sms.text.contains("Arme. 3e étage, porte gauche. Il"),
            "{}",
            sms.text
        );
        assert!(sms.text.ends_with("Il me frappe"));
        assert_eq!(sms.encoding, SmsEncoding::Gsm7);
        assert!(!sms.truncated);
        assert_eq!(sms.segments, count(&sms.text).segments);
    }

    #[test]
    fn long_free_text_is_cut_at_a_character_boundary() {
        let sms = compose_sms_114(&request(&"Il a une arme. ".repeat(60))).unwrap();
        assert!(sms.truncated);
        assert_eq!(sms.segments, MAX_SEGMENTS);
        assert!(sms.text.ends_with("..."));
        assert!(count(&sms.text).units <= 3 * 153);
        // Non-Latin free text: UCS-2, still within three segments, whole
        // characters only (the emoji is never split).
        let sms = compose_sms_114(&request(&"مساعدة 🙂 ".repeat(80))).unwrap();
        assert_eq!(sms.encoding, SmsEncoding::Ucs2);
        assert!(sms.truncated && sms.segments <= MAX_SEGMENTS);
        assert!(count(&sms.text).units <= 3 * 67);
    }

    #[test]
    fn unknown_categories_and_bad_fixes_are_refused() {
        let mut bad = request("x");
        bad.category = "pizza".into();
        assert!(matches!(
            compose_sms_114(&bad),
            Err(Error::InvalidInput {
                field: "category",
                ..
            })
        ));
        let mut bad = request("x");
        bad.fix = bad.fix.map(|f| LocationFix { lat: f64::NAN, ..f });
        assert!(compose_sms_114(&bad).is_err());
        let mut no_fix = request("x");
        no_fix.fix = None;
        assert!(compose_sms_114(&no_fix)
            .unwrap()
            .text
            .contains("Position GPS inconnue"));
    }
}
