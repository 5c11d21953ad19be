//! Stage 5, views. In: the [`Analysis`], the reader's
//! state ([`crate::link`]) and a locale's texts. Out: ready-to-render view
//! models: the header's story, the filtered matrix, the evidence of a cell,
//! an article for reading, the picture. The widget maps these to markup and
//! computes nothing itself.

mod article;
mod evidence;
mod header;
mod matrix;
mod picture;

pub use article::{Article, ReadBlock, ReadSentence, TopicTag};
pub use evidence::{segments, EvidencePanel, Quote, Segment};
pub use header::{Bar, Header, Story};
pub use matrix::{Cell, Column, Group, Matrix, Row};
pub use picture::{Picture, CARD, FONT as PICTURE_FONT};

use crate::analysis::search::fold;
use crate::i18n::Texts;
use crate::Analysis;
use std::cell::OnceCell;

/// The folded text of every topic label, description and sentence, made
/// on the first search (most readers never search, and at a hundred times
/// the corpus folding every sentence would delay the widget's start) and
/// kept, so that each keystroke after it only compares. Areas are found by
/// their names in the reader's locale and in English, the articles'
/// language. An index belongs to the one analysis and texts it is used with.
#[derive(Debug, Default)]
pub struct SearchIndex {
    folded: OnceCell<Folded>,
}

#[derive(Debug)]
pub(super) struct Folded {
    pub(super) topics: Vec<String>,
    pub(super) sentences: Vec<Vec<String>>,
}

impl SearchIndex {
    /// An empty index, filled by the first search.
    pub fn new() -> Self {
        Self::default()
    }

    /// Whether a search has filled it yet.
    pub fn is_filled(&self) -> bool {
        self.folded.get().is_some()
    }

    pub(super) fn folded(&self, analysis: &Analysis, texts: &Texts) -> &Folded {
        self.folded.get_or_init(|| {
            let names = |t: &crate::Topic| {
                let names = [texts.topic_label(t), texts.topic_description(t), &t.label, &t.description];
                fold(&names.join("\n"))
            };
            Folded {
                topics: analysis.topics.iter().map(names).collect(),
                sentences: analysis.documents.iter().map(|d| d.sentences.iter().map(|s| fold(s)).collect()).collect(),
            }
        })
    }
}

/// Sorts `rows` by `key` (computed once per row), stably: an insertion
/// sort, as the views sort a few dozen items at most (a matrix's rows, a
/// sentence's marks), which keeps the standard
/// library's generic sorts (several kilobytes of WebAssembly each) out of
/// the widget.
pub(super) fn sort_by_key<T, K: Ord>(rows: &mut Vec<T>, key: impl Fn(&T) -> K) {
    let mut keyed: Vec<(K, T)> = rows.drain(..).map(|row| (key(&row), row)).collect();
    for i in 1..keyed.len() {
        let mut j = i;
        while j > 0 && keyed[j - 1].0 > keyed[j].0 {
            keyed.swap(j - 1, j);
            j -= 1;
        }
    }
    rows.extend(keyed.into_iter().map(|(_, row)| row));
}

#[cfg(all(test, feature = "parse"))]
mod tests;
