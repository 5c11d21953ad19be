//! One cell: an en dash when the area is not named, otherwise a button with
//! the sentence count, a "NEW" badge at the first appearance, and a joining
//! line for a continuing area, so colour is never the only signal.

use super::category_class;
use summit_core::analysis::Status;
use summit_core::view::Cell;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct MatrixCellProps {
    pub cell: Cell,
    pub topic_id: AttrValue,
    pub topic_label: AttrValue,
    pub category: usize,
    pub selected: bool,
    /// Id of the element describing the area.
    pub describedby: AttrValue,
    /// Carries the meeting index of this cell.
    pub onopen: Callback<usize>,
}

/// The id of a cell's button, to return focus to it.
pub fn cell_id(topic: &str, year: u16) -> String {
    format!("sm-cell-{topic}-{year}")
}

/// Intensity step 1–4 for a sentence count.
fn level(count: usize) -> usize {
    match count {
        0 | 1 => 1,
        2 => 2,
        3 => 3,
        _ => 4,
    }
}

#[component]
pub fn MatrixCell(props: &MatrixCellProps) -> Html {
    let c = &props.cell;
    if c.status == Status::Absent {
        return html! {
            <span class="sm-none"><span aria-hidden="true">{"–"}</span><span class="sm-vh">{"not mentioned"}</span></span>
        };
    }
    let (status_class, status_words) = match c.status {
        Status::New => ("sm-cell--new", "first named here"),
        _ => ("sm-cell--continuing", "named before too"),
    };
    // The accessible name starts with the visible text, then says the rest.
    let noun = if c.count == 1 { " sentence" } else { " sentences" };
    let context = format!(" on {}, {}: {status_words}. Show them.", props.topic_label, c.year);
    let meeting = c.meeting;
    let onclick = props.onopen.reform(move |_: MouseEvent| meeting);
    let class = classes!(
        "sm-cell",
        status_class,
        category_class(props.category),
        format!("sm-level-{}", level(c.count)),
        c.muted.then_some("sm-cell--muted"),
        props.selected.then_some("sm-cell--selected"),
    );
    html! {
        <button type="button" id={cell_id(&props.topic_id, c.year)} {class} aria-describedby={props.describedby.clone()} aria-expanded={props.selected.to_string()} {onclick}>
            <span class="sm-count">{c.count}</span><span class="sm-vh">{noun}</span>
            if c.status == Status::New {
                <span class="sm-badge">{"NEW"}</span>
            }
            <span class="sm-vh">{context}</span>
        </button>
    }
}
