//! The relay: the public, untrusted half of the platform. It hands out the
//! desk's signed one-time keys, stores Olm ciphertext under a hash of the
//! chat token until the other side has it, and serves long polls. It never
//! sees content, and stores no address, device id or phone number.
//!
//! Writes on the message path go through [`GroupCommit`] (one transaction
//! for every write waiting, answered after commit); reads use a connection
//! of their own, which WAL never blocks behind the writer.

use std::collections::{HashMap, VecDeque};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use discret_protocol::limits::{RateLimit, RateWindow};

use axum::body::Bytes;
use axum::extract::{DefaultBodyLimit, Path, Query, State};
use axum::http::StatusCode;
use axum::routing::{get, post};
use axum::{Json, Router};
use discret_protocol::relay::{
    is_valid_chat_token, is_valid_client_id, Ack, Ciphertext, DownBatch, DownEnvelope, Health,
    KeyBundle, UpAccepted, UpEnvelope,
};
use discret_protocol::{decode, limits, PROTOCOL_VERSION};
use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use tokio::sync::Notify;

use crate::db::{now_ms, Db};
use crate::error::{Error, Result};
use crate::group_commit::GroupCommit;

/// Shared relay state.
pub struct Relay {
    /// The relay's database (the desk publishes its one-time keys there).
    db: Db,
    /// Every write of the message path.
    writer: GroupCommit,
    /// Reads of the message path.
    reader: Mutex<Connection>,
    /// What `/v1/health` serves: the desk's public keys (empty until a desk
    /// on another machine has published them over its link).
    health: std::sync::RwLock<Health>,
    /// One wake-up per chat with a link or long poll open: storing a
    /// downward message wakes only that chat, not every link.
    down_waiters: Mutex<HashMap<String, Arc<DownWaiter>>>,
    /// Woken when an upward message is stored (wakes the desk).
    pub up_arrived: Arc<Notify>,
    /// Woken when the stock of one-time keys runs low (the desk refills it).
    pub keys_low: Arc<Notify>,
    /// Counts of the same two events, for a desk on another machine (its
    /// news long poll: `relay_desk_link.rs`).
    pub(crate) up_news: tokio::sync::watch::Sender<u64>,
    pub(crate) keys_news: tokio::sync::watch::Sender<u64>,
    /// Set when the platform stops: open links and long polls end.
    closing: tokio::sync::watch::Sender<bool>,
    rate: Mutex<HashMap<String, RateWindow>>,
    rate_limit: RateLimit,
}

/// An upward message waiting for the desk.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PendingUp {
    /// The SHA-256 of the chat's token (the desk's case key).
    pub chat_hash: String,
    pub seq: u64,
    pub ciphertext: Ciphertext,
    /// Where it is stored: what [`Relay::taken_up_batch`] deletes.
    row: TakenUp,
}

impl PendingUp {
    /// What the desk gives back once it holds this message.
    pub fn taken(&self) -> TakenUp {
        self.row
    }
}

/// An upward message the desk holds: its row, chat id and number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TakenUp {
    id: i64,
    chat: i64,
    seq: u64,
}

/// How many one-time keys phones can still claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KeyStock {
    pub unclaimed: i64,
    pub fallback: bool,
}

/// A one-time (or fallback) key the desk signed, for phones to claim.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SignedKey {
    pub one_time_key: String,
    pub signature: String,
    pub fallback: bool,
}

/// A chat's wake-up, the last downward sequence number stored while
/// someone waited, and the latest downward messages themselves: an open
/// link reads the store only when it has news, and usually not even then
/// (it sends what the push left here, committed and in order).
#[derive(Default)]
pub(crate) struct DownWaiter {
    pub(crate) stored: Notify,
    pub(crate) last_seq: AtomicU64,
    /// Downward messages stored while this chat had a link, oldest first,
    /// not yet acknowledged; at most [`RECENT_KEPT`].
    recent: Mutex<VecDeque<DownEnvelope>>,
}

/// Downward messages a chat's waiter keeps in memory at most; past that,
/// or after a gap, the link reads the store.
const RECENT_KEPT: usize = 32;

impl DownWaiter {
    fn recent(&self) -> std::sync::MutexGuard<'_, VecDeque<DownEnvelope>> {
        self.recent.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Keeps a committed downward message for the chat's link.
    fn keep(&self, envelope: DownEnvelope) {
        let mut recent = self.recent();
        let at = recent.partition_point(|m| m.seq < envelope.seq);
        if recent.get(at).is_some_and(|m| m.seq == envelope.seq) {
            return;
        }
        recent.insert(at, envelope);
        while recent.len() > RECENT_KEPT {
            recent.pop_front();
        }
    }

    /// The messages after `after` up to `last_seq`, when memory holds them
    /// all, without a gap, within one batch's limits; `None`: read the store.
    pub(crate) fn kept_after(&self, after: u64) -> Option<Vec<DownEnvelope>> {
        let last = self.last_seq.load(Ordering::Acquire);
        let recent = self.recent();
        let from = recent.partition_point(|m| m.seq <= after);
        let mut messages = Vec::new();
        let mut bytes = 0;
        let mut next = after + 1;
        for m in recent.range(from..) {
            if m.seq != next || messages.len() >= limits::MAX_POLL_BATCH {
                return None;
            }
            bytes += m.ciphertext.body.len();
            if bytes > limits::MAX_POLL_BATCH_BYTES {
                return None;
            }
            messages.push(m.clone());
            next += 1;
        }
        (next == last + 1).then_some(messages)
    }

    /// The phone holds everything up to `up_to`.
    fn forget_up_to(&self, up_to: u64) {
        let mut recent = self.recent();
        while recent.front().is_some_and(|m| m.seq <= up_to) {
            recent.pop_front();
        }
    }
}

/// A closed chat is forgotten this long after its closing or last message.
pub const CLOSED_CHAT_KEPT: Duration = Duration::from_secs(24 * 3600);
/// A chat without a message either way for this long is forgotten.
pub const IDLE_CHAT_KEPT: Duration = Duration::from_secs(30 * 24 * 3600);
/// A claimed one-time key is remembered this long (a desk publishes the
/// keys it generated within minutes; a lost answer is retried well before).
pub const CLAIMED_KEY_KEPT: Duration = Duration::from_secs(30 * 24 * 3600);
/// How often old chats are looked for.
const RETENTION_EVERY: Duration = Duration::from_secs(3600);

/// Below this many unclaimed one-time keys, the desk is asked for more.
pub const KEYS_LOW_WATERMARK: i64 = 20;

