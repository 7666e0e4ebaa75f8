//! The claims yardstick: how well the built-in rules tell which facts are the same claim,
//! measured on a corpus of real news excerpts (`tests/claims/`).
//!
//! ```sh
//! cargo run --release --bin claimlint-claims
//! cargo run --release --bin claimlint-claims -- --verbose
//! cargo run --release --bin claimlint-claims -- --write /tmp/variants
//! ```
//!
//! 1. Checks the unmodified corpus with [`claimlint::check`] and the built-in rules: every
//!    finding that does not join a pair of the gold's `disagreements` is a false finding.
//! 2. For each planted variant (see `plant.rs`), checks the corpus with one article changed:
//!    the variant is found when a finding that the unmodified run did not give has a label
//!    over the changed bytes.
//!
//! Prints a markdown table per kind of change, the false findings per 10 articles and the
//! gold's `not-same` pairs that a finding joined; `--verbose` lists the misses and the
//! false findings.

mod gold;
mod plant;

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Parser;

use crate::gold::{Gold, overlaps};
use crate::plant::{Plant, Variant};

/// Measures claimlint's built-in rules on the claims corpus.
#[derive(Debug, Parser)]
struct Args {
    /// The corpus root, holding `gold.yaml`.
    #[arg(long, default_value = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/claims"))]
    root: PathBuf,
    /// Seed of the planted-conflict generator.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Variants per claim and kind of change, each in a different article.
    #[arg(long, default_value_t = 2)]
    per_claim: usize,
    /// List the misses and the false findings.
    #[arg(long, short)]
    verbose: bool,
    /// Print every gold mention in its context and stop (to review the gold).
    #[arg(long)]
    show_gold: bool,
    /// Write each variant's corpus under this folder, with `variants.tsv` saying what changed.
    #[arg(long)]
    write: Option<PathBuf>,
}

/// One finding, its places relative to the corpus root.
#[derive(Debug, Clone)]
struct Seen {
    rule: String,
    message: String,
    labels: Vec<(PathBuf, Range<usize>, String)>,
}

impl Seen {
    fn spans(&self) -> Vec<(PathBuf, Range<usize>)> {
        self.labels
            .iter()
            .map(|(p, s, _)| (p.clone(), s.clone()))
            .collect()
    }

    /// The finding's identity once the edit of `variant` is undone: rule and places in
    /// the original texts.
    fn key(&self, variant: Option<&Variant>) -> (String, Vec<(PathBuf, usize, usize)>) {
        let mut places: Vec<(PathBuf, usize, usize)> = self
            .labels
            .iter()
            .map(|(path, span, _)| match variant {
                Some(v) if *path == v.file => {
                    let back = |at: usize| at + v.original.len() - v.span.len();
                    let start = if span.start >= v.span.end {
                        back(span.start)
                    } else if span.start >= v.span.start {
                        v.original.start
                    } else {
                        span.start
                    };
                    let end = if span.end >= v.span.end {
                        back(span.end)
                    } else if span.end > v.span.start {
                        v.original.end
                    } else {
                        span.end
                    };
                    (path.clone(), start, end)
                }
                _ => (path.clone(), span.start, span.end),
            })
            .collect();
        places.sort();
        (self.rule.clone(), places)
    }
}

/// Checks the folders under `root` with the built-in rules.
fn run(root: &Path, gold: &Gold) -> Result<Vec<Seen>, String> {
    let folders = gold.folders(root);
    let checked = claimlint::check(&folders, &claimlint::Options::default())
        .map_err(|e| format!("{:?}", miette::Report::new(e)))?;
    if let Some(problem) = checked.problems.first() {
        return Err(format!("{problem}"));
    }
    let mut seen = Vec::new();
    for finding in &checked.findings {
        let mut labels = Vec::new();
        for label in &finding.labels {
            let Some(doc) = checked.corpus.get(label.doc) else {
                continue;
            };
            let path = doc
                .path
                .strip_prefix(root)
                .unwrap_or(&doc.path)
                .to_path_buf();
            let text = checked
                .sources
                .get(label.source())
                .map(|s| s.slice(label.span).to_owned())
                .unwrap_or_default();
            labels.push((path, label.span.start..label.span.end, text));
        }
        seen.push(Seen {
            rule: finding.rule.clone(),
            message: claimlint::report::words::message(finding, &checked.corpus, &checked.sources),
            labels,
        });
    }
    Ok(seen)
}

