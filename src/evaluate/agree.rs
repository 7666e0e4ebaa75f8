//! `agree … within T`: the stated figures must lie within the tolerance of each other.
//!
//! The figures of a group are sorted and a window slides over them; the largest window
//! whose figures all lie within the tolerance of its largest is the consensus (ties go
//! to the window holding the earliest fact). A stated figure outside it breaks the rule.
//! A figure with no stated value ("tens of thousands") breaks it only when its interval
//! allows no value of the consensus, widened by the tolerance. A bound ("more than 80",
//! "up to 760") states no value either in a group that states figures, and is held to
//! the same band; it also breaks the rule against another bound that allows none of
//! its values ("fewer than 80" against "over 80"). An approximate figure ("around a
//! million", "some 850") states a value only in a group that states no exact one: beside
//! exact figures it is held to their band like a bound, so "around a million" agrees
//! with "1.089 million" (within its own interval) but not with "3.5 million".

use std::collections::BTreeSet;

use super::consistent::{Range, conflict, day_number, witnesses};
use super::group::Group;
use super::{Conflict, Context, MAX_RELATED};
use crate::extract::frame::Status;
use crate::extract::{Fact, Hedge, TimeValue, Value};
use crate::parse::ast::{RuleDecl, Scope, Tolerance};

/// Whether a figure is only a bound ("more than 80", "up to 760"): it states no
/// figure of the consensus, and breaks the rule only when no figure of the consensus
/// lies within it.
fn bound(fact: &Fact) -> bool {
    matches!(
        fact.hedge,
        Hedge::MoreThan | Hedge::AtLeast | Hedge::AtMost | Hedge::LessThan
    )
}

/// How loosely a group's figures state a value: what [`stated`] counts as a figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Stating {
    /// Exact figures only: the group states one.
    Exact,
    /// Approximate figures too ("around a million"): the group states no exact one.
    Approximate,
    /// Bounds too ("more than 80"): the group states neither.
    Bounds,
}

/// Whether a figure is approximate ("about 850", "around a million"): a value with a
/// margin of its own, not a bound.
fn approximate(fact: &Fact) -> bool {
    matches!(fact.value, Value::Quantity(_)) && fact.hedge == Hedge::About
}

/// The figure a fact states: a quantity's nominal (none for a bound unless `stating`
/// takes bounds, none for an approximate figure unless it takes those), or a time's
/// first day.
fn stated(fact: &Fact, stating: Stating) -> Option<f64> {
    match &fact.value {
        Value::Quantity(_) if stating < Stating::Bounds && bound(fact) => None,
        Value::Quantity(_) if stating < Stating::Approximate && approximate(fact) => None,
        Value::Quantity(i) => i.nominal,
        Value::Time(TimeValue::Resolved { start, .. }) => Some(day_number(*start)),
        Value::Duration(d) => d.days(),
        Value::Time(
            TimeValue::Unresolved { .. } | TimeValue::Vague { .. } | TimeValue::Every { .. },
        )
        | Value::Name(_) => None,
    }
}

/// Whether two lower bounds, facts `a` and `b` ("more than 100", "at least 109"), may
/// be one figure rounded down: the higher, `high`, lies below the lower's next round
/// step ("more than 100" allows 109 but "more than 14,000" not 19,000, a step of 1,000
/// above it).
pub(super) fn rounded_floors(
    ctx: &Context<'_>,
    a: usize,
    b: usize,
    (low, high): (f64, f64),
) -> bool {
    lower_bound(ctx, a) && lower_bound(ctx, b) && below_next_step(low, high)
}

/// Whether fact `i` is a lower bound ("more than 100", "at least 109").
fn lower_bound(ctx: &Context<'_>, i: usize) -> bool {
    ctx.facts
        .get(i)
        .is_some_and(|f| matches!(f.hedge, Hedge::MoreThan | Hedge::AtLeast))
}

/// Whether `high` lies below the next round step of a round whole `low` of at least 10
/// ("more than 100" allows 109; 14,000 does not reach 19,000, a step of 1,000 above).
fn below_next_step(low: f64, high: f64) -> bool {
    if low < 10.0 || low.fract() != 0.0 {
        return false;
    }
    let mut step = 1.0;
    while low % (step * 10.0) == 0.0 && step < 1e15 {
        step *= 10.0;
    }
    step > 1.0 && high < low + step
}

