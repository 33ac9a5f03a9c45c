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

use crate::platform_url::PlatformUrl;
use bytes::Bytes;
use discret_protocol::relay::{
    Ack, DownBatch, Health, KeyBundle, RelayError, UpAccepted, UpEnvelope,
};
use discret_protocol::{decode, limits, PROTOCOL_VERSION};
use http_body_util::{BodyExt, Full, Limited};
use hyper::{header, Method, Request, StatusCode};
use hyper_util::rt::TokioIo;
use serde::de::DeserializeOwned;
use tokio::net::TcpStream;
use zeroize::Zeroizing;

use crate::error::{Error, Result};

/// Largest answer body read from the platform.
const MAX_RESPONSE_BYTES: usize = 4 * 1024 * 1024;
const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
const REQUEST_TIMEOUT: Duration = Duration::from_secs(20);
/// A report with photos is a few megabytes on a slow mobile link.
const REPORT_TIMEOUT: Duration = Duration::from_secs(120);

/// A cloneable handle on the platform's relay API.
#[derive(Clone)]
pub struct PlatformClient {
    tls: Arc<rustls::ClientConfig>,
    base: Arc<PlatformUrl>,
}

/// One chat's WebSocket to the relay.
pub type Socket =
    tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>>;

impl PlatformClient {
    pub fn new(base: PlatformUrl) -> Result<Self> {
        let roots =
            rustls::RootCertStore::from_iter(webpki_roots::TLS_SERVER_ROOTS.iter().cloned());
        PlatformClient::with_roots(base, roots)
    }

    /// The same, trusting only `roots` (a platform with its own CA, tests).
    pub fn with_roots(base: PlatformUrl, roots: rustls::RootCertStore) -> Result<Self> {
        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let tls = rustls::ClientConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .map_err(|_| Error::Internal("TLS configuration".into()))?
            .with_root_certificates(roots)
            .with_no_client_auth();
        let tls = Arc::new(tls);
        Ok(PlatformClient {
            tls,
            base: Arc::new(base),
        })
    }

    pub async fn health(&self) -> Result<Health> {
        self.call(Method::GET, "v1/health", None, REQUEST_TIMEOUT)
            .await
    }

    pub async fn claim_key(&self) -> Result<KeyBundle> {
        self.call(Method::POST, "v1/keys/claim", None, REQUEST_TIMEOUT)
            .await
    }

    /// The desk's signed HPKE key for reports.
    pub async fn report_key(&self) -> Result<discret_protocol::report::ReportKey> {
        self.call(Method::GET, "v1/reports/key", None, REQUEST_TIMEOUT)
            .await
    }

    /// Hands a sealed report to the relay (stored once per client id).
    pub async fn submit_report(
        &self,
        report: &discret_protocol::report::SealedReport,
    ) -> Result<discret_protocol::report::ReportAccepted> {
        let body = discret_protocol::encode(report);
        self.call(Method::POST, "v1/reports", Some(body), REPORT_TIMEOUT)
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
        let url = Zeroizing::new(
            self.base
                .websocket(&format!("v1/chats/{token}/ws?after={after}")),
        );
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
        tokio::time::timeout(timeout, self.exchange_at(method, path, body))
            .await
            .map_err(|_| Error::Network("the platform did not answer in time".into()))?
    }

    async fn exchange_at(
        &self,
        method: Method,
        path: &str,
        body: Option<Vec<u8>>,
    ) -> Result<(StatusCode, Zeroizing<Vec<u8>>)> {
        let url = &self.base;
        let (address, port) = (url.bare_host(), url.port());
        let tcp = tokio::time::timeout(CONNECT_TIMEOUT, TcpStream::connect((address, port)))
            .await
            .map_err(|_| Error::Network("cannot connect to the platform".into()))?
            .map_err(|_| Error::Network("cannot connect to the platform".into()))?;
        let _ = tcp.set_nodelay(true);
        let mut request = Request::builder()
            .method(method)
            .uri(url.target(path))
            .header(header::HOST, url.authority())
            .header(header::USER_AGENT, "discret");
        if body.is_some() {
            request = request.header(header::CONTENT_TYPE, "application/json");
        }
        let request = request
            .body(Full::new(Bytes::from(body.unwrap_or_default())))
            .map_err(|_| Error::Internal("building a platform request".into()))?;
        if url.is_secure() {
            let name = rustls::pki_types::ServerName::try_from(address.to_string())
                .map_err(|_| Error::Internal("the platform host name is not valid".into()))?;
            let tls = tokio_rustls::TlsConnector::from(self.tls.clone())
                .connect(name, tcp)
                .await
                .map_err(|_| {
                    Error::Network("the secure connection to the platform failed".into())
                })?;
            round_trip(TokioIo::new(tls), request).await
        } else {
            round_trip(TokioIo::new(tcp), request).await
        }
    }
}

