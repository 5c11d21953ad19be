//! The evidence of one cell: its sentences, with the matched terms marked,
//! and where each comes from. The page carries every mentioned cell's
//! evidence from the first paint, so it is written once, by the build, and
//! marks the terms only (a search marks the rows it keeps).

use crate::analysis::Status;
use crate::i18n::{Locale, Texts};
use crate::{Analysis, Span};

/// A piece of a sentence, marked when it is a matched term or the search query.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Segment<'a> {
    pub text: &'a str,
    pub term: bool,
    pub query: bool,
}

/// Cuts `text` at the edges of `terms` and `query` marks.
pub fn segments<'a>(text: &'a str, terms: &[Span], query: &[Span]) -> Vec<Segment<'a>> {
    let mut cuts: Vec<usize> = vec![0, text.len()];
    for s in terms.iter().chain(query) {
        cuts.extend([s.start as usize, s.end as usize]);
    }
    cuts.retain(|&c| c <= text.len() && text.is_char_boundary(c));
    super::sort_by_key(&mut cuts, |&c| c);
    cuts.dedup();
    let inside = |spans: &[Span], at: usize| spans.iter().any(|s| s.start as usize <= at && at < s.end as usize);
    cuts.windows(2)
        .map(|w| Segment { text: &text[w[0]..w[1]], term: inside(terms, w[0]), query: inside(query, w[0]) })
        .collect()
}

/// One quoted sentence in the evidence panel.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Quote<'a> {
    pub segments: Vec<Segment<'a>>,
    /// The language the sentence is written in.
    pub lang: &'a str,
    /// That language's name when it is not the reader's ("Korean" on the
    /// English page), shown beside the source.
    pub language: Option<&'a str>,
    pub doc: usize,
    pub doc_id: &'a str,
    /// The sentence's index in its article, which names its place there.
    pub sentence: u32,
    pub source: &'a str,
    pub date: String,
    pub url: Option<&'a str>,
}

/// The evidence panel of one cell.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EvidencePanel<'a> {
    pub topic: usize,
    /// The topic's id, as links name it (`cell=<id>:<year>`).
    pub topic_id: &'a str,
    pub label: &'a str,
    pub category: usize,
    pub year: u16,
    pub status: Status,
    pub quotes: Vec<Quote<'a>>,
}

impl Analysis {
    /// The evidence of `topic` at `meeting`: the sentences in the reader's
    /// language (`texts`') first, then the others, each in corpus order and
    /// marked with its language.
    pub fn evidence_panel<'a>(&'a self, topic: usize, meeting: usize, texts: &'a Texts) -> Option<EvidencePanel<'a>> {
        let t = self.topics.get(topic)?;
        let year = self.meetings.get(meeting)?.year;
        let mut quotes: Vec<Quote<'a>> = self
            .evidence(topic, meeting)
            .iter()
            .map(|e| {
                let doc = &self.documents[usize::from(e.doc)];
                let text = self.sentence(e);
                let primary = doc.lang.split('-').next().unwrap_or("");
                let language = (!primary.eq_ignore_ascii_case(texts.locale.code()))
                    .then(|| Locale::from_tag(primary).and_then(|l| texts.language_name(l)).unwrap_or(&doc.lang));
                Quote {
                    segments: segments(text, &e.marks, &[]),
                    lang: &doc.lang,
                    language,
                    doc: usize::from(e.doc),
                    doc_id: &doc.id,
                    sentence: e.sentence,
                    source: &doc.source,
                    date: texts.date(doc.published.unwrap_or(doc.date)),
                    url: doc.url.as_deref(),
                }
            })
            .collect();
        super::sort_by_key(&mut quotes, |q| q.language.is_some());
        Some(EvidencePanel {
            topic,
            topic_id: &t.id,
            label: texts.topic_label(t),
            category: usize::from(t.category),
            year,
            status: self.statuses(topic)[meeting],
            quotes,
        })
    }
}
