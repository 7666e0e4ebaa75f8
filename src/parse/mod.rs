//! Rule files: text in, a validated [`ast::RuleSet`] out.
//!
//! `grammar` (pest) reads the text into pairs, `lower` turns pairs into the AST,
//! `validate` checks names, lists and tolerances across the file and expands word
//! sets. Every failure is a [`ParseError`] pointing into the rule file.

// A `ParseError` carries its rule file as a `NamedSource` and is built at most a few
// times per run, on the way out; boxing every variant would only obscure the enum.
#![allow(clippy::result_large_err)]

pub mod ast;
mod error;
pub mod format;
mod frozen;
mod grammar;
mod imports;
mod lower;
mod syntax;
mod validate;

use pest::Parser;

pub(crate) use error::did_you_mean;
pub use error::{ErrorKind, FirstDeclared, Located, ParseError};

use crate::source::{SourceId, SourceMap};

/// The shipped rule pack, compiled in and on by default: display name and text of
/// each file. Story packs (`rules/ukraine-2021.rules`) are opt-in, run with `--rules`.
pub const EMBEDDED: &[(&str, &str)] = &[(
    "rules/default.rules",
    include_str!("../../rules/default.rules"),
)];

/// The built-in rule file a name gives, if any: its display name (`rules/default.rules`),
/// its file name (`default.rules`) or its stem (`default`).
pub fn built_in(name: &str) -> Option<(&'static str, &'static str)> {
    let name = imports::normalize(name);
    EMBEDDED.iter().copied().find(|(full, _)| {
        let file = full.rsplit('/').next().unwrap_or(full);
        name == *full || name == file || Some(name.as_str()) == file.strip_suffix(".rules")
    })
}

/// Parses and validates one rule file (and the files it `use`s).
pub fn rule_file(sources: &mut SourceMap, id: SourceId) -> Result<ast::RuleSet, ParseError> {
    rule_files(sources, &[id])
}

/// Parses and validates several rule files and merges them in order. Lists and facts
/// are visible only inside their own file and the files that `use` it; fact names and
/// rule ids must be unique across all files. Every problem in every file is reported;
/// warnings are dropped (see [`validate_files`]).
pub fn rule_files(sources: &mut SourceMap, ids: &[SourceId]) -> Result<ast::RuleSet, ParseError> {
    validate_files(sources, ids).rules
}

/// What validating rule files found: the rules, or every error; and the warnings.
#[derive(Debug)]
pub struct Validated {
    /// The merged rules of the given files (with the lists and facts of the files they
    /// import), or every error.
    pub rules: Result<ast::RuleSet, ParseError>,
    /// Problems that do not stop the rules from running (an unused word list).
    pub warnings: Vec<ParseError>,
}

/// Parses and validates rule files, following `use` declarations. An imported file is
/// looked up, by its path relative to the importing file, first among the texts
/// already in `sources`, then among the [`EMBEDDED`] files, then on disk; each file is
/// read once however often it is imported. The rules of the given files are kept; an
/// imported file contributes its word lists and facts.
pub fn validate_files(sources: &mut SourceMap, ids: &[SourceId]) -> Validated {
    let mut files = imports::Files::default();
    let mut errors = Vec::new();
    let mut roots = Vec::new();
    for &id in ids {
        match files.root(sources, id) {
            Some(unit) => {
                if !roots.contains(&unit) {
                    roots.push(unit);
                }
            }
            None => errors.push(ParseError::NoSuchFile { id: id.0 }),
        }
    }
    for &unit in &roots {
        files.visit(sources, unit, &mut errors);
    }
    let (merged, warnings) = files.merge(sources, &roots);
    errors.extend(validate::across(sources, &merged));
    let rules = ParseError::from_all(errors).map(|()| merged);
    Validated { rules, warnings }
}

/// One file's lowered declarations, or its syntax error: the built-in pack's from
/// its copy lowered ahead of time (see `frozen`), any other file's parsed.
fn lower_file(sources: &SourceMap, id: SourceId) -> lower::Lowered {
    if let Some(lowered) = sources
        .get(id)
        .and_then(|file| frozen::thaw(&file.text, id))
    {
        return lowered;
    }
    parse_and_lower(sources, id)
}

/// Parses one file's text into lowered declarations, or its syntax error.
fn parse_and_lower(sources: &SourceMap, id: SourceId) -> lower::Lowered {
    let Some(file) = sources.get(id) else {
        return lower::Lowered {
            errors: vec![ParseError::NoSuchFile { id: id.0 }],
            ..lower::Lowered::default()
        };
    };
    let pair = match grammar::RuleParser::parse(grammar::Rule::file, &file.text) {
        Ok(mut pairs) => pairs.next(),
        Err(e) => {
            return lower::Lowered {
                errors: vec![syntax::syntax(file, &e)],
                ..lower::Lowered::default()
            };
        }
    };
    let Some(pair) = pair else {
        return lower::Lowered {
            errors: vec![ParseError::at(
                file.named_source(),
                ErrorKind::Internal {
                    span: (0, 0).into(),
                },
            )],
            ..lower::Lowered::default()
        };
    };
    lower::file(&lower::Cx { id, file }, pair)
}
