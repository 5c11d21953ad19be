//! `export`: prints the matrix as JSON or CSV, from the embedded corpus or a
//! directory of articles (`--corpus DIR`, laid out like `src/corpus/articles`;
//! given more than once, the directories make one corpus);
//! with `--coverage`, the coverage report instead (what the taxonomy does not
//! catch), for a terminal or, with `--format json`, as JSON.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use summit_core::{embedded, export::Selection, Analysis};

const USAGE: &str = "usage: export [--corpus DIR]... [--format json|csv]\n       export [--corpus DIR]... --coverage [--format text|json]";

enum Format {
    Json,
    Csv,
    Text,
}

fn main() -> ExitCode {
    match run(std::env::args().skip(1).collect()) {
        Ok(out) => {
            print!("{out}");
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("export: {message}");
            ExitCode::FAILURE
        }
    }
}

fn run(args: Vec<String>) -> Result<String, String> {
    let mut corpus_dirs: Vec<PathBuf> = Vec::new();
    let mut format: Option<Format> = None;
    let mut coverage = false;
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--corpus" => corpus_dirs.push(args.next().ok_or("--corpus needs a directory")?.into()),
            "--coverage" => coverage = true,
            "--format" => {
                format = Some(match args.next().as_deref() {
                    Some("json") => Format::Json,
                    Some("csv") => Format::Csv,
                    Some("text") => Format::Text,
                    other => return Err(format!("--format must be json, csv or text, not {other:?}\n{USAGE}")),
                })
            }
            "-h" | "--help" => return Ok(format!("{USAGE}\n")),
            other => return Err(format!("unknown argument '{other}'\n{USAGE}")),
        }
    }
    let dirs: Vec<&Path> = corpus_dirs.iter().map(PathBuf::as_path).collect();
    if coverage {
        let report = summit_core::export::coverage::of_dirs(&dirs).map_err(|e| e.to_string())?;
        return match format.unwrap_or(Format::Text) {
            Format::Text => Ok(report.to_text()),
            Format::Json => Ok(report.to_json()),
            Format::Csv => Err(format!("the coverage report is text or json, not csv\n{USAGE}")),
        };
    }
    let analysis: Analysis = if dirs.is_empty() { embedded::analysis() } else { embedded::analysis_of_dirs(&dirs) }
        .map_err(|e| e.to_string())?;
    let (topics, meetings) = analysis.everything();
    let selection = Selection { topics: &topics, meetings: &meetings, words: None };
    match format.unwrap_or(Format::Json) {
        Format::Json => Ok(analysis.to_json(selection)),
        Format::Csv => Ok(analysis.to_csv(selection)),
        Format::Text => Err(format!("the matrix exports as json or csv; text is for --coverage\n{USAGE}")),
    }
}
