//! Tests for the time reader: a table of expressions with their publication dates and
//! expected intervals, the not-times, unresolved forms, weekdays beside dates, header
//! dates, and the seed articles.

use super::*;

/// The table of expressions, `table.txt` (its header says how to read it).
const TABLE: &str = include_str!("table.txt");

fn date(s: &str) -> NaiveDate {
    if s == "MIN" {
        return NaiveDate::MIN;
    }
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap_or_else(|e| panic!("bad date {s:?}: {e}"))
}

fn whole(text: &str) -> Span {
    Span::new(0, text.len())
}

fn show(text: &str, matches: &[TimeMatch]) -> String {
    matches
        .iter()
        .map(|m| format!("{:?} = {:?}", &text[m.span.range()], m.value))
        .collect::<Vec<_>>()
        .join("; ")
}

/// A match's value as the table writes it (see the header of `table.txt`).
fn render(m: &TimeMatch) -> String {
    let day = |d: NaiveDate| {
        if d == NaiveDate::MIN {
            "MIN".to_owned()
        } else {
            d.to_string()
        }
    };
    match &m.value {
        Reading::Time(TimeValue::Resolved {
            start,
            end,
            granularity,
            approximate,
            time_of_day,
        }) => {
            let gran = serde_json::to_value(granularity)
                .ok()
                .and_then(|v| v.as_str().map(str::to_owned))
                .unwrap_or_default();
            let approx = if *approximate { " ~" } else { "" };
            let at = time_of_day.map(|t| format!(" at {t}")).unwrap_or_default();
            format!("{} {} {gran}{approx}{at}", day(*start), day(*end))
        }
        Reading::Time(TimeValue::Vague { vague }) => {
            let v = serde_json::to_value(vague)
                .ok()
                .and_then(|v| v.as_str().map(str::to_owned))
                .unwrap_or_default();
            format!("vague {v}")
        }
        Reading::Time(TimeValue::Unresolved { .. }) => "unresolved".to_owned(),
        Reading::Time(TimeValue::Every { every }) => format!("every {every}"),
        Reading::Duration(d) => {
            let mut out = d.iso();
            if let Some((start, end)) = d.anchored {
                out.push_str(&format!(" {} {}", day(start), day(end)));
            }
            if m.hedge != Hedge::None {
                out.push_str(&format!(" {}", m.hedge));
            }
            out
        }
    }
}

/// The time table's rows: sentence, publication date, span, value.
fn table() -> Vec<(&'static str, &'static str, &'static str, &'static str)> {
    TABLE
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| {
            let cols: Vec<&str> = l.split(" | ").collect();
            assert_eq!(cols.len(), 4, "bad row {l:?}");
            (cols[0], cols[1], cols[2], cols[3])
        })
        .collect()
}

#[test]
fn table_of_expressions() {
    let rows = table();
    assert!(rows.len() >= 250, "only {} rows", rows.len());
    let mut failures = Vec::new();
    for (n, &(sentence, anchor, span, want)) in rows.iter().enumerate() {
        let found = extract(sentence, whole(sentence), Some(date(anchor)));
        if span == "-" {
            if !found.is_empty() {
                failures.push(format!(
                    "row {n}: {sentence:?} ({anchor}): expected nothing, found {}",
                    show(sentence, &found)
                ));
            }
            continue;
        }
        match found.iter().find(|m| &sentence[m.span.range()] == span) {
            None => failures.push(format!(
                "row {n}: {sentence:?} ({anchor}): no match {span:?}; found {}",
                show(sentence, &found)
            )),
            Some(m) if render(m) != want => failures.push(format!(
                "row {n}: {sentence:?} ({anchor}): {span:?} is `{}`, expected `{want}`",
                render(m)
            )),
            Some(_) => {}
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} rows failed:\n{}",
        failures.len(),
        rows.len(),
        failures.join("\n")
    );
}

