//! How a change of view meets the browser's history: which changes get an
//! entry of their own, so that Back and Forward do what a reader expects.
//!
//! - Opening the reading view on the widget's own page adds an entry: on a
//!   phone, Back is how readers leave an article, and it must return to the
//!   matrix, not leave the page.
//! - Another article from the reading view ("Next article") takes the same
//!   entry: one Back leaves the reading view, however many articles were read.
//! - Closing the reading view the widget opened goes back to the matrix's own
//!   entry, so closing and Back end in the same place and entries never pile up.
//! - The evidence, the filters and the search only rewrite the address: a
//!   reader tries many cells in a row, and a Back that walked through each of
//!   them would bury the page they came from. The phone's evidence sheet is
//!   no exception: it closes with its button, Escape or a tap outside, as
//!   before the widget starts, when the page itself opens it and has no
//!   history of its own to add.
//! - In an embed, never an entry: a frame's entries join the host page's
//!   history, and Back belongs to the host's article.

use super::display::Open;

/// What the address does for a new view.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    /// A new entry for the reading view (the entry it leaves is rewritten first to the matrix as it stands).
    Push,
    /// Back to the entry before: the reading view the widget opened has closed.
    Back,
    /// Rewrite this entry now.
    Replace,
    /// Rewrite this entry once the view has settled (filters, search, evidence).
    Settle,
}

/// The step for a new view with `open` open, where `on_reading_entry` says
/// whether the current entry is one the widget added for the reading view,
/// and `embedded` whether the widget is in a frame.
pub fn step(open: Option<&Open>, on_reading_entry: bool, embedded: bool) -> Step {
    let reading = matches!(open, Some(Open::Article(_)));
    match (embedded, reading, on_reading_entry) {
        (true, _, _) => Step::Settle,
        (false, true, false) => Step::Push,
        (false, true, true) => Step::Replace,
        (false, false, true) => Step::Back,
        (false, false, false) => Step::Settle,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article() -> Open {
        Open::Article("2022-05-yoon-biden".into())
    }

    fn cell() -> Open {
        Open::Evidence { topic: "chips-batteries".into(), year: 2022 }
    }

    #[test]
    fn the_reading_view_gets_one_entry_and_closing_it_goes_back() {
        assert_eq!(step(Some(&article()), false, false), Step::Push);
        assert_eq!(step(Some(&article()), true, false), Step::Replace, "the next article takes the same entry");
        assert_eq!(step(None, true, false), Step::Back);
        assert_eq!(step(Some(&cell()), true, false), Step::Back);
    }

    #[test]
    fn evidence_and_filters_never_add_entries() {
        assert_eq!(step(Some(&cell()), false, false), Step::Settle);
        assert_eq!(step(None, false, false), Step::Settle);
    }

    #[test]
    fn an_embed_never_adds_or_walks_entries() {
        for open in [None, Some(article()), Some(cell())] {
            for on_entry in [false, true] {
                assert_eq!(step(open.as_ref(), on_entry, true), Step::Settle);
            }
        }
    }
}
