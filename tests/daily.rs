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
        assert!(report.contains("toll-disagrees-across-sources"), "{report}");
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

/// The long options `claimlint WORDS… --help` lists.
fn long_options(words: &[&str]) -> Vec<String> {
    let mut args: Vec<&str> = words.to_vec();
    args.push("--help");
    let help = stdout(&claimlint(&args, &root()));
    let mut options: Vec<String> = help
        .split(|c: char| c.is_whitespace() || c == ',' || c == '=' || c == '[' || c == '<')
        .filter(|w| w.starts_with("--") && w.len() > 2)
        .map(|w| {
            w.trim_end_matches(|c: char| !c.is_ascii_alphanumeric())
                .to_owned()
        })
        .collect();
    options.sort();
    options.dedup();
    options
}

#[test]
fn man_dir_writes_a_page_per_subcommand_with_every_option() {
    let dir = tempfile::tempdir().unwrap();
    let out = claimlint(&["man", "--dir", "man"], dir.path());
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let mut names: Vec<String> = fs::read_dir(dir.path().join("man"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    insta::assert_snapshot!(names.join("\n"), @r"
    claimlint-check.1
    claimlint-completions.1
    claimlint-config.1
    claimlint-explain.1
    claimlint-facts.1
    claimlint-lsp.1
    claimlint-man.1
    claimlint-rules-check.1
    claimlint-rules-fmt.1
    claimlint-rules-list.1
    claimlint-rules.1
    claimlint-test.1
    claimlint.1
    ");
    assert_eq!(stdout(&out).lines().count(), names.len());
    for name in &names {
        let page = fs::read_to_string(dir.path().join("man").join(name))
            .unwrap()
            .replace("\\-", "-");
        let words: Vec<&str> = name.trim_end_matches(".1").split('-').skip(1).collect();
        assert!(
            page.contains(&format!(".TH {} 1", name.trim_end_matches(".1"))),
            "{name}"
        );
        let options = long_options(&words);
        assert!(!options.is_empty(), "{name}: no options read from --help");
        for option in options {
            assert!(page.contains(&option), "{name} lacks {option}");
        }
    }
}

/// `${{ inputs.NAME }}` in an action's text, with the inputs' defaults.
fn with_defaults(text: &str, inputs: &serde_yaml::Mapping) -> String {
    let mut out = text.to_owned();
    for (name, input) in inputs {
        let name = name.as_str().unwrap();
        let default = input["default"].as_str().unwrap_or("");
        out = out.replace(&format!("${{{{ inputs.{name} }}}}"), default);
    }
    out
}

#[test]
fn the_github_action_runs_check_with_real_options_and_uploads_sarif() {
    let action: serde_yaml::Value =
        serde_yaml::from_str(&fs::read_to_string(root().join("action.yml")).unwrap()).unwrap();
    assert_eq!(action["runs"]["using"], "composite");
    let inputs = action["inputs"].as_mapping().unwrap();
    let text = fs::read_to_string(root().join("action.yml")).unwrap();
    // Every input the steps use is declared.
    for (at, _) in text.match_indices("inputs.") {
        let name: String = text[at + 7..]
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
            .collect();
        assert!(inputs.contains_key(name.as_str()), "unknown input `{name}`");
    }
    let steps = action["runs"]["steps"].as_sequence().unwrap();
    let check = steps.iter().find(|s| s["id"] == "check").unwrap();
    let script = check["run"].as_str().unwrap();
    // Every option the step passes is one `claimlint check` has.
    let known = long_options(&["check"]);
    for word in script.split(|c: char| c.is_whitespace() || c == '(' || c == ')') {
        if word.starts_with("--") {
            assert!(
                known.iter().any(|k| k == word),
                "`claimlint check` has no {word}"
            );
        }
    }
    for needed in ["--format sarif", "--output", "--config"] {
        assert!(script.contains(needed), "the check step lacks {needed}");
    }
    let upload = steps
        .iter()
        .find(|s| {
            s["uses"]
                .as_str()
                .is_some_and(|u| u.starts_with("github/codeql-action/upload-sarif@"))
        })
        .unwrap();
    assert_eq!(upload["with"]["sarif_file"], "${{ inputs.sarif-file }}");
    // Run the check step as the runner would: its env with the inputs' defaults, in a
    // repository with a claimlint.yaml, claimlint on PATH.
    let repo = tempfile::tempdir().unwrap();
    fs::create_dir(repo.path().join("drafts")).unwrap();
    fs::copy(root().join(DRAFT), repo.path().join("drafts/draft.md")).unwrap();
    fs::write(
        repo.path().join("claimlint.yaml"),
        format!("sources: [{}]\n", root().join("seeds").display()),
    )
    .unwrap();
    let github_output = repo.path().join("github-output");
    let bin = Path::new(env!("CARGO_BIN_EXE_claimlint")).parent().unwrap();
    let mut command = Command::new("bash");
    command
        .args(["-e", "-c", script])
        .current_dir(repo.path())
        .env("GITHUB_OUTPUT", &github_output)
        .env(
            "PATH",
            format!("{}:{}", bin.display(), std::env::var("PATH").unwrap()),
        );
    for (name, value) in check["env"].as_mapping().unwrap() {
        command.env(
            name.as_str().unwrap(),
            with_defaults(value.as_str().unwrap(), inputs),
        );
    }
    let out = command.output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        fs::read_to_string(&github_output).unwrap(),
        "exit-code=1\n",
        "the draft disagrees with the seeds"
    );
    let sarif: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(repo.path().join("claimlint.sarif")).unwrap())
            .unwrap();
    let results = sarif["runs"][0]["results"].as_array().unwrap();
    assert_eq!(results.len(), 2, "{sarif}");
}

const HUGO_YAML: &str = "---
title: \"Russia and NATO to meet\"
date: 2021-12-28T09:00:00+01:00
author: Desk
tags: [russia, nato]
draft: true
---
Russia and NATO will hold talks in Brussels next month, officials said.

The fighting in the Donbas, where Russia backs separatist rebels, has killed more than 13,000 people since 2014.
";

const HUGO_TOML: &str = "+++
title = \"Russia and NATO to meet\"
date = 2021-12-28T09:00:00+01:00
author = \"Desk\"
tags = [\"russia\", \"nato\"]
draft = true
+++
Russia and NATO will hold talks in Brussels next month, officials said.

The fighting in the Donbas, where Russia backs separatist rebels, has killed more than 13,000 people since 2014.
";

#[test]
fn a_hugo_draft_is_checked_against_the_seeds_with_its_date() {
    for (name, text) in [("yaml.md", HUGO_YAML), ("toml.md", HUGO_TOML)] {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join(name), text).unwrap();
        let seeds = root().join("seeds");
        let out = claimlint(
            &[
                "check",
                name,
                "--sources",
                seeds.to_str().unwrap(),
                "--format",
                "short",
            ],
            dir.path(),
        );
        assert_eq!(out.status.code(), Some(1), "{name}: {}", stderr(&out));
        assert_eq!(stderr(&out), "", "{name}: no error, no warning");
        assert!(
            stdout(&out).contains("toll-disagrees-across-sources"),
            "{}",
            stdout(&out)
        );
        // `date:` is the publication date: "next month" is January 2022.
        let facts = stdout(&claimlint(&["facts", name], dir.path()));
        assert!(
            facts.starts_with(&format!("{name}: published 2021-12-28 (front matter)")),
            "{facts}"
        );
        assert!(
            facts.contains("next month        2022-01-01 to 2022-01-31"),
            "{facts}"
        );
        // --verbose lists what was ignored.
        let out = claimlint(
            &["check", name, "--verbose", "--format", "short"],
            dir.path(),
        );
        common::settings().bind(|| {
            insta::assert_snapshot!(
                format!("verbose_{name}"),
                stderr(&out).replace(name, "DRAFT")
            );
        });
    }
}

#[test]
fn published_wins_over_date() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("a.md"),
        "---\ndate: 2020-01-01\npublished: 2021-12-28\n---\nTalks next month.\n",
    )
    .unwrap();
    let facts = stdout(&claimlint(&["facts", "a.md"], dir.path()));
    assert!(facts.starts_with("a.md: published 2021-12-28"), "{facts}");
}

