//! Entities: the spellings of one country, place or organisation read as one key
//! ("US", "U.S.", "United States", "America", "American" → `United States`; "Kiev",
//! "Kyiv" → `Kyiv`), from `data/entities.txt`.
//!
//! An alias written in capitals ("US", "WHO") matches only in capitals; any other
//! matches with case ignored, but only where the text starts it with a capital letter
//! ("Turkish", not "turkish"). Dots are ignored ("U.S." is "US"), as are a possessive
//! "'s" and the parts of a hyphenated word ("NATO-Russia" names both).

use std::sync::LazyLock;

use super::lexicon::entries;
use crate::source::Span;
use crate::text::{WordMap, Words, possessive_stem};

/// The entity lexicon, embedded at build time.
const ENTITIES: &str = include_str!("../../../data/entities.txt");

/// One entity.
#[derive(Debug, Clone)]
pub struct Entity {
    /// Its key: the name written first in the lexicon.
    pub key: String,
    /// The entity it lies in ("Ukraine" for "Kyiv"), as an index.
    pub parent: Option<usize>,
    /// Whether it is a country (the lexicon's `[countries]` section).
    pub is_country: bool,
}

/// One spelling of an entity.
#[derive(Debug, Clone)]
struct Alias {
    /// Its words after the first, dots taken out.
    rest: Vec<String>,
    /// Its first word, dots taken out, as written (for capitals-only aliases).
    first: String,
    /// Whether it matches only as written (an alias in capitals).
    exact: bool,
    /// The entity.
    entity: usize,
}

/// The lexicon, built once.
pub struct Lexicon {
    /// Every entity, in lexicon order.
    pub entities: Vec<Entity>,
    /// Aliases by first word, lower-cased; longest first.
    by_first: WordMap<Vec<Alias>>,
    /// Each entity's index by its key (the first of a key, as a scan in order finds
    /// it): the checks ask for the country of every scope key of every claim.
    by_key: rustc_hash::FxHashMap<String, usize>,
}

/// What a capitalised word, as written, gives the entity scan ([`Lexicon::find`])
/// whatever the words around it: the scan of a sentence looks each up once per thread
/// (an article's countries are read from every sentence, and its names, sentence
/// openings and places come again and again) instead of baring and spelling it anew.
#[derive(Debug, Clone)]
enum Alone {
    /// An alias of one word, and no longer alias, starts with it: its entity.
    Entity(usize),
    /// No alias is it: the entities of its hyphenated parts (usually none).
    Parts(Box<[usize]>),
    /// An alias of two words or more may start with it: those of its aliases whose
    /// first word it spells, longest first, read in place.
    InPlace(Box<[Alias]>),
}

/// How many words [`ALONE`] keeps at most before it starts again (a bound on its
/// memory whatever the vocabulary of an archive).
const ALONE_KEPT: usize = 1 << 14;

thread_local! {
    /// What each capitalised word met gives on its own (see [`Alone`]), by the word as
    /// written (case decides: an alias in capitals matches only in capitals).
    static ALONE: std::cell::RefCell<rustc_hash::FxHashMap<Box<str>, Alone>> =
        std::cell::RefCell::new(rustc_hash::FxHashMap::default());
}

/// A word with its dots, a possessive and a closing apostrophe taken out.
pub fn bare(word: &str) -> std::borrow::Cow<'_, str> {
    // Each suffix ends in `s`, `'` or the last byte of `’` (0x99): any other word keeps
    // its end, and is spared the four tests.
    let w = match word.as_bytes().last() {
        Some(b's' | b'\'' | 0x99) => possessive_stem(word)
            .or_else(|| word.strip_suffix('\''))
            .or_else(|| word.strip_suffix('’'))
            .unwrap_or(word),
        _ => word,
    };
    // Words are short: a loop over their bytes beats a search for a character.
    if w.bytes().any(|b| b == b'.') {
        std::borrow::Cow::Owned(w.replace('.', ""))
    } else {
        std::borrow::Cow::Borrowed(w)
    }
}

