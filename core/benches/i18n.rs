//! Benchmarks of the UI text, each against a baseline measured in the same
//! run, printed as ratios:
//! - loading one locale (parse its FTL resource, build the Fluent bundle),
//!   for the full French UI and for one critical-only locale (Arabic);
//! - formatting one message (a plural select with an isolated number) with
//!   a loaded bundle, against `format!` of the same sentence;
//! - then the size of all embedded locale resources and the count of
//!   locales by review status.
//!
//! Run: `cargo bench -p discret-core --bench i18n`.

use std::collections::HashMap;
use std::time::{Duration, Instant};

use criterion::{black_box, Criterion};
use discret_core::i18n::{
    available_locales, embedded_resource_bytes, inflate_resources_again, packed_resource_bytes,
    Arg, LoadedLocale, Localizer, ReviewStatus,
};
use discret_core::languages::LanguageTag;

/// Mean time per call of `f`, repeated for about `budget`.
fn mean_time(budget: Duration, mut f: impl FnMut()) -> Duration {
    let start = Instant::now();
    let mut calls = 0u32;
    while start.elapsed() < budget || calls == 0 {
        f();
        calls += 1;
    }
    start.elapsed() / calls
}

fn position(n: f64) -> HashMap<String, Arg> {
    HashMap::from([("position".to_string(), Arg::Number(n))])
}

fn main() {
    let mut c = Criterion::default()
        .configure_from_args()
        .measurement_time(Duration::from_secs(3))
        .warm_up_time(Duration::from_secs(1));
    let args = position(3.0);
    let french = LoadedLocale::load("fr").expect("fr loads");
    assert!(french
        .format("chat-queue-position", &args)
        .is_some_and(|t| t.contains('3')));
    let localizer = Localizer::new(&[LanguageTag::parse("fr").expect("tag")]);

    c.bench_function("i18n/inflate_all", |b| {
        b.iter(|| black_box(inflate_resources_again()))
    });
    c.bench_function("i18n/load/fr_full_ui", |b| {
        b.iter(|| black_box(LoadedLocale::load("fr").expect("loads")))
    });
    c.bench_function("i18n/load/ar_critical", |b| {
        b.iter(|| black_box(LoadedLocale::load("ar").expect("loads")))
    });
    c.bench_function("i18n/format/loaded_bundle", |b| {
        b.iter(|| black_box(french.format("chat-queue-position", black_box(&args))))
    });
    c.bench_function("i18n/format/localizer_chain", |b| {
        b.iter(|| black_box(localizer.format("chat-queue-position", black_box(&args))))
    });
    c.bench_function("i18n/format/baseline_format_macro", |b| {
        b.iter(|| {
            black_box(format!(
                "Vous êtes \u{2068}{}\u{2069}e dans la file d'attente.",
                black_box(3)
            ))
        })
    });

    // Ratios, measured now in this process.
    let budget = Duration::from_millis(1500);
    let load_fr = mean_time(budget, || {
        black_box(LoadedLocale::load("fr").expect("loads"));
    });
    let inflate = mean_time(budget, || {
        black_box(inflate_resources_again());
    });
    let load_ar = mean_time(budget, || {
        black_box(LoadedLocale::load("ar").expect("loads"));
    });
    let format_loaded = mean_time(budget, || {
        black_box(french.format("chat-queue-position", black_box(&args)));
    });
    let format_chain = mean_time(budget, || {
        black_box(localizer.format("chat-queue-position", black_box(&args)));
    });
    let baseline = mean_time(budget, || {
        black_box(format!(
            "Vous êtes \u{2068}{}\u{2069}e dans la file d'attente.",
            black_box(3)
        ));
    });
    let us = |d: Duration| d.as_secs_f64() * 1e6;
    let ratio = |a: Duration, b: Duration| a.as_secs_f64() / b.as_secs_f64();
    println!();
    println!("== i18n: ratios measured in this run ==");
    println!(
        "load one locale (parse + bundle): fr full UI {:.1} µs, ar critical {:.1} µs; \
         fr = {:.0}× formatting one message with a loaded bundle",
        us(load_fr),
        us(load_ar),
        ratio(load_fr, format_loaded)
    );
    println!(
        "format one plural message: loaded bundle {:.2} µs, through the localizer chain {:.2} µs, \
         format! baseline {:.3} µs: Fluent = {:.1}× format!",
        us(format_loaded),
        us(format_chain),
        us(baseline),
        ratio(format_loaded, baseline)
    );
    println!(
        "first message of a session (load fr + format) = {:.0}× format!",
        ratio(load_fr + format_loaded, baseline)
    );
    println!(
        "once per process, the first use inflates every locale's text: {:.0} µs ({:.1}× loading fr)",
        us(inflate),
        ratio(inflate, load_fr)
    );
    let locales = available_locales();
    let reviewed = locales
        .iter()
        .filter(|l| l.status == ReviewStatus::Reviewed)
        .count();
    println!(
        "embedded locale resources: {} bytes of FTL in {} locales, {} bytes deflated in the library; reviewed {}, needs native review {}",
        embedded_resource_bytes(),
        locales.len(),
        packed_resource_bytes(),
        reviewed,
        locales.len() - reviewed
    );
}
