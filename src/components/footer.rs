//! The footer of a news graphic: sources, method, and the data to download.

use super::embed_code::EmbedCode;
use super::marked_text::text;
use super::source_list::SourceList;
use crate::data::Words;
use std::rc::Rc;
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
    pub words: Words,
    /// Carries the id of the article to read; keep it stable (the source
    /// list re-renders when it changes).
    pub onread: Callback<String>,
    pub ondownload: Callback<Format>,
    pub snippets: Rc<Snippets>,
}

#[component]
pub fn Footer(props: &FooterProps) -> Html {
    let t = props.words;
    html! {
        <footer class="sm-footer">
            <section aria-labelledby="sm-sources">
                <h2 id="sm-sources">{text(t.ui("sources"))}</h2>
                <SourceList words={t} onread={props.onread.clone()} />
            </section>
            <section aria-labelledby="sm-method">
                <h2 id="sm-method">{text(t.ui("method"))}</h2>
                <p>{text(t.ui("method_note"))}</p>
            </section>
            <section aria-labelledby="sm-data">
                <h2 id="sm-data">{text(t.ui("data"))}</h2>
                <p>{text(t.ui("data_current"))}
                    <button type="button" class="sm-link" onclick={props.ondownload.reform(|_: MouseEvent| Format::Csv)}>{"CSV"}</button>
                    {" · "}
                    <button type="button" class="sm-link" onclick={props.ondownload.reform(|_: MouseEvent| Format::Json)}>{"JSON"}</button>
                </p>
            </section>
            <section aria-labelledby="sm-embed">
                <h2 id="sm-embed">{text(t.ui("embed"))}</h2>
                <EmbedCode words={t} snippets={props.snippets.clone()} />
            </section>
        </footer>
    }
}
