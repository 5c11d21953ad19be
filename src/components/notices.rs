//! Notices about settings the widget ignored or cut (a bad link, embed
//! value or overlong search). A render function over the app's state.

use super::marked_text::text;
use crate::data::Words;
use summit_core::notice::Notice;
use yew::prelude::*;

#[inline(never)]
pub fn notices(t: Words, notices: &[Notice], ondismiss: Callback<()>) -> Html {
    if notices.is_empty() {
        return html! {};
    }
    html! {
        <div class="sm-notice" role="status">
            <p class="sm-notice-title">{text(t.ui("notices_title"))}</p>
            <ul>{ for notices.iter().map(|n| html! { <li>{t.notice(n)}</li> }) }</ul>
            <button type="button" class="sm-button sm-button--quiet" onclick={ondismiss.reform(|_: MouseEvent| ())}>{text(t.ui("dismiss"))}</button>
        </div>
    }
}
