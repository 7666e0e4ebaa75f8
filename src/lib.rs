//! claimlint: a fact-consistency linter for news copy.
//!
//! The stages, each a module with one entry point and one error type:
//! [`load::corpus`] reads articles, [`extract::facts`] picks out their facts,
//! [`parse::rule_files`] reads the rule language, [`evaluate::run`] checks the facts
//! against the rules, and [`report::render`] prints the findings.
//!
//! ```
//! let checked = claimlint::check(&["seeds".into()], &claimlint::Options::default())?;
//! let report = checked.report();
//! assert_eq!(report.version, 1);
//! # Ok::<(), claimlint::Error>(())
//! ```
#![warn(missing_docs, clippy::print_stdout, clippy::print_stderr)]

pub mod author;
pub mod cli;
pub mod config;
pub mod evaluate;
pub mod extract;
pub mod load;
pub mod parse;
pub mod report;
pub mod source;

use std::path::PathBuf;

use chrono::NaiveDate;
use rayon::prelude::*;

use cli::{CheckArgs, Cli, Command, ConfigArgs, FactFormatArg, FactsArgs, FormatArg, SeverityArg};
use config::Config;
use evaluate::EvalOptions;
use evaluate::Finding;
use extract::Fact;
use load::{Corpus, LoadOptions, Role};
use parse::ast::{RuleSet, Severity};
use report::{FactFormat, Format, Report, Style};
use source::SourceMap;

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
    /// The rule author's commands.
    #[error(transparent)]
    #[diagnostic(transparent)]
    Author(#[from] author::AuthorError),
}

/// Called once per document extracted, with the number of documents in all; may be
/// called from several threads at once.
pub type Progress = std::sync::Arc<dyn Fn(usize) + Send + Sync>;

/// What a check uses besides the articles.
#[derive(Clone, Default)]
pub struct Options {
    /// Rule files; the built-in rules when empty.
    pub rules: Vec<PathBuf>,
    /// The publication date of articles that give none.
    pub date: Option<NaiveDate>,
    /// The articles a draft draws on. When given, the checked paths are drafts
    /// (unless their metadata says otherwise) and findings are about them.
    pub sources: Vec<PathBuf>,
    /// In draft mode, also report what the sources alone get wrong.
    pub all: bool,
    /// Rules turned off or re-graded, by id and path.
    pub config: Config,
    /// An earlier report: its findings are not reported again.
    pub baseline: Option<Report>,
    /// One more article given as text (standard input): its name and text.
    pub stdin: Option<(PathBuf, String)>,
    /// Told of every document extracted, for a progress bar.
    pub progress: Option<Progress>,
    /// The largest file to read, in bytes (64 MiB when `None`).
    pub max_bytes: Option<u64>,
}

impl std::fmt::Debug for Options {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Options")
            .field("rules", &self.rules)
            .field("date", &self.date)
            .field("sources", &self.sources)
            .field("all", &self.all)
            .field("progress", &self.progress.is_some())
            .finish_non_exhaustive()
    }
}

/// Everything a check produced: the texts, documents, facts and findings, and the
/// inputs that could not be read (the rest was still checked).
#[derive(Debug)]
pub struct Checked {
    /// Every text read, articles and rule files.
    pub sources: SourceMap,
    /// The articles.
    pub corpus: Corpus,
    /// The rules used.
    pub rules: RuleSet,
    /// Every fact, by document then position.
    pub facts: Vec<Fact>,
    /// Every finding, by document then position.
    pub findings: Vec<Finding>,
    /// Inputs that could not be read.
    pub problems: Vec<Error>,
}

impl Checked {
    /// What the renderers of [`report`] take.
    pub fn inputs(&self) -> report::Inputs<'_> {
        report::Inputs {
            findings: &self.findings,
            corpus: &self.corpus,
            sources: &self.sources,
            rules: &self.rules,
            facts: self.facts.len(),
        }
    }

    /// The serialisable report (the JSON schema, version 1).
    pub fn report(&self) -> Report {
        Report::new(
            &self.findings,
            &self.corpus,
            &self.sources,
            self.facts.len(),
        )
    }
}

