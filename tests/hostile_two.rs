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

/// The tests' own rule file (`death-toll-contradicts` on two tolls of one article), so
/// that they test loading and rendering, not how the built-in pack is tuned.
fn tolls() -> String {
    format!(
        "{}/tests/fixtures/hostile/tolls.rules",
        env!("CARGO_MANIFEST_DIR")
    )
}

/// Runs `check . --format <format> --rules <tolls>` in `dir`.
fn check(dir: &Path, format: &str, extra: &[&str]) -> (i32, String, String) {
    let rules = tolls();
    let mut args = vec!["check", ".", "--format", format];
    if !extra.contains(&"--rules") {
        args.extend(["--rules", rules.as_str()]);
    }
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

#[test]
fn issue_14_a_size_cap_over_4g_or_one_that_wraps_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("a.txt"), GOOD).unwrap();
    for size in ["40G", "18446744073709551615", "0"] {
        let out = claimlint(&["check", "a.txt", "--max-file-size", size], dir.path());
        let stderr = stderr_of(&out);
        assert_eq!(out.status.code(), Some(2), "{stderr}");
        assert!(stderr.contains("from 1 to 4G"), "{stderr}");
    }
    fs::write(
        dir.path().join("claimlint.yaml"),
        "max-file-size: 18446744073709551615\n",
    )
    .unwrap();
    let out = claimlint(&["check", "a.txt"], dir.path());
    let stderr = stderr_of(&out);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("claimlint::load::setting"), "{stderr}");
}

#[cfg(unix)]
#[test]
fn issue_14_a_huge_sparse_file_is_refused_without_reading_it() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("a.txt"), GOOD).unwrap();
    // 3 GiB of holes: under the largest cap, read as binary after its first block.
    let sparse = fs::File::create(dir.path().join("sparse.txt")).unwrap();
    sparse.set_len(3 << 30).unwrap();
    let start = std::time::Instant::now();
    let (code, json, stderr) = check(dir.path(), "json", &["--max-file-size", "4G"]);
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("claimlint::load::binary"), "{stderr}");
    assert_eq!(documents(&json), 1);
    assert!(start.elapsed().as_secs() < 20, "{:?}", start.elapsed());
    let (code, json, stderr) = check(dir.path(), "json", &[]);
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("too large"), "{stderr}");
    assert_eq!(documents(&json), 1);
}

/// Makes a FIFO with `mkfifo`.
#[cfg(unix)]
fn mkfifo(path: &Path) {
    let status = std::process::Command::new("mkfifo")
        .arg(path)
        .status()
        .unwrap();
    assert!(status.success());
}

/// Runs claimlint with a time limit: a FIFO must not block it.
#[cfg(unix)]
fn claimlint_within(args: &[&str], dir: &Path, secs: u64) -> Output {
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_claimlint"))
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let start = std::time::Instant::now();
    while child.try_wait().unwrap().is_none() {
        if start.elapsed().as_secs() > secs {
            child.kill().unwrap();
            panic!("claimlint {args:?} blocked");
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    child.wait_with_output().unwrap()
}

#[cfg(unix)]
#[test]
fn issue_14_fifos_are_refused_wherever_they_are_named() {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join("c")).unwrap();
    fs::write(dir.path().join("c/a.txt"), GOOD).unwrap();
    mkfifo(&dir.path().join("c/f.txt"));
    mkfifo(&dir.path().join("fifo"));
    let out = claimlint_within(&["check", "c", "--format", "json"], dir.path(), 20);
    let stderr = stderr_of(&out);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("it is a FIFO, not a regular file"),
        "{stderr}"
    );
    assert_eq!(documents(&String::from_utf8_lossy(&out.stdout)), 1);
    for flag in ["--rules", "--config", "--baseline"] {
        let out = claimlint_within(&["check", "c/a.txt", flag, "fifo"], dir.path(), 20);
        let stderr = stderr_of(&out);
        assert_eq!(out.status.code(), Some(2), "{flag}: {stderr}");
        assert!(stderr.contains("it is a FIFO"), "{flag}: {stderr}");
    }
    fs::write(dir.path().join("claimlint.yaml"), "rules: [fifo]\n").unwrap();
    let out = claimlint_within(&["check", "c/a.txt"], dir.path(), 20);
    let stderr = stderr_of(&out);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("it is a FIFO"), "{stderr}");
    fs::remove_file(dir.path().join("claimlint.yaml")).unwrap();
    mkfifo(&dir.path().join("fifo.rules"));
    fs::write(dir.path().join("imp.rules"), "use \"fifo.rules\"\n").unwrap();
    let out = claimlint_within(
        &["check", "c/a.txt", "--rules", "imp.rules"],
        dir.path(),
        20,
    );
    let stderr = stderr_of(&out);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("FIFO"), "{stderr}");
    let out = claimlint_within(&["check", "fifo"], dir.path(), 20);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr_of(&out).contains("it is a FIFO"));
}

