//! What a figure measures, read from its clause (see the module documentation of
//! [`super`]): its unit, the word before it, an outcome after it, a measure before it
//! past linking words, and its head noun.

use super::lexicon::{LEXICON, Rank};
use super::{Head, Sentence};
use crate::extract::{Fact, Unit};
use crate::text::{is_one_of, is_possessive, lemma};

/// The most items of a list of counts read past to the outcome after it.
const LIST_ITEMS: usize = 12;

/// Words at most in an aside between a subject and its verb ("the province's
/// capital"): see [`Sentence::subject_before_aside`].
const ASIDE_WORDS: usize = 8;

impl Sentence<'_, '_> {
    /// What a figure at words `first..=last` measures (see the module documentation).
    pub(super) fn measure(
        &self,
        fact: &Fact,
        first: usize,
        last: usize,
        from: usize,
        to: usize,
    ) -> Option<Head> {
        let l = &*LEXICON;
        let all = self.all();
        // 0. A fraction of a whole ("over half of the deaths", "two-thirds of the
        // buildings") is a share of it, never a count of its own.
        if self.words.is(last + 1, &["of"]) {
            let word = self.words.w(last).to_lowercase();
            let tail = lemma(word.rsplit('-').next().unwrap_or(&word));
            if l.fraction.at(&[tail.as_str()]).is_some() {
                return self.head(first, last, "share", true);
            }
        }
        // 0a. The whole a fraction is taken of ("half of its 7,500 employees", "half
        // the company's 300 workers", "40% of the 900 staff"): neither those the verb
        // befell (a part of them) nor a count the story's others share. No class.
        if self.whole_of_fraction(first) {
            return self.head(first, last, "whole", true);
        }
        let unit = fact
            .unit
            .as_ref()
            .and_then(|u| self.cover(u.span))
            .filter(|&(a, _)| a > last);
        // 0b. A count of places ("died in 10 counties", "across three states") is no
        // one an outcome befell nor a group: its own noun, at most a word after it, is
        // its measure.
        if let (Some(u), Some((a, b))) = (&fact.unit, unit.filter(|&(a, _)| a <= last + 2)) {
            let noun = [u.lemma.as_str()];
            if l.place_nouns.at(&noun).is_some() || l.country_nouns.at(&noun).is_some() {
                return self.head(a, b, &u.lemma, false);
            }
        }
        // 0c. A part of a count of places ("reported from seven of the 30 districts",
        // "in five of its 10 provinces"): the places' noun, right after "of" and a
        // determiner or a figure, is the part's measure too ("two of the county's
        // residents" counts residents).
        if self.words.is(last + 1, &["of"]) {
            let j = (last + 2..(last + 5).min(to + 1))
                .find(|&j| {
                    !self.words.is(j, &["the", "its", "their"])
                        && !self.words.w(j).starts_with(|c: char| c.is_ascii_digit())
                })
                .unwrap_or(to + 1);
            let word = lemma(&self.words.w(j).to_lowercase());
            if j <= to
                && (l.place_nouns.at(&[word.as_str()]).is_some()
                    || l.country_nouns.at(&[word.as_str()]).is_some())
            {
                return self.head(j, j, &word, false);
            }
        }
        // 1. The unit, when it decides. Units the figure reader names for symbols
        // ("$", "%") stand on no word of their own: read them from the lemma. An
        // outcome after a unit of another outcome decides over it ("3,000 bodies
        // were buried" counts burials, not deaths).
        // The class of the unit's own words, if any (read once: step 4 asks it too).
        let unit_class = fact.unit.as_ref().and_then(|u| {
            let lemmas: Vec<&str> = u.lemma.split_whitespace().collect();
            l.measures.at(&lemmas).map(|(_, c)| c)
        });
        if let Some(u) = &fact.unit {
            // "7 degrees on the Richter scale": the scale names the measure.
            if let Some(head) = unit.and_then(|(_, b)| self.scale_after(b, to)) {
                return Some(head);
            }
            if let Some(c) = unit_class {
                if c.rank == Rank::Outcome {
                    if let Some(head) =
                        self.outcome_after(unit.map_or(last + 1, |(_, b)| b + 1), to)
                    {
                        return Some(head);
                    }
                }
                // "181 passengers and crew": everyone on board.
                if c.name == "passengers" {
                    if let Some((a, b)) = unit {
                        if let Some((n, ())) = l.with_crew.at(self.from(b + 1)) {
                            return self.head(a, b + n, "on board", true);
                        }
                    }
                }
                if matches!(c.rank, Rank::Fixed | Rank::Outcome) {
                    return Some(unit_head(u, c.name, true));
                }
            }
        } else if let Some(head) = self.scale_after(last, to) {
            // "measuring 6.7 on the Richter scale": a bare figure's scale.
            return Some(head);
        } else if let Some(head) = self.measured_event(first, from) {
            // "The largest aftershock, measuring 7.5": the event's own measure.
            return Some(head);
        }
        // 1a. A label before a colon, opening the sentence ("People killed: 501",
        // "People displaced: 16,000 households"): what it names is measured.
        if let Some(head) = self.label_measure(first, from) {
            return Some(head);
        }
        // 1a'. A count that restates a share before it ("laying off 13% of its staff,
        // or more than 11,000 employees"): what befell the share befell it.
        if let Some(head) = self.restated_share(first, from, unit_class) {
            return Some(head);
        }
        // 1b. A head that says only "members" or "people" takes the group a noun beside
        // it names: "22 crew members" (the noun before it), "a 21-member crew" (the
        // noun after it) count the crew.
        // A unit in the figure's own word ("21-member") ends at the figure.
        if let Some(u) = &fact.unit {
            let (a, b) = unit.unwrap_or((last + 1, last));
            if l.generic.at(&[u.lemma.as_str()]).is_some() {
                let before = (a > last + 1)
                    .then(|| l.measures.ending_at(all, a - 1))
                    .flatten()
                    .filter(|(start, c)| *start > last && c.rank == Rank::Group)
                    .map(|(start, c)| (start, a - 1, c.name));
                let after = self
                    .measure_at(b + 1)
                    .filter(|(n, c)| c.rank == Rank::Group && b + n < to)
                    .map(|(n, c)| (b + 1, b + n, c.name));
                if let Some((start, end, class)) = before.or(after) {
                    return self.head(start, end, class, true);
                }
            }
        }
        // 2. The word right before, past a determiner; a unit word right after.
        let mut k = first.checked_sub(1);
        if k.is_some_and(|k| self.words.is(k, &["a", "an", "the"])) {
            k = k.and_then(|k| k.checked_sub(1));
        }
        if let Some(k) = k.filter(|&k| k >= from) {
            // A verb of getting well before a figure takes an object ("have recovered
            // 15 bodies"): those who got well are read after their noun only ("43
            // cases have recovered").
            if let Some((start, c)) = l
                .measures
                .ending_at(all, k)
                .filter(|(_, c)| c.name != "recoveries")
            {
                return self.head(start, k, c.name, true);
            }
        }
        if let Some((n, c)) = self
            .measure_at(last + 1)
            .filter(|(_, c)| c.rank == Rank::Fixed)
        {
            if last + n < to {
                return self.head(last + 1, last + n, c.name, true);
            }
        }
        // 3. An outcome after the figure and its head, unless the figure stands in a
        // phrase of where after the outcome's subject ("people from the 120 flats
        // remain missing").
        let enclosed = first >= from + 3
            && self
                .words
                .is(first - 1, &["the", "a", "an", "its", "their", "his", "her"])
            && LEXICON.enclosing.at(self.from(first - 2)).is_some();
        // A figure with no head passes over "more" ("80 more wounded"), and over a head
        // that says only "people" after it ("three more people were killed").
        let bare_end = self
            .more_after(fact, last)
            .filter(|&end| end < to)
            .map(|end| {
                let people = end + 1 < to
                    && LEXICON
                        .generic
                        .at(self.from(end + 1))
                        .is_some_and(|(n, ())| n == 1);
                if people { end + 1 } else { end }
            })
            .unwrap_or(last);
        if let Some(head) = (!enclosed)
            .then(|| self.outcome_after(unit.map_or(bare_end + 1, |(_, b)| b + 1), to))
            .flatten()
        {
            return Some(head);
        }
        // 3b. People with no role on board ("sank with 210 people on board", "with 54
        // on board", "All 54 people, including six children, on board"): those on
        // board; not when an outcome follows ("12 people on board were injured").
        let aboard_head = fact
            .unit
            .as_ref()
            .is_none_or(|u| names_whole(&l.aboard_head, &u.lemma));
        if aboard_head && !enclosed {
            let end = unit.map_or(last, |(_, b)| b);
            if let Some((a, b)) = self.aboard_at(end + 1) {
                if self.outcome_after(b + 1, to.max(b + 1)).is_none() {
                    return self.head(a, b, "on board", true);
                }
            }
        }
        // 3c. Bodies recovered ("recovered at least 15 bodies", "40 bodies have been
        // recovered so far", "35 retrieved bodies"): a count that only grows, told by a
        // verb of its own; "25 bodies out of 40 recovered" counts no bodies recovered.
        if let (Some(u), Some((a, b))) = (&fact.unit, unit) {
            if names_whole(&l.body, &u.lemma) {
                let before = first
                    .checked_sub(1)
                    .filter(|&k| k >= from)
                    .is_some_and(|k| l.recovered.ending_at(all, k).is_some());
                let between = (last + 1..a).any(|k| l.recovered.at(self.from(k)).is_some());
                let mut k = b + 1;
                while k < to && k <= b + 4 {
                    match l.after.at(self.from(k)) {
                        Some((n, ())) => k += n,
                        None => break,
                    }
                }
                let after = k < to && l.recovered.at(self.from(k)).is_some();
                if before || between || after {
                    return self.head(a, b, "bodies recovered", true);
                }
            }
        }
        // 3d. A count of events, glued to their noun ("the death toll from two
        // explosions", "after three quakes"): those events, not the measure before.
        if let (Some(u), Some((a, _))) = (&fact.unit, unit.filter(|&(a, _)| a <= last + 2)) {
            let counted_event = l
                .events
                .at(&[u.lemma.as_str()])
                .is_some_and(|(_, class)| l.counted_events.contains(class));
            if counted_event && !self.words.w(first).contains('.') && a > last {
                return Some(unit_head(u, &u.lemma, false));
            }
        }
        // 4. A measure before, past linking words.
        let mut k = first;
        let mut seen = 0;
        let mut crossed = false;
        // A verb of a level crossed on the way ("rose", "topped").
        let mut verb: Option<usize> = None;
        while k > from && seen < 8 {
            k -= 1;
            seen += 1;
            if let Some((start, c)) = l.measures.ending_at(all, k) {
                // A figure with a noun of its own inside the phrase of a measure is
                // not that measure ("the death toll from the quake and 300
                // aftershocks"). A group right before "of" counts the figure's group
                // as its members ("a population of 839 students", "a crowd of 300
                // students"; "the lives of 189 people" are no group's).
                let members = c.rank == Rank::Group
                    && k + 2 == first
                    && self.words.is(k + 1, &["of"])
                    && unit_class.is_some_and(|u| u.rank == Rank::Group);
                if start >= from && (c.rank != Rank::Group || unit.is_none() || members) {
                    if crossed && unit.is_some() {
                        break;
                    }
                    return self.head(start, k, c.name, true);
                }
            }
            let level = [&l.level, &l.above]
                .iter()
                .find_map(|list| list.ending_at(all, k));
            if let (None, Some((start, ()))) = (verb, level) {
                verb = Some(start);
            }
            // Linking words, the names of a phrase between ("the death toll in
            // Turkey and Syria passed 5,000"), and words of time ("rose Monday
            // evening to 2,316").
            let link = l.skip.ending_at(all, k).is_some()
                || level.is_some()
                || l.when.ending_at(all, k).is_some()
                || super::is_calendar(self.words.w(k))
                || (self.words.capitalised(k) && k > from);
            if link {
                continue;
            }
            // A change before the figure ("the toll rose by six to 131"): past it.
            if k > from + 1
                && self.words.is(k - 1, &["by"])
                && crate::extract::quantity::starts_number(&self.words, k)
            {
                k -= 1;
                continue;
            }
            // A prepositional phrase between the measure and its verb ("the death
            // toll from the magnitude 7.8 earthquake rose to 5,000"): past it, once.
            match self.phrase_start(k, from) {
                Some(p) if !crossed => {
                    crossed = true;
                    k = p;
                }
                _ => break,
            }
        }
        // 4b. The subject of a verb of a level, however long its phrase: the first
        // measure of the clause before the verb that no figure of its own holds ("the
        // death toll from the quake that hit Turkey and northern Syria has surpassed
        // 5,000"; not "killed" in "20 soldiers were killed and the number of wounded
        // rose to 50").
        // A verb denied is a limit, not a level ("does not exceed 6,400 people").
        let denied = |v: usize| {
            (v.saturating_sub(2)..v).any(|j| self.words.is(j, &["not", "never", "n't", "cannot"]))
        };
        if let Some(verb) = verb.filter(|&v| !denied(v)) {
            if let Some(head) = self.subject_measure(from, verb, first) {
                return Some(head);
            }
            // 4c. An aside between commas that opens the verb's clause ("The death
            // toll in Karvia, the province's capital, has reached 1,000"): the
            // subject is the clause before it.
            if let Some(head) = self
                .subject_before_aside(from)
                .and_then(|start| self.subject_measure(start, verb, first))
            {
                return Some(head);
            }
        }
        // 5. The head noun: its class, else itself. A noun of two words whose first the
        // figure reader took for a modifier ("40 fire trucks") is read whole.
        if let Some((a, b)) = unit {
            if let Some((start, c)) = l
                .measures
                .ending_at(all, b)
                .filter(|&(start, c)| start > last && start < a && c.rank == Rank::Group)
            {
                return self.head(start, b, c.name, true);
            }
        }
        if let Some(u) = &fact.unit {
            return Some(match l.measures.at(&[u.lemma.as_str()]) {
                Some((_, c)) => unit_head(u, c.name, true),
                None => unit_head(u, &u.lemma, false),
            });
        }
        fact.counting.as_ref().map(|c| Head {
            class: lemma(&c.word),
            word: c.word.clone(),
            known: false,
            span: c.span,
            name: None,
        })
    }

