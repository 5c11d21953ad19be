//! The one table of link and embed parameters, [`PARAMETERS`]: each one's
//! name, what it holds, its default and limits, and how it is read and
//! written. Reading a link ([`read()`]), writing one ([`write()`]), the embed
//! snippets and view addresses ([`super::address`]) and the README's list
//! ([`markdown`]) all come from it. Reading never fails: a bad or unknown
//! parameter is left out and reported as a [`Notice`].

use super::display::{years, Open, Theme};
use super::embed::{EmbedOptions, DEFAULT_ID, MAX_ID_CHARS};
use super::filter::{added, Filter, Show, Sort, MAX_SEARCH_CHARS};
use super::UrlState;
use crate::i18n::Locale;
use crate::notice::{quoted, Notice};
use crate::number::{digits, grouped};
use crate::Analysis;

/// Whose a parameter is, which decides where it is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    /// The shared view: in the page's address, the embed snippets and a
    /// view's own address.
    View,
    /// What is open over the matrix: in the page's address only.
    Opened,
    /// The embed's own options: kept in the page's address.
    Embed,
    /// Added by the host page or its embed script: accepted without a
    /// notice, never written (the page's start-up script may read it).
    Host,
}

/// One parameter of a link or an embed's address.
pub struct Parameter {
    pub name: &'static str,
    pub part: Part,
    /// What it holds, for the README (Markdown).
    pub holds: &'static str,
    /// What it means when absent.
    pub default: Absent,
    /// What values it takes, if only some (Markdown).
    pub limits: Limits,
    read: fn(&mut Reading, &str),
    write: fn(&UrlState, &EmbedOptions) -> Option<String>,
}

