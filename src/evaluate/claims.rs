//! `group by frame`: facts are one claim when their claim frames match, whatever
//! words their sentences use.
//!
//! Two figures are one claim when they measure the same class ("deaths"), with the same
//! status ("reported", "projected") and qualifier ("exercise", "rate"), and their
//! scopes agree: the same entities, or one gives none ("the death toll passed 5,000"
//! is the toll of the whole story; "1,602 on the Syrian side" is not the toll "in
//! Turkey and Syria"). With `as of within N days`, their "as of" times
//! must also lie within N days of each other ("50 deaths in 2020" is not this week's
//! toll). A figure whose measure is only a head lemma, or that is part of a total
//! ("including 1,602"), is no claim: weak frames say nothing.
//!
//! Two times are one claim when they date the same event class (planned or held; an event expected on a day is no event held) and
//! the same phase of it: its end, or its start (for an event that lasts days, such as
//! an exercise: "the drills began on Friday" and "until Thursday" are two claims; for
//! another, its start is its date: "talks began on Monday", "talks on Monday"),
//! and their participants (lifted from cities to countries) are the same or share at
//! least two: "talks on Moscow's security concerns" (Russia, NATO) and "a week of talks
//! in Geneva, Brussels and Vienna" (Russia, NATO, …). A time of an article that names
//! no place at all (neither its sentence nor its article) is the story's: it joins
//! the unnamed events of its class, whoever takes part. A numbered day of an event
//! ("the sixth day of protests") is one claim only with the same numbered day. Only
//! times given to the day or week, not approximate and not a bound ("since 2014"),
//! date an event.
//!
//! Across sources, a figure with an empty scope is of its article's countries: it
//! joins the scope of just those, else the broadest scope of its class (most
//! countries) that names one of them, never a part. Within one
//! article, figures are one claim only with the very same scope (a toll without a place
//! beside one with a place is a part or an earlier figure). A time may sit in several
//! groups (participants overlap); the caller keeps one conflict per fact.

use rustc_hash::{FxHashMap as HashMap, FxHashSet};

use chrono::NaiveDate;

use super::Context;
use super::group::Group;
use crate::extract::frame::{self, AsOfOrigin, Frame, Phase, Status, entities};
use crate::extract::{Fact, FactKind, Granularity, Hedge, TimeValue, Value};
use crate::load::DocId;
use crate::parse::ast::{GroupKey, RuleDecl, Scope};

/// What facts of one claim share exactly. Its words are borrowed from the facts'
/// frames: a bucket's key is made for every fact a rule selects.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct Base<'f> {
    doc: Option<DocId>,
    attribution: Option<String>,
    kind: FactKind,
    class: &'f str,
    /// For a figure, what its measure is of, when its own phrase names it ("length of"
    /// a contract): a contract's length and a ban's are two claims.
    of: Option<&'f str>,
    /// For a figure of a measure keyed by its event's class (a length of time), that
    /// class: the length of talks and that of a fire are two claims.
    event: Option<&'f str>,
    /// A time's phase: an event's start and its end are two claims.
    phase: Option<Phase>,
    status: Status,
    qualifier: Option<&'f str>,
}

/// The frame of a fact that can be one claim with others, if any.
fn strong(fact: &Fact) -> Option<&Frame> {
    let frame = fact.frame.as_deref()?;
    match fact.kind {
        FactKind::Quantity => {
            let known = frame.measure.as_ref().is_some_and(|m| m.known);
            // A part of a total, some of a crew ("Eight crew members left"), one of
            // several events that followed another, a threshold ("magnitudes 4.0 and
            // higher"), a queue ("140 vessels are waiting"), a count of seats not yet
            // complete ("with 545 results declared"): no claim of their own.
            let weak = matches!(
                frame.qualifier.as_deref(),
                Some("part" | "some" | "later" | "threshold" | "queue" | "partial")
            );
            (known && !weak).then_some(frame)
        }
        FactKind::Time => {
            let known = frame.event.as_ref().is_some_and(|m| m.known);
            let dated = matches!(
                &fact.value,
                Value::Time(TimeValue::Resolved { granularity: Granularity::Day | Granularity::Week, approximate: false, start, .. })
                    if *start != NaiveDate::MIN
            );
            (known && dated && frame.qualifier.is_none()).then_some(frame)
        }
        FactKind::Name | FactKind::Duration => None,
    }
}

