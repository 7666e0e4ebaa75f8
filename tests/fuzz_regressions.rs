//! Inputs the fuzz targets (`fuzz/`) found to break an invariant, one test each, named
//! after the issue they were found under. Each runs the same checks as its target.
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

/// The facts of `bytes` (UTF-8, lossily) as the `extract` fuzz target reads them, after
/// checking that every span slices the text and every fact lies in its sentence.
fn checked_facts(bytes: &[u8]) -> (String, Vec<Fact>) {
    let text = String::from_utf8_lossy(bytes).into_owned();
    let mut sources = SourceMap::new();
    let id = sources.add("fuzz.txt", text.clone());
    let file = sources.get(id).unwrap();
    let doc = Document {
        source: id,
        path: PathBuf::from("fuzz.txt"),
        meta: Meta::default(),
        published: Some((
            NaiveDate::from_ymd_opt(2022, 1, 10).unwrap(),
            DateOrigin::Flag,
        )),
        body: Span::new(0, text.len()),
        suppressions: Vec::new(),
    };
    let facts = extract::facts(claimlint::load::DocId::new(0, doc.source), &doc, file);
    for fact in &facts {
        for span in [fact.span, fact.sentence, fact.clause] {
            assert!(
                text.get(span.range()).is_some(),
                "{span:?} does not slice: {fact:?}"
            );
        }
        assert!(
            fact.sentence.contains(fact.span),
            "fact outside its sentence: {fact:?}"
        );
    }
    (text, facts)
}

/// A date cut by a line break that ends the paragraph (the next line starts with a
/// digit, so the text is not taken for hard-wrapped): the date reader read across it
/// and gave a fact outside its sentence. Found by the `extract` target.
#[test]
fn issue_7_date_across_a_paragraph_break_is_not_a_fact_outside_its_sentence() {
    checked_facts(b"OptMondnd bo\0\0\0\0\0\0\0.\x01\0\0\0\0\0<\xa7go.On Monday, January\n 11, ");
    let (text, facts) = checked_facts(b"Talks. On Monday, January\n 11, 2022, they met.");
    let times: Vec<&str> = facts
        .iter()
        .filter(|f| f.kind == extract::FactKind::Time)
        .map(|f| &text[f.span.range()])
        .collect();
    assert!(times.iter().all(|t| !t.contains('\n')), "{times:?}");
}

#[path = "../fuzz/fuzz_targets/shape.rs"]
mod shape;

/// Issue 14: the fuzz targets' structured generator makes inputs of at least 1 MiB of
/// each shape, and each seed of it runs through the paths its target takes without a
/// panic (extraction keeping its span invariants).
#[test]
fn issue_14_the_structured_shapes_run_through_every_target() {
    let seeds = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fuzz/seeds");
    let mut shapes = 0;
    for target in ["rule_parser", "loader", "extract", "render"] {
        for entry in std::fs::read_dir(seeds.join(target)).unwrap() {
            let path = entry.unwrap().path();
            if !path
                .file_name()
                .unwrap()
                .to_string_lossy()
                .starts_with("shape_")
            {
                continue;
            }
            let data = std::fs::read(&path).unwrap();
            let large = shape::expand(&data).unwrap();
            assert!(large.len() >= 1 << 20, "{}", path.display());
            shapes += 1;
            let text = String::from_utf8_lossy(&large).into_owned();
            match target {
                "rule_parser" => {
                    let mut sources = SourceMap::new();
                    let id = sources.add("fuzz.rules", text);
                    if let Err(err) = claimlint::parse::rule_files(&mut sources, &[id]) {
                        let _ = claimlint::report::diagnostic(&err, Default::default());
                    }
                }
                "loader" => {
                    let mut sources = SourceMap::new();
                    let options = claimlint::load::LoadOptions::default();
                    let path = std::path::Path::new("fuzz.md");
                    if let Err(err) = claimlint::load::text(path, text, &options, &mut sources) {
                        let _ = claimlint::report::diagnostic(&err, Default::default());
                    }
                }
                _ => {
                    // Extraction of the whole megabyte is the fuzz target's job (and
                    // the bench's); unoptimised here, a slice of each shape keeps the
                    // suite fast.
                    let (_, facts) = checked_facts(&large[..large.len().min(64 << 10)]);
                    std::hint::black_box(facts);
                }
            }
        }
    }
    assert!(shapes >= 10, "{shapes} shapes");
    // No input without the marker is expanded.
    assert!(shape::expand(b"words w = \"x\"").is_none());
}
