//! The platform client: JSON over HTTPS (rustls with the ring provider and
//! Mozilla's roots, the same on every OS), no cookies, no identifiers, no
//! analytics. Error strings never include the URL: it holds the chat token.

use std::sync::Arc;
use std::time::Duration;

use discret_protocol::relay::{
    Ack, DownBatch, Health, KeyBundle, RelayError, UpAccepted, UpEnvelope,
};
use discret_protocol::{decode, limits, PROTOCOL_VERSION};
use serde::{de::DeserializeOwned, Serialize};
use url::Url;
use zeroize::Zeroizing;

use crate::error::{Error, Result};

/// Largest answer body read from the platform.
const MAX_RESPONSE_BYTES: usize = 4 * 1024 * 1024;
const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
const REQUEST_TIMEOUT: Duration = Duration::from_secs(20);

/// A cloneable handle on the platform's relay API.
#[derive(Clone)]
pub struct PlatformClient {
    http: reqwest::Client,
    tls: Arc<rustls::ClientConfig>,
    base: Arc<Url>,
}

/// One chat's WebSocket to the relay.
pub type Socket =
    tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>>;

impl PlatformClient {
    pub fn new(base: Url) -> Result<Self> {
        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let roots =
            rustls::RootCertStore::from_iter(webpki_roots::TLS_SERVER_ROOTS.iter().cloned());
        let tls = rustls::ClientConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .map_err(|_| Error::Internal("TLS configuration".into()))?
            .with_root_certificates(roots)
            .with_no_client_auth();
        let tls = Arc::new(tls);
        let http = reqwest::Client::builder()
            .tls_backend_preconfigured((*tls).clone())
            .user_agent("discret")
            .connect_timeout(CONNECT_TIMEOUT)
            .no_proxy()
            .build()
            .map_err(|_| Error::Internal("HTTP client set-up".into()))?;
        // Make sure joining relative paths keeps the base path.
        let mut base = base;
        if !base.path().ends_with('/') {
            let path = format!("{}/", base.path());
            base.set_path(&path);
        }
        Ok(PlatformClient {
            http,
            tls,
            base: Arc::new(base),
        })
    }

    fn url(&self, path: &str) -> Result<Url> {
        self.base
            .join(path)
            .map_err(|_| Error::Internal("building a platform URL".into()))
    }

    pub async fn health(&self) -> Result<Health> {
        let request = self
            .http
            .get(self.url("v1/health")?)
            .timeout(REQUEST_TIMEOUT);
        self.send(request).await
    }

    pub async fn claim_key(&self) -> Result<KeyBundle> {
        let request = self
            .http
            .post(self.url("v1/keys/claim")?)
            .timeout(REQUEST_TIMEOUT);
        self.send(request).await
    }

    pub async fn send_up(&self, token: &str, envelope: &UpEnvelope) -> Result<UpAccepted> {
        let url = self.url(&format!("v1/chats/{token}/up"))?;
        let request = self.http.post(url).timeout(REQUEST_TIMEOUT);
        self.send(with_json(request, envelope)).await
    }

    /// Long poll: messages after `after`, waiting at most `wait` for one.
    pub async fn poll_down(&self, token: &str, after: u64, wait: Duration) -> Result<DownBatch> {
        let secs = wait.as_secs().min(limits::MAX_POLL_WAIT_SECS);
        let url = self.url(&format!("v1/chats/{token}/down?after={after}&wait={secs}"))?;
        let request = self
            .http
            .get(url)
            .timeout(REQUEST_TIMEOUT + Duration::from_secs(secs));
        self.send(request).await
    }

    pub async fn ack(&self, token: &str, up_to: u64) -> Result<()> {
        let url = self.url(&format!("v1/chats/{token}/ack"))?;
        let body = Ack {
            v: PROTOCOL_VERSION,
            up_to,
        };
        let request = with_json(self.http.post(url).timeout(REQUEST_TIMEOUT), &body);
        let response = request.send().await.map_err(network_error)?;
        if response.status().is_success() {
            Ok(())
        } else {
            Err(refusal(response).await)
        }
    }

