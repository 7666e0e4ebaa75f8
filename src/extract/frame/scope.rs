//! Whose or where a fact is (its scope), when it holds (as of), how sure it is (its
//! status), what kind of count it is (its qualifier), and the lower bound a verb such
//! as "passed" makes of a figure.

use chrono::NaiveDate;

use super::lexicon::{LEXICON, Rank};
use super::{AsOf, AsOfOrigin, Sentence, Status, entities, is_calendar, keys, magnitude_word};
use crate::extract::{Fact, Hedge, Interval, Value};
use crate::source::Span;
use crate::text::{is_possessive, possessive_stem};

/// Words of voting that make a word after a figure its side ("voting No").
const VOTING: &[&str] = &["voted", "voting", "vote", "votes"];

/// The measure class of a length of time (`duration` in `[fixed]` of
/// `data/measures.txt`).
const DURATION: &str = "duration";

/// The lemma of word `k` without a possessive ("county's" → "county"), to look up
/// among place nouns.
fn place_lemma(lemmas: &[super::WordLemma], k: usize) -> Option<&str> {
    let lemma = lemmas.get(k)?;
    Some(lemma.strip_suffix("'s").unwrap_or(lemma))
}

/// The place a place noun at word `j` ends or follows, as written: the capitalised
/// words right before it (at most three, none before word `floor`), with the noun when
/// it is capitalised itself ("Pine County") and without it when not ("Al Qarib
/// province" → "Al Qarib"); a possessive and dots taken off.
fn named_by(words: &crate::text::Words<'_, '_>, j: usize, floor: usize) -> Option<String> {
    let last = if words.capitalised(j) {
        j
    } else {
        j.checked_sub(1)?
    };
    let mut first = j;
    while first > floor && j - first < 3 && words.capitalised(first - 1) && words.joined(first - 1)
    {
        first -= 1;
    }
    if first >= j {
        return None;
    }
    let span = Span::new(words.span(first)?.start, words.span(last)?.end);
    Some(entities::bare(words.text.slice(span)).into_owned())
}

/// A frame's measure class, when the lexicon knows it.
fn known_class(frame: &super::Frame) -> Option<&str> {
    frame
        .measure
        .as_ref()
        .filter(|m| m.known)
        .map(|m| m.class.as_str())
}

/// What a pointing phrase ("that country") stands for.
enum Pointed {
    /// An entity of the lexicon.
    Entity(usize),
    /// A place the lexicon does not know, as written.
    Named(String),
}

/// Words that part a place from the figure before it: what follows is another figure's.
const PARTING: &[&str] = &[
    "and",
    "while",
    "but",
    "whereas",
    "with",
    "including",
    "bringing",
    "putting",
    "taking",
];

/// Words of contrast: what follows them is said of other things than what comes
/// before.
const CONTRAST: &[&str] = &["while", "but", "whereas", "although", "though", "yet"];

/// Qualifiers whose cue words count only right before a figure.
const ADJACENT_ONLY: &[&str] = &["change", "part", "record"];

/// Days after which an event a figure counts is another event, whose count holds at its
/// time ("the 2018 fire killed 85"), not at the article's date.
const OLD_EVENT_DAYS: i64 = 60;

/// What an institution a figure is counted at says of it: see
/// [`Sentence::institution`].
pub(super) enum Institution {
    /// A named one, as written ("Northside Hospital"): the figure's scope.
    Named(String),
    /// One the text does not name here ("at the hospital", "in the city's hospitals"):
    /// a part of the toll, compared with nothing.
    Unnamed,
}

/// Words after a time that show it is no noun's modifier ("the June 24 tragedy" is;
/// "the June 24 and" is not): joining words, prepositions, verbs of being.
const NOT_A_NOUN: &[&str] = &[
    "and", "or", "but", "to", "at", "in", "on", "of", "for", "from", "by", "when", "after",
    "before", "with", "as", "that", "which", "was", "is", "were", "are", "had", "has",
];

impl Sentence<'_, '_> {
    /// Whose or where a figure at words `first..=last` is: the owners its head names
    /// ("100,000 Russian troops", "Russia's troops"; for a counted group, the clause's
    /// subject: "Russia has massed 100,000 troops"), lifted from capitals to their
    /// country ("Washington" → United States); failing those, the places of its clause
    /// (outside the attribution) and of a phrase opening the sentence ("On the Syrian
    /// side, 1,602 died"). Keys sorted, once each.
    pub(super) fn figure_scope(
        &self,
        fact: &Fact,
        span: (usize, usize),
        clause: (usize, usize),
    ) -> Vec<String> {
        let ((first, last), (from, to)) = (span, clause);
        let e = &*entities::LEXICON;
        // "followed by Lusso (212)", "Syria (35)": a list item's name is its place.
        if let Some(b) = self.bracket_name(first) {
            if let Some(&(x, _)) = e.find(&self.words, b, b + 1).first() {
                return vec![e.key(e.country(x)).to_owned()];
            }
            let who = fact.attribution.as_ref().map(|a| a.span);
            let w = self.words.w(b);
            let inside = self
                .words
                .span(b)
                .is_some_and(|s| who.is_some_and(|w| w.contains(s)));
            if !inside
                && !is_calendar(&entities::bare(w))
                && LEXICON.events.at(self.from(b)).is_none()
            {
                return vec![entities::bare(w).into_owned()];
            }
        }
        let mut found = self.entities_in(from, to);
        // A list of places the clause splitter cut at its comma ("tops 20,000 in
        // Turkey, Syria"): the places that follow the clause's last one.
        let mut end = to;
        while end < to + super::REACH
            && found
                .last()
                .is_some_and(|&(_, span)| self.cover(span).is_some_and(|(_, b)| b + 1 == end))
        {
            let Some(&(entity, span)) = e
                .find(&self.words, end, (end + 4).min(self.words.len()))
                .first()
            else {
                break;
            };
            let Some((a, b)) = self.cover(span) else {
                break;
            };
            let gap = self
                .words
                .span(end - 1)
                .map_or("", |w| self.words.between(w.end, span.start));
            if a != end || !matches!(gap.trim(), "," | "and" | ", and") {
                break;
            }
            found.push((entity, span));
            end = b + 1;
        }
        // "…is in Charlotte County, where the sheriff confirmed 24 deaths": a clause
        // opened by "where" is of the place before it.
        // So is one opened after a list of places ("moved inland to Zimbabwe and
        // Malawi, where it killed a further 130 people"): of all of them.
        if self.words.is(from, &["where"]) && from > 0 {
            let before = e.find(&self.words, from.saturating_sub(6), from);
            let mut listed = before.len();
            while listed >= 2 {
                let (Some(&(_, a)), Some(&(_, b))) =
                    (before.get(listed - 2), before.get(listed - 1))
                else {
                    break;
                };
                if !matches!(
                    self.words.between(a.end, b.start).trim(),
                    "," | "and" | ", and"
                ) {
                    break;
                }
                listed -= 1;
            }
            found.extend(
                before
                    .get(listed.saturating_sub(1)..)
                    .unwrap_or_default()
                    .iter()
                    .copied(),
            );
        }
        let who = fact.attribution.as_ref().map(|a| a.span);
        // "Zimbabwe updated its toll to 344 while Mozambique said fatalities stood at
        // 602": a place before the figure's source, which stands between, is of
        // another clause's figure.
        let found: Vec<(usize, Span)> = found
            .into_iter()
            .filter(|(_, span)| {
                !who.is_some_and(|w| {
                    w.contains(*span) || (span.end <= w.start && w.end <= fact.span.start)
                })
            })
            .collect();
        let position = |span: Span| self.cover(span).map_or(0, |(a, _)| a);
        let head = fact
            .unit
            .as_ref()
            .and_then(|u| self.cover(u.span))
            .map_or(last, |(_, b)| b);
        // Owners: a name inside the noun phrase, or a possessive right before it.
        let mut owners: Vec<usize> = found
            .iter()
            .filter(|(_, span)| {
                let k = position(*span);
                (k > last && k < head) || (k + 1 == first && self.words.w(k).contains(['\'', '’']))
            })
            .map(|&(entity, _)| entity)
            .collect();
        let group = matches!(
            LEXICON.measures.at(&[super::cached_lemma(fact.unit.as_ref().map_or("", |u| u.lemma.as_str()))]),
            Some((_, c)) if c.rank == Rank::Group
        );
        if owners.is_empty() && group {
            // The subject: the first name of the clause, before the figure, not
            // inside a prepositional phrase.
            if let Some(&(entity, span)) = found.first() {
                let k = position(span);
                let after_preposition = k.checked_sub(1).is_some_and(|b| {
                    b >= from
                        && self.words.is(
                            b,
                            &[
                                "in", "on", "at", "near", "to", "from", "with", "across", "of",
                                "for", "into", "along", "by",
                            ],
                        )
                });
                if k < first && !after_preposition {
                    owners.push(entity);
                }
            }
        }
        if !owners.is_empty() {
            return keys(owners.into_iter().map(|o| e.country(o)));
        }
        // "Pioneer's more than 850,000 acres": a figure whose own unit tells its measure
        // (an area, a weight) is owned by a name the lexicon does not know, possessive
        // right before it. The possessive is asked first: most figures have none, and
        // their unit is then not looked up.
        if let Some(owner) = self.possessive_owner(first) {
            let unit = fact.unit.as_ref().map_or("", |u| u.lemma.as_str());
            let measure = LEXICON.measures.at(&[super::cached_lemma(unit)]);
            if matches!(measure, Some((_, c)) if c.rank == Rank::Fixed) {
                return vec![owner];
            }
        }
        // "Eight Marion County deaths": a place the lexicon does not know, named by a
        // place noun inside the noun phrase.
        let inside = (last + 1..head).find_map(|j| {
            LEXICON.place_nouns.at(&[place_lemma(&self.lemmas, j)?])?;
            named_by(&self.words, j, last + 1)
        });
        if let Some(place) = inside {
            return vec![place];
        }
        let known: Vec<Span> = found.iter().map(|&(_, span)| span).collect();
        // Places the lexicon does not know ("in Pine County", "in Al Qarib province"):
        // the capitalised words after a preposition of place, as written.
        let mut unknown = self.unknown_places(from, to, &known, fact);
        // "in Eastland's Ridge district": the owner only says where the place lies.
        let owners_of: Vec<usize> = unknown
            .iter()
            .filter_map(|&(_, k)| k.checked_sub(1))
            .filter(|&b| is_possessive(self.words.w(b)))
            .collect();
        if self.words.is(from, &["where"]) && from > 0 {
            let before = self.unknown_places(from.saturating_sub(5), from, &known, fact);
            unknown.extend(before.last().map(|(place, _)| (place.clone(), from)));
        }
        // "Peru's northern city of Trujillo": the place of a place noun's "of" is the
        // figure's, not the country the noun phrase puts it in.
        let mut found = found;
        found.retain(|&(_, span)| {
            !self
                .cover(span)
                .is_some_and(|(_, b)| owners_of.contains(&b))
        });
        for &(_, k) in &unknown {
            if k >= 2 && self.words.is(k - 1, &["of"]) {
                let noun = k - 2;
                found.retain(|&(_, span)| {
                    let p = position(span);
                    !(p < noun && noun - p <= 4)
                });
            }
        }
        // "In that country", "the county's": the place named before.
        for k in from..to {
            match self.pointed_place(k) {
                Some(Pointed::Entity(x)) => {
                    if let Some(span) = self.words.span(k) {
                        found.push((x, span));
                    }
                }
                Some(Pointed::Named(name)) => unknown.push((name, k)),
                None => {}
            }
        }
        // A clause with several figures shares out its places: "17,134 deaths in
        // Turkey and another 3,317 in Syria". A figure with places of its own keeps
        // only those; one with none ("putting the total at 20,451") keeps all.
        // The clause's figures: a run of the sentence's, which are in text order.
        let start = self.figures.partition_point(|&(a, _)| a < from);
        let figures = self.figures.get(start..).unwrap_or_default();
        let figures = figures
            .get(..figures.partition_point(|&(_, b)| b < to))
            .unwrap_or_default();
        // "The 88 U.S. deaths brought the storm's overall death toll to 157": a whole
        // ("overall", "worldwide") after another figure of its clause sums more than
        // that figure, whose places (those before its head) are not the whole's; so
        // does the toll of the event a relative clause tells ("464 Iranian pilgrims
        // died in the stampede that left 769 people dead").
        let whole = (first.saturating_sub(4).max(from)..first).find(|&k| {
            self.words.is(k, &LEXICON.overall)
                || (self.words.is(k, &LEXICON.relative)
                    && self.words.is(k + 1, &LEXICON.relative_outcomes))
        });
        let part_head = whole.and_then(|w| {
            figures
                .iter()
                .rev()
                .find(|&&(a, head)| a < w && head < w)
                .map(|&(_, head)| head)
        });
        if let Some(head) = part_head {
            found.retain(|&(_, span)| position(span) >= head);
            unknown.retain(|&(_, k)| k >= head);
        }
        let own = |k: usize| self.owner(k, figures) == Some(first);
        let mine = found.iter().any(|&(_, span)| own(position(span)))
            || unknown.iter().any(|&(_, k)| own(k));
        let mut places: Vec<usize> = found
            .into_iter()
            .filter(|&(_, span)| !mine || own(position(span)))
            .map(|(entity, _)| entity)
            .collect();
        let mut opening_places = Vec::new();
        // A conjunction may stand before it: "And in the Vancouver Coastal region,
        // coroners were called to 193 deaths".
        let lead = usize::from(from > 0 && self.words.is(0, &LEXICON.opening_leads));
        // Only a clause that starts within the first words can follow an opening
        // phrase (see below): later ones skip the search for its comma.
        if from > 0 && from <= 8 + lead {
            // "In Syria, 1,602 died": a short opening phrase lends its place.
            let opening = self
                .words
                .spans
                .iter()
                .take(from)
                .position(|w| {
                    self.words
                        .text
                        .text
                        .get(w.end..)
                        .is_some_and(|r| r.starts_with(','))
                })
                .map(|k| k + 1);
            // Only for the clause right after it: "…, bringing the toll in the two
            // countries to 19,700" is not the opening's.
            if let Some(end) = opening.filter(|&end| end <= 8 + lead && end == from) {
                if self
                    .words
                    .is(lead, &["in", "on", "across", "inside", "throughout", "for"])
                {
                    let named = e.find(&self.words, lead, end);
                    // "In Burnaby, police responded to 34 deaths": a place the lexicon
                    // does not know, as written.
                    if named.is_empty() {
                        opening_places = self.unknown_places(lead, end, &known, fact);
                    }
                    places.extend(named.into_iter().map(|(x, _)| x));
                }
            }
        }
        let mut out = keys(places);
        out.extend(opening_places.into_iter().map(|(place, _)| place));
        out.extend(
            unknown
                .into_iter()
                .filter(|&(_, k)| !mine || own(k))
                .map(|(place, _)| place),
        );
        // "The statewide death toll", "nationwide": the whole of a place the text does
        // not name here, which is no part of it.
        if out.is_empty() {
            if let Some(k) = (from..to).find(|&k| LEXICON.whole.at(self.from(k)).is_some()) {
                out.push(self.words.w(k).to_lowercase().replace('-', ""));
            }
        }
        // "Zimbabwe updated its toll to 344 while Mozambique said … 602, taking the
        // combined tally to 946": a total with no place of its own sums the countries of
        // its sentence, when it names two or more.
        let total = || {
            (first.saturating_sub(3).max(from)..first)
                .any(|k| LEXICON.total.ending_at(self.all(), k).is_some())
        };
        if out.is_empty() && total() {
            let countries = keys(
                self.entities_in(0, self.words.len())
                    .into_iter()
                    .map(|(x, _)| e.country(x)),
            );
            if countries.len() >= 2 {
                out = countries;
            }
        }
        // "Pine County Sheriff Dan Brooks announced that the toll climbed to 54":
        // with no place of its own, a figure is of the place its source serves.
        if out.is_empty() {
            out.extend(self.source_place(fact));
        }
        out.sort();
        out.dedup();
        out
    }