/// Whether a later lower bound, fact `later` ("the toll tops 1,000"), may be an
/// earlier stated figure, fact `earlier` (1,081), rounded down to its round step: the
/// bound is the lower, `low`, and the figure, `high`, lies below its next round step
/// ("tops 1,000" after 1,081, not "tops 14,000" after 19,000).
pub(super) fn rounded_down(
    ctx: &Context<'_>,
    later: usize,
    earlier: usize,
    (low, high): (f64, f64),
) -> bool {
    let floor = lower_bound(ctx, later);
    let stated = ctx
        .facts
        .get(earlier)
        .is_some_and(|f| f.hedge == Hedge::None);
    let bound = ctx.facts.get(later).and_then(|f| match &f.value {
        Value::Quantity(i) => i.nominal.or(i.min),
        _ => None,
    });
    floor && stated && bound == Some(low) && below_next_step(low, high)
}

/// A tolerance `n` around figures of size `scale`, with the rounding of binary
/// fractions allowed for: "within 0.3" holds 7.4 and 7.7, whose difference is
/// 0.30000000000000027.
pub(super) fn slack(n: f64, scale: f64) -> f64 {
    n + scale.abs().max(1.0) * 1e-9
}

/// Whether `a <= b` are close enough under the tolerance.
pub(super) fn close(a: f64, b: f64, tolerance: Option<Tolerance>) -> bool {
    let gap = (b - a).abs();
    let scale = a.abs().max(b.abs());
    match tolerance {
        Some(Tolerance::Percent(p)) => gap <= slack(scale * p / 100.0, scale),
        Some(Tolerance::Absolute(n)) => gap <= slack(n, scale),
        Some(Tolerance::Days(d)) => gap <= f64::from(d),
        None => gap == 0.0,
    }
}

/// The facts of `candidates` that break the rule against the consensus of `reference`
/// (the same group, or in draft mode the sources' facts).
pub(super) fn check(
    rule: &RuleDecl,
    reference: &Group,
    candidates: &Group,
    ctx: &Context<'_>,
) -> Vec<Conflict> {
    // Approximate figures vote only in a group that states no exact figure, bounds
    // only in one that states no figure but bounds.
    let states = |stating: Stating| {
        reference.iter().any(|&i| {
            ctx.facts
                .get(i)
                .is_some_and(|f| stated(f, stating).is_some())
        })
    };
    let bounds = if states(Stating::Exact) {
        Stating::Exact
    } else if states(Stating::Approximate) {
        Stating::Approximate
    } else {
        Stating::Bounds
    };
    let mut figures: Vec<(f64, usize, usize)> = reference
        .iter()
        .enumerate()
        .filter_map(|(order, &i)| Some((stated(ctx.facts.get(i)?, bounds)?, order, i)))
        .collect();
    figures.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));

    // The best window [lo, hi] of `figures`, by size and then by its earliest fact.
    let mut best: Option<(usize, usize, usize, usize)> = None;
    let mut active: BTreeSet<usize> = BTreeSet::new();
    let mut lo = 0;
    // Two figures of one window: close under the tolerance, or two round lower
    // bounds of one figure.
    let near = |(a, i): (f64, usize), (b, j): (f64, usize)| {
        let (low, high) = (a.min(b), a.max(b));
        close(low, high, rule.tolerance) || rounded_floors(ctx, i, j, (low, high))
    };
    for (hi, &(figure, order, index)) in figures.iter().enumerate() {
        active.insert(order);
        while lo < hi {
            let Some(&(low, low_order, low_index)) = figures.get(lo) else {
                break;
            };
            if near((low, low_index), (figure, index)) {
                break;
            }
            active.remove(&low_order);
            lo += 1;
        }
        let size = hi + 1 - lo;
        let first = active.first().copied().unwrap_or(order);
        if best.is_none_or(|(s, f, _, _)| size > s || (size == s && first < f)) {
            best = Some((size, first, lo, hi));
        }
    }
    let Some((_, _, lo, hi)) = best else {
        return stated_ranges(rule, reference, candidates, ctx);
    };
    let window: Vec<usize> = figures
        .get(lo..=hi)
        .unwrap_or(&[])
        .iter()
        .map(|&(_, _, i)| i)
        .collect();
    let (Some(&(low, _, low_index)), Some(&(high, _, high_index))) =
        (figures.get(lo), figures.get(hi))
    else {
        return stated_ranges(rule, reference, candidates, ctx);
    };
    let band = Range::of_band(low, high, rule.tolerance);
    // The window in index order, for lookups in a group of any size.
    let mut in_window = window.clone();
    in_window.sort_unstable();

    let window = witnesses(rule, window, ctx);
    let crossing = Bounds::of(reference, ctx);
    let mut conflicts = Vec::new();
    let mut crossed = Vec::new();
    for &index in candidates {
        let Some(fact) = ctx.facts.get(index) else {
            continue;
        };
        // Two bounds that allow no common value ("fewer than 80" and "over 80")
        // contradict each other, whatever the figures stated.
        if bound(fact) {
            let others = crossing.disjoint(rule, index, ctx);
            if !others.is_empty() {
                crossed.push(Conflict {
                    fact: index,
                    others,
                    extra: Vec::new(),
                });
                continue;
            }
        }
        conflicts.push(index);
    }
    let mut found: Vec<Conflict> = conflicts
        .iter()
        .filter(|&&index| {
            let Some(fact) = ctx.facts.get(index) else {
                return false;
            };
            match stated(fact, bounds) {
                // A figure breaks the rule when it could not join the window.
                Some(figure) => {
                    let joins = near((low, low_index), (figure, index))
                        && near((high, high_index), (figure, index));
                    in_window.binary_search(&index).is_err() && !joins
                }
                // A bound or a word of amount: held to the band the tolerance allows
                // ("over 80" against "80" is rounding, not a contradiction).
                None => Range::of(fact, None).is_some_and(|r| !r.overlaps(&band)),
            }
        })
        .filter_map(|&index| conflict(rule, index, &window, ctx))
        .collect();
    found.extend(crossed);
    for conflict in stated_ranges(rule, reference, candidates, ctx) {
        if !found.iter().any(|c| c.fact == conflict.fact) {
            found.push(conflict);
        }
    }
    found.sort_by_key(|c| c.fact);
    found
}

