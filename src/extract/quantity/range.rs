//! Hedges and ranges around a figure: the hedge before it, the hedge after it, the
//! second figure of a range, hyphenated figures, and the tests that rule a number out
//! (years, days of dates, identifiers).

use super::lexicon::{CURRENCIES, LEXICON, LISTS};
use super::number::{Num, parse_digits};
use super::{Found, Read, Reading, Scan, interval, is_year};
use crate::extract::{Hedge, Interval, Unit};
use crate::source::Span;
use crate::text::{WordSet, is_month, is_plural};

/// The first words of the hedges after a figure (`[suffix-hedges]`), so that a figure followed by none of
/// them (nearly every figure) is turned away by one look-up rather than a comparison
/// with each phrase; `None` if a phrase had no first word (any word would start it).
static SUFFIX_FIRSTS: std::sync::LazyLock<Option<WordSet>> = std::sync::LazyLock::new(|| {
    let firsts: Option<Vec<&str>> = LISTS
        .suffix_hedges
        .iter()
        .map(|(phrase, _)| phrase.first().copied())
        .collect();
    firsts.map(|firsts| WordSet::of(&firsts))
});

impl Scan<'_, '_> {
    /// A figure glued after its unit by a hyphen, as wire copy writes a quake's
    /// magnitude: "a magnitude-7.8 earthquake" reads as "a magnitude 7.8 earthquake"
    /// (`[units-before-hyphen]`).
    pub(super) fn unit_then_figure(&self, i: usize) -> Option<Found> {
        let span = self.span(i)?;
        let (a, b) = self.w(i).split_once('-')?;
        let &lemma = LEXICON.units_before_hyphen.get(a)?;
        let num = parse_digits(b, true)?;
        let unit = Unit {
            span: Span::new(span.start, span.start + a.len()),
            lemma: lemma.to_string(),
        };
        let number = Span::new(span.start + a.len() + 1, span.end);
        Some(self.glued(i, self.hedge_before(i, span.start), number, &num, unit))
    }

    /// The figure `num` at `number` within word `i`, its unit glued on by a hyphen (a
    /// word of one token): its hedge is the one before the word, `hedged`, unless that
    /// opens a range ("between").
    fn glued(
        &self,
        i: usize,
        hedged: Option<(usize, Hedge)>,
        number: Span,
        num: &Num,
        unit: Unit,
    ) -> Found {
        let (hedge, start) = match hedged {
            Some((_, Hedge::Range)) | None => (Hedge::None, number.start),
            Some((s, h)) => (h, s),
        };
        let value = interval(hedge, num);
        let fact = self.fact(
            Span::new(start, number.end),
            hedge,
            value,
            Some(unit),
            i,
            i + 1,
        );
        Found {
            fact: Some(fact),
            next: i + 1,
        }
    }

    /// A figure written as one token with a hyphen: "10-15", "3-1" (a score),
    /// "14,000-plus", "10,000-strong"; "a 19-year-old", "a 900-foot ship", "a 300-meter-long ship" (the unit glued on, a
    /// dimension after it read by the frame); other compounds ("10-fold") are skipped.
    pub(super) fn hyphenated(&self, i: usize) -> Found {
        let tok = self.w(i);
        let Some(span) = self.span(i) else {
            return Found::skip(i);
        };
        let Some((a, b)) = tok.split_once('-') else {
            return Found::skip(i);
        };
        let Some(na) = parse_digits(a, true) else {
            return Found::skip(i);
        };
        let start = self
            .currency_symbol(span.start)
            .map_or(span.start, |(at, _)| at);
        let hedged = self.hedge_before(i, start);
        if b.eq_ignore_ascii_case("plus") || b.eq_ignore_ascii_case("strong") {
            let hedge = if b.eq_ignore_ascii_case("plus") {
                Hedge::AtLeast
            } else {
                hedged.map_or(Hedge::None, |(_, h)| h)
            };
            let start = hedged.map_or(start, |(s, _)| s);
            let unit = self.unit_after(i);
            let after = unit.as_ref().map_or(i, |u| self.index_of(u.span, i));
            let value = interval(hedge, &na);
            let fact = self.fact(Span::new(start, span.end), hedge, value, unit, i, after + 1);
            return Found {
                fact: Some(fact),
                next: i + 1,
            };
        }
        // "a 30-day ceasefire", "the 27-member bloc": the unit is glued on; so is the
        // dimension a size measures ("the 300-meter-long ship"), read by the frame.
        let b = LISTS
            .dimension_suffixes
            .iter()
            .find_map(|s| {
                b.len()
                    .checked_sub(s.len())
                    .filter(|&n| n > 0 && b.get(n..).is_some_and(|t| t.eq_ignore_ascii_case(s)))
                    .and_then(|n| b.get(..n))
            })
            .unwrap_or(b);
        if let Some(&l) = LEXICON.hyphen_units.get(b) {
            let number_end = span.start + a.len();
            let unit = Unit {
                span: Span::new(number_end + 1, number_end + 1 + b.len()),
                lemma: l.to_string(),
            };
            return self.glued(i, hedged, Span::new(start, number_end), &na, unit);
        }
        let Some(nb) = parse_digits(b, true) else {
            return Found::skip(i);
        };
        if nb.value <= na.value || (is_year(&na) && is_year(&nb)) || self.is_id(i) {
            return Found::skip(i);
        }
        let r = |num| Reading {
            first: i,
            last: i,
            start,
            num,
            scale: None,
            unit: None,
            spelled: false,
            fraction: false,
        };
        let start = hedged.map_or(start, |(s, _)| s);
        self.range(start, &r(na), &r(nb))
    }

