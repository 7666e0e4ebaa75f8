//! The word lists of the claim-frame reader, read once from `data/measures.txt`,
//! `data/events.txt` and `data/frame-words.txt`: lines `name = word, word, …` under
//! `[section]` headers, `#` comments.
//!
//! Words and phrases are matched on lemmas ([`lemma`]): "deaths" finds "death",
//! "killed" finds "killed". A phrase of up to three words matches the longest first.

use std::sync::LazyLock;

use crate::text::{WordMap, WordMapBuilder, lemma};

/// The measure classes, embedded at build time.
const MEASURES: &str = include_str!("../../../data/measures.txt");
/// The event classes, embedded at build time.
const EVENTS: &str = include_str!("../../../data/events.txt");
/// The frame reader's other word lists, embedded at build time.
const WORDS: &str = include_str!("../../../data/frame-words.txt");

/// One `name = words` line of a data file, with its section, borrowed from the file's
/// text (the files are embedded: nothing is copied out of them).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry<'a> {
    /// The `[section]` it stands under ("" before the first).
    pub section: &'a str,
    /// The name before `=`.
    pub name: &'a str,
    /// The words after it, trimmed, empty ones left out.
    pub words: Vec<&'a str>,
}

/// The entries of a data file, in order. A line without `=` (other than a header or a
/// comment) is skipped: the files are ours and tested, see the tests below.
pub fn entries(text: &str) -> Vec<Entry<'_>> {
    use crate::text::trim_str;
    let mut section = "";
    let mut out = Vec::new();
    // Lines, `=` and commas are found as bytes (each an ASCII byte, a character of its
    // own), and trimmed past ASCII white space first: the files are read on every run.
    // A line's end is found with `memchr`, in fewer instructions than `split('\n')`.
    let mut rest_of_text = Some(text);
    while let Some(chunk) = rest_of_text {
        let (line, after) = match memchr::memchr(b'\n', chunk.as_bytes()) {
            Some(at) => (chunk.get(..at).unwrap_or(""), chunk.get(at + 1..)),
            None => (chunk, None),
        };
        rest_of_text = after;
        let line = trim_str(line);
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            section = trim_str(name);
            continue;
        }
        let Some((name, words)) = crate::text::split_once_ascii(line, b'=') else {
            continue;
        };
        let mut list = Vec::with_capacity(memchr::memchr_iter(b',', words.as_bytes()).count() + 1);
        let mut rest = words;
        loop {
            let (word, after) = match crate::text::split_once_ascii(rest, b',') {
                Some((word, after)) => (word, Some(after)),
                None => (rest, None),
            };
            let word = trim_str(word);
            if !word.is_empty() {
                list.push(word);
            }
            match after {
                Some(after) => rest = after,
                None => break,
            }
        }
        out.push(Entry {
            section,
            name: trim_str(name),
            words: list,
        });
    }
    out
}

/// The phrases of one first lemma: the remaining lemmas and the value.
type Tails<V> = Vec<(Vec<String>, V)>;

/// A set of lists ([`Marks`]), a bit each.
pub type Bits = u64;

/// A lemma as the lists look it up: its text, and what it may know of the lists
/// (see [`Lemma::may_start`]).
pub trait Lemma: AsRef<str> {
    /// Whether a phrase of the list numbered `bit` ([`Phrases::numbered`]) may start
    /// with this lemma; `false` only when none does.
    fn may_start(&self, _bit: Bits) -> bool {
        true
    }

    /// Whether a phrase of the list numbered `bit` may end with this lemma; `false`
    /// only when none does.
    fn may_end(&self, _bit: Bits) -> bool {
        true
    }

    /// The lemma's packed key ([`crate::text::caseless_key`]) when it is known
    /// without packing the lemma again: a list's look-up then skips the packing.
    /// `None` when it is not kept (or the lemma has none).
    fn packed(&self) -> Option<u128> {
        None
    }
}

impl Lemma for &str {}
impl Lemma for String {}
impl Lemma for std::rc::Rc<str> {}

/// Phrases of up to three lemmas, each with a value, found longest first.
#[derive(Debug)]
pub struct Phrases<V> {
    /// By first lemma: the remaining lemmas and the value, longest first.
    by_first: WordMap<Tails<V>>,
    /// The phrases' first and last lemmas, for [`Marks`].
    ends: Ends,
    /// The list's bit in [`Marks`], or 0 when it has none.
    bit: Bits,
}

/// The first and last lemmas of a list's phrases, for [`Marks`]: each phrase's first
/// lemma starts it, and its last lemma (its first, for a phrase of one word) ends it.
#[derive(Debug, Default)]
pub struct Ends {
    /// The first lemmas, each once.
    first_lemmas: Vec<String>,
    /// For each first lemma, whether a phrase of one word is that lemma alone.
    firsts: Vec<bool>,
    /// The last lemma of each phrase of more than one word.
    lasts: Vec<String>,
}

