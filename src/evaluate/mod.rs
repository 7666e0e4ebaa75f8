//! Evaluation: the validated rules and the extracted facts in, [`Finding`]s out.
//!
//! The entry point is [`Plan`]: compiled once per run, it checks the rules within a
//! document on each document as it is read ([`Plan::document`]) and the rules across
//! documents on the facts kept from all of them ([`Plan::across`], then
//! [`Plan::findings`]). `pipeline` drives it, for production and tests alike.
//!
//! Each fact declaration selects its facts once (`select.rs`); each rule then sorts
//! them into groups by key in one pass (`group.rs`) and checks every group on its own,
//! one rule kind per file: `consistent.rs`, `agree.rs`, `before.rs`, `corroborated.rs`,
//! `spelling.rs` and `weekday.rs`, with `growth.rs` for `may grow over time`. No rule
//! compares all pairs.

mod agree;
mod before;
mod claims;
mod consistent;
mod corroborated;
mod group;
mod growth;
mod select;
mod spelling;
mod weekday;

use std::collections::HashMap;

use chrono::Datelike;
use rayon::prelude::*;
use serde::Serialize;

use crate::extract::{Fact, Interval, TimeValue, Value};
use crate::load::{Corpus, DocId, Role};
use crate::parse::ast::{Check, Field, GroupKey, RuleDecl, RuleSet, Scope, Severity, TemplatePart};
use crate::source::{SourceId, SourceMap, Span};

/// Everything evaluation can fail on. Rules were validated when parsed, so today
/// nothing fails; the type keeps the stage's contract.
#[derive(Debug, thiserror::Error, miette::Diagnostic)]
pub enum EvalError {}

/// A rule that does not hold, with every place in every document involved.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    /// The rule's id.
    pub rule: String,
    /// The rule's severity.
    pub severity: Severity,
    /// The rule's message, placeholders filled in.
    pub message: String,
    /// The rule's help, if any.
    pub help: Option<String>,
    /// The primary label first, then the others.
    pub labels: Vec<Label>,
}

/// One underlined place of a finding.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Label {
    /// The document, and so the text, it points into.
    pub doc: DocId,
    /// The bytes to underline.
    pub span: Span,
    /// Whether this is the claim the finding is about.
    pub primary: bool,
    /// What to say under the underline.
    pub note: Option<String>,
    /// The value the fact underlined was read as; `None` for a further place a
    /// finding points at that is not a fact of its own.
    pub value: Option<Value>,
}

impl Label {
    /// The text it points into.
    pub fn source(&self) -> SourceId {
        self.doc.source()
    }
}

/// How to evaluate.
#[derive(Debug, Clone, Copy, Default)]
pub struct EvalOptions {
    /// In draft mode, also report what the sources alone get wrong.
    pub all: bool,
}

/// Whether the corpus holds a draft: then findings are about the drafts.
pub fn is_draft_mode(corpus: &Corpus) -> bool {
    corpus
        .documents
        .iter()
        .any(|d| d.meta.role == Some(Role::Draft))
}

/// Orders findings by document and position of their primary label, then rule.
pub fn sort(findings: &mut [Finding]) {
    findings.sort_by(|a, b| {
        let key = |f: &Finding| f.labels.first().map(|l| (l.doc, l.span));
        key(a).cmp(&key(b)).then_with(|| a.rule.cmp(&b.rule))
    });
}

/// The rules of a run, compiled once, for checking a corpus a document at a time: the
/// rules within a document run on each document as it is read
/// ([`Plan::document`]), and only the facts a rule across documents reads are kept
/// for [`Plan::across`].
pub struct Plan<'r> {
    rules: &'r RuleSet,
    selectors: select::Selectors<'r>,
    /// The fact declarations a rule across documents reads.
    across: Vec<&'r str>,
}

/// Which rules to run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    WithinDocument,
    AcrossSources,
}