    /// The measure a label names when a figure follows it and its colon at the start of
    /// its sentence ("Death toll: 2,316", "People injured: 1,523"); the label holds no
    /// figure of its own and is at most five words long.
    fn label_measure(&self, first: usize, from: usize) -> Option<Head> {
        if first != from || from == 0 || from > 5 {
            return None;
        }
        let (a, b) = (self.words.span(from - 1)?, self.words.span(from)?);
        if self.words.between(a.end, b.start).trim() != ":"
            || self.figures.first().is_some_and(|&(f, _)| f < from)
        {
            return None;
        }
        let (start, c) = LEXICON.measures.ending_at(self.all(), from - 1)?;
        self.head(start, from - 1, c.name, true)
    }

    /// The outcome of a share that a count restates after ", or" ("is cutting 13% of
    /// its staff, or more than 11,000 employees", "let go of a tenth of its workers, or
    /// 400 people"): the count of a group (or of no noun), in the clause right after
    /// the share's, is what the outcome before the share measures.
    fn restated_share(
        &self,
        first: usize,
        from: usize,
        unit: Option<&super::lexicon::Class>,
    ) -> Option<Head> {
        let l = &*LEXICON;
        let opens = from >= 4
            && self.words.is(from, &["or"])
            && self
                .words
                .span(from - 1)
                .zip(self.words.span(from))
                .is_some_and(|(a, b)| self.words.between(a.end, b.start).trim() == ",");
        // Only hedges may stand between "or" and the figure ("or more than 11,000").
        if !opens || first > from + 3 || unit.is_some_and(|c| c.rank != Rank::Group) {
            return None;
        }
        // The share: a figure of the clause before, its head right before "of".
        let &(share, _) = self
            .figures
            .iter()
            .rev()
            .find(|&&(_, b)| b < from && b + 6 >= from && self.words.is(b + 1, &["of"]))?;
        // The outcome right before the share (whose hedge is its own first word), past
        // a determiner: "laying off about 13%", "cut a tenth".
        let k = share.checked_sub(1)?;
        let k = if self.words.is(k, &["a", "an", "the"]) {
            k.checked_sub(1)?
        } else {
            k
        };
        let (start, c) = l.measures.ending_at(self.all(), k)?;
        (c.rank == Rank::Outcome)
            .then(|| self.head(start, k, c.name, true))
            .flatten()
    }

