//! Semantic checks on lowered rule files: names declared once, lists and facts
//! known, lists free of cycles, tolerances that fit their facts. Fills in every
//! [`WordSet::words`]. Every problem is collected, not just the first.

use std::collections::{HashMap, HashSet};

use super::ast::{
    Check, Condition, FactDecl, FactKind, Ident, Loc, RuleDecl, RuleSet, Tolerance, WordItem,
    WordList, WordSet,
};
use super::error::{ErrorKind, FirstDeclared, ParseError, did_you_mean};
use crate::source::{SourceFile, SourceMap, Span};

/// The longest word or phrase a word list may hold, in bytes: far above any phrase a
/// newsroom writes, far below what slows the phrase matcher down.
pub const MAX_WORD_BYTES: usize = 256;

/// What the files a file `use`s declare.
#[derive(Debug, Default)]
pub(crate) struct Imported {
    /// Word list name to (importing unit, its words).
    pub lists: HashMap<String, (usize, Vec<String>)>,
    /// Fact declarations.
    pub facts: Vec<FactDecl>,
    /// Facts of this file that failed to lower: rules naming them are not checked.
    pub broken_facts: Vec<String>,
}

/// What checking one file found.
#[derive(Debug, Default)]
pub(crate) struct FileReport {
    /// Its errors.
    pub errors: Vec<ParseError>,
    /// Its own word lists that it names.
    pub used_local: HashSet<String>,
    /// Imported word lists that it names: (unit, name).
    pub used_imported: HashSet<(usize, String)>,
}

/// Checks one file's declarations against each other and against what it imports,
/// and expands its word sets. `clauses` holds each fact's clause spans.
pub(crate) fn file(
    file: &SourceFile,
    set: &mut RuleSet,
    imported: &Imported,
    clauses: &[Vec<Span>],
) -> FileReport {
    let mut report = FileReport::default();
    let errors = &mut report.errors;
    duplicates(file, "word list", set.lists.iter().map(|l| &l.name), errors);
    duplicates(file, "fact", set.facts.iter().map(|f| &f.name), errors);
    duplicates(file, "rule", set.rules.iter().map(|r| &r.id), errors);

    let (words, fact_words, used_local, used_imported) = {
        let mut lists = Lists::new(file, &set.lists, imported, errors);
        let words: Vec<Vec<String>> = (0..set.lists.len()).map(|i| lists.resolve(i)).collect();
        let mut facts = Vec::new();
        for fact in &set.facts {
            let sets = fact
                .conditions
                .iter()
                .map(|c| c.words().map(|s| lists.expand(s)));
            facts.push(sets.collect::<Vec<_>>());
        }
        (words, facts, lists.used_local, lists.used_imported)
    };
    report.used_local = used_local;
    report.used_imported = used_imported;
    for (list, words) in set.lists.iter_mut().zip(words) {
        list.words.words = words;
    }
    for (fact, sets) in set.facts.iter_mut().zip(fact_words) {
        for (condition, words) in fact.conditions.iter_mut().zip(sets) {
            if let (Some(set), Some(words)) = (condition.words_mut(), words) {
                set.words = words;
            }
        }
    }

    let empty = Vec::new();
    for (index, fact) in set.facts.iter().enumerate() {
        contradictions(file, fact, clauses.get(index).unwrap_or(&empty), errors);
    }

    let find = |name: &str| -> Option<&FactDecl> {
        set.fact(name)
            .or_else(|| imported.facts.iter().find(|f| f.name.name == name))
    };
    let known = || {
        set.facts
            .iter()
            .chain(&imported.facts)
            .map(|f| f.name.name.as_str())
    };
    for rule in &set.rules {
        let Some(fact) = find(&rule.fact.name) else {
            if !imported.broken_facts.contains(&rule.fact.name) {
                errors.push(unknown_fact(file, &rule.fact, known()));
            }
            continue;
        };
        match &rule.check {
            Check::Agree | Check::Consistent => {
                tolerance(file, rule, fact, errors);
                may_grow(file, rule, fact, errors);
            }
            Check::Before(other) => {
                kind_is(file, rule, fact, FactKind::Time, errors);
                match find(&other.name) {
                    None if imported.broken_facts.contains(&other.name) => {}
                    None => errors.push(unknown_fact(file, other, known())),
                    Some(o) if o.kind != FactKind::Time => errors.push(ParseError::at(
                        file.named_source(),
                        ErrorKind::CheckKind {
                            check: rule.check.describe(),
                            kind: o.kind,
                            fact: o.name.name.clone(),
                            span: rule.check_loc.span.into(),
                            fact_span: other.loc.span.into(),
                            help: "`before` compares two time facts".to_owned(),
                        },
                    )),
                    Some(_) => {}
                }
            }
            Check::WeekdayMatches => kind_is(file, rule, fact, FactKind::Time, errors),
            Check::SpelledOneWay => kind_is(file, rule, fact, FactKind::Name, errors),
            Check::Corroborated(_) => {}
            Check::AtMost(_) => kind_is(file, rule, fact, FactKind::Quantity, errors),
        }
    }
    report
}

