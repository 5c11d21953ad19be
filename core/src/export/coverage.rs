//! The coverage report: what the taxonomy does not catch, for an editor to
//! read before publishing. Per article the sentences that name no area; per
//! area every term with its hits (a term that never matched is flagged); and
//! the cells whose evidence rests on a single term occurrence.

use crate::analysis::matching::term_matches;
use crate::analysis::taxonomy::Taxonomy;
use crate::analysis::text;
use crate::embedded;
use crate::error::InputError;
use crate::escape::push_json_string;
use crate::export::json_list;
use crate::number::digits;
use crate::Analysis;

/// A sentence that named no area, with its line in the corpus file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unmatched {
    pub line: u32,
    pub text: String,
}

/// One article's sentences that named no area.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DocumentCoverage {
    pub id: String,
    pub sentences: usize,
    pub unmatched: Vec<Unmatched>,
}

/// How often one term of one area counted, across the corpus.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TermHits {
    pub topic: String,
    pub term: String,
    pub hits: usize,
}

/// An area at a meeting whose evidence is a single occurrence of one term.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Thin {
    pub topic: String,
    pub year: u16,
    pub term: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Coverage {
    pub documents: Vec<DocumentCoverage>,
    pub terms: Vec<TermHits>,
    pub thin: Vec<Thin>,
}

/// The coverage report of the embedded corpus, or of the articles in `dirs`,
/// against the embedded taxonomy.
pub fn of_dirs(dirs: &[&std::path::Path]) -> Result<Coverage, InputError> {
    let analysis = if dirs.is_empty() { embedded::analysis()? } else { embedded::analysis_of_dirs(dirs)? };
    Ok(coverage(&analysis, &Taxonomy::parse("topics.toml", embedded::TOPICS)?))
}

/// The coverage of `analysis`, made with `taxonomy` (the same rules).
pub fn coverage(analysis: &Analysis, taxonomy: &Taxonomy) -> Coverage {
    let mut hits: Vec<Vec<usize>> = taxonomy.rules.iter().map(|r| vec![0; r.terms.len()]).collect();
    // Term occurrences per topic, meeting: (term, count).
    let mut cells: Vec<Vec<Vec<usize>>> = vec![vec![Vec::new(); analysis.meetings.len()]; taxonomy.topics.len()];
    let mut documents = Vec::new();
    for (d, doc) in analysis.documents.iter().enumerate() {
        let meeting = analysis.meetings.iter().position(|m| m.documents.iter().any(|&i| usize::from(i) == d));
        let mut unmatched = Vec::new();
        for (s, sentence) in doc.sentences.iter().enumerate() {
            let tokens = text::tokens(sentence);
            let mut named = false;
            for (t, rules) in taxonomy.rules.iter().enumerate() {
                let mut matches = term_matches(rules, sentence, &tokens);
                named |= !matches.is_empty();
                for &(term, _, _) in &matches {
                    hits[t][term] += 1;
                }
                // Overlapping terms ("extended deterrence", "deterrence") are
                // one occurrence, named by its longest term.
                matches.sort_by_key(|&(_, from, to)| (from, usize::MAX - to));
                let mut end = 0;
                for (term, from, to) in matches {
                    if from >= end {
                        if let Some(m) = meeting {
                            cells[t][m].push(term);
                        }
                    }
                    end = end.max(to);
                }
            }
            if !named {
                unmatched.push(Unmatched { line: doc.lines.get(s).copied().unwrap_or(0), text: sentence.to_string() });
            }
        }
        documents.push(DocumentCoverage { id: doc.id.to_string(), sentences: doc.sentences.len(), unmatched });
    }
    let terms = taxonomy
        .rules
        .iter()
        .zip(&taxonomy.topics)
        .zip(&hits)
        .flat_map(|((rules, topic), hits)| {
            rules.written.iter().zip(hits).map(|(term, &hits)| TermHits {
                topic: topic.id.to_string(),
                term: term.clone(),
                hits,
            })
        })
        .collect();
    let mut thin = Vec::new();
    for (t, row) in cells.iter().enumerate() {
        for (m, occurrences) in row.iter().enumerate() {
            if let [term] = occurrences.as_slice() {
                thin.push(Thin {
                    topic: taxonomy.topics[t].id.to_string(),
                    year: analysis.meetings[m].year,
                    term: taxonomy.rules[t].written[*term].clone(),
                });
            }
        }
    }
    Coverage { documents, terms, thin }
}

