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
    let is_draft = |doc| {
        corpus
            .get(doc)
            .is_some_and(|d| d.meta.role == Some(Role::Draft))
    };
    findings
        .into_iter()
        .filter(|f| f.labels.first().is_some_and(|l| is_draft(l.doc)))
        .collect()
}

/// What [`apply`] hid, for the summary line, and which suppressions silenced something.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Hidden {
    /// Findings the configuration's `ignore:` turned off for their path.
    pub ignored: usize,
    /// Findings a suppression comment covered.
    pub suppressed: usize,
    /// Findings the baseline holds.
    pub baseline: usize,
    /// `(document, suppression)` indexes of the suppressions that covered a finding.
    pub used: Vec<(usize, usize)>,
}

/// Drops the findings that the configuration ignores for their path, that a
/// suppression covers, or that the baseline holds, and gives the rest the severity
/// the configuration sets. Returns how many each hid.
pub fn apply(
    findings: &mut Vec<Finding>,
    corpus: &Corpus,
    sources: &SourceMap,
    config: &Config,
    baseline: Option<&Report>,
) -> Hidden {
    let mut hidden = Hidden::default();
    findings.retain_mut(|finding| {
        let path = finding
            .labels
            .first()
            .and_then(|l| corpus.get(l.doc))
            .map(|d| d.path.as_path());
        if path.is_some_and(|p| config.ignores(&finding.rule, p)) {
            hidden.ignored += 1;
            return false;
        }
        let suppressed = finding.labels.first().and_then(|l| {
            let doc = corpus.get(l.doc)?;
            let at = doc
                .suppressions
                .iter()
                .position(|s| s.covers(&finding.rule, l.span))?;
            Some((l.doc.index(), at))
        });
        if let Some(used) = suppressed {
            hidden.suppressed += 1;
            if !hidden.used.contains(&used) {
                hidden.used.push(used);
            }
            return false;
        }
        if baseline.is_some_and(|b| in_baseline(b, finding, sources)) {
            hidden.baseline += 1;
            return false;
        }
        if let Some(severity) = config.severity.get(&finding.rule) {
            finding.severity = *severity;
        }
        true
    });
    hidden
}

/// Reads a JSON report written by `--format json`.
pub fn read_baseline(path: &std::path::Path) -> Result<Report, Error> {
    let text = load::read_text(path)?;
    let report: Report = serde_json::from_str(&text).map_err(|e| {
        Error::Load(load::LoadError::Baseline {
            path: path.display().to_string(),
            reason: e.to_string(),
        })
    })?;
    // A report of another schema version may not mean the same by its fields.
    if report.version != Report::VERSION {
        return Err(Error::Load(load::LoadError::Baseline {
            path: path.display().to_string(),
            reason: format!(
                "it is a version {} report; this claimlint reads version {}",
                report.version,
                Report::VERSION
            ),
        }));
    }
    Ok(report)
}

/// Whether a baseline holds a finding: the same rule, file and primary text (line
/// numbers may move as the text is edited).
fn in_baseline(baseline: &Report, finding: &Finding, sources: &SourceMap) -> bool {
    let Some(label) = finding.claim() else {
        return false;
    };
    let Some(file) = sources.get(label.source()) else {
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
