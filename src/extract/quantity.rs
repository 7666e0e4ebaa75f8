//! Figures: a prepared [`Text`] in; every figure its sentences state out, as a
//! [`Fact`] of kind `quantity` whose value is the [`Interval`] of values the wording
//! allows.
//!
//! The extractor walks each sentence's words once. At a number — digits ("14,000",
//! "1.5", "14.000", "14k", "€300m", "$2 billion"), words ("fourteen thousand", "a
//! dozen", "half a million", "two-thirds of") — or at a vague amount ("tens of
//! thousands", "several"), it reads the hedge before it, a range after it, a hedge after
//! it ("or so"), the unit or head noun, the word saying what it counts, and who the
//! sentence attributes it to.
//!
//! # Values
//!
//! `X` is the stated figure. Bounds are inclusive unless marked *excl.*; `—` is unbounded.
//!
//! | hedge | wording | min | max | nominal |
//! |---|---|---|---|---|
//! | [`Hedge::None`] | "14,000" | `X − w` | `X + w` | `X` |
//! | [`Hedge::MoreThan`] | "more than", "over", "upwards of", "in excess of", "above", "just over", "well over" | `X` excl. | — | `X` |
//! | [`Hedge::AtLeast`] | "at least", "no fewer than", "a minimum of"; after: "or more", "plus", "14,000-plus" | `X` | — | `X` |
//! | [`Hedge::About`] | "about", "around", "some", "roughly", "approximately", "an estimated", "circa"; after: "or so" | `0.9·X` | `1.1·X` | `X` |
//! | [`Hedge::Nearly`] | "nearly", "almost", "close to", "just shy of" | `0.9·X` | `X` excl. | `X` |
//! | [`Hedge::AtMost`] | "up to", "as many as", "no more than", "at most"; after: "or fewer", "or less" | — | `X` | `X` |
//! | [`Hedge::LessThan`] | "fewer than", "less than", "under", "below", "just under" | — | `X` excl. | `X` |
//! | [`Hedge::Range`] | "between A and B", "from A to B", "A to B", "A-B", "A–B", "A or B" | `A` | `B` | none |
//! | [`Hedge::Vague`] | "a couple (of)" | 2 | 4 excl. | none |
//! | | "a few", "a handful (of)" | 2 | 10 excl. | none |
//! | | "several" | 3 | 10 excl. | none |
//! | | "dozens" / "a few dozen" / "several dozen" | 24 / 24 / 36 | 100 / 100 / 120 excl. | none |
//! | | "scores" | 40 | 200 excl. | none |
//! | | "hundreds" / "a few hundred" / "several hundred" | 200 / 200 / 300 | 1,000 excl. | none |
//! | | "thousands" / "a few thousand" / "several thousand" | 2,000 / 2,000 / 3,000 | 10,000 excl. | none |
//! | | "tens of thousands" | 20,000 | 100,000 excl. | none |
//! | | "hundreds of thousands" | 200,000 | 1,000,000 excl. | none |
//! | | "millions" / "a few million" / "several million" | 2·10⁶ / 2·10⁶ / 3·10⁶ | 10⁷ excl. | none |
//! | | "tens of millions" | 2·10⁷ | 10⁸ excl. | none |
//! | | "hundreds of millions" | 2·10⁸ | 10⁹ excl. | none |
//! | | "billions" (and "a few", "several", "tens of", "hundreds of") | 2·10⁹ … | 10¹⁰ … excl. | none |
//!
//! **Rounding of a plain figure.** A plain figure is read as a rounding: its half-width is
//! `w = min(10^z / 2, X / 20)`, where `z` is the power of ten of its last significant
//! written digit — the number of trailing zeros of an integer ("14,000": `z = 3`), minus
//! the number of decimals ("2.5": `z = −1`), plus the power of a scale ("1.5 million",
//! "1.5m": `z = −1 + 6 = 5`; "fourteen thousand": `z = 3`). An integer with `z = 0`
//! ("14,237", "seven", "a dozen") is exact: `w = 0`. So "14,000" is `[13,500, 14,500]`,
//! "14,200" is `[14,150, 14,250]` (they overlap), "14,237" is `[14,237, 14,237]` and
//! "14,300" is `[14,250, 14,350]` (they do not). A fraction in words ("two-thirds of") is
//! a percentage with `w = X / 20`.
//!
//! A minus sign after white space makes a figure negative ("−20 degrees"); its
//! interval is that of its magnitude, mirrored.
//!
//! **Ranges** carry no nominal value: the text states two figures and neither is *the*
//! figure; a rule that needs one can take the interval's midpoint itself. A scale on the
//! second figure also scales a smaller bare first one ("10 to 15 million").
//!
//! # Spans and units
//!
//! A fact's span covers the hedge, a currency symbol or code before the figure, the
//! figure, its scale word and a hedge right after it ("more than 14,000", "Tens of
//! thousands", "about $2 billion", "14,000 or so") but not the unit. The unit is:
//!
//! - a currency: "$" → "dollar", "€" → "euro", "£" → "pound", "₽"/"RUB" → "ruble", …;
//! - "percent" for `%`, "percent", "per cent", "pct", fractions in words ("two-thirds
//!   of") and ratios ("four in ten", "1 in 5"); "percentage point" for "percentage
//!   points"; "degree" for `°` ("1.5°C");
//! - a unit glued to the digits: "10km" → "kilometre", "300m" → "metre" (no currency);
//!   or by a hyphen: "a 30-day ceasefire" → "day", "the 27-member bloc" → "member";
//! - otherwise the head of the noun phrase after the figure (after "of" for a vague
//!   amount or a fraction): up to five words, stopping at punctuation, a function word,
//!   a verb form we know, a number or a month. The first plural noun in the run is the
//!   head, moved on past plural nouns right after it ("120 U.S. private military
//!   contractors" → "contractor", "25 police officers" → "officer"); failing one, the
//!   last lower-case word that is no `-ed`/`-ing` form nor an adjective like "dead"
//!   ("1 soldier was" → "soldier"). Lemmas come from [`lemma`].
//!
//! # What a figure counts
//!
//! [`Fact::counting`] is a word after the figure and its unit, past auxiliaries and
//! hedging verbs, that is a known counting word ("14,000 dead", "people were killed",
//! "troops have been deployed"); else the content word right before the figure, past
//! linking words ("killed more than 14,000", "a death toll of 14,000" → "death toll",
//! "the toll stands at 300"); else any `-ed` word after it.
//!
//! # Not figures
//!
//! Years (a bare four-digit 1000–2199 not followed by a plural noun: "in 2014", "a 2015
//! deal"; "2000 troops" is a figure), days of dates ("January 10", "10 January", "Nov.
//! 30, 2021", "23.12.2021", "12/23"), times ("10:30", "9 pm"), ordinals and numbers glued
//! to letters ("21st", "1990s", "COVID-19", "G7", "F-16"), identifiers (more than six
//! undivided digits, leading zeros, a `#`, `+` or `/` beside it, numbers in a row, or a
//! label before it: "Article 5", "Resolution 2202", "Nord Stream 2"), scores ("3-1"), a
//! lone number forming a whole sentence (list numbering), "one" as a pronoun or idiom
//! ("no one", "one of", "one day"), and anything in boilerplate (which has no
//! sentences).
//!
//! Attribution is read by [`super::attribution`].

