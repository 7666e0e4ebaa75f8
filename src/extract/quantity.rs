//! Figures: a prepared [`Text`] in; every figure its sentences state out, as a
//! [`Fact`] of kind `quantity` whose value is the [`Interval`] of values the wording
//! allows.
//!
//! The extractor walks each sentence's words once. At a number (digits, optionally
//! grouped by `,` or a thin space, optionally with decimals and a scale word such as
//! "million") or at a vague amount ("tens of thousands"), it reads the hedge before it,
//! a range after it, the unit or head noun after that, and who the sentence attributes
//! it to.
//!
//! # Values
//!
//! `X` is the stated figure. Bounds are inclusive unless marked *excl.*; `—` is unbounded.
//!
//! | hedge | wording | min | max | nominal |
//! |---|---|---|---|---|
//! | [`Hedge::None`] | "14,000" | `X − w` | `X + w` | `X` |
//! | [`Hedge::MoreThan`] | "more than", "over", "upwards of", "in excess of" | `X` excl. | — | `X` |
//! | [`Hedge::AtLeast`] | "at least", "no fewer than", "no less than" | `X` | — | `X` |
//! | [`Hedge::About`] | "about", "around", "some", "roughly", "approximately", "an estimated" | `0.9·X` | `1.1·X` | `X` |
//! | [`Hedge::Nearly`] | "nearly", "almost" | `0.9·X` | `X` excl. | `X` |
//! | [`Hedge::AtMost`] | "up to", "as many as", "as much as", "no more than" | — | `X` | `X` |
//! | [`Hedge::LessThan`] | "fewer than", "less than", "under" | — | `X` excl. | `X` |
//! | [`Hedge::Range`] | "between A and B", "A-B", "A–B", "A to B" | `A` | `B` | none |
//! | [`Hedge::Vague`] | "dozens" | 24 | 100 excl. | none |
//! | | "hundreds" | 200 | 1,000 excl. | none |
//! | | "thousands" | 2,000 | 10,000 excl. | none |
//! | | "tens of thousands" | 20,000 | 100,000 excl. | none |
//! | | "hundreds of thousands" | 200,000 | 1,000,000 excl. | none |
//! | | "millions" | 2,000,000 | 10,000,000 excl. | none |
//! | | "tens of millions" | 2·10⁷ | 10⁸ excl. | none |
//! | | "hundreds of millions" | 2·10⁸ | 10⁹ excl. | none |
//! | | "billions" | 2·10⁹ | 10¹⁰ excl. | none |
//!
//! **Rounding of a plain figure.** A plain figure is read as a rounding: its half-width is
//! `w = min(10^z / 2, X / 20)`, where `z` is the power of ten of its last significant
//! written digit — the number of trailing zeros of an integer ("14,000": `z = 3`), minus
//! the number of decimals ("2.5": `z = −1`), plus the exponent of a scale word ("1.5
//! million": `z = −1 + 6 = 5`). An integer with `z = 0` ("14,237") is exact: `w = 0`.
//! So "14,000" is `[13,500, 14,500]`, "14,200" is `[14,150, 14,250]` (they overlap),
//! "14,237" is `[14,237, 14,237]` and "14,300" is `[14,250, 14,350]` (they do not).
//!
//! **Ranges** carry no nominal value: the text states two figures and neither is *the*
//! figure; a rule that needs one can take the interval's midpoint itself.
//!
//! # Not figures
//!
//! Years (a bare four-digit 1000–2199 not followed by a plural noun: "in 2014", "a 2015
//! deal"; "2000 troops" is a figure), days of dates ("January 10", "10 January", "Nov.
//! 30, 2021", "23.12.2021", "12/23"), times ("10:30", "9 pm"), ordinals and numbers glued
//! to letters ("21st", "COVID-19", "G7", "F-16"), identifiers (more than six undivided
//! digits, leading zeros, a `#`, `+` or `/` beside it, or a label before it: "Article 5",
//! "Resolution 2202", "Nord Stream 2"), scores ("3-1"), a lone number forming a whole
//! sentence (list numbering), and anything in boilerplate (which has no sentences).
//!
//! # Units
//!
//! The unit is the head of the noun phrase after the figure (after "of" for a vague
//! amount): up to five words, stopping at punctuation, a function word, a verb form we
//! know, a number or a month. The first plural noun or known unit word in that run is the
//! head ("120 U.S. private military contractors" → "contractors"); failing one, the last
//! lower-case word that is not an `-ed`/`-ing` form ("1 soldier was" → "soldier"). A `%`
//! right after the figure is the unit "percent". Lemmas come from [`lemma`].
//!
//! # Attribution
//!
//! In the fact's sentence: "according to NAME", else the name beside a reporting verb
//! ("NAME said", "NAME told reporters", "said NAME"), the one nearest to the figure. A
//! name is a run of capitalised words, or one ending in an institution noun with up to
//! two lower-case modifiers ("the Ukrainian health ministry" → "Ukrainian health
//! ministry", "police", "customs officials"); a leading "the" is dropped; pronouns are
//! no names.

use super::text::{Text, is_one_of};
use super::{Attribution, Fact, FactKind, Hedge, Interval, Unit, Value};
use crate::source::Span;

/// Hedges read before a figure, as word sequences; the longest match wins.
const HEDGES: &[(&[&str], Hedge)] = &[
    (&["no", "more", "than"], Hedge::AtMost),
    (&["not", "more", "than"], Hedge::AtMost),
    (&["no", "fewer", "than"], Hedge::AtLeast),
    (&["no", "less", "than"], Hedge::AtLeast),
    (&["not", "less", "than"], Hedge::AtLeast),
    (&["in", "excess", "of"], Hedge::MoreThan),
    (&["as", "many", "as"], Hedge::AtMost),
    (&["as", "much", "as"], Hedge::AtMost),
    (&["more", "than"], Hedge::MoreThan),
    (&["upwards", "of"], Hedge::MoreThan),
    (&["at", "least"], Hedge::AtLeast),
    (&["an", "estimated"], Hedge::About),
    (&["up", "to"], Hedge::AtMost),
    (&["fewer", "than"], Hedge::LessThan),
    (&["less", "than"], Hedge::LessThan),
    (&["over"], Hedge::MoreThan),
    (&["about"], Hedge::About),
    (&["around"], Hedge::About),
    (&["some"], Hedge::About),
    (&["roughly"], Hedge::About),
    (&["approximately"], Hedge::About),
    (&["nearly"], Hedge::Nearly),
    (&["almost"], Hedge::Nearly),
    (&["under"], Hedge::LessThan),
];

