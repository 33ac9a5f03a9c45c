//! Shared helpers of the end-to-end tests: a platform in a temporary data
//! directory, an app pinned to it, event collection with timeouts, and a TCP
//! proxy that can cut the network.

#![allow(dead_code)]

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU8, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use discret_core::subscription::Subscription;
use discret_core::{App, AppConfig, Chat, ChatEvent, ChatListener, ChatRequest};
use discret_platform::{Platform, PlatformConfig};
use rand::RngExt as _;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{mpsc, watch};

pub const TIMEOUT: Duration = Duration::from_secs(15);

/// A silent chat in `category` and `language`, without location or flags.
pub fn silent_request(category: &str, language: &str) -> ChatRequest {
    ChatRequest {
        category: category.into(),
        language: language.into(),
        location: None,
        acting_for_victim: false,
        silent: true,
        minor: false,
        agent_alert: false,
    }
}

/// Starts a chat and subscribes to its events.
pub async fn start_listening(
    app: &App,
    request: ChatRequest,
) -> (Arc<Chat>, Subscription, mpsc::UnboundedReceiver<ChatEvent>) {
    let chat = app.start_chat(request).await.expect("chat starts");
    let (listener, events) = collector();
    let subscription = chat.subscribe(listener);
    (chat, subscription, events)
}

pub fn temp_dir(name: &str) -> PathBuf {
    let mut bytes = [0u8; 8];
    rand::fill(&mut bytes);
    let suffix: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    let dir = std::env::temp_dir().join(format!("discret-e2e-{name}-{suffix}"));
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

pub async fn start_platform(name: &str) -> Platform {
    start_platform_at(temp_dir(name)).await
}

/// A platform with its data in `dir`, on a free loopback port.
pub async fn start_platform_at(dir: PathBuf) -> Platform {
    start_platform_in(PlatformConfig::new(
        dir,
        "127.0.0.1:0".parse().expect("address"),
    ))
    .await
}

pub async fn start_platform_in(config: PlatformConfig) -> Platform {
    Platform::start(config).await.expect("platform starts")
}

/// A rate limit no test reaches (load and fault tests).
pub const UNLIMITED: discret_protocol::limits::RateLimit = discret_protocol::limits::RateLimit {
    max_messages: 1_000_000,
    window: Duration::from_secs(1),
};

pub fn app_for(url: &str, desk_key: &str) -> App {
    app_in(&temp_dir("phone"), url, desk_key, false, None)
}

/// An app on the current runtime with its data in `dir`, in resume mode
/// or not, with the shell's key store when it has one.
pub fn app_in(
    dir: &std::path::Path,
    url: &str,
    desk_key: &str,
    resume: bool,
    keys: Option<Arc<DeviceKeys>>,
) -> App {
    App::with_key_store(
        AppConfig {
            data_dir: dir.to_path_buf(),
            platform_url: url.to_string(),
            desk_key: desk_key.to_string(),
            preferred_languages: vec!["fr-FR".into()],
            resume,
        },
        tokio::runtime::Handle::current(),
        keys.map(|k| k as Arc<dyn discret_core::KeyStore>),
    )
    .expect("valid config")
}

/// An HTTP client for the console and relay APIs (rustls with ring).
pub fn http() -> reqwest::Client {
    let _ = rustls::crypto::ring::default_provider().install_default();
    reqwest::Client::new()
}

/// Now, in milliseconds since the Unix epoch.
pub fn now_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_millis() as i64)
        .unwrap_or(0)
}

/// Collects chat events into a channel.
pub struct Collector(mpsc::UnboundedSender<ChatEvent>);

impl ChatListener for Collector {
    fn on_event(&self, event: ChatEvent) {
        let _ = self.0.send(event);
    }
}

pub fn collector() -> (Arc<Collector>, mpsc::UnboundedReceiver<ChatEvent>) {
    let (tx, rx) = mpsc::unbounded_channel();
    (Arc::new(Collector(tx)), rx)
}

