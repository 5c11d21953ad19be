//! Text with matched terms and search hits marked, always as text nodes.
//! A render function rather than a component: it runs inside its parent's
//! render, which keeps the many labels of the matrix cheap to update.

use summit_core::view::Segment;
use yew::prelude::*;

/// The segments as text, the marked ones in `<mark>`.
pub fn marked_text(segments: &[Segment]) -> Html {
    segments
        .iter()
        .map(|s| {
            let text = s.text.clone();
            match (s.term, s.query) {
                (false, false) => html! { {text} },
                (term, query) => {
                    let class = classes!(term.then_some("sm-mark-term"), query.then_some("sm-mark-query"));
                    html! { <mark {class}>{text}</mark> }
                }
            }
        })
        .collect()
}
