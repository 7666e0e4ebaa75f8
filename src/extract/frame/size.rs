//! The size of a named object, and the age of a named person written before their
//! name: figures whose claim is the thing or person they are of, not a place and a day.
//!
//! A length or a weight (its unit decides) is a size when a dimension word stands by it
//! (`[sizes]` in `data/frame-words.txt`): glued or right after the unit ("the
//! 300-meter-long Northwind", "48 cm wide", "3.9 meters in length"), or a noun before the
//! figure past linking words ("a length of 300 meters", "its width reaches 41 m"). A unit
//! glued to its figure with no dimension word is the length or weight of the noun it
//! modifies ("the 900-foot cargo ship Northwind", "the 150,000-ton Northwind").
//!
//! The object is a name: the one the figure's noun phrase ends in ("the 300-meter-long
//! (330-yard) Northwind", "the 904-foot cargo ship MV Northwind", a designation of two or
//! three capitals dropped), else the name an aside the figure stands in follows ("the
//! Northwind, which is one of the largest ships afloat, with a length of 300 meters";
//! "the Kestrel capsule, a 48 cm wide steel tank"). With no name, the figure is no
//! claim: "a three-meter long capsule" may be any capsule.
//!
//! The figure is then read in metres or tonnes, so that "300 m" and "985 feet"
//! compare.

use super::Sentence;
use super::lexicon::LEXICON;
use crate::extract::{Fact, Value};
use crate::text::token_key;

/// Units of length and of weight, each with its size in metres or tonnes.
const UNITS: &[(&str, f64, &str)] = &[
    ("metre", 1.0, "metre"),
    ("meter", 1.0, "metre"),
    ("kilometre", 1000.0, "metre"),
    ("kilometer", 1000.0, "metre"),
    ("km", 1000.0, "metre"),
    ("cm", 0.01, "metre"),
    ("mm", 0.001, "metre"),
    ("ft", 0.3048, "metre"),
    ("kg", 0.001, "tonne"),
    ("centimetre", 0.01, "metre"),
    ("centimeter", 0.01, "metre"),
    ("millimetre", 0.001, "metre"),
    ("millimeter", 0.001, "metre"),
    ("foot", 0.3048, "metre"),
    ("feet", 0.3048, "metre"),
    ("yard", 0.9144, "metre"),
    ("mile", 1609.344, "metre"),
    ("inch", 0.0254, "metre"),
    ("tonne", 1.0, "tonne"),
    ("ton", 1.0, "tonne"),
    ("kilogram", 0.001, "tonne"),
    ("kilo", 0.001, "tonne"),
];

/// What a size is: its dimension, the key of the object it is of, the factor to its
/// base unit, and that unit. A distance from a place may also name the place it
/// locates ("Eastport, 9 miles east of Norville"): Eastport's distance, not an event's.
pub(super) struct Size {
    pub dimension: &'static str,
    pub object: String,
    pub located: Option<String>,
    pub factor: f64,
    pub base: &'static str,
}

impl Sentence<'_, '_> {
    /// The size a figure at words `first..=last` gives of a named object (see the
    /// module documentation), if any.
    pub(super) fn size_of(
        &self,
        fact: &Fact,
        first: usize,
        last: usize,
        from: usize,
    ) -> Option<Size> {
        let unit = fact.unit.as_ref()?;
        if let Some((_, part)) = LEXICON.parts.at(&[unit.lemma.as_str()]) {
            return self.parts_of(part, unit.span, first, last, from);
        }
        let of = |lemma: &str| UNITS.iter().find(|(u, _, _)| *u == lemma).copied();
        // "a 3 meter high steel tank": the figure reader takes the tank for the unit,
        // the unit word right after the figure for a modifier.
        let (factor, base, unit_end, unit_tail) = match of(&unit.lemma) {
            Some((_, factor, base)) => (factor, base, self.cover(unit.span)?.1, unit.span.end),
            None => {
                let (_, factor, base) = of(self.all().get(last + 1)?.as_ref())?;
                (factor, base, last + 1, self.words.span(last + 1)?.end)
            }
        };
        let glued = unit_end == last;
        let text = self.words.text.text;
        let token_end = self.words.span(unit_end)?.end;
        // "300-meter-long": the dimension glued on after the unit.
        let suffix = text
            .get(unit_tail..token_end)
            .and_then(|t| t.strip_prefix('-'))
            .filter(|t| !t.is_empty());
        let l = &*LEXICON;
        // A unit apart from its figure with no dimension word modifies the name right
        // after it, no name before ("the 120 kg Kestrel probe").
        let mut modifier = false;
        let (dimension, mut end) = if let Some(word) = suffix {
            let lemmas = [super::cached_lemma(word)];
            (*l.sizes.at(&lemmas)?.1, unit_end)
        } else if let Some((n, d)) = l.sizes.at(self.from(unit_end + 1)) {
            (*d, unit_end + n)
        } else if let Some(d) = self.size_word_before(first, from) {
            (d, unit_end)
        } else if glued || self.unit_modifies(first, last, unit_end) {
            // "the 900-foot Northwind", "the 120 kg Kestrel probe": the length or weight
            // of what it modifies.
            modifier = !glued;
            (if base == "tonne" { "mass" } else { "length" }, unit_end)
        } else {
            return None;
        };
        // "a 54 cm wide and 4 meter high tube": the next size of the same phrase.
        if self.words.is(end + 1, &["and"]) {
            end += 1;
        }
        let object = self
            .name_after(end)
            .or_else(|| (!modifier).then(|| self.name_before(first, from)).flatten())?;
        Some(Size {
            dimension,
            object,
            located: None,
            factor,
            base,
        })
    }