impl Coverage {
    /// The report as JSON: `{"documents":[{"id","sentences","unmatched":[{"line","text"}]}],
    /// "terms":[{"topic","term","hits"}],"thin":[{"topic","year","term"}]}`.
    pub fn to_json(&self) -> String {
        let mut o = String::from("{\"documents\":");
        json_list(&mut o, &self.documents, |o, d| {
            o.push_str("{\"id\":");
            push_json_string(o, &d.id);
            o.push_str(",\"sentences\":");
            o.push_str(&digits(d.sentences));
            o.push_str(",\"unmatched\":");
            json_list(o, &d.unmatched, |o, u| {
                o.push_str("{\"line\":");
                o.push_str(&digits(u.line as usize));
                o.push_str(",\"text\":");
                push_json_string(o, &u.text);
                o.push('}');
            });
            o.push('}');
        });
        o.push_str(",\"terms\":");
        json_list(&mut o, &self.terms, |o, t| {
            o.push_str("{\"topic\":");
            push_json_string(o, &t.topic);
            o.push_str(",\"term\":");
            push_json_string(o, &t.term);
            o.push_str(",\"hits\":");
            o.push_str(&digits(t.hits));
            o.push('}');
        });
        o.push_str(",\"thin\":");
        json_list(&mut o, &self.thin, |o, t| {
            o.push_str("{\"topic\":");
            push_json_string(o, &t.topic);
            o.push_str(",\"year\":");
            o.push_str(&digits(t.year.into()));
            o.push_str(",\"term\":");
            push_json_string(o, &t.term);
            o.push('}');
        });
        o.push_str("}\n");
        o
    }

    /// The report for a terminal: three sections, each saying what to do.
    pub fn to_text(&self) -> String {
        let mut o = String::new();
        let total: usize = self.documents.iter().map(|d| d.sentences).sum();
        let missed: usize = self.documents.iter().map(|d| d.unmatched.len()).sum();
        o.push_str(&format!("SENTENCES THAT NAME NO AREA: {missed} of {total}\n"));
        o.push_str("Read them: if one is about cooperation, add a term for it to topics.toml.\n");
        for d in &self.documents {
            o.push_str(&format!("\n  {} ({} of {} sentences)\n", d.id, d.unmatched.len(), d.sentences));
            for u in &d.unmatched {
                o.push_str(&format!("    line {:>4}  {}\n", u.line, u.text));
            }
        }
        let unused: Vec<&TermHits> = self.terms.iter().filter(|t| t.hits == 0).collect();
        o.push_str(&format!("\nTERMS: {} in all, {} never matched\n", self.terms.len(), unused.len()));
        o.push_str("A term that never matches catches nothing in this corpus: check its spelling, or keep it for later stories.\n");
        let mut topic = "";
        for t in &self.terms {
            if t.topic != topic {
                topic = &t.topic;
                o.push_str(&format!("\n  {topic}\n"));
            }
            let flag = if t.hits == 0 { "   <- never matched" } else { "" };
            o.push_str(&format!("    {:>4}  {}{flag}\n", t.hits, t.term));
        }
        o.push_str(&format!("\nTHIN EVIDENCE: {} cells rest on a single term occurrence\n", self.thin.len()));
        o.push_str("One mention can be a passing reference: read the sentence before you rely on the cell.\n");
        for t in &self.thin {
            o.push_str(&format!("    {}  {}  \"{}\"\n", t.year, t.topic, t.term));
        }
        o
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::analysis_of;

    fn report(articles: &[(&str, &str)]) -> Coverage {
        let taxonomy = Taxonomy::parse("topics.toml", crate::embedded::TOPICS).unwrap();
        coverage(&analysis_of(articles), &taxonomy)
    }

    #[test]
    fn lists_the_sentences_no_area_names_with_their_lines() {
        let c = report(&[
            ("2021", "Vaccines matter. The weather was mild.\n\nThe leaders ate lunch."),
            ("2022", "Semiconductor supply chains were discussed."),
        ]);
        assert_eq!(c.documents.len(), 2);
        // The article's body starts on line 6 of its file (after the front matter).
        assert_eq!(
            c.documents[0].unmatched,
            [
                Unmatched { line: 6, text: "The weather was mild.".into() },
                Unmatched { line: 8, text: "The leaders ate lunch.".into() },
            ]
        );
        assert_eq!(c.documents[0].sentences, 3);
        assert!(c.documents[1].unmatched.is_empty());
    }

    #[test]
    fn counts_hits_per_term_and_flags_thin_cells() {
        let c = report(&[("2021", "Vaccines matter. More vaccines now."), ("2022", "Vaccines again. Chips too.")]);
        let hits =
            |topic: &str, term: &str| c.terms.iter().find(|t| t.topic == topic && t.term == term).map(|t| t.hits);
        assert_eq!(hits("covid", "vaccine"), Some(3));
        assert!(c.terms.iter().any(|t| t.hits == 0), "most terms catch nothing in four sentences");
        // covid in 2021 rests on two occurrences; covid in 2022 and chips in 2022 on one each.
        let thin: Vec<(u16, &str)> = c.thin.iter().map(|t| (t.year, t.topic.as_str())).collect();
        assert!(thin.contains(&(2022, "covid")) && thin.contains(&(2022, "chips-batteries")), "{thin:?}");
        assert!(!thin.contains(&(2021, "covid")));
    }

    #[test]
    fn json_has_the_documented_shape() {
        let c = report(&[("2021", "Vaccines matter. The \"weather\" was mild.")]);
        let v: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
        assert_eq!(v["documents"][0]["unmatched"][0]["text"], "The \"weather\" was mild.");
        assert_eq!(v["documents"][0]["unmatched"][0]["line"], 6);
        assert!(v["terms"].as_array().unwrap().iter().all(|t| t["topic"].is_string() && t["hits"].is_u64()));
        assert_eq!(v["thin"][0]["year"], 2021);
        assert!(c.to_text().contains("line    6  The \"weather\" was mild."));
    }
}
