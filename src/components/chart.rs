//! The broadening chart: one bar per meeting, its height the areas named,
//! the part new at that meeting hatched apart from the part continuing, the
//! number written on each bar. Labelled for screen readers by the deck.
//! Coordinates are whole SVG units, so no float formatting ships in the WASM.

use crate::data::use_texts;
use summit_core::view::Bar;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ChartProps {
    pub bars: Vec<Bar>,
    /// Id of the element that says in words what the chart shows.
    pub labelledby: AttrValue,
}

const HEIGHT: usize = 64;
const TOP: usize = 14;
const BAR: usize = 56;
const GAP: usize = 44;

#[component]
pub fn Chart(props: &ChartProps) -> Html {
    let t = use_texts();
    let max = props.bars.iter().map(|b| b.active).max().unwrap_or(0).max(1);
    let width = props.bars.len() * (BAR + GAP);
    let scale = |n: usize| n * HEIGHT / max;
    let base = TOP + HEIGHT;
    html! {
        <figure class="sm-chart">
            <svg viewBox={format!("0 0 {width} {}", base + 18)} role="img" aria-labelledby={props.labelledby.clone()} focusable="false">
                <defs>
                    <pattern id="sm-hatch" width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                        <rect width="5" height="5" class="sm-bar-new-bg" />
                        <line x1="0" y1="0" x2="0" y2="5" class="sm-bar-new-line" stroke-width="2.5" />
                    </pattern>
                </defs>
                { for props.bars.iter().enumerate().map(|(i, b)| {
                    let x = i * (BAR + GAP) + GAP / 2;
                    let cont = scale(b.continuing);
                    let top = base - scale(b.active);
                    html! {
                        <g aria-hidden="true">
                            <rect class="sm-bar-cont" x={x.to_string()} y={(base - cont).to_string()} width={BAR.to_string()} height={cont.to_string()} />
                            <rect class="sm-bar-new" x={x.to_string()} y={top.to_string()} width={BAR.to_string()} height={(base - cont - top).to_string()} />
                            <text class="sm-bar-num" x={(x + BAR / 2).to_string()} y={(top - 3).to_string()} text-anchor="middle">{b.active}</text>
                            <text class="sm-bar-year" x={(x + BAR / 2).to_string()} y={(base + 14).to_string()} text-anchor="middle">{b.year}</text>
                        </g>
                    }
                }) }
            </svg>
            <figcaption class="sm-legend" aria-hidden="true">
                <span class="sm-key sm-key-new"></span>{t.ui("legend_new").to_owned()}
                <span class="sm-key sm-key-cont"></span>{t.ui("legend_continuing").to_owned()}
            </figcaption>
        </figure>
    }
}
