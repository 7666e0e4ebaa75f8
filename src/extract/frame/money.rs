//! Money as a claim: what an amount is the price, value, cost or fine *of*, and whose.
//!
//! An amount of money is everywhere in the news (revenues, salaries, market values that
//! move by the hour), and a bare "$10 million" is compared with nothing. An amount is a
//! claim only in one of these roles (`[money]` in `data/frame-words.txt`), each keyed
//! by the names it is of:
//!
//! - **price per share** of a deal: "$95 per share", "US$95 a share", beside a word of
//!   paying or of a deal in its sentence, not after a word of the market ("closed at
//!   $65.39 per share") nor beside a dividend or earnings; keyed by the sentence's subject, the party that pays;
//! - **deal value**: "the $68.7 billion deal", "a deal worth $2 billion", "valued at",
//!   "buy Westfield for $2 billion", "its purchase of Westfield in 2016 for $26.2
//!   billion" (dated by its year through the figure's "as of"); keyed by the subject,
//!   the owner of the deal named before it ("Eastland's $2 billion takeover"), and what
//!   is bought when the sentence names it (else the sentence before's subject): two
//!   parties at least, as one party alone may be any of its deals;
//! - **cost**: "cost nearly $600 million", "at a cost of £10m", "the £10m refurbishment";
//!   keyed by the name in the amount's phrase ("the $600-million Kestrel mission"),
//!   else the subject (not a speaker: "Sharif said it would cost $10 billion" is no
//!   claim), else the name a fronted phrase leads to ("Built at a cost of $600 million,
//!   Kestrel-3 was launched");
//! - **fine**: "fined Eastland $5 million", "a $5 million fine"; keyed by whom it fines;
//! - **revenue** and **profit** of a company: "revenue of $12.4 billion", "record annual
//!   profits of $55.7 billion", "$55.7 billion in annual profits"; keyed by the subject,
//!   held to their period ("in 2022", "for the third quarter") by the figure's "as of";
//! - **premium** of an offer (a percentage): "a 45% premium to Westfield's close";
//!   keyed by what is bought; a premium to another base ("to the 30-day average
//!   price") is no claim, nor are several premiums in one sentence (each to a base of
//!   its own: "a 54% premium the day before I started buying and a 38% premium the day
//!   before my stake was announced");
//! - **stake** held in a company (a percentage): "a 9% stake in Westfield", "an
//!   approximate 9 percent ownership interest"; keyed by the company, named after "in"
//!   or else what a deal of the sentence (or the one before) buys;
//! - **debt financing** and **equity financing** of a deal: "$25 billion in loans",
//!   "$21 billion in equity", in a sentence of a deal or its funding (or after one);
//!   keyed by the subject, the party that pays; a plan of it ("would use") is its claim.
//! - **trade** told by a period: "trade worth $9.6 billion a day", "westbound traffic is
//!   worth $5.1 billion a day", "$9.6 billion a day in ship traffic"; keyed by the period
//!   (a day, a year) and a direction before its noun (a part of the whole), not by a
//!   party: a rate's figure, read even though it is told per day.
//!
//! The subject is the first name of the sentence before the amount (or before its deal
//! verb) that no preposition or determiner governs ("Shares of Westfield" names no
//! subject, "Eastland's" does); a capitalised first word counts when a verb follows it
//! ("Eastland said"). With none, the sentence before lends its own. A name is keyed
//! by its first word ("Eastland Corp." and "Eastland" are one party). An offer changed
//! or one of several ("raised its offer to $60 a share", "a rival bid") is no claim.
//!
//! The amount's currency is part of its claim: "$95" and "A$95" are two claims, "$95",
//! "US$95" and "USD 95" one.

use super::Sentence;
use super::lexicon::{LEXICON, Phrases};
use crate::extract::Fact;
use crate::extract::names::names_nothing;
use crate::source::Span;
use crate::text::{is_possessive, possessive_stem, token_key};

/// What an amount of money is of.
pub(super) struct Money {
    /// Its role: "price per share", "deal value", "cost", "fine", "premium".
    pub role: &'static str,
    /// The keys of the names it is of, sorted.
    pub parties: Vec<String>,
}

impl Money {
    /// An amount in role `role` of one party.
    fn of(role: &'static str, party: String) -> Money {
        Money {
            role,
            parties: vec![party],
        }
    }
}

