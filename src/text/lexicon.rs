//! Word look-ups: lists of words and phrases in; answers to "is this word (or
//! phrase, as whole words) one of these" out, case ignored and without allocating.
//! [`WordMap`] and [`WordSet`] for single words, [`PhraseSet`] for phrases searched
//! in running text, [`whole_word`], [`same_word`] and [`is_one_of`] for one-off tests.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use rustc_hash::FxHashMap;

use super::bits::{length_bit, packed_key};
use crate::source::Span;

/// Whether `haystack[start..end]` stands as whole words: no letter or digit touches it
/// on either side.
pub fn whole_word(haystack: &str, start: usize, end: usize) -> bool {
    let before = haystack.get(..start).and_then(|s| s.chars().next_back());
    let after = haystack.get(end..).and_then(|s| s.chars().next());
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
}

/// A set of phrases built once and searched for as whole words, case ignored.
///
/// The phrases are lower-cased (ASCII) into the automaton and searched for exactly in
/// an ASCII-lower-cased copy of the text: the same matches, at the same offsets, as a
/// search with ASCII case ignored, but the automaton may use its SIMD prefilter, which
/// it cannot with case ignored.
#[derive(Debug, Clone)]
pub struct PhraseSet {
    automaton: Option<AhoCorasick>,
}

impl PhraseSet {
    /// Builds the automaton for a list of phrases (leftmost-longest matching).
    pub fn new<I, P>(phrases: I) -> Self
    where
        I: IntoIterator<Item = P>,
        P: AsRef<[u8]>,
    {
        let lowered = phrases.into_iter().map(|p| p.as_ref().to_ascii_lowercase());
        let automaton = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .build(lowered)
            .ok();
        Self { automaton }
    }

    /// Every whole-word match inside `within`: the phrase's index and its span.
    pub fn find_iter<'t>(
        &'t self,
        text: &'t str,
        within: Span,
    ) -> impl Iterator<Item = (usize, Span)> + 't {
        let mut found = Vec::new();
        self.each_match(text, within, |m| {
            found.push(m);
            true
        });
        found.into_iter()
    }

    /// Calls `f` on every whole-word match inside `within`, in order, while it returns
    /// `true`.
    fn each_match(&self, text: &str, within: Span, mut f: impl FnMut((usize, Span)) -> bool) {
        let Some(ac) = &self.automaton else {
            return;
        };
        let haystack = text.get(within.range()).unwrap_or("");
        let lowered = haystack.as_bytes().to_ascii_lowercase();
        for m in ac.find_iter(lowered.as_slice()) {
            if !whole_word(haystack, m.start(), m.end()) {
                continue;
            }
            let span = Span::new(within.start + m.start(), within.start + m.end());
            if !f((m.pattern().as_usize(), span)) {
                return;
            }
        }
    }

    /// Whether any phrase stands inside `within` as whole words.
    pub fn any_in(&self, text: &str, within: Span) -> bool {
        let mut any = false;
        self.each_match(text, within, |_| {
            any = true;
            false
        });
        any
    }

    /// Whether any phrase occurs anywhere in a string, word boundaries or not
    /// ("cookies" holds "cookie").
    pub fn contains_in(&self, haystack: &str) -> bool {
        self.automaton
            .as_ref()
            .is_some_and(|ac| ac.is_match(haystack.as_bytes().to_ascii_lowercase().as_slice()))
    }
}

/// Words with a value each, looked up with ASCII case ignored and without allocating:
/// the same answers as a linear `find` with `eq_ignore_ascii_case` over the entries
/// (the first entry for a word wins), in one hash look-up.
///
/// A word is first checked against the (first letter, length) pairs of the entries,
/// which turns most words away before any hashing. A word of up to 15 bytes is then
/// packed, lower-cased, into one integer key with its length (nearly every word); a
/// longer one is looked up by its lower-cased bytes.
#[derive(Debug, Clone)]
pub struct WordMap<V> {
    short: FxHashMap<u128, V>,
    long: FxHashMap<Box<[u8]>, V>,
    /// For each first byte (lower-cased), a bit per entry length (31 for 31 and more).
    initials: [u32; 256],
}

