//! The addresses of the widget's pages for a view: the standalone and embed
//! pages with the view's parameters ([`embed_url`], [`standalone_url`]), and
//! the view pages a content system is given to paste, one per simple view
//! ([`slug`], [`views`], [`paste_page`]), with their oEmbed responses
//! ([`response_file`]). The files are named by [`Locale::file_name`].

use super::filter::{Show, Sort};
use super::parameters::{write, Part};
use super::{display::Theme, embed::EmbedOptions, query, UrlState};
use crate::i18n::Locale;
use crate::model::Analysis;

/// The folder of the view pages and their responses.
pub const VIEW_DIR: &str = "view";

/// The address of the embed page for `state`, beside the page at `page_url`
/// (its query and fragment dropped).
pub fn embed_url(page_url: &str, state: &UrlState, locale: Locale) -> String {
    view_url(page_url, "embed", state, locale)
}

/// The address of the standalone page for `state`, beside the page at
/// `page_url`: where a reader in a frame gets what the frame cannot give.
pub fn standalone_url(page_url: &str, state: &UrlState, locale: Locale) -> String {
    view_url(page_url, "index", state, locale)
}

/// The address of the page `stem` in the folder of `page_url`, showing the
/// view of `state` (not what it has open) in `locale`.
fn view_url(page_url: &str, stem: &str, state: &UrlState, locale: Locale) -> String {
    let options = EmbedOptions { lang: locale, ..EmbedOptions::default() };
    let q = query::encode(&write(state, &options, &[Part::View, Part::Embed]));
    let mut url = beside(page_url, &Locale::En.file_name(stem, "html"));
    if !q.is_empty() {
        url.push('?');
        url.push_str(&q);
    }
    url
}

/// The address of `file` in the folder of the page at `page_url`; with no
/// page address (the build's prerender), `file` relative to the page.
pub(crate) fn beside(page_url: &str, file: &str) -> String {
    let base = page_url.split(['?', '#']).next().unwrap_or(page_url);
    match base.rsplit_once('/') {
        Some((dir, _)) => [dir, "/", file].concat(),
        None if base.is_empty() => file.to_owned(),
        None => [base, "/", file].concat(),
    }
}

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
            years.map(move |year| UrlState::narrowed(group.iter().cloned().collect(), year.into_iter().collect()))
        })
        .collect()
}

/// The page an editor pastes for `state` (relative to the widget's folder),
/// if the view has one: the standalone page for the default view, else its
/// view page.
pub fn paste_page(state: &UrlState, locale: Locale) -> Option<String> {
    Some(view_file(&slug(state)?, "index", "html", locale))
}

/// The oEmbed response of a view's (or the default view's) pages, relative
/// to the widget's folder.
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::link::display::Open;

    fn state(categories: &[&str], meetings: &[u16]) -> UrlState {
        UrlState::narrowed(categories.iter().map(|c| (*c).to_owned()).collect(), meetings.to_vec())
    }

    #[test]
    fn a_view_address_carries_the_view_and_language_but_not_what_is_open() {
        let mut s = state(&["security"], &[]);
        s.filter.query = "a&b".into();
        s.open = Some(Open::Article("x".into()));
        let url = embed_url("https://news.example/graphics/summit/index.html?q=old#top", &s, Locale::En);
        assert_eq!(url, "https://news.example/graphics/summit/embed.html?cat=security&q=a%26b");
        assert_eq!(
            standalone_url("https://news.example/g/index.ko.html", &s, Locale::Ko),
            "https://news.example/g/index.html?cat=security&q=a%26b&lang=ko"
        );
        assert_eq!(embed_url("http://h/", &UrlState::default(), Locale::En), "http://h/embed.html");
        assert_eq!(embed_url("", &UrlState::default(), Locale::En), "embed.html", "the prerender's relative address");
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

    #[cfg(feature = "parse")]
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
}