impl Part {
    fn includes(self, rule: &RuleDecl) -> bool {
        match self {
            Part::WithinDocument => rule.scope == Scope::WithinDocument,
            Part::AcrossSources => rule.scope == Scope::AcrossSources,
        }
    }
}

impl<'r> Plan<'r> {
    /// Compiles the rules' fact declarations.
    pub fn new(rules: &'r RuleSet) -> Self {
        let mut across: Vec<&'r str> = Vec::new();
        for rule in rules
            .rules
            .iter()
            .filter(|r| r.scope == Scope::AcrossSources)
        {
            across.push(rule.fact.name.as_str());
            if let Check::Before(other) = &rule.check {
                across.push(other.name.as_str());
            }
        }
        across.sort_unstable();
        across.dedup();
        Self {
            rules,
            selectors: select::Selectors::new(rules),
            across,
        }
    }

    /// Whether any rule compares documents with each other.
    pub fn has_across(&self) -> bool {
        !self.across.is_empty()
    }

    /// Checks one document's facts against the rules within a document, as if the
    /// corpus held no draft (the caller drops a source's findings in draft mode), and
    /// says which facts rules across documents read: pairs of a fact's index and a
    /// declaration's, in fact order, for [`Plan::across`].
    pub fn document(
        &self,
        corpus: &Corpus,
        sources: &SourceMap,
        facts: &[Fact],
    ) -> (Vec<Finding>, Vec<(usize, usize)>) {
        let facts: Vec<&Fact> = facts.iter().collect();
        let ctx = Context {
            corpus,
            sources,
            facts: &facts,
        };
        let selected = self.selectors.select(&ctx);
        let mut across: Vec<(usize, usize)> = Vec::new();
        for (decl, name) in self.across.iter().enumerate() {
            for &fact in selected.get(name).map(Vec::as_slice).unwrap_or(&[]) {
                across.push((fact, decl));
            }
        }
        across.sort_unstable();
        let options = EvalOptions { all: true };
        let findings = self
            .rules
            .rules
            .iter()
            .enumerate()
            .filter(|(_, r)| Part::WithinDocument.includes(r))
            .flat_map(|(i, rule)| {
                let conflicts = self.rule(rule, &selected, &ctx, false, &options);
                conflicts.into_iter().map(move |c| (i, c))
            })
            .collect();
        (
            self.findings(Pending(findings), corpus, sources, &facts),
            across,
        )
    }

    /// Checks the rules across documents over the facts kept from every document,
    /// as [`Plan::document`] selected them (`selection`: a fact's index into `facts`
    /// and a declaration's, in fact order). What they find is [`Pending`] until the
    /// texts of the documents involved are at hand ([`Pending::documents`]) to quote
    /// them in [`Plan::findings`].
    pub fn across(
        &self,
        corpus: &Corpus,
        sources: &SourceMap,
        facts: &[&Fact],
        selection: &[(usize, usize)],
        options: &EvalOptions,
    ) -> Pending {
        let ctx = Context {
            corpus,
            sources,
            facts,
        };
        let mut selected: HashMap<&str, Vec<usize>> = HashMap::new();
        for &(fact, decl) in selection {
            if let Some(name) = self.across.get(decl) {
                selected.entry(name).or_default().push(fact);
            }
        }
        self.evaluate(
            Part::AcrossSources,
            &ctx,
            &selected,
            is_draft_mode(corpus),
            options,
        )
    }

    /// The findings of pending conflicts, their messages quoting the facts' texts.
    /// Not sorted.
    pub fn findings(
        &self,
        pending: Pending,
        corpus: &Corpus,
        sources: &SourceMap,
        facts: &[&Fact],
    ) -> Vec<Finding> {
        let ctx = Context {
            corpus,
            sources,
            facts,
        };
        pending
            .0
            .into_iter()
            .filter_map(|(i, c)| Some(finding(self.rules.rules.get(i)?, &c, &ctx)))
            .collect()
    }

