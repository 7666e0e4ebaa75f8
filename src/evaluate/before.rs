//! `FACT before OTHER`: a time of FACT must not start after the date the OTHER facts
//! agree on. The OTHER facts' consensus (the day the most of them allow, as for
//! `consistent`) is found once per group; each FACT is compared with it.

use super::consistent::{Range, consensus};
use super::group::Group;
use super::{Conflict, Context, MAX_RELATED};
use crate::parse::ast::{RuleDecl, Scope};

/// The facts of `candidates` that start after the consensus of `others`.
pub(super) fn check(
    rule: &RuleDecl,
    candidates: &Group,
    others: &[usize],
    ctx: &Context<'_>,
) -> Vec<Conflict> {
    let ranged: Vec<(usize, Range)> = others
        .iter()
        .filter_map(|&i| Some((i, Range::of(ctx.facts.get(i)?, None)?)))
        .collect();
    let Some(point) = consensus(&ranged) else {
        return Vec::new();
    };
    let agreeing: Vec<usize> = ranged
        .iter()
        .filter(|(_, r)| r.contains(point))
        .map(|&(i, _)| i)
        .collect();
    candidates
        .iter()
        .filter_map(|&index| {
            let fact = ctx.facts.get(index)?;
            let range = Range::of(fact, rule.tolerance)?;
            if !range.starts_after(point) {
                return None;
            }
            let others: Vec<usize> = agreeing
                .iter()
                .copied()
                .filter(|&i| {
                    rule.scope == Scope::WithinDocument
                        || ctx.facts.get(i).is_some_and(|f| f.doc != fact.doc)
                        || agreeing.len() == 1
                })
                .take(MAX_RELATED)
                .collect();
            (!others.is_empty()).then_some(Conflict {
                fact: index,
                others,
                extra: Vec::new(),
            })
        })
        .collect()
}
