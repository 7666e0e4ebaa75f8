//! The word lists the figure extractor reads with: `data/quantity_words.txt` (its
//! header gives the format), `data/figure-stops.txt` and `data/currencies.txt`, read
//! once. All words are lower-case and compared without case.

use std::sync::LazyLock;

use crate::extract::Hedge;
use crate::text::{WordMap, WordSet, list_entry, list_lines};

/// The figure reader's word lists, as written.
const QUANTITY_WORDS: &str = include_str!("../../../data/quantity_words.txt");

/// A phrase of a list: its words.
type Phrase = Box<[&'static str]>;

/// The lists of `data/quantity_words.txt`, each by the name of its `[list]`.
#[derive(Debug, Default)]
pub struct Lists {
    /// `[hedges]`: hedges read before a figure; the longest match wins (see
    /// [`HEDGES_LONGEST_FIRST`]).
    hedges: Vec<(Phrase, Hedge)>,
    /// `[suffix-hedges]`: hedges read right after a figure ("or so", "or more").
    pub suffix_hedges: Vec<(Phrase, Hedge)>,
    /// `[scales]`: scale words after a figure and their powers of ten.
    scales: Vec<(&'static str, i32)>,
    /// `[raising-verbs]`: verbs before "up to" a figure where the count now stands.
    pub raising_verbs: Vec<&'static str>,
    /// `[crossing-verbs]`: verbs of crossing a threshold right before a figure.
    pub crossing_verbs: Vec<&'static str>,
    /// `[change-verbs]`: verbs of change before "by" and a fraction.
    pub change_verbs: Vec<&'static str>,
    /// `[after-change]`: words after a fraction of change that leave it one.
    pub after_change: Vec<&'static str>,
    /// `[hundredths]`: units a hundredth of a currency's.
    pub hundredths: Vec<&'static str>,
    /// `[vague]`: vague amounts, their least value and the value they stay below.
    vague: Vec<(Phrase, f64, f64)>,
    /// `[time-words]`: words after a number that make it a time of day.
    time_words: Vec<&'static str>,
    /// `[labels]`: words before a number that make it a label.
    labels: Vec<&'static str>,
    /// `[not-heads]`: words in the noun phrase after a figure that never head it.
    not_heads: Vec<&'static str>,
    /// `[glued-scales]`: scale suffixes glued to digits.
    glued_scales: Vec<(&'static str, i32)>,
    /// `[glued-units]`: unit suffixes glued to digits, and their lemmas.
    glued_units: Vec<(&'static str, &'static str)>,
    /// `[hyphen-units]`: nouns glued to a figure by a hyphen, and their lemmas.
    hyphen_units: Vec<(&'static str, &'static str)>,
    /// `[units-before-hyphen]`: units glued before a figure by a hyphen, and their lemmas.
    units_before_hyphen: Vec<(&'static str, &'static str)>,
    /// `[dimension-suffixes]`: dimensions glued after a unit ("-long").
    pub dimension_suffixes: Vec<&'static str>,
    /// `[unit-words]`: words that are units on their own, and their lemmas.
    unit_words: Vec<(&'static str, &'static str)>,
    /// `[small-numbers]`: small number words and their values.
    small_numbers: Vec<(&'static str, u32)>,
    /// `[denominators]`: fraction denominators and their values.
    denominators: Vec<(&'static str, u64)>,
    /// `[not-before-one]`: words before a spelled "one" that make it no count.
    not_before_one: Vec<&'static str>,
    /// `[one-idioms]`: nouns after a spelled "one" that make an idiom.
    one_idioms: Vec<&'static str>,
    /// `[count-words]`: words right after a figure that say what it counts.
    count_words: Vec<&'static str>,
    /// `[count-skip-after]`: words skipped between a figure and a counting word.
    count_skip_after: Vec<&'static str>,
    /// `[count-skip-before]`: words skipped between a counting word and its figure.
    count_skip_before: Vec<&'static str>,
    /// `[not-counting]`: generic nouns that do not say what a figure counts.
    not_counting: Vec<&'static str>,
    /// Lines that could not be read (a test keeps this at zero).
    bad_lines: Vec<&'static str>,
}

/// The lists, read once.
pub static LISTS: LazyLock<Lists> = LazyLock::new(|| read_lists(QUANTITY_WORDS));

/// A hedge by the name it is shown with ("more-than", "at-least").
fn hedge_named(name: &str) -> Option<Hedge> {
    [
        Hedge::MoreThan,
        Hedge::AtLeast,
        Hedge::About,
        Hedge::Nearly,
        Hedge::AtMost,
        Hedge::LessThan,
    ]
    .into_iter()
    .find(|h| h.to_string() == name)
}

/// Pushes `(word, value)` onto a list of pairs when the value reads; whether it did.
fn push_parsed<V: std::str::FromStr>(
    to: &mut Vec<(&'static str, V)>,
    word: &'static str,
    value: &'static str,
) -> bool {
    value.parse().map(|v| to.push((word, v))).is_ok()
}

/// The lists of a file in the format of `data/quantity_words.txt`.
fn read_lists(data: &'static str) -> Lists {
    let mut lists = Lists::default();
    for (list, line) in list_lines(data) {
        let mut cols = line.split('\t').map(list_entry);
        let (a, b, c) = (cols.next().unwrap_or(""), cols.next(), cols.next());
        let phrase = || -> Phrase { a.split_whitespace().collect() };
        let read = match (list, b, c) {
            ("hedges" | "suffix-hedges", Some(b), None) => hedge_named(b).is_some_and(|h| {
                let to = if list == "hedges" {
                    &mut lists.hedges
                } else {
                    &mut lists.suffix_hedges
                };
                to.push((phrase(), h));
                true
            }),
            ("vague", Some(b), Some(c)) => match (b.parse::<f64>(), c.parse::<f64>()) {
                (Ok(min), Ok(max)) => {
                    lists.vague.push((phrase(), min, max));
                    true
                }
                _ => false,
            },
            ("scales", Some(b), None) => push_parsed(&mut lists.scales, a, b),
            ("glued-scales", Some(b), None) => push_parsed(&mut lists.glued_scales, a, b),
            ("small-numbers", Some(b), None) => push_parsed(&mut lists.small_numbers, a, b),
            ("denominators", Some(b), None) => push_parsed(&mut lists.denominators, a, b),
            (
                "glued-units" | "hyphen-units" | "units-before-hyphen" | "unit-words",
                Some(b),
                None,
            ) => {
                let to = match list {
                    "glued-units" => &mut lists.glued_units,
                    "hyphen-units" => &mut lists.hyphen_units,
                    "units-before-hyphen" => &mut lists.units_before_hyphen,
                    _ => &mut lists.unit_words,
                };
                to.push((a, b));
                true
            }
            (_, None, None) => {
                let to = match list {
                    "raising-verbs" => Some(&mut lists.raising_verbs),
                    "crossing-verbs" => Some(&mut lists.crossing_verbs),
                    "change-verbs" => Some(&mut lists.change_verbs),
                    "after-change" => Some(&mut lists.after_change),
                    "hundredths" => Some(&mut lists.hundredths),
                    "time-words" => Some(&mut lists.time_words),
                    "labels" => Some(&mut lists.labels),
                    "not-heads" => Some(&mut lists.not_heads),
                    "dimension-suffixes" => Some(&mut lists.dimension_suffixes),
                    "not-before-one" => Some(&mut lists.not_before_one),
                    "one-idioms" => Some(&mut lists.one_idioms),
                    "count-words" => Some(&mut lists.count_words),
                    "count-skip-after" => Some(&mut lists.count_skip_after),
                    "count-skip-before" => Some(&mut lists.count_skip_before),
                    "not-counting" => Some(&mut lists.not_counting),
                    _ => None,
                };
                to.map(|to| to.push(a)).is_some()
            }
            _ => false,
        };
        if !read || a.is_empty() {
            lists.bad_lines.push(line);
        }
    }
    lists
}

/// The hedges before a figure (`[hedges]`) sorted longest first, built once.
pub static HEDGES_LONGEST_FIRST: LazyLock<Vec<HedgePhrase>> = LazyLock::new(|| {
    let mut v: Vec<HedgePhrase> = LISTS.hedges.iter().map(|(p, h)| (&**p, *h)).collect();
    v.sort_by_key(|(p, _)| std::cmp::Reverse(p.len()));
    v
});

/// A hedge phrase and what it means.
pub type HedgePhrase = (&'static [&'static str], Hedge);

/// A vague amount: its words, inclusive minimum and exclusive maximum.
pub type VagueAmount = (&'static [&'static str], f64, f64);

/// The word lists as sets and maps, built once: every look-up is one hash of the word
/// lower-cased on the stack, with the answers of a linear search of the list.
pub struct Lexicon {
    /// [`HEDGES_LONGEST_FIRST`] by their last word, longest first.
    pub hedges_by_last: WordMap<Vec<HedgePhrase>>,
    /// The vague amounts (`[vague]`) by their first word, in list order.
    pub vague_by_first: WordMap<Vec<VagueAmount>>,
    /// The words a figure or vague amount can start with, besides digits.
    pub starters: WordSet,
    /// The shapes of [`Lexicon::starters`]: for the first two bytes, lower-cased (see
    /// [`shape`]), a bit per length (31 for 31 and more).
    starter_shapes: [u32; 1024],
    /// `[time-words]`.
    pub time_words: WordSet,
    /// `[labels]`.
    pub labels: WordSet,
    /// [`STOPS`].
    pub stops: WordSet,
    /// `[not-heads]`.
    pub not_heads: WordSet,
    /// `[not-before-one]`.
    pub not_before_one: WordSet,
    /// `[one-idioms]`.
    pub one_idioms: WordSet,
    /// `[count-words]`.
    pub count_words: WordSet,
    /// `[count-skip-after]`.
    pub count_skip_after: WordSet,
    /// `[count-skip-before]`.
    pub count_skip_before: WordSet,
    /// `[not-counting]`.
    pub not_counting: WordSet,
    /// `[scales]`.
    pub scales: WordMap<i32>,
    /// `[small-numbers]`.
    pub small_numbers: WordMap<u32>,
    /// `[denominators]`.
    pub denominators: WordMap<u64>,
    /// `[glued-scales]`.
    pub glued_scales: WordMap<i32>,
    /// `[glued-units]`.
    pub glued_units: WordMap<&'static str>,
    /// `[hyphen-units]`.
    pub hyphen_units: WordMap<&'static str>,
    /// `[units-before-hyphen]`.
    pub units_before_hyphen: WordMap<&'static str>,
    /// `[unit-words]`.
    pub unit_words: WordMap<&'static str>,
}

/// The shape of a word: its first two bytes, lower-cased and cut to five bits each.
/// Words equal with ASCII case ignored have one shape.
fn shape(word: &[u8]) -> usize {
    let bits = |k: usize| usize::from(word.get(k).map_or(0, |b| b.to_ascii_lowercase() & 31));
    (bits(0) << 5) | bits(1)
}

impl Lexicon {
    /// Whether a word may start a figure: it starts with a digit, or the part before a
    /// hyphen has the shape and length of a starter word. A quick test on the raw
    /// bytes, no look-up: `false` rules a word out, `true` leaves the full test to do.
    /// `hyphenated`: whether the word holds a hyphen (the text model's
    /// [`crate::text::Shape`] says, so that most words are not searched for one).
    pub fn may_start_figure(&self, word: &[u8], hyphenated: bool) -> bool {
        let Some(first) = word.first() else {
            return false;
        };
        if first.is_ascii_digit() || !first.is_ascii() {
            // Digits, or a character of another script: digits of other scripts and
            // "½" are told apart in the full test.
            return true;
        }
        if first.is_ascii_uppercase() && (word.len() <= 3 || word.iter().any(u8::is_ascii_digit)) {
            // A currency code or prefix, maybe glued to digits: "USD", "Rs", "RM42".
            return true;
        }
        let head = if hyphenated {
            word.iter()
                .position(|&b| b == b'-')
                .and_then(|k| word.get(..k))
                .unwrap_or(word)
        } else {
            word
        };
        self.starter_shapes
            .get(shape(head))
            .is_some_and(|lengths| lengths & (1 << head.len().min(31)) != 0)
    }
}

/// The lexicon, built once.
pub static LEXICON: LazyLock<Lexicon> = LazyLock::new(|| {
    let mut hedges_by_last: Vec<(&str, Vec<HedgePhrase>)> = Vec::new();
    for &(phrase, hedge) in HEDGES_LONGEST_FIRST.iter() {
        let Some(&last) = phrase.last() else {
            continue;
        };
        match hedges_by_last.iter_mut().find(|(w, _)| *w == last) {
            Some((_, v)) => v.push((phrase, hedge)),
            None => hedges_by_last.push((last, vec![(phrase, hedge)])),
        }
    }
    let mut vague_by_first: Vec<(&str, Vec<VagueAmount>)> = Vec::new();
    for (phrase, min, max) in LISTS.vague.iter().map(|(p, min, max)| (&**p, *min, *max)) {
        let Some(&first) = phrase.first() else {
            continue;
        };
        match vague_by_first.iter_mut().find(|(w, _)| *w == first) {
            Some((_, v)) => v.push((phrase, min, max)),
            None => vague_by_first.push((first, vec![(phrase, min, max)])),
        }
    }
    let starters = LISTS
        .small_numbers
        .iter()
        .map(|&(w, _)| w)
        .chain(
            LISTS
                .vague
                .iter()
                .filter_map(|(p, _, _)| p.first().copied()),
        )
        .chain(["minus", "negative"])
        .chain(["a", "an", "half", "quarter"])
        .chain(LISTS.units_before_hyphen.iter().map(|&(w, _)| w));
    let mut starter_shapes = [0u32; 1024];
    let starters = WordMap::new(starters.map(|w| {
        if let Some(slot) = starter_shapes.get_mut(shape(w.as_bytes())) {
            *slot |= 1 << w.len().min(31);
        }
        (w, ())
    }));
    Lexicon {
        hedges_by_last: WordMap::new(hedges_by_last),
        vague_by_first: WordMap::new(vague_by_first),
        starters,
        starter_shapes,
        time_words: WordSet::of(&LISTS.time_words),
        labels: WordSet::of(&LISTS.labels),
        stops: WordSet::of(&STOPS),
        not_heads: WordSet::of(&LISTS.not_heads),
        not_before_one: WordSet::of(&LISTS.not_before_one),
        one_idioms: WordSet::of(&LISTS.one_idioms),
        count_words: WordSet::of(&LISTS.count_words),
        count_skip_after: WordSet::of(&LISTS.count_skip_after),
        count_skip_before: WordSet::of(&LISTS.count_skip_before),
        not_counting: WordSet::of(&LISTS.not_counting),
        scales: WordMap::new(LISTS.scales.iter().copied()),
        small_numbers: WordMap::new(LISTS.small_numbers.iter().copied()),
        denominators: WordMap::new(LISTS.denominators.iter().copied()),
        glued_scales: WordMap::new(LISTS.glued_scales.iter().copied()),
        glued_units: WordMap::new(LISTS.glued_units.iter().copied()),
        hyphen_units: WordMap::new(LISTS.hyphen_units.iter().copied()),
        units_before_hyphen: WordMap::new(LISTS.units_before_hyphen.iter().copied()),
        unit_words: WordMap::new(LISTS.unit_words.iter().copied()),
    }
});

/// Words that end the noun phrase after a figure: function words, common verb forms
/// and adverbs, from `data/figure-stops.txt`.
pub static STOPS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    include_str!("../../../data/figure-stops.txt")
        .lines()
        .filter(|l| !l.trim_start().starts_with('#'))
        .flat_map(str::split_whitespace)
        .collect()
});

/// Currency prefixes of letters only ("RM", "Rs", "usd") by their exact spelling. The
/// figure reader asks about nearly every word after a figure: a word whose first byte and
/// length no prefix has is turned away before it is hashed.
pub struct LetterPrefixes {
    /// By first byte: a bit for each length (up to 31 bytes; bit 0 for any longer) of a
    /// prefix with that first byte.
    lengths: [u32; 256],
    map: rustc_hash::FxHashMap<&'static str, &'static str>,
}

impl LetterPrefixes {
    fn new(prefixes: impl IntoIterator<Item = (&'static str, &'static str)>) -> Self {
        let mut lengths = [0u32; 256];
        let mut map = rustc_hash::FxHashMap::default();
        for (prefix, lemma) in prefixes {
            if let Some(slot) = prefix
                .as_bytes()
                .first()
                .and_then(|&b| lengths.get_mut(usize::from(b)))
            {
                *slot |= Self::length_bit(prefix.len());
            }
            // As a map collected from the list: a prefix listed twice has its last lemma.
            map.insert(prefix, lemma);
        }
        Self { lengths, map }
    }

    /// The bit of a length in [`LetterPrefixes::lengths`].
    fn length_bit(len: usize) -> u32 {
        if len < 32 { 1 << len } else { 1 }
    }

    /// The lemma of a prefix spelled exactly `word`.
    pub fn get(&self, word: &str) -> Option<&&'static str> {
        if let Some(&first) = word.as_bytes().first() {
            let lengths = self.lengths.get(usize::from(first)).copied().unwrap_or(0);
            if lengths & Self::length_bit(word.len()) == 0 {
                return None;
            }
        }
        self.map.get(word)
    }

    /// Whether `word` is a prefix, spelled exactly.
    pub fn contains_key(&self, word: &str) -> bool {
        self.get(word).is_some()
    }
}

/// The currencies of `data/currencies.txt` (its header gives the format).
pub struct Currencies {
    /// Codes read before or after a figure in capitals, not glued ("USD 3.14").
    pub codes: WordMap<&'static str>,
    /// Every code, read glued to its digits ("USD3.14", "TRY500").
    pub glued_codes: WordMap<&'static str>,
    /// One-character symbols ("$", "€", "₦").
    pub symbols: Vec<(char, &'static str)>,
    /// Longer symbols and letter prefixes, matched with their case ("RM", "Rs", "HK$").
    pub prefixes: Vec<(&'static str, &'static str)>,
    /// The prefixes of letters only, by their exact spelling, for one look-up a word.
    pub letter_prefixes: LetterPrefixes,
    /// The currencies' names (the unit column, singular and with `s`) and the words for
    /// their hundredths (`[hundredths]`), case ignored: "Euro", "Dinar", "pence".
    pub names: WordSet,
    /// The code of each mark a figure may carry, as written: a code ("USD"), a symbol
    /// ("$", "£"), a prefix ("A$", "Rs"); the first line that lists a mark owns it.
    pub mark_codes: rustc_hash::FxHashMap<&'static str, &'static str>,
    /// The code a currency's name stands for when written out ("dollars", "rupee"): the
    /// first currency of that name with a one-character symbol, else the first of
    /// that name ("dollar" → USD, "pound" → GBP).
    pub name_codes: rustc_hash::FxHashMap<&'static str, &'static str>,
    /// Lines of the file that could not be read (a test keeps this at zero).
    #[cfg_attr(not(test), expect(dead_code, reason = "read by the data file's test"))]
    pub bad_lines: Vec<&'static str>,
}

/// The currencies, read once.
pub static CURRENCIES: LazyLock<Currencies> = LazyLock::new(|| {
    let mut codes = Vec::new();
    let mut glued = Vec::new();
    let mut symbols = Vec::new();
    let mut prefixes = Vec::new();
    let mut bad_lines = Vec::new();
    let mut mark_codes = rustc_hash::FxHashMap::default();
    let mut name_codes: rustc_hash::FxHashMap<&'static str, (&'static str, bool)> =
        rustc_hash::FxHashMap::default();
    for line in include_str!("../../../data/currencies.txt").lines() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let mut cols = line.split('|').map(str::trim);
        let (Some(code), Some(unit), Some(marks)) = (cols.next(), cols.next(), cols.next()) else {
            bad_lines.push(line);
            continue;
        };
        let (code, ambiguous) = match code.strip_suffix('*') {
            Some(c) => (c, true),
            None => (code, false),
        };
        if code.len() != 3 || !code.bytes().all(|b| b.is_ascii_uppercase()) || unit.is_empty() {
            bad_lines.push(line);
            continue;
        }
        glued.push((code, unit));
        mark_codes.entry(code).or_insert(code);
        let symbol = marks.split_whitespace().any(|m| m.chars().count() == 1);
        match name_codes.get(unit) {
            Some(&(_, true)) => {}
            Some(&(_, false)) if !symbol => {}
            _ => {
                name_codes.insert(unit, (code, symbol));
            }
        }
        if !ambiguous {
            codes.push((code, unit));
        }
        for mark in marks.split_whitespace() {
            mark_codes.entry(mark).or_insert(code);
            let mut chars = mark.chars();
            match (chars.next(), chars.next()) {
                (Some(c), None) => symbols.push((c, unit)),
                _ => prefixes.push((mark, unit)),
            }
        }
    }
    // Longer prefixes first: "HK$" before "$".
    prefixes.sort_by_key(|(p, _)| std::cmp::Reverse(p.len()));
    let letter_prefixes = LetterPrefixes::new(
        prefixes
            .iter()
            .filter(|(p, _)| p.chars().all(char::is_alphabetic))
            .copied(),
    );
    let mut names: Vec<String> = Vec::new();
    for &(_, unit) in &glued {
        names.push(unit.to_string());
        names.push(format!("{unit}s"));
    }
    names.extend(LISTS.hundredths.iter().map(|w| (*w).to_string()));
    names.push("pennies".to_string());
    Currencies {
        names: WordSet::of(&names.iter().map(String::as_str).collect::<Vec<_>>()),
        letter_prefixes,
        mark_codes,
        name_codes: name_codes.into_iter().map(|(n, (c, _))| (n, c)).collect(),
        codes: WordMap::new(codes),
        glued_codes: WordMap::new(glued),
        symbols,
        prefixes,
        bad_lines,
    }
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_line_of_the_word_lists_reads() {
        let lists = &*LISTS;
        assert!(lists.bad_lines.is_empty(), "{:?}", lists.bad_lines);
        for (name, len) in [
            ("hedges", lists.hedges.len()),
            ("suffix-hedges", lists.suffix_hedges.len()),
            ("vague", lists.vague.len()),
            ("labels", lists.labels.len()),
            ("denominators", lists.denominators.len()),
            ("hyphen-units", lists.hyphen_units.len()),
            ("units-before-hyphen", lists.units_before_hyphen.len()),
            ("not-counting", lists.not_counting.len()),
        ] {
            assert!(len > 0, "[{name}] is empty");
        }
        assert!(
            lists
                .hedges
                .iter()
                .any(|(p, h)| **p == ["more", "than"] && *h == Hedge::MoreThan)
        );
        assert!(
            lists
                .vague
                .iter()
                .any(|(p, min, max)| **p == ["tens", "of", "thousands"]
                    && *min == 2e4
                    && *max == 1e5)
        );
        assert!(
            lists
                .denominators
                .contains(&("trillionth", 1_000_000_000_000))
        );
        assert!(
            lists.labels.contains(&"article") && lists.hyphen_units.contains(&("km", "kilometre"))
        );
    }

    #[test]
    fn a_line_it_cannot_read_is_reported() {
        let lists = read_lists(
            "[hedges]\nmore than\tlots\n[scales]\nhundred\ttwo\n[labels]\na\tb\n[nothing]\nx\n",
        );
        assert_eq!(
            lists.bad_lines,
            ["more than\tlots", "hundred\ttwo", "a\tb", "x"]
        );
    }
}