impl<'t, 'a> Sentence<'t, 'a> {
    /// The role and parties of an amount at words `first..=last` (a percentage when
    /// `percent`), if it plays one (see the module documentation).
    pub(super) fn money_of(
        &self,
        fact: &Fact,
        first: usize,
        last: usize,
        percent: bool,
    ) -> Option<Money> {
        let head = self.head_end(fact, last);
        if percent {
            // "a 9% stake in Westfield": a stake held.
            if let Some(n) = self.money_word(head + 1, "stake") {
                return self.stake(head + n);
            }
            // "a 45% premium to Westfield's close".
            self.money_word(head + 1, "premium")?;
            // "a 54% premium the day before I started buying and a 38% premium the day
            // before my stake was announced": premiums to several bases, none a claim.
            let premium = money_list("premium")?;
            let premiums = (0..self.words.len())
                .filter(|&k| self.money_at(k, premium).is_some())
                .count();
            if premiums > 1 {
                return None;
            }
            // "a 30% premium to the 30-day average price": a premium to another base.
            let end = (head + 10).min(self.words.len());
            if (head + 2..end).any(|k| self.money_word(k, "premium-other").is_some()) {
                return None;
            }
            let target = self
                .premium_owner(head + 2)
                .or_else(|| self.deal_target())
                .or_else(|| self.previous()?.deal_target())?;
            return Some(Money::of("premium", target));
        }
        // "Eastland raised $2.1 billion": money raised, before an offer changed is
        // looked for ("raised its offer to $60" is one).
        if let Some(money) = self.raised(first, head) {
            return Some(money);
        }
        if let Some(money) = self.offer_price(first) {
            return Some(money);
        }
        // "trade worth $9.6 billion a day": before "traded" is read as a market's word.
        if let Some(money) = self.trade(first, head) {
            return Some(money);
        }
        // "raised its offer to $60 a share": an offer changed, no claim of the deal.
        // A comma closes the clause: "According to the new agreement, holders will
        // receive $95 a share".
        let clause_start = (first.saturating_sub(8)..first)
            .rev()
            .find(|&k| self.comma_before(k))
            .unwrap_or(first.saturating_sub(8));
        if (clause_start..first).any(|k| self.money_word(k, "revised").is_some()) {
            return None;
        }
        let market =
            || (first.saturating_sub(3)..first).any(|k| self.money_word(k, "market").is_some());
        // "$95 per share", "US$95 a share", "$95 per Westfield share", "$95 in cash for
        // each share".
        let paid = head + 1 + self.money_word(head + 1, "in-cash").unwrap_or(0);
        let per_share = self.money_word(paid, "per-share").is_some()
            || (self.words.is(paid, &["per"])
                && self.words.capitalised(paid + 1)
                && self.words.is(paid + 2, &["share"]));
        if per_share {
            let lists = ["paying", "deal-noun", "deal-verb"].map(money_list);
            let paying = (0..self.words.len()).any(|k| self.money_in(k, &lists));
            // "a dividend of $1.20 a share", "earnings of $2.10 per share": a share's
            // part of a company's money, no price of a deal.
            let end = (head + 6).min(self.words.len());
            let other = (first.saturating_sub(8)..end)
                .any(|k| self.money_word(k, "per-share-other").is_some());
            if !paying || other || market() {
                return None;
            }
            let party = self.subject(first).or_else(|| self.previous_subject())?;
            return Some(Money::of("price per share", party));
        }
        if let Some(money) = self.deal_value(first, head, market) {
            return Some(money);
        }
        if let Some(money) = self.financing(first, head) {
            return Some(money);
        }
        if let Some(money) = self.earnings(first, head) {
            return Some(money);
        }
        if market() {
            return None;
        }
        if let Some(money) = self.valuation(first, head) {
            return Some(money);
        }
        if let Some(money) = self.cost(first, head) {
            return Some(money);
        }
        if let Some(money) = self.fine(first, head) {
            return Some(money);
        }
        self.held(first, head)
    }

    /// An amount held, owed, lost or paid out an amount at words `first..` (its head
    /// at `head`) gives, if any: right after a noun of `[money-held]` and "of" ("total
    /// assets of $209 billion"), or before one, right after it or past "in" and at
    /// most two lower-case words ("a $282 million appeal", "$175 billion in
    /// deposits"); keyed by the subject, else the sentence before's.
    fn held(&self, first: usize, head: usize) -> Option<Money> {
        let held = &LEXICON.money_held;
        let before = (first >= 2 && self.words.is(first - 1, &["of"]))
            .then(|| held.ending_at(self.all(), first - 2).map(|(_, &c)| c))
            .flatten();
        let class =
            before.or_else(|| self.noun_after(head, |k| held.at(self.from(k)).map(|(_, &c)| c)))?;
        if self.said_before(first) {
            return None;
        }
        let party = self.subject(first).or_else(|| self.previous_subject())?;
        Some(Money::of(class, party))
    }

