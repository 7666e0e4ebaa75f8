//! Reading a number at a word: digits with a currency symbol, code or prefix before
//! them ("$20", "$ 75 million", "USD3.14", "RM42", "Rs 500") or a symbol after them
//! ("20€"), a scale or unit glued to them ("14k", "3M", "1.5e6") or scale words after
//! them ("1.5 lakh crore"), digits of other scripts ("１２０", "١٢٣") and digits split by
//! a zero-width character; fractions ("1/5", "½", "2½", "2 1/4", "two thirds of") and
//! numbers in words; a decimal point with nothing before it (".75"), an exponent
//! ("1.5e-3", "2.4e+6"), "3 dozen", and a currency code or prefix after the digits
//! ("500MYR", "20Rs").

use std::borrow::Cow;

use super::lexicon::{CURRENCIES, LEXICON};
use super::number::{
    Num, and_fraction_of_scale, fraction, over_denominator, parse_digits, plus_fraction,
    scale_word, spelled,
};
use super::{Read, Reading, Scan};
use crate::extract::Unit;
use crate::source::Span;

/// Zero-width characters that may stand inside a number copied from a web page.
fn zero_width(c: char) -> bool {
    matches!(
        c,
        '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}'
    )
}

/// The ASCII digit of a decimal digit of another script: full-width, Arabic-Indic,
/// extended Arabic-Indic (Persian), Devanagari, Bengali.
fn other_digit(c: char) -> Option<char> {
    let base = match c {
        '\u{FF10}'..='\u{FF19}' => 0xFF10,
        '\u{0660}'..='\u{0669}' => 0x0660,
        '\u{06F0}'..='\u{06F9}' => 0x06F0,
        '\u{0966}'..='\u{096F}' => 0x0966,
        '\u{09E6}'..='\u{09EF}' => 0x09E6,
        _ => return None,
    };
    char::from_digit(u32::from(c) - base, 10)
}

/// Whether a word starts with a digit of any script.
pub(super) fn starts_with_digit(word: &str) -> bool {
    word.chars()
        .next()
        .is_some_and(|c| c.is_ascii_digit() || other_digit(c).is_some())
}

/// Whether a character is a vulgar fraction ("½").
pub(super) fn is_vulgar(c: char) -> bool {
    vulgar(c).is_some()
}

/// A vulgar fraction character's value.
fn vulgar(c: char) -> Option<f64> {
    Some(match c {
        '½' => 0.5,
        '⅓' => 1.0 / 3.0,
        '⅔' => 2.0 / 3.0,
        '¼' => 0.25,
        '¾' => 0.75,
        '⅕' => 0.2,
        '⅖' => 0.4,
        '⅗' => 0.6,
        '⅘' => 0.8,
        '⅙' => 1.0 / 6.0,
        '⅚' => 5.0 / 6.0,
        '⅛' => 0.125,
        '⅜' => 0.375,
        '⅝' => 0.625,
        '⅞' => 0.875,
        _ => return None,
    })
}

/// A number read within 5% of its value, as a fraction is ("two thirds": 0.667).
fn rough(value: f64) -> Num {
    Num {
        value,
        z: 0,
        bare: false,
        int_digits: 1,
        rough: true,
    }
}

/// The currency of a code in capitals ("MYR") or a letter prefix ("Rs", "RM") written
/// after the digits.
fn glued_currency(suffix: &str) -> Option<&'static str> {
    let code = (suffix.len() == 3 && suffix.bytes().all(|b| b.is_ascii_uppercase()))
        .then(|| CURRENCIES.glued_codes.get(suffix).copied())
        .flatten();
    code.or_else(|| CURRENCIES.letter_prefixes.get(suffix).copied())
}

/// The scale of a hyphenated scale word glued after an amount's digits, maybe followed by
/// the currency's name ("-million", "-crore", "-billion-dollar").
pub(super) fn hyphen_scale(suffix: &str) -> Option<i32> {
    let mut parts = suffix.strip_prefix('-')?.split('-');
    let k = scale_word(parts.next()?)?;
    match (parts.next(), parts.next()) {
        (None, _) => Some(k),
        (Some(name), None) if CURRENCIES.names.contains(name) => Some(k),
        _ => None,
    }
}

/// A unit of `lemma` at `span`.
fn unit(span: Span, lemma: &str) -> Unit {
    Unit {
        span,
        lemma: lemma.to_string(),
    }
}

