//! The export tool as a newsroom runs it.

use std::process::Command;

fn export(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_export")).args(args).output().expect("run export")
}

#[test]
fn prints_csv_and_json_of_the_embedded_corpus() {
    let csv = export(&["--format", "csv"]);
    assert!(csv.status.success());
    let text = String::from_utf8(csv.stdout).unwrap();
    assert_eq!(text.lines().next(), Some("topic_id,topic,category_id,category,year,count,status"));
    let json = export(&[]);
    let value: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(value["years"], serde_json::json!([2021, 2022, 2023]));
    assert_eq!(text.lines().count(), 1 + 3 * value["topics"].as_array().unwrap().len());
}

/// Runs `export --corpus DIR` on a directory holding one article, `a.md`,
/// whose front matter has `extra` lines and whose body is `body`.
fn export_one(name: &str, extra: &str, body: &str) -> std::process::Output {
    let dir = std::env::temp_dir().join(format!("summit-export-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let text = format!("+++\ntitle = \"T\"\ndate = 2024-11-15\nsource = \"S\"\n{extra}+++\n{body}\n");
    std::fs::write(dir.join("a.md"), text).unwrap();
    let out = export(&["--corpus", dir.to_str().unwrap()]);
    std::fs::remove_dir_all(&dir).unwrap();
    out
}

#[test]
fn reads_another_corpus_directory() {
    let out = export_one("dir", "", "The leaders discussed semiconductors and quantum computing.");
    let value: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(value["years"], serde_json::json!([2024]));
    let named: Vec<&str> = value["topics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|t| t["cells"][0]["count"].as_u64() == Some(1))
        .map(|t| t["id"].as_str().unwrap())
        .collect();
    assert_eq!(named, ["chips-batteries", "emerging-tech"]);
}

#[test]
fn a_bad_corpus_or_argument_is_a_clear_error_and_a_failure() {
    let missing = export(&["--corpus", "/no/such/dir"]);
    assert!(!missing.status.success());
    assert!(String::from_utf8_lossy(&missing.stderr).contains("cannot read the corpus directory"));
    let format = export(&["--format", "xml"]);
    assert!(!format.status.success());
    assert!(String::from_utf8_lossy(&format.stderr).contains("--format must be json, csv or text"));
}

#[test]
fn a_corpus_url_that_is_not_a_web_address_fails_with_its_file_and_line() {
    let out = export_one("url", "url = \"javascript:alert(1)\"\n", "The leaders discussed chips.");
    assert!(!out.status.success());
    let message = String::from_utf8(out.stderr).unwrap();
    assert!(message.contains("a.md:5: url: 'javascript:alert(1)' must be a web address"), "{message}");
}

const FOURTH: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/fixtures/fourth-meeting");
const SEED: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../src/corpus/articles");

#[test]
fn the_coverage_report_names_what_the_taxonomy_misses() {
    // The fixture's main subject, shipbuilding, is named by no area.
    let out = export(&["--corpus", SEED, "--corpus", FOURTH, "--coverage", "--format", "json"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let fourth =
        report["documents"].as_array().unwrap().iter().find(|d| d["id"] == "2025-fixture-fourth-meeting").unwrap();
    let unmatched: Vec<(u64, &str)> = fourth["unmatched"]
        .as_array()
        .unwrap()
        .iter()
        .map(|u| (u["line"].as_u64().unwrap(), u["text"].as_str().unwrap()))
        .collect();
    assert_eq!(
        unmatched,
        [
            (11, "The two presidents met in Washington for a fourth summit."),
            (13, "Their talks centred on shipbuilding."),
            (13, "Korean yards will build and repair vessels for American fleets, and a joint fund will pay for new docks."),
            (19, "A joint statement was issued after lunch."),
        ]
    );
    let term = |topic: &str, term: &str| {
        report["terms"].as_array().unwrap().iter().find(|t| t["topic"] == topic && t["term"] == term).unwrap()["hits"]
            .as_u64()
            .unwrap()
    };
    assert!(term("deterrence", "extended deterrence") >= 2, "named in 2023 and in the fixture");
    assert_eq!(term("education", "Fulbright"), 0, "a term the corpus never uses");
    let thin = report["thin"].as_array().unwrap();
    assert!(thin.iter().any(|t| t["topic"] == "chips-batteries" && t["year"] == 2025 && t["term"] == "semiconductor"));
    assert!(!thin.iter().any(|t| t["topic"] == "north-korea" && t["year"] == 2021), "named many times in 2021");

    // For a terminal: the same, readable, with the never-matched terms flagged.
    let text = String::from_utf8(export(&["--corpus", SEED, "--corpus", FOURTH, "--coverage"]).stdout).unwrap();
    assert!(text.contains("line   13  Their talks centred on shipbuilding."), "{text}");
    assert!(text.contains("Fulbright   <- never matched"));
}

#[test]
fn the_coverage_report_covers_the_embedded_corpus_and_refuses_a_bad_one() {
    let out = export(&["--coverage"]);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with("SENTENCES THAT NAME NO AREA: ") && text.contains("2023-04-state-visit"));
    let bad = export(&["--corpus", "/no/such/dir", "--coverage"]);
    assert!(!bad.status.success());
    assert!(String::from_utf8_lossy(&bad.stderr).contains("cannot read the corpus directory"));
    let csv = export(&["--coverage", "--format", "csv"]);
    assert!(!csv.status.success());
}
