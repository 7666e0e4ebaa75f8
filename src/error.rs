//! The library's one error type: every stage's error, forwarded as it is, so that a
//! caller of [`crate::check`] handles one type and the diagnostics keep their codes.

use crate::{config, evaluate, load, output, parse, report};

/// Any error of any stage.
#[derive(Debug, thiserror::Error, miette::Diagnostic)]
pub enum Error {
    /// Reading articles or manifests.
    #[error(transparent)]
    #[diagnostic(transparent)]
    Load(#[from] load::LoadError),
    /// Reading rule files.
    #[error(transparent)]
    #[diagnostic(transparent)]
    Parse(#[from] parse::ParseError),
    /// Checking.
    #[error(transparent)]
    #[diagnostic(transparent)]
    Evaluate(#[from] evaluate::EvalError),
    /// Printing.
    #[error(transparent)]
    #[diagnostic(transparent)]
    Report(#[from] report::ReportError),
    /// The configuration.
    #[error(transparent)]
    #[diagnostic(transparent)]
    Config(#[from] config::ConfigError),
    /// Writing a file.
    #[error(transparent)]
    #[diagnostic(transparent)]
    Output(#[from] output::OutputError),
}
