//! Calendar arithmetic: an [`Expr`] and the publication date in, a half-open
//! [`TimeValue`] out. All date arithmetic goes through chrono.

use chrono::{Datelike, Days, Months, NaiveDate, Weekday};

use super::Reading;
use super::holidays::{HOLIDAYS, Rule, days_in};
use super::lex::Unit;
use super::parse::{Anchor, Around, Dir, Expr, Hedge, Part, Period, SeasonRef, Shift, YearRef};
use crate::extract::{DurationUnit, DurationValue, Granularity, TimeValue};

/// The reason a relative time stays unresolved.
pub(super) const NO_ANCHOR: &str =
    "relative date with no publication date; give `--date` or `published:` in front matter";
/// A time counted from an earlier one the text does not give.
const NO_REFERENCE: &str = "no earlier time in the text to count from";
/// A duration or a vague reference asked for as a stretch of days.
const NOT_A_TIME: &str = "not a stretch of the calendar";
/// The reason a time falls outside the calendar chrono supports.
const OUT_OF_RANGE: &str = "date out of range";

/// Which way the sentence looks from the publication date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tense {
    /// Past-tense verbs ("said", "met", "was").
    Past,
    /// Future markers ("will", "plans", "is due to").
    Future,
    /// Forced to the publication date's own period ("this January").
    Present,
    /// Forced before the publication date by the words ("last December", "since
    /// February"): the past, however far.
    Before,
    /// Forced after it ("next December"): the future, however far.
    After,
    /// No cue: the nearest reading wins.
    Unknown,
}

/// A resolved stretch of days.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Iv {
    start: NaiveDate,
    end: NaiveDate,
    gran: Granularity,
    approx: bool,
}

impl Iv {
    fn new(start: NaiveDate, end: NaiveDate, gran: Granularity, approx: bool) -> Self {
        Self {
            start,
            end,
            gran,
            approx,
        }
    }
}

type R<T> = Result<T, &'static str>;

fn ymd(y: i32, m: u32, d: u32) -> R<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d).ok_or(OUT_OF_RANGE)
}

fn add_days(d: NaiveDate, n: i64) -> R<NaiveDate> {
    let days = Days::new(n.unsigned_abs());
    if n >= 0 {
        d.checked_add_days(days)
    } else {
        d.checked_sub_days(days)
    }
    .ok_or(OUT_OF_RANGE)
}

fn add_months(d: NaiveDate, n: i64) -> R<NaiveDate> {
    let months = Months::new(u32::try_from(n.unsigned_abs()).map_err(|_| OUT_OF_RANGE)?);
    if n >= 0 {
        d.checked_add_months(months)
    } else {
        d.checked_sub_months(months)
    }
    .ok_or(OUT_OF_RANGE)
}

fn next_day(d: NaiveDate) -> R<NaiveDate> {
    d.succ_opt().ok_or(OUT_OF_RANGE)
}

fn day_iv(d: NaiveDate) -> R<Iv> {
    Ok(Iv::new(d, next_day(d)?, Granularity::Day, false))
}

fn year_iv(y: i32) -> R<Iv> {
    Ok(Iv::new(
        ymd(y, 1, 1)?,
        ymd(y.checked_add(1).ok_or(OUT_OF_RANGE)?, 1, 1)?,
        Granularity::Year,
        false,
    ))
}

fn month_iv(y: i32, m: u32) -> R<Iv> {
    let start = ymd(y, m, 1)?;
    Ok(Iv::new(
        start,
        add_months(start, 1)?,
        Granularity::Month,
        false,
    ))
}

/// Monday of the week `d` falls in.
fn week_start(d: NaiveDate) -> R<NaiveDate> {
    d.week(Weekday::Mon).checked_first_day().ok_or(OUT_OF_RANGE)
}

/// `d` moved by `n` of `unit` (weekends count as weeks).
fn shift(d: NaiveDate, unit: Unit, n: i64) -> R<NaiveDate> {
    match unit {
        Unit::Day => add_days(d, n),
        Unit::Week | Unit::Weekend => add_days(d, n.saturating_mul(7)),
        Unit::Month => add_months(d, n),
        Unit::Year => add_months(d, n.saturating_mul(12)),
        Unit::Decade => add_months(d, n.saturating_mul(120)),
        Unit::Century => add_months(d, n.saturating_mul(1200)),
        // Less than a day: the calendar day does not move.
        Unit::Hour | Unit::Minute | Unit::Second => Ok(d),
    }
}

