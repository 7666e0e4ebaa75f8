//! Byte-level helpers behind the text model's hot paths: bytes in, answers out.
//! Eight ASCII bytes lower-cased at once, a short word packed into one integer key,
//! the character at or before a byte offset, letters and digits decided ASCII first.

/// `s` split at the first of an ASCII byte, as `str::split_once` with that character
/// splits it, but found by a loop over the bytes: faster than the search for a
/// character on the short words and figures it is asked about.
pub fn split_once_ascii(s: &str, byte: u8) -> Option<(&str, &str)> {
    debug_assert!(byte.is_ascii());
    let at = s.bytes().position(|b| b == byte)?;
    // An ASCII byte is a character of its own: both sides start on a boundary.
    Some((s.get(..at)?, s.get(at + 1..)?))
}

/// The bit of a word length in [`WordMap::initials`].
pub(super) fn length_bit(len: usize) -> u32 {
    1 << len.min(31)
}

/// ASCII lower-casing of eight bytes at once.
pub(super) fn lower8(x: u64) -> u64 {
    const LO: u64 = 0x0101_0101_0101_0101;
    const HI: u64 = 0x8080_8080_8080_8080;
    let heptets = x & !HI;
    // High bit set where a byte is at least `A`, and where it is above `Z`.
    let at_least_a = heptets + (0x80 - u64::from(b'A')) * LO;
    let above_z = heptets + (0x80 - u64::from(b'Z') - 1) * LO;
    // Upper-case ASCII: in range, and not a byte with its high bit set.
    let upper = at_least_a & !above_z & !x & HI;
    x | (upper >> 2)
}

/// The packed key of a word of up to 15 bytes, lower-cased: its bytes, then its length
/// in the top byte.
#[inline]
pub(super) fn packed_key(bytes: &[u8]) -> Option<u128> {
    let len = u8::try_from(bytes.len()).ok().filter(|&n| n <= 15)?;
    let (head, tail) = bytes.split_at(bytes.len().min(8));
    let lo = lower8(load_le(head));
    // The length byte (at most 15) is no upper-case letter, so it survives lowering;
    // a word of up to eight bytes (most words) has nothing else in that half.
    let length = u64::from(len) << 56;
    let hi = if tail.is_empty() {
        length
    } else {
        lower8(load_le(tail) | length)
    };
    Some(u128::from(lo) | (u128::from(hi) << 64))
}

/// Up to eight bytes as a little-endian integer, the missing high bytes zero; read as
/// two overlapping halves (or three single bytes) rather than byte by byte: where the
/// halves overlap they hold the same bytes.
#[inline]
fn load_le(b: &[u8]) -> u64 {
    let n = b.len();
    if let Some(all) = b.first_chunk::<8>() {
        return u64::from_le_bytes(*all);
    }
    if let (Some(first), Some(last)) = (b.first_chunk::<4>(), b.last_chunk::<4>()) {
        let first = u64::from(u32::from_le_bytes(*first));
        let last = u64::from(u32::from_le_bytes(*last));
        return first | (last << (8 * (n - 4)));
    }
    let byte = |i: usize| u64::from(b.get(i).copied().unwrap_or(0)) << (8 * i);
    match n {
        0 => 0,
        _ => byte(0) | byte(n / 2) | byte(n - 1),
    }
}

/// The character starting at byte `i` of `s`, if one does.
pub(super) fn char_at(s: &str, i: usize) -> Option<char> {
    let b = *s.as_bytes().get(i)?;
    if b < 0x80 {
        return Some(char::from(b));
    }
    s.get(i..)?.chars().next()
}

/// The character ending at byte `i` of `s`, if one does.
pub(super) fn char_before(s: &str, i: usize) -> Option<char> {
    let b = *s.as_bytes().get(i.checked_sub(1)?)?;
    if b < 0x80 {
        return Some(char::from(b));
    }
    s.get(..i)?.chars().next_back()
}

/// Whether a character is a letter or digit, ASCII decided first.
pub(super) fn alphanumeric(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        !general_punctuation(c) && c.is_alphanumeric()
    }
}

/// Whether an ASCII byte is white space as `char::is_whitespace` has it (tab to
/// carriage return, and space; `u8::is_ascii_whitespace` leaves out the vertical tab).
pub(super) fn is_ascii_white(b: u8) -> bool {
    matches!(b, b'\t'..=b'\r' | b' ')
}

