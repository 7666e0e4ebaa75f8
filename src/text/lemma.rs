//! Lemmas: a word in; its dictionary form out ("troops" → "troop", "roubles" →
//! "ruble"), and whether it is a plural.

use std::sync::LazyLock;

use super::lexicon::{WordMap, is_one_of};
use super::words::WORDS;

/// A word's lemma: lower-cased and singularised, `’` read as `'`, spelling variants
/// unified ("roubles" → "ruble", "kilometers" → "kilometre"). Irregular plurals come
/// from a table; otherwise `-ies` → `-y`; `-sses`/`-shes`/`-ches`/`-xes`/`-zzes` lose
/// `-es`; and a final `-s` goes unless the word ends in `-ss`, `-us`, `-is` or `'s`, or
/// is shorter than four letters ("gas", "bus", "US" stay). "troops" → "troop",
/// "casualties" → "casualty", "people" stays.
pub fn lemma(word: &str) -> String {
    let single = singular(word);
    // The map ignores ASCII case, and its variants have no upper-case ASCII letter:
    // `singular` lower-cases, so a word is found exactly when it is one.
    match VARIANT_MAP.get(&single) {
        Some(l) => (*l).to_string(),
        None => single,
    }
}

/// The spelling variants of `data/text_words.txt`, (variant, lemma), as a map, built
/// once; a variant with an upper-case ASCII letter is left out (no lemma has one).
static VARIANT_MAP: LazyLock<WordMap<&'static str>> = LazyLock::new(|| {
    WordMap::new(
        WORDS
            .variants
            .iter()
            .copied()
            .filter(|(v, _)| !v.bytes().any(|b| b.is_ascii_uppercase())),
    )
});

/// A word lower-cased and singularised (see [`lemma`]), spelling left alone. One
/// allocation: the lower-cased word, cut or extended in place.
pub(super) fn singular(word: &str) -> String {
    let mut lower = if word.is_ascii() {
        word.to_ascii_lowercase()
    } else {
        word.to_lowercase().replace('’', "'")
    };
    // `lower` has no upper-case ASCII letter: a look-up with ASCII case ignored is
    // an exact one.
    if let Some(l) = IRREGULAR_MAP.get(&lower) {
        return (*l).to_string();
    }
    if lower.len() < 4 || !lower.ends_with('s') {
        return lower;
    }
    if lower.ends_with("ies") && lower.len() >= 5 {
        lower.truncate(lower.len() - 3);
        lower.push('y');
        return lower;
    }
    let cut = if ["sses", "shes", "ches", "xes", "zzes"]
        .iter()
        .any(|s| lower.ends_with(s))
    {
        2
    } else if ["ss", "us", "is", "'s"].iter().any(|s| lower.ends_with(s)) {
        0
    } else {
        1
    };
    let keep = lower.len() - cut;
    if lower.is_char_boundary(keep) {
        lower.truncate(keep);
    }
    lower
}

/// The irregular plurals and words that do not change of `data/text_words.txt`, (word,
/// lemma), as a map, built once.
pub(super) static IRREGULAR_MAP: LazyLock<WordMap<&'static str>> =
    LazyLock::new(|| WordMap::new(WORDS.irregular.iter().copied()));

/// Whether a word is a plural noun form by our lemmatiser ("troops", "people").
pub fn is_plural(word: &str) -> bool {
    if is_one_of(
        word,
        &["people", "police", "personnel", "staff", "aircraft"],
    ) {
        return true;
    }
    if !word.is_ascii() {
        return singular(word) != word.to_lowercase().replace('’', "'");
    }
    // ASCII: lower-casing is ASCII lower-casing and there is no `’`, so [`singular`]
    // changes the word exactly when one of its rules cuts or rewrites the ending.
    if let Some(l) = IRREGULAR_MAP.get(word) {
        return !l.eq_ignore_ascii_case(word);
    }
    let b = word.as_bytes();
    let ends = |suffix: &str| {
        b.len() >= suffix.len()
            && b.get(b.len() - suffix.len()..)
                .is_some_and(|end| end.eq_ignore_ascii_case(suffix.as_bytes()))
    };
    if b.len() < 4 || !ends("s") {
        return false;
    }
    if ends("ies") && b.len() >= 5 {
        return true;
    }
    if ["sses", "shes", "ches", "xes", "zzes"]
        .iter()
        .any(|s| ends(s))
    {
        return true;
    }
    !["ss", "us", "is", "'s"].iter().any(|s| ends(s))
}
