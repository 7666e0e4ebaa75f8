//! The text model's word lists: `data/text_words.txt` in (sentence abbreviations,
//! boilerplate and photo-credit wording, irregular plurals, spelling variants, number
//! words), parsed
//! once; each list out as a slice of the embedded text.

use std::sync::LazyLock;

/// The word lists, as written in `data/text_words.txt`.
const TEXT_WORDS: &str = include_str!("../../data/text_words.txt");

/// The lists of `data/text_words.txt`.
#[derive(Debug, Default)]
pub(super) struct Words {
    /// `[abbreviations]`: after these a period does not end a sentence.
    pub(super) abbreviations: Vec<&'static str>,
    /// `[boilerplate]`: page-furniture wording.
    pub(super) boilerplate: Vec<&'static str>,
    /// `[credit]`: words in a caption's final bracket that mark a photo credit.
    pub(super) credit: Vec<&'static str>,
    /// `[irregular]`: irregular plurals and words that do not change, (word, lemma).
    pub(super) irregular: Vec<(&'static str, &'static str)>,
    /// `[variants]`: spellings read as one, (variant, lemma).
    pub(super) variants: Vec<(&'static str, &'static str)>,
    /// `[number-words]`: words that spell a number, which make a short line a figure.
    pub(super) number_words: Vec<&'static str>,
    /// `[superlatives]`: words after which "in a century" is the stretch before.
    pub(super) superlatives: Vec<&'static str>,
}

/// The word lists, parsed once.
pub(super) static WORDS: LazyLock<Words> = LazyLock::new(|| parse(TEXT_WORDS).0);

/// Whether `word` (after `before`, the word before it) ends a superlative of
/// `[superlatives]` ("best", "the first time"): compared without case.
pub fn ends_superlative(before: &str, word: &str) -> bool {
    WORDS.superlatives.iter().any(|s| match s.split_once(' ') {
        Some((a, b)) => a.eq_ignore_ascii_case(before) && b.eq_ignore_ascii_case(word),
        None => s.eq_ignore_ascii_case(word),
    })
}

/// The lists of a word-list file, and the lines it could not read (a line outside a
/// list, a pair without its tab, an unknown list); the tests ask for none.
fn parse(data: &'static str) -> (Words, Vec<&'static str>) {
    let mut words = Words::default();
    let mut bad = Vec::new();
    for (current, line) in list_lines(data) {
        let pair = || {
            let (a, b) = line.split_once('\t')?;
            Some((entry(a), entry(b)))
        };
        match current {
            "abbreviations" => words.abbreviations.push(entry(line)),
            "boilerplate" => words.boilerplate.push(entry(line)),
            "credit" => words.credit.push(entry(line)),
            "number-words" => words.number_words.push(entry(line)),
            "superlatives" => words.superlatives.push(entry(line)),
            "irregular" | "variants" => match pair() {
                Some(p) if current == "irregular" => words.irregular.push(p),
                Some(p) => words.variants.push(p),
                None => bad.push(line),
            },
            _ => bad.push(line),
        }
    }
    (words, bad)
}

/// The lines of a word-list file in the format of `data/text_words.txt`, each with the
/// name of the list it is in (`""` before the first `[name]`): blank lines, comments
/// and the `[name]` lines themselves left out. Lines are as written (see [`entry`]).
pub(crate) fn list_lines(data: &str) -> impl Iterator<Item = (&str, &str)> {
    let mut current = "";
    data.lines().filter_map(move |line| {
        let trimmed = line.trim();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            return None;
        }
        match trimmed.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            Some(name) => {
                current = name;
                None
            }
            None => Some((current, line)),
        }
    })
}

/// One entry: trimmed, or as written between double quotes (which keep its spaces).
pub(crate) fn entry(text: &str) -> &str {
    let text = text.trim();
    text.strip_prefix('"')
        .and_then(|t| t.strip_suffix('"'))
        .unwrap_or(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_list_parses() {
        let (words, bad) = parse(TEXT_WORDS);
        assert!(bad.is_empty(), "lines not read: {bad:?}");
        for (name, list) in [
            ("abbreviations", &words.abbreviations),
            ("boilerplate", &words.boilerplate),
            ("credit", &words.credit),
        ] {
            assert!(!list.is_empty(), "[{name}] is empty");
            for w in list {
                assert!(!w.is_empty() && *w == w.to_lowercase(), "[{name}] {w:?}");
            }
        }
        for (name, pairs) in [
            ("irregular", &words.irregular),
            ("variants", &words.variants),
        ] {
            assert!(!pairs.is_empty(), "[{name}] is empty");
            for (a, b) in pairs {
                assert!(!a.is_empty() && !b.is_empty(), "[{name}] {a:?} {b:?}");
            }
        }
        // A quoted entry keeps its spaces.
        assert!(words.credit.contains(&" via "));
        assert_eq!(words.variants.first(), Some(&("rouble", "ruble")));
    }

    #[test]
    fn a_line_it_cannot_read_is_reported() {
        let (_, bad) = parse("stray\n[irregular]\nno tab\n[nothing]\nx\n");
        assert_eq!(bad, ["stray", "no tab", "x"]);
    }
}
