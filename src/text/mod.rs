//! Text analysis shared by the extractors: a document's text and body span in; its
//! sentences, clauses and words out, as byte spans into the original text, with the
//! boilerplate lines left out.
//!
//! Everything is computed once, in [`Text::new`]; the extractors then only look up.
//!
//! # Lines, paragraphs and boilerplate
//!
//! The body is read line by line. A blank line ends a paragraph; a single line break
//! ends one too (scraped pages put one paragraph per line, and a headline carries no
//! final period), unless the line plainly runs on: it ends without sentence-ending
//! punctuation and the next line starts with a lower-case letter (hard-wrapped text).
//!
//! A line is *boilerplate*, and yields no sentence at all, when [`is_boilerplate_line`]
//! says so. The test is deliberately small and general:
//!
//! 1. it carries page-furniture wording: cookies, newsletters, signing up, subscribing,
//!    privacy policies, terms of use, "log in or register", "all rights reserved",
//!    "recommended stories", "read more" — and is short (under 60 words), so that an
//!    article paragraph which merely mentions a newsletter is kept;
//! 2. it is a photo caption or credit: it contains "©", or its last parenthesised group
//!    credits someone ("(… via AP)", "(… Photo)", "(Getty Images)", "(File)");
//! 3. most of its letters are not Latin script (text in another language, left over
//!    from the page's chrome);
//! 4. it is very short — three words or fewer — and does not end like a sentence
//!    (`.`, `!`, `?`, or a closing quote): bylines, labels, section names, logos; but
//!    not when it gives a figure and a word that is no month or weekday ("5,000 dead",
//!    "- 20,000 injured", "Deaths: 5,000": a headline, a bullet, a table cell);
//! 5. it is one of up to three short lines (under 15 words) between two lines of
//!    page-furniture wording (test 1): the body of a sign-up box.
//!
//! A text whose whole body is one line is a phrase given on its own (a headline, a
//! bullet, a table cell, a query): test 4 does not apply to it, as there is no page
//! around it ("1,234,567", "USD3.14", "one").
//!
//! # Sentences
//!
//! A paragraph is cut after `.`, `!`, `?` or `…` (with any closing quotes or brackets)
//! when white space follows and the next word does not start with a lower-case letter.
//! A period is not a sentence end after a known abbreviation ("Mr.", "Dec.", "Gen.",
//! "No."), after a single letter (initials: "J. Smith"), or inside a token ("U.S.",
//! "3.5", "23.12.2021").
//!
//! # Clauses
//!
//! A sentence is cut at `,` `;` `:` (but not between digits: "14,000", "10:30"), at
//! brackets, at an em dash, and at an en dash or hyphen with white space on both sides.
//!
//! # Words
//!
//! A word is a run of letters and digits. It keeps an inner `-`, `'` or `’` between two
//! letters or digits ("build-up", "Russia's", "COVID-19"), an inner `,` or `.` between
//! digits ("14,000", "1.5", "23.12.2021"), a thin or no-break space between a digit and
//! three digits ("14 000"), and an inner `.` between single letters ("U.S", "e.g").
//!
//! # Files
//!
//! `segment.rs` (paragraphs, sentences, clauses), `tokens.rs` (words), `boilerplate.rs`,
//! `lexicon.rs` (word and phrase look-ups), `calendar.rs` (month and weekday names),
//! `lemma.rs`, `fold.rs` (the keys under which spellings of a name fall together),
//! `bits.rs` (byte-level helpers), `words.rs` (the word lists of
//! `data/text_words.txt`: abbreviations, boilerplate and credit wording, irregular
//! plurals, spelling variants); `oracle_tests.rs` holds the analysis as first written,
//! which the tests compare the fast code with.

use std::ops::Range;

use crate::source::Span;

mod bits;
mod boilerplate;
mod calendar;
mod fold;
mod lemma;
mod lexicon;
#[cfg(test)]
mod oracle_tests;
mod segment;
#[cfg(test)]
mod tests;
mod tokens;
mod words;

