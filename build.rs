//! Analyses the embedded corpus at build time and compiles the result into
//! the widget as `static` Rust data (`OUT_DIR/data.rs`, written by
//! `summit_core::embedded::rust_source`), with the locales' texts (`src/locales`): the
//! browser parses no TOML, runs no matching and decodes nothing at start-up.
//! A bad corpus, rule or locale file fails the build with its file and line.
//! `SUMMIT_SCALE=N` builds a benchmark variant on a synthetic corpus N times
//! the size of the real one (see bench/run.mjs); never for publication.
//! The WebAssembly carries one locale's texts, `SUMMIT_LOCALE` (default
//! `en`): each locale has its own pages, and scripts/build.mjs builds
//! one WebAssembly per locale, so a page never downloads another language.
//! `SUMMIT_CORPUS=DIR` builds on the articles in DIR instead of
//! `src/corpus/articles` (a newsroom's own, or a test corpus); several
//! directories, separated by `:`, make one corpus (the seed articles and a
//! directory with the next meeting's, say).

use std::{env, fs, path::PathBuf};
use summit_core::embedded::rust_source::expression;
use summit_core::List;

fn main() {
    println!("cargo:rerun-if-env-changed=SUMMIT_SCALE");
    println!("cargo:rerun-if-env-changed=SUMMIT_CORPUS");
    println!("cargo:rerun-if-env-changed=SUMMIT_LOCALE");
    let scale = env::var("SUMMIT_SCALE").ok().map(|s| s.parse::<usize>().expect("SUMMIT_SCALE is a whole number"));
    let corpus: Option<Vec<PathBuf>> = env::var_os("SUMMIT_CORPUS").map(|dirs| env::split_paths(&dirs).collect());
    let analysis = match (scale, corpus) {
        (Some(factor), _) => summit_core::embedded::synthetic::analysis(factor),
        (None, Some(dirs)) => {
            dirs.iter().for_each(|dir| println!("cargo:rerun-if-changed={}", dir.display()));
            summit_core::embedded::analysis_of_dirs(&dirs.iter().map(PathBuf::as_path).collect::<Vec<_>>())
        }
        (None, None) => summit_core::embedded::analysis(),
    }
    .unwrap_or_else(|e| {
        // Cargo shows a build script's panic message as the build error.
        panic!("\n\nThe embedded corpus has an error:\n  {e}\n\n")
    });
    let mut texts = summit_core::embedded::texts()
        .unwrap_or_else(|e| panic!("\n\nThe locale files (src/locales) have an error:\n  {e}\n\n"));
    let wasm = env::var("CARGO_CFG_TARGET_ARCH").is_ok_and(|arch| arch == "wasm32");
    if wasm {
        let wanted = env::var("SUMMIT_LOCALE").unwrap_or_else(|_| "en".to_owned());
        texts.retain(|t| t.locale.code() == wanted);
        assert!(!texts.is_empty(), "\n\nSUMMIT_LOCALE={wanted} names no locale in src/locales\n\n");
    }
    // Each locale's headline and deck, told here once: the browser draws them
    // in its pictures but never recounts the story.
    let stories: Vec<(String, String, Option<String>)> =
        texts.iter().map(|t| analysis.header(t)).map(|h| (h.headline, h.deck, h.credit)).collect();
    // The page's own strings are the build's (prerender), and the sentences'
    // lines are the coverage report's; the browser has no use for them.
    let mut analysis = analysis;
    if wasm {
        texts.iter_mut().for_each(|t| t.page = List::default());
        analysis.documents.to_mut().iter_mut().for_each(|d| d.lines = List::default());
    }
    let mut source = String::from("/// The analysis of the embedded corpus.\npub static ANALYSIS: Analysis = ");
    source += &expression(&analysis).expect("the analysis is plain data");
    source += ";\n/// The locales' texts: every one, English first, natively; one in the browser.\npub static TEXTS: &[Texts] = &[\n";
    for locale in &texts {
        source += &expression(locale).expect("the texts are plain data");
        source += ",\n";
    }
    source +=
        "];\n/// Each locale's headline, deck and credit line, in the order of TEXTS.\npub static STORIES: &[Story<'static>] = &[\n";
    for (headline, deck, credit) in &stories {
        source += &format!("Story {{ headline: {headline:?}, deck: {deck:?}, credit: {credit:?} }},\n");
    }
    source += "];\n";
    let out = PathBuf::from(env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    fs::write(out.join("data.rs"), source).expect("write data.rs");
}
