//! The headline, the deck with the numbers from the data, and the chart.

use super::chart::Chart;
use summit_core::view::Header as HeaderView;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    pub header: std::rc::Rc<HeaderView>,
}

#[component]
pub fn Header(props: &HeaderProps) -> Html {
    let h = &props.header;
    html! {
        <header class="sm-header">
            <h1 class="sm-headline">{h.headline.clone()}</h1>
            <p class="sm-deck" id="sm-deck">{h.deck.clone()}</p>
            <Chart bars={h.bars.clone()} labelledby="sm-deck" />
        </header>
    }
}
