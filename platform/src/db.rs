//! The platform's embedded SQLite databases (no set-up), created with their
//! schema on first run in the data directory: `relay.sqlite3` for the
//! relay (only ciphertext, hashed chat tokens, sequence numbers, timestamps
//! and the desk's published one-time keys) and `platform.sqlite3` for the
//! desk (the police-side case record, operators). Two files: the relay's
//! hot writes never wait for the desk's, and the two halves can run apart.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use rusqlite::Connection;

use crate::error::{Error, Result};

const RELAY_SCHEMA: &str = r#"
-- The chat tables: see relay_schema.rs.
-- The desk's public keys, published by the desk for a relay running apart.
CREATE TABLE IF NOT EXISTS desk_public (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    signing_key TEXT NOT NULL,
    identity_key TEXT NOT NULL
);
-- The desk's signed one-time keys, published for phones to claim.
CREATE TABLE IF NOT EXISTS desk_keys (
    one_time_key TEXT PRIMARY KEY,
    signature   TEXT NOT NULL,
    fallback    INTEGER NOT NULL,
    claimed     INTEGER NOT NULL DEFAULT 0,
    -- When it was handed out: a claimed key stays (so that publishing it
    -- again cannot hand it out twice) for a month, then goes.
    claimed_ms  INTEGER NOT NULL DEFAULT 0
);
"#;

const DESK_SCHEMA: &str = r#"
CREATE TABLE IF NOT EXISTS desk_account (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    pickle      TEXT NOT NULL
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
-- The console's pre-complaint list, without scanning every message.
CREATE INDEX IF NOT EXISTS case_messages_pre_complaints ON case_messages(id)
    WHERE kind = 'pre_complaint';
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

/// How long a connection waits for another one's write to finish.
const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// A shared connection to one database file. Queries are short; one lock
/// keeps this connection's writes ordered.
#[derive(Clone)]
pub struct Db {
    conn: Arc<Mutex<Connection>>,
    path: Arc<PathBuf>,
}

impl Db {
    /// The desk's database.
    pub fn open(data_dir: &Path) -> Result<Db> {
        Db::open_file(data_dir, "platform.sqlite3", DESK_SCHEMA)
    }

    /// The relay's database.
    pub fn open_relay(data_dir: &Path) -> Result<Db> {
        let db = Db::open_file(data_dir, "relay.sqlite3", RELAY_SCHEMA)?;
        {
            let conn = db.lock();
            crate::relay_schema::create_or_migrate(&conn)?;
            add_column_once(
                &conn,
                "desk_keys",
                "claimed_ms",
                "INTEGER NOT NULL DEFAULT 0",
            )?;
            // Keys claimed before the column: kept a month from now.
            conn.execute(
                "UPDATE desk_keys SET claimed_ms = ?1 WHERE claimed = 1 AND claimed_ms = 0",
                [now_ms()],
            )?;
        }
        Ok(db)
    }

    fn open_file(data_dir: &Path, name: &str, schema: &str) -> Result<Db> {
        std::fs::create_dir_all(data_dir)
            .map_err(|e| Error::Setup(format!("cannot create the data directory: {e}")))?;
        let path = data_dir.join(name);
        let conn = connect(&path)?;
        conn.execute_batch(schema)?;
        Ok(Db {
            conn: Arc::new(Mutex::new(conn)),
            path: Arc::new(path),
        })
    }

    /// Another connection to the same file (a writer thread, a reader).
    pub fn connect(&self) -> Result<Connection> {
        connect(&self.path)
    }

    pub fn lock(&self) -> MutexGuard<'_, Connection> {
        self.conn.lock().unwrap_or_else(|p| p.into_inner())
    }
}

/// Adds a column that databases made by an earlier version lack (in a
/// write transaction: a relay and a desk process may open the file at once).
pub(crate) fn add_column_once(
    conn: &Connection,
    table: &str,
    column: &str,
    definition: &str,
) -> Result<()> {
    conn.execute_batch("BEGIN IMMEDIATE")?;
    let result = (|| {
        let present = conn
            .prepare("SELECT 1 FROM pragma_table_info(?1) WHERE name = ?2")?
            .exists([table, column])?;
        if !present {
            conn.execute_batch(&format!(
                "ALTER TABLE {table} ADD COLUMN {column} {definition}"
            ))?;
        }
        Ok::<_, Error>(())
    })();
    conn.execute_batch(if result.is_ok() { "COMMIT" } else { "ROLLBACK" })?;
    result
}

fn connect(path: &Path) -> Result<Connection> {
    let conn = Connection::open(path)?;
    conn.busy_timeout(BUSY_TIMEOUT)?;
    // The relay's and desk's statements, each parsed once (16 by default:
    // the cache thrashed and SQLite re-parsed on the hot path).
    conn.set_prepared_statement_cache_capacity(64);
    conn.execute_batch(
        "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA secure_delete = ON;",
    )?;
    Ok(conn)
}

/// Milliseconds since the Unix epoch.
pub fn now_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_millis() as i64)
        .unwrap_or(0)
}
