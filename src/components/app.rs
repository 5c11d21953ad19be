//! The live widget: owns the state reducer, derives each view once per
//! change with `use_memo` (borrowing from the compiled-in analysis, so a
//! view holds no copies of its text), hands its side effects to the hooks in
//! `crate::hooks`, and lays out the status, notices, filters, matrix,
//! evidence, reading view and footer. The header above it is static.

use super::evidence_panel::EvidencePanel;
use super::filters::Filters;
use super::footer::{Footer, Format};
use super::matrix_table::MatrixTable;
use super::notices::notices;
use super::reading_view::ReadingView;
use super::status_bar::status_bar;
use crate::data::{self, Words};
use crate::state::{Action, CellRef, State};
use crate::{browser, hooks, pwa};
use std::rc::Rc;
use summit_core::embed;
use summit_core::export::Selection;
use summit_core::filter::Open;
use summit_core::i18n::Locale;
use summit_core::view::SearchIndex;
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
    hooks::use_restore(props.restore, state.dispatcher());
    let index = use_memo((), |_| SearchIndex::new());
    let matrix = use_memo(state.url.filter.clone(), |f| a.matrix(f, &index, t));
    let snippets = use_memo((state.page_url.clone(), state.url.clone()), |(page, url)| {
        embed::snippets(&embed::embed_url(page, url, t.locale), t.ui("embed_frame_title"))
    });
    let open = state.url.open.clone();
    let panel = use_memo((open.clone(), state.url.filter.query.clone()), |(open, q)| match open {
        Some(Open::Evidence { topic, year }) => {
            let topic = a.topics.iter().position(|x| x.id == *topic)?;
            a.evidence_panel(topic, a.meeting_of_year(*year)?, q, t).map(Rc::new)
        }
        _ => None,
    });
    let article = use_memo(open.clone(), |open| match open {
        Some(Open::Article(id)) => a.document_index(id).and_then(|d| a.article(d, t)).map(Rc::new),
        _ => None,
    });

    hooks::use_address(state.url.clone(), state.embed.clone());
    hooks::use_page_attributes(state.url.theme, article.is_some(), state.embed.plain);
    hooks::use_height_reports(state.embed.clone());
    hooks::use_offline_app(state.dispatcher());
    hooks::use_focus_return(state.closed, state.return_to.clone());
    hooks::use_escape_closes(state.dispatcher());

    let act = state.dispatcher().to_callback();
    let ondownload = {
        let matrix = matrix.clone();
        Callback::from(move |format: Format| {
            let (topics, meetings) = matrix.selection();
            let selection = Selection { topics: &topics, meetings: &meetings };
            match format {
                Format::Csv => browser::download("summit-matrix.csv", "text/csv", &a.to_csv(selection)),
                Format::Json => browser::download("summit-matrix.json", "application/json", &a.to_json(selection)),
            }
        })
    };
    // Stable across renders, so the rows and the source list skip rendering
    // when they did not change.
    let onopen = use_callback(state.dispatcher(), |cell, dispatch| dispatch.dispatch(Action::OpenEvidence(cell)));
    let onread = use_callback(state.dispatcher(), |id, dispatch| dispatch.dispatch(Action::OpenArticle(id)));
    let onclose = act.reform(|()| Action::Close);
    let selected = match &open {
        Some(Open::Evidence { topic, year }) => Some(CellRef { topic: topic.clone(), year: *year }),
        _ => None,
    };

    html! {
        <>
            {status_bar(words, state.offline, state.update_ready, Callback::from(|()| pwa::apply_update()))}
            {notices(words, &state.notices, act.reform(|()| Action::DismissNotices))}
            if let Some(article) = (*article).clone() {
                <ReadingView {words} {article} onclose={onclose.clone()} onread={onread.clone()} />
            } else {
                <Filters {words} filter={state.url.filter.clone()} result={matrix.result_line(t)} open={state.filters_open}
                    onsearch={act.reform(Action::SetQuery)} ontogglecategory={act.reform(Action::ToggleCategory)} ontogglemeeting={act.reform(Action::ToggleMeeting)}
                    onshow={act.reform(Action::SetShow)} onsort={act.reform(Action::SetSort)} onreset={act.reform(|()| Action::Reset)}
                    ontoggleopen={act.reform(|()| Action::ToggleFilters)} />
                <div class={classes!("sm-body", panel.is_some().then_some("has-panel"))}>
                    <MatrixTable {words} matrix={matrix.clone()} {selected} {onopen} />
                    if let Some(panel) = (*panel).clone() {
                        <EvidencePanel {words} {panel} onclose={onclose.clone()} onread={onread.clone()} />
                    }
                </div>
            }
            if !state.embed.plain { <Footer {words} {onread} {ondownload} {snippets} /> }
        </>
    }
}
