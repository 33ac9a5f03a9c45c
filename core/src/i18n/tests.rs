//! The resources are complete and well formed, negotiation falls back
//! sensibly, plurals follow CLDR, directions are right.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::str::FromStr;

use fluent_bundle::FluentResource;
use fluent_syntax::ast;

use super::*;

fn tags(list: &[&str]) -> Vec<LanguageTag> {
    list.iter()
        .map(|t| LanguageTag::parse(t).expect("tag"))
        .collect()
}

fn variables(pattern: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(expression: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for v in variants {
                variables(&v.value, out);
            }
        }
        ast::Expression::Inline(inline) => inline_variables(inline, out),
    }
}

fn inline_variables(inline: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        ast::InlineExpression::Placeable { expression } => expression_variables(expression, out),
        _ => {}
    }
}

fn messages(source: &'static str) -> HashMap<String, BTreeSet<String>> {
    let resource = FluentResource::try_new(source.to_string()).expect("parses");
    let mut found = HashMap::new();
    for entry in resource.entries() {
        if let ast::Entry::Message(message) = entry {
            let mut vars = BTreeSet::new();
            if let Some(value) = &message.value {
                variables(value, &mut vars);
            }
            found.insert(message.id.name.to_string(), vars);
        }
    }
    found
}

#[test]
fn the_embedded_list_matches_the_directories() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("i18n");
    let mut on_disk: Vec<String> = std::fs::read_dir(dir)
        .expect("i18n dir")
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    on_disk.sort();
    let embedded: Vec<String> = resources::RESOURCES
        .iter()
        .map(|(t, _)| t.to_string())
        .collect();
    assert_eq!(embedded, on_disk);
}

#[test]
fn every_resource_parses_and_has_every_critical_message_with_the_source_variables() {
    let french = messages(
        resources::RESOURCES
            .iter()
            .find(|(t, _)| *t == "fr")
            .expect("fr")
            .1,
    );
    let critical = critical_ids();
    assert!(critical.len() >= 18);
    for (tag, source) in resources::RESOURCES.iter() {
        assert!(
            FluentResource::try_new(source.to_string()).is_ok(),
            "{tag} does not parse"
        );
        let found = messages(source);
        for id in &critical {
            let vars = found.get(*id).unwrap_or_else(|| panic!("{tag} lacks {id}"));
            assert_eq!(vars, &french[*id], "{tag}: variables of {id}");
        }
        for (id, vars) in &found {
            if let Some(source_vars) = french.get(id) {
                assert_eq!(vars, source_vars, "{tag}: variables of {id}");
            }
        }
    }
}

#[test]
fn at_least_130_locales_and_honest_statuses() {
    let all = available_locales();
    assert!(all.len() >= 130, "{} locales", all.len());
    let reviewed: Vec<&str> = all
        .iter()
        .filter(|l| l.status == ReviewStatus::Reviewed)
        .map(|l| l.tag.as_str())
        .collect();
    assert_eq!(reviewed, ["en", "fr"]);
    for rtl in ["ar", "he", "fa", "ur", "ps", "ckb", "sd", "ug", "yi", "dv"] {
        let locale = all
            .iter()
            .find(|l| l.tag == rtl)
            .unwrap_or_else(|| panic!("{rtl} missing"));
        assert_eq!(locale.direction, TextDirection::RightToLeft, "{rtl}");
    }
    assert_eq!(
        all.iter().find(|l| l.tag == "fr").map(|l| l.direction),
        Some(TextDirection::LeftToRight)
    );
}

#[test]
fn negotiation_picks_sensible_fallbacks() {
    assert_eq!(negotiate(&tags(&["pt-BR"]))[0], "pt-BR");
    assert_eq!(negotiate(&tags(&["pt-PT"]))[0], "pt");
    assert_eq!(negotiate(&tags(&["zh-Hant-TW"]))[0], "zh-Hant");
    assert_eq!(negotiate(&tags(&["ar-MA", "fr"]))[..2], ["ar", "fr"]);
    let unknown = negotiate(&tags(&["kw"]));
    assert_eq!(unknown, ["en", "fr"], "no Cornish: English, then French");
    assert_eq!(negotiate(&[]), ["en", "fr"]);
}

#[test]
fn messages_fall_back_along_the_chain_and_plurals_follow_cldr() {
    let arabic = Localizer::new(&tags(&["ar"]));
    let (text, locale) = arabic
        .format("chat-cannot-talk", &HashMap::new())
        .expect("critical");
    assert_eq!(locale, "ar");
    assert!(text.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)));
    let (_, locale) = arabic
        .format("settings-title", &HashMap::new())
        .unwrap_or_default_locale();
    assert_ne!(locale, "ar", "non-critical text falls back");

    let french = Localizer::new(&tags(&["fr"]));
    let position = |n: f64| {
        let args = HashMap::from([("position".to_string(), Arg::Number(n))]);
        french
            .format("chat-queue-position", &args)
            .expect("message")
            .0
    };
    assert_ne!(
        position(1.0),
        position(2.0),
        "first in line is said differently"
    );
    assert!(position(21.0).contains('2'), "{}", position(21.0));
    let (with_receipt, _) = french
        .format(
            "report-received",
            &HashMap::from([("receipt".to_string(), Arg::Text("AB12".into()))]),
        )
        .expect("message");
    assert!(
        with_receipt.contains("\u{2068}AB12\u{2069}"),
        "placeables are isolated: {with_receipt}"
    );
}

