//! Practical safety guides and the minors' space, offline: the texts of
//! `core/guides/<lang>.txt` are deflated into the library by `build.rs`,
//! inflated on first use, and searched accent- and case-insensitively
//! ("é"→"e", "œ"→"oe"), titles weighing more than bodies.
//!
//! File format: each guide starts with a line
//! `=== id | all|minors | Title`, then `numbers: 17 112 …`, then its body.

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::emergency::{emergency_numbers, EmergencyNumber};
use crate::i18n::Localizer;

static PACKED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/guides.deflate"));
include!(concat!(env!("OUT_DIR"), "/guides.rs"));

/// Who a guide is written for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Audience {
    Everyone,
    /// The minors' space: simpler words, their numbers.
    Minors,
}

/// One guide in one language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Guide {
    /// The same in every language, e.g. "domestic-violence".
    pub id: String,
    pub language: String,
    pub audience: Audience,
    pub title: String,
    /// Paragraphs separated by blank lines.
    pub body: String,
    /// Numbers the guide names, e.g. ["17", "3919"].
    pub numbers: Vec<String>,
}

/// A search result.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GuideHit {
    pub guide: Guide,
    /// Higher is better.
    pub score: u32,
}

struct Loaded {
    guide: Guide,
    title_words: Vec<String>,
    body_words: Vec<String>,
}

/// Every guide of every language, parsed once.
fn all() -> &'static [Loaded] {
    static ALL: OnceLock<Vec<Loaded>> = OnceLock::new();
    ALL.get_or_init(|| {
        let Ok(bytes) =
            miniz_oxide::inflate::decompress_to_vec_with_limit(PACKED, GUIDES_UNPACKED_LEN)
        else {
            tracing::error!("the embedded guides do not inflate");
            return Vec::new();
        };
        let text = String::from_utf8_lossy(&bytes);
        let mut out = Vec::new();
        for (lang, start, len) in GUIDE_INDEX {
            if let Some(part) = text.get(*start..start + len) {
                out.extend(parse(lang, part));
            }
        }
        out
    })
}

fn parse(lang: &str, text: &str) -> Vec<Loaded> {
    let mut guides = Vec::new();
    for block in text.split("\n=== ").map(|b| b.trim_start_matches("=== ")) {
        let mut lines = block.lines();
        let Some(header) = lines.next() else { continue };
        let parts: Vec<&str> = header.split('|').map(str::trim).collect();
        let [id, audience, title] = parts[..] else {
            continue;
        };
        let mut numbers = Vec::new();
        let mut body = Vec::new();
        for line in lines {
            match line.strip_prefix("numbers:") {
                Some(list) if body.is_empty() => {
                    numbers = list.split(',').map(|n| n.trim().to_string()).collect();
                }
                _ => body.push(line),
            }
        }
        let body = body.join("\n").trim().to_string();
        if id.is_empty() || body.is_empty() {
            continue;
        }
        guides.push(Loaded {
            title_words: words(title),
            body_words: words(&body),
            guide: Guide {
                id: id.into(),
                language: lang.into(),
                audience: if audience == "minors" {
                    Audience::Minors
                } else {
                    Audience::Everyone
                },
                title: title.into(),
                body,
                numbers,
            },
        });
    }
    guides
}

/// Lower case without accents: "Cœur Fêlé" → "coeur fele".
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars().flat_map(char::to_lowercase) {
        let folded = match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' => "a",
            'ç' | 'ć' | 'č' => "c",
            'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ę' => "e",
            'ì' | 'í' | 'î' | 'ï' => "i",
            'ñ' | 'ń' => "n",
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' => "o",
            'ù' | 'ú' | 'û' | 'ü' => "u",
            'ý' | 'ÿ' => "y",
            'œ' => "oe",
            'æ' => "ae",
            'ß' => "ss",
            '’' | '‘' | 'ʼ' => "'",
            _ => {
                out.push(c);
                continue;
            }
        };
        out.push_str(folded);
    }
    out
}

fn words(text: &str) -> Vec<String> {
    fold(text)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(String::from)
        .collect()
}

/// The guides' language for a UI language: French for "fr…", else English.
fn guide_language(language: &str) -> &'static str {
    if language == "fr" || language.starts_with("fr-") {
        "fr"
    } else {
        "en"
    }
}

/// Every guide for `audience` in `language` (French or English), in file
/// order.
pub fn list_guides(language: &str, audience: Audience) -> Vec<Guide> {
    let lang = guide_language(language);
    all()
        .iter()
        .filter(|g| g.guide.language == lang && g.guide.audience == audience)
        .map(|g| g.guide.clone())
        .collect()
}

/// One guide by id.
pub fn guide(id: &str, language: &str) -> Option<Guide> {
    let lang = guide_language(language);
    all()
        .iter()
        .find(|g| g.guide.id == id && g.guide.language == lang)
        .map(|g| g.guide.clone())
}

