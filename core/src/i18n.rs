//! The interface in more than one language: the locales, each one's texts
//! (interface strings with `{name}` holes; the names of categories, areas
//! and meetings) and dates and numbers written its way. The texts are data,
//! `src/locales/*.toml`, read at build time. English is the fallback for
//! anything another locale lacks; the articles stay as published.

use crate::date::Date;
use crate::model::{Category, Meeting, Topic};
use crate::notice::Notice;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A language the widget speaks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Locale {
    #[default]
    En,
    Ko,
}

/// A whole number with thousands grouped by commas, as both English and
/// Korean write them: 10,015.
pub fn grouped(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

impl Locale {
    pub const ALL: [Locale; 2] = [Locale::En, Locale::Ko];

    /// The BCP 47 code: `en`, `ko`.
    pub fn code(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::Ko => "ko",
        }
    }

    /// The locale of a language tag (`ko`, `ko-KR`, `EN_us`), if we have it.
    pub fn from_tag(tag: &str) -> Option<Self> {
        let primary = tag.trim().split(['-', '_']).next().unwrap_or("");
        Self::ALL.into_iter().find(|l| l.code().eq_ignore_ascii_case(primary))
    }
}

/// An area's name and description in one locale.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TopicText {
    pub label: String,
    pub description: String,
}

/// A meeting's place and leaders in one locale.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MeetingText {
    pub place: Option<String>,
    pub leaders: Option<String>,
}

/// One locale's texts. Names it lacks fall back to the corpus (English).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Texts {
    pub locale: Locale,
    ui: BTreeMap<String, String>,
    categories: BTreeMap<String, String>,
    topics: BTreeMap<String, TopicText>,
    meetings: BTreeMap<u16, MeetingText>,
}

impl Texts {
    /// The interface string `key` (the key itself if no locale has it, so
    /// a missing string shows up instead of vanishing).
    pub fn ui<'a>(&'a self, key: &'a str) -> &'a str {
        self.ui.get(key).map_or(key, String::as_str)
    }

    /// The string `key` with each `{name}` replaced by its value.
    pub fn fill(&self, key: &str, values: &[(&str, &str)]) -> String {
        let mut out = self.ui(key).to_owned();
        for (name, value) in values {
            out = out.replace(&format!("{{{name}}}"), value);
        }
        out
    }

    /// `{key}_one` for a count of one, else `{key}_other`, filled with `count`.
    pub fn count(&self, key: &str, count: usize) -> String {
        let form = if count == 1 { "one" } else { "other" };
        self.fill(&format!("{key}_{form}"), &[("count", &self.number(count))])
    }

    /// A notice in this locale's words.
    pub fn notice(&self, notice: &Notice) -> String {
        let values: Vec<(&str, &str)> = notice.values.iter().map(|(k, v)| (*k, v.as_str())).collect();
        self.fill(notice.key, &values)
    }

    /// `items` as a list: "a, b and c" (the separators are strings too).
    pub fn list(&self, items: &[String]) -> String {
        match items {
            [] => String::new(),
            [one] => one.clone(),
            [init @ .., last] => {
                format!("{}{}{last}", init.join(self.ui("list_separator")), self.ui("list_last_separator"))
            }
        }
    }

    /// A date as this locale writes it: 26 April 2023, 2023년 4월 26일.
    pub fn date(&self, date: Date) -> String {
        match self.locale {
            Locale::En => date.long(),
            Locale::Ko => format!("{}년 {}월 {}일", date.year, date.month, date.day),
        }
    }

    /// A whole number as this locale writes it.
    pub fn number(&self, n: usize) -> String {
        grouped(n)
    }

    pub fn category<'a>(&'a self, category: &'a Category) -> &'a str {
        self.categories.get(&category.id).map_or(&category.label, String::as_str)
    }

    pub fn topic_label<'a>(&'a self, topic: &'a Topic) -> &'a str {
        self.topics.get(&topic.id).map_or(&topic.label, |t| &t.label)
    }

    pub fn topic_description<'a>(&'a self, topic: &'a Topic) -> &'a str {
        self.topics.get(&topic.id).map_or(&topic.description, |t| &t.description)
    }

    pub fn meeting_place<'a>(&'a self, meeting: &'a Meeting) -> Option<&'a str> {
        let own = self.meetings.get(&meeting.year).and_then(|m| m.place.as_deref());
        own.or(meeting.place.as_deref())
    }

