//! The widget's components, one per file. Each maps a view from
//! `summit_core::view` to markup and reports what the reader did through
//! `on<verb>` callbacks; none computes anything.

pub mod app;
pub mod chart;
pub mod embed_code;
pub mod evidence_panel;
pub mod filters;
pub mod footer;
pub mod header;
pub mod marked_text;
pub mod matrix_cell;
pub mod matrix_row;
pub mod matrix_table;
pub mod noscript_articles;
pub mod notices;
pub mod reading_view;
pub mod source_list;
pub mod status_bar;
pub mod widget;

/// The CSS class of category `i`'s colour (six hues, repeating).
pub fn category_class(i: usize) -> String {
    format!("sm-cat-{}", i % 6 + 1)
}