#[test]
fn misspelt_configuration_and_manifest_keys_get_a_suggestion() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("a.txt"), "Talks next month.\n").unwrap();
    fs::write(dir.path().join("claimlint.yaml"), "fail_on: warning\n").unwrap();
    let out = claimlint(&["check", "a.txt"], dir.path());
    assert_eq!(out.status.code(), Some(2));
    common::settings().bind(|| insta::assert_snapshot!("config_fail_on", stderr(&out)));
    fs::remove_file(dir.path().join("claimlint.yaml")).unwrap();
    fs::write(
        dir.path().join("sources.yaml"),
        "documents:\n  a.txt:\n    publshed: 2021-12-22\n",
    )
    .unwrap();
    let out = claimlint(&["check", "."], dir.path());
    assert_eq!(out.status.code(), Some(2));
    common::settings().bind(|| insta::assert_snapshot!("manifest_publshed", stderr(&out)));
}

/// Runs claimlint in the crate root with extra environment variables.
fn claimlint_env(args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_claimlint"));
    command
        .args(args)
        .current_dir(root())
        .env_remove("NO_COLOR")
        .env_remove("FORCE_COLOR")
        .env("COLUMNS", "80");
    for (k, v) in env {
        command.env(k, v);
    }
    command.output().unwrap()
}

