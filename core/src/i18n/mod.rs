//! UI text in 140+ languages (Project Fluent): the embedded resources, the
//! negotiation from the device's ordered languages to a chain of locales
//! (each message falls back along it, ending in English then French), the
//! CLDR plural rules Fluent applies, text direction, each locale's review
//! status, and the sanitising of chat text against bidi spoofing.

mod resources;

use std::collections::HashMap;
use std::str::FromStr;
use std::sync::{Arc, OnceLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

use crate::languages::{LanguageTag, TextDirection};

/// Whether native speakers reviewed a locale's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReviewStatus {
    Reviewed,
    NeedsNativeReview,
}

/// One available locale.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocaleInfo {
    pub tag: String,
    pub status: ReviewStatus,
    pub direction: TextDirection,
    /// The full UI (fr, en) or only the critical messages.
    pub full_ui: bool,
}

/// The ids every locale must translate (core/i18n/critical.txt).
pub fn critical_ids() -> Vec<&'static str> {
    include_str!("../../i18n/critical.txt")
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
}

/// An argument of a message: numbers select plural forms.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    Text(String),
    Number(f64),
}

type Bundle = FluentBundle<FluentResource>;

struct Locale {
    tag: &'static str,
    source: &'static str,
    bundle: OnceLock<Option<Arc<Bundle>>>,
}

fn locales() -> &'static [Locale] {
    static LOCALES: OnceLock<Vec<Locale>> = OnceLock::new();
    LOCALES.get_or_init(|| {
        resources::RESOURCES
            .iter()
            .map(|(tag, source)| Locale {
                tag,
                source,
                bundle: OnceLock::new(),
            })
            .collect()
    })
}

/// Parses a locale's resource into a bundle.
fn build_bundle(tag: &str, source: &str) -> Option<Bundle> {
    let id = LanguageIdentifier::from_str(tag).ok()?;
    let resource = FluentResource::try_new(source.to_string()).ok()?;
    let mut bundle = Bundle::new_concurrent(vec![id]);
    bundle.add_resource(resource).ok()?;
    Some(bundle)
}

fn fluent_args(args: &HashMap<String, Arg>) -> FluentArgs<'_> {
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        match value {
            Arg::Text(text) => fluent_args.set(name.clone(), FluentValue::from(text.clone())),
            Arg::Number(n) => fluent_args.set(name.clone(), FluentValue::from(*n)),
        }
    }
    fluent_args
}

/// The message `id` of `bundle`; `Err(())` when it failed to format.
fn format_in(bundle: &Bundle, id: &str, args: &FluentArgs) -> Option<Result<String, ()>> {
    let pattern = bundle.get_message(id)?.value()?;
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, Some(args), &mut errors);
    Some(if errors.is_empty() {
        Ok(text.into_owned())
    } else {
        Err(())
    })
}

/// One locale's bundle, freshly parsed from its embedded resource. The
/// [`Localizer`] parses each locale once and keeps it; this type is for
/// tools and benchmarks that measure or check one locale on its own.
pub struct LoadedLocale {
    bundle: Bundle,
}

impl LoadedLocale {
    /// Parses the embedded resource of `tag` (exact tag, e.g. `pt-BR`).
    pub fn load(tag: &str) -> Option<LoadedLocale> {
        let locale = locales().iter().find(|l| l.tag == tag)?;
        build_bundle(locale.tag, locale.source).map(|bundle| LoadedLocale { bundle })
    }

    /// The message `id` in this locale only, placeables isolated.
    pub fn format(&self, id: &str, args: &HashMap<String, Arg>) -> Option<String> {
        format_in(&self.bundle, id, &fluent_args(args))?.ok()
    }
}

/// The size of every embedded locale resource, in bytes (FTL text).
pub fn embedded_resource_bytes() -> usize {
    resources::RESOURCES.iter().map(|(_, s)| s.len()).sum()
}

/// Inflates the embedded blob again (what the first use of any locale
/// costs, once per process); returns the bytes of FTL text. For the
/// benchmark.
#[doc(hidden)]
pub fn inflate_resources_again() -> usize {
    resources::unpack_text().map_or(0, |t| t.len())
}

/// What the resources weigh in the library: the deflated blob, in bytes.
pub fn packed_resource_bytes() -> usize {
    resources::PACKED.len()
}

