//! The reader's filter: which categories and meetings, what search, which
//! cells ([`Show`]) and in what order ([`Sort`]). Empty sets mean "all".

use crate::notice::Notice;
use crate::number::digits;

/// The longest search the widget runs; longer text is cut with a notice.
pub const MAX_SEARCH_CHARS: usize = 100;

/// Which cells a reader wants to see.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Show {
    #[default]
    All,
    /// Areas at the meeting where they first appear.
    New,
    /// Areas at meetings after their first.
    Continuing,
}

impl Show {
    /// The key of its label in the locale files' `[ui]`.
    pub const fn label_key(self) -> &'static str {
        match self {
            Self::All => "show_all",
            Self::New => "show_new",
            Self::Continuing => "show_continuing",
        }
    }
}

/// Row order within each category.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Sort {
    #[default]
    FirstAppearance,
    Mentions,
    Alphabetical,
}

/// The filter: empty sets mean "all". The sets are sorted lists without
/// repeats (see [`toggled`]), which keep the link's order stable and cost
/// the browser build far less code than ordered-set types.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Filter {
    pub categories: Vec<String>,
    pub query: String,
    pub meetings: Vec<u16>,
    pub show: Show,
    pub sort: Sort,
}

/// Puts `value` into the sorted list `set`, or takes it out if it is there.
pub fn toggled<T: Ord>(set: &mut Vec<T>, value: T) {
    match set.binary_search(&value) {
        Ok(at) => {
            set.remove(at);
        }
        Err(at) => set.insert(at, value),
    }
}

/// Puts `value` into the sorted list `set` unless it is there.
pub(crate) fn added<T: Ord>(set: &mut Vec<T>, value: T) {
    if let Err(at) = set.binary_search(&value) {
        set.insert(at, value);
    }
}

impl Filter {
    /// How many filters narrow the matrix: each category and meeting chosen,
    /// a search, and a "show" other than all. (The sort order hides nothing.)
    pub fn narrowing(&self) -> usize {
        let search = !self.query.trim().is_empty();
        self.categories.len() + self.meetings.len() + usize::from(search) + usize::from(self.show != Show::All)
    }

    /// `text` as a search: at most [`MAX_SEARCH_CHARS`], with a notice when
    /// it had to be cut.
    pub fn bounded_query(text: &str) -> (String, Option<Notice>) {
        match text.char_indices().nth(MAX_SEARCH_CHARS) {
            None => (text.to_owned(), None),
            Some((at, _)) => {
                (text[..at].to_owned(), Some(Notice::new("notice_search_cut").with("limit", digits(MAX_SEARCH_CHARS))))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn narrowing_counts_what_hides_areas_and_not_the_sort() {
        assert_eq!(Filter::default().narrowing(), 0);
        assert_eq!(Filter { sort: Sort::Alphabetical, query: "  ".into(), ..Filter::default() }.narrowing(), 0);
        let f = Filter {
            categories: vec!["health".into(), "security".into()],
            meetings: vec![2023],
            query: "chips".into(),
            show: Show::New,
            sort: Sort::Mentions,
        };
        assert_eq!(f.narrowing(), 5);
    }

    #[test]
    fn toggling_keeps_the_set_sorted_and_a_second_toggle_takes_it_out() {
        let mut set = vec![2021, 2023];
        toggled(&mut set, 2022);
        assert_eq!(set, [2021, 2022, 2023]);
        toggled(&mut set, 2021);
        assert_eq!(set, [2022, 2023]);
    }

    #[test]
    fn a_search_is_cut_at_its_limit_with_a_notice_and_never_inside_a_character() {
        let (kept, notice) = Filter::bounded_query(&"한".repeat(MAX_SEARCH_CHARS + 5));
        assert_eq!(kept.chars().count(), MAX_SEARCH_CHARS);
        assert_eq!(notice.map(|n| n.key), Some("notice_search_cut"));
        assert_eq!(Filter::bounded_query("chips"), ("chips".to_owned(), None));
    }
}