/// Loads the articles under `paths`, extracts their facts, and checks them against the
/// rules of `options` (the built-in rules when it names none).
pub fn check(paths: &[PathBuf], options: &Options) -> Result<Checked, Error> {
    let mut sources = SourceMap::new();
    let rules = load_rules(&options.rules, &mut sources)?;
    let (corpus, facts, problems) = read(paths, options, &mut sources)?;
    options.config.check_rule_ids(&rules)?;
    let mut findings = evaluate::run(
        &rules,
        &corpus,
        &sources,
        &facts,
        &EvalOptions { all: options.all },
    )?;
    findings.retain_mut(|finding| {
        let path = finding
            .labels
            .first()
            .and_then(|l| corpus.documents.get(l.doc))
            .map(|d| d.path.as_path());
        if path.is_some_and(|p| options.config.ignores(&finding.rule, p)) {
            return false;
        }
        let suppressed = finding.labels.first().is_some_and(|l| {
            corpus.documents.get(l.doc).is_some_and(|d| {
                d.suppressions
                    .iter()
                    .any(|s| s.covers(&finding.rule, l.span))
            })
        });
        if suppressed {
            return false;
        }
        if options
            .baseline
            .as_ref()
            .is_some_and(|b| in_baseline(b, finding, &sources))
        {
            return false;
        }
        if let Some(severity) = options.config.severity.get(&finding.rule) {
            finding.severity = *severity;
        }
        true
    });
    Ok(Checked {
        sources,
        corpus,
        rules,
        facts,
        findings,
        problems,
    })
}

/// Reads rule files (or the built-in ones) into `sources` and validates them together.
pub fn load_rules(paths: &[PathBuf], sources: &mut SourceMap) -> Result<RuleSet, Error> {
    let ids = add_rule_files(paths, sources)?;
    Ok(parse::rule_files(sources, &ids)?)
}

/// Adds rule files to `sources` (the built-in ones when `paths` is empty) and returns
/// their ids.
pub fn add_rule_files(
    paths: &[PathBuf],
    sources: &mut SourceMap,
) -> Result<Vec<source::SourceId>, Error> {
    if paths.is_empty() {
        return Ok(parse::EMBEDDED
            .iter()
            .map(|(name, text)| sources.add(*name, *text))
            .collect());
    }
    let mut ids = Vec::new();
    for path in paths {
        let text = load::read_text(path)?;
        ids.push(sources.add(path.display().to_string(), text));
    }
    Ok(ids)
}

type Read = (Corpus, Vec<Fact>, Vec<Error>);

/// Loads the articles (drafts, when `options.sources` names their sources) and
/// extracts their facts.
fn read(paths: &[PathBuf], options: &Options, sources: &mut SourceMap) -> Result<Read, Error> {
    let drafts = !options.sources.is_empty();
    let load_options = LoadOptions {
        date: options.date,
        role: drafts.then_some(Role::Draft),
        max_bytes: options.max_bytes,
    };
    let mut loaded = match &options.stdin {
        Some((name, text)) => {
            let mut loaded = load::text(name, text.clone(), &load_options, sources)?;
            if !paths.is_empty() {
                let more = load::corpus(paths, &load_options, sources)?;
                loaded.corpus.documents.extend(more.corpus.documents);
                loaded.problems.extend(more.problems);
            }
            loaded
        }
        None => load::corpus(paths, &load_options, sources)?,
    };
    if drafts {
        let more = load::corpus(
            &options.sources,
            &LoadOptions {
                date: options.date,
                role: Some(Role::Source),
                max_bytes: options.max_bytes,
            },
            sources,
        )?;
        loaded.corpus.documents.extend(more.corpus.documents);
        loaded.problems.extend(more.problems);
    }
    // A document with no date of its own may carry one in its header.
    for doc in &mut loaded.corpus.documents {
        if doc.published.is_none() {
            doc.published = sources
                .get(doc.source)
                .and_then(|file| extract::published(doc, file));
        }
    }
    // Extraction is per document and parallel; the order of the result is the corpus order.
    let total = loaded.corpus.documents.len();
    let per_doc: Vec<Vec<Fact>> = loaded
        .corpus
        .documents
        .par_iter()
        .enumerate()
        .map(|(index, doc)| {
            let facts = sources
                .get(doc.source)
                .map(|file| extract::facts(index, doc, file))
                .unwrap_or_default();
            if let Some(progress) = &options.progress {
                progress(total);
            }
            facts
        })
        .collect();
    let facts: Vec<Fact> = per_doc.into_iter().flatten().collect();
    let problems = loaded.problems.into_iter().map(Error::from).collect();
    Ok((loaded.corpus, facts, problems))
}

