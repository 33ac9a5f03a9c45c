//! The relay's side of anonymous reports: it serves the desk's signed HPKE
//! key (`GET /v1/reports/key`) and stores sealed reports as they come
//! (`POST /v1/reports`), opaque, under a random report id, once per client
//! id, answering with a random receipt code. The desk takes them and the
//! ciphertext is deleted; the client id and receipt stay so a late resend
//! gets the same receipt and is not stored again. No address, no device
//! id, no time finer than the storage time.
//!
//! Since the relay never knows who sends a report, its limits are
//! relay-wide ([`ReportLimits`]): so many new reports a minute, and so many
//! bytes waiting for the desk. Over either, a new report gets `429` and the
//! phone's queue keeps it and retries later; a resend of a stored report is
//! always answered. The client id and receipt of a taken report are kept
//! [`RECEIPT_KEPT`], longer than a phone keeps a queued report, then purged.

use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::body::Bytes;
use axum::extract::{DefaultBodyLimit, State};
use axum::routing::{get, post};
use axum::{Json, Router};
use discret_protocol::limits::{RateLimit, RateWindow};
use discret_protocol::relay::is_valid_client_id;
use discret_protocol::report::{limits, ReportAccepted, ReportKey, SealedReport, CROCKFORD};
use discret_protocol::{decode, PROTOCOL_VERSION};
use rusqlite::{params, OptionalExtension};
use tokio::sync::Notify;

use crate::db::{now_ms, Db};
use crate::error::{Error, Result};

const SCHEMA: &str = r#"
-- The desk's signed report key, published for a relay-only process.
CREATE TABLE IF NOT EXISTS relay_report_key (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    key_json    TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS relay_reports (
    report_id   TEXT PRIMARY KEY,
    client_id   TEXT NOT NULL UNIQUE,
    receipt     TEXT NOT NULL UNIQUE,
    enc         TEXT,
    ciphertext  TEXT,
    stored_ms   INTEGER NOT NULL
);
"#;

/// Sizes of waiting reports, summed from a small index instead of reading
/// every waiting ciphertext (`size` is added to databases made before).
const SIZE_INDEX: &str = r#"
CREATE INDEX IF NOT EXISTS relay_reports_waiting ON relay_reports(size) WHERE ciphertext IS NOT NULL;
UPDATE relay_reports SET size = length(enc) + length(ciphertext)
    WHERE size = 0 AND ciphertext IS NOT NULL;
"#;

fn open_schema(conn: &rusqlite::Connection) -> Result<()> {
    conn.execute_batch(SCHEMA)?;
    crate::db::add_column_once(conn, "relay_reports", "size", "INTEGER NOT NULL DEFAULT 0")?;
    conn.execute_batch(SIZE_INDEX)?;
    Ok(())
}

/// Longest HPKE encapsulated key accepted (X25519: 32 bytes, 43 base64).
const MAX_ENC_CHARS: usize = 64;

/// How long the client id and receipt of a report the desk took are kept
/// (a phone drops a queued report after 7 days: a resend cannot come later).
pub const RECEIPT_KEPT: Duration = Duration::from_secs(14 * 24 * 3600);

/// How often old receipts are purged (at most; on the next report).
const PURGE_EVERY: Duration = Duration::from_secs(3600);

/// What the relay accepts of new reports, all senders together.
#[derive(Debug, Clone, Copy)]
pub struct ReportLimits {
    /// New reports accepted per window.
    pub rate: RateLimit,
    /// Bytes of sealed reports waiting for the desk (encapsulated key and
    /// ciphertext, as stored).
    pub max_pending_bytes: u64,
}

impl Default for ReportLimits {
    /// 300 new reports a minute (several times France's daily volume of
    /// online reports in an hour), and 512 MiB waiting: some fifty
    /// reports with three large photos, thousands of text-only ones.
    fn default() -> Self {
        ReportLimits {
            rate: RateLimit {
                max_messages: 300,
                window: Duration::from_secs(60),
            },
            max_pending_bytes: 512 * 1024 * 1024,
        }
    }
}

/// Sealed reports handed to the desk in one batch, in bytes (the last one
/// may go past it).
pub const PENDING_BATCH_BYTES: usize = 16 * 1024 * 1024;

/// The report half of the relay.
pub struct RelayReports {
    db: Db,
    limits: ReportLimits,
    recent: Mutex<RateWindow>,
    /// When receipts were last purged (ms since the epoch).
    purged_ms: AtomicI64,
    /// None in a relay-only process the desk has not published a key for.
    key: std::sync::RwLock<Option<ReportKey>>,
    /// Woken when a report is stored (wakes the desk).
    pub arrived: Arc<Notify>,
    /// How many reports were stored (a desk on another machine waits on it).
    pub(crate) news: tokio::sync::watch::Sender<u64>,
}

/// A sealed report waiting for the desk.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StoredReport {
    pub report_id: String,
    pub receipt: String,
    pub stored_ms: i64,
    pub sealed: SealedReport,
}

