//! The binary as a user runs it: exit codes, and a clear diagnostic for every bad input.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

mod common;

use std::fs;
use std::path::Path;
use std::process::Command;

use common::claimlint;

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

/// Checks one article beside a `sources.yaml` with this text.
fn check_with_manifest(yaml: &str) -> (i32, String) {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("a.txt"), ARTICLE).unwrap();
    fs::write(dir.path().join("sources.yaml"), yaml).unwrap();
    run_err(&["check", "."], dir.path())
}

#[test]
fn a_malformed_manifest_points_at_the_line() {
    let (code, stderr) =
        check_with_manifest("documents:\n  a.txt:\n    outlet: Wire\n    publishd: 2021-12-22\n");
    assert_eq!(code, 2);
    assert!(stderr.contains("sources.yaml:4:5"), "{stderr}");
    common::settings().bind(|| insta::assert_snapshot!(stderr));
}

#[test]
fn a_manifest_that_is_not_yaml_points_at_the_line() {
    let (code, stderr) =
        check_with_manifest("documents:\n  a.txt:\n    outlet: [Wire\n    published: 2021-12-22\n");
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
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.starts_with("no findings in 1 document"), "{stdout}");
}

/// Copies `seeds/` into a temp folder, applies one replacement to one seed, and runs
/// `check --format json` on the copy.
fn check_mutated_seeds(file: &str, from: &str, to: &str) -> (i32, serde_json::Value) {
    let dir = tempfile::tempdir().unwrap();
    let seeds = dir.path().join("seeds");
    fs::create_dir(&seeds).unwrap();
    for entry in fs::read_dir(common::root().join("seeds")).unwrap() {
        let entry = entry.unwrap();
        fs::copy(entry.path(), seeds.join(entry.file_name())).unwrap();
    }
    let target = seeds.join(file);
    let text = fs::read_to_string(&target).unwrap();
    assert_eq!(text.matches(from).count(), 1, "`{from}` once in {file}");
    fs::write(&target, text.replace(from, to)).unwrap();
    let out = claimlint(&["check", "seeds", "--format", "json"], dir.path());
    let report = serde_json::from_slice(&out.stdout).unwrap();
    (out.status.code().unwrap_or(-1), report)
}

/// The findings of one rule in a JSON report.
fn findings_of<'a>(report: &'a serde_json::Value, rule: &str) -> Vec<&'a serde_json::Value> {
    report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["rule"] == rule)
        .collect()
}

/// Runs `check` on a changed copy of the seeds and returns the one finding of `rule`,
/// its labels as (file name, text) pairs, sorted.
fn one_finding_on_mutated_seeds(
    file: &str,
    from: &str,
    to: &str,
    rule: &str,
) -> Vec<(String, String)> {
    let (code, report) = check_mutated_seeds(file, from, to);
    assert_eq!(code, 1);
    let found = findings_of(&report, rule);
    assert_eq!(found.len(), 1, "{report:#}");
    let mut labels: Vec<(String, String)> = labels(found[0])
        .into_iter()
        .map(|(f, t, _)| (f, t))
        .collect();
    labels.sort();
    labels
}

/// The labels of a finding as (file name, text, primary).
fn labels(finding: &serde_json::Value) -> Vec<(String, String, bool)> {
    finding["labels"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| {
            let path = l["path"].as_str().unwrap();
            let name = Path::new(path)
                .file_name()
                .unwrap()
                .to_string_lossy()
                .into_owned();
            (
                name,
                l["text"].as_str().unwrap().to_owned(),
                l["primary"].as_bool().unwrap(),
            )
        })
        .collect()
}

fn pairs(items: &[(&str, &str)]) -> Vec<(String, String)> {
    items
        .iter()
        .map(|&(f, t)| (f.to_owned(), t.to_owned()))
        .collect()
}

