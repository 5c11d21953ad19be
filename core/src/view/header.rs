//! The header's story: the headline, the deck with every number from the
//! data, and the bars of the broadening chart.

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
        Header { headline, deck: texts.fill_page("deck", &[("list", &texts.list(&parts))]), bars }
    }
}
