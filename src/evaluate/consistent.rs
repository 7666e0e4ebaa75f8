//! `consistent`: the values' intervals must overlap, so that every statement can be true.
//!
//! One sweep over the interval ends finds the value that the most facts allow (ties go
//! to the value allowed by the earliest fact); every fact that does not allow it breaks
//! the rule, against the facts that do. Sorting dominates: O(n log n) per group.

use std::collections::BTreeSet;

use chrono::Datelike;

use super::group::Group;
use super::{Conflict, Context, MAX_RELATED};
use crate::extract::{Fact, Granularity, TimeOfDay, TimeValue, Value};
use crate::parse::ast::{RuleDecl, Scope, Tolerance};

/// How far a day's night reaches into the next day, and its small hours into the day
/// before, in days; a day without either keeps as far off its edges.
const EDGE: f64 = 0.125;

/// A numeric interval with its ends' inclusivity; unbounded ends are infinite.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct Range {
    pub lo: f64,
    pub hi: f64,
    pub lo_inc: bool,
    pub hi_inc: bool,
}

/// A point on the line, or just after it (`after`), so open ends can be told apart.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct Point {
    x: f64,
    after: bool,
}

impl Range {
    /// The range of a fact's value, widened by a tolerance.
    pub fn of(fact: &Fact, tolerance: Option<Tolerance>) -> Option<Range> {
        let mut range = match &fact.value {
            Value::Quantity(i) => Range {
                lo: i.min.unwrap_or(f64::NEG_INFINITY),
                hi: i.max.unwrap_or(f64::INFINITY),
                lo_inc: i.min_inclusive || i.min.is_none(),
                hi_inc: i.max_inclusive || i.max.is_none(),
            },
            Value::Time(TimeValue::Resolved {
                start,
                end,
                granularity,
                time_of_day,
                ..
            }) => {
                // A day's night and the next day's small hours may be one moment in
                // two time zones ("late Wednesday" in New York is "early Thursday" in
                // Beijing): a day keeps off its edges, its night reaches just past its
                // end and its small hours just before its start, so that only the two
                // meet (a bare "Monday" still disagrees with "Sunday night").
                let day = *granularity == Granularity::Day;
                let (late, early) = match time_of_day {
                    Some(TimeOfDay::Night | TimeOfDay::Evening) => (true, false),
                    Some(TimeOfDay::Clock(h, _)) => (*h >= 18, *h < 6),
                    Some(TimeOfDay::EarlyHours) => (false, true),
                    _ => (false, false),
                };
                let edge = |reach: bool| match (day, reach) {
                    (false, _) => 0.0,
                    (true, true) => EDGE,
                    (true, false) => -EDGE,
                };
                // A day named from the article's own day ("today", "tomorrow", "last
                // night") is as sure as its publication date, which may lie a day off
                // the writer's day (a time zone, a late edition, a wire's copy run the
                // next morning): it allows the day before and the day after too.
                let from_publication =
                    day && fact.frame.as_ref().is_some_and(|f| f.from_publication);
                let off = if from_publication { 1.0 } else { 0.0 };
                Range {
                    lo: day_number(*start) - edge(early) - off,
                    hi: day_number(*end) + edge(late) + off,
                    lo_inc: true,
                    hi_inc: false,
                }
            }
            Value::Duration(d) => {
                let days = d.days()?;
                Range {
                    lo: days,
                    hi: days,
                    lo_inc: true,
                    hi_inc: true,
                }
            }
            Value::Time(
                TimeValue::Unresolved { .. } | TimeValue::Vague { .. } | TimeValue::Every { .. },
            )
            | Value::Name(_) => return None,
        };
        match tolerance {
            Some(Tolerance::Percent(p)) => {
                range.lo -= super::agree::slack(range.lo.abs() * p / 100.0, range.lo);
                range.hi += super::agree::slack(range.hi.abs() * p / 100.0, range.hi);
            }
            Some(Tolerance::Absolute(n)) => {
                range.lo -= super::agree::slack(n, range.lo);
                range.hi += super::agree::slack(n, range.hi);
            }
            Some(Tolerance::Days(d)) => {
                range.lo -= f64::from(d);
                range.hi += f64::from(d);
            }
            None => {}
        }
        (!range.lo.is_nan() && !range.hi.is_nan()).then_some(range)
    }

