//! The offline queue of reports. A report is checked, its photos stripped,
//! and it is queued in the vault under a random client id *before* the
//! first send: in memory by default, in the sealed vault file in resume
//! mode, so a queued report survives the app being killed. Each send seals
//! the payload to the desk's HPKE key (fetched from the relay, checked
//! against the pinned desk key, kept in memory only) and posts it; the
//! relay stores a client id once, so a resend after a lost answer is not a
//! second report. A report leaves the queue only when the relay answered
//! with its receipt code. Failed sends are retried in the background with
//! exponential backoff and jitter, at once when the shell reports a network
//! change. Quick exit wipes the vault, and the queue with it.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, Weak};
use std::time::Duration;

use discret_protocol::report::{ReportAccepted, ReportCategory};
use serde::{Deserialize, Serialize};
use tokio::runtime::Handle;
use tokio::sync::Notify;
use zeroize::{Zeroize, ZeroizeOnDrop, Zeroizing};

use super::form::{build_payload, Report};
use crate::crypto::DeskKey;
use crate::error::{Error, Result};
use crate::net::PlatformClient;
use crate::vault::{now_ms, Vault};

/// The vault entry holding the queue.
pub(crate) const QUEUE_ENTRY: &str = "report-queue";
/// The vault entry holding receipts of reports sent in the background.
pub(crate) const RECEIPTS_ENTRY: &str = "report-receipts";
/// How long a queued report or a receipt is kept.
pub const QUEUE_TTL: Duration = Duration::from_secs(7 * 24 * 3600);
/// Reports waiting at most.
pub const MAX_QUEUED: usize = 10;

/// A report the relay accepted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportReceipt {
    /// The random id the report was queued under (not a device id).
    pub client_id: String,
    /// The code the citizen may quote to the police (10 characters).
    pub receipt: String,
    pub category: ReportCategory,
    /// When the relay accepted it, milliseconds since the Unix epoch.
    pub sent_at_ms: i64,
}

/// A report waiting to be sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PendingReport {
    pub client_id: String,
    pub category: ReportCategory,
    pub queued_at_ms: i64,
    /// Sends tried so far.
    pub attempts: u32,
}

/// What [`ReportQueue::submit`] did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SubmitOutcome {
    /// The relay accepted it: here is the receipt.
    Sent(ReportReceipt),
    /// The platform cannot be reached now: queued, retried in the background.
    Queued(PendingReport),
}

/// One queued report: the payload (JSON) is sealed only when sent.
#[derive(Serialize, Deserialize, Zeroize, ZeroizeOnDrop)]
struct Queued {
    client_id: String,
    #[zeroize(skip)]
    category: ReportCategory,
    queued_at_ms: i64,
    attempts: u32,
    payload: String,
}

impl Queued {
    fn pending(&self) -> PendingReport {
        PendingReport {
            client_id: self.client_id.clone(),
            category: self.category,
            queued_at_ms: self.queued_at_ms,
            attempts: self.attempts,
        }
    }
}

/// The report queue of one app.
pub struct ReportQueue {
    inner: Arc<Inner>,
}

struct Inner {
    client: PlatformClient,
    desk_key: DeskKey,
    vault: Arc<Vault>,
    network_changed: Arc<Notify>,
    runtime: Handle,
    /// The desk's HPKE key, once checked against the pinned desk key.
    report_key: Mutex<Option<String>>,
    /// One flush at a time: a report is never in flight twice.
    sending: tokio::sync::Mutex<()>,
    /// Serialises the queue's read-modify-write cycles.
    editing: Mutex<()>,
    retrying: AtomicBool,
}

/// What a flush did.
struct Flush {
    sent: Vec<ReportReceipt>,
    /// Why it stopped early (the reports left stay queued), or why a
    /// report was dropped (refused by the relay).
    error: Option<Error>,
    dropped: Vec<String>,
}

impl ReportQueue {
    /// The queue over `vault`; starts retrying at once when an earlier
    /// session left reports (resume mode).
    pub(crate) fn new(
        client: PlatformClient,
        desk_key: DeskKey,
        vault: Arc<Vault>,
        network_changed: Arc<Notify>,
        runtime: Handle,
    ) -> Self {
        let queue = ReportQueue {
            inner: Arc::new(Inner {
                client,
                desk_key,
                vault,
                network_changed,
                runtime,
                report_key: Mutex::new(None),
                sending: tokio::sync::Mutex::new(()),
                editing: Mutex::new(()),
                retrying: AtomicBool::new(false),
            }),
        };
        if queue.pending().is_ok_and(|p| !p.is_empty()) {
            Inner::ensure_retrying(&queue.inner);
        }
        queue
    }

