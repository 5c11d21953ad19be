//! Analyses the embedded corpus at build time and hands the widget the
//! result as compact bytes, so the browser parses no TOML and runs no
//! matching. A bad corpus or rule file fails the build with its file and line.
//! `SUMMIT_SCALE=N` builds a benchmark variant on a synthetic corpus N times
//! the size of the real one (see bench/run.mjs); never for publication.

use std::{env, fs, path::PathBuf};

fn main() {
    println!("cargo:rerun-if-env-changed=SUMMIT_SCALE");
    let scale = env::var("SUMMIT_SCALE").ok().map(|s| s.parse::<usize>().expect("SUMMIT_SCALE is a whole number"));
    let analysis = match scale {
        Some(factor) => summit_core::synthetic::analysis(factor),
        None => summit_core::embedded::analysis(),
    }
    .unwrap_or_else(|e| {
        // Cargo shows a build script's panic message as the build error.
        panic!("\n\nThe embedded corpus has an error:\n  {e}\n\n")
    });
    let bytes = postcard::to_allocvec(&analysis).expect("the analysis serialises");
    let out = PathBuf::from(env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    fs::write(out.join("analysis.postcard"), bytes).expect("write analysis.postcard");
}
