//! `claimlint explain` and the one-line summaries of `rules list`: a rule in, words
//! out — its doc block, what it checks, and how its facts are selected.

use super::AuthorError;
use crate::load::Role;
use crate::parse::ast::{
    Check, Condition, DEFAULT_NEAR_WORDS, FactDecl, RuleDecl, RuleSet, Scope, Tolerance, WordSet,
};
use crate::source::SourceMap;

/// Everything `explain` prints about one rule.
pub fn explain_rule(rules: &RuleSet, sources: &SourceMap, id: &str) -> Result<String, AuthorError> {
    let Some(rule) = rules.rule(id) else {
        let nearest = rules
            .rules
            .iter()
            .map(|r| (strsim::damerau_levenshtein(id, &r.id.name), &r.id.name))
            .min();
        let prefixed = rules.rules.iter().find(|r| r.id.name.starts_with(id));
        return Err(AuthorError::UnknownRule {
            id: id.to_owned(),
            help: match (nearest, prefixed) {
                (Some((d, name)), _) if d <= (id.len() / 3).max(2) => {
                    format!("did you mean `{name}`?")
                }
                (_, Some(rule)) => format!("did you mean `{}`?", rule.id.name),
                _ => "`claimlint rules list` shows the rules".to_owned(),
            },
        });
    };
    let file = rule
        .loc
        .source
        .and_then(|s| sources.get(s))
        .map(|f| {
            let (line, _) = f.line_col(rule.loc.span.start);
            format!("{}:{line}", f.name)
        })
        .unwrap_or_default();
    let mut out = format!("{} ({}) — {file}\n\n", rule.id.name, rule.severity);
    match &rule.doc {
        Some(doc) => {
            out.push_str(doc);
            out.push_str("\n\n");
        }
        None => out.push_str("(no doc comment)\n\n"),
    }
    out.push_str(&format!("Checks: {}.\n", check(rule)));
    if let Some(message) = &rule.message {
        out.push_str(&format!("Message: {}\n", message.text));
    }
    if let Some(help) = &rule.help {
        out.push_str(&format!("Help: {help}\n"));
    }
    if !rule.tags.is_empty() {
        out.push_str(&format!("Tags: {}\n", rule.tags.join(", ")));
    }
    if let Some(fact) = rules.fact(&rule.fact.name) {
        out.push('\n');
        out.push_str(&selection(fact));
    }
    if let Check::Before(other) = &rule.check {
        if let Some(fact) = rules.fact(&other.name) {
            out.push('\n');
            out.push_str(&selection(fact));
        }
    }
    Ok(out)
}

/// What a rule demands, in words.
fn check(rule: &RuleDecl) -> String {
    let fact = &rule.fact.name;
    let scope = match rule.scope {
        Scope::AcrossSources => "across sources (facts of different documents)",
        Scope::WithinDocument => "within each document",
    };
    let tolerance = match rule.tolerance {
        Some(Tolerance::Percent(p)) => format!(" within {p}% of the larger figure"),
        Some(Tolerance::Absolute(n)) => format!(" within {n}"),
        Some(Tolerance::Days(d)) => format!(" within {d} days"),
        None => String::new(),
    };
    let mut out = match &rule.check {
        Check::Consistent => format!(
            "the values of `{fact}` must be able to be true together (their ranges{} overlap), {scope}",
            if tolerance.is_empty() {
                String::new()
            } else {
                format!(", widened{tolerance},")
            }
        ),
        Check::Agree => {
            format!("the figures `{fact}` states must agree{tolerance}, {scope}")
        }
        Check::Before(other) => {
            format!(
                "every time of `{fact}` must come before the times of `{}`, {scope}",
                other.name
            )
        }
        Check::WeekdayMatches => {
            format!("a weekday stated with a date in `{fact}` must be that date's weekday, {scope}")
        }
        Check::Corroborated(n) => {
            format!("each `{fact}` must be stated compatibly by at least {n} sources")
        }
        Check::SpelledOneWay => format!("each name of `{fact}` must be written one way, {scope}"),
        Check::AtMost(crate::parse::ast::Ceiling(n)) => {
            format!("no figure of `{fact}` may exceed {n}, {scope}")
        }
    };
    if rule.may_grow {
        out.push_str("; a higher figure from a later publication date is not a contradiction");
    }
    if let Some(days) = rule.as_of_within {
        out.push_str(&format!(
            "; figures are one claim only when the times they hold at lie within {days} days"
        ));
    }
    if !rule.group_by.is_empty() {
        let keys: Vec<&str> = rule
            .group_by
            .iter()
            .map(|k| match k {
                crate::parse::ast::GroupKey::Attribution => "attribution",
                crate::parse::ast::GroupKey::Unit => "unit",
                crate::parse::ast::GroupKey::Frame => "claim frame",
            })
            .collect();
        out.push_str(&format!(
            "; facts are compared only with facts of the same {}",
            keys.join(" and ")
        ));
    }
    out
}

/// How a fact declaration selects its facts, in words.
fn selection(fact: &FactDecl) -> String {
    let mut out = format!("Fact `{}` ({})", fact.name.name, fact.kind);
    if let Some(doc) = &fact.doc {
        out.push_str(&format!(": {}", doc.replace('\n', " ")));
    }
    if fact.conditions.is_empty() {
        out.push_str(&format!("\nSelects every {} fact.\n", fact.kind));
        return out;
    }
    out.push_str(&format!("\nSelects a {} fact when\n", fact.kind));
    for condition in &fact.conditions {
        out.push_str(&format!("  - {}\n", condition_words(condition)));
    }
    out
}

fn condition_words(condition: &Condition) -> String {
    match condition {
        Condition::Unit(w) => format!("its unit or head noun is {}", words(w)),
        Condition::Counting(w) => format!("its clause contains {}", words(w)),
        Condition::Near { words: w, within } => format!(
            "{} stands within {} words of it",
            words(w),
            within.unwrap_or(DEFAULT_NEAR_WORDS)
        ),
        Condition::SentenceMentions(w) => format!("its sentence mentions {}", words(w)),
        Condition::SentenceOmits(w) => format!("its sentence mentions none of {}", list(w)),
        Condition::AttributedTo(w) => format!("it is attributed to {}", words(w)),
        Condition::Outlet(w) => format!("its document's outlet is {}", words(w)),
        Condition::Role(Role::Draft) => "its document is a draft".to_owned(),
        Condition::Role(Role::Source) => "its document is a source".to_owned(),
        Condition::PublishedBefore(d) => format!("its document was published before {d}"),
        Condition::PublishedAfter(d) => format!("its document was published after {d}"),
        Condition::Measure(w) => format!("it measures {}", words(w)),
        Condition::MeasureNot(w) => format!("it measures something other than {}", list(w)),
        Condition::Event(w) => format!("it dates {}", words(w)),
        Condition::ScopeIncludes(w) => format!("its scope names {}", words(w)),
    }
}

/// "one of "a", "b"" or ""a"".
fn words(set: &WordSet) -> String {
    if set.words.len() == 1 {
        list(set)
    } else {
        format!("one of {}", list(set))
    }
}

fn list(set: &WordSet) -> String {
    set.words
        .iter()
        .map(|w| format!("\"{w}\""))
        .collect::<Vec<_>>()
        .join(", ")
}
