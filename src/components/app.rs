//! The live widget: owns the state reducer, derives each view once per
//! change with `use_memo` (borrowing from the compiled-in analysis, so a
//! view holds no copies of its text), hands its side effects to the hooks in
//! `crate::hooks`, and lays out the status, notices, filters, matrix,
//! evidence and reading view. The header above it and the footer below are
//! static (`crate::page`); `hooks::use_footer` works the footer's buttons.

use super::evidence_panel::EvidencePanel;
use super::filters::Filters;
use super::matrix_table::MatrixTable;
use super::notices::notices;
use super::reading_view::ReadingView;
use super::status_bar::status_bar;
use crate::data::{self, Same, Words};
use crate::state::{Action, CellRef, State};
use crate::{hooks, pwa};
use std::rc::Rc;
use summit_core::embed;
use summit_core::filter::Open;
use summit_core::i18n::Locale;
use summit_core::view::{Article, EvidencePanel as PanelView, SearchIndex};
use yew::prelude::*;

#[derive(Properties, PartialEq, Clone, Default)]
pub struct AppProps {
    /// The page's query string, which carries the shared state.
    #[prop_or_default]
    pub query: AttrValue,
    /// The page's address, for the embed snippets.
    #[prop_or_default]
    pub page_url: AttrValue,
    /// Hydrating the prerendered default view: read the page's own state
    /// from its address once mounted.
    #[prop_or_default]
    pub restore: bool,
    /// The page's language (each locale has its own page).
    #[prop_or_default]
    pub locale: Locale,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let a = data::analysis();
    let words = Words::of(props.locale);
    let t = words.0;
    let state = {
        let (query, page) = (props.query.clone(), props.page_url.clone());
        use_reducer(move || State::from_query(&query, &page, a))
    };
    let index = use_memo((), |_| SearchIndex::new());
    let matrix = use_memo(state.url.filter.clone(), |f| a.matrix(f, &index, t));
    let snippets = use_memo((state.page_url.clone(), state.url.clone()), |(page, url)| {
        embed::snippets(&embed::embed_url(page, url, t.locale), t.ui("embed_frame_title"))
    });
    let open = state.url.open.clone();
    let panel = use_memo((open.clone(), state.url.filter.query.clone()), |(open, q)| match open {
        Some(Open::Evidence { topic, year }) => {
            let topic = a.topics.iter().position(|x| x.id == *topic)?;
            a.evidence_panel(topic, a.meeting_of_year(*year)?, q, t).map(|p| Same(Rc::new(p)))
        }
        _ => None,
    });
    let article = use_memo(open.clone(), |open| match open {
        Some(Open::Article(id)) => a.document_index(id).and_then(|d| a.article(d, t)).map(|a| Same(Rc::new(a))),
        _ => None,
    });

    hooks::use_page(state.url.clone(), state.embed.clone());
    hooks::use_height_reports(state.embed.clone());
    hooks::use_focus_return(state.closed, state.return_to.clone());
    let footer = hooks::use_footer_view(matrix.clone(), snippets);
    hooks::use_page_listeners(props.restore, state.dispatcher(), footer, words);

    let act = state.dispatcher().to_callback();
    // Stable across renders, so the rows skip rendering when they did not change.
    let onopen = use_callback(state.dispatcher(), |cell, dispatch| dispatch.dispatch(Action::OpenEvidence(cell)));
    let onread = act.reform(Action::OpenArticle);
    let onclose = act.reform(|()| Action::Close);
    let selected = match &open {
        Some(Open::Evidence { topic, year }) => Some(CellRef { topic: topic.clone(), year: *year }),
        _ => None,
    };

    html! {
        <>
            {status_bar(words, state.offline, state.update_ready, Callback::from(|()| pwa::apply_update()))}
            if !state.notices.is_empty() { {notices(words, &state.notices, act.reform(|()| Action::DismissNotices))} }
            if let Some(article) = (*article).clone() {
                {reading_view(words, article, onclose.clone(), onread.clone())}
            } else {
                <Filters {words} filter={state.url.filter.clone()} result={matrix.result_line(t)} open={state.filters_open}
                    onsearch={act.reform(Action::SetQuery)} ontogglecategory={act.reform(Action::ToggleCategory)} ontogglemeeting={act.reform(Action::ToggleMeeting)}
                    onshow={act.reform(Action::SetShow)} onsort={act.reform(Action::SetSort)} onreset={act.reform(|()| Action::Reset)}
                    ontoggleopen={act.reform(|()| Action::ToggleFilters)} />
                <div class={classes!("sm-body", panel.is_some().then_some("has-panel"))}>
                    <MatrixTable {words} matrix={Same(matrix.clone())} {selected} {onopen} />
                    if let Some(panel) = (*panel).clone() {
                        {evidence_panel(words, panel, onclose.clone(), onread.clone())}
                    }
                </div>
            }
        </>
    }
}

// What a reader opens later is built by functions of its own, kept out of
// line: the browser compiles WebAssembly a function at a time when it is
// first called, so the start-up compiles none of it.

#[inline(never)]
fn reading_view(
    words: Words,
    article: Same<Article<'static>>,
    onclose: Callback<()>,
    onread: Callback<String>,
) -> Html {
    html! { <ReadingView {words} {article} {onclose} {onread} /> }
}

#[inline(never)]
fn evidence_panel(
    words: Words,
    panel: Same<PanelView<'static>>,
    onclose: Callback<()>,
    onread: Callback<String>,
) -> Html {
    html! { <EvidencePanel {words} {panel} {onclose} {onread} /> }
}
