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

/// The most article names a warning lists.
const LIST_AT_MOST: usize = 10;

/// Names, in backticks, the first [`LIST_AT_MOST`] and how many more.
fn list(names: &[String]) -> String {
    let mut out = names
        .iter()
        .take(LIST_AT_MOST)
        .map(|n| format!("`{n}`"))
        .collect::<Vec<_>>()
        .join(", ");
    if names.len() > LIST_AT_MOST {
        out.push_str(&format!(" and {} more", names.len() - LIST_AT_MOST));
    }
    out
}

/// One warning naming the articles with no publication date, whose relative dates
/// ("next month", "on Tuesday") were left unresolved.
pub fn no_date(checked: &Checked) -> Option<Error> {
    let names: Vec<String> = checked
        .corpus
        .documents
        .iter()
        .filter(|doc| doc.published.is_none())
        .map(|doc| doc.path.display().to_string())
        .collect();
    if names.is_empty() {
        return None;
    }
    let (count, verb) = if names.len() == 1 {
        ("1 article has".to_owned(), "its")
    } else {
        (format!("{} articles have", names.len()), "their")
    };
    Some(Error::Notice(Notice {
        code: "claimlint::load::no-date",
        message: format!(
            "{count} no publication date, so {verb} relative dates were left unresolved: {}",
            list(&names)
        ),
        help: Some(
            "give `published:` (or `date:`) in front matter, an entry in `sources.yaml`, or `--date YYYY-MM-DD`"
                .to_owned(),
        ),
        severity: miette::Severity::Warning,
    }))
}

/// One warning per suppression comment that names an unknown rule or silenced no
/// finding (as ruff's unused `noqa`). In draft mode without `--all`, the sources'
/// comments are left alone: their findings are not reported anyway.
pub fn unused_suppressions(checked: &Checked, all: bool) -> Vec<Error> {
    let draft_mode = claimlint::evaluate::is_draft_mode(&checked.corpus);
    let mut out = Vec::new();
    for (d, doc) in checked.corpus.documents.iter().enumerate() {
        if draft_mode && !all && doc.meta.role != Some(claimlint::load::Role::Draft) {
            continue;
        }
        for (s, suppression) in doc.suppressions.iter().enumerate() {
            let at = format!("{}:{}", doc.path.display(), suppression.line);
            let unknown: Vec<&String> = suppression
                .rules
                .iter()
                .filter(|r| *r != "all" && checked.rules.rule(r).is_none())
                .collect();
            let mut help = "remove the comment".to_owned();
            let message = if let Some(rule) = unknown.first() {
                help = match checked
                    .rules
                    .rules
                    .iter()
                    .map(|r| (strsim::levenshtein(rule, &r.id.name), &r.id.name))
                    .min()
                {
                    Some((distance, name)) if distance <= 3 => format!("did you mean `{name}`?"),
                    _ => "`claimlint rules list` shows the rules".to_owned(),
                };
                format!("`{at}`: the suppression names `{rule}`, which no rule file declares")
            } else if !checked.hidden.used.contains(&(d, s)) {
                format!(
                    "`{at}`: the suppression of {} silences no finding",
                    suppression
                        .rules
                        .iter()
                        .map(|r| format!("`{r}`"))
                        .collect::<Vec<_>>()
                        .join(", ")
                )
            } else {
                continue;
            };
            out.push(Error::Notice(Notice {
                code: "claimlint::unused-suppression",
                message,
                help: Some(help),
                severity: miette::Severity::Warning,
            }));
        }
    }
    out
}

/// The summary's tail: ", 3 hidden by the baseline, 1 suppressed, 2 ignored by the
/// configuration", or nothing.
pub fn hidden(checked: &Checked) -> String {
    let h = &checked.hidden;
    let mut out = String::new();
    if h.baseline > 0 {
        out.push_str(&format!(", {} hidden by the baseline", h.baseline));
    }
    if h.suppressed > 0 {
        out.push_str(&format!(", {} suppressed", h.suppressed));
    }
    if h.ignored > 0 {
        out.push_str(&format!(", {} ignored by the configuration", h.ignored));
    }
    out
}