/// The rule of each `short` line.
fn rules_of(short: &str) -> Vec<String> {
    let mut rules: Vec<String> = short
        .lines()
        .filter_map(|l| {
            l.split_once('[')?
                .1
                .split_once(']')
                .map(|(r, _)| r.to_owned())
        })
        .collect();
    rules.sort();
    rules.dedup();
    rules
}

#[test]
fn select_ignore_and_extend_select_choose_rules_by_id_or_tag() {
    let short = |extra: &[&str]| {
        let mut args = vec!["check", "seeds", "--format", "short"];
        args.extend_from_slice(extra);
        let out = claimlint(&args, &root());
        assert_ne!(out.status.code(), Some(2), "{}", stderr(&out));
        rules_of(&stdout(&out))
    };
    let all = short(&[]);
    assert!(all.len() >= 2, "{all:?}");
    // By tag: `names` tags name-spelled-two-ways.
    assert_eq!(short(&["--select", "names"]), ["name-spelled-two-ways"]);
    // By id, and --ignore wins over --select.
    assert_eq!(
        short(&[
            "--select",
            "names,steady-figure-contradicts-within-document",
            "--ignore",
            "style"
        ]),
        ["steady-figure-contradicts-within-document"]
    );
    assert_eq!(
        short(&[
            "--select",
            "names",
            "--extend-select",
            "steady-figure-contradicts-within-document"
        ]),
        [
            "name-spelled-two-ways",
            "steady-figure-contradicts-within-document"
        ]
    );
    let ignored = short(&["--ignore", "name-spelled-two-ways"]);
    assert!(!ignored.contains(&"name-spelled-two-ways".to_owned()));
    assert_eq!(ignored.len(), all.len() - 1);
    // A name that is neither: a usage error with the nearest.
    let out = claimlint(
        &["check", "seeds", "--select", "name-speled-two-ways"],
        &root(),
    );
    assert_eq!(out.status.code(), Some(2));
    common::settings().bind(|| insta::assert_snapshot!("unknown_selector", stderr(&out)));
}

