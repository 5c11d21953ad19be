//! Summit Matrix core: everything the widget knows, with no UI in it.
//!
//! Articles go in ([`corpus`]), are cleaned of site chrome by editable rules
//! ([`cleaning`]), split into sentences ([`sentences`]) and matched against an
//! editable taxonomy of areas of cooperation ([`taxonomy`], [`matching`]).
//! [`analysis`] builds the topic × meeting matrix with its evidence and the
//! broadening statistics; [`filter`] and [`view`] turn it into what the widget
//! renders; [`export`] writes it as JSON or CSV.
#![deny(rustdoc::broken_intra_doc_links, rustdoc::private_intra_doc_links)]

pub mod analysis;
pub mod date;
pub mod embed;
pub mod escape;
pub mod export;
pub mod filter;
pub mod i18n;
pub mod link;
pub mod model;
pub mod notice;
pub mod number;
pub mod oembed;
pub mod query;
pub mod search;
pub mod text;
pub mod view;

#[cfg(feature = "parse")]
pub mod cleaning;
#[cfg(feature = "parse")]
pub mod corpus;
#[cfg(feature = "parse")]
pub mod coverage;
#[cfg(feature = "parse")]
pub mod embedded;
#[cfg(feature = "parse")]
pub mod error;
#[cfg(feature = "parse")]
pub mod matching;
#[cfg(feature = "parse")]
pub mod rust_source;
#[cfg(feature = "parse")]
pub mod sentences;
#[cfg(feature = "parse")]
pub mod synthetic;
#[cfg(feature = "parse")]
pub mod taxonomy;
#[cfg(all(test, feature = "parse"))]
mod testing;

pub use model::{Analysis, Block, Category, Document, Evidence, List, Meeting, Span, Text, Topic};
