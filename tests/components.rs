//! The widget rendered to HTML natively (Yew's server renderer), as a reader
//! would get it for a given link: table semantics, the marks in the cells,
//! the page's evidence of every cell, the reading view and the notices for
//! a bad link.
#![cfg(not(target_arch = "wasm32"))]

use scraper::{ElementRef, Html, Selector};
use std::rc::Rc;
use summit_core::i18n::Locale;
use summit_core::link::display::Open;
use summit_core::view::SearchIndex;
use summit_matrix::components::live_matrix::{LiveMatrix, LiveMatrixProps};
use summit_matrix::data::{Same, Words};
use summit_matrix::state::State;
use summit_matrix::{App, AppProps};

async fn render(query: &str) -> Html {
    render_in(query, Locale::En).await
}

async fn render_in(query: &str, locale: Locale) -> Html {
    let props = AppProps {
        query: query.to_owned().into(),
        page_url: format!("https://news.example/summit/?{query}").into(),
        restore: false,
        locale,
    };
    let controls = yew::LocalServerRenderer::<App>::with_props(props.clone()).render().await;
    // The matrix is a Yew root of its own, after the controls: the App
    // hands it the filter's matrix, or nothing while an article is open.
    let a = summit_matrix::data::analysis();
    let state = State::from_query(&props.query, &props.page_url, a);
    let t = Words::of(locale);
    let reading = matches!(state.url.open, Some(Open::Article(_)));
    let matrix = (!reading).then(|| Same(Rc::new(a.matrix(&state.url.filter, &SearchIndex::new(), t.0))));
    let props = LiveMatrixProps { words: t, matrix, onreset: yew::Callback::noop() };
    let matrix = yew::LocalServerRenderer::<LiveMatrix>::with_props(props).render().await;
    Html::parse_fragment(&(controls + &matrix))
}

/// The whole page as the build writes it: the static header around the widget.
async fn page_in(locale: Locale) -> Html {
    Html::parse_fragment(&summit_matrix::page::prerender(locale, false).await)
}

fn all<'a>(doc: &'a Html, css: &str) -> Vec<ElementRef<'a>> {
    doc.select(&Selector::parse(css).unwrap()).collect()
}

fn text(el: &ElementRef) -> String {
    el.text().collect::<String>().split_whitespace().collect::<Vec<_>>().join(" ")
}

fn seed() -> summit_core::Analysis {
    summit_core::embedded::analysis().unwrap()
}

#[tokio::test(flavor = "current_thread")]
async fn the_matrix_is_a_real_table_with_meeting_columns_and_category_groups() {
    let doc = render("").await;
    let a = seed();
    assert_eq!(all(&doc, "table caption").len(), 1);
    let cols: Vec<String> = all(&doc, "thead th[scope=col] .sm-year").iter().map(text).collect();
    assert_eq!(cols, ["2021", "2022", "2023"]);
    assert_eq!(all(&doc, "tbody:not([hidden])").len(), a.categories.len());
    assert_eq!(all(&doc, "tbody th[scope=colgroup]").len(), a.categories.len());
    assert_eq!(all(&doc, "tbody tr:not([hidden]) th[scope=row]").len(), a.topics.len());
    for row in all(&doc, "tr.sm-row:not([hidden])") {
        assert_eq!(row.select(&Selector::parse("td").unwrap()).count(), 3);
    }
    assert_eq!(text(&all(&doc, ".sm-result")[0]), format!("Showing {0} of {0} areas", a.topics.len()));
    // The header is static: the page has it, around the live widget.
    let doc = page_in(Locale::En).await;
    assert_eq!(all(&doc, "#sm-matrix-root .sm-matrix").len(), 1);
    assert!(all(&doc, "#sm-live .sm-header").is_empty());
    let deck = text(&all(&doc, "#sm-deck")[0]);
    let active: Vec<usize> = a.broadening().iter().map(|b| b.active).collect();
    assert!(deck.contains(&format!("{} areas of cooperation in 2021", active[0])), "{deck}");
    assert_eq!(all(&doc, "svg[role=img][aria-labelledby=sm-deck]").len(), 1);
}

