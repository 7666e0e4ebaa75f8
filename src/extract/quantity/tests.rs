//! Tests for the figure reader: the table of news sentences in `cases.txt`, rounding,
//! the seed articles, and slices of real text.

use super::*;

/// The seed articles.
pub(crate) const SEEDS: [&str; 5] = [
    include_str!("../../../seeds/000_861de67a3d0b5135.txt"),
    include_str!("../../../seeds/001_d932a825c84dced8.txt"),
    include_str!("../../../seeds/002_871e41fac1f90a4e.txt"),
    include_str!("../../../seeds/003_cacb0fcdde16e1e9.txt"),
    include_str!("../../../seeds/004_745df1fde515d6eb.txt"),
];

/// The table of news sentences: a sentence on a line of its own, then one indented
/// line per figure it must yield (none: it must yield nothing), as
/// `span | hedge | interval | unit | attribution | counting`; `#` starts a comment.
const CASES: &str = include_str!("cases.txt");

fn facts(s: &str) -> Vec<Fact> {
    extract(&Text::new(s, Span::new(0, s.len())))
}

fn iv(f: &Fact) -> Interval {
    match &f.value {
        Value::Quantity(iv) => *iv,
        _ => panic!("not a quantity"),
    }
}

/// `[min,max]` with `(`/`)` for exclusive and `-` for unbounded, then `~nominal`.
fn show(iv: &Interval) -> String {
    iv.notation()
}

/// One line per fact: `span | hedge | interval | unit | attribution | counting`.
fn describe(s: &str) -> Vec<String> {
    facts(s)
        .iter()
        .map(|f| {
            format!(
                "{} | {} | {} | {} | {} | {}",
                &s[f.span.range()],
                f.hedge,
                show(&iv(f)),
                f.unit.as_ref().map_or("-", |u| u.lemma.as_str()),
                f.attribution.as_ref().map_or("-", |a| a.who.as_str()),
                f.counting.as_ref().map_or("-", |c| c.word.as_str()),
            )
        })
        .collect()
}

/// The cases of [`CASES`]: each sentence with its expected lines.
fn cases() -> Vec<(&'static str, Vec<&'static str>)> {
    let mut out: Vec<(&str, Vec<&str>)> = Vec::new();
    for line in CASES.lines() {
        if line.trim().is_empty() || line.trim_start().starts_with('#') {
            continue;
        }
        if line.starts_with(' ') {
            out.last_mut()
                .expect("an expectation follows a sentence")
                .1
                .push(line.trim());
        } else {
            out.push((line, Vec::new()));
        }
    }
    out
}

