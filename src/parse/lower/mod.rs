//! Pairs to AST: one function per grammar rule, each taking its pair and returning
//! the typed node. Word sets come out unexpanded; `validate` fills them in.
//!
//! Children are reached only through [`Kids`], which turns any disagreement between
//! the grammar and this code into [`ParseError::Internal`] instead of a panic.

use std::iter::Peekable;

use pest::iterators::{Pair, Pairs};

use super::ast::{Condition, FactDecl, FactKind, Ident, Loc, RuleSet, WordItem, WordList, WordSet};
use super::error::{ErrorKind, ParseError};
use super::grammar::Rule;
use crate::load::Role;
use crate::source::{SourceFile, SourceId, Span};

mod rule;

use rule::rule_decl;

/// The file being lowered.
pub(crate) struct Cx<'a> {
    /// Its id, stored in every [`Loc`].
    pub id: SourceId,
    /// Its text and name.
    pub file: &'a SourceFile,
}

impl Cx<'_> {
    /// The pair's span without the whitespace and comments pest leaves at the end of
    /// a rule that ends in an optional or repeated part: it ends where its last
    /// token does.
    ///
    /// Its last token is reached through last children: tokens come in order and do
    /// not overlap, so the last one ends furthest (one step a level, rather than a
    /// walk of every pair inside it for each pair lowered).
    fn span(&self, pair: &Pair<'_, Rule>) -> Span {
        let s = pair.as_span();
        let mut end = s.end();
        let mut last = pair.clone().into_inner().next_back();
        while let Some(p) = last {
            end = p.as_span().end();
            last = p.into_inner().next_back();
        }
        Span::new(s.start(), end)
    }

    fn loc(&self, span: Span) -> Loc {
        Loc {
            source: Some(self.id),
            span,
        }
    }

    fn internal(&self, span: Span) -> ParseError {
        ParseError::at(
            self.file.named_source(),
            ErrorKind::Internal { span: span.into() },
        )
    }

    fn kids<'i>(&self, pair: Pair<'i, Rule>) -> Kids<'_, 'i> {
        Kids {
            cx: self,
            parent: self.span(&pair),
            pairs: pair.into_inner().peekable(),
        }
    }
}

/// The children of one pair, taken in order.
struct Kids<'c, 'i> {
    cx: &'c Cx<'c>,
    parent: Span,
    pairs: Peekable<Pairs<'i, Rule>>,
}

impl<'i> Kids<'_, 'i> {
    /// The next child, which must be a `rule`.
    fn expect(&mut self, rule: Rule) -> Result<Pair<'i, Rule>, ParseError> {
        match self.pairs.next() {
            Some(pair) if pair.as_rule() == rule => Ok(pair),
            Some(pair) => Err(self.cx.internal(self.cx.span(&pair))),
            None => Err(self.cx.internal(self.parent)),
        }
    }

    /// The next child, whatever its rule.
    fn any(&mut self) -> Result<Pair<'i, Rule>, ParseError> {
        self.pairs
            .next()
            .ok_or_else(|| self.cx.internal(self.parent))
    }

    /// The next child if there is one.
    fn next(&mut self) -> Option<Pair<'i, Rule>> {
        self.pairs.next()
    }

    /// The next child if it is a `rule`.
    fn optional(&mut self, rule: Rule) -> Option<Pair<'i, Rule>> {
        self.pairs.next_if(|p| p.as_rule() == rule)
    }

    /// Fails unless every child was taken.
    fn done(mut self) -> Result<(), ParseError> {
        match self.pairs.next() {
            None => Ok(()),
            Some(pair) => Err(self.cx.internal(self.cx.span(&pair))),
        }
    }
}

/// A `use "file.rules"` declaration.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub(crate) struct Use {
    /// The path as written, escapes resolved.
    pub path: String,
    /// The string literal.
    pub span: Span,
}

/// One file, lowered.
#[derive(Debug, Default)]
pub(crate) struct Lowered {
    /// Its declarations.
    pub set: RuleSet,
    /// Its imports, in order.
    pub uses: Vec<Use>,
    /// What could not be lowered.
    pub errors: Vec<ParseError>,
    /// For each fact of `set`, the span of each of its clauses.
    pub clauses: Vec<Vec<Span>>,
    /// Facts declared but left out for an error, so that rules naming them do not
    /// report them unknown as well.
    pub broken_facts: Vec<String>,
}

