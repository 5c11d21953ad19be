//! The evidence of one cell, as the page carries it from the first paint: a
//! popover that its cell's button opens with HTML alone (`popovertarget`),
//! headed by the cell's area and year, with a close button, then each
//! sentence quoted with its matched words marked, where it comes from, and
//! a link to it in the articles page. The browser opens and closes it, with
//! Escape and a click outside too, and gives focus back to the cell;
//! static/head.js places it next to its row where it can, and the live
//! widget keeps the page's address in step ([`crate::hooks::use_page_listeners`])
//! and opens the reading view in place of the articles page. Rendered by
//! the build only ([`crate::page`]), once for every mentioned cell.

use super::marked_text::{marked_text, text};
use super::{category_class, panel_id, sentence_id};
use crate::data::Words;
use summit_core::analysis::Status;
use summit_core::link::display::Open;
use summit_core::number::digits;
use summit_core::view::EvidencePanel;
use yew::prelude::*;

/// The popover of `p`, its "Read the article" links into the page `articles`.
pub fn evidence_panel(t: Words, p: &EvidencePanel<'static>, articles: &str) -> Html {
    let id = panel_id(p.topic_id, p.year);
    let title = [id.as_str(), "-title"].concat();
    let status = t.ui(if p.status == Status::New { "panel_new" } else { "panel_continuing" });
    let summary = [t.count("sentences", p.quotes.len()).as_str(), ". ", status].concat();
    html! {
        <section id={id.clone()} popover="auto" class={classes!("sm-panel", category_class(p.category))} role="dialog"
            aria-labelledby={title.clone()} data-cell={Open::cell_key(p.topic_id, p.year)}>
            <div class="sm-panel-head">
                <h2 id={title}>{text(p.label)}<span class="sm-panel-year">{t.fill("panel_year", &[("year", &digits(p.year.into()))])}</span></h2>
                <button type="button" class="sm-close" popovertarget={id} popovertargetaction="hide" aria-label={t.ui("panel_close")}>{"×"}</button>
            </div>
            <p class="sm-panel-sub">{summary}</p>
            <ol class="sm-quotes">
                { for p.quotes.iter().map(|q| html! {
                    <li>
                        <blockquote lang={q.lang}><p>{marked_text(&q.segments)}</p></blockquote>
                        <p>
                            if let Some(language) = q.language { <span class="sm-lang">{language}</span>{" · "} }
                            {[q.source, " · ", &q.date, " · "].concat()}
                            <a href={[articles, "#", &sentence_id(q.doc_id, q.sentence)].concat()} data-article={q.doc_id}>{text(t.ui("read_article"))}</a>
                            if let Some(url) = q.url {
                                {" · "}<a href={url} rel="noopener" target="_blank">{text(t.ui("original"))}</a>
                            }
                        </p>
                    </li>
                }) }
            </ol>
        </section>
    }
}