    pub fn meeting_leaders(&self, meeting: &Meeting) -> String {
        let own = self.meetings.get(&meeting.year).and_then(|m| m.leaders.clone());
        own.unwrap_or_else(|| meeting.participants.join(", "))
    }

    /// The ids of the areas and categories this locale names itself.
    pub fn named_ids(&self) -> (Vec<&str>, Vec<&str>) {
        (self.topics.keys().map(String::as_str).collect(), self.categories.keys().map(String::as_str).collect())
    }
}

#[cfg(feature = "parse")]
mod parse {
    use super::*;
    use crate::error::{line_of, InputError};

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct File {
        ui: BTreeMap<String, String>,
        #[serde(default)]
        categories: BTreeMap<String, String>,
        #[serde(default)]
        topics: BTreeMap<String, TopicText>,
        #[serde(default)]
        meetings: BTreeMap<String, MeetingText>,
    }

    impl Texts {
        /// Reads a locale file (`file` names it in errors). Keys it lacks
        /// come from `fallback`, the English texts.
        pub fn parse(file: &str, text: &str, locale: Locale, fallback: Option<&Texts>) -> Result<Texts, InputError> {
            let parsed: File = toml::from_str(text).map_err(|e| {
                InputError::new(file, e.span().map_or(1, |s| line_of(text, s.start)), e.message().trim().to_owned())
            })?;
            let mut meetings = BTreeMap::new();
            for (year, names) in parsed.meetings {
                let year = year.parse::<u16>().map_err(|_| {
                    InputError::new(file, 1, format!("[meetings.{year}]: the key must be the meeting's year"))
                })?;
                meetings.insert(year, names);
            }
            let mut ui = fallback.map(|f| f.ui.clone()).unwrap_or_default();
            ui.extend(parsed.ui);
            Ok(Texts { locale, ui, categories: parsed.categories, topics: parsed.topics, meetings })
        }
    }
}

#[cfg(all(test, feature = "parse"))]
mod tests {
    use super::*;

    #[test]
    fn locales_come_from_language_tags() {
        assert_eq!(Locale::from_tag("ko-KR"), Some(Locale::Ko));
        assert_eq!(Locale::from_tag(" EN_us "), Some(Locale::En));
        assert_eq!(Locale::from_tag("fr"), None);
        assert_eq!(Locale::from_tag(""), None);
    }

    #[test]
    fn holes_fill_plurals_pick_and_missing_keys_fall_back() {
        let en = Texts::parse(
            "en.toml",
            "[ui]\na = \"{n} of {m}\"\nx_one = \"{count} thing\"\nx_other = \"{count} things\"\nonly_en = \"E\"\n",
            Locale::En,
            None,
        )
        .unwrap();
        let ko = Texts::parse("ko.toml", "[ui]\na = \"{m}개 중 {n}개\"\n", Locale::Ko, Some(&en)).unwrap();
        assert_eq!(ko.fill("a", &[("n", "3"), ("m", "24")]), "24개 중 3개");
        assert_eq!(ko.ui("only_en"), "E", "English fills what Korean lacks");
        assert_eq!(en.count("x", 1), "1 thing");
        assert_eq!(en.count("x", 10015), "10,015 things");
        assert_eq!(en.ui("nowhere"), "nowhere");
    }

    #[test]
    fn dates_are_written_each_locale_s_way() {
        let date = Date::new(2023, 4, 26).unwrap();
        let texts = |locale| Texts { locale, ..Texts::default() };
        assert_eq!(texts(Locale::En).date(date), "26 April 2023");
        assert_eq!(texts(Locale::Ko).date(date), "2023년 4월 26일");
    }

    #[test]
    fn a_bad_locale_file_names_its_line() {
        let err = Texts::parse("ko.toml", "[ui]\na = \"x\"\nb = 3\n", Locale::Ko, None).unwrap_err();
        assert_eq!((err.file.as_str(), err.line), ("ko.toml", 3), "{err}");
        let err = Texts::parse("ko.toml", "[ui]\n[meetings.later]\nplace = \"x\"\n", Locale::Ko, None).unwrap_err();
        assert!(err.message.contains("year"), "{err}");
    }
}
