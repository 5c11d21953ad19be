//! The few things the widget asks of the browser: the query string, the
//! theme attribute, focus, the page's evidence popovers, key and click
//! listeners, and downloads. Every failure is ignored on purpose: the
//! widget keeps working without them.

use gloo::events::{EventListener, EventListenerOptions};
use gloo::utils::{document, window};
use wasm_bindgen::JsCast;
use web_sys::{Element, Event, HtmlElement, KeyboardEvent, MouseEvent};
use yew::NodeRef;

/// The page's query string, without `?`.
pub fn location_query() -> String {
    window().location().search().unwrap_or_default().trim_start_matches('?').to_owned()
}

/// The page's address with `query` as its query string.
fn address_with(query: &str) -> String {
    let path = window().location().pathname().unwrap_or_default();
    if query.is_empty() {
        path
    } else {
        [path.as_str(), "?", query].concat()
    }
}

/// What the widget writes in the history entries it adds (the reading view's).
const READING_ENTRY: &str = "summit-matrix:reading";

/// Puts `query` in the address bar without a reload or a history entry.
pub fn replace_query(query: &str) {
    if let Ok(history) = window().history() {
        let state = history.state().unwrap_or(wasm_bindgen::JsValue::NULL);
        let _ = history.replace_state_with_url(&state, "", Some(&address_with(query)));
    }
}

/// Adds a history entry for the reading view, at `query`.
pub fn push_reading_entry(query: &str) {
    if let Ok(history) = window().history() {
        let _ = history.push_state_with_url(&READING_ENTRY.into(), "", Some(&address_with(query)));
    }
}

/// Whether the current history entry is one [`push_reading_entry`] added.
pub fn on_reading_entry() -> bool {
    window().history().and_then(|h| h.state()).is_ok_and(|state| state.as_string().as_deref() == Some(READING_ENTRY))
}

/// Goes back one history entry, as the browser's Back button does.
pub fn go_back() {
    if let Ok(history) = window().history() {
        let _ = history.back();
    }
}

/// Calls `f` when the reader goes Back or Forward within the page.
pub fn on_history_step(f: impl Fn() + 'static) -> EventListener {
    EventListener::new(&window(), "popstate", move |_| f())
}

/// Sets `data-theme` on the document (`auto` removes it and lets the
/// reader's system setting decide).
pub fn set_theme(name: &str) {
    if let Some(root) = document().document_element() {
        let _ =
            if name == "auto" { root.remove_attribute("data-theme") } else { root.set_attribute("data-theme", name) };
    }
}

/// Sets (or removes) the boolean attribute `name` on the document.
pub fn set_flag(name: &str, on: bool) {
    if let Some(root) = document().document_element() {
        let _ = if on { root.set_attribute(name, "") } else { root.remove_attribute(name) };
    }
}

pub fn focus_id(id: &str) {
    if let Some(el) = html_element(id) {
        let _ = el.focus();
    }
}

/// Moves focus to the element with id `id` even if it is not a control (a
/// sentence), and brings it into the reader's view (as [`focus_node_in_view`]).
pub fn reveal(id: &str) {
    if let Some(el) = html_element(id) {
        let _ = el.set_attribute("tabindex", "-1");
        focus_in_view(&el);
    }
}

/// Focuses `node` and scrolls it, as little as needed, into view: on the
/// host page's screen too when the widget is framed (focus alone scrolls the
/// frame's own document, and in a frame with a height cap, WordPress's, the
/// element can be in the frame's view and off the host's screen).
pub fn focus_node_in_view(node: &NodeRef) {
    if let Some(el) = node.cast::<HtmlElement>() {
        focus_in_view(&el);
    }
}

/// What [`focus_node_in_view`] does, for an element. The scroll waits a task, for what the same change still moves above it
/// (the filters folding away as the article opens).
fn focus_in_view(el: &HtmlElement) {
    let _ = el.focus();
    let el = el.clone();
    gloo::timers::callback::Timeout::new(0, move || {
        let options = web_sys::ScrollIntoViewOptions::new();
        options.set_block(web_sys::ScrollLogicalPosition::Nearest);
        el.scroll_into_view_with_scroll_into_view_options(&options);
    })
    .forget();
}