impl<V: Clone> Phrases<V> {
    /// The phrases (written words, lemmatised here) and their values; the first entry
    /// for a phrase wins.
    pub fn new<'w>(entries: impl IntoIterator<Item = (&'w str, V)>) -> Self {
        let entries = entries.into_iter();
        let words = entries.size_hint().0;
        Self::sized(words, entries)
    }

    /// [`Phrases::new`] of about `words` phrases: the map is sized for them at once,
    /// not grown (and its keys placed anew) on the way.
    fn sized<'w>(words: usize, entries: impl IntoIterator<Item = (&'w str, V)>) -> Self {
        // Grouped by first lemma straight into the map the look-ups use: each first
        // lemma is packed once, and no map of places is kept beside it. Lemmas are
        // lower-case (see `lemmas_are_lower_case` below): grouping them with case
        // ignored is grouping them as written.
        let mut by_first = WordMapBuilder::with_capacity(words);
        let mut ends = Ends::default();
        for (phrase, value) in entries {
            let mut lemmas = phrase.split_whitespace().map(lemma);
            let Some(first) = lemmas.next() else { continue };
            let rest: Vec<String> = lemmas.collect();
            let Some((tails, made)) = by_first.entry(&first, Vec::new) else {
                continue;
            };
            if made {
                ends.first_lemmas.push(first);
            }
            if !tails.iter().any(|(t, _)| *t == rest) {
                tails.push((rest, value));
            }
        }
        for tails in by_first.values_mut() {
            tails.sort_by_key(|(t, _)| std::cmp::Reverse(t.len()));
        }
        let by_first = by_first.build();
        for first in &ends.first_lemmas {
            let tails = by_first.get(first).map_or(&[][..], Vec::as_slice);
            ends.lasts
                .extend(tails.iter().filter_map(|(rest, _)| rest.last().cloned()));
            ends.firsts
                .push(tails.iter().any(|(rest, _)| rest.is_empty()));
        }
        Self {
            by_first,
            ends,
            bit: 0,
        }
    }

    /// The list with its bit in [`Marks`] (one bit set).
    fn numbered(mut self, bit: Bits) -> Self {
        self.bit = bit;
        self
    }

    /// Whether a phrase of the list may start in a run of words whose lemmas' start
    /// marks ([`Lemma::may_start`]), OR-ed together, are `starts`: when not, [`Phrases::at`]
    /// finds nothing at any of them.
    #[inline]
    pub fn may_start_in(&self, starts: Bits) -> bool {
        self.bit == 0 || starts & self.bit != 0
    }

    /// The longest phrase starting at `lemmas[0]`: its length in words and value.
    /// The test of the marks is inlined at every call (it turns nearly every word
    /// away); the look-up past it is not.
    #[inline(always)]
    pub fn at<S: Lemma>(&self, lemmas: &[S]) -> Option<(usize, &V)> {
        if !lemmas.first()?.may_start(self.bit) {
            return None;
        }
        self.look_up(lemmas)
    }

    /// [`Phrases::at`] past the marks.
    #[inline(never)]
    fn look_up<S: Lemma>(&self, lemmas: &[S]) -> Option<(usize, &V)> {
        let (first, rest) = lemmas.split_first()?;
        self.by_first
            .get_packed(first.packed(), first.as_ref())?
            .iter()
            .find_map(|(tail, v)| {
                (tail.len() <= rest.len() && tail.iter().zip(rest).all(|(t, w)| t == w.as_ref()))
                    .then_some((tail.len() + 1, v))
            })
    }

    /// The longest phrase ending at `lemmas[end]`: its first word's index and value.
    #[inline]
    pub fn ending_at<S: Lemma>(&self, lemmas: &[S], end: usize) -> Option<(usize, &V)> {
        if !lemmas.get(end)?.may_end(self.bit) {
            return None;
        }
        self.look_up_ending(lemmas, end)
    }

    /// [`Phrases::ending_at`] past the marks.
    fn look_up_ending<S: Lemma>(&self, lemmas: &[S], end: usize) -> Option<(usize, &V)> {
        (0..3).rev().find_map(|back| {
            let start = end.checked_sub(back)?;
            let (len, v) = self.at(lemmas.get(start..=end)?)?;
            (len == back + 1).then_some((start, v))
        })
    }
}

/// How firmly a measure word decides what a figure measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rank {
    /// A unit: "$", "%", "hours", "magnitude".
    Fixed,
    /// What happened to those counted: "killed", "displaced".
    Outcome,
    /// Who or what is counted: "troops", "migrants".
    Group,
}

/// A measure class and how firmly its words decide.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Class {
    /// The class name ("deaths").
    pub name: &'static str,
    /// How firmly.
    pub rank: Rank,
}

