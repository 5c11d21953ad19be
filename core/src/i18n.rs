//! The interface in more than one language: the locales, each one's texts
//! (interface strings with `{name}` holes; the names of categories, areas
//! and meetings) and dates and numbers written its way. The texts are data,
//! `src/locales/*.toml`, read at build time. English is the fallback for
//! anything another locale lacks; the articles stay as published.

use crate::date::Date;
use crate::model::{Category, List, Meeting, Text, Topic};
use crate::notice::Notice;
use crate::number::digits;
use serde::Serialize;
use std::borrow::Cow;

include!(concat!(env!("OUT_DIR"), "/locales.rs"));

impl Locale {
    /// The file of `stem` with extension `ext` in this locale: English, the
    /// default, carries no code (`index.html`, `oembed.json`), another
    /// locale its own (`index.ko.html`, `social-card.ko.png`). Every page,
    /// card, manifest and oEmbed file is named here.
    pub fn file_name(self, stem: &str, ext: &str) -> String {
        match self {
            Locale::En => [stem, ".", ext].concat(),
            other => [stem, ".", other.code(), ".", ext].concat(),
        }
    }

    /// The locale of a language tag (`ko`, `ko-KR`, `EN_us`), if we have it.
    pub fn from_tag(tag: &str) -> Option<Self> {
        let primary = tag.trim().split(['-', '_']).next().unwrap_or("");
        Self::ALL.into_iter().find(|l| l.code().eq_ignore_ascii_case(primary))
    }
}

/// An area's name and description in one locale.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "parse", derive(serde::Deserialize), serde(deny_unknown_fields))]
pub struct TopicText {
    pub label: Text,
    pub description: Text,
}

/// A meeting's place and leaders in one locale.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "parse", derive(serde::Deserialize), serde(deny_unknown_fields))]
pub struct MeetingText {
    pub place: Option<Text>,
    pub leaders: Option<Text>,
}

/// One locale's texts. Names it lacks fall back to the corpus (English).
/// Every list is sorted by its key and looked up by binary search; the
/// fields are public for the build's generated source (`rust_source`),
/// which writes them as read by [`Texts::parse`].
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Texts {
    pub locale: Locale,
    /// Interface strings of the live widget by key, English filling what
    /// the locale lacks.
    pub ui: List<(Text, Text)>,
    /// Strings of the page around the widget that only the build writes
    /// (title, app manifest, header, notes), likewise. The browser build
    /// compiles them out (`build.rs`), so there [`Texts::page`] finds none.
    pub page: List<(Text, Text)>,
    /// Category names by category id.
    pub categories: List<(Text, Text)>,
    /// Area names and descriptions by area id.
    pub topics: List<(Text, TopicText)>,
    /// Meeting places and leaders by meeting year.
    pub meetings: List<(u16, MeetingText)>,
}

/// The value of `key` in a list sorted by key.
fn lookup<'a, K: Ord + ?Sized, Q: std::borrow::Borrow<K>, V>(list: &'a [(Q, V)], key: &K) -> Option<&'a V> {
    list.binary_search_by(|(k, _)| k.borrow().cmp(key)).ok().map(|i| &list[i].1)
}

