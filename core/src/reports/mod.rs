//! Anonymous reports (drug dealing spot, urban rodeo, animal abuse…): the
//! citizen says what, when, optionally where (exact or coarsened to a
//! ~1 km cell), writes a text and attaches photos; the report is sealed to
//! the desk with HPKE so the relay cannot read it, queued until sent, and
//! answered with a receipt code. No device identifier travels: the only id
//! is a random client id per report, used by the relay to store it once.
//!
//! - `form.rs`: the report, its checks, location coarsening, the payload.
//! - `photos.rs`: metadata removal from JPEG, PNG and WebP (HEIC refused).
//! - `queue.rs`: the offline queue in the vault, sending, retries, receipts.
//! - `app_api.rs`: the app's entry points.

mod app_api;
pub mod form;
pub mod photos;
pub mod queue;

pub use discret_protocol::report::{PhotoFormat, ReportCategory};
pub use form::{coarsen, Report, ReportLocation};
pub use photos::{strip_metadata, PhotoError, StrippedPhoto};
pub use queue::{PendingReport, ReportQueue, ReportReceipt, SubmitOutcome};
