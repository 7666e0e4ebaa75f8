//! Everything reading a rule file can fail on, as miette diagnostics that point into
//! the file, and the turning of pest's errors into them.

use miette::{NamedSource, SourceSpan};

use super::grammar::Rule;
use crate::source::{SharedText, SourceFile, Span};

/// The rule file a diagnostic points into.
pub type Src = NamedSource<SharedText>;

/// A rule file that cannot be read as rules.
#[derive(Debug, thiserror::Error, miette::Diagnostic)]
pub enum ParseError {
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
        /// The rule file.
        #[source_code]
        src: Src,
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
        /// The rule file.
        #[source_code]
        src: Src,
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
        /// The rule file.
        #[source_code]
        src: Src,
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
        /// The rule file.
        #[source_code]
        src: Src,
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
        /// The rule file.
        #[source_code]
        src: Src,
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
        /// The rule file.
        #[source_code]
        src: Src,
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
        /// The rule file.
        #[source_code]
        src: Src,
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
        /// The rule file.
        #[source_code]
        src: Src,
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
        /// The rule file.
        #[source_code]
        src: Src,
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
        /// The rule file.
        #[source_code]
        src: Src,
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
        /// The rule file.
        #[source_code]
        src: Src,
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
        /// The rule file.
        #[source_code]
        src: Src,
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
        /// The rule file.
        #[source_code]
        src: Src,
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
        /// The rule file.
        #[source_code]
        src: Src,
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
        /// The rule file.
        #[source_code]
        src: Src,
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
        /// The rule file.
        #[source_code]
        src: Src,
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
        /// The rule file.
        #[source_code]
        src: Src,
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
        /// The rule file.
        #[source_code]
        src: Src,
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
        /// The rule file.
        #[source_code]
        src: Src,
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
        /// The rule file.
        #[source_code]
        src: Src,
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
        /// The rule file.
        #[source_code]
        src: Src,
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
        /// The rule file.
        #[source_code]
        src: Src,
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
        /// The rule file.
        #[source_code]
        src: Src,
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
        /// The rule file.
        #[source_code]
        src: Src,
    },

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
        /// The rule file.
        #[source_code]
        src: Src,
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

