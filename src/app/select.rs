//! `--select`, `--extend-select` and `--ignore` (as ruff has them): rules chosen by id
//! or tag, turned into the rule ids to turn off.

use claimlint::config::ConfigError;
use claimlint::parse::ast::{RuleDecl, RuleSet};

/// The ids of the rules to turn off: those not selected (all are, without
/// `--select`), plus `extend` ones, and those ignored.
pub fn turned_off(
    rules: &RuleSet,
    select: &[String],
    extend: &[String],
    ignore: &[String],
) -> Result<Vec<String>, ConfigError> {
    for (flag, names) in [
        ("select", select),
        ("extend-select", extend),
        ("ignore", ignore),
    ] {
        for name in names {
            known(rules, flag, name)?;
        }
    }
    let matches = |rule: &RuleDecl, names: &[String]| {
        names
            .iter()
            .any(|n| rule.id.name == *n || rule.tags.iter().any(|t| t == n))
    };
    Ok(rules
        .rules
        .iter()
        .filter(|rule| {
            let selected = (select.is_empty() || matches(rule, select)) || matches(rule, extend);
            !selected || matches(rule, ignore)
        })
        .map(|rule| rule.id.name.clone())
        .collect())
}

/// Fails on a name that is neither a rule id nor a tag, with the nearest one.
fn known(rules: &RuleSet, flag: &'static str, name: &str) -> Result<(), ConfigError> {
    let names = rules
        .rules
        .iter()
        .flat_map(|r| std::iter::once(&r.id.name).chain(r.tags.iter()));
    if names.clone().any(|n| n == name) {
        return Ok(());
    }
    let nearest = names
        .map(|n| (strsim::levenshtein(name, n), n))
        .min()
        .filter(|(distance, _)| *distance <= 3);
    Err(ConfigError::UnknownSelector {
        flag,
        name: name.to_owned(),
        help: match nearest {
            Some((_, n)) => format!("did you mean `{n}`?"),
            None => {
                "`claimlint rules list` shows the rules; tags are in their `tags` lines".to_owned()
            }
        },
    })
}