    /// The institution a count of an outcome at words `first..=last` is made at, if
    /// any: one after "at" or "in" with a determiner, a possessive, a modifier or a
    /// name ("died at the hospital", "the toll at Eastport's Northside Medical Centre
    /// rose to 295", "58 perished at Northside Hospital"), with no other figure between;
    /// a named one opening the clause before the figure ("Northside Hospital has seen
    /// 110 dead"); or one the figure's source names ("a spokesman for Northside
    /// Hospital said 20 had died"). Bare "in hospital" is a state, no place.
    pub(super) fn institution(
        &self,
        fact: &Fact,
        span: (usize, usize),
        clause: (usize, usize),
    ) -> Option<Institution> {
        let ((first, last), (from, to)) = (span, clause);
        if !self.may_hold(&LEXICON.institutions) {
            return None;
        }
        let between = |a: usize, b: usize| self.figures.iter().any(|&(f, _)| f > a && f < b);
        let mut read: Option<Institution> = None;
        let mut k = from;
        while k < to {
            let Some((n, ())) = LEXICON.institutions.at(self.from(k)) else {
                k += 1;
                continue;
            };
            let (j, end) = (k, k + n - 1);
            k = end + 1;
            if j <= last && end >= first {
                continue;
            }
            let (start, name) = self.institution_name(j, end, from);
            let before = start.checked_sub(1).filter(|&b| b >= from);
            let placed = start < j
                && before.is_some_and(|b| {
                    self.words.is(b, &LEXICON.institution_prepositions) && self.words.joined(b)
                });
            let near = if end < first {
                !between(end, first)
            } else {
                !between(last, j)
            };
            // The clause's subject: a named institution at its start, before the figure.
            let subject = name.is_some() && end < first && before.is_none();
            if !((placed && near) || subject) {
                continue;
            }
            match name {
                Some(name) => return Some(Institution::Named(name)),
                None => read = Some(Institution::Unnamed),
            }
        }
        // "a spokesman for Northside Hospital said 20 people had died at the hospital":
        // the source's institution names the one the count is made at.
        let who = fact.attribution.as_ref().map(|a| a.span);
        let named_source = who.and_then(|w| self.cover(w)).and_then(|(a, b)| {
            (a..=b).find_map(|j| {
                let (n, ()) = LEXICON.institutions.at(self.from(j))?;
                self.institution_name(j, j + n - 1, a).1
            })
        });
        if named_source.is_some() || read.is_none() {
            return named_source.map(Institution::Named).or(read);
        }
        // "Saqib Khan, a spokesman for Northside Hospital, said 20 people had died at
        // the hospital": an institution not named here is the one named last before the
        // figure in its sentence, with no figure between (a few clauses back at most).
        let mut named_before = None;
        let mut k = first.saturating_sub(3 * super::REACH);
        while k < first {
            let Some((n, ())) = LEXICON.institutions.at(self.from(k)) else {
                k += 1;
                continue;
            };
            let end = k + n - 1;
            if end < first && !between(end, first) {
                named_before = self.institution_name(k, end, 0).1.or(named_before);
            }
            k = end + 1;
        }
        named_before.map(Institution::Named).or(read)
    }

    /// An institution's phrase whose noun is words `j..=end`: the first word of the
    /// phrase (past the name's capitalised words, possessives, determiners and up to
    /// two lower-case modifiers, none before word `floor`), and the name as written
    /// (the capitalised words right before the noun, with the noun), if it has one.
    fn institution_name(&self, j: usize, end: usize, floor: usize) -> (usize, Option<String>) {
        let possessive = |k: usize| is_possessive(self.words.w(k));
        let mut named = j;
        while named > floor
            && j - named < 3
            && self.words.capitalised(named - 1)
            && self.words.joined(named - 1)
            && !possessive(named - 1)
            && !self.words.is(named - 1, &LEXICON.institution_determiners)
            && !self.words.is(named - 1, &LEXICON.institution_prepositions)
        {
            named -= 1;
        }
        let name = (named < j || self.words.capitalised(j))
            .then(|| {
                let span = Span::new(self.words.span(named)?.start, self.words.span(end)?.end);
                Some(entities::bare(self.words.text.slice(span)).into_owned())
            })
            .flatten();
        let mut start = named;
        let mut modifiers = 0;
        while start > floor && j - start < 6 && self.words.joined(start - 1) {
            let b = start - 1;
            let word = self.words.w(b);
            if possessive(b) || self.words.is(b, &LEXICON.institution_determiners) {
                start = b;
            } else if modifiers < 2
                && word.chars().all(|c| c.is_ascii_lowercase() || c == '-')
                && !self.words.is(b, &LEXICON.institution_prepositions)
                && !self.words.is(b, &LEXICON.institution_stops)
            {
                modifiers += 1;
                start = b;
            } else {
                break;
            }
        }
        (start, name)
    }

    /// The country a fact's source speaks for, as a key: the first country its
    /// attribution names ("Turkish officials", "Syria's state news agency").
    pub(super) fn source_country(&self, fact: &Fact) -> Option<String> {
        let who = fact.attribution.as_ref()?.span;
        let (a, b) = self.cover(who)?;
        let e = &*entities::LEXICON;
        e.find(&self.words, a, b + 1)
            .into_iter()
            .find_map(|(x, _)| {
                let country = e.country(x);
                e.is_country(country).then(|| e.key(country).to_owned())
            })
    }

    /// The capitalised word right before a figure in brackets ("Lusso(212)",
    /// "Syria (35)"): a list item's name, if any.
    pub(super) fn bracket_name(&self, first: usize) -> Option<usize> {
        let b = first.checked_sub(1)?;
        let (x, y) = (self.words.span(b)?, self.words.span(first)?);
        (self.words.capitalised(b) && self.words.between(x.end, y.start).trim() == "(").then_some(b)
    }

    /// A place the attribution names by a place noun ("Pine County Sheriff …", "the
    /// Al Qarib province governor"): see [`named_by`].
    fn source_place(&self, fact: &Fact) -> Option<String> {
        let who = fact.attribution.as_ref()?.span;
        let (a, b) = self.cover(who)?;
        (a..=b).find_map(|j| {
            LEXICON.place_nouns.at(&[place_lemma(&self.lemmas, j)?])?;
            named_by(&self.words, j, a)
        })
    }

    /// Capitalised names after "in", "across", "through" ("marched through Eastham") or
    /// "from" in words `from..to` that the
    /// entity lexicon does not know, as written ("Pine County"), outside the
    /// attribution; not a named event ("from Hurricane Nora"); each with its first word.
    pub(super) fn unknown_places(
        &self,
        from: usize,
        to: usize,
        known: &[Span],
        fact: &Fact,
    ) -> Vec<(String, usize)> {
        let who = fact.attribution.as_ref().map(|a| a.span);
        let mut out = Vec::new();
        // Where the last place read ends (the word after it).
        let mut inner_end: Option<usize> = None;
        let mut k = from;
        while k + 1 < to {
            // Only "in", "across", "through", "from" and "of" open a place: any other
            // word is passed at once.
            if !self
                .words
                .is(k, &["in", "across", "through", "from", "of", "within"])
            {
                k += 1;
                continue;
            }
            // "involved in Exercise-21", "took part in Red Flag": what one takes part
            // in is an event, no place.
            let taken_part = self.words.is(k, &["in"])
                && k.checked_sub(1)
                    .is_some_and(|b| LEXICON.participation.ending_at(self.all(), b).is_some());
            // "the province of Kandra", "in Peru's northern city of Trujillo": a place
            // noun's "of" names the place after it — after "the", or in a place phrase
            // (not "the quake that rocked Chile's central province of Kandra").
            let of_place = self.words.is(k, &["of"])
                && k.checked_sub(1).is_some_and(|b| {
                    b >= from
                        && place_lemma(&self.lemmas, b)
                            .is_some_and(|l| LEXICON.place_nouns.at(&[l]).is_some())
                        && (self.words.is(b.saturating_sub(1), &["the"])
                            || (b.saturating_sub(4).max(from)..b)
                                .any(|p| self.words.is(p, &["in", "across", "from"])))
                });
            if !(self
                .words
                .is(k, &["in", "across", "through", "from", "within"])
                || of_place)
                || !self.words.joined(k)
                || taken_part
            {
                k += 1;
                continue;
            }
            let start = k + 1;
            // "In government-held areas", "in the rebel-held north": a part of a
            // place, named by who holds it.
            let held = if self.words.is(start, &["the"]) {
                start + 1
            } else {
                start
            };
            // "in nearby Surrey", "in neighbouring Burnaby": the place after; "in the
            // Fraser Health region": the name before an area's noun.
            let start = if self
                .words
                .is(start, &["nearby", "neighbouring", "neighboring"])
                || (self.words.is(start, &["the"]) && self.names_an_area(start + 1, to))
            {
                start + 1
            } else {
                start
            };
            if let Some(holder) = self
                .words
                .w(held)
                .strip_suffix("-held")
                .filter(|h| !h.is_empty())
            {
                out.push((format!("{}-held", holder.to_lowercase()), held));
                k = held + 1;
                continue;
            }
            let mut end = start;
            while end < to && end < start + 3 && self.words.capitalised(end) {
                end += 1;
                if !self.words.joined(end - 1) {
                    break;
                }
            }
            // "in Ridge district in Eastland", "in Kandra in Eastland": a place that
            // holds the place right before it only says where that one lies; the
            // figure's place is the one inside.
            let holds_last = inner_end.is_some_and(|e| {
                k == e
                    || (k == e + 1
                        && place_lemma(&self.lemmas, e)
                            .is_some_and(|l| LEXICON.place_nouns.at(&[l]).is_some()))
            });
            // "in Eastland's Ridge district": the owner is the place around; the
            // place is the one after it.
            let mut start = start;
            if let Some(p) = (start..end.saturating_sub(1))
                .rev()
                .find(|&p| is_possessive(self.words.w(p)))
            {
                start = p + 1;
            }
            if end > start && !holds_last {
                if let (Some(a), Some(b)) = (self.words.span(start), self.words.span(end - 1)) {
                    let span = Span::new(a.start, b.end);
                    let inside = known.iter().any(|x| x.contains(span) || span.contains(*x))
                        || who.is_some_and(|w| w.contains(span))
                        || is_calendar(&entities::bare(self.words.w(start)))
                        // "from Hurricane Nora", "in Storm Nora", "from the Ridge
                        // Wildfires": an event, no place.
                        || (start..end).any(|j| LEXICON.events.at(self.from(j)).is_some());
                    if !inside {
                        // "from Tanzania's ferry disaster": the place, its possessive off.
                        let place = entities::bare(self.words.text.slice(span)).into_owned();
                        out.push((place, start));
                        inner_end = Some(end);
                    }
                }
            }
            k = end.max(k + 1);
        }
        out
    }

