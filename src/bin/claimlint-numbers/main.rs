//! Figures against a number-recogniser suite: how claimlint's figure reader scores on the
//! English test specifications of Microsoft's Recognizers-Text (`Specs/Number/English/`,
//! `Specs/NumberWithUnit/English/CurrencyModel.json`), kept outside the repository.
//!
//! ```sh
//! cargo run --release --bin claimlint-numbers -- /work/data/recognizers
//! cargo run --release --bin claimlint-numbers -- /work/data/recognizers --verbose
//! ```
//!
//! Each `*.json` file of the folder is a list of `{"Input", "Results": [{"Text",
//! "TypeName", "Resolution": {"value", "unit"?}}]}`. Every input is read as a one-sentence
//! article by [`claimlint::extract::facts`], the entry point `claimlint facts` uses, and
//! its figures (facts of kind `quantity`) are scored against the results:
//!
//! - a gold result is **found** by a figure whose span overlaps it (one figure per result);
//! - its **value** is right when the figure's nominal value equals the resolution's value
//!   (to a relative 10⁻⁶), for a currency also its unit (claimlint's unit lemma against the
//!   last word of the resolution's unit: "dollar" for "Canadian dollar"), and for a range
//!   (`numberrange`, "(20,35]") both bounds and their openness (only the bounds for a
//!   range read from its two ends with no bound hedge, "between 20 and 30", whose
//!   openness the text does not state), or, for a single value
//!   ("[20,20]"), the nominal value;
//! - a figure that overlaps no result is **spurious**; in the currency file only figures
//!   with a currency unit count (its sentences state other figures that its model does not
//!   annotate), in the percentage file only percentages.
//!
//! Out of scope, counted apart and left out of the scores: results without a value (a
//! currency named with no amount: "the dollar"), ordinals ranged over ("between the tenth
//! and the fifteenth": a rank is not a figure a fact checker compares), powers ("1.1^23")
//! and figures that overlap one of them. Cases that carry `NotSupported` or
//! `NotSupportedByDesign` (platforms the suite's own reader does not pass) are scored and
//! reported apart as well.

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use claimlint::extract::{Fact, FactKind, Hedge, Interval, Value};
use claimlint::load::{DocId, Document};
use claimlint::source::{SourceFile, SourceId, Span};
use clap::Parser;
use serde::Deserialize;

/// Scores claimlint's figures on a folder of Recognizers-Text specification files.
#[derive(Debug, Parser)]
struct Args {
    /// The folder of `*.json` specification files.
    data: PathBuf,
    /// List every miss, spurious figure and wrong value.
    #[arg(long, short)]
    verbose: bool,
    /// Print the figures read in these texts instead (to look at one case).
    #[arg(long)]
    show: Vec<String>,
}

/// One test case of a specification file.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase")]
struct Case {
    input: String,
    #[serde(default)]
    results: Vec<Gold>,
    #[serde(default)]
    not_supported: Option<String>,
    #[serde(default)]
    not_supported_by_design: Option<String>,
}

/// One expected result.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase")]
struct Gold {
    text: String,
    type_name: String,
    resolution: Resolution,
}

/// Its resolution.
#[derive(Debug, Deserialize)]
struct Resolution {
    value: Option<String>,
    #[serde(default)]
    unit: Option<String>,
}

/// Counts of one file, or of the whole suite.
#[derive(Debug, Default, Clone, Copy)]
struct Score {
    gold: usize,
    predicted: usize,
    found: usize,
    right: usize,
    out_of_scope: usize,
}

impl Score {
    fn add(&mut self, other: Score) {
        self.gold += other.gold;
        self.predicted += other.predicted;
        self.found += other.found;
        self.right += other.right;
        self.out_of_scope += other.out_of_scope;
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 0.0 } else { a as f64 / b as f64 }
}

fn f1(p: f64, r: f64) -> f64 {
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

impl fmt::Display for Score {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (p, r) = (
            ratio(self.found, self.predicted),
            ratio(self.found, self.gold),
        );
        let (vp, vr) = (
            ratio(self.right, self.predicted),
            ratio(self.right, self.gold),
        );
        write!(
            f,
            "{:>5} {:>5} {:>5} {:>5} | {:.3} {:.3} {:.3} | {:.3} {:.3} {:.3} | {:>4}",
            self.gold,
            self.predicted,
            self.found,
            self.right,
            p,
            r,
            f1(p, r),
            vp,
            vr,
            f1(vp, vr),
            self.out_of_scope,
        )
    }
}