trait OrDefaultLocale {
    fn unwrap_or_default_locale(self) -> (String, &'static str);
}

impl OrDefaultLocale for Option<(String, &'static str)> {
    fn unwrap_or_default_locale(self) -> (String, &'static str) {
        self.unwrap_or((String::new(), "none"))
    }
}

/// The plural categories Fluent can select for `tag`, each with the sample
/// numbers that select it: Fluent negotiates the tag against
/// intl_pluralrules' locales (lookup, English by default, as
/// `fluent_bundle::types::plural` does); we ask those rules about integers
/// 0–1,000, some larger ones, and decimals 0.0–10.0. Returns the rules'
/// locale too.
fn selectable_categories(tag: &str) -> (String, BTreeMap<&'static str, Vec<f64>>) {
    use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
    let id = LanguageIdentifier::from_str(tag).expect("tag");
    let english = LanguageIdentifier::from_str("en").expect("en");
    let available = PluralRules::get_locales(PluralRuleType::CARDINAL);
    let rules_locale = fluent_langneg::negotiate_languages(
        &[id],
        &available,
        Some(&english),
        fluent_langneg::NegotiationStrategy::Lookup,
    )[0]
    .clone();
    let rules = PluralRules::create(rules_locale.clone(), PluralRuleType::CARDINAL).expect("rules");
    let name = |c: PluralCategory| match c {
        PluralCategory::ZERO => "zero",
        PluralCategory::ONE => "one",
        PluralCategory::TWO => "two",
        PluralCategory::FEW => "few",
        PluralCategory::MANY => "many",
        PluralCategory::OTHER => "other",
    };
    let mut found: BTreeMap<&'static str, Vec<f64>> = BTreeMap::new();
    let integers = (0..=1000u64).chain([10_000, 100_000, 1_000_000, 10_000_000]);
    for n in integers {
        if let Ok(c) = rules.select(n) {
            found.entry(name(c)).or_default().push(n as f64);
        }
    }
    for tenths in 0..=100u32 {
        let text = format!("{}.{}", tenths / 10, tenths % 10);
        if let Ok(c) = rules.select(text.as_str()) {
            found
                .entry(name(c))
                .or_default()
                .push(f64::from(tenths) / 10.0);
        }
    }
    (rules_locale.to_string(), found)
}

/// Locales that rely on `*[other]` for categories their language has:
/// documented in core/i18n/README.md ("Plurals"). Empty: none does.
const DOCUMENTED_DEFAULT_ONLY: &[(&str, &str)] = &[];

#[test]
fn plural_selectors_cover_every_cldr_category_of_their_locale() {
    const CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];
    let mut problems = Vec::new();
    let mut plural_selects = 0;
    for (tag, source) in resources::RESOURCES.iter() {
        let resource = FluentResource::try_new(source.to_string()).expect("parses");
        let (rules_locale, required) = selectable_categories(tag);
        for entry in resource.entries() {
            let ast::Entry::Message(message) = entry else {
                continue;
            };
            let Some(value) = &message.value else {
                continue;
            };
            for element in &value.elements {
                let ast::PatternElement::Placeable {
                    expression: ast::Expression::Select { selector, variants },
                } = element
                else {
                    continue;
                };
                let ast::InlineExpression::VariableReference { id: var } = selector else {
                    continue;
                };
                let mut keys = BTreeSet::new();
                let mut exact: Vec<f64> = Vec::new();
                for variant in variants {
                    match &variant.key {
                        ast::VariantKey::Identifier { name } => {
                            keys.insert(*name);
                        }
                        ast::VariantKey::NumberLiteral { value } => {
                            exact.push(value.parse().expect("numeric key"))
                        }
                    }
                }
                // A select on a number: numeric keys or plural categories
                // beyond `other`.
                let plural = !exact.is_empty()
                    || keys.iter().any(|k| *k != "other" && CATEGORIES.contains(k));
                if !plural {
                    continue;
                }
                plural_selects += 1;
                let id = message.id.name;
                for key in &keys {
                    if !CATEGORIES.contains(key) {
                        problems.push(format!(
                            "{tag} {id} ${}: `{key}` is no CLDR category",
                            var.name
                        ));
                    }
                }
                // A category is covered by its variant, or when every number
                // that selects it has an exact key, which Fluent tries first
                // (English rules' `one` is only 1, caught by `[1]`, in the
                // locales whose language has no rules of its own).
                let missing: Vec<&str> = required
                    .iter()
                    .filter(|(c, samples)| {
                        !keys.contains(*c) && !samples.iter().all(|n| exact.contains(n))
                    })
                    .map(|(c, _)| *c)
                    .collect();
                if missing.is_empty() {
                    continue;
                }
                let documented = DOCUMENTED_DEFAULT_ONLY
                    .iter()
                    .any(|(t, m)| t == tag && *m == id);
                if !documented {
                    problems.push(format!(
                        "{tag} {id} ${}: no variant for {missing:?} (rules of {rules_locale})",
                        var.name
                    ));
                }
            }
        }
    }
    assert!(
        plural_selects >= 140,
        "only {plural_selects} plural selects found"
    );
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn the_category_sampling_finds_what_cldr_says() {
    let cats = |tag: &str| selectable_categories(tag).1.into_keys().collect::<Vec<_>>();
    assert_eq!(cats("ar"), ["few", "many", "one", "other", "two", "zero"]);
    assert_eq!(cats("ru"), ["few", "many", "one", "other"]);
    assert_eq!(cats("ja"), ["other"]);
    assert_eq!(cats("en"), ["one", "other"]);
    // A tag without rules of its own gets English's, as in Fluent.
    let (locale, english) = selectable_categories("mi");
    assert_eq!(locale, "en");
    assert_eq!(english["one"], [1.0]);
}