impl RelayReports {
    /// The desk's report key, as the desk publishes it (in this process or
    /// over its link): served once its signature checks with the desk's
    /// signing key, and stored.
    pub fn set_key(&self, key: ReportKey, desk_signing_key: &str) -> Result<()> {
        RelayReports::check_key(&key, desk_signing_key)?;
        store_key(&self.db.lock(), &key)?;
        *self.key.write().unwrap_or_else(|p| p.into_inner()) = Some(key);
        Ok(())
    }

    /// Checks that the report key is signed by the desk's key.
    pub fn check_key(key: &ReportKey, desk_signing_key: &str) -> Result<()> {
        let signed = vodozemac::Ed25519PublicKey::from_base64(desk_signing_key)
            .ok()
            .zip(vodozemac::Ed25519Signature::from_base64(&key.signature).ok())
            .is_some_and(|(desk, signature)| {
                desk.verify(
                    ReportKey::signed_text(&key.hpke_public_key).as_bytes(),
                    &signature,
                )
                .is_ok()
            });
        if !signed {
            return Err(Error::BadRequest(
                "the report key is not signed by the desk's key".into(),
            ));
        }
        Ok(())
    }

    /// A relay-only process: the key the desk published, if any.
    pub fn published(db: Db, limits: ReportLimits) -> Result<Arc<RelayReports>> {
        let key = {
            let conn = db.lock();
            open_schema(&conn)?;
            let json: Option<String> = conn
                .query_row(
                    "SELECT key_json FROM relay_report_key WHERE id = 1",
                    [],
                    |r| r.get(0),
                )
                .optional()?;
            json.and_then(|j| decode::<ReportKey>(j.as_bytes(), 4096).ok())
        };
        Ok(RelayReports::with(db, key, limits))
    }

    fn with(db: Db, key: Option<ReportKey>, limits: ReportLimits) -> Arc<RelayReports> {
        Arc::new(RelayReports {
            db,
            limits,
            recent: Mutex::new(RateWindow::default()),
            purged_ms: AtomicI64::new(0),
            key: std::sync::RwLock::new(key),
            arrived: Arc::new(Notify::new()),
            news: tokio::sync::watch::channel(0).0,
        })
    }

    pub fn routes(self: &Arc<Self>) -> Router {
        Router::new()
            .route("/v1/reports/key", get(report_key))
            .route("/v1/reports", post(submit))
            .layer(DefaultBodyLimit::max(limits::MAX_SEALED_BODY_BYTES))
            .with_state(self.clone())
    }

