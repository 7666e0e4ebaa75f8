//! Boilerplate: one line of a page in; whether it is page furniture (cookie banners,
//! sign-up boxes, photo credits, bylines, text in another script) rather than article
//! text out. See the text model's module documentation for the tests.

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};

use super::words::WORDS;

#[cfg(test)]
use super::lexicon::PhraseSet;

/// The boilerplate wording, built once (for the reference analysis in the tests).
#[cfg(test)]
pub(super) static BOILERPLATE: LazyLock<PhraseSet> =
    LazyLock::new(|| PhraseSet::new(&WORDS.boilerplate));

/// The page-furniture wording of `data/text_words.txt` (lower case) as an automaton over ASCII-lower-cased text, built once.
/// Matching the lower-case phrases exactly against a lower-cased copy of a line finds
/// what matching them with ASCII case ignored finds, and lets the automaton use its
/// SIMD prefilter (Teddy), which it cannot with case ignored. Leftmost-first: only
/// whether a phrase occurs is asked, which the match kind does not change, and the
/// SIMD prefilter serves the leftmost kinds only. A contiguous NFA, not the DFA the
/// builder picks for so few phrases: the DFA's build cost about 1 M instructions on
/// every run, more than its faster steps win back behind the prefilter.
pub(super) static BOILERPLATE_LOWER: LazyLock<Option<AhoCorasick>> = LazyLock::new(|| {
    AhoCorasickBuilder::new()
        .match_kind(MatchKind::LeftmostFirst)
        .kind(Some(AhoCorasickKind::ContiguousNFA))
        .build(&WORDS.boilerplate)
        .ok()
});

/// Whether a line holds page-furniture wording anywhere, case ignored ("cookies"
/// holds "cookie"); `buf` is a reused buffer.
pub(super) fn has_boilerplate_wording(line: &str, buf: &mut Vec<u8>) -> bool {
    buf.clear();
    buf.extend_from_slice(line.as_bytes());
    buf.make_ascii_lowercase();
    BOILERPLATE_LOWER
        .as_ref()
        .is_some_and(|ac| ac.is_match(buf.as_slice()))
}

/// Whether a line (trimmed) is page furniture rather than article text. See the module
/// documentation for the four tests.
pub fn is_boilerplate_line(line: &str) -> bool {
    classify_line(line, &mut Vec::new()).boilerplate
}

/// What the boilerplate tests found in a line.
pub(super) struct LineClass {
    /// [`is_boilerplate_line`].
    pub(super) boilerplate: bool,
    /// Its words, separated by white space: exact below [`LONG_LINE`], at least that
    /// many past it (runs of ASCII are no longer counted there; every test asks only
    /// whether a line has fewer than 4, 15 or 60).
    pub(super) words: usize,
    /// Whether it holds page-furniture wording; left `false` when it is no
    /// boilerplate and 60 words or longer, where the answer counts for nothing.
    pub(super) wording: bool,
}

/// The words from which a line is long: its wording counts only if it is boilerplate
/// by another test.
pub(super) const LONG_LINE: usize = 60;

