//! Claim frames: a document's facts in, each quantity and time given what it is about,
//! read from the structure of its clause rather than from any word of its sentence.
//!
//! For a figure ([`Frame::measure`]):
//!
//! 1. its own unit, when the unit decides ("$2 billion" → money, "40%" → share, "eight
//!    hours" → duration), or names what happened ("50 deaths" → deaths);
//! 2. the word right before it (past a determiner): "a magnitude 7.8" → magnitude,
//!    "killed 14,000 troops" → deaths; or a unit word right after it ("a 7.8 magnitude
//!    quake");
//! 3. an outcome after it and its head, past auxiliaries: "14,000 people were killed",
//!    "5,000 dead";
//! 4. a measure before it, past linking words: "the death toll rose to 5,000", "a
//!    total of 300 soldiers";
//! 5. its head noun's class ("100,000 Russian troops" → troops), else the head lemma
//!    itself (not a known class: [`Head::known`] is false).
//!
//! Its *scope* is the entities of its clause (outside the attribution), and of a
//! sentence-opening phrase ("On the Syrian side, 1,602 died"); its *as of* is a time in
//! the same clause ("50 deaths in 2020"), else the publication date; its *status* comes
//! from cue words in the clause ("could exceed" → projected); its *qualifier* marks
//! figures that are not a standing count ("in the drill" → exercise, "a day" → rate).
//!
//! A figure after "passed", "surpassed", "topped", "exceeded" is a lower bound, as
//! "more than" would make it: the hedge and interval are set here.
//!
//! For a time ([`Frame::event`]): the event word nearest to it in its clause ("talks",
//! "meet", "Monday's quake", "will fly"), its participants and place (the clause's
//! entities) and its status ("will", "plans" → planned).
//!
//! Word lists come from `data/` (see [`lexicon`]); entities from [`entities`].

pub mod entities;
pub mod lexicon;

use std::fmt;

use chrono::NaiveDate;
use serde::Serialize;

use super::{Fact, FactKind, Hedge, Interval, TimeValue, Value};
use crate::source::Span;
use crate::text::{Text, Words, lemma};
use lexicon::{LEXICON, Rank};

/// Qualifiers whose cue words count only right before a figure.
const ADJACENT_ONLY: &[&str] = &["change", "part"];

/// What a quantity or time is about.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Frame {
    /// For a figure: what it measures.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub measure: Option<Head>,
    /// For a time: the event it dates.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub event: Option<Head>,
    /// Whose or where (for a time: participants and place), as entity keys, sorted.
    pub scope: Vec<String>,
    /// When the scope is empty: the countries (and top entities) the whole article
    /// names, to tell one story's claims from another's.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub article: Vec<String>,
    /// For a figure: the time it holds at.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub as_of: Option<AsOf>,
    /// How the text presents it.
    pub status: Status,
    /// What sets a figure apart from a standing count ("exercise", "rate", "change"), or
    /// a time from a date ("bound": "since 2014", "before Monday").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub qualifier: Option<String>,
}

/// The word a frame was read from, and its class.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Head {
    /// The class ("deaths"), or the head lemma when no class is known ("vehicle").
    pub class: String,
    /// The word as written, lower-case ("death toll").
    pub word: String,
    /// Whether the class comes from the lexicon.
    pub known: bool,
    /// Where the word stands.
    pub span: Span,
}

/// The time a figure holds at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct AsOf {
    /// First day.
    pub start: NaiveDate,
    /// The day after the last.
    pub end: NaiveDate,
    /// Where it comes from.
    pub from: AsOfOrigin,
}

/// Where an "as of" time comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum AsOfOrigin {
    /// A time in the figure's clause.
    Clause,
    /// The document's publication date.
    Published,
}

/// How the text presents a claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    /// Stated as fact.
    Reported,
    /// An estimate ("an estimated", "believed").
    Estimated,
    /// A projection ("could exceed", "expected to").
    Projected,
    /// A plan ("will send", "plans to").
    Planned,
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Status::Reported => "reported",
            Status::Estimated => "estimated",
            Status::Projected => "projected",
            Status::Planned => "planned",
        })
    }
}