    /// Runs a part of the rules over the facts `selected`, rules in parallel.
    fn evaluate(
        &self,
        part: Part,
        ctx: &Context<'_>,
        selected: &HashMap<&str, Vec<usize>>,
        draft_mode: bool,
        options: &EvalOptions,
    ) -> Pending {
        Pending(
            self.rules
                .rules
                .par_iter()
                .enumerate()
                .filter(|(_, r)| part.includes(r))
                .flat_map_iter(|(i, rule)| {
                    let conflicts = self.rule(rule, selected, ctx, draft_mode, options);
                    conflicts.into_iter().map(move |c| (i, c))
                })
                .collect(),
        )
    }

    /// One rule's conflicts over the facts its declaration selected.
    fn rule(
        &self,
        rule: &RuleDecl,
        selected: &HashMap<&str, Vec<usize>>,
        ctx: &Context<'_>,
        draft_mode: bool,
        options: &EvalOptions,
    ) -> Vec<Conflict> {
        let facts = ctx.facts;
        let corpus = ctx.corpus;
        let is_draft = |fact: usize| {
            facts
                .get(fact)
                .and_then(|f| corpus.get(f.doc))
                .is_some_and(|d| d.meta.role == Some(Role::Draft))
        };
        let mut found = Vec::new();
        let Some(members) = selected.get(rule.fact.name.as_str()) else {
            return found;
        };
        for mut group in group::split(rule, members, ctx) {
            if rule.scope == Scope::AcrossSources {
                // Ties between sources go to the most recently published one: newer
                // reporting is the reference an older figure is compared with. For a
                // figure that may only grow, the older one is the reference: a newer,
                // lower figure is the anomaly.
                group.sort_by_key(|&i| {
                    let published = facts
                        .get(i)
                        .and_then(|f| corpus.get(f.doc))
                        .and_then(|d| d.published.map(|(date, _)| date));
                    let key = published.map(|d| d.num_days_from_ce());
                    let key = if rule.may_grow { key } else { key.map(|k| -k) };
                    (key.is_none(), key, i)
                });
            }
            let check = |reference: &group::Group, candidates: &group::Group| {
                let conflicts = match &rule.check {
                    Check::Consistent => consistent::check(rule, reference, candidates, ctx),
                    Check::Agree => agree::check(rule, reference, candidates, ctx),
                    Check::SpelledOneWay => spelling::check(rule, reference, candidates, ctx),
                    Check::WeekdayMatches => weekday::check(candidates, ctx),
                    Check::Corroborated(n) => {
                        corroborated::check(rule, *n, reference, candidates, ctx)
                    }
                    Check::Before(other) => {
                        let others = selected
                            .get(other.name.as_str())
                            .map(Vec::as_slice)
                            .unwrap_or(&[]);
                        let doc = candidates
                            .first()
                            .and_then(|&i| facts.get(i))
                            .map(|f| f.doc);
                        let others: Vec<usize> = others
                            .iter()
                            .copied()
                            .filter(|&i| {
                                rule.scope == Scope::AcrossSources
                                    || facts.get(i).map(|f| f.doc) == doc
                            })
                            .collect();
                        before::check(rule, candidates, &others, ctx)
                    }
                };
                if rule.may_grow {
                    growth::keep_contradictions(conflicts, ctx)
                } else {
                    conflicts
                }
            };
            let conflicts = if !draft_mode {
                check(&group, &group)
            } else if rule.scope == Scope::WithinDocument {
                // Within one document: the drafts' own contradictions, and the sources'
                // only when asked for.
                let in_draft = group.first().is_some_and(|&i| is_draft(i));
                if in_draft || options.all {
                    check(&group, &group)
                } else {
                    Vec::new()
                }
            } else {
                // Across documents: each draft claim against the sources' consensus.
                let (drafts, sources): (Vec<usize>, Vec<usize>) =
                    group.iter().partition(|&&i| is_draft(i));
                let mut conflicts = check(&sources, &drafts);
                if options.all {
                    conflicts.extend(check(&sources, &sources));
                }
                conflicts
            };
            found.extend(conflicts);
        }
        if rule.group_by.contains(&GroupKey::Frame) {
            // Figures far apart are a weak match (a part and a whole), and so are
            // facts of articles about other countries: say nothing.
            for conflict in &mut found {
                let Some(fact) = facts.get(conflict.fact) else {
                    continue;
                };
                conflict.others.retain(|&o| {
                    facts.get(o).is_none_or(|other| {
                        !claims::far_apart(fact, other) && !claims::other_story(fact, other)
                    })
                });
            }
            found.retain(|c| !c.others.is_empty());
            // A fact may sit in several claims: one conflict per fact.
            let mut seen = std::collections::HashSet::new();
            found.retain(|c| seen.insert(c.fact));
        }
        found
    }
}

