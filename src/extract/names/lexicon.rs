//! The name reader's word lists: `data/name_words.txt` in (stop words, titles, title
//! words, organisation heads, nationalities, joiners, particles, hyphen prefixes,
//! abbreviations, nationality endings); a word's classes out, as bits ([`Classes`]),
//! and the word tests built on them (title, nationality, acronym).

use std::sync::LazyLock;

use rustc_hash::FxHashMap;

use crate::text::{KeyTable, WordMap, caseless_key, is_one_of};

/// The word lists, as written in `data/name_words.txt`.
pub(super) const NAME_WORDS: &str = include_str!("../../../data/name_words.txt");

/// What the word lists say about a word, as bits: which lists hold it (lower-case
/// ASCII, case ignored, as [`is_one_of`] compares), and two computed classes.
pub(super) mod class {
    /// The `stop` list: capitalised words that open sentences without naming anything.
    pub const STOP: u16 = 1;
    /// The `titles` list: words that name a person's role.
    pub const TITLE: u16 = 1 << 1;
    /// The `title_words` list: words that qualify or continue a title.
    pub const TITLE_WORD: u16 = 1 << 2;
    /// The `org_heads` list: head words of organisation and place names.
    pub const ORG_HEAD: u16 = 1 << 3;
    /// The `nationalities` list.
    pub const NATIONALITY_LISTED: u16 = 1 << 4;
    /// The `joining_heads` list: organisation heads whose names may hold joiners.
    pub const JOINING_HEAD: u16 = 1 << 5;
    /// The `joiners` list.
    pub const JOINER: u16 = 1 << 6;
    /// The `particles` list.
    pub const PARTICLE: u16 = 1 << 7;
    /// The `hyphen_prefixes` list.
    pub const HYPHEN_PREFIX: u16 = 1 << 8;
    /// The `abbreviations` list.
    pub const ABBREVIATION: u16 = 1 << 9;
    /// Computed: [`super::is_title_noun`].
    pub const TITLE_NOUN: u16 = 1 << 10;
    /// Computed: [`super::is_nationality`].
    pub const NATIONALITY: u16 = 1 << 11;
    /// A title or a title's qualifier.
    pub const TITLEISH: u16 = TITLE_NOUN | TITLE_WORD;
}

/// The lists of `data/name_words.txt` that classify words, with their bits.
pub(super) const LISTS: [(&str, u16); 10] = [
    ("stop", class::STOP),
    ("titles", class::TITLE),
    ("title_words", class::TITLE_WORD),
    ("org_heads", class::ORG_HEAD),
    ("nationalities", class::NATIONALITY_LISTED),
    ("joining_heads", class::JOINING_HEAD),
    ("joiners", class::JOINER),
    ("particles", class::PARTICLE),
    ("hyphen_prefixes", class::HYPHEN_PREFIX),
    ("abbreviations", class::ABBREVIATION),
];

/// The lists of a word-list file: a line `[name]` opens a list, the words of the lines
/// after it (separated by white space) fill it; lines starting with `#` are comments.
/// Words before the first list are left out.
fn parse_lists(data: &str) -> FxHashMap<&str, Vec<&str>> {
    let mut lists: FxHashMap<&str, Vec<&str>> = FxHashMap::default();
    let mut current = None;
    for line in data.lines().map(str::trim) {
        if line.starts_with('#') {
            continue;
        }
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            lists.entry(name).or_default();
            current = Some(name);
        } else if let Some(list) = current.and_then(|name| lists.get_mut(name)) {
            list.extend(line.split_whitespace());
        }
    }
    lists
}

/// The word lists, parsed once.
pub(super) static WORD_LISTS: LazyLock<FxHashMap<&'static str, Vec<&'static str>>> =
    LazyLock::new(|| parse_lists(NAME_WORDS));

/// One list of `data/name_words.txt` (empty when the file has none of that name).
pub(super) fn list(name: &str) -> &'static [&'static str] {
    WORD_LISTS.get(name).map_or(&[], Vec::as_slice)
}

/// The `nationalities` list.
static NATIONALITIES: LazyLock<&'static [&'static str]> = LazyLock::new(|| list("nationalities"));

/// Endings of nationality adjectives (the `nationality_endings` list).
static NATIONALITY_ENDINGS: LazyLock<&'static [&'static str]> =
    LazyLock::new(|| list("nationality_endings"));

