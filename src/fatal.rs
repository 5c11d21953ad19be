//! The last resort. A panic kills a WebAssembly app: its frame would stay
//! frozen or go blank. The hook installed here replaces the widget with a
//! short message, the error's text and a reload link (an embedding page
//! hears the new height from static/head.js, which watches the page's size).
//! It uses only plain DOM calls that cannot panic themselves.

use crate::{browser, data};
use summit_core::i18n::Locale;
use web_sys::{Document, Element};

/// What the hook says, in the reader's language, decided before any panic.
struct Words {
    message: &'static str,
    reload: &'static str,
    detail: &'static str,
}

/// Installs the hook; call first thing at start-up. (Through Yew, which
/// would otherwise put its own console-only hook in place when it renders.)
pub fn install(locale: Locale) {
    let texts = data::texts(locale);
    let words =
        Words { message: texts.ui("fatal"), reload: texts.ui("fatal_reload"), detail: texts.ui("fatal_detail") };
    yew::set_custom_panic_hook(Box::new(move |info| {
        // The payload as text, not the whole message formatted with its
        // place in the source: the formatting machinery stays out of the
        // WebAssembly, and a reader has no use for a file and line.
        let detail = info.payload_as_str().unwrap_or("a panic without a message");
        gloo::console::error!("Summit Matrix stopped:", detail);
        replace_widget(&words, detail);
    }));
}

fn replace_widget(words: &Words, detail: &str) -> Option<()> {
    let document = web_sys::window()?.document()?;
    let root = document.get_element_by_id("summit-matrix").or_else(|| document.body().map(Element::from))?;
    let alert = element(&document, "div", "sm sm-fatal")?;
    alert.set_attribute("role", "alert").ok()?;
    let message = element(&document, "p", "sm-fatal-message")?;
    message.set_text_content(Some(words.message));
    let reload = element(&document, "a", "sm-button")?;
    reload.set_attribute("href", &browser::location_href()).ok()?;
    reload.set_text_content(Some(words.reload));
    let technical = element(&document, "p", "sm-fatal-detail")?;
    technical.set_text_content(Some(&words.detail.replace("{detail}", detail)));
    alert.append_with_node_3(&message, &reload, &technical).ok()?;
    root.replace_children_with_node_1(&alert);
    document.document_element()?.set_attribute("data-sm-failed", "").ok()
}

fn element(document: &Document, tag: &str, class: &str) -> Option<Element> {
    let element = document.create_element(tag).ok()?;
    element.set_class_name(class);
    Some(element)
}