/// The last byte of `s` when it is an ASCII byte other than white space: what `s`
/// trimmed ends with, known without decoding its last character; `None` when `s` ends
/// in white space or outside ASCII (then `str::trim_end` and a character decide).
pub fn last_ascii_mark(s: &str) -> Option<u8> {
    s.as_bytes()
        .last()
        .copied()
        .filter(|&b| b.is_ascii() && !is_ascii_white(b))
}

/// Whether a character is a letter (`char::is_alphabetic`), ASCII decided first.
pub fn is_letter(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else {
        !general_punctuation(c) && c.is_alphabetic()
    }
}

/// Whether a character is of the General Punctuation block (U+2000 to U+206F: spaces,
/// dashes, curly quotes, the ellipsis), which holds no letter and no digit. News copy's
/// curly quotes are its commonest characters outside ASCII, and the standard tests of
/// a letter search Unicode's tables for each (a few hundred instructions).
fn general_punctuation(c: char) -> bool {
    ('\u{2000}'..='\u{206F}').contains(&c)
}

/// The ASCII letters and digits, as a table: a byte's test is one load.
#[expect(
    clippy::indexing_slicing,
    reason = "evaluated at compile time, where an index out of bounds fails the build"
)]
pub(super) static ASCII_ALPHANUMERIC: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    table
};

/// Whether a byte is an ASCII letter or digit.
pub(super) fn ascii_alphanumeric(b: u8) -> bool {
    ASCII_ALPHANUMERIC
        .get(usize::from(b))
        .copied()
        .unwrap_or(false)
}

/// Per byte of `x`, the high bit set where the byte is an ASCII letter.
fn letters8(x: u64) -> u64 {
    const LO: u64 = 0x0101_0101_0101_0101;
    const HI: u64 = 0x8080_8080_8080_8080;
    // Lower-cased (for letters; other bytes only need to stay out of `a..=z`), high
    // bits cleared so that no sum below carries into the next byte; the high bit of
    // each sum then says whether the byte is at least the bound.
    let folded = (x | (0x20 * LO)) & !HI;
    let at_least = |b: u8| (folded + (0x80 - u64::from(b)) * LO) & HI;
    at_least(b'a') & !at_least(b'z' + 1) & !x
}

/// Per byte of `x`, the high bit set where the byte is an ASCII digit.
fn digits8(x: u64) -> u64 {
    const LO: u64 = 0x0101_0101_0101_0101;
    const HI: u64 = 0x8080_8080_8080_8080;
    let low = x & !HI;
    let at_least = |b: u8| (low + (0x80 - u64::from(b)) * LO) & HI;
    at_least(b'0') & !at_least(b'9' + 1) & !x
}

/// The end of the run of bytes from `i` on that `wanted` (eight bytes in, their high
/// bits out) and `one` (a byte) say belong to it: eight bytes tested at once while
/// eight are left, then byte by byte.
#[inline]
fn run_end(
    bytes: &[u8],
    mut i: usize,
    wanted: impl Fn(u64) -> u64,
    one: impl Fn(u8) -> bool,
) -> usize {
    const HI: u64 = 0x8080_8080_8080_8080;
    while let Some(chunk) = bytes.get(i..).and_then(<[u8]>::first_chunk::<8>) {
        let others = !wanted(u64::from_le_bytes(*chunk)) & HI;
        if others != 0 {
            return i + others.trailing_zeros() as usize / 8;
        }
        i += 8;
    }
    while bytes.get(i).copied().is_some_and(&one) {
        i += 1;
    }
    i
}

/// The end of the run of ASCII letters and digits from byte `i` on.
pub(super) fn ascii_alphanumeric_end(bytes: &[u8], i: usize) -> usize {
    run_end(bytes, i, |x| letters8(x) | digits8(x), ascii_alphanumeric)
}

/// The end of the run of ASCII letters from byte `i` on.
pub fn ascii_letters_end(bytes: &[u8], i: usize) -> usize {
    run_end(bytes, i, letters8, |b| b.is_ascii_alphabetic())
}

