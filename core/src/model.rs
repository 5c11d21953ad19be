//! The analysis as data: what the build embeds in the widget and what every
//! view is computed from. Plain serialisable structs with no behaviour beyond
//! lookups.

use crate::date::Date;
use serde::{Deserialize, Serialize};

/// A byte range `[start, end)` inside a sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Span {
    pub start: u32,
    pub end: u32,
}

/// What a cleaned article is made of, in reading order.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Block {
    /// A section heading (a short line without closing punctuation).
    Heading(String),
    /// A paragraph, as indices into [`Document::sentences`].
    Paragraph(Vec<u32>),
}

/// A line the cleaning rules took out of an article, kept for transparency.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Dropped {
    /// 1-based line number in the corpus file.
    pub line: u32,
    /// Id of the rule that matched.
    pub rule: String,
    pub text: String,
}

/// One article of the corpus.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Document {
    pub id: String,
    pub title: String,
    /// The language the article is written in (a BCP 47 tag): `en` unless
    /// its front matter says otherwise. The widget marks its text with it,
    /// so screen readers read it in that language inside any interface.
    pub lang: String,
    /// The meeting date; its year is the meeting the article reports.
    pub date: Date,
    pub published: Option<Date>,
    pub source: String,
    pub url: Option<String>,
    pub place: Option<String>,
    pub participants: Vec<String>,
    pub sentences: Vec<String>,
    pub blocks: Vec<Block>,
    pub dropped: Vec<Dropped>,
}

/// A meeting: all articles whose `date` falls in one year.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Meeting {
    pub year: u16,
    pub date: Date,
    pub place: Option<String>,
    pub participants: Vec<String>,
    /// Indices into [`Analysis::documents`].
    pub documents: Vec<u16>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Category {
    pub id: String,
    pub label: String,
}

/// An area of cooperation (one row of the matrix).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Topic {
    pub id: String,
    pub label: String,
    pub description: String,
    /// Index into [`Analysis::categories`].
    pub category: u16,
}

/// One sentence that names an area of cooperation.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Evidence {
    /// Index into [`Analysis::documents`].
    pub doc: u16,
    /// Index into that document's sentences.
    pub sentence: u32,
    /// Where the matched terms stand in the sentence.
    pub marks: Vec<Span>,
}

/// The whole analysis: documents, meetings in date order, the taxonomy and
/// `cells[topic][meeting]`, the evidence of each topic at each meeting.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Analysis {
    pub documents: Vec<Document>,
    pub meetings: Vec<Meeting>,
    pub categories: Vec<Category>,
    pub topics: Vec<Topic>,
    pub cells: Vec<Vec<Vec<Evidence>>>,
}

impl Analysis {
    /// The evidence of `topic` at `meeting` (empty when out of range).
    pub fn evidence(&self, topic: usize, meeting: usize) -> &[Evidence] {
        self.cells.get(topic).and_then(|row| row.get(meeting)).map_or(&[], Vec::as_slice)
    }

    /// The sentence an [`Evidence`] points at.
    pub fn sentence(&self, evidence: &Evidence) -> &str {
        self.documents
            .get(usize::from(evidence.doc))
            .and_then(|d| d.sentences.get(evidence.sentence as usize))
            .map_or("", String::as_str)
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
