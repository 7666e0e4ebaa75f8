//! Fact extraction: a loaded [`Document`] in, its [`Fact`]s out, each with the exact
//! span it was read from, a normalised value, the sentence and clause it sits in, what
//! it counts and on whose word.
//!
//! One extractor per module, each over the shared text model ([`crate::text`]:
//! sentences, clauses and words): `quantity` reads figures; `time` reads dates;
//! `names` reads names; `attribution.rs` finds who a sentence quotes, for every
//! extractor. Each fact carries its document's [`DocId`], set here.

pub mod attribution;
pub mod frame;
pub mod names;
pub(crate) mod quantity;
pub mod time;

use std::fmt;

use chrono::NaiveDate;
use serde::Serialize;

use crate::load::{DateOrigin, DocId, Document};
use crate::source::{SourceFile, Span};
pub use names::NameValue;

/// Everything extraction can fail on. Extraction reads text that loading already
/// checked, so today nothing fails; the type keeps the stage's contract.
#[derive(Debug, thiserror::Error, miette::Diagnostic)]
pub enum ExtractError {}

/// The kinds of fact.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum FactKind {
    /// A figure: a count, an amount.
    Quantity,
    /// A stretch of the calendar, or a vague reference to the present, past or future.
    Time,
    /// A length of time ("three days", "the past two years").
    Duration,
    /// A person, organisation or place.
    Name,
}

impl fmt::Display for FactKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            FactKind::Quantity => "quantity",
            FactKind::Time => "time",
            FactKind::Duration => "duration",
            FactKind::Name => "name",
        })
    }
}

/// One fact read from a document.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Fact {
    /// The document it was read from.
    pub doc: DocId,
    /// What kind of fact.
    pub kind: FactKind,
    /// The exact text the fact was read from ("more than 14,000").
    pub span: Span,
    /// The sentence it sits in.
    pub sentence: Span,
    /// The clause it sits in (the sentence cut at commas, semicolons and dashes).
    pub clause: Span,
    /// Its unit or head noun, lemmatised ("troop" for "troops"). The optional parts of
    /// a fact are boxed: a fact is small, and an archive holds millions.
    pub unit: Option<Box<Unit>>,
    /// How the text hedges it.
    pub hedge: Hedge,
    /// The normalised value.
    pub value: Value,
    /// Who the text says it comes from ("Kyiv" in "according to Kyiv").
    pub attribution: Option<Box<Attribution>>,
    /// For a time: the weekday written beside its date ("Monday, January 10").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub weekday: Option<Box<WeekdayMark>>,
    /// For a figure: the word that says what it counts: "killed" in "killed more than
    /// 14,000", "death toll" in "a death toll of 14,000", "dead" in "14,000 dead".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub counting: Option<Box<Counting>>,
    /// For a quantity or time: what it is about (measure or event, scope, as of,
    /// status), read from its clause by [`frame`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub frame: Option<Box<frame::Frame>>,
}

/// A weekday as written beside a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct WeekdayMark {
    /// The weekday named.
    pub day: chrono::Weekday,
    /// Where it is written.
    pub span: Span,
}

/// The word governing a figure: the verb or noun that says what it counts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Counting {
    /// Where the word (or two-word compound) stands.
    pub span: Span,
    /// The word as written, lower-case ("killed", "death toll").
    pub word: String,
}

/// A unit or head noun as it stands in the text, and its lemma.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Unit {
    /// Where the noun stands.
    pub span: Span,
    /// Its lemma, lower-case ("troop").
    pub lemma: String,
}

/// Who a fact is attributed to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Attribution {
    /// The source's name as it stands in the text.
    pub span: Span,
    /// The name, as written.
    pub who: String,
}

/// How a figure is hedged; decides the shape of its interval.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Hedge {
    /// A plain figure, read with the precision its rounding implies.
    None,
    /// "more than", "over", "upwards of": above the figure.
    MoreThan,
    /// "at least": the figure or more.
    AtLeast,
    /// "about", "around", "some", "roughly", "an estimated": near the figure.
    About,
    /// "nearly", "almost": just under the figure.
    Nearly,
    /// "up to", "as many as", "no more than": the figure or less.
    AtMost,
    /// "fewer than", "less than", "under": below the figure.
    LessThan,
    /// "between 10,000 and 15,000", "10,000-15,000".
    Range,
    /// "tens of thousands", "hundreds", "dozens".
    Vague,
}