/// What every check reads.
pub(crate) struct Context<'a> {
    pub corpus: &'a Corpus,
    pub sources: &'a SourceMap,
    /// The facts, wherever they are stored.
    pub facts: &'a [&'a Fact],
}

impl Context<'_> {
    /// The text of a fact's document; empty once a check has let it go (see
    /// [`crate::source::SourceFile::release`]), and so also when the map lacks it: a
    /// rule reads an empty text as a text without the words it looks for.
    pub fn text(&self, fact: &Fact) -> &str {
        self.sources
            .get(fact.doc.source())
            .map_or("", |f| f.text.as_ref())
    }

    /// The exact text of a fact.
    pub fn fact_text(&self, fact: &Fact) -> &str {
        self.text(fact).get(fact.span.range()).unwrap_or("")
    }

    /// How a document is named in messages: its path as given.
    pub fn doc_name(&self, doc: DocId) -> String {
        self.corpus
            .get(doc)
            .map_or_else(String::new, |d| d.path.display().to_string())
    }
}

/// Conflicts found, each with the index of its rule, waiting to be written as findings.
pub struct Pending(Vec<(usize, Conflict)>);

impl Pending {
    /// The documents the conflicts involve, in order: their texts must be at hand to
    /// write the findings.
    pub fn documents(&self, facts: &[&Fact]) -> Vec<DocId> {
        let mut docs: Vec<DocId> = self
            .0
            .iter()
            .flat_map(|(_, c)| std::iter::once(c.fact).chain(c.others.iter().copied()))
            .filter_map(|i| facts.get(i).map(|f| f.doc))
            .collect();
        docs.sort_unstable();
        docs.dedup();
        docs
    }
}

/// A fact that breaks a rule (by index into the facts), and the facts it conflicts with,
/// nearest first.
pub(crate) struct Conflict {
    pub fact: usize,
    pub others: Vec<usize>,
    /// More places to underline in the fact's own document, with their notes.
    pub extra: Vec<(Span, String)>,
}

/// How many other facts a finding shows at most.
pub(crate) const MAX_RELATED: usize = 3;

fn finding(rule: &RuleDecl, conflict: &Conflict, ctx: &Context<'_>) -> Finding {
    let fact = ctx.facts.get(conflict.fact).copied();
    let other = conflict
        .others
        .first()
        .and_then(|&i| ctx.facts.get(i))
        .copied();
    let mut labels = Vec::new();
    let framed = rule.group_by.contains(&GroupKey::Frame);
    if let Some(fact) = fact {
        labels.push(label(fact, true, framed, ctx));
    }
    if let Some(fact) = fact {
        labels.extend(conflict.extra.iter().map(|(span, note)| Label {
            doc: fact.doc,
            span: *span,
            primary: false,
            note: Some(note.clone()),
            value: None,
        }));
    }
    labels.extend(
        conflict
            .others
            .iter()
            .filter_map(|&i| ctx.facts.get(i))
            .map(|f| label(f, false, framed, ctx)),
    );
    Finding {
        rule: rule.id.name.clone(),
        severity: rule.severity,
        message: message(rule, fact, other, ctx),
        help: rule.help.clone(),
        labels,
    }
}

