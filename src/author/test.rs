//! `claimlint test DIR`: rule files and their fixture articles in, a pass/fail report
//! out.
//!
//! `DIR/X.rules` has its cases in `DIR/X.tests/<case>/`: articles (`.txt`, `.md`) with
//! front matter or a `sources.yaml`, as `claimlint check` reads them (`role: draft`
//! makes a draft). A marker in an HTML comment on a line says what must happen there:
//!
//! ```text
//! <!-- expect: death-toll-disagrees -->
//! The fighting has killed about 9,000 people.
//! <!-- ok: death-toll-disagrees -->
//! The fighting has killed 14,000 people.
//! On Tuesday, January 12, talks began. <!-- todo: weekday-mismatch -->
//! ```
//!
//! - `expect: ID` — a finding of rule ID must have its primary label on the line;
//! - `ok: ID` — no finding of ID may have its primary label on the line;
//! - `todo: ID` — a known false alarm: ID must not report the line, but does today; it
//!   is shown as a todo, never failed, and when it stops firing the report says so (make
//!   it `ok:` then);
//! - every other finding of a rule the case names in a marker is unexpected and fails
//!   the case; rules a case names nowhere are not judged by it (each case tests its
//!   rules, as a rule pack grows other rules' findings do not break it).
//!
//! A marker alone on its line applies to the next line that is not a marker line (so
//! deleting the claim makes the marker point at the wrong line and the case fail); a
//! marker after text applies to its own line. Several ids may share a marker
//! (`expect: a, b`). Markers are blanked out (replaced by spaces) before the articles
//! are read, so they never become part of a claim. A rule that reports nothing in any
//! case of its file is listed as silent.

use std::collections::{BTreeSet, HashMap};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use miette::{GraphicalReportHandler, GraphicalTheme, NamedSource, SourceSpan};

use super::{AuthorError, Outcome, read_rules};
use crate::error::Error;
use crate::evaluate::Finding;
use crate::output::write_atomically;
use crate::pipeline::{self, Options};
use crate::report::{self, Format, Mismatch, Style};
use crate::source::{SharedText, SourceId, SourceMap, Span};

/// What a marker asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Want {
    Expect,
    Ok,
    Todo,
}

/// One `expect:`/`ok:`/`todo:` marker for one rule.
#[derive(Debug, Clone)]
struct Marker {
    /// The article, relative to the case folder.
    file: PathBuf,
    /// One-based line.
    line: usize,
    /// The line's text without the marker, as a span of the article.
    text: Span,
    want: Want,
    rule: String,
}

/// A text problem found while running a case, rendered under it.
#[derive(Debug, thiserror::Error, miette::Diagnostic)]
#[error("{message}")]
struct Note {
    message: String,
    #[source_code]
    src: NamedSource<SharedText>,
    #[label("{label}")]
    span: SourceSpan,
    label: String,
    #[help]
    help: Option<String>,
}

/// Finds the markers of an article and blanks them out. A marker alone on its line
/// applies to the next line that is not a marker line; a marker after text applies to
/// its own line.
fn markers(file: &Path, text: &str) -> (Vec<Marker>, String) {
    struct Line {
        offset: usize,
        content_end: usize,
        found: Vec<(Want, String)>,
        marker_only: bool,
    }
    let mut lines = Vec::new();
    let mut blanked = String::with_capacity(text.len());
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let mut out = line.to_owned();
        let mut content_end = line.trim_end().len();
        let mut found = Vec::new();
        let mut pos = 0;
        while let Some(open) = line
            .get(pos..)
            .and_then(|r| r.find("<!--"))
            .map(|i| pos + i)
        {
            let Some(close) = line
                .get(open..)
                .and_then(|r| r.find("-->"))
                .map(|i| open + i + 3)
            else {
                break;
            };
            pos = close;
            let inner = line.get(open + 4..close - 3).unwrap_or("").trim();
            let Some((kind, ids)) = inner.split_once(':') else {
                continue;
            };
            let want = match kind.trim() {
                "expect" => Want::Expect,
                "ok" => Want::Ok,
                "todo" => Want::Todo,
                _ => continue,
            };
            content_end = content_end.min(open);
            out.replace_range(open..close, &" ".repeat(close - open));
            for id in ids.split(',').map(str::trim).filter(|id| !id.is_empty()) {
                found.push((want, id.to_owned()));
            }
        }
        let content_end = line.get(..content_end).unwrap_or("").trim_end().len();
        lines.push(Line {
            offset,
            content_end,
            marker_only: !found.is_empty() && content_end == 0,
            found,
        });
        blanked.push_str(&out);
        offset += line.len();
    }
    let mut markers = Vec::new();
    for (index, line) in lines.iter().enumerate() {
        let target = if line.marker_only {
            lines
                .iter()
                .enumerate()
                .skip(index + 1)
                .find(|(_, l)| !l.marker_only)
                .unwrap_or((index, line))
        } else {
            (index, line)
        };
        for (want, rule) in &line.found {
            markers.push(Marker {
                file: file.to_path_buf(),
                line: target.0 + 1,
                text: Span::new(target.1.offset, target.1.offset + target.1.content_end),
                want: *want,
                rule: rule.clone(),
            });
        }
    }
    (markers, blanked)
}

