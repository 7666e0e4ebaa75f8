//! The JSON report: a stable, versioned schema that other tools read.
//!
//! ```json
//! {"version":1,
//!  "findings":[{"rule":"…","severity":"error|warning|info","message":"…","help":"…"|null,
//!               "labels":[{"path":"…","start":0,"end":0,"line":1,"column":1,"text":"…",
//!                          "primary":true,"note":"…"|null,"value":{…}}]}],
//!  "summary":{"documents":0,"facts":0,"findings":0}}
//! ```
//! `start`/`end` are byte offsets into the file as read; `line` and `column` count from
//! 1, the column in characters; `text` is exactly the bytes `start..end`. `value`, given
//! when the label underlines a fact, is the value it was read as, as `claimlint facts
//! --format jsonl` writes it: a figure's interval (`{"lo":…,"hi":…,…}`), a time's
//! resolved dates, a name's key and spelling.

use serde::{Deserialize, Serialize};

use super::words;
use crate::evaluate::{Finding, Label};
use crate::load::Corpus;
use crate::parse::ast::Severity;
use crate::source::SourceMap;

/// A whole run's findings, ready to serialise.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Report {
    /// The schema's version: 1.
    pub version: u32,
    /// Every finding, ordered by document and position.
    pub findings: Vec<ReportFinding>,
    /// Inputs that could not be used, and warnings about the run (absent from reports
    /// written before this field, which still read as baselines).
    #[serde(default)]
    pub problems: Vec<super::problems::ReportProblem>,
    /// Counts.
    pub summary: Summary,
}

/// One finding.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReportFinding {
    /// The rule's id.
    pub rule: String,
    /// `error`, `warning` or `info`.
    pub severity: Severity,
    /// What is wrong.
    pub message: String,
    /// What to do about it.
    pub help: Option<String>,
    /// The primary label first.
    pub labels: Vec<ReportLabel>,
}

/// One underlined place.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportLabel {
    /// The file, as given on the command line.
    pub path: String,
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// One-based line.
    pub line: usize,
    /// One-based column, in characters.
    pub column: usize,
    /// The text `start..end`.
    pub text: String,
    /// Whether this is the claim the finding is about.
    pub primary: bool,
    /// What is said under the underline.
    pub note: Option<String>,
    /// The value the fact underlined was read as (absent when the place is not a fact).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<serde_json::Value>,
    /// One-based line and column of `end`; not part of the JSON schema.
    #[serde(skip)]
    pub end_line_column: (usize, usize),
}

/// Counts for the run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Summary {
    /// Documents checked.
    pub documents: usize,
    /// Facts extracted.
    pub facts: usize,
    /// Findings reported.
    pub findings: usize,
}

impl Report {
    /// The schema version this claimlint writes and reads as a baseline.
    pub const VERSION: u32 = 1;

    /// The report of a run.
    pub fn new(findings: &[Finding], corpus: &Corpus, sources: &SourceMap, facts: usize) -> Self {
        Report {
            version: Self::VERSION,
            findings: findings
                .iter()
                .map(|f| ReportFinding {
                    rule: f.rule.clone(),
                    severity: f.severity,
                    message: words::message(f, corpus, sources),
                    help: f.help.clone(),
                    labels: f.labels.iter().map(|l| label(f, l, sources)).collect(),
                })
                .collect(),
            problems: Vec::new(),
            summary: Summary {
                documents: corpus.documents.len(),
                facts,
                findings: findings.len(),
            },
        }
    }
}

fn label(finding: &Finding, label: &Label, sources: &SourceMap) -> ReportLabel {
    let file = sources.get(label.source());
    let (line, column) = file.map_or((1, 1), |f| f.line_col(label.span.start));
    let end_line_column = file.map_or((line, column), |f| f.line_col(label.span.end));
    ReportLabel {
        path: file.map_or_else(String::new, |f| f.name.clone()),
        start: label.span.start,
        end: label.span.end,
        line,
        column,
        text: file.map_or_else(String::new, |f| f.slice(label.span).to_owned()),
        primary: label.primary(),
        note: Some(words::note(finding, label)),
        value: label.value().map(to_json),
        end_line_column,
    }
}

/// A value as JSON. Values are plain structs, enums and numbers (no map with
/// non-string keys), which serde_json always writes.
fn to_json(value: &crate::extract::Value) -> serde_json::Value {
    #[expect(
        clippy::expect_used,
        reason = "a fact's value holds no map, so serde_json cannot fail on it"
    )]
    serde_json::to_value(value).expect("a fact's value serialises")
}

impl std::fmt::Display for Report {
    /// One line per finding: `path:line:col: severity[rule] message`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&super::machine::short(self))
    }
}
