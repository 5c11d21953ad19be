//! The list of sources under the matrix: each article's outlet and date, a
//! button that opens it in the reading view, and a link to the original. A
//! component of its own so that it renders once: its props (the texts and a
//! stable `onread`) do not change with the filter, and at a hundred times
//! the corpus the list is hundreds of entries long.

use super::marked_text::text;
use crate::data::{self, Words};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SourceListProps {
    pub words: Words,
    /// Carries the id of the article to read.
    pub onread: Callback<String>,
}

#[component]
pub fn SourceList(props: &SourceListProps) -> Html {
    let t = props.words;
    html! {
        <ul class="sm-sources">
            { for data::analysis().documents.iter().map(|d| {
                let id: &'static str = &d.id;
                let onclick = props.onread.reform(move |_: MouseEvent| id.to_owned());
                let date = t.date(d.published.unwrap_or(d.date));
                let lang: &'static str = &d.lang;
                html! {
                    <li>
                        {t.fill("source_line", &[("source", &d.source), ("date", &date)])}
                        <button type="button" class="sm-link" {lang} {onclick}>{text(&d.title)}</button>
                        if let Some(url) = d.url.as_deref() {
                            {" · "}<a href={url} rel="noopener" target="_blank">{text(t.ui("original"))}</a>
                        }
                    </li>
                }
            }) }
        </ul>
    }
}
