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
    short: KeyTable<V>,
    long: FxHashMap<Box<[u8]>, V>,
    /// For each first byte (lower-cased), a bit per entry length (31 for 31 and more).
    initials: [u32; 256],
}

impl<V> WordMap<V> {
    /// Builds the map; of several entries for one word (case ignored), the first wins.
    pub fn new<'w>(entries: impl IntoIterator<Item = (&'w str, V)>) -> Self {
        // Gathered first, so that the table is sized once for them all, not grown
        // (and its keys placed anew) on the way.
        let entries: Vec<(&str, V)> = entries.into_iter().collect();
        let mut map = WordMapBuilder::with_capacity(entries.len());
        for (word, value) in entries {
            map.entry(word, || value);
        }
        map.build()
    }

    /// The value for a word, case ignored.
    #[inline]
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
        self.look_up(bytes)
    }

    /// [`WordMap::get`] of a word whose packed key ([`caseless_key`]) the caller
    /// already holds: the same answer, without packing the word again. `key` must be
    /// the word's own key or `None` (then the word is looked up as by `get`).
    #[inline]
    pub fn get_packed(&self, key: Option<u128>, word: &str) -> Option<&V> {
        debug_assert!(key.is_none() || key == caseless_key(word));
        match key {
            // Key 0 is the empty word's, which only the long map holds.
            Some(key) if key != 0 => self.short.get(key),
            _ => self.get(word),
        }
    }

    /// [`WordMap::get`] past the test on first letter and length.
    fn look_up(&self, bytes: &[u8]) -> Option<&V> {
        match packed_key(bytes) {
            Some(key) => self.short.get(key),
            None => self.long.get(bytes.to_ascii_lowercase().as_slice()),
        }
    }
}

/// A [`WordMap`] built one word at a time, each word's value made on its first
/// coming and changed in place on the next ones: a list grouped by word (a phrase
/// list by first lemma, a lemma's marks) needs no map of its own beside the one it
/// ends in, and its words are packed once.
#[derive(Debug)]
pub struct WordMapBuilder<V> {
    short: KeyTable<V>,
    long: FxHashMap<Box<[u8]>, V>,
    initials: [u32; 256],
}

impl<V> WordMapBuilder<V> {
    /// A builder sized for about `words` words (it grows past them).
    pub fn with_capacity(words: usize) -> Self {
        Self {
            short: KeyTable::with_capacity(words),
            long: FxHashMap::default(),
            initials: [0u32; 256],
        }
    }

    /// The value of a word, case ignored, made by `make` on its first coming; and
    /// whether it was made now (`None` never comes: the table always has room).
    pub fn entry(&mut self, word: &str, make: impl FnOnce() -> V) -> Option<(&mut V, bool)> {
        let bytes = word.as_bytes();
        if let Some(slot) = bytes.first().and_then(|&first| {
            self.initials
                .get_mut(usize::from(first.to_ascii_lowercase()))
        }) {
            *slot |= length_bit(bytes.len());
        }
        match packed_key(bytes).filter(|&k| k != 0) {
            Some(key) => self.short.entry_mut(key, make),
            None => {
                let mut made = false;
                let value = self
                    .long
                    .entry(bytes.to_ascii_lowercase().into_boxed_slice())
                    .or_insert_with(|| {
                        made = true;
                        make()
                    });
                Some((value, made))
            }
        }
    }

    /// Every value, to change in place (in no set order).
    pub fn values_mut(&mut self) -> impl Iterator<Item = &mut V> {
        self.short.values.iter_mut().chain(self.long.values_mut())
    }

    /// The map.
    pub fn build(self) -> WordMap<V> {
        WordMap {
            short: self.short,
            long: self.long,
            initials: self.initials,
        }
    }
}

/// Values by packed key ([`caseless_key`]): open addressing over a power-of-two table
/// at most half full, probed linearly from a multiplicative hash of the key. A look-up
/// is a multiplication, a shift and, nearly always, one comparison: fewer instructions
/// than a general hash map's (its hasher, its groups of control bytes), for the
/// look-ups that every reader makes of nearly every word. Built once from a list, or
/// grown one key at a time as a cache ([`KeyTable::get_or_insert_with`]).
#[derive(Debug, Clone)]
pub struct KeyTable<V> {
    /// Per slot: a key and the index of its value, or key 0 for an empty slot (no
    /// packed key is 0: it holds the word's length, at least 1, in its top byte).
    slots: Vec<(u128, usize)>,
    /// The values, in the order their keys were first given.
    values: Vec<V>,
    /// 64 less the table's size in bits.
    shift: u32,
}

impl<V> Default for KeyTable<V> {
    fn default() -> Self {
        Self::new([])
    }
}

impl<V> KeyTable<V> {
    /// An empty table that holds `keys` keys without growing.
    pub fn with_capacity(keys: usize) -> Self {
        let size = (keys * 2).max(8).next_power_of_two();
        Self {
            slots: vec![(0, 0); size],
            values: Vec::with_capacity(keys),
            shift: 64 - size.trailing_zeros(),
        }
    }