impl fmt::Display for Frame {
    /// "deaths · Turkey and Syria · as of 2023-02-08 · reported".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let head = self.measure.as_ref().or(self.event.as_ref());
        match head {
            Some(h) if h.known => f.write_str(&h.class)?,
            Some(h) => write!(f, "{}?", h.class)?,
            None => f.write_str("?")?,
        }
        if !self.scope.is_empty() {
            write!(f, " · {}", self.scope.join(" and "))?;
        }
        if let Some(as_of) = &self.as_of {
            if as_of.end.pred_opt() == Some(as_of.start) {
                write!(f, " · as of {}", as_of.start)?;
            } else {
                let last = as_of.end.pred_opt().unwrap_or(as_of.end);
                write!(f, " · as of {}..{last}", as_of.start)?;
            }
        }
        if self.status != Status::Reported {
            write!(f, " · {}", self.status)?;
        }
        if let Some(q) = &self.qualifier {
            write!(f, " · {q}")?;
        }
        Ok(())
    }
}

/// Gives every quantity and time of a document its frame (facts sorted by span, all
/// from `text`); `published` is the "as of" of figures whose clause names no time.
/// Figures after "passed", "topped"… become lower bounds.
pub fn annotate(text: &Text<'_>, facts: &mut [Fact], published: Option<NaiveDate>) {
    // The resolved times, for "as of": (clause, span, start, end).
    let times: Vec<(Span, Span, NaiveDate, NaiveDate)> = facts
        .iter()
        .filter_map(|f| match &f.value {
            Value::Time(TimeValue::Resolved { start, end, .. }) if *start != NaiveDate::MIN => {
                Some((f.clause, f.span, *start, *end))
            }
            _ => None,
        })
        .collect();
    let mut current: Option<(Span, Sentence<'_, '_>)> = None;
    let mut article: Option<Vec<String>> = None;
    for fact in facts.iter_mut() {
        if fact.kind == FactKind::Name {
            continue;
        }
        let sentence = match &current {
            Some((span, s)) if *span == fact.sentence => s,
            _ => {
                let s = Sentence::new(text, fact.sentence);
                &current.insert((fact.sentence, s)).1
            }
        };
        let Some(mut frame) = sentence.frame(fact, &times, published) else {
            continue;
        };
        if frame.scope.is_empty() {
            // Nothing in the sentence says whose or where: keep what the article is
            // about, to tell one story's figures from another's.
            frame.article = article.get_or_insert_with(|| countries(text)).clone();
        }
        fact.frame = Some(Box::new(frame));
    }
}

/// Whether a word names a month or weekday ("in January" is no place).
fn is_calendar(word: &str) -> bool {
    crate::text::is_calendar_word(word)
}

/// The countries an article names anywhere, as keys, sorted.
fn countries(text: &Text<'_>) -> Vec<String> {
    let e = &*entities::LEXICON;
    let mut found: Vec<usize> = Vec::new();
    for &sentence in text.sentences() {
        let words = Words::of(text, sentence);
        found.extend(
            e.find(&words, 0, words.len())
                .into_iter()
                .map(|(x, _)| e.country(x)),
        );
    }
    keys(found)
}

/// A sentence's words with their lemmas, computed once for all its facts.
struct Sentence<'t, 'a> {
    words: Words<'t, 'a>,
    lemmas: Vec<String>,
    /// Whether this sentence or the one before or after it speaks of an exercise
    /// ("held a military exercise", "the drill came after").
    exercise_near: bool,
}

