//! Time expressions: an article's text in, every date it states out — "January 10",
//! "23.12.2021", "next month", "on Wednesday", "early next year", "last week",
//! "more than seven years ago", "immediately after the New Year holidays" — each as a
//! half-open stretch of days resolved against the publication date, with the span it
//! was read from and any weekday written beside it.
//!
//! The module tokenises on its own (`lex`), matches patterns over the tokens
//! (`parse`) and does the calendar arithmetic with chrono (`resolve`).
//!
//! Reading rules, in short:
//! - Spans leave out a leading preposition or article ("on Wednesday" → `Wednesday`,
//!   "the start of next year" → `start of next year`) but keep words that change the
//!   meaning ("since 2014", "in two weeks", "immediately after the New Year holidays").
//! - Tense is the nearest cue to the expression in its sentence: "will", "would",
//!   "must" (but "must have" → past), "plans", "expects", "scheduled", "set to", "is
//!   due", an infinitive "to" → future; "said", "was", "had", "met", other past forms
//!   and "-ed" verbs not after an auxiliary → past.
//! - A bare weekday: past → the latest such day on or before the publication date
//!   (wire style: "said on Wednesday" in a Wednesday article is that day); future →
//!   the earliest on or after it; no cue → the nearer. "last Tuesday" is strictly
//!   before, "this Tuesday" is in the publication week, "next Tuesday" strictly after
//!   and not the day after (said on a Monday, that is "tomorrow": a week later).
//! - A date or month without a year: past → the latest on or before the publication
//!   date, future → the earliest not yet over, no cue → the nearest.
//! - "last/this/next week" are Monday–Sunday calendar weeks; "the past week" is the
//!   seven days up to the publication date.
//! - Parts (`Granularity::Part`, approximate): early/mid/late are thirds (a year's
//!   Jan–Apr, May–Aug, Sep–Dec; a month's days 1–10, 11–20, 21–end); the start/end of
//!   a year is its first/last month. Halves and quarters are exact.
//! - Numeric dates are day-first ("03/04/2022" is 3 April) unless
//!   [`Options::month_first`] is set; a first number above 12 is always a day, a
//!   second above 12 always a day (so month first); dotted dates are always day-first.
//! - Stretches between two points ("since 2014", "January 10-12") use
//!   `Granularity::Range`; "more than seven years ago" is open at its start
//!   (`NaiveDate::MIN`), "less than a week ago" runs to the publication date. "N
//!   years/months/weeks ago" (exact or "about") is the calendar year, month or week
//!   the point falls in; other counts, and "in N units", a window one unit wide
//!   around the point (exact for days).
//! - Lengths of time are durations (`Reading::Duration`, fact kind `duration`): "three
//!   days", "nearly eight hours", "a three-day visit"; "the past two weeks", "the next
//!   ten days" and "within a month" also carry the days they cover (`parse/duration.rs`).
//! - "now", "recently", "in the past", "the future", "recent weeks", "the coming
//!   days" are `TimeValue::Vague`: which way they point, no made-up window.
//! - Seasons, fiscal periods, "year-end", "a year earlier", "the same period last
//!   year" and "the year-ago quarter" are in `parse/calendar.rs`; the last three move
//!   the last time read before them (`Expr::Shifted`).
//! - "later that year", "earlier that day", "that same month" are the day, month or
//!   year of the time read before; "third-quarter", "the 2021 second quarter",
//!   "year-earlier", "the latest quarter" are read as earnings news writes them; "a
//!   decade ago" is about that year. A time moved ("a year earlier") does not become
//!   the time the next one counts from, nor does a day closing a period ("the third
//!   quarter ended Sept. 30"). "this year's third quarter", "last year's quarter", "the
//!   1989 period" (the quarter given before, in that year) and "this quarter's loss"
//!   (the quarter just ended, within 60 days of a quarter's start) are earnings news's.
//! - Centuries ("the 20th century", "the 1800s" before 2000) are a hundred years at
//!   `Granularity::Decade`; "the 2000s" is a decade.
//! - A time inside an opening phrase of a preposition with no verb before its comma but
//!   an infinitive's "to" takes the tense of the clause after the comma.
//! - A day given with a part of the day ("Friday morning", "tonight", "last night") or a
//!   clock time before it ("9 a.m. Tuesday", "6:42 a.m. EST Monday") carries it as
//!   `time_of_day`; its stretch stays the day. A clock time with a bracket before its day
//!   ("10:35 a.m. (0735 GMT) Friday") is read on its own, on that day, and the day after
//!   it; a clock time with no day beside it is not read.
//! - "daily", "weekly", "annually", "every day", "every two weeks", "each year" recur:
//!   `TimeValue::Every` with the period ("P1D"), no stretch of days, so no rule compares
//!   them; "every two days" was a frequency, not a duration, and still is not one.
//!   "every Thursday", "each July" carry TimeML's pattern (`XXXX-WXX-4`, `XXXX-07`).
//! - Holidays are data (`data/holidays.txt`, read by `holidays.rs`); "the New Year
//!   holidays" are 1–9 January (Russia's, the longest in the corpus); "immediately
//!   after" them runs from 2 January to a week after the 9th.
//! - Without a publication date every relative form is
//!   `TimeValue::Unresolved { unresolved: "relative date with no publication date" }`.

