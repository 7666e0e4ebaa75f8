//! The benchmark: a corpus size in, throughput and memory figures out.
//!
//! ```sh
//! cargo run --release --bin claimlint-bench -- --size 100MB --threads 1
//! cargo run --release --bin claimlint-bench -- --draft
//! cargo run --release --bin claimlint-bench -- --adversarial 100000
//! cargo run --release --bin claimlint-bench -- --recheck
//! ```
//!
//! Generates a corpus of news articles (see `corpus.rs`) into a temporary folder (or
//! `--keep DIR`, reused when it already holds the same corpus), checks it with
//! [`claimlint::check`] and the built-in rules, and prints the corpus size, documents,
//! facts, findings (and how many planted conflicts were caught), wall time split into
//! loading, extraction and checking, MB/s, documents/s and peak memory. `--draft`
//! instead times the `claimlint` binary checking one draft against 50 sources;
//! `--recheck` times what the language server does on a keystroke: the 50 sources
//! prepared once ([`claimlint::pipeline::prepare`]), then the draft re-checked after a
//! one-word change ([`claimlint::pipeline::Prepared::check_draft`]).

mod adversarial;
mod corpus;

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use clap::Parser;

/// Measures claimlint on a generated corpus.
#[derive(Debug, Parser)]
struct Args {
    /// Corpus size: a number of bytes with an optional KB, MB or GB suffix (powers of 1000).
    #[arg(long, default_value = "100MB", value_parser = parse_size)]
    size: u64,
    /// Threads for extraction: `1` or `all`.
    #[arg(long, default_value = "all")]
    threads: String,
    /// Keep the corpus in this folder (reused when it holds the same seed and size).
    #[arg(long)]
    keep: Option<PathBuf>,
    /// Seed of the generator.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Share of articles with a planted conflict.
    #[arg(long, default_value_t = 0.05)]
    conflicts: f64,
    /// Only generate the corpus (into `--keep`), do not check it.
    #[arg(long)]
    generate_only: bool,
    /// Time `claimlint check draft.md --sources DIR` with 50 sources instead (median of 10 runs).
    #[arg(long)]
    draft: bool,
    /// Time each rule kind on one article of this many sentences whose facts all fall
    /// in one group, and the human format on its findings, instead.
    #[arg(long, value_name = "SENTENCES")]
    adversarial: Option<usize>,
    /// Time re-checking a draft after a one-word change against 50 prepared sources,
    /// the language server's cached path (median of 50 re-checks).
    #[arg(long)]
    recheck: bool,
}

fn parse_size(text: &str) -> std::result::Result<u64, String> {
    let upper = text.trim().to_ascii_uppercase();
    let (digits, unit) = match upper.find(|c: char| !c.is_ascii_digit() && c != '.') {
        Some(at) => upper.split_at(at),
        None => (upper.as_str(), ""),
    };
    let number: f64 = digits.parse().map_err(|_| format!("bad size `{text}`"))?;
    let unit = match unit.trim_end_matches('B') {
        "" => 1.0,
        "K" => 1e3,
        "M" => 1e6,
        "G" => 1e9,
        _ => return Err(format!("bad size unit in `{text}`")),
    };
    Ok((number * unit) as u64)
}

/// The allocator of the binaries (the library sets none): mimalloc spends fewer instructions
/// per allocation than the system's, and extraction allocates small buffers per sentence.
#[cfg(feature = "mimalloc")]
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let args = Args::parse();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("claimlint-bench: {e}");
            ExitCode::from(2)
        }
    }
}

type Result<T> = std::result::Result<T, Box<dyn std::error::Error>>;

