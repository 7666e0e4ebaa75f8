//! The word lists the figure extractor reads with. All words are lower-case ASCII and
//! compared without case.

use std::sync::LazyLock;

use crate::extract::Hedge;
use crate::text::{WordMap, WordSet};

/// Hedges read before a figure, as word sequences; the longest match wins (see
/// [`HEDGES_LONGEST_FIRST`]).
const HEDGES: &[(&[&str], Hedge)] = &[
    (&["greater", "than", "or", "equal", "to"], Hedge::AtLeast),
    (&["more", "than", "or", "equal", "to"], Hedge::AtLeast),
    (&["less", "than", "or", "equal", "to"], Hedge::AtMost),
    (&["fewer", "than", "or", "equal", "to"], Hedge::AtMost),
    (&["equal", "to", "or", "greater", "than"], Hedge::AtLeast),
    (&["equal", "to", "or", "more", "than"], Hedge::AtLeast),
    (&["equal", "to", "or", "less", "than"], Hedge::AtMost),
    // "bigger or equal than", "at least or equal to": learners' English, read as meant.
    (&["greater", "or", "equal", "than"], Hedge::AtLeast),
    (&["greater", "or", "equal", "to"], Hedge::AtLeast),
    (&["bigger", "or", "equal", "than"], Hedge::AtLeast),
    (&["bigger", "or", "equal", "to"], Hedge::AtLeast),
    (&["larger", "or", "equal", "than"], Hedge::AtLeast),
    (&["larger", "or", "equal", "to"], Hedge::AtLeast),
    (&["higher", "or", "equal", "than"], Hedge::AtLeast),
    (&["higher", "or", "equal", "to"], Hedge::AtLeast),
    (&["more", "or", "equal", "than"], Hedge::AtLeast),
    (&["more", "or", "equal", "to"], Hedge::AtLeast),
    (&["at", "least", "or", "equal", "to"], Hedge::AtLeast),
    (&["less", "or", "equal", "than"], Hedge::AtMost),
    (&["less", "or", "equal", "to"], Hedge::AtMost),
    (&["fewer", "or", "equal", "than"], Hedge::AtMost),
    (&["smaller", "or", "equal", "than"], Hedge::AtMost),
    (&["smaller", "or", "equal", "to"], Hedge::AtMost),
    (&["lower", "or", "equal", "than"], Hedge::AtMost),
    (&["lower", "or", "equal", "to"], Hedge::AtMost),
    (&["at", "most", "or", "equal", "to"], Hedge::AtMost),
    (&["greater", "than"], Hedge::MoreThan),
    (&["higher", "than"], Hedge::MoreThan),
    (&["lower", "than"], Hedge::LessThan),
    (&["larger", "than"], Hedge::MoreThan),
    (&["bigger", "than"], Hedge::MoreThan),
    (&["smaller", "than"], Hedge::LessThan),
    (&["no", "more", "than"], Hedge::AtMost),
    (&["not", "more", "than"], Hedge::AtMost),
    (&["no", "fewer", "than"], Hedge::AtLeast),
    (&["no", "less", "than"], Hedge::AtLeast),
    (&["not", "less", "than"], Hedge::AtLeast),
    (&["in", "excess", "of"], Hedge::MoreThan),
    (&["as", "many", "as"], Hedge::AtMost),
    (&["as", "much", "as"], Hedge::AtMost),
    (&["a", "maximum", "of"], Hedge::AtMost),
    (&["a", "minimum", "of"], Hedge::AtLeast),
    (&["just", "more", "than"], Hedge::MoreThan),
    (&["slightly", "more", "than"], Hedge::MoreThan),
    (&["a", "little", "more", "than"], Hedge::MoreThan),
    (&["a", "little", "over"], Hedge::MoreThan),
    (&["well", "over"], Hedge::MoreThan),
    (&["well", "above"], Hedge::MoreThan),
    (&["just", "over"], Hedge::MoreThan),
    (&["slightly", "over"], Hedge::MoreThan),
    (&["just", "above"], Hedge::MoreThan),
    (&["more", "than"], Hedge::MoreThan),
    (&["upwards", "of"], Hedge::MoreThan),
    (&["upward", "of"], Hedge::MoreThan),
    (&["at", "least"], Hedge::AtLeast),
    (&["at", "most"], Hedge::AtMost),
    (&["an", "estimated"], Hedge::About),
    (&["the", "estimated"], Hedge::About),
    (&["up", "to"], Hedge::AtMost),
    (&["just", "under"], Hedge::LessThan),
    (&["just", "below"], Hedge::LessThan),
    (&["slightly", "under"], Hedge::LessThan),
    (&["a", "little", "under"], Hedge::LessThan),
    (&["slightly", "fewer", "than"], Hedge::LessThan),
    (&["slightly", "less", "than"], Hedge::LessThan),
    (&["just", "shy", "of"], Hedge::Nearly),
    (&["just", "short", "of"], Hedge::Nearly),
    (&["close", "to"], Hedge::Nearly),
    (&["fewer", "than"], Hedge::LessThan),
    (&["less", "than"], Hedge::LessThan),
    (&["over"], Hedge::MoreThan),
    (&["above"], Hedge::MoreThan),
    (&["about"], Hedge::About),
    (&["around"], Hedge::About),
    (&["some"], Hedge::About),
    (&["roughly"], Hedge::About),
    (&["approximately"], Hedge::About),
    (&["approx"], Hedge::About),
    (&["circa"], Hedge::About),
    (&["estimated"], Hedge::About),
    (&["nearly"], Hedge::Nearly),
    (&["almost"], Hedge::Nearly),
    (&["under"], Hedge::LessThan),
    (&["below"], Hedge::LessThan),
];

