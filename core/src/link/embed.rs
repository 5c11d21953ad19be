//! The embed's own options ([`EmbedOptions`], read and written by
//! [`super::parameters`]). The height messages hosts listen for are sent by
//! static/head.js and static/frame.js, which run without the WebAssembly
//! too, from the same `id` and `childId`.

use crate::i18n::Locale;

/// The longest message id.
pub const MAX_ID_CHARS: usize = 64;

/// The message id when the embed names none.
pub const DEFAULT_ID: &str = "summit-matrix";

/// How an embed presents itself and identifies its height messages.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EmbedOptions {
    /// Matrix and filters only: no header or footer.
    pub plain: bool,
    /// Id of the height messages (static/head.js sends them: our own and Datawrapper's).
    pub id: String,
    /// pym.js child id; pym messages are sent only when it is given.
    pub child_id: Option<String>,
    /// The locale the link asks for with `lang`.
    pub lang: Locale,
}

impl Default for EmbedOptions {
    fn default() -> Self {
        Self { plain: false, id: DEFAULT_ID.to_owned(), child_id: None, lang: Locale::En }
    }
}

impl EmbedOptions {
    /// Whether `id` can name height messages: 1 to [`MAX_ID_CHARS`]
    /// letters, digits, `-` and `_` (nothing a host must escape).
    pub fn valid_id(id: &str) -> bool {
        (1..=MAX_ID_CHARS).contains(&id.len()) && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_id_is_short_and_needs_no_escaping() {
        assert!(EmbedOptions::valid_id("story-7_b"));
        for bad in ["", "<script>", "a b", "a\"b", &"x".repeat(MAX_ID_CHARS + 1)] {
            assert!(!EmbedOptions::valid_id(bad), "{bad}");
        }
    }
}