    /// Whether every value of the range lies after the point.
    pub fn starts_after(&self, p: Point) -> bool {
        self.lo > p.x || (self.lo == p.x && !self.lo_inc && !p.after)
    }

    pub fn contains(&self, p: Point) -> bool {
        let lower = self.lo < p.x || (self.lo == p.x && (self.lo_inc || p.after));
        let upper = if p.after {
            self.hi > p.x
        } else {
            self.hi > p.x || (self.hi == p.x && self.hi_inc)
        };
        lower && upper
    }
}

/// Days since the start of the common era, for comparing dates as numbers.
pub(super) fn day_number(date: chrono::NaiveDate) -> f64 {
    f64::from(date.num_days_from_ce())
}

/// The facts of `candidates` that break the rule against the consensus of `reference`
/// (the same group, or in draft mode the sources' facts).
pub(super) fn check(
    rule: &RuleDecl,
    reference: &Group,
    candidates: &Group,
    ctx: &Context<'_>,
) -> Vec<Conflict> {
    let reference_ranged = ranged(reference, rule.tolerance, ctx);
    let Some((point, agreeing)) = agreement(&reference_ranged) else {
        return Vec::new();
    };
    let agreeing = witnesses(rule, agreeing, ctx);
    // A group checked against itself (not in draft mode): its ranges are made once.
    let candidates_ranged = if candidates == reference {
        reference_ranged
    } else {
        ranged(candidates, rule.tolerance, ctx)
    };
    candidates_ranged
        .into_iter()
        .filter(|(_, range)| !range.contains(point))
        .filter_map(|(index, _)| conflict(rule, index, &agreeing, ctx))
        .collect()
}

/// The facts of `agreeing` that [`conflict`] may name, in order: for a rule across
/// documents, the first [`MAX_RELATED`] of each document (no fact after those can be
/// among the first `MAX_RELATED` of other documents). So that [`conflict`] reads a few
/// facts, not the whole group, when most of a group comes from one document (issue
/// 14: one document of 100,000 facts made a rule across sources quadratic).
pub(super) fn witnesses(rule: &RuleDecl, agreeing: Vec<usize>, ctx: &Context<'_>) -> Vec<usize> {
    if rule.scope == Scope::WithinDocument {
        return agreeing;
    }
    let mut per_doc: rustc_hash::FxHashMap<crate::load::DocId, usize> =
        rustc_hash::FxHashMap::default();
    agreeing
        .into_iter()
        .filter(|&i| {
            let Some(fact) = ctx.facts.get(i) else {
                return false;
            };
            let seen = per_doc.entry(fact.doc).or_insert(0);
            *seen += 1;
            *seen <= MAX_RELATED
        })
        .collect()
}

/// The ranges of a group's facts (widened by a tolerance), with their indices; facts
/// with no range (an unresolved time, a name) are left out.
pub(super) fn ranged(
    group: &[usize],
    tolerance: Option<Tolerance>,
    ctx: &Context<'_>,
) -> Vec<(usize, Range)> {
    group
        .iter()
        .filter_map(|&i| Some((i, Range::of(ctx.facts.get(i)?, tolerance)?)))
        .collect()
}

/// The point the ranges agree on (see [`consensus`]) and the facts whose range allows it.
pub(super) fn agreement(ranged: &[(usize, Range)]) -> Option<(Point, Vec<usize>)> {
    let point = consensus(ranged)?;
    let agreeing = ranged
        .iter()
        .filter(|(_, range)| range.contains(point))
        .map(|&(i, _)| i)
        .collect();
    Some((point, agreeing))
}

