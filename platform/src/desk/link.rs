//! How the desk reaches its relay: [`RelayLink`]. In one process (or two
//! sharing a data directory) it is [`LocalRelay`], the relay's own store;
//! with the relay on another machine it is [`RemoteRelay`], the relay's
//! desk link over HTTP (`relay_desk_link.rs`). The desk's code is the same
//! either way. Calls block: the desk makes them from blocking threads.

use std::sync::{mpsc, Arc};
use std::time::Duration;

use discret_protocol::relay::{Ciphertext, RelayError, RelayErrorCode};
use reqwest::{Method, Url};
use serde::de::DeserializeOwned;
use serde::Serialize;
use tokio::sync::Notify;

use crate::error::{Error, Result};
use crate::relay::{KeyStock, PendingUp, Relay, SignedKey, TakenUp};
use crate::relay_desk_link::{
    ChatRef, DeskPublic, DownPush, LinkSecret, News, NewsCounts, ReportRef,
};
use crate::relay_reports::{RelayReports, StoredReport};

/// What wakes the desk's workers.
#[derive(Clone)]
pub struct Signals {
    /// An upward message was stored.
    pub up_arrived: Arc<Notify>,
    /// A sealed report was stored.
    pub reports_arrived: Arc<Notify>,
    /// Phones are running out of one-time keys.
    pub keys_low: Arc<Notify>,
}

/// Everything the desk asks of its relay.
pub trait RelayLink: Send + Sync {
    /// Publishes the desk's public keys (what phones pin and check).
    fn publish_public(&self, public: &DeskPublic) -> Result<()>;
    /// Upward messages waiting, oldest first (at most a batch).
    fn pending_up(&self) -> Result<Vec<PendingUp>>;
    /// The desk holds these: the relay deletes them.
    fn taken_up(&self, taken: Vec<TakenUp>) -> Result<()>;
    /// Stores a downward message; returns its sequence number.
    fn push_down(&self, chat_hash: &str, ciphertext: &Ciphertext) -> Result<u64>;
    /// Refuses further messages of the chat.
    fn close_chat(&self, chat_hash: &str) -> Result<()>;
    fn key_stock(&self) -> Result<KeyStock>;
    /// Publishes signed one-time or fallback keys; returns how many are new.
    fn publish_keys(&self, keys: Vec<SignedKey>) -> Result<usize>;
    /// Sealed reports waiting, oldest first (at most a batch).
    fn pending_reports(&self) -> Result<Vec<StoredReport>>;
    fn report_taken(&self, report_id: &str) -> Result<()>;
    fn signals(&self) -> &Signals;
}

/// The relay in this process, or in another one on the same data directory.
pub struct LocalRelay {
    relay: Arc<Relay>,
    reports: Arc<RelayReports>,
    signals: Signals,
}

impl LocalRelay {
    pub fn new(relay: Arc<Relay>, reports: Arc<RelayReports>) -> Arc<LocalRelay> {
        let signals = Signals {
            up_arrived: relay.up_arrived.clone(),
            reports_arrived: reports.arrived.clone(),
            keys_low: relay.keys_low.clone(),
        };
        Arc::new(LocalRelay {
            relay,
            reports,
            signals,
        })
    }
}

impl RelayLink for LocalRelay {
    fn publish_public(&self, public: &DeskPublic) -> Result<()> {
        self.relay
            .set_desk_public(&public.signing_key, &public.identity_key)?;
        self.reports
            .set_key(public.report_key.clone(), &public.signing_key)
    }

    fn pending_up(&self) -> Result<Vec<PendingUp>> {
        self.relay.pending_up()
    }

    fn taken_up(&self, taken: Vec<TakenUp>) -> Result<()> {
        self.relay.taken_up_batch(taken)
    }

    fn push_down(&self, chat_hash: &str, ciphertext: &Ciphertext) -> Result<u64> {
        self.relay.push_down(chat_hash, ciphertext)
    }

    fn close_chat(&self, chat_hash: &str) -> Result<()> {
        self.relay.close_chat(chat_hash)
    }

    fn key_stock(&self) -> Result<KeyStock> {
        self.relay.key_stock()
    }

    fn publish_keys(&self, keys: Vec<SignedKey>) -> Result<usize> {
        self.relay.publish_keys(&keys)
    }

    fn pending_reports(&self) -> Result<Vec<StoredReport>> {
        self.reports.pending()
    }

