//! The build's prerender step: writes the default view, rendered natively by
//! the same Yew components, into the built page, so it paints before the
//! WebAssembly loads (and reads without JavaScript); the articles go into
//! its `<noscript>` for readers without JavaScript.
//! Usage: `prerender DIST_DIR` (run by scripts/finish-build.mjs).

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use std::process::ExitCode;
    let Some(dir) = std::env::args().nth(1) else {
        eprintln!("usage: prerender DIST_DIR");
        return ExitCode::FAILURE;
    };
    let runtime = match tokio::runtime::Builder::new_current_thread().build() {
        Ok(r) => r,
        Err(e) => {
            eprintln!("prerender: {e}");
            return ExitCode::FAILURE;
        }
    };
    let (widget, articles) =
        runtime.block_on(async { (summit_matrix::prerender().await, summit_matrix::prerender_articles().await) });
    let page = std::path::Path::new(&dir).join("index.html");
    let result = std::fs::read_to_string(&page).map_err(|e| e.to_string()).and_then(|html| {
        let html = inject(&html, "<main id=\"summit-matrix\" class=\"sm-root\">", "</main>", &widget)?;
        let html = inject(&html, "<noscript>", "</noscript>", &articles)?;
        std::fs::write(&page, html).map_err(|e| e.to_string())
    });
    match result {
        Ok(()) => {
            println!(
                "prerender: {} ({} bytes of widget, {} of articles)",
                page.display(),
                widget.len(),
                articles.len()
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("prerender: {}: {e}", page.display());
            ExitCode::FAILURE
        }
    }
}

/// Replaces what stands between `open` and the next `close` with `content`.
#[cfg(not(target_arch = "wasm32"))]
fn inject(html: &str, open: &str, close: &str, content: &str) -> Result<String, String> {
    let start = html.find(open).ok_or_else(|| format!("no {open} in the page"))? + open.len();
    let end = start + html[start..].find(close).ok_or_else(|| format!("{open} is never closed"))?;
    Ok(format!("{}{content}{}", &html[..start], &html[end..]))
}
