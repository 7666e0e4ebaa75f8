//! Attribution: a sentence's words in; who the sentence says its facts come from out.
//! Shared by every extractor: a fact takes the attribution of its sentence nearest to it.
//!
//! Two forms are read, in this order of preference:
//!
//! 1. "according to NAME";
//! 2. a reporting verb beside a name: "NAME said", "NAME told reporters", "Interfax
//!    reported", "NAME also said", and after a quote "said NAME".
//!
//! A name is a run of capitalised words ("Russian Defense Minister Sergei Shoigu"), or a
//! run ending in an institution noun with up to two lower-case modifiers before it
//! ("police", "customs officials", "the Ukrainian health ministry"). A leading "the" is
//! dropped; pronouns ("he", "they") and sentence openers ("On", "Last") are no names.

use std::sync::LazyLock;

use rustc_hash::FxHashMap;

use super::Attribution;
use crate::source::Span;
use crate::text::{Words, is_one_of, is_possessive, is_weekday, list_entry, list_lines};

/// The attribution reader's word lists, as written.
const ATTRIBUTION_WORDS: &str = include_str!("../../data/attribution_words.txt");

/// The lists of `data/attribution_words.txt`, each by the name of its `[list]`.
#[derive(Debug, Default)]
struct Lists {
    /// `[reporting]`: verbs that attribute a statement to the name beside them.
    reporting: Vec<&'static str>,
    /// `[skippable]`: words between a name and its reporting verb ("also").
    skippable: Vec<&'static str>,
    /// `[pronouns]`: no names, even capitalised.
    pronouns: Vec<&'static str>,
    /// `[leading]`: capitalised words that open a sentence but no name.
    leading: Vec<&'static str>,
    /// `[institutions]`: lower-case nouns that end an institution's name.
    institutions: Vec<&'static str>,
    /// `[not-modifiers]`: lower-case words that never join a name.
    not_modifiers: Vec<&'static str>,
    /// `[source-modifiers]`: words before a document noun ("the latest").
    source_modifiers: Vec<&'static str>,
    /// `[source-nouns]`: documents a figure is read from.
    source_nouns: Vec<&'static str>,
    /// Lines that could not be read (a test keeps this at zero).
    bad_lines: Vec<&'static str>,
}

/// The lists, read once.
static WORDS: LazyLock<Lists> = LazyLock::new(|| {
    let mut lists = Lists::default();
    for (list, line) in list_lines(ATTRIBUTION_WORDS) {
        let to = match list {
            "reporting" => &mut lists.reporting,
            "skippable" => &mut lists.skippable,
            "pronouns" => &mut lists.pronouns,
            "leading" => &mut lists.leading,
            "institutions" => &mut lists.institutions,
            "not-modifiers" => &mut lists.not_modifiers,
            "source-modifiers" => &mut lists.source_modifiers,
            "source-nouns" => &mut lists.source_nouns,
            _ => &mut lists.bad_lines,
        };
        to.push(list_entry(line));
    }
    lists
});

/// Whether word `j` is a capitalised word that is no name: one of `[leading]` or a
/// weekday.
fn leading(words: &Words<'_, '_>, j: usize) -> bool {
    words.is(j, &WORDS.leading) || is_weekday(words.w(j))
}

/// One attribution found in a sentence.
#[derive(Debug, Clone)]
pub struct Found {
    /// Where its cue ("according", the verb) stands.
    pub at: usize,
    /// Whether it is an "according to".
    pub according: bool,
    /// The name.
    pub attribution: Attribution,
}

/// What a word may open: an "according to", or a name beside a reporting verb.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cue {
    None,
    According,
    Reporting,
}

/// A word of up to 16 bytes as a number, its ASCII letters lower-cased by setting bit
/// 5 of each byte. Only a letter or its capital has a lower-case letter there, so a
/// word packs as a word of lower-case letters only exactly when the two are equal,
/// ASCII case ignored (and the zero bytes after a word stay apart from any byte of it).
fn pack(w: &[u8]) -> Option<u128> {
    if w.len() > 16 {
        return None;
    }
    let mut key = [0u8; 16];
    for (k, b) in key.iter_mut().zip(w) {
        *k = b | 0x20;
    }
    Some(u128::from_le_bytes(key))
}

/// Bits of [`LISTED`]: the lists a word is in.
const CUE_ACCORDING: u8 = 1;
/// `[reporting]`.
const CUE_REPORTING: u8 = 1 << 1;
/// `[institutions]`.
const CUE_INSTITUTION: u8 = 1 << 2;