    /// What `noun` finds right after an amount's head at word `head`, or past "in" and
    /// at most two lower-case words ("a $56 billion profit", "$55.7 billion in annual
    /// profits", "$175 billion in deposits").
    fn noun_after<T>(&self, head: usize, noun: impl Fn(usize) -> Option<T>) -> Option<T> {
        if let Some(found) = noun(head + 1) {
            return Some(found);
        }
        if !self.words.is(head + 1, &["in"]) {
            return None;
        }
        (head + 2..(head + 5).min(self.words.len()))
            .take_while(|&k| self.words.w(k).starts_with(char::is_lowercase))
            .find_map(noun)
    }

    /// The list of `[money]` a phrase starting at word `k` belongs to, if it is `list`:
    /// the phrase's length.
    pub(super) fn money_word(&self, k: usize, list: &str) -> Option<usize> {
        // A word whose start mark says no phrase of `[money]` starts with it is not
        // looked up (its lemma is not even read); the lists share that mark, so such a
        // word without a hyphen is turned away before the list is found by its name.
        let shared = &LEXICON.money.first()?.1;
        if !self.marks.get(k).is_none_or(|&m| shared.may_start_in(m))
            && !self.words.shape(k).hyphenated()
        {
            return None;
        }
        self.money_at(k, money_list(list)?)
    }

    /// Whether a phrase of one of `lists` (found by name once, before a scan) starts
    /// at word `k`.
    fn money_in(&self, k: usize, lists: &[Option<&Phrases<()>>]) -> bool {
        lists
            .iter()
            .flatten()
            .any(|p| self.money_at(k, p).is_some())
    }

    /// [`Sentence::money_word`] with the list at hand: a scan over many words finds
    /// its lists by name once, not at each word.
    fn money_at(&self, k: usize, phrases: &Phrases<()>) -> Option<usize> {
        let may_start = self.marks.get(k).is_none_or(|&m| phrases.may_start_in(m));
        if !may_start && !self.words.shape(k).hyphenated() {
            return None;
        }
        if let Some((n, ())) = may_start.then(|| phrases.at(self.from(k))).flatten() {
            return Some(n);
        }
        // "mega-deal": a hyphenated word ending in a word of the list.
        let w = self.words.w(k);
        let hyphen = w.bytes().rposition(|b| b == b'-')?;
        let tail = w.get(hyphen + 1..)?;
        phrases
            .at(&[super::cached_lemma(tail)])
            .filter(|&(n, ())| n == 1)
            .map(|(n, ())| n)
    }

    /// Whether a phrase of `[money]` list `list` ends at word `end`.
    fn money_ending_at(&self, end: usize, list: &str) -> bool {
        money_list(list).is_some_and(|p| p.ending_at(self.all(), end).is_some())
    }

    /// The value of a deal an amount at words `first..` (its head at `head`) gives, if
    /// any.
    fn deal_value(&self, first: usize, head: usize, market: impl Fn() -> bool) -> Option<Money> {
        // "the $68.7 billion all-cash deal", "a $7.5 billion acquisition of Westfield".
        let mut noun = None;
        for k in head + 1..(head + 4).min(self.words.len()) {
            if self.money_word(k, "deal-noun").is_some() {
                noun = Some(k);
                break;
            }
            let w = self.words.w(k);
            if !w.starts_with(char::is_lowercase) || self.words.is(k, &LEXICON.phrase_ends) {
                break;
            }
        }
        let before = first.checked_sub(1);
        // "a deal worth $2 billion", "valued at $2 billion".
        let valued = before.is_some_and(|b| self.money_ending_at(b, "valued"));
        // "buy Westfield for $2 billion": a verb or noun of a deal before "for".
        let bought = before.is_some_and(|b| self.words.is(b, &["for"]));
        // The nearest word of a deal before the amount.
        let (verbs, nouns) = (money_list("deal-verb"), money_list("deal-noun"));
        let deal_before = (first.saturating_sub(30)..first)
            .rev()
            .find(|&k| self.money_in(k, &[verbs, nouns]));
        if noun.is_none() && !((valued || bought) && deal_before.is_some() && !market()) {
            return None;
        }
        let mut parties = Vec::new();
        // The subject of the sentence's first verb of a deal, else of the amount.
        let verb = (0..first).find(|&k| self.money_in(k, &[verbs]));
        if let Some(s) = self.subject(verb.unwrap_or(first)) {
            parties.push(s);
        }
        // "Eastland's $2 billion takeover": the deal's owner.
        if let Some(owner) = self.owner_before(first) {
            parties.push(owner);
        }
        let target = match noun {
            Some(n) if self.words.is(n + 1, &["of", "for"]) => self.name_key_after(n + 1),
            _ => None,
        }
        .or_else(|| deal_before.and_then(|k| self.target_at(k)))
        .or_else(|| self.deal_target());
        parties.extend(target);
        if parties.len() == 1 {
            parties.extend(self.previous().and_then(|p| p.subject(usize::MAX)));
        }
        parties.sort();
        parties.dedup();
        // A deal is the buyer's and what it buys: one party alone may be any of its deals.
        (parties.len() >= 2).then_some(Money {
            role: "deal value",
            parties,
        })
    }