/// Guides matching every word of `query` (a word matches the beginning of
/// a word of the guide: "harcel" finds "harcèlement"), best first: a title
/// match weighs 10, each body match 1 (at most 5 per word). `audience`
/// `None` searches both.
pub fn search_guides(query: &str, language: &str, audience: Option<Audience>) -> Vec<GuideHit> {
    let terms: Vec<String> = words(query)
        .into_iter()
        .filter(|t| t.chars().count() >= 2)
        .collect();
    if terms.is_empty() {
        return Vec::new();
    }
    let lang = guide_language(language);
    let mut hits: Vec<GuideHit> = all()
        .iter()
        .filter(|g| g.guide.language == lang && audience.is_none_or(|a| a == g.guide.audience))
        .filter_map(|g| {
            let mut score = 0;
            for term in &terms {
                let in_title = g.title_words.iter().any(|w| w.starts_with(term.as_str()));
                let in_body = g
                    .body_words
                    .iter()
                    .filter(|w| w.starts_with(term.as_str()))
                    .count()
                    .min(5) as u32;
                if !in_title && in_body == 0 {
                    return None;
                }
                score += 10 * in_title as u32 + in_body;
            }
            Some(GuideHit {
                guide: g.guide.clone(),
                score,
            })
        })
        .collect();
    hits.sort_by(|a, b| b.score.cmp(&a.score).then(a.guide.id.cmp(&b.guide.id)));
    hits
}

/// What the minors' space shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MinorsSpace {
    pub title: String,
    /// Honest: anonymity can be lifted when a life is in danger.
    pub anonymity_notice: String,
    /// 119 and 3018 first, then 17, 112 and 114.
    pub numbers: Vec<EmergencyNumber>,
    pub guides: Vec<Guide>,
}

/// The minors' space in the localizer's languages.
pub fn minors_space(localizer: &Localizer) -> MinorsSpace {
    let args = HashMap::new();
    let text = |id: &str| {
        localizer
            .format(id, &args)
            .map(|(text, _)| text)
            .unwrap_or_default()
    };
    let table = emergency_numbers();
    let numbers = ["119", "3018", "17", "112", "114"]
        .iter()
        .filter_map(|n| table.iter().find(|row| row.number == *n).cloned())
        .collect();
    let language = localizer.chain().first().copied().unwrap_or("fr");
    MinorsSpace {
        title: text("minors-space-title"),
        anonymity_notice: text("minors-anonymity-notice"),
        numbers,
        guides: list_guides(language, Audience::Minors),
    }
}

/// Bytes of the deflated guides in the library, and inflated.
pub fn embedded_bytes() -> (usize, usize) {
    (PACKED.len(), GUIDES_UNPACKED_LEN)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_removes_accents_and_case() {
        assert_eq!(fold("Cœur FÊLÉ à Noël"), "coeur fele a noel");
        assert_eq!(fold("ÉCOLE"), "ecole");
    }

    #[test]
    fn there_are_twenty_guides_and_five_for_minors_in_both_languages() {
        for lang in ["fr", "en"] {
            let everyone = list_guides(lang, Audience::Everyone);
            let minors = list_guides(lang, Audience::Minors);
            assert!(everyone.len() >= 20, "{lang}: {}", everyone.len());
            assert!(minors.len() >= 5, "{lang}: {}", minors.len());
            for g in everyone.iter().chain(&minors) {
                let words = g.body.split_whitespace().count();
                assert!(
                    (150..=400).contains(&words),
                    "{lang}/{}: {words} words",
                    g.id
                );
                for n in &g.numbers {
                    assert!(g.body.contains(n.as_str()), "{lang}/{} names {n}", g.id);
                }
            }
        }
        let ids = |lang| {
            let mut ids: Vec<String> = list_guides(lang, Audience::Everyone)
                .into_iter()
                .chain(list_guides(lang, Audience::Minors))
                .map(|g| g.id)
                .collect();
            ids.sort();
            ids
        };
        assert_eq!(
            ids("fr"),
            ids("en"),
            "the same guides in French and English"
        );
        let all_fr: String = list_guides("fr", Audience::Everyone)
            .into_iter()
            .chain(list_guides("fr", Audience::Minors))
            .map(|g| g.body)
            .collect();
        for number in ["17", "112", "114", "3919", "119", "3018", "116 006"] {
            assert!(all_fr.contains(number), "{number} missing");
        }
    }

    #[test]
    fn search_ignores_accents_and_case_and_ranks_titles_first() {
        let plain = search_guides("harcelement", "fr", None);
        let accented = search_guides("HARCÈLEMENT", "fr", None);
        assert!(!plain.is_empty());
        assert_eq!(plain, accented);
        assert!(plain.windows(2).all(|w| w[0].score >= w[1].score));
        let top = &plain[0].guide;
        assert!(fold(&top.title).contains("harcelement"), "{}", top.title);
        assert!(search_guides("zzzxqy", "fr", None).is_empty());
        assert!(search_guides("   ", "fr", None).is_empty());
        // "oe" finds "œ"; English search works the same way.
        let oe = search_guides("OEUVRE", "fr", None);
        assert_eq!(oe.len(), 1, "\"oeuvre\" finds \"mettre en œuvre\"");
        assert_eq!(oe[0].guide.id, "filing-a-complaint");
        let en = search_guides("scam bank", "en-GB", None);
        assert!(!en.is_empty() && en[0].guide.language == "en");
        let minors = search_guides("harcelement", "fr", Some(Audience::Minors));
        assert!(!minors.is_empty());
        assert!(minors.iter().all(|h| h.guide.audience == Audience::Minors));
    }

    #[test]
    fn the_minors_space_is_honest_about_anonymity() {
        let tags = [crate::languages::LanguageTag::parse("fr").unwrap()];
        let space = minors_space(&Localizer::new(&tags));
        assert_eq!(space.numbers[0].number, "119");
        assert_eq!(space.numbers[1].number, "3018");
        assert!(space.anonymity_notice.contains("danger"));
        assert!(space.guides.len() >= 5);
        let (packed, unpacked) = embedded_bytes();
        assert!(packed < unpacked / 2, "{packed} of {unpacked}");
    }
}
