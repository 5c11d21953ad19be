//! Pictures of the story, drawn as SVG from the same view models as the
//! widget: the social card (1200 × 630: the headline, the broadening chart
//! and the source line; the build renders it to PNG) and the current view
//! (the headline, the deck, what narrows the view, the matrix as filtered,
//! a key to its marks, the source line and the credit; the widget offers it
//! as SVG and PNG). Every text is escaped; new areas are marked with the
//! word NEW (and a hatch in the chart), never by colour alone.

use super::{Header, Matrix, Story};
use crate::analysis::Status;
use crate::i18n::Texts;
use crate::number::digits;
use crate::Analysis;

/// An SVG picture and its size in CSS pixels.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Picture {
    pub svg: String,
    pub width: usize,
    pub height: usize,
}

/// The social card's size: what Open Graph and Twitter cards expect.
pub const CARD: (usize, usize) = (1200, 630);
/// The light theme's colours and face, read from `styles/tokens.css` at
/// build time (core/build.rs): the picture is drawn in the page's palette.
mod tokens {
    include!(concat!(env!("OUT_DIR"), "/tokens.rs"));
}
/// The page's type faces (Latin, then Hangul): an SVG drawn as an image
/// sees only the system's fonts, which is what the page uses too.
pub use tokens::FONT;
use tokens::{BAR_CONT as CONTINUING, BG, LINK as ACCENT, MUTED, PILL_CONT, PILL_NEW, RULE, TEXT};

/// Roughly how wide `text` sets at `size` px in a sans-serif face: Hangul
/// and other wide characters an em, capitals and digits 0.65, the rest 0.55.
fn width(text: &str, size: usize) -> usize {
    let tenths: usize = text
        .chars()
        .map(|c| match c {
            ' ' => 3,
            c if u32::from(c) >= 0x1100 => 10,
            c if c.is_ascii_uppercase() || c.is_ascii_digit() => 7,
            _ => 6,
        })
        .sum();
    tenths * size / 10
}

/// `text` broken at spaces into lines no wider than `max` px at `size` px.
fn wrap(text: &str, max: usize, size: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in text.split(' ').filter(|w| !w.is_empty()) {
        match lines.last_mut() {
            Some(line) if width(line, size) + width(word, size) + size * 3 / 10 <= max => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_owned()),
        }
    }
    lines
}

/// How a text is set: size in px, weight, colour and anchor.
#[derive(Clone, Copy)]
struct Font {
    size: usize,
    bold: bool,
    fill: &'static str,
    anchor: &'static str,
}

const fn set(size: usize, bold: bool, fill: &'static str) -> Font {
    Font { size, bold, fill, anchor: "start" }
}

impl Font {
    const fn middle(self) -> Self {
        Self { anchor: "middle", ..self }
    }
}

/// An SVG document being written.
struct Svg {
    out: String,
}

impl Svg {
    fn new(width: usize, height: usize, font: &str, title: &str) -> Self {
        let mut s = Self { out: String::new() };
        let (w, h) = (digits(width), digits(height));
        s.push(
            &["<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"", &w, "\" height=\"", &h, "\" viewBox=\"0 0 "]
                .concat(),
        );
        s.push(&[&w, " ", &h, "\" font-family=\""].concat());
        s.escaped(font);
        s.push("\" role=\"img\"><title>");
        s.escaped(title);
        s.push("</title><defs><pattern id=\"hatch\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\"><rect width=\"8\" height=\"8\" fill=\"");
        s.push(BG);
        s.push("\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"8\" stroke=\"");
        s.push(TEXT);
        s.push("\" stroke-width=\"3\"/></pattern></defs>");
        s.rect(0, 0, width, height, BG, "");
        s
    }

    fn push(&mut self, text: &str) {
        self.out.push_str(text);
    }

    fn escaped(&mut self, text: &str) {
        crate::escape::push_attribute(&mut self.out, text);
    }