    /// Stores a sealed report once per client id; returns its receipt. A
    /// new report over the limits is refused ([`Error::TooManyReports`]).
    pub fn store(&self, sealed: &SealedReport) -> Result<ReportAccepted> {
        if !is_valid_client_id(&sealed.client_id) {
            return Err(Error::BadRequest(
                "client_id must be 32 lowercase hex characters".into(),
            ));
        }
        if sealed.enc.is_empty() || sealed.enc.len() > MAX_ENC_CHARS || sealed.ciphertext.is_empty()
        {
            return Err(Error::BadRequest(
                "enc and ciphertext must be non-empty base64".into(),
            ));
        }
        self.purge_now_and_then();
        let conn = self.db.lock();
        let known: Option<String> = conn
            .query_row(
                "SELECT receipt FROM relay_reports WHERE client_id = ?1",
                [&sealed.client_id],
                |r| r.get(0),
            )
            .optional()?;
        if let Some(receipt) = known {
            return Ok(ReportAccepted {
                v: PROTOCOL_VERSION,
                receipt,
                duplicate: true,
            });
        }
        let pending_bytes: i64 = conn
            .prepare_cached(
                "SELECT COALESCE(SUM(size), 0) FROM relay_reports WHERE ciphertext IS NOT NULL",
            )?
            .query_row([], |r| r.get(0))?;
        let size = (sealed.enc.len() + sealed.ciphertext.len()) as u64;
        if pending_bytes.max(0) as u64 + size > self.limits.max_pending_bytes {
            return Err(Error::TooManyReports(
                "the relay holds too many reports the desk has not taken yet; retry later",
            ));
        }
        // Last, so that a report refused for its size takes no slot (the
        // sum above reads a small index, not the reports).
        self.recent
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .try_acquire(self.limits.rate, Instant::now())
            .map_err(|_| Error::TooManyReports("too many reports right now; retry later"))?;
        for _ in 0..8 {
            let receipt = receipt_code();
            let stored = conn.execute(
                "INSERT OR IGNORE INTO relay_reports (report_id, client_id, receipt, enc, ciphertext, stored_ms, size)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                params![
                    random_id(),
                    sealed.client_id,
                    receipt,
                    sealed.enc,
                    sealed.ciphertext,
                    now_ms(),
                    size as i64
                ],
            )?;
            if stored == 1 {
                drop(conn);
                self.arrived.notify_one();
                self.news.send_modify(|n| *n += 1);
                return Ok(ReportAccepted {
                    v: PROTOCOL_VERSION,
                    receipt,
                    duplicate: false,
                });
            }
        }
        Err(Error::Internal("no free receipt code".into()))
    }

    /// Deletes the client ids and receipts of reports taken before
    /// `now_ms - RECEIPT_KEPT`; a report the desk has not taken stays.
    /// Returns how many went.
    pub fn purge_receipts(&self, now_ms: i64) -> Result<usize> {
        let before = now_ms - RECEIPT_KEPT.as_millis() as i64;
        Ok(self.db.lock().execute(
            "DELETE FROM relay_reports WHERE ciphertext IS NULL AND stored_ms < ?1",
            [before],
        )?)
    }

    fn purge_now_and_then(&self) {
        let now = now_ms();
        let last = self.purged_ms.load(Ordering::Relaxed);
        if now - last < PURGE_EVERY.as_millis() as i64
            || self
                .purged_ms
                .compare_exchange(last, now, Ordering::AcqRel, Ordering::Relaxed)
                .is_err()
        {
            return;
        }
        if let Err(e) = self.purge_receipts(now) {
            tracing::error!(error = %e, "purging old report receipts failed");
        }
    }

    /// Sealed reports the desk has not taken yet, oldest first: at most 50,
    /// and past [`PENDING_BATCH_BYTES`] no more (always at least one).
    pub fn pending(&self) -> Result<Vec<StoredReport>> {
        let conn = self.db.lock();
        let mut stmt = conn.prepare(
            "SELECT report_id, receipt, stored_ms, client_id, enc, ciphertext FROM relay_reports
             WHERE ciphertext IS NOT NULL ORDER BY stored_ms LIMIT 50",
        )?;
        let rows = stmt
            .query_map([], |r| {
                Ok(StoredReport {
                    report_id: r.get(0)?,
                    receipt: r.get(1)?,
                    stored_ms: r.get(2)?,
                    sealed: SealedReport {
                        v: PROTOCOL_VERSION,
                        client_id: r.get(3)?,
                        enc: r.get(4)?,
                        ciphertext: r.get(5)?,
                    },
                })
            })?
            .scan(0usize, |bytes, row| {
                // A batch ends once past its byte budget (a report can be
                // megabytes of photos): the rest comes in the next one.
                if *bytes >= PENDING_BATCH_BYTES {
                    return None;
                }
                *bytes += row.as_ref().map_or(0, |r| r.sealed.ciphertext.len());
                Some(row)
            })
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }

    /// Whether a sealed report waits for the desk.
    pub fn pending_exists(&self) -> Result<bool> {
        Ok(self.db.lock().query_row(
            "SELECT EXISTS (SELECT 1 FROM relay_reports WHERE ciphertext IS NOT NULL)",
            [],
            |r| r.get(0),
        )?)
    }

    /// The desk holds the report: the ciphertext goes.
    pub fn taken(&self, report_id: &str) -> Result<()> {
        self.db.lock().execute(
            "UPDATE relay_reports SET enc = NULL, ciphertext = NULL WHERE report_id = ?1",
            [report_id],
        )?;
        Ok(())
    }
}

async fn report_key(State(reports): State<Arc<RelayReports>>) -> Result<Json<ReportKey>> {
    let key = reports
        .key
        .read()
        .unwrap_or_else(|p| p.into_inner())
        .clone();
    key.map(Json).ok_or(Error::NoKeys)
}