#[cfg(unix)]
#[test]
fn issue_14_a_symlink_to_the_root_is_not_walked() {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join("c")).unwrap();
    fs::write(dir.path().join("c/a.txt"), GOOD).unwrap();
    std::os::unix::fs::symlink("/", dir.path().join("c/root")).unwrap();
    fs::write(dir.path().join("outside.txt"), GOOD).unwrap();
    std::os::unix::fs::symlink("../outside.txt", dir.path().join("c/out.txt")).unwrap();
    fs::create_dir(dir.path().join("c/sub")).unwrap();
    std::os::unix::fs::symlink("../a.txt", dir.path().join("c/sub/in.txt")).unwrap();
    let out = claimlint_within(&["check", "c", "--format", "json"], dir.path(), 20);
    let stderr = stderr_of(&out);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("leads out of"), "{stderr}");
    assert!(stderr.contains("c/root"), "{stderr}");
    assert!(stderr.contains("c/out.txt"), "{stderr}");
    // a.txt; the link to it inside the folder is the same file, checked once.
    assert_eq!(documents(&String::from_utf8_lossy(&out.stdout)), 1);
}

#[test]
fn issue_14_standard_input_is_capped() {
    let dir = tempfile::tempdir().unwrap();
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_claimlint"))
        .args(["check", "--stdin", "--max-file-size", "1K"])
        .current_dir(dir.path())
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    // Far more than the cap; claimlint stops reading, so the write may fail.
    let _ = std::io::Write::write_all(&mut stdin, &vec![b'a'; 1 << 20]);
    drop(stdin);
    let out = child.wait_with_output().unwrap();
    let stderr = stderr_of(&out);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("too large"), "{stderr}");
}

#[test]
fn issue_14_use_reads_only_rule_files_inside_the_importing_folder() {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join("pack")).unwrap();
    fs::write(dir.path().join("a.txt"), GOOD).unwrap();
    fs::write(dir.path().join("secret.rules"), "SECRET-TOKEN-123\n").unwrap();
    fs::write(dir.path().join("pack/notes.txt"), "SECRET-TOKEN-456\n").unwrap();
    let secret = dir.path().join("secret.rules");
    let cases = [
        ("/proc/self/environ".to_owned(), "absolute"),
        (secret.display().to_string(), "absolute"),
        ("../secret.rules".to_owned(), "must lie inside"),
        ("sub/../../secret.rules".to_owned(), "must lie inside"),
        ("notes.txt".to_owned(), "only `.rules` files"),
    ];
    for (path, reason) in cases {
        fs::write(
            dir.path().join("pack/main.rules"),
            format!("use \"{path}\"\n"),
        )
        .unwrap();
        let out = claimlint(
            &["check", "a.txt", "--rules", "pack/main.rules"],
            dir.path(),
        );
        let stderr = stderr_of(&out);
        assert_eq!(out.status.code(), Some(2), "{path}: {stderr}");
        assert!(
            stderr.contains("claimlint::parse::missing_import"),
            "{stderr}"
        );
        assert!(stderr.contains(reason), "{path}: {stderr}");
        assert!(!stderr.contains("SECRET-TOKEN"), "{stderr}");
        assert!(!stderr.contains("PATH="), "{stderr}");
    }
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink("../secret.rules", dir.path().join("pack/link.rules")).unwrap();
        fs::write(dir.path().join("pack/main.rules"), "use \"link.rules\"\n").unwrap();
        let out = claimlint(
            &["check", "a.txt", "--rules", "pack/main.rules"],
            dir.path(),
        );
        let stderr = stderr_of(&out);
        assert_eq!(out.status.code(), Some(2), "{stderr}");
        assert!(stderr.contains("links to a file"), "{stderr}");
        assert!(!stderr.contains("SECRET-TOKEN"), "{stderr}");
    }
    // A large file with a rule file's name is refused by size.
    fs::write(dir.path().join("pack/big.rules"), "# x\n".repeat(2 << 20)).unwrap();
    fs::write(dir.path().join("pack/main.rules"), "use \"big.rules\"\n").unwrap();
    let out = claimlint(
        &["check", "a.txt", "--rules", "pack/main.rules"],
        dir.path(),
    );
    let stderr = stderr_of(&out);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("too large"), "{stderr}");
    // An import inside the folder still works.
    fs::write(
        dir.path().join("pack/lib.rules"),
        "words killed = \"killed\"\n",
    )
    .unwrap();
    fs::write(
        dir.path().join("pack/main.rules"),
        "use \"lib.rules\"\nfact toll = quantity counting killed\nrule toll-contradicts: toll consistent within document\n",
    )
    .unwrap();
    let out = claimlint(
        &["check", "a.txt", "--rules", "pack/main.rules"],
        dir.path(),
    );
    let stderr = stderr_of(&out);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
}

