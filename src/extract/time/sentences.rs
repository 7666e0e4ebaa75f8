//! Which sentence each time token belongs to: the text model's sentences for a body
//! ([`assign_shared`]), or the time reader's own cut for the header lines read before
//! there is a text model ([`assign_sentences`]).

use super::lex::{Kind, Tok};
use crate::source::Span;

/// Numbers the tokens' sentences by the shared text model's sentences (`sentences`,
/// in text order), so that an expression is read within the sentence its fact lies
/// in. Tokens outside every sentence (a dateline, a caption, boilerplate) are
/// numbered a line at a time, after the sentences' numbers.
pub(super) fn assign_shared(toks: &mut [Tok], sentences: &[Span]) {
    let count = u32::try_from(sentences.len()).unwrap_or(u32::MAX);
    let mut outside = count;
    let mut was_outside = false;
    let mut at = 0;
    for tok in toks.iter_mut() {
        // Tokens come in text order: the sentence moves on a step at a time.
        while sentences.get(at).is_some_and(|s| s.end <= tok.start) {
            at += 1;
        }
        match sentences
            .get(at)
            .filter(|s| s.start <= tok.start && tok.end <= s.end)
        {
            Some(_) => {
                tok.sent = u32::try_from(at).unwrap_or(u32::MAX);
                was_outside = false;
            }
            None => {
                if !was_outside || tok.newlines > 0 {
                    outside = outside.saturating_add(1);
                }
                tok.sent = outside;
                was_outside = true;
            }
        }
    }
}

fn is_terminal(ch: char) -> bool {
    matches!(ch, '.' | '!' | '?' | '…')
}

fn is_closer(ch: char) -> bool {
    matches!(ch, '"' | '”' | '’' | '\'' | ')' | ']' | '»')
}

/// Numbers the sentences: a sentence ends at `.`, `!`, `?` or `…` followed by a space
/// (closing quotes may stand between; not after an abbreviation such as "Jan." or
/// "U.S."), at a blank line, and at a line break unless the text runs on (a
/// hard-wrapped line: a word or comma before it, a lower-case word or digit after).
pub(super) fn assign_sentences(text: &str, toks: &mut [Tok]) {
    let mut sent: u32 = 0;
    let mut pending = false;
    let mut prev: Option<Tok> = None;
    for tok in toks.iter_mut() {
        if let Some(p) = prev {
            let adjacent = tok.start == p.end && tok.newlines == 0;
            let runs_on =
                matches!(p.kind, Kind::Word | Kind::Num) || matches!(p.ch, ',' | '-' | '–');
            let line_break = tok.newlines >= 2
                || (tok.newlines == 1 && !(runs_on && (tok.kind == Kind::Num || !tok.cap)));
            if pending && adjacent && tok.kind == Kind::Punct && is_closer(tok.ch) {
                // Still inside the sentence's closing quotes.
            } else if (pending && !adjacent) || line_break {
                sent += 1;
                pending = false;
            } else {
                pending = false;
            }
        }
        tok.sent = sent;
        if tok.kind == Kind::Punct && is_terminal(tok.ch) {
            let after_abbrev = tok.ch == '.'
                && prev.is_some_and(|w| {
                    w.kind == Kind::Word
                        && w.end == tok.start
                        && abbreviation(text.get(w.start..w.end).unwrap_or(""))
                });
            pending = pending || !after_abbrev;
        }
        prev = Some(*tok);
    }
}

/// Abbreviations after which a full stop does not end a sentence.
fn abbreviation(word: &str) -> bool {
    const LIST: &[&str] = &[
        "mr", "mrs", "ms", "dr", "st", "gen", "sen", "rep", "gov", "lt", "col", "maj", "sgt",
        "prof", "jr", "sr", "inc", "corp", "co", "ltd", "no", "vs", "jan", "feb", "mar", "apr",
        "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed",
        "thu", "thur", "thurs", "fri", "sat", "sun",
    ];
    word.chars().count() == 1 || LIST.iter().any(|a| a.eq_ignore_ascii_case(word))
}