/// A grammar rule in plain words, as syntax errors name it.
fn describe(rule: Rule) -> &'static str {
    match rule {
        Rule::EOI => "end of file",
        Rule::file => "a declaration",
        Rule::doc | Rule::doc_line => "a doc comment",
        Rule::list_decl | Rule::kw_words => "`words`",
        Rule::word_set => "a quoted word or a list name",
        Rule::fact_decl | Rule::kw_fact => "`fact`",
        Rule::unit_clause | Rule::kw_of => "`of`",
        Rule::counting_clause | Rule::kw_counting => "`counting`",
        Rule::near_clause | Rule::kw_near => "`near`",
        Rule::near_distance | Rule::kw_within => "`within`",
        Rule::mentions_clause | Rule::omits_clause | Rule::attributed_clause | Rule::kw_where => {
            "`where`"
        }
        Rule::rule_decl | Rule::kw_rule => "`rule`",
        Rule::across_sources | Rule::kw_across => "`across`",
        Rule::within_document | Rule::tolerance_clause => "`within`",
        Rule::tolerance => "a tolerance such as `5%`",
        Rule::severity_attr | Rule::kw_severity => "`severity`",
        Rule::message_attr | Rule::kw_message => "`message`",
        Rule::help_attr | Rule::kw_help => "`help`",
        Rule::group_attr | Rule::kw_group => "`group`",
        Rule::string => "a quoted word",
        Rule::number => "a number",
        Rule::name => "a name",
        Rule::rule_id => "a rule id such as `death-toll-disagrees`",
        Rule::equals => "`=`",
        Rule::comma => "`,`",
        Rule::colon => "`:`",
        Rule::percent => "`%`",
        Rule::kw_word_unit => "`words`",
        Rule::kw_quantity => "`quantity`",
        Rule::kw_time => "`time`",
        Rule::kw_name => "`name`",
        Rule::kw_sentence => "`sentence`",
        Rule::kw_mentions => "`mentions`",
        Rule::kw_mention => "`mention`",
        Rule::kw_does => "`does`",
        Rule::kw_not => "`not`",
        Rule::kw_attributed => "`attributed`",
        Rule::kw_to => "`to`",
        Rule::kw_agree => "`agree`",
        Rule::kw_consistent => "`consistent`",
        Rule::kw_sources => "`sources`",
        Rule::kw_document => "`document`",
        Rule::kw_days => "`days`",
        Rule::kw_error => "`error`",
        Rule::kw_warning => "`warning`",
        Rule::kw_info => "`info`",
        Rule::kw_by => "`by`",
        Rule::kw_attribution => "`attribution`",
        Rule::kw_unit => "`unit`",
        Rule::use_decl | Rule::kw_use => "`use`",
        Rule::outlet_clause | Rule::role_clause | Rule::published_clause => "`where`",
        Rule::kw_outlet => "`outlet`",
        Rule::kw_is => "`is`",
        Rule::kw_role => "`role`",
        Rule::kw_draft => "`draft`",
        Rule::kw_source => "`source`",
        Rule::kw_published => "`published`",
        Rule::before_check | Rule::kw_before => "`before`",
        Rule::kw_after => "`after`",
        Rule::weekday_check | Rule::kw_weekday => "`weekday`",
        Rule::kw_matches => "`matches`",
        Rule::kw_date => "`date`",
        Rule::corroborated_check | Rule::kw_corroborated => "`corroborated`",
        Rule::kw_at => "`at`",
        Rule::kw_least => "`least`",
        Rule::spelled_check | Rule::kw_spelled => "`spelled`",
        Rule::kw_one => "`one`",
        Rule::kw_way => "`way`",
        Rule::may_grow | Rule::kw_may => "`may`",
        Rule::kw_grow => "`grow`",
        Rule::kw_over => "`over`",
        Rule::tags_attr | Rule::kw_tags => "`tags`",
        Rule::measure_clause | Rule::event_clause | Rule::scope_clause => "`where`",
        Rule::kw_measure => "`measure`",
        Rule::kw_event => "`event`",
        Rule::kw_scope => "`scope`",
        Rule::kw_includes => "`includes`",
        Rule::kw_frame => "`frame`",
        Rule::as_of_attr | Rule::kw_as => "`as`",
        Rule::date => "a date such as `2022-01-01`",
        // Silent rules never reach an error, but the enum has them.
        Rule::decl => "a declaration",
        Rule::word_item => "a quoted word or a list name",
        Rule::fact_kind => "`quantity`, `time` or `name`",
        Rule::clause => "a fact clause",
        Rule::check => "a check such as `agree` or `consistent`",
        Rule::scope => "`across` or `within`",
        Rule::attribute => "a rule attribute",
        Rule::group_key => "`attribution`, `unit` or `frame`",
        Rule::id_char | Rule::name_char => "a letter or digit",
        Rule::keyword => "a keyword",
        Rule::WHITESPACE | Rule::COMMENT => "a space",
    }
}

/// Every keyword, for "did you mean" and "is a keyword" help.
const KEYWORDS: &[&str] = &[
    "words",
    "fact",
    "rule",
    "quantity",
    "time",
    "name",
    "of",
    "counting",
    "near",
    "within",
    "where",
    "sentence",
    "mentions",
    "mention",
    "does",
    "not",
    "attributed",
    "to",
    "agree",
    "consistent",
    "across",
    "sources",
    "document",
    "days",
    "day",
    "word",
    "severity",
    "error",
    "warning",
    "info",
    "message",
    "help",
    "group",
    "by",
    "attribution",
    "unit",
    "use",
    "outlet",
    "is",
    "role",
    "draft",
    "source",
    "published",
    "before",
    "after",
    "weekday",
    "matches",
    "date",
    "corroborated",
    "at",
    "least",
    "spelled",
    "one",
    "way",
    "may",
    "grow",
    "over",
    "tags",
];

/// Joins plain-word alternatives: "a, b or c".
fn alternatives(items: &[&str]) -> String {
    match items {
        [] => "something else".to_owned(),
        [one] => (*one).to_owned(),
        [init @ .., last] => format!("{} or {last}", init.join(", ")),
    }
}

