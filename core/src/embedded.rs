//! The corpus compiled into the program: the files under `src/corpus/`.

use crate::{analysis, cleaning::Cleaning, corpus, error::InputError, taxonomy::Taxonomy, Analysis};

include!(concat!(env!("OUT_DIR"), "/embedded_corpus.rs"));

/// Parses and analyses the embedded corpus with the embedded rules.
pub fn analysis() -> Result<Analysis, InputError> {
    let taxonomy = Taxonomy::parse("topics.toml", TOPICS)?;
    let cleaning = Cleaning::parse("cleaning.toml", CLEANING)?;
    let files: Vec<(String, String)> =
        ARTICLES.iter().map(|(name, text)| ((*name).to_owned(), (*text).to_owned())).collect();
    let documents = corpus::parse_files(&files, &cleaning)?;
    Ok(analysis::analyse(documents, &taxonomy))
}
