//! Unlock with the PIN vs with the duress PIN (which also wipes 1,000
//! stored messages and ends the chats): both must take the same time, so
//! timing does not tell which PIN was typed. Prints both medians and their
//! ratio (target: 1.00, within the 100 ms padding quantum).
//!
//! Run: `cargo bench -p discret-core --bench unlock`.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use discret_core::{App, AppConfig, StoredMessage};

const SAMPLES: usize = 15;
const MESSAGES: usize = 1_000;

fn app(runtime: &tokio::runtime::Runtime, dir: PathBuf) -> App {
    let _guard = runtime.enter();
    let app = App::new(
        AppConfig {
            data_dir: dir,
            platform_url: "http://127.0.0.1:9".into(),
            desk_key: "11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo".into(),
            preferred_languages: vec!["fr".into()],
            resume: false,
        },
        runtime.handle().clone(),
    )
    .expect("app");
    app.set_pin("2468", Some("1357")).expect("pin");
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
    let dir = std::env::temp_dir().join(format!("discret-bench-unlock-{}", std::process::id()));
    let app = app(&runtime, dir.clone());
    let (mut main, mut duress) = (Vec::new(), Vec::new());
    for i in 0..SAMPLES * 2 {
        for n in 0..MESSAGES {
            app.store_message(&StoredMessage {
                conversation: "bench".into(),
                outgoing: n % 2 == 0,
                at_ms: n as i64,
                text: "je suis enfermée".into(),
            })
            .expect("store");
        }
        app.lock();
        let (pin, samples) = if i % 2 == 0 {
            ("2468", &mut main)
        } else {
            ("1357", &mut duress)
        };
        let started = Instant::now();
        app.unlock(pin).expect("unlock");
        samples.push(started.elapsed());
        let _ = app.vault().delete_conversation("bench");
    }
    let (m, d) = (median(main), median(duress));
    println!(
        "unlock with the PIN: median {:.1} ms; with the duress PIN (wipes {MESSAGES} messages): \
         median {:.1} ms; ratio {:.3}",
        m.as_secs_f64() * 1e3,
        d.as_secs_f64() * 1e3,
        d.as_secs_f64() / m.as_secs_f64().max(1e-9)
    );
    let _ = std::fs::remove_dir_all(&dir);
}