/// What an absent parameter means.
pub enum Absent {
    /// The same as this value.
    Value(&'static str),
    /// Described in words.
    Means(&'static str),
}

/// The values a parameter takes.
pub enum Limits {
    /// Any of these names.
    Choices(&'static [&'static str]),
    /// Described in words.
    Text(&'static str),
    /// Text of at most this many characters.
    Chars(usize),
    /// An id: letters, digits, `-` and `_`, at most [`MAX_ID_CHARS`].
    Id,
}

/// How a show, sort or theme is written in a link (the first is the default).
const SHOW: [(Show, &str); 3] = [(Show::All, "all"), (Show::New, "new"), (Show::Continuing, "continuing")];
const SORT: [(Sort, &str); 3] =
    [(Sort::FirstAppearance, "first"), (Sort::Mentions, "mentions"), (Sort::Alphabetical, "az")];
const THEME: [(Theme, &str); 3] = [(Theme::Auto, "auto"), (Theme::Light, "light"), (Theme::Dark, "dark")];
const fn names<T: Copy>(table: &[(T, &'static str); 3]) -> [&'static str; 3] {
    [table[0].1, table[1].1, table[2].1]
}
const SHOW_NAMES: [&str; 3] = names(&SHOW);
const SORT_NAMES: [&str; 3] = names(&SORT);
const THEME_NAMES: [&str; 3] = names(&THEME);
const PLAIN_YES: [&str; 4] = ["1", "true", "yes", ""];
const PLAIN_NO: [&str; 3] = ["0", "false", "no"];

/// Every parameter, in the order a link writes them.
pub const PARAMETERS: &[Parameter] = &[
    Parameter {
        name: "cat",
        part: Part::View,
        holds: "categories shown, by id, comma-separated",
        default: Absent::Means("all"),
        limits: Limits::Text("the corpus's category ids"),
        read: |r, raw| {
            for id in raw.split(',').map(str::trim).filter(|s| !s.is_empty()) {
                if r.analysis.categories.iter().any(|c| c.id == id) {
                    added(&mut r.view.filter.categories, id.to_owned());
                } else {
                    let ids: Vec<&str> = r.analysis.categories.iter().map(|c| &*c.id).collect();
                    r.notices.push(Notice::unknown("notice_category", "cat", id, &ids));
                }
            }
        },
        write: |v, _| (!v.filter.categories.is_empty()).then(|| v.filter.categories.join(",")),
    },
    Parameter {
        name: "q",
        part: Part::View,
        holds: "a search",
        default: Absent::Means("none"),
        limits: Limits::Chars(MAX_SEARCH_CHARS),
        read: |r, raw| {
            if raw.contains('\u{fffd}') {
                return r.notices.push(Notice::ignored("notice_garbled", "q", raw));
            }
            let (query, notice) = Filter::bounded_query(raw.trim());
            r.view.filter.query = query.trim_end().to_owned();
            r.notices.extend(notice);
        },
        write: |v, _| Some(v.filter.query.trim()).filter(|q| !q.is_empty()).map(str::to_owned),
    },
    Parameter {
        name: "meet",
        part: Part::View,
        holds: "meetings shown, by year, comma-separated",
        default: Absent::Means("all"),
        limits: Limits::Text("the corpus's meeting years"),
        read: |r, raw| {
            for part in raw.split(',').map(str::trim).filter(|s| !s.is_empty()) {
                match part.parse::<u16>().ok().filter(|y| r.analysis.meeting_of_year(*y).is_some()) {
                    Some(year) => added(&mut r.view.filter.meetings, year),
                    None => {
                        let years = years(r.analysis);
                        let ids: Vec<&str> = years.iter().map(String::as_str).collect();
                        r.notices.push(Notice::unknown("notice_meeting", "meet", part, &ids));
                    }
                }
            }
        },
        write: |v, _| {
            let years: Vec<String> = v.filter.meetings.iter().map(|&y| digits(y.into())).collect();
            (!years.is_empty()).then(|| years.join(","))
        },
    },
    Parameter {
        name: "show",
        part: Part::View,
        holds: "which cells: every one, an area where it is first named, or where it continues",
        default: Absent::Value(SHOW_NAMES[0]),
        limits: Limits::Choices(&SHOW_NAMES),
        read: |r, raw| r.view.filter.show = r.choice(&SHOW, "show", raw),
        write: |v, _| written(&SHOW, v.filter.show),
    },
    Parameter {
        name: "sort",
        part: Part::View,
        holds: "the rows' order in each category: first named, most mentioned, A–Z",
        default: Absent::Value(SORT_NAMES[0]),
        limits: Limits::Choices(&SORT_NAMES),
        read: |r, raw| r.view.filter.sort = r.choice(&SORT, "sort", raw),
        write: |v, _| written(&SORT, v.filter.sort),
    },
    Parameter {
        name: "theme",
        part: Part::View,
        holds: "the colours: the reader's system setting, light or dark",
        default: Absent::Value(THEME_NAMES[0]),
        limits: Limits::Choices(&THEME_NAMES),
        read: |r, raw| r.view.theme = r.choice(&THEME, "theme", raw),
        write: |v, _| written(&THEME, v.theme),
    },
    Parameter {
        name: "cell",
        part: Part::Opened,
        holds: "a cell whose evidence is open, `<area id>:<year>`",
        default: Absent::Means("none"),
        limits: Limits::Text("an area named at that meeting"),
        // Read last (see `read`): an article named too wins.
        read: |r, raw| r.cell = Some(raw.to_owned()),
        write: |v, _| match &v.open {
            Some(Open::Evidence { topic, year }) => Some(Open::cell_key(topic, *year)),
            _ => None,
        },
    },
    Parameter {
        name: "article",
        part: Part::Opened,
        holds: "an article open in the reading view, by id",
        default: Absent::Means("none"),
        limits: Limits::Text("the corpus's article ids"),
        read: |r, raw| match r.analysis.document_index(raw.trim()) {
            Some(_) => r.view.open = Some(Open::Article(raw.trim().to_owned())),
            None => {
                let ids: Vec<&str> = r.analysis.documents.iter().map(|d| &*d.id).collect();
                r.notices.push(Notice::unknown("notice_article", "article", raw, &ids));
            }
        },
        write: |v, _| match &v.open {
            Some(Open::Article(id)) => Some(id.clone()),
            _ => None,
        },
    },
    Parameter {
        name: "plain",
        part: Part::Embed,
        holds: "the matrix and filters only, no header or footer",
        default: Absent::Value(PLAIN_NO[0]),
        limits: Limits::Text("`1`, `true`, `yes` or empty; `0`, `false`, `no`"),
        read: |r, raw| match raw.trim().to_ascii_lowercase().as_str() {
            yes if PLAIN_YES.contains(&yes) => r.embed.plain = true,
            no if PLAIN_NO.contains(&no) => r.embed.plain = false,
            _ => r.notices.push(Notice::new("notice_plain").with("value", quoted(raw))),
        },
        write: |_, e| e.plain.then(|| PLAIN_YES[0].to_owned()),
    },
    Parameter {
        name: "id",
        part: Part::Embed,
        holds: "the id in the embed's height messages (ours and Datawrapper's)",
        default: Absent::Value(DEFAULT_ID),
        limits: Limits::Id,
        read: |r, raw| match EmbedOptions::valid_id(raw.trim()) {
            true => r.embed.id = raw.trim().to_owned(),
            false => r.notices.push(Notice::new("notice_id").with("key", "id").with("value", quoted(raw))),
        },
        write: |_, e| (e.id != DEFAULT_ID).then(|| e.id.clone()),
    },
    Parameter {
        name: "childId",
        part: Part::Embed,
        holds: "pym.js's child id; pym's height messages are sent only with it",
        default: Absent::Means("none"),
        limits: Limits::Id,
        read: |r, raw| match EmbedOptions::valid_id(raw.trim()) {
            true => r.embed.child_id = Some(raw.trim().to_owned()),
            false => r.notices.push(Notice::new("notice_id").with("key", "childId").with("value", quoted(raw))),
        },
        write: |_, e| e.child_id.clone(),
    },
    Parameter {
        name: "lang",
        part: Part::Embed,
        holds: "the page's language (see Languages)",
        default: Absent::Means("the reader's"),
        limits: Limits::Text("a code of `src/locales/`"),
        read: |r, raw| match Locale::from_tag(raw.trim()) {
            Some(locale) => r.embed.lang = locale,
            None => {
                let choices: Vec<&str> = Locale::ALL.iter().map(|l| l.code()).collect();
                r.notices
                    .push(Notice::new("notice_lang").with("value", quoted(raw)).with("choices", choices.join(", ")))
            }
        },
        write: |_, e| (e.lang != Locale::En).then(|| e.lang.code().to_owned()),
    },
    host(
        "hostlang",
        "the host page's language, which `embed.js` passes: the page picks its language by it when `lang` is absent",
    ),
    host("initialWidth", "added by pym.js: the frame's first width; the widget measures its own"),
    host("parentTitle", "added by pym.js: the host page's title, deliberately unread"),
    host("parentUrl", "added by pym.js: the host page's address, deliberately unread"),
    host("utm_source", CAMPAIGN),
    host("utm_medium", CAMPAIGN),
    host("utm_campaign", CAMPAIGN),
    host("fbclid", CAMPAIGN),
    host("gclid", CAMPAIGN),
];

/// What the campaign parameters of the page around the widget hold.
const CAMPAIGN: &str = "campaign tracking of the page around the widget";

/// A parameter the host page or its script adds.
const fn host(name: &'static str, holds: &'static str) -> Parameter {
    Parameter {
        name,
        part: Part::Host,
        holds,
        default: Absent::Means("none"),
        limits: Limits::Text(""),
        read: |_, _| {},
        write: |_, _| None,
    }
}

/// A link being read.
struct Reading<'a> {
    analysis: &'a Analysis,
    view: UrlState,
    embed: EmbedOptions,
    notices: Vec<Notice>,
    cell: Option<String>,
}

impl Reading<'_> {
    /// The choice `raw` names in `table`, or the default with a notice.
    fn choice<T: Copy + Default>(&mut self, table: &[(T, &str)], key: &str, raw: &str) -> T {
        match table.iter().find(|(_, n)| n.eq_ignore_ascii_case(raw.trim())) {
            Some((value, _)) => *value,
            None => {
                let names: Vec<&str> = table.iter().map(|(_, n)| *n).collect();
                self.notices.push(Notice::ignored("notice_choice", key, raw).with("choices", names.join(", ")));
                T::default()
            }
        }
    }
}

/// How `value` is written, unless it is the default (the table's first).
fn written<T: Copy + PartialEq>(table: &[(T, &'static str)], value: T) -> Option<String> {
    let at = table.iter().position(|(v, _)| *v == value)?;
    (at > 0).then(|| table[at].1.to_owned())
}

/// Reads decoded query pairs against the corpus: the view, the embed's
/// options, and a notice for each parameter left out.
pub fn read(pairs: &[(String, String)], analysis: &Analysis) -> (UrlState, EmbedOptions, Vec<Notice>) {
    let mut r = Reading {
        analysis,
        view: UrlState::default(),
        embed: EmbedOptions::default(),
        notices: Vec::new(),
        cell: None,
    };
    for (key, raw) in pairs {
        match PARAMETERS.iter().find(|p| p.name == key) {
            Some(parameter) => (parameter.read)(&mut r, raw),
            None => r.notices.push(Notice::ignored("notice_setting", key, key)),
        }
    }
    if let Some(raw) = r.cell.take() {
        match Open::cell(&raw, analysis) {
            Some(open) if r.view.open.is_none() => r.view.open = Some(open),
            Some(_) => {}
            None => r.notices.push(Open::cell_notice(&raw, analysis)),
        }
    }
    (r.view, r.embed, r.notices)
}

/// The query pairs of the parameters in `parts`, leaving out defaults, in
/// the table's order.
pub fn write(view: &UrlState, embed: &EmbedOptions, parts: &[Part]) -> Vec<(&'static str, String)> {
    PARAMETERS
        .iter()
        .filter(|p| parts.contains(&p.part))
        .filter_map(|p| Some((p.name, (p.write)(view, embed)?)))
        .collect()
}

impl Theme {
    /// The theme as a link writes it (`auto`, `light`, `dark`).
    pub fn name(self) -> &'static str {
        THEME.iter().find(|(t, _)| *t == self).map_or(THEME_NAMES[0], |(_, n)| n)
    }
}

impl Parameter {
    /// What values it takes, in Markdown.
    pub fn limits(&self) -> String {
        match self.limits {
            Limits::Choices(names) => names.iter().map(|n| ["`", n, "`"].concat()).collect::<Vec<_>>().join(", "),
            Limits::Text(text) => text.to_owned(),
            Limits::Chars(n) => ["at most ", &digits(n), " characters"].concat(),
            Limits::Id => ["letters, digits, `-` and `_`, at most ", &digits(MAX_ID_CHARS), " characters"].concat(),
        }
    }
}

/// The README's list of parameters: a table of those the widget reads,
/// then a line naming those it accepts unread.
pub fn markdown() -> String {
    let mut out =
        String::from("| parameter | part | holds | when absent | values |\n| --- | --- | --- | --- | --- |\n");
    let mut unread = Vec::new();
    for p in PARAMETERS {
        let part = match p.part {
            Part::View => "view",
            Part::Opened => "opens",
            Part::Embed => "embed",
            Part::Host => {
                unread.push(["`", p.name, "` (", p.holds, ")"].concat());
                continue;
            }
        };
        let default = match p.default {
            Absent::Value(value) => ["`", value, "`"].concat(),
            Absent::Means(words) => words.to_owned(),
        };
        out.push_str(
            &["| `", p.name, "` | ", part, " | ", p.holds, " | ", &default, " | ", &p.limits(), " |\n"].concat(),
        );
    }
    out.push_str("\nAccepted without a notice and never written back: ");
    out.push_str(&unread.join("; "));
    let (bytes, count) = (grouped(super::bounds::MAX_QUERY_BYTES), grouped(super::bounds::MAX_PARAMETERS));
    out.push_str(&[".\n\nA link is read up to ", &bytes, " characters and ", &count, " parameters (the first of a repeated parameter counts); what is cut, and every unknown or malformed value, is named in a notice.\n"].concat());
    out
}

#[cfg(all(test, feature = "parse"))]
mod tests;
