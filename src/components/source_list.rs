//! The list of sources under the matrix: each article's outlet and date, a
//! button that opens it in the reading view, and a link to the original. A
//! component of its own so that it renders once: its props (the data and a
//! stable `onread`) do not change with the filter, and at a hundred times
//! the corpus the list is hundreds of entries long.

use crate::data::{use_texts, Shared};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SourceListProps {
    pub data: Shared,
    /// Carries the id of the article to read.
    pub onread: Callback<String>,
}

#[component]
pub fn SourceList(props: &SourceListProps) -> Html {
    let t = use_texts();
    html! {
        <ul class="sm-sources">
            { for props.data.analysis.documents.iter().map(|d| {
                let id = d.id.clone();
                let onclick = props.onread.reform(move |_: MouseEvent| id.clone());
                let date = t.date(d.published.unwrap_or(d.date));
                html! {
                    <li>
                        {t.fill("source_line", &[("source", &d.source), ("date", &date)])}
                        <button type="button" class="sm-link" lang={d.lang.clone()} {onclick}>{d.title.clone()}</button>
                        if let Some(url) = &d.url {
                            {" · "}<a href={url.clone()} rel="noopener" target="_blank">{t.ui("original").to_owned()}</a>
                        }
                    </li>
                }
            }) }
        </ul>
    }
}