/// [`HEDGES`] sorted longest first, built once.
pub static HEDGES_LONGEST_FIRST: LazyLock<Vec<(&'static [&'static str], Hedge)>> =
    LazyLock::new(|| {
        let mut v = HEDGES.to_vec();
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
    /// [`VAGUE`] by their first word, in list order.
    pub vague_by_first: WordMap<Vec<VagueAmount>>,
    /// The words a figure or vague amount can start with, besides digits.
    pub starters: WordSet,
    /// The shapes of [`Lexicon::starters`]: for the first two bytes, lower-cased (see
    /// [`shape`]), a bit per length (31 for 31 and more).
    starter_shapes: [u32; 1024],
    /// [`TIME_WORDS`].
    pub time_words: WordSet,
    /// [`LABELS`].
    pub labels: WordSet,
    /// [`STOPS`].
    pub stops: WordSet,
    /// [`NOT_HEADS`].
    pub not_heads: WordSet,
    /// [`NOT_BEFORE_ONE`].
    pub not_before_one: WordSet,
    /// [`ONE_IDIOMS`].
    pub one_idioms: WordSet,
    /// [`COUNT_WORDS`].
    pub count_words: WordSet,
    /// [`COUNT_SKIP_AFTER`].
    pub count_skip_after: WordSet,
    /// [`COUNT_SKIP_BEFORE`].
    pub count_skip_before: WordSet,
    /// [`NOT_COUNTING`].
    pub not_counting: WordSet,
    /// [`SCALES`].
    pub scales: WordMap<i32>,
    /// [`SMALL_NUMBERS`].
    pub small_numbers: WordMap<u32>,
    /// [`DENOMINATORS`].
    pub denominators: WordMap<u64>,
    /// [`GLUED_SCALES`].
    pub glued_scales: WordMap<i32>,
    /// [`GLUED_UNITS`].
    pub glued_units: WordMap<&'static str>,
    /// [`HYPHEN_UNITS`].
    pub hyphen_units: WordMap<&'static str>,
    /// [`UNIT_WORDS`].
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
    for &(phrase, min, max) in VAGUE {
        let Some(&first) = phrase.first() else {
            continue;
        };
        match vague_by_first.iter_mut().find(|(w, _)| *w == first) {
            Some((_, v)) => v.push((phrase, min, max)),
            None => vague_by_first.push((first, vec![(phrase, min, max)])),
        }
    }
    let starters = SMALL_NUMBERS
        .iter()
        .map(|&(w, _)| w)
        .chain(VAGUE.iter().filter_map(|(p, _, _)| p.first().copied()))
        .chain(["minus", "negative"])
        .chain(["a", "an", "half", "quarter"]);
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
        time_words: WordSet::of(TIME_WORDS),
        labels: WordSet::of(LABELS),
        stops: WordSet::of(&STOPS),
        not_heads: WordSet::of(NOT_HEADS),
        not_before_one: WordSet::of(NOT_BEFORE_ONE),
        one_idioms: WordSet::of(ONE_IDIOMS),
        count_words: WordSet::of(COUNT_WORDS),
        count_skip_after: WordSet::of(COUNT_SKIP_AFTER),
        count_skip_before: WordSet::of(COUNT_SKIP_BEFORE),
        not_counting: WordSet::of(NOT_COUNTING),
        scales: WordMap::new(SCALES.iter().copied()),
        small_numbers: WordMap::new(SMALL_NUMBERS.iter().copied()),
        denominators: WordMap::new(DENOMINATORS.iter().copied()),
        glued_scales: WordMap::new(GLUED_SCALES.iter().copied()),
        glued_units: WordMap::new(GLUED_UNITS.iter().copied()),
        hyphen_units: WordMap::new(HYPHEN_UNITS.iter().copied()),
        unit_words: WordMap::new(UNIT_WORDS.iter().copied()),
    }
});

