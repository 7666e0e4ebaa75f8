//! A draft built on the seeds, checked against them in every output format. The
//! draft states "more than 13,000 killed" (the sources: more than 14,000) and "talks
//! on January 19" (the sources: January 12, in the week of January 10): both are
//! reported against the exact source spans, and the run exits 1.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

mod common;

use std::process::{Command, Output};

const DRAFT: &str = "tests/fixtures/draft/draft.md";

fn check(format: &str) -> Output {
    Command::new(env!("CARGO_BIN_EXE_claimlint"))
        .args(["check", DRAFT, "--sources", "seeds", "--format", format])
        .current_dir(common::root())
        .env("NO_COLOR", "1")
        .env("COLUMNS", "100")
        .output()
        .expect("the binary runs")
}

fn stdout(format: &str) -> String {
    let out = check(format);
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn the_draft_is_reported_against_the_exact_source_spans() {
    let report: serde_json::Value = serde_json::from_str(&stdout("json")).unwrap();
    let findings = report["findings"].as_array().unwrap();
    let rules: Vec<&str> = findings
        .iter()
        .map(|f| f["rule"].as_str().unwrap())
        .collect();
    assert_eq!(
        rules,
        ["event-date-disagrees", "toll-disagrees-across-sources"]
    );
    for finding in findings {
        let labels = finding["labels"].as_array().unwrap();
        assert_eq!(labels[0]["path"], DRAFT);
        assert_eq!(labels[0]["primary"], true);
        assert!(
            labels[1..]
                .iter()
                .all(|l| l["path"].as_str().unwrap().starts_with("seeds/"))
        );
        for label in labels {
            let text =
                std::fs::read_to_string(common::root().join(label["path"].as_str().unwrap()))
                    .unwrap();
            let (start, end) = (
                label["start"].as_u64().unwrap() as usize,
                label["end"].as_u64().unwrap() as usize,
            );
            assert_eq!(&text[start..end], label["text"].as_str().unwrap());
        }
    }
    assert_eq!(findings[0]["labels"][0]["text"], "January 19");
    assert_eq!(findings[1]["labels"][0]["text"], "more than 13,000");
    let toll_sources: Vec<&str> = findings[1]["labels"].as_array().unwrap()[1..]
        .iter()
        .map(|l| l["text"].as_str().unwrap())
        .collect();
    // Seed 000's count of six days before; seed 002's of the day before the draft's
    // publication may be the draft's own count (an article may give the count it had
    // when written), so it is no witness of a fall.
    assert_eq!(toll_sources, ["more than 14,000"]);
}

#[test]
fn every_format_is_snapshot_tested() {
    for format in [
        "human",
        "short",
        "json",
        "sarif",
        "github",
        "checkstyle",
        "junit",
    ] {
        let out = stdout(format);
        let out = out.replace(env!("CARGO_PKG_VERSION"), "[version]");
        common::settings().bind(|| insta::assert_snapshot!(format!("draft_{format}"), out));
    }
}

#[test]
fn sarif_validates_against_the_sarif_2_1_0_schema() {
    let text = stdout("sarif");
    // The published OASIS schema (draft-07), as the serde-sarif crate ships it. Its
    // `language` patterns have a stray `]` (`^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$`)
    // that no strict regex engine accepts; they are replaced by what they mean.
    // claimlint writes no `language`.
    let schema_text =
        std::fs::read_to_string(common::root().join("tests/fixtures/sarif-schema-2.1.0.json"))
            .unwrap()
            .replace(
                r"^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$",
                r"^[a-zA-Z]{2}(-[a-zA-Z]{2})?$",
            );
    let schema: serde_json::Value = serde_json::from_str(&schema_text).unwrap();
    let validator = jsonschema::options()
        .with_draft(jsonschema::Draft::Draft7)
        .build(&schema)
        .unwrap();
    let value: serde_json::Value = serde_json::from_str(&text).unwrap();
    let errors: Vec<String> = validator
        .iter_errors(&value)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    // And a broken log is caught: the check can fail.
    let mut broken = value.clone();
    broken["runs"][0]["results"][0]["level"] = serde_json::json!("fatal");
    assert!(!validator.is_valid(&broken));
    let results = value["runs"][0]["results"].as_array().unwrap();
    assert_eq!(results.len(), 2);
    for result in results {
        let region = &result["locations"][0]["physicalLocation"]["region"];
        assert!(region["startLine"].as_u64().unwrap() >= 1);
        assert!(!result["relatedLocations"].as_array().unwrap().is_empty());
    }
}

#[test]
fn github_annotations_are_workflow_commands() {
    for line in stdout("github").lines() {
        let rest = line.strip_prefix("::error ").expect(line);
        let (properties, message) = rest.split_once("::").expect(line);
        let keys: Vec<&str> = properties
            .split(',')
            .map(|p| p.split_once('=').expect(p).0)
            .collect();
        assert_eq!(keys, ["file", "line", "col", "title"], "{line}");
        assert!(!message.is_empty());
        assert!(!message.contains('\n') && !message.contains('\r'));
    }
}

#[test]
fn checkstyle_and_junit_are_well_formed_xml() {
    for format in ["checkstyle", "junit"] {
        let xml = stdout(format);
        let mut reader = quick_xml::Reader::from_str(&xml);
        let mut depth = 0i32;
        let mut elements = 0;
        loop {
            match reader.read_event().unwrap() {
                quick_xml::events::Event::Start(_) => {
                    depth += 1;
                    elements += 1;
                }
                quick_xml::events::Event::End(_) => depth -= 1,
                quick_xml::events::Event::Empty(_) => elements += 1,
                quick_xml::events::Event::Eof => break,
                _ => {}
            }
        }
        assert_eq!(depth, 0, "{format}: unbalanced");
        assert!(elements >= 3, "{format}: {xml}");
    }
}