/// The boilerplate tests on a line (trimmed), in one pass over its characters and one
/// search for page-furniture wording. The first pass counts only the letters beyond
/// ASCII, Latin and other; the ASCII letters, all Latin, are counted (by a second pass)
/// only when the other letters outnumber those Latin ones, the one case where they can
/// outnumber all Latin letters.
pub(super) fn classify_line(line: &str, buf: &mut Vec<u8>) -> LineClass {
    // Letters beyond ASCII: of the Latin script, and of others.
    let (mut words, mut latin, mut other) = (0usize, 0usize, 0usize);
    let mut copyright = false;
    let mut in_word = false;
    let bytes = line.as_bytes();
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        // Eight ASCII bytes at a time where they are.
        if let Some(chunk) = bytes
            .get(i..i + 8)
            .and_then(|c| <[u8; 8]>::try_from(c).ok())
        {
            let x = u64::from_le_bytes(chunk);
            if x & HIGH_BITS == 0 {
                // Past a long line's words, ASCII bytes change no answer.
                if words < LONG_LINE {
                    let ascii = ascii_counts(x, in_word);
                    words += ascii.word_starts;
                    in_word = ascii.ends_in_word;
                }
                i += 8;
                continue;
            }
        }
        let (white, len) = if b < 0x80 {
            (matches!(b, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r'), 1)
        } else {
            let Some(c) = line.get(i..).and_then(|r| r.chars().next()) else {
                break;
            };
            copyright |= c == '©';
            if c.is_alphabetic() {
                if is_latin(c) {
                    latin += 1;
                } else {
                    other += 1;
                }
            }
            (c.is_whitespace(), c.len_utf8())
        };
        if white {
            in_word = false;
        } else if !in_word {
            in_word = true;
            words += 1;
        }
        i += len;
    }
    let ends_like_sentence = line
        .chars()
        .next_back()
        .is_some_and(|c| ".!?…\"”’".contains(c));
    let mostly_other =
        other > latin && other > latin + line.bytes().filter(u8::is_ascii_alphabetic).count();
    let furniture = copyright
        || is_photo_credit(line)
        || ends_in_a_date_stamp(line)
        || mostly_other
        || (words <= 3 && !ends_like_sentence && !is_short_figure(line));
    // The wording search is the costly test: run it only where its answer counts.
    let (boilerplate, wording) = if words < LONG_LINE {
        let wording = has_boilerplate_wording(line, buf);
        (wording || furniture, wording)
    } else if furniture {
        (true, has_boilerplate_wording(line, buf))
    } else {
        (false, false)
    };
    LineClass {
        boilerplate,
        words,
        wording,
    }
}

/// Whether a line that is a whole text on its own (a headline, a bullet, a table cell
/// given alone) is still furniture: it holds page-furniture wording, a credit, a date
/// stamp, or mostly another script. Shortness, test 4, is left out: it tells a page's
/// labels and counters from its text, and a phrase on its own has no page around it
/// ("1,234,567", "USD3.14", "one" given alone are figures; issue 12).
pub(super) fn is_furniture_alone(line: &str) -> bool {
    let (mut latin, mut other) = (0usize, 0usize);
    for c in line.chars().filter(|c| c.is_alphabetic()) {
        if is_latin(c) {
            latin += 1;
        } else {
            other += 1;
        }
    }
    line.contains('©')
        || is_photo_credit(line)
        || ends_in_a_date_stamp(line)
        || other > latin
        || has_boilerplate_wording(line, &mut Vec::new())
}

/// Whether a short line (a headline, a bullet, a table cell: at most three words) is a
/// figure, to be read like a sentence: a number with what it counts ("5,000 dead", "-
/// 20,000 injured", "Deaths: 5,000"), or a figure on its own: digits with a currency,
/// percent or degree sign ("$20", "€2.3bn", "-3%") or a word of `[number-words]`
/// ("Twenty percent", "two thirds", "a dozen"). Bare digits alone ("3,419", "1.2K": a
/// share count as often as a figure), a time or a date in digits ("10:30", "12/23") and
/// a line with a month or weekday (a dateline) stay furniture.
pub(super) fn is_short_figure(line: &str) -> bool {
    fn bare(w: &str) -> &str {
        w.trim_matches(|c: char| !c.is_alphanumeric())
    }
    let number = line.split_whitespace().any(|w| {
        let w = bare(w);
        w.starts_with(|c: char| c.is_ascii_digit())
            && w.chars().all(|c| c.is_ascii_digit() || ",.".contains(c))
    });
    let word = line.split_whitespace().any(|w| {
        let w = bare(w);
        w.chars().count() >= 3 && w.chars().all(char::is_alphabetic) && !super::is_calendar_word(w)
    });
    if number && word {
        return true;
    }
    if line
        .split_whitespace()
        .any(|w| super::is_calendar_word(bare(w)))
    {
        return false;
    }
    line.split_whitespace().any(|w| {
        // A currency symbol, a percent or degree sign beside the digits: a bare number
        // ("3,419", "1.2K") is a share or comment count as often as a figure.
        let sign = w.chars().any(|c| c.is_ascii_digit())
            && w.chars()
                .any(|c| !c.is_alphanumeric() && !",.-+:/#()'\"".contains(c));
        sign || bare(w).split('-').any(|part| {
            WORDS
                .number_words
                .iter()
                .any(|n| n.eq_ignore_ascii_case(part))
        })
    })
}

/// The high bit of each of eight bytes.
pub(super) const HIGH_BITS: u64 = 0x8080_8080_8080_8080;

/// What eight ASCII bytes hold, for [`classify_line`].
pub(super) struct AsciiCounts {
    /// Words starting in them (after white space, or after `in_word` was false).
    word_starts: usize,
    /// Whether the last byte is no white space.
    ends_in_word: bool,
}

/// Counts words starts in eight ASCII bytes (no high bit set), as a
/// byte-by-byte loop would, `in_word` telling whether the byte before them was in a
/// word. White space is ASCII `char::is_whitespace`: tab to carriage return and space.
pub(super) fn ascii_counts(x: u64, in_word: bool) -> AsciiCounts {
    const ONES: u64 = 0x0101_0101_0101_0101;
    // The high bit of each byte that is at least `n` (no byte has its high bit set, so
    // no sum carries into the next byte).
    let at_least = |n: u8| (x + (0x80 - u64::from(n)) * ONES) & HIGH_BITS;
    let within = |lo: u8, hi: u8| at_least(lo) & !at_least(hi + 1);
    let white = within(0x09, 0x0d) | within(b' ', b' ');
    let in_words = !white & HIGH_BITS;
    let before = (in_words << 8) | if in_word { 0x80 } else { 0 };
    let starts = in_words & !before;
    AsciiCounts {
        word_starts: high_bits(starts),
        ends_in_word: in_words >> 63 != 0,
    }
}

/// How many bytes of `mask` (only high bits set) have their high bit set: the bytes,
/// each 0 or 1, summed into the top one by a multiplication (no carry: the sum is at
/// most 8). Without a population-count instruction in the target's baseline,
/// `count_ones` takes about five times as many instructions.
fn high_bits(mask: u64) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    usize::from(((mask >> 7).wrapping_mul(ONES) >> 56) as u8)
}

