//! The articles as plain HTML, for the page's `<noscript>`: readers without
//! JavaScript get the prerendered matrix and, below it, every article.

use super::reading_view::paragraph;
use crate::data::Shared;
use summit_core::view::ReadBlock;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NoscriptArticlesProps {
    pub data: Shared,
}

#[component]
pub fn NoscriptArticles(props: &NoscriptArticlesProps) -> Html {
    let a = &props.data.analysis;
    let t = &props.data.texts;
    html! {
        <section class="sm sm-noscript" aria-label={t.ui("sources").to_owned()}>
            <p>{t.ui("noscript_intro").to_owned()}</p>
            { for (0..a.documents.len()).filter_map(|d| a.article(d, t)).map(|article| html! {
                <article class="sm-article" id={format!("article-{}", article.id)}>
                    <p class="sm-kicker">{format!("{} · {}", article.source, article.date)}</p>
                    <h2 lang={article.lang.to_string()}>{article.title.to_string()}</h2>
                    { for article.blocks.iter().map(|b| match b {
                        ReadBlock::Heading(h) => html! { <h3 lang={article.lang.to_string()}>{h.to_string()}</h3> },
                        ReadBlock::Paragraph(s) => paragraph(s, &article.lang, t),
                    }) }
                </article>
            }) }
        </section>
    }
}
