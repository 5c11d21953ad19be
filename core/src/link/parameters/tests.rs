use super::*;
use crate::link::query;
use crate::testing::{english, korean, seed};

fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
    list.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect()
}

fn owned(written: Vec<(&str, String)>) -> Vec<(String, String)> {
    written.into_iter().map(|(k, v)| (k.to_owned(), v)).collect()
}

const ALL_PARTS: [Part; 3] = [Part::View, Part::Opened, Part::Embed];

#[test]
fn every_setting_round_trips_and_defaults_stay_out_of_the_link() {
    let list = pairs(&[
        ("cat", "security,health"),
        ("q", "chips"),
        ("meet", "2022,2023"),
        ("show", "new"),
        ("sort", "az"),
        ("theme", "dark"),
        ("cell", "north-korea:2021"),
        ("plain", "1"),
        ("id", "story-7"),
        ("childId", "pym-1"),
        ("lang", "KO"),
    ]);
    let (view, embed, notices) = read(&list, seed());
    assert!(notices.is_empty(), "{notices:?}");
    assert_eq!(view.filter.meetings, [2022, 2023]);
    assert_eq!(view.filter.categories, ["health", "security"]);
    assert_eq!((view.filter.show, view.filter.sort, view.theme), (Show::New, Sort::Alphabetical, Theme::Dark));
    assert_eq!(view.open, Some(Open::Evidence { topic: "north-korea".into(), year: 2021 }));
    assert_eq!(
        embed,
        EmbedOptions { plain: true, id: "story-7".into(), child_id: Some("pym-1".into()), lang: Locale::Ko }
    );
    let back = owned(write(&view, &embed, &ALL_PARTS));
    let (view2, embed2, _) = read(&back, seed());
    assert_eq!((view2, embed2), (view, embed), "the state survives the widget rewriting its address");
    assert!(write(&UrlState::default(), &EmbedOptions::default(), &ALL_PARTS).is_empty());
}

#[test]
fn an_article_named_with_a_cell_wins_whatever_the_order() {
    for query in
        ["cell=north-korea:2021&article=2022-05-yoon-biden", "article=2022-05-yoon-biden&cell=north-korea:2021"]
    {
        let (view, _, notices) = read(&query::parse(query), seed());
        assert_eq!(view.open, Some(Open::Article("2022-05-yoon-biden".into())), "{query}");
        assert!(notices.is_empty());
    }
}

#[test]
fn each_stated_default_reads_as_the_default() {
    let mut checked = 0;
    for p in PARAMETERS {
        let Absent::Value(value) = p.default else { continue };
        checked += 1;
        let (view, embed, notices) = read(&pairs(&[(p.name, value)]), seed());
        assert!(notices.is_empty(), "{}: {notices:?}", p.name);
        assert_eq!((view, embed), (UrlState::default(), EmbedOptions::default()), "{}", p.name);
    }
    assert_eq!(checked, 5, "show, sort, theme, plain, id");
}

#[test]
fn a_bad_id_is_named_said_not_to_exist_and_the_nearest_suggested_in_both_languages() {
    let a = seed();
    let notices = |q: &str| read(&query::parse(q), a).2;
    let said = |q: &str, texts: &crate::i18n::Texts| notices(q).iter().map(|n| texts.notice(n)).collect::<Vec<_>>();
    assert_eq!(
        said("cell=extended-deterrence:2023", english()),
        ["Ignored cell=\"extended-deterrence:2023\": no area is called \"extended-deterrence\". Did you mean \"deterrence\"?"]
    );
    assert_eq!(
        said("cell=deterrence:2032", english()),
        ["Ignored cell=\"deterrence:2032\": there was no meeting in 2032. Did you mean \"deterrence:2022\"?"]
    );
    assert_eq!(
        said("cat=securty", english()),
        ["Ignored cat=\"securty\": there is no such category. Did you mean \"security\"?"]
    );
    assert_eq!(
        said("meet=2020", english()),
        ["Ignored meet=\"2020\": there was no meeting that year. Did you mean \"2021\"?"]
    );
    let article = &a.documents[0].id;
    let typo = [&article[..article.len() - 1], "x"].concat();
    assert_eq!(notices(&["article=", &typo].concat())[0].near(), Some(&**article));
    // Nothing close: no guess.
    assert_eq!(said("cat=weather", english()), ["Ignored cat=\"weather\": there is no such category."]);
    assert_eq!(
        said("cell=extended-deterrence:2023", korean()),
        ["무시한 설정: cell=\"extended-deterrence:2023\". \"extended-deterrence\"라는 분야는 없습니다. \"deterrence\"을(를) 찾으셨나요?"]
    );
    // An area not named at a meeting says so, not that the link is malformed.
    let t = a.topics.iter().position(|t| t.id == "space").expect("space");
    let m = (0..a.meetings.len()).find(|&m| a.evidence(t, m).is_empty()).expect("a meeting without space");
    let q = ["cell=space:", &a.meetings[m].year.to_string()].concat();
    assert_eq!(notices(&q)[0].key, "notice_cell_empty");
}

