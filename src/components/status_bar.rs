//! The widget's status: "Offline" while the network is gone, "Update
//! available — reload" when a new version is waiting, and (shown by the
//! stylesheet only when the start-up script marks `html[data-sm-static]`)
//! why a browser that cannot run the widget sees the fixed prerendered view.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct StatusBarProps {
    pub offline: bool,
    pub update_ready: bool,
    pub onreload: Callback<()>,
}

#[component]
pub fn StatusBar(props: &StatusBarProps) -> Html {
    html! {
        <div class="sm-status" role="status">
            <p class="sm-static-note">
                {"This browser could not start the interactive matrix, so this is the fixed default view: every count is here, but not the filters or the evidence. "}
                {"Current versions of Chrome, Edge, Firefox and Safari run the full graphic."}
            </p>
            if props.offline {
                <p class="sm-offline"><span aria-hidden="true">{"● "}</span>{"Offline: you are reading the saved copy. Everything still works."}</p>
            }
            if props.update_ready {
                <p class="sm-update">
                    {"Update available — "}
                    <button type="button" class="sm-link" onclick={props.onreload.reform(|_: MouseEvent| ())}>{"reload"}</button>
                </p>
            }
        </div>
    }
}
