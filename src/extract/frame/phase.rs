//! The phase of the event a time dates: its start ("the drills began on Friday", "from
//! Monday", "launched the exercise on Friday"), its end ("run until Thursday", "the
//! summit wrapped up on Sunday"), or neither. Read from the words of `[phases]` in
//! `data/frame-words.txt`: one right before the time, else the nearest verb or noun of
//! a phase with no other verb between it and the time.
//!
//! A verb of a phase before an event's noun makes that noun the event, and the names
//! of its clause up to the time and the noun its participants ("Russia and Belarus
//! began the war games on Thursday, alarming NATO"); a post one takes with a start ("will be president starting December
//! 10") is the day of taking office.

use std::fmt;

use serde::Serialize;

use super::entities;
use super::lexicon::LEXICON;
use super::{Head, Sentence, keys};
use crate::text::is_possessive;

/// Which end of an event a time dates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Phase {
    /// Its start: "began on Friday", "from Monday".
    Start,
    /// Its end: "ended on Sunday", "until Thursday".
    End,
}

impl fmt::Display for Phase {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Phase::Start => "start",
            Phase::End => "end",
        })
    }
}

/// What the words of a phase say of a time.
#[derive(Debug, Default)]
pub(super) struct PhaseRead {
    /// The phase, if any.
    pub phase: Option<Phase>,
    /// Whether it comes from the word right before the time ("from", "until"): then
    /// the time is no bound.
    pub adjacent: bool,
    /// The event in place of the one read before: the object of the verb of the phase
    /// ("launched the active phase of the exercises on Friday"), or taking office.
    pub event: Option<Head>,
    /// The participants in place of the sentence's, when the event is the object of
    /// the verb of the phase: the entities of the clause up to the time and the
    /// event's noun.
    pub scope: Option<Vec<String>>,
}

/// How far from a time a verb of its phase may stand, in words.
const PHASE_REACH: usize = 20;

/// How far after a verb of a phase its object's event word may stand, in words.
const OBJECT_REACH: usize = 14;

