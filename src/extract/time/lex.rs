//! Tokens for the time reader: words, numbers and punctuation of one stretch of text,
//! each classified once against a small static lexicon (`sentences.rs` then numbers
//! their sentences).
//!
//! The tokens are the module's own (the text model's words carry no classes): they
//! hold what dates need, and tokenising never allocates per token.

use std::sync::LazyLock;

use chrono::Weekday;
use rustc_hash::FxHashMap;

use super::holidays::HOLIDAYS;
use crate::source::Span;
use crate::text::{
    KeyTable, MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAY_NAMES, ascii_letters_end, is_letter,
    list_entry, list_lines,
};

/// What a token is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    /// Letters, with inner apostrophes ("Moscow’s", "won't").
    Word,
    /// ASCII digits.
    Num,
    /// Any other single non-space character.
    Punct,
}

impl Lex {
    /// Whether a word before a bare year or month makes it a time: a preposition of
    /// time, "and", or a part of a period ("in 2014", "between March and", "early
    /// May").
    pub(super) fn leads_to_time(self) -> bool {
        matches!(
            self,
            Lex::In
                | Lex::Since
                | Lex::Until
                | Lex::By
                | Lex::Of
                | Lex::From
                | Lex::Before
                | Lex::After
                | Lex::During
                | Lex::Through
                | Lex::Between
                | Lex::And
                | Lex::To
                | Lex::Early
                | Lex::Mid
                | Lex::Late
        )
    }
}

/// A unit of calendar time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Unit {
    /// A day.
    Day,
    /// A week, Monday to Sunday.
    Week,
    /// A weekend, Saturday and Sunday.
    Weekend,
    /// A calendar month.
    Month,
    /// A calendar year.
    Year,
    /// Ten years.
    Decade,
    /// A hundred years (durations only).
    Century,
    /// An hour (durations only).
    Hour,
    /// A minute (durations only).
    Minute,
    /// A second (durations only).
    Second,
}

/// What a word means to the time reader.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Lex {
    None,
    Month(u32),
    MonthAbbr(u32),
    Wd(Weekday),
    /// A decade in words by its tens digit: "nineties" (9).
    DecadeWord(i32),
    Today,
    Tonight,
    Yesterday,
    Tomorrow,
    This,
    Next,
    Last,
    Past,
    Coming,
    Previous,
    Recent,
    Early,
    Mid,
    Late,
    Earlier,
    Later,
    Middle,
    Start,
    End,
    Very,
    The,
    A,
    Of,
    In,
    On,
    At,
    By,
    Since,
    Ago,
    Within,
    From,
    During,
    Until,
    Through,
    Between,
    And,
    Or,
    As,
    To,
    Unit(Unit),
    Ordinal(u8),
    Half,
    Quarter,
    Q,
    NumWord(u32),
    Few,
    Several,
    Couple,
    More,
    Than,
    Less,
    Over,
    Under,
    About,
    Nearly,
    After,
    Before,
    Soon,
    Daypart,
    Night,
    /// An ordinal suffix written after digits: "st", "nd", "rd", "th".
    OrdSuffix,
    /// "now".
    Now,
    /// An adverb of the present: "currently", "presently", "nowadays".
    Currently,
    /// An adverb of the recent past: "recently", "lately".
    Recently,
    /// "previously", "formerly": the past, when they open their sentence.
    Previously,
    /// "present" ("at present").
    Present,
    /// "moment" ("at the moment").
    Moment,
    /// "future".
    Future,
    /// "these" ("these days").
    These,
    /// A season: 1 winter, 2 spring, 3 summer, 4 autumn/fall.
    Season(u8),
    /// "fiscal", "financial" (a fiscal year or quarter).
    Fiscal,
    /// "same" ("the same period last year").
    Same,
    /// "period".
    PeriodWord,
    /// "for" (a duration: "for three days").
    For,
    /// "once", "twice", "every", "per": a frequency, not a duration.
    Every,
    /// "old" (an age: "30 years old").
    Old,
    /// An adverb or adjective of recurrence: "daily", "weekly", "annually".
    Recurring(Unit),
}

/// Nouns of a market's close, whose day is a past trading day ("Friday's close").
pub(super) const CLOSE_NOUNS: &[&str] = &["close"];

/// Verbs that make a day something ("declared Monday a public holiday"): the day is
/// their object, not their time.
/// Verbs that set a day for an event ("called elections for June 15", "postponed the
/// vote to March 3"): the day they set lies ahead of the verb, whatever its tense.
pub(super) const SETTING_VERBS: &[&str] = &[
    "called",
    "calls",
    "call",
    "convened",
    "convenes",
    "summoned",
    "fixed",
    "rescheduled",
    "postponed",
    "moved",
    "brought",
    "pushed",
];

pub(super) const NAMING_VERBS: &[&str] = &[
    "declared",
    "declares",
    "declare",
    "named",
    "names",
    "designated",
    "designates",
    "proclaimed",
    "proclaims",
];