#[test]
fn bad_values_are_left_out_with_a_notice_and_the_rest_kept() {
    let list = pairs(&[
        ("cat", "security,weather"),
        ("meet", "2019,abc,2023"),
        ("show", "everything"),
        ("sort", "random"),
        ("theme", "neon"),
        ("cell", "north-korea"),
        ("article", "nope"),
        ("q", "\u{fffd}%A"),
        ("zoom", "3"),
        ("utm_source", "newsletter"),
        ("plain", "maybe"),
        ("id", "<script>"),
        ("lang", "fr"),
    ]);
    let (view, embed, notices) = read(&list, seed());
    assert_eq!(view.filter.categories, ["security"]);
    assert_eq!(view.filter.meetings, [2023]);
    assert_eq!((view.filter.show, view.filter.sort, view.theme), (Show::All, Sort::FirstAppearance, Theme::Auto));
    assert_eq!((view.open, view.filter.query.as_str()), (None, ""));
    assert_eq!(embed, EmbedOptions::default());
    assert_eq!(notices.len(), 13, "{notices:?}");
    assert!(notices.contains(&Notice::new("notice_setting").with("key", "zoom").with("value", "zoom")));
    assert!(notices.contains(&Notice::new("notice_lang").with("value", "fr").with("choices", "en, ko")));
    assert!(!notices.iter().any(|n| n.values.iter().any(|(_, v)| v == "utm_source")));
}

#[test]
fn the_address_pym_js_builds_gives_no_notice() {
    // What pym.js 1.3.2's Parent appends to the embed's address.
    let address = "cat=security&initialWidth=640&childId=sm-pym&parentTitle=Summits%20%E2%80%93%20News\
                   &parentUrl=https%3A%2F%2Fnews.example%2Fstory%3Fa%3D1&hostlang=ko";
    let (view, embed, notices) = read(&query::parse(address), seed());
    assert!(notices.is_empty(), "{notices:?}");
    assert_eq!(view.filter.categories, ["security"], "the view still reads its own parameters");
    assert_eq!(embed.child_id.as_deref(), Some("sm-pym"), "pym's child id is kept in the address");
    let kept = write(&view, &embed, &ALL_PARTS);
    assert!(kept.iter().all(|(k, _)| !["initialWidth", "parentTitle", "parentUrl", "hostlang"].contains(k)));
    // A misspelt one still gets its notice.
    assert_eq!(read(&query::parse("initialWidht=640"), seed()).2.len(), 1);
}

#[test]
fn the_table_names_each_parameter_once() {
    let mut names: Vec<&str> = PARAMETERS.iter().map(|p| p.name).collect();
    names.sort_unstable();
    names.dedup();
    assert_eq!(names.len(), PARAMETERS.len());
}

#[test]
fn the_readme_lists_the_table() {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../README.md")).expect("README.md");
    let table = markdown();
    assert!(
        readme.contains(&table),
        "README.md's parameter list differs from link::parameters::PARAMETERS; put this there:\n{table}"
    );
    for p in PARAMETERS {
        assert!(table.contains(&["`", p.name, "`"].concat()), "{}", p.name);
    }
}
