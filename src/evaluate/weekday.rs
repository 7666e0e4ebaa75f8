//! `weekday matches date`: a weekday written beside a date ("Monday, January 10,
//! 2022") must be that date's weekday; beside a range of days ("Monday, September
//! 10-16"), its first or last day's. Each fact is checked on its own.

use chrono::Datelike;

use super::group::Group;
use super::{Conflict, Context, Reason};
use crate::extract::{Granularity, TimeValue, Value};

/// The facts of `candidates` whose weekday is not their date's.
pub(super) fn check(candidates: &Group, ctx: &Context<'_>) -> Vec<Conflict> {
    candidates
        .iter()
        .filter_map(|&index| {
            let fact = ctx.facts.get(index)?;
            let mark = *fact.weekday.as_deref()?;
            let Value::Time(TimeValue::Resolved {
                start,
                end,
                granularity,
                ..
            }) = &fact.value
            else {
                return None;
            };
            // A single day has one weekday; a weekday before a range of days names its
            // first ("Monday, September 10-16"), or its last ("… through Friday").
            let day = start.succ_opt() == Some(*end);
            let range = *granularity == Granularity::Range && (*end - *start).num_days() <= 31;
            let last = end.pred_opt().unwrap_or(*end);
            if !(day || range)
                || start.weekday() == mark.day
                || (range && last.weekday() == mark.day)
            {
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