/// An unknown fact name, with the nearest known one.
fn unknown_fact<'a>(
    file: &SourceFile,
    ident: &Ident,
    known: impl Iterator<Item = &'a str>,
) -> ParseError {
    ParseError::at(
        file.named_source(),
        ErrorKind::UnknownFact {
            name: ident.name.clone(),
            span: ident.loc.span.into(),
            help: did_you_mean(&ident.name, known).or_else(|| {
                Some(format!(
                    "declare it in this file, `fact {} = quantity …`, or `use` the file that does",
                    ident.name
                ))
            }),
        },
    )
}

/// Reports a check that needs a fact of kind `want`.
fn kind_is(
    file: &SourceFile,
    rule: &RuleDecl,
    fact: &FactDecl,
    want: FactKind,
    errors: &mut Vec<ParseError>,
) {
    if fact.kind == want {
        return;
    }
    let help = match &rule.check {
        Check::SpelledOneWay => {
            "`spelled one way` compares how names are written; declare a `name` fact"
        }
        Check::WeekdayMatches => "only a time fact has a weekday and a date; declare a `time` fact",
        Check::AtMost(_) => "`at most` holds figures to a ceiling; declare a `quantity` fact",
        _ => "`before` compares two time facts; declare a `time` fact",
    };
    errors.push(ParseError::at(
        file.named_source(),
        ErrorKind::CheckKind {
            check: rule.check.describe(),
            kind: fact.kind,
            fact: fact.name.name.clone(),
            span: rule.check_loc.span.into(),
            fact_span: rule.fact.loc.span.into(),
            help: help.to_owned(),
        },
    ));
}

/// `agree` needs a tolerance, and a tolerance must fit the fact's kind.
fn tolerance(file: &SourceFile, rule: &RuleDecl, fact: &FactDecl, errors: &mut Vec<ParseError>) {
    match rule.tolerance {
        None if rule.check == Check::Agree => errors.push(ParseError::at(
            file.named_source(),
            ErrorKind::MissingTolerance {
                rule: rule.id.name.clone(),
                span: rule.check_loc.span.into(),
                help: match fact.kind {
                    FactKind::Quantity => "add `within 5%`, or use `consistent`",
                    FactKind::Time | FactKind::Duration => {
                        "add `within 3 days`, or use `consistent`"
                    }
                    FactKind::Name => "names take no tolerance; use `spelled one way`",
                }
                .to_owned(),
            },
        )),
        None => {}
        Some(tolerance) => {
            let misfit = match (fact.kind, tolerance) {
                (FactKind::Quantity, Tolerance::Days(_)) => Some((
                    "a tolerance in days",
                    "quantity facts take a percentage or a plain number, such as `within 5%` or `within 500`",
                )),
                (FactKind::Time, Tolerance::Percent(_)) => Some((
                    "a percentage",
                    "time facts take days, such as `within 3 days`",
                )),
                (FactKind::Time, Tolerance::Absolute(_)) => Some((
                    "a plain-number tolerance",
                    "time facts take days, such as `within 3 days`",
                )),
                (FactKind::Name, _) => Some((
                    "a tolerance",
                    "names take no tolerance; remove `within …` and use `consistent`",
                )),
                _ => None,
            };
            if let Some((what, help)) = misfit {
                errors.push(ParseError::at(
                    file.named_source(),
                    ErrorKind::ToleranceKind {
                        tolerance: what,
                        kind: fact.kind,
                        fact: fact.name.name.clone(),
                        span: rule.tolerance_loc.span.into(),
                        fact_span: rule.fact.loc.span.into(),
                        help: help.to_owned(),
                    },
                ));
            }
        }
    }
}

