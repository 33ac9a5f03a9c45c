//! UI text through the bindings: messages in the negotiated locales, the
//! locale chain, and the list of locales with their review status.

use std::collections::HashMap;

use discret_core::i18n::{self, Arg, ReviewStatus as CoreStatus};

use crate::app::App;
use crate::types::TextDirection;

/// A message argument; numbers select plural forms.
#[derive(Debug, Clone, uniffi::Enum)]
pub enum MessageArg {
    Text { value: String },
    Number { value: f64 },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum ReviewStatus {
    Reviewed,
    NeedsNativeReview,
}

#[derive(Debug, Clone, uniffi::Record)]
pub struct LocaleInfo {
    pub tag: String,
    pub status: ReviewStatus,
    pub direction: TextDirection,
    pub full_ui: bool,
}

/// A formatted message and the locale it came from.
#[derive(Debug, Clone, uniffi::Record)]
pub struct LocalizedText {
    pub text: String,
    pub locale: String,
}

#[uniffi::export]
impl App {
    /// The message `id` in the best of the device's languages that has it
    /// (then English, then French); `None` for an unknown id.
    pub fn localize(&self, id: String, args: HashMap<String, MessageArg>) -> Option<LocalizedText> {
        let args = args
            .into_iter()
            .map(|(name, value)| {
                let value = match value {
                    MessageArg::Text { value } => Arg::Text(value),
                    MessageArg::Number { value } => Arg::Number(value),
                };
                (name, value)
            })
            .collect();
        self.core()
            .localizer()
            .format(&id, &args)
            .map(|(text, locale)| LocalizedText {
                text,
                locale: locale.to_string(),
            })
    }

    /// The negotiated locales, best first.
    pub fn locale_chain(&self) -> Vec<String> {
        self.core()
            .localizer()
            .chain()
            .iter()
            .map(|t| t.to_string())
            .collect()
    }

    /// Every locale with its review status and text direction.
    pub fn available_locales(&self) -> Vec<LocaleInfo> {
        i18n::available_locales()
            .into_iter()
            .map(|l| LocaleInfo {
                tag: l.tag,
                status: match l.status {
                    CoreStatus::Reviewed => ReviewStatus::Reviewed,
                    CoreStatus::NeedsNativeReview => ReviewStatus::NeedsNativeReview,
                },
                direction: match l.direction {
                    discret_core::TextDirection::LeftToRight => TextDirection::LeftToRight,
                    discret_core::TextDirection::RightToLeft => TextDirection::RightToLeft,
                },
                full_ui: l.full_ui,
            })
            .collect()
    }
}
