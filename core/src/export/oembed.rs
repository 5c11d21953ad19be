//! Paste the link: the widget as an oEmbed provider made of static files.
//! A content system (WordPress by discovery; others through a registry or
//! a card service) reads the `<link rel="alternate"
//! type="application/json+oembed">` of the page whose address an editor
//! pasted, fetches that JSON and places its `html`, an iframe of the embed
//! page. A static host answers every address of a page with the same file,
//! whatever its query, so each view that can be pasted has its own small
//! page ([`view_page`], `view/<slug>.html`): one group of areas, one
//! meeting, or both, in each language (named by [`crate::link::address`]). The build
//! (`src/bin/prerender.rs`) writes them, and the responses, only when it
//! knows the public address (`SUMMIT_PUBLIC_URL`): oEmbed addresses must be
//! absolute.

use crate::escape::attribute;
#[cfg(feature = "parse")]
use crate::{
    i18n::Locale,
    link::address::{embed_url, standalone_url},
    link::UrlState,
};

/// The height the response proposes for the frame before the frame says its
/// own (hosts that listen for height messages resize it).
pub const HEIGHT: u32 = 1600;
/// The width the response proposes; the frame itself is as wide as its column.
pub const WIDTH: u32 = 720;

/// What a response says, in the page's language.
pub struct Response<'a> {
    /// The widget's folder, absolute, ending in `/`.
    pub base: &'a str,
    pub title: &'a str,
    pub provider: &'a str,
    pub frame_title: &'a str,
    /// The social card's file name.
    pub card: &'a str,
    pub card_size: (u32, u32),
}

#[cfg(feature = "parse")]
/// The oEmbed response (JSON, `rich`) for `state` in `locale`: an iframe of
/// the embed page of that view, as wide as its column, after a link to the
/// standalone page in a `<blockquote>` (what a system that drops the frame
/// still shows; WordPress shows it until the frame first speaks, and loads
/// its embed script only for an embed that has one).
pub fn response(r: &Response, state: &UrlState, locale: Locale) -> String {
    let src = embed_url(&[r.base, "index.html"].concat(), state, locale);
    let page = standalone_url(&[r.base, "index.html"].concat(), state, locale);
    let html = [
        "<blockquote><a href=\"",
        &attribute(&page),
        "\">",
        &attribute(r.title),
        "</a></blockquote>",
        "<iframe src=\"",
        &attribute(&src),
        "\" title=\"",
        &attribute(r.frame_title),
        "\" width=\"100%\" height=\"",
        &HEIGHT.to_string(),
        "\" frameborder=\"0\" class=\"summit-matrix\"></iframe>",
    ]
    .concat();
    let json = serde_json::json!({
        "type": "rich",
        "version": "1.0",
        "title": r.title,
        "provider_name": r.provider,
        "provider_url": r.base,
        "width": WIDTH,
        "height": HEIGHT,
        "html": html,
        "thumbnail_url": ([r.base, r.card].concat()),
        "thumbnail_width": (r.card_size.0),
        "thumbnail_height": (r.card_size.1),
    });
    json.to_string()
}

/// The discovery link a page carries in its head, to the response `file`
/// (relative to the widget's folder `base`).
pub fn discovery_link(base: &str, file: &str, title: &str) -> String {
    [
        "<link rel=\"alternate\" type=\"application/json+oembed\" href=\"",
        &attribute(&[base, file].concat()),
        "\" title=\"",
        &attribute(title),
        "\">",
    ]
    .concat()
}

/// A view's own page (`view/<slug>.html`): what a content system reads when
/// an editor pastes it (title, description, the discovery link, the card),
/// and for a reader who follows it, the widget at that view: a link, and
/// the browser's own redirect (no script). Canonical: the standalone page
/// at that view.
pub struct ViewPage<'a> {
    pub lang: &'a str,
    pub title: &'a str,
    pub description: &'a str,
    /// The standalone page at the view, absolute.
    pub target: &'a str,
    /// The discovery link ([`discovery_link`]).
    pub discovery: &'a str,
    /// The social card, absolute.
    pub card: &'a str,
    /// The link's text.
    pub open: &'a str,
}

/// The HTML of a view page.
pub fn view_page(p: &ViewPage) -> String {
    let (target, title, description) = (attribute(p.target), attribute(p.title), attribute(p.description));
    [
        "<!doctype html>\n<html lang=\"",
        p.lang,
        "\">\n<head>\n  <meta charset=\"utf-8\">\n  <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n  <title>",
        &title,
        "</title>\n  <meta name=\"description\" content=\"",
        &description,
        "\">\n  <meta name=\"robots\" content=\"noindex\">\n  <link rel=\"canonical\" href=\"",
        &target,
        "\">\n  ",
        p.discovery,
        "\n  <meta property=\"og:type\" content=\"website\">\n  <meta property=\"og:title\" content=\"",
        &title,
        "\">\n  <meta property=\"og:description\" content=\"",
        &description,
        "\">\n  <meta property=\"og:url\" content=\"",
        &target,
        "\">\n  <meta property=\"og:image\" content=\"",
        &attribute(p.card),
        "\">\n  <meta name=\"twitter:card\" content=\"summary_large_image\">\n  <meta http-equiv=\"refresh\" content=\"0; url=",
        &target,
        "\">\n</head>\n<body>\n  <p><a href=\"",
        &target,
        "\">",
        &attribute(p.open),
        "</a></p>\n</body>\n</html>\n",
    ]
    .concat()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn state(categories: &[&str], meetings: &[u16]) -> UrlState {
        UrlState::narrowed(categories.iter().map(|c| (*c).to_owned()).collect(), meetings.to_vec())
    }

    #[cfg(feature = "parse")]
    #[test]
    fn the_response_embeds_that_view_with_absolute_addresses() {
        let r = Response {
            base: "https://news.example/g/",
            title: "A \"title\"",
            provider: "Summit Matrix",
            frame_title: "Frame",
            card: "social-card.ko.png",
            card_size: (1200, 630),
        };
        let json: serde_json::Value =
            serde_json::from_str(&response(&r, &state(&["security"], &[2023]), Locale::Ko)).expect("JSON");
        assert_eq!(json["type"], "rich");
        assert_eq!(json["version"], "1.0");
        assert_eq!(json["title"], "A \"title\"");
        assert_eq!(json["thumbnail_url"], "https://news.example/g/social-card.ko.png");
        let html = json["html"].as_str().expect("html");
        assert!(html.starts_with(
            "<blockquote><a href=\"https://news.example/g/index.html?cat=security&amp;meet=2023&amp;lang=ko\">"
        ));
        assert!(
            html.contains("<iframe src=\"https://news.example/g/embed.html?cat=security&amp;meet=2023&amp;lang=ko\""),
            "{html}"
        );
        assert!(html.contains("width=\"100%\"") && !html.contains("<script"), "{html}");
    }

    #[test]
    fn a_view_page_sends_readers_to_the_view_and_systems_to_its_response() {
        let link = discovery_link("https://n.example/g/", "view/health.json", "Health & <more>");
        let page = view_page(&ViewPage {
            lang: "en",
            title: "T",
            description: "D",
            target: "https://n.example/g/index.html?cat=health",
            discovery: &link,
            card: "https://n.example/g/social-card.png",
            open: "Open",
        });
        assert!(page.contains("href=\"https://n.example/g/view/health.json\" title=\"Health &amp; &lt;more&gt;\""));
        assert!(page.contains("content=\"0; url=https://n.example/g/index.html?cat=health\""));
        assert!(!page.contains("<script"));
    }
}
