//! Unlock with the PIN vs with the duress PIN (which also wipes 1,000
//! stored messages and ends the chats): both must take the same time, so
//! timing does not tell which PIN was typed. Prints both medians and their
//! ratio (target: 1.00, within the 100 ms padding quantum).
//!
//! Run: `cargo bench -p discret-core --bench unlock`.

mod support;

use std::time::Instant;

use support::{dir, fill, median, offline_app, runtime};

const SAMPLES: usize = 15;
const MESSAGES: usize = 1_000;

fn main() {
    let runtime = runtime();
    let dir = dir("unlock");
    let app = offline_app(&runtime, &dir, None);
    app.set_pin("2468", Some("1357")).expect("pin");
    let (mut main, mut duress) = (Vec::new(), Vec::new());
    for i in 0..SAMPLES * 2 {
        fill(&app, MESSAGES);
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