/// What a word says about the tense of its sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Cue {
    None,
    /// A past-tense verb ("said", "met").
    Past,
    /// A future marker ("will", "plans", "scheduled").
    Future,
    /// A form of "be" that carries no tense of its own ("is", "been").
    Aux,
    /// A past auxiliary ("was", "had", "has").
    AuxPast,
    /// A future auxiliary ("will", "would").
    AuxFuture,
    /// "to", future when an infinitive follows ("a proposal to commence talks").
    To,
    /// "set", "going": future when "to" or "for" follows.
    SetTo,
    /// "due": future after a form of "be".
    Due,
    /// A word ending in "-ed" that the lexicon does not know: past unless an
    /// auxiliary stands just before it (a passive or perfect participle).
    Ed,
}

/// One token: its byte range in the whole text and what it means.
#[derive(Debug, Clone, Copy)]
pub(super) struct Tok {
    /// First byte, in the whole text.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// Word, number or punctuation.
    pub kind: Kind,
    /// The lexicon's reading of a word.
    pub lex: Lex,
    /// What the word says about tense.
    pub cue: Cue,
    /// Whether the word names an event ("talks", "meeting").
    pub event: bool,
    /// Whether the word is the first of a holiday's name ("New", "Christmas").
    pub holiday: bool,
    /// Whether the first character is upper-case.
    pub cap: bool,
    /// Whether the word is all upper-case (a shouted headline or an acronym).
    pub upper: bool,
    /// For numbers: the value (saturating) and the number of digits.
    pub num: u32,
    /// For numbers: how many digits.
    pub digits: u8,
    /// For punctuation: the character.
    pub ch: char,
    /// Whether a newline (two when `blank`) stands between this token and the last.
    pub newlines: u8,
    /// Index of the sentence the token belongs to.
    pub sent: u32,
}

impl Tok {
    /// A mark of no class at bytes `start..end` (`ch`, after `newlines` line ends): a
    /// punctuation mark, or a whole sentence the sieve passes over.
    pub(super) fn mark(start: usize, end: usize, ch: char, newlines: u8) -> Tok {
        Tok {
            start,
            end,
            kind: Kind::Punct,
            lex: Lex::None,
            cue: Cue::None,
            event: false,
            holiday: false,
            cap: false,
            upper: false,
            num: 0,
            digits: 0,
            ch,
            newlines,
            sent: 0,
        }
    }

    /// The token's span.
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
}

struct Entry {
    lex: Lex,
    cue: Cue,
    event: bool,
    holiday: bool,
}

const fn e(lex: Lex) -> Entry {
    Entry {
        lex,
        cue: Cue::None,
        event: false,
        holiday: false,
    }
}

const fn c(lex: Lex, cue: Cue) -> Entry {
    Entry {
        lex,
        cue,
        event: false,
        holiday: false,
    }
}

/// The time reader's word lists: its tense cues and event nouns.
const TIME_WORDS: &str = include_str!("../../../data/time_words.txt");

/// A list of `data/time_words.txt`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum TimeList {
    /// `[past]`, `[aux-past]`, `[aux]`, `[aux-future]`, `[future]`: the cue its words give.
    Cue(Cue),
    /// `[event]`: nouns of events a time dates.
    Event,
    /// `[begun]`: past verbs after which an infinitive happens when they do.
    Begun,
}

impl TimeList {
    fn of(name: &str) -> Option<TimeList> {
        Some(match name {
            "past" => TimeList::Cue(Cue::Past),
            "aux-past" => TimeList::Cue(Cue::AuxPast),
            "aux" => TimeList::Cue(Cue::Aux),
            "aux-future" => TimeList::Cue(Cue::AuxFuture),
            "future" => TimeList::Cue(Cue::Future),
            "event" => TimeList::Event,
            "begun" => TimeList::Begun,
            _ => return None,
        })
    }
}

/// The words of `data/time_words.txt`, each with the name of its list.
fn time_words() -> impl Iterator<Item = (&'static str, &'static str)> {
    list_lines(TIME_WORDS).map(|(list, line)| (list, list_entry(line)))
}

/// The words of `[begun]` ("began", "voted"), as written (lower case).
static BEGUN: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    time_words()
        .filter(|&(list, _)| TimeList::of(list) == Some(TimeList::Begun))
        .map(|(_, word)| word)
        .collect()
});