/// Whether every byte of `bytes` is an ASCII letter ([`ascii_letters_end`] from 0
/// reaching the end), told for a word of up to eight bytes by two loads of four
/// (overlapping where it is shorter) or three single bytes, without a walk.
#[inline]
pub fn all_ascii_letters(bytes: &[u8]) -> bool {
    const HI4: u64 = 0x8080_8080;
    let four = |b: Option<&[u8; 4]>| {
        b.is_some_and(|b| letters8(u64::from(u32::from_le_bytes(*b))) & HI4 == HI4)
    };
    match bytes.len() {
        0 => true,
        n @ 1..=3 => [0, n / 2, n - 1]
            .iter()
            .all(|&k| bytes.get(k).is_some_and(u8::is_ascii_alphabetic)),
        4..=8 => four(bytes.first_chunk::<4>()) && four(bytes.last_chunk::<4>()),
        n => ascii_letters_end(bytes, 0) == n,
    }
}

/// A word without its possessive "'s" or "’s" ("Monday's" → "Monday"); `None` when it
/// has none.
pub fn possessive_stem(word: &str) -> Option<&str> {
    word.strip_suffix("'s").or_else(|| word.strip_suffix("’s"))
}

/// Whether a word ends in a possessive "'s" or "’s" ("year's", "Monday’s").
pub fn is_possessive(word: &str) -> bool {
    possessive_stem(word).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_possessive_ends_in_either_apostrophe() {
        assert_eq!(possessive_stem("Monday's"), Some("Monday"));
        assert_eq!(possessive_stem("Monday’s"), Some("Monday"));
        assert_eq!(possessive_stem("Mondays"), None);
        assert_eq!(possessive_stem("'s"), Some(""));
        assert!(is_possessive("Kyiv’s") && !is_possessive("Kyiv’") && !is_possessive("s"));
    }

    #[test]
    fn letters_and_digits_are_those_of_the_standard_tests() {
        for c in (0..=0x10_FFFF).filter_map(char::from_u32) {
            assert_eq!(alphanumeric(c), c.is_alphanumeric(), "{c:?}");
            assert_eq!(is_letter(c), c.is_alphabetic(), "{c:?}");
        }
    }

    #[test]
    fn runs_end_where_the_bytewise_tests_say_and_all_letters_agrees() {
        let sample = "Ab09Zz@[`{/:9a- é’s 12345678abcdefghXYZ_x\u{7f}\u{80}".as_bytes();
        for start in 0..sample.len() {
            let bytewise = start
                + sample[start..]
                    .iter()
                    .take_while(|&&b| ascii_alphanumeric(b))
                    .count();
            assert_eq!(ascii_alphanumeric_end(sample, start), bytewise, "{start}");
            let letters = start
                + sample[start..]
                    .iter()
                    .take_while(|b| b.is_ascii_alphabetic())
                    .count();
            assert_eq!(ascii_letters_end(sample, start), letters, "{start}");
            // A word from `start` is all letters where the run of letters reaches its end.
            for end in start..=sample.len().min(start + 12) {
                let word = &sample[start..end];
                assert_eq!(all_ascii_letters(word), end <= letters, "{start}..{end}");
            }
        }
        for b in 0..=255u8 {
            let bytes = [b'a', b'b', b'c', b'd', b, b'e', b'f', b'g', b'h'];
            let bytewise = if ascii_alphanumeric(b) { 9 } else { 4 };
            assert_eq!(ascii_alphanumeric_end(&bytes, 0), bytewise, "{b}");
            let letters = if b.is_ascii_alphabetic() { 9 } else { 4 };
            assert_eq!(ascii_letters_end(&bytes, 0), letters, "{b}");
        }
    }

    /// The key as first written: the bytes copied one by one into sixteen, the length
    /// in the last, both halves lower-cased.
    fn packed_key_bytewise(bytes: &[u8]) -> Option<u128> {
        let len = u8::try_from(bytes.len()).ok().filter(|&n| n <= 15)?;
        let mut buf = [0u8; 16];
        for (slot, &b) in buf.iter_mut().zip(bytes) {
            *slot = b;
        }
        buf[15] = len;
        let lo = lower8(u64::from_le_bytes(buf[..8].try_into().unwrap()));
        let hi = lower8(u64::from_le_bytes(buf[8..].try_into().unwrap()));
        Some(u128::from(lo) | (u128::from(hi) << 64))
    }

    #[test]
    fn packed_keys_match_the_bytewise_packing() {
        let sample = "AbCdEfGhIjKlMnOpQ-r’s Zé.1".as_bytes();
        for start in 0..sample.len() {
            for end in start..=sample.len().min(start + 17) {
                let bytes = &sample[start..end];
                assert_eq!(packed_key(bytes), packed_key_bytewise(bytes), "{bytes:?}");
            }
        }
    }
}
