//! Hand annotation of the seed articles against the analysis: which areas of
//! cooperation each meeting's report names, read by a person, compared with
//! what the matcher finds. Recall and precision are printed; every annotated
//! area must be found and nothing else reported.

use std::collections::BTreeSet;

/// Read from the articles by hand (see `src/corpus/articles`).
const ANNOTATION: &[(u16, &[&str])] = &[
    // Moon–Harris: vaccines, North Korea, Central American migration, shared values.
    (2021, &["covid", "north-korea", "migration", "democracy-values"]),
    // Yoon–Biden: values and the rules-based order, exercises and defence industry,
    // EDSCG and strategic assets, denuclearization and COVID aid to the North,
    // economic security, chips and batteries, nuclear energy, IPEF, global health
    // security office, Ukraine, carbon neutrality.
    (
        2022,
        &[
            "democracy-values",
            "defence",
            "deterrence",
            "north-korea",
            "covid",
            "supply-chains",
            "chips-batteries",
            "nuclear-energy",
            "trade",
            "indo-pacific",
            "global-health",
            "ukraine",
            "climate",
        ],
    ),
    // State visit: Washington Declaration, and the long list of the joint statement.
    (
        2023,
        &[
            "defence",
            "deterrence",
            "democracy-values",
            "climate",
            "global-health",
            "development",
            "indo-pacific",
            "ukraine",
            "north-korea",
            "nuclear-energy",
            "digital",
            "supply-chains",
            "trade",
            "trilateral-japan",
            "maritime",
            "southeast-asia-pacific",
            "energy-security",
            "emerging-tech",
            "space",
            "education",
            "cyber",
        ],
    ),
];

#[test]
fn the_analysis_finds_every_annotated_area_and_no_other() {
    let analysis = summit_core::embedded::analysis().expect("embedded corpus parses");
    let (mut hits, mut annotated, mut reported) = (0, 0, 0);
    for &(year, areas) in ANNOTATION {
        let m = analysis.meeting_of_year(year).expect("meeting exists");
        let want: BTreeSet<&str> = areas.iter().copied().collect();
        let got: BTreeSet<&str> = (0..analysis.topics.len())
            .filter(|&t| !analysis.evidence(t, m).is_empty())
            .map(|t| &*analysis.topics[t].id)
            .collect();
        let missed: Vec<_> = want.difference(&got).collect();
        let extra: Vec<_> = got.difference(&want).collect();
        println!("{year}: annotated {}, found {}, missed {missed:?}, extra {extra:?}", want.len(), got.len());
        hits += want.intersection(&got).count();
        annotated += want.len();
        reported += got.len();
    }
    let recall = hits as f64 / annotated as f64;
    let precision = hits as f64 / reported as f64;
    println!("recall {recall:.3}  precision {precision:.3}");
    assert!(recall >= 1.0 && precision >= 1.0, "recall {recall:.3}, precision {precision:.3}");
}
