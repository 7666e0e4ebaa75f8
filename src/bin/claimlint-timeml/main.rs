//! Dates against TimeML: claimlint's time and duration facts scored the way TempEval-3
//! scores TIMEX3 tagging, on TimeML-annotated news (the TempEval-3 training data, TBAQ).
//!
//! ```sh
//! cargo run --release --bin claimlint-timeml -- /work/data/tbaq
//! cargo run --release --bin claimlint-timeml -- /work/data/tbaq --verbose
//! ```
//!
//! 1. Reads every `*.tml` under the folder (`tml.rs`): the `<TEXT>` without its tags,
//!    the gold TIMEX3 spans, types and values, and the DCT as the publication date.
//! 2. Extracts the facts of each text with [`claimlint::pipeline::facts`], as
//!    `claimlint facts --date DCT` would, and writes each time and duration fact as a
//!    TIMEX3 type and value (`timex.rs`).
//! 3. Matches system and gold mentions whose spans overlap (relaxed, one to one, in
//!    text order) and prints precision, recall and F1 of relaxed and strict extents, of
//!    the type and of the value (a value is right when the matched pair's values are
//!    equal, a week's leading zero and trailing unspecified parts such as `1968-XX`
//!    aside; its precision is over all system mentions, its recall over all gold ones),
//!    also per TIMEX3 type. `--verbose` lists each miss, spurious mention and wrong
//!    value in context, and the most frequent of each.

mod timex;
mod tml;

use std::collections::BTreeMap;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chrono::NaiveDate;
use claimlint::extract::FactKind;
use clap::Parser;

/// Scores claimlint's dates on TimeML-annotated news.
#[derive(Debug, Parser)]
struct Args {
    /// A folder of TimeML files (`*.tml`, searched recursively).
    data: PathBuf,
    /// List every miss, spurious mention and wrong value, and the most frequent.
    #[arg(long, short)]
    verbose: bool,
}

/// A mention: where, what type, what value.
#[derive(Debug, Clone)]
struct Mention {
    span: Range<usize>,
    kind: String,
    value: String,
}

/// Counts for one line of the table.
#[derive(Debug, Default, Clone, Copy)]
struct Counts {
    gold: usize,
    system: usize,
    relaxed: usize,
    strict: usize,
    kind: usize,
    value_gold: usize,
    value_system: usize,
}

impl Counts {
    /// A gold time the system found: overlapping it, exactly (`strict`), with its type
    /// (`kind`) and with its value (`value`).
    fn matched(&mut self, strict: bool, kind: bool, value: bool) {
        self.relaxed += 1;
        self.strict += usize::from(strict);
        self.kind += usize::from(kind);
        self.value_gold += usize::from(value);
    }
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
        Err(message) => {
            eprintln!("claimlint-timeml: {message}");
            ExitCode::from(2)
        }
    }
}

fn files(root: &Path) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = walkdir::WalkDir::new(root)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| e.into_path())
        .filter(|p| {
            p.extension().is_some_and(|x| x == "tml")
                && !p
                    .file_name()
                    .and_then(|n| n.to_str())
                    .is_some_and(|n| n.starts_with("._"))
        })
        .collect();
    out.sort();
    out
}

/// The system's time and duration mentions in `text`, published on `dct`.
fn system(name: &Path, text: &str, dct: NaiveDate) -> Result<(String, Vec<Mention>), String> {
    let options = claimlint::Options {
        date: Some(dct),
        keep: true,
        stdin: Some((name.to_path_buf(), text.to_owned())),
        ..claimlint::Options::default()
    };
    let read = claimlint::pipeline::facts(&[], &options)
        .map_err(|e| format!("{}: {:?}", name.display(), miette::Report::new(e)))?;
    let mut read_text = String::new();
    let mut out = Vec::new();
    for fact in &read.facts {
        if read_text.is_empty() {
            if let Some(file) = read.sources.get(fact.doc.source()) {
                read_text = file.text.to_string();
            }
        }
        if !matches!(fact.kind, FactKind::Time | FactKind::Duration) {
            continue;
        }
        if let Some((kind, value)) = timex::of(&fact.value) {
            out.push(Mention {
                span: fact.span.start..fact.span.end,
                kind: kind.to_owned(),
                value,
            });
        }
    }
    Ok((read_text, out))
}

