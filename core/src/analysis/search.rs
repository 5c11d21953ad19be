//! Case-insensitive text search that keeps byte offsets: folding changes a
//! character only when its lower case has the same UTF-8 length, so a match
//! in the folded text is a match at the same place in the original.

use super::case;
use crate::Span;

/// Lower-cases `text` without changing its byte length. ASCII, most of the
/// articles, takes a byte-wise path; other characters go through
/// [`case::lower`].
pub fn fold(text: &str) -> String {
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    text.chars().map(case::lower).collect()
}

/// A search query, folded once.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Query {
    folded: String,
}

impl Query {
    /// The query for `text` (trimmed; whitespace runs collapse to one space).
    pub fn new(text: &str) -> Self {
        Self { folded: fold(&text.split_whitespace().collect::<Vec<_>>().join(" ")) }
    }

    pub fn is_empty(&self) -> bool {
        self.folded.is_empty()
    }

    /// Whether `folded_text` (already [`fold`]ed) contains the query.
    pub fn matches(&self, folded_text: &str) -> bool {
        !self.is_empty() && folded_text.contains(&self.folded)
    }

    /// Every place the query stands in `text`.
    pub fn spans(&self, text: &str) -> Vec<Span> {
        if self.is_empty() {
            return Vec::new();
        }
        fold(text)
            .match_indices(&self.folded)
            .map(|(at, m)| Span { start: at as u32, end: (at + m.len()) as u32 })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_regardless_of_case_and_keeps_offsets() {
        let text = "İstanbul and QUANTUM, then Quantum again";
        let q = Query::new("  quantum ");
        let spans = q.spans(text);
        assert_eq!(spans.len(), 2);
        for s in spans {
            assert_eq!(text[s.start as usize..s.end as usize].to_lowercase(), "quantum");
        }
        assert_eq!(fold(text).len(), text.len());
    }

    proptest::proptest! {
        #[test]
        fn the_ascii_path_folds_as_the_unicode_tables_do(text in "[ -~İÄÖẞßΣς가-힣]{0,80}") {
            let by_tables: String = text
                .chars()
                .map(|c| {
                    let mut lower = c.to_lowercase();
                    match (lower.next(), lower.next()) {
                        (Some(l), None) if l.len_utf8() == c.len_utf8() => l,
                        _ => c,
                    }
                })
                .collect();
            proptest::prop_assert_eq!(fold(&text), by_tables);
        }
    }

    #[test]
    fn an_empty_query_matches_nothing() {
        assert!(Query::new("   ").spans("anything").is_empty());
        assert!(!Query::new("").matches("anything"));
    }
}
