//! Claims of a series: a story may hold two events or two figures that one frame
//! cannot tell apart (two earthquakes a few days apart, each "the quake"; the
//! magnitudes of a foreshock and of the main shock). An article that states both
//! values of one claim, each of which another article states without the other, says
//! they are two things: "Tuesday's quake came 17 days after the April 25 quake", after
//! articles that knew only the first quake and articles that tell only the second. Two
//! such values are not held against each other, across sources or within an article.
//!
//! A value only one article gives is never set apart this way: a changed figure or
//! date is still found against the others. Nor are two values that articles only ever
//! give together: an article that contradicts itself, however often it is copied, is
//! no witness of a series.

use chrono::NaiveDate;
use rustc_hash::{FxHashMap, FxHashSet};

use super::group::Group;
use super::{Conflict, Context};
use crate::extract::{Fact, Hedge, TimeValue, Value};
use crate::load::DocId;
use crate::parse::ast::RuleDecl;

/// How close two figures are to be one value of a claim (one in a hundred).
const SAME_FIGURE: f64 = 0.01;

/// How many articles must give a value for it to be one of a series.
const ATTESTED: usize = 2;

/// A value as compared here: a day's stretch, or a figure with the side of it its
/// hedge puts the value ("at least 78" and "at most 78" are two readings: a hedge
/// turned round is never another value of a series).
#[derive(Debug, Clone, Copy, PartialEq)]
enum Point {
    Days(NaiveDate, NaiveDate),
    Figure(f64, Side),
}

/// Which side of its figure a hedge puts a value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Side {
    Above,
    Below,
    Near,
}

impl Point {
    fn of(fact: &Fact) -> Option<Point> {
        match &fact.value {
            Value::Time(TimeValue::Resolved { start, end, .. }) => Some(Point::Days(*start, *end)),
            Value::Quantity(i) => {
                let side = match fact.hedge {
                    Hedge::MoreThan | Hedge::AtLeast => Side::Above,
                    Hedge::AtMost | Hedge::LessThan => Side::Below,
                    _ => Side::Near,
                };
                i.nominal
                    .or(i.min)
                    .or(i.max)
                    .map(|x| Point::Figure(x, side))
            }
            _ => None,
        }
    }

    fn same(self, other: Point) -> bool {
        match (self, other) {
            (Point::Days(a, b), Point::Days(c, d)) => a == c && b == d,
            (Point::Figure(a, x), Point::Figure(b, y)) => {
                x == y && (a - b).abs() <= SAME_FIGURE * a.abs().max(b.abs())
            }
            _ => false,
        }
    }
}

/// The claims of one rule over every article that are series: two values of each,
/// attested, that one article gives both of.
pub(super) struct Index {
    series: Vec<Series>,
    /// The series each fact sits in.
    of_fact: FxHashMap<usize, Vec<usize>>,
}

impl Index {
    /// The series among a rule's claims over every article.
    pub(super) fn new(claims: &[Group], ctx: &Context<'_>) -> Index {
        let mut series: Vec<Series> = Vec::new();
        let mut of_fact: FxHashMap<usize, Vec<usize>> = FxHashMap::default();
        for claim in claims {
            let Some(s) = Series::of(claim, ctx) else {
                continue;
            };
            for &i in claim {
                of_fact.entry(i).or_default().push(series.len());
            }
            series.push(s);
        }
        Index { series, of_fact }
    }

    /// Whether facts `a` and `b` give two values of a series.
    pub(super) fn apart(&self, a: usize, b: usize, ctx: &Context<'_>) -> bool {
        self.of_fact.get(&a).is_some_and(|own| {
            own.iter()
                .filter_map(|&s| self.series.get(s))
                .any(|s| s.apart(a, b, ctx))
        })
    }
}

/// Drops from each conflict of rule `rule` (across sources) the facts whose value is
/// another of a series with the conflict's own (see the module documentation), the
/// series read from the rule's claims `claims`; conflicts left with none go.
pub(super) fn drop_series(
    rule: &RuleDecl,
    claims: &[Group],
    found: &mut Vec<Conflict>,
    ctx: &Context<'_>,
) {
    let recurring = |i: usize| ctx.facts.get(i).is_some_and(|f| recurs(f));
    if !found.iter().any(|c| recurring(c.fact)) {
        return;
    }
    let index = ctx.series_index(rule, || Index::new(claims, ctx));
    if index.series.is_empty() {
        return;
    }
    for conflict in found.iter_mut() {
        conflict
            .others
            .retain(|&o| !index.apart(conflict.fact, o, ctx));
    }
    found.retain(|c| !c.others.is_empty());
}