/// The relay stores a chat under the SHA-256 of its token: a copy of the
/// database does not give the capability to read or write the chat.
pub fn chat_hash(token: &str) -> String {
    hex(&Sha256::digest(token.as_bytes()))
}

pub(crate) fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

impl Relay {
    /// `rate_limit` applies to each chat's upward messages; the phone's own
    /// limit is lower (receipts and retries need room).
    pub fn new(db: Db, health: Health, rate_limit: RateLimit) -> Result<Arc<Relay>> {
        // The writer's checkpoint thread keeps the log short; a commit on
        // the shared connection (keys, reports) must not checkpoint inline.
        db.lock().execute_batch("PRAGMA wal_autocheckpoint = 0")?;
        Ok(Arc::new(Relay {
            writer: GroupCommit::start(db.connect()?, db.connect()?)?,
            reader: Mutex::new(db.connect()?),
            db,
            health: std::sync::RwLock::new(health),
            down_waiters: Mutex::new(HashMap::new()),
            closing: tokio::sync::watch::channel(false).0,
            up_arrived: Arc::new(Notify::new()),
            keys_low: Arc::new(Notify::new()),
            up_news: tokio::sync::watch::channel(0).0,
            keys_news: tokio::sync::watch::channel(0).0,
            rate: Mutex::new(HashMap::new()),
            rate_limit,
        }))
    }

    /// The desk's Ed25519 key this relay serves (empty: none yet).
    pub fn desk_signing_key(&self) -> String {
        self.health().desk_signing_key
    }

    fn health(&self) -> Health {
        self.health
            .read()
            .unwrap_or_else(|p| p.into_inner())
            .clone()
    }

    /// Checks the desk's public keys (an Ed25519 and a Curve25519 key).
    pub fn check_desk_public(signing_key: &str, identity_key: &str) -> Result<()> {
        if vodozemac::Ed25519PublicKey::from_base64(signing_key).is_err()
            || vodozemac::Curve25519PublicKey::from_base64(identity_key).is_err()
        {
            return Err(Error::BadRequest(
                "the desk's keys must be an Ed25519 and a Curve25519 public key in base64".into(),
            ));
        }
        Ok(())
    }

    /// The desk's public keys, as a desk on another machine publishes them
    /// over its link: checked, stored, served from now on. Another desk
    /// identity than before makes the one-time keys of the old one go.
    pub fn set_desk_public(&self, signing_key: &str, identity_key: &str) -> Result<()> {
        Relay::check_desk_public(signing_key, identity_key)?;
        let mut health = self.health.write().unwrap_or_else(|p| p.into_inner());
        let changed = !health.desk_identity_key.is_empty()
            && (health.desk_identity_key != identity_key || health.desk_signing_key != signing_key);
        if changed {
            tracing::warn!("the desk's identity changed: its old one-time keys are withdrawn");
            self.db.lock().execute("DELETE FROM desk_keys", [])?;
        }
        health.desk_signing_key = signing_key.to_string();
        health.desk_identity_key = identity_key.to_string();
        publish_health(&self.db, &health)
    }

    /// Whether a desk has published its keys here.
    pub fn has_desk(&self) -> bool {
        !self.health().desk_signing_key.is_empty()
    }

    /// The relay's health before any desk published its keys (a relay-only
    /// process whose desk talks to it over the network).
    pub fn unpublished_health() -> Health {
        Health {
            v: PROTOCOL_VERSION,
            service: "discret-relay".into(),
            desk_signing_key: String::new(),
            desk_identity_key: String::new(),
        }
    }

    /// The relay's database (the desk's one-time keys live there).
    pub fn db(&self) -> &Db {
        &self.db
    }

    /// The desk's public keys as the desk published them in the relay's
    /// database: how a relay running apart from the desk learns them.
    pub fn published_health(db: &Db) -> Result<Health> {
        let keys: Option<(String, String)> = db
            .lock()
            .query_row(
                "SELECT signing_key, identity_key FROM desk_public WHERE id = 1",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        let (desk_signing_key, desk_identity_key) = keys.ok_or_else(|| {
            Error::Setup(
                "no desk has published its keys in this data directory: start the desk first \
                 (serve --role desk)"
                    .into(),
            )
        })?;
        Ok(Health {
            v: PROTOCOL_VERSION,
            service: "discret-relay".into(),
            desk_signing_key,
            desk_identity_key,
        })
    }

    /// Publishes the desk's public keys for a relay running apart.
    pub fn publish_health(&self) -> Result<()> {
        publish_health(&self.db, &self.health())
    }

    /// When the desk runs in another process, its downward messages reach
    /// this relay through the database only: every `interval`, if another
    /// connection committed (`PRAGMA data_version`), wake the chats that
    /// got new downward messages and the desk's stand-ins.
    pub fn watch_other_writers(
        self: &Arc<Self>,
        interval: Duration,
    ) -> tokio::task::JoinHandle<()> {
        let relay = self.clone();
        tokio::spawn(async move {
            let mut seen: Option<i64> = None;
            let mut tick = tokio::time::interval(interval);
            tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
            loop {
                tick.tick().await;
                match relay.other_writers_news(&mut seen) {
                    Ok(news) => {
                        for (hash, seq) in news {
                            relay.wake(&hash, seq);
                        }
                    }
                    Err(e) => tracing::error!(error = %e, "reading the relay database failed"),
                }
            }
        })
    }

    /// When another connection wrote since the last call: each chat with
    /// downward messages waiting, and its last sequence number. (Rowids
    /// are not a clock here: once acknowledged rows are deleted, new rows
    /// reuse them.) The rows waiting are few: they go once acknowledged.
    fn other_writers_news(&self, seen: &mut Option<i64>) -> Result<Vec<(String, u64)>> {
        let conn = self.reader();
        let version: i64 = conn.query_row("PRAGMA data_version", [], |r| r.get(0))?;
        if seen.replace(version) == Some(version) {
            return Ok(Vec::new());
        }
        let mut stmt = conn.prepare_cached(
            "SELECT h.chat_hash, max(d.seq) FROM relay_down d \
                JOIN relay_chat_hashes h ON h.chat = d.chat GROUP BY d.chat",
        )?;
        let news = stmt
            .query_map([], |r| {
                Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)? as u64))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(news)
    }