/// `may grow over time` only on quantities (across sources it compares publication
/// dates, within a document the figures' "as of" days).
fn may_grow(file: &SourceFile, rule: &RuleDecl, fact: &FactDecl, errors: &mut Vec<ParseError>) {
    if !rule.may_grow {
        return;
    }
    let problem = if fact.kind != FactKind::Quantity {
        Some((
            format!(
                "applies only to quantity facts, and `{}` is a {} fact",
                fact.name.name, fact.kind
            ),
            "remove `may grow over time`".to_owned(),
        ))
    } else {
        None
    };
    let Some((reason, help)) = problem else {
        return;
    };
    // The modifier's span: from after the tolerance (or the scope) to the attributes;
    // the rule's first line is a good enough place when it cannot be found.
    let text = file.slice(rule.loc.span);
    let span = text
        .find("may")
        .map(|at| {
            let start = rule.loc.span.start + at;
            let end = text
                .get(at..)
                .and_then(|t| t.find("time"))
                .map_or(start + 3, |e| start + e + 4);
            Span::new(start, end)
        })
        .unwrap_or(rule.check_loc.span);
    errors.push(ParseError::at(
        file.named_source(),
        ErrorKind::MayGrow {
            reason,
            span: span.into(),
            help,
        },
    ));
}

/// Conditions of one fact that exclude each other: a word both required and excluded,
/// both roles, or publication dates that leave no day.
fn contradictions(
    file: &SourceFile,
    fact: &FactDecl,
    clauses: &[Span],
    errors: &mut Vec<ParseError>,
) {
    let span_of = |i: usize| clauses.get(i).copied().unwrap_or(fact.name.loc.span);
    let excluded: Vec<(usize, &WordSet)> = fact
        .conditions
        .iter()
        .enumerate()
        .filter_map(|(i, c)| match c {
            Condition::SentenceOmits(w) => Some((i, w)),
            _ => None,
        })
        .collect();
    for (i, condition) in fact.conditions.iter().enumerate() {
        let required = match condition {
            Condition::Unit(w)
            | Condition::Counting(w)
            | Condition::Near { words: w, .. }
            | Condition::SentenceMentions(w) => w,
            _ => continue,
        };
        for &(j, omitted) in &excluded {
            if let Some(word) = required.words.iter().find(|w| omitted.words.contains(w)) {
                errors.push(ParseError::at(file.named_source(), ErrorKind::Contradiction {
                    fact: fact.name.name.clone(),
                    reason: format!("`{word}` is both required and excluded"),
                    span: span_of(i).into(),
                    label: format!("requires `{word}`"),
                    other: Some(span_of(j).into()),
                    help: format!(
                        "the sentence must not mention `{word}`, so `{}` cannot find it; remove it from one of the two",
                        condition.keyword()
                    ),
}));
            }
        }
    }
    let mut role = None;
    let mut before: Option<(usize, chrono::NaiveDate)> = None;
    let mut after: Option<(usize, chrono::NaiveDate)> = None;
    for (i, condition) in fact.conditions.iter().enumerate() {
        match condition {
            Condition::Role(r) => match role {
                Some((j, first)) if first != *r => errors.push(ParseError::at(
                    file.named_source(),
                    ErrorKind::Contradiction {
                        fact: fact.name.name.clone(),
                        reason: "a document cannot be both a draft and a source".to_owned(),
                        span: span_of(i).into(),
                        label: "this role".to_owned(),
                        other: Some(span_of(j).into()),
                        help: "keep one `where role is …`".to_owned(),
                    },
                )),
                _ => role = Some((i, *r)),
            },
            Condition::PublishedBefore(d) => {
                before = Some(before.map_or((i, *d), |b| if *d < b.1 { (i, *d) } else { b }));
            }
            Condition::PublishedAfter(d) => {
                after = Some(after.map_or((i, *d), |a| if *d > a.1 { (i, *d) } else { a }));
            }
            _ => {}
        }
    }
    if let (Some((b, before)), Some((a, after))) = (before, after) {
        if after.succ_opt().is_none_or(|next| next >= before) {
            errors.push(ParseError::at(
                file.named_source(),
                ErrorKind::Contradiction {
                    fact: fact.name.name.clone(),
                    reason: format!("no day is after {after} and before {before}"),
                    span: span_of(b).into(),
                    label: "before this date".to_owned(),
                    other: Some(span_of(a).into()),
                    help: "`before` and `after` exclude the dates themselves; widen the range"
                        .to_owned(),
                },
            ));
        }
    }
}

