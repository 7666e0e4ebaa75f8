//! Bytes in, split at NUL bytes into up to four articles (UTF-8, lossily; front matter
//! allowed): load, extract, check with the built-in rules, and render the findings in
//! every format. Then the same bytes as files through `claimlint::check`, which reads,
//! checks and lets go of each article on its own and reads texts again for findings
//! across documents. Nothing may panic.
#![no_main]

use std::path::PathBuf;
use std::sync::OnceLock;

use claimlint::evaluate::{self, EvalOptions};
use claimlint::load::{self, Corpus, LoadOptions};
use claimlint::parse::ast::RuleSet;
use claimlint::report::{self, Format, Inputs, Style};
use claimlint::source::SourceMap;
use libfuzzer_sys::fuzz_target;

fn rules() -> &'static (SourceMap, RuleSet) {
    static RULES: OnceLock<(SourceMap, RuleSet)> = OnceLock::new();
    RULES.get_or_init(|| {
        let mut sources = SourceMap::new();
        let rules = claimlint::load_rules(&[], &mut sources).expect("the built-in rules load");
        (sources, rules)
    })
}

const FORMATS: &[Format] = &[
    Format::Human,
    Format::Short,
    Format::Json,
    Format::Sarif,
    Format::Github,
    Format::Checkstyle,
    Format::Junit,
];

fuzz_target!(|data: &[u8]| {
    let (base, rules) = rules();
    let mut sources = base.clone();
    let mut corpus = Corpus::default();
    let options = LoadOptions {
        date: chrono::NaiveDate::from_ymd_opt(2022, 1, 10),
        ..LoadOptions::default()
    };
    for (i, part) in data.split(|&b| b == 0).take(4).enumerate() {
        let text = String::from_utf8_lossy(part).into_owned();
        let name = PathBuf::from(format!("{i}.md"));
        if let Ok(loaded) = load::text(&name, text, &options, &mut sources) {
            corpus.documents.extend(loaded.corpus.documents);
        }
    }
    let mut facts = Vec::new();
    for (index, doc) in corpus.documents.iter().enumerate() {
        if let Some(file) = sources.get(doc.source) {
            facts.extend(claimlint::extract::facts(index, doc, file));
        }
    }
    // Evaluation cannot fail today (its error type has no variants).
    let findings = evaluate::run(rules, &corpus, &sources, &facts, &EvalOptions::default())
        .unwrap_or_default();
    let inputs = Inputs {
        findings: &findings,
        corpus: &corpus,
        sources: &sources,
        rules,
        facts: facts.len(),
    };
    for &format in FORMATS {
        let _ = report::render(format, &inputs, Style { color: false, width: 80 });
    }

    // The same articles as files (bytes as they are), through the library's check.
    if let Ok(dir) = tempfile::tempdir() {
        for (i, part) in data.split(|&b| b == 0).take(4).enumerate() {
            let _ = std::fs::write(dir.path().join(format!("{i}.md")), part);
        }
        let options = claimlint::Options {
            date: chrono::NaiveDate::from_ymd_opt(2022, 1, 10),
            ..claimlint::Options::default()
        };
        if let Ok(checked) = claimlint::check(&[dir.path().to_path_buf()], &options) {
            for &format in FORMATS {
                let _ = report::render(format, &checked.inputs(), Style { color: false, width: 80 });
            }
        }
    }
});
