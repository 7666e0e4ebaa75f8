//! Text analysis shared by the extractors: a document's text and body span in; its
//! sentences, clauses and words out, as byte spans into the original text, with the
//! boilerplate lines left out.
//!
//! Everything is computed once, in [`Text::new`]; the extractors then only look up.
//!
//! # Lines, paragraphs and boilerplate
//!
//! The body is read line by line. A blank line ends a paragraph; a single line break
//! ends one too (scraped pages put one paragraph per line, and a headline carries no
//! final period), unless the line plainly runs on: it ends without sentence-ending
//! punctuation and the next line starts with a lower-case letter (hard-wrapped text).
//!
//! A line is *boilerplate*, and yields no sentence at all, when [`is_boilerplate_line`]
//! says so. The test is deliberately small and general:
//!
//! 1. it carries page-furniture wording: cookies, newsletters, signing up, subscribing,
//!    privacy policies, terms of use, "log in or register", "all rights reserved",
//!    "recommended stories", "read more" — and is short (under 60 words), so that an
//!    article paragraph which merely mentions a newsletter is kept;
//! 2. it is a photo caption or credit: it contains "©", or its last parenthesised group
//!    credits someone ("(… via AP)", "(… Photo)", "(Getty Images)", "(File)");
//! 3. most of its letters are not Latin script (text in another language, left over
//!    from the page's chrome);
//! 4. it is very short — three words or fewer — and does not end like a sentence
//!    (`.`, `!`, `?`, or a closing quote): bylines, labels, section names, logos;
//! 5. it is one of up to three short lines (under 15 words) between two lines of
//!    page-furniture wording (test 1): the body of a sign-up box.
//!
//! # Sentences
//!
//! A paragraph is cut after `.`, `!`, `?` or `…` (with any closing quotes or brackets)
//! when white space follows and the next word does not start with a lower-case letter.
//! A period is not a sentence end after a known abbreviation ("Mr.", "Dec.", "Gen.",
//! "No."), after a single letter (initials: "J. Smith"), or inside a token ("U.S.",
//! "3.5", "23.12.2021").
//!
//! # Clauses
//!
//! A sentence is cut at `,` `;` `:` (but not between digits: "14,000", "10:30"), at
//! brackets, at an em dash, and at an en dash or hyphen with white space on both sides.
//!
//! # Words
//!
//! A word is a run of letters and digits. It keeps an inner `-`, `'` or `’` between two
//! letters or digits ("build-up", "Russia's", "COVID-19"), an inner `,` or `.` between
//! digits ("14,000", "1.5", "23.12.2021"), a thin or no-break space between a digit and
//! three digits ("14 000"), and an inner `.` between single letters ("U.S", "e.g").

use std::ops::Range;
use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use rustc_hash::FxHashMap;

use crate::source::Span;

/// Abbreviations after which a period does not end a sentence (compared without case).
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "sgt", "capt", "cmdr", "adm",
    "gov", "sen", "rep", "rev", "hon", "pres", "st", "jr", "sr", "no", "nos", "vs", "jan", "feb",
    "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues",
    "wed", "thu", "thurs", "fri", "sat", "sun", "inc", "ltd", "corp", "co", "dept", "approx",
    "est", "fig", "mt", "ft", "gov't", "univ", "assn", "vol", "ca", "cf", "al",
];

/// [`ABBREVIATIONS`] as a set, built once.
static ABBREVIATION_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::of(ABBREVIATIONS));

/// Page-furniture wording that marks a short line as boilerplate (lower case).
const BOILERPLATE_WORDING: &[&str] = &[
    "cookie",
    "newsletter",
    "sign up",
    "sign-up",
    "signup",
    "subscribe",
    "privacy policy",
    "terms of use",
    "terms of service",
    "log in or register",
    "login or register",
    "all rights reserved",
    "recommended stories",
    "read more",
    "opt-out",
    "click here",
    "follow us on",
    "share this article",
];

/// The boilerplate wording, built once (for the reference analysis in the tests).
#[cfg(test)]
static BOILERPLATE: LazyLock<PhraseSet> = LazyLock::new(|| PhraseSet::new(BOILERPLATE_WORDING));

/// The boilerplate wording as an automaton over ASCII-lower-cased text, built once.
/// Matching the lower-case phrases exactly against a lower-cased copy of a line finds
/// what matching them with ASCII case ignored finds, and lets the automaton use its
/// SIMD prefilter (Teddy), which it cannot with case ignored. Leftmost-first: only
/// whether a phrase occurs is asked, which the match kind does not change, and the
/// SIMD prefilter serves the leftmost kinds only.
static BOILERPLATE_LOWER: LazyLock<Option<AhoCorasick>> = LazyLock::new(|| {
    AhoCorasickBuilder::new()
        .match_kind(MatchKind::LeftmostFirst)
        .build(BOILERPLATE_WORDING)
        .ok()
});

/// Whether a line holds page-furniture wording anywhere, case ignored ("cookies"
/// holds "cookie"); `buf` is a reused buffer.
fn has_boilerplate_wording(line: &str, buf: &mut Vec<u8>) -> bool {
    buf.clear();
    buf.extend_from_slice(line.as_bytes());
    buf.make_ascii_lowercase();
    BOILERPLATE_LOWER
        .as_ref()
        .is_some_and(|ac| ac.is_match(buf.as_slice()))
}

/// Words in a caption's final bracket that mark it as a photo credit.
const CREDIT_WORDING: &[&str] = &[" via ", "photo", "getty", "reuters/", "afp/", "file"];

/// A document's text prepared for extraction.
pub struct Text<'a> {
    /// The whole file.
    pub text: &'a str,
    /// The part to read.
    pub body: Span,
    /// Sentences, in text order, none in boilerplate.
    sentences: Vec<Span>,
    /// Clauses, in text order; each lies inside one sentence.
    clauses: Vec<Span>,
    /// Words of the sentences, in text order.
    words: Vec<Span>,
    /// Boilerplate lines, in text order.
    boilerplate: Vec<Span>,
}

impl<'a> Text<'a> {
    /// Analyses the body of a text once: its sentences, clauses and words.
    pub fn new(text: &'a str, body: Span) -> Self {
        let body = clamp(text, body);
        let mut this = Self {
            text,
            body,
            sentences: Vec::new(),
            clauses: Vec::new(),
            words: Vec::new(),
            boilerplate: Vec::new(),
        };
        // Rough sizes for news copy, so that the lists rarely grow.
        this.words.reserve(body.len() / 6);
        this.clauses.reserve(body.len() / 50);
        this.sentences.reserve(body.len() / 120);
        let mut paras = Vec::new();
        paragraphs(text, body, &mut this.boilerplate, &mut paras);
        for paragraph in paras {
            let first = this.sentences.len();
            split_sentences(text, paragraph, &mut this.sentences);
            for &sentence in this.sentences.get(first..).unwrap_or_default() {
                split_clauses(text, sentence, &mut this.clauses);
                tokenize(text, sentence, &mut this.words);
            }
        }
        this
    }