/// `file`: every declaration; a declaration that fails is left out and its error
/// collected, so one run reports every bad declaration.
pub(crate) fn file(cx: &Cx<'_>, pair: Pair<'_, Rule>) -> Lowered {
    let mut set = RuleSet::default();
    let mut clauses = Vec::new();
    let mut broken_facts = Vec::new();
    let mut uses = Vec::new();
    let mut errors = Vec::new();
    let mut pending_doc = None;
    let mut first_decl: Option<Span> = None;
    let mut kids = cx.kids(pair);
    while let Some(pair) = kids.next() {
        if first_decl.is_none()
            && matches!(
                pair.as_rule(),
                Rule::list_decl | Rule::fact_decl | Rule::rule_decl
            )
        {
            first_decl = Some(cx.span(&pair));
        }
        let fact_name = (pair.as_rule() == Rule::fact_decl)
            .then(|| {
                pair.clone()
                    .into_inner()
                    .find(|p| p.as_rule() == Rule::name)
                    .map(|p| p.as_str().to_owned())
            })
            .flatten();
        let result = match pair.as_rule() {
            Rule::use_decl => use_decl(cx, pair, first_decl).map(|u| uses.push(u)),
            Rule::doc => doc(cx, pair).map(|d| pending_doc = Some(d)),
            Rule::list_decl => list_decl(cx, pair, pending_doc.take()).map(|l| set.lists.push(l)),
            Rule::fact_decl => fact_decl(cx, pair, pending_doc.take()).map(|(f, spans)| {
                set.facts.push(f);
                clauses.push(spans);
            }),
            Rule::rule_decl => rule_decl(cx, pair, pending_doc.take()).map(|r| set.rules.push(r)),
            Rule::EOI => Ok(()),
            _ => Err(cx.internal(cx.span(&pair))),
        };
        if let Err(e) = result {
            errors.push(e);
            broken_facts.extend(fact_name);
        }
    }
    Lowered {
        set,
        uses,
        errors,
        clauses,
        broken_facts,
    }
}

/// `use_decl`: `use "PATH"`, which must come before every other declaration.
fn use_decl(
    cx: &Cx<'_>,
    pair: Pair<'_, Rule>,
    first_decl: Option<Span>,
) -> Result<Use, ParseError> {
    let whole = cx.span(&pair);
    let mut kids = cx.kids(pair);
    kids.expect(Rule::kw_use)?;
    let literal = kids.expect(Rule::string)?;
    let span = cx.span(&literal);
    let path = string(cx, literal)?.text;
    kids.done()?;
    if let Some(first) = first_decl {
        return Err(ParseError::at(
            cx.file.named_source(),
            ErrorKind::LateUse {
                span: whole.into(),
                first: first.into(),
            },
        ));
    }
    Ok(Use { path, span })
}

/// `doc`: the lines without `///` and one following space, joined with `\n`.
fn doc(cx: &Cx<'_>, pair: Pair<'_, Rule>) -> Result<String, ParseError> {
    let mut lines = Vec::new();
    let mut kids = cx.kids(pair);
    while let Some(line) = kids.next() {
        if line.as_rule() != Rule::doc_line {
            return Err(cx.internal(cx.span(&line)));
        }
        let text = line.as_str().trim_end();
        let text = text.strip_prefix("///").unwrap_or(text);
        lines.push(text.strip_prefix(' ').unwrap_or(text));
    }
    Ok(lines.join("\n"))
}

/// `list_decl`: `words NAME = WORDSET`.
fn list_decl(
    cx: &Cx<'_>,
    pair: Pair<'_, Rule>,
    doc: Option<String>,
) -> Result<WordList, ParseError> {
    let mut kids = cx.kids(pair);
    let keyword = kids.expect(Rule::kw_words)?;
    let name = name(cx, kids.expect(Rule::name)?);
    kids.expect(Rule::equals)?;
    let words = word_set(cx, kids.expect(Rule::word_set)?)?;
    kids.done()?;
    let loc = cx.loc(cx.span(&keyword).join(words.loc.span));
    Ok(WordList {
        doc,
        name,
        words,
        loc,
    })
}

/// `name` or `rule_id`: the text and its place.
fn name(cx: &Cx<'_>, pair: Pair<'_, Rule>) -> Ident {
    Ident {
        name: pair.as_str().to_owned(),
        loc: cx.loc(cx.span(&pair)),
    }
}