/// Waits for the first event matching `pred`, failing after [`TIMEOUT`].
pub async fn wait_for(
    rx: &mut mpsc::UnboundedReceiver<ChatEvent>,
    what: &str,
    pred: impl Fn(&ChatEvent) -> bool,
) -> ChatEvent {
    let found = tokio::time::timeout(TIMEOUT, async {
        while let Some(event) = rx.recv().await {
            if pred(&event) {
                return Some(event);
            }
        }
        None
    })
    .await;
    match found {
        Ok(Some(event)) => event,
        Ok(None) => panic!("event stream ended before {what}"),
        Err(_) => panic!("timed out waiting for {what}"),
    }
}

/// Waits until `check` holds, re-checking on every desk update.
pub async fn wait_desk(platform: &Platform, what: &str, check: impl Fn() -> bool) {
    let mut updates = platform.desk_updates();
    let result = tokio::time::timeout(TIMEOUT, async {
        loop {
            if check() {
                return;
            }
            if updates.changed().await.is_err() {
                return;
            }
        }
    })
    .await;
    assert!(
        result.is_ok() && check(),
        "timed out waiting for the desk: {what}"
    );
}

/// Waits for state that raises no event here (rows another process or
/// thread deletes), looking every 10 ms, up to [`TIMEOUT`].
pub async fn wait_until(what: &str, check: impl Fn() -> bool) {
    let mut tick = tokio::time::interval(Duration::from_millis(10));
    let result = tokio::time::timeout(TIMEOUT, async {
        while !check() {
            tick.tick().await;
        }
    })
    .await;
    assert!(result.is_ok(), "timed out waiting for {what}");
}

/// How the proxy treats traffic.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum ProxyMode {
    Pass = 0,
    /// Accept and close at once: the network is down.
    Refuse = 1,
    /// Forward requests, then cut the connection when the answer comes:
    /// the server acted but the phone never hears back.
    LoseAnswers = 2,
    /// Delay every chunk by up to 3 ms, and cut every connection after a
    /// random 10 to 50 kB of traffic, in the middle of whatever it carries.
    Chaos = 3,
    /// Refuse WebSocket upgrades, as some corporate proxies do: the phone
    /// must fall back to HTTP.
    NoWebSocket = 4,
}

/// A TCP proxy in front of the platform: cuts, delays, records what the
/// phone sends, and can be pointed at another upstream (a restarted
/// platform).
pub struct Proxy {
    pub url: String,
    mode: Arc<AtomicU8>,
    upstream: Arc<Mutex<SocketAddr>>,
    sent: Arc<Mutex<Vec<u8>>>,
    pub cuts: Arc<AtomicUsize>,
    /// Bumped to cut every open connection.
    generation: Arc<watch::Sender<u64>>,
}

impl Proxy {
    pub async fn start(upstream: SocketAddr) -> Proxy {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind proxy");
        let url = format!("http://{}", listener.local_addr().expect("proxy addr"));
        let proxy = Proxy {
            url,
            mode: Arc::new(AtomicU8::new(ProxyMode::Pass as u8)),
            upstream: Arc::new(Mutex::new(upstream)),
            sent: Arc::new(Mutex::new(Vec::new())),
            cuts: Arc::new(AtomicUsize::new(0)),
            generation: Arc::new(watch::channel(0).0),
        };
        let shared = proxy.shared();
        tokio::spawn(async move {
            while let Ok((client, _)) = listener.accept().await {
                tokio::spawn(relay_connection(client, shared.clone()));
            }
        });
        proxy
    }

    fn shared(&self) -> Shared {
        Shared {
            mode: self.mode.clone(),
            upstream: self.upstream.clone(),
            sent: self.sent.clone(),
            cuts: self.cuts.clone(),
            generation: self.generation.clone(),
        }
    }

    pub fn set(&self, mode: ProxyMode) {
        self.mode.store(mode as u8, Ordering::SeqCst);
    }

    /// Sends new connections to `upstream` and cuts the open ones.
    pub fn point_to(&self, upstream: SocketAddr) {
        *self.upstream.lock().expect("proxy lock") = upstream;
        self.generation.send_modify(|g| *g += 1);
    }

    /// Everything the phone sent so far (HTTP requests, bodies included).
    pub fn sent_bytes(&self) -> Vec<u8> {
        self.sent.lock().expect("proxy lock").clone()
    }
}

#[derive(Clone)]
struct Shared {
    mode: Arc<AtomicU8>,
    upstream: Arc<Mutex<SocketAddr>>,
    sent: Arc<Mutex<Vec<u8>>>,
    cuts: Arc<AtomicUsize>,
    generation: Arc<watch::Sender<u64>>,
}

