//! `spelled one way`: a name is written the same way every time it is written.
//!
//! Name facts carry a key (the identity under which variant spellings fall together)
//! and a spelling (see `extract::names`). Spellings are compared word by word within
//! one key: each word is folded by [`token_key`], and each folded word should have one
//! spelling. Word by word, so that a bare "Sokolov", keyed to "Andrei Sokolov", is
//! compared with the "Sokolov" of the full name and not with the whole of it.
//!
//! The spelling of a word that the reference uses most (in most facts within a
//! document; in most documents across sources) is the consensus; ties go to the one the
//! reference gives first. Every other spelling breaks the rule: one conflict per
//! document and spelling, on its first occurrence, against the first occurrence of the
//! consensus (in the same document for a within-document rule; in up to
//! [`MAX_RELATED`] other documents, one each, across sources). One pass with hash maps;
//! names' keys and words' folded forms are interned once per check, so that slots are
//! pairs of numbers and a word written many times is folded once.
//!
//! [`token_key`]: crate::text::token_key

use std::collections::hash_map::Entry;

use rustc_hash::{FxHashMap, FxHashSet};

use super::{Conflict, Context, MAX_RELATED};
use crate::extract::Value;
use crate::load::DocId;
use crate::parse::ast::{RuleDecl, Scope};
use crate::text::{KeyFolder, unmarked};

/// One word of one name: the name's key and the word's folded form, both interned.
type Slot = (usize, usize);

/// One spelling of a slot: the facts that use it, in reference order.
struct Spelt<'a> {
    spelling: &'a str,
    facts: Vec<usize>,
    /// The documents that use it (counted only across sources).
    docs: Vec<DocId>,
    /// The slot's next spelling, in the order the reference gives them.
    next: Option<usize>,
}

/// The spellings of one slot, as a list through [`Spelt::next`].
struct Spellings {
    first: usize,
    last: usize,
    /// The consensus, once the reference is read.
    agreed: usize,
}

/// Names' keys and words' folded forms, each interned once per check, so that a word
/// written many times is folded once and slots are two numbers.
#[derive(Default)]
struct Interner<'a> {
    keys: FxHashMap<&'a str, usize>,
    /// A word as written → its folded form's number.
    words: FxHashMap<&'a str, usize>,
    /// A folded form of up to 16 bytes, packed into a number → its number.
    short: FxHashMap<(u128, usize), usize>,
    /// A longer folded form → its number.
    long: FxHashMap<String, usize>,
    folder: KeyFolder,
}

impl<'a> Interner<'a> {
    /// The number of a name's key; a new one only when `add`.
    fn key(&mut self, key: &'a str, add: bool) -> Option<usize> {
        if let Some(&id) = self.keys.get(key) {
            return Some(id);
        }
        add.then(|| {
            let id = self.keys.len();
            self.keys.insert(key, id);
            id
        })
    }

    /// The number of a word's folded form; a new one only when `add`.
    fn word(&mut self, word: &'a str, add: bool) -> Option<usize> {
        if let Some(&id) = self.words.get(word) {
            return Some(id);
        }
        let fresh = self.short.len() + self.long.len();
        let fold = self.folder.key(word);
        let id = match pack(fold) {
            Some(packed) => match self.short.get(&packed) {
                Some(&id) => id,
                None if add => *self.short.entry(packed).or_insert(fresh),
                None => return None,
            },
            None => match self.long.get(fold) {
                Some(&id) => id,
                None if add => *self.long.entry(fold.to_owned()).or_insert(fresh),
                None => return None,
            },
        };
        self.words.insert(word, id);
        Some(id)
    }
}

/// A string of up to 16 bytes as a number and its length (which tells "a" from "a\0").
fn pack(s: &str) -> Option<(u128, usize)> {
    let bytes = s.as_bytes();
    let mut key = [0u8; 16];
    key.get_mut(..bytes.len())?.copy_from_slice(bytes);
    Some((u128::from_le_bytes(key), bytes.len()))
}

/// Whether two spellings differ at most in marks a keyboard or a house style drops:
/// full stops ("U.S." and "US", "B.C." and "BC"), apostrophes, diacritics ("Guàrdia"
/// and "Guardia"). Those are one spelling written with and without its marks, not a
/// second spelling of the name.
fn same_spelling(a: &str, b: &str) -> bool {
    a == b || unmarked(a) == unmarked(b)
}