/// Why a gold result is left out of the scores, if it is.
fn out_of_scope(gold: &Gold) -> Option<&'static str> {
    if gold.resolution.value.is_none() {
        return Some("no amount");
    }
    if gold.text.contains('^') {
        return Some("power");
    }
    let lower = gold.text.to_lowercase();
    let ordinal = lower.split_whitespace().collect::<Vec<_>>().windows(2).any(|w| {
        matches!(w, [the, word] if *the == "the"
            && (word.ends_with("th") || word.ends_with("st") || word.ends_with("nd") || word.ends_with("rd")))
    });
    ordinal.then_some("ordinal")
}

/// The currency units claimlint gives (`data/currencies.txt`), and the hundredths.
fn currency_units() -> Vec<String> {
    let mut out: Vec<String> = include_str!("../../../data/currencies.txt")
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split('|').nth(1))
        .map(|u| u.trim().to_string())
        .filter(|u| !u.is_empty())
        .collect();
    out.extend(["cent", "penny", "pence"].map(String::from));
    out.sort();
    out.dedup();
    out
}

fn interval(fact: &Fact) -> Option<Interval> {
    match &fact.value {
        Value::Quantity(iv) => Some(*iv),
        _ => None,
    }
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-6 * a.abs().max(b.abs()).max(1e-9)
}

/// A range of the suite: `(20,35]`, `[3965,)`, `(,100]`.
struct Range {
    min: Option<f64>,
    max: Option<f64>,
    min_inclusive: bool,
    max_inclusive: bool,
}

fn parse_range(s: &str) -> Option<Range> {
    let s = s.trim();
    let min_inclusive = s.starts_with('[');
    let max_inclusive = s.ends_with(']');
    let inner = s.get(1..s.len().checked_sub(1)?)?;
    let (a, b) = inner.split_once(',')?;
    let num = |t: &str| {
        let t = t.trim();
        if t.is_empty() {
            Ok(None)
        } else {
            t.parse::<f64>().map(Some).map_err(|_| ())
        }
    };
    Some(Range {
        min: num(a).ok()?,
        max: num(b).ok()?,
        min_inclusive,
        max_inclusive,
    })
}

/// Whether the figure's value is the gold's, and if not, why not.
fn judge(gold: &Gold, fact: &Fact) -> Result<(), String> {
    let Some(iv) = interval(fact) else {
        return Err("not a quantity".into());
    };
    let value = gold.resolution.value.as_deref().unwrap_or("");
    if gold.type_name == "numberrange" {
        let Some(range) = parse_range(value) else {
            return Err(format!("unreadable gold range {value}"));
        };
        if let (Some(a), Some(b)) = (range.min, range.max)
            && close(a, b)
        {
            return match iv.nominal {
                Some(n) if close(n, a) => Ok(()),
                _ => Err("nominal".into()),
            };
        }
        let bound = |g: Option<f64>, c: Option<f64>| match (g, c) {
            (None, None) => true,
            (Some(g), Some(c)) => close(g, c),
            _ => false,
        };
        if !bound(range.min, iv.min) || !bound(range.max, iv.max) {
            return Err("bounds".into());
        }
        // A range read from its two ends alone ("between 20 and 30", "20 through 100",
        // "from 1,000 to 1,500", "20~100"), with no bound hedge, states its ends but
        // not whether they are included; claimlint includes both. The suite's
        // conventions for these differ by wording ("between" open, "through" and
        // "from… to" half-open) and are not English: only their bounds are scored.
        let plain = fact.hedge == Hedge::Range && iv.min_inclusive && iv.max_inclusive;
        if plain && range.min.is_some() && range.max.is_some() {
            return Ok(());
        }
        let open_ok = (range.min.is_none() || range.min_inclusive == iv.min_inclusive)
            && (range.max.is_none() || range.max_inclusive == iv.max_inclusive);
        return if open_ok {
            Ok(())
        } else {
            Err("openness".into())
        };
    }
    let Ok(want) = value.trim_end_matches('%').parse::<f64>() else {
        return Err(format!("unreadable gold value {value}"));
    };
    // A ratio ("one out of three", "1 in 21") is claimlint's percentage of what
    // follows; the suite gives it as a fraction. The same amount.
    let lower = gold.text.to_lowercase();
    let ratio = fact.unit.as_ref().is_some_and(|u| u.lemma == "percent")
        && !lower.contains('%')
        && !lower.contains("percent")
        && !lower.contains("per cent");
    match iv.nominal {
        Some(n) if close(n, want) || (ratio && close(n / 100.0, want)) => {}
        Some(_) => return Err("nominal".into()),
        None => return Err("no nominal".into()),
    }
    if gold.type_name == "currency" {
        let want = gold.resolution.unit.as_deref().unwrap_or("").to_lowercase();
        let last = want.split_whitespace().last().unwrap_or("").to_string();
        let got = fact.unit.as_ref().map_or("", |u| u.lemma.as_str());
        let same = got == want
            || got == last
            // A hundredth by any of its names: the suites' "cent" is claimlint's
            // "penny" for "ten pennies".
            || [got, last.as_str()]
                .iter()
                .all(|u| matches!(*u, "penny" | "pence" | "cent"));
        if !same {
            return Err(format!("unit {got:?} for {want:?}"));
        }
    }
    Ok(())
}

