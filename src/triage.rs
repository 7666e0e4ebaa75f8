//! Triage: the findings of a check in, the findings to report out. Draft mode leaves
//! out what the sources alone get wrong; the configuration turns rules off for some
//! paths and re-grades them; a suppression comment in an article silences a rule at a
//! place; a baseline (an earlier JSON report) holds findings already known.

use crate::config::Config;
use crate::error::Error;
use crate::evaluate::Finding;
use crate::load::{self, Corpus, Role};
use crate::report::Report;
use crate::source::SourceMap;

/// In draft mode (`draft_mode`), keeps of the findings of each document on its own
/// only those about a draft, unless `all`.
pub fn drafts_only(
    findings: Vec<Finding>,
    corpus: &Corpus,
    draft_mode: bool,
    all: bool,
) -> Vec<Finding> {
    if !draft_mode || all {
        return findings;
    }
    let is_draft = |doc: usize| {
        corpus
            .documents
            .get(doc)
            .is_some_and(|d| d.meta.role == Some(Role::Draft))
    };
    findings
        .into_iter()
        .filter(|f| f.labels.first().is_some_and(|l| is_draft(l.doc)))
        .collect()
}

/// Drops the findings that the configuration ignores for their path, that a
/// suppression covers, or that the baseline holds, and gives the rest the severity
/// the configuration sets.
pub fn apply(
    findings: &mut Vec<Finding>,
    corpus: &Corpus,
    sources: &SourceMap,
    config: &Config,
    baseline: Option<&Report>,
) {
    findings.retain_mut(|finding| {
        let path = finding
            .labels
            .first()
            .and_then(|l| corpus.documents.get(l.doc))
            .map(|d| d.path.as_path());
        if path.is_some_and(|p| config.ignores(&finding.rule, p)) {
            return false;
        }
        let suppressed = finding.labels.first().is_some_and(|l| {
            corpus.documents.get(l.doc).is_some_and(|d| {
                d.suppressions
                    .iter()
                    .any(|s| s.covers(&finding.rule, l.span))
            })
        });
        if suppressed {
            return false;
        }
        if baseline.is_some_and(|b| in_baseline(b, finding, sources)) {
            return false;
        }
        if let Some(severity) = config.severity.get(&finding.rule) {
            finding.severity = *severity;
        }
        true
    });
}

/// Reads a JSON report written by `--format json`.
pub fn read_baseline(path: &std::path::Path) -> Result<Report, Error> {
    let text = load::read_text(path)?;
    serde_json::from_str(&text).map_err(|e| {
        Error::Load(load::LoadError::Baseline {
            path: path.display().to_string(),
            reason: e.to_string(),
        })
    })
}

/// Whether a baseline holds a finding: the same rule, file and primary text (line
/// numbers may move as the text is edited).
fn in_baseline(baseline: &Report, finding: &Finding, sources: &SourceMap) -> bool {
    let Some(label) = finding.labels.iter().find(|l| l.primary) else {
        return false;
    };
    let Some(file) = sources.get(label.source) else {
        return false;
    };
    let text = file.slice(label.span);
    baseline.findings.iter().any(|b| {
        b.rule == finding.rule
            && b.labels
                .iter()
                .any(|l| l.primary && l.path == file.name && l.text == text)
    })
}