    /// The text under a span, or `""` when it does not fall on character boundaries.
    pub fn slice(&self, span: Span) -> &'a str {
        self.text.get(span.range()).unwrap_or("")
    }

    /// Every sentence outside boilerplate, in text order.
    pub fn sentences(&self) -> &[Span] {
        &self.sentences
    }

    /// Every clause, in text order.
    pub fn clauses(&self) -> &[Span] {
        &self.clauses
    }

    /// Every word of every sentence, in text order.
    pub fn words(&self) -> &[Span] {
        &self.words
    }

    /// The boilerplate lines left out of the sentences.
    pub fn boilerplate(&self) -> &[Span] {
        &self.boilerplate
    }

    /// Whether an offset falls in a boilerplate line.
    pub fn is_boilerplate(&self, offset: usize) -> bool {
        containing(&self.boilerplate, offset).is_some()
    }

    /// The sentence containing a byte offset.
    pub fn sentence_at(&self, offset: usize) -> Option<Span> {
        containing(&self.sentences, offset)
    }

    /// The clause containing a byte offset.
    pub fn clause_at(&self, offset: usize) -> Option<Span> {
        containing(&self.clauses, offset)
    }

    /// Indices (into [`Text::words`]) of the words lying wholly inside a span.
    pub fn word_range(&self, span: Span) -> Range<usize> {
        let start = self.words.partition_point(|w| w.start < span.start);
        let end = self.words.partition_point(|w| w.end <= span.end);
        start..end.max(start)
    }

    /// The words lying wholly inside a span.
    pub fn words_in(&self, span: Span) -> &[Span] {
        self.words.get(self.word_range(span)).unwrap_or_default()
    }

    /// The words within `n` words of a span, on either side, inside the span's sentence;
    /// the span's own words included.
    pub fn words_near(&self, span: Span, n: usize) -> &[Span] {
        let Some(sentence) = self.sentence_at(span.start) else {
            return &[];
        };
        let bounds = self.word_range(sentence);
        let inner = self.word_range(span);
        let start = inner.start.saturating_sub(n).max(bounds.start);
        let end = inner.end.saturating_add(n).min(bounds.end);
        self.words.get(start..end.max(start)).unwrap_or_default()
    }

    /// The first place, inside `within`, where a phrase stands as whole words; case is
    /// ignored, `'` matches `’`, and the words must be separated by white space only.
    pub fn find_phrase(&self, within: Span, phrase: &str) -> Option<Span> {
        let words = self.words_in(within);
        let wanted = phrase.split_whitespace().count();
        if wanted == 0 {
            return None;
        }
        (0..words.len()).find_map(|i| {
            let candidate = words.get(i..i + wanted)?;
            let mut parts = phrase.split_whitespace();
            let mut prev: Option<Span> = None;
            for &w in candidate {
                if !same_word(self.slice(w), parts.next()?) {
                    return None;
                }
                if let Some(p) = prev {
                    if !self.slice(Span::new(p.end, w.start)).trim().is_empty() {
                        return None;
                    }
                }
                prev = Some(w);
            }
            let first = candidate.first()?;
            let last = candidate.last()?;
            Some(Span::new(first.start, last.end))
        })
    }

    /// Whether a phrase stands inside `within` as whole words (see [`Text::find_phrase`]).
    pub fn mentions(&self, within: Span, phrase: &str) -> bool {
        self.find_phrase(within, phrase).is_some()
    }
}

/// The words of one sentence, with the lookups the extractors share. Word indices are
/// local to the sentence; out-of-range indices read as the empty word.
#[derive(Clone, Copy)]
pub struct Words<'t, 'a> {
    /// The analysed text.
    pub text: &'t Text<'a>,
    /// The sentence.
    pub sentence: Span,
    /// Its words.
    pub spans: &'t [Span],
}

impl<'t, 'a> Words<'t, 'a> {
    /// The words of a sentence of `text`.
    pub fn of(text: &'t Text<'a>, sentence: Span) -> Self {
        let spans = text
            .words()
            .get(text.word_range(sentence))
            .unwrap_or_default();
        Self {
            text,
            sentence,
            spans,
        }
    }

    /// How many words the sentence has.
    pub fn len(&self) -> usize {
        self.spans.len()
    }

    /// Whether the sentence has no word.
    pub fn is_empty(&self) -> bool {
        self.spans.is_empty()
    }

    /// The text of word `i`, or `""`.
    pub fn w(&self, i: usize) -> &'a str {
        self.spans.get(i).map_or("", |&s| self.text.slice(s))
    }

    /// The span of word `i`.
    pub fn span(&self, i: usize) -> Option<Span> {
        self.spans.get(i).copied()
    }

    /// The text between two byte offsets.
    pub fn between(&self, start: usize, end: usize) -> &'a str {
        self.text.slice(Span::new(start, end))
    }

    /// Whether words `i` and `i + 1` are separated by white space only, or by the
    /// period of an abbreviation ("U.S. troops", "Nov. 30").
    pub fn joined(&self, i: usize) -> bool {
        let (Some(a), Some(b)) = (self.span(i), self.span(i + 1)) else {
            return false;
        };
        let gap = self.between(a.end, b.start);
        // Nearly every gap is one space: nothing to strip, and joined.
        if gap == " " {
            return true;
        }
        let w = self.w(i);
        let gap = if w.contains('.') || ABBREVIATION_SET.contains(w) {
            gap.strip_prefix('.').unwrap_or(gap)
        } else {
            gap
        };
        !gap.is_empty() && gap.chars().all(char::is_whitespace)
    }

    /// Whether the words from `i` on spell `phrase` (lower-case ASCII words), joined by
    /// white space.
    pub fn spells(&self, i: usize, phrase: &[&str]) -> bool {
        // Words first: they rule out nearly every candidate, and cheaply (lengths
        // before letters).
        let words_match = match i
            .checked_add(phrase.len())
            .and_then(|end| self.spans.get(i..end))
        {
            Some(spans) => spans.iter().zip(phrase).all(|(w, p)| {
                (w.len() == p.len() || p.is_empty()) && p.eq_ignore_ascii_case(self.text.slice(*w))
            }),
            // Past the last word: out-of-range words read as "".
            None => phrase
                .iter()
                .enumerate()
                .all(|(k, p)| p.eq_ignore_ascii_case(self.w(i.saturating_add(k)))),
        };
        words_match && (1..phrase.len()).all(|k| self.joined(i + k - 1))
    }

    /// Whether word `i` is one of a list of lower-case ASCII words, case ignored.
    pub fn is(&self, i: usize, list: &[&str]) -> bool {
        is_one_of(self.w(i), list)
    }

    /// Whether word `i` is in a set of words, case ignored.
    pub fn is_in(&self, i: usize, set: &WordSet) -> bool {
        set.contains(self.w(i))
    }

    /// Whether word `i` starts with a capital letter.
    pub fn capitalised(&self, i: usize) -> bool {
        self.w(i).starts_with(char::is_uppercase)
    }
}

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

/// The bit of a word length in [`WordMap::initials`].
fn length_bit(len: usize) -> u32 {
    1 << len.min(31)
}

/// ASCII lower-casing of eight bytes at once.
fn lower8(x: u64) -> u64 {
    const LO: u64 = 0x0101_0101_0101_0101;
    const HI: u64 = 0x8080_8080_8080_8080;
    let heptets = x & !HI;
    // High bit set where a byte is at least `A`, and where it is above `Z`.
    let at_least_a = heptets + (0x80 - u64::from(b'A')) * LO;
    let above_z = heptets + (0x80 - u64::from(b'Z') - 1) * LO;
    // Upper-case ASCII: in range, and not a byte with its high bit set.
    let upper = at_least_a & !above_z & !x & HI;
    x | (upper >> 2)
}

/// The packed key of a word of up to 15 bytes, lower-cased: its bytes, then its length
/// in the top byte.
fn packed_key(bytes: &[u8]) -> Option<u128> {
    let len = u8::try_from(bytes.len()).ok().filter(|&n| n <= 15)?;
    let mut buf = [0u8; 16];
    for (slot, &b) in buf.iter_mut().zip(bytes) {
        *slot = b;
    }
    let [
        a0,
        a1,
        a2,
        a3,
        a4,
        a5,
        a6,
        a7,
        b0,
        b1,
        b2,
        b3,
        b4,
        b5,
        b6,
        _,
    ] = buf;
    let lo = lower8(u64::from_le_bytes([a0, a1, a2, a3, a4, a5, a6, a7]));
    let hi = lower8(u64::from_le_bytes([b0, b1, b2, b3, b4, b5, b6, len]));
    // The length byte (at most 15) is no upper-case letter, so it survives lowering.
    Some(u128::from(lo) | (u128::from(hi) << 64))
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

/// Month names, January first, lower-case.
pub const MONTH_NAMES: [&str; 12] = [
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
];

/// Month abbreviations as news copy writes them, with the month each stands for.
pub const MONTH_ABBREVIATIONS: [(&str, u32); 12] = [
    ("jan", 1),
    ("feb", 2),
    ("mar", 3),
    ("apr", 4),
    ("jun", 6),
    ("jul", 7),
    ("aug", 8),
    ("sep", 9),
    ("sept", 9),
    ("oct", 10),
    ("nov", 11),
    ("dec", 12),
];

/// Weekday names, Monday first, lower-case.
pub const WEEKDAY_NAMES: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Month names and abbreviations (`true`), and weekday names (`false`), built once.
static CALENDAR_WORDS: LazyLock<WordMap<bool>> = LazyLock::new(|| {
    WordMap::new(
        MONTH_NAMES
            .iter()
            .chain(MONTH_ABBREVIATIONS.iter().map(|(a, _)| a))
            .map(|&w| (w, true))
            .chain(WEEKDAY_NAMES.iter().map(|&w| (w, false))),
    )
});

/// Whether a word names a month, in full or abbreviated, case ignored.
pub fn is_month(word: &str) -> bool {
    CALENDAR_WORDS.get(word).is_some_and(|&month| month)
}

/// Whether a word names a weekday, case ignored.
pub fn is_weekday(word: &str) -> bool {
    CALENDAR_WORDS.get(word).is_some_and(|&month| !month)
}

/// Whether a word names a month or a weekday, case ignored.
pub fn is_calendar_word(word: &str) -> bool {
    CALENDAR_WORDS.get(word).is_some()
}

/// Whether a word is one of a list of lower-case ASCII words, case ignored.
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
];

