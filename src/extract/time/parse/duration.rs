//! Lengths of time and vague references: "three days", "nearly eight hours", "a
//! three-day visit", "two and a half years", "half an hour"; "now", "currently",
//! "recently", "at present", "these days", "in the past", "the future".
//!
//! A count and a unit make a duration unless the words around them make it something
//! else: a date ("two weeks ago", "a day later", "two weeks from now"), an age ("30
//! years old", "a 30-year-old"), or a frequency ("twice a week", "every two days", "10
//! hours a day": the "a day").

use super::super::lex::{Kind, Lex, Unit};
use super::{Anchor, Expr, Found, Parser};
use crate::extract::{Hedge, Vagueness};
use crate::text::is_possessive;

impl Parser<'_> {
    /// The hedge of a duration's count at `i` and the token after it: "more than",
    /// "over", "nearly", "about", "at least", "up to", "less than", "under".
    fn duration_hedge(&self, i: usize) -> (Hedge, usize) {
        let word = |k: usize| self.word(k);
        match self.lex(i) {
            Lex::More if self.lex(i + 1) == Lex::Than => (Hedge::MoreThan, i + 2),
            Lex::Less if self.lex(i + 1) == Lex::Than => (Hedge::LessThan, i + 2),
            Lex::Over => (Hedge::MoreThan, i + 1),
            Lex::Under => (Hedge::LessThan, i + 1),
            Lex::About => (Hedge::About, i + 1),
            Lex::Nearly => (Hedge::Nearly, i + 1),
            Lex::At if word(i + 1).eq_ignore_ascii_case("least") => (Hedge::AtLeast, i + 2),
            Lex::None if word(i).eq_ignore_ascii_case("up") && self.lex(i + 1) == Lex::To => {
                (Hedge::AtMost, i + 2)
            }
            _ => (Hedge::None, i),
        }
    }

    /// A duration starting at `i` (its hedge included); `floor` is the first token the
    /// previous match left.
    pub(super) fn duration(&self, i: usize, floor: usize) -> Option<Found> {
        let (hedge, k) = self.duration_hedge(i);
        if let Some(found) = self.half_unit(i, k, hedge) {
            return Some(found);
        }
        // A frequency: "once a week", "every two days", "twice a year".
        if self.lex_before(i, floor) == Lex::Every {
            return None;
        }
        let (lo, hi, mut u) = self.count(k)?;
        // "10 hours a day", "four flights a week": the "a day" is a rate, not a duration.
        let counted = |p: usize| {
            self.t(p)
                .is_some_and(|t| t.kind == Kind::Num || matches!(t.lex, Lex::NumWord(_)))
        };
        if self.lex(k) == Lex::A
            && k.checked_sub(1).is_some_and(|p| {
                self.t(p)
                    .is_some_and(|t| matches!(t.lex, Lex::Unit(_)) || t.kind == Kind::Num)
                    || (self.t(p).is_some_and(|t| t.kind == Kind::Word)
                        && p.checked_sub(1).is_some_and(counted))
            })
        {
            return None;
        }
        // "an additional year", "a further two weeks", "three straight months": a word
        // between the count and its unit that leaves the length as it is.
        if matches!(self.lex(u + 1), Lex::Unit(_))
            && self.word_in(
                u,
                &["additional", "extra", "further", "straight", "consecutive"],
            )
        {
            u += 1;
        }
        let mut half = 0.0;
        // "two and a half years"
        if self.lex(u) == Lex::And && self.lex(u + 1) == Lex::A && self.lex(u + 2) == Lex::Half {
            half = 0.5;
            u += 3;
        }
        // "5 1/2 hours": a half written as a fraction after a number.
        if self.num(k).is_some() && self.half_fraction(u) {
            half = 0.5;
            u += 3;
        }
        // "a three-day visit", "a 30-day ceasefire": a singular unit glued by a hyphen.
        let hyphen = (self.punct(u, '-') || self.punct(u, '–')) && self.adj(u) && self.adj(u + 1);
        let at = if hyphen { u + 1 } else { u };
        let Lex::Unit(unit) = self.lex(at) else {
            return None;
        };
        let plural = self.word(at).ends_with('s');
        // "CBS's 60 Minutes", "48 Hours": a capitalised unit after a count is a name.
        if unit == Unit::Weekend || (hyphen && plural) || self.cap(at) {
            return None;
        }
        let mut end = at + 1;
        // "a year and a half"
        if lo == 1
            && hi == 1
            && half == 0.0
            && self.lex(end) == Lex::And
            && self.lex(end + 1) == Lex::A
            && self.lex(end + 2) == Lex::Half
        {
            half = 0.5;
            end += 3;
        }
        // "nearly two months after the raid": a hedged count before "after" or
        // "before" measures the time between, a length of its own.
        let measured = hedge != Hedge::None && matches!(self.lex(end), Lex::After | Lex::Before);
        // "a minute and a half later", "two hours earlier": no day to move, a length.
        let clock = matches!(unit, Unit::Hour | Unit::Minute | Unit::Second)
            && matches!(self.lex(end), Lex::Later | Lex::Earlier);
        if !self.duration_follows(end) && !measured && !clock {
            return None;
        }
        // "a year-earlier loss", "a year-ago quarter": the unit starts a date.
        if self.punct(end, '-')
            && self.adj(end)
            && matches!(self.lex(end + 1), Lex::Ago | Lex::Earlier | Lex::End)
        {
            return None;
        }
        // "one day" alone is an idiom ("one day, he left"); "a one-day visit" is not.
        if lo == 1
            && hi == 1
            && unit == Unit::Day
            && !hyphen
            && self.word(k).eq_ignore_ascii_case("one")
            && hedge == Hedge::None
            && self.lex_before(i, floor) != Lex::For
        {
            return None;
        }
        let amount = (lo == hi).then_some(f64::from(lo) + half);
        let expr = Expr::Duration {
            amount,
            reach: hi,
            unit,
            anchor: Anchor::None,
        };
        let mut found = Found::new(i, end, expr);
        found.hedge = hedge;
        Some(found)
    }

    /// "for years", "for decades", "for months", "over the years": a vague count of
    /// units.
    pub(super) fn vague_count(&self, i: usize, floor: usize) -> Option<Found> {
        let Lex::Unit(unit) = self.lex(i) else {
            return None;
        };
        let plural = self.word(i).ends_with('s') && !is_possessive(self.word(i));
        let over_the = self.lex_before(i, floor) == Lex::The
            && i.checked_sub(2)
                .is_some_and(|k| k >= floor && self.lex(k) == Lex::Over);
        let cued = self.lex_before(i, floor) == Lex::For || over_the;
        if !plural || !cued || !self.duration_follows(i + 1) {
            return None;
        }
        let expr = Expr::Duration {
            amount: None,
            reach: 0,
            unit,
            anchor: Anchor::None,
        };
        Some(Found::new(i, i + 1, expr))
    }

    /// Whether "1/2" is written at `u`, its three tokens glued together.
    fn half_fraction(&self, u: usize) -> bool {
        let glued = |a: usize, b: usize| {
            self.t(a)
                .zip(self.t(b))
                .is_some_and(|(x, y)| x.end == y.start)
        };
        self.num(u) == Some((1, 1))
            && self.punct(u + 1, '/')
            && self.num(u + 2) == Some((2, 1))
            && glued(u, u + 1)
            && glued(u + 1, u + 2)
    }

    /// Whether what follows a count and unit ending before `end` leaves it a duration:
    /// not "ago", "later", "earlier", "before", "after", "from now", an age ("old",
    /// "-old") or a rate ("a week", "per day").
    fn duration_follows(&self, end: usize) -> bool {
        match self.lex(end) {
            Lex::Ago | Lex::Later | Lex::Earlier | Lex::Before | Lex::After | Lex::Old => false,
            Lex::From if self.lex(end + 1) == Lex::Now => false,
            Lex::Every => false,
            Lex::A => !matches!(self.lex(end + 1), Lex::Unit(_)),
            _ => {
                let glued_old = (self.punct(end, '-') || self.punct(end, '–'))
                    && self.adj(end)
                    && matches!(self.lex(end + 1), Lex::Old | Lex::Unit(_));
                !glued_old
            }
        }
    }

    /// "half an hour", "half a day", "a half hour": half a unit, from `i` (its hedge
    /// ending before `k`).
    fn half_unit(&self, i: usize, k: usize, hedge: Hedge) -> Option<Found> {
        let at = match (self.lex(k), self.lex(k + 1), self.lex(k + 2)) {
            (Lex::Half, Lex::A, Lex::Unit(_)) => k + 2,
            (Lex::A, Lex::Half, Lex::Unit(_)) => k + 2,
            _ => return None,
        };
        let Lex::Unit(unit) = self.lex(at) else {
            return None;
        };
        if unit == Unit::Weekend || self.word(at).ends_with('s') || !self.duration_follows(at + 1) {
            return None;
        }
        // Half an hour is thirty minutes; half a day, half a year stay halves.
        let (amount, unit) = match unit {
            Unit::Hour => (30.0, Unit::Minute),
            Unit::Minute => (30.0, Unit::Second),
            _ => (0.5, unit),
        };
        let expr = Expr::Duration {
            amount: Some(amount),
            reach: 1,
            unit,
            anchor: Anchor::None,
        };
        let mut found = Found::new(i, at + 1, expr);
        found.hedge = hedge;
        Some(found)
    }

    /// A vague reference at `i`: "now", "currently", "recently", "at present", "at the
    /// moment", "these days", "the past" (not "the past tense"), "the future", "in
    /// future".
    pub(super) fn vague_ref(&self, i: usize, floor: usize) -> Option<Found> {
        let before = self.lex_before(i, floor);
        let (vague, end) = match self.lex(i) {
            Lex::Now => {
                // "now-defunct", "Now." as a name are no references.
                if self.punct(i + 1, '-') && self.adj(i + 1) {
                    return None;
                }
                (Vagueness::Present, i + 1)
            }
            Lex::Currently => (Vagueness::Present, i + 1),
            Lex::Recently => (Vagueness::Past, i + 1),
            // "Previously, the firm had…"; mid-sentence ("previously put the toll at")
            // it leaves the time to its verb.
            Lex::Previously
                if i.checked_sub(1)
                    .is_none_or(|p| self.t(p).map(|t| t.sent) != self.t(i).map(|t| t.sent)) =>
            {
                (Vagueness::Past, i + 1)
            }
            Lex::At => match (self.lex(i + 1), self.lex(i + 2)) {
                (Lex::Present, _) if self.ends_phrase(i + 2) => (Vagueness::Present, i + 2),
                (Lex::The, Lex::Moment) => (Vagueness::Present, i + 3),
                // "at the time, he said…": then, not "at the time of the attack".
                (Lex::The, Lex::None)
                    if self.word(i + 2).eq_ignore_ascii_case("time")
                        && (self.punct(i + 3, ',') || self.punct(i + 3, '.')) =>
                {
                    (Vagueness::Past, i + 3)
                }
                _ => return None,
            },
            Lex::These
                if self.lex(i + 1) == Lex::Unit(Unit::Day)
                    && self.word(i + 1).eq_ignore_ascii_case("days")
                    && self.ends_phrase(i + 2) =>
            {
                (Vagueness::Present, i + 2)
            }
            Lex::Past if before == Lex::The && self.ends_phrase(i + 1) => (Vagueness::Past, i + 1),
            // "in future quarters", "future years": the future, counted in units.
            Lex::Future
                if (matches!(self.lex(i + 1), Lex::Unit(_))
                    && self.word(i + 1).ends_with('s')
                    && !is_possessive(self.word(i + 1)))
                    || self.word(i + 1).eq_ignore_ascii_case("quarters") =>
            {
                (Vagueness::Future, i + 2)
            }
            Lex::Future
                if matches!(before, Lex::The | Lex::In)
                    || (self.word(i.wrapping_sub(1)).eq_ignore_ascii_case("near")
                        && i.checked_sub(1).is_some_and(|k| k >= floor)) =>
            {
                if !self.ends_phrase(i + 1) && self.lex(i + 1) != Lex::Of {
                    return None;
                }
                (Vagueness::Future, i + 1)
            }
            _ => return None,
        };
        // "the near future": the adjective belongs to it.
        let start = if vague == Vagueness::Future
            && self.word(i.wrapping_sub(1)).eq_ignore_ascii_case("near")
            && i.checked_sub(1).is_some_and(|k| k >= floor)
        {
            i - 1
        } else {
            i
        };
        Some(Found::new(start, end, Expr::VagueRef(vague)))
    }

    /// "the near term": the near future. Not "near-term" before a noun.
    pub(super) fn near_term(&self, i: usize, floor: usize) -> Option<Found> {
        let ok = self.lex_before(i, floor) == Lex::The
            && self.word(i).eq_ignore_ascii_case("near")
            && self.word(i + 1).eq_ignore_ascii_case("term")
            && !self.punct(i + 2, '-')
            && self.ends_phrase(i + 2);
        ok.then(|| Found::new(i, i + 2, Expr::VagueRef(Vagueness::Future)))
    }

    /// Whether the phrase ends before token `k`: punctuation, the end, or a word that
    /// starts something else (a function word, a verb, a pronoun), not a noun that
    /// the word before it modifies ("the past tense", "future talks").
    fn ends_phrase(&self, k: usize) -> bool {
        let Some(t) = self.t(k) else {
            return true;
        };
        if t.kind != Kind::Word || t.cue != super::super::lex::Cue::None {
            return true;
        }
        if !matches!(t.lex, Lex::None | Lex::Season(_) | Lex::Old | Lex::Present) {
            return true;
        }
        const STARTS: &[&str] = &[
            "and", "or", "but", "that", "when", "while", "because", "if", "we", "he", "she",
            "they", "it", "i", "you", "there", "this", "has", "have", "had", "is", "are", "was",
            "were", "will", "would", "can", "could", "may", "might", "should", "must", "with",
            "for", "into", "onto", "than", "so", "not", "too", "as", "both", "either",
        ];
        let w = self.word(k);
        STARTS.iter().any(|s| s.eq_ignore_ascii_case(w))
    }
}
