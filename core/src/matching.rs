//! Finds the areas of cooperation a sentence names: a term matches a run of
//! whole normalised words; a match that overlaps an exclusion (another sense
//! of the same words) does not count.

use crate::taxonomy::Rules;
use crate::text::Token;
use crate::Span;

/// Where `rules` match in a sentence already split into `tokens`, merged and
/// sorted; empty when the topic is not named.
pub fn find(rules: &Rules, tokens: &[Token]) -> Vec<Span> {
    let mut spans: Vec<Span> = term_matches(rules, tokens)
        .into_iter()
        .map(|(_, from, to)| Span { start: tokens[from].start as u32, end: tokens[to - 1].end as u32 })
        .collect();
    spans.sort();
    let mut merged: Vec<Span> = Vec::with_capacity(spans.len());
    for span in spans {
        match merged.last_mut() {
            Some(last) if span.start <= last.end => last.end = last.end.max(span.end),
            _ => merged.push(span),
        }
    }
    merged
}

/// Every counted occurrence of a term: `(term index, from, to)`, the token
/// range `[from, to)`, leaving out those that overlap an exclusion.
pub fn term_matches(rules: &Rules, tokens: &[Token]) -> Vec<(usize, usize, usize)> {
    let excluded: Vec<(usize, usize)> = rules.exclude.iter().flat_map(|phrase| occurrences(phrase, tokens)).collect();
    rules
        .terms
        .iter()
        .enumerate()
        .flat_map(|(t, term)| occurrences(term, tokens).into_iter().map(move |(from, to)| (t, from, to)))
        .filter(|&(_, from, to)| !excluded.iter().any(|&(ef, et)| from < et && ef < to))
        .collect()
}

/// Token ranges `[from, to)` where `phrase` stands in `tokens`.
fn occurrences(phrase: &[String], tokens: &[Token]) -> Vec<(usize, usize)> {
    if phrase.is_empty() || phrase.len() > tokens.len() {
        return Vec::new();
    }
    (0..=tokens.len() - phrase.len())
        .filter(|&i| phrase.iter().zip(&tokens[i..]).all(|(w, t)| *w == t.word))
        .map(|i| (i, i + phrase.len()))
        .collect()
}

#[cfg(test)]
mod tests {
    use crate::testing::topics_named;

    #[test]
    fn finds_each_area_in_other_reporting_of_the_meetings() {
        let cases: &[(&str, &[&str])] = &[
            ("The leaders pledged to strengthen semiconductor supply chains.", &["chips-batteries", "supply-chains"]),
            ("Seoul will pursue a green recovery after the pandemic.", &["climate", "global-health"]),
            ("They launched the Nuclear Consultative Group.", &["deterrence"]),
            ("Both sides reaffirmed U.S. extended deterrence commitments.", &["deterrence"]),
            ("The allies will work together on artificial intelligence and quantum computing.", &["emerging-tech"]),
            ("NASA and the Korea AeroSpace Administration will cooperate on lunar exploration.", &["space"]),
            ("They agreed to counter North Korean cyberattacks and crypto theft.", &["cyber", "north-korea"]),
            ("Harris asked for help with the root causes of migration from the Northern Triangle.", &["migration"]),
            ("The two leaders condemned Russia’s invasion of Ukraine.", &["ukraine"]),
            ("Seoul will join talks with Tokyo on trilateral security cooperation.", &["defence", "trilateral-japan"]),
            ("Fulbright scholarships for students will double.", &["education"]),
            ("The partners will expand cooperation with ASEAN.", &["southeast-asia-pacific"]),
        ];
        for (sentence, expected) in cases {
            assert_eq!(topics_named(sentence), *expected, "{sentence}");
        }
    }

    #[test]
    fn keeps_senses_apart() {
        // Nuclear energy is not nuclear weapons or denuclearization.
        assert_eq!(topics_named("They called for the complete denuclearization of North Korea."), ["north-korea"]);
        assert_eq!(topics_named("The US will never accept North Korea as a nuclear power."), ["north-korea"]);
        assert_eq!(topics_named("Both will export nuclear power plants to third countries."), ["nuclear-energy"]);
        assert!(!topics_named("Washington will deploy nuclear weapons assets.").contains(&"nuclear-energy".to_owned()));
        // A community's name is not a region.
        assert!(topics_named("She met leaders of the Asian American and Pacific Islander community.").is_empty());
        assert!(topics_named("Moon pledged efforts with the international community.").is_empty());
        // A president's name is not the Moon; a bargaining chip is not a chip.
        assert!(topics_named("Moon flew to Washington for the summit.").is_empty());
        assert!(topics_named("Pyongyang uses its missiles as a bargaining chip.") == ["north-korea"]);
        // Freedom of navigation is maritime, not democratic values.
        assert_eq!(topics_named("They upheld freedom of navigation and overflight."), ["maritime"]);
        // Deterring cyber threats is cyber, not nuclear deterrence.
        assert_eq!(topics_named("They will deter cyber threats."), ["cyber"]);
    }
}
