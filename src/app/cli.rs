//! The command line, as clap derive types; their doc comments are the `--help` text.

use std::path::PathBuf;

use chrono::NaiveDate;
use clap::{Args, Parser, Subcommand, ValueEnum};

/// claimlint checks news copy for factual consistency: it reads the figures and dates
/// articles state and reports, like a compiler, where they contradict each other.
#[derive(Debug, Parser)]
#[command(name = "claimlint", version, about, max_term_width = 100)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
    /// When to colour the output: `auto` colours a terminal unless `NO_COLOR` is set
    /// (`FORCE_COLOR` colours even a pipe).
    #[arg(long, value_enum, global = true, default_value_t = ColorArg::Auto)]
    pub color: ColorArg,
}

/// `--color`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorArg {
    /// Colour a terminal, unless `NO_COLOR` is set; `FORCE_COLOR` colours anything.
    Auto,
    /// Always colour.
    Always,
    /// Never colour.
    Never,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check articles against the rules and report every mismatch.
    ///
    /// Exit codes: 0 when nothing at or above `--fail-on` is found, 1 when something
    /// is, 2 when an input or a rule file is bad.
    Check(Box<CheckArgs>),
    /// List every fact claimlint reads in the articles.
    Facts(FactsArgs),
    /// Print the effective configuration, as YAML.
    Config(ConfigArgs),
    /// Print a shell completion script.
    Completions {
        /// The shell.
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff), generated from this help; with `--dir`, write one
    /// page per subcommand (`claimlint-check.1` …) into a folder.
    Man(ManArgs),
    /// Work on rule files: validate, format, list.
    #[command(subcommand)]
    Rules(RulesCommand),
    /// Explain a rule: its doc, what it checks, and how its facts are selected.
    Explain(ExplainArgs),
    /// Run every rule file's fixture articles and compare the findings with their
    /// `expect:`/`ok:`/`todo:` markers.
    ///
    /// Exit codes: 0 when every case passes, 1 when one fails, 2 on a bad rule file.
    Test(TestArgs),
    /// Serve the Language Server Protocol over standard input and output: an editor's
    /// draft is checked as you type against its sources (`sources:` of
    /// `claimlint.yaml`, else the other articles of its folder).
    Lsp,
}

/// `claimlint rules …`
#[derive(Debug, Subcommand)]
pub enum RulesCommand {
    /// Validate rule files. Exit codes: 0 valid (warnings allowed), 2 on any error.
    Check(RuleFilesArgs),
    /// Rewrite rule files in the canonical layout, atomically.
    ///
    /// Exit codes: 0 done, 1 with `--check` when a file is not formatted, 2 on a file
    /// that does not parse.
    Fmt(FmtArgs),
    /// List rules: id, severity and the first line of the doc comment.
    List(ListArgs),
}

/// Rule files to read.
#[derive(Debug, Args)]
pub struct RuleFilesArgs {
    /// Rule files.
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<PathBuf>,
}

/// `claimlint rules fmt`
#[derive(Debug, Args)]
pub struct FmtArgs {
    /// Rule files to format.
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<PathBuf>,
    /// Write nothing; list the files that are not formatted and exit 1 if any.
    #[arg(long)]
    pub check: bool,
}

/// `claimlint rules list`
#[derive(Debug, Args)]
pub struct ListArgs {
    /// Rule files [default: the built-in rules].
    #[arg(value_name = "FILE")]
    pub files: Vec<PathBuf>,
}

/// `claimlint man`
#[derive(Debug, Args)]
pub struct ManArgs {
    /// Write `claimlint.1` and one page per subcommand (`claimlint-check.1`,
    /// `claimlint-rules-fmt.1` …) into this folder, and list them.
    #[arg(long, value_name = "DIR")]
    pub dir: Option<PathBuf>,
}

/// `claimlint explain`
#[derive(Debug, Args)]
pub struct ExplainArgs {
    /// The rule's id, such as `death-toll-disagrees`.
    #[arg(value_name = "RULE-ID")]
    pub id: String,
    /// Rule files to look in [default: the built-in rules].
    #[arg(long = "rules", value_name = "FILE", num_args = 1..)]
    pub rules: Vec<PathBuf>,
}

/// `claimlint test`
#[derive(Debug, Args)]
pub struct TestArgs {
    /// The folder of rule files; `X.rules` has its cases in `X.tests/<case>/`.
    #[arg(value_name = "DIR", default_value = "rules")]
    pub dir: PathBuf,
    /// Also compare each case's rendered findings with `DIR/snapshots/X__case.snap`
    /// (insta format): a missing snapshot is written, a different one is written as
    /// `.snap.new` for `cargo insta review` and fails the case.
    #[arg(long)]
    pub snapshot: bool,
    /// Instead of running the cases, go through the changed snapshots (`.snap.new`)
    /// one by one: each difference is shown and `a` accepts it, `r` rejects it, `s`
    /// skips it (answers read from standard input, a line each).
    #[arg(long, conflicts_with_all = ["accept", "reject", "snapshot"])]
    pub review: bool,
    /// Accept every changed snapshot: move each `.snap.new` over its `.snap`.
    #[arg(long, conflicts_with_all = ["reject", "snapshot"])]
    pub accept: bool,
    /// Reject every changed snapshot: delete each `.snap.new`.
    #[arg(long, conflicts_with = "snapshot")]
    pub reject: bool,
}