/// Scale words after a figure and their powers of ten.
const SCALES: &[(&str, i32)] = &[
    ("hundred", 2),
    ("thousand", 3),
    ("million", 6),
    ("billion", 9),
    ("trillion", 12),
];

/// Vague amounts: the words, the interval's inclusive minimum and exclusive maximum.
const VAGUE: &[(&[&str], f64, f64)] = &[
    (&["tens", "of", "thousands"], 2e4, 1e5),
    (&["hundreds", "of", "thousands"], 2e5, 1e6),
    (&["tens", "of", "millions"], 2e7, 1e8),
    (&["hundreds", "of", "millions"], 2e8, 1e9),
    (&["dozens"], 24.0, 100.0),
    (&["hundreds"], 200.0, 1e3),
    (&["thousands"], 2e3, 1e4),
    (&["millions"], 2e6, 1e7),
    (&["billions"], 2e9, 1e10),
];

/// Month names and abbreviations: a small number beside one is a day of a date.
const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
];

/// Words after a number that make it a time of day.
const TIME_WORDS: &[&str] = &["am", "pm", "a.m", "p.m", "gmt", "utc", "o'clock", "o’clock"];

/// Words before a number that make it a label or identifier.
const LABELS: &[&str] = &[
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
    "unit",
    "block",
    "district",
    "highway",
    "interstate",
];

/// Words that end the noun phrase after a figure: function words, common verb forms
/// and adverbs.
const STOPS: &[&str] = &[
    // prepositions and conjunctions
    "of",
    "in",
    "on",
    "at",
    "to",
    "from",
    "by",
    "with",
    "for",
    "and",
    "or",
    "but",
    "nor",
    "as",
    "than",
    "into",
    "onto",
    "over",
    "under",
    "near",
    "since",
    "after",
    "before",
    "during",
    "while",
    "until",
    "across",
    "along",
    "around",
    "about",
    "against",
    "between",
    "among",
    "amid",
    "through",
    "toward",
    "towards",
    "per",
    "via",
    "within",
    "without",
    "if",
    "so",
    "because",
    "although",
    "though",
    "whereas",
    "like",
    "unlike",
    "including",
    "despite",
    // determiners and pronouns
    "the",
    "a",
    "an",
    "this",
    "that",
    "these",
    "those",
    "which",
    "who",
    "whom",
    "whose",
    "what",
    "their",
    "its",
    "his",
    "her",
    "our",
    "your",
    "my",
    "them",
    "they",
    "it",
    "he",
    "she",
    "we",
    "you",
    "i",
    "each",
    "every",
    "all",
    "both",
    "any",
    "some",
    "more",
    "less",
    "fewer",
    "most",
    "last",
    "next",
    "other",
    "another",
    "such",
    // auxiliaries and verbs
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "am",
    "have",
    "has",
    "had",
    "do",
    "does",
    "did",
    "will",
    "would",
    "shall",
    "should",
    "can",
    "could",
    "may",
    "might",
    "must",
    "said",
    "says",
    "say",
    "told",
    "tells",
    "took",
    "take",
    "takes",
    "remain",
    "remains",
    "remained",
    "got",
    "get",
    "gets",
    "went",
    "go",
    "goes",
    "came",
    "come",
    "comes",
    "make",
    "makes",
    "made",
    "gave",
    "give",
    "gives",
    "saw",
    "see",
    "sees",
    "seen",
    "show",
    "shows",
    "means",
    "mean",
    "seems",
    "seem",
    "appears",
    "appear",
    "includes",
    "include",
    "needs",
    "need",
    "wants",
    "want",
    "stand",
    "stands",
    "stood",
    "live",
    "lives",
    "fled",
    "left",
    "died",
    "die",
    "dies",
    "fell",
    "fall",
    "falls",
    "rose",
    "rise",
    "rises",
    "gather",
    "gathers",
    // adverbs
    "ago",
    "already",
    "now",
    "far",
    "still",
    "also",
    "only",
    "just",
    "yet",
    "too",
    "then",
    "there",
    "here",
    "later",
    "earlier",
    "again",
    "alone",
    "altogether",
    "apiece",
    "each",
    "not",
    "no",
    "never",
    "ever",
];

/// Words that are units on their own, singular or plural (compared without case).
const UNIT_WORDS: &[&str] = &[
    "percent", "per cent", "km", "kg", "mph", "sq", "ft", "mw", "gw", "bpd",
];

/// Irregular plurals and words that do not change: (word, lemma).
const IRREGULAR: &[(&str, &str)] = &[
    ("people", "people"),
    ("men", "man"),
    ("women", "woman"),
    ("children", "child"),
    ("police", "police"),
    ("personnel", "personnel"),
    ("staff", "staff"),
    ("feet", "foot"),
    ("teeth", "tooth"),
    ("mice", "mouse"),
    ("geese", "goose"),
    ("lives", "life"),
    ("wives", "wife"),
    ("knives", "knife"),
    ("halves", "half"),
    ("thieves", "thief"),
    ("wolves", "wolf"),
    ("shelves", "shelf"),
    ("series", "series"),
    ("species", "species"),
    ("news", "news"),
    ("aircraft", "aircraft"),
    ("sheep", "sheep"),
    ("fish", "fish"),
    ("deer", "deer"),
    ("cattle", "cattle"),
    ("crises", "crisis"),
    ("analyses", "analysis"),
    ("theses", "thesis"),
    ("criteria", "criterion"),
    ("phenomena", "phenomenon"),
    ("data", "data"),
    ("media", "media"),
    ("heroes", "hero"),
    ("potatoes", "potato"),
    ("tomatoes", "tomato"),
    ("vetoes", "veto"),
    ("troops", "troop"),
];

