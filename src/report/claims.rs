//! The claims matrix: which documents state each claim, with which value, and where
//! they part. A claim is the facts of one [`ClaimKey`], computed in one place
//! ([`claim_key`]); a row holds each document's facts of that claim, and each cell is
//! marked against the row's consensus (the value most of the row's cells allow).
//! Plain data: [`super::html`] and the language server's hover write it out.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use chrono::NaiveDate;

use crate::extract::{Fact, FactKind, TimeValue, Value};
use crate::load::{Corpus, Role};

/// The measures that may grow over time, from `data/growing_measures.txt`.
static GROWING: LazyLock<Vec<String>> = LazyLock::new(|| {
    include_str!("../../data/growing_measures.txt")
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_owned)
        .collect()
});

/// What makes two facts one claim: what they measure or date, and whose it is.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ClaimKey {
    /// The kind of fact.
    pub kind: FactKind,
    /// What a figure measures ("deaths") or the event a date dates ("talks"), from
    /// the claim frame, with its qualifier and status.
    pub what: String,
    /// Whose or where: the frame's scope, entity keys joined; empty for none.
    pub scope: String,
}

impl ClaimKey {
    /// "deaths: turkey, syria", "date of talks: nato, russia".
    pub fn label(&self) -> String {
        let what = match self.kind {
            FactKind::Time => format!("date of {}", self.what),
            _ => self.what.clone(),
        };
        if self.scope.is_empty() {
            what
        } else {
            format!("{what}: {}", self.scope)
        }
    }

    /// Whether the figure may only grow as reporting goes on (a death toll).
    pub fn may_grow(&self) -> bool {
        self.kind == FactKind::Quantity && GROWING.contains(&self.what)
    }
}

/// The claim a fact states, or `None` when its frame says nothing of what it is
/// about: a figure's measure class or a date's event (with the frame's qualifier and a
/// status other than reported), and its scope's entity keys. A day a speaker said
/// something (`announcement`) is none: a party speaks on many days, and what it said is
/// dated, not one event (a count's day and a deal announced have classes of their own).
/// `doc_facts` and `text` are the fact's document's (unused by frames; kept for the
/// callers' shape).
pub fn claim_key(fact: &Fact, _doc_facts: &[Fact], _text: &str) -> Option<ClaimKey> {
    let frame = fact.frame.as_deref()?;
    let head = match fact.kind {
        FactKind::Quantity => frame.measure.as_ref()?,
        FactKind::Time => {
            if !matches!(fact.value, Value::Time(TimeValue::Resolved { .. })) {
                return None;
            }
            frame
                .event
                .as_ref()
                .filter(|e| e.class != crate::extract::frame::ANNOUNCEMENT)?
        }
        FactKind::Name | FactKind::Duration => return None,
    };
    let mut what = head.class.clone();
    // The day a count was given is one claim per count ("deaths 288").
    if head.class == crate::extract::frame::COUNT_GIVEN
        && let Some(name) = &head.name
    {
        what = format!("{what}: {name}");
    }
    // A length of time is a claim only as the length of its event ("duration of talks
    // of 2022-01-10"), as the rules key it; with no event it is none.
    if fact.kind == FactKind::Quantity && crate::extract::frame::keyed_by_event_class(&head.class) {
        let event = frame.event.as_ref()?;
        what = match &event.name {
            Some(day) => format!("{what} of {} of {day}", event.class),
            None => format!("{what} of {}", event.class),
        };
    }
    if let Some(qualifier) = &frame.qualifier {
        what = format!("{what} ({qualifier})");
    }
    if frame.status != crate::extract::frame::Status::Reported {
        what = format!("{what}, {}", frame.status);
    }
    Some(ClaimKey {
        kind: fact.kind,
        what,
        scope: frame.scope.join(", "),
    })
}

/// The values a fact allows, as numbers: a figure's interval, or a date's days
/// (counted from the common era, end exclusive).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Range {
    /// Lower bound; `None` is unbounded.
    pub min: Option<f64>,
    /// Upper bound; `None` is unbounded.
    pub max: Option<f64>,
    /// Whether `min` is allowed.
    pub min_inclusive: bool,
    /// Whether `max` is allowed.
    pub max_inclusive: bool,
}

impl Range {
    /// A fact's range, for figures and resolved dates.
    pub fn of(fact: &Fact) -> Option<Range> {
        match &fact.value {
            Value::Quantity(i) => Some(Range {
                min: i.min,
                max: i.max,
                min_inclusive: i.min_inclusive,
                max_inclusive: i.max_inclusive,
            }),
            Value::Time(TimeValue::Resolved { start, end, .. }) => Some(Range {
                min: (*start != NaiveDate::MIN)
                    .then(|| f64::from(chrono::Datelike::num_days_from_ce(start))),
                max: Some(f64::from(chrono::Datelike::num_days_from_ce(end))),
                min_inclusive: true,
                max_inclusive: false,
            }),
            _ => None,
        }
    }