    /// A range fact from `a` to `b`, starting at byte `start`.
    pub(super) fn range(&self, start: usize, a: &Reading, b: &Reading) -> Found {
        let end = self.span(b.last).map_or(start, |s| s.end);
        let value = Interval {
            min: Some(a.num.value),
            max: Some(b.num.value),
            min_inclusive: true,
            max_inclusive: true,
            nominal: None,
        };
        let unit = a
            .unit
            .clone()
            .or_else(|| b.unit.clone())
            .or_else(|| self.unit_or_percent(b.last));
        let after = unit
            .as_ref()
            .map_or(b.last, |u| self.index_of(u.span, b.last).max(b.last));
        let fact = self.fact(
            Span::new(start, end),
            Hedge::Range,
            value,
            unit,
            a.first,
            after + 1,
        );
        Found {
            fact: Some(fact),
            next: b.last + 1,
        }
    }

    /// The hedge ending right before word `first` (whose figure starts at byte
    /// `start`): where it starts and what it is. "between" comes back as
    /// [`Hedge::Range`], to be confirmed by [`Scan::range_end`].
    pub(super) fn hedge_before(&self, first: usize, start: usize) -> Option<(usize, Hedge)> {
        if let Some(found) = self.symbol_hedge(start) {
            return Some(found);
        }
        // "an estimated US$5.5 billion": the words of a currency prefix belong to the
        // figure, the hedge comes before them.
        let mut first = first;
        while first > 0 && self.span(first - 1).is_some_and(|s| s.start >= start) {
            first -= 1;
        }
        let prev = first.checked_sub(1)?;
        let gap = self.words.between(self.span(prev)?.end, start);
        if gap.is_empty() || !gap.chars().all(char::is_whitespace) {
            return None;
        }
        if self.words.is(prev, &["between"]) {
            return Some((self.span(prev)?.start, Hedge::Range));
        }
        // A hedge ends with the word right before the figure: only those can match.
        let phrase = LEXICON
            .hedges_by_last
            .get(self.w(prev))
            .and_then(|candidates| {
                candidates.iter().find_map(|&(phrase, hedge)| {
                    let at = first.checked_sub(phrase.len())?;
                    self.words
                        .spells(at, phrase)
                        .then(|| Some((self.span(at)?.start, hedge)))
                        .flatten()
                })
            });
        // "bringing the toll up to 9": a phrasal verb with its object between (no
        // bound: "could bring up to 500 jobs" keeps one).
        if let Some((_, Hedge::AtMost)) = phrase {
            if let Some(up) = first
                .checked_sub(2)
                .filter(|&up| self.words.is(up, &["up"]))
            {
                let raised = (up.saturating_sub(8)..up.saturating_sub(1))
                    .any(|k| self.words.is(k, &LISTS.raising_verbs));
                if raised {
                    return None;
                }
            }
        }
        // "passed 1 million", "topped 2 million": above the figure, the verb outside
        // the span.
        phrase.or_else(|| {
            self.words
                .is(prev, &LISTS.crossing_verbs)
                .then_some((start, Hedge::MoreThan))
        })
    }

