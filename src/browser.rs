//! The few things the widget asks of the browser: the query string, the
//! theme attribute, focus, key and pointer listeners, and downloads. Every
//! failure is ignored on purpose: the widget keeps working without them.

use gloo::events::EventListener;
use gloo::utils::{document, window};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlTextAreaElement, KeyboardEvent, Node};
use yew::NodeRef;

/// The page's query string, without `?`.
pub fn location_query() -> String {
    window().location().search().unwrap_or_default().trim_start_matches('?').to_owned()
}

/// Puts `query` in the address bar without a reload or a history entry.
pub fn replace_query(query: &str) {
    let location = window().location();
    let path = location.pathname().unwrap_or_default();
    let url = if query.is_empty() { path } else { [path.as_str(), "?", query].concat() };
    if let Ok(history) = window().history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
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

pub fn focus(node: &NodeRef) {
    if let Some(el) = node.cast::<HtmlElement>() {
        let _ = el.focus();
    }
}

pub fn focus_id(id: &str) {
    if let Some(el) = document().get_element_by_id(id).and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
        let _ = el.focus();
    }
}

/// Calls `f` on Escape anywhere in the document.
pub fn on_escape(f: impl Fn() + 'static) -> EventListener {
    EventListener::new(&document(), "keydown", move |e| {
        if e.dyn_ref::<KeyboardEvent>().is_some_and(|k| k.key() == "Escape") {
            f();
        }
    })
}

/// Calls `f` when the pointer goes down outside `inside` and outside any
/// element matching `ignore` (the cells, which open panels themselves).
pub fn on_outside_pointer(inside: NodeRef, ignore: &'static str, f: impl Fn() + 'static) -> EventListener {
    EventListener::new(&document(), "pointerdown", move |e| {
        let Some(target) = e.target().and_then(|t| t.dyn_into::<Node>().ok()) else {
            return;
        };
        let within = inside.get().is_some_and(|panel| panel.contains(Some(&target)));
        let ignored = target.dyn_ref::<Element>().and_then(|el| el.closest(ignore).ok().flatten()).is_some()
            || target.parent_element().and_then(|el| el.closest(ignore).ok().flatten()).is_some();
        if !within && !ignored {
            f();
        }
    })
}

/// Calls `f` with the element a click lands in (or inside) that matches
/// `selector`, anywhere in the document.
pub fn on_click(selector: &'static str, f: impl Fn(Element) + 'static) -> EventListener {
    EventListener::new(&document(), "click", move |e| {
        let target = e.target().and_then(|t| t.dyn_into::<Element>().ok());
        if let Some(found) = target.and_then(|t| t.closest(selector).ok().flatten()) {
            f(found);
        }
    })
}

fn textarea(id: &str) -> Option<HtmlTextAreaElement> {
    document().get_element_by_id(id).and_then(|e| e.dyn_into().ok())
}

/// The value of the textarea with id `id`.
pub fn field(id: &str) -> String {
    textarea(id).map(|area| area.value()).unwrap_or_default()
}

/// Sets the value of the textarea with id `id`.
pub fn set_field(id: &str, value: &str) {
    if let Some(area) = textarea(id) {
        area.set_value(value);
    }
}

/// Offers `content` as a file download made in the browser.
pub fn download(name: &str, mime: &str, content: &str) {
    save_url(name, gloo::file::ObjectUrl::from(gloo::file::Blob::new_with_options(content, Some(mime))));
}

/// Offers the SVG picture `svg` (`width` × `height` CSS px) as a PNG file at
/// twice its size: drawn as an image (a `data:` address, which the strict
/// policy allows for images) onto a canvas, then saved like any download.
pub fn download_png(name: &'static str, svg: &str, width: usize, height: usize) {
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
                save_url(name, gloo::file::ObjectUrl::from(gloo::file::Blob::from(blob)));
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

/// Reports the page's height to the parent window while it lives: on load
/// and on every change of layout, only when the rounded height changed.
pub struct HeightReporter {
    observer: web_sys::ResizeObserver,
    _callback: wasm_bindgen::closure::Closure<dyn FnMut(js_sys::Array)>,
}

impl Drop for HeightReporter {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

/// Starts height reporting when this page is framed by another; `None` on a
/// top-level page or when the browser lacks a ResizeObserver.
pub fn report_height(options: summit_core::embed::EmbedOptions) -> Option<HeightReporter> {
    let parent = framing_parent()?;
    let root = document().document_element()?;
    let last = std::rc::Rc::new(std::cell::Cell::new(-1.0_f64));
    let measured = root.clone();
    let callback = wasm_bindgen::closure::Closure::<dyn FnMut(js_sys::Array)>::new(move |_| {
        let height = measured.get_bounding_client_rect().height().ceil();
        if height != last.replace(height) {
            post_height(&parent, &options, height);
        }
    });
    let observer = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
    observer.observe(&root);
    Some(HeightReporter { observer, _callback: callback })
}

/// Tells the framing page this page's current height, once (the panic
/// hook's last word). Does nothing on a top-level page.
pub fn report_height_once(options: &summit_core::embed::EmbedOptions) {
    if let (Some(parent), Some(root)) = (framing_parent(), document().document_element()) {
        post_height(&parent, options, root.get_bounding_client_rect().height().ceil());
    }
}

/// Sends `height` to `parent` in each of the formats hosts listen for. The
/// message holds the height and the embed's ids, nothing else.
fn post_height(parent: &web_sys::Window, options: &summit_core::embed::EmbedOptions, height: f64) {
    use summit_core::embed::HeightMessage;
    use wasm_bindgen::JsValue;
    for message in options.height_messages(height) {
        let value = match message {
            HeightMessage::Json(text) => js_sys::JSON::parse(&text).unwrap_or(JsValue::NULL),
            HeightMessage::Text(text) => JsValue::from(text),
        };
        let _ = parent.post_message(&value, "*");
    }
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
