//! The analysis as data: what the build embeds in the widget and what every
//! view is computed from. Plain serialisable structs with no behaviour beyond
//! lookups.
//!
//! Text and lists are copy-on-write: owned where the analysis is made (the
//! build, the export tool, the tests), borrowed from `static` data in the
//! widget, whose build writes the analysis as Rust source
//! ([`crate::embedded::rust_source`]), so the browser decodes nothing at start-up.

use crate::date::Date;
use serde::Serialize;
use std::borrow::Cow;

/// Text in the analysis: owned when made, `'static` when compiled in.
pub type Text = Cow<'static, str>;
/// A list in the analysis: owned when made, `'static` when compiled in.
pub type List<T> = Cow<'static, [T]>;

/// A byte range `[start, end)` inside a sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Span {
    pub start: u32,
    pub end: u32,
}

/// What a cleaned article is made of, in reading order.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub enum Block {
    /// A section heading (a short line without closing punctuation).
    Heading(Text),
    /// A paragraph, as indices into [`Document::sentences`].
    Paragraph(List<u32>),
}

/// A line the cleaning rules took out of an article, kept for transparency.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Dropped {
    /// 1-based line number in the corpus file.
    pub line: u32,
    /// Id of the rule that matched.
    pub rule: Text,
    pub text: Text,
}

/// One article of the corpus.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Document {
    pub id: Text,
    pub title: Text,
    /// The language the article is written in (a BCP 47 tag): `en` unless
    /// its front matter says otherwise. The widget marks its text with it,
    /// so screen readers read it in that language inside any interface.
    pub lang: Text,
    /// The meeting date; its year is the meeting the article reports.
    pub date: Date,
    pub published: Option<Date>,
    pub source: Text,
    pub url: Option<Text>,
    pub place: Option<Text>,
    pub participants: List<Text>,
    pub sentences: List<Text>,
    /// The 1-based line in the corpus file of each sentence (the coverage
    /// report points an editor at it).
    pub lines: List<u32>,
    pub blocks: List<Block>,
    pub dropped: List<Dropped>,
}

/// A meeting: all articles whose `date` falls in one year.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Meeting {
    pub year: u16,
    pub date: Date,
    pub place: Option<Text>,
    pub participants: List<Text>,
    /// Indices into [`Analysis::documents`].
    pub documents: List<u16>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Category {
    pub id: Text,
    pub label: Text,
}

/// An area of cooperation (one row of the matrix).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Topic {
    pub id: Text,
    pub label: Text,
    pub description: Text,
    /// Index into [`Analysis::categories`].
    pub category: u16,
}

/// One sentence that names an area of cooperation.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Evidence {
    /// Index into [`Analysis::documents`].
    pub doc: u16,
    /// Index into that document's sentences.
    pub sentence: u32,
    /// Where the matched terms stand in the sentence.
    pub marks: List<Span>,
}

/// The whole analysis: documents, meetings in date order, the taxonomy and
/// `cells[topic][meeting]`, the evidence of each topic at each meeting.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Analysis {
    pub documents: List<Document>,
    pub meetings: List<Meeting>,
    pub categories: List<Category>,
    pub topics: List<Topic>,
    pub cells: List<List<List<Evidence>>>,
}

impl Analysis {
    /// The evidence of `topic` at `meeting` (empty when out of range).
    pub fn evidence(&self, topic: usize, meeting: usize) -> &[Evidence] {
        self.cells.get(topic).and_then(|row| row.get(meeting)).map_or(&[], |cell| cell)
    }

    /// The sentence an [`Evidence`] points at.
    pub fn sentence(&self, evidence: &Evidence) -> &str {
        self.documents
            .get(usize::from(evidence.doc))
            .and_then(|d| d.sentences.get(evidence.sentence as usize))
            .map_or("", |s| s)
    }

    /// Index of the meeting held in `year`.
    pub fn meeting_of_year(&self, year: u16) -> Option<usize> {
        self.meetings.iter().position(|m| m.year == year)
    }

    /// Index of the document with `id`.
    pub fn document_index(&self, id: &str) -> Option<usize> {
        self.documents.iter().position(|d| d.id == id)
    }
}