    /// Whether two ranges share a value.
    pub fn overlaps(&self, other: &Range) -> bool {
        below(self.min, self.min_inclusive, other.max, other.max_inclusive)
            && below(other.min, other.min_inclusive, self.max, self.max_inclusive)
    }
}

fn below(lo: Option<f64>, lo_inc: bool, hi: Option<f64>, hi_inc: bool) -> bool {
    match (lo, hi) {
        (Some(lo), Some(hi)) => lo < hi || (lo == hi && lo_inc && hi_inc),
        _ => true,
    }
}

/// How a cell stands against its row's consensus.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    /// It allows the consensus value.
    Agrees,
    /// It does not.
    Differs,
    /// It does not, but as a figure that grew: newer and higher, or older and lower.
    Grew,
}

/// One document's facts of one claim.
#[derive(Debug, Clone)]
pub struct Cell<'f> {
    /// The facts, in text order.
    pub facts: Vec<&'f Fact>,
    /// How they stand against the consensus.
    pub mark: Mark,
}

/// One claim across the documents.
#[derive(Debug, Clone)]
pub struct Row<'f> {
    /// What makes its facts one claim.
    pub key: ClaimKey,
    /// The fact the most cells agree with.
    pub consensus: &'f Fact,
    /// One entry per column: the cell, or `None` when the document does not state it.
    pub cells: Vec<Option<Cell<'f>>>,
}

/// The claims matrix.
#[derive(Debug, Clone)]
pub struct Matrix<'f> {
    /// The documents, in column order: drafts first, then by publication date (the
    /// undated last), then by path.
    pub columns: Vec<usize>,
    /// The claims stated by at least two documents, in order of first statement.
    pub rows: Vec<Row<'f>>,
}

/// The publication date of a document.
pub fn published(corpus: &Corpus, doc: usize) -> Option<NaiveDate> {
    corpus
        .documents
        .get(doc)
        .and_then(|d| d.published.map(|(date, _)| date))
}

/// Builds the matrix from every fact of a check (by document, then position), each
/// with its document's text.
pub fn matrix<'f>(
    facts: &'f [Fact],
    corpus: &Corpus,
    texts: &dyn Fn(usize) -> &'f str,
) -> Matrix<'f> {
    let mut columns: Vec<usize> = (0..corpus.documents.len()).collect();
    columns.sort_by_key(|&d| {
        let doc = corpus.documents.get(d);
        let draft = doc.is_some_and(|d| d.meta.role == Some(Role::Draft));
        let date = published(corpus, d);
        (!draft, date.is_none(), date, doc.map(|d| d.path.clone()))
    });
    let position: BTreeMap<usize, usize> =
        columns.iter().enumerate().map(|(i, &d)| (d, i)).collect();

    // Each document's facts, to find a date's names.
    let mut by_doc: BTreeMap<usize, &'f [Fact]> = BTreeMap::new();
    let mut start = 0;
    while start < facts.len() {
        let doc = facts.get(start).map_or(0, |f| f.doc.index());
        let len = facts.get(start..).map_or(0, |rest| {
            rest.iter().take_while(|f| f.doc.index() == doc).count()
        });
        if let Some(slice) = facts.get(start..start + len) {
            by_doc.insert(doc, slice);
        }
        start += len.max(1);
    }

    let mut claims: Vec<(ClaimKey, Vec<&'f Fact>)> = Vec::new();
    let mut index: rustc_hash::FxHashMap<ClaimKey, usize> = rustc_hash::FxHashMap::default();
    // Rows in order of first statement, by column.
    let mut ordered: Vec<&'f Fact> = facts.iter().collect();
    ordered.sort_by_key(|f| (position.get(&f.doc.index()).copied(), f.span));
    for fact in ordered {
        let doc_facts = by_doc.get(&fact.doc.index()).copied().unwrap_or_default();
        if Range::of(fact).is_none() {
            continue;
        }
        let Some(key) = claim_key(fact, doc_facts, texts(fact.doc.index())) else {
            continue;
        };
        let i = *index.entry(key.clone()).or_insert_with(|| {
            claims.push((key, Vec::new()));
            claims.len() - 1
        });
        if let Some((_, list)) = claims.get_mut(i) {
            list.push(fact);
        }
    }

    join_unscoped(&mut claims, &|f: &Fact| {
        (position.get(&f.doc.index()).copied(), f.span)
    });
    let rows = claims
        .into_iter()
        .filter_map(|(key, facts)| row(key, &facts, &columns, corpus))
        .collect();
    Matrix { columns, rows }
}

