//! What the widget tells a reader about settings it did not use as given (a
//! bad link or embed value, an overlong search): the [`Notice`] type that
//! the link, filter and embed readers produce and the locales put in words,
//! and the bounds on what is quoted back and how many are shown.

/// The longest value quoted back in a notice.
const QUOTE_CHARS: usize = 40;
/// The most notices shown; the rest are counted in one last notice.
pub const MAX_NOTICES: usize = 6;

/// A parameter that was left out or cut, and why, for the reader: the key
/// of its sentence in the locale files and the values to fill in.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Notice {
    pub key: &'static str,
    pub values: Vec<(&'static str, String)>,
}

impl Notice {
    pub fn new(key: &'static str) -> Self {
        Self { key, values: Vec::new() }
    }

    /// Adds the value for `{name}`.
    pub fn with(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.values.push((name, value.into()));
        self
    }

    /// A bad `value` of `key`, both quoted short.
    pub(crate) fn ignored(template: &'static str, key: &str, value: &str) -> Self {
        Self::new(template).with("key", quoted(key)).with("value", quoted(value))
    }
}

/// `text` cut to a length fit to quote back to a reader.
pub fn quoted(text: &str) -> String {
    match text.char_indices().nth(QUOTE_CHARS) {
        Some((at, _)) => {
            let mut cut = text[..at].to_owned();
            cut.push('…');
            cut
        }
        None => text.to_owned(),
    }
}

/// At most [`MAX_NOTICES`]: the first ones, then a count of the rest.
pub fn summarised(mut notices: Vec<Notice>) -> Vec<Notice> {
    if notices.len() > MAX_NOTICES {
        let rest = notices.len() - (MAX_NOTICES - 1);
        notices.truncate(MAX_NOTICES - 1);
        notices.push(Notice::new("notice_more").with("count", crate::number::grouped(rest)));
    }
    notices
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_values_are_quoted_short_and_notices_summarised() {
        assert_eq!(quoted(&"x".repeat(500)).chars().count(), QUOTE_CHARS + 1);
        assert_eq!(quoted("short"), "short");
        let many: Vec<Notice> = (0..50).map(|_| Notice::new("notice_setting")).collect();
        let shown = summarised(many);
        assert_eq!(shown.len(), MAX_NOTICES);
        assert_eq!(shown.last(), Some(&Notice::new("notice_more").with("count", "45")));
    }
}
