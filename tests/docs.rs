//! The contributor's guide names only files that exist: a path in
//! backticks in CONTRIBUTING.md that no longer exists fails the tests, so a
//! move or a rename updates the guide. Build outputs (`dist/`, `target/`)
//! are named too, but exist only after a build, so they are not checked.

use std::path::Path;

/// Folders a build writes; a clean clone has none of them.
const BUILD_OUTPUTS: [&str; 2] = ["dist/", "target/"];

#[test]
fn every_path_contributing_md_names_exists() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let guide = std::fs::read_to_string(root.join("CONTRIBUTING.md")).expect("CONTRIBUTING.md");
    let named: Vec<&str> = guide
        .split('`')
        .skip(1)
        .step_by(2)
        .flat_map(|code| code.split_whitespace())
        .filter(|word| word.contains('/') && !word.contains(['<', '*']) && !word.starts_with("--"))
        .map(|word| word.trim_end_matches(['.', ',', ')']))
        .filter(|path| !BUILD_OUTPUTS.iter().any(|output| path.starts_with(output)))
        .collect();
    assert!(named.len() >= 10, "the guide names its files: {named:?}");
    let missing: Vec<&&str> = named.iter().filter(|path| !root.join(path).exists()).collect();
    assert!(missing.is_empty(), "CONTRIBUTING.md names paths that do not exist: {missing:?}");
}
