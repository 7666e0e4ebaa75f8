//! Planted conflicts: for each gold claim stated in two articles or more, copies of the
//! corpus where one mention is changed so that it no longer agrees with the others.
//! Deterministic: the same gold and seed give the same variants.

use std::collections::BTreeMap;
use std::fmt;
use std::ops::Range;
use std::path::PathBuf;

use chrono::{Datelike, Duration, NaiveDate, Weekday};

use crate::gold::{Article, Claim, Gold, Kind, Mention};

/// How a mention is changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Plant {
    /// The value, well outside any hedge (×1.6 or ÷1.6, or further when a bound needs it).
    Figure,
    /// The hedge turned round: "more than" → "fewer than", "nearly" → "more than".
    Hedge,
    /// An explicit date moved by 9 days.
    Date,
    /// The weekday beside an explicit date changed, or a wrong one put beside it.
    Weekday,
    /// A weekday standing for a date ("on Monday") turned into another weekday.
    RelativeWeekday,
}

impl Plant {
    /// Every kind, in report order.
    pub const ALL: [Plant; 5] = [
        Plant::Figure,
        Plant::Hedge,
        Plant::Date,
        Plant::Weekday,
        Plant::RelativeWeekday,
    ];
}

impl fmt::Display for Plant {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Plant::Figure => "figure",
            Plant::Hedge => "hedge",
            Plant::Date => "date",
            Plant::Weekday => "weekday",
            Plant::RelativeWeekday => "relative-weekday",
        })
    }
}

/// One modified copy of the corpus: a single article changed at a single place.
#[derive(Debug, Clone)]
pub struct Variant {
    /// The claim whose mention was changed (`story/id`).
    pub claim: String,
    /// How.
    pub kind: Plant,
    /// The changed article, relative to the corpus root.
    pub file: PathBuf,
    /// The bytes replaced, in the original text.
    pub original: Range<usize>,
    /// The bytes that replace them, in the new text.
    pub span: Range<usize>,
    /// The replaced text.
    pub before: String,
    /// The new text of the span.
    pub after: String,
    /// The whole new article.
    pub text: String,
}

/// A small deterministic generator (SplitMix64).
#[derive(Debug, Clone)]
struct Rng(u64);

impl Rng {
    fn new(seed: u64, salt: &str) -> Self {
        // FNV-1a of the salt, mixed with the seed.
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        for b in salt.bytes() {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        Rng(seed ^ h)
    }

    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// An index below `n` (`n` > 0).
    fn below(&mut self, n: usize) -> usize {
        let n = u64::try_from(n).unwrap_or(u64::MAX).max(1);
        usize::try_from(self.next() % n).unwrap_or(0)
    }
}

/// Every variant of the gold: for each claim stated in two articles or more and each kind
/// that applies to it, up to `per_claim` variants, each changing a mention in a different
/// article.
pub fn generate(gold: &Gold, seed: u64, per_claim: usize) -> Vec<Variant> {
    let hedges = hedges(gold);
    let mut out = Vec::new();
    for claim in gold.claims.iter().filter(|c| c.documents() >= 2) {
        for kind in Plant::ALL {
            let mut edits: Vec<Variant> = claim
                .mentions
                .iter()
                .filter_map(|m| {
                    let article = gold.articles.get(&m.file)?;
                    edit(claim, m, article, kind, &hedges)
                })
                .collect();
            let mut rng = Rng::new(seed, &format!("{}/{kind}", claim.id));
            let mut files = Vec::new();
            while !edits.is_empty() && files.len() < per_claim {
                let pick = edits.swap_remove(rng.below(edits.len()));
                if files.contains(&pick.file) {
                    continue;
                }
                files.push(pick.file.clone());
                out.push(pick);
            }
        }
    }
    out
}

/// The change of `kind` to one mention, if it applies and makes the mention disagree.
fn edit(
    claim: &Claim,
    mention: &Mention,
    article: &Article,
    kind: Plant,
    hedges: &Hedges,
) -> Option<Variant> {
    let (original, after) = match (claim.kind, kind) {
        (Kind::Figure, Plant::Figure) => figure(claim, mention, article, hedges)?,
        (Kind::Figure, Plant::Hedge) => hedge(claim, mention, article, hedges)?,
        (Kind::Date, Plant::Date) => date(mention, article)?,
        (Kind::Date, Plant::Weekday) => weekday(mention, article)?,
        (Kind::Date, Plant::RelativeWeekday) => relative_weekday(mention)?,
        _ => return None,
    };
    let before = article.text.get(original.clone())?.to_owned();
    if before == after {
        return None;
    }
    let mut text = String::with_capacity(article.text.len() + after.len());
    text.push_str(article.text.get(..original.start)?);
    text.push_str(&after);
    text.push_str(article.text.get(original.end..)?);
    Some(Variant {
        claim: claim.id.clone(),
        kind,
        file: mention.file.clone(),
        span: original.start..original.start + after.len(),
        original,
        before,
        after,
        text,
    })
}

// ---------------------------------------------------------------------------------------
// Figures and hedges
// ---------------------------------------------------------------------------------------

/// Which way a hedge bounds a figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Bound {
    /// The value is at least the figure ("more than", "passed").
    Lower,
    /// The value is at most the figure ("nearly", "up to").
    Upper,
    /// About the figure, or exactly it.
    Near,
}

