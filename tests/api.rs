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

/// A check lets go of the texts no finding points into and of the facts no rule across
/// documents compares; `keep` holds on to all of them.
#[test]
fn a_check_keeps_only_what_its_findings_need_unless_asked() {
    let seeds = vec![common::root().join("seeds")];
    let lean = claimlint::check(&seeds, &claimlint::Options::default()).unwrap();
    let kept = claimlint::check(
        &seeds,
        &claimlint::Options {
            keep: true,
            ..claimlint::Options::default()
        },
    )
    .unwrap();
    assert_eq!(lean.findings, kept.findings);
    assert_eq!(lean.fact_count, kept.fact_count);
    assert_eq!(kept.facts.len(), kept.fact_count);
    // The facts that rules across documents compare are let go once compared.
    assert!(lean.facts.is_empty());
    let with_findings: std::collections::HashSet<_> = lean
        .findings
        .iter()
        .flat_map(|f| f.labels.iter().map(|l| l.doc))
        .collect();
    for (index, doc) in lean.corpus.documents.iter().enumerate() {
        let text = &lean.sources.get(doc.source).unwrap().text;
        let full = &kept
            .sources
            .get(kept.corpus.documents[index].source)
            .unwrap()
            .text;
        assert!(!full.is_empty());
        if with_findings.contains(&lean.corpus.id(index).unwrap()) {
            assert_eq!(text, full, "{}", doc.path.display());
        } else {
            assert!(text.is_empty(), "{}", doc.path.display());
        }
    }
    assert!(with_findings.len() < lean.corpus.documents.len());
    assert_eq!(lean.bytes, kept.bytes);
}

/// A finding of a rule across documents points into texts a check let go of: they are
/// read again to show it, and a file that changed meanwhile is reported, not misquoted.
#[test]
fn texts_let_go_are_read_again_for_a_finding_and_a_changed_file_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("a.md");
    let b = dir.path().join("b.md");
    // b is a day newer: its lower toll is no rise (two tolls of one day may be an
    // earlier and a later count, and are not compared).
    let write = |path: &std::path::Path, toll: &str| {
        let day = if path.ends_with("b.md") { 21 } else { 20 };
        fs::write(
            path,
            format!(
                "---\npublished: 2022-01-{day}\n---\n\
                 The war in Donbas has killed {toll} people since 2014.\n"
            ),
        )
        .unwrap();
    };
    write(&a, "more than 14,000");
    write(&b, "about 9,000");
    let paths = vec![dir.path().to_path_buf()];
    let checked = claimlint::check(&paths, &claimlint::Options::default()).unwrap();
    let finding = checked
        .findings
        .iter()
        .find(|f| f.rule == "toll-disagrees-across-sources")
        .expect("the two tolls disagree");
    for label in &finding.labels {
        let text = checked
            .sources
            .get(label.source())
            .unwrap()
            .slice(label.span);
        assert!(
            text == "more than 14,000" || text == "about 9,000",
            "{text}"
        );
    }
    assert!(checked.problems.is_empty());

    // The same run, with both files rewritten once both were checked.
    let done = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let progress: claimlint::Progress = {
        let (a, b, done) = (a.clone(), b.clone(), done.clone());
        std::sync::Arc::new(move |total| {
            if done.fetch_add(1, std::sync::atomic::Ordering::SeqCst) + 1 == total {
                write(&a, "more than 15,000");
                write(&b, "about 8,000");
            }
        })
    };
    let options = claimlint::Options {
        progress: Some(progress),
        ..claimlint::Options::default()
    };
    let checked = claimlint::check(&paths, &options).unwrap();
    assert!(
        checked
            .findings
            .iter()
            .any(|f| f.rule == "toll-disagrees-across-sources")
    );
    let problems: Vec<String> = checked.problems.iter().map(|p| p.to_string()).collect();
    assert_eq!(problems.len(), 2, "{problems:?}");
    for problem in &problems {
        assert!(
            problem.contains("changed while it was being checked"),
            "{problem}"
        );
    }
    // Rendering a finding over a text that is gone does not fail.
    let human = claimlint::report::render(
        claimlint::report::Format::Human,
        &checked.inputs(),
        claimlint::report::Style::default(),
    );
    assert!(human.is_ok());
}
