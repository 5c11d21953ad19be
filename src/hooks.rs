//! The widget's side effects: each hook keeps something outside the
//! component (the address bar and the page's attributes, the page's
//! evidence popovers, focus, the static footer, the service worker, the
//! network and the Escape key) in step with the state. The reducer itself
//! stays pure. (The host page's idea of our height is static/head.js's: it
//! holds without the WebAssembly too.) Effects that share their dependencies share one
//! [`use_effect_with`]: each is a generic instance that costs the WebAssembly
//! a kilobyte or two.

use crate::components::footer::{OWN_PAGE, PASTE, PASTE_CODE, SNIPPETS};
use crate::components::{cell_id, panel_id, SENTENCE_ID_PREFIX};
use crate::data::{self, Same, Words};
use crate::state::{Action, CellRef, State};
use crate::{browser, pwa};
use gloo::timers::callback::Timeout;
use std::cell::RefCell;
use std::rc::Rc;
use summit_core::export::{Download, Selection};
use summit_core::link::embed::EmbedOptions;
use summit_core::link::filter::Filter;
use summit_core::link::history::{self, Step};
use summit_core::link::query;
use summit_core::link::snippets::Snippets;
use summit_core::link::{self, display::Open, UrlState};
use summit_core::view::Matrix;
use yew::prelude::*;

/// How long the address waits for the state to settle before it is written.
const ADDRESS_SETTLES_MS: u32 = 150;

/// Keeps the page in step with the shareable state:
/// - the evidence popovers: the open cell's shown (a link opened it, or the
///   reader did), any other hidden (nothing open, or an article);
/// - the address bar's query (not on first render, which is the address
///   itself), embed options included. The reading view gets a history entry
///   of its own ([`history`]); anything else is written once the state has
///   settled for a moment, not on every change: each `history.replaceState`
///   costs the browser a millisecond or more, which a filter click or a
///   keystroke should not wait for, and a link is only copied or reloaded
///   after the reader stops;
/// - the document's attributes that the stylesheet reads: the theme, whether
///   an article is open (the static header and skip link step aside for it)
///   and whether the embed is plain (no header or footer; static/head.js sets
///   it from the address before the first paint).
#[hook]
pub fn use_page(url: UrlState, embed: EmbedOptions) {
    let first = use_mut_ref(|| true);
    let pending = use_mut_ref(|| None::<Timeout>);
    use_effect_with((url, embed), move |(url, embed)| {
        browser::set_theme(url.theme.name());
        browser::set_flag("data-sm-reading", matches!(url.open, Some(Open::Article(_))));
        browser::set_flag("data-plain", embed.plain);
        // The first render is the page as it stands (or the default view,
        // hydrated before the page's own state is taken): its evidence is
        // what the reader has open, and its address is the address.
        if !std::mem::replace(&mut *first.borrow_mut(), false) {
            match &url.open {
                Some(Open::Evidence { topic, year }) => browser::show_only_panel(Some(&panel_id(topic, *year))),
                _ => browser::show_only_panel(None),
            }
            // Replacing the timeout cancels the write it would have made.
            *pending.borrow_mut() = write_address(url, embed);
        }
    });
}

/// Writes the address of the view `url` shows, as [`history::step`] says:
/// at once, or (returned) once the view has settled. An address that is
/// already there (Back or Forward brought the view) is left alone.
fn write_address(url: &UrlState, embed: &EmbedOptions) -> Option<Timeout> {
    let query = query::encode(&link::write(url, embed));
    if query == browser::location_query() {
        return None;
    }
    match history::step(url.open.as_ref(), browser::on_reading_entry(), browser::is_embedded()) {
        Step::Push => {
            // The entry left behind is the matrix as it stands, nothing open:
            // where Back returns, as the reading view's close button does.
            let matrix = UrlState { open: None, ..url.clone() };
            browser::replace_query(&query::encode(&link::write(&matrix, embed)));
            browser::push_reading_entry(&query);
        }
        Step::Back => browser::go_back(),
        Step::Replace => browser::replace_query(&query),
        Step::Settle => return Some(Timeout::new(ADDRESS_SETTLES_MS, move || browser::replace_query(&query))),
    }
    None
}

/// When the evidence or an article closes, puts focus back on the cell it
/// came from (or on the matrix).
#[hook]
pub fn use_focus_return(closed: u32, target: Option<CellRef>) {
    use_effect_with(closed, move |closed| {
        if *closed > 0 {
            let id = target.map(|c| cell_id(&c.topic, c.year));
            browser::focus_id(id.as_deref().unwrap_or("sm-matrix"));
        }
    });
}

