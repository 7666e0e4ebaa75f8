//! Evaluation: the validated rules and the extracted facts in, [`Finding`]s out.
//!
//! The entry point is [`Plan`]: compiled once per run, it checks the rules within a
//! document on each document as it is read ([`Plan::document`]) and the rules across
//! documents on the facts kept from all of them ([`Plan::across`], which then drops the
//! findings within a document over two values of a series, `series.rs`). `pipeline`
//! drives it, for production and tests alike. Findings need no text: a fact's text is
//! read by `report`, from the texts `pipeline` keeps or reads again.
//!
//! Each fact declaration selects its facts once (`select.rs`); each rule then sorts
//! them into groups by key in one pass (`group.rs`) and checks every group on its own,
//! one rule kind per file: `consistent.rs`, `agree.rs`, `before.rs`, `corroborated.rs`,
//! `spelling.rs` and `weekday.rs`, with `growth.rs` for `may grow over time`. No rule
//! compares all pairs.
//!
//! A [`Finding`] is plain data: the rule, the relation that failed, its message template
//! unfilled, and a [`Label`] per place, each saying what it underlines (the claim,
//! a fact it conflicts with, or a further place and why) and how each fact was read.
//! `report` puts it into words.

mod agree;
mod before;
mod ceiling;
mod claims;
mod consistent;
mod corroborated;
mod group;
mod growth;
mod select;
mod series;
mod spelling;
mod weekday;

use std::sync::OnceLock;

use rustc_hash::FxHashMap as HashMap;
use rustc_hash::FxHashSet;

use chrono::{Datelike, NaiveDate};
use rayon::prelude::*;
use serde::Serialize;

use crate::extract::frame::Frame;
use crate::extract::{Fact, FactKind, Value};
use crate::load::{Corpus, DocId, Role};
use crate::parse::ast::{Ceiling, Check, GroupKey, RuleDecl, RuleSet, Scope, Severity, Template};
use crate::source::{SourceId, SourceMap, Span};

/// Everything evaluation can fail on. Rules were validated when parsed, so today
/// nothing fails; the type keeps the stage's contract.
#[derive(Debug, thiserror::Error, miette::Diagnostic)]
pub enum EvalError {}

/// A rule that does not hold, with every place in every document involved: data
/// only; `report` writes its message and notes.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    /// The rule's id.
    pub rule: String,
    /// The rule's severity.
    pub severity: Severity,
    /// The relation the facts fail.
    pub check: Check,
    /// Whether the rule compares facts by the claim they were taken for: each fact's
    /// note then names that claim.
    pub by_frame: bool,
    /// The rule's message template, placeholders unfilled; `None` when the rule has
    /// none (a message by `check` is used).
    pub message: Option<Template>,
    /// The rule's help, if any.
    pub help: Option<String>,
    /// The claim's label first, then further places in its document, then the facts
    /// it conflicts with, nearest first.
    pub labels: Vec<Label>,
}

impl Finding {
    /// The label of the fact the finding is about.
    pub fn claim(&self) -> Option<&Label> {
        self.labels.iter().find(|l| l.primary())
    }

    /// The label of the nearest fact the claim conflicts with.
    pub fn other(&self) -> Option<&Label> {
        self.labels
            .iter()
            .find(|l| matches!(l.mark, Mark::Other(_)))
    }
}

/// One underlined place of a finding.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Label {
    /// The document, and so the text, it points into.
    pub doc: DocId,
    /// The bytes to underline.
    pub span: Span,
    /// What it underlines.
    pub mark: Mark,
}

impl Label {
    /// The text it points into.
    pub fn source(&self) -> SourceId {
        self.doc.source()
    }

    /// Whether this is the claim the finding is about.
    pub fn primary(&self) -> bool {
        matches!(self.mark, Mark::Claim(_))
    }

    /// How the fact underlined was read; `None` for a further place that is not a
    /// fact of its own.
    pub fn reading(&self) -> Option<&Reading> {
        match &self.mark {
            Mark::Claim(reading) | Mark::Other(reading) => Some(reading),
            Mark::Extra(_) => None,
        }
    }

    /// The value the fact underlined was read as.
    pub fn value(&self) -> Option<&Value> {
        self.reading().map(|r| &r.value)
    }
}

/// What a label underlines.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Mark {
    /// The fact the finding is about (the primary label).
    Claim(Box<Reading>),
    /// A fact the claim conflicts with.
    Other(Box<Reading>),
    /// A further place in the claim's document, not a fact of its own.
    Extra(Reason),
}

/// A fact as a finding shows it: what it was read as, and what it was read in.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Reading {
    /// The value it was read as.
    pub value: Value,
    /// Whether it is a figure that opens its sentence: a capital it starts with may be
    /// the sentence's rather than its own ("Tens of thousands").
    pub opens_sentence: bool,
    /// Its document's publication date, when known.
    pub published: Option<NaiveDate>,
    /// Who the text says it comes from.
    pub who: Option<String>,
    /// The claim it was taken for.
    pub frame: Option<Box<Frame>>,
}