mod lexicon;

/// The ISO 4217 code of the currency a figure's unit mark stands for, as written before
/// or after it: a code ("USD", "INR"), a symbol or prefix ("$", "US$", "A$", "Rs", "₹"),
/// or the currency's name written out ("dollars", "rupees": the currency of that name
/// with a symbol of its own). `None` for no currency.
pub(crate) fn currency_code(mark: &str) -> Option<&'static str> {
    let c = &*lexicon::CURRENCIES;
    let mark = mark.trim().trim_end_matches('.');
    if let Some(&code) = c.mark_codes.get(mark) {
        return Some(code);
    }
    let lower = mark.to_lowercase();
    let name = lower.strip_suffix('s').unwrap_or(&lower);
    c.name_codes
        .get(name)
        .or_else(|| c.name_codes.get(lower.as_str()))
        .copied()
}
mod number;

/// Whether word `i` starts a number, in digits or spelled ("131", "six").
pub(crate) fn starts_number(words: &crate::text::Words<'_, '_>, i: usize) -> bool {
    words.w(i).starts_with(|c: char| c.is_ascii_digit()) || number::spelled(words, i).is_some()
}

mod range;
mod read;
pub(crate) mod score;
mod unit;

use std::sync::LazyLock;

use lexicon::LEXICON;
use number::Num;

