//! Which facts each fact declaration selects. The word sets that are searched for in
//! the text around a fact are compiled together into one Aho-Corasick automaton, run
//! once per sentence however many declarations ask; matches are whole words, case
//! ignored.

use rustc_hash::FxHashMap as HashMap;

use super::Context;
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use chrono::NaiveDate;

use crate::extract::Fact;
use crate::extract::frame::entities;
use crate::load::{DocId, Document, Role};
use crate::parse::ast::{Condition, DEFAULT_NEAR_WORDS, FactDecl, RuleSet, WordSet};
use crate::source::Span;
use crate::text::{PhraseSet, WordMap, lemma, whole_word};

/// The room a declaration's list of facts is first given.
const LIST_START: usize = 8;

/// Every fact declaration of a rule set, compiled once for a run.
pub(super) struct Selectors<'r> {
    selectors: Vec<Selector<'r>>,
    /// Every phrase of every word set searched for around facts.
    automaton: Option<AhoCorasick>,
    /// For each phrase of the automaton, its word set.
    phrase_set: Vec<usize>,
    /// By fact kind (`FactKind as usize`), the declarations of that kind, in order:
    /// a fact is tested against these only.
    by_kind: [Vec<usize>; 4],
    /// By fact kind, then by the number of a fact's measure class plus one (0: a fact
    /// with no measure, or one no test names), the declarations of that kind a fact
    /// with that measure can pass, in order: those whose every `measure is` test
    /// accepts the class. A figure is tested against these only, not against every
    /// declaration of figures (the default pack has twenty, one a measure each).
    by_measure: [Vec<Vec<usize>>; 4],
    /// Every measure and event class the declarations name (lower-case), numbered:
    /// a fact's classes are looked up once, and each test is then a bit (see
    /// [`Classes`]).
    class_numbers: WordMap<usize>,
}

impl<'r> Selectors<'r> {
    pub fn new(rules: &'r RuleSet) -> Self {
        let mut phrases: Vec<&'r str> = Vec::new();
        let mut phrase_set = Vec::new();
        let mut sets = 0;
        let mut add = |set: &'r WordSet| {
            let id = sets;
            sets += 1;
            for word in &set.words {
                phrases.push(word);
                phrase_set.push(id);
            }
            id
        };
        let mut numbers: HashMap<String, usize> = HashMap::default();
        let mut selectors: Vec<Selector<'r>> = rules
            .facts
            .iter()
            .map(|decl| Selector::new(decl, &mut add))
            .collect();
        for selector in &mut selectors {
            for test in &mut selector.tests {
                if let Test::Measure(classes, _) | Test::Event(classes) = test {
                    classes.number(&mut numbers);
                }
            }
        }
        let class_numbers = WordMap::new(numbers.iter().map(|(c, &n)| (c.as_str(), n)));
        // Every occurrence of every phrase: one set's match must not hide another's.
        let automaton = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard)
            .build(&phrases)
            .ok();
        let mut by_kind: [Vec<usize>; 4] = Default::default();
        for (i, selector) in selectors.iter().enumerate() {
            if let Some(list) = by_kind.get_mut(selector.decl.kind as usize) {
                list.push(i);
            }
        }
        let by_measure = by_kind.each_ref().map(|list| {
            (0..=numbers.len())
                .map(|slot| {
                    let class = ClassOf::Numbered(slot.checked_sub(1));
                    list.iter()
                        .copied()
                        .filter(|&i| {
                            selectors.get(i).is_some_and(|s| {
                                s.tests.iter().all(|t| match t {
                                    Test::Measure(set, false) => set.holds(class),
                                    _ => true,
                                })
                            })
                        })
                        .collect()
                })
                .collect()
        });
        Self {
            selectors,
            automaton,
            phrase_set,
            by_kind,
            by_measure,
            class_numbers,
        }
    }

    /// For each fact declaration's name, the indices of the facts it selects, in order.
    pub fn select(&self, ctx: &Context<'_>) -> HashMap<&'r str, Vec<usize>> {
        let mut lists: Vec<Vec<usize>> = vec![Vec::new(); self.selectors.len()];
        let mut around = Around::default();
        for (index, fact) in ctx.facts.iter().enumerate() {
            let doc = ctx.corpus.get(fact.doc);
            let text = ctx.text(fact);
            let classes = Facts::of(fact, &self.class_numbers);
            // The declarations its measure may pass (see `by_measure`); all of its kind
            // for a class in another script, which is compared by its words.
            let of_kind = match classes.measure {
                Some(ClassOf::Other(_)) => self.by_kind.get(fact.kind as usize),
                Some(ClassOf::Numbered(n)) => self
                    .by_measure
                    .get(fact.kind as usize)
                    .and_then(|slots| slots.get(n.map_or(0, |n| n + 1))),
                None => self
                    .by_measure
                    .get(fact.kind as usize)
                    .and_then(|slots| slots.first()),
            };
            for &i in of_kind.map(Vec::as_slice).unwrap_or_default() {
                let (Some(selector), Some(list)) = (self.selectors.get(i), lists.get_mut(i)) else {
                    continue;
                };
                if selector.needs_text {
                    around.read(self, fact, text);
                }
                if selector
                    .tests
                    .iter()
                    .all(|t| t.holds(fact, text, doc, &around, &classes))
                {
                    // Room for a few at once: a list that is not empty mostly holds
                    // several.
                    if list.capacity() == 0 {
                        list.reserve(LIST_START);
                    }
                    list.push(index);
                }
            }
        }
        let mut selected = HashMap::with_capacity_and_hasher(
            lists.iter().filter(|list| !list.is_empty()).count(),
            Default::default(),
        );
        selected.extend(
            self.selectors
                .iter()
                .zip(lists)
                .filter(|(_, list)| !list.is_empty())
                .map(|(selector, list)| (selector.decl.name.name.as_str(), list)),
        );
        selected
    }
}

