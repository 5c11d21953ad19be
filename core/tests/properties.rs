//! Property tests of every parser a link, an embed or a newsroom's corpus
//! file reaches: 100,000 generated cases each for the link parser and the
//! corpus parser, 20,000 for the taxonomy; none may panic or escape the
//! bounds; and every valid state survives state → link → state unchanged.

use proptest::prelude::*;
use proptest::test_runner::{Config, FileFailurePersistence};
use std::sync::LazyLock;
use summit_core::analysis::taxonomy::Taxonomy;
use summit_core::corpus::{self, cleaning::Cleaning};
use summit_core::i18n::{Locale, Texts};
use summit_core::link::display::{Open, Theme};
use summit_core::link::embed::EmbedOptions;
use summit_core::link::filter::{Filter, Show, Sort, MAX_SEARCH_CHARS};
use summit_core::link::{self, bounds, query, UrlState};
use summit_core::{embedded, notice, Analysis};

static ANALYSIS: LazyLock<Analysis> = LazyLock::new(|| embedded::analysis().expect("the embedded corpus parses"));
static TEXTS: LazyLock<Vec<Texts>> = LazyLock::new(|| embedded::texts().expect("the locale files parse"));
static CLEANING: LazyLock<Cleaning> =
    LazyLock::new(|| Cleaning::parse("cleaning.toml", embedded::CLEANING).expect("the cleaning rules parse"));

/// A string strategy from `pattern`, compiled once (a bare `&str` strategy
/// recompiles its regex for every case).
fn re(pattern: &str) -> proptest::string::RegexGeneratorStrategy<String> {
    proptest::string::string_regex(pattern).expect("a valid pattern")
}

fn config(cases: u32) -> Config {
    Config { cases, failure_persistence: Some(Box::new(FileFailurePersistence::Off)), ..Config::default() }
}

/// Text a hostile or careless link could carry: escapes (valid, broken and
/// invalid UTF-8), separators, markup, long runs and any Unicode.
fn fragment() -> impl Strategy<Value = String> {
    prop_oneof![
        re("[a-z0-9,:-]{0,12}"),
        Just("%".to_owned()),
        re("%[0-9A-Fa-f]{2}"),
        re("%[C-Fc-f][0-9A-F]"),
        Just("<script>alert(1)</script>".to_owned()),
        re("[&=?+#]{1,3}"),
        re("\\PC{0,8}"),
        re("(security|health|2021|2023|north-korea|covid:2021|new|az|dark|1|ko){1}"),
    ]
}

fn hostile_query() -> impl Strategy<Value = String> {
    let key = prop_oneof![
        re("(cat|q|meet|show|sort|theme|cell|article|plain|id|childId|lang|embed|utm_source)"),
        fragment(),
    ];
    prop_oneof![
        4 => prop::collection::vec((key, prop::collection::vec(fragment(), 0..4)), 0..40).prop_map(|pairs| {
            pairs.into_iter().map(|(k, v)| format!("{k}={}", v.concat())).collect::<Vec<_>>().join("&")
        }),
        1 => re("\\PC{0,400}"),
        1 => (fragment(), 1usize..3000).prop_map(|(f, n)| f.repeat(n)),
    ]
}

proptest! {
    #![proptest_config(config(100_000))]

    #[test]
    fn no_link_makes_the_parsers_panic_or_exceed_their_bounds(q in hostile_query()) {
        let (pairs, _) = bounds::parameters(&q);
        prop_assert!(pairs.len() <= bounds::MAX_PARAMETERS);
        let (state, _, notices) = link::read(&q, &ANALYSIS);
        let shown = notice::summarised(notices);
        prop_assert!(shown.len() <= notice::MAX_NOTICES);
        for texts in TEXTS.iter() {
            prop_assert!(shown.iter().all(|n| texts.notice(n).chars().count() < 220), "{shown:?}");
        }
        prop_assert!(state.filter.query.chars().count() <= MAX_SEARCH_CHARS);
    }
}

fn subset<T: Clone + Ord + std::fmt::Debug + 'static>(items: Vec<T>) -> impl Strategy<Value = Vec<T>> {
    let n = items.len();
    prop::collection::vec(any::<bool>(), n)
        .prop_map(move |keep| items.iter().zip(keep).filter(|(_, k)| *k).map(|(i, _)| i.clone()).collect())
}

