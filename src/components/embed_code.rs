//! "Embed": the snippets for the current view, to read and copy.

use crate::browser;
use summit_core::embed::Snippets;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EmbedCodeProps {
    pub snippets: std::rc::Rc<Snippets>,
}

#[component]
fn Snippet(props: &SnippetProps) -> Html {
    let status = use_state(String::new);
    let onclick = {
        let (text, status) = (props.code.to_string(), status.clone());
        Callback::from(move |_: MouseEvent| {
            let (text, status) = (text.clone(), status.clone());
            yew::platform::spawn_local(async move {
                status.set(match browser::copy(&text).await {
                    Ok(()) => "Copied.".to_owned(),
                    Err(()) => "Copying is blocked here: select the code and copy it.".to_owned(),
                });
            });
        })
    };
    html! {
        <div class="sm-snippet">
            <label for={props.id.clone()}>{props.label.clone()}</label>
            <textarea id={props.id.clone()} readonly=true rows="3" value={props.code.clone()} />
            <button type="button" class="sm-button" {onclick}>{"Copy"}</button>
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
    html! {
        <details class="sm-embed-code">
            <summary>{"Embed this view"}</summary>
            <Snippet id="sm-embed-script" label="With auto-height (recommended)" code={s.script.clone()} />
            <Snippet id="sm-embed-iframe" label="Without scripts (fixed height)" code={s.iframe.clone()} />
        </details>
    }
}
