//! Per-message cost: encrypt + frame + decrypt through discret's code
//! (payload JSON, Olm, wire form, envelope JSON, and back) against raw
//! vodozemac encrypt + decrypt of the same text, measured in the same run.
//! Target: ≤ 1.15×.

#[path = "measure.rs"]
mod measure;

use discret_core::crypto::{ChatCipher, DeskKey};
use discret_protocol::olm::{from_wire, session_config};
use discret_protocol::payload::CitizenPayload;
use discret_protocol::relay::{KeyBundle, UpEnvelope};
use discret_protocol::{decode, encode, limits, PROTOCOL_VERSION};
use vodozemac::olm::{Account, OlmMessage, Session};

const TEXT: &str = "Il est dans la cuisine avec un couteau, je suis enfermée dans la salle de bain au premier étage, porte bleue. Ne sonnez pas.";

fn desk_and_bundle() -> (Account, KeyBundle) {
    let mut desk = Account::new();
    desk.generate_one_time_keys(1);
    let identity = desk.identity_keys().curve25519.to_base64();
    let otk = desk
        .one_time_keys()
        .values()
        .next()
        .expect("one key")
        .to_base64();
    let signature = desk
        .sign(KeyBundle::signed_text(&identity, &otk, false))
        .to_base64();
    let bundle = KeyBundle {
        v: PROTOCOL_VERSION,
        identity_key: identity,
        one_time_key: otk,
        fallback: false,
        signature,
    };
    (desk, bundle)
}

fn accept(desk: &mut Account, message: &OlmMessage) -> Session {
    let OlmMessage::PreKey(pre_key) = message else {
        panic!("pre-key expected")
    };
    desk.create_inbound_session(session_config(), pre_key.identity_key(), pre_key)
        .expect("inbound")
        .session
}

/// Interleaved rounds of ours vs raw: the median is read, and the middle
/// half shows how much the shared machine moved it.
const ROUNDS: usize = 15;

