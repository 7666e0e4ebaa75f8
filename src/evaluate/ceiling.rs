//! `at most N`: a figure no such figure can exceed ("a magnitude 12.5 quake", when no
//! quake ever recorded reached 9.6). Each fact is checked on its own: it breaks the
//! rule when its interval allows no value at or below the ceiling ("12.5" read as 12.45
//! to 12.55; "more than 9.6" allows none either).

use super::group::Group;
use super::{Conflict, Context};
use crate::extract::Value;

/// The facts of `candidates` whose every value lies above `ceiling`.
pub(super) fn check(ceiling: f64, candidates: &Group, ctx: &Context<'_>) -> Vec<Conflict> {
    candidates
        .iter()
        .filter(|&&index| {
            ctx.facts.get(index).is_some_and(|fact| match &fact.value {
                Value::Quantity(i) => i
                    .min
                    .is_some_and(|min| min > ceiling || (min == ceiling && !i.min_inclusive)),
                _ => false,
            })
        })
        .map(|&index| Conflict {
            fact: index,
            others: Vec::new(),
            extra: Vec::new(),
        })
        .collect()
}