/// Checks names that must be unique across files: rule ids and fact names. Names
/// repeated inside one file were reported by [`file`].
pub(crate) fn across(sources: &SourceMap, set: &RuleSet) -> Vec<ParseError> {
    let mut errors = Vec::new();
    let facts = set.facts.iter().map(|f| &f.name);
    across_files(sources, "fact", "fact names", facts, &mut errors);
    let ids = set.rules.iter().map(|r| &r.id);
    across_files(sources, "rule", "rule ids", ids, &mut errors);
    errors
}

/// Reports every name that is declared again after its first declaration.
fn duplicates<'a>(
    file: &SourceFile,
    what: &'static str,
    names: impl Iterator<Item = &'a Ident>,
    errors: &mut Vec<ParseError>,
) {
    let mut first: HashMap<&str, Loc> = HashMap::new();
    for ident in names {
        match first.get(ident.name.as_str()) {
            Some(loc) => errors.push(ParseError::at(
                file.named_source(),
                ErrorKind::Duplicate {
                    what,
                    name: ident.name.clone(),
                    span: ident.loc.span.into(),
                    first: Some(loc.span.into()),
                    elsewhere: Vec::new(),
                    help: None,
                },
            )),
            None => {
                first.insert(&ident.name, ident.loc);
            }
        }
    }
}

/// Reports names declared in one file that an earlier file already declared.
fn across_files<'a>(
    sources: &SourceMap,
    what: &'static str,
    plural: &'static str,
    names: impl Iterator<Item = &'a Ident>,
    errors: &mut Vec<ParseError>,
) {
    let mut first: HashMap<&str, Loc> = HashMap::new();
    for ident in names {
        let Some(&earlier) = first.get(ident.name.as_str()) else {
            first.insert(&ident.name, ident.loc);
            continue;
        };
        if earlier.source == ident.loc.source {
            continue;
        }
        let here = ident.loc.source.and_then(|id| sources.get(id));
        let there = earlier.source.and_then(|id| sources.get(id));
        let (Some(here), Some(there)) = (here, there) else {
            continue;
        };
        errors.push(ParseError::at(
            here.named_source(),
            ErrorKind::Duplicate {
                what,
                name: ident.name.clone(),
                span: ident.loc.span.into(),
                first: None,
                elsewhere: vec![FirstDeclared {
                    name: ident.name.clone(),
                    file: there.name.clone(),
                    span: earlier.span.into(),
                    src: there.named_source(),
                }],
                help: Some(format!("{plural} must be unique across all rule files")),
            },
        ));
    }
}

/// Where a list stands in resolution.
#[derive(Clone)]
enum State {
    Todo,
    Visiting,
    Done(Vec<String>),
}

/// One file's word lists, resolved on demand with cycle detection.
struct Lists<'a, 'e> {
    file: &'a SourceFile,
    decls: &'a [WordList],
    imported: &'a Imported,
    used_local: HashSet<String>,
    used_imported: HashSet<(usize, String)>,
    /// Each name's first declaration.
    index: HashMap<&'a str, usize>,
    state: Vec<State>,
    /// Lists being resolved, outermost first.
    stack: Vec<usize>,
    errors: &'e mut Vec<ParseError>,
}