    /// Whether at most three capitalised words at word `k`, before word `to`, are
    /// followed by a lower-case noun of an area ("Fraser Health region"), not one of a
    /// place after it.
    fn names_an_area(&self, k: usize, to: usize) -> bool {
        let end = (k..to.min(k + 3))
            .find(|&j| !self.words.capitalised(j))
            .unwrap_or(to.min(k + 3));
        end > k
            && end < to
            && !self.words.capitalised(end)
            && place_lemma(&self.lemmas, end).is_some_and(|l| LEXICON.area_nouns.at(&[l]).is_some())
            // "the Mediterranean city of Derna": the place is the one after "of".
            && !self.words.is(end + 1, &["of"])
    }

    /// The place a noun at word `k` stands for after a pointing word ("that country",
    /// "his nation", "the county's"): the last country, or place of the noun's kind
    /// ("Pine County", "Al Qarib province" → "Al Qarib"), named before it in this
    /// sentence or the three before.
    fn pointed_place(&self, k: usize) -> Option<Pointed> {
        let l = &*LEXICON;
        let b = k.checked_sub(1)?;
        if l.pointing.at(self.from(b)).is_none_or(|(n, _)| n != 1) {
            return None;
        }
        let noun = place_lemma(&self.lemmas, k)?;
        let country = l.country_nouns.at(&[noun]).is_some();
        if !country && l.place_nouns.at(&[noun]).is_none() {
            return None;
        }
        let text = self.words.text;
        let all = text.sentences();
        let at = all
            .binary_search_by_key(&self.span.start, |s| s.start)
            .unwrap_or(0);
        let here = std::iter::once((self.words, b));
        let before = (at.saturating_sub(3)..at).rev().filter_map(|i| {
            let words = crate::text::Words::of(text, *all.get(i)?);
            Some((words, words.len()))
        });
        for (round, (words, end)) in here.chain(before).enumerate() {
            if country {
                let e = &*entities::LEXICON;
                let last = e
                    .find(&words, 0, end)
                    .into_iter()
                    .map(|(x, _)| e.country(x))
                    .rfind(|&x| e.entities.get(x).is_some_and(|c| c.is_country));
                if let Some(x) = last {
                    return Some(Pointed::Entity(x));
                }
                continue;
            }
            // "Pine County", "Al Qarib province": capitalised words before the noun.
            // This sentence's lemmas are at hand; those before are looked up.
            let named = (1..end).rev().find_map(|j| {
                let found = if round == 0 {
                    place_lemma(&self.lemmas, j) == Some(noun)
                } else {
                    let lemma = super::cached_lemma(words.w(j));
                    lemma.strip_suffix("'s").unwrap_or(&lemma) == noun
                };
                found.then(|| named_by(&words, j, 0))?
            });
            if let Some(name) = named {
                return Some(Pointed::Named(name));
            }
        }
        None
    }

    /// The figure of a clause a place at word `k` belongs to, among the clause's
    /// `figures` (first word, head), by its first word: the figure it follows, unless a
    /// comma or a conjunction stands between them and the next figure follows closely;
    /// the figure it comes before when none precedes ("the toll in Turkey rose to
    /// 3,381"). `None` in a clause of one figure or none.
    fn owner(&self, k: usize, figures: &[(usize, usize)]) -> Option<usize> {
        if figures.len() < 2 {
            return None;
        }
        let before = figures.iter().rev().find(|&&(_, head)| head < k);
        let after = figures.iter().find(|&&(a, _)| a > k);
        let parted = |head: usize| {
            (head..k).any(|j| {
                (j > head && self.words.is(j, PARTING))
                    || self
                        .words
                        .span(j)
                        .zip(self.words.span(j + 1))
                        .is_some_and(|(a, b)| {
                            self.words
                                .between(a.end, b.start)
                                .contains([',', ';', '—', ':'])
                        })
            })
        };
        // A place parted from the figure before is the next figure's only when that
        // figure follows it closely, past a comma or at once ("…, and in Syria,
        // 3,000"); "killed in Turkey and in Syria, as a result of a 7.8-magnitude
        // quake" keeps both, and so does "300 aftershocks in Turkey and northern
        // Syria topped 5,000" (the list is one phrase).
        let close = |b: usize| {
            b == k + 1
                || (b <= k + 4
                    && self
                        .words
                        .span(k)
                        .zip(self.words.span(b))
                        .is_some_and(|(x, y)| self.words.between(x.end, y.start).contains(',')))
        };
        match (before, after) {
            (Some(&(a, head)), Some(&(b, _))) => Some(if parted(head) && close(b) { b } else { a }),
            (Some(&(a, _)), None) => Some(a),
            (None, Some(&(b, _))) => Some(b),
            (None, None) => None,
        }
    }

    /// The entities of words `from..to` ([`entities::Lexicon::find`] on them), read
    /// from the whole sentence's, found once for all its facts: a scan of the sentence
    /// meets the same entities inside the words as a scan of the words alone, unless
    /// one it found runs across their first or last word, or one it passed over was a
    /// currency's mark ("HK$"); then the words are scanned.
    fn entities_in(&self, from: usize, to: usize) -> Vec<(usize, Span)> {
        let e = &*entities::LEXICON;
        let to = to.min(self.words.len());
        let last = to.checked_sub(1).and_then(|k| self.words.span(k));
        let (Some(first), Some(last)) = (self.words.span(from), last) else {
            return Vec::new();
        };
        let Some(all) = self.entities.of(self.span) else {
            return e.find(&self.words, from, to);
        };
        let across = |at: usize| all.iter().any(|&(_, s)| s.start < at && at < s.end);
        let dollar = memchr::memchr(
            b'$',
            self.words
                .between(self.span.start, self.span.end)
                .as_bytes(),
        )
        .is_some();
        if from >= to || dollar || across(first.start) || across(last.end) {
            return e.find(&self.words, from, to);
        }
        all.iter()
            .filter(|&&(_, s)| first.start <= s.start && s.end <= last.end)
            .copied()
            .collect()
    }

    /// The participants and place of a time: the names of its whole sentence.
    pub(super) fn time_scope(&self) -> Vec<String> {
        self.names
            .get_or_init(|| match self.entities.of(self.span) {
                Some(found) => keys(found.iter().map(|&(x, _)| x)),
                None => {
                    let e = &*entities::LEXICON;
                    keys(
                        e.find(&self.words, 0, self.words.len())
                            .into_iter()
                            .map(|(x, _)| x),
                    )
                }
            })
            .clone()
    }

    /// The status cue words of words `from..to` say.
    pub(super) fn status(&self, from: usize, to: usize) -> Status {
        let mut found = Status::Reported;
        if !self.may_hold(&LEXICON.status) {
            return found;
        }
        let mut k = from;
        while k < to {
            k = self.next_start(&LEXICON.status, k, to);
            if k >= to {
                break;
            }
            // "May" is a month, "Will" a name: cues are lower-case words, but for a
            // headline set in title case ("90 Feared Dead in Mine Blast"), where any
            // cue but "May" counts.
            let cue = || {
                let w = self.words.w(k);
                w.starts_with(char::is_lowercase)
                    || (w != "May" && self.words.text.is_title_case(self.span))
            };
            match LEXICON.status.at(self.from(k)).filter(|_| cue()) {
                // "confirmed and presumed dead": a cue of no status, read whole.
                Some((n, &"reported")) => k += n,
                Some((n, name)) => {
                    let s = match *name {
                        "projected" => Status::Projected,
                        "planned" => Status::Planned,
                        _ => Status::Estimated,
                    };
                    found = match (found, s) {
                        (Status::Projected, _) | (_, Status::Projected) => Status::Projected,
                        (Status::Planned, _) | (_, Status::Planned) => Status::Planned,
                        _ => s,
                    };
                    k += n;
                }
                None => k += 1,
            }
        }
        found
    }

    /// Whether a verb saying an event happened governs the time at word `a` across a
    /// short object, after the figure ending at word `last`: "the two quakes that
    /// struck the region early on Monday", "that hit southern Turkey on Monday". Only
    /// the object's words may lie between (no other verb, no comma).
    fn happened_over_object(&self, a: usize, last: usize) -> bool {
        let floor = a.saturating_sub(6).max(last + 1);
        let mut k = a;
        while k > floor {
            k -= 1;
            if self.happens_at(k) {
                return true;
            }
            let w = self.words.w(k);
            if self
                .words
                .is(k, &["that", "which", "who", "and", "but", "after", "when"])
                || w.ends_with(',')
                || !self.words.joined(k)
            {
                return false;
            }
        }
        false
    }

