//! The broadening chart: one bar per meeting, its height the areas named,
//! the part new at that meeting hatched apart from the part continuing, the
//! number written on each bar. Labelled for screen readers by the deck.
//! Coordinates are whole SVG units. Rendered by the build only, with the
//! header.

use super::marked_text::text;
use crate::data::Words;
use summit_core::number::digits;
use summit_core::view::Bar;
use yew::prelude::*;

const HEIGHT: usize = 64;
const TOP: usize = 14;
const BAR: usize = 56;
const GAP: usize = 44;

/// The chart of `bars`, labelled by the element with id `labelledby`.
pub fn chart(bars: &[Bar], labelledby: &'static str, t: Words) -> Html {
    let max = bars.iter().map(|b| b.active).max().unwrap_or(0).max(1);
    let width = bars.len() * (BAR + GAP);
    let scale = |n: usize| n * HEIGHT / max;
    let base = TOP + HEIGHT;
    let view_box = ["0 0 ", &digits(width), " ", &digits(base + 18)].concat();
    html! {
        <figure class="sm-chart">
            <svg viewBox={view_box} role="img" aria-labelledby={labelledby} focusable="false">
                <defs>
                    <pattern id="sm-hatch" width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                        <rect width="5" height="5" class="sm-bar-new-bg" />
                        <line x1="0" y1="0" x2="0" y2="5" class="sm-bar-new-line" stroke-width="2.5" />
                    </pattern>
                </defs>
                { for bars.iter().enumerate().map(|(i, b)| {
                    let x = i * (BAR + GAP) + GAP / 2;
                    let cont = scale(b.continuing);
                    let top = base - scale(b.active);
                    html! {
                        <g aria-hidden="true">
                            <rect class="sm-bar-cont" x={digits(x)} y={digits(base - cont)} width={digits(BAR)} height={digits(cont)} />
                            <rect class="sm-bar-new" x={digits(x)} y={digits(top)} width={digits(BAR)} height={digits(base - cont - top)} />
                            <text class="sm-bar-num" x={digits(x + BAR / 2)} y={digits(top - 3)} text-anchor="middle">{digits(b.active)}</text>
                            <text class="sm-bar-year" x={digits(x + BAR / 2)} y={digits(base + 14)} text-anchor="middle">{digits(b.year.into())}</text>
                        </g>
                    }
                }) }
            </svg>
            <figcaption class="sm-legend" aria-hidden="true">
                <span class="sm-key sm-key-new"></span>{text(t.ui("legend_new"))}
                <span class="sm-key sm-key-cont"></span>{text(t.ui("legend_continuing"))}
            </figcaption>
        </figure>
    }
}
