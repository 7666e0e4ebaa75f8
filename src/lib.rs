//! claimlint: a fact-consistency linter for news copy.
//!
//! The stages, each a module with one entry point and one error type, in data-flow
//! order (a stage uses only those before it, `tests/layout.rs` checks it):
//! [`source`] holds the texts, [`load`] reads articles, [`extract`] picks out their
//! facts, [`parse`] reads the rule language, [`evaluate`] checks the facts against the
//! rules, and [`report`] renders the findings. Over them, [`pipeline`] streams a check
//! through those stages a document at a time, [`triage`] applies the configuration,
//! suppressions and a baseline to the findings, and [`author`] serves the rule author
//! (validate, format, list, explain, test). The command line lives in the binary.
//!
//! ```
//! let checked = claimlint::check(&["seeds".into()], &claimlint::Options::default())?;
//! let report = checked.report();
//! assert_eq!(report.version, 1);
//! # Ok::<(), claimlint::Error>(())
//! ```
#![warn(missing_docs, clippy::print_stdout, clippy::print_stderr)]

pub mod author;
pub mod config;
pub mod error;
pub mod evaluate;
pub mod extract;
pub mod load;
pub mod output;
pub mod parse;
pub mod pipeline;
pub mod report;
pub mod source;
pub mod text;
pub mod triage;

pub use error::Error;
pub use pipeline::{Checked, Options, Progress, add_rule_files, check, load_rules};