    /// A comparison sign right before byte `start` (a space between allowed): ">5",
    /// "<= 300", "≥ 1,000", "~20". Not after a letter or digit ("a->b").
    fn symbol_hedge(&self, start: usize) -> Option<(usize, Hedge)> {
        let text = self.words.text.text;
        let before = text.get(..start)?;
        let before = before.strip_suffix(' ').unwrap_or(before);
        let (len, hedge) = if before.ends_with(">=") || before.ends_with("=>") {
            (2, Hedge::AtLeast)
        } else if before.ends_with("<=") || before.ends_with("=<") {
            (2, Hedge::AtMost)
        } else {
            let c = before.chars().next_back()?;
            let hedge = match c {
                '>' => Hedge::MoreThan,
                '<' => Hedge::LessThan,
                '≥' | '⩾' => Hedge::AtLeast,
                '≤' | '⩽' => Hedge::AtMost,
                '~' | '≈' | '∼' => Hedge::About,
                _ => return None,
            };
            (c.len_utf8(), hedge)
        };
        let at = before.len() - len;
        let prev = text.get(..at).and_then(|s| s.chars().next_back());
        prev.is_none_or(|p| p.is_whitespace() || p == '(')
            .then_some((at, hedge))
    }

    /// "one over three", "1 over 20": a fraction said as a division, a smaller plain
    /// number over a larger one that ends the sentence. Not "won 52 over 48", not
    /// "over 3 years".
    pub(super) fn over(&self, a: &Reading) -> Option<Found> {
        let plain = |r: &Reading| r.unit.is_none() && !r.fraction;
        if !plain(a) || !self.words.is(a.last + 1, &["over"]) {
            return None;
        }
        if !self.joined(a.last) || !self.joined(a.last + 1) {
            return None;
        }
        let Read::Yes(b) = self.read(a.last + 2) else {
            return None;
        };
        let ends = b.last + 1 == self.words.len();
        if !plain(&b) || !ends || b.num.value <= a.num.value.abs() {
            return None;
        }
        if self.hedge_before(a.first, a.start).is_some() {
            return None;
        }
        let num = Num {
            value: a.num.value / b.num.value,
            z: 0,
            bare: false,
            int_digits: 1,
            rough: true,
        };
        let span = Span::new(a.start, self.span(b.last)?.end);
        let fact = self.fact(
            span,
            Hedge::None,
            interval(Hedge::None, &num),
            None,
            a.first,
            b.last + 1,
        );
        Some(Found {
            fact: Some(fact),
            next: b.last + 1,
        })
    }

    /// Whether the hedge starting at byte `at` compares ("more than", "above", "at
    /// least", ">"), as a date's "over", "up to", "around" do not.
    pub(super) fn comparison(&self, at: usize, hedge: Hedge) -> bool {
        let text = self.words.text.text;
        let words = text.get(at..).unwrap_or("");
        let first = words.split_whitespace().next().unwrap_or("");
        let symbol = first.starts_with(['>', '<', '≥', '≤', '⩾', '⩽']);
        let worded = ["than", "above", "below", "least", "most", "excess"]
            .iter()
            .any(|w| {
                words
                    .split_whitespace()
                    .take(4)
                    .any(|x| x.eq_ignore_ascii_case(w))
            });
        !matches!(hedge, Hedge::About | Hedge::Range) && (symbol || worded)
    }

    /// "or equal", "or equal to" right after word `last`: its last word.
    pub(super) fn or_equal(&self, last: usize) -> Option<usize> {
        if !self.joined(last) || !self.words.spells(last + 1, &["or", "equal"]) {
            return None;
        }
        let end = last + 2;
        if !(self.joined(end) && self.words.is(end + 1, &["to"])) {
            return Some(end);
        }
        // "more than 5000 or equal to 6000": a second figure, no hedge of this one.
        match self.read(end + 2) {
            Read::No => Some(end + 1),
            _ if !self.joined(end + 1) => Some(end + 1),
            _ => None,
        }
    }

    /// "no more than 50 and no less than 20", "at most 100 and at least 20": one range
    /// after a figure `a` hedged with an upper bound. The lower figure and whether it
    /// is included.
    pub(super) fn lower_bound(&self, a: &Reading, hedge: Hedge) -> Option<(Reading, bool)> {
        if !matches!(hedge, Hedge::AtMost | Hedge::LessThan) {
            return None;
        }
        let k = a.last;
        if !self.words.is(k + 1, &["and", "but"]) || !self.joined(k) || !self.joined(k + 1) {
            return None;
        }
        let lowers: [(&[&str], bool); 8] = [
            (&["more", "than"], false),
            (&["greater", "than"], false),
            (&["above"], false),
            (&["over"], false),
            (&["at", "least"], true),
            (&["no", "less", "than"], true),
            (&["no", "fewer", "than"], true),
            (&["not", "less", "than"], true),
        ];
        let (phrase, inclusive) = lowers.iter().find(|(p, _)| self.words.spells(k + 2, p))?;
        let at = k + 2 + phrase.len();
        match self.read(at) {
            Read::Yes(b) if b.num.value < a.num.value && self.joined(at - 1) => {
                Some((b, *inclusive))
            }
            _ => None,
        }
    }