/// A fact's label: its value as read, who gives it, and with `framed` the claim it
/// was taken for.
fn label(fact: &Fact, primary: bool, framed: bool, ctx: &Context<'_>) -> Label {
    let mut note = match (&fact.value, primary) {
        (Value::Name(_), true) => "this spelling".to_owned(),
        (Value::Name(_), false) => "the spelling used first".to_owned(),
        (value @ Value::Time(TimeValue::Resolved { .. }), _) => {
            let published = ctx
                .corpus
                .get(fact.doc)
                .and_then(|d| d.published.map(|(date, _)| date));
            match published {
                Some(date) => format!("read as {} (published {date})", describe(value)),
                None => format!("read as {}", describe(value)),
            }
        }
        (value, _) => format!("read as {}", describe(value)),
    };
    if let Some(who) = &fact.attribution {
        note.push_str(&format!(", according to {}", who.who));
    }
    if let Some(frame) = fact.frame.as_ref().filter(|_| framed) {
        note.push_str(&format!("; claim: {frame}"));
    }
    Label {
        doc: fact.doc,
        span: fact.span,
        primary,
        note: Some(note),
        value: Some(fact.value.clone()),
    }
}

fn message(
    rule: &RuleDecl,
    fact: Option<&Fact>,
    other: Option<&Fact>,
    ctx: &Context<'_>,
) -> String {
    let value = |f: Option<&Fact>| f.map_or_else(String::new, |f| inline_text(f, ctx));
    let source = |f: Option<&Fact>| f.map_or_else(String::new, |f| ctx.doc_name(f.doc));
    let date = |f: Option<&Fact>| {
        f.and_then(|f| ctx.corpus.get(f.doc))
            .and_then(|d| d.published)
            .map_or_else(
                || "an unknown date".to_owned(),
                |(date, _)| date.to_string(),
            )
    };
    let read = |f: Option<&Fact>| f.map_or_else(String::new, |f| read_as(&f.value));
    let Some(template) = &rule.message else {
        return match rule.check {
            Check::Consistent => format!(
                "`{}` cannot be true together with `{}`",
                value(fact),
                value(other)
            ),
            _ => format!("`{}` does not agree with `{}`", value(fact), value(other)),
        };
    };
    let mut out = String::new();
    for part in &template.parts {
        match *part {
            TemplatePart::Text(start, end) => {
                out.push_str(template.text.get(start..end).unwrap_or(""))
            }
            TemplatePart::Field(Field::Value) => out.push_str(&value(fact)),
            TemplatePart::Field(Field::Source) => out.push_str(&source(fact)),
            TemplatePart::Field(Field::OtherValue) => out.push_str(&value(other)),
            TemplatePart::Field(Field::OtherSource) => out.push_str(&source(other)),
            // Parsed since issue 5; filled in once the lead implements them.
            TemplatePart::Field(Field::Date) => out.push_str(&date(fact)),
            TemplatePart::Field(Field::OtherDate) => out.push_str(&date(other)),
            TemplatePart::Field(Field::Read) => out.push_str(&read(fact)),
            TemplatePart::Field(Field::OtherRead) => out.push_str(&read(other)),
            TemplatePart::Field(Field::Frame) => out.push_str(
                &fact
                    .and_then(|f| f.frame.as_ref())
                    .map_or_else(String::new, ToString::to_string),
            ),
        }
    }
    out
}

/// What a fact was read as, for `{read}`: a day as "6 Feb 2023", else as [`describe`].
pub fn read_as(value: &Value) -> String {
    match value {
        Value::Time(TimeValue::Resolved {
            start,
            end,
            approximate: false,
            ..
        }) if end.pred_opt() == Some(*start) => start.format("%-d %b %Y").to_string(),
        other => describe(other),
    }
}

