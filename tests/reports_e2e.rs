//! Anonymous reports end to end: the phone core seals a report to the desk,
//! the relay stores it opaque and answers a receipt code, the desk opens it
//! and the console lists it; resends are stored once; a report queued while
//! the platform is unreachable (or the app restarted in resume mode) is
//! delivered once when it is back.

mod common;

use std::sync::Arc;

use common::{
    app_for, app_in, http, now_ms, start_platform, temp_dir, wait_desk, DeviceKeys, Proxy,
    ProxyMode, TIMEOUT,
};
use discret_core::reports::{Report, ReportLocation, SubmitOutcome};
use discret_core::{App, ReportCategory};
use discret_platform::Platform;

const PHOTO: &[u8] = include_bytes!("../core/src/reports/testdata/gps.jpg");
const MARKER: &str = "PLAINTEXT-MARKER-motos-rue-Lepic";

fn report(text: &str) -> Report {
    Report {
        category: ReportCategory::UrbanRodeo,
        occurred_at_ms: now_ms() - 10 * 60 * 1000,
        place: Some(ReportLocation {
            latitude: 48.884_123,
            longitude: 2.333_456,
            coarsen: true,
        }),
        text: text.into(),
        photos: vec![PHOTO.to_vec()],
    }
}

fn desk_reports(platform: &Platform) -> Vec<discret_platform::desk::reports::ReportView> {
    platform.reports.list(100).expect("desk reports")
}

