//! The footer of a news graphic: sources, method, the data to download and
//! the code to embed. Static markup the build writes below the live widget
//! ([`crate::page`]): nothing in it changes but the embed code, so the
//! browser hydrates none of it, and [`crate::hooks::use_page_listeners`]
//! gives its controls their work and [`crate::hooks::use_footer_view`]
//! keeps the snippets on the current view. The controls say what they do
//! in `data-` attributes: `data-article` (an article id: a link to it in the
//! articles page, which the widget opens in its reading view instead),
//! `data-download` (a [`Download`]'s name) and `data-copy` (the id of
//! the snippet to copy). A sandboxed frame, which may not download, shows
//! a link to the standalone page instead of the download buttons. The data and the embed code need the widget (the
//! current view, the page's own address): a page without it hides them
//! (`.sm-needs-widget`).

use super::marked_text::text;
use crate::data::{self, Words};
use summit_core::export::Download;
use summit_core::link::snippets::Snippets;
use yew::prelude::*;

/// The two snippets: (the id of the block that shows its code, label key),
/// as [`crate::hooks::use_footer_view`] finds them. The code is shown whole,
/// wrapped, in a `<pre>` (a textarea would cost the page's first layout
/// its editor, and cut the code at its edge).
pub const SNIPPETS: [(&str, &str); 2] = [("sm-embed-script", "embed_script"), ("sm-embed-iframe", "embed_iframe")];

/// The ids of the link to paste into a content system (hidden for a view
/// that has none, leaving the note why) and of its code.
pub const PASTE: &str = "sm-embed-paste";
pub const PASTE_CODE: &str = "sm-embed-paste-code";

/// The id of the link to the standalone page of the current view, which
/// [`crate::hooks::use_footer_view`] keeps current.
pub const OWN_PAGE: &str = "sm-own-page";

/// The footer, its article links into the page `articles`.
pub fn footer(t: Words, snippets: &Snippets, articles: &str, oembed: bool) -> Html {
    let codes = [&snippets.script, &snippets.iframe];
    html! {
        <footer class="sm-footer">
            <section aria-labelledby="sm-sources">
                <h2 id="sm-sources">{text(t.page("sources"))}</h2>
                <ul class="sm-sources">
                    { for data::analysis().documents.iter().map(|d| {
                        let date = t.date(d.published.unwrap_or(d.date));
                        html! {
                            <li>
                                {t.0.fill_page("source_line", &[("source", &d.source), ("date", &date)])}
                                <a href={[articles, "#article-", &d.id].concat()} lang={&*d.lang} data-article={&*d.id}>{text(&d.title)}</a>
                                if let Some(url) = d.url.as_deref() {
                                    {" · "}<a href={url} rel="noopener" target="_blank">{text(t.ui("original"))}</a>
                                }
                            </li>
                        }
                    }) }
                </ul>
            </section>
            <section aria-labelledby="sm-method">
                <h2 id="sm-method">{text(t.page("method"))}</h2>
                <p>{text(t.page("method_note"))}</p>
                <details class="sm-method-more">
                    <summary>{text(t.page("method_korean_summary"))}</summary>
                    <p>{text(t.page("method_korean"))}</p>
                </details>
            </section>
            <section class="sm-needs-widget" aria-labelledby="sm-data">
                <h2 id="sm-data">{text(t.page("data"))}</h2>
                // A sandboxed frame may not download: it offers the page that can.
                <p class="sm-sandboxed-only">{text(t.page("downloads_elsewhere"))}
                    <a id={OWN_PAGE} href={snippets.page.clone()} target="_blank" rel="noopener">
                        {text(t.page("downloads_elsewhere_link"))}
                    </a>
                </p>
                <p class="sm-downloads">{text(t.page("data_current"))}{downloads(false)}</p>
                <p class="sm-downloads">{text(t.ui("download_image"))}{" "}{downloads(true)}</p>
            </section>
            <section class="sm-needs-widget" aria-labelledby="sm-embed">
                <h2 id="sm-embed">{text(t.page("embed"))}</h2>
                <details class="sm-embed-code">
                    <summary>{text(t.page("embed_summary"))}</summary>
                    if oembed {
                        <div class="sm-snippet">
                            <p class="sm-snippet-label">{text(t.page("embed_paste"))}</p>
                            <div id={PASTE} hidden={snippets.paste.is_none()}>
                                <pre><code id={PASTE_CODE}>{snippets.paste.clone().unwrap_or_default()}</code></pre>
                                <button type="button" class="sm-button" data-copy={PASTE_CODE}>{text(t.page("copy"))}</button>
                                <span class="sm-copied" role="status"></span>
                            </div>
                            <p class="sm-paste-none">{text(t.page("embed_paste_none"))}</p>
                        </div>
                    }
                    { for SNIPPETS.iter().zip(codes).map(|(&(id, label), code)| html! {
                        <div class="sm-snippet">
                            <p class="sm-snippet-label">{text(t.page(label))}</p>
                            <pre><code {id}>{code.clone()}</code></pre>
                            <button type="button" class="sm-button" data-copy={id}>{text(t.page("copy"))}</button>
                            <span class="sm-copied" role="status"></span>
                        </div>
                    }) }
                </details>
            </section>
        </footer>
    }
}

/// A button for each [`Download`] of the data (or of the picture), by its
/// name, between dots.
fn downloads(picture: bool) -> Html {
    Download::ALL
        .into_iter()
        .filter(|d| d.is_picture() == picture)
        .enumerate()
        .map(|(i, d)| {
            html! {<>
                if i > 0 { {" · "} }
                <button type="button" class="sm-link" data-download={d.name()}>{d.name().to_ascii_uppercase()}</button>
            </>}
        })
        .collect()
}