/// Whether two TIMEX3 values name the same time: equal once written the same way,
/// so that a week with or without its leading zero ("2000-W6", "2000-W06") and a year
/// or month with unspecified parts left off ("1968-XX", "1968") compare equal.
fn same_value(a: &str, b: &str) -> bool {
    fn canonical(v: &str) -> String {
        let mut v = v.trim().to_owned();
        while let Some(cut) = v.strip_suffix("-XX") {
            v = cut.to_owned();
        }
        if let Some(at) = v.find("-W0") {
            v.replace_range(at..at + 3, "-W");
        }
        // A whole number of days in hours ("PT24H") is that many days ("P1D").
        if let Some(h) = v
            .strip_prefix("PT")
            .and_then(|h| h.strip_suffix('H'))
            .and_then(|h| h.parse::<u32>().ok())
            .filter(|h| h % 24 == 0 && *h > 0)
        {
            v = format!("P{}D", h / 24);
        }
        // A century or a millennium in a duration: "PXCE" or "PXC", "P2ML" or "P2L".
        if v.starts_with('P') {
            if let Some(n) = v.strip_suffix("CE") {
                v = format!("{n}C");
            } else if let Some(n) = v.strip_suffix("ML") {
                v = format!("{n}L");
            }
        }
        // Every day, as a SET: "P1D" or "XXXX-XX-XX" (its "-XX" already cut).
        if v == "XXXX" {
            v = "P1D".to_owned();
        }
        // A decade or a century as a year with its last digits unspecified ("197X",
        // "19XX") is TimeML's "197" or "19".
        let digits = v.trim_end_matches('X');
        if v.len() == 4 && digits.len() >= 2 && digits.bytes().all(|b| b.is_ascii_digit()) {
            v = digits.to_owned();
        }
        v
    }
    canonical(a) == canonical(b)
}

fn overlaps(a: &Range<usize>, b: &Range<usize>) -> bool {
    a.start < b.end && b.start < a.end
}

/// A report line: which document, what, where.
fn context(text: &str, span: &Range<usize>) -> String {
    let mut from = span.start.saturating_sub(60);
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    let mut to = (span.end + 60).min(text.len());
    while !text.is_char_boundary(to) {
        to += 1;
    }
    let before = text.get(from..span.start).unwrap_or("");
    let inside = text.get(span.clone()).unwrap_or("");
    let after = text.get(span.end..to).unwrap_or("");
    format!("{before}[{inside}]{after}").replace(['\n', '\t'], " ")
}

/// The shape of an expression, for grouping: lower case, digits as `0`.
fn shape(text: &str) -> String {
    text.to_lowercase()
        .chars()
        .map(|c| if c.is_ascii_digit() { '0' } else { c })
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_compare_as_the_same_time() {
        assert!(same_value("2000-W06", "2000-W6"));
        assert!(same_value("1968", "1968-XX"));
        assert!(same_value("197X", "197"));
        assert!(same_value("PT24H", "P1D"));
        assert!(!same_value("PT12H", "P1D"));
        assert!(same_value("PXCE", "PXC"));
        assert!(same_value("XXXX-XX-XX", "P1D"));
        assert!(same_value("19XX", "19"));
        assert!(!same_value("197X", "1970"));
        assert!(same_value("1998-10", "1998-10-XX"));
        assert!(!same_value("1998-10", "1998"));
        assert!(!same_value("2000-W16", "2000-W6"));
    }
}

#[derive(Default)]
struct Tally {
    all: Counts,
    by_type: BTreeMap<String, Counts>,
    misses: BTreeMap<String, usize>,
    spurious: BTreeMap<String, usize>,
    wrong: BTreeMap<String, usize>,
    lines: Vec<String>,
}

/// Which list of [`Tally`] a mention that did not score goes to.
#[derive(Clone, Copy)]
enum Loss {
    Miss,
    Wrong,
    Spurious,
}

impl Tally {
    /// Counts a lost mention under its kind and shape, and keeps its line for
    /// `--verbose`.
    fn lose(&mut self, loss: Loss, key: String, line: String) {
        let counts = match loss {
            Loss::Miss => &mut self.misses,
            Loss::Wrong => &mut self.wrong,
            Loss::Spurious => &mut self.spurious,
        };
        *counts.entry(key).or_default() += 1;
        self.lines.push(line);
    }
}

