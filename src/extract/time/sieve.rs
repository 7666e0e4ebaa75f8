//! Which sentences may hold a time, told from the text model's words before the time
//! reader tokenises them: most sentences of news copy hold none ("Both sides have
//! accused each other of provocations along the border."), and tokenising them cost
//! the time reader more than reading the rest.
//!
//! Every expression the parser reads (`parse/*.rs`) holds at least one *anchor*: a
//! year's four digits ("in 2014", "23.12.2021", "the 1990s") or the digit of "Q3"; a
//! month or a weekday with its capital (the parser reads no "may" or "march" in lower
//! case), a decade word ("nineties"); "today", "tonight", "yesterday", "tomorrow"; a
//! unit of time ("day", "weeks", "years", "decade", "hour", "century"); a word of
//! recurrence ("daily", "annually"); "now", "currently", "recently", "previously",
//! "present", "moment", "future", "past"; a season; "half", "quarter", "quarters",
//! "period"; a part of the day ("morning", "night"); "time" after "the" ("at the
//! time,"), "term" after "near"; a spelled year's first word ("ten" to "twenty"), or
//! "thousand" after "one" or "two"; a word of each holiday's name. The other words the
//! parser starts at ("last", "the", "in", "early", "fiscal", "every", "since", "two",
//! "first", "Q", "latest", "that", "noon"…) read a time only with one of these beside
//! them, and so do other numbers ("January 10", "three days", "9 a.m. Tuesday", "the
//! 20th century"). A word token of the time reader whose lexicon class is an anchor's
//! is a run of ASCII letters (a possessive "'s" may follow) with no ASCII letter either
//! side, and a number token is a whole run of ASCII digits: both lie inside a word of
//! the text model, which holds every letter and digit of its sentence, and two tokens
//! one after the other lie in two words one after the other. So a sentence none of
//! whose words holds such a run holds no time, and the time reader leaves it
//! untokenised ([`may_hold_time`]).
//!
//! The anchors are taken from the lexicon by their class (`lex::anchor_words`), so a
//! word added to a class is an anchor at once; a debug build checks every sentence
//! passed over by reading it anyway (`time.rs`).

use std::sync::LazyLock;

use rustc_hash::FxHashMap;

use super::holidays::HOLIDAYS;
use super::lex::anchor_words;
use crate::text::{WordMap, all_ascii_letters};

/// What an anchor needs besides its letters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Needs {
    /// Nothing.
    Nothing,
    /// A capital first letter: a month, a weekday ("may", "march" are no times).
    Capital,
    /// One of these words right before it, its word of the text model starting with
    /// it: "at the time,", "the near term", "two thousand".
    After(&'static [&'static str]),
}

/// Words the parser tests by their spelling, not by a class of the lexicon, that a
/// time needs: "the past two quarters", "at the time,", "the near term", "two thousand
/// and five" ("thousand" follows "one" or "two" in a spelled year).
const SPELLED: &[(&str, Needs)] = &[
    ("quarters", Needs::Nothing),
    ("time", Needs::After(&["the"])),
    ("term", Needs::After(&["near"])),
    ("thousand", Needs::After(&["one", "two"])),
];

/// The anchors: a filter by first letter, last letter and length, a second by the
/// letters inside those, then the words with what each needs.
struct Anchors {
    /// By first and last letter (each `& 0x1f`, so case is ignored), a bit per length
    /// (31 for 31 and more) of the anchors spelled so: most words are turned away here.
    ends: Lengths,
    /// The same by the second letter and the last but one (a word of one letter: that
    /// letter twice), for the words the first lets through: "new" beside "now", "them"
    /// beside "term", "family" beside "Friday", "meeting" beside "morning".
    inner: Lengths,
    words: WordMap<Needs>,
}

/// A bit per length (31 for 31 and more), by two letters (each `& 0x1f`).
type Lengths = [[u32; 32]; 32];

/// The lengths of `lengths` at letters `a` and `b`.
#[inline(always)]
fn lengths_at(lengths: &Lengths, a: u8, b: u8) -> u32 {
    lengths
        .get(usize::from(a & 0x1f))
        .and_then(|row| row.get(usize::from(b & 0x1f)))
        .copied()
        .unwrap_or(0)
}

/// The letters inside a word's ends that [`Anchors::inner`] is keyed by: its second
/// and its last but one.
#[inline(always)]
fn inner_letters(bytes: &[u8]) -> (u8, u8) {
    let n = bytes.len();
    (
        bytes.get(1.min(n.saturating_sub(1))).copied().unwrap_or(0),
        bytes.get(n.saturating_sub(2)).copied().unwrap_or(0),
    )
}

impl Anchors {
    /// Whether a run of ASCII letters, `run` of the words `words` at word `at` (the
    /// whole word or a part of it starting at byte `from`), is an anchor, case ignored.
    /// (The filter is inlined into the caller's loop over words; the look-up, which few
    /// words reach, is not.)
    #[inline(always)]
    fn holds(&self, run: &str, words: &[&str], at: usize, from: usize) -> bool {
        let bytes = run.as_bytes();
        let (Some(&first), Some(&last)) = (bytes.first(), bytes.last()) else {
            return false;
        };
        let bit = 1 << bytes.len().min(31);
        lengths_at(&self.ends, first, last) & bit != 0
            && {
                let (second, last_but_one) = inner_letters(bytes);
                lengths_at(&self.inner, second, last_but_one) & bit != 0
            }
            && self.listed(run, words, at, from)
    }