/// Every listed word (ASCII lower-cased) with the bits of the lists that hold it, made
/// once for both tables built from it; a word is copied only when it is not lower-cased
/// already.
static LISTED_BITS: LazyLock<FxHashMap<std::borrow::Cow<'static, str>, u16>> =
    LazyLock::new(|| {
        let mut bits: FxHashMap<std::borrow::Cow<'static, str>, u16> = FxHashMap::default();
        for (name, bit) in LISTS {
            for &w in list(name) {
                let w = if w.bytes().any(|b| b.is_ascii_uppercase()) {
                    std::borrow::Cow::Owned(w.to_ascii_lowercase())
                } else {
                    std::borrow::Cow::Borrowed(w)
                };
                *bits.entry(w).or_default() |= bit;
            }
        }
        bits
    });

/// Every listed word with the bits of the lists that hold it: one look-up instead of a
/// scan of each list.
static LEXICON: LazyLock<WordMap<u16>> =
    LazyLock::new(|| WordMap::new(LISTED_BITS.iter().map(|(w, &b)| (w.as_ref(), b))));

/// The lists that hold `w`, ASCII case ignored (the bits of [`is_one_of`] on each).
pub(super) fn listed(w: &str) -> u16 {
    LEXICON.get(w).copied().unwrap_or(0)
}

/// The listed words of up to three bytes, by [`short_key`], in an open-addressed table
/// of 256 slots (a key and its bits; key 0 for an empty slot): the name reader asks
/// for every short lower-case word ("the", "of", "and") whether it may join a name.
static SHORT: LazyLock<[(u32, u16); 256]> = LazyLock::new(|| {
    let mut table = [(0u32, 0u16); 256];
    for (w, &bits) in LISTED_BITS.iter() {
        let Some(key) = short_key(w) else {
            continue;
        };
        let mut at = short_slot(key);
        // At most 256 words of up to three bytes are listed (fewer than a hundred
        // are): a free slot is found.
        for _ in 0..table.len() {
            match table.get_mut(at) {
                Some(slot) if slot.0 == 0 => {
                    *slot = (key, bits);
                    break;
                }
                _ => at = (at + 1) % 256,
            }
        }
    }
    table
});

/// A word of one to three bytes, ASCII upper case lowered, and its length, packed into
/// one integer (never 0); `None` for other lengths.
fn short_key(w: &str) -> Option<u32> {
    let b = w.as_bytes();
    if b.is_empty() || b.len() > 3 {
        return None;
    }
    let byte = |i: usize| u32::from(b.get(i).map_or(0, u8::to_ascii_lowercase)) << (8 * i);
    Some(byte(0) | byte(1) | byte(2) | (u32::try_from(b.len()).unwrap_or(0) << 24))
}

/// The first slot of a key in [`SHORT`].
fn short_slot(key: u32) -> usize {
    usize::try_from(key.wrapping_mul(0x9E37_79B1) >> 24).unwrap_or(0)
}

/// [`listed`] for a word of up to three bytes (0 for a longer one): one small table.
pub(super) fn listed_short(w: &str) -> u16 {
    let Some(key) = short_key(w) else {
        return 0;
    };
    let table = &*SHORT;
    let mut at = short_slot(key);
    for _ in 0..table.len() {
        match table.get(at) {
            Some(&(k, bits)) if k == key => return bits,
            Some(&(0, _)) | None => return 0,
            _ => at = (at + 1) % 256,
        }
    }
    0
}

/// A word's classes as the name rules test them: `raw` where they test the word as
/// written, `lower` where they test it lower-cased (the two differ only for non-ASCII
/// words, whose lower case may hold an ASCII letter: the Kelvin sign).
/// How many words' classes a thread keeps at most before it starts again (a bound on
/// the memory of the cache below, whatever the vocabulary of an archive).
const CLASS_CACHE: usize = 1 << 14;

thread_local! {
    /// [`Classes::of`] ASCII words by their packed caseless key: the name reader asks it
    /// of every capitalised word, most of them words it has met before.
    static CLASSES: std::cell::RefCell<KeyTable<Classes>> = std::cell::RefCell::default();
}

#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Classes {
    pub(super) raw: u16,
    pub(super) lower: u16,
}

impl Classes {
    pub(super) fn of(w: &str) -> Self {
        if w.is_ascii() {
            // An ASCII word's classes depend on its letters with case ignored (every
            // test of `of_ascii` ignores it): kept by its packed caseless key. A word of
            // up to three bytes ("The", "US") is looked up in the small table instead,
            // for fewer instructions than the cache costs.
            if w.len() <= 3 {
                return Self::of_ascii(w, listed_short(w));
            }
            let Some(key) = caseless_key(w) else {
                return Self::of_ascii(w, listed(w));
            };
            return CLASSES.with(|cache| {
                let mut cache = cache.borrow_mut();
                // Most words were met before: read, before the insertion's bookkeeping.
                if let Some(&classes) = cache.get(key) {
                    return classes;
                }
                if cache.len() >= CLASS_CACHE {
                    cache.clear();
                }
                cache
                    .get_or_insert_with(key, || Self::of_ascii(w, listed(w)))
                    .copied()
                    .unwrap_or_else(|| Self::of_ascii(w, listed(w)))
            });
        }
        let l = w.to_lowercase();
        let mut lower = listed(&l);
        if is_title_noun(&l) {
            lower |= class::TITLE_NOUN;
        }
        if is_nationality(&l) {
            lower |= class::NATIONALITY;
        }
        Self {
            raw: listed(w),
            lower,
        }
    }

