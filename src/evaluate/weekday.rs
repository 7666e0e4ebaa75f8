//! `weekday matches date`: a weekday written beside a date ("Monday, January 10,
//! 2022") must be that date's weekday. Each fact is checked on its own.

use chrono::Datelike;

use super::group::Group;
use super::{Conflict, Context, Reason};
use crate::extract::{TimeValue, Value};

/// The facts of `candidates` whose weekday is not their date's.
pub(super) fn check(candidates: &Group, ctx: &Context<'_>) -> Vec<Conflict> {
    candidates
        .iter()
        .filter_map(|&index| {
            let fact = ctx.facts.get(index)?;
            let mark = *fact.weekday.as_deref()?;
            let Value::Time(TimeValue::Resolved { start, end, .. }) = &fact.value else {
                return None;
            };
            // Only a single day has one weekday.
            if start.succ_opt() != Some(*end) || start.weekday() == mark.day {
                return None;
            }
            Some(Conflict {
                fact: index,
                others: Vec::new(),
                extra: vec![(mark.span, Reason::Weekday(*start))],
            })
        })
        .collect()
}
