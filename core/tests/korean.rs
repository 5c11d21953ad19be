//! Korean articles count by the same published method as English ones: the
//! fixture articles (tests/fixtures/korean, written for the tests) beside the
//! seed corpus, against a hand annotation of the areas each one names and
//! of the chrome the cleaning rules must take out.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use summit_core::embedded;

const SEED: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../src/corpus/articles");
const KOREAN: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/fixtures/korean");

#[derive(serde::Deserialize)]
struct Annotated {
    areas: BTreeSet<String>,
    dropped: Vec<String>,
    sentences: usize,
}

fn annotation() -> BTreeMap<String, Annotated> {
    let text = std::fs::read_to_string(Path::new(KOREAN).join("annotation.toml")).unwrap();
    toml::from_str(&text).unwrap()
}

#[test]
fn each_korean_article_counts_in_exactly_the_areas_it_names() {
    let a = embedded::analysis_of_dirs(&[Path::new(SEED), Path::new(KOREAN)]).unwrap();
    for (id, expected) in annotation() {
        let d = a.document_index(&id).unwrap_or_else(|| panic!("{id} is in the corpus"));
        let named: BTreeSet<String> = (0..a.topics.len())
            .filter(|&t| (0..a.meetings.len()).any(|m| a.evidence(t, m).iter().any(|e| usize::from(e.doc) == d)))
            .map(|t| a.topics[t].id.to_string())
            .collect();
        assert_eq!(named, expected.areas, "{id}");
        let doc = &a.documents[d];
        assert_eq!(doc.lang, "ko");
        assert_eq!(doc.sentences.len(), expected.sentences, "{id}: {:#?}", doc.sentences);
        let rules: Vec<&str> = doc.dropped.iter().map(|x| &*x.rule).collect();
        assert_eq!(rules, expected.dropped, "{id}: every chrome line dropped by its rule");
        for s in doc.sentences.iter() {
            assert!(!s.contains('[') && !s.contains('@') && !s.contains('ⓒ'), "{id}: chrome left in {s}");
        }
    }
}

#[test]
fn korean_evidence_counts_per_meeting_beside_the_english() {
    let seed = embedded::analysis().unwrap();
    let mixed = embedded::analysis_of_dirs(&[Path::new(SEED), Path::new(KOREAN)]).unwrap();
    assert_eq!(mixed.meetings.len(), seed.meetings.len(), "the Korean reports join their meetings");
    let deterrence = |a: &summit_core::Analysis| {
        let t = a.topics.iter().position(|t| t.id == "deterrence").unwrap();
        (a.evidence(t, 1).len(), a.evidence(t, 2).len())
    };
    let (before, after) = (deterrence(&seed), deterrence(&mixed));
    assert_eq!((after.0, after.1), (before.0 + 1, before.1 + 1), "one Korean sentence more at 2022 and at 2023");
}

#[test]
fn the_evidence_speaks_the_readers_language_first_and_search_finds_korean() {
    let a = embedded::analysis_of_dirs(&[Path::new(SEED), Path::new(KOREAN)]).unwrap();
    let texts = embedded::texts().unwrap();
    let (en, ko) = (&texts[0], &texts[1]);
    let t = a.topics.iter().position(|t| t.id == "deterrence").unwrap();
    let m = a.meeting_of_year(2023).unwrap();
    let langs = |texts| -> Vec<String> {
        a.evidence_panel(t, m, texts).unwrap().quotes.iter().map(|q| q.lang.to_owned()).collect()
    };
    let (for_en, for_ko) = (langs(en), langs(ko));
    assert_eq!(for_en.len(), a.evidence(t, m).len(), "the panel lists every sentence the count counts");
    assert!(for_en.first().is_some_and(|l| l == "en") && for_en.last().is_some_and(|l| l == "ko"), "{for_en:?}");
    assert!(for_ko.first().is_some_and(|l| l == "ko") && for_ko.last().is_some_and(|l| l == "en"), "{for_ko:?}");

    let named: Vec<Option<&str>> = a.evidence_panel(t, m, ko).unwrap().quotes.iter().map(|q| q.language).collect();
    assert_eq!(named.first(), Some(&None), "the reader's own language needs no label");
    assert_eq!(named.last(), Some(&Some("영어 기사")), "another language is named");

    let filter = summit_core::link::filter::Filter { query: "핵협의그룹".into(), ..Default::default() };
    let index = summit_core::view::SearchIndex::new();
    let shown: Vec<&str> = a.matrix(&filter, &index, ko).shown_rows().map(|r| r.id).collect();
    assert_eq!(shown, ["deterrence"], "a Korean search finds the Korean evidence");
}