/// Prints every row as the reader reads it now, for writing rows:
/// `cargo test --lib time::tests::print_table -- --ignored --nocapture`.
#[test]
#[ignore = "a tool for writing rows, not a check"]
#[expect(clippy::print_stdout, reason = "prints the table for review")]
fn print_table() {
    for (sentence, anchor, _, _) in table() {
        let found = extract(sentence, whole(sentence), Some(date(anchor)));
        if found.is_empty() {
            println!("{sentence} | {anchor} | - | none");
        }
        for m in &found {
            println!(
                "{sentence} | {anchor} | {} | {}",
                &sentence[m.span.range()],
                render(m)
            );
        }
    }
}

/// The time a match names (panics on a duration).
fn time_of(m: &TimeMatch) -> &TimeValue {
    match &m.value {
        Reading::Time(t) => t,
        Reading::Duration(d) => panic!("a duration, {}", d.iso()),
    }
}

/// Relative forms with no publication date stay unresolved and say why.
#[test]
fn relative_without_anchor_is_unresolved() {
    let rows: &[(&str, &str)] = &[
        ("Talks will begin next month.", "next month"),
        (
            "Lavrov said on Wednesday that talks would begin.",
            "Wednesday",
        ),
        ("Talks failed last week.", "last week"),
        ("Negotiators will meet early next year.", "early next year"),
        ("Talks with NATO will open in January.", "January"),
        ("Talks will begin on January 12.", "January 12"),
        ("Talks collapsed two weeks ago.", "two weeks ago"),
        ("Kiev has been at war since 2014.", "since 2014"),
        (
            "The talks will take place immediately after the New Year holidays.",
            "immediately after the New Year holidays",
        ),
        ("He arrived today.", "today"),
        ("Troops massed this year.", "this year"),
        ("Profits will rise in the first quarter.", "first quarter"),
        ("Prices fell earlier this month.", "earlier this month"),
        (
            "The fighting began more than seven years ago.",
            "more than seven years ago",
        ),
    ];
    for &(sentence, span) in rows {
        let found = extract(sentence, whole(sentence), None);
        let m = found
            .iter()
            .find(|m| &sentence[m.span.range()] == span)
            .unwrap_or_else(|| panic!("{sentence:?}: no {span:?} in {}", show(sentence, &found)));
        assert_eq!(
            *time_of(m),
            TimeValue::Unresolved {
                unresolved: super::resolve::NO_ANCHOR.into()
            },
            "{sentence:?}"
        );
    }
}

/// Absolute forms resolve without a publication date.
#[test]
fn absolute_without_anchor_resolves() {
    let rows: &[(&str, &str, &str, &str)] = &[
        (
            "Talks opened on January 10, 2022.",
            "January 10, 2022",
            "2022-01-10",
            "2022-01-11",
        ),
        (
            "Russia annexed Crimea in 2014.",
            "2014",
            "2014-01-01",
            "2015-01-01",
        ),
        (
            "Talks are expected in early 2022.",
            "early 2022",
            "2022-01-01",
            "2022-05-01",
        ),
        (
            "Prices rose in the 1990s.",
            "1990s",
            "1990-01-01",
            "2000-01-01",
        ),
        (
            "Updated 23.12.2021.",
            "23.12.2021",
            "2021-12-23",
            "2021-12-24",
        ),
        (
            "Sales rose in Q2 2021.",
            "Q2 2021",
            "2021-04-01",
            "2021-07-01",
        ),
    ];
    for &(sentence, span, start, end) in rows {
        let found = extract(sentence, whole(sentence), None);
        let m = found
            .iter()
            .find(|m| &sentence[m.span.range()] == span)
            .unwrap_or_else(|| panic!("{sentence:?}: no {span:?} in {}", show(sentence, &found)));
        match *time_of(m) {
            TimeValue::Resolved {
                start: s, end: e, ..
            } => {
                assert_eq!((s, e), (date(start), date(end)), "{sentence:?}");
            }
            ref other => panic!("{sentence:?}: {other:?}"),
        }
    }
}

