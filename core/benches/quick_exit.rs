//! Quick exit with 1,000 stored messages (resume mode: the vault file and
//! the wrapped key on disk, the key store told to forget), against a plain
//! `std::fs::remove_file` of a file of the same size, measured in the same
//! run. Target: quick exit ≤ 50 ms. Prints the medians and the ratio.
//!
//! Run: `cargo bench -p discret-core --bench quick_exit`.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use criterion::{BatchSize, Criterion};
use discret_core::{App, AppConfig, KeyStore, KeyStoreError, StoredMessage};

const MESSAGES: usize = 1_000;
const SAMPLES: usize = 25;

#[derive(Default)]
struct MemoryKeyStore(Mutex<HashMap<Vec<u8>, Vec<u8>>>);

impl KeyStore for MemoryKeyStore {
    fn wrap(&self, key: Vec<u8>) -> Result<Vec<u8>, KeyStoreError> {
        let mut handle = vec![0u8; 16];
        rand::fill(&mut handle[..]);
        self.0
            .lock()
            .map_err(|_| KeyStoreError("poisoned".into()))?
            .insert(handle.clone(), key);
        Ok(handle)
    }
    fn unwrap(&self, wrapped: Vec<u8>) -> Result<Vec<u8>, KeyStoreError> {
        self.0
            .lock()
            .map_err(|_| KeyStoreError("poisoned".into()))?
            .get(&wrapped)
            .cloned()
            .ok_or_else(|| KeyStoreError("unknown".into()))
    }
    fn forget(&self) {
        if let Ok(mut keys) = self.0.lock() {
            keys.clear();
        }
    }
}

fn dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("discret-bench-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("bench dir");
    dir
}

/// An app in resume mode holding 1,000 messages.
fn filled_app(runtime: &tokio::runtime::Runtime, data_dir: &Path) -> App {
    let _guard = runtime.enter();
    let app = App::with_key_store(
        AppConfig {
            data_dir: data_dir.to_path_buf(),
            platform_url: "http://127.0.0.1:9".into(),
            desk_key: "11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo".into(),
            preferred_languages: vec!["fr".into()],
            resume: true,
        },
        runtime.handle().clone(),
        Some(Arc::new(MemoryKeyStore::default())),
    )
    .expect("app");
    for i in 0..MESSAGES {
        app.store_message(&StoredMessage {
            conversation: "bench".into(),
            outgoing: i % 2 == 0,
            at_ms: 1_763_800_000_000 + i as i64,
            text: format!("message {i}: je suis enfermée, أنا محتجزة, 我被锁住了"),
        })
        .expect("store");
    }
    app
}

fn median(mut samples: Vec<Duration>) -> Duration {
    samples.sort();
    samples[samples.len() / 2]
}

fn main() {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime");
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