    /// "more than 100 and less than 500", "at least 10 and at most 20": one range
    /// after a figure `a` hedged with a lower bound, its ends exclusive as the hedges
    /// say. The upper figure and whether it is included.
    pub(super) fn upper_bound(&self, a: &Reading, hedge: Hedge) -> Option<(Reading, bool)> {
        if !matches!(hedge, Hedge::MoreThan | Hedge::AtLeast) {
            return None;
        }
        // The first figure's percent word or sign may stand before "and": "more than
        // 2% and less than 3%", "above 5 percent but below 10 percent".
        let mut k = a.last;
        if self.words.is(k + 1, &["percent", "%"]) && self.joined(k) {
            k += 1;
        }
        let percent_sign = || {
            self.span(k)
                .zip(self.span(k + 1))
                .is_some_and(|(x, y)| self.words.between(x.end, y.start) == "% ")
        };
        if !self.words.is(k + 1, &["and", "but"]) || !(self.joined(k) || percent_sign()) {
            return None;
        }
        let uppers: [(&[&str], bool); 15] = [
            (&["less", "than", "or", "equal", "to"], true),
            (&["less", "or", "equal", "than"], true),
            (&["less", "or", "equal", "to"], true),
            (&["lower", "or", "equal", "than"], true),
            (&["smaller", "or", "equal", "than"], true),
            (&["less", "than"], false),
            (&["fewer", "than"], false),
            (&["smaller", "than"], false),
            (&["lower", "than"], false),
            (&["under"], false),
            (&["below"], false),
            (&["at", "most"], true),
            (&["no", "more", "than"], true),
            (&["not", "more", "than"], true),
            (&["up", "to"], true),
        ];
        let (phrase, inclusive) = uppers
            .iter()
            .find(|(p, _)| self.words.spells(k + 2, p) && self.joined(k + 1))?;
        let at = k + 2 + phrase.len();
        match self.read(at) {
            Read::Yes(b) if b.num.value > a.num.value && self.joined(at - 1) => {
                Some((b, *inclusive))
            }
            _ => None,
        }
    }

    /// "20 dollars 43 cents": the hundredths after a whole amount whose unit word is
    /// at `unit_at`. Their value and last word.
    /// Also in words and after "and": "thirteen dollars and forty-five cents"; glued to
    /// their sign ("$20 and 43c"); or with no word for them when they end the sentence
    /// ("thirteen dollars forty-five", "20 ringgit 43").
    pub(super) fn hundredths(&self, unit_at: usize) -> Option<(f64, usize)> {
        let mut at = unit_at + 1;
        if !self.joined(unit_at) {
            return None;
        }
        if self.words.is(at, &["and"]) && self.joined(at) {
            at += 1;
        }
        if !self.joined(at) && at + 1 < self.words.len() {
            return None;
        }
        let w = self.w(at);
        let digits = w.bytes().take_while(u8::is_ascii_digit).count();
        let glued = w.get(digits..).is_some_and(|s| matches!(s, "c" | "p"));
        let (cents, last) = if (1..=2).contains(&digits) && (digits == w.len() || glued) {
            (w.get(..digits)?.parse::<f64>().ok()?, at)
        } else {
            let (num, last) = super::number::spelled(&self.words, at)?;
            (num.value, last)
        };
        if cents >= 100.0 {
            return None;
        }
        if glued {
            return Some((cents / 100.0, last));
        }
        if self.words.is(last + 1, &LISTS.hundredths) && self.joined(last) {
            return Some((cents / 100.0, last + 1));
        }
        (last + 1 == self.words.len()).then_some((cents / 100.0, last))
    }