fn is_article(path: &Path) -> bool {
    matches!(
        path.extension().and_then(|e| e.to_str()),
        Some("txt" | "md")
    )
}

fn read_error(path: &Path, e: impl std::fmt::Display) -> AuthorError {
    AuthorError::Read {
        path: path.display().to_string(),
        reason: e.to_string(),
    }
}

/// The entries of a folder, sorted by name.
fn sorted(dir: &Path) -> Result<Vec<PathBuf>, AuthorError> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| read_error(dir, e))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    paths.sort();
    Ok(paths)
}

/// The result of one case.
#[derive(Default)]
struct CaseResult {
    failed: bool,
    todos: usize,
    /// Rendered problems and notes.
    details: String,
    /// Rules with a finding in this case.
    fired: BTreeSet<String>,
}

/// Runs every case of every rule file in `dir`.
pub(super) fn run(dir: &Path, snapshot: bool, style: Style) -> Result<Outcome, AuthorError> {
    let rule_files: Vec<PathBuf> = sorted(dir)?
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "rules") && p.is_file())
        .collect();
    if rule_files.is_empty() {
        return Err(AuthorError::NoRules {
            path: dir.display().to_string(),
        });
    }
    let mut stdout = String::new();
    let mut problems = Vec::new();
    let (mut cases, mut failed, mut todos) = (0, 0, 0);
    for rules_path in &rule_files {
        let mut sources = SourceMap::new();
        let rules = match read_rules(std::slice::from_ref(rules_path), &mut sources)?.rules {
            Ok(rules) => rules,
            Err(e) => {
                problems.push(Error::from(e));
                continue;
            }
        };
        let stem = rules_path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let tests = dir.join(format!("{stem}.tests"));
        let case_dirs: Vec<PathBuf> = if tests.is_dir() {
            sorted(&tests)?.into_iter().filter(|p| p.is_dir()).collect()
        } else {
            Vec::new()
        };
        if case_dirs.is_empty() {
            let _ = writeln!(
                stdout,
                "NONE {}: no cases in {}",
                rules_path.display(),
                tests.display()
            );
        }
        let mut fired = BTreeSet::new();
        for case in &case_dirs {
            cases += 1;
            let ids: Vec<&str> = rules.rules.iter().map(|r| r.id.name.as_str()).collect();
            let result = run_case(rules_path, case, &ids, snapshot, dir, &stem, style)?;
            fired.extend(result.fired.iter().cloned());
            todos += result.todos;
            let status = if result.failed {
                failed += 1;
                "FAIL"
            } else if result.todos > 0 {
                "TODO"
            } else {
                "PASS"
            };
            let _ = writeln!(stdout, "{status} {}", case.display());
            stdout.push_str(&result.details);
        }
        let silent: Vec<String> = rules
            .rules
            .iter()
            .filter(|r| !fired.contains(&r.id.name))
            .map(|r| format!("`{}`", r.id.name))
            .collect();
        if !silent.is_empty() && !case_dirs.is_empty() {
            let _ = writeln!(
                stdout,
                "SILENT {}: no finding in any case for {}",
                rules_path.display(),
                silent.join(", ")
            );
        }
    }
    let plural =
        |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    let _ = writeln!(
        stdout,
        "\n{}, {}: {} passed, {failed} failed; {}",
        plural(rule_files.len(), "rule file", "rule files"),
        plural(cases, "case", "cases"),
        cases - failed,
        plural(
            todos,
            "todo (a known false alarm)",
            "todos (known false alarms)"
        ),
    );
    let code = if !problems.is_empty() {
        2
    } else if failed > 0 {
        1
    } else {
        0
    };
    Ok(Outcome {
        stdout,
        problems,
        code,
    })
}

/// Copies a case with its markers blanked, checks it, and compares.
fn run_case(
    rules_path: &Path,
    case: &Path,
    ids: &[&str],
    snapshot: bool,
    dir: &Path,
    stem: &str,
    style: Style,
) -> Result<CaseResult, AuthorError> {
    let temp = tempfile::tempdir().map_err(|e| read_error(case, e))?;
    let mut result = case_in(
        rules_path,
        case,
        temp.path(),
        ids,
        snapshot,
        dir,
        stem,
        style,
    )?;
    // Messages and problems name the copy; show the fixture instead.
    result.details = result.details.replace(
        &temp.path().display().to_string(),
        &case.display().to_string(),
    );
    Ok(result)
}

