//! The vault: everything the core stores about a chat (messages: text,
//! direction, time; the app-lock settings), ephemeral by design.
//!
//! **Memory only by default.** The database is an in-memory SQLite: nothing
//! touches the disk. **Resume mode** (off by default, `AppConfig::resume`)
//! keeps a file `vault.db` in the data directory so a chat survives the OS
//! killing the app; its key is wrapped by the shell's [`KeyStore`] (Android
//! Keystore, iOS Keychain) into `vault.key`.
//!
//! **Per-value AEAD instead of SQLCipher.** SQLCipher with a vendored
//! OpenSSL adds about 4.5 MB to the stripped library (measured, see
//! `STACK-NOTES.md`) when the budget is 6 MB and the library is already
//! close to it. Instead each stored value is sealed with ChaCha20-Poly1305
//! from `ring`, which rustls already links (no new code in the library),
//! over plain bundled SQLite. The associated data names the table, the
//! column and the row, so values cannot be moved between rows. The trade:
//! SQLCipher also hides the schema, the row count and the page layout;
//! here an examiner of `vault.db` sees the table names, how many messages
//! there are, their coarse expiry time (rounded up to 10 minutes), the
//! conversation labels (random ids) and value lengths, but no content.
//! The key lives only in memory (a zeroized heap buffer) or wrapped by the
//! key store; without it the file is noise (crypto-shredding).
//!
//! **Hardening either way:** `secure_delete = ON`, `journal_mode = MEMORY`
//! (no journal or WAL file), `temp_store = MEMORY`, `auto_vacuum = FULL`;
//! every row has an expiry time and expired rows are purged on open, on
//! every read and periodically; decrypted values are `Zeroizing`; no text,
//! location or key appears in logs or errors. [`Vault::wipe`] (quick exit)
//! closes the database, zeroizes the key, deletes every file the vault
//! wrote, asks the key store to forget its device key, and leaves the vault
//! ready to open afresh on next use.
//!
//! Files: `cipher.rs` (sealing values), `store.rs` (SQLite, pragmas,
//! schema), `keystore.rs` (the shell's key store), `lock.rs` (PIN, duress
//! PIN, attempt limits).

mod app_api;
mod cipher;
mod keystore;
mod lock;
mod store;

pub use cipher::KEY_LEN;
pub use keystore::{KeyStore, KeyStoreError};
pub(crate) use lock::{AppLock, PinCheck};
pub use lock::{DuressListener, LockState, MIN_PIN_CHARS};

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, Weak};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use rusqlite::{params, Connection, OptionalExtension};
use zeroize::{Zeroize, ZeroizeOnDrop, Zeroizing};

use crate::error::{Error, Result};
use crate::lock as lock_mutex;
use cipher::{Place, ValueCipher};

/// The database file, in resume mode.
pub const DB_FILE: &str = "vault.db";
/// The wrapped key, in resume mode.
pub const KEY_FILE: &str = "vault.key";
/// Every name the vault may have created in the data directory (SQLite's
/// side files included, should a future setting create them).
const VAULT_FILES: [&str; 6] = [
    DB_FILE,
    "vault.db-journal",
    "vault.db-wal",
    "vault.db-shm",
    KEY_FILE,
    "vault.key.tmp",
];

/// How long a stored message lives.
pub const DEFAULT_MESSAGE_TTL: Duration = Duration::from_secs(24 * 3600);
/// How often the app purges expired rows.
pub const PURGE_INTERVAL: Duration = Duration::from_secs(60);
/// Expiry times are rounded up to this, so they hardly date a message.
const EXPIRY_GRAIN_MS: i64 = 10 * 60 * 1000;
/// The canary proving the key matches the file.
const CANARY: &str = "canary";
const CANARY_TTL: Duration = Duration::from_secs(400 * 24 * 3600);
/// A conversation label: 1 to 64 characters among `[A-Za-z0-9_-]`.
const MAX_LABEL: usize = 64;

/// Where the vault keeps its data.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VaultMode {
    /// In memory only (the default).
    MemoryOnly,
    /// A file in the data directory, key wrapped by the key store.
    Resume,
}

