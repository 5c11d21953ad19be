//! The widget's components, one per file. Each maps a view from
//! [`summit_core::view`] to markup and reports what the reader did through
//! `on<verb>` callbacks; none computes anything. The header, its chart, the
//! evidence of every cell, the footer, the notes and the articles page are
//! rendered by the build only ([`crate::page`]): they never change (the
//! footer's embed code aside, which [`crate::hooks::use_footer_view`] keeps
//! current), so the browser leaves them as the prerendered HTML and
//! hydrates only the live part. This module also names the ids that tie
//! the parts together: a cell, its evidence, a sentence in an article.

pub mod app;
pub mod chart;
pub mod evidence_panel;
pub mod filters;
pub mod footer;
pub mod header;
pub mod live_matrix;
pub mod marked_text;
pub mod matrix_cell;
pub mod matrix_row;
pub mod matrix_table;
pub mod noscript_articles;
pub mod notices;
pub mod reading_view;
pub mod status_bar;

use summit_core::number::push_digits;

/// The id of a cell's button: `sm-cell-<area>-<year>`.
pub fn cell_id(topic: &str, year: u16) -> String {
    id("sm-cell-", topic, year.into())
}

/// The id of a cell's evidence, the popover its button opens: `sm-ev-<area>-<year>`.
pub fn panel_id(topic: &str, year: u16) -> String {
    id("sm-ev-", topic, year.into())
}

/// How every sentence's id begins (see [`sentence_id`]).
pub const SENTENCE_ID_PREFIX: &str = "sm-s-";

/// The id of sentence `index` of the article `doc` where it is read (the
/// articles page, the reading view): `sm-s-<article>-<index>`.
pub fn sentence_id(doc: &str, index: u32) -> String {
    id(SENTENCE_ID_PREFIX, doc, index as usize)
}

fn id(prefix: &str, name: &str, number: usize) -> String {
    let mut id = String::with_capacity(prefix.len() + name.len() + 6);
    id.push_str(prefix);
    id.push_str(name);
    id.push('-');
    push_digits(&mut id, number);
    id
}

/// The CSS class of category `i`'s colour (six hues, repeating).
pub fn category_class(i: usize) -> &'static str {
    const CLASSES: [&str; 6] = ["sm-cat-1", "sm-cat-2", "sm-cat-3", "sm-cat-4", "sm-cat-5", "sm-cat-6"];
    CLASSES[i % CLASSES.len()]
}