fn main() {
    // Ours: the phone's ChatCipher and the desk's decoding path.
    let (mut desk, bundle) = desk_and_bundle();
    let key = DeskKey::from_base64(&desk.identity_keys().ed25519.to_base64()).expect("key");
    let mut phone = ChatCipher::open(&key, &bundle).expect("session");
    let first = phone.encrypt(b"{}").expect("encrypt");
    let mut desk_session = accept(&mut desk, &from_wire(&first).expect("wire"));
    let reply = desk_session.encrypt(b"ack").expect("encrypt");
    phone
        .decrypt(&discret_protocol::olm::to_wire(&reply))
        .expect("decrypt");

    // Raw: the same two vodozemac sessions without our framing.
    let (mut raw_desk, raw_bundle) = desk_and_bundle();
    let raw_phone_account = Account::new();
    let identity =
        vodozemac::Curve25519PublicKey::from_base64(&raw_bundle.identity_key).expect("key");
    let otk = vodozemac::Curve25519PublicKey::from_base64(&raw_bundle.one_time_key).expect("key");
    let mut raw_phone = raw_phone_account
        .create_outbound_session(session_config(), identity, otk)
        .expect("session");
    let raw_first = raw_phone.encrypt(b"{}").expect("encrypt");
    let mut raw_desk_session = accept(&mut raw_desk, &raw_first);
    let raw_reply = raw_desk_session.encrypt(b"ack").expect("encrypt");
    raw_phone.decrypt(&raw_reply).expect("decrypt");

    let mut n = 0u64;
    let mut ours = || {
        n += 1;
        let payload = CitizenPayload::Text {
            v: PROTOCOL_VERSION,
            id: format!("{n:032x}"),
            text: TEXT.to_string(),
            language: Some("fr".into()),
        };
        let envelope = UpEnvelope {
            v: PROTOCOL_VERSION,
            client_id: format!("{n:032x}"),
            ciphertext: phone.encrypt(&encode(&payload)).expect("encrypt"),
        };
        let wire = encode(&envelope);
        let received: UpEnvelope = decode(&wire, limits::MAX_BODY_BYTES).expect("envelope");
        let message = from_wire(&received.ciphertext).expect("wire");
        let plaintext = desk_session.decrypt(&message).expect("decrypt");
        let payload =
            CitizenPayload::decode(&plaintext, limits::MAX_CIPHERTEXT_BYTES).expect("payload");
        std::hint::black_box(payload);
    };
    let mut raw = || {
        let message = raw_phone.encrypt(TEXT.as_bytes()).expect("encrypt");
        let plaintext = raw_desk_session.decrypt(&message).expect("decrypt");
        std::hint::black_box(plaintext);
    };
    // Warm up, then interleave rounds so both see the same machine state.
    measure::per_iteration(3, 200, &mut ours);
    measure::per_iteration(3, 200, &mut raw);
    let mut ratios = Vec::new();
    let (mut best_ours, mut best_raw) = (f64::MAX, f64::MAX);
    for _ in 0..ROUNDS {
        let o = measure::micros(measure::per_iteration(9, 300, &mut ours));
        let r = measure::micros(measure::per_iteration(9, 300, &mut raw));
        best_ours = best_ours.min(o);
        best_raw = best_raw.min(r);
        ratios.push(o / r);
    }
    ratios.sort_by(f64::total_cmp);
    let (low, high) = (ratios[ROUNDS / 4], ratios[ROUNDS * 3 / 4]);
    // The same raw sessions carrying our payload's bytes: separates the cost
    // of a larger plaintext (ids, type, language) from the cost of framing.
    let sample_payload = encode(&CitizenPayload::Text {
        v: PROTOCOL_VERSION,
        id: format!("{:032x}", 1),
        text: TEXT.to_string(),
        language: Some("fr".into()),
    });
    let mut raw_same_size = || {
        let message = raw_phone.encrypt(&sample_payload).expect("encrypt");
        let plaintext = raw_desk_session.decrypt(&message).expect("decrypt");
        std::hint::black_box(plaintext);
    };
    let same_size = measure::micros(measure::per_iteration(9, 300, &mut raw_same_size));

    // Where our part goes: each framing step alone, on one fixed message.
    let sample_message = raw_phone.encrypt(&sample_payload).expect("encrypt");
    let sample_wire = discret_protocol::olm::to_wire(&sample_message);
    let sample_envelope = encode(&UpEnvelope {
        v: PROTOCOL_VERSION,
        client_id: format!("{:032x}", 1),
        ciphertext: sample_wire.clone(),
    });
    let step = |f: &mut dyn FnMut()| measure::micros(measure::per_iteration(9, 2_000, f));
    let steps = [
        (
            "payload → JSON",
            step(&mut || {
                std::hint::black_box(encode(&CitizenPayload::Text {
                    v: PROTOCOL_VERSION,
                    id: format!("{:032x}", 1),
                    text: TEXT.to_string(),
                    language: Some("fr".into()),
                }));
            }),
        ),
        (
            "Olm message → wire (base64)",
            step(&mut || {
                std::hint::black_box(discret_protocol::olm::to_wire(&sample_message));
            }),
        ),
        (
            "envelope → JSON",
            step(&mut || {
                std::hint::black_box(encode(&UpEnvelope {
                    v: PROTOCOL_VERSION,
                    client_id: format!("{:032x}", 1),
                    ciphertext: sample_wire.clone(),
                }));
            }),
        ),
        (
            "JSON → envelope",
            step(&mut || {
                let e: UpEnvelope =
                    decode(&sample_envelope, limits::MAX_BODY_BYTES).expect("envelope");
                std::hint::black_box(e);
            }),
        ),
        (
            "wire → Olm message",
            step(&mut || {
                std::hint::black_box(from_wire(&sample_wire).expect("wire"));
            }),
        ),
        (
            "JSON → payload",
            step(&mut || {
                let p = CitizenPayload::decode(&sample_payload, limits::MAX_CIPHERTEXT_BYTES)
                    .expect("payload");
                std::hint::black_box(p);
            }),
        ),
    ];

    let ratio = ratios[ratios.len() / 2];
    println!(
        "per message, phone → desk, {} characters:",
        TEXT.chars().count()
    );
    println!("  discret (payload JSON + Olm + wire + envelope, and back): {best_ours:.2} µs");
    println!("  raw vodozemac encrypt + decrypt:                          {best_raw:.2} µs");
    println!(
        "  ratio (median of {ROUNDS} interleaved rounds): {ratio:.3}× (target ≤ 1.15×); middle half {low:.3}–{high:.3}×"
    );
    println!(
        "  raw vodozemac on our {}-byte payload: {same_size:.2} µs (framing alone: {:.3}×)",
        sample_payload.len(),
        best_ours / same_size
    );
    println!("  our steps alone (no crypto):");
    for (name, micros) in steps {
        println!("    {name:<28} {micros:.2} µs");
    }
}