#[tokio::test(flavor = "current_thread")]
async fn cells_carry_count_and_a_mark_that_is_not_only_colour() {
    let doc = render("").await;
    let a = seed();
    let cyber = a.topics.iter().position(|t| t.id == "cyber").unwrap();
    let new = all(&doc, "#sm-cell-cyber-2023")[0];
    let name = |cell: &scraper::ElementRef| cell.value().attr("aria-label").unwrap_or_default().to_owned();
    let count = a.evidence(cyber, 2).len().to_string();
    // Seen: the count and the badge. Heard: the same words first, then the rest.
    assert_eq!(text(&new), format!("{count} NEW"));
    assert!(
        name(&new).starts_with(&format!("{count} NEW: Cybersecurity in 2023, first named here; {count} sentence")),
        "{}",
        name(&new)
    );
    let continuing = all(&doc, "#sm-cell-north-korea-2023")[0];
    assert!(!text(&continuing).contains("NEW") && !name(&continuing).contains("NEW"));
    assert!(
        name(&continuing).starts_with(&format!("{}: North Korea policy in 2023, named before too", text(&continuing))),
        "{}",
        name(&continuing)
    );
    assert!(continuing.value().attr("class").unwrap().contains("sm-cell--continuing"));
    // The area's description is every cell's description (and tooltip), as the row header's.
    let description = a.topics[cyber].description.to_string();
    assert_eq!(new.value().attr("title"), Some(description.as_str()));
    // Not mentioned: words for screen readers (the stylesheet draws the dash), no button.
    assert!(all(&doc, "#sm-cell-cyber-2021").is_empty());
    let row = all(&doc, "tr.sm-row:not([hidden])").into_iter().find(|r| text(r).starts_with("Cybersecurity")).unwrap();
    let first_td = row.select(&Selector::parse("td").unwrap()).next().unwrap();
    assert_eq!(text(&first_td), "not mentioned");
    assert_eq!(first_td.value().attr("class"), Some("sm-none"));
    assert_eq!(all(&doc, "tr.sm-row td.sm-none").len(), all(&doc, "tr.sm-row td.sm-none > .sm-vh").len());
}

#[tokio::test(flavor = "current_thread")]
async fn every_mentioned_cell_opens_its_evidence_in_the_page_with_html_alone() {
    let doc = page_in(Locale::En).await;
    let a = seed();
    let panels = all(&doc, ".sm-evidence > section.sm-panel[popover=auto][role=dialog]");
    let cells = all(&doc, "#sm-matrix-root button.sm-cell");
    let mentioned = (0..a.topics.len())
        .flat_map(|t| (0..a.meetings.len()).map(move |m| (t, m)))
        .filter(|&(t, m)| !a.evidence(t, m).is_empty())
        .count();
    assert_eq!((panels.len(), cells.len()), (mentioned, mentioned), "one panel per mentioned cell, one cell per panel");
    // The evidence is outside the live parts: the browser keeps it as written.
    assert!(all(&doc, "#sm-live .sm-panel, #sm-matrix-root .sm-panel").is_empty());
    for cell in &cells {
        let target = cell.value().attr("popovertarget").unwrap();
        let panel = all(&doc, &format!("section#{target}"));
        assert_eq!(panel.len(), 1, "{target}");
        // Its quotes are the cell's count, and the panel is named by its heading.
        let quotes = panel[0].select(&Selector::parse(".sm-quotes > li").unwrap()).count();
        assert_eq!(text(cell).split(' ').next().unwrap(), quotes.to_string(), "{target}");
        let title = panel[0].value().attr("aria-labelledby").unwrap();
        assert_eq!(all(&doc, &format!("#{target} h2#{title}")).len(), 1);
        let close = format!("#{target} button.sm-close[popovertarget={target}][popovertargetaction=hide]");
        assert_eq!(all(&doc, &close).len(), 1);
    }
    let migration = all(&doc, "#sm-ev-migration-2021")[0];
    assert_eq!(migration.value().attr("data-cell"), Some("migration:2021"), "the key a link's cell= takes");
    assert_eq!(text(&all(&doc, "#sm-ev-migration-2021 h2")[0]), "Central American migration · 2021");
    let marks: Vec<String> = all(&doc, "#sm-ev-migration-2021 .sm-quotes mark").iter().map(text).collect();
    assert!(marks.contains(&"migration".to_owned()) && marks.contains(&"Northern Triangle".to_owned()), "{marks:?}");
    let cite = all(&doc, "#sm-ev-migration-2021 .sm-quotes > li > p")[0];
    assert!(text(&cite).starts_with("Yonhap News Agency · 22 May 2021 · Read the article"));
    // "Read the article" leads to the quoted sentence in the articles page.
    let link = all(&doc, "#sm-ev-migration-2021 .sm-quotes a[data-article]")[0];
    let href = link.value().attr("href").unwrap();
    let (page, sentence) = href.split_once('#').unwrap();
    assert_eq!(page, "articles.html");
    let articles = Html::parse_fragment(&summit_matrix::page::prerender_articles(Locale::En).await);
    let target = all(&articles, &format!("#{sentence}"));
    assert_eq!(target.len(), 1, "{href}");
    let quoted = text(&all(&doc, "#sm-ev-migration-2021 .sm-quotes blockquote")[0]);
    assert_eq!(text(&target[0]), quoted, "the link lands on the quoted sentence");
}

