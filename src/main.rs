//! The `claimlint` binary: parses the command line, runs it, prints, and exits
//! 0 (clean), 1 (findings) or 2 (bad input). The only place that prints.

use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use clap::Parser;

use claimlint::report::Style;

mod app;

use app::cli::Cli;

/// The allocator of the binaries (the library sets none): mimalloc spends fewer instructions
/// per allocation than the system's, and extraction allocates small buffers per sentence.
#[cfg(feature = "mimalloc")]
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let color = match cli.color {
        app::cli::ColorArg::Always => true,
        app::cli::ColorArg::Never => false,
        app::cli::ColorArg::Auto => {
            let set = |name: &str| std::env::var_os(name).is_some_and(|v| !v.is_empty());
            let forced = std::env::var_os("FORCE_COLOR").is_some_and(|v| !v.is_empty() && v != "0");
            forced || (std::io::stdout().is_terminal() && !set("NO_COLOR"))
        }
    };
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
    let result = match &cli.command {
        app::cli::Command::Test(args) if args.review => {
            app::review::review(&args.dir, &mut ask).map_err(app::AppError::from)
        }
        _ => app::run(&cli, style, progress),
    };
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }
    // Errors go to standard error as text whose control characters (from file names,
    // article text) are escaped; colour when standard error is a terminal.
    let err_style = Style {
        color: std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none(),
        width: style.width,
    };
    let show = |problem: &dyn miette::Diagnostic| {
        eprintln!("{}", claimlint::report::diagnostic(problem, err_style));
    };
    match result {
        Ok(outcome) => {
            let mut stdout = std::io::stdout().lock();
            let written = stdout
                .write_all(outcome.stdout.as_bytes())
                .and_then(|()| stdout.flush());
            for problem in &outcome.problems {
                show(problem as &dyn miette::Diagnostic);
            }
            match written {
                // A closed pipe (`claimlint … | head`) is not an error.
                Err(err) if err.kind() != std::io::ErrorKind::BrokenPipe => {
                    eprintln!("claimlint: cannot write the report to standard output: {err}");
                    ExitCode::from(2)
                }
                _ => ExitCode::from(outcome.code),
            }
        }
        Err(err) => {
            show(&err as &dyn miette::Diagnostic);
            ExitCode::from(2)
        }
    }
}

/// `claimlint test --review`: shows a changed snapshot's difference on standard error
/// and reads `a` (accept), `r` (reject) or `s` (skip) from standard input; the end of
/// input skips.
fn ask(path: &std::path::Path, diff: &str) -> app::review::Decision {
    use app::review::Decision;
    eprintln!("── {}\n{diff}", path.display());
    loop {
        eprint!("accept, reject or skip? [a/r/s] ");
        let mut line = String::new();
        match std::io::stdin().read_line(&mut line) {
            Ok(0) | Err(_) => return Decision::Skip,
            Ok(_) => {}
        }
        match line.trim() {
            "a" | "accept" => return Decision::Accept,
            "r" | "reject" => return Decision::Reject,
            "s" | "skip" | "" => return Decision::Skip,
            _ => {}
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
