//! The report for people: one miette diagnostic per finding, labelled in the primary
//! label's document, with one related diagnostic per other document involved, each
//! with its own file name and underlines.

use std::fmt;

use miette::{
    Diagnostic, GraphicalReportHandler, GraphicalTheme, LabeledSpan, NamedSource, SourceCode,
};

use super::{Inputs, ReportError, words};
use crate::evaluate::{Finding, Label};
use crate::load::Corpus;
use crate::parse::ast::Severity;
use crate::source::{SharedText, SourceId, SourceMap, printable};

/// How the human report looks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Style {
    /// Whether to use colour.
    pub color: bool,
    /// The width to wrap at.
    pub width: usize,
}

impl Default for Style {
    fn default() -> Self {
        Style {
            color: false,
            width: 80,
        }
    }
}

/// A finding as a miette diagnostic: the labels in one document, and one related
/// `Mismatch` per other document.
#[derive(Debug)]
pub struct Mismatch {
    message: String,
    code: Option<String>,
    severity: miette::Severity,
    help: Option<String>,
    src: NamedSource<SharedText>,
    labels: Vec<LabeledSpan>,
    related: Vec<Mismatch>,
}

impl fmt::Display for Mismatch {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Mismatch {}

impl Diagnostic for Mismatch {
    fn code<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        self.code
            .as_ref()
            .map(|c| Box::new(c) as Box<dyn fmt::Display>)
    }

    fn severity(&self) -> Option<miette::Severity> {
        Some(self.severity)
    }

    fn help<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        self.help
            .as_ref()
            .map(|h| Box::new(h) as Box<dyn fmt::Display>)
    }

    fn source_code(&self) -> Option<&dyn SourceCode> {
        Some(&self.src)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        Some(Box::new(self.labels.iter().cloned()))
    }

    fn related<'a>(&'a self) -> Option<Box<dyn Iterator<Item = &'a dyn Diagnostic> + 'a>> {
        if self.related.is_empty() {
            return None;
        }
        Some(Box::new(self.related.iter().map(|r| r as &dyn Diagnostic)))
    }
}

impl Mismatch {
    /// The diagnostic of a finding; `None` when its labels point at no known text.
    pub fn new(finding: &Finding, corpus: &Corpus, sources: &SourceMap) -> Option<Mismatch> {
        let primary = finding.claim()?;
        let mut main = Mismatch::in_file(primary.source(), finding, sources)?;
        // Messages quote the articles: what they hold must not drive the terminal.
        main.message = printable(&words::message(finding, corpus, sources)).into_owned();
        main.code = Some(finding.rule.clone());
        main.help = finding.help.as_deref().map(|h| printable(h).into_owned());
        let mut others: Vec<SourceId> = Vec::new();
        for label in &finding.labels {
            if label.source() != primary.source() && !others.contains(&label.source()) {
                others.push(label.source());
            }
        }
        main.related = others
            .into_iter()
            .filter_map(|id| {
                let mut related = Mismatch::in_file(id, finding, sources)?;
                related.code = Some(related.src.name().to_owned());
                related.message = "what it disagrees with".to_owned();
                related.severity = miette::Severity::Advice;
                Some(related)
            })
            .collect();
        Some(main)
    }

    fn in_file(id: SourceId, finding: &Finding, sources: &SourceMap) -> Option<Mismatch> {
        let file = sources.get(id)?;
        let labels = finding
            .labels
            .iter()
            .filter(|l| l.source() == id)
            .map(|l| labeled_span(finding, l))
            .collect();
        Some(Mismatch {
            message: String::new(),
            code: None,
            severity: severity(finding.severity),
            help: None,
            src: file.named_source(),
            labels,
            related: Vec::new(),
        })
    }
}

fn labeled_span(finding: &Finding, label: &Label) -> LabeledSpan {
    let note = Some(printable(&words::note(finding, label)).into_owned());
    if label.primary() {
        LabeledSpan::new_primary_with_span(note, label.span)
    } else {
        LabeledSpan::new_with_span(note, label.span)
    }
}

fn severity(severity: Severity) -> miette::Severity {
    match severity {
        Severity::Error => miette::Severity::Error,
        Severity::Warning => miette::Severity::Warning,
        Severity::Info => miette::Severity::Advice,
    }
}

