//! Tokens: a sentence's span in; its words out, as byte spans (see the text model's
//! module documentation for what a word keeps: "build-up", "14,000", "U.S"), each
//! with its [`Shape`].

use super::bits::{alphanumeric, ascii_alphanumeric, ascii_alphanumeric_end, char_at};
use super::segment::Clauses;
use crate::source::Span;

/// What cutting a word out showed of it, kept beside its span: a reader that wants
/// only some words (capitalised, hyphenated) passes over the others by their shape,
/// without reading their letters again.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Shape(u8);

impl Shape {
    /// The word starts with an ASCII lower-case letter.
    const LOWER: u8 = 1;
    /// The word starts with an ASCII digit.
    const DIGIT: u8 = 1 << 1;
    /// The word holds an inner `-` ("build-up", "COVID-19").
    const HYPHEN: u8 = 1 << 2;
    /// The word holds an inner `'` or `’` ("Russia's", "won’t").
    const APOSTROPHE: u8 = 1 << 3;

    /// The shape of a word starting with byte `first`.
    fn of(first: u8, hyphen: bool, apostrophe: bool) -> Self {
        let mut bits = 0;
        if first.is_ascii_lowercase() {
            bits |= Self::LOWER;
        } else if first.is_ascii_digit() {
            bits |= Self::DIGIT;
        }
        if hyphen {
            bits |= Self::HYPHEN;
        }
        if apostrophe {
            bits |= Self::APOSTROPHE;
        }
        Self(bits)
    }

    /// Whether the word starts with an ASCII lower-case letter.
    pub fn starts_lower(self) -> bool {
        self.0 & Self::LOWER != 0
    }

    /// Whether the word starts with an ASCII digit.
    pub fn starts_digit(self) -> bool {
        self.0 & Self::DIGIT != 0
    }

    /// Whether the word holds a `-`.
    pub fn hyphenated(self) -> bool {
        self.0 & Self::HYPHEN != 0
    }

    /// Whether the word holds a `'` or `’`.
    pub fn has_apostrophe(self) -> bool {
        self.0 & Self::APOSTROPHE != 0
    }
}

/// The words of a sentence, cut out in one walk of its bytes with its clauses.
pub(super) struct Cut<'o, 'a> {
    /// The words' spans, appended.
    pub words: &'o mut Vec<Span>,
    /// The words' texts, side by side with `words`.
    pub strs: &'o mut Vec<&'a str>,
    /// The words' shapes, side by side with `words`.
    pub shapes: &'o mut Vec<Shape>,
    /// The clauses' spans, appended (see [`Clauses`]).
    pub clauses: &'o mut Vec<Span>,
}

/// Appends the words of a sentence, with their shapes, and its clauses.
pub(super) fn tokenize<'a>(text: &'a str, sentence: Span, cut: Cut<'_, 'a>) {
    let Cut {
        words: out,
        strs,
        shapes,
        clauses,
    } = cut;
    let s = text.get(sentence.range()).unwrap_or("");
    let bytes = s.as_bytes();
    let mut cutter = Clauses::new(text, sentence);
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if b < 0x80 {
            if !ascii_alphanumeric(b) {
                cutter.at(s, i, b, clauses);
                i += 1;
                continue;
            }
        } else {
            let Some(c) = char_at(s, i) else {
                break;
            };
            if !alphanumeric(c) {
                cutter.at(s, i, b, clauses);
                i += c.len_utf8();
                continue;
            }
        }
        // A word starts at `i`. `segment` counts the characters since the word start or
        // its last inner joiner; `prev` is the last character taken.
        let mut segment = 0usize;
        let mut prev = ' ';
        let (mut hyphen, mut apostrophe) = (false, false);
        let mut j = i;
        loop {
            // A run of ASCII letters and digits, taken at once.
            let run = ascii_alphanumeric_end(bytes, j) - j;
            if let Some(&last) = run.checked_sub(1).and_then(|r| bytes.get(j + r)) {
                segment += run;
                prev = char::from(last);
                j += run;
            }
            // The character after the run, if it may join two parts of a word: an
            // ASCII joiner is told by its byte, so the common end of a word (a space, a
            // mark) is never decoded; a letter or digit of another script goes on.
            let Some(&n) = bytes.get(j) else {
                break;
            };
            let d = if n < 0x80 {
                if !matches!(n, b'-' | b'\'' | b',' | b'.') {
                    break;
                }
                char::from(n)
            } else {
                let Some(d) = char_at(s, j) else {
                    break;
                };
                if alphanumeric(d) {
                    segment += 1;
                    prev = d;
                    j += d.len_utf8();
                    continue;
                }
                if !matches!(d, '’' | '\u{2009}' | '\u{202F}' | '\u{00A0}') {
                    break;
                }
                d
            };
            let k = j + d.len_utf8();
            let next = char_at(s, k).unwrap_or(' ');
            let joins = match d {
                '-' | '\'' | '’' => alphanumeric(prev) && alphanumeric(next),
                ',' => prev.is_ascii_digit() && next.is_ascii_digit(),
                '.' => {
                    (prev.is_ascii_digit() && next.is_ascii_digit())
                        || (segment == 1
                            && prev.is_alphabetic()
                            && next.is_alphabetic()
                            && !char_at(s, k + next.len_utf8()).is_some_and(alphanumeric))
                }
                _ => prev.is_ascii_digit() && three_digits(bytes, k),
            };
            if !joins {
                break;
            }
            hyphen |= d == '-';
            apostrophe |= matches!(d, '\'' | '’');
            segment = 0;
            prev = d;
            j = k;
        }
        out.push(Span::new(sentence.start + i, sentence.start + j));
        cutter.word();
        // `i` and `j` stand on character boundaries of `s`: the word's text is sliced
        // here, where it is cut, rather than from the whole text again.
        strs.push(s.get(i..j).unwrap_or(""));
        shapes.push(Shape::of(b, hyphen, apostrophe));
        i = j;
    }
    cutter.finish(clauses);
}

/// Whether exactly three digits start at byte `i`, with no digit after them.
pub(super) fn three_digits(bytes: &[u8], i: usize) -> bool {
    (i..i + 3).all(|k| bytes.get(k).is_some_and(u8::is_ascii_digit))
        && !bytes.get(i + 3).is_some_and(u8::is_ascii_digit)
}