#[test]
fn a_dash_reads_standard_input() {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_claimlint"))
        .args([
            "check",
            "-",
            "--sources",
            "seeds",
            "--stdin-path",
            "draft.md",
        ])
        .args(["--format", "short"])
        .current_dir(root())
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(fs::read(root().join(DRAFT)).unwrap().as_slice())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(stdout(&out).contains("draft.md:9:78: error[toll-disagrees-across-sources]"));
}

#[test]
fn quiet_prints_only_the_findings() {
    let loud = stdout(&claimlint(&["check", "seeds"], &root()));
    let quiet = stdout(&claimlint(&["check", "seeds", "--quiet"], &root()));
    let summary = loud.lines().last().unwrap();
    assert!(summary.contains("findings ("), "{summary}");
    assert!(!quiet.contains(summary), "{quiet}");
    assert_eq!(
        quiet.trim_end(),
        loud.trim_end().trim_end_matches(summary).trim_end()
    );
}

#[test]
fn statistics_count_findings_per_rule() {
    let out = claimlint(&["check", "seeds", "--statistics"], &root());
    assert_eq!(out.status.code(), Some(1));
    let table = stdout(&out);
    let short = stdout(&claimlint(
        &["check", "seeds", "--format", "short"],
        &root(),
    ));
    // Every rule's count is the number of its findings.
    for rule in rules_of(&short) {
        let n = short.matches(&format!("[{rule}]")).count();
        assert!(
            table
                .lines()
                .any(|l| l.split_whitespace().collect::<Vec<_>>()[..2]
                    == [n.to_string().as_str(), rule.as_str()]),
            "{rule} × {n} in\n{table}"
        );
    }
    common::settings().bind(|| insta::assert_snapshot!("statistics_seeds", table));
}

#[test]
fn color_follows_the_flag_and_the_environment() {
    let colored = |out: Output| stdout(&out).contains("\u{1b}[");
    let args = ["check", "seeds", "--select", "names"];
    assert!(
        !colored(claimlint_env(&args, &[])),
        "a pipe is not coloured"
    );
    assert!(colored(claimlint_env(&args, &[("FORCE_COLOR", "1")])));
    assert!(colored(claimlint_env(
        &[&args[..], &["--color", "always"]].concat(),
        &[("NO_COLOR", "1")]
    )));
    assert!(!colored(claimlint_env(
        &[&args[..], &["--color", "never"]].concat(),
        &[("FORCE_COLOR", "1")]
    )));
}

#[test]
fn check_says_what_it_skipped_and_hid() {
    let dir = tempfile::tempdir().unwrap();
    let line = "Talks began on Monday, December 22, 2021, officials said.";
    let front = "---\npublished: 2021-12-23\n---\n";
    fs::write(dir.path().join("a.md"), format!("{front}{line}\n")).unwrap();
    fs::write(
        dir.path().join("b.md"),
        format!(
            "{front}<!-- claimlint-disable-next-line weekday-mismatch -- a quoted error -->\n{line}\n\
             <!-- claimlint-disable-next-line weekday-mismatch -- nothing here -->\nQuiet line.\n\
             <!-- claimlint-disable-next-line weekday-mistmatch -- typo -->\n{line}\n"
        ),
    )
    .unwrap();
    fs::write(dir.path().join("c.md"), format!("{front}{line}\n")).unwrap();
    fs::write(dir.path().join("d.txt"), "Undated talks next month.\n").unwrap();
    fs::write(dir.path().join("e.txt"), "Undated talks on Tuesday.\n").unwrap();
    let base = claimlint(&["check", "c.md", "--format", "json"], dir.path());
    fs::write(dir.path().join("base.json"), &base.stdout).unwrap();
    let out = claimlint(
        &[
            "check",
            "a.md",
            "b.md",
            "c.md",
            "d.txt",
            "e.txt",
            "--baseline",
            "base.json",
        ],
        dir.path(),
    );
    assert_eq!(
        out.status.code(),
        Some(1),
        "warnings leave the exit code alone"
    );
    let report = stdout(&out);
    assert!(
        report.ends_with("in 5 documents, 6 facts, 1 hidden by the baseline, 1 suppressed\n"),
        "{report}"
    );
    let warnings = stderr(&out);
    assert_eq!(warnings.matches("no-date").count(), 1, "{warnings}");
    common::settings().bind(|| insta::assert_snapshot!("skipped_and_hidden", warnings));
    // --quiet: the findings only.
    let out = claimlint(
        &["check", "a.md", "b.md", "c.md", "d.txt", "e.txt", "--quiet"],
        dir.path(),
    );
    assert_eq!(stderr(&out), "");
    assert!(!stdout(&out).contains("documents,"));
}

