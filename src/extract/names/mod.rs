//! Names: a prepared [`Text`] in; every person, organisation and place name its
//! sentences state out, as a [`Fact`] of kind `name` whose value is a [`NameValue`]: the
//! name as written, folded for comparison (`spelling`), and the identity under which
//! its variant spellings fall together (`key`).
//!
//! # What is a name
//!
//! A run of capitalised words in one sentence, separated by white space only:
//!
//! - initials and dotted abbreviations join it ("J. R. Jones", "U.S.");
//! - a hyphenated word counts from its first capitalised part ("pro-Moscow",
//!   "Pro-Kremlin" → "Moscow", "Kremlin"), and ends the run at its first lower-case
//!   part ("US-headed" → "US"), unless it starts with a prefix such as "Co-" or "Vice-"
//!   ("Co-operation" stays whole) or ends capitalised ("Rostov-on-Don");
//! - a possessive ends the run and is left out of the name ("Russia’s" → "Russia");
//! - lower-case joiners may stand inside a run when a capitalised word follows them:
//!   "of" (and "of the") always, name particles ("de", "von", "van der", "bin") always,
//!   and "for", "and", "in", "on", "at", "the" only when the run opens with an
//!   organisation head word ("Organization for Security and Co-operation in Europe",
//!   "Institute for the Study of War"), so that "Russia and Ukraine" and "the United
//!   States and the European Union" stay two names;
//! - months and weekdays, and a lone capital that is no initial ("I"), break a run.
//!
//! Then each run is trimmed:
//!
//! - leading ordinary words are dropped ("The", "In", "Last", "But", …);
//! - a title before a person is cut off ("Russian Foreign Minister Sergey Lavrov" →
//!   "Sergey Lavrov", "U.S. Secretary of State Antony Blinken" → "U.S." and "Antony
//!   Blinken"); what stood before the title is a name of its own unless it is a
//!   nationality;
//! - a run of titles or nationalities only ("Foreign Minister", "Russian") is no name.
//!
//! **Capitals that prove nothing.** The first word of a sentence, or of a quotation, or
//! the word after a colon, is capitalised whatever it is. A single such word is a name
//! only when the same document also writes it in a name where capitals do prove
//! something (elsewhere in a sentence, or in a name of two or more words), when it is
//! an acronym ("NATO"), or when the exonym table knows it.
//! A run of two or more capitalised words there is a name. In a headline set in title
//! case (no final punctuation, three or more words, three in four capitalised) only
//! words known from the rest of the document, and acronyms, are names.
//!
//! Boilerplate lines have no sentences, and so no names.
//!
//! # Keys
//!
//! `spelling` is the text lower-cased, curly quotes straightened, white space single.
//! `key` is the words' [`token_key`]s joined by spaces, middle initials left out when
//! two other words remain. A later bare surname takes the key of the full name the
//! document gives elsewhere ("Lavrov" → `sergei lavrov`) when exactly one person-like
//! name (two to four capitalised words, no organisation or place head word, no
//! acronym) ends in it.
//!
//! [`token_key`] folds one word, in this order:
//!
//! 1. lower case; Latin diacritics to ASCII ("Erdoğan" → `erdogan`); a possessive and
//!    every `.`, `'`, `’` and `-` removed ("U.S." → `us`, "Co-operation" →
//!    `cooperation`);
//! 2. British to American spelling: `-isation` → `-ization`, `-ntre`/`-atre`/`-etre`/
//!    `-itre` → `-nter`/…, a final `-our` → `-or` (words of six letters or more), and
//!    `defence`, `offence`, `licence` → `-ense`;
//! 3. transliteration: `x` → `ks` ("Alexei" = "Aleksei"), `ph` → `f`, an initial
//!    `ye` before a consonant → `e` ("Yevgeny" = "Evgeny"), `y` after a vowel → `i` ("Sergey" = "Sergei",
//!    "Nikolay" = "Nikolai"), a final `yy`, `iy`, `yi`, `ii` or `ij` → `i` and a final
//!    `y` after a consonant → `i` ("Zelensky" = "Zelenskyy" = "Zelenskiy", "Dmitry" =
//!    "Dmitriy" = "Dmitri");
//! 4. doubled consonants single ("Belarussian" = "Belarusian", "Donbass" = "Donbas",
//!    "Odessa" = "Odesa");
//! 5. the exonym table `data/exonyms.tsv` (Russian-based names of Ukrainian places to their
//!    Ukrainian-based forms: "Kiev" = "Kyiv", "Kharkov" = "Kharkiv", …), looked up on
//!    the result of steps 1–4.
//!
//! The rules are general and blunt: they may fold two different names together
//! ("Mayor" and "Maior"). That is safe for the spelling check, which only compares
//! spellings of one key within a document or a story.
//!
//! # Files
//!
//! `tokens.rs` turns a sentence into name tokens, `runs.rs` cuts them into runs and trims
//! them, this file checks the candidates against the whole document and keys them;
//! `lexicon.rs` holds the word lists (`data/name_words.txt`). The keys themselves are
//! the text model's ([`crate::text::token_key`]).
//!
//! [`token_key`]: crate::text::token_key