/// Copies the corpus into `dir` with the variant's article replaced.
fn write_variant(gold: &Gold, variant: &Variant, dir: &Path) -> Result<(), String> {
    for (path, article) in &gold.articles {
        let target = dir.join(path);
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
        }
        let text = if *path == variant.file {
            &variant.text
        } else {
            &article.text
        };
        std::fs::write(&target, text).map_err(|e| format!("{}: {e}", target.display()))?;
    }
    Ok(())
}

/// What was measured.
struct Measured {
    articles: usize,
    baseline: Vec<Seen>,
    false_findings: Vec<Seen>,
    not_same_joined: Vec<String>,
    /// Each variant and the rule of the finding that found it.
    results: Vec<(Variant, Option<String>)>,
    /// Of those found, the ones whose finding also points at another mention of the same
    /// claim, or only inside the change: the conflict itself, not a neighbour.
    strict: BTreeSet<usize>,
}

fn measure(gold: &Gold, args: &Args) -> Result<Measured, String> {
    let baseline = run(&gold.root, gold)?;
    let false_findings: Vec<Seen> = baseline
        .iter()
        .filter(|f| {
            let spans = f.spans();
            !gold
                .disagreements
                .iter()
                .any(|d| d.joined_from_first(&spans))
        })
        .cloned()
        .collect();
    let not_same_joined: Vec<String> = gold
        .not_same
        .iter()
        .filter(|pair| baseline.iter().any(|f| pair.joined_by(&f.spans())))
        .map(|pair| pair.name.clone())
        .collect();
    let known: BTreeSet<_> = baseline.iter().map(|f| f.key(None)).collect();
    let variants = plant::generate(gold, args.seed, args.per_claim);
    let mut results = Vec::new();
    let mut strict = BTreeSet::new();
    let mut manifest = String::from("variant\tclaim\tkind\tfile\tstart\tend\tbefore\tafter\n");
    for (index, variant) in variants.into_iter().enumerate() {
        let dir = match &args.write {
            Some(out) => {
                let dir = out.join(format!("{index:03}"));
                let _ = writeln!(
                    manifest,
                    "{index:03}\t{}\t{}\t{}\t{}\t{}\t{}\t{}",
                    variant.claim,
                    variant.kind,
                    variant.file.display(),
                    variant.span.start,
                    variant.span.end,
                    variant.before,
                    variant.after
                );
                Dir::Kept(dir)
            }
            None => Dir::Temp(tempfile::tempdir().map_err(|e| e.to_string())?),
        };
        write_variant(gold, &variant, dir.path())?;
        let seen = run(dir.path(), gold)?;
        let on_change = |(p, s, _): &(PathBuf, Range<usize>, String)| {
            *p == variant.file && overlaps(s, &variant.span)
        };
        let new: Vec<&Seen> = seen
            .iter()
            .filter(|f| !known.contains(&f.key(Some(&variant))) && f.labels.iter().any(on_change))
            .collect();
        let found = new.first().map(|f| f.rule.clone());
        // Mentions of the claim elsewhere, in the variant's coordinates.
        let others: Vec<(PathBuf, Range<usize>)> = gold
            .claim(&variant.claim)
            .map(|c| {
                c.mentions
                    .iter()
                    .filter(|m| !(m.file == variant.file && overlaps(&m.span, &variant.original)))
                    .map(|m| {
                        let span = if m.file == variant.file && m.span.start >= variant.original.end
                        {
                            m.span.start + variant.span.len() - variant.original.len()
                                ..m.span.end + variant.span.len() - variant.original.len()
                        } else {
                            m.span.clone()
                        };
                        (m.file.clone(), span)
                    })
                    .collect()
            })
            .unwrap_or_default();
        // Paired: the finding's other labels are none (the conflict lies within the
        // change, as a weekday beside its date) or include another mention of the claim.
        let pairs_right = new.iter().any(|f| {
            let mut off = f.labels.iter().filter(|l| !on_change(l)).peekable();
            off.peek().is_none()
                || off.any(|(p, s, _)| others.iter().any(|(q, o)| q == p && overlaps(o, s)))
        });
        if pairs_right {
            strict.insert(results.len());
        }
        results.push((variant, found));
    }
    if let Some(out) = &args.write {
        let path = out.join("variants.tsv");
        std::fs::write(&path, manifest).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    Ok(Measured {
        articles: gold.articles.len(),
        baseline,
        false_findings,
        not_same_joined,
        results,
        strict,
    })
}

/// A folder for one variant: kept when asked for, else removed when dropped.
enum Dir {
    Kept(PathBuf),
    Temp(tempfile::TempDir),
}

impl Dir {
    fn path(&self) -> &Path {
        match self {
            Dir::Kept(p) => p,
            Dir::Temp(t) => t.path(),
        }
    }
}

fn percent(part: usize, whole: usize) -> String {
    if whole == 0 {
        "–".to_owned()
    } else {
        format!("{:.0}%", 100.0 * part as f64 / whole as f64)
    }
}

fn report(gold: &Gold, m: &Measured, verbose: bool) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "Corpus: {} articles ({} stories, {} unrelated), {} claims, {} disagreements, {} not-same pairs\n",
        m.articles,
        gold.stories.len(),
        gold.articles
            .keys()
            .filter(|p| p.starts_with(&gold.unrelated))
            .count(),
        gold.claims.len(),
        gold.disagreements.len(),
        gold.not_same.len()
    );
    let _ = writeln!(
        out,
        "| planted change | planted | found | % | found, paired with the claim | % |"
    );
    let _ = writeln!(out, "| --- | ---: | ---: | ---: | ---: | ---: |");
    let mut all = (0, 0, 0);
    for kind in Plant::ALL {
        let planted = m.results.iter().filter(|(v, _)| v.kind == kind).count();
        let found = m
            .results
            .iter()
            .filter(|(v, f)| v.kind == kind && f.is_some())
            .count();
        let paired = m
            .results
            .iter()
            .enumerate()
            .filter(|(i, (v, _))| v.kind == kind && m.strict.contains(i))
            .count();
        all.0 += planted;
        all.1 += found;
        all.2 += paired;
        let _ = writeln!(
            out,
            "| {kind} | {planted} | {found} | {} | {paired} | {} |",
            percent(found, planted),
            percent(paired, planted)
        );
    }
    let _ = writeln!(
        out,
        "| **all** | **{}** | **{}** | **{}** | **{}** | **{}** |\n",
        all.0,
        all.1,
        percent(all.1, all.0),
        all.2,
        percent(all.2, all.0)
    );
    let _ = writeln!(out, "| story | planted | found | % | false findings |");
    let _ = writeln!(out, "| --- | ---: | ---: | ---: | ---: |");
    for story in gold.stories.iter().chain(std::iter::once(&gold.unrelated)) {
        let mine = |v: &Variant| v.file.starts_with(story);
        let planted = m.results.iter().filter(|(v, _)| mine(v)).count();
        let found = m
            .results
            .iter()
            .filter(|(v, f)| mine(v) && f.is_some())
            .count();
        let false_findings = m
            .false_findings
            .iter()
            .filter(|f| {
                f.labels
                    .first()
                    .is_some_and(|(p, _, _)| p.starts_with(story))
            })
            .count();
        let _ = writeln!(
            out,
            "| {story} | {planted} | {found} | {} | {false_findings} |",
            percent(found, planted)
        );
    }
    let _ = writeln!(out);
    let per10 = if m.articles == 0 {
        0.0
    } else {
        10.0 * m.false_findings.len() as f64 / m.articles as f64
    };
    let _ = writeln!(
        out,
        "Unmodified corpus: {} findings, {} false ({per10:.1} per 10 articles); {} of {} not-same pairs joined by a finding",
        m.baseline.len(),
        m.false_findings.len(),
        m.not_same_joined.len(),
        gold.not_same.len()
    );
    if verbose {
        let _ = writeln!(out, "\n## Misses\n");
        for (v, _) in m.results.iter().filter(|(_, f)| f.is_none()) {
            let what = gold.claim(&v.claim).map_or("", |c| c.description.as_str());
            let _ = writeln!(
                out,
                "- {} [{}] {}: `{}` → `{}` ({what})",
                v.claim,
                v.kind,
                v.file.display(),
                v.before,
                v.after
            );
        }
        let _ = writeln!(out, "\n## Found\n");
        for (i, (v, rule)) in m.results.iter().enumerate() {
            let Some(rule) = rule else { continue };
            let paired = if m.strict.contains(&i) {
                ""
            } else {
                " (not paired with another mention of the claim)"
            };
            let _ = writeln!(
                out,
                "- {} [{}] {}: `{}` → `{}` by {rule}{paired}",
                v.claim,
                v.kind,
                v.file.display(),
                v.before,
                v.after
            );
        }
        let _ = writeln!(out, "\n## False findings\n");
        for f in &m.false_findings {
            let places: Vec<String> = f
                .labels
                .iter()
                .map(|(p, _, t)| format!("{} `{t}`", p.display()))
                .collect();
            let _ = writeln!(out, "- {}: {} — {}", f.rule, places.join(" / "), f.message);
        }
        let _ = writeln!(out, "\n## Not-same pairs joined\n");
        for name in &m.not_same_joined {
            let _ = writeln!(out, "- {name}");
        }
    }
    out
}