    /// Opens the chat's WebSocket; downward messages after `after` are
    /// pushed on it.
    pub async fn open_socket(&self, token: &str, after: u64) -> Result<Socket> {
        let mut url = self.url(&format!("v1/chats/{token}/ws?after={after}"))?;
        let scheme = if url.scheme() == "https" { "wss" } else { "ws" };
        url.set_scheme(scheme)
            .map_err(|_| Error::Internal("building a WebSocket URL".into()))?;
        let mut config = tokio_tungstenite::tungstenite::protocol::WebSocketConfig::default();
        config.max_message_size = Some(MAX_RESPONSE_BYTES);
        config.max_frame_size = Some(MAX_RESPONSE_BYTES);
        // tungstenite zero-fills its read buffer up to this size on every
        // read (128 KiB by default); frames here are a few kilobytes.
        config.read_buffer_size = 4 * 1024;
        config.write_buffer_size = 4 * 1024;
        let connect = tokio_tungstenite::connect_async_tls_with_config(
            url.as_str(),
            Some(config),
            true,
            Some(tokio_tungstenite::Connector::Rustls(self.tls.clone())),
        );
        match tokio::time::timeout(REQUEST_TIMEOUT, connect).await {
            Ok(Ok((socket, _))) => Ok(socket),
            Ok(Err(tokio_tungstenite::tungstenite::Error::Http(response))) => {
                Err(Error::Platform {
                    status: response.status().as_u16(),
                    code: "websocket_refused".into(),
                    message: "the relay refused the WebSocket".into(),
                })
            }
            Ok(Err(_)) => Err(Error::Network("cannot open the WebSocket".into())),
            Err(_) => Err(Error::Network("the WebSocket did not open in time".into())),
        }
    }

    async fn send<T: DeserializeOwned + discret_protocol::Versioned>(
        &self,
        request: reqwest::RequestBuilder,
    ) -> Result<T> {
        let response = request.send().await.map_err(network_error)?;
        if !response.status().is_success() {
            return Err(refusal(response).await);
        }
        let body = read_body(response).await?;
        Ok(decode(&body, MAX_RESPONSE_BYTES)?)
    }
}

fn with_json<T: Serialize>(request: reqwest::RequestBuilder, body: &T) -> reqwest::RequestBuilder {
    request
        .header(reqwest::header::CONTENT_TYPE, "application/json")
        .body(discret_protocol::encode(body))
}

async fn read_body(response: reqwest::Response) -> Result<Zeroizing<Vec<u8>>> {
    if response
        .content_length()
        .is_some_and(|n| n as usize > MAX_RESPONSE_BYTES)
    {
        return Err(Error::Network("the platform's answer is too large".into()));
    }
    let bytes = response.bytes().await.map_err(network_error)?;
    Ok(Zeroizing::new(bytes.to_vec()))
}

/// Turns a refusal into [`Error::Platform`] with the relay's machine code.
async fn refusal(response: reqwest::Response) -> Error {
    let status = response.status().as_u16();
    let parsed = match read_body(response).await {
        Ok(body) => decode::<RelayError>(&body, MAX_RESPONSE_BYTES).ok(),
        Err(_) => None,
    };
    match parsed {
        Some(e) => Error::Platform {
            status,
            code: serde_json::to_value(e.code)
                .ok()
                .and_then(|v| v.as_str().map(str::to_owned))
                .unwrap_or_default(),
            message: e.message.chars().take(200).collect(),
        },
        None => Error::Platform {
            status,
            code: "unknown".into(),
            message: "the platform gave no reason".into(),
        },
    }
}

fn network_error(e: reqwest::Error) -> Error {
    let what = if e.is_timeout() {
        "the platform did not answer in time"
    } else if e.is_connect() {
        "cannot connect to the platform"
    } else if e.is_body() || e.is_decode() {
        "the connection broke while reading the answer"
    } else {
        "the request to the platform failed"
    };
    Error::Network(what.into())
}