/// Spellings read as one: (variant, lemma), applied after singularising.
const VARIANTS: &[(&str, &str)] = &[
    ("rouble", "ruble"),
    ("per cent", "percent"),
    ("pct", "percent"),
    ("kilometer", "kilometre"),
    ("meter", "metre"),
];

/// A word's lemma: lower-cased and singularised, `’` read as `'`, spelling variants
/// unified ("roubles" → "ruble", "kilometers" → "kilometre"). Irregular plurals come
/// from a table; otherwise `-ies` → `-y`; `-sses`/`-shes`/`-ches`/`-xes`/`-zzes` lose
/// `-es`; and a final `-s` goes unless the word ends in `-ss`, `-us`, `-is` or `'s`, or
/// is shorter than four letters ("gas", "bus", "US" stay). "troops" → "troop",
/// "casualties" → "casualty", "people" stays.
pub fn lemma(word: &str) -> String {
    let single = singular(word);
    match VARIANTS.iter().find(|(v, _)| *v == single) {
        Some((_, l)) => (*l).to_string(),
        None => single,
    }
}

/// A word lower-cased and singularised (see [`lemma`]), spelling left alone. One
/// allocation: the lower-cased word, cut or extended in place.
fn singular(word: &str) -> String {
    let mut lower = if word.is_ascii() {
        word.to_ascii_lowercase()
    } else {
        word.to_lowercase().replace('’', "'")
    };
    // `lower` has no upper-case ASCII letter: a look-up with ASCII case ignored is
    // an exact one.
    if let Some(l) = IRREGULAR_MAP.get(&lower) {
        return (*l).to_string();
    }
    if lower.len() < 4 || !lower.ends_with('s') {
        return lower;
    }
    if lower.ends_with("ies") && lower.len() >= 5 {
        lower.truncate(lower.len() - 3);
        lower.push('y');
        return lower;
    }
    let cut = if ["sses", "shes", "ches", "xes", "zzes"]
        .iter()
        .any(|s| lower.ends_with(s))
    {
        2
    } else if ["ss", "us", "is", "'s"].iter().any(|s| lower.ends_with(s)) {
        0
    } else {
        1
    };
    let keep = lower.len() - cut;
    if lower.is_char_boundary(keep) {
        lower.truncate(keep);
    }
    lower
}

/// [`IRREGULAR`] as a map, built once.
static IRREGULAR_MAP: LazyLock<WordMap<&'static str>> =
    LazyLock::new(|| WordMap::new(IRREGULAR.iter().copied()));

/// Whether a word is a plural noun form by our lemmatiser ("troops", "people").
pub fn is_plural(word: &str) -> bool {
    if is_one_of(
        word,
        &["people", "police", "personnel", "staff", "aircraft"],
    ) {
        return true;
    }
    if !word.is_ascii() {
        return singular(word) != word.to_lowercase().replace('’', "'");
    }
    // ASCII: lower-casing is ASCII lower-casing and there is no `’`, so [`singular`]
    // changes the word exactly when one of its rules cuts or rewrites the ending.
    if let Some(l) = IRREGULAR_MAP.get(word) {
        return !l.eq_ignore_ascii_case(word);
    }
    let b = word.as_bytes();
    let ends = |suffix: &str| {
        b.len() >= suffix.len()
            && b.get(b.len() - suffix.len()..)
                .is_some_and(|end| end.eq_ignore_ascii_case(suffix.as_bytes()))
    };
    if b.len() < 4 || !ends("s") {
        return false;
    }
    if ends("ies") && b.len() >= 5 {
        return true;
    }
    if ["sses", "shes", "ches", "xes", "zzes"]
        .iter()
        .any(|s| ends(s))
    {
        return true;
    }
    !["ss", "us", "is", "'s"].iter().any(|s| ends(s))
}

/// The span in a sorted, disjoint list that contains an offset.
fn containing(spans: &[Span], offset: usize) -> Option<Span> {
    let i = spans.partition_point(|s| s.end <= offset);
    spans
        .get(i)
        .copied()
        .filter(|s| s.start <= offset && offset < s.end)
}

/// A body span clamped to the text and moved onto character boundaries.
fn clamp(text: &str, body: Span) -> Span {
    let mut end = body.end.min(text.len());
    while end > 0 && !text.is_char_boundary(end) {
        end -= 1;
    }
    let mut start = body.start.min(end);
    while start < end && !text.is_char_boundary(start) {
        start += 1;
    }
    Span::new(start, end)
}

/// The span of `text[span]` without surrounding white space.
fn trim(text: &str, span: Span) -> Span {
    let s = text.get(span.range()).unwrap_or("");
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    Span::new(
        span.start + lead,
        span.end.saturating_sub(trail).max(span.start + lead),
    )
}

/// A non-empty line of the body, as [`paragraphs`] sees it.
#[derive(Clone, Copy)]
struct Line {
    span: Span,
    /// Page furniture ([`is_boilerplate_line`], or sandwiched between such lines).
    boilerplate: bool,
    /// Under 15 words.
    short: bool,
    /// Boilerplate with page-furniture wording.
    wording: bool,
}

/// The body's paragraphs, boilerplate lines recorded apart and left out.
fn paragraphs(text: &str, body: Span, boilerplate: &mut Vec<Span>, out: &mut Vec<Span>) {
    // Every non-empty line; `None` for a blank line.
    let mut lines: Vec<Option<Line>> = Vec::new();
    let mut buf = Vec::new();
    let mut start = body.start;
    let bytes = text.as_bytes();
    while start < body.end {
        let end = memchr::memchr(b'\n', bytes.get(start..body.end).unwrap_or_default())
            .map_or(body.end, |i| start + i);
        let line = trim(text, Span::new(start, end));
        start = end + 1;
        lines.push((!line.is_empty()).then(|| {
            let class = classify_line(text.get(line.range()).unwrap_or(""), &mut buf);
            Line {
                span: line,
                boilerplate: class.boilerplate,
                short: class.words < 15,
                wording: class.boilerplate && class.wording,
            }
        }));
    }
    mark_sandwiched(&mut lines);
    let mut current: Option<Span> = None;
    for entry in lines {
        let Some(Line {
            span: line,
            boilerplate: is_boilerplate,
            ..
        }) = entry
        else {
            out.extend(current.take());
            continue;
        };
        if is_boilerplate {
            out.extend(current.take());
            boilerplate.push(line);
            continue;
        }
        let line_text = text.get(line.range()).unwrap_or("");
        current = match current {
            Some(p) if runs_on(text, p, line_text) => Some(p.join(line)),
            Some(p) => {
                out.push(p);
                Some(line)
            }
            None => Some(line),
        };
    }
    out.extend(current);
}

/// Marks as boilerplate a run of up to three short lines (under 15 words each) with a
/// line of page-furniture wording right before and right after it, blank lines aside:
/// the body of a sign-up box whose heading and small print gave it away.
fn mark_sandwiched(lines: &mut [Option<Line>]) {
    // The flags as they stand before any marking, blank lines left out:
    // (index, is boilerplate, is short, has page-furniture wording).
    let flags: Vec<(usize, bool, bool, bool)> = lines
        .iter()
        .enumerate()
        .filter_map(|(i, l)| l.map(|l| (i, l.boilerplate, l.short, l.wording)))
        .collect();
    let mut k = 0;
    while k < flags.len() {
        let run_end = flags
            .get(k..)
            .unwrap_or_default()
            .iter()
            .position(|&(_, b, s, _)| b || !s)
            .map_or(flags.len(), |p| k + p);
        let before = k
            .checked_sub(1)
            .and_then(|b| flags.get(b))
            .is_some_and(|f| f.3);
        let after = flags.get(run_end).is_some_and(|f| f.3);
        if run_end > k && run_end - k <= 3 && before && after {
            for &(i, _, _, _) in flags.get(k..run_end).unwrap_or_default() {
                if let Some(Some(line)) = lines.get_mut(i) {
                    line.boilerplate = true;
                }
            }
        }
        k = run_end.max(k) + 1;
    }
}

