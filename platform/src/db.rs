//! The platform's embedded SQLite database (no set-up): one file in the data
//! directory, created with its schema on first run. The relay's tables hold
//! only ciphertext, hashed chat tokens, sequence numbers and timestamps; the
//! desk's tables hold the police-side case record.

use std::path::Path;
use std::sync::{Arc, Mutex, MutexGuard};

use rusqlite::Connection;

use crate::error::{Error, Result};

const SCHEMA: &str = r#"
CREATE TABLE IF NOT EXISTS relay_chats (
    chat_hash   TEXT PRIMARY KEY,
    created_ms  INTEGER NOT NULL,
    up_next     INTEGER NOT NULL DEFAULT 1,
    down_next   INTEGER NOT NULL DEFAULT 1,
    closed      INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS relay_up (
    chat_hash   TEXT NOT NULL,
    seq         INTEGER NOT NULL,
    kind        INTEGER NOT NULL,
    body        TEXT NOT NULL,
    stored_ms   INTEGER NOT NULL,
    PRIMARY KEY (chat_hash, seq)
);
-- Idempotency keys outlive the ciphertext (deleted once the desk has it).
CREATE TABLE IF NOT EXISTS relay_up_ids (
    chat_hash   TEXT NOT NULL,
    client_id   TEXT NOT NULL,
    seq         INTEGER NOT NULL,
    PRIMARY KEY (chat_hash, client_id)
);
CREATE TABLE IF NOT EXISTS relay_down (
    chat_hash   TEXT NOT NULL,
    seq         INTEGER NOT NULL,
    kind        INTEGER NOT NULL,
    body        TEXT NOT NULL,
    stored_ms   INTEGER NOT NULL,
    PRIMARY KEY (chat_hash, seq)
);
CREATE TABLE IF NOT EXISTS desk_account (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    pickle      TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS desk_keys (
    one_time_key TEXT PRIMARY KEY,
    signature   TEXT NOT NULL,
    fallback    INTEGER NOT NULL,
    claimed     INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS cases (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    chat_hash       TEXT NOT NULL UNIQUE,
    session_pickle  TEXT NOT NULL,
    state           TEXT NOT NULL,
    category        TEXT NOT NULL,
    language        TEXT NOT NULL,
    silent          INTEGER NOT NULL,
    minor           INTEGER NOT NULL,
    acting_for_victim INTEGER NOT NULL,
    agent_alert     INTEGER NOT NULL,
    location_json   TEXT,
    operator        TEXT,
    created_ms      INTEGER NOT NULL,
    first_answer_ms INTEGER,
    closed_ms       INTEGER,
    closed_reason   TEXT,
    patrol_dispatched INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS case_messages (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    case_id     INTEGER NOT NULL REFERENCES cases(id),
    author      TEXT NOT NULL,
    kind        TEXT NOT NULL,
    message_id  TEXT NOT NULL,
    body_json   TEXT NOT NULL,
    at_ms       INTEGER NOT NULL,
    read        INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS case_messages_by_case ON case_messages(case_id, id);
CREATE TABLE IF NOT EXISTS operators (
    username        TEXT PRIMARY KEY,
    display_name    TEXT NOT NULL,
    password_hash   TEXT NOT NULL,
    created_ms      INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS sessions (
    token_hash  TEXT PRIMARY KEY,
    username    TEXT NOT NULL REFERENCES operators(username),
    csrf        TEXT NOT NULL,
    expires_ms  INTEGER NOT NULL
);
"#;

/// A shared connection. Queries are short; one lock keeps writes ordered.
#[derive(Clone)]
pub struct Db(Arc<Mutex<Connection>>);

impl Db {
    pub fn open(data_dir: &Path) -> Result<Db> {
        std::fs::create_dir_all(data_dir)
            .map_err(|e| Error::Setup(format!("cannot create the data directory: {e}")))?;
        let conn = Connection::open(data_dir.join("platform.sqlite3"))?;
        conn.execute_batch(
            "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA secure_delete = ON;",
        )?;
        conn.execute_batch(SCHEMA)?;
        Ok(Db(Arc::new(Mutex::new(conn))))
    }

    pub fn lock(&self) -> MutexGuard<'_, Connection> {
        self.0.lock().unwrap_or_else(|p| p.into_inner())
    }
}

/// Milliseconds since the Unix epoch.
pub fn now_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_millis() as i64)
        .unwrap_or(0)
}
