//! The built-in pack lowered ahead of time: `rules/default.rules` read by the pest
//! grammar and lowered, kept as JSON beside this file (`default.lowered.json`), so a
//! run on the built-in pack skips the parse (about a third of a short run's set-up).
//!
//! The copy is used only for the embedded text itself, as the same source id it was
//! lowered as, and only while it is of that text (a hash of the text it was made from,
//! against one of the embedded text taken when compiling); any other file, a copy made
//! from an older text, or one that does not read, is parsed as before, so the output
//! never depends on it. `frozen_pack_is_fresh` fails when the copy is out of date;
//! `CLAIMLINT_BLESS=1 cargo test --lib frozen` writes it anew.

use serde::{Deserialize, Serialize};

use super::EMBEDDED;
use super::ast::RuleSet;
use super::lower::{Lowered, Use};
use crate::source::{SourceId, Span};

/// The lowered built-in pack (see the module documentation).
const FROZEN: &str = include_str!("default.lowered.json");

/// What the copy holds: a [`Lowered`] without errors (a file that has any is not
/// frozen), and what it was made from.
#[derive(Debug, Serialize, Deserialize)]
struct Frozen {
    /// [`fnv`] of the text it was lowered from.
    text: u64,
    /// The source id its locations carry.
    id: SourceId,
    set: RuleSet,
    uses: Vec<Use>,
    clauses: Vec<Vec<Span>>,
    broken_facts: Vec<String>,
}

/// FNV-1a (64 bits) of a text, at compile time for the embedded one.
const fn fnv(text: &str) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut rest = text.as_bytes();
    while let [byte, tail @ ..] = rest {
        hash ^= *byte as u64;
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
        rest = tail;
    }
    hash
}

/// The built-in pack's text, the one the copy stands for.
const PACK: &str = match EMBEDDED {
    [(_, text)] => text,
    _ => "",
};

/// [`fnv`] of [`PACK`].
const PACK_HASH: u64 = fnv(PACK);

/// The lowered declarations of `text` read as file `id`, when `text` is the built-in
/// pack and the copy is of it, as `id`; `None` otherwise (parse it).
pub(super) fn thaw(text: &str, id: SourceId) -> Option<Lowered> {
    if PACK.is_empty() || text != PACK {
        return None;
    }
    let frozen: Frozen = serde_json::from_str(FROZEN).ok()?;
    if frozen.text != PACK_HASH || frozen.id != id {
        return None;
    }
    Some(Lowered {
        set: frozen.set,
        uses: frozen.uses,
        errors: Vec::new(),
        clauses: frozen.clauses,
        broken_facts: frozen.broken_facts,
    })
}

/// The copy as it should be: the built-in pack parsed and lowered as source 0, as
/// JSON; `None` if it does not lower without errors.
#[cfg(test)]
fn freeze() -> Option<String> {
    let mut sources = crate::source::SourceMap::default();
    let id = sources.add("rules/default.rules", PACK);
    let lowered = super::parse_and_lower(&sources, id);
    if !lowered.errors.is_empty() {
        return None;
    }
    let frozen = Frozen {
        text: PACK_HASH,
        id,
        set: lowered.set,
        uses: lowered.uses,
        clauses: lowered.clauses,
        broken_facts: lowered.broken_facts,
    };
    serde_json::to_string(&frozen).ok().map(|json| json + "\n")
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]

    use super::*;

    #[test]
    fn frozen_pack_is_fresh() {
        let fresh = freeze().expect("the built-in pack lowers without errors");
        if std::env::var_os("CLAIMLINT_BLESS").is_some() {
            let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("src/parse/default.lowered.json");
            std::fs::write(path, &fresh).unwrap();
            return;
        }
        assert!(
            FROZEN == fresh,
            "src/parse/default.lowered.json is out of date: run \
             `CLAIMLINT_BLESS=1 cargo test --lib frozen` and commit it"
        );
    }

    #[test]
    fn thawed_pack_is_the_parsed_one() {
        let mut sources = crate::source::SourceMap::default();
        let id = sources.add("rules/default.rules", PACK);
        let thawed = thaw(PACK, id).expect("the copy is used for the built-in pack");
        let parsed = super::super::parse_and_lower(&sources, id);
        // Debug output, as `Loc` equality ignores the locations.
        assert_eq!(format!("{thawed:?}"), format!("{parsed:?}"));
    }

    #[test]
    fn copy_is_not_used_for_other_texts_or_ids() {
        assert!(thaw("rule x: y", SourceId(0)).is_none());
        assert!(thaw(PACK, SourceId(7)).is_none());
        let edited = format!("{PACK}\n");
        assert!(thaw(&edited, SourceId(0)).is_none());
        assert_ne!(fnv(&edited), PACK_HASH);
    }
}