/// Hedges before a figure, which way they bound it, and what they turn into.
const HEDGES: &[(&str, Bound, &str)] = &[
    ("more than", Bound::Lower, "fewer than"),
    ("at least", Bound::Lower, "at most"),
    ("over", Bound::Lower, "under"),
    ("above", Bound::Lower, "below"),
    ("exceeded", Bound::Lower, "stayed below"),
    ("exceeds", Bound::Lower, "stays below"),
    ("surpassed", Bound::Lower, "stayed below"),
    ("surpasses", Bound::Lower, "stays below"),
    ("passed", Bound::Lower, "stayed below"),
    ("passes", Bound::Lower, "stays below"),
    ("topped", Bound::Lower, "stayed below"),
    ("tops", Bound::Lower, "stays below"),
    ("crossed", Bound::Lower, "stayed below"),
    ("crosses", Bound::Lower, "stays below"),
    ("nearly", Bound::Upper, "more than"),
    ("almost", Bound::Upper, "more than"),
    ("up to", Bound::Upper, "at least"),
    ("fewer than", Bound::Upper, "more than"),
    ("less than", Bound::Upper, "more than"),
    ("under", Bound::Upper, "over"),
    ("approached", Bound::Upper, "passed"),
    ("approaches", Bound::Upper, "passes"),
    ("nears", Bound::Upper, "passes"),
    ("about", Bound::Near, ""),
    ("around", Bound::Near, ""),
    ("some", Bound::Near, ""),
    ("approximately", Bound::Near, ""),
];

/// The hedge right before a mention: its span in the text, how it bounds, its flip.
fn hedge_before(article: &Article, at: usize) -> Option<(Range<usize>, Bound, &'static str)> {
    let before = article.text.get(article.body..at)?;
    let trimmed = before.strip_suffix(' ')?;
    HEDGES.iter().find_map(|&(word, bound, flip)| {
        let start = trimmed.len().checked_sub(word.len())?;
        let candidate = trimmed.get(start..)?;
        let boundary = trimmed
            .get(..start)
            .and_then(|t| t.chars().next_back())
            .is_none_or(|c| !c.is_alphanumeric());
        (candidate.eq_ignore_ascii_case(word) && boundary).then(|| {
            (
                article.body + start..article.body + trimmed.len(),
                bound,
                flip,
            )
        })
    })
}

/// The values a mention allows: a closed interval.
fn interval(value: f64, bound: Bound) -> (f64, f64) {
    match bound {
        Bound::Lower => (value, f64::INFINITY),
        Bound::Upper => (f64::NEG_INFINITY, value),
        Bound::Near => (value * 0.9, value * 1.1),
    }
}

fn disjoint(a: (f64, f64), b: (f64, f64)) -> bool {
    a.1 < b.0 || b.1 < a.0
}

/// The hedge of every gold mention, by file and start.
type Hedges = BTreeMap<(PathBuf, usize), Bound>;

/// Reads the hedge before every mention of the gold.
fn hedges(gold: &Gold) -> Hedges {
    gold.claims
        .iter()
        .flat_map(|c| c.mentions.iter())
        .filter_map(|m| {
            let article = gold.articles.get(&m.file)?;
            let bound = hedge_before(article, m.span.start).map_or(Bound::Near, |h| h.1);
            Some(((m.file.clone(), m.span.start), bound))
        })
        .collect()
}