/// The frame reader's word lists.
pub struct Lexicon {
    /// Measure words by class.
    pub measures: Phrases<Class>,
    /// Event words by class.
    pub events: Phrases<&'static str>,
    /// Heads that say only "people".
    pub generic: Phrases<()>,
    /// Groups of people that an outcome's count may be a part of ("98 women were
    /// killed").
    pub subgroup: Phrases<&'static str>,
    /// Kinds of what a disaster destroyed ("13,972 residences"), for the measures of
    /// `[damaged]`: each kind's count is a claim of its own.
    pub damaged_kinds: Phrases<&'static str>,
    /// The measures counted by kind (`measures` of `[damaged]`).
    pub damaged: Phrases<()>,
    /// Words after "others" that make a figure before a part of its outcome's count
    /// ("34 died at the scene, while others perished in hospital").
    pub others_rest: Phrases<()>,
    /// Nouns of an activity before "of" a figure: what the figure is of ("the delivery
    /// of almost 140,000 vehicles").
    pub activity: Phrases<()>,
    /// The classes of `[outcome]`: what happened to those counted.
    pub outcomes: Vec<&'static str>,
    /// The classes of `[group]`: who or what is counted.
    pub groups: Vec<&'static str>,
    /// Words between a measure and its figure.
    pub skip: Phrases<()>,
    /// Verbs that make a bare figure a lower bound.
    pub above: Phrases<()>,
    /// Verbs that make a bare figure just under it ("the toll nears 300").
    pub below: Phrases<()>,
    /// Words after a figure's head that make it a threshold ("the 289 votes needed").
    pub needed: Phrases<()>,
    /// Words right before a figure that make it a threshold ("needs 289 votes").
    pub needing: Phrases<()>,
    /// Measures of people in a role whose count is the whole only when marked as one.
    pub roles: Phrases<()>,
    /// `queue`: words of a queue or a crowd, whose counts change by the hour.
    pub queue: Phrases<()>,
    /// `named`: words before a count that make it a list of names released.
    pub named: Phrases<()>,
    /// Nouns of a count a date after "from" or "of" dates ("figures from April 20").
    pub count_data: Phrases<()>,
    /// Words that open a window ahead, its time's first word their last ("in the next
    /// week"): no date of an event.
    pub window: Phrases<()>,
    /// Words after "missing" that make those missing the dead ("presumed dead").
    pub presumed_dead: Phrases<()>,
    /// Words that may stand between "missing" and [`Lexicon::presumed_dead`].
    pub presumed_link: Phrases<()>,
    /// Words right after a figure with no head of its own that an outcome after them
    /// passes over ("80 more wounded").
    pub more_after: Phrases<()>,
    /// Prepositions that put a figure after them and a determiner in a phrase of
    /// where ("from the 120 flats").
    pub enclosing: Phrases<()>,
    /// Words right before a figure that make it the rest of a group ("the other four").
    pub rest: Phrases<()>,
    /// Words right before such a count that mark it as the whole ("the", "all").
    pub whole_role: Phrases<()>,
    /// Words after a count of people that put them on board ("on board", "aboard").
    pub aboard: Phrases<()>,
    /// Verbs that may stand between such a count's head and those words ("were").
    pub aboard_link: Phrases<()>,
    /// Heads of people with no role that "on board" makes those on board ("people").
    pub aboard_head: Phrases<()>,
    /// Words after a count of passengers that make it everyone on board ("and crew").
    pub with_crew: Phrases<()>,
    /// Words after "of" that make a figure before it a part ("12 of the passengers").
    pub partitive: Phrases<()>,
    /// Heads of the dead as found ("bodies").
    pub body: Phrases<()>,
    /// Verbs of recovering bodies ("recovered", "retrieved").
    pub recovered: Phrases<()>,
    /// Heads of people that a demonym makes a count of one nationality ("six Canadian
    /// passengers").
    pub national: Phrases<()>,
    /// Heads of people from abroad ("ten foreigners", "15 foreign nationals").
    pub foreign: Phrases<()>,
    /// Words between a figure's head and its outcome verb.
    pub after: Phrases<()>,
    /// Verbs of a level whose subject is the figure's measure ("the toll rose to").
    pub level: Phrases<()>,
    /// Words of the time of day between a verb and its figure ("Monday evening").
    pub when: Phrases<()>,
    /// Words that give a figure with a place of its own the measure of the one
    /// before it ("another 3,317 in Syria").
    pub another: Phrases<()>,
    /// Words that give a figure the measure of the one before it ("the total").
    pub total: Phrases<()>,
    /// Status cues by status name.
    pub status: Phrases<&'static str>,
    /// Qualifier cues by qualifier name.
    pub qualifiers: Phrases<&'static str>,
    /// Words before a time that make it no "as of".
    pub not_as_of: Phrases<()>,
    /// Words of taking part ("took part", "involved").
    pub participation: Phrases<()>,
    /// Past forms not ending in -ed.
    pub past: Phrases<()>,
    /// Verbs that carry an event's date to it.
    pub support: Phrases<()>,
    /// Words of a moment within the same day before "before" or "after" (`brief` of
    /// `[links]`: "minutes before landing").
    pub brief: Phrases<()>,
    /// Verbs whose subject is an event that a time after them dates.
    pub happen: Phrases<()>,
    /// Verbs of an event's holding, read in the passive only (`passive` of `[links]`):
    /// "the election was held on Sunday".
    pub passive: Phrases<()>,
    /// `[sizes]`: the dimension of an object a length or a weight measures.
    pub sizes: Phrases<&'static str>,
    /// `[parts]`: what a count glued to its figure counts of a named object
    /// ("storeys" for "the 24-storey Northwind Tower").
    pub parts: Phrases<&'static str>,
    /// The dimension words of `[sizes]` that are adjectives ("long", "wide"), from
    /// `[size-names]`.
    pub size_adjectives: Vec<&'static str>,
    /// Words that end a noun phrase before a name and never start one ("the", "of",
    /// "was"), from `[size-names]`.
    pub phrase_ends: Vec<&'static str>,
    /// Words after an "another" figure that make it a state of those counted ("a
    /// further 149 people remain injured"), not what a day added, from `[links]`.
    pub ongoing: Vec<&'static str>,
    /// Nouns right after an event word that make it a place ("the crash site"), from
    /// `[links]`.
    pub event_places: Vec<&'static str>,
    /// Nouns of a volcano, whose "erupted" is its eruption ("Mount Marapi erupted"),
    /// from `[links]`.
    pub volcanoes: Vec<&'static str>,
    /// Verbs of erupting, an eruption only with a volcano for subject, from `[links]`.
    pub erupting: Vec<&'static str>,
    /// Words that make a figure with no place the whole of one ("statewide").
    pub whole: Phrases<()>,
    /// Nouns that, after a determiner, stand for a country named before ("that
    /// country", "his nation").
    pub country_nouns: Phrases<()>,
    /// Nouns that, after a determiner, stand for a place of their kind named before
    /// ("the county's death toll" after "Pine County").
    pub place_nouns: Phrases<()>,
    /// Nouns of an institution that counts those it takes in ("hospital", "morgue",
    /// "medical centre"): a count at one is its own, a part of the toll.
    pub institutions: Phrases<()>,
    /// `institution-determiners`: words that end an institution's name read backwards.
    pub institution_determiners: Vec<&'static str>,
    /// `institution-prepositions`: words of place before an institution's phrase.
    pub institution_prepositions: Vec<&'static str>,
    /// `institution-stops`: words that end an institution's lower-case modifiers.
    pub institution_stops: Vec<&'static str>,
    /// Nouns of an area whose name stands before them after "the" ("in the Fraser
    /// Health region"): a place of its own, unlike "the Mediterranean city".
    pub area_nouns: Phrases<()>,
    /// Words before an event word that name one event of its class ("first round").
    pub distinct: Phrases<()>,
    /// Fractions of a whole ("half", "third"): before "of", a share, never a count.
    pub fraction: Phrases<()>,
    /// Words of an event's start or end, by kind: `start`, `end` (verbs and nouns),
    /// `from`, `until` (right before a time), `office` (a post one takes).
    pub phases: Phrases<&'static str>,
    /// Event classes that last days (`data/events.txt`, `[lasting]`).
    pub lasting: Phrases<()>,
    /// Nouns of a disaster in general (`nouns` of `[mishap]` in `data/events.txt`).
    pub mishap: Phrases<()>,
    /// Each one-word event word of a class of disasters a general noun may stand for
    /// (`happenings` of `[mishap]`), as written, with its class ("crash" → accident,
    /// "collapsed" → collapse).
    pub happening_words: rustc_hash::FxHashMap<&'static str, &'static str>,
    /// Kinds of one event class that are never one event (`data/events.txt`,
    /// `[kinds]`): a referendum and an election.
    pub event_kinds: Phrases<&'static str>,
    /// Words of projection that make a time's event one expected (`expecting` of
    /// `[links]`).
    pub expecting: Phrases<()>,
    /// What a party announces of its own doing, once, by class (`data/events.txt`,
    /// `[announced]`): read only in the words said after a verb of saying.
    pub announced: Phrases<&'static str>,
    /// Those a dismissal concerns (`people` of `[announced-people]`): "fired" is a
    /// dismissal only before one of them ("fired dozens of executives", not "fired tear
    /// gas").
    pub dismissed: Phrases<()>,
    /// What an accepted offer is (`offer` of `[announced-offer]`): "accepted" is an
    /// acquisition announced only before one of them ("accepted Eastland's offer", not
    /// "accepted his resignation").
    pub offers: Phrases<()>,
    /// Ordinal words, in order from "first" (`ordinal` of `[links]`).
    pub ordinals: Vec<&'static str>,
    /// Determiners that make such a noun point back.
    pub pointing: Phrases<()>,
    /// Measure classes whose figure with no place is its source's country's.
    pub sourced: Phrases<()>,
    /// Nouns of an event that "that" points back at (`recalled` of `[asof]`).
    pub recalled: Phrases<()>,
    /// Units of a stretch of time that dates a clause back (`offset` of `[asof]`):
    /// "five months earlier", "two years after".
    pub offset_units: Phrases<()>,
    /// Who counts a crowd, by the words of an attribution (`[counters]`): a police
    /// count and an organisers' count are two claims.
    pub counters: Phrases<&'static str>,
    /// The measures counted by such counters (`measures` of `[crowds]`).
    pub countered: Phrases<()>,
    /// The event classes whose clause makes a count of people their crowd (`events`
    /// of `[crowds]`).
    pub crowd_events: Vec<&'static str>,
    /// Protest nouns read only as written in lower case (`lower` of `[crowds]`).
    pub crowd_lower: Vec<&'static str>,
    /// Verbs and nouns of a prison term before its figure (`verbs` of `[prison]`).
    pub prison_verbs: Phrases<()>,
    /// Words of a prison term right after its unit (`after` of `[prison]`).
    pub prison_after: Phrases<()>,
    /// Words that make a term possible, asked for or served (`not-given` of `[prison]`).
    pub prison_not_given: Phrases<()>,
    /// Measures of an event itself ("magnitude"): keyed by their event, not a place.
    pub event_measures: Vec<&'static str>,
    /// Of those, the measures whose event's class is part of their claim (`[measured]
    /// by-class`: a length of time).
    pub by_event_class: Vec<&'static str>,
    /// Words right after a figure that make it an increment ("26 new cases").
    pub increment: Phrases<()>,
    /// Phrases of the numbered period a count is of ("in week 39").
    pub period: Phrases<()>,
    /// Event classes whose noun a figure counts ("two explosions"): no other measure.
    pub counted_events: Vec<&'static str>,
    /// Verbs after which a bare figure measures the event before them ("measuring").
    pub measuring: Phrases<()>,
    /// Words of a figure's phrase that make its event the first of its kind.
    pub first_event: Phrases<()>,
    /// Words that make its event the one after the first ("another", "the largest
    /// aftershock").
    pub second_event: Phrases<()>,
    /// Words that make its event one of several that followed ("followed by").
    pub later_event: Phrases<()>,
    /// What a share is of, by class ("vote share", "counted share", "turnout").
    pub share_bases: Phrases<&'static str>,
    /// Words after a share that its holder follows ("that", "for").
    pub share_holder: Phrases<()>,
    /// Measure classes whose counts are a holder's ("seats", "votes").
    pub held: Vec<&'static str>,
    /// Words before a name that make it a leader's, not a holder's ("under").
    pub leader: Phrases<()>,
    /// Words that point back to the holder named before ("them", "the party").
    pub held_pointing: Phrases<()>,
    /// Plural names of a party's members ("Democrats"): a party's name, not a surname.
    pub party_members: Vec<&'static str>,
    /// Words of a count of seats not yet complete ("declared", "so far").
    pub partial: Phrases<()>,
    /// The same words as written, for the sentences before in the paragraph.
    pub partial_words: Vec<&'static str>,
    /// Words that make a holder's count a forecast ("on course", "set for").
    pub forecast: Phrases<()>,
    /// The sides a count of votes is of ("in favour", "against"), by side.
    pub sides: Phrases<&'static str>,
    /// Verbs of winning a share ("won", "received").
    pub winning: Phrases<()>,
    /// Words of a part of those voting ("constituency", "county", "women"), for a
    /// share of a side.
    pub vote_parts: Vec<&'static str>,
    /// Words of a match near a pair "4-2" written high first that make it a score
    /// ("beat", "won", "draw").
    pub score_cues: Vec<&'static str>,
    /// Words right before a pair written low first that make it a score ("lost 2-3").
    pub score_behind: Vec<&'static str>,
    /// Words right after a pair written low first that make it a score ("a 2-3 defeat").
    pub score_results: Vec<&'static str>,
    /// Words of a match's result before a score ("beat") and after it ("win"): a
    /// score told with them is a final score.
    pub score_ending: Vec<&'static str>,
    /// Words right after a score that tell its result ("a 3-3 draw").
    pub score_ended: Vec<&'static str>,
    /// The qualifiers of a score, by name, with the words that give each
    /// ("halftime": "half-time", "the break").
    pub score_qualifiers: Vec<(&'static str, Vec<&'static str>)>,
    /// Words of the whole of those voting ("nationally", "overall").
    pub vote_whole: Vec<&'static str>,
    /// `[money]`: what an amount of money is of, by role word list (`per-share`,
    /// `deal-noun`, `deal-verb`, `paying`, `valued`, `cost`, `cost-noun`, `fine`,
    /// `market`, `revised`, `premium`, `premium-link`, `subject-verb`).
    pub money: Vec<(&'static str, Phrases<()>)>,
    /// `[links] directions`: the bearing a distance from a place is told in ("76 km
    /// *northwest* of Norville").
    pub directions: Vec<&'static str>,
    /// `[links] place-titles`: words between "of" and a place's name that tell what it
    /// is ("of the *capital* Addis Ababa", "from the *coastal town of* Pylos").
    pub place_titles: Vec<&'static str>,
    /// `[places] lead`: conjunctions that may open a sentence before its opening
    /// phrase of place ("*And* in the Vancouver Coastal region, …").
    pub opening_leads: Vec<&'static str>,
    /// `[places] overall`: words that make a figure after them a whole that sums more
    /// than a figure before it ("the storm's *overall* death toll to 157").
    pub overall: Vec<&'static str>,
    /// `[places] relative`: relative pronouns that, before a verb of
    /// [`Self::relative_outcomes`], make the figure after them the whole toll of the
    /// event a figure before it is a part of ("464 Iranian pilgrims died in the
    /// stampede *that* left 769 people dead").
    pub relative: Vec<&'static str>,
    /// `[places] relative-outcomes`: the verbs of an outcome right after such a
    /// pronoun ("that *left* 769 people dead", "which *killed* 120").
    pub relative_outcomes: Vec<&'static str>,
    /// `[money-held]`: what an amount held, owed, lost or paid out is of, by class
    /// ("total assets": "assets").
    pub money_held: Phrases<&'static str>,
    /// `[lasted]`: what a length of time's own phrase names as the event it measures,
    /// besides the events of `data/events.txt` ("four days of *mourning*", "a 41-day
    /// *voyage*"), by class.
    pub lasted: Phrases<&'static str>,
    /// `[figure-of]`: what a length of time of no event is of when its own phrase
    /// names it ("a 15-year *contract*", "a ban of 10 years"), by class.
    pub figure_of: Phrases<&'static str>,
    /// Which lists a lemma may start or end a phrase of.
    pub marks: Marks,
}

/// A data file's entries, with where each section's named lists stand: a hundred lists
/// are each found without a pass over every entry.
pub struct Indexed {
    /// The entries, in order.
    entries: Vec<Entry<'static>>,
    /// By section and name, the entries' places, in order.
    at: rustc_hash::FxHashMap<(&'static str, &'static str), Vec<usize>>,
    /// By section, the entries' places, in order.
    sections: rustc_hash::FxHashMap<&'static str, Vec<usize>>,
}

impl Indexed {
    /// The entries of a data file, indexed.
    fn new(text: &'static str) -> Self {
        let entries = entries(text);
        let mut at: rustc_hash::FxHashMap<(&'static str, &'static str), Vec<usize>> =
            rustc_hash::FxHashMap::default();
        let mut sections: rustc_hash::FxHashMap<&'static str, Vec<usize>> =
            rustc_hash::FxHashMap::default();
        for (i, e) in entries.iter().enumerate() {
            at.entry((e.section, e.name)).or_default().push(i);
            sections.entry(e.section).or_default().push(i);
        }
        Self {
            entries,
            at,
            sections,
        }
    }

