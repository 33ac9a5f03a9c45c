//! A silent chat with the desk: opening (category, language, flags,
//! location), sending text, locations and tap answers through an outbox that
//! retries until the relay has each message exactly once and in order,
//! receiving the desk's messages by long poll resumed from the last sequence
//! number, and reporting everything as [`ChatEvent`]s to subscribers.

mod events;
mod request;
mod resume;
mod tasks;

pub use events::{ChatEvent, ChatListener, OriginalText};
pub use request::{ChatRequest, LocationFix, LocationSource, CATEGORIES};
pub(crate) use resume::{label_of as resume_label, PREFIX as RESUME_PREFIX};

use std::collections::{HashMap, VecDeque};
use std::sync::atomic::AtomicU64;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use discret_protocol::limits::{self, RateLimit, RateWindow};
use discret_protocol::payload::{CitizenPayload, DeskPayload};
use discret_protocol::relay::UpEnvelope;
use discret_protocol::PROTOCOL_VERSION;
use tokio::runtime::Handle;
use tokio::sync::{watch, Notify};
use tokio::task::JoinHandle;
use zeroize::Zeroizing;

use crate::crypto::{ChatCipher, DeskKey};
use crate::error::{Error, Result};
pub(crate) use crate::lock;
use crate::net::PlatformClient;
use crate::random_hex;
use crate::subscription::Subscription;
use events::EventLog;

/// Where a chat stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChatState {
    /// Waiting for an operator.
    Waiting,
    /// An operator has joined.
    Answered,
    /// Closed by the citizen.
    Closed,
    /// Closed by the operator.
    ClosedByOperator,
}

/// How long [`Chat::close`] waits for the outbox to drain.
const CLOSE_FLUSH_TIMEOUT: Duration = Duration::from_secs(5);

/// A message waiting in the outbox, already encrypted (ciphertext only).
#[derive(Clone)]
struct Pending {
    envelope: UpEnvelope,
    /// Report `Sent` for this message (user messages, not receipts).
    report: bool,
}

struct Shared {
    token: Zeroizing<String>,
    client: PlatformClient,
    cipher: Mutex<ChatCipher>,
    outbox: Mutex<VecDeque<Pending>>,
    outbox_changed: Notify,
    outbox_drained: Notify,
    /// Retry now (the shell says the network is back).
    retry_now: Arc<Notify>,
    events: Mutex<EventLog>,
    state: Mutex<ChatState>,
    questions: Mutex<HashMap<String, Vec<String>>>,
    recent_sends: Mutex<RateWindow>,
    rate_limit: RateLimit,
    last_down_seq: AtomicU64,
    opened: watch::Sender<bool>,
    shutdown: watch::Sender<bool>,
    /// Where the chat's texts are kept for the user (the vault), if anywhere.
    journal: Option<Journal>,
}

/// The vault a chat records its texts in, under a random label of its own
/// (not the token: the label gives no access to the chat).
pub(crate) struct Journal {
    pub(crate) vault: std::sync::Weak<crate::vault::Vault>,
    pub(crate) conversation: String,
    /// Resume mode: the chat's state is saved too (see `resume.rs`).
    pub(crate) resume: bool,
}

impl Journal {
    pub(crate) fn new(vault: &Arc<crate::vault::Vault>) -> Journal {
        Journal::named(vault, random_hex(16))
    }

    fn named(vault: &Arc<crate::vault::Vault>, conversation: String) -> Journal {
        Journal {
            vault: Arc::downgrade(vault),
            conversation,
            resume: vault.mode() == crate::vault::VaultMode::Resume,
        }
    }

    /// Keeps one text; a vault that refuses it (full, wiped) costs the
    /// user the copy, never the message itself.
    fn record(&self, outgoing: bool, text: &str) {
        let Some(vault) = self.vault.upgrade() else {
            return;
        };
        let message = crate::vault::StoredMessage {
            conversation: self.conversation.clone(),
            outgoing,
            at_ms: std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_millis() as i64),
            text: text.to_string(),
        };
        if let Err(e) = vault.store_message(&message) {
            tracing::warn!(error = %e, "a chat text was not kept in the vault");
        }
    }
}

/// One chat. Dropping it stops its network tasks.
pub struct Chat {
    shared: Arc<Shared>,
    runtime: Handle,
    tasks: Mutex<Vec<JoinHandle<()>>>,
}

