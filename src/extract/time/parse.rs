//! Patterns over tokens: where a time expression starts and ends, and what it says,
//! before any calendar arithmetic (that is `resolve.rs`).

use chrono::{NaiveDate, Weekday};

use super::lex::{Kind, Lex, Tok, Unit};
use super::resolve::Tense;

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

/// Named holidays, each a fixed stretch of the calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Holiday {
    /// "the New Year holidays": read as 1–9 January (the Russian public holidays,
    /// the longest in the region the corpus covers).
    NewYearHolidays,
    NewYearsEve,
    NewYearsDay,
    Christmas,
    ChristmasEve,
    OrthodoxChristmas,
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
#[derive(Debug, Clone, PartialEq, Eq)]
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
    /// "in two weeks" (`within` false), "within a month" (true).
    Ahead {
        lo: u32,
        hi: u32,
        unit: Unit,
        within: bool,
    },
    /// "the past two weeks" (backward), "the next ten days" (forward).
    Window {
        n: u32,
        unit: Unit,
        forward: bool,
    },
    /// "the coming days", "recent weeks".
    Vague {
        unit: Unit,
        forward: bool,
    },
    Holiday {
        holiday: Holiday,
        after: Around,
    },
    /// "since 2014": from the start of the inner time to the publication date.
    Since(Box<Expr>),
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