use rustc_hash::{FxHashMap, FxHashSet};
use serde::Serialize;
use std::ops::Range;

mod lexicon;
mod runs;
#[cfg(test)]
mod tests;
mod tokens;

use lexicon::{class, is_acronym};

/// Whether a capitalised word opens sentences without naming anything ("However",
/// "Meanwhile", "The": `[stop]` in `data/name_words.txt`), ASCII case ignored.
pub(crate) fn opens_without_naming(word: &str) -> bool {
    lexicon::listed(word) & class::STOP != 0
}
use runs::{runs, trim, without_joiners};
use tokens::{Kind, Tok, is_headline, tokens};

use super::{Fact, FactKind, Hedge, Value};
use crate::source::Span;
use crate::text::{KeyFolder, Text, is_exonym, spelling};

/// A name fact's value.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct NameValue {
    /// The identity under which variant spellings fall together ("sergei lavrov" for
    /// "Sergey Lavrov", "Sergei Lavrov" and a later bare "Lavrov").
    pub key: String,
    /// The name as written, lower-cased, curly quotes straightened, white space single.
    pub spelling: String,
}

/// A name found in pass one, before the document-wide checks.
struct Candidate {
    /// Its tokens, a range of the tokens of all candidates.
    toks: Range<usize>,
    sentence: Span,
    /// Only words known from elsewhere count (a title-case headline).
    headline: bool,
}

/// The folded keys of a document's name words, one after another.
struct Keys {
    arena: String,
}

impl Keys {
    /// A word's [`token_key`], as stored by [`Keys::fill`].
    fn of(&self, t: &Tok<'_>) -> &str {
        self.arena.get(t.key.0..t.key.1).unwrap_or("")
    }

    /// Folds every word of every candidate (`toks`, all their tokens) once: a word
    /// written again (a document names the same people and places over and over)
    /// takes the key folded before.
    fn fill(toks: &mut [Tok<'_>], candidates: usize) -> Self {
        let mut folder = KeyFolder::default();
        let mut arena = String::new();
        let mut folded: FxHashMap<&str, (usize, usize)> =
            FxHashMap::with_capacity_and_hasher(candidates, Default::default());
        for t in toks.iter_mut() {
            t.key = *folded.entry(t.text).or_insert_with(|| {
                let start = arena.len();
                arena.push_str(folder.key(t.text));
                (start, arena.len())
            });
        }
        Self { arena }
    }
}

/// A name accepted in pass two, with its key.
struct Keyed<'t, 'a> {
    toks: &'t [Tok<'a>],
    sentence: Span,
    /// The words' keys joined by spaces (see [`name_key`]).
    key: String,
    /// Where its last word's key stands in `key`.
    last: Option<(usize, usize)>,
}

