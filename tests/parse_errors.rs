//! Rule files that must not parse, one per file under `tests/fixtures/parse_errors/`,
//! each rendered as the user sees it and snapshotted. Adding a case means adding a
//! `.rules` file that opens with a `#` comment saying what must be reported where.

mod common;

use claimlint::parse::{self, ErrorKind, ParseError};
use claimlint::source::SourceMap;
use miette::{GraphicalReportHandler, GraphicalTheme};

/// The diagnostic as the CLI prints it, without colour.
fn render(error: &ParseError) -> String {
    let mut out = String::new();
    match GraphicalReportHandler::new_themed(GraphicalTheme::unicode_nocolor())
        .with_width(80)
        .render_report(&mut out, error)
    {
        Ok(()) => out,
        Err(e) => format!("rendering failed: {e}"),
    }
}

/// The shared settings without the `\\` -> `/` path filter: rule files contain
/// backslash escapes (`\"`), and our display names already use `/`.
fn settings() -> insta::Settings {
    let mut settings = common::settings();
    settings.clear_filters();
    settings
}

#[test]
fn parse_errors() {
    settings().bind(|| {
        insta::glob!("fixtures/parse_errors", "*.rules", |path| {
            let text = std::fs::read_to_string(path).unwrap();
            assert!(
                text.starts_with('#'),
                "{} must open with a comment saying what is reported",
                path.display()
            );
            let name = path
                .strip_prefix(common::root())
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            let mut sources = SourceMap::new();
            let id = sources.add(name, text);
            let error = parse::rule_file(&mut sources, id).expect_err("the file must not parse");
            let rendered = render(&error);
            // Never a bug report: every broken file gets a diagnostic of its own.
            assert!(
                !rendered.contains("claimlint::parse::internal"),
                "{}: {rendered}",
                path.display()
            );
            insta::assert_snapshot!(rendered);
        });
    });
}

#[test]
fn duplicate_rule_id_across_files() {
    let mut sources = SourceMap::new();
    let a = sources.add(
        "a.rules",
        "# first\nfact toll = quantity counting \"killed\"\nrule toll-disagrees: toll agree across sources within 5%\n",
    );
    let b = sources.add(
        "b.rules",
        "# second\nfact injured = quantity counting \"injured\"\nrule toll-disagrees: injured consistent within document\n",
    );
    let error = parse::rule_files(&mut sources, &[a, b]).expect_err("ids clash across files");
    settings().bind(|| insta::assert_snapshot!(render(&error)));
}

#[test]
fn lists_are_local_to_their_file() {
    let mut sources = SourceMap::new();
    let a = sources.add("a.rules", "words killed = \"killed\"\n");
    let b = sources.add("b.rules", "fact toll = quantity counting killed\n");
    let error = parse::rule_files(&mut sources, &[a, b]).expect_err("`killed` is not visible in b");
    assert!(
        matches!(error.kind(), Some(ErrorKind::UnknownList { .. })),
        "{error:?}"
    );
}

/// The built-in pack, and the story pack kept in the repository as an example (opt-in,
/// run with `--rules`), validate together.
#[test]
fn embedded_rules_parse_and_validate_together() {
    let mut sources = SourceMap::new();
    let mut ids: Vec<_> = parse::EMBEDDED
        .iter()
        .map(|(name, text)| sources.add(*name, *text))
        .collect();
    let story = std::fs::read_to_string(common::root().join("rules/ukraine-2021.rules")).unwrap();
    ids.push(sources.add("rules/ukraine-2021.rules", story));
    let set = match parse::rule_files(&mut sources, &ids) {
        Ok(set) => set,
        Err(e) => panic!("{}", render(&e)),
    };
    let ids: Vec<&str> = set.rules.iter().map(|r| r.id.name.as_str()).collect();
    insta::assert_debug_snapshot!(ids, @r#"
    [
        "toll-disagrees-across-sources",
        "missing-count-disagrees-across-sources",
        "serious-count-disagrees-across-sources",
        "hospital-count-disagrees-across-sources",
        "outage-count-disagrees-across-sources",
        "figure-disagrees-across-sources",
        "crowd-disagrees-across-sources",
        "prison-term-disagrees-across-sources",
        "magnitude-disagrees-across-sources",
        "magnitude-beyond-any-recorded",
        "duration-disagrees-across-sources",
        "age-disagrees-across-sources",
        "role-count-disagrees-across-sources",
        "size-disagrees-across-sources",
        "distance-disagrees-across-sources",
        "amount-disagrees-across-sources",
        "held-amount-disagrees-across-sources",
        "earnings-disagree-across-sources",
        "proceeds-disagree-across-sources",
        "value-disagrees-across-sources",
        "deal-value-disagrees-across-sources",
        "part-count-disagrees-across-sources",
        "score-disagrees-across-sources",
        "share-disagrees-across-sources",
        "containment-disagrees-across-sources",
        "burned-area-disagrees-across-sources",
        "plain-figure-disagrees-across-sources",
        "plain-area-disagrees-across-sources",
        "plain-length-disagrees-across-sources",
        "death-toll-contradicts",
        "injury-count-contradicts",
        "steady-figure-contradicts-within-document",
        "crowd-contradicts-within-document",
        "event-date-disagrees",
        "count-date-disagrees",
        "event-date-contradicts-within-document",
        "weekday-mismatch",
        "name-spelled-two-ways",
        "death-toll-disagrees",
        "death-toll-single-source",
        "troop-buildup-contradicts",
        "talks-order-reversed",
        "nato-meeting-disagrees",
        "us-talks-disagree",
    ]
    "#);
    assert!(
        set.rules
            .iter()
            .all(|r| r.doc.as_deref().is_some_and(|d| d.starts_with("What:")))
    );
    let toll = set.fact("donbas_toll").unwrap();
    let words: Vec<_> = toll
        .conditions
        .iter()
        .filter_map(|c| c.words())
        .map(|w| &w.words)
        .collect();
    insta::assert_debug_snapshot!(words, @r#"
    [
        [
            "killed",
            "dead",
            "died",
            "deaths",
            "death toll",
            "fatalities",
            "lost their lives",
        ],
        [
            "donbas",
            "donbass",
            "eastern ukraine",
            "east of the country",
            "country's east",
            "separatist",
        ],
    ]
    "#);
}