fn run(args: &Args) -> Result<()> {
    match args.threads.as_str() {
        "all" => {}
        n => {
            let n: usize = n
                .parse()
                .map_err(|_| "--threads takes `1`, a number or `all`")?;
            rayon::ThreadPoolBuilder::new()
                .num_threads(n)
                .build_global()?;
        }
    }
    if args.draft {
        return draft(args);
    }
    if let Some(facts) = args.adversarial {
        return adversarial::run(facts);
    }
    if args.recheck {
        return recheck(args);
    }
    let temp;
    let dir = match &args.keep {
        Some(dir) => dir.clone(),
        None => {
            temp = tempfile::tempdir()?;
            temp.path().to_path_buf()
        }
    };
    let started = Instant::now();
    let written = corpus::generate(&dir, args.size, args.seed, args.conflicts)?;
    println!(
        "corpus       {:.1} MB in {} articles, {} with a planted conflict ({}, {:.1} s to generate or reuse)",
        written.bytes as f64 / 1e6,
        written.articles,
        written.planted.len(),
        dir.display(),
        started.elapsed().as_secs_f64(),
    );
    if args.generate_only {
        return Ok(());
    }
    println!("threads      {}", rayon::current_num_threads());

    // The progress callback marks when extraction starts (loading is done) and ends.
    let first: Arc<Mutex<Option<Instant>>> = Arc::default();
    let last: Arc<Mutex<Option<Instant>>> = Arc::default();
    let count = Arc::new(AtomicUsize::new(0));
    let progress = {
        let (first, last, count) = (first.clone(), last.clone(), count.clone());
        Arc::new(move |total: usize| {
            let n = count.fetch_add(1, Ordering::Relaxed) + 1;
            if n == 1 {
                if let Ok(mut f) = first.lock() {
                    f.get_or_insert_with(Instant::now);
                }
            }
            if n == total {
                if let Ok(mut l) = last.lock() {
                    *l = Some(Instant::now());
                }
            }
        })
    };
    let options = claimlint::Options {
        progress: Some(progress),
        ..claimlint::Options::default()
    };
    let start = Instant::now();
    let checked = claimlint::check(std::slice::from_ref(&dir), &options)?;
    let wall = start.elapsed();
    let extract_start = first.lock().ok().and_then(|f| *f).unwrap_or(start);
    let extract_end = last.lock().ok().and_then(|l| *l).unwrap_or(extract_start);

    let bytes = checked.bytes;
    let documents = checked.corpus.documents.len();
    let score = score(&checked, &dir, &written.planted);

    let mb = bytes as f64 / 1e6;
    let secs = wall.as_secs_f64();
    println!("documents    {documents}");
    let texts_kept = checked
        .corpus
        .documents
        .iter()
        .filter_map(|d| checked.sources.get(d.source))
        .filter(|f| !f.text.is_empty())
        .count();
    println!(
        "facts        {} ({} bytes each before their strings; {} texts kept for findings)",
        checked.fact_count,
        std::mem::size_of::<claimlint::extract::Fact>(),
        texts_kept,
    );
    println!(
        "findings     {} ({} of {} planted conflicts caught: {}; {} findings in articles without one, {} of other rules in planted articles)",
        checked.findings.len(),
        score.caught,
        written.planted.len(),
        score.by_kind,
        score.elsewhere,
        score.other_rule,
    );
    println!("problems     {}", checked.problems.len());
    println!(
        "wall         {:.3} s (load {:.3} s, extract {:.3} s, evaluate {:.3} s)",
        secs,
        seconds(extract_start - start),
        seconds(extract_end - extract_start),
        seconds(wall - (extract_end - start)),
    );
    println!(
        "throughput   {:.1} MB/s, {:.0} documents/s",
        mb / secs,
        documents as f64 / secs
    );
    println!("peak rss     {:.0} MB", peak_rss_kb()? as f64 / 1024.0);
    // Dropping a large corpus takes time of its own; not part of the check.
    std::mem::forget(checked);
    Ok(())
}

fn seconds(d: Duration) -> f64 {
    d.as_secs_f64()
}

/// What the findings say about the planted conflicts.
struct Score {
    /// Planted conflicts caught: a finding of a rule that must catch it has a label in
    /// its article.
    caught: usize,
    /// Caught and planted, per kind: "DeathToll 44/44, …".
    by_kind: String,
    /// Findings with no label in an article with a planted conflict.
    elsewhere: usize,
    /// Findings with a label in a planted article, none of whose rules they are.
    other_rule: usize,
}

/// How many planted conflicts were caught, per kind, and how many findings no planted
/// conflict accounts for: those in articles without one, and those of other rules.
fn score(
    checked: &claimlint::Checked,
    dir: &Path,
    planted: &[(PathBuf, corpus::Planted)],
) -> Score {
    use std::collections::{BTreeMap, HashMap, HashSet};
    let kinds: HashMap<PathBuf, corpus::Planted> =
        planted.iter().map(|(p, k)| (dir.join(p), *k)).collect();
    let mut caught: HashSet<&Path> = HashSet::new();
    let (mut elsewhere, mut other_rule) = (0, 0);
    for finding in &checked.findings {
        let (mut in_planted, mut expected) = (false, false);
        for label in &finding.labels {
            let Some(doc) = checked.corpus.get(label.doc) else {
                continue;
            };
            if let Some(kind) = kinds.get(&doc.path) {
                in_planted = true;
                if kind.rules().contains(&finding.rule.as_str()) {
                    caught.insert(doc.path.as_path());
                    expected = true;
                }
            }
        }
        if !in_planted {
            elsewhere += 1;
        } else if !expected {
            other_rule += 1;
        }
    }
    let mut by_kind: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    for (path, kind) in &kinds {
        let entry = by_kind.entry(format!("{kind:?}")).or_default();
        entry.1 += 1;
        if caught.contains(path.as_path()) {
            entry.0 += 1;
        }
    }
    let by_kind = by_kind
        .iter()
        .map(|(k, (c, n))| format!("{k} {c}/{n}"))
        .collect::<Vec<_>>()
        .join(", ");
    Score {
        caught: caught.len(),
        by_kind,
        elsewhere,
        other_rule,
    }
}