/// The figures claimlint reads in `input`, read as a one-sentence article.
fn figures(input: &str) -> Vec<Fact> {
    let file = SourceFile::new("case", input.to_string());
    let doc = Document {
        source: SourceId(0),
        path: PathBuf::from("case"),
        meta: Default::default(),
        published: None,
        body: Span::new(0, input.len()),
        suppressions: Vec::new(),
    };
    claimlint::extract::facts(DocId::default(), &doc, &file)
        .into_iter()
        .filter(|f| f.kind == FactKind::Quantity)
        .collect()
}

/// The byte spans of the results in `input`, each found after the one before it where
/// the text repeats ("50 dollar 50 dollar").
fn gold_spans(case: &Case) -> Vec<Option<Span>> {
    let mut from = 0;
    let mut out = Vec::new();
    for g in &case.results {
        let hit = case
            .input
            .get(from..)
            .and_then(|rest| rest.find(&g.text))
            .map(|k| from + k)
            .or_else(|| case.input.find(&g.text));
        out.push(hit.map(|start| {
            from = start + g.text.len();
            Span::new(start, start + g.text.len())
        }));
    }
    out
}

fn overlap(a: Span, b: Span) -> usize {
    a.end.min(b.end).saturating_sub(a.start.max(b.start))
}

/// The figures a file's model would annotate: all of them, or in the currency and
/// percentage files those with a currency or percent unit.
fn counts(kind: &str, fact: &Fact, currencies: &[String]) -> bool {
    let unit = fact.unit.as_ref().map_or("", |u| u.lemma.as_str());
    match kind {
        "currency" => currencies.iter().any(|c| c == unit),
        "percentage" => unit == "percent",
        _ => true,
    }
}

struct Report {
    by_file: BTreeMap<String, (Score, Score)>,
    causes: BTreeMap<String, usize>,
    left_out: BTreeMap<&'static str, usize>,
}

impl Report {
    /// One more loss of a cause, and its line with `--verbose`.
    fn cause(&mut self, cause: String, verbose: bool, line: impl FnOnce() -> String) {
        *self.causes.entry(cause).or_default() += 1;
        if verbose {
            println!("{}", line());
        }
    }
}

fn score_file(
    path: &Path,
    verbose: bool,
    currencies: &[String],
    report: &mut Report,
) -> Result<(), String> {
    let name = path
        .file_stem()
        .map_or_else(String::new, |s| s.to_string_lossy().into_owned());
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let cases: Vec<Case> =
        serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
    let kind = cases
        .iter()
        .flat_map(|c| c.results.iter())
        .map(|g| g.type_name.clone())
        .next()
        .unwrap_or_default();
    let (mut all, mut unsupported) = (Score::default(), Score::default());
    for case in &cases {
        let facts = figures(&case.input);
        let spans = gold_spans(case);
        let mut used = vec![false; facts.len()];
        let mut scope_spans = Vec::new();
        let mut s = Score::default();
        let flagged = case.not_supported.is_some() || case.not_supported_by_design.is_some();
        for (g, span) in case.results.iter().zip(&spans) {
            let Some(span) = *span else {
                if verbose {
                    println!("{name}: gold text {:?} not in {:?}", g.text, case.input);
                }
                continue;
            };
            if let Some(why) = out_of_scope(g) {
                s.out_of_scope += 1;
                *report.left_out.entry(why).or_default() += 1;
                scope_spans.push(span);
                continue;
            }
            s.gold += 1;
            let best = facts
                .iter()
                .enumerate()
                .filter(|(k, f)| {
                    !used.get(*k).copied().unwrap_or(true) && overlap(f.span, span) > 0
                })
                .max_by_key(|(_, f)| overlap(f.span, span))
                .map(|(k, _)| k);
            let Some(k) = best else {
                report.cause(format!("{name}: missed"), verbose, || {
                    format!("{name}: MISS {:?} in {:?}", g.text, case.input)
                });
                continue;
            };
            if let Some(u) = used.get_mut(k) {
                *u = true;
            }
            s.found += 1;
            let Some(fact) = facts.get(k) else { continue };
            match judge(g, fact) {
                Ok(()) => s.right += 1,
                Err(why) => {
                    let cause = why.split_whitespace().next().unwrap_or("").to_string();
                    report.cause(format!("{name}: wrong {cause}"), verbose, || {
                        format!(
                            "{name}: WRONG ({why}) {:?} = {:?} read {:?} as {} {} in {:?}",
                            g.text,
                            g.resolution.value.as_deref().unwrap_or(""),
                            case.input.get(fact.span.range()).unwrap_or(""),
                            interval(fact).map_or(String::new(), |iv| iv.notation()),
                            fact.unit.as_ref().map_or("-", |u| u.lemma.as_str()),
                            case.input
                        )
                    });
                }
            }
        }
        for (k, fact) in facts.iter().enumerate() {
            if used.get(k).copied().unwrap_or(true)
                || scope_spans.iter().any(|sp| overlap(*sp, fact.span) > 0)
                || !counts(&kind, fact, currencies)
            {
                continue;
            }
            report.cause(format!("{name}: spurious"), verbose, || {
                format!(
                    "{name}: SPURIOUS {:?} as {} {} in {:?}",
                    case.input.get(fact.span.range()).unwrap_or(""),
                    interval(fact).map_or(String::new(), |iv| iv.notation()),
                    fact.unit.as_ref().map_or("-", |u| u.lemma.as_str()),
                    case.input
                )
            });
        }
        s.predicted = s.found
            + facts
                .iter()
                .enumerate()
                .filter(|(k, f)| {
                    !used.get(*k).copied().unwrap_or(true)
                        && !scope_spans.iter().any(|sp| overlap(*sp, f.span) > 0)
                        && counts(&kind, f, currencies)
                })
                .count();
        all.add(s);
        if flagged {
            unsupported.add(s);
        }
    }
    report.by_file.insert(name, (all, unsupported));
    Ok(())
}

