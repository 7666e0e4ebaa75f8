//! The HTML report (`check --format html`): a snapshot of the page for the draft
//! fixture against the seeds and for one story of the claims corpus, the page loaded
//! in headless Chromium with its DOM checked (matrix rows and columns, marked cells,
//! the timeline's marks, every finding, the filters' script ran), and article text
//! that tries to inject HTML comes out escaped.
//!
//! Chromium must be on PATH (`chromium` or `chromium-browser`; `.ci/run` installs it);
//! outside CI, `CLAIMLINT_SKIP_BROWSER=1` skips the browser test instead of failing.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

const DRAFT: &str = "tests/fixtures/draft/draft.md";
const STORY: &str = "tests/claims/turkey-syria-quake";

/// Renders a check as HTML into a file under `dir`; returns the page and its path.
fn render(args: &[&str], dir: &Path) -> (String, PathBuf) {
    let out = dir.join("report.html");
    let mut all = vec!["check"];
    all.extend_from_slice(args);
    all.extend(["--format", "html", "--output", out.to_str().unwrap()]);
    let run = common::claimlint(&all, &common::root());
    assert!(
        matches!(run.status.code(), Some(0 | 1)),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    assert!(run.stdout.is_empty(), "the page goes to --output only");
    (std::fs::read_to_string(&out).unwrap(), out)
}

/// The JSON report of the same check, to count findings independently.
fn json(args: &[&str]) -> serde_json::Value {
    let mut all = vec!["check"];
    all.extend_from_slice(args);
    all.extend(["--format", "json"]);
    let run = common::claimlint(&all, &common::root());
    serde_json::from_slice(&run.stdout).unwrap()
}

fn count(haystack: &str, needle: &str) -> usize {
    haystack.matches(needle).count()
}

/// The page is self-contained: nothing is fetched.
fn assert_self_contained(page: &str) {
    for bad in ["<script src", "<link", "@import", "url(", "<iframe", "<img"] {
        assert!(!page.contains(bad), "the page loads something: {bad}");
    }
}

/// The style sheet and the script are the same on every page: left out of snapshots.
fn snapshot_settings() -> insta::Settings {
    let mut settings = common::settings();
    settings.add_filter(r"(?s)<style>.*?</style>", "<style>[CSS]</style>");
    settings.add_filter(r"(?s)<script>.*?</script>", "<script>[SCRIPT]</script>");
    settings
}

#[test]
fn the_draft_page_snapshot() {
    let dir = tempfile::tempdir().unwrap();
    let (page, _) = render(&[DRAFT, "--sources", "seeds"], dir.path());
    assert_self_contained(&page);
    snapshot_settings().bind(|| insta::assert_snapshot!("draft_page", page));
}

#[test]
fn a_story_page_snapshot() {
    let dir = tempfile::tempdir().unwrap();
    let (page, _) = render(&[STORY], dir.path());
    assert_self_contained(&page);
    snapshot_settings().bind(|| insta::assert_snapshot!("story_page", page));
}

#[test]
fn article_text_cannot_inject_html() {
    let dir = tempfile::tempdir().unwrap();
    let evil = "---\ntitle: \"<img src=x onerror=alert(1)>\"\noutlet: \"<b>Evil</b>\"\npublished: 2023-02-07\n---\n\
                More than 3,000 people were killed <script>alert('x')</script> in the quake.\n";
    let good = "---\noutlet: Good\npublished: 2023-02-08\n---\nMore than 5,000 people were killed in the quake.\n";
    std::fs::write(dir.path().join("a.md"), evil).unwrap();
    std::fs::write(dir.path().join("b.md"), good).unwrap();
    let out = dir.path().join("r.html");
    let run = common::claimlint(
        &[
            "check",
            dir.path().to_str().unwrap(),
            "--format",
            "html",
            "--output",
            out.to_str().unwrap(),
        ],
        dir.path(),
    );
    assert!(matches!(run.status.code(), Some(0 | 1)));
    let page = std::fs::read_to_string(out).unwrap();
    assert!(!page.contains("<img"), "{page}");
    assert!(!page.contains("<b>Evil"));
    assert!(!page.contains("<script>alert"));
    assert!(page.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
    assert!(page.contains("&lt;img src=x onerror=alert(1)&gt;"));
    // The one script is the filter.
    assert_eq!(count(&page, "<script>"), 1);
}

/// The browser, or `None` when it may be skipped.
fn chromium() -> Option<&'static str> {
    for name in ["chromium", "chromium-browser"] {
        if Command::new(name).arg("--version").output().is_ok() {
            return Some(name);
        }
    }
    if std::env::var("CLAIMLINT_SKIP_BROWSER").is_ok_and(|v| v == "1") {
        return None;
    }
    panic!(
        "tests/html.rs needs headless Chromium: install it (`apt-get install -y chromium`) \
         or set CLAIMLINT_SKIP_BROWSER=1 to skip this test outside CI"
    );
}

/// The DOM Chromium builds for a page, after its script ran.
fn dom(browser: &str, path: &Path) -> String {
    let out = Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--dump-dom",
            &format!("file://{}", path.display()),
        ])
        .output()
        .expect("chromium runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// The text of the row for a claim, from its `<tr>` to its `</tr>`.
fn row<'a>(dom: &'a str, claim: &str) -> &'a str {
    let start = dom
        .find(&format!("<tr data-claim=\"{claim}\""))
        .unwrap_or_else(|| panic!("no row {claim}"));
    let end = start + dom[start..].find("</tr>").unwrap();
    &dom[start..end]
}

