//! Property: any number, rendered in any form the extractor supports, reads back as
//! the same value — digits with separators, "14k", "1.5 million", and spelled out.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

use std::path::Path;

use claimlint::extract::{self, FactKind, Value};
use claimlint::load::{self, LoadOptions};
use claimlint::source::SourceMap;
use proptest::prelude::*;

/// The stated figure of the one quantity in a sentence.
fn read_back(figure: &str) -> Option<f64> {
    let text = format!("Officials said {figure} people had fled the region.\n");
    let mut sources = SourceMap::new();
    let loaded = load::text(
        Path::new("p.txt"),
        text,
        &LoadOptions::default(),
        &mut sources,
    )
    .unwrap();
    let doc = &loaded.corpus.documents[0];
    let facts = extract::facts(
        claimlint::load::DocId::new(0, doc.source),
        doc,
        sources.get(doc.source).unwrap(),
    );
    let quantities: Vec<_> = facts
        .iter()
        .filter(|f| f.kind == FactKind::Quantity)
        .collect();
    assert_eq!(quantities.len(), 1, "{figure}: {quantities:?}");
    match &quantities[0].value {
        Value::Quantity(i) => i.nominal,
        _ => None,
    }
}

fn grouped(n: u64, sep: &str) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push_str(sep);
        }
        out.push(c);
    }
    out
}

const ONES: [&str; 20] = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];
const TENS: [&str; 10] = [
    "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];

/// English words for 1..1000.
fn below_thousand(n: u64) -> String {
    let mut parts = Vec::new();
    if n >= 100 {
        parts.push(format!("{} hundred", ONES[(n / 100) as usize]));
    }
    let rest = n % 100;
    if rest > 0 {
        let words = if rest < 20 {
            ONES[rest as usize].to_owned()
        } else if rest % 10 == 0 {
            TENS[(rest / 10) as usize].to_owned()
        } else {
            format!(
                "{}-{}",
                TENS[(rest / 10) as usize],
                ONES[(rest % 10) as usize]
            )
        };
        if n >= 100 {
            parts.push(format!("and {words}"));
        } else {
            parts.push(words);
        }
    }
    parts.join(" ")
}

/// English words for 1..1,000,000.
fn spelled(n: u64) -> String {
    match (n / 1000, n % 1000) {
        (0, rest) => below_thousand(rest),
        (thousands, 0) => format!("{} thousand", below_thousand(thousands)),
        (thousands, rest) => format!(
            "{} thousand {}",
            below_thousand(thousands),
            below_thousand(rest)
        ),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn digits_with_separators(n in 1u64..1_000_000_000) {
        prop_assert_eq!(read_back(&grouped(n, ",")), Some(n as f64));
        prop_assert_eq!(read_back(&grouped(n, "\u{2009}")), Some(n as f64));
    }

    #[test]
    fn thousands_with_k(n in 1u64..1000) {
        prop_assert_eq!(read_back(&format!("{n}k")), Some((n * 1000) as f64));
    }

    #[test]
    fn millions_with_a_decimal(tenths in 11u64..1000) {
        let text = format!("{}.{} million", tenths / 10, tenths % 10);
        prop_assert_eq!(read_back(&text), Some((tenths * 100_000) as f64));
    }

    #[test]
    fn spelled_out(n in 1u64..1_000_000) {
        prop_assert_eq!(read_back(&spelled(n)), Some(n as f64), "{}", spelled(n));
    }
}
