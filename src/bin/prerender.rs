//! The build's prerender step: writes the default view, rendered natively by
//! the same Yew components, into the built page, once per locale
//! (`index.html`, `index.ko.html`), so it paints before the WebAssembly
//! loads (and reads without JavaScript), in the reader's language from the
//! first frame. Each page's `lang`, title and description are its locale's;
//! its evidence links to the locale's articles page (`articles.html`,
//! `articles.ko.html`: every article as plain HTML, no scripts but the
//! page's own). Each locale's embed page (`embed.html`,
//! `embed.ko.html`) is its page marked `data-embed`. Each locale's social
//! card (`social-card.png`, `social-card.ko.png`) and the standalone pages'
//! Open Graph and Twitter tags come from [`summit_matrix::social`]; with no
//! `SUMMIT_PUBLIC_URL` (the address `dist/` is published at) the pages carry
//! no image tags and no oEmbed files, and the step says so. With it, each
//! locale's pages name their oEmbed response, and the responses and the
//! view pages are written (`oembed`, over [`summit_core::export::oembed`]).
//! Usage: `prerender DIST_DIR` (run by scripts/finish-build.mjs), with the
//! built `index.html` as the template.

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use std::process::ExitCode;
    use summit_core::i18n::Locale;
    let Some(dir) = std::env::args().nth(1) else {
        eprintln!("usage: prerender DIST_DIR");
        return ExitCode::FAILURE;
    };
    let runtime = match tokio::runtime::Builder::new_current_thread().build() {
        Ok(r) => r,
        Err(e) => {
            eprintln!("prerender: {e}");
            return ExitCode::FAILURE;
        }
    };
    let dir = std::path::Path::new(&dir);
    let public_url =
        std::env::var("SUMMIT_PUBLIC_URL").ok().filter(|u| u.starts_with("https://") || u.starts_with("http://"));
    if public_url.is_none() {
        println!(
            "prerender: SUMMIT_PUBLIC_URL is not set (or not an http(s) address), so the pages carry no og:image, \
             twitter:card or canonical link, and oEmbed is off (no discovery links, no responses, no view pages): \
             those addresses must be absolute"
        );
    }
    let public_url = public_url.map(|u| if u.ends_with('/') { u } else { u + "/" });
    let read = |name: &str| std::fs::read_to_string(dir.join(name)).map_err(|e| format!("{name}: {e}"));
    let write = |name: &str, text: &str| std::fs::write(dir.join(name), text).map_err(|e| format!("{name}: {e}"));
    for locale in Locale::ALL {
        let rendered = runtime.block_on(async {
            use summit_matrix::page;
            (page::prerender(locale, public_url.is_some()).await, page::prerender_articles(locale).await)
        });
        let written = (|| {
            let (widget, articles) = &rendered;
            // A page finished before (the build run again) keeps no share tags of its own.
            let template = summit_matrix::social::without_share_tags(&read("index.html")?);
            let manifest = manifest(&read("manifest.webmanifest")?, locale)?;
            write(&locale.file_name("manifest", "webmanifest"), &manifest)?;
            let page = localized(&template, locale, "page_title", "page_description")?;
            let page = inject(&page, "<main id=\"summit-matrix\" class=\"sm-root\">", "</main>", widget)?;
            let page = page.replace(
                "href=\"manifest.webmanifest\"",
                &["href=\"", &locale.file_name("manifest", "webmanifest"), "\""].concat(),
            );
            let page = match public_url.as_deref() {
                Some(base) => oembed::write(dir, locale, base)?
                    .map_or(page.clone(), |link| page.replacen("</title>", &["</title>\n  ", &link].concat(), 1)),
                None => page,
            };
            write(&locale.file_name("embed", "html"), &embed_page(&page, locale)?)?;
            let tags = summit_matrix::social::share_tags(locale, public_url.as_deref());
            let page = page.replacen("</title>", &["</title>\n  ", &tags].concat(), 1);
            write(&locale.file_name("index", "html"), &page)?;
            let card = summit_matrix::social::card_png(locale)?;
            std::fs::write(dir.join(summit_matrix::social::card_name(locale)), card).map_err(|e| e.to_string())?;
            let reading = localized(&template, locale, "articles_title", "page_description")?;
            let reading = inject(&reading, "<main id=\"summit-matrix\" class=\"sm-root\">", "</main>", articles)?;
            write(&locale.file_name("articles", "html"), &without_widget(&reading))
        })();
        match written {
            Ok(()) => println!(
                "prerender: {}, {} ({} bytes of widget), {} ({} bytes)",
                locale.file_name("index", "html"),
                locale.file_name("embed", "html"),
                rendered.0.len(),
                locale.file_name("articles", "html"),
                rendered.1.len()
            ),
            Err(e) => {
                eprintln!("prerender: {} ({}): {e}", dir.display(), locale.code());
                return ExitCode::FAILURE;
            }
        }
    }
    ExitCode::SUCCESS
}