fn unit_gran(unit: Unit) -> Granularity {
    match unit {
        Unit::Day | Unit::Hour | Unit::Minute | Unit::Second => Granularity::Day,
        Unit::Week | Unit::Weekend => Granularity::Week,
        Unit::Month => Granularity::Month,
        Unit::Year => Granularity::Year,
        Unit::Decade | Unit::Century => Granularity::Decade,
    }
}

/// A window one `unit` wide around `d`: the day itself for days, half a unit either
/// side otherwise.
fn around(d: NaiveDate, unit: Unit) -> R<(NaiveDate, NaiveDate)> {
    match unit {
        Unit::Day | Unit::Hour | Unit::Minute | Unit::Second => Ok((d, next_day(d)?)),
        Unit::Week | Unit::Weekend => Ok((add_days(d, -3)?, add_days(d, 4)?)),
        Unit::Month => Ok((add_days(d, -15)?, add_days(d, 16)?)),
        Unit::Year => Ok((add_months(d, -6)?, add_months(d, 6)?)),
        Unit::Decade => Ok((add_months(d, -60)?, add_months(d, 60)?)),
        Unit::Century => Ok((add_months(d, -600)?, add_months(d, 600)?)),
    }
}

/// Days from `anchor` to the nearest day of `iv` (0 inside it).
fn distance(anchor: NaiveDate, iv: &Iv) -> i64 {
    if anchor < iv.start {
        (iv.start - anchor).num_days()
    } else if anchor >= iv.end {
        (anchor - iv.end).num_days() + 1
    } else {
        0
    }
}

/// Days past which a time the tense picks in another year is no longer believed when
/// the same date lies close by ([`NEAR`]): news omits the year of a date only when it
/// is this year's or near it, so "the Jan. 14 deadline" in a past-tense sentence of
/// January 5 is nine days ahead, not a year back.
const FAR: i64 = 300;
/// Days within which the nearest candidate wins over a [`FAR`] one.
const NEAR: i64 = 62;
/// Days after its end that a quarter is still reported on, so still ahead of a
/// future-tense sentence.
const REPORTING: i64 = 60;

/// Picks the year for a time the text gives without one. Past: the latest candidate
/// that starts on or before the anchor; future: the earliest that ends after it;
/// present: the anchor's year; unknown: the nearest (the earlier on a tie). A past or
/// future pick in another year more than [`FAR`] days off gives way to a candidate
/// within [`NEAR`] days: the tense cue was weaker than the calendar.
fn pick(anchor: NaiveDate, tense: Tense, make: impl Fn(i32) -> R<Iv>) -> R<Iv> {
    let ay = anchor.year();
    if tense == Tense::Present {
        if let Ok(iv) = make(ay) {
            return Ok(iv);
        }
    }
    let candidates = || (ay.saturating_sub(4)..=ay.saturating_add(4)).filter_map(|y| make(y).ok());
    let nearest = || candidates().min_by_key(|c| distance(anchor, c));
    let best = match tense {
        Tense::Past | Tense::Before => candidates()
            .filter(|c| c.start <= anchor)
            .max_by_key(|c| c.start),
        Tense::Future | Tense::After => candidates()
            .filter(|c| c.end > anchor)
            .min_by_key(|c| c.start),
        Tense::Present | Tense::Unknown => nearest(),
    };
    let cued = matches!(tense, Tense::Past | Tense::Future);
    let best = match best {
        Some(b) if cued && b.start.year() != ay && distance(anchor, &b) > FAR => nearest()
            .filter(|n| distance(anchor, n) <= NEAR)
            .or(Some(b)),
        other => other,
    };
    best.ok_or(OUT_OF_RANGE)
}

fn need(anchor: Option<NaiveDate>) -> R<NaiveDate> {
    anchor.ok_or(NO_ANCHOR)
}

