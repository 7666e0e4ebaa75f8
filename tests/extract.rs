//! The facts of every seed article, snapshot-tested, and checked to slice the text exactly.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

mod common;

use claimlint::load::{self, LoadOptions};
use claimlint::report::{self, FactFormat};
use claimlint::source::SourceMap;

#[test]
fn facts_of_each_seed() {
    insta::glob!("../seeds", "*.txt", |path| {
        let relative = path.strip_prefix(common::root()).unwrap_or(path);
        let mut sources = SourceMap::new();
        let loaded = load::corpus(
            &[relative.to_path_buf()],
            &LoadOptions::default(),
            &mut sources,
        )
        .expect("the seed loads");
        assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
        let doc = &loaded.corpus.documents[0];
        assert!(doc.published.is_some(), "sources.yaml dates every seed");
        let file = sources.get(doc.source).unwrap();
        let facts =
            claimlint::extract::facts(claimlint::load::DocId::new(0, doc.source), doc, file);
        for fact in &facts {
            assert!(
                file.text.get(fact.span.range()).is_some(),
                "{fact:?} does not slice {}",
                file.name
            );
            assert!(
                fact.sentence.contains(fact.span),
                "{fact:?}: span outside its sentence"
            );
        }
        let table = report::facts(FactFormat::Table, &facts, &loaded.corpus, &sources).unwrap();
        common::settings().bind(|| insta::assert_snapshot!(table));
    });
}

/// Found by the property test: the time reader read "Jan.\n2014" across a sentence
/// break, and the fact's span overran its sentence.
#[test]
fn a_time_across_a_sentence_break_is_no_fact_of_one_sentence() {
    let mut sources = SourceMap::new();
    let loaded = load::text(
        std::path::Path::new("t.txt"),
        "peopleJan.\n2014".to_owned(),
        &LoadOptions::default(),
        &mut sources,
    )
    .unwrap();
    let doc = &loaded.corpus.documents[0];
    let facts = claimlint::extract::facts(
        claimlint::load::DocId::new(0, doc.source),
        doc,
        sources.get(doc.source).unwrap(),
    );
    for fact in &facts {
        assert!(fact.sentence.contains(fact.span), "{fact:?}");
    }
}

/// Found by the property test: a minus sign just before the body was read into a
/// figure whose span then began outside the body.
#[test]
fn a_sign_before_the_body_is_not_read_into_a_figure() {
    let mut sources = SourceMap::new();
    let text = "---\npublished: 2021-12-22\n---\n-14,000 more than people fled.\n";
    let loaded = load::text(
        std::path::Path::new("t.md"),
        text.to_owned(),
        &LoadOptions::default(),
        &mut sources,
    )
    .unwrap();
    let doc = &loaded.corpus.documents[0];
    let file = sources.get(doc.source).unwrap();
    // The body starts after the front matter; cut it one byte further in, after the sign.
    let mut doc = doc.clone();
    doc.body.start += 1;
    for fact in claimlint::extract::facts(claimlint::load::DocId::new(0, doc.source), &doc, file) {
        assert!(doc.body.contains(fact.span), "{fact:?}");
    }
}