/// The two ends a stated range gives ("between 58.3% and 60.7%"), or none.
fn range_ends(fact: &Fact) -> Option<(f64, f64)> {
    match &fact.value {
        Value::Quantity(i) if fact.hedge == Hedge::Range => Some((i.min?, i.max?)),
        _ => None,
    }
}

/// Stated ranges of one claim agree only when their ends do ("between 58.3% and 60.7%"
/// and "between 36.4% and 60.7%" overlap, yet one end was misstated): the range whose
/// ends are those most ranges give (among equals the first) is the consensus, and a
/// candidate range with an end away from it breaks the rule.
fn stated_ranges(
    rule: &RuleDecl,
    reference: &Group,
    candidates: &Group,
    ctx: &Context<'_>,
) -> Vec<Conflict> {
    let ranges: Vec<(usize, (f64, f64))> = reference
        .iter()
        .filter_map(|&i| Some((i, range_ends(ctx.facts.get(i)?)?)))
        .collect();
    if ranges.len() < 2 {
        return Vec::new();
    }
    let same = |(a, b): (f64, f64), (c, d): (f64, f64)| {
        close(a.min(c), a.max(c), rule.tolerance) && close(b.min(d), b.max(d), rule.tolerance)
    };
    let support = |ends: (f64, f64)| ranges.iter().filter(|(_, e)| same(ends, *e)).count();
    let mut best: Option<((f64, f64), usize)> = None;
    for &(_, ends) in &ranges {
        let n = support(ends);
        if best.is_none_or(|(_, m)| n > m) {
            best = Some((ends, n));
        }
    }
    let Some((consensus, _)) = best else {
        return Vec::new();
    };
    let agreeing: Vec<usize> = ranges
        .iter()
        .filter(|(_, e)| same(consensus, *e))
        .map(|&(i, _)| i)
        .collect();
    let agreeing = witnesses(rule, agreeing, ctx);
    candidates
        .iter()
        .filter(|&&i| {
            ctx.facts
                .get(i)
                .and_then(|f| range_ends(f))
                .is_some_and(|ends| !same(consensus, ends))
        })
        .filter_map(|&i| conflict(rule, i, &agreeing, ctx))
        .collect()
}

/// The bounds of a group, for [`Bounds::disjoint`]: lower bounds by their least
/// value, highest first, and upper bounds by their greatest, lowest first.
struct Bounds {
    lower: Vec<(Range, usize)>,
    upper: Vec<(Range, usize)>,
}