mod holidays;
mod lex;
mod parse;
mod resolve;
mod sentences;
mod sieve;

#[cfg(test)]
mod tests;

use chrono::{NaiveDate, Weekday};

pub(crate) use self::lex::names_no_day;
use self::lex::{Cue, Kind, Lex, Tok, Unit, tokenize, tokenize_more};
use self::parse::{Expr, Parser, Shift, may_start, not_verb};
use self::resolve::{Tense, resolve};
use self::sentences::{assign_sentences, assign_shared};
use crate::extract::{DurationValue, Granularity, Hedge, TimeOfDay, TimeValue};
use crate::source::Span;
use crate::text::is_possessive;

/// What a time expression says: a time, or a length of time.
#[derive(Debug, Clone, PartialEq)]
pub enum Reading {
    /// A stretch of days, a vague reference, or why it could not be resolved.
    Time(TimeValue),
    /// A length of time, anchored where the text anchors it.
    Duration(DurationValue),
}

/// One time expression read from a text.
#[derive(Debug, Clone, PartialEq)]
pub struct TimeMatch {
    /// The expression as it stands in the text.
    pub span: Span,
    /// The stretch of days it names, or the length of time.
    pub value: Reading,
    /// How a duration's count is hedged ("nearly eight hours").
    pub hedge: Hedge,
    /// A weekday written beside a date ("Monday, January 10"), as written, so a rule
    /// can check it against the date.
    pub weekday: Option<(Weekday, Span)>,
}

/// How to read ambiguous forms.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Options {
    /// Read "03/04/2022" as March 4 (US style) instead of 3 April.
    pub month_first: bool,
}

/// Every time expression in `text[body]`, resolved against `anchor` (the publication
/// date) when given.
pub fn extract(text: &str, body: Span, anchor: Option<NaiveDate>) -> Vec<TimeMatch> {
    extract_with(text, body, anchor, Options::default())
}

/// [`extract`], with options for ambiguous forms.
pub fn extract_with(
    text: &str,
    body: Span,
    anchor: Option<NaiveDate>,
    options: Options,
) -> Vec<TimeMatch> {
    extract_in(&crate::text::Text::new(text, body), anchor, options)
}

/// [`extract_with`] on a text already cut into sentences: an expression is read
/// within one of its sentences (or one line outside them, as a dateline).
pub fn extract_in(
    text: &crate::text::Text<'_>,
    anchor: Option<NaiveDate>,
    options: Options,
) -> Vec<TimeMatch> {
    let mut toks = Vec::new();
    let mut out = Vec::new();
    // The last time read, for "a year earlier", "the same period last year".
    let mut reference = None;
    for block in crate::text::blocks(text.text, text.body, BLOCK) {
        tokenize_sifted(text, block, &mut toks);
        #[cfg(debug_assertions)]
        check_sifted(text.text, block, &toks, anchor, options, reference);
        assign_shared(&mut toks, text.sentences());
        // A sentence at a time: no expression runs from one sentence into the next.
        for sentence in toks.chunk_by(|a, b| a.sent == b.sent) {
            read_sentence(
                text.text,
                sentence,
                anchor,
                options,
                &mut reference,
                &mut out,
            );
        }
    }
    out
}