    /// A crowd's count told with no noun of its own: a count of people ("350,000
    /// people at a unity rally", "a demonstration of about 300,000 people"), a figure
    /// with no noun ("a local police estimate of 300,000") or a turnout ("organisers put
    /// turnout at 930,000") in a clause that names a protest (`[crowds]`) counts its
    /// crowd. A measure of its own ("killed 12 people at the rally") decides.
    pub(super) fn crowd(
        &self,
        fact: &Fact,
        measure: Option<&Head>,
        (first, last): (usize, usize),
        (from, to): (usize, usize),
    ) -> Option<Head> {
        let l = &*LEXICON;
        let plain = measure.is_none_or(|m| {
            (!m.known && l.generic.at(&[m.class.as_str()]).is_some())
                || (m.class == "voters" && m.word == "turnout")
        });
        if !plain {
            return None;
        }
        let protest = (from..to).any(|k| {
            l.events
                .at(self.from(k))
                .is_some_and(|(_, class)| l.crowd_events.contains(class))
                || l.crowd_lower.contains(&self.words.w(k))
        });
        if !protest {
            return None;
        }
        let (a, b) = fact
            .unit
            .as_ref()
            .and_then(|u| self.cover(u.span))
            .filter(|&(a, _)| a > last)
            .unwrap_or((first, last));
        self.head(a, b, "protesters", true)
    }

