//! The offline app's status: "Offline" while the network is gone, and
//! "Update available — reload" when a new version is waiting.

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
