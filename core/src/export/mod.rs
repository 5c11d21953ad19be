//! Stage 6, export. In: the analysis and a view. Out: files for people and
//! machines: the matrix as JSON (documents, years, topics with their cells
//! and evidence) and CSV (one row per area and meeting), for the whole
//! corpus or the reader's current view; the coverage report ([`coverage`]);
//! the oEmbed responses and view pages ([`oembed`]). Written by hand so the
//! browser build carries no serialisation framework.

#[cfg(feature = "parse")]
pub mod coverage;
pub mod oembed;

use crate::analysis::Status;
use crate::escape::push_json_string;
use crate::i18n::Texts;
use crate::number::push_digits;
use crate::view::Matrix;
use crate::Analysis;

/// What a reader can download of the current view: the data (CSV, JSON) or
/// the picture (SVG, PNG). Its [`name`](Download::name) is the file's
/// extension and the footer button's `data-download`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Download {
    Csv,
    Json,
    Svg,
    Png,
}

impl Download {
    pub const ALL: [Download; 4] = [Download::Csv, Download::Json, Download::Svg, Download::Png];

    /// `csv`, `json`, `svg`, `png`.
    pub fn name(self) -> &'static str {
        match self {
            Download::Csv => "csv",
            Download::Json => "json",
            Download::Svg => "svg",
            Download::Png => "png",
        }
    }

    /// The download named `name`, if there is one.
    pub fn named(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|d| d.name() == name)
    }

    /// The file's media type.
    pub fn mime(self) -> &'static str {
        match self {
            Download::Csv => "text/csv",
            Download::Json => "application/json",
            Download::Svg => "image/svg+xml",
            Download::Png => "image/png",
        }
    }

    /// The file's name: `summit-matrix.csv`.
    pub fn file_name(self) -> String {
        ["summit-matrix.", self.name()].concat()
    }

    /// Whether it is the picture (drawn by [`Analysis::picture`]) rather than the data.
    pub fn is_picture(self) -> bool {
        matches!(self, Download::Svg | Download::Png)
    }
}

/// Which rows and meetings to write.
#[derive(Clone, Copy)]
pub struct Selection<'a> {
    pub topics: &'a [usize],
    pub meetings: &'a [usize],
    /// The words of the area and category names (a Korean page's download
    /// carries Korean names; the ids beside them stay the same for joins);
    /// `None`: the corpus's own, English.
    pub words: Option<&'a Texts>,
}

impl Matrix<'_> {
    /// The topics (in display order) and meetings of this view.
    pub fn selection(&self) -> (Vec<usize>, Vec<usize>) {
        let topics = self.shown_rows().map(|r| r.topic).collect();
        let meetings = self.shown_columns().map(|c| c.meeting).collect();
        (topics, meetings)
    }
}

fn status_name(status: Status) -> &'static str {
    match status {
        Status::Absent => "absent",
        Status::New => "new",
        Status::Continuing => "continuing",
    }
}

pub(crate) fn json_list<T>(out: &mut String, items: impl IntoIterator<Item = T>, mut each: impl FnMut(&mut String, T)) {
    out.push('[');
    for (i, item) in items.into_iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        each(out, item);
    }
    out.push(']');
}

impl Analysis {
    /// Everything: every area and every meeting.
    pub fn everything(&self) -> (Vec<usize>, Vec<usize>) {
        ((0..self.topics.len()).collect(), (0..self.meetings.len()).collect())
    }

