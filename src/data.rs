//! The analysis and the locales' texts, made at build time (`build.rs`) and
//! compiled in as `static` data: nothing is decoded or allocated to start,
//! and every view borrows from them for the life of the page.

use std::rc::Rc;
use summit_core::i18n::{Locale, Texts};
use summit_core::view::Story;
use summit_core::Analysis;

/// What `build.rs` wrote: [`ANALYSIS`](compiled::ANALYSIS) and [`TEXTS`](compiled::TEXTS), in the model's own types.
#[allow(unused_imports)] // the data need not use every type (a corpus without dropped lines)
mod compiled {
    use std::borrow::Cow;
    use summit_core::date::Date;
    use summit_core::i18n::{Locale, MeetingText, Texts, TopicText};
    use summit_core::model::{Analysis, Block, Category, Document, Dropped, Evidence, Meeting, Span, Topic};
    use summit_core::view::Story;

    include!(concat!(env!("OUT_DIR"), "/data.rs"));
}

/// The analysis of the embedded corpus.
pub fn analysis() -> &'static Analysis {
    &compiled::ANALYSIS
}

/// The texts of `locale`: in the browser the build carries only its page's
/// locale (see `build.rs`), so any other gives that one; natively, every
/// locale, and one the build lacks gives English.
pub fn texts(locale: Locale) -> &'static Texts {
    let all = compiled::TEXTS;
    all.iter().find(|t| t.locale == locale).unwrap_or(&all[0])
}

/// The header's story in `locale`, its headline, deck and credit line, made
/// by the build (the page's header is static; the pictures draw it too).
pub fn story(locale: Locale) -> Story<'static> {
    let all = compiled::TEXTS;
    compiled::STORIES[all.iter().position(|t| t.locale == locale).unwrap_or(0)]
}

/// A view made once (by [`use_memo`](yew::functional::use_memo)) as a handle for props: equal when it is
/// the same view, so comparing props compares a pointer, not the view.
#[derive(Debug)]
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

/// A page's texts as a cheap handle for props: copied freely and equal when
/// it is the same locale's texts, so comparing props never compares strings.
#[derive(Clone, Copy, Debug)]
pub struct Words(pub &'static Texts);

impl Words {
    pub fn of(locale: Locale) -> Self {
        Self(texts(locale))
    }

    /// The interface string `key`, borrowed for the life of the page (so
    /// markup takes it without a copy).
    pub fn ui(self, key: &'static str) -> &'static str {
        self.0.ui(key)
    }

    /// The page string `key` (the build's prerender only: the browser's
    /// copy of the texts has none).
    pub fn page(self, key: &'static str) -> &'static str {
        self.0.page(key)
    }
}

impl PartialEq for Words {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.0, other.0)
    }
}

impl std::ops::Deref for Words {
    type Target = Texts;
    fn deref(&self) -> &Texts {
        self.0
    }
}