impl Chat {
    /// Claims a one-time key of the desk (checked against the pinned key),
    /// opens the Olm session and queues the opening message.
    pub(crate) async fn start(
        client: PlatformClient,
        desk_key: &DeskKey,
        runtime: Handle,
        retry_now: Arc<Notify>,
        rate_limit: RateLimit,
        request: ChatRequest,
        journal: Option<Journal>,
    ) -> Result<Arc<Chat>> {
        let opening = request.validate()?;
        let bundle = client.claim_key().await?;
        let cipher = ChatCipher::open(desk_key, &bundle)?;
        let shared = Arc::new(Shared {
            token: Zeroizing::new(random_hex(32)),
            client,
            cipher: Mutex::new(cipher),
            outbox: Mutex::new(VecDeque::new()),
            outbox_changed: Notify::new(),
            outbox_drained: Notify::new(),
            retry_now,
            events: Mutex::new(EventLog::new()),
            state: Mutex::new(ChatState::Waiting),
            questions: Mutex::new(HashMap::new()),
            recent_sends: Mutex::new(RateWindow::default()),
            rate_limit,
            last_down_seq: AtomicU64::new(0),
            opened: watch::channel(false).0,
            shutdown: watch::channel(false).0,
            journal,
        });
        shared.enqueue(
            CitizenPayload::Open {
                v: PROTOCOL_VERSION,
                opening,
            },
            false,
        )?;
        let chat = Arc::new(Chat {
            tasks: Mutex::new(vec![runtime.spawn(tasks::run_link(shared.clone()))]),
            shared,
            runtime,
        });
        Ok(chat)
    }

    /// Rebuilds a chat saved in resume mode (see `resume.rs`) and restarts
    /// its link: queued messages go out (the relay stores each once) and
    /// messages after the last one taken come in.
    pub(crate) fn resume(
        client: PlatformClient,
        runtime: Handle,
        retry_now: Arc<Notify>,
        rate_limit: RateLimit,
        vault: &Arc<crate::vault::Vault>,
        label: &str,
        saved: &[u8],
    ) -> Option<Arc<Chat>> {
        let mut snapshot = resume::Snapshot::from_bytes(saved)?;
        let state = snapshot.state();
        let shared = Arc::new(Shared {
            token: snapshot.token,
            client,
            cipher: Mutex::new(ChatCipher::from_pickle(snapshot.session)),
            outbox: Mutex::new(
                snapshot
                    .outbox
                    .into_iter()
                    .map(|(envelope, report)| Pending { envelope, report })
                    .collect(),
            ),
            outbox_changed: Notify::new(),
            outbox_drained: Notify::new(),
            retry_now,
            events: Mutex::new(EventLog::with_history(&mut snapshot.events)),
            state: Mutex::new(state),
            questions: Mutex::new(std::mem::take(&mut snapshot.questions)),
            recent_sends: Mutex::new(RateWindow::default()),
            rate_limit,
            last_down_seq: AtomicU64::new(snapshot.last_down_seq),
            opened: watch::channel(snapshot.opened).0,
            shutdown: watch::channel(false).0,
            journal: Some(Journal::named(vault, label.to_string())),
        });
        Some(Arc::new(Chat {
            tasks: Mutex::new(vec![runtime.spawn(tasks::run_link(shared.clone()))]),
            shared,
            runtime,
        }))
    }

    pub fn state(&self) -> ChatState {
        *lock(&self.shared.state)
    }

    /// Queues a text message; returns its id (echoed by `Sent`,
    /// `Delivered` and `Read` events).
    pub fn send_text(&self, text: &str, language: Option<String>) -> Result<String> {
        let text = validate_text(text)?;
        let language = match language {
            Some(tag) => Some(crate::languages::LanguageTag::parse(&tag)?.to_string()),
            None => None,
        };
        let id = self.send_user(|id| CitizenPayload::Text {
            v: PROTOCOL_VERSION,
            id,
            text: text.to_string(),
            language,
        })?;
        if let Some(journal) = &self.shared.journal {
            journal.record(true, text);
        }
        Ok(id)
    }

    /// The label under which the vault keeps this chat's texts
    /// (`App::stored_messages`), if it keeps them.
    pub fn conversation(&self) -> Option<String> {
        self.shared.journal.as_ref().map(|j| j.conversation.clone())
    }