impl<'t, 'a> Sentence<'t, 'a> {
    fn new(text: &'t Text<'a>, sentence: Span) -> Self {
        let words = Words::of(text, sentence);
        let lemmas = (0..words.len()).map(|i| lemma(words.w(i))).collect();
        let all = text.sentences();
        let at = all.iter().position(|s| *s == sentence).unwrap_or(0);
        let exercise_near = all
            .get(at.saturating_sub(1)..=at.saturating_add(1).min(all.len().saturating_sub(1)))
            .unwrap_or_default()
            .iter()
            .any(|&s| speaks_of_exercise(text, s));
        Self {
            words,
            lemmas,
            exercise_near,
        }
    }

    /// The lemmas from word `i` on, at most three.
    fn from(&self, i: usize) -> Vec<&str> {
        self.lemmas
            .iter()
            .skip(i)
            .take(3)
            .map(String::as_str)
            .collect()
    }

    /// All lemmas, borrowed.
    fn all(&self) -> Vec<&str> {
        self.lemmas.iter().map(String::as_str).collect()
    }

    /// The words `first..=last` a span covers, if any.
    fn cover(&self, span: Span) -> Option<(usize, usize)> {
        let first = self.words.spans.iter().position(|w| w.end > span.start)?;
        let last = self.words.spans.iter().rposition(|w| w.start < span.end)?;
        (first <= last).then_some((first, last))
    }

    /// Words `[from, to)` of a clause.
    fn range(&self, clause: Span) -> (usize, usize) {
        let from = self
            .words
            .spans
            .iter()
            .position(|w| w.start >= clause.start)
            .unwrap_or(self.words.len());
        let to = self
            .words
            .spans
            .iter()
            .rposition(|w| w.end <= clause.end)
            .map_or(from, |k| k + 1);
        (from, to.max(from))
    }

    /// A head from words `from..=to`.
    fn head(&self, from: usize, to: usize, class: &str, known: bool) -> Option<Head> {
        let span = Span::new(self.words.span(from)?.start, self.words.span(to)?.end);
        Some(Head {
            class: class.to_owned(),
            word: self.words.text.slice(span).to_lowercase(),
            known,
            span,
        })
    }

    /// The measure word starting at word `k`: its length and class.
    fn measure_at(&self, k: usize) -> Option<(usize, lexicon::Class)> {
        LEXICON.measures.at(&self.from(k)).map(|(n, c)| (n, *c))
    }

    /// The frame of one fact.
    fn frame(
        &self,
        fact: &mut Fact,
        times: &[(Span, Span, NaiveDate, NaiveDate)],
        published: Option<NaiveDate>,
    ) -> Option<Frame> {
        let (first, last) = self.cover(fact.span)?;
        let (from, to) = self.range(fact.clause);
        let status = self.status(from, to);
        let mut frame = Frame {
            measure: None,
            event: None,
            scope: Vec::new(),
            article: Vec::new(),
            as_of: None,
            status,
            qualifier: None,
        };
        match fact.kind {
            FactKind::Quantity => {
                frame.measure = self.measure(fact, first, last, from, to);
                frame.scope = self.figure_scope(fact, (first, last), (from, to));
                frame.as_of = self.as_of(fact, times, published);
                frame.qualifier = self.qualifier(first, from, to);
                self.lower_bound(fact, first, from);
            }
            FactKind::Time => {
                // The clause first; else the sentence, near the time ("a week of
                // talks in Geneva, Brussels and Vienna last week").
                frame.event = match self.verb_before(first, from) {
                    // "The toll rose on Tuesday": the time dates the verb; an event
                    // verb is the event itself ("talks began on Monday" is not, but
                    // "met on Monday" is).
                    Some(k) => l_event(self, k),
                    None => self
                        .event(first, last, (from, to), usize::MAX)
                        .or_else(|| self.event(first, last, (0, self.words.len()), 8)),
                };
                frame.scope = self.time_scope();
                if self.bounds_at(&self.all(), first) {
                    frame.qualifier = Some("bound".to_owned());
                }
            }
            FactKind::Name | FactKind::Duration => return None,
        }
        Some(frame)
    }

