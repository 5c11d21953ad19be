//! The header's story: the headline, the deck with every number from the
//! data, and the bars of the broadening chart.

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
    /// The header's story, with every number from the data.
    pub fn header(&self) -> Header {
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
                if i == 0 {
                    format!("{} areas of cooperation in {}", b.active, b.year)
                } else {
                    format!("{} in {}", b.active, b.year)
                }
            })
            .collect();
        let listed = match parts.as_slice() {
            [] => String::new(),
            [one] => one.clone(),
            [init @ .., last] => format!("{} and {last}", init.join(", ")),
        };
        let grew = bars.windows(2).all(|w| w[1].active > w[0].active) && bars.len() > 1;
        let headline = if grew {
            format!("How the US–South Korea alliance broadened, {first}–{last}")
        } else {
            format!("What the US–South Korea meetings covered, {first}–{last}")
        };
        Header { headline, deck: format!("Leaders named {listed}."), bars }
    }
}