#[test]
fn table_of_news_sentences() {
    let cases = cases();
    assert!(cases.len() >= 200, "{} cases", cases.len());
    let mut failures = Vec::new();
    for (sentence, want) in &cases {
        let got = describe(sentence);
        if got != *want {
            failures.push(format!("{sentence}\n  want {want:#?}\n  got  {got:#?}"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} failed:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

/// Prints the table as the extractor reads it now, for reviewing new cases:
/// `cargo test print_table -- --ignored --nocapture`.
#[test]
#[ignore = "a tool for writing cases, not a check"]
#[expect(clippy::print_stdout, reason = "prints the table for review")]
fn print_table() {
    for (sentence, _) in cases() {
        println!("{sentence}");
        for line in describe(sentence) {
            println!("  {line}");
        }
    }
}

#[test]
fn every_line_of_the_currency_file_reads() {
    let all = &*super::lexicon::CURRENCIES;
    assert!(all.bad_lines.is_empty(), "{:?}", all.bad_lines);
    assert!(all.glued_codes.get("usd").is_some() && all.codes.get("ALL").is_none());
}

#[test]
fn rounding_keeps_neighbours_compatible_and_exact_figures_apart() {
    let v = |s: &str| iv(&facts(s)[0]);
    assert!(v("It cost 14,000 dollars.").overlaps(&v("It cost 14,200 dollars.")));
    assert!(!v("It cost 14,237 dollars.").overlaps(&v("It cost 14,300 dollars.")));
    assert!(v("More than 14,000 died.").overlaps(&v("Some 15,000 died.")));
    assert!(!v("Fewer than 100 died.").overlaps(&v("Hundreds died.")));
    assert!(v("Two-thirds of voters agreed.").overlaps(&v("Some 2/3 of voters agreed.")));
    assert!(!v("Two-thirds of voters agreed.").overlaps(&v("Half of voters agreed.")));
    assert!(v("It cost 1.5 million dollars.").overlaps(&v("It cost 1,520,000 dollars.")));
    assert_eq!(
        show(&v("The fire destroyed 14,000 homes.")),
        "[13500,14500]~14000"
    );
}

/// Throughput on the seeds and cases, repeated:
/// `cargo test --release throughput -- --ignored --nocapture`.
#[test]
#[ignore = "a measurement, not a check"]
#[expect(clippy::print_stdout, reason = "prints the measurement")]
fn throughput() {
    let one = SEEDS.concat() + CASES;
    let big = one.repeat(200);
    let start = std::time::Instant::now();
    let text = Text::new(&big, Span::new(0, big.len()));
    let analysed = start.elapsed();
    let n = extract(&text).len();
    let total = start.elapsed();
    let mb = big.len() as f64 / 1e6;
    println!(
        "{mb:.1} MB: analysis {analysed:?}, total {total:?} ({:.1} MB/s), {n} facts",
        mb / total.as_secs_f64()
    );
}

#[test]
fn any_slice_of_real_text_extracts_without_panicking() {
    let all = SEEDS.concat() + CASES + "— 14 000 € 2,5 млн. “3–4” 1.5bn% $ ,1 .5 - 10-";
    let bounds: Vec<usize> = (0..=all.len())
        .filter(|&i| all.is_char_boundary(i))
        .collect();
    // Windows of many lengths at many offsets, cut on character boundaries.
    for (n, &start) in bounds.iter().enumerate().step_by(37) {
        for len in [1, 2, 3, 5, 8, 13, 40, 120] {
            let Some(&end) = bounds.get(n + len) else {
                continue;
            };
            let piece = &all[start..end];
            for f in facts(piece) {
                assert!(piece.get(f.span.range()).is_some());
            }
        }
    }
}

#[test]
fn seed_facts_slice_on_char_boundaries() {
    for seed in SEEDS {
        for f in facts(seed) {
            for span in [f.span, f.sentence, f.clause] {
                assert!(seed.get(span.range()).is_some(), "{span:?}");
            }
            assert!(f.sentence.contains(f.span) && f.sentence.contains(f.clause));
            if let Some(u) = &f.unit {
                assert!(seed.get(u.span.range()).is_some());
            }
            if let Some(a) = &f.attribution {
                assert_eq!(seed.get(a.span.range()), Some(a.who.as_str()));
            }
            if let Some(c) = &f.counting {
                assert!(seed.get(c.span.range()).is_some());
            }
        }
    }
}

#[test]
fn seed_figures() {
    let all: Vec<Vec<String>> = SEEDS.iter().map(|s| describe(s)).collect();
    assert_eq!(
        all,
        [
            vec![
                "more than seven | more-than | (7,-)~7 | year | - | -",
                "more than 14,000 | more-than | (14000,-)~14000 | people | - | killed",
                "more than 120 | more-than | (120,-)~120 | contractor | Russian Defense Minister Sergei Shoigu | -",
                "two | none | [2,2]~2 | village | Russian Defense Minister Sergei Shoigu | -",
            ],
            vec!["several | vague | [3,10)~- | week | - | -"],
            vec![
                "tens of thousands | vague | [20000,100000)~- | troop | - | buildup",
                "two | none | [2,2]~2 | country | - | shared",
                "About 1,000 | about | [900,1100]~1000 | troop | Interfax | -",
                "more than 14,000 | more-than | (14000,-)~14000 | people | Kyiv | killed",
                "two | none | [2,2]~2 | region | - | representatives",
            ],
            vec!["several | vague | [3,10)~- | country | - | -"],
            vec![
                "Tens of thousands | vague | [20000,100000)~- | troop | - | -",
                "four | none | [4,4]~4 | country | Price | -",
                "more than 100,000 | more-than | (100000,-)~100000 | troop | - | -",
            ],
        ]
    );
}

/// A lone small number in a page is list numbering; the same number given alone, as
/// the whole text, is a figure (issue 12).
#[test]
fn list_numbering_in_a_page_but_a_figure_alone() {
    let page = "1.\nTroops were sent to the border.\n2.\nAbout 300 soldiers died.\n";
    let got: Vec<&str> = facts(page).iter().map(|f| &page[f.span.range()]).collect();
    assert_eq!(got, ["About 300"]);
    assert_eq!(describe("12"), ["12 | none | [12,12]~12 | - | - | -"]);
    assert_eq!(describe(" -1"), ["-1 | none | [-1,-1]~-1 | - | - | -"]);
}