    fn rect(&mut self, x: usize, y: usize, w: usize, h: usize, fill: &str, extra: &str) {
        let (x, y, w, h) = (digits(x), digits(y), digits(w), digits(h));
        self.push(
            &["<rect x=\"", &x, "\" y=\"", &y, "\" width=\"", &w, "\" height=\"", &h, "\" fill=\"", fill, "\" "]
                .concat(),
        );
        self.push(extra);
        self.push("/>");
    }

    /// One line of text with its baseline at `y`.
    fn text(&mut self, x: usize, y: usize, f: Font, content: &str) {
        let weight = if f.bold { "700" } else { "400" };
        let (x, y, size) = (digits(x), digits(y), digits(f.size));
        self.push(&["<text x=\"", &x, "\" y=\"", &y, "\" font-size=\"", &size, "\" font-weight=\"", weight].concat());
        self.push(&["\" fill=\"", f.fill, "\" text-anchor=\"", f.anchor, "\">"].concat());
        self.escaped(content);
        self.push("</text>");
    }

    /// Lines of text from `y` (the first baseline), `lead` px apart; returns the last baseline.
    fn lines(&mut self, x: usize, y: usize, lead: usize, f: Font, lines: &[String]) -> usize {
        for (i, line) in lines.iter().enumerate() {
            self.text(x, y + i * lead, f, line);
        }
        y + lines.len().saturating_sub(1) * lead
    }

    /// The matrix's key, in the marks it draws: a pill with its count and
    /// NEW for new, a plain pill for named before.
    fn pill_legend(&mut self, x: usize, y: usize, size: usize, texts: &Texts) {
        let new = texts.ui("legend_new");
        self.new_pill(x + 46, y - size / 2 - 9, "1", texts);
        self.text(x + 100, y, set(size, false, MUTED), new);
        let at = x + 100 + width(new, size) + 2 * size;
        self.continuing_pill(at + 22, y - size / 2 - 9, "1");
        self.text(at + 56, y, set(size, false, MUTED), texts.ui("legend_continuing"));
    }

    /// A new area's cell centred at `x`, its top at `y`: its count and NEW.
    fn new_pill(&mut self, x: usize, y: usize, count: &str, texts: &Texts) {
        self.rect(x - 46, y, 92, 28, PILL_NEW, &["rx=\"14\" stroke=\"", ACCENT, "\""].concat());
        self.text(x - 18, y + 21, set(20, true, TEXT).middle(), count);
        self.text(x + 16, y + 20, set(14, true, ACCENT).middle(), texts.ui("badge_new"));
    }

    /// A continuing area's cell centred at `x`, its top at `y`: its count.
    fn continuing_pill(&mut self, x: usize, y: usize, count: &str) {
        self.rect(x - 22, y, 44, 28, PILL_CONT, &["rx=\"14\" stroke=\"", RULE, "\""].concat());
        self.text(x, y + 21, set(20, true, TEXT).middle(), count);
    }

    /// The chart's key: a hatched square for new, a dark one for named before.
    fn legend(&mut self, x: usize, y: usize, size: usize, texts: &Texts) {
        let new = texts.ui("legend_new");
        self.rect(x, y - size, size, size, "url(#hatch)", &["stroke=\"", TEXT, "\""].concat());
        self.text(x + size * 3 / 2, y, set(size, false, MUTED), new);
        let at = x + size * 3 + width(new, size);
        self.rect(at, y - size, size, size, CONTINUING, "");
        self.text(at + size * 3 / 2, y, set(size, false, MUTED), texts.ui("legend_continuing"));
    }

    fn end(mut self, width: usize, height: usize) -> Picture {
        self.push("</svg>");
        Picture { svg: self.out, width, height }
    }
}

impl Analysis {
    /// "Source: 3 news reports (Arirang News, …)", in `texts`' words.
    fn source_line(&self, texts: &Texts) -> String {
        let mut sources: Vec<&str> = Vec::new();
        for d in self.documents.iter() {
            if !sources.contains(&&*d.source) {
                sources.push(&d.source);
            }
        }
        let names: Vec<String> = sources.iter().map(|s| (*s).to_owned()).collect();
        texts
            .fill("picture_source", &[("count", &texts.number(self.documents.len())), ("sources", &texts.list(&names))])
    }