    /// What a figure at words `first..=last` measures (see the module documentation).
    fn measure(
        &self,
        fact: &Fact,
        first: usize,
        last: usize,
        from: usize,
        to: usize,
    ) -> Option<Head> {
        let l = &*LEXICON;
        let all = self.all();
        let unit = fact
            .unit
            .as_ref()
            .and_then(|u| self.cover(u.span))
            .filter(|&(a, _)| a > last);
        // 1. The unit, when it decides. Units the figure reader names for symbols
        // ("$", "%") stand on no word of their own: read them from the lemma.
        if let Some(u) = &fact.unit {
            let lemmas: Vec<&str> = u.lemma.split_whitespace().collect();
            if let Some((_, c)) = l.measures.at(&lemmas) {
                if matches!(c.rank, Rank::Fixed | Rank::Outcome) {
                    return Some(Head {
                        class: c.name.to_owned(),
                        word: u.lemma.clone(),
                        known: true,
                        span: u.span,
                    });
                }
            }
        }
        // 2. The word right before, past a determiner; a unit word right after.
        let mut k = first.checked_sub(1);
        if k.is_some_and(|k| self.words.is(k, &["a", "an", "the"])) {
            k = k.and_then(|k| k.checked_sub(1));
        }
        if let Some(k) = k.filter(|&k| k >= from) {
            if let Some((start, c)) = l.measures.ending_at(&all, k) {
                return self.head(start, k, c.name, true);
            }
        }
        if let Some((n, c)) = self
            .measure_at(last + 1)
            .filter(|(_, c)| c.rank == Rank::Fixed)
        {
            if last + n < to {
                return self.head(last + 1, last + n, c.name, true);
            }
        }
        // 3. An outcome after the figure and its head.
        let mut k = unit.map_or(last + 1, |(_, b)| b + 1);
        let mut skipped = 0;
        while k < to && skipped < 4 {
            if let Some((n, c)) = self.measure_at(k) {
                if c.rank == Rank::Outcome {
                    return self.head(k, k + n - 1, c.name, true);
                }
            }
            match l.after.at(&self.from(k)) {
                Some((n, ())) => {
                    k += n;
                    skipped += n;
                }
                None => break,
            }
        }
        // 4. A measure before, past linking words.
        let mut k = first;
        let mut seen = 0;
        let mut crossed = false;
        while k > from && seen < 8 {
            k -= 1;
            seen += 1;
            if let Some((start, c)) = l.measures.ending_at(&all, k) {
                if start >= from && (c.rank != Rank::Group || unit.is_none()) {
                    return self.head(start, k, c.name, true);
                }
            }
            // Linking words, and the names of a phrase between ("the death toll
            // in Turkey and Syria passed 5,000").
            let link = l.skip.ending_at(&all, k).is_some()
                || l.above.ending_at(&all, k).is_some()
                || (self.words.capitalised(k) && k > from);
            if link {
                continue;
            }
            // A prepositional phrase between the measure and its verb ("the death
            // toll from the magnitude 7.8 earthquake rose to 5,000"): past it, once.
            match self.phrase_start(k, from) {
                Some(p) if !crossed => {
                    crossed = true;
                    k = p;
                }
                _ => break,
            }
        }
        // 5. The head noun: its class, else itself.
        if let Some(u) = &fact.unit {
            if let Some((_, c)) = l.measures.at(&[u.lemma.as_str()]) {
                return Some(Head {
                    class: c.name.to_owned(),
                    word: u.lemma.clone(),
                    known: true,
                    span: u.span,
                });
            }
            return Some(Head {
                class: u.lemma.clone(),
                word: u.lemma.clone(),
                known: false,
                span: u.span,
            });
        }
        fact.counting.as_ref().map(|c| Head {
            class: lemma(&c.word),
            word: c.word.clone(),
            known: false,
            span: c.span,
        })
    }

