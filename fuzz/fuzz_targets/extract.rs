//! Bytes in, as an article body (UTF-8, lossily), dated 2022-01-10: extraction must not
//! panic, and every span it returns must slice the text on character boundaries and
//! lie inside the body, every fact inside its sentence.
#![no_main]

use std::path::PathBuf;

use chrono::NaiveDate;
use claimlint::extract;
use claimlint::load::{DateOrigin, Document, Meta};
use claimlint::source::{SourceMap, Span};
use libfuzzer_sys::fuzz_target;

#[path = "shape.rs"]
mod shape;

fuzz_target!(|data: &[u8]| {
    // An input starting with 0xFF is expanded into a large hostile shape (shape.rs).
    match shape::expand(data) {
        Some(large) => run(&large),
        None => run(data),
    }
});

fn run(data: &[u8]) {
    let text = String::from_utf8_lossy(data).into_owned();
    let len = text.len();
    let mut sources = SourceMap::new();
    let id = sources.add("fuzz.txt", text);
    let file = sources.get(id).expect("the text was just added");
    let undated = Document {
        source: id,
        path: PathBuf::from("fuzz.txt"),
        meta: Meta::default(),
        published: None,
        body: Span::new(0, len),
        suppressions: Vec::new(),
    };
    let found = extract::published(&undated, file);
    let date = NaiveDate::from_ymd_opt(2022, 1, 10).expect("a valid date");
    let doc = Document {
        published: found.or(Some((date, DateOrigin::Flag))),
        ..undated
    };
    for fact in extract::facts(claimlint::load::DocId::new(0, doc.source), &doc, file) {
        let check = |span: Span, what: &str| {
            assert!(
                file.text.get(span.range()).is_some(),
                "{what} {span:?} does not slice the text: {fact:?}"
            );
        };
        check(fact.span, "span");
        check(fact.sentence, "sentence");
        check(fact.clause, "clause");
        assert!(
            fact.sentence.contains(fact.span),
            "fact outside its sentence: {fact:?}"
        );
        if let Some(unit) = &fact.unit {
            check(unit.span, "unit");
        }
        if let Some(attribution) = &fact.attribution {
            check(attribution.span, "attribution");
        }
        if let Some(weekday) = &fact.weekday {
            check(weekday.span, "weekday");
        }
        if let Some(counting) = &fact.counting {
            check(counting.span, "counting");
        }
    }
}
