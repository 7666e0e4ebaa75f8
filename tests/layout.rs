//! The layout: a stage uses only the stages before it. Reads every `src/**/*.rs` of
//! the library (not the binary: `src/main.rs`, `src/app/`, `src/bin/`), finds each
//! `crate::…` reference outside comments, and fails listing every reference from a
//! module to a later one in the order below.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

use std::path::{Path, PathBuf};

/// The modules in data-flow order: each may use those before it (and itself).
const ORDER: &[&str] = &[
    "source", "text", "load", "extract", "parse", "evaluate", "report", "config", "output",
    "error", "triage", "pipeline", "author", "lib",
];

/// Items the crate root re-exports, by the module that defines them.
const ROOT_ITEMS: &[(&str, &str)] = &[
    ("Error", "error"),
    ("Checked", "pipeline"),
    ("Options", "pipeline"),
    ("Progress", "pipeline"),
    ("check", "pipeline"),
    ("load_rules", "pipeline"),
    ("add_rule_files", "pipeline"),
];

fn rank(module: &str) -> Option<usize> {
    ORDER.iter().position(|m| *m == module)
}

/// The module a name after `crate::` refers to.
fn module_of(name: &str) -> String {
    ROOT_ITEMS
        .iter()
        .find(|(item, _)| *item == name)
        .map_or(name, |(_, module)| module)
        .to_owned()
}

/// Files compiled only for unit tests (`tests.rs`, `*_tests.rs`): a test may borrow a
/// later stage's fixtures (the text model's tests read the quantity cases' sentences).
fn test_only(path: &Path) -> bool {
    path.file_stem()
        .and_then(|stem| stem.to_str())
        .is_some_and(|stem| stem == "tests" || stem.ends_with("_tests"))
}

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") && !test_only(&path) {
            out.push(path);
        }
    }
}

/// The names a line refers to with `crate::name` or `crate::{a, b::c, …}` (a group
/// may run over several lines: `rest` is the text after the line).
fn references(text: &str) -> Vec<(usize, String)> {
    let mut found = Vec::new();
    let code: Vec<&str> = text.lines().collect();
    let mut index = 0;
    while index < code.len() {
        let line = code[index];
        let trimmed = line.trim_start();
        if trimmed.starts_with("//") {
            index += 1;
            continue;
        }
        let mut at = 0;
        while let Some(pos) = line[at..].find("crate::") {
            let start = at + pos;
            at = start + "crate::".len();
            // `claimlint::…`-like paths that merely end in `crate` are not ours.
            let before = line[..start].chars().next_back();
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                continue;
            }
            let rest = &line[at..];
            if rest.starts_with('{') {
                // Read to the matching brace, across lines.
                let mut group = String::new();
                let mut depth = 0;
                let mut lines = std::iter::once(rest).chain(code[index + 1..].iter().copied());
                'outer: for part in &mut lines {
                    for c in part.chars() {
                        match c {
                            '{' => depth += 1,
                            '}' => {
                                depth -= 1;
                                if depth == 0 {
                                    break 'outer;
                                }
                            }
                            _ => {}
                        }
                        group.push(if depth == 1 { c } else { ' ' });
                    }
                    group.push(' ');
                }
                for item in group.trim_start_matches('{').split(',') {
                    let name: String = item
                        .trim()
                        .chars()
                        .take_while(|c| c.is_alphanumeric() || *c == '_')
                        .collect();
                    if !name.is_empty() && name != "self" {
                        found.push((index + 1, name));
                    }
                }
            } else {
                let name: String = rest
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                if !name.is_empty() {
                    found.push((index + 1, name));
                }
            }
        }
        index += 1;
    }
    found
}

#[test]
fn no_stage_uses_a_later_one() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut all = Vec::new();
    files(&root, &mut all);
    all.sort();
    let mut wrong = Vec::new();
    let mut unknown = Vec::new();
    let mut checked = 0;
    for path in &all {
        let relative = path.strip_prefix(&root).unwrap();
        let first = relative.components().next().unwrap().as_os_str();
        let first = first.to_str().unwrap().trim_end_matches(".rs");
        if matches!(first, "main" | "app" | "bin") {
            continue;
        }
        let Some(from) = rank(first) else {
            unknown.push(format!(
                "{}: module `{first}` is not in ORDER",
                relative.display()
            ));
            continue;
        };
        let text = std::fs::read_to_string(path).unwrap();
        for (line, name) in references(&text) {
            checked += 1;
            let module = module_of(&name);
            match rank(&module) {
                Some(to) if to > from => wrong.push(format!(
                    "{}:{line}: `{first}` uses `crate::{name}` (`{module}` comes later)",
                    relative.display()
                )),
                Some(_) => {}
                None => unknown.push(format!(
                    "{}:{line}: `crate::{name}` is not a module in ORDER",
                    relative.display()
                )),
            }
        }
    }
    assert!(
        checked > 100,
        "only {checked} references found: is the reader broken?"
    );
    assert!(
        unknown.is_empty(),
        "unknown modules:\n{}",
        unknown.join("\n")
    );
    assert!(
        wrong.is_empty(),
        "references to later stages:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn the_reader_finds_single_and_grouped_references() {
    let text = "use crate::load::Role;\n// crate::report is a comment\nuse crate::{\n    evaluate::{self, Plan},\n    source,\n};\nlet x = crate::Error::from(e); claimlint::crate_like();\n";
    let names: Vec<(usize, String)> = references(text);
    assert_eq!(
        names,
        vec![
            (1, "load".to_owned()),
            (3, "evaluate".to_owned()),
            (3, "source".to_owned()),
            (7, "Error".to_owned()),
        ]
    );
    assert_eq!(module_of("Error"), "error");
}