    /// A time in the fact's clause, not one a figure counts from ("since February 6"),
    /// else the publication date. A time that dates the event a figure counts is the
    /// event's, not the count's, unless the event is more than [`OLD_EVENT_DAYS`] past.
    pub(super) fn as_of(
        &self,
        fact: &Fact,
        times: &[(Span, Span, NaiveDate, NaiveDate)],
        published: Option<NaiveDate>,
    ) -> Option<AsOf> {
        // `times` is sorted by clause: those of this clause are one run of it.
        let first = times.partition_point(|&(clause, ..)| clause < fact.clause);
        let same = times.get(first..).unwrap_or_default();
        // A clause that opens with a verb of its own has the subject, and the time, of
        // the clause before it in the sentence ("The 2018 fire killed 85 people,
        // destroyed almost 19,000 homes"): with no time of its own, it takes that one's.
        let (from, _) = self.range(fact.clause);
        let continues = self.words.span(from).is_some() && self.past_verb_at(from);
        let before = times
            .get(..first)
            .and_then(<[_]>::last)
            .map(|&(clause, ..)| clause)
            .filter(|clause| {
                // The clause right before, past a comma.
                let between = self.words.between(clause.end, fact.clause.start).trim();
                continues
                    && self.span.contains(*clause)
                    && clause.end <= fact.clause.start
                    && (between.is_empty() || between == ",")
            });
        let earlier = times.get(..first).unwrap_or_default();
        // Only a time of that clause's subject, before its first verb ("The 2018 fire
        // killed"), not one that dates its verb ("the quake that struck on Friday").
        let subject = |time: &&(Span, Span, NaiveDate, NaiveDate)| {
            let (start, _) = self.range(time.0);
            self.cover(time.1)
                .is_some_and(|(a, _)| !(start..a).any(|j| self.past_verb_at(j)))
        };
        let earlier = earlier
            .get(earlier.partition_point(|&(clause, ..)| Some(clause) < before)..)
            .unwrap_or_default();
        // The clause's time nearest the figure (after it on a tie: "surpassed 20,000
        // on Thursday").
        let figure = self.cover(fact.span);
        let own = same
            .iter()
            .take_while(|(clause, ..)| *clause == fact.clause);
        let clause_time = own
            .clone()
            .chain(
                earlier
                    .iter()
                    .filter(|_| own.clone().next().is_none() && before.is_some())
                    .filter(subject),
            )
            .filter_map(|time| {
                let (a, b) = self.cover(time.1)?;
                // A year between an article and a noun modifies the noun ("a 2015
                // deal"), not a count.
                // So does a date there ("the June 24 tragedy").
                let attributive = (a == b && self.words.w(a).chars().all(|c| c.is_ascii_digit())
                    || a < b)
                    && a.checked_sub(1)
                        .is_some_and(|k| self.words.is(k, &["a", "an", "the"]))
                    && self.words.span(b + 1).is_some_and(|_| {
                        self.words.w(b + 1).starts_with(char::is_lowercase)
                            && !self.words.is(b + 1, NOT_A_NOUN)
                    });
                // An event months past is another event, whose count holds at its
                // time ("the 2018 fire killed 85"); so does a year modifying a noun
                // after the figure ("the 85 people who perished in a 2018 fire").
                let past = published.is_some_and(|p| (p - time.3).num_days() > OLD_EVENT_DAYS);
                if time.1.contains(fact.span)
                    || self.bounds_at(a)
                    || (attributive && !(past && figure.is_some_and(|(_, last)| a > last)))
                    || ((self.modifies_event(a, b) || self.names_a_period(a, b)) && !past)
                {
                    return None;
                }
                let (first, last) = figure?;
                // A time past a word joining two clauses dates the second ("On Monday
                // the toll stood at 28 and by Friday it had soared to 79"): taken only
                // when the clause has no time before the figure.
                let joined =
                    || (last + 1..a).any(|k| self.words.is(k, &["and", "but", "while", "whereas"]));
                let distance = if b < first {
                    (first - b) * 2 + 1
                } else if joined() {
                    a.saturating_sub(last) * 2 + self.words.len() * 2
                } else {
                    a.saturating_sub(last) * 2
                };
                // A time that dates a verb saying an event happened is the event's,
                // not the count's ("the quake that rocked Turkey on Monday").
                let event = self
                    .verb_before(a, 0)
                    .is_some_and(|verb| self.happens_at(verb))
                    || self.happened_over_object(a, last);
                // Unless that event is months past: "a wildfire killed 85 people in
                // 2018" counts another event's dead, not today's.
                (!event || past).then_some((distance, time))
            })
            .min_by_key(|&(key, _)| key)
            .map(|(_, time)| time);
        // "since 2014, when the ferry sank and killed 304 people": a clause "when"
        // opens right after a time months past happened then, and so did its count.
        // A bound ("since 2014") dates it by its start.
        // So does a clause "which" after a noun such a time dates: "since the 1997
        // crash in Guam, which claimed 228 lives".
        let when_time = || {
            let (first, _) = figure?;
            let when = (0..first)
                .rev()
                .find(|&k| self.words.is(k, &CLAUSE_OF_ITS_OWN))?;
            let relative = self.words.is(when, &["which"]);
            let &(_, span, start, end) = times.iter().find(|t| {
                self.cover(t.1).is_some_and(|(_, b)| {
                    b + 1 == when
                        || (relative
                            && b < when
                            && when - b <= 8
                            && !(b + 1..when).any(|j| self.past_verb_at(j)))
                })
            })?;
            let old = (published? - start).num_days() > OLD_EVENT_DAYS;
            let bound = self.cover(span).is_some_and(|(a, _)| self.bounds_at(a));
            let end = if bound { start.succ_opt()? } else { end };
            old.then_some((start, end, when))
        };
        // "the death toll from the fire on June 14 is now 79": a figure said to hold
        // now holds on the day it is written, whatever earlier time its clause gives.
        let now = figure.is_some_and(|(first, _)| {
            (first.saturating_sub(3)..first).any(|k| self.words.is(k, &["now", "currently"]))
        });
        // "In 1969, 150 people were killed in floods": a time months past that opens
        // the sentence, set off by a comma, dates the figures after it that have no
        // time of their own; they count another event.
        // So does a recent day there ("On Sunday, at least 136 deaths were reported"):
        // the day the count was given, unless a verb between says an event happened
        // then ("On Monday, a quake struck the region, killing 500").
        let opening_time = || {
            let (first, _) = figure?;
            let published = published?;
            let (b, start, end) = self.sentence_times(times).iter().find_map(|t| {
                let (a, b) = self.cover(t.1)?;
                (self.span.contains(t.1)
                    && (a == 0 || (a == 1 && self.words.is(0, &["in", "on"])))
                    && b < first
                    && self.comma_after(b))
                .then_some((b, t.2, t.3))
            })?;
            let old = (published - start).num_days() > OLD_EVENT_DAYS;
            let day = (end - start).num_days() == 1
                && start <= published
                && !(b + 1..first).any(|k| self.happens_at(k));
            (old || day).then_some((start, end, day && !old))
        };
        let clause_time =
            clause_time.filter(|&&(_, _, start, _)| !now || published.is_some_and(|p| start >= p));
        let own_time = clause_time.and_then(|t| self.cover(t.1)).map(|(a, _)| a);
        // The clause "when" opens is the figure's own: a time of the clause it hangs
        // from ("the one this year was the worst since 1990 when 1,400 died") dates that
        // clause, not the count.
        // Only a "when" between the clause's time and the figure asks for its time:
        // that search reads back over the whole sentence.
        let when_after_own = own_time.is_some_and(|a| {
            figure.is_some_and(|(first, _)| {
                (a + 1..first).any(|k| self.words.is(k, &CLAUSE_OF_ITS_OWN))
            })
        });
        let when = if when_after_own || clause_time.is_none() {
            when_time()
        } else {
            None
        };
        let (own_time, clause_time) = match when {
            Some((.., w)) if own_time.is_some_and(|a| a < w) => (None, None),
            _ => (own_time, clause_time),
        };
        let clause_time = clause_time
            .map(|&(_, _, start, end)| (start, end, true))
            .or_else(|| when.map(|(start, end, _)| (start, end, false)));
        // A recent day that opens the sentence dates the count given then: a level of
        // that day, which a later count may exceed.
        let (clause_time, opening_day) = match clause_time {
            Some(t) => (Some(t), false),
            None => match opening_time() {
                Some((start, end, day)) => (Some((start, end, false)), day),
                None => (self.recalled_time(times, published), false),
            },
        };
        // "stood at 28", "had soared to 79", "reached 86": a level of that day (not
        // "led to 457 arrests").
        let level = || {
            let Some(k) = figure.and_then(|(first, _)| first.checked_sub(1)) else {
                return false;
            };
            let all = self.all();
            let verb = if self.words.is(k, &["at", "to"]) {
                k.checked_sub(1)
            } else {
                Some(k)
            };
            LEXICON.level.ending_at(all, k).is_some()
                || verb.is_some_and(|v| LEXICON.level.ending_at(all, v).is_some())
        };
        // "the toll stood at 32 after rescuers reached the mine that was hit by two
        // blasts over the weekend": a time in a relative clause past the figure's own
        // verb dates that clause's verb, not the level.
        let relative = || {
            figure.is_some_and(|(_, last)| {
                own_time.is_some_and(|a| a > last && self.in_relative_clause(last, a))
            })
        };
        // "577 had died as of Tuesday", "Jordan said Tuesday that 41 pilgrims died":
        // a count its text says held, or was given, that day; given the day before
        // its article ("the county said late Wednesday that at least 36 have died" on
        // Thursday), it is the article's own count.
        let given_before = clause_time
            .is_some_and(|(start, _, _)| published.is_some_and(|p| (p - start).num_days() >= 2));
        let stated = || {
            own_time.is_some_and(|a| {
                let as_of =
                    a >= 2 && self.words.is(a - 2, &["as"]) && self.words.is(a - 1, &["of", "at"]);
                as_of
                    || given_before
                        && self.verb_before(a, 0).is_some_and(|v| {
                            LEXICON
                                .events
                                .at(self.from(v))
                                .is_some_and(|(_, class)| *class == "announcement")
                        })
            })
        };
        match clause_time {
            Some((start, end, own)) => Some(AsOf {
                start,
                end,
                from: if opening_day || (own && (level() || stated()) && !relative()) {
                    AsOfOrigin::Level
                } else {
                    AsOfOrigin::Clause
                },
            }),
            None => published.and_then(|d| {
                Some(AsOf {
                    start: d,
                    end: d.succ_opt()?,
                    from: AsOfOrigin::Published,
                })
            }),
        }
    }

    /// Whether a time at word `a`, after a figure ending at word `last`, lies in a
    /// relative clause between them with a verb of its own: "the toll stood at 32
    /// after rescuers reached the mine that was shattered by two blasts over the
    /// weekend" dates the shattering, not the count. Only past another verb of the
    /// figure's clause: "the two workers who were recovered last week" are counted as
    /// of their recovery. A "that" right after a verb ("said that") opens no relative
    /// clause.
    fn in_relative_clause(&self, last: usize, a: usize) -> bool {
        (last + 1..a).any(|j| {
            self.words.is(j, &["that", "which", "who"])
                && (last + 1..j).any(|k| self.past_verb_at(k))
                && !self.past_verb_at(j - 1)
                && !self.words.is(j - 1, &["said", "says", "say"])
                && (j + 1..a).any(|k| self.past_verb_at(k))
        })
    }

    /// Whether the time at words `a..=b` modifies the event noun after it ("the Aug. 8
    /// wildfires killed 114", "Monday's quake"): it dates the event, not a count (an
    /// announcement's day, "the Monday report", dates what it reports).
    fn modifies_event(&self, a: usize, b: usize) -> bool {
        let w = self.words.w(b);
        let possessive = is_possessive(w);
        let determined = a.checked_sub(1).is_some_and(|k| {
            self.words
                .is(k, &["the", "a", "an", "this", "that", "last"])
        });
        // "last Sunday's magnitude 7.8 quake", "Monday's 7.8-magnitude quake": the
        // event's own magnitude between the time and its word.
        let decimal = |k: usize| magnitude_word(self.words.w(k)).is_some();
        let next = b + 1;
        let next = if self.words.is(next, &["magnitude"]) && decimal(next + 1) {
            next + 2
        } else if decimal(next) {
            if self.words.is(next + 1, &["magnitude"]) {
                next + 2
            } else {
                next + 1
            }
        } else {
            next
        };
        (possessive || determined)
            && (next..next + 2).any(|k| {
                LEXICON
                    .events
                    .at(self.from(k))
                    .is_some_and(|(_, class)| *class != "announcement")
            })
    }

    /// Whether the time at words `a..=b` is a possessive after "during" or
    /// "throughout" ("during this year's pilgrimage", "throughout last week's
    /// festival"): it names the stretch of another happening the count falls in, not the
    /// time the count holds at ("officials said on Sunday that 1,300 died during this
    /// year's pilgrimage" is Sunday's count).
    fn names_a_period(&self, a: usize, b: usize) -> bool {
        let w = self.words.w(b);
        is_possessive(w)
            && a.checked_sub(1)
                .is_some_and(|k| self.words.is(k, &["during", "throughout"]))
            && self.words.span(b + 1).is_some()
    }

    /// Whether the time whose first word is `a` is a bound ("since 2014", "before
    /// Monday"), not a point a claim holds at or an event happens on.
    pub(super) fn bounds_at(&self, a: usize) -> bool {
        let all = self.all();
        LEXICON
            .not_as_of
            .at(all.get(a..).unwrap_or_default())
            .is_some()
            || a.checked_sub(1)
                .is_some_and(|b| LEXICON.not_as_of.ending_at(all, b).is_some())
    }