impl fmt::Display for Hedge {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Hedge::None => "none",
            Hedge::MoreThan => "more-than",
            Hedge::AtLeast => "at-least",
            Hedge::About => "about",
            Hedge::Nearly => "nearly",
            Hedge::AtMost => "at-most",
            Hedge::LessThan => "less-than",
            Hedge::Range => "range",
            Hedge::Vague => "vague",
        })
    }
}

/// A fact's normalised value.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Value {
    /// A figure, as an interval of the values the text allows.
    Quantity(Interval),
    /// A stretch of the calendar.
    Time(TimeValue),
    /// A length of time ("three days", "the past two years").
    Duration(DurationValue),
    /// A person, organisation or place.
    Name(NameValue),
}

/// The values a hedged figure allows. `None` bounds are unbounded.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Interval {
    /// Lower bound.
    pub min: Option<f64>,
    /// Upper bound.
    pub max: Option<f64>,
    /// Whether `min` itself is allowed.
    pub min_inclusive: bool,
    /// Whether `max` itself is allowed.
    pub max_inclusive: bool,
    /// The figure as stated, where the text states one.
    pub nominal: Option<f64>,
}

impl Interval {
    /// The interval as the extraction tables write it: `[min,max]`, `(`/`)` for an
    /// exclusive end, `-` for an unbounded one, then `~nominal` (`-` for none):
    /// "(14000,-)~14000".
    pub fn notation(&self) -> String {
        let b = |v: Option<f64>| v.map_or("-".to_string(), |v| format!("{v}"));
        format!(
            "{}{},{}{}~{}",
            if self.min_inclusive { '[' } else { '(' },
            b(self.min),
            b(self.max),
            if self.max_inclusive { ']' } else { ')' },
            b(self.nominal),
        )
    }

    /// The same interval with unbounded ends marked exclusive, as the JSON schema
    /// promises.
    pub fn normalised(mut self) -> Self {
        self.min_inclusive &= self.min.is_some();
        self.max_inclusive &= self.max.is_some();
        self
    }

    /// Whether two intervals share at least one value.
    pub fn overlaps(&self, other: &Interval) -> bool {
        below(self.min, self.min_inclusive, other.max, other.max_inclusive)
            && below(other.min, other.min_inclusive, self.max, self.max_inclusive)
    }
}

/// Whether a lower bound lies at or below an upper bound, given their inclusivity.
fn below(lo: Option<f64>, lo_inc: bool, hi: Option<f64>, hi_inc: bool) -> bool {
    match (lo, hi) {
        (Some(lo), Some(hi)) => lo < hi || (lo == hi && lo_inc && hi_inc),
        _ => true,
    }
}

/// How finely a time is given.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Granularity {
    /// One day.
    Day,
    /// A week, Monday to Sunday.
    Week,
    /// A calendar month.
    Month,
    /// A quarter or a part of a month or year ("early 2022").
    Part,
    /// A calendar quarter.
    Quarter,
    /// A calendar year.
    Year,
    /// A decade.
    Decade,
    /// A season ("last winter": December to February; spring, summer and autumn the
    /// three months after).
    Season,
    /// A vague stretch ("immediately after the New Year holidays").
    Vague,
    /// A stretch between two points the text gives or implies ("since 2014", "the
    /// past two weeks", "more than seven years ago" — the last open at its start,
    /// which is then `NaiveDate::MIN`).
    Range,
}

/// A time fact's value: a half-open stretch of days, or why it could not be resolved.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum TimeValue {
    /// `[start, end)`.
    Resolved {
        /// First day; `NaiveDate::MIN` (written as `null`) when the text gives no start
        /// ("more than seven years ago").
        #[serde(serialize_with = "open_start")]
        start: NaiveDate,
        /// The day after the last.
        end: NaiveDate,
        /// How finely the text gives it.
        granularity: Granularity,
        /// Whether the text hedges or blurs it.
        approximate: bool,
        /// The part of the day or the clock time the text gives with a day ("Friday
        /// morning", "9 a.m. Tuesday"); left out of the JSON when there is none.
        #[serde(skip_serializing_if = "Option::is_none")]
        time_of_day: Option<TimeOfDay>,
    },
    /// A reference to the present, the past or the future that names no stretch of
    /// its own ("now", "recently", "in the future"): no window is made up for it.
    Vague {
        /// Which way it points.
        vague: Vagueness,
    },
    /// A time that recurs ("daily", "every week", "annually", "every Thursday"): how
    /// often, as TimeML writes a SET's value (`P1D`, `P2W`; a named day or month,
    /// `XXXX-WXX-4` for every Thursday, `XXXX-07` for each July). It names no stretch,
    /// so no rule compares it.
    Every {
        /// The period between occurrences, in ISO 8601 form, or TimeML's pattern of a
        /// named day of the week or month.
        every: String,
    },
    /// A relative time with nothing to resolve it against.
    Unresolved {
        /// Why.
        unresolved: String,
    },
}

