//! The rule author's workflow as a user runs it: `rules check`, `rules fmt`, `rules
//! list`, `explain` and `test`, with their exit codes; the shipped rules' docs; the
//! formatter's idempotence on every rule file in the repository.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

mod common;

use std::fs;
use std::path::Path;

use claimlint::parse::{self, format};
use claimlint::source::{SourceFile, SourceMap};

use common::claimlint;

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Copies a folder recursively.
fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), target).unwrap();
        }
    }
}

#[test]
fn every_shipped_rule_has_a_what_why_example_doc() {
    let mut sources = SourceMap::new();
    let ids: Vec<_> = parse::EMBEDDED
        .iter()
        .map(|(name, text)| sources.add(*name, *text))
        .collect();
    let set = parse::rule_files(&mut sources, &ids).unwrap();
    assert!(!set.rules.is_empty());
    for rule in &set.rules {
        let doc = rule
            .doc
            .as_deref()
            .unwrap_or_else(|| panic!("`{}` has no doc comment", rule.id.name));
        for part in ["What:", "Why:", "Example:"] {
            assert!(
                doc.lines().any(|l| l.starts_with(part)),
                "the doc of `{}` has no `{part}` line",
                rule.id.name
            );
        }
    }
}

#[test]
fn explain_works_for_every_shipped_rule() {
    let root = common::root();
    let list = claimlint(&["rules", "list"], &root);
    assert_eq!(list.status.code(), Some(0), "{}", text(&list.stderr));
    let listed = text(&list.stdout);
    common::settings().bind(|| insta::assert_snapshot!("rules_list", listed));
    for line in listed.lines() {
        let id = line.split_whitespace().next().unwrap();
        let out = claimlint(&["explain", id], &root);
        assert_eq!(out.status.code(), Some(0), "{id}: {}", text(&out.stderr));
        let stdout = text(&out.stdout);
        assert!(stdout.contains("What:"), "{stdout}");
        assert!(stdout.contains("Checks:"), "{stdout}");
    }
    let out = claimlint(&["explain", "toll-disagrees-across-sources"], &root);
    common::settings().bind(|| insta::assert_snapshot!(text(&out.stdout)));
}

#[test]
fn explain_of_an_unknown_rule_suggests_the_nearest() {
    let out = claimlint(&["explain", "death-toll-contradict"], &common::root());
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("did you mean `death-toll-contradicts`?"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn the_shipped_rule_files_check_clean_and_are_formatted() {
    let root = common::root();
    let out = claimlint(
        &[
            "rules",
            "check",
            "rules/default.rules",
            "rules/ukraine-2021.rules",
        ],
        &root,
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(text(&out.stderr), "");
    let out = claimlint(
        &[
            "rules",
            "fmt",
            "--check",
            "rules/default.rules",
            "rules/ukraine-2021.rules",
        ],
        &root,
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stdout));
}

#[test]
fn fmt_is_idempotent_on_every_rule_file_that_parses() {
    let root = common::root();
    let mut files: Vec<_> = fs::read_dir(root.join("rules"))
        .unwrap()
        .chain(fs::read_dir(root.join("tests/fixtures/parse_errors")).unwrap())
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "rules"))
        .collect();
    files.sort();
    let mut formatted = 0;
    for path in &files {
        let file = SourceFile::new(
            path.display().to_string(),
            fs::read_to_string(path).unwrap(),
        );
        let Ok(once) = format::format(&file) else {
            continue;
        };
        let twice = format::format(&SourceFile::new("again", once.clone())).unwrap();
        assert_eq!(once, twice, "{} formats differently twice", path.display());
        // Formatting keeps every comment.
        let comments = |t: &str| {
            t.lines()
                .filter(|l| l.trim_start().starts_with('#'))
                .count()
        };
        assert!(
            comments(&once) >= comments(&file.text),
            "{} lost comments",
            path.display()
        );
        formatted += 1;
    }
    assert!(formatted > 30, "only {formatted} files parsed");
}

#[test]
fn fmt_check_exits_1_and_fmt_rewrites() {
    let dir = tempfile::tempdir().unwrap();
    let messy = "# toll\nwords killed=\"killed\",\"dead\"\nfact toll = quantity counting killed # the toll\nrule toll-agrees : toll agree across sources within 5 % severity error\n";
    fs::write(dir.path().join("a.rules"), messy).unwrap();
    let out = claimlint(&["rules", "fmt", "--check", "a.rules"], dir.path());
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(text(&out.stdout), "not formatted: a.rules\n");
    assert_eq!(
        fs::read_to_string(dir.path().join("a.rules")).unwrap(),
        messy
    );

    let out = claimlint(&["rules", "fmt", "a.rules"], dir.path());
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let formatted = fs::read_to_string(dir.path().join("a.rules")).unwrap();
    insta::assert_snapshot!(formatted, @r#"
    # toll
    words killed = "killed", "dead"

    fact toll = quantity
        counting killed # the toll

    rule toll-agrees: toll agree across sources within 5%
        severity error
    "#);
    // No temporary file is left beside it.
    assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
    let out = claimlint(&["rules", "fmt", "--check", "a.rules"], dir.path());
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn fmt_of_a_file_that_does_not_parse_exits_2() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("bad.rules"),
        "fact toll = quantity counting\n",
    )
    .unwrap();
    let out = claimlint(&["rules", "fmt", "bad.rules"], dir.path());
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("bad.rules"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn rules_check_exits_2_on_errors_and_0_on_warnings() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("warn.rules"),
        "words unused = \"x\"\nfact toll = quantity counting \"killed\"\nrule toll-contradicts: toll consistent within document\n",
    )
    .unwrap();
    let out = claimlint(&["rules", "check", "warn.rules"], dir.path());
    assert_eq!(out.status.code(), Some(0));
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains("word list `unused` is never used"),
        "{stderr}"
    );

    fs::write(
        dir.path().join("bad.rules"),
        "fact toll = time near \"talks\"\nrule toll-agrees: toll agree across sources within 5%\n",
    )
    .unwrap();
    let out = claimlint(&["rules", "check", "bad.rules"], dir.path());
    assert_eq!(out.status.code(), Some(2));
    common::settings().bind(|| insta::assert_snapshot!(text(&out.stderr)));
}