/// What the binary prints and how it exits.
#[derive(Debug)]
pub struct Outcome {
    /// Goes to standard output.
    pub stdout: String,
    /// Inputs that could not be read, for standard error.
    pub problems: Vec<Error>,
    /// 0 clean, 1 findings at or above the failing severity, 2 bad input.
    pub code: u8,
}

/// Runs a command line. Never prints: the binary prints the outcome.
pub fn run(cli: &Cli, style: Style, progress: Option<Progress>) -> Result<Outcome, Error> {
    match &cli.command {
        Command::Check(args) => run_check(args, style, progress),
        Command::Facts(args) => run_facts(args),
        Command::Config(args) => run_config(args),
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
                .map_err(|e| report::ReportError::Render(e.to_string()))?;
            Ok(text_outcome(String::from_utf8_lossy(&out).into_owned()))
        }
        Command::Rules(command) => author::rules(command, style),
        Command::Explain(args) => author::explain(args),
        Command::Test(args) => author::test(args, style),
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
        baseline: args.baseline.as_deref().map(read_baseline).transpose()?,
        progress,
        max_bytes: args.max_file_size.or(options_max_bytes),
        stdin: if args.stdin {
            Some((args.stdin_path.clone(), read_stdin()?))
        } else {
            None
        },
    };
    let checked = check(&args.paths, &options)?;
    let format = match args.format {
        FormatArg::Human => Format::Human,
        FormatArg::Short => Format::Short,
        FormatArg::Json => Format::Json,
        FormatArg::Sarif => Format::Sarif,
        FormatArg::Github => Format::Github,
        FormatArg::Checkstyle => Format::Checkstyle,
        FormatArg::Junit => Format::Junit,
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
        &serde_yaml::to_string(&config).map_err(|e| report::ReportError::Json(e.to_string()))?,
    );
    Ok(Outcome {
        stdout,
        problems: Vec::new(),
        code: 0,
    })
}

/// Reads a JSON report written by `--format json`.
pub fn read_baseline(path: &std::path::Path) -> Result<Report, Error> {
    let text = load::read_text(path)?;
    serde_json::from_str(&text).map_err(|e| {
        Error::Load(load::LoadError::Baseline {
            path: path.display().to_string(),
            reason: e.to_string(),
        })
    })
}

/// Whether a baseline holds a finding: the same rule, file and primary text (line
/// numbers may move as the text is edited).
fn in_baseline(baseline: &Report, finding: &Finding, sources: &SourceMap) -> bool {
    let Some(label) = finding.labels.iter().find(|l| l.primary) else {
        return false;
    };
    let Some(file) = sources.get(label.source) else {
        return false;
    };
    let text = file.slice(label.span);
    baseline.findings.iter().any(|b| {
        b.rule == finding.rule
            && b.labels
                .iter()
                .any(|l| l.primary && l.path == file.name && l.text == text)
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

/// Writes a file through a temporary file beside it, so that an interrupted run never
/// leaves half a report.
fn write_atomically(path: &std::path::Path, bytes: &[u8]) -> Result<(), Error> {
    let error = |e: std::io::Error| {
        Error::Load(load::LoadError::Unreadable {
            path: path.display().to_string(),
            reason: format!("cannot write: {e}"),
        })
    };
    let folder = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let mut temp = tempfile::NamedTempFile::new_in(&folder).map_err(error)?;
    std::io::Write::write_all(&mut temp, bytes).map_err(error)?;
    temp.persist(path).map_err(|e| error(e.error))?;
    Ok(())
}

fn run_facts(args: &FactsArgs) -> Result<Outcome, Error> {
    let mut sources = SourceMap::new();
    let options = Options {
        date: args.date,
        ..Options::default()
    };
    let (corpus, facts, problems) = read(&args.paths, &options, &mut sources)?;
    let format = match args.format {
        FactFormatArg::Table => FactFormat::Table,
        FactFormatArg::Jsonl => FactFormat::Jsonl,
    };
    let stdout = report::facts(format, &facts, &corpus, &sources)?;
    Ok(Outcome {
        stdout,
        code: exit_code(false, &problems),
        problems,
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
