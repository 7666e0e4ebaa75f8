//! Name material: a sentence of the text model in; its words as name tokens out
//! ([`Tok`]: capitalised words, initials, joiners, with their classes), and whether the
//! sentence is a headline set in title case.

use super::lexicon::{Classes, class, is_title_noun, listed, listed_short};
use crate::source::Span;
use crate::text::{Shape, Text, is_calendar_word};

/// One word of a name, or a joiner inside one.
#[derive(Debug, Clone, Copy)]
pub(super) struct Tok<'a> {
    /// The part of the word that belongs to the name.
    pub(super) span: Span,
    /// Its text.
    pub(super) text: &'a str,
    /// What it is.
    pub(super) kind: Kind,
    /// A possessive or a cut hyphenated word: nothing joins after it.
    pub(super) ends_run: bool,
    /// It stands where any word is capitalised (sentence or quotation start, after a colon).
    pub(super) initial: bool,
    /// Where its [`token_key`] stands in the document's key arena (filled once pass one
    /// is done, so that every word is folded once).
    pub(super) key: (usize, usize),
    /// Its classes, looked up once.
    pub(super) class: Classes,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    /// A capitalised word.
    Word,
    /// A single capital with its period ("J.").
    Initial,
    /// A lower-case joiner or particle.
    Joiner,
}

/// The words of sentence `nth` (its index in [`Text::sentences`]) as name material,
/// into `out`: `None` for a word that breaks a name, one for a stretch of such words
/// (a run ends at the first).
pub(super) fn tokens<'a>(text: &Text<'a>, nth: usize, out: &mut Vec<Option<Tok<'a>>>) {
    out.clear();
    let sentence = text.sentences().get(nth).copied().unwrap_or_default();
    let (words, shapes, strs) = text.shaped_words_of(nth);
    let mut n = 0;
    loop {
        // With no run open (nothing, or a break, last), a figure or a lower-case word
        // without a hyphen is nothing to `runs`: it would break a run, or join one
        // (a joiner), and there is none. Such words, most of a sentence, are passed
        // over by their shape alone.
        if !out.last().is_some_and(Option::is_some) {
            while shapes
                .get(n)
                .is_some_and(|s| s.starts_digit() || (s.starts_lower() && !s.hyphenated()))
            {
                n += 1;
            }
        }
        let (Some(&w), Some(&shape), Some(&s)) = (words.get(n), shapes.get(n), strs.get(n)) else {
            break;
        };
        let prev_end = n
            .checked_sub(1)
            .and_then(|p| words.get(p))
            .map_or(sentence.start, |p| p.end);
        let gap = Span::new(prev_end, w.start);
        let first = n == 0;
        n += 1;
        // Most words are lower-case or figures, which [`token`] turns away at once:
        // told by their shape, without reading them (a short lower-case word may be a
        // joiner, a hyphenated one a name's part).
        let breaks =
            shape.starts_digit() || (shape.starts_lower() && w.len() > 3 && !shape.hyphenated());
        if breaks {
            if out.last().is_some_and(Option::is_some) {
                out.push(None);
            }
            continue;
        }
        let initial = || {
            let gap = text.slice(gap);
            first
                || gap.ends_with(['“', '"', '‘', '\'', '['])
                || gap.contains(':')
                || gap.contains('…')
        };
        match token(text, sentence, w, s, shape, initial) {
            Some(tok) => out.push(Some(tok)),
            None if out.last().is_some_and(Option::is_some) => out.push(None),
            None => {}
        }
    }
}