fn valid_state() -> impl Strategy<Value = (UrlState, EmbedOptions)> {
    let a = &*ANALYSIS;
    let mut ids: Vec<String> = a.categories.iter().map(|c| c.id.to_string()).collect();
    // A filter's sets are sorted lists.
    ids.sort();
    let categories = subset(ids);
    let meetings = subset(a.meetings.iter().map(|m| m.year).collect());
    // The cells a link can open: those with sentences.
    let cells: Vec<(String, u16)> = (0..a.topics.len())
        .flat_map(|t| (0..a.meetings.len()).map(move |m| (t, m)))
        .filter(|&(t, m)| !a.evidence(t, m).is_empty())
        .map(|(t, m)| (a.topics[t].id.to_string(), a.meetings[m].year))
        .collect();
    let articles: Vec<String> = a.documents.iter().map(|d| d.id.to_string()).collect();
    let open = prop_oneof![
        Just(None),
        prop::sample::select(cells).prop_map(|(topic, year)| Some(Open::Evidence { topic, year })),
        prop::sample::select(articles).prop_map(|id| Some(Open::Article(id))),
    ];
    // Any search a reader can type: trimmed, within the limit, not garbled.
    let search = re("\\PC{0,100}").prop_map(|q| {
        let (q, _) = Filter::bounded_query(q.replace('\u{fffd}', "").trim());
        q.trim_end().to_owned()
    });
    let show = prop::sample::select(vec![Show::All, Show::New, Show::Continuing]);
    let sort = prop::sample::select(vec![Sort::FirstAppearance, Sort::Mentions, Sort::Alphabetical]);
    let theme = prop::sample::select(vec![Theme::Auto, Theme::Light, Theme::Dark]);
    let locale = prop::sample::select(Locale::ALL.to_vec());
    let embed = (any::<bool>(), re("[A-Za-z0-9_-]{1,64}"), prop::option::of(re("[A-Za-z0-9_-]{1,64}")), locale)
        .prop_map(|(plain, id, child_id, lang)| EmbedOptions { plain, id, child_id, lang });
    (categories, search, meetings, show, sort, theme, open, embed).prop_map(
        |(categories, query, meetings, show, sort, theme, open, embed)| {
            let filter = Filter {
                categories: categories.into_iter().collect(),
                query,
                meetings: meetings.into_iter().collect(),
                show,
                sort,
            };
            (UrlState { filter, theme, open }, embed)
        },
    )
}

proptest! {
    #![proptest_config(config(20_000))]

    #[test]
    fn every_valid_state_survives_a_link(state in valid_state()) {
        let (url, embed) = state;
        let address = query::encode(&link::write(&url, &embed));
        let (url_back, embed_back, notices) = link::read(&address, &ANALYSIS);
        prop_assert!(notices.is_empty(), "{address} → {notices:?}");
        prop_assert_eq!(url_back, url);
        prop_assert_eq!(embed_back, embed);
    }
}

/// Corpus files as a newsroom might write them, right or wrong: front matter
/// lines (valid, misspelt, mistyped, hostile), fences in odd places, and body
/// lines of prose, markup and noise.
fn corpus_file() -> impl Strategy<Value = String> {
    let front_line = prop_oneof![
        Just("title = \"Leaders meet\"".to_owned()),
        Just("source = \"Wire <script>alert(1)</script>\"".to_owned()),
        re("date = (2021-05-21|\"2022-05-21\"|2021-02-30|\"21 May\"|2023-04-26T10:00:00|7)"),
        re("url = \"(https://example.com/a|javascript:alert\\(1\\)|data:text/html,x|\\PC{0,20})\""),
        re("id = \"[a-z<> -]{0,8}\""),
        re("participants = \\[\"\\PC{0,10}\"\\]"),
        re("(published|place|author) = \"\\PC{0,10}\""),
        re("\\PC{0,30}"),
        Just("+++".to_owned()),
    ];
    let body_line = prop_oneof![
        Just("The leaders agreed on vaccines, chips and extended deterrence.".to_owned()),
        Just("U.S. and S. Korea said \"Mr. Yoon\" met Jr. officials for $60 million.".to_owned()),
        Just("<img src=x onerror=alert(1)> Also Read: more".to_owned()),
        re("[A-Za-z .,!?\"'()-]{0,120}"),
        re("\\PC{0,60}"),
        Just(String::new()),
    ];
    let fence = prop_oneof![Just("+++\n"), Just("+++\r\n"), Just("\u{feff}+++\n"), Just("++\n"), Just("")];
    (
        fence,
        prop::collection::vec(front_line, 0..8),
        prop::option::of(Just("+++")),
        prop::collection::vec(body_line, 0..12),
    )
        .prop_map(|(open, front, close, body)| {
            format!("{open}{}\n{}\n{}", front.join("\n"), close.unwrap_or(""), body.join("\n"))
        })
}

