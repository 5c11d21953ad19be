//! The filter row: search, category chips, meeting toggles, what to show,
//! sort order and Reset, with the live result line. On phones the row folds
//! into one "Filter" disclosure.

use super::category_class;
use std::rc::Rc;
use summit_core::filter::{Filter, Show, Sort};
use summit_core::{Category, Meeting};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FiltersProps {
    pub filter: Filter,
    pub categories: Rc<Vec<Category>>,
    pub meetings: Rc<Vec<Meeting>>,
    pub result: AttrValue,
    pub open: bool,
    pub onsearch: Callback<String>,
    pub ontogglecategory: Callback<String>,
    pub ontogglemeeting: Callback<u16>,
    pub onshow: Callback<Show>,
    pub onsort: Callback<Sort>,
    pub onreset: Callback<()>,
    pub ontoggleopen: Callback<()>,
}

const SHOWS: [(Show, &str); 3] =
    [(Show::All, "All areas"), (Show::New, "New at each meeting"), (Show::Continuing, "Continuing")];
const SORTS: [(Sort, &str); 3] =
    [(Sort::FirstAppearance, "First named"), (Sort::Mentions, "Most sentences"), (Sort::Alphabetical, "A–Z")];

#[component]
pub fn Filters(props: &FiltersProps) -> Html {
    let f = &props.filter;
    let oninput = props.onsearch.reform(|e: InputEvent| e.target_unchecked_into::<HtmlInputElement>().value());
    let onshow = props.onshow.reform(|e: Event| {
        let i = e.target_unchecked_into::<HtmlSelectElement>().selected_index();
        SHOWS.get(usize::try_from(i).unwrap_or(0)).map_or(Show::All, |(s, _)| *s)
    });
    let onsort = props.onsort.reform(|e: Event| {
        let i = e.target_unchecked_into::<HtmlSelectElement>().selected_index();
        SORTS.get(usize::try_from(i).unwrap_or(0)).map_or(Sort::FirstAppearance, |(s, _)| *s)
    });
    let pressed = |on: bool| if on { "true" } else { "false" };
    html! {
        <section class="sm-filters" aria-label="Filters">
            <button type="button" class="sm-button sm-filter-toggle" aria-expanded={pressed(props.open)} aria-controls="sm-filter-body"
                onclick={props.ontoggleopen.reform(|_: MouseEvent| ())}>{"Filter"}</button>
            <div id="sm-filter-body" class={classes!("sm-filter-body", props.open.then_some("is-open"))}>
                <div class="sm-field sm-search">
                    <label for="sm-q">{"Search"}</label>
                    <input id="sm-q" type="search" value={f.query.clone()} {oninput} placeholder="e.g. quantum" autocomplete="off" />
                </div>
                <div class="sm-field" role="group" aria-labelledby="sm-cat-label">
                    <span id="sm-cat-label" class="sm-field-label">{"Categories"}</span>
                    <div class="sm-chips">
                        { for props.categories.iter().enumerate().map(|(i, c)| {
                            let id = c.id.clone();
                            let onclick = props.ontogglecategory.reform(move |_: MouseEvent| id.clone());
                            html! { <button type="button" class={classes!("sm-chip-toggle", category_class(i))} aria-pressed={pressed(f.categories.contains(&c.id))} {onclick}>{c.label.clone()}</button> }
                        }) }
                    </div>
                </div>
                <div class="sm-field" role="group" aria-labelledby="sm-meet-label">
                    <span id="sm-meet-label" class="sm-field-label">{"Meetings"}</span>
                    <div class="sm-chips">
                        { for props.meetings.iter().map(|m| {
                            let year = m.year;
                            let onclick = props.ontogglemeeting.reform(move |_: MouseEvent| year);
                            html! { <button type="button" class="sm-chip-toggle" aria-pressed={pressed(f.meetings.contains(&year))} {onclick}>{year}</button> }
                        }) }
                    </div>
                </div>
                <div class="sm-field">
                    <label for="sm-show">{"Show"}</label>
                    <select id="sm-show" onchange={onshow}>
                        { for SHOWS.iter().map(|(s, label)| html! { <option value={s.name()} selected={*s == f.show}>{*label}</option> }) }
                    </select>
                </div>
                <div class="sm-field">
                    <label for="sm-sort">{"Sort"}</label>
                    <select id="sm-sort" onchange={onsort}>
                        { for SORTS.iter().map(|(s, label)| html! { <option value={s.name()} selected={*s == f.sort}>{*label}</option> }) }
                    </select>
                </div>
                <button type="button" class="sm-button sm-reset" onclick={props.onreset.reform(|_: MouseEvent| ())} disabled={*f == Filter::default()}>{"Reset"}</button>
            </div>
            <p class="sm-result" role="status" aria-live="polite">{props.result.clone()}</p>
        </section>
    }
}
