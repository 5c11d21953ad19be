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
pub use matrix::{sentences_label, Cell, Column, Group, Matrix, Row};

use crate::search::fold;
use crate::Analysis;

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

#[cfg(all(test, feature = "parse"))]
mod tests;
