//! Text rules both ends apply to what people type.

/// Removes the bidi control characters that can reorder a message's
/// display (embeddings, overrides, isolates, marks), so chat text cannot
/// make "17" look like "71" or hide a part of itself. Applied to every text
/// received from the other side.
pub fn sanitize_bidi(text: &str) -> String {
    text.chars()
        .filter(|c| !matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}'))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bidi_overrides_are_removed() {
        let spoof = "appelez le \u{202E}71\u{202C} maintenant";
        assert_eq!(sanitize_bidi(spoof), "appelez le 71 maintenant");
        assert_eq!(sanitize_bidi("مرحبا 17"), "مرحبا 17");
    }
}
