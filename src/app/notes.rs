//! What `check` tells beside its findings, as [`Notice`]s on standard error: what it
//! read and left aside.

use claimlint::Error;
use claimlint::error::Notice;
use claimlint::pipeline::Checked;

/// With `--verbose`: one note per article whose front matter has keys claimlint does
/// not read.
pub fn ignored_keys(checked: &Checked) -> Vec<Error> {
    checked
        .corpus
        .documents
        .iter()
        .filter(|doc| !doc.meta.ignored.is_empty())
        .map(|doc| {
            Error::Notice(Notice {
                code: "claimlint::load::ignored-keys",
                message: format!(
                    "`{}`: front matter keys ignored: {}",
                    doc.path.display(),
                    doc.meta
                        .ignored
                        .iter()
                        .map(|k| format!("`{k}`"))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
                help: None,
                severity: miette::Severity::Advice,
            })
        })
        .collect()
}
