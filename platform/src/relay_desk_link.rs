//! The desk's link to a relay on another machine (`/v1/desk/...`): what a
//! desk in the same process does through [`Relay`] and [`RelayReports`],
//! over HTTP. The relay stays untrusted: the link carries only what the
//! desk would otherwise read and write in the relay's database (ciphertext,
//! hashed tokens, public keys), never a plaintext or a private key.
//!
//! Every call carries `Authorization: Bearer <secret>`: 32 random bytes in
//! hex, the same file on both machines (`discret-platform link-secret`),
//! compared in constant time. Without it, or with another, the answer is
//! `401` and nothing is read or written. Run the link over TLS (or a
//! private network): the secret travels in each request.
//!
//! A desk waits for news with a long poll (`GET /v1/desk/news?up=U&
//! keys=K&reports=R&wait=S`): the relay counts upward messages stored,
//! "keys low" moments and reports stored; the call returns as soon as a
//! count is past what the desk saw (at once on its first call, or after a
//! relay restart), else after `S` seconds (at most 30), with the counts and
//! what moved. Counts, unlike a one-shot wake-up, are never taken by an
//! abandoned poll, and a desk busy with a backlog is not called back at
//! once over and over.

use std::sync::Arc;
use std::time::Duration;

use axum::body::Bytes;
use axum::extract::{DefaultBodyLimit, Query, Request, State};
use axum::http::header::AUTHORIZATION;
use axum::middleware::{self, Next};
use axum::response::Response;
use axum::routing::{get, post, put};
use axum::{Json, Router};
use discret_protocol::relay::Ciphertext;
use discret_protocol::report::ReportKey;
use discret_protocol::{limits, PROTOCOL_VERSION};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use subtle::ConstantTimeEq;
use zeroize::Zeroizing;

use crate::error::{Error, Result};
use crate::relay::{KeyStock, PendingUp, Relay, SignedKey, TakenUp, KEYS_LOW_WATERMARK};
use crate::relay_reports::{RelayReports, StoredReport};

/// The secret both ends of a desk link hold.
#[derive(Clone)]
pub struct LinkSecret(Arc<Zeroizing<[u8; 32]>>);

/// Never prints the secret.
impl std::fmt::Debug for LinkSecret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("LinkSecret(..)")
    }
}

impl LinkSecret {
    /// A new random secret.
    pub fn generate() -> LinkSecret {
        let mut bytes = Zeroizing::new([0u8; 32]);
        rand::fill(&mut bytes[..]);
        LinkSecret(Arc::new(bytes))
    }

    /// Reads 64 hex characters (surrounding white space is ignored).
    pub fn from_hex(text: &str) -> Result<LinkSecret> {
        let text = text.trim();
        let bad = || Error::Setup("the desk link secret must be 64 hex characters".into());
        if text.len() != 64 {
            return Err(bad());
        }
        let mut bytes = Zeroizing::new([0u8; 32]);
        for (i, pair) in text.as_bytes().chunks(2).enumerate() {
            let digit = |c: u8| (c as char).to_digit(16).ok_or_else(bad);
            bytes[i] = (digit(pair[0])? * 16 + digit(pair[1])?) as u8;
        }
        Ok(LinkSecret(Arc::new(bytes)))
    }

    /// Reads the secret from a file (as written by [`LinkSecret::to_hex`]).
    pub fn read(path: &std::path::Path) -> Result<LinkSecret> {
        let text = Zeroizing::new(std::fs::read_to_string(path).map_err(|e| {
            Error::Setup(format!(
                "cannot read the desk link secret {}: {e}",
                path.display()
            ))
        })?);
        LinkSecret::from_hex(&text)
    }

    pub fn to_hex(&self) -> Zeroizing<String> {
        Zeroizing::new(crate::relay::hex(&self.0[..]))
    }

    /// The `Authorization` header value.
    pub(crate) fn bearer(&self) -> Zeroizing<String> {
        Zeroizing::new(format!("Bearer {}", self.to_hex().as_str()))
    }

    fn matches(&self, header: &[u8]) -> bool {
        let Some(hex) = header.strip_prefix(b"Bearer ") else {
            return false;
        };
        let Ok(text) = std::str::from_utf8(hex) else {
            return false;
        };
        LinkSecret::from_hex(text).is_ok_and(|other| bool::from(other.0.ct_eq(&self.0[..])))
    }
}

/// The desk's public keys, as it publishes them to its relay.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DeskPublic {
    pub v: u32,
    pub signing_key: String,
    pub identity_key: String,
    pub report_key: ReportKey,
}

/// The relay's counts of what happened for the desk.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NewsCounts {
    pub up: u64,
    pub keys: u64,
    pub reports: u64,
}

