//! `corroborated by at least N sources`: a fact needs facts that can be true with it
//! (their intervals overlap) in at least N documents, its own included.
//!
//! The group is sorted by lower bound once; each fact then scans only the facts that
//! start before it ends, and stops as soon as N documents are found — so the cost is
//! the group's overlap, not all its pairs.

use std::collections::BTreeSet;

use super::consistent::Range;
use super::group::Group;
use super::{Conflict, Context};
use crate::parse::ast::RuleDecl;

/// The facts of `candidates` that fewer than `at_least` documents of `reference` state.
pub(super) fn check(
    rule: &RuleDecl,
    at_least: u32,
    reference: &Group,
    candidates: &Group,
    ctx: &Context<'_>,
) -> Vec<Conflict> {
    let mut sorted: Vec<(Range, usize)> = reference
        .iter()
        .filter_map(|&i| {
            let fact = ctx.facts.get(i)?;
            Some((Range::of(fact, rule.tolerance)?, fact.doc))
        })
        .collect();
    sorted.sort_by(|a, b| a.0.lo.total_cmp(&b.0.lo));
    let need = usize::try_from(at_least).unwrap_or(usize::MAX);
    // A draft does not corroborate itself: only the reference's documents count.
    let in_reference: std::collections::HashSet<usize> = reference.iter().copied().collect();
    candidates
        .iter()
        .filter_map(|&index| {
            let fact = ctx.facts.get(index)?;
            let range = Range::of(fact, rule.tolerance)?;
            let mut docs = BTreeSet::new();
            if in_reference.contains(&index) {
                docs.insert(fact.doc);
            }
            for (other, doc) in sorted.iter().take_while(|(o, _)| o.lo <= range.hi) {
                if docs.len() >= need {
                    break;
                }
                if other.overlaps(&range) {
                    docs.insert(*doc);
                }
            }
            (docs.len() < need).then_some(Conflict {
                fact: index,
                others: Vec::new(),
                extra: Vec::new(),
            })
        })
        .collect()
}