#[tokio::test(flavor = "current_thread")]
async fn the_search_marks_hits_and_leaves_only_matching_rows() {
    let doc = render("q=quantum").await;
    let rows: Vec<String> = all(&doc, "tbody:not([hidden]) > tr.sm-row:not([hidden]) th").iter().map(text).collect();
    assert!(!rows.is_empty() && rows.iter().any(|r| r.starts_with("AI and quantum")), "{rows:?}");
    assert_eq!(text(&all(&doc, "tbody:not([hidden]) > tr.sm-row:not([hidden]) th mark.sm-mark-query")[0]), "quantum");
    assert_eq!(all(&doc, "thead .sm-year").len(), 3);
    assert!(all(&doc, "tr:not([hidden]) #sm-cell-north-korea-2021").is_empty(), "rows without the term are hidden");
    assert_eq!(all(&doc, "tr[hidden] #sm-cell-north-korea-2021").len(), 1);
}

#[tokio::test(flavor = "current_thread")]
async fn a_link_to_an_article_shows_it_without_site_chrome() {
    let doc = render("article=2022-05-yoon-biden").await;
    assert!(all(&doc, "table").is_empty());
    let body = text(&all(&doc, "article.sm-article")[0]);
    assert!(body.contains("Presidents Yoon and Biden had their first one-on-one"));
    for noise in ["arirang mobile", "Back to you", "Updated:", "Reporter :"] {
        assert!(!body.contains(noise), "{noise} in the reading view");
    }
    let tags: Vec<String> = all(&doc, ".sm-tags li").iter().map(text).collect();
    assert!(tags.contains(&"Chips and batteries".to_owned()));
    assert_eq!(all(&doc, ".sm-prev").len() + all(&doc, ".sm-next").len(), 2);
}

#[tokio::test(flavor = "current_thread")]
async fn a_bad_link_shows_a_notice_and_a_working_matrix() {
    let doc = render("show=sideways&cat=weather&zoom=9&meet=1999").await;
    let notice = text(&all(&doc, ".sm-notice[role=status]")[0]);
    for word in ["show", "weather", "zoom", "1999"] {
        assert!(notice.contains(word), "{word} missing from: {notice}");
    }
    assert_eq!(all(&doc, "tr.sm-row:not([hidden])").len(), seed().topics.len());
}

#[tokio::test(flavor = "current_thread")]
async fn text_from_the_corpus_is_escaped_not_markup() {
    // Every sentence goes in as a text node; a quote mark stays a character.
    let doc = page_in(Locale::En).await;
    let quote = text(&all(&doc, "#sm-ev-north-korea-2022 .sm-quotes blockquote")[0]);
    assert!(quote.contains("\"complete denuclearization\""), "{quote}");
}