use super::attribution;
use super::{Fact, FactKind, Hedge, Interval, Unit, Value};
use crate::source::Span;
use crate::text::{Text, WordSet, Words, split_once_ascii};

/// The interval a hedged figure allows (see the module's table).
fn interval(hedge: Hedge, num: &Num) -> Interval {
    if num.value < 0.0 {
        // A negative figure: the interval of its magnitude, mirrored.
        let magnitude = Num {
            value: -num.value,
            ..*num
        };
        let iv = interval(hedge, &magnitude);
        return Interval {
            min: iv.max.map(|v| -v),
            max: iv.min.map(|v| -v),
            min_inclusive: iv.max_inclusive,
            max_inclusive: iv.min_inclusive,
            nominal: iv.nominal.map(|v| -v),
        };
    }
    let x = num.value;
    let mut iv = Interval {
        min: Some(x),
        max: Some(x),
        min_inclusive: true,
        max_inclusive: true,
        nominal: Some(x),
    };
    match hedge {
        Hedge::None => {
            let step = 10f64.powi(num.z) / 2.0;
            let exact = !num.rough && num.z == 0 && x.fract() == 0.0;
            if exact {
                // A count to the unit: stated exactly.
            } else if num.rough || x / 20.0 < step {
                iv.min = Some(x - x / 20.0);
                iv.max = Some(x + x / 20.0);
            } else if num.z < 0 {
                // In units of the last decimal, so that 12.4 gives 12.35 and 12.45.
                let s = 10f64.powi(-num.z);
                let units = (x * s).round();
                iv.min = Some((units - 0.5) / s);
                iv.max = Some((units + 0.5) / s);
            } else {
                iv.min = Some(x - step);
                iv.max = Some(x + step);
            }
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
    let lexicon = &*LEXICON;
    // A sentence as long as the trimmed body is the whole text: a phrase on its own.
    let whole_len = text.slice(text.body).trim().len();
    for (n, &sentence) in text.sentences().iter().enumerate() {
        let scan = Scan {
            words: Words::nth(text, n),
            alone: sentence.len() == whole_len,
        };
        let mut attributions: Option<Vec<attribution::Found>> = None;
        let mut i = 0;
        while i < scan.words.len() {
            // Nearly every word fails the quick test on its bytes; the rest get the
            // full one.
            let raw = scan.w(i).as_bytes();
            let hyphenated = scan.words.shape(i).hyphenated();
            if !lexicon.may_start_figure(raw, hyphenated) || !may_start_figure(scan.w(i)) {
                i += 1;
                continue;
            }
            // "beat France 4-2": a score, a figure for each side.
            if hyphenated && score::is_score(&scan.words, i) {
                let known =
                    attributions.get_or_insert_with(|| attribution::in_sentence(&scan.words));
                for mut fact in scan.score_figures(i) {
                    fact.attribution = attribution::nearest(known, fact.span).map(Box::new);
                    out.push(fact);
                }
                i += 1;
                continue;
            }
            let Some(found) = scan.vague(i).or_else(|| scan.figure(i)) else {
                i += 1;
                continue;
            };
            i = found.next.max(i + 1);
            let Some(mut fact) = found.fact else {
                continue;
            };
            let known = attributions.get_or_insert_with(|| attribution::in_sentence(&scan.words));
            fact.attribution = attribution::nearest(known, fact.span).map(Box::new);
            out.push(fact);
        }
    }
    out
}

/// Whether a word can start a figure: a digit first, or a starter word (the part
/// before a hyphen for "twenty-five", "two-thirds"). Checked without allocating.
fn may_start_figure(word: &str) -> bool {
    let Some(&first) = word.as_bytes().first() else {
        return false;
    };
    if first.is_ascii_digit() {
        return true;
    }
    if !first.is_ascii() {
        return read::starts_with_digit(word) || word.chars().next().is_some_and(read::is_vulgar);
    }
    if first.is_ascii_uppercase() {
        let letters = word
            .split(|c: char| c.is_ascii_digit())
            .next()
            .unwrap_or(word);
        // A prefix spelled by a word of ASCII letters is one of letters only, found by
        // one look-up; the list is searched for any other ("S/.", "HK$").
        let currencies = &*lexicon::CURRENCIES;
        if currencies.glued_codes.get(letters).is_some()
            || currencies.letter_prefixes.contains_key(letters)
            || (!letters.bytes().all(|b| b.is_ascii_alphabetic())
                && currencies.prefixes.iter().any(|(p, _)| *p == letters))
        {
            return true;
        }
    }
    let head = split_once_ascii(word, b'-').map_or(word, |(head, _)| head);
    LEXICON.starters.contains(head)
}

/// What a match at one word produced, and the word to go on from.
struct Found {
    fact: Option<Fact>,
    next: usize,
}

impl Found {
    /// Nothing here; go on after word `last`.
    fn skip(last: usize) -> Self {
        Self {
            fact: None,
            next: last + 1,
        }
    }
}

/// A number read at some words.
#[derive(Debug, Clone)]
struct Reading {
    /// The first word (the number, or a currency code before it).
    first: usize,
    /// The last word (the number or its scale word).
    last: usize,
    /// Where it starts (a currency symbol or code included).
    start: usize,
    /// The number.
    num: Num,
    /// The power of ten of its scale word or suffix, if it has one.
    scale: Option<i32>,
    /// A unit read with it: a currency, a glued unit.
    unit: Option<Unit>,
    /// Spelled in words.
    spelled: bool,
    /// A fraction ("1/5", "½", "two thirds of"): no date, identifier or year.
    fraction: bool,
}

/// What [`Scan::read`] found at a word.
enum Read {
    /// No number starts here.
    No,
    /// Something number-like that is no figure; go on after this word.
    Skip(usize),
    /// A number.
    Yes(Reading),
}

/// One sentence being scanned.
struct Scan<'t, 'a> {
    words: Words<'t, 'a>,
    /// The sentence is the whole text, a phrase given on its own ("1", "one",
    /// "123456789"): no list numbering, no identifier, and a lone "one" counts.
    alone: bool,
}

impl Scan<'_, '_> {
    /// The text of word `i`, or `""`.
    fn w(&self, i: usize) -> &str {
        self.words.w(i)
    }

    /// The span of word `i`.
    fn span(&self, i: usize) -> Option<Span> {
        self.words.span(i)
    }

    /// Whether words `i` and `i + 1` are separated by white space only.
    fn joined(&self, i: usize) -> bool {
        self.words.joined(i)
    }

    /// A vague amount ("tens of thousands", "several") starting at word `i`.
    fn vague(&self, i: usize) -> Option<Found> {
        let &(phrase, min, max) = LEXICON
            .vague_by_first
            .get(self.w(i))?
            .iter()
            .find(|(p, _, _)| self.words.spells(i, p))?;
        let mut last = i + phrase.len() - 1;
        // "a handful of", "a couple of" need their "of"; "several" and the rest take it
        // if it is there. "Scores" needs it too, and no number after it: "he scores
        // twice", "scores of 200 or more" are a verb and points.
        let of = self.words.is(last + 1, &["of"]) && self.joined(last);
        if self.words.is(last, &["handful", "couple", "scores"]) && !of {
            return None;
        }
        if self.words.is(last, &["scores"])
            && self.joined(last + 1)
            && self.w(last + 2).starts_with(|c: char| c.is_ascii_digit())
        {
            return None;
        }
        let span = Span::new(self.span(i)?.start, self.span(last)?.end);
        let unit = if of {
            last += 1;
            self.unit_after(last)
        } else {
            self.unit_after(last)
        };
        // The number recognisers' suites read "a couple" and "a pair" as 2 and "a few"
        // as 3: the nominal figure; the interval keeps what the words allow.
        let nominal = match phrase {
            ["a", "couple" | "pair"] => Some(2.0),
            ["a", "few"] => Some(3.0),
            _ => None,
        };
        let value = Interval {
            min: Some(min),
            max: Some(max),
            min_inclusive: true,
            max_inclusive: false,
            nominal,
        };
        let after = unit.as_ref().map_or(last, |u| self.index_of(u.span, last));
        let fact = self.fact(span, Hedge::Vague, value, unit, i, after + 1);
        Some(Found {
            fact: Some(fact),
            next: last + 1,
        })
    }

    /// The index of the word at `span`, or `fallback`.
    fn index_of(&self, span: Span, fallback: usize) -> usize {
        (0..self.words.len())
            .find(|&k| {
                self.span(k)
                    .is_some_and(|s| s.contains(span) || span.contains(s))
            })
            .map_or(fallback, |k| {
                // A two-word unit ("per cent") ends at its last word.
                let mut k = k;
                while self.span(k + 1).is_some_and(|s| span.contains(s)) {
                    k += 1;
                }
                k
            })
    }

    /// A figure starting at word `i`, with its hedge, range and unit.
    fn figure(&self, i: usize) -> Option<Found> {
        let tok = self.w(i);
        // "$5-million", "Rs 600-crore": an amount with its scale glued on, read as
        // "$5 million" (see `read::hyphen_scale`).
        let amount = || {
            tok.find('-')
                .and_then(|at| tok.get(at..))
                .and_then(read::hyphen_scale)
                .is_some()
                && self
                    .span(i)
                    .is_some_and(|s| self.currency_symbol(s.start).is_some())
        };
        if tok.starts_with(|c: char| c.is_ascii_alphabetic()) && tok.contains('-') {
            if let Some(found) = self.unit_then_figure(i) {
                return Some(found);
            }
        }
        if tok.starts_with(|c: char| c.is_ascii_digit())
            && tok.contains('-')
            && !exponent(tok)
            && !amount()
        {
            return Some(self.hyphenated(i));
        }
        let r = match self.read(i) {
            Read::No => return None,
            Read::Skip(last) => return Some(Found::skip(last)),
            Read::Yes(r) => r,
        };
        if let Some(found) = self.over(&r) {
            return Some(found);
        }
        let hedged = self.hedge_before(r.first, r.start);
        // "above 1000", "more than 2000": a comparison makes a year-shaped number a
        // figure; so does any hedge when a word of what befell those counted follows
        // it ("over 1000 injured", "nearly 1200 dead").
        let compared = is_year(&r.num)
            && hedged.is_some_and(|(at, h)| {
                self.comparison(at, h)
                    || (self.joined(r.last) && self.words.is_in(r.last + 1, &LEXICON.count_words))
            });
        if !compared && self.not_a_figure(&r) {
            return Some(Found::skip(r.last));
        }
        if let Some(found) = self.ratio(&r, hedged) {
            return Some(found);
        }
        // A range: "between A and B", "from A to B", "A to B", "A–B", "A or B".
        if let Some(b) = self.range_end(&r, hedged.map(|(_, h)| h)) {
            let start = match hedged {
                Some((s, _)) => s,
                None if self.words.is(r.first.wrapping_sub(1), &["from"])
                    && self.joined(r.first.wrapping_sub(1)) =>
                {
                    self.span(r.first - 1).map_or(r.start, |s| s.start)
                }
                None => r.start,
            };
            let mut a = r;
            if a.scale.is_none() && !a.spelled {
                if let Some(k) = b.scale {
                    if a.num.value <= b.num.value / 10f64.powi(k) {
                        a.num = a.num.scaled(k);
                    }
                }
            }
            if b.num.value > a.num.value && !(is_year(&a.num) && is_year(&b.num)) {
                return Some(self.range(start, &a, &b));
            }
            return Some(Found::skip(b.last));
        }
        let (start, mut hedge) = match hedged {
            Some((_, Hedge::Range)) | None => (r.start, Hedge::None),
            Some(h) => h,
        };
        // "no more than 50 and no less than 20": the same, upper bound first.
        if let Some((b, min_inclusive)) = self.lower_bound(&r, hedge) {
            let mut found = self.range(start, &b, &r);
            let end = self.span(b.last)?.end;
            if let Some(fact) = found.fact.as_mut() {
                fact.span = Span::new(start, end);
                if let Value::Quantity(iv) = &mut fact.value {
                    iv.min_inclusive = min_inclusive;
                    iv.max_inclusive = hedge == Hedge::AtMost;
                }
            }
            found.next = b.last + 1;
            return Some(found);
        }
        // "more than 100 and less than 500": one range, its ends as the hedges say.
        if let Some((b, max_inclusive)) = self.upper_bound(&r, hedge) {
            let mut found = self.range(start, &r, &b);
            if let Some(Fact {
                value: Value::Quantity(iv),
                ..
            }) = found.fact.as_mut()
            {
                iv.min_inclusive = hedge == Hedge::AtLeast;
                iv.max_inclusive = max_inclusive;
            }
            return Some(found);
        }
        let mut last = r.last;
        if let Some((h, end)) = self.suffix_hedge(last) {
            // A bound after the figure says more than "about" before it: "about 500 or
            // more" is 500 or more. "More than 5000 or equal" includes 5000.
            let bound = matches!(h, Hedge::AtLeast | Hedge::AtMost);
            if hedge == Hedge::None || (hedge == Hedge::About && bound) {
                hedge = h;
                last = end;
            }
        }
        if let Some(end) = self.or_equal(last) {
            match hedge {
                Hedge::MoreThan => hedge = Hedge::AtLeast,
                Hedge::LessThan => hedge = Hedge::AtMost,
                _ => {}
            }
            if matches!(hedge, Hedge::AtLeast | Hedge::AtMost) {
                last = end;
            }
        }
        let end = self.span(last)?.end;
        let unit = r.unit.clone().or_else(|| self.unit_or_percent(last));
        let mut after = unit
            .as_ref()
            .map_or(last, |u| self.index_of(u.span, last).max(last));
        if unit.is_some() {
            if let Some((h, end)) = self.suffix_hedge(after) {
                let bound = matches!(h, Hedge::AtLeast | Hedge::AtMost);
                if hedge == Hedge::None || (hedge == Hedge::About && bound) {
                    hedge = h;
                    after = end;
                }
            }
        }
        let whole = self.alone && r.first == 0 && last + 1 == self.words.len();
        if r.spelled && r.num.value == 1.0 && !whole && !self.one_counts(&r, unit.as_ref()) {
            return Some(Found::skip(r.last));
        }
        let mut num = r.num;
        let mut end = end;
        if let Some((cents, cents_at)) = unit
            .as_ref()
            .filter(|u| {
                lexicon::CURRENCIES.names.contains(&u.lemma)
                    && !lexicon::LISTS.hundredths.contains(&u.lemma.as_str())
            })
            .and_then(|_| self.hundredths(after))
        {
            // "20 dollars 43 cents": one amount.
            num.value += cents;
            num.z = -2;
            after = cents_at;
            last = cents_at;
            end = self.span(cents_at)?.end;
        }
        let value = interval(hedge, &num);
        let fact = self.fact(
            Span::new(start, end),
            hedge,
            value,
            unit,
            r.first,
            after + 1,
        );
        Some(Found {
            fact: Some(fact),
            next: last + 1,
        })
    }

    /// A ratio, "four in ten (voters)", "1 in 5", "one in 21", "two out of three": a
    /// percentage of what follows.
    fn ratio(&self, a: &Reading, hedged: Option<(usize, Hedge)>) -> Option<Found> {
        if a.unit.is_some() || !self.joined(a.last) {
            return None;
        }
        let out_of = self.words.spells(a.last + 1, &["out", "of"]);
        if !out_of && !self.words.is(a.last + 1, &["in"]) {
            return None;
        }
        let at = a.last + 2 + usize::from(out_of);
        if !self.joined(at - 1) {
            return None;
        }
        let Read::Yes(b) = self.read(at) else {
            return None;
        };
        // "in" makes a ratio of a round count ("four in ten"), or of any count after
        // one ("one in 21"), but not of a time ("one in 30 minutes"); "out of" of any.
        let round = [3.0, 4.0, 5.0, 10.0, 20.0, 100.0, 1000.0].contains(&b.num.value);
        let one_in = a.num.value == 1.0
            && b.num.value.fract() == 0.0
            && !self.words.is(
                b.last + 1,
                &[
                    "seconds", "minutes", "hours", "days", "weeks", "months", "years",
                ],
            );
        let whole = out_of || round || one_in;
        if b.unit.is_some() || !whole || a.num.value >= b.num.value || a.num.value <= 0.0 {
            return None;
        }
        let (hedge, start) = match hedged {
            Some((_, Hedge::Range)) | None => (Hedge::None, a.start),
            Some((s, h)) => (h, s),
        };
        let end = self.span(b.last)?.end;
        let num = Num {
            value: a.num.value * 100.0 / b.num.value,
            rough: true,
            ..a.num
        };
        let unit = Unit {
            span: Span::new(self.span(a.last + 1)?.start, end),
            lemma: "percent".to_string(),
        };
        let value = interval(hedge, &num);
        let fact = self.fact(
            Span::new(start, end),
            hedge,
            value,
            Some(unit),
            a.first,
            b.last + 1,
        );
        Some(Found {
            fact: Some(fact),
            next: b.last + 1,
        })
    }

    /// Whether a spelled "one" counts something: a noun follows that is no idiom, and no
    /// determiner stands before it ("no one", "the one").
    fn one_counts(&self, r: &Reading, unit: Option<&Unit>) -> bool {
        let before_ok = r.first == 0
            || !(self.joined(r.first - 1)
                && self.words.is_in(r.first - 1, &LEXICON.not_before_one));
        let unit_ok = unit.is_some_and(|u| !LEXICON.one_idioms.contains(&u.lemma));
        before_ok && unit_ok && !self.words.is(r.last + 1, &["of", "another"])
    }

    /// A fact in this sentence; the figure starts at word `first` and word `after` is
    /// the first after it and its unit.
    fn fact(
        &self,
        span: Span,
        hedge: Hedge,
        value: Interval,
        unit: Option<Unit>,
        first: usize,
        after: usize,
    ) -> Fact {
        let sentence = self.words.sentence;
        Fact {
            doc: crate::load::DocId::default(),
            kind: FactKind::Quantity,
            span,
            sentence,
            clause: self.words.text.clause_at(span.start).unwrap_or(sentence),
            unit: unit.map(Box::new),
            hedge,
            value: Value::Quantity(value.normalised()),
            attribution: None,
            weekday: None,
            counting: self.counting(first, after).map(Box::new),
            frame: None,
        }
    }
}

/// Determiners and possessives before a noun.
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those",
];

/// [`DETERMINERS`] as a set, built once.
static DETERMINER_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::of(DETERMINERS));

