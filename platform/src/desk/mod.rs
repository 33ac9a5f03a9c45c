//! The desk: the trusted, police-side half of the platform. It holds the
//! desk identity, decrypts chats, keeps the case record, sends operators'
//! answers, and measures the time to first answer.
//!
//! - `identity.rs`: the Olm account, its pickle key and the one-time keys.
//! - `intake.rs`: messages from citizens: decrypt, record, acknowledge.
//! - `cases.rs`: the queue and case views the console shows.
//! - `actions.rs`: what operators do (take, reply, ask, dispatch, close).
//! - `stats.rs`: time-to-first-answer figures.
//! - `reports.rs`: the report key, intake of sealed anonymous reports.
//! - `link.rs`: how the desk reaches its relay (same process or over HTTP).
//! - `translate.rs`: language detection and the translation provider.

pub mod actions;
pub mod cases;
pub mod identity;
pub mod intake;
pub mod link;
pub mod places;
pub mod precomplaints;
pub mod reports;
pub mod stats;
pub mod translate;

use std::collections::HashMap;
use std::path::Path;
use std::sync::{Arc, Mutex, MutexGuard, OnceLock};

use discret_protocol::olm::to_wire;
use discret_protocol::payload::DeskPayload;
use discret_protocol::relay::Health;
use discret_protocol::PROTOCOL_VERSION;
use rusqlite::OptionalExtension;
use tokio::sync::watch;
use vodozemac::olm::{Account, Session, SessionPickle};
use zeroize::Zeroizing;

use crate::db::Db;
use crate::error::{Error, Result};
use link::RelayLink;

pub struct Desk {
    pub(crate) db: Db,
    pub(crate) relay: Arc<dyn RelayLink>,
    pickle_key: Zeroizing<[u8; 32]>,
    account: Mutex<Account>,
    /// Held during a refill of one-time keys.
    refilling: Mutex<()>,
    /// Open Olm sessions by case id (the database holds their pickles).
    sessions: Mutex<HashMap<i64, Session>>,
    /// Bumped on every change the console should show (long polls wait on it).
    pub(crate) updates: watch::Sender<u64>,
    /// The translation provider; none by default.
    translator: OnceLock<Arc<translate::DeskTranslator>>,
}

/// The TLS set-up of the desk's outgoing calls (translation provider,
/// relay on another machine): ring, the web PKI roots, TLS 1.2 and 1.3.
pub(crate) fn client_tls(purpose: &str) -> Result<rustls::ClientConfig> {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let roots = rustls::RootCertStore::from_iter(webpki_roots::TLS_SERVER_ROOTS.iter().cloned());
    Ok(rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|_| Error::Setup(format!("{purpose}: TLS configuration")))?
        .with_root_certificates(roots)
        .with_no_client_auth())
}

/// The desk looks for waiting messages at least this often.
pub const INTAKE_SWEEP: std::time::Duration = std::time::Duration::from_secs(5);

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|p| p.into_inner())
}

/// The desk's public keys, as the relay announces them.
pub fn health_of(account: &Account) -> Health {
    let keys = account.identity_keys();
    Health {
        v: PROTOCOL_VERSION,
        service: "discret-relay".into(),
        desk_signing_key: keys.ed25519.to_base64(),
        desk_identity_key: keys.curve25519.to_base64(),
    }
}

impl Desk {
    /// Opens (or creates) the desk identity of this data directory.
    pub fn open_identity(db: &Db, data_dir: &Path) -> Result<(Account, Zeroizing<[u8; 32]>)> {
        let key = identity::load_pickle_key(data_dir)?;
        let account = identity::load_account(db, &key)?;
        Ok((account, key))
    }

    pub fn new(
        db: Db,
        relay: Arc<dyn RelayLink>,
        account: Account,
        pickle_key: Zeroizing<[u8; 32]>,
    ) -> Result<Arc<Desk>> {
        let desk = Arc::new(Desk {
            db,
            relay,
            pickle_key,
            account: Mutex::new(account),
            refilling: Mutex::new(()),
            sessions: Mutex::new(HashMap::new()),
            updates: watch::channel(0).0,
            translator: OnceLock::new(),
        });
        desk.refill_keys()?;
        Ok(desk)
    }

    /// Tops up the relay's stock of one-time keys (one refill at a time;
    /// blocks on the relay: call it from a blocking thread).
    pub fn refill_keys(&self) -> Result<usize> {
        let _one_at_a_time = lock(&self.refilling);
        let published = identity::refill_keys(
            &self.db,
            self.relay.as_ref(),
            &self.account,
            &self.pickle_key,
        )?;
        if published > 0 {
            // Watchers of the desk (tests, the console) see the refill.
            self.bump();
        }
        Ok(published)
    }

