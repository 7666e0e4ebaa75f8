//! Findings in words: a [`Finding`] (plain data from `evaluate`), the documents and
//! their texts in; its message and each label's note out, as every format shows them.
//! Values read as intervals and dates ([`describe`]) are written here too.

use crate::evaluate::{Finding, Label, Mark, Reading, Reason};
use crate::extract::{Interval, TimeValue, Vagueness, Value};
use crate::load::Corpus;
use crate::parse::ast::{Check, Field, TemplatePart};
use crate::source::SourceMap;

/// A finding's message: its rule's template with the placeholders filled in from the
/// claim and the nearest fact it conflicts with, or, for a rule without one, a
/// message by the relation that failed.
pub fn message(finding: &Finding, corpus: &Corpus, sources: &SourceMap) -> String {
    let claim = finding.claim();
    let other = finding.other();
    let value = |l: Option<&Label>| l.map_or_else(String::new, |l| inline_text(l, sources));
    let source = |l: Option<&Label>| {
        l.and_then(|l| corpus.get(l.doc))
            .map_or_else(String::new, |d| d.path.display().to_string())
    };
    let date = |l: Option<&Label>| {
        l.and_then(Label::reading)
            .and_then(|r| r.published)
            .map_or_else(|| "an unknown date".to_owned(), |date| date.to_string())
    };
    let read = |l: Option<&Label>| l.and_then(Label::value).map_or_else(String::new, read_as);
    // Two facts written alike but read apart ("Tuesday" in two articles published a
    // week apart) each say what they were read as, unless the template already does:
    // "Tuesday here but Tuesday in …" says nothing.
    let says_read = finding.message.as_ref().is_some_and(|t| {
        t.parts
            .iter()
            .any(|p| matches!(p, TemplatePart::Field(Field::Read | Field::OtherRead)))
    });
    let (mut claim_text, mut other_text) = (value(claim), value(other));
    if !says_read && !claim_text.is_empty() && claim_text.eq_ignore_ascii_case(&other_text) {
        let (claim_read, other_read) = (read(claim), read(other));
        if claim_read != other_read {
            claim_text = format!("{claim_text} ({claim_read})");
            other_text = format!("{other_text} ({other_read})");
        }
    }
    let Some(template) = &finding.message else {
        return match finding.check {
            Check::Consistent => {
                format!("`{claim_text}` cannot be true together with `{other_text}`")
            }
            _ => format!("`{claim_text}` does not agree with `{other_text}`"),
        };
    };
    let mut out = String::new();
    for part in &template.parts {
        match *part {
            TemplatePart::Text(start, end) => {
                out.push_str(template.text.get(start..end).unwrap_or(""))
            }
            TemplatePart::Field(Field::Value) => out.push_str(&claim_text),
            TemplatePart::Field(Field::Source) => out.push_str(&source(claim)),
            TemplatePart::Field(Field::OtherValue) => out.push_str(&other_text),
            TemplatePart::Field(Field::OtherSource) => out.push_str(&source(other)),
            TemplatePart::Field(Field::Date) => out.push_str(&date(claim)),
            TemplatePart::Field(Field::OtherDate) => out.push_str(&date(other)),
            TemplatePart::Field(Field::Read) => out.push_str(&read(claim)),
            TemplatePart::Field(Field::OtherRead) => out.push_str(&read(other)),
            TemplatePart::Field(Field::Frame) => out.push_str(
                &claim
                    .and_then(Label::reading)
                    .and_then(|r| r.frame.as_ref())
                    .map_or_else(String::new, ToString::to_string),
            ),
        }
    }
    out
}

/// What to say under a label's underline: a fact's value as read, who gives it and,
/// when the finding's rule compares claims, the claim it was taken for; a spelling's
/// part; or why a further place is underlined.
pub fn note(finding: &Finding, label: &Label) -> String {
    match &label.mark {
        Mark::Claim(reading) => fact_note(reading, true, finding.by_frame),
        Mark::Other(reading) => fact_note(reading, false, finding.by_frame),
        Mark::Extra(Reason::Weekday(date)) => {
            format!("{} is a {}", date.format("%B %-d, %Y"), date.format("%A"))
        }
    }
}

