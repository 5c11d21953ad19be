//! HTML and XML escaping for the markup the code writes as text (the embed
//! snippets, the oEmbed files, the prerendered page's head, the picture's
//! SVG): one home, so a fix reaches every writer. (Yew escapes what components render.)

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

#[cfg(test)]
mod tests {
    #[test]
    fn nothing_can_close_the_attribute_or_open_a_tag() {
        let out = super::attribute(r#"a" onload="x" <script>&amp;"#);
        assert_eq!(out, "a&quot; onload=&quot;x&quot; &lt;script&gt;&amp;amp;");
        assert_eq!(super::attribute("a\u{0}b\u{1b}c"), "abc", "no control characters in XML");
    }
}
