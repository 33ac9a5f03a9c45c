//! The app's entry points for anonymous reports.

use super::{PendingReport, Report, ReportReceipt, SubmitOutcome};
use crate::app::App;
use crate::error::Result;

impl App {
    /// Checks a report, removes its photos' metadata, seals it to the desk
    /// and sends it; when the platform cannot be reached it is queued and
    /// retried in the background ([`SubmitOutcome::Queued`]).
    pub async fn submit_report(&self, report: &Report) -> Result<SubmitOutcome> {
        self.reports.submit(report).await
    }

    /// Reports waiting to be sent, oldest first; refused while the app is
    /// locked.
    pub fn pending_reports(&self) -> Result<Vec<PendingReport>> {
        self.refuse_if_locked()?;
        self.reports.pending()
    }

    /// Sends the queued reports now (the shell's "retry" button); returns
    /// the receipts of those sent.
    pub async fn retry_reports(&self) -> Result<Vec<ReportReceipt>> {
        self.reports.retry().await
    }

    /// Receipts of the reports sent in the last 7 days (also those the
    /// background retry sent while the app was elsewhere).
    /// Refused while the app is locked.
    pub fn sent_reports(&self) -> Result<Vec<ReportReceipt>> {
        self.refuse_if_locked()?;
        self.reports.delivered()
    }

    /// Forgets the kept receipts.
    pub fn forget_sent_reports(&self) -> Result<()> {
        self.reports.forget_delivered()
    }
}
