//! The widget's status: "Offline" while the network is gone, "Update
//! available — reload" when a new version is waiting. A render function: it
//! is a few lines of the app's own state, cheaper inline than as a component.
//! (Why a browser that cannot run the widget sees the fixed view is said by
//! the static note above the widget, [`crate::page`].)

use super::marked_text::text;
use crate::data::Words;
use yew::prelude::*;

pub fn status_bar(t: Words, offline: bool, update_ready: bool, onreload: Callback<()>) -> Html {
    html! {
        <div class="sm-status" role="status">
            if offline || update_ready { {status(t, offline, update_ready, onreload)} }
        </div>
    }
}

/// What the status says (out of line: compiled only when there is any).
#[inline(never)]
fn status(t: Words, offline: bool, update_ready: bool, onreload: Callback<()>) -> Html {
    html! {
        <>
            if offline {
                <p class="sm-offline"><span aria-hidden="true">{"● "}</span>{text(t.ui("offline"))}</p>
            }
            if update_ready {
                <p class="sm-update">
                    {text(t.ui("update_available"))}
                    <button type="button" class="sm-link" onclick={onreload.reform(|_: MouseEvent| ())}>{text(t.ui("update_reload"))}</button>
                </p>
            }
        </>
    }
}
