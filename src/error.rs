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
    /// Something the user should know that did not stop the run (a warning, or with
    /// `--verbose` a note): it does not change the exit code.
    #[error(transparent)]
    #[diagnostic(transparent)]
    Notice(#[from] Notice),
}

impl Error {
    /// Whether this is only a [`Notice`], which leaves the exit code alone.
    pub fn is_notice(&self) -> bool {
        matches!(self, Error::Notice(_))
    }
}

/// A warning or note about the run: what was skipped or ignored.
#[derive(Debug, thiserror::Error)]
#[error("{message}")]
pub struct Notice {
    /// Its diagnostic code, such as `claimlint::load::no-date`.
    pub code: &'static str,
    /// What happened.
    pub message: String,
    /// What to do about it, if anything.
    pub help: Option<String>,
    /// [`miette::Severity::Warning`], or `Advice` for a note.
    pub severity: miette::Severity,
}

impl miette::Diagnostic for Notice {
    fn code<'a>(&'a self) -> Option<Box<dyn std::fmt::Display + 'a>> {
        Some(Box::new(self.code))
    }

    fn severity(&self) -> Option<miette::Severity> {
        Some(self.severity)
    }

    fn help<'a>(&'a self) -> Option<Box<dyn std::fmt::Display + 'a>> {
        self.help
            .as_ref()
            .map(|h| Box::new(h) as Box<dyn std::fmt::Display + 'a>)
    }
}
