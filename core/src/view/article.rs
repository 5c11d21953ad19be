//! An article for the reading view: its blocks, with each topic sentence
//! tagged with the areas it names, and its neighbours.

use crate::i18n::Texts;
use crate::model::Block;
use crate::Analysis;

/// A topic label on a sentence in the reading view.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TopicTag<'a> {
    pub label: &'a str,
    pub category: usize,
}

/// One sentence in the reading view.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReadSentence<'a> {
    /// Its index in the article, which names its place there.
    pub index: u32,
    pub text: &'a str,
    pub tags: Vec<TopicTag<'a>>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReadBlock<'a> {
    Heading(&'a str),
    Paragraph(Vec<ReadSentence<'a>>),
}

/// An article in the reading view.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Article<'a> {
    pub doc: usize,
    pub id: &'a str,
    pub title: &'a str,
    /// The language the article (title and body) is written in.
    pub lang: &'a str,
    pub source: &'a str,
    pub date: String,
    pub place: Option<&'a str>,
    pub url: Option<&'a str>,
    pub blocks: Vec<ReadBlock<'a>>,
    pub previous: Option<&'a str>,
    pub next: Option<&'a str>,
}

impl Analysis {
    /// Article `d` for reading, its topic sentences tagged, the interface
    /// around it (tags, date, place) in `texts`' words.
    pub fn article<'a>(&'a self, d: usize, texts: &'a Texts) -> Option<Article<'a>> {
        let doc = self.documents.get(d)?;
        let sentence = |s: usize| ReadSentence {
            index: s as u32,
            text: &doc.sentences[s],
            tags: self
                .topics_of_sentence(d, s)
                .into_iter()
                .map(|t| TopicTag {
                    label: texts.topic_label(&self.topics[t]),
                    category: usize::from(self.topics[t].category),
                })
                .collect(),
        };
        let blocks = doc
            .blocks
            .iter()
            .map(|b| match b {
                Block::Heading(h) => ReadBlock::Heading(h),
                Block::Paragraph(ids) => ReadBlock::Paragraph(ids.iter().map(|&s| sentence(s as usize)).collect()),
            })
            .collect();
        let id_at = |i: Option<usize>| i.and_then(|i| self.documents.get(i)).map(|d| &*d.id);
        Some(Article {
            doc: d,
            id: &doc.id,
            title: &doc.title,
            lang: &doc.lang,
            source: &doc.source,
            date: texts.date(doc.published.unwrap_or(doc.date)),
            place: doc.place.as_deref().map(|place| {
                let meeting = self.meetings.iter().find(|m| m.documents.contains(&(d as u16)));
                meeting.and_then(|m| texts.meeting_place(m)).unwrap_or(place)
            }),
            url: doc.url.as_deref(),
            blocks,
            previous: id_at(d.checked_sub(1)),
            next: id_at(Some(d + 1)),
        })
    }
}