/// "according", `[reporting]` and `[institutions]`, packed, with the bits of the
/// lists that hold them: one probe per word instead of a scan of each list.
static LISTED: LazyLock<FxHashMap<u128, u8>> = LazyLock::new(|| {
    let mut listed = FxHashMap::default();
    for (list, bit) in [
        (&["according"][..], CUE_ACCORDING),
        (&WORDS.reporting[..], CUE_REPORTING),
        (&WORDS.institutions[..], CUE_INSTITUTION),
    ] {
        for w in list {
            if let Some(key) = pack(w.as_bytes()) {
                *listed.entry(key).or_default() |= bit;
            }
        }
    }
    listed
});

/// The lists of [`LISTED`] that hold a word.
fn listed(w: &[u8]) -> u8 {
    pack(w)
        .and_then(|key| LISTED.get(&key).copied())
        .unwrap_or(0)
}

/// The lengths of the cue words ("according" and `[reporting]`) by their first byte,
/// ASCII case ignored, a bit per length (up to 31 bytes): most words are ruled out by
/// it, before a look-up.
type CueLengths = [u32; 256];

/// The [`CueLengths`] of the lists, built once.
static CUE_LENGTHS: LazyLock<CueLengths> = LazyLock::new(|| {
    let mut lengths = [0u32; 256];
    for w in std::iter::once("according").chain(WORDS.reporting.iter().copied()) {
        let slot = w
            .as_bytes()
            .first()
            .and_then(|&b| lengths.get_mut(usize::from(b | 0x20)));
        if let (Some(slot), true) = (slot, w.len() < 32) {
            *slot |= 1 << w.len();
        }
    }
    lengths
});

/// The [`Cue`] of a word from its bytes, ASCII case ignored; `lengths` is
/// [`CUE_LENGTHS`].
fn cue(w: &[u8], lengths: &CueLengths) -> Cue {
    let lengths = w
        .first()
        .and_then(|&b| lengths.get(usize::from(b | 0x20)))
        .copied()
        .unwrap_or(0);
    if w.len() > 31 || lengths >> w.len() & 1 == 0 {
        return Cue::None;
    }
    let bits = listed(w);
    if bits & CUE_ACCORDING != 0 {
        Cue::According
    } else if bits & CUE_REPORTING != 0 {
        Cue::Reporting
    } else {
        Cue::None
    }
}

/// Whether word `j` is one of `[institutions]`.
fn is_institution(words: &Words<'_, '_>, j: usize) -> bool {
    institution(words.w(j).as_bytes())
}

/// Whether a word is one of `[institutions]`, ASCII case ignored.
fn institution(w: &[u8]) -> bool {
    listed(w) & CUE_INSTITUTION != 0
}

/// Every attribution in a sentence.
pub fn in_sentence(words: &Words<'_, '_>) -> Vec<Found> {
    let mut out = Vec::new();
    let bytes = words.text.text.as_bytes();
    let lengths = &*CUE_LENGTHS;
    for (k, span) in words.spans.iter().enumerate() {
        let mut cue = cue(bytes.get(span.range()).unwrap_or_default(), lengths);
        // "organisers put turnout at 930,000", "officials put the toll at 300": an
        // estimate given, whose subject is its source.
        if cue == Cue::None
            && words.is(k, &["put", "puts"])
            && (k + 2..k + 6).any(|j| words.is(j, &["at"]))
        {
            cue = Cue::Reporting;
        }
        if cue == Cue::None {
            continue;
        }
        let at = span.start;
        if cue == Cue::According && words.spells(k, &["according", "to"]) {
            if let Some(attribution) = name_forward(words, source_of(words, k + 2)) {
                out.push(Found {
                    at,
                    according: true,
                    attribution,
                });
            }
        } else if cue == Cue::Reporting {
            // "an estimated US$5.5 billion": letters glued to a figure's sign or
            // digits are its currency, no name.
            let figure = |a: &Attribution| {
                bytes
                    .get(a.span.end)
                    .is_some_and(|b| *b == b'$' || b.is_ascii_digit())
            };
            let name = name_backward(words, k)
                .or_else(|| name_forward(words, k + 1).filter(|a| words.joined(k) && !figure(a)));
            if let Some(attribution) = name {
                out.push(Found {
                    at,
                    according: false,
                    attribution,
                });
            }
        }
    }
    out
}