#[tokio::test(flavor = "current_thread")]
async fn the_static_footer_lists_the_sources_and_offers_the_data_and_the_embed_code() {
    let doc = page_in(Locale::En).await;
    let a = seed();
    // Outside the live part: the browser keeps it as written (the e2e tests
    // check that its buttons work and its snippets follow the view).
    assert!(all(&doc, "#sm-live .sm-footer").is_empty());
    // Each source links to its article, which the widget opens in place.
    let sources: Vec<_> = all(&doc, ".sm-footer .sm-sources a[data-article]");
    let ids: Vec<_> = sources.iter().map(|b| b.value().attr("data-article").unwrap()).collect();
    assert_eq!(ids, a.documents.iter().map(|d| &*d.id).collect::<Vec<_>>());
    let hrefs: Vec<_> = sources.iter().map(|b| b.value().attr("href").unwrap().to_owned()).collect();
    assert_eq!(hrefs, a.documents.iter().map(|d| format!("articles.html#article-{}", d.id)).collect::<Vec<_>>());
    // What only the widget can do is marked, so a page without it hides it.
    for format in ["csv", "json"] {
        assert_eq!(all(&doc, &format!(".sm-needs-widget button[data-download={format}]")).len(), 1);
    }
    for id in ["sm-embed-script", "sm-embed-iframe"] {
        assert_eq!(all(&doc, &format!(".sm-needs-widget button[data-copy={id}]")).len(), 1);
        let code = all(&doc, &format!("pre code#{id}"))[0].text().collect::<String>();
        assert!(code.contains("embed.html"), "{code}");
    }
}

#[tokio::test(flavor = "current_thread")]
async fn plain_embeds_show_the_matrix_alone() {
    // The header and footer are static, around the live part, which renders
    // the same with or without `plain`; head.js and the widget mark the page
    // data-plain and the stylesheet hides them.
    let doc = render("plain=1").await;
    assert!(all(&doc, ".sm-header").is_empty() && all(&doc, ".sm-footer").is_empty());
    assert_eq!(all(&doc, "tr.sm-row:not([hidden])").len(), seed().topics.len());
}

#[tokio::test(flavor = "current_thread")]
async fn the_korean_widget_is_korean_around_the_articles() {
    let doc = render_in("cell=deterrence:2023&q=nuclear", Locale::Ko).await;
    assert_eq!(text(&all(&doc, "table caption")[0]).chars().next(), Some('회'));
    assert_eq!(text(&all(&doc, "th.sm-topic-col")[0]), "협력 분야");
    let page = page_in(Locale::Ko).await;
    assert_eq!(text(&all(&page, "h1.sm-headline")[0]), "한미동맹 협력 분야는 어떻게 넓어졌나, 2021–2023");
    let labels: Vec<String> = all(&doc, "tr.sm-row th").iter().map(text).collect();
    assert!(labels.contains(&"확장억제".to_owned()), "{labels:?}");
    assert_eq!(text(&all(&page, "#sm-ev-deterrence-2023 h2")[0]), "확장억제 · 2023년");
    // The quoted sentences stay in English, as published; the panel around them does not.
    let quotes = all(&page, "#sm-ev-deterrence-2023 .sm-quotes blockquote");
    assert!(!quotes.is_empty() && quotes.iter().all(|q| text(q).is_ascii()), "the evidence is quoted as published");
    assert!(quotes.iter().all(|q| q.value().attr("lang") == Some("en")));
    assert!(text(&all(&page, "#sm-ev-deterrence-2023 .sm-panel-sub")[0]).starts_with("문장 "));
    let link = all(&page, "#sm-ev-deterrence-2023 .sm-quotes a[data-article]")[0];
    assert!(link.value().attr("href").unwrap().starts_with("articles.ko.html#sm-s-"), "the Korean articles page");
    // Without the widget the notes say, in Korean, what needs it.
    assert!(text(&all(&page, ".sm-static-note")[0]).contains("웹어셈블리"));
    assert_eq!(all(&doc, "input#sm-q")[0].value().attr("placeholder"), Some("예: 양자, quantum"));
    let snippet = all(&page, "#sm-embed-iframe")[0].inner_html();
    assert!(snippet.contains("lang=ko") && snippet.contains("서밋 매트릭스"), "{snippet}");
}
