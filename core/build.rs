//! Embeds the project's corpus (`../src/corpus`) and locale files
//! (`../src/locales`) into the core so the export tool, the tests and the
//! widget's build script read the same files.
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
}
