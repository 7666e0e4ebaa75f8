//! claimlint: a fact-consistency linter for news copy.
#![warn(clippy::print_stdout, clippy::print_stderr)]

pub mod extract;
pub mod load;
pub mod parse;
pub mod source;