/// Plurals that count, for telling a year from a figure ("2000 troops").
fn is_plural(word: &str) -> bool {
    let lemma = lemma(word);
    lemma != word.to_lowercase() || is_one_of(word, &["people", "police", "personnel"])
}

/// A word's lemma: lower-cased and singularised. Irregular plurals come from a table;
/// otherwise `-ies` → `-y`, `-sses`/`-shes`/`-ches`/`-xes`/`-zzes` lose `-es`, and a final
/// `-s` goes unless the word ends in `-ss`, `-us`, `-is` or `-'s`, or is shorter than four
/// letters ("gas", "bus", "US" stay).
pub fn lemma(word: &str) -> String {
    let lower = word.to_lowercase().replace('’', "'");
    if let Some((_, l)) = IRREGULAR.iter().find(|(w, _)| *w == lower) {
        return (*l).to_string();
    }
    if lower.len() < 4 || !lower.ends_with('s') {
        return lower;
    }
    if let Some(stem) = lower.strip_suffix("ies") {
        if stem.len() >= 2 {
            return format!("{stem}y");
        }
    }
    for suffix in ["sses", "shes", "ches", "xes", "zzes"] {
        if lower.ends_with(suffix) {
            let cut = lower.len() - 2;
            return lower.get(..cut).unwrap_or(&lower).to_string();
        }
    }
    if lower.ends_with("ss") || lower.ends_with("us") || lower.ends_with("is") {
        return lower;
    }
    if lower.ends_with("'s") {
        return lower;
    }
    let cut = lower.len() - 1;
    lower.get(..cut).unwrap_or(&lower).to_string()
}

/// A number as written.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Num {
    /// Its value, scale applied.
    value: f64,
    /// The power of ten of its last significant written digit.
    z: i32,
    /// Written as bare digits: no separator, no decimals.
    bare: bool,
    /// How many digits its integer part has.
    int_digits: usize,
}

/// Parses a token made of digits, thousands separators (`,` or a thin or no-break space,
/// in groups of three) and decimals after a `.`.
fn parse_number(s: &str) -> Option<Num> {
    let (int, frac) = match s.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (s, None),
    };
    if let Some(f) = frac {
        if f.is_empty() || !f.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
    }
    let sep = int
        .chars()
        .find(|&c| matches!(c, ',' | '\u{2009}' | '\u{202F}' | '\u{00A0}'));
    let mut int_digits = 0usize;
    let mut value = 0f64;
    let mut trailing_zeros = 0i32;
    match sep {
        None => {
            if int.is_empty() || !int.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
        }
        Some(sep) => {
            let mut groups = int.split(sep);
            let first = groups.next()?;
            if first.is_empty() || first.len() > 3 {
                return None;
            }
            for g in groups {
                if g.len() != 3 {
                    return None;
                }
            }
        }
    }
    for c in int.chars().filter(char::is_ascii_digit) {
        let d = c.to_digit(10)?;
        value = value * 10.0 + f64::from(d);
        int_digits += 1;
        trailing_zeros = if d == 0 { trailing_zeros + 1 } else { 0 };
    }
    if int_digits > 1 && int.starts_with('0') {
        return None;
    }
    let mut z = if int_digits == 1 && value == 0.0 {
        0
    } else {
        trailing_zeros
    };
    if let Some(f) = frac {
        let mut scale = 1.0;
        for b in f.bytes() {
            scale /= 10.0;
            value += f64::from(b - b'0') * scale;
        }
        z = -i32::try_from(f.len()).unwrap_or(i32::MAX);
    }
    Some(Num {
        value,
        z,
        bare: sep.is_none() && frac.is_none(),
        int_digits,
    })
}

/// The interval a hedged figure allows (see the module's table).
fn interval(hedge: Hedge, x: f64, z: i32) -> Interval {
    let mut iv = Interval {
        min: Some(x),
        max: Some(x),
        min_inclusive: true,
        max_inclusive: true,
        nominal: Some(x),
    };
    match hedge {
        Hedge::None => {
            let w = if z == 0 && x.fract() == 0.0 {
                0.0
            } else {
                (10f64.powi(z) / 2.0).min(x / 20.0)
            };
            iv.min = Some(x - w);
            iv.max = Some(x + w);
        }
        Hedge::MoreThan => {
            iv.min_inclusive = false;
            iv.max = None;
        }
        Hedge::AtLeast => iv.max = None,
        Hedge::About => {
            iv.min = Some(x * 9.0 / 10.0);
            iv.max = Some(x * 11.0 / 10.0);
        }
        Hedge::Nearly => {
            iv.min = Some(x * 9.0 / 10.0);
            iv.max_inclusive = false;
        }
        Hedge::AtMost => iv.min = None,
        Hedge::LessThan => {
            iv.min = None;
            iv.max_inclusive = false;
        }
        Hedge::Range | Hedge::Vague => {}
    }
    iv
}

/// Every figure in a text, in text order; `doc` is left 0 for the caller to set.
pub fn extract(text: &Text<'_>) -> Vec<Fact> {
    let mut out = Vec::new();
    for &sentence in text.sentences() {
        let words = text
            .words()
            .get(text.word_range(sentence))
            .unwrap_or_default();
        let scan = Scan {
            text,
            sentence,
            words,
        };
        let mut attributions: Option<Vec<(usize, bool, Attribution)>> = None;
        let mut i = 0;
        while i < words.len() {
            let Some(found) = scan.vague(i).or_else(|| scan.figure(i)) else {
                i += 1;
                continue;
            };
            i = found.next.max(i + 1);
            let Some(mut fact) = found.fact else {
                continue;
            };
            let known = attributions.get_or_insert_with(|| scan.attributions());
            fact.attribution = nearest(known, fact.span);
            out.push(fact);
        }
    }
    out
}

/// The attribution for a figure: "according to" first, then the nearest reporting verb.
fn nearest(known: &[(usize, bool, Attribution)], span: Span) -> Option<Attribution> {
    let distance = |at: usize| at.abs_diff(span.start);
    let best = |according: bool| {
        known
            .iter()
            .filter(|(_, a, _)| *a == according)
            .min_by_key(|(at, _, _)| distance(*at))
            .map(|(_, _, a)| a.clone())
    };
    best(true).or_else(|| best(false))
}

