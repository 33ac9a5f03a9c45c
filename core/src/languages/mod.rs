//! Languages: the tags discret accepts, and the picker list with each
//! language's autonym, English name and text direction.

mod table;

use std::str::FromStr;

use unic_langid::LanguageIdentifier;

use crate::error::{Error, Result};

/// Text direction of a language's usual script.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextDirection {
    LeftToRight,
    RightToLeft,
}

/// One entry of the language picker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Language {
    /// BCP 47 tag, e.g. "fr", "ar", "zh-Hant".
    pub tag: String,
    /// The language's name in itself, e.g. "العربية".
    pub autonym: String,
    pub english_name: String,
    pub direction: TextDirection,
}

/// A well-formed BCP 47 tag whose language discret knows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LanguageTag(LanguageIdentifier);

impl LanguageTag {
    /// Parses and checks a tag: well-formed, and its language in the table.
    pub fn parse(text: &str) -> Result<Self> {
        let invalid = |reason: String| Error::InvalidInput {
            field: "language",
            reason,
        };
        let trimmed = text.trim();
        if trimmed.is_empty() {
            return Err(invalid("a language tag is empty".into()));
        }
        if trimmed.len() > discret_protocol::limits::MAX_SHORT_FIELD_CHARS {
            return Err(invalid("a language tag is too long".into()));
        }
        let id = LanguageIdentifier::from_str(trimmed).map_err(|_| {
            invalid(format!(
                "`{trimmed}` is not a well-formed BCP 47 language tag"
            ))
        })?;
        let language = id.language.as_str();
        if !table::LANGUAGES
            .iter()
            .any(|(tag, ..)| primary(tag) == language)
        {
            return Err(invalid(format!(
                "`{trimmed}` names a language discret does not know"
            )));
        }
        Ok(LanguageTag(id))
    }

    /// The primary language subtag, e.g. "pt" for "pt-BR".
    pub fn language(&self) -> &str {
        self.0.language.as_str()
    }

    pub fn direction(&self) -> TextDirection {
        direction_of(self)
    }
}

impl std::fmt::Display for LanguageTag {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

fn primary(tag: &str) -> &str {
    tag.split('-').next().unwrap_or(tag)
}

fn direction_of(tag: &LanguageTag) -> TextDirection {
    let full = tag.to_string();
    let rtl = table::LANGUAGES
        .iter()
        .find(|(t, ..)| *t == full)
        .or_else(|| table::LANGUAGES.iter().find(|(t, ..)| *t == tag.language()))
        .is_some_and(|(.., rtl)| *rtl);
    if rtl {
        TextDirection::RightToLeft
    } else {
        TextDirection::LeftToRight
    }
}

/// The language the app falls back to: French, the source language.
pub fn default_language() -> LanguageTag {
    // "fr" always parses; `und` would only follow a broken unic-langid.
    LanguageTag(LanguageIdentifier::from_str("fr").unwrap_or_default())
}

/// Every language of the picker, sorted by tag.
pub fn supported_languages() -> Vec<Language> {
    table::LANGUAGES
        .iter()
        .map(|(tag, autonym, english, rtl)| Language {
            tag: tag.to_string(),
            autonym: autonym.to_string(),
            english_name: english.to_string(),
            direction: if *rtl {
                TextDirection::RightToLeft
            } else {
                TextDirection::LeftToRight
            },
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_are_checked_for_form_and_language() {
        assert_eq!(LanguageTag::parse("pt-BR").unwrap().language(), "pt");
        assert_eq!(LanguageTag::parse(" zh-Hant-TW ").unwrap().language(), "zh");
        assert!(LanguageTag::parse("").is_err());
        assert!(LanguageTag::parse("fr_FR!").is_err());
        assert!(LanguageTag::parse("qqq").is_err());
    }

    #[test]
    fn directions_follow_the_script() {
        assert_eq!(
            LanguageTag::parse("ar-MA").unwrap().direction(),
            TextDirection::RightToLeft
        );
        assert_eq!(
            LanguageTag::parse("he").unwrap().direction(),
            TextDirection::RightToLeft
        );
        assert_eq!(
            LanguageTag::parse("fr").unwrap().direction(),
            TextDirection::LeftToRight
        );
        let list = supported_languages();
        assert!(list.len() >= 130, "{} languages", list.len());
        let fa = list.iter().find(|l| l.tag == "fa").unwrap();
        assert_eq!(fa.direction, TextDirection::RightToLeft);
        assert!(!fa.autonym.is_empty() && fa.english_name == "Persian");
    }
}