    /// The entries of one section, in order.
    fn section<'s>(&'s self, section: &'s str) -> impl Iterator<Item = &'s Entry<'static>> + 's {
        self.sections
            .get(section)
            .into_iter()
            .flatten()
            .filter_map(|&i| self.entries.get(i))
    }

    /// The entries of one named list of a section, in order.
    fn named<'s>(
        &'s self,
        section: &'s str,
        name: &'s str,
    ) -> impl Iterator<Item = &'s Entry<'static>> + 's {
        self.at
            .get(&(section, name))
            .into_iter()
            .flatten()
            .filter_map(|&i| self.entries.get(i))
    }
}

impl std::ops::Deref for Indexed {
    type Target = [Entry<'static>];

    fn deref(&self) -> &Self::Target {
        &self.entries
    }
}

/// The entries of one named list of a section.
fn list(entries: &Indexed, section: &str, name: &str) -> Phrases<()> {
    let words = entries.named(section, name).map(|e| e.words.len()).sum();
    Phrases::sized(
        words,
        entries
            .named(section, name)
            .flat_map(|e| e.words.iter().map(|&w| (w, ()))),
    )
}

/// The words of one named list of a section, as written.
fn plain(entries: &Indexed, section: &str, name: &str) -> Vec<&'static str> {
    entries
        .named(section, name)
        .flat_map(|e| e.words.iter().copied())
        .collect()
}