#[test]
fn issue_14_corroborated_on_one_document_repeating_a_sentence() {
    let dir = tempfile::tempdir().unwrap();
    // 4,000 facts of one document; the rule asks for three documents.
    fs::write(
        dir.path().join("a.txt"),
        "The fighting has killed more than 14,000 people. ".repeat(4_000),
    )
    .unwrap();
    fs::write(dir.path().join("b.txt"), GOOD).unwrap();
    fs::write(
        dir.path().join("c.rules"),
        "words killed = \"killed\"\nfact toll = quantity counting killed\n\
         rule toll-corroborated: toll corroborated by at least 3 sources\n",
    )
    .unwrap();
    let (code, json, stderr) = check(
        dir.path(),
        "json",
        &["--rules", "c.rules", "--fail-on", "info"],
    );
    assert_eq!(code, 1, "{stderr}");
    let report: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(report["summary"]["documents"], 2);
    assert_eq!(report["summary"]["findings"], 4_001);
}

#[test]
fn issue_14_thousands_of_findings_in_one_long_article_render_quickly() {
    let dir = tempfile::tempdir().unwrap();
    let text: String = (0..3_000)
        .map(|i| {
            format!(
                "The fighting has killed more than 14,000 people. Later the toll was {} people killed.\n",
                200 + i
            )
        })
        .collect();
    fs::write(dir.path().join("a.txt"), text).unwrap();
    fs::write(dir.path().join("b.txt"), GOOD).unwrap();
    let start = std::time::Instant::now();
    let (code, human, stderr) = check(dir.path(), "human", &["--fail-on", "warning"]);
    assert_eq!(code, 1, "{stderr}");
    assert!(
        human.contains("3000 findings (3000 warnings) in 2 documents"),
        "{}",
        human.lines().last().unwrap_or("")
    );
    // Each snippet is found through the line index: linear in the findings. Scanning
    // the text from its start for every label took minutes on larger files.
    assert!(start.elapsed().as_secs() < 60, "{:?}", start.elapsed());
}

#[test]
fn issue_14_a_rule_file_with_20000_errors_is_reported_in_full() {
    let dir = tempfile::tempdir().unwrap();
    let rules: String = (0..20_000)
        .map(|i| format!("rule r-{i}: nofact{i} consistent within document\n"))
        .collect();
    fs::write(dir.path().join("bad.rules"), rules).unwrap();
    let start = std::time::Instant::now();
    let out = claimlint(&["rules", "check", "bad.rules"], dir.path());
    let stderr = stderr_of(&out);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("20000 errors"),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    assert!(stderr.contains("bad.rules:20000:15"));
    assert!(start.elapsed().as_secs() < 60, "{:?}", start.elapsed());
}