/// Sends `request` on a fresh HTTP/1.1 connection and reads the answer
/// (at most [`MAX_RESPONSE_BYTES`]); the connection closes afterwards.
async fn round_trip<IO>(
    io: IO,
    request: Request<Full<Bytes>>,
) -> Result<(StatusCode, Zeroizing<Vec<u8>>)>
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

#[cfg(test)]
mod tests {
    use super::*;
    use tokio::io::{AsyncReadExt, AsyncWriteExt};

    /// A CA, and a certificate for `localhost` it signed.
    fn certificates() -> (
        rustls::pki_types::CertificateDer<'static>,
        rustls::pki_types::CertificateDer<'static>,
        rustls::pki_types::PrivateKeyDer<'static>,
    ) {
        let ca_key = rcgen::KeyPair::generate().expect("CA key");
        let mut ca = rcgen::CertificateParams::new(Vec::<String>::new()).expect("CA params");
        ca.is_ca = rcgen::IsCa::Ca(rcgen::BasicConstraints::Unconstrained);
        let ca_cert = ca.self_signed(&ca_key).expect("CA certificate");
        let issuer = rcgen::Issuer::from_params(&ca, &ca_key);
        let key = rcgen::KeyPair::generate().expect("key");
        let leaf = rcgen::CertificateParams::new(vec!["localhost".to_string()])
            .expect("params")
            .signed_by(&key, &issuer)
            .expect("certificate");
        let key = rustls::pki_types::PrivateKeyDer::try_from(key.serialize_der()).expect("key der");
        (ca_cert.der().clone(), leaf.der().clone(), key)
    }

    /// A TLS 1.3 server answering every request with `answer`.
    async fn tls_server(answer: &'static str) -> (u16, rustls::pki_types::CertificateDer<'static>) {
        let (ca, leaf, key) = certificates();
        let config = rustls::ServerConfig::builder_with_provider(Arc::new(
            rustls::crypto::ring::default_provider(),
        ))
        .with_safe_default_protocol_versions()
        .expect("versions")
        .with_no_client_auth()
        .with_single_cert(vec![leaf], key)
        .expect("server config");
        let acceptor = tokio_rustls::TlsAcceptor::from(Arc::new(config));
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind");
        let port = listener.local_addr().expect("addr").port();
        tokio::spawn(async move {
            while let Ok((tcp, _)) = listener.accept().await {
                let acceptor = acceptor.clone();
                tokio::spawn(async move {
                    let Ok(mut tls) = acceptor.accept(tcp).await else {
                        return;
                    };
                    let mut request = Vec::new();
                    let mut buffer = [0u8; 1024];
                    while !request.windows(4).any(|w| w == b"\r\n\r\n") {
                        match tls.read(&mut buffer).await {
                            Ok(0) | Err(_) => return,
                            Ok(n) => request.extend_from_slice(&buffer[..n]),
                        }
                    }
                    let response = format!(
                        "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{answer}",
                        answer.len()
                    );
                    let _ = tls.write_all(response.as_bytes()).await;
                    let _ = tls.shutdown().await;
                });
            }
        });
        (port, ca)
    }

    const HEALTH: &str =
        r#"{"v":1,"service":"discret-relay","desk_signing_key":"k","desk_identity_key":"i"}"#;

    #[tokio::test]
    async fn https_requests_verify_the_platform_certificate() {
        let (port, ca) = tls_server(HEALTH).await;
        let url: PlatformUrl = format!("https://localhost:{port}").parse().expect("url");
        let mut roots = rustls::RootCertStore::empty();
        roots.add(ca).expect("root");
        let trusting = PlatformClient::with_roots(url.clone(), roots).expect("client");
        let health = trusting.health().await.expect("health over TLS");
        assert_eq!(health.service, "discret-relay");
        assert_eq!(health.desk_signing_key, "k");

        // With the public roots only, the same server is refused.
        let public = PlatformClient::new(url).expect("client");
        assert!(matches!(public.health().await, Err(Error::Network(_))));
    }

    #[tokio::test]
    async fn a_closed_port_is_a_network_error_without_the_url() {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind");
        let port = listener.local_addr().expect("addr").port();
        drop(listener);
        let token = "ab".repeat(32);
        let client = PlatformClient::new(format!("http://127.0.0.1:{port}").parse().expect("url"))
            .expect("client");
        let error = client
            .poll_down(&token, 0, Duration::ZERO)
            .await
            .expect_err("refused");
        assert!(matches!(error, Error::Network(_)));
        assert!(!error.to_string().contains(&token));
    }
}