/// Whether a word is written in capitals (two letters or more, none lower-case).
fn in_capitals(word: &str) -> bool {
    word.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !word.chars().any(char::is_lowercase)
}

/// The lexicon, parsed once.
pub static LEXICON: LazyLock<Lexicon> = LazyLock::new(|| {
    let parsed = entries(ENTITIES);
    // Keys and parents: "Kyiv (Ukraine)".
    let heads: Vec<(String, Option<String>)> = parsed
        .iter()
        .map(|e| match e.name.split_once('(') {
            Some((key, parent)) => (
                key.trim().to_owned(),
                Some(parent.trim_end_matches(')').trim().to_owned()),
            ),
            None => (e.name.to_owned(), None),
        })
        .collect();
    // Each key's first entity: a parent is found in one look-up, not a pass over the
    // entities.
    let mut by_key: rustc_hash::FxHashMap<String, usize> =
        rustc_hash::FxHashMap::with_capacity_and_hasher(heads.len(), Default::default());
    for (x, (key, _)) in heads.iter().enumerate() {
        by_key.entry(key.clone()).or_insert(x);
    }
    let entities: Vec<Entity> = heads
        .iter()
        .zip(&parsed)
        .map(|((key, parent), e)| Entity {
            key: key.clone(),
            parent: parent.as_ref().and_then(|p| by_key.get(p).copied()),
            is_country: e.section == "countries",
        })
        .collect();
    let mut grouped: Vec<(String, Vec<Alias>)> = Vec::new();
    // Each first word's place in `grouped` (see `Phrases::new`).
    let mut at: rustc_hash::FxHashMap<String, usize> = rustc_hash::FxHashMap::default();
    for (entity, (e, (key, _))) in parsed.iter().zip(&heads).enumerate() {
        for spelling in std::iter::once(key.as_str()).chain(e.words.iter().copied()) {
            let mut words = spelling.split_whitespace().map(|w| bare(w).into_owned());
            let Some(first) = words.next() else { continue };
            // An ASCII word (nearly every one) lower-cases byte by byte: the same
            // word as `to_lowercase` gives, without its walk over characters.
            let lower = if first.is_ascii() {
                first.to_ascii_lowercase()
            } else {
                first.to_lowercase()
            };
            let alias = Alias {
                rest: words.collect(),
                exact: in_capitals(&first),
                first,
                entity,
            };
            match at.get(&lower).and_then(|&i| grouped.get_mut(i)) {
                Some((_, v)) => v.push(alias),
                None => {
                    at.insert(lower.clone(), grouped.len());
                    grouped.push((lower, vec![alias]));
                }
            }
        }
    }
    for (_, v) in &mut grouped {
        v.sort_by_key(|a| std::cmp::Reverse(a.rest.len()));
    }
    let (firsts, aliases): (Vec<String>, Vec<Vec<Alias>>) = grouped.into_iter().unzip();
    Lexicon {
        entities,
        by_key,
        by_first: WordMap::new(firsts.iter().map(String::as_str).zip(aliases)),
    }
});

/// Whether `word` (dots out) spells `alias_word`: exactly for a capitals-only alias,
/// else with case ignored.
fn spells(word: &str, alias_word: &str, exact: bool) -> bool {
    if exact {
        word == alias_word
    } else {
        word.eq_ignore_ascii_case(alias_word)
            || (!(word.is_ascii() && alias_word.is_ascii())
                && word
                    .chars()
                    .flat_map(char::to_lowercase)
                    .eq(alias_word.chars().flat_map(char::to_lowercase)))
    }
}

impl Lexicon {
    /// The key of an entity.
    pub fn key(&self, entity: usize) -> &str {
        self.entities.get(entity).map_or("", |e| e.key.as_str())
    }

    /// Whether an entity is a country (of the lexicon's `[countries]`).
    pub fn is_country(&self, entity: usize) -> bool {
        self.entities.get(entity).is_some_and(|e| e.is_country)
    }