/// Whether a capitalised word is one the name reader's lists hold for no name: an
/// ordinary word that opens sentences ("The", "However"), a title, a nationality.
pub fn names_nothing(word: &str) -> bool {
    let none = lexicon::class::STOP | lexicon::class::TITLE | lexicon::class::NATIONALITY_LISTED;
    lexicon::listed(word) & none != 0
}

/// Whether a word heads the name of an organisation or a place ("Party", "Union",
/// "Ministry": `[org_heads]` in `data/name_words.txt`), ASCII case ignored.
pub fn heads_an_organisation(word: &str) -> bool {
    lexicon::listed(word) & lexicon::class::ORG_HEAD != 0
}

/// Every name in the sentences of a text, in text order.
pub fn extract(text: &Text<'_>) -> Vec<Fact> {
    let mut candidates = Vec::new();
    // The tokens of every candidate, one after another: each candidate holds a range.
    let mut all = Vec::new();
    let mut toks = Vec::new();
    let (mut run_toks, mut run_bounds, mut scratch) = (Vec::new(), Vec::new(), Vec::new());
    for (n, &sentence) in text.sentences().iter().enumerate() {
        if text.is_boilerplate(sentence.start) {
            continue;
        }
        tokens(text, n, &mut toks);
        runs(text, &toks, &mut run_toks, &mut run_bounds, &mut scratch);
        if run_bounds.is_empty() {
            continue;
        }
        let headline = is_headline(text, sentence);
        for bounds in &run_bounds {
            let run = run_toks.get(bounds.clone()).unwrap_or_default();
            for toks in trim(run, &mut scratch, &mut all).into_iter().flatten() {
                candidates.push(Candidate {
                    toks,
                    sentence,
                    headline,
                });
            }
        }
    }
    if candidates.is_empty() {
        return Vec::new();
    }
    let keys = Keys::fill(&mut all, candidates.len());
    let toks_of = |range: &Range<usize>| all.get(range.clone()).unwrap_or_default();

    // Words a capital proves to be names: from names where capitals prove something.
    let mut known: FxHashSet<&str> = FxHashSet::default();
    for c in &candidates {
        let toks = toks_of(&c.toks);
        let words = toks.iter().filter(|t| t.kind == Kind::Word).count();
        if c.headline || (words < 2 && toks.first().is_some_and(|t| t.initial)) {
            continue;
        }
        for t in toks.iter().filter(|t| t.kind == Kind::Word) {
            let ordinary = class::TITLEISH | class::ORG_HEAD | class::NATIONALITY;
            if t.class.lower & ordinary == 0 {
                known.insert(keys.of(t));
            }
        }
    }
    let is_known = |t: &Tok<'_>| {
        let key = keys.of(t);
        known.contains(key) || is_acronym(t.text) || is_exonym(key)
    };

    // Names as ranges of `all`, with their sentences.
    let mut accepted: Vec<(Range<usize>, Span)> = Vec::with_capacity(candidates.len());
    for c in candidates {
        let toks = toks_of(&c.toks);
        if c.headline {
            // Keep maximal stretches of known words.
            let mut part = c.toks.start..c.toks.start;
            for (at, t) in (c.toks.start..).zip(toks) {
                if t.kind == Kind::Joiner || is_known(t) {
                    part.end = at + 1;
                } else {
                    push_part(&mut accepted, &all, part, c.sentence);
                    part = at + 1..at + 1;
                }
            }
            push_part(&mut accepted, &all, part, c.sentence);
            continue;
        }
        let single = toks.iter().filter(|t| t.kind != Kind::Joiner).count() == 1;
        let Some(first) = toks.first() else {
            continue;
        };
        if first.initial && single && !is_known(first) {
            continue;
        }
        accepted.push((c.toks, c.sentence));
    }

    // Keys, and bare surnames mapped to the full name that ends in them.
    let keyed: Vec<Keyed<'_, '_>> = accepted
        .iter()
        .map(|(toks, sentence)| {
            let toks = toks_of(toks);
            let (key, last) = name_key(toks, &keys);
            Keyed {
                toks,
                sentence: *sentence,
                key,
                last,
            }
        })
        .collect();
    // A surname's key → the name whose full key it takes, if exactly one.
    let mut surnames: FxHashMap<&str, Option<usize>> = FxHashMap::default();
    for (i, k) in keyed.iter().enumerate() {
        let Some((start, end)) = k.last else {
            continue;
        };
        if !is_person_like(k.toks, &keys) {
            continue;
        }
        let last = k.key.get(start..end).unwrap_or("");
        surnames
            .entry(last)
            .and_modify(|full| {
                if full.and_then(|j| keyed.get(j)).map(|f| f.key.as_str()) != Some(&k.key) {
                    *full = None;
                }
            })
            .or_insert(Some(i));
    }
    let full_keys: Vec<Option<String>> = keyed
        .iter()
        .map(|k| match surnames.get(k.key.as_str()) {
            Some(Some(j)) => keyed.get(*j).map(|f| f.key.clone()),
            _ => None,
        })
        .collect();
    drop(surnames);

    let mut out = Vec::with_capacity(keyed.len());
    for (k, full) in keyed.into_iter().zip(full_keys) {
        let (Some(first), Some(last)) = (k.toks.first(), k.toks.last()) else {
            continue;
        };
        let span = Span::new(first.span.start, last.span.end);
        let sentence = k.sentence;
        out.push(Fact {
            doc: crate::load::DocId::default(),
            kind: FactKind::Name,
            span,
            sentence,
            clause: text.clause_at(span.start).unwrap_or(sentence),
            unit: None,
            hedge: Hedge::None,
            value: Value::Name(NameValue {
                key: full.unwrap_or(k.key),
                spelling: spelling(text.slice(span)),
            }),
            attribution: None,
            weekday: None,
            counting: None,
            frame: None,
        });
    }
    out
}

