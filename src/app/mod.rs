//! The commands over the library: a parsed command line ([`cli::Cli`]) in, an
//! [`Outcome`] (what to print, the problems, the exit code) out. `check`, `facts` and
//! `config` are here; `rules`, `explain` and `test` call [`claimlint::author`]. Never
//! prints: `main.rs` prints the outcome.

pub mod cli;
pub mod lsp;
mod man;
mod notes;
pub mod review;
mod select;

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
        Command::Man(args) => match &args.dir {
            Some(dir) => Ok(text_outcome(man::write_all(dir)?)),
            None => {
                let command = <Cli as clap::CommandFactory>::command();
                let mut out = Vec::new();
                clap_mangen::Man::new(command)
                    .render(&mut out)
                    .map_err(|e| Error::from(report::ReportError::Render(e.to_string())))?;
                Ok(text_outcome(String::from_utf8_lossy(&out).into_owned()))
            }
        },
        Command::Rules(RulesCommand::Check(args)) => Ok(author::check_rules(&args.files)?),
        Command::Rules(RulesCommand::Fmt(args)) => {
            Ok(author::format_rules(&args.files, args.check)?)
        }
        Command::Rules(RulesCommand::List(args)) => Ok(author::list_rules(&args.files)?),
        Command::Explain(args) => Ok(author::explain(&args.rules, &args.id)?),
        Command::Test(args) if args.accept || args.reject => {
            let decision = if args.accept {
                review::Decision::Accept
            } else {
                review::Decision::Reject
            };
            Ok(review::review(&args.dir, &mut |_, _| decision)?)
        }
        Command::Test(args) => Ok(author::test(&args.dir, args.snapshot, style)?),
        Command::Lsp => Ok(lsp::run()?),
    }
}

