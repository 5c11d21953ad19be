//! The widget's side effects, one hook each: every hook keeps one thing
//! outside the component (the address bar, the page's attributes, the host
//! page's idea of our height, the service worker, focus, the Escape key) in
//! step with the state. The reducer itself stays pure.

use crate::components::matrix_cell::cell_id;
use crate::data;
use crate::state::{Action, CellRef, State};
use crate::{browser, pwa};
use gloo::timers::callback::Timeout;
use summit_core::embed::EmbedOptions;
use summit_core::filter::{Theme, UrlState};
use summit_core::query;
use yew::prelude::*;

/// After hydrating the prerendered default view, takes the page's own state
/// from its address; then marks the page ready.
#[hook]
pub fn use_restore(restore: bool, dispatch: UseReducerDispatcher<State>) {
    use_effect_with(restore, move |restore| {
        if *restore {
            let page = State::from_query(&browser::location_query(), &browser::location_href(), data::analysis());
            dispatch.dispatch(Action::Restore(Box::new(page)));
        }
        browser::mark_ready();
    });
}

/// How long the address waits for the state to settle before it is written.
const ADDRESS_SETTLES_MS: u32 = 150;

/// Keeps the address bar's query equal to the state (not on first render,
/// which is the address itself), embed options included. It is written once
/// the state has settled for a moment, not on every change: each
/// `history.replaceState` costs the browser a millisecond or more, which a
/// filter click or a keystroke should not wait for, and a link is only
/// copied or reloaded after the reader stops.
#[hook]
pub fn use_address(url: UrlState, embed: EmbedOptions) {
    let first = use_mut_ref(|| true);
    let pending = use_mut_ref(|| None::<Timeout>);
    use_effect_with((url, embed), move |(url, embed)| {
        if !std::mem::replace(&mut *first.borrow_mut(), false) {
            let mut pairs = url.to_pairs();
            pairs.extend(embed.to_pairs());
            let query = query::encode(&pairs);
            // Replacing the timeout cancels the write it would have made.
            *pending.borrow_mut() = Some(Timeout::new(ADDRESS_SETTLES_MS, move || browser::replace_query(&query)));
        }
    });
}

/// Keeps the document's attributes that the stylesheet reads in step: the
/// theme, whether an article is open (the static header and skip link
/// step aside for it) and whether the embed is plain (no header or footer;
/// static/head.js sets it from the address before the first paint).
#[hook]
pub fn use_page_attributes(theme: Theme, reading: bool, plain: bool) {
    use_effect_with((theme, reading, plain), |&(theme, reading, plain)| {
        browser::set_theme(theme.name());
        browser::set_flag("data-sm-reading", reading);
        browser::set_flag("data-plain", plain);
    });
}

/// Reports the page's height to a host page while framed.
#[hook]
pub fn use_height_reports(embed: EmbedOptions) {
    use_effect_with(embed, |options| {
        let reporter = browser::report_height(options.clone());
        move || drop(reporter)
    });
}

/// The offline app: registers the service worker (standalone page only;
/// an embed carries its corpus anyway) and follows the network.
#[hook]
pub fn use_offline_app(dispatch: UseReducerDispatcher<State>) {
    use_effect_with((), move |_| {
        if !browser::is_embedded() {
            let ready = dispatch.clone();
            pwa::register(move || ready.dispatch(Action::UpdateReady));
        }
        if !pwa::online() {
            dispatch.dispatch(Action::SetOffline(true));
        }
        let listeners = pwa::on_network_change(move |online| dispatch.dispatch(Action::SetOffline(!online)));
        move || drop(listeners)
    });
}

/// When the evidence or an article closes, puts focus back on the cell it
/// came from (or on the matrix).
#[hook]
pub fn use_focus_return(closed: u32, target: Option<CellRef>) {
    use_effect_with(closed, move |closed| {
        if *closed > 0 {
            let id = target.map(|c| cell_id(&c.topic, c.year));
            browser::focus_id(id.as_deref().unwrap_or("sm-matrix"));
        }
    });
}

/// Escape anywhere closes what is open.
#[hook]
pub fn use_escape_closes(dispatch: UseReducerDispatcher<State>) {
    use_effect_with((), move |_| {
        let listener = browser::on_escape(move || dispatch.dispatch(Action::Close));
        move || drop(listener)
    });
}
