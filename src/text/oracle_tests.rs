//! The test oracle: the text analysis as first written, character by character. The
//! byte-level code of the text model must give the same spans, words and lemmas.

#![allow(clippy::all)]
use super::boilerplate::{BOILERPLATE, is_latin, is_photo_credit, is_short_figure};
use super::segment::{period_ends_sentence, push_trimmed, runs_on, trim};
use super::words::WORDS;
use crate::source::Span;

/// The lemmatiser's singular as first written, allocating at every step.
pub(super) fn singular(word: &str) -> String {
    let lower = word.to_lowercase().replace('’', "'");
    if let Some((_, l)) = WORDS.irregular.iter().find(|(w, _)| *w == lower) {
        return (*l).to_string();
    }
    if lower.len() < 4 || !lower.ends_with('s') {
        return lower;
    }
    if let Some(stem) = lower.strip_suffix("ies") {
        if stem.len() >= 2 {
            return format!("{stem}y");
        }
    }
    let cut = if ["sses", "shes", "ches", "xes", "zzes"]
        .iter()
        .any(|s| lower.ends_with(s))
    {
        2
    } else if ["ss", "us", "is", "'s"].iter().any(|s| lower.ends_with(s)) {
        0
    } else {
        1
    };
    lower.get(..lower.len() - cut).unwrap_or(&lower).to_string()
}

/// The same as [`super::Text::new`], the old way: (sentences, clauses, words,
/// boilerplate).
pub(super) fn analyse(text: &str, body: Span) -> [Vec<Span>; 4] {
    let body = super::clamp(text, body);
    let (mut sentences, mut clauses, mut words, mut boilerplate) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    let mut chars = Vec::new();
    let mut paras = paragraphs(text, body, &mut boilerplate);
    // A phrase given on its own: the whole body one line, furniture only by its
    // shortness.
    if paras.is_empty() && boilerplate.len() == 1 && boilerplate[0] == trim(text, body) {
        let line = boilerplate[0];
        if !super::boilerplate::is_furniture_alone(&text[line.range()]) {
            boilerplate.clear();
            paras.push(line);
        }
    }
    for paragraph in paras {
        let first = sentences.len();
        split_sentences(text, paragraph, &mut sentences);
        for &sentence in sentences.get(first..).unwrap_or_default() {
            split_clauses(text, sentence, &mut clauses);
            tokenize(text, sentence, &mut chars, &mut words);
        }
    }
    [sentences, clauses, words, boilerplate]
}

/// The body's paragraphs, boilerplate lines recorded apart and left out.
pub(super) fn paragraphs(text: &str, body: Span, boilerplate: &mut Vec<Span>) -> Vec<Span> {
    // Every non-empty line, and whether it is boilerplate; `None` for a blank line.
    let mut lines: Vec<Option<(Span, bool)>> = Vec::new();
    let mut start = body.start;
    let bytes = text.as_bytes();
    while start < body.end {
        let end = memchr::memchr(b'\n', bytes.get(start..body.end).unwrap_or_default())
            .map_or(body.end, |i| start + i);
        let line = trim(text, Span::new(start, end));
        start = end + 1;
        lines.push((!line.is_empty()).then(|| {
            let line_text = text.get(line.range()).unwrap_or("");
            (line, is_boilerplate_line(line_text))
        }));
    }
    mark_sandwiched(text, &mut lines);
    let mut out = Vec::new();
    let mut current: Option<Span> = None;
    for entry in lines {
        let Some((line, is_boilerplate)) = entry else {
            out.extend(current.take());
            continue;
        };
        if is_boilerplate {
            out.extend(current.take());
            boilerplate.push(line);
            continue;
        }
        let line_text = text.get(line.range()).unwrap_or("");
        current = match current {
            Some(p) if runs_on(text, p, line_text) => Some(p.join(line)),
            Some(p) => {
                out.push(p);
                Some(line)
            }
            None => Some(line),
        };
    }
    out.extend(current);
    out
}