/// Whether `word` is one of `[begun]` ("began to erupt on Sunday"), without case.
pub(super) fn is_begun(word: &str) -> bool {
    BEGUN.iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// The lexicon, keyed by the lower-case word (apostrophes as `'`).
static LEXICON: LazyLock<FxHashMap<&'static [u8], Entry>> = LazyLock::new(|| {
    use Lex as L;
    let mut m: FxHashMap<&'static [u8], Entry> =
        FxHashMap::with_capacity_and_hasher(400, Default::default());
    for (n, name) in (1u32..).zip(MONTH_NAMES) {
        m.insert(name.as_bytes(), e(L::Month(n)));
    }
    for (name, n) in MONTH_ABBREVIATIONS {
        m.insert(name.as_bytes(), e(L::MonthAbbr(n)));
    }
    let weekdays = [
        Weekday::Mon,
        Weekday::Tue,
        Weekday::Wed,
        Weekday::Thu,
        Weekday::Fri,
        Weekday::Sat,
        Weekday::Sun,
    ];
    for (name, wd) in WEEKDAY_NAMES.into_iter().zip(weekdays) {
        m.insert(name.as_bytes(), e(L::Wd(wd)));
    }
    for (tens, name) in (2..).zip([
        "twenties",
        "thirties",
        "forties",
        "fifties",
        "sixties",
        "seventies",
        "eighties",
        "nineties",
    ]) {
        m.insert(name.as_bytes(), e(L::DecadeWord(tens)));
    }
    for (word, lex) in [
        ("today", L::Today),
        ("tonight", L::Tonight),
        ("yesterday", L::Yesterday),
        ("tomorrow", L::Tomorrow),
        ("this", L::This),
        ("current", L::This),
        ("next", L::Next),
        ("last", L::Last),
        ("past", L::Past),
        ("coming", L::Coming),
        ("upcoming", L::Coming),
        ("future", L::Future),
        ("previous", L::Previous),
        ("recent", L::Recent),
        ("early", L::Early),
        ("mid", L::Mid),
        ("late", L::Late),
        ("earlier", L::Earlier),
        ("later", L::Later),
        ("middle", L::Middle),
        ("start", L::Start),
        ("beginning", L::Start),
        ("end", L::End),
        ("very", L::Very),
        ("the", L::The),
        ("a", L::A),
        ("an", L::A),
        ("of", L::Of),
        ("in", L::In),
        ("on", L::On),
        ("at", L::At),
        ("by", L::By),
        ("since", L::Since),
        ("ago", L::Ago),
        ("within", L::Within),
        ("from", L::From),
        ("during", L::During),
        ("until", L::Until),
        ("till", L::Until),
        ("through", L::Through),
        ("throughout", L::Through),
        ("between", L::Between),
        ("and", L::And),
        ("or", L::Or),
        ("as", L::As),
        ("day", L::Unit(Unit::Day)),
        ("days", L::Unit(Unit::Day)),
        ("week", L::Unit(Unit::Week)),
        ("weeks", L::Unit(Unit::Week)),
        ("weekend", L::Unit(Unit::Weekend)),
        ("weekends", L::Unit(Unit::Weekend)),
        ("month", L::Unit(Unit::Month)),
        ("months", L::Unit(Unit::Month)),
        ("year", L::Unit(Unit::Year)),
        ("years", L::Unit(Unit::Year)),
        ("decade", L::Unit(Unit::Decade)),
        ("decades", L::Unit(Unit::Decade)),
        ("century", L::Unit(Unit::Century)),
        ("centuries", L::Unit(Unit::Century)),
        ("hour", L::Unit(Unit::Hour)),
        ("hours", L::Unit(Unit::Hour)),
        ("minute", L::Unit(Unit::Minute)),
        ("minutes", L::Unit(Unit::Minute)),
        ("seconds", L::Unit(Unit::Second)),
        ("now", L::Now),
        ("currently", L::Currently),
        ("presently", L::Currently),
        ("nowadays", L::Currently),
        ("recently", L::Recently),
        ("lately", L::Recently),
        ("previously", L::Previously),
        ("formerly", L::Previously),
        ("present", L::Present),
        ("moment", L::Moment),
        ("these", L::These),
        ("winter", L::Season(1)),
        ("spring", L::Season(2)),
        ("summer", L::Season(3)),
        ("autumn", L::Season(4)),
        ("fall", L::Season(4)),
        ("fiscal", L::Fiscal),
        ("financial", L::Fiscal),
        ("fy", L::Fiscal),
        ("same", L::Same),
        ("corresponding", L::Same),
        ("comparable", L::Same),
        ("period", L::PeriodWord),
        ("for", L::For),
        ("once", L::Every),
        ("twice", L::Every),
        ("every", L::Every),
        ("per", L::Every),
        ("times", L::Every),
        ("old", L::Old),
        ("hourly", L::Recurring(Unit::Hour)),
        ("daily", L::Recurring(Unit::Day)),
        ("weekly", L::Recurring(Unit::Week)),
        ("monthly", L::Recurring(Unit::Month)),
        ("yearly", L::Recurring(Unit::Year)),
        ("annually", L::Recurring(Unit::Year)),
        ("first", L::Ordinal(1)),
        ("second", L::Ordinal(2)),
        ("third", L::Ordinal(3)),
        ("fourth", L::Ordinal(4)),
        ("final", L::Ordinal(9)),
        ("half", L::Half),
        ("quarter", L::Quarter),
        ("q", L::Q),
        ("one", L::NumWord(1)),
        ("two", L::NumWord(2)),
        ("three", L::NumWord(3)),
        ("four", L::NumWord(4)),
        ("five", L::NumWord(5)),
        ("six", L::NumWord(6)),
        ("seven", L::NumWord(7)),
        ("eight", L::NumWord(8)),
        ("nine", L::NumWord(9)),
        ("ten", L::NumWord(10)),
        ("eleven", L::NumWord(11)),
        ("twelve", L::NumWord(12)),
        ("thirteen", L::NumWord(13)),
        ("fourteen", L::NumWord(14)),
        ("fifteen", L::NumWord(15)),
        ("sixteen", L::NumWord(16)),
        ("seventeen", L::NumWord(17)),
        ("eighteen", L::NumWord(18)),
        ("nineteen", L::NumWord(19)),
        ("twenty", L::NumWord(20)),
        ("thirty", L::NumWord(30)),
        ("forty", L::NumWord(40)),
        ("fifty", L::NumWord(50)),
        ("sixty", L::NumWord(60)),
        ("seventy", L::NumWord(70)),
        ("eighty", L::NumWord(80)),
        ("ninety", L::NumWord(90)),
        ("hundred", L::NumWord(100)),
        ("few", L::Few),
        ("several", L::Several),
        ("couple", L::Couple),
        ("more", L::More),
        ("than", L::Than),
        ("less", L::Less),
        ("fewer", L::Less),
        ("over", L::Over),
        ("under", L::Under),
        ("about", L::About),
        ("around", L::About),
        ("some", L::About),
        ("roughly", L::About),
        ("approximately", L::About),
        ("nearly", L::Nearly),
        ("almost", L::Nearly),
        ("after", L::After),
        ("before", L::Before),
        ("immediately", L::Soon),
        ("shortly", L::Soon),
        ("right", L::Soon),
        ("soon", L::Soon),
        ("just", L::Soon),
        ("morning", L::Daypart),
        ("afternoon", L::Daypart),
        ("evening", L::Daypart),
        ("night", L::Night),
        ("st", L::OrdSuffix),
        ("nd", L::OrdSuffix),
        ("rd", L::OrdSuffix),
        ("th", L::OrdSuffix),
    ] {
        m.insert(word.as_bytes(), e(lex));
    }
    m.insert("to".as_bytes(), c(L::To, Cue::To));
    m.insert("set".as_bytes(), c(L::None, Cue::SetTo));
    m.insert("going".as_bytes(), c(L::None, Cue::SetTo));
    m.insert("due".as_bytes(), c(L::None, Cue::Due));
    // The cue words and event nouns of `data/time_words.txt`: a word keeps the class
    // the table above gives it ("ago", "upcoming") and takes its list's cue.
    for (list, word) in time_words() {
        let key = word.as_bytes();
        match TimeList::of(list) {
            Some(TimeList::Cue(cue)) => m.entry(key).or_insert(e(L::None)).cue = cue,
            Some(TimeList::Event) => m.entry(key).or_insert(e(L::None)).event = true,
            Some(TimeList::Begun) | None => {}
        }
    }
    for first in HOLIDAYS.by_first.keys() {
        m.entry(first.as_bytes()).or_insert(e(L::None)).holiday = true;
    }
    m
});

