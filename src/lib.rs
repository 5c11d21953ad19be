//! Summit Matrix, the widget: Yew components over the analysis that
//! `build.rs` made from the corpus and compiled in.

pub mod browser;
pub mod components;
pub mod data;
pub mod fatal;
pub mod hooks;
#[cfg(not(target_arch = "wasm32"))]
pub mod page;
pub mod pwa;
pub mod state;

pub use components::app::{App, AppProps};
use summit_core::i18n::Locale;

/// The id of the element the browser hydrates: the live part of the page
/// the build wrote (`page`), inside the static header and notes.
pub const LIVE_ID: &str = "sm-live";

/// Mounts the widget on `#sm-live`. Where the build prerendered the default
/// view there, hydrates it in place (the same default props the server
/// used, then the page's own state); otherwise renders afresh.
pub fn start() {
    let locale = page_locale();
    fatal::install(locale);
    let document = gloo::utils::document();
    let Some(root) = document.get_element_by_id(LIVE_ID).or_else(|| document.get_element_by_id("summit-matrix")) else {
        yew::Renderer::<App>::with_props(live_props(locale)).render();
        return;
    };
    if root.child_element_count() > 0 {
        // The loader starts us after the first paint (static/boot.js), so
        // the prerendered view is on screen by now.
        let props = AppProps { restore: true, locale, ..AppProps::default() };
        yew::Renderer::<App>::with_root_and_props(root, props).hydrate();
    } else {
        yew::Renderer::<App>::with_root_and_props(root, live_props(locale)).render();
    }
}

/// Test builds only (`--features panic-probe`): panics on purpose, so the
/// end-to-end tests can watch the panic hook replace a live widget.
#[cfg(feature = "panic-probe")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn panic_probe() {
    panic!("the panic probe was called");
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
