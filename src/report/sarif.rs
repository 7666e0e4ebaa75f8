//! SARIF 2.1.0, for code-scanning dashboards. Columns count Unicode code points
//! (`columnKind: unicodeCodePoints`), as the other formats do; byte offsets are given too.

use serde::Serialize;

use super::json::{Report, ReportLabel};
use crate::parse::ast::{RuleSet, Severity};

#[derive(Serialize)]
pub struct Log<'a> {
    #[serde(rename = "$schema")]
    schema: &'static str,
    version: &'static str,
    runs: [Run<'a>; 1],
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Run<'a> {
    tool: Tool<'a>,
    /// Whether the run succeeded, and its problems.
    invocations: [super::problems::Invocation; 1],
    /// `%SRCROOT%`: the working folder, which relative `uri`s are relative to.
    original_uri_base_ids: BaseIds,
    column_kind: &'static str,
    results: Vec<SarifResult<'a>>,
}

#[derive(Serialize)]
struct Tool<'a> {
    driver: Driver<'a>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Driver<'a> {
    name: &'static str,
    version: &'static str,
    rules: Vec<Descriptor<'a>>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Descriptor<'a> {
    id: &'a str,
    name: &'a str,
    short_description: Text<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    full_description: Option<Text<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    help: Option<Text<'a>>,
    default_configuration: Configuration,
}

#[derive(Serialize)]
struct Configuration {
    level: &'static str,
}

#[derive(Serialize)]
struct Text<'a> {
    text: std::borrow::Cow<'a, str>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifResult<'a> {
    rule_id: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    rule_index: Option<usize>,
    level: &'static str,
    message: Text<'a>,
    locations: Vec<Location<'a>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    related_locations: Vec<Location<'a>>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Location<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<usize>,
    physical_location: PhysicalLocation<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    message: Option<Text<'a>>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct PhysicalLocation<'a> {
    artifact_location: ArtifactLocation,
    region: Region<'a>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ArtifactLocation {
    uri: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    uri_base_id: Option<&'static str>,
}

/// The base of relative paths.
const SRCROOT: &str = "%SRCROOT%";

#[derive(Serialize)]
struct BaseIds {
    #[serde(rename = "%SRCROOT%")]
    srcroot: BaseId,
}

#[derive(Serialize)]
struct BaseId {
    description: Text<'static>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Region<'a> {
    start_line: usize,
    start_column: usize,
    end_line: usize,
    end_column: usize,
    byte_offset: usize,
    byte_length: usize,
    snippet: Text<'a>,
}

/// The SARIF log of a report.
pub fn sarif<'a>(report: &'a Report, rules: &'a RuleSet) -> Log<'a> {
    let descriptors = rules
        .rules
        .iter()
        .map(|rule| {
            let doc = rule.doc.as_deref().unwrap_or("");
            // The whole `What:` sentence-block, as `rules list` prints it, not its first
            // line alone.
            let summary = rule.summary();
            let summary = if summary.is_empty() {
                rule.id.name.as_str().into()
            } else {
                summary.into()
            };
            Descriptor {
                id: &rule.id.name,
                name: &rule.id.name,
                short_description: Text { text: summary },
                full_description: (!doc.is_empty()).then_some(Text { text: doc.into() }),
                help: rule.help.as_deref().map(|text| Text { text: text.into() }),
                default_configuration: Configuration {
                    level: level(rule.severity),
                },
            }
        })
        .collect();
    let results = report
        .findings
        .iter()
        .map(|finding| SarifResult {
            rule_id: &finding.rule,
            rule_index: rules.rules.iter().position(|r| r.id.name == finding.rule),
            level: level(finding.severity),
            message: Text {
                text: finding.message.as_str().into(),
            },
            locations: finding
                .labels
                .iter()
                .filter(|l| l.primary)
                .map(|l| location(l, None))
                .collect(),
            related_locations: finding
                .labels
                .iter()
                .filter(|l| !l.primary)
                .enumerate()
                .map(|(id, l)| location(l, Some(id)))
                .collect(),
        })
        .collect();
    Log {
        schema: "https://json.schemastore.org/sarif-2.1.0.json",
        version: "2.1.0",
        runs: [Run {
            tool: Tool {
                driver: Driver {
                    name: "claimlint",
                    version: env!("CARGO_PKG_VERSION"),
                    rules: descriptors,
                },
            },
            invocations: [super::problems::invocation(&report.problems)],
            original_uri_base_ids: BaseIds {
                srcroot: BaseId {
                    description: Text {
                        text: "The folder claimlint ran in; relative paths are relative to it."
                            .into(),
                    },
                },
            },
            column_kind: "unicodeCodePoints",
            results,
        }],
    }
}

fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

fn location(label: &ReportLabel, id: Option<usize>) -> Location<'_> {
    let (end_line, end_column) = label.end_line_column;
    // A relative path is relative to `%SRCROOT%`; an absolute one is a `file:` URI.
    let path = label.path.replace('\\', "/");
    let absolute = std::path::Path::new(&label.path).is_absolute();
    Location {
        id,
        physical_location: PhysicalLocation {
            artifact_location: ArtifactLocation {
                uri_base_id: (!absolute).then_some(SRCROOT),
                uri: if absolute && path.starts_with('/') {
                    format!("file://{}", uri_reference(&path))
                } else {
                    uri_reference(&path)
                },
            },
            region: Region {
                start_line: label.line,
                start_column: label.column,
                end_line,
                end_column,
                byte_offset: label.start,
                byte_length: label.end.saturating_sub(label.start),
                snippet: Text {
                    text: label.text.as_str().into(),
                },
            },
        },
        message: id.map(|_| Text {
            text: label.note.as_deref().unwrap_or(&label.text).into(),
        }),
    }
}

/// A path as a relative URI reference (RFC 3986): every byte but the unreserved ones
/// and `/` percent-encoded, so that a space, `#`, `?`, `%` or a control character in a
/// file name cannot change what the URI names.
fn uri_reference(path: &str) -> String {
    use std::fmt::Write as _;
    let mut out = String::with_capacity(path.len());
    for &b in path.as_bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b'/') {
            out.push(char::from(b));
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uris_are_percent_encoded() {
        assert_eq!(uri_reference("seeds/a-1_b.txt"), "seeds/a-1_b.txt");
        assert_eq!(
            uri_reference("a b/#1?x%\u{1b}é.md"),
            "a%20b/%231%3Fx%25%1B%C3%A9.md"
        );
    }
}
