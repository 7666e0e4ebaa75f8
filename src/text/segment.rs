//! Segmentation: a text and its body span in; paragraphs (with the boilerplate lines
//! set apart), sentences and clauses out, as byte spans into the original text.

use std::sync::LazyLock;

use super::bits::{char_at, char_before, is_ascii_white};
use super::boilerplate::classify_line;
use super::lexicon::WordSet;
use super::words::WORDS;
use crate::source::Span;

/// The abbreviations after which a period does not end a sentence (compared without
/// case, from `data/text_words.txt`) as a set, built once.
pub(super) static ABBREVIATION_SET: LazyLock<WordSet> =
    LazyLock::new(|| WordSet::of(&WORDS.abbreviations));

/// The span of `text[span]` without surrounding white space.
pub(super) fn trim(text: &str, span: Span) -> Span {
    let s = text.get(span.range()).unwrap_or("");
    let lead = white_before(s);
    let trail = white_after(s);
    Span::new(
        span.start + lead,
        span.end.saturating_sub(trail).max(span.start + lead),
    )
}

/// `s` without surrounding white space, as `str::trim` leaves it, ASCII white space cut
/// byte by byte (see [`trim`]).
pub(crate) fn trim_str(s: &str) -> &str {
    let lead = white_before(s);
    let trail = white_after(s);
    s.get(lead..s.len().saturating_sub(trail).max(lead))
        .unwrap_or("")
}

/// The bytes of white space `s` starts with (`str::trim_start`): ASCII bytes are tested
/// as they come, and only from a byte outside ASCII on is a character decoded.
fn white_before(s: &str) -> usize {
    let bytes = s.as_bytes();
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if !b.is_ascii() {
            let rest = s.get(i..).unwrap_or("");
            return i + (rest.len() - rest.trim_start().len());
        }
        if !is_ascii_white(b) {
            return i;
        }
        i += 1;
    }
    i
}

/// The bytes of white space `s` ends with (`str::trim_end`), as [`white_before`].
fn white_after(s: &str) -> usize {
    let bytes = s.as_bytes();
    let mut j = bytes.len();
    while let Some(&b) = j.checked_sub(1).and_then(|k| bytes.get(k)) {
        if !b.is_ascii() {
            let head = s.get(..j).unwrap_or("");
            return (bytes.len() - j) + (head.len() - head.trim_end().len());
        }
        if !is_ascii_white(b) {
            break;
        }
        j -= 1;
    }
    bytes.len() - j
}

/// A non-empty line of the body, as [`paragraphs`] sees it.
#[derive(Clone, Copy)]
pub(super) struct Line {
    span: Span,
    /// Page furniture ([`is_boilerplate_line`], or sandwiched between such lines).
    boilerplate: bool,
    /// Under 15 words.
    short: bool,
    /// Boilerplate with page-furniture wording.
    wording: bool,
}

/// The body's paragraphs, boilerplate lines recorded apart and left out.
pub(super) fn paragraphs(text: &str, body: Span, boilerplate: &mut Vec<Span>, out: &mut Vec<Span>) {
    let bytes = text.as_bytes();
    let body_bytes = bytes.get(body.range()).unwrap_or_default();
    // Every non-empty line; `None` for a blank line. Sized by one count of the line
    // breaks, so that the list does not grow line by line.
    let mut lines: Vec<Option<Line>> =
        Vec::with_capacity(memchr::memchr_iter(b'\n', body_bytes).count() + 1);
    let mut buf = Vec::new();
    let mut start = body.start;
    while start < body.end {
        let end = memchr::memchr(b'\n', bytes.get(start..body.end).unwrap_or_default())
            .map_or(body.end, |i| start + i);
        let line = trim(text, Span::new(start, end));
        start = end + 1;
        lines.push((!line.is_empty()).then(|| {
            let class = classify_line(text.get(line.range()).unwrap_or(""), &mut buf);
            Line {
                span: line,
                boilerplate: class.boilerplate,
                short: class.words < 15,
                wording: class.boilerplate && class.wording,
            }
        }));
    }
    mark_sandwiched(&mut lines);
    let mut current: Option<Span> = None;
    for entry in lines {
        let Some(Line {
            span: line,
            boilerplate: is_boilerplate,
            ..
        }) = entry
        else {
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
}

/// Marks as boilerplate a run of up to three short lines (under 15 words each) with a
/// line of page-furniture wording right before and right after it, blank lines aside:
/// the body of a sign-up box whose heading and small print gave it away.
pub(super) fn mark_sandwiched(lines: &mut [Option<Line>]) {
    // The flags as they stand before any marking, blank lines left out:
    // (index, is boilerplate, is short, has page-furniture wording).
    let mut flags: Vec<(usize, bool, bool, bool)> = Vec::with_capacity(lines.len());
    flags.extend(
        lines
            .iter()
            .enumerate()
            .filter_map(|(i, l)| l.map(|l| (i, l.boilerplate, l.short, l.wording))),
    );
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
                if let Some(Some(line)) = lines.get_mut(i) {
                    line.boilerplate = true;
                }
            }
        }
        k = run_end.max(k) + 1;
    }
}