impl<'a, 'e> Lists<'a, 'e> {
    fn new(
        file: &'a SourceFile,
        decls: &'a [WordList],
        imported: &'a Imported,
        errors: &'e mut Vec<ParseError>,
    ) -> Self {
        let mut index = HashMap::new();
        for (i, list) in decls.iter().enumerate() {
            index.entry(list.name.name.as_str()).or_insert(i);
        }
        Self {
            file,
            decls,
            imported,
            used_local: HashSet::new(),
            used_imported: HashSet::new(),
            index,
            state: vec![State::Todo; decls.len()],
            stack: Vec::new(),
            errors,
        }
    }

    /// The words of list `i`, its references expanded.
    fn resolve(&mut self, i: usize) -> Vec<String> {
        match self.state.get(i) {
            Some(State::Done(words)) => return words.clone(),
            Some(State::Todo) => {}
            // A cycle is reported by `expand` before it gets here.
            Some(State::Visiting) | None => return Vec::new(),
        }
        let Some(list) = self.decls.get(i) else {
            return Vec::new();
        };
        if let Some(s) = self.state.get_mut(i) {
            *s = State::Visiting;
        }
        self.stack.push(i);
        let words = self.expand(&list.words);
        self.stack.pop();
        if let Some(s) = self.state.get_mut(i) {
            *s = State::Done(words.clone());
        }
        words
    }

    /// Every phrase of a word set, lists expanded, lower-cased, first-seen order; an
    /// empty word or one over [`MAX_WORD_BYTES`] is an error, not a phrase.
    fn expand(&mut self, set: &WordSet) -> Vec<String> {
        let mut words = Vec::new();
        let mut seen = HashSet::new();
        let mut add = |word: String| {
            if seen.insert(word.clone()) {
                words.push(word);
            }
        };
        for item in &set.items {
            match item {
                WordItem::Phrase(phrase, loc) => {
                    if phrase.trim().is_empty() {
                        self.errors.push(ParseError::at(
                            self.file.named_source(),
                            ErrorKind::EmptyWord {
                                span: loc.span.into(),
                            },
                        ));
                    } else if phrase.len() > MAX_WORD_BYTES {
                        self.errors.push(ParseError::at(
                            self.file.named_source(),
                            ErrorKind::LongWord {
                                len: phrase.len(),
                                max: MAX_WORD_BYTES,
                                span: loc.span.into(),
                            },
                        ));
                    } else {
                        add(phrase.to_lowercase());
                    }
                }
                WordItem::List(ident) => {
                    let Some(&j) = self.index.get(ident.name.as_str()) else {
                        if let Some((unit, words)) = self.imported.lists.get(&ident.name) {
                            self.used_imported.insert((*unit, ident.name.clone()));
                            for word in words {
                                add(word.clone());
                            }
                            continue;
                        }
                        let known = self
                            .index
                            .keys()
                            .copied()
                            .chain(self.imported.lists.keys().map(String::as_str));
                        self.errors.push(ParseError::at(
                            self.file.named_source(),
                            ErrorKind::UnknownList {
                                name: ident.name.clone(),
                                span: ident.loc.span.into(),
                                help: did_you_mean(&ident.name, known),
                            },
                        ));
                        continue;
                    };
                    self.used_local.insert(ident.name.clone());
                    if matches!(self.state.get(j), Some(State::Visiting)) {
                        self.cycle(j, ident);
                        continue;
                    }
                    for word in self.resolve(j) {
                        add(word);
                    }
                }
            }
        }
        words
    }