/// A time within a day: a part of it or a clock time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TimeOfDay {
    /// "morning".
    Morning,
    /// "afternoon".
    Afternoon,
    /// "evening".
    Evening,
    /// "night", "tonight", "late Wednesday".
    Night,
    /// "early Thursday", "the early hours of Thursday".
    EarlyHours,
    /// A clock time, 24-hour: "10:35 a.m." is `Clock(10, 35)`.
    Clock(u8, u8),
}

impl fmt::Display for TimeOfDay {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TimeOfDay::Morning => f.write_str("morning"),
            TimeOfDay::Afternoon => f.write_str("afternoon"),
            TimeOfDay::Evening => f.write_str("evening"),
            TimeOfDay::Night => f.write_str("night"),
            TimeOfDay::EarlyHours => f.write_str("early hours"),
            TimeOfDay::Clock(h, m) => write!(f, "{h:02}:{m:02}"),
        }
    }
}

/// Written as its words: `"morning"`, `"night"`, a clock time as `"10:35"`.
impl Serialize for TimeOfDay {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// Which way a vague time reference points.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Vagueness {
    /// "now", "currently", "at present".
    Present,
    /// "recently", "in recent years", "in the past".
    Past,
    /// "in the future", "in the coming weeks".
    Future,
}

/// A unit of a duration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DurationUnit {
    /// Seconds.
    Second,
    /// Minutes.
    Minute,
    /// Hours.
    Hour,
    /// Days.
    Day,
    /// Weeks.
    Week,
    /// Months.
    Month,
    /// Years.
    Year,
    /// Decades.
    Decade,
    /// Centuries.
    Century,
}

/// A duration fact's value: how long, as ISO 8601 writes it ("P3D", "PT8H", "P2Y";
/// "PXD" when the count is vague: "a few days"), and the stretch of days it covers
/// when the text anchors it ("the past two years", "within a week").
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct DurationValue {
    /// How many units; `None` for a vague count ("several", "a few").
    pub amount: Option<f64>,
    /// The unit.
    pub unit: DurationUnit,
    /// The stretch it covers, `[start, end)`, where the text anchors it.
    pub anchored: Option<(NaiveDate, NaiveDate)>,
}

impl DurationValue {
    /// The duration as TimeML writes it, in ISO 8601 form: "P3D", "PT8H", "P1.5Y";
    /// decades and centuries as "P2DE", "P1CE"; "PXW" for a vague count of weeks.
    pub fn iso(&self) -> String {
        let (time, letter) = match self.unit {
            DurationUnit::Second => (true, "S"),
            DurationUnit::Minute => (true, "M"),
            DurationUnit::Hour => (true, "H"),
            DurationUnit::Day => (false, "D"),
            DurationUnit::Week => (false, "W"),
            DurationUnit::Month => (false, "M"),
            DurationUnit::Year => (false, "Y"),
            DurationUnit::Decade => (false, "DE"),
            DurationUnit::Century => (false, "CE"),
        };
        let amount = match self.amount {
            Some(n) if n.fract() == 0.0 => format!("{n:.0}"),
            Some(n) => format!("{n:.3}").trim_end_matches('0').to_owned(),
            None => "X".to_owned(),
        };
        format!("P{}{amount}{letter}", if time { "T" } else { "" })
    }
}

impl DurationValue {
    /// Its length in days (a month 30.44, a year 365.25), when the count is given.
    pub fn days(&self) -> Option<f64> {
        let per = match self.unit {
            DurationUnit::Second => 1.0 / 86_400.0,
            DurationUnit::Minute => 1.0 / 1_440.0,
            DurationUnit::Hour => 1.0 / 24.0,
            DurationUnit::Day => 1.0,
            DurationUnit::Week => 7.0,
            DurationUnit::Month => 30.44,
            DurationUnit::Year => 365.25,
            DurationUnit::Decade => 3_652.5,
            DurationUnit::Century => 36_525.0,
        };
        self.amount.map(|n| n * per)
    }
}