    /// What sets a figure apart from a standing count, from cue words in its clause.
    pub(super) fn qualifier(
        &self,
        first: usize,
        last: usize,
        from: usize,
        to: usize,
    ) -> Option<String> {
        if self.threshold(first, last, from, to) {
            return Some("threshold".to_owned());
        }
        // "when the death toll stood at around 2,600": a count of an earlier moment.
        let when = (from..first).rev().find(|&k| self.words.is(k, &["when"]));
        if when
            .is_some_and(|w| (w..first).any(|k| self.words.is(k, &["stood", "was", "were", "had"])))
        {
            return Some("earlier".to_owned());
        }
        // "Nearly two-thirds of those killed -- 97 -- were women": a figure set off by
        // dashes right after a partitive "of" is a part of what it is of.
        if self.aside_of_whole(first) {
            return Some("part".to_owned());
        }
        // "by 0.25 points", "fell 5%", "up 5%": a change, not a level.
        let before = first.checked_sub(1).filter(|&k| k >= from);
        // Not the agent of a measure's verb: "was attended by around 80,000 people".
        let agent = before
            .and_then(|k| k.checked_sub(1))
            .and_then(|k| LEXICON.measures.at(self.from(k)))
            .is_some_and(|(n, _)| n == 2);
        if before.is_some_and(|k| self.words.is(k, &["by"])) && !agent {
            return Some("change".to_owned());
        }
        // "climbed above 5,000", "fell below 100": a level the figure bounds.
        let level = self
            .words
            .is(first, &["above", "below", "past", "beyond", "to"]);
        // "increased from 127", "down from 249", "revised from 174 to 125": the count
        // before the change, not the current one.
        let changed_from = before
            .filter(|&k| self.words.is(k, &["from"]))
            .and_then(|k| k.checked_sub(1))
            .and_then(|k| LEXICON.qualifiers.ending_at(self.all(), k))
            .is_some_and(|(_, name)| matches!(*name, "change" | "revised"));
        // "lowered to 249 from more than 1,000": the count after another figure and
        // "from" is the one before the change.
        // A bare figure only: "300 people from 12 countries" counts countries.
        let bare = self
            .figures
            .binary_search_by_key(&first, |&(a, _)| a)
            .ok()
            .and_then(|i| self.figures.get(i))
            .is_none_or(|&(_, b)| b <= last);
        let figure_from = before
            .filter(|&k| bare && self.words.is(k, &["from"]))
            .is_some_and(|k| {
                let i = self.figures.partition_point(|&(_, b)| b + 1 < k);
                self.figures.get(i).is_some_and(|&(_, b)| b + 1 == k)
            });
        if changed_from || figure_from {
            return Some("earlier".to_owned());
        }
        // "including 1,602": a part of a total.
        let adjacent = before
            .and_then(|k| LEXICON.qualifiers.ending_at(self.all(), k))
            .map(|(_, name)| *name)
            .filter(|name| ADJACENT_ONLY.contains(name))
            .filter(|name| !(level && *name == "change"));
        if let Some(name) = adjacent {
            return Some(name.to_owned());
        }
        let mut k = if self.may_hold(&LEXICON.qualifiers) {
            from
        } else {
            to
        };
        let mut found: Option<&str> = None;
        while k < to {
            match LEXICON.qualifiers.at(self.from(k)) {
                Some((n, name)) => {
                    // An exercise outweighs a rate; some cues count only beside the
                    // figure (above); taking part in something near talk of an
                    // exercise is taking part in the exercise.
                    // "was earlier put at 125 … has now risen to 131": "now" between
                    // the cue and the figure makes the figure the current count.
                    let current = *name == "earlier"
                        && k < first
                        && (k + n..first).any(|j| self.words.is(j, &["now", "currently"]));
                    if !ADJACENT_ONLY.contains(name) && found != Some("exercise") && !current {
                        found = Some(name);
                    }
                    k += n;
                }
                None => k += 1,
            }
        }
        if found.is_none() && self.increment(first, last, from, to) {
            return Some("new".to_owned());
        }
        if found.is_none() && self.takes_part(first, (from, to)) && self.exercise_near() {
            return Some("exercise".to_owned());
        }
        if found.is_none()
            && (self.opens_earlier(first)
                || self.after_clause(first)
                || self.dated_back(first)
                || self.years_apart(from, to)
                || self.earlier_subject(from))
        {
            return Some("earlier".to_owned());
        }
        // "the official tally of 41 earlier reported by the ministry": a count given
        // before the one the article gives now.
        if found.is_none()
            && self.words.is(
                last + 1,
                &["earlier", "previously", "initially", "originally"],
            )
            && self.past_verb_at(last + 2)
        {
            return Some("earlier".to_owned());
        }
        found.map(str::to_owned)
    }

    /// Whether the clause starting at word `from` follows an aside set off by commas
    /// right after the sentence's subject, and that subject is an earlier count ("The
    /// previous report, released at midday by a local official, gave 170 dead").
    fn earlier_subject(&self, from: usize) -> bool {
        let Some((open, close)) = self.aside(1, from) else {
            return false;
        };
        close == from
            && (0..open).any(|k| {
                LEXICON
                    .qualifiers
                    .at(self.from(k))
                    .is_some_and(|(_, name)| *name == "earlier")
            })
    }

    /// Whether a figure at words `first..=last` counts an increment ("26 new cases",
    /// "eight additional deaths"), not its count's level, or a numbered period's count
    /// ("26 cases in epidemiological week 39"), in the clause of words `from..to`.
    fn increment(&self, first: usize, last: usize, from: usize, to: usize) -> bool {
        if self.words.w(last + 1).starts_with(char::is_lowercase)
            && LEXICON.increment.at(self.from(last + 1)).is_some()
        {
            return true;
        }
        // Not a period's own number ("39" of "in week 39").
        let numbers_week = first
            .checked_sub(1)
            .is_some_and(|k| self.words.is(k, &["week"]));
        !numbers_week
            && self.may_hold(&LEXICON.period)
            && (from..to).any(|k| {
                LEXICON.period.at(self.from(k)).is_some_and(|(n, ())| {
                    let next = self.words.w(k + n);
                    !self.words.is(k + n - 1, &["week"])
                        || (!next.is_empty() && next.chars().all(|c| c.is_ascii_digit()))
                })
            })
    }

    /// "The slide was the worst since the 1980 eruption. Fifty-seven people died in
    /// that disaster.": a sentence with no time of its own that points back at an
    /// event with "that" ("that disaster", "that fire") speaks of the event the
    /// sentence before dated, when that time is months past: its figures hold then.
    fn recalled_time(
        &self,
        times: &[(Span, Span, NaiveDate, NaiveDate)],
        published: Option<NaiveDate>,
    ) -> Option<(NaiveDate, NaiveDate, bool)> {
        // Most sentences hold no event noun "that" could point at: a bit test.
        if !self.may_hold(&LEXICON.recalled) {
            return None;
        }
        let recalls = (0..self.words.len().saturating_sub(1)).any(|k| {
            self.words.is(k, &["that", "those"]) && LEXICON.recalled.at(self.from(k + 1)).is_some()
        });
        if !recalls
            || self
                .sentence_times(times)
                .iter()
                .any(|t| self.span.contains(t.1))
        {
            return None;
        }
        let &(_, span, start, end) = times
            .iter()
            .filter(|t| t.1.end <= self.span.start)
            .max_by_key(|t| t.1.end)?;
        // Only from the sentence right before, in the same paragraph.
        let gap = self.words.text.slice(Span {
            start: span.end,
            end: self.span.start,
        });
        let ends = gap.matches(['.', '!', '?']).count();
        let near = ends <= 1 && !gap.contains("\n\n");
        (near && (published? - start).num_days() > OLD_EVENT_DAYS).then_some((start, end, false))
    }

