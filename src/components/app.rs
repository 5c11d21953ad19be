//! The root: decodes the embedded analysis and the reader's texts once,
//! shares the texts with every component by context, hands all to the
//! widget, or says plainly that it could not.

use super::widget::Widget;
use crate::data::{self, SharedTexts};
use summit_core::i18n::Locale;
use yew::prelude::*;

#[derive(Properties, PartialEq, Clone, Default)]
pub struct AppProps {
    /// The page's query string, which carries the shared state.
    #[prop_or_default]
    pub query: AttrValue,
    /// The page's address, for the embed snippets.
    #[prop_or_default]
    pub page_url: AttrValue,
    /// Hydrating the prerendered default view: read the page's own state
    /// from its address once mounted.
    #[prop_or_default]
    pub restore: bool,
    /// The page's language (each locale has its own page).
    #[prop_or_default]
    pub locale: Locale,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let data = use_memo(props.locale, |locale| data::load(*locale));
    match &*data {
        Ok(shared) => html! {
            <ContextProvider<SharedTexts> context={shared.texts.clone()}>
                <Widget data={shared.clone()} query={props.query.clone()} page_url={props.page_url.clone()} restore={props.restore} />
            </ContextProvider<SharedTexts>>
        },
        Err(message) => {
            html! { <div class="sm"><p class="sm-notice" role="alert">{message.clone()}</p></div> }
        }
    }
}