/// What the relay has for the desk.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct News {
    /// The counts now: the desk's next poll passes them back.
    pub counts: NewsCounts,
    pub up: bool,
    pub reports: bool,
    pub keys_low: bool,
    /// The relay has no public keys of the desk (its database was lost, or
    /// it restarted without them): the desk publishes them again.
    pub desk_missing: bool,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct DownPush {
    pub chat_hash: String,
    /// The idempotency key of this message (32 hex characters).
    pub push_id: String,
    pub ciphertext: Ciphertext,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ChatRef {
    pub chat_hash: String,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ReportRef {
    pub report_id: String,
}

#[derive(Deserialize)]
struct NewsQuery {
    /// The counts the desk saw; none on its first call.
    up: Option<u64>,
    keys: Option<u64>,
    reports: Option<u64>,
    #[serde(default)]
    wait: u64,
}

/// Longest wait of a news long poll.
pub const MAX_NEWS_WAIT: Duration = Duration::from_secs(30);

struct Link {
    relay: Arc<Relay>,
    reports: Arc<RelayReports>,
}

/// The link's routes on a relay, behind the secret.
pub fn routes(relay: Arc<Relay>, reports: Arc<RelayReports>, secret: LinkSecret) -> Router {
    Router::new()
        .route("/v1/desk/public", put(publish_public))
        .route("/v1/desk/news", get(news))
        .route("/v1/desk/up", get(pending_up))
        .route("/v1/desk/up/taken", post(taken_up))
        .route("/v1/desk/down", post(push_down))
        .route("/v1/desk/close", post(close_chat))
        .route("/v1/desk/keys", get(key_stock).post(publish_keys))
        .route("/v1/desk/reports", get(pending_reports))
        .route("/v1/desk/reports/taken", post(report_taken))
        .layer(DefaultBodyLimit::max(LINK_BODY_MAX))
        // Matched link routes only: an unknown path stays a plain 404.
        .route_layer(middleware::from_fn_with_state(secret, authorized))
        .with_state(Arc::new(Link { relay, reports }))
}

/// Largest request body on the link (a downward message, or a batch of
/// signed keys).
const LINK_BODY_MAX: usize = 2 * limits::MAX_BODY_BYTES;

async fn authorized(State(secret): State<LinkSecret>, request: Request, next: Next) -> Response {
    let ok = request
        .headers()
        .get(AUTHORIZATION)
        .is_some_and(|h| secret.matches(h.as_bytes()));
    if !ok {
        // Anyone can call: at most one line a minute.
        static LOGGED_S: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
        let now_s = (crate::db::now_ms() / 1000).max(0) as u64;
        let last = LOGGED_S.load(std::sync::atomic::Ordering::Relaxed);
        if now_s >= last + 60
            && LOGGED_S
                .compare_exchange(
                    last,
                    now_s,
                    std::sync::atomic::Ordering::Relaxed,
                    std::sync::atomic::Ordering::Relaxed,
                )
                .is_ok()
        {
            tracing::warn!("desk link calls without the right secret are refused");
        }
        return axum::response::IntoResponse::into_response(Error::Unauthorized);
    }
    next.run(request).await
}

/// A link document: JSON of the expected shape, within the size limit.
fn body<T: DeserializeOwned>(bytes: &[u8]) -> Result<T> {
    if bytes.len() > LINK_BODY_MAX {
        return Err(Error::BadRequest("the body is too large".into()));
    }
    serde_json::from_slice(bytes).map_err(|e| {
        Error::BadRequest(format!(
            "not a desk link document: {}",
            e.classify_message()
        ))
    })
}

trait ClassifyMessage {
    fn classify_message(&self) -> &'static str;
}

impl ClassifyMessage for serde_json::Error {
    /// Why a document was refused, without quoting it.
    fn classify_message(&self) -> &'static str {
        match self.classify() {
            serde_json::error::Category::Io => "unreadable",
            serde_json::error::Category::Syntax => "invalid JSON",
            serde_json::error::Category::Data => "unexpected shape",
            serde_json::error::Category::Eof => "truncated JSON",
        }
    }
}

/// Runs a blocking relay call (database, writer thread) off the async workers.
async fn blocking<T: Send + 'static>(f: impl FnOnce() -> Result<T> + Send + 'static) -> Result<T> {
    tokio::task::spawn_blocking(f)
        .await
        .map_err(|_| Error::Internal("a desk link task failed".into()))?
}

async fn publish_public(State(link): State<Arc<Link>>, bytes: Bytes) -> Result<Json<()>> {
    let public: DeskPublic = body(&bytes)?;
    if public.v != PROTOCOL_VERSION {
        return Err(Error::BadRequest(format!(
            "protocol version {} is not supported",
            public.v
        )));
    }
    // Everything checked before anything changes.
    Relay::check_desk_public(&public.signing_key, &public.identity_key)?;
    RelayReports::check_key(&public.report_key, &public.signing_key)?;
    blocking(move || {
        link.relay
            .set_desk_public(&public.signing_key, &public.identity_key)?;
        link.reports.set_key(public.report_key, &public.signing_key)
    })
    .await?;
    tracing::info!("the desk published its public keys over its link");
    Ok(Json(()))
}

/// What is waiting for the desk now (its first call).
fn waiting(link: &Link, counts: NewsCounts) -> Result<News> {
    Ok(News {
        counts,
        up: link.relay.pending_up_exists()?,
        reports: link.reports.pending_exists()?,
        keys_low: link.relay.key_stock()?.unclaimed < KEYS_LOW_WATERMARK,
        desk_missing: !link.relay.has_desk(),
    })
}