/// Days in a month of a leap year: the most a year-less date may name.
fn max_day(month: u32) -> u32 {
    match month {
        2 => 29,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

fn valid_date(year: i32, month: u32, day: u32) -> bool {
    NaiveDate::from_ymd_opt(year, month, day).is_some()
}

/// Words after a bare year that show it is a count, not a year ("2000 troops").
fn not_plural(word: &str) -> bool {
    matches!(
        word,
        "was"
            | "has"
            | "does"
            | "this"
            | "thus"
            | "plus"
            | "its"
            | "across"
            | "towards"
            | "unless"
            | "always"
            | "whereas"
            | "perhaps"
            | "afterwards"
            | "as"
            | "is"
    )
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

impl<'a> Parser<'a> {
    fn t(&self, i: usize) -> Option<&'a Tok> {
        self.toks.get(i)
    }

    fn lex(&self, i: usize) -> Lex {
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

    fn num(&self, i: usize) -> Option<(u32, u8)> {
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

    /// "January 10", "Jan. 10, 2022", "December 22, 2021", "January 10 (Monday)".
    fn month_day(&self, i: usize) -> Option<Found> {
        let (month, k) = self.month(i)?;
        let (day, mut end) = self.day(k)?;
        if day > max_day(month) {
            return None;
        }
        let last = self.range_end(end, day, month);
        if let Some((_, e)) = last {
            end = e;
        }
        let mut year = None;
        let y_at = if self.punct(end, ',') { end + 1 } else { end };
        if let Some(y) = self.year(y_at) {
            year = Some(y);
            end = y_at + 1;
        }
        if let Some(y) = year {
            if !valid_date(y, month, day) {
                return None;
            }
        }
        if let Some((last, _)) = last {
            if year.is_some_and(|y| !valid_date(y, month, last)) {
                return None;
            }
            let expr = Expr::DayRange {
                year,
                month,
                first: day,
                last,
            };
            return Some(Found::new(i, end, expr));
        }
        let mut found = Found::new(i, end, Expr::Date { year, month, day });
        found.weekday = self.weekday_after(end);
        if found.weekday.is_some() {
            found.resume = end + 3;
        }
        Some(found)
    }

    /// The end of a day range after a first day: "-12" in "January 10-12".
    fn range_end(&self, i: usize, first: u32, month: u32) -> Option<(u32, usize)> {
        if !(self.punct(i, '-') || self.punct(i, '–')) {
            return None;
        }
        let (last, end) = self.day(i + 1)?;
        (last > first && last <= max_day(month)).then_some((last, end))
    }

    /// "10 January", "10th of January 2022", "10 Jan".
    fn day_month(&self, i: usize) -> Option<Found> {
        let (day, mut k) = self.day(i)?;
        // "10-12 January": the range's end, checked once the month is known.
        let mut last = None;
        if (self.punct(k, '-') || self.punct(k, '–')) && self.lex(k + 2) != Lex::Of {
            if let Some((d2, e)) = self.day(k + 1) {
                last = Some(d2);
                k = e;
            }
        }
        if self.lex(k) == Lex::Of {
            k += 1;
        }
        let (month, mut end) = self.month(k)?;
        if day > max_day(month) {
            return None;
        }
        if let Some(d2) = last {
            if d2 <= day || d2 > max_day(month) {
                return None;
            }
        }
        let y_at = if self.punct(end, ',') { end + 1 } else { end };
        let year = self.year(y_at);
        if year.is_some() {
            end = y_at + 1;
        }
        if let Some(y) = year {
            if !valid_date(y, month, day) {
                return None;
            }
        }
        if let Some(last) = last {
            if year.is_some_and(|y| !valid_date(y, month, last)) {
                return None;
            }
            let expr = Expr::DayRange {
                year,
                month,
                first: day,
                last,
            };
            return Some(Found::new(i, end, expr));
        }
        let mut found = Found::new(i, end, Expr::Date { year, month, day });
        found.weekday = self.weekday_after(end);
        if found.weekday.is_some() {
            found.resume = end + 3;
        }
        Some(found)
    }

    /// A weekday in brackets just after a date: "January 10 (Monday)".
    fn weekday_after(&self, i: usize) -> Option<(Weekday, usize)> {
        if self.punct(i, '(') && self.punct(i + 2, ')') {
            if let Lex::Wd(wd) = self.lex(i + 1) {
                return Some((wd, i + 1));
            }
        }
        None
    }

    /// "23.12.2021", "03/04/2022", "2022-01-10": all parts touching.
    fn numeric_date(&self, i: usize) -> Option<Found> {
        let (a, ad) = self.num(i)?;
        let sep = self.t(i + 1).filter(|t| t.kind == Kind::Punct)?.ch;
        if !matches!(sep, '.' | '/' | '-') || !self.punct(i + 3, sep) {
            return None;
        }
        if !(self.adj(i + 1) && self.adj(i + 2) && self.adj(i + 3) && self.adj(i + 4)) {
            return None;
        }
        let (b, bd) = self.num(i + 2)?;
        let (c, cd) = self.num(i + 4)?;
        // Not part of something longer ("1.2.3.4", "2022-01-10-2").
        if self.t(i + 5).is_some_and(|t| {
            self.adj(i + 5) && (t.kind == Kind::Num || (t.kind == Kind::Punct && t.ch == sep))
        }) && self.num(i + 6).is_some()
        {
            return None;
        }
        let (year, month, day) = if ad == 4 && bd <= 2 && cd <= 2 {
            (a, b, c)
        } else if ad <= 2 && bd <= 2 && cd == 4 {
            let day_first = if sep == '.' || a > 12 {
                true
            } else if b > 12 {
                false
            } else {
                !self.month_first
            };
            if day_first { (c, b, a) } else { (c, a, b) }
        } else {
            return None;
        };
        let year = i32::try_from(year).ok()?;
        if !valid_date(year, month, day) {
            return None;
        }
        Some(Found::new(
            i,
            i + 5,
            Expr::Date {
                year: Some(year),
                month,
                day,
            },
        ))
    }

    /// A period at `j`: a year, a decade, a month (with or without its year),
    /// "this/next/last week|month|year", and with `the`, "the year/month/week".
    fn period(&self, j: usize, allow_the: bool) -> Option<(usize, Period)> {
        if let Some(y) = self.year(j) {
            if self.t(j + 1).is_some_and(|t| t.kind == Kind::Word)
                && self.adj(j + 1)
                && self.word(j + 1) == "s"
            {
                return (y % 10 == 0).then_some((j + 2, Period::Decade(y)));
            }
            if (self.punct(j + 1, '\'') || self.punct(j + 1, '’'))
                && self.word(j + 2) == "s"
                && self.adj(j + 1)
                && self.adj(j + 2)
            {
                return (y % 10 == 0).then_some((j + 3, Period::Decade(y)));
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
            _ => return None,
        };
        if self.word(k).ends_with('s') && self.lex(k) != Lex::Unit(Unit::Weekend) {
            return None;
        }
        Some((k + 1, period))
    }

    /// The expression starting at token `i`, if any; `floor` is the first token not
    /// taken by the previous match (a hedge may reach back to it, no further).
    pub(super) fn parse_at(&self, i: usize, floor: usize) -> Option<Found> {
        match self.lex(i) {
            Lex::Wd(wd) => self.weekday(i, wd),
            Lex::Today | Lex::Tonight => Some(self.deictic(i, 0)),
            Lex::Yesterday => Some(self.deictic(i, -1)),
            Lex::Tomorrow => Some(self.deictic(i, 1)),
            Lex::This
            | Lex::Next
            | Lex::Last
            | Lex::Past
            | Lex::Coming
            | Lex::Previous
            | Lex::Recent => self.relative(i, floor).or_else(|| self.half_quarter(i)),
            Lex::Early | Lex::Mid | Lex::Late | Lex::Earlier | Lex::Later => self.modified(i),
            Lex::Start | Lex::End | Lex::Middle => self.start_end_of(i),
            Lex::Ordinal(_) => self.half_quarter(i),
            Lex::Q => self.q_quarter(i),
            Lex::Month(_) | Lex::MonthAbbr(_) => {
                self.month_day(i).or_else(|| self.month_alone(i, floor))
            }
            Lex::Since => self.since(i),
            Lex::New | Lex::Christmas | Lex::Orthodox | Lex::Soon | Lex::After => self.holiday(i),
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
            | Lex::Nearly => self.ago(i),
            Lex::None if self.num(i).is_some() => self.number(i, floor),
            _ => None,
        }
    }

    fn deictic(&self, i: usize, days: i64) -> Found {
        let end = if matches!(self.lex(i + 1), Lex::Daypart | Lex::Night) {
            i + 2
        } else {
            i + 1
        };
        Found::new(i, end, Expr::Deictic(days))
    }

    /// "Monday, January 10, 2022" (the date, with the weekday beside it), or a bare
    /// "Tuesday" / "Tuesday's".
    fn weekday(&self, i: usize, weekday: Weekday) -> Option<Found> {
        if !self.cap(i) {
            return None;
        }
        let mut j = i + 1;
        if self.punct(j, ',') {
            j += 1;
        }
        let bracket = self.punct(j, '(');
        if bracket {
            j += 1;
        }
        let date = self
            .month_day(j)
            .or_else(|| self.day_month(j))
            .or_else(|| self.numeric_date(j));
        if let Some(mut found) = date {
            if bracket && !self.punct(found.end, ')') {
                return None;
            }
            found.weekday = Some((weekday, i));
            return Some(found);
        }
        Some(Found::new(
            i,
            i + 1,
            Expr::Weekday {
                weekday,
                dir: Dir::Tense,
            },
        ))
    }

    /// this/next/last/past/coming/previous/recent + weekday, month, unit or count.
    fn relative(&self, i: usize, floor: usize) -> Option<Found> {
        let lex = self.lex(i);
        let the = self.lex_before(i, floor) == Lex::The;
        let k = i + 1;
        let dir = match lex {
            Lex::This => Some(Dir::This),
            Lex::Next => Some(Dir::Next),
            Lex::Last => Some(Dir::Last),
            _ => None,
        };
        if let (Some(dir), Lex::Wd(weekday)) = (dir, self.lex(k)) {
            if self.cap(k) {
                return Some(Found::new(i, k + 1, Expr::Weekday { weekday, dir }));
            }
        }
        if let (Some(dir), Lex::Month(month)) = (dir, self.lex(k)) {
            if self.cap(k) && self.day(k + 1).is_none() {
                let mut found = Found::new(
                    i,
                    k + 1,
                    Expr::Period {
                        period: Period::Month {
                            month,
                            year: YearRef::Implicit,
                        },
                        part: Part::Whole,
                    },
                );
                found.tense = match dir {
                    Dir::Last => Some(Tense::Past),
                    Dir::Next => Some(Tense::Future),
                    _ => Some(Tense::Present),
                };
                return Some(found);
            }
        }
        match (lex, self.lex(k)) {
            (Lex::This, Lex::Daypart | Lex::Night) => {
                return Some(Found::new(i, k + 1, Expr::Deictic(0)));
            }
            (Lex::Last, Lex::Night) => return Some(Found::new(i, k + 1, Expr::Deictic(-1))),
            _ => {}
        }
        let forward = matches!(lex, Lex::Next | Lex::Coming);
        let backward = matches!(lex, Lex::Past | Lex::Last | Lex::Previous | Lex::Recent);
        // "the past two weeks", "the next ten days", "the last few years"; "last" and
        // "next" need their article ("talks will last two days").
        if (forward || backward) && (the || lex == Lex::Past) {
            if let Some((_lo, hi, unit_at)) = self.count(k) {
                if let Lex::Unit(unit) = self.lex(unit_at) {
                    if unit != Unit::Weekend {
                        return Some(Found::new(
                            i,
                            unit_at + 1,
                            Expr::Window {
                                n: hi,
                                unit,
                                forward,
                            },
                        ));
                    }
                }
            }
        }
        let Lex::Unit(unit) = self.lex(k) else {
            return None;
        };
        let plural = self.word(k).ends_with('s');
        if plural && (forward || backward) && unit != Unit::Weekend {
            // "the coming days", "recent weeks", "the past months".
            return Some(Found::new(i, k + 1, Expr::Vague { unit, forward }));
        }
        if plural {
            return None;
        }
        if (the && lex == Lex::Last) || lex == Lex::Past {
            // "the past week", "the last year": the stretch up to the publication date.
            return Some(Found::new(
                i,
                k + 1,
                Expr::Window {
                    n: 1,
                    unit,
                    forward: false,
                },
            ));
        }
        if lex == Lex::Recent {
            return None;
        }
        let (end, period) = self.period(i, false)?;
        Some(Found::new(
            i,
            end,
            Expr::Period {
                period,
                part: Part::Whole,
            },
        ))
    }

    /// early/mid/late/earlier/later + period: "mid-December", "early next year",
    /// "earlier this month", "late January", "early in the year".
    fn modified(&self, i: usize) -> Option<Found> {
        let part = match self.lex(i) {
            Lex::Early => Part::Early,
            Lex::Mid => Part::Mid,
            Lex::Late => Part::Late,
            Lex::Earlier => Part::Earlier,
            Lex::Later => Part::Later,
            _ => return None,
        };
        let mut k = i + 1;
        if (self.punct(k, '-') || self.punct(k, '–')) && self.adj(k) {
            k += 1;
        }
        let mut allow_the = false;
        if self.lex(k) == Lex::In {
            k += 1;
            allow_the = true;
        }
        let (end, period) = self.period(k, allow_the)?;
        Some(Found::new(i, end, Expr::Period { period, part }))
    }

    /// start/beginning/end/middle of + period: "the start of next year",
    /// "the end of the month".
    fn start_end_of(&self, i: usize) -> Option<Found> {
        let part = match self.lex(i) {
            Lex::Start => Part::Start,
            Lex::End => Part::End,
            Lex::Middle => Part::Mid,
            _ => return None,
        };
        if self.lex(i + 1) != Lex::Of {
            return None;
        }
        let (end, period) = self.period(i + 2, true)?;
        if matches!(period, Period::Weekend(_)) {
            return None;
        }
        Some(Found::new(i, end, Expr::Period { period, part }))
    }

    /// "the first half of 2022", "the second quarter", "the last quarter of the year".
    fn half_quarter(&self, i: usize) -> Option<Found> {
        let n = match self.lex(i) {
            Lex::Ordinal(n) => n,
            Lex::Last => 9,
            _ => return None,
        };
        let (part, k) = match self.lex(i + 1) {
            Lex::Half if n <= 2 || n == 9 => (Part::Half(if n == 9 { 2 } else { n }), i + 2),
            Lex::Quarter if n <= 4 || n == 9 => (Part::Quarter(if n == 9 { 4 } else { n }), i + 2),
            _ => return None,
        };
        if self.lex(k) == Lex::Of {
            let (end, period) = self.period(k + 1, true)?;
            let ok = matches!(
                (period, part),
                (Period::Year(_), _) | (Period::Month { .. } | Period::RelMonth(_), Part::Half(_))
            );
            return ok.then(|| Found::new(i, end, Expr::Period { period, part }));
        }
        if let Some(y) = self.year(k) {
            return Some(Found::new(
                i,
                k + 1,
                Expr::Period {
                    period: Period::Year(YearRef::Abs(y)),
                    part,
                },
            ));
        }
        matches!(part, Part::Quarter(_)).then(|| {
            Found::new(
                i,
                k,
                Expr::Period {
                    period: Period::Year(YearRef::Implicit),
                    part,
                },
            )
        })
    }

    /// "Q1 2022", "Q3".
    fn q_quarter(&self, i: usize) -> Option<Found> {
        if !self.word(i).starts_with('Q') || !self.adj(i + 1) {
            return None;
        }
        let (q, digits) = self.num(i + 1)?;
        if digits != 1 || !(1..=4).contains(&q) {
            return None;
        }
        let part = Part::Quarter(u8::try_from(q).ok()?);
        let (year, end) = match self.year(i + 2) {
            Some(y) => (YearRef::Abs(y), i + 3),
            None => (YearRef::Implicit, i + 2),
        };
        Some(Found::new(
            i,
            end,
            Expr::Period {
                period: Period::Year(year),
                part,
            },
        ))
    }

    /// A month standing alone or with its year: "January 2022", "in January",
    /// "January next year". "May" and "March" need a preposition before them.
    fn month_alone(&self, i: usize, floor: usize) -> Option<Found> {
        let (end, period) = self.period(i, false)?;
        if let Period::Month {
            month,
            year: YearRef::Implicit,
        } = period
        {
            let before = self.lex_before(i, floor);
            let cued = matches!(
                before,
                Lex::In
                    | Lex::Since
                    | Lex::Until
                    | Lex::By
                    | Lex::From
                    | Lex::Of
                    | Lex::Between
                    | Lex::And
                    | Lex::Before
                    | Lex::After
                    | Lex::During
                    | Lex::Through
                    | Lex::To
                    | Lex::Early
                    | Lex::Mid
                    | Lex::Late
                    | Lex::On
            );
            let upper = self.t(i).is_some_and(|t| t.upper);
            if (matches!(month, 3 | 5) || upper) && !cued {
                return None;
            }
        }
        Some(Found::new(
            i,
            end,
            Expr::Period {
                period,
                part: Part::Whole,
            },
        ))
    }

    /// "since 2014", "since January", "since last week".
    fn since(&self, i: usize) -> Option<Found> {
        let at = if self.lex(i + 1) == Lex::The {
            i + 2
        } else {
            i + 1
        };
        let inner = self.parse_at(at, at - 1)?;
        match inner.expr {
            Expr::Date { .. }
            | Expr::DayRange { .. }
            | Expr::Period { .. }
            | Expr::Weekday { .. }
            | Expr::Deictic(_)
            | Expr::Holiday { .. } => {}
            _ => return None,
        }
        if inner.start != at {
            return None;
        }
        Some(Found {
            start: i,
            end: inner.end,
            expr: Expr::Since(Box::new(inner.expr)),
            weekday: inner.weekday,
            tense: inner.tense,
            resume: inner.resume,
        })
    }

    /// "the New Year holidays", "immediately after the New Year holidays",
    /// "New Year's Eve", "Christmas", "Orthodox Christmas".
    fn holiday(&self, i: usize) -> Option<Found> {
        let (after, mut k) = match self.lex(i) {
            Lex::Soon if self.lex(i + 1) == Lex::After => (Around::SoonAfter, i + 2),
            Lex::After => (Around::After, i + 1),
            Lex::Soon => return None,
            _ => (Around::At, i),
        };
        if after != Around::At && self.lex(k) == Lex::The {
            k += 1;
            // "after the country’s New Year holidays"
            let possessive = self.t(k).is_some_and(|t| t.kind == Kind::Word)
                && (self.word(k).ends_with("’s") || self.word(k).ends_with("'s"));
            if possessive && self.lex(k + 1) == Lex::New {
                k += 1;
            }
        }
        let (holiday, end) = match self.lex(k) {
            Lex::New if self.cap(k) && self.lex(k + 1) == Lex::Unit(Unit::Year) => {
                // "New Year holidays", "New Year’s Eve", "New Year’s Day", "New Year".
                match self.lex(k + 2) {
                    Lex::Holiday => (Holiday::NewYearHolidays, k + 3),
                    Lex::Eve => (Holiday::NewYearsEve, k + 3),
                    Lex::Unit(Unit::Day) => (Holiday::NewYearsDay, k + 3),
                    _ => (Holiday::NewYearsDay, k + 2),
                }
            }
            Lex::Orthodox if self.lex(k + 1) == Lex::Christmas => {
                (Holiday::OrthodoxChristmas, k + 2)
            }
            Lex::Christmas if self.cap(k) => match self.lex(k + 1) {
                Lex::Eve => (Holiday::ChristmasEve, k + 2),
                Lex::Unit(Unit::Day) => (Holiday::Christmas, k + 2),
                Lex::Holiday => (Holiday::Christmas, k + 2),
                _ => (Holiday::Christmas, k + 1),
            },
            _ => return None,
        };
        Some(Found::new(i, end, Expr::Holiday { holiday, after }))
    }

    /// A count at `i`: "two", "10", "a", "a few", "several", "a couple of".
    /// Returns the range it allows and the token after it.
    fn count(&self, i: usize) -> Option<(u32, u32, usize)> {
        match self.lex(i) {
            Lex::NumWord(n) => {
                // "twenty-five"
                if self.punct(i + 1, '-') && self.adj(i + 1) && self.adj(i + 2) {
                    if let Lex::NumWord(m) = self.lex(i + 2) {
                        if m < 10 && n >= 20 {
                            return Some((n + m, n + m, i + 3));
                        }
                    }
                }
                Some((n, n, i + 1))
            }
            Lex::A => match self.lex(i + 1) {
                Lex::Few => Some((2, 4, i + 2)),
                Lex::Couple if self.lex(i + 2) == Lex::Of => Some((2, 2, i + 3)),
                Lex::Couple => Some((2, 2, i + 2)),
                _ => Some((1, 1, i + 1)),
            },
            Lex::Few => Some((2, 4, i + 1)),
            Lex::Several => Some((3, 7, i + 1)),
            Lex::None => {
                let (n, digits) = self.num(i)?;
                if digits > 4 || self.number_goes_on(i) || self.number_is_tail(i) {
                    return None;
                }
                Some((n, n, i + 1))
            }
            _ => None,
        }
    }

    /// "two weeks ago", "more than seven years ago", "a few days ago".
    fn ago(&self, i: usize) -> Option<Found> {
        let (hedge, k) = match self.lex(i) {
            Lex::More | Lex::Less if self.lex(i + 1) == Lex::Than => (
                if self.lex(i) == Lex::More {
                    Hedge::More
                } else {
                    Hedge::Less
                },
                i + 2,
            ),
            Lex::More | Lex::Less => return None,
            Lex::Over => (Hedge::More, i + 1),
            Lex::Under => (Hedge::Less, i + 1),
            Lex::About | Lex::Nearly => (Hedge::About, i + 1),
            _ => (Hedge::Exact, i),
        };
        let (lo, hi, u) = self.count(k)?;
        let Lex::Unit(unit) = self.lex(u) else {
            return None;
        };
        if unit == Unit::Weekend || self.lex(u + 1) != Lex::Ago {
            return None;
        }
        Some(Found::new(
            i,
            u + 2,
            Expr::Ago {
                lo,
                hi,
                unit,
                hedge,
            },
        ))
    }

    /// "in two weeks", "within a month".
    fn ahead(&self, i: usize) -> Option<Found> {
        let within = self.lex(i) == Lex::Within;
        let (lo, hi, u) = self.count(i + 1)?;
        let Lex::Unit(unit) = self.lex(u) else {
            return None;
        };
        if unit == Unit::Weekend {
            return None;
        }
        Some(Found::new(
            i,
            u + 1,
            Expr::Ahead {
                lo,
                hi,
                unit,
                within,
            },
        ))
    }

    /// "over the weekend", "at the weekend", "this weekend" (the last is `relative`).
    fn the_weekend(&self, i: usize, floor: usize) -> Option<Found> {
        if self.lex_before(i, floor) != Lex::The || self.word(i).ends_with('s') {
            return None;
        }
        let prep = i.checked_sub(2).map_or(Lex::None, |k| self.lex(k));
        if !matches!(
            prep,
            Lex::Over | Lex::At | Lex::During | Lex::On | Lex::Through
        ) {
            return None;
        }
        Some(Found::new(i, i + 1, Expr::WeekendTense))
    }

    /// A number: a day-first date, a numeric date, a decade, an "ago", or a year.
    fn number(&self, i: usize, floor: usize) -> Option<Found> {
        if self.number_is_tail(i) {
            return None;
        }
        if let Some(found) = self.numeric_date(i) {
            return Some(found);
        }
        if self.number_goes_on(i) {
            return None;
        }
        if let Some(found) = self.day_month(i) {
            return Some(found);
        }
        if let Some(found) = self.ago(i) {
            return Some(found);
        }
        self.bare_year(i, floor)
    }

    /// A year or decade standing alone: "in 2014", "the 1962 Cuban Missile Crisis",
    /// "a 2015 deal", "the 1990s". A bare four-digit number needs a word before it
    /// that a year takes ("in", "since", "of", "the"...), and must not count
    /// something after it ("2000 troops").
    fn bare_year(&self, i: usize, floor: usize) -> Option<Found> {
        let (end, period) = self.period(i, false)?;
        let Period::Year(YearRef::Abs(y)) = period else {
            // A decade ("1990s") needs no cue.
            return Some(Found::new(
                i,
                end,
                Expr::Period {
                    period,
                    part: Part::Whole,
                },
            ));
        };
        if !(1800..=2100).contains(&y) {
            return None;
        }
        let before = self.lex_before(i, floor);
        let cued = matches!(
            before,
            Lex::In
                | Lex::Since
                | Lex::Until
                | Lex::By
                | Lex::Of
                | Lex::From
                | Lex::Before
                | Lex::After
                | Lex::During
                | Lex::Through
                | Lex::Between
                | Lex::And
                | Lex::Or
                | Lex::The
                | Lex::A
                | Lex::As
                | Lex::To
                | Lex::Early
                | Lex::Mid
                | Lex::Late
                | Lex::Unit(Unit::Year)
        );
        if !cued {
            return None;
        }
        if let Some(next) = self.t(i + 1) {
            let word = self.word(i + 1);
            let counted = next.kind == Kind::Word
                && !next.cap
                && word.len() > 3
                && word.ends_with('s')
                && !not_plural(word)
                && matches!(next.lex, Lex::None | Lex::Unit(_));
            if counted || (next.kind == Kind::Punct && matches!(next.ch, '%')) {
                return None;
            }
        }
        Some(Found::new(
            i,
            end,
            Expr::Period {
                period,
                part: Part::Whole,
            },
        ))
    }
}

/// The offset a relative word gives: this 0, next/coming +1, last/previous -1.
fn rel_offset(lex: Lex) -> Option<i32> {
    match lex {
        Lex::This => Some(0),
        Lex::Next | Lex::Coming => Some(1),
        Lex::Last | Lex::Previous => Some(-1),
        _ => None,
    }
}