#[test]
fn configured_sources_come_out_relative_in_every_format() {
    let dir = tempfile::tempdir().unwrap();
    let repo = dir.path().canonicalize().unwrap();
    fs::create_dir_all(repo.join("sources")).unwrap();
    fs::create_dir_all(repo.join("drafts")).unwrap();
    for entry in fs::read_dir(root().join("seeds")).unwrap() {
        let entry = entry.unwrap();
        fs::copy(entry.path(), repo.join("sources").join(entry.file_name())).unwrap();
    }
    fs::copy(root().join(DRAFT), repo.join("drafts/draft.md")).unwrap();
    fs::write(repo.join("claimlint.yaml"), "sources: [sources/]\n").unwrap();
    let absolute = repo.display().to_string();
    for (cwd, draft, prefix) in [
        (repo.clone(), "drafts/draft.md", "sources/"),
        (repo.join("drafts"), "draft.md", "../sources/"),
    ] {
        for format in [
            "human",
            "short",
            "json",
            "sarif",
            "github",
            "checkstyle",
            "junit",
        ] {
            let out = claimlint(&["check", draft, "--format", format], &cwd);
            assert_eq!(out.status.code(), Some(1), "{format}: {}", stderr(&out));
            let report = stdout(&out);
            assert!(
                !report.contains(&absolute),
                "{format} names {absolute}:\n{report}"
            );
            assert!(
                report.contains(&format!("{prefix}000_861de67a3d0b5135.txt")),
                "{format}:\n{report}"
            );
        }
    }
    let out = claimlint(&["check", "drafts/draft.md", "--format", "sarif"], &repo);
    let sarif: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let run = &sarif["runs"][0];
    assert!(run["originalUriBaseIds"]["%SRCROOT%"].is_object(), "{run}");
    let related = &run["results"][0]["relatedLocations"][0]["physicalLocation"]["artifactLocation"];
    assert_eq!(related["uriBaseId"], "%SRCROOT%");
    assert!(
        related["uri"].as_str().unwrap().starts_with("sources/"),
        "{related}"
    );
}