    /// Runs the desk's background work: taking citizens' messages from the
    /// relay as they arrive, and refilling one-time keys when asked.
    pub fn spawn_workers(self: &Arc<Self>) -> Vec<tokio::task::JoinHandle<()>> {
        self.spawn_workers_every(INTAKE_SWEEP)
    }

    /// The same, looking at the relay's database every `sweep` as well as
    /// when woken: with the relay in another process (no wake-up reaches
    /// the desk), a short sweep takes messages and refills keys in time.
    pub fn spawn_workers_every(
        self: &Arc<Self>,
        sweep: std::time::Duration,
    ) -> Vec<tokio::task::JoinHandle<()>> {
        let refill_on_sweep = sweep < INTAKE_SWEEP;
        let intake = {
            let desk = self.clone();
            tokio::spawn(async move {
                loop {
                    let arrived = desk.relay.signals().up_arrived.notified();
                    tokio::pin!(arrived);
                    arrived.as_mut().enable();
                    let desk2 = desk.clone();
                    let taken = tokio::task::spawn_blocking(move || {
                        let taken = desk2.take_pending();
                        if refill_on_sweep {
                            if let Err(e) = desk2.refill_keys() {
                                tracing::error!(error = %e, "one-time key refill failed");
                            }
                        }
                        taken
                    });
                    match taken.await {
                        Ok(Err(e)) => tracing::error!(error = %e, "desk intake failed"),
                        Err(e) => tracing::error!(error = %e, "desk intake panicked"),
                        // A batch taken: the next one may be waiting.
                        Ok(Ok(taken)) if taken > 0 => continue,
                        Ok(Ok(_)) => {}
                    }
                    // The notification is the fast path; the sweep catches
                    // messages stored by another relay process.
                    let _ = tokio::time::timeout(sweep, arrived).await;
                }
            })
        };
        let keys = {
            let desk = self.clone();
            tokio::spawn(async move {
                loop {
                    desk.relay.signals().keys_low.notified().await;
                    let desk = desk.clone();
                    match tokio::task::spawn_blocking(move || desk.refill_keys()).await {
                        Ok(Err(e)) => tracing::error!(error = %e, "one-time key refill failed"),
                        Err(e) => tracing::error!(error = %e, "one-time key refill panicked"),
                        Ok(Ok(_)) => {}
                    }
                }
            })
        };
        vec![intake, keys]
    }

    /// The database (for figures such as [`stats::answer_stats`]).
    pub fn db_handle(&self) -> Db {
        self.db.clone()
    }

    pub(crate) fn bump(&self) {
        self.updates.send_modify(|v| *v += 1);
    }

    /// Encrypts `payload` in the case's session and hands it to the relay.
    pub(crate) fn send(&self, case_id: i64, payload: &DeskPayload) -> Result<()> {
        let chat_hash: String = self
            .db
            .lock()
            .query_row(
                "SELECT chat_hash FROM cases WHERE id = ?1",
                [case_id],
                |r| r.get(0),
            )
            .optional()?
            .ok_or(Error::NotFound)?;
        let plaintext = Zeroizing::new(discret_protocol::encode(payload));
        let ciphertext = self.with_session(case_id, |session| {
            session
                .encrypt(&plaintext[..])
                .map(|m| to_wire(&m))
                .map_err(|_| Error::Internal("Olm refused to encrypt".into()))
        })?;
        self.relay.push_down(&chat_hash, &ciphertext)?;
        Ok(())
    }

    /// Runs `f` on the case's session and saves the session afterwards.
    pub(crate) fn with_session<T>(
        &self,
        case_id: i64,
        f: impl FnOnce(&mut Session) -> Result<T>,
    ) -> Result<T> {
        let mut sessions = lock(&self.sessions);
        let session = match sessions.entry(case_id) {
            std::collections::hash_map::Entry::Occupied(entry) => entry.into_mut(),
            std::collections::hash_map::Entry::Vacant(entry) => {
                let pickle: String = self
                    .db
                    .lock()
                    .query_row(
                        "SELECT session_pickle FROM cases WHERE id = ?1",
                        [case_id],
                        |r| r.get(0),
                    )
                    .optional()?
                    .ok_or(Error::NotFound)?;
                let session = SessionPickle::from_encrypted(&pickle, &self.pickle_key)
                    .map(Session::from_pickle)
                    .map_err(|_| Error::Internal("a session pickle cannot be opened".into()))?;
                entry.insert(session)
            }
        };
        let result = f(session)?;
        let pickle = session.pickle().encrypt(&self.pickle_key);
        self.db.lock().execute(
            "UPDATE cases SET session_pickle = ?1 WHERE id = ?2",
            rusqlite::params![pickle, case_id],
        )?;
        Ok(result)
    }
}
