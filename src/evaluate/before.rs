//! `FACT before OTHER`: a time of FACT must not start after the date the OTHER facts
//! agree on. The OTHER facts' consensus (the day the most of them allow, as for
//! `consistent`) is found once per group; each FACT is compared with it.

use super::consistent::{Range, agreement, ranged};
use super::group::Group;
use super::{Conflict, Context, MAX_RELATED};
use crate::parse::ast::RuleDecl;

/// The facts of `candidates` that start after the consensus of `others`.
pub(super) fn check(
    rule: &RuleDecl,
    candidates: &Group,
    others: &[usize],
    ctx: &Context<'_>,
) -> Vec<Conflict> {
    let Some((point, agreeing)) = agreement(&ranged(others, None, ctx)) else {
        return Vec::new();
    };
    candidates
        .iter()
        .filter_map(|&index| {
            let fact = ctx.facts.get(index)?;
            let range = Range::of(fact, rule.tolerance)?;
            if !range.starts_after(point) {
                return None;
            }
            // The other facts belong to another declaration: any document's, its own
            // included, may show the order.
            let others: Vec<usize> = agreeing.iter().copied().take(MAX_RELATED).collect();
            (!others.is_empty()).then_some(Conflict {
                fact: index,
                others,
                extra: Vec::new(),
            })
        })
        .collect()
}