fn html_element(id: &str) -> Option<HtmlElement> {
    document().get_element_by_id(id).and_then(|e| e.dyn_into().ok())
}

/// The evidence popover open on the page (the browser opens them, from
/// their cells' `popovertarget`). `None` in a browser without popovers.
fn open_panel() -> Option<HtmlElement> {
    document().query_selector(".sm-panel:popover-open").ok().flatten().and_then(|e| e.dyn_into().ok())
}

/// The key of the cell whose evidence is open on the page (its `data-cell`).
pub fn open_panel_cell() -> Option<String> {
    open_panel()?.get_attribute("data-cell")
}

/// Shows the evidence popover with id `id`, unless it is open already (the
/// browser closes any other), or hides the one open when `id` is `None`.
pub fn show_only_panel(id: Option<&str>) {
    let open = open_panel();
    match id {
        Some(id) if open.as_ref().is_some_and(|p| p.id() == id) => {}
        Some(id) => {
            let _ = html_element(id).map(|p| p.show_popover());
        }
        None => {
            let _ = open.map(|p| p.hide_popover());
        }
    }
}

/// Calls `f` with the cell key and the new state (open or not) whenever an
/// evidence popover opens or closes on the page, whoever did it.
pub fn on_panel_toggle(f: impl Fn(String, bool) + 'static) -> EventListener {
    // `toggle` does not bubble: listen on the way down.
    let options = EventListenerOptions::run_in_capture_phase();
    EventListener::new_with_options(&document(), "toggle", options, move |e| {
        let panel = e.target().and_then(|t| t.dyn_into::<Element>().ok());
        let key = panel.and_then(|p| p.get_attribute("data-cell"));
        if let (Some(key), Some(toggle)) = (key, e.dyn_ref::<web_sys::ToggleEvent>()) {
            f(key, toggle.new_state() == "open");
        }
    })
}

/// Calls `f` on Escape anywhere in the document.
pub fn on_escape(f: impl Fn() + 'static) -> EventListener {
    EventListener::new(&document(), "keydown", move |e| {
        if e.dyn_ref::<KeyboardEvent>().is_some_and(|k| k.key() == "Escape") {
            f();
        }
    })
}

/// Calls `f` with the element a plain click (no modifier keys, the main
/// button: not "open in a new tab") lands in, or inside, that matches
/// `selector`, anywhere in the document; what the element would have done
/// (a link's navigation) is left undone.
pub fn on_click(selector: &'static str, f: impl Fn(Element) + 'static) -> EventListener {
    EventListener::new_with_options(&document(), "click", EventListenerOptions::enable_prevent_default(), move |e| {
        let target = e.target().and_then(|t| t.dyn_into::<Element>().ok());
        if let Some(found) = target.and_then(|t| t.closest(selector).ok().flatten()).filter(|_| plain_click(e)) {
            e.prevent_default();
            f(found);
        }
    })
}

fn plain_click(e: &Event) -> bool {
    e.dyn_ref::<MouseEvent>()
        .is_none_or(|m| m.button() == 0 && !(m.ctrl_key() || m.meta_key() || m.shift_key() || m.alt_key()))
}

/// The text of the element with id `id` (a snippet's code).
pub fn text_of(id: &str) -> String {
    document().get_element_by_id(id).and_then(|e| e.text_content()).unwrap_or_default()
}

/// Puts `text` in the element with id `id`, as text.
pub fn set_text_of(id: &str, text: &str) {
    if let Some(el) = document().get_element_by_id(id) {
        el.set_text_content(Some(text));
    }
}

/// Hides or shows the element with id `id`.
pub fn set_hidden(id: &str, hidden: bool) {
    if let Some(el) = document().get_element_by_id(id) {
        let _ = if hidden { el.set_attribute("hidden", "") } else { el.remove_attribute("hidden") };
    }
}

