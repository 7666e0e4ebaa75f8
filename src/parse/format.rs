//! The canonical layout of a rule file: text in, formatted text out. Formats from the
//! pest pairs, so every token is kept as written; comments, which the grammar skips,
//! are read back from the gaps between tokens and put back where they stood.
//!
//! The layout:
//! - one declaration per block, one blank line between blocks; consecutive `use`
//!   declarations form one block, and so do consecutive `words` declarations that have
//!   no doc comment and no comment between them;
//! - a declaration's first line holds its header (`fact NAME = KIND`, or `rule ID:
//!   FACT CHECK SCOPE [within T] [may grow over time]`); each fact clause and each rule
//!   attribute goes on its own line, indented four spaces;
//! - tokens are separated by one space, with none before `,`, `:` and `%`;
//! - `///` doc lines stand directly above their declaration; a `#` comment stays on
//!   its line after the token it followed, or on a line of its own before the token
//!   it preceded (a blank line before it is kept, collapsed to one); a line that
//!   continues after a comment is indented four more spaces;
//! - no trailing spaces; the file ends with one newline. Lines are never wrapped.

use pest::Parser;
use pest::iterators::Pair;

use super::error::{ErrorKind, ParseError};
use super::grammar::{Rule, RuleParser};
use crate::source::SourceFile;

/// Whether a declaration groups with a neighbour of the same kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Use,
    Words,
    Other,
}

/// Where a token goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Layout {
    /// The first token of a declaration or of its doc comment.
    Item(Kind),
    /// A doc line after the first.
    DocLine,
    /// The first token of a declaration after its doc comment.
    AfterDoc,
    /// The first token of a clause or attribute.
    Clause,
    /// On the current line; `true` with a space before it.
    Inline(bool),
}

/// A token as written and its place.
struct Token<'i> {
    start: usize,
    end: usize,
    text: &'i str,
    layout: Layout,
}

/// The rules whose pairs start a line of their own inside a declaration.
fn starts_clause(rule: Rule) -> bool {
    matches!(
        rule,
        Rule::unit_clause
            | Rule::counting_clause
            | Rule::near_clause
            | Rule::mentions_clause
            | Rule::omits_clause
            | Rule::attributed_clause
            | Rule::outlet_clause
            | Rule::role_clause
            | Rule::published_clause
            | Rule::severity_attr
            | Rule::message_attr
            | Rule::help_attr
            | Rule::group_attr
            | Rule::tags_attr
    )
}

/// The tokens (leaf pairs) of a pair, in order.
fn leaves<'i>(pair: Pair<'i, Rule>) -> Vec<Pair<'i, Rule>> {
    if pair.clone().into_inner().next().is_none() {
        return vec![pair];
    }
    pair.into_inner()
        .flatten()
        .filter(|p| p.clone().into_inner().next().is_none())
        .collect()
}

/// The file in the canonical layout, or why it does not parse.
pub fn format(file: &SourceFile) -> Result<String, ParseError> {
    let text: &str = &file.text;
    let mut pairs =
        RuleParser::parse(Rule::file, text).map_err(|e| super::syntax::syntax(file, &e))?;
    let root = pairs.next().ok_or_else(|| {
        ParseError::at(
            file.named_source(),
            ErrorKind::Internal {
                span: (0, 0).into(),
            },
        )
    })?;
    let mut tokens = Vec::new();
    let mut after_doc = false;
    for child in root.into_inner() {
        match child.as_rule() {
            Rule::EOI => {}
            Rule::doc => {
                for (i, line) in leaves(child).into_iter().enumerate() {
                    let span = line.as_span();
                    tokens.push(Token {
                        start: span.start(),
                        end: span.end(),
                        text: line.as_str().trim_end(),
                        layout: if i == 0 {
                            Layout::Item(Kind::Other)
                        } else {
                            Layout::DocLine
                        },
                    });
                }
                after_doc = true;
            }
            rule => {
                let kind = match rule {
                    Rule::use_decl => Kind::Use,
                    Rule::list_decl => Kind::Words,
                    _ => Kind::Other,
                };
                let mut first = true;
                for part in child.into_inner() {
                    let clause = starts_clause(part.as_rule());
                    for (k, leaf) in leaves(part).into_iter().enumerate() {
                        let layout = if first {
                            if after_doc {
                                Layout::AfterDoc
                            } else {
                                Layout::Item(kind)
                            }
                        } else if clause && k == 0 {
                            Layout::Clause
                        } else {
                            Layout::Inline(!matches!(
                                leaf.as_rule(),
                                Rule::comma | Rule::colon | Rule::percent
                            ))
                        };
                        first = false;
                        let span = leaf.as_span();
                        tokens.push(Token {
                            start: span.start(),
                            end: span.end(),
                            text: leaf.as_str(),
                            layout,
                        });
                    }
                }
                after_doc = false;
            }
        }
    }
    Ok(render(text, &tokens))
}

/// A `#` comment found between two tokens.
struct Comment<'i> {
    text: &'i str,
    /// On the same line as the token before it.
    trailing: bool,
    /// A blank line stands between it and what comes before.
    blank_before: bool,
}

