//! What a chat reports to its subscribers, and the log that replays past
//! events to a late subscriber so none is missed.

use discret_protocol::payload::DeskPayload;
pub use discret_protocol::payload::OriginalText;
use tokio::sync::broadcast;
use zeroize::Zeroize;

/// Everything a chat screen shows.
#[derive(Debug, Clone, PartialEq)]
pub enum ChatEvent {
    /// The relay holds the citizen's message (one tick).
    Sent {
        message_id: String,
    },
    /// A message could not be sent and never will be (refused by the relay).
    SendFailed {
        message_id: String,
        reason: String,
    },
    /// Waiting for an operator.
    Queued {
        position: u32,
        estimated_wait_secs: u32,
    },
    /// The desk's automatic acknowledgement.
    AutoAcknowledged {
        text: String,
    },
    OperatorJoined {
        operator: String,
    },
    /// A message from the operator: `text` in `language`; when the desk
    /// translated it, `original` is what the operator wrote.
    Message {
        id: String,
        text: String,
        language: Option<String>,
        original: Option<OriginalText>,
    },
    OperatorTyping,
    /// The desk holds the citizen's message (two ticks).
    Delivered {
        message_id: String,
    },
    /// An operator read the citizen's message.
    Read {
        message_id: String,
    },
    /// A question the citizen answers with one tap.
    TapQuestion {
        id: String,
        prompt: String,
        choices: Vec<String>,
    },
    PatrolDispatched {
        note: Option<String>,
    },
    ClosedByOperator {
        reason: String,
    },
    /// The relay no longer knows this chat: closed a day ago or more, or
    /// silent for 30 days, it was forgotten there. Start a new chat to
    /// write again.
    Expired,
    /// The desk registered the pre-complaint sent as `message_id`.
    PreComplaintReceipt {
        message_id: String,
        receipt: String,
    },
}

/// Receives a chat's events, in order, on a background thread.
pub trait ChatListener: Send + Sync {
    fn on_event(&self, event: ChatEvent);
}

impl From<DeskPayload> for ChatEvent {
    /// Every text from the desk is cleaned of bidi controls on the way in.
    fn from(payload: DeskPayload) -> Self {
        let clean = |text: String| discret_protocol::text::sanitize_bidi(&text);
        match payload {
            DeskPayload::Queued {
                position,
                estimated_wait_secs,
                ..
            } => ChatEvent::Queued {
                position,
                estimated_wait_secs,
            },
            DeskPayload::AutoAck { text, .. } => ChatEvent::AutoAcknowledged { text: clean(text) },
            DeskPayload::OperatorJoined { operator, .. } => ChatEvent::OperatorJoined {
                operator: clean(operator),
            },
            DeskPayload::Text {
                id,
                text,
                language,
                original,
                ..
            } => ChatEvent::Message {
                id,
                text: clean(text),
                language,
                original: original.map(|o| OriginalText {
                    text: clean(o.text),
                    language: o.language,
                }),
            },
            DeskPayload::Typing { .. } => ChatEvent::OperatorTyping,
            DeskPayload::Delivered { message_id, .. } => ChatEvent::Delivered { message_id },
            DeskPayload::Read { message_id, .. } => ChatEvent::Read { message_id },
            DeskPayload::TapQuestion {
                id,
                prompt,
                choices,
                ..
            } => ChatEvent::TapQuestion {
                id,
                prompt: clean(prompt),
                choices: choices.into_iter().map(clean).collect(),
            },
            DeskPayload::PatrolDispatched { note, .. } => ChatEvent::PatrolDispatched {
                note: note.map(clean),
            },
            DeskPayload::Closed { reason, .. } => ChatEvent::ClosedByOperator {
                reason: clean(reason),
            },
            DeskPayload::PreComplaintReceipt {
                message_id,
                receipt,
                ..
            } => ChatEvent::PreComplaintReceipt {
                message_id,
                receipt: clean(receipt),
            },
        }
    }
}

impl ChatEvent {
    /// Overwrites every text the event holds.
    fn scrub(&mut self) {
        match self {
            ChatEvent::Message { text, original, .. } => {
                text.zeroize();
                if let Some(original) = original {
                    original.text.zeroize();
                }
            }
            ChatEvent::AutoAcknowledged { text } => text.zeroize(),
            ChatEvent::TapQuestion {
                prompt, choices, ..
            } => {
                prompt.zeroize();
                choices.iter_mut().for_each(|c| c.zeroize());
            }
            ChatEvent::PatrolDispatched { note: Some(note) } => note.zeroize(),
            ChatEvent::ClosedByOperator { reason } => reason.zeroize(),
            _ => {}
        }
    }
}

/// History plus live fan-out, behind one lock so a subscriber gets every
/// event exactly once.
pub(crate) struct EventLog {
    history: Vec<ChatEvent>,
    live: broadcast::Sender<ChatEvent>,
}

impl EventLog {
    pub(crate) fn new() -> Self {
        EventLog {
            history: Vec::new(),
            live: broadcast::channel(1024).0,
        }
    }

    pub(crate) fn push(&mut self, event: ChatEvent) {
        self.history.push(event.clone());
        let _ = self.live.send(event);
    }

    pub(crate) fn subscribe(&self) -> (Vec<ChatEvent>, broadcast::Receiver<ChatEvent>) {
        (self.history.clone(), self.live.subscribe())
    }

    /// Zeroizes and forgets the history.
    pub(crate) fn wipe(&mut self) {
        self.history.iter_mut().for_each(ChatEvent::scrub);
        self.history.clear();
    }
}

impl Drop for EventLog {
    fn drop(&mut self) {
        self.wipe();
    }
}