fn fact_note(reading: &Reading, claim: bool, by_frame: bool) -> String {
    let mut note = match (&reading.value, claim) {
        (Value::Name(_), true) => "this spelling".to_owned(),
        (Value::Name(_), false) => "the spelling used first".to_owned(),
        (value @ Value::Time(TimeValue::Resolved { .. }), _) => match reading.published {
            Some(date) => format!("read as {} (published {date})", describe(value)),
            None => format!("read as {}", describe(value)),
        },
        (value, _) => format!("read as {}", describe(value)),
    };
    if let Some(who) = &reading.who {
        note.push_str(&format!(", according to {who}"));
    }
    if let Some(frame) = reading.frame.as_ref().filter(|_| by_frame) {
        note.push_str(&format!("; claim: {frame}"));
    }
    note
}

/// A fact's text for the middle of a message, in the text's own case, except a figure
/// whose capital is there only because it opens its sentence ("Tens of thousands"): a
/// weekday, a month or a name keeps its capital ("Monday's"). Empty when the text
/// is not at hand.
fn inline_text(label: &Label, sources: &SourceMap) -> String {
    let text = sources
        .get(label.source())
        .and_then(|f| f.text.get(label.span.range()))
        .unwrap_or("");
    let opens_sentence = label.reading().is_some_and(|r| r.opens_sentence);
    let mut chars = text.chars();
    match (chars.next(), chars.next()) {
        (Some(first), Some(second))
            if opens_sentence && first.is_uppercase() && second.is_lowercase() =>
        {
            first.to_lowercase().chain(text.chars().skip(1)).collect()
        }
        _ => text.to_owned(),
    }
}

/// What a fact was read as, for `{read}`: a day as "6 Feb 2023", else as [`describe`].
pub fn read_as(value: &Value) -> String {
    match value {
        Value::Time(TimeValue::Resolved {
            start,
            end,
            approximate: false,
            ..
        }) if end.pred_opt() == Some(*start) => start.format("%-d %b %Y").to_string(),
        other => describe(other),
    }
}

/// A value in interval notation: "(14,000, ∞)", "[13,300, 14,700]", "2022-01-12".
pub fn describe(value: &Value) -> String {
    match value {
        Value::Quantity(interval) => describe_interval(interval),
        Value::Time(TimeValue::Resolved {
            start,
            end,
            approximate,
            ..
        }) => {
            let last = end.pred_opt().unwrap_or(*end);
            let about = if *approximate { "about " } else { "" };
            if *start == chrono::NaiveDate::MIN {
                format!("before {end}")
            } else if last == *start {
                format!("{about}{start}")
            } else {
                format!("{about}{start} to {last}")
            }
        }
        Value::Time(TimeValue::Unresolved { unresolved }) => format!("unresolved ({unresolved})"),
        Value::Time(TimeValue::Vague { vague }) => format!("the {}", vagueness(*vague)),
        Value::Time(TimeValue::Every { every }) => format!("every {}", recurrence(every)),
        Value::Duration(d) => match d.anchored {
            Some((start, end)) => {
                let last = end.pred_opt().unwrap_or(end);
                format!("{} ({start} to {last})", d.iso())
            }
            None => d.iso(),
        },
        Value::Name(name) => name.key.clone(),
    }
}

/// A vague time reference in words.
fn vagueness(v: Vagueness) -> &'static str {
    match v {
        Vagueness::Present => "present",
        Vagueness::Past => "past",
        Vagueness::Future => "future",
    }
}

fn describe_interval(i: &Interval) -> String {
    match (i.min, i.max) {
        (Some(lo), Some(hi)) if lo == hi => number(lo),
        (lo, hi) => format!(
            "{}{}, {}{}",
            if i.min_inclusive && lo.is_some() {
                '['
            } else {
                '('
            },
            lo.map_or_else(|| "−∞".to_owned(), number),
            hi.map_or_else(|| "∞".to_owned(), number),
            if i.max_inclusive && hi.is_some() {
                ']'
            } else {
                ')'
            },
        ),
    }
}

/// A number with thousands separators and at most two decimals.
pub fn number(x: f64) -> String {
    let negative = x < 0.0;
    let rounded = (x.abs() * 100.0).round() / 100.0;
    let whole = rounded.trunc();
    let mut digits = format!("{whole:.0}");
    let mut grouped = String::new();
    while digits.len() > 3 {
        let tail = digits.split_off(digits.len() - 3);
        grouped = format!(",{tail}{grouped}");
    }
    let mut out = format!("{}{digits}{grouped}", if negative { "-" } else { "" });
    let frac = rounded - whole;
    if frac > 0.0 {
        let f = format!("{frac:.2}");
        out.push_str(f.trim_start_matches('0').trim_end_matches('0'));
    }
    out
}