#[test]
fn issue_14_deeply_nested_yaml_is_refused_before_it_is_read() {
    let deep = "[".repeat(100_000);
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join("c")).unwrap();
    fs::write(dir.path().join("c/good.txt"), GOOD).unwrap();
    fs::write(
        dir.path().join("c/front.md"),
        format!("---\ntitle: {deep}\n---\n{GOOD}"),
    )
    .unwrap();
    let start = std::time::Instant::now();
    let (code, json, stderr) = check(&dir.path().join("c"), "json", &[]);
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("nests deeper than 64 levels"), "{stderr}");
    assert!(stderr.contains("front.md:2:"), "{stderr}");
    assert_eq!(documents(&json), 1);
    fs::remove_file(dir.path().join("c/front.md")).unwrap();
    fs::write(
        dir.path().join("c/sources.yaml"),
        format!("documents: {}x\n", "- ".repeat(100_000)),
    )
    .unwrap();
    let (code, json, stderr) = check(&dir.path().join("c"), "json", &[]);
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("bad manifest"), "{stderr}");
    assert_eq!(documents(&json), 1);
    fs::remove_file(dir.path().join("c/sources.yaml")).unwrap();
    fs::write(dir.path().join("claimlint.yaml"), format!("off: {deep}\n")).unwrap();
    let (code, _, stderr) = check(&dir.path().join("c"), "json", &[]);
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("bad configuration"), "{stderr}");
    assert!(start.elapsed().as_secs() < 60, "{:?}", start.elapsed());
}

#[test]
fn issue_14_a_file_described_twice_in_sources_yaml_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("a.txt"), GOOD).unwrap();
    fs::write(
        dir.path().join("sources.yaml"),
        "documents:\n  a.txt:\n    outlet: one\n  a.txt:\n    outlet: two\n",
    )
    .unwrap();
    let (code, json, stderr) = check(dir.path(), "json", &[]);
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("`a.txt` is given twice"), "{stderr}");
    assert_eq!(documents(&json), 1);
    fs::remove_file(dir.path().join("sources.yaml")).unwrap();
    fs::write(
        dir.path().join("claimlint.yaml"),
        "severity:\n  death-toll-contradicts: info\n  death-toll-contradicts: error\n",
    )
    .unwrap();
    let (code, _, stderr) = check(dir.path(), "json", &[]);
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("is given twice"), "{stderr}");
}

#[test]
fn issue_14_a_50_kb_word_in_a_word_list_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("a.txt"), GOOD).unwrap();
    fs::write(dir.path().join("b.txt"), GOOD).unwrap();
    let word = "ab".repeat(25_000);
    for rules in [
        format!("words w = \"killed\", \"{word}\"\nfact toll = quantity counting w\n"),
        format!("fact toll = quantity counting \"killed\" where sentence mentions \"{word}\"\n"),
    ] {
        let rules = rules + "rule toll-contradicts: toll consistent within document\n";
        fs::write(dir.path().join("w.rules"), rules).unwrap();
        let start = std::time::Instant::now();
        let out = claimlint(&["check", ".", "--rules", "w.rules"], dir.path());
        let stderr = stderr_of(&out);
        assert_eq!(out.status.code(), Some(2), "{stderr}");
        assert!(stderr.contains("claimlint::parse::long_word"), "{stderr}");
        assert!(stderr.contains("50000 bytes"), "{stderr}");
        assert!(start.elapsed().as_secs() < 30, "{:?}", start.elapsed());
    }
    // A long phrase under the cap is still a phrase.
    let phrase = "killed ".repeat(30);
    fs::write(
        dir.path().join("w.rules"),
        format!("words w = \"killed\", \"{}\"\nfact toll = quantity counting w\nrule toll-contradicts: toll consistent within document\n", phrase.trim()),
    )
    .unwrap();
    let (code, json, stderr) = check(dir.path(), "json", &["--rules", "w.rules"]);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(documents(&json), 2);
}

#[test]
fn issue_14_a_long_ignore_list_is_made_canonical_once() {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join("c")).unwrap();
    fs::create_dir(dir.path().join("quiet")).unwrap();
    let text =
        "The fighting has killed more than 14,000 people. Later the toll was 200 people killed.\n";
    for i in 0..50 {
        fs::write(dir.path().join(format!("c/{i}.txt")), text.repeat(20)).unwrap();
    }
    fs::write(dir.path().join("quiet/q.txt"), text).unwrap();
    let mut config = format!("rules: [{}]\nignore:\n", tolls());
    for i in 0..1_000 {
        config.push_str(&format!(
            "  - rule: death-toll-contradicts\n    paths: [nowhere{i}/, ../elsewhere{i}]\n"
        ));
    }
    config.push_str("  - rule: death-toll-contradicts\n    paths: [quiet/]\n");
    fs::write(dir.path().join("claimlint.yaml"), config).unwrap();
    let start = std::time::Instant::now();
    let out = claimlint(&["check", "c", "quiet", "--format", "json"], dir.path());
    let stderr = stderr_of(&out);
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["summary"]["documents"], 51, "{stderr}");
    let findings = report["findings"].as_array().unwrap();
    assert!(!findings.is_empty());
    assert!(
        findings
            .iter()
            .all(|f| !f["labels"][0]["path"].as_str().unwrap().contains("quiet")),
        "the ignored folder reports nothing"
    );
    assert!(start.elapsed().as_secs() < 30, "{:?}", start.elapsed());
}

