//! The reader's filter and the rest of the shareable state, and how both
//! travel in a URL query. Parsing never fails: a bad or unknown parameter is
//! left out and reported as a [`Notice`] the widget shows.

use crate::notice::{nearest, quoted, Notice};
use crate::number::digits;
use crate::Analysis;

/// The longest search the widget runs; longer text is cut with a notice.
pub const MAX_SEARCH_CHARS: usize = 100;

/// Which cells a reader wants to see.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Show {
    #[default]
    All,
    /// Areas at the meeting where they first appear.
    New,
    /// Areas at meetings after their first.
    Continuing,
}

/// Row order within each category.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Sort {
    #[default]
    FirstAppearance,
    Mentions,
    Alphabetical,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Theme {
    #[default]
    Auto,
    Light,
    Dark,
}

/// The filter: empty sets mean "all". The sets are sorted lists without
/// repeats (see [`toggled`]), which keep the link's order stable and cost
/// the browser build far less code than ordered-set types.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Filter {
    pub categories: Vec<String>,
    pub query: String,
    pub meetings: Vec<u16>,
    pub show: Show,
    pub sort: Sort,
}

/// Puts `value` into the sorted list `set`, or takes it out if it is there.
pub fn toggled<T: Ord>(set: &mut Vec<T>, value: T) {
    match set.binary_search(&value) {
        Ok(at) => {
            set.remove(at);
        }
        Err(at) => set.insert(at, value),
    }
}

/// Puts `value` into the sorted list `set` unless it is there.
fn added<T: Ord>(set: &mut Vec<T>, value: T) {
    if let Err(at) = set.binary_search(&value) {
        set.insert(at, value);
    }
}

impl Filter {
    /// `text` as a search: at most [`MAX_SEARCH_CHARS`], with a notice when
    /// it had to be cut.
    pub fn bounded_query(text: &str) -> (String, Option<Notice>) {
        match text.char_indices().nth(MAX_SEARCH_CHARS) {
            None => (text.to_owned(), None),
            Some((at, _)) => {
                (text[..at].to_owned(), Some(Notice::new("notice_search_cut").with("limit", digits(MAX_SEARCH_CHARS))))
            }
        }
    }
}

/// What the widget has open over the matrix.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Open {
    /// The evidence of one topic (by id) at one meeting (by year).
    Evidence { topic: String, year: u16 },
    /// One article (by id) in the reading view.
    Article(String),
}

/// Everything a shared link carries.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct UrlState {
    pub filter: Filter,
    pub theme: Theme,
    pub open: Option<Open>,
}

/// Parameter names that belong to the page around the widget, not to it.
const PASSTHROUGH: &[&str] = &["utm_source", "utm_medium", "utm_campaign", "fbclid", "gclid"];

const SHOW: &[(Show, &str)] = &[(Show::All, "all"), (Show::New, "new"), (Show::Continuing, "continuing")];
const SORT: &[(Sort, &str)] =
    &[(Sort::FirstAppearance, "first"), (Sort::Mentions, "mentions"), (Sort::Alphabetical, "az")];
const THEME: &[(Theme, &str)] = &[(Theme::Auto, "auto"), (Theme::Light, "light"), (Theme::Dark, "dark")];

