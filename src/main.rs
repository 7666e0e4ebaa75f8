//! The `claimlint` binary: parses the command line, runs it, prints, and exits
//! 0 (clean), 1 (findings) or 2 (bad input). The only place that prints.

use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use clap::Parser;

use claimlint::report::Style;

mod app;

use app::cli::Cli;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let color = std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    let style = Style {
        color,
        width: terminal_width(),
    };
    let bar = progress_bar();
    let progress = bar.clone().map(|bar| -> claimlint::Progress {
        std::sync::Arc::new(move |total| {
            if bar.length() != Some(total as u64) {
                bar.set_length(total as u64);
                if total >= PROGRESS_FROM {
                    bar.set_draw_target(indicatif::ProgressDrawTarget::stderr_with_hz(4));
                }
            }
            bar.inc(1);
        })
    });
    let result = app::run(&cli, style, progress);
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }
    match result {
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

/// How many documents make a run long enough for a progress bar.
const PROGRESS_FROM: usize = 200;

/// A progress bar on standard error when it is a terminal, hidden until a run has
/// [`PROGRESS_FROM`] documents.
fn progress_bar() -> Option<indicatif::ProgressBar> {
    if !std::io::stderr().is_terminal() {
        return None;
    }
    let bar = indicatif::ProgressBar::hidden();
    if let Ok(style) =
        indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} documents {elapsed}")
    {
        bar.set_style(style);
    }
    Some(bar)
}
