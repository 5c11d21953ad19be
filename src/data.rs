//! The analysis made at build time, decoded once and shared by every
//! component, with the search index built from it.

use std::rc::Rc;
use summit_core::view::SearchIndex;
use summit_core::Analysis;

static EMBEDDED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/analysis.postcard"));

/// The analysis and its search index, shared by `Rc`.
#[derive(Debug)]
pub struct Data {
    pub analysis: Analysis,
    pub index: SearchIndex,
}

/// A cheap handle on [`Data`]; equal when it is the same data.
#[derive(Clone, Debug)]
pub struct Shared(pub Rc<Data>);

impl PartialEq for Shared {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl std::ops::Deref for Shared {
    type Target = Data;
    fn deref(&self) -> &Data {
        &self.0
    }
}

/// Decodes the embedded analysis. An error here means a broken build, and
/// the widget says so instead of going blank.
pub fn load() -> Result<Shared, String> {
    let analysis: Analysis = postcard::from_bytes(EMBEDDED).map_err(|e| {
        format!("The embedded data could not be read ({e}). Please reload; if it persists, the build is broken.")
    })?;
    let index = SearchIndex::new(&analysis);
    Ok(Shared(Rc::new(Data { analysis, index })))
}
