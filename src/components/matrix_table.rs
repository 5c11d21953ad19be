//! The matrix: a real table, meetings as columns, areas as rows grouped
//! under a header row per category.

use super::category_class;
use super::marked_text::marked_text;
use super::matrix_cell::matrix_cell;
use crate::data::use_texts;
use crate::state::CellRef;
use std::rc::Rc;
use summit_core::view::{segments, Matrix};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct MatrixTableProps {
    pub matrix: Rc<Matrix>,
    /// The cell whose evidence is open.
    pub selected: Option<CellRef>,
    pub onopen: Callback<CellRef>,
}

#[component]
pub fn MatrixTable(props: &MatrixTableProps) -> Html {
    let m = &props.matrix;
    let t = use_texts();
    let span = (m.columns.len() + 1).to_string();
    html! {
        <div class="sm-table-wrap" id="sm-matrix" tabindex="-1">
            <table class="sm-matrix">
                <caption>{t.ui("caption").to_owned()}</caption>
                <thead>
                    <tr>
                        <th scope="col" class="sm-topic-col">{t.ui("area_column").to_owned()}</th>
                        { for m.columns.iter().map(|c| html! {
                            <th scope="col" class="sm-meeting">
                                <span class="sm-year">{c.year}</span>
                                <span class="sm-meta">{c.date.to_string()}</span>
                                if let Some(place) = &c.place { <span class="sm-meta">{place.to_string()}</span> }
                                <span class="sm-meta sm-leaders">{c.leaders.to_string()}</span>
                            </th>
                        }) }
                    </tr>
                </thead>
                { for m.groups.iter().map(|g| html! {
                    <tbody key={g.id.to_string()} hidden={!g.shown}>
                        <tr class={classes!("sm-cat-row", category_class(g.category))}>
                            <th scope="colgroup" colspan={span.clone()}>{g.label.to_string()}</th>
                        </tr>
                        { for g.rows.iter().map(|r| {
                            let desc_id = format!("sm-desc-{}", r.id);
                            html! {
                                <tr key={r.id.to_string()} class="sm-row" hidden={!r.shown}>
                                    <th scope="row" class={classes!("sm-topic", category_class(r.category))} title={r.description.to_string()}>
                                        <span class="sm-topic-label">{marked_text(&segments(&r.label, &[], &r.label_marks))}</span>
                                        <span hidden=true id={desc_id.clone()}>{r.description.to_string()}</span>
                                    </th>
                                    { for r.cells.iter().map(|c| {
                                        let selected = props.selected.as_ref().is_some_and(|s| *s.topic == *r.id && s.year == c.year);
                                        html! { <td class="sm-td">{matrix_cell(r, c, selected, &desc_id, &props.onopen, &t)}</td> }
                                    }) }
                                </tr>
                            }
                        }) }
                    </tbody>
                }) }
            </table>
            if m.shown == 0 {
                <p class="sm-empty">{t.ui("no_match").to_owned()}</p>
            }
        </div>
    }
}