    /// A prison term a duration gives (`[prison]`): "sentenced to 25 years", "25 years in
    /// prison", "a sentence of 12 years" are the term given ("prison term"); with a word
    /// of a term possible, asked for or served in the clause ("faces a maximum of 110
    /// years", "prosecutors sought 40 years") a term of its own ("possible prison
    /// term"). With the person sentenced: the name after the verb ("sentenced Sam Marsh
    /// to"), else the last name before it in the clause ("Sam Marsh was sentenced to");
    /// a term of no one named is an "unnamed prison term".
    pub(super) fn prison_term(
        &self,
        fact: &Fact,
        measure: Option<&Head>,
        (first, last): (usize, usize),
        (from, to): (usize, usize),
    ) -> Option<(Head, Option<String>)> {
        let l = &*LEXICON;
        measure.filter(|m| m.known && m.class == "duration")?;
        let unit_end = fact
            .unit
            .as_ref()
            .and_then(|u| self.cover(u.span))
            .filter(|&(a, _)| a > last)
            .map_or(last, |(_, b)| b);
        let verb = first
            .checked_sub(1)
            .filter(|&k| self.words.is(k, &["to", "for", "of"]))
            .and_then(|k| {
                (k.saturating_sub(5).max(from)..k)
                    .rev()
                    .find(|&j| l.prison_verbs.at(self.from(j)).is_some())
            });
        // "25 years in prison", "a 150-year sentence" (the unit glued to the figure).
        let after = l.prison_after.at(self.from(unit_end + 1)).is_some();
        if verb.is_none() && !after {
            return None;
        }
        let not_given = (from..to).any(|k| l.prison_not_given.at(self.from(k)).is_some());
        let class = if not_given {
            "possible prison term"
        } else {
            "prison term"
        };
        // Keyed by the surname: the last word of the name after the verb ("sentenced
        // Sam Marsh to"), else the last capitalised word before the verb or the figure,
        // in the clause ("Sam Marsh was sentenced to", "Marsh received a 150-year
        // sentence"), its possessive off.
        let surname = |name: &str| {
            let last = name.rsplit(' ').next().unwrap_or(name);
            super::entities::bare(last).to_lowercase()
        };
        let person = match verb.and_then(|k| self.name_after(k)) {
            Some(name) => Some(surname(&name)),
            None => (from..verb.unwrap_or(first))
                .rev()
                .find(|&j| {
                    let w = self.words.w(j);
                    self.words.capitalised(j)
                        && !crate::extract::names::names_nothing(w)
                        && !super::is_calendar(w)
                })
                .map(|j| surname(self.words.w(j))),
        };
        // A term of no one named ("received a 150-year sentence") is compared with none.
        let class = if person.is_some() {
            class
        } else {
            "unnamed prison term"
        };
        let head = self.head(first, unit_end, class, true)?;
        Some((head, person))
    }

