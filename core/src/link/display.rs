//! Display choices a link carries besides the filter: the colour [`Theme`]
//! and what is [`Open`] over the matrix (a cell's evidence or an article).

use crate::notice::{nearest, quoted, Notice};
use crate::number::digits;
use crate::Analysis;

/// The colour scheme: the reader's system setting, or one chosen by the link.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Theme {
    #[default]
    Auto,
    Light,
    Dark,
}

/// What the widget has open over the matrix.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Open {
    /// The evidence of one topic (by id) at one meeting (by year).
    Evidence { topic: String, year: u16 },
    /// One article (by id) in the reading view.
    Article(String),
}

impl Open {
    /// A cell as links and the page name it: `<area id>:<year>`, as in
    /// `cell=north-korea:2021`.
    pub fn cell_key(topic: &str, year: u16) -> String {
        [topic, ":", &digits(year.into())].concat()
    }

    /// The evidence a link's `cell=` value (see [`Open::cell_key`]) opens:
    /// `None` unless that area is named at that meeting.
    pub fn cell(raw: &str, analysis: &Analysis) -> Option<Self> {
        let (topic, year) = raw.trim().rsplit_once(':')?;
        let year: u16 = year.parse().ok()?;
        let meeting = analysis.meeting_of_year(year)?;
        let t = analysis.topics.iter().position(|t| t.id == topic)?;
        (!analysis.evidence(t, meeting).is_empty()).then(|| Open::Evidence { topic: topic.to_owned(), year })
    }

    /// Why `raw` opens no cell: not an area and a year; no area by that
    /// name, or no meeting that year (with the nearest real one); or an
    /// area not mentioned at that meeting.
    pub(crate) fn cell_notice(raw: &str, analysis: &Analysis) -> Notice {
        let Some((topic, year)) = raw.trim().rsplit_once(':') else {
            return Notice::ignored("notice_cell", "cell", raw);
        };
        let Some(t) = analysis.topics.iter().position(|t| t.id == topic) else {
            let ids: Vec<&str> = analysis.topics.iter().map(|t| &*t.id).collect();
            let near = nearest(topic, &ids).map(str::to_owned);
            return Notice::ignored("notice_cell_area", "cell", raw).with("area", quoted(topic)).with_near(near);
        };
        match year.parse().ok().and_then(|y| analysis.meeting_of_year(y)) {
            None => {
                let years = years(analysis);
                let ids: Vec<&str> = years.iter().map(String::as_str).collect();
                let near = nearest(year, &ids).map(|y| [topic, ":", y].concat());
                Notice::ignored("notice_cell_year", "cell", raw).with("year", quoted(year)).with_near(near)
            }
            Some(m) if analysis.evidence(t, m).is_empty() => Notice::ignored("notice_cell_empty", "cell", raw),
            Some(_) => Notice::ignored("notice_cell", "cell", raw),
        }
    }
}

/// The meetings' years, as a link writes them.
pub(crate) fn years(analysis: &Analysis) -> Vec<String> {
    analysis.meetings.iter().map(|m| digits(m.year.into())).collect()
}

#[cfg(all(test, feature = "parse"))]
mod tests {
    use super::*;
    use crate::testing::seed;

    #[test]
    fn a_link_opens_only_a_cell_whose_area_is_named_at_that_meeting() {
        let open = |raw: &str| Open::cell(raw, seed());
        assert_eq!(open(" cyber:2023 "), Some(Open::Evidence { topic: "cyber".into(), year: 2023 }));
        assert_eq!(Open::cell_key("cyber", 2023), "cyber:2023");
        // Not named in 2021, no meeting in 2020, no such area, no year, no number.
        for refused in ["cyber:2021", "cyber:2020", "cybersecurity:2023", "cyber", "cyber:20x3"] {
            assert_eq!(open(refused), None, "{refused}");
        }
    }
}
