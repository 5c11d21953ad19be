//! "Embed": the snippets for the current view, to read and copy.

use crate::browser;
use crate::data::use_texts;
use summit_core::embed::Snippets;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EmbedCodeProps {
    pub snippets: std::rc::Rc<Snippets>,
}

#[component]
fn Snippet(props: &SnippetProps) -> Html {
    let status = use_state(String::new);
    let t = use_texts();
    let onclick = {
        let (text, status, t) = (props.code.to_string(), status.clone(), t.clone());
        Callback::from(move |_: MouseEvent| {
            let (text, status, t) = (text.clone(), status.clone(), t.clone());
            yew::platform::spawn_local(async move {
                status.set(match browser::copy(&text).await {
                    Ok(()) => t.ui("copied").to_owned(),
                    Err(()) => t.ui("copy_blocked").to_owned(),
                });
            });
        })
    };
    html! {
        <div class="sm-snippet">
            <label for={props.id.clone()}>{props.label.clone()}</label>
            <textarea id={props.id.clone()} readonly=true rows="3" value={props.code.clone()} />
            <button type="button" class="sm-button" {onclick}>{t.ui("copy").to_owned()}</button>
            <span class="sm-copied" role="status">{(*status).clone()}</span>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct SnippetProps {
    id: AttrValue,
    label: AttrValue,
    code: AttrValue,
}

#[component]
pub fn EmbedCode(props: &EmbedCodeProps) -> Html {
    let s = &props.snippets;
    let t = use_texts();
    html! {
        <details class="sm-embed-code">
            <summary>{t.ui("embed_summary").to_owned()}</summary>
            <Snippet id="sm-embed-script" label={t.ui("embed_script").to_owned()} code={s.script.clone()} />
            <Snippet id="sm-embed-iframe" label={t.ui("embed_iframe").to_owned()} code={s.iframe.clone()} />
        </details>
    }
}