/// The words of the lexicon that a time expression needs one of (see `sieve.rs`): the
/// classes no expression of the parser is read without. Words of the other classes
/// ("last", "the", "early", "every", "two") read a time only beside one of these.
/// With each, whether it is one only with a capital (a month or a weekday: the parser
/// reads none written in lower case, "may" or "march").
pub(super) fn anchor_words() -> impl Iterator<Item = (&'static str, bool)> {
    LEXICON.iter().filter_map(|(&word, entry)| {
        let anchor = match entry.lex {
            Lex::Month(_) | Lex::MonthAbbr(_) | Lex::Wd(_) => Some(true),
            Lex::DecadeWord(_)
            | Lex::Today
            | Lex::Tonight
            | Lex::Yesterday
            | Lex::Tomorrow
            | Lex::Past
            | Lex::Unit(_)
            | Lex::Recurring(_)
            | Lex::Now
            | Lex::Currently
            | Lex::Recently
            | Lex::Previously
            | Lex::Present
            | Lex::Moment
            | Lex::Future
            | Lex::Season(_)
            | Lex::Half
            | Lex::Quarter
            | Lex::PeriodWord
            | Lex::Daypart
            | Lex::Night => Some(false),
            // The first word of a spelled year ("nineteen ninety-one"; "two thousand"
            // has its "thousand").
            Lex::NumWord(n) if (10..=20).contains(&n) => Some(false),
            _ => None,
        };
        Some((std::str::from_utf8(word).ok()?, anchor?))
    })
}

/// Words whose "-ed" ending is no past tense.
fn ed_exception(word: &[u8]) -> bool {
    word.ends_with(b"eed")
        || matches!(
            word,
            b"red"
                | b"bed"
                | b"united"
                | b"hundred"
                | b"naked"
                | b"sacred"
                | b"wicked"
                | b"beloved"
        )
}

