//! Quick exit with 1,000 stored messages (resume mode: the vault file and
//! the wrapped key on disk, the key store told to forget), against a plain
//! `std::fs::remove_file` of a file of the same size, measured in the same
//! run. Target: quick exit ≤ 50 ms. Prints the medians and the ratio.
//!
//! Run: `cargo bench -p discret-core --bench quick_exit`.

mod support;

use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

use criterion::{BatchSize, Criterion};
use discret_core::App;
use support::{dir, fill, median, offline_app, runtime, MemoryKeyStore};

const MESSAGES: usize = 1_000;
const SAMPLES: usize = 25;

/// An app in resume mode holding 1,000 messages.
fn filled_app(runtime: &tokio::runtime::Runtime, data_dir: &Path) -> App {
    let app = offline_app(runtime, data_dir, Some(Arc::new(MemoryKeyStore::default())));
    fill(&app, MESSAGES);
    app
}

fn main() {
    let runtime = runtime();
    let data_dir = dir("quick-exit");
    let plain_dir = dir("plain-delete");

    let mut exits = Vec::new();
    let mut deletes = Vec::new();
    let mut vault_bytes = 0;
    for _ in 0..SAMPLES {
        let app = filled_app(&runtime, &data_dir);
        vault_bytes = app
            .vault()
            .files()
            .iter()
            .map(|p| std::fs::metadata(p).map(|m| m.len()).unwrap_or(0))
            .sum::<u64>();
        let started = Instant::now();
        app.quick_exit();
        exits.push(started.elapsed());
        assert!(app.vault().files().is_empty(), "quick exit left a file");

        let plain = plain_dir.join("same-size.bin");
        std::fs::write(&plain, vec![0x5Au8; vault_bytes as usize]).expect("write");
        let started = Instant::now();
        std::fs::remove_file(&plain).expect("remove");
        deletes.push(started.elapsed());
    }
    let exit = median(exits);
    let delete = median(deletes);
    println!(
        "quick exit, {MESSAGES} messages ({vault_bytes} bytes of vault files): median {:.3} ms; \
         plain remove_file of the same size: median {:.3} ms; ratio {:.1}x; target <= 50 ms: {}",
        exit.as_secs_f64() * 1e3,
        delete.as_secs_f64() * 1e3,
        exit.as_secs_f64() / delete.as_secs_f64().max(1e-9),
        if exit <= Duration::from_millis(50) {
            "met"
        } else {
            "MISSED"
        },
    );

    let mut c = Criterion::default().sample_size(10).configure_from_args();
    c.bench_function("quick_exit_1000_messages", |b| {
        b.iter_batched(
            || filled_app(&runtime, &data_dir),
            |app| app.quick_exit(),
            BatchSize::PerIteration,
        )
    });
    c.bench_function("remove_file_same_size", |b| {
        b.iter_batched(
            || {
                let plain = plain_dir.join("same-size.bin");
                std::fs::write(&plain, vec![0x5Au8; vault_bytes as usize]).expect("write");
                plain
            },
            |plain| std::fs::remove_file(plain).expect("remove"),
            BatchSize::PerIteration,
        )
    });
    c.final_summary();
    let _ = std::fs::remove_dir_all(&data_dir);
    let _ = std::fs::remove_dir_all(&plain_dir);
}
