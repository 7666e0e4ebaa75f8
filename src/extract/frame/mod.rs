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
//! "meet", "Monday's quake", "will fly"), or the subject of a verb it dates that says
//! the subject happened ("the quake struck on Friday"), never across "after" or
//! "before" nor after "as of"; the event's own name ("Hurricane Lena"); its
//! participants and place (the sentence's entities) and its status ("will", "plans" →
//! planned).
//!
//! A frame is read from at most 40 words either side of its fact, so that a run-on
//! "clause" costs its length, not its square.
//!
//! Word lists come from `data/` (see [`lexicon`]); entities from [`entities`].

pub mod entities;
pub mod lexicon;
mod measure;
mod money;
mod phase;
mod scope;
mod size;

pub use phase::Phase;

use std::fmt;

use std::ops::Range;
use std::rc::Rc;
use std::sync::Arc;

use chrono::NaiveDate;
use serde::Serialize;

use super::{Fact, FactKind, Granularity, Hedge, TimeValue, Value};
use crate::source::Span;
use crate::text::{
    Text, Words, caseless_key, is_month, is_one_of, is_possessive, is_weekday, lemma,
    possessive_stem, token_key,
};
use lexicon::LEXICON;

/// What a quantity or time is about.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Frame {
    /// For a figure: what it measures.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub measure: Option<Head>,
    /// For a time: the event it dates.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub event: Option<Head>,
    /// For a time: whether it dates its event's start or its end ("began on Friday",
    /// "until Thursday"); `None` for the event as a whole, or one of its days.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phase: Option<Phase>,
    /// Whose or where (for a time: participants and place), as entity keys, sorted.
    pub scope: Vec<String>,
    /// When the scope is empty: the countries (and top entities) the whole article
    /// names, to tell one story's claims from another's. One list per article, shared
    /// by its frames (most of an article's figures and times name no place).
    #[serde(skip_serializing_if = "names_none")]
    pub article: Arc<[String]>,
    /// For a figure: the time it holds at.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub as_of: Option<AsOf>,
    /// How the text presents it.
    pub status: Status,
    /// What sets a figure apart from a standing count ("exercise", "rate", "change"), or
    /// a time from a date ("bound": "since 2014", "before Monday"; "season": a
    /// holiday's name before an event word, "the Christmas ferry accident").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub qualifier: Option<String>,
    /// For a time: whether its words name its day only from the day they were written
    /// on ("today", "tomorrow", "last night"), so that it is as sure as the article's
    /// publication date, which may lie a day off the writer's.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub from_publication: bool,
}

