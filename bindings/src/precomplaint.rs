//! The online pre-complaint: validation into localisable issues, and
//! submission to the desk (end-to-end encrypted chat).

use std::sync::Arc;

use discret_core::precomplaint as core_pc;

use crate::app::App;
use crate::chat::Chat;
use crate::error::ApiError;
use crate::i18n::MessageArg;
use crate::runtime::run;

#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum Offence {
    Theft,
    VehicleTheft,
    TheftFromVehicle,
    Burglary,
    Damage,
    Fraud,
    OtherProperty,
}

#[derive(Clone, uniffi::Record)]
pub struct PreComplaintItem {
    pub label: String,
    pub value_cents: Option<u64>,
    pub serial: Option<String>,
}

#[derive(Clone, uniffi::Record)]
pub struct PreComplaintForm {
    pub surname: String,
    pub given_names: String,
    pub birth_date: String,
    pub address: String,
    pub postcode: String,
    pub city: String,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub offence: Option<Offence>,
    pub facts_date: String,
    pub facts_place: String,
    pub description: String,
    pub items: Vec<PreComplaintItem>,
    pub station_id: Option<u32>,
}

/// One problem: format `message_id` with `args` through `App.localize`.
#[derive(Debug, Clone, uniffi::Record)]
pub struct FormIssue {
    pub field: String,
    pub message_id: String,
    pub args: std::collections::HashMap<String, MessageArg>,
}

impl From<PreComplaintForm> for core_pc::PreComplaintForm {
    fn from(f: PreComplaintForm) -> Self {
        core_pc::PreComplaintForm {
            surname: f.surname,
            given_names: f.given_names,
            birth_date: f.birth_date,
            address: f.address,
            postcode: f.postcode,
            city: f.city,
            email: f.email,
            phone: f.phone,
            offence: f.offence.map(|o| match o {
                Offence::Theft => core_pc::Offence::Theft,
                Offence::VehicleTheft => core_pc::Offence::VehicleTheft,
                Offence::TheftFromVehicle => core_pc::Offence::TheftFromVehicle,
                Offence::Burglary => core_pc::Offence::Burglary,
                Offence::Damage => core_pc::Offence::Damage,
                Offence::Fraud => core_pc::Offence::Fraud,
                Offence::OtherProperty => core_pc::Offence::OtherProperty,
            }),
            facts_date: f.facts_date,
            facts_place: f.facts_place,
            description: f.description,
            items: f
                .items
                .into_iter()
                .map(|i| core_pc::Item {
                    label: i.label,
                    value_cents: i.value_cents,
                    serial: i.serial,
                })
                .collect(),
            station_id: f.station_id,
        }
    }
}

/// Every problem of the form (empty when it can be sent).
#[uniffi::export]
pub fn validate_pre_complaint(form: PreComplaintForm) -> Vec<FormIssue> {
    core_pc::PreComplaintForm::from(form)
        .issues()
        .into_iter()
        .map(|i| FormIssue {
            field: i.field,
            message_id: i.message_id,
            args: i
                .args
                .into_iter()
                .map(|(k, value)| (k, MessageArg::Text { value }))
                .collect(),
        })
        .collect()
}

#[uniffi::export]
impl App {
    /// Sends a valid form to the desk; the receipt number arrives as
    /// `ChatEvent.PreComplaintReceipt`. An invalid form is
    /// `ApiError.InvalidInput` naming the message ids.
    pub async fn submit_pre_complaint(
        &self,
        form: PreComplaintForm,
    ) -> Result<Arc<Chat>, ApiError> {
        let core = self.core.clone();
        let form: core_pc::PreComplaintForm = form.into();
        let chat = run(async move { core.submit_pre_complaint(&form).await }).await?;
        Ok(Arc::new(Chat::new(chat)))
    }
}