/// Whether a paragraph so far runs on into the next line (hard-wrapped text).
pub(super) fn runs_on(text: &str, paragraph: Span, next_line: &str) -> bool {
    let prev = text.get(paragraph.range()).unwrap_or("");
    let ends_sentence = prev
        .chars()
        .next_back()
        .is_some_and(|c| ".!?…\"”’:".contains(c));
    !ends_sentence && next_line.chars().next().is_some_and(char::is_lowercase)
}

/// The ellipsis, `…`, searched for as bytes.
pub(super) static ELLIPSIS: LazyLock<memchr::memmem::Finder<'static>> =
    LazyLock::new(|| memchr::memmem::Finder::new("…"));

/// Appends the sentences of a paragraph.
pub(super) fn split_sentences(text: &str, paragraph: Span, out: &mut Vec<Span>) {
    let para = text.get(paragraph.range()).unwrap_or("");
    let bytes = para.as_bytes();
    let mut start = 0;
    let mut pos = 0;
    // The next `…` at or after `pos`, kept between searches (`None`: there is none).
    let mut ellipsis = ELLIPSIS.find(bytes);
    loop {
        let rest = bytes.get(pos..).unwrap_or_default();
        let ascii = memchr::memchr3(b'.', b'!', b'?', rest).map(|k| pos + k);
        if ellipsis.is_some_and(|e| e < pos) {
            ellipsis = ELLIPSIS.find(rest).map(|k| pos + k);
        }
        let Some(i) = ascii.into_iter().chain(ellipsis).min() else {
            break;
        };
        let Some(c) = char_at(para, i) else {
            break;
        };
        // Take the whole run of closing punctuation and quotes.
        let mut end = i + c.len_utf8();
        while let Some(d) = char_at(para, end) {
            if matches!(
                d,
                '.' | '!' | '?' | '…' | '"' | '”' | '’' | '\'' | ')' | ']'
            ) {
                end += d.len_utf8();
            } else {
                break;
            }
        }
        pos = end;
        if !char_at(para, end).is_some_and(char::is_whitespace) {
            continue;
        }
        let next = para.get(end..).unwrap_or("").trim_start().chars().next();
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

/// Whether a period after `before` ends a sentence: not after an abbreviation, an
/// initial, or a dotted abbreviation ("U.S.").
pub(super) fn period_ends_sentence(before: &str) -> bool {
    let word_start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| !(c.is_alphanumeric() || c == '.' || c == '\'' || c == '’'))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let word = before.get(word_start..).unwrap_or("");
    if word.is_empty() {
        return true;
    }
    if word.as_bytes().contains(&b'.') {
        // "U.S.", "e.g." — dotted abbreviations; "3.5." is a number, which may end one.
        return word.chars().all(|c| c.is_ascii_digit() || c == '.');
    }
    let mut chars = word.chars();
    let single_capital = chars.next().is_some_and(char::is_uppercase) && chars.next().is_none();
    !(single_capital || ABBREVIATION_SET.contains(word))
}

/// Pushes a span trimmed of white space, when anything is left.
pub(super) fn push_trimmed(text: &str, span: Span, out: &mut Vec<Span>) {
    let mut span = trim(text, span);
    // A "sentence" longer than any prose sentence (a page with no full stops, a
    // table flattened to one line) is cut at white space into pieces of at most
    // MAX_SENTENCE_BYTES, so that work done per sentence stays bounded.
    while span.len() > MAX_SENTENCE_BYTES {
        let window = text
            .get(span.start..span.start + MAX_SENTENCE_BYTES)
            .or_else(|| {
                (1..4).find_map(|back| text.get(span.start..span.start + MAX_SENTENCE_BYTES - back))
            })
            .unwrap_or("");
        // After the last clause break (", ", "; ") of the window's second half, so that
        // a figure and its hedge or a date and its year stay in one piece; else at the
        // last white space; else hard.
        let clause_break = window
            .rmatch_indices([',', ';'])
            .map(|(i, _)| i + 1)
            .take_while(|&i| i > MAX_SENTENCE_BYTES / 2)
            .find(|&i| {
                window
                    .get(i..)
                    .is_some_and(|rest| rest.starts_with(char::is_whitespace))
            });
        let cut = clause_break
            .or_else(|| window.rfind(char::is_whitespace).filter(|&i| i > 0))
            .unwrap_or(window.len());
        if cut == 0 {
            break;
        }
        let piece = trim(text, Span::new(span.start, span.start + cut));
        if !piece.is_empty() {
            out.push(piece);
        }
        span = trim(text, Span::new(span.start + cut, span.end));
    }
    if !span.is_empty() {
        out.push(span);
    }
}

/// The longest stretch read as one sentence, in bytes.
pub(super) const MAX_SENTENCE_BYTES: usize = 4096;

/// The bytes that may start a clause cut: `,` `:` `;` `(` `)` `[` `]` `-`, and 0xE2,
/// which starts an en or em dash. A table: a byte's test is one load.
#[expect(
    clippy::indexing_slicing,
    reason = "evaluated at compile time, where an index out of bounds fails the build"
)]
pub(super) static CLAUSE_MARK_BYTES: [bool; 256] = {
    let mut table = [false; 256];
    let marks = b",:;()[]-\xE2";
    let mut k = 0;
    while k < marks.len() {
        table[marks[k] as usize] = true;
        k += 1;
    }
    table
};