/// Resolves an expression against the publication date.
pub(super) fn resolve(
    expr: &Expr,
    anchor: Option<NaiveDate>,
    tense: Tense,
    reference: Option<(NaiveDate, NaiveDate, Granularity)>,
) -> Reading {
    let resolved = |iv: R<Iv>| match iv {
        Ok(iv) => TimeValue::Resolved {
            start: iv.start,
            end: iv.end,
            granularity: iv.gran,
            approximate: iv.approx,
            time_of_day: None,
        },
        Err(why) => TimeValue::Unresolved {
            unresolved: why.to_owned(),
        },
    };
    match *expr {
        Expr::Shifted { months, what } => {
            Reading::Time(resolved(shifted(months, what, anchor, reference)))
        }
        Expr::That { unit, approx } => Reading::Time(resolved(that(unit, approx, reference))),
        Expr::Duration {
            amount,
            reach,
            unit,
            anchor: at,
        } => Reading::Duration(DurationValue {
            amount,
            unit: duration_unit(unit),
            anchored: anchor.and_then(|a| anchored(a, reach, unit, at).ok()),
        }),
        Expr::VagueRef(vague) => Reading::Time(TimeValue::Vague { vague }),
        Expr::Every { count, unit } => Reading::Time(TimeValue::Every {
            every: DurationValue {
                amount: Some(f64::from(count)),
                unit: duration_unit(unit),
                anchored: None,
            }
            .iso(),
        }),
        // TimeML's pattern for a named day or month that recurs.
        Expr::EveryNamed { weekday, month } => Reading::Time(TimeValue::Every {
            every: match weekday {
                Some(wd) => format!("XXXX-WXX-{}", wd.number_from_monday()),
                None => format!("XXXX-{month:02}"),
            },
        }),
        _ => Reading::Time(resolved(interval(expr, anchor, tense))),
    }
}

/// The unit of a duration.
fn duration_unit(unit: Unit) -> DurationUnit {
    match unit {
        Unit::Second => DurationUnit::Second,
        Unit::Minute => DurationUnit::Minute,
        Unit::Hour => DurationUnit::Hour,
        Unit::Day => DurationUnit::Day,
        Unit::Week | Unit::Weekend => DurationUnit::Week,
        Unit::Month => DurationUnit::Month,
        Unit::Year => DurationUnit::Year,
        Unit::Decade => DurationUnit::Decade,
        Unit::Century => DurationUnit::Century,
    }
}

/// The days `[start, end)` a duration of `n` units covers, placed as the text places
/// it: up to and including the publication date ("the past two weeks"), from the day
/// after ("the next ten days") or from the publication date ("within a month"). A
/// duration of hours covers the days its hours reach.
fn anchored(a: NaiveDate, n: u32, unit: Unit, at: Anchor) -> R<(NaiveDate, NaiveDate)> {
    let n = i64::from(n);
    let (unit, n) = match unit {
        Unit::Hour => (Unit::Day, (n + 23) / 24),
        Unit::Minute | Unit::Second => (Unit::Day, 0),
        _ => (unit, n),
    };
    match at {
        Anchor::None => Err(NOT_A_TIME),
        Anchor::Past => Ok((shift(a, unit, -n)?, next_day(a)?)),
        Anchor::Next => Ok((next_day(a)?, next_day(shift(a, unit, n)?)?)),
        Anchor::Within => Ok((a, next_day(shift(a, unit, n)?)?)),
    }
}

