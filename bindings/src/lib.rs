//! discret-ffi: the only FFI crate. It converts types and errors between
//! discret-core and uniffi and owns the tokio runtime; it holds no logic.
//!
//! File map:
//! - `runtime.rs`: the multi-thread tokio runtime every network task runs on.
//! - `error.rs`: `ApiError`, the small public error enum, logged as it crosses.
//! - `types.rs`: records and enums mirrored from the core, with conversions.
//! - `app.rs`: the `App` object (numbers, languages, platform check,
//!   connectivity listener, chats, quick exit).
//! - `chat.rs`: the `Chat` object and its listener.
//! - `i18n.rs`: UI text (localize, locale chain, locales and statuses).
//! - `reports.rs`: anonymous reports (form, outcome, queue, photo metadata).
//! - `task_handle.rs`: `TaskHandle`, a subscription that stops when dropped.
//! - `emergency.rs`: when to call instead of writing, the SMS to 114.
//! - `duty.rs`: a security agent's duty profile and silent alerts.
//! - `precomplaint.rs`: the online pre-complaint (validation, submission).
//! - `guides.rs`: practical guides, search, the minors' space.
//! - `vault.rs`: resume mode's `KeyStore`, the app lock (PIN, duress PIN,
//!   unlock) and stored messages.

mod app;
mod chat;
mod duty;
mod emergency;
mod error;
mod guides;
mod i18n;
mod places;
mod precomplaint;
mod reports;
mod runtime;
mod task_handle;
mod types;
mod vault;

pub use app::{App, ConnectivityListener};
pub use chat::{Chat, ChatListener};
pub use duty::{DutyAlertKind, DutyProfile};
pub use emergency::{CallAdvice, HelpChannel, Sms114, Sms114Request, SmsCount, SmsEncoding};
pub use error::ApiError;
pub use guides::{Guide, GuideAudience, GuideHit, MinorsSpace};
pub use i18n::{LocaleInfo, LocalizedText, MessageArg, ReviewStatus};
pub use precomplaint::{FormIssue, Offence, PreComplaintForm, PreComplaintItem};
pub use reports::{
    PendingReport, PhotoFormat, Report, ReportCategory, ReportLocation, ReportReceipt,
    StrippedPhoto, SubmitOutcome,
};
pub use task_handle::TaskHandle;
pub use types::*;
pub use vault::{DuressListener, KeyStore, KeyStoreError, LockState, StoredMessage, VaultOpening};

uniffi::setup_scaffolding!("discret");

/// Every heap block the library frees is zeroed first, so message text and
/// keys do not linger in freed memory (see `discret_core::wipe_alloc`).
#[global_allocator]
static ALLOC: discret_core::wipe_alloc::WipeOnFree = discret_core::wipe_alloc::WipeOnFree;