    /// The run of `times` (sorted by clause) whose clauses lie in this sentence: found
    /// by bisection, not a walk of the document's times for every figure.
    fn sentence_times<'t>(
        &self,
        times: &'t [(Span, Span, NaiveDate, NaiveDate)],
    ) -> &'t [(Span, Span, NaiveDate, NaiveDate)] {
        let lo = times.partition_point(|t| t.0.start < self.span.start);
        let hi = times.partition_point(|t| t.0.start < self.span.end);
        times.get(lo..hi.max(lo)).unwrap_or_default()
    }

    /// Whether a comma follows word `k` ("In 1969, …", "Earlier, …").
    fn comma_after(&self, k: usize) -> bool {
        self.words
            .span(k)
            .zip(self.words.span(k + 1))
            .is_some_and(|(a, b)| self.words.between(a.end, b.start).contains(','))
    }

    /// Whether the sentence opens with a phrase of an earlier moment set off by a
    /// comma, before the figure at word `first`: "Earlier, the agency reported about
    /// 59 dead", "Initially, officials put the toll at 32", "Earlier in the day, …".
    fn opens_earlier(&self, first: usize) -> bool {
        let cue = self.words.is(0, &["earlier"])
            || LEXICON
                .qualifiers
                .at(self.from(0))
                .is_some_and(|(_, name)| *name == "earlier");
        cue && (0..first.min(6)).any(|k| self.comma_after(k))
    }

    /// Whether a figure at word `first` stands in a clause opening its sentence with
    /// "After" and a verb in the past before the figure, set off by a comma: "After
    /// Monday's blast left 25 dead and four missing, officials warned…" tells the
    /// count of a moment before the one the sentence speaks of.
    /// The clause may open with a stretch of time before "after" ("Less than five
    /// months after a factory fire killed 112 people, …").
    fn after_clause(&self, first: usize) -> bool {
        let after = (0..first.min(6)).find(|&k| self.words.is(k, &["after"]));
        let opens = after.is_some_and(|a| {
            a == 0
                || a.checked_sub(1)
                    .is_some_and(|u| LEXICON.offset_units.at(self.from(u)).is_some())
        });
        opens
            && after.is_some_and(|a| (a + 1..first).any(|k| self.past_verb_at(k)))
            && !(0..first).any(|k| self.comma_after(k))
            && (first..self.words.len().min(first + 12)).any(|k| self.comma_after(k))
    }

    /// Whether a figure at word `first` stands in a relative clause of something dated
    /// a stretch of time back, with no comma between: "surpassing a fire less than five
    /// months earlier that killed 112 people" counts that fire's dead, not today's.
    fn dated_back(&self, first: usize) -> bool {
        (first.saturating_sub(10)..first).any(|k| {
            self.words.is(k, &["earlier", "before", "ago"])
                && k.checked_sub(1)
                    .is_some_and(|u| LEXICON.offset_units.at(self.from(u)).is_some())
                && (k + 1..first).any(|j| self.words.is(j, &["that", "which", "when", "who"]))
                && !(k..first).any(|j| self.comma_after(j))
        })
    }

    /// Whether the clause `(from, to)` tells of the past dated years from another time,
    /// its verb in the past: "Nearly 350 pilgrims were killed seven years later when a
    /// fire gutted their tents" counts an event of years back, not today's. Not "Two years
    /// later, 300 families remain displaced" (now), nor days or months ("two days later
    /// the toll rose to 50": the story's own days).
    fn years_apart(&self, from: usize, to: usize) -> bool {
        (from + 1..to).any(|k| {
            self.words.is(k, &["later", "earlier"])
                && self
                    .words
                    .is(k - 1, &["year", "years", "decade", "decades"])
                && (from..to).any(|j| self.past_verb_at(j))
        })
    }

    /// Whether a figure at word `first` follows a dash that follows a partitive "of"
    /// within four words ("the largest number of the dead -- 103 --").
    fn aside_of_whole(&self, first: usize) -> bool {
        let Some(prev) = first.checked_sub(1) else {
            return false;
        };
        let (Some(a), Some(b)) = (self.words.span(prev), self.words.span(first)) else {
            return false;
        };
        let gap = self.words.between(a.end, b.start);
        let dashed = gap.contains("--") || gap.contains('—') || gap.contains('–');
        dashed && (prev.saturating_sub(3)..=prev).any(|k| self.words.is(k, &["of"]))
    }

    /// Whether a figure at words `first..=last` is a threshold, not a count: a word of
    /// need right after it or its head, before "to", "for" or the clause's end ("the
    /// 289 votes needed to pass"; not "20 people required treatment"), or right before
    /// it ("needs 289 votes", "a majority of 289").
    fn threshold(&self, first: usize, last: usize, from: usize, to: usize) -> bool {
        let l = &*LEXICON;
        let before = first
            .checked_sub(1)
            .filter(|&k| k >= from)
            .is_some_and(|k| l.needing.ending_at(self.all(), k).is_some());
        before
            || (last + 1..(last + 3).min(to)).any(|k| {
                l.needed.at(self.from(k)).is_some()
                    && (k + 1 >= to || self.words.is(k + 1, &["to", "for", "by"]))
            })
    }

    /// Whether a figure at word `first` takes part in something: a word of taking part
    /// in its clause `(from, to)`, or elsewhere in its sentence with no word of
    /// contrast between (a list of figures shares its verb: "The drills involve 200,000
    /// troops, 80 planes and 15 ships"; not "…, while 100,000 remain at the border").
    fn takes_part(&self, first: usize, (from, to): (usize, usize)) -> bool {
        let l = &*LEXICON;
        if !self.may_hold(&l.participation) {
            return false;
        }
        if (from..to).any(|k| l.participation.at(self.from(k)).is_some()) {
            return true;
        }
        let contrast = |k: usize| {
            self.words.is(k, CONTRAST)
                || self
                    .words
                    .span(k)
                    .zip(self.words.span(k + 1))
                    .is_some_and(|(a, b)| self.words.between(a.end, b.start).contains(';'))
        };
        // The nearest word of taking part each way, then no contrast up to it: words
        // of contrast are looked for only when there is a word of taking part.
        let part = |k: &usize| l.participation.at(self.from(*k)).is_some();
        let end = self.words.len().min(first.saturating_add(super::REACH));
        let after = (first..end)
            .find(part)
            .is_some_and(|p| !(first..=p).any(contrast));
        after
            || (first.saturating_sub(super::REACH)..first)
                .rev()
                .find(part)
                .is_some_and(|p| !(p..first).any(contrast))
    }

    /// A measure of an event ([`super::lexicon::Lexicon::event_measures`], a magnitude)
    /// belongs to its event, not to the places of its clause ("a 7.5 quake felt in
    /// Greenland"): the frame's event is the event word nearest the figure in its
    /// clause (dated later, see `date_measured_events`); its scope is empty; its qualifier says whether the
    /// event is one after the first ("second": "another 7.5 quake", "the largest
    /// aftershock"), one of several that followed ("later": "followed by a 6.4 quake"),
    /// or the figure a threshold ("magnitudes 4.0 and higher").
    pub(super) fn measured(
        &self,
        fact: &Fact,
        frame: &mut super::Frame,
        (first, last): (usize, usize),
        (from, to): (usize, usize),
    ) {
        let l = &*LEXICON;
        if !known_class(frame).is_some_and(|c| l.event_measures.contains(&c)) {
            return;
        }
        frame.scope.clear();
        let mut best: Option<(usize, usize, usize, &str)> = None;
        // After a verb of measuring, its event may open the sentence before the clause
        // ("The strongest aftershock, measuring 5.8").
        let measuring = first
            .checked_sub(1)
            .is_some_and(|v| l.measuring.at(self.from(v)).is_some());
        let mut k = if measuring {
            from.min(first.saturating_sub(super::measure::MEASURED_REACH + 1))
        } else {
            from
        };
        while k < to {
            if (first..=last).contains(&k) {
                k = last + 1;
                continue;
            }
            match l.events.at(self.from(k)) {
                Some((n, class)) => {
                    let end = k + n - 1;
                    let distance = if end < first { first - end } else { k - last };
                    if best.is_none_or(|(d, ..)| distance < d) {
                        best = Some((distance, k, end, class));
                    }
                    k += n;
                }
                None => k += 1,
            }
        }
        frame.event = best.and_then(|(_, a, b, class)| self.head(a, b, class, true));
        // "four days of national mourning", "a 41-day voyage": the event the length's
        // own phrase names is the one it measures, however near another event word is.
        if known_class(frame) == Some(DURATION) {
            if let Some(own) = self.own_event(fact, last, to) {
                frame.event = Some(own);
            }
        }
        // A length of time is an event's only when it says how long the event lasted:
        // not the time since it ("four days after the blaze", "12 hours and 30 minutes
        // after the launch"), nor a part of a length told in two units ("85 days and
        // eight hours").
        if known_class(frame) == Some(DURATION) && self.time_since_or_part(fact, first, last) {
            frame.event = None;
        }
        let bound = matches!(
            fact.hedge,
            Hedge::MoreThan | Hedge::AtLeast | Hedge::LessThan | Hedge::AtMost
        );
        frame.qualifier = if bound {
            Some("threshold".to_owned())
        } else {
            self.succession(first, last, from, to).map(str::to_owned)
        };
    }

    /// The event a length of time's own phrase names: past its unit and "of" ("four
    /// days of national mourning", "eight hours of talks"), or right after a unit glued
    /// to its figure ("a 41-day voyage", "the 144-hour rescue"); at most two lower-case
    /// words between, before word `to`.
    fn own_event(&self, fact: &Fact, last: usize, to: usize) -> Option<super::Head> {
        let unit = fact.unit.as_ref()?;
        let (_, end) = self.cover(unit.span)?;
        let glued = end == last && unit.span.start > fact.span.start;
        let start = if self.words.is(end + 1, &["of"]) {
            end + 2
        } else if glued {
            end + 1
        } else {
            return None;
        };
        let mut k = start;
        while k < to.max(start + 1).min(self.words.len()) && k <= start + 2 {
            let event = LEXICON.events.at(self.from(k));
            if let Some((n, class)) = event.or_else(|| LEXICON.lasted.at(self.from(k))) {
                return self.head(k, k + n - 1, class, true);
            }
            let w = self.words.w(k);
            if !w.starts_with(char::is_lowercase) || self.words.is(k, &LEXICON.phrase_ends) {
                return None;
            }
            k += 1;
        }
        None
    }

    /// Whether a length of time at words `first..=last` is the time since an event, not
    /// its length ("four days after the blaze"), or a part of a length told in two
    /// units ("85 days and eight hours").
    fn time_since_or_part(&self, fact: &Fact, first: usize, last: usize) -> bool {
        let end = fact
            .unit
            .as_ref()
            .and_then(|u| self.cover(u.span))
            .map_or(last, |(_, b)| b);
        let elapsed = self.words.is(
            end + 1,
            &[
                "after", "since", "before", "ago", "later", "earlier", "into", "from",
            ],
        );
        let length = |k: usize| {
            LEXICON
                .measures
                .ending_at(self.all(), k)
                .is_some_and(|(_, c)| c.rank == Rank::Fixed && c.name == DURATION)
        };
        let after_one = first >= 2 && self.words.is(first - 1, &["and"]) && length(first - 2);
        let before_one =
            self.words.is(end + 1, &["and"]) && self.figures.iter().any(|&(a, _)| a == end + 2);
        elapsed || after_one || before_one
    }

    /// A share ("55.8%"): what it is of, read after "of" or, for turnout, before it
    /// (`[shares]` of `data/frame-words.txt`), as its measure class; a vote share's
    /// holder, a name of its sentence, as its scope: a name right after "that" or
    /// "for" after it ("the 44.3% that Ruiz obtained"), else the nearest before it
    /// with no other figure between ("Ruiz won 55.8%", "Ortega's 44.3%"). A vote share
    /// with no holder keeps the class "share" (no claim: whose share is not told).
    pub(super) fn share(
        &self,
        fact: &Fact,
        frame: &mut super::Frame,
        (first, last): (usize, usize),
        (from, to): (usize, usize),
    ) {
        let l = &*LEXICON;
        if known_class(frame) != Some("share") {
            return;
        }
        let head = self.head_end(fact, last);
        let mut base: Option<(usize, &str)> = None;
        if self.words.is(head + 1, &["of"]) {
            let end = (head + 7).min(self.words.len());
            // The noun of the phrase right after "of" (past "the"): "of the vote", not
            // "of voters cast ballots".
            let noun = if self.words.is(head + 2, &["the", "all"]) {
                head + 3
            } else {
                head + 2
            };
            for k in head + 2..end {
                if let Some((_, class)) = l.share_bases.at(self.from(k)) {
                    // The count wins over the vote: "94% of the votes counted".
                    let counted = *class == "counted share";
                    if (counted || k == noun) && base.is_none_or(|(_, b)| counted && b != *class) {
                        base = Some((k, class));
                    }
                }
            }
        }
        if base.is_none() {
            base = (from.max(first.saturating_sub(6))..first).find_map(|k| {
                l.share_bases
                    .at(self.from(k))
                    .filter(|(_, c)| **c == "turnout")
                    .map(|(_, c)| (k, *c))
            });
        }
        // No "of": a share its holder won ("Ruiz had 55.8%", "the 44.3% that Ortega
        // obtained") is a vote share.
        let won = || {
            (from.max(first.saturating_sub(4))..first)
                .chain(head + 1..(head + 5).min(to))
                .find(|&k| l.winning.at(self.from(k)).is_some())
        };
        // "secured 35.9 million votes, representing 59.75% of the vote", "6.2 million
        // votes (10.32 percent)": a share right after a holder's count of votes, only
        // linking words between, is that holder's.
        let after_votes = || {
            let (class, key, _, end) = self.last_held.borrow().clone()?;
            let next = !self.figures.iter().any(|&(f, _)| f > end && f < first);
            (class == "votes" && end < first && first - end <= 4 && next).then_some((end, key))
        };
        let side = || {
            self.side_after(head, to)
                .filter(|&(k, _)| self.side_of_share(head, k, to))
        };
        let Some((at, class)) = base
            .or_else(|| won().map(|k| (k, "vote share")))
            .or_else(|| after_votes().map(|(end, _)| (end, "vote share")))
            .or_else(|| side().map(|(k, _)| (k, "vote share")))
        else {
            return;
        };
        // "66.4% voting Yes", "33.6 percent opposed the measure": the side of a
        // question put to the vote holds the share, in the places its sentence names.
        let sided = base.is_none() && won().is_none() && after_votes().is_none();
        if let Some((_, side)) = side().filter(|_| sided && class == "vote share") {
            frame.scope.push(side.to_owned());
            frame.scope.sort();
            frame.scope.dedup();
            if self.of_a_part_of_the_vote() && frame.qualifier.is_none() {
                frame.qualifier = Some("part".to_owned());
            }
        } else if class == "vote share" {
            let Some(holder) = self
                .holder(first, head, to)
                .or_else(|| after_votes().map(|(_, key)| key))
            else {
                return;
            };
            frame.scope = vec![holder];
            // "An exit poll showed Lopez received 56%, while Ramos received 30%": the
            // shares a sentence lists after its word of estimate are estimates too.
            if frame.status == super::Status::Reported
                && self.status(0, first) == super::Status::Estimated
            {
                frame.status = super::Status::Estimated;
            }
        }
        if let Some(m) = frame.measure.as_mut() {
            class.clone_into(&mut m.class);
            if let Some(span) = self.words.span(at) {
                m.span = span;
                m.word = self.words.text.slice(span).to_lowercase();
            }
        }
    }

    /// Whose count a count of seats or votes is (`[held]` of `data/frame-words.txt`):
    /// the capitalised words after "for" right after its head ("330 seats for the
    /// Green Alliance"), else the nearest capitalised words before it in its clause
    /// with no other count between ("the Green Alliance won 312 seats", "the Liberal
    /// Union's 121 seats"; a share between is passed: "won 14.5% of the vote, winning
    /// four seats"), past a leader's name ("the Liberal Union under Ana Ruiz"), as its
    /// scope; for votes, a side right after it is their holder ("278 votes in favour",
    /// "voted against"). A word pointing back ("giving them 71 seats") or a clause
    /// opened by a participle (", winning only nine seats") takes the sentence's
    /// subject. A count with no holder ("the 500-seat parliament") is no claim: its
    /// measure is no longer known. A holder's count "will win", "on course for" is a
    /// forecast (projected); one in a sentence of a count not yet complete ("with 545
    /// results declared") is `partial`.
    pub(super) fn held_count(
        &self,
        fact: &Fact,
        frame: &mut super::Frame,
        (first, last): (usize, usize),
        (from, to): (usize, usize),
    ) {
        let l = &*LEXICON;
        // "won a majority of 174 (seats)": the holder's majority, no threshold ("needs
        // a majority of 326", "an absolute majority of 289" are).
        let majority = first >= 2
            && self.words.is(first - 1, &["of"])
            && self.words.is(first - 2, &["majority"])
            && !(first >= 3 && self.words.is(first - 3, &["absolute"]))
            && !(from..to).any(|k| {
                l.needed.at(self.from(k)).is_some()
                    || (l.needing.at(self.from(k)).is_some() && !self.words.is(k, &["majority"]))
            });
        if majority {
            frame.measure = self.head(first - 2, first - 2, "majority", true);
            if frame.qualifier.as_deref() == Some("threshold") {
                frame.qualifier = None;
            }
        }
        // A bare figure listed after a holder's count takes its class: its own holder
        // named beside it ("the Green Alliance won 312 seats, the Liberal Union 121",
        // "312 seats for the Green Alliance, 121 for the Liberal Union", "the Liberal
        // Union on 13"), or the count's holder when it tells a change of it ("121
        // seats (-40)", "121 seats, a net fall of 40").
        let mut gapped = None;
        let held = known_class(frame).is_some_and(|c| l.held.contains(&c));
        let last_held = self.last_held.borrow().clone();
        match last_held.filter(|_| fact.unit.is_none()) {
            Some((class, key, status, end)) => {
                // "121 (-40)", "a net fall of 40": a change of the count the very
                // figure before.
                let next = !self.figures.iter().any(|&(f, _)| f > end && f < first);
                let signed = self
                    .words
                    .text
                    .slice(fact.span)
                    .starts_with(['-', '+', '−']);
                let bracketed = self
                    .words
                    .text
                    .text
                    .get(..fact.span.start)
                    .is_some_and(|b| b.trim_end().ends_with('('));
                let fall = first >= 2
                    && self.words.is(first - 1, &["of"])
                    && self.words.is(
                        first - 2,
                        &[
                            "fall", "loss", "gain", "drop", "decline", "increase", "rise",
                        ],
                    );
                let listed = || {
                    (!held)
                        .then(|| self.listed_holder(first, last, to))
                        .flatten()
                };
                if next && ((signed && bracketed) || fall) {
                    frame.qualifier = Some("change".to_owned());
                    frame.scope = vec![key.clone()];
                } else if let Some(run) = listed() {
                    gapped = Some(run);
                } else if !held {
                    return;
                }
                if !held || frame.qualifier.as_deref() == Some("change") {
                    frame.measure = self.head(first, last, &class, true);
                    // "an exit poll forecasts the Green Alliance on 61 seats, the
                    // Liberal Union on 13": the list's forecast.
                    if status == super::Status::Projected {
                        frame.status = status;
                    }
                }
                if frame.qualifier.as_deref() == Some("change") {
                    self.held_status(frame, first);
                    return;
                }
            }
            None if !held => return,
            None => {}
        }
        let head = self.head_end(fact, last);
        let after = self.words.is(head + 1, &["for"]).then(|| {
            let a = head + 2 + usize::from(self.words.is(head + 2, &["the"]));
            let end = (a..to).take_while(|&k| self.names_holder(k)).last()?;
            Some((a, end))
        });
        // "278 votes in favour", "278 deputies voted in favour": the side is the holder.
        if let Some(side) = (head + 1..(head + 4).min(to)).find_map(|k| l.sides.at(self.from(k))) {
            frame.scope = vec![(*side.1).to_owned()];
            return;
        }
        let mut pointed = false;
        let before = || {
            let mut k = first;
            let mut floor = from;
            while k > floor && first - k < 15 {
                k -= 1;
                if self
                    .figures
                    .iter()
                    .any(|&(f, h)| f <= k && k <= h && !self.is_share(f, h))
                {
                    return None;
                }
                if l.held_pointing.ending_at(self.all(), k).is_some() {
                    return Some(None);
                }
                // "the Liberal Union, which is forecast to win 13 seats": the name before.
                if k == from && self.words.is(k, &["which", "who"]) {
                    floor = 0;
                }
                if self.names_holder(k) {
                    let start = (floor..=k)
                        .rev()
                        .take_while(|&j| self.names_holder(j))
                        .last()?;
                    // "the Liberal Union under Ana Ruiz": the leader's name is passed.
                    if start > floor && l.leader.ending_at(self.all(), start - 1).is_some() {
                        k = start;
                        continue;
                    }
                    return Some(Some((start, k)));
                }
            }
            None
        };
        let found = match gapped.or(after.flatten()) {
            Some(run) => Some(run),
            None => match before() {
                Some(Some(run)) => Some(run),
                Some(None) => {
                    pointed = true;
                    None
                }
                None => None,
            },
        };
        // ", winning only nine seats", "giving them 71 seats": the sentence's subject.
        // ", took 121 seats" after an aside: the same subject's.
        let participle = || {
            (from..first).take(2).any(|k| {
                let w = self
                    .words
                    .w(k)
                    .trim_start_matches(|c: char| !c.is_alphanumeric());
                (w.len() > 4 && w.ends_with("ing") && w.starts_with(char::is_lowercase))
                    || (k == from && l.winning.at(self.from(k)).is_some())
            })
        };
        let found = found.or_else(|| {
            (pointed || participle())
                .then(|| self.held_subject(first))
                .flatten()
                // "on par with 1997, when they won 418 seats": another time's count.
                .filter(|&(_, b)| {
                    !(b + 1..first).any(|k| {
                        let w = self.words.w(k).trim_matches(|c: char| !c.is_alphanumeric());
                        self.words.is(k, &["when", "than", "unlike"]) || super::four_digits(w)
                    })
                })
        });
        // "the 326 seats needed to govern": a threshold, no count.
        let needed = (head + 1..(head + 3).min(to)).any(|k| {
            l.needed.at(self.from(k)).is_some()
                && (k + 1 >= to || self.words.is(k + 1, &["to", "for", "by"]))
        });
        if needed {
            frame.qualifier = Some("threshold".to_owned());
        }
        // "fell from 48 to nine", "down from 249": the count before, not the current.
        let from_before = first >= 1 && self.words.is(first - 1, &["from"]);
        if from_before
            && frame.qualifier.is_none()
            && (self.words.is(head + 1, &["to"])
                || (first >= 2 && self.words.is(first - 2, &["up", "down"])))
        {
            frame.qualifier = Some("earlier".to_owned());
        }
        // A person's count ("Claudia Ramos secured 35.9 million votes", "Ramos won…"):
        // keyed by the surname the name reader gives, as a vote share is, so that the
        // full name and the surname alone are one holder.
        let person = |(a, b): (usize, usize)| {
            let bare = |k: usize| {
                self.words
                    .w(k)
                    .trim_end_matches("'s")
                    .trim_end_matches("’s")
            };
            let organisation = (a..=b)
                .any(|k| crate::extract::names::heads_an_organisation(bare(k)))
                || l.party_members.contains(&bare(b).to_lowercase().as_str());
            (!organisation)
                .then(|| {
                    self.holders
                        .iter()
                        .find(|&&(x, y, _)| x <= b && a <= y)
                        .map(|&(.., key)| key.to_owned())
                })
                .flatten()
        };
        let key = found.map(|(a, b)| {
            person((a, b)).unwrap_or_else(|| holder_key((a..=b).map(|k| self.words.w(k))))
        });
        // "The Party was widely predicted…": a party named by no name of its own.
        let key = key.filter(|k| k != "party");
        match key {
            Some(key) => {
                frame.scope = vec![key.clone()];
                self.held_status(frame, first);
                if let Some(class) = known_class(frame) {
                    *self.last_held.borrow_mut() =
                        Some((class.to_owned(), key, frame.status, head));
                }
            }
            None => {
                if let Some(m) = frame.measure.as_mut() {
                    m.known = false;
                }
            }
        }
    }

    /// The subject of the sentence before word `first`: its first run of capitalised
    /// words that no preposition opens ("In Northland, the Green Alliance…" is the
    /// Green Alliance's), with no leader's name ("under Ana Ruiz").
    fn held_subject(&self, first: usize) -> Option<(usize, usize)> {
        let l = &*LEXICON;
        let mut k = 0;
        while k < first {
            if !self.names_holder(k) {
                k += 1;
                continue;
            }
            let end = (k..first).take_while(|&j| self.names_holder(j)).last()?;
            let opened = k > 0
                && (self.words.is(
                    k - 1,
                    &[
                        "in", "at", "of", "from", "for", "over", "against", "with", "by", "to",
                        "on", "into", "across",
                    ],
                ) || l.leader.ending_at(self.all(), k - 1).is_some()
                    || self.words.is(k - 1, &["the"])
                        && k > 1
                        && self.words.is(
                            k - 2,
                            &[
                                "in", "at", "of", "from", "for", "over", "against", "with", "by",
                                "to",
                            ],
                        ));
            if !opened {
                return Some((k, end));
            }
            k = end + 1;
        }
        None
    }

    /// A holder's count at word `first` "will win", "on course for" is a forecast
    /// (projected); one in a sentence of a count not yet complete is `partial`.
    fn held_status(&self, frame: &mut super::Frame, first: usize) {
        let l = &*LEXICON;
        if frame.status == super::Status::Planned
            || (self.may_hold(&l.forecast)
                && (0..first).any(|k| l.forecast.at(self.from(k)).is_some()))
        {
            frame.status = super::Status::Projected;
        }
        if frame.qualifier.is_none() && self.partial_count() {
            frame.qualifier = Some("partial".to_owned());
        }
    }

    /// The holder named beside a bare figure at words `first..=last` in a list of
    /// holders' counts: the capitalised words right before it ("the Liberal Union
    /// 121", "the Liberal Union on 13"), no place ("in Northland on four"), or after
    /// "for" right after it ("121 for the Liberal Union").
    fn listed_holder(&self, first: usize, last: usize, to: usize) -> Option<(usize, usize)> {
        if self.words.is(last + 1, &["for"]) {
            let a = last + 2 + usize::from(self.words.is(last + 2, &["the"]));
            let end = (a..to).take_while(|&k| self.names_holder(k)).last()?;
            return Some((a, end));
        }
        let mut end = first.checked_sub(1)?;
        if self.words.is(end, &["on"]) {
            end = end.checked_sub(1)?;
        }
        if !self.names_holder(end) {
            return None;
        }
        let start = (0..=end)
            .rev()
            .take_while(|&j| self.names_holder(j))
            .last()?;
        let opened = start > 0
            && self.words.is(
                start - 1,
                &[
                    "in", "at", "of", "from", "over", "against", "with", "by", "to", "under",
                ],
            );
        (!opened).then_some((start, end))
    }

    /// Whether the sentence, or one before it in its paragraph, tells of a count not
    /// yet complete (`partial` of `[held]`: "with 545 results declared"). Read only
    /// for a holder's count.
    fn partial_count(&self) -> bool {
        let l = &*LEXICON;
        if self.may_hold(&l.partial)
            && (0..self.words.len()).any(|k| l.partial.at(self.from(k)).is_some())
        {
            return true;
        }
        // A sentence before in the paragraph that opens with such words ("With 545
        // results declared, …") frames the counts after it; one that ends with them
        // ("…, with a few seats left to declare") tells of its own counts only.
        let text = self.words.text;
        let start = self.span.start;
        let para = text
            .text
            .get(..start)
            .and_then(|b| b.rfind('\n'))
            .map_or(0, |n| n + 1);
        let sentences = text.sentences();
        let from = sentences.partition_point(|s| s.start < para);
        let to = sentences.partition_point(|s| s.start < start);
        sentences
            .get(from..to)
            .unwrap_or_default()
            .iter()
            .any(|&s| {
                let sentence = text.slice(s);
                let Some((opening, _)) = sentence.split_once(',') else {
                    return false;
                };
                let opening = opening.to_ascii_lowercase();
                l.partial_words.iter().any(|p| {
                    opening
                        .match_indices(p)
                        .any(|(i, m)| crate::text::whole_word(&opening, i, i + m.len()))
                })
            })
    }

    /// Whether the figure at words `f..=h` is a share ("14.5%", "35 percent").
    /// A count of people or a bare figure right before a side it voted for ("723,632
    /// voting No", "1,429,981 people voted in favour"): a count of votes, held by that
    /// side, a part when its sentence speaks of a part of those voting (see
    /// `of_a_part_of_the_vote`).
    pub(super) fn sided_votes(
        &self,
        fact: &Fact,
        frame: &mut super::Frame,
        last: usize,
        to: usize,
    ) {
        let l = &*LEXICON;
        let bare = fact.unit.is_none();
        let people = frame
            .measure
            .as_ref()
            .is_some_and(|m| !m.known || m.class == "votes")
            || fact
                .unit
                .as_ref()
                .is_some_and(|u| l.generic.at(&[u.lemma.as_str()]).is_some() || u.lemma == "vote");
        if !(bare || people) || self.is_share(last, last) {
            return;
        }
        let head = self.head_end(fact, last);
        let Some((at, side)) = self.side_after(head, to) else {
            return;
        };
        // A verb of voting between: "723,632 voting No", not "400 No posters".
        if !self.votes_between(head, at) {
            return;
        }
        frame.measure = self.head(head, head, "votes", true);
        frame.scope = vec![side.to_owned()];
        if self.of_a_part_of_the_vote() && frame.qualifier.is_none() {
            frame.qualifier = Some("part".to_owned());
        }
    }

    /// Whether a share of a side in this sentence is of a part of those voting: the
    /// sentence or one of the two before it speaks of a part (`[shares] part`: "the
    /// only constituency to vote No", "women voted"; or a place before "electorate" or
    /// "voters" that is no country: "the Donegal electorate"), and this one not of the
    /// whole (`[shares] whole`: "nationally").
    fn of_a_part_of_the_vote(&self) -> bool {
        *self
            .part_of_the_vote
            .get_or_init(|| self.find_a_part_of_the_vote())
    }

    /// [`Sentence::of_a_part_of_the_vote`], found anew.
    fn find_a_part_of_the_vote(&self) -> bool {
        let l = &*LEXICON;
        let e = &*entities::LEXICON;
        let words = &self.words;
        if (0..words.len()).any(|k| words.is(k, &l.vote_whole)) {
            return false;
        }
        let parts = |s: &Sentence<'_, '_>| {
            let w = &s.words;
            (0..w.len()).any(|k| {
                w.is(k, &l.vote_parts)
                    || (k >= 2
                        && w.is(k, &["electorate", "voters"])
                        && w.capitalised(k - 1)
                        && !e.find(w, k - 1, k).iter().any(|&(x, _)| e.is_country(x)))
            })
        };
        if parts(self) {
            return true;
        }
        let before = self.previous();
        before.as_ref().is_some_and(&parts)
            || before.and_then(|p| p.previous()).is_some_and(|p| parts(&p))
    }

    /// The side of a question put to the vote that a share ending at word `head` is
    /// of, told within a few words after it and before any other figure: a side of
    /// `[sides]` ("in favour", "against", "opposed"), or "Yes" / "No" written as a
    /// side (capitalised, in quotes, or right after a verb of voting: "66.4% voting
    /// Yes", "a 66.4% 'yes' vote", "52 per cent had voted No"). Its word and side.
    fn side_after(&self, head: usize, to: usize) -> Option<(usize, &'static str)> {
        let l = &*LEXICON;
        let end = (head + 7).min(to);
        for k in head + 1..end {
            if self.figures.iter().any(|&(f, _)| f == k) {
                return None;
            }
            if let Some((_, side)) = l.sides.at(self.from(k)) {
                return Some((k, side));
            }
            let w = self.words.w(k);
            let side = if w.eq_ignore_ascii_case("yes") {
                "in favour"
            } else if w.eq_ignore_ascii_case("no") {
                "against"
            } else {
                continue;
            };
            let quoted = self.words.span(k).is_some_and(|s| {
                let before = self.words.text.text.get(..s.start).unwrap_or("");
                before.ends_with(['\'', '‘', '"', '“'])
            });
            let voting = self.words.is(k - 1, VOTING);
            if self.words.capitalised(k) || quoted || voting {
                return Some((k, side));
            }
        }
        None
    }

    /// Whether the side word at `k` after a share's head at `head` is a side of a
    /// vote: after a verb of voting ("66.4% voting Yes"), or ending its phrase ("48%
    /// against", "33.6 percent opposed the measure"); not "fell 0.9 percent against
    /// the dollar", where "against" takes an object of its own.
    fn side_of_share(&self, head: usize, k: usize, to: usize) -> bool {
        self.votes_between(head, k)
            || !self.words.is(k, &["against"])
            || k + 1 >= to
            || self.comma_after(k)
            || self.words.is(k + 1, &["and", "while", "with", "in", "on"])
    }

    /// Whether a verb of voting stands between words `head` and `k` (both left out):
    /// "723,632 voting No", "66.4% voting Yes".
    fn votes_between(&self, head: usize, k: usize) -> bool {
        (head + 1..k).any(|j| self.words.is(j, VOTING))
    }

    fn is_share(&self, f: usize, h: usize) -> bool {
        (f..=h).any(|j| {
            let w = self.words.w(j);
            w.contains('%') || w.eq_ignore_ascii_case("percent") || w.eq_ignore_ascii_case("cent")
        })
    }

    /// The last word of a figure ending at word `last` with its unit ("312 seats",
    /// "45%").
    pub(super) fn head_end(&self, fact: &Fact, last: usize) -> usize {
        fact.unit
            .as_ref()
            .and_then(|u| self.cover(u.span))
            .map_or(last, |(_, b)| b.max(last))
    }

    /// Whether word `k` may be a word of a holder's name: capitalised, no word of
    /// the calendar and none that opens a sentence without naming ("The", "In"; the
    /// name reader's `[stop]` of `data/name_words.txt`).
    fn names_holder(&self, k: usize) -> bool {
        k < self.words.len()
            && self.words.capitalised(k)
            && !is_calendar(&entities::bare(self.words.w(k)))
            && !crate::extract::names::opens_without_naming(self.words.w(k))
    }

    /// The holder of a share at words `first..=head` (see [`Sentence::share`]).
    fn holder(&self, first: usize, head: usize, to: usize) -> Option<String> {
        let l = &*LEXICON;
        let e = &*entities::LEXICON;
        // A name that is a place or party the lexicon knows, a weekday or an event
        // ("the Primary round") holds no vote.
        let person = |&&(a, b, _): &&(usize, usize, &str)| {
            e.find(&self.words, a, b + 1).is_empty()
                && !is_calendar(&entities::bare(self.words.w(a)))
                && l.events.at(self.from(a)).is_none()
        };
        let after = (head + 1..(head + 4).min(to))
            .find(|&k| l.share_holder.at(self.from(k)).is_some())
            .and_then(|k| {
                self.holders
                    .iter()
                    .filter(person)
                    .find(|(a, ..)| *a == k + 1)
            });
        if let Some(&(.., key)) = after {
            return Some(key.to_owned());
        }
        let &(a, b, key) = self
            .holders
            .iter()
            .filter(person)
            .rfind(|(_, b, _)| *b < first)?;
        let between = self.figures.iter().any(|&(f, _)| f > b && f < first);
        // "Per the commission's count, she won 58%": a pronoun between is the holder,
        // whose name the sentence does not give.
        let pronoun = (b + 1..first).any(|k| self.words.is(k, &["she", "he"]));
        (!between && !pronoun && first - b <= 25 && a < first).then(|| key.to_owned())
    }

    /// Whether the event a figure at words `first..=last` measures follows another
    /// (see [`Sentence::measured`]): read from the figure's own phrase before it
    /// ("the initial", "another"), its head noun ("aftershock"), then the clause
    /// before it ("the largest aftershock, measuring", "followed by").
    fn succession(
        &self,
        first: usize,
        last: usize,
        from: usize,
        to: usize,
    ) -> Option<&'static str> {
        let l = &*LEXICON;
        let parting = [
            "of", "at", "by", "from", "and", "with", "after", "to", "in", "on", "for",
        ];
        let mut k = first;
        while k > from && first - k < 3 {
            k -= 1;
            if self.words.is(k, &parting) {
                break;
            }
            if l.first_event.at(self.from(k)).is_some() {
                return None;
            }
            if l.second_event.at(self.from(k)).is_some() {
                return Some("second");
            }
            if l.later_event.at(self.from(k)).is_some() {
                return Some("later");
            }
        }
        // The head noun: the first event word of the three after the figure.
        for j in last + 1..(last + 4).min(to) {
            if l.events.at(self.from(j)).is_some() {
                if l.later_event.at(self.from(j)).is_some() {
                    return Some("later");
                }
                break;
            }
        }
        // Not across "from" or "after": "aftershocks from Monday's 7.8 quake" are the
        // later events, not this one. After a verb of measuring, from its event on,
        // even before the clause ("The largest aftershock, measuring 7.5").
        let measuring = first
            .checked_sub(1)
            .is_some_and(|v| l.measuring.at(self.from(v)).is_some());
        let from = if measuring {
            from.min(first.saturating_sub(super::measure::MEASURED_REACH + 1))
        } else {
            from
        };
        let second_before = |j: usize| {
            (j.saturating_sub(2).max(from)..j).any(|i| l.second_event.at(self.from(i)).is_some())
        };
        (from..first)
            .rev()
            .take_while(|&j| !self.words.is(j, &["from", "after", "since"]))
            .find(|&j| l.later_event.at(self.from(j)).is_some())
            .map(|j| if second_before(j) { "second" } else { "later" })
    }

    /// A bare figure after "passed", "surpassed", "topped"… is a lower bound.
    pub(super) fn lower_bound(&self, fact: &mut Fact, first: usize, from: usize) {
        if fact.hedge != Hedge::None {
            return;
        }
        let Some(k) = first.checked_sub(1).filter(|&k| k >= from) else {
            return;
        };
        // "the toll nears 300": just under the figure.
        if LEXICON.below.ending_at(self.all(), k).is_some() {
            if let Value::Quantity(iv) = &mut fact.value {
                let Some(x) = iv.nominal else { return };
                fact.hedge = Hedge::Nearly;
                *iv = Interval {
                    min: Some(x * 9.0 / 10.0),
                    max: Some(x),
                    min_inclusive: true,
                    max_inclusive: false,
                    nominal: Some(x),
                };
            }
            return;
        }
        let Some((verb, ())) = LEXICON.above.ending_at(self.all(), k) else {
            return;
        };
        // "does not exceed 6,400": at most the figure.
        let denied = (verb.saturating_sub(2)..verb)
            .any(|j| self.words.is(j, &["not", "never", "n't", "cannot"]));
        if let Value::Quantity(iv) = &mut fact.value {
            let Some(x) = iv.nominal else { return };
            fact.hedge = if denied {
                Hedge::AtMost
            } else {
                Hedge::MoreThan
            };
            *iv = Interval {
                min: (!denied).then_some(x),
                max: denied.then_some(x),
                min_inclusive: false,
                max_inclusive: denied,
                nominal: Some(x),
            };
        }
    }

    /// The owner a possessive name right before word `first` gives, as a holder's key:
    /// one to three capitalised words joined ("Pioneer's", "Exxon Mobil's"), not a
    /// day's or a month's name ("Monday's 46.6 degrees") nor an event's word.
    fn possessive_owner(&self, first: usize) -> Option<String> {
        let b = first.checked_sub(1)?;
        let w = self.words.w(b);
        let bare = possessive_stem(w)?;
        if !self.words.capitalised(b)
            || is_calendar(&entities::bare(bare))
            || LEXICON.events.at(self.from(b)).is_some()
        {
            return None;
        }
        let mut a = b;
        while a > 0 && b - a < 2 && self.words.capitalised(a - 1) && self.words.joined(a - 1) {
            a -= 1;
        }
        Some(holder_key((a..=b).map(|k| self.words.w(k))))
    }
}