/// Whether a word looks like an adjective by its ending ("recent", "official").
fn adjective(w: &str) -> bool {
    let w = w.as_bytes();
    [
        "ent", "ant", "al", "ive", "ous", "ful", "less", "able", "ible", "ic",
    ]
    .iter()
    .any(|s| {
        w.len()
            .checked_sub(s.len())
            .and_then(|at| w.get(at..))
            .is_some_and(|end| end.eq_ignore_ascii_case(s.as_bytes()))
    })
}

/// Whether a word is an `-ed` or `-ing` form.
fn verbal(w: &str) -> bool {
    w.len() > 4 && (w.ends_with("ed") || w.ends_with("ing"))
}

/// Whether a word is a number with a negative exponent ("12e-1", "1.5E-3").
fn exponent(word: &str) -> bool {
    let Some((mantissa, power)) = word.split_once(['e', 'E']) else {
        return false;
    };
    let power = power.strip_prefix('-').unwrap_or(power);
    !mantissa.is_empty()
        && mantissa.bytes().all(|b| b.is_ascii_digit() || b == b'.')
        && !power.is_empty()
        && power.bytes().all(|b| b.is_ascii_digit())
}

/// Whether a number is a bare four-digit year, 1000–2199.
fn is_year(num: &Num) -> bool {
    num.bare && num.int_digits == 4 && (1000.0..=2199.0).contains(&num.value)
}

#[cfg(test)]
pub(crate) mod tests;
