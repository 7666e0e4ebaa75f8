//! Bytes in, split at the first NUL into an article (front matter, suppression
//! comments) and a `sources.yaml` manifest: loading must end in documents or
//! diagnostics, never a panic. The article is loaded from memory with `load::text`; the
//! manifest is written beside a fixed article in a temporary folder and read with
//! `load::corpus`.
#![no_main]

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use claimlint::load::{self, LoadOptions};
use claimlint::source::SourceMap;
use libfuzzer_sys::fuzz_target;

#[path = "shape.rs"]
mod shape;

fn folder() -> &'static Path {
    static DIR: OnceLock<tempfile::TempDir> = OnceLock::new();
    DIR.get_or_init(|| {
        let dir = tempfile::tempdir().expect("a temporary folder");
        std::fs::write(
            dir.path().join("a.md"),
            "The fighting has killed more than 14,000 people.\n",
        )
        .expect("the fixed article is written");
        dir
    })
    .path()
}

fuzz_target!(|data: &[u8]| {
    // An input starting with 0xFF is expanded into a large hostile shape (shape.rs).
    match shape::expand(data) {
        Some(large) => run(&large),
        None => run(data),
    }
});

fn run(data: &[u8]) {
    let (article, manifest) = match data.iter().position(|&b| b == 0) {
        Some(at) => (&data[..at], &data[at + 1..]),
        None => (data, &[][..]),
    };
    let options = LoadOptions::default();
    let mut sources = SourceMap::new();
    let text = String::from_utf8_lossy(article).into_owned();
    if let Err(err) = load::text(Path::new("fuzz.md"), text, &options, &mut sources) {
        let _ = format!("{:?}", miette::Report::new(err));
    }
    let dir = folder();
    std::fs::write(dir.join("sources.yaml"), manifest).expect("the manifest is written");
    let mut sources = SourceMap::new();
    match load::corpus(&[PathBuf::from(dir)], &options, &mut sources) {
        Ok(loaded) => {
            for problem in loaded.problems {
                let _ = format!("{:?}", miette::Report::new(problem));
            }
        }
        Err(err) => {
            let _ = format!("{:?}", miette::Report::new(err));
        }
    }
}