/// A fact's text for the middle of a message, in the text's own case, except a figure
/// whose capital is there only because it opens its sentence ("Tens of thousands"): a
/// weekday, a month or a name keeps its capital ("Monday's").
fn inline_text(fact: &Fact, ctx: &Context<'_>) -> String {
    let text = ctx.fact_text(fact);
    let mut chars = text.chars();
    match (chars.next(), chars.next()) {
        (Some(first), Some(second))
            if fact.kind == crate::extract::FactKind::Quantity
                && fact.span.start == fact.sentence.start
                && first.is_uppercase()
                && second.is_lowercase() =>
        {
            first.to_lowercase().chain(text.chars().skip(1)).collect()
        }
        _ => text.to_owned(),
    }
}

/// A value in interval notation: "(14,000, ∞)", "[13,300, 14,700]", "2022-01-12".
pub fn describe(value: &Value) -> String {
    match value {
        Value::Quantity(interval) => describe_interval(interval),
        Value::Time(TimeValue::Resolved {
            start,
            end,
            approximate,
            ..
        }) => {
            let last = end.pred_opt().unwrap_or(*end);
            let about = if *approximate { "about " } else { "" };
            if *start == chrono::NaiveDate::MIN {
                format!("before {end}")
            } else if last == *start {
                format!("{about}{start}")
            } else {
                format!("{about}{start} to {last}")
            }
        }
        Value::Time(TimeValue::Unresolved { unresolved }) => format!("unresolved ({unresolved})"),
        Value::Time(TimeValue::Vague { vague }) => format!("the {}", vagueness(*vague)),
        Value::Duration(d) => match d.anchored {
            Some((start, end)) => {
                let last = end.pred_opt().unwrap_or(end);
                format!("{} ({start} to {last})", d.iso())
            }
            None => d.iso(),
        },
        Value::Name(name) => name.key.clone(),
    }
}

/// A vague time reference in words.
fn vagueness(v: crate::extract::Vagueness) -> &'static str {
    match v {
        crate::extract::Vagueness::Present => "present",
        crate::extract::Vagueness::Past => "past",
        crate::extract::Vagueness::Future => "future",
    }
}

fn describe_interval(i: &Interval) -> String {
    match (i.min, i.max) {
        (Some(lo), Some(hi)) if lo == hi => number(lo),
        (lo, hi) => format!(
            "{}{}, {}{}",
            if i.min_inclusive && lo.is_some() {
                '['
            } else {
                '('
            },
            lo.map_or_else(|| "−∞".to_owned(), number),
            hi.map_or_else(|| "∞".to_owned(), number),
            if i.max_inclusive && hi.is_some() {
                ']'
            } else {
                ')'
            },
        ),
    }
}

/// A number with thousands separators and at most two decimals.
pub fn number(x: f64) -> String {
    let negative = x < 0.0;
    let rounded = (x.abs() * 100.0).round() / 100.0;
    let whole = rounded.trunc();
    let mut digits = format!("{whole:.0}");
    let mut grouped = String::new();
    while digits.len() > 3 {
        let tail = digits.split_off(digits.len() - 3);
        grouped = format!(",{tail}{grouped}");
    }
    let mut out = format!("{}{digits}{grouped}", if negative { "-" } else { "" });
    let frac = rounded - whole;
    if frac > 0.0 {
        let f = format!("{frac:.2}");
        out.push_str(f.trim_start_matches('0').trim_end_matches('0'));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_grouped() {
        assert_eq!(number(14000.0), "14,000");
        assert_eq!(number(1234567.5), "1,234,567.5");
        assert_eq!(number(999.0), "999");
        assert_eq!(number(-1500.25), "-1,500.25");
    }

    #[test]
    fn intervals_read_as_math() {
        let above = Interval {
            min: Some(14000.0),
            max: None,
            min_inclusive: false,
            max_inclusive: false,
            nominal: Some(14000.0),
        };
        assert_eq!(describe_interval(&above), "(14,000, ∞)");
        let near = Interval {
            min: Some(13300.0),
            max: Some(14700.0),
            min_inclusive: true,
            max_inclusive: true,
            nominal: Some(14000.0),
        };
        assert_eq!(describe_interval(&near), "[13,300, 14,700]");
    }
}