async fn submit(
    State(reports): State<Arc<RelayReports>>,
    body: Bytes,
) -> Result<Json<ReportAccepted>> {
    let sealed: SealedReport = decode(&body, limits::MAX_SEALED_BODY_BYTES)?;
    let reports2 = reports.clone();
    let accepted = tokio::task::spawn_blocking(move || reports2.store(&sealed))
        .await
        .map_err(|_| Error::Internal("report task".into()))??;
    Ok(Json(accepted))
}

fn store_key(conn: &rusqlite::Connection, key: &ReportKey) -> Result<()> {
    conn.execute(
        "INSERT INTO relay_report_key (id, key_json) VALUES (1, ?1)
         ON CONFLICT(id) DO UPDATE SET key_json = excluded.key_json",
        [String::from_utf8_lossy(&discret_protocol::encode(key)).into_owned()],
    )?;
    Ok(())
}

/// 10 random characters of Crockford base32 (50 bits).
pub fn receipt_code() -> String {
    let mut bytes = [0u8; 10];
    rand::fill(&mut bytes);
    bytes
        .iter()
        .map(|b| CROCKFORD[(*b & 31) as usize] as char)
        .collect()
}

pub(crate) fn random_id() -> String {
    let mut bytes = [0u8; 16];
    rand::fill(&mut bytes);
    crate::relay::hex(&bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reports(limits: ReportLimits) -> Arc<RelayReports> {
        let dir = std::env::temp_dir().join(format!("discret-relay-reports-{}", random_id()));
        RelayReports::published(Db::open_relay(&dir).unwrap(), limits).unwrap()
    }

    fn sealed(n: u8, ciphertext_len: usize) -> SealedReport {
        SealedReport {
            v: PROTOCOL_VERSION,
            client_id: format!("{n:02x}").repeat(16),
            enc: "A".repeat(43),
            ciphertext: "B".repeat(ciphertext_len),
        }
    }

    #[test]
    fn new_reports_over_the_rate_are_refused_but_resends_are_answered() {
        let reports = reports(ReportLimits {
            rate: RateLimit {
                max_messages: 2,
                window: Duration::from_secs(3600),
            },
            ..ReportLimits::default()
        });
        let first = reports.store(&sealed(1, 100)).unwrap();
        reports.store(&sealed(2, 100)).unwrap();
        let refused = reports.store(&sealed(3, 100));
        assert!(
            matches!(refused, Err(Error::TooManyReports(m)) if m.contains("retry later")),
            "{refused:?}"
        );
        let again = reports.store(&sealed(1, 100)).unwrap();
        assert!(again.duplicate && again.receipt == first.receipt);
        assert_eq!(reports.pending().unwrap().len(), 2);
    }

    #[test]
    fn the_bytes_waiting_for_the_desk_are_bounded() {
        let reports = reports(ReportLimits {
            max_pending_bytes: 1_000,
            ..ReportLimits::default()
        });
        reports.store(&sealed(1, 600)).unwrap();
        assert!(matches!(
            reports.store(&sealed(2, 600)),
            Err(Error::TooManyReports(_))
        ));
        let waiting = reports.pending().unwrap();
        reports.taken(&waiting[0].report_id).unwrap();
        reports.store(&sealed(2, 600)).unwrap();
    }

    #[test]
    fn old_receipts_of_taken_reports_are_purged_and_waiting_reports_stay() {
        let reports = reports(ReportLimits::default());
        reports.store(&sealed(1, 100)).unwrap();
        reports.store(&sealed(2, 100)).unwrap();
        let waiting = reports.pending().unwrap();
        reports.taken(&waiting[0].report_id).unwrap();
        let later = now_ms() + RECEIPT_KEPT.as_millis() as i64 + 1_000;
        assert_eq!(reports.purge_receipts(now_ms()).unwrap(), 0);
        assert_eq!(reports.purge_receipts(later).unwrap(), 1);
        assert_eq!(reports.pending().unwrap().len(), 1);
        // The purged client id is new again; the waiting one is still known.
        assert!(!reports.store(&sealed(1, 100)).unwrap().duplicate);
        assert!(reports.store(&sealed(2, 100)).unwrap().duplicate);
    }

    #[test]
    fn receipts_are_crockford_and_vary() {
        let a = receipt_code();
        assert!(discret_protocol::report::is_valid_receipt(&a), "{a}");
        let all: std::collections::HashSet<String> = (0..50).map(|_| receipt_code()).collect();
        assert_eq!(all.len(), 50);
    }
}
