//! Rules to AST: a `rule_decl` pair in, a [`RuleDecl`] out, with its check, scope,
//! tolerance and attributes (severity, message, help, group, tags), the message parsed
//! into a [`Template`]. One function per grammar rule, as in the rest of `lower`.

use pest::iterators::Pair;

use crate::parse::ast::{
    Ceiling, Check, Field, GroupKey, Loc, RuleDecl, Scope, Severity, Template, TemplatePart,
    Tolerance,
};
use crate::parse::error::{ErrorKind, ParseError, nearest};
use crate::parse::grammar::Rule;
use crate::source::Span;

use super::{Cx, Unescaped, name, number, string, whole_number};

/// Where each attribute of a rule was first given, to refuse a second one.
#[derive(Default)]
pub(super) struct Seen {
    severity: Option<Span>,
    message: Option<Span>,
    help: Option<Span>,
    group: Option<Span>,
    as_of: Option<Span>,
    tags: Option<Span>,
}

/// `rule_decl`: `rule ID: FACT CHECK [SCOPE] [within TOLERANCE] [may grow over time]
/// ATTRIBUTE*`.
pub(super) fn rule_decl(
    cx: &Cx<'_>,
    pair: Pair<'_, Rule>,
    doc: Option<String>,
) -> Result<RuleDecl, ParseError> {
    let mut span = cx.span(&pair);
    let mut kids = cx.kids(pair);
    span.start = cx.span(&kids.expect(Rule::kw_rule)?).start;
    let id = name(cx, kids.expect(Rule::rule_id)?);
    kids.expect(Rule::colon)?;
    let fact = name(cx, kids.expect(Rule::name)?);
    let check_pair = kids.any()?;
    let check_loc = cx.loc(cx.span(&check_pair));
    let check = match check_pair.as_rule() {
        Rule::kw_agree => Check::Agree,
        Rule::kw_consistent => Check::Consistent,
        Rule::before_check => before_check(cx, check_pair)?,
        Rule::weekday_check => Check::WeekdayMatches,
        Rule::corroborated_check => corroborated_check(cx, check_pair)?,
        Rule::spelled_check => Check::SpelledOneWay,
        Rule::at_most_check => at_most_check(cx, check_pair)?,
        _ => return Err(cx.internal(cx.span(&check_pair))),
    };
    let default_scope = match check {
        Check::Corroborated(_) => Scope::AcrossSources,
        _ => Scope::WithinDocument,
    };
    let scope = match kids
        .pairs
        .next_if(|p| matches!(p.as_rule(), Rule::across_sources | Rule::within_document))
    {
        Some(p) if p.as_rule() == Rule::across_sources => Scope::AcrossSources,
        Some(_) => Scope::WithinDocument,
        None => default_scope,
    };
    let (tolerance, tolerance_loc) = match kids.optional(Rule::tolerance_clause) {
        Some(clause) => {
            let (t, s) = tolerance_clause(cx, clause)?;
            (Some(t), cx.loc(s))
        }
        None => (None, Loc::default()),
    };
    let may_grow = kids.optional(Rule::may_grow).is_some();
    let mut rule = RuleDecl {
        doc,
        id,
        fact,
        check,
        check_loc,
        scope,
        tolerance,
        tolerance_loc,
        may_grow,
        group_by: Vec::new(),
        as_of_within: None,
        severity: Severity::Warning,
        message: None,
        help: None,
        tags: Vec::new(),
        loc: cx.loc(span),
    };
    let mut seen = Seen::default();
    while let Some(attr) = kids.next() {
        let attr_span = cx.span(&attr);
        let (slot, keyword) = match attr.as_rule() {
            Rule::severity_attr => (&mut seen.severity, "severity"),
            Rule::message_attr => (&mut seen.message, "message"),
            Rule::help_attr => (&mut seen.help, "help"),
            Rule::group_attr => (&mut seen.group, "group by"),
            Rule::as_of_attr => (&mut seen.as_of, "as of"),
            Rule::tags_attr => (&mut seen.tags, "tags"),
            _ => return Err(cx.internal(attr_span)),
        };
        if let Some(first) = slot {
            return Err(ParseError::at(
                cx.file.named_source(),
                ErrorKind::Duplicate {
                    what: "attribute",
                    name: keyword.to_owned(),
                    span: attr_span.into(),
                    first: Some((*first).into()),
                    elsewhere: Vec::new(),
                    help: Some(format!("a rule takes at most one `{keyword}`")),
                },
            ));
        }
        *slot = Some(attr_span);
        match attr.as_rule() {
            Rule::severity_attr => rule.severity = severity_attr(cx, attr)?,
            Rule::message_attr => rule.message = Some(message_attr(cx, attr)?),
            Rule::help_attr => rule.help = Some(help_attr(cx, attr)?),
            Rule::tags_attr => rule.tags = tags_attr(cx, attr)?,
            Rule::as_of_attr => rule.as_of_within = Some(as_of_attr(cx, attr)?),
            _ => rule.group_by = group_attr(cx, attr)?,
        }
    }
    Ok(rule)
}

