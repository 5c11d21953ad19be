//! The build's prerender step: writes the default view, rendered natively by
//! the same Yew components, into the built page, once per locale
//! (`index.html`, `index.ko.html`), so it paints before the WebAssembly
//! loads (and reads without JavaScript), in the reader's language from the
//! first frame. The articles go into each page's `<noscript>`; each page's
//! `lang`, title and description are its locale's. Each locale's embed page
//! (`embed.html`, `embed.ko.html`) is its page marked `data-embed`.
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
    let template = match std::fs::read_to_string(dir.join("index.html")) {
        Ok(html) => html,
        Err(e) => {
            eprintln!("prerender: {}: {e}", dir.join("index.html").display());
            return ExitCode::FAILURE;
        }
    };
    for locale in Locale::ALL {
        let (widget, articles) = runtime.block_on(async {
            (summit_matrix::prerender(locale).await, summit_matrix::prerender_articles(locale).await)
        });
        let suffix = if locale == Locale::En { String::new() } else { format!(".{}", locale.code()) };
        let written = localized(&template, locale, &widget, &articles).and_then(|page| {
            let english = std::fs::read_to_string(dir.join("manifest.webmanifest")).map_err(|e| e.to_string())?;
            let manifest = manifest(&english, locale)?;
            std::fs::write(dir.join(format!("manifest{suffix}.webmanifest")), manifest).map_err(|e| e.to_string())?;
            let page = page.replace("href=\"manifest.webmanifest\"", &format!("href=\"manifest{suffix}.webmanifest\""));
            std::fs::write(dir.join(format!("index{suffix}.html")), &page).map_err(|e| e.to_string())?;
            std::fs::write(dir.join(format!("embed{suffix}.html")), embed_page(&page, locale)?)
                .map_err(|e| e.to_string())
        });
        match written {
            Ok(()) => println!(
                "prerender: index{suffix}.html, embed{suffix}.html ({} bytes of widget, {} of articles)",
                widget.len(),
                articles.len()
            ),
            Err(e) => {
                eprintln!("prerender: {} ({}): {e}", dir.display(), locale.code());
                return ExitCode::FAILURE;
            }
        }
    }
    ExitCode::SUCCESS
}

/// The template with the prerendered widget and articles, and the page's
/// language, title and description, in `locale`.
#[cfg(not(target_arch = "wasm32"))]
fn localized(
    template: &str,
    locale: summit_core::i18n::Locale,
    widget: &str,
    articles: &str,
) -> Result<String, String> {
    let texts = summit_matrix::data::texts(locale);
    let attribute = |text: &str| text.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;");
    let html = inject(template, "<main id=\"summit-matrix\" class=\"sm-root\">", "</main>", widget)?;
    let html = inject(&html, "<noscript>", "</noscript>", articles)?;
    let html = inject(&html, "<html lang=\"", "\"", locale.code())?;
    let html = inject(&html, "<title>", "</title>", &attribute(texts.ui("page_title")))?;
    inject(&html, "<meta name=\"description\" content=\"", "\"", &attribute(texts.ui("page_description")))
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
    let start = if locale == Locale::En { "./".to_owned() } else { format!("./index.{}.html", locale.code()) };
    let fields = [
        ("id", start.as_str()),
        ("start_url", start.as_str()),
        ("name", texts.ui("app_name")),
        ("short_name", texts.ui("app_short_name")),
        ("description", texts.ui("app_description")),
        ("lang", locale.code()),
    ];
    fields.iter().try_fold(template.to_owned(), |out, (field, value)| {
        inject(&out, &format!("\"{field}\": \""), "\"", &json(value))
    })
}

/// The page news sites frame: the same widget, marked `data-embed`
/// (transparent, tighter), with its own title, and not indexed.
#[cfg(not(target_arch = "wasm32"))]
fn embed_page(page: &str, locale: summit_core::i18n::Locale) -> Result<String, String> {
    let texts = summit_matrix::data::texts(locale);
    let lang = format!("<html lang=\"{}\"", locale.code());
    let html = page.replacen(&lang, &format!("{lang} data-embed"), 1);
    let title = texts.ui("embed_page_title").replace('&', "&amp;").replace('<', "&lt;");
    let html = inject(&html, "<title>", "</title>", &title)?;
    Ok(html.replacen("</title>", "</title>\n  <meta name=\"robots\" content=\"noindex\">", 1))
}

/// Replaces what stands between `open` and the next `close` with `content`.
#[cfg(not(target_arch = "wasm32"))]
fn inject(html: &str, open: &str, close: &str, content: &str) -> Result<String, String> {
    let start = html.find(open).ok_or_else(|| format!("no {open} in the page"))? + open.len();
    let end = start + html[start..].find(close).ok_or_else(|| format!("{open} is never closed"))?;
    Ok(format!("{}{content}{}", &html[..start], &html[end..]))
}