/// What opening the vault found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VaultOpening {
    /// Nothing to resume: a new, empty vault.
    Fresh,
    /// The previous session's vault, readable with its key.
    Resumed,
    /// A vault file was there but damaged or not a database: it was deleted
    /// and a new, empty vault created.
    DiscardedUnreadable,
    /// A vault file was there but its key is gone or another one (key store
    /// refused, canary does not open): deleted, new empty vault.
    DiscardedOtherKey,
}

/// A message kept in the vault. Its text is wiped when it is dropped and
/// never printed by `Debug`.
#[derive(Clone, PartialEq, Eq, Zeroize, ZeroizeOnDrop)]
pub struct StoredMessage {
    /// Which chat it belongs to: a label chosen by the app (1 to 64
    /// characters among letters, digits, `-` and `_`), not content.
    pub conversation: String,
    /// Sent by the citizen (true) or received from the desk (false).
    pub outgoing: bool,
    /// When it was sent or received, milliseconds since the Unix epoch.
    pub at_ms: i64,
    pub text: String,
}

impl std::fmt::Debug for StoredMessage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("StoredMessage")
            .field("conversation", &self.conversation)
            .field("outgoing", &self.outgoing)
            .field("at_ms", &self.at_ms)
            .field(
                "text",
                &format_args!("<{} characters>", self.text.chars().count()),
            )
            .finish()
    }
}

struct Open {
    conn: Connection,
    cipher: ValueCipher,
}

struct State {
    open: Option<Open>,
    opening: VaultOpening,
    message_ttl: Duration,
}

/// The vault. Thread-safe; every call is short (one SQLite statement or a
/// few).
pub struct Vault {
    mode: VaultMode,
    dir: PathBuf,
    key_store: Option<Arc<dyn KeyStore>>,
    state: Mutex<State>,
}

pub(crate) fn now_ms() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_millis() as i64)
        .unwrap_or(0)
}

fn expiry(ttl: Duration) -> i64 {
    let at = now_ms().saturating_add(ttl.as_millis().min(i64::MAX as u128) as i64);
    at.saturating_add(EXPIRY_GRAIN_MS - 1) / EXPIRY_GRAIN_MS * EXPIRY_GRAIN_MS
}

impl Vault {
    /// Opens the vault: in memory, or in resume mode the previous session's
    /// file when its key unwraps and opens it (else the file is deleted and
    /// a fresh vault created; [`Vault::opening`] says which).
    pub fn open(
        mode: VaultMode,
        dir: &Path,
        key_store: Option<Arc<dyn KeyStore>>,
    ) -> Result<Vault> {
        if mode == VaultMode::Resume && key_store.is_none() {
            return Err(Error::InvalidConfig {
                field: "resume",
                reason: "resume mode needs a key store from the shell \
                         (a key held only in memory would not survive the app being killed)"
                    .into(),
            });
        }
        let vault = Vault {
            mode,
            dir: dir.to_path_buf(),
            key_store,
            state: Mutex::new(State {
                open: None,
                opening: VaultOpening::Fresh,
                message_ttl: DEFAULT_MESSAGE_TTL,
            }),
        };
        if mode == VaultMode::MemoryOnly {
            // Resume mode was switched off: what an earlier session left goes.
            vault.delete_files();
        }
        {
            let mut state = lock_mutex(&vault.state);
            let (open, opening) = vault.open_now()?;
            state.open = Some(open);
            state.opening = opening;
        }
        vault.purge_expired()?;
        Ok(vault)
    }

    pub fn mode(&self) -> VaultMode {
        self.mode
    }

    /// What the last opening found.
    pub fn opening(&self) -> VaultOpening {
        lock_mutex(&self.state).opening
    }

    /// How long messages stored from now on live (default 24 h).
    pub fn set_message_ttl(&self, ttl: Duration) {
        lock_mutex(&self.state).message_ttl = ttl;
    }

    /// The vault's files that exist now in the data directory.
    pub fn files(&self) -> Vec<PathBuf> {
        VAULT_FILES
            .iter()
            .map(|name| self.dir.join(name))
            .filter(|path| path.exists())
            .collect()
    }