/// Every finding as a graphical diagnostic, then a summary line.
pub(super) fn render(inputs: &Inputs<'_>, style: Style) -> Result<String, ReportError> {
    let Inputs {
        findings,
        corpus,
        sources,
        facts,
        ..
    } = *inputs;
    let theme = if style.color {
        GraphicalTheme::unicode()
    } else {
        GraphicalTheme::unicode_nocolor()
    };
    let handler = GraphicalReportHandler::new_themed(theme).with_width(style.width);
    let mut out = String::new();
    for finding in findings {
        let Some(diagnostic) = Mismatch::new(finding, corpus, sources) else {
            continue;
        };
        handler
            .render_report(&mut out, &diagnostic)
            .map_err(|e| ReportError::Render(e.to_string()))?;
        out.push('\n');
    }
    out.push_str(&summary(findings, corpus.documents.len(), facts));
    out.push('\n');
    Ok(out)
}

/// "2 findings (1 error, 1 warning) in 5 documents, 37 facts"
fn summary(findings: &[Finding], documents: usize, facts: usize) -> String {
    let count = |s: Severity| findings.iter().filter(|f| f.severity == s).count();
    let mut parts = Vec::new();
    for (severity, one, many) in [
        (Severity::Error, "error", "errors"),
        (Severity::Warning, "warning", "warnings"),
        (Severity::Info, "info", "infos"),
    ] {
        let n = count(severity);
        if n > 0 {
            parts.push(format!("{n} {}", if n == 1 { one } else { many }));
        }
    }
    let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    if findings.is_empty() {
        format!(
            "no findings in {}, {}",
            plural(documents, "document"),
            plural(facts, "fact")
        )
    } else {
        format!(
            "{} ({}) in {}, {}",
            plural(findings.len(), "finding"),
            parts.join(", "),
            plural(documents, "document"),
            plural(facts, "fact")
        )
    }
}

/// A diagnostic as it is shown: its message, help and label texts with control
/// characters escaped ([`printable`]); its source forwarded (snippets are
/// neutralised by [`SharedText`]). Related diagnostics are wrapped alike.
struct Shown<'a> {
    inner: &'a dyn Diagnostic,
    message: String,
    help: Option<String>,
    related: Vec<Shown<'a>>,
}

impl<'a> Shown<'a> {
    fn new(inner: &'a dyn Diagnostic) -> Self {
        Shown {
            inner,
            message: printable(&inner.to_string()).into_owned(),
            help: inner.help().map(|h| printable(&h.to_string()).into_owned()),
            related: inner
                .related()
                .map(|r| r.map(Shown::new).collect())
                .unwrap_or_default(),
        }
    }
}

impl fmt::Debug for Shown<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl fmt::Display for Shown<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Shown<'_> {}

impl Diagnostic for Shown<'_> {
    fn code<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        self.inner.code()
    }

    fn severity(&self) -> Option<miette::Severity> {
        self.inner.severity()
    }

    fn help<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        self.help
            .as_ref()
            .map(|h| Box::new(h) as Box<dyn fmt::Display>)
    }

    fn url<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        self.inner.url()
    }

    fn source_code(&self) -> Option<&dyn SourceCode> {
        self.inner.source_code()
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        let labels = self.inner.labels()?;
        Some(Box::new(labels.map(|l| {
            let text = l.label().map(|t| printable(t).into_owned());
            if l.primary() {
                LabeledSpan::new_primary_with_span(text, *l.inner())
            } else {
                LabeledSpan::new_with_span(text, *l.inner())
            }
        })))
    }

    fn related<'b>(&'b self) -> Option<Box<dyn Iterator<Item = &'b dyn Diagnostic> + 'b>> {
        if self.related.is_empty() {
            return None;
        }
        Some(Box::new(self.related.iter().map(|r| r as &dyn Diagnostic)))
    }

    fn diagnostic_source(&self) -> Option<&dyn Diagnostic> {
        self.inner.diagnostic_source()
    }
}

/// An error or warning as text for a terminal, laid out by miette: what the inputs
/// put in its message, labels and snippets (file names, article text) cannot drive
/// the terminal.
pub fn diagnostic(diagnostic: &dyn Diagnostic, style: Style) -> String {
    let theme = if style.color {
        GraphicalTheme::unicode()
    } else {
        GraphicalTheme::unicode_nocolor()
    };
    let handler = GraphicalReportHandler::new_themed(theme).with_width(style.width);
    let mut out = String::new();
    if handler
        .render_report(&mut out, &Shown::new(diagnostic))
        .is_err()
    {
        out = printable(&diagnostic.to_string()).into_owned();
    }
    out
}