    /// A hedge right after word `last` ("or so", "or more"): the hedge and its last word.
    pub(super) fn suffix_hedge(&self, last: usize) -> Option<(Hedge, usize)> {
        if !self.joined(last) {
            return None;
        }
        // The word after first: it turns away nearly every phrase before the phrase is
        // spelled out.
        let next = self.words.w(last + 1);
        if SUFFIX_FIRSTS
            .as_ref()
            .is_some_and(|firsts| !firsts.contains(next))
        {
            return None;
        }
        let (hedge, end) = LISTS
            .suffix_hedges
            .iter()
            .filter(|(phrase, _)| phrase.first().is_none_or(|f| f.eq_ignore_ascii_case(next)))
            .find_map(|(phrase, hedge)| {
                let hedge = *hedge;
                self.words
                    .spells(last + 1, phrase)
                    .then_some((hedge, last + phrase.len()))
            })?;
        // "200 or greater than 190", "50 or more than 60": a comparison of its own.
        let compares = self.joined(end)
            && self.words.is(end + 1, &["than"])
            && self.joined(end + 1)
            && !matches!(self.read(end + 2), Read::No);
        (!compares).then_some((hedge, end))
    }

    /// The second figure of a range whose first figure is `a`.
    pub(super) fn range_end(&self, a: &Reading, hedge: Option<Hedge>) -> Option<Reading> {
        let mut last = a.last;
        // "from 10 dollars to 20 dollars", "between 5 percent and 8 percent": the unit
        // after each figure, the same.
        let connector = |k: usize| self.words.is(k, &["to", "and", "through"]);
        let mut unit_between = None;
        if a.unit.is_none() && connector(last + 2) && self.joined(last) && self.joined(last + 1) {
            if let Some(u) = self.unit_or_percent(last) {
                if self.index_of(u.span, last) == last + 1 {
                    unit_between = Some(u);
                    last += 1;
                }
            }
        }
        // "between 58.3% and 60.7%", "58%-61%": a percent sign after each figure.
        // The bytes first: reading a unit reads the noun after a figure.
        let sign_after = self.percent_gap(last).is_some();
        let percent = (a.unit.is_none() && unit_between.is_none() && sign_after)
            .then(|| self.unit_or_percent(last))
            .flatten()
            .filter(|u| u.lemma == "percent" && self.index_of(u.span, last) == last);
        let gap_after = |k: usize| -> Option<&str> {
            let gap = self
                .words
                .between(self.span(k)?.end, self.span(k + 1)?.start);
            Some(match &percent {
                Some(_) => gap.trim_start().strip_prefix('%')?,
                None => gap,
            })
        };
        let joined = || {
            percent.is_none() && self.joined(last)
                || gap_after(last).is_some_and(|g| !g.is_empty() && g.trim().is_empty())
        };
        let next = self.w(last + 1);
        let at = if hedge == Some(Hedge::Range) {
            (next.eq_ignore_ascii_case("and") && joined()).then_some(last + 2)?
        } else if (next.eq_ignore_ascii_case("to")
            || next.eq_ignore_ascii_case("or")
            || next.eq_ignore_ascii_case("through")
            || next.eq_ignore_ascii_case("thru"))
            && joined()
        {
            last + 2
        } else {
            let gap = gap_after(last)?;
            // "10–15", "300 - 400", "10 ~ 20": a dash or tilde, spaced or not.
            let spaced = gap.len() > 2
                && gap.starts_with(' ')
                && gap.ends_with(' ')
                && matches!(gap.trim(), "-" | "–" | "—" | "~");
            // "$10-$20": the second figure's currency symbol after the dash.
            let symbol = a.unit.is_some()
                && gap
                    .strip_prefix(['-', '–'])
                    .and_then(|g| g.chars().next())
                    .is_some_and(|c| CURRENCIES.symbols.iter().any(|(s, _)| *s == c));
            let dash = gap == "–" || gap == "—" || gap == "~" || (gap == "-" && a.spelled);
            (dash || spaced || symbol).then_some(last + 1)?
        };
        let mut b = match self.read(at) {
            Read::Yes(b) => b,
            _ => return None,
        };
        if let Some(u) = unit_between.or(percent) {
            let second = self.unit_or_percent(b.last)?;
            if second.lemma != u.lemma {
                return None;
            }
            b.unit = Some(second);
        }
        if at == last + 2 {
            // "$10 to $15 million": the gap may hold the second currency symbol.
            let gap = self.words.between(self.span(last + 1)?.end, b.start);
            if gap.is_empty() || !gap.chars().all(char::is_whitespace) {
                return None;
            }
        }
        // "two or three", "300 or 400" — but not "one or two of them" (fine) nor a choice
        // between unrelated figures ("10 or 1,000").
        if next.eq_ignore_ascii_case("or") && b.num.value > a.num.value * 10.0 {
            return None;
        }
        (b.spelled == a.spelled || a.unit.is_some() || b.unit.is_some()).then_some(b)
    }