    /// The social card: the headline, the broadening chart and the source
    /// line, 1200 × 630, with text in the font `family`.
    pub fn card(&self, header: &Header, texts: &Texts, family: &str) -> Picture {
        let (w, h) = CARD;
        let mut s = Svg::new(w, h, family, &header.headline);
        s.rect(0, 0, w, 10, ACCENT, "");
        let end = s.lines(64, 100, 60, set(50, true, TEXT), &wrap(&header.headline, w - 128, 50));
        let end = s.lines(64, end + 52, 34, set(26, false, MUTED), &wrap(&header.deck, w - 128, 26));
        let (top, base) = (end + 70, h - 150);
        let max = header.bars.iter().map(|b| b.active).max().unwrap_or(0).max(1);
        let scale = |n: usize| n * base.saturating_sub(top) / max;
        let slot = (w - 128) / header.bars.len().max(1);
        let bar = (slot * 3 / 5).min(160);
        for (i, b) in header.bars.iter().enumerate() {
            let x = 64 + i * slot + (slot - bar) / 2;
            let (cont, all) = (scale(b.continuing), scale(b.active));
            s.rect(x, base - cont, bar, cont, CONTINUING, "");
            if all > cont {
                s.rect(
                    x,
                    base - all,
                    bar,
                    all - cont,
                    "url(#hatch)",
                    &["stroke=\"", TEXT, "\" stroke-width=\"2\""].concat(),
                );
            }
            s.text(x + bar / 2, base - all - 10, set(30, true, TEXT).middle(), &digits(b.active));
            s.text(x + bar / 2, base + 32, set(24, false, MUTED).middle(), &digits(b.year.into()));
        }
        s.rect(64, base, w - 128, 2, RULE, "");
        s.legend(64, h - 68, 20, texts);
        s.lines(64, h - 32, 24, set(18, false, MUTED), &wrap(&self.source_line(texts), w - 128, 18));
        s.end(w, h)
    }

