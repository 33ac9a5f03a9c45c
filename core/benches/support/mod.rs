//! What the vault benchmarks share: a runtime, an offline app (the platform
//! address is never reached), filling it with messages, an in-memory key
//! store, and the median.

#![allow(dead_code)]

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use discret_core::{App, AppConfig, KeyStore, KeyStoreError, StoredMessage};

pub fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime")
}

/// An empty directory for this benchmark run.
pub fn dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("discret-bench-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("bench dir");
    dir
}

/// An app whose platform is never reached; in resume mode when it gets a
/// key store.
pub fn offline_app(
    runtime: &tokio::runtime::Runtime,
    data_dir: &Path,
    key_store: Option<Arc<dyn KeyStore>>,
) -> App {
    let _guard = runtime.enter();
    App::with_key_store(
        AppConfig {
            data_dir: data_dir.to_path_buf(),
            platform_url: "http://127.0.0.1:9".into(),
            desk_key: "11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo".into(),
            preferred_languages: vec!["fr".into()],
            resume: key_store.is_some(),
        },
        runtime.handle().clone(),
        key_store,
    )
    .expect("app")
}

/// Stores `count` messages in conversation "bench".
pub fn fill(app: &App, count: usize) {
    for n in 0..count {
        app.store_message(&StoredMessage {
            conversation: "bench".into(),
            outgoing: n % 2 == 0,
            at_ms: 1_763_800_000_000 + n as i64,
            text: format!("message {n}: je suis enfermée, أنا محتجزة, 我被锁住了"),
        })
        .expect("store");
    }
}

pub fn median(mut samples: Vec<Duration>) -> Duration {
    samples.sort();
    samples[samples.len() / 2]
}

/// Wraps keys in memory, as a phone's keystore would in hardware.
#[derive(Default)]
pub struct MemoryKeyStore(Mutex<HashMap<Vec<u8>, Vec<u8>>>);

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