/// Whether a paragraph so far runs on into the next line (hard-wrapped text).
fn runs_on(text: &str, paragraph: Span, next_line: &str) -> bool {
    let prev = text.get(paragraph.range()).unwrap_or("");
    let ends_sentence = prev
        .chars()
        .next_back()
        .is_some_and(|c| ".!?…\"”’:".contains(c));
    !ends_sentence && next_line.chars().next().is_some_and(char::is_lowercase)
}

/// Whether a line (trimmed) is page furniture rather than article text. See the module
/// documentation for the four tests.
pub fn is_boilerplate_line(line: &str) -> bool {
    classify_line(line, &mut Vec::new()).boilerplate
}

/// What the boilerplate tests found in a line.
struct LineClass {
    /// [`is_boilerplate_line`].
    boilerplate: bool,
    /// Its words, separated by white space.
    words: usize,
    /// Whether it holds page-furniture wording; left `false` when it is no
    /// boilerplate and 60 words or longer, where the answer counts for nothing.
    wording: bool,
}

/// The boilerplate tests on a line (trimmed), in one pass over its characters and one
/// search for page-furniture wording.
fn classify_line(line: &str, buf: &mut Vec<u8>) -> LineClass {
    let (mut words, mut latin, mut other) = (0usize, 0usize, 0usize);
    let mut copyright = false;
    let mut in_word = false;
    let bytes = line.as_bytes();
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        // Eight ASCII bytes at a time where they are.
        if let Some(chunk) = bytes
            .get(i..i + 8)
            .and_then(|c| <[u8; 8]>::try_from(c).ok())
        {
            let x = u64::from_le_bytes(chunk);
            if x & HIGH_BITS == 0 {
                let ascii = ascii_counts(x, in_word);
                words += ascii.word_starts;
                latin += ascii.letters;
                in_word = ascii.ends_in_word;
                i += 8;
                continue;
            }
        }
        let (white, len) = if b < 0x80 {
            latin += usize::from(b.is_ascii_alphabetic());
            (matches!(b, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r'), 1)
        } else {
            let Some(c) = line.get(i..).and_then(|r| r.chars().next()) else {
                break;
            };
            copyright |= c == '©';
            if c.is_alphabetic() {
                if is_latin(c) {
                    latin += 1;
                } else {
                    other += 1;
                }
            }
            (c.is_whitespace(), c.len_utf8())
        };
        if white {
            in_word = false;
        } else if !in_word {
            in_word = true;
            words += 1;
        }
        i += len;
    }
    let ends_like_sentence = line
        .chars()
        .next_back()
        .is_some_and(|c| ".!?…\"”’".contains(c));
    let furniture = copyright
        || is_photo_credit(line)
        || ends_in_a_date_stamp(line)
        || other > latin
        || (words <= 3 && !ends_like_sentence);
    // The wording search is the costly test: run it only where its answer counts.
    let (boilerplate, wording) = if words < 60 {
        let wording = has_boilerplate_wording(line, buf);
        (wording || furniture, wording)
    } else if furniture {
        (true, has_boilerplate_wording(line, buf))
    } else {
        (false, false)
    };
    LineClass {
        boilerplate,
        words,
        wording,
    }
}

/// The high bit of each of eight bytes.
const HIGH_BITS: u64 = 0x8080_8080_8080_8080;

/// What eight ASCII bytes hold, for [`classify_line`].
struct AsciiCounts {
    /// Words starting in them (after white space, or after `in_word` was false).
    word_starts: usize,
    /// ASCII letters.
    letters: usize,
    /// Whether the last byte is no white space.
    ends_in_word: bool,
}

/// Counts words starts and letters in eight ASCII bytes (no high bit set), as a
/// byte-by-byte loop would, `in_word` telling whether the byte before them was in a
/// word. White space is ASCII `char::is_whitespace`: tab to carriage return and space.
fn ascii_counts(x: u64, in_word: bool) -> AsciiCounts {
    const ONES: u64 = 0x0101_0101_0101_0101;
    // The high bit of each byte that is at least `n` (no byte has its high bit set, so
    // no sum carries into the next byte).
    let at_least = |n: u8| (x + (0x80 - u64::from(n)) * ONES) & HIGH_BITS;
    let within = |lo: u8, hi: u8| at_least(lo) & !at_least(hi + 1);
    let white = within(0x09, 0x0d) | within(b' ', b' ');
    let letters = within(b'A', b'Z') | within(b'a', b'z');
    let in_words = !white & HIGH_BITS;
    let before = (in_words << 8) | if in_word { 0x80 } else { 0 };
    let starts = in_words & !before;
    AsciiCounts {
        word_starts: starts.count_ones() as usize,
        letters: letters.count_ones() as usize,
        ends_in_word: in_words >> 63 != 0,
    }
}

/// Whether a line ends in a bare numeric date stamp with no sentence around it — an
/// image caption's or a teaser's credit line ("Moscow sights - Agency, 1920,
/// 23.12.2021", "Photo: Reuters 2021-12-23"). Prose writes dates in words or ends the
/// sentence with a full stop.
fn ends_in_a_date_stamp(line: &str) -> bool {
    let Some(last) = line.split_whitespace().next_back() else {
        return false;
    };
    let mut parts = last.split(['.', '-', '/']);
    let (Some(a), Some(b), Some(c), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return false;
    };
    let numeric = |p: &str| !p.is_empty() && p.len() <= 4 && p.bytes().all(|b| b.is_ascii_digit());
    numeric(a)
        && numeric(b)
        && numeric(c)
        && [a, b, c].iter().any(|p| p.len() == 4)
        && line.chars().count() <= 200
}

/// Whether a line ends with a parenthesised photo credit.
fn is_photo_credit(line: &str) -> bool {
    let Some(body) = line.trim_end().strip_suffix(')') else {
        return false;
    };
    let Some(open) = body.rfind('(') else {
        return false;
    };
    let group = body.get(open..).unwrap_or("").to_lowercase();
    CREDIT_WORDING.iter().any(|w| group.contains(w))
}

/// Whether a letter belongs to the Latin script (ASCII, Latin-1 and the Latin
/// Extended blocks).
fn is_latin(c: char) -> bool {
    c.is_ascii_alphabetic()
        || ('\u{00C0}'..='\u{024F}').contains(&c)
        || ('\u{1E00}'..='\u{1EFF}').contains(&c)
}

/// The character starting at byte `i` of `s`, if one does.
fn char_at(s: &str, i: usize) -> Option<char> {
    let b = *s.as_bytes().get(i)?;
    if b < 0x80 {
        return Some(char::from(b));
    }
    s.get(i..)?.chars().next()
}

/// The character ending at byte `i` of `s`, if one does.
fn char_before(s: &str, i: usize) -> Option<char> {
    let b = *s.as_bytes().get(i.checked_sub(1)?)?;
    if b < 0x80 {
        return Some(char::from(b));
    }
    s.get(..i)?.chars().next_back()
}

/// Whether a character is a letter or digit, ASCII decided first.
fn alphanumeric(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        c.is_alphanumeric()
    }
}

/// The ellipsis, `…`, searched for as bytes.
static ELLIPSIS: LazyLock<memchr::memmem::Finder<'static>> =
    LazyLock::new(|| memchr::memmem::Finder::new("…"));

/// Appends the sentences of a paragraph.
fn split_sentences(text: &str, paragraph: Span, out: &mut Vec<Span>) {
    let para = text.get(paragraph.range()).unwrap_or("");
    let bytes = para.as_bytes();
    let mut start = 0;
    let mut pos = 0;
    // The next `…` at or after `pos`, kept between searches (`None`: there is none).
    let mut ellipsis = ELLIPSIS.find(bytes);
    loop {
        let rest = bytes.get(pos..).unwrap_or_default();
        let ascii = memchr::memchr3(b'.', b'!', b'?', rest).map(|k| pos + k);
        if ellipsis.is_some_and(|e| e < pos) {
            ellipsis = ELLIPSIS.find(rest).map(|k| pos + k);
        }
        let Some(i) = ascii.into_iter().chain(ellipsis).min() else {
            break;
        };
        let Some(c) = char_at(para, i) else {
            break;
        };
        // Take the whole run of closing punctuation and quotes.
        let mut end = i + c.len_utf8();
        while let Some(d) = char_at(para, end) {
            if matches!(
                d,
                '.' | '!' | '?' | '…' | '"' | '”' | '’' | '\'' | ')' | ']'
            ) {
                end += d.len_utf8();
            } else {
                break;
            }
        }
        pos = end;
        if !char_at(para, end).is_some_and(char::is_whitespace) {
            continue;
        }
        let next = para.get(end..).unwrap_or("").trim_start().chars().next();
        if next.is_none_or(char::is_lowercase) {
            continue;
        }
        if c == '.' && end == i + 1 && !period_ends_sentence(para.get(..i).unwrap_or("")) {
            continue;
        }
        push_trimmed(
            text,
            Span::new(paragraph.start + start, paragraph.start + end),
            out,
        );
        start = end;
    }
    push_trimmed(text, Span::new(paragraph.start + start, paragraph.end), out);
}

