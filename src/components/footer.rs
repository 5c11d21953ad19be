//! The footer of a news graphic: sources, method, and the data to download.

use super::embed_code::EmbedCode;
use crate::data::Shared;
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
    html! {
        <footer class="sm-footer">
            <section aria-labelledby="sm-sources">
                <h2 id="sm-sources">{"Sources"}</h2>
                <ul class="sm-sources">
                    { for props.data.analysis.documents.iter().map(|d| {
                        let id = d.id.clone();
                        let onclick = props.onread.reform(move |_: MouseEvent| id.clone());
                        let date = d.published.unwrap_or(d.date).long();
                        html! {
                            <li>
                                {format!("{}, {}: ", d.source, date)}
                                <button type="button" class="sm-link" {onclick}>{d.title.clone()}</button>
                                if let Some(url) = &d.url {
                                    {" · "}<a href={url.clone()} rel="noopener" target="_blank">{"Original"}</a>
                                }
                            </li>
                        }
                    }) }
                </ul>
            </section>
            <section aria-labelledby="sm-method">
                <h2 id="sm-method">{"Method"}</h2>
                <p>{"Each area of cooperation is matched by a published list of terms and phrases, as whole words and ignoring case and plurals, with exclusions for other senses (nuclear energy is not nuclear weapons). Numbers count sentences, not articles or words: site chrome, links and headings are not counted."}</p>
            </section>
            <section aria-labelledby="sm-data">
                <h2 id="sm-data">{"Get the data"}</h2>
                <p>{"The current view: "}
                    <button type="button" class="sm-link" onclick={props.ondownload.reform(|_: MouseEvent| Format::Csv)}>{"CSV"}</button>
                    {" · "}
                    <button type="button" class="sm-link" onclick={props.ondownload.reform(|_: MouseEvent| Format::Json)}>{"JSON"}</button>
                </p>
            </section>
            <section aria-labelledby="sm-embed">
                <h2 id="sm-embed">{"Embed"}</h2>
                <EmbedCode snippets={props.snippets.clone()} />
            </section>
        </footer>
    }
}