impl Sentence<'_, '_> {
    /// The phase of the event a time at words `first..=last` dates (`event`, if one was
    /// read), within words `from..to`; `ranged` when the time is a range of days, which
    /// dates the whole ("from September 10-16").
    pub(super) fn phase(
        &self,
        first: usize,
        last: usize,
        event: Option<&Head>,
        (from, to): (usize, usize),
        ranged: bool,
    ) -> PhaseRead {
        let l = &*LEXICON;
        let mut out = PhaseRead::default();
        // No word of a phase in the sentence: nothing below can be read.
        if !self.may_hold(&l.phases) {
            return out;
        }
        // The word right before the time, past "on", "next", "this": "from Monday",
        // "starting next December 10", "began on Friday", "until Thursday".
        // Not before a possessive time, which dates its noun: "died from last
        // Monday's earthquake".
        let possessive = {
            let w = self.words.w(last);
            is_possessive(w)
        };
        let mut k = if possessive { from } else { first };
        while k > from && self.words.is(k - 1, &["on", "next", "this", "the"]) {
            k -= 1;
        }
        if let Some((at, kind)) = k
            .checked_sub(1)
            .filter(|&b| b >= from && self.lower(b))
            .and_then(|b| l.phases.ending_at(self.all(), b))
        {
            let phase = match *kind {
                "start" | "from" => Some(Phase::Start),
                "end" | "until" | "close" => Some(Phase::End),
                _ => None,
            };
            // "said starting Monday": the time does not date the verb before it.
            let verb_before = event.is_some_and(|e| {
                at.checked_sub(1).is_some_and(|v| {
                    self.words.span(v).is_some_and(|w| w.end == e.span.end) && self.past_verb_at(v)
                })
            });
            if verb_before && matches!(*kind, "from" | "until") {
                return out;
            }
            // "The rocket launched on Tuesday": the verb is the event itself.
            let own = event.is_some_and(|e| {
                self.words
                    .span(at)
                    .is_some_and(|w| e.span.start <= w.start && w.end <= e.span.end)
            });
            if own {
                return out;
            }
            if let Some(phase) = phase.filter(|_| !ranged) {
                // "will be president starting December 10": taking office, the start
                // of a term.
                out.adjacent = true;
                if phase == Phase::Start && event.is_none() {
                    if let Some(office) = self.office_before(at, from) {
                        out.event = Some(office);
                        return out;
                    }
                }
                if event.is_none() {
                    out.event = self.coordinated_subject(at, from);
                }
                out.phase = Some(phase);
                return out;
            }
        }
        if ranged {
            return out;
        }
        // The nearest verb or noun of a phase, with no other verb between it and the
        // time.
        let lo = from.max(first.saturating_sub(PHASE_REACH));
        let hi = to.min(last.saturating_add(4));
        let mut best: Option<(usize, usize, usize, Phase)> = None;
        let mut j = lo;
        while j < hi {
            if (first..=last).contains(&j) {
                j = last + 1;
                continue;
            }
            let found = l.phases.at(self.from(j)).and_then(|(n, kind)| match *kind {
                "start" => Some((n, Phase::Start)),
                "end" => Some((n, Phase::End)),
                _ => None,
            });
            let Some((n, phase)) = found.filter(|_| self.lower(j)) else {
                j += 1;
                continue;
            };
            let end = j + n - 1;
            let (distance, mut between) = if end < first {
                (first - end, end + 1..first)
            } else {
                (j - last, last + 1..j)
            };
            let clear = !between.any(|b| self.past_verb_at(b) || self.words.is(b, &["and"]));
            // After the time, a verb of a phase governs its object, not an event read
            // before the time ("the talks on Monday ended in deadlock").
            let governs = end < first || event.is_none_or(|e| e.span.start >= self.start_of(j));
            if clear && governs && best.is_none_or(|(d, ..)| distance < d) {
                best = Some((distance, j, end, phase));
            }
            j = end + 1;
        }
        let Some((_, p, p_end, phase)) = best else {
            return out;
        };
        // The event is the verb itself ("launched" of a launch) or none was read: the
        // verb's object is the event, if it has one ("launched the active phase of
        // the exercises").
        let own = event
            .is_some_and(|e| e.span.start <= self.end_of(p_end) && e.span.end > self.start_of(p));
        let object_first = event.is_some_and(|e| {
            let start = e.span.start;
            start > self.end_of(p_end) && self.words.span(p_end + 5).is_none_or(|w| start <= w.end)
        });
        if own || event.is_none() {
            match self.object_event(p_end + 1, first, last, to) {
                Some(object) => out.event = Some(object),
                None if own => return out,
                None => {}
            }
        }
        if out.event.is_some() || object_first {
            // "Russia and Belarus began the war games with Serbia on Thursday, leaving
            // NATO concerned": the subject and the object take part, not what follows.
            let object_end = out
                .event
                .as_ref()
                .or(event)
                .and_then(|h| self.cover(h.span))
                .map_or(last, |(_, b)| b);
            let e = &*entities::LEXICON;
            let taking_part: Vec<usize> = e
                .find(&self.words, from, last.max(object_end) + 1)
                .into_iter()
                .map(|(x, _)| x)
                .collect();
            if !taking_part.is_empty() {
                out.scope = Some(keys(taking_part));
            }
        }
        if event.is_some() || out.event.is_some() {
            out.phase = Some(phase);
        }
        out
    }

    /// The event word of the object of a verb ending before word `after`: the first
    /// within [`OBJECT_REACH`] words, before word `to`, not inside the time at words
    /// `first..=last`, and with no verb before it.
    fn object_event(&self, after: usize, first: usize, last: usize, to: usize) -> Option<Head> {
        // "opened fire": the verb starts an event's phrase of its own, and is no phase.
        let phrase = after
            .checked_sub(1)
            .and_then(|verb| LEXICON.events.at(self.from(verb)))
            .is_some_and(|(n, _)| n > 1);
        if phrase {
            return None;
        }
        let end = to.min(after.saturating_add(OBJECT_REACH));
        let mut j = after;
        while j < end {
            if (first..=last).contains(&j) {
                j = last + 1;
                continue;
            }
            if let Some((n, class)) = LEXICON.events.at(self.from(j)) {
                if !self.past_verb_at(j) {
                    return self.head(j, j + n - 1, class, true);
                }
            }
            if self.past_verb_at(j) {
                return None;
            }
            j += 1;
        }
        None
    }

    /// The event of an object after a time at words `first..=last` that dates a verb
    /// which is no event ("won this Sunday the presidential election"): a determiner
    /// right after the time, then an event noun within three words, before a verb; or
    /// an event noun right after the time ("won this Sunday elections").
    pub(super) fn object_after(&self, last: usize, to: usize) -> Option<Head> {
        let det = last + 1;
        if det >= to || self.comma_before(det) {
            return None;
        }
        // "won this Sunday elections": an event noun right after the time.
        if !self
            .words
            .is(det, &["the", "a", "an", "its", "their", "his", "her"])
        {
            let (n, class) = LEXICON.events.at(self.from(det))?;
            return (!self.past_verb_at(det))
                .then(|| self.head(det, det + n - 1, class, true))
                .flatten();
        }
        let next = det + 1;
        for j in next..to.min(next + 3) {
            if self.past_verb_at(j) || self.comma_before(j) {
                return None;
            }
            if let Some((n, class)) = LEXICON.events.at(self.from(j)) {
                return self.head(j, j + n - 1, class, true);
            }
        }
        None
    }