/// Hedges read right after a figure ("14,000 or so", "100 or more").
pub const SUFFIX_HEDGES: &[(&[&str], Hedge)] = &[
    (&["or", "so"], Hedge::About),
    (&["or", "thereabouts"], Hedge::About),
    (&["more", "or", "less"], Hedge::About),
    (&["or", "more"], Hedge::AtLeast),
    (&["and", "more"], Hedge::AtLeast),
    (&["or", "greater"], Hedge::AtLeast),
    (&["or", "higher"], Hedge::AtLeast),
    (&["or", "above"], Hedge::AtLeast),
    (&["and", "above"], Hedge::AtLeast),
    (&["and", "higher"], Hedge::AtLeast),
    (&["or", "over"], Hedge::AtLeast),
    (&["and", "over"], Hedge::AtLeast),
    (&["or", "older"], Hedge::AtLeast),
    (&["and", "older"], Hedge::AtLeast),
    (&["or", "below"], Hedge::AtMost),
    (&["and", "below"], Hedge::AtMost),
    (&["or", "under"], Hedge::AtMost),
    (&["and", "under"], Hedge::AtMost),
    (&["or", "younger"], Hedge::AtMost),
    (&["plus"], Hedge::AtLeast),
    (&["or", "fewer"], Hedge::AtMost),
    (&["or", "less"], Hedge::AtMost),
];

/// Scale words after a figure and their powers of ten.
pub const SCALES: &[(&str, i32)] = &[
    ("hundred", 2),
    ("thousand", 3),
    ("million", 6),
    ("billion", 9),
    ("trillion", 12),
    // A plural after a number multiplies as the singular does ("three billions", "300
    // crores", "12 lakhs"); alone, "thousands", "millions" are vague amounts.
    ("thousands", 3),
    ("millions", 6),
    ("billions", 9),
    ("trillions", 12),
    ("lakh", 5),
    ("lakhs", 5),
    ("crore", 7),
    ("crores", 7),
    // As Indian news writes them: "Rs 5 lac", "Rs 500 cr".
    ("lac", 5),
    ("lacs", 5),
    ("cr", 7),
    // As wire copy abbreviates them after the digits: "10 bln", "5 trln".
    ("bln", 9),
    ("mln", 6),
    ("trln", 12),
    ("tln", 12),
];

/// Verbs that take an object and "up to" a figure ("bringing the toll up to 9",
/// "pushed the total up to 40"): the figure is where the count now stands.
pub const RAISING_VERBS: &[&str] = &[
    "bring", "brings", "brought", "bringing", "push", "pushes", "pushed", "pushing", "take",
    "takes", "took", "taken", "taking", "drive", "drives", "drove", "driven", "driving", "revise",
    "revises", "revised", "revising", "raise", "raises", "raised", "raising",
];

/// Verbs of crossing a threshold, right before a figure: "passed 1 million",
/// "surpassed 5,000", "fell below 2%" (the last through the hedge "below"). Above the
/// figure.
pub const CROSSING_VERBS: &[&str] = &[
    "passed",
    "passes",
    "surpassed",
    "surpasses",
    "surpassing",
    "crossed",
    "crosses",
    "topped",
    "tops",
    "topping",
    "exceeded",
    "exceeds",
    "exceeding",
    "outnumbered",
    "eclipsed",
];

