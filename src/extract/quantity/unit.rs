//! What a figure counts: its unit or head noun, and the word that governs it.

use super::lexicon::{CURRENCIES, LEXICON};
use super::{DETERMINER_SET, Scan, adjective, verbal};
use crate::extract::{Counting, Unit};
use crate::source::Span;
use crate::text::{is_calendar_word, is_plural, lemma};

impl Scan<'_, '_> {
    /// The bytes between the figure ending at word `last` and a percent sign right
    /// after it: "94%", and "94 %" as French and Spanish copy spaces it (one space, or a
    /// no-break space). A look at the bytes only, no unit read.
    pub(super) fn percent_gap(&self, last: usize) -> Option<usize> {
        let end = self.span(last)?.end;
        let rest = self.words.text.text.get(end..).unwrap_or("");
        ["%", " %", "\u{a0}%", "\u{202f}%"]
            .iter()
            .find(|p| rest.starts_with(**p))
            .map(|p| p.len() - 1)
    }

    /// The unit after the figure ending at word `last`: a `%` glued to it, a percent
    /// word, a currency code, or the head noun of the words after it.
    pub(super) fn unit_or_percent(&self, last: usize) -> Option<Unit> {
        let end = self.span(last)?.end;
        let rest = self.words.text.text.get(end..).unwrap_or("");
        if let Some(gap) = self.percent_gap(last) {
            return Some(Unit {
                span: Span::new(end + gap, end + gap + 1),
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
    pub(super) fn unit_after(&self, from: usize) -> Option<Unit> {
        let mut fallback: Option<usize> = None;
        let mut k = from + 1;
        while k <= from + 5 && k < self.words.len() && self.joined(k - 1) {
            let w = self.w(k);
            // "eight other people died in …": the noun after "other" heads the phrase
            // (not "six more people", an addition to a count, which reads no unit).
            if k == from + 1 && w == "other" {
                k += 1;
                continue;
            }
            if let Some(&l) = LEXICON.unit_words.get(w) {
                return Some(Unit {
                    span: self.span(k)?,
                    lemma: l.to_string(),
                });
            }
            if LEXICON.stops.contains(w)
                || is_calendar_word(w)
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
            // A currency's name heads the phrase in capitals too ("20 Euro", "42 Kuwaiti
            // Dinar").
            let lower = w.starts_with(char::is_lowercase) || CURRENCIES.names.contains(w);
            if !verbal(w) && !LEXICON.not_heads.contains(w) && lower {
                fallback = Some(k);
            }
            k += 1;
        }
        fallback.and_then(|k| self.unit(k))
    }

    /// Whether word `k` reads as a plural noun: plural, and no `-ed`/`-ing` form,
    /// acronym, dotted abbreviation or stop word.
    pub(super) fn plural_noun(&self, k: usize) -> bool {
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
    pub(super) fn unit(&self, k: usize) -> Option<Unit> {
        let span = self.span(k)?;
        Some(Unit {
            span,
            lemma: lemma(self.words.text.slice(span)),
        })
    }

    /// The word saying what a figure counts (see the module documentation): the figure
    /// starts at word `first`; word `after` is the first after it and its unit.
    pub(super) fn counting(&self, first: usize, after: usize) -> Option<Counting> {
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
    pub(super) fn count_after(&self, after: usize) -> Option<usize> {
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
    pub(super) fn count_before(&self, first: usize) -> Option<(usize, usize)> {
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
    pub(super) fn counting_words(&self, from: usize, to: usize) -> Option<Counting> {
        let span = Span::new(self.span(from)?.start, self.span(to)?.end);
        Some(Counting {
            span,
            word: self.words.text.slice(span).to_lowercase(),
        })
    }
}
