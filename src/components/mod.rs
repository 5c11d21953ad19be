//! The widget's components, one per file. Each maps a view from
//! `summit_core::view` to markup and reports what the reader did through
//! `on<verb>` callbacks; none computes anything. The header, its chart, the
//! footer, the static note and the no-script articles are rendered by the
//! build only (`crate::page`): they never change (the footer's embed code
//! aside, which `hooks::use_footer` keeps current), so the browser leaves
//! them as the prerendered HTML and hydrates only the live part.

pub mod app;
pub mod chart;
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
pub mod status_bar;

/// The CSS class of category `i`'s colour (six hues, repeating).
pub fn category_class(i: usize) -> &'static str {
    const CLASSES: [&str; 6] = ["sm-cat-1", "sm-cat-2", "sm-cat-3", "sm-cat-4", "sm-cat-5", "sm-cat-6"];
    CLASSES[i % CLASSES.len()]
}