/// Verbs of change before "by" and a fraction ("rose by a third", "cut by half").
pub const CHANGE_VERBS: &[&str] = &[
    "rose",
    "risen",
    "rise",
    "rises",
    "fell",
    "fallen",
    "fall",
    "falls",
    "grew",
    "grown",
    "grow",
    "grows",
    "dropped",
    "drop",
    "drops",
    "increased",
    "increase",
    "increases",
    "decreased",
    "decrease",
    "decreases",
    "cut",
    "cuts",
    "reduced",
    "reduce",
    "reduces",
    "raised",
    "raise",
    "raises",
    "shrank",
    "shrunk",
    "shrink",
    "declined",
    "decline",
    "declines",
    "jumped",
    "slashed",
    "climbed",
    "plunged",
    "slumped",
    "soared",
    "up",
    "down",
];

/// Words that may follow a fraction of change and leave it one ("fell by a quarter
/// last year", "rose by a third in May"): no noun it would count.
pub const AFTER_CHANGE: &[&str] = &[
    "in", "last", "this", "from", "to", "on", "since", "after", "over", "compared", "and", "but",
    "while", "as", "between", "during", "within", "at",
];

/// Units a hundredth of a currency's, after its whole units ("20 dollars 43 cents").
pub const HUNDREDTHS: &[&str] = &[
    "cent", "cents", "pence", "penny", "kopeck", "kopecks", "kopek", "kopeks", "centimes", "paise",
    "sen",
];

/// Vague amounts: the words, the interval's inclusive minimum and exclusive maximum.
/// Longer phrases first.
pub const VAGUE: &[(&[&str], f64, f64)] = &[
    (&["a", "few", "hundred", "thousand"], 2e5, 1e6),
    (&["several", "hundred", "thousand"], 3e5, 1e6),
    (&["a", "few", "hundred", "million"], 2e8, 1e9),
    (&["several", "hundred", "million"], 3e8, 1e9),
    (&["tens", "of", "thousands"], 2e4, 1e5),
    (&["hundreds", "of", "thousands"], 2e5, 1e6),
    (&["tens", "of", "millions"], 2e7, 1e8),
    (&["hundreds", "of", "millions"], 2e8, 1e9),
    (&["tens", "of", "billions"], 2e10, 1e11),
    (&["hundreds", "of", "billions"], 2e11, 1e12),
    (&["a", "few", "dozen"], 24.0, 100.0),
    (&["several", "dozen"], 36.0, 120.0),
    (&["a", "few", "hundred"], 200.0, 1e3),
    (&["several", "hundred"], 300.0, 1e3),
    (&["a", "few", "thousand"], 2e3, 1e4),
    (&["several", "thousand"], 3e3, 1e4),
    (&["a", "few", "million"], 2e6, 1e7),
    (&["several", "million"], 3e6, 1e7),
    (&["a", "few", "billion"], 2e9, 1e10),
    (&["several", "billion"], 3e9, 1e10),
    (&["a", "handful"], 2.0, 10.0),
    (&["a", "couple"], 2.0, 4.0),
    (&["a", "pair"], 2.0, 3.0),
    (&["a", "few"], 2.0, 10.0),
    (&["several"], 3.0, 10.0),
    (&["dozens"], 24.0, 100.0),
    (&["scores"], 40.0, 200.0),
    (&["hundreds"], 200.0, 1e3),
    // A bare plural of a power of a thousand allows any number of them below the
    // next ("thousands of buildings" of 18,800, "thousands of troops" of 200,000):
    // tens and hundreds of thousands are thousands too.
    (&["thousands"], 2e3, 1e6),
    (&["millions"], 2e6, 1e9),
    (&["billions"], 2e9, 1e12),
];

/// Words after a number that make it a time of day.
pub const TIME_WORDS: &[&str] = &[
    "am",
    "pm",
    "a.m",
    "p.m",
    "gmt",
    "utc",
    "cet",
    "est",
    "edt",
    "bst",
    "msk",
    "o'clock",
    "o’clock",
    "hrs",
];

/// Words before a number that make it a label or identifier.
pub const LABELS: &[&str] = &[
    "article",
    "section",
    "chapter",
    "page",
    "no",
    "number",
    "resolution",
    "flight",
    "route",
    "paragraph",
    "clause",
    "item",
    "version",
    "phase",
    "stage",
    "level",
    "grade",
    "room",
    "gate",
    "platform",
    "channel",
    "category",
    "episode",
    "season",
    "vol",
    "volume",
    "issue",
    "code",
    "amendment",
    "protocol",
    "rule",
    "tier",
    "division",
    "group",
    "league",
    "unit",
    "block",
    "district",
    "highway",
    "interstate",
    "covid",
    "call",
    "dial",
    "phone",
    "tel",
    "hotline",
    "fax",
    "apollo",
    "boeing",
    "airbus",
];

