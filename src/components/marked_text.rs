//! Text in markup, always as text nodes: plain (borrowed for the life of the
//! page when it can be, so hydrating hundreds of labels copies none) and
//! with matched terms and search hits marked. Render functions rather than
//! components: they run inside their parent's render, which keeps the many
//! labels of the matrix cheap to update.

use summit_core::view::Segment;
use yew::prelude::*;
use yew::virtual_dom::VText;

/// A text node of `text`, without a copy.
pub fn text(text: &'static str) -> Html {
    VText::new(AttrValue::Static(text)).into()
}

/// The segments as text, the marked ones in `<mark>` (a search hit's with
/// the class `sm-mark-query`).
pub fn marked_text(segments: &[Segment<'static>]) -> Html {
    segments
        .iter()
        .map(|s| match (s.term, s.query) {
            (false, false) => text(s.text),
            // A matched term is a plain mark; the search's hits are marked apart.
            (_, true) => html! { <mark class="sm-mark-query">{text(s.text)}</mark> },
            (true, false) => html! { <mark>{text(s.text)}</mark> },
        })
        .collect()
}
