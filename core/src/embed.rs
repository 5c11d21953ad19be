//! Embedding in news sites: the embed's own parameters (validated, with
//! notices, and kept in the address) and the snippets a newsroom pastes.
//! The height messages hosts listen for are sent by static/head.js, which
//! runs without the WebAssembly too, from the same `id` and `childId`.

use crate::escape::attribute;
use crate::filter::UrlState;
use crate::i18n::Locale;
use crate::notice::quoted;
use crate::notice::Notice;
use crate::query;

/// Parameters that belong to the embed, not to the shared view. `hostlang`
/// is the host page's language, which embed.js passes as a hint: the page's
/// start-up script (static/head.js) uses it when no `lang` is given.
///
/// The last four are what NPR's pym.js 1.3 `Parent` appends to every child's
/// address, accepted without a notice: `childId` (read: it names our pym
/// height messages), `initialWidth` (the frame's width when created; the
/// widget lays itself out by its own width), and the host page's
/// `parentTitle` and `parentUrl`, which the widget deliberately leaves
/// unread, so nothing about the host page is kept or sent anywhere.
/// Datawrapper's and Flourish's embeds add nothing to the address (they
/// only listen for height messages), and AMP's `amp-iframe` adds only a
/// `#amp=1` fragment, which the widget does not read.
pub const KEYS: &[&str] =
    &["plain", "id", "lang", "hostlang", "embed", "childId", "initialWidth", "parentTitle", "parentUrl"];

/// The message id when the embed names none.
pub const DEFAULT_ID: &str = "summit-matrix";

/// How an embed presents itself and identifies its height messages.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EmbedOptions {
    /// Matrix and filters only: no header or footer.
    pub plain: bool,
    /// Id of the height messages (static/head.js sends them: our own and Datawrapper's).
    pub id: String,
    /// pym.js child id; pym messages are sent only when it is given.
    pub child_id: Option<String>,
    /// The locale the link asks for with `lang`.
    pub lang: Locale,
}

impl Default for EmbedOptions {
    fn default() -> Self {
        Self { plain: false, id: DEFAULT_ID.to_owned(), child_id: None, lang: Locale::En }
    }
}

fn valid_id(id: &str) -> bool {
    (1..=64).contains(&id.len()) && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

impl EmbedOptions {
    /// Reads the embed's parameters; a bad value keeps the default and says so.
    pub fn from_pairs(pairs: &[(String, String)]) -> (Self, Vec<Notice>) {
        let mut options = Self::default();
        let mut notices = Vec::new();
        for (key, raw) in pairs {
            let value = raw.trim();
            match key.as_str() {
                "plain" => match value.to_ascii_lowercase().as_str() {
                    "" | "1" | "true" | "yes" => options.plain = true,
                    "0" | "false" | "no" => options.plain = false,
                    _ => notices.push(Notice::new("notice_plain").with("value", quoted(raw))),
                },
                "id" if valid_id(value) => options.id = value.to_owned(),
                "childId" if valid_id(value) => options.child_id = Some(value.to_owned()),
                "id" | "childId" => {
                    notices.push(Notice::new("notice_id").with("key", key.as_str()).with("value", quoted(raw)))
                }
                "lang" => match Locale::from_tag(value) {
                    Some(locale) => options.lang = locale,
                    None => {
                        let choices: Vec<&str> = Locale::ALL.iter().map(|l| l.code()).collect();
                        notices.push(
                            Notice::new("notice_lang").with("value", quoted(raw)).with("choices", choices.join(", ")),
                        )
                    }
                },
                _ => {}
            }
        }
        (options, notices)
    }

    /// The query pairs that keep these options, leaving out defaults.
    pub fn to_pairs(&self) -> Vec<(&'static str, String)> {
        let mut out = Vec::new();
        if self.plain {
            out.push(("plain", "1".to_owned()));
        }
        if self.id != DEFAULT_ID {
            out.push(("id", self.id.clone()));
        }
        if let Some(child) = &self.child_id {
            out.push(("childId", child.clone()));
        }
        if self.lang != Locale::En {
            out.push(("lang", self.lang.code().to_owned()));
        }
        out
    }
}

/// The address of the embed page for `state`, beside the page at `page_url`
/// (its query and fragment dropped).
pub fn embed_url(page_url: &str, state: &UrlState, locale: Locale) -> String {
    view_url(page_url, "embed.html", state, locale)
}

/// The address of the standalone page for `state`, beside the page at
/// `page_url`: where a reader in a frame gets what the frame cannot give.
pub fn standalone_url(page_url: &str, state: &UrlState, locale: Locale) -> String {
    view_url(page_url, "index.html", state, locale)
}

/// The address of `file` in the folder of `page_url`, showing `state` in `locale`.
fn view_url(page_url: &str, file: &str, state: &UrlState, locale: Locale) -> String {
    let mut pairs = state.to_pairs();
    pairs.retain(|(k, _)| !matches!(*k, "cell" | "article"));
    if locale != Locale::En {
        pairs.push(("lang", locale.code().to_owned()));
    }
    let q = query::encode(&pairs);
    let mut url = beside(page_url, file);
    if !q.is_empty() {
        url.push('?');
        url.push_str(&q);
    }
    url
}

/// The address of `file` in the folder of the page at `page_url`; with no
/// page address (the build's prerender), `file` relative to the page.
fn beside(page_url: &str, file: &str) -> String {
    let base = page_url.split(['?', '#']).next().unwrap_or(page_url);
    match base.rsplit_once('/') {
        Some((dir, _)) => [dir, "/", file].concat(),
        None if base.is_empty() => file.to_owned(),
        None => [base, "/", file].concat(),
    }
}

/// What a newsroom pastes: the script embed (auto-height) and a plain
/// iframe for CMSs that strip scripts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Snippets {
    pub script: String,
    pub iframe: String,
    /// The standalone page of the same view ([`standalone_url`]).
    pub page: String,
    /// The link an editor pastes into a content system for this view, if
    /// the view has one ([`crate::oembed::paste_page`]).
    pub paste: Option<String>,
}

