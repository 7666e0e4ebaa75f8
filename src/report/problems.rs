//! Problems (bad inputs, warnings about the run) as plain data for the machine
//! formats, so that CI shows why a run failed: JSON's `problems` array, SARIF's
//! `toolExecutionNotifications`, GitHub `::error` lines, a failed JUnit case and a
//! Checkstyle `<error>`.

use std::fmt::Write as _;

use miette::Diagnostic;
use serde::{Deserialize, Serialize};

/// One problem of a run.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportProblem {
    /// The diagnostic code, such as `claimlint::load::encoding`.
    pub code: String,
    /// `error` (the input was not used; exit code 2), `warning` or `note`.
    pub severity: String,
    /// What is wrong.
    pub message: String,
    /// The file, when the problem is in one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    /// One-based line of the place, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line: Option<usize>,
    /// One-based column of the place, in characters, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub column: Option<usize>,
}

/// The problems a diagnostic holds: itself, or each of its related ones.
pub fn problems(diagnostic: &dyn Diagnostic) -> Vec<ReportProblem> {
    if let Some(related) = diagnostic.related() {
        let related: Vec<ReportProblem> = related.flat_map(problems).collect();
        if !related.is_empty() {
            return related;
        }
    }
    let severity = match diagnostic.severity() {
        None | Some(miette::Severity::Error) => "error",
        Some(miette::Severity::Warning) => "warning",
        Some(miette::Severity::Advice) => "note",
    };
    let mut problem = ReportProblem {
        code: diagnostic
            .code()
            .map_or_else(|| "claimlint".to_owned(), |c| c.to_string()),
        severity: severity.to_owned(),
        message: diagnostic.to_string(),
        path: None,
        line: None,
        column: None,
    };
    let label = diagnostic.labels().and_then(|mut labels| labels.next());
    if let (Some(source), Some(label)) = (diagnostic.source_code(), label) {
        if let Ok(contents) = source.read_span(label.inner(), 0, 0) {
            problem.path = contents.name().map(str::to_owned);
            problem.line = Some(contents.line() + 1);
            problem.column = Some(contents.column() + 1);
        }
    }
    vec![problem]
}

/// GitHub workflow commands, one per problem.
pub(super) fn github(problems: &[ReportProblem], out: &mut String) {
    for p in problems {
        let command = match p.severity.as_str() {
            "error" => "error",
            "warning" => "warning",
            _ => "notice",
        };
        let mut properties = Vec::new();
        if let Some(path) = &p.path {
            properties.push(format!(
                "file={}",
                super::machine::escape_property(&crate::source::printable(path))
            ));
        }
        if let Some(line) = p.line {
            properties.push(format!("line={line}"));
        }
        if let Some(column) = p.column {
            properties.push(format!("col={column}"));
        }
        properties.push(format!(
            "title={}",
            super::machine::escape_property(&p.code)
        ));
        let _ = writeln!(
            out,
            "::{command} {}::{}",
            properties.join(","),
            super::machine::escape_data(&crate::source::printable(&p.message))
        );
    }
}

/// A JUnit test suite with one failed case per error-level problem.
pub(super) fn junit_suite(problems: &[ReportProblem]) -> String {
    let errors: Vec<&ReportProblem> = problems.iter().filter(|p| p.severity == "error").collect();
    let count = errors.len();
    let mut out = format!(
        "  <testsuite name=\"claimlint problems\" tests=\"{count}\" failures=\"{count}\" errors=\"0\">\n"
    );
    for p in errors {
        let place = place(p);
        let _ = writeln!(
            out,
            "    <testcase name=\"{}\" classname=\"{}\">\n      <failure message=\"{}\" type=\"error\">{}</failure>\n    </testcase>",
            super::machine::xml(&place),
            super::machine::xml(&p.code),
            super::machine::xml(&p.message),
            super::machine::xml(&format!("{place}: {}", p.message)),
        );
    }
    out.push_str("  </testsuite>\n");
    out
}

/// `path:line:col`, `path`, or `claimlint` for a problem with no file.
pub(super) fn place(p: &ReportProblem) -> String {
    match (&p.path, p.line, p.column) {
        (Some(path), Some(line), Some(column)) => format!("{path}:{line}:{column}"),
        (Some(path), _, _) => path.clone(),
        _ => "claimlint".to_owned(),
    }
}

/// SARIF `invocations`: whether the run succeeded (no error-level problem) and a
/// notification per problem.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub(super) struct Invocation {
    execution_successful: bool,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    tool_execution_notifications: Vec<Notification>,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
struct Notification {
    level: &'static str,
    message: Text,
    descriptor: Descriptor,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    locations: Vec<serde_json::Value>,
}

#[derive(Debug, Serialize)]
struct Text {
    text: String,
}

#[derive(Debug, Serialize)]
struct Descriptor {
    id: String,
}

/// The SARIF invocation of a run with these problems.
pub(super) fn invocation(problems: &[ReportProblem]) -> Invocation {
    Invocation {
        execution_successful: !problems.iter().any(|p| p.severity == "error"),
        tool_execution_notifications: problems
            .iter()
            .map(|p| Notification {
                level: match p.severity.as_str() {
                    "error" => "error",
                    "warning" => "warning",
                    _ => "note",
                },
                message: Text {
                    text: p.message.clone(),
                },
                descriptor: Descriptor { id: p.code.clone() },
                locations: p
                    .path
                    .iter()
                    .map(|path| {
                        let mut region = serde_json::Map::new();
                        if let Some(line) = p.line {
                            region.insert("startLine".to_owned(), line.into());
                        }
                        if let Some(column) = p.column {
                            region.insert("startColumn".to_owned(), column.into());
                        }
                        let absolute = std::path::Path::new(path).is_absolute();
                        let mut artifact = serde_json::Map::new();
                        let uri = path.replace('\\', "/");
                        let uri = if absolute && uri.starts_with('/') {
                            format!("file://{uri}")
                        } else {
                            uri
                        };
                        artifact.insert("uri".to_owned(), uri.into());
                        if !absolute {
                            artifact.insert("uriBaseId".to_owned(), "%SRCROOT%".into());
                        }
                        let mut physical = serde_json::Map::new();
                        physical.insert("artifactLocation".to_owned(), artifact.into());
                        if !region.is_empty() {
                            physical.insert("region".to_owned(), region.into());
                        }
                        serde_json::json!({ "physicalLocation": physical })
                    })
                    .collect(),
            })
            .collect(),
    }
}
