use crate::export::{Download, Selection};
use crate::link::filter::Filter;
use crate::testing::{english, korean, seed};
use crate::view::SearchIndex;

#[test]
fn json_has_the_documented_shape_and_whole_sentences() {
    let a = seed();
    let (topics, meetings) = a.everything();
    let json: serde_json::Value =
        serde_json::from_str(&a.to_json(Selection { topics: &topics, meetings: &meetings, words: None })).unwrap();
    assert_eq!(json["years"], serde_json::json!([2021, 2022, 2023]));
    assert_eq!(json["documents"].as_array().unwrap().len(), 3);
    assert_eq!(json["documents"][0]["date"], "2021-05-21");
    assert_eq!(json["documents"][0]["year"], 2021);
    let topics_json = json["topics"].as_array().unwrap();
    assert_eq!(topics_json.len(), a.topics.len());
    for (t, topic) in topics_json.iter().enumerate() {
        let cells = topic["cells"].as_array().unwrap();
        assert_eq!(cells.len(), 3);
        for (m, cell) in cells.iter().enumerate() {
            assert_eq!(cell["count"].as_u64().unwrap() as usize, a.evidence(t, m).len());
            for e in cell["evidence"].as_array().unwrap() {
                let text = e["text"].as_str().unwrap();
                assert!(text.ends_with(['.', '?', '!', '"']), "whole sentence: {text}");
                for term in e["terms"].as_array().unwrap() {
                    assert!(text.contains(term.as_str().unwrap()));
                }
            }
        }
    }
}

#[test]
fn the_current_view_exports_only_its_rows_and_meetings() {
    let a = seed();
    let filter = Filter { categories: ["health".to_owned()].into(), meetings: [2022].into(), ..Filter::default() };
    let (topics, meetings) = a.matrix(&filter, &SearchIndex::new(), english()).selection();
    let csv = a.to_csv(Selection { topics: &topics, meetings: &meetings, words: None });
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines[0], "topic_id,topic,category_id,category,year,count,status");
    assert_eq!(lines.len(), 1 + topics.len());
    assert!(lines[1..].iter().all(|l| l.contains(",health,Health,2022,")), "{csv}");
}

#[test]
fn a_korean_download_names_areas_in_korean_and_keeps_the_ids() {
    let a = seed();
    let (topics, meetings) = a.everything();
    let ko = Selection { topics: &topics, meetings: &meetings, words: Some(korean()) };
    let en = Selection { words: None, ..ko };
    let (csv_ko, csv_en) = (a.to_csv(ko), a.to_csv(en));
    let ids = |csv: &str| csv.lines().map(|l| l.split(',').next().unwrap_or("").to_owned()).collect::<Vec<_>>();
    assert_eq!(ids(&csv_ko), ids(&csv_en), "the same rows, the same ids");
    let vaccines = a.topics.iter().find(|t| t.id == "covid").expect("a COVID-19 area");
    let korean_name = korean().topic_label(vaccines);
    assert_ne!(korean_name, &*vaccines.label);
    assert!(csv_ko.contains(&[",", korean_name, ","].concat()) && !csv_ko.contains(&*vaccines.label), "{csv_ko}");
    let json: serde_json::Value = serde_json::from_str(&a.to_json(ko)).unwrap();
    let topic = json["topics"].as_array().unwrap().iter().find(|t| t["id"] == "covid").unwrap();
    assert_eq!(topic["label"], korean_name);
}

#[test]
fn csv_quotes_commas_and_defuses_formulas() {
    let mut out = String::new();
    super::csv_field(&mut out, "Southeast Asia, Pacific Islands");
    assert_eq!(out, "\"Southeast Asia, Pacific Islands\"");
    out.clear();
    super::csv_field(&mut out, "=HYPERLINK(\"x\")");
    assert_eq!(out, "\"'=HYPERLINK(\"\"x\"\")\"");
}

#[test]
fn each_download_is_named_once_and_found_by_its_name() {
    for d in Download::ALL {
        assert_eq!(Download::named(d.name()), Some(d));
        assert!(d.file_name().ends_with(&[".", d.name()].concat()));
    }
    assert_eq!(Download::named("exe"), None);
    assert_eq!(Download::ALL.iter().filter(|d| d.is_picture()).count(), 2);
}
