//! Hostile input, round two (issue 14), generated at test time: long lines, huge
//! sizes, special files, escapes. Every case ends in a diagnostic or a clean run in
//! bounded time, and the other documents are still checked.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

mod common;

use std::fs;
use std::path::Path;
use std::process::Output;

use common::claimlint;

const GOOD: &str = "The fighting has killed more than 14,000 people.\n";

/// Standard error, checked for a panic.
fn stderr_of(out: &Output) -> String {
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_ne!(out.status.code(), Some(101), "{stderr}");
    stderr
}

/// Runs `check . --format <format>` in `dir`.
fn check(dir: &Path, format: &str, extra: &[&str]) -> (i32, String, String) {
    let mut args = vec!["check", ".", "--format", format];
    args.extend_from_slice(extra);
    let out = claimlint(&args, dir);
    let stderr = stderr_of(&out);
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr,
    )
}

/// The number of documents a JSON report says were checked.
fn documents(json: &str) -> u64 {
    let report: serde_json::Value = serde_json::from_str(json).unwrap_or_default();
    report["summary"]["documents"].as_u64().unwrap_or(0)
}

const FORMATS: [&str; 7] = [
    "human",
    "short",
    "json",
    "sarif",
    "github",
    "checkstyle",
    "junit",
];

#[test]
fn issue_14_an_invalid_byte_past_column_65535_is_a_diagnostic_in_every_format() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("good.txt"), GOOD).unwrap();
    let mut bad = vec![b'x'; 70_000];
    bad.extend_from_slice(b"\xff\n");
    fs::write(dir.path().join("bad.txt"), bad).unwrap();
    for format in FORMATS {
        let (code, _, stderr) = check(dir.path(), format, &[]);
        assert_eq!(code, 2, "{format}: {stderr}");
        assert!(stderr.contains("claimlint::load::encoding"), "{stderr}");
        assert!(stderr.contains("bad.txt:1:70001"), "{stderr}");
        // The snippet is a window of the line, not the line.
        assert!(stderr.len() < 8_000, "{format}: {} bytes", stderr.len());
    }
    let (_, json, _) = check(dir.path(), "json", &[]);
    assert_eq!(documents(&json), 1);
}

#[test]
fn issue_14_a_finding_on_a_66_kb_line_is_rendered_in_every_format() {
    let dir = tempfile::tempdir().unwrap();
    let line = "y ".repeat(35_000)
        + "The fighting has killed more than 14,000 people. Later the toll was 200 people killed, fighting killed 300 people.\n";
    fs::write(dir.path().join("long.txt"), line).unwrap();
    fs::write(dir.path().join("other.txt"), GOOD).unwrap();
    for format in FORMATS {
        let (code, stdout, stderr) = check(dir.path(), format, &["--fail-on", "warning"]);
        assert_eq!(code, 1, "{format}: {stderr}");
        assert!(stdout.contains("long.txt"), "{format}");
    }
    let (_, human, _) = check(dir.path(), "human", &[]);
    assert!(human.contains("long.txt:1:700"), "{human}");
    assert!(human.len() < 8_000, "{} bytes", human.len());
    let (_, json, _) = check(dir.path(), "json", &[]);
    assert_eq!(documents(&json), 2);
}

#[test]
fn issue_14_a_rule_file_error_at_column_70000_is_a_diagnostic() {
    let dir = tempfile::tempdir().unwrap();
    let rules = format!("words w = \"killed\"{} %%%\n", " ".repeat(70_000));
    fs::write(dir.path().join("x.rules"), rules).unwrap();
    fs::write(dir.path().join("a.txt"), GOOD).unwrap();
    let out = claimlint(&["rules", "check", "x.rules"], dir.path());
    let text = String::from_utf8_lossy(&out.stdout).into_owned() + &stderr_of(&out);
    assert_eq!(out.status.code(), Some(2), "{text}");
    assert!(text.contains("x.rules:1:700"), "{text}");
    let out = claimlint(&["check", "a.txt", "--rules", "x.rules"], dir.path());
    let stderr = stderr_of(&out);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("claimlint::parse::syntax"), "{stderr}");
}

#[test]
fn issue_14_a_front_matter_error_past_column_65535_is_a_diagnostic() {
    let dir = tempfile::tempdir().unwrap();
    let text = format!("---\ntitle: {}\" \"\": ]\n---\n{GOOD}", "a".repeat(70_000));
    fs::write(dir.path().join("a.md"), text).unwrap();
    fs::write(dir.path().join("b.txt"), GOOD).unwrap();
    for format in FORMATS {
        let (code, _, stderr) = check(dir.path(), format, &[]);
        assert_eq!(code, 2, "{format}: {stderr}");
        assert!(stderr.contains("claimlint::load::yaml"), "{stderr}");
        assert!(stderr.contains("a.md:2:700"), "{stderr}");
    }
    let (_, json, _) = check(dir.path(), "json", &[]);
    assert_eq!(documents(&json), 1);
}
