//! Test helpers: the seed analysis, one-off corpora and the synthetic large corpus.

use crate::analysis::{analyse, taxonomy::Taxonomy, text};
use crate::corpus::{self, cleaning::Cleaning};
use crate::i18n::Texts;
use crate::{embedded, Analysis};
use std::sync::LazyLock;

static TAXONOMY: LazyLock<Taxonomy> = LazyLock::new(|| Taxonomy::parse("topics.toml", embedded::TOPICS).unwrap());
static CLEANING: LazyLock<Cleaning> = LazyLock::new(|| Cleaning::parse("cleaning.toml", embedded::CLEANING).unwrap());
static SEED: LazyLock<Analysis> = LazyLock::new(|| embedded::analysis().unwrap());
static TEXTS: LazyLock<Vec<Texts>> = LazyLock::new(|| embedded::texts().unwrap());

/// The English texts.
pub fn english() -> &'static Texts {
    &TEXTS[0]
}

/// The Korean texts.
pub fn korean() -> &'static Texts {
    &TEXTS[1]
}

pub fn seed() -> &'static Analysis {
    &SEED
}

pub fn cleaning() -> &'static Cleaning {
    &CLEANING
}

/// Sorted ids of the topics one sentence names.
pub fn topics_named(sentence: &str) -> Vec<String> {
    let tokens = text::tokens(sentence);
    let mut ids: Vec<String> = TAXONOMY
        .rules
        .iter()
        .zip(&TAXONOMY.topics)
        .filter(|(rules, _)| !crate::analysis::matching::find(rules, sentence, &tokens).is_empty())
        .map(|(_, t)| t.id.to_string())
        .collect();
    ids.sort();
    ids
}

/// A corpus file with minimal front matter.
pub fn article(id: &str, year: &str, body: &str) -> (String, String) {
    (format!("{id}.md"), format!("+++\ntitle = \"T {id}\"\ndate = {year}-05-21\nsource = \"Test\"\n+++\n{body}\n"))
}

/// Analyses articles given as (year, body).
pub fn analysis_of(articles: &[(&str, &str)]) -> Analysis {
    let files: Vec<_> = articles.iter().enumerate().map(|(i, (y, b))| article(&format!("a{i}"), y, b)).collect();
    analyse(corpus::parse_files(&files, &CLEANING).unwrap(), &TAXONOMY)
}