    /// Stores a message (sealed), to be purged after the message TTL.
    pub fn store_message(&self, message: &StoredMessage) -> Result<()> {
        validate_label(&message.conversation)?;
        let max = discret_protocol::limits::MAX_MESSAGE_CHARS;
        if message.text.is_empty() || message.text.chars().count() > max {
            return Err(Error::InvalidInput {
                field: "text",
                reason: format!("must hold 1 to {max} characters"),
            });
        }
        if message.at_ms < 0 {
            return Err(Error::InvalidInput {
                field: "at_ms",
                reason: "is before 1970".into(),
            });
        }
        let mut body = Zeroizing::new(Vec::with_capacity(10 + message.text.len()));
        body.push(1);
        body.push(message.outgoing as u8);
        body.extend_from_slice(&message.at_ms.to_le_bytes());
        body.extend_from_slice(message.text.as_bytes());
        self.with_open(|open, ttl| {
            let id: i64 = open
                .conn
                .query_row("SELECT coalesce(max(id), 0) + 1 FROM messages", [], |r| {
                    r.get(0)
                })
                .map_err(store::storage)?;
            let row = message_row(id, &message.conversation);
            let sealed = open.cipher.seal(&message_place(&row), &body)?;
            open.conn
                .execute(
                    "INSERT INTO messages (id, conversation, expires_ms, body) VALUES (?1, ?2, ?3, ?4)",
                    params![id, message.conversation, expiry(ttl), sealed],
                )
                .map_err(store::storage)?;
            Ok(())
        })
    }

    /// The unexpired messages of a conversation, oldest first. A row that
    /// fails authentication (tampered, moved, another key) is deleted and
    /// never returned.
    pub fn messages(&self, conversation: &str) -> Result<Vec<StoredMessage>> {
        validate_label(conversation)?;
        self.with_existing(Vec::new(), |open| {
            let mut statement = open
                .conn
                .prepare(
                    "SELECT id, body FROM messages WHERE conversation = ?1 AND expires_ms > ?2 ORDER BY id",
                )
                .map_err(store::storage)?;
            let rows = statement
                .query_map(params![conversation, now_ms()], |r| {
                    Ok((r.get::<_, i64>(0)?, r.get::<_, Vec<u8>>(1)?))
                })
                .map_err(store::storage)?;
            let mut messages = Vec::new();
            let mut unauthentic = Vec::new();
            for row in rows {
                let (id, sealed) = row.map_err(store::storage)?;
                let place = message_row(id, conversation);
                match open
                    .cipher
                    .open(&message_place(&place), &sealed)
                    .and_then(|body| decode_message(conversation, &body))
                {
                    Ok(message) => messages.push(message),
                    Err(_) => unauthentic.push(id),
                }
            }
            if !unauthentic.is_empty() {
                tracing::warn!(
                    rows = unauthentic.len(),
                    "vault rows failed authentication and were deleted"
                );
                for id in unauthentic {
                    open.conn
                        .execute("DELETE FROM messages WHERE id = ?1", [id])
                        .map_err(store::storage)?;
                }
            }
            Ok(messages)
        })
    }

    /// How many unexpired messages the vault holds.
    pub fn message_count(&self) -> Result<usize> {
        self.with_existing(0, |open| {
            open.conn
                .query_row(
                    "SELECT count(*) FROM messages WHERE expires_ms > ?1",
                    [now_ms()],
                    |r| r.get::<_, i64>(0),
                )
                .map(|n| n as usize)
                .map_err(store::storage)
        })
    }

    /// Deletes a conversation's messages (its chat was closed).
    pub fn delete_conversation(&self, conversation: &str) -> Result<usize> {
        validate_label(conversation)?;
        self.with_existing(0, |open| {
            open.conn
                .execute(
                    "DELETE FROM messages WHERE conversation = ?1",
                    [conversation],
                )
                .map_err(store::storage)
        })
    }

    /// Deletes expired rows; returns how many.
    pub fn purge_expired(&self) -> Result<usize> {
        self.with_existing(0, |open| {
            let now = now_ms();
            let messages = open
                .conn
                .execute("DELETE FROM messages WHERE expires_ms <= ?1", [now])
                .map_err(store::storage)?;
            let meta = open
                .conn
                .execute("DELETE FROM meta WHERE expires_ms <= ?1", [now])
                .map_err(store::storage)?;
            Ok(messages + meta)
        })
    }

