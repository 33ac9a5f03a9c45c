//! The embedded Fluent resources, one per locale. `build.rs` concatenates
//! the FTL files of `core/i18n` (in tag order) and deflates them into one
//! blob: the library carries about 100 KB instead of 338 KB of text. The
//! blob is inflated once, on the first use of any locale (about a
//! millisecond), and kept for the life of the process; a test checks the
//! list of locales against the directories.

use std::sync::LazyLock;

pub(crate) static PACKED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/translations.deflate"));
// `INDEX`: (tag, start, length) in the inflated text; `UNPACKED_LEN`.
include!(concat!(env!("OUT_DIR"), "/translations.rs"));

/// (BCP 47 tag, FTL source), sorted by tag.
pub(crate) static RESOURCES: LazyLock<Vec<(&'static str, &'static str)>> = LazyLock::new(unpack);

/// The inflated FTL text of every locale, `None` if the blob is damaged.
pub(crate) fn unpack_text() -> Option<String> {
    let Ok(bytes) = miniz_oxide::inflate::decompress_to_vec_with_limit(PACKED, UNPACKED_LEN) else {
        tracing::error!("the embedded translations are damaged");
        return None;
    };
    let Ok(text) = String::from_utf8(bytes) else {
        tracing::error!("the embedded translations are not UTF-8");
        return None;
    };
    Some(text)
}

/// Inflates the blob. It was written by our own build step, so it cannot
/// fail unless the library file is damaged; then no locale is available
/// and every message falls back to its id, rather than a crash.
fn unpack() -> Vec<(&'static str, &'static str)> {
    let Some(text) = unpack_text() else {
        return Vec::new();
    };
    let text: &'static str = Box::leak(text.into_boxed_str());
    INDEX
        .iter()
        .filter_map(|&(tag, start, len)| Some((tag, text.get(start..start.checked_add(len)?)?)))
        .collect()
}
