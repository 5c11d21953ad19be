//! Stage 1, reading the corpus. In: article files (TOML front matter
//! between `+++` lines, then the article as published). Out: a
//! [`Document`] per file, its body cleaned of site chrome by the editable
//! rules ([`cleaning`]) and split into sentences ([`sentences`]). Parsing
//! checks every field and names the file and line of any problem.

pub mod cleaning;
pub mod sentences;

use crate::date::Date;
use crate::error::{line_of, InputError};
use crate::model::{Block, Document, Dropped, Text};
use cleaning::{Cleaned, Cleaning};
use serde::Deserialize;
use std::collections::HashMap;
use std::path::Path;

/// A short line without closing punctuation is a section heading.
const HEADING_MAX_WORDS: usize = 10;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct FrontMatter {
    id: Option<String>,
    title: String,
    lang: Option<String>,
    date: toml::Value,
    published: Option<toml::Value>,
    source: String,
    url: Option<String>,
    place: Option<String>,
    #[serde(default)]
    participants: Vec<String>,
}

/// Parses one corpus file. `name` is its file name, which gives the id when
/// the front matter has none.
pub fn parse_file(name: &str, text: &str, cleaning: &Cleaning) -> Result<Document, InputError> {
    let err = |line: usize, message: String| InputError::new(name, line, message);
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let Some(after_open) = text.strip_prefix("+++\n").or_else(|| text.strip_prefix("+++\r\n")) else {
        return Err(err(1, "expected '+++' to open the TOML front matter on the first line".into()));
    };
    let open_len = text.len() - after_open.len();
    let close = after_open
        .match_indices("+++")
        .find(|(at, _)| *at == 0 || after_open.as_bytes()[at - 1] == b'\n')
        .map(|(at, _)| at)
        .ok_or_else(|| err(1, "the front matter opened on line 1 is never closed with '+++'".into()))?;
    let front = &after_open[..close];
    let after_close = &after_open[close + 3..];
    let newline = after_close.len() - after_close.trim_start_matches([' ', '\t', '\r']).trim_start_matches('\n').len();
    let body_offset = open_len + close + 3 + newline.min(after_close.find('\n').map_or(0, |n| n + 1));
    let front_line = |offset: usize| line_of(text, open_len + offset);
    let field_line = |key: &str| {
        front
            .lines()
            .scan(0, |at, l| {
                let start = *at;
                *at += l.len() + 1;
                Some((start, l))
            })
            .find(|(_, l)| {
                l.trim_start().starts_with(key)
                    && l[l.find(key).unwrap_or(0) + key.len()..].trim_start().starts_with('=')
            })
            .map_or(1, |(start, _)| front_line(start))
    };

    let meta: FrontMatter = toml::from_str(front).map_err(|e| {
        err(e.span().map_or(1, |s| front_line(s.start)), format!("front matter: {}", e.message().trim()))
    })?;
    let date = parse_date(&meta.date).map_err(|m| err(field_line("date"), format!("date: {m}")))?;
    let published = match &meta.published {
        Some(v) => Some(parse_date(v).map_err(|m| err(field_line("published"), format!("published: {m}")))?),
        None => None,
    };
    for (key, value) in [("title", &meta.title), ("source", &meta.source)] {
        if value.trim().is_empty() {
            return Err(err(field_line(key), format!("{key} is empty")));
        }
    }
    let id = meta
        .id
        .clone()
        .unwrap_or_else(|| Path::new(name).file_stem().and_then(|s| s.to_str()).unwrap_or(name).to_owned());
    if id.is_empty() || !id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_') {
        return Err(err(field_line("id"), format!("id '{id}' must be letters, digits, '-' or '_'")));
    }

    let lang = meta.lang.as_deref().map(str::trim).unwrap_or("en");
    if !language_tag(lang) {
        return Err(err(field_line("lang"), format!("lang '{lang}' is not a language tag like en or ko")));
    }
    let url = match meta.url.as_deref().map(str::trim).filter(|u| !u.is_empty()) {
        Some(url) => Some(web_address(url).map_err(|m| err(field_line("url"), format!("url: {m}")))?),
        None => None,
    };

    let body_first_line = line_of(text, body_offset);
    let Body { sentences, lines, blocks, dropped } =
        parse_body(&text[body_offset..], body_first_line, &meta.title, cleaning);
    if sentences.is_empty() {
        return Err(err(body_first_line, "the article body is empty (after removing site chrome)".into()));
    }
    Ok(Document {
        id: id.into(),
        title: meta.title.trim().to_owned().into(),
        lang: lang.to_owned().into(),
        date,
        published,
        source: meta.source.trim().to_owned().into(),
        url: url.map(Into::into),
        place: meta.place.filter(|p| !p.trim().is_empty()).map(Into::into),
        participants: meta.participants.into_iter().map(Text::from).collect(),
        sentences: sentences.into_iter().map(Text::from).collect(),
        lines: lines.into(),
        blocks: blocks.into(),
        dropped: dropped.into(),
    })
}

/// Whether `tag` looks like a BCP 47 language tag: `en`, `ko`, `en-GB`.
fn language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let primary = parts.next().unwrap_or("");
    (2..=3).contains(&primary.len())
        && primary.chars().all(|c| c.is_ascii_alphabetic())
        && parts.all(|p| (1..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()))
}

