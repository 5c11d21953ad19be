use crate::analysis::Status;
use crate::link::filter::{Filter, Show, Sort};
use crate::testing::{analysis_of, english, korean, seed};
use crate::view::{segments, SearchIndex};
use crate::Span;

fn ids(filter: &Filter) -> Vec<String> {
    let a = seed();
    let m = a.matrix(filter, &SearchIndex::new(), english());
    m.shown_rows().map(|r| r.id.to_string()).collect()
}

fn active_in(topic: &str, year: u16) -> bool {
    let a = seed();
    let t = a.topics.iter().position(|x| x.id == topic).unwrap();
    !a.evidence(t, a.meeting_of_year(year).unwrap()).is_empty()
}

#[test]
fn the_header_tells_the_story_with_numbers_from_the_data() {
    let h = seed().header(english());
    let b: Vec<usize> = h.bars.iter().map(|b| b.active).collect();
    assert_eq!(
        h.deck,
        format!("Leaders named {} areas of cooperation in 2021, {} in 2022 and {} in 2023.", b[0], b[1], b[2])
    );
    assert!(h.headline.contains("broadened"));
}

#[test]
fn one_or_two_meetings_make_a_whole_story_too() {
    let one = analysis_of(&[("2021", "Vaccines matter. Chips too.")]);
    let h = one.header(english());
    assert_eq!(h.headline, "What the US–South Korea meeting of 2021 covered");
    assert_eq!(h.deck, "Leaders named 2 areas of cooperation in 2021.");
    assert_eq!(one.header(korean()).headline, "2021년 한미 회담에서 다룬 협력 분야");
    let m = one.matrix(&Filter::default(), &SearchIndex::new(), english());
    assert_eq!(m.columns.len(), 1);
    assert!(m.shown_rows().all(|r| r.cells.len() == 1));

    let two = analysis_of(&[("2021", "Vaccines matter."), ("2022", "Vaccines again. Chips too.")]);
    let h = two.header(english());
    assert_eq!(h.headline, "How the US–South Korea alliance broadened, 2021–2022");
    assert_eq!(h.deck, "Leaders named 1 area of cooperation in 2021 and 2 in 2022.");
    let covid = two.topics.iter().position(|t| t.id == "covid").unwrap();
    assert_eq!(two.statuses(covid), [Status::New, Status::Continuing]);
    let m = two.matrix(&Filter { meetings: vec![2022], ..Filter::default() }, &SearchIndex::new(), english());
    assert_eq!(m.shown_columns().map(|c| c.year).collect::<Vec<_>>(), [2022]);
}

#[test]
fn unfiltered_shows_every_area_grouped_by_category_in_taxonomy_order() {
    let a = seed();
    let m = a.matrix(&Filter::default(), &SearchIndex::new(), english());
    assert_eq!(m.shown, a.topics.len());
    assert_eq!(m.result_line(english()), format!("Showing {0} of {0} areas", a.topics.len()));
    assert_eq!(m.columns.iter().map(|c| c.year).collect::<Vec<_>>(), [2021, 2022, 2023]);
    let cats: Vec<usize> = m.groups.iter().map(|g| g.category).collect();
    assert!(cats.windows(2).all(|w| w[0] < w[1]));
    assert!(m.groups.iter().all(|g| g.shown && g.rows.iter().all(|r| r.shown)));
    for g in &m.groups {
        assert!(g.rows.iter().all(|r| r.category == g.category));
    }
}

#[test]
fn categories_keep_only_their_rows() {
    let filter = Filter { categories: ["health".to_owned()].into(), ..Filter::default() };
    assert_eq!(ids(&filter), ["covid", "global-health"]);
    // A category hides whole groups and leaves every row as it was, so the
    // widget re-renders no row on a category click.
    let a = seed();
    let index = SearchIndex::new();
    let (all, health) = (a.matrix(&Filter::default(), &index, english()), a.matrix(&filter, &index, english()));
    fn rows<'a>(m: &crate::view::Matrix<'a>) -> Vec<crate::view::Row<'a>> {
        m.groups.iter().flat_map(|g| g.rows.clone()).collect()
    }
    assert_eq!(rows(&all), rows(&health));
    assert_eq!(health.groups.iter().filter(|g| g.shown).map(|g| g.id).collect::<Vec<_>>(), ["health"]);
    assert_eq!(health.shown, 2);
}