impl Bounds {
    fn of(reference: &Group, ctx: &Context<'_>) -> Bounds {
        let mut lower = Vec::new();
        let mut upper = Vec::new();
        for &i in reference {
            let Some(fact) = ctx.facts.get(i).filter(|f| bound(f)) else {
                continue;
            };
            let Some(range) = Range::of(fact, None) else {
                continue;
            };
            match (range.lo.is_finite(), range.hi.is_finite()) {
                (true, false) => lower.push((range, i)),
                (false, true) => upper.push((range, i)),
                _ => {}
            }
        }
        lower.sort_by(|a, b| b.0.lo.total_cmp(&a.0.lo));
        upper.sort_by(|a, b| a.0.hi.total_cmp(&b.0.hi));
        Bounds { lower, upper }
    }

    /// The bounds that allow no value the bound `index` allows (a lower bound at or
    /// above an upper bound), in other documents across sources; at most
    /// [`MAX_RELATED`]. Only the bounds that cross it are looked at.
    fn disjoint(&self, rule: &RuleDecl, index: usize, ctx: &Context<'_>) -> Vec<usize> {
        let Some(fact) = ctx.facts.get(index) else {
            return Vec::new();
        };
        let Some(own) = Range::of(fact, None) else {
            return Vec::new();
        };
        let others = if own.lo.is_finite() {
            &self.upper
        } else {
            &self.lower
        };
        // Bounds that face each other across one figure ("up to 760" and "at least
        // 760") disagree on which side of it the value lies, though both allow the
        // figure itself; two projections ("could see more than 100,000", "as many as
        // 100,000 may be involved") are guesses at one figure, and only disagree when
        // they share no value.
        let projected = |f: &Fact| {
            f.frame
                .as_ref()
                .is_some_and(|x| x.status == Status::Projected)
        };
        let faces = |other: &Range| {
            if own.lo.is_finite() {
                own.lo >= other.hi
            } else {
                other.lo >= own.hi
            }
        };
        others
            .iter()
            .take_while(|(range, _)| faces(range))
            .filter(|(range, i)| {
                let (lo, hi) = if own.lo.is_finite() {
                    (own.lo, range.hi)
                } else {
                    (range.lo, own.hi)
                };
                lo > hi || !(projected(fact) || ctx.facts.get(*i).is_some_and(|f| projected(f)))
            })
            .map(|&(_, i)| i)
            .filter(|&i| {
                rule.scope == Scope::WithinDocument
                    || ctx.facts.get(i).is_some_and(|other| other.doc != fact.doc)
            })
            .take(MAX_RELATED)
            .collect()
    }
}

impl Range {
    /// The closed range from `low` to `high`, widened by the tolerance.
    fn of_band(low: f64, high: f64, tolerance: Option<Tolerance>) -> Range {
        let (lo, hi) = match tolerance {
            Some(Tolerance::Percent(p)) => (
                low - slack(low.abs() * p / 100.0, low),
                high + slack(high.abs() * p / 100.0, high),
            ),
            Some(Tolerance::Absolute(n)) => (low - slack(n, low), high + slack(n, high)),
            Some(Tolerance::Days(d)) => (low - f64::from(d), high + f64::from(d)),
            None => (low, high),
        };
        Range {
            lo,
            hi,
            lo_inc: true,
            hi_inc: true,
        }
    }

    /// Whether two ranges share a value.
    pub(super) fn overlaps(&self, other: &Range) -> bool {
        let below = |lo: f64, lo_inc: bool, hi: f64, hi_inc: bool| {
            lo < hi || (lo == hi && lo_inc && hi_inc)
        };
        below(self.lo, self.lo_inc, other.hi, other.hi_inc)
            && below(other.lo, other.lo_inc, self.hi, self.hi_inc)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percent_is_of_the_larger_figure() {
        let five = Some(Tolerance::Percent(5.0));
        assert!(close(14_000.0, 14_000.0, five));
        assert!(close(14_000.0, 14_700.0, five));
        assert!(!close(14_000.0, 19_000.0, five));
        assert!(!close(9_000.0, 14_000.0, five));
        assert!(close(9_500.0, 10_000.0, Some(Tolerance::Absolute(500.0))));
        // 7.7 - 7.4 is 0.30000000000000027 in binary: still within 0.3.
        assert!(close(7.4, 7.7, Some(Tolerance::Absolute(0.3))));
        assert!(!close(7.4, 7.8, Some(Tolerance::Absolute(0.3))));
    }
}