fn interval(expr: &Expr, anchor: Option<NaiveDate>, tense: Tense) -> R<Iv> {
    match *expr {
        Expr::Date {
            year: Some(y),
            month,
            day,
        } => day_iv(ymd(y, month, day)?),
        Expr::Date {
            year: None,
            month,
            day,
        } => pick(need(anchor)?, tense, |y| day_iv(ymd(y, month, day)?)),
        Expr::DayRange {
            year,
            month,
            first,
            last,
        } => {
            let make = |y: i32| -> R<Iv> {
                let end = next_day(ymd(y, month, last)?)?;
                Ok(Iv::new(
                    ymd(y, month, first)?,
                    end,
                    Granularity::Range,
                    false,
                ))
            };
            match year {
                Some(y) => make(y),
                None => pick(need(anchor)?, tense, make),
            }
        }
        Expr::Period { period, part } => period_iv(period, part, anchor, tense),
        Expr::Weekday { weekday, dir } => day_iv(weekday_date(need(anchor)?, weekday, dir, tense)?),
        Expr::WeekendTense => {
            let a = need(anchor)?;
            let this = add_days(week_start(a)?, 5)?;
            let start = match tense {
                Tense::Future | Tense::After if a >= add_days(this, 2)? => add_days(this, 7)?,
                Tense::Future | Tense::After | Tense::Present => this,
                Tense::Past | Tense::Before | Tense::Unknown if this > a => add_days(this, -7)?,
                Tense::Past | Tense::Before | Tense::Unknown => this,
            };
            Ok(Iv::new(
                start,
                add_days(start, 2)?,
                Granularity::Week,
                false,
            ))
        }
        Expr::Deictic(n) => day_iv(add_days(need(anchor)?, n)?),
        Expr::Ago {
            lo,
            hi,
            unit,
            hedge,
        } => {
            let a = need(anchor)?;
            let near = shift(a, unit, -i64::from(lo))?;
            let far = shift(a, unit, -i64::from(hi))?;
            match hedge {
                Hedge::More => Ok(Iv::new(NaiveDate::MIN, near, Granularity::Range, true)),
                Hedge::Less => Ok(Iv::new(
                    next_day(far)?,
                    next_day(a)?,
                    Granularity::Range,
                    true,
                )),
                // "ten years ago", "two months ago", "two weeks ago": the calendar
                // year, month or week the point falls in, as the annotation schemes
                // read them.
                Hedge::Exact | Hedge::About
                    if lo == hi && matches!(unit, Unit::Year | Unit::Month | Unit::Week) =>
                {
                    // "a week ago" is loose: eight or ten days back are said so too,
                    // so its calendar week is only about right.
                    let approx = hedge == Hedge::About || unit == Unit::Week;
                    let mut iv = match unit {
                        Unit::Year => year_iv(near.year())?,
                        Unit::Month => month_iv(near.year(), near.month())?,
                        _ => {
                            let start = week_start(near)?;
                            Iv::new(start, add_days(start, 7)?, Granularity::Week, false)
                        }
                    };
                    iv.approx = approx;
                    Ok(iv)
                }
                // "a decade ago", "two decades ago": about the year that many decades
                // back, as the annotation schemes read it, not a whole decade of years.
                Hedge::Exact | Hedge::About
                    if lo == hi && matches!(unit, Unit::Decade | Unit::Century) =>
                {
                    let mut iv = year_iv(near.year())?;
                    iv.approx = true;
                    Ok(iv)
                }
                Hedge::Exact | Hedge::About => {
                    let (start, _) = around(far, unit)?;
                    let (_, end) = around(near, unit)?;
                    let exact = hedge == Hedge::Exact && lo == hi && unit == Unit::Day;
                    Ok(Iv::new(start, end, unit_gran(unit), !exact))
                }
            }
        }
        Expr::Ahead { lo, hi, unit } => {
            let a = need(anchor)?;
            let far = shift(a, unit, i64::from(hi))?;
            let near = shift(a, unit, i64::from(lo))?;
            let (start, _) = around(near, unit)?;
            let (_, end) = around(far, unit)?;
            let exact = lo == hi && unit == Unit::Day;
            Ok(Iv::new(start, end, unit_gran(unit), !exact))
        }
        Expr::Duration { .. }
        | Expr::VagueRef(_)
        | Expr::Shifted { .. }
        | Expr::That { .. }
        | Expr::Every { .. }
        | Expr::EveryNamed { .. } => Err(NOT_A_TIME),
        Expr::Season { season, which } => {
            let make = |y: i32| season_iv(season, y);
            match which {
                SeasonRef::Year(y) => make(y),
                SeasonRef::Dir(dir) => {
                    let a = need(anchor)?;
                    let ay = a.year();
                    let candidates =
                        (ay.saturating_sub(2)..=ay.saturating_add(1)).filter_map(|y| make(y).ok());
                    let found = match dir {
                        Dir::Last => candidates.filter(|c| c.end <= a).max_by_key(|c| c.start),
                        Dir::Next => candidates.filter(|c| c.start > a).min_by_key(|c| c.start),
                        Dir::This => {
                            let all: Vec<Iv> = candidates.collect();
                            all.iter()
                                .find(|c| c.start <= a && a < c.end)
                                .or_else(|| all.iter().find(|c| c.start.year() == ay))
                                .copied()
                        }
                        Dir::Tense => return pick(a, tense, make),
                    };
                    found.ok_or(OUT_OF_RANGE)
                }
            }
        }
        Expr::Fiscal(ref inner) => {
            let mut iv = interval(inner, anchor, tense)?;
            iv.approx = true;
            Ok(iv)
        }
        Expr::Holiday {
            holiday,
            after,
            year,
        } => {
            let rule = HOLIDAYS
                .list
                .get(holiday)
                .map(|h| h.rule)
                .ok_or(OUT_OF_RANGE)?;
            let base = match year {
                Some(y) => holiday_iv(rule, y)?,
                None => pick(need(anchor)?, tense, |y| holiday_iv(rule, y))?,
            };
            match after {
                Around::At => Ok(base),
                // "immediately after": from the day after the holiday starts (shorter
                // national holidays end sooner) to a week after its longest end.
                Around::SoonAfter => Ok(Iv::new(
                    next_day(base.start)?,
                    add_days(base.end, 8)?,
                    Granularity::Vague,
                    true,
                )),
                Around::After => Ok(Iv::new(
                    next_day(base.start)?,
                    add_days(base.end, 30)?,
                    Granularity::Vague,
                    true,
                )),
            }
        }
        Expr::Since(ref inner) => {
            let a = need(anchor)?;
            let from = interval(inner, anchor, Tense::Before)?;
            let end = next_day(a)?;
            let end = if end > from.start { end } else { from.end };
            Ok(Iv::new(from.start, end, Granularity::Range, from.approx))
        }
    }
}

