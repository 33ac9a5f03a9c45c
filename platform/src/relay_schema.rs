//! The relay database's chat tables, and their migration from the first
//! layout.
//!
//! A chat is known by an integer id; the SHA-256 of its token appears once,
//! in `relay_chat_hashes`. Every message row and index key carries the
//! small id instead of the 64-character hash, so the pages a batch of
//! messages dirties are few: the counters of a thousand chats fit in a
//! handful of pages, and both message tables grow at their end (rowid
//! order, which is also arrival order). The first layout keyed everything
//! by hash; each message then rewrote pages scattered over four B-trees.
//!
//! `PRAGMA user_version` says which layout a file has: 0 is the first (or
//! an empty file), [`CHAT_TABLES_VERSION`] this one.

use rusqlite::Connection;

use crate::error::Result;

/// The layout this module creates.
pub const CHAT_TABLES_VERSION: i64 = 2;

const CHAT_TABLES: &str = r#"
CREATE TABLE IF NOT EXISTS relay_chats (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    created_ms  INTEGER NOT NULL,
    up_next     INTEGER NOT NULL DEFAULT 1,
    down_next   INTEGER NOT NULL DEFAULT 1,
    closed      INTEGER NOT NULL DEFAULT 0,
    -- The last message either way, or the closing (retention).
    active_ms   INTEGER NOT NULL DEFAULT 0
);
-- The SHA-256 of each chat's token, and the other way round.
CREATE TABLE IF NOT EXISTS relay_chat_hashes (
    chat_hash   TEXT PRIMARY KEY,
    chat        INTEGER NOT NULL UNIQUE
) WITHOUT ROWID;
-- Upward messages until the desk has them, in arrival order (a new row
-- gets an id above every row present).
CREATE TABLE IF NOT EXISTS relay_up (
    id          INTEGER PRIMARY KEY,
    chat        INTEGER NOT NULL,
    seq         INTEGER NOT NULL,
    kind        INTEGER NOT NULL,
    body        TEXT NOT NULL,
    stored_ms   INTEGER NOT NULL
);
-- Idempotency keys outlive the ciphertext (deleted once the desk has it).
CREATE TABLE IF NOT EXISTS relay_up_ids (
    chat        INTEGER NOT NULL,
    client_id   TEXT NOT NULL,
    seq         INTEGER NOT NULL,
    PRIMARY KEY (chat, client_id)
) WITHOUT ROWID;
-- Downward messages until the phone acknowledges them.
CREATE TABLE IF NOT EXISTS relay_down (
    id          INTEGER PRIMARY KEY,
    chat        INTEGER NOT NULL,
    seq         INTEGER NOT NULL,
    kind        INTEGER NOT NULL,
    body        TEXT NOT NULL,
    stored_ms   INTEGER NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS relay_down_by_chat ON relay_down(chat, seq);
-- Idempotency keys of downward messages a desk on another machine pushed
-- (it may send one again when an answer is lost).
CREATE TABLE IF NOT EXISTS relay_down_ids (
    chat        INTEGER NOT NULL,
    push_id     TEXT NOT NULL,
    seq         INTEGER NOT NULL,
    PRIMARY KEY (chat, push_id)
) WITHOUT ROWID;
"#;

/// Copies the first layout's rows into this one, then drops it. Chat ids
/// are the old rows' rowids; upward messages keep their arrival order.
const FROM_FIRST_LAYOUT: &str = r#"
ALTER TABLE relay_chats RENAME TO relay_chats_v1;
ALTER TABLE relay_up RENAME TO relay_up_v1;
ALTER TABLE relay_up_ids RENAME TO relay_up_ids_v1;
ALTER TABLE relay_down RENAME TO relay_down_v1;
DROP INDEX IF EXISTS relay_up_by_age;
"#;

const COPY_FIRST_LAYOUT: &str = r#"
INSERT INTO relay_chats (id, created_ms, up_next, down_next, closed, active_ms)
    SELECT rowid, created_ms, up_next, down_next, closed, active_ms FROM relay_chats_v1;
INSERT INTO relay_chat_hashes (chat_hash, chat)
    SELECT chat_hash, rowid FROM relay_chats_v1;
INSERT INTO relay_up (chat, seq, kind, body, stored_ms)
    SELECT h.chat, u.seq, u.kind, u.body, u.stored_ms
    FROM relay_up_v1 u JOIN relay_chat_hashes h ON h.chat_hash = u.chat_hash
    ORDER BY u.rowid;
INSERT INTO relay_up_ids (chat, client_id, seq)
    SELECT h.chat, i.client_id, i.seq
    FROM relay_up_ids_v1 i JOIN relay_chat_hashes h ON h.chat_hash = i.chat_hash;
INSERT INTO relay_down (chat, seq, kind, body, stored_ms)
    SELECT h.chat, d.seq, d.kind, d.body, d.stored_ms
    FROM relay_down_v1 d JOIN relay_chat_hashes h ON h.chat_hash = d.chat_hash
    ORDER BY h.chat, d.seq;
DROP TABLE relay_chats_v1;
DROP TABLE relay_up_v1;
DROP TABLE relay_up_ids_v1;
DROP TABLE relay_down_v1;
"#;

/// Creates the chat tables, or brings a file of the first layout to this
/// one, in one write transaction (a relay and a desk process may open the
/// file at once; the second sees the first's work).
pub fn create_or_migrate(conn: &Connection) -> Result<()> {
    conn.execute_batch("BEGIN IMMEDIATE")?;
    let result = (|| {
        let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
        if version >= CHAT_TABLES_VERSION {
            // Tables added since (all `IF NOT EXISTS`).
            conn.execute_batch(CHAT_TABLES)?;
            return Ok(());
        }
        let first_layout = conn
            .prepare("SELECT 1 FROM pragma_table_info('relay_chats') WHERE name = 'chat_hash'")?
            .exists([])?;
        if first_layout {
            // The first files lacked this column (added later in place).
            let has_active = conn
                .prepare("SELECT 1 FROM pragma_table_info('relay_chats') WHERE name = 'active_ms'")?
                .exists([])?;
            if !has_active {
                conn.execute_batch(
                    "ALTER TABLE relay_chats ADD COLUMN active_ms INTEGER NOT NULL DEFAULT 0",
                )?;
            }
            conn.execute_batch(FROM_FIRST_LAYOUT)?;
            conn.execute_batch(CHAT_TABLES)?;
            conn.execute_batch(COPY_FIRST_LAYOUT)?;
        } else {
            conn.execute_batch(CHAT_TABLES)?;
        }
        conn.execute_batch(&format!("PRAGMA user_version = {CHAT_TABLES_VERSION}"))?;
        Ok(())
    })();
    conn.execute_batch(if result.is_ok() { "COMMIT" } else { "ROLLBACK" })?;
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The first layout, as files made before this module hold it.
    const FIRST_LAYOUT: &str = r#"
CREATE TABLE relay_chats (chat_hash TEXT PRIMARY KEY, created_ms INTEGER NOT NULL,
    up_next INTEGER NOT NULL DEFAULT 1, down_next INTEGER NOT NULL DEFAULT 1,
    closed INTEGER NOT NULL DEFAULT 0);
CREATE TABLE relay_up (chat_hash TEXT NOT NULL, seq INTEGER NOT NULL, kind INTEGER NOT NULL,
    body TEXT NOT NULL, stored_ms INTEGER NOT NULL, PRIMARY KEY (chat_hash, seq));
CREATE INDEX relay_up_by_age ON relay_up(stored_ms);
CREATE TABLE relay_up_ids (chat_hash TEXT NOT NULL, client_id TEXT NOT NULL,
    seq INTEGER NOT NULL, PRIMARY KEY (chat_hash, client_id));
CREATE TABLE relay_down (chat_hash TEXT NOT NULL, seq INTEGER NOT NULL, kind INTEGER NOT NULL,
    body TEXT NOT NULL, stored_ms INTEGER NOT NULL, PRIMARY KEY (chat_hash, seq));
INSERT INTO relay_chats (chat_hash, created_ms, up_next, down_next, closed)
    VALUES ('aa', 10, 3, 2, 0), ('bb', 20, 2, 1, 1);
INSERT INTO relay_up VALUES ('bb', 1, 0, 'b-opening', 21), ('aa', 2, 1, 'a-second', 12);
INSERT INTO relay_up_ids VALUES ('aa', 'id-a1', 1), ('aa', 'id-a2', 2), ('bb', 'id-b1', 1);
INSERT INTO relay_down VALUES ('aa', 1, 1, 'a-reply', 11);
"#;

    fn rows(conn: &Connection, sql: &str) -> Vec<String> {
        let mut stmt = conn.prepare(sql).unwrap();
        let rows = stmt
            .query_map([], |r| {
                let n = r.as_ref().column_count();
                Ok((0..n)
                    .map(|i| match r.get_ref(i).unwrap() {
                        rusqlite::types::ValueRef::Integer(v) => v.to_string(),
                        rusqlite::types::ValueRef::Text(t) => String::from_utf8_lossy(t).into(),
                        other => format!("{other:?}"),
                    })
                    .collect::<Vec<_>>()
                    .join(","))
            })
            .unwrap();
        rows.map(|r| r.unwrap()).collect()
    }

    #[test]
    fn a_file_of_the_first_layout_keeps_every_chat_and_message() {
        let conn = Connection::open_in_memory().unwrap();
        conn.execute_batch(FIRST_LAYOUT).unwrap();
        create_or_migrate(&conn).unwrap();
        assert_eq!(
            rows(
                &conn,
                "SELECT chat_hash, chat FROM relay_chat_hashes ORDER BY chat"
            ),
            ["aa,1", "bb,2"]
        );
        assert_eq!(
            rows(
                &conn,
                "SELECT id, created_ms, up_next, down_next, closed, active_ms FROM relay_chats"
            ),
            ["1,10,3,2,0,0", "2,20,2,1,1,0"]
        );
        // Arrival order is kept: bb's opening came first.
        assert_eq!(
            rows(
                &conn,
                "SELECT chat, seq, kind, body, stored_ms FROM relay_up ORDER BY id"
            ),
            ["2,1,0,b-opening,21", "1,2,1,a-second,12"]
        );
        assert_eq!(
            rows(&conn, "SELECT chat, client_id, seq FROM relay_up_ids"),
            ["1,id-a1,1", "1,id-a2,2", "2,id-b1,1"]
        );
        assert_eq!(
            rows(&conn, "SELECT chat, seq, body FROM relay_down"),
            ["1,1,a-reply"]
        );
        assert!(rows(
            &conn,
            "SELECT name FROM sqlite_master WHERE name LIKE '%_v1'"
        )
        .is_empty());
        // A new chat never takes an old one's id.
        conn.execute("INSERT INTO relay_chats (created_ms) VALUES (30)", [])
            .unwrap();
        assert_eq!(conn.last_insert_rowid(), 3);
        // Opening again changes nothing.
        create_or_migrate(&conn).unwrap();
        assert_eq!(rows(&conn, "SELECT count(*) FROM relay_up"), ["2"]);
    }

    #[test]
    fn a_relay_file_of_the_first_layout_opens_with_its_messages() {
        let dir = std::env::temp_dir().join(format!(
            "discret-first-layout-{}",
            crate::relay_reports::random_id()
        ));
        std::fs::create_dir_all(&dir).unwrap();
        Connection::open(dir.join("relay.sqlite3"))
            .unwrap()
            .execute_batch(FIRST_LAYOUT)
            .unwrap();
        let db = crate::db::Db::open_relay(&dir).unwrap();
        let conn = db.lock();
        assert_eq!(
            rows(&conn, "SELECT h.chat_hash, d.body FROM relay_down d JOIN relay_chat_hashes h ON h.chat = d.chat"),
            ["aa,a-reply"]
        );
        drop(conn);
        // And again: nothing moves.
        drop(db);
        let db = crate::db::Db::open_relay(&dir).unwrap();
        assert_eq!(rows(&db.lock(), "SELECT count(*) FROM relay_up"), ["2"]);
        let _ = std::fs::remove_dir_all(dir);
    }

    #[test]
    fn a_new_file_gets_this_layout() {
        let conn = Connection::open_in_memory().unwrap();
        create_or_migrate(&conn).unwrap();
        let version: i64 = conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .unwrap();
        assert_eq!(version, CHAT_TABLES_VERSION);
        assert_eq!(rows(&conn, "SELECT count(*) FROM relay_chat_hashes"), ["0"]);
    }
}