#[test]
fn issue_14_the_same_file_named_twice_is_checked_once() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("a.txt"), GOOD).unwrap();
    fs::write(
        dir.path().join("c.rules"),
        "words killed = \"killed\"\nfact toll = quantity counting killed\n\
         rule toll-corroborated: toll corroborated by at least 2 sources\n",
    )
    .unwrap();
    let mut runs = vec![vec!["a.txt", "./a.txt"], vec!["a.txt", "a.txt", "."]];
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink("a.txt", dir.path().join("b.txt")).unwrap();
        runs.push(vec!["a.txt", "b.txt"]);
        runs.push(vec!["."]);
    }
    for paths in runs {
        let mut args = vec!["check", "--format", "json", "--rules", "c.rules"];
        args.extend(&paths);
        let out = claimlint(&args, dir.path());
        let stderr = stderr_of(&out);
        let json = String::from_utf8_lossy(&out.stdout);
        assert_eq!(documents(&json), 1, "{paths:?}: {stderr}");
        // One document cannot corroborate itself.
        let report: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(report["summary"]["findings"], 1, "{paths:?}");
    }
}

#[test]
fn issue_14_a_baseline_of_another_version_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("a.txt"), GOOD).unwrap();
    fs::write(
        dir.path().join("old.json"),
        r#"{"version": 2, "findings": [], "summary": {"documents": 0, "facts": 0, "findings": 0}}"#,
    )
    .unwrap();
    let out = claimlint(&["check", "a.txt", "--baseline", "old.json"], dir.path());
    let stderr = stderr_of(&out);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("claimlint::load::baseline"), "{stderr}");
    assert!(stderr.contains("version 2"), "{stderr}");
}

#[test]
fn issue_14_an_empty_body_marker_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("b.txt"), GOOD).unwrap();
    for key in ["body-from", "body-until"] {
        fs::write(
            dir.path().join("a.md"),
            format!("---\n{key}: \"\"\n---\n{GOOD}"),
        )
        .unwrap();
        let (code, json, stderr) = check(dir.path(), "json", &[]);
        assert_eq!(code, 2, "{stderr}");
        assert!(stderr.contains("claimlint::load::setting"), "{stderr}");
        assert!(stderr.contains(key), "{stderr}");
        assert_eq!(documents(&json), 1);
    }
}

#[test]
fn issue_14_lone_cr_files_have_lines_front_matter_and_suppressions() {
    let dir = tempfile::tempdir().unwrap();
    let text = "---\rtitle: Old Mac\rpublished: 2021-12-22\r---\rFirst line.\r\
                <!-- claimlint-disable-next-line death-toll-contradicts -- two counts on purpose -->\r\
                The fighting has killed more than 14,000 people. Later the toll was 200 people killed.\r\
                Another line.\rThe fighting has killed more than 14,000 people. Later the toll was 300 people killed.\r";
    fs::write(dir.path().join("mac.md"), text).unwrap();
    let out = claimlint(
        &[
            "check",
            "mac.md",
            "--format",
            "short",
            "--fail-on",
            "warning",
            "--rules",
            &tolls(),
        ],
        dir.path(),
    );
    let stderr = stderr_of(&out);
    let short = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    // Only the unsuppressed finding, on the ninth line.
    assert_eq!(short.lines().count(), 1, "{short}");
    assert!(short.starts_with("mac.md:9:"), "{short}");
    let out = claimlint(&["facts", "mac.md", "--format", "jsonl"], dir.path());
    let facts = String::from_utf8_lossy(&out.stdout);
    // The front matter (lines 1-4) is metadata, not text with facts (its date).
    assert!(facts.contains("\"line\":9,"), "{facts}");
    for line in 1..=4 {
        assert!(!facts.contains(&format!("\"line\":{line},")), "{facts}");
    }
}