/// The tokens of `text[block]` into `toks` (cleared first), but for the sentences
/// that hold no time ([`sieve`]): each of those is one placeholder token (a mark
/// spanning the sentence, which starts nothing), so that the tokens around it are
/// numbered as before. A sentence is passed over only where its edges are edges of
/// tokens: white space before it and after it (or the block's edge), and its last byte
/// not white space, so that the tokens on either side, the line breaks before the next
/// one included, are those of the whole block.
fn tokenize_sifted(model: &crate::text::Text<'_>, block: Span, toks: &mut Vec<Tok>) {
    let text = model.text;
    let sentences = model.sentences();
    toks.clear();
    toks.reserve(block.len() / 5);
    let bytes = text.as_bytes();
    let white = |k: usize| {
        bytes
            .get(k)
            .is_some_and(|&b| matches!(b, b' ' | b'\t'..=b'\r'))
    };
    let first = sentences.partition_point(|s| s.start < block.start);
    let mut at = block.start;
    for (i, s) in sentences.iter().enumerate().skip(first) {
        if s.end > block.end {
            break;
        }
        let clean = s.start < s.end
            && (s.start == block.start || white(s.start - 1))
            && (s.end == block.end || white(s.end))
            && !white(s.end - 1);
        if !clean || sieve::may_hold_time(model.sentence_strs(i)) {
            continue;
        }
        tokenize_more(text, Span::new(at, s.start), toks);
        toks.push(Tok::mark(s.start, s.end, ' ', 0));
        at = s.end;
    }
    tokenize_more(text, Span::new(at, block.end), toks);
}

/// A debug build's check of [`tokenize_sifted`]: every sentence it passed over, read
/// on its own, holds no time.
#[cfg(debug_assertions)]
fn check_sifted(
    text: &str,
    block: Span,
    toks: &[Tok],
    anchor: Option<NaiveDate>,
    options: Options,
    reference: Option<(NaiveDate, NaiveDate, Granularity)>,
) {
    let mut own = Vec::new();
    for placeholder in toks.iter().filter(|t| t.kind == Kind::Punct && t.ch == ' ') {
        tokenize(text, placeholder.span(), &mut own);
        let mut reference = reference;
        let mut out = Vec::new();
        read_sentence(text, &own, anchor, options, &mut reference, &mut out);
        debug_assert!(
            out.is_empty(),
            "a sentence passed over holds a time: {:?} in {:?} (block {block:?})",
            out.first().map(|m| text.get(m.span.range())),
            text.get(placeholder.span().range()),
        );
    }
}

/// The most a block of the body read at once holds, about: a long body is read a
/// block at a time (cut at a paragraph break, else a line break, a sentence end or a
/// space), so that its tokens cost a block, not the whole text.
const BLOCK: usize = 64 * 1024;

