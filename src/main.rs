//! The browser entry point (built for wasm32 by scripts/build.mjs, once per locale).

#[cfg(target_arch = "wasm32")]
fn main() {
    summit_matrix::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Summit Matrix runs in the browser: see the README (`trunk serve`), or try `cargo run --bin export`.");
}