/// `as_of_attr`: `as of within N days`.
fn as_of_attr(cx: &Cx<'_>, pair: Pair<'_, Rule>) -> Result<u32, ParseError> {
    let mut kids = cx.kids(pair);
    kids.expect(Rule::kw_as)?;
    kids.expect(Rule::kw_of)?;
    kids.expect(Rule::kw_within)?;
    let n = whole_number(cx, kids.expect(Rule::number)?, "days")?;
    kids.expect(Rule::kw_days)?;
    kids.done()?;
    Ok(n)
}

/// `before_check`: `before FACT`.
pub(super) fn before_check(cx: &Cx<'_>, pair: Pair<'_, Rule>) -> Result<Check, ParseError> {
    let mut kids = cx.kids(pair);
    kids.expect(Rule::kw_before)?;
    let other = name(cx, kids.expect(Rule::name)?);
    kids.done()?;
    Ok(Check::Before(other))
}

/// `corroborated_check`: `corroborated by at least N sources`, N at least 1.
pub(super) fn corroborated_check(cx: &Cx<'_>, pair: Pair<'_, Rule>) -> Result<Check, ParseError> {
    let mut kids = cx.kids(pair);
    kids.expect(Rule::kw_corroborated)?;
    kids.expect(Rule::kw_by)?;
    kids.expect(Rule::kw_at)?;
    kids.expect(Rule::kw_least)?;
    let number = kids.expect(Rule::number)?;
    let span = cx.span(&number);
    let n = whole_number(cx, number, "sources")?;
    kids.expect(Rule::kw_sources)?;
    kids.done()?;
    if n == 0 {
        return Err(ParseError::at(
            cx.file.named_source(),
            ErrorKind::ZeroSources { span: span.into() },
        ));
    }
    Ok(Check::Corroborated(n))
}

/// `at_most_check`: `at most N`.
pub(super) fn at_most_check(cx: &Cx<'_>, pair: Pair<'_, Rule>) -> Result<Check, ParseError> {
    let mut kids = cx.kids(pair);
    kids.expect(Rule::kw_at)?;
    kids.expect(Rule::kw_most)?;
    let n = number(cx, &kids.expect(Rule::number)?)?;
    kids.done()?;
    Ok(Check::AtMost(Ceiling(n)))
}

