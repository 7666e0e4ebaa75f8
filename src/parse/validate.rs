//! Semantic checks on lowered rule files: names declared once, lists and facts
//! known, lists free of cycles, tolerances that fit their facts. Fills in every
//! [`WordSet::words`]. Every problem is collected, not just the first.

use std::collections::{HashMap, HashSet};

use super::ast::{Check, FactKind, Ident, Loc, RuleSet, Tolerance, WordItem, WordList, WordSet};
use super::error::{FirstDeclared, ParseError, did_you_mean};
use crate::source::{SourceFile, SourceMap};

/// Checks one file's declarations against each other and expands its word sets.
pub(crate) fn file(file: &SourceFile, set: &mut RuleSet) -> Vec<ParseError> {
    let mut errors = Vec::new();
    duplicates(
        file,
        "word list",
        set.lists.iter().map(|l| &l.name),
        &mut errors,
    );
    duplicates(file, "fact", set.facts.iter().map(|f| &f.name), &mut errors);
    duplicates(file, "rule", set.rules.iter().map(|r| &r.id), &mut errors);

    let words = {
        let mut lists = Lists::new(file, &set.lists, &mut errors);
        let words: Vec<Vec<String>> = (0..set.lists.len()).map(|i| lists.resolve(i)).collect();
        let mut facts = Vec::new();
        for fact in &set.facts {
            let sets = fact.conditions.iter().map(|c| c.words());
            facts.push(sets.map(|s| lists.expand(s)).collect::<Vec<_>>());
        }
        (words, facts)
    };
    for (list, words) in set.lists.iter_mut().zip(words.0) {
        list.words.words = words;
    }
    for (fact, sets) in set.facts.iter_mut().zip(words.1) {
        for (condition, words) in fact.conditions.iter_mut().zip(sets) {
            condition.words_mut().words = words;
        }
    }

    for rule in &set.rules {
        let Some(fact) = set.fact(&rule.fact.name) else {
            errors.push(ParseError::UnknownFact {
                name: rule.fact.name.clone(),
                span: rule.fact.loc.span.into(),
                help: did_you_mean(&rule.fact.name, set.facts.iter().map(|f| &*f.name.name))
                    .or_else(|| {
                        Some(format!(
                            "declare it in this file: `fact {} = quantity …`",
                            rule.fact.name
                        ))
                    }),
                src: file.named_source(),
            });
            continue;
        };
        match rule.tolerance {
            None if rule.check == Check::Agree => errors.push(ParseError::MissingTolerance {
                rule: rule.id.name.clone(),
                span: rule.check_loc.span.into(),
                help: match fact.kind {
                    FactKind::Quantity => "add `within 5%`, or use `consistent`",
                    FactKind::Time => "add `within 3 days`, or use `consistent`",
                    FactKind::Name => "names take no tolerance; use `consistent`",
                }
                .to_owned(),
                src: file.named_source(),
            }),
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
                    errors.push(ParseError::ToleranceKind {
                        tolerance: what,
                        kind: fact.kind,
                        fact: fact.name.name.clone(),
                        span: rule.tolerance_loc.span.into(),
                        fact_span: rule.fact.loc.span.into(),
                        help: help.to_owned(),
                        src: file.named_source(),
                    });
                }
            }
        }
    }
    errors
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
            Some(loc) => errors.push(ParseError::Duplicate {
                what,
                name: ident.name.clone(),
                span: ident.loc.span.into(),
                first: Some(loc.span.into()),
                elsewhere: Vec::new(),
                help: None,
                src: file.named_source(),
            }),
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
        errors.push(ParseError::Duplicate {
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
            src: here.named_source(),
        });
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
    /// Each name's first declaration.
    index: HashMap<&'a str, usize>,
    state: Vec<State>,
    /// Lists being resolved, outermost first.
    stack: Vec<usize>,
    errors: &'e mut Vec<ParseError>,
}

impl<'a, 'e> Lists<'a, 'e> {
    fn new(file: &'a SourceFile, decls: &'a [WordList], errors: &'e mut Vec<ParseError>) -> Self {
        let mut index = HashMap::new();
        for (i, list) in decls.iter().enumerate() {
            index.entry(list.name.name.as_str()).or_insert(i);
        }
        Self {
            file,
            decls,
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

    /// Every phrase of a word set, lists expanded, lower-cased, first-seen order.
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
                        self.errors.push(ParseError::EmptyWord {
                            span: loc.span.into(),
                            src: self.file.named_source(),
                        });
                    } else {
                        add(phrase.to_lowercase());
                    }
                }
                WordItem::List(ident) => {
                    let Some(&j) = self.index.get(ident.name.as_str()) else {
                        self.errors.push(ParseError::UnknownList {
                            name: ident.name.clone(),
                            span: ident.loc.span.into(),
                            help: did_you_mean(&ident.name, self.index.keys().copied()),
                            src: self.file.named_source(),
                        });
                        continue;
                    };
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
        self.errors.push(ParseError::ListCycle {
            name: ident.name.clone(),
            span: ident.loc.span.into(),
            help: format!(
                "the lists include each other: {}; remove one of the references",
                chain.join(" → ")
            ),
            src: self.file.named_source(),
        });
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
        rule_file(&sources, id)
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
        let words: Vec<&WordSet> = set.facts[0].conditions.iter().map(|c| c.words()).collect();
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
