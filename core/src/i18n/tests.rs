//! The resources are complete and well formed, negotiation falls back
//! sensibly, plurals follow CLDR, directions are right.

use std::collections::{BTreeSet, HashMap};

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
