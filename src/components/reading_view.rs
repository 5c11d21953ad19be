//! The reading view: one article, clean of site chrome, in a comfortable
//! measure, its topic sentences ruled in the category colour and labelled.

use super::marked_text::text;
use super::{category_class, sentence_id};
use crate::browser;
use crate::data::{Same, Words};
use summit_core::view::{Article, ReadBlock, ReadSentence, TopicTag};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ReadingViewProps {
    pub words: Words,
    pub article: Same<Article<'static>>,
    /// The id of the sentence to show first (the quote the reader came
    /// from); else the article opens at its title.
    pub at: Option<AttrValue>,
    pub onclose: Callback<()>,
    /// Carries the id of the article to go to.
    pub onread: Callback<String>,
}

/// One paragraph of the article `doc`, in its language `lang`, its topic
/// sentences ruled and labelled in the interface's and each named by its
/// [`sentence_id`], which the evidence links to (shared with the articles page).
pub fn paragraph(doc: &str, sentences: &[ReadSentence<'static>], lang: &'static str, t: Words) -> Html {
    let mut tags: Vec<&TopicTag> = Vec::new();
    for tag in sentences.iter().flat_map(|s| &s.tags) {
        if !tags.iter().any(|seen| seen.label == tag.label) {
            tags.push(tag);
        }
    }
    // Underline the topic sentences only where they share a paragraph with
    // others. Sentences between the topic ones make one text node.
    let mixed = sentences.iter().any(|s| s.tags.is_empty());
    let mut runs: Vec<Html> = Vec::new();
    let mut plain = String::new();
    for s in sentences {
        if !s.tags.is_empty() {
            if !plain.is_empty() {
                runs.push(html! { {std::mem::take(&mut plain)} });
            }
            let class = mixed.then_some("sm-topic-sentence");
            runs.push(html! { <span id={sentence_id(doc, s.index)} {class}>{[s.text, " "].concat()}</span> });
        } else {
            plain.push_str(s.text);
            plain.push(' ');
        }
    }
    if !plain.is_empty() {
        runs.push(html! { {plain} });
    }
    let body = html! { <p {lang}>{ for runs }</p> };
    match tags.first() {
        None => body,
        Some(first) => html! {
            <div class={classes!("sm-tagged", category_class(first.category))}>
                <ul class="sm-tags" aria-label={t.ui("sentence_areas")}>
                    { for tags.iter().map(|tag| html! { <li class={category_class(tag.category)}>{text(tag.label)}</li> }) }
                </ul>
                {body}
            </div>
        },
    }
}

#[component]
pub fn ReadingView(props: &ReadingViewProps) -> Html {
    let a = &props.article;
    let t = props.words;
    let title = use_node_ref();
    {
        let title = title.clone();
        use_effect_with((a.doc, props.at.clone()), move |(_, at)| match at {
            Some(id) => browser::reveal(id),
            None => browser::focus_node_in_view(&title),
        });
    }
    let go = |id: Option<&'static str>, label: &'static str, class: &'static str| match id {
        Some(id) => html! {
            <button type="button" class={classes!("sm-button", class)} onclick={props.onread.reform(move |_: MouseEvent| id.to_owned())}>{text(label)}</button>
        },
        None => html! {},
    };
    let meta: Vec<&str> = [Some(a.source), Some(a.date.as_str()), a.place].into_iter().flatten().collect();
    html! {
        <article class="sm-article" aria-labelledby="sm-article-title">
            <nav class="sm-article-nav" aria-label={t.ui("article_nav")}>
                <button type="button" class="sm-button" onclick={props.onclose.reform(|_: MouseEvent| ())}>{text(t.ui("back_to_matrix"))}</button>
            </nav>
            <p class="sm-kicker">{meta.join(" · ")}</p>
            <h1 id="sm-article-title" ref={title} tabindex="-1" lang={a.lang}>{text(a.title)}</h1>
            { for a.blocks.iter().map(|b| match b {
                ReadBlock::Heading(h) => html! { <h2 lang={a.lang}>{text(h)}</h2> },
                ReadBlock::Paragraph(s) => paragraph(a.id, s, a.lang, t),
            }) }
            if let Some(url) = a.url {
                <p><a href={url} rel="noopener" target="_blank">{text(t.ui("read_original"))}</a></p>
            }
            <nav class="sm-article-pager" aria-label={t.ui("more_articles")}>
                {go(a.previous, t.ui("previous_article"), "sm-prev")}
                {go(a.next, t.ui("next_article"), "sm-next")}
            </nav>
        </article>
    }
}
