//! The typed, validated rule language: what `parse::rule_file` returns and
//! `evaluate::Plan` compiles. Every node carries a [`Loc`]; equality ignores it, so
//! tests can compare trees built by hand with parsed ones.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::source::{SourceId, Span};

/// Where a node sits in its rule file. Equality ignores it.
#[derive(Debug, Clone, Copy, Default, Serialize, Deserialize)]
pub struct Loc {
    /// The rule file.
    pub source: Option<SourceId>,
    /// Bytes in that file.
    pub span: Span,
}

impl PartialEq for Loc {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl Eq for Loc {}

/// A name as written, with its place.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Ident {
    /// The name.
    pub name: String,
    /// Where it was written.
    pub loc: Loc,
}

/// Every declaration of one or more rule files, validated, with imports merged.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct RuleSet {
    /// `words NAME = …` declarations.
    pub lists: Vec<WordList>,
    /// `fact NAME = …` declarations.
    pub facts: Vec<FactDecl>,
    /// `rule ID: …` declarations.
    pub rules: Vec<RuleDecl>,
}

impl RuleSet {
    /// The fact declaration with this name.
    pub fn fact(&self, name: &str) -> Option<&FactDecl> {
        self.facts.iter().find(|f| f.name.name == name)
    }

    /// The rule with this id.
    pub fn rule(&self, id: &str) -> Option<&RuleDecl> {
        self.rules.iter().find(|r| r.id.name == id)
    }

    /// Appends another set's declarations (names are checked by the caller).
    pub fn extend(&mut self, other: RuleSet) {
        self.lists.extend(other.lists);
        self.facts.extend(other.facts);
        self.rules.extend(other.rules);
    }
}

/// `words killed = "killed", "dead", other_list`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WordList {
    /// Its `///` doc comment, if any.
    pub doc: Option<String>,
    /// The list's name.
    pub name: Ident,
    /// What it contains, list references resolved.
    pub words: WordSet,
    /// The whole declaration.
    pub loc: Loc,
}

/// One entry of a word set as written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum WordItem {
    /// A quoted word or phrase.
    Phrase(String, Loc),
    /// The name of a word list.
    List(Ident),
}

/// A comma-separated set of phrases and list names.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WordSet {
    /// The entries as written.
    pub items: Vec<WordItem>,
    /// Every phrase, lists expanded, lower-cased, deduplicated, in first-seen order.
    /// Filled in by validation.
    pub words: Vec<String>,
    /// The whole set as written.
    pub loc: Loc,
}

/// The kinds of fact, as `extract` reads them.
pub use crate::extract::FactKind;

/// `fact NAME = KIND CONDITION*`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FactDecl {
    /// Its `///` doc comment, if any.
    pub doc: Option<String>,
    /// The declaration's name.
    pub name: Ident,
    /// Which kind of fact it selects.
    pub kind: FactKind,
    /// Every condition must hold for a fact to be selected.
    pub conditions: Vec<Condition>,
    /// The whole declaration.
    pub loc: Loc,
}

/// One condition of a fact declaration.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Condition {
    /// `of WORDS`: the unit or head noun is one of the words (compared as lemmas).
    Unit(WordSet),
    /// `counting WORDS`: the fact's clause contains one of the words ("killed more than 14,000").
    Counting(WordSet),
    /// `near WORDS [within N words]`: one of the words stands within N words of the fact.
    Near {
        /// The words.
        words: WordSet,
        /// The distance in words; `None` takes the default.
        within: Option<u32>,
    },
    /// `where sentence mentions WORDS`
    SentenceMentions(WordSet),
    /// `where sentence does not mention WORDS`
    SentenceOmits(WordSet),
    /// `where attributed to WORDS`: the attribution contains one of the words.
    AttributedTo(WordSet),
    /// `where outlet is WORDS`: the document's outlet is one of the words.
    Outlet(WordSet),
    /// `where role is draft|source`: the document's role.
    Role(crate::load::Role),
    /// `where published before DATE`: the document was published before the date.
    PublishedBefore(chrono::NaiveDate),
    /// `where published after DATE`: the document was published after the date.
    PublishedAfter(chrono::NaiveDate),
    /// `where measure is WORDS`: the frame's measure class (or head lemma) is one of
    /// the words.
    Measure(WordSet),
    /// `where measure is not WORDS`: a frame's measure that is none of the words.
    MeasureNot(WordSet),
    /// `where event is WORDS`: the frame's event class (or head lemma) is one of them.
    Event(WordSet),
    /// `where scope includes WORDS`: the frame's scope names one of these entities.
    ScopeIncludes(WordSet),
}

