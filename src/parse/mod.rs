//! Rule files: text in, a validated [`ast::RuleSet`] out.

pub mod ast;

// TEMPORARY stub until the parser lands.
use crate::source::{SourceId, SourceMap};
/// Parse error.
#[derive(Debug, thiserror::Error, miette::Diagnostic)]
pub enum ParseError {}
/// Built-in rules.
pub const EMBEDDED: &[(&str, &str)] = &[];
/// Parses rule files.
pub fn rule_files(_s: &SourceMap, _ids: &[SourceId]) -> Result<ast::RuleSet, ParseError> {
    Ok(ast::RuleSet::default())
}
