//! Stage 2, analysis. In: the documents and the editable taxonomy
//! ([`taxonomy`]). Out: the [`Analysis`]: which sentences name which area at
//! which meeting ([`matching`], over the word tokens of [`text`]), and the
//! broadening story read out of it (per meeting, the areas active, new,
//! continuing and dropped). [`search`] is the search that filters it, lower-casing with [`case`].

pub mod case;
#[cfg(feature = "parse")]
pub mod matching;
pub mod search;
#[cfg(feature = "parse")]
pub mod taxonomy;
pub mod text;

use crate::model::Analysis;
#[cfg(feature = "parse")]
#[cfg(feature = "parse")]
use crate::model::{Document, Evidence, List, Meeting};
#[cfg(feature = "parse")]
use taxonomy::Taxonomy;

/// How an area stands at a meeting.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Status {
    /// Not named at this meeting.
    Absent,
    /// Named here for the first time.
    New,
    /// Named here and at an earlier meeting.
    Continuing,
}

/// The broadening figures of one meeting.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Broadening {
    pub year: u16,
    /// Areas named at this meeting.
    pub active: usize,
    /// Of those, named for the first time.
    pub new: usize,
    /// Of those, named at an earlier meeting too.
    pub continuing: usize,
    /// Named at the previous meeting but not at this one.
    pub dropped: usize,
}

/// Analyses documents against a taxonomy. Meetings are the years of the
/// documents' dates, in order; each document's sentences are matched once.
#[cfg(feature = "parse")]
pub fn analyse(mut documents: Vec<Document>, taxonomy: &Taxonomy) -> Analysis {
    documents.sort_by(|a, b| (a.date, &a.id).cmp(&(b.date, &b.id)));
    let mut meetings: Vec<Meeting> = Vec::new();
    for (i, doc) in documents.iter().enumerate() {
        let index = i as u16;
        match meetings.last_mut() {
            Some(m) if m.year == doc.date.year => {
                m.documents.to_mut().push(index);
                for p in doc.participants.iter() {
                    if !m.participants.contains(p) {
                        m.participants.to_mut().push(p.clone());
                    }
                }
                m.place = m.place.take().or_else(|| doc.place.clone());
            }
            _ => meetings.push(Meeting {
                year: doc.date.year,
                date: doc.date,
                place: doc.place.clone(),
                participants: doc.participants.clone(),
                documents: vec![index].into(),
            }),
        }
    }
    let mut cells = vec![vec![Vec::new(); meetings.len()]; taxonomy.topics.len()];
    for (m, meeting) in meetings.iter().enumerate() {
        for &d in meeting.documents.iter() {
            for (s, sentence) in documents[usize::from(d)].sentences.iter().enumerate() {
                let tokens = text::tokens(sentence);
                for (t, rules) in taxonomy.rules.iter().enumerate() {
                    let marks = matching::find(rules, sentence, &tokens);
                    if !marks.is_empty() {
                        cells[t][m].push(Evidence { doc: d, sentence: s as u32, marks: marks.into() });
                    }
                }
            }
        }
    }
    let cells = cells.into_iter().map(|row| row.into_iter().map(List::from).collect()).collect();
    Analysis {
        documents: documents.into(),
        meetings: meetings.into(),
        categories: taxonomy.categories.clone().into(),
        topics: taxonomy.topics.clone().into(),
        cells,
    }
}

impl Analysis {
    /// The status of every cell of `topic`, meeting by meeting.
    pub fn statuses(&self, topic: usize) -> Vec<Status> {
        let mut seen = false;
        (0..self.meetings.len())
            .map(|m| {
                if self.evidence(topic, m).is_empty() {
                    Status::Absent
                } else if seen {
                    Status::Continuing
                } else {
                    seen = true;
                    Status::New
                }
            })
            .collect()
    }

    /// The broadening figures, one per meeting.
    pub fn broadening(&self) -> Vec<Broadening> {
        let statuses: Vec<Vec<Status>> = (0..self.topics.len()).map(|t| self.statuses(t)).collect();
        self.meetings
            .iter()
            .enumerate()
            .map(|(m, meeting)| {
                let count = |s: Status| statuses.iter().filter(|row| row[m] == s).count();
                let dropped = if m == 0 {
                    0
                } else {
                    statuses.iter().filter(|row| row[m - 1] != Status::Absent && row[m] == Status::Absent).count()
                };
                let (new, continuing) = (count(Status::New), count(Status::Continuing));
                Broadening { year: meeting.year, active: new + continuing, new, continuing, dropped }
            })
            .collect()
    }

    /// Evidence sentences of `topic` across all meetings.
    pub fn total(&self, topic: usize) -> usize {
        (0..self.meetings.len()).map(|m| self.evidence(topic, m).len()).sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::{analysis_of, seed};

    #[test]
    fn statuses_mark_first_appearance_and_continuation() {
        let a = analysis_of(&[
            ("2021", "Vaccines matter. Nothing else."),
            ("2022", "Nothing here."),
            ("2023", "More vaccines now. Chips too."),
        ]);
        let covid = a.topics.iter().position(|t| t.id == "covid").unwrap();
        let chips = a.topics.iter().position(|t| t.id == "chips-batteries").unwrap();
        assert_eq!(a.statuses(covid), [Status::New, Status::Absent, Status::Continuing]);
        assert_eq!(a.statuses(chips), [Status::Absent, Status::Absent, Status::New]);
        let b = a.broadening();
        assert_eq!((b[0].active, b[0].new), (1, 1));
        assert_eq!((b[1].active, b[1].dropped), (0, 1));
        assert_eq!((b[2].active, b[2].new, b[2].continuing, b[2].dropped), (2, 1, 1, 0));
    }

    #[test]
    fn the_seed_meetings_broaden() {
        let b = seed().broadening();
        assert_eq!(b.iter().map(|m| m.year).collect::<Vec<_>>(), [2021, 2022, 2023]);
        assert!(b[0].active < b[1].active && b[1].active < b[2].active, "{b:?}");
        assert_eq!(b[0].new, b[0].active);
        assert!(b[2].new >= 5, "2023 brings several new areas: {b:?}");
    }

    #[test]
    fn evidence_marks_point_at_the_matched_words() {
        let a = seed();
        for (t, row) in a.cells.iter().enumerate() {
            for cell in row.iter() {
                for e in cell.iter() {
                    let s = a.sentence(e);
                    assert!(!e.marks.is_empty());
                    for m in e.marks.iter() {
                        assert!(
                            s.get(m.start as usize..m.end as usize).is_some_and(|w| !w.trim().is_empty()),
                            "{} in {s}",
                            a.topics[t].id
                        );
                    }
                }
            }
        }
    }
}
