//! Notices about settings the widget ignored or cut (a bad link, embed
//! value or overlong search).

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
            <p class="sm-notice-title">{"Some settings were not used as given; the rest of the view is as asked:"}</p>
            <ul>{ for props.notices.iter().map(|n| html! { <li>{n.0.clone()}</li> }) }</ul>
            <button type="button" class="sm-button sm-button--quiet" onclick={ondismiss}>{"Dismiss"}</button>
        </div>
    }
}
