//! The footer of a news graphic: sources, method, and the data to download.

use super::embed_code::EmbedCode;
use super::source_list::SourceList;
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
    /// Carries the id of the article to read; keep it stable (the source
    /// list re-renders when it changes).
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
                <SourceList data={props.data.clone()} onread={props.onread.clone()} />
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
