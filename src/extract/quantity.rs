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
mod number;

use std::sync::LazyLock;

use lexicon::{CURRENCY_SYMBOLS, LEXICON, SUFFIX_HEDGES};
use number::{Num, fraction, parse_digits, scale_word, spelled};

use super::attribution;
use super::{Counting, Fact, FactKind, Hedge, Interval, Unit, Value};
use crate::source::Span;
use crate::text::{Text, WordSet, Words, is_month, is_plural, lemma};

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
    let bytes = text.text.as_bytes();
    for &sentence in text.sentences() {
        let scan = Scan {
            words: Words::of(text, sentence),
        };
        let mut attributions: Option<Vec<attribution::Found>> = None;
        let mut i = 0;
        while let Some(&span) = scan.words.spans.get(i) {
            // Nearly every word fails the quick test on its bytes; the rest get the
            // full one.
            let raw = bytes.get(span.range()).unwrap_or_default();
            if !lexicon.may_start_figure(raw) || !may_start_figure(scan.w(i)) {
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
    let head = word.split('-').next().unwrap_or(word);
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
    /// A unit read with it: a currency, a glued unit, "percent" for a fraction.
    unit: Option<Unit>,
    /// Spelled in words.
    spelled: bool,
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
        // if it is there.
        let of = self.words.is(last + 1, &["of"]) && self.joined(last);
        if self.words.is(last, &["handful", "couple"]) && !of {
            return None;
        }
        let span = Span::new(self.span(i)?.start, self.span(last)?.end);
        let unit = if of {
            last += 1;
            self.unit_after(last)
        } else {
            self.unit_after(last)
        };
        let value = Interval {
            min: Some(min),
            max: Some(max),
            min_inclusive: true,
            max_inclusive: false,
            nominal: None,
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

    /// A currency symbol written right before byte `start`: its byte offset and unit.
    fn currency_symbol(&self, start: usize) -> Option<(usize, Unit)> {
        let c = self
            .words
            .text
            .text
            .get(..start)
            .and_then(|s| s.chars().next_back())?;
        let &(_, lemma) = CURRENCY_SYMBOLS.iter().find(|(s, _)| *s == c)?;
        let at = start - c.len_utf8();
        Some((
            at,
            Unit {
                span: Span::new(at, start),
                lemma: lemma.to_string(),
            },
        ))
    }

    /// A minus sign right before byte `start`, itself after white space or a bracket
    /// ("−20 degrees", "-3.5%"): its byte offset.
    fn minus_sign(&self, start: usize) -> Option<usize> {
        let before = self.words.text.text.get(..start)?;
        let c = before
            .chars()
            .next_back()
            .filter(|&c| c == '-' || c == '−')?;
        let at = start - c.len_utf8();
        let prev = before.get(..at).and_then(|s| s.chars().next_back());
        prev.is_none_or(|p| p.is_whitespace() || p == '(')
            .then_some(at)
    }

    /// A currency code at word `i` ("USD", "EUR").
    fn currency_code(&self, i: usize) -> Option<Unit> {
        let w = self.w(i);
        let &lemma = LEXICON
            .currency_codes
            .get(w)
            .filter(|_| w.chars().all(char::is_uppercase))?;
        Some(Unit {
            span: self.span(i)?,
            lemma: lemma.to_string(),
        })
    }

    /// The number starting at word `i`, if any.
    fn read(&self, i: usize) -> Read {
        let tok = self.w(i);
        if let Some(code) = self.currency_code(i) {
            if self.joined(i) && self.w(i + 1).starts_with(|c: char| c.is_ascii_digit()) {
                if let Read::Yes(mut r) = self.read_digits(i + 1) {
                    r.first = i;
                    r.start = code.span.start;
                    r.unit = Some(code);
                    return Read::Yes(r);
                }
            }
            return Read::No;
        }
        if tok.starts_with(|c: char| c.is_ascii_digit()) {
            return self.read_digits(i);
        }
        if let Some((num, last)) = fraction(&self.words, i) {
            let (Some(first), Some(end)) = (self.span(i), self.span(last)) else {
                return Read::No;
            };
            return Read::Yes(Reading {
                first: i,
                last,
                start: first.start,
                num,
                scale: None,
                unit: Some(Unit {
                    span: Span::new(first.start, end.end),
                    lemma: "percent".to_string(),
                }),
                spelled: true,
            });
        }
        let Some((num, last)) = spelled(&self.words, i) else {
            return Read::No;
        };
        let Some(start) = self.span(i).map(|s| s.start) else {
            return Read::No;
        };
        let scale = (last > i && scale_word(self.w(last)).is_some()).then_some(num.z);
        Read::Yes(Reading {
            first: i,
            last,
            start,
            num,
            scale,
            unit: None,
            spelled: true,
        })
    }

    /// A number in digits at word `i`, with a currency symbol before it, a suffix glued
    /// to it ("14k", "€300m", "10km") or a scale word after it.
    fn read_digits(&self, i: usize) -> Read {
        let tok = self.w(i);
        let Some(span) = self.span(i) else {
            return Read::No;
        };
        let split = tok
            .find(|c: char| c.is_alphabetic() || c == '-')
            .unwrap_or(tok.len());
        let (digits, suffix) = tok.split_at(split);
        let currency = self.currency_symbol(span.start);
        let mut unit = currency.as_ref().map(|(_, u)| u.clone());
        let mut glued_scale = None;
        if !suffix.is_empty() {
            if !suffix.chars().all(char::is_alphabetic) {
                return Read::Skip(i);
            }
            let lower_scale = LEXICON.glued_scales.get(suffix).copied();
            let currency_scale = match (currency.is_some(), suffix) {
                (true, "m" | "M") => Some(6),
                (true, "b" | "B") => Some(9),
                _ => None,
            };
            let glued_unit = LEXICON.glued_units.get(suffix).copied();
            if let Some(k) = lower_scale.or(currency_scale) {
                glued_scale = Some(k);
            } else if let (Some(l), None) = (glued_unit, &currency) {
                unit = Some(Unit {
                    span: Span::new(span.start + split, span.end),
                    lemma: l.to_string(),
                });
            } else {
                return Read::Skip(i);
            }
        }
        let scale_after = if glued_scale.is_none() && self.joined(i) {
            scale_word(self.w(i + 1))
        } else {
            None
        };
        let dot_groups = glued_scale.is_none() && scale_after.is_none();
        let Some(mut num) = parse_digits(digits, dot_groups) else {
            return Read::Skip(i);
        };
        let mut last = i;
        let scale = glued_scale.or(scale_after);
        if let Some(k) = scale {
            num = num.scaled(k);
        }
        if scale_after.is_some() {
            last = i + 1;
        }
        let mut start = currency.as_ref().map_or(span.start, |(at, _)| *at);
        if let Some(sign) = self.minus_sign(start) {
            num.value = -num.value;
            start = sign;
        }
        Read::Yes(Reading {
            first: i,
            last,
            start,
            num,
            scale,
            unit,
            spelled: false,
        })
    }

    /// A figure starting at word `i`, with its hedge, range and unit.
    fn figure(&self, i: usize) -> Option<Found> {
        let tok = self.w(i);
        if tok.starts_with(|c: char| c.is_ascii_digit()) && tok.contains('-') {
            return Some(self.hyphenated(i));
        }
        let r = match self.read(i) {
            Read::No => return None,
            Read::Skip(last) => return Some(Found::skip(last)),
            Read::Yes(r) => r,
        };
        if self.not_a_figure(&r) {
            return Some(Found::skip(r.last));
        }
        let hedged = self.hedge_before(r.first, r.start);
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
        let mut last = r.last;
        if hedge == Hedge::None {
            if let Some((h, end)) = self.suffix_hedge(last) {
                hedge = h;
                last = end;
            }
        }
        let end = self.span(last)?.end;
        let unit = r.unit.clone().or_else(|| self.unit_or_percent(last));
        let mut after = unit
            .as_ref()
            .map_or(last, |u| self.index_of(u.span, last).max(last));
        if hedge == Hedge::None && unit.is_some() {
            if let Some((h, end)) = self.suffix_hedge(after) {
                hedge = h;
                after = end;
            }
        }
        if r.spelled && r.num.value == 1.0 && !self.one_counts(&r, unit.as_ref()) {
            return Some(Found::skip(r.last));
        }
        let value = interval(hedge, &r.num);
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

    /// A ratio, "four in ten (voters)", "1 in 5": a percentage of what follows.
    fn ratio(&self, a: &Reading, hedged: Option<(usize, Hedge)>) -> Option<Found> {
        if a.unit.is_some() || !self.words.is(a.last + 1, &["in"]) || !self.joined(a.last) {
            return None;
        }
        let Read::Yes(b) = self.read(a.last + 2) else {
            return None;
        };
        let whole = [3.0, 4.0, 5.0, 10.0, 20.0, 100.0, 1000.0].contains(&b.num.value);
        if !self.joined(a.last + 1) || b.unit.is_some() || !whole || a.num.value >= b.num.value {
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

    /// A figure written as one token with a hyphen: "10-15", "3-1" (a score),
    /// "14,000-plus", "10,000-strong"; other compounds ("19-year-old") are skipped.
    fn hyphenated(&self, i: usize) -> Found {
        let tok = self.w(i);
        let Some(span) = self.span(i) else {
            return Found::skip(i);
        };
        let Some((a, b)) = tok.split_once('-') else {
            return Found::skip(i);
        };
        let Some(na) = parse_digits(a, true) else {
            return Found::skip(i);
        };
        let start = self
            .currency_symbol(span.start)
            .map_or(span.start, |(at, _)| at);
        let hedged = self.hedge_before(i, start);
        if b.eq_ignore_ascii_case("plus") || b.eq_ignore_ascii_case("strong") {
            let hedge = if b.eq_ignore_ascii_case("plus") {
                Hedge::AtLeast
            } else {
                hedged.map_or(Hedge::None, |(_, h)| h)
            };
            let start = hedged.map_or(start, |(s, _)| s);
            let unit = self.unit_after(i);
            let after = unit.as_ref().map_or(i, |u| self.index_of(u.span, i));
            let value = interval(hedge, &na);
            let fact = self.fact(Span::new(start, span.end), hedge, value, unit, i, after + 1);
            return Found {
                fact: Some(fact),
                next: i + 1,
            };
        }
        // "a 30-day ceasefire", "the 27-member bloc": the unit is glued on.
        if let Some(&l) = LEXICON.hyphen_units.get(b) {
            let (hedge, start) = match hedged {
                Some((_, Hedge::Range)) | None => (Hedge::None, start),
                Some((s, h)) => (h, s),
            };
            let number_end = span.start + a.len();
            let unit = Unit {
                span: Span::new(number_end + 1, span.end),
                lemma: l.to_string(),
            };
            let value = interval(hedge, &na);
            let fact = self.fact(
                Span::new(start, number_end),
                hedge,
                value,
                Some(unit),
                i,
                i + 1,
            );
            return Found {
                fact: Some(fact),
                next: i + 1,
            };
        }
        let Some(nb) = parse_digits(b, true) else {
            return Found::skip(i);
        };
        if nb.value <= na.value || (is_year(&na) && is_year(&nb)) || self.is_id(i) {
            return Found::skip(i);
        }
        let r = |num| Reading {
            first: i,
            last: i,
            start,
            num,
            scale: None,
            unit: None,
            spelled: false,
        };
        let start = hedged.map_or(start, |(s, _)| s);
        self.range(start, &r(na), &r(nb))
    }

    /// A range fact from `a` to `b`, starting at byte `start`.
    fn range(&self, start: usize, a: &Reading, b: &Reading) -> Found {
        let end = self.span(b.last).map_or(start, |s| s.end);
        let value = Interval {
            min: Some(a.num.value),
            max: Some(b.num.value),
            min_inclusive: true,
            max_inclusive: true,
            nominal: None,
        };
        let unit = a
            .unit
            .clone()
            .or_else(|| b.unit.clone())
            .or_else(|| self.unit_or_percent(b.last));
        let after = unit
            .as_ref()
            .map_or(b.last, |u| self.index_of(u.span, b.last).max(b.last));
        let fact = self.fact(
            Span::new(start, end),
            Hedge::Range,
            value,
            unit,
            a.first,
            after + 1,
        );
        Found {
            fact: Some(fact),
            next: b.last + 1,
        }
    }

    /// The hedge ending right before word `first` (whose figure starts at byte
    /// `start`): where it starts and what it is. "between" comes back as
    /// [`Hedge::Range`], to be confirmed by [`Scan::range_end`].
    fn hedge_before(&self, first: usize, start: usize) -> Option<(usize, Hedge)> {
        let prev = first.checked_sub(1)?;
        let gap = self.words.between(self.span(prev)?.end, start);
        if gap.is_empty() || !gap.chars().all(char::is_whitespace) {
            return None;
        }
        if self.words.is(prev, &["between"]) {
            return Some((self.span(prev)?.start, Hedge::Range));
        }
        // A hedge ends with the word right before the figure: only those can match.
        let candidates = LEXICON.hedges_by_last.get(self.w(prev))?;
        candidates.iter().find_map(|&(phrase, hedge)| {
            let at = first.checked_sub(phrase.len())?;
            self.words
                .spells(at, phrase)
                .then(|| Some((self.span(at)?.start, hedge)))
                .flatten()
        })
    }

    /// A hedge right after word `last` ("or so", "or more"): the hedge and its last word.
    fn suffix_hedge(&self, last: usize) -> Option<(Hedge, usize)> {
        if !self.joined(last) {
            return None;
        }
        SUFFIX_HEDGES.iter().find_map(|&(phrase, hedge)| {
            self.words
                .spells(last + 1, phrase)
                .then_some((hedge, last + phrase.len()))
        })
    }

    /// The second figure of a range whose first figure is `a`.
    fn range_end(&self, a: &Reading, hedge: Option<Hedge>) -> Option<Reading> {
        let last = a.last;
        let next = self.w(last + 1);
        let at = if hedge == Some(Hedge::Range) {
            (next.eq_ignore_ascii_case("and") && self.joined(last)).then_some(last + 2)?
        } else if (next.eq_ignore_ascii_case("to") || next.eq_ignore_ascii_case("or"))
            && self.joined(last)
        {
            last + 2
        } else {
            let b = self.span(last + 1)?;
            let gap = self.words.between(self.span(last)?.end, b.start);
            (gap == "–" || gap == "—" || (gap == "-" && a.spelled)).then_some(last + 1)?
        };
        let b = match self.read(at) {
            Read::Yes(b) => b,
            _ => return None,
        };
        if at == last + 2 {
            // "$10 to $15 million": the gap may hold the second currency symbol.
            let gap = self.words.between(self.span(last + 1)?.end, b.start);
            if gap.is_empty() || !gap.chars().all(char::is_whitespace) {
                return None;
            }
        }
        // "two or three", "300 or 400" — but not "one or two of them" (fine) nor a choice
        // between unrelated figures ("10 or 1,000").
        if next.eq_ignore_ascii_case("or") && b.num.value > a.num.value * 10.0 {
            return None;
        }
        (b.spelled == a.spelled || a.unit.is_some() || b.unit.is_some()).then_some(b)
    }

    /// Whether a reading is no figure: a year, a day of a date, a time, an identifier
    /// or a label.
    fn not_a_figure(&self, r: &Reading) -> bool {
        if r.spelled {
            return false;
        }
        let i = r.first;
        if self.words.len() == 1 || self.is_id(i) {
            return true;
        }
        let prev = if i >= 1 && self.joined(i - 1) {
            self.w(i - 1)
        } else {
            ""
        };
        let next = if self.joined(r.last) {
            self.w(r.last + 1)
        } else {
            ""
        };
        // "+44 20 7946 0958": numbers in a row are an identifier.
        let digit = |w: &str| w.starts_with(|c: char| c.is_ascii_digit());
        if digit(prev) || digit(next) {
            return true;
        }
        if r.unit.is_some() {
            return false;
        }
        let num = &r.num;
        let day = num.bare && num.value >= 1.0 && num.value <= 31.0;
        if day && (is_month(prev) || is_month(next)) {
            return true;
        }
        if num.bare && LEXICON.time_words.contains(next) {
            return true;
        }
        if is_year(num) && !(next.starts_with(char::is_lowercase) && is_plural(next)) {
            return true;
        }
        if LEXICON.labels.contains(prev) {
            return true;
        }
        // "Nord Stream 2", "Resolution 2202": a bare number after a capitalised word
        // inside the sentence, with nothing counted after it.
        let capital_before = i >= 2 && prev.starts_with(char::is_uppercase);
        capital_before && num.bare && !is_month(prev) && self.unit_or_percent(r.last).is_none()
    }

    /// Whether the characters around word `i` make it an identifier, a date or a time:
    /// `/`, `:`, `#`, `+`, `@`, `\`, `_` beside it, a leading zero or more than six
    /// undivided digits.
    fn is_id(&self, i: usize) -> bool {
        let Some(span) = self.span(i) else {
            return false;
        };
        let text = self.words.text.text;
        let before = text.get(..span.start).and_then(|s| s.chars().next_back());
        let mut after = text.get(span.end..).unwrap_or("").chars();
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

    /// The unit after the figure ending at word `last`: a `%` glued to it, a percent
    /// word, a currency code, or the head noun of the words after it.
    fn unit_or_percent(&self, last: usize) -> Option<Unit> {
        let end = self.span(last)?.end;
        let rest = self.words.text.text.get(end..).unwrap_or("");
        if rest.starts_with('%') {
            return Some(Unit {
                span: Span::new(end, end + 1),
                lemma: "percent".to_string(),
            });
        }
        if rest.starts_with('°') {
            // "1.5°C": the degree sign and its scale letter.
            let len =
                '°'.len_utf8() + usize::from(rest.get(2..3).is_some_and(|c| c == "C" || c == "F"));
            return Some(Unit {
                span: Span::new(end, end + len),
                lemma: "degree".to_string(),
            });
        }
        if !self.joined(last) {
            return None;
        }
        let next = last + 1;
        let unit = |to: usize, lemma: &str| {
            Some(Unit {
                span: Span::new(self.span(next)?.start, self.span(to)?.end),
                lemma: lemma.to_string(),
            })
        };
        if self.words.spells(next, &["per", "cent"]) {
            return unit(next + 1, "percent");
        }
        if self.words.is(next, &["percentage"])
            && self.joined(next)
            && self.words.is(next + 1, &["point", "points"])
        {
            return unit(next + 1, "percentage point");
        }
        if let Some(code) = self.currency_code(next) {
            return Some(code);
        }
        // "two of his advisers", "14,000 of the troops".
        if self.words.is(next, &["of"]) && self.joined(next) {
            let skip =
                usize::from(self.words.is_in(next + 1, &DETERMINER_SET) && self.joined(next + 1));
            return self.unit_after(next + skip);
        }
        self.unit_after(last)
    }

    /// The head noun of the words after word `from` (see the module documentation).
    fn unit_after(&self, from: usize) -> Option<Unit> {
        let mut fallback: Option<usize> = None;
        let mut k = from + 1;
        while k <= from + 5 && k < self.words.len() && self.joined(k - 1) {
            let w = self.w(k);
            if let Some(&l) = LEXICON.unit_words.get(w) {
                return Some(Unit {
                    span: self.span(k)?,
                    lemma: l.to_string(),
                });
            }
            if LEXICON.stops.contains(w)
                || is_month(w)
                || w.starts_with(|c: char| c.is_ascii_digit())
                || (w.len() > 4 && w.ends_with("ly"))
                || self.currency_code(k).is_some()
            {
                break;
            }
            if self.plural_noun(k) {
                let mut head = k;
                while self.joined(head) && self.plural_noun(head + 1) {
                    head += 1;
                }
                return self.unit(head);
            }
            if !verbal(w) && !LEXICON.not_heads.contains(w) && w.starts_with(char::is_lowercase) {
                fallback = Some(k);
            }
            k += 1;
        }
        fallback.and_then(|k| self.unit(k))
    }

    /// Whether word `k` reads as a plural noun: plural, and no `-ed`/`-ing` form,
    /// acronym, dotted abbreviation or stop word.
    fn plural_noun(&self, k: usize) -> bool {
        let w = self.w(k);
        !w.is_empty()
            && !verbal(w)
            && w.chars().any(char::is_lowercase)
            && !w.contains('.')
            && !LEXICON.stops.contains(w)
            && !LEXICON.not_heads.contains(w)
            && is_plural(w)
    }

    /// Word `k` as a unit.
    fn unit(&self, k: usize) -> Option<Unit> {
        let span = self.span(k)?;
        Some(Unit {
            span,
            lemma: lemma(self.words.text.slice(span)),
        })
    }

    /// The word saying what a figure counts (see the module documentation): the figure
    /// starts at word `first`; word `after` is the first after it and its unit.
    fn counting(&self, first: usize, after: usize) -> Option<Counting> {
        let known_after = self.count_after(after);
        if let Some(k) = known_after.filter(|&k| self.words.is_in(k, &LEXICON.count_words)) {
            return self.counting_words(k, k);
        }
        if let Some((from, to)) = self.count_before(first) {
            return self.counting_words(from, to);
        }
        known_after.and_then(|k| self.counting_words(k, k))
    }

    /// A counting word after a figure and its unit, past auxiliaries: a known counting
    /// word or an `-ed` form.
    fn count_after(&self, after: usize) -> Option<usize> {
        if after == 0 || !self.joined(after - 1) {
            return None;
        }
        let mut k = after;
        while self.words.is_in(k, &LEXICON.count_skip_after) && self.joined(k) {
            k += 1;
        }
        let w = self.w(k);
        let ok = self.words.is_in(k, &LEXICON.count_words)
            || (w.len() > 4 && w.ends_with("ed") && w.starts_with(char::is_lowercase));
        ok.then_some(k)
    }

    /// A content word right before a figure starting at word `first`, past linking
    /// words; with the word before it when it names a compound after a preposition
    /// ("death toll of").
    fn count_before(&self, first: usize) -> Option<(usize, usize)> {
        let mut k = first.checked_sub(1)?;
        if !self.joined(k) {
            return None;
        }
        // Hedge words are part of the figure ("killed more than 14,000").
        // A hedge ending at word `k` ends with that word: only those can match.
        while let Some(h) = LEXICON
            .hedges_by_last
            .get(self.w(k))
            .and_then(|candidates| {
                candidates
                    .iter()
                    .find(|(p, _)| k + 1 >= p.len() && self.words.spells(k + 1 - p.len(), p))
            })
        {
            k = k.checked_sub(h.0.len())?;
            if !self.joined(k) {
                return None;
            }
        }
        let mut skipped = 0;
        while (self.words.is_in(k, &LEXICON.count_skip_before)
            || (skipped > 0 && self.words.is(k, &["has", "have", "had", "been"])))
            && skipped < 3
        {
            k = k.checked_sub(1)?;
            if !self.joined(k) {
                return None;
            }
            skipped += 1;
        }
        let w = self.w(k);
        let content = w.starts_with(char::is_lowercase)
            && w.chars().all(|c| c.is_alphabetic() || c == '-')
            && !LEXICON.not_counting.contains(w)
            && (!LEXICON.stops.contains(w) || LEXICON.count_words.contains(w));
        if !content {
            return None;
        }
        // "the death toll of": the word before is part of the noun when a determiner
        // or the sentence start stands before both.
        let compound = skipped > 0
            && !verbal(w)
            && k >= 1
            && self.joined(k - 1)
            && (self.w(k - 1).starts_with(char::is_lowercase) || k == 1)
            && !LEXICON.stops.contains(self.w(k - 1))
            && !LEXICON.not_counting.contains(self.w(k - 1))
            && !verbal(self.w(k - 1))
            && !adjective(self.w(k - 1))
            && (k == 1 || self.words.is_in(k - 2, &DETERMINER_SET));
        Some((if compound { k - 1 } else { k }, k))
    }

    /// Words `from..=to` as a counting word.
    fn counting_words(&self, from: usize, to: usize) -> Option<Counting> {
        let span = Span::new(self.span(from)?.start, self.span(to)?.end);
        Some(Counting {
            span,
            word: self.words.text.slice(span).to_lowercase(),
        })
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
            doc: 0,
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

/// Whether a number is a bare four-digit year, 1000–2199.
fn is_year(num: &Num) -> bool {
    num.bare && num.int_digits == 4 && (1000.0..=2199.0).contains(&num.value)
}

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

    /// The table of news sentences: a sentence on a line of its own, then one indented
    /// line per figure it must yield (none: it must yield nothing), as
    /// `span | hedge | interval | unit | attribution | counting`; `#` starts a comment.
    const CASES: &str = include_str!("quantity/cases.txt");

    fn facts(s: &str) -> Vec<Fact> {
        extract(&Text::new(s, Span::new(0, s.len())))
    }

    fn iv(f: &Fact) -> Interval {
        match &f.value {
            Value::Quantity(iv) => *iv,
            _ => panic!("not a quantity"),
        }
    }

    /// `[min,max]` with `(`/`)` for exclusive and `-` for unbounded, then `~nominal`.
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

    /// One line per fact: `span | hedge | interval | unit | attribution | counting`.
    fn describe(s: &str) -> Vec<String> {
        facts(s)
            .iter()
            .map(|f| {
                format!(
                    "{} | {} | {} | {} | {} | {}",
                    &s[f.span.range()],
                    f.hedge,
                    show(&iv(f)),
                    f.unit.as_ref().map_or("-", |u| u.lemma.as_str()),
                    f.attribution.as_ref().map_or("-", |a| a.who.as_str()),
                    f.counting.as_ref().map_or("-", |c| c.word.as_str()),
                )
            })
            .collect()
    }

    /// The cases of [`CASES`]: each sentence with its expected lines.
    fn cases() -> Vec<(&'static str, Vec<&'static str>)> {
        let mut out: Vec<(&str, Vec<&str>)> = Vec::new();
        for line in CASES.lines() {
            if line.trim().is_empty() || line.trim_start().starts_with('#') {
                continue;
            }
            if line.starts_with(' ') {
                out.last_mut()
                    .expect("an expectation follows a sentence")
                    .1
                    .push(line.trim());
            } else {
                out.push((line, Vec::new()));
            }
        }
        out
    }

    #[test]
    fn table_of_news_sentences() {
        let cases = cases();
        assert!(cases.len() >= 200, "{} cases", cases.len());
        let mut failures = Vec::new();
        for (sentence, want) in &cases {
            let got = describe(sentence);
            if got != *want {
                failures.push(format!("{sentence}\n  want {want:#?}\n  got  {got:#?}"));
            }
        }
        assert!(
            failures.is_empty(),
            "{} of {} failed:\n{}",
            failures.len(),
            cases.len(),
            failures.join("\n")
        );
    }

    /// Prints the table as the extractor reads it now, for reviewing new cases:
    /// `cargo test print_table -- --ignored --nocapture`.
    #[test]
    #[ignore = "a tool for writing cases, not a check"]
    #[expect(clippy::print_stdout, reason = "prints the table for review")]
    fn print_table() {
        for (sentence, _) in cases() {
            println!("{sentence}");
            for line in describe(sentence) {
                println!("  {line}");
            }
        }
    }

    #[test]
    fn rounding_keeps_neighbours_compatible_and_exact_figures_apart() {
        let v = |s: &str| iv(&facts(s)[0]);
        assert!(v("It cost 14,000 dollars.").overlaps(&v("It cost 14,200 dollars.")));
        assert!(!v("It cost 14,237 dollars.").overlaps(&v("It cost 14,300 dollars.")));
        assert!(v("More than 14,000 died.").overlaps(&v("Some 15,000 died.")));
        assert!(!v("Fewer than 100 died.").overlaps(&v("Hundreds died.")));
        assert!(v("Two-thirds of voters agreed.").overlaps(&v("Some 67% of voters agreed.")));
        assert!(v("It cost 1.5 million dollars.").overlaps(&v("It cost 1,520,000 dollars.")));
        assert_eq!(
            show(&v("The fire destroyed 14,000 homes.")),
            "[13500,14500]~14000"
        );
    }

    /// Throughput on the seeds and cases, repeated:
    /// `cargo test --release throughput -- --ignored --nocapture`.
    #[test]
    #[ignore = "a measurement, not a check"]
    #[expect(clippy::print_stdout, reason = "prints the measurement")]
    fn throughput() {
        let one = SEEDS.concat() + CASES;
        let big = one.repeat(200);
        let start = std::time::Instant::now();
        let text = Text::new(&big, Span::new(0, big.len()));
        let analysed = start.elapsed();
        let n = extract(&text).len();
        let total = start.elapsed();
        let mb = big.len() as f64 / 1e6;
        println!(
            "{mb:.1} MB: analysis {analysed:?}, total {total:?} ({:.1} MB/s), {n} facts",
            mb / total.as_secs_f64()
        );
    }

    #[test]
    fn any_slice_of_real_text_extracts_without_panicking() {
        let all = SEEDS.concat() + CASES + "— 14 000 € 2,5 млн. “3–4” 1.5bn% $ ,1 .5 - 10-";
        let bounds: Vec<usize> = (0..=all.len())
            .filter(|&i| all.is_char_boundary(i))
            .collect();
        // Windows of many lengths at many offsets, cut on character boundaries.
        for (n, &start) in bounds.iter().enumerate().step_by(37) {
            for len in [1, 2, 3, 5, 8, 13, 40, 120] {
                let Some(&end) = bounds.get(n + len) else {
                    continue;
                };
                let piece = &all[start..end];
                for f in facts(piece) {
                    assert!(piece.get(f.span.range()).is_some());
                }
            }
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
                if let Some(c) = &f.counting {
                    assert!(seed.get(c.span.range()).is_some());
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
                    "more than seven | more-than | (7,-)~7 | year | - | -",
                    "more than 14,000 | more-than | (14000,-)~14000 | people | - | killed",
                    "more than 120 | more-than | (120,-)~120 | contractor | Russian Defense Minister Sergei Shoigu | -",
                    "two | none | [2,2]~2 | village | Russian Defense Minister Sergei Shoigu | -",
                ],
                vec!["several | vague | [3,10)~- | week | - | -"],
                vec![
                    "tens of thousands | vague | [20000,100000)~- | troop | - | buildup",
                    "two | none | [2,2]~2 | country | - | shared",
                    "About 1,000 | about | [900,1100]~1000 | troop | Interfax | -",
                    "more than 14,000 | more-than | (14000,-)~14000 | people | Kyiv | killed",
                    "two | none | [2,2]~2 | region | - | representatives",
                ],
                vec!["several | vague | [3,10)~- | country | - | -"],
                vec![
                    "Tens of thousands | vague | [20000,100000)~- | troop | - | -",
                    "four | none | [4,4]~4 | country | Price | -",
                    "more than 100,000 | more-than | (100000,-)~100000 | troop | - | -",
                ],
            ]
        );
    }
}