/// `word_set`: its items as written; `words` stays empty until validation.
fn word_set(cx: &Cx<'_>, pair: Pair<'_, Rule>) -> Result<WordSet, ParseError> {
    let loc = cx.loc(cx.span(&pair));
    let mut items = Vec::new();
    let mut kids = cx.kids(pair);
    while let Some(item) = kids.next() {
        match item.as_rule() {
            Rule::string => {
                let span = cx.span(&item);
                items.push(WordItem::Phrase(string(cx, item)?.text, cx.loc(span)));
            }
            Rule::name => items.push(WordItem::List(name(cx, item))),
            Rule::comma => {}
            _ => return Err(cx.internal(cx.span(&item))),
        }
    }
    Ok(WordSet {
        items,
        words: Vec::new(),
        loc,
    })
}

/// A string literal's content with escapes resolved, and for each byte of it the
/// offset in the file it was read from (plus one past the end), for spans into
/// messages.
#[derive(Debug)]
struct Unescaped {
    text: String,
    offsets: Vec<usize>,
}

/// `string`: the content between the quotes, escapes resolved.
fn string(cx: &Cx<'_>, pair: Pair<'_, Rule>) -> Result<Unescaped, ParseError> {
    let span = cx.span(&pair);
    let inner = pair
        .as_str()
        .strip_prefix('"')
        .and_then(|s| s.strip_suffix('"'))
        .ok_or_else(|| cx.internal(span))?;
    let base = span.start + 1;
    // A plain ASCII string (nearly every one): each byte is its own character, at its
    // own offset, with none resolved.
    if inner.is_ascii() && !inner.as_bytes().contains(&b'\\') {
        return Ok(Unescaped {
            text: inner.to_owned(),
            offsets: (base..=base + inner.len()).collect(),
        });
    }
    let mut text = String::with_capacity(inner.len());
    let mut offsets = Vec::with_capacity(inner.len() + 1);
    let mut chars = inner.char_indices();
    while let Some((i, c)) = chars.next() {
        let c = if c == '\\' {
            // The grammar admits only `\"` and `\\`.
            chars
                .next()
                .map(|(_, e)| e)
                .ok_or_else(|| cx.internal(span))?
        } else {
            c
        };
        offsets.extend(std::iter::repeat_n(base + i, c.len_utf8()));
        text.push(c);
    }
    offsets.push(base + inner.len());
    Ok(Unescaped { text, offsets })
}

/// `fact_decl`: `fact NAME = KIND CLAUSE*`.
fn fact_decl(
    cx: &Cx<'_>,
    pair: Pair<'_, Rule>,
    doc: Option<String>,
) -> Result<(FactDecl, Vec<Span>), ParseError> {
    let mut span = cx.span(&pair);
    let mut kids = cx.kids(pair);
    let keyword = kids.expect(Rule::kw_fact)?;
    span.start = cx.span(&keyword).start;
    let name = name(cx, kids.expect(Rule::name)?);
    kids.expect(Rule::equals)?;
    let kind_pair = kids.any()?;
    let kind = match kind_pair.as_rule() {
        Rule::kw_quantity => FactKind::Quantity,
        Rule::kw_time => FactKind::Time,
        Rule::kw_duration => FactKind::Duration,
        Rule::kw_name => FactKind::Name,
        _ => return Err(cx.internal(cx.span(&kind_pair))),
    };
    let mut conditions = Vec::new();
    let mut spans = Vec::new();
    while let Some(clause) = kids.next() {
        let clause_span = cx.span(&clause);
        spans.push(clause_span);
        let only_quantity = |keyword| {
            if kind == FactKind::Quantity {
                Ok(())
            } else {
                Err(ParseError::at(
                    cx.file.named_source(),
                    ErrorKind::ClauseKind {
                        clause: keyword,
                        fact: name.name.clone(),
                        kind,
                        span: clause_span.into(),
                    },
                ))
            }
        };
        let condition = match clause.as_rule() {
            Rule::unit_clause => {
                only_quantity("of")?;
                Condition::Unit(unit_clause(cx, clause)?)
            }
            Rule::counting_clause => {
                only_quantity("counting")?;
                Condition::Counting(counting_clause(cx, clause)?)
            }
            Rule::near_clause => near_clause(cx, clause)?,
            Rule::mentions_clause => Condition::SentenceMentions(mentions_clause(cx, clause)?),
            Rule::omits_clause => Condition::SentenceOmits(omits_clause(cx, clause)?),
            Rule::attributed_clause => Condition::AttributedTo(attributed_clause(cx, clause)?),
            Rule::outlet_clause => Condition::Outlet(outlet_clause(cx, clause)?),
            Rule::measure_clause => measure_clause(cx, clause)?,
            Rule::event_clause => Condition::Event(keywords_then_words(
                cx,
                clause,
                &[Rule::kw_where, Rule::kw_event, Rule::kw_is],
            )?),
            Rule::scope_clause => Condition::ScopeIncludes(keywords_then_words(
                cx,
                clause,
                &[Rule::kw_where, Rule::kw_scope, Rule::kw_includes],
            )?),
            Rule::role_clause => Condition::Role(role_clause(cx, clause)?),
            Rule::published_clause => published_clause(cx, clause)?,
            _ => return Err(cx.internal(clause_span)),
        };
        conditions.push(condition);
    }
    Ok((
        FactDecl {
            doc,
            name,
            kind,
            conditions,
            loc: cx.loc(span),
        },
        spans,
    ))
}