/// Figures, names, ordinals and lengths of time are not times.
#[test]
fn not_times() {
    let sentences = [
        "The fighting has killed more than 14,000 people.",
        "More than 120 U.S. private military contractors are operating there.",
        "The COVID-19 pandemic hit the region hard.",
        "He came first in the race.",
        "Some 2000 troops arrived at the border.",
        "The 2000 troops arrived at the border.",
        "It costs 1,500 dollars.",
        "She may visit Kyiv soon.",
        "Troops march to the border.",
        "He scored 10 goals on 3 occasions.",
        "The third round of talks ended.",
        "Room 2022 is on the left.",
        "The late president spoke at length.",
        "Later, he left the room.",
        "A week of talks in Geneva ended.",
        "Call 555-1234 for details.",
        "The virus was found in 2000 cases.",
        "About 1,000 troops took part in the drill.",
        "A 1.5 million figure was quoted.",
        "Tens of thousands of troops are there.",
        "It was the second such move.",
        "Russia has repeatedly denied it.",
        "Заголовок открываемого материала 2021",
        "Sputnik International, 1920",
        "The new talks began without clarity.",
        "They spoke at the end of talks.",
        "Talks will last two days.",
        "The last time they met was in Geneva.",
        "Verbs in the past tense end in -ed.",
        "He served 20 years in prison.",
        "A day later, they met.",
        "The march began at 10 a.m. sharp.",
    ];
    for sentence in sentences {
        let found = extract(sentence, whole(sentence), date("2022-01-18").into());
        let times: Vec<_> = found
            .into_iter()
            .filter(|m| matches!(m.value, Reading::Time(_)))
            .collect();
        assert!(times.is_empty(), "{sentence:?}: {}", show(sentence, &times));
    }
}

/// A weekday written beside a date is reported with its own span.
#[test]
fn weekday_beside_date() {
    let rows: &[(&str, &str, Weekday, &str, &str)] = &[
        (
            "Talks open on Monday, January 10, 2022.",
            "January 10, 2022",
            Weekday::Mon,
            "Monday",
            "2022-01-10",
        ),
        (
            "Talks open on January 10 (Tuesday).",
            "January 10",
            Weekday::Tue,
            "Tuesday",
            "2022-01-10",
        ),
        (
            "Talks open Wednesday, 12 January.",
            "12 January",
            Weekday::Wed,
            "Wednesday",
            "2022-01-12",
        ),
        (
            "Talks open on Monday (January 10).",
            "January 10",
            Weekday::Mon,
            "Monday",
            "2022-01-10",
        ),
        (
            "Talks open on Friday, 10.01.2022.",
            "10.01.2022",
            Weekday::Fri,
            "Friday",
            "2022-01-10",
        ),
        (
            "The drills run Monday, January 10-16.",
            "January 10-16",
            Weekday::Mon,
            "Monday",
            "2022-01-10",
        ),
        (
            "He takes office next Wednesday, January 12.",
            "January 12",
            Weekday::Wed,
            "Wednesday",
            "2022-01-12",
        ),
    ];
    for &(sentence, span, wd, wd_text, day) in rows {
        let found = extract(sentence, whole(sentence), Some(date("2021-12-27")));
        assert_eq!(found.len(), 1, "{sentence:?}: {}", show(sentence, &found));
        let m = &found[0];
        assert_eq!(&sentence[m.span.range()], span);
        let (got_wd, got_span) = m
            .weekday
            .unwrap_or_else(|| panic!("{sentence:?}: no weekday"));
        assert_eq!((got_wd, &sentence[got_span.range()]), (wd, wd_text));
        assert!(
            matches!(*time_of(m), TimeValue::Resolved { start, .. } if start == date(day)),
            "{sentence:?}: {:?}",
            m.value
        );
    }
    // A bare weekday carries no `weekday` field: it is the date itself.
    let s = "He spoke on Monday.";
    let found = extract(s, whole(s), Some(date("2021-12-27")));
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].weekday, None);
}

