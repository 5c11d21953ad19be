//! What a shared link shows (the build's, never the browser's): the social
//! card, drawn by the core from the header's view model
//! ([`summit_core::Analysis::card`]) and rendered to PNG with `resvg` in a
//! font from Debian's `fonts-nanum` (Latin and Hangul), and the Open Graph
//! and Twitter card tags that point at it. An image address must be
//! absolute, so the tags need the public address (`SUMMIT_PUBLIC_URL`).

use crate::data;
use summit_core::i18n::Locale;
use summit_core::view::CARD;

/// Where Debian's `fonts-nanum` puts NanumGothic, the card's face (regular and bold).
const FONTS: [&str; 2] =
    ["/usr/share/fonts/truetype/nanum/NanumGothic.ttf", "/usr/share/fonts/truetype/nanum/NanumGothicBold.ttf"];
const FAMILY: &str = "NanumGothic";

/// The card's file name for `locale`: `social-card.png`, `social-card.ko.png`.
pub fn card_name(locale: Locale) -> String {
    locale.file_name("social-card", "png")
}

/// The social card of `locale` as PNG.
pub fn card_png(locale: Locale) -> Result<Vec<u8>, String> {
    let texts = data::texts(locale);
    let analysis = data::analysis();
    let card = analysis.card(&analysis.header(texts), texts, FAMILY);
    let mut options = resvg::usvg::Options::default();
    for path in FONTS {
        let font = std::fs::read(path).map_err(|e| {
            format!("the social card needs {path} ({e}): install Debian's fonts-nanum (scripts/setup does)")
        })?;
        options.fontdb_mut().load_font_data(font);
    }
    let tree = resvg::usvg::Tree::from_str(&card.svg, &options).map_err(|e| format!("social card: {e}"))?;
    let (width, height) = (CARD.0 as u32, CARD.1 as u32);
    let mut pixmap = resvg::tiny_skia::Pixmap::new(width, height).ok_or("social card: no pixmap")?;
    resvg::render(&tree, resvg::tiny_skia::Transform::default(), &mut pixmap.as_mut());
    pixmap.encode_png().map_err(|e| format!("social card: {e}"))
}

/// The Open Graph and Twitter tags of `locale`'s page: its headline and
/// deck always; the card image (absolute, with its size and alternative
/// text), the large-image Twitter card and the canonical link only when
/// the public address is known.
pub fn share_tags(locale: Locale, public_url: Option<&str>) -> Vec<String> {
    let texts = data::texts(locale);
    let header = data::analysis().header(texts);
    let attr = crate::page::attribute;
    let og_locale = texts.page("og_locale");
    let mut tags = vec![
        ["<meta property=\"og:type\" content=\"website\">"].concat(),
        ["<meta property=\"og:title\" content=\"", &attr(&header.headline), "\">"].concat(),
        ["<meta property=\"og:description\" content=\"", &attr(&header.deck), "\">"].concat(),
        ["<meta property=\"og:locale\" content=\"", og_locale, "\">"].concat(),
    ];
    if let Some(base) = public_url {
        let base = if base.ends_with('/') { base.to_owned() } else { [base, "/"].concat() };
        let page = locale.file_name("index", "html");
        let alt = [header.headline.as_str(), ". ", &header.deck].concat();
        tags.extend([
            ["<meta property=\"og:url\" content=\"", &attr(&base), &page, "\">"].concat(),
            ["<meta property=\"og:image\" content=\"", &attr(&base), &card_name(locale), "\">"].concat(),
            ["<meta property=\"og:image:width\" content=\"", &CARD.0.to_string(), "\">"].concat(),
            ["<meta property=\"og:image:height\" content=\"", &CARD.1.to_string(), "\">"].concat(),
            ["<meta property=\"og:image:alt\" content=\"", &attr(&alt), "\">"].concat(),
            "<meta name=\"twitter:card\" content=\"summary_large_image\">".to_owned(),
            ["<link rel=\"canonical\" href=\"", &attr(&base), &page, "\">"].concat(),
        ]);
    }
    tags
}
