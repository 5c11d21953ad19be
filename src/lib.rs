//! Summit Matrix, the widget: Yew components over the analysis that
//! `build.rs` made from the corpus at build time.

pub mod browser;
pub mod components;
pub mod data;
pub mod pwa;
pub mod state;

pub use components::app::{App, AppProps};

/// Mounts the widget on `#summit-matrix` (or the body), reading the shared
/// state from the page's query string.
pub fn start() {
    let props = AppProps { query: browser::location_query().into(), page_url: browser::location_href().into() };
    match gloo::utils::document().get_element_by_id("summit-matrix") {
        Some(root) => {
            yew::Renderer::<App>::with_root_and_props(root, props).render();
        }
        None => {
            yew::Renderer::<App>::with_props(props).render();
        }
    }
}