impl Locale {
    /// Parses the resource on first use (only the locales a user needs).
    fn bundle(&self) -> Option<Arc<Bundle>> {
        self.bundle
            .get_or_init(|| build_bundle(self.tag, self.source).map(Arc::new))
            .clone()
    }

    fn status(&self) -> ReviewStatus {
        let reviewed = self
            .source
            .lines()
            .take(5)
            .any(|l| l.trim() == "# status: reviewed");
        if reviewed {
            ReviewStatus::Reviewed
        } else {
            ReviewStatus::NeedsNativeReview
        }
    }
}

/// Every available locale, sorted by tag.
pub fn available_locales() -> Vec<LocaleInfo> {
    locales()
        .iter()
        .map(|l| LocaleInfo {
            tag: l.tag.to_string(),
            status: l.status(),
            direction: LanguageTag::parse(l.tag)
                .map_or(TextDirection::LeftToRight, |t| t.direction()),
            full_ui: l.source.contains("\nhome-title") || l.tag == "fr" || l.tag == "en",
        })
        .collect()
}

/// The locales to try, best first. For each of the device's languages in
/// order: the longest available prefix of its tag (RFC 4647 lookup:
/// `zh-Hant-TW` → `zh-Hant`, `pt-BR` → `pt-BR`), else Fluent's negotiation
/// (`pt-PT` → `pt`); then English, then French (the source).
pub fn negotiate(preferred: &[LanguageTag]) -> Vec<&'static str> {
    let available: Vec<LanguageIdentifier> = locales()
        .iter()
        .filter_map(|l| LanguageIdentifier::from_str(l.tag).ok())
        .collect();
    let find = |tag: &str| {
        locales()
            .iter()
            .find(|l| l.tag.eq_ignore_ascii_case(tag))
            .map(|l| l.tag)
    };
    let mut chain: Vec<&'static str> = Vec::new();
    let add = |tag: &'static str, chain: &mut Vec<&'static str>| {
        if !chain.contains(&tag) {
            chain.push(tag);
        }
    };
    for wanted in preferred {
        let text = wanted.to_string();
        let parts: Vec<&str> = text.split('-').collect();
        let lookup = (1..=parts.len())
            .rev()
            .find_map(|n| find(&parts[..n].join("-")));
        match lookup {
            Some(tag) => add(tag, &mut chain),
            None => {
                let Ok(id) = LanguageIdentifier::from_str(&text) else {
                    continue;
                };
                let matched = fluent_langneg::negotiate_languages(
                    &[id],
                    &available,
                    None,
                    fluent_langneg::NegotiationStrategy::Lookup,
                );
                if let Some(tag) = matched.first().and_then(|m| find(&m.to_string())) {
                    add(tag, &mut chain);
                }
            }
        }
    }
    for fallback in ["en", "fr"] {
        if let Some(tag) = find(fallback) {
            add(tag, &mut chain);
        }
    }
    chain
}

/// Formats messages along a negotiated chain of locales.
#[derive(Debug, Clone)]
pub struct Localizer {
    chain: Vec<&'static str>,
}

impl Localizer {
    pub fn new(preferred: &[LanguageTag]) -> Self {
        Localizer {
            chain: negotiate(preferred),
        }
    }

    /// The locale chain, best first.
    pub fn chain(&self) -> &[&'static str] {
        &self.chain
    }

    /// The message `id` in the best locale that has it, with placeables
    /// isolated (U+2068…U+2069) for bidi safety; `None` if no locale has it.
    pub fn format(&self, id: &str, args: &HashMap<String, Arg>) -> Option<(String, &'static str)> {
        let fluent_args = fluent_args(args);
        for tag in &self.chain {
            let Some(locale) = locales().iter().find(|l| l.tag == *tag) else {
                continue;
            };
            let Some(bundle) = locale.bundle() else {
                continue;
            };
            let Some(formatted) = format_in(&bundle, id, &fluent_args) else {
                continue;
            };
            if let Ok(text) = formatted {
                return Some((text, locale.tag));
            }
            tracing::warn!(
                id,
                locale = locale.tag,
                "a message failed to format; trying the next locale"
            );
        }
        None
    }
}

pub use discret_protocol::text::sanitize_bidi;

#[cfg(test)]
mod tests;
