//! Calendar words: month and weekday names (full and abbreviated, lower-case), and
//! tests of a word against them, case ignored.

use std::sync::LazyLock;

use super::lexicon::WordMap;

/// Month names, January first, lower-case.
pub const MONTH_NAMES: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Month abbreviations as news copy writes them, with the month each stands for.
pub const MONTH_ABBREVIATIONS: [(&str, u32); 12] = [
    ("jan", 1),
    ("feb", 2),
    ("mar", 3),
    ("apr", 4),
    ("jun", 6),
    ("jul", 7),
    ("aug", 8),
    ("sep", 9),
    ("sept", 9),
    ("oct", 10),
    ("nov", 11),
    ("dec", 12),
];

/// Weekday names, Monday first, lower-case.
pub const WEEKDAY_NAMES: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Month names and abbreviations (`true`), and weekday names (`false`), built once.
pub(super) static CALENDAR_WORDS: LazyLock<WordMap<bool>> = LazyLock::new(|| {
    WordMap::new(
        MONTH_NAMES
            .iter()
            .chain(MONTH_ABBREVIATIONS.iter().map(|(a, _)| a))
            .map(|&w| (w, true))
            .chain(WEEKDAY_NAMES.iter().map(|&w| (w, false))),
    )
});

/// Whether a word names a month, in full or abbreviated, case ignored.
pub fn is_month(word: &str) -> bool {
    CALENDAR_WORDS.get(word).is_some_and(|&month| month)
}

/// Whether a word names a weekday, case ignored.
pub fn is_weekday(word: &str) -> bool {
    CALENDAR_WORDS.get(word).is_some_and(|&month| !month)
}

/// Whether a word names a month or a weekday, case ignored.
pub fn is_calendar_word(word: &str) -> bool {
    CALENDAR_WORDS.get(word).is_some()
}