/// Whose or where a fact is, as claims are told apart: a figure's scope; a time's
/// participants (lifted to their countries) and its event's own name, if any. Borrowed
/// from the fact's frame and the entity lexicon.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
struct Place<'f> {
    /// The event's own name ("nora" of "Hurricane Nora"); for a figure that measures an
    /// event (a magnitude), the event's day, if known.
    name: Option<&'f str>,
    /// Entity keys, sorted.
    keys: Vec<&'f str>,
    /// For a time, the kind its event's word names within its class ("referendum",
    /// "election"): two kinds are two events.
    kind: Option<&'static str>,
}

impl Place<'_> {
    /// Whether it says nothing of whose or where (a figure that joins the broadest).
    fn is_empty(&self) -> bool {
        self.keys.is_empty() && self.name.is_none()
    }
}

/// A time's place: its participants, lifted to their countries, sorted, and its
/// event's name.
fn participants(frame: &Frame) -> Place<'_> {
    let e = &*entities::LEXICON;
    // A time whose sentence names no one is the story's: the countries its article
    // names.
    let name = frame.event.as_ref().and_then(|h| h.name.as_deref());
    let named: &[String] = if frame.scope.is_empty() && name.is_none() {
        &frame.article
    } else {
        &frame.scope
    };
    let mut keys: Vec<&str> = named.iter().map(|s| e.country_key(s)).collect();
    keys.sort();
    keys.dedup();
    let kind = frame.event.as_ref().and_then(|h| event_kind(&h.word));
    Place { name, keys, kind }
}

/// How many event words [`event_kind`] keeps before it starts afresh: the words of
/// news events are few, and a hostile text's many keep the table small.
const KINDS_KEPT: usize = 1024;

thread_local! {
    /// [`frame::event_kind`] of the event words met so far.
    static KINDS: std::cell::RefCell<HashMap<String, Option<&'static str>>> =
        std::cell::RefCell::new(HashMap::default());
}

/// [`frame::event_kind`], looked up once per event word: a time's place is made for
/// every time a rule buckets with another, and its kind lemmatises its word anew.
fn event_kind(word: &str) -> Option<&'static str> {
    KINDS.with(|kinds| {
        let mut kinds = kinds.borrow_mut();
        if let Some(&kind) = kinds.get(word) {
            return kind;
        }
        if kinds.len() >= KINDS_KEPT {
            kinds.clear();
        }
        let kind = frame::event_kind(word);
        kinds.insert(word.to_owned(), kind);
        kind
    })
}

/// Whether two places name one claim (see the module documentation).
fn compatible(kind: FactKind, a: &Place, b: &Place) -> bool {
    match kind {
        FactKind::Time => {
            // A referendum and an election are two events, whoever holds them.
            if let (Some(x), Some(y)) = (a.kind, b.kind) {
                if x != y {
                    return false;
                }
            }
            // Two named events of a class are one event only under one name; else
            // their participants decide.
            if let (Some(x), Some(y)) = (&a.name, &b.name) {
                return x == y;
            }
            let named = a.name.is_some() || b.name.is_some();
            // A numbered day ("the sixth day of protests") is no unnumbered one.
            if [&a.name, &b.name]
                .into_iter()
                .flatten()
                .any(|n| frame::numbers_a_day(n))
            {
                return false;
            }
            let (a, b) = (&a.keys, &b.keys);
            // An article that names no place tells of the story's event.
            if (a.is_empty() || b.is_empty()) && !named {
                return true;
            }
            let shared = a.iter().filter(|x| b.contains(x)).count();
            // The same participants, two of them in common, or, between events of no
            // name, all of the one's among the other's ("the quake in Turkey" and "the
            // quake in Turkey and Syria").
            !a.is_empty()
                && !b.is_empty()
                && (a == b || shared >= 2 || (!named && shared == a.len().min(b.len())))
        }
        _ => a == b,
    }
}

