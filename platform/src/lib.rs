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
//! - `relay_schema.rs`: the relay's chat tables and their migration.
//! - `relay_desk_link.rs`: the relay's API for a desk on another machine.
//! - `desk/`: the desk identity, intake of chats, cases, operator actions, stats.
//! - `console/`: the operator console (web page and its API, logins).
//! - `error.rs`: errors and their HTTP answers.

pub mod console;
pub mod db;
pub mod desk;
pub mod error;
pub mod group_commit;
pub mod relay;
pub mod relay_desk_link;
pub mod relay_reports;
pub mod relay_schema;
pub mod relay_socket;

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;

use axum::serve::ListenerExt;
use discret_protocol::limits::RateLimit;
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

pub use error::{Error, Result};

/// Which halves of the platform a process runs. `All` (the default) is one
/// process; `Relay` and `Desk` run apart, either on the same data directory
/// (the relay's database file is shared: the desk takes and pushes messages
/// there, each notices the other's writes within a fraction of a second;
/// start the desk first, it publishes its keys for the relay) or on two
/// machines, the desk calling the relay's desk link over HTTP
/// ([`PlatformConfig::relay_link`], [`PlatformConfig::desk_link_secret`];
/// start the relay first).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    All,
    /// The phone-facing relay API only.
    Relay,
    /// The desk and the operator console only.
    Desk,
}

/// How often a process running one half looks at the other's writes.
const CROSS_PROCESS_SWEEP: std::time::Duration = std::time::Duration::from_millis(100);

/// Where the platform keeps its data and where it listens.
#[derive(Debug, Clone)]
pub struct PlatformConfig {
    pub data_dir: PathBuf,
    pub listen: SocketAddr,
    /// Upward messages a chat may send per window (default: twice the
    /// phone's own limit, leaving room for receipts and retries).
    pub rate_limit: RateLimit,
    /// New anonymous reports the relay accepts (relay-wide).
    pub report_limits: relay_reports::ReportLimits,
    /// The LibreTranslate-compatible provider; `None` (the default): no
    /// translation.
    pub translation: Option<desk::translate::TranslateConfig>,
    /// Which halves this process runs.
    pub role: Role,
    /// A desk (`role: Desk`) whose relay runs on another machine: the
    /// relay's URL and the link's secret. `None`: the relay's database in
    /// the data directory.
    pub relay_link: Option<RelayLinkConfig>,
    /// A relay (`role: Relay`) that serves a desk on another machine: the
    /// secret its calls must carry (`/v1/desk/...` is served only then).
    pub desk_link_secret: Option<relay_desk_link::LinkSecret>,
    /// How often the desk looks for waiting messages and reports besides
    /// being woken by the relay (default 5 s).
    pub intake_sweep: std::time::Duration,
    /// A relay serving a desk link: an address of its own for the link
    /// (an internal interface a firewall keeps from the Internet); `None`:
    /// the link is served beside the phones' API.
    pub desk_link_listen: Option<SocketAddr>,
}

/// Where a desk finds its relay on another machine.
#[derive(Debug, Clone)]
pub struct RelayLinkConfig {
    /// https (plain http only to this machine).
    pub url: String,
    pub secret: relay_desk_link::LinkSecret,
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
            report_limits: relay_reports::ReportLimits::default(),
            translation: None,
            role: Role::All,
            relay_link: None,
            desk_link_secret: None,
            intake_sweep: desk::INTAKE_SWEEP,
            desk_link_listen: None,
        }
    }
}

/// A running platform.
pub struct Platform {
    pub addr: SocketAddr,
    pub desk: Arc<desk::Desk>,
    /// The relay in this process or data directory; `None` when the desk
    /// reaches its relay over the network.
    pub relay: Option<Arc<relay::Relay>>,
    desk_key: String,
    pub reports: Arc<desk::reports::ReportDesk>,
    running: Running,
}