    /// The part of a deal's financing an amount at words `first..` (its head at `head`)
    /// gives, if any: borrowed ("$25 billion in loans") or the buyer's own ("$21 billion
    /// in equity"), in a sentence of a deal or its financing (or after one); keyed by
    /// the subject, the party that pays.
    fn financing(&self, first: usize, head: usize) -> Option<Money> {
        let role = if self.money_word(head + 1, "debt").is_some() {
            "debt financing"
        } else if self.money_word(head + 1, "equity").is_some() {
            "equity financing"
        } else {
            return None;
        };
        let lists = ["funding", "deal-noun", "deal-verb"].map(money_list);
        let of_a_deal = |s: &Sentence<'_, '_>| (0..s.words.len()).any(|k| s.money_in(k, &lists));
        if !of_a_deal(self) && !self.previous().is_some_and(|p| of_a_deal(&p)) {
            return None;
        }
        let party = self.subject(first).or_else(|| self.previous_subject())?;
        Some(Money::of(role, party))
    }

    /// The company a stake whose word ends at word `end` is held in: the name after
    /// "in" ("a 9% stake in Westfield"), else what a deal of the sentence, or of the
    /// one before, buys.
    fn stake(&self, end: usize) -> Option<Money> {
        let company = self
            .words
            .is(end + 1, &["in"])
            .then(|| self.name_key_after(end + 1))
            .flatten()
            .or_else(|| self.deal_target())
            .or_else(|| self.previous()?.deal_target())?;
        Some(Money::of("stake", company))
    }

    /// The cost an amount at words `first..` (its head at `head`) gives, if any.
    fn cost(&self, first: usize, head: usize) -> Option<Money> {
        let before = first.checked_sub(1);
        let costs = before.is_some_and(|b| self.money_ending_at(b, "cost"));
        // "the £10m refurbishment", "the $600-million Kestrel mission".
        let mut named = None;
        let mut noun = false;
        for k in head + 1..(head + 5).min(self.words.len()) {
            if self.money_word(k, "cost-noun").is_some() {
                noun = true;
                break;
            }
            let w = self.words.w(k);
            if super::size::capitalised_word(w) && named.is_none() {
                named = Some(k);
            } else if !w.starts_with(char::is_lowercase) || self.words.is(k, &LEXICON.phrase_ends) {
                break;
            }
        }
        if !costs && !noun {
            return None;
        }
        // "the Kestrel mission cost $600 million": the name before a noun of what cost.
        let named_before = || {
            (first.saturating_sub(6)..first).rev().find_map(|k| {
                self.money_word(k, "cost-noun")?;
                let mut a = k.checked_sub(1)?;
                if !super::size::capitalised_word(self.words.w(a)) {
                    return None;
                }
                while a > 0
                    && super::size::capitalised_word(self.words.w(a - 1))
                    && self.words.joined(a - 1)
                    && !self.words.is(a - 1, &LEXICON.phrase_ends)
                {
                    a -= 1;
                }
                Some(party_key(self.words.w(a)))
            })
        };
        let party = named
            .filter(|_| noun)
            .map(|k| party_key(self.words.w(k)))
            .or_else(|| named_before().filter(|_| costs))
            .or_else(|| self.subject(first).filter(|_| !self.said_before(first)))
            .or_else(|| self.fronted(head))?;
        Some(Money::of("cost", party))
    }

    /// A company's earnings an amount at words `first..` (its head at `head`) gives, if
    /// any: right after a noun of revenue or profit and "of" ("revenue of $12.4 billion",
    /// "record annual profits of $55.7 billion"), or before one, right after it or past
    /// "in" ("a $56 billion profit", "$55.7 billion in annual profits"); keyed by the
    /// subject, held to its period by the figure's "as of".
    fn earnings(&self, first: usize, head: usize) -> Option<Money> {
        let role = |k: usize| {
            ["revenue", "profit"]
                .into_iter()
                .find(|l| self.money_word(k, l).is_some())
        };
        let before = (first >= 2 && self.words.is(first - 1, &["of"]))
            .then(|| role(first - 2))
            .flatten();
        // "a record $56 billion profit", "$55.7 billion in annual profits".
        let role = before.or_else(|| self.noun_after(head, role))?;
        // "…, and Westfield reported revenue of $12.4 billion": the name right before
        // the nearest verb of its clause, else the sentence's subject.
        let clause = (first.saturating_sub(8)..first)
            .rev()
            .find(|&k| k > 0 && self.money_word(k, "subject-verb").is_some())
            .map(|k| k - 1)
            .filter(|&k| {
                super::size::capitalised_word(self.words.w(k)) && !names_nothing(self.words.w(k))
            })
            .map(|k| party_key(self.words.w(k)));
        let party = clause
            .or_else(|| self.subject(first))
            .or_else(|| self.previous_subject())?;
        Some(Money::of(role, party))
    }