/// The times of one sentence's tokens, appended to `out`.
fn read_sentence(
    text: &str,
    toks: &[Tok],
    anchor: Option<NaiveDate>,
    options: Options,
    reference: &mut Option<(NaiveDate, NaiveDate, Granularity)>,
    out: &mut Vec<TimeMatch>,
) {
    let parser = Parser {
        text,
        toks,
        month_first: options.month_first,
    };
    let mut i = 0;
    let mut floor = 0;
    while let Some(tok) = toks.get(i) {
        if !may_start(tok) {
            i += 1;
            continue;
        }
        let Some(found) = parser.parse_at(i, floor) else {
            i += 1;
            continue;
        };
        let (Some(first), Some(last)) = (
            toks.get(found.start),
            found.end.checked_sub(1).and_then(|k| toks.get(k)),
        ) else {
            i += 1;
            continue;
        };
        let tense = found.tense.unwrap_or_else(|| {
            // A past verb right beside the time ("ended Oct. 31", "resigned on
            // December 30") is as good as forced: the calendar does not overrule it.
            // (An infinitive "to" beside it is no such verb: "to release third-quarter
            // results".)
            match tense_near(&parser, found.start, found.end) {
                (Tense::Past, d) if d <= BESIDE => Tense::Before,
                (tense, _) => tense,
            }
        });
        let tense =
            if !matches!(tense, Tense::Past | Tense::Before) && named_by_its_day(&parser, &found) {
                Tense::Past
            } else {
                tense
            };
        // "a premium to the closing price on Friday": a market's close is a past
        // trading day, whatever the tense of the offer; "declared Monday a public
        // holiday": the day named is the verb's object, not its time.
        let tense = if day_of_a_close(&parser, &found) {
            Tense::Past
        } else if named_as(&parser, &found) {
            Tense::Unknown
        } else if tense == Tense::Past && set_for(&parser, &found) {
            Tense::Future
        } else {
            tense
        };
        let compared = compared_a_year_back(&parser, &found, *reference);
        let expr = compared.as_ref().unwrap_or(&found.expr);
        let mut value = resolve(expr, anchor, tense, *reference);
        if let Reading::Time(TimeValue::Resolved {
            granularity: Granularity::Day,
            time_of_day,
            ..
        }) = &mut value
        {
            *time_of_day = found
                .time_of_day
                .or_else(|| edge_of_day(&parser, found.start));
        }
        if let Reading::Time(TimeValue::Resolved {
            start,
            end,
            granularity,
            ..
        }) = value
        {
            // A time moved from the one before ("a year earlier") is a comparison
            // point: what follows still counts from the time it was moved from.
            let moved = matches!(
                expr,
                Expr::Shifted {
                    what: Shift::Reference | Shift::ReferenceOrAnchor | Shift::Quarter,
                    ..
                }
            );
            // "the third quarter ended Sept. 30": the day closes the period before it,
            // which stays the time that follows counts from ("the corresponding
            // period last year").
            let closes = found.start.checked_sub(2).is_some_and(|q| {
                matches!(
                    parser.lex(q),
                    Lex::Quarter | Lex::PeriodWord | Lex::Unit(Unit::Year | Unit::Month)
                ) && parser.word_in(q + 1, &["ended", "ending"])
            });
            if !moved && !closes && !matches!(granularity, Granularity::Range | Granularity::Vague)
            {
                *reference = Some((start, end, granularity));
            }
        }
        out.push(TimeMatch {
            span: Span::new(first.start, last.end),
            value,
            hedge: found.hedge,
            weekday: found
                .weekday
                .and_then(|(wd, k)| toks.get(k).map(|t| (wd, t.span()))),
        });
        i = found.resume.max(found.end).max(i + 1);
        floor = i;
    }
}

/// The publication date in an article's header: the first full date (with its year)
/// on a short line among the first 15 lines of `text[body]` — "December 22, 2021",
/// "Last Updated: December 27, 2021", "Sputnik International, 1920, 23.12.2021".
/// Long lines are prose or photo captions and are skipped.
pub fn detect_published(text: &str, body: Span) -> Option<(NaiveDate, Span)> {
    const HEADER_LINES: usize = 15;
    const MAX_LINE_CHARS: usize = 100;
    let body_text = text.get(body.range())?;
    let mut offset = body.start;
    let mut toks = Vec::new();
    for line in body_text.split_inclusive('\n').take(HEADER_LINES) {
        let line_span = Span::new(offset, offset + line.len());
        offset += line.len();
        if line.trim().chars().count() > MAX_LINE_CHARS {
            continue;
        }
        tokenize(text, line_span, &mut toks);
        assign_sentences(text, &mut toks);
        let parser = Parser {
            text,
            toks: &toks,
            month_first: false,
        };
        for i in 0..toks.len() {
            let Some(found) = parser.parse_at(i, i) else {
                continue;
            };
            let Expr::Date {
                year: Some(year),
                month,
                day,
            } = found.expr
            else {
                continue;
            };
            let (Some(first), Some(last)) = (
                toks.get(found.start),
                found.end.checked_sub(1).and_then(|k| toks.get(k)),
            ) else {
                continue;
            };
            if let Some(date) = NaiveDate::from_ymd_opt(year, month, day) {
                return Some((date, Span::new(first.start, last.end)));
            }
        }
    }
    None
}

/// Tokens between a past-tense cue and a time within which the cue is taken as forced.
const BESIDE: usize = 2;