/// What a match at one word produced, and the word to go on from.
struct Found {
    fact: Option<Fact>,
    next: usize,
}

/// One sentence being scanned.
struct Scan<'t, 'a> {
    text: &'t Text<'a>,
    sentence: Span,
    words: &'t [Span],
}

impl Scan<'_, '_> {
    /// The text of word `i`, or `""`.
    fn w(&self, i: usize) -> &str {
        self.words.get(i).map_or("", |&s| self.text.slice(s))
    }

    /// The span of word `i`.
    fn span(&self, i: usize) -> Option<Span> {
        self.words.get(i).copied()
    }

    /// Whether words `i` and `i + 1` are separated by white space only (or by the
    /// period of a dotted abbreviation such as "U.S.").
    fn joined(&self, i: usize) -> bool {
        let (Some(a), Some(b)) = (self.span(i), self.span(i + 1)) else {
            return false;
        };
        let gap = self.text.slice(Span::new(a.end, b.start));
        let gap = if self.w(i).contains('.') || is_one_of(self.w(i), MONTHS) {
            gap.strip_prefix('.').unwrap_or(gap)
        } else {
            gap
        };
        !gap.is_empty() && gap.chars().all(char::is_whitespace)
    }

    /// Whether the words from `i` on spell `phrase`, separated by white space.
    fn spells(&self, i: usize, phrase: &[&str]) -> bool {
        phrase.iter().enumerate().all(|(k, p)| {
            p.eq_ignore_ascii_case(self.w(i + k)) && (k + 1 == phrase.len() || self.joined(i + k))
        })
    }

    /// A vague amount ("tens of thousands") starting at word `i`.
    fn vague(&self, i: usize) -> Option<Found> {
        let &(phrase, min, max) = VAGUE.iter().find(|(p, _, _)| self.spells(i, p))?;
        let last = i + phrase.len() - 1;
        let span = Span::new(self.span(i)?.start, self.span(last)?.end);
        let unit = if self.w(last + 1).eq_ignore_ascii_case("of") && self.joined(last) {
            self.unit_after(last + 1)
        } else {
            None
        };
        let value = Interval {
            min: Some(min),
            max: Some(max),
            min_inclusive: true,
            max_inclusive: false,
            nominal: None,
        };
        Some(Found {
            fact: Some(self.fact(span, Hedge::Vague, value, unit)),
            next: last + 1,
        })
    }

    /// A figure in digits starting at word `i`, with its hedge, range and unit.
    fn figure(&self, i: usize) -> Option<Found> {
        let tok = self.w(i);
        if !tok.starts_with(|c: char| c.is_ascii_digit()) || tok.chars().any(char::is_alphabetic) {
            return None;
        }
        // "10-15" in one token: a range, a score or an identifier.
        if let Some((a, b)) = tok.split_once('-') {
            let skip = Found {
                fact: None,
                next: i + 1,
            };
            let (Some(a), Some(b)) = (parse_number(a), parse_number(b)) else {
                return Some(skip);
            };
            if b.value <= a.value || (is_year(&a) && is_year(&b)) || self.is_id(i) {
                return Some(skip);
            }
            let start = self.span(i)?.start;
            let (start, _) = self.hedge_before(i).unwrap_or((start, Hedge::None));
            return Some(self.range(start, a, i, b));
        }
        let Some(mut num) = parse_number(tok) else {
            return Some(Found {
                fact: None,
                next: i + 1,
            });
        };
        let mut last = i;
        if let Some(k) = self.scale(i + 1).filter(|_| self.joined(i)) {
            num.value *= 10f64.powi(k);
            num.z += k;
            last = i + 1;
        }
        if self.not_a_figure(i, &num, last) {
            return Some(Found {
                fact: None,
                next: last + 1,
            });
        }
        let start = self.span(i)?.start;
        let hedged = self.hedge_before(i);
        // A range: "between A and B", "A to B", "A–B".
        if let Some((b_first, b)) = self.range_end(last, hedged.map(|(_, h)| h)) {
            let start = hedged.map_or(start, |(s, _)| s);
            let mut b_last = b_first;
            let mut b = b;
            if let Some(k) = self.scale(b_first + 1).filter(|_| self.joined(b_first)) {
                if last == i && num.value <= b.value {
                    // "10 to 15 million": the scale belongs to both.
                    num.value *= 10f64.powi(k);
                }
                b.value *= 10f64.powi(k);
                b.z += k;
                b_last = b_first + 1;
            }
            if b.value > num.value && !(is_year(&num) && is_year(&b)) {
                return Some(self.range(start, num, b_last, b));
            }
            return Some(Found {
                fact: None,
                next: b_last + 1,
            });
        }
        let (start, hedge) = match hedged {
            Some((_, Hedge::Range)) | None => (start, Hedge::None),
            Some(h) => h,
        };
        let end = self.span(last)?.end;
        let unit = self.unit_or_percent(last);
        let value = interval(hedge, num.value, num.z);
        Some(Found {
            fact: Some(self.fact(Span::new(start, end), hedge, value, unit)),
            next: last + 1,
        })
    }

    /// A range fact from `a` to `b` (ending at word `b_last`), starting at byte `start`.
    fn range(&self, start: usize, a: Num, b_last: usize, b: Num) -> Found {
        let end = self.span(b_last).map_or(start, |s| s.end);
        let value = Interval {
            min: Some(a.value),
            max: Some(b.value),
            min_inclusive: true,
            max_inclusive: true,
            nominal: None,
        };
        let unit = self.unit_or_percent(b_last);
        Found {
            fact: Some(self.fact(Span::new(start, end), Hedge::Range, value, unit)),
            next: b_last + 1,
        }
    }

    /// The power of ten of a scale word at `i`.
    fn scale(&self, i: usize) -> Option<i32> {
        let w = self.w(i);
        SCALES
            .iter()
            .find(|(s, _)| s.eq_ignore_ascii_case(w))
            .map(|&(_, k)| k)
    }