    /// The JSON export of `selection`.
    pub fn to_json(&self, selection: Selection<'_>) -> String {
        let mut o = String::with_capacity(16 * 1024);
        o.push_str("{\"documents\":");
        let docs = selection.meetings.iter().flat_map(|&m| self.meetings[m].documents.iter().map(|&d| usize::from(d)));
        json_list(&mut o, docs, |o, d| {
            let doc = &self.documents[d];
            o.push_str("{\"id\":");
            push_json_string(o, &doc.id);
            o.push_str(",\"year\":");
            push_digits(o, doc.date.year.into());
            o.push_str(",\"date\":\"");
            o.push_str(&doc.date.iso());
            o.push_str("\",\"title\":");
            push_json_string(o, &doc.title);
            o.push_str(",\"lang\":");
            push_json_string(o, &doc.lang);
            o.push_str(",\"source\":");
            push_json_string(o, &doc.source);
            o.push_str(",\"url\":");
            match &doc.url {
                Some(url) => push_json_string(o, url),
                None => o.push_str("null"),
            }
            o.push_str(",\"dropped\":");
            json_list(o, doc.dropped.iter(), |o, line| {
                o.push_str("{\"line\":");
                push_digits(o, line.line as usize);
                o.push_str(",\"rule\":");
                push_json_string(o, &line.rule);
                o.push_str(",\"text\":");
                push_json_string(o, &line.text);
                o.push('}');
            });
            o.push('}');
        });
        o.push_str(",\"years\":");
        json_list(&mut o, selection.meetings, |o, &m| push_digits(o, self.meetings[m].year.into()));
        o.push_str(",\"topics\":");
        json_list(&mut o, selection.topics, |o, &t| {
            let topic = &self.topics[t];
            let statuses = self.statuses(t);
            o.push_str("{\"id\":");
            push_json_string(o, &topic.id);
            o.push_str(",\"label\":");
            push_json_string(o, selection.words.map_or(&*topic.label, |w| w.topic_label(topic)));
            o.push_str(",\"category\":");
            push_json_string(o, &self.categories[usize::from(topic.category)].id);
            o.push_str(",\"description\":");
            push_json_string(o, selection.words.map_or(&*topic.description, |w| w.topic_description(topic)));
            o.push_str(",\"cells\":");
            json_list(o, selection.meetings, |o, &m| {
                let evidence = self.evidence(t, m);
                o.push_str("{\"year\":");
                push_digits(o, self.meetings[m].year.into());
                o.push_str(",\"count\":");
                push_digits(o, evidence.len());
                o.push_str(",\"status\":\"");
                o.push_str(status_name(statuses[m]));
                o.push_str("\",\"evidence\":");
                json_list(o, evidence, |o, e| {
                    let text = self.sentence(e);
                    o.push_str("{\"doc\":");
                    push_json_string(o, &self.documents[usize::from(e.doc)].id);
                    o.push_str(",\"text\":");
                    push_json_string(o, text);
                    o.push_str(",\"terms\":");
                    json_list(o, e.marks.iter(), |o, s| push_json_string(o, &text[s.start as usize..s.end as usize]));
                    o.push('}');
                });
                o.push('}');
            });
            o.push('}');
        });
        o.push_str("}\n");
        o
    }

    /// The CSV export of `selection`: one row per area and meeting.
    pub fn to_csv(&self, selection: Selection<'_>) -> String {
        let mut o = String::from("topic_id,topic,category_id,category,year,count,status\r\n");
        for &t in selection.topics {
            let topic = &self.topics[t];
            let category = &self.categories[usize::from(topic.category)];
            let (label, category_label) = match selection.words {
                Some(w) => (w.topic_label(topic), w.category(category)),
                None => (&*topic.label, &*category.label),
            };
            let statuses = self.statuses(t);
            for &m in selection.meetings {
                let cells = [&*topic.id, label, &*category.id, category_label];
                for field in cells {
                    csv_field(&mut o, field);
                    o.push(',');
                }
                push_digits(&mut o, self.meetings[m].year.into());
                o.push(',');
                push_digits(&mut o, self.evidence(t, m).len());
                o.push(',');
                o.push_str(status_name(statuses[m]));
                o.push_str("\r\n");
            }
        }
        o
    }
}

fn csv_field(out: &mut String, field: &str) {
    // A leading =, +, -, @, tab or carriage return can make spreadsheets
    // read the field as a formula (OWASP's CSV injection list).
    let guarded = field.starts_with(['=', '+', '-', '@', '\t', '\r']);
    if guarded || field.contains([',', '"', '\n', '\r']) {
        out.push('"');
        if guarded {
            out.push('\'');
        }
        out.push_str(&field.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(field);
    }
}

#[cfg(all(test, feature = "parse"))]
mod tests;