    /// Reports that `ident`, a reference to list `j`, closes a cycle.
    fn cycle(&mut self, j: usize, ident: &Ident) {
        let from = self.stack.iter().position(|&k| k == j).unwrap_or(0);
        let chain: Vec<String> = self
            .stack
            .get(from..)
            .unwrap_or(&[])
            .iter()
            .chain([&j])
            .filter_map(|&k| self.decls.get(k))
            .map(|l| format!("`{}`", l.name.name))
            .collect();
        self.errors.push(ParseError::at(
            self.file.named_source(),
            ErrorKind::ListCycle {
                name: ident.name.clone(),
                span: ident.loc.span.into(),
                help: format!(
                    "the lists include each other: {}; remove one of the references",
                    chain.join(" → ")
                ),
            },
        ));
    }
}

#[cfg(test)]
mod tests {
    use crate::parse::ast::WordSet;
    use crate::parse::{ParseError, rule_file};
    use crate::source::SourceMap;

    fn parse(text: &str) -> Result<crate::parse::ast::RuleSet, ParseError> {
        let mut sources = SourceMap::new();
        let id = sources.add("t.rules", text);
        rule_file(&mut sources, id)
    }

    /// The codes of every error, in order.
    fn codes(text: &str) -> Vec<String> {
        use miette::Diagnostic;
        match parse(text) {
            Ok(_) => vec![],
            Err(ParseError::Many { errors }) => errors
                .iter()
                .map(|e| e.code().map(|c| c.to_string()).unwrap_or_default())
                .collect(),
            Err(e) => vec![e.code().map(|c| c.to_string()).unwrap_or_default()],
        }
    }

    #[test]
    fn lists_expand_recursively_lowercased_deduplicated() {
        let set = parse(
            r#"
words killed = "Killed", "dead"
words casualties = killed, "wounded", "DEAD", more
words more = "hurt", killed
fact f = quantity counting casualties, "Missing"
"#,
        )
        .unwrap();
        insta::assert_debug_snapshot!(set.lists.iter().map(|l| &l.words.words).collect::<Vec<_>>(), @r#"
        [
            [
                "killed",
                "dead",
            ],
            [
                "killed",
                "dead",
                "wounded",
                "hurt",
            ],
            [
                "hurt",
                "killed",
                "dead",
            ],
        ]
        "#);
        let words: Vec<&WordSet> = set.facts[0]
            .conditions
            .iter()
            .filter_map(|c| c.words())
            .collect();
        insta::assert_debug_snapshot!(words[0].words, @r#"
        [
            "killed",
            "dead",
            "wounded",
            "hurt",
            "missing",
        ]
        "#);
    }

    #[test]
    fn every_problem_is_reported() {
        let codes = codes(
            r#"
words a = b
words b = a, ""
words a = "x"
fact f = time near zz
rule r: f agree across sources
rule r: g consistent within document
rule s: f consistent within document within 5%
"#,
        );
        insta::assert_debug_snapshot!(codes, @r#"
        [
            "claimlint::parse::duplicate",
            "claimlint::parse::duplicate",
            "claimlint::parse::list_cycle",
            "claimlint::parse::empty_word",
            "claimlint::parse::unknown_list",
            "claimlint::parse::missing_tolerance",
            "claimlint::parse::unknown_fact",
            "claimlint::parse::tolerance_kind",
        ]
        "#);
    }

    #[test]
    fn tolerances_fit_their_facts() {
        let ok = r#"
fact q = quantity
fact t = time
fact n = name
rule a: q agree across sources within 5%
rule b: q agree across sources within 500
rule c: t agree across sources within 1 day
rule d: n consistent across sources
rule e: q consistent within document
"#;
        assert_eq!(codes(ok), Vec::<String>::new());
        let bad = r#"
fact q = quantity
fact t = time
fact n = name
rule a: q agree across sources within 5 days
rule b: t agree across sources within 5%
rule c: t agree across sources within 5
rule d: n consistent across sources within 1
rule e: n agree across sources
"#;
        insta::assert_debug_snapshot!(codes(bad), @r#"
        [
            "claimlint::parse::tolerance_kind",
            "claimlint::parse::tolerance_kind",
            "claimlint::parse::tolerance_kind",
            "claimlint::parse::tolerance_kind",
            "claimlint::parse::missing_tolerance",
        ]
        "#);
    }
}
