//! The matrix: a real table, meetings as columns, areas as rows grouped
//! under a header row per category; when no area matches, says so, with a
//! Reset right there.

use super::category_class;
use super::matrix_row::matrix_row;
use crate::data::{Same, Words};
use summit_core::number::digits;
use summit_core::view::Matrix;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct MatrixTableProps {
    pub words: Words,
    pub matrix: Same<Matrix<'static>>,
    /// The empty state's Reset: back to every area.
    pub onreset: Callback<()>,
}

#[component]
pub fn MatrixTable(props: &MatrixTableProps) -> Html {
    let m = &props.matrix;
    let t = props.words;
    let span = digits(m.shown_columns().count() + 1);
    // The button goes with the empty state: focus stays on the matrix.
    let onreset = props.onreset.clone();
    let reset = Callback::from(move |_: MouseEvent| {
        onreset.emit(());
        crate::browser::focus_id("sm-matrix");
    });
    html! {
        <div class="sm-table-wrap" id="sm-matrix" tabindex="-1">
            <table class="sm-matrix">
                <caption>{t.ui("caption")}{" "}<span class="sm-caption-action">{t.ui("caption_action")}</span></caption>
                <thead>
                    <tr>
                        <th key="area" scope="col" class="sm-topic-col">{t.ui("area_column")}</th>
                        { for m.columns.iter().map(|c| html! {
                            <th key={c.year} scope="col" hidden={!c.shown}>
                                <span class="sm-year">{digits(c.year.into())}</span>
                                <span class="sm-meta">{c.date.clone()}</span>
                                if let Some(place) = c.place { <span class="sm-meta">{place}</span> }
                                <span class="sm-meta sm-leaders">{c.leaders.to_string()}</span>
                            </th>
                        }) }
                    </tr>
                </thead>
                { for m.groups.iter().map(|g| html! {
                    <tbody key={g.id} hidden={!g.shown}>
                        // Keys: "category" for the heading row, "topic-<id>" for the areas.
                        <tr key="category" class={classes!("sm-cat-row", category_class(g.category))}>
                            <th scope="colgroup" colspan={span.clone()}>{g.label}</th>
                        </tr>
                        { for g.rows.iter().map(|r| matrix_row(r, t)) }
                    </tbody>
                }) }
            </table>
            if m.shown == 0 {
                <p class="sm-empty">
                    {t.ui("no_match")}{" "}
                    <button type="button" class="sm-button sm-empty-reset" onclick={reset}>{t.ui("reset")}</button>
                </p>
            }
        </div>
    }
}
