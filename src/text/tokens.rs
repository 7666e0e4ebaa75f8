//! Tokens: a sentence's span in; its words out, as byte spans (see the text model's
//! module documentation for what a word keeps: "build-up", "14,000", "U.S").

use super::bits::{alphanumeric, ascii_alphanumeric, char_at};
use crate::source::Span;

/// Appends the words of a sentence.
pub(super) fn tokenize(text: &str, sentence: Span, out: &mut Vec<Span>) {
    let s = text.get(sentence.range()).unwrap_or("");
    let bytes = s.as_bytes();
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if b < 0x80 {
            if !ascii_alphanumeric(b) {
                i += 1;
                continue;
            }
        } else {
            let Some(c) = char_at(s, i) else {
                break;
            };
            if !c.is_alphanumeric() {
                i += c.len_utf8();
                continue;
            }
        }
        // A word starts at `i`. `segment` counts the characters since the word start or
        // its last inner joiner; `prev` is the last character taken.
        let mut segment = 0usize;
        let mut prev = ' ';
        let mut j = i;
        loop {
            // A run of ASCII letters and digits, taken at once.
            let run = bytes
                .get(j..)
                .unwrap_or_default()
                .iter()
                .take_while(|&&b| ascii_alphanumeric(b))
                .count();
            if let Some(&last) = run.checked_sub(1).and_then(|r| bytes.get(j + r)) {
                segment += run;
                prev = char::from(last);
                j += run;
            }
            let Some(d) = char_at(s, j) else {
                break;
            };
            if !d.is_ascii() && d.is_alphanumeric() {
                segment += 1;
                prev = d;
                j += d.len_utf8();
                continue;
            }
            if !matches!(
                d,
                '-' | '\'' | '’' | ',' | '.' | '\u{2009}' | '\u{202F}' | '\u{00A0}'
            ) {
                break;
            }
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
            segment = 0;
            prev = d;
            j = k;
        }
        out.push(Span::new(sentence.start + i, sentence.start + j));
        i = j;
    }
}

/// Whether exactly three digits start at byte `i`, with no digit after them.
pub(super) fn three_digits(bytes: &[u8], i: usize) -> bool {
    (i..i + 3).all(|k| bytes.get(k).is_some_and(u8::is_ascii_digit))
        && !bytes.get(i + 3).is_some_and(u8::is_ascii_digit)
}
