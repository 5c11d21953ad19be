//! Notices about settings the widget ignored or cut (a bad link, embed
//! value or overlong search).

use crate::data::use_texts;
use summit_core::notice::Notice;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NoticesProps {
    pub notices: Vec<Notice>,
    pub ondismiss: Callback<()>,
}

#[component]
pub fn Notices(props: &NoticesProps) -> Html {
    let t = use_texts();
    if props.notices.is_empty() {
        return html! {};
    }
    let ondismiss = props.ondismiss.reform(|_: MouseEvent| ());
    html! {
        <div class="sm-notice" role="status">
            <p class="sm-notice-title">{t.ui("notices_title").to_owned()}</p>
            <ul>{ for props.notices.iter().map(|n| html! { <li>{t.notice(n)}</li> }) }</ul>
            <button type="button" class="sm-button sm-button--quiet" onclick={ondismiss}>{t.ui("dismiss").to_owned()}</button>
        </div>
    }
}