/// The template with the page's language, and its title and description
/// from the locale's strings `title` and `description`.
#[cfg(not(target_arch = "wasm32"))]
fn localized(
    template: &str,
    locale: summit_core::i18n::Locale,
    title: &str,
    description: &str,
) -> Result<String, String> {
    let texts = summit_matrix::data::texts(locale);
    use summit_matrix::page::attribute;
    let html = inject(template, "<html lang=\"", "\"", locale.code())?;
    let html = inject(&html, "<title>", "</title>", &attribute(texts.page(title)))?;
    inject(&html, "<meta name=\"description\" content=\"", "\"", &attribute(texts.page(description)))
}

/// The web app manifest for `locale`, from the built one (written first
/// for English, so it is its own template): the locale's name, description
/// and language, starting at its own page (a separate app id, so the
/// languages install side by side).
#[cfg(not(target_arch = "wasm32"))]
fn manifest(template: &str, locale: summit_core::i18n::Locale) -> Result<String, String> {
    use summit_core::i18n::Locale;
    let texts = summit_matrix::data::texts(locale);
    let json = |text: &str| text.replace('\\', "\\\\").replace('"', "\\\"");
    let start = if locale == Locale::En { "./".to_owned() } else { ["./index.", locale.code(), ".html"].concat() };
    let fields = [
        ("id", start.as_str()),
        ("start_url", start.as_str()),
        ("name", texts.page("app_name")),
        ("short_name", texts.page("app_short_name")),
        ("description", texts.page("app_description")),
        ("lang", locale.code()),
    ];
    fields.iter().try_fold(template.to_owned(), |out, (field, value)| {
        inject(&out, &["\"", field, "\": \""].concat(), "\"", &json(value))
    })
}

/// The page news sites frame: the same widget, marked `data-embed`
/// (transparent, tighter), with its own title, and not indexed.
#[cfg(not(target_arch = "wasm32"))]
fn embed_page(page: &str, locale: summit_core::i18n::Locale) -> Result<String, String> {
    let texts = summit_matrix::data::texts(locale);
    let lang = ["<html lang=\"", locale.code(), "\""].concat();
    let html = page.replacen(&lang, &[lang.as_str(), " data-embed"].concat(), 1);
    let title = summit_matrix::page::attribute(texts.page("embed_page_title"));
    let html = inject(&html, "<title>", "</title>", &title)?;
    Ok(html.replacen("</title>", "</title>\n  <meta name=\"robots\" content=\"noindex\">", 1))
}

/// A page without the widget's scripts: no loader (Trunk's inline one, or
/// the boot script once the build has finished the page) and no preloads of
/// the WebAssembly and its bindings.
#[cfg(not(target_arch = "wasm32"))]
fn without_widget(page: &str) -> String {
    let mut out = String::with_capacity(page.len());
    let mut rest = page;
    let unwanted = ["<script type=\"module\"", "<link rel=\"modulepreload\"", "<link rel=\"preload\""];
    while let Some(at) = unwanted.iter().filter_map(|tag| rest.find(tag)).min() {
        out.push_str(rest[..at].trim_end_matches([' ', '\t']));
        let end = if rest[at..].starts_with("<script") { "</script>" } else { ">" };
        rest = rest[at..].find(end).map_or("", |e| &rest[at + e + end.len()..]);
        rest = rest.strip_prefix('\n').unwrap_or(rest);
    }
    out.push_str(rest);
    out
}

/// Replaces what stands between `open` and the next `close` with `content`.
#[cfg(not(target_arch = "wasm32"))]
fn inject(html: &str, open: &str, close: &str, content: &str) -> Result<String, String> {
    let start = html.find(open).ok_or_else(|| ["no ", open, " in the page"].concat())? + open.len();
    let end = start + html[start..].find(close).ok_or_else(|| [open, " is never closed"].concat())?;
    Ok([&html[..start], content, &html[end..]].concat())
}

/// Paste the link: the oEmbed files of one locale (see [`summit_core::export::oembed`]).
#[cfg(not(target_arch = "wasm32"))]
mod oembed {
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
}
