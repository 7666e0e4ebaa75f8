//! Adversarial shapes for the benchmark: one document whose facts all fall in one
//! group, checked by each rule kind in turn, and one long article with thousands of
//! findings rendered in the human format. Run at two sizes, the times show how each
//! kind grows with the size of a group (issue 14: it must be no worse than n log n).

use std::fmt::Write as _;
use std::path::Path;
use std::time::Instant;

/// The word lists and facts every rule below uses.
const FACTS: &str = r#"words killed = "killed"
fact toll = quantity counting killed
fact talks = time near "talks" within 3 words
fact meeting = time near "meeting" within 3 words
fact stated = time
fact place = name
"#;

/// One rule per kind, each run on its own.
const RULES: &[(&str, &str)] = &[
    (
        "(no fact selected: load and extract)",
        "fact none = quantity counting \"zzzz\"\nrule k: none consistent within document",
    ),
    (
        "consistent within document",
        "rule k: toll consistent within document",
    ),
    (
        "consistent across sources",
        "rule k: toll consistent across sources",
    ),
    (
        "agree within 5%",
        "rule k: toll agree across sources within 5%",
    ),
    (
        "corroborated by 3",
        "rule k: toll corroborated by at least 3 sources",
    ),
    ("before", "rule k: talks before meeting across sources"),
    (
        "weekday matches date",
        "rule k: stated weekday matches date",
    ),
    (
        "spelled one way",
        "rule k: place spelled one way within document",
    ),
];

/// One article of `facts` sentences, each stating a death toll, a dated event (talks
/// or a meeting, with a weekday that mostly does not match) and a place name in one of
/// two spellings: every rule kind gets one group of about `facts` facts.
fn article(facts: usize) -> String {
    let mut text = String::from("---\ntitle: One long article\npublished: 2022-01-18\n---\n");
    let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];
    for i in 0..facts {
        let day = i % 28 + 1;
        let event = if i % 2 == 0 { "talks" } else { "meeting" };
        let place = if i % 3 == 0 { "Kiev" } else { "Kyiv" };
        let toll = if i % 2 == 0 {
            "more than 14,000".to_owned()
        } else {
            format!("{}", 1_000 + i % 9_000)
        };
        let _ = writeln!(
            text,
            "The {event} in {place} on {}, January {day}, 2022, heard that {toll} people were killed.",
            weekdays.get(i % weekdays.len()).unwrap_or(&"Monday"),
        );
    }
    text
}

/// Checks the article with each rule kind and renders the findings of the first in the
/// human format, printing the times.
pub fn run(facts: usize) -> Result<(), Box<dyn std::error::Error>> {
    let dir = tempfile::tempdir()?;
    let text = article(facts);
    std::fs::write(dir.path().join("one.md"), &text)?;
    println!(
        "adversarial  one article of {:.1} MB, {facts} sentences, every fact of a kind in one group",
        text.len() as f64 / 1e6
    );
    for (kind, rule) in RULES {
        let rules = dir.path().join("k.rules");
        std::fs::write(&rules, format!("{FACTS}{rule}\n"))?;
        let human = *kind == "consistent within document";
        let (facts_read, findings, evaluate, render) =
            check(&dir.path().join("one.md"), &rules, human)?;
        print!(
            "  {kind:<38} {facts_read:>8} facts {findings:>8} findings   check {evaluate:>7.3} s"
        );
        match render {
            Some(secs) => println!("   human format {secs:.3} s"),
            None => println!(),
        }
    }
    Ok(())
}

/// What one check measured: facts read, findings, wall time, human-format time.
type Measured = (usize, usize, f64, Option<f64>);

/// One check: facts read, findings, its wall time (less the first line minus the
/// others is the rule's own cost), and (when asked) the time to render the findings in
/// the human format.
fn check(
    article: &Path,
    rules: &Path,
    human: bool,
) -> Result<Measured, Box<dyn std::error::Error>> {
    let options = claimlint::Options {
        rules: vec![rules.to_path_buf()],
        ..claimlint::Options::default()
    };
    let start = Instant::now();
    let checked = claimlint::check(&[article.to_path_buf()], &options)?;
    let wall = start.elapsed().as_secs_f64();
    let render = if human {
        let start = Instant::now();
        let out = claimlint::report::render(
            claimlint::report::Format::Human,
            &checked.inputs(),
            claimlint::report::Style::default(),
        )?;
        std::hint::black_box(out);
        Some(start.elapsed().as_secs_f64())
    } else {
        None
    };
    Ok((checked.fact_count, checked.findings.len(), wall, render))
}