#[test]
fn a_search_for_a_2023_only_term_leaves_rows_active_in_2023() {
    let filter = Filter { query: "quantum".into(), ..Filter::default() };
    let rows = ids(&filter);
    assert!(!rows.is_empty());
    assert!(rows.iter().all(|t| active_in(t, 2023)), "{rows:?}");
    assert!(rows.contains(&"emerging-tech".to_owned()));
}

#[test]
fn search_matches_labels_and_evidence_case_insensitively() {
    // "defence" is in one label and description only; the reports write "defense".
    let label = ids(&Filter { query: "DEFENCE".into(), ..Filter::default() });
    assert_eq!(label, ["defence"]);
    let evidence = ids(&Filter { query: "Northern Triangle".into(), ..Filter::default() });
    assert_eq!(evidence, ["migration"]);
    assert!(ids(&Filter { query: "zebra crossing".into(), ..Filter::default() }).is_empty());
}

#[test]
fn the_index_is_folded_on_the_first_search_and_reused_after_it() {
    let a = seed();
    let index = SearchIndex::new();
    let all = a.matrix(&Filter::default(), &index, english());
    assert!(!index.is_filled(), "no search, no folding at start-up");
    let search = Filter { query: "Northern Triangle".into(), ..Filter::default() };
    let first = a.matrix(&search, &index, english());
    assert!(index.is_filled());
    let again = a.matrix(&search, &index, english());
    let shown = |m: &crate::view::Matrix| m.shown_rows().count();
    assert_eq!(shown(&first), shown(&again));
    assert!(0 < shown(&first) && shown(&first) < shown(&all));
}

#[test]
fn meetings_hide_columns_and_rows_not_active_there() {
    let filter = Filter { meetings: [2021].into(), ..Filter::default() };
    let a = seed();
    let m = a.matrix(&filter, &SearchIndex::new(), english());
    assert_eq!(m.shown_columns().map(|c| c.year).collect::<Vec<_>>(), [2021]);
    // Hidden meetings keep their columns and cells, marked hidden, so showing
    // them again re-creates nothing.
    assert_eq!(m.columns.len(), 3);
    assert!(m.groups.iter().flat_map(|g| &g.rows).all(|r| r
        .cells
        .iter()
        .map(|c| c.shown)
        .eq(m.columns.iter().map(|c| c.shown))));
    let rows = ids(&filter);
    assert!(rows.iter().all(|t| active_in(t, 2021)));
    assert!(rows.contains(&"migration".to_owned()) && !rows.contains(&"space".to_owned()));
}

#[test]
fn show_new_and_continuing_select_by_status() {
    let a = seed();
    let index = SearchIndex::new();
    for show in [Show::New, Show::Continuing] {
        let m = a.matrix(&Filter { show, ..Filter::default() }, &index, english());
        let want = if show == Show::New { Status::New } else { Status::Continuing };
        for row in m.shown_rows() {
            assert!(row.cells.iter().any(|c| !c.muted && c.status == want));
            assert!(row.cells.iter().all(|c| c.muted || c.status == want));
        }
    }
    // Every area is new somewhere; only some continue.
    let new = ids(&Filter { show: Show::New, ..Filter::default() }).len();
    let continuing = ids(&Filter { show: Show::Continuing, ..Filter::default() }).len();
    assert_eq!(new, a.topics.len());
    assert!(continuing > 0 && continuing < new);
}

#[test]
fn sorts_within_categories() {
    let a = seed();
    let index = SearchIndex::new();
    let m = a.matrix(&Filter { sort: Sort::Alphabetical, ..Filter::default() }, &index, english());
    for g in &m.groups {
        assert_eq!(
            g.rows.len(),
            a.topics.iter().filter(|t| usize::from(t.category) == g.category).count(),
            "rows are kept, only hidden"
        );
        let labels: Vec<String> = g.rows.iter().map(|r| r.label.to_lowercase()).collect();
        assert!(labels.windows(2).all(|w| w[0] <= w[1]), "{labels:?}");
    }
    let m = a.matrix(&Filter { sort: Sort::Mentions, ..Filter::default() }, &index, english());
    for g in &m.groups {
        let totals: Vec<usize> = g.rows.iter().map(|r| a.total(r.topic)).collect();
        assert!(totals.windows(2).all(|w| w[0] >= w[1]), "{totals:?}");
    }
    let m = a.matrix(&Filter::default(), &index, english());
    for g in &m.groups {
        let first: Vec<usize> =
            g.rows.iter().map(|r| a.statuses(r.topic).iter().position(|s| *s == Status::New).unwrap()).collect();
        assert!(first.windows(2).all(|w| w[0] <= w[1]), "{first:?}");
    }
}

