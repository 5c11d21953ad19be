//! Every article as plain HTML, for the articles page that readers without
//! JavaScript reach from the widget page's `<noscript>`. Rendered by the
//! build only.

use super::marked_text::text;
use super::reading_view::paragraph;
use crate::data::{self, Words};
use summit_core::view::ReadBlock;
use yew::prelude::*;

/// The articles, under the page's title and a way back to the matrix at `matrix`.
pub fn noscript_articles(t: Words, matrix: String) -> Html {
    let a = data::analysis();
    html! {
        <div class="sm sm-noscript">
            <h1 class="sm-headline">{text(t.page("articles_title"))}</h1>
            <p><a href={matrix}>{text(t.ui("back_to_matrix"))}</a></p>
            { for (0..a.documents.len()).filter_map(|d| a.article(d, t.0)).map(|article| html! {
                <article class="sm-article" id={["article-", article.id].concat()}>
                    <p class="sm-kicker">{[article.source, " · ", &article.date].concat()}</p>
                    <h2 lang={article.lang}>{text(article.title)}</h2>
                    { for article.blocks.iter().map(|b| match b {
                        ReadBlock::Heading(h) => html! { <h3 lang={article.lang}>{text(h)}</h3> },
                        ReadBlock::Paragraph(s) => paragraph(article.id, s, article.lang, t),
                    }) }
                </article>
            }) }
        </div>
    }
}