impl Scan<'_, '_> {
    /// A currency symbol or prefix written right before byte `start`, or before it and
    /// one space ("$20", "$ 75 million", "HK$5", "Rs 500"): its byte offset and unit.
    pub(super) fn currency_symbol(&self, start: usize) -> Option<(usize, Unit)> {
        let text = self.words.text.text;
        let before = text.get(..start)?;
        let (before, end) = match before.strip_suffix(' ') {
            Some(b) => (b, start - 1),
            None => (before, start),
        };
        let c = before.chars().next_back()?;
        // Nearly every figure has a letter, a space or a bracket before it: only `$`
        // and characters beyond ASCII can be symbols.
        let symbol = if c.is_ascii() && c != '$' {
            None
        } else {
            CURRENCIES.symbols.iter().find(|(s, _)| *s == c)
        };
        if let Some(&(_, lemma)) = symbol {
            // "US$", "HK$": a longer mark ending in the symbol takes its letters too.
            let at = CURRENCIES
                .prefixes
                .iter()
                .find(|(p, _)| before.ends_with(p) && p.ends_with(c))
                .map_or(end - c.len_utf8(), |(p, _)| end - p.len());
            let at = if self.glued_to_word(at) {
                end - c.len_utf8()
            } else {
                at
            };
            return Some((at, unit(Span::new(at, end), lemma)));
        }
        // A prefix of letters ("Rs", "RM", "Rp"), maybe with its full stop ("Rs.").
        let word_end = if end < start { end } else { return None };
        let before = text.get(..word_end)?;
        let before = before.strip_suffix('.').unwrap_or(before);
        let letters = before
            .char_indices()
            .rev()
            .take_while(|(_, c)| c.is_alphabetic())
            .last()
            .map_or(before.len(), |(k, _)| k);
        let word = before.get(letters..)?;
        if word.is_empty() || !word.starts_with(char::is_uppercase) {
            return None;
        }
        let &lemma = CURRENCIES.letter_prefixes.get(word)?;
        Some((letters, unit(Span::new(letters, word_end), lemma)))
    }

    /// Whether a letter or digit stands right before byte `at`.
    fn glued_to_word(&self, at: usize) -> bool {
        self.words
            .text
            .text
            .get(..at)
            .and_then(|s| s.chars().next_back())
            .is_some_and(char::is_alphanumeric)
    }

    /// A currency symbol right after byte `end`, or after it and one space ("20€",
    /// "20 €"), not itself before digits.
    pub(super) fn currency_after(&self, end: usize) -> Option<Unit> {
        let text = self.words.text.text;
        let rest = text.get(end..)?;
        let (rest, at) = match rest.strip_prefix(' ') {
            Some(r) => (r, end + 1),
            None => (rest, end),
        };
        let c = rest.chars().next()?;
        // "10¢": the hundredth's own sign.
        let lemma = if c == '¢' {
            "cent"
        } else {
            CURRENCIES.symbols.iter().find(|(s, _)| *s == c)?.1
        };
        // A symbol before digits is theirs ("10 $ 30"), not this figure's ("10 $ is").
        let after = rest.get(c.len_utf8()..).unwrap_or("");
        if after
            .trim_start_matches(' ')
            .starts_with(|a: char| a.is_ascii_digit())
        {
            return None;
        }
        Some(unit(Span::new(at, at + c.len_utf8()), lemma))
    }

    /// A decimal point right before word `i`, itself at the start of the text or after
    /// white space, a bracket, a sign or a currency symbol (".08", "-.5", "$.50"): its
    /// byte offset.
    pub(super) fn leading_point(&self, i: usize) -> Option<usize> {
        let start = self.span(i)?.start;
        let before = self.words.text.text.get(..start)?;
        let at = start.checked_sub(1).filter(|_| before.ends_with('.'))?;
        let prev = before.get(..at).and_then(|s| s.chars().next_back());
        let clean = prev.is_none_or(|p| {
            p.is_whitespace()
                || "(-−+$€£".contains(p)
                || super::lexicon::CURRENCIES
                    .symbols
                    .iter()
                    .any(|(s, _)| *s == p)
        });
        let digits = self.w(i).starts_with(|c: char| c.is_ascii_digit());
        (clean && digits).then_some(at)
    }