/// The clauses of a sentence, cut while its words are (by [`super::tokens::tokenize`],
/// one walk of its bytes for both): the walk hands every byte outside its words to
/// [`Clauses::at`], and tells it of every word it cuts ([`Clauses::word`]). No cut
/// stands inside a word: a word's inner `,` stands between digits, its inner `-`
/// between letters or digits, and its characters that start with 0xE2 are no dashes.
pub(super) struct Clauses<'t> {
    text: &'t str,
    sentence: Span,
    /// Where the clause being read starts, in bytes from the sentence's start.
    start: usize,
    /// Whether a word was cut since `start`: a piece holds a letter or digit exactly
    /// when a word starts in it (every letter or digit starts or continues one), so
    /// that its bytes are not read again.
    worded: bool,
}

impl<'t> Clauses<'t> {
    /// The cutter of a sentence of `text`.
    pub(super) fn new(text: &'t str, sentence: Span) -> Self {
        Self {
            text,
            sentence,
            start: 0,
            worded: false,
        }
    }

    /// A word was cut, after the last cut.
    #[inline]
    pub(super) fn word(&mut self) {
        self.worded = true;
    }

    /// Byte `b`, at `i` in the sentence's text `s`, stands outside every word: a cut
    /// there ends a clause, appended to `out` when it holds a word.
    #[inline]
    pub(super) fn at(&mut self, s: &str, i: usize, b: u8, out: &mut Vec<Span>) {
        // Every cut mark is ASCII or starts with 0xE2, which only ever leads a character.
        if CLAUSE_MARK_BYTES
            .get(usize::from(b))
            .copied()
            .unwrap_or(false)
        {
            self.mark(s, i, b, out);
        }
    }

    /// [`Clauses::at`] past the table's test.
    fn mark(&mut self, s: &str, i: usize, b: u8, out: &mut Vec<Span>) {
        let bytes = s.as_bytes();
        let white = |c: Option<char>| c.is_some_and(char::is_whitespace);
        let digit = |b: Option<&u8>| b.is_some_and(u8::is_ascii_digit);
        let (cut, len) = match b {
            b',' | b':' => {
                let inside_number = i > 0 && digit(bytes.get(i - 1)) && digit(bytes.get(i + 1));
                (!inside_number, 1)
            }
            b';' | b'(' | b')' | b'[' | b']' => (true, 1),
            b'-' => (white(char_before(s, i)) && white(char_at(s, i + 1)), 1),
            0xE2 => match (bytes.get(i + 1), bytes.get(i + 2)) {
                // Em dash.
                (Some(0x80), Some(0x94)) => (true, 3),
                // En dash.
                (Some(0x80), Some(0x93)) => {
                    (white(char_before(s, i)) && white(char_at(s, i + 3)), 3)
                }
                _ => return,
            },
            _ => return,
        };
        if cut {
            let piece = Span::new(self.sentence.start + self.start, self.sentence.start + i);
            if self.worded {
                push_trimmed(self.text, piece, out);
            }
            self.start = i + len;
            self.worded = false;
        }
    }

    /// Ends the sentence: its last clause, appended to `out` when it holds a word.
    pub(super) fn finish(self, out: &mut Vec<Span>) {
        let piece = Span::new(self.sentence.start + self.start, self.sentence.end);
        if self.worded {
            push_trimmed(self.text, piece, out);
        }
    }
}

/// `body` cut into blocks of `size` to twice that many bytes: after the first paragraph
/// break past `size` bytes, else a line break, a sentence end or a space, else at a
/// character boundary. A body of up to twice `size` is one block.
pub(crate) fn blocks(text: &str, body: Span, size: usize) -> Vec<Span> {
    let mut out = Vec::new();
    let mut at = body.start;
    while body.end.saturating_sub(at) > 2 * size {
        let Some(window) = text.as_bytes().get(at + size..at + 2 * size) else {
            break;
        };
        let after = |needle: &[u8]| {
            window
                .windows(needle.len())
                .position(|w| w == needle)
                .map(|i| i + needle.len())
        };
        let cut = after(b"\n\n")
            .or_else(|| after(b"\n"))
            .or_else(|| after(b". "))
            .or_else(|| after(b" "))
            .map(|i| at + size + i)
            .unwrap_or_else(|| {
                let mut cut = at + 2 * size;
                while !text.is_char_boundary(cut) {
                    cut += 1;
                }
                cut
            });
        out.push(Span::new(at, cut));
        at = cut;
    }
    out.push(Span::new(at, body.end));
    out
}
