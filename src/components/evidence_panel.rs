//! The evidence of one cell: each sentence quoted with its matched words
//! marked, where it comes from, and the way to the article. A side panel on
//! wide screens, a bottom sheet on phones; Escape, the close button and a
//! click outside close it.

use super::category_class;
use super::marked_text::marked_text;
use crate::browser;
use crate::data::use_texts;
use std::rc::Rc;
use summit_core::analysis::Status;
use summit_core::view::EvidencePanel as PanelView;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EvidencePanelProps {
    pub panel: Rc<PanelView>,
    pub onclose: Callback<()>,
    /// Carries the id of the article to read.
    pub onread: Callback<String>,
}

#[component]
pub fn EvidencePanel(props: &EvidencePanelProps) -> Html {
    let p = &props.panel;
    let t = use_texts();
    let heading = use_node_ref();
    let panel_ref = use_node_ref();
    {
        let heading = heading.clone();
        use_effect_with((p.topic, p.year), move |_| browser::focus(&heading));
    }
    {
        let (panel_ref, onclose) = (panel_ref.clone(), props.onclose.clone());
        use_effect_with((), move |_| {
            let listener = browser::on_outside_pointer(panel_ref, ".sm-cell", move || onclose.emit(()));
            move || drop(listener)
        });
    }
    let onclose = props.onclose.reform(|_: MouseEvent| ());
    let status = t.ui(match p.status {
        Status::New => "panel_new",
        _ => "panel_continuing",
    });
    html! {
        <div ref={panel_ref} class={classes!("sm-panel", category_class(p.category))} role="dialog" aria-modal="false" aria-labelledby="sm-panel-title">
            <div class="sm-panel-head">
                <h2 id="sm-panel-title" ref={heading} tabindex="-1">{p.label.to_string()}<span class="sm-panel-year">{t.fill("panel_year", &[("year", &p.year.to_string())])}</span></h2>
                <button type="button" class="sm-close" aria-label={t.ui("panel_close").to_owned()} onclick={onclose}>{"×"}</button>
            </div>
            <p class="sm-panel-sub">{format!("{}. {status}", t.count("sentences", p.quotes.len()))}</p>
            <ol class="sm-quotes">
                { for p.quotes.iter().map(|q| {
                    let doc_id = q.doc_id.to_string();
                    let onread = props.onread.reform(move |_: MouseEvent| doc_id.clone());
                    html! {
                        <li class="sm-quote">
                            <blockquote lang={q.lang.to_string()}><p>{marked_text(&q.segments)}</p></blockquote>
                            <p class="sm-cite">
                                {format!("{} · {} · ", q.source, q.date)}
                                <button type="button" class="sm-link" onclick={onread}>{t.ui("read_article").to_owned()}</button>
                                if let Some(url) = &q.url {
                                    {" · "}<a href={url.to_string()} rel="noopener" target="_blank">{t.ui("original").to_owned()}</a>
                                }
                            </p>
                        </li>
                    }
                }) }
            </ol>
        </div>
    }
}
