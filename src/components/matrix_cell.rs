//! One cell: an en dash when the area is not named, otherwise a button with
//! the sentence count, a "NEW" badge at the first appearance, and a joining
//! line for a continuing area, so colour is never the only signal. A render
//! function rather than a component: a filter change rebuilds dozens of
//! cells, and plain markup is several times cheaper for Yew than components.

use super::category_class;
use crate::state::CellRef;
use summit_core::analysis::Status;
use summit_core::i18n::Texts;
use summit_core::view::{Cell, Row};
use yew::prelude::*;

/// The id of a cell's button, to return focus to it.
pub fn cell_id(topic: &str, year: u16) -> String {
    format!("sm-cell-{topic}-{year}")
}

/// Intensity step 1–4 for a sentence count.
fn level(count: usize) -> usize {
    count.clamp(1, 4)
}

/// The cell `c` of `row`; `describedby` names the row's description.
pub fn matrix_cell(
    row: &Row,
    c: &Cell,
    selected: bool,
    describedby: &str,
    onopen: &Callback<CellRef>,
    t: &Texts,
) -> Html {
    if c.status == Status::Absent {
        return html! {
            <span class="sm-none"><span aria-hidden="true">{"–"}</span><span class="sm-vh">{t.ui("not_mentioned").to_owned()}</span></span>
        };
    }
    let (status_class, status_words) = match c.status {
        Status::New => ("sm-cell--new", t.ui("cell_new")),
        _ => ("sm-cell--continuing", t.ui("cell_continuing")),
    };
    let badge = (c.status == Status::New).then(|| t.ui("badge_new"));
    // The accessible name starts with the visible text ("3", "NEW"), then
    // says the rest. An aria-label rather than hidden spans: a third fewer
    // nodes per cell to parse, lay out, hydrate and diff.
    let noun = t.ui(if c.count == 1 { "cell_sentences_one" } else { "cell_sentences_other" });
    let context =
        t.fill("cell_context", &[("area", &row.label), ("year", &c.year.to_string()), ("status", status_words)]);
    let label = match badge {
        Some(badge) => format!("{}{noun} {badge}{context}", c.count),
        None => format!("{}{noun}{context}", c.count),
    };
    let target = CellRef { topic: row.id.to_string(), year: c.year };
    let onclick = onopen.reform(move |_: MouseEvent| target.clone());
    let class = classes!(
        "sm-cell",
        status_class,
        category_class(row.category),
        format!("sm-level-{}", level(c.count)),
        c.muted.then_some("sm-cell--muted"),
        selected.then_some("sm-cell--selected"),
    );
    html! {
        <button type="button" id={cell_id(&row.id, c.year)} {class} aria-label={label} aria-describedby={describedby.to_owned()} aria-expanded={if selected { "true" } else { "false" }} {onclick}>
            <span class="sm-count">{c.count}</span>
            if let Some(badge) = badge {
                <span class="sm-badge">{badge.to_owned()}</span>
            }
        </button>
    }
}