/// A season of year `y`: meteorological, northern; a winter is that of `y`'s December.
fn season_iv(season: u8, y: i32) -> R<Iv> {
    let month = match season {
        1 => 12,
        2 => 3,
        3 => 6,
        _ => 9,
    };
    let start = ymd(y, month, 1)?;
    Ok(Iv::new(
        start,
        add_months(start, 3)?,
        Granularity::Season,
        false,
    ))
}

/// A time the text gave before (`reference`), or the publication date's period,
/// moved by `months`: "a year earlier", "the same period last year", "the year-ago
/// quarter".
fn shifted(
    months: i32,
    what: Shift,
    anchor: Option<NaiveDate>,
    reference: Option<(NaiveDate, NaiveDate, Granularity)>,
) -> R<Iv> {
    let base = match (what, reference) {
        (Shift::Quarter, Some((start, end, Granularity::Quarter))) => {
            Iv::new(start, end, Granularity::Quarter, false)
        }
        (Shift::AnchorQuarter, _) => {
            let a = need(anchor)?;
            let start = ymd(a.year(), (a.month() - 1) / 3 * 3 + 1, 1)?;
            Iv::new(start, add_months(start, 3)?, Granularity::Quarter, false)
        }
        // "this quarter's loss" while the last quarter is still being reported.
        (Shift::Reported, _) => {
            let a = need(anchor)?;
            let first = ymd(a.year(), (a.month() - 1) / 3 * 3 + 1, 1)?;
            let start = if a.signed_duration_since(first).num_days() < REPORTING {
                add_months(first, -3)?
            } else {
                first
            };
            Iv::new(start, add_months(start, 3)?, Granularity::Quarter, false)
        }
        (Shift::QuarterIn(y), reference) => {
            let base = shifted(0, Shift::Quarter, anchor, reference)?;
            let n = i64::from(y - base.start.year()) * 12 + i64::from(months);
            return Ok(Iv::new(
                add_months(base.start, n)?,
                add_months(base.end, n)?,
                base.gran,
                base.approx,
            ));
        }
        (Shift::Quarter | Shift::Completed, _) => {
            // The last full quarter before the publication date.
            let a = need(anchor)?;
            let first = ymd(a.year(), (a.month() - 1) / 3 * 3 + 1, 1)?;
            let start = add_months(first, -3)?;
            Iv::new(start, first, Granularity::Quarter, false)
        }
        (_, Some((start, end, gran))) => Iv::new(start, end, gran, false),
        (Shift::ReferenceOrAnchor, None) => {
            let a = need(anchor)?;
            if months.unsigned_abs() % 12 == 0 {
                year_iv(a.year())?
            } else {
                month_iv(a.year(), a.month())?
            }
        }
        (Shift::Reference, None) => return Err(NO_REFERENCE),
    };
    let n = i64::from(months);
    Ok(Iv::new(
        add_months(base.start, n)?,
        add_months(base.end, n)?,
        base.gran,
        base.approx,
    ))
}