impl Serialize for DurationValue {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("duration", &self.iso())?;
        if let Some((start, end)) = self.anchored {
            map.serialize_entry("start", &start)?;
            map.serialize_entry("end", &end)?;
        }
        map.end()
    }
}

/// Drops the figures that lie within a time the time reader read: the days of a
/// range of dates ("10-12" of "January 10-12") are no figure, as the day of a date is
/// none.
fn drop_figures_in_times(facts: &mut Vec<Fact>) {
    let mut times: Vec<Span> = facts
        .iter()
        .filter(|f| f.kind == FactKind::Time)
        .map(|f| f.span)
        .collect();
    if times.is_empty() {
        return;
    }
    times.sort_unstable();
    // Times do not overlap one another: the last one starting at or before a figure
    // is the only one that can hold it.
    facts.retain(|f| {
        if f.kind != FactKind::Quantity {
            return true;
        }
        let at = times.partition_point(|t| t.start <= f.span.start);
        !at.checked_sub(1)
            .and_then(|k| times.get(k))
            .is_some_and(|t| t.contains(f.span))
    });
}

/// Writes an open start (`NaiveDate::MIN`) as `null`.
fn open_start<S: serde::Serializer>(date: &NaiveDate, serializer: S) -> Result<S::Ok, S::Error> {
    if *date == NaiveDate::MIN {
        serializer.serialize_none()
    } else {
        serializer.serialize_some(date)
    }
}

/// Every fact of one document, in text order. Relative times resolve against the
/// document's publication date (`doc.published`); without one they stay unresolved.
pub fn facts(id: DocId, doc: &Document, file: &SourceFile) -> Vec<Fact> {
    read(
        id,
        &file.text,
        doc.body,
        doc.published.map(|(date, _)| date),
    )
}

/// How much of a body is read at once, about: a longer body (no article is; an
/// archive flattened into one file is) is read a block at a time, cut at paragraph
/// breaks, so that its segmented text and the name reader's candidates cost a block,
/// not the file. Names are told from ordinary words, and surnames tied to full names,
/// within a block.
const READ_BLOCK: usize = 1024 * 1024;

/// Every fact of the `body` of a text, in text order; relative times resolve against
/// `anchor`, the publication date.
pub(crate) fn read(id: DocId, file: &str, body: Span, anchor: Option<NaiveDate>) -> Vec<Fact> {
    let mut blocks = crate::text::blocks(file, body, READ_BLOCK).into_iter();
    let Some(first) = blocks.next() else {
        return Vec::new();
    };
    let mut out = read_block(id, file, first, anchor);
    if blocks.len() > 0 {
        // The list of a long body is reserved once, for the whole body at the first
        // block's rate and a quarter more, rather than doubled as it grows: the facts
        // are large, and each doubling holds the old list and a new one twice its size
        // at once (more than a third of the peak on an 8 MB body). Capacity that is
        // never written is never resident; a body denser than its first block grows
        // the list as before.
        let rest = body.len().saturating_sub(first.len());
        let more = out.len().saturating_mul(rest) / first.len().max(1);
        out.reserve_exact(more.saturating_add(more / 4));
    }
    for block in blocks {
        out.extend(read_block(id, file, block, anchor));
    }
    out
}

/// [`read`] on one block of a body.
fn read_block(id: DocId, file: &str, body: Span, anchor: Option<NaiveDate>) -> Vec<Fact> {
    let text = crate::text::Text::new(file, body);
    let mut out = quantity::extract(&text);
    let names = names::extract(&text);
    let times = time::extract_in(&text, anchor, time::Options::default());
    // The facts are large: the list is grown once, not copied at each doubling.
    out.reserve(names.len() + times.len());
    out.extend(names);
    for found in times {
        // Boilerplate has no sentences, and so no facts, but for a full date on a
        // dateline or a caption ("December 22, 2021International", "Moscow sights -
        // Sputnik International, 1920, 23.12.2021"): it is read with its line as its
        // sentence (issue 12).
        let Some(sentence) = text
            .sentence_at(found.span.start)
            .or_else(|| dateline(file, body, &found))
        else {
            continue;
        };
        // The time reader reads within the text model's sentences (and single lines
        // outside them), so a time lies in its sentence; a fact must.
        if !sentence.contains(found.span) {
            debug_assert!(false, "a time across its sentence's end: {found:?}");
            continue;
        }
        let (kind, value) = match found.value {
            time::Reading::Time(value) => (FactKind::Time, Value::Time(value)),
            time::Reading::Duration(value) => (FactKind::Duration, Value::Duration(value)),
        };
        out.push(Fact {
            doc: id,
            kind,
            span: found.span,
            sentence,
            clause: text.clause_at(found.span.start).unwrap_or(sentence),
            unit: None,
            hedge: found.hedge,
            value,
            attribution: None,
            weekday: found
                .weekday
                .map(|(day, span)| Box::new(WeekdayMark { day, span })),
            counting: None,
            frame: None,
        });
    }
    // Every fact lies in the article body: a sign or hedge just before the body (in
    // the front matter's closing line, or outside a `body-from` cut) is not read into
    // it. Found by the property test.
    out.retain(|f| body.contains(f.span));
    drop_figures_in_times(&mut out);
    for fact in &mut out {
        fact.doc = id;
    }
    let mut out = by_span(out);
    frame::annotate(&text, &mut out, anchor);
    out
}