/// Whether a frame's article names no country ([`Frame::article`] is then left out).
fn names_none(article: &Arc<[String]>) -> bool {
    article.is_empty()
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
    /// For an event: its own name, written right after its word ("Hurricane *Lena*",
    /// "Storm *Nora*"), lower-case. Two events of one class with different names are
    /// two events.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
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

impl AsOf {
    /// Whether the figure's own clause dates it (a time there, or the day of a level
    /// it stood at), not its publication or an event told elsewhere.
    pub fn from_clause(&self) -> bool {
        matches!(self.from, AsOfOrigin::Clause | AsOfOrigin::Level)
    }
}

/// Where an "as of" time comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum AsOfOrigin {
    /// A time in the figure's clause.
    Clause,
    /// A time in the figure's clause that dates a level the count stood at or rose
    /// to ("on Monday the toll stood at 28", "by Friday it had soared to 79"): the
    /// count of that day, which a later count may exceed.
    Level,
    /// The document's publication date.
    Published,
    /// The time of the scheduled event the figure sizes ("the drills, held on
    /// September 10-16, involve 200,000 troops"), stated elsewhere in the article.
    Event,
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
        if let Some(name) = head.and_then(|h| h.name.as_ref()) {
            write!(f, " {name}")?;
        }
        if let Some(phase) = self.phase {
            write!(f, " · {phase}")?;
        }
        // A measure of an event: the event, and its day when known.
        if let (Some(_), Some(event)) = (&self.measure, &self.event) {
            write!(f, " · {}", event.class)?;
            if let Some(day) = &event.name {
                write!(f, " of {day}")?;
            }
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
    // The resolved times, for "as of": (clause, span, start, end), sorted by clause
    // (stably, so that a clause's times stay in text order).
    let mut times: Vec<(Span, Span, NaiveDate, NaiveDate)> = facts
        .iter()
        .filter_map(|f| match &f.value {
            Value::Time(TimeValue::Resolved { start, end, .. }) if *start != NaiveDate::MIN => {
                let (span, clause) = reading_place(text, f);
                Some((clause, span, *start, *end))
            }
            _ => None,
        })
        .collect();
    times.sort_by_key(|&(clause, ..)| clause);
    // The figures' spans and units, in text order: a clause's figures share out its
    // places (see `Sentence::figure_scope`).
    let figures: Vec<(Span, Option<Span>)> = facts
        .iter()
        .filter(|f| f.kind == FactKind::Quantity)
        .map(|f| (f.span, f.unit.as_ref().map(|u| u.span)))
        .collect();
    // The names, in text order, each with the last word of its key ("ana ruiz"
    // → "ruiz"): the holders of shares (see `Sentence::share`). The last words are
    // kept one after another in one string, each name holding its range there.
    let mut last_words = String::new();
    let names: Vec<(Span, Range<usize>)> = facts
        .iter()
        .filter_map(|f| match &f.value {
            // What follows the key's last space, found by its byte rather than by a
            // search for a character.
            Value::Name(n) => {
                let last = match n.key.bytes().rposition(|b| b == b' ') {
                    Some(space) => n.key.get(space + 1..)?,
                    None => n.key.as_str(),
                };
                let at = last_words.len();
                last_words.push_str(last);
                Some((f.span, at..last_words.len()))
            }
            _ => None,
        })
        .collect();
    let entities = SentenceEntities::new(text, names.iter().map(|(n, _)| *n).collect());
    let mut current: Option<(Span, Sentence<'_, '_>)> = None;
    let mut article: Option<Arc<[String]>> = None;
    // The last time read: its index in `facts`, whose frame gives the event it dates.
    let mut last_time: Option<usize> = None;
    let sections = sections(text);
    for i in 0..facts.len() {
        // The facts read before this one are read again only for the last time's
        // event (which is not copied for every time in case a bracket follows).
        let (before, rest) = facts.split_at_mut(i);
        let Some(fact) = rest.first_mut() else {
            break;
        };
        // Names and durations get no frame (see `Sentence::frame`): a sentence with
        // only those is never read.
        if matches!(fact.kind, FactKind::Name | FactKind::Duration) {
            continue;
        }
        let sentence = match &mut current {
            Some((span, s)) if *span == fact.sentence => &*s,
            reused => {
                let s = match reused {
                    Some((span, s)) => {
                        s.reuse(text, fact.sentence);
                        *span = fact.sentence;
                        s
                    }
                    None => {
                        &mut reused
                            .insert((fact.sentence, Sentence::new(text, fact.sentence, &entities)))
                            .1
                    }
                };
                let at = figures.partition_point(|(f, _)| f.start < fact.sentence.start);
                let mut read = std::mem::take(&mut s.figures);
                read.extend(
                    figures
                        .get(at..)
                        .unwrap_or_default()
                        .iter()
                        .take_while(|(f, _)| f.end <= fact.sentence.end)
                        .filter_map(|&(f, unit)| {
                            let (first, last) = s.cover(f)?;
                            let head = unit.and_then(|u| s.cover(u)).map_or(last, |(_, b)| b);
                            Some((first, head.max(last)))
                        }),
                );
                s.figures = read;
                let at = names.partition_point(|(n, _)| n.start < fact.sentence.start);
                let mut holders = std::mem::take(&mut s.holders);
                holders.extend(
                    names
                        .get(at..)
                        .unwrap_or_default()
                        .iter()
                        .take_while(|(n, _)| n.end <= fact.sentence.end)
                        .filter_map(|(n, key)| {
                            let (a, b) = s.cover(*n)?;
                            Some((a, b, last_words.get(key.clone())?))
                        }),
                );
                s.holders = holders;
                &*s
            }
        };
        let Some(mut frame) = sentence.frame(fact, &times, published) else {
            continue;
        };
        if fact.kind == FactKind::Time {
            // "Friday night (September 08, 2023)": a date in brackets restates the time
            // before it, and dates its event.
            if let Some(last) = last_time.and_then(|j| before.get(j)) {
                let span = last.span;
                let event = last.frame.as_ref().and_then(|f| f.event.as_ref());
                let gap = text.text.get(span.end..fact.span.start).unwrap_or("");
                let gap = gap
                    .trim_start()
                    .trim_start_matches(char::is_alphabetic)
                    .trim();
                if event.is_some() && span.start >= fact.sentence.start && gap == "(" {
                    frame.event = event.cloned();
                }
            }
            last_time = Some(i);
        }
        if frame.scope.is_empty() && fact.kind == FactKind::Quantity {
            // A figure under a heading that names a place is of that place.
            let at = sections.partition_point(|(start, _)| *start <= fact.span.start);
            if let Some((_, Some(place))) = at.checked_sub(1).and_then(|i| sections.get(i)) {
                frame.scope = vec![place.clone()];
            }
        }
        if frame.scope.is_empty() {
            // Nothing in the sentence says whose or where: keep what the article is
            // about, to tell one story's figures from another's.
            frame.article = Arc::clone(article.get_or_insert_with(|| countries(&entities).into()));
        }
        fact.frame = Some(Box::new(frame));
    }
    date_by_event(text, facts);
    date_measured_events(facts);
    restated_revisions(facts);
    restated_increments(facts);
    referred_back(text, facts);
    date_counts(text, facts);
    resolve_mishaps(text, facts);
}

/// Words before a noun of a disaster in general (within three words) that make it no
/// subject: see `Sentence::mishap`.
const MISHAP_PREPOSITIONS: [&str; 12] = [
    "of", "for", "from", "since", "after", "before", "in", "by", "to", "over", "during", "about",
];

/// The event class of a disaster named only in general ("the incident"), until
/// [`resolve_mishaps`] gives it the article's.
const MISHAP: &str = "mishap";

/// Gives each time that dates a disaster named only in general ("the disaster
/// occurred on June 24") the class of the article's own disaster: of `happenings` of
/// `[mishap]` in `data/events.txt`, the one whose words its text writes most often, the
/// first on a tie; with none, the time dates no event.
fn resolve_mishaps(text: &Text<'_>, facts: &mut [Fact]) {
    let mishap = |f: &Fact| {
        f.frame
            .as_ref()
            .and_then(|fr| fr.event.as_ref())
            .is_some_and(|e| e.class == MISHAP)
    };
    if !facts.iter().any(mishap) {
        return;
    }
    // (class, count), in order of first appearance: the words of the article's
    // disasters ("crash", "collapsed"), as written, over the text model's words.
    let mut seen: Vec<(&str, usize)> = Vec::new();
    let mut word = String::new();
    for w in text
        .word_strs()
        .iter()
        .filter(|w| (3..=16).contains(&w.len()))
    {
        word.clear();
        word.push_str(w);
        word.make_ascii_lowercase();
        let Some(&class) = LEXICON.happening_words.get(word.as_str()) else {
            continue;
        };
        match seen.iter_mut().find(|(c, _)| *c == class) {
            Some((_, n)) => *n += 1,
            None => seen.push((class, 1)),
        }
    }
    // The most often written, the first on a tie (`max_by_key` keeps the last).
    let class = seen
        .iter()
        .rev()
        .max_by_key(|(_, n)| *n)
        .map(|(c, _)| (*c).to_owned());
    for fact in facts.iter_mut() {
        if !mishap(fact) {
            continue;
        }
        let Some(frame) = fact.frame.as_mut() else {
            continue;
        };
        match &class {
            Some(c) => {
                if let Some(e) = frame.event.as_mut() {
                    e.class.clone_from(c);
                }
            }
            None => frame.event = None,
        }
    }
}

/// A figure that points back to one just given ("Five of those 79 people", "Of the
/// 58, 30 were confirmed dead"), with no measure of its own, counts what that figure
/// counted: it takes the frame of the last figure with a known measure in its
/// sentence or the two before, so that a figure changed in one place and not in the
/// other is found.
fn referred_back(text: &Text<'_>, facts: &mut [Fact]) {
    // Whether the figure points back: "those 79", "these 79", "Of the 58," (a bare
    // figure opening its sentence).
    let points_back = |fact: &Fact| {
        let Some(before) = text.text.get(fact.sentence.start..fact.span.start) else {
            return false;
        };
        let before = before.trim_end();
        let last = before
            .rsplit(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or_default();
        let opening = before
            .trim_start_matches(|c: char| !c.is_alphanumeric())
            .eq_ignore_ascii_case("of the");
        let bare = text
            .text
            .get(fact.span.end..)
            .is_some_and(|after| after.starts_with(','));
        last.eq_ignore_ascii_case("those")
            || last.eq_ignore_ascii_case("these")
            || (opening && bare)
    };
    // The last figure with a known measure, by its index, and its sentence's number:
    // its frame is copied only to a figure that points back to it (a figure's frame
    // is never changed here once a later one may point back to it).
    let mut antecedent: Option<(usize, usize)> = None;
    let mut sentence = (Span::new(0, 0), 0usize);
    for i in 0..facts.len() {
        let Some(fact) = facts.get(i) else {
            continue;
        };
        if fact.sentence != sentence.0 {
            sentence = (fact.sentence, sentence.1 + 1);
        }
        if fact.kind != FactKind::Quantity {
            continue;
        }
        let Some(frame) = fact.frame.as_deref() else {
            continue;
        };
        if frame.measure.as_ref().is_some_and(|m| m.known) {
            if frame.qualifier.is_none() {
                antecedent = Some((i, sentence.1));
            }
        } else if let Some((before, at)) = antecedent {
            if sentence.1 - at <= 2 && points_back(fact) {
                let copied = facts.get(before).and_then(|f| f.frame.clone());
                if let (Some(fact), Some(copied)) = (facts.get_mut(i), copied) {
                    fact.frame = Some(copied);
                }
            }
        }
    }
}

/// Makes `frame` the count of one nationality's part of its outcome (`class` as
/// [`Sentence::nationality`] gives it): keyed by the country, qualified `national`, or
/// `foreigner` for foreigners of no one country.
fn national_part(frame: &mut Frame, class: &str, country: Option<String>) {
    frame.scope = country.into_iter().collect();
    let group = if class == "foreigners" {
        "foreigner"
    } else {
        "national"
    };
    frame.qualifier = Some(group.to_owned());
}

/// A figure that restates a revised count of its article (the same measure, the same
/// stated value, no hedge) is that revised count: "the toll was revised to 275" and,
/// a paragraph later, "'the number of deaths is 275 and not 288,' he said" are one
/// corrected count, compared only with corrected counts, not with the count it
/// replaces. Not when the article also gives that value as an earlier count.
fn restated_revisions(facts: &mut [Fact]) {
    // "the number of unaccounted for individuals lowered to 249": the missing rise and
    // fall by the day, and a lower count is their count of the day, no correction.
    for fact in facts.iter_mut() {
        if let Some(frame) = fact.frame.as_deref_mut() {
            if frame.qualifier.as_deref() == Some("revised")
                && frame.measure.as_ref().is_some_and(|m| m.class == "missing")
            {
                frame.qualifier = None;
            }
        }
    }
    replaced_counts(facts);
    // The stated figures with one qualifier, by measure and value.
    let qualified = |qualifier: &str| -> Vec<(String, u64)> {
        facts
            .iter()
            .filter_map(stated)
            .filter(|&(.., q)| q == Some(qualifier))
            .map(|(class, value, _)| (class.to_owned(), value))
            .collect()
    };
    let revised = qualified("revised");
    if revised.is_empty() {
        return;
    }
    let earlier = qualified("earlier");
    for fact in facts.iter_mut() {
        let Some((class, value, None)) = stated(fact) else {
            continue;
        };
        let key = (class.to_owned(), value);
        if revised.contains(&key) && !earlier.contains(&key) {
            if let Some(frame) = fact.frame.as_deref_mut() {
                frame.qualifier = Some("revised".to_owned());
            }
        }
    }
}

/// A figure stated exactly (no hedge, a known measure, a bounded value): its measure
/// class, its value's bits and its qualifier, by which a restatement of it is known.
fn stated(fact: &Fact) -> Option<(&str, u64, Option<&str>)> {
    if fact.kind != FactKind::Quantity || fact.hedge != Hedge::None {
        return None;
    }
    let frame = fact.frame.as_deref()?;
    let measure = frame.measure.as_ref().filter(|m| m.known)?;
    let Value::Quantity(v) = &fact.value else {
        return None;
    };
    (v.min.is_some() && v.max.is_some()).then_some(())?;
    Some((
        measure.class.as_str(),
        v.nominal?.to_bits(),
        frame.qualifier.as_deref(),
    ))
}

/// A figure that restates an increment of its article, with no time, qualifier or
/// hedge of its own (the same measure and stated value), is that increment: after
/// "Another 309 people lost their lives on Monday", the headline's "claims another 309
/// lives" and "Of the 309 deaths, 301 were in the city" count what Monday added, not
/// the toll of the day the article is published. Not when the article gives that value
/// as two increments of different days.
fn restated_increments(facts: &mut [Fact]) {
    // A stated figure's measure and value.
    fn key(fact: &Fact) -> Option<(&str, u64)> {
        stated(fact).map(|(class, value, _)| (class, value))
    }
    // The increments, by value and then measure; `None` when two of them disagree.
    // Keyed by value first, so that a look-up copies no figure's measure.
    let mut added: rustc_hash::FxHashMap<u64, Vec<(String, Option<Frame>)>> =
        rustc_hash::FxHashMap::default();
    for fact in facts.iter() {
        let Some(frame) = fact.frame.as_deref() else {
            continue;
        };
        if frame.qualifier.as_deref() != Some("new")
            || !frame.as_of.is_some_and(|a| a.from_clause())
        {
            continue;
        }
        let Some((class, value)) = key(fact) else {
            continue;
        };
        let of_value = added.entry(value).or_default();
        match of_value.iter_mut().find(|(c, _)| c == class) {
            Some((_, seen)) => {
                if seen.as_ref().is_some_and(|s| s.as_of != frame.as_of) {
                    *seen = None;
                }
            }
            None => of_value.push((class.to_owned(), Some(frame.clone()))),
        }
    }
    if added.is_empty() {
        return;
    }
    for fact in facts.iter_mut() {
        let undated = fact.frame.as_deref().is_some_and(|f| {
            f.qualifier.is_none() && f.as_of.is_none_or(|a| a.from == AsOfOrigin::Published)
        });
        if !undated {
            continue;
        }
        let Some(Some(frame)) = key(fact)
            .and_then(|(class, value)| added.get(&value)?.iter().find(|(c, _)| c == class))
            .map(|(_, frame)| frame.clone())
        else {
            continue;
        };
        fact.frame = Some(Box::new(frame));
    }
}

/// Where a time is read from, its span and clause: from the weekday written before its
/// date on ("reached 93 on Saturday, Aug 12", "on Saturday (Aug 12)"), in the weekday's
/// clause, which a comma or a bracket cuts off from the date's.
fn reading_place(text: &Text<'_>, fact: &Fact) -> (Span, Span) {
    match fact.weekday.as_deref() {
        Some(mark) if mark.span.start < fact.span.start => (
            Span::new(mark.span.start, fact.span.end),
            text.clause_at(mark.span.start).unwrap_or(fact.clause),
        ),
        _ => (fact.span, fact.clause),
    }
}

/// How many words after a figure "others" may stand for [`Sentence::rest_after`]
/// ("34 people died inside the stadium, while others perished in hospital").
const REST_REACH: usize = 24;

/// "Officials reported that 174 people died, but lowered the figure to 125": a plain
/// figure before a revised one in its sentence, of the same measure, with no qualifier
/// of its own, is the count the revision replaced (an earlier count), not a current one.
fn replaced_counts(facts: &mut [Fact]) {
    let measure = |fact: &Fact| -> Option<String> {
        let frame = fact.frame.as_deref()?;
        Some(frame.measure.as_ref().filter(|m| m.known)?.class.clone())
    };
    let revisions: Vec<(Span, usize, String)> = facts
        .iter()
        .filter(|f| f.kind == FactKind::Quantity)
        .filter(|f| f.frame.as_deref().and_then(|fr| fr.qualifier.as_deref()) == Some("revised"))
        .filter_map(|f| Some((f.sentence, f.span.start, measure(f)?)))
        .collect();
    // Most articles revise no count: no figure's class is read for nothing.
    if revisions.is_empty() {
        return;
    }
    for fact in facts.iter_mut() {
        if fact.kind != FactKind::Quantity {
            continue;
        }
        let replaced = measure(fact).is_some_and(|class| {
            revisions.iter().any(|(sentence, at, c)| {
                *sentence == fact.sentence && fact.span.end <= *at && *c == class
            })
        });
        if let Some(frame) = fact.frame.as_deref_mut().filter(|f| f.qualifier.is_none()) {
            if replaced {
                frame.qualifier = Some("earlier".to_owned());
            }
        }
    }
}

/// Words at most between the comma and the time of a trailing "officials said Monday"
/// (who said it, "said", "on"): see [`date_counts`].
const TRAILING_WORDS: usize = 12;

/// The event class of the time a count was given ("the railways said on Saturday
/// the toll was 288"): named by the count's measure and figure.
pub const COUNT_GIVEN: &str = "count given";

/// Dates the giving of a count: a time to the day that dates words said ("officials
/// said on Monday"), or no event beside a verb of a level or of saying ("rose",
/// "reported"), in a sentence that states a plain figure of a
/// measure whose figures have sources (a toll, the injured: "the toll was revised to
/// 275 on Sunday") in its clause (its sentence, when it opens the sentence alone in
/// its clause), outside quoted words, and no "after" or "when" between them, dates that
/// count as given: its event is [`COUNT_GIVEN`], named by
/// the measure and the figure nearest it, with its hedge ("at least 36" is another
/// count than 36). A count of a vague or near figure ("about 50") or of a part
/// ("including 12 children") is no count given.
fn date_counts(text: &Text<'_>, facts: &mut [Fact]) {
    // The plain counts, in text order: (clause, position, span, name).
    let counts: Vec<(Span, usize, Span, String)> = facts
        .iter()
        .filter(|f| {
            f.kind == FactKind::Quantity
                && matches!(f.hedge, Hedge::None | Hedge::AtLeast | Hedge::MoreThan)
        })
        .filter_map(|fact| {
            let frame = fact.frame.as_ref()?;
            let measure = frame.measure.as_ref().filter(|m| m.known)?;
            let sourced = LEXICON
                .sourced
                .at(&[cached_lemma(&measure.class)])
                .is_some();
            let Value::Quantity(v) = &fact.value else {
                return None;
            };
            let plain = frame.qualifier.is_none() && frame.status == Status::Reported;
            (sourced && plain).then(|| {
                let hedge = match fact.hedge {
                    Hedge::AtLeast => "at least ",
                    Hedge::MoreThan => "more than ",
                    _ => "",
                };
                let name = format!("{} {hedge}{}", measure.class, v.nominal?);
                Some((fact.clause, fact.span.start, fact.span, name))
            })?
        })
        .collect();
    if counts.is_empty() {
        return;
    }
    for fact in facts.iter_mut() {
        if fact.kind != FactKind::Time {
            continue;
        }
        let day = matches!(
            &fact.value,
            Value::Time(TimeValue::Resolved {
                granularity: Granularity::Day,
                approximate: false,
                ..
            })
        );
        let plain = fact
            .frame
            .as_ref()
            .is_some_and(|f| f.qualifier.is_none() && f.phase.is_none());
        if !day || !plain {
            continue;
        }
        let (span, clause) = reading_place(text, fact);
        let at = span.start;
        // "Late Wednesday, the county reported 36 deaths": a time that opens its
        // sentence, alone in its clause, dates the sentence.
        // (ASCII case ignored, with no lower-cased copy of the words before the time:
        // no letter outside ASCII lower-cases to one of these words' letters.)
        let opening = text.text.get(clause.start..at).is_some_and(|b| {
            let b = b.trim();
            ["", "on", "late", "early", "late on", "early on"]
                .iter()
                .any(|w| b.eq_ignore_ascii_case(w))
        }) && clause.start == fact.sentence.start
            && text
                .text
                .get(fact.span.end..clause.end)
                .is_some_and(|a| matches!(a.trim(), "" | ","));
        let sentence = fact.sentence;
        let fact_end = fact.span.end;
        // "The toll has risen to 154, officials said Monday": a time of words said in a
        // clause of their own after a comma, a few words of who said them before it and
        // nothing but a comma or the sentence's end after it, dates the count before
        // the comma.
        let trailing = fact
            .frame
            .as_ref()
            .and_then(|f| f.event.as_ref())
            .is_some_and(|e| e.known && e.class == "announcement")
            && clause.start > sentence.start
            && text
                .text
                .get(sentence.start..clause.start)
                .is_some_and(|b| b.trim_end().ends_with(','))
            && text
                .text
                .get(clause.start..at)
                .is_some_and(|b| b.split_whitespace().count() <= TRAILING_WORDS)
            && text.text.get(fact_end..sentence.end).is_some_and(|a| {
                let a = a.trim_start();
                a.is_empty() || a.starts_with([',', '.'])
            });
        // Words quoted are dated from when they were said, not from the article.
        let before = text.text.get(fact.sentence.start..at).unwrap_or("");
        let (open, close, straight) = quote_marks(before);
        let quoted = open > close || straight % 2 == 1;
        let near = |c: &Span| {
            *c == clause
                || (opening && sentence.contains(*c))
                || (trailing && sentence.contains(*c) && c.end <= clause.start)
        };
        if quoted || !counts.iter().any(|(c, ..)| near(c)) {
            continue;
        }
        let Some(frame) = fact.frame.as_mut() else {
            continue;
        };
        // Words said date the count they give; a time of no event dates it only
        // beside a verb of a level or of saying ("the toll rose to 93 on Saturday",
        // "Late Tuesday, the county reported 36 deaths"), not an outcome ("a crush on
        // Saturday that killed 153").
        let said = match frame.event.as_ref() {
            Some(e) => e.known && e.class == "announcement",
            None => {
                let span = if opening { sentence } else { clause };
                text.text.get(span.start..span.end).is_some_and(|words| {
                    words
                        .split(|c: char| !c.is_alphabetic())
                        .filter(|w| !w.is_empty())
                        .any(|w| {
                            let w = [cached_lemma(&w.to_lowercase())];
                            LEXICON.level.at(&w).is_some()
                                || LEXICON.above.at(&w).is_some()
                                || LEXICON
                                    .events
                                    .at(&w)
                                    .is_some_and(|(_, class)| *class == "announcement")
                        })
                })
            }
        };
        if !said {
            continue;
        }
        // Whether one of `words` stands between the time and a count.
        let between_has = |span: &Span, words: &[&str]| {
            let (a, b) = if span.start < at {
                (span.end, at)
            } else {
                (fact_end, span.start)
            };
            text.text.get(a..b).is_some_and(|between| {
                between
                    .split(|c: char| !c.is_alphabetic())
                    .any(|w| words.iter().any(|x| w.eq_ignore_ascii_case(x)))
            })
        };
        // "searching on Saturday after 2,000 people were killed": a word that orders
        // two happenings between the time and the count parts them.
        let apart = |span: &Span| {
            between_has(
                span,
                &["after", "before", "since", "when", "while", "until"],
            )
        };
        // "stood at 28 and by Friday it had soared to 79": a count past a word
        // joining two clauses is the other clause's, taken only when this one has none.
        let joined = |span: &Span| between_has(span, &["and", "but"]);
        // A count before a trailing clause of words said is what they said, whatever
        // its own clause holds ("topped 1,000 after the storm, officials said Sunday").
        let said_before = |c: &Span| trailing && c.end <= clause.start;
        let nearest = counts
            .iter()
            .filter(|(c, ..)| near(c))
            .filter(|(c, _, span, _)| said_before(c) || !apart(span))
            .min_by_key(|(_, position, span, _)| (joined(span), position.abs_diff(at)));
        if let Some((_, _, span, name)) = nearest {
            frame.event = Some(Head {
                class: COUNT_GIVEN.to_owned(),
                word: name.clone(),
                known: true,
                span: *span,
                name: Some(name.clone()),
            });
        }
    }
}

/// The classes of the events whose time an exercise's figures hold at: the exercise's
/// own, or its launch; a visit, a vote or a statement in the same article is another
/// event.
const SIZED_EVENTS: &[&str] = &["drill", "launch"];

/// A figure that sizes a scheduled exercise ("the drills involve 200,000 troops")
/// holds at the exercise's time, not at its article's date: the planned size of one
/// exercise, given weeks before it and again during it, is one claim, while counts of
/// troops massed (no exercise) stay dated by their articles. The time is the nearest
/// (by sentences, before on a tie) that the figure's sentence gives, or that a sentence
/// speaking of an exercise gives; one of a month at most ("September 10-16", "since
/// September 10": a bound lies within the exercise too; one day it ends or starts on,
/// "until Thursday", only failing any other), not approximate, not of another event. A figure whose clause names its own time keeps
/// it.
fn date_by_event(text: &Text<'_>, facts: &mut [Fact]) {
    let sized = |f: &Fact| {
        f.kind == FactKind::Quantity
            && f.frame.as_deref().is_some_and(|frame| {
                frame.qualifier.as_deref() == Some("exercise")
                    && frame.as_of.is_some_and(|a| a.from == AsOfOrigin::Published)
            })
    };
    if !facts.iter().any(sized) {
        return;
    }
    let all = text.sentences();
    let index = |s: Span| all.partition_point(|x| x.start < s.start);
    let times: Vec<(usize, Span, bool, NaiveDate, NaiveDate)> = facts
        .iter()
        .filter(|f| f.kind == FactKind::Time)
        .filter_map(|f| {
            let frame = f.frame.as_deref()?;
            // A bound is the exercise's too ("from September 10-16", "since
            // September 10", "until Thursday"): it lies within the exercise.
            let other = frame
                .event
                .as_ref()
                .is_some_and(|e| !SIZED_EVENTS.contains(&e.class.as_str()));
            if other {
                return None;
            }
            match &f.value {
                Value::Time(TimeValue::Resolved {
                    start,
                    end,
                    approximate: false,
                    ..
                }) if *start != NaiveDate::MIN && (*end - *start).num_days() <= 31 => {
                    // A bound of one day is the exercise's start or end ("until
                    // September 20"), taken only when no other time is given; so is
                    // a day read as its end.
                    let edge = (frame.qualifier.is_some() || frame.phase == Some(Phase::End))
                        && (*end - *start).num_days() == 1;
                    Some((index(f.sentence), f.sentence, edge, *start, *end))
                }
                _ => None,
            }
        })
        .collect();
    // Whether each time's sentence speaks of an exercise, asked once per sentence.
    let mut speaks: rustc_hash::FxHashMap<Span, bool> = rustc_hash::FxHashMap::default();
    for fact in facts.iter_mut() {
        if !sized(fact) {
            continue;
        }
        let here = index(fact.sentence);
        let mut best: Option<((bool, usize, bool), NaiveDate, NaiveDate)> = None;
        for &(at, sentence, edge, start, end) in &times {
            let key = (edge, here.abs_diff(at), at > here);
            if best.is_some_and(|(k, ..)| k <= key) {
                continue;
            }
            let fits = sentence == fact.sentence
                || *speaks
                    .entry(sentence)
                    .or_insert_with(|| speaks_of_exercise(text, sentence));
            if fits {
                best = Some((key, start, end));
            }
        }
        if let (Some((_, start, end)), Some(frame)) = (best, fact.frame.as_deref_mut()) {
            frame.as_of = Some(AsOf {
                start,
                end,
                from: AsOfOrigin::Event,
            });
        }
    }
}

/// Whether a figure of a measure class is one claim only with figures of the same
/// event's class (`[measured] by-class` of `data/frame-words.txt`): the length of talks
/// and that of a fire are two claims.
pub fn keyed_by_event_class(class: &str) -> bool {
    LEXICON.by_event_class.contains(&class)
}

/// Whether an event class lasts days (`[lasting]` of `data/events.txt`): its start
/// and its end are two claims, and a day of it with neither is no claim. The start
/// of any other event is its date ("talks began on Monday" and "talks on Monday").
pub fn lasting(class: &str) -> bool {
    LEXICON.lasting.at(&[class]).is_some()
}

/// The kind an event's word names within its class (`[kinds]` of `data/events.txt`):
/// "referendum" and "election" are two events of the class `election`; "vote" names
/// no kind.
pub fn event_kind(word: &str) -> Option<&'static str> {
    let lemmas: Vec<String> = word.split(' ').map(crate::text::lemma).collect();
    LEXICON
        .event_kinds
        .at(&lemmas)
        .filter(|&(n, _)| n == lemmas.len())
        .map(|(_, &kind)| kind)
}

/// Dates the events of measures of an event (a magnitude): the day of the nearest
/// date of its sentence that dates an event of that class ("a 5.7 quake struck on
/// Tuesday"), else the first such day of its article ("Monday's quake"), if any.
fn date_measured_events(facts: &mut [Fact]) {
    if !facts.iter().any(|f| {
        f.kind == FactKind::Quantity && f.frame.as_ref().is_some_and(|fr| fr.event.is_some())
    }) {
        return;
    }
    // The days of events, in text order: (sentence, position, class, day).
    let days: Vec<(Span, usize, String, NaiveDate)> = facts
        .iter()
        .filter(|f| f.kind == FactKind::Time)
        .filter_map(|fact| {
            let frame = fact.frame.as_ref()?;
            let event = frame.event.as_ref().filter(|e| e.known)?;
            let Value::Time(TimeValue::Resolved { start, end, .. }) = &fact.value else {
                return None;
            };
            (frame.qualifier.is_none() && end.pred_opt() == Some(*start))
                .then(|| (fact.sentence, fact.span.start, event.class.clone(), *start))
        })
        .collect();
    for fact in facts.iter_mut() {
        if fact.kind != FactKind::Quantity {
            continue;
        }
        let (sentence, at) = (fact.sentence, fact.span.start);
        let Some(event) = fact.frame.as_mut().and_then(|f| f.event.as_mut()) else {
            continue;
        };
        let of_class = || days.iter().filter(|(.., class, _)| *class == event.class);
        let nearest = of_class()
            .filter(|(s, ..)| *s == sentence)
            .min_by_key(|(_, position, ..)| position.abs_diff(at))
            .or_else(|| of_class().next());
        event.name = nearest.map(|(.., day)| day.to_string());
    }
}

/// A text lower-cased: ASCII text (nearly all) without the decoding of characters
/// that `str::to_lowercase` does, to the same result.
fn lower(text: &str) -> String {
    if text.is_ascii() {
        text.to_ascii_lowercase()
    } else {
        text.to_lowercase()
    }
}

/// How many `“`, `”` and `"` a text holds, in one pass over its bytes: `"` is one
/// byte, `“` and `”` are E2 80 9C and E2 80 9D (0xE2 only ever starts a character).
fn quote_marks(text: &str) -> (usize, usize, usize) {
    let bytes = text.as_bytes();
    let (mut open, mut close, mut straight) = (0, 0, 0);
    for at in memchr::memchr2_iter(b'"', 0xE2, bytes) {
        match bytes.get(at..at + 3) {
            _ if bytes.get(at) == Some(&b'"') => straight += 1,
            Some([_, 0x80, 0x9C]) => open += 1,
            Some([_, 0x80, 0x9D]) => close += 1,
            _ => {}
        }
    }
    (open, close, straight)
}

/// Whether a word is four ASCII digits, as a year is written ("2018").
/// A quake's magnitude as one word, the figure alone: "7.8", "7.8-magnitude" and
/// "magnitude-7.8" give "7.8"; a word that is no decimal figure gives `None`.
fn magnitude_word(word: &str) -> Option<&str> {
    let figure = word
        .strip_suffix("-magnitude")
        .or_else(|| {
            word.get(..10)
                .filter(|p| p.eq_ignore_ascii_case("magnitude-"))
                .and_then(|_| word.get(10..))
        })
        .unwrap_or(word);
    (figure.contains('.')
        && figure.chars().all(|c| c.is_ascii_digit() || c == '.')
        && figure.chars().any(|c| c.is_ascii_digit()))
    .then_some(figure)
}

fn four_digits(word: &str) -> bool {
    word.len() == 4 && word.bytes().all(|b| b.is_ascii_digit())
}

/// Whether a word names a month or weekday ("in January" is no place).
fn is_calendar(word: &str) -> bool {
    crate::text::is_calendar_word(word)
}

/// The countries an article names anywhere, as keys, sorted.
fn countries(entities: &SentenceEntities<'_, '_>) -> Vec<String> {
    let e = &*entities::LEXICON;
    let found = (0..entities.text.sentences().len())
        .flat_map(|i| entities.at(i))
        .map(|&(x, _)| e.country(x));
    keys(found)
}

/// The place each section of a text is about: a line of its own that names one place
/// and nothing else ("MOZAMBIQUE", "## Zimbabwe") heads the lines after it, up to the
/// next heading line; a heading of another kind ("How it happened") ends it. By the
/// heading's start, in text order, with the place's country as a key (`None` for a
/// heading of no place). A heading of three words or fewer is a boilerplate line to
/// the text model (no sentence), one of four a sentence; both are read here.
fn sections(text: &Text<'_>) -> Vec<(usize, Option<String>)> {
    let e = &*entities::LEXICON;
    // A heading stands alone on its line, is short and ends like no sentence. Tested
    // on the bytes around it first: nearly every sentence shares its line.
    let bytes = text.text.as_bytes();
    let heading = |span: Span| -> Option<&str> {
        let mut i = span.start;
        while i > 0
            && bytes
                .get(i - 1)
                .is_some_and(|b| matches!(b, b' ' | b'\t' | b'#' | b'*'))
        {
            i -= 1;
        }
        let mut j = span.end;
        while bytes.get(j).is_some_and(|b| matches!(b, b' ' | b'\t')) {
            j += 1;
        }
        let alone = i > 0
            && bytes.get(i - 1) == Some(&b'\n')
            && bytes.get(j).is_none_or(|b| matches!(b, b'\n' | b'\r'));
        if !alone || span.end.saturating_sub(span.start) > 80 {
            return None;
        }
        let line = text
            .slice(span)
            .trim_matches([' ', '\t', '#', '*', '\r', '\n']);
        // "People killed: 501" is a label and its figure, no heading.
        let label = line.contains(':') || line.bytes().any(|b| b.is_ascii_digit());
        let heading = !line.is_empty()
            && !label
            && !line.ends_with(['.', '!', '?', ';', ',', '"', '”', ')'])
            && line.split_whitespace().count() <= 4;
        heading.then_some(line)
    };
    let mut out: Vec<(usize, Option<String>)> = text
        .sentences()
        .iter()
        .chain(text.boilerplate())
        .filter_map(|&span| {
            let line = heading(span)?;
            // The place the whole line spells, as one name.
            let place = e.lookup(line).map(|x| e.key(e.country(x)).to_owned());
            Some((span.start, place))
        })
        .collect();
    out.sort_by_key(|&(start, _)| start);
    out
}

/// The entities of each sentence of a text, in text order, found the first time one
/// asks: an article's countries and the scope of a time read them, and a sentence is
/// searched once for both.
struct SentenceEntities<'t, 'a> {
    text: &'t Text<'a>,
    /// The spans of the text's names, in text order: the parties of amounts of money.
    names: Vec<Span>,
    /// By the sentence's index in [`Text::sentences`]: each entity with the words it
    /// spans, in text order.
    found: Vec<std::cell::OnceCell<Vec<(usize, Span)>>>,
}

impl<'t, 'a> SentenceEntities<'t, 'a> {
    fn new(text: &'t Text<'a>, names: Vec<Span>) -> Self {
        Self {
            text,
            names,
            found: vec![std::cell::OnceCell::new(); text.sentences().len()],
        }
    }

    /// The entities of sentence `i`, with their spans.
    fn at(&self, i: usize) -> &[(usize, Span)] {
        let Some(cell) = self.found.get(i) else {
            return &[];
        };
        cell.get_or_init(|| {
            let words = Words::nth(self.text, i);
            entities::LEXICON.find(&words, 0, words.len())
        })
    }

    /// The entities of a sentence of the text, by its span; `None` for a span that is
    /// none of its sentences (a dateline's line).
    fn of(&self, sentence: Span) -> Option<&[(usize, Span)]> {
        let all = self.text.sentences();
        let i = all
            .binary_search_by_key(&sentence.start, |s| s.start)
            .ok()?;
        (all.get(i) == Some(&sentence)).then(|| self.at(i))
    }
}

/// How many words either side of a fact its frame is read from, at most.
const REACH: usize = 40;

/// How many words of a span [`Sentence::cover`] steps over before it bisects the rest.
const COVER_STEPS: usize = 4;

/// How many spans' words [`Sentence::cover`] keeps (a power of two).
const COVER_MEMO: usize = 8;

/// A span and the words it covers (see [`Sentence::cover`]).
type Covered = (Span, Option<(usize, usize)>);

/// No span of a text: an empty slot of [`Sentence::covered`].
const NO_SPAN: Span = Span {
    start: usize::MAX,
    end: usize::MAX,
};

/// How many words' lemmas a thread keeps at most before it starts again (a bound on
/// the memory of the cache below, whatever the vocabulary of an archive).
const LEMMA_CACHE: usize = 1 << 16;

/// Lemmas by word: a word's lemma depends on its letters with ASCII case ignored
/// ([`lemma`] lower-cases first), so a word of up to 15 bytes is filed under its
/// [`caseless_key`], a longer one under itself.
struct LemmaCache {
    short: rustc_hash::FxHashMap<u128, WordLemma>,
    long: rustc_hash::FxHashMap<Box<str>, WordLemma>,
    /// In front of `short`, direct-mapped: per slot of a key, the last lemma looked
    /// up there (key 0, no packed key, for an empty slot). The words a text repeats
    /// ("the", "said", "troops") are found here without a hash look-up.
    front: Vec<(u128, Option<WordLemma>)>,
}

/// How many slots [`LemmaCache::front`] has (1 << 12).
const LEMMA_FRONT_BITS: u32 = 12;

/// A packed key's slot in [`LemmaCache::front`]: its halves folded, multiplied, the
/// top bits.
fn front_slot(key: u128) -> usize {
    let folded = (key ^ (key >> 64)) & u128::from(u64::MAX);
    let hash = u64::try_from(folded)
        .unwrap_or(0)
        .wrapping_mul(0x9E37_79B9_7F4A_7C15);
    usize::try_from(hash >> (64 - LEMMA_FRONT_BITS)).unwrap_or(0)
}

impl LemmaCache {
    /// An empty cache, its front at full size.
    fn new() -> Self {
        Self {
            short: rustc_hash::FxHashMap::default(),
            long: rustc_hash::FxHashMap::default(),
            front: vec![(0, None); 1 << LEMMA_FRONT_BITS],
        }
    }

    /// Starts again when one more word would take the cache past its bound: asked
    /// before each word is kept (the front keeps its size).
    fn bound(&mut self) {
        if self.short.len() + self.long.len() >= LEMMA_CACHE {
            self.short.clear();
            self.long.clear();
            self.front.fill((0, None));
        }
    }

    /// The lemma of a word, made and kept at the first meeting. The front's answer is inlined into the loop over a
    /// sentence's words; the rest is [`LemmaCache::get_behind`].
    #[inline]
    fn get(&mut self, word: &str) -> WordLemma {
        if let Some(key) = caseless_key(word) {
            if let Some((k, Some(lemma))) = self.front.get(front_slot(key)) {
                if *k == key {
                    return lemma.clone();
                }
            }
        }
        self.get_behind(word)
    }

    /// [`LemmaCache::get`] past the front.
    #[inline(never)]
    fn get_behind(&mut self, word: &str) -> WordLemma {
        match caseless_key(word) {
            Some(key) => {
                self.bound();
                let slot = front_slot(key);
                let lemma = self
                    .short
                    .entry(key)
                    .or_insert_with(|| WordLemma::of(word))
                    .clone();
                if let Some(front) = self.front.get_mut(slot) {
                    *front = (key, Some(lemma.clone()));
                }
                lemma
            }
            None => {
                if let Some(found) = self.long.get(word) {
                    return found.clone();
                }
                let made = WordLemma::of(word);
                self.bound();
                self.long.insert(word.into(), made.clone());
                made
            }
        }
    }
}

thread_local! {
    /// Lemmas by word as written: the frame reader lemmatises every word of each
    /// sentence with a fact, most of them words it has seen before.
    static LEMMAS: std::cell::RefCell<LemmaCache> = std::cell::RefCell::new(LemmaCache::new());
}

/// A word's lemma ([`lemma`]) with the word lists a phrase of which it may start or
/// end ([`lexicon::Marks`]), shared: computed once per word a thread meets.
#[derive(Debug, Clone)]
struct WordLemma(Rc<LemmaMarks>);

/// See [`WordLemma`].
#[derive(Debug)]
struct LemmaMarks {
    lemma: Box<str>,
    /// The lemma's packed key ([`caseless_key`]), 0 when it has none.
    key: u128,
    starts: lexicon::Bits,
    ends: lexicon::Bits,
}

impl std::ops::Deref for WordLemma {
    type Target = str;

    fn deref(&self) -> &str {
        &self.0.lemma
    }
}

impl AsRef<str> for WordLemma {
    fn as_ref(&self) -> &str {
        &self.0.lemma
    }
}

impl lexicon::Lemma for WordLemma {
    fn may_start(&self, bit: lexicon::Bits) -> bool {
        bit == 0 || self.0.starts & bit != 0
    }

    fn may_end(&self, bit: lexicon::Bits) -> bool {
        bit == 0 || self.0.ends & bit != 0
    }

    fn packed(&self) -> Option<u128> {
        Some(self.0.key).filter(|&k| k != 0)
    }
}

impl WordLemma {
    /// A word's lemma and marks, made anew.
    fn of(word: &str) -> Self {
        let lemma = lemma(word);
        let (starts, ends) = LEXICON.marks.of(&lemma);
        WordLemma(Rc::new(LemmaMarks {
            key: caseless_key(&lemma).unwrap_or(0),
            lemma: lemma.into(),
            starts,
            ends,
        }))
    }
}

/// A word's lemma ([`lemma`]), shared: computed once per word a thread meets.
fn cached_lemma(word: &str) -> WordLemma {
    LEMMAS.with(|cache| cache.borrow_mut().get(word))
}

/// The lemmas of a sentence's words ([`cached_lemma`]).
fn cached_lemmas(words: &Words<'_, '_>) -> Vec<WordLemma> {
    let mut lemmas = Vec::new();
    cached_lemmas_into(words, &mut lemmas);
    lemmas
}

/// [`cached_lemmas`] into a list, which is emptied first (its room kept).
fn cached_lemmas_into(words: &Words<'_, '_>, lemmas: &mut Vec<WordLemma>) {
    lemmas.clear();
    LEMMAS.with(|cache| {
        let mut cache = cache.borrow_mut();
        lemmas.extend((0..words.len()).map(|i| cache.get(words.w(i))));
    });
}

/// A sentence's words with their lemmas, computed once for all its facts.
struct Sentence<'t, 'a> {
    /// Where the sentence stands.
    span: Span,
    words: Words<'t, 'a>,
    lemmas: Vec<WordLemma>,
    /// Each word's start marks (its lemma's, see [`lexicon::Lemma::may_start`]), side
    /// by side: a scan for a list's phrases passes over the words none of them may
    /// start at without reading their lemmas (see [`Sentence::next_start`]).
    marks: Vec<lexicon::Bits>,
    /// The lists a phrase of which may start at one of the sentence's words: its
    /// lemmas' start marks OR-ed (see [`Sentence::may_hold`]).
    starts: lexicon::Bits,
    /// Whether this sentence or the one before or after it speaks of an exercise
    /// ("held a military exercise", "the drill came after"); see
    /// [`Sentence::exercise_near`].
    exercise_near: std::cell::OnceCell<bool>,
    /// The entities of the whole sentence, the scope of its times (see
    /// [`Sentence::time_scope`]), found the first time one asks.
    names: std::cell::OnceCell<Vec<String>>,
    /// The sentence's figures, each as its first word and the last word of its noun
    /// phrase (its unit), in text order.
    figures: Vec<(usize, usize)>,
    /// The entities of the text's sentences, shared by the sentences of one text.
    entities: &'t SentenceEntities<'t, 'a>,
    /// The sentence's names, each as its first and last word and the last word of its
    /// key, in text order: the holders of shares.
    holders: Vec<(usize, usize, &'t str)>,
    /// The measure and scope of the last figure framed in this sentence, lent to a
    /// figure that names no measure of its own ("and another 3,317 in Syria").
    last_figure: std::cell::RefCell<Option<(Option<Head>, Vec<String>)>>,
    /// The class, holder and status of the last holder's count framed in this sentence
    /// (seats, votes), and its last word: lent to a bare figure listed after it ("the
    /// Green Alliance won 312 seats, the Liberal Union 121").
    last_held: std::cell::RefCell<Option<(String, String, Status, usize)>>,
    /// The words spans were last found to cover ([`Sentence::cover`]), direct-mapped
    /// by the span: the passes of a fact's frame ask again and again about the same
    /// few spans (the figure, its unit, a name, a time).
    covered: [std::cell::Cell<Covered>; COVER_MEMO],
    /// The last clause whose words were asked for ([`Sentence::range`]), and them:
    /// the facts of a clause come one after another.
    ranged: std::cell::Cell<(Span, (usize, usize))>,
    /// Whether a share of a side told in this sentence is of a part of those voting
    /// (see [`Sentence::of_a_part_of_the_vote`]), found the first time one asks.
    part_of_the_vote: std::cell::OnceCell<bool>,
}

impl<'t, 'a> Sentence<'t, 'a> {
    fn new(text: &'t Text<'a>, sentence: Span, entities: &'t SentenceEntities<'t, 'a>) -> Self {
        let mut s = Self {
            span: sentence,
            words: Words::of(text, sentence),
            lemmas: Vec::new(),
            marks: Vec::new(),
            starts: 0,
            exercise_near: std::cell::OnceCell::new(),
            names: std::cell::OnceCell::new(),
            figures: Vec::new(),
            holders: Vec::new(),
            entities,
            last_figure: std::cell::RefCell::new(None),
            last_held: std::cell::RefCell::new(None),
            covered: std::array::from_fn(|_| std::cell::Cell::new((NO_SPAN, None))),
            ranged: std::cell::Cell::new((NO_SPAN, (0, 0))),
            part_of_the_vote: std::cell::OnceCell::new(),
        };
        s.read_lemmas();
        s
    }

    /// Fills the lemmas of the sentence's words, their marks and the marks of the
    /// whole (emptied first: a sentence's lists are reused for the next).
    fn read_lemmas(&mut self) {
        cached_lemmas_into(&self.words, &mut self.lemmas);
        self.marks.clear();
        self.marks.extend(self.lemmas.iter().map(|l| l.0.starts));
        self.starts = self.marks.iter().fold(0, |all, m| all | m);
    }

    /// Makes this sentence (of the same text and entities) the sentence at `sentence`,
    /// as [`Sentence::new`] would, in place: its lists are emptied and filled again
    /// rather than made anew, and the sentence is not moved (a text's sentences are
    /// read one after another). Its figures and holders are left empty.
    fn reuse(&mut self, text: &'t Text<'a>, sentence: Span) {
        self.span = sentence;
        self.words = Words::of(text, sentence);
        self.read_lemmas();
        self.figures.clear();
        self.holders.clear();
        self.exercise_near = std::cell::OnceCell::new();
        self.names = std::cell::OnceCell::new();
        self.last_figure = std::cell::RefCell::new(None);
        self.last_held = std::cell::RefCell::new(None);
        for memo in &self.covered {
            memo.set((NO_SPAN, None));
        }
        self.ranged.set((NO_SPAN, (0, 0)));
        self.part_of_the_vote = std::cell::OnceCell::new();
    }

    /// Whether this sentence, the one before or after it, or the article's headline
    /// and lead (its first two sentences: what it is about) speak of an exercise,
    /// found the first time one asks (most sentences never need it).
    fn exercise_near(&self) -> bool {
        *self.exercise_near.get_or_init(|| {
            let text = self.words.text;
            let all = text.sentences();
            // Sentences are in text order and do not overlap.
            let at = all
                .binary_search_by_key(&self.span.start, |s| s.start)
                .unwrap_or(0);
            let near = all
                .get(at.saturating_sub(1)..=at.saturating_add(1).min(all.len().saturating_sub(1)))
                .unwrap_or_default();
            let lead = all.get(..2.min(all.len())).unwrap_or_default();
            near.iter()
                .chain(lead.iter().filter(|s| !near.contains(s)))
                .any(|&s| {
                    if s == self.span {
                        names_exercise(&self.lemmas)
                    } else {
                        speaks_of_exercise(text, s)
                    }
                })
        })
    }

    /// Whether a phrase of a list may start at one of the sentence's words: a scan of
    /// the sentence for a list it cannot hold is skipped, with the same answer.
    fn may_hold<V: Clone>(&self, list: &lexicon::Phrases<V>) -> bool {
        list.may_start_in(self.starts)
    }

    /// The first word from `k` on, before `to`, at which a phrase of a list may start
    /// (by the words' start marks); `to` when there is none. A scan for the list's
    /// phrases finds nothing at the words in between.
    fn next_start<V: Clone>(&self, list: &lexicon::Phrases<V>, k: usize, to: usize) -> usize {
        (k..to)
            .find(|&j| self.marks.get(j).is_none_or(|&m| list.may_start_in(m)))
            .unwrap_or(to)
    }

    /// The lemmas from word `i` on, at most three.
    fn from(&self, i: usize) -> &[WordLemma] {
        let end = i.saturating_add(3).min(self.lemmas.len());
        self.lemmas.get(i..end).unwrap_or_default()
    }

    /// All lemmas.
    fn all(&self) -> &[WordLemma] {
        &self.lemmas
    }

    /// The words `first..=last` a span covers, if any: found once per span and kept
    /// (see [`Sentence::covered`]).
    fn cover(&self, span: Span) -> Option<(usize, usize)> {
        let slot = self
            .covered
            .get((span.start ^ span.end.rotate_left(3)) & (COVER_MEMO - 1));
        if let Some((kept, words)) = slot.map(std::cell::Cell::get) {
            if kept == span {
                return words;
            }
        }
        let words = self.find_cover(span);
        if let Some(slot) = slot {
            slot.set((span, words));
        }
        words
    }

    /// [`Sentence::cover`], found anew.
    fn find_cover(&self, span: Span) -> Option<(usize, usize)> {
        // Words are in text order and do not overlap: their starts and ends both rise,
        // so the first word a span touches is found by bisection.
        let spans = self.words.spans;
        let first = spans.partition_point(|w| w.end <= span.start);
        if first >= spans.len() {
            return None;
        }
        // The words that start before the span's end. The spans asked about are a
        // few words long (a figure, its unit, a name, a time): past the words before
        // `first` (all of them, when the word before `first` is) they are counted a
        // step at a time, up to COVER_STEPS, and only a longer span is bisected.
        let before_end = |w: &Span| w.start < span.end;
        let mut end = first;
        if first == 0 || spans.get(first - 1).is_some_and(before_end) {
            while end - first < COVER_STEPS && spans.get(end).is_some_and(before_end) {
                end += 1;
            }
            if end - first == COVER_STEPS {
                end += spans
                    .get(end..)
                    .unwrap_or_default()
                    .partition_point(before_end);
            }
        } else {
            end = spans.partition_point(before_end);
        }
        let last = end.checked_sub(1)?;
        (first <= last).then_some((first, last))
    }

    /// Words `[from, to)` of a clause: found once for the facts of a clause in a row
    /// (see [`Sentence::ranged`]).
    fn range(&self, clause: Span) -> (usize, usize) {
        let (kept, words) = self.ranged.get();
        if kept == clause {
            return words;
        }
        let words = self.find_range(clause);
        self.ranged.set((clause, words));
        words
    }

    /// [`Sentence::range`], found anew.
    fn find_range(&self, clause: Span) -> (usize, usize) {
        // By bisection (a clause is many words), as in `cover`.
        let spans = self.words.spans;
        let from = spans.partition_point(|w| w.start < clause.start);
        let to = spans.partition_point(|w| w.end <= clause.end);
        (from, to.max(from))
    }

    /// A head from words `from..=to`.
    fn head(&self, from: usize, to: usize, class: &str, known: bool) -> Option<Head> {
        let span = Span::new(self.words.span(from)?.start, self.words.span(to)?.end);
        Some(Head {
            class: class.to_owned(),
            word: lower(self.words.text.slice(span)),
            known,
            span,
            name: None,
        })
    }

    /// The person whose age a bare whole number set off by commas right after their
    /// name gives ("Maria Lopez, 26, of Riverside"; "Tomas Ruiz, 41."): the
    /// name, lower-case, as its key. A name is two to five capitalised words, not
    /// opening with a determiner ("The Interior Ministry, 12, …" is none). So is a
    /// number in brackets after the name ("Maria Lopez (26)"), and an age glued before
    /// a name of two words or more, past at most three lower-case words ("the
    /// 26-year-old nurse Maria Lopez"). A surname alone names a person when the
    /// article writes it after a first name too ([`Self::one_word_person`]: "Sheinbaum,
    /// 61," or "the 61-year-old Sheinbaum" where "Claudia Sheinbaum" is written).
    fn age_of(&self, fact: &Fact, first: usize, last: usize) -> Option<String> {
        let Value::Quantity(v) = &fact.value else {
            return None;
        };
        // "the 35-year-old Maria Lopez", "19-year-old rescued miner Tomas Ruiz".
        // A name of one word only right after the age, and not a word with a hyphen
        // ("the 61-year-old Sheinbaum"; "a 24-year-old K-pop singer" names no one).
        if fact.unit.as_ref().is_some_and(|u| u.lemma == "year-old") {
            let next = self.words.w(last + 1);
            return self.name_after(last).filter(|name| {
                name.contains(' ')
                    || (!next.contains('-')
                        && token_key(next) == *name
                        && self.one_word_person(last + 1))
            });
        }
        // An age is a whole number as written, never a rounding ("Maria Lopez, 50,").
        let n = v
            .nominal
            .filter(|_| fact.hedge == Hedge::None && fact.unit.is_none())?;
        if !(1.0..=120.0).contains(&n) || n.fract() != 0.0 || first != last {
            return None;
        }
        let text = self.words.text.text;
        let figure = self.words.span(first)?;
        let after = text.get(figure.end..)?.chars().next();
        if !matches!(after, Some(',' | '.' | ';' | ')')) {
            return None;
        }
        let prev = first.checked_sub(1)?;
        // "Maria Lopez, 26," or "Maria Lopez (26)".
        let gap = self.words.between(self.words.span(prev)?.end, figure.start);
        if !matches!(gap.trim(), "," | "(") || (gap.trim() == "(") != (after == Some(')')) {
            return None;
        }
        let capital = |k: usize| {
            let w = self.words.w(k);
            w.starts_with(char::is_uppercase)
                && w.chars()
                    .all(|c| c.is_alphabetic() || c == '-' || c == '\'')
        };
        let mut start = prev;
        while start > 0 && prev - start < 4 && capital(start - 1) && self.words.joined(start - 1) {
            start -= 1;
        }
        let name: Vec<&str> = (start..=prev).map(|k| self.words.w(k)).collect();
        // One word names a person only where no place or preposition is read ("found
        // Bankman-Fried, 32, guilty"; not "in Norville, 12,"): no word that ends a noun
        // phrase (`[size-names] phrase-ends`) before it.
        let one_word = name.len() == 1
            && self.one_word_person(start)
            && !start
                .checked_sub(1)
                .is_some_and(|b| self.words.is(b, &LEXICON.phrase_ends));
        if (name.len() < 2 && !one_word)
            || !name.iter().enumerate().all(|(i, _)| capital(start + i))
            || self
                .words
                .is(start, &["the", "a", "an", "on", "in", "at", "by"])
        {
            return None;
        }
        let keys: Vec<String> = name.iter().map(|w| token_key(w)).collect();
        Some(keys.join(" "))
    }

    /// Whether word `k` names a person by one word, a surname ("Sheinbaum",
    /// "Bankman-Fried", "O'Neill"): capitalised, its other letters lower-case but
    /// after a hyphen or an apostrophe, of three letters or
    /// more, no place, nationality, day or month, and the last word of a fuller name
    /// the article writes ("Claudia Sheinbaum"). "The 33-year-old Olympic champion", "a
    /// 26-year-old Kazakhstani" name no one.
    fn one_word_person(&self, k: usize) -> bool {
        let w = self.words.w(k);
        w.starts_with(char::is_uppercase)
            && w.chars().count() >= 3
            && w.chars().skip(1).any(char::is_lowercase)
            && w.chars().zip(w.chars().skip(1)).all(|(before, c)| {
                c.is_lowercase()
                    || matches!(c, '-' | '\'' | '’')
                    || (c.is_uppercase() && matches!(before, '-' | '\'' | '’'))
            })
            && !crate::text::is_calendar_word(w)
            && entities::LEXICON.lookup(w).is_none()
            && self.fuller_name(w)
    }

    /// Whether the article writes `surname` after a capitalised word of its own, as a
    /// name's last word ("Claudia Sheinbaum"; "The Sheinbaum", "But Sheinbaum" are none:
    /// no word of `[size-names] phrase-ends` is a first name). The text's such words are
    /// gathered once ([`full_name_ends`]).
    fn fuller_name(&self, surname: &str) -> bool {
        self.words.text.name_ends(full_name_ends).contains(surname)
    }

    /// Whether the figure at word `first` opens its sentence's figures right after
    /// "another" or "a further" ("Another 309 people lost their lives on Monday"): an
    /// addition to a count given before, not a part beside another figure of its
    /// sentence ("17,134 deaths in Turkey and another 3,317 in Syria"), nor a state of
    /// those counted (words `..to` of its clause: "a further 149 people remain injured",
    /// "another 10,100 are still missing": more than those counted before, not more
    /// since then).
    fn added_first(&self, first: usize, to: usize) -> bool {
        self.figures.first().is_some_and(|&(a, _)| a == first)
            && first
                .checked_sub(1)
                .is_some_and(|b| LEXICON.another.ending_at(self.all(), b).is_some())
            && !(first + 1..to).any(|k| self.words.is(k, &LEXICON.ongoing))
    }

    /// The measure word starting at word `k`: its length and class.
    fn measure_at(&self, k: usize) -> Option<(usize, lexicon::Class)> {
        LEXICON.measures.at(self.from(k)).map(|(n, c)| (n, *c))
    }

    /// The frame of one fact.
    fn frame(
        &self,
        fact: &mut Fact,
        times: &[(Span, Span, NaiveDate, NaiveDate)],
        published: Option<NaiveDate>,
    ) -> Option<Frame> {
        let (span, clause) = reading_place(self.words.text, fact);
        let (first, last) = self.cover(span)?;
        // The clause, but no more than REACH words either side of the fact: a run-on
        // "clause" of a thousand words is a list, not one claim, and reading it whole
        // for each of its facts would cost its length squared.
        let (from, to) = self.range(clause);
        // "the highest death toll (1,293)": a figure alone in brackets belongs to the
        // clause before them.
        let full = self.words.text.text;
        let bracketed =
            full.get(..fact.span.start)
                .is_some_and(|b| match crate::text::last_ascii_mark(b) {
                    // An ASCII byte other than white space before the figure decides.
                    Some(l) => l == b'(',
                    None => b.trim_end().ends_with('('),
                })
                && full
                    .get(fact.span.end..)
                    .is_some_and(|a| a.trim_start().starts_with(')'));
        let from = match first.checked_sub(1).and_then(|b| self.words.span(b)) {
            Some(word) if bracketed => self
                .words
                .text
                .clause_at(word.start)
                .map_or(from, |c| self.range(c).0.min(from)),
            _ => from,
        };
        let from = from.max(first.saturating_sub(REACH));
        let to = to.min(last.saturating_add(REACH + 1)).max(from);
        let status = self.status(from, to);
        let mut frame = Frame {
            measure: None,
            event: None,
            phase: None,
            scope: Vec::new(),
            article: Arc::default(),
            as_of: None,
            status,
            qualifier: None,
            from_publication: fact.kind == FactKind::Time
                && super::time::names_no_day(self.words.text.slice(fact.span)),
        };
        match fact.kind {
            FactKind::Quantity => {
                frame.measure = self.measure(fact, first, last, from, to);
                if let Some(crowd) =
                    self.crowd(fact, frame.measure.as_ref(), (first, last), (from, to))
                {
                    frame.measure = Some(crowd);
                }
                // The dead and the missing counted together ("died or are missing")
                // are the dead not yet confirmed, as "feared dead" are; a measure read
                // past the clause's end ("missing, feared dead") brings its words of
                // status.
                if let Some(m) = &frame.measure {
                    if m.class == "deaths" && m.word.contains("missing") {
                        frame.status = Status::Projected;
                    } else if let Some((_, end)) = self.cover(m.span).filter(|&(_, end)| end >= to)
                    {
                        frame.status = self.status(from, end + 1);
                    }
                }
                // "the delivery of almost 140,000 vehicles": the activity is the measure.
                if first >= 2
                    && self.words.is(first - 1, &["of"])
                    && LEXICON.activity.at(self.from(first - 2)).is_some()
                {
                    let lemma = crate::text::lemma(&self.words.w(first - 2).to_lowercase());
                    frame.measure = self.head(first - 2, first - 2, &lemma, false);
                }
                frame.scope = self.figure_scope(fact, (first, last), (from, to));
                // "died at Northside Hospital": a count of one institution, a part of
                // the toll (its own claim when the institution is named).
                let outcome = frame
                    .measure
                    .as_ref()
                    .is_some_and(|m| m.known && LEXICON.outcomes.contains(&m.class.as_str()));
                let institution = outcome
                    .then(|| self.institution(fact, (first, last), (from, to)))
                    .flatten();
                if let Some(scope::Institution::Named(name)) = &institution {
                    frame.scope = vec![name.clone()];
                }
                // "sentenced to 25 years": a prison term, the sentenced person's.
                if let Some((term, person)) =
                    self.prison_term(fact, frame.measure.as_ref(), (first, last), (from, to))
                {
                    frame.measure = Some(term);
                    if let Some(person) = person {
                        frame.scope = vec![person];
                    }
                }
                // "Maria Lopez, 26, of Riverside": a person's age.
                if let Some(person) = self.age_of(fact, first, last) {
                    frame.measure = self.head(first, last, "person age", true);
                    frame.scope = vec![person];
                    // "warned the toll could rise as he named 23-year-old Maria Lopez":
                    // the clause's modal is of another verb; an age is as told.
                    frame.status = Status::Reported;
                    if let Value::Quantity(v) = &mut fact.value {
                        v.min = v.nominal;
                        v.max = v.nominal;
                        v.min_inclusive = true;
                        v.max_inclusive = true;
                    }
                }
                let sourced = frame
                    .measure
                    .as_ref()
                    .is_some_and(|m| LEXICON.sourced.at(&[cached_lemma(&m.class)]).is_some());
                if frame.scope.is_empty() && sourced {
                    frame.scope.extend(self.source_country(fact));
                }
                frame.as_of = self.as_of(fact, times, published);
                frame.qualifier = self.qualifier(first, last, from, to);
                // "Another 309 people lost their lives in the province on Monday": what
                // a day added, not the count's level (`new`).
                let dated = frame.as_of.is_some_and(|a| a.from_clause());
                if frame.qualifier.is_none() && dated && self.added_first(first, to) {
                    frame.qualifier = Some("new".to_owned());
                }
                // "reported eight more fatalities", "101 more deaths": a figure with no
                // head of its own before "more" counts what was added (`new`); "10 more
                // people" keeps its reading.
                if frame.qualifier.is_none() && self.more_after(fact, last).is_some() {
                    frame.qualifier = Some("new".to_owned());
                }
                if frame.qualifier.is_none() {
                    frame.qualifier = subgroup(fact, frame.measure.as_ref());
                }
                if frame.qualifier.is_none() {
                    frame.qualifier = counter(fact, frame.measure.as_ref());
                    // A crowd's count is an estimate however it is told: "police
                    // estimated 80,000" and "80,000, according to police" are one.
                    if frame.qualifier.is_some() && frame.status == Status::Estimated {
                        frame.status = Status::Reported;
                    }
                }
                if frame.qualifier.is_none() && self.rest_after(last, frame.measure.as_ref()) {
                    frame.qualifier = Some("part".to_owned());
                }
                if frame.qualifier.is_none()
                    && matches!(institution, Some(scope::Institution::Unnamed))
                {
                    frame.qualifier = Some("part".to_owned());
                }
                self.lower_bound(fact, first, from);
                // "2,500 of them": a part of the figure before, not a count of its own.
                let bare = fact.unit.is_none() && !self.words.is(last + 1, &["of"]);
                self.lend(&mut frame, bare, first, from);
                self.measured(fact, &mut frame, (first, last), (from, to));
                self.share(fact, &mut frame, (first, last), (from, to));
                self.held_count(fact, &mut frame, (first, last), (from, to));
                self.sided_votes(fact, &mut frame, last, to);
                // "six Canadian passengers", "four Germans", "12 foreigners": a count of
                // one nationality (keyed by its country, whatever the clause names) or of
                // foreigners, a part of the whole that "including" does not make less of
                // a claim ("54 people, including five Canadians").
                // A part of a count ("a toll of 154, including 26 foreigners") takes no
                // measure of the count it is lent.
                // "passengers from 30 countries", "30 countries whose citizens died".
                if self.counts_nationalities(fact, first) {
                    let span = fact.unit.as_ref().map_or(fact.span, |u| u.span);
                    if let Some((a, b)) = self.cover(span) {
                        frame.measure = self.head(a, b, "nationalities", true);
                    }
                }
                let part = frame.qualifier.as_deref() == Some("part");
                let own = frame.measure.as_ref().filter(|_| !part);
                if let Some((class, country)) = self.nationality(fact, last, own) {
                    let span = fact.unit.as_ref().map_or(fact.span, |u| u.span);
                    if let Some((a, b)) = self.cover(span) {
                        // "seven Japanese, six Filipinos and three Britons died": those of
                        // one nationality the outcome after their list befell, a part of
                        // them (a count that grows as the dead are named), compared only
                        // with the same nationality's count of it.
                        if let Some(outcome) = self.outcome_after_list(b) {
                            frame.measure = Some(outcome);
                            national_part(&mut frame, class, country);
                        } else {
                            frame.measure = self.head(a, b, class, true);
                            frame.scope = country.into_iter().collect();
                            if frame.qualifier.as_deref() == Some("part") {
                                frame.qualifier = None;
                            }
                        }
                    }
                } else if let Some((class, country)) = own
                    .is_some()
                    .then(|| self.closes_list_of_nationals(fact, first, last))
                    .flatten()
                {
                    // "... six Filipinos and three Britons died": the list's last item,
                    // whose own verb tells the outcome, is one nationality's part like
                    // the items before it, not a count of the places the clause names.
                    national_part(&mut frame, class, country);
                }
                // "crashed with 54 people on board on its way from Port Halden": those on
                // board are the vehicle's, not of the places of its route.
                if frame
                    .measure
                    .as_ref()
                    .is_some_and(|m| m.class == "on board")
                {
                    frame.scope.clear();
                }
                // "12 of the passengers", "three of the dead", "three of four vehicles": a
                // part of those its head counts, never their count.
                let partitive = self.words.is(last + 1, &["of"])
                    && (LEXICON.partitive.at(self.from(last + 2)).is_some()
                        || self.figures.iter().any(|&(a, _)| a == last + 2))
                    && fact.unit.as_ref().is_some_and(|u| {
                        frame.measure.as_ref().is_some_and(|m| m.span == u.span)
                            && self.cover(u.span).is_some_and(|(a, _)| a > last + 1)
                    });
                // "Nearly 5,000 were injured and dozens of them are missing": some of
                // those counted before.
                let of_them =
                    self.words.is(last + 1, &["of"]) && self.words.is(last + 2, &["them", "whom"]);
                if (partitive || of_them) && frame.qualifier.is_none() {
                    frame.qualifier = Some("part".to_owned());
                }
                // "Eight crew members left": some of a crew, not its size (a measure lent by
                // the figure before too: "Among the 22 crew members, 20 were foreign").
                let role = frame
                    .measure
                    .as_ref()
                    .is_some_and(|m| m.known && LEXICON.roles.at(&[m.class.as_str()]).is_some());
                // "the 22 crew members", "four crew members were on board": the whole.
                let whole = first
                    .checked_sub(1)
                    .is_some_and(|k| LEXICON.whole_role.at(self.from(k)).is_some())
                    || (role
                        && fact
                            .unit
                            .as_ref()
                            .and_then(|u| self.cover(u.span))
                            .is_some_and(|(_, b)| self.aboard_at(b + 1).is_some()));
                // "the other four workers": the rest of a group.
                let rest = first
                    .checked_sub(1)
                    .is_some_and(|k| LEXICON.rest.at(self.from(k)).is_some());
                if ((role && !whole) || rest) && frame.qualifier.is_none() {
                    frame.qualifier = Some("some".to_owned());
                }
                // "140 vessels are waiting to pass": a queue, whose count changes by
                // the hour.
                let group = frame
                    .measure
                    .as_ref()
                    .is_some_and(|m| m.known && LEXICON.groups.contains(&m.class.as_str()));
                // "Several employees are suing", "a few protesters threw stones": a
                // handful of a group, never its count.
                if group && handful(fact) && frame.qualifier.is_none() {
                    frame.qualifier = Some("some".to_owned());
                }
                // "312 injured passengers were discharged": those an outcome befell, some
                // of the group, not its size.
                let befallen = fact
                    .unit
                    .as_ref()
                    .and_then(|u| self.cover(u.span))
                    .is_some_and(|(a, _)| {
                        (last + 1..a).any(|k| {
                            self.measure_at(k)
                                .is_some_and(|(_, c)| c.rank == lexicon::Rank::Outcome)
                        })
                    });
                if group && befallen && frame.qualifier.is_none() {
                    frame.qualifier = Some("some".to_owned());
                }
                // "Among those killed were five students", "six students are among the
                // 149 injured": a part of a casualty count, no count of the group.
                let among_outcome = || {
                    (from..to).any(|k| {
                        self.words.is(k, &["among"])
                            && (k + 1..(k + 4).min(to)).any(|j| {
                                self.measure_at(j)
                                    .is_some_and(|(_, c)| c.rank == lexicon::Rank::Outcome)
                            })
                    })
                };
                if group && frame.qualifier.is_none() && among_outcome() {
                    frame.qualifier = Some("part".to_owned());
                }
                if group
                    && frame.qualifier.is_none()
                    && self.may_hold(&LEXICON.queue)
                    && (from..to).any(|k| LEXICON.queue.at(self.from(k)).is_some())
                {
                    frame.qualifier = Some("queue".to_owned());
                }
                // "released the names of some 130 people who are unaccounted for": a
                // list of those named so far, not the count of all of them.
                if frame.qualifier.is_none()
                    && first > from
                    && LEXICON
                        .named
                        .ending_at(self.all(), first - 1)
                        .is_some_and(|(start, _)| start >= from)
                {
                    frame.qualifier = Some("list".to_owned());
                }
                // "the 300-meter-long Northwind": a size of a named object, in metres or
                // tonnes.
                // "76 km northwest of Norville": a distance from a named place, however
                // it is told ("came down 62 km southeast of Norville" is no change).
                let mut size = self.size_of(fact, first, last, from);
                if size.is_none() {
                    size = self.distance_from(fact, first);
                    if size.is_some() {
                        frame.qualifier = None;
                    }
                }
                if let Some(size) = size {
                    frame.measure = self.head(first, last, size.dimension, true);
                    frame.scope = vec![size.object.clone()];
                    frame.scope.extend(size.located.clone());
                    size::rescale(fact, &size);
                }
                // "Eastland will pay $95 a share": an amount of money with what it is of
                // and whose, in its currency.
                let class = frame
                    .measure
                    .as_ref()
                    .filter(|m| m.known)
                    .map(|m| m.class.as_str());
                // "an approximate 9 percent ownership interest" may be read as a share
                // held: a stake or premium after it says what it is.
                let percent = matches!(class, Some("share" | "vote share"))
                    && fact.unit.as_ref().is_some_and(|u| u.lemma == "percent");
                // "fined a record $5 million": a record amount is the fine all the same.
                let plain = matches!(frame.qualifier.as_deref(), None | Some("record"));
                // "record annual profits of $55.7 billion": earnings are told by the year.
                let rate = frame.qualifier.as_deref() == Some("rate");
                if (class == Some("money") || percent) && (plain || rate) {
                    // A company's value moves each day, and a later article recaps an
                    // earlier day's without its date: only a value its text dates (or
                    // one of a day's close) is a claim.
                    let text_dated = frame.as_of.is_some_and(|a| a.from != AsOfOrigin::Published);
                    let money = self
                        .money_of(fact, first, last, percent)
                        .filter(|m| plain || matches!(m.role, "revenue" | "profit" | "trade"))
                        .filter(|m| text_dated || !matches!(m.role, "valuation" | "market value"));
                    if let Some(money) = money {
                        frame.qualifier = None;
                        frame.measure = self.head(first, last, money.role, true);
                        frame.scope = money.parties;
                        if !percent {
                            let unit = fact.unit.as_ref();
                            let code = unit
                                .and_then(|u| {
                                    crate::extract::quantity::currency_code(
                                        self.words.text.slice(u.span),
                                    )
                                })
                                .or_else(|| {
                                    unit.and_then(|u| {
                                        crate::extract::quantity::currency_code(&u.lemma)
                                    })
                                });
                            frame.scope.push(code.unwrap_or("?").to_owned());
                        }
                        // A price agreed is the price paid: "will pay" and "pays" are one.
                        // So is a deal's financing, however its plan is told ("would use
                        // $21 billion in equity").
                        let financing = money.role.ends_with(" financing");
                        if frame.status == Status::Planned
                            || (financing && frame.status == Status::Projected)
                        {
                            frame.status = Status::Reported;
                        }
                    }
                }
                // "a 15-year contract", "a 36-minute delay": a length of time that
                // measures no event is of what its own phrase names; only a length of
                // the same thing is the same claim.
                let length = frame.event.is_none()
                    && frame
                        .measure
                        .as_ref()
                        .is_some_and(|m| m.known && m.class == "duration");
                if let Some(of) = length
                    .then(|| self.figure_of(fact, (first, last), to))
                    .flatten()
                {
                    if let Some(mut head) = self.head(first, last, "length of", true) {
                        head.name = Some(of.to_owned());
                        frame.measure = Some(head);
                    }
                }
                // "beat France 4-2": a score's figure is of its side, and of the final
                // score unless a word near says otherwise ("at halftime").
                if fact.unit.as_ref().is_some_and(|u| u.lemma == "score") {
                    let second = fact
                        .unit
                        .as_ref()
                        .is_some_and(|u| u.span.start != fact.span.start);
                    let read = crate::extract::quantity::score::side(&self.words, first, second);
                    if let Some((side, qualifier)) = read {
                        frame.measure = self.head(first, first, "score", true);
                        frame.scope = vec![side];
                        frame.qualifier = qualifier.map(str::to_owned);
                        frame.status = Status::Reported;
                    }
                }
            }
            FactKind::Time => {
                // "as of Monday" dates a count, not an event.
                // So does "figures from April 20", "data of Monday".
                let count_date = first >= 2
                    && ((self.words.is(first - 2, &["as"]) && self.words.is(first - 1, &["of"]))
                        || (self.words.is(first - 1, &["from", "of"])
                            && LEXICON.count_data.at(self.from(first - 2)).is_some()));
                // "a magnitude 6 or greater quake in the next week", "within the coming
                // days": a window ahead, no date of the event.
                let window = first >= 2
                    && LEXICON
                        .window
                        .at(self.from(first - 2))
                        .is_some_and(|(n, ())| n == 3);
                // The clause first; else the sentence, near the time ("a week of
                // talks in Geneva, Brussels and Vienna last week").
                // "tallied in Sunday's runoff": a possessive time dates its noun.
                let possessive_event = self.possessive_event(last, to);
                let possessive = possessive_event.is_some();
                frame.event = match self.verb_before(first, from) {
                    _ if count_date || window => None,
                    _ if possessive_event.is_some() => possessive_event,
                    // "The toll rose on Tuesday": the time dates the verb; an event
                    // verb is the event itself ("talks began on Monday" is not, but
                    // "met on Monday" is), and so is the subject of a verb that says it
                    // happened ("the quake struck on Friday").
                    Some(k) => l_event(self, k)
                        .or_else(|| self.event_reaching(k))
                        .or_else(|| self.subject_event(k, from))
                        .or_else(|| self.object_after(last, to))
                        .or_else(|| self.event_of_outcome(k, last)),
                    // "the toll in the crash on Monday increased to 278": a verb of a
                    // level or of saying right after the time is what it dates, not
                    // the event noun before it.
                    None if self.level_or_saying_at(last + 1) => l_event(self, last + 1),
                    None => self.event(first, last, (from, to), usize::MAX).or_else(|| {
                        let near = (
                            first.saturating_sub(REACH),
                            last.saturating_add(REACH + 1).min(self.words.len()),
                        );
                        self.event(first, last, near, 8)
                    }),
                };
                // "who died Sunday aboard Flight 302 when it crashed": a short verb
                // ("died") is no past form to `verb_before`, but still an outcome.
                if frame.event.is_none() && !count_date && !window {
                    let before = first
                        .checked_sub(1)
                        .map(|k| {
                            if self.words.is(k, &["on"]) {
                                k.saturating_sub(1)
                            } else {
                                k
                            }
                        })
                        .filter(|&k| k >= from);
                    frame.event = before.and_then(|k| self.event_of_outcome(k, last));
                }
                // "the disaster occurred on June 24", "the tragedy on Saturday night": a
                // disaster named only in general, dated as the article's (see
                // `resolve_mishaps`).
                if frame.event.is_none() && !count_date && !window {
                    frame.event = self.mishap(first, from, last);
                }
                let ranged = matches!(
                    &fact.value,
                    Value::Time(TimeValue::Resolved {
                        granularity: Granularity::Range,
                        ..
                    })
                );
                let mut read = if count_date || window {
                    phase::PhaseRead::default()
                } else {
                    self.phase(first, last, frame.event.as_ref(), (from, to), ranged)
                };
                if read.event.is_some() {
                    frame.event = read.event;
                }
                if self.names_a_season(fact, first, last) {
                    frame.event = None;
                    frame.qualifier = Some("season".to_owned());
                }
                // "… at the count centre, in Dublin, Ireland, May 26, 2018.": a photo
                // caption's dateline dates the picture, not the event it shows.
                if self.dateline(fact, first, last) {
                    frame.event = None;
                }
                // "sank in the night from Tuesday to Wednesday": two days of one night,
                // neither of them the event's date nor its start.
                if self.night_between(first) {
                    frame.event = None;
                    read.phase = None;
                }
                // "the vote previously scheduled for July 10", "originally set for
                // Monday": a day since given up, no date of the event.
                let given_up = (first.saturating_sub(3).max(from)..first)
                    .any(|k| self.words.is(k, &["previously", "originally", "initially"]));
                if given_up && frame.qualifier.is_none() {
                    frame.qualifier = Some("earlier".to_owned());
                }
                frame.phase = read.phase;
                // "announced on Thursday that it will purchase U.S. Steel": the saying
                // is done, whatever it says of what comes: words of a plan after its
                // time are the words said ("will announce on Monday" stays a plan).
                if frame.status != Status::Reported
                    && frame
                        .event
                        .as_ref()
                        .is_some_and(|e| e.class == ANNOUNCEMENT && e.span.end <= fact.span.start)
                {
                    frame.status = self.status(from, last + 1);
                }
                // "the landing is expected on August 23": an event expected on a day is
                // one not yet held, when a word of expecting stands shortly before its
                // time; one after it, or far before it, is another clause's ("kicked off
                // what observers expect to be the largest exercise in years on
                // Thursday"), and "would" in words said is a plan ("said it would hold
                // talks on January 19").
                // "projected her the winner of Sunday's election": a possessive time
                // dates its noun as a given, whatever the clause forecasts of it.
                if frame.status == Status::Projected && possessive {
                    frame.status = Status::Reported;
                } else if frame.status == Status::Projected {
                    let lo = first.saturating_sub(PROJECTED_REACH).max(from);
                    if !(lo..first).any(|k| LEXICON.expecting.at(self.from(k)).is_some()) {
                        frame.status = match self.status(lo, first) {
                            Status::Projected => Status::Planned,
                            near => near,
                        };
                    }
                }
                if let Some(event) = &mut frame.event {
                    event.name = self.event_name(event.span, first);
                }
                // "Another eruption on Monday spewed ash": one more event of the class,
                // after the story's own, which the time does not date.
                if frame
                    .event
                    .as_ref()
                    .is_some_and(|e| e.name.is_none() && self.another_event(e.span))
                {
                    frame.event = None;
                }
                // "Eastland Corp said on Tuesday it is buying Northwind": the day a
                // party said it does what it announces once dates that announcement.
                if let Some(announced) = frame
                    .event
                    .as_ref()
                    // "after reports last week that a deal was close": reports of
                    // others are no party's announcement.
                    .filter(|e| {
                        e.known
                            && e.class == ANNOUNCEMENT
                            && frame.phase.is_none()
                            && !matches!(e.word.as_str(), "reports" | "rumours" | "rumors")
                    })
                    .and_then(|e| self.announced(e.span, last))
                {
                    frame.event = Some(announced);
                    frame.status = Status::Reported;
                }
                frame.scope = read.scope.unwrap_or_else(|| self.time_scope());
                // "from last Monday's tremor": the preposition is the event's, not the
                // time's; a possessive time dates its noun.
                let possessive = is_possessive(self.words.w(last));
                if (self.bounds_at(first) || self.closes_between(first))
                    && !possessive
                    && !read.adjacent
                {
                    frame.qualifier = Some("bound".to_owned());
                }
                // "Monday's drills": a day of an event that lasts days, not its date.
                // "the sixth day of protests": a numbered day is a day of its own.
                let numbered = frame
                    .event
                    .as_ref()
                    .and_then(|e| e.name.as_deref())
                    .is_some_and(numbers_a_day);
                let lasting = frame.event.as_ref().is_some_and(|e| lasting(&e.class));
                if lasting
                    && !numbered
                    && frame.phase.is_none()
                    && !ranged
                    && frame.qualifier.is_none()
                {
                    frame.qualifier = Some("during".to_owned());
                }
            }
            FactKind::Name | FactKind::Duration => return None,
        }
        Some(frame)
    }

    /// Whether the outcome a figure ending at word `last` counts befell others too, told
    /// of later in its sentence ("34 people died inside the stadium, while others
    /// perished in hospital", "… and all others in hospitals"): the figure is a part of
    /// the count. Not "20 others" (a count of its own).
    fn rest_after(&self, last: usize, measure: Option<&Head>) -> bool {
        let outcome = measure
            .filter(|m| m.known)
            .is_some_and(|m| LEXICON.outcomes.contains(&m.class.as_str()));
        // Within a few words of the figure: a long run-on sentence is not walked to its
        // end for each of its figures.
        let end = self.words.len().min(last + REST_REACH);
        outcome
            && (last + 2..end).any(|k| {
                self.words.is(k, &["others"])
                    && self.words.is(
                        k - 1,
                        &["while", "and", "all", "many", "most", "some", "the"],
                    )
                    && (k + 1..(k + 5).min(self.words.len()))
                        .any(|j| LEXICON.others_rest.at(self.from(j)).is_some())
            })
    }

    /// What the figure before in the sentence lends a figure at word `first` (and
    /// keeps for the next): its measure, when this one names none of its own and
    /// follows "another", "the total" or "including" ("17,134 deaths in Turkey and
    /// another 3,317 in Syria", "putting the total at 20,451", "bringing the total so
    /// far to 56", "including 3,419 in
    /// Turkey"). A part with a place of its own, not the whole's, is that place's
    /// figure, no part ("including 3,419 in Turkey" of a toll in Turkey and Syria).
    /// A bare figure (`bare`: no noun of its own) with a place of its own, listed after
    /// a figure of a measure, counts that measure in its place ("1,293 deaths in one
    /// province, 452 in another and 41 in a third"); so does a bare revised figure
    /// ("was earlier put at 288, which the state revised to 275").
    fn lend(&self, frame: &mut Frame, bare: bool, first: usize, from: usize) {
        // A measure of an event (a magnitude) neither lends nor borrows: "from
        // Monday's 7.8-magnitude tremor, bringing the total to 20,451" totals the toll
        // before it.
        if frame
            .measure
            .as_ref()
            .is_some_and(|m| m.known && LEXICON.event_measures.contains(&m.class.as_str()))
        {
            return;
        }
        let mut last = self.last_figure.borrow_mut();
        if let Some((measure, scope)) = last.as_ref() {
            let part = frame.qualifier.as_deref() == Some("part");
            // Within `reach` words before the figure: "another" right before it
            // ("and another 95"), "the total" a little further ("bringing the total so
            // far to 56").
            let before = |list: &lexicon::Phrases<()>, reach: usize| {
                (first.saturating_sub(reach).max(from)..first)
                    .any(|k| list.ending_at(self.all(), k).is_some())
            };
            let placed = !frame.scope.is_empty() && frame.scope != *scope;
            let listed = first.checked_sub(1).is_some_and(|b| {
                self.words.is(b, &["and"])
                    || self
                        .words
                        .span(b)
                        .zip(self.words.span(first))
                        .is_some_and(|(x, y)| self.words.between(x.end, y.start).trim() == ",")
                    || self.bracket_name(first).is_some()
            });
            // "earlier put at 288, which the state revised to 275": a revision of the
            // figure before counts what it counts.
            let revision = bare && frame.qualifier.as_deref() == Some("revised");
            let same = before(&LEXICON.total, 5)
                || revision
                || (placed && before(&LEXICON.another, 3))
                || (placed && bare && listed);
            let named = frame.measure.as_ref().is_some_and(|m| m.known);
            if (part || same) && !named && measure.as_ref().is_some_and(|m| m.known) {
                frame.measure.clone_from(measure);
            }
            if part && placed {
                frame.qualifier = None;
            }
        }
        *last = Some((frame.measure.clone(), frame.scope.clone()));
    }

    /// The event a possessive time ending at word `last` names in the three words after
    /// it ("Sunday's presidential runoff vote"), before word `to`.
    fn possessive_event(&self, last: usize, to: usize) -> Option<Head> {
        let w = self.words.w(last);
        if !is_possessive(w) {
            return None;
        }
        (last + 1..to.min(last + 4)).find_map(|k| {
            let (n, class) = LEXICON.events.at(self.from(k))?;
            if *class == CLOSE && !self.close_of_premium(k) {
                return None;
            }
            self.head(k, k + n - 1, class, true)
        })
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
        if !self.may_hold(&l.events) {
            return None;
        }
        if let Some(head) = self.possessive_event(last, to) {
            return Some(head);
        }
        let mut best: Option<(usize, usize, usize, &str)> = None;
        let mut k = from;
        while k < to {
            // A word no event starts at changes nothing here (and the distances below
            // only grow): passed over.
            k = self.next_start(&l.events, k, to);
            if k >= to {
                break;
            }
            if (first..=last).contains(&k) {
                k = last + 1;
                continue;
            }
            // After the time, distances only grow with `k`: once one would not beat
            // the best so far, or lies past `max`, no later word can be taken.
            if k > last {
                let distance = (k - last) + 1;
                if distance > max || best.is_some_and(|(d, ..)| distance >= d) {
                    break;
                }
            }
            // "are due to run until Thursday": "due to" carries a date to a verb, and
            // is no deadline.
            let carrier = || l.support.at(self.from(k)).is_some() && self.words.is(k + 1, &["to"]);
            // "the crash site", "the flood zone", "the area of the sinking": a place
            // named by its event.
            let place = |n: usize| {
                self.words.is(k + n, &l.event_places)
                    || (k >= 3
                        && self.words.is(k - 1, &["the", "a", "its", "their"])
                        && self.words.is(k - 2, &["of"])
                        && self.words.is(k - 3, &l.event_places))
            };
            // "still on fire at mid-day Saturday", "still burning on Monday": a state
            // that lasts, which the time finds going on, not the event's date.
            let lasting = || (k.saturating_sub(2)..k).any(|j| self.words.is(j, &["still"]));
            let found = l
                .events
                .at(self.from(k))
                .filter(|_| !carrier())
                .filter(|&(n, _)| !place(n) && !lasting())
                .filter(|&(_, class)| *class != CLOSE || self.close_of_premium(k));
            // "the outbreak was declared over on Friday": a declaration of its end
            // ("over" within three words after it) is no declaration of the
            // outbreak; the words of its end are read at their own word.
            let found = found.filter(|&(n, class)| {
                *class != OUTBREAK
                    || !(k + n..(k + n + 3).min(self.words.len()))
                        .any(|j| self.words.is(j, &["over"]))
            });
            // "a Thursday condo tower collapse": an event dated in place by another
            // time is that time's.
            let found = found.filter(|_| !self.dated_in_place(k, first, last));
            // "from the ruins of a collapsed building on Wednesday": a participle
            // between an article and its noun describes the thing, no event of it.
            let found = found.filter(|&(n, _)| {
                !(n == 1
                    && k > 0
                    && self.words.w(k).ends_with("ed")
                    && self.words.is(k - 1, &["a", "an", "the"])
                    && self
                        .words
                        .w(k + 1)
                        .starts_with(|c: char| c.is_lowercase() || c.is_ascii_digit()))
            });
            if let Some((n, class)) = found.filter(|&(n, _)| {
                // "on Tuesday in a sixth day of protests": a numbered day's words
                // are the event's own.
                let own = if k > last {
                    self.numbered_day(k).map_or(k, |(at, _)| at.max(last + 1))
                } else {
                    k
                };
                self.attached(own, k + n - 1, first, last)
            }) {
                let end = k + n - 1;
                // Words before the time weigh a little less than after: "talks on
                // Monday" and "on Monday the talks" both date talks.
                // An aside set off by commas is no distance ("the war games, taking
                // place on the western flanks, are due to run until Thursday").
                let distance = if end < first {
                    let aside = self.aside(end + 1, first).map_or(0, |(a, b)| b - a);
                    first - end - aside
                } else {
                    // A phrase that reaches into the time ("final in" before "in 2022")
                    // is the farthest of all.
                    k.checked_sub(last).map_or(usize::MAX, |d| d + 1)
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

impl Sentence<'_, '_> {
    /// Whether the event word at `k` is dated in place by a time other than the one at
    /// words `first..=last`: a day, month or year between an article and the word, or
    /// a possessive one ("a Thursday condo tower collapse", "the June 24 collapse",
    /// "Monday's quake"), with at most three words between.
    fn dated_in_place(&self, k: usize, first: usize, last: usize) -> bool {
        let mut j = k;
        while j > k.saturating_sub(4) {
            j -= 1;
            if (first..=last).contains(&j) {
                return false;
            }
            let w = self.words.w(j);
            if w.ends_with(',') {
                return false;
            }
            let bare = possessive_stem(w).unwrap_or(w);
            let possessive = bare.len() < w.len();
            let year = four_digits(bare);
            let day =
                !bare.is_empty() && bare.len() <= 2 && bare.chars().all(|c| c.is_ascii_digit());
            // "the June 24 collapse": the month before the day.
            let at = if day && j.checked_sub(1).is_some_and(|m| is_month(self.words.w(m))) {
                j - 1
            } else {
                j
            };
            let named =
                bare.starts_with(char::is_uppercase) && (is_weekday(bare) || is_month(bare));
            if !(year || named || at < j) {
                continue;
            }
            return possessive
                || at
                    .checked_sub(1)
                    .is_some_and(|d| self.words.is(d, &["a", "an", "the", "this", "last"]));
        }
        false
    }

    /// Whether a market close at word `k` is the one an offer's premium is taken on: a
    /// premium stands at most [`PREMIUM_REACH`] words before it ("a 45% premium to
    /// Westfield's April 1 close", "a premium over its closing price on Friday"). Any
    /// trading day has a close; only that one is dated once in a story of a deal.
    fn close_of_premium(&self, k: usize) -> bool {
        (k.saturating_sub(PREMIUM_REACH)..k).any(|j| self.money_word(j, "premium").is_some())
    }

    /// An event's own name: one capitalised word right after its word, itself
    /// capitalised, a single space between, that is not a month or weekday, not the
    /// time itself, and not followed by another capitalised word ("Hurricane Lena",
    /// "Storm Nora"; not "the storm Monday", nor a headline's "Talks Slated For").
    fn event_name(&self, event: Span, time: usize) -> Option<String> {
        let (first, last) = self.cover(event)?;
        if let Some(name) = self.event_modifier(first, last) {
            return Some(name);
        }
        let next = last + 1;
        let span = self.words.span(next)?;
        let word = self.words.w(next);
        let gap = self.words.text.slice(Span::new(event.end, span.start));
        let capital = |k: usize| self.words.w(k).starts_with(char::is_uppercase);
        let followed = self.words.span(next + 1).is_some_and(|after| {
            self.words.text.slice(Span::new(span.end, after.start)) == " " && capital(next + 1)
        });
        (next != time
            && capital(first)
            && gap == " "
            && capital(next)
            && !followed
            && word.chars().all(char::is_alphabetic)
            && !word.ends_with("ed")
            && !is_calendar(word))
        .then(|| word.to_lowercase())
    }

    /// What sets an event apart from others of its class, before its word `first`: a
    /// decimal figure right before it ("a magnitude 5.7 earthquake", "a 7.8-magnitude
    /// quake", "a magnitude-7.8 quake", "a 6.4 magnitude tremor": the figure), or a word of
    /// [`lexicon::Lexicon::distinct`] in the four words before or among its own words
    /// `first..=last` ("the first round of the election", "the runoff vote").
    fn event_modifier(&self, first: usize, last: usize) -> Option<String> {
        let l = &*LEXICON;
        let decimal = |k: usize| magnitude_word(self.words.w(k)).map(str::to_owned);
        if let Some((_, n)) = self.numbered_day(first) {
            return Some(format!("{NUMBERED_DAY}{n}"));
        }
        let before = first.checked_sub(1)?;
        let figure = if self.words.is(before, &["magnitude"]) {
            before.checked_sub(1).and_then(decimal)
        } else {
            decimal(before)
        };
        if figure.is_some() {
            return figure;
        }
        // The event's own words first: "the presidential runoff vote", "the runoff on
        // Sunday" name the runoff as "the second round of the election" does.
        for k in (first.saturating_sub(4)..=last).rev() {
            if let Some((n, ())) = l.distinct.at(self.from(k)) {
                let span = Span::new(self.words.span(k)?.start, self.words.span(k + n - 1)?.end);
                // One name however it is hyphenated: "run-off" is "runoff".
                let name = self.words.text.slice(span).to_lowercase();
                return Some(if name.contains(' ') {
                    name.replace('-', " ")
                } else {
                    name.replace('-', "")
                });
            }
        }
        None
    }
}

impl Sentence<'_, '_> {
    /// The number of the day of an event whose word is word `first`, when the text
    /// numbers it: "the sixth day of protests", "its 6th day of mobilisation", "a sixth
    /// straight day of strikes", "the first day of strikes and marches" ("day of" at
    /// most four words before the event's word, no punctuation between); with the
    /// word the ordinal is.
    fn numbered_day(&self, first: usize) -> Option<(usize, usize)> {
        // "the sixth day of action": the event's own words start with its day.
        if self.words.is(first, &["day", "days"]) {
            return self.ordinal_before(first);
        }
        let of = (first.saturating_sub(4)..first)
            .rev()
            .find(|&k| self.words.is(k, &["of"]))?;
        let (a, b) = (self.words.span(of)?, self.words.span(first)?);
        let gap = self.words.between(a.end, b.start);
        if gap
            .chars()
            .any(|c| !(c.is_alphanumeric() || c.is_whitespace() || c == '-'))
        {
            return None;
        }
        let day = of.checked_sub(1).filter(|&d| self.words.is(d, &["day"]))?;
        self.ordinal_before(day)
    }

    /// The number of the ordinal right before word `day` ("sixth day", "6th straight
    /// day").
    fn ordinal_before(&self, day: usize) -> Option<(usize, usize)> {
        let mut k = day.checked_sub(1)?;
        if self.words.is(k, &["straight", "consecutive", "successive"]) {
            k = k.checked_sub(1)?;
        }
        Some((k, ordinal(self.words.w(k))?))
    }
}

/// How many words before a time a cue of projection may stand to make its event one
/// expected ("is expected to take place on August 23").
const PROJECTED_REACH: usize = 10;

/// The event class of a market's close, dated only as an offer's premium's base.
const CLOSE: &str = "close";

/// The event class of a volcano's eruption (`data/events.txt`).
const ERUPTION: &str = "eruption";

/// How many words before a market close the premium taken on it may stand ("a 38%
/// premium to Eastland's April 1 close").
const PREMIUM_REACH: usize = 8;

/// The event class of words said ("said", "announced", "told").
pub const ANNOUNCEMENT: &str = "announcement";

/// How many words after a verb of saying (or its time) what it announces may stand
/// ("said Tuesday it has reached an agreement to acquire").
const ANNOUNCED_REACH: usize = 8;

/// The class of `[announced]` words of accepting, an acquisition only before an offer.
const ACCEPTANCE: &str = "acceptance";

/// How many words after a word of accepting its offer may stand ("accepted billionaire
/// investor Maria Lopez's offer").
const OFFER_REACH: usize = 7;

/// How many words before a closing attribution ("…, the company said on Monday") what
/// it announces may stand.
const ANNOUNCED_BEFORE: usize = 30;

impl Sentence<'_, '_> {
    /// What a verb of saying at `said`, dated by a time ending at word `last`, announces
    /// of its party's own doing, once (`[announced]` in `data/events.txt`): the first
    /// such word in the words said after both (in the sentence: "On Monday, Eastland
    /// Corp said it had fired its chief executive"), before a comma, another
    /// verb of saying or a word that orders two happenings ("after", "when"); else,
    /// for a closing attribution, the first in the words before it. Its
    /// class is the announced event's with " announced" ("acquisition announced"): the
    /// announcement, not the deal's completion. "fired" and the like are a dismissal
    /// only before those it concerns ("fired dozens of executives").
    fn announced(&self, said: Span, last: usize) -> Option<Head> {
        let l = &*LEXICON;
        let (first_said, verb) = self.cover(said)?;
        let start = verb.max(last) + 1;
        let end = (start + ANNOUNCED_REACH).min(self.words.len());
        for k in start..end {
            if self.comma_before(k)
                || self.words.is(
                    k,
                    &[
                        "after",
                        "before",
                        "when",
                        "while",
                        "since",
                        "following",
                        "until",
                    ],
                )
                || l.events
                    .at(self.from(k))
                    .is_some_and(|(_, class)| *class == ANNOUNCEMENT)
            {
                break;
            }
            if let Some(head) = self.announced_at(k) {
                return head;
            }
        }
        // "Eastland Corp is buying Northwind, the companies announced on Tuesday": the
        // words said before a closing attribution (a comma, its subject of at most
        // four words, the verb, then its time).
        if last < first_said {
            return None;
        }
        let subject = (first_said.saturating_sub(4)..first_said)
            .rev()
            .find(|&c| self.comma_before(c))
            .filter(|&c| c > 0 && !(c..first_said).any(|k| self.past_verb_at(k)))?;
        (subject.saturating_sub(ANNOUNCED_BEFORE)..subject)
            .find_map(|k| self.announced_at(k))
            .flatten()
    }

    /// What a party announces of its own doing at word `k`, if any (see
    /// [`Sentence::announced`]): `Some(None)` for a word that would be, but is not
    /// (a dismissal before none it concerns).
    fn announced_at(&self, k: usize) -> Option<Option<Head>> {
        let l = &*LEXICON;
        let (n, class) = l.announced.at(self.from(k))?;
        let concerns = |j: usize| l.dismissed.at(self.from(j)).is_some();
        if *class == "dismissal" && !(k + n..(k + n + 4).min(self.words.len())).any(concerns) {
            return Some(None);
        }
        // "it has accepted Eastland Corp's offer": an offer accepted is the deal agreed,
        // announced once; "accepted his resignation" is none.
        if *class == ACCEPTANCE {
            let offer = (k + n..(k + n + OFFER_REACH).min(self.words.len()))
                .take_while(|&j| !self.comma_before(j))
                .any(|j| l.offers.at(self.from(j)).is_some());
            return Some(
                offer
                    .then(|| self.head(k, k + n - 1, "acquisition announced", true))
                    .flatten(),
            );
        }
        Some(self.head(k, k + n - 1, &format!("{class} announced"), true))
    }
}

/// How an event's name starts when the text numbers its day ("day 6").
const NUMBERED_DAY: &str = "day ";

/// Whether an event's name numbers one of its days ("the sixth day of protests"): one
/// numbered day of a recurring event is never the same claim as an unnumbered one.
pub fn numbers_a_day(name: &str) -> bool {
    name.strip_prefix(NUMBERED_DAY)
        .is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()))
}

/// The number an ordinal says: "sixth" and "6th" are 6.
fn ordinal(word: &str) -> Option<usize> {
    let word = word.to_lowercase();
    if let Some(k) = LEXICON.ordinals.iter().position(|o| *o == word) {
        return Some(k + 1);
    }
    let digits = ["st", "nd", "rd", "th"]
        .iter()
        .find_map(|s| word.strip_suffix(s))?;
    digits.parse().ok().filter(|&n| n > 0)
}

impl Sentence<'_, '_> {
    /// Whether a time is a caption's dateline: a full date with its year closing its
    /// sentence, after a comma and a capitalised place ("in Dublin, Ireland, May 26,
    /// 2018."), or right before the picture it dates ("In this Tuesday, July 1, 2014
    /// photograph").
    fn dateline(&self, fact: &Fact, first: usize, last: usize) -> bool {
        if self.words.is(
            last + 1,
            &["photo", "photograph", "picture", "image", "photos", "file"],
        ) {
            return true;
        }
        let closes = last + 1 == self.words.len();
        let after_place = first > 0
            && self.words.capitalised(first - 1)
            && match (self.words.span(first - 1), self.words.span(first)) {
                (Some(a), Some(b)) => self.words.between(a.end, b.start).trim() == ",",
                _ => false,
            };
        // "in Attapeu, Laos, on July 24, 2018. (Xinhua/Vilaphon Phommasane)": after "on",
        // only when a photo credit follows the sentence.
        let after_on_place = first > 1
            && self.words.is(first - 1, &["on"])
            && self.words.capitalised(first - 2)
            && match (self.words.span(first - 2), self.words.span(first - 1)) {
                (Some(a), Some(b)) => self.words.between(a.end, b.start).trim() == ",",
                _ => false,
            }
            && self.credit_follows();
        let year = four_digits(self.words.w(last));
        closes
            && (after_place || after_on_place)
            && year
            && matches!(
                &fact.value,
                Value::Time(TimeValue::Resolved {
                    granularity: Granularity::Day,
                    ..
                })
            )
    }

    /// Whether a photo credit in brackets follows the sentence ("… 2018. (Xinhua/Li
    /// Muzi)", "(AP Photo/Jane Roe)"): a slash within the brackets' first words.
    fn credit_follows(&self) -> bool {
        let rest = self
            .words
            .text
            .text
            .get(self.words.sentence.end..)
            .unwrap_or_default();
        let rest = rest.trim_start_matches(|c: char| c == '.' || c.is_whitespace());
        rest.strip_prefix('(').is_some_and(|inner| {
            inner
                .chars()
                .take(60)
                .take_while(|&c| c != ')' && c != '\n')
                .any(|c| c == '/')
        })
    }

    /// Whether an event word at `event` follows a word of [`lexicon::Lexicon::another`]
    /// ("another eruption", "a further blast"): an event after the story's own.
    fn another_event(&self, event: Span) -> bool {
        self.cover(event)
            .and_then(|(k, _)| k.checked_sub(1))
            .is_some_and(|b| LEXICON.another.ending_at(self.all(), b).is_some())
    }

    /// Whether a time at word `first` closes a span "between" opened a few words before
    /// ("Between Sunday and Monday, 46 eruptions had occurred"): the span's end, a
    /// bound as its start is, not the date of one event.
    fn closes_between(&self, first: usize) -> bool {
        first >= 2
            && self.words.is(first - 1, &["and"])
            && (first.saturating_sub(6)..first - 1).any(|k| self.words.is(k, &["between"]))
    }

    /// Whether a time at word `first` is one of two days of a night ("in the night from
    /// Tuesday to Wednesday"): after "night from", or after "to" that follows such a
    /// day.
    fn night_between(&self, first: usize) -> bool {
        let night_from = |k: usize| {
            k >= 2
                && self.words.is(k - 1, &["from"])
                && self.words.is(k - 2, &["night", "overnight"])
        };
        night_from(first)
            || (first >= 2 && self.words.is(first - 1, &["to", "into"]) && night_from(first - 2))
    }

    /// Whether a time at words `first..=last` is a holiday's name written as a modifier
    /// ("the Midsummer crowd crush", "during Midsummer parade chaos"): a name with no
    /// figure, no month and no weekday, an event word among the three lower-case words right
    /// after it (not "night", "eve"…). It names the season the event fell in, not its
    /// day.
    fn names_a_season(&self, fact: &Fact, first: usize, last: usize) -> bool {
        let written = self.words.text.slice(fact.span);
        // The cheap tests first: most times are dates, with a figure or a month.
        if !written.starts_with(char::is_uppercase)
            || is_calendar(self.words.w(first))
            || written.chars().any(|c| c.is_ascii_digit())
        {
            return false;
        }
        let lower = written.to_lowercase();
        let weekday = crate::text::WEEKDAY_NAMES.iter().any(|d| lower.contains(d));
        let relative = self.words.is(
            first,
            &[
                "today",
                "yesterday",
                "tonight",
                "tomorrow",
                "last",
                "next",
                "this",
                "that",
                "earlier",
                "later",
                "late",
                "early",
                "the",
                "a",
            ],
        );
        let possessive = is_possessive(written);
        let modifier = last + 1 < self.words.len()
            && self.words.w(last + 1).starts_with(char::is_lowercase)
            && !self.words.is(
                last + 1,
                &[
                    "night",
                    "morning",
                    "evening",
                    "afternoon",
                    "eve",
                    "weekend",
                    "day",
                ],
            )
            && self
                .words
                .span(last)
                .zip(self.words.span(last + 1))
                .is_some_and(|(a, b)| self.words.between(a.end, b.start).trim().is_empty())
            && (last + 1..(last + 4).min(self.words.len()))
                .take_while(|&k| self.words.w(k).starts_with(char::is_lowercase))
                .any(|k| LEXICON.events.at(self.from(k)).is_some());
        !weekday && !relative && !possessive && modifier
    }

    /// Whether word `k` is a past verb of a level ("rose", "increased") or of saying
    /// ("said", "announced"): a time right before it dates the change or the words.
    fn level_or_saying_at(&self, k: usize) -> bool {
        if k >= self.words.len() || !self.past_verb_at(k) {
            return false;
        }
        // A level's verb leads to its figure ("increased to 278", "rose by 12"), not to
        // a place ("the storm on Tuesday hit the coast", "reached the shore").
        let to_figure = (k + 1..(k + 3).min(self.words.len())).any(|j| {
            self.words.is(j, &["to", "by"])
                || self.words.w(j).starts_with(|c: char| c.is_ascii_digit())
        });
        (to_figure
            && LEXICON.level.at(self.from(k)).is_some()
            && LEXICON.happen.at(self.from(k)).is_none())
            || LEXICON
                .events
                .at(self.from(k))
                .is_some_and(|(_, class)| *class == "announcement")
    }
}

impl Sentence<'_, '_> {
    /// A disaster named only in general that a time at word `first` dates: a noun of
    /// `nouns` of `[mishap]` right before "on" and the time ("the tragedy on Saturday
    /// night"), or the subject of a verb of happening right before the time, within
    /// four words of it, or before "that" or "which" right before it ("the disaster
    /// occurred on June 24", "the incident that unfolded on Sunday"), or the noun a
    /// time ending at word `last` stands before, after an article ("after the
    /// September 24 disaster", "the Sunday tragedy"). Its class is [`MISHAP`] until
    /// the article's is known.
    fn mishap(&self, first: usize, from: usize, last: usize) -> Option<Head> {
        let l = &*LEXICON;
        // A noun after a preposition is no subject, nor what the time dates ("the
        // mourning period for the victims of the tragedy started on Wednesday",
        // "rescued since the incident on Monday").
        let noun = |j: usize| {
            l.mishap.at(self.from(j)).is_some_and(|(n, ())| n == 1)
                && !(j.saturating_sub(3)..j).any(|b| self.words.is(b, &MISHAP_PREPOSITIONS))
        };
        if first >= 2 && self.words.is(first - 1, &["on"]) && noun(first - 2) {
            return self.head(first - 2, first - 2, MISHAP, true);
        }
        // "after the September 24 disaster": a time between an article and the noun
        // names the disaster by its day, whatever preposition stands before.
        let attributive = |j: usize| l.mishap.at(self.from(j)).is_some_and(|(n, ())| n == 1);
        if first >= 1
            && self
                .words
                .is(first - 1, &["the", "a", "an", "this", "that", "last"])
            && attributive(last + 1)
        {
            return self.head(last + 1, last + 1, MISHAP, true);
        }
        // The verb's last word right before the time, past "on", "late"…; its first
        // ("took place", "broke out") at most two words before.
        let mut end = first.checked_sub(1)?;
        while end > 0
            && self
                .words
                .is(end, &["on", "at", "late", "early", "this", "last"])
        {
            end -= 1;
        }
        let verb = (end.saturating_sub(2)..=end).find(|&k| {
            self.happens_at(k)
                && l.happen
                    .at(self.from(k))
                    .is_some_and(|(n, ())| k + n == end + 1)
        })?;
        (verb.saturating_sub(5)..verb).rev().find_map(|j| {
            if !noun(j) {
                return None;
            }
            let near = j >= from && verb - j <= 4;
            let relative = verb == j + 2 && self.words.is(j + 1, &["that", "which"]);
            (near || relative)
                .then(|| self.head(j, j, MISHAP, true))
                .flatten()
        })
    }

    /// The event whose words start at most two words before the verb at word `k` and
    /// reach it: end in it ("where it became wedged on March 23", "the lander
    /// successfully landed on Wednesday") or hold it past their first word ("was
    /// declared as being over on Friday": the verb is "being", the phrase "as being
    /// over"). [`l_event`] looks at the phrases the verb starts.
    fn event_reaching(&self, k: usize) -> Option<Head> {
        (k.saturating_sub(2)..k).find_map(|j| {
            let (n, class) = LEXICON
                .events
                .at(self.from(j))
                .filter(|&(n, _)| j + n > k)?;
            if j + n == k + 1 && *class == CLOSE {
                return None;
            }
            self.head(j, j + n - 1, class, true)
        })
    }
}

impl Sentence<'_, '_> {
    /// The event an outcome verb at word `k`, dated by a time ending at word `last`,
    /// befell people in, told right after the time ("149 passengers who died Sunday
    /// aboard Flight 302 when it crashed", "were killed on Monday in an explosion"):
    /// an event word within [`OUTCOME_REACH`] words after the time, past "when", "in"
    /// or "as". A death is dated by what caused it, not by itself.
    fn event_of_outcome(&self, k: usize, last: usize) -> Option<Head> {
        let outcome = self
            .measure_at(k)
            .is_some_and(|(_, c)| c.rank == lexicon::Rank::Outcome);
        if !outcome {
            return None;
        }
        let end = self.words.len().min(last + 1 + OUTCOME_REACH);
        let mut linked = false;
        for j in last + 1..end {
            if linked {
                if let Some((n, class)) = LEXICON.events.at(self.from(j)) {
                    if *class == ANNOUNCEMENT || *class == CLOSE {
                        return None;
                    }
                    return self.head(j, j + n - 1, class, true);
                }
            }
            linked |= self.words.is(j, &["when", "in", "as"]);
        }
        None
    }
}

/// How many words after the time of an outcome verb the event that caused it may end
/// ("died Sunday aboard Flight 302 when it crashed").
const OUTCOME_REACH: usize = 8;

/// The event class of an outbreak declared (`data/events.txt`): not when "over"
/// follows, which declares its end.
const OUTBREAK: &str = "outbreak";

/// The event a verb names, if it is an event word ("met" → talks).
fn l_event(sentence: &Sentence<'_, '_>, k: usize) -> Option<Head> {
    let (n, class) = LEXICON.events.at(sentence.from(k))?;
    // "the port closed on Friday": a close is a market's only after a premium.
    if *class == CLOSE && !sentence.close_of_premium(k) {
        return None;
    }
    sentence.head(k, k + n - 1, class, true)
}

/// Every word that `text` writes right after a first name and one space ("Claudia
/// Sheinbaum", "Sam Bankman-Fried's"): a first name is a run of two letters or more,
/// capitalised, its other letters lower-case, and no word of `[size-names]
/// phrase-ends`; the word after it is each run of letters, digits and hyphens that
/// ends before any other character, past apostrophes ("O'Neill's": "O", "O'Neill").
fn full_name_ends(text: &str) -> rustc_hash::FxHashSet<&str> {
    let mut ends = rustc_hash::FxHashSet::default();
    for (space, _) in text.match_indices(' ') {
        let before = text.get(..space).unwrap_or_default();
        let first = before
            .rsplit(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or_default();
        let is_first_name = first.chars().count() >= 2
            && first.starts_with(char::is_uppercase)
            && first.chars().skip(1).all(char::is_lowercase)
            && !is_one_of(first, &LEXICON.phrase_ends);
        if !is_first_name {
            continue;
        }
        let after = text.get(space + 1..).unwrap_or_default();
        let mut end = after.len();
        for (at, c) in after.char_indices() {
            if c.is_alphanumeric() || c == '-' {
                continue;
            }
            if at > 0 {
                ends.insert(after.get(..at).unwrap_or_default());
            }
            if !matches!(c, '\'' | '\u{2019}') {
                end = 0;
                break;
            }
        }
        // The text ends inside the word.
        if end > 0 {
            ends.insert(after);
        }
    }
    ends
}

/// The group of people a count of an outcome counts, when it is a part of those the
/// outcome befell ("98 women were killed", "26 foreigners died"): its qualifier, so
/// that it is compared only with counts of the same group, never with the toll.
///
/// A count of what was destroyed is kept apart by its kind the same way ("13,972
/// residences" is no count of the structures destroyed).
fn subgroup(fact: &Fact, measure: Option<&Head>) -> Option<String> {
    let unit = fact.unit.as_ref()?;
    let measure = measure.filter(|m| m.known)?;
    let groups = if LEXICON
        .damaged
        .at(&[cached_lemma(&measure.class)])
        .is_some()
    {
        &LEXICON.damaged_kinds
    } else if LEXICON.outcomes.contains(&measure.class.as_str()) {
        &LEXICON.subgroup
    } else {
        return None;
    };
    let lemmas: Vec<&str> = unit.lemma.split_whitespace().collect();
    groups
        .at(&lemmas)
        .filter(|&(n, _)| n == lemmas.len())
        .map(|(_, group)| (*group).to_owned())
}

/// Who counted a crowd, from the figure's attribution (`[counters]`): "police count"
/// for "municipal police said", "organisers' count" for "according to organisers".
fn counter(fact: &Fact, measure: Option<&Head>) -> Option<String> {
    let measure = measure.filter(|m| m.known)?;
    LEXICON.countered.at(&[cached_lemma(&measure.class)])?;
    let who = &fact.attribution.as_ref()?.who;
    let lemmas: Vec<String> = who
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .map(|w| crate::text::lemma(&w.to_lowercase()))
        .collect();
    let known = (0..lemmas.len()).find_map(|k| {
        LEXICON
            .counters
            .at(lemmas.get(k..).unwrap_or_default())
            .map(|(_, &name)| name.to_owned())
    });
    // Any other counter ("SCC put attendance at 400,000") counts for itself.
    known.or_else(|| Some(format!("count by {}", who.to_lowercase())))
}

/// Whether a figure is a handful ("several", "a few", "a couple"): a vague amount of
/// at most ten, which of a counted group tells of some of it, never of its size.
fn handful(fact: &Fact) -> bool {
    let Value::Quantity(v) = &fact.value else {
        return false;
    };
    fact.hedge == Hedge::Vague && v.max.is_some_and(|max| max <= 10.0)
}

/// Whether a sentence names an exercise ("drill", "war games").
fn speaks_of_exercise(text: &Text<'_>, sentence: Span) -> bool {
    let words = Words::of(text, sentence);
    let lemmas = cached_lemmas(&words);
    names_exercise(&lemmas)
}

/// Whether lemmas name an exercise ("drill", "war games").
fn names_exercise(lemmas: &[WordLemma]) -> bool {
    let starts = lemmas.iter().fold(0, |all, l| all | l.0.starts);
    if !LEXICON.qualifiers.may_start_in(starts) {
        return false;
    }
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
    // An article names its few places many times: each entity's key is copied once.
    let mut found: Vec<usize> = entities.into_iter().collect();
    found.sort_unstable();
    found.dedup();
    let mut keys: Vec<&str> = found.into_iter().map(|x| e.key(x)).collect();
    keys.sort_unstable();
    keys.dedup();
    keys.into_iter().map(str::to_owned).collect()
}

#[cfg(test)]
mod tests;