/// How fine a granularity is, finest first; stretches without a calendar unit of
/// their own rank last.
fn rank(g: Granularity) -> u8 {
    match g {
        Granularity::Day => 0,
        Granularity::Week => 1,
        Granularity::Month => 2,
        Granularity::Part | Granularity::Quarter | Granularity::Season => 3,
        Granularity::Year => 4,
        Granularity::Decade | Granularity::Vague | Granularity::Range => 5,
    }
}

/// "later that year", "that same day": the `unit` holding the time the text gave
/// before. A time coarser than the unit ("that same day" after "last October") is
/// kept, approximate: the day lies within it, the text does not say which.
fn that(unit: Unit, approx: bool, reference: Option<(NaiveDate, NaiveDate, Granularity)>) -> R<Iv> {
    let (start, end, gran) = reference.ok_or(NO_REFERENCE)?;
    let want = match unit {
        Unit::Day => Granularity::Day,
        Unit::Week => Granularity::Week,
        Unit::Month => Granularity::Month,
        _ => Granularity::Year,
    };
    let mut iv = if rank(gran) > rank(want) {
        Iv::new(start, end, gran, true)
    } else {
        match want {
            Granularity::Day => day_iv(start)?,
            Granularity::Week => {
                let first = week_start(start)?;
                Iv::new(first, add_days(first, 7)?, Granularity::Week, false)
            }
            Granularity::Month => month_iv(start.year(), start.month())?,
            _ => year_iv(start.year())?,
        }
    };
    iv.approx |= approx;
    Ok(iv)
}

/// A holiday in year `y`: its day, or its stretch of days (vague and approximate:
/// holidays of one name differ by country).
fn holiday_iv(rule: Rule, y: i32) -> R<Iv> {
    let (first, last) = days_in(rule, y).ok_or(OUT_OF_RANGE)?;
    if first == last {
        return day_iv(first);
    }
    Ok(Iv::new(first, next_day(last)?, Granularity::Vague, true))
}

/// The day a weekday names. Tense-led ("on Tuesday"): past means the latest such day
/// on or before the publication date (so "said on Wednesday" in a Wednesday article
/// is that day), future the earliest on or after it, and with no cue the nearer of
/// the two. "last Tuesday" is strictly before, "next Tuesday" strictly after and not
/// the day after (that is "tomorrow"), "this Tuesday" in the publication week (Monday to Sunday) unless a forced tense puts it
/// on its side of the publication date ("began this Monday", "this Sunday's vote").
fn weekday_date(anchor: NaiveDate, weekday: Weekday, dir: Dir, tense: Tense) -> R<NaiveDate> {
    let today = anchor.weekday();
    let back = i64::from(today.days_since(weekday));
    let fwd = i64::from(weekday.days_since(today));
    match (dir, tense) {
        (Dir::Last, _) => add_days(anchor, -(if back == 0 { 7 } else { back })),
        // "next Wednesday" said on a Tuesday is not the day after (that is "tomorrow",
        // or "Wednesday"): it is the week after's ("should close next Wednesday").
        (Dir::Next, _) => add_days(anchor, if fwd <= 1 { fwd + 7 } else { fwd }),
        // "this Friday" is the publication week's, unless the words force the other
        // side ("began this Friday" in the Monday after). A week starts on Monday or,
        // as many count it, on Sunday: "this Sunday" in the past tense ("this Sunday's
        // vote" in the Monday after) is the Sunday just gone.
        (Dir::This, Tense::Before) => add_days(anchor, -back),
        (Dir::This, Tense::Past) if weekday == Weekday::Sun => add_days(anchor, -back),
        (Dir::This, Tense::After) => add_days(anchor, fwd),
        (Dir::This, _) | (Dir::Tense, Tense::Present) => add_days(
            week_start(anchor)?,
            i64::from(weekday.num_days_from_monday()),
        ),
        (Dir::Tense, Tense::Past | Tense::Before) => add_days(anchor, -back),
        (Dir::Tense, Tense::Future | Tense::After) => add_days(anchor, fwd),
        (Dir::Tense, Tense::Unknown) => {
            if back <= fwd {
                add_days(anchor, -back)
            } else {
                add_days(anchor, fwd)
            }
        }
    }
}