    /// The view `matrix` shows, under the header's `story` (the build's, see
    /// [`Header`]) and the line saying what narrows it (`view`, see
    /// [`Analysis::view_line`]), with its key, the source line and the
    /// story's credit: 1200 px wide, as tall as its rows need.
    pub fn picture(
        &self,
        story: Story<'_>,
        view: Option<&str>,
        matrix: &Matrix<'_>,
        texts: &Texts,
        family: &str,
    ) -> Picture {
        const W: usize = 1200;
        const MARGIN: usize = 48;
        const LABEL: usize = 440;
        const ROW: usize = 40;
        let columns: Vec<_> = matrix.shown_columns().collect();
        let groups: Vec<_> = matrix.groups.iter().filter(|g| g.shown && g.rows.iter().any(|r| r.shown)).collect();
        let title = story.headline;
        let headline = wrap(story.headline, W - 2 * MARGIN, 36);
        let deck = wrap(story.deck, W - 2 * MARGIN, 20);
        let view = view.map(|v| wrap(v, W - 2 * MARGIN, 20)).unwrap_or_default();
        let credit = story.credit.map(|c| wrap(c, W - 2 * MARGIN, 16)).unwrap_or_default();
        let rows: usize = groups.iter().map(|g| 1 + g.rows.iter().filter(|r| r.shown).count()).sum();
        let table = MARGIN + headline.len() * 44 + (deck.len() + view.len()) * 28 + 40;
        let h = table + 70 + rows * ROW + 90 + credit.len() * 24;
        let mut s = Svg::new(W, h, family, title);
        let end = s.lines(MARGIN, MARGIN + 30, 44, set(36, true, TEXT), &headline);
        let end = s.lines(MARGIN, end + 36, 28, set(20, false, MUTED), &deck);
        s.lines(MARGIN, end + 28, 28, set(20, true, ACCENT), &view);
        let col = (W - 2 * MARGIN - LABEL) / columns.len().max(1);
        let centre = |i: usize| MARGIN + LABEL + i * col + col / 2;
        s.text(MARGIN, table + 50, set(16, false, MUTED), texts.ui("area_column"));
        for (i, c) in columns.iter().enumerate() {
            s.text(centre(i), table + 26, set(24, true, TEXT).middle(), &digits(c.year.into()));
            s.text(centre(i), table + 50, set(16, false, MUTED).middle(), &c.date);
        }
        s.rect(MARGIN, table + 62, W - 2 * MARGIN, 2, RULE, "");
        let mut y = table + 70;
        for g in groups {
            s.text(MARGIN, y + 28, set(17, true, ACCENT), g.label);
            y += ROW;
            for r in g.rows.iter().filter(|r| r.shown) {
                s.text(MARGIN, y + 26, set(20, false, TEXT), r.label);
                for (i, c) in r.cells.iter().filter(|c| c.shown).enumerate() {
                    let x = centre(i);
                    match c.status {
                        Status::Absent => s.text(x, y + 26, set(20, false, MUTED).middle(), "–"),
                        Status::New => s.new_pill(x, y + 6, &digits(c.count), texts),
                        Status::Continuing => s.continuing_pill(x, y + 6, &digits(c.count)),
                    }
                }
                s.rect(MARGIN, y + ROW - 1, W - 2 * MARGIN, 1, RULE, "");
                y += ROW;
            }
        }
        s.pill_legend(MARGIN, y + 40, 16, texts);
        s.text(MARGIN, y + 70, set(16, false, MUTED), &self.source_line(texts));
        s.lines(MARGIN, y + 94, 24, set(16, false, MUTED), &credit);
        s.end(W, h)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::link::filter::Filter;
    use crate::testing::{english, korean, seed};
    use crate::view::SearchIndex;

    #[test]
    fn the_picture_is_drawn_in_the_stylesheets_colours_and_faces_in_both_languages() {
        let css =
            std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../styles/tokens.css")).expect("tokens.css");
        let token = |name: &str| {
            let line = css.lines().map(str::trim).find(|l| l.starts_with(&["--sm-", name, ":"].concat())).expect(name);
            line.split_once(':').expect(":").1.trim().trim_end_matches(';').to_owned()
        };
        let a = seed();
        let index = SearchIndex::new();
        for texts in [english(), korean()] {
            let matrix = a.matrix(&Filter::default(), &index, texts);
            let story = Story { headline: "Headline", deck: "Deck", credit: None };
            let picture = a.picture(story, None, &matrix, texts, FONT);
            for name in ["text", "muted", "rule", "pill-new", "pill-cont"] {
                assert!(picture.svg.contains(&token(name)), "--sm-{name} {} is not in the picture", token(name));
            }
            assert!(picture.svg.contains("NanumGothic"), "a Korean face for Hangul");
        }
    }

    #[test]
    fn wraps_at_spaces_within_the_width() {
        let lines = wrap("How the US–South Korea alliance broadened, 2021–2023", 600, 50);
        assert!(lines.len() >= 2 && lines.iter().all(|l| width(l, 50) <= 600), "{lines:?}");
        assert_eq!(lines.join(" "), "How the US–South Korea alliance broadened, 2021–2023");
        assert!(width("한미동맹", 10) > width("abcd", 10), "Hangul sets wider");
    }

    #[test]
    fn the_card_has_the_headline_a_bar_per_meeting_and_the_sources() {
        let a = seed();
        let header = a.header(english());
        let card = a.card(&header, english(), "NanumGothic");
        assert_eq!((card.width, card.height), CARD);
        assert!(card.svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1200\" height=\"630\""));
        assert!(card.svg.contains("<title>How the US–South Korea alliance broadened, 2021–2023</title>"));
        for b in &header.bars {
            assert!(card.svg.contains(&[">", &digits(b.year.into()), "</text>"].concat()));
        }
        assert!(card.svg.contains("news reports"));
        let ko = a.card(&a.header(korean()), korean(), "NanumGothic");
        assert!(ko.svg.contains("한미"), "the Korean card speaks Korean");
    }