    /// Checks the report, strips its photos, queues it, and tries to send
    /// it (and anything queued before it) now.
    pub async fn submit(&self, report: &Report) -> Result<SubmitOutcome> {
        let payload = build_payload(report, now_ms())?;
        let queued = Queued {
            client_id: crate::random_hex(16),
            category: payload.category,
            queued_at_ms: now_ms(),
            attempts: 0,
            payload: String::from_utf8(discret_protocol::encode(&payload))
                .map_err(|_| Error::Internal("encoding a report".into()))?,
        };
        drop(payload);
        let client_id = queued.client_id.clone();
        self.inner.edit(|queue| {
            if queue.len() >= MAX_QUEUED {
                return Err(Error::InvalidInput {
                    field: "report",
                    reason: format!(
                        "{MAX_QUEUED} reports are already waiting for the network: \
                         send them first (retry_reports)"
                    ),
                });
            }
            queue.push(queued);
            Ok(true)
        })?;
        let flush = self.inner.flush().await;
        if let Some(receipt) = flush.sent.into_iter().find(|r| r.client_id == client_id) {
            return Ok(SubmitOutcome::Sent(receipt));
        }
        if flush.dropped.contains(&client_id) {
            return Err(flush
                .error
                .unwrap_or_else(|| Error::Internal("a dropped report".into())));
        }
        match self
            .pending()?
            .into_iter()
            .find(|p| p.client_id == client_id)
        {
            Some(pending) => {
                if let Some(error) = &flush.error {
                    tracing::info!(error = %error, "report queued until the platform answers");
                }
                Inner::ensure_retrying(&self.inner);
                Ok(SubmitOutcome::Queued(pending))
            }
            // Quick exit ran meanwhile: the report is gone, as it should.
            None => Err(Error::InvalidInput {
                field: "report",
                reason: "the report was wiped by quick exit before it was sent".into(),
            }),
        }
    }

    /// Reports waiting to be sent, oldest first.
    pub fn pending(&self) -> Result<Vec<PendingReport>> {
        Ok(self.inner.load()?.iter().map(Queued::pending).collect())
    }

    /// Tries to send every queued report now; returns the receipts of
    /// those sent. A network failure is an error; the reports stay queued.
    pub async fn retry(&self) -> Result<Vec<ReportReceipt>> {
        let flush = self.inner.flush().await;
        match flush.error {
            Some(error) if flush.sent.is_empty() => Err(error),
            _ => Ok(flush.sent),
        }
    }

    /// Receipts of reports the background retry sent (kept 7 days in the
    /// vault); the shell shows them and may forget them.
    pub fn delivered(&self) -> Result<Vec<ReportReceipt>> {
        self.inner.receipts()
    }

    /// Forgets the kept receipts.
    pub fn forget_delivered(&self) -> Result<()> {
        self.inner.vault.meta_delete(RECEIPTS_ENTRY)
    }
}

impl Inner {
    fn load(&self) -> Result<Vec<Queued>> {
        match self.vault.meta_get(QUEUE_ENTRY)? {
            None => Ok(Vec::new()),
            Some(bytes) => serde_json::from_slice(&bytes)
                .map_err(|_| Error::Storage("the report queue cannot be read".into())),
        }
    }

    /// Runs `f` on the queue under the edit lock; saves it when `f`
    /// answers true.
    fn edit(&self, f: impl FnOnce(&mut Vec<Queued>) -> Result<bool>) -> Result<()> {
        let _editing = crate::lock(&self.editing);
        let mut queue = self.load()?;
        if f(&mut queue)? {
            self.save(&queue)?;
        }
        Ok(())
    }

    fn save(&self, queue: &[Queued]) -> Result<()> {
        if queue.is_empty() {
            // Never creates a vault (after quick exit, nothing is rewritten).
            return self.vault.meta_delete(QUEUE_ENTRY);
        }
        let bytes = Zeroizing::new(
            serde_json::to_vec(queue).map_err(|_| Error::Internal("saving the queue".into()))?,
        );
        self.vault.meta_put(QUEUE_ENTRY, &bytes, QUEUE_TTL)
    }

