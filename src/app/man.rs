//! `claimlint man`: manual pages (roff) generated from the clap definitions, one for
//! `claimlint` and one per subcommand (`claimlint-check.1`, `claimlint-rules-fmt.1` …).

use std::path::Path;

use claimlint::Error;
use claimlint::output::write_atomically;
use claimlint::report::ReportError;

use super::cli::Cli;

/// Every page: its file name (`claimlint-check.1`) and its roff text, the top-level
/// page first.
pub fn pages() -> Result<Vec<(String, Vec<u8>)>, Error> {
    let mut command = <Cli as clap::CommandFactory>::command().disable_help_subcommand(true);
    command.build();
    let mut pages = Vec::new();
    collect(command, &mut pages)?;
    Ok(pages)
}

fn collect(command: clap::Command, pages: &mut Vec<(String, Vec<u8>)>) -> Result<(), Error> {
    let man = clap_mangen::Man::new(command.clone());
    let mut roff = Vec::new();
    man.render(&mut roff)
        .map_err(|e| Error::from(ReportError::Render(e.to_string())))?;
    pages.push((man.get_filename(), roff));
    for sub in command.get_subcommands().filter(|s| !s.is_hide_set()) {
        collect(sub.clone(), pages)?;
    }
    Ok(())
}

/// Writes every page into `dir` (created if missing) and returns the list of files
/// written, one a line.
pub fn write_all(dir: &Path) -> Result<String, Error> {
    std::fs::create_dir_all(dir).map_err(|e| {
        Error::from(claimlint::output::OutputError {
            path: dir.display().to_string(),
            reason: e.to_string(),
        })
    })?;
    let mut listing = String::new();
    for (name, roff) in pages()? {
        let path = dir.join(&name);
        write_atomically(&path, &roff)?;
        listing.push_str(&format!("{}\n", path.display()));
    }
    Ok(listing)
}