/// How often a time recurs, in words where TimeML's pattern names a day of the week or
/// a month ("XXXX-WXX-4" is "Thursday", "XXXX-07" "July"); a period stays as written
/// ("P1D").
fn recurrence(every: &str) -> String {
    let capital = |name: &str| {
        let mut chars = name.chars();
        chars.next().map_or_else(String::new, |c| {
            c.to_ascii_uppercase().to_string() + chars.as_str()
        })
    };
    let index = |digits: &str| digits.parse::<usize>().ok().and_then(|n| n.checked_sub(1));
    if let Some(day) = every.strip_prefix("XXXX-WXX-").and_then(index) {
        if let Some(name) = crate::text::WEEKDAY_NAMES.get(day) {
            return capital(name);
        }
    } else if let Some(month) = every.strip_prefix("XXXX-").and_then(index) {
        if let Some(name) = crate::text::MONTH_NAMES.get(month) {
            return capital(name);
        }
    }
    every.to_owned()
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;
    use crate::evaluate::Finding;
    use crate::extract::Granularity;
    use crate::load::DocId;
    use crate::parse::ast::Severity;
    use crate::source::Span;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn reading(value: Value, opens_sentence: bool) -> Box<Reading> {
        Box::new(Reading {
            value,
            opens_sentence,
            published: Some(day(2022, 1, 12)),
            who: Some("the ministry".to_owned()),
            frame: None,
        })
    }

    fn finding(check: Check, labels: Vec<Label>) -> Finding {
        Finding {
            rule: "rule".to_owned(),
            severity: Severity::Warning,
            check,
            by_frame: false,
            message: None,
            help: None,
            labels,
        }
    }

    #[test]
    fn notes_say_how_a_fact_was_read_and_why_a_place_is_marked() {
        let doc = DocId::default();
        let date = Value::Time(TimeValue::Resolved {
            start: day(2022, 1, 10),
            end: day(2022, 1, 11),
            granularity: Granularity::Day,
            approximate: false,
            time_of_day: None,
        });
        let claim = Label {
            doc,
            span: Span::new(0, 5),
            mark: Mark::Claim(reading(date, false)),
        };
        let weekday = Label {
            doc,
            span: Span::new(6, 12),
            mark: Mark::Extra(Reason::Weekday(day(2022, 1, 10))),
        };
        let f = finding(Check::WeekdayMatches, vec![claim, weekday]);
        let notes: Vec<String> = f.labels.iter().map(|l| note(&f, l)).collect();
        assert_eq!(
            notes,
            [
                "read as 2022-01-10 (published 2022-01-12), according to the ministry",
                "January 10, 2022 is a Monday",
            ]
        );
    }

    #[test]
    fn a_default_message_quotes_the_texts() {
        let mut sources = SourceMap::new();
        let id = sources.add("a.txt", "Tens of thousands fled. Later 500 did.");
        let doc = DocId::new(0, id);
        let figure = |n: f64| {
            Value::Quantity(Interval {
                min: Some(n),
                max: Some(n),
                min_inclusive: true,
                max_inclusive: true,
                nominal: Some(n),
            })
        };
        let claim = Label {
            doc,
            span: Span::new(0, 17),
            mark: Mark::Claim(reading(figure(20000.0), true)),
        };
        let other = Label {
            doc,
            span: Span::new(30, 33),
            mark: Mark::Other(reading(figure(500.0), false)),
        };
        let f = finding(Check::Consistent, vec![claim, other]);
        assert_eq!(
            message(&f, &Corpus::default(), &sources),
            "`tens of thousands` cannot be true together with `500`"
        );
    }

    #[test]
    fn numbers_are_grouped() {
        assert_eq!(number(14000.0), "14,000");
        assert_eq!(number(1234567.5), "1,234,567.5");
        assert_eq!(number(999.0), "999");
        assert_eq!(number(-1500.25), "-1,500.25");
    }

    #[test]
    fn intervals_read_as_math() {
        let above = Interval {
            min: Some(14000.0),
            max: None,
            min_inclusive: false,
            max_inclusive: false,
            nominal: Some(14000.0),
        };
        assert_eq!(describe_interval(&above), "(14,000, ∞)");
        let near = Interval {
            min: Some(13300.0),
            max: Some(14700.0),
            min_inclusive: true,
            max_inclusive: true,
            nominal: Some(14000.0),
        };
        assert_eq!(describe_interval(&near), "[13,300, 14,700]");
    }
}
