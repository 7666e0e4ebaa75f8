//! Fact extraction: a loaded [`Document`] in, its [`Fact`]s out, each with the exact
//! span it was read from, a normalised value, the sentence and clause it sits in, what
//! it counts and on whose word.
//!
//! One extractor per file, each over the shared text model ([`crate::text`]: sentences,
//! clauses and words): `quantity.rs` reads figures; `time.rs` reads dates; `names.rs`
//! reads names; `attribution.rs` finds who a sentence quotes, for every extractor.

pub mod attribution;
pub mod frame;
pub mod names;
pub(crate) mod quantity;
pub mod time;

use std::fmt;

use chrono::NaiveDate;
use serde::Serialize;

use crate::load::{DateOrigin, Document};
use crate::source::{SourceFile, Span};
pub use names::NameValue;

/// Everything extraction can fail on. Extraction reads text that loading already
/// checked, so today nothing fails; the type keeps the stage's contract.
#[derive(Debug, thiserror::Error, miette::Diagnostic)]
pub enum ExtractError {}

/// The three kinds of fact.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum FactKind {
    /// A figure: a count, an amount, a duration.
    Quantity,
    /// A stretch of the calendar.
    Time,
    /// A person, organisation or place.
    Name,
}

impl fmt::Display for FactKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            FactKind::Quantity => "quantity",
            FactKind::Time => "time",
            FactKind::Name => "name",
        })
    }
}

/// One fact read from a document.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Fact {
    /// Index of the document in the corpus.
    pub doc: usize,
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
    },
    /// A relative time with nothing to resolve it against.
    Unresolved {
        /// Why.
        unresolved: String,
    },
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
pub fn facts(doc_index: usize, doc: &Document, file: &SourceFile) -> Vec<Fact> {
    read(
        doc_index,
        &file.text,
        doc.body,
        doc.published.map(|(date, _)| date),
    )
}

/// Every fact of the `body` of a text, in text order; relative times resolve against
/// `anchor`, the publication date.
pub(crate) fn read(
    doc_index: usize,
    file: &str,
    body: Span,
    anchor: Option<NaiveDate>,
) -> Vec<Fact> {
    let text = crate::text::Text::new(file, body);
    let mut out = quantity::extract(&text);
    out.extend(names::extract(&text));
    for found in time::extract(file, body, anchor) {
        // Boilerplate has no sentences, and so no facts.
        let Some(sentence) = text.sentence_at(found.span.start) else {
            continue;
        };
        // The time reader tokenises on its own and reads across breaks the sentence
        // splitter ends a sentence at ("Jan.\n2014", "January\n11, 2022"): a fact must
        // lie in its sentence. Found by the property test and the `extract` fuzz target.
        if !sentence.contains(found.span) {
            continue;
        }
        out.push(Fact {
            doc: doc_index,
            kind: FactKind::Time,
            span: found.span,
            sentence,
            clause: text.clause_at(found.span.start).unwrap_or(sentence),
            unit: None,
            hedge: Hedge::None,
            value: Value::Time(found.value),
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
    for fact in &mut out {
        fact.doc = doc_index;
    }
    out.sort_by_key(|f| f.span);
    frame::annotate(&text, &mut out, anchor);
    out
}

/// A document's publication date: the one loading found (front matter, manifest,
/// `--date`), else a date line in its header.
pub fn published(doc: &Document, file: &SourceFile) -> Option<(NaiveDate, DateOrigin)> {
    doc.published.or_else(|| {
        time::detect_published(&file.text, doc.body).map(|(date, _)| (date, DateOrigin::Header))
    })
}