    /// The country (or other top entity) an entity lies in: itself when it lies in
    /// none ("Kyiv" → Ukraine, "Ukraine" → Ukraine).
    pub fn country(&self, entity: usize) -> usize {
        let mut at = entity;
        // Parents form no cycle (tested), but a bound keeps a bad file harmless.
        for _ in 0..4 {
            match self.entities.get(at).and_then(|e| e.parent) {
                Some(parent) => at = parent,
                None => break,
            }
        }
        at
    }

    /// The country of an entity key, as a key (see [`Lexicon::country`]); an unknown
    /// key stands for itself.
    pub fn country_key<'k>(&'k self, key: &'k str) -> &'k str {
        match self.by_key.get(key) {
            Some(&x) => self.key(self.country(x)),
            None => key,
        }
    }

    /// Whether a key is an entity of the lexicon (a place it knows), not a place
    /// read as written.
    pub fn knows(&self, key: &str) -> bool {
        self.by_key.contains_key(key)
    }

    /// The entity a name spells, as one piece of text ("U.S.", "the Kremlin" → none).
    pub fn lookup(&self, name: &str) -> Option<usize> {
        let words: Vec<std::borrow::Cow<'_, str>> = name.split_whitespace().map(bare).collect();
        let (first, rest) = words.split_first()?;
        self.by_first.get(first)?.iter().find_map(|a| {
            (a.rest.len() == rest.len()
                && spells(first, &a.first, a.exact)
                && a.rest.iter().zip(rest).all(|(x, w)| spells(w, x, a.exact)))
            .then_some(a.entity)
        })
    }

    /// The entities named in words `from..to` of a sentence, with where they stand,
    /// in text order.
    pub fn find(&self, words: &Words<'_, '_>, from: usize, to: usize) -> Vec<(usize, Span)> {
        ALONE.with(|alone| {
            let mut alone = alone.borrow_mut();
            if alone.len() >= ALONE_KEPT {
                alone.clear();
            }
            self.find_kept(&mut alone, words, from, to)
        })
    }

    /// [`Lexicon::find`], with what each capitalised word gives on its own found once
    /// per thread and kept in `alone` (see [`Alone`]).
    fn find_kept(
        &self,
        alone: &mut rustc_hash::FxHashMap<Box<str>, Alone>,
        words: &Words<'_, '_>,
        from: usize,
        to: usize,
    ) -> Vec<(usize, Span)> {
        let mut out = Vec::new();
        let mut i = from;
        let bytes = words.text.text.as_bytes();
        while i < to {
            // Nearly every word starts with an ASCII byte that is no capital: turned
            // away before it is sliced and decoded, most (a lower-case letter, a
            // digit) by their shape alone.
            let shape = words.shape(i);
            if shape.starts_lower() || shape.starts_digit() {
                i += 1;
                continue;
            }
            let first = words.spans.get(i).and_then(|s| bytes.get(s.start));
            if first.is_some_and(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
                i += 1;
                continue;
            }
            let w = words.w(i);
            if !w.starts_with(char::is_uppercase) {
                i += 1;
                continue;
            }
            let kept = match alone.get(w) {
                Some(kept) => kept,
                None => alone.entry(w.into()).or_insert(self.alone(w)),
            };
            let aliases = match kept {
                Alone::Entity(entity) => {
                    if let Some(a) = words.span(i) {
                        // "US$5.5 billion", "HK$2 billion": a currency's mark, no place.
                        if bytes.get(a.end) != Some(&b'$') {
                            out.push((*entity, a));
                        }
                    }
                    i += 1;
                    continue;
                }
                Alone::Parts(parts) => {
                    if let Some(span) = words.span(i) {
                        out.extend(parts.iter().map(|&entity| (entity, span)));
                    }
                    i += 1;
                    continue;
                }
                Alone::InPlace(aliases) => aliases,
            };
            if let Some((n, entity)) = Self::at(aliases, words, i, to) {
                if let (Some(a), Some(b)) = (words.span(i), words.span(i + n - 1)) {
                    // "US$5.5 billion", "HK$2 billion": a currency's mark, no place.
                    if bytes.get(b.end) != Some(&b'$') {
                        out.push((entity, Span::new(a.start, b.end)));
                    }
                }
                i += n;
                continue;
            }
            out.extend(
                self.hyphen_parts(w)
                    .map(|entity| (entity, words.span(i)))
                    .filter_map(|(entity, span)| span.map(|s| (entity, s))),
            );
            i += 1;
        }
        self.drop_towns(words, &mut out);
        out
    }