async fn news(State(link): State<Arc<Link>>, Query(query): Query<NewsQuery>) -> Result<Json<News>> {
    let wait = Duration::from_secs(query.wait).min(MAX_NEWS_WAIT);
    let mut up = link.relay.up_news.subscribe();
    let mut keys = link.relay.keys_news.subscribe();
    let mut reports = link.reports.news.subscribe();
    let mut closing = link.relay.closing();
    let now = |up: &mut tokio::sync::watch::Receiver<u64>,
               keys: &mut tokio::sync::watch::Receiver<u64>,
               reports: &mut tokio::sync::watch::Receiver<u64>| NewsCounts {
        up: *up.borrow_and_update(),
        keys: *keys.borrow_and_update(),
        reports: *reports.borrow_and_update(),
    };
    let counts = now(&mut up, &mut keys, &mut reports);
    let (Some(seen_up), Some(seen_keys), Some(seen_reports)) =
        (query.up, query.keys, query.reports)
    else {
        let link = link.clone();
        return Ok(Json(blocking(move || waiting(&link, counts)).await?));
    };
    // A count below what the desk saw: the relay restarted; look again.
    if counts.up < seen_up || counts.keys < seen_keys || counts.reports < seen_reports {
        let link = link.clone();
        return Ok(Json(blocking(move || waiting(&link, counts)).await?));
    }
    let moved = |c: NewsCounts| c.up > seen_up || c.keys > seen_keys || c.reports > seen_reports;
    if !moved(counts) && !wait.is_zero() {
        tokio::select! {
            _ = up.changed() => {}
            _ = keys.changed() => {}
            _ = reports.changed() => {}
            _ = closing.changed() => {}
            _ = tokio::time::sleep(wait) => {}
        }
    }
    let counts = now(&mut up, &mut keys, &mut reports);
    Ok(Json(News {
        counts,
        up: counts.up > seen_up,
        reports: counts.reports > seen_reports,
        keys_low: counts.keys > seen_keys,
        desk_missing: !link.relay.has_desk(),
    }))
}

async fn pending_up(State(link): State<Arc<Link>>) -> Result<Json<Vec<PendingUp>>> {
    Ok(Json(blocking(move || link.relay.pending_up()).await?))
}

async fn taken_up(State(link): State<Arc<Link>>, bytes: Bytes) -> Result<Json<()>> {
    let taken: Vec<TakenUp> = body(&bytes)?;
    blocking(move || link.relay.taken_up_batch(taken)).await?;
    Ok(Json(()))
}

async fn push_down(State(link): State<Arc<Link>>, bytes: Bytes) -> Result<Json<u64>> {
    let push: DownPush = body(&bytes)?;
    if push.ciphertext.kind > 1
        || push.ciphertext.body.is_empty()
        || push.ciphertext.body.len() > limits::MAX_CIPHERTEXT_BYTES
    {
        return Err(Error::BadRequest(
            "a downward ciphertext is of kind 0 or 1 and within the size limit".into(),
        ));
    }
    let seq = blocking(move || {
        link.relay
            .push_down_once(&push.chat_hash, &push.push_id, &push.ciphertext)
    })
    .await?;
    Ok(Json(seq))
}

async fn close_chat(State(link): State<Arc<Link>>, bytes: Bytes) -> Result<Json<()>> {
    let chat: ChatRef = body(&bytes)?;
    blocking(move || link.relay.close_chat(&chat.chat_hash)).await?;
    Ok(Json(()))
}

async fn key_stock(State(link): State<Arc<Link>>) -> Result<Json<KeyStock>> {
    Ok(Json(blocking(move || link.relay.key_stock()).await?))
}

async fn publish_keys(State(link): State<Arc<Link>>, bytes: Bytes) -> Result<Json<usize>> {
    let keys: Vec<SignedKey> = body(&bytes)?;
    Ok(Json(
        blocking(move || link.relay.publish_keys(&keys)).await?,
    ))
}

async fn pending_reports(State(link): State<Arc<Link>>) -> Result<Json<Vec<StoredReport>>> {
    Ok(Json(blocking(move || link.reports.pending()).await?))
}

async fn report_taken(State(link): State<Arc<Link>>, bytes: Bytes) -> Result<Json<()>> {
    let report: ReportRef = body(&bytes)?;
    blocking(move || link.reports.taken(&report.report_id)).await?;
    Ok(Json(()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_secret_reads_back_and_only_the_same_bearer_matches() {
        let secret = LinkSecret::generate();
        let again = LinkSecret::from_hex(&format!("  {}\n", secret.to_hex().as_str())).unwrap();
        assert!(again.matches(secret.bearer().as_bytes()));
        assert!(!LinkSecret::generate().matches(secret.bearer().as_bytes()));
        assert!(
            !secret.matches(secret.to_hex().as_bytes()),
            "no Bearer prefix"
        );
        assert!(!secret.matches(b"Bearer "));
        for bad in ["", "zz", &"g".repeat(64), &"a".repeat(63)] {
            assert!(LinkSecret::from_hex(bad).is_err(), "{bad:?}");
        }
    }
}
