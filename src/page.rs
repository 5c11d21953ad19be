//! The pages the build writes (the `prerender` binary, Yew's server
//! renderer): the widget's page, with the static parts around the widget,
//! which the browser keeps as they are (the skip link, the note for browsers
//! that cannot run the widget, the header with its chart) and the live part,
//! `#sm-live`, which it hydrates; the list of articles for its `<noscript>`;
//! and the articles page, every article as plain HTML, which readers
//! without JavaScript reach from that list.

use crate::components::{
    app::App, footer::footer, header::header, marked_text::text, noscript_articles::noscript_articles,
};
use crate::data::{self, Words};
use crate::LIVE_ID;
use summit_core::embed;
use summit_core::filter::UrlState;
use summit_core::i18n::Locale;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
struct PageProps {
    locale: Locale,
}

#[component]
fn Page(props: &PageProps) -> Html {
    let t = Words::of(props.locale);
    let view = data::analysis().header(t.0);
    // The default view's snippets, on a page whose address the build cannot
    // know: the widget puts the current ones in once it runs.
    let snippets =
        embed::snippets(&embed::embed_url("", &UrlState::default(), props.locale), t.ui("embed_frame_title"));
    html! {
        <div class="sm">
            <a class="sm-skip" href="#sm-matrix">{text(t.page("skip_to_matrix"))}</a>
            <p class="sm-static-note" role="note">{[t.page("static_view"), t.page("static_browsers")].concat()}</p>
            {header(&view, t)}
            <div id={LIVE_ID}><App locale={props.locale} /></div>
            {footer(t, &snippets)}
        </div>
    }
}

/// The `<noscript>` note: what readers without JavaScript get, and where
/// the articles are.
#[component]
fn NoscriptNote(props: &PageProps) -> Html {
    let t = Words::of(props.locale);
    let page = page_name("articles", props.locale);
    html! {
        <div class="sm sm-noscript">
            <p>{text(t.page("noscript_intro"))}</p>
            <ul>{ for data::analysis().documents.iter().map(|d| html! {
                <li><a href={[page.as_str(), "#article-", &d.id].concat()} lang={&*d.lang}>{text(&d.title)}</a></li>
            }) }</ul>
        </div>
    }
}

#[component]
fn Articles(props: &PageProps) -> Html {
    noscript_articles(Words::of(props.locale), page_name("index", props.locale))
}

/// `text` safe inside a double-quoted HTML attribute (and as element text).
pub fn attribute(text: &str) -> String {
    text.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;")
}

/// The file name of the page `stem` in `locale`: articles.html, articles.ko.html.
pub fn page_name(stem: &str, locale: Locale) -> String {
    match locale {
        Locale::En => [stem, ".html"].concat(),
        other => [stem, ".", other.code(), ".html"].concat(),
    }
}

/// The prerendered default view in `locale`: what `start` hydrates.
pub async fn prerender(locale: Locale) -> String {
    yew::LocalServerRenderer::<Page>::with_props(PageProps { locale }).render().await
}

/// The page's `<noscript>`: what needs JavaScript, and links to the articles.
pub async fn prerender_noscript(locale: Locale) -> String {
    yew::LocalServerRenderer::<NoscriptNote>::with_props(PageProps { locale }).render().await
}

/// Every article as plain HTML, for the articles page, introduced in `locale`.
pub async fn prerender_articles(locale: Locale) -> String {
    yew::LocalServerRenderer::<Articles>::with_props(PageProps { locale }).render().await
}