/// Points the link with id `id` at `href`.
pub fn set_href(id: &str, href: &str) {
    if let Some(el) = document().get_element_by_id(id) {
        let _ = el.set_attribute("href", href);
    }
}

/// Offers `content` as a file download made in the browser.
pub fn download(name: &str, mime: &str, content: &str) {
    save_url(name, gloo::file::ObjectUrl::from(gloo::file::Blob::new_with_options(content, Some(mime))));
}

/// Offers the SVG picture `svg` (`width` × `height` CSS px) as a PNG file at
/// twice its size: drawn as an image (a `data:` address, which the strict
/// policy allows for images) onto a canvas, then saved like any download.
pub fn download_png(name: String, svg: &str, width: usize, height: usize) {
    let Ok(image) = web_sys::HtmlImageElement::new() else {
        return;
    };
    let source = image.clone();
    EventListener::once(&image, "load", move |_| {
        let Some(canvas) =
            document().create_element("canvas").ok().and_then(|c| c.dyn_into::<web_sys::HtmlCanvasElement>().ok())
        else {
            return;
        };
        canvas.set_width(2 * width as u32);
        canvas.set_height(2 * height as u32);
        let context = canvas
            .get_context("2d")
            .ok()
            .flatten()
            .and_then(|c| c.dyn_into::<web_sys::CanvasRenderingContext2d>().ok());
        let Some(context) = context else {
            return;
        };
        let _ = context.scale(2.0, 2.0);
        let _ = context.draw_image_with_html_image_element(&source, 0.0, 0.0);
        let save = wasm_bindgen::closure::Closure::once_into_js(move |blob: Option<web_sys::Blob>| {
            if let Some(blob) = blob {
                save_url(&name, gloo::file::ObjectUrl::from(gloo::file::Blob::from(blob)));
            }
        });
        let _ = canvas.to_blob(save.unchecked_ref());
    })
    .forget();
    let encoded = String::from(js_sys::encode_uri_component(svg));
    image.set_src(&["data:image/svg+xml;charset=utf-8,", &encoded].concat());
}

/// Clicks a download link to `url`, then lets the address go.
fn save_url(name: &str, url: gloo::file::ObjectUrl) {
    let Ok(link) = document().create_element("a") else {
        return;
    };
    let _ = link.set_attribute("href", &url);
    let _ = link.set_attribute("download", name);
    if let Some(link) = link.dyn_ref::<HtmlElement>() {
        link.click();
    }
    // Revoke the object URL once the download has started.
    gloo::timers::callback::Timeout::new(10_000, move || drop(url)).forget();
}

/// The page's full address.
pub fn location_href() -> String {
    window().location().href().unwrap_or_default()
}

/// Copies `text` to the clipboard; `Err` when the browser refuses (for
/// example in an iframe without clipboard permission).
pub async fn copy(text: &str) -> Result<(), ()> {
    let promise = window().navigator().clipboard().write_text(text);
    wasm_bindgen_futures::JsFuture::from(promise).await.map(|_| ()).map_err(|_| ())
}

/// Whether this is the embed page or any page inside another's frame.
pub fn is_embedded() -> bool {
    let marked = document().document_element().is_some_and(|root| root.has_attribute("data-embed"));
    marked || framing_parent().is_some()
}

/// The window framing this page, if another page frames it.
fn framing_parent() -> Option<web_sys::Window> {
    let parent = window().parent().ok().flatten()?;
    (wasm_bindgen::JsValue::from(parent.clone()) != wasm_bindgen::JsValue::from(window())).then_some(parent)
}

/// Marks the page `data-sm-ready` once the widget is live (hydrated or
/// rendered), for hosts' scripts and the tests to wait on.
pub fn mark_ready() {
    if let Some(root) = document().document_element() {
        let _ = root.set_attribute("data-sm-ready", "");
    }
}
