//! A claimlint time or duration fact in, the TIMEX3 type and value a TimeML annotator
//! would give it out: a day `1998-08-07`, a month `1998-08`, a year `1998`, a decade
//! `199X`, a week `1998-W32`, a weekend `1998-W32-WE`, a quarter `1998-Q3`, a half
//! `1998-H1`, a season `1998-SU`, a duration `P3D`, a vague reference `PAST_REF`; a day
//! with a part of the day or a clock time is a TIME, `1998-08-07TMO`, `2000-04-04T09:00`.

use chrono::{Datelike, NaiveDate};
use claimlint::extract::{Granularity, TimeOfDay, TimeValue, Value};

/// The TIMEX3 type and value of a fact's value, if it is a time or duration.
pub fn of(value: &Value) -> Option<(&'static str, String)> {
    match value {
        Value::Duration(d) => Some(("DURATION", duration(d))),
        Value::Time(TimeValue::Vague { vague }) => Some((
            "DATE",
            match vague {
                claimlint::extract::Vagueness::Past => "PAST_REF",
                claimlint::extract::Vagueness::Present => "PRESENT_REF",
                claimlint::extract::Vagueness::Future => "FUTURE_REF",
            }
            .to_owned(),
        )),
        Value::Time(TimeValue::Resolved {
            start,
            end,
            granularity,
            time_of_day: Some(time),
            ..
        }) if *granularity == Granularity::Day && of_day(*time).is_some() => Some((
            "TIME",
            format!(
                "{}{}",
                resolved(*start, *end, *granularity),
                of_day(*time).unwrap_or_default()
            ),
        )),
        Value::Time(TimeValue::Resolved {
            start,
            end,
            granularity,
            ..
        }) => Some(("DATE", resolved(*start, *end, *granularity))),
        Value::Time(TimeValue::Every { every }) => Some(("SET", every.clone())),
        Value::Time(TimeValue::Unresolved { .. }) => Some(("DATE", "XXXX-XX-XX".to_owned())),
        _ => None,
    }
}

/// A duration as TimeML writes it: a fraction of an hour in minutes ("5 1/2 hours"
/// `PT5H30M`, not the `PT5.5H` claimlint's ISO form allows).
fn duration(d: &claimlint::extract::DurationValue) -> String {
    match (d.unit, d.amount) {
        (claimlint::extract::DurationUnit::Hour, Some(n)) if n.fract() != 0.0 && n > 0.0 => {
            let minutes = (n * 60.0).round();
            let hours = (minutes / 60.0).floor();
            let rest = minutes - hours * 60.0;
            if hours == 0.0 {
                format!("PT{rest:.0}M")
            } else {
                format!("PT{hours:.0}H{rest:.0}M")
            }
        }
        // "a minute and a half": `PT1M30S`.
        (claimlint::extract::DurationUnit::Minute, Some(n)) if n.fract() != 0.0 && n > 0.0 => {
            let seconds = (n * 60.0).round();
            let minutes = (seconds / 60.0).floor();
            let rest = seconds - minutes * 60.0;
            if minutes == 0.0 {
                format!("PT{rest:.0}S")
            } else {
                format!("PT{minutes:.0}M{rest:.0}S")
            }
        }
        _ => d.iso(),
    }
}

/// A time within a day as TimeML appends it to the day: `TMO`, `TAF`, `TEV`, or a
/// clock time `T10:35`. A night is written as its day alone: the TBAQ gold gives
/// "Wednesday night" the day in 8 of its 11 (often tagging "Wednesday" without
/// "night"), though the guidelines' `TNI` is what the rest of it writes.
fn of_day(time: TimeOfDay) -> Option<String> {
    match time {
        TimeOfDay::Morning => Some("TMO".to_owned()),
        TimeOfDay::Afternoon => Some("TAF".to_owned()),
        TimeOfDay::Evening => Some("TEV".to_owned()),
        TimeOfDay::Night | TimeOfDay::EarlyHours => None,
        TimeOfDay::Clock(h, m) => Some(format!("T{h:02}:{m:02}")),
    }
}

/// The value of `[start, end)` read at `granularity`.
fn resolved(start: NaiveDate, end: NaiveDate, granularity: Granularity) -> String {
    let last = end.pred_opt().unwrap_or(end);
    let start = if start == NaiveDate::MIN { last } else { start };
    match granularity {
        Granularity::Day => day(start),
        Granularity::Week => week(start, end),
        Granularity::Month => month(start),
        Granularity::Quarter => format!("{}-Q{}", start.year(), start.month0() / 3 + 1),
        Granularity::Year => format!("{}", start.year()),
        Granularity::Decade if end.year() - start.year() == 100 && start.year() % 100 == 0 => {
            format!("{}XX", start.year() / 100)
        }
        Granularity::Decade => decade(start),
        Granularity::Season => {
            let season = match start.month() {
                3..=5 => "SP",
                6..=8 => "SU",
                9..=11 => "FA",
                _ => "WI",
            };
            format!("{}-{season}", start.year())
        }
        Granularity::Range => range_start(start, last),
        Granularity::Part | Granularity::Vague => smallest(start, last, end, granularity),
    }
}

