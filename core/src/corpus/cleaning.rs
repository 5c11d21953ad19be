//! Cleaning rules: the site chrome and non-article lines a newsroom's paste
//! contains (site names, "Also Read:" links, reporter hand-overs, bare labels,
//! time stamps). The rules are data in `cleaning.toml`; this module applies
//! them line by line and records every line it drops and why.

use crate::error::{line_of, InputError};
use regex::Regex;
use serde::Deserialize;

/// What a rule does to a line that matches it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Action {
    /// The whole line is not article text.
    DropLine,
    /// The matched start of the line is a label, the rest is article text.
    StripPrefix,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RuleFile {
    rule: Vec<RuleSpec>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RuleSpec {
    id: String,
    #[allow(dead_code)] // documentation for the journalist editing the file
    description: String,
    action: Action,
    #[serde(default)]
    pattern: Option<String>,
    #[serde(default)]
    lines: Vec<String>,
}

#[derive(Debug)]
struct Rule {
    id: String,
    action: Action,
    pattern: Option<Regex>,
    lines: Vec<String>,
}

/// The outcome of cleaning one line.
#[derive(Debug, PartialEq, Eq)]
pub enum Cleaned<'a> {
    /// Article text (possibly with a label stripped from its start).
    Keep(&'a str),
    /// Not article text; the id of the rule that said so.
    Drop(&'a str),
}

/// The compiled cleaning rules.
#[derive(Debug)]
pub struct Cleaning {
    rules: Vec<Rule>,
}

impl Cleaning {
    /// Reads `cleaning.toml`; `file` names it in errors.
    pub fn parse(file: &str, text: &str) -> Result<Self, InputError> {
        let spec: RuleFile = toml::from_str(text)
            .map_err(|e| InputError::new(file, e.span().map_or(0, |s| line_of(text, s.start)), e.message()))?;
        let mut rules = Vec::new();
        for rule in spec.rule {
            let line = text.find(&format!("\"{}\"", rule.id)).map_or(0, |at| line_of(text, at));
            if rule.pattern.is_none() && rule.lines.is_empty() {
                return Err(InputError::new(file, line, format!("rule '{}' needs a pattern or lines", rule.id)));
            }
            let pattern = match &rule.pattern {
                Some(p) => Some(
                    Regex::new(&format!("(?i){p}"))
                        .map_err(|e| InputError::new(file, line, format!("rule '{}': bad pattern: {e}", rule.id)))?,
                ),
                None => None,
            };
            let lines = rule.lines.iter().map(|l| l.trim().to_lowercase()).collect();
            rules.push(Rule { id: rule.id, action: rule.action, pattern, lines });
        }
        Ok(Self { rules })
    }

    /// Applies the rules in order to one line (already trimmed).
    pub fn clean<'a>(&'a self, mut line: &'a str) -> Cleaned<'a> {
        for rule in &self.rules {
            if rule.lines.iter().any(|l| l.eq_ignore_ascii_case(line)) {
                return Cleaned::Drop(&rule.id);
            }
            if let Some(found) = rule.pattern.as_ref().and_then(|p| p.find(line)) {
                match rule.action {
                    Action::DropLine => return Cleaned::Drop(&rule.id),
                    Action::StripPrefix if found.start() == 0 => {
                        line = line[found.end()..].trim_start();
                        if line.is_empty() {
                            return Cleaned::Drop(&rule.id);
                        }
                    }
                    Action::StripPrefix => {}
                }
            }
        }
        Cleaned::Keep(line)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::embedded::CLEANING;

    fn rules() -> Cleaning {
        Cleaning::parse("cleaning.toml", CLEANING).unwrap()
    }

    #[test]
    fn cleans_korean_news_chrome_by_rule() {
        let rules = rules();
        for (line, rule) in [
            ("[앵커]", "broadcast-label-ko"),
            ("홍길동 기자 (hong@example.co.kr)", "byline-ko"),
            ("워싱턴=김철수 특파원 kim.cs@example.com", "byline-ko"),
            ("<저작권자 ⓒ 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>", "copyright-ko"),
            ("ⓒ 테스트방송 무단전재 및 재배포 금지", "copyright-ko"),
            ("▶ 관련기사: 한미 정상 공동성명 전문", "related-ko"),
            ("☞ 관련 기사 보기", "related-ko"),
            ("(사진=대통령실 제공)", "photo-credit-ko"),
            ("[사진 출처: 백악관]", "photo-credit-ko"),
        ] {
            assert!(matches!(rules.clean(line), Cleaned::Drop(r) if r == rule), "{line} should be dropped by {rule}");
        }
        assert!(matches!(
            rules.clean("[앵커] 한미 정상이 확장억제를 논의했습니다."),
            Cleaned::Keep("한미 정상이 확장억제를 논의했습니다.")
        ));
        assert!(matches!(
            rules.clean("[기자]양국은 공급망 협력에 합의했습니다."),
            Cleaned::Keep("양국은 공급망 협력에 합의했습니다.")
        ));
        // Article sentences that mention these words stay.
        for line in [
            "양국은 사진 전시회를 열기로 했다.",
            "정부는 관련 기사를 바로잡았다고 밝혔다.",
            "그는 이메일로 입장을 밝혔다.",
        ] {
            assert!(matches!(rules.clean(line), Cleaned::Keep(_)), "{line} should stay");
        }
    }

    #[test]
    fn drops_chrome_links_handovers_labels_and_stamps() {
        let rules = rules();
        for line in [
            "arirang mobile",
            "Also Read: US, Korea to strengthen trade for mutual benefit",
            "READ MORE: Seoul eyes chip pact",
            "Back to you, Daniel.",
            "Over to you, Sarah.",
            "Reporter :",
            "Updated: 2022-05-21 16:39:57 KST",
            "Advertisement",
        ] {
            assert!(matches!(rules.clean(line), Cleaned::Drop(_)), "{line} should be dropped");
        }
    }

    #[test]
    fn strips_labels_and_date_stamps_but_keeps_the_text() {
        let rules = rules();
        assert_eq!(
            rules.clean("Reporter :Washington DC, 1 May 2023 (TDI): President Biden met Yoon."),
            Cleaned::Keep("Washington DC, 1 May 2023 (TDI): President Biden met Yoon.")
        );
        assert_eq!(rules.clean("date 2021-05-22 Moon, Harris agree"), Cleaned::Keep("Moon, Harris agree"));
    }

    #[test]
    fn keeps_article_sentences_that_merely_resemble_chrome() {
        let rules = rules();
        for line in [
            "Moon said he would read more about the plan before deciding.",
            "By 2030, the two countries aim for carbon neutrality.",
            "The reporter asked whether chips were discussed.",
            "Global comprehensive strategic alliance",
        ] {
            assert_eq!(rules.clean(line), Cleaned::Keep(line));
        }
    }

    #[test]
    fn a_bad_rule_file_names_the_line() {
        let err = Cleaning::parse(
            "c.toml",
            "[[rule]]\nid = \"x\"\ndescription = \"d\"\naction = \"explode\"\nlines = [\"a\"]\n",
        )
        .unwrap_err();
        assert_eq!((err.file.as_str(), err.line), ("c.toml", 4));
        let err = Cleaning::parse(
            "c.toml",
            "[[rule]]\nid = \"x\"\ndescription = \"d\"\naction = \"drop-line\"\npattern = \"(\"\n",
        )
        .unwrap_err();
        assert!(err.to_string().contains("bad pattern"), "{err}");
    }
}