    /// The value of a key, made by `make` if the table does not hold it yet, to
    /// change in place; and whether it was made now. Key 0 (no packed key) must not
    /// be given.
    fn entry_mut(&mut self, key: u128, make: impl FnOnce() -> V) -> Option<(&mut V, bool)> {
        debug_assert_ne!(key, 0);
        if (self.values.len() + 1) * 2 > self.slots.len() {
            self.grow();
        }
        let mask = self.slots.len() - 1;
        let mut at = self.slot(key);
        let mut index = self.values.len();
        while let Some(slot) = self.slots.get_mut(at) {
            if slot.0 == key {
                index = slot.1;
                break;
            }
            if slot.0 == 0 {
                *slot = (key, index);
                break;
            }
            at = (at + 1) & mask;
        }
        let made = index == self.values.len();
        if made {
            self.values.push(make());
        }
        self.values.get_mut(index).map(|v| (v, made))
    }

    /// The table of `(key, value)` pairs; of several pairs with one key, the first
    /// wins. Key 0 is left out (no packed key is 0).
    pub fn new(entries: impl IntoIterator<Item = (u128, V)>) -> Self {
        let entries: Vec<(u128, V)> = entries.into_iter().filter(|&(k, _)| k != 0).collect();
        let mut table = Self::with_capacity(entries.len());
        for (key, value) in entries {
            table.entry_mut(key, || value);
        }
        table
    }

    /// The first slot to probe for a key.
    #[inline]
    fn slot(&self, key: u128) -> usize {
        // The low half holds a word's first eight bytes, the high half the rest and
        // the length: both are mixed in before the multiplication spreads them.
        let mixed = (key as u64) ^ ((key >> 64) as u64).rotate_left(31);
        // The shift leaves the table's size in bits, at most 63 (`as` truncates nothing).
        (mixed.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> self.shift) as usize
    }

    /// How many keys the table holds.
    pub fn len(&self) -> usize {
        self.values.len()
    }

    /// Whether the table holds no key.
    pub fn is_empty(&self) -> bool {
        self.values.is_empty()
    }

    /// Forgets every key, keeping the table's size.
    pub fn clear(&mut self) {
        self.slots.fill((0, 0));
        self.values.clear();
    }

    /// The value of a key, made by `make` and kept if the table does not hold it yet;
    /// `None` only for key 0 (no packed key).
    pub fn get_or_insert_with(&mut self, key: u128, make: impl FnOnce() -> V) -> Option<&V> {
        if key == 0 {
            return None;
        }
        self.entry_mut(key, make).map(|(value, _)| &*value)
    }

    /// Doubles the table, its keys placed anew.
    fn grow(&mut self) {
        let size = self.slots.len() * 2;
        let old = std::mem::replace(&mut self.slots, vec![(0, 0); size]);
        self.shift = 64 - size.trailing_zeros();
        let mask = size - 1;
        for (key, index) in old.into_iter().filter(|&(k, _)| k != 0) {
            let mut at = self.slot(key);
            while let Some(slot) = self.slots.get_mut(at) {
                if slot.0 == 0 {
                    *slot = (key, index);
                    break;
                }
                at = (at + 1) & mask;
            }
        }
    }

    /// The value of a key, if the table holds it.
    #[inline]
    pub fn get(&self, key: u128) -> Option<&V> {
        let mask = self.slots.len() - 1;
        let mut at = self.slot(key);
        loop {
            let &(k, value) = self.slots.get(at)?;
            if k == 0 {
                return None;
            }
            if k == key {
                return self.values.get(value);
            }
            at = (at + 1) & mask;
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_key_table_answers_as_a_hash_map() {
        // Keys of many words, some spelled twice: the first value of a key wins.
        let words: Vec<String> = (0..3000)
            .map(|i| format!("w{}", i % 2500))
            .chain(["a", "A", "ab", "abcdefghijklmno"].map(String::from))
            .collect();
        let pairs: Vec<(u128, usize)> = words
            .iter()
            .enumerate()
            .filter_map(|(i, w)| Some((caseless_key(w)?, i)))
            .collect();
        let table = KeyTable::new(pairs.iter().copied());
        let mut first: FxHashMap<u128, usize> = FxHashMap::default();
        for &(k, v) in &pairs {
            first.entry(k).or_insert(v);
        }
        for w in words.iter().map(String::as_str).chain(["b", "w2500", "x"]) {
            let key = caseless_key(w).unwrap();
            assert_eq!(table.get(key), first.get(&key), "{w:?}");
        }
        // No packed key is 0; a table asked for it answers none.
        assert_eq!(table.get(0), None);
        assert_eq!(KeyTable::<()>::new([]).get(1), None);
        // Grown one key at a time: the same answers, the first value kept.
        let mut grown = KeyTable::default();
        for &(k, v) in &pairs {
            let kept = grown_first(&pairs, k);
            assert_eq!(grown.get_or_insert_with(k, || v), Some(&kept));
        }
        assert_eq!(grown.len(), first.len());
        for (k, v) in &first {
            assert_eq!(grown.get(*k), Some(v));
        }
        grown.clear();
        assert!(grown.is_empty() && grown.get(pairs[0].0).is_none());
    }

    /// The first value given for a key.
    fn grown_first(pairs: &[(u128, usize)], key: u128) -> usize {
        pairs
            .iter()
            .find(|(k, _)| *k == key)
            .map(|&(_, v)| v)
            .unwrap()
    }
}