/// The snippets for `state` seen from the page at `page_url`; `title` names
/// the iframe for screen readers.
pub fn snippets(page_url: &str, state: &UrlState, locale: Locale, title: &str) -> Snippets {
    let embed_url = &embed_url(page_url, state, locale);
    let (src, title) = (attribute(embed_url), attribute(title));
    let dir = embed_url.split('?').next().unwrap_or(embed_url).rsplit_once('/').map_or("", |(d, _)| d);
    Snippets {
        script: ["<div data-summit-matrix data-src=\"", &src, "\"></div>\n<script src=\"", dir, "/embed.js\" async></script>"]
            .concat(),
        iframe: [
            "<iframe src=\"",
            &src,
            "\" title=\"",
            &title,
            "\" width=\"100%\" height=\"1600\" style=\"border:0;width:100%\" scrolling=\"yes\" loading=\"lazy\"></iframe>",
        ]
        .concat(),
        page: standalone_url(page_url, state, locale),
        paste: crate::oembed::paste_page(state, locale).map(|file| beside(page_url, &file)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::filter::Filter;

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect()
    }

    #[test]
    fn reads_and_validates_embed_parameters() {
        let (o, n) = EmbedOptions::from_pairs(&pairs(&[
            ("plain", "1"),
            ("id", "story-7"),
            ("childId", "pym-1"),
            ("lang", "EN"),
        ]));
        assert!(n.is_empty());
        assert_eq!(
            o,
            EmbedOptions { plain: true, id: "story-7".into(), child_id: Some("pym-1".into()), lang: Locale::En }
        );
        let kept: Vec<(String, String)> = o.to_pairs().into_iter().map(|(k, v)| (k.to_owned(), v)).collect();
        assert_eq!(EmbedOptions::from_pairs(&kept).0, o, "the options survive the widget rewriting its address");
        assert!(EmbedOptions::default().to_pairs().is_empty());
        let (o, n) = EmbedOptions::from_pairs(&pairs(&[("plain", "maybe"), ("id", "<script>"), ("lang", "fr")]));
        assert_eq!(o, EmbedOptions::default());
        assert_eq!(n.len(), 3, "{n:?}");
    }

    #[test]
    fn the_address_pym_js_builds_gives_no_notice() {
        // What pym.js 1.3.2's Parent appends to the embed's address.
        let address = "cat=security&initialWidth=640&childId=sm-pym&parentTitle=Summits%20%E2%80%93%20News\
                       &parentUrl=https%3A%2F%2Fnews.example%2Fstory%3Fa%3D1";
        let pairs = query::parse(address);
        let (state, notices) = UrlState::from_pairs(&pairs, crate::testing::seed(), KEYS);
        assert!(notices.is_empty(), "{notices:?}");
        assert_eq!(state.filter.categories, ["security"], "the view still reads its own parameters");
        let (options, notices) = EmbedOptions::from_pairs(&pairs);
        assert!(notices.is_empty(), "{notices:?}");
        assert_eq!(options.child_id.as_deref(), Some("sm-pym"), "pym's child id is kept in the address");
        // An unknown parameter still gets its notice.
        let (_, notices) = UrlState::from_pairs(&query::parse("initialWidht=640"), crate::testing::seed(), KEYS);
        assert_eq!(notices.len(), 1);
    }

    #[test]
    fn snippets_carry_the_current_view() {
        let state = UrlState {
            filter: Filter { categories: ["security".to_owned()].into(), query: "a&b".into(), ..Filter::default() },
            open: Some(crate::filter::Open::Article("x".into())),
            ..UrlState::default()
        };
        let url = embed_url("https://news.example/graphics/summit/index.html?q=old#top", &state, Locale::En);
        assert_eq!(url, "https://news.example/graphics/summit/embed.html?cat=security&q=a%26b");
        let s = snippets(
            "https://news.example/graphics/summit/index.html?q=old#top",
            &state,
            Locale::En,
            "A \"quoted\" title",
        );
        assert_eq!(s.page, "https://news.example/graphics/summit/index.html?cat=security&q=a%26b");
        assert_eq!(s.paste, None, "a search has no page to paste");
        let plain = UrlState {
            filter: Filter { categories: vec!["security".into()], ..Filter::default() },
            ..UrlState::default()
        };
        let pasted = snippets("https://news.example/g/index.ko.html?cat=security", &plain, Locale::Ko, "T").paste;
        assert_eq!(pasted.as_deref(), Some("https://news.example/g/view/security.ko.html"));
        assert!(s
            .script
            .contains("data-src=\"https://news.example/graphics/summit/embed.html?cat=security&amp;q=a%26b\""));
        assert!(s.script.contains("src=\"https://news.example/graphics/summit/embed.js\""));
        assert!(s
            .iframe
            .starts_with("<iframe src=\"https://news.example/graphics/summit/embed.html?cat=security&amp;q=a%26b\""));
        assert!(s.iframe.contains("title=\"A &quot;quoted&quot; title\"") && s.iframe.contains("scrolling=\"yes\""));
        assert_eq!(embed_url("http://h/", &UrlState::default(), Locale::En), "http://h/embed.html");
        assert_eq!(
            embed_url("http://h/index.ko.html", &UrlState::default(), Locale::Ko),
            "http://h/embed.html?lang=ko"
        );
    }
}