    /// The preposition opening a phrase that ends at word `k` (at most five words
    /// back, not before word `from`), when no word between reads as a verb.
    fn phrase_start(&self, k: usize, from: usize) -> Option<usize> {
        let l = &*LEXICON;
        let mut j = k;
        while j > from && k - j < 5 {
            let w = self.words.w(j);
            let verb = l.after.at(&self.from(j)).is_some()
                || (w.starts_with(char::is_lowercase) && w.len() > 4 && w.ends_with("ed"))
                || self
                    .words
                    .is(j, &["said", "says", "say", "told", "and", "but", "while"]);
            if verb {
                return None;
            }
            j -= 1;
            if self.words.is(
                j,
                &["from", "in", "of", "among", "across", "on", "at", "after"],
            ) {
                return Some(j);
            }
        }
        None
    }

    /// Whose or where a figure at words `first..=last` is: the owners its head names
    /// ("100,000 Russian troops", "Russia's troops"; for a counted group, the clause's
    /// subject: "Russia has massed 100,000 troops"), lifted from capitals to their
    /// country ("Washington" → United States); failing those, the places of its clause
    /// (outside the attribution) and of a phrase opening the sentence ("On the Syrian
    /// side, 1,602 died"). Keys sorted, once each.
    fn figure_scope(
        &self,
        fact: &Fact,
        span: (usize, usize),
        clause: (usize, usize),
    ) -> Vec<String> {
        let ((first, last), (from, to)) = (span, clause);
        let e = &*entities::LEXICON;
        let found = e.find(&self.words, from, to);
        let who = fact.attribution.as_ref().map(|a| a.span);
        let found: Vec<(usize, Span)> = found
            .into_iter()
            .filter(|(_, span)| !who.is_some_and(|w| w.contains(*span)))
            .collect();
        let position = |span: Span| self.cover(span).map_or(0, |(a, _)| a);
        let head = fact
            .unit
            .as_ref()
            .and_then(|u| self.cover(u.span))
            .map_or(last, |(_, b)| b);
        // Owners: a name inside the noun phrase, or a possessive right before it.
        let mut owners: Vec<usize> = found
            .iter()
            .filter(|(_, span)| {
                let k = position(*span);
                (k > last && k < head) || (k + 1 == first && self.words.w(k).contains(['\'', '’']))
            })
            .map(|&(entity, _)| entity)
            .collect();
        let group = matches!(
            LEXICON.measures.at(&[lemma(fact.unit.as_ref().map_or("", |u| u.lemma.as_str())).as_str()]),
            Some((_, c)) if c.rank == Rank::Group
        );
        if owners.is_empty() && group {
            // The subject: the first name of the clause, before the figure, not
            // inside a prepositional phrase.
            if let Some(&(entity, span)) = found.first() {
                let k = position(span);
                let after_preposition = k.checked_sub(1).is_some_and(|b| {
                    b >= from
                        && self.words.is(
                            b,
                            &[
                                "in", "on", "at", "near", "to", "from", "with", "across", "of",
                                "for", "into", "along", "by",
                            ],
                        )
                });
                if k < first && !after_preposition {
                    owners.push(entity);
                }
            }
        }
        if !owners.is_empty() {
            return keys(owners.into_iter().map(|o| e.country(o)));
        }
        let known: Vec<Span> = found.iter().map(|&(_, span)| span).collect();
        let mut places: Vec<usize> = found.into_iter().map(|(entity, _)| entity).collect();
        if from > 0 {
            // "In Syria, 1,602 died": a short opening phrase lends its place.
            let opening = self
                .words
                .spans
                .iter()
                .take(from)
                .position(|w| {
                    self.words
                        .text
                        .text
                        .get(w.end..)
                        .is_some_and(|r| r.starts_with(','))
                })
                .map(|k| k + 1);
            if let Some(end) = opening.filter(|&end| end <= 6) {
                if self
                    .words
                    .is(0, &["in", "on", "across", "inside", "throughout", "for"])
                {
                    places.extend(e.find(&self.words, 0, end).into_iter().map(|(x, _)| x));
                }
            }
        }
        let mut out = keys(places);
        // Places the lexicon does not know ("in Lee County", "in Al Haouz province"):
        // the capitalised words after a preposition of place, as written.
        out.extend(self.unknown_places(from, to, &known, fact));
        out.sort();
        out.dedup();
        out
    }

