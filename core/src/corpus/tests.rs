use super::*;
use crate::testing::{article, cleaning, seed};

fn parse(text: &str) -> Result<Document, InputError> {
    parse_file("bad.md", text, cleaning())
}

fn fails_at(text: &str, line: usize, words: &str) {
    let err = parse(text).unwrap_err();
    assert_eq!(err.file, "bad.md");
    assert_eq!(err.line, line, "{err}");
    assert!(err.message.contains(words), "{err}");
}

#[test]
fn reads_front_matter_and_body() {
    let doc = parse("+++\ntitle = \"T\"\ndate = \"2022-05-21\"\nsource = \"S\"\nparticipants = [\"A\", \"B\"]\n+++\nOne. Two.\n\nThree.\n").unwrap();
    assert_eq!(doc.id, "bad");
    assert_eq!(doc.date.to_string(), "2022-05-21");
    assert_eq!(*doc.sentences, ["One.", "Two.", "Three."]);
    assert_eq!(doc.blocks.len(), 2);
    assert_eq!(*doc.participants, ["A", "B"]);
}

#[test]
fn each_bad_file_names_its_line() {
    fails_at("title = \"T\"\n", 1, "'+++'");
    fails_at("+++\ntitle = \"T\"\n", 1, "never closed");
    fails_at("+++\ntitle = \"T\"\ndate = 2021-05-21\nsource = \n+++\nText.\n", 4, "front matter");
    fails_at("+++\ntitle = \"T\"\nsource = \"S\"\n+++\nText.\n", 2, "date");
    fails_at("+++\ntitle = \"T\"\ndate = 2021-02-30\nsource = \"S\"\n+++\nText.\n", 3, "date");
    fails_at("+++\ntitle = \"T\"\nsource = \"S\"\ndate = \"2021-13-01\"\n+++\nText.\n", 4, "month 13");
    fails_at("+++\ntitle = \"T\"\ndate = 2021-05-21T10:00:00\nsource = \"S\"\n+++\nText.\n", 3, "without a time");
    fails_at("+++\ntitle = \"T\"\ndate = 2021-05-21\nsource = \"S\"\n+++\n\n\n", 6, "empty");
    fails_at("+++\ntitle = \"T\"\ndate = 2021-05-21\nsource = \"S\"\n+++\narirang mobile\nAlso Read: x\n", 6, "empty");
    fails_at("+++\ntitle = \"  \"\ndate = 2021-05-21\nsource = \"S\"\n+++\nText.\n", 2, "title is empty");
    fails_at("+++\ntitle = \"T\"\ndate = 2021-05-21\nsource = \"S\"\nauthor = \"X\"\n+++\nText.\n", 5, "author");
    fails_at("+++\nid = \"a b\"\ntitle = \"T\"\ndate = 2021-05-21\nsource = \"S\"\n+++\nText.\n", 2, "id 'a b'");
}

#[test]
fn duplicate_ids_name_both_files() {
    let files = vec![article("same", "2021", "One."), article("same", "2022", "Two.")];
    let err = parse_files(&files, cleaning()).unwrap_err();
    assert!(err.to_string().starts_with("same.md:1: duplicate id 'same'"), "{err}");
}

#[test]
fn no_noise_line_of_the_seeds_survives() {
    let noise = ["arirang mobile", "Also Read", "Back to you", "Reporter :", "Updated:", "date 2021-05-22"];
    for doc in seed().documents.iter() {
        for s in doc.sentences.iter() {
            assert!(!noise.iter().any(|n| s.contains(n)), "{}: {s}", doc.id);
        }
        assert!(!doc.sentences.iter().any(|s| s == &doc.title), "headline kept as a sentence in {}", doc.id);
    }
    let dropped: Vec<&str> = seed().documents.iter().flat_map(|d| d.dropped.iter().map(|x| &*x.rule)).collect();
    for rule in ["headline", "site-chrome", "cross-link", "hand-over", "empty-label", "timestamp"] {
        assert!(dropped.contains(&rule), "rule {rule} never fired: {dropped:?}");
    }
    let third = &seed().documents[2];
    assert!(third.sentences[0].starts_with("Washington DC, 1 May 2023 (TDI): President"), "{}", third.sentences[0]);
}

#[test]
fn section_headings_are_headings_not_evidence() {
    let third = &seed().documents[2];
    assert!(third
        .blocks
        .iter()
        .any(|b| matches!(b, Block::Heading(h) if h == "Expanding cooperation throughout Indo-Pacific")));
    assert!(!third.sentences.iter().any(|s| s == "Expanding cooperation throughout Indo-Pacific"));
}

#[test]
fn reads_a_directory_and_reports_a_missing_one() {
    let dir = std::env::temp_dir().join(format!("summit-corpus-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let (name, text) = article("x", "2021", "Vaccines.");
    std::fs::write(dir.join(name), text).unwrap();
    std::fs::write(dir.join("notes.txt"), "not an article").unwrap();
    assert_eq!(read_dir(&dir, cleaning()).unwrap().len(), 1);
    std::fs::remove_dir_all(&dir).unwrap();
    assert!(read_dir(&dir, cleaning()).unwrap_err().to_string().contains("cannot read the corpus directory"));
}

#[test]
fn only_web_addresses_are_accepted_as_url() {
    let with_url =
        |url: &str| format!("+++\ntitle = \"T\"\ndate = 2021-05-21\nsource = \"S\"\nurl = \"{url}\"\n+++\nText.\n");
    for bad in
        ["javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,<b>x</b>", "/relative/path", "ftp://x.org/a"]
    {
        fails_at(&with_url(bad), 5, "must be a web address starting with https://");
    }
    fails_at(&with_url("https://"), 5, "no host name");
    fails_at(&with_url("https://evil.example@news.example/a"), 5, "hides one behind '@'");
    fails_at(&with_url("https://x.org/a\\\" onmouseover=\\\"x"), 5, "quotes or angle brackets");
    let doc = parse(&with_url("HTTPS://www.example.com/news?id=1#top")).unwrap();
    assert_eq!(doc.url.as_deref(), Some("HTTPS://www.example.com/news?id=1#top"));
    assert_eq!(parse(&with_url("  ")).unwrap().url, None, "an empty url means none");
}

#[test]
fn an_article_s_language_is_english_unless_its_front_matter_says() {
    let with = |lang: &str| format!("+++\ntitle = \"T\"\ndate = 2021-05-21\nsource = \"S\"\n{lang}+++\nText.\n");
    assert_eq!(parse(&with("")).unwrap().lang, "en");
    assert_eq!(parse(&with("lang = \"ko\"\n")).unwrap().lang, "ko");
    fails_at(&with("lang = \"<b>\"\n"), 5, "not a language tag");
}