fn named<T: Copy + PartialEq>(table: &[(T, &'static str)], value: T) -> &'static str {
    table.iter().find(|(v, _)| *v == value).map_or("", |(_, n)| n)
}

fn by_name<T: Copy>(table: &[(T, &str)], key: &str, raw: &str, notices: &mut Vec<Notice>) -> Option<T> {
    let found = table.iter().find(|(_, n)| n.eq_ignore_ascii_case(raw.trim())).map(|(v, _)| *v);
    if found.is_none() {
        let names: Vec<&str> = table.iter().map(|(_, n)| *n).collect();
        notices.push(Notice::ignored("notice_choice", key, raw).with("choices", names.join(", ")));
    }
    found
}

impl UrlState {
    /// Reads decoded query pairs against the corpus; `extra` names more
    /// parameters to accept silently (the embed's own).
    pub fn from_pairs(pairs: &[(String, String)], analysis: &Analysis, extra: &[&str]) -> (Self, Vec<Notice>) {
        let mut state = Self::default();
        let mut notices = Vec::new();
        let mut cell: Option<(String, String)> = None;
        for (key, raw) in pairs {
            match key.as_str() {
                "cat" => {
                    for id in raw.split(',').map(str::trim).filter(|s| !s.is_empty()) {
                        if analysis.categories.iter().any(|c| c.id == id) {
                            added(&mut state.filter.categories, id.to_owned());
                        } else {
                            let ids: Vec<&str> = analysis.categories.iter().map(|c| &*c.id).collect();
                            notices.push(Notice::unknown("notice_category", "cat", id, &ids));
                        }
                    }
                }
                "q" if raw.contains('\u{fffd}') => notices.push(Notice::ignored("notice_garbled", "q", raw)),
                "q" => {
                    let (query, notice) = Filter::bounded_query(raw.trim());
                    state.filter.query = query.trim_end().to_owned();
                    notices.extend(notice);
                }
                "meet" => {
                    for part in raw.split(',').map(str::trim).filter(|s| !s.is_empty()) {
                        match part.parse::<u16>().ok().filter(|y| analysis.meeting_of_year(*y).is_some()) {
                            Some(year) => added(&mut state.filter.meetings, year),
                            None => {
                                let years = years(analysis);
                                let ids: Vec<&str> = years.iter().map(String::as_str).collect();
                                notices.push(Notice::unknown("notice_meeting", "meet", part, &ids));
                            }
                        }
                    }
                }
                "show" => state.filter.show = by_name(SHOW, "show", raw, &mut notices).unwrap_or_default(),
                "sort" => state.filter.sort = by_name(SORT, "sort", raw, &mut notices).unwrap_or_default(),
                "theme" => state.theme = by_name(THEME, "theme", raw, &mut notices).unwrap_or_default(),
                "cell" => cell = Some((key.clone(), raw.clone())),
                "article" => match analysis.document_index(raw.trim()) {
                    Some(_) => state.open = Some(Open::Article(raw.trim().to_owned())),
                    None => {
                        let ids: Vec<&str> = analysis.documents.iter().map(|d| &*d.id).collect();
                        notices.push(Notice::unknown("notice_article", "article", raw, &ids));
                    }
                },
                other if PASSTHROUGH.contains(&other) || extra.contains(&other) => {}
                other => notices.push(Notice::ignored("notice_setting", other, other)),
            }
        }
        if let Some((_, raw)) = cell {
            match Open::cell(&raw, analysis) {
                Some(open) if state.open.is_none() => state.open = Some(open),
                Some(_) => {}
                None => notices.push(Open::cell_notice(&raw, analysis)),
            }
        }
        (state, notices)
    }

    /// The query pairs for this state, leaving out defaults.
    pub fn to_pairs(&self) -> Vec<(&'static str, String)> {
        let f = &self.filter;
        let mut out = Vec::new();
        if !f.categories.is_empty() {
            out.push(("cat", f.categories.join(",")));
        }
        if !f.query.trim().is_empty() {
            out.push(("q", f.query.trim().to_owned()));
        }
        if !f.meetings.is_empty() {
            let years: Vec<String> = f.meetings.iter().map(|&y| digits(y.into())).collect();
            out.push(("meet", years.join(",")));
        }
        if f.show != Show::All {
            out.push(("show", named(SHOW, f.show).to_owned()));
        }
        if f.sort != Sort::FirstAppearance {
            out.push(("sort", named(SORT, f.sort).to_owned()));
        }
        if self.theme != Theme::Auto {
            out.push(("theme", named(THEME, self.theme).to_owned()));
        }
        match &self.open {
            Some(Open::Evidence { topic, year }) => out.push(("cell", Open::cell_key(topic, *year))),
            Some(Open::Article(id)) => out.push(("article", id.clone())),
            None => {}
        }
        out
    }
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
}

impl Open {
    /// Why `raw` opens no cell: not an area and a year; no area by that
    /// name, or no meeting that year (with the nearest real one); or an
    /// area not mentioned at that meeting.
    fn cell_notice(raw: &str, analysis: &Analysis) -> Notice {
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
fn years(analysis: &Analysis) -> Vec<String> {
    analysis.meetings.iter().map(|m| digits(m.year.into())).collect()
}

impl Theme {
    pub fn name(self) -> &'static str {
        named(THEME, self)
    }
}

#[cfg(all(test, feature = "parse"))]
mod tests {
    use super::*;
    use crate::testing::seed;

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect()
    }

    #[test]
    fn round_trips_every_setting() {
        let list = pairs(&[
            ("cat", "security,health"),
            ("q", "chips"),
            ("meet", "2022,2023"),
            ("show", "new"),
            ("sort", "az"),
            ("theme", "dark"),
            ("cell", "north-korea:2021"),
        ]);
        let (state, notices) = UrlState::from_pairs(&list, seed(), &[]);
        assert!(notices.is_empty(), "{notices:?}");
        assert_eq!(state.filter.meetings.to_vec(), [2022, 2023]);
        assert_eq!(state.filter.show, Show::New);
        assert_eq!(state.open, Some(Open::Evidence { topic: "north-korea".into(), year: 2021 }));
        let back: Vec<(String, String)> = state.to_pairs().into_iter().map(|(k, v)| (k.to_owned(), v)).collect();
        assert_eq!(UrlState::from_pairs(&back, seed(), &[]).0, state);
        assert!(UrlState::default().to_pairs().is_empty(), "defaults stay out of the URL");
    }

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

    #[test]
    fn a_bad_id_is_named_said_not_to_exist_and_the_nearest_suggested_in_both_languages() {
        let a = seed();
        let read = |query: &str| UrlState::from_pairs(&crate::query::parse(query), a, &[]).1;
        let said =
            |query: &str, texts: &crate::i18n::Texts| read(query).iter().map(|n| texts.notice(n)).collect::<Vec<_>>();
        assert_eq!(
            said("cell=extended-deterrence:2023", crate::testing::english()),
            ["Ignored cell=\"extended-deterrence:2023\": no area is called \"extended-deterrence\". Did you mean \"deterrence\"?"]
        );
        assert_eq!(
            said("cell=deterrence:2032", crate::testing::english()),
            ["Ignored cell=\"deterrence:2032\": there was no meeting in 2032. Did you mean \"deterrence:2022\"?"]
        );
        assert_eq!(
            said("cat=securty", crate::testing::english()),
            ["Ignored cat=\"securty\": there is no such category. Did you mean \"security\"?"]
        );
        assert_eq!(
            said("meet=2020", crate::testing::english()),
            ["Ignored meet=\"2020\": there was no meeting that year. Did you mean \"2021\"?"]
        );
        let article = &a.documents[0].id;
        let typo = [&article[..article.len() - 1], "x"].concat();
        assert_eq!(read(&["article=", &typo].concat())[0].near(), Some(&**article));
        // Nothing close: no guess.
        assert_eq!(
            said("cat=weather", crate::testing::english()),
            ["Ignored cat=\"weather\": there is no such category."]
        );
        assert_eq!(
            said("cell=extended-deterrence:2023", crate::testing::korean()),
            ["무시한 설정: cell=\"extended-deterrence:2023\". \"extended-deterrence\"라는 분야는 없습니다. \"deterrence\"을(를) 찾으셨나요?"]
        );
        // An area not named at a meeting says so, not that the link is malformed.
        let t = a.topics.iter().position(|t| t.id == "space").expect("space");
        let m = (0..a.meetings.len()).find(|&m| a.evidence(t, m).is_empty()).expect("a meeting without space");
        let q = ["cell=space:", &a.meetings[m].year.to_string()].concat();
        assert_eq!(read(&q)[0].key, "notice_cell_empty");
    }

    #[test]
    fn bad_values_are_left_out_with_a_notice_and_the_rest_kept() {
        let list = pairs(&[
            ("cat", "security,weather"),
            ("meet", "2019,abc,2023"),
            ("show", "everything"),
            ("sort", "random"),
            ("theme", "neon"),
            ("cell", "north-korea"),
            ("article", "nope"),
            ("q", "\u{fffd}%A"),
            ("zoom", "3"),
            ("utm_source", "newsletter"),
        ]);
        let (state, notices) = UrlState::from_pairs(&list, seed(), &[]);
        assert_eq!(state.filter.categories.iter().collect::<Vec<_>>(), ["security"]);
        assert_eq!(state.filter.meetings.to_vec(), [2023]);
        assert_eq!(
            (state.filter.show, state.filter.sort, state.theme),
            (Show::All, Sort::FirstAppearance, Theme::Auto)
        );
        assert_eq!(state.open, None);
        assert_eq!(state.filter.query, "");
        assert_eq!(notices.len(), 10, "{notices:?}");
        assert!(notices.contains(&Notice::new("notice_setting").with("key", "zoom").with("value", "zoom")));
        assert!(!notices.iter().any(|n| n.values.iter().any(|(_, v)| v == "utm_source")));
    }
}