/// The conditions that look for words, binding their word set to `$w`: one list for
/// [`Condition::words`] and [`Condition::words_mut`].
macro_rules! with_words {
    ($w:ident) => {
        Condition::Unit($w)
            | Condition::Counting($w)
            | Condition::Near { words: $w, .. }
            | Condition::SentenceMentions($w)
            | Condition::SentenceOmits($w)
            | Condition::AttributedTo($w)
            | Condition::Outlet($w)
            | Condition::Measure($w)
            | Condition::MeasureNot($w)
            | Condition::Event($w)
            | Condition::ScopeIncludes($w)
    };
}

impl Condition {
    /// The words the condition looks for; `None` for the metadata conditions that take
    /// no words (role, publication date).
    pub fn words(&self) -> Option<&WordSet> {
        match self {
            with_words!(w) => Some(w),
            Condition::Role(_) | Condition::PublishedBefore(_) | Condition::PublishedAfter(_) => {
                None
            }
        }
    }

    /// The words the condition looks for, to fill in.
    pub fn words_mut(&mut self) -> Option<&mut WordSet> {
        match self {
            with_words!(w) => Some(w),
            Condition::Role(_) | Condition::PublishedBefore(_) | Condition::PublishedAfter(_) => {
                None
            }
        }
    }

    /// The clause's leading keywords, as `explain` and errors name it.
    pub fn keyword(&self) -> &'static str {
        match self {
            Condition::Unit(_) => "of",
            Condition::Counting(_) => "counting",
            Condition::Near { .. } => "near",
            Condition::SentenceMentions(_) => "where sentence mentions",
            Condition::SentenceOmits(_) => "where sentence does not mention",
            Condition::AttributedTo(_) => "where attributed to",
            Condition::Outlet(_) => "where outlet is",
            Condition::Role(_) => "where role is",
            Condition::PublishedBefore(_) => "where published before",
            Condition::PublishedAfter(_) => "where published after",
            Condition::Measure(_) => "where measure is",
            Condition::MeasureNot(_) => "where measure is not",
            Condition::Event(_) => "where event is",
            Condition::ScopeIncludes(_) => "where scope includes",
        }
    }
}

/// The default distance of `near` when no `within N words` is given.
pub const DEFAULT_NEAR_WORDS: u32 = 8;

/// What a rule demands of the facts it compares.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Check {
    /// The values' intervals overlap, so that all statements can be true at once.
    Consistent,
    /// The stated figures differ by no more than the tolerance.
    Agree,
    /// `before OTHER`: each time of the rule's fact comes before the other fact's times
    /// (a time fact against a time fact).
    Before(Ident),
    /// `weekday matches date`: a weekday stated with a date is that date's weekday.
    WeekdayMatches,
    /// `corroborated by at least N sources`: each fact is stated (compatibly) by at
    /// least N documents.
    Corroborated(u32),
    /// `spelled one way`: a name is written the same way every time (name facts).
    SpelledOneWay,
    /// `at most N`: no figure of the fact exceeds N (a value no such figure can take:
    /// a quake's magnitude above any ever recorded).
    AtMost(Ceiling),
}

/// The figure an `at most N` check allows at most, as written in the rule.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Ceiling(pub f64);

// A rule's number is digits, never NaN: equality is total.
impl Eq for Ceiling {}

impl Check {
    /// The check as written in a rule, for messages and `explain`.
    pub fn describe(&self) -> String {
        match self {
            Check::Consistent => "consistent".to_owned(),
            Check::Agree => "agree".to_owned(),
            Check::Before(other) => format!("before {}", other.name),
            Check::WeekdayMatches => "weekday matches date".to_owned(),
            Check::Corroborated(n) => format!("corroborated by at least {n} sources"),
            Check::SpelledOneWay => "spelled one way".to_owned(),
            Check::AtMost(Ceiling(n)) => format!("at most {n}"),
        }
    }
}

/// Which facts are compared with which.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Scope {
    /// Facts of different documents.
    AcrossSources,
    /// Facts of the same document.
    WithinDocument,
}

/// How far apart two values may be and still agree.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Tolerance {
    /// `within 5%`: relative to the larger figure; holds the number as written (5.0).
    Percent(f64),
    /// `within 500`: in the figures' own unit.
    Absolute(f64),
    /// `within 3 days`: for times.
    Days(u32),
}

