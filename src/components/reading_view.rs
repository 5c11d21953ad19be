//! The reading view: one article, clean of site chrome, in a comfortable
//! measure, its topic sentences ruled in the category colour and labelled.

use super::category_class;
use crate::browser;
use crate::data::use_texts;
use std::rc::Rc;
use summit_core::i18n::Texts;
use summit_core::view::{Article, ReadBlock, ReadSentence, TopicTag};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ReadingViewProps {
    pub article: Rc<Article>,
    pub onclose: Callback<()>,
    /// Carries the id of the article to go to.
    pub onread: Callback<String>,
}

/// One paragraph in the article's language `lang`, its topic sentences
/// ruled and labelled in the interface's (shared with the no-script articles).
pub fn paragraph(sentences: &[ReadSentence], lang: &str, t: &Texts) -> Html {
    let mut tags: Vec<&TopicTag> = Vec::new();
    for t in sentences.iter().flat_map(|s| &s.tags) {
        if !tags.iter().any(|seen| seen.label == t.label) {
            tags.push(t);
        }
    }
    let first = tags.first().map(|t| t.category);
    // Underline the topic sentences only where they share a paragraph with others.
    let mixed = sentences.iter().any(|s| s.tags.is_empty());
    let body = html! {
        <p lang={lang.to_owned()}>{ for sentences.iter().map(|s| {
            let text = format!("{} ", s.text);
            if s.tags.is_empty() || !mixed { html! { {text} } } else { html! { <span class="sm-topic-sentence">{text}</span> } }
        }) }</p>
    };
    match first {
        None => body,
        Some(category) => html! {
            <div class={classes!("sm-tagged", category_class(category))}>
                <ul class="sm-tags" aria-label={t.ui("sentence_areas").to_owned()}>
                    { for tags.iter().map(|t| html! { <li class={category_class(t.category)}>{t.label.to_string()}</li> }) }
                </ul>
                {body}
            </div>
        },
    }
}

#[component]
pub fn ReadingView(props: &ReadingViewProps) -> Html {
    let a = &props.article;
    let t = use_texts();
    let title = use_node_ref();
    {
        let title = title.clone();
        use_effect_with(a.doc, move |_| browser::focus(&title));
    }
    let back = props.onclose.reform(|_: MouseEvent| ());
    let go = |id: &Option<Rc<str>>, label: &str, class: &str| match id {
        Some(id) => {
            let id = id.to_string();
            html! { <button type="button" class={classes!("sm-button", class.to_owned())} onclick={props.onread.reform(move |_: MouseEvent| id.clone())}>{label.to_owned()}</button> }
        }
        None => html! {},
    };
    let meta = [Some(a.source.to_string()), Some(a.date.to_string()), a.place.as_ref().map(|p| p.to_string())];
    html! {
        <article class="sm-article" aria-labelledby="sm-article-title">
            <nav class="sm-article-nav" aria-label={t.ui("article_nav").to_owned()}>
                <button type="button" class="sm-button" onclick={back}>{t.ui("back_to_matrix").to_owned()}</button>
            </nav>
            <p class="sm-kicker">{meta.into_iter().flatten().collect::<Vec<_>>().join(" · ")}</p>
            <h1 id="sm-article-title" ref={title} tabindex="-1" lang={a.lang.to_string()}>{a.title.to_string()}</h1>
            { for a.blocks.iter().map(|b| match b {
                ReadBlock::Heading(h) => html! { <h2 lang={a.lang.to_string()}>{h.to_string()}</h2> },
                ReadBlock::Paragraph(s) => paragraph(s, &a.lang, &t),
            }) }
            if let Some(url) = &a.url {
                <p><a href={url.to_string()} rel="noopener" target="_blank">{t.ui("read_original").to_owned()}</a></p>
            }
            <nav class="sm-article-pager" aria-label={t.ui("more_articles").to_owned()}>
                {go(&a.previous, t.ui("previous_article"), "sm-prev")}
                {go(&a.next, t.ui("next_article"), "sm-next")}
            </nav>
        </article>
    }
}
