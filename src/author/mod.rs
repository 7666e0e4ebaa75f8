//! The rule author's commands: rule files in, text out. `rules check` validates,
//! `rules fmt` rewrites in the canonical layout, `rules list` and `explain` describe,
//! and `test` (in `test.rs`) runs each rule file's fixture articles.

mod explain;
mod test;

use std::path::{Path, PathBuf};

use crate::cli::{ExplainArgs, FmtArgs, ListArgs, RuleFilesArgs, RulesCommand, TestArgs};
use crate::parse::{self, ParseError, Validated};
use crate::report::Style;
use crate::source::{SourceFile, SourceMap};
use crate::{Error, Outcome, load};

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
    /// A file could not be written.
    #[error("cannot write `{path}`: {reason}")]
    #[diagnostic(code(claimlint::author::write))]
    Write {
        /// The file.
        path: String,
        /// Why.
        reason: String,
    },
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

/// Runs `claimlint rules …`.
pub fn rules(command: &RulesCommand, _style: Style) -> Result<Outcome, Error> {
    match command {
        RulesCommand::Check(args) => check(args),
        RulesCommand::Fmt(args) => fmt(args),
        RulesCommand::List(args) => list(args),
    }
}

/// Runs `claimlint explain`.
pub fn explain(args: &ExplainArgs) -> Result<Outcome, Error> {
    let mut sources = SourceMap::new();
    let rules = read_rules(&args.rules, &mut sources)?.rules?;
    let stdout = explain_rule(&rules, &sources, &args.id)?;
    Ok(Outcome {
        stdout,
        problems: Vec::new(),
        code: 0,
    })
}

/// Runs `claimlint test`.
pub fn test(args: &TestArgs, style: Style) -> Result<Outcome, Error> {
    test::run(&args.dir, args.snapshot, style)
}

/// Reads rule files (the built-in ones when `paths` is empty) and validates them,
/// keeping the warnings.
pub fn read_rules(paths: &[PathBuf], sources: &mut SourceMap) -> Result<Validated, Error> {
    let ids = crate::add_rule_files(paths, sources)?;
    Ok(parse::validate_files(sources, &ids))
}

/// The errors of a `ParseError`, one per problem.
fn flatten(error: ParseError) -> Vec<ParseError> {
    match error {
        ParseError::Many { errors } => errors,
        other => vec![other],
    }
}

fn check(args: &RuleFilesArgs) -> Result<Outcome, Error> {
    let mut sources = SourceMap::new();
    let Validated { rules, warnings } = read_rules(&args.files, &mut sources)?;
    let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    let (mut problems, stdout, code): (Vec<Error>, String, u8) = match rules {
        Ok(set) => (
            Vec::new(),
            format!(
                "{}: {}, {}, {}; {}\n",
                plural(args.files.len(), "rule file"),
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
                plural(args.files.len(), "rule file"),
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

fn fmt(args: &FmtArgs) -> Result<Outcome, Error> {
    let mut stdout = String::new();
    let mut problems = Vec::new();
    let mut unformatted = false;
    for path in &args.files {
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
        if args.check {
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

fn list(args: &ListArgs) -> Result<Outcome, Error> {
    let mut sources = SourceMap::new();
    let Validated { rules, warnings } = read_rules(&args.files, &mut sources)?;
    let rules = rules?;
    let width = rules
        .rules
        .iter()
        .map(|r| r.id.name.len())
        .max()
        .unwrap_or(0);
    let mut stdout = String::new();
    for rule in &rules.rules {
        let summary = explain::summary(rule);
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

/// Writes a file through a temporary file in the same folder, renamed over it, so that
/// an interrupted run never leaves half a file.
pub(crate) fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), AuthorError> {
    let error = |e: std::io::Error| AuthorError::Write {
        path: path.display().to_string(),
        reason: e.to_string(),
    };
    let folder = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let mut temp = tempfile::NamedTempFile::new_in(&folder).map_err(error)?;
    std::io::Write::write_all(&mut temp, bytes).map_err(error)?;
    if let Ok(meta) = std::fs::metadata(path) {
        // Keep the file's permissions; a failure here leaves the defaults, which is fine.
        let _ = std::fs::set_permissions(temp.path(), meta.permissions());
    }
    temp.persist(path).map_err(|e| error(e.error))?;
    Ok(())
}