    /// Capitalised names after "in", "across" or "from" in words `from..to` that the
    /// entity lexicon does not know, as written ("Lee County"), outside the
    /// attribution.
    fn unknown_places(&self, from: usize, to: usize, known: &[Span], fact: &Fact) -> Vec<String> {
        let who = fact.attribution.as_ref().map(|a| a.span);
        let mut out = Vec::new();
        let mut k = from;
        while k + 1 < to {
            if !self.words.is(k, &["in", "across", "from"]) || !self.words.joined(k) {
                k += 1;
                continue;
            }
            let start = k + 1;
            let mut end = start;
            while end < to && end < start + 3 && self.words.capitalised(end) {
                end += 1;
                if !self.words.joined(end - 1) {
                    break;
                }
            }
            if end > start {
                if let (Some(a), Some(b)) = (self.words.span(start), self.words.span(end - 1)) {
                    let span = Span::new(a.start, b.end);
                    let inside = known.iter().any(|x| x.contains(span) || span.contains(*x))
                        || who.is_some_and(|w| w.contains(span))
                        || is_calendar(self.words.w(start));
                    if !inside {
                        out.push(self.words.text.slice(span).to_owned());
                    }
                }
            }
            k = end.max(k + 1);
        }
        out
    }

    /// The verb a time right after it dates ("rose on Tuesday", "said Monday"), past
    /// prepositions and time words; not a verb that carries an event's date ("held
    /// on Monday").
    fn verb_before(&self, first: usize, from: usize) -> Option<usize> {
        let mut k = first.checked_sub(1)?;
        while k > from
            && self.words.is(
                k,
                &["on", "at", "this", "last", "late", "early", "in", "from"],
            )
        {
            k -= 1;
        }
        if k < from {
            return None;
        }
        let w = self.words.w(k);
        let lower = w.starts_with(char::is_lowercase);
        let verb = lower
            && ((w.len() > 4 && w.ends_with("ed")) || LEXICON.past.at(&self.from(k)).is_some());
        let support = LEXICON.support.at(&self.from(k)).is_some();
        (verb && !support).then_some(k)
    }

    /// Whether an event word at words `k..=end` is attached to the time at words
    /// `first..=last`: no verb between them (a verb between dates that verb: "On
    /// Tuesday, Moscow rejected new talks"), and either at most two words between or,
    /// before the time, only prepositional phrases ("talks on Moscow's security
    /// concerns on January 12", "talks in Geneva, Brussels and Vienna last week").
    fn attached(&self, k: usize, end: usize, first: usize, last: usize) -> bool {
        let (a, b) = if end < first {
            (end + 1, first)
        } else {
            (last + 1, k)
        };
        // Auxiliaries and verbs that carry a date to an event ("will be held on") are
        // neither verbs nor distance here.
        let carrier = |j: usize| {
            self.words.is(
                j,
                &["will", "be", "been", "being", "is", "are", "was", "were"],
            ) || LEXICON.support.at(&self.from(j)).is_some()
        };
        let between: Vec<usize> = (a..b).filter(|&j| !carrier(j)).collect();
        let verb = between.iter().any(|&j| {
            let w = self.words.w(j);
            w.starts_with(char::is_lowercase)
                && ((w.len() > 4 && w.ends_with("ed"))
                    || LEXICON.past.at(&self.from(j)).is_some()
                    || self.words.is(j, &["has", "have", "had", "would"]))
        });
        let phrase = end < first
            && between.first().is_some_and(|&j| {
                self.words.is(
                    j,
                    &[
                        "on", "in", "at", "of", "with", "between", "over", "about", "for", "from",
                        "to",
                    ],
                )
            });
        // An event verb takes its object before the time: "approved a €50 billion aid
        // package for Ukraine on February 1".
        let event_verb = end < first && {
            let w = self.words.w(end);
            w.starts_with(char::is_lowercase)
                && ((w.len() > 4 && w.ends_with("ed"))
                    || LEXICON.past.at(&self.from(end)).is_some())
        };
        !verb && (between.len() <= 2 || phrase || event_verb)
    }

