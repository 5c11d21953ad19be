//! Text with matched terms and search hits marked, always as text nodes.

use summit_core::view::Segment;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct MarkedTextProps {
    pub segments: Vec<Segment>,
}

#[component]
pub fn MarkedText(props: &MarkedTextProps) -> Html {
    html! {<>
        { for props.segments.iter().map(|s| {
            let text = s.text.clone();
            match (s.term, s.query) {
                (false, false) => html! { {text} },
                (term, query) => {
                    let class = classes!(term.then_some("sm-mark-term"), query.then_some("sm-mark-query"));
                    html! { <mark {class}>{text}</mark> }
                }
            }
        }) }
    </>}
}
