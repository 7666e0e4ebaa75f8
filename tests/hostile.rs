//! Hostile input, generated at test time: every case ends in a diagnostic or a clean
//! run in bounded time, and the other documents are still checked.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

mod common;

use std::fs;
use std::path::Path;

const GOOD: &str = "The fighting has killed more than 14,000 people.\n";

use common::claimlint;

/// Runs `check . --format json` in `dir`: the exit code, the report, and stderr.
fn check_json(dir: &Path, extra: &[&str]) -> (i32, serde_json::Value, String) {
    let mut args = vec!["check", ".", "--format", "json"];
    args.extend_from_slice(extra);
    let out = claimlint(&args, dir);
    let report = serde_json::from_slice(&out.stdout).unwrap_or(serde_json::Value::Null);
    (
        out.status.code().unwrap_or(-1),
        report,
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn a_file_over_the_size_cap_is_refused_and_the_rest_checked() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("good.txt"), GOOD).unwrap();
    fs::write(dir.path().join("big.txt"), GOOD.repeat(100)).unwrap();
    let (code, report, stderr) = check_json(dir.path(), &["--max-file-size", "1K"]);
    assert_eq!(code, 2);
    assert_eq!(report["summary"]["documents"], 1);
    assert!(stderr.contains("claimlint::load::too_large"), "{stderr}");
    assert!(stderr.contains("big.txt"), "{stderr}");
}

#[test]
fn a_100_mb_single_line_file_is_refused_by_the_default_cap() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("good.txt"), GOOD).unwrap();
    let line = "more than 14,000 people ".repeat(100 * 1024 * 1024 / 24 + 1);
    fs::write(dir.path().join("line.txt"), line).unwrap();
    let (code, report, stderr) = check_json(dir.path(), &[]);
    assert_eq!(code, 2);
    assert_eq!(report["summary"]["documents"], 1);
    assert!(stderr.contains("too large"), "{stderr}");
}

#[test]
fn a_long_single_line_under_the_cap_is_read() {
    let dir = tempfile::tempdir().unwrap();
    // 4 MB without a line break or a full stop.
    let line = "troops and more than 14,000 people and ".repeat(4 * 1024 * 1024 / 39);
    fs::write(dir.path().join("line.txt"), line).unwrap();
    let (code, report, stderr) = check_json(dir.path(), &[]);
    assert!(code == 0 || code == 1, "{stderr}");
    assert_eq!(report["summary"]["documents"], 1);
}

#[test]
fn a_million_numbers_in_one_file() {
    let dir = tempfile::tempdir().unwrap();
    let mut text = String::with_capacity(16 * 1_000_000);
    for i in 0..1_000_000u32 {
        if i % 20 == 0 {
            text.push_str("Officials counted ");
        }
        text.push_str(&format!("{},{:03} people", i % 1000 + 1, i % 1000));
        text.push_str(if i % 20 == 19 { ".\n" } else { ", " });
    }
    fs::write(dir.path().join("numbers.txt"), text).unwrap();
    let out = claimlint(&["facts", "numbers.txt", "--format", "jsonl"], dir.path());
    assert_eq!(out.status.code(), Some(0));
    let lines = out.stdout.iter().filter(|&&b| b == b'\n').count();
    assert!(lines > 500_000, "{lines} facts");
}

#[test]
fn deeply_nested_word_lists_are_checked_without_overflow() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("a.txt"), GOOD).unwrap();
    let mut rules = String::from("words w0 = \"killed\"\n");
    for i in 1..5000 {
        rules.push_str(&format!("words w{i} = w{}, \"x{i}\"\n", i - 1));
    }
    rules.push_str("fact toll = quantity counting w4999\n");
    rules.push_str("rule toll-contradicts: toll consistent within document\n");
    fs::write(dir.path().join("deep.rules"), rules).unwrap();
    let out = claimlint(&["check", "a.txt", "--rules", "deep.rules"], dir.path());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(matches!(out.status.code(), Some(0 | 2)), "{stderr}");
    assert!(!stderr.contains("overflow"), "{stderr}");
}

#[test]
fn a_billion_laughs_manifest_is_an_error_not_a_hang() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("a.txt"), GOOD).unwrap();
    let mut yaml = String::from(
        "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n",
    );
    let names = ["b", "c", "d", "e", "f", "g", "h", "i"];
    let mut prev = "a";
    for name in names {
        yaml.push_str(&format!(
            "{name}: &{name} [*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev}]\n"
        ));
        prev = name;
    }
    yaml.push_str("documents:\n  a.txt:\n    outlet: *i\n");
    fs::write(dir.path().join("sources.yaml"), yaml).unwrap();
    let (code, report, stderr) = check_json(dir.path(), &[]);
    assert_eq!(code, 2, "{stderr}");
    assert_eq!(
        report["summary"]["documents"], 1,
        "the article is still checked"
    );
    assert!(stderr.contains("claimlint::load::yaml"), "{stderr}");
}

#[cfg(unix)]
#[test]
fn a_symlink_loop_is_reported_and_the_rest_checked() {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join("sub")).unwrap();
    fs::write(dir.path().join("sub/a.txt"), GOOD).unwrap();
    std::os::unix::fs::symlink("..", dir.path().join("sub/loop")).unwrap();
    let (code, report, stderr) = check_json(dir.path(), &[]);
    assert_eq!(code, 2, "{stderr}");
    assert_eq!(report["summary"]["documents"], 1);
    assert!(stderr.contains("loops back"), "{stderr}");
}

#[cfg(unix)]
#[test]
fn a_dangling_link_is_unreadable_and_the_rest_checked() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("a.txt"), GOOD).unwrap();
    std::os::unix::fs::symlink("nowhere.txt", dir.path().join("b.txt")).unwrap();
    let (code, report, stderr) = check_json(dir.path(), &[]);
    assert_eq!(code, 2, "{stderr}");
    assert_eq!(report["summary"]["documents"], 1);
    assert!(stderr.contains("b.txt"), "{stderr}");
}

#[cfg(unix)]
#[test]
fn a_non_utf8_file_name_is_read() {
    use std::os::unix::ffi::OsStrExt;
    let dir = tempfile::tempdir().unwrap();
    let name = std::ffi::OsStr::from_bytes(b"caf\xe9.txt");
    fs::write(dir.path().join(name), GOOD).unwrap();
    let (code, report, stderr) = check_json(dir.path(), &[]);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(report["summary"]["documents"], 1);
}

#[test]
fn a_folder_of_100_000_empty_files() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("many");
    fs::create_dir(&folder).unwrap();
    for i in 0..100_000 {
        fs::write(folder.join(format!("{i:06}.txt")), "").unwrap();
    }
    fs::write(folder.join("zz-real.txt"), GOOD).unwrap();
    let (code, report, stderr) = check_json(dir.path(), &[]);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(report["summary"]["documents"], 100_001);
}