/// `url` if it is a plain web address. Anything else (`javascript:`, `data:`,
/// a relative path, a quote or space that could break out of an attribute)
/// is refused, since the widget links to it.
fn web_address(url: &str) -> Result<String, String> {
    let rest = ["https://", "http://"]
        .iter()
        .find_map(|scheme| {
            url.get(..scheme.len()).filter(|s| s.eq_ignore_ascii_case(scheme)).map(|_| &url[scheme.len()..])
        })
        .ok_or_else(|| {
            format!("'{}' must be a web address starting with https:// or http://", crate::notice::quoted(url))
        })?;
    if rest.split(['/', '?', '#']).next().is_none_or(|host| host.is_empty() || host.contains('@')) {
        return Err(format!("'{}' has no host name (or hides one behind '@')", crate::notice::quoted(url)));
    }
    if url.chars().any(|c| c.is_whitespace() || c.is_control() || matches!(c, '"' | '\'' | '<' | '>' | '`' | '\\')) {
        return Err(format!(
            "'{}' has spaces, quotes or angle brackets; percent-encode them",
            crate::notice::quoted(url)
        ));
    }
    Ok(url.to_owned())
}

fn parse_date(value: &toml::Value) -> Result<Date, String> {
    match value {
        toml::Value::String(s) => Date::parse(s),
        toml::Value::Datetime(dt) => match (dt.date, dt.time) {
            (Some(d), None) => Date::new(d.year, d.month, d.day),
            _ => Err(format!("'{dt}' must be a date without a time, like 2021-05-21")),
        },
        other => Err(format!("'{other}' is not a date like 2021-05-21")),
    }
}

/// Cleans the body line by line. In pasted text each line is a paragraph
/// (or a heading); a line that repeats the title is the headline.
/// An article's body once cleaned and split.
struct Body {
    sentences: Vec<String>,
    /// The line of each sentence.
    lines: Vec<u32>,
    blocks: Vec<Block>,
    dropped: Vec<Dropped>,
}

fn parse_body(body: &str, first_line: usize, title: &str, cleaning: &Cleaning) -> Body {
    let mut sentences = Vec::new();
    let mut lines = Vec::new();
    let mut blocks = Vec::new();
    let mut dropped = Vec::new();
    let title_key = sentences::collapse_whitespace(title).to_lowercase();
    for (n, raw) in body.lines().enumerate() {
        let line_no = (first_line + n) as u32;
        let line = raw.trim();
        if line.is_empty() {
            continue;
        }
        let kept = match cleaning.clean(line) {
            Cleaned::Drop(rule) => {
                dropped.push(Dropped { line: line_no, rule: rule.to_owned().into(), text: line.to_owned().into() });
                continue;
            }
            Cleaned::Keep(kept) => kept,
        };
        if sentences::collapse_whitespace(kept).to_lowercase() == title_key {
            dropped.push(Dropped { line: line_no, rule: "headline".into(), text: line.to_owned().into() });
        } else if is_heading(kept) {
            blocks.push(Block::Heading(kept.to_owned().into()));
        } else {
            let first = sentences.len() as u32;
            sentences.extend(sentences::split(kept));
            lines.resize(sentences.len(), line_no);
            blocks.push(Block::Paragraph((first..sentences.len() as u32).collect()));
        }
    }
    Body { sentences, lines, blocks, dropped }
}

fn is_heading(line: &str) -> bool {
    let ends_open = !line.ends_with(['.', '!', '?', ':', ';', ',', '"', '”', '\'', '’', ')']);
    ends_open && line.split_whitespace().count() <= HEADING_MAX_WORDS
}

/// Parses several files; ids must be unique.
pub fn parse_files(files: &[(String, String)], cleaning: &Cleaning) -> Result<Vec<Document>, InputError> {
    let mut seen: HashMap<String, String> = HashMap::new();
    let mut documents = Vec::new();
    for (name, text) in files {
        let doc = parse_file(name, text, cleaning)?;
        if let Some(first) = seen.insert(doc.id.to_string(), name.clone()) {
            // The `id` line when the front matter has one; else the id came from the file name.
            let line =
                text.lines().position(|l| l.trim_start().starts_with("id") && l.contains('=')).map_or(1, |i| i + 1);
            return Err(InputError::new(name, line, format!("duplicate id '{}' (also used by {first})", doc.id)));
        }
        documents.push(doc);
    }
    if documents.is_empty() {
        return Err(InputError::new("corpus", 0, "no articles (expected *.md files with front matter)"));
    }
    Ok(documents)
}

/// Reads every `*.md` file of `dir`, in file-name order.
pub fn read_dir(dir: &Path, cleaning: &Cleaning) -> Result<Vec<Document>, InputError> {
    read_dirs(&[dir], cleaning)
}

/// The articles of several directories as one corpus (the seed articles and
/// a directory with the next meeting's, say); ids must differ across them.
pub fn read_dirs(dirs: &[&Path], cleaning: &Cleaning) -> Result<Vec<Document>, InputError> {
    let mut files = Vec::new();
    for dir in dirs {
        let shown = dir.display().to_string();
        let entries = std::fs::read_dir(dir)
            .map_err(|e| InputError::new(&shown, 0, format!("cannot read the corpus directory: {e}")))?;
        let mut paths: Vec<_> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "md"))
            .collect();
        paths.sort();
        for path in paths {
            let name = path.display().to_string();
            let text =
                std::fs::read_to_string(&path).map_err(|e| InputError::new(&name, 0, format!("cannot read: {e}")))?;
            files.push((name, text));
        }
    }
    parse_files(&files, cleaning)
}

#[cfg(test)]
mod tests;
