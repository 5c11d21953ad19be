//! An article for the reading view: its blocks, with each topic sentence
//! tagged with the areas it names, and its neighbours.

use crate::i18n::Texts;
use crate::model::Block;
use crate::Analysis;
use std::rc::Rc;

/// A topic label on a sentence in the reading view.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TopicTag {
    pub label: Rc<str>,
    pub category: usize,
}

/// One sentence in the reading view.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReadSentence {
    pub text: Rc<str>,
    pub tags: Vec<TopicTag>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReadBlock {
    Heading(Rc<str>),
    Paragraph(Vec<ReadSentence>),
}

/// An article in the reading view.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Article {
    pub doc: usize,
    pub id: Rc<str>,
    pub title: Rc<str>,
    /// The language the article (title and body) is written in.
    pub lang: Rc<str>,
    pub source: Rc<str>,
    pub date: Rc<str>,
    pub place: Option<Rc<str>>,
    pub url: Option<Rc<str>>,
    pub blocks: Vec<ReadBlock>,
    pub previous: Option<Rc<str>>,
    pub next: Option<Rc<str>>,
}

impl Analysis {
    /// Article `d` for reading, its topic sentences tagged, the interface
    /// around it (tags, date, place) in `texts`' words.
    pub fn article(&self, d: usize, texts: &Texts) -> Option<Article> {
        let doc = self.documents.get(d)?;
        let sentence = |s: usize| ReadSentence {
            text: doc.sentences[s].as_str().into(),
            tags: self
                .topics_of_sentence(d, s)
                .into_iter()
                .map(|t| TopicTag {
                    label: texts.topic_label(&self.topics[t]).into(),
                    category: usize::from(self.topics[t].category),
                })
                .collect(),
        };
        let blocks = doc
            .blocks
            .iter()
            .map(|b| match b {
                Block::Heading(h) => ReadBlock::Heading(h.as_str().into()),
                Block::Paragraph(ids) => ReadBlock::Paragraph(ids.iter().map(|&s| sentence(s as usize)).collect()),
            })
            .collect();
        let id_at = |i: Option<usize>| i.and_then(|i| self.documents.get(i)).map(|d| Rc::from(d.id.as_str()));
        Some(Article {
            doc: d,
            id: doc.id.as_str().into(),
            title: doc.title.as_str().into(),
            lang: doc.lang.as_str().into(),
            source: doc.source.as_str().into(),
            date: texts.date(doc.published.unwrap_or(doc.date)).into(),
            place: doc.place.as_ref().map(|place| {
                let meeting = self.meetings.iter().find(|m| m.documents.contains(&(d as u16)));
                meeting.and_then(|m| texts.meeting_place(m)).unwrap_or(place).into()
            }),
            url: doc.url.as_deref().map(Into::into),
            blocks,
            previous: id_at(d.checked_sub(1)),
            next: id_at(Some(d + 1)),
        })
    }
}
