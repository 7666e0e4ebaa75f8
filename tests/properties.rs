//! Property tests of extraction: it never panics, and every span it returns (fact,
//! sentence, clause, unit, attribution, weekday, counting word) slices the text on
//! character boundaries, inside the body, and every fact lies inside its sentence.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

use std::path::PathBuf;

use chrono::NaiveDate;
use claimlint::extract::{self, Fact};
use claimlint::load::{DateOrigin, Document, Meta};
use claimlint::source::{SourceMap, Span};
use proptest::prelude::*;

/// Extracts the facts of `text` as one document published `date` (or undated), with
/// the body starting at `body_start` (rounded down to a character boundary).
fn facts_of(text: &str, body_start: usize, date: Option<NaiveDate>) -> (String, Span, Vec<Fact>) {
    let mut start = body_start.min(text.len());
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    let body = Span::new(start, text.len());
    let mut sources = SourceMap::new();
    let id = sources.add("prop.txt", text.to_owned());
    let file = sources.get(id).unwrap();
    let doc = Document {
        source: id,
        path: PathBuf::from("prop.txt"),
        meta: Meta::default(),
        published: date.map(|d| (d, DateOrigin::Flag)),
        body,
        suppressions: Vec::new(),
    };
    let _ = extract::published(&doc, file);
    (
        text.to_owned(),
        body,
        extract::facts(claimlint::load::DocId::new(0, doc.source), &doc, file),
    )
}

fn assert_spans(text: &str, body: Span, facts: &[Fact]) -> Result<(), TestCaseError> {
    for fact in facts {
        let mut spans = vec![
            ("span", fact.span),
            ("sentence", fact.sentence),
            ("clause", fact.clause),
        ];
        spans.extend(fact.unit.as_ref().map(|u| ("unit", u.span)));
        spans.extend(fact.attribution.as_ref().map(|a| ("attribution", a.span)));
        spans.extend(fact.weekday.as_ref().map(|w| ("weekday", w.span)));
        spans.extend(fact.counting.as_ref().map(|c| ("counting", c.span)));
        for (what, span) in spans {
            prop_assert!(
                text.get(span.range()).is_some(),
                "{} {:?} does not slice {:?}: {:?}",
                what,
                span,
                text,
                fact
            );
            prop_assert!(
                body.contains(span),
                "{} {:?} outside the body {:?}",
                what,
                span,
                body
            );
        }
        prop_assert!(
            fact.sentence.contains(fact.span),
            "fact outside its sentence: {:?}",
            fact
        );
    }
    Ok(())
}

/// Pieces of news copy, multi-byte characters and odd punctuation: random sequences of
/// them reach far more of the extractors than random characters do.
const PIECES: &[&str] = &[
    "more than",
    "about",
    "nearly",
    "up to",
    "between",
    "and",
    "tens of thousands of",
    "hundreds",
    "dozens",
    "14,000",
    "1,000",
    "100,000",
    "3.5",
    "2014",
    "10",
    "12",
    "23.12.2021",
    "1962",
    "-",
    "–",
    "—",
    "to",
    "people",
    "troops",
    "killed",
    "dead",
    "injured",
    "Russian",
    "Sergei Lavrov",
    "Sergey Lavrov",
    "Lavrov",
    "Kyiv",
    "Kiev",
    "NATO",
    "according to",
    "said",
    "told reporters",
    "on",
    "Monday",
    "Tuesday,",
    "January",
    "Jan.",
    "next month",
    "last week",
    "ago",
    "since",
    "early",
    "the",
    "“",
    "”",
    "\"",
    "'",
    "(",
    ")",
    ",",
    ";",
    ":",
    ".",
    "!",
    "?",
    "\n",
    "\n\n",
    " ",
    "  ",
    "é",
    "ß",
    "İ",
    "ǅ",
    "\u{200b}",
    "\u{feff}",
    "🇺🇦",
    "日本",
    "%",
    "$",
    "€",
    "per cent",
    "percent",
    "G7",
    "COVID-19",
    "a.m.",
    "p.m.",
    "U.S.",
    "Dr.",
    "claimlint-disable",
    "---",
];

fn news() -> impl Strategy<Value = String> {
    prop::collection::vec((0..PIECES.len(), prop::bool::ANY), 0..80).prop_map(|picks| {
        let mut out = String::new();
        for (i, space) in picks {
            out.push_str(PIECES[i]);
            if space {
                out.push(' ');
            }
        }
        out
    })
}

fn date() -> impl Strategy<Value = Option<NaiveDate>> {
    prop::option::of((1900i32..2100, 1u32..=12, 1u32..=28))
        .prop_map(|d| d.and_then(|(y, m, day)| NaiveDate::from_ymd_opt(y, m, day)))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_text_never_panics_and_spans_slice(text in any::<String>(), start in 0usize..64, date in date()) {
        let (text, body, facts) = facts_of(&text, start, date);
        assert_spans(&text, body, &facts)?;
    }

    #[test]
    fn news_like_text_never_panics_and_spans_slice(text in news(), start in 0usize..16, date in date()) {
        let (text, body, facts) = facts_of(&text, start, date);
        assert_spans(&text, body, &facts)?;
    }
}