/// The values the claim's mentions in other articles than `mention`'s allow.
fn others(claim: &Claim, mention: &Mention, hedges: &Hedges) -> Vec<(f64, f64)> {
    claim
        .mentions
        .iter()
        .filter(|m| m.file != mention.file)
        .filter_map(|m| {
            let value = Number::parse(&m.text)?.value;
            let bound = hedges
                .get(&(m.file.clone(), m.span.start))
                .copied()
                .unwrap_or(Bound::Near);
            Some(interval(value, bound))
        })
        .collect()
}

/// A figure ×1.6 or ÷1.6 (or further, past the others' bounds), in the direction that
/// disagrees with more of the other articles' mentions.
fn figure(
    claim: &Claim,
    mention: &Mention,
    article: &Article,
    hedges: &Hedges,
) -> Option<(Range<usize>, String)> {
    let number = Number::parse(&mention.text)?;
    let bound = hedge_before(article, mention.span.start).map_or(Bound::Near, |h| h.1);
    let others = others(claim, mention, hedges);
    let up_floor = others
        .iter()
        .map(|o| if o.1.is_finite() { o.1 } else { o.0 })
        .fold(0.0_f64, f64::max);
    let down_ceiling = others
        .iter()
        .map(|o| if o.0.is_finite() { o.0 } else { o.1 })
        .fold(f64::INFINITY, f64::min);
    let mut up = number.value * 1.6;
    if bound == Bound::Lower {
        up = up.max(up_floor * 1.5);
    }
    let mut down = number.value / 1.6;
    if bound == Bound::Upper && down_ceiling.is_finite() {
        down = down.min(down_ceiling / 1.5);
    }
    let conflicts = |v: f64| {
        let mine = interval(v, bound);
        others.iter().filter(|o| disjoint(mine, **o)).count()
    };
    let value = if conflicts(down) > conflicts(up) {
        down
    } else {
        up
    };
    let new = number.format(value);
    (conflicts(value) > 0 || others.is_empty()).then(|| (mention.span.clone(), new))
}

/// The hedge before a mention turned round, when that makes it disagree with another
/// article's mention.
fn hedge(
    claim: &Claim,
    mention: &Mention,
    article: &Article,
    hedges: &Hedges,
) -> Option<(Range<usize>, String)> {
    let (span, bound, flip) = hedge_before(article, mention.span.start)?;
    if flip.is_empty() {
        return None;
    }
    let value = Number::parse(&mention.text)?.value;
    let flipped = match bound {
        Bound::Lower => Bound::Upper,
        Bound::Upper => Bound::Lower,
        Bound::Near => return None,
    };
    // Strictly past the figure: "fewer than 5,000" excludes 5,000 itself.
    let mine = match flipped {
        Bound::Upper => (f64::NEG_INFINITY, value * 0.999),
        _ => (value * 1.001, f64::INFINITY),
    };
    let others = others(claim, mention, hedges);
    if !others.iter().any(|o| disjoint(mine, *o)) {
        return None;
    }
    let old = article.text.get(span.clone())?;
    let new = match old.chars().next() {
        Some(c) if c.is_uppercase() => capitalise(flip),
        _ => flip.to_owned(),
    };
    // The recorded span runs over the hedge and the figure.
    Some((
        span.start..mention.span.end,
        format!("{new} {}", mention.text),
    ))
    .filter(|_| article.text.get(span.end..mention.span.start) == Some(" "))
}

fn capitalise(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map_or_else(String::new, |c| c.to_uppercase().chain(chars).collect())
}

/// Small numbers written as words (the tests read planted figures with it too).
pub const WORDS: &[&str] = &[
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
];

