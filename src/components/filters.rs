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

/// A labelled `<select>` over `options` (value, label) that reports the chosen value.
fn choice<T: Copy + PartialEq + 'static>(
    id: &'static str,
    label: &'static str,
    options: &'static [(T, &'static str)],
    current: T,
    onchange: &Callback<T>,
) -> Html {
    let onchange = onchange.reform(move |e: Event| {
        let i = e.target_unchecked_into::<HtmlSelectElement>().selected_index();
        options.get(usize::try_from(i).unwrap_or(0)).unwrap_or(&options[0]).0
    });
    html! {
        <div class="sm-field">
            <label for={id}>{label}</label>
            <select {id} {onchange}>
                { for options.iter().map(|(v, text)| html! { <option selected={*v == current}>{*text}</option> }) }
            </select>
        </div>
    }
}

#[component]
pub fn Filters(props: &FiltersProps) -> Html {
    let f = &props.filter;
    let oninput = props.onsearch.reform(|e: InputEvent| e.target_unchecked_into::<HtmlInputElement>().value());
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
                {choice("sm-show", "Show", &SHOWS, f.show, &props.onshow)}
                {choice("sm-sort", "Sort", &SORTS, f.sort, &props.onsort)}
                <button type="button" class="sm-button sm-reset" onclick={props.onreset.reform(|_: MouseEvent| ())} disabled={*f == Filter::default()}>{"Reset"}</button>
            </div>
            <p class="sm-result" role="status" aria-live="polite">{props.result.clone()}</p>
        </section>
    }
}