    /// Money a party raised by selling shares or bonds an amount at words `first..`
    /// (its head at `head`) gives, if any: right after a verb of raising ("Eastland
    /// raised $2.1 billion", "raised a record $2.1 billion"), keyed by the subject; or
    /// before "raised by" and the party ("the $25 billion raised by Westfield").
    fn raised(&self, first: usize, head: usize) -> Option<Money> {
        let verb = first.checked_sub(1).and_then(|b| {
            if self.money_word(b, "raise").is_some() {
                return Some(b);
            }
            let record = b >= 2 && self.words.is(b, &["record"]) && self.words.is(b - 1, &["a"]);
            (record && self.money_word(b - 2, "raise").is_some()).then(|| b - 2)
        });
        // "…began after Eastland raised": the name right before the verb, else the
        // subject ("Eastland priced its listing when it raised").
        let named = |v: usize| {
            let w = self.words.w(v.checked_sub(1)?);
            (super::size::capitalised_word(w) && !names_nothing(w)).then(|| party_key(w))
        };
        let party = match verb {
            Some(v) => named(v)
                .or_else(|| self.subject(v))
                .or_else(|| self.previous_subject())?,
            None if self.money_word(head + 1, "raise").is_some()
                && self.words.is(head + 2, &["by"]) =>
            {
                self.name_key_after(head + 2)?
            }
            None => return None,
        };
        Some(Money::of("proceeds", party))
    }

    /// The value of trade an amount at words `first..` (its head at `head`) gives, if
    /// any: right after a noun of trade, past a link ("trade worth $9.6 billion a day",
    /// "westbound traffic is worth $5.1 billion", "goods worth more than $9 billion"),
    /// or before one past "in" ("$9.6 billion a day in ship traffic"). Keyed by the
    /// direction before the noun ("westbound traffic": a part of the whole) and the
    /// period it is told by ("a day"; else "each day" in its sentence): the trade of a
    /// day and that of a year are two claims.
    fn trade(&self, first: usize, head: usize) -> Option<Money> {
        let trade = money_list("trade")?;
        let all = self.all();
        // The noun's first word, before the amount.
        let before = first.checked_sub(1).and_then(|b| {
            let end = match money_list("trade-link")?.ending_at(all, b) {
                Some((start, ())) => start.checked_sub(1)?,
                None => b,
            };
            trade.ending_at(all, end).map(|(start, ())| start)
        });
        // After the amount and its period, "in" and the noun within a few words, in
        // the amount's clause ("$9.6 billion per day may be halted in ship traffic").
        let period_after = self.period_at(head + 1);
        let after = || {
            let from = head + 1 + period_after.as_ref().map_or(0, |&(n, _)| n);
            let end = (from + 6).min(self.words.len());
            (from..end)
                .take_while(|&k| k == from || !self.comma_before(k))
                .find(|&k| {
                    self.words.is(k, &["in"])
                        && (k + 1..(k + 3).min(self.words.len()))
                            .any(|j| trade.ending_at(all, j).is_some_and(|(a, ())| a == k + 1))
                })
        };
        if before.is_none() && after().is_none() {
            return None;
        }
        let (_, period) =
            period_after.or_else(|| (0..self.words.len()).find_map(|k| self.period_at(k)))?;
        let mut parties = vec![period];
        if let Some(bound) = before
            .and_then(|n| n.checked_sub(1))
            .filter(|&k| self.money_word(k, "bound").is_some())
        {
            parties.push(self.words.w(bound).to_lowercase().replace('-', ""));
        }
        parties.sort();
        Some(Money {
            role: "trade",
            parties,
        })
    }

    /// The period a rate is told by at word `k` (a phrase of `[qualifiers] rate`: "a
    /// day", "per year", "each day", "daily"): its length in words and its last word's
    /// lemma.
    fn period_at(&self, k: usize) -> Option<(usize, String)> {
        let (n, &class) = LEXICON.qualifiers.at(self.from(k))?;
        let last = self.from(k + n - 1).first()?;
        (class == "rate").then(|| (n, last.as_ref().to_owned()))
    }

