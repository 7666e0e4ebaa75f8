//! Numbers as written: digits ("14,000", "1.5", "14.000", "14 000") and words
//! ("fourteen thousand", "a dozen", "half a million", "two-thirds").

use super::lexicon::{LEXICON, LISTS};
use crate::text::{Words, is_one_of, split_once_ascii};

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
        // Divide for a negative power: 12 / 10 is 1.2, 12 × 0.1 is not.
        let value = if k < 0 {
            self.value / 10f64.powi(-k)
        } else {
            self.value * 10f64.powi(k)
        };
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
    let dots = s.bytes().filter(|&b| b == b'.').count();
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
    let (int, frac) = match split_once_ascii(s, b'.') {
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
    match split_once_ascii(word, b'-') {
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
    // "half million", "a quarter million", "three quarters billion", "two thirds of a
    // million": a fraction of a scale.
    if let Some(found) = fraction_of_scale(words, i) {
        return Some(found);
    }
    // "half a million"
    if words.is(i, &["half"]) && words.is(i + 1, &["a"]) && words.joined(i) && words.joined(i + 1) {
        // "half a dozen" is six.
        if words.is(i + 2, &["dozen"]) {
            return Some((Num::from_words(6), i + 2));
        }
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
        } else if is_one_of(w, &["dozen", "dozens"]) && last.is_some() && current < 100 {
            current = current.max(1) * 12;
        } else if let Some(k) = scale_word(w).filter(|&k| k >= 3 && last.is_some()) {
            let scale = 10u64.checked_pow(u32::try_from(k).ok()?)?;
            if current == 0 && total > 0 {
                // "a million million", "two thousand million": the scales multiply.
                total = total.checked_mul(scale)?;
            } else {
                total = total.checked_add(current.max(1).checked_mul(scale)?)?;
            }
            current = 0;
        } else if w.eq_ignore_ascii_case("and")
            && last.is_some()
            && current % 100 == 0
            && (current > 0 || total > 0)
            && small(words.w(j + 1)).is_some()
            && !(current == 0
                && j > i
                && scale_word(words.w(j - 1))
                    .is_some_and(|k| k >= 3 && and_fraction_of_scale(words, j - 1, k).is_some()))
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
    let whole = total + current;
    let joined = |k: usize| words.joined(k);
    // "two point two", "zero point five": decimals spelled digit by digit.
    if words.is(last + 1, &["point"]) && joined(last) && total == 0 && current < 1000 {
        let mut k = last + 2;
        let mut decimals = String::new();
        while joined(k - 1) {
            match small(words.w(k)).filter(|&v| v < 10) {
                Some(v) => decimals.push(char::from(b'0' + u8::try_from(v).ok()?)),
                None => break,
            }
            k += 1;
        }
        if !decimals.is_empty() {
            let mut num = parse_digits(&format!("{whole}.{decimals}"), false)?;
            let mut end = k - 1;
            if joined(end) {
                if let Some(s) = scale_word(words.w(end + 1)).filter(|&s| s >= 3) {
                    num = num.scaled(s);
                    end += 1;
                }
            }
            return Some((num, end));
        }
    }
    // "3 million and a half", "one billion and a half million", "six million and two
    // thirds": a fraction of the scale that ends the number, or of the one after it.
    if let Some(k) = scale_word(words.w(last)).filter(|&k| k >= 3 && total > 0 && current == 0) {
        if let Some((extra, end)) = and_fraction_of_scale(words, last, k) {
            return Some((plus_fraction(whole as f64, extra), end));
        }
    }
    // "three and a half", "three and a half million", "two and a quarter".
    let part = if words.spells(last + 1, &["and", "a", "half"]) {
        Some((0.5, -1))
    } else if words.spells(last + 1, &["and", "a", "quarter"]) {
        Some((0.25, -2))
    } else {
        None
    };
    // "two and two thirds", "three and a fifth": a whole number and a fraction.
    if part.is_none()
        && joined(last)
        && words.is(last + 1, &["and"])
        && joined(last + 1)
        && whole > 0
    {
        if let Some((value, mut end)) = fraction_words(words, last + 2) {
            let mut num = Num {
                value: whole as f64 + value,
                z: 0,
                bare: false,
                int_digits: whole.to_string().len(),
                rough: true,
            };
            if let Some(s) = scale_word(words.w(end + 1)).filter(|&s| s >= 3 && joined(end)) {
                num.value *= 10f64.powi(s);
                end += 1;
            }
            return Some((num, end));
        }
    }
    if let Some((part, z)) = part.filter(|_| joined(last) && joined(last + 1) && whole > 0) {
        let mut num = Num {
            value: whole as f64 + part,
            z,
            bare: false,
            int_digits: whole.to_string().len(),
            rough: false,
        };
        let mut end = last + 3;
        if joined(end) {
            if let Some(s) = scale_word(words.w(end + 1)).filter(|&s| s >= 3) {
                num = num.scaled(s);
                end += 1;
            }
        }
        return Some((num, end));
    }
    Some((Num::from_words(whole), last))
}

/// A fraction of a scale word at word `i`: "half million", "a half million", "a quarter
/// million", "three quarters billion", "two thirds of a million". Its value and last word.
fn fraction_of_scale(words: &Words<'_, '_>, i: usize) -> Option<(Num, usize)> {
    let w = words.w(i);
    if !(w.eq_ignore_ascii_case("half")
        || w.eq_ignore_ascii_case("quarter")
        || is_one_of(w, &["a", "an"])
        || numerator(w).is_some()
        || w.contains('-'))
    {
        return None;
    }
    let at = usize::from(is_one_of(w, &["a", "an"]) && words.joined(i));
    let (part, mut end) = if words.is(i + at, &["half"]) {
        (0.5, i + at)
    } else if words.is(i + at, &["quarter"]) {
        (0.25, i + at)
    } else if at == 0 {
        fraction_words(words, i)?
    } else {
        return None;
    };
    // "of a million"
    if words.is(end + 1, &["of"]) && words.is(end + 2, &["a"]) {
        if !(words.joined(end) && words.joined(end + 1)) {
            return None;
        }
        end += 2;
    }
    let k = scale_word(words.w(end + 1)).filter(|&k| k >= 3 && words.joined(end))?;
    let num = plus_fraction(0.0, part * 10f64.powi(k));
    Some((num, end + 1))
}

/// "and a half", "and three quarters", "and two thirds" after a number ending at its
/// scale word `last` (of power `k`), maybe with a smaller scale after the fraction ("and
/// a half million"): the value it adds and its last word.
pub fn and_fraction_of_scale(words: &Words<'_, '_>, last: usize, k: i32) -> Option<(f64, usize)> {
    if !(words.joined(last) && words.is(last + 1, &["and"]) && words.joined(last + 1)) {
        return None;
    }
    let at = last + 2;
    let (part, end) = if words.spells(at, &["a", "half"]) || words.spells(at, &["one", "half"]) {
        (0.5, at + 1)
    } else if words.spells(at, &["a", "quarter"]) || words.spells(at, &["one", "quarter"]) {
        (0.25, at + 1)
    } else if words.spells(at, &["three", "quarters"]) {
        (0.75, at + 1)
    } else {
        fraction_words(words, at)?
    };
    match scale_word(words.w(end + 1)).filter(|&s| s >= 3 && s < k && words.joined(end)) {
        Some(s) => Some((part * 10f64.powi(s), end + 1)),
        None => Some((part * 10f64.powi(k), end)),
    }
}

/// A whole number plus a part: exact when the sum is whole ("3,500,000"), else read
/// within 5% as a fraction is.
pub fn plus_fraction(whole: f64, extra: f64) -> Num {
    let value = whole + extra;
    if value.fract() == 0.0 && value < 1e18 {
        if let Ok(v) = format!("{value:.0}").parse::<u64>() {
            return Num::from_words(v);
        }
    }
    Num {
        value,
        z: 0,
        bare: false,
        int_digits: whole.to_string().len(),
        rough: true,
    }
}

/// The denominator a word names: "third(s)", "hundredth(s)", and tens with an
/// ordinal ("twenty-fifth(s)", "thirty-firsts").
pub fn denominator(w: &str) -> Option<u64> {
    if let Some(&d) = LEXICON.denominators.get(w) {
        return Some(d);
    }
    let (tens, unit) = split_once_ascii(w, b'-')?;
    let t = small(tens).filter(|&t| t >= 20 && t % 10 == 0 && t < 100)?;
    let unit = unit.strip_suffix(['s', 'S']).unwrap_or(unit);
    let u = if unit.eq_ignore_ascii_case("first") {
        1
    } else if unit.eq_ignore_ascii_case("second") {
        2
    } else {
        LEXICON
            .denominators
            .get(unit)
            .copied()
            .filter(|&u| u < 10)?
    };
    Some(t + u)
}

/// "twenty fifths", "three twenty-firsts", "a hundred trillionths": a spelled number
/// `n` ending at word `last` and a denominator after it, plural (singular after
/// "one"), but no "quarters" (business quarters) nor "halves". Its value and last word.
pub fn over_denominator(words: &Words<'_, '_>, n: f64, last: usize) -> Option<(f64, usize)> {
    if !words.joined(last) || n <= 0.0 {
        return None;
    }
    let w = words.w(last + 1);
    let plural = w.ends_with(['s', 'S']);
    let lower = w.to_ascii_lowercase();
    if (plural != (n > 1.0)) || lower.starts_with("quarter") || lower.starts_with("hal") {
        return None;
    }
    let d = denominator(w)?;
    Some((n / d as f64, last + 1))
}

/// The numerator of a fraction in words: "a", "an", "one", or two to nine.
fn numerator(w: &str) -> Option<u64> {
    if is_one_of(w, &["a", "an", "one"]) {
        Some(1)
    } else {
        small(w).filter(|&v| (2..=9).contains(&v))
    }
}

/// A proper fraction in words at word `i`, with nothing asked of what follows: "a
/// third", "two thirds", "two-thirds", "three fifths". Its value and last word.
fn fraction_words(words: &Words<'_, '_>, i: usize) -> Option<(f64, usize)> {
    let w = words.w(i);
    let (n, d, last) = match w.split_once('-') {
        Some((n, d)) => (numerator(n)?, denominator(d)?, i),
        None if words.joined(i) => (numerator(w)?, denominator(words.w(i + 1))?, i + 1),
        None => return None,
    };
    (n < d).then(|| (n as f64 / d as f64, last))
}

/// A fraction in words from word `i`, followed by "of": "two-thirds of", "a third of",
/// "three quarters of", "half of". Its value ("two thirds": 0.667, read within 5%) and
/// the last word it takes; `alone`: the sentence is a phrase given on its own.
pub fn fraction(words: &Words<'_, '_>, i: usize, alone: bool) -> Option<(Num, usize)> {
    // "two thirds of a million" is a number (see `spelled`).
    if fraction_of_scale(words, i).is_some() {
        return None;
    }
    let w = words.w(i);
    let (num, den, last) = if let Some((n, d)) = w.split_once('-') {
        (numerator(n)?, denominator(d)?, i)
    } else if w.eq_ignore_ascii_case("half") {
        (1, 2, i)
    } else {
        let d = denominator(words.w(i + 1)).filter(|_| words.joined(i))?;
        (numerator(w)?, d, i + 1)
    };
    // "Of" after it makes it a fraction ("two thirds of voters"); so does a plural
    // denominator after a number ("cut by two thirds", "five eighths"), or the end of
    // the clause after a singular one ("one eighth."), but for "quarter(s)" (a business
    // quarter: "for three quarters in a row") and "half" alone ("the second half").
    let den_word = w.split_once('-').map_or_else(|| words.w(last), |(_, d)| d);
    let quarter = den_word.to_ascii_lowercase().starts_with("quarter");
    let of = words.is(last + 1, &["of"]) && words.joined(last);
    let plural = den_word.ends_with(['s', 'S']) && num >= 2 && !quarter;
    let ends = last > i && !quarter && !words.joined(last) && small(w).is_some();
    // The whole of a phrase given on its own ("three quarters", "a fifth") is a fraction.
    let whole = alone && i == 0 && last + 1 == words.len();
    // "rose by a third", "cut by half", "fell by a quarter last year": a change by a
    // share of itself, the fraction not followed by a noun it counts.
    let by_change = i >= 2
        && words.is(i - 1, &["by"])
        && words.joined(i - 1)
        && words.is(i - 2, &LISTS.change_verbs)
        && words.joined(i - 2)
        && (!words.joined(last) || words.is(last + 1, &LISTS.after_change));
    if num >= den || !(of || plural || ends || whole || by_change) {
        return None;
    }
    let value = num as f64 / den as f64;
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
