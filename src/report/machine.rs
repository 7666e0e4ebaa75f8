//! One-line and machine formats built on the JSON [`Report`]: `short`, GitHub Actions
//! workflow commands, Checkstyle XML and JUnit XML. SARIF has a file of its own.

use std::fmt::Write as _;

use super::json::{Report, ReportFinding, ReportLabel};
use super::words;
use crate::evaluate::Finding;
use crate::load::Corpus;
use crate::parse::ast::Severity;
use crate::source::{SourceMap, printable};

/// `path:line:col: severity[rule] message`, one finding a line.
pub fn short(report: &Report) -> String {
    let mut out = String::new();
    for finding in &report.findings {
        let Some(label) = primary(finding) else {
            continue;
        };
        short_line(
            &mut out,
            (&label.path, label.line, label.column),
            finding.severity,
            &finding.rule,
            &finding.message,
        );
    }
    out
}

/// [`short`] of the findings themselves, with the same lines: only each finding's
/// message and its primary label's place are worked out, not the notes, values, texts
/// and end positions of every label that the JSON [`Report`] carries and the format
/// never prints.
pub fn short_of(findings: &[Finding], corpus: &Corpus, sources: &SourceMap) -> String {
    let mut out = String::new();
    for finding in findings {
        // As `primary` chooses among the report's labels, which are the finding's.
        let Some(label) = finding
            .labels
            .iter()
            .find(|l| l.primary())
            .or_else(|| finding.labels.first())
        else {
            continue;
        };
        // As `json::label` places a label.
        let file = sources.get(label.source());
        let (line, column) = file.map_or((1, 1), |f| f.line_col(label.span.start));
        let path = file.map_or("", |f| f.name.as_str());
        short_line(
            &mut out,
            (path, line, column),
            finding.severity,
            &finding.rule,
            &words::message(finding, corpus, sources),
        );
    }
    out
}

/// One line of [`short`]: the place as (path, line, column).
fn short_line(
    out: &mut String,
    (path, line, column): (&str, usize, usize),
    severity: Severity,
    rule: &str,
    message: &str,
) {
    let _ = writeln!(
        out,
        "{}:{}:{}: {}[{}] {}",
        printable(path),
        line,
        column,
        severity,
        rule,
        printable(&one_line(message))
    );
}

/// GitHub Actions workflow commands: `::error file=…,line=…,col=…,title=…::message`.
pub fn github(report: &Report) -> String {
    let mut out = String::new();
    for finding in &report.findings {
        let Some(label) = primary(finding) else {
            continue;
        };
        let command = match finding.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "notice",
        };
        let mut message = finding.message.clone();
        for other in finding.labels.iter().filter(|l| !l.primary) {
            let _ = write!(
                message,
                "\n{}:{}:{}: `{}`",
                other.path, other.line, other.column, other.text
            );
        }
        let _ = writeln!(
            out,
            "::{command} file={},line={},col={},title={}::{}",
            escape_property(&printable(&label.path)),
            label.line,
            label.column,
            escape_property(&finding.rule),
            escape_data(&printable(&message))
        );
    }
    super::problems::github(&report.problems, &mut out);
    out
}

/// Checkstyle XML: one `<file>` per file with a primary label, one `<error>` per finding.
pub fn checkstyle(report: &Report) -> String {
    let mut files: Vec<(&str, Vec<(&ReportFinding, &ReportLabel)>)> = Vec::new();
    for finding in &report.findings {
        let Some(label) = primary(finding) else {
            continue;
        };
        match files.iter_mut().find(|(path, _)| *path == label.path) {
            Some((_, list)) => list.push((finding, label)),
            None => files.push((&label.path, vec![(finding, label)])),
        }
    }
    let mut out =
        String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"4.3\">\n");
    for (path, list) in files {
        let _ = writeln!(out, "  <file name=\"{}\">", xml(path));
        for (finding, label) in list {
            let _ = writeln!(
                out,
                "    <error line=\"{}\" column=\"{}\" severity=\"{}\" message=\"{}\" source=\"claimlint.{}\"/>",
                label.line,
                label.column,
                finding.severity,
                xml(&finding.message),
                xml(&finding.rule)
            );
        }
        out.push_str("  </file>\n");
    }
    for problem in &report.problems {
        let _ = writeln!(
            out,
            "  <file name=\"{}\">\n    <error line=\"{}\" column=\"{}\" severity=\"{}\" message=\"{}\" source=\"{}\"/>\n  </file>",
            xml(problem.path.as_deref().unwrap_or("claimlint")),
            problem.line.unwrap_or(0),
            problem.column.unwrap_or(0),
            if problem.severity == "note" {
                "info"
            } else {
                &problem.severity
            },
            xml(&problem.message),
            xml(&problem.code)
        );
    }
    out.push_str("</checkstyle>\n");
    out
}

/// JUnit XML: one test case per finding, each a failure, so CI dashboards list them.
pub fn junit(report: &Report) -> String {
    let count = report.findings.len();
    let failed_inputs = report
        .problems
        .iter()
        .filter(|p| p.severity == "error")
        .count();
    let all = count + failed_inputs;
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let _ = writeln!(
        out,
        "<testsuites name=\"claimlint\" tests=\"{all}\" failures=\"{all}\">"
    );
    let _ = writeln!(
        out,
        "  <testsuite name=\"claimlint\" tests=\"{count}\" failures=\"{count}\" errors=\"0\">"
    );
    for finding in &report.findings {
        let Some(label) = primary(finding) else {
            continue;
        };
        let mut body = String::new();
        for l in &finding.labels {
            let _ = writeln!(body, "{}:{}:{}: `{}`", l.path, l.line, l.column, l.text);
        }
        let _ = writeln!(
            out,
            "    <testcase name=\"{}:{}:{}\" classname=\"{}\">\n      <failure message=\"{}\" type=\"{}\">{}</failure>\n    </testcase>",
            xml(&label.path),
            label.line,
            label.column,
            xml(&finding.rule),
            xml(&finding.message),
            finding.severity,
            xml(&body)
        );
    }
    out.push_str("  </testsuite>\n");
    if failed_inputs > 0 {
        out.push_str(&super::problems::junit_suite(&report.problems));
    }
    out.push_str("</testsuites>\n");
    out
}

fn primary(finding: &ReportFinding) -> Option<&ReportLabel> {
    finding
        .labels
        .iter()
        .find(|l| l.primary)
        .or_else(|| finding.labels.first())
}

fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Escapes a workflow command's message.
pub(super) fn escape_data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes a workflow command's property value.
pub(super) fn escape_property(text: &str) -> String {
    escape_data(text).replace(':', "%3A").replace(',', "%2C")
}

/// Escapes text for an XML attribute or element.
pub(super) fn xml(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\n' => out.push_str("&#10;"),
            // Characters XML 1.0 cannot hold at all.
            c if (c as u32) < 0x20 && c != '\t' && c != '\r' => out.push('\u{fffd}'),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn workflow_commands_are_escaped() {
        assert_eq!(escape_data("50%\nnext"), "50%25%0Anext");
        assert_eq!(escape_property("a:b,c"), "a%3Ab%2Cc");
    }

    #[test]
    fn xml_is_escaped() {
        assert_eq!(
            xml("a<b & \"c\"\u{1}"),
            "a&lt;b &amp; &quot;c&quot;\u{fffd}"
        );
    }
}