    /// [`Anchors::holds`] past its filter: the look-up.
    #[inline(never)]
    fn listed(&self, run: &str, words: &[&str], at: usize, from: usize) -> bool {
        let first = run.as_bytes().first().copied().unwrap_or(0);
        match self.words.get(run) {
            None => false,
            Some(Needs::Nothing) => true,
            Some(Needs::Capital) => first.is_ascii_uppercase(),
            // Within a word, the word before is no whole word of its own: kept.
            Some(Needs::After(before)) => {
                from > 0
                    || at
                        .checked_sub(1)
                        .and_then(|p| words.get(p))
                        .is_some_and(|prev| before.iter().any(|b| ends_with_run(prev, b)))
            }
        }
    }
}

/// Whether `word` ends in a run of ASCII letters that is `run`, case ignored ("the",
/// "x-the"; not "bathe").
fn ends_with_run(word: &str, run: &str) -> bool {
    let (w, r) = (word.as_bytes(), run.as_bytes());
    w.len() >= r.len()
        && w.get(w.len() - r.len()..)
            .is_some_and(|end| end.eq_ignore_ascii_case(r))
        && !w
            .len()
            .checked_sub(r.len() + 1)
            .and_then(|k| w.get(k))
            .is_some_and(u8::is_ascii_alphabetic)
}

/// The anchors, built once.
static ANCHORS: LazyLock<Anchors> = LazyLock::new(|| {
    let mut needs: FxHashMap<&'static str, Needs> = FxHashMap::default();
    // A word that is an anchor in two ways needs only what both need: nothing unless
    // both need the same.
    let mut add = |word: &'static str, what: Needs| {
        needs
            .entry(word)
            .and_modify(|n| {
                if *n != what {
                    *n = Needs::Nothing;
                }
            })
            .or_insert(what);
    };
    for (word, capital) in anchor_words() {
        add(
            word,
            if capital {
                Needs::Capital
            } else {
                Needs::Nothing
            },
        );
    }
    for &(word, what) in SPELLED {
        add(word, what);
    }
    // A holiday is read only when every word of its name is there: its longest word
    // (its letters up to an apostrophe) stands for it, whatever its case (only a
    // holiday's first word needs a capital).
    for holiday in &HOLIDAYS.list {
        let longest = holiday
            .words
            .iter()
            .map(|w| {
                let letters = w.bytes().take_while(u8::is_ascii_alphabetic).count();
                w.get(..letters).unwrap_or("")
            })
            .max_by_key(|w| w.len());
        if let Some(word) = longest.filter(|w| !w.is_empty()) {
            add(word, Needs::Nothing);
        }
    }
    let mut ends = [[0u32; 32]; 32];
    let mut inner = [[0u32; 32]; 32];
    let set = |lengths: &mut Lengths, a: u8, b: u8, len: usize| {
        if let Some(slot) = lengths
            .get_mut(usize::from(a & 0x1f))
            .and_then(|row| row.get_mut(usize::from(b & 0x1f)))
        {
            *slot |= 1 << len.min(31);
        }
    };
    for w in needs.keys() {
        let bytes = w.as_bytes();
        if let (Some(&first), Some(&last)) = (bytes.first(), bytes.last()) {
            set(&mut ends, first, last, bytes.len());
            let (second, last_but_one) = inner_letters(bytes);
            set(&mut inner, second, last_but_one, bytes.len());
        }
    }
    Anchors {
        ends,
        inner,
        words: WordMap::new(needs),
    }
});

/// Whether a sentence of these words (the text model's) may hold a time: one of them
/// holds a run of ASCII letters that is an anchor, or a number that may be one.
pub(super) fn may_hold_time(words: &[&str]) -> bool {
    let anchors = &*ANCHORS;
    words.iter().enumerate().any(|(at, w)| {
        let bytes = w.as_bytes();
        // Nearly every word is one run of ASCII letters, told without a walk.
        if all_ascii_letters(bytes) {
            return anchors.holds(w, words, at, 0);
        }
        let mut start = 0;
        let mut k = 0;
        while let Some(&b) = bytes.get(k) {
            if b.is_ascii_alphabetic() {
                k += 1;
                continue;
            }
            if k > start
                && w.get(start..k)
                    .is_some_and(|run| anchors.holds(run, words, at, start))
            {
                return true;
            }
            if b.is_ascii_digit() {
                let end = k + bytes
                    .get(k..)
                    .unwrap_or_default()
                    .iter()
                    .take_while(|b| b.is_ascii_digit())
                    .count();
                let glued = k
                    .checked_sub(1)
                    .and_then(|p| bytes.get(p))
                    .is_some_and(|&p| p.is_ascii_alphabetic() || p >= 0x80);
                if number_may_anchor(end - k, glued) {
                    return true;
                }
                k = end;
            } else {
                k += 1;
            }
            start = k;
        }
        bytes.len() > start
            && w.get(start..)
                .is_some_and(|run| anchors.holds(run, words, at, start))
    })
}

/// Whether a number of `digits` ASCII digits (all of its run) may be a time's anchor:
/// a year has four ("in 2014", "23.12.2021", "the 1990s", "fiscal 2021"), and "Q3"
/// one, glued to the word before it (`glued`: an ASCII letter or a byte of another
/// character just before it). Every other number of a time stands beside a word that
/// is an anchor: a month ("January 10", "10 Jan"), a weekday or "today" after a clock
/// time ("9 a.m. Tuesday"), a unit ("three days", "20th century", "two weeks ago").
pub(super) fn number_may_anchor(digits: usize, glued: bool) -> bool {
    digits == 4 || (digits == 1 && glued)
}
