//! Seasons, fiscal years and quarters, the end of the year, and times counted from an
//! earlier one: "last winter", "the autumn of 2020", "fiscal 2021", "the fiscal third
//! quarter", "by year-end", "the year-ago quarter", "a year earlier", "the same period
//! last year".

use super::super::lex::{Lex, Unit};
use super::{
    Anchor, Dir, Expr, Found, Parser, Part, Period, SeasonRef, Shift, YearRef, rel_offset,
};
use crate::text::is_possessive;

impl Parser<'_> {
    /// A season at `i`: "winter 2021", "the autumn of 2020", "(in / during) the
    /// winter", "in spring". A bare season needs a preposition or an article with one
    /// before it: "spring" and "fall" are also verbs, "the fall of Kabul" a noun.
    pub(super) fn season(&self, i: usize, floor: usize) -> Option<Found> {
        let Lex::Season(season) = self.lex(i) else {
            return None;
        };
        let fall = self.word(i).eq_ignore_ascii_case("fall");
        let y_at = if self.lex(i + 1) == Lex::Of {
            i + 2
        } else {
            i + 1
        };
        if let Some(y) = self.year(y_at) {
            return Some(Found::new(
                i,
                y_at + 1,
                Expr::Season {
                    season,
                    which: SeasonRef::Year(y),
                },
            ));
        }
        // "the fall of Kabul", "the winter of discontent".
        if self.lex(i + 1) == Lex::Of {
            return None;
        }
        let before = self.lex_before(i, floor);
        let prep = |k: Option<usize>| {
            k.filter(|&k| k >= floor).is_some_and(|k| {
                matches!(
                    self.lex(k),
                    Lex::In | Lex::During | Lex::Over | Lex::Through | Lex::By | Lex::Until
                )
            })
        };
        let cued = match before {
            Lex::The => prep(i.checked_sub(2)),
            _ if fall => false,
            _ => prep(i.checked_sub(1)),
        };
        cued.then(|| {
            Found::new(
                i,
                i + 1,
                Expr::Season {
                    season,
                    which: SeasonRef::Dir(Dir::Tense),
                },
            )
        })
    }

    /// "fiscal 2021", "fiscal year 2021", "the fiscal year", "the fiscal third
    /// quarter", "fiscal Q3": the calendar year or quarter, approximate (fiscal years
    /// start in different months).
    pub(super) fn fiscal(&self, i: usize, floor: usize) -> Option<Found> {
        if self.lex(i) != Lex::Fiscal {
            return None;
        }
        let mut k = i + 1;
        let year_word = self.lex(k) == Lex::Unit(Unit::Year) && !self.word(k).ends_with('s');
        if year_word {
            k += 1;
        }
        if let Some(y) = self.year(k) {
            let inner = Expr::Period {
                period: Period::Year(YearRef::Abs(y)),
                part: Part::Whole,
            };
            return Some(Found::new(i, k + 1, Expr::Fiscal(Box::new(inner))));
        }
        // "the fiscal year ended Jan. 31": a year's length, as accounts give it.
        if year_word && self.ended_month(k) {
            let expr = Expr::Duration {
                amount: Some(1.0),
                reach: 1,
                unit: Unit::Year,
                anchor: Anchor::None,
            };
            return Some(Found::new(i, k, expr));
        }
        if year_word {
            // "the fiscal year", "this fiscal year": the publication year.
            let the = matches!(self.lex_before(i, floor), Lex::The | Lex::This);
            let inner = Expr::Period {
                period: Period::Year(YearRef::Rel(0)),
                part: Part::Whole,
            };
            return the.then(|| Found::new(i, k, Expr::Fiscal(Box::new(inner))));
        }
        let quarter = self.half_quarter(k).or_else(|| self.q_quarter(k))?;
        Some(Found {
            start: i,
            expr: Expr::Fiscal(Box::new(quarter.expr)),
            ..quarter
        })
    }

    /// A relative word and a season or a fiscal year at `k`: "last winter", "this
    /// spring", "next fiscal year".
    pub(super) fn relative_season(&self, i: usize, dir: Option<Dir>) -> Option<Found> {
        let k = i + 1;
        match self.lex(k) {
            Lex::Season(season) => Some(Found::new(
                i,
                k + 1,
                Expr::Season {
                    season,
                    which: SeasonRef::Dir(dir?),
                },
            )),
            // "this quarter", "last quarter", "the current quarter"; not "the last
            // quarter" (the fourth) nor "last quarter of 2021".
            Lex::Quarter
                if self.lex(k + 1) != Lex::Of
                    && !(self.lex(i) == Lex::Last
                        && i.checked_sub(1).is_some_and(|p| self.lex(p) == Lex::The)) =>
            {
                let off = rel_offset(self.lex(i))?;
                // "this quarter's loss": the quarter being reported.
                let what = if off == 0 && is_possessive(self.word(k)) {
                    Shift::Reported
                } else {
                    Shift::AnchorQuarter
                };
                Some(Found::new(
                    i,
                    k + 1,
                    Expr::Shifted {
                        months: 3 * off,
                        what,
                    },
                ))
            }
            Lex::Fiscal if self.lex(k + 1) == Lex::Unit(Unit::Year) => {
                let off = rel_offset(self.lex(i))?;
                let inner = Expr::Period {
                    period: Period::Year(YearRef::Rel(off)),
                    part: Part::Whole,
                };
                Some(Found::new(i, k + 2, Expr::Fiscal(Box::new(inner))))
            }
            _ => None,
        }
    }

    /// "the 20th century", "an 11th-century temple": the hundred years from the
    /// century's first year (the 20th from 1900).
    pub(super) fn century(&self, i: usize) -> Option<Found> {
        let (n, digits) = self.num(i)?;
        if digits > 2
            || !(1..=30).contains(&n)
            || self.lex(i + 1) != Lex::OrdSuffix
            || !self.adj(i + 1)
        {
            return None;
        }
        let mut k = i + 2;
        if self.punct(k, '-') && self.adj(k) && self.adj(k + 1) {
            k += 1;
        }
        if self.lex(k) != Lex::Unit(Unit::Century) || self.word(k).ends_with('s') {
            return None;
        }
        let first = (i32::try_from(n).ok()? - 1) * 100;
        let expr = Expr::Period {
            period: Period::Century(first),
            part: Part::Whole,
        };
        Some(Found::new(i, k + 1, expr))
    }

    /// "year-end" ("by year-end", "year-end 2021"), "the year-ago quarter", "the
    /// year-earlier period".
    pub(super) fn year_compound(&self, i: usize) -> Option<Found> {
        if !(self.punct(i + 1, '-') && self.adj(i + 1) && self.adj(i + 2)) {
            return None;
        }
        match self.lex(i + 2) {
            Lex::End => {
                let (year, end) = match self.year(i + 3) {
                    Some(y) => (YearRef::Abs(y), i + 4),
                    None => (YearRef::Implicit, i + 3),
                };
                let expr = Expr::Period {
                    period: Period::Year(year),
                    part: Part::End,
                };
                Some(Found::new(i, end, expr))
            }
            Lex::Ago | Lex::Earlier => {
                let what = match self.lex(i + 3) {
                    Lex::Quarter => Shift::Quarter,
                    Lex::PeriodWord | Lex::Unit(Unit::Month) => Shift::Reference,
                    // "year-earlier profit", "the year-ago results": the time the
                    // text gave before, a year back; without one, last year.
                    _ => {
                        let expr = Expr::Shifted {
                            months: -12,
                            what: Shift::ReferenceOrAnchor,
                        };
                        return Some(Found::new(i, i + 3, expr));
                    }
                };
                Some(Found::new(i, i + 4, Expr::Shifted { months: -12, what }))
            }
            _ => None,
        }
    }

    /// "a year earlier", "a month earlier", "a year later": the time the text last
    /// gave, moved by a year or a month.
    pub(super) fn earlier_later(&self, i: usize) -> Option<Found> {
        if !matches!(self.lex(i), Lex::A) && !self.word(i).eq_ignore_ascii_case("one") {
            return None;
        }
        let months = match self.lex(i + 1) {
            Lex::Unit(Unit::Year) => 12,
            Lex::Unit(Unit::Month) => 1,
            Lex::Unit(Unit::Decade) => 120,
            _ => return None,
        };
        if self.word(i + 1).ends_with('s') {
            return None;
        }
        let (months, what) = match self.lex(i + 2) {
            Lex::Earlier => (-months, Shift::ReferenceOrAnchor),
            Lex::Later => (months, Shift::Reference),
            _ => return None,
        };
        Some(Found::new(i, i + 3, Expr::Shifted { months, what }))
    }

    /// "the latest quarter", "the latest period": the last full quarter before the
    /// publication date (not the last quarter the text named, which may be the coming
    /// one); earnings news reports by quarter.
    pub(super) fn latest_quarter(&self, i: usize) -> Option<Found> {
        if !matches!(self.lex(i + 1), Lex::Quarter | Lex::PeriodWord)
            || self.word(i + 1).ends_with('s')
        {
            return None;
        }
        let expr = Expr::Shifted {
            months: 0,
            what: Shift::Completed,
        };
        Some(Found::new(i, i + 2, expr))
    }

    /// "for the quarter", "in the quarter": the quarter the text gave before, else the
    /// last full quarter before the publication date. Not "the quarter of the city",
    /// "the quarter-point cut", "the past quarter century", "the Latin Quarter".
    pub(super) fn the_quarter(&self, i: usize, floor: usize) -> Option<Found> {
        if self.lex_before(i, floor) != Lex::The
            || self.cap(i)
            || (self.word(i).ends_with('s') && !is_possessive(self.word(i)))
            || matches!(self.lex(i + 1), Lex::Of | Lex::Unit(_))
            || self.punct(i + 1, '-')
        {
            return None;
        }
        let expr = Expr::Shifted {
            months: 0,
            what: Shift::Quarter,
        };
        Some(Found::new(i, i + 1, expr))
    }

    /// "the year ended March 31", "the year ending June 30, 1990": a year's length, as
    /// accounts give it (the date is read on its own).
    pub(super) fn year_ended(&self, i: usize, floor: usize) -> Option<Found> {
        if self.lex_before(i, floor) != Lex::The
            || !self.word(i).eq_ignore_ascii_case("year")
            || !self.ended_month(i + 1)
        {
            return None;
        }
        let expr = Expr::Duration {
            amount: Some(1.0),
            reach: 1,
            unit: Unit::Year,
            anchor: Anchor::None,
        };
        Some(Found::new(i, i + 1, expr))
    }

    /// Whether "ended" or "ending" and a month start at `k` ("ended March 31").
    fn ended_month(&self, k: usize) -> bool {
        matches!(self.lex(k + 1), Lex::Month(_) | Lex::MonthAbbr(_))
            && self.word_in(k, &["ended", "ending"])
    }

    /// "later that year", "earlier that day", "that same month", "that year": the
    /// period of the time the text gave before. A bare "that day" or "that week" is
    /// too often something else ("that day-care center") to read without "earlier",
    /// "later" or "same".
    pub(super) fn that_period(&self, i: usize) -> Option<Found> {
        let (approx, that) = match self.lex(i) {
            Lex::Earlier | Lex::Later => (true, i + 1),
            _ => (false, i),
        };
        if !self.word(that).eq_ignore_ascii_case("that") {
            return None;
        }
        let (same, u) = if self.lex(that + 1) == Lex::Same {
            (true, that + 2)
        } else {
            (false, that + 1)
        };
        let Lex::Unit(unit) = self.lex(u) else {
            return None;
        };
        let word = self.word(u);
        if word.ends_with('s') && !is_possessive(word) {
            return None;
        }
        // "that day-care center", "that year-end bonus": a compound, not a time.
        if self.punct(u + 1, '-') && self.adj(u + 1) {
            return None;
        }
        let bare_ok = matches!(unit, Unit::Year | Unit::Month);
        if !matches!(unit, Unit::Day | Unit::Week | Unit::Month | Unit::Year)
            || (!approx && !same && !bare_ok)
        {
            return None;
        }
        Some(Found::new(i, u + 1, Expr::That { unit, approx }))
    }

    /// "the same period last year", "the same quarter a year earlier", "the same
    /// month last year": the time the text last gave, a year back.
    pub(super) fn same_period(&self, i: usize) -> Option<Found> {
        if self.lex(i) != Lex::Same {
            return None;
        }
        if !matches!(
            self.lex(i + 1),
            Lex::PeriodWord | Lex::Quarter | Lex::Unit(Unit::Month | Unit::Week | Unit::Day)
        ) {
            return None;
        }
        let k = i + 2;
        let end = match (self.lex(k), self.lex(k + 1), self.lex(k + 2)) {
            (Lex::Last, Lex::Unit(Unit::Year), _) => k + 2,
            (Lex::A, Lex::Unit(Unit::Year), Lex::Earlier | Lex::Ago) => k + 3,
            (Lex::Of | Lex::In, Lex::Last, Lex::Unit(Unit::Year)) => k + 3,
            _ => return None,
        };
        Some(Found::new(
            i,
            end,
            Expr::Shifted {
                months: -12,
                what: Shift::Reference,
            },
        ))
    }
}