/// [`run_case`] with the copy in `temp`.
#[allow(clippy::too_many_arguments)]
fn case_in(
    rules_path: &Path,
    case: &Path,
    temp: &Path,
    ids: &[&str],
    snapshot: bool,
    dir: &Path,
    stem: &str,
    style: Style,
) -> Result<CaseResult, AuthorError> {
    let mut result = CaseResult::default();
    let mut all_markers = Vec::new();
    let mut originals: HashMap<PathBuf, String> = HashMap::new();
    for entry in walkdir::WalkDir::new(case).sort_by_file_name() {
        let entry = entry.map_err(|e| read_error(case, e))?;
        let rel = entry
            .path()
            .strip_prefix(case)
            .unwrap_or(entry.path())
            .to_path_buf();
        let target = temp.join(&rel);
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&target).map_err(|e| read_error(&target, e))?;
            continue;
        }
        if is_article(entry.path()) {
            let text = crate::load::read_text(entry.path())?;
            let (found, blanked) = markers(&rel, &text);
            all_markers.extend(found);
            std::fs::write(&target, blanked).map_err(|e| read_error(&target, e))?;
            originals.insert(rel, text);
        } else {
            std::fs::copy(entry.path(), &target).map_err(|e| read_error(&target, e))?;
        }
    }
    let theme = GraphicalTheme::unicode_nocolor();
    let handler = GraphicalReportHandler::new_themed(if style.color {
        GraphicalTheme::unicode()
    } else {
        theme
    })
    .with_width(style.width);
    let render = |out: &mut String, diagnostic: &dyn miette::Diagnostic| {
        let mut text = String::new();
        if handler.render_report(&mut text, diagnostic).is_err() {
            text = diagnostic.to_string();
        }
        for line in text.lines() {
            let _ = writeln!(out, "    {line}");
        }
    };
    let note = |marker: &Marker, message: String, label: String, help: Option<String>| {
        let display = case.join(&marker.file).display().to_string();
        let text = originals.get(&marker.file).cloned().unwrap_or_default();
        Note {
            message,
            src: crate::source::SourceFile::new(display, text).named_source(),
            span: marker.text.into(),
            label,
            help,
        }
    };
    for marker in &all_markers {
        if !ids.contains(&marker.rule.as_str()) {
            result.failed = true;
            let help = crate::parse::did_you_mean(&marker.rule, ids.iter().copied())
                .unwrap_or_else(|| {
                    format!(
                        "the rules of {} are {}",
                        rules_path.display(),
                        ids.join(", ")
                    )
                });
            let n = note(
                marker,
                format!("marker names unknown rule `{}`", marker.rule),
                "this line's marker".to_owned(),
                Some(help),
            );
            render(&mut result.details, &n);
        }
    }

    let checked = match pipeline::check(
        &[temp.to_path_buf()],
        &Options {
            rules: vec![rules_path.to_path_buf()],
            ..Options::default()
        },
    ) {
        Ok(checked) => checked,
        Err(e) => {
            result.failed = true;
            render(&mut result.details, &e);
            return Ok(result);
        }
    };
    for problem in &checked.problems {
        result.failed = true;
        render(&mut result.details, problem);
    }
    // The texts as the fixture has them: same offsets, markers shown, fixture paths.
    let mut display = SourceMap::new();
    let mut rel_of: HashMap<SourceId, PathBuf> = HashMap::new();
    for (id, file) in checked.sources.iter() {
        match Path::new(&file.name).strip_prefix(temp) {
            Ok(rel) => {
                let text = originals
                    .get(rel)
                    .cloned()
                    .unwrap_or_else(|| file.text.to_string());
                display.add(case.join(rel).display().to_string(), text);
                rel_of.insert(id, rel.to_path_buf());
            }
            Err(_) => {
                display.add(file.name.clone(), file.text.clone());
            }
        }
    }
    // Messages name documents by path: the fixture's, not the copy's.
    let mut corpus = checked.corpus.clone();
    for doc in &mut corpus.documents {
        if let Ok(rel) = doc.path.strip_prefix(temp) {
            doc.path = case.join(rel);
        }
    }
    let findings = &checked.findings;
    let place = |f: &Finding| -> Option<(PathBuf, usize)> {
        let label = f.claim()?;
        let rel = rel_of.get(&label.source())?.clone();
        let (line, _) = checked
            .sources
            .get(label.source())?
            .line_col(label.span.start);
        Some((rel, line))
    };
    let marked = |want: Want, rule: &str, at: &(PathBuf, usize)| {
        all_markers
            .iter()
            .any(|m| m.want == want && m.rule == rule && m.file == at.0 && m.line == at.1)
    };
    let named: BTreeSet<&str> = all_markers.iter().map(|m| m.rule.as_str()).collect();
    for finding in findings {
        result.fired.insert(finding.rule.clone());
        if !named.contains(finding.rule.as_str()) {
            continue;
        }
        let at = place(finding);
        let expected = at.as_ref().is_some_and(|at| {
            marked(Want::Expect, &finding.rule, at) || marked(Want::Todo, &finding.rule, at)
        });
        if expected {
            continue;
        }
        result.failed = true;
        let why = if at
            .as_ref()
            .is_some_and(|at| marked(Want::Ok, &finding.rule, at))
        {
            "unexpected finding on a line marked `ok:`"
        } else {
            "unexpected finding (no `expect:` marker on its line)"
        };
        let _ = writeln!(result.details, "  {why}:");
        if let Some(diagnostic) = Mismatch::new(finding, &corpus, &display) {
            render(&mut result.details, &diagnostic);
        }
    }
    for marker in &all_markers {
        let hit = findings.iter().any(|f| {
            f.rule == marker.rule
                && place(f).is_some_and(|(file, line)| file == marker.file && line == marker.line)
        });
        match marker.want {
            Want::Expect if !hit => {
                result.failed = true;
                let n = note(
                    marker,
                    format!(
                        "expected `{}` to report this line, and it did not",
                        marker.rule
                    ),
                    format!("expect: {}", marker.rule),
                    Some(
                        "run `claimlint check` on the case to see what the rule reads here"
                            .to_owned(),
                    ),
                );
                render(&mut result.details, &n);
            }
            Want::Todo => {
                result.todos += 1;
                let _ = writeln!(
                    result.details,
                    "  todo: `{}` on {}:{} — {}",
                    marker.rule,
                    case.join(&marker.file).display(),
                    marker.line,
                    if hit {
                        "reported, a known false alarm"
                    } else {
                        "no longer reported: the false alarm is fixed, make it `ok:`"
                    }
                );
            }
            _ => {}
        }
    }
    if snapshot {
        let inputs = report::Inputs {
            findings,
            corpus: &corpus,
            sources: &display,
            rules: &checked.rules,
            facts: checked.fact_count,
            all_facts: &[],
        };
        let body = report::render(Format::Human, &inputs, Style::default())?;
        let name = case
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let snapshots = dir.join("snapshots");
        std::fs::create_dir_all(&snapshots).map_err(|e| read_error(&snapshots, e))?;
        let path = snapshots.join(format!("{stem}__{name}.snap"));
        let contents = format!(
            "---\nsource: {}\nexpression: {}\n---\n{}",
            rules_path.display().to_string().replace('\\', "/"),
            case.display().to_string().replace('\\', "/"),
            body
        );
        match std::fs::read_to_string(&path) {
            Ok(old) if snapshot_body(&old) == snapshot_body(&contents) => {}
            Ok(_) => {
                result.failed = true;
                let new = path.with_extension("snap.new");
                write_atomically(&new, contents.as_bytes())?;
                let _ = writeln!(
                    result.details,
                    "  snapshot changed: {} (review with `claimlint test --review`)",
                    new.display()
                );
            }
            Err(_) => {
                write_atomically(&path, contents.as_bytes())?;
                let _ = writeln!(result.details, "  snapshot written: {}", path.display());
            }
        }
    }
    Ok(result)
}

/// A snapshot file's body: what follows its `---` header.
fn snapshot_body(text: &str) -> &str {
    text.strip_prefix("---\n")
        .and_then(|rest| rest.split_once("\n---\n"))
        .map_or(text, |(_, body)| body)
        .trim_end()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markers_are_found_and_blanked() {
        let text = "a\nkilled 9,000 <!-- expect: x, y --> <!-- ok: z -->\n<!-- todo: w -->\n<!-- ok: v -->\nb <!-- other -->\n";
        let (found, blanked) = markers(Path::new("a.txt"), text);
        assert_eq!(blanked.len(), text.len());
        assert!(!blanked.contains("expect"));
        assert!(blanked.contains("<!-- other -->"));
        let summary: Vec<_> = found
            .iter()
            .map(|m| (m.line, m.want, m.rule.as_str(), &text[m.text.range()]))
            .collect();
        assert_eq!(
            summary,
            [
                (2, Want::Expect, "x", "killed 9,000"),
                (2, Want::Expect, "y", "killed 9,000"),
                (2, Want::Ok, "z", "killed 9,000"),
                (5, Want::Todo, "w", "b <!-- other -->"),
                (5, Want::Ok, "v", "b <!-- other -->"),
            ]
        );
    }
}
