//! Offline reading: registers the service worker on the standalone page
//! (never inside an embed: hosts' iframes get partitioned storage, and the
//! embed already carries its corpus), says when a new version is waiting,
//! applies it on request, and follows the network's state.

use gloo::events::EventListener;
use gloo::utils::window;
use std::cell::Cell;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{ServiceWorker, ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState};

thread_local! {
    /// Set when the reader asked for the update: the next controller change reloads.
    static RELOAD_ON_CHANGE: Cell<bool> = const { Cell::new(false) };
}

/// The page's service workers, where it may have them: not in a browser
/// without them, nor in a sandbox without `allow-same-origin` (a window a
/// sandboxed frame opened), where reading the property throws.
fn container() -> Option<ServiceWorkerContainer> {
    let navigator = window().navigator();
    js_sys::Reflect::get(&navigator, &JsValue::from_str("serviceWorker")).ok()?.dyn_into().ok()
}

/// Registers `sw.js` and calls `on_update` when a new version is installed
/// and waiting while an older one controls the page.
pub fn register(on_update: impl Fn() + Clone + 'static) {
    let Some(container) = container() else { return };
    EventListener::new(&container, "controllerchange", |_| {
        if RELOAD_ON_CHANGE.with(Cell::get) {
            let _ = window().location().reload();
        }
    })
    .forget();
    let promise = container.register("sw.js");
    wasm_bindgen_futures::spawn_local(async move {
        let Ok(value) = JsFuture::from(promise).await else { return };
        let Ok(registration) = value.dyn_into::<ServiceWorkerRegistration>() else { return };
        let controlled = move || container.controller().is_some();
        if registration.waiting().is_some() && controlled() {
            on_update();
        }
        let reg = registration.clone();
        EventListener::new(&registration, "updatefound", move |_| {
            let Some(worker) = reg.installing() else { return };
            let (on_update, controlled, watched) = (on_update.clone(), controlled.clone(), worker.clone());
            EventListener::new(&worker, "statechange", move |_| {
                if watched.state() == ServiceWorkerState::Installed && controlled() {
                    on_update();
                }
            })
            .forget();
        })
        .forget();
    });
}

/// Tells the waiting version to take over; the page reloads when it has.
pub fn apply_update() {
    let Some(container) = container() else { return };
    RELOAD_ON_CHANGE.with(|r| r.set(true));
    wasm_bindgen_futures::spawn_local(async move {
        let Ok(value) = JsFuture::from(container.get_registration()).await else { return };
        let waiting: Option<ServiceWorker> =
            value.dyn_into::<ServiceWorkerRegistration>().ok().and_then(|r| r.waiting());
        match waiting {
            Some(worker) => {
                let _ = worker.post_message(&JsValue::from_str("skip-waiting"));
            }
            None => {
                let _ = window().location().reload();
            }
        }
    });
}

/// Whether the browser thinks it is online now.
pub fn online() -> bool {
    window().navigator().on_line()
}

/// Calls `f(online)` whenever the network comes or goes.
pub fn on_network_change(f: impl Fn(bool) + Clone + 'static) -> [EventListener; 2] {
    let g = f.clone();
    [
        EventListener::new(&window(), "online", move |_| f(true)),
        EventListener::new(&window(), "offline", move |_| g(false)),
    ]
}