/// The whole-word matches of every word set in one sentence, each as its set and span
/// of the text, in text order; read once for all the facts of the sentence.
#[derive(Default)]
struct Around {
    doc: Option<DocId>,
    sentence: Span,
    matches: Vec<(usize, Span)>,
}

impl Around {
    fn read(&mut self, selectors: &Selectors<'_>, fact: &Fact, text: &str) {
        if self.doc == Some(fact.doc) && self.sentence == fact.sentence {
            return;
        }
        self.doc = Some(fact.doc);
        self.sentence = fact.sentence;
        self.matches.clear();
        let Some(automaton) = &selectors.automaton else {
            return;
        };
        let within = fact.sentence;
        let haystack = text.get(within.range()).unwrap_or("");
        for m in automaton.find_overlapping_iter(haystack) {
            if !whole_word(haystack, m.start(), m.end()) {
                continue;
            }
            if let Some(&set) = selectors.phrase_set.get(m.pattern().as_usize()) {
                let span = Span::new(within.start + m.start(), within.start + m.end());
                self.matches.push((set, span));
            }
        }
    }

    /// The matches of one word set.
    fn of(&self, set: usize) -> impl Iterator<Item = Span> + '_ {
        self.matches
            .iter()
            .filter(move |(s, _)| *s == set)
            .map(|&(_, span)| span)
    }
}

/// A fact declaration, compiled.
struct Selector<'r> {
    decl: &'r FactDecl,
    tests: Vec<Test>,
    /// Whether a test reads the words around a fact.
    needs_text: bool,
}

/// One condition of a declaration. Word sets searched for around a fact are given by
/// their number in the shared automaton.
enum Test {
    Unit(Vec<String>),
    InClause(usize),
    Near(usize, u32),
    InSentence(usize),
    NotInSentence(usize),
    Attributed(Words),
    Outlet(Words),
    Role(Role),
    PublishedBefore(NaiveDate),
    PublishedAfter(NaiveDate),
    /// Measure classes; whether they must not match.
    Measure(Classes, bool),
    /// Event classes.
    Event(Classes),
    /// Entity keys.
    Scope(Vec<String>),
}

impl<'r> Selector<'r> {
    /// Compiles a declaration; `add` puts a word set searched for around facts in the
    /// shared automaton and gives its number.
    fn new(decl: &'r FactDecl, add: &mut impl FnMut(&'r WordSet) -> usize) -> Self {
        let tests: Vec<Test> = decl
            .conditions
            .iter()
            .map(|c| match c {
                Condition::Unit(set) => Test::Unit(set.words.iter().map(|w| lemma(w)).collect()),
                Condition::Counting(set) => Test::InClause(add(set)),
                Condition::Near { words, within } => {
                    Test::Near(add(words), within.unwrap_or(DEFAULT_NEAR_WORDS))
                }
                Condition::SentenceMentions(set) => Test::InSentence(add(set)),
                Condition::SentenceOmits(set) => Test::NotInSentence(add(set)),
                Condition::AttributedTo(set) => Test::Attributed(Words::new(set)),
                Condition::Outlet(set) => Test::Outlet(Words::new(set)),
                Condition::Role(role) => Test::Role(*role),
                Condition::PublishedBefore(date) => Test::PublishedBefore(*date),
                Condition::PublishedAfter(date) => Test::PublishedAfter(*date),
                Condition::Measure(set) => Test::Measure(Classes::new(set), false),
                Condition::MeasureNot(set) => Test::Measure(Classes::new(set), true),
                Condition::Event(set) => Test::Event(Classes::new(set)),
                Condition::ScopeIncludes(set) => Test::Scope(
                    set.words
                        .iter()
                        .map(|w| {
                            let e = &*entities::LEXICON;
                            e.lookup(w)
                                .map_or_else(|| w.clone(), |x| e.key(x).to_owned())
                        })
                        .collect(),
                ),
            })
            .collect();
        let needs_text = tests.iter().any(|t| {
            matches!(
                t,
                Test::InClause(_) | Test::Near(..) | Test::InSentence(_) | Test::NotInSentence(_)
            )
        });
        Self {
            decl,
            tests,
            needs_text,
        }
    }
}