    /// The subject of a verb of a phase at word `at` that a time right after dates,
    /// across a verb before it joined by "and" ("the exercise began on Thursday and
    /// went into full gear on Friday"): an event word within ten words before it,
    /// not before word `from`, right before a verb.
    fn coordinated_subject(&self, at: usize, from: usize) -> Option<Head> {
        let lo = from.max(at.saturating_sub(10));
        if !(lo..at).any(|j| self.words.is(j, &["and"])) {
            return None;
        }
        (lo..at).rev().find_map(|j| {
            let (n, class) = LEXICON.events.at(self.from(j))?;
            let verb = j + n;
            let acts = verb < at
                && (self.past_verb_at(verb)
                    || LEXICON.phases.at(self.from(verb)).is_some()
                    || self.words.is(verb, &["will", "is", "are", "was", "were"]));
            acts.then(|| self.head(j, verb - 1, class, true)).flatten()
        })
    }

    /// A post held before word `at` ("will be president", "serve as governor"),
    /// within six words and not before word `from`, as the event of taking office.
    fn office_before(&self, at: usize, from: usize) -> Option<Head> {
        (from.max(at.saturating_sub(6))..at).rev().find_map(|j| {
            let (n, kind) = LEXICON.phases.at(self.from(j))?;
            // "will be president", "serve as governor": holding the post, with no other
            // verb between it and the time ("the president said starting Monday").
            let held = (j.saturating_sub(3).max(from)..j).any(|b| {
                self.words.is(
                    b,
                    &[
                        "be", "is", "become", "becomes", "became", "serve", "serves", "as",
                    ],
                )
            });
            (*kind == "office" && j + n <= at && held && !(j + n..at).any(|b| self.past_verb_at(b)))
                .then(|| self.head(j, j + n - 1, "inauguration", true))
                .flatten()
        })
    }

    /// Whether word `j` is lower-case (a verb or preposition, not a name).
    fn lower(&self, j: usize) -> bool {
        self.words.w(j).starts_with(char::is_lowercase)
    }

    /// Where word `j` starts in the text (the sentence's end past the last word).
    fn start_of(&self, j: usize) -> usize {
        self.words.span(j).map_or(self.span.end, |s| s.start)
    }

    /// Where word `j` ends in the text (the sentence's end past the last word).
    fn end_of(&self, j: usize) -> usize {
        self.words.span(j).map_or(self.span.end, |s| s.end)
    }

    /// Whether a comma stands between word `j - 1` and word `j`.
    pub(super) fn comma_before(&self, j: usize) -> bool {
        let (Some(prev), Some(word)) = (
            j.checked_sub(1).and_then(|p| self.words.span(p)),
            self.words.span(j),
        ) else {
            return false;
        };
        prev.end <= word.start
            && self
                .words
                .text
                .slice(crate::source::Span::new(prev.end, word.start))
                .contains(',')
    }

    /// Words set off by two commas between words `a..b` ("the war games, taking place
    /// on the western flanks, are due to run"): the first word after the first comma
    /// and the first after the second. An aside between a subject and its verb.
    /// The commas are found by a search of the bytes from the end of word `a - 1` to
    /// the start of word `b`, not by a test of each gap ([`Sentence::comma_before`]):
    /// most stretches hold none. A comma inside a word ("20,000") sets off nothing.
    pub(super) fn aside(&self, a: usize, b: usize) -> Option<(usize, usize)> {
        let spans = self.words.spans;
        let a = a.max(1);
        let b = b.min(spans.len().checked_sub(1)?);
        let lo = spans.get(a - 1)?.end;
        let hi = spans.get(b)?.start;
        let bytes = self.words.text.text.as_bytes().get(lo..hi)?;
        // Each comma's word: the first to start after it, when the comma lies in the
        // gap before that word (commas come in text order, so do their words).
        let mut commas = memchr::memchr_iter(b',', bytes).filter_map(|p| {
            let at = lo + p;
            let j = spans.partition_point(|s| s.start <= at);
            (spans.get(j.checked_sub(1)?)?.end <= at).then_some(j)
        });
        let open = commas.next()?;
        let close = commas.find(|&j| j != open)?;
        Some((open, close))
    }
}
