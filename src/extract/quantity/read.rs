//! Reading a number at a word: digits with a currency symbol or code before them, a
//! scale or unit glued to them or a scale word after them; fractions and numbers in
//! words.

use super::lexicon::{CURRENCY_SYMBOLS, LEXICON};
use super::number::{fraction, parse_digits, scale_word, spelled};
use super::{Read, Reading, Scan};
use crate::extract::Unit;
use crate::source::Span;

impl Scan<'_, '_> {
    /// A currency symbol written right before byte `start`: its byte offset and unit.
    pub(super) fn currency_symbol(&self, start: usize) -> Option<(usize, Unit)> {
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

    /// A currency code at word `i` ("USD", "EUR").
    pub(super) fn currency_code(&self, i: usize) -> Option<Unit> {
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
    pub(super) fn read(&self, i: usize) -> Read {
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
    pub(super) fn read_digits(&self, i: usize) -> Read {
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
}