/// `tags_attr`: `tags "…" (, "…")*`, each tag once.
pub(super) fn tags_attr(cx: &Cx<'_>, pair: Pair<'_, Rule>) -> Result<Vec<String>, ParseError> {
    let mut kids = cx.kids(pair);
    kids.expect(Rule::kw_tags)?;
    let mut tags: Vec<(String, Span)> = Vec::new();
    while let Some(tag) = kids.next() {
        if tag.as_rule() == Rule::comma {
            continue;
        }
        if tag.as_rule() != Rule::string {
            return Err(cx.internal(cx.span(&tag)));
        }
        let span = cx.span(&tag);
        let text = string(cx, tag)?.text;
        if text.trim().is_empty() {
            return Err(ParseError::at(
                cx.file.named_source(),
                ErrorKind::EmptyWord { span: span.into() },
            ));
        }
        if let Some((_, first)) = tags.iter().find(|(t, _)| *t == text) {
            return Err(ParseError::at(
                cx.file.named_source(),
                ErrorKind::Duplicate {
                    what: "tag",
                    name: text,
                    span: span.into(),
                    first: Some((*first).into()),
                    elsewhere: Vec::new(),
                    help: None,
                },
            ));
        }
        tags.push((text, span));
    }
    Ok(tags.into_iter().map(|(t, _)| t).collect())
}

/// `tolerance_clause`: `within TOLERANCE`, with the tolerance's span.
pub(super) fn tolerance_clause(
    cx: &Cx<'_>,
    pair: Pair<'_, Rule>,
) -> Result<(Tolerance, Span), ParseError> {
    let mut kids = cx.kids(pair);
    kids.expect(Rule::kw_within)?;
    let tolerance_pair = kids.expect(Rule::tolerance)?;
    let span = cx.span(&tolerance_pair);
    let t = tolerance(cx, tolerance_pair)?;
    kids.done()?;
    Ok((t, span))
}

/// `tolerance`: `N%`, `N days`, `N`.
pub(super) fn tolerance(cx: &Cx<'_>, pair: Pair<'_, Rule>) -> Result<Tolerance, ParseError> {
    let span = cx.span(&pair);
    let mut kids = cx.kids(pair);
    let n = kids.expect(Rule::number)?;
    let tolerance = match kids.next() {
        None => Tolerance::Absolute(number(cx, &n)?),
        Some(unit) if unit.as_rule() == Rule::percent => {
            let value = number(cx, &n)?;
            if !(0.0..=100.0).contains(&value) {
                return Err(ParseError::at(
                    cx.file.named_source(),
                    ErrorKind::BadPercent {
                        text: n.as_str().to_owned(),
                        span: span.into(),
                    },
                ));
            }
            Tolerance::Percent(value)
        }
        Some(unit) if unit.as_rule() == Rule::kw_days => {
            Tolerance::Days(whole_number(cx, n, "days")?)
        }
        Some(other) => return Err(cx.internal(cx.span(&other))),
    };
    kids.done()?;
    Ok(tolerance)
}

/// `severity_attr`: `severity error|warning|info`.
pub(super) fn severity_attr(cx: &Cx<'_>, pair: Pair<'_, Rule>) -> Result<Severity, ParseError> {
    let mut kids = cx.kids(pair);
    kids.expect(Rule::kw_severity)?;
    let level = kids.any()?;
    let severity = match level.as_rule() {
        Rule::kw_error => Severity::Error,
        Rule::kw_warning => Severity::Warning,
        Rule::kw_info => Severity::Info,
        _ => return Err(cx.internal(cx.span(&level))),
    };
    kids.done()?;
    Ok(severity)
}

/// `message_attr`: `message "…"` as a checked template.
pub(super) fn message_attr(cx: &Cx<'_>, pair: Pair<'_, Rule>) -> Result<Template, ParseError> {
    let mut kids = cx.kids(pair);
    kids.expect(Rule::kw_message)?;
    let literal = kids.expect(Rule::string)?;
    let loc = cx.loc(cx.span(&literal));
    let message = template(cx, &string(cx, literal)?, loc)?;
    kids.done()?;
    Ok(message)
}

/// `help_attr`: `help "…"`.
pub(super) fn help_attr(cx: &Cx<'_>, pair: Pair<'_, Rule>) -> Result<String, ParseError> {
    let mut kids = cx.kids(pair);
    kids.expect(Rule::kw_help)?;
    let text = string(cx, kids.expect(Rule::string)?)?.text;
    kids.done()?;
    Ok(text)
}

