//! HTML escaping for the markup the code writes as text (the embed
//! snippets, the oEmbed files, the prerendered page's head): one home, so a
//! fix reaches every writer. (Yew escapes what components render.)

/// `text` safe inside a double-quoted HTML attribute, and as element text.
pub fn attribute(text: &str) -> String {
    text.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;").replace('>', "&gt;")
}

#[cfg(test)]
mod tests {
    #[test]
    fn nothing_can_close_the_attribute_or_open_a_tag() {
        let out = super::attribute(r#"a" onload="x" <script>&amp;"#);
        assert_eq!(out, "a&quot; onload=&quot;x&quot; &lt;script&gt;&amp;amp;");
    }
}