/// Whether any of facts `members` is of what comes in series (see [`recurs`]).
pub(super) fn any_recur(members: &[usize], ctx: &Context<'_>) -> bool {
    members
        .iter()
        .any(|&i| ctx.facts.get(i).is_some_and(|f| recurs(f)))
}

/// Whether a fact is of what comes in series: the date of an event (quakes, storms,
/// protests recur in one story) or a quake's magnitude. Counts are not: two counts of
/// one frame that articles give apart and together are more often one count
/// misreported and copied (a wire story's figure carried by many outlets) than two
/// groups counted.
fn recurs(fact: &Fact) -> bool {
    match &fact.value {
        Value::Time(_) => true,
        _ => fact
            .frame
            .as_ref()
            .and_then(|f| f.measure.as_ref())
            .is_some_and(|m| m.class == "magnitude"),
    }
}

/// The values of one claim, each with the articles that give it; only claims where
/// one article gives two values attested elsewhere.
struct Series {
    values: Vec<Attested>,
    /// The facts of the claim.
    members: FxHashSet<usize>,
}

/// A value of a claim that two articles or more give.
struct Attested {
    point: Point,
    /// The articles that give it.
    docs: FxHashSet<DocId>,
    /// The articles that give its figure on any side ("up to 90,000", "nearly 90,000"
    /// and "90,000" are one figure here): an article gives another value *without* this
    /// one only if it gives none of these.
    figure_docs: FxHashSet<DocId>,
}

impl Point {
    /// The point with its side left out.
    fn figure(self) -> Point {
        match self {
            Point::Figure(x, _) => Point::Figure(x, Side::Near),
            days => days,
        }
    }
}

impl Series {
    fn of(claim: &[usize], ctx: &Context<'_>) -> Option<Series> {
        let mut all: Vec<(Point, FxHashSet<DocId>)> = Vec::new();
        for &i in claim {
            let Some(fact) = ctx.facts.get(i) else {
                continue;
            };
            if !recurs(fact) {
                return None;
            }
            let Some(point) = Point::of(fact) else {
                continue;
            };
            match all.iter_mut().find(|(p, _)| p.same(point)) {
                Some((_, docs)) => {
                    docs.insert(fact.doc);
                }
                None => all.push((point, std::iter::once(fact.doc).collect())),
            }
        }
        let values: Vec<Attested> = all
            .iter()
            .filter(|(_, docs)| docs.len() >= ATTESTED)
            .map(|(point, docs)| Attested {
                point: *point,
                docs: docs.clone(),
                figure_docs: all
                    .iter()
                    .filter(|(p, _)| p.figure().same(point.figure()))
                    .flat_map(|(_, d)| d.iter().copied())
                    .collect(),
            })
            .collect();
        // One article giving two of the attested values.
        let shared = values.iter().enumerate().any(|(k, a)| {
            values
                .get(k + 1..)
                .unwrap_or_default()
                .iter()
                .any(|b| a.docs.iter().any(|d| b.docs.contains(d)))
        });
        shared.then(|| Series {
            values,
            members: claim.iter().copied().collect(),
        })
    }

    /// The attested value a fact gives.
    fn value_of(&self, fact: usize, ctx: &Context<'_>) -> Option<&Attested> {
        let point = Point::of(ctx.facts.get(fact)?)?;
        self.values.iter().find(|v| v.point.same(point))
    }

    /// Whether facts `a` and `b` give two attested values of this claim that one
    /// article gives both of, and each another article without the other.
    fn apart(&self, a: usize, b: usize, ctx: &Context<'_>) -> bool {
        if !self.members.contains(&a) || !self.members.contains(&b) {
            return false;
        }
        let (Some(x), Some(y)) = (self.value_of(a, ctx), self.value_of(b, ctx)) else {
            return false;
        };
        // One value, or "at least 174" and "at most 174": a hedge turned round, never
        // two values.
        if x.point.figure().same(y.point.figure()) {
            return false;
        }
        // One article gives both, and each is given by another article without the
        // other: an article that contradicts itself, however often it is copied (a
        // wire story carried by many outlets), is no witness of a series.
        x.docs.iter().any(|d| y.docs.contains(d))
            && x.docs.iter().any(|d| !y.figure_docs.contains(d))
            && y.docs.iter().any(|d| !x.figure_docs.contains(d))
    }
}