/// Marks as boilerplate a run of up to three short lines (under 15 words each) with a
/// line of page-furniture wording right before and right after it, blank lines aside:
/// the body of a sign-up box whose heading and small print gave it away.
pub(super) fn mark_sandwiched(text: &str, lines: &mut [Option<(Span, bool)>]) {
    let line = |span: Span| text.get(span.range()).unwrap_or("");
    let short = |span: Span| line(span).split_whitespace().count() < 15;
    // (index, is boilerplate, is short, has page-furniture wording)
    let flags: Vec<(usize, bool, bool, bool)> = lines
        .iter()
        .enumerate()
        .filter_map(|(i, l)| {
            l.map(|(span, b)| (i, b, short(span), b && BOILERPLATE.contains_in(line(span))))
        })
        .collect();
    let mut k = 0;
    while k < flags.len() {
        let run_end = flags
            .get(k..)
            .unwrap_or_default()
            .iter()
            .position(|&(_, b, s, _)| b || !s)
            .map_or(flags.len(), |p| k + p);
        let before = k
            .checked_sub(1)
            .and_then(|b| flags.get(b))
            .is_some_and(|f| f.3);
        let after = flags.get(run_end).is_some_and(|f| f.3);
        if run_end > k && run_end - k <= 3 && before && after {
            for &(i, _, _, _) in flags.get(k..run_end).unwrap_or_default() {
                if let Some(Some((_, b))) = lines.get_mut(i) {
                    *b = true;
                }
            }
        }
        k = run_end.max(k) + 1;
    }
}

/// Whether a line (trimmed) is page furniture rather than article text. See the module
/// documentation for the four tests.
pub(super) fn is_boilerplate_line(line: &str) -> bool {
    let words = line.split_whitespace().count();
    if words < 60 && BOILERPLATE.contains_in(line) {
        return true;
    }
    if line.contains('©') || is_photo_credit(line) || ends_in_a_date_stamp(line) {
        return true;
    }
    let (mut latin, mut other) = (0usize, 0usize);
    for c in line.chars().filter(|c| c.is_alphabetic()) {
        if is_latin(c) {
            latin += 1;
        } else {
            other += 1;
        }
    }
    if other > latin {
        return true;
    }
    let ends_like_sentence = line
        .chars()
        .next_back()
        .is_some_and(|c| ".!?…\"”’".contains(c));
    words <= 3 && !ends_like_sentence && !is_short_figure(line)
}

/// Whether a line ends in a bare numeric date stamp with no sentence around it — an
/// image caption's or a teaser's credit line ("Moscow sights - Agency, 1920,
/// 23.12.2021", "Photo: Reuters 2021-12-23"). Prose writes dates in words or ends the
/// sentence with a full stop.
pub(super) fn ends_in_a_date_stamp(line: &str) -> bool {
    let Some(last) = line.split_whitespace().next_back() else {
        return false;
    };
    let parts: Vec<&str> = last.split(['.', '-', '/']).collect();
    let numeric = parts.len() == 3
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.len() <= 4 && p.bytes().all(|b| b.is_ascii_digit()));
    numeric && parts.iter().any(|p| p.len() == 4) && line.chars().count() <= 200
}

/// Appends the sentences of a paragraph.
pub(super) fn split_sentences(text: &str, paragraph: Span, out: &mut Vec<Span>) {
    let para = text.get(paragraph.range()).unwrap_or("");
    let mut start = 0;
    let mut iter = para.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        if !matches!(c, '.' | '!' | '?' | '…') {
            continue;
        }
        // Take the whole run of closing punctuation and quotes.
        let mut end = i + c.len_utf8();
        while let Some(&(j, d)) = iter.peek() {
            if matches!(
                d,
                '.' | '!' | '?' | '…' | '"' | '”' | '’' | '\'' | ')' | ']'
            ) {
                end = j + d.len_utf8();
                iter.next();
            } else {
                break;
            }
        }
        let rest = para.get(end..).unwrap_or("");
        if !rest.starts_with(char::is_whitespace) {
            continue;
        }
        let next = rest.trim_start().chars().next();
        if next.is_none_or(char::is_lowercase) {
            continue;
        }
        if c == '.' && end == i + 1 && !period_ends_sentence(para.get(..i).unwrap_or("")) {
            continue;
        }
        push_trimmed(
            text,
            Span::new(paragraph.start + start, paragraph.start + end),
            out,
        );
        start = end;
    }
    push_trimmed(text, Span::new(paragraph.start + start, paragraph.end), out);
}