/// A conflict of `index` with the facts of `agreeing` it may be compared with: any in
/// its own document but not its own sentence for a within-document rule, only other
/// documents' otherwise. Two figures of one sentence are two claims the writer set side
/// by side ("110 workers were working, while 49 were in risky areas"), never one
/// claim told twice (unless the sentence is two run together: [`stop_between`]).
pub(super) fn conflict(
    rule: &RuleDecl,
    index: usize,
    agreeing: &[usize],
    ctx: &Context<'_>,
) -> Option<Conflict> {
    let fact = ctx.facts.get(index)?;
    let within = rule.scope == Scope::WithinDocument;
    let others: Vec<usize> = agreeing
        .iter()
        .copied()
        .filter(|&i| {
            i != index
                && ctx.facts.get(i).is_some_and(|f| {
                    if within {
                        f.sentence != fact.sentence || stop_between(ctx, fact, f)
                    } else {
                        f.doc != fact.doc
                    }
                })
        })
        .take(MAX_RELATED)
        .collect();
    (!others.is_empty()).then_some(Conflict {
        fact: index,
        others,
        extra: Vec::new(),
    })
}

/// Whether a full stop, a question or exclamation mark or a line break stands between
/// two facts of one sentence: the sentence is then two run together ("on
/// Monday.Five other hostages"), and each is a claim of its own sentence.
/// A point between two digits ("a magnitude 7.8 quake") is none.
fn stop_between(ctx: &Context<'_>, a: &Fact, b: &Fact) -> bool {
    let (first, second) = if a.span.start <= b.span.start {
        (a, b)
    } else {
        (b, a)
    };
    let Some(gap) = ctx.text(first).get(first.span.end..second.span.start) else {
        return false;
    };
    let bytes = gap.as_bytes();
    bytes.iter().enumerate().any(|(i, &c)| match c {
        b'!' | b'?' | b'\r' | b'\n' => true,
        b'.' => {
            let digit = |j: Option<usize>| {
                j.and_then(|j| bytes.get(j))
                    .is_some_and(|b: &u8| b.is_ascii_digit())
            };
            !(digit(i.checked_sub(1)) && digit(Some(i + 1)))
        }
        _ => false,
    })
}

/// The point the most ranges contain; among equals, the one contained by the range
/// that comes first in the group.
pub(super) fn consensus(ranged: &[(usize, Range)]) -> Option<Point> {
    // Event order at one x: open ends, closed starts, closed ends, open starts.
    let mut events: Vec<(f64, u8, usize)> = Vec::with_capacity(ranged.len() * 2);
    for (order, (_, r)) in ranged.iter().enumerate() {
        events.push((r.lo, if r.lo_inc { 1 } else { 3 }, order));
        events.push((r.hi, if r.hi_inc { 2 } else { 0 }, order));
    }
    events.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
    let mut active: BTreeSet<usize> = BTreeSet::new();
    let mut best: Option<(usize, usize, Point)> = None;
    for (x, kind, order) in events {
        if kind == 0 || kind == 2 {
            active.remove(&order);
            continue;
        }
        active.insert(order);
        let first = active.first().copied().unwrap_or(order);
        let better = match best {
            None => true,
            Some((count, earliest, _)) => {
                active.len() > count || (active.len() == count && first < earliest)
            }
        };
        if better {
            best = Some((
                active.len(),
                first,
                Point {
                    x,
                    after: kind == 3,
                },
            ));
        }
    }
    best.map(|(_, _, p)| p)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn r(lo: f64, hi: f64, lo_inc: bool, hi_inc: bool) -> Range {
        Range {
            lo,
            hi,
            lo_inc,
            hi_inc,
        }
    }

    #[test]
    fn touching_open_ends_do_not_overlap() {
        let tens = r(20_000.0, 100_000.0, true, false);
        let above = r(100_000.0, f64::INFINITY, false, true);
        let p = consensus(&[(0, tens), (1, above)]).unwrap();
        assert!(tens.contains(p));
        assert!(!above.contains(p));
    }

    #[test]
    fn the_majority_wins() {
        let a = r(13_300.0, 14_700.0, true, true);
        let b = r(14_000.0, f64::INFINITY, false, true);
        let c = r(8_100.0, 9_900.0, true, true);
        let p = consensus(&[(0, c), (1, a), (2, b)]).unwrap();
        assert!(a.contains(p) && b.contains(p) && !c.contains(p));
    }

    #[test]
    fn closed_ends_meet() {
        let a = r(1.0, 2.0, true, true);
        let b = r(2.0, 3.0, true, true);
        let p = consensus(&[(0, a), (1, b)]).unwrap();
        assert!(a.contains(p) && b.contains(p));
    }
}
