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
use crate::data::use_texts;
use crate::state::CellRef;
use std::rc::Rc;
use summit_core::view::{segments, Row};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct MatrixRowProps {
    pub row: Rc<Row>,
    /// The year of this row's cell whose evidence is open, if any.
    pub selected: Option<u16>,
    pub onopen: Callback<CellRef>,
}

#[component]
pub fn MatrixRow(props: &MatrixRowProps) -> Html {
    let t = use_texts();
    let r = &props.row;
    let desc_id = format!("sm-desc-{}", r.id);
    html! {
        <tr class="sm-row" hidden={!r.shown}>
            <th key="area" scope="row" class={classes!("sm-topic", category_class(r.category))} title={r.description.to_string()}>
                <span class="sm-topic-label">{marked_text(&segments(&r.label, &[], &r.label_marks))}</span>
                <span hidden=true id={desc_id.clone()}>{r.description.to_string()}</span>
            </th>
            { for r.cells.iter().map(|c| html! {
                <td key={c.year} class="sm-td" hidden={!c.shown}>{matrix_cell(r, c, props.selected == Some(c.year), &desc_id, &props.onopen, &t)}</td>
            }) }
        </tr>
    }
}