    /// What a length of time of no event is of (`[figure-of]`), when its own phrase
    /// names it: right before "of" and the figure ("a ban of 10 years"), or after its
    /// unit, at most two lower-case words between that close no phrase ("a 15-year
    /// maintenance contract"), or past its unit and "of", names among them too ("14
    /// years of Conservative rule"), before word `to`. The class.
    pub(super) fn figure_of(
        &self,
        fact: &Fact,
        (first, last): (usize, usize),
        to: usize,
    ) -> Option<&'static str> {
        let l = &*LEXICON;
        let before = first
            .checked_sub(2)
            .filter(|&k| self.words.is(k + 1, &["of"]))
            .and_then(|k| l.figure_of.ending_at(self.all(), k));
        if let Some((_, &class)) = before {
            return Some(class);
        }
        let end = self.head_end(fact, last);
        let start = if self.words.is(end + 1, &["of"]) {
            end + 2
        } else {
            end + 1
        };
        // Past "of", a name may stand between ("14 years of Conservative rule").
        let of = start == end + 2;
        let stop = (start + 3).min(to).min(self.words.len());
        for k in start..stop {
            if let Some((_, &class)) = l.figure_of.at(self.from(k)) {
                return Some(class);
            }
            let w = self.words.w(k);
            let word = w.starts_with(char::is_lowercase)
                || (of && self.words.capitalised(k) && !self.comma_before(k + 1));
            if !word || self.words.is(k, &l.phrase_ends) {
                return None;
            }
        }
        None
    }

    /// The words that put the people of a count on board ("on board", "were aboard")
    /// at word `k`, right after the count's head, or past an aside of its parts
    /// (", including five passengers,"): their first and last word.
    pub(super) fn aboard_at(&self, mut k: usize) -> Option<(usize, usize)> {
        let l = &*LEXICON;
        if self.comma_before(k) && self.words.is(k, &["including"]) {
            let (_, close) = self.aside(k, (k + 12).min(self.words.len()))?;
            k = close;
        }
        if l.aboard_link.at(self.from(k)).is_some() {
            k += 1;
        }
        let (n, ()) = l.aboard.at(self.from(k))?;
        Some((k, k + n - 1))
    }

    /// A count of people of one nationality, or of foreigners, read from its head
    /// ("four Germans", "12 foreigners"), a demonym before a head of people ("six
    /// Canadian passengers", "30 Chilean citizens", "nine foreign nationals") or a
    /// country after "from" ("five from Chile", "two people from Canada"; not "four
    /// each from Chile and Peru"), when the figure's measure is no other class than
    /// passengers (an outcome decides over it: "five Germans were killed" counts
    /// deaths): the class (`nationals` or `foreigners`) and, for a nationality, its
    /// country's key.
    pub(super) fn nationality(
        &self,
        fact: &Fact,
        last: usize,
        measure: Option<&Head>,
    ) -> Option<(&'static str, Option<String>)> {
        let l = &*LEXICON;
        // "26 nationalities among the victims, including 5 from Iran": people of one.
        if measure.is_some_and(|m| {
            m.known && !["passengers", "nationalities"].contains(&m.class.as_str())
        }) {
            return None;
        }
        let e = &*super::entities::LEXICON;
        let country = |from: usize, to: usize| {
            e.find(&self.words, from, to)
                .into_iter()
                .find(|&(x, _)| e.is_country(x))
                .map(|(x, _)| e.key(e.country(x)).to_owned())
        };
        // "five from Chile": a country itself (no city) right after "from" (and "the"),
        // and no other place named with it.
        let from_country = |k: usize| {
            if !self.words.is(k, &["from"]) {
                return None;
            }
            let found = e.find(&self.words, k + 1, (k + 5).min(self.words.len()));
            let &(x, span) = found.first()?;
            let next = self.cover(span).map(|(_, b)| b + 1)?;
            // "two from the United States".
            let det = usize::from(self.words.is(k + 1, &["the"]));
            (self.cover(span).is_some_and(|(a, _)| a == k + 1 + det)
                && e.is_country(x)
                && (self.comma_before(next) || !self.words.is(next, &["and", "or"])))
            .then(|| e.key(x).to_owned())
        };
        let Some(u) = fact.unit.as_ref() else {
            return from_country(last + 1)
                .or_else(|| self.listed_nationality(fact, last))
                .map(|key| ("nationals", Some(key)));
        };
        let (a, b) = self.cover(u.span).filter(|&(a, _)| a > last)?;
        let national = names_whole(&l.national, &u.lemma);
        if names_whole(&l.foreign, &u.lemma) || (national && self.words.is(a - 1, &["foreign"])) {
            return Some(("foreigners", None));
        }
        // A demonym is capitalised: no look-up of entities without a capital.
        if a == b && self.words.capitalised(a) {
            if let Some(key) = country(a, b + 1) {
                return Some(("nationals", Some(key)));
            }
        }
        if national && a > last + 1 && (last + 1..a).any(|k| self.words.capitalised(k)) {
            if let Some(key) = country(last + 1, a) {
                return Some(("nationals", Some(key)));
            }
        }
        if national && a == last + 1 {
            return from_country(b + 1).map(|key| ("nationals", Some(key)));
        }
        None
    }

    /// The outcome told after a list of counts that starts with the figure whose noun
    /// phrase ends at word `b` ("seven Japanese, six Filipinos and three Britons died",
    /// "two Britons and two Filipinos -- died", "five British nationals and one UK
    /// resident are unaccounted for"): the list's other figures are passed over, each
    /// with its noun, and the outcome read right after them.
    pub(super) fn outcome_after_list(&self, b: usize) -> Option<Head> {
        let mut k = b + 1;
        let figure_at = |k: usize| self.figures.binary_search_by_key(&k, |&(a, _)| a).is_ok();
        // The name after a bare figure ("seven Japanese,"), a few words at most.
        let past_name = |mut k: usize| {
            let start = k;
            while k < start + 3 && self.words.capitalised(k) && !figure_at(k) {
                k += 1;
            }
            k
        };
        // A list is a few items long; a longer one is no list of nationals.
        for _ in 0..LIST_ITEMS {
            k = past_name(k);
            let at = if self.words.is(k, &["and"]) { k + 1 } else { k };
            match self.figures.binary_search_by_key(&at, |&(a, _)| a) {
                Ok(i) => match self.figures.get(i) {
                    Some(&(_, end)) if end >= at => k = end + 1,
                    _ => break,
                },
                Err(_) => break,
            }
        }
        let k = past_name(k);
        let to = k.saturating_add(6).min(self.words.len());
        (k < to).then(|| self.outcome_after(k, to)).flatten()
    }

    /// The nationality of the figure at words `first..=last` when it closes a list of
    /// counts of nationals that ends in an outcome ("seven Japanese, six Filipinos and
    /// three Britons died"): "and" right before it, after another figure whose noun
    /// phrase has a capitalised name, and the outcome right after its own noun.
    pub(super) fn closes_list_of_nationals(
        &self,
        fact: &Fact,
        first: usize,
        last: usize,
    ) -> Option<(&'static str, Option<String>)> {
        let and = first
            .checked_sub(1)
            .filter(|&k| self.words.is(k, &["and"]))?;
        let i = self.figures.partition_point(|&(a, _)| a < first);
        let &(a, b) = self.figures.get(i.checked_sub(1)?)?;
        if b + 1 != and || !(a + 1..=b).any(|k| self.words.capitalised(k)) {
            return None;
        }
        let &(_, end) = self.figures.get(i).filter(|&&(a, _)| a == first)?;
        self.outcome_after_list(end)?;
        self.nationality(fact, last, None)
    }

    /// Whether a count of countries at words `first..=last` counts the nationalities of
    /// people: right after "from" ("passengers from 30 countries", "came from 35
    /// countries") or before "whose citizens" ("the 30 countries whose citizens died").
    pub(super) fn counts_nationalities(&self, fact: &Fact, first: usize) -> bool {
        let Some(u) = fact.unit.as_ref().filter(|u| u.lemma == "country") else {
            return false;
        };
        let Some((_, b)) = self.cover(u.span) else {
            return false;
        };
        let mut k = first;
        while k > 0
            && self.words.is(
                k - 1,
                &[
                    "than", "more", "over", "some", "about", "nearly", "almost", "at", "least",
                ],
            )
        {
            k -= 1;
        }
        (k > 0 && self.words.is(k - 1, &["from"]))
            || (self.words.is(b + 1, &["whose"])
                && self.words.is(b + 2, &["citizens", "nationals", "people"]))
    }

    /// The country of a bare figure in a list of nationalities: a demonym or a country
    /// right after it ("seven British, eight Italian, 18 Canadian nationals", "- 18
    /// Canada"), or a country and "with" right before it ("Canada with 18, China with
    /// eight"), where the list item ends (a comma, "and", "each", the sentence's end).
    /// No year ("in 2019 Canada, Mexico and …").
    fn listed_nationality(&self, fact: &Fact, last: usize) -> Option<String> {
        let e = &*super::entities::LEXICON;
        if super::four_digits(self.words.w(last)) {
            return None;
        }
        let ends = |k: usize| {
            k >= self.words.len()
                || self.comma_before(k)
                || self.words.is(k, &["and", "each", "or"])
                || LEXICON.national.at(self.from(k)).is_some()
        };
        // The country named by exactly words `a..=b`, if one is.
        let country_at = |a: usize, b: usize, from: usize, to: usize| {
            e.find(&self.words, from, to)
                .into_iter()
                .find_map(|(x, span)| {
                    (self.cover(span) == Some((a, b)) && e.is_country(x))
                        .then(|| e.key(e.country(x)).to_owned())
                })
        };
        // After: "18 Canada", "seven British,".
        if self.words.capitalised(last + 1) && self.words.joined(last) {
            let to = (last + 4).min(self.words.len());
            let key = (last + 1..to)
                .filter(|&b| ends(b + 1))
                .find_map(|b| country_at(last + 1, b, last + 1, to));
            if key.is_some() {
                return key;
            }
        }
        // Before: "Canada with 18,".
        let (first, _) = self.cover(fact.span)?;
        if first >= 2 && self.words.is(first - 1, &["with"]) && ends(last + 1) {
            let from = first.saturating_sub(5);
            return (from..first - 1).find_map(|a| country_at(a, first - 2, from, first - 1));
        }
        None
    }

    /// Whether the figure at word `first` is the whole a fraction or a percentage
    /// before it is taken of, past "of" and a determiner or possessive ("half of its
    /// 7,500", "half the company's 7,500", "a third of the 900", "40% of the 900").
    fn whole_of_fraction(&self, first: usize) -> bool {
        let mut k = first;
        let mut skipped = false;
        for _ in 0..3 {
            let Some(j) = k.checked_sub(1) else {
                return false;
            };
            let word = self.words.w(j);
            if self.words.is(
                j,
                &["of", "the", "its", "their", "his", "her", "our", "your"],
            ) || is_possessive(word)
            {
                skipped = true;
                k = j;
                continue;
            }
            if !skipped {
                return false;
            }
            if word.ends_with('%') || self.words.is(j, &["percent", "cent"]) {
                return true;
            }
            let lower = word.to_lowercase();
            let tail = lemma(lower.rsplit('-').next().unwrap_or(&lower));
            return LEXICON.fraction.at(&[tail.as_str()]).is_some();
        }
        false
    }

    /// The measure a scale after a unit or a bare figure ending at word `b` names: "on
    /// the Richter scale" (a fixed measure's word between "on the" and "scale"), before
    /// word `to`.
    fn scale_after(&self, b: usize, to: usize) -> Option<Head> {
        if !(self.words.is(b + 1, &["on"]) && self.words.is(b + 2, &["the"])) {
            return None;
        }
        let (n, c) = self
            .measure_at(b + 3)
            .filter(|(_, c)| c.rank == Rank::Fixed)?;
        let end = b + 3 + n;
        (end < to && self.words.is(end, &["scale"]))
            .then(|| self.head(b + 3, end - 1, c.name, true))?
    }

    /// The measure of an event a bare figure at word `first` gives after a verb of
    /// measuring, when an event word stands before the verb in its clause (from word
    /// `from`): "the largest aftershock, measuring 7.5" is a magnitude (the first
    /// measure of `[measured] event`).
    fn measured_event(&self, first: usize, from: usize) -> Option<Head> {
        let l = &*LEXICON;
        let verb = first.checked_sub(1).filter(|&k| k >= from)?;
        l.measuring.at(self.from(verb))?;
        let class = l.event_measures.first()?;
        // The event may stand before a comma that opens the clause: "The largest
        // aftershock, measuring 7.5".
        (verb.saturating_sub(MEASURED_REACH)..verb)
            .any(|k| l.events.at(self.from(k)).is_some())
            .then(|| self.head(verb, verb, class, true))?
    }

    /// The first measure of words `from..verb` that is no figure's own: neither
    /// within two words before a figure nor within three after its head. One within
    /// four words before another figure than the one at word `first` gives way to a
    /// later one of the clause ("The death toll stood at 85 with the number of
    /// unaccounted for individuals lowered to 249": the toll is 85's, and 249 counts
    /// the missing), not when none follows ("the death toll stood at 28 and by Friday
    /// it had soared to 79").
    fn subject_measure(&self, from: usize, verb: usize, first: usize) -> Option<Head> {
        let held = |k: usize| {
            self.figures
                .iter()
                .any(|&(a, b)| k + 2 >= a && k <= b.saturating_add(3))
        };
        let near = |k: usize| {
            self.figures
                .iter()
                .any(|&(a, _)| a != first && k < a && k + 4 >= a)
        };
        let mut found: Option<Head> = None;
        let mut k = from;
        while k < verb {
            if let Some((n, c)) = self.measure_at(k).filter(|&(n, _)| k + n <= verb) {
                if !held(k) && c.rank != Rank::Fixed {
                    let head = self.head(k, k + n - 1, c.name, true);
                    if !near(k) {
                        return head;
                    }
                    found = found.or(head);
                }
                k += n;
            } else {
                k += 1;
            }
        }
        found
    }

    /// The first word of the clause before an aside set off by two commas that ends
    /// right before word `from` ("The death toll in Karvia, the province's capital,
    /// has reached 1,000": the word "The"), when the aside is a few words with no verb
    /// of its own.
    fn subject_before_aside(&self, from: usize) -> Option<usize> {
        if !self.comma_before(from) {
            return None;
        }
        let open = (from.saturating_sub(ASIDE_WORDS).max(1)..from)
            .rev()
            .find(|&j| self.comma_before(j))?;
        let verbless = (open..from).all(|j| {
            !self.past_verb_at(j)
                && !self.words.is(
                    j,
                    &[
                        "is", "are", "was", "were", "has", "have", "had", "said", "says", "who",
                        "which", "that",
                    ],
                )
        });
        if !verbless {
            return None;
        }
        let before = self.words.span(open - 1)?;
        let clause = self.words.text.clause_at(before.start)?;
        let start = self.range(clause).0;
        (start < open).then_some(start)
    }

    /// The preposition opening a phrase that ends at word `k` (at most five words
    /// back, not before word `from`), when no word between reads as a verb.
    pub(super) fn phrase_start(&self, k: usize, from: usize) -> Option<usize> {
        let l = &*LEXICON;
        let mut j = k;
        while j > from && k - j < 5 {
            let w = self.words.w(j);
            // "that" opens a relative clause, but in "in that country" it is a
            // determiner.
            let verb = (l.after.at(self.from(j)).is_some() && !self.words.is(j, &["that"]))
                || (w.starts_with(char::is_lowercase) && w.len() > 4 && w.ends_with("ed"))
                || self
                    .words
                    .is(j, &["said", "says", "say", "told", "and", "but", "while"]);
            if verb {
                return None;
            }
            j -= 1;
            if self.words.is(
                j,
                &["from", "in", "of", "among", "across", "on", "at", "after"],
            ) {
                return Some(j);
            }
        }
        None
    }

    /// The verb a time right after it dates ("rose on Tuesday", "said Monday"), past
    /// prepositions and time words; not a verb that carries an event's date ("held
    /// on Monday").
    pub(super) fn verb_before(&self, first: usize, from: usize) -> Option<usize> {
        let mut k = first.checked_sub(1)?;
        while k > from
            && self.words.is(
                k,
                &["on", "at", "this", "last", "late", "early", "in", "from"],
            )
        {
            k -= 1;
        }
        if k < from {
            return None;
        }
        let support = LEXICON.support.at(self.from(k)).is_some();
        (self.past_verb_at(k) && !support).then_some(k)
    }

    /// An outcome at word `k` or after it past a few words of [`after`](super::lexicon::Lexicon::after)
    /// ("people were killed", "who were injured"), before word `to`.
    fn outcome_after(&self, mut k: usize, mut to: usize) -> Option<Head> {
        // "333 students of Government Science Secondary School, Kankara, are still
        // missing": a phrase of names after the head, commas and all, is passed over,
        // and the outcome read a few words past it.
        // Phrases of names in a row ("on La Palma in the Canary Islands have been
        // evacuated") are passed over each.
        for _ in 0..2 {
            let Some(end) = self.name_phrase_end(k) else {
                break;
            };
            k = end;
            to = to.max(end.saturating_add(5).min(self.words.len()));
        }
        let mut skipped = 0;
        while k < to && skipped < 5 {
            if let Some((n, c)) = self.measure_at(k) {
                if c.rank == Rank::Outcome {
                    // "missing and presumed dead": the dead, not yet confirmed.
                    if let Some((a, b)) = (c.name == "missing")
                        .then(|| self.presumed_dead(k + n, to))
                        .flatten()
                    {
                        return self.head(a, b, "deaths", true);
                    }
                    // "died or are missing (, presumed dead)": the dead and the missing
                    // together, one count of the dead not yet confirmed.
                    if let Some(b) = (c.name == "deaths")
                        .then(|| self.or_missing(k + n, to))
                        .flatten()
                    {
                        return self.head(k, b, "deaths", true);
                    }
                    return self.head(k, k + n - 1, c.name, true);
                }
            }
            let (n, ()) = LEXICON.after.at(self.from(k))?;
            k += n;
            skipped += n;
        }
        None
    }

    /// The word after a phrase of where or whose at word `k` that names only proper
    /// names ("of Government Science Secondary School, Kankara", "on La Palma", "from
    /// the Kankara school" is none): a preposition, perhaps "the", then at most eight capitalised
    /// words and the lower-case "of", "and" inside them.
    fn name_phrase_end(&self, k: usize) -> Option<usize> {
        if !self.words.is(k, &["of", "from", "at", "in", "on"]) {
            return None;
        }
        let mut j = k + 1;
        if self.words.is(j, &["the"]) {
            j += 1;
        }
        let start = j;
        while j < self.words.len() && j < start + 8 {
            if self.words.capitalised(j) {
                j += 1;
            } else if self.words.is(j, &["of", "and"]) && self.words.capitalised(j + 1) {
                j += 2;
            } else {
                break;
            }
        }
        (j > start && !self.words.capitalised(j)).then_some(j)
    }

    /// The words at `k`, past at most two linking words, that make those missing the
    /// dead ("and presumed dead", ", feared dead"), starting by word `to`: their first
    /// and last word.
    fn presumed_dead(&self, mut k: usize, to: usize) -> Option<(usize, usize)> {
        let l = &*LEXICON;
        for _ in 0..2 {
            match l.presumed_link.at(self.from(k)) {
                Some((n, ())) => k += n,
                None => break,
            }
        }
        // "missing, presumed dead" reads on past the comma that ends the clause.
        let (n, ()) = l.presumed_dead.at(self.from(k))?;
        (k <= to).then_some((k, k + n - 1))
    }

    /// The last word of "or (are) missing (, presumed dead)" at word `k`, before word
    /// `to` (the presumed words may read on past it).
    fn or_missing(&self, k: usize, to: usize) -> Option<usize> {
        if !self.words.is(k, &["or", "and"]) {
            return None;
        }
        let mut j = k + 1;
        if self.words.is(
            j,
            &["are", "were", "is", "was", "remain", "remained", "still"],
        ) {
            j += 1;
        }
        if j >= to || !self.words.is(j, &["missing", "unaccounted"]) {
            return None;
        }
        Some(self.presumed_dead(j + 1, to).map_or(j, |(_, b)| b))
    }

    /// Whether word `j` reads as a verb in the past: lower-case, and ending in -ed or
    /// a past form of the lexicon ("rose", "struck").
    pub(super) fn past_verb_at(&self, j: usize) -> bool {
        let w = self.words.w(j);
        w.starts_with(char::is_lowercase)
            && ((w.len() > 4 && w.ends_with("ed")) || LEXICON.past.at(self.from(j)).is_some())
    }

    /// Whether an event word at words `k..=end` is attached to the time at words
    /// `first..=last`: no verb between them (a verb between dates that verb: "On
    /// Tuesday, Moscow rejected new talks"), and either at most two words between or,
    /// before the time, only prepositional phrases ("talks on Moscow's security
    /// concerns on January 12", "talks in Geneva, Brussels and Vienna last week", an
    /// agent's "declared as being over by the government on Friday"); or
    /// the event is the subject of the one verb between, which says it happened ("the
    /// earthquake that rocked the province late on Friday"). Never across "after",
    /// "before", "since", "following" or "until".
    pub(super) fn attached(&self, k: usize, end: usize, first: usize, last: usize) -> bool {
        // "evacuated in the aftermath of the hurricane, Sunday": a time after an
        // event is not its date.
        let det = usize::from(
            k.checked_sub(1)
                .is_some_and(|j| self.words.is(j, &["the", "a", "an", "this", "that"])),
        );
        let after_it = k.checked_sub(det + 2).is_some_and(|j| {
            self.words.is(j, &["aftermath", "wake"]) && self.words.is(j + 1, &["of"])
        });
        if after_it && end < first {
            return false;
        }
        let (a, b) = if end < first {
            (end + 1, first)
        } else {
            (last + 1, k)
        };
        // Auxiliaries and verbs that carry a date to an event ("will be held on") are
        // neither verbs nor distance here.
        let carrier = |j: usize| {
            self.words.is(
                j,
                &["will", "be", "been", "being", "is", "are", "was", "were"],
            ) || LEXICON.support.at(self.from(j)).is_some()
        };
        // The words between, past the carriers: read in one pass, without collecting
        // them (this runs for every event word near every time).
        let mut count = 0;
        let mut first_between = None;
        let mut verb = None;
        let mut another = false;
        // "The war games, taking place on the western flanks, are due to run until
        // Thursday": an aside between an event and its verb is left out.
        let aside = if end < first { self.aside(a, b) } else { None };
        let outside = |j: &usize| aside.is_none_or(|(open, close)| !(open..close).contains(j));
        for j in (a..b).filter(|&j| !carrier(j)).filter(outside) {
            // "run until Thursday": the end of the event before.
            if end < first && j + 1 == b && self.words.is(j, &["until", "till"]) {
                continue;
            }
            // A time "after", "before" or "since" an event is not its date ("on
            // Wednesday, days after Storm Nora").
            if self
                .words
                .is(j, &["after", "before", "since", "following", "until"])
            {
                // "crashed minutes before landing on Sunday": a moment before or after
                // within the same day still dates the event before it.
                let brief = end < first
                    && self.words.is(j, &["after", "before"])
                    && j.checked_sub(1)
                        .is_some_and(|p| LEXICON.brief.at(self.from(p)).is_some());
                if !brief {
                    return false;
                }
            }
            // "placed under investigation on Monday over a stampede", "an inquiry on
            // Tuesday into the crash": what the time's action is about is not dated by it.
            if end > last && self.words.is(j, &["over", "into"]) {
                return false;
            }
            count += 1;
            first_between.get_or_insert(j);
            if another {
                continue;
            }
            let is_verb = self.past_verb_at(j)
                || (self.words.w(j).starts_with(char::is_lowercase)
                    && self.words.is(j, &["has", "have", "had", "would"]));
            if is_verb {
                if verb.is_some() {
                    another = true;
                } else {
                    verb = Some(j);
                }
            }
        }
        // The event is the subject of the one verb the time dates, and that verb says
        // it happened: "the earthquake that rocked the province late on Friday", "Storm
        // Nora hit Port Halden on Sunday".
        if let (Some(verb), false) = (verb, another) {
            if end < first && verb - a <= 3 && self.happens_at(verb) {
                return true;
            }
        }
        let verb = verb.is_some();
        let phrase = end < first
            && first_between.is_some_and(|j| {
                self.words.is(
                    j,
                    &[
                        "on",
                        "in",
                        "at",
                        "of",
                        "by",
                        "with",
                        "between",
                        "over",
                        "about",
                        "for",
                        "from",
                        "to",
                        "along",
                        "across",
                        "near",
                        "around",
                        "inside",
                        "throughout",
                    ],
                )
            });
        // An event verb takes its object before the time: "approved a €50 billion aid
        // package for Ukraine on February 1", "ran aground south of the canal on 9 May"
        // (a verb phrase's verb first).
        let event_verb = end < first && (self.past_verb_at(end) || self.past_verb_at(k));
        !verb && (count <= 2 || phrase || event_verb)
    }

    /// Whether a verb at word `k` says its subject happened ("struck", "hit", "took
    /// place").
    pub(super) fn happens_at(&self, k: usize) -> bool {
        self.words.w(k).starts_with(char::is_lowercase) && LEXICON.happen.at(self.from(k)).is_some()
    }

    /// The last word of a word of `more_after` of `[links]` right after a figure at
    /// words `..=last` that has no head of its own ("80 more wounded", "eight more
    /// fatalities"): the outcome after it is the figure's, and the figure counts what
    /// was added.
    pub(super) fn more_after(&self, fact: &Fact, last: usize) -> Option<usize> {
        let (n, ()) = LEXICON.more_after.at(self.from(last + 1))?;
        fact.unit.is_none().then_some(last + n)
    }

    /// Whether word `k` is a verb of an event's holding in the passive ("the vote was
    /// held", "the announcement was made"): a word of `passive` of `[links]` right
    /// after a form of "be".
    fn held_at(&self, k: usize) -> bool {
        k > 0
            && self
                .words
                .is(k - 1, &["was", "were", "is", "are", "been", "be"])
            && LEXICON.passive.at(self.from(k)).is_some()
    }

    /// Whether the event word at `j` stands after a past participle and its
    /// preposition, within five words and no comma ("killed in a coal mine
    /// explosion", "injured by the blast").
    fn after_participle(&self, j: usize) -> bool {
        (j.saturating_sub(5).max(1)..j).any(|b| {
            self.words.is(b, &["in", "by"])
                && self.past_verb_at(b - 1)
                && !(b - 1..j).any(|c| self.words.w(c).ends_with(','))
        })
    }

    /// The event a verb at word `k` that says it happened has for its subject, within
    /// four words before it (eight past "of", "in"…) and not before word `from`: "the
    /// quake struck", "the earthquake that struck", "Storm Nora hit", "the exercises
    /// of Norway and Denmark began"; or an event whose words end in the verb ("the
    /// volcano erupted").
    pub(super) fn subject_event(&self, k: usize, from: usize) -> Option<Head> {
        if !self.happens_at(k) && !self.held_at(k) {
            return None;
        }
        // Within four words, or eight past a phrase of place or of whose ("the joint
        // exercises of Norway and Denmark started", "the quake in the south struck");
        // before the clause only across an aside or a relative pronoun ("the talks,
        // held in Geneva, ended", "the summit, which opened").
        (k.saturating_sub(8)..k)
            .rev()
            .find_map(|j| {
                let (n, class) = LEXICON
                    .events
                    .at(self.from(j))
                    .filter(|&(n, _)| j + n <= k + 1)?;
                // "The funeral of miners killed in a coal mine explosion … began on
                // Saturday": an event after a participle and its preposition is what the
                // participle tells of, inside the subject, not the subject itself.
                if self.after_participle(j) {
                    return None;
                }
                let near = if j >= from {
                    k - j <= 4
                        || (self
                            .words
                            .is(j + n, &["of", "in", "at", "near", "off", "along"])
                            && !(j + n..k).any(|b| self.past_verb_at(b)))
                } else {
                    let aside = self
                        .aside(j + n, k)
                        .is_some_and(|(open, close)| open == j + n && k - close <= 3);
                    let relative = self.comma_before(j + n)
                        && k - (j + n) <= 2
                        && self.words.is(j + n, &["which", "that", "who"]);
                    aside || relative
                };
                near.then(|| self.head(j, j + n - 1, class, true)).flatten()
            })
            .or_else(|| self.volcano_erupted(k, from))
    }

    /// The eruption a verb of erupting at word `k` tells of when a volcano is its
    /// subject, within four words before it and not before word `from` ("Mount Marapi
    /// erupted on Sunday", "the volcano in West Sumatra erupted"), or right before a
    /// relative pronoun after a comma ("the Hunga volcano, which erupted on Saturday"):
    /// a bare "erupted" is a verb of any happening ("protests erupted").
    fn volcano_erupted(&self, k: usize, from: usize) -> Option<Head> {
        let l = &*LEXICON;
        if !self.words.is(k, &l.erupting) {
            return None;
        }
        let volcano = |j: usize| is_one_of(self.words.w(j), &l.volcanoes);
        let subject = (k.saturating_sub(4).max(from)..k).any(volcano)
            || k.checked_sub(2).is_some_and(|j| {
                volcano(j) && self.comma_before(j + 1) && self.words.is(j + 1, &["which", "that"])
            });
        subject
            .then(|| self.head(k, k, super::ERUPTION, true))
            .flatten()
    }
}

/// How many words before a verb of measuring its event may stand ("the largest
/// aftershock, measuring 7.5").
pub(super) const MEASURED_REACH: usize = 6;

/// Whether a unit's lemma (one word, or a phrase of several) is a whole phrase of a
/// list, looked up without collecting its words when it is one word.
fn names_whole(list: &super::lexicon::Phrases<()>, lemma: &str) -> bool {
    if !lemma.contains(' ') {
        return list.at(&[lemma]).is_some_and(|(n, _)| n == 1);
    }
    let lemmas: Vec<&str> = lemma.split_whitespace().collect();
    list.at(&lemmas).is_some_and(|(n, _)| n == lemmas.len())
}

/// A head read from a figure's own unit word: of `class`, known to the lexicon or not.
fn unit_head(u: &Unit, class: &str, known: bool) -> Head {
    Head {
        class: class.to_owned(),
        word: u.lemma.clone(),
        known,
        span: u.span,
        name: None,
    }
}
