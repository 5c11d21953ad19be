//! The filtered matrix: meeting columns, and every area's row with its
//! cells, grouped by category, each marked shown or hidden by the filter.

use super::{sort_by_key, SearchIndex};
use crate::analysis::search::{fold, Query};
use crate::analysis::Status;
use crate::i18n::Texts;
use crate::link::filter::{Filter, Show, Sort};
use crate::{Analysis, Span};
use std::borrow::Cow;

/// One meeting column. Every meeting has a column in every view; `shown`
/// says whether the meeting filter keeps it, so the widget hides columns
/// instead of rebuilding their cells when a meeting is shown again.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Column<'a> {
    pub shown: bool,
    pub meeting: usize,
    pub year: u16,
    pub date: String,
    pub place: Option<&'a str>,
    pub leaders: Cow<'a, str>,
}

/// One cell of a row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cell {
    /// Its column is shown.
    pub shown: bool,
    pub meeting: usize,
    pub year: u16,
    pub count: usize,
    pub status: Status,
    /// Outside the show or search filter: drawn muted (its row may still
    /// be shown for another cell).
    pub muted: bool,
}

/// One area of cooperation. Every area has a row in every view; `shown`
/// says whether the show, search and meeting filters keep it, so the widget
/// hides rows instead of rebuilding them on each filter change. The category
/// filter hides whole groups instead (see [`Group::shown`]), so a category
/// click leaves every row as it was; [`Matrix::shown_rows`] combines both.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row<'a> {
    pub shown: bool,
    pub topic: usize,
    pub id: &'a str,
    pub label: &'a str,
    pub description: &'a str,
    /// Where the search query stands in the label.
    pub label_marks: Vec<Span>,
    pub category: usize,
    pub cells: Vec<Cell>,
}

/// The rows of one category; `shown` when the category filter keeps it and
/// any of its rows is shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Group<'a> {
    pub shown: bool,
    pub category: usize,
    pub id: &'a str,
    pub label: &'a str,
    pub rows: Vec<Row<'a>>,
}

/// The filtered matrix: every category and area, in display order, each
/// marked shown or not.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Matrix<'a> {
    pub columns: Vec<Column<'a>>,
    pub groups: Vec<Group<'a>>,
    pub shown: usize,
    pub total: usize,
}

impl<'a> Matrix<'a> {
    /// The meeting columns a reader sees.
    pub fn shown_columns(&self) -> impl Iterator<Item = &Column<'a>> {
        self.columns.iter().filter(|c| c.shown)
    }

    /// The rows a reader sees: shown, in a shown group, in display order.
    pub fn shown_rows(&self) -> impl Iterator<Item = &Row<'a>> {
        self.groups.iter().filter(|g| g.shown).flat_map(|g| &g.rows).filter(|r| r.shown)
    }

    /// "Showing 12 of 24 areas", in `texts`' words.
    pub fn result_line(&self, texts: &Texts) -> String {
        texts.fill("result", &[("shown", &texts.number(self.shown)), ("total", &texts.number(self.total))])
    }
}

impl Analysis {
    /// What narrows a picture of the matrix under `filter`, said under its
    /// deck ("Security: 6 of 24 areas"): the categories and meetings
    /// chosen, the search and what is shown, with the count. `None` for the
    /// whole matrix, which the deck describes.
    pub fn view_line(&self, filter: &Filter, matrix: &Matrix<'_>, texts: &Texts) -> Option<String> {
        if filter.narrowing() == 0 {
            return None;
        }
        let categories = self.categories.iter().filter(|c| filter.categories.iter().any(|id| **id == *c.id));
        let mut parts: Vec<String> = categories.map(|c| texts.category(c).to_owned()).collect();
        parts.extend(filter.meetings.iter().map(|&year| crate::number::digits(year.into())));
        if !filter.query.trim().is_empty() {
            parts.push(texts.fill("picture_search", &[("query", filter.query.trim())]));
        }
        if filter.show != Show::All {
            parts.push(texts.ui(filter.show.label_key()).to_owned());
        }
        let (shown, total) = (texts.number(matrix.shown), texts.number(matrix.total));
        let filters = parts.join(texts.ui("list_separator"));
        Some(texts.fill("picture_view", &[("filters", &filters), ("shown", &shown), ("total", &total)]))
    }
}

