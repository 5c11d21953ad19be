//! One button that counts its taps, rendered by Yew into an element of its
//! own at the end of the page, which it then marks live as the widget does
//! (`data-sm-ready` once the first render is done). The benchmark puts it in
//! place of the widget's WebAssembly to measure what Yew itself costs a page.

use yew::prelude::*;

#[component]
fn Counter() -> Html {
    let taps = use_state(|| 0u32);
    let onclick = {
        let taps = taps.clone();
        Callback::from(move |_: MouseEvent| taps.set(*taps + 1))
    };
    html! { <button type="button" {onclick}>{"Taps: "}{*taps}</button> }
}

fn main() {
    let document = gloo::utils::document();
    let (Ok(host), Some(body)) = (document.create_element("div"), document.body()) else {
        return;
    };
    if body.append_child(&host).is_err() {
        return;
    }
    yew::Renderer::<Counter>::with_root(host).render();
    wasm_bindgen_futures::spawn_local(async {
        let _ = gloo::utils::document_element().set_attribute("data-sm-ready", "");
    });
}