    fn receipts(&self) -> Result<Vec<ReportReceipt>> {
        match self.vault.meta_get(RECEIPTS_ENTRY)? {
            None => Ok(Vec::new()),
            Some(bytes) => serde_json::from_slice(&bytes)
                .map_err(|_| Error::Storage("the report receipts cannot be read".into())),
        }
    }

    /// Removes a report from the queue; when `receipt` is given, keeps it.
    fn settle(&self, client_id: &str, receipt: Option<&ReportReceipt>) -> Result<()> {
        let mut removed = false;
        self.edit(|queue| {
            let before = queue.len();
            queue.retain(|q| q.client_id != client_id);
            // Wiped meanwhile (quick exit): write nothing.
            removed = queue.len() != before;
            Ok(removed)
        })?;
        if !removed {
            return Ok(());
        }
        if let Some(receipt) = receipt {
            let _editing = crate::lock(&self.editing);
            let mut receipts = self.receipts()?;
            receipts.push(receipt.clone());
            let bytes = serde_json::to_vec(&receipts)
                .map_err(|_| Error::Internal("saving receipts".into()))?;
            self.vault.meta_put(RECEIPTS_ENTRY, &bytes, QUEUE_TTL)?;
        }
        Ok(())
    }

    fn count_attempt(&self, client_id: &str) -> Result<()> {
        self.edit(|queue| {
            let Some(item) = queue.iter_mut().find(|q| q.client_id == client_id) else {
                return Ok(false);
            };
            item.attempts = item.attempts.saturating_add(1);
            Ok(true)
        })
    }

    /// The desk's report key, checked against the pinned desk key.
    async fn report_key(&self) -> Result<String> {
        if let Some(key) = crate::lock(&self.report_key).clone() {
            return Ok(key);
        }
        let served = self.client.report_key().await?;
        self.desk_key.verify_text(
            &discret_protocol::report::ReportKey::signed_text(&served.hpke_public_key),
            &served.signature,
        )?;
        *crate::lock(&self.report_key) = Some(served.hpke_public_key.clone());
        Ok(served.hpke_public_key)
    }

    async fn send(&self, queued: &Queued) -> Result<ReportAccepted> {
        let key = self.report_key().await?;
        let sealed =
            discret_protocol::seal::seal(&key, &queued.client_id, queued.payload.as_bytes())
                .map_err(|e| {
                    // A key that does not parse is not the desk's: fetch again next time.
                    *crate::lock(&self.report_key) = None;
                    Error::Internal(e.to_string())
                })?;
        let accepted = self.client.submit_report(&sealed).await?;
        if !discret_protocol::report::is_valid_receipt(&accepted.receipt) {
            return Err(Error::Internal(
                "the relay's receipt code is malformed".into(),
            ));
        }
        Ok(accepted)
    }

    /// Sends the queued reports in order, one flush at a time.
    async fn flush(&self) -> Flush {
        let _one_at_a_time = self.sending.lock().await;
        let mut flush = Flush {
            sent: Vec::new(),
            error: None,
            dropped: Vec::new(),
        };
        let queue = match self.load() {
            Ok(queue) => queue,
            Err(e) => {
                flush.error = Some(e);
                return flush;
            }
        };
        for queued in &queue {
            match self.send(queued).await {
                Ok(accepted) => {
                    let receipt = ReportReceipt {
                        client_id: queued.client_id.clone(),
                        receipt: accepted.receipt,
                        category: queued.category,
                        sent_at_ms: now_ms(),
                    };
                    if let Err(e) = self.settle(&queued.client_id, Some(&receipt)) {
                        flush.error = Some(e);
                        return flush;
                    }
                    flush.sent.push(receipt);
                }
                Err(e @ Error::Platform { status, .. })
                    if (400..500).contains(&status) && status != 429 =>
                {
                    // The relay will refuse it every time: drop it, say why.
                    tracing::warn!(error = %e, "the relay refused a report: dropped");
                    let _ = self.settle(&queued.client_id, None);
                    flush.dropped.push(queued.client_id.clone());
                    flush.error = Some(e);
                }
                Err(e) => {
                    let _ = self.count_attempt(&queued.client_id);
                    flush.error = Some(e);
                    return flush;
                }
            }
        }
        flush
    }