impl Test {
    fn holds(
        &self,
        fact: &Fact,
        text: &str,
        doc: Option<&Document>,
        around: &Around,
        classes: &Facts,
    ) -> bool {
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
            Test::InClause(set) => around.of(*set).any(|m| fact.clause.contains(m)),
            Test::Near(set, within) => around
                .of(*set)
                .any(|m| words_between(text, m, fact.span) <= *within as usize),
            Test::InSentence(set) => around.of(*set).next().is_some(),
            Test::NotInSentence(set) => around.of(*set).next().is_none(),
            Test::Measure(set, not) => classes.measure.is_some_and(|c| set.holds(c) != *not),
            Test::Event(set) => classes.event.is_some_and(|c| set.holds(c)),
            Test::Scope(keys) => fact.frame.as_ref().is_some_and(|f| {
                let e = &*entities::LEXICON;
                f.scope
                    .iter()
                    .any(|s| keys.contains(s) || keys.iter().any(|k| k == e.country_key(s)))
            }),
            Test::Attributed(words) => fact.attribution.as_ref().is_some_and(|a| {
                let who = Span::new(0, a.who.len());
                words.find(&a.who, who).next().is_some()
            }),
        }
    }
}

/// Whether a class, lower-cased, is one of `classes` (lower-cased): without lower-casing
/// it into a new string when it is ASCII, as the lexicon's classes are.
fn lower_among(class: &str, classes: &[String]) -> bool {
    if class.is_ascii() {
        // The classes hold no ASCII capital (they are lower-cased), so comparing with
        // ASCII case ignored is comparing with the class lower-cased.
        classes.iter().any(|c| c.eq_ignore_ascii_case(class))
    } else {
        classes.contains(&class.to_lowercase())
    }
}

/// A word set's words, lower-cased.
fn lower(set: &WordSet) -> Vec<String> {
    set.words.iter().map(|w| w.to_lowercase()).collect()
}

/// The measure or event classes a test accepts: their words (lower-case) and, by the
/// numbers [`Selectors`] gives every class named, a bit each. The numbers answer for
/// an ASCII class, which the words compare with ASCII case ignored, as the numbers'
/// look-up does; a class in another script is compared with the words.
struct Classes {
    words: Vec<String>,
    bits: Vec<u64>,
}

/// What a fact's measure or event class is, for [`Classes::holds`].
#[derive(Clone, Copy)]
enum ClassOf<'f> {
    /// An ASCII class, by its number (`None`: no test names it).
    Numbered(Option<usize>),
    /// A class in another script.
    Other(&'f str),
}

/// A fact's measure and event classes, looked up once for all the declarations of its
/// kind; `None` where its frame has none.
struct Facts<'f> {
    measure: Option<ClassOf<'f>>,
    event: Option<ClassOf<'f>>,
}

impl<'f> Facts<'f> {
    fn of(fact: &'f Fact, numbers: &WordMap<usize>) -> Self {
        let class = |class: &'f str| {
            if class.is_ascii() {
                ClassOf::Numbered(numbers.get(class).copied())
            } else {
                ClassOf::Other(class)
            }
        };
        let frame = fact.frame.as_ref();
        Self {
            measure: frame
                .and_then(|f| f.measure.as_ref())
                .map(|m| class(&m.class)),
            event: frame
                .and_then(|f| f.event.as_ref())
                .map(|e| class(&e.class)),
        }
    }
}

impl Classes {
    fn new(set: &WordSet) -> Self {
        Self {
            words: lower(set),
            bits: Vec::new(),
        }
    }

    /// Numbers the words (adding those not yet numbered) and sets their bits.
    fn number(&mut self, numbers: &mut HashMap<String, usize>) {
        for word in &self.words {
            let next = numbers.len();
            let n = *numbers.entry(word.clone()).or_insert(next);
            if self.bits.len() <= n / 64 {
                self.bits.resize(n / 64 + 1, 0);
            }
            if let Some(b) = self.bits.get_mut(n / 64) {
                *b |= 1 << (n % 64);
            }
        }
    }

    /// Whether a fact's class is one of these, as [`lower_among`] says.
    fn holds(&self, class: ClassOf<'_>) -> bool {
        match class {
            ClassOf::Numbered(n) => n.is_some_and(|n| {
                self.bits
                    .get(n / 64)
                    .is_some_and(|b| b & (1 << (n % 64)) != 0)
            }),
            ClassOf::Other(class) => lower_among(class, &self.words),
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