    /// The price of one share in a listing an amount at word `first` gives, if any:
    /// right after a word of it and "of" ("the IPO price of 32 riyals"); keyed by the
    /// subject, else the sentence before's.
    fn offer_price(&self, first: usize) -> Option<Money> {
        let of = first
            .checked_sub(1)
            .filter(|&b| self.words.is(b, &["of"]))?;
        if !self.money_ending_at(of.checked_sub(1)?, "offer-price") {
            return None;
        }
        let party = self.subject(first).or_else(|| self.previous_subject())?;
        Some(Money::of("price per share", party))
    }

    /// The value a company is given an amount at words `first..` (its head at `head`)
    /// gives, if any: a valuation ("valuing the company at $1.7 trillion", "values
    /// Eastland at", "is valued at", "a valuation of", "a $2 billion valuation") or its
    /// value on the market ("a market value of $1.9 trillion", "a $1.2 trillion market
    /// value"), which moves each day. Keyed by the company: the name between the verb
    /// and "at", a possessive before the noun ("Westfield's market value"), the name a
    /// verb of giving names before it ("gives Eastland a market value of"), else the
    /// subject, else the sentence before's.
    fn valuation(&self, first: usize, head: usize) -> Option<Money> {
        let before = first.checked_sub(1)?;
        // The longer phrase first: "a market valuation of" is a market value.
        let nouns = [("market-value", "market value"), ("valuation", "valuation")];
        // "a market value of $1.9 trillion": the noun's first word, and its role.
        let of_noun = || {
            let end = before
                .checked_sub(1)
                .filter(|_| self.words.is(before, &["of"]))?;
            nouns.iter().find_map(|&(list, role)| {
                let (start, ()) = money_list(list)?.ending_at(self.all(), end)?;
                Some((start, role))
            })
        };
        // "a $1.2 trillion market value".
        let after_noun = || {
            nouns
                .iter()
                .find_map(|&(list, role)| self.money_word(head + 1, list).map(|_| (first, role)))
        };
        if let Some((start, role)) = of_noun().or_else(after_noun) {
            let party = self
                .owner_before(start)
                .or_else(|| self.given_to(start))
                .or_else(|| self.subject(start))
                .or_else(|| self.previous_subject())?;
            return Some(Money::of(role, party));
        }
        // "valuing the company at $1.7 trillion", "is valued at $2 billion".
        if !self.words.is(before, &["at"]) {
            return None;
        }
        let verb = (before.saturating_sub(5)..before)
            .rev()
            .find(|&k| self.money_word(k, "valuing").is_some())?;
        let named = (verb + 1 < before)
            .then(|| self.name_key_after(verb))
            .flatten();
        let party = named
            .or_else(|| self.subject(verb))
            .or_else(|| self.previous_subject())?;
        Some(Money::of("valuation", party))
    }

    /// The name a verb of giving names right before the phrase at word `start` ("gives
    /// Eastland a market value of …", "giving Westfield a valuation of …").
    fn given_to(&self, start: usize) -> Option<String> {
        let det = start
            .checked_sub(1)
            .filter(|&k| self.words.is(k, &["a", "an"]))?;
        let verb = (det.saturating_sub(6)..det).rev().find(|&k| {
            self.words
                .is(k, &["give", "gives", "gave", "giving", "given"])
        })?;
        self.name_key_after(verb)
    }

    /// Whether a word of saying stands before word `first` in the sentence ("Sharif said
    /// it would cost $10 billion"): the subject is the speaker, not what costs.
    fn said_before(&self, first: usize) -> bool {
        (0..first).any(|k| self.money_word(k, "saying").is_some())
    }

    /// The fine an amount at words `first..` (its head at `head`) gives, if any: "fined
    /// Eastland $5 million", "a fine of $5 million", "a $5 million fine".
    fn fine(&self, first: usize, head: usize) -> Option<Money> {
        let after = self.money_word(head + 1, "fine").is_some();
        let of = first >= 2
            && self.words.is(first - 1, &["of"])
            && self.money_word(first - 2, "fine").is_some();
        // "fined Eastland $5 million": the verb, a name, the amount; "Eastland has
        // been fined a record $5 million": the verb, the amount, the subject fined.
        let verb = (first.saturating_sub(7)..first).find(|&k| self.words.is(k, &["fined"]));
        // "fined Westfield owner Eastland": the owner named after its company.
        let fined = verb.and_then(|k| {
            let owner = (k + 2..first.min(k + 5)).find(|&j| {
                self.words.is(j, &["owner", "parent"])
                    && self.words.capitalised(j + 1)
                    && (k + 1..j).all(|i| self.words.capitalised(i))
            });
            self.name_key_after(owner.unwrap_or(k))
        });
        // "a €390 million fine the regulator imposed on Eastland", "the €746 million
        // levied on Eastland": whom a fine is imposed on, named after a link of
        // `fine-on` within a few words after the amount, right after a verb of
        // `fine-imposed` or a word of `fine`.
        // Looked for only once the amount is known to be a fine.
        let imposed = |k: usize| self.money_word(k, "fine-imposed").is_some();
        let levied = imposed(head + 1) && self.money_word(head + 2, "fine-on").is_some();
        if !after && !of && verb.is_none() && !levied {
            return None;
        }
        let on = || {
            let end = (head + 7).min(self.words.len());
            (head + 1..end).find(|&k| {
                self.money_word(k, "fine-on").is_some()
                    && (imposed(k - 1) || self.money_word(k - 1, "fine").is_some())
            })
        };
        let party = fined
            .or_else(|| on().and_then(|k| self.name_key_after(k)))
            .or_else(|| self.subject(first))?;
        Some(Money::of("fine", party))
    }

