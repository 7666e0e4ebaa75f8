//! Bytes in, as a rule file (UTF-8, lossily): parsing and validation must end in rules
//! or a diagnostic, never a panic. Rendering the diagnostic is part of the target.
#![no_main]

use claimlint::parse;
use claimlint::source::SourceMap;
use libfuzzer_sys::fuzz_target;

#[path = "shape.rs"]
mod shape;

fuzz_target!(|data: &[u8]| {
    // An input starting with 0xFF is expanded into a large hostile shape (shape.rs).
    match shape::expand(data) {
        Some(large) => run(&large),
        None => run(data),
    }
});

fn run(data: &[u8]) {
    let text = String::from_utf8_lossy(data).into_owned();
    let mut sources = SourceMap::new();
    let id = sources.add("fuzz.rules", text);
    if let Err(err) = parse::rule_files(&mut sources, &[id]) {
        let _ = format!("{:?}", miette::Report::new(err));
    }
}
