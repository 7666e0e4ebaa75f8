//! Reports: findings (and facts) in, text out — miette's graphical report for people,
//! one line per finding, JSON, SARIF, GitHub annotations, Checkstyle and JUnit XML for
//! tools, and the `facts` listings. Findings are data; `words.rs` writes their
//! messages and notes for every format.

pub mod claims;
mod facts;
pub mod html;
mod human;
mod json;
mod machine;
mod problems;
mod sarif;
pub mod words;

use serde::Serialize;

pub use facts::{FactFormat, Selection, facts, facts_selected};
pub use human::{Mismatch, Style, diagnostic};
pub use json::{Report, ReportFinding, ReportLabel, Summary};
pub use problems::{ReportProblem, problems};

use crate::evaluate::Finding;
use crate::load::Corpus;
use crate::parse::ast::RuleSet;
use crate::source::SourceMap;

/// Everything rendering can fail on.
#[derive(Debug, thiserror::Error, miette::Diagnostic)]
pub enum ReportError {
    /// miette could not lay out a diagnostic.
    #[error("cannot render a finding: {0}")]
    #[diagnostic(code(claimlint::report::render))]
    Render(String),
    /// serde could not write JSON.
    #[error("cannot write JSON: {0}")]
    #[diagnostic(code(claimlint::report::json))]
    Json(String),
    /// serde could not write YAML.
    #[error("cannot write YAML: {0}")]
    #[diagnostic(code(claimlint::report::yaml))]
    Yaml(String),
}

/// How to print findings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Format {
    /// miette's graphical report.
    #[default]
    Human,
    /// `path:line:col: severity[rule] message`, one finding a line.
    Short,
    /// The stable JSON schema (`version` 1).
    Json,
    /// SARIF 2.1.0.
    Sarif,
    /// GitHub Actions workflow commands.
    Github,
    /// Checkstyle XML.
    Checkstyle,
    /// JUnit XML.
    Junit,
    /// One self-contained HTML page: the claims matrix, timelines, findings, texts.
    Html,
}

/// What a report is made of.
#[derive(Debug, Clone, Copy)]
pub struct Inputs<'a> {
    /// The findings, in order.
    pub findings: &'a [Finding],
    /// The documents checked.
    pub corpus: &'a Corpus,
    /// Their texts.
    pub sources: &'a SourceMap,
    /// The rules used.
    pub rules: &'a RuleSet,
    /// How many facts were read.
    pub facts: usize,
    /// Every fact read, by document then position, when the check kept them (the
    /// HTML report's claims matrix); else empty.
    pub all_facts: &'a [crate::extract::Fact],
}

/// Renders findings in a format. `style` matters for `human` only.
pub fn render(format: Format, inputs: &Inputs<'_>, style: Style) -> Result<String, ReportError> {
    render_with_problems(format, inputs, style, &[])
}

/// [`render`], with the run's problems in the machine formats (JSON `problems`, SARIF
/// `invocations`, GitHub `::error` lines, a JUnit suite of failed cases, Checkstyle
/// errors); `human` and `short` leave them to standard error.
pub fn render_with_problems(
    format: Format,
    inputs: &Inputs<'_>,
    style: Style,
    problems: &[ReportProblem],
) -> Result<String, ReportError> {
    if format == Format::Human {
        return human::render(inputs, style);
    }
    if format == Format::Html {
        return Ok(html::render(inputs));
    }
    if format == Format::Short {
        // The short lines print neither the problems nor most of the report.
        return Ok(machine::short_of(
            inputs.findings,
            inputs.corpus,
            inputs.sources,
        ));
    }
    let mut report = Report::new(inputs.findings, inputs.corpus, inputs.sources, inputs.facts);
    report.problems = problems.to_vec();
    Ok(match format {
        Format::Human | Format::Html | Format::Short => machine::short(&report),
        Format::Json => pretty(&report)?,
        Format::Sarif => pretty(&sarif::sarif(&report, inputs.rules))?,
        Format::Github => machine::github(&report),
        Format::Checkstyle => machine::checkstyle(&report),
        Format::Junit => machine::junit(&report),
    })
}

fn pretty(value: &impl Serialize) -> Result<String, ReportError> {
    let mut out =
        serde_json::to_string_pretty(value).map_err(|e| ReportError::Json(e.to_string()))?;
    out.push('\n');
    Ok(out)
}
