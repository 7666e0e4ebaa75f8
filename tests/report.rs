//! The reports on the seed corpus with the built-in rules: human and JSON, snapshot-tested.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

mod common;

use claimlint::report::{self, Format, Style};

fn seeds() -> claimlint::Checked {
    claimlint::check(&["seeds".into()], &claimlint::Options::default()).expect("the seeds check")
}

#[test]
fn human_report_on_the_seeds() {
    let checked = seeds();
    let out = report::render(Format::Human, &checked.inputs(), Style::default()).unwrap();
    common::settings().bind(|| insta::assert_snapshot!(out));
}

#[test]
fn json_report_on_the_seeds() {
    let checked = seeds();
    let report = checked.report();
    // Every label's text is exactly its byte range of the file, and line/column agree.
    for finding in &report.findings {
        for label in &finding.labels {
            let text = std::fs::read_to_string(&label.path).unwrap();
            assert_eq!(text.get(label.start..label.end), Some(label.text.as_str()));
            let line_start = text[..label.start].rfind('\n').map_or(0, |i| i + 1);
            assert_eq!(label.line, text[..label.start].matches('\n').count() + 1);
            assert_eq!(
                label.column,
                text[line_start..label.start].chars().count() + 1
            );
        }
    }
    common::settings().bind(|| insta::assert_json_snapshot!(report));
}
