//! Everything reading a rule file can fail on, as miette diagnostics that point into
//! the file. Errors are located once, as Cedar locates them: an [`ErrorKind`] says what
//! went wrong and carries its spans, and [`Located`] attaches the rule file, in one
//! place ([`ParseError::at`]). pest's errors become [`ErrorKind::Syntax`] in `syntax.rs`.

use miette::{NamedSource, SourceSpan};

use crate::source::SharedText;

/// The rule file a diagnostic points into.
pub type Src = NamedSource<SharedText>;

/// A rule file that cannot be read as rules.
#[derive(Debug, thiserror::Error, miette::Diagnostic)]
pub enum ParseError {
    /// One problem at a place in one rule file.
    #[error(transparent)]
    #[diagnostic(transparent)]
    At(Box<Located>),

    /// Several problems, each its own diagnostic.
    #[error("{} problems in rule files", .errors.len())]
    #[diagnostic(code(claimlint::parse::many))]
    Many {
        /// The problems, in file order.
        #[related]
        errors: Vec<ParseError>,
    },

    /// A rule file id that is not in the source map.
    #[error("no rule file with id {id} was loaded")]
    #[diagnostic(code(claimlint::parse::no_such_file))]
    NoSuchFile {
        /// The id.
        id: u32,
    },
}

impl ParseError {
    /// A problem located in the rule file `src`: its kind carries the spans, the file is
    /// attached here, once.
    pub(crate) fn at(src: Src, kind: ErrorKind) -> Self {
        Self::At(Box::new(Located { kind, src }))
    }

    /// What went wrong, when the error is one problem in one file.
    pub fn kind(&self) -> Option<&ErrorKind> {
        match self {
            Self::At(located) => Some(&located.kind),
            Self::Many { .. } | Self::NoSuchFile { .. } => None,
        }
    }
}

/// A problem and the rule file it points into, as Cedar locates its errors: the kind
/// says what went wrong and where (spans), the source is attached once, here.
#[derive(Debug, thiserror::Error)]
#[error("{kind}")]
pub struct Located {
    /// What went wrong, with its spans.
    pub kind: ErrorKind,
    /// The rule file the spans point into.
    pub src: Src,
}

impl miette::Diagnostic for Located {
    fn code<'a>(&'a self) -> Option<Box<dyn std::fmt::Display + 'a>> {
        self.kind.code()
    }

    fn severity(&self) -> Option<miette::Severity> {
        self.kind.severity()
    }

    fn help<'a>(&'a self) -> Option<Box<dyn std::fmt::Display + 'a>> {
        self.kind.help()
    }

    fn url<'a>(&'a self) -> Option<Box<dyn std::fmt::Display + 'a>> {
        self.kind.url()
    }

    fn source_code(&self) -> Option<&dyn miette::SourceCode> {
        Some(&self.src)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = miette::LabeledSpan> + '_>> {
        self.kind.labels()
    }

    fn related<'a>(&'a self) -> Option<Box<dyn Iterator<Item = &'a dyn miette::Diagnostic> + 'a>> {
        self.kind.related()
    }

    fn diagnostic_source(&self) -> Option<&dyn miette::Diagnostic> {
        self.kind.diagnostic_source()
    }
}

/// What is wrong at a place in a rule file; [`Located`] attaches the file.
#[derive(Debug, thiserror::Error, miette::Diagnostic)]
pub enum ErrorKind {
    /// The text does not follow the grammar.
    #[error("expected {expected}, found {found}")]
    #[diagnostic(code(claimlint::parse::syntax))]
    Syntax {
        /// What the grammar allows here, in plain words.
        expected: String,
        /// What the file has here, in plain words.
        found: String,
        /// The offending word.
        #[label("unexpected here")]
        span: SourceSpan,
        /// A keyword the found word is close to.
        #[help]
        help: Option<String>,
    },