/// The attribution for a fact at `span`: the nearest "according to", else the nearest
/// reporting verb.
/// A reporting verb between the "according to" and the fact wins: in "around 80,000,
/// according to local police, although organisers put attendance at 400,000", the
/// 400,000 is the organisers'.
pub fn nearest(found: &[Found], span: Span) -> Option<Attribution> {
    let best = |according: bool| {
        found
            .iter()
            .filter(|f| f.according == according)
            .min_by_key(|f| f.at.abs_diff(span.start))
    };
    match (best(true), best(false)) {
        (Some(a), Some(r)) if a.at < r.at && r.at < span.start => Some(r),
        (Some(a), _) => Some(a),
        (None, r) => r,
    }
    .map(|f| f.attribution.clone())
}

/// Where the name starts after "according to": past a document it is read from
/// ("according to data from the World Bank", "according to a statement by NATO").
fn source_of(words: &Words<'_, '_>, k: usize) -> usize {
    let mut j = k;
    while words.is(j, &WORDS.source_modifiers) && words.joined(j) {
        j += 1;
    }
    if words.is(j, &WORDS.source_nouns)
        && words.joined(j)
        && words.is(j + 1, &["from", "by", "of"])
        && words.joined(j + 1)
    {
        return j + 2;
    }
    k
}

/// Whether word `j` is a lower-case modifier that may stand inside a name.
fn modifier(words: &Words<'_, '_>, j: usize) -> bool {
    let w = words.w(j);
    w.starts_with(char::is_lowercase)
        && !is_one_of(w, &WORDS.not_modifiers)
        && !is_one_of(w, &WORDS.reporting)
}

/// Whether word `j` is a capitalised word that may stand inside a name.
fn capital(words: &Words<'_, '_>, j: usize) -> bool {
    words.capitalised(j) && !words.is(j, &WORDS.pronouns)
}

/// A name starting at word `k` ("according to the interior ministry").
fn name_forward(words: &Words<'_, '_>, k: usize) -> Option<Attribution> {
    let mut first = k;
    if words.is(first, &["the"]) && words.joined(first) {
        first += 1;
    }
    let mut last = None;
    let mut j = first;
    while j < words.len() {
        let w = words.w(j);
        let cap = capital(words, j) && !(j == first && leading(words, j));
        let institution = is_institution(words, j);
        let modifies = modifier(words, j)
            && (1..=2).any(|d| is_institution(words, j + d) && (j..j + d).all(|m| words.joined(m)));
        let connector = last.is_some()
            && words.is(j, &["of", "for", "and"])
            && words.joined(j)
            && words.capitalised(j + 1);
        if !(cap || institution || modifies || connector) {
            break;
        }
        if cap || institution {
            last = Some(j);
        }
        if is_possessive(w) || !words.joined(j) {
            break;
        }
        j += 1;
    }
    name(words, first, last?)
}

/// A name ending right before word `verb`, skipping one adverb or auxiliary.
fn name_backward(words: &Words<'_, '_>, verb: usize) -> Option<Attribution> {
    let mut j = verb.checked_sub(1)?;
    // "Sheriff Dan Brooks on Monday afternoon announced": a day between the name
    // and its verb.
    if words.is(j, &["morning", "afternoon", "evening", "night"]) && words.joined(j) {
        j = j.checked_sub(1)?;
    }
    if is_weekday(words.w(j)) && words.joined(j) {
        j = j.checked_sub(1)?;
        if words.is(j, &["on"]) && words.joined(j) {
            j = j.checked_sub(1)?;
        }
    }
    if words.is(j, &WORDS.skippable) && words.joined(j) {
        j = j.checked_sub(1)?;
    }
    if !words.joined(j) {
        return None;
    }
    let last = j;
    let mut first = None;
    let mut seen_institution = false;
    let mut modifiers = 0;
    loop {
        let cap = capital(words, j) && !leading(words, j);
        let institution = is_institution(words, j);
        let modifies = !institution && seen_institution && modifiers < 2 && modifier(words, j);
        seen_institution |= institution;
        if modifies {
            modifiers += 1;
        }
        if !(cap || institution || modifies) {
            break;
        }
        first = Some(j);
        if j == 0 || !words.joined(j - 1) {
            break;
        }
        j -= 1;
    }
    name(words, first?, last)
}