/// Logs an operator into the console; returns the session cookie.
async fn console_login(platform: &Platform) -> String {
    discret_platform::console::auth::create_operator(
        &platform.desk.db_handle(),
        "alice",
        "Alice",
        "correct horse battery staple",
    )
    .expect("operator");
    let response = http()
        .post(format!("{}/console/api/login", platform.url()))
        .json(&serde_json::json!({"username": "alice", "password": "correct horse battery staple"}))
        .send()
        .await
        .expect("login");
    assert!(response.status().is_success());
    let cookie = response
        .headers()
        .get("set-cookie")
        .and_then(|v| v.to_str().ok())
        .expect("session cookie");
    cookie.split(';').next().unwrap_or_default().to_string()
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_report_reaches_the_desk_sealed_and_shows_in_the_console() {
    let platform = start_platform("reports").await;
    let proxy = Proxy::start(platform.addr).await;
    let app = app_for(&proxy.url, platform.desk_signing_key());

    let outcome = app.submit_report(&report(MARKER)).await.expect("submit");
    let SubmitOutcome::Sent(receipt) = outcome else {
        panic!("not sent: {outcome:?}");
    };
    assert!(discret_protocol::report::is_valid_receipt(&receipt.receipt));
    assert!(app.pending_reports().unwrap().is_empty());

    wait_desk(&platform, "the report", || {
        desk_reports(&platform)
            .iter()
            .any(|r| r.receipt == receipt.receipt)
    })
    .await;
    let at_desk = desk_reports(&platform);
    assert_eq!(at_desk.len(), 1);
    let r = &at_desk[0];
    assert_eq!(r.state, "received");
    assert_eq!(r.category.as_deref(), Some("urban_rodeo"));
    assert_eq!(r.text.as_deref(), Some(MARKER));
    let place = r.place.as_ref().expect("place");
    assert!(place.coarse);
    assert_ne!(place.latitude, 48.884_123);
    assert!((place.latitude - 48.884_123).abs() < 0.01);
    assert_eq!(r.photos, vec!["image/jpeg".to_string()]);

    // The console lists it, and serves the photo without its metadata.
    let cookie = console_login(&platform).await;
    let listed: serde_json::Value = http()
        .get(format!("{}/console/api/reports", platform.url()))
        .header("cookie", &cookie)
        .send()
        .await
        .expect("list")
        .json()
        .await
        .expect("json");
    assert_eq!(listed["items"][0]["receipt"], receipt.receipt.as_str());
    assert_eq!(listed["items"][0]["text"], MARKER);
    let photo = http()
        .get(format!(
            "{}/console/api/reports/{}/photos/0",
            platform.url(),
            r.id
        ))
        .header("cookie", &cookie)
        .send()
        .await
        .expect("photo");
    assert_eq!(photo.headers()["content-type"], "image/jpeg");
    let photo = photo.bytes().await.expect("photo bytes");
    assert!(photo.starts_with(&[0xFF, 0xD8]) && photo.ends_with(&[0xFF, 0xD9]));
    for leak in [&b"Exif\0\0"[..], b"SecretPhone", b"xmpmeta"] {
        assert!(contains(PHOTO, leak), "the sample carries {leak:?}");
        assert!(!contains(&photo, leak), "the desk got {leak:?}");
    }
    // Without a session: refused.
    let anonymous = http()
        .get(format!("{}/console/api/reports", platform.url()))
        .send()
        .await
        .expect("list");
    assert_eq!(anonymous.status(), 401);

    // What the relay saw, and what it keeps, holds no plaintext.
    let sent = proxy.sent_bytes();
    assert!(contains(&sent, b"\"ciphertext\""));
    assert!(!contains(&sent, MARKER.as_bytes()));
    assert!(!contains(&sent, b"urban_rodeo"));
    let relay_files: Vec<u8> = ["relay.sqlite3", "relay.sqlite3-wal"]
        .iter()
        .filter_map(|f| std::fs::read(platform_dir(&platform).join(f)).ok())
        .flatten()
        .collect();
    assert!(!relay_files.is_empty());
    assert!(!contains(&relay_files, MARKER.as_bytes()));
    platform.stop().await;
}

fn platform_dir(platform: &Platform) -> std::path::PathBuf {
    let db = platform.desk.db_handle();
    let conn = db.lock();
    let path: String = conn
        .query_row("PRAGMA database_list", [], |r| r.get(2))
        .expect("database path");
    std::path::Path::new(&path)
        .parent()
        .expect("data dir")
        .to_path_buf()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_resend_after_a_lost_answer_is_stored_once() {
    let platform = start_platform("reports-dup").await;
    let proxy = Proxy::start(platform.addr).await;
    let app = app_for(&proxy.url, platform.desk_signing_key());
    // A first report: the desk's report key is now known.
    assert!(matches!(
        app.submit_report(&report("first")).await.unwrap(),
        SubmitOutcome::Sent(_)
    ));

    // The relay stores the second, but its answer is lost.
    proxy.set(ProxyMode::LoseAnswers);
    let outcome = app.submit_report(&report("second")).await.unwrap();
    let SubmitOutcome::Queued(pending) = outcome else {
        panic!("should be queued: {outcome:?}");
    };
    wait_desk(&platform, "the second report", || {
        desk_reports(&platform).len() == 2
    })
    .await;

    proxy.set(ProxyMode::Pass);
    let sent = app.retry_reports().await.expect("retry");
    assert_eq!(sent.len(), 1);
    assert_eq!(sent[0].client_id, pending.client_id);
    let at_desk = desk_reports(&platform);
    assert_eq!(at_desk.len(), 2, "stored once");
    assert!(at_desk.iter().any(|r| r.receipt == sent[0].receipt));
    assert!(app.pending_reports().unwrap().is_empty());

    // The same sealed document posted twice: one receipt, one report.
    let sealed =
        discret_protocol::seal::seal(&fetch_report_key(&platform).await, &"ab".repeat(16), b"{}")
            .unwrap();
    let mut receipts = Vec::new();
    for _ in 0..2 {
        let answer: serde_json::Value = http()
            .post(format!("{}/v1/reports", platform.url()))
            .header("content-type", "application/json")
            .body(discret_protocol::encode(&sealed))
            .send()
            .await
            .expect("post")
            .json()
            .await
            .expect("json");
        receipts.push((answer["receipt"].clone(), answer["duplicate"].clone()));
    }
    assert_eq!(receipts[0].0, receipts[1].0);
    assert_eq!(
        (receipts[0].1.clone(), receipts[1].1.clone()),
        (false.into(), true.into())
    );
    wait_desk(&platform, "the posted report", || {
        desk_reports(&platform).len() == 3
    })
    .await;
    // Not a valid payload: recorded as unreadable, never lost silently.
    assert_eq!(desk_reports(&platform)[0].state, "unreadable");
    platform.stop().await;
}

async fn fetch_report_key(platform: &Platform) -> String {
    let key: serde_json::Value = http()
        .get(format!("{}/v1/reports/key", platform.url()))
        .send()
        .await
        .expect("key")
        .json()
        .await
        .expect("json");
    key["hpke_public_key"].as_str().expect("key").to_string()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_report_queued_while_the_platform_is_down_is_delivered_once() {
    let platform = start_platform("reports-offline").await;
    let proxy = Proxy::start(platform.addr).await;
    proxy.set(ProxyMode::Refuse);
    let app = app_for(&proxy.url, platform.desk_signing_key());

    let outcome = app.submit_report(&report("offline")).await.unwrap();
    let SubmitOutcome::Queued(pending) = outcome else {
        panic!("should be queued: {outcome:?}");
    };
    assert_eq!(app.pending_reports().unwrap(), vec![pending.clone()]);
    assert!(app.retry_reports().await.is_err(), "still down");
    assert!(desk_reports(&platform).is_empty());

    // The network is back: the background retry delivers it.
    proxy.set(ProxyMode::Pass);
    app.network_changed();
    wait_desk(&platform, "the queued report", || {
        desk_reports(&platform).len() == 1
    })
    .await;
    // Waits for any send in flight, then finds nothing left to send.
    let again = app.retry_reports().await.expect("retry");
    assert!(again.is_empty(), "sent twice: {again:?}");
    assert!(app.pending_reports().unwrap().is_empty());
    let sent = app.sent_reports().unwrap();
    assert_eq!(sent.len(), 1);
    assert_eq!(sent[0].client_id, pending.client_id);
    assert_eq!(desk_reports(&platform)[0].receipt, sent[0].receipt);
    platform.stop().await;
}

fn resume_app(url: &str, desk_key: &str, dir: &std::path::Path, store: Arc<DeviceKeys>) -> App {
    app_in(dir, url, desk_key, true, Some(store))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_queued_report_survives_a_restart_in_resume_mode() {
    let platform = start_platform("reports-resume").await;
    let proxy = Proxy::start(platform.addr).await;
    proxy.set(ProxyMode::Refuse);
    let dir = temp_dir("phone-resume");
    let store = Arc::new(DeviceKeys::default());

    let app = resume_app(&proxy.url, platform.desk_signing_key(), &dir, store.clone());
    let SubmitOutcome::Queued(pending) = app.submit_report(&report(MARKER)).await.unwrap() else {
        panic!("should be queued");
    };
    drop(app);
    // The vault file holds the queued report sealed: no plaintext.
    let vault = std::fs::read(dir.join(discret_core::vault::DB_FILE)).expect("vault file");
    assert!(!contains(&vault, MARKER.as_bytes()));

    let app = resume_app(&proxy.url, platform.desk_signing_key(), &dir, store);
    assert_eq!(app.pending_reports().unwrap(), vec![pending.clone()]);
    proxy.set(ProxyMode::Pass);
    app.network_changed();
    wait_desk(&platform, "the resumed report", || {
        desk_reports(&platform).len() == 1
    })
    .await;
    let again = app.retry_reports().await.expect("retry");
    assert!(again.is_empty(), "sent twice: {again:?}");
    assert!(app.pending_reports().unwrap().is_empty());
    assert_eq!(desk_reports(&platform).len(), 1);

    // Quick exit wipes the queue and the receipts with the vault.
    app.quick_exit();
    assert!(app.sent_reports().unwrap().is_empty());
    assert!(app.pending_reports().unwrap().is_empty());
    platform.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_platform_without_the_pinned_desk_key_never_gets_a_report() {
    let genuine = start_platform("reports-genuine").await;
    let impostor = start_platform("reports-impostor").await;
    let app = app_for(&impostor.url(), genuine.desk_signing_key());
    let outcome = tokio::time::timeout(TIMEOUT, app.submit_report(&report(MARKER)))
        .await
        .expect("answers")
        .expect("queued, not refused");
    assert!(matches!(outcome, SubmitOutcome::Queued(_)), "{outcome:?}");
    assert!(desk_reports(&impostor).is_empty());
    assert!(app.retry_reports().await.is_err());
    genuine.stop().await;
    impostor.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_reports_are_refused_before_anything_is_queued() {
    let platform = start_platform("reports-bad").await;
    let app = app_for(&platform.url(), platform.desk_signing_key());
    let mut future = report("x");
    future.occurred_at_ms = now_ms() + 3_600_000;
    let mut heic = report("x");
    heic.photos = vec![b"\0\0\0\x18ftypheic\0\0\0\0mif1heic".to_vec()];
    let mut corrupt = report("x");
    corrupt.photos = vec![PHOTO[..PHOTO.len() / 2].to_vec()];
    let mut empty = report("");
    empty.photos.clear();
    for (name, bad) in [
        ("future", future),
        ("heic", heic),
        ("corrupt", corrupt),
        ("empty", empty),
    ] {
        let error = app.submit_report(&bad).await.expect_err(name);
        assert!(
            matches!(error, discret_core::Error::InvalidInput { .. }),
            "{name}: {error}"
        );
    }
    assert!(app.pending_reports().unwrap().is_empty());
    assert!(desk_reports(&platform).is_empty());
    platform.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_report_over_the_relay_limit_stays_queued_and_goes_later() {
    let mut config = discret_platform::PlatformConfig::new(
        temp_dir("reports-limit"),
        "127.0.0.1:0".parse().expect("address"),
    );
    config.report_limits.rate = discret_protocol::limits::RateLimit {
        max_messages: 1,
        window: std::time::Duration::from_secs(2),
    };
    let platform = common::start_platform_in(config).await;
    let app = app_for(&platform.url(), platform.desk_signing_key());

    let first = app.submit_report(&report("first")).await.unwrap();
    assert!(matches!(first, SubmitOutcome::Sent(_)), "{first:?}");
    // Over the relay-wide limit: 429, kept in the queue, not dropped.
    let second = app.submit_report(&report("second")).await.unwrap();
    let SubmitOutcome::Queued(pending) = second else {
        panic!("should be queued: {second:?}");
    };
    // The background retry sends it once the window has passed.
    wait_desk(&platform, "the report held back by the limit", || {
        desk_reports(&platform).len() == 2
    })
    .await;
    let again = app.retry_reports().await.expect("retry");
    assert!(again.is_empty(), "sent twice: {again:?}");
    assert!(app.pending_reports().unwrap().is_empty());
    assert!(app
        .sent_reports()
        .unwrap()
        .iter()
        .any(|r| r.client_id == pending.client_id));
    platform.stop().await;
}