/// The allocator of the binaries (the library sets none): mimalloc spends fewer instructions
/// per allocation than the system's, and extraction allocates small buffers per sentence.
#[cfg(feature = "mimalloc")]
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let args = Args::parse();
    if !args.show.is_empty() {
        for text in &args.show {
            println!("{text:?}");
            for fact in figures(text) {
                println!(
                    "  {:?} {} {} {}",
                    text.get(fact.span.range()).unwrap_or(""),
                    fact.hedge,
                    interval(&fact).map_or(String::new(), |iv| iv.notation()),
                    fact.unit.as_ref().map_or("-", |u| u.lemma.as_str()),
                );
            }
        }
        return ExitCode::SUCCESS;
    }
    let mut files: Vec<PathBuf> = match std::fs::read_dir(&args.data) {
        Ok(dir) => dir
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "json"))
            .collect(),
        Err(e) => {
            eprintln!("{}: {e}", args.data.display());
            return ExitCode::from(2);
        }
    };
    files.sort();
    if files.is_empty() {
        eprintln!("{}: no *.json specification files", args.data.display());
        return ExitCode::from(2);
    }
    let currencies = currency_units();
    let mut report = Report {
        by_file: BTreeMap::new(),
        causes: BTreeMap::new(),
        left_out: BTreeMap::new(),
    };
    for path in &files {
        if let Err(e) = score_file(path, args.verbose, &currencies, &mut report) {
            eprintln!("{e}");
            return ExitCode::from(2);
        }
    }
    println!();
    println!(
        "{:<24} {:<10} {:>5} {:>5} {:>5} {:>5} | {:<5} {:<5} {:<5} | {:<5} {:<5} {:<5} | {:>4}",
        "file",
        "cases",
        "gold",
        "pred",
        "found",
        "right",
        "P",
        "R",
        "F1",
        "valP",
        "valR",
        "valF1",
        "out"
    );
    let (mut all, mut all_flagged) = (Score::default(), Score::default());
    for (name, (every, flagged)) in &report.by_file {
        println!("{name:<24} {:<10} {every}", "all");
        println!("{:<24} {:<10} {flagged}", "", "flagged");
        all.add(*every);
        all_flagged.add(*flagged);
    }
    println!("{:<24} {:<10} {all}", "overall", "all");
    println!("{:<24} {:<10} {all_flagged}", "", "flagged");
    println!();
    println!("left out of the scores (out of scope):");
    for (why, n) in &report.left_out {
        println!("  {n:>4}  {why}");
    }
    println!("losses by file and kind:");
    let mut causes: Vec<_> = report.causes.iter().collect();
    causes.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    for (cause, n) in causes {
        println!("  {n:>4}  {cause}");
    }
    ExitCode::SUCCESS
}