    /// A minus sign right before byte `start`, itself after white space or a bracket
    /// ("−20 degrees", "-3.5%"): its byte offset.
    pub(super) fn minus_sign(&self, start: usize) -> Option<usize> {
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

    /// A currency code at word `i` ("USD", "EUR") or a letter prefix ("Rs", "RM").
    pub(super) fn currency_code(&self, i: usize) -> Option<Unit> {
        let w = self.w(i);
        let lemma = CURRENCIES
            .codes
            .get(w)
            .filter(|_| w.chars().all(char::is_uppercase))
            .or_else(|| CURRENCIES.letter_prefixes.get(w))?;
        Some(unit(self.span(i)?, lemma))
    }

    /// A currency code with "M" for millions glued before it at word `i` ("MUSD",
    /// "MEUR", as company reports write them): the currency's lemma.
    fn millions_code(&self, i: usize) -> Option<&'static str> {
        let w = self.w(i);
        let code = w
            .strip_prefix('M')
            .filter(|c| c.len() == 3 && c.bytes().all(|b| b.is_ascii_uppercase()))?;
        CURRENCIES.codes.get(code).copied()
    }

    /// A currency code or prefix glued to digits at word `i`: "USD3.14", "RM42",
    /// "Rs500". The unit and where the digits start in the word.
    fn glued_code(&self, i: usize) -> Option<(Unit, usize)> {
        let w = self.w(i);
        let split = w.find(|c: char| c.is_ascii_digit())?;
        let prefix = w.get(..split)?;
        if prefix.is_empty() || !prefix.starts_with(char::is_uppercase) {
            return None;
        }
        let lemma = CURRENCIES
            .glued_codes
            .get(prefix)
            .filter(|_| prefix.chars().all(char::is_uppercase))
            .or_else(|| {
                CURRENCIES
                    .prefixes
                    .iter()
                    .find(|(p, _)| *p == prefix)
                    .map(|(_, l)| l)
            })?;
        let span = self.span(i)?;
        Some((
            unit(Span::new(span.start, span.start + split), lemma),
            split,
        ))
    }

    /// The number starting at word `i`, if any.
    pub(super) fn read(&self, i: usize) -> Read {
        let tok = self.w(i);
        if let Some(code) = self.currency_code(i) {
            let gap_ok = self.joined(i)
                || self
                    .span(i)
                    .zip(self.span(i + 1))
                    .is_some_and(|(a, b)| matches!(self.words.between(a.end, b.start), ". " | "."));
            if gap_ok && starts_with_digit(self.w(i + 1)) {
                if let Read::Yes(mut r) = self.read_digits(i + 1, 0) {
                    r.first = i;
                    r.start = code.span.start;
                    r.unit = Some(code);
                    return Read::Yes(r);
                }
            }
            return Read::No;
        }
        if let Some(mut r) = self.slash_fraction(i) {
            // "-4/5": a minus sign before it.
            if let Some(sign) = self.minus_sign(r.start) {
                r.num.value = -r.num.value;
                r.start = sign;
            }
            return Read::Yes(r);
        }
        if starts_with_digit(tok) {
            return self.read_digits(i, 0);
        }
        if let Some(v) = tok.chars().next().and_then(vulgar) {
            if tok.chars().count() == 1 {
                let Some(span) = self.span(i) else {
                    return Read::No;
                };
                return Read::Yes(Reading {
                    first: i,
                    last: i,
                    start: span.start,
                    num: rough(v),
                    scale: None,
                    unit: None,
                    spelled: false,
                    fraction: true,
                });
            }
        }
        if let Some((code, split)) = self.glued_code(i) {
            if let Read::Yes(mut r) = self.read_digits(i, split) {
                r.start = code.span.start;
                r.unit = Some(code);
                return Read::Yes(r);
            }
            return Read::Skip(i);
        }
        if let Some((num, last)) = fraction(&self.words, i, self.alone) {
            let Some(first) = self.span(i) else {
                return Read::No;
            };
            return Read::Yes(Reading {
                first: i,
                last,
                start: first.start,
                num,
                scale: None,
                unit: None,
                spelled: true,
                fraction: true,
            });
        }
        let Some((mut num, mut last)) = spelled(&self.words, i) else {
            return Read::No;
        };
        // "twenty fifths", "three twenty-firsts": the number over a denominator.
        let mut fraction = false;
        if let Some((value, end)) = over_denominator(&self.words, num.value, last) {
            num = rough(value);
            last = end;
            fraction = true;
        }
        let Some(mut start) = self.span(i).map(|s| s.start) else {
            return Read::No;
        };
        let mut scale = (last > i && scale_word(self.w(last)).is_some()).then_some(num.z);
        // "twenty MUSD": a code with "M" for millions after a number in words.
        let mut unit = None;
        if !fraction && self.joined(last) {
            if let Some(lemma) = self.millions_code(last + 1) {
                unit = self.span(last + 1).map(|s| Unit {
                    span: s,
                    lemma: lemma.to_string(),
                });
                num = num.scaled(6);
                scale = Some(num.z);
                last += 1;
            }
        }
        // "minus five percent", "negative ten", as "minus 20".
        let mut first = i;
        if i >= 1 && self.words.is(i - 1, &["minus", "negative"]) && self.joined(i - 1) {
            num.value = -num.value;
            start = self.span(i - 1).map_or(start, |s| s.start);
            first = i - 1;
        }
        Read::Yes(Reading {
            first,
            last,
            start,
            num,
            scale,
            unit,
            spelled: true,
            fraction,
        })
    }

