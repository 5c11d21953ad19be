//! Summit Matrix, the widget: Yew components over the analysis that
//! `build.rs` made from the corpus at build time.

pub mod browser;
pub mod components;
pub mod data;
pub mod fatal;
pub mod hooks;
pub mod pwa;
pub mod state;

pub use components::app::{App, AppProps};
use summit_core::i18n::Locale;

/// Mounts the widget on `#summit-matrix`. Where the build prerendered the
/// default view there, hydrates it in place (the same default props the
/// server used, then the page's own state); otherwise renders afresh.
pub fn start() {
    let locale = page_locale();
    fatal::install(locale);
    let Some(root) = gloo::utils::document().get_element_by_id("summit-matrix") else {
        yew::Renderer::<App>::with_props(live_props()).render();
        return;
    };
    if root.child_element_count() > 0 {
        // The loader starts us after the first frame (scripts/finish-build.mjs),
        // so the prerendered view has painted by now.
        let props = AppProps { restore: true, locale, ..AppProps::default() };
        yew::Renderer::<App>::with_root_and_props(root, props).hydrate();
    } else {
        yew::Renderer::<App>::with_root_and_props(root, live_props()).render();
    }
}

/// Test builds only (`--features panic-probe`): panics on purpose, so the
/// end-to-end tests can watch the panic hook replace a live widget.
#[cfg(feature = "panic-probe")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn panic_probe() {
    panic!("the panic probe was called");
}

fn live_props() -> AppProps {
    AppProps {
        query: browser::location_query().into(),
        page_url: browser::location_href().into(),
        restore: false,
        locale: page_locale(),
    }
}

/// The page's language: each locale has its own page, whose `<html lang>`
/// static/locale.js chose before anything painted.
fn page_locale() -> Locale {
    let lang = gloo::utils::document().document_element().and_then(|root| root.get_attribute("lang"));
    lang.as_deref().and_then(Locale::from_tag).unwrap_or_default()
}

/// The prerendered default view in `locale`: what `start` hydrates.
#[cfg(not(target_arch = "wasm32"))]
pub async fn prerender(locale: Locale) -> String {
    yew::LocalServerRenderer::<App>::with_props(AppProps { locale, ..AppProps::default() }).render().await
}

/// Every article as plain HTML, for the page's `<noscript>`, introduced in `locale`.
#[cfg(not(target_arch = "wasm32"))]
pub async fn prerender_articles(locale: Locale) -> String {
    #[derive(yew::Properties, PartialEq)]
    struct ArticlesProps {
        locale: Locale,
    }
    #[yew::component]
    fn Articles(props: &ArticlesProps) -> yew::Html {
        match data::load(props.locale) {
            Ok(data) => yew::html! { <components::noscript_articles::NoscriptArticles {data} /> },
            Err(message) => yew::html! { <p>{message}</p> },
        }
    }
    yew::LocalServerRenderer::<Articles>::with_props(ArticlesProps { locale }).render().await
}
