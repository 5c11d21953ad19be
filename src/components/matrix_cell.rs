//! One cell: an en dash when the area is not named (drawn by the
//! stylesheet; the words "not mentioned" are there for screen readers),
//! otherwise a button with the sentence count, a "NEW" badge at the first
//! appearance, and a joining line for a continuing area, so colour is never
//! the only signal. A render function rather than a component: a filter
//! change rebuilds dozens of cells, and plain markup is several times
//! cheaper for Yew than components.

use super::marked_text::text;
use crate::data::Words;
use crate::state::CellRef;
use summit_core::analysis::Status;
use summit_core::number::{digits, push_digits};
use summit_core::view::{Cell, Row};
use yew::prelude::*;

/// The id of a cell's button, to return focus to it: `sm-cell-<area>-<year>`.
pub fn cell_id(topic: &str, year: u16) -> String {
    let mut id = String::with_capacity(topic.len() + 13);
    id.push_str("sm-cell-");
    id.push_str(topic);
    id.push('-');
    push_digits(&mut id, year.into());
    id
}

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
pub fn matrix_cell(row: &Row<'static>, c: &Cell, selected: bool, onopen: &Callback<CellRef>, t: Words) -> Html {
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
    let target = CellRef { topic: row.id.to_owned(), year: c.year };
    let onclick = onopen.reform(move |_: MouseEvent| target.clone());
    let level = c.count.clamp(1, 4) - 1;
    let class = classes!(
        if fresh { NEW[level] } else { CONTINUING[level] },
        c.muted.then_some("sm-cell--muted"),
        selected.then_some("sm-cell--selected"),
    );
    html! {
        <button type="button" id={cell_id(row.id, c.year)} {class} aria-label={label} title={row.description} aria-expanded={if selected { "true" } else { "false" }} {onclick}>
            if fresh {
                {[count.as_str(), " "].concat()}<span class="sm-badge">{text(badge)}</span>
            } else {
                {count}
            }
        </button>
    }
}