/// Words that end the noun phrase after a figure: function words, common verb forms
/// and adverbs, from `data/figure-stops.txt`.
pub static STOPS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    include_str!("../../../data/figure-stops.txt")
        .lines()
        .filter(|l| !l.trim_start().starts_with('#'))
        .flat_map(str::split_whitespace)
        .collect()
});

/// Words that may stand in the noun phrase after a figure but never head it
/// ("14,000 dead", "a 10,000-strong force", "300 wounded soldiers").
pub const NOT_HEADS: &[&str] = &[
    "dead",
    "missing",
    "alive",
    "strong",
    "old",
    "long",
    "wide",
    "high",
    "deep",
    "tall",
    "hurt",
    "new",
    "more",
    "extra",
    "additional",
    "further",
    "own",
    "total",
];

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
    /// their hundredths ([`HUNDREDTHS`]), case ignored: "Euro", "Dinar", "pence".
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
    names.extend(HUNDREDTHS.iter().map(|w| (*w).to_string()));
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

/// Suffixes glued to digits that scale them ("14k", "2.3bn"). `m` and `b` only scale
/// after a currency symbol ("€300m"); otherwise "300m" is metres.
pub const GLUED_SCALES: &[(&str, i32)] = &[
    ("k", 3),
    ("bn", 9),
    ("mn", 6),
    ("mln", 6),
    ("mil", 6),
    ("bln", 9),
    ("tn", 12),
    ("trn", 12),
];

/// Unit suffixes glued to digits ("10km") and their lemmas.
pub const GLUED_UNITS: &[(&str, &str)] = &[
    ("km", "kilometre"),
    ("m", "metre"),
    ("cm", "centimetre"),
    ("mm", "millimetre"),
    ("kg", "kilogram"),
    ("t", "tonne"),
    ("mph", "mph"),
    ("kmh", "kmh"),
    ("kph", "kmh"),
    ("mw", "megawatt"),
    ("gw", "gigawatt"),
    ("kw", "kilowatt"),
    ("bpd", "bpd"),
    ("ft", "foot"),
    ("sq", "square"),
];

/// Singular nouns glued to a figure by a hyphen ("a 30-day ceasefire"), and their
/// lemmas.
pub const HYPHEN_UNITS: &[(&str, &str)] = &[
    ("day", "day"),
    ("week", "week"),
    ("month", "month"),
    ("year", "year"),
    ("hour", "hour"),
    ("minute", "minute"),
    ("mile", "mile"),
    ("kilometre", "kilometre"),
    ("kilometer", "kilometre"),
    ("km", "kilometre"),
    ("metre", "metre"),
    ("meter", "metre"),
    ("foot", "foot"),
    ("ft", "foot"),
    ("yard", "yard"),
    ("inch", "inch"),
    ("centimetre", "centimetre"),
    ("centimeter", "centimetre"),
    ("cm", "centimetre"),
    ("ton", "ton"),
    ("tonne", "tonne"),
    ("year-old", "year-old"),
    ("point", "point"),
    ("magnitude", "magnitude"),
    ("member", "member"),
    ("nation", "nation"),
    ("seat", "seat"),
    ("page", "page"),
    ("storey", "storey"),
    ("story", "storey"),
    ("man", "man"),
    ("cent", "cent"),
    ("dollar", "dollar"),
    ("euro", "euro"),
    ("yen", "yen"),
];

/// Dimensions glued after a unit glued to its figure ("a 400-meter-long ship"): the
/// unit is read without them.
pub const DIMENSION_SUFFIXES: &[&str] = &["-long", "-wide", "-deep", "-high", "-tall"];

/// Words that are units on their own, singular as well as plural.
pub const UNIT_WORDS: &[(&str, &str)] = &[
    ("percent", "percent"),
    ("pct", "percent"),
    ("magnitude", "magnitude"),
    ("km", "kilometre"),
    ("kg", "kilogram"),
    ("mph", "mph"),
    ("bpd", "bpd"),
];