    /// Shares a location fix with the operator.
    pub fn share_location(&self, fix: LocationFix) -> Result<String> {
        let fix = fix.validate()?;
        self.send_user(|id| CitizenPayload::Location {
            v: PROTOCOL_VERSION,
            id,
            fix,
        })
    }

    /// Sends a duty alert's structured details (see `crate::duty`).
    pub(crate) fn send_duty_alert(
        &self,
        alert: discret_protocol::payload::DutyAlert,
    ) -> Result<String> {
        self.send_user(|id| CitizenPayload::DutyAlert {
            v: PROTOCOL_VERSION,
            id,
            alert: Box::new(alert),
        })
    }

    /// Sends a validated pre-complaint form (see `crate::precomplaint`).
    pub(crate) fn send_pre_complaint(
        &self,
        form: discret_protocol::payload::PreComplaint,
    ) -> Result<String> {
        self.send_user(|id| CitizenPayload::PreComplaint {
            v: PROTOCOL_VERSION,
            id,
            form: Box::new(form),
        })
    }

    /// Answers an operator's tap question with one of its choices.
    pub fn answer_question(&self, question_id: &str, answer: &str) -> Result<String> {
        let known = lock(&self.shared.questions).get(question_id).cloned();
        let Some(choices) = known else {
            return Err(Error::InvalidInput {
                field: "question_id",
                reason: "no open question has this id".into(),
            });
        };
        if !choices.iter().any(|c| c == answer) {
            return Err(Error::InvalidInput {
                field: "answer",
                reason: format!("must be one of the question's {} choices", choices.len()),
            });
        }
        let id = self.send_user(|id| CitizenPayload::TapAnswer {
            v: PROTOCOL_VERSION,
            id,
            question_id: question_id.to_string(),
            answer: answer.to_string(),
        })?;
        lock(&self.shared.questions).remove(question_id);
        Ok(id)
    }

    /// Tells the operator their message `message_id` was seen.
    pub fn mark_read(&self, message_id: &str) -> Result<()> {
        self.shared.ensure_open()?;
        if !discret_protocol::relay::is_valid_client_id(message_id) {
            return Err(Error::InvalidInput {
                field: "message_id",
                reason: "is not a message id of this chat".into(),
            });
        }
        self.shared.enqueue(
            CitizenPayload::Read {
                v: PROTOCOL_VERSION,
                message_id: message_id.to_string(),
            },
            false,
        )?;
        Ok(())
    }

    /// Closes the chat: tells the desk, waits (a few seconds at most) for
    /// the outbox to drain, then stops the network tasks. Idempotent.
    pub async fn close(&self) -> Result<()> {
        if self.shared.ensure_open().is_ok() {
            let id = random_hex(16);
            let drained = self.shared.outbox_drained.notified();
            tokio::pin!(drained);
            drained.as_mut().enable();
            self.shared.enqueue(
                CitizenPayload::Close {
                    v: PROTOCOL_VERSION,
                    id,
                },
                false,
            )?;
            *lock(&self.shared.state) = ChatState::Closed;
            if tokio::time::timeout(CLOSE_FLUSH_TIMEOUT, drained)
                .await
                .is_err()
            {
                tracing::info!("chat closed before the desk could be told (no network)");
            }
        }
        self.stop();
        // Resume mode: a closed chat is not resumed.
        self.shared.persist();
        Ok(())
    }

    /// Replays past events to `listener`, then reports new ones, until the
    /// returned subscription is cancelled or dropped.
    pub fn subscribe(&self, listener: Arc<dyn ChatListener>) -> Subscription {
        let (history, mut live) = lock(&self.shared.events).subscribe();
        Subscription::new(self.runtime.spawn(async move {
            for event in history {
                listener.on_event(event);
            }
            loop {
                match live.recv().await {
                    Ok(event) => listener.on_event(event),
                    Err(tokio::sync::broadcast::error::RecvError::Lagged(n)) => {
                        tracing::warn!(skipped = n, "a chat listener is too slow; events skipped")
                    }
                    Err(tokio::sync::broadcast::error::RecvError::Closed) => return,
                }
            }
        }))
    }

