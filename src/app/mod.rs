//! The commands over the library: a parsed command line ([`cli::Cli`]) in, an
//! [`Outcome`] (what to print, the problems, the exit code) out. `check`, `facts` and
//! `config` are here; `rules`, `explain` and `test` call [`claimlint::author`]. Never
//! prints: `main.rs` prints the outcome.

pub mod cli;
pub mod lsp;

use std::path::PathBuf;

use claimlint::author::{self, AuthorError};
use claimlint::output::write_atomically;
use claimlint::parse::ast::Severity;
use claimlint::report::{self, FactFormat, Format, Style};
use claimlint::{Error, Options, Progress, config, load, triage};

use cli::{
    CheckArgs, Cli, Command, ConfigArgs, FactFormatArg, FactsArgs, FormatArg, RulesCommand,
    SeverityArg,
};

pub use claimlint::author::Outcome;

/// What a command can fail on: the library's errors and the rule author's.
#[derive(Debug, thiserror::Error, miette::Diagnostic)]
pub enum AppError {
    /// A check, a stage, or a file written.
    #[error(transparent)]
    #[diagnostic(transparent)]
    Lib(#[from] Error),
    /// The rule author's commands.
    #[error(transparent)]
    #[diagnostic(transparent)]
    Author(#[from] AuthorError),
    /// The language server's connection.
    #[error(transparent)]
    #[diagnostic(transparent)]
    Lsp(#[from] lsp::LspError),
}

/// Runs a command line. Never prints: the binary prints the outcome.
pub fn run(cli: &Cli, style: Style, progress: Option<Progress>) -> Result<Outcome, AppError> {
    match &cli.command {
        Command::Check(args) => Ok(run_check(args, style, progress)?),
        Command::Facts(args) => Ok(run_facts(args)?),
        Command::Config(args) => Ok(run_config(args)?),
        Command::Completions { shell } => {
            let mut command = <Cli as clap::CommandFactory>::command();
            let mut out = Vec::new();
            clap_complete::generate(*shell, &mut command, "claimlint", &mut out);
            Ok(text_outcome(String::from_utf8_lossy(&out).into_owned()))
        }
        Command::Man => {
            let command = <Cli as clap::CommandFactory>::command();
            let mut out = Vec::new();
            clap_mangen::Man::new(command)
                .render(&mut out)
                .map_err(|e| Error::from(report::ReportError::Render(e.to_string())))?;
            Ok(text_outcome(String::from_utf8_lossy(&out).into_owned()))
        }
        Command::Rules(RulesCommand::Check(args)) => Ok(author::check_rules(&args.files)?),
        Command::Rules(RulesCommand::Fmt(args)) => {
            Ok(author::format_rules(&args.files, args.check)?)
        }
        Command::Rules(RulesCommand::List(args)) => Ok(author::list_rules(&args.files)?),
        Command::Explain(args) => Ok(author::explain(&args.rules, &args.id)?),
        Command::Test(args) => Ok(author::test(&args.dir, args.snapshot, style)?),
        Command::Lsp => Ok(lsp::run()?),
    }
}

fn run_check(args: &CheckArgs, style: Style, progress: Option<Progress>) -> Result<Outcome, Error> {
    let config = config::config(args.config.as_deref(), &current_dir())?;
    let options_max_bytes = config.max_file_size;
    let options = Options {
        rules: if args.rules.is_empty() {
            config.rules.clone()
        } else {
            args.rules.clone()
        },
        date: args.date.or(config.date),
        sources: if args.sources.is_empty() {
            config.sources.clone()
        } else {
            args.sources.clone()
        },
        all: args.all,
        config,
        baseline: args
            .baseline
            .as_deref()
            .map(triage::read_baseline)
            .transpose()?,
        progress,
        max_bytes: args.max_file_size.or(options_max_bytes),
        // The HTML report shows every fact and every text.
        keep: args.format == FormatArg::Html,
        stdin: if args.stdin {
            Some((args.stdin_path.clone(), read_stdin()?))
        } else {
            None
        },
    };
    let checked = claimlint::check(&args.paths, &options)?;
    let format = match args.format {
        FormatArg::Human => Format::Human,
        FormatArg::Short => Format::Short,
        FormatArg::Json => Format::Json,
        FormatArg::Sarif => Format::Sarif,
        FormatArg::Github => Format::Github,
        FormatArg::Checkstyle => Format::Checkstyle,
        FormatArg::Junit => Format::Junit,
        FormatArg::Html => Format::Html,
    };
    let rendered = report::render(format, &checked.inputs(), style)?;
    let fail_on = match args.fail_on {
        Some(SeverityArg::Error) => Severity::Error,
        Some(SeverityArg::Warning) => Severity::Warning,
        Some(SeverityArg::Info) => Severity::Info,
        None => options.config.fail_on.unwrap_or(Severity::Error),
    };
    let failed = checked.findings.iter().any(|f| f.severity >= fail_on);
    let stdout = match &args.output {
        Some(path) => {
            write_atomically(path, rendered.as_bytes())?;
            String::new()
        }
        None => rendered,
    };
    Ok(Outcome {
        stdout,
        code: exit_code(failed, &checked.problems),
        problems: checked.problems,
    })
}

fn run_config(args: &ConfigArgs) -> Result<Outcome, Error> {
    let config = config::config(args.config.as_deref(), &current_dir())?;
    let mut stdout = match &config.path {
        Some(path) => format!("# {}\n", path.display()),
        None => format!("# no {} found: the defaults\n", config::FILE_NAME),
    };
    stdout.push_str(
        &serde_yaml::to_string(&config).map_err(|e| report::ReportError::Yaml(e.to_string()))?,
    );
    Ok(Outcome {
        stdout,
        problems: Vec::new(),
        code: 0,
    })
}

/// Reads standard input as UTF-8 text.
fn read_stdin() -> Result<String, Error> {
    let mut bytes = Vec::new();
    std::io::Read::read_to_end(&mut std::io::stdin(), &mut bytes).map_err(|e| {
        Error::Load(load::LoadError::Unreadable {
            path: "<stdin>".to_owned(),
            reason: e.to_string(),
        })
    })?;
    String::from_utf8(bytes).map_err(|_| {
        Error::Load(load::LoadError::Unreadable {
            path: "<stdin>".to_owned(),
            reason: "standard input is not UTF-8 text".to_owned(),
        })
    })
}

fn text_outcome(stdout: String) -> Outcome {
    Outcome {
        stdout,
        problems: Vec::new(),
        code: 0,
    }
}

fn current_dir() -> PathBuf {
    std::env::current_dir().unwrap_or_else(|_| PathBuf::from("."))
}

fn run_facts(args: &FactsArgs) -> Result<Outcome, Error> {
    let options = Options {
        date: args.date,
        keep: true,
        ..Options::default()
    };
    let read = claimlint::pipeline::facts(&args.paths, &options)?;
    let format = match args.format {
        FactFormatArg::Table => FactFormat::Table,
        FactFormatArg::Jsonl => FactFormat::Jsonl,
    };
    let stdout = report::facts(format, &read.facts, &read.corpus, &read.sources)?;
    Ok(Outcome {
        stdout,
        code: exit_code(false, &read.problems),
        problems: read.problems,
    })
}

fn exit_code(failed: bool, problems: &[Error]) -> u8 {
    if !problems.is_empty() {
        2
    } else if failed {
        1
    } else {
        0
    }
}