    /// [`Classes::of`] an ASCII word whose [`listed`] bits are `raw`.
    pub(super) fn of_ascii(w: &str, raw: u16) -> Self {
        {
            let mut lower = raw;
            let title = if w.ends_with('.') {
                listed(w.trim_end_matches('.'))
            } else {
                raw
            };
            if title & class::TITLE != 0 {
                lower |= class::TITLE_NOUN;
            }
            if is_nationality_ascii(w, raw) {
                lower |= class::NATIONALITY;
            }
            Self { raw, lower }
        }
    }
}

/// Whether a word is a title ("minister", "mr.").
pub(super) fn is_title_noun(w: &str) -> bool {
    listed(w.trim_end_matches('.')) & class::TITLE != 0
}

/// Whether a word reads as a nationality ("Russian", "Ukrainian", "Chinese").
pub(super) fn is_nationality(w: &str) -> bool {
    if !w.is_ascii() {
        return is_nationality_general(w);
    }
    is_nationality_ascii(w, listed(w))
}

/// [`is_nationality`] of an ASCII word whose [`listed`] bits are known: as
/// [`is_nationality_general`], comparing without ASCII case instead of lower-casing.
pub(super) fn is_nationality_ascii(w: &str, listed_bits: u16) -> bool {
    // Every ending tested below ends in one of these.
    let last = w.as_bytes().last().map_or(0, u8::to_ascii_lowercase);
    if !matches!(last, b'n' | b'e' | b'h' | b's') {
        return listed_bits & class::NATIONALITY_LISTED != 0;
    }
    let ends_like_one =
        |w: &str| w.len() > 4 && NATIONALITY_ENDINGS.iter().any(|s| ends_with_ci(w, s));
    listed_bits & class::NATIONALITY_LISTED != 0
        || ends_like_one(w)
        || (ends_with_ci(w, "ans")
            && w.get(..w.len() - 1).is_some_and(|singular| {
                listed(singular) & class::NATIONALITY_LISTED != 0 || ends_like_one(singular)
            }))
}

/// [`is_nationality`] for any word.
pub(super) fn is_nationality_general(w: &str) -> bool {
    let lower = w.to_lowercase();
    let singular = lower.strip_suffix("ans").map(|stem| format!("{stem}an"));
    [Some(lower), singular].into_iter().flatten().any(|w| {
        is_one_of(&w, &NATIONALITIES)
            || (w.chars().count() > 4 && NATIONALITY_ENDINGS.iter().any(|s| w.ends_with(s)))
    })
}

/// Whether `w` ends with `suffix`, ignoring ASCII case.
pub(super) fn ends_with_ci(w: &str, suffix: &str) -> bool {
    w.len()
        .checked_sub(suffix.len())
        .and_then(|at| w.as_bytes().get(at..))
        .is_some_and(|end| end.eq_ignore_ascii_case(suffix.as_bytes()))
}

/// Whether a word is an acronym: two or more letters, all capitals ("NATO", "U.S.").
pub(super) fn is_acronym(w: &str) -> bool {
    if w.is_ascii() {
        let b = w.as_bytes();
        // A lower-case letter first: it turns most words away at their second byte.
        return !b.iter().any(u8::is_ascii_lowercase)
            && b.iter().filter(|c| c.is_ascii_alphabetic()).count() >= 2;
    }
    let letters = w.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 2 && !w.chars().any(char::is_lowercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The short words' table answers as the whole lexicon does, for every listed word
    /// of up to three bytes in three casings and for words it does not hold.
    #[test]
    fn short_words_are_listed_as_in_the_lexicon() {
        let mut words: Vec<String> = LISTED_BITS
            .keys()
            .filter(|w| w.len() <= 3)
            .map(|w| w.to_string())
            .collect();
        let cased: Vec<String> = words
            .iter()
            .flat_map(|w| {
                let mut title = w.clone();
                if let Some(first) = title.get_mut(..1) {
                    first.make_ascii_uppercase();
                }
                [w.to_ascii_uppercase(), title]
            })
            .collect();
        words.extend(cased);
        words.extend(["xyz", "q", "é", "aé", "th", "thee", "ofx", ""].map(String::from));
        for w in &words {
            let expected = if w.len() <= 3 { listed(w) } else { 0 };
            assert_eq!(listed_short(w), expected, "{w:?}");
        }
    }
}
