//! Notices about settings the widget ignored (a bad link or embed value).

use summit_core::filter::Notice;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NoticesProps {
    pub notices: Vec<Notice>,
    pub ondismiss: Callback<()>,
}

#[component]
pub fn Notices(props: &NoticesProps) -> Html {
    if props.notices.is_empty() {
        return html! {};
    }
    let ondismiss = props.ondismiss.reform(|_: MouseEvent| ());
    html! {
        <div class="sm-notice" role="status">
            <p class="sm-notice-title">{"Some settings in this link were not understood, so the defaults are shown for them:"}</p>
            <ul>{ for props.notices.iter().map(|n| html! { <li>{n.0.clone()}</li> }) }</ul>
            <button type="button" class="sm-button sm-button--quiet" onclick={ondismiss}>{"Dismiss"}</button>
        </div>
    }
}