/// Ambiguous slashed dates: day first by default, month first on request; a part
/// above 12 settles it either way.
#[test]
fn slashed_dates_and_month_first() {
    let s = "Dated 03/04/2022 and 25/04/2022 and 04/25/2022.";
    let us = Options { month_first: true };
    let starts = |options| -> Vec<NaiveDate> {
        extract_with(s, whole(s), None, options)
            .into_iter()
            .filter_map(|m| match *time_of(&m) {
                TimeValue::Resolved { start, .. } => Some(start),
                TimeValue::Unresolved { .. }
                | TimeValue::Vague { .. }
                | TimeValue::Every { .. } => None,
            })
            .collect()
    };
    assert_eq!(
        starts(Options::default()),
        [date("2022-04-03"), date("2022-04-25"), date("2022-04-25")]
    );
    assert_eq!(
        starts(us),
        [date("2022-03-04"), date("2022-04-25"), date("2022-04-25")]
    );
    // Impossible dates are not dates.
    let bad = "Codes 31/02/2022 and 13/13/2022 and February 30.";
    assert!(extract(bad, whole(bad), None).is_empty());
}

/// Spans fall on character boundaries in text with curly quotes and Cyrillic, and
/// respect the body span.
#[test]
fn spans_respect_body_and_char_boundaries() {
    let s = "Заголовок — «on Monday» ‘next week’ … Ещё: “in January”, – December 22, 2021.";
    let found = extract(s, whole(s), Some(date("2021-12-27")));
    let texts: Vec<&str> = found.iter().map(|m| &s[m.span.range()]).collect();
    assert_eq!(
        texts,
        ["Monday", "next week", "January", "December 22, 2021"]
    );
    // Only inside the body.
    let start = s.find("‘").unwrap_or(0);
    let end = s.find("…").unwrap_or(s.len());
    let found = extract(s, Span::new(start, end), Some(date("2021-12-27")));
    let texts: Vec<&str> = found.iter().map(|m| &s[m.span.range()]).collect();
    assert_eq!(texts, ["next week"]);
    // A body span off a char boundary yields nothing rather than panicking.
    assert!(extract(s, Span::new(1, 5), None).is_empty());
}

#[test]
fn detect_published_in_headers() {
    let rows: &[(&str, Option<(&str, &str)>)] = &[
        (
            "Title\n\nBy Staff\nDecember 22, 2021International\nBody text.",
            Some(("2021-12-22", "December 22, 2021")),
        ),
        (
            "Title\nLast Updated: December 27, 2021By\n",
            Some(("2021-12-27", "December 27, 2021")),
        ),
        (
            "- Sputnik International, 1920\nMoscow sights - Sputnik International, 1920, 23.12.2021\n",
            Some(("2021-12-23", "23.12.2021")),
        ),
        (
            "Headline\nPublished 2022-01-18 10:00\n",
            Some(("2022-01-18", "2022-01-18")),
        ),
        (
            "Headline\n18 January 2022\n",
            Some(("2022-01-18", "18 January 2022")),
        ),
        (
            "Headline\nJan. 18, 2022 | Reuters\n",
            Some(("2022-01-18", "Jan. 18, 2022")),
        ),
        (
            "Talks will begin next month\n\nMOSCOW – Talks will open on Wednesday.\n",
            None,
        ),
        ("Headline\nUpdated Monday\n", None),
        ("Headline\nIn January the talks begin.\n", None),
    ];
    for &(text, expected) in rows {
        let got = detect_published(text, whole(text));
        let got = got.map(|(d, span)| (d, &text[span.range()]));
        assert_eq!(got, expected.map(|(d, t)| (date(d), t)), "{text:?}");
    }
    // Only the first 15 lines count.
    let late = format!("{}December 22, 2021\n", "line\n".repeat(15));
    assert_eq!(detect_published(&late, whole(&late)), None);
    // A long caption line with a date is not a dateline.
    let caption = format!("{} on Nov. 30, 2021.\n", "In this photo ".repeat(10));
    assert_eq!(detect_published(&caption, whole(&caption)), None);
}