/// Every entry of a section, each word with its entry's name.
fn named(entries: &Indexed, section: &str) -> Phrases<&'static str> {
    let words = entries.section(section).map(|e| e.words.len()).sum();
    Phrases::sized(
        words,
        entries
            .section(section)
            .flat_map(|e| e.words.iter().map(|&w| (w, e.name))),
    )
}

/// The data files' entries, parsed once (kept for the names they lend).
static MEASURE_ENTRIES: LazyLock<Indexed> = LazyLock::new(|| Indexed::new(MEASURES));
/// See [`MEASURE_ENTRIES`].
static EVENT_ENTRIES: LazyLock<Indexed> = LazyLock::new(|| Indexed::new(EVENTS));
/// See [`MEASURE_ENTRIES`].
static WORD_ENTRIES: LazyLock<Indexed> = LazyLock::new(|| Indexed::new(WORDS));

/// The lists that share the bits left over, named once: [`Lexicon::shared_lists`]
/// gives each one's bit and ends for [`Marks`], [`Lexicon::share_bits`] sets the bits,
/// so that a list cannot be given a bit its marks do not know.
macro_rules! shared_lists {
    ($($list:ident),* $(,)?) => {
        /// The lists that share the bits left over ([`Lexicon::share_bits`]), each with
        /// its bit and its phrases' first and last lemmas, for [`Marks`].
        fn shared_lists(&self) -> Vec<(Bits, &Ends)> {
            vec![$((self.$list.bit, &self.$list.ends)),*]
        }

        /// Gives the lists of [`Lexicon::shared_lists`] the bits left over, in turn: a
        /// bit several lists share still turns away a word that starts a phrase of none
        /// of them.
        fn share_bits(&mut self, spare: &[Bits]) {
            let mut spare = spare.iter().copied().cycle();
            $(self.$list.bit = spare.next().unwrap_or(0);)*
        }
    };
}

