//! Resume mode: a chat that survives the OS killing the app. After every
//! change (a message queued, sent or received) the chat's state — its
//! token, the Olm session, the outbox (ciphertext only), the last message
//! taken, the open questions, the last events (replayed to the listeners
//! of the resumed chat) — is sealed into the vault (`meta` row
//! `chat:<label>`), which in resume mode is a file whose key the shell's
//! key store wraps. [`crate::App::resume_chats`] rebuilds the chats and
//! their links; a closed chat's state is deleted, and quick exit wipes
//! them all with the vault. Memory-only mode (the default) saves nothing.

use std::collections::HashMap;
use std::time::Duration;

use discret_protocol::relay::UpEnvelope;
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use super::events::SavedEvents;
use super::ChatState;

/// Events saved with a chat's state at most.
pub(crate) const MAX_SAVED_EVENTS: usize = 500;

/// Format of the saved state.
const SNAPSHOT_VERSION: u32 = 1;
/// A saved chat older than this is not resumed (the vault purges it).
pub(crate) const SNAPSHOT_TTL: Duration = Duration::from_secs(24 * 3600);
pub(crate) const PREFIX: &str = "chat:";

/// What a chat needs to carry on.
#[derive(Serialize, Deserialize)]
pub(crate) struct Snapshot {
    pub(crate) v: u32,
    pub(crate) token: Zeroizing<String>,
    pub(crate) session: vodozemac::olm::SessionPickle,
    /// Queued messages, already encrypted, with their "report sent" flag.
    pub(crate) outbox: Vec<(UpEnvelope, bool)>,
    pub(crate) last_down_seq: u64,
    pub(crate) opened: bool,
    pub(crate) answered: bool,
    pub(crate) questions: HashMap<String, Vec<String>>,
    /// The chat's last events (none in states saved before they were).
    #[serde(default)]
    pub(crate) events: SavedEvents,
}

impl Snapshot {
    pub(crate) fn new_version() -> u32 {
        SNAPSHOT_VERSION
    }

    pub(crate) fn state(&self) -> ChatState {
        if self.answered {
            ChatState::Answered
        } else {
            ChatState::Waiting
        }
    }

    /// The sealed form: JSON in a buffer zeroized on drop.
    pub(crate) fn to_bytes(&self) -> Option<Zeroizing<Vec<u8>>> {
        serde_json::to_vec(self).ok().map(Zeroizing::new)
    }

    /// `None` for a state from another format or damaged.
    pub(crate) fn from_bytes(bytes: &[u8]) -> Option<Snapshot> {
        let snapshot: Snapshot = serde_json::from_slice(bytes).ok()?;
        (snapshot.v == SNAPSHOT_VERSION
            && discret_protocol::relay::is_valid_chat_token(&snapshot.token))
        .then_some(snapshot)
    }
}

/// The vault's name for a chat's state.
pub(crate) fn meta_name(label: &str) -> String {
    format!("{PREFIX}{label}")
}

/// The label of a vault name made by [`meta_name`].
pub(crate) fn label_of(name: &str) -> Option<&str> {
    name.strip_prefix(PREFIX)
}