    /// The participants and place of a time: the names of its whole sentence.
    fn time_scope(&self) -> Vec<String> {
        let e = &*entities::LEXICON;
        keys(
            e.find(&self.words, 0, self.words.len())
                .into_iter()
                .map(|(x, _)| x),
        )
    }

    /// The status cue words of words `from..to` say.
    fn status(&self, from: usize, to: usize) -> Status {
        let mut found = Status::Reported;
        let mut k = from;
        while k < to {
            // "May" is a month, "Will" a name: cues are lower-case words.
            let cue = self.words.w(k).starts_with(char::is_lowercase);
            match LEXICON.status.at(&self.from(k)).filter(|_| cue) {
                Some((n, name)) => {
                    let s = match *name {
                        "projected" => Status::Projected,
                        "planned" => Status::Planned,
                        _ => Status::Estimated,
                    };
                    found = match (found, s) {
                        (Status::Projected, _) | (_, Status::Projected) => Status::Projected,
                        (Status::Planned, _) | (_, Status::Planned) => Status::Planned,
                        _ => s,
                    };
                    k += n;
                }
                None => k += 1,
            }
        }
        found
    }

    /// A time in the fact's clause, not one a figure counts from ("since February 6"),
    /// else the publication date.
    fn as_of(
        &self,
        fact: &Fact,
        times: &[(Span, Span, NaiveDate, NaiveDate)],
        published: Option<NaiveDate>,
    ) -> Option<AsOf> {
        let all = self.all();
        let clause_time = times.iter().find(|(clause, span, _, _)| {
            *clause == fact.clause
                && !span.contains(fact.span)
                && self
                    .cover(*span)
                    .is_some_and(|(a, _)| !self.bounds_at(&all, a))
        });
        match clause_time {
            Some(&(_, _, start, end)) => Some(AsOf {
                start,
                end,
                from: AsOfOrigin::Clause,
            }),
            None => published.and_then(|d| {
                Some(AsOf {
                    start: d,
                    end: d.succ_opt()?,
                    from: AsOfOrigin::Published,
                })
            }),
        }
    }

    /// Whether the time whose first word is `a` is a bound ("since 2014", "before
    /// Monday"), not a point a claim holds at or an event happens on.
    fn bounds_at(&self, all: &[&str], a: usize) -> bool {
        LEXICON
            .not_as_of
            .at(all.get(a..).unwrap_or_default())
            .is_some()
            || a.checked_sub(1)
                .is_some_and(|b| LEXICON.not_as_of.ending_at(all, b).is_some())
    }

    /// What sets a figure apart from a standing count, from cue words in its clause.
    fn qualifier(&self, first: usize, from: usize, to: usize) -> Option<String> {
        // "by 0.25 points", "fell 5%", "up 5%": a change, not a level.
        let before = first.checked_sub(1).filter(|&k| k >= from);
        if before.is_some_and(|k| self.words.is(k, &["by"])) {
            return Some("change".to_owned());
        }
        // "including 1,602": a part of a total.
        let adjacent = before
            .and_then(|k| LEXICON.qualifiers.ending_at(&self.all(), k))
            .map(|(_, name)| *name)
            .filter(|name| ADJACENT_ONLY.contains(name));
        if let Some(name) = adjacent {
            return Some(name.to_owned());
        }
        let mut k = from;
        let mut found: Option<&str> = None;
        while k < to {
            match LEXICON.qualifiers.at(&self.from(k)) {
                Some((n, name)) => {
                    // An exercise outweighs a rate; some cues count only beside the
                    // figure (above); taking part in something near talk of an
                    // exercise is taking part in the exercise.
                    if !ADJACENT_ONLY.contains(name) && found != Some("exercise") {
                        found = Some(name);
                    }
                    k += n;
                }
                None => k += 1,
            }
        }
        if found.is_none() && self.exercise_near {
            let mut k = from;
            while k < to {
                if LEXICON.participation.at(&self.from(k)).is_some() {
                    return Some("exercise".to_owned());
                }
                k += 1;
            }
        }
        found.map(str::to_owned)
    }