#[test]
fn a_raised_death_toll_in_000_is_reported_against_002() {
    let labels = one_finding_on_mutated_seeds(
        "000_861de67a3d0b5135.txt",
        "killed more than 14,000 people",
        "killed more than 19,000 people",
        "toll-disagrees-across-sources",
    );
    assert_eq!(
        labels,
        pairs(&[
            ("000_861de67a3d0b5135.txt", "more than 19,000"),
            ("002_871e41fac1f90a4e.txt", "more than 14,000"),
        ])
    );
}

#[test]
fn a_lowered_death_toll_in_002_is_reported_against_000() {
    let labels = one_finding_on_mutated_seeds(
        "002_871e41fac1f90a4e.txt",
        "killed more than 14,000 people",
        "killed about 9,000 people",
        "toll-disagrees-across-sources",
    );
    assert_eq!(
        labels,
        pairs(&[
            ("000_861de67a3d0b5135.txt", "more than 14,000"),
            ("002_871e41fac1f90a4e.txt", "about 9,000"),
        ])
    );
}

#[test]
fn the_seeds_report_the_troop_conflict_in_004_and_no_death_toll() {
    let dir = common::root();
    let out = claimlint(&["check", "seeds", "--format", "json"], &dir);
    assert_eq!(out.status.code(), Some(1));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(
        findings_of(&report, "toll-disagrees-across-sources").is_empty(),
        "{report:#}"
    );
    let troops: Vec<_> = findings_of(&report, "steady-figure-contradicts-within-document");
    assert_eq!(troops.len(), 1, "{report:#}");
    let mut labels = labels(troops[0]);
    labels.sort();
    assert_eq!(
        labels,
        [
            (
                "004_745df1fde515d6eb.txt".to_owned(),
                "Tens of thousands".to_owned(),
                false
            ),
            (
                "004_745df1fde515d6eb.txt".to_owned(),
                "more than 100,000".to_owned(),
                true
            ),
        ]
    );
    // The drill's "About 1,000 troops" in 002 is not part of any troop finding.
    let text = serde_json::to_string(&report).unwrap();
    assert!(!text.contains("About 1,000"), "{report:#}");
}

#[test]
fn a_moved_nato_meeting_in_002_is_reported_against_004() {
    let (code, report) = check_mutated_seeds(
        "002_871e41fac1f90a4e.txt",
        "talks on Moscow’s security concerns on January 12",
        "talks on Moscow’s security concerns on January 19",
    );
    assert_eq!(code, 1);
    let found: Vec<_> = findings_of(&report, "event-date-disagrees");
    assert_eq!(found.len(), 1, "{report:#}");
    let labels = labels(found[0]);
    assert_eq!(
        labels[0],
        (
            "002_871e41fac1f90a4e.txt".to_owned(),
            "January 19".to_owned(),
            true
        )
    );
    assert!(
        labels.contains(&(
            "004_745df1fde515d6eb.txt".to_owned(),
            "last week".to_owned(),
            false
        )),
        "{labels:?}"
    );
}

#[test]
fn the_unchanged_seeds_agree_on_the_talks_timeline() {
    let out = claimlint(&["check", "seeds", "--format", "json"], &common::root());
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let timeline = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| {
            f["rule"] == "event-date-disagrees"
                || f["rule"] == "event-date-contradicts-within-document"
        })
        .count();
    assert_eq!(timeline, 0, "{report:#}");
}