impl Shared {
    fn mode(&self) -> u8 {
        self.mode.load(Ordering::SeqCst)
    }

    /// In chaos mode: waits a little, then says how many of `n` bytes may
    /// pass before the connection is cut (`budget` is what is left of it).
    async fn chaos(&self, n: usize, budget: &mut usize) -> Option<usize> {
        if self.mode() != ProxyMode::Chaos as u8 {
            return None;
        }
        let delay = rand::rng().random_range(0..=3u64);
        tokio::time::sleep(Duration::from_millis(delay)).await;
        if n < *budget {
            *budget -= n;
            return None;
        }
        self.cuts.fetch_add(1, Ordering::SeqCst);
        Some(*budget)
    }
}

async fn relay_connection(mut client: TcpStream, shared: Shared) {
    if shared.mode() == ProxyMode::Refuse as u8 {
        return;
    }
    let mut generation = shared.generation.subscribe();
    let upstream = *shared.upstream.lock().expect("proxy lock");
    let Ok(mut server) = TcpStream::connect(upstream).await else {
        return;
    };
    let mut from_client = [0u8; 16 * 1024];
    let mut from_server = [0u8; 64 * 1024];
    let mut budget: usize = rand::rng().random_range(10_000..50_000);
    loop {
        tokio::select! {
            _ = generation.changed() => return,
            n = client.read(&mut from_client) => {
                let Ok(n) = n else { return };
                if n == 0 || shared.mode() == ProxyMode::Refuse as u8 { return; }
                if shared.mode() == ProxyMode::NoWebSocket as u8
                    && String::from_utf8_lossy(&from_client[..n]).contains("/ws?")
                {
                    shared.sent.lock().expect("proxy lock").extend_from_slice(&from_client[..n]);
                    return;
                }
                let cut = shared.chaos(n, &mut budget).await;
                let pass = cut.unwrap_or(n);
                shared.sent.lock().expect("proxy lock").extend_from_slice(&from_client[..pass]);
                if server.write_all(&from_client[..pass]).await.is_err() || cut.is_some() { return; }
            }
            n = server.read(&mut from_server) => {
                let Ok(n) = n else { return };
                let mode = shared.mode();
                if n == 0 || mode == ProxyMode::Refuse as u8 || mode == ProxyMode::LoseAnswers as u8 {
                    return;
                }
                let cut = shared.chaos(n, &mut budget).await;
                let pass = cut.unwrap_or(n);
                if client.write_all(&from_server[..pass]).await.is_err() || cut.is_some() { return; }
            }
        }
    }
}

/// A key store like the device's (Android Keystore, iOS Keychain): the key
/// stays inside, the app gets a random handle; `forget` drops every key.
#[derive(Default)]
pub struct DeviceKeys(Mutex<Vec<HeldKey>>);

/// A handle and the key it stands for.
type HeldKey = (Vec<u8>, zeroize::Zeroizing<Vec<u8>>);

impl discret_core::vault::KeyStore for DeviceKeys {
    fn wrap(&self, mut key: Vec<u8>) -> Result<Vec<u8>, discret_core::vault::KeyStoreError> {
        use zeroize::Zeroize as _;
        let mut handle = vec![0u8; 16];
        rand::fill(&mut handle[..]);
        let stored = zeroize::Zeroizing::new(key.clone());
        key.zeroize();
        self.0
            .lock()
            .map_err(|_| discret_core::vault::KeyStoreError("poisoned".into()))?
            .push((handle.clone(), stored));
        Ok(handle)
    }
    fn unwrap(&self, wrapped: Vec<u8>) -> Result<Vec<u8>, discret_core::vault::KeyStoreError> {
        let keys = self
            .0
            .lock()
            .map_err(|_| discret_core::vault::KeyStoreError("poisoned".into()))?;
        keys.iter()
            .find(|(h, _)| *h == wrapped)
            .map(|(_, k)| k.to_vec())
            .ok_or_else(|| discret_core::vault::KeyStoreError("unknown handle".into()))
    }
    fn forget(&self) {
        if let Ok(mut keys) = self.0.lock() {
            keys.clear();
            keys.shrink_to_fit();
        }
    }
}