    /// The owner of a premium: the name after "to", "on" or "over" at word `k`
    /// ("a 45% premium to Westfield's close").
    fn premium_owner(&self, k: usize) -> Option<String> {
        self.money_word(k, "premium-link")?;
        self.name_key_after(k)
    }

    /// What a deal of the sentence buys: the name after a verb of a deal ("buy the
    /// firm" names nothing; "to acquire Westfield" does), or after a noun of a deal and
    /// "of" ("its purchase of Westfield").
    fn deal_target(&self) -> Option<String> {
        (0..self.words.len()).find_map(|k| self.target_at(k))
    }

    /// What a word of a deal at word `k` buys: the name after it as a verb ("acquire
    /// Westfield"), or after it and "of" or "for" as a noun ("purchase of Westfield").
    fn target_at(&self, k: usize) -> Option<String> {
        if let Some(n) = self.money_word(k, "deal-verb") {
            if let Some(name) = self.name_key_after(k + n - 1) {
                return Some(name);
            }
        }
        let n = self.money_word(k, "deal-noun")?;
        self.words
            .is(k + n, &["of", "for"])
            .then(|| self.name_key_after(k + n))
            .flatten()
    }

    /// The key of the name a noun phrase after word `k` ends in ([`Sentence::name_after`]).
    fn name_key_after(&self, k: usize) -> Option<String> {
        self.name_after(k).map(|key| party_key(&key))
    }

    /// A possessive name right before the phrase of an amount at word `first`, past at
    /// most two words of that phrase ("Eastland's massive $2 billion takeover").
    fn owner_before(&self, first: usize) -> Option<String> {
        (first.saturating_sub(3)..first).rev().find_map(|k| {
            let w = self.words.w(k);
            let possessive = is_possessive(w);
            (possessive && super::size::capitalised_word(w)).then(|| party_key(w))
        })
    }

    /// The subject of the sentence before word `before`: the first name that no word
    /// of `[size-names]` governs (a possessive always counts), not in brackets, not a
    /// day or a month; or a capitalised first word a verb follows ("Eastland said").
    fn subject(&self, before: usize) -> Option<String> {
        let limit = self.words.span(before).map_or(self.span.end, |s| s.start);
        let first_word = self.words.w(0);
        // A capitalised first word that is no plural of a common noun ("Shares of…")
        // nor a word the name reader knows names nothing.
        let nameable = |w: &str| {
            super::size::capitalised_word(w)
                && !names_nothing(w)
                && *super::cached_lemma(w) == *w.to_lowercase()
                && !crate::text::is_calendar_word(w)
        };
        // "Eastland said", "Eastland (NYSE: EST) shook the market".
        let glossed = self
            .words
            .span(0)
            .zip(self.words.span(1))
            .is_some_and(|(a, b)| self.words.between(a.end, b.start).contains('('));
        if before >= 1
            && nameable(first_word)
            && (self.money_word(1, "subject-verb").is_some() || glossed)
        {
            return Some(party_key(first_word));
        }
        let sentence_text = self.words.text.slice(self.span);
        let names = &self.entities.names;
        let at = names.partition_point(|n| n.start < self.span.start);
        names
            .get(at..)
            .unwrap_or_default()
            .iter()
            .take_while(|n| n.end <= limit)
            .find_map(|&n| {
                let (a, b) = self.cover(n)?;
                let text = self.words.text.slice(n);
                let w = self.words.w(b);
                let possessive = is_possessive(w);
                let governed = a > 0 && self.words.is(a - 1, &LEXICON.phrase_ends);
                let gap = a
                    .checked_sub(1)
                    .and_then(|p| self.words.span(p))
                    .map_or("", |p| self.words.between(p.end, n.start));
                // Inside brackets: more opened than closed before it.
                let before_name = sentence_text
                    .get(..n.start.saturating_sub(self.span.start))
                    .unwrap_or("");
                let bracketed = gap.contains('(')
                    || before_name.matches('(').count() > before_name.matches(')').count();
                let calendar = (a..=b).any(|i| crate::text::is_calendar_word(self.words.w(i)));
                // "Shares of Westfield…": a common noun opening the sentence.
                // A company's name may open with a country's ("Saudi Eastland").
                let common = a == 0
                    && !nameable(self.words.w(0))
                    && !(b > a && names_a_country(self.words.w(0)));
                // "PORTLAND: Eastland has been fined…", "PORTLAND, Maine: …": a
                // dateline's place, no subject; "Westfield owner Eastland": the owner
                // named after it is.
                let after = self
                    .words
                    .span(b + 1)
                    .map_or("", |next| self.words.between(n.end, next.start));
                let dateline = a <= 2 && after.trim_start().starts_with(':');
                let owned =
                    self.words.is(b + 1, &["owner", "parent"]) && self.words.capitalised(b + 2);
                ((possessive || !governed) && !bracketed && !calendar && !common)
                    .then_some(())
                    .filter(|()| !dateline && !owned)
                    .map(|()| party_key(text))
            })
    }

