//! `export`: prints the matrix as JSON or CSV, from the embedded corpus or a
//! directory of articles (`--corpus DIR`, laid out like `src/corpus/articles`).

use std::path::PathBuf;
use std::process::ExitCode;
use summit_core::{embedded, export::Selection, Analysis};

const USAGE: &str = "usage: export [--corpus DIR] [--format json|csv]";

enum Format {
    Json,
    Csv,
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
    let mut corpus_dir: Option<PathBuf> = None;
    let mut format = Format::Json;
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--corpus" => corpus_dir = Some(args.next().ok_or("--corpus needs a directory")?.into()),
            "--format" => {
                format = match args.next().as_deref() {
                    Some("json") => Format::Json,
                    Some("csv") => Format::Csv,
                    other => return Err(format!("--format must be json or csv, not {other:?}\n{USAGE}")),
                }
            }
            "-h" | "--help" => return Ok(format!("{USAGE}\n")),
            other => return Err(format!("unknown argument '{other}'\n{USAGE}")),
        }
    }
    let analysis: Analysis = match corpus_dir {
        None => embedded::analysis().map_err(|e| e.to_string())?,
        Some(dir) => embedded::analysis_of_dir(&dir).map_err(|e| e.to_string())?,
    };
    let (topics, meetings) = analysis.everything();
    let selection = Selection { topics: &topics, meetings: &meetings };
    Ok(match format {
        Format::Json => analysis.to_json(selection),
        Format::Csv => analysis.to_csv(selection),
    })
}