/// Facts sorted by span, stably (`sort_by_key` on the span), each moved once: the
/// spans and places are sorted, not the facts, which are large (a merge of the
/// readers' runs moves each several times).
fn by_span(facts: Vec<Fact>) -> Vec<Fact> {
    let mut order: Vec<(Span, usize)> = facts.iter().map(|f| f.span).zip(0..).collect();
    // Each place once: the order of equal spans is their order in `facts`, as a
    // stable sort keeps it.
    order.sort_unstable();
    let mut slots: Vec<Option<Fact>> = facts.into_iter().map(Some).collect();
    order
        .iter()
        .filter_map(|&(_, i)| slots.get_mut(i).and_then(Option::take))
        .collect()
}

/// The line of a full date (day, month and year written out) that stands in
/// boilerplate: a dateline or a photo caption.
fn dateline(text: &str, body: Span, found: &time::TimeMatch) -> Option<Span> {
    let time::Reading::Time(TimeValue::Resolved {
        granularity: Granularity::Day,
        ..
    }) = found.value
    else {
        return None;
    };
    let written = text.get(found.span.range())?;
    let has_year = written
        .as_bytes()
        .windows(4)
        .any(|w| w.iter().all(u8::is_ascii_digit));
    if !has_year {
        return None;
    }
    let before = text.get(..found.span.start)?;
    let start = before.rfind('\n').map_or(0, |k| k + 1);
    let after = text.get(found.span.end..)?;
    let end = found.span.end + after.find('\n').unwrap_or(after.len());
    let line = text.get(start..end)?;
    let trimmed_start = start + (line.len() - line.trim_start().len());
    let trimmed_end = end - (line.len() - line.trim_end().len());
    let line = Span::new(trimmed_start.max(body.start), trimmed_end.min(body.end));
    (line.start < line.end).then_some(line)
}

/// A document's publication date: the one loading found (front matter, manifest,
/// `--date`), else a date line in its header.
pub fn published(doc: &Document, file: &SourceFile) -> Option<(NaiveDate, DateOrigin)> {
    doc.published.or_else(|| {
        time::detect_published(&file.text, doc.body).map(|(date, _)| (date, DateOrigin::Header))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A body longer than a block is read a block at a time, cut at paragraph breaks,
    /// and gives what reading each paragraph gives: no fact is lost or cut at a
    /// block's edge.
    #[test]
    fn a_long_body_is_read_block_by_block_without_losing_a_fact() {
        let paragraph = "The quake killed more than 5,000 people in Turkey on Monday, \
                         January 10, 2022, officials said, and Maria Santos spoke.\n\n";
        let one = read(
            DocId::default(),
            paragraph,
            Span::new(0, paragraph.len()),
            None,
        );
        let n = 3 * READ_BLOCK / paragraph.len();
        let text = paragraph.repeat(n);
        assert!(crate::text::blocks(&text, Span::new(0, text.len()), READ_BLOCK).len() > 1);
        let all = read(DocId::default(), &text, Span::new(0, text.len()), None);
        assert_eq!(all.len(), one.len() * n);
        for (k, fact) in all.iter().enumerate() {
            let model = &one[k % one.len()];
            let at = (k / one.len()) * paragraph.len();
            assert_eq!(fact.span.start - at, model.span.start, "fact {k}");
            assert_eq!(fact.kind, model.kind, "fact {k}");
            assert_eq!(fact.hedge, model.hedge, "fact {k}");
        }
    }
}
