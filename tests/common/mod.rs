//! Shared helpers of the end-to-end tests: a platform in a temporary data
//! directory, an app pinned to it, event collection with timeouts, and a TCP
//! proxy that can cut the network.

#![allow(dead_code)]

use std::path::PathBuf;
use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::Arc;
use std::time::Duration;

use discret_core::{App, AppConfig, ChatEvent, ChatListener};
use discret_platform::{Platform, PlatformConfig};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::mpsc;

pub const TIMEOUT: Duration = Duration::from_secs(15);

pub fn temp_dir(name: &str) -> PathBuf {
    let mut bytes = [0u8; 8];
    rand::fill(&mut bytes);
    let suffix: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    let dir = std::env::temp_dir().join(format!("discret-e2e-{name}-{suffix}"));
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

pub async fn start_platform(name: &str) -> Platform {
    Platform::start(PlatformConfig::new(
        temp_dir(name),
        "127.0.0.1:0".parse().expect("address"),
    ))
    .await
    .expect("platform starts")
}

pub fn app_for(url: &str, desk_key: &str) -> App {
    App::new(
        AppConfig {
            data_dir: temp_dir("phone"),
            platform_url: url.to_string(),
            desk_key: desk_key.to_string(),
            preferred_languages: vec!["fr-FR".into()],
        },
        tokio::runtime::Handle::current(),
    )
    .expect("valid config")
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

/// How the proxy treats new traffic.
#[derive(Clone, Copy)]
#[repr(u8)]
pub enum ProxyMode {
    Pass = 0,
    /// Accept and close at once: the network is down.
    Refuse = 1,
    /// Forward requests, then cut the connection when the answer comes:
    /// the server acted but the phone never hears back.
    LoseAnswers = 2,
}

/// A TCP proxy in front of the platform.
pub struct Proxy {
    pub url: String,
    mode: Arc<AtomicU8>,
}

impl Proxy {
    pub async fn start(upstream: std::net::SocketAddr) -> Proxy {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind proxy");
        let url = format!("http://{}", listener.local_addr().expect("proxy addr"));
        let mode = Arc::new(AtomicU8::new(ProxyMode::Pass as u8));
        let shared = mode.clone();
        tokio::spawn(async move {
            while let Ok((client, _)) = listener.accept().await {
                let mode = shared.clone();
                tokio::spawn(async move { relay_connection(client, upstream, mode).await });
            }
        });
        Proxy { url, mode }
    }

    pub fn set(&self, mode: ProxyMode) {
        self.mode.store(mode as u8, Ordering::SeqCst);
    }
}

async fn relay_connection(
    mut client: TcpStream,
    upstream: std::net::SocketAddr,
    mode: Arc<AtomicU8>,
) {
    if mode.load(Ordering::SeqCst) == ProxyMode::Refuse as u8 {
        return;
    }
    let Ok(mut server) = TcpStream::connect(upstream).await else {
        return;
    };
    let mut from_client = [0u8; 16 * 1024];
    let mut from_server = [0u8; 64 * 1024];
    loop {
        tokio::select! {
            n = client.read(&mut from_client) => {
                let Ok(n) = n else { return };
                if n == 0 || mode.load(Ordering::SeqCst) == ProxyMode::Refuse as u8 { return; }
                if server.write_all(&from_client[..n]).await.is_err() { return; }
            }
            n = server.read(&mut from_server) => {
                let Ok(n) = n else { return };
                if n == 0 || mode.load(Ordering::SeqCst) != ProxyMode::Pass as u8 { return; }
                if client.write_all(&from_server[..n]).await.is_err() { return; }
            }
        }
    }
}
