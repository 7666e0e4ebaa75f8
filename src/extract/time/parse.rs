//! Patterns over tokens: where a time expression starts and ends, and what it says,
//! before any calendar arithmetic (that is `resolve.rs`).

mod calendar;
mod dates;
mod duration;
mod relative;

use chrono::Weekday;

use self::relative::rel_offset;
use super::lex::{Kind, Lex, Tok, Unit};
use super::resolve::Tense;
use crate::extract::{Hedge as FigureHedge, TimeOfDay, Vagueness};
use crate::text::is_possessive;

/// Which year a period is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum YearRef {
    /// Written out: "2022".
    Abs(i32),
    /// Relative to the publication year: "next year" is `Rel(1)`.
    Rel(i32),
    /// Not said: the tense of the sentence picks it ("in January", "the first quarter").
    Implicit,
}

/// A stretch of the calendar named by the text, before any part of it is taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Period {
    Year(YearRef),
    Month {
        month: u32,
        year: YearRef,
    },
    /// "this month" (0), "next month" (1), "last month" (-1).
    RelMonth(i32),
    /// "this week" (0), "next week" (1), "last week" (-1): Monday to Sunday.
    Week(i32),
    /// "this weekend", "last weekend", "next weekend".
    Weekend(i32),
    /// "the 1990s": the decade's first year.
    Decade(i32),
    /// "the nineties": the latest decade of that tens digit begun by the publication
    /// year.
    DecadeWord(i32),
    /// "the 20th century", "the 1800s": the century's first year.
    Century(i32),
    /// "this decade" (0), "next decade" (1), "the end of the decade": the calendar
    /// decade of the publication year, moved by ten years a step.
    RelDecade(i32),
}

/// Which season of its name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum SeasonRef {
    /// The season of a year written out (a winter is that of its December).
    Year(i32),
    /// "last", "this", "next", or the tense.
    Dir(Dir),
}

/// What a shifted time moves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Shift {
    /// The last time the text gave before it.
    Reference,
    /// That, or without one the publication date's year or month ("a year earlier").
    ReferenceOrAnchor,
    /// The quarter of the publication date ("this quarter", "last quarter").
    AnchorQuarter,
    /// The last quarter the text gave, else the last full quarter before the
    /// publication date ("the year-ago quarter").
    Quarter,
    /// The last full quarter before the publication date ("the latest quarter").
    Completed,
    /// "this quarter's loss": the publication date's quarter, or the one just ended
    /// while its results are still being reported.
    Reported,
    /// "the 1989 period": the quarter of `Quarter` in the year written.
    QuarterIn(i32),
}

/// Where a duration sits on the calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Anchor {
    /// Nowhere the text says: "a three-day visit".
    None,
    /// Up to the publication date: "the past two years".
    Past,
    /// From the day after it: "the next ten days".
    Next,
    /// From the publication date: "within a week".
    Within,
}

/// Which part of a period the text means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Part {
    Whole,
    Early,
    Mid,
    Late,
    Start,
    End,
    /// "earlier this month": from the period's start up to the publication date.
    Earlier,
    /// "later this year": from the day after the publication date to the period's end.
    Later,
    Half(u8),
    Quarter(u8),
}

/// How a bare weekday is placed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Dir {
    /// "on Tuesday": the sentence's tense decides.
    Tense,
    /// "last Tuesday": strictly before the publication date.
    Last,
    /// "next Tuesday": strictly after.
    Next,
    /// "this Tuesday": in the publication date's week.
    This,
}

/// How an "ago" is hedged.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Hedge {
    Exact,
    /// "more than", "over": further back.
    More,
    /// "less than", "under": not as far back.
    Less,
    /// "about", "around", "nearly", "almost", "some".
    About,
}

/// Whether the text means the holiday itself or the time after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Around {
    At,
    After,
    /// "immediately / shortly / right / soon / just after".
    SoonAfter,
}