/// Small number words and their values.
pub const SMALL_NUMBERS: &[(&str, u32)] = &[
    ("zero", 0),
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("thirteen", 13),
    ("fourteen", 14),
    ("fifteen", 15),
    ("sixteen", 16),
    ("seventeen", 17),
    ("eighteen", 18),
    ("nineteen", 19),
    ("twenty", 20),
    ("thirty", 30),
    ("forty", 40),
    ("fifty", 50),
    ("sixty", 60),
    ("seventy", 70),
    ("eighty", 80),
    ("ninety", 90),
];

/// Fraction denominators, singular and plural.
pub const DENOMINATORS: &[(&str, u64)] = &[
    ("half", 2),
    ("halves", 2),
    ("third", 3),
    ("thirds", 3),
    ("quarter", 4),
    ("quarters", 4),
    ("fourth", 4),
    ("fourths", 4),
    ("fifth", 5),
    ("fifths", 5),
    ("sixth", 6),
    ("sixths", 6),
    ("seventh", 7),
    ("sevenths", 7),
    ("eighth", 8),
    ("eighths", 8),
    ("ninth", 9),
    ("ninths", 9),
    ("tenth", 10),
    ("tenths", 10),
    ("hundredth", 100),
    ("hundredths", 100),
    ("thousandth", 1_000),
    ("thousandths", 1_000),
    ("millionth", 1_000_000),
    ("millionths", 1_000_000),
    ("billionth", 1_000_000_000),
    ("billionths", 1_000_000_000),
    ("trillionth", 1_000_000_000_000),
    ("trillionths", 1_000_000_000_000),
];

/// Words before a spelled "one" that make it a pronoun or a determiner ("no one", "the
/// one", "this one").
pub const NOT_BEFORE_ONE: &[&str] = &[
    "no", "the", "this", "that", "any", "every", "each", "which", "someone", "anyone", "only",
    "last", "another",
];

/// Nouns after a spelled "one" that make an idiom, not a count ("one day", "one way").
pub const ONE_IDIOMS: &[&str] = &[
    "day", "time", "way", "thing", "side", "hand", "point", "another", "other", "more", "last",
    "sense", "reason", "example",
];

/// Words that, right after a figure and its unit, say what it counts ("14,000 dead",
/// "people were killed").
pub const COUNT_WORDS: &[&str] = &[
    "dead",
    "died",
    "killed",
    "slain",
    "injured",
    "wounded",
    "hurt",
    "missing",
    "displaced",
    "evacuated",
    "arrested",
    "detained",
    "captured",
    "deployed",
    "stationed",
    "massed",
    "fled",
    "lost",
];

/// Words skipped between a figure (or its unit) and a counting word after it ("people
/// were reportedly killed", "troops have been deployed").
pub const COUNT_SKIP_AFTER: &[&str] = &[
    "were",
    "was",
    "are",
    "is",
    "have",
    "has",
    "had",
    "been",
    "being",
    "be",
    "reportedly",
    "also",
    "already",
    "now",
    "currently",
    "still",
    "all",
    "believed",
    "thought",
    "feared",
    "presumed",
    "confirmed",
    "said",
    "reported",
    "later",
    "since",
    "who",
    "that",
    "remain",
    "remained",
    "remains",
    "got",
    "get",
];

/// Words skipped between a counting word and the figure after it ("the death toll
/// stands at 300", "a toll of 14,000").
pub const COUNT_SKIP_BEFORE: &[&str] = &[
    "of", "at", "to", "by", "is", "was", "were", "are", "stands", "stood", "stand", "reached",
    "reaches", "rose", "risen", "climbed", "hit", "hits", "totals", "totalled", "totaled", "now",
    "some",
];

/// Generic nouns that do not say what a figure counts ("a total of 150").
pub const NOT_COUNTING: &[&str] = &[
    "total",
    "number",
    "figure",
    "sum",
    "count",
    "group",
    "estimate",
    "maximum",
    "minimum",
    "average",
    "than",
    "said",
    "says",
    "say",
    "told",
    "reported",
    "estimated",
    "the",
    "a",
    "an",
    "and",
    "or",
    "with",
    "in",
    "on",
    "for",
    "from",
    "about",
    "around",
    "only",
    "just",
    "all",
    "nearly",
    "almost",
    "over",
    "under",
    "some",
    "up",
    "as",
    "least",
    "most",
    "between",
    "including",
    "while",
    "when",
    "after",
    "before",
    "since",
    "past",
    "last",
    "next",
    "first",
    "final",
    "recent",
];