// ---- the seed articles

const SEED_000: &str = include_str!("../../../seeds/000_861de67a3d0b5135.txt");
const SEED_001: &str = include_str!("../../../seeds/001_d932a825c84dced8.txt");
const SEED_002: &str = include_str!("../../../seeds/002_871e41fac1f90a4e.txt");
const SEED_003: &str = include_str!("../../../seeds/003_cacb0fcdde16e1e9.txt");
const SEED_004: &str = include_str!("../../../seeds/004_745df1fde515d6eb.txt");

/// The resolved value of the `nth` match whose text is `span` (panics when absent).
fn seed_value(text: &str, anchor: &str, span: &str, nth: usize) -> (NaiveDate, NaiveDate) {
    let found = extract(text, whole(text), Some(date(anchor)));
    let m = found
        .iter()
        .filter(|m| &text[m.span.range()] == span)
        .nth(nth)
        .unwrap_or_else(|| panic!("no {span:?} #{nth} in {}", show(text, &found)));
    match *time_of(m) {
        TimeValue::Resolved { start, end, .. } => (start, end),
        ref other => panic!("{span:?}: {other:?}"),
    }
}

fn days(start: &str, end: &str) -> (NaiveDate, NaiveDate) {
    (date(start), date(end))
}

#[test]
fn seed_000_talks_next_month_and_in_january() {
    let a = "2021-12-22";
    assert_eq!(
        seed_value(SEED_000, a, "next month", 0),
        days("2022-01-01", "2022-02-01")
    );
    assert_eq!(
        seed_value(SEED_000, a, "January", 0),
        days("2022-01-01", "2022-02-01")
    );
    assert_eq!(
        seed_value(SEED_000, a, "early next year", 0),
        days("2022-01-01", "2022-05-01")
    );
    assert_eq!(
        seed_value(SEED_000, a, "Wednesday", 0),
        days("2021-12-22", "2021-12-23")
    );
    assert_eq!(
        seed_value(SEED_000, a, "Last week", 0),
        days("2021-12-13", "2021-12-20")
    );
    assert_eq!(
        seed_value(SEED_000, a, "2014", 0),
        days("2014-01-01", "2015-01-01")
    );
    assert_eq!(
        seed_value(SEED_000, a, "more than seven years ago", 0),
        (NaiveDate::MIN, date("2014-12-22"))
    );
    // "14,000", "120 contractors" are no times.
    let found = extract(SEED_000, whole(SEED_000), Some(date(a)));
    assert!(
        found
            .iter()
            .all(|m| !SEED_000[m.span.range()].contains("000"))
    );
    assert!(
        found
            .iter()
            .all(|m| !SEED_000[m.span.range()].contains("120"))
    );
}

#[test]
fn seed_001_on_wednesday() {
    let a = "2021-12-22";
    assert_eq!(
        seed_value(SEED_001, a, "Wednesday", 0),
        days("2021-12-22", "2021-12-23")
    );
    assert_eq!(
        seed_value(SEED_001, a, "start of next year", 0),
        days("2022-01-01", "2022-02-01")
    );
    assert_eq!(
        seed_value(SEED_001, a, "Nov. 30, 2021", 0),
        days("2021-11-30", "2021-12-01")
    );
    assert_eq!(
        seed_value(SEED_001, a, "Tuesday", 0),
        days("2021-12-21", "2021-12-22")
    );
}

