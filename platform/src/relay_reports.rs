//! The relay's side of anonymous reports: it serves the desk's signed HPKE
//! key (`GET /v1/reports/key`) and stores sealed reports as they come
//! (`POST /v1/reports`), opaque, under a random report id, once per client
//! id, answering with a random receipt code. The desk takes them and the
//! ciphertext is deleted; the client id and receipt stay so a late resend
//! gets the same receipt and is not stored again. No address, no device
//! id, no time finer than the storage time.

use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::{DefaultBodyLimit, State};
use axum::routing::{get, post};
use axum::{Json, Router};
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

/// Longest HPKE encapsulated key accepted (X25519: 32 bytes, 43 base64).
const MAX_ENC_CHARS: usize = 64;

/// The report half of the relay.
pub struct RelayReports {
    db: Db,
    /// None in a relay-only process the desk has not published a key for.
    key: Option<ReportKey>,
    /// Woken when a report is stored (wakes the desk).
    pub arrived: Arc<Notify>,
}

/// A sealed report waiting for the desk.
pub struct StoredReport {
    pub report_id: String,
    pub receipt: String,
    pub stored_ms: i64,
    pub sealed: SealedReport,
}

impl RelayReports {
    /// `key` is the desk's signed report key, served as is (and published
    /// in the relay database for a relay-only process).
    pub fn new(db: Db, key: ReportKey) -> Result<Arc<RelayReports>> {
        {
            let conn = db.lock();
            conn.execute_batch(SCHEMA)?;
            conn.execute(
                "INSERT INTO relay_report_key (id, key_json) VALUES (1, ?1)
                 ON CONFLICT(id) DO UPDATE SET key_json = excluded.key_json",
                [String::from_utf8_lossy(&discret_protocol::encode(&key)).into_owned()],
            )?;
        }
        Ok(Arc::new(RelayReports {
            db,
            key: Some(key),
            arrived: Arc::new(Notify::new()),
        }))
    }

    /// A relay-only process: the key the desk published, if any.
    pub fn published(db: Db) -> Result<Arc<RelayReports>> {
        let key = {
            let conn = db.lock();
            conn.execute_batch(SCHEMA)?;
            let json: Option<String> = conn
                .query_row(
                    "SELECT key_json FROM relay_report_key WHERE id = 1",
                    [],
                    |r| r.get(0),
                )
                .optional()?;
            json.and_then(|j| decode::<ReportKey>(j.as_bytes(), 4096).ok())
        };
        Ok(Arc::new(RelayReports {
            db,
            key,
            arrived: Arc::new(Notify::new()),
        }))
    }

    pub fn routes(self: &Arc<Self>) -> Router {
        Router::new()
            .route("/v1/reports/key", get(report_key))
            .route("/v1/reports", post(submit))
            .layer(DefaultBodyLimit::max(limits::MAX_SEALED_BODY_BYTES))
            .with_state(self.clone())
    }

    /// Stores a sealed report once per client id; returns its receipt.
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
        for _ in 0..8 {
            let receipt = receipt_code();
            let stored = conn.execute(
                "INSERT OR IGNORE INTO relay_reports (report_id, client_id, receipt, enc, ciphertext, stored_ms)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![
                    random_id(),
                    sealed.client_id,
                    receipt,
                    sealed.enc,
                    sealed.ciphertext,
                    now_ms()
                ],
            )?;
            if stored == 1 {
                drop(conn);
                self.arrived.notify_one();
                return Ok(ReportAccepted {
                    v: PROTOCOL_VERSION,
                    receipt,
                    duplicate: false,
                });
            }
        }
        Err(Error::Internal("no free receipt code".into()))
    }

    /// Sealed reports the desk has not taken yet, oldest first.
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
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
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
    reports.key.clone().map(Json).ok_or(Error::NoKeys)
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

/// 10 random characters of Crockford base32 (50 bits).
pub fn receipt_code() -> String {
    let mut bytes = [0u8; 10];
    rand::fill(&mut bytes);
    bytes
        .iter()
        .map(|b| CROCKFORD[(*b & 31) as usize] as char)
        .collect()
}

fn random_id() -> String {
    let mut bytes = [0u8; 16];
    rand::fill(&mut bytes);
    crate::relay::hex(&bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn receipts_are_crockford_and_vary() {
        let a = receipt_code();
        assert!(discret_protocol::report::is_valid_receipt(&a), "{a}");
        let all: std::collections::HashSet<String> = (0..50).map(|_| receipt_code()).collect();
        assert_eq!(all.len(), 50);
    }
}