    /// Every message goes (duress PIN); settings stay.
    pub(crate) fn wipe_messages(&self) -> Result<()> {
        // Everything the user kept (messages, saved chats, queued reports
        // and receipts, the duty profile), all but the lock's own rows and
        // the key's canary, so the app opens as usual, empty.
        self.with_existing((), |open| {
            open.conn
                .execute_batch(
                    "DELETE FROM messages; \
                     DELETE FROM meta WHERE name != 'canary' AND substr(name, 1, 5) != 'lock.';",
                )
                .map_err(store::storage)
        })
    }

    /// Quick exit: closes the database, zeroizes the key, deletes every
    /// vault file, makes the key store forget its device key. The next call
    /// opens a fresh, empty vault. Never fails (a file that cannot be
    /// deleted is logged, by name only); idempotent.
    pub fn wipe(&self) {
        let mut state = lock_mutex(&self.state);
        if let Some(open) = state.open.take() {
            // Dropping the connection frees SQLite's pages (ciphertext
            // only); dropping the cipher zeroizes the key.
            drop(open);
        }
        state.opening = VaultOpening::Fresh;
        if self.mode == VaultMode::Resume {
            self.delete_files();
            if let Some(key_store) = &self.key_store {
                key_store.forget();
            }
        }
    }

    /// The vault key, for the forensic test to look for it.
    #[cfg(any(test, feature = "forensic-test"))]
    pub fn key_for_forensics(&self) -> Option<Zeroizing<Vec<u8>>> {
        lock_mutex(&self.state)
            .open
            .as_ref()
            .map(|open| Zeroizing::new(open.cipher.key_bytes().to_vec()))
    }

    pub(crate) fn meta_get(&self, name: &str) -> Result<Option<Zeroizing<Vec<u8>>>> {
        self.with_existing(None, |open| meta_get(open, name))
    }

    pub(crate) fn meta_put(&self, name: &str, value: &[u8], ttl: Duration) -> Result<()> {
        self.with_open(|open, _| meta_put(open, name, value, ttl))
    }

    /// The names of the `meta` rows starting with `prefix`.
    pub(crate) fn meta_names(&self, prefix: &str) -> Result<Vec<String>> {
        self.with_existing(Vec::new(), |open| {
            let mut statement = open
                .conn
                .prepare("SELECT name FROM meta WHERE substr(name, 1, ?2) = ?1 ORDER BY name")
                .map_err(store::storage)?;
            let names = statement
                .query_map(params![prefix, prefix.len() as i64], |r| r.get(0))
                .map_err(store::storage)?
                .collect::<rusqlite::Result<Vec<String>>>()
                .map_err(store::storage)?;
            Ok(names)
        })
    }

    pub(crate) fn meta_delete(&self, name: &str) -> Result<()> {
        self.with_existing((), |open| {
            open.conn
                .execute("DELETE FROM meta WHERE name = ?1", [name])
                .map(|_| ())
                .map_err(store::storage)
        })
    }

    /// Runs `f` on the open vault; after a wipe, answers `empty` without
    /// creating anything (reads never recreate a vault file).
    fn with_existing<T>(&self, empty: T, f: impl FnOnce(&Open) -> Result<T>) -> Result<T> {
        let state = lock_mutex(&self.state);
        match state.open.as_ref() {
            Some(open) => f(open),
            None => Ok(empty),
        }
    }

    /// Runs `f` on the open vault, opening a fresh one first after a wipe.
    fn with_open<T>(&self, f: impl FnOnce(&Open, Duration) -> Result<T>) -> Result<T> {
        let mut state = lock_mutex(&self.state);
        if state.open.is_none() {
            let (open, opening) = self.open_now()?;
            state.open = Some(open);
            state.opening = opening;
        }
        let ttl = state.message_ttl;
        match state.open.as_ref() {
            Some(open) => f(open, ttl),
            None => Err(Error::Internal("vault not open".into())),
        }
    }