/// A figure as written: its value and how to write another one the same way.
#[derive(Debug, Clone, PartialEq)]
struct Number {
    value: f64,
    /// Digits after the decimal point.
    decimals: usize,
    /// Thousands written with commas.
    commas: bool,
    /// Written as a word ("eight").
    word: bool,
    /// A scale word after it ("thousand", "million") and its factor.
    scale: Option<(&'static str, f64)>,
    /// A unit written after it and kept as is: `%`, ` %`, ` percent`.
    unit: &'static str,
}

/// Units a figure may carry, kept when it is rewritten.
const UNITS: &[&str] = &[" percent", " %", "%"];

impl Number {
    fn parse(text: &str) -> Option<Number> {
        let unit = UNITS
            .iter()
            .copied()
            .find(|u| text.ends_with(u))
            .unwrap_or("");
        let text = text.get(..text.len() - unit.len())?;
        let (head, scale) = match text.rsplit_once(' ') {
            Some((head, "thousand")) => (head, Some(("thousand", 1e3))),
            Some((head, "million")) => (head, Some(("million", 1e6))),
            Some((head, "billion")) => (head, Some(("billion", 1e9))),
            _ => (text, None),
        };
        let factor = scale.map_or(1.0, |s| s.1);
        if let Some(n) = WORDS.iter().position(|w| w.eq_ignore_ascii_case(head)) {
            let n = u32::try_from(n).ok()?;
            return Some(Number {
                value: f64::from(n) * factor,
                decimals: 0,
                commas: false,
                word: true,
                scale,
                unit,
            });
        }
        if head.is_empty()
            || !head
                .chars()
                .all(|c| c.is_ascii_digit() || c == ',' || c == '.')
        {
            return None;
        }
        let plain: String = head.chars().filter(|&c| c != ',').collect();
        let value: f64 = plain.parse().ok()?;
        let decimals = plain.split_once('.').map_or(0, |(_, d)| d.len());
        Some(Number {
            value: value * factor,
            decimals,
            commas: head.contains(','),
            word: false,
            scale,
            unit,
        })
    }

