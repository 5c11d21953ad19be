//! Summit Matrix, the widget: Yew components over the analysis that
//! `build.rs` made from the corpus and compiled in.
#![deny(rustdoc::broken_intra_doc_links, rustdoc::private_intra_doc_links)]

pub mod browser;
pub mod components;
pub mod data;
pub mod fatal;
pub mod hooks;
pub mod matrix_root;
#[cfg(not(target_arch = "wasm32"))]
pub mod page;
pub mod pwa;
#[cfg(not(target_arch = "wasm32"))]
pub mod shell;
#[cfg(not(target_arch = "wasm32"))]
pub mod social;
pub mod state;

pub use components::app::{App, AppProps};
use summit_core::i18n::Locale;

/// The id of the element the browser hydrates: the live part of the page
/// the build wrote (`page`), inside the static header and notes.
pub const LIVE_ID: &str = "sm-live";

/// Mounts the widget on `#sm-live`, and marks the page `data-sm-ready` once
/// it is live. Where the build prerendered the default view there, hydrates
/// it in place: with the page's own state when that shows the same (most
/// pages), else with the default the server used, then the page's state
/// ([`page_state`], taken by [`hooks::use_page_listeners`]). Without a
/// prerendered view, renders afresh. The matrix, in `#sm-matrix-root`, is
/// taken over later ([`matrix_root`]).
pub fn start() {
    let locale = page_locale();
    fatal::install(locale);
    let document = gloo::utils::document();
    let live = live_props(locale);
    // A page without the widget's markup gets an element at the end of its body.
    let root = document.get_element_by_id(LIVE_ID).or_else(|| document.get_element_by_id("summit-matrix"));
    let Some(root) = root.or_else(|| new_element(LIVE_ID, &gloo::utils::body(), false)) else {
        return;
    };
    let grid = document.get_element_by_id(matrix_root::MATRIX_ROOT_ID);
    let prerendered = root.child_element_count() > 0 && grid.as_ref().is_some_and(|g| g.child_element_count() > 0);
    if let Some(grid) = grid.or_else(|| new_element(matrix_root::MATRIX_ROOT_ID, &root, true)) {
        matrix_root::attach(grid, prerendered);
    }
    if !prerendered {
        yew::Renderer::<App>::with_root_and_props(root, live).render();
        ready_after_render();
    } else if page_state().renders_default() {
        // The loader starts us after the first paint (static/boot.js), so
        // the prerendered view is on screen by now.
        yew::Renderer::<App>::with_root_and_props(root, live).hydrate();
        ready_after_render();
    } else {
        let props = AppProps { restore: true, locale, ..AppProps::default() };
        yew::Renderer::<App>::with_root_and_props(root, props).hydrate();
    }
}

/// A new `<div id="{id}">`: after `place`, or at the end of it.
fn new_element(id: &str, place: &web_sys::Element, after: bool) -> Option<web_sys::Element> {
    let element = gloo::utils::document().create_element("div").ok()?;
    element.set_id(id);
    let placed = if after { place.after_with_node_1(&element) } else { place.append_with_node_1(&element) };
    placed.ok().map(|()| element)
}

/// Takes the matrix over now if the widget has not yet (`static/boot.js`
/// calls it when the page is idle after the start-up): see [`matrix_root`].
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn take_over_matrix() {
    matrix_root::take_over();
}

/// Marks the page live once the first render is done: Yew renders every
/// component before it yields (their effects may follow in a later task),
/// in a task of the same queue as this one, queued before it.
fn ready_after_render() {
    wasm_bindgen_futures::spawn_local(async { browser::mark_ready() });
}

/// Test builds only (`--features panic-probe`): panics on purpose, so the
/// end-to-end tests can watch the panic hook replace a live widget.
#[cfg(feature = "panic-probe")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn panic_probe() {
    panic!("the panic probe was called");
}

/// The state the page is in: what its address asks for, with the evidence
/// the reader has open on the page (opened before the widget started: the
/// page works without it) in place of whatever the address opened.
pub fn page_state() -> state::State {
    let analysis = data::analysis();
    let state = state::State::from_query(&browser::location_query(), &browser::location_href(), analysis);
    state.with_open_cell(browser::open_panel_cell().as_deref(), analysis)
}

fn live_props(locale: Locale) -> AppProps {
    AppProps {
        query: browser::location_query().into(),
        page_url: browser::location_href().into(),
        restore: false,
        locale,
    }
}

/// The page's language: each locale has its own page, whose `<html lang>`
/// static/head.js chose before anything painted.
fn page_locale() -> Locale {
    let lang = gloo::utils::document().document_element().and_then(|root| root.get_attribute("lang"));
    lang.as_deref().and_then(Locale::from_tag).unwrap_or_default()
}