/// The tense of the sentence around tokens `start..end`: the nearest cue either side
/// within the sentence (the left one on a tie), and how many tokens away it is.
fn tense_near(parser: &Parser<'_>, start: usize, end: usize) -> (Tense, usize) {
    let toks = parser.toks;
    let Some(sent) = toks.get(start).map(|t| t.sent) else {
        return (Tense::Unknown, usize::MAX);
    };
    // Look at most this many tokens either way: a tense cue further off belongs to
    // another clause, and the bound keeps run-on text linear.
    const REACH: usize = 40;
    let mut left = None;
    for k in (start.saturating_sub(REACH)..start).rev() {
        if toks.get(k).is_none_or(|t| t.sent != sent) {
            break;
        }
        if let Some(t) = cue_at(parser, k) {
            // "extended their offers to acquire the company Friday": an infinitive
            // far before a bare weekday (no preposition of its own before it)
            // is the object's verb; the main verb before it dates the time.
            let far_infinitive = left.is_none()
                && toks.get(k).is_some_and(|t| t.cue == Cue::To)
                && start - k > 4
                && matches!(parser.lex(start), Lex::Wd(_))
                && !start.checked_sub(1).is_some_and(|p| {
                    parser.word_in(
                        p,
                        &[
                            "on", "by", "until", "before", "after", "at", "from", "through", "till",
                        ],
                    )
                });
            if far_infinitive {
                left = Some((start - k, t));
                continue;
            }
            left = Some((start - k, t));
            break;
        }
    }
    // A time that opens its sentence, set off by a comma ("On Saturday, the tunnel was
    // completed"), dates the clause after the comma.
    let opening = (start.saturating_sub(2)..start)
        .rev()
        .take_while(|&k| toks.get(k).is_some_and(|t| t.sent == sent))
        .all(|k| parser.word_in(k, &["on", "late", "early", "by"]))
        && start
            .checked_sub(3)
            .is_none_or(|k| toks.get(k).is_none_or(|t| t.sent != sent));
    // So does one at the end of an opening phrase of a preposition and a few words
    // with no verb ("At the close of trading Thursday, …").
    let opening = opening || {
        let first =
            (start.saturating_sub(6)..start).find(|&k| toks.get(k).is_some_and(|t| t.sent == sent));
        first.is_some_and(|f| {
            f.checked_sub(1)
                .is_none_or(|k| toks.get(k).is_none_or(|t| t.sent != sent))
                && parser.word_in(
                    f,
                    &[
                        "at", "on", "by", "in", "after", "before", "until", "during", "since",
                    ],
                )
                && (f..start).all(|k| cue_at(parser, k).is_none())
                && toks
                    .get(end)
                    .is_some_and(|t| t.kind == Kind::Punct && t.ch == ',')
        })
    };
    // "After a flat second quarter tied largely to lower earnings, the company…": a
    // time inside an opening phrase of a preposition, whose words up to its comma hold
    // no verb but an infinitive's "to", dates the clause after the comma too.
    if let Some(found) = opening_phrase_clause(parser, start, end, sent) {
        return found;
    }
    let mut right = None;
    for k in end..toks.len().min(end + REACH) {
        if toks.get(k).is_none_or(|t| t.sent != sent) {
            break;
        }
        // After a comma, a verb is a trailing attribution ("…on January 12, officials
        // said"): it tells when the words were said, not when the event is.
        if toks
            .get(k)
            .is_some_and(|t| t.kind == Kind::Punct && t.ch == ',')
            && !(opening && k == end)
        {
            break;
        }
        if let Some(t) = cue_at(parser, k) {
            right = Some((k + 1 - end, t));
            break;
        }
    }
    // "to" before a verb is a weak cue ("Blinken to visit Kyiv on Monday"; but "were
    // searching on Saturday in an effort to find survivors" is past): a verb's tense
    // on the other side wins over it.
    let weak = |k: usize| toks.get(k).is_some_and(|t| t.cue == Cue::To);
    // "warned on Saturday the toll would rise": a past verb before the time and a
    // "would" after it (the future of a reported clause, seen from then): the time
    // dates the past verb.
    let reported_future = |k: usize| {
        toks.get(k).is_some_and(|t| t.cue == Cue::AuxFuture)
            && parser.word_in(k, &["would", "could"])
    };
    match (left, right) {
        (Some((dl, Tense::Past)), Some((dr, Tense::Future))) if reported_future(end + dr - 1) => {
            (Tense::Past, dl)
        }
        (Some((dl, tl)), Some((dr, tr))) => {
            let (weak_left, weak_right) = (weak(start - dl), weak(end + dr - 1));
            if weak_left != weak_right {
                if weak_left { (tr, dr) } else { (tl, dl) }
            } else if dl <= dr {
                (tl, dl)
            } else {
                (tr, dr)
            }
        }
        (Some((d, t)), None) | (None, Some((d, t))) => (t, d),
        (None, None) => (Tense::Unknown, usize::MAX),
    }
}

