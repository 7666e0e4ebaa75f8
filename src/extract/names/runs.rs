//! Runs: a sentence's name tokens in; the names they hold out, as runs of tokens cut at
//! what breaks a name, then trimmed of leading ordinary words and titles.

use super::lexicon::class;
use super::tokens::{Kind, Tok};
use std::ops::Range;

use crate::source::Span;
use crate::text::Text;

/// Splits a sentence's tokens into runs of name words and the joiners between them:
/// the runs' tokens one after another into `out`, each run's range into `bounds` (both
/// cleared first), so that a sentence's runs cost no allocation once the buffers have
/// grown; `pending` is a buffer for the joiners not yet known to stand inside a run.
pub(super) fn runs<'a>(
    text: &Text<'a>,
    toks: &[Option<Tok<'a>>],
    out: &mut Vec<Tok<'a>>,
    bounds: &mut Vec<Range<usize>>,
    pending: &mut Vec<Tok<'a>>,
) {
    out.clear();
    bounds.clear();
    pending.clear();
    // The run being read is `out[start..]`.
    let mut start = 0;
    let close = |start: &mut usize,
                 out: &mut Vec<Tok<'a>>,
                 pending: &mut Vec<Tok<'a>>,
                 bounds: &mut Vec<Range<usize>>| {
        pending.clear();
        if out.len() > *start {
            bounds.push(*start..out.len());
            *start = out.len();
        }
    };
    for tok in toks {
        let Some(tok) = *tok else {
            close(&mut start, out, pending, bounds);
            continue;
        };
        let run = out.get(start..).unwrap_or_default();
        let prev = pending.last().or(run.last()).copied();
        let joins = prev.is_some_and(|p| !p.ends_run && spaced(text, p.span, tok.span));
        if tok.kind == Kind::Joiner {
            if joins && pending.len() < 2 && joiner_allowed(run, pending, &tok) {
                pending.push(tok);
            } else {
                close(&mut start, out, pending, bounds);
            }
            continue;
        }
        if !joins {
            close(&mut start, out, pending, bounds);
        }
        out.append(pending);
        out.push(tok);
    }
    close(&mut start, out, pending, bounds);
}

/// Whether only white space, with at most one line break, separates two spans.
pub(super) fn spaced(text: &Text<'_>, a: Span, b: Span) -> bool {
    if a.end > b.start {
        return false;
    }
    let gap = text.slice(Span::new(a.end, b.start));
    !gap.is_empty() && gap.chars().all(char::is_whitespace) && gap.matches('\n').count() <= 1
}

/// Whether a joiner may continue a run (see the module documentation).
pub(super) fn joiner_allowed(run: &[Tok<'_>], pending: &[Tok<'_>], joiner: &Tok<'_>) -> bool {
    if run.is_empty() {
        return false;
    }
    if joiner.class.raw & class::PARTICLE != 0 || joiner.text.eq_ignore_ascii_case("of") {
        return true;
    }
    let after_of = pending
        .last()
        .is_some_and(|p| p.text.eq_ignore_ascii_case("of"));
    let org = run
        .iter()
        .find(|t| t.kind == Kind::Word && t.class.raw & class::STOP == 0)
        .is_some_and(|t| t.class.raw & class::JOINING_HEAD != 0);
    (joiner.text.eq_ignore_ascii_case("the") && after_of) || org
}

/// A run trimmed of ordinary leading words and titles: the names it holds (none, one,
/// or the part before a title and the person after it), their tokens appended to
/// `out`, and each name's range of `out`, in text order.
pub(super) fn trim<'a>(
    run: &[Tok<'a>],
    scratch: &mut Vec<Tok<'a>>,
    out: &mut Vec<Tok<'a>>,
) -> [Option<Range<usize>>; 2] {
    let mut keep = |name: &[Tok<'a>]| {
        let start = out.len();
        out.extend_from_slice(name);
        start..out.len()
    };
    // Worked on in a reused buffer: most runs hold no name, and cost no allocation.
    scratch.clear();
    scratch.extend_from_slice(run);
    let toks = scratch;
    // Leading ordinary words; what follows them is capitalised for a reason.
    let skip = toks
        .iter()
        .take_while(|t| {
            t.kind == Kind::Joiner || (t.kind == Kind::Word && t.class.lower & class::STOP != 0)
        })
        .count();
    if skip > 0 {
        toks.drain(..skip);
        if let Some(first) = toks.first_mut() {
            first.initial = false;
        }
    }
    while toks.last().is_some_and(|t| t.kind != Kind::Word) {
        toks.pop();
    }

    // The last title with a capitalised word after its qualifiers.
    let is = |i: usize, bits: u16| toks.get(i).is_some_and(|t| t.class.lower & bits != 0);
    let title = (0..toks.len()).rev().find(|&i| is(i, class::TITLE_NOUN));
    let Some(t) = title else {
        return [is_name(toks).then(|| keep(toks)), None];
    };
    let mut end = t + 1;
    while is(end, class::TITLEISH) {
        end += 1;
    }
    let names_org = is(end, class::ORG_HEAD);
    if end >= toks.len() || names_org {
        return [is_name(toks).then(|| keep(toks)), None];
    }
    let mut start = t;
    while start > 0
        && (is(start - 1, class::TITLEISH | class::NATIONALITY)
            || toks.get(start - 1).is_some_and(|t| t.kind == Kind::Joiner))
    {
        start -= 1;
    }
    [
        toks.get(..start).unwrap_or_default(),
        toks.get(end..).unwrap_or_default(),
    ]
    .map(|part| {
        let part = trim_joiners(part);
        is_name(part).then(|| keep(part))
    })
}

/// A run without joiners at either end.
pub(super) fn trim_joiners<'t, 'a>(toks: &'t [Tok<'a>]) -> &'t [Tok<'a>] {
    toks.get(without_joiners(toks)).unwrap_or_default()
}

/// The range of a run's tokens without joiners at either end.
pub(super) fn without_joiners(toks: &[Tok<'_>]) -> Range<usize> {
    let lead = toks.iter().take_while(|t| t.kind == Kind::Joiner).count();
    let rest = toks.get(lead..).unwrap_or_default();
    let trail = rest
        .iter()
        .rev()
        .take_while(|t| t.kind == Kind::Joiner)
        .count();
    lead..toks.len() - trail
}

/// Whether a trimmed run is a name: not empty, not titles and nationalities only.
pub(super) fn is_name(toks: &[Tok<'_>]) -> bool {
    let mut words = toks.iter().filter(|t| t.kind == Kind::Word).peekable();
    let ordinary = class::TITLEISH | class::NATIONALITY | class::STOP;
    words.peek().is_some() && !words.all(|t| t.class.lower & ordinary != 0)
}
