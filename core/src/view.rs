//! Ready-to-render views: the header's story, the filtered matrix, the
//! evidence of a cell and an article for reading. The widget maps these to
//! markup and computes nothing itself.

use crate::analysis::Status;
use crate::filter::{Filter, Show, Sort};
use crate::model::Block;
use crate::search::{fold, Query};
use crate::{Analysis, Span};
use std::rc::Rc;

/// The folded text of every topic label, description and sentence, made
/// once so that each keystroke only compares.
#[derive(Debug)]
pub struct SearchIndex {
    topics: Vec<String>,
    sentences: Vec<Vec<String>>,
}

impl SearchIndex {
    pub fn new(analysis: &Analysis) -> Self {
        Self {
            topics: analysis.topics.iter().map(|t| fold(&format!("{}\n{}", t.label, t.description))).collect(),
            sentences: analysis.documents.iter().map(|d| d.sentences.iter().map(|s| fold(s)).collect()).collect(),
        }
    }
}

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

/// One meeting column.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Column {
    pub meeting: usize,
    pub year: u16,
    pub date: Rc<str>,
    pub place: Option<Rc<str>>,
    pub leaders: Rc<str>,
}

/// One cell of a row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cell {
    pub meeting: usize,
    pub year: u16,
    pub count: usize,
    pub status: Status,
    /// Shown but outside the current filter (muted).
    pub muted: bool,
}

/// One area of cooperation. Every area has a row in every view; `shown`
/// says whether the filter keeps it, so the widget hides rows instead of
/// rebuilding them on each filter change.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    pub shown: bool,
    pub topic: usize,
    pub id: Rc<str>,
    pub label: Rc<str>,
    pub description: Rc<str>,
    /// Where the search query stands in the label.
    pub label_marks: Vec<Span>,
    pub category: usize,
    pub cells: Vec<Cell>,
}

/// The rows of one category; `shown` when any of them is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Group {
    pub shown: bool,
    pub category: usize,
    pub id: Rc<str>,
    pub label: Rc<str>,
    pub rows: Vec<Row>,
}

/// The filtered matrix: every category and area, in display order, each
/// marked shown or not.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Matrix {
    pub columns: Vec<Column>,
    pub groups: Vec<Group>,
    pub shown: usize,
    pub total: usize,
}

impl Matrix {
    /// "Showing 12 of 24 areas".
    pub fn result_line(&self) -> String {
        format!("Showing {} of {} areas", self.shown, self.total)
    }
}

/// Sentence counts as words: "1 sentence", "3 sentences".
pub fn sentences_label(count: usize) -> String {
    format!("{count} sentence{}", if count == 1 { "" } else { "s" })
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

    /// The matrix under `filter`.
    pub fn matrix(&self, filter: &Filter, index: &SearchIndex) -> Matrix {
        let query = Query::new(&filter.query);
        let visible: Vec<usize> = (0..self.meetings.len())
            .filter(|m| filter.meetings.is_empty() || filter.meetings.contains(&self.meetings[*m].year))
            .collect();
        let columns = visible.iter().map(|&m| self.column(m)).collect();
        let mut groups: Vec<Group> = self
            .categories
            .iter()
            .enumerate()
            .map(|(i, c)| Group {
                category: i,
                id: c.id.as_str().into(),
                label: c.label.as_str().into(),
                shown: false,
                rows: Vec::new(),
            })
            .collect();
        let mut shown = 0;
        for (t, topic) in self.topics.iter().enumerate() {
            let group = &mut groups[usize::from(topic.category)];
            let in_category = filter.categories.is_empty() || filter.categories.contains(&*group.id);
            let statuses = self.statuses(t);
            let label_hit = query.matches(&index.topics[t]);
            let cells: Vec<Cell> = visible
                .iter()
                .map(|&m| {
                    let evidence = self.evidence(t, m);
                    let status = statuses[m];
                    let wanted = match filter.show {
                        Show::All => status != Status::Absent,
                        Show::New => status == Status::New,
                        Show::Continuing => status == Status::Continuing,
                    };
                    let found = query.is_empty()
                        || label_hit
                        || evidence
                            .iter()
                            .any(|e| query.matches(&index.sentences[usize::from(e.doc)][e.sentence as usize]));
                    Cell {
                        meeting: m,
                        year: self.meetings[m].year,
                        count: evidence.len(),
                        status,
                        muted: !(wanted && found),
                    }
                })
                .collect();
            let row_shown = in_category && cells.iter().any(|c| !c.muted && c.status != Status::Absent);
            shown += usize::from(row_shown);
            group.shown |= row_shown;
            group.rows.push(Row {
                shown: row_shown,
                topic: t,
                id: topic.id.as_str().into(),
                label: topic.label.as_str().into(),
                description: topic.description.as_str().into(),
                label_marks: query.spans(&topic.label),
                category: usize::from(topic.category),
                cells,
            });
        }
        for group in &mut groups {
            self.sort_rows(&mut group.rows, filter.sort);
        }
        Matrix { columns, groups, shown, total: self.topics.len() }
    }

    fn sort_rows(&self, rows: &mut [Row], sort: Sort) {
        let first = |r: &Row| self.statuses(r.topic).iter().position(|s| *s == Status::New).unwrap_or(usize::MAX);
        match sort {
            Sort::FirstAppearance => {
                rows.sort_by_cached_key(|r| (first(r), std::cmp::Reverse(self.total(r.topic)), r.label.to_lowercase()))
            }
            Sort::Mentions => {
                rows.sort_by_cached_key(|r| (std::cmp::Reverse(self.total(r.topic)), first(r), r.label.to_lowercase()))
            }
            Sort::Alphabetical => rows.sort_by_cached_key(|r| r.label.to_lowercase()),
        }
    }

    /// The header of meeting `m`.
    pub fn column(&self, m: usize) -> Column {
        let meeting = &self.meetings[m];
        Column {
            meeting: m,
            year: meeting.year,
            date: meeting.date.long().into(),
            place: meeting.place.as_deref().map(Into::into),
            leaders: meeting.participants.join(", ").into(),
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

/// A piece of a sentence, marked when it is a matched term or the search query.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Segment {
    pub text: String,
    pub term: bool,
    pub query: bool,
}

/// Cuts `text` at the edges of `terms` and `query` marks.
pub fn segments(text: &str, terms: &[Span], query: &[Span]) -> Vec<Segment> {
    let mut cuts: Vec<usize> = vec![0, text.len()];
    for s in terms.iter().chain(query) {
        cuts.extend([s.start as usize, s.end as usize]);
    }
    cuts.retain(|&c| c <= text.len() && text.is_char_boundary(c));
    cuts.sort_unstable();
    cuts.dedup();
    let inside = |spans: &[Span], at: usize| spans.iter().any(|s| s.start as usize <= at && at < s.end as usize);
    cuts.windows(2)
        .map(|w| Segment { text: text[w[0]..w[1]].to_owned(), term: inside(terms, w[0]), query: inside(query, w[0]) })
        .collect()
}

/// One quoted sentence in the evidence panel.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Quote {
    pub segments: Vec<Segment>,
    pub doc: usize,
    pub doc_id: Rc<str>,
    pub source: Rc<str>,
    pub date: Rc<str>,
    pub url: Option<Rc<str>>,
}

/// The evidence panel of one cell.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EvidencePanel {
    pub topic: usize,
    pub label: Rc<str>,
    pub category: usize,
    pub year: u16,
    pub status: Status,
    pub quotes: Vec<Quote>,
}