#[test]
fn seed_002_january_12_and_monday() {
    let a = "2021-12-27";
    assert_eq!(
        seed_value(SEED_002, a, "January 12", 0),
        days("2022-01-12", "2022-01-13")
    );
    assert_eq!(
        seed_value(SEED_002, a, "Monday", 0),
        days("2021-12-27", "2021-12-28")
    );
    assert_eq!(
        seed_value(SEED_002, a, "January 10", 0),
        days("2022-01-10", "2022-01-11")
    );
    assert_eq!(
        seed_value(SEED_002, a, "January", 0),
        days("2022-01-01", "2022-02-01")
    );
    assert_eq!(
        seed_value(SEED_002, a, "Sunday", 0),
        days("2021-12-26", "2021-12-27")
    );
    assert_eq!(
        seed_value(
            SEED_002,
            a,
            "immediately after the country’s New Year holidays",
            0
        ),
        days("2022-01-02", "2022-01-18")
    );
    assert_eq!(
        seed_value(SEED_002, a, "1962", 0),
        days("1962-01-01", "1963-01-01")
    );
}

#[test]
fn seed_003_early_2022_and_january() {
    let a = "2021-12-23";
    assert_eq!(
        seed_value(SEED_003, a, "early 2022", 0),
        days("2022-01-01", "2022-05-01")
    );
    assert_eq!(
        seed_value(SEED_003, a, "January", 0),
        days("2022-01-01", "2022-02-01")
    );
    assert_eq!(
        seed_value(SEED_003, a, "Wednesday", 0),
        days("2021-12-22", "2021-12-23")
    );
}

#[test]
fn seed_004_last_week_and_on_tuesday() {
    let a = "2022-01-18";
    assert_eq!(
        seed_value(SEED_004, a, "last week", 0),
        days("2022-01-10", "2022-01-17")
    );
    assert_eq!(
        seed_value(SEED_004, a, "Tuesday", 0),
        days("2022-01-18", "2022-01-19")
    );
    assert_eq!(
        seed_value(SEED_004, a, "Wednesday", 0),
        days("2022-01-19", "2022-01-20")
    );
    assert_eq!(
        seed_value(SEED_004, a, "Thursday", 0),
        days("2022-01-20", "2022-01-21")
    );
    assert_eq!(
        seed_value(SEED_004, a, "since 2014", 0),
        days("2014-01-01", "2022-01-19")
    );
    assert_eq!(
        seed_value(SEED_004, a, "Monday", 0),
        days("2022-01-17", "2022-01-18")
    );
}

#[test]
fn seed_headers() {
    fn header(text: &str) -> Option<(NaiveDate, &str)> {
        detect_published(text, whole(text)).map(|(d, s)| (d, &text[s.range()]))
    }
    assert_eq!(header(SEED_000), None);
    assert_eq!(
        header(SEED_001),
        Some((date("2021-12-22"), "December 22, 2021"))
    );
    assert_eq!(
        header(SEED_002),
        Some((date("2021-12-27"), "December 27, 2021"))
    );
    assert_eq!(header(SEED_003), Some((date("2021-12-23"), "23.12.2021")));
    assert_eq!(header(SEED_004), None);
}

/// Every seed reads without a publication date too: relative forms unresolved,
/// nothing guessed.
#[test]
fn seeds_without_anchor_guess_nothing() {
    for text in [SEED_000, SEED_001, SEED_002, SEED_003, SEED_004] {
        for m in extract(text, whole(text), None) {
            let t = &text[m.span.range()];
            let has_year = t
                .as_bytes()
                .windows(4)
                .any(|w| w.iter().all(u8::is_ascii_digit));
            let absolute = has_year && !t.starts_with("since");
            match m.value {
                Reading::Time(TimeValue::Resolved { .. }) => {
                    assert!(absolute, "{t:?} resolved without anchor");
                }
                Reading::Time(TimeValue::Unresolved { .. }) => {
                    assert!(!absolute, "{t:?} left unresolved");
                }
                Reading::Time(TimeValue::Vague { .. } | TimeValue::Every { .. })
                | Reading::Duration(_) => {}
            }
        }
    }
}