/// `claimlint check`
#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Articles to check: `.txt` or `.md` files, or folders (walked recursively); `-`
    /// is standard input (as `--stdin`). With `--sources`, these are the drafts under
    /// review.
    #[arg(required_unless_present = "stdin", value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// Also check the text on standard input (an editor's buffer), as one more article.
    #[arg(long)]
    pub stdin: bool,
    /// The name the text on standard input (`--stdin` or `-`) is reported under.
    #[arg(long, value_name = "NAME", default_value = "<stdin>")]
    pub stdin_path: PathBuf,
    /// The articles the drafts draw on (a file or folder; repeat for several). Findings
    /// are then about the drafts: each draft claim is checked against what the sources
    /// say. One value per flag, so that the paths after it (as pre-commit appends them)
    /// stay articles to check.
    #[arg(long, value_name = "PATH")]
    pub sources: Vec<PathBuf>,
    /// With drafts, also report disagreements among the sources themselves.
    #[arg(long)]
    pub all: bool,
    /// A rule file to use instead of the built-in rules; repeat for several.
    #[arg(long = "rules", value_name = "FILE")]
    pub rules: Vec<PathBuf>,
    /// How to print the findings.
    #[arg(long, value_enum, default_value_t = FormatArg::Human)]
    pub format: FormatArg,
    /// Publication date (YYYY-MM-DD) for articles whose front matter or manifest gives none.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub date: Option<NaiveDate>,
    /// The lowest severity that makes the exit code 1 [default: error, or the configuration's].
    #[arg(long, value_enum)]
    pub fail_on: Option<SeverityArg>,
    /// Report only findings that are not in this earlier JSON report (`--format json`),
    /// so that a team can adopt claimlint on an archive.
    #[arg(long, value_name = "FILE")]
    pub baseline: Option<PathBuf>,
    /// The largest article to read, in bytes (suffixes K, M, G allowed) [default: 64M].
    #[arg(long, value_name = "SIZE", value_parser = parse_size)]
    pub max_file_size: Option<u64>,
    /// Write the report to this file instead of standard output.
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// The configuration file [default: the nearest `claimlint.yaml` here or above].
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Also tell what was read and left aside: the front matter keys ignored in each
    /// article (`author`, `tags`, `draft` …).
    #[arg(long, short)]
    pub verbose: bool,
    /// Only these rules, by id or tag (comma-separated or repeated) [default: all].
    #[arg(long, value_name = "RULE|TAG", value_delimiter = ',')]
    pub select: Vec<String>,
    /// Also these rules, by id or tag, beside `--select`'s.
    #[arg(long, value_name = "RULE|TAG", value_delimiter = ',')]
    pub extend_select: Vec<String>,
    /// Not these rules, by id or tag; wins over `--select`.
    #[arg(long, value_name = "RULE|TAG", value_delimiter = ',')]
    pub ignore: Vec<String>,
    /// Only the findings: no summary line, no warnings about what was skipped.
    #[arg(long, short, conflicts_with = "verbose")]
    pub quiet: bool,
    /// Instead of the findings, a table of how many each rule found.
    #[arg(long)]
    pub statistics: bool,
}

/// `claimlint config`
#[derive(Debug, Args)]
pub struct ConfigArgs {
    /// The configuration file [default: the nearest `claimlint.yaml` here or above].
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
}

/// `claimlint facts`
#[derive(Debug, Args)]
pub struct FactsArgs {
    /// Articles to read: `.txt` or `.md` files, or folders (walked recursively).
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// How to print the facts.
    #[arg(long, value_enum, default_value_t = FactFormatArg::Table)]
    pub format: FactFormatArg,
    /// Publication date (YYYY-MM-DD) for articles whose front matter or manifest gives none.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub date: Option<NaiveDate>,
    /// Also show which fact declarations of these rule files select each fact (`default`
    /// names the built-in rules); repeat for several.
    #[arg(long = "rules", value_name = "FILE")]
    pub rules: Vec<PathBuf>,
}

/// `--format` of `check`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FormatArg {
    /// A graphical report with the text underlined.
    Human,
    /// `path:line:col: severity[rule] message`, one finding a line.
    Short,
    /// The stable JSON schema, version 1.
    Json,
    /// SARIF 2.1.0, for code-scanning dashboards.
    Sarif,
    /// GitHub Actions workflow commands (annotations).
    Github,
    /// Checkstyle XML.
    Checkstyle,
    /// JUnit XML, one failing test case per finding.
    Junit,
    /// One self-contained HTML page: a claims matrix, timelines, the findings and the
    /// texts (use with `--output report.html`).
    Html,
}

/// `--format` of `facts`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FactFormatArg {
    /// Aligned columns.
    Table,
    /// One JSON object a line.
    Jsonl,
}

/// `--fail-on`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SeverityArg {
    /// Fail on errors only.
    Error,
    /// Fail on warnings and errors.
    Warning,
    /// Fail on any finding.
    Info,
}

fn parse_date(text: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .map_err(|e| format!("`{text}` is not a date of the form YYYY-MM-DD ({e})"))
}

fn parse_size(text: &str) -> Result<u64, String> {
    let t = text.trim();
    let (digits, scale) = match t.char_indices().last() {
        Some((i, 'k' | 'K')) => (t.get(..i), 1 << 10),
        Some((i, 'm' | 'M')) => (t.get(..i), 1 << 20),
        Some((i, 'g' | 'G')) => (t.get(..i), 1 << 30),
        _ => (Some(t), 1),
    };
    digits
        .and_then(|d| d.trim().parse::<u64>().ok())
        .and_then(|n| n.checked_mul(scale))
        .filter(|&n| n > 0 && n <= claimlint::load::MAX_FILE_SIZE)
        .ok_or_else(|| {
            format!("`{text}` is not a size from 1 to 4G, such as `1048576`, `512K` or `64M`")
        })
}