fn score(name: &str, text: &str, gold: &[tml::Timex], sys: &[Mention], tally: &mut Tally) {
    let mut used = vec![false; sys.len()];
    let mut start = 0;
    for g in gold {
        let t = tally.by_type.entry(g.kind.clone()).or_default();
        t.gold += 1;
        tally.all.gold += 1;
        while sys.get(start).is_some_and(|s| s.span.end <= g.span.start) {
            start += 1;
        }
        let found = (start..sys.len())
            .take_while(|&k| sys.get(k).is_some_and(|s| s.span.start < g.span.end))
            .find(|&k| {
                !used.get(k).copied().unwrap_or(true)
                    && sys.get(k).is_some_and(|s| overlaps(&s.span, &g.span))
            });
        let gold_text = text.get(g.span.clone()).unwrap_or("");
        let Some((k, s)) = found.and_then(|k| sys.get(k).map(|s| (k, s))) else {
            tally.lose(
                Loss::Miss,
                format!("{} {}", g.kind, shape(gold_text)),
                format!(
                    "{name}: miss     {} {}: {}",
                    g.kind,
                    g.value,
                    context(text, &g.span)
                ),
            );
            continue;
        };
        if let Some(u) = used.get_mut(k) {
            *u = true;
        }
        let strict = s.span == g.span;
        let kind = s.kind == g.kind;
        let value = same_value(&s.value, &g.value);
        tally.all.matched(strict, kind, value);
        tally
            .by_type
            .entry(g.kind.clone())
            .or_default()
            .matched(strict, kind, value);
        if value {
            tally.all.value_system += 1;
            tally
                .by_type
                .entry(s.kind.clone())
                .or_default()
                .value_system += 1;
        } else {
            tally.lose(
                Loss::Wrong,
                format!("{} {}", g.kind, shape(gold_text)),
                format!(
                    "{name}: wrong    {} {} (system {} {} `{}`): {}",
                    g.kind,
                    g.value,
                    s.kind,
                    s.value,
                    text.get(s.span.clone()).unwrap_or(""),
                    context(text, &g.span)
                ),
            );
        }
    }
    for (k, s) in sys.iter().enumerate() {
        tally.all.system += 1;
        tally.by_type.entry(s.kind.clone()).or_default().system += 1;
        if !used.get(k).copied().unwrap_or(false) {
            let sys_text = text.get(s.span.clone()).unwrap_or("");
            tally.lose(
                Loss::Spurious,
                format!("{} {}", s.kind, shape(sys_text)),
                format!(
                    "{name}: spurious {} {}: {}",
                    s.kind,
                    s.value,
                    context(text, &s.span)
                ),
            );
        }
    }
}

fn prf(right_sys: usize, sys: usize, right_gold: usize, gold: usize) -> (f64, f64, f64) {
    let p = if sys == 0 {
        0.0
    } else {
        right_sys as f64 / sys as f64
    };
    let r = if gold == 0 {
        0.0
    } else {
        right_gold as f64 / gold as f64
    };
    let f = if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    };
    (p, r, f)
}

fn row(label: &str, (p, r, f): (f64, f64, f64)) -> String {
    format!("| {label} | {p:.3} | {r:.3} | {f:.3} |\n")
}

fn table(title: &str, c: &Counts) -> String {
    let mut out = format!(
        "{title}: {} gold, {} system mentions\n\n| measure | P | R | F1 |\n|---|---|---|---|\n",
        c.gold, c.system
    );
    out += &row(
        "relaxed extent",
        prf(c.relaxed, c.system, c.relaxed, c.gold),
    );
    out += &row("strict extent", prf(c.strict, c.system, c.strict, c.gold));
    out += &row("type", prf(c.kind, c.system, c.kind, c.gold));
    out += &row(
        "**value**",
        prf(c.value_system, c.system, c.value_gold, c.gold),
    );
    out
}

fn top(title: &str, counts: &BTreeMap<String, usize>, n: usize) -> String {
    let mut v: Vec<(&String, &usize)> = counts.iter().collect();
    v.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    let mut out = format!("\n{title} (most frequent first)\n");
    for (what, count) in v.into_iter().take(n) {
        out += &format!("{count:>5}  {what}\n");
    }
    out
}

fn run(args: &Args) -> Result<(), String> {
    let paths = files(&args.data);
    if paths.is_empty() {
        return Err(format!("no `.tml` file under {}", args.data.display()));
    }
    let mut tally = Tally::default();
    let mut documents = 0;
    for path in &paths {
        let raw = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
        let Some(doc) = tml::parse(&raw) else {
            eprintln!("{}: no DCT or no <TEXT>, skipped", path.display());
            continue;
        };
        let dct = NaiveDate::parse_from_str(&doc.dct, "%Y-%m-%d")
            .map_err(|e| format!("{}: DCT `{}`: {e}", path.display(), doc.dct))?;
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let (read_text, sys) = system(path, &doc.text, dct)?;
        if !read_text.is_empty() && read_text != doc.text {
            return Err(format!(
                "{}: the loaded text differs from the plain text; spans would not line up",
                path.display()
            ));
        }
        score(&name, &doc.text, &doc.gold, &sys, &mut tally);
        documents += 1;
    }
    let mut out = format!(
        "# Dates against TimeML\n\n{documents} documents under {}\n\n",
        args.data.display()
    );
    out += &table("All TIMEX3", &tally.all);
    for (kind, c) in &tally.by_type {
        out += "\n";
        out += &table(kind, c);
    }
    if args.verbose {
        out += "\n";
        for line in &tally.lines {
            out += line;
            out += "\n";
        }
        out += &top("Misses", &tally.misses, 40);
        out += &top("Wrong values", &tally.wrong, 40);
        out += &top("Spurious", &tally.spurious, 40);
    }
    print!("{out}");
    Ok(())
}