/// A clause of keywords then a word set (`where outlet is WORDSET`): checks the
/// keywords in order and lowers the word set.
fn keywords_then_words(
    cx: &Cx<'_>,
    pair: Pair<'_, Rule>,
    keywords: &[Rule],
) -> Result<WordSet, ParseError> {
    let mut kids = cx.kids(pair);
    for &kw in keywords {
        kids.expect(kw)?;
    }
    let words = word_set(cx, kids.expect(Rule::word_set)?)?;
    kids.done()?;
    Ok(words)
}

/// `unit_clause`: `of WORDSET`.
fn unit_clause(cx: &Cx<'_>, pair: Pair<'_, Rule>) -> Result<WordSet, ParseError> {
    keywords_then_words(cx, pair, &[Rule::kw_of])
}

/// `counting_clause`: `counting WORDSET`.
fn counting_clause(cx: &Cx<'_>, pair: Pair<'_, Rule>) -> Result<WordSet, ParseError> {
    keywords_then_words(cx, pair, &[Rule::kw_counting])
}

/// `near_clause`: `near WORDSET [within N words]`.
fn near_clause(cx: &Cx<'_>, pair: Pair<'_, Rule>) -> Result<Condition, ParseError> {
    let mut kids = cx.kids(pair);
    kids.expect(Rule::kw_near)?;
    let words = word_set(cx, kids.expect(Rule::word_set)?)?;
    let within = match kids.optional(Rule::near_distance) {
        Some(distance) => Some(near_distance(cx, distance)?),
        None => None,
    };
    kids.done()?;
    Ok(Condition::Near { words, within })
}

/// `near_distance`: `within N words`.
fn near_distance(cx: &Cx<'_>, pair: Pair<'_, Rule>) -> Result<u32, ParseError> {
    let mut kids = cx.kids(pair);
    kids.expect(Rule::kw_within)?;
    let n = whole_number(cx, kids.expect(Rule::number)?, "words")?;
    kids.expect(Rule::kw_word_unit)?;
    kids.done()?;
    Ok(n)
}

/// `mentions_clause`: `where sentence mentions WORDSET`.
fn mentions_clause(cx: &Cx<'_>, pair: Pair<'_, Rule>) -> Result<WordSet, ParseError> {
    keywords_then_words(
        cx,
        pair,
        &[Rule::kw_where, Rule::kw_sentence, Rule::kw_mentions],
    )
}

/// `omits_clause`: `where sentence does not mention WORDSET`.
fn omits_clause(cx: &Cx<'_>, pair: Pair<'_, Rule>) -> Result<WordSet, ParseError> {
    keywords_then_words(
        cx,
        pair,
        &[
            Rule::kw_where,
            Rule::kw_sentence,
            Rule::kw_does,
            Rule::kw_not,
            Rule::kw_mention,
        ],
    )
}

/// `attributed_clause`: `where attributed to WORDSET`.
fn attributed_clause(cx: &Cx<'_>, pair: Pair<'_, Rule>) -> Result<WordSet, ParseError> {
    keywords_then_words(
        cx,
        pair,
        &[Rule::kw_where, Rule::kw_attributed, Rule::kw_to],
    )
}

/// `outlet_clause`: `where outlet is WORDSET`.
fn outlet_clause(cx: &Cx<'_>, pair: Pair<'_, Rule>) -> Result<WordSet, ParseError> {
    keywords_then_words(cx, pair, &[Rule::kw_where, Rule::kw_outlet, Rule::kw_is])
}