/// `template` with each `{name}` replaced by its value (unknown holes stay
/// as written).
pub fn filled(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let hole = after.find('}').map(|close| &after[..close]);
        match hole.and_then(|name| values.iter().find(|(n, _)| *n == name)) {
            Some((name, value)) => {
                out.push_str(value);
                rest = &after[name.len() + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

impl Texts {
    /// The interface string `key` (the key itself if no locale has it, so
    /// a missing string shows up instead of vanishing).
    pub fn ui<'a>(&'a self, key: &'a str) -> &'a str {
        lookup::<str, _, _>(&self.ui, key).map_or(key, |v| v)
    }

    /// How this locale names `other`'s language to its readers (a quote's
    /// "In Korean"): its `language_<code>` string, if it has one.
    pub fn language_name(&self, other: Locale) -> Option<&str> {
        lookup::<str, _, _>(&self.ui, &["language_", other.code()].concat()).map(|name| &**name)
    }

    /// The string `key` with each `{name}` replaced by its value.
    pub fn fill(&self, key: &str, values: &[(&str, &str)]) -> String {
        filled(self.ui(key), values)
    }

    /// The page string `key` (the key itself if no locale has it).
    pub fn page<'a>(&'a self, key: &'a str) -> &'a str {
        lookup::<str, _, _>(&self.page, key).map_or(key, |v| v)
    }

    /// The page string `key` with each `{name}` replaced by its value.
    pub fn fill_page(&self, key: &str, values: &[(&str, &str)]) -> String {
        filled(self.page(key), values)
    }

    /// `{key}_one` for a count of one, else `{key}_other`, filled with `count`.
    pub fn count(&self, key: &str, count: usize) -> String {
        let mut form = String::with_capacity(key.len() + 6);
        form.push_str(key);
        form.push_str(if count == 1 { "_one" } else { "_other" });
        self.fill(&form, &[("count", &self.number(count))])
    }

    /// A notice in this locale's words, with the nearest real id suggested
    /// (`notice_near`) when it names one.
    pub fn notice(&self, notice: &Notice) -> String {
        let values: Vec<(&str, &str)> = notice.values.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let mut text = self.fill(notice.key, &values);
        if let Some(near) = notice.near() {
            text.push(' ');
            text.push_str(&self.fill("notice_near", &[("near", near)]));
        }
        text
    }

    /// `items` as a list: "a, b and c" (the separators are strings too).
    pub fn list(&self, items: &[String]) -> String {
        let mut out = String::new();
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                out.push_str(self.ui(if i + 1 == items.len() { "list_last_separator" } else { "list_separator" }));
            }
            out.push_str(item);
        }
        out
    }

    /// A date as this locale writes it (its `date` string: 26 April 2023,
    /// 2023년 4월 26일). `{month_name}` is the month's English name.
    pub fn date(&self, date: Date) -> String {
        let (day, month, year) = (digits(date.day.into()), digits(date.month.into()), digits(date.year.into()));
        self.fill("date", &[("day", &day), ("month", &month), ("month_name", date.month_name()), ("year", &year)])
    }

    /// A whole number as this locale writes it.
    pub fn number(&self, n: usize) -> String {
        crate::number::grouped(n)
    }

    pub fn category<'a>(&'a self, category: &'a Category) -> &'a str {
        lookup::<str, _, _>(&self.categories, &category.id).map_or(&category.label, |v| v)
    }

    pub fn topic_label<'a>(&'a self, topic: &'a Topic) -> &'a str {
        lookup::<str, _, _>(&self.topics, &topic.id).map_or(&topic.label, |t| &t.label)
    }

    pub fn topic_description<'a>(&'a self, topic: &'a Topic) -> &'a str {
        lookup::<str, _, _>(&self.topics, &topic.id).map_or(&topic.description, |t| &t.description)
    }

    pub fn meeting_place<'a>(&'a self, meeting: &'a Meeting) -> Option<&'a str> {
        let own = lookup(&self.meetings, &meeting.year).and_then(|m| m.place.as_deref());
        own.or(meeting.place.as_deref())
    }

    pub fn meeting_leaders<'a>(&'a self, meeting: &'a Meeting) -> Cow<'a, str> {
        match lookup(&self.meetings, &meeting.year).and_then(|m| m.leaders.as_deref()) {
            Some(leaders) => Cow::Borrowed(leaders),
            None => Cow::Owned(meeting.participants.join(", ")),
        }
    }

    /// The ids of the areas and categories this locale names itself.
    pub fn named_ids(&self) -> (Vec<&str>, Vec<&str>) {
        (self.topics.iter().map(|(id, _)| &**id).collect(), self.categories.iter().map(|(id, _)| &**id).collect())
    }
}

#[cfg(feature = "parse")]
mod parse {
    use super::*;
    use crate::error::{line_of, InputError};
    use serde::Deserialize;
    use std::collections::BTreeMap;

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct File {
        #[serde(default)]
        page: BTreeMap<String, String>,
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
            // The credit line's date: a typo would otherwise drop it silently.
            if let Some(updated) = parsed.page.get("updated").filter(|u| !u.trim().is_empty()) {
                crate::date::Date::parse(updated).map_err(|e| {
                    let line = text.lines().position(|l| l.trim_start().starts_with("updated")).map_or(1, |i| i + 1);
                    InputError::new(file, line, ["[page] updated: ", &e].concat())
                })?;
            }
            let mut meetings = BTreeMap::new();
            for (year, names) in parsed.meetings {
                let year = year.parse::<u16>().map_err(|_| {
                    InputError::new(file, 1, format!("[meetings.{year}]: the key must be the meeting's year"))
                })?;
                meetings.insert(year, names);
            }
            // English fills what the locale lacks; BTreeMaps iterate in key
            // order, so the lists come out sorted.
            let merged = |fallback: Option<&List<(Text, Text)>>, own: BTreeMap<String, String>| {
                let mut all: BTreeMap<String, String> = fallback
                    .map(|f| f.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect())
                    .unwrap_or_default();
                all.extend(own);
                all.into_iter().map(|(k, v)| (Text::Owned(k), Text::Owned(v))).collect::<List<_>>()
            };
            let text = |(k, v): (String, String)| (Text::Owned(k), Text::Owned(v));
            Ok(Texts {
                locale,
                ui: merged(fallback.map(|f| &f.ui), parsed.ui),
                page: merged(fallback.map(|f| &f.page), parsed.page),
                categories: parsed.categories.into_iter().map(text).collect(),
                topics: parsed.topics.into_iter().map(|(k, v)| (Text::Owned(k), v)).collect(),
                meetings: meetings.into_iter().collect(),
            })
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

    #[cfg(feature = "parse")]
    #[test]
    fn dates_are_written_each_locale_s_way() {
        let date = Date::new(2023, 4, 26).unwrap();
        assert_eq!(crate::testing::english().date(date), "26 April 2023");
        assert_eq!(crate::testing::korean().date(date), "2023년 4월 26일");
    }

    #[test]
    fn a_credit_date_that_is_not_a_date_names_its_line() {
        let file = "[page]\nbyline = \"x\"\nupdated = \"6 December\"\n[ui]\n";
        let e = Texts::parse("zz.toml", file, Locale::En, None).unwrap_err().to_string();
        assert!(e.contains("zz.toml") && e.contains('3') && e.contains("YYYY-MM-DD"), "{e}");
        assert!(
            Texts::parse("zz.toml", "[page]\nupdated = \"\"\n[ui]\n", Locale::En, None).is_ok(),
            "empty is no date"
        );
    }

    #[test]
    fn a_bad_locale_file_names_its_line() {
        let err = Texts::parse("ko.toml", "[ui]\na = \"x\"\nb = 3\n", Locale::Ko, None).unwrap_err();
        assert_eq!((err.file.as_str(), err.line), ("ko.toml", 3), "{err}");
        let err = Texts::parse("ko.toml", "[ui]\n[meetings.later]\nplace = \"x\"\n", Locale::Ko, None).unwrap_err();
        assert!(err.message.contains("year"), "{err}");
    }
}
