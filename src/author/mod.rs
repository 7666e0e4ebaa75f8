//! The rule author's work: rule files in, an [`Outcome`] (text, problems, exit code)
//! out. [`check_rules`] validates, [`format_rules`] rewrites in the canonical layout,
//! [`list_rules`] and [`explain`] describe, and [`test`] (in `test.rs`) runs each rule
//! file's fixture articles. Plain arguments: the binary's `rules`, `explain` and
//! `test` commands call these.

mod explain;
mod test;

use std::path::{Path, PathBuf};

use crate::error::Error;
use crate::output::{OutputError, write_atomically};
use crate::parse::{self, ParseError, Validated};
use crate::pipeline;
use crate::report::Style;
use crate::source::{SourceFile, SourceMap};
use crate::{load, report};

pub use explain::explain_rule;

/// What the rule author's commands can fail on, besides bad rule files.
#[derive(Debug, thiserror::Error, miette::Diagnostic)]
pub enum AuthorError {
    /// `explain` of an id no rule has.
    #[error("no rule `{id}`")]
    #[diagnostic(code(claimlint::author::unknown_rule))]
    UnknownRule {
        /// The id asked for.
        id: String,
        /// The nearest id, or where to look.
        #[help]
        help: String,
    },
    /// An error of the check or of a stage it runs.
    #[error(transparent)]
    #[diagnostic(transparent)]
    Check(Box<Error>),
    /// A test folder that holds no rule file.
    #[error("no `.rules` files in `{path}`")]
    #[diagnostic(
        code(claimlint::author::no_rules),
        help("`claimlint test DIR` runs `DIR/X.tests/<case>/` against `DIR/X.rules`")
    )]
    NoRules {
        /// The folder.
        path: String,
    },
    /// A test folder that cannot be read.
    #[error("cannot read `{path}`: {reason}")]
    #[diagnostic(code(claimlint::author::read))]
    Read {
        /// The folder or file.
        path: String,
        /// Why.
        reason: String,
    },
}

/// What a command of the rule author leaves: text for standard output, problems for
/// standard error, and an exit code.
#[derive(Debug)]
pub struct Outcome {
    /// Goes to standard output.
    pub stdout: String,
    /// Problems that did not stop the command, for standard error.
    pub problems: Vec<Error>,
    /// 0 clean, 1 a failure the command looks for, 2 bad input.
    pub code: u8,
}

impl From<Error> for AuthorError {
    fn from(error: Error) -> Self {
        AuthorError::Check(Box::new(error))
    }
}

impl From<load::LoadError> for AuthorError {
    fn from(error: load::LoadError) -> Self {
        Error::from(error).into()
    }
}

impl From<ParseError> for AuthorError {
    fn from(error: ParseError) -> Self {
        Error::from(error).into()
    }
}

impl From<report::ReportError> for AuthorError {
    fn from(error: report::ReportError) -> Self {
        Error::from(error).into()
    }
}

impl From<OutputError> for AuthorError {
    fn from(error: OutputError) -> Self {
        Error::from(error).into()
    }
}

/// Explains the rule `id` of the rule files `rules` (the built-in ones when empty).
pub fn explain(rules: &[PathBuf], id: &str) -> Result<Outcome, AuthorError> {
    let mut sources = SourceMap::new();
    let rules = read_rules(rules, &mut sources)?.rules?;
    let stdout = explain_rule(&rules, &sources, id)?;
    Ok(Outcome {
        stdout,
        problems: Vec::new(),
        code: 0,
    })
}

/// Runs every case of every rule file in `dir` (see `test.rs`); with `snapshot`,
/// writes each case's report as a snapshot beside it.
pub fn test(dir: &Path, snapshot: bool, style: Style) -> Result<Outcome, AuthorError> {
    test::run(dir, snapshot, style)
}

/// Reads rule files (the built-in ones when `paths` is empty) and validates them,
/// keeping the warnings.
pub fn read_rules(paths: &[PathBuf], sources: &mut SourceMap) -> Result<Validated, Error> {
    let ids = pipeline::add_rule_files(paths, sources)?;
    Ok(parse::validate_files(sources, &ids))
}

/// The errors of a `ParseError`, one per problem.
fn flatten(error: ParseError) -> Vec<ParseError> {
    match error {
        ParseError::Many { errors } => errors,
        other => vec![other],
    }
}

/// Validates rule files (the built-in ones when `files` is empty): a summary, every
/// error and warning, exit code 2 on an error.
pub fn check_rules(files: &[PathBuf]) -> Result<Outcome, AuthorError> {
    let mut sources = SourceMap::new();
    let Validated { rules, warnings } = read_rules(files, &mut sources)?;
    let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    let (mut problems, stdout, code): (Vec<Error>, String, u8) = match rules {
        Ok(set) => (
            Vec::new(),
            format!(
                "{}: {}, {}, {}; {}\n",
                plural(files.len(), "rule file"),
                plural(set.rules.len(), "rule"),
                plural(set.facts.len(), "fact"),
                plural(set.lists.len(), "word list"),
                plural(warnings.len(), "warning"),
            ),
            0,
        ),
        Err(e) => {
            let errors = flatten(e);
            let stdout = format!(
                "{}: {}, {}\n",
                plural(files.len(), "rule file"),
                plural(errors.len(), "error"),
                plural(warnings.len(), "warning"),
            );
            (errors.into_iter().map(Error::from).collect(), stdout, 2)
        }
    };
    problems.extend(warnings.into_iter().map(Error::from));
    Ok(Outcome {
        stdout,
        problems,
        code,
    })
}

/// Rewrites rule files in the canonical layout; with `check`, only says which are not
/// (exit code 1).
pub fn format_rules(files: &[PathBuf], check: bool) -> Result<Outcome, AuthorError> {
    let mut stdout = String::new();
    let mut problems = Vec::new();
    let mut unformatted = false;
    for path in files {
        let text = match load::read_text(path) {
            Ok(text) => text,
            Err(e) => {
                problems.push(Error::from(e));
                continue;
            }
        };
        let file = SourceFile::new(path.display().to_string(), text);
        let formatted = match parse::format::format(&file) {
            Ok(f) => f,
            Err(e) => {
                problems.push(Error::from(e));
                continue;
            }
        };
        if formatted == *file.text {
            continue;
        }
        if check {
            unformatted = true;
            stdout.push_str(&format!("not formatted: {}\n", path.display()));
        } else {
            write_atomically(path, formatted.as_bytes())?;
            stdout.push_str(&format!("formatted: {}\n", path.display()));
        }
    }
    let code = if !problems.is_empty() {
        2
    } else if unformatted {
        1
    } else {
        0
    };
    Ok(Outcome {
        stdout,
        problems,
        code,
    })
}

/// Lists the rules of rule files (the built-in ones when `files` is empty): id,
/// severity and the first line of the doc comment.
pub fn list_rules(files: &[PathBuf]) -> Result<Outcome, AuthorError> {
    let mut sources = SourceMap::new();
    let Validated { rules, warnings } = read_rules(files, &mut sources)?;
    let rules = rules?;
    let width = rules
        .rules
        .iter()
        .map(|r| r.id.name.len())
        .max()
        .unwrap_or(0);
    let mut stdout = String::new();
    for rule in &rules.rules {
        let summary = rule.summary();
        let line = format!(
            "{:width$}  {:7}  {summary}",
            rule.id.name,
            rule.severity.to_string()
        );
        stdout.push_str(line.trim_end());
        stdout.push('\n');
    }
    Ok(Outcome {
        stdout,
        problems: warnings.into_iter().map(Error::from).collect(),
        code: 0,
    })
}
