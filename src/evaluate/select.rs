//! Which facts each fact declaration selects. Word sets are compiled once into
//! Aho-Corasick automata and matched as whole words, case-insensitively.

use std::collections::HashMap;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

use super::Context;
use crate::extract::Fact;
use crate::parse::ast::{Condition, DEFAULT_NEAR_WORDS, FactDecl, RuleSet, WordSet};
use crate::source::Span;

/// For each fact declaration's name, the indices of the facts it selects, in order.
pub(super) fn all<'r>(rules: &'r RuleSet, ctx: &Context<'_>) -> HashMap<&'r str, Vec<usize>> {
    let selectors: Vec<Selector<'r>> = rules.facts.iter().map(Selector::new).collect();
    let mut out: HashMap<&str, Vec<usize>> = HashMap::new();
    for (index, fact) in ctx.facts.iter().enumerate() {
        let text = ctx.text(fact);
        for selector in &selectors {
            if selector.matches(fact, text) {
                out.entry(selector.decl.name.name.as_str())
                    .or_default()
                    .push(index);
            }
        }
    }
    out
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
}

impl<'r> Selector<'r> {
    fn new(decl: &'r FactDecl) -> Self {
        let tests = decl
            .conditions
            .iter()
            .map(|c| match c {
                Condition::Unit(set) => Test::Unit(set.words.iter().map(|w| singular(w)).collect()),
                Condition::Counting(set) => Test::InClause(Words::new(set)),
                Condition::Near { words, within } => {
                    Test::Near(Words::new(words), within.unwrap_or(DEFAULT_NEAR_WORDS))
                }
                Condition::SentenceMentions(set) => Test::InSentence(Words::new(set)),
                Condition::SentenceOmits(set) => Test::NotInSentence(Words::new(set)),
                Condition::AttributedTo(set) => Test::Attributed(Words::new(set)),
                // Parsed since issue 5; selected once the lead implements them.
                _ => Test::Unit(Vec::new()),
            })
            .collect();
        Self { decl, tests }
    }

    fn matches(&self, fact: &Fact, text: &str) -> bool {
        fact.kind == self.decl.kind && self.tests.iter().all(|t| t.holds(fact, text))
    }
}

impl Test {
    fn holds(&self, fact: &Fact, text: &str) -> bool {
        match self {
            Test::Unit(words) => fact
                .unit
                .as_ref()
                .is_some_and(|u| words.iter().any(|w| *w == singular(&u.lemma))),
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

/// A word set compiled for whole-word, case-insensitive search.
struct Words {
    automaton: Option<AhoCorasick>,
}

impl Words {
    fn new(set: &WordSet) -> Self {
        let automaton = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            .build(&set.words)
            .ok();
        Self { automaton }
    }

    /// Whole-word matches inside `span` of `text`, as spans of `text`.
    fn find<'t>(&'t self, text: &'t str, span: Span) -> impl Iterator<Item = Span> + 't {
        let hay = text.get(span.range()).unwrap_or("");
        self.automaton
            .iter()
            .flat_map(move |ac| ac.find_iter(hay))
            .filter(move |m| is_word_boundary(hay, m.start(), m.end()))
            .map(move |m| Span::new(span.start + m.start(), span.start + m.end()))
    }
}

fn is_word_boundary(hay: &str, start: usize, end: usize) -> bool {
    let before = hay.get(..start).and_then(|s| s.chars().next_back());
    let after = hay.get(end..).and_then(|s| s.chars().next());
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
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

/// A lower-case word's singular, by the regular English endings, so that `of troops`
/// matches a unit lemma `troop`.
fn singular(word: &str) -> String {
    let w = word.to_lowercase();
    if let Some(stem) = w.strip_suffix("ies").filter(|s| s.len() > 1) {
        return format!("{stem}y");
    }
    if w.ends_with("ss") || w.ends_with("us") || w.ends_with("is") {
        return w;
    }
    w.strip_suffix('s').map_or_else(|| w.clone(), str::to_owned)
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

    #[test]
    fn singular_forms() {
        assert_eq!(singular("troops"), "troop");
        assert_eq!(singular("casualties"), "casualty");
        assert_eq!(singular("people"), "people");
        assert_eq!(singular("Press"), "press");
    }
}