#[cfg(unix)]
#[test]
fn issue_14_terminal_escapes_in_articles_and_file_names_are_neutralised() {
    use std::os::unix::ffi::OsStrExt;
    let dir = tempfile::tempdir().unwrap();
    let text = "\u{1b}[2J\u{1b}]52;c;ZXZpbA==\u{7}The fighting has killed more than 14,000 people.\u{9b}31m \
                Later\rthe toll was 200 people killed \u{202e}gnihtemos.\n";
    let name = std::ffi::OsStr::from_bytes(b"evil\x1b]0;owned\x07.txt");
    fs::write(dir.path().join(name), text).unwrap();
    fs::write(dir.path().join("good.txt"), GOOD).unwrap();
    for format in ["human", "short", "github"] {
        let (code, out, stderr) = check(dir.path(), format, &["--fail-on", "warning"]);
        assert_eq!(code, 1, "{format}: {stderr}");
        for bad in ['\u{1b}', '\u{7}', '\r', '\u{9b}', '\u{202e}'] {
            assert!(!out.contains(bad), "{format}: {bad:?} in {out:?}");
            assert!(!stderr.contains(bad), "{format}: {bad:?} in {stderr:?}");
        }
        assert!(out.contains("evil"), "{format}: {out}");
    }
    // A load error names the file without its escapes too.
    fs::write(dir.path().join(name), b"\xff").unwrap();
    let (code, _, stderr) = check(dir.path(), "json", &[]);
    assert_eq!(code, 2);
    assert!(stderr.contains("evil"), "{stderr}");
    assert!(
        !stderr.contains('\u{1b}') && !stderr.contains('\u{7}'),
        "{stderr:?}"
    );
}

#[cfg(unix)]
#[test]
fn issue_14_sarif_uris_are_percent_encoded() {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join("a b#c")).unwrap();
    fs::write(
        dir.path().join("a b#c/x?%.txt"),
        "The fighting has killed more than 14,000 people. Later the toll was 200 people killed.\n",
    )
    .unwrap();
    let (_, sarif, stderr) = check(dir.path(), "sarif", &[]);
    let sarif: serde_json::Value =
        serde_json::from_str(&sarif).unwrap_or_else(|_| panic!("{stderr}"));
    let uri = sarif["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        .as_str()
        .unwrap();
    assert_eq!(uri, "./a%20b%23c/x%3F%25.txt");
}

#[cfg(target_os = "linux")]
#[test]
fn issue_14_a_failed_write_to_standard_output_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("a.txt"), GOOD).unwrap();
    let full = fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_claimlint"))
        .args(["check", "a.txt"])
        .current_dir(dir.path())
        .stdout(full)
        .output()
        .unwrap();
    let stderr = stderr_of(&out);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("cannot write the report"), "{stderr}");
}

/// The configuration file `claimlint config` reports in `dir`.
fn config_used(dir: &Path) -> String {
    let out = claimlint(&["config"], dir);
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    stdout.lines().next().unwrap_or("").to_owned()
}

#[cfg(unix)]
#[test]
fn issue_14_configuration_discovery_stops_at_the_repository_and_distrusts_shared_folders() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let outer = dir.path();
    fs::write(
        outer.join("claimlint.yaml"),
        "off: [death-toll-contradicts]\n",
    )
    .unwrap();
    fs::create_dir_all(outer.join("repo/.git")).unwrap();
    fs::create_dir_all(outer.join("repo/sub")).unwrap();
    fs::write(outer.join("repo/sub/a.txt"), GOOD).unwrap();
    // Outside the repository's root: not used.
    assert!(
        config_used(&outer.join("repo/sub")).contains("no claimlint.yaml found"),
        "{}",
        config_used(&outer.join("repo/sub"))
    );
    // Inside it: used, and named.
    fs::write(outer.join("repo/claimlint.yaml"), "fail-on: warning\n").unwrap();
    let used = config_used(&outer.join("repo/sub"));
    assert!(used.ends_with("repo/claimlint.yaml"), "{used}");
    // A configuration anyone may write is passed over.
    fs::set_permissions(
        outer.join("repo/claimlint.yaml"),
        fs::Permissions::from_mode(0o666),
    )
    .unwrap();
    assert!(config_used(&outer.join("repo/sub")).contains("no claimlint.yaml found"));
    fs::remove_file(outer.join("repo/claimlint.yaml")).unwrap();
    // A world-writable folder owned by someone else (as /tmp is): passed over. Giving
    // a folder away needs root; elsewhere this part is skipped.
    let shared = outer.join("shared");
    fs::create_dir_all(shared.join("work")).unwrap();
    fs::write(
        shared.join("claimlint.yaml"),
        "off: [death-toll-contradicts]\n",
    )
    .unwrap();
    fs::set_permissions(&shared, fs::Permissions::from_mode(0o1777)).unwrap();
    if std::os::unix::fs::chown(&shared, Some(65_534), None).is_ok() {
        let used = config_used(&shared.join("work"));
        assert!(!used.contains("shared/claimlint.yaml"), "{used}");
    }
}

