//! The pest parser derived from `grammar/claimlint.pest`: text in, pairs out. Its
//! `Rule` enum stays inside `parse/`.

/// The derived parser; `Rule::file` is the entry rule.
#[derive(pest_derive::Parser)]
#[grammar = "grammar/claimlint.pest"]
pub(crate) struct RuleParser;
