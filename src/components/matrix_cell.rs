//! One cell: an en dash when the area is not named (drawn by the
//! stylesheet; the words "not mentioned" are there for screen readers),
//! otherwise a button with the sentence count and a "NEW" badge at the first
//! appearance (a continuing area's row draws a joining line instead), so
//! colour is never the only signal. The button opens the cell's evidence,
//! which the page carries from the first paint, with HTML alone
//! (`popovertarget`): it works before the widget starts and without it, and
//! needs no listener of the widget's. A render function rather than a
//! component: a filter change rebuilds dozens of cells, and plain markup is
//! several times cheaper for Yew than components.

use super::marked_text::text;
use super::{cell_id, panel_id};
use crate::data::Words;
use summit_core::analysis::Status;
use summit_core::number::digits;
use summit_core::view::{Cell, Row};
use yew::prelude::*;

/// The button's classes by status and by intensity step (1–4 sentences or more).
const NEW: [&str; 4] = [
    "sm-cell sm-cell--new sm-level-1",
    "sm-cell sm-cell--new sm-level-2",
    "sm-cell sm-cell--new sm-level-3",
    "sm-cell sm-cell--new sm-level-4",
];
const CONTINUING: [&str; 4] = [
    "sm-cell sm-cell--continuing sm-level-1",
    "sm-cell sm-cell--continuing sm-level-2",
    "sm-cell sm-cell--continuing sm-level-3",
    "sm-cell sm-cell--continuing sm-level-4",
];

/// The cell `c` of `row`.
pub fn matrix_cell(row: &Row<'static>, c: &Cell, t: Words) -> Html {
    if c.status == Status::Absent {
        return html! { <span class="sm-vh">{text(t.ui("not_mentioned"))}</span> };
    }
    let fresh = c.status == Status::New;
    let count = digits(c.count);
    // The accessible name begins with the visible words ("3 NEW"), so a
    // reader using speech input can say what they see; then the rest.
    let badge = t.ui("badge_new");
    let label = t.fill(
        if fresh { "cell_new" } else { "cell_continuing" },
        &[
            ("count", &count),
            ("badge", badge),
            ("area", row.label),
            ("year", &digits(c.year.into())),
            ("sentences", &t.count("sentences", c.count)),
        ],
    );
    let level = c.count.clamp(1, 4) - 1;
    let class = classes!(if fresh { NEW[level] } else { CONTINUING[level] }, c.muted.then_some("sm-cell--muted"));
    html! {
        <button type="button" id={cell_id(row.id, c.year)} {class} aria-label={label} title={row.description} popovertarget={panel_id(row.id, c.year)}>
            if fresh {
                {[count.as_str(), " "].concat()}<span class="sm-badge">{text(badge)}</span>
            } else {
                {count}
            }
        </button>
    }
}
