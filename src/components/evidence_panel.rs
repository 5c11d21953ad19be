//! The evidence of one cell: each sentence quoted with its matched words
//! marked, where it comes from, and the way to the article. A side panel on
//! wide screens, a bottom sheet on phones; Escape, the close button and a
//! click outside close it.

use super::category_class;
use super::marked_text::{marked_text, text};
use crate::browser;
use crate::data::{Same, Words};
use summit_core::analysis::Status;
use summit_core::number::digits;
use summit_core::view::EvidencePanel as PanelView;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EvidencePanelProps {
    pub words: Words,
    pub panel: Same<PanelView<'static>>,
    pub onclose: Callback<()>,
    /// Carries the id of the article to read.
    pub onread: Callback<String>,
}

#[component]
pub fn EvidencePanel(props: &EvidencePanelProps) -> Html {
    let p = &props.panel;
    let t = props.words;
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
    let status = t.ui(if p.status == Status::New { "panel_new" } else { "panel_continuing" });
    let summary = [t.count("sentences", p.quotes.len()).as_str(), ". ", status].concat();
    html! {
        <div ref={panel_ref} class={classes!("sm-panel", category_class(p.category))} role="dialog" aria-modal="false" aria-labelledby="sm-panel-title">
            <div class="sm-panel-head">
                <h2 id="sm-panel-title" ref={heading} tabindex="-1">{text(p.label)}<span class="sm-panel-year">{t.fill("panel_year", &[("year", &digits(p.year.into()))])}</span></h2>
                <button type="button" class="sm-close" aria-label={t.ui("panel_close")} onclick={props.onclose.reform(|_: MouseEvent| ())}>{"×"}</button>
            </div>
            <p class="sm-panel-sub">{summary}</p>
            <ol class="sm-quotes">
                { for p.quotes.iter().map(|q| {
                    let doc_id = q.doc_id;
                    let onread = props.onread.reform(move |_: MouseEvent| doc_id.to_owned());
                    html! {
                        <li class="sm-quote">
                            <blockquote lang={q.lang}><p>{marked_text(&q.segments)}</p></blockquote>
                            <p class="sm-cite">
                                if let Some(language) = q.language { <span class="sm-lang">{language}</span>{" · "} }
                                {[q.source, " · ", &q.date, " · "].concat()}
                                <button type="button" class="sm-link" onclick={onread}>{text(t.ui("read_article"))}</button>
                                if let Some(url) = q.url {
                                    {" · "}<a href={url} rel="noopener" target="_blank">{text(t.ui("original"))}</a>
                                }
                            </p>
                        </li>
                    }
                }) }
            </ol>
        </div>
    }
}