/// A toll with no scope is the story's whole toll: its row joins the broadest row of
/// the same measure (most entities, then most figures), when there is one (the rules,
/// per fact, first try the scope of just its article's countries; a row is no claim
/// of theirs). Other measures (a distance, a magnitude) and
/// dates keep their rows.
fn join_unscoped<'f, K: Ord>(
    claims: &mut Vec<(ClaimKey, Vec<&'f Fact>)>,
    order: &dyn Fn(&Fact) -> K,
) {
    let mut at = 0;
    while at < claims.len() {
        let Some((key, _)) = claims.get(at) else {
            break;
        };
        if !key.may_grow() || !key.scope.is_empty() {
            at += 1;
            continue;
        }
        let broadest = claims
            .iter()
            .enumerate()
            .filter(|(_, (k, _))| k.kind == key.kind && k.what == key.what && !k.scope.is_empty())
            .max_by_key(|(_, (k, facts))| (k.scope.split(", ").count(), facts.len()))
            .map(|(i, _)| i);
        let Some(to) = broadest else {
            at += 1;
            continue;
        };
        let (_, moved) = claims.remove(at);
        let to = if to > at { to - 1 } else { to };
        if let Some((_, facts)) = claims.get_mut(to) {
            facts.extend(moved);
            facts.sort_by_key(|f| order(f));
        }
    }
}

fn row<'f>(
    key: ClaimKey,
    facts: &[&'f Fact],
    columns: &[usize],
    corpus: &Corpus,
) -> Option<Row<'f>> {
    let mut cells: Vec<Vec<&'f Fact>> = columns
        .iter()
        .map(|&d| {
            facts
                .iter()
                .copied()
                .filter(|f| f.doc.index() == d)
                .collect()
        })
        .collect();
    if cells.iter().filter(|c| !c.is_empty()).count() < 2 {
        return None;
    }
    // The consensus: the fact whose value the most documents allow.
    let agreeing = |fact: &Fact| {
        let Some(range) = Range::of(fact) else {
            return 0;
        };
        cells
            .iter()
            .filter(|c| {
                c.iter()
                    .any(|f| Range::of(f).is_some_and(|r| r.overlaps(&range)))
            })
            .count()
    };
    let mut consensus: Option<(&'f Fact, usize)> = None;
    for &fact in cells.iter().flatten() {
        let n = agreeing(fact);
        if consensus.is_none_or(|(_, best)| n > best) {
            consensus = Some((fact, n));
        }
    }
    let (consensus, _) = consensus?;
    let target = Range::of(consensus)?;
    let grows = key.may_grow();
    let cells = cells
        .iter_mut()
        .map(|c| {
            if c.is_empty() {
                return None;
            }
            let facts = std::mem::take(c);
            let agrees = facts
                .iter()
                .any(|f| Range::of(f).is_some_and(|r| r.overlaps(&target)));
            let mark = if agrees {
                Mark::Agrees
            } else if grows && facts.iter().all(|f| grew(f, consensus, corpus)) {
                Mark::Grew
            } else {
                Mark::Differs
            };
            Some(Cell { facts, mark })
        })
        .collect();
    Some(Row {
        key,
        consensus,
        cells,
    })
}

/// Whether `fact` differs from `consensus` as a rising figure does: published later
/// and higher, or earlier and lower.
fn grew(fact: &Fact, consensus: &Fact, corpus: &Corpus) -> bool {
    let (Some(a), Some(b)) = (
        published(corpus, fact.doc.index()),
        published(corpus, consensus.doc.index()),
    ) else {
        return false;
    };
    let (Some(x), Some(y)) = (Range::of(fact), Range::of(consensus)) else {
        return false;
    };
    let above = below(y.max, y.max_inclusive, x.min, x.min_inclusive);
    let under = below(x.max, x.max_inclusive, y.min, y.min_inclusive);
    (a > b && above) || (a < b && under)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn growing_measures_parse() {
        assert!(GROWING.iter().any(|w| w == "killed"));
        assert!(GROWING.iter().all(|w| w == &w.to_lowercase()));
    }

    #[test]
    fn ranges_overlap_as_intervals_do() {
        let r = |min, max| Range {
            min,
            max,
            min_inclusive: true,
            max_inclusive: false,
        };
        assert!(r(Some(1.0), Some(3.0)).overlaps(&r(Some(2.0), None)));
        assert!(!r(Some(1.0), Some(2.0)).overlaps(&r(Some(2.0), Some(3.0))));
        assert!(r(None, None).overlaps(&r(Some(5.0), Some(6.0))));
    }
}