/// A long body is read a block at a time, cut at paragraph breaks, and no date is lost
/// or cut at a block's edge, with or without blank lines between paragraphs.
#[test]
fn a_long_body_is_read_block_by_block_without_losing_a_date() {
    for sep in ["\n\n", "\n", " "] {
        let s = format!("The talks on Monday, January 10, 2022 ended.{sep}").repeat(5_000);
        let found = extract(&s, whole(&s), Some(date("2022-01-12")));
        assert_eq!(found.len(), 5_000, "{sep:?}");
        assert!(
            found
                .iter()
                .all(|m| &s[m.span.range()] == "January 10, 2022"),
            "{sep:?}"
        );
        assert!(crate::text::blocks(&s, whole(&s), super::BLOCK).len() > 1);
    }
}

/// "April 24 and 25" reads the second day; "April 24 and 25 people" does not (issue 12).
#[test]
fn a_second_day_after_and_is_a_date_only_alone() {
    let spans = |sentence: &str| -> Vec<String> {
        extract(sentence, whole(sentence), date("2022-03-15").into())
            .into_iter()
            .map(|m| sentence[m.span.range()].to_owned())
            .collect()
    };
    assert_eq!(
        spans("The summit is on April 24 and 25."),
        ["April 24", "25"]
    );
    assert_eq!(
        spans("Fighting broke out on April 24 and 25 people died."),
        ["April 24"]
    );
    assert_eq!(spans("Talks ran from May 3 and 2 sides agreed."), ["May 3"]);
}

/// The sieve passes over a sentence with no anchor, and keeps one with an anchor word
/// as a whole run of letters ("Tuesday's", "mid-December") or a year's digits.
#[test]
fn sieve_keeps_only_sentences_with_an_anchor() {
    let words = |s: &'static str| s.split_whitespace().collect::<Vec<_>>();
    let may = |s: &'static str| super::sieve::may_hold_time(&words(s));
    assert!(!may(
        "Both sides have accused each other of provocations along the border"
    ));
    assert!(!may("Officials met on the last of several early sessions"));
    assert!(!may("The Mayday tension often marched on"));
    // A figure is no time: only a year's four digits, or "Q3", may be one on its own.
    assert!(!may(
        "Up to 90,000 troops and 54 percent of 230 G20 COVID-19 cases"
    ));
    // Words that are anchors only where a time may stand.
    assert!(!may(
        "Two at a time may march per thousand for the first time"
    ));
    for kept in [
        "in 2014",
        "23.12.2021",
        "the 1990s",
        "FY2021",
        "Q3 results",
        "q4",
        "talks on Tuesday's agenda",
        "in mid-December",
        "at the time",
        "at THE time",
        "the near term",
        "two thousand",
        "May 2",
        "in March",
        "in nineteen ninety-one",
        "for DAYS",
        "after Christmas",
        "this morning",
        "the fourth quarter",
    ] {
        assert!(may(kept), "{kept}");
    }
    // The same through the reader: a sentence passed over, one read.
    let text = "Both sides spoke. Talks were held on Monday.";
    let found = extract(text, whole(text), date("2022-01-12").into());
    assert_eq!(found.len(), 1);
    assert_eq!(&text[found[0].span.range()], "Monday");
}

#[test]
fn a_day_named_from_the_day_of_writing_names_no_day_of_its_own() {
    for text in [
        "today",
        "Tomorrow",
        "yesterday afternoon",
        "tonight",
        "last night",
        "this morning",
        "This evening",
        "earlier today",
        "later tonight",
    ] {
        assert!(names_no_day(text), "{text}");
    }
    for text in [
        "Tuesday",
        "last week",
        "this year",
        "later this month",
        "January 12",
        "the day before yesterday's vote of the whole parliament",
    ] {
        assert!(!names_no_day(text), "{text}");
    }
}