impl Analysis {
    /// The evidence of `topic` at `meeting`, with the query marked too.
    pub fn evidence_panel(&self, topic: usize, meeting: usize, query: &str) -> Option<EvidencePanel> {
        let t = self.topics.get(topic)?;
        let year = self.meetings.get(meeting)?.year;
        let query = Query::new(query);
        let quotes = self
            .evidence(topic, meeting)
            .iter()
            .map(|e| {
                let doc = &self.documents[usize::from(e.doc)];
                let text = self.sentence(e);
                Quote {
                    segments: segments(text, &e.marks, &query.spans(text)),
                    doc: usize::from(e.doc),
                    doc_id: doc.id.as_str().into(),
                    source: doc.source.as_str().into(),
                    date: doc.published.unwrap_or(doc.date).long().into(),
                    url: doc.url.as_deref().map(Into::into),
                }
            })
            .collect();
        Some(EvidencePanel {
            topic,
            label: t.label.as_str().into(),
            category: usize::from(t.category),
            year,
            status: self.statuses(topic)[meeting],
            quotes,
        })
    }
}

/// A topic label on a sentence in the reading view.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TopicTag {
    pub label: Rc<str>,
    pub category: usize,
}

/// One sentence in the reading view.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReadSentence {
    pub text: Rc<str>,
    pub tags: Vec<TopicTag>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReadBlock {
    Heading(Rc<str>),
    Paragraph(Vec<ReadSentence>),
}

/// An article in the reading view.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Article {
    pub doc: usize,
    pub id: Rc<str>,
    pub title: Rc<str>,
    pub source: Rc<str>,
    pub date: Rc<str>,
    pub place: Option<Rc<str>>,
    pub url: Option<Rc<str>>,
    pub blocks: Vec<ReadBlock>,
    pub previous: Option<Rc<str>>,
    pub next: Option<Rc<str>>,
}

impl Analysis {
    /// Article `d` for reading, its topic sentences tagged.
    pub fn article(&self, d: usize) -> Option<Article> {
        let doc = self.documents.get(d)?;
        let sentence = |s: usize| ReadSentence {
            text: doc.sentences[s].as_str().into(),
            tags: self
                .topics_of_sentence(d, s)
                .into_iter()
                .map(|t| TopicTag {
                    label: self.topics[t].label.as_str().into(),
                    category: usize::from(self.topics[t].category),
                })
                .collect(),
        };
        let blocks = doc
            .blocks
            .iter()
            .map(|b| match b {
                Block::Heading(h) => ReadBlock::Heading(h.as_str().into()),
                Block::Paragraph(ids) => ReadBlock::Paragraph(ids.iter().map(|&s| sentence(s as usize)).collect()),
            })
            .collect();
        let id_at = |i: Option<usize>| i.and_then(|i| self.documents.get(i)).map(|d| Rc::from(d.id.as_str()));
        Some(Article {
            doc: d,
            id: doc.id.as_str().into(),
            title: doc.title.as_str().into(),
            source: doc.source.as_str().into(),
            date: doc.published.unwrap_or(doc.date).long().into(),
            place: doc.place.as_deref().map(Into::into),
            url: doc.url.as_deref().map(Into::into),
            blocks,
            previous: id_at(d.checked_sub(1)),
            next: id_at(Some(d + 1)),
        })
    }
}

#[cfg(all(test, feature = "parse"))]
#[path = "view_tests.rs"]
mod tests;