    /// The count of parts (`part`, of `[parts]`) a figure at words `first..=last`
    /// glued to their noun gives of a named object: "the 24-storey Northwind Tower",
    /// "the Northwind Tower, a 24-storey block". "24 floors", "a 20-storey building"
    /// are none.
    fn parts_of(
        &self,
        part: &'static str,
        unit: crate::source::Span,
        first: usize,
        last: usize,
        from: usize,
    ) -> Option<Size> {
        let (_, unit_end) = self.cover(unit)?;
        if unit_end != last {
            return None;
        }
        let object = self
            .name_after(last)
            .or_else(|| self.name_before(first, from))?;
        Some(Size {
            dimension: part,
            object,
            located: None,
            factor: 1.0,
            base: part,
        })
    }

    /// A noun of a dimension before the figure at word `first`, past linking words ("a
    /// length of 300 meters", "its width reaches 41 m").
    fn size_word_before(&self, first: usize, from: usize) -> Option<&'static str> {
        let l = &*LEXICON;
        let all = self.all();
        let mut k = first;
        while k > from && first - k < 4 {
            k -= 1;
            if let Some((_, d)) = l.sizes.ending_at(all, k) {
                return (!self.words.is(k, &LEXICON.size_adjectives)).then_some(*d);
            }
            // Only linking words between ("a length of", "its width reaches").
            l.skip.at(self.from(k))?;
        }
        None
    }

    /// The name a noun phrase ends in, from word `end + 1` on: past a bracket ("(430
    /// yards)"), a comma before a hyphenated adjective ("2.6 km long, four-lane"), and at
    /// most three lower-case words ("cargo ship"), a run of capitalised words, a
    /// designation of two or three capitals before the name dropped ("MV").
    pub(super) fn name_after(&self, end: usize) -> Option<String> {
        let mut k = end + 1;
        let mut lower = 0;
        let mut in_bracket = false;
        loop {
            let prev = self.words.span(k - 1)?;
            let this = self.words.span(k)?;
            let gap = self.words.between(prev.end, this.start);
            let word = self.words.w(k);
            if gap.contains('(') {
                in_bracket = true;
            }
            let bare = gap.trim();
            let gap_ok = bare.is_empty()
                || bare.chars().all(|c| c == '(' || c == ')')
                || (bare == "," && word.contains('-') && word.starts_with(char::is_lowercase));
            if !gap_ok {
                return None;
            }
            if in_bracket {
                let next = self.words.span(k + 1)?;
                if self.words.between(this.end, next.start).contains(')') {
                    in_bracket = false;
                }
                k += 1;
                if k > end + 6 {
                    return None;
                }
                continue;
            }
            if capitalised_word(word) {
                break;
            }
            if !word.starts_with(char::is_lowercase) || self.words.is(k, &LEXICON.phrase_ends) {
                return None;
            }
            lower += 1;
            if lower > 3 {
                return None;
            }
            k += 1;
        }
        self.name_from(k)
    }

    /// The name that the aside a figure at word `first` stands in follows: the nearest
    /// run of capitalised words before it, at most fifteen words away and not the
    /// sentence's first word alone, followed by at most three lower-case words and a
    /// comma ("the Northwind, which is one of the largest ships, with a length of").
    fn name_before(&self, first: usize, from: usize) -> Option<String> {
        let mut k = first;
        while k > from.saturating_sub(20) && first - k < 16 {
            k -= 1;
            if !capitalised_word(self.words.w(k)) {
                continue;
            }
            let mut start = k;
            while start > 0
                && capitalised_word(self.words.w(start - 1))
                && self.words.joined(start - 1)
            {
                start -= 1;
            }
            // "southwest of the Ridge Fire, the source lay at a depth of 10 km": a name
            // after a preposition is no object the aside describes.
            if start > 0
                && self.words.is(start - 1, &LEXICON.phrase_ends)
                && !self.words.is(start - 1, &["the"])
            {
                return None;
            }
            // At most three lower-case words, then a comma ("Kestrel 3, with a mass of").
            let mut j = k + usize::from(self.number_after_name(k).is_some());
            loop {
                let here = self.words.span(j)?;
                let next = self.words.span(j + 1)?;
                let gap = self.words.between(here.end, next.start).trim();
                if gap == "," {
                    break;
                }
                if !gap.is_empty()
                    || j - k >= 3
                    || !self.words.w(j + 1).starts_with(char::is_lowercase)
                {
                    return None;
                }
                j += 1;
            }
            // A sentence's first word is capitalised whatever it is: "The Northwind, …"
            // names the Northwind, "On Saturday, …" and "However, …" nothing.
            let skip = usize::from(
                start == 0
                    && (self.words.is(0, &LEXICON.phrase_ends)
                        || crate::extract::names::opens_without_naming(self.words.w(0))),
            );
            if start + skip > k {
                return None;
            }
            return self.name_from(start + skip);
        }
        None
    }

    /// The key of the run of capitalised words from word `k` on (at most five), a
    /// designation of two or three capitals before it dropped ("MV Northwind").
    fn name_from(&self, mut k: usize) -> Option<String> {
        if self.words.is(k, &LEXICON.phrase_ends) {
            return None;
        }
        let w = self.words.w(k);
        if (2..=3).contains(&w.len())
            && w.chars().all(|c| c.is_ascii_uppercase())
            && capitalised_word(self.words.w(k + 1))
            && self.words.joined(k)
        {
            k += 1;
        }
        let start = k;
        let mut parts = vec![token_key(self.words.w(k))];
        while parts.len() < 5 && self.words.joined(k) && capitalised_word(self.words.w(k + 1)) {
            k += 1;
            parts.push(token_key(self.words.w(k)));
        }
        // "Kestrel 3" is "Kestrel-3": a number after a name is glued to its last word.
        if let Some(number) = self.number_after_name(k) {
            k += 1;
            if let Some(last) = parts.last_mut() {
                last.push_str(number);
            }
        }
        // "on Saturday": a day or a month is no name.
        if (start..=k).any(|i| crate::text::is_calendar_word(self.words.w(i))) {
            return None;
        }
        let key = parts.join(" ");
        (!key.trim().is_empty()).then_some(key)
    }
}