#[test]
fn chromium_reads_the_draft_page() {
    let Some(browser) = chromium() else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let args = [DRAFT, "--sources", "seeds"];
    let (_, path) = render(&args, dir.path());
    let dom = dom(browser, &path);
    // Columns: the claim, the consensus, then the draft first and the 5 seeds by date.
    let head = &dom[dom.find("<thead>").unwrap()..dom.find("</thead>").unwrap()];
    assert_eq!(count(head, "<th scope=\"col\""), 2 + 6);
    let draft_col = head.find("Desk draft").unwrap();
    assert!(head.find("2021-12-22").unwrap() > draft_col, "draft first");
    let dates: Vec<&str> = head
        .split("<span class=\"date\">")
        .skip(1)
        .map(|s| &s[..10])
        .collect();
    let mut sorted = dates[1..].to_vec();
    sorted.sort_unstable();
    assert_eq!(dates[1..], sorted[..], "sources by publication date");
    // Rows: the death toll, with the draft's value as read (hedge kept) linking to its
    // sentence, and the source's.
    let killed = row(&dom, "deaths: Ukraine");
    assert!(killed.contains("more than 13,000"));
    assert!(killed.contains("more than 14,000"));
    assert!(killed.contains("(may grow)"));
    let anchor = killed.split("href=\"#").nth(1).unwrap();
    let anchor = &anchor[..anchor.find('"').unwrap()];
    assert!(
        dom.contains(&format!("id=\"{anchor}\"")),
        "the link's sentence is on the page"
    );
    // One row per claim frame (measure or event, scope; the days a speaker said
    // something are none); marked cells are checked on the story page, where sources
    // part.
    assert_eq!(count(&dom, "<tr data-claim="), 3);
    assert!(row(&dom, "troops: Russia").contains("tens of thousands"));
    // The chart: one mark per dated source of the death toll, open above.
    let chart = &dom[dom
        .find("<figure class=\"timeline\" data-claim=\"deaths: Ukraine\"")
        .unwrap()..];
    let chart = &chart[..chart.find("</figure>").unwrap()];
    assert_eq!(count(chart, "<g class=\"mark"), 3);
    assert_eq!(count(chart, " open\""), 3);
    assert!(chart.contains("class=\"growth\""));
    // Every finding, with its message and each labelled span.
    let report = json(&args);
    let findings = report["findings"].as_array().unwrap();
    assert_eq!(count(&dom, "<li class=\"finding "), findings.len());
    for finding in findings {
        let message = finding["message"].as_str().unwrap();
        assert!(dom.contains(message), "{message}");
        for label in finding["labels"].as_array().unwrap() {
            let at = format!(
                "{}:{}:{}",
                label["path"].as_str().unwrap(),
                label["line"],
                label["column"]
            );
            assert!(dom.contains(&at), "{at}");
        }
    }
    // The filters' script ran: the form is shown and counts the findings.
    assert!(
        dom.contains("<form id=\"filters\">"),
        "the script unhid the filters"
    );
    assert!(dom.contains(&format!("{0} of {0} findings shown", findings.len())));
}

#[test]
fn chromium_reads_a_story_page() {
    let Some(browser) = chromium() else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let (page, path) = render(&[STORY], dir.path());
    let dom = dom(browser, &path);
    let head = &dom[dom.find("<thead>").unwrap()..dom.find("</thead>").unwrap()];
    let documents = std::fs::read_dir(common::root().join(STORY))
        .unwrap()
        .count();
    assert_eq!(count(head, "<th scope=\"col\""), 2 + documents);
    // Every row has one cell per document.
    let rows = count(&dom, "<tr data-claim=");
    assert!(rows >= 5, "{rows} rows");
    for part in dom.split("<tr data-claim=").skip(1) {
        let part = &part[..part.find("</tr>").unwrap()];
        assert_eq!(count(part, "<td"), 1 + documents);
    }
    // Marked cells as the page was written, each with its text.
    let differs = count(&page, "data-mark=\"differs\"");
    assert!(differs >= 1);
    assert_eq!(count(&dom, "data-mark=\"differs\""), differs);
    assert_eq!(count(&dom, "✗ differs</strong>"), differs);
    // Each timeline has a mark per dated cell of its row.
    let killed = row(&dom, "deaths: Syria, Turkey");
    let cells = count(killed, "data-doc=");
    let chart = &dom[dom
        .find("<figure class=\"timeline\" data-claim=\"deaths: Syria, Turkey\"")
        .unwrap()..];
    let chart = &chart[..chart.find("</figure>").unwrap()];
    assert_eq!(count(chart, "<g class=\"mark"), cells);
    let report = json(&[STORY]);
    let findings = report["findings"].as_array().unwrap();
    assert_eq!(count(&dom, "<li class=\"finding "), findings.len());
    for finding in findings {
        assert!(dom.contains(finding["message"].as_str().unwrap()));
    }
}