    fn open_now(&self) -> Result<(Open, VaultOpening)> {
        match self.mode {
            VaultMode::MemoryOnly => {
                let conn = store::open_memory().map_err(store::storage)?;
                let open = Open {
                    conn,
                    cipher: ValueCipher::random(),
                };
                meta_put(&open, CANARY, CANARY.as_bytes(), CANARY_TTL)?;
                Ok((open, VaultOpening::Fresh))
            }
            VaultMode::Resume => {
                let found = self.dir.join(DB_FILE).exists() || self.dir.join(KEY_FILE).exists();
                if !found {
                    return Ok((self.create_file()?, VaultOpening::Fresh));
                }
                match self.resume() {
                    Ok(open) => Ok((open, VaultOpening::Resumed)),
                    Err(discarded) => {
                        tracing::warn!(
                            outcome = ?discarded,
                            "the previous vault could not be opened: deleted, starting fresh"
                        );
                        self.delete_files();
                        Ok((self.create_file()?, discarded))
                    }
                }
            }
        }
    }

    fn key_store(&self) -> Result<&Arc<dyn KeyStore>> {
        self.key_store
            .as_ref()
            .ok_or_else(|| Error::Internal("resume mode without a key store".into()))
    }

    /// Unwraps the key and opens the file; on failure says why.
    fn resume(&self) -> std::result::Result<Open, VaultOpening> {
        let key_store = self
            .key_store()
            .map_err(|_| VaultOpening::DiscardedOtherKey)?;
        let wrapped =
            std::fs::read(self.dir.join(KEY_FILE)).map_err(|_| VaultOpening::DiscardedOtherKey)?;
        let key = Zeroizing::new(
            key_store
                .unwrap(wrapped)
                .map_err(|_| VaultOpening::DiscardedOtherKey)?,
        );
        let cipher = ValueCipher::from_bytes(&key).map_err(|_| VaultOpening::DiscardedOtherKey)?;
        let conn = store::open_file(&self.dir.join(DB_FILE)).map_err(|e| {
            if store::is_unreadable(&e) {
                VaultOpening::DiscardedUnreadable
            } else {
                VaultOpening::DiscardedOtherKey
            }
        })?;
        let open = Open { conn, cipher };
        match meta_get(&open, CANARY) {
            Ok(Some(value)) if value.as_slice() == CANARY.as_bytes() => {
                // Refresh the canary's expiry.
                meta_put(&open, CANARY, CANARY.as_bytes(), CANARY_TTL)
                    .map_err(|_| VaultOpening::DiscardedUnreadable)?;
                Ok(open)
            }
            Err(Error::Storage(_)) => Err(VaultOpening::DiscardedUnreadable),
            _ => Err(VaultOpening::DiscardedOtherKey),
        }
    }

    /// A new vault file with a new key, wrapped by the key store.
    fn create_file(&self) -> Result<Open> {
        self.delete_files();
        let cipher = ValueCipher::random();
        let wrapped = self
            .key_store()?
            .wrap(cipher.key_bytes().to_vec())
            .map_err(|e| Error::KeyStore(e.0))?;
        let tmp = self.dir.join("vault.key.tmp");
        std::fs::write(&tmp, &wrapped)
            .and_then(|()| std::fs::rename(&tmp, self.dir.join(KEY_FILE)))
            .map_err(|e| Error::Storage(format!("cannot write the wrapped key: {}", e.kind())))?;
        let conn = store::open_file(&self.dir.join(DB_FILE)).map_err(store::storage)?;
        owner_only(&self.dir.join(DB_FILE));
        owner_only(&self.dir.join(KEY_FILE));
        let open = Open { conn, cipher };
        meta_put(&open, CANARY, CANARY.as_bytes(), CANARY_TTL)?;
        Ok(open)
    }

    fn delete_files(&self) {
        for name in VAULT_FILES {
            let path = self.dir.join(name);
            match std::fs::remove_file(&path) {
                Ok(()) => {}
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                Err(e) => {
                    tracing::warn!(file = name, error = %e.kind(), "cannot delete a vault file")
                }
            }
        }
    }
}

