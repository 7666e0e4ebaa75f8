//! Syntax errors: pest's error for a rule file in; a [`ParseError`] that names what the
//! grammar expected and what the file has, in plain words, with the offending word
//! underlined (and an unterminated string or a bad escape told apart).

use super::error::{ErrorKind, ParseError, did_you_mean};
use super::grammar::Rule;
use crate::source::{SourceFile, Span};

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
        Rule::kw_duration => "`duration`",
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
        Rule::kw_most => "`most`",
        Rule::at_most_check => "`at most`",
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
        Rule::fact_kind => "`quantity`, `time`, `duration` or `name`",
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
    "duration",
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
    "most",
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
                    return Some(ParseError::at(
                        file.named_source(),
                        ErrorKind::BadEscape {
                            escape: file.slice(span).to_owned(),
                            span: span.into(),
                        },
                    ));
                }
                None => break,
            },
            _ => {}
        }
    }
    let end = rest.find(['\n', '\r']).unwrap_or(rest.len());
    Some(ParseError::at(
        file.named_source(),
        ErrorKind::UnterminatedString {
            span: Span::new(pos, pos + end).into(),
        },
    ))
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
    ParseError::at(
        file.named_source(),
        ErrorKind::Syntax {
            expected: alternatives(&expected),
            found,
            span: span.into(),
            help,
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

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