    /// Quick exit: encrypts a "left abruptly" signal, forgets everything
    /// else at once, and returns what is needed to try sending the signal
    /// (token and ciphertext only) in the background.
    pub(crate) fn abandon(&self) -> Option<(PlatformClient, Zeroizing<String>, UpEnvelope)> {
        let open = self.shared.ensure_open().is_ok();
        *lock(&self.shared.state) = ChatState::Closed;
        self.stop();
        let signal = open.then(|| {
            let payload = CitizenPayload::LeftAbruptly {
                v: PROTOCOL_VERSION,
                id: random_hex(16),
            };
            Shared::seal(&mut lock(&self.shared.cipher), &payload).ok()
        });
        lock(&self.shared.outbox).clear();
        lock(&self.shared.events).wipe();
        lock(&self.shared.questions).clear();
        signal.flatten().map(|envelope| {
            (
                self.shared.client.clone(),
                self.shared.token.clone(),
                envelope,
            )
        })
    }

    fn send_user(&self, payload: impl FnOnce(String) -> CitizenPayload) -> Result<String> {
        self.shared.ensure_open()?;
        self.shared.check_rate()?;
        let id = random_hex(16);
        self.shared.enqueue(payload(id.clone()), true)?;
        Ok(id)
    }

    fn stop(&self) {
        let _ = self.shared.shutdown.send_replace(true);
        for task in lock(&self.tasks).drain(..) {
            task.abort();
        }
    }
}

impl Drop for Chat {
    fn drop(&mut self) {
        self.stop();
    }
}

impl Shared {
    fn ensure_open(&self) -> Result<()> {
        match *lock(&self.state) {
            ChatState::Closed | ChatState::ClosedByOperator => Err(Error::ChatClosed),
            _ => Ok(()),
        }
    }

    fn check_rate(&self) -> Result<()> {
        lock(&self.recent_sends)
            .try_acquire(self.rate_limit, Instant::now())
            .map_err(|wait| Error::RateLimited {
                retry_after_secs: wait.as_secs().max(1),
            })
    }

    /// Encrypts one payload into an envelope with its idempotency key.
    fn seal(cipher: &mut ChatCipher, payload: &CitizenPayload) -> Result<UpEnvelope> {
        let plaintext = Zeroizing::new(discret_protocol::encode(payload));
        Ok(UpEnvelope {
            v: PROTOCOL_VERSION,
            client_id: payload_id(payload).unwrap_or_else(|| random_hex(16)),
            ciphertext: cipher.encrypt(&plaintext)?,
        })
    }

    /// Encrypts and queues; the cipher lock is held until the message is in
    /// the outbox, so the outbox order is the Olm chain order.
    fn enqueue(&self, payload: CitizenPayload, report: bool) -> Result<()> {
        let mut cipher = lock(&self.cipher);
        let envelope = Self::seal(&mut cipher, &payload)?;
        lock(&self.outbox).push_back(Pending { envelope, report });
        drop(cipher);
        self.persist();
        self.outbox_changed.notify_one();
        Ok(())
    }

    /// Resume mode: saves the chat's state in the vault, or deletes it
    /// once the chat is closed. Called after each change, holding no lock.
    fn persist(&self) {
        let Some(journal) = self.journal.as_ref().filter(|j| j.resume) else {
            return;
        };
        let Some(vault) = journal.vault.upgrade() else {
            return;
        };
        let name = resume::meta_name(&journal.conversation);
        let state = *lock(&self.state);
        let saved = match state {
            ChatState::Closed | ChatState::ClosedByOperator => vault.meta_delete(&name),
            ChatState::Waiting | ChatState::Answered => {
                let snapshot = {
                    let cipher = lock(&self.cipher);
                    let outbox = lock(&self.outbox);
                    resume::Snapshot {
                        v: resume::Snapshot::new_version(),
                        token: self.token.clone(),
                        session: cipher.pickle(),
                        outbox: outbox
                            .iter()
                            .map(|p| (p.envelope.clone(), p.report))
                            .collect(),
                        last_down_seq: self.last_down_seq.load(std::sync::atomic::Ordering::SeqCst),
                        opened: *self.opened.borrow(),
                        answered: state == ChatState::Answered,
                        questions: lock(&self.questions).clone(),
                        events: lock(&self.events).saved(),
                    }
                };
                match snapshot.to_bytes() {
                    Some(bytes) => vault.meta_put(&name, &bytes, resume::SNAPSHOT_TTL),
                    None => Err(Error::Internal("a chat state could not be encoded".into())),
                }
            }
        };
        if let Err(e) = saved {
            tracing::warn!(error = %e, "a chat's state was not saved for resuming");
        }
    }