/// Whether a time's words name its day only from the day they are written on, by this
/// lexicon ("today", "Tomorrow", "last night", "this morning", "earlier today"): no
/// weekday, no date, so the day is as sure as the article's publication date.
pub(crate) fn names_no_day(text: &str) -> bool {
    use Lex as L;
    // Most times are dates and weekdays: the first byte and the length rule them out
    // before any word is looked up.
    if text.len() > 20 || !text.starts_with(['t', 'T', 'y', 'Y', 'l', 'L', 'e', 'E']) {
        return false;
    }
    let mut words = text.split_whitespace().map(|w| classify(w).0);
    let first = words.next().unwrap_or(L::None);
    let second = words.next().unwrap_or(L::None);
    matches!(
        (first, second),
        (L::Today | L::Tonight | L::Yesterday | L::Tomorrow, _)
            | (L::This, L::Daypart)
            | (L::Last, L::Night)
            | (L::Earlier | L::Later, L::Today | L::Tonight)
    )
}

/// Lower-cases an ASCII word (with `’` as `'`) into `buf`; `None` for other scripts
/// and for words too long to be in the lexicon.
pub(super) fn lower<'b>(word: &str, buf: &'b mut [u8; 24]) -> Option<&'b [u8]> {
    let mut n = 0;
    for ch in word.chars() {
        let b = match ch {
            '’' => b'\'',
            c if c.is_ascii() => c.to_ascii_lowercase() as u8,
            _ => return None,
        };
        *buf.get_mut(n)? = b;
        n += 1;
    }
    buf.get(..n)
}

/// What the lexicon says of a word: its meaning, its tense cue, whether it names an
/// event and whether a holiday's name starts with it.
type Class = (Lex, Cue, bool, bool);

/// Nothing known of a word.
const UNKNOWN: Class = (Lex::None, Cue::None, false, false);

/// Classifies a word.
fn classify(word: &str) -> Class {
    let mut buf = [0u8; 24];
    match lower(word, &mut buf) {
        Some(low) => classify_lower(low),
        None => UNKNOWN,
    }
}

/// [`classify`] for a word of ASCII letters only (inlined into the tokeniser's loop).
#[inline]
fn classify_ascii(text: &str) -> Class {
    let word = text.as_bytes();
    let (Some(&first), Some(&last)) = (word.first(), word.last()) else {
        return UNKNOWN;
    };
    let ed = word.len() >= 5 && ends_in_ed(word);
    // Most words of a text are in no entry, and length and end letters say so without
    // a look-up; only "-ed" is then left to test.
    if LEXICON_FILTER.may_hold(word.len(), first, last) {
        match crate::text::caseless_key(text) {
            Some(key) => {
                if let Some(&class) = LEXICON_KEYED.get(key) {
                    return class;
                }
            }
            None => return classify_long(word),
        }
    }
    // In no entry, and without an apostrophe: only "-ed" tells something.
    if !ed {
        return UNKNOWN;
    }
    classify_long(word)
}

/// [`classify_ascii`] by the lower-cased word.
fn classify_long(word: &[u8]) -> Class {
    let mut buf = [0u8; 24];
    let Some(low) = buf.get_mut(..word.len()) else {
        // Longer than any word of the lexicon.
        return UNKNOWN;
    };
    low.copy_from_slice(word);
    low.make_ascii_lowercase();
    classify_lower(low)
}

/// The entries of [`LEXICON`] of up to 15 bytes, keyed by their packed caseless key
/// ([`crate::text::caseless_key`]), so that an ASCII word is looked up by one integer.
static LEXICON_KEYED: LazyLock<KeyTable<Class>> = LazyLock::new(|| {
    KeyTable::new(LEXICON.iter().filter_map(|(word, entry)| {
        let key = crate::text::caseless_key(std::str::from_utf8(word).ok()?)?;
        Some((key, (entry.lex, entry.cue, entry.event, entry.holiday)))
    }))
});

/// Whether a word ends in "ed", case ignored.
fn ends_in_ed(word: &[u8]) -> bool {
    matches!(word, [.., e, d] if e.eq_ignore_ascii_case(&b'e') && d.eq_ignore_ascii_case(&b'd'))
}

/// A filter over the lexicon's words by length, first and last letter (case ignored):
/// a word it turns away is in no entry; one it lets through is looked up.
struct LengthAndEnds {
    bits: [u64; 64],
}

impl LengthAndEnds {
    fn slot(len: usize, first: u8, last: u8) -> usize {
        let (first, last) = (usize::from(first | 0x20), usize::from(last | 0x20));
        (len.wrapping_mul(0x9E37) ^ first.wrapping_mul(0x2F1) ^ last.wrapping_mul(0x65)) & 4095
    }

    fn may_hold(&self, len: usize, first: u8, last: u8) -> bool {
        let slot = Self::slot(len, first, last);
        self.bits
            .get(slot / 64)
            .is_some_and(|w| w & (1u64 << (slot % 64)) != 0)
    }
}