/// Why a further place is underlined.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Reason {
    /// A weekday written beside a date that falls on another: the date, whose weekday
    /// it is not.
    Weekday(NaiveDate),
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

    /// For each of `facts`, the names of the fact declarations that select it, in the
    /// order the rules declare them (what `claimlint facts --rules` shows).
    pub fn selected_by(
        &self,
        corpus: &Corpus,
        sources: &SourceMap,
        facts: &[Fact],
    ) -> Vec<Vec<&'r str>> {
        let refs: Vec<&Fact> = facts.iter().collect();
        let ctx = Context::new(corpus, sources, &refs);
        let selected = self.selectors.select(&ctx);
        let mut by_fact: Vec<Vec<&'r str>> = vec![Vec::new(); facts.len()];
        for decl in &self.rules.facts {
            let name = decl.name.name.as_str();
            for &index in selected.get(name).map(Vec::as_slice).unwrap_or(&[]) {
                if let Some(names) = by_fact.get_mut(index) {
                    names.push(name);
                }
            }
        }
        by_fact
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
        let ctx = Context::new(corpus, sources, &facts);
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
            .filter(|r| Part::WithinDocument.includes(r))
            .flat_map(|rule| {
                let conflicts = self.rule(rule, &selected, &ctx, false, &options);
                let ctx = &ctx;
                conflicts.into_iter().map(move |c| finding(rule, &c, ctx))
            })
            .collect();
        (findings, across)
    }

    /// Checks the rules across documents over the facts kept from every document,
    /// as [`Plan::document`] selected them (`selection`: a fact's index into `facts`
    /// and a declaration's, in fact order). Not sorted. Then drops from `local` (the
    /// findings of the rules within a document, of every document) those over two
    /// values of a series (see `series.rs`): "Tuesday's quake" and "the April 25 quake"
    /// in one article, each date given by another article without the other, and one
    /// article giving both. The series are those of the rules across documents (of a
    /// frame, agreeing or consistent) that select the finding's facts; only rules that
    /// select dates or magnitudes are read, each once.
    pub fn across(
        &self,
        corpus: &Corpus,
        sources: &SourceMap,
        facts: &[&Fact],
        selection: &[(usize, usize)],
        options: &EvalOptions,
        local: &mut Vec<Finding>,
    ) -> Vec<Finding> {
        let ctx = Context::new(corpus, sources, facts);
        let selected = self.selected_across(selection);
        let found = self.evaluate(
            Part::AcrossSources,
            &ctx,
            &selected,
            is_draft_mode(corpus),
            options,
        );
        self.drop_series_within(local, &ctx, &selected);
        found
    }

    /// The facts each declaration a rule across documents reads selected.
    fn selected_across(&self, selection: &[(usize, usize)]) -> HashMap<&str, Vec<usize>> {
        let mut selected: HashMap<&str, Vec<usize>> = HashMap::default();
        for &(fact, decl) in selection {
            if let Some(name) = self.across.get(decl) {
                selected.entry(name).or_default().push(fact);
            }
        }
        selected
    }

    /// See [`Plan::across`].
    fn drop_series_within(
        &self,
        findings: &mut Vec<Finding>,
        ctx: &Context<'_>,
        selected: &HashMap<&str, Vec<usize>>,
    ) {
        let within: FxHashSet<&str> = self
            .rules
            .rules
            .iter()
            .filter(|r| r.scope == Scope::WithinDocument && r.group_by.contains(&GroupKey::Frame))
            .map(|r| r.id.name.as_str())
            .collect();
        if !findings.iter().any(|f| within.contains(f.rule.as_str())) {
            return;
        }
        let indices: Vec<(FxHashSet<usize>, std::sync::Arc<series::Index>)> = self
            .rules
            .rules
            .iter()
            .filter(|r| {
                r.scope == Scope::AcrossSources
                    && r.group_by.contains(&GroupKey::Frame)
                    && matches!(r.check, Check::Agree | Check::Consistent)
            })
            .filter_map(|r| {
                let members = selected.get(r.fact.name.as_str())?;
                series::any_recur(members, ctx).then(|| {
                    let index = ctx.series_index(r, || {
                        series::Index::new(&group::split(r, members, ctx), ctx)
                    });
                    (members.iter().copied().collect(), index)
                })
            })
            .collect();
        let facts = ctx.facts;
        let at: HashMap<(DocId, usize, usize), usize> = facts
            .iter()
            .enumerate()
            .map(|(i, f)| ((f.doc, f.span.start, f.span.end), i))
            .collect();
        let fact_at = |l: &Label| at.get(&(l.doc, l.span.start, l.span.end)).copied();
        findings.retain(|finding| {
            if !within.contains(finding.rule.as_str()) {
                return true;
            }
            let Some(claim) = finding.claim().and_then(fact_at) else {
                return true;
            };
            let others: Vec<Option<usize>> = finding
                .labels
                .iter()
                .filter(|l| matches!(l.mark, Mark::Other(_)))
                .map(fact_at)
                .collect();
            let apart = !others.is_empty()
                && indices.iter().any(|(members, index)| {
                    members.contains(&claim)
                        && others
                            .iter()
                            .all(|o| o.is_some_and(|o| index.apart(claim, o, ctx)))
                });
            !apart
        });
    }

    /// Runs a part of the rules over the facts `selected`, rules in parallel.
    fn evaluate(
        &self,
        part: Part,
        ctx: &Context<'_>,
        selected: &HashMap<&str, Vec<usize>>,
        draft_mode: bool,
        options: &EvalOptions,
    ) -> Vec<Finding> {
        self.rules
            .rules
            .par_iter()
            .filter(|r| part.includes(r))
            .flat_map_iter(|rule| {
                let conflicts = self.rule(rule, selected, ctx, draft_mode, options);
                conflicts.into_iter().map(move |c| finding(rule, &c, ctx))
            })
            .collect()
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
        let groups = group::split(rule, members, ctx);
        // The claims over every article, kept for the series of a rule across sources
        // that selects dates or magnitudes (see `series.rs`); a rule within one article
        // sees one article, which makes no series.
        let series_of = (rule.scope == Scope::AcrossSources
            && rule.group_by.contains(&GroupKey::Frame)
            && matches!(rule.check, Check::Agree | Check::Consistent)
            && series::any_recur(members, ctx))
        .then(|| groups.clone());
        for mut group in groups {
            if rule.scope == Scope::AcrossSources {
                // Ties between sources go to the most recently published one: newer
                // reporting is the reference an older figure is compared with. For a
                // figure that may only grow, the older one is the reference: a newer,
                // lower figure is the anomaly. (Each member's key is made once: a
                // group across sources holds every article's figure of a claim.)
                // The key, undated last, then by date, then by index, is packed into
                // one number, the index in its low half: sorted as numbers, the
                // numbers give the group back in order.
                let mut keyed: Vec<u128> = group
                    .iter()
                    .map(|&i| {
                        let published = facts
                            .get(i)
                            .and_then(|f| corpus.get(f.doc))
                            .and_then(|d| d.published.map(|(date, _)| date));
                        let key = published.map(|d| d.num_days_from_ce());
                        let key = if rule.may_grow { key } else { key.map(|k| -k) };
                        // A day's number, made positive, is below 2^33.
                        let high = key
                            .map_or(1 << 63, |k| (i64::from(k) - 2 * i64::from(i32::MIN)) as u64);
                        (u128::from(high) << 64) | i as u128
                    })
                    .collect();
                keyed.sort_unstable();
                group.clear();
                group.extend(keyed.iter().map(|&k| k as u64 as usize));
            }
            let check = |reference: &group::Group, candidates: &group::Group| {
                let conflicts = match &rule.check {
                    Check::Consistent => consistent::check(rule, reference, candidates, ctx),
                    Check::Agree if rule.may_grow && rule.scope == Scope::AcrossSources => {
                        match growth::check(rule, reference, candidates, ctx) {
                            Some(conflicts) => return conflicts,
                            None => agree::check(rule, reference, candidates, ctx),
                        }
                    }
                    Check::Agree => agree::check(rule, reference, candidates, ctx),
                    Check::SpelledOneWay => spelling::check(rule, reference, candidates, ctx),
                    Check::WeekdayMatches => weekday::check(candidates, ctx),
                    Check::AtMost(Ceiling(n)) => ceiling::check(*n, candidates, ctx),
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
                    growth::keep_contradictions(conflicts, rule.scope, ctx)
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
            // Two values of a series ("Tuesday's quake" and "the April 25 quake"), one
            // article giving both: two claims.
            if let Some(claims) = &series_of {
                series::drop_series(rule, claims, &mut found, ctx);
            }
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
            let mut seen = rustc_hash::FxHashSet::default();
            found.retain(|c| seen.insert(c.fact));
            // An article that states one figure twice (its headline, then its body:
            // "Toll at 1,394" and "the death toll had reached 1,394") against the same
            // other sources makes one finding, not one a mention.
            if rule.scope == Scope::AcrossSources {
                // By article, hedge and other facts: the values already stated.
                let mut stated: HashMap<_, Vec<&Value>> = HashMap::default();
                found.retain(|c| {
                    facts.get(c.fact).is_none_or(|f| {
                        let mut others = c.others.clone();
                        others.sort_unstable();
                        let values = stated.entry((f.doc, f.hedge, others)).or_default();
                        let first = !values.contains(&&f.value);
                        if first {
                            values.push(&f.value);
                        }
                        first
                    })
                });
            }
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
    /// The figures that revise a count ("the toll was revised to 275"), found once
    /// when a check first asks.
    revisions: OnceLock<Vec<usize>>,
    /// The series of each rule across sources, by its id, made once (by the rule, or
    /// for the findings within an article after it).
    series: std::sync::Mutex<HashMap<String, std::sync::Arc<series::Index>>>,
}

impl<'a> Context<'a> {
    pub fn new(corpus: &'a Corpus, sources: &'a SourceMap, facts: &'a [&'a Fact]) -> Self {
        Context {
            corpus,
            sources,
            facts,
            revisions: OnceLock::new(),
            series: std::sync::Mutex::default(),
        }
    }

    /// The series of rule `rule`, made by `make` the first time it is asked for.
    fn series_index(
        &self,
        rule: &RuleDecl,
        make: impl FnOnce() -> series::Index,
    ) -> std::sync::Arc<series::Index> {
        let made = self
            .series
            .lock()
            .ok()
            .and_then(|cache| cache.get(&rule.id.name).cloned());
        made.unwrap_or_else(|| {
            let index = std::sync::Arc::new(make());
            if let Ok(mut cache) = self.series.lock() {
                cache.insert(rule.id.name.clone(), index.clone());
            }
            index
        })
    }

    /// The figures whose frame says they revise a count, in fact order.
    pub fn revisions(&self) -> &[usize] {
        self.revisions.get_or_init(|| {
            self.facts
                .iter()
                .enumerate()
                .filter(|(_, f)| {
                    f.frame
                        .as_ref()
                        .is_some_and(|fr| fr.qualifier.as_deref() == Some("revised"))
                })
                .map(|(i, _)| i)
                .collect()
        })
    }
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
}

/// A fact that breaks a rule (by index into the facts), and the facts it conflicts with,
/// nearest first.
pub(crate) struct Conflict {
    pub fact: usize,
    pub others: Vec<usize>,
    /// More places to underline in the fact's own document, and why.
    pub extra: Vec<(Span, Reason)>,
}

/// How many other facts a finding shows at most.
pub(crate) const MAX_RELATED: usize = 3;

fn finding(rule: &RuleDecl, conflict: &Conflict, ctx: &Context<'_>) -> Finding {
    let fact = ctx.facts.get(conflict.fact).copied();
    let mut labels = Vec::new();
    if let Some(fact) = fact {
        labels.push(label(fact, Mark::Claim, ctx));
        labels.extend(conflict.extra.iter().map(|&(span, reason)| Label {
            doc: fact.doc,
            span,
            mark: Mark::Extra(reason),
        }));
    }
    labels.extend(
        conflict
            .others
            .iter()
            .filter_map(|&i| ctx.facts.get(i))
            .map(|f| label(f, Mark::Other, ctx)),
    );
    // Two dates joined through what an article is about, not through a place, party or
    // event name both their sentences give, are a weak match: never an error.
    let severity = if rule.severity == Severity::Error
        && rule.group_by.contains(&GroupKey::Frame)
        && fact.is_some_and(|f| f.kind == FactKind::Time)
    {
        let placed = |f: &Fact| {
            f.frame.as_ref().is_some_and(|frame| {
                !frame.scope.is_empty() || frame.event.as_ref().is_some_and(|e| e.name.is_some())
            })
        };
        let strong = fact.is_some_and(placed)
            && conflict
                .others
                .iter()
                .filter_map(|&i| ctx.facts.get(i))
                .any(|f| placed(f));
        if strong {
            rule.severity
        } else {
            Severity::Warning
        }
    } else {
        rule.severity
    };
    Finding {
        rule: rule.id.name.clone(),
        severity,
        check: rule.check.clone(),
        by_frame: rule.group_by.contains(&GroupKey::Frame),
        message: rule.message.clone(),
        help: rule.help.clone(),
        labels,
    }
}

/// A fact's label, marked by `mark` (its part in the finding) with how it was read.
fn label(fact: &Fact, mark: fn(Box<Reading>) -> Mark, ctx: &Context<'_>) -> Label {
    let reading = Reading {
        value: fact.value.clone(),
        opens_sentence: fact.kind == FactKind::Quantity && fact.span.start == fact.sentence.start,
        published: ctx
            .corpus
            .get(fact.doc)
            .and_then(|d| d.published.map(|(date, _)| date)),
        who: fact.attribution.as_ref().map(|a| a.who.clone()),
        frame: fact.frame.clone(),
    };
    Label {
        doc: fact.doc,
        span: fact.span,
        mark: mark(Box::new(reading)),
    }
}