    /// The name a fronted phrase holding the amount leads to: the first name right
    /// after a comma following the amount's head ("Built at a cost of $600 million by
    /// the agency, the Kestrel was launched").
    fn fronted(&self, head: usize) -> Option<String> {
        let names = &self.entities.names;
        let from = self.words.span(head)?.end;
        let at = names.partition_point(|n| n.start < from);
        names
            .get(at..)
            .unwrap_or_default()
            .iter()
            .take_while(|n| n.end <= self.span.end)
            .find_map(|&n| {
                let (a, _) = self.cover(n)?;
                let prev = self.words.span(a.checked_sub(1)?)?;
                let gap = self.words.between(prev.end, n.start).trim();
                (gap == ",").then(|| party_key(self.words.text.slice(n)))
            })
    }

    /// The subject of the sentence before this one, which lends it to this one when
    /// it names none.
    fn previous_subject(&self) -> Option<String> {
        self.previous()?.subject(usize::MAX)
    }

    /// The sentence before this one in its text, read as this one is.
    pub(super) fn previous(&self) -> Option<Sentence<'t, 'a>> {
        let all = self.words.text.sentences();
        let at = all.partition_point(|s| s.start < self.span.start);
        let span: Span = *all.get(at.checked_sub(1)?)?;
        Some(Sentence::new(self.words.text, span, self.entities))
    }
}

/// The words of a list of `[money]`.
fn money_list(name: &str) -> Option<&'static super::lexicon::Phrases<()>> {
    MONEY_LISTS.get(name).copied()
}

/// The lists of `[money]` by name (the first of a name, as a search in order finds
/// it): asked for by name tens of thousands of times a megabyte, and many names are
/// alike in length ("deal-noun", "deal-verb", "cost-noun").
static MONEY_LISTS: std::sync::LazyLock<
    rustc_hash::FxHashMap<&'static str, &'static super::lexicon::Phrases<()>>,
> = std::sync::LazyLock::new(|| {
    let mut lists = rustc_hash::FxHashMap::default();
    for (name, phrases) in &LEXICON.money {
        lists.entry(*name).or_insert(phrases);
    }
    lists
});

/// The key of a party's name: its first word, a possessive and anything after a hyphen
/// dropped, folded ("Eastland Corp." and "Eastland's" → "eastland"; "Kestrel-3" →
/// "kestrel").
fn party_key(name: &str) -> String {
    // "Silicon Valley Bank" and "SVB": a name of three capitalised words or more is
    // keyed by its initials, as its acronym is.
    let all: Vec<&str> = name.split_whitespace().collect();
    if all.len() >= 3 && all.iter().all(|w| w.starts_with(char::is_uppercase)) {
        return all
            .iter()
            .filter_map(|w| w.chars().next())
            .flat_map(char::to_lowercase)
            .collect();
    }
    // "Saudi Eastland", "British Westfield": a country's name or demonym opening a
    // company's name is passed over, so that it keys as its short name does.
    let mut words = name.split_whitespace();
    let mut word = words.next().unwrap_or(name);
    if let Some(next) = words.next().filter(|_| names_a_country(word)) {
        word = next;
    }
    let word = possessive_stem(word).unwrap_or(word);
    let word = word.split('-').next().unwrap_or(word);
    token_key(word)
}

/// Whether a word names a country or its people ("Saudi", "British").
fn names_a_country(word: &str) -> bool {
    let lexicon = &*super::entities::LEXICON;
    lexicon
        .lookup(word)
        .is_some_and(|x| lexicon.is_country(lexicon.country(x)))
}