/// Pushes a headline's stretch of known words (a range of `all`), trimmed of joiners,
/// if a word is left.
fn push_part(
    out: &mut Vec<(Range<usize>, Span)>,
    all: &[Tok<'_>],
    part: Range<usize>,
    sentence: Span,
) {
    let toks = all.get(part.clone()).unwrap_or_default();
    let kept = without_joiners(toks);
    if toks
        .get(kept.clone())
        .is_some_and(|t| t.iter().any(|t| t.kind == Kind::Word))
    {
        out.push((part.start + kept.start..part.start + kept.end, sentence));
    }
}

/// Whether a name reads as a person's: two to four capitalised words, no joiner other
/// than a particle, no acronym, no organisation or place head word, no title.
fn is_person_like(toks: &[Tok<'_>], keys: &Keys) -> bool {
    let words = || toks.iter().filter(|t| t.kind == Kind::Word);
    let not_a_person = class::ORG_HEAD | class::TITLEISH | class::NATIONALITY;
    (2..=4).contains(&words().count())
        && toks
            .iter()
            .all(|t| t.kind != Kind::Joiner || t.class.raw & class::PARTICLE != 0)
        && words().all(|t| {
            !is_acronym(t.text) && t.class.lower & not_a_person == 0 && !is_exonym(keys.of(t))
        })
}

/// A name's key: its words' keys joined by spaces, middle initials left out when two
/// other words remain; and where the last word's key stands in it.
fn name_key(toks: &[Tok<'_>], keys: &Keys) -> (String, Option<(usize, usize)>) {
    let others = toks.iter().filter(|t| t.kind != Kind::Initial).count();
    let len: usize = toks
        .iter()
        .filter(|t| t.kind != Kind::Initial || others < 2)
        .map(|t| t.key.1.saturating_sub(t.key.0) + 1)
        .sum();
    let mut key = String::with_capacity(len);
    let mut last = None;
    for t in toks
        .iter()
        .filter(|t| t.kind != Kind::Initial || others < 2)
    {
        let k = keys.of(t);
        if k.is_empty() {
            continue;
        }
        if !key.is_empty() {
            key.push(' ');
        }
        let start = key.len();
        key.push_str(k);
        last = Some((start, key.len()));
    }
    (key, last)
}
