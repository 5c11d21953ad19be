//! Ready-to-render views: the header's story, the filtered matrix, the
//! evidence of a cell and an article for reading. The widget maps these to
//! markup and computes nothing itself.

mod article;
mod evidence;
mod header;
mod matrix;

pub use article::{Article, ReadBlock, ReadSentence, TopicTag};
pub use evidence::{segments, EvidencePanel, Quote, Segment};
pub use header::{Bar, Header};
pub use matrix::{Cell, Column, Group, Matrix, Row};

use crate::i18n::Texts;
use crate::search::fold;
use crate::Analysis;

/// The folded text of every topic label, description and sentence, made
/// once so that each keystroke only compares. Areas are found by their
/// names in the reader's locale and in English, the articles' language.
#[derive(Debug)]
pub struct SearchIndex {
    topics: Vec<String>,
    sentences: Vec<Vec<String>>,
}

impl SearchIndex {
    pub fn new(analysis: &Analysis, texts: &Texts) -> Self {
        let names = |t: &crate::Topic| {
            let (label, description) = (texts.topic_label(t), texts.topic_description(t));
            fold(&format!("{label}\n{description}\n{}\n{}", t.label, t.description))
        };
        Self {
            topics: analysis.topics.iter().map(names).collect(),
            sentences: analysis.documents.iter().map(|d| d.sentences.iter().map(|s| fold(s)).collect()).collect(),
        }
    }
}

#[cfg(all(test, feature = "parse"))]
mod tests;