/// What an expression says, unresolved.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Expr {
    /// A day; without a year the tense picks it.
    Date {
        year: Option<i32>,
        month: u32,
        day: u32,
    },
    /// "January 10-12", "10–12 January 2022": days of one month.
    DayRange {
        year: Option<i32>,
        month: u32,
        first: u32,
        last: u32,
    },
    Period {
        period: Period,
        part: Part,
    },
    Weekday {
        weekday: Weekday,
        dir: Dir,
    },
    /// "the weekend": tense decides which.
    WeekendTense,
    /// today (0), yesterday (-1), tomorrow (1).
    Deictic(i64),
    /// "two weeks ago", "more than seven years ago", "a few days ago".
    Ago {
        lo: u32,
        hi: u32,
        unit: Unit,
        hedge: Hedge,
    },
    /// "in two weeks".
    Ahead {
        lo: u32,
        hi: u32,
        unit: Unit,
    },
    /// A length of time: "three days", "nearly eight hours", "a three-day visit",
    /// "the past two years" (anchored back from the publication date), "the next ten
    /// days" (forward), "within a week" (from the publication date).
    Duration {
        /// How many units; `None` for a vague count ("a few", "several").
        amount: Option<f64>,
        /// The most units the count allows, for the anchored stretch.
        reach: u32,
        unit: Unit,
        anchor: Anchor,
    },
    /// "now", "recently", "in the future", "recent weeks", "the coming days".
    VagueRef(Vagueness),
    /// A holiday: its index in `data/holidays.txt`, and its year when written.
    Holiday {
        holiday: usize,
        year: Option<i32>,
        after: Around,
    },
    /// "since 2014": from the start of the inner time to the publication date.
    Since(Box<Expr>),
    /// "last winter", "the autumn of 2020".
    Season {
        season: u8,
        which: SeasonRef,
    },
    /// "fiscal 2021", "the fiscal third quarter": the calendar period, approximate.
    Fiscal(Box<Expr>),
    /// "later that year", "earlier that day", "that same month": the day, week, month
    /// or year of the time the text gave before; approximate after "earlier"/"later".
    That {
        unit: Unit,
        approx: bool,
    },
    /// "a year earlier", "the same period last year", "the year-ago quarter": a time
    /// the text gave before, moved by some months.
    Shifted {
        months: i32,
        what: Shift,
    },
    /// "daily", "every two weeks", "each year": a time that recurs every `count` units.
    Every {
        count: u32,
        unit: Unit,
    },
    /// "every Thursday", "each July": a named day of the week or month that recurs.
    EveryNamed {
        weekday: Option<Weekday>,
        month: u32,
    },
}

/// One expression found: token range `start..end`, what it says, a weekday written
/// beside it, and a tense the words force ("last January").
#[derive(Debug, Clone)]
pub(super) struct Found {
    pub start: usize,
    pub end: usize,
    pub expr: Expr,
    pub weekday: Option<(Weekday, usize)>,
    pub tense: Option<Tense>,
    /// Where scanning resumes: past a bracketed weekday that follows the span.
    pub resume: usize,
    /// How a duration's count is hedged ("nearly eight hours").
    pub hedge: FigureHedge,
    /// A part of the day or a clock time given with a day ("Friday morning").
    pub time_of_day: Option<TimeOfDay>,
}

impl Found {
    fn new(start: usize, end: usize, expr: Expr) -> Self {
        Self {
            start,
            end,
            expr,
            weekday: None,
            tense: None,
            resume: end,
            hedge: FigureHedge::None,
            time_of_day: None,
        }
    }
}

/// The pattern matcher over one token slice.
pub(super) struct Parser<'a> {
    pub text: &'a str,
    pub toks: &'a [Tok],
    /// Read ambiguous "03/04/2022" month first (US style).
    pub month_first: bool,
}

/// The direction a relative word gives a weekday or a season.
fn dir_of(lex: Lex) -> Option<Dir> {
    match lex {
        Lex::This => Some(Dir::This),
        Lex::Next => Some(Dir::Next),
        Lex::Last => Some(Dir::Last),
        _ => None,
    }
}

/// "the 1990s" is a decade; "the 1800s", "the 1900s" a century (news writes the first
/// decade of one as "the first decade of the 1900s"). "the 2000s" stays a decade.
fn decade_or_century(y: i32) -> Period {
    if y % 100 == 0 && y < 2000 {
        Period::Century(y)
    } else {
        Period::Decade(y)
    }
}