#[test]
fn an_article_with_no_date_leaves_relative_times_unresolved_and_says_how_to_fix_it() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("a.txt"),
        "Talks will begin next month, officials said on Tuesday.\n",
    )
    .unwrap();
    let out = claimlint(&["facts", "a.txt", "--format", "jsonl"], dir.path());
    assert_eq!(out.status.code(), Some(0));
    let stdout = String::from_utf8_lossy(&out.stdout);
    let lines: Vec<serde_json::Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2, "{stdout}");
    for line in &lines {
        let why = line["value"]["unresolved"].as_str().unwrap();
        assert!(why.contains("--date"), "{why}");
        assert!(line["published"]["date"].is_null());
    }
    // With --date, the same text resolves.
    let out = claimlint(
        &[
            "facts",
            "a.txt",
            "--format",
            "jsonl",
            "--date",
            "2021-12-22",
        ],
        dir.path(),
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains(r#""start":"2022-01-01","end":"2022-02-01""#),
        "{stdout}"
    );
    assert!(stdout.contains(r#""from":"flag""#), "{stdout}");
}

#[test]
fn a_wrong_weekday_beside_a_date_fires_the_default_weekday_rule() {
    // No seed writes a weekday beside a date, so the copy gains one: January 12, 2022
    // was a Wednesday.
    let (code, report) = check_mutated_seeds(
        "002_871e41fac1f90a4e.txt",
        "security concerns on January 12",
        "security concerns on Monday, January 12",
    );
    assert_eq!(code, 1);
    let found: Vec<_> = findings_of(&report, "weekday-mismatch");
    assert_eq!(found.len(), 1, "{report:#}");
    let texts: Vec<&str> = found[0]["labels"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["text"].as_str().unwrap())
        .collect();
    assert_eq!(texts, ["January 12", "Monday"]);
    // The right weekday is no finding.
    let (_, report) = check_mutated_seeds(
        "002_871e41fac1f90a4e.txt",
        "security concerns on January 12",
        "security concerns on Wednesday, January 12",
    );
    assert!(
        !report["findings"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["rule"] == "weekday-mismatch"),
        "{report:#}"
    );
}

const CONTRADICTION: &str = "---\npublished: 2021-12-22\n---\n\
The fighting has killed more than 300 people.\n\n\
By evening, about 150 people had died in the fighting.\n";

fn write_contradiction(dir: &Path) {
    fs::write(dir.join("a.md"), CONTRADICTION).unwrap();
}

#[test]
fn the_configuration_turns_rules_off_regrades_them_and_sets_the_failing_severity() {
    let dir = tempfile::tempdir().unwrap();
    write_contradiction(dir.path());
    // Without configuration: a warning, exit 0.
    let out = claimlint(&["check", "a.md", "--format", "short"], dir.path());
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stdout).contains("warning[death-toll-contradicts]"));
    // Re-graded to error: exit 1.
    fs::write(
        dir.path().join("claimlint.yaml"),
        "severity: { death-toll-contradicts: error }\n",
    )
    .unwrap();
    let out = claimlint(&["check", "a.md", "--format", "short"], dir.path());
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stdout).contains("error[death-toll-contradicts]"));
    // fail-on warning from the file, found from a subfolder.
    fs::create_dir(dir.path().join("sub")).unwrap();
    fs::write(dir.path().join("claimlint.yaml"), "fail-on: warning\n").unwrap();
    let out = claimlint(&["check", "../a.md"], &dir.path().join("sub"));
    assert_eq!(out.status.code(), Some(1));
    // Turned off.
    fs::write(
        dir.path().join("claimlint.yaml"),
        "off: [death-toll-contradicts]\n",
    )
    .unwrap();
    let out = claimlint(&["check", "a.md", "--format", "short"], dir.path());
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stdout).is_empty());
    // `claimlint config` prints what is in force.
    let out = claimlint(&["config"], dir.path());
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("- death-toll-contradicts"), "{text}");
}

