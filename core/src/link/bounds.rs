//! Reading a shared link's query string within fixed bounds, so that no link
//! (a 10,000-character query, a thousand repeated parameters) can make the
//! widget do unbounded work or bury the reader in notices. Everything cut is
//! reported as a [`Notice`].

use crate::link::query;
use crate::notice::Notice;
use crate::number::grouped as group;

/// The longest query string read; real links are a few hundred bytes.
pub const MAX_QUERY_BYTES: usize = 2048;
/// The most parameters read from one link.
pub const MAX_PARAMETERS: usize = 32;

/// The decoded parameters of `query` (leading `?` optional): only the first
/// [`MAX_QUERY_BYTES`] bytes and [`MAX_PARAMETERS`] parameters, and only the
/// first of any repeated name.
pub fn parameters(query: &str) -> (Vec<(String, String)>, Vec<Notice>) {
    let query = query.trim_start_matches('?');
    let mut notices = Vec::new();
    let read = if query.len() > MAX_QUERY_BYTES {
        notices.push(
            Notice::new("notice_too_long").with("length", group(query.len())).with("limit", group(MAX_QUERY_BYTES)),
        );
        let mut end = MAX_QUERY_BYTES;
        while !query.is_char_boundary(end) {
            end -= 1;
        }
        // Stop at the last whole parameter inside the limit.
        &query[..query[..end].rfind('&').unwrap_or(end)]
    } else {
        query
    };
    let mut pairs: Vec<(String, String)> = Vec::new();
    let mut repeated: Vec<(String, usize)> = Vec::new();
    let mut beyond = 0;
    for (key, value) in query::parse(read) {
        if let Some(seen) = repeated.iter_mut().find(|(k, _)| *k == key) {
            seen.1 += 1;
        } else if pairs.iter().any(|(k, _)| *k == key) {
            repeated.push((key, 1));
        } else if pairs.len() == MAX_PARAMETERS {
            beyond += 1;
        } else {
            pairs.push((key, value));
        }
    }
    for (key, count) in repeated {
        let notice = if count == 1 { Notice::new("notice_repeated_once") } else { Notice::new("notice_repeated") };
        notices.push(notice.with("key", crate::notice::quoted(&key)).with("count", group(count)));
    }
    if beyond > 0 {
        notices.push(Notice::new("notice_too_many").with("count", group(beyond)).with("limit", group(MAX_PARAMETERS)));
    }
    (pairs, notices)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_overlong_query_is_cut_at_a_whole_parameter_with_a_notice() {
        let query = format!("cat=security&q={}&meet=2023", "a".repeat(10_000));
        let (pairs, notices) = parameters(&query);
        assert_eq!(pairs, [("cat".to_owned(), "security".to_owned())]);
        assert_eq!(notices.len(), 1);
        assert_eq!(notices, [Notice::new("notice_too_long").with("length", group(query.len())).with("limit", "2,048")]);
        // A multi-byte character at the limit is not split.
        let (_, notices) = parameters(&format!("q={}", "한".repeat(1000)));
        assert_eq!(notices[0].key, "notice_too_long");
    }

    #[test]
    fn repeats_count_once_and_the_first_value_wins() {
        let query = format!("q=chips&{}cat=health", "q=x&".repeat(400));
        let (pairs, notices) = parameters(&query);
        assert_eq!(pairs, [("q".to_owned(), "chips".to_owned()), ("cat".to_owned(), "health".to_owned())]);
        assert_eq!(notices, [Notice::new("notice_repeated").with("key", "q").with("count", "400")]);
    }

    #[test]
    fn at_most_32_distinct_parameters_are_read() {
        let query: Vec<String> = (0..100).map(|i| format!("k{i}=v")).collect();
        let (pairs, notices) = parameters(&query.join("&"));
        assert_eq!(pairs.len(), MAX_PARAMETERS);
        assert_eq!(notices, [Notice::new("notice_too_many").with("count", "68").with("limit", "32")]);
    }
}