/// The filter of [`classify_ascii`], over every word of [`LEXICON`].
static LEXICON_FILTER: LazyLock<LengthAndEnds> = LazyLock::new(|| {
    let mut filter = LengthAndEnds { bits: [0; 64] };
    for word in LEXICON.keys() {
        if let (Some(&first), Some(&last)) = (word.first(), word.last()) {
            let slot = LengthAndEnds::slot(word.len(), first, last);
            if let Some(w) = filter.bits.get_mut(slot / 64) {
                *w |= 1u64 << (slot % 64);
            }
        }
    }
    filter
});

/// [`classify`] for a lower-cased ASCII word.
fn classify_lower(low: &[u8]) -> Class {
    if let Some(entry) = LEXICON.get(low) {
        return (entry.lex, entry.cue, entry.event, entry.holiday);
    }
    if let Some(base) = low.strip_suffix(b"'s") {
        // "Tuesday's", "next year's": the possessive reads as its base.
        if let Some(entry) = LEXICON.get(base) {
            return (entry.lex, Cue::None, entry.event, false);
        }
        return UNKNOWN;
    }
    if low.ends_with(b"'ll") {
        return (Lex::None, Cue::AuxFuture, false, false);
    }
    if low.len() >= 5 && low.ends_with(b"ed") && !ed_exception(low) {
        return (Lex::None, Cue::Ed, false, false);
    }
    UNKNOWN
}

fn is_apostrophe(ch: char) -> bool {
    ch == '\'' || ch == '’'
}

/// The character at byte `i` of `s` (a character boundary), ASCII read directly.
fn char_at(s: &str, i: usize) -> Option<char> {
    match s.as_bytes().get(i) {
        Some(&b) if b.is_ascii() => Some(char::from(b)),
        Some(_) => s.get(i..).and_then(|rest| rest.chars().next()),
        None => None,
    }
}

/// Whether an ASCII byte is white space (as [`char::is_whitespace`] says of it).
fn ascii_white(b: u8) -> bool {
    matches!(b, b' ' | b'\t'..=b'\r')
}

/// The text a tokeniser reads, `text[span]` (none when the span lies outside it), with
/// `out` cleared and room reserved: about a token every five bytes of news prose, at
/// once rather than grown (and copied) a doubling at a time.
fn prepare<'s>(text: &'s str, span: Span, out: &mut Vec<Tok>) -> Option<&'s str> {
    out.clear();
    let slice = text.get(span.range())?;
    out.reserve(slice.len() / 5);
    Some(slice)
}

/// Tokenises `text[span]` into `out` (cleared first); `sentences.rs` numbers their
/// sentences. ASCII is read a byte at a time; a character is decoded only where a
/// byte is not ASCII.
pub(super) fn tokenize(text: &str, span: Span, out: &mut Vec<Tok>) {
    let Some(slice) = prepare(text, span, out) else {
        return;
    };
    append_tokens(slice, span.start, out);
}

/// Tokenises `text[span]` onto the end of `out` (nothing is cleared or reserved), as
/// [`tokenize`] does: the time reader's tokens of a block, a stretch between two
/// sentences it passes over at a time.
pub(super) fn tokenize_more(text: &str, span: Span, out: &mut Vec<Tok>) {
    if let Some(slice) = text.get(span.range()) {
        append_tokens(slice, span.start, out);
    }
}

/// The tokens of `slice`, which starts at byte `base` of the whole text, pushed onto
/// `out`.
#[inline]
fn append_tokens(slice: &str, base: usize, out: &mut Vec<Tok>) {
    let bytes = slice.as_bytes();
    let mut at = 0;
    let mut newlines: u8 = 0;
    while let Some(&b) = bytes.get(at) {
        // The common tokens of ASCII prose, each made at once: a word of ASCII letters
        // that ends at an ASCII byte other than an apostrophe (or at the end), a
        // number, a mark. Anything else is read by `token_at`.
        let fast = if b.is_ascii_alphabetic() {
            let end = ascii_letters_end(bytes, at + 1);
            match bytes.get(end) {
                Some(&n) if n >= 0x80 || n == b'\'' => None,
                _ => {
                    let word = slice.get(at..end).unwrap_or("");
                    let cap = b.is_ascii_uppercase();
                    let upper = cap
                        && end - at > 1
                        && !bytes
                            .get(at + 1..end)
                            .unwrap_or_default()
                            .iter()
                            .any(u8::is_ascii_lowercase);
                    let (lex, cue, event, holiday) = classify_ascii(word);
                    Some(Tok {
                        start: base + at,
                        end: base + end,
                        kind: Kind::Word,
                        lex,
                        cue,
                        event,
                        holiday,
                        cap,
                        upper,
                        num: 0,
                        digits: 0,
                        ch: char::from(b),
                        newlines,
                        sent: 0,
                    })
                }
            }
        } else if b < 0x80 {
            if ascii_white(b) {
                if b == b'\n' {
                    newlines = newlines.saturating_add(1);
                }
                at += 1;
                continue;
            }
            Some(ascii_number_or_mark(bytes, base, at, newlines))
        } else {
            None
        };
        let tok = match fast {
            Some(tok) => tok,
            None => match token_at(slice, base, at, newlines) {
                Step::Token(tok) => tok,
                Step::Skip(next) => {
                    at = next;
                    continue;
                }
                Step::Stop => break,
            },
        };
        newlines = 0;
        at = tok.end - base;
        out.push(tok);
        // Nearly every token is followed by one space: passed over at once.
        if bytes.get(at) == Some(&b' ') {
            at += 1;
        }
    }
}