pub use bits::{
    all_ascii_letters, ascii_letters_end, is_letter, is_possessive, last_ascii_mark,
    possessive_stem, split_once_ascii,
};
pub use boilerplate::is_boilerplate_line;
pub use calendar::{
    MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAY_NAMES, is_calendar_word, is_month, is_weekday,
};
pub use fold::{EXONYMS, KeyFolder, is_exonym, spelling, token_key, unmarked};
pub use lemma::{is_plural, lemma};
pub use lexicon::{
    KeyTable, PhraseSet, WordMap, WordMapBuilder, WordSet, caseless_key, is_one_of, same_word,
    whole_word,
};
use segment::{ABBREVIATION_SET, paragraphs, split_sentences};
pub(crate) use segment::{blocks, trim_str};
pub use tokens::Shape;
use tokens::{Cut, tokenize};
pub use words::ends_superlative;
pub(crate) use words::{entry as list_entry, list_lines};

/// A document's text prepared for extraction.
pub struct Text<'a> {
    /// The whole file.
    pub text: &'a str,
    /// The part to read.
    pub body: Span,
    /// Sentences, in text order, none in boilerplate.
    sentences: Vec<Span>,
    /// Each sentence's words, as a range of `words`, side by side with `sentences`:
    /// known from the cut, so that the readers, which take the words sentence by
    /// sentence, do not search for them.
    sentence_words: Vec<Range<usize>>,
    /// Clauses, in text order; each lies inside one sentence.
    clauses: Vec<Span>,
    /// Words of the sentences, in text order.
    words: Vec<Span>,
    /// The shape of each word, side by side with `words`.
    shapes: Vec<Shape>,
    /// The text of each word, side by side with `words`: sliced once, for the many
    /// readers that read a word again and again ([`Words::w`]).
    strs: Vec<&'a str>,
    /// Boilerplate lines, in text order.
    boilerplate: Vec<Span>,
    /// Words the text writes as a name's last word after a first name ("Claudia
    /// Sheinbaum"), gathered once, when a reader first asks ([`Text::name_ends`]).
    name_ends: std::sync::OnceLock<rustc_hash::FxHashSet<&'a str>>,
}

impl<'a> Text<'a> {
    /// Analyses the body of a text once: its sentences, clauses and words.
    pub fn new(text: &'a str, body: Span) -> Self {
        let body = clamp(text, body);
        let mut this = Self {
            text,
            body,
            sentences: Vec::new(),
            sentence_words: Vec::new(),
            clauses: Vec::new(),
            words: Vec::new(),
            shapes: Vec::new(),
            strs: Vec::new(),
            boilerplate: Vec::new(),
            name_ends: std::sync::OnceLock::new(),
        };
        // Rough sizes for news copy, so that the lists rarely grow.
        this.words.reserve(body.len() / 6);
        this.shapes.reserve(body.len() / 6);
        this.strs.reserve(body.len() / 6);
        this.clauses.reserve(body.len() / 50);
        this.sentences.reserve(body.len() / 120);
        this.sentence_words.reserve(body.len() / 120);
        let mut paras = Vec::new();
        paragraphs(text, body, &mut this.boilerplate, &mut paras);
        // A phrase given on its own, the whole body one line, is read like a sentence
        // unless it is furniture by more than its shortness (issue 12).
        if let ([line], []) = (this.boilerplate.as_slice(), paras.as_slice()) {
            let line = *line;
            if segment::trim(text, body) == line
                && !boilerplate::is_furniture_alone(text.get(line.range()).unwrap_or(""))
            {
                this.boilerplate.clear();
                paras.push(line);
            }
        }
        for paragraph in paras {
            let first = this.sentences.len();
            split_sentences(text, paragraph, &mut this.sentences);
            for &sentence in this.sentences.get(first..).unwrap_or_default() {
                let start = this.words.len();
                // One walk of the sentence's bytes cuts its words and its clauses.
                let cut = Cut {
                    words: &mut this.words,
                    strs: &mut this.strs,
                    shapes: &mut this.shapes,
                    clauses: &mut this.clauses,
                };
                tokenize(text, sentence, cut);
                this.sentence_words.push(start..this.words.len());
            }
        }
        this
    }

