//! The matrix: a real table, meetings as columns, areas as rows grouped
//! under a header row per category.

use super::category_class;
use super::matrix_row::MatrixRow;
use crate::data::use_texts;
use crate::state::CellRef;
use std::rc::Rc;
use summit_core::view::Matrix;
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
    let span = (m.shown_columns().count() + 1).to_string();
    html! {
        <div class="sm-table-wrap" id="sm-matrix" tabindex="-1">
            <table class="sm-matrix">
                <caption>{t.ui("caption").to_owned()}</caption>
                <thead>
                    <tr>
                        <th key="area" scope="col" class="sm-topic-col">{t.ui("area_column").to_owned()}</th>
                        { for m.columns.iter().map(|c| html! {
                            <th key={c.year} scope="col" class="sm-meeting" hidden={!c.shown}>
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
                        // Keys: "category" for the heading row, "topic-<id>" for the areas.
                        <tr key="category" class={classes!("sm-cat-row", category_class(g.category))}>
                            <th scope="colgroup" colspan={span.clone()}>{g.label.to_string()}</th>
                        </tr>
                        { for g.rows.iter().map(|r| {
                            let selected = props.selected.as_ref().filter(|s| *s.topic == *r.id).map(|s| s.year);
                            html! { <MatrixRow key={format!("topic-{}", r.id)} row={r.clone()} {selected} onopen={props.onopen.clone()} /> }
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