/// The negative control of the forensic test: `DISCRET_FORENSIC_NO_WIPE=1`
/// turns quick exit into a no-op, so the test can show its scans find the
/// markers when nothing is wiped. Compiled only into test builds.
#[cfg(any(test, feature = "forensic-test"))]
pub(crate) fn wipe_disabled_for_forensic_test() -> bool {
    let disabled = std::env::var_os("DISCRET_FORENSIC_NO_WIPE").is_some_and(|v| v == "1");
    if disabled {
        tracing::warn!("quick exit wipe disabled (forensic negative control)");
    }
    disabled
}

#[cfg(not(any(test, feature = "forensic-test")))]
pub(crate) fn wipe_disabled_for_forensic_test() -> bool {
    false
}

/// Deletes expired rows every [`PURGE_INTERVAL`] while the vault lives.
pub(crate) async fn purge_periodically(vault: Weak<Vault>, every: Duration) {
    let mut ticks = tokio::time::interval(every);
    ticks.tick().await;
    loop {
        ticks.tick().await;
        let Some(vault) = vault.upgrade() else { return };
        if let Err(e) = vault.purge_expired() {
            tracing::warn!(error = %e, "vault purge failed");
        }
    }
}

/// Read and write for the app's own user only (the data directory is
/// private already on Android and iOS; this covers desktops and tools).
fn owner_only(path: &Path) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        if let Err(e) = std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600)) {
            tracing::warn!(error = %e.kind(), "cannot restrict a vault file's permissions");
        }
    }
    #[cfg(not(unix))]
    let _ = path;
}

fn validate_label(label: &str) -> Result<()> {
    let ok = !label.is_empty()
        && label.len() <= MAX_LABEL
        && label
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    if ok {
        Ok(())
    } else {
        Err(Error::InvalidInput {
            field: "conversation",
            reason: format!("must be 1 to {MAX_LABEL} characters among A-Z, a-z, 0-9, - and _"),
        })
    }
}

fn message_row(id: i64, conversation: &str) -> Vec<u8> {
    let mut row = id.to_le_bytes().to_vec();
    row.extend_from_slice(conversation.as_bytes());
    row
}

fn message_place(row: &[u8]) -> Place<'_> {
    Place {
        table: "messages",
        column: "body",
        row,
    }
}

fn decode_message(conversation: &str, body: &[u8]) -> Result<StoredMessage> {
    if body.len() < 10 || body[0] != 1 || body[1] > 1 {
        return Err(Error::Unauthentic);
    }
    let mut at = [0u8; 8];
    at.copy_from_slice(&body[2..10]);
    let text = std::str::from_utf8(&body[10..]).map_err(|_| Error::Unauthentic)?;
    Ok(StoredMessage {
        conversation: conversation.to_string(),
        outgoing: body[1] == 1,
        at_ms: i64::from_le_bytes(at),
        text: text.to_string(),
    })
}

fn meta_place(name: &str) -> Place<'_> {
    Place {
        table: "meta",
        column: "value",
        row: name.as_bytes(),
    }
}

fn meta_get(open: &Open, name: &str) -> Result<Option<Zeroizing<Vec<u8>>>> {
    let sealed: Option<Vec<u8>> = open
        .conn
        .query_row(
            "SELECT value FROM meta WHERE name = ?1 AND expires_ms > ?2",
            params![name, now_ms()],
            |r| r.get(0),
        )
        .optional()
        .map_err(store::storage)?;
    match sealed {
        None => Ok(None),
        Some(sealed) => open.cipher.open(&meta_place(name), &sealed).map(Some),
    }
}

fn meta_put(open: &Open, name: &str, value: &[u8], ttl: Duration) -> Result<()> {
    let sealed = open.cipher.seal(&meta_place(name), value)?;
    open.conn
        .execute(
            "INSERT INTO meta (name, expires_ms, value) VALUES (?1, ?2, ?3)
             ON CONFLICT (name) DO UPDATE SET expires_ms = excluded.expires_ms, value = excluded.value",
            params![name, expiry(ttl), sealed],
        )
        .map(|_| ())
        .map_err(store::storage)
}

#[cfg(test)]
mod tests;