/// The process's peak resident set (`VmHWM`), in KiB.
fn peak_rss_kb() -> Result<u64> {
    let status = std::fs::read_to_string("/proc/self/status")?;
    let line = status
        .lines()
        .find(|l| l.starts_with("VmHWM:"))
        .ok_or("no VmHWM in /proc/self/status")?;
    Ok(line
        .trim_start_matches("VmHWM:")
        .trim()
        .trim_end_matches("kB")
        .trim()
        .parse()?)
}

/// Times `claimlint check draft.md --sources sources` (process start included),
/// median of 10 runs after one warm-up.
fn draft(args: &Args) -> Result<()> {
    let exe = std::env::current_exe()?;
    let binary = exe
        .parent()
        .map(|d| d.join("claimlint"))
        .ok_or("no folder for the claimlint binary")?;
    if !binary.is_file() {
        return Err(format!(
            "`{}` not found: build it first with `cargo build --release`",
            binary.display()
        )
        .into());
    }
    let temp = tempfile::tempdir()?;
    let draft = corpus::draft_and_sources(temp.path(), 50, args.seed)?;
    let sources = temp.path().join("sources");
    let bytes: u64 = std::fs::read_dir(&sources)?
        .filter_map(|e| e.ok()?.metadata().ok())
        .map(|m| m.len())
        .sum::<u64>()
        + std::fs::metadata(&draft)?.len();
    let run = || -> Result<(Duration, Option<i32>)> {
        let start = Instant::now();
        let out = Command::new(&binary)
            .arg("check")
            .arg(&draft)
            .arg("--sources")
            .arg(&sources)
            .output()?;
        Ok((start.elapsed(), out.status.code()))
    };
    let (_, code) = run()?;
    let mut times = Vec::new();
    for _ in 0..10 {
        times.push(run()?.0);
    }
    times.sort();
    let median = times.get(times.len() / 2).copied().unwrap_or_default();
    println!(
        "draft        1 draft against 50 sources, {:.0} KB, exit code {}",
        bytes as f64 / 1e3,
        code.map_or("none".to_owned(), |c| c.to_string())
    );
    println!(
        "wall         median {:.1} ms of 10 runs (min {:.1} ms, max {:.1} ms), process start included",
        median.as_secs_f64() * 1e3,
        times.first().map_or(0.0, |t| t.as_secs_f64() * 1e3),
        times.last().map_or(0.0, |t| t.as_secs_f64() * 1e3),
    );
    Ok(())
}

/// Times the language server's path: 50 sources prepared once, then the draft
/// re-checked after a one-word change, 50 times (each change undoes the last).
fn recheck(args: &Args) -> Result<()> {
    let temp = tempfile::tempdir()?;
    let draft = corpus::draft_and_sources(temp.path(), 50, args.seed)?;
    let options = claimlint::Options {
        sources: vec![temp.path().join("sources")],
        ..claimlint::Options::default()
    };
    let start = Instant::now();
    let prepared = claimlint::pipeline::prepare(&options)?;
    let prepare_time = start.elapsed();
    let text = std::fs::read_to_string(&draft)?;
    // One word changed: the first "the" of the body becomes "a", and back.
    let at = text.find(" the ").ok_or("the draft has no word `the`")?;
    let changed = format!(
        "{} a {}",
        text.get(..at).unwrap_or_default(),
        text.get(at + 5..).unwrap_or_default()
    );
    let mut findings = 0;
    let mut times = Vec::new();
    for i in 0..51 {
        let version = if i % 2 == 0 { &changed } else { &text };
        let start = Instant::now();
        let checked = prepared.check_draft(&draft, version)?;
        let elapsed = start.elapsed();
        findings = checked.findings.len();
        // The first run warms up.
        if i > 0 {
            times.push(elapsed);
        }
    }
    times.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    let median = times.get(times.len() / 2).copied().unwrap_or_default();
    println!(
        "recheck      1 draft ({} bytes) against {} prepared sources, {} findings",
        text.len(),
        prepared.source_count(),
        findings
    );
    println!(
        "prepare      {:.1} ms (once: read and extract the sources)",
        ms(prepare_time)
    );
    println!(
        "wall         median {:.2} ms of {} re-checks after a one-word change (min {:.2} ms, max {:.2} ms)",
        ms(median),
        times.len(),
        times.first().map_or(0.0, |t| ms(*t)),
        times.last().map_or(0.0, |t| ms(*t)),
    );
    Ok(())
}
