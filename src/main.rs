//! The `claimlint` binary: parses the command line, runs it, prints, and exits
//! 0 (clean), 1 (findings) or 2 (bad input). The only place that prints.

use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use clap::Parser;

use claimlint::cli::Cli;
use claimlint::report::Style;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let color = std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    let style = Style {
        color,
        width: terminal_width(),
    };
    match claimlint::run(&cli, style) {
        Ok(outcome) => {
            let mut stdout = std::io::stdout().lock();
            // A closed pipe (`claimlint … | head`) is not an error.
            let _ = stdout.write_all(outcome.stdout.as_bytes());
            let _ = stdout.flush();
            for problem in outcome.problems {
                eprintln!("{:?}", miette::Report::new(problem));
            }
            ExitCode::from(outcome.code)
        }
        Err(err) => {
            eprintln!("{:?}", miette::Report::new(err));
            ExitCode::from(2)
        }
    }
}

/// The terminal's width from `COLUMNS`, or 100.
fn terminal_width() -> usize {
    std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.parse().ok())
        .filter(|&w: &usize| w >= 40)
        .unwrap_or(100)
}
