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
mod grammar;
mod lower;
mod validate;

use pest::Parser;

pub use error::{FirstDeclared, ParseError};

use crate::source::{SourceId, SourceMap};

/// The shipped rule pack, compiled in: display name and text of each file.
pub const EMBEDDED: &[(&str, &str)] = &[
    (
        "rules/default.rules",
        include_str!("../../rules/default.rules"),
    ),
    (
        "rules/ukraine-2021.rules",
        include_str!("../../rules/ukraine-2021.rules"),
    ),
];

/// Parses and validates one rule file.
pub fn rule_file(sources: &SourceMap, id: SourceId) -> Result<ast::RuleSet, ParseError> {
    rule_files(sources, &[id])
}

/// Parses and validates several rule files and merges them in order. Lists and facts
/// are visible only inside their own file; fact names and rule ids must be unique
/// across all files. Every problem in every file is reported.
pub fn rule_files(sources: &SourceMap, ids: &[SourceId]) -> Result<ast::RuleSet, ParseError> {
    let mut merged = ast::RuleSet::default();
    let mut errors = Vec::new();
    for &id in ids {
        let Some(file) = sources.get(id) else {
            errors.push(ParseError::NoSuchFile { id: id.0 });
            continue;
        };
        let pair = match grammar::RuleParser::parse(grammar::Rule::file, &file.text) {
            Ok(mut pairs) => pairs.next(),
            Err(e) => {
                errors.push(error::syntax(file, &e));
                continue;
            }
        };
        let Some(pair) = pair else {
            errors.push(ParseError::Internal {
                span: (0, 0).into(),
                src: file.named_source(),
            });
            continue;
        };
        let (mut set, lower_errors) = lower::file(&lower::Cx { id, file }, pair);
        errors.extend(lower_errors);
        errors.extend(validate::file(file, &mut set));
        merged.extend(set);
    }
    errors.extend(validate::across(sources, &merged));
    ParseError::from_all(errors)?;
    Ok(merged)
}
