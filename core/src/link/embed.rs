//! Embedding in news sites: the embed's own options ([`EmbedOptions`],
//! read and written by [`super::parameters`]) and the snippets a newsroom
//! pastes ([`snippets`]). The height messages hosts listen for are sent by
//! static/head.js and static/frame.js, which run without the WebAssembly
//! too, from the same `id` and `childId`.

use super::address::{beside, embed_url, paste_page, standalone_url};
use super::UrlState;
use crate::escape::attribute;
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

/// What a newsroom pastes: the script embed (auto-height) and a plain
/// iframe for CMSs that strip scripts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Snippets {
    pub script: String,
    pub iframe: String,
    /// The standalone page of the same view ([`standalone_url`]).
    pub page: String,
    /// The link an editor pastes into a content system for this view, if
    /// the view has one ([`paste_page`]).
    pub paste: Option<String>,
}

/// The snippets for `state` seen from the page at `page_url`; `title` names
/// the iframe for screen readers.
pub fn snippets(page_url: &str, state: &UrlState, locale: Locale, title: &str) -> Snippets {
    let embed_url = &embed_url(page_url, state, locale);
    let (src, title) = (attribute(embed_url), attribute(title));
    let dir = embed_url.split('?').next().unwrap_or(embed_url).rsplit_once('/').map_or("", |(d, _)| d);
    Snippets {
        script: ["<div data-summit-matrix data-src=\"", &src, "\"></div>\n<script src=\"", dir, "/embed.js\" async></script>"]
            .concat(),
        iframe: [
            "<iframe src=\"",
            &src,
            "\" title=\"",
            &title,
            "\" width=\"100%\" height=\"1600\" style=\"border:0;width:100%\" scrolling=\"yes\" loading=\"lazy\"></iframe>",
        ]
        .concat(),
        page: standalone_url(page_url, state, locale),
        paste: paste_page(state, locale).map(|file| beside(page_url, &file)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::link::filter::Filter;

    #[test]
    fn snippets_carry_the_current_view_escaped() {
        let state = UrlState {
            filter: Filter { categories: vec!["security".into()], query: "a&b".into(), ..Filter::default() },
            ..UrlState::default()
        };
        let s = snippets(
            "https://news.example/graphics/summit/index.html?q=old#top",
            &state,
            Locale::En,
            "A \"quoted\" title",
        );
        assert_eq!(s.page, "https://news.example/graphics/summit/index.html?cat=security&q=a%26b");
        assert_eq!(s.paste, None, "a search has no page to paste");
        assert!(s
            .script
            .contains("data-src=\"https://news.example/graphics/summit/embed.html?cat=security&amp;q=a%26b\""));
        assert!(s.script.contains("src=\"https://news.example/graphics/summit/embed.js\""));
        assert!(s
            .iframe
            .starts_with("<iframe src=\"https://news.example/graphics/summit/embed.html?cat=security&amp;q=a%26b\""));
        assert!(s.iframe.contains("title=\"A &quot;quoted&quot; title\"") && s.iframe.contains("scrolling=\"yes\""));
        let plain = UrlState {
            filter: Filter { categories: vec!["security".into()], ..Filter::default() },
            ..UrlState::default()
        };
        let pasted = snippets("https://news.example/g/index.ko.html?cat=security", &plain, Locale::Ko, "T").paste;
        assert_eq!(pasted.as_deref(), Some("https://news.example/g/view/security.ko.html"));
    }

    #[test]
    fn an_id_is_short_and_needs_no_escaping() {
        assert!(EmbedOptions::valid_id("story-7_b"));
        for bad in ["", "<script>", "a b", "a\"b", &"x".repeat(MAX_ID_CHARS + 1)] {
            assert!(!EmbedOptions::valid_id(bad), "{bad}");
        }
    }
}
