//! "Embed": the snippets for the current view, to read and copy.

use super::marked_text::text;
use crate::browser;
use crate::data::Words;
use std::rc::Rc;
use summit_core::embed::Snippets;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EmbedCodeProps {
    pub words: Words,
    pub snippets: Rc<Snippets>,
}

/// The two snippets: (textarea id, label key).
const SNIPPETS: [(&str, &str); 2] = [("sm-embed-script", "embed_script"), ("sm-embed-iframe", "embed_iframe")];

#[component]
pub fn EmbedCode(props: &EmbedCodeProps) -> Html {
    let t = props.words;
    // Which snippet was copied last, and what came of it.
    let copied = use_state(|| None::<(usize, &'static str)>);
    let codes = [&props.snippets.script, &props.snippets.iframe];
    html! {
        <details class="sm-embed-code">
            <summary>{text(t.ui("embed_summary"))}</summary>
            { for SNIPPETS.iter().zip(codes).enumerate().map(|(i, (&(id, label), code))| {
                let onclick = {
                    let (code, copied) = (code.clone(), copied.clone());
                    Callback::from(move |_: MouseEvent| {
                        let (code, copied) = (code.clone(), copied.clone());
                        yew::platform::spawn_local(async move {
                            let said = if browser::copy(&code).await.is_ok() { "copied" } else { "copy_blocked" };
                            copied.set(Some((i, t.ui(said))));
                        });
                    })
                };
                let status = (*copied).filter(|(which, _)| *which == i).map_or("", |(_, said)| said);
                html! {
                    <div class="sm-snippet">
                        <label for={id}>{text(t.ui(label))}</label>
                        <textarea {id} readonly=true rows="3" value={code.clone()} />
                        <button type="button" class="sm-button" {onclick}>{text(t.ui("copy"))}</button>
                        <span class="sm-copied" role="status">{text(status)}</span>
                    </div>
                }
            }) }
        </details>
    }
}
