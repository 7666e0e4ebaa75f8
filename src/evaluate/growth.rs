//! `may grow over time`: a figure that only rises as reporting goes on (a death toll)
//! is no contradiction when the higher figure is the newer one. A conflict is kept
//! only against the facts it cannot be a rise from or to: an older source with a
//! higher figure, or a newer one with a lower figure, or either when a date is missing.

use std::cmp::Ordering;

use chrono::NaiveDate;

use super::group::Group;
use super::{Conflict, Context, MAX_RELATED};
use crate::extract::frame::AsOfOrigin;
use crate::extract::{Fact, Hedge, Value};
use crate::parse::ast::{RuleDecl, Scope};

/// The conflicts, each cut to the facts it really contradicts; conflicts left with
/// none are dropped.
/// Within one document the figures' "as of" days are compared instead of publication
/// dates: "on Monday the toll stood at 28, by Friday it had risen to 79" beside the
/// headline's "toll rises to 86" is a rise, not a contradiction; two figures of one
/// day still contradict.
pub(super) fn keep_contradictions(
    conflicts: Vec<Conflict>,
    scope: Scope,
    ctx: &Context<'_>,
) -> Vec<Conflict> {
    conflicts
        .into_iter()
        .filter_map(|mut conflict| {
            let fact = ctx.facts.get(conflict.fact)?;
            conflict.others.retain(|&i| {
                ctx.facts.get(i).is_none_or(|other| match scope {
                    Scope::WithinDocument => !rises_in_text(fact, other),
                    Scope::AcrossSources => !is_growth(fact, other, ctx),
                })
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
    let (Some(date_a), Some(date_b)) = (day_of(a, ctx), day_of(b, ctx)) else {
        return false;
    };
    let (Some(value_a), Some(value_b)) = (figure(a), figure(b)) else {
        return false;
    };
    date_a == date_b
        || (date_a > date_b && value_a > value_b)
        || (date_a < date_b && value_a < value_b)
}

/// The day a figure holds on: for a level its text dates ("on Monday the toll stood
/// at 28" in an article of Saturday), that day; else its article's publication (a
/// time in the clause of "the quake on Monday killed 5,000" may date the event, not
/// the count).
fn day_of(fact: &Fact, ctx: &Context<'_>) -> Option<NaiveDate> {
    level_day(fact).or_else(|| ctx.corpus.get(fact.doc)?.published.map(|(date, _)| date))
}

/// The day the text dates a level to ("on Monday the toll stood at 28"), if it does.
fn level_day(fact: &Fact) -> Option<NaiveDate> {
    fact.frame
        .as_ref()
        .and_then(|f| f.as_of)
        .filter(|a| a.from == AsOfOrigin::Level)
        .map(|a| a.start)
}

/// The days, in order, of the revisions of the count of a group's figures.
fn revision_days(by_day: &[Dated], ctx: &Context<'_>) -> Vec<NaiveDate> {
    let revisions = ctx.revisions();
    if revisions.is_empty() {
        return Vec::new();
    }
    let Some(sample) = by_day.first().and_then(|d| ctx.facts.get(d.index)) else {
        return Vec::new();
    };
    let Some(own) = sample.frame.as_deref() else {
        return Vec::new();
    };
    let class = own.measure.as_ref().map(|m| m.class.as_str());
    let mut days: Vec<NaiveDate> = revisions
        .iter()
        .filter_map(|&i| ctx.facts.get(i))
        .filter(|r| {
            let Some(theirs) = r.frame.as_deref() else {
                return false;
            };
            theirs.measure.as_ref().map(|m| m.class.as_str()) == class
                && (theirs.scope.is_empty()
                    || own.scope.is_empty()
                    || theirs.scope.iter().any(|k| own.scope.contains(k)))
                && !super::claims::other_story(r, sample)
        })
        .filter_map(|r| day_of(r, ctx))
        .collect();
    days.sort_unstable();
    days
}

/// Whether one article's two figures are a rise its text dates: their "as of" days
/// differ, the later day's figure is the higher, and the earlier is a level the count
/// stood at or rose to that day ("stood at 28", "by Friday it had soared to 79"), not
/// the tally of that day's event ("441 were injured on Thursday", which a headline
/// of the day after restates).
fn rises_in_text(a: &Fact, b: &Fact) -> bool {
    let day = |f: &Fact| f.frame.as_ref().and_then(|fr| fr.as_of).map(|a| a.start);
    let (Some(day_a), Some(day_b)) = (day(a), day(b)) else {
        return false;
    };
    let (Some(value_a), Some(value_b)) = (figure(a), figure(b)) else {
        return false;
    };
    let earlier = match (day_a.cmp(&day_b), value_a.total_cmp(&value_b)) {
        (Ordering::Greater, Ordering::Greater) => b,
        (Ordering::Less, Ordering::Less) => a,
        _ => return false,
    };
    earlier
        .frame
        .as_ref()
        .and_then(|f| f.as_of)
        .is_some_and(|a| a.from == AsOfOrigin::Level)
}

/// Which side of its figure a bound puts the value: `Some(true)` for "more than" and
/// "at least", `Some(false)` for "fewer than" and "up to", with the figure; `None` for
/// a stated figure, a word of amount, or an approach ("nearly 5,000", which a later
/// "more than 5,000" may follow the same day).
fn side(fact: &Fact) -> Option<(bool, f64)> {
    let Value::Quantity(i) = &fact.value else {
        return None;
    };
    match fact.hedge {
        Hedge::MoreThan | Hedge::AtLeast => Some((true, i.min?)),
        Hedge::AtMost | Hedge::LessThan => Some((false, i.max?)),
        _ => None,
    }
}

/// The figure a quantity states, or the least value it allows.
fn figure(fact: &Fact) -> Option<f64> {
    match &fact.value {
        Value::Quantity(i) => i.nominal.or(i.min),
        _ => None,
    }
}

/// The least and greatest values a figure allows for comparing counts of one day: an
/// "about" figure's own ("about 170" and "about 272" the same day are 1.6 times
/// apart, though their rounding bands come within 1.5), any other's allowed values.
/// Read once per figure, in [`dated`], not for each pair held together.
fn same_day_low(d: &Dated) -> f64 {
    if d.about { d.least } else { d.low }
}

fn same_day_high(d: &Dated) -> f64 {
    if d.about { d.most } else { d.high }
}

/// Whether a figure counts an increment or a numbered period ("26 new cases", "23
/// cases in week 40"): the qualifier `new`.
fn increment(index: usize, ctx: &Context<'_>) -> bool {
    ctx.facts
        .get(index)
        .and_then(|f| f.frame.as_ref())
        .is_some_and(|f| f.qualifier.as_deref() == Some("new"))
}

/// How far apart two counts of one day may lie.
const SAME_DAY: f64 = 1.5;

/// How many earlier figures are looked at for witnesses besides the highest.
const WITNESS_SCAN: usize = 64;

/// A figure's date and the least and greatest values it allows.
#[derive(Debug, Clone, Copy)]
struct Dated {
    day: NaiveDate,
    /// Whether the day is its article's publication date, not one the text gives.
    at_publication: bool,
    least: f64,
    most: f64,
    /// The least and greatest values the text allows ("more than 3,000": no
    /// greatest).
    low: f64,
    high: f64,
    /// Whether it is an "about" figure with one value ("about 170").
    about: bool,
    index: usize,
}

fn dated(index: usize, ctx: &Context<'_>) -> Option<Dated> {
    let fact = ctx.facts.get(index)?;
    let day = day_of(fact, ctx)?;
    let Value::Quantity(i) = &fact.value else {
        return None;
    };
    // A figure as stated: a toll "more than 15,000" in one article and "more than
    // 14,000" in a later one has fallen. With no figure stated, the values allowed.
    // A ceiling ("up to 194 people at last count", "fewer than 200") sets no floor.
    let ceiling = matches!(fact.hedge, Hedge::AtMost | Hedge::LessThan);
    let (least, most) = match (i.nominal, i.min, i.max) {
        (Some(x), ..) if ceiling => (i.min.unwrap_or(0.0), x),
        (Some(x), ..) => (x, x),
        (None, min, max) => (min.unwrap_or(0.0), max.unwrap_or(f64::INFINITY)),
    };
    Some(Dated {
        day,
        at_publication: level_day(fact).is_none(),
        least,
        most,
        low: if ceiling {
            i.min.unwrap_or(0.0)
        } else {
            i.min.or(i.nominal).unwrap_or(0.0)
        },
        high: match (i.min, i.max) {
            (Some(_), None) => f64::INFINITY,
            (_, max) => max.or(i.nominal).unwrap_or(f64::INFINITY),
        },
        about: fact.hedge == Hedge::About && least == most,
        index,
    })
}

/// `agree … may grow over time`, figure by figure: a candidate contradicts the highest
/// figure of an earlier day when that lies above it beyond the tolerance (an older
/// source cannot have counted more than a newer one: the newer, lower figure is the
/// anomaly, and the finding is its). Figures of one day never contradict: either may
/// be the later count. Unlike a consensus over the whole group, a toll of Monday is
/// not held to Thursday's. `None` when a figure has no date (the caller then compares
/// the figures as they stand).
pub(super) fn check(
    rule: &RuleDecl,
    reference: &Group,
    candidates: &Group,
    ctx: &Context<'_>,
) -> Option<Vec<Conflict>> {
    // Words of amount ("thousands") are compared as they stand, not over time.
    let stated = |i: &usize| ctx.facts.get(*i).is_some_and(|f| f.hedge != Hedge::Vague);
    let mut by_day: Vec<Dated> = reference
        .iter()
        .filter(|i| stated(i))
        .map(|&i| dated(i, ctx))
        .collect::<Option<_>>()?;
    let candidates: Vec<Dated> = candidates
        .iter()
        .filter(|i| stated(i))
        .map(|&i| dated(i, ctx))
        .collect::<Option<_>>()?;
    by_day.sort_by_key(|d| (d.day, d.index));
    // The highest least value up to each day, with the figure that holds it.
    let mut highest: Vec<(f64, usize)> = Vec::with_capacity(by_day.len());
    for (at, d) in by_day.iter().enumerate() {
        let best = highest.last().copied().filter(|&(v, _)| v >= d.least);
        highest.push(best.unwrap_or((d.least, at)));
    }
    // The highest "more than" up to each day, with the figure that holds it: a later
    // "fewer than" at or below it says the toll fell.
    let mut floor: Vec<Option<(f64, usize)>> = Vec::with_capacity(by_day.len());
    for d in &by_day {
        let own = ctx
            .facts
            .get(d.index)
            .and_then(|f| side(f))
            .filter(|&(lower, _)| lower)
            .map(|(_, at)| (at, d.index));
        let last = floor.last().copied().flatten();
        floor.push(match (last, own) {
            (Some(a), Some(b)) => Some(if b.0 > a.0 { b } else { a }),
            (a, b) => a.or(b),
        });
    }
    let apart = |low: f64, high: f64| low < high && !super::agree::close(low, high, rule.tolerance);
    // "more than 100" after "at least 109", "tops 1,000" after 1,081: one figure
    // rounded down, no fall.
    let floors = |c: &Dated, d: &Dated| {
        let (low, high) = (c.most.min(d.least), c.most.max(d.least));
        super::agree::rounded_floors(ctx, c.index, d.index, (low, high))
            || super::agree::rounded_down(ctx, c.index, d.index, (low, high))
    };
    // The days the count was revised ("the toll was revised down to 253 from 359"; a
    // revised figure is a claim of its own, compared only with revised ones): its
    // history starts again there, and figures of earlier days are not held against
    // later ones. The revision is of the same measure, and of the group's place or
    // none, in an article of the same story.
    let revisions: Vec<NaiveDate> = revision_days(&by_day, ctx);
    // Earlier counts ("the toll was earlier put at 125") hold at some moment before
    // their article's date, not at it: two of them are held together only within a
    // day, never an older day's against a newer one's.
    let earlier = by_day
        .first()
        .and_then(|d| ctx.facts.get(d.index))
        .is_some_and(|f| {
            f.frame.as_deref().and_then(|fr| fr.qualifier.as_deref()) == Some("earlier")
        });
    let is_floor = |i: usize| {
        ctx.facts
            .get(i)
            .and_then(|f| side(f))
            .is_some_and(|(lower, _)| lower)
    };
    // The group's figures by value, to tell a count another source also gives: sorted
    // only when a same-day pair asks.
    let by_value = std::cell::OnceCell::new();
    let told_twice = |d: &Dated| {
        let sorted = by_value.get_or_init(|| {
            let mut v: Vec<(f64, NaiveDate, crate::load::DocId)> = by_day
                .iter()
                .filter_map(|d| Some((d.least, d.day, ctx.facts.get(d.index)?.doc)))
                .collect();
            v.sort_by(|a, b| a.0.total_cmp(&b.0));
            v
        });
        told_elsewhere(d, sorted, ctx)
    };
    let mut out = Vec::new();
    for c in candidates {
        // A count read at its publication date may be the day before's (an article
        // written late, or a wire's copy run the next morning, gives the count it
        // had), on the first day of reporting as on the fifth: the day before is held
        // to it as its own day is, below, not as an older day.
        let since = if c.at_publication {
            c.day.pred_opt().unwrap_or(c.day)
        } else {
            c.day
        };
        let before = by_day.partition_point(|d| d.day < since);
        let start = revisions
            .iter()
            .rev()
            .find(|&&day| day <= c.day)
            .map_or(0, |&day| by_day.partition_point(|d| d.day < day));
        // The highest least value of the days looked back on, with the figure that
        // holds it.
        let top = if earlier {
            None
        } else if start == 0 {
            before.checked_sub(1).and_then(|k| highest.get(k)).copied()
        } else {
            by_day
                .get(start..before)
                .unwrap_or_default()
                .iter()
                .enumerate()
                .fold(None, |best: Option<(f64, usize)>, (k, d)| match best {
                    Some((v, _)) if v >= d.least => best,
                    _ => Some((d.least, start + k)),
                })
        };
        let mut others: Vec<usize> = Vec::new();
        // An earlier source counted more than this one allows: the highest, then the
        // latest others that did (a bounded look back: a few witnesses are enough).
        // An increment or a period's count ("26 new cases", "23 cases in week 40")
        // does not only grow: it is held to counts of its own day alone.
        if let Some((v, at)) = top.filter(|_| !increment(c.index, ctx)) {
            if apart(c.most, v) && !by_day.get(at).is_some_and(|d| floors(&c, d)) {
                others.extend(by_day.get(at).map(|d| d.index));
                let earlier = by_day.get(start..before).unwrap_or_default();
                others.extend(
                    earlier
                        .iter()
                        .rev()
                        .take(WITNESS_SCAN)
                        .filter(|d| d.index != by_day.get(at).map_or(usize::MAX, |m| m.index))
                        .filter(|d| apart(c.most, d.least) && !floors(&c, d))
                        .map(|d| d.index),
                );
            }
        }
        // The same day: a count may be hours older, but not so far below another
        // that no value either allows comes within half of the other ("more than
        // 3,000" allows 5,000; "5,000" against "8,250" does not).
        let after = by_day.partition_point(|d| d.day <= c.day);
        let mut c_told: Option<bool> = None;
        // What the candidate allows, looked up once for all the figures it is held to.
        let c_floor = is_floor(c.index);
        let c_high = same_day_high(&c);
        others.extend(
            by_day
                .get(before..after)
                .unwrap_or_default()
                .iter()
                .take(WITNESS_SCAN)
                .filter(|d| {
                    // A floor a day later is held by its figure ("has passed 500"
                    // the day after 1,081 is a fall; "more than 4,000" the day
                    // after "at least 5,400" may be the day before's count).
                    let high = if d.day < c.day && c_floor {
                        c.most
                    } else {
                        c_high
                    };
                    // Two counts another source each gives too ("13" in two
                    // articles, "22" and "23" in two others) are two stages of the
                    // day's count, each told by its own, not one source's error.
                    same_day_low(d) > high * SAME_DAY
                        && !(*c_told.get_or_insert_with(|| told_twice(&c)) && told_twice(d))
                })
                .map(|d| d.index),
        );
        // Bounds that face each other across one figure: "fewer than 5,000" after or
        // beside "more than 5,000" (a toll does not fall; two counts of one day do not
        // disagree on which side of a figure it lies). As for counts, the finding is
        // the lower one's. "Nearly 5,000" is no bound.
        if let Some((false, at)) = ctx.facts.get(c.index).and_then(|f| side(f)) {
            let floor = after.checked_sub(1).and_then(|k| floor.get(k)).copied();
            others.extend(
                floor
                    .flatten()
                    .filter(|&(above, _)| above >= at)
                    .map(|(_, i)| i),
            );
            // The highest may be the article's own (compared across sources, it is
            // left out below): the latest others of other articles, too.
            let doc = ctx.facts.get(c.index).map(|f| f.doc);
            others.extend(
                by_day
                    .get(..after)
                    .unwrap_or_default()
                    .iter()
                    .rev()
                    .take(WITNESS_SCAN)
                    .filter(|d| {
                        ctx.facts.get(d.index).is_some_and(|f| {
                            Some(f.doc) != doc && side(f).is_some_and(|(lower, v)| lower && v >= at)
                        })
                    })
                    .map(|d| d.index),
            );
        }
        let mut seen = std::collections::HashSet::new();
        others.retain(|&i| seen.insert(i));
        others.retain(|&i| {
            rule.scope == Scope::WithinDocument
                || ctx.facts.get(i).map(|f| f.doc) != ctx.facts.get(c.index).map(|f| f.doc)
        });
        others.truncate(MAX_RELATED);
        if !others.is_empty() {
            out.push(Conflict {
                fact: c.index,
                others,
                extra: Vec::new(),
            });
        }
    }
    Some(out)
}

/// How far apart two sources' counts may lie and still be the same count told twice.
const TOLD_TWICE: f64 = 0.05;

/// How many days apart two sources may give the same count told twice.
const TOLD_TWICE_DAYS: i64 = 1;

/// Whether another article gives the same count within a day of this one (within
/// [`TOLD_TWICE`] of the larger of the two, which the window of values says): a stage
/// of a growing count that two sources report, not a slip of one. `by_value` is the
/// group's (least value, day, article), sorted by value; the look is bounded by
/// [`WITNESS_SCAN`].
fn told_elsewhere(
    d: &Dated,
    by_value: &[(f64, NaiveDate, crate::load::DocId)],
    ctx: &Context<'_>,
) -> bool {
    let Some(doc) = ctx.facts.get(d.index).map(|f| f.doc) else {
        return false;
    };
    let low = d.least * (1.0 - TOLD_TWICE);
    let high = d.least / (1.0 - TOLD_TWICE);
    let from = by_value.partition_point(|v| v.0 < low);
    by_value
        .get(from..)
        .unwrap_or_default()
        .iter()
        .take_while(|v| v.0 <= high)
        .take(WITNESS_SCAN)
        .any(|v| v.2 != doc && (v.1 - d.day).num_days().abs() <= TOLD_TWICE_DAYS)
}
