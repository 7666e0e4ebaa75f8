//! The editor's and the rule author's daily use, through the binary: the pre-commit
//! hook as pre-commit calls it, CMS front matter, paths, problems in machine formats,
//! choosing rules, man pages and the GitHub Action.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

mod common;

use std::fs;
use std::path::Path;
use std::process::{Command, Output};

use common::{claimlint, root};

/// A draft that disagrees with the seeds on the Donbas death toll.
const DRAFT: &str = "tests/fixtures/draft/draft.md";

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// Runs a pre-commit hook's `entry` as pre-commit does: the entry split into words,
/// then the hook's `args`, then the staged file names.
fn run_hook(entry: &str, args: &[&str], files: &[&str], dir: &Path) -> Output {
    let mut words = entry.split_whitespace();
    let program = words.next().unwrap();
    assert_eq!(program, "claimlint", "the hook runs the claimlint binary");
    Command::new(env!("CARGO_BIN_EXE_claimlint"))
        .args(words)
        .args(args)
        .args(files)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .output()
        .unwrap()
}

#[test]
fn the_pre_commit_hooks_run_as_pre_commit_calls_them() {
    let hooks: serde_yaml::Value =
        serde_yaml::from_str(&fs::read_to_string(root().join(".pre-commit-hooks.yaml")).unwrap())
            .unwrap();
    let hooks = hooks.as_sequence().unwrap();
    let languages: Vec<&str> = hooks
        .iter()
        .map(|h| h["language"].as_str().unwrap())
        .collect();
    assert!(languages.contains(&"rust"), "{languages:?}");
    assert!(languages.contains(&"system"), "{languages:?}");
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join("drafts")).unwrap();
    fs::copy(root().join(DRAFT), dir.path().join("drafts/draft.md")).unwrap();
    fs::write(
        dir.path().join("drafts/clean.md"),
        "---\npublished: 2021-12-28\nrole: draft\n---\nTalks are planned.\n",
    )
    .unwrap();
    let seeds = root().join("seeds");
    let seeds = seeds.to_str().unwrap();
    let staged = ["drafts/draft.md", "drafts/clean.md"];
    for hook in hooks {
        let entry = hook["entry"].as_str().unwrap();
        // The documented args, then the staged names appended after them.
        let out = run_hook(
            entry,
            &["--sources", seeds, "--format", "short"],
            &staged,
            dir.path(),
        );
        assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
        let report = stdout(&out);
        assert!(report.contains("drafts/draft.md:9:"), "{report}");
        assert!(report.contains("death-toll-disagrees"), "{report}");
        // Sources from claimlint.yaml: no args at all.
        fs::write(
            dir.path().join("claimlint.yaml"),
            format!("sources: [{seeds}]\n"),
        )
        .unwrap();
        let out = run_hook(entry, &[], &staged, dir.path());
        assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
        fs::remove_file(dir.path().join("claimlint.yaml")).unwrap();
        // A clean file alone passes.
        let out = run_hook(entry, &["--sources", seeds], &staged[1..], dir.path());
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    }
}

#[test]
fn sources_take_one_value_per_flag() {
    let out = claimlint(
        &["check", "--sources", "seeds", DRAFT, "--format", "json"],
        &root(),
    );
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["summary"]["findings"], 2, "{report}");
}
