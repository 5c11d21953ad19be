//! The live widget: owns the state reducer, derives each view once per
//! change with [`use_memo`] (borrowing from the compiled-in analysis, so a
//! view holds no copies of its text), hands its side effects to the hooks in
//! [`crate::hooks`], and lays out the status, notices, filters and reading
//! view. The matrix below it is a Yew root of its own, which each render
//! hands its view ([`crate::matrix_root`]). The header above it, the
//! evidence of every cell and the footer below are static
//! ([`crate::page`]): the hooks keep the evidence in step with the state
//! and work the footer's buttons.

use super::filters::Filters;
use super::live_matrix::LiveMatrixProps;
use super::notices::notices;
use super::reading_view::ReadingView;
use super::status_bar::status_bar;
use crate::data::{self, Same, Words};
use crate::state::{Action, State};
use crate::{hooks, matrix_root, pwa};
use std::rc::Rc;
use summit_core::i18n::Locale;
use summit_core::link::display::Open;
use summit_core::link::snippets;
use summit_core::view::{Article, SearchIndex};
use yew::prelude::*;

#[derive(Properties, PartialEq, Clone, Default)]
pub struct AppProps {
    /// The page's query string, which carries the shared state.
    #[prop_or_default]
    pub query: AttrValue,
    /// The page's address, for the embed snippets.
    #[prop_or_default]
    pub page_url: AttrValue,
    /// Hydrating the prerendered default view: take the page's own state
    /// (its address, and the evidence the reader opened before start-up)
    /// once mounted.
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
        snippets::snippets(page, url, t.locale, t.ui("embed_frame_title"))
    });
    let article = use_memo(state.url.open.clone(), |open| match open {
        Some(Open::Article(id)) => a.document_index(id).and_then(|d| a.article(d, t)).map(|a| Same(Rc::new(a))),
        _ => None,
    });

    hooks::use_page(state.url.clone(), state.embed.clone());
    hooks::use_focus_return(state.closed, state.return_to.clone());
    let footer = hooks::use_footer_view(matrix.clone(), state.url.filter.clone(), snippets);
    hooks::use_page_listeners(props.restore, state.dispatcher(), footer, words);

    let act = state.dispatcher().to_callback();
    let onread = act.reform(|id| Action::OpenArticle { id, at: None });
    let onclose = act.reform(|()| Action::Close);
    // The same callback on every render (the filters' Reset and the empty
    // matrix's), so a render that changes nothing in the matrix hands it
    // nothing new.
    let onreset = use_callback(state.dispatcher(), |(), dispatcher| dispatcher.dispatch(Action::Reset));
    // In this render, not in an effect: the matrix and the controls change
    // in the same frame (an article replaces both).
    matrix_root::show(LiveMatrixProps {
        words,
        matrix: article.is_none().then(|| Same(matrix.clone())),
        onreset: onreset.clone(),
    });

    html! {
        <>
            {status_bar(words, state.offline, state.update_ready, Callback::from(|()| pwa::apply_update()))}
            if !state.notices.is_empty() { {notices(words, &state.notices, act.reform(|()| Action::DismissNotices))} }
            if let Some(article) = (*article).clone() {
                {reading_view(words, article, state.read_at.clone(), onclose, onread)}
            } else {
                <Filters {words} filter={state.url.filter.clone()} result={matrix.result_line(t)} open={state.filters_open}
                    onsearch={act.reform(Action::SetQuery)} ontogglecategory={act.reform(Action::ToggleCategory)} ontogglemeeting={act.reform(Action::ToggleMeeting)}
                    onshow={act.reform(Action::SetShow)} onsort={act.reform(Action::SetSort)} {onreset}
                    ontoggleopen={act.reform(|()| Action::ToggleFilters)} />
            }
        </>
    }
}

// What a reader opens later is built by a function of its own, kept out of
// line: the browser compiles WebAssembly a function at a time when it is
// first called, so the start-up compiles none of it.
#[inline(never)]
fn reading_view(
    words: Words,
    article: Same<Article<'static>>,
    at: Option<String>,
    onclose: Callback<()>,
    onread: Callback<String>,
) -> Html {
    let at = at.map(AttrValue::from);
    html! { <ReadingView {words} {article} {at} {onclose} {onread} /> }
}
