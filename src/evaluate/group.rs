//! Splitting a rule's facts into the groups it compares, by key, in one pass.

use rustc_hash::FxHashMap as HashMap;

use super::Context;
use crate::load::DocId;
use crate::parse::ast::{GroupKey, RuleDecl, Scope};

/// The facts of one group, by index, in corpus order (document, then position).
pub(super) type Group = Vec<usize>;

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct Key {
    doc: Option<DocId>,
    attribution: Option<String>,
    unit: Option<String>,
}

/// Splits `members` (a fact declaration's facts) by the rule's scope and `group by` keys.
pub(super) fn split(rule: &RuleDecl, members: &[usize], ctx: &Context<'_>) -> Vec<Group> {
    let keyed =
        rule.group_by.contains(&GroupKey::Attribution) || rule.group_by.contains(&GroupKey::Unit);
    if rule.group_by.contains(&GroupKey::Frame) {
        let claims = super::claims::split(rule, members, ctx);
        // `group by frame, unit`: each claim split again by the other keys ("in 20
        // years" and "about 30 minutes" are no two lengths of one claim).
        return if keyed {
            claims
                .iter()
                .flat_map(|claim| by_key(rule, claim, ctx))
                .collect()
        } else {
            claims
        };
    }
    // Without a key of the facts' own, the groups are the documents (or, across
    // sources, one): a rule within a document is run on one document's facts, which
    // are then one group, found without a key made and hashed for each.
    if !keyed {
        let mut docs = members
            .iter()
            .filter_map(|&index| ctx.facts.get(index).map(|fact| fact.doc));
        let one_doc = match docs.next() {
            None => return Vec::new(),
            Some(first) => rule.scope != Scope::WithinDocument || docs.all(|doc| doc == first),
        };
        if one_doc {
            return vec![
                members
                    .iter()
                    .copied()
                    .filter(|&index| ctx.facts.get(index).is_some())
                    .collect(),
            ];
        }
    }
    by_key(rule, members, ctx)
}

/// Splits `members` by the rule's scope, attribution and unit.
fn by_key(rule: &RuleDecl, members: &[usize], ctx: &Context<'_>) -> Vec<Group> {
    // Each key's group by its place in `groups`, which keeps the order in which the
    // keys first come (a key is moved into the map, not cloned for a list of them).
    let mut at: HashMap<Key, usize> = HashMap::default();
    let mut groups: Vec<Group> = Vec::new();
    for &index in members {
        let Some(fact) = ctx.facts.get(index) else {
            continue;
        };
        let key = Key {
            doc: (rule.scope == Scope::WithinDocument).then_some(fact.doc),
            attribution: rule
                .group_by
                .contains(&GroupKey::Attribution)
                .then(|| fact.attribution.as_ref().map(|a| a.who.to_lowercase()))
                .flatten(),
            unit: rule
                .group_by
                .contains(&GroupKey::Unit)
                .then(|| fact.unit.as_ref().map(|u| u.lemma.clone()))
                .flatten(),
        };
        let slot = *at.entry(key).or_insert_with(|| {
            groups.push(Vec::new());
            groups.len() - 1
        });
        if let Some(group) = groups.get_mut(slot) {
            group.push(index);
        }
    }
    groups
}