#[test]
fn segments_mark_terms_and_query_without_losing_text() {
    let text = "cooperation on chips, batteries";
    let segs = segments(text, &[Span { start: 15, end: 20 }], &[Span { start: 18, end: 30 }]);
    assert_eq!(segs.iter().map(|s| s.text).collect::<String>(), text);
    let marked: Vec<(&str, bool, bool)> = segs.iter().map(|s| (s.text, s.term, s.query)).collect();
    assert_eq!(
        marked,
        [
            ("cooperation on ", false, false),
            ("chi", true, false),
            ("ps", true, true),
            (", batterie", false, true),
            ("s", false, false)
        ]
    );
}

#[test]
fn the_evidence_panel_quotes_each_sentence_with_its_source() {
    let a = seed();
    let t = a.topics.iter().position(|t| t.id == "migration").unwrap();
    let panel = a.evidence_panel(t, 0, english()).unwrap();
    assert_eq!((panel.year, panel.status), (2021, Status::New));
    assert_eq!(panel.quotes.len(), a.evidence(t, 0).len());
    for q in &panel.quotes {
        assert!(q.segments.iter().any(|s| s.term));
        assert_eq!(q.source, "Yonhap News Agency");
        // The quote names its place in the article: the same sentence.
        let quoted: String = q.segments.iter().map(|s| s.text).collect();
        assert_eq!(a.documents[q.doc].sentences[q.sentence as usize], quoted);
    }
    assert!(a.evidence_panel(99, 0, english()).is_none());
}

#[test]
fn the_reading_view_tags_topic_sentences_and_links_neighbours() {
    let a = seed();
    let article = a.article(1, english()).unwrap();
    assert!(article.previous.is_some() && article.next.is_some());
    let sentences: Vec<_> = article
        .blocks
        .iter()
        .flat_map(|b| match b {
            crate::view::ReadBlock::Paragraph(s) => s.clone(),
            crate::view::ReadBlock::Heading(_) => Vec::new(),
        })
        .collect();
    assert!(sentences.iter().any(|s| s.tags.iter().any(|t| t.label == "Chips and batteries")));
    assert!(sentences.iter().any(|s| s.tags.is_empty()));
    assert!(
        sentences.iter().all(|s| a.documents[1].sentences[s.index as usize] == s.text),
        "indices name the sentences"
    );
    assert!(a.article(0, english()).unwrap().previous.is_none());
}

#[test]
fn the_views_speak_korean_around_the_articles_as_published() {
    let a = seed();
    let index = SearchIndex::new();
    let h = a.header(korean());
    assert!(h.deck.starts_with("정상들이 거론한 협력 분야는 2021년 "), "{}", h.deck);
    assert!(h.headline.starts_with("한미동맹"), "{}", h.headline);
    let m = a.matrix(&Filter::default(), &index, korean());
    let row = |id: &str| m.groups.iter().flat_map(|g| &g.rows).find(|r| r.id == id).unwrap().clone();
    assert_eq!(row("deterrence").label, "확장억제");
    assert_eq!(row("supply-chains").label, "경제안보·공급망");
    assert_eq!(&*m.columns[2].date, "2023년 4월 26일");
    assert_eq!(&*m.columns[0].leaders, "문재인, 카멀라 해리스");
    assert_eq!(m.groups[0].label, "안보");
    assert_eq!(m.result_line(korean()), format!("전체 {0}개 분야 중 {0}개 표시", a.topics.len()));
    // An area is found by its Korean name and by its English one.
    let found = |q: &str| {
        let m = a.matrix(&Filter { query: q.into(), ..Filter::default() }, &index, korean());
        m.shown_rows().map(|r| r.id.to_string()).collect::<Vec<_>>()
    };
    assert!(found("확장억제").contains(&"deterrence".to_owned()));
    assert!(found("extended deterrence").contains(&"deterrence".to_owned()));
    // The article keeps its own words; the interface around it is Korean.
    let article = a.article(0, korean()).unwrap();
    assert_eq!(article.title, &*a.documents[0].title);
    assert!(article.date.ends_with('일'), "{}", article.date);
    assert_eq!(article.place, Some("워싱턴"));
}