proptest! {
    #![proptest_config(config(100_000))]

    #[test]
    fn no_corpus_file_makes_the_parser_panic(text in prop_oneof![9 => corpus_file(), 1 => re("\\PC{0,200}")]) {
        match corpus::parse_file("generated.md", &text, &CLEANING) {
            Ok(doc) => {
                prop_assert!(!doc.sentences.is_empty());
                prop_assert!(doc.url.iter().all(|u| u.to_ascii_lowercase().starts_with("http")));
            }
            Err(e) => {
                prop_assert_eq!(e.file.as_str(), "generated.md");
                prop_assert!(e.line >= 1 && e.line <= text.lines().count().max(1) + 1, "{e} for {text:?}");
            }
        }
    }
}

/// Taxonomy files as a journalist might edit them: categories and topics
/// with missing, duplicate, empty or odd fields and terms.
fn taxonomy_file() -> impl Strategy<Value = String> {
    let line = prop_oneof![
        Just("[[categories]]".to_owned()),
        Just("[[topics]]".to_owned()),
        re("id = \"(security|health|x|[a-z-]{0,6})\""),
        re("label = \"\\PC{0,12}\""),
        re("description = \"\\PC{0,20}\""),
        re("category = \"(security|health|none)\""),
        re("terms = \\[(\"[a-z* -]{0,10}\", ?){0,3}\\]"),
        re("exclude = \\[(\"[a-z -]{0,10}\", ?){0,2}\\]"),
        re("\\PC{0,20}"),
    ];
    prop::collection::vec(line, 0..30).prop_map(|lines| lines.join("\n"))
}

proptest! {
    #![proptest_config(config(20_000))]

    #[test]
    fn no_taxonomy_file_makes_the_parser_panic(text in taxonomy_file()) {
        if let Err(e) = Taxonomy::parse("topics.toml", &text) {
            prop_assert_eq!(e.file.as_str(), "topics.toml");
            prop_assert!(e.line >= 1 && e.line <= text.lines().count().max(1) + 1, "{e} for {text:?}");
        }
    }
}

static TAXONOMY: LazyLock<Taxonomy> =
    LazyLock::new(|| Taxonomy::parse("topics.toml", embedded::TOPICS).expect("the taxonomy parses"));

/// Korean and mixed-script text: Hangul syllables, conjoining and
/// compatibility jamo, the separators Korean terms allow, Latin, digits,
/// punctuation and the taxonomy's own Korean words, in any order.
fn korean_text() -> impl Strategy<Value = String> {
    const WORDS: &[&str] =
        &["확장억제", "경제", "안보", "인도", "태평양", "북한", "양자", "회담", "원전", "를", "의", "과", "IPEF", "AI"];
    let piece = prop_oneof![
        4 => re("[가-힣]{1,6}"),
        2 => re("[\u{1100}-\u{11FF}\u{3131}-\u{318E}\u{A960}-\u{A97C}\u{D7B0}-\u{D7FB}]{1,4}"),
        2 => proptest::sample::select(WORDS).prop_map(str::to_owned),
        2 => re("[ ·ㆍ\\-‐–.!?\"“”'()\\[\\]]{1,2}"),
        1 => re("[A-Za-z0-9]{1,5}"),
        1 => re("\\PC{1,3}"),
    ];
    proptest::collection::vec(piece, 0..40).prop_map(|parts| parts.concat())
}

proptest! {
    #![proptest_config(config(20_000))]

    #[test]
    fn korean_and_mixed_text_never_panics_and_marks_whole_characters(text in korean_text()) {
        let tokens = summit_core::analysis::text::tokens(&text);
        for t in &tokens {
            prop_assert!(text.is_char_boundary(t.start) && text.is_char_boundary(t.end) && t.start < t.end);
        }
        for rules in &TAXONOMY.rules {
            for span in summit_core::analysis::matching::find(rules, &text, &tokens) {
                let (start, end) = (span.start as usize, span.end as usize);
                prop_assert!(start < end && end <= text.len(), "{span:?} in {text:?}");
                prop_assert!(text.is_char_boundary(start) && text.is_char_boundary(end), "{span:?} in {text:?}");
            }
        }
        let sentences = summit_core::corpus::sentences::split(&text);
        let joined: String = sentences.concat().split_whitespace().collect();
        let original: String = text.split_whitespace().collect();
        prop_assert_eq!(joined, original, "splitting keeps every character");
    }
}
