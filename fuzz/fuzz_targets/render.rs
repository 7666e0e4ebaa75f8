//! Bytes in, split at NUL bytes into up to four articles (UTF-8, lossily; front matter
//! allowed): load and extract each as text. Then the same bytes as files through
//! `claimlint::check` (the one path production takes), which reads, checks and lets go
//! of each article on its own and reads texts again for findings across documents,
//! and render the findings in every format. Nothing may panic.
#![no_main]

use std::path::PathBuf;

use claimlint::load::{self, Corpus, LoadOptions};
use claimlint::report::{self, Format, Style};
use claimlint::source::SourceMap;
use libfuzzer_sys::fuzz_target;

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
    let mut sources = SourceMap::new();
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
    for (index, doc) in corpus.documents.iter().enumerate() {
        if let Some(file) = sources.get(doc.source) {
            let _ = claimlint::extract::facts(index, doc, file);
        }
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
