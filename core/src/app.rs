//! The app: one validated configuration, the platform client, and the
//! entry points the shells call (numbers, languages, platform check,
//! connectivity, chats, quick exit). The vault and the app lock's entry
//! points are in `vault/app_api.rs`.

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use discret_protocol::limits::RateLimit;
use tokio::runtime::Handle;
use tokio::sync::Notify;

use crate::chat::{Chat, ChatRequest};
use crate::config::{AppConfig, ValidConfig};
use crate::connectivity::{self, ConnectivityListener};
use crate::error::{Error, Result};
use crate::i18n::Localizer;
use crate::net::PlatformClient;
use crate::subscription::Subscription;
use crate::vault::{self, AppLock, KeyStore, Vault, VaultMode};

/// How often a connectivity subscription probes the platform.
const DEFAULT_PROBE_INTERVAL: Duration = Duration::from_secs(30);
/// How long quick exit's "left abruptly" signal may try to reach the relay.
const LEFT_ABRUPTLY_TIMEOUT: Duration = Duration::from_secs(3);

/// What [`App::check_platform`] learnt.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlatformStatus {
    /// The pinned desk key, which the platform serves.
    pub desk_key: String,
    /// Protocol version spoken by both sides.
    pub protocol_version: u32,
    /// Round trip of the health request, milliseconds.
    pub latency_ms: u64,
}

pub struct App {
    config: ValidConfig,
    client: PlatformClient,
    runtime: Handle,
    /// Woken when the shell reports a network change.
    network_changed: Arc<Notify>,
    probe_interval: Duration,
    rate_limit: RateLimit,
    localizer: Localizer,
    chats: Mutex<Vec<Arc<Chat>>>,
    pub(crate) vault: Arc<Vault>,
    pub(crate) app_lock: AppLock,
    pub(crate) reports: crate::reports::ReportQueue,
    /// Bumped by every quick exit: a chat whose start straddles one is
    /// abandoned as soon as it exists.
    exits: AtomicU64,
    /// The minors' space is open: every chat is flagged `minor`.
    minor_mode: AtomicBool,
    purge: tokio::task::JoinHandle<()>,
}

impl App {
    /// Validates the configuration; `runtime` runs the app's network tasks.
    /// Memory-only vault (resume mode needs [`App::with_key_store`]).
    pub fn new(config: AppConfig, runtime: Handle) -> Result<Self> {
        Self::with_key_store(config, runtime, None)
    }

    /// Like [`App::new`], with the shell's key store for resume mode.
    pub fn with_key_store(
        config: AppConfig,
        runtime: Handle,
        key_store: Option<Arc<dyn KeyStore>>,
    ) -> Result<Self> {
        let config = config.validate()?;
        let client = PlatformClient::new(config.platform_url.clone())?;
        let localizer = Localizer::new(&config.preferred_languages);
        let mode = if config.resume {
            VaultMode::Resume
        } else {
            VaultMode::MemoryOnly
        };
        let vault = Arc::new(Vault::open(mode, &config.data_dir, key_store)?);
        let purge = runtime.spawn(vault::purge_periodically(
            Arc::downgrade(&vault),
            vault::PURGE_INTERVAL,
        ));
        let network_changed = Arc::new(Notify::new());
        let reports = crate::reports::ReportQueue::new(
            client.clone(),
            config.desk_key.clone(),
            vault.clone(),
            network_changed.clone(),
            runtime.clone(),
        );
        Ok(App {
            config,
            client,
            runtime,
            network_changed,
            probe_interval: DEFAULT_PROBE_INTERVAL,
            rate_limit: RateLimit::CHAT,
            localizer,
            chats: Mutex::new(Vec::new()),
            vault,
            app_lock: AppLock::new(),
            reports,
            exits: AtomicU64::new(0),
            minor_mode: AtomicBool::new(false),
            purge,
        })
    }

    /// Replaces the per-chat send limit (tools and load tests; the shells
    /// keep [`RateLimit::CHAT`]).
    pub fn with_rate_limit(mut self, limit: RateLimit) -> Self {
        self.rate_limit = limit;
        self
    }

    /// UI text in the device's languages (negotiated once, at creation).
    pub fn localizer(&self) -> &Localizer {
        &self.localizer
    }

    pub fn config(&self) -> &ValidConfig {
        &self.config
    }

    pub(crate) fn runtime(&self) -> &Handle {
        &self.runtime
    }

    /// Checks that the platform answers and serves the pinned desk key.
    pub async fn check_platform(&self) -> Result<PlatformStatus> {
        let started = Instant::now();
        let health = self.client.health().await?;
        if !self.config.desk_key.matches(&health.desk_signing_key) {
            return Err(Error::DeskKeyMismatch);
        }
        Ok(PlatformStatus {
            desk_key: self.config.desk_key.to_base64(),
            protocol_version: health.v,
            latency_ms: started.elapsed().as_millis() as u64,
        })
    }

