//! Scores of a match: "beat France 4-2", "lost 2-3 to Eastham", "a 26-22 head-to-head
//! edge", a tennis match's sets "7-6 (7/5), 1-6, 7-6 (7/4), 4-6, 13-12 (7/3)".
//!
//! A score is two figures in one word, each read as a figure of its own (a planted
//! change of either is a change of the score). A pair is a score when it stands in a
//! run of pairs (a match's sets), or when a word of a match is near it (`[scores] cue`
//! in `data/frame-words.txt`: "beat", "won", "draw", "halftime"…) and it is written
//! high first ("4-2", "3-3"); a pair written low first ("2-3") is a score only right
//! after a word of losing or trailing, or right before a word of a result ("a 2-3
//! defeat"). Any other pair is a range ("10-15 people"). A bracketed pair or number
//! after a set is its tie-break, no score of its own.
//!
//! Which side each figure is of (its scope in the claim frame) is read by
//! [`side`]: in a run, the set and the place in it ("set 5, first"); alone, the
//! higher (the winner's) or the lower (a draw's first and second figures).

use super::{Scan, interval, number};
use crate::extract::{Fact, Hedge, Unit};
use crate::source::Span;
use crate::text::Words;

impl Scan<'_, '_> {
    /// The two figures of the score at word `i`, each exact, with the whole pair as
    /// their unit `score`.
    pub(super) fn score_figures(&self, i: usize) -> Vec<Fact> {
        let (Some(span), Some((_, _, (end, at)))) = (self.span(i), pair(self.w(i))) else {
            return Vec::new();
        };
        let word = self.w(i);
        let parts = [
            (Span::new(span.start, span.start + end), word.get(..end)),
            (Span::new(span.start + at, span.end), word.get(at..)),
        ];
        let mut out = Vec::new();
        for (figure, text) in parts {
            let Some(num) = text.and_then(|t| number::parse_digits(t, true)) else {
                continue;
            };
            let mut value = interval(Hedge::None, &num);
            value.min = Some(num.value);
            value.max = Some(num.value);
            value.min_inclusive = true;
            value.max_inclusive = true;
            let unit = Unit {
                span,
                lemma: "score".to_owned(),
            };
            out.push(self.fact(figure, Hedge::None, value, Some(unit), i, i + 1));
        }
        out
    }
}

/// The two numbers of a pair "13-12" (or "13–12"), the byte offset where the first
/// ends and where the second starts.
pub(crate) fn pair(word: &str) -> Option<(u32, u32, (usize, usize))> {
    let (at, sep) = word.char_indices().find(|&(_, c)| c == '-' || c == '–')?;
    let a = word.get(..at)?;
    let b = word.get(at + sep.len_utf8()..)?;
    let digits = |s: &str| (1..=3).contains(&s.len()) && s.bytes().all(|c| c.is_ascii_digit());
    if !digits(a) || !digits(b) {
        return None;
    }
    Some((a.parse().ok()?, b.parse().ok()?, (at, at + sep.len_utf8())))
}

/// Whether word `i` stands right after an opening bracket.
fn bracketed(words: &Words<'_, '_>, i: usize) -> bool {
    words
        .span(i)
        .and_then(|s| words.text.text.get(..s.start))
        .is_some_and(|before| before.ends_with('('))
}

/// A pair of a score's run at word `i`: not in brackets.
fn set_at(words: &Words<'_, '_>, i: usize) -> bool {
    !bracketed(words, i) && pair(words.w(i)).is_some()
}

/// Whether word `i` is (a part of) a tie-break after a set: a number, a pair or "7/5"
/// right after an opening bracket or right before a closing one.
fn tiebreak(words: &Words<'_, '_>, i: usize) -> bool {
    let w = words.w(i);
    let closed = words
        .span(i)
        .and_then(|s| words.text.text.get(s.end..))
        .is_some_and(|after| after.starts_with(')'));
    (bracketed(words, i) || closed)
        && !w.is_empty()
        && w.bytes()
            .all(|c| c.is_ascii_digit() || matches!(c, b'/' | b'-'))
}

/// The run of pairs word `i` is in: the words of its pairs, in order.
pub(crate) fn run(words: &Words<'_, '_>, i: usize) -> Vec<usize> {
    if !set_at(words, i) {
        return Vec::new();
    }
    let mut lo = i;
    while lo > 0 && (set_at(words, lo - 1) || tiebreak(words, lo - 1)) {
        lo -= 1;
    }
    let mut hi = i;
    while hi + 1 < words.len() && (set_at(words, hi + 1) || tiebreak(words, hi + 1)) {
        hi += 1;
    }
    (lo..=hi).filter(|&k| set_at(words, k)).collect()
}