impl Platform {
    /// Opens the data directory (creating the database and the desk
    /// identity on first run), binds, and serves until [`Platform::stop`].
    pub async fn start(config: PlatformConfig) -> Result<Platform> {
        if config.role == Role::Relay {
            return Err(Error::Setup(
                "a relay-only process is a RelayServer (RelayServer::start)".into(),
            ));
        }
        if config.relay_link.is_some() && config.role != Role::Desk {
            return Err(Error::Setup(
                "a relay on another machine (--relay-url) goes with --role desk".into(),
            ));
        }
        let db = db::Db::open(&config.data_dir)?;
        let (account, pickle_key) = desk::Desk::open_identity(&db, &config.data_dir)?;
        let health = desk::health_of(&account);
        let (report_keys, report_key) = desk::reports::open_key(&db, &pickle_key, &account)?;
        let public = relay_desk_link::DeskPublic {
            v: discret_protocol::PROTOCOL_VERSION,
            signing_key: health.desk_signing_key.clone(),
            identity_key: health.desk_identity_key.clone(),
            report_key,
        };
        let desk_key = health.desk_signing_key.clone();
        let (link, local): (Arc<dyn desk::link::RelayLink>, _) = match &config.relay_link {
            Some(remote) => (
                desk::link::RemoteRelay::connect(&remote.url, remote.secret.clone())?,
                None,
            ),
            None => {
                // The desk's keys go in once, below, as over a link.
                let relay_db = db::Db::open_relay(&config.data_dir)?;
                let reports =
                    relay_reports::RelayReports::published(relay_db.clone(), config.report_limits)?;
                let relay = relay::Relay::new(
                    relay_db,
                    relay::Relay::unpublished_health(),
                    config.rate_limit,
                )?;
                (
                    desk::link::LocalRelay::new(relay.clone(), reports.clone()),
                    Some((relay, reports)),
                )
            }
        };
        // Both wait on the relay (over the network for a desk link).
        let desk = {
            let link = link.clone();
            tokio::task::spawn_blocking(move || {
                link.publish_public(&public)?;
                desk::Desk::new(db, link, account, pickle_key)
            })
            .await
            .map_err(|_| Error::Internal("the desk's start-up failed".into()))??
        };
        if let Some(translation) = &config.translation {
            let provider = desk::translate::LibreTranslate::new(translation)?;
            desk.set_translator(Arc::new(provider), translation.timeout)?;
        }
        let report_desk = desk::reports::ReportDesk::new(desk.clone(), link, report_keys);
        let console = console::Console::routes(desk.clone())
            .merge(console::reports::routes(report_desk.clone()));
        let (app, mut tasks) = match (&local, config.role) {
            // Beside a relay process on the same data directory: nothing
            // wakes the desk, a short sweep takes messages in time.
            (Some(_), Role::Desk) => (console, desk.spawn_workers_every(CROSS_PROCESS_SWEEP)),
            // Woken by the relay's news over the link.
            (None, _) => (console, desk.spawn_workers_every(config.intake_sweep)),
            (Some((relay, reports)), _) => (
                relay.routes().merge(reports.routes()).merge(console),
                desk.spawn_workers_every(config.intake_sweep),
            ),
        };
        if config.role == Role::All {
            if let Some((relay, _)) = &local {
                tasks.push(relay.spawn_retention());
            }
        }
        tasks.push(report_desk.spawn_worker_every(config.intake_sweep));
        let (addr, shutdown, server) = serve(config.listen, app).await?;
        tasks.push(server);
        Ok(Platform {
            addr,
            desk,
            relay: local.map(|(relay, _)| relay),
            desk_key,
            reports: report_desk,
            running: Running {
                shutdowns: vec![shutdown],
                tasks,
            },
        })
    }

    /// The desk's Ed25519 key, to pin in the app's configuration.
    pub fn desk_signing_key(&self) -> &str {
        &self.desk_key
    }

    /// Changes the desk made (new chat, message, action), for waiting on.
    pub fn desk_updates(&self) -> tokio::sync::watch::Receiver<u64> {
        self.desk.updates.subscribe()
    }

    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// Stops serving and the desk's workers.
    pub async fn stop(self) {
        self.running.stop(self.relay.as_deref()).await;
    }
}