impl<V> WordMap<V> {
    /// Builds the map; of several entries for one word (case ignored), the first wins.
    pub fn new<'w>(entries: impl IntoIterator<Item = (&'w str, V)>) -> Self {
        let mut short = FxHashMap::default();
        let mut long = FxHashMap::default();
        let mut initials = [0u32; 256];
        for (word, value) in entries {
            let bytes = word.as_bytes();
            let Some(&first) = bytes.first() else {
                // The empty word: reachable through the long map only.
                long.entry(Box::default()).or_insert(value);
                continue;
            };
            if let Some(slot) = initials.get_mut(usize::from(first.to_ascii_lowercase())) {
                *slot |= length_bit(bytes.len());
            }
            match packed_key(bytes) {
                Some(key) => {
                    short.entry(key).or_insert(value);
                }
                None => {
                    long.entry(bytes.to_ascii_lowercase().into_boxed_slice())
                        .or_insert(value);
                }
            }
        }
        Self {
            short,
            long,
            initials,
        }
    }

    /// The value for a word, case ignored.
    pub fn get(&self, word: &str) -> Option<&V> {
        let bytes = word.as_bytes();
        let Some(&first) = bytes.first() else {
            return self.long.get(bytes);
        };
        let lengths = self
            .initials
            .get(usize::from(first.to_ascii_lowercase()))
            .copied()
            .unwrap_or(0);
        if lengths & length_bit(bytes.len()) == 0 {
            return None;
        }
        match packed_key(bytes) {
            Some(key) => self.short.get(&key),
            None => self.long.get(bytes.to_ascii_lowercase().as_slice()),
        }
    }
}

/// A set of words looked up with ASCII case ignored and without allocating: the same
/// answers as [`is_one_of`] over its list.
pub type WordSet = WordMap<()>;

impl WordMap<()> {
    /// The set of a list of words.
    pub fn of(words: &[&str]) -> Self {
        Self::new(words.iter().map(|&w| (w, ())))
    }

    /// Whether a word is in the set, case ignored.
    pub fn contains(&self, word: &str) -> bool {
        self.get(word).is_some()
    }
}

/// A word of up to 15 bytes packed with ASCII case ignored into one integer: two
/// words have the same key exactly when they are equal but for ASCII case. `None` for
/// a longer word.
pub fn caseless_key(word: &str) -> Option<u128> {
    packed_key(word.as_bytes())
}

/// Whether two words are equal, case ignored and `’` taken for `'`.
pub fn same_word(a: &str, b: &str) -> bool {
    if a.is_ascii() && b.is_ascii() {
        return a.eq_ignore_ascii_case(b);
    }
    let norm = |c: char| if c == '’' { '\'' } else { c };
    a.chars()
        .flat_map(|c| norm(c).to_lowercase())
        .eq(b.chars().flat_map(|c| norm(c).to_lowercase()))
}

/// Whether a word is one of a list of lower-case ASCII words, case ignored. Inlined:
/// the lists are constants at nearly every call, and their lengths and first letters
/// fold into the comparisons.
#[inline]
pub fn is_one_of(word: &str, list: &[&str]) -> bool {
    let word = word.as_bytes();
    let Some(&first) = word.first() else {
        return list.iter().any(|w| w.is_empty());
    };
    let first = first.to_ascii_lowercase();
    // Length and first letter turn nearly every entry away before the full comparison.
    list.iter().any(|w| {
        let w = w.as_bytes();
        w.len() == word.len()
            && w.first().is_some_and(|b| b.to_ascii_lowercase() == first)
            && w.eq_ignore_ascii_case(word)
    })
}
