//! `claimlint test --review|--accept|--reject`: the changed snapshots that `claimlint
//! test --snapshot` left as `DIR/snapshots/*.snap.new`, accepted (moved over the
//! `.snap`) or rejected (deleted) without cargo-insta.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use claimlint::Error;
use claimlint::output::OutputError;

use super::Outcome;

/// What to do with one changed snapshot.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    /// Move the `.snap.new` over the `.snap`.
    Accept,
    /// Delete the `.snap.new`.
    Reject,
    /// Leave it for later.
    Skip,
}

/// The `.snap.new` files under `DIR/snapshots`, in name order.
pub fn pending(dir: &Path) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = std::fs::read_dir(dir.join("snapshots"))
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.to_string_lossy().ends_with(".snap.new"))
        .collect();
    out.sort();
    out
}

/// Decides on every pending snapshot with `decide`, which is shown the file and the
/// difference, and returns what was done.
pub fn review(
    dir: &Path,
    decide: &mut dyn FnMut(&Path, &str) -> Decision,
) -> Result<Outcome, Error> {
    let io = |path: &Path, e: std::io::Error| {
        Error::from(OutputError {
            path: path.display().to_string(),
            reason: e.to_string(),
        })
    };
    let mut stdout = String::new();
    let (mut accepted, mut rejected, mut skipped) = (0, 0, 0);
    for new in pending(dir) {
        let old = new.with_extension("");
        let old = old.with_extension("snap");
        let before = std::fs::read_to_string(&old).unwrap_or_default();
        let after = std::fs::read_to_string(&new).map_err(|e| io(&new, e))?;
        match decide(&new, &diff(&before, &after)) {
            Decision::Accept => {
                std::fs::rename(&new, &old).map_err(|e| io(&old, e))?;
                accepted += 1;
                let _ = writeln!(stdout, "accepted {}", old.display());
            }
            Decision::Reject => {
                std::fs::remove_file(&new).map_err(|e| io(&new, e))?;
                rejected += 1;
                let _ = writeln!(stdout, "rejected {}", new.display());
            }
            Decision::Skip => {
                skipped += 1;
                let _ = writeln!(stdout, "skipped {}", new.display());
            }
        }
    }
    let _ = writeln!(
        stdout,
        "{accepted} accepted, {rejected} rejected, {skipped} skipped"
    );
    Ok(Outcome {
        stdout,
        problems: Vec::new(),
        code: u8::from(skipped > 0),
    })
}

/// A line diff: `-` lines only in `before`, `+` lines only in `after`, `  ` both
/// (longest common subsequence; snapshots are small).
pub fn diff(before: &str, after: &str) -> String {
    let a: Vec<&str> = before.lines().collect();
    let b: Vec<&str> = after.lines().collect();
    // lcs[i][j]: the common length of a[i..] and b[j..].
    let mut lcs = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            let here = if a.get(i) == b.get(j) {
                lcs.get(i + 1)
                    .and_then(|r| r.get(j + 1))
                    .copied()
                    .unwrap_or(0)
                    + 1
            } else {
                let down = lcs.get(i + 1).and_then(|r| r.get(j)).copied().unwrap_or(0);
                let right = lcs.get(i).and_then(|r| r.get(j + 1)).copied().unwrap_or(0);
                down.max(right)
            };
            if let Some(cell) = lcs.get_mut(i).and_then(|r| r.get_mut(j)) {
                *cell = here;
            }
        }
    }
    let at = |i: usize, j: usize| lcs.get(i).and_then(|r| r.get(j)).copied().unwrap_or(0);
    let (mut i, mut j, mut out) = (0, 0, String::new());
    while i < a.len() || j < b.len() {
        match (a.get(i), b.get(j)) {
            (Some(x), Some(y)) if x == y => {
                let _ = writeln!(out, "  {x}");
                i += 1;
                j += 1;
            }
            (Some(x), _) if j >= b.len() || at(i + 1, j) >= at(i, j + 1) => {
                let _ = writeln!(out, "- {x}");
                i += 1;
            }
            (_, Some(y)) => {
                let _ = writeln!(out, "+ {y}");
                j += 1;
            }
            (Some(x), None) => {
                let _ = writeln!(out, "- {x}");
                i += 1;
            }
            (None, None) => break,
        }
    }
    out
}
