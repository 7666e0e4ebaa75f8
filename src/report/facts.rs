//! The `facts` listing: every extracted fact, as JSON lines or as a table.

use std::fmt::Write as _;

use chrono::NaiveDate;
use serde::Serialize;

use super::ReportError;
use super::words::describe;
use crate::extract::frame::Frame;
use crate::extract::{Fact, FactKind, Hedge, Value};
use crate::load::{Corpus, DateOrigin};
use crate::parse::ast::{Check, RuleSet};
use crate::source::{SourceFile, SourceMap};

/// How to list facts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum FactFormat {
    /// Aligned columns for people.
    #[default]
    Table,
    /// One JSON object a line.
    Jsonl,
}

/// One fact as a JSON line.
#[derive(Serialize)]
struct Line<'a> {
    path: &'a str,
    start: usize,
    end: usize,
    line: usize,
    column: usize,
    kind: FactKind,
    text: &'a str,
    unit: Option<&'a str>,
    hedge: Hedge,
    value: &'a Value,
    attribution: Option<&'a str>,
    sentence: [usize; 2],
    /// The content words of the fact's clause, lower-cased: what the figure is about
    /// ("troop", "took", "part", "operation").
    context: Vec<String>,
    /// The word that governs a figure ("killed"), if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    counting: Option<&'a str>,
    /// What a quantity or time is about: measure or event, scope, as of, status.
    #[serde(skip_serializing_if = "Option::is_none")]
    frame: Option<&'a Frame>,
    /// For times and durations: the publication date they were resolved against, and
    /// its origin.
    #[serde(skip_serializing_if = "Option::is_none")]
    published: Option<Anchor>,
    /// With rules: the fact declarations that select the fact (empty when none does).
    #[serde(skip_serializing_if = "Option::is_none")]
    selected_by: Option<&'a [&'a str]>,
}

/// Which fact declarations of a rule set select each fact, for `facts --rules`.
#[derive(Debug, Clone, Copy)]
pub struct Selection<'a> {
    /// The rules whose declarations were run.
    pub rules: &'a RuleSet,
    /// For each fact, by index, the names of the declarations that select it
    /// ([`crate::evaluate::Plan::selected_by`]).
    pub by_fact: &'a [Vec<&'a str>],
}

impl Selection<'_> {
    /// The ids of the rules that read a fact declaration.
    fn readers(&self, decl: &str) -> Vec<&str> {
        self.rules
            .rules
            .iter()
            .filter(|r| {
                r.fact.name == decl
                    || matches!(&r.check, Check::Before(other) if other.name == decl)
            })
            .map(|r| r.id.name.as_str())
            .collect()
    }

    /// One line per declaration: its name, how many facts it selects, the rules that
    /// read it.
    fn summary(&self, out: &mut String) {
        let width = self
            .rules
            .facts
            .iter()
            .map(|d| d.name.name.chars().count())
            .max()
            .unwrap_or(0);
        for decl in &self.rules.facts {
            let name = decl.name.name.as_str();
            let count = self
                .by_fact
                .iter()
                .filter(|names| names.contains(&name))
                .count();
            let readers = self.readers(name);
            let read = if readers.is_empty() {
                "read by no rule".to_owned()
            } else {
                format!("read by {}", readers.join(", "))
            };
            let facts = if count == 1 { "fact" } else { "facts" };
            let _ = writeln!(out, "fact {name:width$}  {count:>5} {facts:5}  {read}");
        }
    }
}

/// A document's publication date and where it came from.
#[derive(Serialize)]
struct Anchor {
    date: Option<NaiveDate>,
    from: Option<DateOrigin>,
}

/// Words that say nothing about what a clause is about.
const STOPWORDS: &[&str] = &[
    "a",
    "about",
    "according",
    "after",
    "all",
    "also",
    "an",
    "and",
    "any",
    "are",
    "as",
    "at",
    "be",
    "been",
    "before",
    "but",
    "by",
    "for",
    "from",
    "had",
    "has",
    "have",
    "he",
    "her",
    "his",
    "in",
    "into",
    "is",
    "it",
    "its",
    "more",
    "most",
    "not",
    "of",
    "on",
    "or",
    "over",
    "said",
    "she",
    "some",
    "than",
    "that",
    "the",
    "their",
    "them",
    "there",
    "they",
    "this",
    "to",
    "up",
    "was",
    "were",
    "which",
    "who",
    "will",
    "with",
    "would",
];

/// The content words of a clause, less the fact's own words, lower-cased, in order.
fn context(clause: &str, fact: &str) -> Vec<String> {
    let own: Vec<String> = fact
        .split(|c: char| !c.is_alphanumeric())
        .map(str::to_lowercase)
        .collect();
    let mut out: Vec<String> = Vec::new();
    for word in clause.split(|c: char| !(c.is_alphanumeric() || c == '-')) {
        let word = word.trim_matches('-').to_lowercase();
        if word.chars().count() < 3
            || word.chars().any(|c| c.is_ascii_digit())
            || STOPWORDS.contains(&word.as_str())
            || own.contains(&word)
            || out.contains(&word)
        {
            continue;
        }
        out.push(word);
    }
    out
}