    /// "+14" right after word `last` (which ends in "e"): the exponent and its word.
    fn signed_exponent(&self, last: usize) -> Option<(i32, usize)> {
        let (a, b) = (self.span(last)?, self.span(last + 1)?);
        if self.words.between(a.end, b.start) != "+" {
            return None;
        }
        let w = self.w(last + 1);
        if w.is_empty() || w.len() > 2 || !w.bytes().all(|c| c.is_ascii_digit()) {
            return None;
        }
        Some((w.parse().ok()?, last + 1))
    }

    /// "x 10^5", "× 10⁹" after word `last`: the power and the last word it takes.
    fn times_ten(&self, last: usize) -> Option<(i32, usize)> {
        let end = self.span(last)?.end;
        let text = self.words.text.text;
        let rest = text.get(end..)?;
        let rest = rest.trim_start_matches(' ');
        let rest = rest
            .strip_prefix(['x', '×', '*'])?
            .trim_start_matches(' ')
            .strip_prefix("10")?;
        let (sign, digits, remaining): (i32, String, &str) = if let Some(r) = rest.strip_prefix('^')
        {
            let (sign, r) = match r.strip_prefix(['-', '−']) {
                Some(r) => (-1, r),
                None => (1, r),
            };
            let digits: String = r.chars().take_while(char::is_ascii_digit).collect();
            (sign, digits.clone(), r.get(digits.len()..).unwrap_or(""))
        } else {
            let (sign, r) = match rest.strip_prefix('⁻') {
                Some(r) => (-1, r),
                None => (1, rest),
            };
            let sup = "⁰¹²³⁴⁵⁶⁷⁸⁹";
            let mut digits = String::new();
            let mut used = 0;
            for c in r.chars() {
                let Some(d) = sup.chars().position(|s| s == c) else {
                    break;
                };
                digits.extend(char::from_digit(u32::try_from(d).unwrap_or(0), 10));
                used += c.len_utf8();
            }
            (sign, digits, r.get(used..).unwrap_or(""))
        };
        let power: i32 = digits.parse().ok().filter(|p: &i32| *p <= 30)?;
        // The word the power ends in: the last one that starts before the digits end.
        let consumed = text.len() - remaining.len();
        let mut at = last;
        while self.span(at + 1).is_some_and(|s| s.start < consumed) {
            at += 1;
        }
        (at > last).then_some((sign * power, at))
    }

    /// "1/5", "3/4 of": a small numerator, a slash, a denominator from 2 to 16, not part
    /// of a date ("12/23", "3/4/2022") and with nothing glued on.
    fn slash_fraction(&self, i: usize) -> Option<Reading> {
        let (a, b) = (self.span(i)?, self.span(i + 1)?);
        if self.words.between(a.end, b.start) != "/" {
            return None;
        }
        let small = |w: &str| {
            w.bytes()
                .all(|c| c.is_ascii_digit())
                .then(|| w.parse::<u32>().ok())
                .flatten()
        };
        let (n, d) = (small(self.w(i))?, small(self.w(i + 1))?);
        let text = self.words.text.text;
        let after = text.get(b.end..).and_then(|s| s.chars().next());
        let before = text.get(..a.start).and_then(|s| s.chars().next_back());
        let clean = |c: Option<char>| c.is_none_or(|c| !(c.is_alphanumeric() || "/.-".contains(c)));
        let signed = self.minus_sign(a.start).is_some();
        // "on 3/4", "by 12/15": a date.
        let date_word = i >= 1
            && self.words.is(
                i - 1,
                &[
                    "on", "for", "by", "until", "since", "from", "before", "after", "dated",
                ],
            );
        if n == 0 || n >= d || d > 10 || date_word || !clean(after) || !(signed || clean(before)) {
            return None;
        }
        Some(Reading {
            first: i,
            last: i + 1,
            start: a.start,
            num: rough(f64::from(n) / f64::from(d)),
            scale: None,
            unit: None,
            spelled: false,
            fraction: true,
        })
    }

