//! discret-core: the engine of a silent police chat app. Pure Rust, no FFI
//! types: the `discret-ffi` crate exposes it to Kotlin, Swift and Python.
//!
//! Start with [`App`]: it validates an [`AppConfig`], answers the emergency
//! numbers and the language list, checks the platform against the pinned
//! desk key, reports connectivity, and opens end-to-end encrypted [`Chat`]s.

pub mod app;
pub mod chat;
pub mod config;
pub mod connectivity;
pub mod crypto;
pub mod duty;
pub mod emergency;
pub mod error;
pub mod guides;
pub mod i18n;
pub mod languages;
pub mod net;
pub mod places;
pub mod platform_url;
pub mod precomplaint;
pub mod reports;
pub mod subscription;
pub mod vault;
pub mod wipe_alloc;

pub use app::{App, PlatformStatus};
pub use chat::{
    Chat, ChatEvent, ChatListener, ChatRequest, ChatState, LocationFix, LocationSource,
    OriginalText,
};
pub use config::AppConfig;
pub use connectivity::{Connectivity, ConnectivityListener};
pub use duty::{DutyAlertKind, DutyProfile, DutyProfileError};
pub use emergency::sms::{compose_sms_114, Sms114, Sms114Request};
pub use emergency::{call_guidance, emergency_numbers, CallAdvice, EmergencyNumber};
pub use error::{Error, Result};
pub use languages::{supported_languages, Language, TextDirection};
pub use places::{locate, LocationAssessment, Places};
pub use reports::{
    PendingReport, Report, ReportCategory, ReportLocation, ReportReceipt, SubmitOutcome,
};
pub use subscription::Subscription;
pub use vault::{
    DuressListener, KeyStore, KeyStoreError, LockState, StoredMessage, Vault, VaultMode,
    VaultOpening,
};

use std::sync::{Arc, Mutex, MutexGuard};

/// `bytes` random bytes from the OS-seeded CSPRNG, as lowercase hex.
pub(crate) fn random_hex(bytes: usize) -> String {
    let mut buf = zeroize::Zeroizing::new(vec![0u8; bytes]);
    rand::fill(&mut buf[..]);
    buf.iter().map(|b| format!("{b:02x}")).collect()
}

/// Locks a mutex even if a panicking thread poisoned it.
pub(crate) fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// Keeps open chats (for quick exit), forgetting closed ones; the caller
/// holds the registry's lock.
pub(crate) fn chat_registry_push(chats: &mut Vec<Arc<Chat>>, chat: Arc<Chat>) {
    chats.retain(|c| !matches!(c.state(), ChatState::Closed | ChatState::ClosedByOperator));
    chats.push(chat);
}
