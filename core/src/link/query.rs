//! `application/x-www-form-urlencoded` query strings, decoded and encoded
//! without a browser so URL state can be tested natively.

/// Decodes `?a=1&b=x+y` (leading `?` optional) into pairs. Bad escapes are
/// kept as written; invalid UTF-8 is replaced.
pub fn parse(query: &str) -> Vec<(String, String)> {
    query
        .trim_start_matches('?')
        .split('&')
        .filter(|part| !part.is_empty())
        .map(|part| {
            let (k, v) = part.split_once('=').unwrap_or((part, ""));
            (decode(k), decode(v))
        })
        .collect()
}

fn decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                (Some(hi), Some(lo)) => {
                    out.push(hi << 4 | lo);
                    i += 2;
                }
                _ => out.push(b'%'),
            },
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex(digit: u8) -> Option<u8> {
    char::from(digit).to_digit(16).map(|d| d as u8)
}

/// Encodes pairs as `a=1&b=x+y` (no leading `?`).
pub fn encode<K: AsRef<str>, V: AsRef<str>>(pairs: &[(K, V)]) -> String {
    let mut out = String::new();
    for (i, (k, v)) in pairs.iter().enumerate() {
        if i > 0 {
            out.push('&');
        }
        escape(&mut out, k.as_ref());
        out.push('=');
        escape(&mut out, v.as_ref());
    }
    out
}

fn escape(out: &mut String, text: &str) {
    for b in text.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'*' | b',' | b':' => {
                out.push(char::from(b))
            }
            b' ' => out.push('+'),
            b => {
                out.push('%');
                for nibble in [b >> 4, b & 0xf] {
                    out.push(char::from(b"0123456789ABCDEF"[usize::from(nibble)]));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_plus_percent_and_utf8() {
        assert_eq!(
            parse("?q=cyber+threats&cat=security,health&x=%ED%95%9C%EA%B5%AD&flag"),
            [
                ("q".into(), "cyber threats".into()),
                ("cat".into(), "security,health".into()),
                ("x".into(), "한국".into()),
                ("flag".into(), String::new())
            ]
        );
    }

    #[test]
    fn survives_malformed_escapes() {
        assert_eq!(
            parse("q=100%&r=%zz&s=%E2%28"),
            [("q".into(), "100%".into()), ("r".into(), "%zz".into()), ("s".into(), "\u{fffd}(".into())]
        );
        assert_eq!(parse("q=%aé%é"), [("q".into(), "%aé%é".into())]);
    }

    #[test]
    fn round_trips() {
        let pairs = [("q", "AI & quantum = 50%"), ("cell", "north-korea:2021")];
        let text = encode(&pairs);
        assert_eq!(text, "q=AI+%26+quantum+%3D+50%25&cell=north-korea:2021");
        let back = parse(&text);
        assert_eq!(back, pairs.map(|(k, v)| (k.to_owned(), v.to_owned())));
    }
}