/// Whether no word of the names of `facts` has a second spelling: each key is
/// written one way, and no two words of that spelling fold alike but are written
/// otherwise. Then every slot of [`check`] holds one spelling, its consensus, and the
/// group checked against itself has no conflict.
fn spelled_alike(facts: &[usize], ctx: &Context<'_>) -> bool {
    let mut spelling_of: FxHashMap<&str, &str> = FxHashMap::default();
    for &index in facts {
        let Some(Value::Name(name)) = ctx.facts.get(index).map(|f| &f.value) else {
            continue;
        };
        match spelling_of.entry(name.key.as_str()) {
            Entry::Occupied(seen) => {
                if !same_spelling(seen.get(), &name.spelling) {
                    return false;
                }
            }
            Entry::Vacant(slot) => {
                slot.insert(name.spelling.as_str());
            }
        }
    }
    let mut folder = KeyFolder::default();
    // The folded words of one spelling, by place (buffers reused from one to the next).
    let mut folds: Vec<String> = Vec::new();
    for spelling in spelling_of.values() {
        if spelling.split_whitespace().nth(1).is_none() {
            continue;
        }
        for (k, word) in spelling.split_whitespace().enumerate() {
            let fold = folder.key(word);
            let before = spelling.split_whitespace().take(k).zip(&folds);
            if before
                .into_iter()
                .any(|(w, f)| f == fold && !same_spelling(w, word))
            {
                return false;
            }
            match folds.get_mut(k) {
                Some(kept) => {
                    kept.clear();
                    kept.push_str(fold);
                }
                None => folds.push(fold.to_owned()),
            }
        }
    }
    true
}