/// Words that open a clause with a time of its own after a time months past ("since 2014,
/// when the ferry sank", "the 1997 crash, which claimed 228 lives"): see `as_of`.
const CLAUSE_OF_ITS_OWN: [&str; 2] = ["when", "which"];

/// The key of a holder's name, words as written: lower-case, a possessive and the
/// punctuation around each word dropped, the last word singular, so that "the
/// Unionists" and "the Unionist Party" are one holder; a party's name of
/// three words or more is its initials ("the Northland People's Party" and "the
/// NPP"), of two the name without "Party" ("the Green Party", "the Greens").
fn holder_key<'w>(words: impl Iterator<Item = &'w str>) -> String {
    let mut key: Vec<String> = words
        .map(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’');
            let w = w.trim_end_matches("'s").trim_end_matches("’s");
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .filter(|w| !w.is_empty())
        .collect();
    // "the Northland People's Party (NPP)": the name and its initials, one key.
    if let Some((last, name)) = key.split_last().filter(|(_, name)| name.len() > 1) {
        let initials: String = name.iter().filter_map(|w| w.chars().next()).collect();
        if *last == initials {
            return initials;
        }
    }
    if key.len() > 1 && key.last().is_some_and(|w| w == "party") {
        if key.len() > 2 {
            return key.iter().filter_map(|w| w.chars().next()).collect();
        }
        key.pop();
    }
    // "the Conservatives" and "the Conservative Party" are one holder; a surname
    // ("Ramos") is no plural.
    if let Some(w) = key
        .last_mut()
        .filter(|w| LEXICON.party_members.contains(&w.as_str()))
    {
        *w = crate::text::lemma(w);
    }
    key.join(" ")
}