/// Words `first..=last` as an attribution, when they make a name.
fn name(words: &Words<'_, '_>, first: usize, last: usize) -> Option<Attribution> {
    let has_capital = (first..=last).any(|k| words.capitalised(k));
    if !has_capital && !is_institution(words, last) {
        return None;
    }
    let mut first = first;
    while first < last && words.is(first, &["the"]) {
        first += 1;
    }
    let span = Span::new(words.span(first)?.start, words.span(last)?.end);
    Some(Attribution {
        span,
        who: words.text.slice(span).to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Text;

    fn who(s: &str) -> Option<String> {
        let text = Text::new(s, Span::new(0, s.len()));
        let sentence = *text.sentences().first()?;
        let found = in_sentence(&Words::of(&text, sentence));
        nearest(&found, Span::new(0, 0)).map(|a| a.who)
    }

    #[test]
    fn every_line_of_the_word_lists_reads() {
        let lists = &*WORDS;
        assert!(lists.bad_lines.is_empty(), "{:?}", lists.bad_lines);
        for list in [
            &lists.reporting,
            &lists.skippable,
            &lists.pronouns,
            &lists.leading,
            &lists.institutions,
            &lists.not_modifiers,
            &lists.source_modifiers,
            &lists.source_nouns,
        ] {
            assert!(!list.is_empty());
            assert!(list.iter().all(|w| !w.is_empty() && *w == w.to_lowercase()));
        }
        assert!(lists.reporting.contains(&"said") && lists.institutions.contains(&"ministry"));
    }

    #[test]
    fn cues_answer_as_the_lists_do() {
        let mut words: Vec<String> = WORDS
            .reporting
            .iter()
            .chain(&["according", "to", "accorded", "sai", "saids", ""])
            .flat_map(|w| {
                [
                    (*w).to_owned(),
                    w.to_uppercase(),
                    format!("{w}s"),
                    format!("x{w}"),
                    w.get(1..).unwrap_or("").to_owned(),
                ]
            })
            .collect();
        words.extend(
            [
                "S\u{212a}id",
                "saïd",
                "Said",
                "ACCORDING",
                "s@id",
                "SA\0D",
                "sai\0",
                "SAİD",
            ]
            .map(str::to_owned),
        );
        for w in &words {
            let want = if w.eq_ignore_ascii_case("according") {
                Cue::According
            } else if is_one_of(w, &WORDS.reporting) {
                Cue::Reporting
            } else {
                Cue::None
            };
            assert_eq!(cue(w.as_bytes(), &CUE_LENGTHS), want, "{w:?}");
        }
        let institutions = WORDS
            .institutions
            .iter()
            .chain(&["", "officialss", "a", "x\0"]);
        for w in institutions.flat_map(|w| [(*w).to_owned(), w.to_uppercase(), format!("{w}@")]) {
            let want = is_one_of(&w, &WORDS.institutions);
            assert_eq!(institution(w.as_bytes()), want, "{w:?}");
        }
    }

    #[test]
    fn a_reporting_verb_between_an_according_to_and_the_figure_wins() {
        let s = "About 80,000 people marched, according to local police, although \
                 organisers put attendance at 400,000.";
        let text = Text::new(s, Span::new(0, s.len()));
        let sentence = text.sentences()[0];
        let found = in_sentence(&Words::of(&text, sentence));
        let at = |figure: &str| {
            let start = s.find(figure).unwrap();
            let span = Span::new(start, start + figure.len());
            nearest(&found, span).map(|a| a.who)
        };
        assert_eq!(at("80,000").as_deref(), Some("local police"));
        assert_eq!(at("400,000").as_deref(), Some("organisers"));
    }

    #[test]
    fn names_beside_reporting_verbs_and_after_according_to() {
        for (s, want) in [
            (
                "The war has killed 14,000 people, according to Kyiv.",
                Some("Kyiv"),
            ),
            (
                "The toll rose to 300, according to the Ukrainian health ministry.",
                Some("Ukrainian health ministry"),
            ),
            (
                "About 1,000 troops took part, Interfax reported.",
                Some("Interfax"),
            ),
            (
                "“We will respond,” said Sergei Lavrov, the foreign minister.",
                Some("Sergei Lavrov"),
            ),
            (
                "Lavrov also said talks would start in January.",
                Some("Lavrov"),
            ),
            ("At least 37 people died, police said.", Some("police")),
            (
                "County Sheriff Ann Moss on Monday afternoon announced that 54 had died.",
                Some("County Sheriff Ann Moss"),
            ),
            (
                "The governor Sunday said 12 people were missing.",
                Some("governor"),
            ),
            (
                "Customs officials said 150 boxes were seized.",
                Some("Customs officials"),
            ),
            ("He said 40 people were hurt.", None),
            (
                "On Tuesday the ministry said 40 people were hurt.",
                Some("ministry"),
            ),
            ("Forty people were hurt in the blast.", None),
            (
                "Russia's Interfax news agency reported the drill.",
                Some("Russia's Interfax news agency"),
            ),
        ] {
            assert_eq!(who(s).as_deref(), want, "{s}");
        }
    }
}