/// A serving process's shutdown signal and background tasks.
struct Running {
    shutdowns: Vec<oneshot::Sender<()>>,
    tasks: Vec<JoinHandle<()>>,
}

impl Running {
    /// Ends the relay's open links, stops serving, ends the tasks.
    async fn stop(self, relay: Option<&relay::Relay>) {
        if let Some(relay) = relay {
            relay.close_links();
        }
        for shutdown in self.shutdowns {
            let _ = shutdown.send(());
        }
        for task in self.tasks {
            task.abort();
            let _ = task.await;
        }
    }
}

/// Binds and serves `app` until the returned sender fires.
async fn serve(
    listen: SocketAddr,
    app: axum::Router,
) -> Result<(SocketAddr, oneshot::Sender<()>, JoinHandle<()>)> {
    let listener = tokio::net::TcpListener::bind(listen)
        .await
        .map_err(|e| Error::Setup(format!("cannot listen on {listen}: {e}")))?;
    let addr = listener
        .local_addr()
        .map_err(|e| Error::Setup(format!("no local address: {e}")))?;
    let (shutdown, stopped) = oneshot::channel::<()>();
    let server = tokio::spawn(async move {
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
    });
    Ok((addr, shutdown, server))
}

/// A relay running apart from the desk (`serve --role relay`): the
/// phone-facing API on the relay's database of a data directory where a
/// desk has published its keys.
pub struct RelayServer {
    pub addr: SocketAddr,
    /// The desk link's own address ([`PlatformConfig::desk_link_listen`]).
    pub link_addr: Option<SocketAddr>,
    pub relay: Arc<relay::Relay>,
    running: Running,
}

impl RelayServer {
    pub async fn start(config: PlatformConfig) -> Result<RelayServer> {
        let relay_db = db::Db::open_relay(&config.data_dir)?;
        let relay_db_for_reports = relay_db.clone();
        let health = match relay::Relay::published_health(&relay_db) {
            Ok(health) => health,
            // A desk on another machine publishes its keys over its link.
            Err(_) if config.desk_link_secret.is_some() => relay::Relay::unpublished_health(),
            Err(e) => return Err(e),
        };
        let relay = relay::Relay::new(relay_db, health, config.rate_limit)?;
        let watcher = relay.watch_other_writers(CROSS_PROCESS_SWEEP);
        let retention = relay.spawn_retention();
        let reports =
            relay_reports::RelayReports::published(relay_db_for_reports, config.report_limits)?;
        let mut app = relay.routes().merge(reports.routes());
        let mut link = None;
        if let Some(secret) = config.desk_link_secret.clone() {
            let routes = relay_desk_link::routes(relay.clone(), reports.clone(), secret);
            match config.desk_link_listen {
                Some(listen) => link = Some(serve(listen, routes).await?),
                None => app = app.merge(routes),
            }
        }
        if link.is_none() && config.desk_link_listen.is_some() {
            return Err(Error::Setup(
                "a desk link address (--link-listen) needs the link's secret".into(),
            ));
        }
        let (addr, shutdown, server) = serve(config.listen, app).await?;
        let mut running = Running {
            shutdowns: vec![shutdown],
            tasks: vec![watcher, retention, server],
        };
        let link_addr = link.map(|(addr, shutdown, server)| {
            running.shutdowns.push(shutdown);
            running.tasks.push(server);
            addr
        });
        Ok(RelayServer {
            addr,
            link_addr,
            relay,
            running,
        })
    }

    /// Where the desk link is served, when on an address of its own.
    pub fn link_url(&self) -> Option<String> {
        self.link_addr.map(|addr| format!("http://{addr}"))
    }

    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// The desk's Ed25519 key the relay serves.
    pub fn desk_signing_key(&self) -> String {
        self.relay.desk_signing_key()
    }

    pub async fn stop(self) {
        self.running.stop(Some(&self.relay)).await;
    }
}
