//! The desk's side of anonymous reports: its HPKE key pair (derived with
//! RFC 9180 `DeriveKeyPair` from the desk's pickle key and a random salt
//! kept in the desk database, so the database alone holds no secret, just
//! as the Olm account pickle needs the pickle key), the key's signature by
//! the desk's Ed25519 identity, and the intake: take sealed reports from
//! the relay, open them, check them, record them, delete the ciphertext.

use std::sync::Arc;
use std::time::Duration;

use base64::{engine::general_purpose::STANDARD_NO_PAD, Engine as _};
use discret_protocol::report::{limits, PhotoFormat, ReportKey, ReportPayload, ReportPlace};
use discret_protocol::seal::ReportKeyPair;
use discret_protocol::{decode, PROTOCOL_VERSION};
use rusqlite::{params, OptionalExtension};
use serde::Serialize;
use vodozemac::olm::Account;
use zeroize::Zeroizing;

use super::link::RelayLink;
use super::Desk;
use crate::db::Db;
use crate::error::{Error, Result};

const SCHEMA: &str = r#"
CREATE TABLE IF NOT EXISTS desk_report_key (
    id      INTEGER PRIMARY KEY CHECK (id = 1),
    salt    BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS reports (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    receipt         TEXT NOT NULL UNIQUE,
    state           TEXT NOT NULL,
    category        TEXT,
    occurred_at_ms  INTEGER,
    received_ms     INTEGER NOT NULL,
    place_json      TEXT,
    text            TEXT,
    photos_json     TEXT
);
"#;

/// The desk looks for waiting reports at least this often.
const SWEEP: Duration = Duration::from_secs(5);

/// Opens (or creates) the desk's report key pair and signs its public key
/// with the desk identity.
pub fn open_key(
    db: &Db,
    pickle_key: &[u8; 32],
    account: &Account,
) -> Result<(ReportKeyPair, ReportKey)> {
    let conn = db.lock();
    conn.execute_batch(SCHEMA)?;
    crate::db::add_column_once(&conn, "reports", "photo_formats", "TEXT")?;
    fill_photo_formats(&conn)?;
    let salt: Option<Vec<u8>> = conn
        .query_row("SELECT salt FROM desk_report_key WHERE id = 1", [], |r| {
            r.get(0)
        })
        .optional()?;
    let salt = match salt {
        Some(salt) => salt,
        None => {
            let mut salt = vec![0u8; 32];
            rand::fill(&mut salt[..]);
            conn.execute(
                "INSERT INTO desk_report_key (id, salt) VALUES (1, ?1)",
                [&salt],
            )?;
            salt
        }
    };
    let mut ikm = Zeroizing::new(Vec::with_capacity(96));
    ikm.extend_from_slice(b"discret-report-key-v1");
    ikm.extend_from_slice(pickle_key);
    ikm.extend_from_slice(&salt);
    let keys = ReportKeyPair::derive(&ikm);
    let public = keys.public_base64();
    let signature = account.sign(ReportKey::signed_text(&public)).to_base64();
    Ok((
        keys,
        ReportKey {
            v: PROTOCOL_VERSION,
            hpke_public_key: public,
            signature,
        },
    ))
}

/// A report as the console shows it.
#[derive(Debug, Clone, Serialize)]
pub struct ReportView {
    pub id: i64,
    pub receipt: String,
    /// "received", or "unreadable" when the seal did not open.
    pub state: String,
    pub category: Option<String>,
    pub occurred_at_ms: Option<i64>,
    pub received_ms: i64,
    pub place: Option<ReportPlace>,
    pub text: Option<String>,
    /// Photo types, in order; the bytes are at
    /// `/console/api/reports/{id}/photos/{n}`.
    pub photos: Vec<String>,
}

/// Opens and records reports.
pub struct ReportDesk {
    pub(crate) desk: Arc<Desk>,
    relay: Arc<dyn RelayLink>,
    keys: ReportKeyPair,
}

impl ReportDesk {
    pub fn new(desk: Arc<Desk>, relay: Arc<dyn RelayLink>, keys: ReportKeyPair) -> Arc<ReportDesk> {
        Arc::new(ReportDesk { desk, relay, keys })
    }

    /// Takes every waiting report: opened and recorded (or recorded as
    /// unreadable), then deleted at the relay. Returns how many.
    pub fn take_pending(&self) -> Result<usize> {
        let pending = self.relay.pending_reports()?;
        let count = pending.len();
        for stored in pending {
            let opened = self
                .keys
                .open(&stored.sealed)
                .map_err(|e| e.to_string())
                .and_then(|plain| {
                    decode::<ReportPayload>(&plain, limits::MAX_SEALED_BODY_BYTES)
                        .map_err(|e| e.to_string())
                })
                .and_then(|payload| checked(payload).map_err(str::to_string));
            let conn = self.desk.db.lock();
            match opened {
                Ok(payload) => {
                    let photos = serde_json::to_string(&payload.photos)
                        .map_err(|_| Error::Internal("photos".into()))?;
                    // The list shows each photo's type without reading it.
                    let formats: Vec<PhotoFormat> =
                        payload.photos.iter().map(|p| p.format).collect();
                    let formats = serde_json::to_string(&formats)
                        .map_err(|_| Error::Internal("photos".into()))?;
                    let place = payload
                        .place
                        .as_ref()
                        .map(serde_json::to_string)
                        .transpose()
                        .map_err(|_| Error::Internal("place".into()))?;
                    let category = serde_json::to_value(payload.category)
                        .ok()
                        .and_then(|v| v.as_str().map(str::to_owned));
                    conn.execute(
                        "INSERT OR IGNORE INTO reports (receipt, state, category, occurred_at_ms, received_ms, place_json, text, photos_json, photo_formats)
                         VALUES (?1, 'received', ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                        params![
                            stored.receipt,
                            category,
                            payload.occurred_at_ms,
                            stored.stored_ms,
                            place,
                            payload.text,
                            photos,
                            formats
                        ],
                    )?;
                }
                Err(reason) => {
                    tracing::warn!(reason = %reason, "a sealed report could not be opened");
                    conn.execute(
                        "INSERT OR IGNORE INTO reports (receipt, state, received_ms) VALUES (?1, 'unreadable', ?2)",
                        params![stored.receipt, stored.stored_ms],
                    )?;
                }
            }
            drop(conn);
            self.relay.report_taken(&stored.report_id)?;
        }
        if count > 0 {
            self.desk.bump();
        }
        Ok(count)
    }

    /// Takes reports as they arrive (and sweeps every few seconds).
    pub fn spawn_worker(self: &Arc<Self>) -> tokio::task::JoinHandle<()> {
        self.spawn_worker_every(SWEEP)
    }

    /// The same, sweeping every `sweep`; a full batch is followed by the
    /// next at once.
    pub fn spawn_worker_every(self: &Arc<Self>, sweep: Duration) -> tokio::task::JoinHandle<()> {
        let desk = self.clone();
        tokio::spawn(async move {
            loop {
                let arrived = desk.relay.signals().reports_arrived.clone();
                let notified = arrived.notified();
                tokio::pin!(notified);
                notified.as_mut().enable();
                let desk2 = desk.clone();
                match tokio::task::spawn_blocking(move || desk2.take_pending()).await {
                    Ok(Err(e)) => tracing::error!(error = %e, "report intake failed"),
                    Err(e) => tracing::error!(error = %e, "report intake panicked"),
                    Ok(Ok(taken)) if taken > 0 => continue,
                    Ok(Ok(_)) => {}
                }
                let _ = tokio::time::timeout(sweep, notified).await;
            }
        })
    }

    /// The latest reports, newest first.
    pub fn list(&self, limit: usize) -> Result<Vec<ReportView>> {
        let conn = self.desk.db.lock();
        let mut stmt = conn.prepare(
            "SELECT id, receipt, state, category, occurred_at_ms, received_ms, place_json, text, photo_formats
             FROM reports ORDER BY id DESC LIMIT ?1",
        )?;
        let rows = stmt
            .query_map([limit.min(500) as i64], |r| {
                let place: Option<String> = r.get(6)?;
                let formats: Option<String> = r.get(8)?;
                let formats: Vec<PhotoFormat> = formats
                    .and_then(|f| serde_json::from_str(&f).ok())
                    .unwrap_or_default();
                Ok(ReportView {
                    id: r.get(0)?,
                    receipt: r.get(1)?,
                    state: r.get(2)?,
                    category: r.get(3)?,
                    occurred_at_ms: r.get(4)?,
                    received_ms: r.get(5)?,
                    place: place.and_then(|p| serde_json::from_str(&p).ok()),
                    text: r.get(7)?,
                    photos: formats
                        .into_iter()
                        .map(|format| format.mime_type().to_string())
                        .collect(),
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }

    /// One photo of a report: its type and bytes.
    pub fn photo(&self, id: i64, n: usize) -> Result<(PhotoFormat, Vec<u8>)> {
        let photos: Option<String> = self
            .desk
            .db
            .lock()
            .query_row("SELECT photos_json FROM reports WHERE id = ?1", [id], |r| {
                r.get(0)
            })
            .optional()?
            .flatten();
        // Only the photo asked for is decoded.
        let photos: Vec<discret_protocol::report::ReportPhoto> = photos
            .and_then(|j| serde_json::from_str(&j).ok())
            .unwrap_or_default();
        let photo = photos.into_iter().nth(n).ok_or(Error::NotFound)?;
        let bytes = STANDARD_NO_PAD
            .decode(&photo.data)
            .map_err(|_| Error::NotFound)?;
        Ok((photo.format, bytes))
    }
}

/// Reports taken before the `photo_formats` column: their photos' types,
/// read once (the data is skipped, not decoded).
fn fill_photo_formats(conn: &rusqlite::Connection) -> Result<()> {
    #[derive(serde::Deserialize)]
    struct FormatOnly {
        format: PhotoFormat,
    }
    let old = conn
        .prepare("SELECT id, photos_json FROM reports WHERE photo_formats IS NULL AND photos_json IS NOT NULL")?
        .query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?)))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    for (id, photos) in old {
        let formats: Vec<PhotoFormat> = serde_json::from_str::<Vec<FormatOnly>>(&photos)
            .map(|photos| photos.into_iter().map(|p| p.format).collect())
            .unwrap_or_default();
        let formats =
            serde_json::to_string(&formats).map_err(|_| Error::Internal("photos".into()))?;
        conn.execute(
            "UPDATE reports SET photo_formats = ?2 WHERE id = ?1",
            params![id, formats],
        )?;
    }
    Ok(())
}

/// The desk checks what the phone checked: limits, and photos that are
/// what they claim to be (the console shows them).
fn checked(mut payload: ReportPayload) -> std::result::Result<ReportPayload, &'static str> {
    payload.text = discret_protocol::text::sanitize_bidi(&payload.text);
    if payload.text.chars().count() > limits::MAX_TEXT_CHARS {
        return Err("text too long");
    }
    if payload.photos.len() > limits::MAX_PHOTOS {
        return Err("too many photos");
    }
    if let Some(place) = &payload.place {
        let valid = place.latitude.is_finite()
            && place.longitude.is_finite()
            && (-90.0..=90.0).contains(&place.latitude)
            && (-180.0..=180.0).contains(&place.longitude);
        if !valid {
            return Err("place out of range");
        }
    }
    for photo in &payload.photos {
        let bytes = STANDARD_NO_PAD
            .decode(&photo.data)
            .map_err(|_| "photo not base64")?;
        let signature_ok = match photo.format {
            PhotoFormat::Jpeg => bytes.starts_with(&[0xFF, 0xD8, 0xFF]),
            PhotoFormat::Png => bytes.starts_with(b"\x89PNG\r\n\x1a\n"),
            PhotoFormat::Webp => {
                bytes.len() >= 12 && &bytes[0..4] == b"RIFF" && &bytes[8..12] == b"WEBP"
            }
        };
        if !signature_ok || bytes.len() > limits::MAX_PHOTO_BYTES {
            return Err("photo is not the image it claims to be");
        }
    }
    Ok(payload)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reports_taken_before_the_formats_column_get_their_formats_on_open() {
        let dir = std::env::temp_dir().join(format!(
            "discret-desk-formats-{}",
            crate::relay_reports::random_id()
        ));
        let db = Db::open(&dir).unwrap();
        let account = Account::new();
        open_key(&db, &[3u8; 32], &account).unwrap();
        db.lock()
            .execute_batch(
                r#"INSERT INTO reports (receipt, state, received_ms, photos_json) VALUES
                   ('R1', 'received', 1, '[{"format":"png","data":"AAAA"},{"format":"jpeg","data":"AAAA"}]'),
                   ('R2', 'unreadable', 2, NULL)"#,
            )
            .unwrap();
        open_key(&db, &[3u8; 32], &account).unwrap();
        let formats: Vec<Option<String>> = db
            .lock()
            .prepare("SELECT photo_formats FROM reports ORDER BY id")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .map(|r| r.unwrap())
            .collect();
        assert_eq!(formats, [Some(r#"["png","jpeg"]"#.to_string()), None]);
        let _ = std::fs::remove_dir_all(dir);
    }

    #[test]
    fn the_report_key_is_stable_signed_and_opens_what_is_sealed_to_it() {
        let dir = std::env::temp_dir().join(format!("discret-desk-reports-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let db = Db::open(&dir).unwrap();
        let account = Account::new();
        let (keys, published) = open_key(&db, &[3u8; 32], &account).unwrap();
        let (_, again) = open_key(&db, &[3u8; 32], &account).unwrap();
        assert_eq!(published, again);
        // Another pickle key, another report key: the database alone is not enough.
        let (_, other) = open_key(&db, &[4u8; 32], &account).unwrap();
        assert_ne!(other.hpke_public_key, published.hpke_public_key);
        let signature = vodozemac::Ed25519Signature::from_base64(&published.signature).unwrap();
        account
            .identity_keys()
            .ed25519
            .verify(
                ReportKey::signed_text(&published.hpke_public_key).as_bytes(),
                &signature,
            )
            .unwrap();
        let id = "ab".repeat(16);
        let sealed =
            discret_protocol::seal::seal(&published.hpke_public_key, &id, b"payload").unwrap();
        assert_eq!(keys.open(&sealed).unwrap().as_slice(), b"payload");
        let _ = std::fs::remove_dir_all(&dir);
    }
}
