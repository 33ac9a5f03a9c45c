//! The cost of sealing a report to the desk (HPKE base mode: an X25519 key
//! agreement, HKDF-SHA256, ChaCha20-Poly1305), against a raw
//! ChaCha20-Poly1305 seal of the same bytes with a key already agreed
//! (ring), measured in the same run; and of removing a photo's metadata.
//! Two payloads: a text-only report (~2 KB of JSON) and one with a 1 MiB
//! photo (~1.4 MB of JSON once in base64). Prints each ratio.
//!
//! Run: `cargo bench -p discret-core --bench reports`.

use std::time::Duration;

use criterion::{black_box, Criterion};
use discret_core::reports::form::{build_payload, Report, ReportLocation};
use discret_core::reports::strip_metadata;
use discret_core::ReportCategory;
use discret_protocol::seal::{seal, ReportKeyPair};
use ring::aead::{Aad, LessSafeKey, Nonce, UnboundKey, CHACHA20_POLY1305};

const PHOTO: &[u8] = include_bytes!("../src/reports/testdata/gps.jpg");
const CLIENT_ID: &str = "0123456789abcdef0123456789abcdef";

/// A JPEG of about `size` bytes: the sample with its scan data padded
/// (stuffed 0xFF 0x00 pairs are valid entropy-coded data).
fn big_jpeg(size: usize) -> Vec<u8> {
    let eoi = PHOTO.len() - 2;
    let mut jpeg = PHOTO[..eoi].to_vec();
    while jpeg.len() < size {
        jpeg.extend_from_slice(&[0x5A, 0xFF, 0x00, 0xA5]);
    }
    jpeg.extend_from_slice(&[0xFF, 0xD9]);
    jpeg
}

fn payload(photos: Vec<Vec<u8>>) -> Vec<u8> {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_millis() as i64)
        .unwrap_or(0);
    let report = Report {
        category: ReportCategory::DrugDealing,
        occurred_at_ms: now - 3_600_000,
        place: Some(ReportLocation {
            latitude: 48.8566,
            longitude: 2.3522,
            coarsen: true,
        }),
        text: "Point de deal au pied de l'immeuble, tous les soirs vers 21 h. ".repeat(30),
        photos,
    };
    discret_protocol::encode(&build_payload(&report, now).expect("payload"))
}

fn median_ns(c: &mut Criterion, name: &str, f: impl FnMut()) -> f64 {
    let mut f = f;
    let mut samples = Vec::new();
    c.bench_function(name, |b| {
        b.iter_custom(|iters| {
            let started = std::time::Instant::now();
            for _ in 0..iters {
                f();
            }
            let elapsed = started.elapsed();
            samples.push(elapsed.as_nanos() as f64 / iters.max(1) as f64);
            elapsed
        })
    });
    samples.sort_by(f64::total_cmp);
    samples[samples.len() / 2]
}

fn main() {
    let mut c = Criterion::default()
        .sample_size(30)
        .measurement_time(Duration::from_secs(3))
        .warm_up_time(Duration::from_millis(500))
        .configure_from_args();
    let desk = ReportKeyPair::generate();
    let public = desk.public_base64();
    let key = LessSafeKey::new(UnboundKey::new(&CHACHA20_POLY1305, &[7u8; 32]).expect("key"));
    let photo = big_jpeg(1024 * 1024);

    for (label, bytes) in [
        ("text only", payload(Vec::new())),
        ("with a 1 MiB photo", payload(vec![photo.clone()])),
    ] {
        let hpke = median_ns(&mut c, &format!("hpke seal, {label}"), || {
            black_box(seal(&public, CLIENT_ID, black_box(&bytes)).expect("seal"));
        });
        let raw = median_ns(&mut c, &format!("raw chacha20-poly1305, {label}"), || {
            let mut buffer = black_box(&bytes).clone();
            key.seal_in_place_append_tag(
                Nonce::assume_unique_for_key([0u8; 12]),
                Aad::from(CLIENT_ID.as_bytes()),
                &mut buffer,
            )
            .expect("seal");
            black_box(buffer);
        });
        println!(
            "report sealing, {label} ({} bytes): HPKE {:.1} µs, raw ChaCha20-Poly1305 {:.1} µs, ratio {:.2}",
            bytes.len(),
            hpke / 1e3,
            raw / 1e3,
            hpke / raw.max(1.0)
        );
    }
    let strip = median_ns(&mut c, "strip metadata, 1 MiB JPEG", || {
        black_box(strip_metadata(black_box(&photo)).expect("strip"));
    });
    println!("metadata removal of a 1 MiB JPEG: {:.1} µs", strip / 1e3);
}