/// The tense of the clause after an opening phrase of a preposition holding the time
/// at `start..end` (see [`tense_near`]): the phrase opens the sentence at most six
/// tokens before the time, no verb stands between its start and its comma (an
/// infinitive's "to" aside), and a verb follows the comma.
fn opening_phrase_clause(
    parser: &Parser<'_>,
    start: usize,
    end: usize,
    sent: u32,
) -> Option<(Tense, usize)> {
    let toks = parser.toks;
    let in_sent = |k: usize| toks.get(k).is_some_and(|t| t.sent == sent);
    let first = (start.saturating_sub(6)..=start).find(|&k| in_sent(k))?;
    let opens = first.checked_sub(1).is_none_or(|k| !in_sent(k))
        && parser.word_in(
            first,
            &["after", "before", "during", "in", "following", "despite"],
        );
    if !opens || (first..start).any(|k| cue_at(parser, k).is_some()) {
        return None;
    }
    let comma = (end..end + 12).take_while(|&k| in_sent(k)).find(|&k| {
        toks.get(k)
            .is_some_and(|t| t.kind == Kind::Punct && t.ch == ',')
    })?;
    if comma == end {
        return None;
    }
    let verbless = (end..comma)
        .all(|k| cue_at(parser, k).is_none() || toks.get(k).is_some_and(|t| t.cue == Cue::To));
    if !verbless {
        return None;
    }
    (comma + 1..comma + 12)
        .take_while(|&k| in_sent(k))
        .find_map(|k| cue_at(parser, k).map(|t| (t, k + 1 - end)))
}

/// "a year ago" or "last year" as the other side of a comparison ("net rose to $94
/// million from $85 million a year ago", "compared with a loss of $3 million last
/// year") after a quarter or a month: that quarter or month a year back, as earnings
/// and economic news mean it, not the whole calendar year.
fn compared_a_year_back(
    parser: &Parser<'_>,
    found: &parse::Found,
    reference: Option<(NaiveDate, NaiveDate, Granularity)>,
) -> Option<Expr> {
    let a_year = match &found.expr {
        Expr::Ago {
            lo: 1,
            hi: 1,
            unit: lex::Unit::Year,
            hedge: parse::Hedge::Exact,
        } => true,
        Expr::Period {
            period: parse::Period::Year(parse::YearRef::Rel(-1)),
            part: parse::Part::Whole,
        } => parser.lex(found.start) == Lex::Last,
        _ => false,
    };
    let (_, _, gran) = reference?;
    if !a_year || !matches!(gran, Granularity::Quarter | Granularity::Month) {
        return None;
    }
    let toks = parser.toks;
    let sent = toks.get(found.start)?.sent;
    // The comparison word sits a few words before: "from $10 million a year ago",
    // "compared with net income of $27.1 million, or $1.16 a share, a year ago".
    const REACH: usize = 20;
    let compared = (found.start.saturating_sub(REACH)..found.start)
        .rev()
        .take_while(|&k| toks.get(k).is_some_and(|t| t.sent == sent))
        .any(|k| parser.word_in(k, &["from", "compared", "versus", "vs", "against", "than"]));
    compared.then_some(Expr::Shifted {
        months: -12,
        what: Shift::Reference,
    })
}

/// Whether `found` is a weekday in the possessive ("Wednesday's ruling", "Thursday's
/// closing price", "this Sunday's vote") with no plain word for the future before it
/// in its sentence ("will", "next", "coming", "ahead of"), nor, after "this", after
/// it: an event named by its day is one that has happened, whatever a weaker cue
/// nearby ("would look for ways around Wednesday's ruling") says.
fn named_by_its_day(parser: &Parser<'_>, found: &parse::Found) -> bool {
    let Expr::Weekday { dir, .. } = found.expr else {
        return false;
    };
    let Some(last) = found.end.checked_sub(1) else {
        return false;
    };
    if !matches!(dir, parse::Dir::Tense | parse::Dir::This) || !is_possessive(parser.word(last)) {
        return false;
    }
    let toks = parser.toks;
    let Some(sent) = toks.get(found.start).map(|t| t.sent) else {
        return false;
    };
    const REACH: usize = 40;
    let future = |k: usize| {
        let w = parser.word(k);
        toks.get(k)
            .is_some_and(|t| matches!(t.lex, Lex::Next | Lex::Coming))
            || ["will", "shall", "won't", "ahead"]
                .iter()
                .any(|f| w.eq_ignore_ascii_case(f))
    };
    let same = |k: &usize| toks.get(*k).is_some_and(|t| t.sent == sent);
    let before = (found.start.saturating_sub(REACH)..found.start)
        .rev()
        .take_while(same)
        .any(future);
    // "This Sunday's game will decide the title": "this" is as much the coming day.
    let after = dir == parse::Dir::This
        && (found.end..found.end.saturating_add(REACH))
            .take_while(same)
            .any(future);
    !before && !after
}

