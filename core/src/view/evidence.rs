//! The evidence of one cell: its sentences, with the matched terms and the
//! search query marked, and where each comes from.

use crate::analysis::Status;
use crate::i18n::Texts;
use crate::search::Query;
use crate::{Analysis, Span};
use std::rc::Rc;

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
    /// The language the sentence is written in.
    pub lang: Rc<str>,
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
    pub fn evidence_panel(&self, topic: usize, meeting: usize, query: &str, texts: &Texts) -> Option<EvidencePanel> {
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
                    lang: doc.lang.as_str().into(),
                    doc: usize::from(e.doc),
                    doc_id: doc.id.as_str().into(),
                    source: doc.source.as_str().into(),
                    date: texts.date(doc.published.unwrap_or(doc.date)).into(),
                    url: doc.url.as_deref().map(Into::into),
                }
            })
            .collect();
        Some(EvidencePanel {
            topic,
            label: texts.topic_label(t).into(),
            category: usize::from(t.category),
            year,
            status: self.statuses(topic)[meeting],
            quotes,
        })
    }
}