#[test]
fn a_bad_configuration_points_at_the_line_and_an_unknown_rule_suggests_one() {
    let dir = tempfile::tempdir().unwrap();
    write_contradiction(dir.path());
    fs::write(
        dir.path().join("claimlint.yaml"),
        "fail-on: error\nof: [x]\n",
    )
    .unwrap();
    let (code, stderr) = run_err(&["check", "a.md"], dir.path());
    assert_eq!(code, 2);
    assert!(stderr.contains("claimlint.yaml:2:1"), "{stderr}");
    assert!(stderr.contains("unknown field `of`"), "{stderr}");
    fs::write(
        dir.path().join("claimlint.yaml"),
        "off: [death-tol-contradicts]\n",
    )
    .unwrap();
    let (code, stderr) = run_err(&["check", "a.md"], dir.path());
    assert_eq!(code, 2);
    assert!(
        stderr.contains("did you mean `death-toll-contradicts`?"),
        "{stderr}"
    );
}

#[test]
fn a_suppression_needs_a_reason_and_then_silences_the_next_line() {
    let dir = tempfile::tempdir().unwrap();
    let suppressed = CONTRADICTION.replace(
        "By evening,",
        "<!-- claimlint-disable-next-line death-toll-contradicts -- a later count -->\nBy evening,",
    );
    fs::write(dir.path().join("a.md"), &suppressed).unwrap();
    let out = claimlint(&["check", "a.md", "--format", "short"], dir.path());
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stdout).is_empty());
    fs::write(
        dir.path().join("a.md"),
        suppressed.replace(" -- a later count", ""),
    )
    .unwrap();
    let (code, stderr) = run_err(&["check", "a.md"], dir.path());
    assert_eq!(code, 2);
    assert!(stderr.contains("needs a rule id and a reason"), "{stderr}");
}

#[test]
fn a_baseline_hides_what_was_already_reported() {
    let dir = tempfile::tempdir().unwrap();
    write_contradiction(dir.path());
    let out = claimlint(
        &[
            "check",
            "a.md",
            "--format",
            "json",
            "--output",
            "baseline.json",
        ],
        dir.path(),
    );
    assert_eq!(out.status.code(), Some(0));
    assert!(
        out.stdout.is_empty(),
        "--output writes the file, not stdout"
    );
    let out = claimlint(
        &[
            "check",
            "a.md",
            "--format",
            "short",
            "--baseline",
            "baseline.json",
        ],
        dir.path(),
    );
    assert!(String::from_utf8_lossy(&out.stdout).is_empty());
    // A new finding is still reported.
    fs::write(
        dir.path().join("a.md"),
        format!("{CONTRADICTION}\nLater that night, about 200 people had died.\n"),
    )
    .unwrap();
    let out = claimlint(
        &[
            "check",
            "a.md",
            "--format",
            "short",
            "--baseline",
            "baseline.json",
        ],
        dir.path(),
    );
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(text.lines().count(), 1, "{text}");
    assert!(text.contains("about 200"), "{text}");
    // A baseline that is not a report is an error.
    fs::write(dir.path().join("bad.json"), "[1, 2]").unwrap();
    let (code, stderr) = run_err(&["check", "a.md", "--baseline", "bad.json"], dir.path());
    assert_eq!(code, 2);
    assert!(stderr.contains("not a claimlint JSON report"), "{stderr}");
}

#[test]
fn standard_input_is_linted_under_the_name_given() {
    use std::io::Write as _;
    let dir = tempfile::tempdir().unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_claimlint"))
        .args([
            "check",
            "--stdin",
            "--stdin-path",
            "draft.md",
            "--format",
            "short",
        ])
        .current_dir(dir.path())
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(CONTRADICTION.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.starts_with("draft.md:6:13: warning[death-toll-contradicts]"),
        "{text}"
    );
}

#[test]
fn completions_and_the_man_page_come_from_the_command_line_definition() {
    let dir = tempfile::tempdir().unwrap();
    let out = claimlint(&["completions", "bash"], dir.path());
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stdout).contains("--fail-on"));
    let out = claimlint(&["man"], dir.path());
    let man = String::from_utf8_lossy(&out.stdout);
    assert!(man.contains(".TH claimlint"), "{man}");
    assert!(man.contains("check"), "{man}");
}

