//! The filter row: search, category chips, meeting toggles, what to show,
//! sort order and Reset, with the live result line. On phones the row folds
//! into one "Filter" disclosure, which says how many filters are on; open,
//! its result line stays in view at the foot of the screen.

use super::category_class;
use crate::data::{self, Words};
use summit_core::link::filter::{Filter, Show, Sort};
use summit_core::number::digits;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FiltersProps {
    pub words: Words,
    pub filter: Filter,
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

/// The choices of each `<select>`: (value, key of its label in the locale files).
const SHOWS: [(Show, &str); 3] = [
    (Show::All, Show::All.label_key()),
    (Show::New, Show::New.label_key()),
    (Show::Continuing, Show::Continuing.label_key()),
];
const SORTS: [(Sort, &str); 3] =
    [(Sort::FirstAppearance, "sort_first"), (Sort::Mentions, "sort_mentions"), (Sort::Alphabetical, "sort_az")];

/// A labelled `<select>` over `options` (value, label key) that reports the chosen value.
fn choice<T: Copy + PartialEq + 'static>(
    id: &'static str,
    label: &'static str,
    options: &'static [(T, &'static str)],
    current: T,
    onchange: &Callback<T>,
    t: Words,
) -> Html {
    let onchange = onchange.reform(move |e: Event| {
        let i = e.target_unchecked_into::<HtmlSelectElement>().selected_index();
        options.get(usize::try_from(i).unwrap_or(0)).unwrap_or(&options[0]).0
    });
    html! {
        <div class="sm-field">
            <label for={id}>{label}</label>
            <select {id} {onchange}>
                { for options.iter().map(|&(v, key)| html! { <option selected={v == current}>{t.ui(key)}</option> }) }
            </select>
        </div>
    }
}

/// The phone's "Filter" button, saying how many filters are on: a reader
/// who folded the panel still sees that the matrix is narrowed.
fn toggle_label(f: &Filter, t: Words) -> String {
    match f.narrowing() {
        0 => t.ui("filter_toggle").to_owned(),
        n => t.0.fill("filter_toggle_on", &[("count", &t.0.number(n))]),
    }
}

fn pressed(on: bool) -> &'static str {
    if on {
        "true"
    } else {
        "false"
    }
}

#[component]
pub fn Filters(props: &FiltersProps) -> Html {
    let f = &props.filter;
    let t = props.words;
    let a = data::analysis();
    // Past the search's limit the box is cut to what is searched (the state
    // cuts the same way and says so), so it never shows text that is not the
    // search in use.
    let oninput = props.onsearch.reform(|e: InputEvent| {
        let input = e.target_unchecked_into::<HtmlInputElement>();
        let typed = input.value();
        let (searched, cut) = Filter::bounded_query(&typed);
        if cut.is_some() {
            input.set_value(&searched);
        }
        typed
    });
    html! {
        <section class="sm-filters" aria-label={t.ui("filters")}>
            <button type="button" class="sm-button sm-filter-toggle" aria-expanded={pressed(props.open)} aria-controls="sm-filter-body"
                onclick={props.ontoggleopen.reform(|_: MouseEvent| ())}>{toggle_label(f, t)}</button>
            <div id="sm-filter-body" class={classes!("sm-filter-body", props.open.then_some("is-open"))}>
                <div class="sm-field sm-search">
                    <label for="sm-q">{t.ui("search")}</label>
                    <input id="sm-q" type="search" value={f.query.clone()} {oninput} placeholder={t.ui("search_placeholder")} autocomplete="off" />
                </div>
                <div class="sm-field" role="group" aria-labelledby="sm-cat-label">
                    <span id="sm-cat-label" class="sm-field-label">{t.ui("categories")}</span>
                    <div class="sm-chips">
                        { for a.categories.iter().enumerate().map(|(i, c)| {
                            let id: &'static str = &c.id;
                            let onclick = props.ontogglecategory.reform(move |_: MouseEvent| id.to_owned());
                            let on = f.categories.iter().any(|x| x == id);
                            html! { <button type="button" class={classes!("sm-chip-toggle", category_class(i))} aria-pressed={pressed(on)} {onclick}>{t.0.category(c)}</button> }
                        }) }
                    </div>
                </div>
                <div class="sm-field" role="group" aria-labelledby="sm-meet-label">
                    <span id="sm-meet-label" class="sm-field-label">{t.ui("meetings")}</span>
                    <div class="sm-chips">
                        { for a.meetings.iter().map(|m| {
                            let year = m.year;
                            let onclick = props.ontogglemeeting.reform(move |_: MouseEvent| year);
                            html! { <button type="button" class="sm-chip-toggle" aria-pressed={pressed(f.meetings.contains(&year))} {onclick}>{digits(year.into())}</button> }
                        }) }
                    </div>
                </div>
                {choice("sm-show", t.ui("show"), &SHOWS, f.show, &props.onshow, t)}
                {choice("sm-sort", t.ui("sort"), &SORTS, f.sort, &props.onsort, t)}
                <button type="button" class="sm-button sm-reset" onclick={props.onreset.reform(|_: MouseEvent| ())} disabled={*f == Filter::default()}>{t.ui("reset")}</button>
            </div>
            // Narrowed, the result line is printed too: the page says that it shows a part.
            <p class={classes!("sm-result", (f.narrowing() > 0).then_some("sm-result--narrowed"))} role="status" aria-live="polite">{props.result.clone()}</p>
        </section>
    }
}