/// Whether a weekday standing for a date (`found`) is the day of a market's close: a
/// noun of a close right before it ("the closing price on Friday", "its close on
/// Friday", the possessive "Friday's close"). A verb is no close ("is expected to close
/// on Friday").
fn day_of_a_close(parser: &Parser<'_>, found: &parse::Found) -> bool {
    if !matches!(
        found.expr,
        Expr::Weekday {
            dir: parse::Dir::Tense,
            ..
        }
    ) {
        return false;
    }
    let toks = parser.toks;
    let Some(sent) = toks.get(found.start).map(|t| t.sent) else {
        return false;
    };
    let same = |k: usize| toks.get(k).is_some_and(|t| t.sent == sent);
    let is = |k: usize, words: &[&str]| same(k) && parser.word_in(k, words);
    let last = found.end.saturating_sub(1);
    if is_possessive(parser.word(last)) {
        return is(found.end, lex::CLOSE_NOUNS);
    }
    let Some(on) = found.start.checked_sub(1).filter(|&k| is(k, &["on"])) else {
        return false;
    };
    let Some(noun) = on.checked_sub(1) else {
        return false;
    };
    // "the closing price on Friday", "the closing stock price on Friday".
    if is(noun, &["price", "level"]) {
        return (noun.saturating_sub(2)..noun).any(|k| is(k, &["closing"]));
    }
    // "its close on Friday": a determiner or a possessive makes "close" a noun.
    is(noun, lex::CLOSE_NOUNS)
        && noun.checked_sub(1).is_some_and(|k| {
            is(k, &["the", "its", "their", "a"]) || (same(k) && is_possessive(parser.word(k)))
        })
}

/// The edge of the day said before a day that starts at token `start`: "late
/// Wednesday", "late on Wednesday" (its night); "early Thursday", "in the early hours
/// of Thursday" (its small hours). Either may be the next or the day before elsewhere.
fn edge_of_day(parser: &Parser<'_>, start: usize) -> Option<TimeOfDay> {
    let is = |back: usize, words: &[&str]| {
        start
            .checked_sub(back)
            .is_some_and(|k| in_sentence_of(parser, start, k, words))
    };
    // "late Wednesday", "late on Wednesday"; "in the early hours of Thursday".
    let said = |word: &str| is(1, &[word]) || (is(1, &["on"]) && is(2, &[word]));
    if said("late") {
        Some(TimeOfDay::Night)
    } else if said("early") || (is(3, &["early"]) && is(2, &["hours"]) && is(1, &["of"])) {
        Some(TimeOfDay::EarlyHours)
    } else {
        None
    }
}

/// Whether a time (`found`) is the day a verb of setting sets, after "for", "to" or
/// "until" and within four words of the verb: "called regional elections for June
/// 15", "postponed the vote until March 3", "brought forward to May 2".
fn set_for(parser: &Parser<'_>, found: &parse::Found) -> bool {
    let is = |k: usize, words: &[&str]| in_sentence_of(parser, found.start, k, words);
    let Some(prep) = found.start.checked_sub(1) else {
        return false;
    };
    // "called for Monday's strike": a day's event, not a day set.
    let possessive = || {
        is(found.end, &["'s", "’s", "s"]) || is_possessive(parser.word(found.end.saturating_sub(1)))
    };
    is(prep, &["for", "to", "until"])
        && !possessive()
        && (prep.saturating_sub(5)..prep).any(|k| is(k, lex::SETTING_VERBS))
}