/// Appends the clauses of a sentence.
pub(super) fn split_clauses(text: &str, sentence: Span, out: &mut Vec<Span>) {
    let s = text.get(sentence.range()).unwrap_or("");
    let mut start = 0;
    let mut prev: Option<char> = None;
    let mut iter = s.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        let next = iter.peek().map(|&(_, d)| d);
        let cut = match c {
            ',' | ':' => {
                !(prev.is_some_and(|p| p.is_ascii_digit())
                    && next.is_some_and(|n| n.is_ascii_digit()))
            }
            ';' | '(' | ')' | '[' | ']' | '—' => true,
            '–' | '-' => {
                prev.is_some_and(char::is_whitespace) && next.is_some_and(char::is_whitespace)
            }
            _ => false,
        };
        if cut {
            let piece = Span::new(sentence.start + start, sentence.start + i);
            if has_word(text, piece) {
                push_trimmed(text, piece, out);
            }
            start = i + c.len_utf8();
        }
        prev = Some(c);
    }
    let piece = Span::new(sentence.start + start, sentence.end);
    if has_word(text, piece) {
        push_trimmed(text, piece, out);
    }
}

/// Whether a span holds a letter or digit.
pub(super) fn has_word(text: &str, span: Span) -> bool {
    text.get(span.range())
        .is_some_and(|s| s.chars().any(char::is_alphanumeric))
}

/// Appends the words of a sentence; `chars` is a reused buffer.
pub(super) fn tokenize(
    text: &str,
    sentence: Span,
    chars: &mut Vec<(usize, char)>,
    out: &mut Vec<Span>,
) {
    let s = text.get(sentence.range()).unwrap_or("");
    chars.clear();
    chars.extend(s.char_indices());
    let chars = chars.as_slice();
    let mut i = 0;
    while let Some(&(start, c)) = chars.get(i) {
        if !c.is_alphanumeric() {
            i += 1;
            continue;
        }
        // `segment` counts the characters since the word start or its last inner `.`.
        let mut segment = 1;
        let mut j = i + 1;
        while let Some(&(_, d)) = chars.get(j) {
            if d.is_alphanumeric() {
                segment += 1;
                j += 1;
                continue;
            }
            let prev = chars.get(j - 1).map_or(' ', |&(_, p)| p);
            let next = chars.get(j + 1).map_or(' ', |&(_, n)| n);
            let after = chars.get(j + 2).map_or(' ', |&(_, n)| n);
            let joins = match d {
                '-' | '\'' | '’' => prev.is_alphanumeric() && next.is_alphanumeric(),
                ',' => prev.is_ascii_digit() && next.is_ascii_digit(),
                '.' => {
                    (prev.is_ascii_digit() && next.is_ascii_digit())
                        || (segment == 1
                            && prev.is_alphabetic()
                            && next.is_alphabetic()
                            && !after.is_alphanumeric())
                }
                '\u{2009}' | '\u{202F}' | '\u{00A0}' => {
                    prev.is_ascii_digit() && three_digits(chars, j + 1)
                }
                _ => false,
            };
            if !joins {
                break;
            }
            segment = 0;
            j += 1;
        }
        let end = chars.get(j).map_or(s.len(), |&(e, _)| e);
        out.push(Span::new(sentence.start + start, sentence.start + end));
        i = j;
    }
}

/// Whether exactly three digits start at index `i`, with no digit after them.
pub(super) fn three_digits(chars: &[(usize, char)], i: usize) -> bool {
    (i..i + 3).all(|k| chars.get(k).is_some_and(|&(_, c)| c.is_ascii_digit()))
        && !chars.get(i + 3).is_some_and(|&(_, c)| c.is_ascii_digit())
}
