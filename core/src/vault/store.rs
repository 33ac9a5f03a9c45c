//! The SQLite side of the vault: opening a connection (in memory, or a
//! file in resume mode) with the hardening pragmas checked, and the schema.
//! Every value column holds a sealed value (see `cipher`); the clear
//! columns are row ids, the conversation label and a coarse expiry time.

use std::path::Path;

use rusqlite::{Connection, OpenFlags};

use crate::error::Error;

/// Maps an SQLite error to a storage error. rusqlite's messages name the
/// failure ("database disk image is malformed"), never a bound value.
pub(crate) fn storage(e: rusqlite::Error) -> Error {
    Error::Storage(e.to_string())
}

/// True when SQLite says the file is not a database (or is damaged).
pub(crate) fn is_unreadable(e: &rusqlite::Error) -> bool {
    matches!(
        e.sqlite_error_code(),
        Some(rusqlite::ErrorCode::NotADatabase | rusqlite::ErrorCode::DatabaseCorrupt)
    )
}

pub(crate) fn open_memory() -> std::result::Result<Connection, rusqlite::Error> {
    let conn = Connection::open_in_memory()?;
    configure(&conn)?;
    Ok(conn)
}

pub(crate) fn open_file(path: &Path) -> std::result::Result<Connection, rusqlite::Error> {
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_WRITE
            | OpenFlags::SQLITE_OPEN_CREATE
            | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    configure(&conn)?;
    Ok(conn)
}

/// The hardening, each pragma's answer checked:
/// - `secure_delete = ON`: deleted rows are overwritten with zeroes;
/// - `journal_mode = MEMORY`: no rollback journal file, no WAL;
/// - `temp_store = MEMORY`: no temporary files;
/// - `auto_vacuum = FULL`: freed pages leave the file at each commit.
fn configure(conn: &Connection) -> std::result::Result<(), rusqlite::Error> {
    // Reading the schema first makes a file that is not a database fail
    // here, with SQLite's own code.
    conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| {
        r.get::<_, i64>(0)
    })?;
    let secure: i64 = conn.query_row("PRAGMA secure_delete = ON", [], |r| r.get(0))?;
    let journal: String = conn.query_row("PRAGMA journal_mode = MEMORY", [], |r| r.get(0))?;
    if secure != 1 || !journal.eq_ignore_ascii_case("memory") {
        return Err(rusqlite::Error::InvalidQuery);
    }
    conn.execute_batch(
        "PRAGMA temp_store = MEMORY;
         PRAGMA auto_vacuum = FULL;
         CREATE TABLE IF NOT EXISTS meta (
             name TEXT PRIMARY KEY,
             expires_ms INTEGER NOT NULL,
             value BLOB NOT NULL
         );
         CREATE TABLE IF NOT EXISTS messages (
             id INTEGER PRIMARY KEY,
             conversation TEXT NOT NULL,
             expires_ms INTEGER NOT NULL,
             body BLOB NOT NULL
         );
         CREATE INDEX IF NOT EXISTS messages_by_conversation ON messages (conversation, id);",
    )?;
    let temp: i64 = conn.query_row("PRAGMA temp_store", [], |r| r.get(0))?;
    if temp != 2 {
        return Err(rusqlite::Error::InvalidQuery);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_hardening_pragmas_hold() {
        let conn = open_memory().unwrap();
        let secure: i64 = conn
            .query_row("PRAGMA secure_delete", [], |r| r.get(0))
            .unwrap();
        let journal: String = conn
            .query_row("PRAGMA journal_mode", [], |r| r.get(0))
            .unwrap();
        assert_eq!((secure, journal.as_str()), (1, "memory"));

        let dir = std::env::temp_dir().join(format!("discret-store-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("v.db");
        let conn = open_file(&path).unwrap();
        let journal: String = conn
            .query_row("PRAGMA journal_mode", [], |r| r.get(0))
            .unwrap();
        let vacuum: i64 = conn
            .query_row("PRAGMA auto_vacuum", [], |r| r.get(0))
            .unwrap();
        assert_eq!((journal.as_str(), vacuum), ("memory", 1));
        conn.execute(
            "INSERT INTO meta (name, expires_ms, value) VALUES ('a', 1, x'00')",
            [],
        )
        .unwrap();
        // Only the database file itself: no journal, WAL or temp file.
        let names: Vec<String> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        assert_eq!(names, vec!["v.db".to_string()]);
        drop(conn);
        std::fs::write(&path, b"definitely not a database, just some bytes....").unwrap();
        let err = open_file(&path).unwrap_err();
        assert!(is_unreadable(&err), "{err}");
        let _ = std::fs::remove_dir_all(&dir);
    }
}
