//! The platform client: JSON over HTTPS (rustls with the ring provider and
//! Mozilla's roots, the same on every OS), no cookies, no identifiers, no
//! analytics. Error strings never include the URL: it holds the chat token.
//!
//! Requests are HTTP/1.1 on hyper's client connection, one connection per
//! request: the chat's link is its WebSocket, HTTP is for the opening, the
//! platform check and the long-poll fallback. (reqwest's pool, proxies and
//! redirects cost 0.15 MB of the phone library and bought nothing here.)

use std::sync::Arc;
use std::time::Duration;

use discret_protocol::relay::{
    Ack, DownBatch, Health, KeyBundle, RelayError, UpAccepted, UpEnvelope,
};
use discret_protocol::{decode, limits, PROTOCOL_VERSION};
use bytes::Bytes;
use http_body_util::{BodyExt, Full, Limited};
use hyper::{header, Method, Request, StatusCode};
use hyper_util::rt::TokioIo;
use serde::de::DeserializeOwned;
use tokio::net::TcpStream;
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
        // Make sure joining relative paths keeps the base path.
        let mut base = base;
        if !base.path().ends_with('/') {
            let path = format!("{}/", base.path());
            base.set_path(&path);
        }
        Ok(PlatformClient {
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
        self.call(Method::GET, "v1/health", None, REQUEST_TIMEOUT)
            .await
    }

    pub async fn claim_key(&self) -> Result<KeyBundle> {
        self.call(Method::POST, "v1/keys/claim", None, REQUEST_TIMEOUT)
            .await
    }

    pub async fn send_up(&self, token: &str, envelope: &UpEnvelope) -> Result<UpAccepted> {
        let body = discret_protocol::encode(envelope);
        self.call(
            Method::POST,
            &format!("v1/chats/{token}/up"),
            Some(body),
            REQUEST_TIMEOUT,
        )
        .await
    }

    /// Long poll: messages after `after`, waiting at most `wait` for one.
    pub async fn poll_down(&self, token: &str, after: u64, wait: Duration) -> Result<DownBatch> {
        let secs = wait.as_secs().min(limits::MAX_POLL_WAIT_SECS);
        self.call(
            Method::GET,
            &format!("v1/chats/{token}/down?after={after}&wait={secs}"),
            None,
            REQUEST_TIMEOUT + Duration::from_secs(secs),
        )
        .await
    }

    pub async fn ack(&self, token: &str, up_to: u64) -> Result<()> {
        let body = discret_protocol::encode(&Ack {
            v: PROTOCOL_VERSION,
            up_to,
        });
        let path = format!("v1/chats/{token}/ack");
        let (status, answer) = self
            .exchange(Method::POST, &path, Some(body), REQUEST_TIMEOUT)
            .await?;
        if status.is_success() {
            Ok(())
        } else {
            Err(refusal(status, &answer))
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

    /// One request whose answer is a protocol document.
    async fn call<T: DeserializeOwned + discret_protocol::Versioned>(
        &self,
        method: Method,
        path: &str,
        body: Option<Vec<u8>>,
        timeout: Duration,
    ) -> Result<T> {
        let (status, answer) = self.exchange(method, path, body, timeout).await?;
        if !status.is_success() {
            return Err(refusal(status, &answer));
        }
        Ok(decode(&answer, MAX_RESPONSE_BYTES)?)
    }

    /// One request on a connection of its own, within `timeout` in all.
    async fn exchange(
        &self,
        method: Method,
        path: &str,
        body: Option<Vec<u8>>,
        timeout: Duration,
    ) -> Result<(StatusCode, Zeroizing<Vec<u8>>)> {
        let url = self.url(path)?;
        tokio::time::timeout(timeout, self.exchange_at(method, &url, body))
            .await
            .map_err(|_| Error::Network("the platform did not answer in time".into()))?
    }

    async fn exchange_at(
        &self,
        method: Method,
        url: &Url,
        body: Option<Vec<u8>>,
    ) -> Result<(StatusCode, Zeroizing<Vec<u8>>)> {
        let host = url
            .host_str()
            .ok_or_else(|| Error::Internal("the platform URL has no host".into()))?;
        let port = url
            .port_or_known_default()
            .ok_or_else(|| Error::Internal("the platform URL has no port".into()))?;
        // IPv6 literals keep their brackets in the URL, not for connect().
        let address = host.trim_start_matches('[').trim_end_matches(']');
        let tcp = tokio::time::timeout(CONNECT_TIMEOUT, TcpStream::connect((address, port)))
            .await
            .map_err(|_| Error::Network("cannot connect to the platform".into()))?
            .map_err(|_| Error::Network("cannot connect to the platform".into()))?;
        let _ = tcp.set_nodelay(true);
        let authority = match url.port() {
            Some(port) => format!("{host}:{port}"),
            None => host.to_string(),
        };
        let mut request = Request::builder()
            .method(method)
            .uri(&url[url::Position::BeforePath..])
            .header(header::HOST, authority)
            .header(header::USER_AGENT, "discret");
        if body.is_some() {
            request = request.header(header::CONTENT_TYPE, "application/json");
        }
        let request = request
            .body(Full::new(Bytes::from(body.unwrap_or_default())))
            .map_err(|_| Error::Internal("building a platform request".into()))?;
        if url.scheme() == "https" {
            let name = rustls::pki_types::ServerName::try_from(address.to_string())
                .map_err(|_| Error::Internal("the platform host name is not valid".into()))?;
            let tls = tokio_rustls::TlsConnector::from(self.tls.clone())
                .connect(name, tcp)
                .await
                .map_err(|_| Error::Network("the secure connection to the platform failed".into()))?;
            round_trip(TokioIo::new(tls), request).await
        } else {
            round_trip(TokioIo::new(tcp), request).await
        }
    }
}

/// Sends `request` on a fresh HTTP/1.1 connection and reads the answer
/// (at most [`MAX_RESPONSE_BYTES`]); the connection closes afterwards.
async fn round_trip<IO>(io: IO, request: Request<Full<Bytes>>) -> Result<(StatusCode, Zeroizing<Vec<u8>>)>
where
    IO: hyper::rt::Read + hyper::rt::Write + Unpin + Send + 'static,
{
    let broken = |_| Error::Network("the connection broke while reading the answer".into());
    let (mut sender, connection) = hyper::client::conn::http1::handshake(io)
        .await
        .map_err(|_| Error::Network("cannot connect to the platform".into()))?;
    // The connection is driven beside the exchange; it ends once `sender`
    // is dropped (or with the task, if the exchange is cancelled).
    let driver = AbortOnDrop(tokio::spawn(async move {
        let _ = connection.await;
    }));
    let response = sender
        .send_request(request)
        .await
        .map_err(|_| Error::Network("the request to the platform failed".into()))?;
    let status = response.status();
    if response
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<usize>().ok())
        .is_some_and(|n| n > MAX_RESPONSE_BYTES)
    {
        return Err(Error::Network("the platform's answer is too large".into()));
    }
    let body = Limited::new(response.into_body(), MAX_RESPONSE_BYTES)
        .collect()
        .await
        .map_err(broken)?
        .to_bytes();
    drop(sender);
    drop(driver);
    Ok((status, Zeroizing::new(body.to_vec())))
}

/// Aborts the task when dropped.
struct AbortOnDrop(tokio::task::JoinHandle<()>);

impl Drop for AbortOnDrop {
    fn drop(&mut self) {
        self.0.abort();
    }
}

/// Turns a refusal into [`Error::Platform`] with the relay's machine code.
fn refusal(status: StatusCode, body: &[u8]) -> Error {
    let status = status.as_u16();
    match decode::<RelayError>(body, MAX_RESPONSE_BYTES).ok() {
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
