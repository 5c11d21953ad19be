//! The corpus compiled into the program: the files under `src/corpus/`.

use crate::{analysis, cleaning::Cleaning, corpus, error::InputError, taxonomy::Taxonomy, Analysis, Document};
use std::path::Path;

include!(concat!(env!("OUT_DIR"), "/embedded_corpus.rs"));

/// Parses and analyses the embedded corpus with the embedded rules.
pub fn analysis() -> Result<Analysis, InputError> {
    let cleaning = Cleaning::parse("cleaning.toml", CLEANING)?;
    let files: Vec<(String, String)> =
        ARTICLES.iter().map(|(name, text)| ((*name).to_owned(), (*text).to_owned())).collect();
    analysed(corpus::parse_files(&files, &cleaning)?)
}

/// Parses and analyses the articles in `dir` (laid out like
/// `src/corpus/articles`) with the embedded rules: a newsroom's own corpus.
pub fn analysis_of_dir(dir: &Path) -> Result<Analysis, InputError> {
    let cleaning = Cleaning::parse("cleaning.toml", CLEANING)?;
    analysed(corpus::read_dir(dir, &cleaning)?)
}

fn analysed(documents: Vec<Document>) -> Result<Analysis, InputError> {
    let taxonomy = Taxonomy::parse("topics.toml", TOPICS)?;
    Ok(analysis::analyse(documents, &taxonomy))
}