    fn report_taken(&self, report_id: &str) -> Result<()> {
        self.reports.taken(report_id)
    }

    fn signals(&self) -> &Signals {
        &self.signals
    }
}

/// How long the desk's news long poll waits at the relay.
const NEWS_WAIT: Duration = Duration::from_secs(25);
/// A call that takes longer fails (the news poll gets its wait on top).
const CALL_TIMEOUT: Duration = Duration::from_secs(15);
/// How many times a call is tried when the relay cannot be reached.
const CALL_ATTEMPTS: u32 = 3;
/// A batch of reports (up to 16 MiB and one more report) gets longer.
const REPORTS_TIMEOUT: Duration = Duration::from_secs(120);
/// The largest answer the desk reads from its relay (an untrusted server).
const MAX_ANSWER_BYTES: usize = 48 * 1024 * 1024;

/// The relay on another machine, through its desk link.
pub struct RemoteRelay {
    endpoint: Endpoint,
    runtime: tokio::runtime::Handle,
    /// Ends the link's runtime thread (and its news poll) when dropped.
    _stop: tokio::sync::oneshot::Sender<()>,
    signals: Signals,
    /// What the desk published, to publish again should the relay lose it.
    public: Published,
}

type Published = Arc<std::sync::Mutex<Option<DeskPublic>>>;

/// Where and how calls go.
#[derive(Clone)]
struct Endpoint {
    base: Url,
    secret: LinkSecret,
    http: reqwest::Client,
}

impl RemoteRelay {
    /// A link to the relay at `url` (https, or http to this machine only).
    /// Starts a thread of its own for the calls and the news poll.
    pub fn connect(url: &str, secret: LinkSecret) -> Result<Arc<RemoteRelay>> {
        let base = link_url(url)?;
        let (handle_tx, handle_rx) = mpsc::channel();
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        std::thread::Builder::new()
            .name("discret-desk-link".into())
            .spawn(move || {
                match tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build()
                {
                    Ok(runtime) => {
                        let _ = handle_tx.send(Ok(runtime.handle().clone()));
                        runtime.block_on(async {
                            let _ = stopped.await;
                        });
                    }
                    Err(e) => {
                        let _ = handle_tx.send(Err(e.to_string()));
                    }
                }
            })
            .map_err(|e| Error::Setup(format!("cannot start the desk link: {e}")))?;
        let runtime = handle_rx
            .recv()
            .map_err(|_| Error::Setup("the desk link did not start".into()))?
            .map_err(|e| Error::Setup(format!("cannot start the desk link: {e}")))?;
        let tls = super::client_tls("desk link")?;
        let http = reqwest::Client::builder()
            .tls_backend_preconfigured(tls)
            .user_agent("discret-desk")
            .connect_timeout(Duration::from_secs(5))
            // The secret goes to the configured relay and nowhere else.
            .redirect(reqwest::redirect::Policy::none())
            .no_proxy()
            .build()
            .map_err(|_| Error::Setup("desk link: HTTP client set-up".into()))?;
        let signals = Signals {
            up_arrived: Arc::new(Notify::new()),
            reports_arrived: Arc::new(Notify::new()),
            keys_low: Arc::new(Notify::new()),
        };
        let endpoint = Endpoint { base, secret, http };
        let public = Published::default();
        runtime.spawn(poll_news(endpoint.clone(), signals.clone(), public.clone()));
        Ok(Arc::new(RemoteRelay {
            endpoint,
            runtime,
            _stop: stop,
            signals,
            public,
        }))
    }

    /// Runs a call on the link's thread and waits for it.
    fn call<T: DeserializeOwned + Send + 'static>(
        &self,
        method: Method,
        path: &'static str,
        body: Option<&impl Serialize>,
    ) -> Result<T> {
        self.call_within(method, path, body, CALL_TIMEOUT)
    }

    fn call_within<T: DeserializeOwned + Send + 'static>(
        &self,
        method: Method,
        path: &'static str,
        body: Option<&impl Serialize>,
        timeout: Duration,
    ) -> Result<T> {
        let body = body
            .map(serde_json::to_vec)
            .transpose()
            .map_err(|_| Error::Internal("desk link body".into()))?;
        let (answer, answered) = mpsc::sync_channel(1);
        let endpoint = self.endpoint.clone();
        self.runtime.spawn(async move {
            // Every call can be made twice (idempotent at the relay): one
            // that did not reach it, or whose answer was lost, goes again.
            let mut pause = Duration::from_millis(250);
            let mut attempts = 1;
            let result = loop {
                let result = endpoint
                    .request(method.clone(), path, body.clone(), timeout)
                    .await;
                match result {
                    Err(Error::Unavailable(_)) if attempts < CALL_ATTEMPTS => {
                        attempts += 1;
                        tokio::time::sleep(pause).await;
                        pause *= 2;
                    }
                    result => break result,
                }
            };
            let _ = answer.send(result);
        });
        answered
            .recv()
            .map_err(|_| Error::Unavailable("the desk link stopped"))?
    }
}

