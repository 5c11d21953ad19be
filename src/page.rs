//! The pages the build writes (the `prerender` binary, Yew's server
//! renderer): the widget's page, with the static parts around the widget,
//! which the browser keeps as they are (the skip link, the notes for
//! browsers that run no JavaScript or no WebAssembly, the header with its
//! chart, the credit line, every mentioned cell's evidence, the footer) and the live part,
//! `#sm-live`, which it hydrates; and the articles page, every article as
//! plain HTML, which the evidence links to, sentence by sentence. Without
//! the WebAssembly the page is the reading widget: every number opens its
//! sentences, and they lead to the articles.

use crate::components::{
    app::App, evidence_panel::evidence_panel, footer::footer, header::header, live_matrix::LiveMatrix,
    marked_text::text, noscript_articles::noscript_articles,
};
use crate::data::{self, Same, Words};
use crate::matrix_root::MATRIX_ROOT_ID;
use crate::LIVE_ID;
use std::rc::Rc;
use summit_core::i18n::Locale;
use summit_core::link::snippets;
use summit_core::link::UrlState;
use summit_core::view::SearchIndex;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
struct PageProps {
    locale: Locale,
    /// Whether the build writes oEmbed files (it knows the public address):
    /// then the embed code starts with the link to paste.
    oembed: bool,
}

#[component]
fn Page(props: &PageProps) -> Html {
    let t = Words::of(props.locale);
    let view = data::analysis().header(t.0);
    // The default view's snippets, on a page whose address the build cannot
    // know: the widget puts the current ones in once it runs.
    let snippets = snippets::snippets("", &UrlState::default(), props.locale, t.ui("embed_frame_title"));
    let articles = props.locale.file_name("articles", "html");
    // What the widget's first render shows: the default view's matrix.
    let matrix = data::analysis().matrix(&UrlState::default().filter, &SearchIndex::new(), t.0);
    html! {
        <div class="sm">
            <a class="sm-skip" href="#sm-matrix">{text(t.page("skip_to_matrix"))}</a>
            <noscript><p class="sm-note" role="note">{text(t.page("note_no_javascript"))}</p></noscript>
            <p class="sm-note sm-static-note" data-for="no-wasm" role="note">{text(t.page("note_no_webassembly"))}</p>
            <p class="sm-note sm-static-note" data-for="failed" role="note">{text(t.page("note_not_started"))}</p>
            {header(&view, t)}
            <div id={LIVE_ID}><App locale={props.locale} /></div>
            <div id={MATRIX_ROOT_ID}><LiveMatrix words={t} matrix={Some(Same(Rc::new(matrix)))} onreset={Callback::noop()} /></div>
            // The newsroom's credit line (the locale file's [page]), under the graphic.
            if let Some(credit) = view.credit.clone() { <p class="sm-credit">{credit}</p> }
            // Right after the matrix, so the parser reaches a cell's
            // evidence soon after the cell (and the matrix paints first).
            {evidence(t, &articles)}
            {footer(t, &snippets, &articles, props.oembed)}
            {address_box(t)}
        </div>
    }
}

/// Every mentioned cell's evidence, in the page from the first paint (each
/// opened by its cell), its article links into the page `articles`.
fn evidence(t: Words, articles: &str) -> Html {
    let a = data::analysis();
    let cells = (0..a.topics.len()).flat_map(|topic| (0..a.meetings.len()).map(move |meeting| (topic, meeting)));
    html! {
        <div class="sm-evidence">
            { for cells.filter(|&(topic, meeting)| !a.evidence(topic, meeting).is_empty())
                .filter_map(|(topic, meeting)| a.evidence_panel(topic, meeting, t.0))
                .map(|panel| evidence_panel(t, &panel, articles)) }
        </div>
    }
}

/// Where a sandboxed frame that may not open new windows gives the reader
/// a link's address to copy instead (`static/frame.js` fills it in).
fn address_box(t: Words) -> Html {
    html! {
        <div id="sm-address" class="sm-address" popover="auto" role="dialog" aria-labelledby="sm-address-say">
            <p id="sm-address-say">{text(t.page("link_blocked"))}</p>
            <input type="text" readonly=true aria-labelledby="sm-address-say" />
            <button type="button" class="sm-button" popovertarget="sm-address" popovertargetaction="hide">
                {text(t.ui("close"))}
            </button>
        </div>
    }
}

#[component]
fn Articles(props: &PageProps) -> Html {
    noscript_articles(Words::of(props.locale), props.locale.file_name("index", "html"))
}

pub use summit_core::escape::attribute;

/// The prerendered default view in `locale`: what [`crate::start`] hydrates.
pub async fn prerender(locale: Locale, oembed: bool) -> String {
    yew::LocalServerRenderer::<Page>::with_props(PageProps { locale, oembed }).render().await
}

/// Every article as plain HTML, for the articles page, introduced in `locale`.
pub async fn prerender_articles(locale: Locale) -> String {
    yew::LocalServerRenderer::<Articles>::with_props(PageProps { locale, oembed: false }).render().await
}
