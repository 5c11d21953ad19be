//! The matrix's own Yew root, `#sm-matrix-root`, and when the browser takes
//! it over. The matrix is 255 of the 292 elements the prerendered widget
//! has, and it needs no code to work: every number opens its evidence by
//! itself. So the start-up hydrates the controls (`#sm-live`) alone, and
//! the matrix follows at the page's next idle moment ([`take_over`], which
//! `static/boot.js` calls), or at once if the reader changes the view
//! before that. Either way it is hydrated in place, with the props the
//! build rendered it with, so the reader's focus and scroll stay put.
//!
//! The controls' [`App`](crate::App) owns the state; each of its renders
//! hands the matrix its props ([`show`]), in that same render, so the
//! controls and the matrix change in the same frame.

use crate::components::live_matrix::{LiveMatrix, LiveMatrixProps};
use std::cell::RefCell;
use web_sys::Element;
use yew::AppHandle;

/// The id of the element the matrix is rendered in, after `#sm-live`.
pub const MATRIX_ROOT_ID: &str = "sm-matrix-root";

enum Root {
    /// Not taken over: the element holds the build's matrix (`prerendered`)
    /// or nothing; `first` is what the build rendered it with, `latest`
    /// what the widget shows now.
    Waiting { element: Element, prerendered: bool, first: Option<LiveMatrixProps>, latest: Option<LiveMatrixProps> },
    /// Live: Yew renders it.
    Live { app: AppHandle<LiveMatrix>, latest: LiveMatrixProps },
}

thread_local! {
    static ROOT: RefCell<Option<Root>> = const { RefCell::new(None) };
}

/// Where the matrix lives: `element`, which holds the build's matrix when
/// `prerendered` (the widget's own first render is what it shows), else
/// nothing (the matrix is rendered there as soon as the widget has one).
pub fn attach(element: Element, prerendered: bool) {
    ROOT.with_borrow_mut(|root| *root = Some(Root::Waiting { element, prerendered, first: None, latest: None }));
}

/// The matrix the widget shows now. Before the take-over, the first call
/// names what the build rendered (the controls' first render shows the
/// same view), and a later change takes the matrix over at once.
pub fn show(props: LiveMatrixProps) {
    ROOT.with_borrow_mut(|root| match root {
        Some(Root::Live { app, latest }) if *latest != props => {
            *latest = props.clone();
            app.update(props);
        }
        Some(Root::Waiting { first, latest, prerendered, .. }) => {
            let changed = latest.as_ref().is_some_and(|latest| *latest != props);
            first.get_or_insert_with(|| props.clone());
            *latest = Some(props);
            if changed || !*prerendered {
                take_over_now(root);
            }
        }
        Some(Root::Live { .. }) | None => {}
    });
}

/// Takes the matrix over, if it is not live yet: hydrates the build's
/// markup with the props it was rendered with, then shows the current
/// view. (Called when the page is idle after the start-up.)
pub fn take_over() {
    ROOT.with_borrow_mut(take_over_now);
}

fn take_over_now(root: &mut Option<Root>) {
    // Nothing to take over before the widget's first render names the view.
    let waiting = root.take_if(|root| matches!(root, Root::Waiting { first: Some(_), .. }));
    let Some(Root::Waiting { element, prerendered, first: Some(first), latest }) = waiting else {
        return;
    };
    let latest = latest.unwrap_or_else(|| first.clone());
    // An article in the matrix's place (a link to one): nothing to hydrate
    // for, the build's matrix simply goes.
    let app = if prerendered && latest.matrix.is_some() {
        let mut app = yew::Renderer::<LiveMatrix>::with_root_and_props(element.clone(), first.clone()).hydrate();
        if latest != first {
            app.update(latest.clone());
        }
        app
    } else {
        yew::Renderer::<LiveMatrix>::with_root_and_props(element.clone(), latest.clone()).render()
    };
    // Marked once rendered: Yew renders every component before it yields.
    wasm_bindgen_futures::spawn_local(async move {
        let _ = element.set_attribute("data-sm-ready", "");
    });
    *root = Some(Root::Live { app, latest });
}