/// One word as name material (`s` its text, `shape` its shape); `initial` says
/// whether it stands where any word is capitalised (asked only of capitalised words).
pub(super) fn token<'a>(
    text: &Text<'a>,
    sentence: Span,
    w: Span,
    s: &'a str,
    shape: Shape,
    initial: impl FnOnce() -> bool,
) -> Option<Tok<'a>> {
    let &b0 = s.as_bytes().first()?;
    // Quick rejections: most words are lower-case, or no words at all.
    if b0.is_ascii_lowercase() {
        let bits = listed_short(s);
        if bits & (class::JOINER | class::PARTICLE) != 0 {
            // A list word, so ASCII; looked up once.
            return Some(Tok {
                span: w,
                text: s,
                kind: Kind::Joiner,
                ends_run: false,
                initial: false,
                key: (0, 0),
                class: Classes::of_ascii(s, bits),
            });
        }
        if !shape.hyphenated() {
            return None;
        }
    } else if b0.is_ascii() && !b0.is_ascii_uppercase() {
        return None;
    }
    let first = s.chars().next()?;
    let next_is_period = text.text.as_bytes().get(w.end) == Some(&b'.');
    // The word's text is `s` when the span is the word's own; sliced (once) otherwise.
    let make = |span: Span, kind, ends_run, initial| {
        let t = if span == w { s } else { text.slice(span) };
        Tok {
            span,
            text: t,
            kind,
            ends_run,
            initial,
            key: (0, 0),
            class: Classes::of(t),
        }
    };
    if first.is_lowercase() {
        if listed(s) & (class::JOINER | class::PARTICLE) != 0 {
            return Some(make(w, Kind::Joiner, false, false));
        }
        // "al-Assad" stays whole; "pro-Moscow" counts from "Moscow".
        let mut parts = s.split('-');
        let head = parts.next().unwrap_or("");
        let second = parts.next()?;
        if listed(head) & class::PARTICLE != 0 && second.starts_with(char::is_uppercase) {
            return Some(make(w, Kind::Word, false, false));
        }
        let at = s.find(|c: char| c.is_uppercase())?;
        if !s.get(..at).is_some_and(|p| p.ends_with('-')) {
            return None;
        }
        let rest = Span::new(w.start + at, w.end);
        let (rest, cut) = cut_lower_parts(text, rest);
        return Some(make(rest, Kind::Word, cut, false));
    }
    if !first.is_uppercase() {
        return None;
    }
    if is_calendar_word(s) {
        return None;
    }
    // "I’d", "It’s", "Let’s": an ordinary word with a clitic.
    // (A word holds one only where the text model's shape says so.)
    let apostrophe = if shape.has_apostrophe() {
        s.find(['’', '\''])
    } else {
        None
    };
    if let Some(apostrophe) = apostrophe {
        let head = s.get(..apostrophe).unwrap_or("");
        if head.eq_ignore_ascii_case("i") || listed(head) & class::STOP != 0 {
            return None;
        }
    }
    let initial = initial();
    let single_char = s.len() == first.len_utf8();
    if single_char {
        // An initial has its period; a lone capital ("I", "A") is no name.
        return (next_is_period && w.end + 1 < sentence.end)
            .then(|| make(Span::new(w.start, w.end + 1), Kind::Initial, false, initial));
    }
    let hyphenated = shape.hyphenated();
    // "Pro-Kremlin" counts from "Kremlin"; "Co-operation" stays whole.
    if hyphenated {
        if let Some((head, rest)) = s.split_once('-') {
            if listed(head) & class::HYPHEN_PREFIX != 0 && rest.starts_with(char::is_uppercase) {
                let rest = Span::new(w.start + head.len() + 1, w.end);
                let (rest, cut) = cut_lower_parts(text, rest);
                return Some(make(rest, Kind::Word, cut, false));
            }
        }
    }
    let (mut span, cut) = if hyphenated {
        cut_lower_parts(text, w)
    } else {
        (w, false)
    };
    if cut {
        return Some(make(span, Kind::Word, true, initial));
    }
    let t = if span == w { s } else { text.slice(span) };
    for suffix in ["’s", "'s"] {
        if let Some(stem) = t.strip_suffix(suffix) {
            span = Span::new(span.start, span.start + stem.len());
            return Some(make(span, Kind::Word, true, initial));
        }
    }
    // "U.S." and "Mr." keep their period.
    if next_is_period
        && (t.contains('.') || is_title_noun(t) || listed(t) & class::ABBREVIATION != 0)
    {
        span = Span::new(span.start, span.end + 1);
    }
    Some(make(span, Kind::Word, false, initial))
}

/// A capitalised hyphenated word cut before its first lower-case part ("US-headed" →
/// "US"), unless it starts with a prefix ("Co-operation") or ends capitalised
/// ("Rostov-on-Don"); whether it was cut.
pub(super) fn cut_lower_parts(text: &Text<'_>, w: Span) -> (Span, bool) {
    let s = text.slice(w);
    let mut parts = s.split('-');
    let head = parts.next().unwrap_or("");
    let last = s.rsplit('-').next().unwrap_or("");
    if listed(head) & class::HYPHEN_PREFIX != 0 || last.starts_with(char::is_uppercase) {
        return (w, false);
    }
    let mut offset = head.len();
    for part in parts {
        if part.starts_with(char::is_lowercase) {
            return (Span::new(w.start, w.start + offset), true);
        }
        offset += 1 + part.len();
    }
    (w, false)
}

/// Whether a sentence is a headline in title case ([`Text::is_title_case`]).
pub(super) fn is_headline(text: &Text<'_>, sentence: Span) -> bool {
    text.is_title_case(sentence)
}
