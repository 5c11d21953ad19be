//! A synthetic corpus `factor` times the size of the embedded one, for
//! benchmarks and scale tests: each seed article repeated as new articles of
//! the same meeting, its paragraphs rotated so no two bodies are the same.

use crate::analysis::{analyse, taxonomy::Taxonomy};
use crate::corpus::{self, cleaning::Cleaning};
use crate::embedded::{ARTICLES, CLEANING, TOPICS};
use crate::{error::InputError, Analysis};

/// The analysis of `corpus(factor)` with the embedded rules.
pub fn analysis(factor: usize) -> Result<Analysis, InputError> {
    let taxonomy = Taxonomy::parse("topics.toml", TOPICS)?;
    let cleaning = Cleaning::parse("cleaning.toml", CLEANING)?;
    Ok(analyse(corpus::parse_files(&corpus(factor), &cleaning)?, &taxonomy))
}

/// The embedded articles, each `factor` times, as (file name, text).
pub fn corpus(factor: usize) -> Vec<(String, String)> {
    let mut files = Vec::with_capacity(ARTICLES.len() * factor);
    for (name, text) in ARTICLES {
        let stem = name.trim_end_matches(".md");
        let (front, body) = split(text);
        let paragraphs: Vec<&str> = body.split("\n\n").collect();
        for k in 0..factor {
            let shift = k % paragraphs.len().max(1);
            let rotated = [&paragraphs[shift..], &paragraphs[..shift]].concat().join("\n\n");
            let text = format!("+++\nid = \"{stem}-{k:03}\"\n{front}+++\n{rotated}\n");
            files.push((format!("{stem}-{k:03}.md"), text));
        }
    }
    files
}

/// Front matter (with its final newline, without the `+++` lines) and body.
fn split(text: &str) -> (&str, &str) {
    let rest = text.strip_prefix("+++\n").unwrap_or(text);
    match rest.find("\n+++\n") {
        Some(at) => (&rest[..at + 1], &rest[at + 5..]),
        None => ("", rest),
    }
}

#[cfg(test)]
mod tests {
    use crate::analysis::{analyse, taxonomy::Taxonomy};
    use crate::testing::{cleaning, seed};
    use crate::{corpus, embedded};

    #[test]
    fn a_larger_corpus_scales_every_count_and_keeps_the_meetings() {
        let files = super::corpus(3);
        assert_eq!(files.len(), 3 * embedded::ARTICLES.len());
        let taxonomy = Taxonomy::parse("topics.toml", embedded::TOPICS).unwrap();
        let big = analyse(corpus::parse_files(&files, cleaning()).unwrap(), &taxonomy);
        let seed = seed();
        assert_eq!(big.meetings.len(), seed.meetings.len());
        for t in 0..seed.topics.len() {
            for m in 0..seed.meetings.len() {
                assert_eq!(big.evidence(t, m).len(), 3 * seed.evidence(t, m).len(), "{} at {m}", seed.topics[t].id);
            }
        }
    }
}