/// What the page does once, when the widget is live:
/// - after hydrating the prerendered default view on a page that shows
///   another (`restore`), takes the page's own state ([`crate::page_state`]:
///   its address and the evidence the reader opened before start-up), then
///   marks the page ready ([`crate::start`] marks the others);
/// - follows the evidence popovers the reader opens and closes;
/// - the offline app: registers the service worker (standalone page only;
///   an embed carries its corpus anyway) and follows the network;
/// - Escape anywhere closes what is open;
/// - Back and Forward show the view the address names ([`history`]);
/// - the article links of the evidence and the footer open the reading view
///   (at the quoted sentence) instead of the articles page;
/// - the static footer's buttons ([`crate::components::footer`]): download
///   the current view as CSV, JSON, SVG or PNG, copy a snippet and say
///   whether that worked.
#[hook]
pub fn use_page_listeners(
    restore: bool,
    dispatch: UseReducerDispatcher<State>,
    view: Rc<RefCell<FooterView>>,
    t: Words,
) {
    use_effect_with((), move |_| {
        if restore {
            dispatch.dispatch(Action::Restore(Box::new(crate::page_state())));
            browser::mark_ready();
        }
        let panels = {
            let dispatch = dispatch.clone();
            browser::on_panel_toggle(move |key, open| {
                // A close that another panel's opening caused (Enter on the
                // next cell hides the open panel and shows the next one in
                // one go): the next one's own event follows, and acting on
                // the close first would hide it again.
                if !open && browser::open_panel_cell().is_some_and(|other| other != key) {
                    return;
                }
                if let Some(Open::Evidence { topic, year }) = Open::cell(&key, data::analysis()) {
                    let cell = CellRef { topic, year };
                    dispatch.dispatch(if open { Action::OpenEvidence(cell) } else { Action::EvidenceClosed(cell) });
                }
            })
        };
        if !browser::is_embedded() {
            let ready = dispatch.clone();
            pwa::register(move || ready.dispatch(Action::UpdateReady));
        }
        if !pwa::online() {
            dispatch.dispatch(Action::SetOffline(true));
        }
        let network = {
            let dispatch = dispatch.clone();
            pwa::on_network_change(move |online| dispatch.dispatch(Action::SetOffline(!online)))
        };
        let escape = {
            let dispatch = dispatch.clone();
            browser::on_escape(move || dispatch.dispatch(Action::Close))
        };
        let steps = {
            let dispatch = dispatch.clone();
            browser::on_history_step(move || {
                let (url, _, _) = link::read(&browser::location_query(), data::analysis());
                dispatch.dispatch(Action::Navigated(Box::new(url)));
            })
        };
        let footer = browser::on_click("[data-article],[data-download],[data-copy]", move |button| {
            if let Some(id) = button.get_attribute("data-article") {
                // The link's own fragment names the sentence it quotes, if any.
                let href = button.get_attribute("href").unwrap_or_default();
                let at =
                    href.split_once('#').map(|(_, at)| at.to_owned()).filter(|at| at.starts_with(SENTENCE_ID_PREFIX));
                dispatch.dispatch(Action::OpenArticle { id, at });
            } else if let Some(format) = button.get_attribute("data-download").and_then(|name| Download::named(&name)) {
                let view = view.borrow();
                download(&view.matrix, &view.filter, format, t);
            } else if let Some(id) = button.get_attribute("data-copy") {
                let code = browser::text_of(&id);
                wasm_bindgen_futures::spawn_local(async move {
                    let said = if browser::copy(&code).await.is_ok() { "copied" } else { "copy_blocked" };
                    if let Some(status) = button.next_element_sibling() {
                        status.set_text_content(Some(t.ui(said)));
                    }
                });
            }
        });
        move || drop((network, escape, steps, panels, footer))
    });
}

/// The view the static footer offers: the matrix its downloads write (and
/// the filter that made it, which its picture names), and its embed code.
pub struct FooterView {
    pub matrix: Rc<Matrix<'static>>,
    pub filter: Filter,
    pub snippets: Rc<Snippets>,
}

/// Keeps the footer's view current, and its snippets on the page.
#[hook]
pub fn use_footer_view(matrix: Rc<Matrix<'static>>, filter: Filter, snippets: Rc<Snippets>) -> Rc<RefCell<FooterView>> {
    let view =
        use_mut_ref(|| FooterView { matrix: matrix.clone(), filter: filter.clone(), snippets: snippets.clone() });
    {
        let view = view.clone();
        use_effect_with((Same(matrix), filter, Same(snippets)), move |(matrix, filter, snippets)| {
            for (&(id, _), code) in SNIPPETS.iter().zip([&snippets.script, &snippets.iframe]) {
                browser::set_text_of(id, code);
            }
            browser::set_href(OWN_PAGE, &snippets.page);
            browser::set_text_of(PASTE_CODE, snippets.paste.as_deref().unwrap_or_default());
            browser::set_hidden(PASTE, snippets.paste.is_none());
            *view.borrow_mut() =
                FooterView { matrix: matrix.0.clone(), filter: filter.clone(), snippets: snippets.0.clone() };
        });
    }
    view
}

/// Offers the view `matrix` shows (under `filter`) as the file `download`:
/// the data, or the picture drawn by the core.
fn download(matrix: &Matrix<'static>, filter: &Filter, download: Download, t: Words) {
    let a = data::analysis();
    let name = download.file_name();
    if download.is_picture() {
        let view = a.view_line(filter, matrix, t.0);
        let picture = a.picture(data::story(t.0.locale), view.as_deref(), matrix, t.0, summit_core::view::PICTURE_FONT);
        return match download {
            Download::Png => browser::download_png(name, &picture.svg, picture.width, picture.height),
            _ => browser::download(&name, download.mime(), &picture.svg),
        };
    }
    let (topics, meetings) = matrix.selection();
    let selection = Selection { topics: &topics, meetings: &meetings, words: Some(t.0) };
    let text = if download == Download::Csv { a.to_csv(selection) } else { a.to_json(selection) };
    browser::download(&name, download.mime(), &text);
}
