//! Numbers as written: digits ("14,000", "1.5", "14.000", "14 000") and words
//! ("fourteen thousand", "a dozen", "half a million", "two-thirds").

use super::lexicon::LEXICON;
use crate::text::{Words, is_one_of};

/// A number as written.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Num {
    /// Its value, scale applied.
    pub value: f64,
    /// The power of ten of its last significant written digit (see the rounding rule
    /// in the module above).
    pub z: i32,
    /// Written as bare digits: no separator, no decimals, no scale.
    pub bare: bool,
    /// How many digits its integer part has, as written.
    pub int_digits: usize,
    /// A fraction in words ("two-thirds"): read within 5% of its value.
    pub rough: bool,
}

impl Num {
    /// A number from an integer value written in words: `z` counts its trailing zeros.
    fn from_words(value: u64) -> Self {
        let mut z = 0;
        let mut v = value;
        while v >= 10 && v % 10 == 0 {
            z += 1;
            v /= 10;
        }
        Self {
            value: value as f64,
            z,
            bare: false,
            int_digits: value.to_string().len(),
            rough: false,
        }
    }

    /// The number times `10^k` (a scale word or suffix).
    pub fn scaled(self, k: i32) -> Self {
        let value = self.value * 10f64.powi(k);
        // "64.9 million" is a whole number: undo the float error of 64.9 × 10⁶.
        let value = if self.z + k >= 0 {
            value.round()
        } else {
            value
        };
        Self {
            value,
            z: self.z + k,
            bare: false,
            ..self
        }
    }
}

/// Parses digits, with thousands separators (`,` or a thin or no-break space, in groups
/// of three), decimals after a `.`, or `.` as the thousands separator when
/// `dot_groups` allows it and every group after the first has three digits ("14.000";
/// "1.500.000" always). A date ("23.12.2021") or a leading zero ("0958") is no number.
pub fn parse_digits(s: &str, dot_groups: bool) -> Option<Num> {
    if s.is_empty() {
        return None;
    }
    let dots = s.matches('.').count();
    let has_comma = s.contains([',', '\u{2009}', '\u{202F}', '\u{00A0}']);
    if dots >= 1 && !has_comma {
        let mut groups = s.split('.');
        let first = groups.next().unwrap_or("");
        let grouped = !first.is_empty()
            && first.len() <= 3
            && !first.starts_with('0')
            && groups.all(|g| g.len() == 3 && g.bytes().all(|b| b.is_ascii_digit()));
        if grouped && (dots > 1 || dot_groups) {
            return parse_grouped(&s.replace('.', ","));
        }
        if dots > 1 {
            return None;
        }
    }
    parse_grouped(s)
}

/// Parses digits with `,`-like thousands separators and optional decimals.
fn parse_grouped(s: &str) -> Option<Num> {
    let (int, frac) = match s.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (s, None),
    };
    if frac.is_some_and(|f| f.is_empty() || !f.bytes().all(|b| b.is_ascii_digit())) {
        return None;
    }
    let sep = int
        .chars()
        .find(|&c| matches!(c, ',' | '\u{2009}' | '\u{202F}' | '\u{00A0}'));
    match sep {
        None if int.is_empty() || !int.bytes().all(|b| b.is_ascii_digit()) => return None,
        None => {}
        Some(sep) => {
            let mut groups = int.split(sep);
            let first = groups.next()?;
            if first.is_empty()
                || first.len() > 3
                || !first.bytes().all(|b| b.is_ascii_digit())
                || !groups.all(|g| g.len() == 3 && g.bytes().all(|b| b.is_ascii_digit()))
            {
                return None;
            }
        }
    }
    let mut int_digits = 0usize;
    let mut value = 0f64;
    let mut trailing_zeros = 0i32;
    for d in int.chars().filter_map(|c| c.to_digit(10)) {
        value = value * 10.0 + f64::from(d);
        int_digits += 1;
        trailing_zeros = if d == 0 { trailing_zeros + 1 } else { 0 };
    }
    if int_digits > 1 && int.starts_with('0') {
        return None;
    }
    let mut z = if value == 0.0 { 0 } else { trailing_zeros };
    if let Some(f) = frac {
        // Integer arithmetic, then one division: "0.75" is 75 / 100, not 0.7 + 0.05.
        let mut units = value;
        for b in f.bytes() {
            units = units * 10.0 + f64::from(b - b'0');
        }
        let places = i32::try_from(f.len()).unwrap_or(i32::MAX);
        value = units / 10f64.powi(places);
        z = -places;
    }
    Some(Num {
        value,
        z,
        bare: sep.is_none() && frac.is_none(),
        int_digits,
        rough: false,
    })
}

