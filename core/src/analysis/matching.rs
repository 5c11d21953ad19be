//! Finds the areas of cooperation a sentence names. An English term matches
//! a run of whole normalised words; a Korean term matches from the start of
//! a word, written with or without spaces and middle dots, whatever particle
//! or ending follows (확장억제를, 경제안보, 인도·태평양). A match that
//! overlaps an exclusion (another sense of the same words) does not count.

use crate::analysis::taxonomy::{separator, Pattern, Rules};
use crate::analysis::text::Token;
use crate::Span;

/// Where `rules` match in `text` (already split into `tokens`), merged and
/// sorted; empty when the topic is not named.
pub fn find(rules: &Rules, text: &str, tokens: &[Token]) -> Vec<Span> {
    let mut spans: Vec<Span> = term_matches(rules, text, tokens)
        .into_iter()
        .map(|(_, start, end)| Span { start: start as u32, end: end as u32 })
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

/// Every counted occurrence of a term: `(term index, start, end)`, a byte
/// range of `text`, leaving out those that overlap an exclusion.
pub fn term_matches(rules: &Rules, text: &str, tokens: &[Token]) -> Vec<(usize, usize, usize)> {
    let excluded: Vec<(usize, usize)> =
        rules.exclude.iter().flat_map(|pattern| occurrences(pattern, text, tokens)).collect();
    rules
        .terms
        .iter()
        .enumerate()
        .flat_map(|(t, term)| occurrences(term, text, tokens).into_iter().map(move |(start, end)| (t, start, end)))
        .filter(|&(_, start, end)| !excluded.iter().any(|&(es, ee)| start < ee && es < end))
        .collect()
}

/// Byte ranges of `text` where `pattern` stands.
fn occurrences(pattern: &Pattern, text: &str, tokens: &[Token]) -> Vec<(usize, usize)> {
    match pattern {
        Pattern::Words(phrase) => {
            if phrase.is_empty() || phrase.len() > tokens.len() {
                return Vec::new();
            }
            (0..=tokens.len() - phrase.len())
                .filter(|&i| phrase.iter().zip(&tokens[i..]).all(|(w, t)| *w == t.word))
                .map(|i| (tokens[i].start, tokens[i + phrase.len() - 1].end))
                .collect()
        }
        Pattern::Hangul(letters) => tokens.iter().filter_map(|t| prefix_at(letters, text, t.start)).collect(),
    }
}

/// The byte range from `start` over `letters`, read in `text` with
/// separators allowed between them; `None` when they are not there.
fn prefix_at(letters: &[char], text: &str, start: usize) -> Option<(usize, usize)> {
    let mut rest = text.get(start..)?.char_indices().peekable();
    let mut end = start;
    for (n, &want) in letters.iter().enumerate() {
        if n > 0 {
            while rest.next_if(|&(_, c)| separator(c)).is_some() {}
        }
        let (at, c) = rest.next()?;
        if !c.to_lowercase().eq(std::iter::once(want)) {
            return None;
        }
        end = start + at + c.len_utf8();
    }
    Some((start, end))
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
    fn finds_korean_terms_with_particles_compounds_and_middle_dots() {
        let cases: &[(&str, &[&str])] = &[
            ("양국은 확장억제를 강화하기로 했다.", &["deterrence"]),
            ("북한의 도발에 공동 대응한다.", &["north-korea"]),
            ("러시아가 우크라이나를 침공했다.", &["ukraine"]),
            ("반도체 공급망과 경제안보를 논의했다.", &["chips-batteries", "supply-chains"]),
            ("경제 안보 대화를 신설했다.", &["supply-chains"]),
            ("인도·태평양 전략을 발표했다.", &["indo-pacific"]),
            ("인도태평양 지역의 평화를 강조했다.", &["indo-pacific"]),
            ("핵협의그룹(NCG)을 출범시켰다.", &["deterrence"]),
            ("IPEF에 참여하고 AI와 양자 기술에서 협력한다.", &["emerging-tech", "indo-pacific", "trade"]),
            ("한미일 안보 협력을 강화한다.", &["trilateral-japan"]),
        ];
        for (sentence, expected) in cases {
            assert_eq!(topics_named(sentence), *expected, "{sentence}");
        }
    }

    #[test]
    fn keeps_korean_senses_apart() {
        // Nuclear power plants are not nuclear weapons, and the reverse.
        assert_eq!(topics_named("양국은 원전 수출에 협력한다."), ["nuclear-energy"]);
        assert!(!topics_named("핵무기 사용 가능성을 경고했다.").contains(&"nuclear-energy".to_owned()));
        assert!(!topics_named("원자력 추진 잠수함 도입을 검토한다.").contains(&"nuclear-energy".to_owned()));
        // 양자 회담 is bilateral talks, not quantum.
        assert!(topics_named("두 정상은 양자 회담을 가졌다.").is_empty());
        assert!(topics_named("두 정상은 양자회담을 가졌다.").is_empty());
        // A term counts only at the start of a word: 국제원자력기구 is not 원자력 발전.
        assert!(topics_named("국제원자력기구 사무총장이 방문했다.").is_empty());
    }

    #[test]
    fn marks_only_the_korean_term_not_its_particle() {
        let taxonomy = crate::analysis::taxonomy::Taxonomy::parse("topics.toml", crate::embedded::TOPICS).unwrap();
        let deterrence = taxonomy.topics.iter().position(|t| t.id == "deterrence").unwrap();
        let text = "양국은 확장 억제를 강화한다.";
        let spans = super::find(&taxonomy.rules[deterrence], text, &crate::analysis::text::tokens(text));
        assert_eq!(spans.iter().map(|s| &text[s.start as usize..s.end as usize]).collect::<Vec<_>>(), ["확장 억제"]);
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
