//! The headline, the deck with the numbers from the data, and the chart.
//! Rendered by the build only ([`crate::page`]): it never changes, so the
//! browser keeps the prerendered markup and hydrates none of it.

use super::chart::chart;
use crate::data::Words;
use summit_core::view::Header;
use yew::prelude::*;

pub fn header(h: &Header, t: Words) -> Html {
    html! {
        <header class="sm-header">
            <h1 class="sm-headline">{h.headline.clone()}</h1>
            <p class="sm-deck" id="sm-deck">{h.deck.clone()}</p>
            {chart(&h.bars, "sm-deck", t)}
        </header>
    }
}
