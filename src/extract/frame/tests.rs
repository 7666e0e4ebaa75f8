//! The claim-frame table: `cases.txt` holds sentences and, for each, the frame of
//! every quantity and time read from it.

use chrono::NaiveDate;

use crate::extract::{FactKind, read};
use crate::source::Span;

/// The table (see its header for the format).
const CASES: &str = include_str!("cases.txt");

/// One line per quantity or time: `span | class | scope | as of | status | qualifier`.
fn describe(sentence: &str, published: NaiveDate) -> Vec<String> {
    read(
        crate::load::DocId::default(),
        sentence,
        Span::new(0, sentence.len()),
        Some(published),
    )
    .iter()
    .filter(|f| f.kind != FactKind::Name)
    .map(|f| {
        let text = sentence.get(f.span.range()).unwrap_or("");
        let Some(frame) = &f.frame else {
            return format!("{text} | no frame");
        };
        let head = frame.measure.as_ref().or(frame.event.as_ref());
        let class = head.map_or("-".to_owned(), |h| {
            let class = if h.known {
                h.class.clone()
            } else {
                format!("{}?", h.class)
            };
            let class = match &h.name {
                Some(name) => format!("{class} {name}"),
                None => class,
            };
            match frame.phase {
                Some(phase) => format!("{class} · {phase}"),
                None => class,
            }
        });
        // A figure that measures an event (a magnitude) is keyed by the event: shown
        // in the scope column, "earthquake of 2023-02-06".
        let mut scope = frame.scope.clone();
        if let (Some(_), Some(event)) = (&frame.measure, &frame.event) {
            scope.push(match &event.name {
                Some(day) => format!("{} of {day}", event.class),
                None => event.class.clone(),
            });
        }
        let scope = if scope.is_empty() {
            "-".to_owned()
        } else {
            scope.join(", ")
        };
        let as_of = match &frame.as_of {
            None => "-".to_owned(),
            Some(a) if a.from == super::AsOfOrigin::Published => "pub".to_owned(),
            Some(a) if a.end.pred_opt() == Some(a.start) => a.start.to_string(),
            Some(a) => format!("{}..{}", a.start, a.end),
        };
        let hedge = if f.kind == FactKind::Quantity {
            format!(" | {}", f.hedge)
        } else {
            String::new()
        };
        format!(
            "{text} | {class} | {scope} | {as_of} | {} | {}{hedge}",
            frame.status,
            frame.qualifier.as_deref().unwrap_or("-"),
        )
    })
    .collect()
}

/// The table's cases: (line number, sentence, publication date, expected lines).
fn cases() -> Vec<(usize, String, NaiveDate, Vec<String>)> {
    let mut out: Vec<(usize, String, NaiveDate, Vec<String>)> = Vec::new();
    let mut published = NaiveDate::from_ymd_opt(2023, 2, 8).expect("date");
    for (n, line) in CASES.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(date) = line.strip_prefix("@ ") {
            published = date.trim().parse().expect("a date after @");
        } else if let Some(expected) = line.strip_prefix("  ") {
            let case = out.last_mut().expect("a sentence before its frames");
            if expected.trim() != "none" {
                case.3.push(expected.trim().to_owned());
            }
        } else {
            out.push((n + 1, line.to_owned(), published, Vec::new()));
        }
    }
    out
}

#[test]
fn frames_table() {
    let mut failures = Vec::new();
    let cases = cases();
    assert!(cases.len() >= 40, "the table has {} cases", cases.len());
    for (line, sentence, published, expected) in &cases {
        let got = describe(sentence, *published);
        if &got != expected {
            failures.push(format!(
                "line {line}: {sentence}\n  expected: {expected:#?}\n  got:      {got:#?}"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Prints the table as the reader reads it now, to compare with `cases.txt`.
#[test]
#[ignore = "a tool for writing cases, not a check"]
#[expect(clippy::print_stdout, reason = "prints the table for review")]
fn print_table() {
    for (_, sentence, published, _) in cases() {
        println!("{sentence}");
        let got = describe(&sentence, published);
        if got.is_empty() {
            println!("  none");
        }
        for line in got {
            println!("  {line}");
        }
    }
}

/// A run-on sentence of a thousand repeats is framed as each repeat alone would be:
/// a figure's frame is read from the words near it (at most `REACH` on either side),
/// not from the whole "clause", so the frames cost the sentence's length, not its
/// square (14 s for such a megabyte before, a quarter of a second now, release build;
/// the bench's adversarial shapes measure it).
#[test]
fn a_run_on_sentence_is_framed_piece_by_piece() {
    let published = NaiveDate::from_ymd_opt(2022, 1, 12).expect("date");
    let piece = "more than 14,000 people killed on Monday, January 10, 2022, ";
    let one = describe(&format!("The toll: {piece}end."), published);
    let many = describe(&format!("The toll: {}end.", piece.repeat(1000)), published);
    for (k, got) in many.iter().enumerate() {
        assert_eq!(
            got,
            &one[k % one.len()],
            "fact {k} of {}: {one:#?}",
            many.len()
        );
    }
    assert_eq!(many.len(), one.len() * 1000);
}

/// "That country", "the county's" name again a place of a sentence before: the last
/// country named, or the last place written with that noun ("Lee County"); with none
/// before, they name nothing.
#[test]
fn a_pointing_phrase_names_the_place_before() {
    let published = NaiveDate::from_ymd_opt(2023, 2, 8).expect("date");
    let text = "Rescuers searched Kahramanmaras in Turkey. Syria sent no help. \
                The death toll in that country rose to 3,381.";
    assert!(
        describe(text, published)
            .contains(&"3,381 | deaths | Syria | pub | reported | - | none".to_owned()),
        "{:#?}",
        describe(text, published)
    );
    let text = "Lee County officials spoke on Monday. The county's death toll climbed to 54.";
    assert!(
        describe(text, published)
            .contains(&"54 | deaths | Lee County | pub | reported | - | none".to_owned()),
        "{:#?}",
        describe(text, published)
    );
    let text = "The death toll in that country rose to 3,381.";
    assert_eq!(
        describe(text, published),
        vec!["3,381 | deaths | - | pub | reported | - | none".to_owned()]
    );
}

/// A line that names one place and nothing else heads the figures under it, up to the
/// next heading line; a heading of no place ("How it happened") ends it, and a label
/// and its figure ("People killed: 60") are no heading.
#[test]
fn a_heading_that_names_a_place_scopes_the_lines_under_it() {
    let published = NaiveDate::from_ymd_opt(2019, 3, 30).expect("date");
    let text = "At least 746 people were killed.\n\nMOZAMBIQUE\n\nPeople killed: 501\n\n\
                People injured: 1,523\n\n## Malawi\n\nPeople killed: 60\n\n\
                How it happened\n\nPeople killed: 70\n";
    assert_eq!(
        describe(text, published),
        vec![
            "At least 746 | deaths | - | pub | reported | - | at-least".to_owned(),
            "501 | deaths | Mozambique | pub | reported | - | none".to_owned(),
            "1,523 | injuries | Mozambique | pub | reported | - | none".to_owned(),
            "60 | deaths | Malawi | pub | reported | - | none".to_owned(),
            "70 | deaths | - | pub | reported | - | none".to_owned(),
        ]
    );
}