/// Whether a period after `before` ends a sentence: not after an abbreviation, an
/// initial, or a dotted abbreviation ("U.S.").
fn period_ends_sentence(before: &str) -> bool {
    let word_start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| !(c.is_alphanumeric() || c == '.' || c == '\'' || c == '’'))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let word = before.get(word_start..).unwrap_or("");
    if word.is_empty() {
        return true;
    }
    if word.contains('.') {
        // "U.S.", "e.g." — dotted abbreviations; "3.5." is a number, which may end one.
        return word.chars().all(|c| c.is_ascii_digit() || c == '.');
    }
    let mut chars = word.chars();
    let single_capital = chars.next().is_some_and(char::is_uppercase) && chars.next().is_none();
    !(single_capital || ABBREVIATION_SET.contains(word))
}

/// Pushes a span trimmed of white space, when anything is left.
fn push_trimmed(text: &str, span: Span, out: &mut Vec<Span>) {
    let mut span = trim(text, span);
    // A "sentence" longer than any prose sentence (a page with no full stops, a
    // table flattened to one line) is cut at white space into pieces of at most
    // MAX_SENTENCE_BYTES, so that work done per sentence stays bounded.
    while span.len() > MAX_SENTENCE_BYTES {
        let window = text
            .get(span.start..span.start + MAX_SENTENCE_BYTES)
            .or_else(|| {
                (1..4).find_map(|back| text.get(span.start..span.start + MAX_SENTENCE_BYTES - back))
            })
            .unwrap_or("");
        let cut = window
            .rfind(char::is_whitespace)
            .filter(|&i| i > 0)
            .unwrap_or(window.len());
        if cut == 0 {
            break;
        }
        let piece = trim(text, Span::new(span.start, span.start + cut));
        if !piece.is_empty() {
            out.push(piece);
        }
        span = trim(text, Span::new(span.start + cut, span.end));
    }
    if !span.is_empty() {
        out.push(span);
    }
}

/// The longest stretch read as one sentence, in bytes.
const MAX_SENTENCE_BYTES: usize = 4096;

/// The bytes that may start a clause cut: `,` `:` `;` `(` `)` `[` `]` `-`, and 0xE2,
/// which starts an en or em dash. A table: a byte's test is one load.
#[expect(
    clippy::indexing_slicing,
    reason = "evaluated at compile time, where an index out of bounds fails the build"
)]
static CLAUSE_MARK_BYTES: [bool; 256] = {
    let mut table = [false; 256];
    let marks = b",:;()[]-\xE2";
    let mut k = 0;
    while k < marks.len() {
        table[marks[k] as usize] = true;
        k += 1;
    }
    table
};

/// Appends the clauses of a sentence.
fn split_clauses(text: &str, sentence: Span, out: &mut Vec<Span>) {
    let s = text.get(sentence.range()).unwrap_or("");
    let bytes = s.as_bytes();
    let white = |c: Option<char>| c.is_some_and(char::is_whitespace);
    let digit = |b: Option<&u8>| b.is_some_and(u8::is_ascii_digit);
    let mut start = 0;
    for (i, &b) in bytes.iter().enumerate() {
        // Every cut mark is ASCII or starts with 0xE2, which only ever leads a character.
        if !CLAUSE_MARK_BYTES
            .get(usize::from(b))
            .copied()
            .unwrap_or(false)
        {
            continue;
        }
        let (cut, len) = match b {
            b',' | b':' => {
                let inside_number = i > 0 && digit(bytes.get(i - 1)) && digit(bytes.get(i + 1));
                (!inside_number, 1)
            }
            b';' | b'(' | b')' | b'[' | b']' => (true, 1),
            b'-' => (white(char_before(s, i)) && white(char_at(s, i + 1)), 1),
            0xE2 => match (bytes.get(i + 1), bytes.get(i + 2)) {
                // Em dash.
                (Some(0x80), Some(0x94)) => (true, 3),
                // En dash.
                (Some(0x80), Some(0x93)) => {
                    (white(char_before(s, i)) && white(char_at(s, i + 3)), 3)
                }
                _ => continue,
            },
            _ => continue,
        };
        if cut {
            let piece = Span::new(sentence.start + start, sentence.start + i);
            if has_word(text, piece) {
                push_trimmed(text, piece, out);
            }
            start = i + len;
        }
    }
    let piece = Span::new(sentence.start + start, sentence.end);
    if has_word(text, piece) {
        push_trimmed(text, piece, out);
    }
}

/// Whether a span holds a letter or digit.
fn has_word(text: &str, span: Span) -> bool {
    text.get(span.range()).is_some_and(|s| {
        s.bytes().any(|b| b.is_ascii_alphanumeric())
            || (!s.is_ascii() && s.chars().any(char::is_alphanumeric))
    })
}

/// The ASCII letters and digits, as a table: a byte's test is one load.
#[expect(
    clippy::indexing_slicing,
    reason = "evaluated at compile time, where an index out of bounds fails the build"
)]
static ASCII_ALPHANUMERIC: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    table
};

/// Whether a byte is an ASCII letter or digit.
fn ascii_alphanumeric(b: u8) -> bool {
    ASCII_ALPHANUMERIC
        .get(usize::from(b))
        .copied()
        .unwrap_or(false)
}

/// Appends the words of a sentence.
fn tokenize(text: &str, sentence: Span, out: &mut Vec<Span>) {
    let s = text.get(sentence.range()).unwrap_or("");
    let bytes = s.as_bytes();
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if b < 0x80 {
            if !ascii_alphanumeric(b) {
                i += 1;
                continue;
            }
        } else {
            let Some(c) = char_at(s, i) else {
                break;
            };
            if !c.is_alphanumeric() {
                i += c.len_utf8();
                continue;
            }
        }
        // A word starts at `i`. `segment` counts the characters since the word start or
        // its last inner joiner; `prev` is the last character taken.
        let mut segment = 0usize;
        let mut prev = ' ';
        let mut j = i;
        loop {
            // A run of ASCII letters and digits, taken at once.
            let run = bytes
                .get(j..)
                .unwrap_or_default()
                .iter()
                .take_while(|&&b| ascii_alphanumeric(b))
                .count();
            if let Some(&last) = run.checked_sub(1).and_then(|r| bytes.get(j + r)) {
                segment += run;
                prev = char::from(last);
                j += run;
            }
            let Some(d) = char_at(s, j) else {
                break;
            };
            if !d.is_ascii() && d.is_alphanumeric() {
                segment += 1;
                prev = d;
                j += d.len_utf8();
                continue;
            }
            if !matches!(
                d,
                '-' | '\'' | '’' | ',' | '.' | '\u{2009}' | '\u{202F}' | '\u{00A0}'
            ) {
                break;
            }
            let k = j + d.len_utf8();
            let next = char_at(s, k).unwrap_or(' ');
            let joins = match d {
                '-' | '\'' | '’' => alphanumeric(prev) && alphanumeric(next),
                ',' => prev.is_ascii_digit() && next.is_ascii_digit(),
                '.' => {
                    (prev.is_ascii_digit() && next.is_ascii_digit())
                        || (segment == 1
                            && prev.is_alphabetic()
                            && next.is_alphabetic()
                            && !char_at(s, k + next.len_utf8()).is_some_and(alphanumeric))
                }
                _ => prev.is_ascii_digit() && three_digits(bytes, k),
            };
            if !joins {
                break;
            }
            segment = 0;
            prev = d;
            j = k;
        }
        out.push(Span::new(sentence.start + i, sentence.start + j));
        i = j;
    }
}