    #[test]
    fn the_picture_draws_the_rows_the_view_shows_and_escapes_text() {
        let a = seed();
        let filter = Filter { categories: vec!["health".into()], ..Filter::default() };
        let m = a.matrix(&filter, &SearchIndex::new(), english());
        let h = a.header(english());
        let view = a.view_line(&filter, &m, english());
        let p = a.picture(h.story(), view.as_deref(), &m, english(), "system-ui, \"Segoe UI\"");
        assert!(p.svg.contains("font-family=\"system-ui, &quot;Segoe UI&quot;\""));
        for r in m.shown_rows() {
            assert!(p.svg.contains(r.label), "{} is drawn", r.label);
        }
        assert!(!p.svg.contains("Cybersecurity"), "rows the view hides are not drawn");
        assert!(p.svg.contains(">NEW</text>"));
        let everything = a.matrix(&Filter::default(), &SearchIndex::new(), english());
        let all = a.picture(h.story(), None, &everything, english(), "x");
        assert!(all.height > p.height, "more rows, a taller picture");
        // It says what narrows it, and the whole matrix says nothing of the kind.
        let line = [">Health: ", &digits(m.shown), " of ", &digits(m.total), " areas</text>"].concat();
        assert!(p.svg.contains(&line), "{line} in {}", p.svg);
        assert!(!all.svg.contains(" of 24 areas"));
    }

    #[test]
    fn english_and_korean_pictures_set_type_by_the_same_rules() {
        let a = seed();
        let filter = Filter { categories: vec!["security".into()], ..Filter::default() };
        let styles = |texts: &Texts| {
            let m = a.matrix(&filter, &SearchIndex::new(), texts);
            let h = a.header(texts);
            let p = a.picture(h.story(), a.view_line(&filter, &m, texts).as_deref(), &m, texts, FONT);
            let attribute = |t: &str, name: &str| {
                t.split(&[" ", name, "=\""].concat()).nth(1).and_then(|r| r.split('"').next()).unwrap_or("").to_owned()
            };
            let mut seen: Vec<String> = p
                .svg
                .split("<text")
                .skip(1)
                .map(|t| ["font-size", "font-weight", "fill"].map(|name| attribute(t, name)).join(" "))
                .collect();
            seen.sort();
            seen.dedup();
            seen
        };
        assert_eq!(styles(english()), styles(korean()), "the same sizes, weights and colours for the same roles");
    }

    #[test]
    fn the_picture_s_key_shows_the_marks_it_draws_and_its_credit_ends_it() {
        let a = seed();
        let m = a.matrix(&Filter::default(), &SearchIndex::new(), english());
        let credit = Some("By A. Reporter · Graphic: Desk · Updated 6 December 2026");
        let p = a.picture(Story { headline: "H", deck: "D", credit }, None, &m, english(), "x");
        // The key's pills are the cells' own: a NEW pill and a plain one, no chart hatch.
        assert!(!p.svg.contains("url(#hatch)"), "the matrix draws no hatched boxes, nor does its key");
        let new_pills = p.svg.matches(PILL_NEW).count();
        let drawn_new = m.shown_rows().flat_map(|r| &r.cells).filter(|c| c.shown && c.status == Status::New).count();
        assert_eq!(new_pills, drawn_new + 1, "every new cell's pill and the key's");
        assert!(p.svg.contains("Updated 6 December 2026</text></svg>"), "the credit closes the picture");
        let none = a.picture(Story { headline: "H", deck: "D", credit: None }, None, &m, english(), "x");
        assert!(none.height < p.height && !none.svg.contains("Updated"), "no credit, no line");
    }
}