    /// Reports an event the phone itself produced.
    fn emit(&self, event: ChatEvent) {
        let resume = self.journal.as_ref().is_some_and(|j| j.resume);
        lock(&self.events).push(event, resume);
    }

    /// Reports an event from the desk, recording its text in the journal;
    /// `saved` is the payload as the desk sent it (replayed after a restart).
    fn emit_from_desk(&self, event: ChatEvent, saved: Option<events::SavedEvent>) {
        if let (Some(journal), ChatEvent::Message { text, .. }) = (&self.journal, &event) {
            journal.record(false, text);
        }
        // Saved forms are kept only when the chat's state is saved.
        let saved = saved.filter(|_| self.journal.as_ref().is_some_and(|j| j.resume));
        lock(&self.events).push_saved(event, saved);
    }

    /// Handles one desk message: decrypt, parse, update state, report.
    fn receive(&self, ciphertext: &discret_protocol::relay::Ciphertext) {
        let plaintext = match lock(&self.cipher).decrypt(ciphertext) {
            Ok(p) => p,
            Err(e) => {
                tracing::warn!(reason = %e, "dropped a desk message");
                return;
            }
        };
        let payload =
            match discret_protocol::decode::<DeskPayload>(&plaintext, limits::MAX_CIPHERTEXT_BYTES)
            {
                Ok(p) => p,
                Err(e) => {
                    tracing::warn!(reason = %e, "dropped an unreadable desk message");
                    return;
                }
            };
        let event = ChatEvent::from(payload);
        // What the desk sent, kept to replay after a restart (not typing).
        let saved = match event {
            ChatEvent::OperatorTyping => None,
            _ => std::str::from_utf8(&plaintext)
                .ok()
                .map(|json| events::SavedEvent::Desk(json.to_owned())),
        };
        match &event {
            ChatEvent::OperatorJoined { .. } => {
                let mut state = lock(&self.state);
                if *state == ChatState::Waiting {
                    *state = ChatState::Answered;
                }
            }
            ChatEvent::TapQuestion { id, choices, .. } => {
                lock(&self.questions).insert(id.clone(), choices.clone());
            }
            ChatEvent::ClosedByOperator { .. } => {
                *lock(&self.state) = ChatState::ClosedByOperator;
            }
            _ => {}
        }
        self.emit_from_desk(event, saved);
    }
}

/// The id a payload carries, reused as its idempotency key.
fn payload_id(payload: &CitizenPayload) -> Option<String> {
    match payload {
        CitizenPayload::Text { id, .. }
        | CitizenPayload::Location { id, .. }
        | CitizenPayload::TapAnswer { id, .. }
        | CitizenPayload::Close { id, .. }
        | CitizenPayload::LeftAbruptly { id, .. }
        | CitizenPayload::DutyAlert { id, .. }
        | CitizenPayload::PreComplaint { id, .. } => Some(id.clone()),
        CitizenPayload::Open { .. } | CitizenPayload::Read { .. } => None,
    }
}

fn validate_text(text: &str) -> Result<&str> {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return Err(Error::InvalidInput {
            field: "text",
            reason: "is empty".into(),
        });
    }
    let count = trimmed.chars().count();
    if count > limits::MAX_MESSAGE_CHARS {
        return Err(Error::InvalidInput {
            field: "text",
            reason: format!(
                "has {count} characters; a message holds at most {}",
                limits::MAX_MESSAGE_CHARS
            ),
        });
    }
    if trimmed
        .chars()
        .any(|c| c.is_control() && c != '\n' && c != '\t')
    {
        return Err(Error::InvalidInput {
            field: "text",
            reason: "contains control characters".into(),
        });
    }
    Ok(trimmed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_limits_are_checked_before_anything_is_sent() {
        assert!(validate_text("  ").is_err());
        assert!(validate_text(&"é".repeat(limits::MAX_MESSAGE_CHARS)).is_ok());
        let err = validate_text(&"é".repeat(limits::MAX_MESSAGE_CHARS + 1)).unwrap_err();
        assert!(err.to_string().contains("4001 characters"), "{err}");
        assert!(!err.to_string().contains('é'));
        assert!(validate_text("a\u{0}b").is_err());
        assert_eq!(validate_text(" line\nnext ").unwrap(), "line\nnext");
    }
}