#[test]
fn issue_14_output_onto_an_input_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join("x")).unwrap();
    fs::write(dir.path().join("a.txt"), GOOD).unwrap();
    fs::write(dir.path().join("b.txt"), GOOD).unwrap();
    fs::write(dir.path().join("r.rules"), "words killed = \"killed\"\n").unwrap();
    let cases: [(&str, &[&str], &str); 4] = [
        ("", &["check", "a.txt", "--output", "a.txt"], "a.txt"),
        ("", &["check", ".", "--output", "./b.txt"], "b.txt"),
        (
            "x",
            &["check", "../a.txt", "--output", "../x/../a.txt"],
            "a.txt",
        ),
        (
            "",
            &[
                "check", "a.txt", "--rules", "r.rules", "--output", "r.rules",
            ],
            "r.rules",
        ),
    ];
    for (folder, args, victim) in cases {
        let before = fs::read(dir.path().join(victim)).unwrap();
        let out = claimlint(args, &dir.path().join(folder));
        let stderr = stderr_of(&out);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(stderr.contains("it is one of the inputs"), "{stderr}");
        assert_eq!(fs::read(dir.path().join(victim)).unwrap(), before);
    }
}

#[cfg(unix)]
#[test]
fn issue_14_output_through_a_link_or_onto_a_device_keeps_them() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("a.txt"), GOOD).unwrap();
    fs::create_dir(dir.path().join("out")).unwrap();
    fs::write(dir.path().join("out/report.json"), "old").unwrap();
    fs::set_permissions(
        dir.path().join("out/report.json"),
        fs::Permissions::from_mode(0o644),
    )
    .unwrap();
    std::os::unix::fs::symlink("out/report.json", dir.path().join("link.json")).unwrap();
    let out = claimlint(
        &[
            "check",
            "a.txt",
            "--format",
            "json",
            "--output",
            "link.json",
        ],
        dir.path(),
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let link = fs::symlink_metadata(dir.path().join("link.json")).unwrap();
    assert!(link.file_type().is_symlink(), "the link stays a link");
    let written = fs::read_to_string(dir.path().join("out/report.json")).unwrap();
    assert!(written.contains("\"version\": 1"), "{written}");
    let mode = fs::metadata(dir.path().join("out/report.json"))
        .unwrap()
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o644);
    // A new file gets 0666 less the umask, never the temporary file's 0600.
    let out = claimlint(
        &["check", "a.txt", "--format", "json", "--output", "new.json"],
        dir.path(),
    );
    assert_eq!(out.status.code(), Some(0));
    let mode = fs::metadata(dir.path().join("new.json"))
        .unwrap()
        .permissions()
        .mode();
    assert_ne!(mode & 0o777, 0o600, "{mode:o}");
    // /dev/null is written to, not renamed over.
    let out = claimlint(&["check", "a.txt", "--output", "/dev/null"], dir.path());
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let null = fs::metadata("/dev/null").unwrap();
    assert!(!null.is_file(), "/dev/null is still a device");
    // No temporary file is left behind.
    let left: Vec<_> = fs::read_dir(dir.path())
        .unwrap()
        .chain(fs::read_dir(dir.path().join("out")).unwrap())
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().contains(".tmp"))
        .collect();
    assert!(left.is_empty(), "{left:?}");
    // rules fmt on a link rewrites the file it names.
    fs::write(
        dir.path().join("real.rules"),
        "words   killed =  \"killed\"\n",
    )
    .unwrap();
    std::os::unix::fs::symlink("real.rules", dir.path().join("l.rules")).unwrap();
    let out = claimlint(&["rules", "fmt", "l.rules"], dir.path());
    assert!(
        matches!(out.status.code(), Some(0 | 1)),
        "{}",
        stderr_of(&out)
    );
    assert!(
        fs::symlink_metadata(dir.path().join("l.rules"))
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert_eq!(
        fs::read_to_string(dir.path().join("real.rules")).unwrap(),
        "words killed = \"killed\"\n"
    );
}