    /// Word `i` from byte `from` on as ASCII digits: other scripts' digits mapped, and a
    /// next word of digits behind a zero-width character joined on ("14\u{200B}000").
    /// The text and the last word it takes.
    fn digits_text(&self, i: usize, from: usize) -> (Cow<'_, str>, usize) {
        let tok = self.w(i).get(from..).unwrap_or("");
        let mut text: Cow<'_, str> = if tok.is_ascii() {
            Cow::Borrowed(tok)
        } else {
            Cow::Owned(tok.chars().map(|c| other_digit(c).unwrap_or(c)).collect())
        };
        let mut last = i;
        while let (Some(a), Some(b)) = (self.span(last), self.span(last + 1)) {
            let gap = self.words.between(a.end, b.start);
            let next = self.w(last + 1);
            if gap.is_empty()
                || !gap.chars().all(zero_width)
                || !next.chars().all(|c| c.is_ascii_digit() || c == ',')
            {
                break;
            }
            text.to_mut().push_str(next);
            last += 1;
        }
        (text, last)
    }

    /// A number in digits at word `i` (from byte `from` of it, after a glued currency
    /// code), with a currency symbol before or after it, a suffix glued to it ("14k",
    /// "€300m", "10km", "3M", "1.5e6", "2½") or scale words after it.
    pub(super) fn read_digits(&self, i: usize, from: usize) -> Read {
        let Some(span) = self.span(i) else {
            return Read::No;
        };
        let (tok, mut last) = self.digits_text(i, from);
        let split = tok
            .find(|c: char| c.is_alphabetic() || c == '-' || vulgar(c).is_some())
            .unwrap_or(tok.len());
        let (digits, suffix) = tok.split_at(split);
        let currency = (from == 0)
            .then(|| self.currency_symbol(span.start))
            .flatten();
        let mut unit = currency.as_ref().map(|(_, u)| u.clone());
        let mut glued_scale = None;
        let mut exponent = None;
        let mut plus_half = None;
        if !suffix.is_empty() {
            let mut chars = suffix.chars();
            let first = chars.next();
            let exp = match first {
                Some('e' | 'E') if chars.as_str().is_empty() => {
                    // "12.32e+14": the sign is no part of a word.
                    self.signed_exponent(last).map(|(e, at)| {
                        last = at;
                        e
                    })
                }
                Some('e' | 'E') => chars.as_str().parse::<i32>().ok().filter(|e| e.abs() <= 30),
                _ => None,
            };
            if let Some(v) = first
                .and_then(vulgar)
                .filter(|_| suffix.chars().count() == 1)
            {
                plus_half = Some(v);
            } else if let Some(e) = exp.filter(|_| !digits.is_empty()) {
                exponent = Some(e);
            } else if let Some(k) = (currency.is_some() || from > 0)
                .then(|| hyphen_scale(suffix))
                .flatten()
            {
                // "a $5-million grant", "the Rs 600-crore mission", "a
                // A$95-billion-dollar offer": an amount written as an adjective.
                glued_scale = Some(k);
            } else if !suffix.chars().all(char::is_alphabetic) {
                return Read::Skip(i);
            } else {
                let lower_scale = LEXICON.glued_scales.get(suffix).copied();
                let capital_scale = match suffix {
                    "M" | "MM" => Some(6),
                    "B" => Some(9),
                    _ => None,
                };
                let currency_scale = match (currency.is_some() || from > 0, suffix) {
                    (true, "m" | "M") => Some(6),
                    (true, "b" | "B") => Some(9),
                    _ => None,
                };
                let glued_unit = LEXICON.glued_units.get(suffix).copied();
                if let Some(k) = lower_scale.or(currency_scale).or(capital_scale) {
                    glued_scale = Some(k);
                } else if let (Some(l), None, true) = (glued_unit, &currency, tok.is_ascii()) {
                    unit = Some(Unit {
                        span: Span::new(span.start + from + split, span.end),
                        lemma: l.to_string(),
                    });
                } else if let Some(l) = glued_currency(suffix).filter(|_| unit.is_none()) {
                    // "42MYR", "20Rs": a currency code or prefix glued after the digits.
                    unit = Some(Unit {
                        span: Span::new(span.start + from + split, span.end),
                        lemma: l.to_string(),
                    });
                } else {
                    return Read::Skip(i);
                }
            }
        }
        // "3 x 10^5", "1.2 × 10⁹": a power of ten.
        if glued_scale.is_none() && exponent.is_none() {
            if let Some((e, at)) = self.times_ten(last) {
                exponent = Some(e);
                last = at;
            }
        }
        // "1.5 lakh crore", "a thousand million": scale words multiply.
        let mut scale_after = None;
        if glued_scale.is_none() && exponent.is_none() && self.joined(last) {
            if let Some(k) = scale_word(self.w(last + 1)) {
                scale_after = Some(k);
                last += 1;
                while self.joined(last) {
                    let Some(k2) = scale_word(self.w(last + 1)) else {
                        break;
                    };
                    scale_after = Some(k + k2);
                    last += 1;
                }
            }
        }
        // "75 USD million": a currency code between the digits and their scale; "30
        // MUSD", "120 MEUR": a code with "M" for millions before it.
        if glued_scale.is_none()
            && scale_after.is_none()
            && exponent.is_none()
            && unit.is_none()
            && self.joined(last)
        {
            if let Some(code) = self.currency_code(last + 1) {
                if let Some(k) = scale_word(self.w(last + 2))
                    .filter(|&k| k >= 3 && self.joined(last + 1) && code.lemma.is_ascii())
                {
                    unit = Some(code);
                    scale_after = Some(k);
                    last += 2;
                }
            } else if let Some(lemma) = self.millions_code(last + 1) {
                unit = self.span(last + 1).map(|s| Unit {
                    span: s,
                    lemma: lemma.to_string(),
                });
                scale_after = Some(6);
                last += 1;
            }
        }
        let dot_groups = glued_scale.is_none() && scale_after.is_none() && exponent.is_none();
        // ".08", "-.5": a decimal point with nothing before it.
        let point = (from == 0).then(|| self.leading_point(i)).flatten();
        let parsed = match point {
            Some(_) => parse_digits(&format!("0.{digits}"), false),
            None => parse_digits(digits, dot_groups),
        };
        let Some(mut num) = parsed else {
            return Read::Skip(i);
        };
        // "3 dozen", "200 dozens".
        if scale_after.is_none()
            && glued_scale.is_none()
            && exponent.is_none()
            && self.joined(last)
            && self.words.is(last + 1, &["dozen", "dozens"])
        {
            num.value *= 12.0;
            num.bare = false;
            last += 1;
        }
        // "2 1/4", "1 4/5": a whole number and a fraction.
        if num.bare && num.value < 1000.0 && suffix.is_empty() && self.joined(last) {
            if let Some(f) = self.slash_fraction(last + 1) {
                num = rough(num.value + f.num.value);
                last = f.last;
            }
        }
        if let Some(v) = plus_half {
            num = Num {
                value: num.value + v,
                ..rough(num.value + v)
            };
        }
        let scale = glued_scale.or(scale_after).or(exponent);
        if let Some(k) = scale {
            num = num.scaled(k);
        }
        // "3 million and a half", "2 billion and a quarter".
        if let Some(k) = scale_after.filter(|&k| k >= 3) {
            if let Some((extra, end)) = and_fraction_of_scale(&self.words, last, k) {
                num = plus_fraction(num.value, extra);
                last = end;
            }
        }
        if unit.is_none() {
            let end = self.span(last).map_or(span.end, |s| s.end);
            unit = self.currency_after(end);
        }
        let mut start = currency
            .as_ref()
            .map_or(point.unwrap_or(span.start), |(at, _)| *at);
        if let Some(sign) = self.minus_sign(start) {
            num.value = -num.value;
            start = sign;
        }
        let mut first = i;
        if currency.is_none()
            && i >= 1
            && self.words.is(i - 1, &["minus", "negative"])
            && self.joined(i - 1)
        {
            num.value = -num.value;
            start = self.span(i - 1).map_or(start, |s| s.start);
            first = i - 1;
        }
        Read::Yes(Reading {
            first,
            last,
            start,
            num,
            scale,
            unit,
            spelled: false,
            fraction: false,
        })
    }
}