/// The value of a small number word or a hyphenated compound ("twenty-five").
fn small(word: &str) -> Option<u64> {
    let find = |w: &str| LEXICON.small_numbers.get(w).map(|&v| u64::from(v));
    match word.split_once('-') {
        Some((tens, unit)) => {
            let (t, u) = (find(tens)?, find(unit)?);
            (t >= 20 && t % 10 == 0 && (1..=9).contains(&u)).then_some(t + u)
        }
        None => find(word),
    }
}

/// The power of ten of a scale word.
pub fn scale_word(word: &str) -> Option<i32> {
    LEXICON.scales.get(word).copied()
}

/// A number spelled in words from word `i`: its value and the last word it takes.
/// "fourteen thousand", "two hundred and fifty", "twenty-five", "a dozen", "two dozen",
/// "a hundred", "a million", "half a million". A lone "a" or "half" is no number.
pub fn spelled(words: &Words<'_, '_>, i: usize) -> Option<(Num, usize)> {
    let starts_scale =
        |j: usize| scale_word(words.w(j)).is_some() || words.w(j).eq_ignore_ascii_case("dozen");
    // "half a million"
    if words.is(i, &["half"]) && words.is(i + 1, &["a"]) && words.joined(i) && words.joined(i + 1) {
        let k = scale_word(words.w(i + 2)).filter(|&k| k >= 3)?;
        let value = 10u64.checked_pow(u32::try_from(k).ok()?)? / 2;
        return Some((Num::from_words(value), i + 2));
    }
    let mut total: u64 = 0;
    let mut current: u64 = 0;
    let mut last = None;
    let mut j = i;
    loop {
        let w = words.w(j);
        if let Some(v) = small(w) {
            let fits = last.is_none()
                || current % 100 == 0 && (v < 100)
                || (current % 100 >= 20 && current % 10 == 0 && v < 10);
            if !fits {
                break;
            }
            current += v;
        } else if j == i && is_one_of(w, &["a", "an"]) && words.joined(j) && starts_scale(j + 1) {
            current = 1;
        } else if w.eq_ignore_ascii_case("hundred") && last.is_some() && current % 100 != 0 {
            current = current.max(1) * 100;
        } else if w.eq_ignore_ascii_case("dozen") && last.is_some() && current < 100 {
            current = current.max(1) * 12;
        } else if let Some(k) = scale_word(w).filter(|&k| k >= 3 && last.is_some()) {
            let scale = 10u64.checked_pow(u32::try_from(k).ok()?)?;
            total = total.checked_add(current.max(1).checked_mul(scale)?)?;
            current = 0;
        } else if w.eq_ignore_ascii_case("and")
            && last.is_some()
            && current % 100 == 0
            && (current > 0 || total > 0)
            && small(words.w(j + 1)).is_some()
        {
            // "two hundred and fifty": the "and" joins.
        } else {
            break;
        }
        last = Some(j);
        if !words.joined(j) {
            break;
        }
        j += 1;
    }
    let last = last?;
    // A trailing "and" is not part of the number.
    let last = if words.is(last, &["and"]) {
        last.checked_sub(1)?
    } else {
        last
    };
    // "a" alone (its scale word missing) is no number.
    if last == i && is_one_of(words.w(i), &["a", "an"]) {
        return None;
    }
    Some((Num::from_words(total + current), last))
}

/// A fraction in words from word `i`, followed by "of": "two-thirds of", "a third of",
/// "three quarters of", "half of". Its value in percent and the last word it takes.
pub fn fraction(words: &Words<'_, '_>, i: usize) -> Option<(Num, usize)> {
    let denominator = |w: &str| LEXICON.denominators.get(w).copied();
    let numerator = |w: &str| {
        if is_one_of(w, &["a", "an", "one"]) {
            Some(1)
        } else {
            small(w).filter(|&v| (2..=9).contains(&v))
        }
    };
    let w = words.w(i);
    let (num, den, last) = if let Some((n, d)) = w.split_once('-') {
        (numerator(n)?, denominator(d)?, i)
    } else if w.eq_ignore_ascii_case("half") {
        (1, 2, i)
    } else {
        let d = denominator(words.w(i + 1)).filter(|_| words.joined(i))?;
        (numerator(w)?, d, i + 1)
    };
    if num >= u64::from(den) || !words.is(last + 1, &["of"]) || !words.joined(last) {
        return None;
    }
    let value = num as f64 * 100.0 / f64::from(den);
    Some((
        Num {
            value,
            z: 0,
            bare: false,
            int_digits: 2,
            rough: true,
        },
        last,
    ))
}