impl Endpoint {
    /// One call, answered with the relay's JSON or a typed error.
    async fn request<T: DeserializeOwned>(
        &self,
        method: Method,
        path: &str,
        body: Option<Vec<u8>>,
        timeout: Duration,
    ) -> Result<T> {
        let url = self
            .base
            .join(path)
            .map_err(|_| Error::Internal("desk link URL".into()))?;
        let mut authorization =
            reqwest::header::HeaderValue::from_str(self.secret.bearer().as_str())
                .map_err(|_| Error::Internal("desk link secret".into()))?;
        authorization.set_sensitive(true);
        let mut request = self
            .http
            .request(method, url)
            .timeout(timeout)
            .header(reqwest::header::AUTHORIZATION, authorization);
        if let Some(body) = body {
            request = request
                .header("content-type", "application/json")
                .body(body);
        }
        let unreachable = |_| Error::Unavailable("the relay cannot be reached over the desk link");
        let mut response = request.send().await.map_err(unreachable)?;
        let status = response.status();
        let too_large =
            || Error::Internal("the relay's answer on the desk link is too large".into());
        if response
            .content_length()
            .is_some_and(|n| n > MAX_ANSWER_BYTES as u64)
        {
            return Err(too_large());
        }
        let mut bytes = Vec::new();
        while let Some(chunk) = response.chunk().await.map_err(unreachable)? {
            if bytes.len() + chunk.len() > MAX_ANSWER_BYTES {
                return Err(too_large());
            }
            bytes.extend_from_slice(&chunk);
        }
        if status.is_success() {
            return serde_json::from_slice(&bytes).map_err(|_| {
                Error::Internal("the relay's answer on the desk link is unreadable".into())
            });
        }
        if status == reqwest::StatusCode::UNAUTHORIZED {
            return Err(Error::Setup(
                "the relay refused the desk link secret (is it the same file on both machines?)"
                    .into(),
            ));
        }
        let refused: Option<RelayError> = serde_json::from_slice(&bytes).ok();
        Err(match refused.map(|e| (e.code, e.message)) {
            Some((RelayErrorCode::UnknownChat, _)) => Error::UnknownChat,
            Some((RelayErrorCode::ChatClosed, _)) => Error::ChatClosed,
            Some((RelayErrorCode::NoKeys, _)) => Error::NoKeys,
            Some((RelayErrorCode::BadRequest, message)) => {
                // The relay is untrusted: its words are cut and cleaned.
                let message: String = message
                    .chars()
                    .filter(|c| !c.is_control())
                    .take(200)
                    .collect();
                Error::BadRequest(format!("the relay refused: {message}"))
            }
            _ => Error::Internal(format!("the relay answered {status} on the desk link")),
        })
    }
}

/// The relay's base URL: https, or http to a loopback address (tests, or a
/// relay on this machine).
fn link_url(url: &str) -> Result<Url> {
    let mut base: Url = url
        .parse()
        .map_err(|_| Error::Setup(format!("--relay-url: `{url}` is not a URL")))?;
    let loopback = match base.host_str() {
        Some("localhost") => true,
        Some(host) => host
            .trim_start_matches('[')
            .trim_end_matches(']')
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback()),
        None => false,
    };
    match base.scheme() {
        "https" => {}
        "http" if loopback => {}
        _ => {
            return Err(Error::Setup(
                "--relay-url must be https (plain http only to this machine): the link carries its secret"
                    .into(),
            ))
        }
    }
    if !base.path().ends_with('/') {
        let path = format!("{}/", base.path());
        base.set_path(&path);
    }
    Ok(base)
}