    /// Starts the background retry unless it runs already.
    fn ensure_retrying(inner: &Arc<Inner>) {
        if inner.retrying.swap(true, Ordering::AcqRel) {
            return;
        }
        let weak = Arc::downgrade(inner);
        inner.runtime.spawn(retry_loop(weak));
    }
}

/// First retry after about a second, doubling up to five minutes; jitter
/// keeps phones that lost the network together from retrying together.
fn backoff(attempt: u32) -> Duration {
    use rand::RngExt as _;
    let step = Duration::from_secs(1)
        .saturating_mul(1u32 << attempt.min(9))
        .min(Duration::from_secs(300));
    step.mul_f64(rand::rng().random_range(0.5..=1.0))
}

/// Retries until the queue is empty or the app is gone.
async fn retry_loop(weak: Weak<Inner>) {
    let mut attempt = 0u32;
    loop {
        let Some(inner) = weak.upgrade() else { return };
        let changed = inner.network_changed.clone();
        drop(inner);
        let notified = changed.notified();
        tokio::select! {
            _ = tokio::time::sleep(backoff(attempt)) => {}
            _ = notified => {}
        }
        let Some(inner) = weak.upgrade() else { return };
        let flush = inner.flush().await;
        attempt = if flush.sent.is_empty() {
            attempt.saturating_add(1)
        } else {
            0
        };
        let empty = inner.load().map(|q| q.is_empty()).unwrap_or(true);
        if empty {
            inner.retrying.store(false, Ordering::Release);
            // A report queued between the check and the store restarts it.
            if inner.load().map(|q| q.is_empty()).unwrap_or(true)
                || inner.retrying.swap(true, Ordering::AcqRel)
            {
                return;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reports::form::ReportLocation;
    use crate::{App, AppConfig};

    fn offline_app() -> App {
        let dir = std::env::temp_dir().join(format!("discret-queue-{}", crate::random_hex(8)));
        std::fs::create_dir_all(&dir).unwrap();
        App::new(
            AppConfig {
                data_dir: dir,
                // Nothing listens on port 9: every send fails at once.
                platform_url: "http://127.0.0.1:9".into(),
                desk_key: "11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo".into(),
                preferred_languages: vec!["fr".into()],
                resume: false,
            },
            Handle::current(),
        )
        .unwrap()
    }

    fn report(text: &str) -> Report {
        Report {
            category: ReportCategory::Vandalism,
            occurred_at_ms: now_ms() - 60_000,
            place: Some(ReportLocation {
                latitude: 43.6,
                longitude: 1.44,
                coarsen: true,
            }),
            text: text.into(),
            photos: Vec::new(),
        }
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn concurrent_submits_all_stay_queued_and_quick_exit_drops_them() {
        let app = Arc::new(offline_app());
        let mut tasks = Vec::new();
        for n in 0..6 {
            let app = app.clone();
            tasks.push(tokio::spawn(async move {
                app.submit_report(&report(&format!("tag {n}"))).await
            }));
        }
        let mut ids = Vec::new();
        for task in tasks {
            match task.await.unwrap().unwrap() {
                SubmitOutcome::Queued(p) => ids.push(p.client_id),
                other => panic!("sent without a platform: {other:?}"),
            }
        }
        let mut pending: Vec<String> = app
            .pending_reports()
            .unwrap()
            .into_iter()
            .map(|p| p.client_id)
            .collect();
        pending.sort();
        ids.sort();
        assert_eq!(pending, ids, "a concurrent submit was lost");
        assert!(matches!(app.retry_reports().await, Err(Error::Network(_))));
        // A flush stops at the first network failure: the oldest counts it.
        assert!(app.pending_reports().unwrap()[0].attempts >= 1);

        // Locked: the list is refused, as stored messages are.
        app.set_pin("2468", None).unwrap();
        app.lock();
        assert!(matches!(app.pending_reports(), Err(Error::Locked)));
        app.unlock("2468").unwrap();

        app.quick_exit();
        assert!(app.pending_reports().unwrap().is_empty());
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn the_queue_is_bounded() {
        let app = offline_app();
        for _ in 0..MAX_QUEUED {
            app.submit_report(&report("x")).await.unwrap();
        }
        let error = app.submit_report(&report("x")).await.unwrap_err();
        assert!(
            matches!(
                error,
                Error::InvalidInput {
                    field: "report",
                    ..
                }
            ),
            "{error}"
        );
        assert_eq!(app.pending_reports().unwrap().len(), MAX_QUEUED);
    }
}
