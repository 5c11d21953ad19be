//! One area's row: its name, with the search marked, and a cell per
//! meeting. A render function, not a component: hydrating two dozen row
//! components costs a slow phone more than re-rendering every row on a
//! filter change, and the DOM still changes only where a row did. Every row
//! and every child of a row is keyed (the row by its area, the header, each
//! cell by its year): Yew lays a `for` loop's nodes flat beside their
//! siblings and compares unkeyed lists from the end, so without keys a
//! change in the cells would rebuild the row's header too. A meeting the
//! filter leaves out keeps its cells, hidden, so showing it again flips an
//! attribute instead of creating them anew.

use super::category_class;
use super::marked_text::marked_text;
use super::matrix_cell::matrix_cell;
use crate::data::Words;
use summit_core::analysis::Status;
use summit_core::view::{segments, Row};
use yew::prelude::*;

/// A cell's class: a dash for "not mentioned", the joining line for a
/// continuing area.
fn cell_class(status: Status) -> Option<&'static str> {
    match status {
        Status::Absent => Some("sm-none"),
        Status::Continuing => Some("sm-joined"),
        Status::New => None,
    }
}

/// The row of `r`.
pub fn matrix_row(r: &Row<'static>, t: Words) -> Html {
    html! {
        <tr key={["topic-", r.id].concat()} class={classes!("sm-row", category_class(r.category))} hidden={!r.shown}>
            <th key="area" scope="row" title={r.description}>{marked_text(&segments(r.label, &[], &r.label_marks))}</th>
            { for r.cells.iter().map(|c| html! {
                <td key={c.year} class={cell_class(c.status)} hidden={!c.shown}>
                    {matrix_cell(r, c, t)}
                </td>
            }) }
        </tr>
    }
}
