//! Sentence splitting for news English: ends at `.`, `!` or `?` (with any
//! closing quotes or brackets) before a space and a capital, digit or opening
//! quote, but not after abbreviations ("U.S.", "Mr.", "Jr.", "Gen."),
//! initials ("S. Korea") or inside numbers ("$1.5 billion").
//!
//! And for news Korean: a sentence ends at `.`, `!` or `?` after a Hangul
//! syllable (다. 요. 까?) before a space and anything, but not inside a
//! quotation: `"…했다. …하겠다"고 밝혔다.` is one sentence, the quote with
//! its attribution (a closing quote followed by a particle, never a space,
//! keeps them together).

/// Words that end in a period without ending a sentence (compared without the dot, lower case).
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "jr", "sr", "st", "gen", "lt", "col", "maj", "capt", "cmdr", "adm", "sgt", "sen", "rep",
    "gov", "pres", "amb", "prof", "rev", "hon", "no", "nos", "vs", "etc", "inc", "corp", "co", "ltd", "dept", "govt",
    "est", "approx", "fig", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon",
    "tue", "wed", "thu", "fri", "sat", "sun", "a.m", "p.m",
];

const CLOSERS: &[char] = &['"', '\'', '”', '’', ')', ']'];
const OPENERS: &[char] = &['"', '\'', '“', '‘', '(', '['];

/// Splits one paragraph into sentences, trimmed, whitespace runs collapsed.
pub fn split(paragraph: &str) -> Vec<String> {
    let text = collapse_whitespace(paragraph);
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut sentences = Vec::new();
    let mut start = 0;
    let mut i = 0;
    let mut quoted = false;
    while i < chars.len() {
        let (_, c) = chars[i];
        match c {
            '“' => quoted = true,
            '”' => quoted = false,
            '"' => quoted = !quoted,
            _ => {}
        }
        let korean = i > 0 && matches!(chars[i - 1].1, '\u{AC00}'..='\u{D7A3}');
        if korean && matches!(c, '.' | '!' | '?') {
            let mut end = i + 1;
            while end < chars.len() && CLOSERS.contains(&chars[end].1) {
                end += 1;
            }
            let closes_quote = chars[i + 1..end].iter().any(|&(_, q)| matches!(q, '"' | '”'));
            let inside = quoted && !closes_quote;
            if !inside && end + 1 < chars.len() && chars[end].1 == ' ' {
                sentences.push(text[start..chars[end].0].trim().to_owned());
                start = chars[end + 1].0;
                quoted = false;
                i = end + 1;
                continue;
            }
        } else if matches!(c, '.' | '!' | '?') {
            let mut end = i + 1;
            while end < chars.len() && CLOSERS.contains(&chars[end].1) {
                end += 1;
            }
            let next_starts = end + 1 < chars.len() && chars[end].1 == ' ' && starts_sentence(chars[end + 1].1);
            if next_starts && !(c == '.' && is_abbreviation(&text[start..chars[i].0])) {
                let stop = chars[end].0;
                sentences.push(text[start..stop].trim().to_owned());
                start = chars[end + 1].0;
                i = end + 1;
                continue;
            }
        }
        i += 1;
    }
    let rest = text[start..].trim();
    if !rest.is_empty() {
        sentences.push(rest.to_owned());
    }
    sentences
}

fn starts_sentence(c: char) -> bool {
    c.is_uppercase() || c.is_ascii_digit() || OPENERS.contains(&c)
}

/// Whether the word ending right before a period is an abbreviation or initial.
fn is_abbreviation(before_period: &str) -> bool {
    let word = before_period.rsplit([' ', '(', '"', '“']).next().unwrap_or("");
    let bare = word.trim_start_matches(['$', '\'', '‘']);
    if bare.is_empty() {
        return false;
    }
    // Initials and dotted abbreviations: "S", "U.S", "D.C", "J.R.R".
    if bare.split('.').all(|part| part.chars().count() == 1 && part.chars().all(char::is_alphabetic)) {
        return true;
    }
    ABBREVIATIONS.contains(&bare.to_lowercase().as_str())
}

/// Collapses every run of whitespace to one space.
pub fn collapse_whitespace(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::split;

    #[test]
    fn splits_korean_at_sentence_endings_and_keeps_quotes_with_their_attribution() {
        assert_eq!(
            split(
                "양국은 확장억제를 강화하기로 했다. 회담은 90분간 열렸어요. 무엇이 달라졌을까? 공급망 협력도 논의됐다."
            ),
            [
                "양국은 확장억제를 강화하기로 했다.",
                "회담은 90분간 열렸어요.",
                "무엇이 달라졌을까?",
                "공급망 협력도 논의됐다."
            ]
        );
        assert_eq!(
            split("윤 대통령은 \"북한의 위협은 커졌다. 우리는 함께 대응한다\"고 밝혔다. 다음 문장이다."),
            ["윤 대통령은 \"북한의 위협은 커졌다. 우리는 함께 대응한다\"고 밝혔다.", "다음 문장이다."]
        );
        assert_eq!(
            split("그는 “반도체가 핵심이다.”라고 말했다. 끝."),
            ["그는 “반도체가 핵심이다.”라고 말했다.", "끝."]
        );
        // A quoted sentence standing alone still ends where its quote closes.
        assert_eq!(split("“동맹은 강하다.” 그가 말했다."), ["“동맹은 강하다.”", "그가 말했다."]);
    }

    #[test]
    fn splits_plain_sentences() {
        assert_eq!(
            split("One thing. Another thing! A third? Yes."),
            ["One thing.", "Another thing!", "A third?", "Yes."]
        );
    }

    #[test]
    fn keeps_abbreviations_and_initials_inside_sentences() {
        let text = "South Korean President Moon Jae-in and U.S. Vice President Kamala Harris met. \
                    Leaders of S. Korea, U.S. reaffirm ties. Mr. Yoon met Gen. Paul LaCamera Jr. in Seoul.";
        assert_eq!(
            split(text),
            [
                "South Korean President Moon Jae-in and U.S. Vice President Kamala Harris met.",
                "Leaders of S. Korea, U.S. reaffirm ties.",
                "Mr. Yoon met Gen. Paul LaCamera Jr. in Seoul."
            ]
        );
    }

    #[test]
    fn keeps_money_and_decimals_and_closing_quotes() {
        let text = "They launched a new $60 million educational exchange initiative. It costs $1.5 billion. \
                    Moon called it a \"linchpin.\" The talks \"went well,\" he said. (Both agreed.) Next.";
        assert_eq!(
            split(text),
            [
                "They launched a new $60 million educational exchange initiative.",
                "It costs $1.5 billion.",
                "Moon called it a \"linchpin.\"",
                "The talks \"went well,\" he said.",
                "(Both agreed.)",
                "Next."
            ]
        );
    }

    #[test]
    fn collapses_whitespace_and_keeps_an_unfinished_tail() {
        assert_eq!(split("  A  line\twith   gaps. And no end"), ["A line with gaps.", "And no end"]);
    }
}
