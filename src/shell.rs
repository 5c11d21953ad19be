//! The document around every page the build writes ([`document`]): its
//! `<head>` (language, policy, title and description, the tags a page
//! shares or is embedded by, the manifest, the one stylesheet and the
//! page's scripts) and the `<main>` that holds what the prerender rendered.
//! One function for every kind of page in every locale, so no page is made
//! by editing another.

use crate::data;
use summit_core::escape::attribute;
use summit_core::i18n::Locale;

/// The pages each locale has.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// The widget's own page (`index.html`): indexed, shared, installable.
    Standalone,
    /// The page news sites frame (`embed.html`): the same widget, marked
    /// `data-embed` (transparent, tighter), not indexed.
    Embed,
    /// Every article as plain HTML (`articles.html`), which the evidence
    /// links to: the page's own scripts but not the widget.
    Articles,
}

impl Kind {
    pub const ALL: [Kind; 3] = [Kind::Standalone, Kind::Embed, Kind::Articles];

    /// The page's file in `locale`.
    pub fn file_name(self, locale: Locale) -> String {
        let stem = match self {
            Kind::Standalone => "index",
            Kind::Embed => "embed",
            Kind::Articles => "articles",
        };
        locale.file_name(stem, "html")
    }

    /// The key of its title in the locale's `[page]` texts.
    fn title_key(self) -> &'static str {
        match self {
            Kind::Standalone => "page_title",
            Kind::Embed => "embed_page_title",
            Kind::Articles => "articles_title",
        }
    }
}

/// What of the build a page links to: the files the build's earlier steps
/// made (`scripts/build.mjs`) and the policy.
pub struct Assets<'a> {
    /// The one stylesheet, `summit-<hash>.css`.
    pub stylesheet: &'a str,
    /// The locale's boot script, which starts its WebAssembly.
    pub boot: &'a str,
    /// The Content-Security-Policy, also in `_headers`.
    pub policy: &'a str,
}

/// The page `kind` in `locale` around `body` (the prerendered `<main>`
/// content); `tags` are more `<head>` lines (the share tags, the oEmbed
/// discovery link), written after the title.
pub fn document(kind: Kind, locale: Locale, assets: &Assets, tags: &[String], body: &str) -> String {
    let texts = data::texts(locale);
    let mut head: Vec<String> = vec![
        "<meta charset=\"utf-8\">".into(),
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">".into(),
        "<meta name=\"color-scheme\" content=\"light dark\">".into(),
        ["<meta http-equiv=\"Content-Security-Policy\" content=\"", &attribute(assets.policy), "\">"].concat(),
        ["<meta name=\"description\" content=\"", &attribute(texts.page("page_description")), "\">"].concat(),
        ["<title>", &attribute(texts.page(kind.title_key())), "</title>"].concat(),
    ];
    if kind == Kind::Embed {
        head.push("<meta name=\"robots\" content=\"noindex\">".into());
    }
    head.extend(tags.iter().cloned());
    head.extend([
        "<meta name=\"theme-color\" content=\"#0b2545\">".into(),
        ["<link rel=\"manifest\" href=\"", &locale.file_name("manifest", "webmanifest"), "\">"].concat(),
        // A PNG, not the SVG: Chromium fetches and decodes a page's icon in
        // the page's own renderer, and an SVG icon is a whole SVG document
        // built on the main thread (12–26 ms at CPU 4×, traced), often while
        // a reader's first tap waits. (BENCHMARKS.md, issue 21.)
        "<link rel=\"icon\" href=\"icons/icon-32.png\" type=\"image/png\" sizes=\"32x32\">".into(),
        "<link rel=\"apple-touch-icon\" href=\"icons/icon-192.png\">".into(),
        // Before head.js, so both load at once: the script blocks the parser,
        // and a stylesheet after it would not be requested until it had run.
        ["<link rel=\"stylesheet\" href=\"./", assets.stylesheet, "\">"].concat(),
        "<script src=\"head.js\"></script>".into(),
    ]);
    if kind != Kind::Articles {
        head.push(["<script type=\"module\" async src=\"./", assets.boot, "\"></script>"].concat());
    }
    head.push("<script nomodule src=\"nomodule.js\"></script>".into());
    let embed = if kind == Kind::Embed { " data-embed" } else { "" };
    [
        "<!doctype html>\n<html lang=\"",
        locale.code(),
        "\"",
        embed,
        ">\n<head>\n  ",
        &head.join("\n  "),
        "\n</head>\n<body>\n  <main id=\"summit-matrix\" class=\"sm-root\">",
        body,
        "</main>\n</body>\n</html>\n",
    ]
    .concat()
}
