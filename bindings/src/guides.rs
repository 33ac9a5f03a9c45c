//! Practical guides (offline, searchable) and the minors' space.

use discret_core::guides::{self, Audience};

use crate::app::App;
use crate::types::EmergencyNumber;

#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum GuideAudience {
    Everyone,
    Minors,
}

#[derive(Debug, Clone, uniffi::Record)]
pub struct Guide {
    pub id: String,
    pub language: String,
    pub audience: GuideAudience,
    pub title: String,
    pub body: String,
    pub numbers: Vec<String>,
}

#[derive(Debug, Clone, uniffi::Record)]
pub struct GuideHit {
    pub guide: Guide,
    pub score: u32,
}

#[derive(Debug, Clone, uniffi::Record)]
pub struct MinorsSpace {
    pub title: String,
    pub anonymity_notice: String,
    pub numbers: Vec<EmergencyNumber>,
    pub guides: Vec<Guide>,
}

fn to_core(a: GuideAudience) -> Audience {
    match a {
        GuideAudience::Everyone => Audience::Everyone,
        GuideAudience::Minors => Audience::Minors,
    }
}

fn guide(g: guides::Guide) -> Guide {
    Guide {
        id: g.id,
        language: g.language,
        audience: match g.audience {
            Audience::Everyone => GuideAudience::Everyone,
            Audience::Minors => GuideAudience::Minors,
        },
        title: g.title,
        body: g.body,
        numbers: g.numbers,
    }
}

/// The guides for `audience` in `language` (French, else English).
#[uniffi::export]
pub fn list_guides(language: String, audience: GuideAudience) -> Vec<Guide> {
    guides::list_guides(&language, to_core(audience))
        .into_iter()
        .map(guide)
        .collect()
}

#[uniffi::export]
pub fn get_guide(id: String, language: String) -> Option<Guide> {
    guides::guide(&id, &language).map(guide)
}

/// Accent- and case-insensitive search, best first; `audience` `None`
/// searches every guide.
#[uniffi::export]
pub fn search_guides(
    query: String,
    language: String,
    audience: Option<GuideAudience>,
) -> Vec<GuideHit> {
    guides::search_guides(&query, &language, audience.map(to_core))
        .into_iter()
        .map(|h| GuideHit {
            guide: guide(h.guide),
            score: h.score,
        })
        .collect()
}

#[uniffi::export]
impl App {
    /// The minors' space in the device's languages.
    pub fn minors_space(&self) -> MinorsSpace {
        let space = guides::minors_space(self.core().localizer());
        MinorsSpace {
            title: space.title,
            anonymity_notice: space.anonymity_notice,
            numbers: space.numbers.into_iter().map(Into::into).collect(),
            guides: space.guides.into_iter().map(guide).collect(),
        }
    }

    /// Opens or leaves the minors' space: its chats are flagged `minor`.
    pub fn set_minor_mode(&self, on: bool) {
        self.core().set_minor_mode(on);
    }

    pub fn minor_mode(&self) -> bool {
        self.core().minor_mode()
    }
}
