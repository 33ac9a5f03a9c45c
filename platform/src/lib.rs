//! discret-platform: the reference police-side server. One binary runs the
//! relay (public, untrusted: ciphertext only) and the desk (police side:
//! decrypts, keeps the case record, serves the operator console), on an
//! embedded SQLite database created on first run.
//!
//! - `db.rs`: the two databases (relay, desk) and their schemas.
//! - `group_commit.rs`: the relay's writer thread (one transaction per batch).
//! - `relay.rs`: the relay's HTTP API for phones (long polls).
//! - `relay_socket.rs`: the same over one WebSocket per chat.
//! - `relay_reports.rs`: sealed anonymous reports and the desk's report key.
//! - `desk/`: the desk identity, intake of chats, cases, operator actions, stats.
//! - `console/`: the operator console (web page and its API, logins).
//! - `error.rs`: errors and their HTTP answers.

pub mod console;
pub mod db;
pub mod desk;
pub mod error;
pub mod group_commit;
pub mod relay;
pub mod relay_reports;
pub mod relay_socket;

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;

use axum::serve::ListenerExt;
use discret_protocol::limits::RateLimit;
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

pub use error::{Error, Result};

/// Where the platform keeps its data and where it listens.
#[derive(Debug, Clone)]
pub struct PlatformConfig {
    pub data_dir: PathBuf,
    pub listen: SocketAddr,
    /// Upward messages a chat may send per window (default: twice the
    /// phone's own limit, leaving room for receipts and retries).
    pub rate_limit: RateLimit,
    /// The LibreTranslate-compatible provider; `None` (the default): no
    /// translation.
    pub translation: Option<desk::translate::TranslateConfig>,
}

impl PlatformConfig {
    pub fn new(data_dir: PathBuf, listen: SocketAddr) -> Self {
        PlatformConfig {
            data_dir,
            listen,
            rate_limit: RateLimit {
                max_messages: 2 * RateLimit::CHAT.max_messages,
                window: RateLimit::CHAT.window,
            },
            translation: None,
        }
    }
}

/// A running platform.
pub struct Platform {
    pub addr: SocketAddr,
    pub desk: Arc<desk::Desk>,
    pub relay: Arc<relay::Relay>,
    pub reports: Arc<desk::reports::ReportDesk>,
    desk_signing_key: String,
    shutdown: Option<oneshot::Sender<()>>,
    tasks: Vec<JoinHandle<()>>,
}

impl Platform {
    /// Opens the data directory (creating the database and the desk
    /// identity on first run), binds, and serves until [`Platform::stop`].
    pub async fn start(config: PlatformConfig) -> Result<Platform> {
        let db = db::Db::open(&config.data_dir)?;
        let relay_db = db::Db::open_relay(&config.data_dir)?;
        let (account, pickle_key) = desk::Desk::open_identity(&db, &config.data_dir)?;
        let health = desk::health_of(&account);
        let (report_keys, report_key) = desk::reports::open_key(&db, &pickle_key, &account)?;
        let relay_reports = relay_reports::RelayReports::new(relay_db.clone(), report_key)?;
        let desk_signing_key = health.desk_signing_key.clone();
        let relay = relay::Relay::new(relay_db, health, config.rate_limit)?;
        let desk = desk::Desk::new(db, relay.clone(), account, pickle_key)?;
        if let Some(translation) = &config.translation {
            let provider = desk::translate::LibreTranslate::new(translation)?;
            desk.set_translator(Arc::new(provider), translation.timeout)?;
        }
        let report_desk =
            desk::reports::ReportDesk::new(desk.clone(), relay_reports.clone(), report_keys);
        let app = relay
            .routes()
            .merge(relay_reports.routes())
            .merge(console::Console::routes(desk.clone()))
            .merge(console::reports::routes(report_desk.clone()));
        let listener = tokio::net::TcpListener::bind(config.listen)
            .await
            .map_err(|e| Error::Setup(format!("cannot listen on {}: {e}", config.listen)))?;
        let addr = listener
            .local_addr()
            .map_err(|e| Error::Setup(format!("no local address: {e}")))?;
        let (shutdown, stopped) = oneshot::channel::<()>();
        let mut tasks = desk.spawn_workers();
        tasks.push(report_desk.spawn_worker());
        tasks.push(tokio::spawn(async move {
            // Small frames answered at once (Accepted, then Down): without
            // TCP_NODELAY, Nagle holds the second until the phone's delayed
            // ACK, about 40 ms.
            let listener = listener.tap_io(|tcp| {
                let _ = tcp.set_nodelay(true);
            });
            let served = axum::serve(listener, app)
                .with_graceful_shutdown(async {
                    let _ = stopped.await;
                })
                .await;
            if let Err(e) = served {
                tracing::error!(error = %e, "the server stopped");
            }
        }));
        Ok(Platform {
            addr,
            desk,
            relay,
            reports: report_desk,
            desk_signing_key,
            shutdown: Some(shutdown),
            tasks,
        })
    }

    /// The desk's Ed25519 key, to pin in the app's configuration.
    pub fn desk_signing_key(&self) -> &str {
        &self.desk_signing_key
    }

    /// Changes the desk made (new chat, message, action), for waiting on.
    pub fn desk_updates(&self) -> tokio::sync::watch::Receiver<u64> {
        self.desk.updates.subscribe()
    }

    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// Stops serving and the desk's workers.
    pub async fn stop(mut self) {
        self.relay.close_links();
        if let Some(shutdown) = self.shutdown.take() {
            let _ = shutdown.send(());
        }
        for task in self.tasks.drain(..) {
            task.abort();
            let _ = task.await;
        }
    }
}