#[test]
fn problems_reach_every_machine_format() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("latin1.txt"), b"Caf\xe9 talks on Monday.\n").unwrap();
    fs::write(
        dir.path().join("ok.txt"),
        "Talks began on Monday, December 22, 2021.\n",
    )
    .unwrap();
    let run = |format: &str| {
        let out = claimlint(
            &["check", "latin1.txt", "ok.txt", "--format", format],
            dir.path(),
        );
        assert_eq!(out.status.code(), Some(2), "{format}");
        stdout(&out)
    };
    let json: serde_json::Value = serde_json::from_str(&run("json")).unwrap();
    insta::assert_json_snapshot!(json["problems"], @r#"
    [
      {
        "code": "claimlint::load::encoding",
        "column": 4,
        "line": 1,
        "message": "`latin1.txt` is not valid UTF-8",
        "path": "latin1.txt",
        "severity": "error"
      }
    ]
    "#);
    let sarif: serde_json::Value = serde_json::from_str(&run("sarif")).unwrap();
    let invocation = &sarif["runs"][0]["invocations"][0];
    assert_eq!(invocation["executionSuccessful"], false);
    let note = &invocation["toolExecutionNotifications"][0];
    assert_eq!(note["level"], "error");
    assert_eq!(note["descriptor"]["id"], "claimlint::load::encoding");
    assert_eq!(
        note["locations"][0]["physicalLocation"]["region"]["startColumn"],
        4
    );
    // The log stays valid SARIF 2.1.0.
    let schema_text = fs::read_to_string(root().join("tests/fixtures/sarif-schema-2.1.0.json"))
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
    let errors: Vec<String> = validator
        .iter_errors(&sarif)
        .map(|e| e.to_string())
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    let github = run("github");
    assert!(
        github.contains(
            "::error file=latin1.txt,line=1,col=4,title=claimlint%3A%3Aload%3A%3Aencoding::`latin1.txt` is not valid UTF-8\n"
        ),
        "{github}"
    );
    let junit = run("junit");
    assert!(
        junit.contains("<testsuites name=\"claimlint\" tests=\"2\" failures=\"2\">"),
        "{junit}"
    );
    assert!(
        junit
            .contains("<testcase name=\"latin1.txt:1:4\" classname=\"claimlint::load::encoding\">"),
        "{junit}"
    );
    let checkstyle = run("checkstyle");
    assert!(
        checkstyle.contains("source=\"claimlint::load::encoding\""),
        "{checkstyle}"
    );
    // A clean run says it succeeded.
    let out = claimlint(&["check", "ok.txt", "--format", "sarif"], dir.path());
    let sarif: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        sarif["runs"][0]["invocations"][0]["executionSuccessful"],
        true
    );
}

const TALKS_RULES: &str = r#"words talks = "talks", "meeting"

/// When the Geneva talks took place.
fact geneva = time
    near talks within 6 words
    where sentence mentions "Geneva"

/// The sources date the Geneva talks differently.
rule geneva-talks-disagree: geneva consistent across sources
    severity error
    message "the Geneva talks are {value} ({read}) here but {other.value} ({other.read}) in {other.source}"
"#;

#[test]
fn messages_keep_the_texts_case_and_say_what_each_date_was_read_as() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("talks.rules"), TALKS_RULES).unwrap();
    let front = "---\npublished: 2023-02-08\n---\n";
    fs::write(
        dir.path().join("a.md"),
        format!("{front}Monday's talks in Geneva ended without a deal.\n"),
    )
    .unwrap();
    fs::write(
        dir.path().join("b.md"),
        format!("{front}The talks in Geneva took place on February 1, officials said.\n"),
    )
    .unwrap();
    let out = claimlint(
        &[
            "check",
            "a.md",
            "b.md",
            "--rules",
            "talks.rules",
            "--format",
            "short",
        ],
        dir.path(),
    );
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert_eq!(
        stdout(&out),
        "b.md:4:35: error[geneva-talks-disagree] the Geneva talks are February 1 (1 Feb 2023) \
         here but Monday's (6 Feb 2023) in a.md\n"
    );
}

#[test]
fn one_rule_file_is_one_rule_file() {
    let dir = tempfile::tempdir().unwrap();
    let rules = dir.path().join("rules");
    fs::create_dir(&rules).unwrap();
    fs::copy(
        root().join("rules/default.rules"),
        rules.join("default.rules"),
    )
    .unwrap();
    let out = claimlint(&["test", "rules"], dir.path());
    let report = stdout(&out);
    assert!(report.contains("\n1 rule file, 0 cases: "), "{report}");
    assert!(
        report.contains("; 0 todos (known false alarms)"),
        "{report}"
    );
}

