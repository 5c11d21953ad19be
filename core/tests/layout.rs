//! The folders of `core/src/` are the pipeline's stages, in the order
//! `src/lib.rs` gives them, and the imports keep to that order: a stage uses
//! only the shared modules, itself and the stages before it, and a shared
//! module only other shared modules. A `crate::` path that reaches a later
//! stage fails here, so the folder tree and the imports tell one story.
//! (Tests are left out: they may use whatever builds their fixtures.)

use std::path::{Path, PathBuf};

/// The stages, in pipeline order.
const STAGES: [&str; 6] = ["corpus", "analysis", "embedded", "link", "view", "export"];
/// Modules every stage may use; they use only each other.
const SHARED: [&str; 7] = ["date", "error", "escape", "i18n", "model", "notice", "number"];

/// 0 for a shared module, else the stage's place in the pipeline from 1.
fn rank(module: &str) -> Option<usize> {
    if SHARED.contains(&module) {
        return Some(0);
    }
    STAGES.iter().position(|s| *s == module).map(|at| at + 1)
}

fn sources(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("core/src") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The modules `code` names as `crate::<module>`, outside comments and tests.
fn used(code: &str) -> Vec<String> {
    let code = code.split("#[cfg(test)]").next().unwrap_or(code);
    let code = code.split("#[cfg(all(test").next().unwrap_or(code);
    let mut out = Vec::new();
    for line in code.lines().filter(|l| !l.trim_start().starts_with("//")) {
        for (at, _) in line.match_indices("crate::") {
            let rest = &line[at + 7..];
            match rest.strip_prefix('{') {
                // `crate::{a, b::C}`: each item's first name.
                Some(list) => out.extend(list.split(',').map(|item| first_name(item.trim()))),
                None => out.push(first_name(rest)),
            }
        }
    }
    out
}

fn first_name(path: &str) -> String {
    path.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect()
}

#[test]
fn no_module_reaches_a_later_stage() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    sources(&src, &mut files);
    let mut wrong = Vec::new();
    let mut placed = 0;
    for file in &files {
        let relative = file.strip_prefix(&src).expect("under src");
        let first = relative.iter().next().and_then(|p| p.to_str()).unwrap_or_default();
        let own = first.trim_end_matches(".rs");
        if matches!(own, "lib" | "testing" | "bin") || file.ends_with("tests.rs") {
            continue;
        }
        let Some(own_rank) = rank(own) else {
            wrong.push(format!("{}: neither a stage nor a shared module; add it to one", relative.display()));
            continue;
        };
        placed += 1;
        let code = std::fs::read_to_string(file).expect("source");
        for module in used(&code) {
            match rank(&module) {
                Some(r) if r <= own_rank => {}
                Some(_) => wrong.push(format!("{} uses crate::{module}, a later stage", relative.display())),
                // Items re-exported at the root (crate::Analysis) are the model's.
                None if module.is_empty() || module.starts_with(char::is_uppercase) => {}
                None => wrong.push(format!("{} uses crate::{module}, which is in no stage", relative.display())),
            }
        }
    }
    assert!(placed > 20, "the core's modules were found ({placed})");
    assert!(wrong.is_empty(), "{wrong:#?}");
}

#[test]
fn every_stage_is_a_folder_that_says_what_goes_in_and_out() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    for stage in STAGES {
        let doc = std::fs::read_to_string(src.join(stage).join("mod.rs")).expect("a folder with a mod.rs");
        let first = doc.lines().take_while(|l| l.starts_with("//!")).collect::<Vec<_>>().join(" ");
        assert!(
            first.contains("In:") && first.contains("Out:"),
            "{stage}/mod.rs's //! says what comes in and goes out"
        );
    }
}
