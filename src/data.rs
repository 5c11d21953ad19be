//! The analysis and the locales' texts made at build time, decoded once and
//! shared by every component, with the search index for the reader's locale
//! (folded on the first search).

use std::rc::Rc;
use summit_core::i18n::{Locale, Texts};
use summit_core::view::SearchIndex;
use summit_core::Analysis;
use yew::prelude::*;

static ANALYSIS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/analysis.postcard"));
static TEXTS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/texts.postcard"));

/// The analysis, the reader's texts and the search index (empty until the
/// first search).
#[derive(Debug)]
pub struct Data {
    pub analysis: Analysis,
    pub texts: SharedTexts,
    pub index: SearchIndex,
}

/// A cheap handle on data made once: equal when it is the same data, so a
/// prop or context holding it never compares contents.
#[derive(Debug, Default)]
pub struct Same<T>(pub Rc<T>);

impl<T> Clone for Same<T> {
    fn clone(&self) -> Self {
        Self(Rc::clone(&self.0))
    }
}

impl<T> PartialEq for Same<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> std::ops::Deref for Same<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

/// The analysis, texts and index, shared with every component.
pub type Shared = Same<Data>;

/// The reader's texts, shared by context with every component.
pub type SharedTexts = Same<Texts>;

thread_local! {
    /// Every locale's texts, decoded once (English first).
    static ALL_TEXTS: Vec<Rc<Texts>> =
        postcard::from_bytes::<Vec<Texts>>(TEXTS).unwrap_or_default().into_iter().map(Rc::new).collect();
}

/// The texts of `locale` (English if the build has none for it).
pub fn texts(locale: Locale) -> Rc<Texts> {
    ALL_TEXTS.with(|all| all.iter().find(|t| t.locale == locale).or(all.first()).cloned().unwrap_or_default())
}

/// Decodes the embedded analysis for a reader of `locale`. An error here
/// means a broken build, and the widget says so instead of going blank.
pub fn load(locale: Locale) -> Result<Shared, String> {
    let texts = texts(locale);
    let analysis: Analysis =
        postcard::from_bytes(ANALYSIS).map_err(|e| texts.fill("data_error", &[("error", &e.to_string())]))?;
    let index = SearchIndex::new();
    Ok(Same(Rc::new(Data { analysis, texts: Same(texts), index })))
}

/// The reader's texts, from the [`App`](crate::App)'s context (outside one,
/// empty texts that show each string's key).
#[hook]
pub fn use_texts() -> SharedTexts {
    use_context::<SharedTexts>().unwrap_or_default()
}
