//! The locale files stay complete: every interface string, area, category
//! and meeting in English is also in Korean (and no key only in Korean),
//! and every key the code asks for exists.

use std::collections::BTreeSet;
use std::path::Path;
use summit_core::{analysis::taxonomy::Taxonomy, embedded, i18n::Locale};

#[test]
fn every_locale_has_its_file_and_every_file_its_locale() {
    let texts = embedded::texts().expect("every locale file names a locale the widget knows");
    let found: Vec<Locale> = texts.iter().map(|t| t.locale).collect();
    assert_eq!(found, Locale::ALL, "src/locales/ holds one file per Locale::ALL, English first");
}

#[test]
fn every_locale_has_every_string_english_has_and_no_other() {
    let (english, others) = embedded::LOCALE_FILES.split_first().expect("en.toml");
    assert!(!others.is_empty(), "a locale besides English");
    for (file, text) in others {
        for table in ["ui", "page"] {
            let en: BTreeSet<String> = key_set(english.1, table);
            let other: BTreeSet<String> = key_set(text, table);
            let missing: Vec<_> = en.difference(&other).collect();
            let extra: Vec<_> = other.difference(&en).collect();
            assert!(
                missing.is_empty() && extra.is_empty(),
                "[{table}] only in en.toml: {missing:?}; only in {file}: {extra:?}"
            );
        }
    }
}

#[test]
fn korean_names_every_area_category_and_meeting() {
    let taxonomy = Taxonomy::parse("topics.toml", embedded::TOPICS).unwrap();
    let analysis = embedded::analysis().unwrap();
    let texts = embedded::texts().unwrap();
    let ko = texts.iter().find(|t| t.locale == Locale::Ko).unwrap();
    for topic in &taxonomy.topics {
        assert_ne!(ko.topic_label(topic), topic.label, "ko.toml lacks [topics.{}] label", topic.id);
        assert_ne!(ko.topic_description(topic), topic.description, "ko.toml lacks [topics.{}] description", topic.id);
    }
    for category in &taxonomy.categories {
        assert_ne!(ko.category(category), category.label, "ko.toml lacks [categories] {}", category.id);
    }
    for meeting in analysis.meetings.iter() {
        assert_ne!(
            ko.meeting_leaders(meeting),
            meeting.participants.join(", "),
            "ko.toml lacks [meetings.{}]",
            meeting.year
        );
    }
}

#[test]
fn every_key_the_code_uses_is_in_the_locale_files() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut files = Vec::new();
    rust_files(&root.join("src"), &mut files);
    rust_files(&root.join("core/src"), &mut files);
    let sources: Vec<String> = files.iter().map(|path| std::fs::read_to_string(path).unwrap()).collect();
    let widget = [".ui(\"", ".fill(\"", ".count(\"", "Notice::new(\"", "ignored(\""];
    for (table, calls, least) in [("ui", &widget[..], 40), ("page", &[".page(\"", ".fill_page(\""][..], 10)] {
        let en = key_set(embedded::LOCALE_FILES[0].1, table);
        let used: BTreeSet<String> = sources.iter().flat_map(|s| keys_used(s, calls)).collect();
        assert!(used.len() > least, "the scan found the [{table}] keys ({})", used.len());
        // Plural keys are asked for by their stem.
        let missing: Vec<_> = used
            .iter()
            .filter(|k| {
                let plural = en.contains(&format!("{k}_one")) && en.contains(&format!("{k}_other"));
                !en.contains(*k) && !plural
            })
            .collect();
        assert!(missing.is_empty(), "used in code but not in en.toml's [{table}]: {missing:?}");
    }
}

/// Every `.rs` file under `dir`.
fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The keys of table `[table]` in a locale file.
fn key_set(text: &str, table: &str) -> BTreeSet<String> {
    let value: toml::Table = toml::from_str(text).unwrap();
    value[table].as_table().unwrap().keys().cloned().collect()
}

/// String literals passed to `calls` (the texts' lookups, or notices'
/// constructors), outside test modules.
fn keys_used(source: &str, calls: &[&str]) -> Vec<String> {
    let source = source.split("#[cfg(test)]").next().unwrap_or(source);
    let source = source.split("#[cfg(all(test").next().unwrap_or(source);
    let mut keys = Vec::new();
    for call in calls {
        let mut rest = source;
        while let Some(at) = rest.find(call) {
            rest = &rest[at + call.len()..];
            if let Some(end) = rest.find('"') {
                keys.push(rest[..end].to_owned());
            }
        }
    }
    keys
}