/// Whether a weekday standing for a date (`found`) is what a verb of naming makes
/// something ("declared Monday a public holiday", "named Friday as a day of
/// mourning"): the verb's tense is not the day's.
fn named_as(parser: &Parser<'_>, found: &parse::Found) -> bool {
    if !matches!(
        found.expr,
        Expr::Weekday {
            dir: parse::Dir::Tense,
            ..
        }
    ) || found.time_of_day.is_some()
    {
        return false;
    }
    let is = |k: usize, words: &[&str]| in_sentence_of(parser, found.start, k, words);
    found
        .start
        .checked_sub(1)
        .is_some_and(|k| is(k, lex::NAMING_VERBS))
        && is(found.end, &["a", "an", "as"])
}

/// Whether token `k` stands in the sentence of token `at` and is one of `words`, ASCII
/// case ignored.
fn in_sentence_of(parser: &Parser<'_>, at: usize, k: usize, words: &[&str]) -> bool {
    let toks = parser.toks;
    let (Some(a), Some(t)) = (toks.get(at), toks.get(k)) else {
        return false;
    };
    a.sent == t.sent && parser.word_in(k, words)
}

fn is_aux(tok: Option<&Tok>) -> bool {
    tok.is_some_and(|t| matches!(t.cue, Cue::Aux | Cue::AuxPast | Cue::AuxFuture))
}

/// The tense the token at `k` signals, if any.
fn cue_at(parser: &Parser<'_>, k: usize) -> Option<Tense> {
    let toks = parser.toks;
    let tok = toks.get(k)?;
    let next = toks.get(k + 1);
    let prev = k.checked_sub(1).and_then(|j| toks.get(j));
    match tok.cue {
        Cue::None => None,
        Cue::AuxPast => Some(Tense::Past),
        // "will be held", "has been sent": the auxiliary before a participle carries
        // the tense.
        Cue::Past => {
            let after_aux = is_aux(prev) || is_aux(k.checked_sub(2).and_then(|j| toks.get(j)));
            (!after_aux).then_some(Tense::Past)
        }
        // "must have left", "should have known": about the past, not what is to come.
        Cue::AuxFuture
            if parser.word_in(k, &["must", "should", "might"])
                && parser.word(k + 1).eq_ignore_ascii_case("have") =>
        {
            Some(Tense::Past)
        }
        Cue::Future | Cue::AuxFuture => Some(Tense::Future),
        Cue::Aux => None,
        // "had been due to expire Friday": due before the time of telling.
        Cue::To
            if ["due", "been", "had"]
                .iter()
                .enumerate()
                .all(|(n, w)| parser.word(k.wrapping_sub(n + 1)).eq_ignore_ascii_case(w)) =>
        {
            Some(Tense::Past)
        }
        Cue::To => {
            let next = next?;
            // "were reported to be alive on Sunday", "is said to have left": a verb of
            // saying or finding before "to be" or "to have" leaves the tense to its own
            // auxiliary.
            let reported = k.checked_sub(1).is_some_and(|j| {
                parser.word_in(
                    j,
                    &[
                        "reported",
                        "said",
                        "believed",
                        "thought",
                        "found",
                        "confirmed",
                        "known",
                        "feared",
                        "presumed",
                    ],
                )
            });
            if reported && parser.word_in(k + 1, &["be", "have"]) {
                return None;
            }
            // "the volcano began to erupt on Sunday": an infinitive after a past verb
            // of starting or going on happens when that verb does; so does one after a
            // vote ("workers voted to strike Thursday" dates the vote).
            if k.checked_sub(1)
                .is_some_and(|j| lex::is_begun(parser.word(j)))
            {
                return Some(Tense::Past);
            }
            let infinitive = next.kind == Kind::Word
                && !next.cap
                && !next.event
                && matches!(next.lex, Lex::None | Lex::Season(_) | Lex::Present)
                && !not_verb(parser.word(k + 1));
            infinitive.then_some(Tense::Future)
        }
        Cue::SetTo => {
            let next = next?;
            (next.lex == Lex::To || parser.word(k + 1).eq_ignore_ascii_case("for"))
                .then_some(Tense::Future)
        }
        Cue::Due => is_aux(prev).then_some(Tense::Future),
        Cue::Ed => {
            let after_aux = is_aux(prev) || is_aux(k.checked_sub(2).and_then(|j| toks.get(j)));
            let hyphenated = prev.is_some_and(|p| p.kind == Kind::Punct && p.end == tok.start);
            let adjective = prev.is_some_and(|p| matches!(p.lex, Lex::The | Lex::A));
            (!tok.cap && !after_aux && !hyphenated && !adjective).then_some(Tense::Past)
        }
    }
}