#[test]
fn human_output_has_no_colour_when_no_color_is_set() {
    let dir = tempfile::tempdir().unwrap();
    write_contradiction(dir.path());
    let out = claimlint(&["check", "a.md"], dir.path());
    assert!(!out.stdout.contains(&0x1b), "no escape codes");
}

#[test]
fn front_matter_can_mark_the_article_body() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("a.md"),
        "---\nbody-from: \"KYIV –\"\nbody-until: \"More from our site\"\n---\n\
         Site banner: 2,000 readers online now.\n\n\
         KYIV – The fighting has killed more than 14,000 people.\n\n\
         More from our site\n\nOur 5,000 subscribers love it.\n",
    )
    .unwrap();
    let out = claimlint(&["facts", "a.md", "--format", "jsonl"], dir.path());
    let text = String::from_utf8_lossy(&out.stdout);
    let figures: Vec<&str> = text
        .lines()
        .filter(|l| l.contains(r#""kind":"quantity""#))
        .collect();
    assert_eq!(figures.len(), 1, "{text}");
    assert!(figures[0].contains("more than 14,000"), "{text}");
    // A marker that is not in the text is an error, not a silent full read.
    fs::write(
        dir.path().join("b.md"),
        "---\nbody-from: \"LONDON –\"\n---\nKYIV – More than 14,000 people died.\n",
    )
    .unwrap();
    let (code, stderr) = run_err(&["facts", "b.md"], dir.path());
    assert_eq!(code, 2);
    assert!(
        stderr.contains("`body-from` text `LONDON –` is not in the article"),
        "{stderr}"
    );
}

#[test]
fn facts_with_rules_says_which_declarations_select_each_fact() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("a.txt"),
        "The earthquake killed more than 5,000 people in Turkey, officials said on Tuesday.\n\
         About 1,000 troops took part in the drill.\n",
    )
    .unwrap();
    fs::write(
        dir.path().join("my.rules"),
        "use \"default.rules\"\n\
         fact drill_troops = quantity where measure is \"troops\"\n\
         rule drill-troops-agree: drill_troops consistent within document\n",
    )
    .unwrap();
    let args = [
        "facts",
        "a.txt",
        "--date",
        "2023-02-07",
        "--rules",
        "my.rules",
    ];
    let out = claimlint(&args, dir.path());
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let table = String::from_utf8_lossy(&out.stdout);
    // A line per declaration, with the rules that read it (only the given file's rules
    // run, not those of the file it uses); a column per fact.
    let words: Vec<String> = table
        .lines()
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect();
    for line in [
        "fact drill_troops 1 fact read by drill-troops-agree",
        "fact death_count 1 fact read by no rule",
    ] {
        assert!(words.iter().any(|w| w == line), "{line} in {table}");
    }
    let header = table.lines().find(|l| l.starts_with("LOCATION")).unwrap();
    assert!(header.ends_with("SELECTED BY"), "{header}");
    let troops = table.lines().find(|l| l.contains("1,000")).unwrap();
    assert!(troops.ends_with("drill_troops, steady_figure"), "{troops}");
    // "…, officials said on Tuesday": the day the count was given.
    let tuesday = table.lines().find(|l| l.contains("Tuesday")).unwrap();
    assert!(tuesday.ends_with("stated_time, count_date"), "{tuesday}");
    // A fact no declaration selects: a dash.
    fs::write(
        dir.path().join("own.rules"),
        "fact drill_troops = quantity where measure is \"troops\"\n\
         rule drill-troops-agree: drill_troops consistent within document\n",
    )
    .unwrap();
    let out = claimlint(&["facts", "a.txt", "--rules", "own.rules"], dir.path());
    let table = String::from_utf8_lossy(&out.stdout);
    let turkey = table.lines().find(|l| l.contains("Turkey ")).unwrap();
    assert!(turkey.ends_with(" -"), "{turkey}");

    // The same as JSON lines, and the built-in rules by name.
    let mut args = args.to_vec();
    args.extend(["--format", "jsonl", "--rules", "default"]);
    let out = claimlint(&args, dir.path());
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let selected: Vec<(String, Vec<String>)> = stdout
        .lines()
        .map(|l| {
            let line: serde_json::Value = serde_json::from_str(l).unwrap();
            let names = line["selected_by"].as_array().unwrap();
            (
                line["text"].as_str().unwrap().to_owned(),
                names
                    .iter()
                    .map(|n| n.as_str().unwrap().to_owned())
                    .collect(),
            )
        })
        .collect();
    let of = |text: &str| {
        &selected
            .iter()
            .find(|(t, _)| t.contains(text))
            .unwrap_or_else(|| panic!("{text} in {selected:?}"))
            .1
    };
    assert!(
        of("5,000").contains(&"death_count".to_owned()),
        "{selected:?}"
    );
    assert!(
        of("1,000").contains(&"drill_troops".to_owned()),
        "{selected:?}"
    );
    assert!(
        of("Tuesday").contains(&"stated_time".to_owned()),
        "{selected:?}"
    );

    // Without --rules, nothing changes: no column, no key.
    let out = claimlint(&["facts", "a.txt", "--format", "jsonl"], dir.path());
    assert!(!String::from_utf8_lossy(&out.stdout).contains("selected_by"));

    // A rule file that does not parse is a diagnostic and exit code 2.
    fs::write(dir.path().join("bad.rules"), "fact = quantity\n").unwrap();
    let out = claimlint(&["facts", "a.txt", "--rules", "bad.rules"], dir.path());
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    assert!(out.stdout.is_empty());
}

