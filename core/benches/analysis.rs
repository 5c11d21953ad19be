//! Native analysis time for the seed corpus and for synthetic corpora 10×
//! and 100× larger: parse + clean + split + match + matrix, median of runs.
//! Run with `cargo bench -p summit-core --bench analysis`.

use std::time::{Duration, Instant};
use summit_core::analysis::{self, taxonomy::Taxonomy};
use summit_core::corpus::{self, cleaning::Cleaning};
use summit_core::embedded::{self, synthetic};

fn median(mut runs: Vec<Duration>) -> Duration {
    runs.sort();
    runs[runs.len() / 2]
}

fn main() {
    let taxonomy = Taxonomy::parse("topics.toml", embedded::TOPICS).expect("taxonomy");
    let cleaning = Cleaning::parse("cleaning.toml", embedded::CLEANING).expect("cleaning rules");
    println!("| corpus | articles | sentences | evidence | median analysis time | runs |");
    println!("| --- | ---: | ---: | ---: | ---: | ---: |");
    for factor in [1, 10, 100] {
        let files = synthetic::corpus(factor);
        let runs = if factor == 100 { 11 } else { 31 };
        let mut times = Vec::with_capacity(runs);
        let mut last = None;
        for _ in 0..runs {
            let start = Instant::now();
            let documents = corpus::parse_files(&files, &cleaning).expect("corpus");
            let a = analysis::analyse(documents, &taxonomy);
            times.push(start.elapsed());
            last = Some(a);
        }
        let a = last.expect("at least one run");
        let sentences: usize = a.documents.iter().map(|d| d.sentences.len()).sum();
        let evidence: usize = a.cells.iter().flat_map(|row| row.iter()).map(|cell| cell.len()).sum();
        let t = median(times);
        println!(
            "| {factor}× | {} | {sentences} | {evidence} | {:.2} ms | {runs} |",
            files.len(),
            t.as_secs_f64() * 1e3
        );
    }
}
