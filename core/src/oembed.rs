//! Paste the link: the widget as an oEmbed provider made of static files.
//! A content system (WordPress by discovery; others through a registry or
//! a card service) reads the `<link rel="alternate"
//! type="application/json+oembed">` of the page whose address an editor
//! pasted, fetches that JSON and places its `html`, an iframe of the embed
//! page. A static host answers every address of a page with the same file,
//! whatever its query, so each view that can be pasted has its own small
//! page ([`view_page`], `view/<slug>.html`): one group of areas, one
//! meeting, or both, in each language ([`views`], [`slug`]). The build
//! (`src/bin/prerender.rs`) writes them, and the responses, only when it
//! knows the public address (`SUMMIT_PUBLIC_URL`): oEmbed addresses must be
//! absolute.

use crate::escape::attribute;
use crate::filter::{Filter, Show, Sort, Theme, UrlState};
use crate::i18n::Locale;
use crate::model::Analysis;

/// The folder of the view pages and their responses.
pub const VIEW_DIR: &str = "view";

/// The height the response proposes for the frame before the frame says its
/// own (hosts that listen for height messages resize it).
pub const HEIGHT: u32 = 1600;
/// The width the response proposes; the frame itself is as wide as its column.
pub const WIDTH: u32 = 720;

/// The name of the view `state` has as a page of its own, if it has one:
/// `""` for the default view, else its group of areas and its meeting year
/// joined by `-` (`security`, `2023`, `security-2023`). A view with a
/// search, several groups or meetings, another order or theme has none.
pub fn slug(state: &UrlState) -> Option<String> {
    let f = &state.filter;
    let simple = f.query.is_empty()
        && f.show == Show::default()
        && f.sort == Sort::default()
        && state.theme == Theme::default()
        && f.categories.len() <= 1
        && f.meetings.len() <= 1;
    if !simple {
        return None;
    }
    // Written by hand, not joined and formatted: this runs in the browser, where every formatting path weighs.
    let mut slug = f.categories.first().cloned().unwrap_or_default();
    if let Some(&year) = f.meetings.first() {
        if !slug.is_empty() {
            slug.push('-');
        }
        crate::number::push_digits(&mut slug, year.into());
    }
    Some(slug)
}

/// Every view with a page of its own: the default, each group of areas,
/// each meeting, and each group at each meeting.
pub fn views(analysis: &Analysis) -> Vec<UrlState> {
    let groups = std::iter::once(None).chain(analysis.categories.iter().map(|c| Some(c.id.to_string())));
    groups
        .flat_map(|group| {
            let years = std::iter::once(None).chain(analysis.meetings.iter().map(|m| Some(m.year)));
            years.map(move |year| UrlState {
                filter: Filter {
                    categories: group.iter().cloned().collect(),
                    meetings: year.into_iter().collect(),
                    ..Filter::default()
                },
                ..UrlState::default()
            })
        })
        .collect()
}

/// The page an editor pastes for `state` (relative to the widget's folder),
/// if the view has one: the standalone page for the default view, else its
/// view page.
pub fn paste_page(state: &UrlState, locale: Locale) -> Option<String> {
    Some(view_file(&slug(state)?, "index", "html", locale))
}

/// The response of a view's (or the default view's) pages, relative to the widget's folder.
pub fn response_file(slug: &str, locale: Locale) -> String {
    view_file(slug, "oembed", "json", locale)
}

/// The file `ext` of the view `slug` (`view/<slug>`), or for the default
/// view (no slug) the file `default` beside the pages.
fn view_file(slug: &str, default: &str, ext: &str, locale: Locale) -> String {
    if slug.is_empty() {
        locale.file_name(default, ext)
    } else {
        locale.file_name(&[VIEW_DIR, "/", slug].concat(), ext)
    }
}

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
    let src = crate::embed::embed_url(&[r.base, "index.html"].concat(), state, locale);
    let page = crate::embed::standalone_url(&[r.base, "index.html"].concat(), state, locale);
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
        UrlState {
            filter: Filter {
                categories: categories.iter().map(|c| (*c).to_owned()).collect(),
                meetings: meetings.to_vec(),
                ..Filter::default()
            },
            ..UrlState::default()
        }
    }

    #[test]
    fn a_view_with_one_group_and_one_meeting_at_most_has_a_page() {
        assert_eq!(slug(&UrlState::default()).as_deref(), Some(""));
        assert_eq!(slug(&state(&["security"], &[])).as_deref(), Some("security"));
        assert_eq!(slug(&state(&[], &[2023])).as_deref(), Some("2023"));
        assert_eq!(slug(&state(&["security"], &[2023])).as_deref(), Some("security-2023"));
        assert_eq!(slug(&state(&["security", "health"], &[])), None);
        assert_eq!(slug(&state(&[], &[2022, 2023])), None);
        let mut searched = state(&["security"], &[]);
        searched.filter.query = "chips".into();
        assert_eq!(slug(&searched), None);
        let mut new_only = UrlState::default();
        new_only.filter.show = Show::New;
        assert_eq!(slug(&new_only), None);
        let dark = UrlState { theme: Theme::Dark, ..UrlState::default() };
        assert_eq!(slug(&dark), None);
    }

    #[test]
    fn every_view_page_is_named_once_and_the_widget_finds_it() {
        let a = crate::testing::seed();
        let all = views(a);
        assert_eq!(all.len(), (a.categories.len() + 1) * (a.meetings.len() + 1));
        let mut names: Vec<_> = all.iter().filter_map(|s| paste_page(s, Locale::Ko)).collect();
        assert_eq!(names.len(), all.len(), "every view has a page");
        assert_eq!(names[0], "index.ko.html");
        assert!(names.contains(&"view/security-2023.ko.html".to_owned()), "{names:?}");
        names.sort();
        names.dedup();
        assert_eq!(names.len(), all.len(), "no two views share a page");
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
