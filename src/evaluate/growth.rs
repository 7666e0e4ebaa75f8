//! `may grow over time`: a figure that only rises as reporting goes on (a death toll)
//! is no contradiction when the higher figure is the newer one. A conflict is kept
//! only against the facts it cannot be a rise from or to: an older source with a
//! higher figure, or a newer one with a lower figure, or either when a date is missing.

use super::{Conflict, Context};
use crate::extract::{Fact, Value};

/// The conflicts, each cut to the facts it really contradicts; conflicts left with
/// none are dropped.
pub(super) fn keep_contradictions(conflicts: Vec<Conflict>, ctx: &Context<'_>) -> Vec<Conflict> {
    conflicts
        .into_iter()
        .filter_map(|mut conflict| {
            let fact = ctx.facts.get(conflict.fact)?;
            conflict.others.retain(|&i| {
                ctx.facts
                    .get(i)
                    .is_none_or(|other| !is_growth(fact, other, ctx))
            });
            (!conflict.others.is_empty()).then_some(conflict)
        })
        .collect()
}

/// Whether the difference between two facts is a rise over time: the newer one is
/// the higher one. Two figures of the same day may be an earlier and a later count of
/// that day (a toll changes by the hour): either may be the newer, so neither
/// contradicts the other.
fn is_growth(a: &Fact, b: &Fact, ctx: &Context<'_>) -> bool {
    let published = |f: &Fact| {
        ctx.corpus
            .get(f.doc)
            .and_then(|d| d.published.map(|(date, _)| date))
    };
    let (Some(date_a), Some(date_b)) = (published(a), published(b)) else {
        return false;
    };
    let (Some(value_a), Some(value_b)) = (figure(a), figure(b)) else {
        return false;
    };
    date_a == date_b
        || (date_a > date_b && value_a > value_b)
        || (date_a < date_b && value_a < value_b)
}

/// The figure a quantity states, or the least value it allows.
fn figure(fact: &Fact) -> Option<f64> {
    match &fact.value {
        Value::Quantity(i) => i.nominal.or(i.min),
        _ => None,
    }
}