/// Two dates of one event joined through what an article is about (one sentence names
/// no place or party) are a weak match: a warning, never an error; dates whose
/// sentences both name their participants stay an error.
#[test]
fn a_date_joined_without_a_place_is_a_warning_not_an_error() {
    let severities = |fixture: &str| -> Vec<String> {
        let path = format!("rules/default.tests/{fixture}");
        let out = claimlint(&["check", &path, "--format", "json"], &common::root());
        let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        report["findings"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|f| f["rule"] == "event-date-disagrees")
            .map(|f| f["severity"].as_str().unwrap_or_default().to_owned())
            .collect()
    };
    let weak = severities("event-with-no-place");
    assert!(
        !weak.is_empty() && weak.iter().all(|s| s == "warning"),
        "{weak:?}"
    );
    let strong = severities("event-date-disagrees");
    assert!(strong.iter().any(|s| s == "error"), "{strong:?}");
}

/// Two facts written alike but read apart ("announced Tuesday" in two articles published
/// a week apart) say in the message what each was read as: "Tuesday here but Tuesday
/// in b.md" would say nothing.
#[test]
fn a_message_says_what_two_facts_written_alike_were_read_as() {
    let dir = tempfile::tempdir().unwrap();
    let article = |published: &str, rest: &str| {
        format!(
            "---\ntitle: \"Norvale and Dremont\"\npublished: {published}\n---\nThe Norvale \
             Shipping Company announced Tuesday that its acquisition of Dremont Freight {rest}\n"
        )
    };
    fs::write(
        dir.path().join("a.md"),
        article("2024-06-12", "is expected to close on June 20."),
    )
    .unwrap();
    fs::write(
        dir.path().join("b.md"),
        article("2024-06-19", "will become effective on Thursday."),
    )
    .unwrap();
    let out = claimlint(&["check", "a.md", "b.md", "--format", "json"], dir.path());
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let messages: Vec<&str> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["rule"] == "event-date-disagrees")
        .filter_map(|f| f["message"].as_str())
        .collect();
    assert_eq!(
        messages,
        ["Tuesday (11 Jun 2024) here but Tuesday (18 Jun 2024) in b.md (acquisition announced)"],
        "{report:#}"
    );
}
