//! Dates written out: "January 10", "10 January 2022", "23.12.2021", "2022-01-10",
//! day ranges, and bare years and decades.

use chrono::{NaiveDate, Weekday};

use super::super::lex::{Kind, Lex, Unit};
use super::{Expr, Found, Parser, Part, Period, Shift, YearRef};
use crate::text::is_possessive;

/// Days in a month of a leap year: the most a year-less date may name.
fn max_day(month: u32) -> u32 {
    match month {
        2 => 29,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

fn valid_date(year: i32, month: u32, day: u32) -> bool {
    NaiveDate::from_ymd_opt(year, month, day).is_some()
}

/// Possessive determiners before a year used as an adjective ("his 2007 campaign").
const OWNERS: &[&str] = &["his", "her", "their", "its", "our", "my", "your", "whose"];

/// Words after a bare year that show it is a count, not a year ("2000 troops").
fn not_plural(word: &str) -> bool {
    matches!(
        word,
        "was"
            | "has"
            | "does"
            | "this"
            | "thus"
            | "plus"
            | "its"
            | "across"
            | "towards"
            | "unless"
            | "always"
            | "whereas"
            | "perhaps"
            | "afterwards"
            | "as"
            | "is"
    )
}

impl Parser<'_> {
    /// Whether an owner stands right before token `i`: "his", "their", "Russia's".
    fn owner_before(&self, i: usize, floor: usize) -> bool {
        let Some(k) = i.checked_sub(1).filter(|&k| k >= floor) else {
            return false;
        };
        let w = self.word(k);
        self.t(k).is_some_and(|t| t.kind == Kind::Word)
            && (OWNERS.iter().any(|o| o.eq_ignore_ascii_case(w)) || is_possessive(w))
    }

    /// A year spelled out after a preposition: "in nineteen ninety-one", "since two
    /// thousand and five".
    pub(super) fn spelled_year(&self, i: usize, floor: usize) -> Option<Found> {
        // "the year two thousand": "year" before it, "the" before that.
        let the_year = self.lex_before(i, floor) == Lex::Unit(Unit::Year)
            && self.word(i - 1).eq_ignore_ascii_case("year")
            && self.lex_before(i - 1, floor) == Lex::The;
        if !the_year
            && !matches!(
                self.lex_before(i, floor),
                Lex::In | Lex::Since | Lex::Until | Lex::By | Lex::From | Lex::Of | Lex::During
            )
        {
            return None;
        }
        let num = |k: usize| match self.lex(k) {
            Lex::NumWord(n) => Some(n),
            _ => None,
        };
        // Tens and units, "ninety-one", "five", "twenty twenty-one"'s second half.
        let tail = |k: usize| -> Option<(u32, usize)> {
            let n = num(k)?;
            if n >= 20 && n % 10 == 0 && self.punct(k + 1, '-') && self.adj(k + 1) {
                if let Some(u) = num(k + 2).filter(|u| (1..10).contains(u)) {
                    return Some((n + u, k + 3));
                }
            }
            (n < 100).then_some((n, k + 1))
        };
        let head = num(i)?;
        let (year, end) = if self.word(i + 1).eq_ignore_ascii_case("thousand") && head <= 2 {
            let mut k = i + 2;
            if self.lex(k) == Lex::And {
                k += 1;
            }
            match tail(k) {
                Some((t, end)) => (head * 1000 + t, end),
                None => (head * 1000, i + 2),
            }
        } else if (10..=20).contains(&head) {
            let (t, end) = tail(i + 1).filter(|&(t, _)| t >= 10)?;
            (head * 100 + t, end)
        } else {
            return None;
        };
        // "in two thousand years", "in nineteen twenty cases": a count.
        let counted = self.t(end).is_some_and(|t| {
            t.kind == Kind::Word && !t.cap && (t.lex != Lex::None || self.word(end).ends_with('s'))
        }) && !matches!(
            self.lex(end),
            Lex::And | Lex::Or | Lex::To | Lex::The | Lex::A
        );
        let y = i32::try_from(year).ok()?;
        (!counted && (1000..=2100).contains(&y)).then(|| {
            Found::new(
                i,
                end,
                Expr::Period {
                    period: Period::Year(YearRef::Abs(y)),
                    part: Part::Whole,
                },
            )
        })
    }

    /// "January 10", "Jan. 10, 2022", "December 22, 2021", "January 10 (Monday)".
    pub(super) fn month_day(&self, i: usize) -> Option<Found> {
        let (month, k) = self.month(i)?;
        let (day, mut end) = self.day(k).or_else(|| self.glued_day(k))?;
        if day > max_day(month) {
            return None;
        }
        let last = self
            .range_end(end, day, month)
            .or_else(|| self.range_to(i, end, day, month));
        if let Some((_, e)) = last {
            end = e;
        }
        let mut year = None;
        let y_at = if self.punct(end, ',') { end + 1 } else { end };
        if let Some(y) = self.year(y_at) {
            year = Some(y);
            end = y_at + 1;
        }
        self.finish_date(i, end, (year, month, day), last.map(|(last, _)| last))
    }

    /// A day number after a month glued to the next word by a scraper that lost the
    /// space ("starting December 10having received"): a lower-case word of four letters
    /// or more that is no unit ("December 10mins" is not a day).
    fn glued_day(&self, i: usize) -> Option<(u32, usize)> {
        const UNITS: &[&str] = &[
            "mins", "minutes", "secs", "seconds", "hours", "days", "weeks", "months", "years",
            "metres", "meters", "miles", "feet", "tonnes", "tons", "percent", "kmph",
        ];
        let (d, digits) = self.num(i)?;
        let word = self.word(i + 1);
        let glued = self.t(i + 1).is_some_and(|t| t.kind == Kind::Word) && self.adj(i + 1);
        (glued
            && digits <= 2
            && (1..=31).contains(&d)
            && word.chars().count() >= 4
            && word.chars().all(|c| c.is_ascii_lowercase())
            && !UNITS.contains(&word))
        .then_some((d, i + 1))
    }

    /// The second day of "April 24 and 25": a day number after "and" and a month and
    /// day, later in the month, with nothing but punctuation (or its year) after it, so
    /// that "April 24 and 25 people" stays a figure.
    pub(super) fn and_day(&self, i: usize) -> Option<Found> {
        let (day, mut end) = self.day(i)?;
        let and = i.checked_sub(1)?;
        if !self.word(and).eq_ignore_ascii_case("and") {
            return None;
        }
        let before = and.checked_sub(1)?;
        let (first, after_first) = self.day(before)?;
        if after_first != and {
            return None;
        }
        let month = (1..=2).find_map(|back| {
            let at = before.checked_sub(back)?;
            self.month(at).and_then(|(m, k)| (k == before).then_some(m))
        })?;
        if day <= first || day > max_day(month) {
            return None;
        }
        let mut year = None;
        let y_at = if self.punct(end, ',') { end + 1 } else { end };
        if let Some(y) = self.year(y_at) {
            year = Some(y);
            end = y_at + 1;
        } else if self.t(end).is_some_and(|t| t.kind != Kind::Punct) {
            return None;
        }
        self.finish_date(i, end, (year, month, day), None)
    }

    /// The end of a day range after a first day: "-12" in "January 10-12".
    pub(super) fn range_end(&self, i: usize, first: u32, month: u32) -> Option<(u32, usize)> {
        if !(self.punct(i, '-') || self.punct(i, '–')) {
            return None;
        }
        let (last, end) = self.day(i + 1)?;
        (last > first && last <= max_day(month)).then_some((last, end))
    }

    /// The end of a day range "from" opens, after a first day at words `i..end`: "to 9"
    /// in "from August 8 to 9, 2023"; not before a word other than a year ("from
    /// August 8 to 9 people" is no range).
    fn range_to(&self, i: usize, end: usize, first: u32, month: u32) -> Option<(u32, usize)> {
        let from = (i.saturating_sub(2)..i).any(|k| self.lex(k) == Lex::From);
        if !from || !self.word(end).eq_ignore_ascii_case("to") {
            return None;
        }
        let (last, e) = self.day(end + 1)?;
        let word_after = self.t(e).is_some_and(|t| t.kind == Kind::Word);
        (last > first && last <= max_day(month) && !word_after).then_some((last, e))
    }

    /// "10 January", "10th of January 2022", "10 Jan".
    pub(super) fn day_month(&self, i: usize) -> Option<Found> {
        let (day, mut k) = self.day(i)?;
        // "10-12 January": the range's end, checked once the month is known.
        let mut last = None;
        if (self.punct(k, '-') || self.punct(k, '–')) && self.lex(k + 2) != Lex::Of {
            if let Some((d2, e)) = self.day(k + 1) {
                last = Some(d2);
                k = e;
            }
        }
        if self.lex(k) == Lex::Of {
            k += 1;
        }
        let (month, mut end) = self.month(k)?;
        if day > max_day(month) {
            return None;
        }
        if let Some(d2) = last {
            if d2 <= day || d2 > max_day(month) {
                return None;
            }
        }
        let y_at = if self.punct(end, ',') { end + 1 } else { end };
        let year = self.year(y_at);
        if year.is_some() {
            end = y_at + 1;
        }
        self.finish_date(i, end, (year, month, day), last)
    }

    /// A date or day range read from word `i` to `end`, once its parts are known: `None`
    /// when the day (or the range's last day) does not exist in that month and year; a
    /// weekday in brackets after a single date is kept ("January 10 (Monday)").
    fn finish_date(
        &self,
        i: usize,
        end: usize,
        (year, month, day): (Option<i32>, u32, u32),
        last: Option<u32>,
    ) -> Option<Found> {
        let valid = |d: u32| year.is_none_or(|y| valid_date(y, month, d));
        if !valid(day) || !last.is_none_or(valid) {
            return None;
        }
        if let Some(last) = last {
            let expr = Expr::DayRange {
                year,
                month,
                first: day,
                last,
            };
            return Some(Found::new(i, end, expr));
        }
        let mut found = Found::new(i, end, Expr::Date { year, month, day });
        found.weekday = self.weekday_after(end);
        if found.weekday.is_some() {
            found.resume = end + 3;
        }
        Some(found)
    }

    /// A weekday in brackets just after a date: "January 10 (Monday)".
    pub(super) fn weekday_after(&self, i: usize) -> Option<(Weekday, usize)> {
        if self.punct(i, '(') && self.punct(i + 2, ')') {
            if let Lex::Wd(wd) = self.lex(i + 1) {
                return Some((wd, i + 1));
            }
        }
        None
    }

    /// "23.12.2021", "03/04/2022", "2022-01-10": all parts touching.
    pub(super) fn numeric_date(&self, i: usize) -> Option<Found> {
        let (a, ad) = self.num(i)?;
        let sep = self.t(i + 1).filter(|t| t.kind == Kind::Punct)?.ch;
        if !matches!(sep, '.' | '/' | '-') || !self.punct(i + 3, sep) {
            return None;
        }
        if !(self.adj(i + 1) && self.adj(i + 2) && self.adj(i + 3) && self.adj(i + 4)) {
            return None;
        }
        let (b, bd) = self.num(i + 2)?;
        let (c, cd) = self.num(i + 4)?;
        // Not part of something longer ("1.2.3.4", "2022-01-10-2").
        if self.t(i + 5).is_some_and(|t| {
            self.adj(i + 5) && (t.kind == Kind::Num || (t.kind == Kind::Punct && t.ch == sep))
        }) && self.num(i + 6).is_some()
        {
            return None;
        }
        let (year, month, day) = if ad == 4 && bd <= 2 && cd <= 2 {
            (a, b, c)
        } else if ad <= 2 && bd <= 2 && cd == 4 {
            let day_first = if sep == '.' || a > 12 {
                true
            } else if b > 12 {
                false
            } else {
                !self.month_first
            };
            if day_first { (c, b, a) } else { (c, a, b) }
        } else {
            return None;
        };
        let year = i32::try_from(year).ok()?;
        if !valid_date(year, month, day) {
            return None;
        }
        Some(Found::new(
            i,
            i + 5,
            Expr::Date {
                year: Some(year),
                month,
                day,
            },
        ))
    }

    /// A number: a day-first date, a numeric date, a decade, an "ago", or a year.
    pub(super) fn number(&self, i: usize, floor: usize) -> Option<Found> {
        if self.number_is_tail(i) {
            return None;
        }
        if let Some(found) = self.numeric_date(i) {
            return Some(found);
        }
        if self.number_goes_on(i) {
            return None;
        }
        if let Some(found) = self.day_month(i) {
            return Some(found);
        }
        if let Some(found) = self.and_day(i) {
            return Some(found);
        }
        if let Some(found) = self.ago(i) {
            return Some(found);
        }
        self.bare_year(i, floor)
    }

    /// A year or decade standing alone: "in 2014", "the 1962 Cuban Missile Crisis",
    /// "a 2015 deal", "the 1990s". A bare four-digit number needs a word before it
    /// that a year takes ("in", "since", "of", "the"...), and must not count
    /// something after it ("2000 troops").
    pub(super) fn bare_year(&self, i: usize, floor: usize) -> Option<Found> {
        let (end, period) = self.period(i, false)?;
        let Period::Year(YearRef::Abs(y)) = period else {
            // A decade ("1990s") needs no cue.
            return Some(Found::new(
                i,
                end,
                Expr::Period {
                    period,
                    part: Part::Whole,
                },
            ));
        };
        if !(1800..=2100).contains(&y) {
            return None;
        }
        // "the 1989 period", "the 1988 quarter": in earnings news, the quarter the
        // report is about, in that year.
        if self.lex_before(i, floor) == Lex::The
            && matches!(self.lex(end), Lex::PeriodWord | Lex::Quarter)
            && !self.word(end).ends_with('s')
            && !matches!(self.lex(end + 1), Lex::Of)
            && !self.punct(end + 1, '-')
        {
            let expr = Expr::Shifted {
                months: 0,
                what: Shift::QuarterIn(y),
            };
            return Some(Found::new(i, end + 1, expr));
        }
        let before = self.lex_before(i, floor);
        let cued = before.leads_to_time()
            || matches!(
                before,
                Lex::Or | Lex::The | Lex::A | Lex::As | Lex::Unit(Unit::Year) | Lex::For
            )
            || self.owner_before(i, floor);
        if !cued {
            return None;
        }
        if let Some(next) = self.t(i + 1) {
            let word = self.word(i + 1);
            let counted = next.kind == Kind::Word
                && !next.cap
                && word.len() > 3
                && word.ends_with('s')
                && !not_plural(word)
                && matches!(next.lex, Lex::None | Lex::Unit(_) | Lex::Every);
            if counted || (next.kind == Kind::Punct && matches!(next.ch, '%')) {
                return None;
            }
        }
        Some(Found::new(
            i,
            end,
            Expr::Period {
                period,
                part: Part::Whole,
            },
        ))
    }
}