/// The facts of `candidates` whose names are spelled otherwise than `reference` (the
/// same group, or in draft mode the sources' facts) spells them.
pub(super) fn check(
    rule: &RuleDecl,
    reference: &[usize],
    candidates: &[usize],
    ctx: &Context<'_>,
) -> Vec<Conflict> {
    let across = rule.scope == Scope::AcrossSources;
    // Checked against itself, a group whose names are each spelled one way has nothing
    // to report: found without the tables below (most articles write each name alike).
    if reference == candidates && spelled_alike(reference, ctx) {
        return Vec::new();
    }
    // Sized for two words a name, the most they mostly have, to spare regrowing. The
    // tables of distinct names and words grow as they fill: a long article names the
    // same few people thousands of times, and tables sized for every mention held
    // several times the article in memory.
    let words_guess = reference.len() * 2;
    let mut interner = Interner::default();
    let mut slot_ids: FxHashMap<Slot, usize> = FxHashMap::default();
    let mut slots: Vec<Spellings> = Vec::new();
    let mut spelt: Vec<Spelt<'_>> = Vec::new();
    // Every word of the reference as (fact, slot, word), in order.
    let mut read: Vec<(usize, usize, &str)> = Vec::with_capacity(words_guess);
    for &index in reference {
        let Some(fact) = ctx.facts.get(index) else {
            continue;
        };
        let Value::Name(name) = &fact.value else {
            continue;
        };
        let Some(key) = interner.key(&name.key, true) else {
            continue;
        };
        for word in name.spelling.split_whitespace() {
            let Some(fold) = interner.word(word, true) else {
                continue;
            };
            let slot = *slot_ids.entry((key, fold)).or_insert_with(|| {
                slots.push(Spellings {
                    first: spelt.len(),
                    last: spelt.len(),
                    agreed: spelt.len(),
                });
                spelt.push(Spelt {
                    spelling: word,
                    facts: Vec::new(),
                    docs: Vec::new(),
                    next: None,
                });
                slots.len() - 1
            });
            read.push((index, slot, word));
            let Some(spellings) = slots.get_mut(slot) else {
                continue;
            };
            // Find the word's spelling in the slot's list, or add it at the end.
            let mut at = Some(spellings.first);
            while let Some(i) = at {
                match spelt.get(i) {
                    Some(s) if same_spelling(s.spelling, word) => break,
                    Some(s) => at = s.next,
                    None => at = None,
                }
            }
            let i = at.unwrap_or_else(|| {
                let i = spelt.len();
                spelt.push(Spelt {
                    spelling: word,
                    facts: Vec::new(),
                    docs: Vec::new(),
                    next: None,
                });
                if let Some(last) = spelt.get_mut(spellings.last) {
                    last.next = Some(i);
                }
                spellings.last = i;
                i
            });
            let Some(s) = spelt.get_mut(i) else {
                continue;
            };
            if s.facts.last() != Some(&index) {
                s.facts.push(index);
            }
            if across && !s.docs.contains(&fact.doc) {
                s.docs.push(fact.doc);
            }
        }
    }
    // The consensus spelling of each slot: the most used, ties to the first given.
    let weight = |s: &Spelt<'_>| if across { s.docs.len() } else { s.facts.len() };
    for spellings in &mut slots {
        let mut best = 0;
        let mut at = Some(spellings.first);
        while let Some((i, s)) = at.and_then(|i| spelt.get(i).map(|s| (i, s))) {
            if weight(s) > best {
                best = weight(s);
                spellings.agreed = i;
            }
            at = s.next;
        }
    }

    // The candidates' words: those of the reference again when they are the reference.
    let same = reference == candidates;
    let mut words: Vec<(usize, usize, &str)> = Vec::new();
    if !same {
        for &index in candidates {
            let Some(fact) = ctx.facts.get(index) else {
                continue;
            };
            let Value::Name(name) = &fact.value else {
                continue;
            };
            let Some(key) = interner.key(&name.key, false) else {
                continue;
            };
            for word in name.spelling.split_whitespace() {
                let Some(fold) = interner.word(word, false) else {
                    continue;
                };
                if let Some(&slot) = slot_ids.get(&(key, fold)) {
                    words.push((index, slot, word));
                }
            }
        }
    }
    let words = if same { &read } else { &words };

    let mut out = Vec::new();
    let mut reported: FxHashSet<(usize, &str, DocId)> = FxHashSet::default();
    let mut primaries: FxHashSet<usize> = FxHashSet::default();
    for &(index, slot, word) in words {
        let Some(agreed) = slots.get(slot).and_then(|s| spelt.get(s.agreed)) else {
            continue;
        };
        if same_spelling(agreed.spelling, word) || primaries.contains(&index) {
            continue;
        }
        let Some(fact) = ctx.facts.get(index) else {
            continue;
        };
        if !reported.insert((slot, word, fact.doc)) {
            continue;
        }
        let mut docs_shown: Vec<DocId> = Vec::new();
        let others: Vec<usize> = agreed
            .facts
            .iter()
            .copied()
            .filter(|&i| {
                let Some(doc) = ctx.facts.get(i).map(|f| f.doc) else {
                    return false;
                };
                let wanted = if across {
                    doc != fact.doc && !docs_shown.contains(&doc)
                } else {
                    doc == fact.doc && docs_shown.is_empty()
                };
                if wanted {
                    docs_shown.push(doc);
                }
                wanted
            })
            .take(MAX_RELATED)
            .collect();
        if !others.is_empty() {
            primaries.insert(index);
            out.push(Conflict {
                fact: index,
                others,
                extra: Vec::new(),
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::{Fact, FactKind, NameValue};
    use crate::load::{Corpus, Document, Meta};
    use crate::parse::ast::{Check, Ident, Loc, Severity};
    use crate::source::{SourceMap, Span};

    /// A rule with the given scope; the check itself is not read by `check`.
    fn rule(scope: Scope) -> RuleDecl {
        let ident = |name: &str| Ident {
            name: name.to_owned(),
            loc: Loc::default(),
        };
        RuleDecl {
            doc: None,
            id: ident("name-spelled-two-ways"),
            fact: ident("names"),
            check: Check::SpelledOneWay,
            check_loc: Loc::default(),
            may_grow: false,
            tags: Vec::new(),
            scope,
            tolerance: None,
            tolerance_loc: Loc::default(),
            group_by: Vec::new(),
            as_of_within: None,
            severity: Severity::Warning,
            message: None,
            help: None,
            loc: Loc::default(),
        }
    }

    /// Documents and the name facts extracted from them.
    fn corpus(texts: &[&str]) -> (Corpus, SourceMap, Vec<Fact>) {
        let mut sources = SourceMap::new();
        let mut documents = Vec::new();
        let mut facts = Vec::new();
        for (i, text) in texts.iter().enumerate() {
            let id = sources.add(format!("doc{i}.txt"), *text);
            let doc = Document {
                source: id,
                path: format!("doc{i}.txt").into(),
                meta: Meta::default(),
                published: None,
                body: Span::new(0, text.len()),
                suppressions: Vec::new(),
            };
            let file = sources.get(id).unwrap();
            facts.extend(
                crate::extract::facts(DocId::new(i as u32, id), &doc, file)
                    .into_iter()
                    .filter(|f| f.kind == FactKind::Name),
            );
            documents.push(doc);
        }
        (Corpus { documents }, sources, facts)
    }

    /// Each conflict as `doc:text <- doc:text, …`.
    fn run(texts: &[&str], scope: Scope) -> Vec<String> {
        let (corpus, sources, facts) = corpus(texts);
        let refs: Vec<_> = facts.iter().collect();
        let ctx = Context::new(&corpus, &sources, &refs);
        let rule = rule(scope);
        let groups: Vec<Vec<usize>> = match scope {
            Scope::WithinDocument => (0..texts.len())
                .map(|d| {
                    (0..facts.len())
                        .filter(|&i| facts[i].doc.index() == d)
                        .collect()
                })
                .collect(),
            Scope::AcrossSources => vec![(0..facts.len()).collect()],
        };
        let show = |i: usize| {
            format!(
                "{}:{}",
                facts[i].doc.index(),
                &ctx.text(&facts[i])[facts[i].span.range()]
            )
        };
        groups
            .iter()
            .flat_map(|g| check(&rule, g, g, &ctx))
            .map(|c| {
                let others: Vec<String> = c.others.iter().map(|&i| show(i)).collect();
                format!("{} <- {}", show(c.fact), others.join(", "))
            })
            .collect()
    }

    /// The shortcut for a group checked against itself (`spelled_alike`) answers only
    /// when no word can have two spellings: names each written one way, but whose own
    /// words fold alike and are written otherwise, are still read word by word.
    #[test]
    fn words_of_one_spelling_that_fold_alike_are_still_compared() {
        let (corpus, sources, mut facts) =
            corpus(&["Minister Andrey Sokolov arrived in Geneva on Monday."]);
        let all: Vec<usize> = (0..facts.len()).collect();
        let rule = rule(Scope::WithinDocument);
        {
            let refs: Vec<_> = facts.iter().collect();
            let ctx = Context::new(&corpus, &sources, &refs);
            assert!(spelled_alike(&all, &ctx));
            assert!(check(&rule, &all, &all, &ctx).is_empty());
        }
        for fact in &mut facts {
            if let Value::Name(name) = &mut fact.value {
                name.spelling = "sergey sergei".to_owned();
            }
        }
        let refs: Vec<_> = facts.iter().collect();
        let ctx = Context::new(&corpus, &sources, &refs);
        assert!(!spelled_alike(&all, &ctx));
        assert!(!check(&rule, &all, &all, &ctx).is_empty());
    }

    #[test]
    fn one_document_spelling_a_name_two_ways_is_found_with_both_spans() {
        let doc = "Minister Andrey Sokolov arrived in Geneva on Monday. \
                   The talks, Andrei Sokolov said, would be hard. Sokolov left early.";
        assert_eq!(
            run(&[doc], Scope::WithinDocument),
            ["0:Andrei Sokolov <- 0:Andrey Sokolov"]
        );
    }

    #[test]
    fn the_less_common_spelling_is_the_primary() {
        let doc = "Mayor Oleksandr Kovalskyy spoke in Kyiv. Officials said Kovalsky \
                   would travel. Kovalskyy later denied it.";
        assert_eq!(
            run(&[doc], Scope::WithinDocument),
            ["0:Kovalsky <- 0:Oleksandr Kovalskyy"]
        );
    }

    #[test]
    fn documents_each_consistent_with_themselves_give_nothing_within_documents() {
        let a = "Russian Minister Andrey Sokolov spoke on Monday. Sokolov said talks would begin in Kiev.";
        let b =
            "The minister Andrei Sokolov spoke on Monday. Sokolov said talks would begin in Kyiv.";
        assert!(run(&[a, b], Scope::WithinDocument).is_empty());
        // Across sources, each variant is found against the other document.
        let mut across = run(&[a, b, b], Scope::AcrossSources);
        across.sort();
        assert_eq!(
            across,
            [
                "0:Andrey Sokolov <- 1:Andrei Sokolov, 2:Andrei Sokolov",
                "0:Kiev <- 1:Kyiv, 2:Kyiv"
            ]
        );
    }

    #[test]
    fn case_and_curly_quotes_are_no_second_spelling() {
        let doc = "MOSCOW – Officials in Moscow said so. The O’Brien report and the O'Brien \
                   family agreed.";
        assert!(run(&[doc], Scope::WithinDocument).is_empty());
    }

    #[test]
    fn stops_and_diacritics_are_no_second_spelling() {
        let doc = "Officials in the U.S. said so. The US Treasury and Farrowby B.C. agreed, \
                   and Farrowby BC was quiet. The Guàrdia Urbana of Vell Marès and the \
                   Guardia Urbana of Vell Mares spoke.";
        assert!(run(&[doc], Scope::WithinDocument).is_empty());
        assert!(run(&[doc, doc], Scope::AcrossSources).is_empty());
    }

    #[test]
    fn british_and_american_spellings_of_an_organisation_differ() {
        let doc = "The Organisation for Security and Co-operation in Europe met. Later the \
                   Organization for Security and Co-operation in Europe said no.";
        assert_eq!(
            run(&[doc], Scope::WithinDocument),
            ["0:Organization for Security and Co-operation in Europe <- \
                 0:Organisation for Security and Co-operation in Europe"]
        );
    }

    #[test]
    fn the_seeds_spelling_variants() {
        let seeds = [
            include_str!("../../seeds/000_861de67a3d0b5135.txt"),
            include_str!("../../seeds/001_d932a825c84dced8.txt"),
            include_str!("../../seeds/002_871e41fac1f90a4e.txt"),
            include_str!("../../seeds/003_cacb0fcdde16e1e9.txt"),
            include_str!("../../seeds/004_745df1fde515d6eb.txt"),
        ];
        assert_eq!(
            run(&seeds, Scope::WithinDocument),
            ["4:Belarusian Ministry of Defense <- 4:Belarussian Ministry of Defense"]
        );
        let mut across = run(&seeds, Scope::AcrossSources);
        across.sort();
        assert_eq!(
            across,
            [
                "0:Sergey Lavrov <- 1:Sergei Lavrov, 3:Sergei Lavrov, 4:Sergei Lavrov",
                "2:Kyiv <- 0:Kiev, 3:Kiev, 4:Kiev",
                "2:Sergey Lavrov <- 1:Sergei Lavrov, 3:Sergei Lavrov, 4:Sergei Lavrov",
                "4:Organization for Security and Co-operation in Europe <- \
                 3:Organisation for Security and Co-operation in Europe",
                "4:Volodymyr Zelensky <- 2:Volodymyr Zelenskyy",
            ]
        );
    }

    #[test]
    fn consistent_and_agree_pass_over_names() {
        let (corpus, sources, facts) =
            corpus(&["Andrey Sokolov met Andrei Sokolov in Kiev and Kyiv."]);
        assert!(facts.len() >= 2);
        let refs: Vec<_> = facts.iter().collect();
        let ctx = Context::new(&corpus, &sources, &refs);
        for fact in &facts {
            assert!(super::super::consistent::Range::of(fact, None).is_none());
        }
        let all: Vec<usize> = (0..facts.len()).collect();
        let mut rule = rule(Scope::WithinDocument);
        assert!(super::super::consistent::check(&rule, &all, &all, &ctx).is_empty());
        rule.check = Check::Agree;
        rule.tolerance = Some(crate::parse::ast::Tolerance::Percent(5.0));
        assert!(super::super::agree::check(&rule, &all, &all, &ctx).is_empty());
    }

    #[test]
    fn other_facts_are_ignored() {
        let (corpus, sources, mut facts) = corpus(&["Talks with NATO began."]);
        facts.push(Fact {
            value: Value::Name(NameValue {
                key: "nato".into(),
                spelling: "nato's".into(),
            }),
            ..facts[0].clone()
        });
        let mut time = facts[0].clone();
        time.kind = FactKind::Time;
        time.value = Value::Time(crate::extract::TimeValue::Unresolved {
            unresolved: "test".into(),
        });
        facts.push(time);
        let refs: Vec<_> = facts.iter().collect();
        let ctx = Context::new(&corpus, &sources, &refs);
        let all: Vec<usize> = (0..facts.len()).collect();
        let found = check(&rule(Scope::WithinDocument), &all, &all, &ctx);
        // "NATO" and "NATO's" are one name spelled two ways ("N.A.T.O." is "NATO" with
        // the stops of an abbreviation); the time is not a name.
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].others, [0]);
    }
}