    /// Whether a reading is no figure: a year, a day of a date, a time, an identifier
    /// or a label.
    pub(super) fn not_a_figure(&self, r: &Reading) -> bool {
        if r.spelled || r.fraction {
            return false;
        }
        let i = r.first;
        // A lone small number is list numbering ("1.", "12)"); a lone figure such as
        // a table cell ("14,000", "$20", "-3%") is read.
        let numbering = !self.alone
            && self.words.len() == 1
            && r.num.bare
            && r.num.value < 100.0
            && r.unit.is_none()
            && self.unit_or_percent(r.last).is_none();
        if numbering || self.is_id(i) {
            return true;
        }
        let prev = if i >= 1 && self.joined(i - 1) {
            self.w(i - 1)
        } else {
            ""
        };
        let next = if self.joined(r.last) {
            self.w(r.last + 1)
        } else {
            ""
        };
        // "+44 20 7946 0958": numbers in a row are an identifier.
        let digit = |w: &str| w.starts_with(|c: char| c.is_ascii_digit());
        if digit(prev) || digit(next) {
            return true;
        }
        let num = &r.num;
        // "the Artemis 2 mission", "a Boeing 737 jet": a bare
        // number other than one after a capitalised word inside the sentence, before a
        // singular noun, names a thing; it counts nothing ("2 agreement" is not English).
        // A hedge in a headline's capitals ("Killed and Over 100 Injured") is no name.
        let capital_before = i >= 2
            && prev.starts_with(char::is_uppercase)
            && !is_month(prev)
            && LEXICON.hedges_by_last.get(prev).is_none();
        if capital_before
            && num.bare
            && num.value != 1.0
            && next.starts_with(char::is_lowercase)
            && !is_plural(next)
            && !next.ends_with("ed")
            && !matches!(next, "percent" | "per" | "pct")
        {
            return true;
        }
        // "at 9 pm", "at 6.51 pm", "10.30 GMT": a time of day, before any unit (the
        // reader may have taken "pm" for one).
        let minutes = num.z == -2 && num.value < 24.0 && (num.value.fract() * 100.0).round() < 60.0;
        if (num.bare || minutes) && LEXICON.time_words.contains(next) {
            return true;
        }
        if r.unit.is_some() {
            return false;
        }
        let day = num.bare && num.value >= 1.0 && num.value <= 31.0;
        if day && (is_month(prev) || is_month(next)) {
            return true;
        }
        if is_year(num) && !(next.starts_with(char::is_lowercase) && is_plural(next)) {
            return true;
        }
        if LEXICON.labels.contains(prev) {
            return true;
        }
        // "Nord Stream 2", "Resolution 2202": a bare number after a capitalised word
        // inside the sentence, with nothing counted after it.
        capital_before && num.bare && self.unit_or_percent(r.last).is_none()
    }

    /// Whether the characters around word `i` make it an identifier, a date or a time:
    /// `/`, `:`, `#`, `+`, `@`, `\`, `_` beside it, a leading zero or more than six
    /// undivided digits.
    pub(super) fn is_id(&self, i: usize) -> bool {
        let Some(span) = self.span(i) else {
            return false;
        };
        let text = self.words.text.text;
        let before = text.get(..span.start).and_then(|s| s.chars().next_back());
        let mut after = text.get(span.end..).unwrap_or("").chars();
        let (a1, a2) = (after.next(), after.next());
        let point = before == Some('.') && self.leading_point(i).is_some();
        if !point
            && before.is_some_and(|c| matches!(c, '/' | ':' | '#' | '+' | '@' | '\\' | '_' | '.'))
        {
            return true;
        }
        if a1.is_some_and(|c| matches!(c, '/' | '@' | '\\' | '_'))
            || (a1.is_some_and(|c| matches!(c, ':' | '.'))
                && a2.is_some_and(|c| c.is_ascii_digit()))
        {
            return true;
        }
        let tok = self.w(i);
        let digits = tok.bytes().take_while(u8::is_ascii_digit).count();
        // A long run of digits given alone is a number ("123456789101231").
        let long = digits > 6 && tok.len() == digits && !(self.alone && self.words.len() == 1);
        long || (tok.starts_with('0') && digits > 1 && !point)
    }
}
