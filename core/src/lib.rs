//! Summit Matrix core: everything the widget knows, with no UI in it.
//!
//! The folders are the pipeline's stages, in order; a stage uses only the
//! stages before it and the shared vocabulary below (`tests/layout.rs` holds
//! every `use crate::` to that order):
//!
//! 1. [`corpus`]: article files in, [`Document`]s out (front matter read,
//!    site chrome cleaned off, sentences split).
//! 2. [`analysis`]: documents and the editable taxonomy in, the topic ×
//!    meeting matrix with its evidence and the broadening story out
//!    ([`Analysis`]); the search that filters it.
//! 3. [`embedded`]: the corpus the build compiles in, analysed, and the
//!    analysis written as Rust source so the browser decodes nothing.
//! 4. [`link`]: a shared link's query string in, the reader's state out
//!    (filter, theme, what is open, the embed's options), and back: one
//!    table of parameters.
//! 5. [`view`]: the analysis and that state in, ready-to-render view models
//!    out.
//! 6. [`export`]: what the widget writes for people and machines: JSON and
//!    CSV, the coverage report, the oEmbed responses and view pages.
//!
//! Shared by every stage: the data model ([`model`], [`date`]), the
//! interface texts and locales ([`i18n`]), notices ([`notice`]), input
//! errors ([`error`]), numbers ([`number`]) and escaping ([`escape`]).
#![deny(rustdoc::broken_intra_doc_links, rustdoc::private_intra_doc_links)]

pub mod date;
pub mod escape;
pub mod i18n;
pub mod model;
pub mod notice;
pub mod number;

#[cfg(feature = "parse")]
pub mod error;

#[cfg(feature = "parse")]
pub mod corpus;

pub mod analysis;

#[cfg(feature = "parse")]
pub mod embedded;

pub mod link;

pub mod view;

pub mod export;

#[cfg(all(test, feature = "parse"))]
mod testing;

pub use model::{Analysis, Block, Category, Document, Evidence, List, Meeting, Span, Text, Topic};