impl Sentence<'_, '_> {
    /// Whether the unit word `unit_end` right after a figure at words `first..=last`
    /// modifies a noun after them, the figure following an article ("the 120 kg
    /// Kestrel probe"; not "weighed 120 kg").
    fn unit_modifies(&self, first: usize, last: usize, unit_end: usize) -> bool {
        unit_end == last + 1
            && first
                .checked_sub(1)
                .is_some_and(|k| self.words.is(k, &["the", "a", "an"]))
    }

    /// The number of one to three digits right after the name's word `k`, part of the
    /// name ("Kestrel 3", "Northwind 2").
    fn number_after_name(&self, k: usize) -> Option<&str> {
        let w = self.words.w(k + 1);
        (self.words.joined(k)
            && (1..=3).contains(&w.len())
            && w.bytes().all(|b| b.is_ascii_digit()))
        .then_some(w)
    }
}

/// Whether a word is a capitalised word of a name: a capital, then letters, digits,
/// hyphens or apostrophes ("Northwind", "O'Neill", "Kestrel", "II").
pub(super) fn capitalised_word(w: &str) -> bool {
    w.starts_with(char::is_uppercase)
        && w.chars()
            .all(|c| c.is_alphanumeric() || c == '-' || c == '\'' || c == '’')
}

/// A nautical mile in metres.
const NAUTICAL_MILE: f64 = 1852.0;