#[test]
fn imports_share_lists_and_facts_relative_to_the_importing_file() {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join("lib")).unwrap();
    fs::write(
        dir.path().join("lib/common.rules"),
        "words killed = \"killed\", \"dead\"\nfact toll = quantity counting killed\n",
    )
    .unwrap();
    fs::write(
        dir.path().join("story.rules"),
        "use \"lib/common.rules\"\nfact donbas = quantity counting killed where sentence mentions \"Donbas\"\nrule toll-agrees: toll agree across sources within 5%\nrule donbas-agrees: donbas agree across sources within 5%\n",
    )
    .unwrap();
    let out = claimlint(&["rules", "list", "story.rules"], dir.path());
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(text(&out.stderr), "", "`killed` is used by the importer");
    let ids: Vec<String> = text(&out.stdout)
        .lines()
        .map(|l| l.split_whitespace().next().unwrap().to_owned())
        .collect();
    assert_eq!(ids, ["toll-agrees", "donbas-agrees"]);
}

#[test]
fn the_shipped_rules_pass_their_fixtures() {
    let out = claimlint(&["test", "rules"], &common::root());
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{stdout}{}", text(&out.stderr));
    assert!(!stdout.contains("FAIL"), "{stdout}");
    // The change-over-time pair from the seeds' death toll: the reverse is reported.
    assert!(
        stdout.contains("PASS rules/ukraine-2021.tests/death-toll-falls-over-time"),
        "{stdout}"
    );
}

#[test]
fn deleting_a_flagged_line_fails_with_a_readable_report() {
    let dir = tempfile::tempdir().unwrap();
    let rules = dir.path().join("rules");
    copy_dir(&common::root().join("rules"), &rules);
    let article = rules.join("ukraine-2021.tests/troop-buildup-contradicts/wire.md");
    let kept: Vec<String> = fs::read_to_string(&article)
        .unwrap()
        .lines()
        .filter(|l| !l.contains("100,000"))
        .map(str::to_owned)
        .collect();
    fs::write(&article, kept.join("\n")).unwrap();
    let out = claimlint(&["test", "rules"], dir.path());
    assert_eq!(out.status.code(), Some(1));
    let stdout = text(&out.stdout);
    assert!(
        stdout.contains("FAIL rules/ukraine-2021.tests/troop-buildup-contradicts"),
        "{stdout}"
    );
    let report: String = stdout
        .lines()
        .skip_while(|l| !l.starts_with("FAIL"))
        .take_while(|l| !l.starts_with("PASS") && !l.starts_with("SILENT"))
        .collect::<Vec<_>>()
        .join("\n");
    common::settings().bind(|| insta::assert_snapshot!(report));
}

#[test]
fn an_unexpected_finding_fails_the_case() {
    let dir = tempfile::tempdir().unwrap();
    let rules = dir.path().join("rules");
    copy_dir(&common::root().join("rules"), &rules);
    let article = rules.join("default.tests/death-toll-contradicts/quake.md");
    let changed = fs::read_to_string(&article).unwrap().replace(
        "<!-- expect: death-toll-contradicts -->",
        "<!-- ok: death-toll-contradicts -->",
    );
    fs::write(&article, changed).unwrap();
    let out = claimlint(&["test", "rules"], dir.path());
    assert_eq!(out.status.code(), Some(1));
    let stdout = text(&out.stdout);
    assert!(
        stdout.contains("unexpected finding on a line marked `ok:`"),
        "{stdout}"
    );
}

#[test]
fn snapshot_mode_writes_insta_files_and_flags_changes() {
    let dir = tempfile::tempdir().unwrap();
    let rules = dir.path().join("rules");
    copy_dir(&common::root().join("rules"), &rules);
    let out = claimlint(&["test", "rules", "--snapshot"], dir.path());
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stdout));
    let snap = rules.join("snapshots/ukraine-2021__troop-buildup-contradicts.snap");
    let written = fs::read_to_string(&snap).unwrap();
    assert!(
        written.starts_with(
            "---\nsource: rules/ukraine-2021.rules\nexpression: rules/ukraine-2021.tests/troop-buildup-contradicts\n---\n"
        ),
        "{written}"
    );
    assert!(written.contains("more than 100,000"), "{written}");
    // The summary counts every fact read, though the check let them go.
    assert!(!written.contains(", 0 facts"), "{written}");
    assert!(written.contains(" facts"), "{written}");
    // A second run matches.
    let out = claimlint(&["test", "rules", "--snapshot"], dir.path());
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stdout));
    // A changed snapshot is written beside it as `.snap.new` and fails.
    fs::write(
        &snap,
        written.replace("more than 100,000", "more than 90,000"),
    )
    .unwrap();
    let out = claimlint(&["test", "rules", "--snapshot"], dir.path());
    assert_eq!(out.status.code(), Some(1));
    assert!(snap.with_extension("snap.new").is_file());
}