    /// The hedge ending right before word `i`: where it starts and what it is.
    /// "between" comes back as [`Hedge::Range`], to be confirmed by [`Scan::range_end`].
    fn hedge_before(&self, i: usize) -> Option<(usize, Hedge)> {
        if i >= 1 && self.w(i - 1).eq_ignore_ascii_case("between") && self.joined(i - 1) {
            return Some((self.span(i - 1)?.start, Hedge::Range));
        }
        HEDGES.iter().find_map(|&(phrase, hedge)| {
            let first = i.checked_sub(phrase.len())?;
            self.spells(first, phrase)
                .then_some(())
                .filter(|()| self.joined(i - 1))?;
            Some((self.span(first)?.start, hedge))
        })
    }

    /// The second figure of a range whose first figure ends at word `last`: its word
    /// index and value.
    fn range_end(&self, last: usize, hedge: Option<Hedge>) -> Option<(usize, Num)> {
        let next = self.w(last + 1);
        let (at, ok) = if hedge == Some(Hedge::Range) {
            (
                last + 2,
                next.eq_ignore_ascii_case("and") && self.joined(last),
            )
        } else if next.eq_ignore_ascii_case("to") && self.joined(last) {
            (last + 2, true)
        } else {
            let a = self.span(last)?;
            let b = self.span(last + 1)?;
            let gap = self.text.slice(Span::new(a.end, b.start));
            (last + 1, gap == "–")
        };
        if !ok || (at > last + 1 && !self.joined(last + 1)) {
            return None;
        }
        let tok = self.w(at);
        if tok.chars().any(char::is_alphabetic) {
            return None;
        }
        let num = parse_number(tok)?;
        Some((at, num))
    }

    /// Whether word `i` holding `num` (through word `last`, its scale) is no figure:
    /// a year, a day of a date, a time, an identifier or a label.
    fn not_a_figure(&self, i: usize, num: &Num, last: usize) -> bool {
        if self.words.len() == 1 || self.is_id(i) {
            return true;
        }
        // "+44 20 7946 0958": numbers in a row are an identifier.
        let digit = |w: &str| w.starts_with(|c: char| c.is_ascii_digit());
        if (i >= 1 && self.joined(i - 1) && digit(self.w(i - 1)))
            || (self.joined(last) && digit(self.w(last + 1)))
        {
            return true;
        }
        let prev = if i >= 1 && self.joined(i - 1) {
            self.w(i - 1)
        } else {
            ""
        };
        let next = if self.joined(last) {
            self.w(last + 1)
        } else {
            ""
        };
        let day = num.bare && num.value >= 1.0 && num.value <= 31.0;
        if day && (is_one_of(prev, MONTHS) || is_one_of(next, MONTHS)) {
            return true;
        }
        if num.bare && is_one_of(next, TIME_WORDS) {
            return true;
        }
        if is_year(num) && !(next.starts_with(char::is_lowercase) && is_plural(next)) {
            return true;
        }
        if is_one_of(prev, LABELS) {
            return true;
        }
        // "Nord Stream 2", "Resolution 2202": a bare number after a capitalised word
        // inside the sentence, with nothing counted after it.
        let capital_before = i >= 2 && prev.starts_with(char::is_uppercase);
        capital_before
            && num.bare
            && !is_one_of(prev, MONTHS)
            && self.unit_or_percent(last).is_none()
    }

    /// Whether the characters around word `i` make it an identifier, a date or a time:
    /// `/`, `:`, `#`, `+`, `@`, `\`, `_` beside it, a leading zero or more than six
    /// undivided digits.
    fn is_id(&self, i: usize) -> bool {
        let Some(span) = self.span(i) else {
            return false;
        };
        let before = self
            .text
            .text
            .get(..span.start)
            .and_then(|s| s.chars().next_back());
        let rest = self.text.text.get(span.end..).unwrap_or("");
        let mut after = rest.chars();
        let (a1, a2) = (after.next(), after.next());
        if before.is_some_and(|c| matches!(c, '/' | ':' | '#' | '+' | '@' | '\\' | '_' | '.')) {
            return true;
        }
        if a1.is_some_and(|c| matches!(c, '/' | '@' | '\\' | '_'))
            || (a1.is_some_and(|c| matches!(c, ':' | '.'))
                && a2.is_some_and(|c| c.is_ascii_digit()))
        {
            return true;
        }
        let tok = self.w(i);
        let digits = tok.bytes().take_while(u8::is_ascii_digit).count();
        (digits > 6 && tok.len() == digits) || (tok.starts_with('0') && digits > 1)
    }

    /// The unit after the figure ending at word `last`: a `%` glued to it, or the head
    /// noun of the words after it.
    fn unit_or_percent(&self, last: usize) -> Option<Unit> {
        let end = self.span(last)?.end;
        let rest = self.text.text.get(end..).unwrap_or("");
        if rest.starts_with('%') {
            return Some(Unit {
                span: Span::new(end, end + 1),
                lemma: "percent".to_string(),
            });
        }
        if self.joined(last) {
            self.unit_after(last)
        } else {
            None
        }
    }

    /// The head noun of the words after word `from` (see the module documentation).
    fn unit_after(&self, from: usize) -> Option<Unit> {
        let mut fallback: Option<usize> = None;
        let mut k = from + 1;
        while k <= from + 5 && k < self.words.len() && self.joined(k - 1) {
            let w = self.w(k);
            if is_one_of(w, STOPS)
                || is_one_of(w, MONTHS)
                || w.starts_with(|c: char| c.is_ascii_digit())
                || (w.len() > 4 && w.ends_with("ly"))
            {
                break;
            }
            if is_one_of(w, UNIT_WORDS) || is_one_of(w, &["percent", "per"]) {
                return self.unit(k);
            }
            if self.plural_noun(k) {
                // "25 police officers": a plural noun right after a plural is the head.
                let mut head = k;
                while self.joined(head) && self.plural_noun(head + 1) {
                    head += 1;
                }
                return self.unit(head);
            }
            let verbal = w.ends_with("ed") || w.ends_with("ing");
            if !verbal && w.starts_with(char::is_lowercase) {
                fallback = Some(k);
            }
            k += 1;
        }
        fallback.and_then(|k| self.unit(k))
    }