    /// Takes out a country that only lends its name to a town: one written after a
    /// capitalised point of the compass or "New" that is no alias with it ("East
    /// Palestine", where "South Korea" and "New Zealand" are aliases of their own), or
    /// one followed by a comma and a place of another country ("Palestine, Ohio",
    /// "Lebanon, Pennsylvania"; not "Kyiv, Ukraine").
    fn drop_towns(&self, words: &Words<'_, '_>, out: &mut Vec<(usize, Span)>) {
        let text = words.text.text;
        let before = |span: Span| {
            let head = text.get(..span.start).unwrap_or("");
            let prefix = head.strip_suffix(' ').unwrap_or("");
            let word = prefix
                .rsplit([' ', '\n', '\t', '(', '"', '“'])
                .next()
                .unwrap_or("");
            matches!(word, "East" | "West" | "North" | "South" | "New")
        };
        let mut k = 0;
        while k < out.len() {
            let Some(&(x, span)) = out.get(k) else {
                break;
            };
            let after = || {
                out.get(k + 1).is_some_and(|&(y, next)| {
                    text.get(span.end..next.start) == Some(", ")
                        && self.country(y) != y
                        && self.country(y) != x
                })
            };
            if self.is_country(x) && (before(span) || after()) {
                out.remove(k);
            } else {
                k += 1;
            }
        }
    }

    /// The entities of a hyphenated word's parts ("NATO-Russia", "US-Russian": each
    /// part on its own), in order; none for a word without a hyphen.
    fn hyphen_parts<'w>(&'w self, w: &'w str) -> impl Iterator<Item = usize> + 'w {
        let hyphenated = w.bytes().any(|b| b == b'-');
        w.split('-')
            .filter(move |part| hyphenated && part.starts_with(char::is_uppercase))
            .filter_map(|part| self.lookup(part))
    }

    /// What a capitalised word gives [`Lexicon::find`] whatever its neighbours, or
    /// [`Alone::InPlace`] when an alias of two words or more may start with it.
    fn alone(&self, w: &str) -> Alone {
        let first = bare(w);
        match self.by_first.get(&first) {
            Some(aliases) if aliases.iter().any(|a| !a.rest.is_empty()) => {
                let spelt: Box<[Alias]> = aliases
                    .iter()
                    .filter(|a| spells(&first, &a.first, a.exact))
                    .cloned()
                    .collect();
                if spelt.is_empty() {
                    Alone::Parts(self.hyphen_parts(w).collect())
                } else {
                    Alone::InPlace(spelt)
                }
            }
            // An alias of one word always fits: the scan is before `to`.
            Some(aliases) => match aliases.iter().find(|a| spells(&first, &a.first, a.exact)) {
                Some(a) => Alone::Entity(a.entity),
                None => Alone::Parts(self.hyphen_parts(w).collect()),
            },
            None => Alone::Parts(self.hyphen_parts(w).collect()),
        }
    }