    /// A string that does not end on its line.
    #[error("unterminated string")]
    #[diagnostic(
        code(claimlint::parse::unterminated_string),
        help("close the string with `\"` on the same line; write `\\\"` for a quote inside it")
    )]
    UnterminatedString {
        /// From the opening quote to the end of the line.
        #[label("this string is not closed")]
        span: SourceSpan,
    },

    /// A backslash escape other than `\"` and `\\`.
    #[error("unknown escape `{escape}` in a string")]
    #[diagnostic(
        code(claimlint::parse::bad_escape),
        help("the only escapes are `\\\"` and `\\\\`")
    )]
    BadEscape {
        /// The escape as written.
        escape: String,
        /// Where.
        #[label("unknown escape")]
        span: SourceSpan,
    },

    /// A number that must be whole (days, words) but is not, or is too large.
    #[error("`{text}` is not a whole number of {unit}")]
    #[diagnostic(
        code(claimlint::parse::bad_integer),
        help("write a whole number, such as `3`")
    )]
    BadInteger {
        /// The number as written.
        text: String,
        /// `days` or `words`.
        unit: &'static str,
        /// Where.
        #[label("not a whole number")]
        span: SourceSpan,
    },

    /// A percentage outside 0..=100.
    #[error("`{text}%` is not a percentage between 0 and 100")]
    #[diagnostic(code(claimlint::parse::bad_percent))]
    BadPercent {
        /// The number as written.
        text: String,
        /// The tolerance.
        #[label("out of range")]
        span: SourceSpan,
    },

    /// `""` in a word set.
    #[error("empty quoted word")]
    #[diagnostic(
        code(claimlint::parse::empty_word),
        help("an empty word matches everywhere; remove it")
    )]
    EmptyWord {
        /// The empty string.
        #[label("empty")]
        span: SourceSpan,
    },

    /// A word set names a list that this file does not declare.
    #[error("unknown word list `{name}`")]
    #[diagnostic(code(claimlint::parse::unknown_list))]
    UnknownList {
        /// The name as written.
        name: String,
        /// Where.
        #[label("no `words {name} = …` in this file")]
        span: SourceSpan,
        /// The nearest declared list, or how to declare one.
        #[help]
        help: Option<String>,
    },

    /// A rule names a fact that this file does not declare.
    #[error("unknown fact `{name}`")]
    #[diagnostic(code(claimlint::parse::unknown_fact))]
    UnknownFact {
        /// The name as written.
        name: String,
        /// Where.
        #[label("no `fact {name} = …` in this file")]
        span: SourceSpan,
        /// The nearest declared fact, or how to declare one.
        #[help]
        help: Option<String>,
    },

    /// A name, id or attribute declared twice.
    #[error("{what} `{name}` is declared more than once")]
    #[diagnostic(code(claimlint::parse::duplicate))]
    Duplicate {
        /// `rule`, `fact`, `word list`, `attribute`, `group key`.
        what: &'static str,
        /// The name.
        name: String,
        /// The second declaration.
        #[label("declared again here")]
        span: SourceSpan,
        /// The first declaration, when in the same file.
        #[label("first declared here")]
        first: Option<SourceSpan>,
        /// The first declaration, when in another file.
        #[related]
        elsewhere: Vec<FirstDeclared>,
        /// Why it matters.
        #[help]
        help: Option<String>,
    },

    /// `agree` without `within …`.
    #[error("rule `{rule}` uses `agree` without a tolerance")]
    #[diagnostic(code(claimlint::parse::missing_tolerance))]
    MissingTolerance {
        /// The rule id.
        rule: String,
        /// The `agree`.
        #[label("agree within how much?")]
        span: SourceSpan,
        /// What to add.
        #[help]
        help: String,
    },

    /// A tolerance that does not fit the fact's kind.
    #[error("{tolerance} does not fit {kind} fact `{fact}`")]
    #[diagnostic(code(claimlint::parse::tolerance_kind))]
    ToleranceKind {
        /// The kind of tolerance, in words ("a tolerance in days").
        tolerance: &'static str,
        /// The fact's kind.
        kind: crate::parse::ast::FactKind,
        /// The fact's name.
        fact: String,
        /// The tolerance.
        #[label("this tolerance")]
        span: SourceSpan,
        /// The fact reference.
        #[label("a {kind} fact")]
        fact_span: SourceSpan,
        /// What fits instead.
        #[help]
        help: String,
    },

    /// `of` or `counting` on a fact that is not a quantity.
    #[error("`{clause}` applies only to quantity facts, and `{fact}` is a {kind} fact")]
    #[diagnostic(
        code(claimlint::parse::clause_kind),
        help("remove the clause, or make the fact a `quantity`")
    )]
    ClauseKind {
        /// `of` or `counting`.
        clause: &'static str,
        /// The fact's name.
        fact: String,
        /// The fact's kind.
        kind: crate::parse::ast::FactKind,
        /// The clause.
        #[label("only for quantities")]
        span: SourceSpan,
    },

    /// A `{placeholder}` a message cannot fill.
    #[error("unknown placeholder `{{{name}}}` in a message")]
    #[diagnostic(code(claimlint::parse::unknown_placeholder))]
    UnknownPlaceholder {
        /// The name between the braces.
        name: String,
        /// The placeholder with its braces.
        #[label("unknown placeholder")]
        span: SourceSpan,
        /// The nearest known placeholder, or the list of them.
        #[help]
        help: String,
    },

    /// A `{` without `}` or a `}` without `{` in a message.
    #[error("unmatched `{brace}` in a message")]
    #[diagnostic(
        code(claimlint::parse::unmatched_brace),
        help("write `{{{{` or `}}}}` for a literal brace")
    )]
    UnmatchedBrace {
        /// The brace.
        brace: char,
        /// Where.
        #[label("unmatched")]
        span: SourceSpan,
    },

    /// Word lists that include each other.
    #[error("word list `{name}` includes itself")]
    #[diagnostic(code(claimlint::parse::list_cycle))]
    ListCycle {
        /// The list the cycle returns to.
        name: String,
        /// The reference that closes the cycle.
        #[label("`{name}` is included again here")]
        span: SourceSpan,
        /// The chain of lists.
        #[help]
        help: String,
    },

    /// A `use` after another declaration.
    #[error("`use` must come before every other declaration")]
    #[diagnostic(
        code(claimlint::parse::late_use),
        help("move the `use` line to the top of the file")
    )]
    LateUse {
        /// The `use` declaration.
        #[label("too late")]
        span: SourceSpan,
        /// The first other declaration.
        #[label("the first declaration is here")]
        first: SourceSpan,
    },

    /// A `use` whose file cannot be read.
    #[error("cannot import `{path}`: {reason}")]
    #[diagnostic(
        code(claimlint::parse::missing_import),
        help("the path is relative to the importing file's folder")
    )]
    MissingImport {
        /// The path as written.
        path: String,
        /// Why it could not be read.
        reason: String,
        /// The path literal.
        #[label("imported here")]
        span: SourceSpan,
    },

    /// Rule files that import each other.
    #[error("import cycle: `{path}` imports this file again")]
    #[diagnostic(code(claimlint::parse::import_cycle))]
    ImportCycle {
        /// The path as written.
        path: String,
        /// The `use` that closes the cycle.
        #[label("this import closes the cycle")]
        span: SourceSpan,
        /// The chain of files.
        #[help]
        help: String,
    },

    /// A date that is not on the calendar.
    #[error("`{text}` is not a date")]
    #[diagnostic(
        code(claimlint::parse::bad_date),
        help("write a calendar date as YYYY-MM-DD, such as `2022-01-01`")
    )]
    BadDate {
        /// The date as written.
        text: String,
        /// Where.
        #[label("no such day")]
        span: SourceSpan,
    },

    /// `corroborated by at least 0 sources`.
    #[error("a fact cannot be corroborated by 0 sources")]
    #[diagnostic(
        code(claimlint::parse::zero_sources),
        help("write `at least 2 sources` to ask for a second source")
    )]
    ZeroSources {
        /// The number.
        #[label("at least 1")]
        span: SourceSpan,
    },

    /// A check that does not apply to the fact's kind.
    #[error("`{check}` does not apply to {kind} fact `{fact}`")]
    #[diagnostic(code(claimlint::parse::check_kind))]
    CheckKind {
        /// The check as written.
        check: String,
        /// The fact's kind.
        kind: crate::parse::ast::FactKind,
        /// The fact's name.
        fact: String,
        /// The check.
        #[label("this check")]
        span: SourceSpan,
        /// The fact reference.
        #[label("a {kind} fact")]
        fact_span: SourceSpan,
        /// What fits instead.
        #[help]
        help: String,
    },

    /// `may grow over time` where it cannot apply.
    #[error("`may grow over time` {reason}")]
    #[diagnostic(code(claimlint::parse::may_grow))]
    MayGrow {
        /// Why not, in words.
        reason: String,
        /// The modifier.
        #[label("not here")]
        span: SourceSpan,
        /// What to do.
        #[help]
        help: String,
    },

    /// A fact whose conditions exclude each other.
    #[error("the conditions of fact `{fact}` contradict each other: {reason}")]
    #[diagnostic(code(claimlint::parse::contradiction))]
    Contradiction {
        /// The fact's name.
        fact: String,
        /// Why, in words.
        reason: String,
        /// The condition that cannot hold.
        #[label("{label}")]
        span: SourceSpan,
        /// What the label says.
        label: String,
        /// The condition it contradicts, if any.
        #[label("contradicted here")]
        other: Option<SourceSpan>,
        /// What to do.
        #[help]
        help: String,
    },

    /// A word list that no fact or list uses (a warning).
    #[error("word list `{name}` is never used")]
    #[diagnostic(
        code(claimlint::parse::unused_list),
        severity(Warning),
        help("use it in a fact's condition, or remove it")
    )]
    UnusedList {
        /// The name.
        name: String,
        /// The declaration's name.
        #[label("declared here")]
        span: SourceSpan,
    },

    /// The grammar and the lowering code disagree: a bug in claimlint.
    #[error("internal error: the rule parser does not understand this part of the file")]
    #[diagnostic(
        code(claimlint::parse::internal),
        help("this is a bug in claimlint; please report it with the rule file")
    )]
    Internal {
        /// The pair the code could not read.
        #[label("here")]
        span: SourceSpan,
    },
}

