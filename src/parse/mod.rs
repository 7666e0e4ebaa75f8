//! Rule files: text in, a validated [`ast::RuleSet`] out.

pub mod ast;
