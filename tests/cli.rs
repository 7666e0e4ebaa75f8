//! The binary as a user runs it: exit codes, and a clear diagnostic for every bad input.

mod common;

use std::fs;
use std::path::Path;
use std::process::{Command, Output};

fn claimlint(args: &[&str], dir: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_claimlint"))
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .env("COLUMNS", "80")
        .output()
        .expect("the binary runs")
}

/// Runs `claimlint` in `dir` and returns its exit code and standard error.
fn run_err(args: &[&str], dir: &Path) -> (i32, String) {
    let out = claimlint(args, dir);
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

const ARTICLE: &str = "The fighting has killed more than 14,000 people, officials said.\n";

#[test]
fn an_empty_folder_is_an_input_error() {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join("empty")).unwrap();
    let (code, stderr) = run_err(&["check", "empty"], dir.path());
    assert_eq!(code, 2);
    common::settings().bind(|| insta::assert_snapshot!(stderr));
}

#[test]
fn a_missing_path_is_an_input_error() {
    let dir = tempfile::tempdir().unwrap();
    let (code, stderr) = run_err(&["check", "no-such-folder"], dir.path());
    assert_eq!(code, 2);
    common::settings().bind(|| insta::assert_snapshot!(stderr));
}

#[test]
fn a_binary_file_is_an_input_error_and_the_rest_is_still_checked() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("a.txt"), ARTICLE).unwrap();
    fs::write(dir.path().join("b.txt"), b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").unwrap();
    let out = claimlint(&["check", ".", "--format", "json"], dir.path());
    assert_eq!(out.status.code(), Some(2));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["summary"]["documents"], 1, "a.txt was still checked");
    let stderr = String::from_utf8_lossy(&out.stderr);
    common::settings().bind(|| insta::assert_snapshot!(stderr));
}

#[test]
fn invalid_utf8_points_at_the_byte() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("latin1.txt"), b"Caf\xe9 talks on Monday.\n").unwrap();
    let (code, stderr) = run_err(&["check", "latin1.txt"], dir.path());
    assert_eq!(code, 2);
    assert!(stderr.contains("latin1.txt:1:4"), "{stderr}");
    common::settings().bind(|| insta::assert_snapshot!(stderr));
}

#[test]
fn a_malformed_manifest_points_at_the_line() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("a.txt"), ARTICLE).unwrap();
    fs::write(
        dir.path().join("sources.yaml"),
        "documents:\n  a.txt:\n    outlet: Wire\n    publishd: 2021-12-22\n",
    )
    .unwrap();
    let (code, stderr) = run_err(&["check", "."], dir.path());
    assert_eq!(code, 2);
    assert!(stderr.contains("sources.yaml:4:5"), "{stderr}");
    common::settings().bind(|| insta::assert_snapshot!(stderr));
}

#[test]
fn a_manifest_that_is_not_yaml_points_at_the_line() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("a.txt"), ARTICLE).unwrap();
    fs::write(
        dir.path().join("sources.yaml"),
        "documents:\n  a.txt:\n    outlet: [Wire\n    published: 2021-12-22\n",
    )
    .unwrap();
    let (code, stderr) = run_err(&["check", "."], dir.path());
    assert_eq!(code, 2);
    assert!(stderr.contains("sources.yaml:"), "{stderr}");
    common::settings().bind(|| insta::assert_snapshot!(stderr));
}

#[test]
fn bad_front_matter_points_at_the_line() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("a.md"),
        format!("---\ntitle: Talks\npublished: 22 December\n---\n{ARTICLE}"),
    )
    .unwrap();
    let (code, stderr) = run_err(&["check", "a.md"], dir.path());
    assert_eq!(code, 2);
    assert!(stderr.contains("a.md:3:"), "{stderr}");
    common::settings().bind(|| insta::assert_snapshot!(stderr));
}

#[test]
fn a_bad_date_flag_is_a_usage_error() {
    let dir = tempfile::tempdir().unwrap();
    let (code, stderr) = run_err(&["check", ".", "--date", "22.12.2021"], dir.path());
    assert_eq!(code, 2);
    assert!(stderr.contains("YYYY-MM-DD"), "{stderr}");
}

#[test]
fn a_clean_article_exits_zero() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("a.txt"), ARTICLE).unwrap();
    let out = claimlint(&["check", "a.txt"], dir.path());
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.starts_with("no findings in 1 document"), "{stdout}");
}
