//! Holidays by name, read once from `data/holidays.txt` (its header gives the format):
//! each name as lower-case words, and the rule that places it in a year.

use std::sync::LazyLock;

use chrono::{Datelike, Days, NaiveDate, Weekday};
use rustc_hash::FxHashMap;

/// Where a holiday falls in a year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Rule {
    /// A fixed stretch of days, both included (one day when they are equal).
    Fixed { from: (u32, u32), to: (u32, u32) },
    /// The `n`th `weekday` of `month` (`n` = -1: the last), then `plus` days.
    Nth {
        month: u32,
        weekday: Weekday,
        n: i8,
        plus: i64,
    },
    /// Days after (or before) Western Easter Sunday.
    Easter(i64),
}

/// One holiday: its name as lower-case words and its rule.
#[derive(Debug)]
pub(super) struct Holiday {
    /// The name's words, lower-case, apostrophes straight, full stops dropped.
    pub words: Vec<Box<str>>,
    /// Where it falls.
    pub rule: Rule,
}

/// Every holiday of the data file, with an index by first word.
#[derive(Debug)]
pub(super) struct Holidays {
    /// The holidays, in file order.
    pub list: Vec<Holiday>,
    /// Indexes into `list` by first word, longest name first.
    pub by_first: FxHashMap<Box<str>, Vec<usize>>,
    /// Lines of the file that could not be read (a test keeps this at zero).
    #[cfg_attr(not(test), expect(dead_code, reason = "read by the data file's test"))]
    pub bad_lines: Vec<String>,
}

/// The holidays, read once.
pub(super) static HOLIDAYS: LazyLock<Holidays> =
    LazyLock::new(|| read(include_str!("../../../data/holidays.txt")));

/// Reads the holiday file.
fn read(file: &str) -> Holidays {
    let mut list = Vec::new();
    let mut bad_lines = Vec::new();
    for line in file.lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let parsed = line.split_once('|').and_then(|(name, rule)| {
            let words: Vec<Box<str>> = name
                .split_whitespace()
                .map(|w| w.replace('.', "").replace('’', "'").to_lowercase())
                .filter(|w| !w.is_empty())
                .map(String::into_boxed_str)
                .collect();
            (!words.is_empty())
                .then_some(())
                .and(parse_rule(rule.trim()))
                .map(|rule| Holiday { words, rule })
        });
        match parsed {
            Some(h) => list.push(h),
            None => bad_lines.push(line.to_owned()),
        }
    }
    let mut by_first: FxHashMap<Box<str>, Vec<usize>> = FxHashMap::default();
    for (k, h) in list.iter().enumerate() {
        if let Some(first) = h.words.first() {
            by_first.entry(first.clone()).or_default().push(k);
        }
    }
    for v in by_first.values_mut() {
        v.sort_by_key(|&k| std::cmp::Reverse(list.get(k).map_or(0, |h| h.words.len())));
    }
    Holidays {
        list,
        by_first,
        bad_lines,
    }
}

/// "MM-DD" as (month, day).
fn month_day(s: &str) -> Option<(u32, u32)> {
    let (m, d) = s.split_once('-')?;
    let (m, d) = (m.parse().ok()?, d.parse().ok()?);
    NaiveDate::from_ymd_opt(2000, m, d).map(|_| (m, d))
}

/// A rule as the file writes it.
fn parse_rule(rule: &str) -> Option<Rule> {
    if let Some(offset) = rule.strip_prefix("easter") {
        let offset = offset.strip_prefix('+').unwrap_or(offset);
        return offset.parse().ok().map(Rule::Easter);
    }
    let parts: Vec<&str> = rule.split_whitespace().collect();
    match parts.as_slice() {
        [day] => month_day(day).map(|d| Rule::Fixed { from: d, to: d }),
        [from, to] => Some(Rule::Fixed {
            from: month_day(from)?,
            to: month_day(to)?,
        }),
        [month, weekday, n, rest @ ..] => {
            let month: u32 = month.parse().ok().filter(|m| (1..=12).contains(m))?;
            let weekday: Weekday = weekday.parse().ok()?;
            let n: i8 = match *n {
                "last" => -1,
                n => n.parse().ok().filter(|n| (1..=5).contains(n))?,
            };
            let plus = match rest {
                [] => 0,
                [plus] => plus.strip_prefix('+')?.parse().ok()?,
                _ => return None,
            };
            Some(Rule::Nth {
                month,
                weekday,
                n,
                plus,
            })
        }
        _ => None,
    }
}

/// Western Easter Sunday of year `y` (the anonymous Gregorian computus).
fn easter(y: i32) -> Option<NaiveDate> {
    let a = y.rem_euclid(19);
    let b = y.div_euclid(100);
    let c = y.rem_euclid(100);
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15).rem_euclid(30);
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k).rem_euclid(7);
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(y, u32::try_from(month).ok()?, u32::try_from(day).ok()?)
}

/// `d` moved by `n` days.
fn plus_days(d: NaiveDate, n: i64) -> Option<NaiveDate> {
    let days = Days::new(n.unsigned_abs());
    if n >= 0 {
        d.checked_add_days(days)
    } else {
        d.checked_sub_days(days)
    }
}

/// The first and last day of a holiday in year `y`.
pub(super) fn days_in(rule: Rule, y: i32) -> Option<(NaiveDate, NaiveDate)> {
    match rule {
        Rule::Fixed { from, to } => {
            let start = NaiveDate::from_ymd_opt(y, from.0, from.1)?;
            let end_year = if to < from { y.checked_add(1)? } else { y };
            Some((start, NaiveDate::from_ymd_opt(end_year, to.0, to.1)?))
        }
        Rule::Nth {
            month,
            weekday,
            n,
            plus,
        } => {
            let day = if n > 0 {
                NaiveDate::from_weekday_of_month_opt(y, month, weekday, u8::try_from(n).ok()?)?
            } else {
                let next = if month == 12 {
                    NaiveDate::from_ymd_opt(y.checked_add(1)?, 1, 1)?
                } else {
                    NaiveDate::from_ymd_opt(y, month + 1, 1)?
                };
                let last = next.pred_opt()?;
                let back = last.weekday().days_since(weekday);
                plus_days(last, -i64::from(back))?
            };
            let day = plus_days(day, plus)?;
            Some((day, day))
        }
        Rule::Easter(offset) => {
            let day = plus_days(easter(y)?, offset)?;
            Some((day, day))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_line_of_the_data_file_reads() {
        assert!(HOLIDAYS.bad_lines.is_empty(), "{:?}", HOLIDAYS.bad_lines);
        assert!(HOLIDAYS.list.len() > 40);
    }

    #[test]
    fn rules_place_holidays() {
        let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok();
        assert_eq!(easter(2022), d("2022-04-17"));
        assert_eq!(easter(2024), d("2024-03-31"));
        assert_eq!(easter(2000), d("2000-04-23"));
        let day = |rule: &str, y| days_in(parse_rule(rule).expect("a rule"), y).map(|(a, _)| a);
        assert_eq!(day("11 thu 4", 2021), d("2021-11-25"));
        assert_eq!(day("05 mon last", 2022), d("2022-05-30"));
        assert_eq!(day("11 thu 4 +1", 2021), d("2021-11-26"));
        assert_eq!(day("easter-2", 2022), d("2022-04-15"));
        assert_eq!(parse_rule("13-01"), None);
        assert_eq!(parse_rule("02 mon 9"), None);
    }
}