#[test]
fn issue_14_a_rule_across_sources_on_one_document_of_many_facts() {
    let dir = tempfile::tempdir().unwrap();
    let text: String = (0..10_000)
        .map(|i| {
            if i % 2 == 0 {
                "The fighting has killed more than 14,000 people.\n".to_owned()
            } else {
                format!("Officials said {} people were killed.\n", 1_000 + i)
            }
        })
        .collect();
    fs::write(dir.path().join("one.txt"), text).unwrap();
    fs::write(
        dir.path().join("two.txt"),
        "Officials said 500 people were killed.\n",
    )
    .unwrap();
    for rule in [
        "toll consistent across sources",
        "toll agree across sources within 5%",
    ] {
        fs::write(
            dir.path().join("k.rules"),
            format!(
                "words killed = \"killed\"\nfact toll = quantity counting killed\nrule k: {rule}\n"
            ),
        )
        .unwrap();
        let start = std::time::Instant::now();
        let (code, json, stderr) = check(
            dir.path(),
            "json",
            &["--rules", "k.rules", "--fail-on", "info"],
        );
        assert_eq!(code, 1, "{rule}: {stderr}");
        let report: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(report["summary"]["documents"], 2);
        // The lone figure of the other document is named against the first.
        let findings = report["findings"].as_array().unwrap();
        assert!(
            findings
                .iter()
                .any(|f| f["labels"][0]["path"].as_str().unwrap().contains("two.txt")),
            "{rule}"
        );
        assert!(
            start.elapsed().as_secs() < 60,
            "{rule}: {:?}",
            start.elapsed()
        );
    }
}

/// A run killed while writing its report (SIGKILL runs no clean-up) leaves its
/// temporary file; the next write into that folder removes it once it is stale, and
/// leaves a fresh one (another run's write in progress) and other files alone.
#[test]
fn issue_14_a_killed_runs_temporary_file_is_swept_by_the_next_write() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("a.txt"), GOOD).unwrap();
    let stale = dir.path().join(".claimlint-AbC123.tmp");
    let fresh = dir.path().join(".claimlint-XyZ789.tmp");
    let other = dir.path().join(".other-AbC123.tmp");
    for path in [&stale, &fresh, &other] {
        fs::write(path, "{\"half\": ").unwrap();
    }
    let an_hour_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
    for path in [&stale, &other] {
        fs::File::options()
            .write(true)
            .open(path)
            .unwrap()
            .set_modified(an_hour_ago)
            .unwrap();
    }
    let out = claimlint(
        &["check", "a.txt", "--format", "json", "--output", "r.json"],
        dir.path(),
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    assert!(dir.path().join("r.json").exists());
    assert!(!stale.exists(), "the stale temporary file is swept");
    assert!(fresh.exists(), "a write in progress is left alone");
    assert!(other.exists(), "another program's file is left alone");
}

/// An article of 10,000 one-word names with ages and no full name: whether a surname
/// is written after a first name elsewhere is read from the text once, not once a
/// figure (a search of the whole text for each age took minutes on such a file).
#[cfg(unix)]
#[test]
fn ages_of_one_word_names_read_the_text_once() {
    let dir = tempfile::tempdir().unwrap();
    let text: String = (0..10_000)
        .map(|i| {
            format!(
                "The court found Abc, {}, guilty, and the 23-year-old Abc left.\n\n",
                20 + i % 60
            )
        })
        .collect();
    fs::write(dir.path().join("a.txt"), text).unwrap();
    let out = claimlint_within(&["check", ".", "--format", "json"], dir.path(), 60);
    let stderr = stderr_of(&out);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert_eq!(documents(&String::from_utf8_lossy(&out.stdout)), 1);
}
