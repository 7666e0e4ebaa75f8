//! `corroborated by at least N sources`: a fact needs facts that can be true with it
//! (their intervals overlap) in at least N documents, its own included.
//!
//! One sweep: the candidates in order of their upper bound, the reference facts in
//! order of their lower bound. A reference fact joins an ordered set (one entry per
//! document, its highest-reaching range) once it starts before the candidate ends; the
//! candidate then reads that set from the highest upper bound down, and stops as soon
//! as N documents are found or the upper bounds fall below its start. O(n log n) for a
//! group of any size, even when its facts come from fewer documents than N (issue 14).

use std::collections::{BTreeMap, BTreeSet, HashMap};

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

/// The upper end of a range as a key: higher ends, and a closed end over an open one
/// at the same point, sort later.
type HiKey = (u64, bool);

/// One stated range per document: the one that reaches highest (the best witness of
/// that document for any range it may overlap), and the documents in order of it.
#[derive(Debug, Default)]
struct Best {
    by_doc: HashMap<DocId, HiKey>,
    order: BTreeMap<(HiKey, DocId), f64>,
}

impl Best {
    fn insert(&mut self, doc: DocId, range: &Range) {
        let key = (ordered(range.hi), range.hi_inc);
        match self.by_doc.get(&doc) {
            Some(&old) if old >= key => return,
            Some(&old) => {
                self.order.remove(&(old, doc));
            }
            None => {}
        }
        self.by_doc.insert(doc, key);
        self.order.insert((key, doc), range.hi);
    }

    /// Adds to `docs` the documents whose best range reaches `range` from above, highest
    /// first, until `docs` holds `need`.
    fn reach(&self, range: &Range, need: usize, docs: &mut BTreeSet<DocId>) {
        for (&((_, hi_inc), doc), &hi) in self.order.iter().rev() {
            if docs.len() >= need {
                return;
            }
            let reaches = range.lo < hi || (range.lo == hi && range.lo_inc && hi_inc);
            if !reaches {
                return;
            }
            docs.insert(doc);
        }
    }
}

/// For each asked range (with its own document when it is one of the stated facts;
/// `None` for a fact without a range, which never lacks), whether fewer than `need`
/// documents state a range overlapping it.
///
/// The asked ranges are taken by upper end. A stated range that starts below the
/// current upper end overlaps it exactly when it reaches above its lower end, so only
/// each document's highest-reaching such range is kept ([`Best`]); one that starts at
/// the upper end itself overlaps only when both ends are closed, and is kept apart
/// until a higher upper end comes. Each asked range reads at most `need` documents
/// besides its own: O(n log n) however few documents a group's facts come from.
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
    // Stated ranges that start below the current upper end.
    let mut below = Best::default();
    // Closed-start stated ranges that start at the current upper end.
    let mut at_end = Best::default();
    let mut at: Option<f64> = None;
    let mut next = 0;
    let mut out = vec![false; asked.len()];
    for (k, range, own) in order {
        if at != Some(range.hi) {
            at = Some(range.hi);
            while let Some(&(other, doc)) = stated.get(next).filter(|(o, _)| o.lo < range.hi) {
                below.insert(doc, &other);
                next += 1;
            }
            at_end = Best::default();
            for (other, doc) in stated.get(next..).unwrap_or(&[]) {
                if other.lo != range.hi {
                    break;
                }
                if other.lo_inc {
                    at_end.insert(*doc, other);
                }
            }
        }
        let mut docs: BTreeSet<DocId> = own.into_iter().collect();
        below.reach(&range, need, &mut docs);
        if range.hi_inc {
            at_end.reach(&range, need, &mut docs);
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

    /// Issue 14: 200,000 facts of one document, asked for three: each fact reads two
    /// documents at most, not the whole group.
    #[test]
    fn one_document_of_many_facts_stays_n_log_n() {
        let many = |n: usize| {
            let stated: Vec<(Range, DocId)> = (0..n)
                .map(|i| {
                    let lo = (i % 7) as f64;
                    let range = Range {
                        lo,
                        hi: f64::INFINITY,
                        lo_inc: i % 2 == 0,
                        hi_inc: true,
                    };
                    (range, DocId::default())
                })
                .collect();
            let asked: Vec<Option<(Range, Option<DocId>)>> =
                stated.iter().map(|&(r, d)| Some((r, Some(d)))).collect();
            (stated, asked)
        };
        let (stated, asked) = many(200_000);
        // Quadratic, this would be 2·10¹⁰ steps (the bench's --adversarial shapes
        // measure the growth; a test only checks the answer).
        let out = lacking(stated, &asked, 3);
        assert!(out.iter().all(|&lacks| lacks));
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
