//! `corroborated by at least N sources`: a fact needs facts that can be true with it
//! (their intervals overlap) in at least N documents, its own included.
//!
//! One sweep: the candidates in order of their upper bound, the reference facts in
//! order of their lower bound. A reference fact joins an ordered set (by upper bound)
//! once it starts before the candidate ends; the candidate then reads that set from the
//! highest upper bound down, and stops as soon as N documents are found or the upper
//! bounds fall below its start. O(n log n) for a group of any size, and the stopping
//! rule keeps each read short.

use std::collections::{BTreeMap, BTreeSet};

use super::consistent::Range;
use super::group::Group;
use super::{Conflict, Context};
use crate::load::DocId;
use crate::parse::ast::RuleDecl;

/// A key that orders floats as `f64::total_cmp` does.
fn ordered(x: f64) -> u64 {
    let bits = x.to_bits();
    if bits >> 63 == 1 {
        !bits
    } else {
        bits | (1 << 63)
    }
}

/// The facts of `candidates` that fewer than `at_least` documents of `reference` state.
pub(super) fn check(
    rule: &RuleDecl,
    at_least: u32,
    reference: &Group,
    candidates: &Group,
    ctx: &Context<'_>,
) -> Vec<Conflict> {
    let stated: Vec<(Range, DocId)> = reference
        .iter()
        .filter_map(|&i| {
            let fact = ctx.facts.get(i)?;
            Some((Range::of(fact, rule.tolerance)?, fact.doc))
        })
        .collect();
    let in_reference: std::collections::HashSet<usize> = reference.iter().copied().collect();
    let asked: Vec<Option<(Range, Option<DocId>)>> = candidates
        .iter()
        .map(|&index| {
            let fact = ctx.facts.get(index)?;
            let own = in_reference.contains(&index).then_some(fact.doc);
            Some((Range::of(fact, rule.tolerance)?, own))
        })
        .collect();
    let need = usize::try_from(at_least).unwrap_or(usize::MAX);
    candidates
        .iter()
        .zip(lacking(stated, &asked, need))
        .filter(|&(_, lacking)| lacking)
        .map(|(&index, _)| Conflict {
            fact: index,
            others: Vec::new(),
            extra: Vec::new(),
        })
        .collect()
}

/// For each asked range (with its own document when it is one of the stated facts;
/// `None` for a fact without a range, which never lacks), whether fewer than `need`
/// documents state a range overlapping it.
fn lacking(
    mut stated: Vec<(Range, DocId)>,
    asked: &[Option<(Range, Option<DocId>)>],
    need: usize,
) -> Vec<bool> {
    stated.sort_by(|a, b| a.0.lo.total_cmp(&b.0.lo));
    let mut order: Vec<(usize, Range, Option<DocId>)> = asked
        .iter()
        .enumerate()
        .filter_map(|(k, a)| a.map(|(range, own)| (k, range, own)))
        .collect();
    order.sort_by(|a, b| a.1.hi.total_cmp(&b.1.hi));
    // Stated ranges that start before the current one ends, by upper bound.
    let mut started: BTreeMap<(u64, usize), (Range, DocId)> = BTreeMap::new();
    let mut next = 0;
    let mut out = vec![false; asked.len()];
    for (k, range, own) in order {
        while let Some(&(other, doc)) = stated.get(next).filter(|(o, _)| o.lo <= range.hi) {
            started.insert((ordered(other.hi), next), (other, doc));
            next += 1;
        }
        let mut docs: BTreeSet<DocId> = own.into_iter().collect();
        for (other, doc) in started.values().rev() {
            if docs.len() >= need || other.hi < range.lo {
                break;
            }
            if other.overlaps(&range) {
                docs.insert(*doc);
            }
        }
        if let Some(slot) = out.get_mut(k) {
            *slot = docs.len() < need;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn range() -> impl Strategy<Value = Range> {
        (0u8..20, 0u8..8, any::<bool>(), any::<bool>(), any::<bool>()).prop_map(
            |(lo, len, lo_inc, hi_inc, open)| Range {
                lo: f64::from(lo),
                hi: if open {
                    f64::INFINITY
                } else {
                    f64::from(lo) + f64::from(len)
                },
                lo_inc,
                hi_inc,
            },
        )
    }

    proptest! {
        /// The sweep answers as checking every pair would.
        #[test]
        fn the_sweep_agrees_with_every_pair(
            stated in prop::collection::vec((range(), 0u32..6), 0..40),
            own in prop::collection::vec(prop::option::of(0u32..6), 0..40),
            need in 1usize..4,
        ) {
            let doc = |d: u32| DocId::new(d, crate::source::SourceId(d));
            let stated: Vec<(Range, DocId)> = stated.into_iter().map(|(r, d)| (r, doc(d))).collect();
            let own: Vec<Option<DocId>> = own.into_iter().map(|d| d.map(doc)).collect();
            let asked: Vec<Option<(Range, Option<DocId>)>> = stated
                .iter()
                .zip(&own)
                .map(|(&(r, _), &o)| Some((r, o)))
                .chain([None])
                .collect();
            let fast = lacking(stated.clone(), &asked, need);
            let slow: Vec<bool> = asked
                .iter()
                .map(|a| a.is_some_and(|(range, own)| {
                    let mut docs: BTreeSet<DocId> = own.into_iter().collect();
                    docs.extend(stated.iter().filter(|(o, _)| o.overlaps(&range)).map(|&(_, d)| d));
                    docs.len() < need
                }))
                .collect();
            prop_assert_eq!(fast, slow);
        }
    }
}
