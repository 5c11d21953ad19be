//! The taxonomy of areas of cooperation, read from `topics.toml`: categories
//! in display order, and for each topic its label, category, description and
//! matching rules (terms, and exclusions for senses that must not count), in
//! English (`terms`, `exclude`) and in Korean (`terms_ko`, `exclude_ko`).

use crate::analysis::text::{is_hangul, words};
use crate::error::{line_of, InputError};
use crate::{Category, Topic};
use serde::Deserialize;
use std::collections::HashSet;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct TaxonomyFile {
    category: Vec<CategorySpec>,
    topic: Vec<TopicSpec>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CategorySpec {
    id: String,
    label: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct TopicSpec {
    id: String,
    label: String,
    category: String,
    description: String,
    terms: Vec<String>,
    #[serde(default)]
    exclude: Vec<String>,
    #[serde(default)]
    terms_ko: Vec<String>,
    #[serde(default)]
    exclude_ko: Vec<String>,
}

/// One term or exclusion, ready to match.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Pattern {
    /// English (or any text without Hangul): a run of whole normalised words.
    Words(Vec<String>),
    /// Korean: its letters without spaces, middle dots or hyphens (lower
    /// case), matched from the start of a word, across such separators, and
    /// followed by anything (a particle, an ending, the rest of a compound).
    Hangul(Vec<char>),
}

/// Korean separators a term may be written with or without: spaces, the
/// middle dot (인도·태평양) and hyphens.
pub fn separator(c: char) -> bool {
    c.is_whitespace() || matches!(c, '·' | 'ㆍ' | '‧' | '・' | '-' | '‐' | '–')
}

impl Pattern {
    /// `term` as a pattern: Korean when it has Hangul, else English words.
    pub fn new(term: &str) -> Self {
        if term.chars().any(is_hangul) {
            Self::Hangul(term.chars().filter(|&c| !separator(c)).flat_map(char::to_lowercase).collect())
        } else {
            Self::Words(words(term))
        }
    }

    fn is_empty(&self) -> bool {
        match self {
            Self::Words(w) => w.is_empty(),
            Self::Hangul(c) => c.is_empty(),
        }
    }
}

/// A topic's matching rules.
#[derive(Clone, Debug, PartialEq)]
pub struct Rules {
    pub terms: Vec<Pattern>,
    pub exclude: Vec<Pattern>,
    /// Each of `terms` as `topics.toml` writes it.
    pub written: Vec<String>,
}

/// Categories, topics and their rules (`rules[i]` belongs to `topics[i]`).
#[derive(Clone, Debug)]
pub struct Taxonomy {
    pub categories: Vec<Category>,
    pub topics: Vec<Topic>,
    pub rules: Vec<Rules>,
}

impl Taxonomy {
    /// Reads and checks `topics.toml`; `file` names it in errors.
    pub fn parse(file: &str, text: &str) -> Result<Self, InputError> {
        let spec: TaxonomyFile = toml::from_str(text)
            .map_err(|e| InputError::new(file, e.span().map_or(0, |s| line_of(text, s.start)), e.message()))?;
        let line = |id: &str| text.find(&format!("id = \"{id}\"")).map_or(0, |at| line_of(text, at));
        let mut ids = HashSet::new();
        for c in &spec.category {
            if !ids.insert(c.id.clone()) {
                return Err(InputError::new(file, line(&c.id), format!("duplicate category id '{}'", c.id)));
            }
        }
        let categories: Vec<Category> =
            spec.category.into_iter().map(|c| Category { id: c.id.into(), label: c.label.into() }).collect();
        let mut topics = Vec::new();
        let mut rules = Vec::new();
        let mut topic_ids = HashSet::new();
        for t in spec.topic {
            let at = line(&t.id);
            if !topic_ids.insert(t.id.clone()) {
                return Err(InputError::new(file, at, format!("duplicate topic id '{}'", t.id)));
            }
            let category = categories.iter().position(|c| c.id == t.category).ok_or_else(|| {
                InputError::new(file, at, format!("topic '{}' names unknown category '{}'", t.id, t.category))
            })?;
            let normalise = |list: &[String]| -> Result<Vec<Pattern>, InputError> {
                list.iter()
                    .map(|term| {
                        let p = Pattern::new(term);
                        if p.is_empty() {
                            Err(InputError::new(file, at, format!("topic '{}' has an empty term", t.id)))
                        } else {
                            Ok(p)
                        }
                    })
                    .collect()
            };
            if t.terms.is_empty() {
                return Err(InputError::new(file, at, format!("topic '{}' has no terms", t.id)));
            }
            let written: Vec<String> = t.terms.iter().chain(&t.terms_ko).cloned().collect();
            let exclude: Vec<String> = t.exclude.iter().chain(&t.exclude_ko).cloned().collect();
            rules.push(Rules { terms: normalise(&written)?, exclude: normalise(&exclude)?, written });
            topics.push(Topic {
                id: t.id.into(),
                label: t.label.into(),
                description: t.description.into(),
                category: u16::try_from(category).unwrap_or(u16::MAX),
            });
        }
        Ok(Self { categories, topics, rules })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_taxonomy_is_well_formed() {
        let t = Taxonomy::parse("topics.toml", crate::embedded::TOPICS).unwrap();
        assert!((15..=25).contains(&t.topics.len()), "{} topics", t.topics.len());
        assert_eq!(t.categories.len(), 6);
        for topic in &t.topics {
            assert!(topic.label.split_whitespace().count() <= 4, "label too long: {}", topic.label);
            assert!(!topic.description.is_empty());
        }
        for c in 0..t.categories.len() {
            assert!(t.topics.iter().any(|topic| usize::from(topic.category) == c), "empty category {c}");
        }
    }

    #[test]
    fn reports_unknown_categories_and_duplicates_with_their_line() {
        let text = "[[category]]\nid = \"a\"\nlabel = \"A\"\n\n[[topic]]\nid = \"t\"\nlabel = \"T\"\ncategory = \"b\"\ndescription = \"d\"\nterms = [\"x\"]\n";
        let err = Taxonomy::parse("topics.toml", text).unwrap_err();
        assert_eq!(err.line, 6);
        assert!(err.message.contains("unknown category 'b'"));
        let dup = format!(
            "{text}\n[[topic]]\nid = \"t\"\nlabel = \"T\"\ncategory = \"a\"\ndescription = \"d\"\nterms = [\"x\"]\n"
        );
        assert!(Taxonomy::parse("topics.toml", &dup).is_err());
    }
}
