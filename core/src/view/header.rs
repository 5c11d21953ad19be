//! The header's story: the headline, the deck with every number from the
//! data, the bars of the broadening chart, and the credit line the newsroom
//! sets in the locale files.

use crate::date::Date;
use crate::i18n::Texts;
use crate::number::digits;
use crate::Analysis;

/// One bar of the broadening chart.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Bar {
    pub year: u16,
    pub active: usize,
    pub new: usize,
    pub continuing: usize,
}

/// The headline, the deck with its numbers from the data, and the chart.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Header {
    pub headline: String,
    pub deck: String,
    pub bars: Vec<Bar>,
    /// The byline, the graphic's credit and when it was updated, each the
    /// locale file's `[page]` gives (`byline`, `credit`, `updated`), joined;
    /// `None` when it gives none.
    pub credit: Option<String>,
}

/// The header's words as the pictures draw them: the story and its credit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Story<'a> {
    pub headline: &'a str,
    pub deck: &'a str,
    pub credit: Option<&'a str>,
}

impl Header {
    pub fn story(&self) -> Story<'_> {
        Story { headline: &self.headline, deck: &self.deck, credit: self.credit.as_deref() }
    }
}

/// The credit line of `texts`' `[page]`: its byline, credit and updated
/// date (`YYYY-MM-DD`, written the locale's way), those not empty, joined
/// by " · ". (The locale file is checked when read: a bad date stops the build.)
fn credit_line(texts: &Texts) -> Option<String> {
    let updated =
        Date::parse(texts.page("updated")).ok().map(|d| texts.fill_page("updated_on", &[("date", &texts.date(d))]));
    let parts: Vec<String> = [texts.page("byline").trim().to_owned(), texts.page("credit").trim().to_owned()]
        .into_iter()
        .chain(updated)
        .filter(|p| !p.is_empty())
        .collect();
    (!parts.is_empty()).then(|| parts.join(" · "))
}

impl Analysis {
    /// The header's story, with every number from the data, in `texts`' words.
    pub fn header(&self, texts: &Texts) -> Header {
        let bars: Vec<Bar> = self
            .broadening()
            .into_iter()
            .map(|b| Bar { year: b.year, active: b.active, new: b.new, continuing: b.continuing })
            .collect();
        let first = self.meetings.first().map_or(0, |m| m.year);
        let last = self.meetings.last().map_or(0, |m| m.year);
        let parts: Vec<String> = bars
            .iter()
            .enumerate()
            .map(|(i, b)| {
                let key = match (i, b.active) {
                    (0, 1) => "deck_first_one",
                    (0, _) => "deck_first_other",
                    _ => "deck_next",
                };
                texts.fill_page(key, &[("count", &texts.number(b.active)), ("year", &digits(b.year.into()))])
            })
            .collect();
        let grew = bars.windows(2).all(|w| w[1].active > w[0].active) && bars.len() > 1;
        let years = [("first", digits(first.into())), ("last", digits(last.into()))];
        let years: Vec<(&str, &str)> = years.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let key = match bars.len() {
            0 | 1 => "headline_single",
            _ if grew => "headline_broadened",
            _ => "headline_covered",
        };
        let headline = texts.fill_page(key, &years);
        let deck = texts.fill_page("deck", &[("list", &texts.list(&parts))]);
        Header { headline, deck, bars, credit: credit_line(texts) }
    }
}
