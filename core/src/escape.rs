//! Escaping for what the code writes as text: HTML and XML (the embed
//! snippets, the oEmbed files, the pages' heads, the picture's SVG) and JSON
//! strings (the export, the coverage report, the web app manifests): one
//! home, so a fix reaches every writer. (Yew escapes what components render.)

/// `text` safe inside a double-quoted HTML or XML attribute, and as element
/// text.
pub fn attribute(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    push_attribute(&mut out, text);
    out
}

/// Appends [`attribute`]`(text)` to `out`. Control characters, which XML
/// does not allow (the picture is SVG), are left out.
pub fn push_attribute(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
}

/// Appends `text` as a JSON string literal, quotes included; also safe in
/// JavaScript source (U+2028 and U+2029 escaped).
pub fn push_json_string(out: &mut String, text: &str) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if u32::from(c) < 0x20 || c == '\u{2028}' || c == '\u{2029}' => {
                out.push_str("\\u");
                for shift in [12, 8, 4, 0] {
                    out.push(char::from(b"0123456789abcdef"[(u32::from(c) >> shift) as usize & 0xf]));
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

#[cfg(test)]
mod tests {
    #[test]
    fn nothing_can_close_the_attribute_or_open_a_tag() {
        let out = super::attribute(r#"a" onload="x" <script>&amp;"#);
        assert_eq!(out, "a&quot; onload=&quot;x&quot; &lt;script&gt;&amp;amp;");
        assert_eq!(super::attribute("a\u{0}b\u{1b}c"), "abc", "no control characters in XML");
    }
}
