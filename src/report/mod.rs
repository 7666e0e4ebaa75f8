//! Reports: findings (and facts) in, text out — miette's graphical report for people,
//! JSON for tools, and the `facts` listings.

mod facts;
mod human;
mod json;

use serde::Serialize;

pub use facts::{FactFormat, facts};
pub use human::{Mismatch, Style};
pub use json::{Report, ReportFinding, ReportLabel, Summary};

use crate::evaluate::Finding;
use crate::load::Corpus;
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
}

/// How to print findings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Format {
    /// miette's graphical report.
    #[default]
    Human,
    /// The stable JSON schema (`version` 1).
    Json,
}

/// Renders findings in a format. `style` matters for `human` only.
pub fn render(
    format: Format,
    findings: &[Finding],
    corpus: &Corpus,
    sources: &SourceMap,
    fact_count: usize,
    style: Style,
) -> Result<String, ReportError> {
    match format {
        Format::Human => human::render(findings, corpus, sources, fact_count, style),
        Format::Json => {
            let report = Report::new(findings, corpus, sources, fact_count);
            let mut out = serde_json::to_string_pretty(&report)
                .map_err(|e| ReportError::Json(e.to_string()))?;
            out.push('\n');
            Ok(out)
        }
    }
}