/// Waits for news at the relay and wakes the desk's workers; publishes the
/// desk's public keys again when the relay lost them; retries with a
/// growing pause while the relay cannot be reached. Ends with the link's
/// runtime.
async fn poll_news(endpoint: Endpoint, signals: Signals, public: Published) {
    let mut pause = Duration::from_millis(200);
    let mut seen: Option<NewsCounts> = None;
    loop {
        let path = match seen {
            None => "v1/desk/news".to_string(),
            Some(c) => format!(
                "v1/desk/news?up={}&keys={}&reports={}&wait={}",
                c.up,
                c.keys,
                c.reports,
                NEWS_WAIT.as_secs()
            ),
        };
        let polled: Result<News> = endpoint
            .request(Method::GET, &path, None, NEWS_WAIT + CALL_TIMEOUT)
            .await;
        let news = match polled {
            Ok(news) => news,
            Err(e) => {
                tracing::warn!(error = %e, "waiting for the relay's news failed; will retry");
                tokio::time::sleep(pause).await;
                pause = (pause * 2).min(Duration::from_secs(10));
                continue;
            }
        };
        pause = Duration::from_millis(200);
        seen = Some(news.counts);
        if news.desk_missing {
            let body = public
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .as_ref()
                .and_then(|p| serde_json::to_vec(p).ok());
            if let Some(body) = body {
                tracing::warn!("the relay lost the desk's public keys; publishing them again");
                let published: Result<()> = endpoint
                    .request(Method::PUT, "v1/desk/public", Some(body), CALL_TIMEOUT)
                    .await;
                if let Err(e) = published {
                    tracing::error!(error = %e, "publishing the desk's keys again failed");
                    tokio::time::sleep(pause).await;
                }
            }
        }
        if news.up {
            signals.up_arrived.notify_one();
        }
        if news.reports {
            signals.reports_arrived.notify_one();
        }
        if news.keys_low || news.desk_missing {
            signals.keys_low.notify_one();
        }
    }
}

impl RelayLink for RemoteRelay {
    fn publish_public(&self, public: &DeskPublic) -> Result<()> {
        self.call::<()>(Method::PUT, "v1/desk/public", Some(public))?;
        *self.public.lock().unwrap_or_else(|p| p.into_inner()) = Some(public.clone());
        Ok(())
    }

    fn pending_up(&self) -> Result<Vec<PendingUp>> {
        self.call(Method::GET, "v1/desk/up", None::<&()>)
    }

    fn taken_up(&self, taken: Vec<TakenUp>) -> Result<()> {
        self.call(Method::POST, "v1/desk/up/taken", Some(&taken))
    }

    fn push_down(&self, chat_hash: &str, ciphertext: &Ciphertext) -> Result<u64> {
        let push = DownPush {
            chat_hash: chat_hash.to_string(),
            // Sent again with the same id after a lost answer: stored once.
            push_id: crate::relay_reports::random_id(),
            ciphertext: ciphertext.clone(),
        };
        self.call(Method::POST, "v1/desk/down", Some(&push))
    }

    fn close_chat(&self, chat_hash: &str) -> Result<()> {
        let chat = ChatRef {
            chat_hash: chat_hash.to_string(),
        };
        self.call(Method::POST, "v1/desk/close", Some(&chat))
    }

    fn key_stock(&self) -> Result<KeyStock> {
        self.call(Method::GET, "v1/desk/keys", None::<&()>)
    }

    fn publish_keys(&self, keys: Vec<SignedKey>) -> Result<usize> {
        self.call(Method::POST, "v1/desk/keys", Some(&keys))
    }

    fn pending_reports(&self) -> Result<Vec<StoredReport>> {
        self.call_within(Method::GET, "v1/desk/reports", None::<&()>, REPORTS_TIMEOUT)
    }

    fn report_taken(&self, report_id: &str) -> Result<()> {
        let report = ReportRef {
            report_id: report_id.to_string(),
        };
        self.call(Method::POST, "v1/desk/reports/taken", Some(&report))
    }

    fn signals(&self) -> &Signals {
        &self.signals
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_link_is_https_or_plain_http_to_this_machine_only() {
        for ok in [
            "https://relay.example.fr",
            "https://relay.example.fr/base",
            "http://127.0.0.1:8080",
            "http://localhost:1",
            "http://[::1]:9",
        ] {
            let url = link_url(ok).unwrap();
            assert!(url.path().ends_with('/'), "{ok}");
        }
        for bad in [
            "http://relay.example.fr",
            "ftp://127.0.0.1",
            "not a url",
            "",
        ] {
            assert!(link_url(bad).is_err(), "{bad:?}");
        }
    }
}