/// `measure_clause`: `where measure is [not] WORDS`.
fn measure_clause(cx: &Cx<'_>, pair: Pair<'_, Rule>) -> Result<Condition, ParseError> {
    let mut kids = cx.kids(pair);
    kids.expect(Rule::kw_where)?;
    kids.expect(Rule::kw_measure)?;
    kids.expect(Rule::kw_is)?;
    let not = kids.optional(Rule::kw_not).is_some();
    let words = word_set(cx, kids.expect(Rule::word_set)?)?;
    kids.done()?;
    Ok(if not {
        Condition::MeasureNot(words)
    } else {
        Condition::Measure(words)
    })
}

/// `role_clause`: `where role is draft|source`.
fn role_clause(cx: &Cx<'_>, pair: Pair<'_, Rule>) -> Result<Role, ParseError> {
    let mut kids = cx.kids(pair);
    kids.expect(Rule::kw_where)?;
    kids.expect(Rule::kw_role)?;
    kids.expect(Rule::kw_is)?;
    let role = kids.any()?;
    let role = match role.as_rule() {
        Rule::kw_draft => Role::Draft,
        Rule::kw_source => Role::Source,
        _ => return Err(cx.internal(cx.span(&role))),
    };
    kids.done()?;
    Ok(role)
}

/// `published_clause`: `where published before|after DATE`.
fn published_clause(cx: &Cx<'_>, pair: Pair<'_, Rule>) -> Result<Condition, ParseError> {
    let mut kids = cx.kids(pair);
    kids.expect(Rule::kw_where)?;
    kids.expect(Rule::kw_published)?;
    let direction = kids.any()?;
    let literal = kids.expect(Rule::date)?;
    let date = chrono::NaiveDate::parse_from_str(literal.as_str(), "%Y-%m-%d").map_err(|_| {
        ParseError::at(
            cx.file.named_source(),
            ErrorKind::BadDate {
                text: literal.as_str().to_owned(),
                span: cx.span(&literal).into(),
            },
        )
    })?;
    kids.done()?;
    match direction.as_rule() {
        Rule::kw_before => Ok(Condition::PublishedBefore(date)),
        Rule::kw_after => Ok(Condition::PublishedAfter(date)),
        _ => Err(cx.internal(cx.span(&direction))),
    }
}

/// `number`: its value, `,` grouping dropped.
fn number(cx: &Cx<'_>, pair: &Pair<'_, Rule>) -> Result<f64, ParseError> {
    pair.as_str()
        .replace(',', "")
        .parse()
        .map_err(|_| cx.internal(cx.span(pair)))
}

/// A `number` that must be a whole `u32` count of `unit`.
fn whole_number(cx: &Cx<'_>, pair: Pair<'_, Rule>, unit: &'static str) -> Result<u32, ParseError> {
    pair.as_str().replace(',', "").parse().map_err(|_| {
        ParseError::at(
            cx.file.named_source(),
            ErrorKind::BadInteger {
                text: pair.as_str().to_owned(),
                unit,
                span: cx.span(&pair).into(),
            },
        )
    })
}

#[cfg(test)]
mod tests {
    use pest::Parser;

    use super::*;
    use crate::parse::ast::{Check, GroupKey, RuleDecl, Scope, Severity, TemplatePart, Tolerance};
    use crate::parse::grammar::RuleParser;
    use crate::source::SourceMap;

    /// Parses and lowers `text`, failing on any error.
    fn lower(text: &str) -> RuleSet {
        let mut sources = SourceMap::new();
        let id = sources.add("test.rules", text);
        let file = sources.get(id).unwrap();
        let cx = Cx { id, file };
        let pair = RuleParser::parse(Rule::file, text).unwrap().next().unwrap();
        let Lowered { set, errors, .. } = super::file(&cx, pair);
        assert!(errors.is_empty(), "{errors:?}");
        set
    }

    fn ident(name: &str) -> Ident {
        Ident {
            name: name.into(),
            loc: Loc::default(),
        }
    }

    fn set(items: Vec<WordItem>) -> WordSet {
        WordSet {
            items,
            words: vec![],
            loc: Loc::default(),
        }
    }

    fn phrase(p: &str) -> WordItem {
        WordItem::Phrase(p.into(), Loc::default())
    }