fn origin(from: DateOrigin) -> &'static str {
    match from {
        DateOrigin::FrontMatter => "front matter",
        DateOrigin::Manifest => "sources.yaml",
        DateOrigin::Flag => "--date",
        DateOrigin::Header => "the article's header",
    }
}

/// Lists facts in a format.
pub fn facts(
    format: FactFormat,
    facts: &[Fact],
    corpus: &Corpus,
    sources: &SourceMap,
) -> Result<String, ReportError> {
    facts_selected(format, facts, corpus, sources, None)
}

/// Lists facts in a format and, with a [`Selection`], which fact declarations select
/// each: a column of the table (after a line per declaration), `selected_by` in JSON.
pub fn facts_selected(
    format: FactFormat,
    facts: &[Fact],
    corpus: &Corpus,
    sources: &SourceMap,
    selection: Option<&Selection<'_>>,
) -> Result<String, ReportError> {
    let selected_by = |index: usize| -> Option<&[&str]> {
        selection.map(|s| s.by_fact.get(index).map_or(&[][..], Vec::as_slice))
    };
    let file_of =
        |fact: &Fact| -> Option<&SourceFile> { sources.get(corpus.get(fact.doc)?.source) };
    let mut out = String::new();
    match format {
        FactFormat::Jsonl => {
            for (index, fact) in facts.iter().enumerate() {
                let Some(file) = file_of(fact) else { continue };
                let (line, column) = file.line_col(fact.span.start);
                let record = Line {
                    path: &file.name,
                    start: fact.span.start,
                    end: fact.span.end,
                    line,
                    column,
                    kind: fact.kind,
                    text: file.slice(fact.span),
                    unit: fact.unit.as_ref().map(|u| u.lemma.as_str()),
                    hedge: fact.hedge,
                    value: &fact.value,
                    attribution: fact.attribution.as_ref().map(|a| a.who.as_str()),
                    sentence: [fact.sentence.start, fact.sentence.end],
                    context: context(file.slice(fact.clause), file.slice(fact.span)),
                    counting: fact.counting.as_ref().map(|c| c.word.as_str()),
                    frame: fact.frame.as_deref(),
                    published: matches!(fact.kind, FactKind::Time | FactKind::Duration).then(
                        || {
                            let published = corpus.get(fact.doc).and_then(|d| d.published);
                            Anchor {
                                date: published.map(|(date, _)| date),
                                from: published.map(|(_, from)| from),
                            }
                        },
                    ),
                    selected_by: selected_by(index),
                };
                out.push_str(
                    &serde_json::to_string(&record)
                        .map_err(|e| ReportError::Json(e.to_string()))?,
                );
                out.push('\n');
            }
        }
        FactFormat::Table => {
            for doc in &corpus.documents {
                let name = sources.get(doc.source).map_or("", |f| f.name.as_str());
                let _ = match doc.published {
                    Some((date, from)) => {
                        writeln!(out, "{name}: published {date} ({})", origin(from))
                    }
                    None => writeln!(
                        out,
                        "{name}: no publication date; relative dates stay unresolved (give --date or `published:` in front matter)"
                    ),
                };
            }
            out.push('\n');
            if let Some(selection) = selection {
                selection.summary(&mut out);
                out.push('\n');
            }
            let mut rows = vec![[
                "LOCATION".to_owned(),
                "KIND".to_owned(),
                "TEXT".to_owned(),
                "VALUE".to_owned(),
                "UNIT".to_owned(),
                "HEDGE".to_owned(),
                "ATTRIBUTION".to_owned(),
                "FRAME".to_owned(),
                if selection.is_some() {
                    "SELECTED BY".to_owned()
                } else {
                    String::new()
                },
            ]];
            for (index, fact) in facts.iter().enumerate() {
                let Some(file) = file_of(fact) else { continue };
                let (line, column) = file.line_col(fact.span.start);
                rows.push([
                    format!("{}:{line}:{column}", file.name),
                    fact.kind.to_string(),
                    file.slice(fact.span).to_owned(),
                    describe(&fact.value),
                    fact.unit
                        .as_ref()
                        .map_or("-", |u| u.lemma.as_str())
                        .to_owned(),
                    if matches!(fact.kind, FactKind::Quantity | FactKind::Duration) {
                        fact.hedge.to_string()
                    } else {
                        "-".to_owned()
                    },
                    fact.attribution
                        .as_ref()
                        .map_or("-", |a| a.who.as_str())
                        .to_owned(),
                    fact.frame
                        .as_ref()
                        .map_or_else(|| "-".to_owned(), ToString::to_string),
                    match selected_by(index) {
                        Some([]) => "-".to_owned(),
                        Some(names) => names.join(", "),
                        None => String::new(),
                    },
                ]);
            }
            let mut widths = [0usize; 9];
            for row in &rows {
                for (w, cell) in widths.iter_mut().zip(row) {
                    *w = (*w).max(cell.chars().count());
                }
            }
            for row in &rows {
                let mut line = String::new();
                for (w, cell) in widths.iter().zip(row) {
                    line.push_str(cell);
                    line.extend(std::iter::repeat_n(' ', w - cell.chars().count() + 2));
                }
                out.push_str(line.trim_end());
                out.push('\n');
            }
        }
    }
    Ok(out)
}
