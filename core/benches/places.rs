//! Benchmarks of the places index, each against a baseline measured in
//! the same run, printed as ratios:
//! - nearest 5 stations: R-tree vs a linear scan over the same stations;
//! - commune lookup (point in simplified polygon) on random points;
//! - index load (checksum, directory, stations R-tree) and index size.
//!
//! Run: `cargo bench -p discret-core --bench places`.

use criterion::{black_box, Criterion};
use discret_core::places::Places;
use std::time::{Duration, Instant};

/// Random points in a box around mainland France (xorshift, fixed seed).
fn points(n: usize, seed: u64) -> Vec<(f64, f64)> {
    let mut s = seed;
    let mut next = move || {
        s ^= s << 13;
        s ^= s >> 7;
        s ^= s << 17;
        (s >> 11) as f64 / (1u64 << 53) as f64
    };
    (0..n)
        .map(|_| (42.5 + next() * 8.5, -4.5 + next() * 12.5))
        .collect()
}

/// Mean time per call of `f` over `points`, repeated for about `budget`.
fn mean_time(points: &[(f64, f64)], budget: Duration, mut f: impl FnMut(f64, f64)) -> Duration {
    let start = Instant::now();
    let mut calls = 0u32;
    while start.elapsed() < budget {
        for &(lat, lon) in points {
            f(lat, lon);
        }
        calls += points.len() as u32;
    }
    start.elapsed() / calls
}

fn main() {
    let mut c = Criterion::default()
        .configure_from_args()
        .measurement_time(Duration::from_secs(3))
        .warm_up_time(Duration::from_secs(1));
    let places = Places::builtin().expect("built-in index");
    places.preload().expect("decodes");
    let queries = points(1_000, 42);
    let blob_len = places.info().index_bytes;

    c.bench_function("places/nearest5/rtree", |b| {
        let mut i = 0;
        b.iter(|| {
            let (lat, lon) = queries[i % queries.len()];
            i += 1;
            black_box(places.nearest_ids(lat, lon, 5))
        })
    });
    c.bench_function("places/nearest5/linear_scan", |b| {
        let mut i = 0;
        b.iter(|| {
            let (lat, lon) = queries[i % queries.len()];
            i += 1;
            black_box(places.nearest_ids_linear(lat, lon, 5))
        })
    });
    c.bench_function("places/commune_at", |b| {
        let mut i = 0;
        b.iter(|| {
            let (lat, lon) = queries[i % queries.len()];
            i += 1;
            black_box(places.commune_at(lat, lon).ok())
        })
    });
    let blob = places_blob();
    c.bench_function("places/load", |b| {
        b.iter(|| black_box(Places::from_bytes(blob.clone()).expect("loads")))
    });

    // Ratios, measured now in this process, same points for both sides.
    let budget = Duration::from_millis(1500);
    let tree = mean_time(&queries, budget, |lat, lon| {
        black_box(places.nearest_ids(lat, lon, 5));
    });
    let scan = mean_time(&queries, budget, |lat, lon| {
        black_box(places.nearest_ids_linear(lat, lon, 5));
    });
    let lookup = mean_time(&queries, budget, |lat, lon| {
        black_box(places.commune_at(lat, lon).ok());
    });
    let load = {
        let start = Instant::now();
        let mut n = 0u32;
        while start.elapsed() < budget {
            black_box(Places::from_bytes(blob.clone()).expect("loads"));
            n += 1;
        }
        start.elapsed() / n
    };
    let cold_department = {
        // First lookup in a department: decodes its borders.
        let start = Instant::now();
        let fresh = Places::from_bytes(blob.clone()).expect("loads");
        let loaded = start.elapsed();
        let t = Instant::now();
        black_box(fresh.commune_at(45.76, 4.83).ok());
        (loaded, t.elapsed())
    };
    let info = places.info();
    println!();
    println!("== places: ratios measured in this run ==");
    println!(
        "nearest 5 stations of {}: R-tree {:.2} µs, linear scan {:.2} µs: {:.0}× faster (target ≥ 100×, ≤ 2 µs)",
        info.stations,
        tree.as_secs_f64() * 1e6,
        scan.as_secs_f64() * 1e6,
        scan.as_secs_f64() / tree.as_secs_f64()
    );
    println!(
        "commune lookup: {:.2} µs (target ≤ 20 µs: {:.1}× under)",
        lookup.as_secs_f64() * 1e6,
        20e-6 / lookup.as_secs_f64()
    );
    println!(
        "index load: {:.2} ms (target ≤ 10 ms: {:.1}× under); first lookup in a department (decodes its borders): {:.2} ms",
        load.as_secs_f64() * 1e3,
        10e-3 / load.as_secs_f64(),
        cold_department.1.as_secs_f64() * 1e3
    );
    println!(
        "index size: {} bytes ({:.2} MB; budget 1.5 MB: {:.0} %), {} communes, {} stations",
        blob_len,
        blob_len as f64 / 1e6,
        blob_len as f64 / 1.5e6 * 100.0,
        info.communes,
        info.stations
    );
    c.final_summary();
}

/// A copy of the built-in index's bytes (loading from bytes measures the
/// same work as the first `Places::builtin()`).
fn places_blob() -> Vec<u8> {
    discret_core::places::builtin_index_bytes().to_vec()
}