/// The token at ASCII byte `at` that is no letter and no white space: a number (ASCII
/// digits) or a mark.
fn ascii_number_or_mark(bytes: &[u8], base: usize, at: usize, newlines: u8) -> Tok {
    let b = bytes.get(at).copied().unwrap_or(b' ');
    let mut tok = Tok::mark(base + at, base + at + 1, char::from(b), newlines);
    if b.is_ascii_digit() {
        tok.end = base + read_number(bytes, at, &mut tok);
    }
    tok
}

/// Reads the run of ASCII digits starting at byte `at` of `bytes` into `tok` as a
/// number (its value, saturated, and its count of digits); gives the byte after it.
fn read_number(bytes: &[u8], at: usize, tok: &mut Tok) -> usize {
    let mut end = at;
    let mut value: u64 = 0;
    let mut digits: u8 = 0;
    while let Some(&b) = bytes.get(end).filter(|b| b.is_ascii_digit()) {
        value = value.saturating_mul(10).saturating_add(u64::from(b - b'0'));
        digits = digits.saturating_add(1);
        end += 1;
    }
    tok.kind = Kind::Num;
    tok.num = u32::try_from(value).unwrap_or(u32::MAX);
    tok.digits = digits;
    end
}

/// What [`token_at`] read.
enum Step {
    /// A token.
    Token(Tok),
    /// White space, up to the byte given.
    Skip(usize),
    /// A byte that starts no character: the rest is not read.
    Stop,
}

/// The token starting at byte `at` of `slice` (at `base` in the whole text), or the
/// white space there: the general reading, character by character, of what
/// [`tokenize`] does not read at once (letters beyond ASCII, inner apostrophes).
fn token_at(slice: &str, base: usize, at: usize, newlines: u8) -> Step {
    let bytes = slice.as_bytes();
    let Some(&b) = bytes.get(at) else {
        return Step::Stop;
    };
    let ch = if b < 0x80 {
        if ascii_white(b) {
            return Step::Skip(at + 1);
        }
        char::from(b)
    } else {
        let Some(ch) = char_at(slice, at) else {
            return Step::Stop;
        };
        if ch.is_whitespace() {
            return Step::Skip(at + ch.len_utf8());
        }
        ch
    };
    let mut end = at + ch.len_utf8();
    let mut tok = first_char_token(base, at, end, ch, newlines);
    if b.is_ascii_digit() {
        return Step::Token(ascii_number_or_mark(bytes, base, at, newlines));
    }
    if b.is_ascii_alphabetic() || (b >= 0x80 && is_letter(ch)) {
        end = read_word(slice, at, end, &mut tok);
    }
    tok.end = base + end;
    Step::Token(tok)
}

/// The token of the one character `ch` at byte `at` (ending at `end`) of a slice that
/// starts at `base`: a mark until its reader makes it more.
#[inline]
fn first_char_token(base: usize, at: usize, end: usize, ch: char, newlines: u8) -> Tok {
    let mut tok = Tok::mark(base + at, base + end, ch, newlines);
    tok.cap = if ch.is_ascii() {
        ch.is_ascii_uppercase()
    } else {
        ch.is_uppercase()
    };
    tok
}

