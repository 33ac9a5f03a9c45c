//! What a chat reports to its subscribers, and the log that replays past
//! events to a late subscriber so none is missed (in resume mode, also
//! after the app was killed: the log is saved with the chat's state).

use discret_protocol::payload::DeskPayload;
pub use discret_protocol::payload::OriginalText;
use serde::{Deserialize, Serialize};
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

/// An event as saved with the chat's state: what the desk sent (its
/// decrypted payload, turned into the event again when the chat resumes,
/// so no second encoding of every event is needed) or what the phone
/// itself reported.
#[derive(Serialize, Deserialize)]
pub(crate) enum SavedEvent {
    Desk(String),
    Sent(String),
    SendFailed(String, String),
}

impl SavedEvent {
    /// The saved form of an event the phone itself reports.
    fn local(event: &ChatEvent) -> Option<SavedEvent> {
        match event {
            ChatEvent::Sent { message_id } => Some(SavedEvent::Sent(message_id.clone())),
            ChatEvent::SendFailed { message_id, reason } => {
                Some(SavedEvent::SendFailed(message_id.clone(), reason.clone()))
            }
            _ => None,
        }
    }

    /// The event again; `None` for a desk payload that no longer parses.
    fn event(&self) -> Option<ChatEvent> {
        Some(match self {
            SavedEvent::Desk(json) => ChatEvent::from(
                discret_protocol::decode::<DeskPayload>(
                    json.as_bytes(),
                    discret_protocol::limits::MAX_CIPHERTEXT_BYTES,
                )
                .ok()?,
            ),
            SavedEvent::Sent(message_id) => ChatEvent::Sent {
                message_id: message_id.clone(),
            },
            SavedEvent::SendFailed(message_id, reason) => ChatEvent::SendFailed {
                message_id: message_id.clone(),
                reason: reason.clone(),
            },
        })
    }

    fn scrub(&mut self) {
        match self {
            SavedEvent::Desk(text) | SavedEvent::Sent(text) => text.zeroize(),
            SavedEvent::SendFailed(id, reason) => {
                id.zeroize();
                reason.zeroize();
            }
        }
    }
}

/// Events saved with a chat's state (sealed in the vault); their texts are
/// overwritten when dropped.
#[derive(Default, Serialize, Deserialize)]
#[serde(transparent)]
pub(crate) struct SavedEvents(pub(crate) Vec<SavedEvent>);

impl Drop for SavedEvents {
    fn drop(&mut self) {
        self.0.iter_mut().for_each(SavedEvent::scrub);
    }
}

/// History plus live fan-out, behind one lock so a subscriber gets every
/// event exactly once; and the saved form of the events worth replaying
/// after a restart.
pub(crate) struct EventLog {
    history: Vec<ChatEvent>,
    saved: SavedEvents,
    live: broadcast::Sender<ChatEvent>,
}

impl EventLog {
    pub(crate) fn new() -> Self {
        EventLog {
            history: Vec::new(),
            saved: SavedEvents::default(),
            live: broadcast::channel(1024).0,
        }
    }

    /// An event the phone itself reports; its saved form is kept when the
    /// chat's state is saved (resume mode).
    pub(crate) fn push(&mut self, event: ChatEvent, save: bool) {
        let saved = SavedEvent::local(&event).filter(|_| save);
        self.push_saved(event, saved);
    }

    /// An event and, when worth replaying after a restart, its saved form.
    pub(crate) fn push_saved(&mut self, event: ChatEvent, saved: Option<SavedEvent>) {
        if let Some(saved) = saved {
            self.saved.0.push(saved);
            if self.saved.0.len() > super::resume::MAX_SAVED_EVENTS {
                self.saved.0.remove(0).scrub();
            }
        }
        self.history.push(event.clone());
        let _ = self.live.send(event);
    }

    pub(crate) fn subscribe(&self) -> (Vec<ChatEvent>, broadcast::Receiver<ChatEvent>) {
        (self.history.clone(), self.live.subscribe())
    }

    /// A log that starts with the events saved before the app was killed.
    pub(crate) fn with_history(saved: &mut SavedEvents) -> Self {
        let mut log = EventLog::new();
        log.saved.0 = std::mem::take(&mut saved.0);
        log.history = log.saved.0.iter().filter_map(SavedEvent::event).collect();
        log
    }

    /// A copy of the saved forms (the last [`super::resume::MAX_SAVED_EVENTS`]
    /// events worth replaying).
    pub(crate) fn saved(&self) -> SavedEvents {
        SavedEvents(
            self.saved
                .0
                .iter()
                .map(|e| match e {
                    SavedEvent::Desk(json) => SavedEvent::Desk(json.clone()),
                    SavedEvent::Sent(id) => SavedEvent::Sent(id.clone()),
                    SavedEvent::SendFailed(id, reason) => {
                        SavedEvent::SendFailed(id.clone(), reason.clone())
                    }
                })
                .collect(),
        )
    }

    /// Zeroizes and forgets the history.
    pub(crate) fn wipe(&mut self) {
        self.history.iter_mut().for_each(ChatEvent::scrub);
        self.history.clear();
        self.saved.0.iter_mut().for_each(SavedEvent::scrub);
        self.saved.0.clear();
    }
}

impl Drop for EventLog {
    fn drop(&mut self) {
        self.wipe();
    }
}

#[cfg(test)]
mod saved_tests {
    use super::*;

    #[test]
    fn the_last_events_are_saved_and_come_back_in_order() {
        let mut log = EventLog::new();
        let max = crate::chat::resume::MAX_SAVED_EVENTS;
        for n in 0..max + 3 {
            log.push(
                ChatEvent::Sent {
                    message_id: format!("m{n}"),
                },
                true,
            );
        }
        log.push(
            ChatEvent::Sent {
                message_id: "not saved".into(),
            },
            false,
        );
        log.push_saved(
            ChatEvent::OperatorTyping,
            None, // not worth replaying
        );
        let desk = r#"{"type":"operator_joined","v":1,"operator":"Opératrice 12"}"#;
        let joined = ChatEvent::OperatorJoined {
            operator: "Opératrice 12".into(),
        };
        log.push_saved(joined.clone(), Some(SavedEvent::Desk(desk.into())));
        let saved = log.saved();
        assert_eq!(saved.0.len(), max, "capped");
        let json = serde_json::to_vec(&saved).unwrap();
        let mut back: SavedEvents = serde_json::from_slice(&json).unwrap();
        let resumed = EventLog::with_history(&mut back);
        let (history, _) = resumed.subscribe();
        assert_eq!(history.len(), max);
        assert_eq!(
            history[0],
            ChatEvent::Sent {
                message_id: "m4".into()
            },
            "the oldest went"
        );
        assert_eq!(history[max - 1], joined);
        assert!(back.0.is_empty(), "moved into the log");
    }
}