impl Lexicon {
    /// Every list's bit and its phrases' first and last lemmas, for [`Marks`].
    fn lists(&self) -> Vec<(Bits, &Ends)> {
        let l = self;
        let mut lists: Vec<(Bits, &Ends)> = vec![
            (l.measures.bit, &l.measures.ends),
            (l.events.bit, &l.events.ends),
            (l.generic.bit, &l.generic.ends),
            (l.skip.bit, &l.skip.ends),
            (l.above.bit, &l.above.ends),
            (l.after.bit, &l.after.ends),
            (l.level.bit, &l.level.ends),
            (l.when.bit, &l.when.ends),
            (l.another.bit, &l.another.ends),
            (l.total.bit, &l.total.ends),
            (l.status.bit, &l.status.ends),
            (l.qualifiers.bit, &l.qualifiers.ends),
            (l.not_as_of.bit, &l.not_as_of.ends),
            (l.participation.bit, &l.participation.ends),
            (l.past.bit, &l.past.ends),
            (l.support.bit, &l.support.ends),
            (l.happen.bit, &l.happen.ends),
            (l.queue.bit, &l.queue.ends),
            (l.whole.bit, &l.whole.ends),
            (l.country_nouns.bit, &l.country_nouns.ends),
            (l.place_nouns.bit, &l.place_nouns.ends),
            (l.pointing.bit, &l.pointing.ends),
            (l.distinct.bit, &l.distinct.ends),
            (l.phases.bit, &l.phases.ends),
            (l.recalled.bit, &l.recalled.ends),
            (l.period.bit, &l.period.ends),
        ];
        lists.extend(l.money.iter().map(|(_, p)| (p.bit, &p.ends)));
        lists
    }

    shared_lists! {
        subgroup, damaged_kinds, damaged, others_rest, activity, below, needed, needing, roles,
        named, count_data, window, presumed_dead, presumed_link, enclosing, rest, whole_role,
        aboard, aboard_link, aboard_head, with_crew, partitive, body, recovered, national,
        foreign, brief, sizes, parts, institutions, area_nouns, fraction, lasting, event_kinds,
        expecting, announced, dismissed, offers, sourced, offset_units, counters, countered,
        prison_verbs, prison_after, prison_not_given, increment, measuring, first_event,
        second_event, later_event, share_bases, share_holder, leader, held_pointing, partial,
        forecast, sides, winning, money_held, lasted, figure_of
    }
}

/// For each lemma that starts or ends a phrase of some list: a bit per list
/// ([`Phrases::numbered`]) whose phrases start with it, and one per list whose phrases
/// end with it, case ignored as the lists' look-ups ignore it. A word whose lemma is
/// in no list, nearly every word, then needs no look-up in any.
pub struct Marks {
    by_lemma: WordMap<(Bits, Bits)>,
}

impl Marks {
    /// The marks of the lists' phrases.
    fn new(lists: &[(Bits, &Ends)]) -> Self {
        // Sized for half the lemmas at once (lists share many: about 1,600 of 2,800
        // are distinct), so that it is grown once at most and not zeroed for twice
        // what it holds. The map ignores case, as the lists' look-ups do.
        let lemmas: usize = lists
            .iter()
            .map(|(_, ends)| ends.first_lemmas.len() + ends.lasts.len())
            .sum();
        let mut marks: WordMapBuilder<(Bits, Bits)> = WordMapBuilder::with_capacity(lemmas / 2);
        for &(bit, ends) in lists {
            for (first, &alone) in ends.first_lemmas.iter().zip(&ends.firsts) {
                if let Some((marks, _)) = marks.entry(first, Default::default) {
                    marks.0 |= bit;
                    if alone {
                        marks.1 |= bit;
                    }
                }
            }
            for last in &ends.lasts {
                if let Some((marks, _)) = marks.entry(last, Default::default) {
                    marks.1 |= bit;
                }
            }
        }
        Self {
            by_lemma: marks.build(),
        }
    }

    /// The bits of the lists whose phrases start with a lemma, and of those whose
    /// phrases end with it.
    pub fn of(&self, lemma: &str) -> (Bits, Bits) {
        self.by_lemma.get(lemma).copied().unwrap_or((0, 0))
    }
}