    #[test]
    fn lowers_lists_facts_and_rules() {
        let parsed = lower(
            r#"
# comment
words killed = "killed", "dead" # trailing comment
/// Troops.
/// Near Ukraine.
fact buildup = quantity of "troops"
    where sentence does not mention "drill", killed
    near "border" within 6 words
fact talks = time near "talks" where attributed to "Kyiv"
rule buildup-contradicts: buildup agree within document within 2,500
    group by unit, attribution
    severity info
    help "a \"quote\""
"#,
        );
        let expected = RuleSet {
            lists: vec![WordList {
                doc: None,
                name: ident("killed"),
                words: set(vec![phrase("killed"), phrase("dead")]),
                loc: Loc::default(),
            }],
            facts: vec![
                FactDecl {
                    doc: Some("Troops.\nNear Ukraine.".into()),
                    name: ident("buildup"),
                    kind: FactKind::Quantity,
                    conditions: vec![
                        Condition::Unit(set(vec![phrase("troops")])),
                        Condition::SentenceOmits(set(vec![
                            phrase("drill"),
                            WordItem::List(ident("killed")),
                        ])),
                        Condition::Near {
                            words: set(vec![phrase("border")]),
                            within: Some(6),
                        },
                    ],
                    loc: Loc::default(),
                },
                FactDecl {
                    doc: None,
                    name: ident("talks"),
                    kind: FactKind::Time,
                    conditions: vec![
                        Condition::Near {
                            words: set(vec![phrase("talks")]),
                            within: None,
                        },
                        Condition::AttributedTo(set(vec![phrase("Kyiv")])),
                    ],
                    loc: Loc::default(),
                },
            ],
            rules: vec![RuleDecl {
                doc: None,
                id: ident("buildup-contradicts"),
                fact: ident("buildup"),
                check: Check::Agree,
                check_loc: Loc::default(),
                scope: Scope::WithinDocument,
                tolerance: Some(Tolerance::Absolute(2500.0)),
                tolerance_loc: Loc::default(),
                may_grow: false,
                group_by: vec![GroupKey::Unit, GroupKey::Attribution],
                as_of_within: None,
                severity: Severity::Info,
                message: None,
                help: Some("a \"quote\"".into()),
                tags: vec![],
                loc: Loc::default(),
            }],
        };
        assert_eq!(parsed, expected);
    }

    #[test]
    fn locs_point_into_the_file() {
        let text = "words a = \"x\"\nrule r-1: f consistent across sources within 3 days";
        let parsed = lower(text);
        let rule = &parsed.rules[0];
        assert_eq!(rule.loc.source, Some(SourceId(0)));
        let slice = |loc: Loc| text.get(loc.span.range()).unwrap();
        assert_eq!(
            slice(rule.loc),
            "rule r-1: f consistent across sources within 3 days"
        );
        assert_eq!(slice(rule.id.loc), "r-1");
        assert_eq!(slice(rule.check_loc), "consistent");
        assert_eq!(slice(rule.tolerance_loc), "3 days");
        assert_eq!(rule.tolerance, Some(Tolerance::Days(3)));
        assert_eq!(slice(parsed.lists[0].loc), "words a = \"x\"");
    }

    #[test]
    fn templates_split_text_and_fields() {
        let parsed = lower(
            r#"rule r: f consistent within document
    message "{{x}} is {value}, \"not\" {other.value} in {other.source}""#,
        );
        let message = parsed.rules[0].message.clone().unwrap();
        insta::assert_snapshot!(message.text, @r#"{x} is {value}, "not" {other.value} in {other.source}"#);
        let pieces: Vec<String> = message
            .parts
            .iter()
            .map(|p| match *p {
                TemplatePart::Text(a, b) => format!("{:?}", &message.text[a..b]),
                TemplatePart::Field(f) => format!("{f:?}"),
            })
            .collect();
        insta::assert_snapshot!(pieces.join(" | "), @r#""{x} is " | Value | ", \"not\" " | OtherValue | " in " | OtherSource"#);
    }

    #[test]
    fn placeholder_spans_cover_the_braces_in_the_file() {
        let text = r#"rule r: f consistent within document message "a \"b\" {valeu}""#;
        let mut sources = SourceMap::new();
        let id = sources.add("t.rules", text);
        let file = sources.get(id).unwrap();
        let pair = RuleParser::parse(Rule::file, text).unwrap().next().unwrap();
        let Lowered { errors, .. } = super::file(&Cx { id, file }, pair);
        let Some(ErrorKind::UnknownPlaceholder { span, help, .. }) =
            errors.first().and_then(ParseError::kind)
        else {
            panic!("{errors:?}");
        };
        assert_eq!(
            text.get(span.offset()..span.offset() + span.len()),
            Some("{valeu}")
        );
        insta::assert_snapshot!(help, @"did you mean `{value}`?");
    }
}