/// A figure with no scope that restates a figure of its article with one (the same
/// stated value, not a bound, the same "as of") takes that scope: "the death toll has
/// grown to 54 in the county" and, a paragraph later, "'Our death toll is at 54,' the
/// sheriff said" are one claim, not a county's toll and the whole story's. Only when the
/// article's figures of that value give a single scope.
fn restated(bucket: &mut [(usize, Place<'_>)], ctx: &Context<'_>) {
    // A stated figure: its document, value and "as of".
    let stated = |index: usize| {
        let fact = ctx.facts.get(index)?;
        let Value::Quantity(v) = &fact.value else {
            return None;
        };
        let exact = v.min.is_some() && v.max.is_some() && fact.hedge != Hedge::Vague;
        let as_of = fact.frame.as_ref()?.as_of.map(|a| a.start);
        exact.then_some((fact.doc, v.nominal?.to_bits(), as_of))
    };
    if !bucket.iter().any(|(_, s)| s.is_empty()) {
        return;
    }
    // Each stated figure's single scope, as its place in `bucket` (the bucket is not
    // copied: only the scopes taken are cloned).
    let mut scoped: HashMap<(DocId, u64, Option<NaiveDate>), Option<usize>> = HashMap::default();
    for (at, (index, scope)) in bucket.iter().enumerate() {
        if scope.is_empty() {
            continue;
        }
        if let Some(key) = stated(*index) {
            scoped
                .entry(key)
                .and_modify(|seen| {
                    let same = seen
                        .and_then(|s| bucket.get(s))
                        .is_some_and(|(_, s)| s == scope);
                    if !same {
                        *seen = None;
                    }
                })
                .or_insert(Some(at));
        }
    }
    let taken: Vec<(usize, Place<'_>)> = bucket
        .iter()
        .enumerate()
        .filter(|(_, (_, s))| s.is_empty())
        .filter_map(|(at, (index, _))| {
            let target = (*scoped.get(&stated(*index)?)?)?;
            Some((at, bucket.get(target)?.1.clone()))
        })
        .collect();
    for (at, place) in taken {
        if let Some((_, scope)) = bucket.get_mut(at) {
            *scope = place;
        }
    }
}

/// The scope each figure without one joins, across sources, among the figures of its
/// time (as of within `days` of each other): the scope of just its article's countries;
/// else the broadest of its class (most countries, then most often given) that names
/// one of them; else the broadest. So a toll of a quake in one country does not join a
/// flood's toll in another reported the same week, nor last year's storm's. Keys are
/// positions in `bucket`.
fn joins<'f>(
    bucket: &[(usize, Place<'f>)],
    days: Option<u32>,
    ctx: &Context<'_>,
) -> HashMap<usize, Place<'f>> {
    let e = &*entities::LEXICON;
    let mut out = HashMap::default();
    // Nothing to join, or nothing to join to: no clustering by time.
    let unscoped = bucket.iter().any(|(_, s)| s.is_empty());
    let scoped = bucket.iter().any(|(_, s)| !s.is_empty());
    if !(unscoped && scoped) {
        return out;
    }
    let position: HashMap<usize, usize> = bucket
        .iter()
        .enumerate()
        .map(|(at, &(index, _))| (index, at))
        .collect();
    let all: Group = bucket.iter().map(|&(index, _)| index).collect();
    for cluster in by_as_of(all, days, ctx) {
        let at: Vec<usize> = cluster
            .iter()
            .filter_map(|i| position.get(i).copied())
            .collect();
        // Each scope of the cluster once: its countries and how often it is given.
        let mut given: HashMap<&Place<'f>, usize> = HashMap::default();
        for &p in &at {
            if let Some((_, scope)) = bucket.get(p).filter(|(_, s)| !s.is_empty()) {
                *given.entry(scope).or_default() += 1;
            }
        }
        let mut scopes: Vec<(&Place<'f>, Vec<&str>, usize, usize)> = given
            .into_iter()
            .map(|(scope, often)| {
                let mut countries: Vec<&str> =
                    scope.keys.iter().map(|s| e.country_key(s)).collect();
                countries.sort_unstable();
                countries.dedup();
                // Places read as written ("Pine County", "Kandra") are no countries:
                // two of them are no broader than one country.
                let known = countries.iter().filter(|c| e.knows(c)).count();
                (scope, countries, known, often)
            })
            .collect();
        // Most known countries, then most places, then most often, then the scope
        // itself: the same choice whatever the order of the hash map.
        scopes.sort_by(|a, b| {
            (b.2, b.1.len(), b.3)
                .cmp(&(a.2, a.1.len(), a.3))
                .then_with(|| a.0.cmp(b.0))
        });
        let mut chosen: HashMap<&[String], Option<&Place<'f>>> = HashMap::default();
        for &p in &at {
            let Some((index, scope)) = bucket.get(p) else {
                continue;
            };
            if !scope.is_empty() {
                continue;
            }
            let article: &[String] = ctx
                .facts
                .get(*index)
                .and_then(|f| f.frame.as_deref())
                .map_or(&[], |f| &*f.article);
            // The scope of just its article's countries (a toll in an article that
            // names only Mozambique is Mozambique's, not the toll of Mozambique and
            // Zimbabwe); failing one, the broadest that names one of them; failing
            // that, the broadest of its time (a pair of facts of articles about other
            // countries is then dropped, see `other_story`).
            let named = |c: &str| article.iter().any(|a| e.country_key(a) == c);
            let target = *chosen.entry(article).or_insert_with(|| {
                scopes
                    .iter()
                    .find(|(_, countries, known, _)| {
                        *known > 0
                            && countries.iter().all(|c| !e.knows(c) || named(c))
                            && article
                                .iter()
                                .all(|a| countries.contains(&e.country_key(a)))
                    })
                    .or_else(|| {
                        scopes
                            .iter()
                            .find(|(_, countries, ..)| countries.iter().any(|c| named(c)))
                    })
                    .or(scopes.first())
                    .map(|(scope, ..)| *scope)
            });
            if let Some(target) = target {
                out.insert(p, target.clone());
            }
        }
    }
    out
}

/// A strong fact's place: a time's participants, a figure's scope and its event's name.
fn place<'f>(fact: &Fact, frame: &'f Frame) -> Place<'f> {
    match fact.kind {
        FactKind::Time => participants(frame),
        _ => Place {
            name: frame.event.as_ref().and_then(|e| e.name.as_deref()),
            keys: frame.scope.iter().map(String::as_str).collect(),
            kind: None,
        },
    }
}

/// Splits `members` into claims (see the module documentation).
pub(super) fn split(rule: &RuleDecl, members: &[usize], ctx: &Context<'_>) -> Vec<Group> {
    // A bucket holds its members' indices; their places are read only for a bucket of
    // two or more, the only one that can make a claim of two facts (most of an
    // article's buckets hold one figure or one date). So one member makes no claim.
    if members.len() < 2 {
        return Vec::new();
    }
    // Each base's place in `buckets`, in the order bases are first met.
    let mut place_of: HashMap<Base<'_>, usize> = HashMap::default();
    let mut buckets: Vec<(FactKind, Vec<usize>)> = Vec::new();
    for &index in members {
        let Some(fact) = ctx.facts.get(index) else {
            continue;
        };
        let Some(frame) = strong(fact) else { continue };
        let Some(head) = frame.measure.as_ref().or(frame.event.as_ref()) else {
            continue;
        };
        let base = Base {
            doc: (rule.scope == Scope::WithinDocument).then_some(fact.doc),
            attribution: rule
                .group_by
                .contains(&GroupKey::Attribution)
                .then(|| fact.attribution.as_ref().map(|a| a.who.to_lowercase()))
                .flatten(),
            kind: fact.kind,
            class: &head.class,
            of: frame
                .measure
                .as_ref()
                .filter(|_| fact.kind == FactKind::Quantity)
                .and_then(|m| m.name.as_deref()),
            event: frame
                .measure
                .as_ref()
                .filter(|m| frame::keyed_by_event_class(&m.class))
                .and(frame.event.as_ref())
                .map(|e| e.class.as_str()),
            // The start of an event that does not last days is its date.
            phase: frame
                .phase
                .filter(|&p| p == Phase::End || frame::lasting(&head.class)),
            // An event planned and the event held are one event (one expected is
            // not, see below); a figure projected
            // and a figure reported are not one claim. The planned size of an exercise
            // ("will involve 200,000 troops") is its size ("involves 200,000").
            status: match fact.kind {
                FactKind::Quantity
                    if frame.status == Status::Planned
                        && frame.qualifier.as_deref() == Some("exercise") =>
                {
                    Status::Reported
                }
                FactKind::Quantity => frame.status,
                // An event expected on a day is not yet the event held: "the landing is
                // expected on August 23" and "landed on August 23" are two claims (a
                // mission may be late), while "will meet on Monday" is the meeting.
                _ if frame.status == Status::Projected => Status::Projected,
                _ => Status::Reported,
            },
            qualifier: frame.qualifier.as_deref(),
        };
        match place_of.get(&base).and_then(|&at| buckets.get_mut(at)) {
            Some((_, bucket)) => bucket.push(index),
            None => {
                place_of.insert(base, buckets.len());
                buckets.push((fact.kind, vec![index]));
            }
        }
    }
    let mut groups: Vec<Group> = Vec::new();
    // The groups made so far, so that one is not made twice (a set, not a search of
    // `groups`: an archive makes tens of thousands).
    let mut seen: FxHashSet<Group> = FxHashSet::default();
    for (kind, members) in buckets {
        if members.len() < 2 {
            continue;
        }
        let mut bucket: Vec<(usize, Place<'_>)> = members
            .into_iter()
            .filter_map(|index| {
                let fact = ctx.facts.get(index)?;
                Some((index, place(fact, strong(fact)?)))
            })
            .collect();
        let within = rule.scope == Scope::WithinDocument;
        if kind == FactKind::Quantity {
            restated(&mut bucket, ctx);
        }
        let mut scopes: Vec<&Place<'_>> = bucket
            .iter()
            .map(|(_, s)| s)
            .filter(|s| !s.is_empty() || kind == FactKind::Time || within)
            .collect();
        scopes.sort();
        scopes.dedup();
        // A figure with no scope is taken for the story's whole claim: the broadest
        // scope of its class, not a part (see `joins`).
        let joined = if kind == FactKind::Quantity && !within {
            joins(&bucket, rule.as_of_within, ctx)
        } else {
            HashMap::default()
        };
        let mut joining: HashMap<&Place<'_>, Vec<usize>> = HashMap::default();
        for (&at, target) in &joined {
            joining.entry(target).or_default().push(at);
        }
        let everything = Place::default();
        // Figures with no scope that join none (no scope given in their time, none of
        // their article's countries): one claim of their own, which the times then cut.
        let unjoined = kind == FactKind::Quantity
            && !within
            && bucket
                .iter()
                .enumerate()
                .any(|(at, (_, s))| s.is_empty() && !joined.contains_key(&at));
        if scopes.is_empty() || (unjoined && !scopes.contains(&&everything)) {
            scopes.push(&everything);
        }
        // Each figure's place in the bucket, by scope: a figure's group is looked up,
        // not searched for, so a large bucket with many scopes stays linear.
        let mut by_scope: HashMap<&Place<'_>, Vec<usize>> = HashMap::default();
        for (at, (_, s)) in bucket.iter().enumerate() {
            by_scope.entry(s).or_default().push(at);
        }
        // A time of an event with no name that could be either of two named events of
        // its class ("Saturday's quake" where a magnitude 6.5 and a 7.3 quake struck)
        // joins neither's claim; it stays in the claims of events with no name.
        let ambiguous: FxHashSet<&Place<'_>> = if kind == FactKind::Time {
            let named: Vec<&Place<'_>> = by_scope
                .keys()
                .filter(|s| s.name.is_some())
                .copied()
                .collect();
            by_scope
                .keys()
                .filter(|s| s.name.is_none())
                .filter(|s| {
                    let mut names = named
                        .iter()
                        .filter(|n| compatible(kind, n, s))
                        .map(|n| n.name);
                    names.next().is_some_and(|first| names.any(|n| n != first))
                })
                .copied()
                .collect()
        } else {
            FxHashSet::default()
        };
        for scope in scopes {
            let places: Vec<usize> = if kind == FactKind::Time {
                // Compared scope by distinct scope, then expanded to their figures.
                let mut places: Vec<usize> = by_scope
                    .iter()
                    .filter(|(s, _)| {
                        compatible(kind, s, scope)
                            && !(scope.name.is_some() && ambiguous.contains(*s))
                    })
                    .flat_map(|(_, at)| at.iter().copied())
                    .collect();
                places.sort_unstable();
                places
            } else {
                // Within one article a figure without a place beside one with a place
                // is a part or an earlier figure: one claim only with the very same
                // scope. Across sources, a figure with no scope joins the broadest.
                let mut places = by_scope.get(scope).cloned().unwrap_or_default();
                if scope.is_empty() {
                    places.retain(|at| !joined.contains_key(at));
                } else {
                    places.extend(joining.get(scope).into_iter().flatten());
                    places.sort_unstable();
                }
                places
            };
            let group: Group = places
                .into_iter()
                .filter_map(|at| bucket.get(at).map(|&(i, _)| i))
                .collect();
            for part in by_as_of(group, rule.as_of_within, ctx) {
                if part.len() > 1 && seen.insert(part.clone()) {
                    groups.push(part);
                }
            }
        }
    }
    groups
}

/// The measure class of an earthquake's magnitude.
const MAGNITUDE: &str = "magnitude";

/// How far apart two magnitudes are to be two quakes' (agencies and revisions differ
/// by at most three tenths on one quake: 7.8 and 7.9, the JMA's 6.5 and the USGS's
/// 6.2). The day a magnitude's quake is read to be is no proof of one quake: a
/// foreshock, the main shock and its aftershocks strike within hours, and a sentence
/// that names two of them dates both with one day.
const MAGNITUDES_APART: f64 = 0.4;

/// The largest magnitude ever recorded (Valdivia, 1960), rounded up: a figure above it
/// is misread.
const LARGEST_MAGNITUDE: f64 = 9.6;

/// Whether two figures lie too far apart to be one claim misreported: the figures as
/// stated, or else neither interval, come within a factor of 3 of each other ("12 deaths in Pine County" and "about 100
/// across Florida" are a part and a whole the frame could not tell apart; a misread
/// or outdated figure is rarely off by so much). Such a match is weak: it says nothing.
/// Vague amounts ("dozens", "thousands") are never far apart.
pub(super) fn far_apart(a: &Fact, b: &Fact) -> bool {
    let (Value::Quantity(x), Value::Quantity(y)) = (&a.value, &b.value) else {
        return false;
    };
    // "Dozens" against "more than 400" is no part and whole: words of amount are
    // compared as they stand.
    if a.hedge == Hedge::Vague || b.hedge == Hedge::Vague {
        return false;
    }
    // A magnitude 4.2 and a 6.4, a 6.4 and a 7.1: an aftershock and its main shock,
    // told apart by more than the tenths sources differ by on one quake. One beyond
    // the largest ever recorded is a misreading, never another quake.
    let magnitude = |f: &Fact| {
        f.frame
            .as_ref()
            .and_then(|fr| fr.measure.as_ref())
            .is_some_and(|m| m.class == MAGNITUDE)
    };
    if magnitude(a) && magnitude(b) {
        if let (Some(p), Some(q)) = (x.nominal, y.nominal) {
            // Allowing for binary fractions as a rule's tolerance does (6.5 - 6.1).
            let gap = (p - q).abs() + super::agree::slack(0.0, p.max(q));
            return gap >= MAGNITUDES_APART && p.max(q) <= LARGEST_MAGNITUDE;
        }
    }
    // "At least 17" on one mountain and 758 across the country: the figures as
    // stated, bounds or not, a part and a whole.
    if let (Some(a), Some(b)) = (x.nominal, y.nominal) {
        let (low, high) = if a < b { (a, b) } else { (b, a) };
        if low > 0.0 && high / low > 3.0 {
            return true;
        }
    }
    let (low, high) = match (x.max, y.min, y.max, x.min) {
        (Some(x_max), Some(y_min), _, _) if x_max < y_min => (x_max, y_min),
        (_, _, Some(y_max), Some(x_min)) if y_max < x_min => (y_max, x_min),
        _ => return false,
    };
    low > 0.0 && high / low > 3.0
}

/// Whether two facts belong to different stories: one has no scope of its own and
/// the countries of the other (its scope, or its article's) are none its article
/// names.
pub(super) fn other_story(a: &Fact, b: &Fact) -> bool {
    let e = &*entities::LEXICON;
    let countries = |f: &Fact| -> Option<(Vec<String>, bool)> {
        let frame = f.frame.as_ref()?;
        if frame.scope.is_empty() {
            Some((frame.article.to_vec(), true))
        } else {
            let c = frame
                .scope
                .iter()
                .map(|s| e.country_key(s).to_owned())
                .collect();
            Some((c, false))
        }
    };
    let (Some((ca, a_article)), Some((cb, b_article))) = (countries(a), countries(b)) else {
        return false;
    };
    if !a_article && !b_article {
        return false;
    }
    // An article naming no country at all says nothing either way.
    if ca.is_empty() || cb.is_empty() {
        return false;
    }
    !ca.iter().any(|c| cb.contains(c))
}

/// A group cut where the "as of" times of its figures lie more than `days` apart
/// (single linkage over the times in order); unchanged without a bound.
/// The days from which a period a text names as a figure's time is a month or longer.
const COARSE_DAYS: i64 = 28;

fn by_as_of(group: Group, days: Option<u32>, ctx: &Context<'_>) -> Vec<Group> {
    let Some(days) = days else {
        return vec![group];
    };
    // A figure holds at its "as of"; a date is read at its article's publication.
    // With whether it is the publication's.
    let as_of = |i: usize| {
        let fact = ctx.facts.get(i)?;
        match fact.kind {
            FactKind::Quantity => fact
                .frame
                .as_ref()
                .and_then(|f| f.as_of)
                .map(|a| (a.start, a.end, a.from == AsOfOrigin::Published)),
            _ => {
                let (date, _) = ctx.corpus.get(fact.doc)?.published?;
                Some((date, date.succ_opt()?, true))
            }
        }
    };
    // Each dated fact with its place in `group` (after the index, which tells any two
    // apart: the place never decides the order, and fits where the tuple pads).
    let mut dated: Vec<(NaiveDate, NaiveDate, usize, bool, usize)> =
        Vec::with_capacity(group.len());
    let mut undated = false;
    for (at, &i) in group.iter().enumerate() {
        match as_of(i) {
            Some((start, end, published)) => dated.push((start, end, i, published, at)),
            None => undated = true,
        }
    }
    // No two alike (each holds its fact's index): the unstable sort gives the order
    // the stable one would.
    dated.sort_unstable();
    // Each fact's cut, by its place in `group` (`usize::MAX`: undated), and each cut's
    // size: the cuts are then filled in `group`'s order, not sorted one by one.
    let mut cut_of: Vec<usize> = vec![usize::MAX; group.len()];
    let mut sizes: Vec<usize> = Vec::new();
    let mut reach: Option<NaiveDate> = None;
    // Whether a figure that reaches as far as `reach` is read at its publication.
    let mut reach_published = false;
    // Whether it is a month or longer the text names.
    let mut reach_coarse = false;
    // The end of the first figure of the group, and whether it is read at its
    // publication: with no day apart allowed (counts that rise and fall by the day:
    // the missing, those without power), a group holds one day and, for a figure read
    // at its publication, the day before, never a chain of days ("605 missing" on
    // Thursday, 563 on Friday, 475 on Saturday are three counts, not one falling).
    let mut first: Option<(NaiveDate, bool)> = None;
    for (start, end, _, published, at) in dated {
        // `reach` is the day after the latest so far: a figure within `days` of it
        // joins, and so does one a day further when either of the two is read at its
        // publication (an article may give yesterday's count, a headline the count
        // its text dates to the day before). Two counts the text itself dates to
        // days that far apart are counts of those days.
        // A month or a year the text itself names ("in 2011", "in September") is a
        // period of its own: a figure of the next one ("in 2012") is no later count of
        // it, however close their ends lie; only figures within it join it.
        let coarse = !published && (end - start).num_days() >= COARSE_DAYS;
        let gap = reach.map(|r| (start - r).num_days());
        let joins = gap.is_some_and(|g| {
            let apart = g >= 0 && (coarse || reach_coarse);
            !apart
                && (g < i64::from(days) || (g == i64::from(days) && (published || reach_published)))
        }) && (days > 0
            || first.is_some_and(|(first_end, first_published)| {
                start < first_end || (start == first_end && (published || first_published))
            }));
        match sizes.last_mut() {
            Some(size) if joins => *size += 1,
            _ => {
                sizes.push(1);
                first = Some((end, published));
            }
        }
        if let Some(cut) = cut_of.get_mut(at) {
            *cut = sizes.len() - 1;
        }
        match reach {
            Some(r) if r > end => {}
            Some(r) if r == end => {
                reach_published |= published;
                reach_coarse |= coarse;
            }
            _ => (reach_published, reach_coarse) = (published, coarse),
        }
        reach = Some(reach.map_or(end, |r| r.max(end)));
    }
    let sorted = group.is_sorted();
    // One cut (the common case): `group` itself.
    if sorted && sizes.len() + usize::from(undated) == 1 {
        return vec![group];
    }
    // Figures with no time at all (no publication date): their own group, the last.
    let undated_cut = sizes.len();
    let mut out: Vec<Group> = sizes.iter().map(|&n| Vec::with_capacity(n)).collect();
    if undated {
        out.push(Vec::new());
    }
    for (&i, &cut) in group.iter().zip(&cut_of) {
        let cut = if cut == usize::MAX { undated_cut } else { cut };
        if let Some(g) = out.get_mut(cut) {
            g.push(i);
        }
    }
    // Corpus order within each group, as the checks expect: `group`'s own, when it
    // is in that order (as the callers give it).
    if !sorted {
        for g in &mut out {
            g.sort_unstable();
        }
    }
    out
}