/// Words that may follow an infinitive "to" without making it one.
pub(super) fn not_verb(word: &str) -> bool {
    const LIST: &[&str] = &[
        "their", "his", "her", "its", "our", "my", "your", "these", "those", "that", "them", "him",
        "us", "me", "it", "what", "which", "whom", "whose", "all", "any", "each", "every", "both",
        "date", "such", "other", "another", "more", "most", "some", "no", "many",
    ];
    LIST.iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// Whether an expression may start at a token: not at punctuation, nor at a word the
/// lexicon does not know other than the few [`Parser::parse_at`] tests by spelling
/// ("up", "each", "noon", "near", "that", "latest": told by their length in bytes and
/// first letter). Most tokens start nothing, and this says so without a call.
#[inline]
pub(super) fn may_start(t: &Tok) -> bool {
    !matches!(t.lex, Lex::None)
        || t.holiday
        || t.kind == Kind::Num
        || (t.kind == Kind::Word
            && matches!(
                (t.end - t.start, t.ch.to_ascii_lowercase()),
                (2, 'u') | (4, 'e' | 'n' | 't') | (6, 'l')
            ))
}

impl<'a> Parser<'a> {
    fn t(&self, i: usize) -> Option<&'a Tok> {
        self.toks.get(i)
    }

    pub(super) fn lex(&self, i: usize) -> Lex {
        self.t(i).map_or(Lex::None, |t| t.lex)
    }

    /// The lexicon reading of the token before `i`, if it is not before `floor`.
    fn lex_before(&self, i: usize, floor: usize) -> Lex {
        match i.checked_sub(1) {
            Some(k) if k >= floor => self.lex(k),
            _ => Lex::None,
        }
    }

    pub(super) fn word(&self, i: usize) -> &'a str {
        self.t(i)
            .and_then(|t| self.text.get(t.start..t.end))
            .unwrap_or("")
    }

    /// Whether token `i` is one of `words` (words of letters), ASCII case ignored: only
    /// a word token can be, so a number or a mark is turned away before its text is
    /// sliced.
    pub(super) fn word_in(&self, i: usize, words: &[&str]) -> bool {
        self.t(i).is_some_and(|t| t.kind == Kind::Word)
            && crate::text::is_one_of(self.word(i), words)
    }

    fn punct(&self, i: usize, ch: char) -> bool {
        self.t(i)
            .is_some_and(|t| t.kind == Kind::Punct && t.ch == ch)
    }

    /// Whether token `i` starts right where token `i - 1` ends.
    fn adj(&self, i: usize) -> bool {
        match (i.checked_sub(1).and_then(|k| self.t(k)), self.t(i)) {
            (Some(a), Some(b)) => a.end == b.start,
            _ => false,
        }
    }

    pub(super) fn num(&self, i: usize) -> Option<(u32, u8)> {
        self.t(i)
            .filter(|t| t.kind == Kind::Num)
            .map(|t| (t.num, t.digits))
    }

    fn cap(&self, i: usize) -> bool {
        self.t(i).is_some_and(|t| t.cap)
    }

    /// A four-digit year at `i`.
    fn year(&self, i: usize) -> Option<i32> {
        match self.num(i) {
            Some((n, 4)) if (1000..=2999).contains(&n) && !self.number_goes_on(i) => {
                i32::try_from(n).ok()
            }
            _ => None,
        }
    }

    /// Whether the number at `i` continues as a longer figure ("14,000", "1.5").
    fn number_goes_on(&self, i: usize) -> bool {
        (self.punct(i + 1, ',') || self.punct(i + 1, '.'))
            && self.adj(i + 1)
            && self.num(i + 2).is_some()
            && self.adj(i + 2)
    }

    /// Whether the number at `i` is the tail of a figure or a name ("14,000", "COVID-19").
    fn number_is_tail(&self, i: usize) -> bool {
        let Some(k) = i.checked_sub(1) else {
            return false;
        };
        if !self.adj(i) {
            return false;
        }
        let Some(prev) = self.t(k) else {
            return false;
        };
        match prev.kind {
            Kind::Word => true,
            Kind::Num => false,
            Kind::Punct => {
                k.checked_sub(1)
                    .and_then(|j| self.t(j))
                    .is_some_and(|t| matches!(t.kind, Kind::Word | Kind::Num))
                    && self.adj(k)
                    || matches!(prev.ch, '$' | '€' | '£' | '#' | '№')
            }
        }
    }

    /// A month name at `i` ("January", "Jan", "Jan."): the month and the token after it.
    fn month(&self, i: usize) -> Option<(u32, usize)> {
        match self.lex(i) {
            Lex::Month(m) if self.cap(i) => Some((m, i + 1)),
            Lex::MonthAbbr(m) if self.cap(i) => {
                if self.punct(i + 1, '.') && self.adj(i + 1) {
                    Some((m, i + 2))
                } else {
                    Some((m, i + 1))
                }
            }
            _ => None,
        }
    }

    /// A day of the month at `i` ("10", "10th"): the day and the token after it.
    fn day(&self, i: usize) -> Option<(u32, usize)> {
        let (d, digits) = self.num(i)?;
        if digits > 2 || !(1..=31).contains(&d) || self.number_goes_on(i) {
            return None;
        }
        if self.lex(i + 1) == Lex::OrdSuffix && self.adj(i + 1) {
            return Some((d, i + 2));
        }
        if self.t(i + 1).is_some_and(|t| t.kind == Kind::Word) && self.adj(i + 1) {
            return None;
        }
        Some((d, i + 1))
    }

    /// A period at `j`: a year, a decade, a month (with or without its year),
    /// "this/next/last week|month|year", and with `the`, "the year/month/week".
    fn period(&self, j: usize, allow_the: bool) -> Option<(usize, Period)> {
        // "the late nineties"
        if let Lex::DecadeWord(tens) = self.lex(j) {
            return Some((j + 1, Period::DecadeWord(tens)));
        }
        if let Some(y) = self.year(j) {
            if self.t(j + 1).is_some_and(|t| t.kind == Kind::Word)
                && self.adj(j + 1)
                && self.word(j + 1) == "s"
            {
                return (y % 10 == 0).then_some((j + 2, decade_or_century(y)));
            }
            if (self.punct(j + 1, '\'') || self.punct(j + 1, '’'))
                && self.word(j + 2) == "s"
                && self.adj(j + 1)
                && self.adj(j + 2)
            {
                return (y % 10 == 0).then_some((j + 3, decade_or_century(y)));
            }
            return Some((j + 1, Period::Year(YearRef::Abs(y))));
        }
        if let Some((month, k)) = self.month(j) {
            if self.day(k).is_some() {
                return None;
            }
            let k2 = if self.lex(k) == Lex::Of { k + 1 } else { k };
            if let Some(y) = self.year(k2) {
                return Some((
                    k2 + 1,
                    Period::Month {
                        month,
                        year: YearRef::Abs(y),
                    },
                ));
            }
            if let (Some(off), Lex::Unit(Unit::Year)) = (rel_offset(self.lex(k)), self.lex(k + 1)) {
                return Some((
                    k + 2,
                    Period::Month {
                        month,
                        year: YearRef::Rel(off),
                    },
                ));
            }
            if matches!(self.lex(j), Lex::MonthAbbr(_)) {
                return None;
            }
            return Some((
                k,
                Period::Month {
                    month,
                    year: YearRef::Implicit,
                },
            ));
        }
        let (off, k) = match self.lex(j) {
            Lex::The if allow_the => (0, j + 1),
            lex => (rel_offset(lex)?, j + 1),
        };
        let period = match self.lex(k) {
            Lex::Unit(Unit::Year) => Period::Year(YearRef::Rel(off)),
            Lex::Unit(Unit::Month) => Period::RelMonth(off),
            Lex::Unit(Unit::Week) => Period::Week(off),
            Lex::Unit(Unit::Weekend) => Period::Weekend(off),
            // Not "last decade": as often the ten years up to now as the decade before.
            Lex::Unit(Unit::Decade) if off >= 0 => Period::RelDecade(off),
            _ => return None,
        };
        if self.word(k).ends_with('s')
            && !is_possessive(self.word(k))
            && self.lex(k) != Lex::Unit(Unit::Weekend)
        {
            return None;
        }
        Some((k + 1, period))
    }

    /// The expression starting at token `i`, if any; `floor` is the first token not
    /// taken by the previous match (a hedge may reach back to it, no further).
    pub(super) fn parse_at(&self, i: usize, floor: usize) -> Option<Found> {
        let t = self.t(i)?;
        if !may_start(t) {
            return None;
        }
        if t.holiday {
            if let Some(found) = self.holiday(i) {
                return Some(found);
            }
        }
        match self.lex(i) {
            Lex::Wd(wd) => self.weekday(i, wd),
            // "the nineties" (not "in their forties": an age).
            Lex::DecadeWord(tens) if self.lex_before(i, floor) == Lex::The => Some(Found::new(
                i,
                i + 1,
                Expr::Period {
                    period: Period::DecadeWord(tens),
                    part: Part::Whole,
                },
            )),
            Lex::Today | Lex::Tonight => Some(self.deictic(i, 0)),
            Lex::Yesterday => Some(self.deictic(i, -1)),
            Lex::Tomorrow => Some(self.deictic(i, 1)),
            Lex::This
            | Lex::Next
            | Lex::Last
            | Lex::Past
            | Lex::Coming
            | Lex::Previous
            | Lex::Recent => self
                .relative_season(i, dir_of(self.lex(i)))
                .or_else(|| self.relative(i, floor))
                .or_else(|| self.half_quarter(i))
                .or_else(|| self.vague_ref(i, floor)),
            // Not "the Communist Party daily Granma": a paper, named after it.
            Lex::Recurring(unit) if !self.cap(i) && !self.cap(i + 1) => {
                Some(Found::new(i, i + 1, Expr::Every { count: 1, unit }))
            }
            Lex::Every => self.every(i),
            Lex::None if self.word(i).eq_ignore_ascii_case("each") => self.every(i),
            Lex::Now
            | Lex::Currently
            | Lex::Recently
            | Lex::Previously
            | Lex::These
            | Lex::Future => self.vague_ref(i, floor),
            Lex::At => self.vague_ref(i, floor).or_else(|| self.duration(i, floor)),
            Lex::Half => self.duration(i, floor),
            Lex::Season(_) => self.season(i, floor),
            Lex::Fiscal => self.fiscal(i, floor),
            Lex::Same => self.same_period(i),
            Lex::Unit(Unit::Year) => self
                .year_compound(i)
                .or_else(|| self.year_ended(i, floor))
                .or_else(|| self.vague_count(i, floor)),
            Lex::Quarter => self.the_quarter(i, floor),
            Lex::Unit(_) if !matches!(self.lex(i), Lex::Unit(Unit::Weekend)) => {
                self.vague_count(i, floor)
            }
            Lex::Earlier | Lex::Later => self.that_period(i).or_else(|| self.modified(i)),
            Lex::Early | Lex::Mid | Lex::Late => self.modified(i),
            Lex::Start | Lex::End | Lex::Middle => self.start_end_of(i),
            Lex::Ordinal(_) => self.half_quarter(i),
            Lex::Q => self.q_quarter(i),
            Lex::Month(_) | Lex::MonthAbbr(_) => {
                self.month_day(i).or_else(|| self.month_alone(i, floor))
            }
            Lex::Since => self.since(i),
            Lex::Soon | Lex::After => self.holiday(i),
            Lex::In | Lex::Within => self.ahead(i),
            Lex::Unit(Unit::Weekend) => self.the_weekend(i, floor),
            Lex::NumWord(_)
            | Lex::A
            | Lex::Several
            | Lex::Few
            | Lex::More
            | Lex::Less
            | Lex::Over
            | Lex::Under
            | Lex::About
            | Lex::Nearly => self
                .spelled_year(i, floor)
                .or_else(|| self.ago(i))
                .or_else(|| self.earlier_later(i))
                .or_else(|| self.duration(i, floor)),
            Lex::None if self.num(i).is_some() => self
                .century(i)
                .or_else(|| self.clock_day(i))
                .or_else(|| self.year_part(i))
                .or_else(|| self.number(i, floor))
                .or_else(|| self.duration(i, floor)),
            Lex::None if self.word(i).eq_ignore_ascii_case("noon") => self.clock_day(i),
            Lex::None if self.word(i).eq_ignore_ascii_case("up") => self.duration(i, floor),
            Lex::None if self.word(i).eq_ignore_ascii_case("that") => self.that_period(i),
            Lex::None if self.word(i).eq_ignore_ascii_case("latest") => self.latest_quarter(i),
            Lex::None if self.word(i).eq_ignore_ascii_case("near") => self.near_term(i, floor),
            _ => None,
        }
    }
}