    /// Reports the connectivity now and on every change, until the returned
    /// subscription is dropped.
    pub fn subscribe_connectivity(&self, listener: Arc<dyn ConnectivityListener>) -> Subscription {
        Subscription::new(self.runtime.spawn(connectivity::watch(
            self.client.clone(),
            self.config.desk_key.clone(),
            self.probe_interval,
            self.network_changed.clone(),
            listener,
        )))
    }

    /// The shell says the network changed: probe and retry sends now.
    pub fn network_changed(&self) {
        self.network_changed.notify_waiters();
    }

    /// Opens or leaves the minors' space: while it is open, every chat
    /// is flagged `minor` for the operator. Quick exit closes it.
    pub fn set_minor_mode(&self, on: bool) {
        self.minor_mode.store(on, Ordering::SeqCst);
    }

    pub fn minor_mode(&self) -> bool {
        self.minor_mode.load(Ordering::SeqCst)
    }

    /// Resume mode: the chats saved before the app was stopped or killed,
    /// running again (their queued messages go out, new ones come in).
    /// Empty in memory-only mode, after a quick exit, or when nothing was
    /// saved; a saved state that cannot be read is deleted.
    pub fn resume_chats(&self) -> Result<Vec<Arc<Chat>>> {
        // The chats replay their saved events, texts included.
        self.refuse_if_locked()?;
        if self.vault.mode() != VaultMode::Resume {
            return Ok(Vec::new());
        }
        let mut resumed = Vec::new();
        for name in self.vault.meta_names(crate::chat::RESUME_PREFIX)? {
            let Some(label) = crate::chat::resume_label(&name) else {
                continue;
            };
            let running = crate::lock(&self.chats)
                .iter()
                .any(|c| c.conversation().as_deref() == Some(label));
            if running {
                continue;
            }
            // A row that does not open (damaged, or sealed for another
            // row) is dropped like an unreadable state: the others resume.
            let chat = match self.vault.meta_get(&name).ok().flatten() {
                Some(saved) => Chat::resume(
                    self.client.clone(),
                    self.runtime.clone(),
                    self.network_changed.clone(),
                    self.rate_limit,
                    &self.vault,
                    label,
                    &saved,
                ),
                None => None,
            };
            match chat {
                Some(chat) => {
                    crate::chat_registry_push(&mut crate::lock(&self.chats), chat.clone());
                    resumed.push(chat);
                }
                None => {
                    tracing::warn!("a saved chat could not be read; it is deleted");
                    self.vault.meta_delete(&name)?;
                }
            }
        }
        Ok(resumed)
    }

    /// Opens a chat with the desk (flagged `minor` in the minors' space).
    pub async fn start_chat(&self, mut request: ChatRequest) -> Result<Arc<Chat>> {
        request.minor |= self.minor_mode();
        let exits = self.exits.load(Ordering::SeqCst);
        let chat = Chat::start(
            self.client.clone(),
            &self.config.desk_key,
            self.runtime.clone(),
            self.network_changed.clone(),
            self.rate_limit,
            request,
            Some(crate::chat::Journal::new(&self.vault)),
        )
        .await?;
        {
            // Checked under the registry's lock: a quick exit either ran
            // before (this chat is ended here) or will find it registered.
            let mut chats = crate::lock(&self.chats);
            if self.exits.load(Ordering::SeqCst) == exits {
                crate::chat_registry_push(&mut chats, chat.clone());
                return Ok(chat);
            }
        }
        // A quick exit ran while the chat was starting.
        self.end_chat(&chat);
        Err(Error::ChatClosed)
    }

    /// Quick exit: every open chat sends "left abruptly" if the network
    /// allows (in the background, ciphertext only), then every chat's state
    /// is dropped and its tasks stopped; the vault is wiped (key zeroized,
    /// files deleted, key store told to forget) and the lock reset. The app
    /// stays usable, as freshly created. Safe to call at any time, twice.
    pub fn quick_exit(&self) {
        if vault::wipe_disabled_for_forensic_test() {
            return;
        }
        self.exits.fetch_add(1, Ordering::SeqCst);
        self.minor_mode.store(false, Ordering::SeqCst);
        self.end_chats();
        self.vault.wipe();
        self.app_lock.reset();
    }

    /// Ends every chat: "left abruptly" in the background, state dropped.
    pub(crate) fn end_chats(&self) {
        let chats: Vec<Arc<Chat>> = std::mem::take(&mut *crate::lock(&self.chats));
        for chat in chats {
            self.end_chat(&chat);
        }
    }

    fn end_chat(&self, chat: &Chat) {
        if let Some((client, token, envelope)) = chat.abandon() {
            self.runtime.spawn(async move {
                let sent =
                    tokio::time::timeout(LEFT_ABRUPTLY_TIMEOUT, client.send_up(&token, &envelope))
                        .await;
                if !matches!(sent, Ok(Ok(_))) {
                    tracing::info!("could not tell the desk the citizen left");
                }
            });
        }
    }
}

impl Drop for App {
    fn drop(&mut self) {
        self.purge.abort();
    }
}