    /// Whether word `k` reads as a plural noun: plural, not an `-ed`/`-ing` form, an
    /// acronym, a dotted abbreviation or a stop word.
    fn plural_noun(&self, k: usize) -> bool {
        let w = self.w(k);
        let verbal = w.ends_with("ed") || w.ends_with("ing");
        let acronym = w.chars().all(|c| !c.is_lowercase());
        !w.is_empty()
            && !verbal
            && !acronym
            && !w.contains('.')
            && !is_one_of(w, STOPS)
            && is_plural(w)
    }

    /// Word `k` as a unit.
    fn unit(&self, k: usize) -> Option<Unit> {
        let span = self.span(k)?;
        Some(Unit {
            span,
            lemma: lemma(self.text.slice(span)),
        })
    }

    /// A fact in this sentence.
    fn fact(&self, span: Span, hedge: Hedge, value: Interval, unit: Option<Unit>) -> Fact {
        Fact {
            doc: 0,
            kind: FactKind::Quantity,
            span,
            sentence: self.sentence,
            clause: self.text.clause_at(span.start).unwrap_or(self.sentence),
            unit,
            hedge,
            value: Value::Quantity(value),
            attribution: None,
            weekday: None,
        }
    }

    /// Every attribution in the sentence: where it stands, whether it is an "according
    /// to", and the name.
    fn attributions(&self) -> Vec<(usize, bool, Attribution)> {
        let mut out = Vec::new();
        for k in 0..self.words.len() {
            let w = self.w(k);
            if w.eq_ignore_ascii_case("according") && self.spells(k, &["according", "to"]) {
                if let Some(a) = self.name_forward(k + 2) {
                    out.push((self.span(k).map_or(0, |s| s.start), true, a));
                }
            } else if is_one_of(w, REPORTING) {
                let name = self
                    .name_backward(k)
                    .or_else(|| self.name_forward(k + 1).filter(|_| self.joined(k)));
                if let Some(a) = name {
                    out.push((self.span(k).map_or(0, |s| s.start), false, a));
                }
            }
        }
        out
    }

    /// A name starting at word `k` ("according to the interior ministry").
    fn name_forward(&self, k: usize) -> Option<Attribution> {
        let mut first = k;
        if self.w(first).eq_ignore_ascii_case("the") && self.joined(first) {
            first += 1;
        }
        let mut last = None;
        let mut j = first;
        while j < self.words.len() {
            let w = self.w(j);
            let capital = w.starts_with(char::is_uppercase) && !is_one_of(w, PRONOUNS);
            let institution = is_one_of(w, INSTITUTIONS);
            let modifier = w.starts_with(char::is_lowercase)
                && !is_one_of(w, STOPS)
                && (1..=2).any(|d| {
                    is_one_of(self.w(j + d), INSTITUTIONS) && (j..j + d).all(|m| self.joined(m))
                });
            let connector = is_one_of(w, &["of", "for", "and"])
                && last.is_some()
                && self.joined(j)
                && self.w(j + 1).starts_with(char::is_uppercase);
            if !(capital || institution || modifier || connector) {
                break;
            }
            if capital || institution {
                last = Some(j);
            }
            if w.ends_with("'s") || w.ends_with("’s") || !self.joined(j) {
                break;
            }
            j += 1;
        }
        self.name(first, last?)
    }

    /// A name ending right before word `verb`, skipping an adverb or auxiliary
    /// ("Interfax reported", "customs officials said", "Lavrov also said").
    fn name_backward(&self, verb: usize) -> Option<Attribution> {
        let mut j = verb.checked_sub(1)?;
        if is_one_of(self.w(j), SKIPPABLE) && self.joined(j) {
            j = j.checked_sub(1)?;
        }
        if !self.joined(j) {
            return None;
        }
        let last = j;
        let mut first = None;
        let mut seen_institution = false;
        let mut lower_run = 0;
        loop {
            let w = self.w(j);
            let capital = w.starts_with(char::is_uppercase)
                && !is_one_of(w, PRONOUNS)
                && !is_one_of(w, LEADING);
            let institution = is_one_of(w, INSTITUTIONS);
            let modifier = w.starts_with(char::is_lowercase)
                && seen_institution
                && !institution
                && !is_one_of(w, STOPS)
                && lower_run < 2;
            seen_institution |= institution;
            if modifier {
                lower_run += 1;
            }
            if !(capital || institution || modifier) {
                break;
            }
            first = Some(j);
            if j == 0 || !self.joined(j - 1) {
                break;
            }
            j -= 1;
        }
        self.name(first?, last)
    }

    /// Words `first..=last` as an attribution.
    fn name(&self, first: usize, last: usize) -> Option<Attribution> {
        let mut start = self.span(first)?.start;
        let end = self.span(last)?.end;
        let capital = (first..=last).any(|k| self.w(k).starts_with(char::is_uppercase));
        if !capital && !is_one_of(self.w(last), INSTITUTIONS) {
            return None;
        }
        if self.w(first).eq_ignore_ascii_case("the") {
            start = self.span(first + 1)?.start;
        }
        let span = Span::new(start, end);
        Some(Attribution {
            span,
            who: self.text.slice(span).to_string(),
        })
    }
}

/// Whether a number is a bare four-digit year, 1000–2199.
fn is_year(num: &Num) -> bool {
    num.bare && num.int_digits == 4 && (1000.0..=2199.0).contains(&num.value)
}

/// Verbs that attribute a statement to the name beside them.
const REPORTING: &[&str] = &[
    "said",
    "says",
    "say",
    "told",
    "tells",
    "reported",
    "reports",
    "stated",
    "states",
    "announced",
    "announces",
    "estimated",
    "estimates",
    "claimed",
    "claims",
    "added",
    "noted",
    "wrote",
    "confirmed",
    "confirms",
];

/// Words that may stand between a name and its reporting verb ("Lavrov also said").
const SKIPPABLE: &[&str] = &[
    "also",
    "has",
    "have",
    "had",
    "later",
    "earlier",
    "previously",
    "separately",
    "then",
    "reportedly",
];

/// Pronouns: no names, even capitalised.
const PRONOUNS: &[&str] = &["he", "she", "they", "it", "we", "i", "you", "this", "that"];