/// Runs claimlint in `dir` with `input` on standard input.
fn claimlint_input(args: &[&str], dir: &Path, input: &str) -> Output {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_claimlint"))
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

#[test]
fn todo_marks_a_known_false_alarm_and_review_accepts_or_rejects_snapshots() {
    let dir = tempfile::tempdir().unwrap();
    let case = dir.path().join("r/talks.tests/case");
    fs::create_dir_all(&case).unwrap();
    fs::write(dir.path().join("r/talks.rules"), TALKS_RULES).unwrap();
    let front = "---\npublished: 2023-02-08\n---\n";
    fs::write(
        case.join("a.md"),
        format!("{front}Monday's talks in Geneva ended without a deal.\n"),
    )
    .unwrap();
    let b = |day: &str| {
        format!(
            "{front}The talks in Geneva took place on {day}, officials said. \
             <!-- todo: geneva-talks-disagree -->\n"
        )
    };
    fs::write(case.join("b.md"), b("February 1")).unwrap();
    // The false alarm fires: a todo, not a failure.
    let out = claimlint(&["test", "r", "--snapshot"], dir.path());
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    let report = stdout(&out);
    assert!(report.contains("TODO r/talks.tests/case"), "{report}");
    assert!(report.contains("reported, a known false alarm"), "{report}");
    assert!(report.contains("1 todo (a known false alarm)"), "{report}");
    let snap = dir.path().join("r/snapshots/talks__case.snap");
    let new = dir.path().join("r/snapshots/talks__case.snap.new");
    let first = fs::read_to_string(&snap).unwrap();
    // A change leaves a .snap.new; --review with `r` rejects it.
    fs::write(case.join("b.md"), b("February 2")).unwrap();
    assert_eq!(
        claimlint(&["test", "r", "--snapshot"], dir.path())
            .status
            .code(),
        Some(1)
    );
    assert!(new.exists());
    let out = claimlint_input(&["test", "r", "--review"], dir.path(), "r\n");
    assert_eq!(out.status.code(), Some(0));
    assert!(
        stderr(&out).contains("-   × the Geneva talks are February 1"),
        "{}",
        stderr(&out)
    );
    assert!(
        stderr(&out).contains("+   × the Geneva talks are February 2"),
        "{}",
        stderr(&out)
    );
    assert!(!new.exists());
    assert_eq!(fs::read_to_string(&snap).unwrap(), first);
    // `a` accepts it.
    claimlint(&["test", "r", "--snapshot"], dir.path());
    let out = claimlint_input(&["test", "r", "--review"], dir.path(), "a\n");
    assert_eq!(
        stdout(&out),
        format!("accepted r/snapshots/talks__case.snap\n1 accepted, 0 rejected, 0 skipped\n")
    );
    assert!(fs::read_to_string(&snap).unwrap().contains("February 2"));
    // No answer skips (exit 1: something is left to review).
    fs::write(case.join("b.md"), b("February 3")).unwrap();
    claimlint(&["test", "r", "--snapshot"], dir.path());
    assert_eq!(
        claimlint_input(&["test", "r", "--review"], dir.path(), "")
            .status
            .code(),
        Some(1)
    );
    assert!(new.exists());
    // --reject and --accept without asking.
    assert_eq!(
        claimlint(&["test", "r", "--reject"], dir.path())
            .status
            .code(),
        Some(0)
    );
    assert!(!new.exists());
    claimlint(&["test", "r", "--snapshot"], dir.path());
    assert_eq!(
        claimlint(&["test", "r", "--accept"], dir.path())
            .status
            .code(),
        Some(0)
    );
    assert!(fs::read_to_string(&snap).unwrap().contains("February 3"));
    // When the false alarm stops firing, the report says so.
    fs::write(
        case.join("b.md"),
        format!("{front}The Geneva talks were held. <!-- todo: geneva-talks-disagree -->\n"),
    )
    .unwrap();
    let report = stdout(&claimlint(&["test", "r"], dir.path()));
    assert!(
        report.contains("no longer reported: the false alarm is fixed, make it `ok:`"),
        "{report}"
    );
}
