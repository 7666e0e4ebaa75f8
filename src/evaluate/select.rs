//! Which facts each fact declaration selects. Word sets are compiled once into
//! Aho-Corasick automata and matched as whole words, case-insensitively.

use std::collections::HashMap;

use super::Context;
use chrono::NaiveDate;
use rayon::prelude::*;

use crate::extract::text::PhraseSet;
use crate::extract::{Fact, lemma};
use crate::load::{Document, Role};
use crate::parse::ast::{Condition, DEFAULT_NEAR_WORDS, FactDecl, RuleSet, WordSet};
use crate::source::Span;

/// Every fact declaration of a rule set, compiled once for a run.
pub(super) struct Selectors<'r>(Vec<Selector<'r>>);

impl<'r> Selectors<'r> {
    pub fn new(rules: &'r RuleSet) -> Self {
        Self(rules.facts.iter().map(Selector::new).collect())
    }

    /// For each fact declaration's name, the indices of the facts it selects, in order.
    /// Declarations are matched in parallel when `parallel` (a whole corpus), one after
    /// another otherwise (one document, already on a worker thread).
    pub fn select(&self, ctx: &Context<'_>, parallel: bool) -> HashMap<&'r str, Vec<usize>> {
        let select = |selector: &Selector<'r>| -> Vec<usize> {
            ctx.facts
                .iter()
                .enumerate()
                .filter(|(_, fact)| {
                    selector.matches(fact, ctx.text(fact), ctx.corpus.documents.get(fact.doc))
                })
                .map(|(index, _)| index)
                .collect()
        };
        let lists: Vec<Vec<usize>> = if parallel {
            self.0.par_iter().map(select).collect()
        } else {
            self.0.iter().map(select).collect()
        };
        self.0
            .iter()
            .zip(lists)
            .filter(|(_, list)| !list.is_empty())
            .map(|(selector, list)| (selector.decl.name.name.as_str(), list))
            .collect()
    }
}

/// A fact declaration, compiled.
struct Selector<'r> {
    decl: &'r FactDecl,
    tests: Vec<Test>,
}

enum Test {
    Unit(Vec<String>),
    InClause(Words),
    Near(Words, u32),
    InSentence(Words),
    NotInSentence(Words),
    Attributed(Words),
    Outlet(Words),
    Role(Role),
    PublishedBefore(NaiveDate),
    PublishedAfter(NaiveDate),
}

impl<'r> Selector<'r> {
    fn new(decl: &'r FactDecl) -> Self {
        let tests = decl
            .conditions
            .iter()
            .map(|c| match c {
                Condition::Unit(set) => Test::Unit(set.words.iter().map(|w| lemma(w)).collect()),
                Condition::Counting(set) => Test::InClause(Words::new(set)),
                Condition::Near { words, within } => {
                    Test::Near(Words::new(words), within.unwrap_or(DEFAULT_NEAR_WORDS))
                }
                Condition::SentenceMentions(set) => Test::InSentence(Words::new(set)),
                Condition::SentenceOmits(set) => Test::NotInSentence(Words::new(set)),
                Condition::AttributedTo(set) => Test::Attributed(Words::new(set)),
                Condition::Outlet(set) => Test::Outlet(Words::new(set)),
                Condition::Role(role) => Test::Role(*role),
                Condition::PublishedBefore(date) => Test::PublishedBefore(*date),
                Condition::PublishedAfter(date) => Test::PublishedAfter(*date),
            })
            .collect();
        Self { decl, tests }
    }

    fn matches(&self, fact: &Fact, text: &str, doc: Option<&Document>) -> bool {
        fact.kind == self.decl.kind && self.tests.iter().all(|t| t.holds(fact, text, doc))
    }
}

impl Test {
    fn holds(&self, fact: &Fact, text: &str, doc: Option<&Document>) -> bool {
        let published = doc.and_then(|d| d.published.map(|(date, _)| date));
        match self {
            Test::Outlet(words) => {
                doc.and_then(|d| d.meta.outlet.as_deref())
                    .is_some_and(|outlet| {
                        words
                            .find(outlet, Span::new(0, outlet.len()))
                            .next()
                            .is_some()
                    })
            }
            Test::Role(role) => doc.is_some_and(|d| d.meta.role.unwrap_or_default() == *role),
            // Both exclude the day itself; an undated document is neither.
            Test::PublishedBefore(date) => published.is_some_and(|p| p < *date),
            Test::PublishedAfter(date) => published.is_some_and(|p| p > *date),
            Test::Unit(words) => fact.unit.as_ref().is_some_and(|u| words.contains(&u.lemma)),
            Test::InClause(words) => words.find(text, fact.clause).next().is_some(),
            Test::Near(words, within) => words
                .find(text, fact.sentence)
                .any(|m| words_between(text, m, fact.span) <= *within as usize),
            Test::InSentence(words) => words.find(text, fact.sentence).next().is_some(),
            Test::NotInSentence(words) => words.find(text, fact.sentence).next().is_none(),
            Test::Attributed(words) => fact.attribution.as_ref().is_some_and(|a| {
                let who = Span::new(0, a.who.len());
                words.find(&a.who, who).next().is_some()
            }),
        }
    }
}

/// A word set compiled once for whole-word, case-insensitive search.
struct Words(PhraseSet);

impl Words {
    fn new(set: &WordSet) -> Self {
        Self(PhraseSet::new(&set.words))
    }

    /// Whole-word matches inside `span` of `text`, as spans of `text`.
    fn find<'t>(&'t self, text: &'t str, span: Span) -> impl Iterator<Item = Span> + 't {
        self.0.find_iter(text, span).map(|(_, found)| found)
    }
}

/// How many words stand between two spans of a text.
fn words_between(text: &str, a: Span, b: Span) -> usize {
    let gap = if a.end <= b.start {
        Span::new(a.end, b.start)
    } else if b.end <= a.start {
        Span::new(b.end, a.start)
    } else {
        return 0;
    };
    text.get(gap.range())
        .unwrap_or("")
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_words_between_spans() {
        let text = "the talks will start next month";
        let talks = Span::new(4, 9);
        let next_month = Span::new(21, 31);
        assert_eq!(words_between(text, talks, next_month), 2);
        assert_eq!(words_between(text, next_month, talks), 2);
    }

    #[test]
    fn matches_whole_words_only() {
        let set = WordSet {
            items: Vec::new(),
            words: vec!["war".into(), "death toll".into()],
            loc: crate::parse::ast::Loc::default(),
        };
        let words = Words::new(&set);
        let text = "A warning, then war. The Death Toll rose.";
        let found: Vec<_> = words
            .find(text, Span::new(0, text.len()))
            .map(|s| &text[s.range()])
            .collect();
        assert_eq!(found, ["war", "Death Toll"]);
    }
}