impl Analysis {
    /// The matrix under `filter`, named in `texts`' words.
    pub fn matrix<'a>(&'a self, filter: &Filter, index: &SearchIndex, texts: &'a Texts) -> Matrix<'a> {
        let query = Query::new(&filter.query);
        let shown: Vec<bool> = self
            .meetings
            .iter()
            .map(|meeting| filter.meetings.is_empty() || filter.meetings.contains(&meeting.year))
            .collect();
        let columns = (0..self.meetings.len()).map(|m| Column { shown: shown[m], ..self.column(m, texts) }).collect();
        let mut groups: Vec<Group> = self
            .categories
            .iter()
            .enumerate()
            .map(|(i, c)| Group { category: i, id: &c.id, label: texts.category(c), shown: false, rows: Vec::new() })
            .collect();
        // Folded text is needed only while searching (made on the first search).
        let folded = (!query.is_empty()).then(|| index.folded(self, texts));
        for (t, topic) in self.topics.iter().enumerate() {
            let group = &mut groups[usize::from(topic.category)];
            let statuses = self.statuses(t);
            let label_hit = folded.is_some_and(|f| query.matches(&f.topics[t]));
            let cells: Vec<Cell> = (0..self.meetings.len())
                .map(|m| {
                    let evidence = self.evidence(t, m);
                    let status = statuses[m];
                    let wanted = match filter.show {
                        Show::All => status != Status::Absent,
                        Show::New => status == Status::New,
                        Show::Continuing => status == Status::Continuing,
                    };
                    let found = folded.is_none_or(|f| {
                        label_hit
                            || evidence
                                .iter()
                                .any(|e| query.matches(&f.sentences[usize::from(e.doc)][e.sentence as usize]))
                    });
                    Cell {
                        shown: shown[m],
                        meeting: m,
                        year: self.meetings[m].year,
                        count: evidence.len(),
                        status,
                        muted: !(wanted && found),
                    }
                })
                .collect();
            let row_shown = cells.iter().any(|c| c.shown && !c.muted && c.status != Status::Absent);
            group.shown |= row_shown;
            let label = texts.topic_label(topic);
            group.rows.push(Row {
                shown: row_shown,
                topic: t,
                id: &topic.id,
                label,
                description: texts.topic_description(topic),
                label_marks: query.spans(label),
                category: usize::from(topic.category),
                cells,
            });
        }
        for group in &mut groups {
            group.shown &= filter.categories.is_empty() || filter.categories.iter().any(|c| c == group.id);
            self.sort_rows(&mut group.rows, filter.sort);
        }
        let mut matrix = Matrix { columns, groups, shown: 0, total: self.topics.len() };
        matrix.shown = matrix.shown_rows().count();
        matrix
    }

    fn sort_rows(&self, rows: &mut Vec<Row<'_>>, sort: Sort) {
        let first = |r: &Row| self.statuses(r.topic).iter().position(|s| *s == Status::New).unwrap_or(usize::MAX);
        let most = |r: &Row| usize::MAX - self.total(r.topic);
        match sort {
            Sort::FirstAppearance => sort_by_key(rows, |r| (first(r), most(r), fold(r.label))),
            Sort::Mentions => sort_by_key(rows, |r| (most(r), first(r), fold(r.label))),
            Sort::Alphabetical => sort_by_key(rows, |r| fold(r.label)),
        }
    }

    /// The header of meeting `m`.
    pub fn column<'a>(&'a self, m: usize, texts: &'a Texts) -> Column<'a> {
        let meeting = &self.meetings[m];
        Column {
            shown: true,
            meeting: m,
            year: meeting.year,
            date: texts.date(meeting.date),
            place: texts.meeting_place(meeting),
            leaders: texts.meeting_leaders(meeting),
        }
    }

    /// The ids of the topics whose evidence includes sentence `s` of document `d`.
    pub fn topics_of_sentence(&self, d: usize, s: usize) -> Vec<usize> {
        let Some(m) = self.meetings.iter().position(|m| m.documents.contains(&(d as u16))) else {
            return Vec::new();
        };
        (0..self.topics.len())
            .filter(|&t| self.evidence(t, m).iter().any(|e| usize::from(e.doc) == d && e.sentence as usize == s))
            .collect()
    }
}