/// A period, then the part of it the text means.
fn period_iv(period: Period, part: Part, anchor: Option<NaiveDate>, tense: Tense) -> R<Iv> {
    let base = match period {
        Period::Year(YearRef::Abs(y)) => year_iv(y)?,
        Period::Year(YearRef::Rel(off)) => {
            year_iv(need(anchor)?.year().checked_add(off).ok_or(OUT_OF_RANGE)?)?
        }
        Period::Year(YearRef::Implicit) => {
            // "the first quarter": the year the tense points at, judged on the part. A
            // quarter still to be reported is still ahead: "expects to report a profit
            // for the third quarter" in late October is the quarter just ended.
            let a = need(anchor)?;
            let a = match (part, tense) {
                (Part::Quarter(_), Tense::Future) => add_days(a, -REPORTING)?,
                _ => a,
            };
            return pick(a, tense, |y| apply_part(year_iv(y)?, part, None));
        }
        Period::Month {
            month,
            year: YearRef::Abs(y),
        } => month_iv(y, month)?,
        Period::Month {
            month,
            year: YearRef::Rel(off),
        } => month_iv(
            need(anchor)?.year().checked_add(off).ok_or(OUT_OF_RANGE)?,
            month,
        )?,
        Period::Month {
            month,
            year: YearRef::Implicit,
        } => pick(need(anchor)?, tense, |y| month_iv(y, month))?,
        Period::RelMonth(off) => {
            let a = need(anchor)?;
            let first = ymd(a.year(), a.month(), 1)?;
            let start = add_months(first, i64::from(off))?;
            Iv::new(start, add_months(start, 1)?, Granularity::Month, false)
        }
        Period::Week(off) => {
            let start = add_days(week_start(need(anchor)?)?, i64::from(off) * 7)?;
            Iv::new(start, add_days(start, 7)?, Granularity::Week, false)
        }
        Period::Weekend(off) => {
            let a = need(anchor)?;
            let start = add_days(week_start(a)?, i64::from(off) * 7 + 5)?;
            // "Twin blasts this weekend killed 32", written on the Monday after: the
            // weekend just gone, not the coming one.
            let start = if off == 0 && matches!(tense, Tense::Past | Tense::Before) && start > a {
                add_days(start, -7)?
            } else {
                start
            };
            Iv::new(start, add_days(start, 2)?, Granularity::Week, false)
        }
        Period::DecadeWord(tens) => {
            let a = need(anchor)?.year();
            let mut y = a - a.rem_euclid(100) + tens * 10;
            if y > a {
                y -= 100;
            }
            Iv::new(
                ymd(y, 1, 1)?,
                ymd(y + 10, 1, 1)?,
                Granularity::Decade,
                false,
            )
        }
        Period::Decade(y) => Iv::new(
            ymd(y, 1, 1)?,
            ymd(y.checked_add(10).ok_or(OUT_OF_RANGE)?, 1, 1)?,
            Granularity::Decade,
            false,
        ),
        Period::RelDecade(off) => {
            let a = need(anchor)?.year();
            let y = a - a.rem_euclid(10) + off * 10;
            Iv::new(
                ymd(y, 1, 1)?,
                ymd(y + 10, 1, 1)?,
                Granularity::Decade,
                false,
            )
        }
        // A century is kept at the coarsest granularity, a decade's.
        Period::Century(y) => Iv::new(
            ymd(y, 1, 1)?,
            ymd(y.checked_add(100).ok_or(OUT_OF_RANGE)?, 1, 1)?,
            Granularity::Decade,
            false,
        ),
    };
    apply_part(base, part, anchor)
}

