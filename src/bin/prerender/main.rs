//! The build's pages step (`scripts/build.mjs` runs it after the
//! WebAssembly, scripts and stylesheet are made): for every locale, writes
//! its pages ([`Kind`]: `index.html`, `embed.html`, `articles.html`, and
//! `index.ko.html` …) around the default view rendered natively by the same
//! Yew components ([`summit_matrix::page`]), so each paints before the
//! WebAssembly loads and reads without JavaScript; its web app manifest; its
//! social card and share tags ([`summit_matrix::social`]); and, when it
//! knows the public address (`SUMMIT_PUBLIC_URL`), its oEmbed responses and
//! view pages ([`oembed`]). Without that address the pages carry no image
//! tags and no oEmbed files, and the step says so.
//!
//! Usage: `prerender DIST --stylesheet FILE --policy POLICY --boot CODE=FILE …`
//! (one `--boot` per locale: the script that starts its WebAssembly).

#[cfg(not(target_arch = "wasm32"))]
mod oembed;

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    match run() {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("prerender: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
use {
    std::path::{Path, PathBuf},
    summit_core::i18n::Locale,
    summit_matrix::shell::{document, Assets, Kind},
    summit_matrix::{data, page, social},
};

/// What the build's script passes.
#[cfg(not(target_arch = "wasm32"))]
struct Args {
    dir: PathBuf,
    stylesheet: String,
    policy: String,
    /// Each locale's boot script, by code.
    boots: Vec<(String, String)>,
}

#[cfg(not(target_arch = "wasm32"))]
fn run() -> Result<(), String> {
    let args = arguments(std::env::args().skip(1))?;
    let public_url = public_url();
    let runtime = tokio::runtime::Builder::new_current_thread().build().map_err(|e| e.to_string())?;
    for locale in Locale::ALL {
        let boot = args.boots.iter().find(|(code, _)| code == locale.code()).map(|(_, file)| file.as_str());
        let boot = boot.ok_or_else(|| ["no --boot for ", locale.code()].concat())?;
        let assets = Assets { stylesheet: &args.stylesheet, boot, policy: &args.policy };
        let (widget, articles) = runtime.block_on(async {
            (page::prerender(locale, public_url.is_some()).await, page::prerender_articles(locale).await)
        });
        let put = |name: &str, text: &str| write(&args.dir, name, text.as_bytes());
        put(&locale.file_name("manifest", "webmanifest"), &manifest(&args.dir, locale)?)?;
        let discovery: Vec<String> = match public_url.as_deref() {
            Some(base) => oembed::write(&args.dir, locale, base)?.into_iter().collect(),
            None => Vec::new(),
        };
        put(&Kind::Embed.file_name(locale), &document(Kind::Embed, locale, &assets, &discovery, &widget))?;
        let mut tags = social::share_tags(locale, public_url.as_deref());
        tags.extend(discovery);
        put(&Kind::Standalone.file_name(locale), &document(Kind::Standalone, locale, &assets, &tags, &widget))?;
        put(&Kind::Articles.file_name(locale), &document(Kind::Articles, locale, &assets, &[], &articles))?;
        write(&args.dir, &social::card_name(locale), &social::card_png(locale)?)?;
        let pages: Vec<String> = Kind::ALL.iter().map(|k| k.file_name(locale)).collect();
        println!("prerender: {} ({} bytes of widget, {} of articles)", pages.join(", "), widget.len(), articles.len());
    }
    Ok(())
}

/// Reads `DIST --stylesheet FILE --policy POLICY --boot CODE=FILE …`.
#[cfg(not(target_arch = "wasm32"))]
fn arguments(mut args: impl Iterator<Item = String>) -> Result<Args, String> {
    let usage = "usage: prerender DIST --stylesheet FILE --policy POLICY --boot CODE=FILE …";
    let dir = PathBuf::from(args.next().ok_or(usage)?);
    let (mut stylesheet, mut policy, mut boots) = (None, None, Vec::new());
    while let Some(flag) = args.next() {
        let value = args.next().ok_or(usage)?;
        match flag.as_str() {
            "--stylesheet" => stylesheet = Some(value),
            "--policy" => policy = Some(value),
            "--boot" => boots.push(value.split_once('=').map(|(c, f)| (c.to_owned(), f.to_owned())).ok_or(usage)?),
            _ => return Err(usage.to_owned()),
        }
    }
    Ok(Args { dir, stylesheet: stylesheet.ok_or(usage)?, policy: policy.ok_or(usage)?, boots })
}

/// The address `dist/` is published at (`SUMMIT_PUBLIC_URL`, ending in
/// `/`), if it is an http(s) address; else says what is left out.
#[cfg(not(target_arch = "wasm32"))]
fn public_url() -> Option<String> {
    let url = std::env::var("SUMMIT_PUBLIC_URL").ok().filter(|u| u.starts_with("https://") || u.starts_with("http://"));
    if url.is_none() {
        println!(
            "prerender: SUMMIT_PUBLIC_URL is not set (or not an http(s) address), so the pages carry no og:image, \
             twitter:card or canonical link, and oEmbed is off (no discovery links, no responses, no view pages): \
             those addresses must be absolute"
        );
    }
    url.map(|u| if u.ends_with('/') { u } else { u + "/" })
}

#[cfg(not(target_arch = "wasm32"))]
fn write(dir: &Path, name: &str, bytes: &[u8]) -> Result<(), String> {
    std::fs::write(dir.join(name), bytes).map_err(|e| format!("{name}: {e}"))
}

/// The web app manifest for `locale`, from the one Trunk copied
/// (`static/manifest.webmanifest`, which the English one replaces with the
/// same fields): the locale's name, description and language, starting at
/// its own page (a separate app id, so the languages install side by side).
#[cfg(not(target_arch = "wasm32"))]
fn manifest(dir: &Path, locale: Locale) -> Result<String, String> {
    let template = std::fs::read_to_string(dir.join("manifest.webmanifest")).map_err(|e| format!("manifest: {e}"))?;
    let texts = data::texts(locale);
    let start =
        if locale == Locale::En { "./".to_owned() } else { ["./", &Kind::Standalone.file_name(locale)].concat() };
    let fields = [
        ("id", start.as_str()),
        ("start_url", start.as_str()),
        ("name", texts.page("app_name")),
        ("short_name", texts.page("app_short_name")),
        ("description", texts.page("app_description")),
        ("lang", locale.code()),
    ];
    let json = |text: &str| {
        let mut out = String::new();
        summit_core::escape::push_json_string(&mut out, text);
        out
    };
    // Each field's string value (quotes included) after its `"field": `.
    fields.iter().try_fold(template, |out, (field, value)| {
        let key = ["\"", field, "\": "].concat();
        let start = out.find(&key).ok_or_else(|| ["the manifest has no ", field].concat())? + key.len();
        let end = start + 1 + out[start + 1..].find('"').ok_or("the manifest is not JSON")? + 1;
        Ok([&out[..start], &json(value), &out[end..]].concat())
    })
}
