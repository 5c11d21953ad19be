//! Stage 4, the link's state. In: a page's query string. Out: the reader's
//! state ([`UrlState`] and the embed's [`EmbedOptions`](embed::EmbedOptions))
//! and a notice for whatever was left out; and back, the query string of a
//! state ([`write()`]). One table, [`parameters::PARAMETERS`], says for every
//! parameter what it holds, its default and limits, and how it is read
//! and written.
//!
//! [`query`] decodes and encodes query strings; [`bounds`] caps what one
//! link can ask for; [`filter`] is the reader's filter and [`display`] the
//! theme and what is open; [`history`] which views get a history entry;
//! [`embed`] the embed's options; [`address`]
//! names the pages of a view and [`snippets`] writes what a newsroom pastes.

pub mod address;
pub mod bounds;
pub mod display;
pub mod embed;
pub mod filter;
pub mod history;
pub mod parameters;
pub mod query;
pub mod snippets;

use display::{Open, Theme};
use filter::Filter;

/// Everything a shared link carries about the view: the filter, the theme
/// and what is open.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct UrlState {
    pub filter: Filter,
    pub theme: Theme,
    pub open: Option<Open>,
}

impl UrlState {
    /// The default view narrowed to `categories` and `meetings` (each
    /// sorted, as a filter keeps them): a view that can have a page of its
    /// own ([`address::views`]).
    pub fn narrowed(categories: Vec<String>, meetings: Vec<u16>) -> Self {
        Self { filter: Filter { categories, meetings, ..Filter::default() }, ..Self::default() }
    }
}

/// A page's query string (leading `?` optional) read within
/// [`bounds`]: the view, the embed's options, and a notice for everything
/// left out or cut.
pub fn read(query: &str, analysis: &crate::Analysis) -> (UrlState, embed::EmbedOptions, Vec<crate::notice::Notice>) {
    let (pairs, mut notices) = bounds::parameters(query);
    let (view, embed, more) = parameters::read(&pairs, analysis);
    notices.extend(more);
    (view, embed, notices)
}

/// The query pairs a page's own address keeps for `view` and `embed`: the
/// view, what is open and the embed's options, without defaults.
pub fn write(view: &UrlState, embed: &embed::EmbedOptions) -> Vec<(&'static str, String)> {
    use parameters::Part;
    parameters::write(view, embed, &[Part::View, Part::Opened, Part::Embed])
}