/// Where a name was first declared, in another rule file.
#[derive(Debug, thiserror::Error, miette::Diagnostic)]
#[error("`{name}` is first declared in `{file}`")]
#[diagnostic(severity(Advice))]
pub struct FirstDeclared {
    /// The name.
    pub name: String,
    /// The other file's display name.
    pub file: String,
    /// The first declaration.
    #[label("first declared here")]
    pub span: SourceSpan,
    /// The other rule file.
    #[source_code]
    pub src: Src,
}

impl ParseError {
    /// One error as itself, several as [`ParseError::Many`], none as `Ok(())`.
    pub(crate) fn from_all(mut errors: Vec<ParseError>) -> Result<(), ParseError> {
        if errors.len() > 1 {
            return Err(ParseError::Many { errors });
        }
        errors.pop().map_or(Ok(()), Err)
    }
}

/// The known name nearest to `name`, if it is close enough to be a likely typo.
pub(crate) fn nearest<'a>(name: &str, known: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let limit = (name.chars().count() / 3).max(1);
    known
        .into_iter()
        .map(|k| (strsim::damerau_levenshtein(name, k), k))
        .filter(|&(d, k)| d <= limit && k != name)
        .min_by_key(|&(d, _)| d)
        .map(|(_, k)| k)
}

/// A `did you mean` help line for the nearest known name, backticked.
pub(crate) fn did_you_mean<'a>(
    name: &str,
    known: impl IntoIterator<Item = &'a str>,
) -> Option<String> {
    nearest(name, known).map(|k| format!("did you mean `{k}`?"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nearest_name_is_a_likely_typo() {
        assert_eq!(nearest("kiled", ["killed", "injured"]), Some("killed"));
        assert_eq!(nearest("valeu", ["value", "source"]), Some("value"));
        assert_eq!(nearest("troops", ["killed", "injured"]), None);
    }
}
