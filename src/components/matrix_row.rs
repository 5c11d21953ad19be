//! One area's row: its name, with the search marked, and a cell per
//! meeting. A component of its own, with props compared by value, so that a
//! filter change renders only the rows it changes; the cells stay render
//! functions, which are cheaper than components. Every child of the row is
//! keyed (the area, and each cell by its year): Yew lays a `for` loop's
//! nodes flat beside their siblings and compares unkeyed lists from the end,
//! so without keys a change in the cells rebuilt the row's header too. A
//! meeting the filter leaves out keeps its cells, hidden, so showing it
//! again flips an attribute instead of creating them anew.

use super::category_class;
use super::marked_text::marked_text;
use super::matrix_cell::matrix_cell;
use crate::data::Words;
use crate::state::CellRef;
use std::rc::Rc;
use summit_core::analysis::Status;
use summit_core::view::{segments, Row};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct MatrixRowProps {
    pub words: Words,
    pub row: Rc<Row<'static>>,
    /// The year of this row's cell whose evidence is open, if any.
    pub selected: Option<u16>,
    pub onopen: Callback<CellRef>,
}

#[component]
pub fn MatrixRow(props: &MatrixRowProps) -> Html {
    let r = &props.row;
    html! {
        <tr class={classes!("sm-row", category_class(r.category))} hidden={!r.shown}>
            <th key="area" scope="row" title={r.description}>{marked_text(&segments(r.label, &[], &r.label_marks))}</th>
            { for r.cells.iter().map(|c| html! {
                <td key={c.year} class={(c.status == Status::Absent).then_some("sm-none")} hidden={!c.shown}>
                    {matrix_cell(r, c, props.selected == Some(c.year), &props.onopen, props.words)}
                </td>
            }) }
        </tr>
    }
}