fn run_check(args: &CheckArgs, style: Style, progress: Option<Progress>) -> Result<Outcome, Error> {
    let mut config = config::config(args.config.as_deref(), &current_dir())?;
    let options_max_bytes = config.max_file_size;
    let rules = if args.rules.is_empty() {
        config.rules.clone()
    } else {
        args.rules.clone()
    };
    if !(args.select.is_empty() && args.extend_select.is_empty() && args.ignore.is_empty()) {
        let set = claimlint::load_rules(&rules, &mut claimlint::source::SourceMap::new())?;
        let off = select::turned_off(&set, &args.select, &args.extend_select, &args.ignore)
            .map_err(Error::from)?;
        config.off.extend(off);
    }
    // `-` is standard input.
    let dash = std::path::Path::new("-");
    let stdin = args.stdin || args.paths.iter().any(|p| p == dash);
    let paths: Vec<PathBuf> = args.paths.iter().filter(|p| *p != dash).cloned().collect();
    let options = Options {
        rules,
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
        stdin: if stdin {
            Some((
                args.stdin_path.clone(),
                read_stdin(
                    args.max_file_size
                        .or(options_max_bytes)
                        .unwrap_or(load::DEFAULT_MAX_BYTES),
                )?,
            ))
        } else {
            None
        },
    };
    let mut checked = claimlint::check(&paths, &options)?;
    checked.problems.extend(notes::no_date(&checked));
    checked
        .problems
        .extend(notes::unused_suppressions(&checked, args.all));
    if args.verbose {
        checked.problems.extend(notes::ignored_keys(&checked));
    }
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
    if args.quiet {
        checked.problems.retain(|p| !p.is_notice());
    }
    let rendered = if args.statistics {
        statistics(&checked.findings)
    } else {
        let problems: Vec<report::ReportProblem> = checked
            .problems
            .iter()
            .flat_map(|p| report::problems(p))
            .collect();
        let mut rendered =
            report::render_with_problems(format, &checked.inputs(), style, &problems)?;
        if format == Format::Human {
            // The last line is the summary: gone with --quiet, else told what was hidden.
            let body = rendered.trim_end_matches('\n').len();
            if args.quiet {
                let kept = rendered
                    .get(..body)
                    .and_then(|b| b.rfind('\n'))
                    .map_or(0, |i| i + 1);
                rendered.truncate(kept);
            } else {
                rendered.truncate(body);
                rendered.push_str(&notes::hidden(&checked));
                rendered.push('\n');
            }
        }
        rendered
    };
    let fail_on = match args.fail_on {
        Some(SeverityArg::Error) => Severity::Error,
        Some(SeverityArg::Warning) => Severity::Warning,
        Some(SeverityArg::Info) => Severity::Info,
        None => options.config.fail_on.unwrap_or(Severity::Error),
    };
    let failed = checked.findings.iter().any(|f| f.severity >= fail_on);
    let stdout = match &args.output {
        Some(path) => {
            // Never the report over what was read: an article, a rule file, the
            // baseline or the configuration.
            let mut inputs: Vec<&std::path::Path> = checked
                .corpus
                .documents
                .iter()
                .map(|d| d.path.as_path())
                .collect();
            inputs.extend(args.paths.iter().map(PathBuf::as_path));
            inputs.extend(options.sources.iter().map(PathBuf::as_path));
            inputs.extend(options.rules.iter().map(PathBuf::as_path));
            inputs.extend(args.baseline.as_deref());
            inputs.extend(options.config.path.as_deref());
            if claimlint::output::is_one_of(path, &inputs) {
                return Err(claimlint::output::OutputError {
                    path: path.display().to_string(),
                    reason: "it is one of the inputs; the report would replace it".to_owned(),
                }
                .into());
            }
            write_atomically(path, rendered.as_bytes())?;
            String::new()
        }
        None => rendered,
    };
    let problems = std::mem::take(&mut checked.problems);
    let code = exit_code(failed, &problems);
    // The process exits once the report is written: what the check holds is left to
    // the system rather than freed piece by piece.
    checked.leak();
    Ok(Outcome {
        stdout,
        code,
        problems,
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

/// Reads standard input as UTF-8 text, no more than `max` bytes.
fn read_stdin(max: u64) -> Result<String, Error> {
    Ok(load::read_stream_capped(std::io::stdin(), "<stdin>", max)?)
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
    let mut read = claimlint::pipeline::facts(&args.paths, &options)?;
    let format = match args.format {
        FactFormatArg::Table => FactFormat::Table,
        FactFormatArg::Jsonl => FactFormat::Jsonl,
    };
    let stdout = if args.rules.is_empty() {
        report::facts(format, &read.facts, &read.corpus, &read.sources)?
    } else {
        let rules = claimlint::load_rules(&args.rules, &mut read.sources)?;
        let by_fact = read.selected_by(&rules);
        let selection = report::Selection {
            rules: &rules,
            by_fact: &by_fact,
        };
        report::facts_selected(
            format,
            &read.facts,
            &read.corpus,
            &read.sources,
            Some(&selection),
        )?
    };
    Ok(Outcome {
        stdout,
        code: exit_code(false, &read.problems),
        problems: read.problems,
    })
}

/// `--statistics`: findings per rule, most first, as a table.
fn statistics(findings: &[claimlint::evaluate::Finding]) -> String {
    let mut counts: Vec<(usize, &str, Severity)> = Vec::new();
    for finding in findings {
        match counts.iter_mut().find(|(_, rule, _)| *rule == finding.rule) {
            Some((n, _, _)) => *n += 1,
            None => counts.push((1, &finding.rule, finding.severity)),
        }
    }
    counts.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(b.1)));
    let width = counts
        .iter()
        .map(|(_, rule, _)| rule.len())
        .chain([4])
        .max()
        .unwrap_or(4);
    let mut out = format!("{:>5}  {:width$}  SEVERITY\n", "COUNT", "RULE");
    for (n, rule, severity) in &counts {
        let severity = match severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        };
        out.push_str(&format!("{n:>5}  {rule:width$}  {severity}\n"));
    }
    let total = findings.len();
    out.push_str(&format!(
        "{total:>5}  {}\n",
        if total == 1 { "finding" } else { "findings" }
    ));
    out
}

fn exit_code(failed: bool, problems: &[Error]) -> u8 {
    if problems.iter().any(|p| !p.is_notice()) {
        2
    } else if failed {
        1
    } else {
        0
    }
}
