//! Anonymous reports across the boundary: the report form, the outcome of
//! a submission (receipt, or queued), the queue, and the metadata removal
//! the shell may call to preview a photo. Conversions only.

use discret_core::reports as core;

use crate::app::App;
use crate::error::ApiError;
use crate::runtime::run;

/// What is being reported.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum ReportCategory {
    DrugDealing,
    UrbanRodeo,
    AnimalAbuse,
    Vandalism,
    SuspiciousBehaviour,
    Other,
}

impl From<ReportCategory> for core::ReportCategory {
    fn from(c: ReportCategory) -> Self {
        match c {
            ReportCategory::DrugDealing => core::ReportCategory::DrugDealing,
            ReportCategory::UrbanRodeo => core::ReportCategory::UrbanRodeo,
            ReportCategory::AnimalAbuse => core::ReportCategory::AnimalAbuse,
            ReportCategory::Vandalism => core::ReportCategory::Vandalism,
            ReportCategory::SuspiciousBehaviour => core::ReportCategory::SuspiciousBehaviour,
            ReportCategory::Other => core::ReportCategory::Other,
        }
    }
}

impl From<core::ReportCategory> for ReportCategory {
    fn from(c: core::ReportCategory) -> Self {
        match c {
            core::ReportCategory::DrugDealing => ReportCategory::DrugDealing,
            core::ReportCategory::UrbanRodeo => ReportCategory::UrbanRodeo,
            core::ReportCategory::AnimalAbuse => ReportCategory::AnimalAbuse,
            core::ReportCategory::Vandalism => ReportCategory::Vandalism,
            core::ReportCategory::SuspiciousBehaviour => ReportCategory::SuspiciousBehaviour,
            core::ReportCategory::Other => ReportCategory::Other,
        }
    }
}

/// Where it happened; `coarsen` rounds it to a ~1 km grid cell first.
#[derive(Clone, Copy, uniffi::Record)]
pub struct ReportLocation {
    pub latitude: f64,
    pub longitude: f64,
    #[uniffi(default = true)]
    pub coarsen: bool,
}

impl std::fmt::Debug for ReportLocation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ReportLocation").finish_non_exhaustive()
    }
}

/// An anonymous report. Photos: JPEG, PNG or WebP (HEIC: convert to JPEG
/// first), at most 3 of 2 MiB each; their metadata is removed.
#[derive(Clone, uniffi::Record)]
pub struct Report {
    pub category: ReportCategory,
    /// When it happened, milliseconds since the Unix epoch.
    pub occurred_at_ms: i64,
    #[uniffi(default = None)]
    pub place: Option<ReportLocation>,
    #[uniffi(default = "")]
    pub text: String,
    #[uniffi(default)]
    pub photos: Vec<Vec<u8>>,
}

impl std::fmt::Debug for Report {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Report")
            .field("category", &self.category)
            .field("photos", &self.photos.len())
            .finish_non_exhaustive()
    }
}

impl From<Report> for core::Report {
    fn from(r: Report) -> Self {
        core::Report {
            category: r.category.into(),
            occurred_at_ms: r.occurred_at_ms,
            place: r.place.map(|p| core::ReportLocation {
                latitude: p.latitude,
                longitude: p.longitude,
                coarsen: p.coarsen,
            }),
            text: r.text,
            photos: r.photos,
        }
    }
}

/// A report the platform accepted.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ReportReceipt {
    /// The random id the report was queued under (not a device id).
    pub client_id: String,
    /// The code to quote to the police (10 characters).
    pub receipt: String,
    pub category: ReportCategory,
    pub sent_at_ms: i64,
}

impl From<core::ReportReceipt> for ReportReceipt {
    fn from(r: core::ReportReceipt) -> Self {
        ReportReceipt {
            client_id: r.client_id,
            receipt: r.receipt,
            category: r.category.into(),
            sent_at_ms: r.sent_at_ms,
        }
    }
}

/// A report waiting for the network.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct PendingReport {
    pub client_id: String,
    pub category: ReportCategory,
    pub queued_at_ms: i64,
    pub attempts: u32,
}

