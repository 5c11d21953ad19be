//! Analyses the embedded corpus at build time and hands the widget the
//! result as compact bytes, so the browser parses no TOML and runs no
//! matching, and the locales' texts (`src/locales`) likewise. A bad corpus,
//! rule or locale file fails the build with its file and line.
//! `SUMMIT_SCALE=N` builds a benchmark variant on a synthetic corpus N times
//! the size of the real one (see bench/run.mjs); never for publication.
//! `SUMMIT_CORPUS=DIR` builds on the articles in DIR instead of
//! `src/corpus/articles` (a newsroom's own, or the hostile test corpus).

use std::{env, fs, path::PathBuf};

fn main() {
    println!("cargo:rerun-if-env-changed=SUMMIT_SCALE");
    println!("cargo:rerun-if-env-changed=SUMMIT_CORPUS");
    let scale = env::var("SUMMIT_SCALE").ok().map(|s| s.parse::<usize>().expect("SUMMIT_SCALE is a whole number"));
    let corpus = env::var_os("SUMMIT_CORPUS").map(PathBuf::from);
    let analysis = match (scale, corpus) {
        (Some(factor), _) => summit_core::synthetic::analysis(factor),
        (None, Some(dir)) => {
            println!("cargo:rerun-if-changed={}", dir.display());
            summit_core::embedded::analysis_of_dir(&dir)
        }
        (None, None) => summit_core::embedded::analysis(),
    }
    .unwrap_or_else(|e| {
        // Cargo shows a build script's panic message as the build error.
        panic!("\n\nThe embedded corpus has an error:\n  {e}\n\n")
    });
    let texts = summit_core::embedded::texts()
        .unwrap_or_else(|e| panic!("\n\nThe locale files (src/locales) have an error:\n  {e}\n\n"));
    let out = PathBuf::from(env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    let bytes = postcard::to_allocvec(&analysis).expect("the analysis serialises");
    fs::write(out.join("analysis.postcard"), bytes).expect("write analysis.postcard");
    let bytes = postcard::to_allocvec(&texts).expect("the texts serialise");
    fs::write(out.join("texts.postcard"), bytes).expect("write texts.postcard");
}