/// The comments of a gap between tokens, and whether a blank line ends the gap.
fn comments(gap: &str, after_token: bool) -> (Vec<Comment<'_>>, bool) {
    let mut found = Vec::new();
    let mut pos = 0;
    while let Some(at) = gap.get(pos..).and_then(|rest| rest.find('#')) {
        let start = pos + at;
        let before = gap.get(pos..start).unwrap_or("");
        let newlines = before.matches('\n').count();
        let end = gap
            .get(start..)
            .and_then(|rest| rest.find('\n'))
            .map_or(gap.len(), |i| start + i);
        found.push(Comment {
            text: gap.get(start..end).unwrap_or("").trim_end(),
            trailing: newlines == 0 && found.is_empty() && after_token,
            blank_before: newlines >= 2,
        });
        pos = end;
    }
    let blank_after = gap.get(pos..).unwrap_or("").matches('\n').count() >= 2;
    (found, blank_after)
}

/// Lines being written.
#[derive(Default)]
struct Out {
    text: String,
    line: String,
}

impl Out {
    fn flush(&mut self) {
        if !self.line.is_empty() {
            self.text.push_str(self.line.trim_end());
            self.text.push('\n');
            self.line.clear();
        }
    }

    fn blank(&mut self) {
        self.flush();
        if !self.text.is_empty() && !self.text.ends_with("\n\n") {
            self.text.push('\n');
        }
    }

    fn start(&mut self, indent: usize, text: &str) {
        self.flush();
        self.line = format!("{:indent$}{text}", "");
    }
}

fn render(text: &str, tokens: &[Token<'_>]) -> String {
    let mut out = Out::default();
    let mut prev_end = 0;
    let mut prev_kind: Option<Kind> = None;
    let mut indent = 0;
    let mut broken = false;
    for (i, token) in tokens.iter().enumerate() {
        let gap = text.get(prev_end..token.start).unwrap_or("");
        let (found, blank_after) = comments(gap, i > 0);
        let mut own_line = Vec::new();
        for comment in &found {
            if comment.trailing {
                out.line.push(' ');
                out.line.push_str(comment.text);
                broken = true;
            } else {
                own_line.push(comment);
            }
        }
        match token.layout {
            Layout::Item(kind) => {
                let grouped = own_line.is_empty()
                    && prev_kind == Some(kind)
                    && matches!(kind, Kind::Use | Kind::Words);
                if grouped {
                    out.flush();
                } else {
                    out.blank();
                }
                for comment in &own_line {
                    if comment.blank_before {
                        out.blank();
                    }
                    out.start(0, comment.text);
                }
                if !own_line.is_empty() && blank_after {
                    out.blank();
                }
                indent = 0;
                out.start(0, token.text);
                prev_kind = Some(kind);
            }
            Layout::DocLine | Layout::AfterDoc | Layout::Clause => {
                indent = if token.layout == Layout::Clause { 4 } else { 0 };
                for comment in &own_line {
                    out.start(indent, comment.text);
                }
                out.start(indent, token.text);
            }
            Layout::Inline(space) => {
                if broken || !own_line.is_empty() {
                    for comment in &own_line {
                        out.start(indent + 4, comment.text);
                    }
                    out.start(indent + 4, token.text);
                } else {
                    if space {
                        out.line.push(' ');
                    }
                    out.line.push_str(token.text);
                }
            }
        }
        if !matches!(token.layout, Layout::Inline(_)) || broken {
            broken = false;
        }
        prev_end = token.end;
    }
    let gap = text.get(prev_end..).unwrap_or("");
    let (found, _) = comments(gap, !tokens.is_empty());
    for comment in &found {
        if comment.trailing {
            out.line.push(' ');
            out.line.push_str(comment.text);
        } else {
            if comment.blank_before {
                out.blank();
            }
            out.start(0, comment.text);
        }
    }
    out.flush();
    out.text
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fmt(text: &str) -> String {
        let file = SourceFile::new("t.rules", text);
        let once = format(&file).unwrap();
        let twice = format(&SourceFile::new("t.rules", once.clone())).unwrap();
        assert_eq!(once, twice, "formatting is idempotent");
        once
    }

    #[test]
    fn lays_out_declarations_and_keeps_comments() {
        let out = fmt(r#"# header

use "a.rules"
use "b.rules"
words killed="killed" ,"dead" # trailing
words injured = "injured"
/// Doc.
fact toll = quantity counting killed where sentence mentions "Donbas",
  # why
  "Donbass"
rule toll-agrees : toll agree across sources within 5 % may grow over time
  severity error # loud


  tags "a","b"
# the end
"#);
        insta::assert_snapshot!(out, @r#"
        # header

        use "a.rules"
        use "b.rules"

        words killed = "killed", "dead" # trailing
        words injured = "injured"

        /// Doc.
        fact toll = quantity
            counting killed
            where sentence mentions "Donbas",
                # why
                "Donbass"

        rule toll-agrees: toll agree across sources within 5% may grow over time
            severity error # loud
            tags "a", "b"
        # the end
        "#);
    }
}