    /// The longest of `aliases` (those whose first word word `i` spells, longest
    /// first) starting at word `i` and ending before `to`: its length in words and its
    /// entity.
    fn at(aliases: &[Alias], words: &Words<'_, '_>, i: usize, to: usize) -> Option<(usize, usize)> {
        // The word after the first, bared, if it is joined to it: read once for all
        // the aliases of two words or more (those of "New" or "South" are a dozen).
        let second = std::cell::OnceCell::new();
        let second = || {
            second
                .get_or_init(|| words.joined(i).then(|| bare(words.w(i + 1))))
                .as_deref()
        };
        aliases.iter().find_map(|a| {
            let n = a.rest.len() + 1;
            let fits = i + n <= to
                && a.rest.iter().enumerate().all(|(k, x)| match k {
                    0 => second().is_some_and(|w| spells(w, x, a.exact)),
                    _ => words.joined(i + k) && spells(&bare(words.w(i + k + 1)), x, a.exact),
                });
            fits.then_some((n, a.entity))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Text;

    fn keys(s: &str) -> Vec<String> {
        let text = Text::new(s, Span::new(0, s.len()));
        let mut out = Vec::new();
        for &sentence in text.sentences() {
            let words = Words::of(&text, sentence);
            for (e, _) in LEXICON.find(&words, 0, words.len()) {
                out.push(LEXICON.key(e).to_owned());
            }
        }
        out
    }

    /// A country's name in a town's is no country: "East Palestine", "Lebanon,
    /// Pennsylvania"; "South Korea", "New Zealand" and "Kyiv, Ukraine" stay.
    #[test]
    fn a_town_named_after_a_country_is_no_country() {
        assert_eq!(keys("A train derailed in East Palestine, Ohio."), ["Ohio"]);
        assert_eq!(keys("He lives in Lebanon, Pennsylvania."), ["Pennsylvania"]);
        assert_eq!(
            keys("Troops left South Korea and New Zealand."),
            ["South Korea", "New Zealand"]
        );
        assert_eq!(
            keys("Talks in Kyiv, Ukraine, and in Lebanon."),
            ["Kyiv", "Ukraine", "Lebanon"]
        );
    }

    #[test]
    fn spellings_of_one_entity_are_one_key() {
        assert_eq!(
            keys("The U.S. and the United States and America and US troops."),
            ["United States"; 4]
        );
        assert_eq!(keys("Kiev and Kyiv."), ["Kyiv", "Kyiv"]);
        assert_eq!(
            keys("Turkish officials in Turkey and Türkiye."),
            ["Turkey"; 3]
        );
        assert_eq!(keys("The NATO-Russia Council met."), ["NATO", "Russia"]);
        assert_eq!(keys("Russia's troops and Nato allies."), ["Russia", "NATO"]);
        assert_eq!(
            keys("The North Atlantic Treaty Organization met the UN."),
            ["NATO", "United Nations"]
        );
    }

    #[test]
    fn a_word_met_again_reads_as_the_first_time() {
        // Each capitalised word's reading on its own is kept per thread (`ALONE`): an
        // alias of one word, a hyphenated word's parts, an alias of two words whose
        // first word comes again before another word, and a word no alias is.
        let once = "The NATO-Russia Council met Ukraine's envoy in The Hague. The Gambia";
        let twice = format!("{once} and The Hague. {once}.");
        let expected = [
            "NATO",
            "Russia",
            "Ukraine",
            "The Hague",
            "Gambia",
            "The Hague",
            "NATO",
            "Russia",
            "Ukraine",
            "The Hague",
            "Gambia",
        ];
        assert_eq!(keys(&twice), expected);
        assert_eq!(keys(&twice), expected);
    }

    #[test]
    fn lower_case_words_and_pronouns_are_no_entities() {
        assert!(keys("Let us eat turkey and who knows.").is_empty());
    }

    #[test]
    fn places_know_their_country() {
        let kyiv = LEXICON.lookup("Kiev");
        let ukraine = LEXICON.lookup("Ukraine");
        assert!(kyiv.is_some());
        assert_eq!(
            kyiv.and_then(|k| LEXICON.entities.get(k))
                .and_then(|e| e.parent),
            ukraine
        );
    }

    #[test]
    fn every_parent_is_known() {
        for line in ENTITIES.lines() {
            if let Some((name, _)) = line.split_once('=') {
                if name.contains('(') && !line.starts_with('#') {
                    let key = name.split('(').next().unwrap_or("").trim();
                    let e = LEXICON
                        .entities
                        .iter()
                        .find(|e| e.key == key)
                        .expect("entity");
                    assert!(e.parent.is_some(), "unknown parent in {line:?}");
                }
            }
        }
    }
}