    /// A bare figure after "passed", "surpassed", "topped"… is a lower bound.
    fn lower_bound(&self, fact: &mut Fact, first: usize, from: usize) {
        if fact.hedge != Hedge::None {
            return;
        }
        let Some(k) = first.checked_sub(1).filter(|&k| k >= from) else {
            return;
        };
        if LEXICON.above.ending_at(&self.all(), k).is_none() {
            return;
        }
        if let Value::Quantity(iv) = &mut fact.value {
            let Some(x) = iv.nominal else { return };
            fact.hedge = Hedge::MoreThan;
            *iv = Interval {
                min: Some(x),
                max: None,
                min_inclusive: false,
                max_inclusive: false,
                nominal: Some(x),
            };
        }
    }

    /// The event a time at words `first..=last` dates: the nearest event word of its
    /// clause, a possessive's noun first ("Monday's quake").
    /// Words `(from, to)` are searched; an event word more than `max` words away is
    /// not taken.
    fn event(
        &self,
        first: usize,
        last: usize,
        (from, to): (usize, usize),
        max: usize,
    ) -> Option<Head> {
        let l = &*LEXICON;
        if self.words.w(last).ends_with("'s") || self.words.w(last).ends_with("’s") {
            let mut k = last + 1;
            while k < to && k <= last + 3 {
                if let Some((n, class)) = l.events.at(&self.from(k)) {
                    return self.head(k, k + n - 1, class, true);
                }
                k += 1;
            }
        }
        let mut best: Option<(usize, usize, usize, &str)> = None;
        let mut k = from;
        while k < to {
            if (first..=last).contains(&k) {
                k = last + 1;
                continue;
            }
            let found = l.events.at(&self.from(k));
            if let Some((n, class)) =
                found.filter(|&(n, _)| self.attached(k, k + n - 1, first, last))
            {
                let end = k + n - 1;
                // Words before the time weigh a little less than after: "talks on
                // Monday" and "on Monday the talks" both date talks.
                let distance = if end < first {
                    first - end
                } else {
                    (k - last) + 1
                };
                if best.is_none_or(|(d, ..)| distance < d) {
                    best = Some((distance, k, end, class));
                }
                k += n;
            } else {
                k += 1;
            }
        }
        best.filter(|&(d, ..)| d <= max)
            .and_then(|(_, a, b, class)| self.head(a, b, class, true))
    }
}

/// The event a verb names, if it is an event word ("met" → talks).
fn l_event(sentence: &Sentence<'_, '_>, k: usize) -> Option<Head> {
    let (n, class) = LEXICON.events.at(&sentence.from(k))?;
    sentence.head(k, k + n - 1, class, true)
}

/// Whether a sentence names an exercise ("drill", "war games").
fn speaks_of_exercise(text: &Text<'_>, sentence: Span) -> bool {
    let words = Words::of(text, sentence);
    let lemmas: Vec<String> = (0..words.len()).map(|i| lemma(words.w(i))).collect();
    let lemmas: Vec<&str> = lemmas.iter().map(String::as_str).collect();
    (0..lemmas.len()).any(|k| {
        LEXICON
            .qualifiers
            .at(lemmas.get(k..).unwrap_or_default())
            .is_some_and(|(_, name)| *name == "exercise")
    })
}

/// Entity keys, sorted, once each.
fn keys(entities: impl IntoIterator<Item = usize>) -> Vec<String> {
    let e = &*entities::LEXICON;
    let mut keys: Vec<String> = entities.into_iter().map(|x| e.key(x).to_owned()).collect();
    keys.sort();
    keys.dedup();
    keys
}

#[cfg(test)]
mod tests;
