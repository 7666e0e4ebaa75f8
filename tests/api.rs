//! The library as a user calls it from their own tests: check a corpus, snapshot the
//! report with insta, paths redacted so the snapshot holds on any machine.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

mod common;

use std::fs;

#[test]
fn a_users_test_snapshots_a_report() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("draft.md"),
        "---\ntitle: Draft\npublished: 2021-12-28\n---\n\
         The fighting has killed more than 300 people.\n\n\
         By evening, about 150 people had died in the fighting.\n",
    )
    .unwrap();
    let checked = claimlint::check(&[dir.path().to_path_buf()], &claimlint::Options::default())
        .expect("the corpus checks");
    assert!(checked.problems.is_empty());
    let report = checked.report();
    assert_eq!(report.summary.documents, 1);
    assert_eq!(report.findings.len(), 1);
    common::settings().bind(|| {
        insta::assert_yaml_snapshot!(report, {
            ".findings[].labels[].path" => "[path]",
        });
    });
}

#[test]
fn the_report_is_serialisable_and_round_trips() {
    let checked = claimlint::check(&["seeds".into()], &claimlint::Options::default()).unwrap();
    let report = checked.report();
    let json = serde_json::to_string(&report).unwrap();
    let back: claimlint::report::Report = serde_json::from_str(&json).unwrap();
    assert_eq!(back.findings.len(), report.findings.len());
    assert_eq!(back.summary, report.summary);
}