impl Sentence<'_, '_> {
    /// The distance a figure at words `first..` gives of a named place, if any: a length
    /// right before "of", "from" or "off (the coast of)", past a conversion in brackets
    /// and a bearing ("76 km (47 miles) northwest of Norville", "47 nautical miles
    /// southwest of Eastport", "about 50 miles off the coast of Eastport"), and then a
    /// name.
    /// Keyed by the place (its entity's key, else its words), read in metres. A radius
    /// ("within 50 km of") is no distance of one place.
    pub(super) fn distance_from(&self, fact: &Fact, first: usize) -> Option<Size> {
        let unit = fact.unit.as_ref()?;
        let (_, mut factor, base) = UNITS.iter().find(|(u, _, _)| *u == unit.lemma).copied()?;
        if base != "metre" {
            return None;
        }
        if first >= 1
            && self
                .words
                .is(first - 1, &["within", "radius", "to", "than"])
        {
            return None;
        }
        let (unit_start, unit_end) = self.cover(unit.span)?;
        if unit.lemma == "mile" && unit_start >= 1 && self.words.is(unit_start - 1, &["nautical"]) {
            factor = NAUTICAL_MILE;
        }
        let len = self.words.len();
        let mut k = unit_end + 1;
        // "(47 miles)": a conversion, passed over, up to the word its bracket closes
        // after.
        let gap_after = |i: usize| -> &str {
            match (self.words.span(i), self.words.span(i + 1)) {
                (Some(a), Some(b)) => self.words.between(a.end, b.start),
                _ => "",
            }
        };
        if gap_after(unit_end).contains('(') {
            while k < len && !gap_after(k).contains(')') {
                k += 1;
            }
            k += 1;
        }
        if self.words.is(k, &LEXICON.directions) {
            k += 1;
        }
        if self.words.is(k, &["off"]) {
            k += 1;
            while self.words.is(k, &["the", "coast", "shore", "of"]) {
                k += 1;
            }
        } else if self.words.is(k, &["of", "from"]) {
            k += 1;
        } else {
            return None;
        }
        // Marks that end a clause at a word's end.
        const CLAUSE_ENDS: [char; 5] = [',', '.', ';', ':', ')'];
        // "of the southern coastal town of Pylos": what the place is, passed over (a few
        // words, none ending a clause); a name must follow.
        let mut titles = 0;
        while titles < 5
            && !self.words.capitalised(k)
            && self.words.is(k, &LEXICON.place_titles)
            && !self.words.w(k).ends_with(CLAUSE_ENDS)
        {
            k += 1;
            titles += 1;
        }
        // The place: a run of capitalised words, up to the first that ends a clause.
        let mut words: Vec<&str> = Vec::new();
        while k < len && words.len() < 4 {
            let w = self.words.w(k);
            let bare = w.trim_end_matches(CLAUSE_ENDS);
            if !capitalised_word(bare) {
                break;
            }
            words.push(bare);
            if bare.len() < w.len() {
                break;
            }
            k += 1;
        }
        if words.is_empty() || words.iter().any(|w| crate::text::is_calendar_word(w)) {
            return None;
        }
        let name = words.join(" ");
        let entities = &*super::entities::LEXICON;
        let object = entities
            .lookup(&name)
            .map(|e| entities.key(e).to_owned())
            .unwrap_or_else(|| {
                words
                    .iter()
                    .map(|w| token_key(w))
                    .collect::<Vec<_>>()
                    .join(" ")
            });
        // "the town of Eastport, 9 miles east of Norville": the distance of the place
        // the figure stands in apposition to, when a title tells it is a place ("in
        // Eastport, 9 miles east of Norville" may tell where an event was).
        let located = first
            .checked_sub(1)
            .filter(|&p| {
                let w = self.words.w(p);
                self.comma_before(first)
                    && capitalised_word(w)
                    && !crate::text::is_calendar_word(w)
                    && p >= 2
                    && self.words.is(p - 1, &["of"])
                    && !self.words.is(p - 2, &["the", "of"])
                    && self.words.is(p - 2, &LEXICON.place_titles)
            })
            .map(|p| token_key(self.words.w(p)));
        Some(Size {
            dimension: DISTANCE_FROM,
            object,
            located,
            factor,
            base,
        })
    }
}

/// The measure of a distance from a named place.
const DISTANCE_FROM: &str = "distance from";

/// A figure read in its base unit: each bound and its stated value times `factor`.
pub(super) fn rescale(fact: &mut Fact, size: &Size) {
    if let Value::Quantity(v) = &mut fact.value {
        v.min = v.min.map(|x| x * size.factor);
        v.max = v.max.map(|x| x * size.factor);
        v.nominal = v.nominal.map(|x| x * size.factor);
    }
    if let Some(unit) = &mut fact.unit {
        size.base.clone_into(&mut unit.lemma);
    }
}