/// Capitalised words that open a sentence but no name.
const LEADING: &[&str] = &[
    "the",
    "on",
    "in",
    "at",
    "but",
    "and",
    "a",
    "an",
    "last",
    "this",
    "earlier",
    "later",
    "so",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Lower-case nouns that end an institution's name ("the health ministry").
const INSTITUTIONS: &[&str] = &[
    "ministry",
    "officials",
    "official",
    "government",
    "authorities",
    "police",
    "military",
    "army",
    "agency",
    "office",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "sources",
    "monitors",
    "mission",
    "department",
    "service",
    "command",
    "council",
    "committee",
    "group",
];

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// The seed articles.
    pub(crate) const SEEDS: [&str; 5] = [
        include_str!("../../seeds/000_861de67a3d0b5135.txt"),
        include_str!("../../seeds/001_d932a825c84dced8.txt"),
        include_str!("../../seeds/002_871e41fac1f90a4e.txt"),
        include_str!("../../seeds/003_cacb0fcdde16e1e9.txt"),
        include_str!("../../seeds/004_745df1fde515d6eb.txt"),
    ];

    fn facts(s: &str) -> Vec<Fact> {
        extract(&Text::new(s, Span::new(0, s.len())))
    }

    fn iv(f: &Fact) -> Interval {
        match &f.value {
            Value::Quantity(iv) => *iv,
            _ => panic!("not a quantity"),
        }
    }

    /// `[min, max]` with `(`/`)` for exclusive and `-` for unbounded, `~nominal`.
    fn show(iv: &Interval) -> String {
        let b = |v: Option<f64>| v.map_or("-".to_string(), |v| format!("{v}"));
        format!(
            "{}{},{}{}~{}",
            if iv.min_inclusive { '[' } else { '(' },
            b(iv.min),
            b(iv.max),
            if iv.max_inclusive { ']' } else { ')' },
            b(iv.nominal),
        )
    }

    /// One line per fact: `span | hedge | interval | unit | attribution`.
    fn describe(s: &str) -> Vec<String> {
        facts(s)
            .iter()
            .map(|f| {
                format!(
                    "{} | {} | {} | {} | {}",
                    &s[f.span.range()],
                    f.hedge,
                    show(&iv(f)),
                    f.unit.as_ref().map_or("-", |u| u.lemma.as_str()),
                    f.attribution.as_ref().map_or("-", |a| a.who.as_str()),
                )
            })
            .collect()
    }

    /// Realistic news sentences and what must be read from them.
    const TABLE: &[(&str, &[&str])] = &[
        (
            "The fighting has killed more than 14,000 people to date, according to Kyiv.",
            &["more than 14,000 | more-than | (14000,-]~14000 | people | Kyiv"],
        ),
        (
            "About 1,000 troops took part in the operation, Interfax reported, citing Russia's Western Military District.",
            &["About 1,000 | about | [900,1100]~1000 | troop | Interfax"],
        ),
        (
            "Tens of thousands of Russian troops gather at the border with Ukraine.",
            &["Tens of thousands | vague | [20000,100000)~- | troop | -"],
        ),
        (
            "On Tuesday, Russian Defense Minister Sergei Shoigu said more than 120 U.S. private military contractors are operating there.",
            &[
                "more than 120 | more-than | (120,-]~120 | contractor | Russian Defense Minister Sergei Shoigu",
            ],
        ),
        (
            "At least 37 people died when the bus overturned, police said.",
            &["At least 37 | at-least | [37,-]~37 | people | police"],
        ),
        (
            "Nearly 2,000 migrants crossed the Channel last week, the Home Office said.",
            &["Nearly 2,000 | nearly | [1800,2000)~2000 | migrant | Home Office"],
        ),
        (
            "Up to 500 workers could lose their jobs, the union warned.",
            &["Up to 500 | at-most | [-,500]~500 | worker | -"],
        ),
        (
            "Fewer than 300 voters turned out in the village.",
            &["Fewer than 300 | less-than | [-,300)~300 | voter | -"],
        ),
        (
            "Between 8,000 and 10,000 protesters marched through the capital on Saturday, according to the interior ministry.",
            &["Between 8,000 and 10,000 | range | [8000,10000]~- | protester | interior ministry"],
        ),
        (
            "Officials expect 10-15 families to return to the estate.",
            &["10-15 | range | [10,15]~- | family | -"],
        ),
        (
            "The company said it would cut 2,500 to 3,000 jobs.",
            &["2,500 to 3,000 | range | [2500,3000]~- | job | -"],
        ),
        (
            "Hundreds of residents were evacuated, the fire service said.",
            &["Hundreds | vague | [200,1000)~- | resident | fire service"],
        ),
        (
            "Dozens were injured in the blast.",
            &["Dozens | vague | [24,100)~- | - | -"],
        ),
        (
            "Hundreds of thousands of people have fled their homes, the UN refugee agency says.",
            &["Hundreds of thousands | vague | [200000,1000000)~- | people | UN refugee agency"],
        ),
        (
            "The storm left millions without power.",
            &["millions | vague | [2000000,10000000)~- | - | -"],
        ),
        (
            "The attack killed 14,237 civilians, the report found.",
            &["14,237 | none | [14237,14237]~14237 | civilian | -"],
        ),
        (
            "The fire destroyed 14,000 hectares of forest.",
            &["14,000 | none | [13500,14500]~14000 | hectare | -"],
        ),
        (
            "Police estimated the crowd at 120 people.",
            &["120 | none | [115,125]~120 | people | Police"],
        ),
        (
            "Some 300 Ukrainian soldiers were wounded, Kyiv says.",
            &["Some 300 | about | [270,330]~300 | soldier | Kyiv"],
        ),
        (
            "Roughly 40% of voters backed the plan.",
            &["Roughly 40 | about | [36,44]~40 | percent | -"],
        ),
        (
            "Inflation rose to 7.5 percent in November.",
            &["7.5 | none | [7.45,7.55]~7.5 | percent | -"],
        ),
        (
            "The government has pledged $2 billion to rebuild the region.",
            &["2 billion | none | [1900000000,2100000000]~2000000000 | - | -"],
        ),
        (
            "Upwards of 5,000 homes were damaged.",
            &["Upwards of 5,000 | more-than | (5000,-]~5000 | home | -"],
        ),
        (
            "In excess of 1,200 tonnes of grain were shipped.",
            &["In excess of 1,200 | more-than | (1200,-]~1200 | tonne | -"],
        ),
        (
            "An estimated 3,500 children are missing, the charity said.",
            &["An estimated 3,500 | about | [3150,3850]~3500 | child | -"],
        ),
        (
            "As many as 60 aircraft took part.",
            &["As many as 60 | at-most | [-,60]~60 | aircraft | -"],
        ),
        (
            "No more than 20 journalists will be allowed in.",
            &["No more than 20 | at-most | [-,20]~20 | journalist | -"],
        ),
        (
            "Less than 1,000 tickets remain.",
            &["Less than 1,000 | less-than | [-,1000)~1000 | ticket | -"],
        ),
        (
            "Under 50 lorries crossed the border.",
            &["Under 50 | less-than | [-,50)~50 | lorry | -"],
        ),
        (
            "Around 1.5 million refugees have crossed into Poland, the agency said.",
            &["Around 1.5 million | about | [1350000,1650000]~1500000 | refugee | agency"],
        ),
        (
            "Over 2000 troops were deployed in 2014.",
            &["Over 2000 | more-than | (2000,-]~2000 | troop | -"],
        ),
        (
            "The ministry said 25 police officers and 3 journalists were hurt.",
            &[
                "25 | none | [25,25]~25 | officer | ministry",
                "3 | none | [3,3]~3 | journalist | ministry",
            ],
        ),
        (
            "A total of 150 boxes were seized, customs officials said.",
            &["150 | none | [145,155]~150 | box | customs officials"],
        ),
        (
            "Thousands of Kenyans took to the streets, Reuters reported.",
            &["Thousands | vague | [2000,10000)~- | kenyan | Reuters"],
        ),
    ];

    #[test]
    fn table_of_news_sentences() {
        let mut failures = Vec::new();
        for (sentence, want) in TABLE {
            let got = describe(sentence);
            if got != *want {
                failures.push(format!("{sentence}\n  want {want:?}\n  got  {got:?}"));
            }
        }
        assert!(
            failures.is_empty(),
            "{} of {} failed:\n{}",
            failures.len(),
            TABLE.len(),
            failures.join("\n")
        );
    }

    #[test]
    fn years_dates_times_ordinals_and_codes_are_no_figures() {
        for s in [
            "Russia annexed Crimea in 2014.",
            "Moscow has compared it to the 1962 Cuban Missile Crisis.",
            "He accused Kyiv of breaking a 2015 deal.",
            "The first working day is January 10.",
            "They met in Moscow on Nov. 30, 2021.",
            "Moscow sights, 23.12.2021",
            "Talks open on 10 January in Geneva.",
            "The meeting starts at 10:30 in Brussels.",
            "He arrived at 9 pm local time.",
            "It was the 21st round of talks and the 1st in Geneva.",
            "COVID-19 cases rose again.",
            "Leaders of the G7 met, and F-16 jets flew over.",
            "Call +44 20 7946 0958 for details.",
            "Article 5 of the treaty was invoked.",
            "The Security Council passed Resolution 2202 unanimously.",
            "Germany halted Nord Stream 2 in February.",
            "The match ended 3-1 after extra time.",
            "Fighting has continued since 2014-2015.",
            "Order number 1234567 was cancelled.",
        ] {
            assert_eq!(describe(s), Vec::<String>::new(), "{s}");
        }
    }

    #[test]
    fn rounding_keeps_neighbours_compatible_and_exact_figures_apart() {
        let v = |s: &str| iv(&facts(s)[0]);
        assert!(v("It cost 14,000 dollars.").overlaps(&v("It cost 14,200 dollars.")));
        assert!(!v("It cost 14,237 dollars.").overlaps(&v("It cost 14,300 dollars.")));
        assert!(v("More than 14,000 died.").overlaps(&v("Some 15,000 died.")));
        assert!(!v("Fewer than 100 died.").overlaps(&v("Hundreds died.")));
    }

    #[test]
    fn lemmas() {
        for (w, l) in [
            ("troops", "troop"),
            ("people", "people"),
            ("casualties", "casualty"),
            ("Contractors", "contractor"),
            ("boxes", "box"),
            ("churches", "church"),
            ("buses", "buse"),
            ("women", "woman"),
            ("percent", "percent"),
            ("US", "us"),
            ("status", "status"),
            ("analyses", "analysis"),
        ] {
            assert_eq!(lemma(w), l, "{w}");
        }
    }

    #[test]
    fn seed_facts_slice_on_char_boundaries() {
        for seed in SEEDS {
            for f in facts(seed) {
                for span in [f.span, f.sentence, f.clause] {
                    assert!(seed.get(span.range()).is_some(), "{span:?}");
                }
                assert!(f.sentence.contains(f.span) && f.sentence.contains(f.clause));
                if let Some(u) = &f.unit {
                    assert!(seed.get(u.span.range()).is_some());
                }
                if let Some(a) = &f.attribution {
                    assert_eq!(seed.get(a.span.range()), Some(a.who.as_str()));
                }
            }
        }
    }

    #[test]
    fn seed_figures() {
        let all: Vec<Vec<String>> = SEEDS.iter().map(|s| describe(s)).collect();
        assert_eq!(
            all,
            [
                vec![
                    "more than 14,000 | more-than | (14000,-]~14000 | people | -",
                    "more than 120 | more-than | (120,-]~120 | contractor | Russian Defense Minister Sergei Shoigu",
                ],
                vec![],
                vec![
                    "tens of thousands | vague | [20000,100000)~- | troop | -",
                    "About 1,000 | about | [900,1100]~1000 | troop | Interfax",
                    "more than 14,000 | more-than | (14000,-]~14000 | people | Kyiv",
                ],
                vec![],
                vec![
                    "Tens of thousands | vague | [20000,100000)~- | troop | -",
                    "more than 100,000 | more-than | (100000,-]~100000 | troop | -",
                ],
            ]
        );
    }
}