/// The lexicon, built once.
pub static LEXICON: LazyLock<Lexicon> = LazyLock::new(|| {
    let measures: &'static [Entry<'static>] = &MEASURE_ENTRIES;
    let words: &'static Indexed = &WORD_ENTRIES;
    let rank = |section: &str| match section {
        "fixed" => Some(Rank::Fixed),
        "outcome" => Some(Rank::Outcome),
        "group" => Some(Rank::Group),
        _ => None,
    };
    let mut bits = (0..Bits::BITS).map(|n| 1 << n);
    let mut bit = || bits.next().unwrap_or(0);
    let mut lexicon = Lexicon {
        measures: Phrases::sized(
            measures.iter().map(|e| e.words.len()).sum(),
            measures.iter().flat_map(|e| {
                let class = rank(e.section).map(|rank| Class { name: e.name, rank });
                e.words.iter().filter_map(move |&w| class.map(|c| (w, c)))
            }),
        )
        .numbered(bit()),
        events: named(&EVENT_ENTRIES, "").numbered(bit()),
        generic: list(words, "heads", "generic").numbered(bit()),
        subgroup: named(words, "subgroups"),
        damaged_kinds: named(words, "damaged-kinds"),
        damaged: list(words, "damaged", "measures"),
        others_rest: list(words, "heads", "others_rest"),
        activity: list(words, "heads", "activity"),
        outcomes: measures
            .iter()
            .filter(|e| e.section == "outcome")
            .map(|e| e.name)
            .collect(),
        groups: measures
            .iter()
            .filter(|e| e.section == "group")
            .map(|e| e.name)
            .collect(),
        skip: list(words, "links", "skip").numbered(bit()),
        above: list(words, "links", "above").numbered(bit()),
        below: list(words, "links", "below"),
        after: list(words, "links", "after").numbered(bit()),
        needed: list(words, "links", "needed"),
        roles: list(words, "links", "roles"),
        queue: list(words, "links", "queue").numbered(bit()),
        named: list(words, "links", "named"),
        count_data: list(words, "links", "count_data"),
        window: list(words, "links", "window"),
        presumed_dead: list(words, "links", "presumed_dead"),
        presumed_link: list(words, "links", "presumed_link"),
        more_after: list(words, "links", "more_after"),
        enclosing: list(words, "links", "enclosing"),
        rest: list(words, "links", "rest"),
        whole_role: list(words, "links", "whole_role"),
        aboard: list(words, "links", "aboard"),
        aboard_link: list(words, "links", "aboard_link"),
        aboard_head: list(words, "links", "aboard_head"),
        with_crew: list(words, "links", "with_crew"),
        partitive: list(words, "links", "partitive"),
        body: list(words, "heads", "body"),
        recovered: list(words, "links", "recovered"),
        national: list(words, "heads", "national"),
        foreign: list(words, "heads", "foreign"),
        needing: list(words, "links", "needing"),
        level: list(words, "links", "level").numbered(bit()),
        when: list(words, "links", "when").numbered(bit()),
        another: list(words, "links", "another").numbered(bit()),
        total: list(words, "links", "total").numbered(bit()),
        status: named(words, "status").numbered(bit()),
        qualifiers: named(words, "qualifiers").numbered(bit()),
        not_as_of: list(words, "asof", "not").numbered(bit()),
        recalled: list(words, "asof", "recalled").numbered(bit()),
        offset_units: list(words, "asof", "offset"),
        counters: named(words, "counters"),
        countered: list(words, "crowds", "measures"),
        crowd_events: plain(words, "crowds", "events"),
        crowd_lower: plain(words, "crowds", "lower"),
        prison_verbs: list(words, "prison", "verbs"),
        prison_after: list(words, "prison", "after"),
        prison_not_given: list(words, "prison", "not-given"),
        participation: list(words, "links", "participation").numbered(bit()),
        past: list(words, "links", "past").numbered(bit()),
        support: list(words, "links", "support").numbered(bit()),
        brief: list(words, "links", "brief"),
        happen: list(words, "links", "happen").numbered(bit()),
        passive: list(words, "links", "passive"),
        sizes: named(words, "sizes"),
        money_held: named(words, "money-held"),
        lasted: named(words, "lasted"),
        figure_of: named(words, "figure-of"),
        directions: plain(words, "links", "directions"),
        place_titles: plain(words, "links", "place-titles"),
        opening_leads: plain(words, "places", "lead"),
        overall: plain(words, "places", "overall"),
        relative: plain(words, "places", "relative"),
        relative_outcomes: plain(words, "places", "relative-outcomes"),
        parts: named(words, "parts"),
        size_adjectives: plain(words, "size-names", "adjectives"),
        phrase_ends: plain(words, "size-names", "phrase-ends"),
        ongoing: plain(words, "links", "ongoing"),
        event_places: plain(words, "links", "event-places"),
        volcanoes: plain(words, "links", "volcanoes"),
        erupting: plain(words, "links", "erupting"),
        whole: list(words, "links", "whole").numbered(bit()),
        country_nouns: list(words, "places", "country").numbered(bit()),
        place_nouns: list(words, "places", "place").numbered(bit()),
        institutions: list(words, "places", "institution"),
        institution_determiners: plain(words, "places", "institution-determiners"),
        institution_prepositions: plain(words, "places", "institution-prepositions"),
        institution_stops: plain(words, "places", "institution-stops"),
        area_nouns: list(words, "places", "area"),
        pointing: list(words, "places", "pointing").numbered(bit()),
        sourced: list(words, "places", "sourced"),
        distinct: list(words, "links", "distinct").numbered(bit()),
        fraction: list(words, "heads", "fraction"),
        phases: named(words, "phases").numbered(bit()),
        lasting: list(&EVENT_ENTRIES, "lasting", "lasting"),
        mishap: list(&EVENT_ENTRIES, "mishap", "nouns"),
        happening_words: {
            let classes = plain(&EVENT_ENTRIES, "mishap", "happenings");
            EVENT_ENTRIES
                .section("")
                .filter(|e| classes.contains(&e.name))
                .flat_map(|e| e.words.iter().map(move |&w| (w, e.name)))
                .filter(|(w, _)| !w.contains(' '))
                .collect()
        },
        event_kinds: named(&EVENT_ENTRIES, "kinds"),
        announced: named(&EVENT_ENTRIES, "announced"),
        expecting: list(words, "links", "expecting"),
        dismissed: list(&EVENT_ENTRIES, "announced-people", "people"),
        offers: list(&EVENT_ENTRIES, "announced-offer", "offer"),
        ordinals: plain(words, "links", "ordinal"),
        event_measures: plain(words, "measured", "event"),
        by_event_class: plain(words, "measured", "by-class"),
        counted_events: plain(words, "measured", "counted"),
        increment: list(words, "links", "increment"),
        period: list(words, "links", "period").numbered(bit()),
        measuring: list(words, "measured", "measuring"),
        first_event: list(words, "measured", "first"),
        second_event: list(words, "measured", "second"),
        later_event: list(words, "measured", "later"),
        share_bases: Phrases::new(
            words
                .section("shares")
                .filter(|e| !["holder", "winning", "part", "whole"].contains(&e.name))
                .flat_map(|e| e.words.iter().map(|&w| (w, e.name))),
        ),
        share_holder: list(words, "shares", "holder"),
        held: plain(words, "held", "classes"),
        leader: list(words, "held", "leader"),
        held_pointing: list(words, "held", "pointing"),
        party_members: plain(words, "held", "members"),
        partial: list(words, "held", "partial"),
        partial_words: plain(words, "held", "partial"),
        forecast: list(words, "held", "forecast"),
        sides: named(words, "sides"),
        winning: list(words, "shares", "winning"),
        vote_parts: plain(words, "shares", "part"),
        vote_whole: plain(words, "shares", "whole"),
        score_cues: plain(words, "scores", "cue"),
        score_behind: plain(words, "scores", "behind"),
        score_results: plain(words, "scores", "result"),
        score_ending: plain(words, "scores", "ending"),
        score_ended: plain(words, "scores", "ended"),
        score_qualifiers: words
            .section("score-qualifiers")
            .map(|e| (e.name, e.words.clone()))
            .collect(),
        // One mark for all the lists of `[money]`: a word no phrase of any of them
        // starts with needs no look-up in one.
        money: {
            let money = bit();
            words
                .section("money")
                .map(|e| (e.name, list(words, "money", e.name).numbered(money)))
                .collect()
        },
        marks: Marks {
            by_lemma: WordMap::new(std::iter::empty()),
        },
    };
    let spare: Vec<Bits> = bits.collect();
    lexicon.share_bits(&spare);
    let mut lists = lexicon.lists();
    lists.extend(lexicon.shared_lists());
    let marks = Marks::new(&lists);
    lexicon.marks = marks;
    lexicon
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_data_line_is_an_entry() {
        for text in [MEASURES, EVENTS, WORDS] {
            for line in text.lines().map(str::trim) {
                let ok = line.is_empty()
                    || line.starts_with('#')
                    || line.starts_with('[')
                    || line.split_once('=').is_some_and(|(n, w)| {
                        !n.trim().is_empty() && w.split(',').all(|w| !w.trim().is_empty())
                    });
                assert!(ok, "malformed data line: {line:?}");
            }
        }
    }

    #[test]
    fn phrases_match_longest_first_on_lemmas() {
        let l = &*LEXICON;
        assert_eq!(
            l.measures.at(&["death", "toll"]).map(|(n, c)| (n, c.name)),
            Some((2, "deaths"))
        );
        assert_eq!(
            l.measures.at(&["troop"]).map(|(n, c)| (n, c.rank)),
            Some((1, Rank::Group))
        );
        assert_eq!(
            l.measures
                .ending_at(&["the", "death", "toll"], 2)
                .map(|(s, c)| (s, c.name)),
            Some((1, "deaths"))
        );
        assert_eq!(l.events.at(&["quake"]).map(|(_, c)| *c), Some("earthquake"));
        assert!(l.above.at(&["surpassed"]).is_some());
    }

    #[test]
    fn lemmas_are_lower_case() {
        // `Phrases::new` groups phrases by first lemma with ASCII case ignored: the
        // same grouping as by the lemma as written only while no lemma has an
        // upper-case ASCII letter.
        let l = &*LEXICON;
        let mut lists = l.lists();
        lists.extend(l.shared_lists());
        for (_, ends) in lists {
            for w in ends.first_lemmas.iter().chain(&ends.lasts) {
                assert!(!w.bytes().any(|b| b.is_ascii_uppercase()), "{w:?}");
            }
        }
    }

    #[test]
    fn marks_turn_away_no_phrase() {
        let l = &*LEXICON;
        let lists = l.lists();
        // The lists of `[money]` come last and share one bit; every other list has a
        // bit of its own, and none has theirs.
        let money = l.money.first().map_or(0, |(_, p)| p.bit);
        assert!(l.money.iter().all(|(_, p)| p.bit == money));
        let own = lists.len() - l.money.len();
        let mut all = 0;
        // Every first and last lemma of a list's phrases carries the list's bit.
        let marked = |bit: Bits, ends: &Ends| {
            assert_eq!(bit.count_ones(), 1);
            for (first, &alone) in ends.first_lemmas.iter().zip(&ends.firsts) {
                assert_ne!(l.marks.of(first).0 & bit, 0, "{first:?}");
                if alone {
                    assert_ne!(l.marks.of(first).1 & bit, 0, "{first:?}");
                }
            }
            for last in &ends.lasts {
                assert_ne!(l.marks.of(last).1 & bit, 0, "{last:?}");
            }
        };
        for (i, &(bit, ends)) in lists.iter().enumerate() {
            if i < own {
                assert_eq!(all & bit, 0, "two lists share a bit");
                assert_ne!(bit, money, "a list shares the bit of [money]");
            }
            all |= bit;
            marked(bit, ends);
        }
        // The other lists share the bits left over: one each, none of the above.
        let shared = l.shared_lists();
        assert!(!shared.is_empty());
        for &(bit, ends) in &shared {
            assert_eq!(all & bit, 0, "a shared bit is a list's own");
            marked(bit, ends);
        }
        assert_eq!(l.marks.of("zebra"), (0, 0));
    }
}
