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

    /// The same, for an id that names nothing among `ids`: with the nearest
    /// real one as `{near}`, if one is close ([`nearest`]); the locales then
    /// add their `notice_near` sentence.
    pub(crate) fn unknown(template: &'static str, key: &str, value: &str, ids: &[&str]) -> Self {
        Self::ignored(template, key, value).with_near(nearest(value, ids).map(str::to_owned))
    }

    /// Adds the suggestion `near`, if there is one.
    pub(crate) fn with_near(self, near: Option<String>) -> Self {
        match near {
            Some(near) => self.with("near", near),
            None => self,
        }
    }

    /// The nearest real id, if the notice suggests one.
    pub fn near(&self) -> Option<&str> {
        self.values.iter().find(|(name, _)| *name == "near").map(|(_, v)| v.as_str())
    }
}

/// The id among `ids` that `typed` most likely meant: one that contains it
/// or that it contains (the longest such: `extended-deterrence` means
/// `deterrence`), else the one fewest edits away, if that is at most a third
/// of its length (a typo, not another word).
/// (One function for every kind of id, not generic: it runs in the browser,
/// where each copy weighs.)
pub fn nearest<'a>(typed: &str, ids: &[&'a str]) -> Option<&'a str> {
    let typed = typed.trim().to_ascii_lowercase();
    if typed.is_empty() {
        return None;
    }
    let within = ids.iter().filter(|id| id.contains(typed.as_str()) || typed.contains(**id)).max_by_key(|id| id.len());
    within.copied().or_else(|| {
        let (id, edits) = ids.iter().map(|id| (*id, edits(&typed, id))).min_by_key(|&(_, e)| e)?;
        (edits <= typed.len().max(id.len()) / 3).then_some(id)
    })
}

/// Levenshtein distance, by bytes (ids are ASCII; a non-ASCII typo only
/// counts a little more).
fn edits(a: &str, b: &str) -> usize {
    let b = b.as_bytes();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.bytes().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = (above + 1).min(row[j] + 1).min(diagonal + usize::from(ca != cb));
            diagonal = above;
        }
    }
    row[b.len()]
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
    fn the_nearest_id_is_suggested_only_when_close() {
        let ids = &["north-korea", "deterrence", "chips-batteries", "space"];
        assert_eq!(nearest("extended-deterrence", ids), Some("deterrence"));
        assert_eq!(nearest("North-Koera", ids), Some("north-korea"));
        assert_eq!(nearest("chips", ids), Some("chips-batteries"));
        assert_eq!(nearest("spaec", ids), None, "two edits in five letters is another word");
        assert_eq!(nearest("vaccines", ids), None);
        assert_eq!(nearest("", ids), None);
        assert_eq!(nearest("2032", &["2021", "2022", "2023"]), Some("2022"));
    }

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