/// A key that splits a rule's facts into groups compared separately.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum GroupKey {
    /// Who the figure is attributed to: Kyiv's figure is compared with Kyiv's.
    Attribution,
    /// The unit or head noun.
    Unit,
    /// The claim frame: facts are one claim when their measure (or event), status and
    /// qualifier are the same and their scopes agree (see `evaluate::group`).
    Frame,
}

/// How serious a finding is.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, serde::Deserialize,
)]
#[serde(rename_all = "kebab-case")]
pub enum Severity {
    /// Worth knowing.
    Info,
    /// Probably wrong.
    Warning,
    /// Wrong.
    Error,
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        })
    }
}

/// A message with `{placeholder}`s, checked against the known names when parsed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Template {
    /// The message with string and brace escapes resolved (`{{` is `{`) and
    /// placeholders kept as written (`{value}`); `parts` index into it.
    pub text: String,
    /// The pieces in order.
    pub parts: Vec<TemplatePart>,
    /// The string literal.
    pub loc: Loc,
}

/// A piece of a [`Template`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum TemplatePart {
    /// Literal text, as a byte range into `Template::text`.
    Text(usize, usize),
    /// A placeholder.
    Field(Field),
}

/// The placeholders a message may use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Field {
    /// `{value}`: this fact's text.
    Value,
    /// `{source}`: this fact's document.
    Source,
    /// `{other.value}`: the conflicting fact's text.
    OtherValue,
    /// `{other.source}`: the conflicting fact's document.
    OtherSource,
    /// `{date}`: this fact's document's publication date.
    Date,
    /// `{other.date}`: the conflicting fact's document's publication date.
    OtherDate,
    /// `{read}`: what this fact was read as ("6 Feb 2023" for `Monday's`).
    Read,
    /// `{other.read}`: what the conflicting fact was read as.
    OtherRead,
    /// `{frame}`: the claim frame the facts share ("deaths · Turkey and Syria · as of
    /// 2023-02-08").
    Frame,
}

impl Field {
    /// Every field with its placeholder name.
    pub const ALL: [(&'static str, Field); 9] = [
        ("value", Field::Value),
        ("source", Field::Source),
        ("date", Field::Date),
        ("read", Field::Read),
        ("other.value", Field::OtherValue),
        ("other.source", Field::OtherSource),
        ("other.date", Field::OtherDate),
        ("other.read", Field::OtherRead),
        ("frame", Field::Frame),
    ];
}

/// `rule ID: FACT CHECK [SCOPE] [within TOLERANCE] [may grow over time] ATTRIBUTE*`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RuleDecl {
    /// Its `///` doc comment, printed by `explain`.
    pub doc: Option<String>,
    /// The stable id printed in every finding.
    pub id: Ident,
    /// The fact declaration it compares.
    pub fact: Ident,
    /// What must hold.
    pub check: Check,
    /// The `agree` or `consistent` keyword.
    pub check_loc: Loc,
    /// Which facts are compared with which. Written after the check; when it may be
    /// left out, `within document` (`corroborated` is always `across sources`).
    pub scope: Scope,
    /// How far apart values may be.
    pub tolerance: Option<Tolerance>,
    /// The tolerance as written (`5%`); the default `Loc` when there is none.
    pub tolerance_loc: Loc,
    /// `may grow over time`: a higher figure from a later publication date is not a
    /// contradiction (quantity facts, `agree`/`consistent` across sources).
    pub may_grow: bool,
    /// `group by …` keys.
    pub group_by: Vec<GroupKey>,
    /// `as of within N days`: with `group by frame`, figures whose "as of" times lie
    /// further apart are not one claim.
    pub as_of_within: Option<u32>,
    /// `severity …`; warning when not given.
    pub severity: Severity,
    /// `message "…"`; a generic message when not given.
    pub message: Option<Template>,
    /// `help "…"`.
    pub help: Option<String>,
    /// `tags "…", "…"`: labels for filtering and listing.
    pub tags: Vec<String>,
    /// The whole declaration.
    pub loc: Loc,
}

impl RuleDecl {
    /// The first sentence-block of a rule's doc — its `What:` lines, up to `Why:`,
    /// `Example:` or a blank line — joined, without the `What:`.
    pub fn summary(&self) -> String {
        let doc = self.doc.as_deref().unwrap_or("");
        let mut lines = Vec::new();
        for (i, line) in doc.lines().enumerate() {
            let line = line.trim();
            if line.is_empty()
                || (i > 0 && (line.starts_with("Why:") || line.starts_with("Example:")))
            {
                break;
            }
            lines.push(line);
        }
        let text = lines.join(" ");
        text.strip_prefix("What:")
            .unwrap_or(&text)
            .trim()
            .to_owned()
    }
}
