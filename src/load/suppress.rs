//! Suppression comments in an article: a rule turned off for the next line or for a
//! block, always with a reason.
//!
//! ```text
//! <!-- claimlint-disable-next-line death-toll-disagrees -- the toll is from March -->
//! <!-- claimlint-disable troop-buildup-contradicts -- quoting two sources on purpose -->
//! …
//! <!-- claimlint-enable troop-buildup-contradicts -->
//! ```
//! The markers may stand in any comment syntax (or none); `all` names every rule.

use super::LoadError;
use crate::source::{SourceFile, Span};

/// A rule turned off over part of a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Suppression {
    /// The rule ids, or `all`.
    pub rules: Vec<String>,
    /// The bytes it covers.
    pub covers: Span,
    /// Why, as written.
    pub reason: String,
    /// The line of its `claimlint-disable…` marker, from 1.
    pub line: usize,
}

impl Suppression {
    /// Whether it turns off `rule` at `span`.
    pub fn covers(&self, rule: &str, span: Span) -> bool {
        self.covers.contains(span) && self.rules.iter().any(|r| r == rule || r == "all")
    }
}

const NEXT_LINE: &str = "claimlint-disable-next-line";
const DISABLE: &str = "claimlint-disable";
const ENABLE: &str = "claimlint-enable";

/// The start of every marker, searched for once per text before any line is read; the
/// searcher is made once, not per text.
static MARKER: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
    std::sync::LazyLock::new(|| memchr::memmem::Finder::new(b"claimlint-"));

/// Every suppression in a text, or the first marker that gives no reason.
pub fn suppressions(file: &SourceFile) -> Result<Vec<Suppression>, LoadError> {
    let text = file.text.as_ref();
    let mut out = Vec::new();
    if MARKER.find(text.as_bytes()).is_none() {
        return Ok(out);
    }
    let mut open: Vec<(Vec<String>, usize, String, usize)> = Vec::new();
    let mut offset = 0;
    for (index, line) in text.split_inclusive('\n').enumerate() {
        let number = index + 1;
        let line_start = offset;
        offset += line.len();
        let Some(at) = line.find("claimlint-") else {
            continue;
        };
        let marker = line.get(at..).unwrap_or("");
        let marker_span = Span::new(line_start + at, line_start + line.trim_end().len());
        let (kind, rest) = if let Some(rest) = marker.strip_prefix(NEXT_LINE) {
            (NEXT_LINE, rest)
        } else if let Some(rest) = marker.strip_prefix(ENABLE) {
            (ENABLE, rest)
        } else if let Some(rest) = marker.strip_prefix(DISABLE) {
            (DISABLE, rest)
        } else {
            continue;
        };
        let rest = rest
            .trim()
            .trim_end_matches("-->")
            .trim_end_matches("*/")
            .trim();
        let (ids, reason) = match rest.split_once("--") {
            Some((ids, reason)) => (ids, reason.trim()),
            None => (rest, ""),
        };
        let rules: Vec<String> = ids
            .split([',', ' '])
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
            .collect();
        if kind == ENABLE {
            if let Some(pos) = open
                .iter()
                .rposition(|(r, ..)| *r == rules || rules.is_empty())
            {
                let (rules, start, reason, line) = open.remove(pos);
                out.push(Suppression {
                    rules,
                    covers: Span::new(start, line_start),
                    reason,
                    line,
                });
            }
            continue;
        }
        if rules.is_empty() || reason.is_empty() {
            return Err(LoadError::Suppression {
                path: file.name.clone(),
                src: file.named_source(),
                at: marker_span.into(),
            });
        }
        if kind == NEXT_LINE {
            let next_end = text
                .get(offset..)
                .and_then(|rest| rest.find('\n'))
                .map_or(text.len(), |i| offset + i);
            out.push(Suppression {
                rules,
                covers: Span::new(offset, next_end),
                reason: reason.to_owned(),
                line: number,
            });
        } else {
            open.push((rules, offset, reason.to_owned(), number));
        }
    }
    for (rules, start, reason, line) in open {
        out.push(Suppression {
            rules,
            covers: Span::new(start, text.len()),
            reason,
            line,
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn next_line_and_blocks() {
        let text = "a\n<!-- claimlint-disable-next-line r1 -- old figure -->\nb 14,000\nc\n\
                    claimlint-disable r2, r3 -- quoting\nd\nclaimlint-enable r2, r3\ne\n";
        let file = SourceFile::new("a.md", text);
        let found = suppressions(&file).unwrap();
        assert_eq!(found.len(), 2);
        assert_eq!(&text[found[0].covers.range()], "b 14,000");
        assert_eq!(found[0].reason, "old figure");
        assert_eq!(&text[found[1].covers.range()], "d\n");
        assert_eq!(found[1].rules, ["r2", "r3"]);
        let b = Span::new(
            text.find("14,000").unwrap(),
            text.find("14,000").unwrap() + 6,
        );
        assert!(found[0].covers("r1", b));
        assert!(!found[0].covers("r2", b));
    }

    #[test]
    fn a_reason_is_required() {
        let file = SourceFile::new("a.md", "<!-- claimlint-disable-next-line r1 -->\nx\n");
        assert!(matches!(
            suppressions(&file),
            Err(LoadError::Suppression { .. })
        ));
    }
}