/// A stretch between two points ("since 1990", "since early December", "more than
/// seven years ago"): TimeML tags the point the text names, so its value is the start
/// at the precision its alignment shows (a year from 1 January, a month from its first
/// day, else the day); an open start gives the year of the end.
fn range_start(start: NaiveDate, last: NaiveDate) -> String {
    if start == last {
        return format!("{}", last.year());
    }
    match (start.month(), start.day()) {
        (1, 1) => format!("{}", start.year()),
        (_, 1) => month(start),
        _ => day(start),
    }
}

/// The smallest calendar unit that holds `start..=last`: a half when the stretch is
/// one, else the day, week (for a part of one), month, year or decade it lies in. A
/// part of a month is its month even when it is one day long ("earlier this month"
/// on the 1st): TimeML writes the month it is a part of.
fn smallest(start: NaiveDate, last: NaiveDate, end: NaiveDate, g: Granularity) -> String {
    if start == last {
        return if g == Granularity::Part {
            month(start)
        } else {
            day(start)
        };
    }
    if g == Granularity::Part
        && start.day() == 1
        && end.day() == 1
        && (start.month() == 1 || start.month() == 7)
        && end.signed_duration_since(start).num_days() > 180
        && end.signed_duration_since(start).num_days() < 185
    {
        return format!(
            "{}-H{}",
            start.year(),
            if start.month() == 1 { 1 } else { 2 }
        );
    }
    // "the end of the year", "the start of 2022": read as the year's last or first
    // month, written as the year, as TimeML writes a part of a year (with a `mod`
    // this scorer does not compare). A part of January or December ("early
    // January") stays the month.
    let whole_month = start.day() == 1 && end.day() == 1 && last.month() == start.month();
    if g == Granularity::Part && whole_month && matches!(start.month(), 1 | 12) {
        return format!("{}", start.year());
    }
    if g == Granularity::Part && start.iso_week() == last.iso_week() {
        return week(start, end);
    }
    if (start.year(), start.month()) == (last.year(), last.month()) {
        return month(start);
    }
    if start.year() == last.year() {
        return format!("{}", start.year());
    }
    if start.year() / 10 == last.year() / 10 {
        return decade(start);
    }
    format!("{}", start.year())
}

fn day(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

fn month(d: NaiveDate) -> String {
    d.format("%Y-%m").to_string()
}

fn decade(d: NaiveDate) -> String {
    format!("{}X", d.year() / 10)
}

/// An ISO week, or its weekend when the stretch is Saturday and Sunday.
fn week(start: NaiveDate, end: NaiveDate) -> String {
    let w = start.iso_week();
    let base = format!("{}-W{:02}", w.year(), w.week());
    if start.weekday() == chrono::Weekday::Sat && end.signed_duration_since(start).num_days() <= 2 {
        format!("{base}-WE")
    } else {
        base
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn calendar_units_are_written_as_timeml_writes_them() {
        let r = |a, b, g| resolved(d(a), d(b), g);
        assert_eq!(
            r("1998-08-07", "1998-08-08", Granularity::Day),
            "1998-08-07"
        );
        assert_eq!(r("1998-08-03", "1998-08-10", Granularity::Week), "1998-W32");
        assert_eq!(
            r("1998-08-08", "1998-08-10", Granularity::Week),
            "1998-W32-WE"
        );
        assert_eq!(r("1998-08-01", "1998-09-01", Granularity::Month), "1998-08");
        assert_eq!(
            r("1998-07-01", "1998-10-01", Granularity::Quarter),
            "1998-Q3"
        );
        assert_eq!(r("1990-01-01", "2000-01-01", Granularity::Decade), "199X");
        assert_eq!(r("1900-01-01", "2000-01-01", Granularity::Decade), "19XX");
        assert_eq!(r("1998-01-01", "1998-07-01", Granularity::Part), "1998-H1");
        assert_eq!(r("1998-01-01", "1998-05-01", Granularity::Part), "1998");
        assert_eq!(r("1998-08-01", "1998-08-07", Granularity::Part), "1998-08");
        assert_eq!(r("1989-11-01", "1989-11-02", Granularity::Part), "1989-11");
        assert_eq!(r("1989-12-01", "1990-01-01", Granularity::Part), "1989");
        assert_eq!(r("1990-01-01", "1990-01-11", Granularity::Part), "1990-01");
        assert_eq!(
            r("1997-12-01", "1998-03-01", Granularity::Season),
            "1997-WI"
        );
        assert_eq!(r("1990-01-01", "1999-05-07", Granularity::Range), "1990");
        assert_eq!(r("1999-12-01", "2000-01-08", Granularity::Range), "1999-12");
    }

    #[test]
    fn a_fraction_of_an_hour_is_written_in_minutes() {
        let hours = |n| claimlint::extract::DurationValue {
            amount: Some(n),
            unit: claimlint::extract::DurationUnit::Hour,
            anchored: None,
        };
        assert_eq!(duration(&hours(5.5)), "PT5H30M");
        assert_eq!(duration(&hours(0.25)), "PT15M");
        assert_eq!(duration(&hours(3.0)), "PT3H");
    }
}
