//! What a newsroom pastes to embed a view ([`snippets`]): the script embed
//! (auto-height), a plain iframe for systems that strip scripts, the
//! standalone page's address, and the link to paste where a content system
//! reads oEmbed.

use super::address::{beside, embed_url, paste_page, standalone_url};
use super::UrlState;
use crate::escape::attribute;
use crate::i18n::Locale;

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
}