/// `group_attr`: `group by KEY (, KEY)*`, each key at most once.
pub(super) fn group_attr(cx: &Cx<'_>, pair: Pair<'_, Rule>) -> Result<Vec<GroupKey>, ParseError> {
    let mut kids = cx.kids(pair);
    kids.expect(Rule::kw_group)?;
    kids.expect(Rule::kw_by)?;
    let mut keys: Vec<(GroupKey, Span)> = Vec::new();
    while let Some(key) = kids.next() {
        let span = cx.span(&key);
        let k = match key.as_rule() {
            Rule::kw_attribution => GroupKey::Attribution,
            Rule::kw_unit => GroupKey::Unit,
            Rule::kw_frame => GroupKey::Frame,
            Rule::comma => continue,
            _ => return Err(cx.internal(span)),
        };
        if let Some(&(_, first)) = keys.iter().find(|(seen, _)| *seen == k) {
            return Err(ParseError::at(
                cx.file.named_source(),
                ErrorKind::Duplicate {
                    what: "group key",
                    name: key.as_str().to_owned(),
                    span: span.into(),
                    first: Some(first.into()),
                    elsewhere: Vec::new(),
                    help: None,
                },
            ));
        }
        keys.push((k, span));
    }
    Ok(keys.into_iter().map(|(k, _)| k).collect())
}

/// Splits a message into text and `{placeholder}`s; `{{` and `}}` are literal braces.
pub(super) fn template(cx: &Cx<'_>, message: &Unescaped, loc: Loc) -> Result<Template, ParseError> {
    let source_span = |start: usize, end: usize| -> Span {
        let at = |i: usize| message.offsets.get(i).copied().unwrap_or(loc.span.end);
        Span::new(at(start), at(end))
    };
    let mut text = String::with_capacity(message.text.len());
    let mut parts = Vec::new();
    let mut literal_start = 0;
    let src = &message.text;
    let mut chars = src.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        match c {
            '{' if chars.next_if(|&(_, n)| n == '{').is_some() => text.push('{'),
            '}' if chars.next_if(|&(_, n)| n == '}').is_some() => text.push('}'),
            '{' => {
                let close = src
                    .get(i..)
                    .and_then(|rest| rest.find('}'))
                    .map(|j| i + j)
                    .ok_or_else(|| {
                        ParseError::at(
                            cx.file.named_source(),
                            ErrorKind::UnmatchedBrace {
                                brace: '{',
                                span: source_span(i, i + 1).into(),
                            },
                        )
                    })?;
                let placeholder = src.get(i + 1..close).unwrap_or("");
                let field = Field::ALL
                    .iter()
                    .find(|(n, _)| *n == placeholder)
                    .map(|&(_, f)| f)
                    .ok_or_else(|| ParseError::at(cx.file.named_source(), ErrorKind::UnknownPlaceholder {
                        name: placeholder.to_owned(),
                        span: source_span(i, close + 1).into(),
                        help: nearest(placeholder, Field::ALL.iter().map(|(n, _)| *n))
                            .map(|n| format!("did you mean `{{{n}}}`?"))
                            .unwrap_or_else(|| {
                                "the placeholders are `{value}`, `{source}`, `{date}`, `{other.value}`, `{other.source}` and `{other.date}`".to_owned()
                            }),
}))?;
                if text.len() > literal_start {
                    parts.push(TemplatePart::Text(literal_start, text.len()));
                }
                text.push_str(src.get(i..=close).unwrap_or(""));
                literal_start = text.len();
                parts.push(TemplatePart::Field(field));
                while chars.next_if(|&(j, _)| j <= close).is_some() {}
            }
            '}' => {
                return Err(ParseError::at(
                    cx.file.named_source(),
                    ErrorKind::UnmatchedBrace {
                        brace: '}',
                        span: source_span(i, i + 1).into(),
                    },
                ));
            }
            c => text.push(c),
        }
    }
    if text.len() > literal_start {
        parts.push(TemplatePart::Text(literal_start, text.len()));
    }
    Ok(Template { text, parts, loc })
}
