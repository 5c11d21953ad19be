//! Word tokens with light normalisation, shared by topic matching: lower
//! case, curly quotes straightened, possessive "'s" dropped, hyphens and
//! slashes split words ("South Korea-U.S." → south korea u s), and a light
//! plural rule ("chips" → chip, "batteries" → battery). A word also ends
//! where Latin letters or digits meet Hangul, as Korean attaches particles
//! to borrowed words ("IPEF에" → ipef, 에; "AI와" → ai, 와).

/// A normalised word and where it stands in the original text (bytes).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token {
    pub word: String,
    pub start: usize,
    pub end: usize,
}

/// Splits `text` into normalised word tokens.
pub fn tokens(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    let mut current: Option<usize> = None;
    let mut iter = text.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        if c.is_alphanumeric() {
            if let Some(start) = current {
                let before = text[..i].chars().next_back();
                if before.is_some_and(|b| is_hangul(b) != is_hangul(c)) {
                    push(&mut out, text, start, i);
                    current = Some(i);
                }
            }
            current.get_or_insert(i);
            continue;
        }
        // An apostrophe inside a word: keep "don't", drop possessive "'s".
        if matches!(c, '\'' | '’') && current.is_some() {
            if let Some(&(_, next)) = iter.peek() {
                if next.is_alphanumeric() {
                    continue;
                }
            }
        }
        if let Some(start) = current.take() {
            push(&mut out, text, start, i);
        }
    }
    if let Some(start) = current {
        push(&mut out, text, start, text.len());
    }
    out
}

fn push(out: &mut Vec<Token>, text: &str, start: usize, end: usize) {
    let raw = &text[start..end];
    let lower = raw.to_lowercase().replace('’', "'");
    let (word, end) = match lower.strip_suffix("'s") {
        Some(stem) => (stem.to_owned(), end - if raw.ends_with("’s") || raw.ends_with("’S") { "’s".len() } else { 2 }),
        None => (lower, end),
    };
    out.push(Token { word: singular(&word), start, end });
}

/// Whether `c` is Hangul: a syllable, or a jamo of any block.
pub fn is_hangul(c: char) -> bool {
    matches!(c, '\u{AC00}'..='\u{D7A3}' | '\u{1100}'..='\u{11FF}' | '\u{3130}'..='\u{318F}' | '\u{A960}'..='\u{A97F}' | '\u{D7B0}'..='\u{D7FF}')
}

/// A light English plural rule, applied alike to texts and terms.
pub fn singular(word: &str) -> String {
    let n = word.len();
    if n <= 3 || !word.is_ascii() {
        return word.to_owned();
    }
    if let Some(stem) = word.strip_suffix("ies") {
        return format!("{stem}y");
    }
    for suffix in ["sses", "ches", "shes", "xes"] {
        if word.ends_with(suffix) {
            return word[..n - 2].to_owned();
        }
    }
    if word.ends_with('s') && !word.ends_with("ss") && !word.ends_with("us") && !word.ends_with("is") {
        return word[..n - 1].to_owned();
    }
    word.to_owned()
}

/// The normalised words of a term or phrase.
pub fn words(text: &str) -> Vec<String> {
    tokens(text).into_iter().map(|t| t.word).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalises_case_plurals_hyphens_and_possessives() {
        assert_eq!(words("Semiconductors, EV batteries"), ["semiconductor", "ev", "battery"]);
        assert_eq!(words("Russia’s war in Ukraine's east"), ["russia", "war", "in", "ukraine", "east"]);
        assert_eq!(words("South Korea-U.S. cyber-security"), ["south", "korea", "u", "s", "cyber", "security"]);
        assert_eq!(words("COVID-19 vaccines"), ["covid", "19", "vaccine"]);
        assert_eq!(words("the U.S. don't"), ["the", "u", "s", "don't"]);
        assert_eq!(words("Pacific Island Countries"), words("Pacific Island country"));
    }

    #[test]
    fn latin_words_end_where_korean_particles_begin() {
        assert_eq!(words("IPEF에 AI와 5G를"), ["ipef", "에", "ai", "와", "5g", "를"]);
        assert_eq!(words("확장억제를 강화"), ["확장억제를", "강화"]);
    }

    #[test]
    fn keeps_spans_on_the_original_text() {
        let text = "Seoul’s chips";
        let t = tokens(text);
        assert_eq!(&text[t[0].start..t[0].end], "Seoul");
        assert_eq!(&text[t[1].start..t[1].end], "chips");
    }

    #[test]
    fn leaves_short_words_and_latin_endings_alone() {
        assert_eq!(singular("gas"), "gas");
        assert_eq!(singular("analysis"), "analysis");
        assert_eq!(singular("process"), "process");
        assert_eq!(singular("status"), "status");
    }
}
