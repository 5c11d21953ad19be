//! The footer of a news graphic: sources, method, and the data to download.

use super::embed_code::EmbedCode;
use crate::data::{use_texts, Shared};
use summit_core::embed::Snippets;
use yew::prelude::*;

/// The download formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Csv,
    Json,
}

#[derive(Properties, PartialEq)]
pub struct FooterProps {
    pub data: Shared,
    /// Carries the id of the article to read.
    pub onread: Callback<String>,
    pub ondownload: Callback<Format>,
    pub snippets: std::rc::Rc<Snippets>,
}

#[component]
pub fn Footer(props: &FooterProps) -> Html {
    let t = use_texts();
    html! {
        <footer class="sm-footer">
            <section aria-labelledby="sm-sources">
                <h2 id="sm-sources">{t.ui("sources").to_owned()}</h2>
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
            </section>
            <section aria-labelledby="sm-method">
                <h2 id="sm-method">{t.ui("method").to_owned()}</h2>
                <p>{t.ui("method_note").to_owned()}</p>
            </section>
            <section aria-labelledby="sm-data">
                <h2 id="sm-data">{t.ui("data").to_owned()}</h2>
                <p>{t.ui("data_current").to_owned()}
                    <button type="button" class="sm-link" onclick={props.ondownload.reform(|_: MouseEvent| Format::Csv)}>{"CSV"}</button>
                    {" · "}
                    <button type="button" class="sm-link" onclick={props.ondownload.reform(|_: MouseEvent| Format::Json)}>{"JSON"}</button>
                </p>
            </section>
            <section aria-labelledby="sm-embed">
                <h2 id="sm-embed">{t.ui("embed").to_owned()}</h2>
                <EmbedCode snippets={props.snippets.clone()} />
            </section>
        </footer>
    }
}
