//! A security agent's duty profile and preset silent alerts.

use std::sync::Arc;

use discret_core::duty as core_duty;

use crate::app::App;
use crate::chat::Chat;
use crate::error::ApiError;
use crate::runtime::run;
use crate::types::LocationFix;

#[derive(Clone, uniffi::Record)]
pub struct DutyProfile {
    pub site_name: String,
    pub address: String,
    pub lat: f64,
    pub lon: f64,
    pub notes: Option<String>,
    pub employer: String,
    pub control_room_phone: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum DutyAlertKind {
    ArmedIndividual,
    Intrusion,
    Assault,
    /// Refusal of a lawful check (art. R.631-10 CSI).
    RefusedCheck,
    FireEvacuation,
}

impl From<DutyProfile> for core_duty::DutyProfile {
    fn from(p: DutyProfile) -> Self {
        core_duty::DutyProfile {
            site_name: p.site_name,
            address: p.address,
            lat: p.lat,
            lon: p.lon,
            notes: p.notes,
            employer: p.employer,
            control_room_phone: p.control_room_phone,
        }
    }
}

impl From<core_duty::DutyProfile> for DutyProfile {
    fn from(p: core_duty::DutyProfile) -> Self {
        DutyProfile {
            site_name: p.site_name,
            address: p.address,
            lat: p.lat,
            lon: p.lon,
            notes: p.notes,
            employer: p.employer,
            control_room_phone: p.control_room_phone,
        }
    }
}

impl From<DutyAlertKind> for core_duty::DutyAlertKind {
    fn from(k: DutyAlertKind) -> Self {
        match k {
            DutyAlertKind::ArmedIndividual => core_duty::DutyAlertKind::ArmedIndividual,
            DutyAlertKind::Intrusion => core_duty::DutyAlertKind::Intrusion,
            DutyAlertKind::Assault => core_duty::DutyAlertKind::Assault,
            DutyAlertKind::RefusedCheck => core_duty::DutyAlertKind::RefusedCheck,
            DutyAlertKind::FireEvacuation => core_duty::DutyAlertKind::FireEvacuation,
        }
    }
}

#[uniffi::export]
impl App {
    /// Validates and stores the duty profile in the vault.
    pub fn set_duty_profile(&self, profile: DutyProfile) -> Result<(), ApiError> {
        Ok(self.core().set_duty_profile(profile.into())?)
    }

    pub fn duty_profile(&self) -> Result<Option<DutyProfile>, ApiError> {
        Ok(self.core().duty_profile()?.map(Into::into))
    }

    pub fn clear_duty_profile(&self) -> Result<(), ApiError> {
        Ok(self.core().clear_duty_profile()?)
    }

    /// One tap: a silent chat flagged `agent_alert` with the structured
    /// alert (site, location used, competent force).
    pub async fn send_duty_alert(
        &self,
        kind: DutyAlertKind,
        live_fix: Option<LocationFix>,
    ) -> Result<Arc<Chat>, ApiError> {
        let core = self.core.clone();
        let chat = run(async move {
            core.send_duty_alert(kind.into(), live_fix.map(Into::into))
                .await
        })
        .await?;
        Ok(Arc::new(Chat::new(chat)))
    }

    /// An agent opens a chat for a person in front of them
    /// (`acting_for_victim`).
    pub async fn start_chat_for_victim(
        &self,
        category: String,
        live_fix: Option<LocationFix>,
    ) -> Result<Arc<Chat>, ApiError> {
        let core = self.core.clone();
        let chat = run(async move {
            core.start_chat_for_victim(&category, live_fix.map(Into::into))
                .await
        })
        .await?;
        Ok(Arc::new(Chat::new(chat)))
    }
}