/// Reads the word whose first letter starts at byte `at` of `slice` (its first
/// character ends at `end`) into `tok` (kind, class, capitals); returns where it ends.
#[inline]
fn read_word(slice: &str, at: usize, mut end: usize, tok: &mut Tok) -> usize {
    let bytes = slice.as_bytes();
    let mut upper = tok.cap;
    let mut ascii = bytes.get(at).is_some_and(|&b| b < 0x80);
    let mut chars = 1;
    loop {
        // A run of ASCII letters, the common case, taken at once.
        let rest = bytes.get(end..).unwrap_or_default();
        let run = rest
            .iter()
            .position(|n| !n.is_ascii_alphabetic())
            .unwrap_or(rest.len());
        if upper {
            upper = rest
                .get(..run)
                .unwrap_or_default()
                .iter()
                .all(|n| !n.is_ascii_lowercase());
        }
        chars += run;
        end += run;
        match bytes.get(end) {
            Some(&n) if n < 0x80 && n != b'\'' => break,
            None => break,
            Some(_) => {}
        }
        let Some(next) = char_at(slice, end) else {
            break;
        };
        if next.is_alphabetic() {
            upper &= !next.is_lowercase();
            ascii &= next.is_ascii();
            chars += 1;
            end += next.len_utf8();
        } else if is_apostrophe(next)
            // An inner apostrophe joins letters: "Moscow’s", "won't".
            && char_at(slice, end + next.len_utf8()).is_some_and(char::is_alphabetic)
        {
            ascii = false;
            chars += 1;
            end += next.len_utf8();
        } else {
            break;
        }
    }
    let word = slice.get(at..end).unwrap_or("");
    let (lex, cue, event, holiday) = if ascii {
        classify_ascii(word)
    } else {
        classify(word)
    };
    tok.kind = Kind::Word;
    tok.lex = lex;
    tok.cue = cue;
    tok.event = event;
    tok.holiday = holiday;
    tok.upper = upper && chars > 1;
    end
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_time_word_is_in_a_known_list_and_read() {
        let mut lists = std::collections::BTreeSet::new();
        for (list, word) in time_words() {
            assert!(
                TimeList::of(list).is_some(),
                "unknown list [{list}] ({word})"
            );
            assert!(
                !word.is_empty() && word == word.to_lowercase() && !word.contains(' '),
                "[{list}] {word:?}"
            );
            lists.insert(list);
        }
        assert_eq!(lists.len(), 7, "{lists:?}");
        let entry = |w: &str| LEXICON.get(w.as_bytes());
        // A cue word keeps the class the keyword table gives it.
        assert!(entry("ago").is_some_and(|e| e.lex == Lex::Ago && e.cue == Cue::Past));
        assert!(entry("upcoming").is_some_and(|e| e.lex == Lex::Coming && e.cue == Cue::Future));
        // A word in two lists takes the later list's cue.
        assert!(entry("got").is_some_and(|e| e.cue == Cue::Aux));
        assert!(entry("summit").is_some_and(|e| e.event));
        // `[begun]` adds no entry: "started" stays a past tense by its "-ed".
        assert!(entry("started").is_none());
        assert!(is_begun("Voted") && !is_begun("said"));
    }

    /// The tokeniser as it was before its fast paths, character by character: the
    /// fast one must give the same tokens.
    fn reference(text: &str, span: Span, out: &mut Vec<Tok>) {
        let Some(slice) = prepare(text, span, out) else {
            return;
        };
        let bytes = slice.as_bytes();
        let base = span.start;
        let mut at = 0;
        let mut newlines: u8 = 0;
        while let Some(&b) = bytes.get(at) {
            let ch = if b < 0x80 {
                if ascii_white(b) {
                    if b == b'\n' {
                        newlines = newlines.saturating_add(1);
                    }
                    at += 1;
                    continue;
                }
                char::from(b)
            } else {
                let Some(ch) = char_at(slice, at) else {
                    break;
                };
                if ch.is_whitespace() {
                    at += ch.len_utf8();
                    continue;
                }
                ch
            };
            let mut end = at + ch.len_utf8();
            let mut tok = first_char_token(base, at, end, ch, newlines);
            newlines = 0;
            if b.is_ascii_digit() {
                end = read_number(bytes, at, &mut tok);
            } else if b.is_ascii_alphabetic() || (b >= 0x80 && is_letter(ch)) {
                end = read_word(slice, at, end, &mut tok);
            }
            tok.end = base + end;
            out.push(tok);
            at = end;
        }
    }

    fn same(text: &str) {
        let (mut fast, mut slow) = (Vec::new(), Vec::new());
        for span in [Span::new(0, text.len()), Span::new(1, text.len())] {
            tokenize(text, span, &mut fast);
            reference(text, span, &mut slow);
            assert_eq!(format!("{fast:?}"), format!("{slow:?}"), "{text:?}");
        }
    }

    #[test]
    fn the_fast_paths_give_the_reference_tokens() {
        for text in [
            "",
            "a",
            "A",
            "AB",
            "Ab",
            "On Monday, January 10, 2022, talks began.",
            "Russia’s troops won't leave; RUSSIA'S NATO-led U.S. forces",
            "Erdoğan met Zelenskyy in Kyiv — 14 000 people\u{a0}fled\n\nNext\r\n",
            "abcdefgh abcdefghi abcdefghijklmnopq ABCDEFGHIJ AbCdEfGhIjK",
            "abcdefg1 abcdefg’ abcdefgé abcdefg' x'y x’ 'tis ’90s 1990's",
            "\u{2009}\u{2028}x\u{85}y\tz\x0bw\x0c\x00q 12345678901234 0007",
            "Straße über café naïve ÉCOLE Ωmega 東京 ＡＢＣ",
            "a\nb\n\n\n\nc",
        ] {
            same(text);
        }
        // The seeds and the fixtures' articles.
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        for dir in [
            "seeds",
            "tests/claims/zapad-2021",
            "tests/claims/libya-flood",
        ] {
            let Ok(entries) = std::fs::read_dir(root.join(dir)) else {
                continue;
            };
            for entry in entries.flatten() {
                if let Ok(text) = std::fs::read_to_string(entry.path()) {
                    same(&text);
                }
            }
        }
    }
}