    fn reader(&self) -> std::sync::MutexGuard<'_, Connection> {
        self.reader.lock().unwrap_or_else(|p| p.into_inner())
    }

    pub fn routes(self: &Arc<Self>) -> Router {
        Router::new()
            .route("/v1/health", get(health))
            .route("/v1/keys/claim", post(claim_key))
            .route("/v1/chats/{token}/up", post(send_up))
            .route("/v1/chats/{token}/down", get(poll_down))
            .route("/v1/chats/{token}/ack", post(ack))
            .route("/v1/chats/{token}/ws", get(crate::relay_socket::connect))
            .layer(DefaultBodyLimit::max(limits::MAX_BODY_BYTES))
            .with_state(self.clone())
    }

    /// Ends every open WebSocket and long poll (the platform is stopping).
    pub fn close_links(&self) {
        self.closing.send_replace(true);
    }

    /// Resolves when the platform is stopping.
    pub(crate) fn closing(&self) -> tokio::sync::watch::Receiver<bool> {
        self.closing.subscribe()
    }

    /// Stores a desk → phone message (called by the desk, from a blocking
    /// thread); returns once it is committed, after waking the chat's link.
    pub fn push_down(&self, chat_hash: &str, ciphertext: &Ciphertext) -> Result<u64> {
        let (hash, ciphertext) = (chat_hash.to_string(), ciphertext.clone());
        let stored = self
            .writer
            .write_blocking(move |conn| store_down(conn, &hash, ciphertext))?;
        let seq = stored.seq;
        self.wake_with(chat_hash, stored);
        Ok(seq)
    }

    /// The same, once per `push_id` (32 hex characters): a desk on another
    /// machine sends a message again when the answer was lost, and the
    /// phone gets it once.
    pub fn push_down_once(
        &self,
        chat_hash: &str,
        push_id: &str,
        ciphertext: &Ciphertext,
    ) -> Result<u64> {
        if !is_valid_client_id(push_id) {
            return Err(Error::BadRequest(
                "push_id must be 32 lowercase hex characters".into(),
            ));
        }
        let (hash, id, ciphertext) = (
            chat_hash.to_string(),
            push_id.to_string(),
            ciphertext.clone(),
        );
        let stored = self.writer.write_blocking(move |conn| {
            let chat = chat_id(conn, &hash)?.ok_or(Error::UnknownChat)?;
            let existing: Option<i64> = conn
                .prepare_cached("SELECT seq FROM relay_down_ids WHERE chat = ?1 AND push_id = ?2")?
                .query_row(params![chat, id], |r| r.get(0))
                .optional()?;
            if let Some(seq) = existing {
                return Ok(Err(seq as u64));
            }
            let stored = store_down(conn, &hash, ciphertext)?;
            conn.prepare_cached(
                "INSERT INTO relay_down_ids (chat, push_id, seq) VALUES (?1, ?2, ?3)",
            )?
            .execute(params![chat, id, stored.seq as i64])?;
            Ok(Ok(stored))
        })?;
        match stored {
            Ok(stored) => {
                let seq = stored.seq;
                self.wake_with(chat_hash, stored);
                Ok(seq)
            }
            // Stored before: the same number, nothing new.
            Err(seq) => Ok(seq),
        }
    }

    /// Stores several desk → phone messages in one write, each on its own:
    /// a message for an unknown chat fails alone. Returns, in order, each
    /// message's sequence number or error.
    pub fn push_down_batch(&self, messages: Vec<(String, Ciphertext)>) -> Result<Vec<Result<u64>>> {
        let stored = self.writer.write_blocking(move |conn| {
            Ok(messages
                .into_iter()
                .map(|(hash, ciphertext)| {
                    step_savepoint(conn, |conn| store_down(conn, &hash, ciphertext))
                        .map(|stored| (hash, stored))
                })
                .collect::<Vec<_>>())
        })?;
        Ok(stored
            .into_iter()
            .map(|stored| {
                stored.map(|(hash, stored)| {
                    let seq = stored.seq;
                    self.wake_with(&hash, stored);
                    seq
                })
            })
            .collect())
    }

    /// Wakes the chat's link with a message just committed.
    fn wake_with(&self, chat_hash: &str, stored: DownEnvelope) {
        if let Some(waiter) = self.waiters().get(chat_hash) {
            let seq = stored.seq;
            waiter.keep(stored);
            waiter.last_seq.fetch_max(seq, Ordering::AcqRel);
            waiter.stored.notify_waiters();
        }
    }

    /// Wakes the chat's link if `seq` is past what it knew of.
    fn wake(&self, chat_hash: &str, seq: u64) {
        if let Some(waiter) = self.waiters().get(chat_hash) {
            if waiter.last_seq.fetch_max(seq, Ordering::AcqRel) < seq {
                waiter.stored.notify_waiters();
            }
        }
    }

    fn waiters(&self) -> std::sync::MutexGuard<'_, HashMap<String, Arc<DownWaiter>>> {
        self.down_waiters.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Upward messages not yet taken by the desk, in order.
    pub fn pending_up(&self) -> Result<Vec<PendingUp>> {
        let conn = self.reader();
        let mut stmt = conn.prepare_cached(
            "SELECT h.chat_hash, u.seq, u.kind, u.body, u.id, u.chat FROM relay_up u \
             JOIN relay_chat_hashes h ON h.chat = u.chat ORDER BY u.id LIMIT 500",
        )?;
        let rows = stmt
            .query_map([], |r| {
                Ok(PendingUp {
                    chat_hash: r.get(0)?,
                    seq: r.get::<_, i64>(1)? as u64,
                    ciphertext: Ciphertext {
                        kind: r.get(2)?,
                        body: r.get(3)?,
                    },
                    row: TakenUp {
                        id: r.get(4)?,
                        chat: r.get(5)?,
                        seq: r.get::<_, i64>(1)? as u64,
                    },
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }

    /// Whether an upward message waits for the desk (as [`Relay::pending_up`] sees them).
    pub fn pending_up_exists(&self) -> Result<bool> {
        Ok(self
            .reader()
            .prepare_cached(
                "SELECT EXISTS (SELECT 1 FROM relay_up u JOIN relay_chat_hashes h ON h.chat = u.chat)",
            )?
            .query_row([], |r| r.get(0))?)
    }

    /// The desk holds these upward messages: delete them in one write.
    pub fn taken_up_batch(&self, taken: Vec<TakenUp>) -> Result<()> {
        self.writer.write_blocking(move |conn| {
            let mut delete = conn
                .prepare_cached("DELETE FROM relay_up WHERE id = ?1 AND chat = ?2 AND seq = ?3")?;
            for up in taken {
                delete.execute(params![up.id, up.chat, up.seq.min(i64::MAX as u64) as i64])?;
            }
            Ok(())
        })
    }

    /// How many one-time keys phones can still claim, and whether a
    /// fallback key is there.
    pub fn key_stock(&self) -> Result<KeyStock> {
        Ok(self.db.lock().query_row(
            "SELECT (SELECT count(*) FROM desk_keys WHERE claimed = 0 AND fallback = 0), \
                    (SELECT count(*) FROM desk_keys WHERE fallback = 1) > 0",
            [],
            |r| {
                Ok(KeyStock {
                    unclaimed: r.get(0)?,
                    fallback: r.get(1)?,
                })
            },
        )?)
    }

    /// Publishes keys the desk signed, all or none; returns how many are
    /// new. A key published before (claimed or not) is left as it is: a
    /// desk that publishes again after a lost answer hands out no key twice.
    pub fn publish_keys(&self, keys: &[SignedKey]) -> Result<usize> {
        let conn = self.db.lock();
        let transaction = conn.unchecked_transaction()?;
        let mut count = 0;
        for key in keys {
            count += transaction.execute(
                "INSERT OR IGNORE INTO desk_keys (one_time_key, signature, fallback) VALUES (?1, ?2, ?3)",
                params![key.one_time_key, key.signature, key.fallback],
            )?;
        }
        transaction.commit()?;
        Ok(count)
    }

    /// Forgets chats closed more than [`CLOSED_CHAT_KEPT`] ago and chats
    /// silent for [`IDLE_CHAT_KEPT`], as of `now_ms`: their row (hashed
    /// token, counters), idempotency keys and unacknowledged downward
    /// messages. A chat with an upward message the desk has not taken yet
    /// stays. The phone then hears `unknown_chat` and tells its user the
    /// chat has expired. Returns how many chats went.
    pub fn forget_old_chats(&self, now_ms: i64) -> Result<usize> {
        let closed_before = now_ms - CLOSED_CHAT_KEPT.as_millis() as i64;
        let idle_before = now_ms - IDLE_CHAT_KEPT.as_millis() as i64;
        self.writer.write_blocking(move |conn| {
            let old = conn
                .prepare_cached(
                    "SELECT id FROM relay_chats \
                     WHERE ((closed = 1 AND max(created_ms, active_ms) < ?1) \
                            OR max(created_ms, active_ms) < ?2) \
                     AND id NOT IN (SELECT chat FROM relay_up)",
                )?
                .query_map(params![closed_before, idle_before], |r| r.get::<_, i64>(0))?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            conn.prepare_cached("DELETE FROM desk_keys WHERE claimed = 1 AND claimed_ms < ?1")?
                .execute([now_ms - CLAIMED_KEY_KEPT.as_millis() as i64])?;
            for chat in &old {
                for delete in [
                    "DELETE FROM relay_up_ids WHERE chat = ?1",
                    "DELETE FROM relay_down_ids WHERE chat = ?1",
                    "DELETE FROM relay_down WHERE chat = ?1",
                    "DELETE FROM relay_chat_hashes WHERE chat = ?1",
                    "DELETE FROM relay_chats WHERE id = ?1",
                ] {
                    conn.prepare_cached(delete)?.execute([chat])?;
                }
            }
            Ok(old.len())
        })
    }

    /// Runs [`Relay::forget_old_chats`] now and every hour.
    pub fn spawn_retention(self: &Arc<Self>) -> tokio::task::JoinHandle<()> {
        let relay = self.clone();
        tokio::spawn(async move {
            let mut tick = tokio::time::interval(RETENTION_EVERY);
            loop {
                tick.tick().await;
                let relay = relay.clone();
                let forgotten =
                    tokio::task::spawn_blocking(move || relay.forget_old_chats(now_ms())).await;
                match forgotten {
                    Ok(Ok(n)) if n > 0 => tracing::info!(chats = n, "old chats forgotten"),
                    Ok(Ok(_)) => {}
                    Ok(Err(e)) => tracing::error!(error = %e, "forgetting old chats failed"),
                    Err(e) => tracing::error!(error = %e, "forgetting old chats panicked"),
                }
            }
        })
    }

    /// The desk closed the chat: further sends are refused.
    pub fn close_chat(&self, chat_hash: &str) -> Result<()> {
        let hash = chat_hash.to_string();
        self.writer.write_blocking(move |conn| {
            conn.prepare_cached(
                "UPDATE relay_chats SET closed = 1, active_ms = ?2 WHERE id = \
                 (SELECT chat FROM relay_chat_hashes WHERE chat_hash = ?1)",
            )?
            .execute(params![hash, now_ms()])?;
            Ok(())
        })
    }

    fn check_rate(&self, chat_hash: &str) -> Result<()> {
        let now = Instant::now();
        let mut rate = self.rate.lock().unwrap_or_else(|p| p.into_inner());
        if rate.len() > 100_000 {
            let window = self.rate_limit.window;
            rate.retain(|_, sends| sends.last().is_some_and(|t| now.duration_since(t) < window));
        }
        let window = match rate.get_mut(chat_hash) {
            Some(window) => window,
            None => rate.entry(chat_hash.to_string()).or_default(),
        };
        window
            .try_acquire(self.rate_limit, now)
            .map_err(|_| Error::RateLimited)
    }
}

pub(crate) fn checked_token(token: &str) -> Result<String> {
    if is_valid_chat_token(token) {
        Ok(chat_hash(token))
    } else {
        Err(Error::BadRequest(
            "the chat token must be 64 lowercase hex characters".into(),
        ))
    }
}

async fn health(State(relay): State<Arc<Relay>>) -> Result<Json<Health>> {
    let health = relay.health();
    if health.desk_signing_key.is_empty() {
        return Err(Error::Unavailable(
            "no desk has connected to this relay yet",
        ));
    }
    Ok(Json(health))
}

fn publish_health(db: &Db, health: &Health) -> Result<()> {
    db.lock().execute(
        "INSERT INTO desk_public (id, signing_key, identity_key) VALUES (1, ?1, ?2) \
         ON CONFLICT(id) DO UPDATE SET signing_key = excluded.signing_key, \
         identity_key = excluded.identity_key",
        params![health.desk_signing_key, health.desk_identity_key],
    )?;
    Ok(())
}

async fn claim_key(State(relay): State<Arc<Relay>>) -> Result<Json<KeyBundle>> {
    if !relay.has_desk() {
        return Err(Error::Unavailable(
            "no desk has connected to this relay yet",
        ));
    }
    let (bundle, remaining) = relay
        .writer
        .write(|conn| {
            let picked: Option<(String, String, bool)> = conn
                .prepare_cached("SELECT one_time_key, signature, fallback FROM desk_keys WHERE claimed = 0 AND fallback = 0 LIMIT 1")?
                .query_row([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
                .optional()?;
            let picked = match picked {
                Some(p) => {
                    conn.prepare_cached(
                        "UPDATE desk_keys SET claimed = 1, claimed_ms = ?2 WHERE one_time_key = ?1",
                    )?
                    .execute(params![&p.0, now_ms()])?;
                    Some(p)
                }
                None => conn
                    .prepare_cached("SELECT one_time_key, signature, fallback FROM desk_keys WHERE fallback = 1 LIMIT 1")?
                    .query_row([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
                    .optional()?,
            };
            let remaining: i64 = conn
                .prepare_cached("SELECT count(*) FROM desk_keys WHERE claimed = 0 AND fallback = 0")?
                .query_row([], |r| r.get(0))?;
            Ok((picked, remaining))
        })
        .await?;
    if remaining < KEYS_LOW_WATERMARK {
        relay.keys_low.notify_one();
        relay.keys_news.send_modify(|n| *n += 1);
    }
    let (one_time_key, signature, fallback) = bundle.ok_or(Error::NoKeys)?;
    Ok(Json(KeyBundle {
        v: PROTOCOL_VERSION,
        identity_key: relay.health().desk_identity_key,
        one_time_key,
        fallback,
        signature,
    }))
}

async fn send_up(
    State(relay): State<Arc<Relay>>,
    Path(token): Path<String>,
    body: Bytes,
) -> Result<Json<UpAccepted>> {
    let hash = checked_token(&token)?;
    let envelope: UpEnvelope = decode(&body, limits::MAX_BODY_BYTES)?;
    Ok(Json(
        relay
            .accept_up(&hash, envelope.client_id, envelope.ciphertext)
            .await?,
    ))
}

impl Relay {
    /// Stores one upward message, once per client id, and wakes the desk.
    pub async fn accept_up(
        &self,
        hash: &str,
        client_id: String,
        ciphertext: Ciphertext,
    ) -> Result<UpAccepted> {
        self.accept_up_acking(hash, None, client_id, ciphertext, None)
            .await
    }

    /// The chat's id in the store (a link looks it up once).
    pub(crate) fn chat_id_of(&self, hash: &str) -> Result<Option<i64>> {
        chat_id(&self.reader(), hash)
    }

    /// The same, deleting in the same write the downward messages up to
    /// `ack` that the phone acknowledged along with it (one write, not two,
    /// per message of a busy chat). A failed delete leaves the message
    /// stored: the phone gets those again and drops them by number.
    pub async fn accept_up_acking(
        &self,
        hash: &str,
        chat: Option<i64>,
        client_id: String,
        ciphertext: Ciphertext,
        ack: Option<u64>,
    ) -> Result<UpAccepted> {
        if let Err(e) = self.check_up(hash, &client_id, &ciphertext) {
            // Refused, but what the phone acknowledged still goes.
            if let Some(up_to) = ack {
                self.acknowledge_soon(hash, up_to)?;
            }
            return Err(e);
        }
        if let Some(up_to) = ack {
            self.forget_kept(hash, up_to);
        }
        let hash = hash.to_string();
        let accepted = self
            .writer
            .write(move |conn| {
                // One statement: should it fail, SQLite undoes it alone.
                let deleted = match (ack, chat) {
                    (Some(up_to), Some(chat)) => delete_down_of(conn, chat, up_to),
                    (Some(up_to), None) => delete_down_up_to(conn, &hash, up_to),
                    (None, _) => Ok(()),
                };
                if let Err(e) = deleted {
                    tracing::error!(error = %e, "deleting acknowledged messages failed");
                }
                store_up(conn, &hash, chat, &client_id, &ciphertext)
            })
            .await?;
        if !accepted.duplicate {
            self.up_arrived.notify_one();
            self.up_news.send_modify(|n| *n += 1);
        }
        Ok(accepted)
    }

    /// An upward message's checks before the store: its form, its size,
    /// the chat's rate.
    fn check_up(&self, hash: &str, client_id: &str, ciphertext: &Ciphertext) -> Result<()> {
        if !is_valid_client_id(client_id) {
            return Err(Error::BadRequest(
                "client_id must be 32 lowercase hex characters".into(),
            ));
        }
        if ciphertext.kind > 1 {
            return Err(Error::BadRequest(
                "ciphertext kind must be 0 (pre-key) or 1".into(),
            ));
        }
        if ciphertext.body.is_empty() || ciphertext.body.len() > limits::MAX_CIPHERTEXT_BYTES {
            return Err(Error::Protocol(discret_protocol::ProtocolError::TooLarge {
                size: ciphertext.body.len(),
                max: limits::MAX_CIPHERTEXT_BYTES,
            }));
        }
        self.check_rate(hash)
    }

    /// The phone holds every downward message up to `up_to`: delete them.
    pub async fn acknowledge(&self, hash: &str, up_to: u64) -> Result<()> {
        self.forget_kept(hash, up_to);
        let hash = hash.to_string();
        self.writer
            .write(move |conn| delete_down_up_to(conn, &hash, up_to))
            .await
    }

    /// The same without waiting for the commit (a WebSocket ack has no
    /// answer): the delete joins the next batch. Should the relay stop
    /// first, the phone gets those messages again and drops them by
    /// sequence number.
    pub(crate) fn acknowledge_soon(&self, hash: &str, up_to: u64) -> Result<()> {
        self.forget_kept(hash, up_to);
        let hash = hash.to_string();
        self.writer
            .submit_detached(move |conn| delete_down_up_to(conn, &hash, up_to))
    }

    fn forget_kept(&self, hash: &str, up_to: u64) {
        if let Some(waiter) = self.waiters().get(hash) {
            waiter.forget_up_to(up_to);
        }
    }

    /// The chat's wake-up, shared by its long polls and its WebSocket.
    pub(crate) fn down_waiter(&self, hash: &str) -> Arc<DownWaiter> {
        self.waiters().entry(hash.to_string()).or_default().clone()
    }

    /// Forgets a chat's wake-up once nobody else holds it.
    pub(crate) fn release_waiter(&self, hash: &str, waiter: Arc<DownWaiter>) {
        let mut all = self.waiters();
        if Arc::strong_count(&waiter) == 2 {
            all.remove(hash);
        }
    }
}

#[derive(Deserialize)]
struct PollQuery {
    after: u64,
    #[serde(default)]
    wait: u64,
}

pub(crate) fn down_after(
    relay: &Relay,
    hash: &str,
    after: u64,
) -> Result<Option<Vec<DownEnvelope>>> {
    let conn = relay.reader();
    let Some(chat) = chat_id(&conn, hash)? else {
        return Ok(None);
    };
    let mut stmt = conn.prepare_cached(
        "SELECT seq, kind, body, stored_ms FROM relay_down WHERE chat = ?1 AND seq > ?2 ORDER BY seq LIMIT ?3",
    )?;
    let mut bytes = 0;
    let rows = stmt
        .query_map(
            params![
                chat,
                after.min(i64::MAX as u64) as i64,
                limits::MAX_POLL_BATCH as i64
            ],
            |r| {
                Ok(DownEnvelope {
                    seq: r.get::<_, i64>(0)? as u64,
                    ciphertext: Ciphertext {
                        kind: r.get(1)?,
                        body: r.get(2)?,
                    },
                    stored_at_ms: r.get::<_, i64>(3)? as u64,
                })
            },
        )?
        .take_while(|row| {
            let fits = bytes < limits::MAX_POLL_BATCH_BYTES;
            bytes += row.as_ref().map_or(0, |m| m.ciphertext.body.len());
            fits
        })
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(Some(rows))
}

async fn poll_down(
    State(relay): State<Arc<Relay>>,
    Path(token): Path<String>,
    Query(query): Query<PollQuery>,
) -> Result<Json<DownBatch>> {
    let hash = checked_token(&token)?;
    // Polling with `after=N` says the phone holds everything up to N (the
    // delete joins the next batch; the poll does not wait for it). Polls
    // are the fallback, one per answer or per 25 s at most per chat.
    if query.after > 0 {
        relay.acknowledge_soon(&hash, query.after)?;
    }
    let deadline = tokio::time::Instant::now()
        + Duration::from_secs(query.wait.min(limits::MAX_POLL_WAIT_SECS));
    let waiters = relay.down_waiter(&hash);
    let mut closing = relay.closing();
    let answer = loop {
        let stored = waiters.stored.notified();
        tokio::pin!(stored);
        stored.as_mut().enable();
        let messages = match down_after(&relay, &hash, query.after) {
            Ok(Some(messages)) => messages,
            Ok(None) => break Err(Error::UnknownChat),
            Err(e) => break Err(e),
        };
        if !messages.is_empty() {
            break Ok(Json(DownBatch {
                v: PROTOCOL_VERSION,
                messages,
            }));
        }
        let woken = tokio::select! {
            woken = tokio::time::timeout_at(deadline, stored) => woken.is_ok(),
            _ = closing.changed() => false,
        };
        if !woken {
            break Ok(Json(DownBatch {
                v: PROTOCOL_VERSION,
                messages,
            }));
        }
    };
    relay.release_waiter(&hash, waiters);
    answer
}

async fn ack(
    State(relay): State<Arc<Relay>>,
    Path(token): Path<String>,
    body: Bytes,
) -> Result<StatusCode> {
    let hash = checked_token(&token)?;
    let ack: Ack = decode(&body, limits::MAX_BODY_BYTES)?;
    relay.acknowledge(&hash, ack.up_to).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// The chat's id in the store, from the hash of its token.
fn chat_id(conn: &Connection, hash: &str) -> Result<Option<i64>> {
    Ok(conn
        .prepare_cached("SELECT chat FROM relay_chat_hashes WHERE chat_hash = ?1")?
        .query_row([hash], |r| r.get(0))
        .optional()?)
}

/// Deletes the chat's downward messages up to `up_to` (inside a write;
/// public for the relay bench's store floor, like [`store_up`] and
/// [`store_down`]).
pub fn delete_down_of(conn: &Connection, chat: i64, up_to: u64) -> Result<()> {
    conn.prepare_cached("DELETE FROM relay_down WHERE chat = ?1 AND seq <= ?2")?
        .execute(params![chat, up_to.min(i64::MAX as u64) as i64])?;
    Ok(())
}

fn delete_down_up_to(conn: &Connection, hash: &str, up_to: u64) -> Result<()> {
    conn.prepare_cached(
        "DELETE FROM relay_down WHERE chat = \
         (SELECT chat FROM relay_chat_hashes WHERE chat_hash = ?1) AND seq <= ?2",
    )?
    .execute(params![hash, up_to.min(i64::MAX as u64) as i64])?;
    Ok(())
}

/// One downward message (inside a group commit), as stored.
pub fn store_down(conn: &Connection, hash: &str, ciphertext: Ciphertext) -> Result<DownEnvelope> {
    let stored_ms = now_ms();
    let (chat, seq): (i64, i64) = conn
        .prepare_cached(
            "UPDATE relay_chats SET down_next = down_next + 1, active_ms = ?2 WHERE id = \
             (SELECT chat FROM relay_chat_hashes WHERE chat_hash = ?1) RETURNING id, down_next - 1",
        )?
        .query_row(params![hash, stored_ms], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?
        .ok_or(Error::UnknownChat)?;
    conn.prepare_cached(
        "INSERT INTO relay_down (chat, seq, kind, body, stored_ms) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?
    .execute(params![
        chat,
        seq,
        ciphertext.kind,
        ciphertext.body,
        stored_ms
    ])?;
    Ok(DownEnvelope {
        seq: seq as u64,
        ciphertext,
        stored_at_ms: stored_ms.max(0) as u64,
    })
}

/// Runs `write` in a nested savepoint: when it fails, it leaves nothing.
fn step_savepoint<T>(conn: &Connection, write: impl FnOnce(&Connection) -> Result<T>) -> Result<T> {
    conn.prepare_cached("SAVEPOINT one")?.execute([])?;
    let result = write(conn);
    if result.is_err() {
        conn.prepare_cached("ROLLBACK TO one")?.execute([])?;
    }
    conn.prepare_cached("RELEASE one")?.execute([])?;
    result
}

/// One upward message, stored once per client id (inside a group commit).
/// `known`: the chat's id, when the caller looked it up already.
pub fn store_up(
    conn: &Connection,
    hash: &str,
    known: Option<i64>,
    client_id: &str,
    ciphertext: &Ciphertext,
) -> Result<UpAccepted> {
    let now = now_ms();
    let chat = match known.map_or_else(|| chat_id(conn, hash), |chat| Ok(Some(chat)))? {
        Some(chat) => chat,
        // A chat starts with its pre-key message.
        None if ciphertext.kind == 0 => {
            conn.prepare_cached("INSERT INTO relay_chats (created_ms) VALUES (?1)")?
                .execute([now])?;
            let chat = conn.last_insert_rowid();
            conn.prepare_cached("INSERT INTO relay_chat_hashes (chat_hash, chat) VALUES (?1, ?2)")?
                .execute(params![hash, chat])?;
            chat
        }
        None => return Err(Error::UnknownChat),
    };
    let existing: Option<i64> = conn
        .prepare_cached("SELECT seq FROM relay_up_ids WHERE chat = ?1 AND client_id = ?2")?
        .query_row(params![chat, client_id], |r| r.get(0))
        .optional()?;
    if let Some(seq) = existing {
        return Ok(UpAccepted {
            v: PROTOCOL_VERSION,
            seq: seq as u64,
            duplicate: true,
        });
    }
    let seq: Option<i64> = conn
        .prepare_cached(
            "UPDATE relay_chats SET up_next = up_next + 1, active_ms = ?2 \
             WHERE id = ?1 AND closed = 0 RETURNING up_next - 1",
        )?
        .query_row(params![chat, now], |r| r.get(0))
        .optional()?;
    let Some(seq) = seq else {
        // Closed, or forgotten since the link looked it up.
        let closed: Option<bool> = conn
            .prepare_cached("SELECT closed FROM relay_chats WHERE id = ?1")?
            .query_row([chat], |r| r.get(0))
            .optional()?;
        return Err(match closed {
            Some(_) => Error::ChatClosed,
            None => Error::UnknownChat,
        });
    };
    conn.prepare_cached(
        "INSERT INTO relay_up (chat, seq, kind, body, stored_ms) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?
    .execute(params![chat, seq, ciphertext.kind, ciphertext.body, now])?;
    conn.prepare_cached("INSERT INTO relay_up_ids (chat, client_id, seq) VALUES (?1, ?2, ?3)")?
        .execute(params![chat, client_id, seq])?;
    Ok(UpAccepted {
        v: PROTOCOL_VERSION,
        seq: seq as u64,
        duplicate: false,
    })
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    fn envelope(seq: u64, bytes: usize) -> DownEnvelope {
        DownEnvelope {
            seq,
            ciphertext: Ciphertext {
                kind: 1,
                body: "c".repeat(bytes),
            },
            stored_at_ms: 0,
        }
    }

    fn waiter_with(seqs: &[u64], bytes: usize) -> DownWaiter {
        let waiter = DownWaiter::default();
        for &seq in seqs {
            waiter.keep(envelope(seq, bytes));
            waiter.last_seq.fetch_max(seq, Ordering::AcqRel);
        }
        waiter
    }

    fn seqs(messages: Option<Vec<DownEnvelope>>) -> Option<Vec<u64>> {
        messages.map(|m| m.iter().map(|m| m.seq).collect())
    }

    #[test]
    fn kept_messages_are_sent_in_order_even_when_kept_out_of_order() {
        let waiter = waiter_with(&[3, 1, 2, 2], 10);
        assert_eq!(seqs(waiter.kept_after(0)), Some(vec![1, 2, 3]));
        assert_eq!(seqs(waiter.kept_after(2)), Some(vec![3]));
        assert_eq!(seqs(waiter.kept_after(3)), Some(vec![]));
    }

    #[test]
    fn a_gap_or_a_message_not_kept_means_reading_the_store() {
        // 2 was stored (last_seq says 3) but is not in memory.
        assert_eq!(seqs(waiter_with(&[1, 3], 10).kept_after(0)), None);
        // The link is behind what memory still holds.
        let waiter = waiter_with(&(1..=RECENT_KEPT as u64 + 5).collect::<Vec<_>>(), 10);
        assert_eq!(seqs(waiter.kept_after(0)), None);
        assert_eq!(
            waiter.kept_after(5).map(|m| m.len()),
            Some(RECENT_KEPT),
            "the last {RECENT_KEPT} are kept"
        );
        // Stored by another process: woken with a number only.
        let waiter = waiter_with(&[1], 10);
        waiter.last_seq.fetch_max(2, Ordering::AcqRel);
        assert_eq!(seqs(waiter.kept_after(1)), None);
    }

    #[test]
    fn more_than_one_batch_is_left_to_the_store() {
        let big = limits::MAX_POLL_BATCH_BYTES / 2 + 1;
        assert_eq!(seqs(waiter_with(&[1, 2], big).kept_after(0)), None);
        assert_eq!(seqs(waiter_with(&[1], big).kept_after(0)), Some(vec![1]));
    }

    pub(crate) fn relay() -> Arc<Relay> {
        let dir = std::env::temp_dir().join(format!(
            "discret-relay-{}",
            crate::relay_reports::random_id()
        ));
        let desk = vodozemac::olm::Account::new().identity_keys();
        let health = Health {
            v: PROTOCOL_VERSION,
            service: "discret-relay".into(),
            desk_signing_key: desk.ed25519.to_base64(),
            desk_identity_key: desk.curve25519.to_base64(),
        };
        Relay::new(Db::open_relay(&dir).unwrap(), health, RateLimit::CHAT).unwrap()
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_message_pushed_again_with_its_push_id_is_stored_once() {
        let relay = relay();
        let hash = open(&relay, 9).await;
        let r = relay.clone();
        tokio::task::spawn_blocking(move || {
            let down = Ciphertext {
                kind: 1,
                body: "reply".into(),
            };
            let id = "ab".repeat(16);
            let first = r.push_down_once(&hash, &id, &down).unwrap();
            assert_eq!(r.push_down_once(&hash, &id, &down).unwrap(), first);
            assert_eq!(count(&r, "relay_down", &hash), 1);
            let other = r.push_down_once(&hash, &"cd".repeat(16), &down).unwrap();
            assert_eq!(other, first + 1);
            assert!(matches!(
                r.push_down_once(&hash, "not an id", &down),
                Err(Error::BadRequest(_))
            ));
            assert!(matches!(
                r.push_down_once(&"0".repeat(64), &id, &down),
                Err(Error::UnknownChat)
            ));
        })
        .await
        .unwrap();
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_new_desk_identity_withdraws_the_old_ones_keys_and_no_desk_means_no_keys() {
        let dir = std::env::temp_dir().join(format!(
            "discret-relay-{}",
            crate::relay_reports::random_id()
        ));
        let relay = Relay::new(
            Db::open_relay(&dir).unwrap(),
            Relay::unpublished_health(),
            RateLimit::CHAT,
        )
        .unwrap();
        let key = SignedKey {
            one_time_key: "k".into(),
            signature: "s".into(),
            fallback: false,
        };
        relay.publish_keys(std::slice::from_ref(&key)).unwrap();
        assert!(matches!(
            claim_key(State(relay.clone())).await,
            Err(Error::Unavailable(_))
        ));
        assert!(relay.set_desk_public("not a key", "nor this").is_err());
        let first = vodozemac::olm::Account::new().identity_keys();
        let (signing, identity) = (first.ed25519.to_base64(), first.curve25519.to_base64());
        relay.set_desk_public(&signing, &identity).unwrap();
        assert_eq!(relay.key_stock().unwrap().unclaimed, 1);
        // The same desk again (a restart): its keys stay.
        relay.set_desk_public(&signing, &identity).unwrap();
        assert_eq!(relay.key_stock().unwrap().unclaimed, 1);
        let second = vodozemac::olm::Account::new().identity_keys();
        relay
            .set_desk_public(&second.ed25519.to_base64(), &second.curve25519.to_base64())
            .unwrap();
        assert_eq!(
            relay.key_stock().unwrap().unclaimed,
            0,
            "signed by the old identity"
        );
        assert_eq!(relay.desk_signing_key(), second.ed25519.to_base64());
    }

    /// Pushes `n` downward messages to the chat (from a blocking thread).
    pub(crate) async fn push_downs(relay: &Arc<Relay>, hash: &str, n: usize) {
        let (r, h) = (relay.clone(), hash.to_string());
        tokio::task::spawn_blocking(move || {
            for _ in 0..n {
                let down = Ciphertext {
                    kind: 1,
                    body: "down".into(),
                };
                r.push_down(&h, &down).unwrap();
            }
        })
        .await
        .unwrap();
    }

    pub(crate) fn count(relay: &Relay, table: &str, hash: &str) -> i64 {
        relay
            .reader()
            .query_row(
                &format!(
                    "SELECT count(*) FROM {table} WHERE {} = \
                     (SELECT chat FROM relay_chat_hashes WHERE chat_hash = ?1)",
                    if table == "relay_chats" { "id" } else { "chat" }
                ),
                [hash],
                |r| r.get(0),
            )
            .unwrap()
    }

    pub(crate) async fn open(relay: &Relay, n: u8) -> String {
        let hash = chat_hash(&format!("{n:02x}").repeat(32));
        let opening = Ciphertext {
            kind: 0,
            body: "opening".into(),
        };
        relay
            .accept_up(&hash, format!("{n:02x}").repeat(16), opening)
            .await
            .unwrap();
        hash
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn old_closed_and_idle_chats_are_forgotten_but_not_what_the_desk_has_not_taken() {
        let relay = relay();
        let closed = open(&relay, 1).await;
        let idle = open(&relay, 2).await;
        let untaken = open(&relay, 3).await;
        let r = relay.clone();
        let (c, i) = (closed.clone(), idle.clone());
        tokio::task::spawn_blocking(move || {
            for hash in [&c, &i] {
                let opening = r
                    .pending_up()
                    .unwrap()
                    .into_iter()
                    .filter(|p| &p.chat_hash == hash);
                r.taken_up_batch(opening.map(|p| p.taken()).collect())
                    .unwrap();
                r.push_down(
                    hash,
                    &Ciphertext {
                        kind: 1,
                        body: "down".into(),
                    },
                )
                .unwrap();
            }
            r.close_chat(&c).unwrap();
        })
        .await
        .unwrap();
        let now = now_ms();
        let day = CLOSED_CHAT_KEPT.as_millis() as i64;
        let month = IDLE_CHAT_KEPT.as_millis() as i64;
        let forget = |at: i64| {
            let r = relay.clone();
            async move {
                tokio::task::spawn_blocking(move || r.forget_old_chats(at))
                    .await
                    .unwrap()
                    .unwrap()
            }
        };
        assert_eq!(forget(now).await, 0);
        assert_eq!(
            forget(now + day + 1_000).await,
            1,
            "the closed chat, a day later"
        );
        for table in ["relay_chats", "relay_down", "relay_up_ids"] {
            assert_eq!(count(&relay, table, &closed), 0, "{table}");
        }
        assert_eq!(count(&relay, "relay_chats", &idle), 1);
        assert_eq!(
            forget(now + month + 1_000).await,
            1,
            "the idle chat, a month later"
        );
        assert_eq!(count(&relay, "relay_chats", &idle), 0);
        // The desk never took this chat's opening: it stays.
        assert_eq!(count(&relay, "relay_chats", &untaken), 1);
        assert_eq!(count(&relay, "relay_up", &untaken), 1);
        // A forgotten chat is unknown: its phone is told so.
        let refused = relay
            .accept_up(
                &idle,
                "ff".repeat(16),
                Ciphertext {
                    kind: 1,
                    body: "again".into(),
                },
            )
            .await;
        assert!(matches!(refused, Err(Error::UnknownChat)), "{refused:?}");
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_one_time_key_goes_out_once_even_if_published_again_then_is_forgotten() {
        let relay = relay();
        let key = |k: &str, fallback| SignedKey {
            one_time_key: k.into(),
            signature: format!("s-{k}"),
            fallback,
        };
        let keys = [key("k1", false), key("k2", false), key("f", true)];
        assert_eq!(relay.publish_keys(&keys).unwrap(), 3);
        let mut handed = Vec::new();
        for _ in 0..3 {
            let Json(bundle) = claim_key(State(relay.clone())).await.unwrap();
            handed.push((bundle.one_time_key, bundle.fallback));
            // The desk publishes the same keys again (its answer was lost).
            assert_eq!(relay.publish_keys(&keys).unwrap(), 0);
        }
        handed[..2].sort();
        let expected = [("k1", false), ("k2", false), ("f", true)];
        assert_eq!(
            handed,
            expected.map(|(k, f)| (k.to_string(), f)),
            "each one-time key once, then the fallback"
        );
        assert_eq!(relay.key_stock().unwrap().unclaimed, 0);
        let left = |relay: &Relay| -> i64 {
            relay
                .db
                .lock()
                .query_row("SELECT count(*) FROM desk_keys", [], |r| r.get(0))
                .unwrap()
        };
        assert_eq!(left(&relay), 3);
        let r = relay.clone();
        let later = now_ms() + CLAIMED_KEY_KEPT.as_millis() as i64 + 1_000;
        tokio::task::spawn_blocking(move || r.forget_old_chats(later))
            .await
            .unwrap()
            .unwrap();
        assert_eq!(
            left(&relay),
            1,
            "claimed keys go after a month; the fallback stays"
        );
    }

    #[test]
    fn acknowledged_messages_leave_memory() {
        let waiter = waiter_with(&[1, 2, 3], 10);
        waiter.forget_up_to(2);
        assert_eq!(seqs(waiter.kept_after(2)), Some(vec![3]));
        assert_eq!(seqs(waiter.kept_after(0)), None);
    }
}