    /// `value` written as this number was: the same scale word, decimals and commas.
    fn format(&self, value: f64) -> String {
        let (factor, suffix) = self
            .scale
            .map_or((1.0, String::new()), |(w, f)| (f, format!(" {w}")));
        let scaled = value / factor;
        if self.word && self.scale.is_none() {
            let n = scaled.round();
            if let Some(w) = (0.0..=20.0)
                .contains(&n)
                .then(|| WORDS.get(n as usize))
                .flatten()
            {
                return format!("{w}{}", self.unit);
            }
        }
        // A scaled or small figure keeps a decimal so that it moves at all.
        let decimals = if self.scale.is_some() || scaled < 10.0 {
            self.decimals.max(1)
        } else {
            self.decimals
        };
        let body = if decimals == 0 {
            let n = scaled.round() as u64;
            if self.commas || (self.word && n >= 1000) {
                with_commas(n)
            } else {
                n.to_string()
            }
        } else {
            format!("{scaled:.decimals$}")
        };
        format!("{body}{suffix}{}", self.unit)
    }
}

fn with_commas(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

// ---------------------------------------------------------------------------------------
// Dates and weekdays
// ---------------------------------------------------------------------------------------

const MONTHS: &[(&str, u32)] = &[
    ("January", 1),
    ("February", 2),
    ("March", 3),
    ("April", 4),
    ("May", 5),
    ("June", 6),
    ("July", 7),
    ("August", 8),
    ("September", 9),
    ("October", 10),
    ("November", 11),
    ("December", 12),
    ("Jan.", 1),
    ("Feb.", 2),
    ("Aug.", 8),
    ("Sept.", 9),
    ("Sep.", 9),
    ("Oct.", 10),
    ("Nov.", 11),
    ("Dec.", 12),
];

const WEEKDAYS: &[(&str, Weekday)] = &[
    ("Monday", Weekday::Mon),
    ("Tuesday", Weekday::Tue),
    ("Wednesday", Weekday::Wed),
    ("Thursday", Weekday::Thu),
    ("Friday", Weekday::Fri),
    ("Saturday", Weekday::Sat),
    ("Sunday", Weekday::Sun),
];

fn weekday_name(day: Weekday) -> &'static str {
    WEEKDAYS
        .iter()
        .find(|(_, d)| *d == day)
        .map_or("Monday", |(n, _)| n)
}

/// An explicit date as written: "February 6", "Sept. 28, 2022", "September 08, 2023".
#[derive(Debug, Clone, PartialEq, Eq)]
struct Written {
    month: u32,
    day: u32,
    year: Option<i32>,
    /// Where the day's digits are, in the mention's text.
    day_at: Range<usize>,
}

fn parse_date(text: &str) -> Option<Written> {
    let (month_word, month) = MONTHS
        .iter()
        .find(|(w, _)| text.starts_with(&format!("{w} ")))?;
    let rest = text.get(month_word.len() + 1..)?;
    let digits = rest.chars().take_while(char::is_ascii_digit).count();
    let day: u32 = rest.get(..digits)?.parse().ok()?;
    let after = rest.get(digits..)?;
    let year = after
        .strip_prefix(", ")
        .and_then(|y| y.get(..4))
        .and_then(|y| y.parse().ok());
    let day_at = month_word.len() + 1..month_word.len() + 1 + digits;
    (1..=31).contains(&day).then_some(Written {
        month: *month,
        day,
        year,
        day_at,
    })
}

/// An explicit date's day moved by 9 days within its month.
fn date(mention: &Mention, _article: &Article) -> Option<(Range<usize>, String)> {
    let written = parse_date(&mention.text)?;
    let day = if written.day + 9 <= 28 {
        written.day + 9
    } else {
        written.day - 9
    };
    let old = mention.text.get(written.day_at.clone())?;
    let new = if old.len() == 2 && day < 10 {
        format!("{day:02}")
    } else {
        day.to_string()
    };
    let start = mention.span.start + written.day_at.start;
    Some((start..start + old.len(), new))
}

/// The weekday of an explicit date changed, or a wrong one put before it.
fn weekday(mention: &Mention, article: &Article) -> Option<(Range<usize>, String)> {
    let written = parse_date(&mention.text)?;
    let year = written.year.or(article.published.map(|d| d.year()))?;
    let real = NaiveDate::from_ymd_opt(year, written.month, written.day)?;
    let wrong = weekday_name((real + Duration::days(3)).weekday());
    let before = article.text.get(..mention.span.start)?;
    // "Sunday, Oct. 2, 2022": change the weekday already there.
    for (name, _) in WEEKDAYS {
        let with_comma = format!("{name}, ");
        if let Some(head) = before.strip_suffix(&with_comma) {
            let start = head.len();
            return Some((
                start..mention.span.end,
                format!("{wrong}, {}", mention.text),
            ));
        }
    }
    Some((mention.span.clone(), format!("{wrong}, {}", mention.text)))
}

/// A weekday standing for a date turned into the weekday three days later.
fn relative_weekday(mention: &Mention) -> Option<(Range<usize>, String)> {
    let (_, day) = WEEKDAYS.iter().find(|(n, _)| *n == mention.text)?;
    let next = weekday_name(day.succ().succ().succ());
    Some((mention.span.clone(), next.to_owned()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_keep_their_form() {
        let n = Number::parse("5,000").unwrap();
        assert_eq!(n.value, 5000.0);
        assert_eq!(n.format(8000.0), "8,000");
        assert_eq!(Number::parse("7.8").unwrap().format(12.48), "12.5");
        assert_eq!(Number::parse("2012").unwrap().format(3219.2), "3219");
        assert_eq!(Number::parse("eight").unwrap().format(12.8), "thirteen");
        assert_eq!(
            Number::parse("1.3 thousand").unwrap().format(2080.0),
            "2.1 thousand"
        );
        assert_eq!(Number::parse("7").unwrap().format(4.375), "4.4");
        assert_eq!(Number::parse("two thousand").unwrap().value, 2000.0);
        assert_eq!(Number::parse("Monday"), None);
        assert_eq!(Number::parse("55.8%").unwrap().format(34.875), "34.9%");
        assert_eq!(Number::parse("94 %").unwrap().format(58.75), "59 %");
        assert_eq!(Number::parse("77.6 percent").unwrap().value, 77.6);
        assert_eq!(Number::parse("44.30%").unwrap().format(27.6875), "27.69%");
    }

    #[test]
    fn dates_parse() {
        let d = parse_date("Sept. 28, 2022").unwrap();
        assert_eq!((d.month, d.day, d.year), (9, 28, Some(2022)));
        let d = parse_date("September 08, 2023").unwrap();
        assert_eq!(d.day_at, 10..12);
        assert_eq!(parse_date("February 6").unwrap().year, None);
    }

    #[test]
    fn the_generator_is_seeded() {
        let mut a = Rng::new(7, "x");
        let mut b = Rng::new(7, "x");
        assert_eq!(a.next(), b.next());
        assert_ne!(Rng::new(8, "x").next(), Rng::new(7, "x").next());
    }
}