/// The part of a period. Thirds for early/mid/late: a year's first, middle and last
/// four months; a month's days 1–10, 11–20 and 21–end; a decade's years 0–3, 3–6 and
/// 6–9 (overlapping: "the mid-1990s" takes in 1993 and 1996); a week's Mon–Wed,
/// Wed–Fri and Thu–Sun. "start"/"end" of
/// a year is its first/last month, of a month or week the same as early/late.
/// "earlier"/"later" run from the period's start to the publication date, and from
/// the day after it to the period's end (early/late when the period does not contain
/// the publication date). Early/mid/late/start/end are approximate; halves,
/// quarters, earlier and later are not.
fn apply_part(base: Iv, part: Part, anchor: Option<NaiveDate>) -> R<Iv> {
    let approx = matches!(
        part,
        Part::Early | Part::Mid | Part::Late | Part::Start | Part::End
    );
    let gran = match part {
        Part::Whole => return Ok(base),
        Part::Quarter(_) => Granularity::Quarter,
        _ => Granularity::Part,
    };
    let inside = anchor.filter(|a| base.start <= *a && *a < base.end);
    let (start, end) = match (part, inside) {
        (Part::Earlier, Some(a)) => {
            let end = if a > base.start { a } else { next_day(a)? };
            (base.start, end)
        }
        (Part::Later, Some(a)) => {
            let start = next_day(a)?;
            let start = if start < base.end { start } else { a };
            (start, base.end)
        }
        (Part::Earlier, None) => return apply_part(base, Part::Early, None),
        (Part::Later, None) => return apply_part(base, Part::Late, None),
        _ => sub_range(base, part)?,
    };
    Ok(Iv::new(start, end, gran, base.approx || approx))
}

fn sub_range(base: Iv, part: Part) -> R<(NaiveDate, NaiveDate)> {
    let s = base.start;
    let scale = if base.end.year() - s.year() >= 100 {
        10
    } else {
        1
    };
    let months = |a: i64, b: i64| -> R<(NaiveDate, NaiveDate)> {
        Ok((add_months(s, a)?, add_months(s, b)?))
    };
    let days = |a: i64, b: Option<i64>| -> R<(NaiveDate, NaiveDate)> {
        Ok((add_days(s, a)?, b.map_or(Ok(base.end), |b| add_days(s, b))?))
    };
    match base.gran {
        Granularity::Year => match part {
            Part::Early => months(0, 4),
            Part::Mid => months(4, 8),
            Part::Late => months(8, 12),
            Part::Start => months(0, 1),
            Part::End => months(11, 12),
            Part::Half(h) => months(6 * (i64::from(h) - 1), 6 * i64::from(h)),
            Part::Quarter(q) => months(3 * (i64::from(q) - 1), 3 * i64::from(q)),
            _ => Ok((base.start, base.end)),
        },
        Granularity::Month => match part {
            Part::Early | Part::Start => days(0, Some(10)),
            Part::Mid => days(10, Some(20)),
            Part::Late | Part::End => days(20, None),
            Part::Half(1) => days(0, Some(15)),
            Part::Half(_) => days(15, None),
            _ => Err(OUT_OF_RANGE),
        },
        Granularity::Week => match part {
            Part::Early | Part::Start => days(0, Some(3)),
            Part::Mid => days(2, Some(5)),
            Part::Late | Part::End => days(3, None),
            _ => Err(OUT_OF_RANGE),
        },
        // A century's thirds are ten times a decade's ("the early 1900s": 1900-1940).
        Granularity::Decade => match part {
            Part::Early | Part::Start => months(0, 48 * scale),
            Part::Mid => months(36 * scale, 84 * scale),
            Part::Late | Part::End => months(72 * scale, 120 * scale),
            _ => Err(OUT_OF_RANGE),
        },
        _ => Ok((base.start, base.end)),
    }
}