/// Whether exactly three digits start at byte `i`, with no digit after them.
fn three_digits(bytes: &[u8], i: usize) -> bool {
    (i..i + 3).all(|k| bytes.get(k).is_some_and(u8::is_ascii_digit))
        && !bytes.get(i + 3).is_some_and(u8::is_ascii_digit)
}

/// The analysis as first written, character by character: the byte-level code above
/// must give the same spans.
#[cfg(test)]
mod reference {
    #![allow(clippy::all)]
    use super::{
        BOILERPLATE, Span, is_latin, is_photo_credit, period_ends_sentence, push_trimmed, runs_on,
        trim,
    };

    /// The lemmatiser's singular as first written, allocating at every step.
    pub(super) fn singular(word: &str) -> String {
        let lower = word.to_lowercase().replace('’', "'");
        if let Some((_, l)) = super::IRREGULAR.iter().find(|(w, _)| *w == lower) {
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
        let cut = if ["sses", "shes", "ches", "xes", "zzes"]
            .iter()
            .any(|s| lower.ends_with(s))
        {
            2
        } else if ["ss", "us", "is", "'s"].iter().any(|s| lower.ends_with(s)) {
            0
        } else {
            1
        };
        lower.get(..lower.len() - cut).unwrap_or(&lower).to_string()
    }

    /// The same as [`super::Text::new`], the old way: (sentences, clauses, words,
    /// boilerplate).
    pub(super) fn analyse(text: &str, body: Span) -> [Vec<Span>; 4] {
        let body = super::clamp(text, body);
        let (mut sentences, mut clauses, mut words, mut boilerplate) =
            (Vec::new(), Vec::new(), Vec::new(), Vec::new());
        let mut chars = Vec::new();
        for paragraph in paragraphs(text, body, &mut boilerplate) {
            let first = sentences.len();
            split_sentences(text, paragraph, &mut sentences);
            for &sentence in sentences.get(first..).unwrap_or_default() {
                split_clauses(text, sentence, &mut clauses);
                tokenize(text, sentence, &mut chars, &mut words);
            }
        }
        [sentences, clauses, words, boilerplate]
    }

    /// The body's paragraphs, boilerplate lines recorded apart and left out.
    pub(super) fn paragraphs(text: &str, body: Span, boilerplate: &mut Vec<Span>) -> Vec<Span> {
        // Every non-empty line, and whether it is boilerplate; `None` for a blank line.
        let mut lines: Vec<Option<(Span, bool)>> = Vec::new();
        let mut start = body.start;
        let bytes = text.as_bytes();
        while start < body.end {
            let end = memchr::memchr(b'\n', bytes.get(start..body.end).unwrap_or_default())
                .map_or(body.end, |i| start + i);
            let line = trim(text, Span::new(start, end));
            start = end + 1;
            lines.push((!line.is_empty()).then(|| {
                let line_text = text.get(line.range()).unwrap_or("");
                (line, is_boilerplate_line(line_text))
            }));
        }
        mark_sandwiched(text, &mut lines);
        let mut out = Vec::new();
        let mut current: Option<Span> = None;
        for entry in lines {
            let Some((line, is_boilerplate)) = entry else {
                out.extend(current.take());
                continue;
            };
            if is_boilerplate {
                out.extend(current.take());
                boilerplate.push(line);
                continue;
            }
            let line_text = text.get(line.range()).unwrap_or("");
            current = match current {
                Some(p) if runs_on(text, p, line_text) => Some(p.join(line)),
                Some(p) => {
                    out.push(p);
                    Some(line)
                }
                None => Some(line),
            };
        }
        out.extend(current);
        out
    }

    /// Marks as boilerplate a run of up to three short lines (under 15 words each) with a
    /// line of page-furniture wording right before and right after it, blank lines aside:
    /// the body of a sign-up box whose heading and small print gave it away.
    pub(super) fn mark_sandwiched(text: &str, lines: &mut [Option<(Span, bool)>]) {
        let line = |span: Span| text.get(span.range()).unwrap_or("");
        let short = |span: Span| line(span).split_whitespace().count() < 15;
        // (index, is boilerplate, is short, has page-furniture wording)
        let flags: Vec<(usize, bool, bool, bool)> = lines
            .iter()
            .enumerate()
            .filter_map(|(i, l)| {
                l.map(|(span, b)| (i, b, short(span), b && BOILERPLATE.contains_in(line(span))))
            })
            .collect();
        let mut k = 0;
        while k < flags.len() {
            let run_end = flags
                .get(k..)
                .unwrap_or_default()
                .iter()
                .position(|&(_, b, s, _)| b || !s)
                .map_or(flags.len(), |p| k + p);
            let before = k
                .checked_sub(1)
                .and_then(|b| flags.get(b))
                .is_some_and(|f| f.3);
            let after = flags.get(run_end).is_some_and(|f| f.3);
            if run_end > k && run_end - k <= 3 && before && after {
                for &(i, _, _, _) in flags.get(k..run_end).unwrap_or_default() {
                    if let Some(Some((_, b))) = lines.get_mut(i) {
                        *b = true;
                    }
                }
            }
            k = run_end.max(k) + 1;
        }
    }

    /// Whether a line (trimmed) is page furniture rather than article text. See the module
    /// documentation for the four tests.
    pub(super) fn is_boilerplate_line(line: &str) -> bool {
        let words = line.split_whitespace().count();
        if words < 60 && BOILERPLATE.contains_in(line) {
            return true;
        }
        if line.contains('©') || is_photo_credit(line) || ends_in_a_date_stamp(line) {
            return true;
        }
        let (mut latin, mut other) = (0usize, 0usize);
        for c in line.chars().filter(|c| c.is_alphabetic()) {
            if is_latin(c) {
                latin += 1;
            } else {
                other += 1;
            }
        }
        if other > latin {
            return true;
        }
        let ends_like_sentence = line
            .chars()
            .next_back()
            .is_some_and(|c| ".!?…\"”’".contains(c));
        words <= 3 && !ends_like_sentence
    }

    /// Whether a line ends in a bare numeric date stamp with no sentence around it — an
    /// image caption's or a teaser's credit line ("Moscow sights - Agency, 1920,
    /// 23.12.2021", "Photo: Reuters 2021-12-23"). Prose writes dates in words or ends the
    /// sentence with a full stop.
    pub(super) fn ends_in_a_date_stamp(line: &str) -> bool {
        let Some(last) = line.split_whitespace().next_back() else {
            return false;
        };
        let parts: Vec<&str> = last.split(['.', '-', '/']).collect();
        let numeric = parts.len() == 3
            && parts
                .iter()
                .all(|p| !p.is_empty() && p.len() <= 4 && p.bytes().all(|b| b.is_ascii_digit()));
        numeric && parts.iter().any(|p| p.len() == 4) && line.chars().count() <= 200
    }

    /// Appends the sentences of a paragraph.
    pub(super) fn split_sentences(text: &str, paragraph: Span, out: &mut Vec<Span>) {
        let para = text.get(paragraph.range()).unwrap_or("");
        let mut start = 0;
        let mut iter = para.char_indices().peekable();
        while let Some((i, c)) = iter.next() {
            if !matches!(c, '.' | '!' | '?' | '…') {
                continue;
            }
            // Take the whole run of closing punctuation and quotes.
            let mut end = i + c.len_utf8();
            while let Some(&(j, d)) = iter.peek() {
                if matches!(
                    d,
                    '.' | '!' | '?' | '…' | '"' | '”' | '’' | '\'' | ')' | ']'
                ) {
                    end = j + d.len_utf8();
                    iter.next();
                } else {
                    break;
                }
            }
            let rest = para.get(end..).unwrap_or("");
            if !rest.starts_with(char::is_whitespace) {
                continue;
            }
            let next = rest.trim_start().chars().next();
            if next.is_none_or(char::is_lowercase) {
                continue;
            }
            if c == '.' && end == i + 1 && !period_ends_sentence(para.get(..i).unwrap_or("")) {
                continue;
            }
            push_trimmed(
                text,
                Span::new(paragraph.start + start, paragraph.start + end),
                out,
            );
            start = end;
        }
        push_trimmed(text, Span::new(paragraph.start + start, paragraph.end), out);
    }

    /// Appends the clauses of a sentence.
    pub(super) fn split_clauses(text: &str, sentence: Span, out: &mut Vec<Span>) {
        let s = text.get(sentence.range()).unwrap_or("");
        let mut start = 0;
        let mut prev: Option<char> = None;
        let mut iter = s.char_indices().peekable();
        while let Some((i, c)) = iter.next() {
            let next = iter.peek().map(|&(_, d)| d);
            let cut = match c {
                ',' | ':' => {
                    !(prev.is_some_and(|p| p.is_ascii_digit())
                        && next.is_some_and(|n| n.is_ascii_digit()))
                }
                ';' | '(' | ')' | '[' | ']' | '—' => true,
                '–' | '-' => {
                    prev.is_some_and(char::is_whitespace) && next.is_some_and(char::is_whitespace)
                }
                _ => false,
            };
            if cut {
                let piece = Span::new(sentence.start + start, sentence.start + i);
                if has_word(text, piece) {
                    push_trimmed(text, piece, out);
                }
                start = i + c.len_utf8();
            }
            prev = Some(c);
        }
        let piece = Span::new(sentence.start + start, sentence.end);
        if has_word(text, piece) {
            push_trimmed(text, piece, out);
        }
    }

    /// Whether a span holds a letter or digit.
    pub(super) fn has_word(text: &str, span: Span) -> bool {
        text.get(span.range())
            .is_some_and(|s| s.chars().any(char::is_alphanumeric))
    }

    /// Appends the words of a sentence; `chars` is a reused buffer.
    pub(super) fn tokenize(
        text: &str,
        sentence: Span,
        chars: &mut Vec<(usize, char)>,
        out: &mut Vec<Span>,
    ) {
        let s = text.get(sentence.range()).unwrap_or("");
        chars.clear();
        chars.extend(s.char_indices());
        let chars = chars.as_slice();
        let mut i = 0;
        while let Some(&(start, c)) = chars.get(i) {
            if !c.is_alphanumeric() {
                i += 1;
                continue;
            }
            // `segment` counts the characters since the word start or its last inner `.`.
            let mut segment = 1;
            let mut j = i + 1;
            while let Some(&(_, d)) = chars.get(j) {
                if d.is_alphanumeric() {
                    segment += 1;
                    j += 1;
                    continue;
                }
                let prev = chars.get(j - 1).map_or(' ', |&(_, p)| p);
                let next = chars.get(j + 1).map_or(' ', |&(_, n)| n);
                let after = chars.get(j + 2).map_or(' ', |&(_, n)| n);
                let joins = match d {
                    '-' | '\'' | '’' => prev.is_alphanumeric() && next.is_alphanumeric(),
                    ',' => prev.is_ascii_digit() && next.is_ascii_digit(),
                    '.' => {
                        (prev.is_ascii_digit() && next.is_ascii_digit())
                            || (segment == 1
                                && prev.is_alphabetic()
                                && next.is_alphabetic()
                                && !after.is_alphanumeric())
                    }
                    '\u{2009}' | '\u{202F}' | '\u{00A0}' => {
                        prev.is_ascii_digit() && three_digits(chars, j + 1)
                    }
                    _ => false,
                };
                if !joins {
                    break;
                }
                segment = 0;
                j += 1;
            }
            let end = chars.get(j).map_or(s.len(), |&(e, _)| e);
            out.push(Span::new(sentence.start + start, sentence.start + end));
            i = j;
        }
    }

    /// Whether exactly three digits start at index `i`, with no digit after them.
    pub(super) fn three_digits(chars: &[(usize, char)], i: usize) -> bool {
        (i..i + 3).all(|k| chars.get(k).is_some_and(|&(_, c)| c.is_ascii_digit()))
            && !chars.get(i + 3).is_some_and(|&(_, c)| c.is_ascii_digit())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(s: &str) -> Text<'_> {
        Text::new(s, Span::new(0, s.len()))
    }

    fn sentences(s: &str) -> Vec<&str> {
        let t = text(s);
        t.sentences().iter().map(|&sp| t.slice(sp)).collect()
    }

    #[test]
    fn a_line_ending_in_a_date_stamp_is_boilerplate() {
        assert!(is_boilerplate_line(
            "Moscow sights - Sputnik International, 1920, 23.12.2021"
        ));
        assert!(is_boilerplate_line("Photo: Reuters 2021-12-23"));
        assert!(!is_boilerplate_line("The talks ended on 23.12.2021."));
        assert!(!is_boilerplate_line(
            "Officials said 1,000 people fled on Tuesday"
        ));
    }

    #[test]
    fn sentences_respect_abbreviations_decimals_and_initials() {
        let got = sentences(
            "The U.S. Army sent 3.5 tonnes on Dec. 21. Mr. Smith and J. R. Jones agreed. \
             “We don’t want a war.” Lavrov said so! Did he? yes he did.",
        );
        assert_eq!(
            got,
            [
                "The U.S. Army sent 3.5 tonnes on Dec. 21.",
                "Mr. Smith and J. R. Jones agreed.",
                "“We don’t want a war.”",
                "Lavrov said so!",
                "Did he? yes he did.",
            ]
        );
    }

    #[test]
    fn lines_and_blank_lines_end_sentences() {
        let got = sentences("Headline without a period\n\nFirst para.\nSecond para has no end\n");
        assert_eq!(
            got,
            [
                "Headline without a period",
                "First para.",
                "Second para has no end"
            ]
        );
    }

    #[test]
    fn hard_wrapped_lines_run_on() {
        let got = sentences("The fighting has killed more\nthan 14,000 people. Next one.");
        assert_eq!(
            got,
            [
                "The fighting has killed more\nthan 14,000 people.",
                "Next one."
            ]
        );
    }

    #[test]
    fn clauses_cut_at_punctuation_but_not_inside_numbers() {
        let s = "In all, 14,000 people died; the war – which began in 2014 – goes on (sadly): at 10:30.";
        let t = text(s);
        let got: Vec<&str> = t.clauses().iter().map(|&sp| t.slice(sp)).collect();
        assert_eq!(
            got,
            [
                "In all",
                "14,000 people died",
                "the war",
                "which began in 2014",
                "goes on",
                "sadly",
                "at 10:30."
            ]
        );
    }

    #[test]
    fn words_keep_inner_hyphens_apostrophes_and_number_separators() {
        let s = "Russia’s build-up: 14,000 troops, 1.5 tonnes, COVID-19, U.S. and 14\u{2009}000.";
        let t = text(s);
        let got: Vec<&str> = t.words().iter().map(|&sp| t.slice(sp)).collect();
        assert_eq!(
            got,
            [
                "Russia’s",
                "build-up",
                "14,000",
                "troops",
                "1.5",
                "tonnes",
                "COVID-19",
                "U.S",
                "and",
                "14\u{2009}000"
            ]
        );
    }

    #[test]
    fn boilerplate_lines_are_left_out() {
        let s = "Sign up for our daily newsletter\n\
                 The army said 300 soldiers were hurt.\n\
                 Putin, centre, in Moscow on Dec. 21, 2021. (Mikhail Metzel, Pool Photo via AP)\n\
                 © Reuters / John Doe\n\
                 Заголовок открываемого материала\n\
                 NTD Photo\n\
                 This website uses cookies to improve your experience.\n";
        let got = sentences(s);
        assert_eq!(got, ["The army said 300 soldiers were hurt."]);
        let t = text(s);
        assert_eq!(t.boilerplate().len(), 6);
        assert!(t.is_boilerplate(2));
    }

    #[test]
    fn short_lines_inside_a_sign_up_box_are_left_out() {
        let s = "Sign up for Daily News\n\
                 What you need to know, summarized in one email.\n\
                 Stay informed with news you can trust.\n\
                 By registering, you agree to the Privacy Policy.\n\
                 \n\
                 The army said 300 soldiers were hurt.\n";
        assert_eq!(sentences(s), ["The army said 300 soldiers were hurt."]);
    }

    #[test]
    fn long_paragraph_mentioning_a_newsletter_is_kept() {
        let line = "The ministry said in its weekly newsletter that ".to_string()
            + &"more troops had arrived near the border and ".repeat(15)
            + "nobody knew why.";
        assert!(!is_boilerplate_line(&line));
    }

    #[test]
    fn lookups_find_sentence_clause_words_and_phrases() {
        let s = "Fighting in the Donbas has killed more than 14,000 people, according to Kyiv. \
                 Next sentence.";
        let t = text(s);
        let at = s.find("14,000").unwrap();
        assert_eq!(
            t.slice(t.sentence_at(at).unwrap()),
            "Fighting in the Donbas has killed more than 14,000 people, according to Kyiv."
        );
        assert_eq!(
            t.slice(t.clause_at(at).unwrap()),
            "Fighting in the Donbas has killed more than 14,000 people"
        );
        let span = Span::new(at, at + "14,000".len());
        let near: Vec<&str> = t.words_near(span, 2).iter().map(|&w| t.slice(w)).collect();
        assert_eq!(near, ["more", "than", "14,000", "people", "according"]);
        let sentence = t.sentence_at(at).unwrap();
        let found = t.find_phrase(sentence, "ACCORDING to").unwrap();
        assert_eq!(t.slice(found), "according to");
        assert!(t.mentions(sentence, "donbas"));
        assert!(!t.mentions(sentence, "don"));
        assert!(!t.mentions(sentence, "next sentence"));
        let set = PhraseSet::new(["killed", "death toll", "kill"]);
        let hits: Vec<usize> = set.find_iter(s, sentence).map(|(i, _)| i).collect();
        assert_eq!(hits, [0]);
    }

    /// Every word of the seeds and the quantity cases, with upper-case, odd and
    /// non-ASCII variants.
    fn sample_words() -> Vec<String> {
        let all = crate::extract::quantity::tests::SEEDS.concat();
        let t = text(&all);
        let mut words: Vec<String> = t.words().iter().map(|&w| t.slice(w).to_string()).collect();
        let extra = [
            "",
            "A",
            "AN",
            "Dec",
            "DEC",
            "o’clock",
            "O’CLOCK",
            "o'clock",
            "Ünter",
            "naïve",
            "MR",
            "Mr",
            "mR",
            "peoplE",
            "Crises",
            "CRISES",
            "bus",
            "BUSES",
            "Gas",
            "US",
            "a\0",
            "[]",
            "@",
            "`x",
            "{z",
            "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
            "abcdefghijklmnopq",
            "Thursday",
            "casualties",
            "Ties",
            "boxes",
            "Churches",
            "quizzes",
            "Soldier’s",
            "soldier's",
            "Ünters",
            "ÜBERS",
            "lies",
            "Roubles",
            "kilometers",
            "İstanbuls",
            "THURS",
            "sept",
            "Sept",
            "SEPT",
            "MAY",
            "may",
        ];
        words.extend(extra.iter().map(|w| (*w).to_string()));
        let upper: Vec<String> = words.iter().map(|w| w.to_uppercase()).collect();
        words.extend(upper);
        words
    }

    #[test]
    fn word_sets_answer_as_a_linear_search() {
        let lists: [&[&str]; 5] = [
            ABBREVIATIONS,
            &MONTH_NAMES,
            &WEEKDAY_NAMES,
            &[
                "o’clock",
                "a",
                "x",
                "abcdefghijklmnopqrstuvwxyz",
                "abcdefghijklmnop",
            ],
            &["people", "police", "personnel", "staff", "aircraft"],
        ];
        for list in lists {
            let set = WordSet::of(list);
            for w in sample_words()
                .iter()
                .map(String::as_str)
                .chain(list.iter().copied())
            {
                assert_eq!(set.contains(w), is_one_of(w, list), "{w:?}");
            }
        }
        for w in sample_words() {
            let month = is_one_of(&w, &MONTH_NAMES)
                || MONTH_ABBREVIATIONS
                    .iter()
                    .any(|(a, _)| a.eq_ignore_ascii_case(&w));
            assert_eq!(is_month(&w), month, "{w:?}");
            assert_eq!(
                is_calendar_word(&w),
                month || is_one_of(&w, &WEEKDAY_NAMES),
                "{w:?}"
            );
        }
    }

    #[test]
    fn plurals_agree_with_the_lemmatiser() {
        let words = sample_words();
        let irregular = IRREGULAR.iter().flat_map(|(w, l)| [*w, *l]);
        for w in words.iter().map(String::as_str).chain(irregular) {
            let reference = is_one_of(w, &["people", "police", "personnel", "staff", "aircraft"])
                || reference::singular(w) != w.to_lowercase().replace('’', "'");
            assert_eq!(is_plural(w), reference, "{w:?}");
            assert_eq!(singular(w), reference::singular(w), "{w:?}");
        }
    }

    /// Text with every case the analysis distinguishes, for the comparisons below.
    fn tricky_text() -> String {
        let seeds = crate::extract::quantity::tests::SEEDS.concat();
        let odd = "Mr. J. R. Smith… said “No.” (U.S.) — 14,000 – 3.5 - a-b 14\u{2009}000 \
                   14\u{00A0}0000 1,000,000. e.g. it’s Dec. 21, 10:30… Done!! ok? Yes.\u{0085}Next \
                   \u{2003}wide\u{2003}space. Ünter Straße 5. Ça va. Заголовок открываемого. \
                   © Reuters\n(Photo via AP)\nSign up now\nShort one\nSubscribe here\n\n\
                   Photo: Reuters 2021-12-23\nx 23.12.2021\nthe end\u{2026} Ok\u{2026}\u{2026} \
                   [a]b; c: d, e\u{2014}f g \u{2013} h\u{00A0}\u{2013}\u{00A0}i 1.a. A.B. a.b.c \
                   9.\n\nthe newsletter\n";
        format!("{seeds}{odd}{}", include_str!("quantity/cases.txt"))
    }

    #[test]
    fn byte_level_analysis_matches_the_reference() {
        let all = tricky_text();
        let check = |piece: &str| {
            let t = text(piece);
            let want = reference::analyse(piece, Span::new(0, piece.len()));
            let got = [
                t.sentences().to_vec(),
                t.clauses().to_vec(),
                t.words().to_vec(),
                t.boilerplate().to_vec(),
            ];
            assert_eq!(got, want, "{piece:?}");
        };
        check(&all);
        let bounds: Vec<usize> = (0..=all.len())
            .filter(|&i| all.is_char_boundary(i))
            .collect();
        for (n, &start) in bounds.iter().enumerate().step_by(7) {
            for len in [1, 2, 3, 4, 6, 9, 17, 60, 250] {
                let Some(&end) = bounds.get(n + len) else {
                    continue;
                };
                check(&all[start..end]);
            }
        }
        for line in all.lines() {
            let line = line.trim();
            assert_eq!(
                is_boilerplate_line(line),
                reference::is_boilerplate_line(line),
                "{line:?}"
            );
        }
    }

    #[test]
    fn phrase_sets_match_as_a_search_with_case_ignored() {
        let all = tricky_text();
        let sets: [&[&str]; 5] = [
            &["killed", "death toll", "kill", "Kyiv", "KYIV", "troops"],
            &["Russia", "russia’s", "U.S", "Donbas", "Donbass", "Ukraine"],
            &["a", "an", "the", "of the", "the Kremlin"],
            &["Заголовок", "Straße", "ça", "e.g", "—"],
            &["Photo", "via AP", "newsletter", "sign up", "cookie"],
        ];
        for set in sets {
            let phrases = PhraseSet::new(set);
            let reference = AhoCorasickBuilder::new()
                .ascii_case_insensitive(true)
                .match_kind(MatchKind::LeftmostLongest)
                .build(set)
                .unwrap();
            let t = text(&all);
            for &within in t.sentences().iter().chain([Span::new(0, all.len())].iter()) {
                let haystack = &all[within.range()];
                let want: Vec<(usize, Span)> = reference
                    .find_iter(haystack)
                    .filter(|m| {
                        let before = haystack[..m.start()].chars().next_back();
                        let after = haystack[m.end()..].chars().next();
                        !before.is_some_and(char::is_alphanumeric)
                            && !after.is_some_and(char::is_alphanumeric)
                    })
                    .map(|m| {
                        let span = Span::new(within.start + m.start(), within.start + m.end());
                        (m.pattern().as_usize(), span)
                    })
                    .collect();
                let got: Vec<(usize, Span)> = phrases.find_iter(&all, within).collect();
                assert_eq!(got, want, "{set:?} in {haystack:?}");
                assert_eq!(phrases.any_in(&all, within), !want.is_empty());
                assert_eq!(phrases.contains_in(haystack), reference.is_match(haystack));
            }
        }
    }

    #[test]
    fn seeds_analyse_on_char_boundaries() {
        for seed in crate::extract::quantity::tests::SEEDS {
            let t = text(seed);
            for &sp in t.sentences().iter().chain(t.clauses()).chain(t.words()) {
                assert!(seed.get(sp.range()).is_some(), "{sp:?}");
                assert!(!sp.is_empty());
            }
            assert!(t.sentences().windows(2).all(|w| w[0].end <= w[1].start));
        }
    }
}