/// Whether a word of `list` stands within `reach` words of words `a..=b`.
fn near(words: &Words<'_, '_>, (a, b): (usize, usize), reach: usize, list: &[&str]) -> bool {
    let from = a.saturating_sub(reach);
    let to = (b + reach + 1).min(words.len());
    (from..to).any(|k| words.is(k, list))
}

/// Whether the pair at word `i` is a score (see the module documentation).
pub(crate) fn is_score(words: &Words<'_, '_>, i: usize) -> bool {
    let l = &*crate::extract::frame::lexicon::LEXICON;
    let sets = run(words, i);
    let Some((a, b, _)) = pair(words.w(i)).filter(|_| !sets.is_empty()) else {
        return false;
    };
    if sets.len() >= 2 {
        return true;
    }
    if a >= b {
        return near(words, (i, i), 8, &l.score_cues);
    }
    (i > 0 && words.is(i - 1, &l.score_behind)) || words.is(i + 1, &l.score_results)
}

/// The qualifier a score near the start of its sentence takes from the end of the
/// sentence before ("… as the match went to a penalty shootout. There, France was
/// finally defeated 4-2"): a word of `[score-qualifiers]` among its last five words.
fn carried_over(words: &Words<'_, '_>, first: usize) -> Option<&'static str> {
    let l = &*crate::extract::frame::lexicon::LEXICON;
    if first > 8 {
        return None;
    }
    let all = words.text.sentences();
    let at = all.partition_point(|s| s.start < words.sentence.start);
    let before = Words::of(words.text, *all.get(at.checked_sub(1)?)?);
    let tail = before.len().saturating_sub(5)..before.len();
    l.score_qualifiers
        .iter()
        .find(|(_, list)| tail.clone().any(|k| before.is(k, list)))
        .map(|&(name, _)| name)
}

/// The side of the figure of a score at word `i` (`second`: the pair's second
/// number), and the score's qualifier ("halftime", "shootout", "lead",
/// "head-to-head", "regulation"), if any: see the module documentation.
pub(crate) fn side(
    words: &Words<'_, '_>,
    i: usize,
    second: bool,
) -> Option<(String, Option<&'static str>)> {
    let l = &*crate::extract::frame::lexicon::LEXICON;
    let (a, b, _) = pair(words.w(i))?;
    let sets = run(words, i);
    let (first, last) = (*sets.first()?, *sets.last()?);
    // The words either side of the score, up to another score.
    let before = (first.saturating_sub(3)..first)
        .rev()
        .take_while(|&k| pair(words.w(k)).is_none());
    let after = (last + 1..(last + 4).min(words.len())).take_while(|&k| pair(words.w(k)).is_none());
    // "on penalties after a 3-3 draw": a result right after the score is its own.
    let told = words.is(last + 1, &l.score_ended);
    let around: Vec<usize> = before.filter(|_| !told).chain(after).collect();
    let qualifier = l
        .score_qualifiers
        .iter()
        .find(|(_, list)| around.iter().any(|&k| words.is(k, list)))
        .map(|&(name, _)| name)
        .or_else(|| carried_over(words, first));
    // Told with its result ("beat France 4-2", "a 3-3 draw"), or a score of a part of
    // the match that is one claim (its halftime, its shootout, the head-to-head
    // record); else a score during the match, no claim ("part").
    let ending = (first.saturating_sub(6)..first)
        .rev()
        .take_while(|&k| pair(words.w(k)).is_none())
        .any(|k| words.is(k, &l.score_ending))
        || words.is(last + 1, &l.score_ended);
    // "at 5-3", "at 12-all": a state of the match, whatever word of a result is near.
    let during = first > 0 && words.is(first - 1, &["at"]);
    let qualifier = match qualifier {
        _ if during => Some("part"),
        Some("lead") | None if !ending => Some("part"),
        q => q,
    };
    if sets.len() >= 2 {
        let set = sets.iter().position(|&k| k == i)? + 1;
        let place = if second { "second" } else { "first" };
        return Some((format!("set {set}, {place}"), qualifier));
    }
    let mine = if second { b } else { a };
    let other = if second { a } else { b };
    // A draw's figures are its higher and its lower alike: "3-3" against "4-3".
    let side = match mine.cmp(&other) {
        std::cmp::Ordering::Greater => "higher",
        std::cmp::Ordering::Less => "lower",
        std::cmp::Ordering::Equal if second => "lower",
        std::cmp::Ordering::Equal => "higher",
    };
    Some((side.to_owned(), qualifier))
}