/// Every mention of every claim with 40 bytes either side, the mention in `[[ ]]`.
fn show_gold(gold: &Gold) -> String {
    let mut out = String::new();
    for claim in &gold.claims {
        let _ = writeln!(out, "{} ({})", claim.id, claim.description);
        for m in &claim.mentions {
            let Some(article) = gold.articles.get(&m.file) else {
                continue;
            };
            let text = &article.text;
            let mut from = m.span.start.saturating_sub(40);
            while !text.is_char_boundary(from) {
                from -= 1;
            }
            let mut to = (m.span.end + 40).min(text.len());
            while !text.is_char_boundary(to) {
                to += 1;
            }
            let context = format!(
                "{}[[{}]]{}",
                text.get(from..m.span.start).unwrap_or_default(),
                m.text,
                text.get(m.span.end..to).unwrap_or_default()
            );
            let _ = writeln!(
                out,
                "  {:<40} {}",
                m.file.display().to_string(),
                context.replace('\n', " ")
            );
        }
    }
    out
}

/// The allocator of the binaries (the library sets none): mimalloc spends fewer instructions
/// per allocation than the system's, and extraction allocates small buffers per sentence.
#[cfg(feature = "mimalloc")]
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let args = Args::parse();
    let gold = match gold::load(&args.root) {
        Ok(gold) => gold,
        Err(e) => {
            eprintln!("error: the gold does not fit the corpus:\n{e}");
            return ExitCode::from(2);
        }
    };
    if args.show_gold {
        print!("{}", show_gold(&gold));
        return ExitCode::SUCCESS;
    }
    match measure(&gold, &args) {
        Ok(m) => {
            print!("{}", report(&gold, &m, args.verbose));
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(2)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn variant() -> Variant {
        // "toll 5,000 today": `5,000` (5..10) became `8,000,000` (5..14).
        Variant {
            claim: "s/c".into(),
            kind: Plant::Figure,
            file: PathBuf::from("s/a.md"),
            original: 5..10,
            span: 5..14,
            before: "5,000".into(),
            after: "8,000,000".into(),
            text: "toll 8,000,000 today".into(),
        }
    }

    fn seen(path: &str, span: Range<usize>) -> Seen {
        Seen {
            rule: "r".into(),
            message: String::new(),
            labels: vec![(PathBuf::from(path), span, String::new())],
        }
    }

    /// A finding's places are mapped back through the edit, so the same finding before
    /// and after the edit has the same key, and a finding on the edit is new.
    #[test]
    fn keys_undo_the_edit() {
        let v = variant();
        // After the edit, in the edited file: shifted back by 4.
        let after = seen("s/a.md", 15..20).key(Some(&v));
        assert_eq!(after, seen("s/a.md", 11..16).key(None));
        // Before the edit: unchanged; in another file: unchanged.
        assert_eq!(
            seen("s/a.md", 0..4).key(Some(&v)),
            seen("s/a.md", 0..4).key(None)
        );
        assert_eq!(
            seen("s/b.md", 15..20).key(Some(&v)),
            seen("s/b.md", 15..20).key(None)
        );
        // Over the edit: the original span.
        assert_eq!(
            seen("s/a.md", 5..14).key(Some(&v)),
            seen("s/a.md", 5..10).key(None)
        );
        assert_eq!(
            seen("s/a.md", 0..14).key(Some(&v)),
            seen("s/a.md", 0..10).key(None)
        );
    }
}
