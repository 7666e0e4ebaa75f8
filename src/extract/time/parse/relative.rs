//! Times relative to the publication date or named by words: today, weekdays,
//! "next month", "early next year", quarters, months alone, "since", holidays,
//! "two weeks ago", "in two weeks", "the weekend".

use chrono::Weekday;

use super::super::holidays::HOLIDAYS;
use super::super::lex::{Kind, Lex, Unit};
use super::super::resolve::Tense;
use super::{Anchor, Around, Dir, Expr, Found, Hedge, Parser, Part, Period, Shift, YearRef};
use crate::extract::{TimeOfDay, Vagueness};
use crate::text::is_possessive;

impl Parser<'_> {
    pub(super) fn deictic(&self, i: usize, days: i64) -> Found {
        let part = self.day_part(i + 1);
        let end = if part.is_some() { i + 2 } else { i + 1 };
        let mut found = Found::new(i, end, Expr::Deictic(days));
        found.time_of_day = if self.lex(i) == Lex::Tonight {
            Some(TimeOfDay::Night)
        } else {
            part
        };
        found
    }

    /// The part of the day named at `i`: "morning", "afternoon", "evening", "night".
    pub(super) fn day_part(&self, i: usize) -> Option<TimeOfDay> {
        if !matches!(self.lex(i), Lex::Daypart | Lex::Night) {
            return None;
        }
        let word = self.word(i);
        if word.eq_ignore_ascii_case("morning") {
            Some(TimeOfDay::Morning)
        } else if word.eq_ignore_ascii_case("afternoon") {
            Some(TimeOfDay::Afternoon)
        } else if word.eq_ignore_ascii_case("evening") {
            Some(TimeOfDay::Evening)
        } else {
            Some(TimeOfDay::Night)
        }
    }

    /// "every day", "every two weeks", "each year" at `i`: a time that recurs.
    pub(super) fn every(&self, i: usize) -> Option<Found> {
        let word = self.word(i);
        if !(word.eq_ignore_ascii_case("every") || word.eq_ignore_ascii_case("each")) {
            return None;
        }
        let (count, at) = match self.count(i + 1) {
            Some((lo, hi, at)) if lo == hi && word.eq_ignore_ascii_case("every") => (lo, at),
            _ => (1, i + 1),
        };
        match self.lex(at) {
            Lex::Unit(unit) if unit != Unit::Weekend => {
                let plural = self.word(at).ends_with('s');
                if plural != (count > 1) {
                    return None;
                }
                Some(Found::new(i, at + 1, Expr::Every { count, unit }))
            }
            // "every Thursday", "each July" (not "each May"-less "every March to").
            Lex::Wd(weekday) if count == 1 && self.cap(at) => Some(Found::new(
                i,
                at + 1,
                Expr::EveryNamed {
                    weekday: Some(weekday),
                    month: 0,
                },
            )),
            Lex::Month(month) if count == 1 && self.cap(at) && self.day(at + 1).is_none() => {
                Some(Found::new(
                    i,
                    at + 1,
                    Expr::EveryNamed {
                        weekday: None,
                        month,
                    },
                ))
            }
            _ => None,
        }
    }

    /// A clock time at `i` ("10:35 a.m.", "9 p.m.", "4am"): the time, 24-hour, and the
    /// token after it. A time needs its "a.m." or "p.m.": "at 10" may be anything.
    pub(super) fn clock(&self, i: usize) -> Option<(TimeOfDay, usize)> {
        // "noon Thursday"
        if self.word(i).eq_ignore_ascii_case("noon") {
            return Some((TimeOfDay::Clock(12, 0), i + 1));
        }
        let (hour, digits) = self.num(i)?;
        if digits > 2 || !(1..=12).contains(&hour) {
            return None;
        }
        let mut j = i + 1;
        let mut minute = 0;
        if self.punct(j, ':') && self.adj(j) && self.adj(j + 1) {
            match self.num(j + 1) {
                Some((m, 2)) if m < 60 => minute = m,
                _ => return None,
            }
            j += 2;
        }
        let word = self.word(j).to_ascii_lowercase();
        let (pm, after) = match word.as_str() {
            "am" | "pm" => (word == "pm", j + 1),
            "a" | "p" if self.punct(j + 1, '.') && self.adj(j + 1) && self.adj(j + 2) => {
                if !self.word(j + 2).eq_ignore_ascii_case("m") {
                    return None;
                }
                let dot = self.punct(j + 3, '.') && self.adj(j + 3);
                (word == "p", if dot { j + 4 } else { j + 3 })
            }
            _ => return None,
        };
        let hour = hour % 12 + if pm { 12 } else { 0 };
        Some((
            TimeOfDay::Clock(u8::try_from(hour).ok()?, u8::try_from(minute).ok()?),
            after,
        ))
    }

    /// A clock time before its day: "9 a.m. Tuesday", "noon Friday", "4 a.m. EDT Thursday", "10 p.m.
    /// yesterday"; with a bracket between them ("10:35 a.m. (0735 GMT) Friday") the
    /// clock time alone, on that day, and the day is read on its own after it.
    pub(super) fn clock_day(&self, i: usize) -> Option<Found> {
        let (time, mut k) = self.clock(i)?;
        let clock_end = k;
        if self.t(k).is_some_and(|t| t.upper) && self.word(k).len() <= 4 {
            k += 1;
        }
        let mut bracket = false;
        if self.punct(k, '(') {
            let close = (k + 1..k + 8).find(|&j| self.punct(j, ')'))?;
            k = close + 1;
            bracket = true;
        }
        if self.punct(k, ',') {
            k += 1;
        }
        // "5 p.m. EST Nov. 9": the clock time on that day.
        if !bracket && matches!(self.lex(k), Lex::Month(_) | Lex::MonthAbbr(_)) {
            let mut found = self.month_day(k)?;
            if !matches!(found.expr, Expr::Date { .. }) {
                return None;
            }
            found.start = i;
            found.time_of_day = Some(time);
            return Some(found);
        }
        let expr = match self.lex(k) {
            Lex::Wd(weekday) if self.cap(k) => Expr::Weekday {
                weekday,
                dir: Dir::Tense,
            },
            Lex::Today => Expr::Deictic(0),
            Lex::Yesterday => Expr::Deictic(-1),
            Lex::Tomorrow => Expr::Deictic(1),
            _ => return None,
        };
        let mut found = if bracket {
            let mut found = Found::new(i, clock_end, expr);
            found.resume = clock_end;
            found
        } else if let Lex::Wd(weekday) = self.lex(k) {
            // "8 p.m. Thursday, May 11": the date, with its weekday beside it.
            let mut found = self.weekday(k, weekday)?;
            found.start = i;
            if found.time_of_day.is_some() {
                return None;
            }
            found
        } else {
            Found::new(i, k + 1, expr)
        };
        found.time_of_day = Some(time);
        Some(found)
    }

    /// "Monday, January 10, 2022" (the date, with the weekday beside it), or a bare
    /// "Tuesday" / "Tuesday's".
    pub(super) fn weekday(&self, i: usize, weekday: Weekday) -> Option<Found> {
        if !self.cap(i) {
            return None;
        }
        let mut j = i + 1;
        if self.punct(j, ',') {
            j += 1;
        }
        let bracket = self.punct(j, '(');
        if bracket {
            j += 1;
        }
        let date = self
            .month_day(j)
            .or_else(|| self.day_month(j))
            .or_else(|| self.numeric_date(j));
        if let Some(mut found) = date {
            if bracket && !self.punct(found.end, ')') {
                return None;
            }
            found.weekday = Some((weekday, i));
            return Some(found);
        }
        // "Friday morning", "Wednesday night".
        let part = self.day_part(i + 1);
        let mut found = Found::new(
            i,
            if part.is_some() { i + 2 } else { i + 1 },
            Expr::Weekday {
                weekday,
                dir: Dir::Tense,
            },
        );
        found.time_of_day = part;
        Some(found)
    }

    /// this/next/last/past/coming/previous/recent + weekday, month, unit or count.
    pub(super) fn relative(&self, i: usize, floor: usize) -> Option<Found> {
        let lex = self.lex(i);
        let the = self.lex_before(i, floor) == Lex::The;
        let k = i + 1;
        let dir = match lex {
            Lex::This => Some(Dir::This),
            Lex::Next => Some(Dir::Next),
            Lex::Last => Some(Dir::Last),
            _ => None,
        };
        if let (Some(dir), Lex::Wd(weekday)) = (dir, self.lex(k)) {
            if self.cap(k) {
                // "next Wednesday, December 10": the date, with the weekday beside it.
                let dated = self
                    .punct(k + 1, ',')
                    .then(|| self.weekday(k, weekday))
                    .flatten()
                    .filter(|found| found.weekday.is_some());
                if dated.is_some() {
                    return dated;
                }
                return Some(Found::new(i, k + 1, Expr::Weekday { weekday, dir }));
            }
        }
        if let (Some(dir), Lex::Month(month)) = (dir, self.lex(k)) {
            if self.cap(k) && self.day(k + 1).is_none() {
                let mut found = Found::new(
                    i,
                    k + 1,
                    Expr::Period {
                        period: Period::Month {
                            month,
                            year: YearRef::Implicit,
                        },
                        part: Part::Whole,
                    },
                );
                found.tense = match dir {
                    Dir::Last => Some(Tense::Before),
                    Dir::Next => Some(Tense::After),
                    _ => Some(Tense::Present),
                };
                return Some(found);
            }
        }
        match (lex, self.lex(k)) {
            (Lex::This, Lex::Daypart | Lex::Night) => {
                let mut found = Found::new(i, k + 1, Expr::Deictic(0));
                found.time_of_day = self.day_part(k);
                return Some(found);
            }
            (Lex::Last, Lex::Night) => {
                let mut found = Found::new(i, k + 1, Expr::Deictic(-1));
                found.time_of_day = Some(TimeOfDay::Night);
                return Some(found);
            }
            _ => {}
        }
        let forward = matches!(lex, Lex::Next | Lex::Coming);
        let backward = matches!(lex, Lex::Past | Lex::Last | Lex::Previous | Lex::Recent);
        // "the past two weeks", "the next ten days", "the last few years"; "last" and
        // "next" need their article ("talks will last two days").
        if (forward || backward) && (the || lex == Lex::Past) {
            if let Some((lo, hi, unit_at)) = self.count(k) {
                if let Lex::Unit(unit) = self.lex(unit_at) {
                    if unit != Unit::Weekend {
                        let anchor = if forward { Anchor::Next } else { Anchor::Past };
                        let amount = (lo == hi).then_some(f64::from(lo));
                        let expr = Expr::Duration {
                            amount,
                            reach: hi,
                            unit,
                            anchor,
                        };
                        return Some(Found::new(i, unit_at + 1, expr));
                    }
                }
                // "the next three quarters", "the past two quarters": three months each.
                if self.word(unit_at).eq_ignore_ascii_case("quarters") && hi > 1 {
                    let anchor = if forward { Anchor::Next } else { Anchor::Past };
                    let expr = Expr::Duration {
                        amount: (lo == hi).then_some(f64::from(lo * 3)),
                        reach: hi * 3,
                        unit: Unit::Month,
                        anchor,
                    };
                    return Some(Found::new(i, unit_at + 1, expr));
                }
            }
        }
        let Lex::Unit(unit) = self.lex(k) else {
            return None;
        };
        let plural = self.word(k).ends_with('s') && !is_possessive(self.word(k));
        if plural && (forward || backward) && unit != Unit::Weekend {
            // "the coming days", "recent weeks": which way, and no window made up;
            // "the past months": a vague count of months.
            let expr = match lex {
                Lex::Recent => Expr::VagueRef(Vagueness::Past),
                Lex::Next | Lex::Coming => Expr::VagueRef(Vagueness::Future),
                _ => Expr::Duration {
                    amount: None,
                    reach: 0,
                    unit,
                    anchor: Anchor::None,
                },
            };
            return Some(Found::new(i, k + 1, expr));
        }
        if plural {
            return None;
        }
        // "the past week", "the last year": the stretch up to the publication date;
        // "over the next decade", "the coming decade": the ten years ahead, not the
        // next calendar decade.
        let stretch = if (the && lex == Lex::Last) || lex == Lex::Past {
            Some(Anchor::Past)
        } else if the && forward && unit == Unit::Decade {
            Some(Anchor::Next)
        } else {
            None
        };
        if let Some(anchor) = stretch {
            let expr = Expr::Duration {
                amount: Some(1.0),
                reach: 1,
                unit,
                anchor,
            };
            return Some(Found::new(i, k + 1, expr));
        }
        if lex == Lex::Recent {
            return None;
        }
        let (end, period) = self.period(i, false)?;
        // "this year's third quarter", "last year's quarter": a quarter of that year.
        if let Period::Year(YearRef::Rel(off)) = period {
            if is_possessive(self.word(k)) {
                if let Some(Found {
                    end: q_end,
                    expr:
                        Expr::Period {
                            period: Period::Year(YearRef::Implicit),
                            part,
                        },
                    ..
                }) = self.half_quarter(end)
                {
                    let expr = Expr::Period {
                        period: Period::Year(YearRef::Rel(off)),
                        part,
                    };
                    return Some(Found::new(i, q_end, expr));
                }
                if matches!(self.lex(end), Lex::Quarter | Lex::PeriodWord)
                    && !self.word(end).ends_with('s')
                {
                    let expr = Expr::Shifted {
                        months: 12 * off,
                        what: Shift::Quarter,
                    };
                    return Some(Found::new(i, end + 1, expr));
                }
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

    /// early/mid/late/earlier/later + period: "mid-December", "early next year",
    /// "earlier this month", "late January", "early in the year".
    pub(super) fn modified(&self, i: usize) -> Option<Found> {
        let part = match self.lex(i) {
            Lex::Early => Part::Early,
            Lex::Mid => Part::Mid,
            Lex::Late => Part::Late,
            Lex::Earlier => Part::Earlier,
            Lex::Later => Part::Later,
            _ => return None,
        };
        let mut k = i + 1;
        if (self.punct(k, '-') || self.punct(k, '–')) && self.adj(k) {
            k += 1;
        }
        let mut allow_the = false;
        if self.lex(k) == Lex::In {
            k += 1;
            allow_the = true;
        }
        let (end, period) = self.period(k, allow_the)?;
        Some(Found::new(i, end, Expr::Period { period, part }))
    }

    /// start/beginning/end/middle of + period: "the start of next year",
    /// "the end of the month".
    pub(super) fn start_end_of(&self, i: usize) -> Option<Found> {
        let part = match self.lex(i) {
            Lex::Start => Part::Start,
            Lex::End => Part::End,
            Lex::Middle => Part::Mid,
            _ => return None,
        };
        if self.lex(i + 1) != Lex::Of {
            return None;
        }
        let (end, period) = self.period(i + 2, true)?;
        if matches!(period, Period::Weekend(_)) {
            return None;
        }
        Some(Found::new(i, end, Expr::Period { period, part }))
    }

    /// "the first half of 2022", "the second quarter", "the last quarter of the year".
    pub(super) fn half_quarter(&self, i: usize) -> Option<Found> {
        let n = match self.lex(i) {
            Lex::Ordinal(n) => n,
            Lex::Last => 9,
            _ => return None,
        };
        // "the third quarter", and as an adjective "third-quarter profit".
        let at = if self.lex(i) != Lex::Last
            && self.punct(i + 1, '-')
            && self.adj(i + 1)
            && self.adj(i + 2)
        {
            i + 2
        } else {
            i + 1
        };
        let (part, k) = match self.lex(at) {
            Lex::Half if n <= 2 || n == 9 => (Part::Half(if n == 9 { 2 } else { n }), at + 1),
            Lex::Quarter if n <= 4 || n == 9 => (Part::Quarter(if n == 9 { 4 } else { n }), at + 1),
            _ => return None,
        };
        if self.lex(k) == Lex::Of {
            let (end, period) = self.period(k + 1, true)?;
            let ok = matches!(
                (period, part),
                (Period::Year(_), _) | (Period::Month { .. } | Period::RelMonth(_), Part::Half(_))
            );
            return ok.then(|| Found::new(i, end, Expr::Period { period, part }));
        }
        if let Some(y) = self.year(k) {
            return Some(Found::new(
                i,
                k + 1,
                Expr::Period {
                    period: Period::Year(YearRef::Abs(y)),
                    part,
                },
            ));
        }
        // "the first quarter", "the first half": of the year the tense picks.
        Some({
            Found::new(
                i,
                k,
                Expr::Period {
                    period: Period::Year(YearRef::Implicit),
                    part,
                },
            )
        })
    }

    /// "the 1988 second quarter", "its 2021 first half": a year written before the
    /// part of it.
    pub(super) fn year_part(&self, i: usize) -> Option<Found> {
        let y = self.year(i)?;
        let inner = self.half_quarter(i + 1)?;
        let Expr::Period {
            period: Period::Year(YearRef::Implicit),
            part,
        } = inner.expr
        else {
            return None;
        };
        Some(Found::new(
            i,
            inner.end,
            Expr::Period {
                period: Period::Year(YearRef::Abs(y)),
                part,
            },
        ))
    }

    /// "Q1 2022", "Q3".
    pub(super) fn q_quarter(&self, i: usize) -> Option<Found> {
        if !self.word(i).starts_with('Q') || !self.adj(i + 1) {
            return None;
        }
        let (q, digits) = self.num(i + 1)?;
        if digits != 1 || !(1..=4).contains(&q) {
            return None;
        }
        let part = Part::Quarter(u8::try_from(q).ok()?);
        let (year, end) = match self.year(i + 2) {
            Some(y) => (YearRef::Abs(y), i + 3),
            None => (YearRef::Implicit, i + 2),
        };
        Some(Found::new(
            i,
            end,
            Expr::Period {
                period: Period::Year(year),
                part,
            },
        ))
    }

    /// A month standing alone or with its year: "January 2022", "in January",
    /// "January next year". "May" and "March" need a preposition before them.
    pub(super) fn month_alone(&self, i: usize, floor: usize) -> Option<Found> {
        let (end, period) = self.period(i, false)?;
        if let Period::Month {
            month,
            year: YearRef::Implicit,
        } = period
        {
            let before = self.lex_before(i, floor);
            // "the March accession", "the May election": a month dating the noun after it.
            let dates_noun = before == Lex::The
                && self
                    .t(end)
                    .is_some_and(|t| t.kind == Kind::Word && !t.cap && t.lex == Lex::None);
            let cued = before.leads_to_time() || before == Lex::On || dates_noun;
            let upper = self.t(i).is_some_and(|t| t.upper);
            if (matches!(month, 3 | 5) || upper) && !cued {
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

    /// "since 2014", "since January", "since last week".
    pub(super) fn since(&self, i: usize) -> Option<Found> {
        let at = if self.lex(i + 1) == Lex::The {
            i + 2
        } else {
            i + 1
        };
        let inner = self.parse_at(at, at - 1)?;
        match inner.expr {
            Expr::Date { .. }
            | Expr::DayRange { .. }
            | Expr::Period { .. }
            | Expr::Weekday { .. }
            | Expr::Deictic(_)
            | Expr::Holiday { .. } => {}
            _ => return None,
        }
        if inner.start != at {
            return None;
        }
        // "since the January 1998 bombing": the time dates the noun after it, and the
        // stretch runs from that event; the time is read on its own.
        if at == i + 2
            && self
                .t(inner.end)
                .is_some_and(|t| t.kind == Kind::Word && !t.cap)
            && self.lex(inner.end) == Lex::None
        {
            return None;
        }
        // "since Sunday's eruption", "since last week's vote": a possessive time
        // dates its noun too, and is read on its own.
        if inner
            .end
            .checked_sub(1)
            .is_some_and(|k| is_possessive(self.word(k)))
        {
            return None;
        }
        Some(Found {
            start: i,
            end: inner.end,
            expr: Expr::Since(Box::new(inner.expr)),
            weekday: inner.weekday,
            tense: inner.tense,
            resume: inner.resume,
            hedge: inner.hedge,
            time_of_day: None,
        })
    }

    /// A holiday of `data/holidays.txt`, with "after" or "immediately after" before it:
    /// "the New Year holidays", "immediately after the country’s New Year holidays",
    /// "New Year's Eve", "Christmas 2021", "Easter Sunday", "Thanksgiving".
    pub(super) fn holiday(&self, i: usize) -> Option<Found> {
        let (after, mut k) = match self.lex(i) {
            Lex::Soon if self.lex(i + 1) == Lex::After => (Around::SoonAfter, i + 2),
            Lex::After => (Around::After, i + 1),
            Lex::Soon => return None,
            _ => (Around::At, i),
        };
        if after != Around::At && self.lex(k) == Lex::The {
            k += 1;
            // "after the country’s New Year holidays"
            let owner = self
                .t(k)
                .is_some_and(|t| t.kind == Kind::Word && !t.holiday)
                && is_possessive(self.word(k));
            if owner && self.t(k + 1).is_some_and(|t| t.holiday) {
                k += 1;
            }
        }
        let (holiday, mut end) = self.holiday_name(k)?;
        let mut year = None;
        let y_at = if self.lex(end) == Lex::Of {
            end + 1
        } else {
            end
        };
        if let Some(y) = self.year(y_at) {
            year = Some(y);
            end = y_at + 1;
        }
        // "the focus of International Women's Day", "the spirit of Christmas": the day
        // as a topic, not a time (unless dated; "the week of Thanksgiving" is one).
        if after == Around::At
            && year.is_none()
            && i >= 2
            && self.lex(i - 1) == Lex::Of
            && !matches!(self.lex(i - 2), Lex::Unit(_))
            && !self.word(i - 2).eq_ignore_ascii_case("eve")
        {
            return None;
        }
        Some(Found::new(
            i,
            end,
            Expr::Holiday {
                holiday,
                after,
                year,
            },
        ))
    }

    /// The longest holiday name starting at `k` (its first word capitalised): its
    /// index in the data and the token after it.
    fn holiday_name(&self, k: usize) -> Option<(usize, usize)> {
        let first = self.t(k).filter(|t| t.holiday && t.cap)?;
        let mut buf = [0u8; 24];
        let key = super::super::lex::lower(self.word(k), &mut buf)?;
        let key = std::str::from_utf8(key).ok()?;
        let _ = first;
        let all = &*HOLIDAYS;
        for &index in all.by_first.get(key)? {
            let Some(h) = all.list.get(index) else {
                continue;
            };
            let mut at = k;
            let mut ok = true;
            for (n, word) in h.words.iter().enumerate() {
                if n > 0 {
                    // "St. Patrick's Day", "Martin Luther King Jr. Day"
                    if self.punct(at, '.') && self.adj(at) {
                        at += 1;
                    }
                }
                let mut buf = [0u8; 24];
                let same = super::super::lex::lower(self.word(at), &mut buf)
                    .is_some_and(|w| w == word.as_bytes());
                if !same {
                    ok = false;
                    break;
                }
                at += 1;
            }
            if ok {
                return Some((index, at));
            }
        }
        None
    }

    /// A count at `i`: "two", "10", "a", "a few", "several", "a couple of".
    /// Returns the range it allows and the token after it.
    pub(super) fn count(&self, i: usize) -> Option<(u32, u32, usize)> {
        match self.lex(i) {
            Lex::NumWord(n) => {
                // "twenty-five"
                if self.punct(i + 1, '-') && self.adj(i + 1) && self.adj(i + 2) {
                    if let Lex::NumWord(m) = self.lex(i + 2) {
                        if m < 10 && n >= 20 {
                            return Some((n + m, n + m, i + 3));
                        }
                    }
                }
                // "twenty four", written without its hyphen.
                if n >= 20 && n % 10 == 0 {
                    if let Lex::NumWord(m) = self.lex(i + 1) {
                        if (1..10).contains(&m) {
                            return Some((n + m, n + m, i + 2));
                        }
                    }
                }
                Some((n, n, i + 1))
            }
            Lex::A => match self.lex(i + 1) {
                Lex::Few => Some((2, 4, i + 2)),
                Lex::Couple if self.lex(i + 2) == Lex::Of => Some((2, 2, i + 3)),
                Lex::Couple => Some((2, 2, i + 2)),
                _ => Some((1, 1, i + 1)),
            },
            Lex::Few => Some((2, 4, i + 1)),
            Lex::Several => Some((3, 7, i + 1)),
            Lex::None => {
                let (n, digits) = self.num(i)?;
                if digits > 4 || self.number_goes_on(i) || self.number_is_tail(i) {
                    return None;
                }
                Some((n, n, i + 1))
            }
            _ => None,
        }
    }

    /// "two weeks ago", "more than seven years ago", "a few days ago".
    pub(super) fn ago(&self, i: usize) -> Option<Found> {
        let (hedge, k) = match self.lex(i) {
            Lex::More | Lex::Less if self.lex(i + 1) == Lex::Than => (
                if self.lex(i) == Lex::More {
                    Hedge::More
                } else {
                    Hedge::Less
                },
                i + 2,
            ),
            Lex::More | Lex::Less => return None,
            Lex::Over => (Hedge::More, i + 1),
            Lex::Under => (Hedge::Less, i + 1),
            Lex::About | Lex::Nearly => (Hedge::About, i + 1),
            _ => (Hedge::Exact, i),
        };
        let (lo, hi, u) = self.count(k)?;
        let Lex::Unit(unit) = self.lex(u) else {
            return None;
        };
        if unit == Unit::Weekend || self.lex(u + 1) != Lex::Ago {
            return None;
        }
        Some(Found::new(
            i,
            u + 2,
            Expr::Ago {
                lo,
                hi,
                unit,
                hedge,
            },
        ))
    }

    /// "in two weeks" (a time), "within a month" (a duration from the publication
    /// date).
    pub(super) fn ahead(&self, i: usize) -> Option<Found> {
        let within = self.lex(i) == Lex::Within;
        let (lo, hi, u) = self.count(i + 1)?;
        let Lex::Unit(unit) = self.lex(u) else {
            return None;
        };
        if unit == Unit::Weekend {
            return None;
        }
        if within {
            let expr = Expr::Duration {
                amount: (lo == hi).then_some(f64::from(lo)),
                reach: hi,
                unit,
                anchor: Anchor::Within,
            };
            return Some(Found::new(i, u + 1, expr));
        }
        if matches!(unit, Unit::Hour | Unit::Minute | Unit::Second) {
            return None;
        }
        // "its best result in a century", "for the first time in a decade": after a
        // superlative, the stretch up to the publication date, never one ahead.
        if self.after_superlative(i) {
            let expr = Expr::Duration {
                amount: (lo == hi).then_some(f64::from(lo)),
                reach: hi,
                unit,
                anchor: Anchor::Past,
            };
            return Some(Found::new(i + 1, u + 1, expr));
        }
        // "in a year or two", "in a day or two": some time ahead, no window to name.
        if self.lex(u + 1) == Lex::Or && self.lex(u + 2) == Lex::NumWord(2) {
            return Some(Found::new(
                i + 1,
                u + 3,
                Expr::VagueRef(crate::extract::Vagueness::Future),
            ));
        }
        Some(Found::new(i, u + 1, Expr::Ahead { lo, hi, unit }))
    }

    /// Whether a superlative of `[superlatives]` (`data/text_words.txt`) stands in the
    /// few words before token `i` ("in"), with no punctuation between: "the worst
    /// night in a decade", "the highest turnout in two decades".
    fn after_superlative(&self, i: usize) -> bool {
        (i.saturating_sub(6)..i)
            .rev()
            .take_while(|&k| self.t(k).is_some_and(|t| t.kind != Kind::Punct))
            .any(|k| {
                let before = k.checked_sub(1).map_or("", |b| self.word(b));
                crate::text::ends_superlative(before, self.word(k))
            })
    }

    /// "over the weekend", "at the weekend", "this weekend" (the last is `relative`).
    pub(super) fn the_weekend(&self, i: usize, floor: usize) -> Option<Found> {
        if self.lex_before(i, floor) != Lex::The || self.word(i).ends_with('s') {
            return None;
        }
        let prep = i.checked_sub(2).map_or(Lex::None, |k| self.lex(k));
        if !matches!(
            prep,
            Lex::Over | Lex::At | Lex::During | Lex::On | Lex::Through
        ) {
            return None;
        }
        Some(Found::new(i, i + 1, Expr::WeekendTense))
    }
}

/// The offset a relative word gives: this 0, next/coming +1, last/previous -1.
pub(super) fn rel_offset(lex: Lex) -> Option<i32> {
    match lex {
        Lex::This => Some(0),
        Lex::Next | Lex::Coming => Some(1),
        Lex::Last | Lex::Previous => Some(-1),
        _ => None,
    }
}
