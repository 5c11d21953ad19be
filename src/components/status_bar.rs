//! The widget's status: "Offline" while the network is gone, "Update
//! available — reload" when a new version is waiting, and (shown by the
//! stylesheet only when the start-up script marks `html[data-sm-static]`)
//! why a browser that cannot run the widget sees the fixed prerendered view.

use crate::data::use_texts;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct StatusBarProps {
    pub offline: bool,
    pub update_ready: bool,
    pub onreload: Callback<()>,
}

#[component]
pub fn StatusBar(props: &StatusBarProps) -> Html {
    let t = use_texts();
    html! {
        <div class="sm-status" role="status">
            <p class="sm-static-note">
                {t.ui("static_view").to_owned()}
                {t.ui("static_browsers").to_owned()}
            </p>
            if props.offline {
                <p class="sm-offline"><span aria-hidden="true">{"● "}</span>{t.ui("offline").to_owned()}</p>
            }
            if props.update_ready {
                <p class="sm-update">
                    {t.ui("update_available").to_owned()}
                    <button type="button" class="sm-link" onclick={props.onreload.reform(|_: MouseEvent| ())}>{t.ui("update_reload").to_owned()}</button>
                </p>
            }
        </div>
    }
}