impl From<core::PendingReport> for PendingReport {
    fn from(p: core::PendingReport) -> Self {
        PendingReport {
            client_id: p.client_id,
            category: p.category.into(),
            queued_at_ms: p.queued_at_ms,
            attempts: p.attempts,
        }
    }
}

/// What `submit_report` did.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Enum)]
pub enum SubmitOutcome {
    /// Accepted by the platform.
    Sent { receipt: ReportReceipt },
    /// The platform cannot be reached now: queued, retried in the
    /// background and by `retry_reports`.
    Queued { pending: PendingReport },
}

impl From<core::SubmitOutcome> for SubmitOutcome {
    fn from(o: core::SubmitOutcome) -> Self {
        match o {
            core::SubmitOutcome::Sent(r) => SubmitOutcome::Sent { receipt: r.into() },
            core::SubmitOutcome::Queued(p) => SubmitOutcome::Queued { pending: p.into() },
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum PhotoFormat {
    Jpeg,
    Png,
    Webp,
}

/// A photo with its metadata removed.
#[derive(Clone, uniffi::Record)]
pub struct StrippedPhoto {
    pub format: PhotoFormat,
    pub bytes: Vec<u8>,
}

impl std::fmt::Debug for StrippedPhoto {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "StrippedPhoto({:?}, {} bytes)",
            self.format,
            self.bytes.len()
        )
    }
}

/// Removes EXIF (GPS, make, model, maker notes), XMP, IPTC, ICC and text
/// blocks from a JPEG, PNG or WebP photo, pixels untouched: what a report
/// will send. `ApiError.InvalidInput` for HEIC (convert to JPEG first),
/// unknown formats, damaged or oversized photos.
#[uniffi::export]
pub fn strip_photo_metadata(photo: Vec<u8>) -> Result<StrippedPhoto, ApiError> {
    let stripped = core::strip_metadata(&photo).map_err(|e| {
        ApiError::from(discret_core::Error::InvalidInput {
            field: "photo",
            reason: e.to_string(),
        })
    })?;
    Ok(StrippedPhoto {
        format: match stripped.format {
            core::PhotoFormat::Jpeg => PhotoFormat::Jpeg,
            core::PhotoFormat::Png => PhotoFormat::Png,
            core::PhotoFormat::Webp => PhotoFormat::Webp,
        },
        bytes: stripped.bytes,
    })
}

/// The centre of the ~1 km grid cell holding a point: what a coarsened
/// report location sends (for the shell to show).
#[uniffi::export]
pub fn coarsen_location(latitude: f64, longitude: f64) -> ReportLocation {
    let (latitude, longitude) = core::coarsen(latitude, longitude);
    ReportLocation {
        latitude,
        longitude,
        coarsen: true,
    }
}

#[uniffi::export]
impl App {
    /// Checks the report (`ApiError.InvalidInput` names the field), strips
    /// its photos' metadata, seals it to the desk and sends it, or queues
    /// it when the platform cannot be reached.
    pub async fn submit_report(&self, report: Report) -> Result<SubmitOutcome, ApiError> {
        let core = self.core.clone();
        let report: core::Report = report.into();
        run(async move { core.submit_report(&report).await })
            .await
            .map(Into::into)
    }

    /// Reports waiting for the network, oldest first.
    pub fn pending_reports(&self) -> Result<Vec<PendingReport>, ApiError> {
        Ok(self
            .core
            .pending_reports()?
            .into_iter()
            .map(Into::into)
            .collect())
    }

    /// Sends the queued reports now; returns the receipts of those sent.
    /// `ApiError.Network` when the platform is still unreachable.
    pub async fn retry_reports(&self) -> Result<Vec<ReportReceipt>, ApiError> {
        let core = self.core.clone();
        run(async move { core.retry_reports().await })
            .await
            .map(|r| r.into_iter().map(Into::into).collect())
    }

    /// Receipts of the reports sent in the last 7 days.
    pub fn sent_reports(&self) -> Result<Vec<ReportReceipt>, ApiError> {
        Ok(self
            .core
            .sent_reports()?
            .into_iter()
            .map(Into::into)
            .collect())
    }

    /// Forgets the kept receipts.
    pub fn forget_sent_reports(&self) -> Result<(), ApiError> {
        Ok(self.core.forget_sent_reports()?)
    }
}