/// Whether a line ends in a bare numeric date stamp with no sentence around it — an
/// image caption's or a teaser's credit line ("Moscow sights - Agency, 1920,
/// 23.12.2021", "Photo: Reuters 2021-12-23"). Prose writes dates in words or ends the
/// sentence with a full stop.
pub(super) fn ends_in_a_date_stamp(line: &str) -> bool {
    // A stamp ends in a digit: a line that ends in an ASCII byte that is neither a digit
    // nor white space (nearly every line: a full stop) ends in none.
    if super::last_ascii_mark(line).is_some_and(|b| !b.is_ascii_digit()) {
        return false;
    }
    let Some(last) = line.split_whitespace().next_back() else {
        return false;
    };
    let mut parts = last.split(['.', '-', '/']);
    let (Some(a), Some(b), Some(c), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return false;
    };
    let numeric = |p: &str| !p.is_empty() && p.len() <= 4 && p.bytes().all(|b| b.is_ascii_digit());
    numeric(a)
        && numeric(b)
        && numeric(c)
        && [a, b, c].iter().any(|p| p.len() == 4)
        && line.chars().count() <= 200
}

/// Whether a line ends with a parenthesised photo credit.
pub(super) fn is_photo_credit(line: &str) -> bool {
    let Some(body) = line.trim_end().strip_suffix(')') else {
        return false;
    };
    let Some(open) = body.rfind('(') else {
        return false;
    };
    let group = body.get(open..).unwrap_or("").to_lowercase();
    WORDS.credit.iter().any(|w| group.contains(w))
}

/// Whether a letter belongs to the Latin script (ASCII, Latin-1 and the Latin
/// Extended blocks).
pub(super) fn is_latin(c: char) -> bool {
    c.is_ascii_alphabetic()
        || ('\u{00C0}'..='\u{024F}').contains(&c)
        || ('\u{1E00}'..='\u{1EFF}').contains(&c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn high_bits_counts_as_count_ones_does() {
        for pattern in 0..=255u64 {
            let mask = (0..8)
                .filter(|k| pattern >> k & 1 == 1)
                .fold(0u64, |m, k| m | 0x80 << (8 * k));
            assert_eq!(high_bits(mask), mask.count_ones() as usize, "{mask:x}");
        }
    }
}
