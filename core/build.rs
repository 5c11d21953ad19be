//! Embeds the project's corpus (`../src/corpus`) and locale files
//! (`../src/locales`) into the core so the export tool, the tests and the
//! widget's build script read the same files; and writes the light theme's
//! design tokens from `../styles/tokens.css` for the picture.
use std::{env, fs, path::PathBuf};

fn main() {
    let manifest = PathBuf::from(env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let corpus = manifest.join("../src/corpus");
    let articles_dir = corpus.join("articles");
    println!("cargo:rerun-if-changed={}", corpus.display());
    println!("cargo:rerun-if-changed={}", articles_dir.display());
    let mut articles: Vec<PathBuf> = fs::read_dir(&articles_dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", articles_dir.display()))
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "md"))
        .collect();
    articles.sort();
    let mut out =
        String::from("/// The embedded articles as (file name, text).\npub const ARTICLES: &[(&str, &str)] = &[\n");
    for path in &articles {
        println!("cargo:rerun-if-changed={}", path.display());
        let name = path.file_name().and_then(|n| n.to_str()).expect("UTF-8 file name");
        out += &format!("    ({name:?}, include_str!({:?})),\n", path.display().to_string());
    }
    out += "];\n";
    for (constant, file) in [("TOPICS", "topics.toml"), ("CLEANING", "cleaning.toml")] {
        let path = corpus.join(file);
        println!("cargo:rerun-if-changed={}", path.display());
        out += &format!(
            "/// The embedded `{file}`.\npub const {constant}: &str = include_str!({:?});\n",
            path.display().to_string()
        );
    }
    let locales = manifest.join("../src/locales");
    println!("cargo:rerun-if-changed={}", locales.display());
    out += "/// The embedded locale files as (file name, text), English first.\npub const LOCALE_FILES: &[(&str, &str)] = &[\n";
    // Every locale file in the folder (English, the fallback, first); a test
    // checks that each has its `Locale` and each `Locale` its file.
    let mut files: Vec<String> = fs::read_dir(&locales)
        .expect("read src/locales")
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .filter(|name| name.ends_with(".toml"))
        .collect();
    files.sort_by_key(|name| (name != "en.toml", name.clone()));
    for name in files {
        let path = locales.join(&name);
        println!("cargo:rerun-if-changed={}", path.display());
        out += &format!("    ({name:?}, include_str!({:?})),\n", path.display().to_string());
    }
    out += "];\n";
    let dest = PathBuf::from(env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("embedded_corpus.rs");
    fs::write(dest, out).expect("write embedded_corpus.rs");
    write_tokens(&manifest.join("../styles/tokens.css"));
}

/// The light theme's design tokens (`--sm-text: #1b1b1b;` → `pub const
/// TEXT: &str = "#1b1b1b";`), read from the stylesheet, so the picture
/// (`view::picture`) is drawn in the page's own colours and face. The first
/// declaration of each token is the light one.
fn write_tokens(css_path: &std::path::Path) {
    println!("cargo:rerun-if-changed={}", css_path.display());
    let css = fs::read_to_string(css_path).unwrap_or_else(|e| panic!("cannot read {}: {e}", css_path.display()));
    let mut seen = Vec::new();
    let mut out = String::from("// The light theme's tokens from styles/tokens.css (core/build.rs).\n");
    for line in css.lines().map(str::trim) {
        let Some(rest) = line.strip_prefix("--sm-") else { continue };
        let Some((name, value)) = rest.split_once(':') else { continue };
        let value = value.split("/*").next().unwrap_or("").trim().trim_end_matches(';').trim();
        if value.contains(';') || seen.contains(&name.to_owned()) {
            continue;
        }
        seen.push(name.to_owned());
        let constant = name.to_uppercase().replace('-', "_");
        out += &format!("#[allow(dead_code)]\npub const {constant}: &str = {value:?};\n");
    }
    let dest = PathBuf::from(env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("tokens.rs");
    fs::write(dest, out).expect("write tokens.rs");
}
