//! Stage 3, what the build compiles in. In: the files under `src/corpus/`
//! (articles, taxonomy, cleaning rules, locales), included at compile time.
//! Out: their analysis and texts, and those written as Rust source
//! ([`rust_source`]) for the browser build; a corpus many times larger for
//! benchmarks ([`synthetic`]).

pub mod rust_source;
pub mod synthetic;

use crate::analysis::{self, taxonomy::Taxonomy};
use crate::corpus::{self, cleaning::Cleaning};
use crate::i18n::{Locale, Texts};
use crate::{error::InputError, Analysis, Document};
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
    analysis_of_dirs(&[dir])
}

/// Parses and analyses the articles of several directories as one corpus.
pub fn analysis_of_dirs(dirs: &[&Path]) -> Result<Analysis, InputError> {
    let cleaning = Cleaning::parse("cleaning.toml", CLEANING)?;
    analysed(corpus::read_dirs(dirs, &cleaning)?)
}

/// Every locale's texts, English first; the others fall back to English.
/// A locale naming an area or category the taxonomy lacks is an error.
pub fn texts() -> Result<Vec<Texts>, InputError> {
    let taxonomy = Taxonomy::parse("topics.toml", TOPICS)?;
    let mut all: Vec<Texts> = Vec::new();
    for (file, text) in LOCALE_FILES {
        let code = file.trim_end_matches(".toml");
        let locale = Locale::from_tag(code)
            .ok_or_else(|| InputError::new(file, 1, format!("'{code}' is not a locale the widget knows")))?;
        let texts = Texts::parse(file, text, locale, all.first())?;
        let (topics, categories) = texts.named_ids();
        for id in topics {
            if !taxonomy.topics.iter().any(|t| t.id == id) {
                return Err(InputError::new(file, 1, format!("[topics.{id}]: no such area in topics.toml")));
            }
        }
        for id in categories {
            if !taxonomy.categories.iter().any(|c| c.id == id) {
                return Err(InputError::new(file, 1, format!("[categories] {id}: no such category in topics.toml")));
            }
        }
        all.push(texts);
    }
    Ok(all)
}

fn analysed(documents: Vec<Document>) -> Result<Analysis, InputError> {
    let taxonomy = Taxonomy::parse("topics.toml", TOPICS)?;
    Ok(analysis::analyse(documents, &taxonomy))
}