    /// The text under a span, or `""` when it does not fall on character boundaries.
    pub fn slice(&self, span: Span) -> &'a str {
        self.text.get(span.range()).unwrap_or("")
    }

    /// Every sentence outside boilerplate, in text order.
    pub fn sentences(&self) -> &[Span] {
        &self.sentences
    }

    /// The texts of the words of sentence `i` (its index in [`Text::sentences`]), in
    /// text order.
    pub fn sentence_strs(&self, i: usize) -> &[&'a str] {
        self.sentence_words
            .get(i)
            .and_then(|range| self.strs.get(range.clone()))
            .unwrap_or_default()
    }

    /// Every clause, in text order.
    pub fn clauses(&self) -> &[Span] {
        &self.clauses
    }

    /// Every word of every sentence, in text order.
    pub fn words(&self) -> &[Span] {
        &self.words
    }

    /// The text of every word of [`Text::words`], side by side with it.
    pub fn word_strs(&self) -> &[&'a str] {
        &self.strs
    }

    /// The boilerplate lines left out of the sentences.
    pub fn boilerplate(&self) -> &[Span] {
        &self.boilerplate
    }

    /// Whether an offset falls in a boilerplate line.
    pub fn is_boilerplate(&self, offset: usize) -> bool {
        containing(&self.boilerplate, offset).is_some()
    }

    /// The sentence containing a byte offset.
    pub fn sentence_at(&self, offset: usize) -> Option<Span> {
        containing(&self.sentences, offset)
    }

    /// The clause containing a byte offset.
    pub fn clause_at(&self, offset: usize) -> Option<Span> {
        containing(&self.clauses, offset)
    }

    /// Indices (into [`Text::words`]) of the words lying wholly inside a span.
    pub fn word_range(&self, span: Span) -> Range<usize> {
        let start = self.words.partition_point(|w| w.start < span.start);
        let end = self.words.partition_point(|w| w.end <= span.end);
        start..end.max(start)
    }

    /// [`Text::word_range`], for a span that is most often one of the sentences: a
    /// sentence's words are looked up by its place among the sentences (fewer than
    /// the words), any other span's searched for.
    fn sentence_word_range(&self, span: Span) -> Range<usize> {
        let at = self.sentences.partition_point(|s| s.start < span.start);
        match (self.sentences.get(at), self.sentence_words.get(at)) {
            (Some(&sentence), Some(words)) if sentence == span => words.clone(),
            _ => self.word_range(span),
        }
    }

    /// The words lying wholly inside a span.
    pub fn words_in(&self, span: Span) -> &[Span] {
        self.words.get(self.word_range(span)).unwrap_or_default()
    }

    /// The words lying wholly inside a span, with their shapes and texts, side by side.
    pub fn shaped_words_in(&self, span: Span) -> (&[Span], &[Shape], &[&'a str]) {
        self.shaped_words(self.sentence_word_range(span))
    }

    /// [`Text::shaped_words_in`] for sentence `i` (its index in [`Text::sentences`]):
    /// its words known by its place, without a search among the sentences.
    pub fn shaped_words_of(&self, i: usize) -> (&[Span], &[Shape], &[&'a str]) {
        self.shaped_words(self.sentence_words.get(i).cloned().unwrap_or_default())
    }

    /// The words of a range of [`Text::words`], with their shapes and texts.
    fn shaped_words(&self, range: Range<usize>) -> (&[Span], &[Shape], &[&'a str]) {
        match (
            self.words.get(range.clone()),
            self.shapes.get(range.clone()),
            self.strs.get(range),
        ) {
            (Some(words), Some(shapes), Some(strs)) => (words, shapes, strs),
            _ => (&[], &[], &[]),
        }
    }

    /// The words the text writes as a name's last word after a first name, gathered
    /// by `gather` from the whole text the first time a reader asks, then kept: a
    /// reader that asks for each figure reads the text once, not once a figure.
    pub fn name_ends(
        &self,
        gather: impl FnOnce(&'a str) -> rustc_hash::FxHashSet<&'a str>,
    ) -> &rustc_hash::FxHashSet<&'a str> {
        self.name_ends.get_or_init(|| gather(self.text))
    }

    /// Whether a sentence is a headline in title case: no final punctuation, at least
    /// three words that start with a letter, three in four of them capitalised.
    pub fn is_title_case(&self, sentence: Span) -> bool {
        let s = self.slice(sentence);
        // A sentence (trimmed) ending in an ASCII byte: that byte decides, without the
        // last character decoded.
        let ends_like_a_sentence = match last_ascii_mark(s) {
            Some(b) => matches!(b, b'.' | b'!' | b'?' | b'"'),
            None => s.trim_end().ends_with(['.', '!', '?', '"', '”', '’', '…']),
        };
        if ends_like_a_sentence {
            return false;
        }
        let (mut letters, mut capitals) = (0usize, 0usize);
        for &w in self.words_in(sentence) {
            match self.slice(w).chars().next() {
                Some(c) if c.is_uppercase() => {
                    letters += 1;
                    capitals += 1;
                }
                Some(c) if c.is_alphabetic() => letters += 1,
                _ => {}
            }
        }
        letters >= 3 && capitals * 4 >= letters * 3
    }

    /// The words within `n` words of a span, on either side, inside the span's sentence;
    /// the span's own words included.
    pub fn words_near(&self, span: Span, n: usize) -> &[Span] {
        let Some(sentence) = self.sentence_at(span.start) else {
            return &[];
        };
        let bounds = self.word_range(sentence);
        let inner = self.word_range(span);
        let start = inner.start.saturating_sub(n).max(bounds.start);
        let end = inner.end.saturating_add(n).min(bounds.end);
        self.words.get(start..end.max(start)).unwrap_or_default()
    }

    /// The first place, inside `within`, where a phrase stands as whole words; case is
    /// ignored, `'` matches `’`, and the words must be separated by white space only.
    pub fn find_phrase(&self, within: Span, phrase: &str) -> Option<Span> {
        let words = self.words_in(within);
        let wanted = phrase.split_whitespace().count();
        if wanted == 0 {
            return None;
        }
        (0..words.len()).find_map(|i| {
            let candidate = words.get(i..i + wanted)?;
            let mut parts = phrase.split_whitespace();
            let mut prev: Option<Span> = None;
            for &w in candidate {
                if !same_word(self.slice(w), parts.next()?) {
                    return None;
                }
                if let Some(p) = prev {
                    if !self.slice(Span::new(p.end, w.start)).trim().is_empty() {
                        return None;
                    }
                }
                prev = Some(w);
            }
            let first = candidate.first()?;
            let last = candidate.last()?;
            Some(Span::new(first.start, last.end))
        })
    }

    /// Whether a phrase stands inside `within` as whole words (see [`Text::find_phrase`]).
    pub fn mentions(&self, within: Span, phrase: &str) -> bool {
        self.find_phrase(within, phrase).is_some()
    }
}

/// The words of one sentence, with the lookups the extractors share. Word indices are
/// local to the sentence; out-of-range indices read as the empty word.
#[derive(Clone, Copy)]
pub struct Words<'t, 'a> {
    /// The analysed text.
    pub text: &'t Text<'a>,
    /// The sentence.
    pub sentence: Span,
    /// Its words.
    pub spans: &'t [Span],
    /// Their texts, side by side with `spans`.
    strs: &'t [&'a str],
    /// Their shapes, side by side with `spans`.
    shapes: &'t [Shape],
}

impl<'t, 'a> Words<'t, 'a> {
    /// The words of a sentence of `text`.
    pub fn of(text: &'t Text<'a>, sentence: Span) -> Self {
        Self::with(text, sentence, text.shaped_words_in(sentence))
    }

    /// The words of sentence `i` of `text` (its index in [`Text::sentences`]), as
    /// [`Words::of`] gives them for that sentence, found by its place.
    pub fn nth(text: &'t Text<'a>, i: usize) -> Self {
        let sentence = text.sentences.get(i).copied().unwrap_or_default();
        Self::with(text, sentence, text.shaped_words_of(i))
    }

    /// A sentence's words from their spans, shapes and texts.
    fn with(
        text: &'t Text<'a>,
        sentence: Span,
        (spans, shapes, strs): (&'t [Span], &'t [Shape], &'t [&'a str]),
    ) -> Self {
        Self {
            text,
            sentence,
            spans,
            strs,
            shapes,
        }
    }

    /// How many words the sentence has.
    pub fn len(&self) -> usize {
        self.spans.len()
    }

    /// Whether the sentence has no word.
    pub fn is_empty(&self) -> bool {
        self.spans.is_empty()
    }

    /// The text of word `i`, or `""`.
    pub fn w(&self, i: usize) -> &'a str {
        self.strs.get(i).copied().unwrap_or("")
    }

    /// The shape of word `i` (the empty shape past the last word).
    pub fn shape(&self, i: usize) -> Shape {
        self.shapes.get(i).copied().unwrap_or_default()
    }

    /// The span of word `i`.
    pub fn span(&self, i: usize) -> Option<Span> {
        self.spans.get(i).copied()
    }

    /// The text between two byte offsets.
    pub fn between(&self, start: usize, end: usize) -> &'a str {
        self.text.slice(Span::new(start, end))
    }

    /// Whether words `i` and `i + 1` are separated by white space only, or by the
    /// period of an abbreviation ("U.S. troops", "Nov. 30").
    pub fn joined(&self, i: usize) -> bool {
        let (Some(a), Some(b)) = (self.span(i), self.span(i + 1)) else {
            return false;
        };
        // Nearly every gap is one space: nothing to strip, and joined (read as a byte,
        // without slicing).
        if b.start == a.end + 1 && self.text.text.as_bytes().get(a.end) == Some(&b' ') {
            return true;
        }
        let gap = self.between(a.end, b.start);
        // Only a gap that opens with a period asks whether the word is an
        // abbreviation (a comma or a bracket between the words is no join either way).
        let gap = match gap.strip_prefix('.') {
            Some(rest) => {
                let w = self.w(i);
                if w.contains('.') || ABBREVIATION_SET.contains(w) {
                    rest
                } else {
                    gap
                }
            }
            None => gap,
        };
        !gap.is_empty() && gap.chars().all(char::is_whitespace)
    }

    /// Whether the words from `i` on spell `phrase` (lower-case ASCII words), joined by
    /// white space.
    pub fn spells(&self, i: usize, phrase: &[&str]) -> bool {
        // Words first: they rule out nearly every candidate, and cheaply (lengths
        // before letters).
        let words_match = match i
            .checked_add(phrase.len())
            .and_then(|end| self.strs.get(i..end))
        {
            Some(words) => words
                .iter()
                .zip(phrase)
                .all(|(w, p)| w.len() == p.len() && p.eq_ignore_ascii_case(w)),
            // Past the last word: out-of-range words read as "".
            None => phrase
                .iter()
                .enumerate()
                .all(|(k, p)| p.eq_ignore_ascii_case(self.w(i.saturating_add(k)))),
        };
        words_match && (1..phrase.len()).all(|k| self.joined(i + k - 1))
    }

    /// Whether word `i` is one of a list of lower-case ASCII words, case ignored.
    #[inline]
    pub fn is(&self, i: usize, list: &[&str]) -> bool {
        is_one_of(self.w(i), list)
    }

    /// Whether word `i` is in a set of words, case ignored.
    pub fn is_in(&self, i: usize, set: &WordSet) -> bool {
        set.contains(self.w(i))
    }

    /// Whether word `i` starts with a capital letter.
    pub fn capitalised(&self, i: usize) -> bool {
        self.w(i).starts_with(char::is_uppercase)
    }
}

/// The span in a sorted, disjoint list that contains an offset.
fn containing(spans: &[Span], offset: usize) -> Option<Span> {
    let i = spans.partition_point(|s| s.end <= offset);
    spans
        .get(i)
        .copied()
        .filter(|s| s.start <= offset && offset < s.end)
}

/// A body span clamped to the text and moved onto character boundaries.
fn clamp(text: &str, body: Span) -> Span {
    let mut end = body.end.min(text.len());
    while end > 0 && !text.is_char_boundary(end) {
        end -= 1;
    }
    let mut start = body.start.min(end);
    while start < end && !text.is_char_boundary(start) {
        start += 1;
    }
    Span::new(start, end)
}
