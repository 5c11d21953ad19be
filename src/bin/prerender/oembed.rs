//! Paste the link: one locale's oEmbed files (see
//! [`summit_core::export::oembed`]): the default view's response, and every
//! view page with its own.

use std::path::Path;
use summit_core::export::oembed::{self, Response, ViewPage};
use summit_core::i18n::Locale;
use summit_core::link::address;
use summit_matrix::{data, social};

/// Writes the default view's response and every view page with its
/// response, under `base` (absolute, ending in `/`); returns the
/// discovery link the locale's own pages carry.
pub fn write(dir: &Path, locale: Locale, base: &str) -> Result<Option<String>, String> {
    let t = data::texts(locale);
    let a = data::analysis();
    let card = social::card_name(locale);
    let title = t.page("page_title");
    std::fs::create_dir_all(dir.join(address::VIEW_DIR)).map_err(|e| e.to_string())?;
    let mut own = None;
    let views = address::views(a);
    for state in &views {
        let Some(slug) = address::slug(state) else { continue };
        let label = view_label(state, locale);
        let view_title = if label.is_empty() { title.to_owned() } else { [title, " — ", &label].concat() };
        let response = oembed::response(
            &Response {
                base,
                title: &view_title,
                provider: t.page("app_short_name"),
                frame_title: t.ui("embed_frame_title"),
                card: &card,
                card_size: (summit_core::view::CARD.0 as u32, summit_core::view::CARD.1 as u32),
            },
            state,
            locale,
        );
        let file = address::response_file(&slug, locale);
        std::fs::write(dir.join(&file), response).map_err(|e| format!("{file}: {e}"))?;
        let link = oembed::discovery_link(base, &file, &view_title);
        if slug.is_empty() {
            own = Some(link);
            continue;
        }
        let target = address::standalone_url(&[base, "index.html"].concat(), state, locale);
        let page = oembed::view_page(&ViewPage {
            lang: locale.code(),
            title: &view_title,
            description: t.page("page_description"),
            target: &target,
            discovery: &link,
            card: &[base, &card].concat(),
            open: t.page("view_open"),
        });
        let name = address::paste_page(state, locale).ok_or("a view without a page")?;
        std::fs::write(dir.join(&name), page).map_err(|e| format!("{name}: {e}"))?;
    }
    println!("prerender: oEmbed for {base} ({}): {} views", locale.code(), views.len());
    Ok(own)
}

/// What a view shows, in words: its group of areas and its meeting's year.
fn view_label(state: &summit_core::link::UrlState, locale: Locale) -> String {
    let t = data::texts(locale);
    let a = data::analysis();
    let groups = a.categories.iter().filter(|c| state.filter.categories.iter().any(|id| **id == *c.id));
    let years = state.filter.meetings.iter().map(u16::to_string);
    groups.map(|c| t.category(c).to_owned()).chain(years).collect::<Vec<_>>().join(", ")
}