/// The span of the word that starts at `pos`: a run of word characters, a whole
/// quoted string, or one other character; empty at the end of the file.
fn word_at(text: &str, pos: usize) -> Span {
    let rest = text.get(pos..).unwrap_or("");
    let is_word = |c: char| c.is_alphanumeric() || matches!(c, '_' | '-' | '.');
    let len = match rest.chars().next() {
        None => 0,
        Some('"') => rest
            .char_indices()
            .skip(1)
            .find(|&(_, c)| c == '"' || c == '\n')
            .map_or(rest.len(), |(i, c)| if c == '"' { i + 1 } else { i }),
        Some(c) if is_word(c) => rest.find(|c: char| !is_word(c)).unwrap_or(rest.len()),
        Some(c) => c.len_utf8(),
    };
    Span::new(pos, pos + len)
}

/// What is wrong with the string that opens at `pos`, if anything: an unknown
/// escape or a missing closing quote.
fn string_problem(file: &SourceFile, pos: usize) -> Option<ParseError> {
    let rest = file.text.get(pos..)?;
    let mut chars = rest.char_indices().skip(1);
    while let Some((i, c)) = chars.next() {
        match c {
            '"' => return None,
            '\n' | '\r' => break,
            '\\' => match chars.next() {
                Some((_, '"' | '\\')) => {}
                Some((j, e)) => {
                    let span = Span::new(pos + i, pos + j + e.len_utf8());
                    return Some(ParseError::BadEscape {
                        escape: file.slice(span).to_owned(),
                        span: span.into(),
                        src: file.named_source(),
                    });
                }
                None => break,
            },
            _ => {}
        }
    }
    let end = rest.find(['\n', '\r']).unwrap_or(rest.len());
    Some(ParseError::UnterminatedString {
        span: Span::new(pos, pos + end).into(),
        src: file.named_source(),
    })
}

/// Turns pest's error into a [`ParseError`] over the offending word.
pub(crate) fn syntax(file: &SourceFile, error: &pest::error::Error<Rule>) -> ParseError {
    let pos = match error.location {
        pest::error::InputLocation::Pos(p) => p,
        pest::error::InputLocation::Span((start, _)) => start,
    };
    if file.text.get(pos..).is_some_and(|r| r.starts_with('"')) {
        if let Some(problem) = string_problem(file, pos) {
            return problem;
        }
    }
    let span = word_at(&file.text, pos);
    let word = file.slice(span);
    let found = if span.is_empty() {
        "end of file".to_owned()
    } else {
        format!("`{word}`")
    };
    let mut expected: Vec<&str> = Vec::new();
    let mut keywords: Vec<&str> = Vec::new();
    if let pest::error::ErrorVariant::ParsingError { positives, .. } = &error.variant {
        // pest sorts by grammar order; name what continues the current declaration
        // first, then a new declaration, then the end of the file.
        let mut positives = positives.clone();
        positives.sort_by_key(|rule| match rule {
            Rule::EOI => 2,
            Rule::doc | Rule::doc_line => 1,
            Rule::list_decl | Rule::kw_words | Rule::fact_decl | Rule::kw_fact => 1,
            Rule::rule_decl | Rule::kw_rule | Rule::use_decl | Rule::kw_use => 1,
            _ => 0,
        });
        for rule in positives {
            let plain = describe(rule);
            if !expected.contains(&plain) {
                expected.push(plain);
            }
            if let Some(kw) = plain.strip_prefix('`').and_then(|p| p.strip_suffix('`')) {
                keywords.push(kw);
            }
        }
    }
    // A doc comment is never what the writer meant when something else also fits.
    if expected.len() > 1 {
        expected.retain(|e| *e != "a doc comment");
    }
    let help = if expected.contains(&"a name") && KEYWORDS.contains(&word) {
        Some(format!("`{word}` is a keyword; choose another name"))
    } else {
        did_you_mean(word, keywords.iter().copied())
    };
    ParseError::Syntax {
        expected: alternatives(&expected),
        found,
        span: span.into(),
        help,
        src: file.named_source(),
    }
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

    #[test]
    fn word_at_covers_words_strings_and_punctuation() {
        let text = "x agre across \"a b\" , end";
        let at = |s: &str| word_at(text, text.find(s).unwrap());
        assert_eq!(text.get(at("agre").range()), Some("agre"));
        assert_eq!(text.get(at("\"a").range()), Some("\"a b\""));
        assert_eq!(text.get(at(",").range()), Some(","));
        assert!(word_at(text, text.len()).is_empty());
    }

    #[test]
    fn alternatives_read_as_a_list() {
        insta::assert_snapshot!(alternatives(&["`agree`", "`consistent`", "a name"]), @"`agree`, `consistent` or a name");
    }
}
