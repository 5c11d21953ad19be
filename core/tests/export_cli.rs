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
    assert_eq!(text.lines().next(), Some("topic_id,topic,category,year,count,status"));
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
    assert!(String::from_utf8_lossy(&format.stderr).contains("--format must be json or csv"));
}

#[test]
fn a_corpus_url_that_is_not_a_web_address_fails_with_its_file_and_line() {
    let out = export_one("url", "url = \"javascript:alert(1)\"\n", "The leaders discussed chips.");
    assert!(!out.status.success());
    let message = String::from_utf8(out.stderr).unwrap();
    assert!(message.contains("a.md:5: url: 'javascript:alert(1)' must be a web address"), "{message}");
}
