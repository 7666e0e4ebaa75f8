//! The benchmark corpus: a seed and a size in, a folder of news articles out.
//!
//! Articles are `.md` files with YAML front matter (`title`, `outlet`, `published`),
//! made of news paragraphs from varied templates (figures with and without hedges,
//! absolute and relative dates, names in two transliterations) and filler prose. A
//! known share of articles carries one planted conflict that the built-in rules must
//! catch; `planted.list` beside the articles names them. Everything follows from the
//! seed, so a corpus can be rebuilt byte for byte. Uses nothing from the library.

use std::fmt::Write as _;

use chrono::{Datelike, NaiveDate};
use std::fs;
use std::io::{self, Write as _};
use std::path::{Path, PathBuf};

/// A xorshift64* generator: small, fast and deterministic; not for cryptography.
pub struct Rng(u64);

impl Rng {
    /// A generator for `seed` (any value, zero included).
    pub fn new(seed: u64) -> Self {
        Rng(seed ^ 0x9E37_79B9_7F4A_7C15 | 1)
    }

    /// The next 64 random bits.
    pub fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number in `0..n` (0 when `n` is 0).
    pub fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            return 0;
        }
        (self.next() % n as u64) as usize
    }

    /// A number in `lo..=hi`.
    pub fn between(&mut self, lo: u64, hi: u64) -> u64 {
        lo + self.next() % (hi - lo + 1)
    }

    /// True with probability `p`.
    pub fn chance(&mut self, p: f64) -> bool {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64 <= p
    }

    /// One of `items` (the empty string when there are none).
    pub fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items.get(self.below(items.len())).copied().unwrap_or("")
    }
}

/// The kinds of planted conflict, and the rules that must catch each.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Planted {
    /// A second, lower death toll of the same place and day in one article ("at least
    /// 41 people" and "about 25 people" killed in the same town).
    DeathToll,
    /// A second injury count of the same place and day ("at least 230" and "dozens").
    InjuryCount,
    /// "tens of thousands" and "more than 150,000" of the same troops in one article.
    TroopFigure,
    /// One event given two dates in one article (talks "on January 10" and "on
    /// January 14").
    EventDate,
    /// A date whose weekday is wrong ("Thursday, January 10, 2022").
    Weekday,
    /// A name in two transliterations in one article ("Yuri Danilenko", "Yury Danilenko").
    Spelling,
}

impl Planted {
    /// Every kind, in the order the generator draws them.
    const ALL: [Planted; 6] = [
        Planted::DeathToll,
        Planted::InjuryCount,
        Planted::TroopFigure,
        Planted::EventDate,
        Planted::Weekday,
        Planted::Spelling,
    ];

    /// The built-in rules that catch it: the rule within the article, and (for a
    /// figure or a date the other articles give otherwise) the rule across sources.
    pub fn rules(self) -> &'static [&'static str] {
        match self {
            Planted::DeathToll => &["death-toll-contradicts", "toll-disagrees-across-sources"],
            Planted::InjuryCount => &["injury-count-contradicts", "toll-disagrees-across-sources"],
            Planted::TroopFigure => &[
                "steady-figure-contradicts-within-document",
                "figure-disagrees-across-sources",
            ],
            Planted::EventDate => &[
                "event-date-contradicts-within-document",
                "event-date-disagrees",
            ],
            Planted::Weekday => &["weekday-mismatch"],
            Planted::Spelling => &["name-spelled-two-ways"],
        }
    }

    fn name(self) -> &'static str {
        match self {
            Planted::DeathToll => "death-toll",
            Planted::InjuryCount => "injury-count",
            Planted::TroopFigure => "troop-figure",
            Planted::EventDate => "event-date",
            Planted::Weekday => "weekday",
            Planted::Spelling => "spelling",
        }
    }

    fn parse(name: &str) -> Option<Self> {
        Planted::ALL.into_iter().find(|k| k.name() == name)
    }
}

/// What was written.
#[derive(Debug, Default)]
pub struct Written {
    /// Bytes of article text, front matter included.
    pub bytes: u64,
    /// Articles.
    pub articles: usize,
    /// The articles with a planted conflict: path relative to the corpus folder, kind.
    pub planted: Vec<(PathBuf, Planted)>,
}

/// The name of the list of planted conflicts, beside the articles (not an article:
/// only `.txt` and `.md` files are read).
pub const PLANTED: &str = "planted.list";
/// The stamp that says which generator, seed and size a folder was made with.
const STAMP: &str = "corpus.stamp";
/// The generator's version in the stamp: a folder made by another is made again.
const GENERATOR: &str = "generic-world 2";

/// Writes articles into `dir` until they hold at least `size` bytes, `rate` of them
/// with a planted conflict. Reuses the folder if its stamp says it was made with the
/// same seed, size and rate.
pub fn generate(dir: &Path, size: u64, seed: u64, rate: f64) -> io::Result<Written> {
    let stamp = format!("{GENERATOR} seed {seed} size {size} rate {rate}\n");
    if fs::read_to_string(dir.join(STAMP)).is_ok_and(|s| s == stamp) {
        return reuse(dir);
    }
    if dir.exists() {
        for entry in fs::read_dir(dir)? {
            let path = entry?.path();
            if path.is_dir() {
                fs::remove_dir_all(&path)?;
            } else {
                fs::remove_file(&path)?;
            }
        }
    }
    fs::create_dir_all(dir)?;
    let mut rng = Rng::new(seed);
    let mut written = Written::default();
    let mut text = String::with_capacity(16 * 1024);
    while written.bytes < size {
        let index = written.articles;
        let folder = format!("a{:04}", index / 1000);
        if index % 1000 == 0 {
            fs::create_dir_all(dir.join(&folder))?;
        }
        let planted = rng
            .chance(rate)
            .then(|| Planted::ALL.get(rng.below(Planted::ALL.len())).copied())
            .flatten();
        text.clear();
        article(&mut rng, planted, &mut text);
        let relative = PathBuf::from(folder).join(format!("{index:07}.md"));
        fs::write(dir.join(&relative), text.as_bytes())?;
        written.bytes += text.len() as u64;
        written.articles += 1;
        if let Some(kind) = planted {
            written.planted.push((relative, kind));
        }
    }
    let mut list = io::BufWriter::new(fs::File::create(dir.join(PLANTED))?);
    writeln!(
        list,
        "# bytes {} articles {}",
        written.bytes, written.articles
    )?;
    for (path, kind) in &written.planted {
        writeln!(list, "{}\t{}", path.display(), kind.name())?;
    }
    list.flush()?;
    fs::write(dir.join(STAMP), stamp)?;
    Ok(written)
}

/// Reads back what an earlier `generate` wrote.
fn reuse(dir: &Path) -> io::Result<Written> {
    let list = fs::read_to_string(dir.join(PLANTED))?;
    let mut written = Written::default();
    for line in list.lines() {
        if let Some(rest) = line.strip_prefix("# bytes ") {
            let mut parts = rest.split(' ');
            written.bytes = parts.next().and_then(|b| b.parse().ok()).unwrap_or(0);
            written.articles = parts.nth(1).and_then(|a| a.parse().ok()).unwrap_or(0);
        } else if let Some((path, kind)) = line.split_once('\t') {
            if let Some(kind) = Planted::parse(kind) {
                written.planted.push((PathBuf::from(path), kind));
            }
        }
    }
    Ok(written)
}

/// Writes one draft and `sources` source articles into `dir`, for the draft check.
pub fn draft_and_sources(dir: &Path, sources: usize, seed: u64) -> io::Result<PathBuf> {
    let mut rng = Rng::new(seed);
    let folder = dir.join("sources");
    fs::create_dir_all(&folder)?;
    let mut text = String::new();
    for index in 0..sources {
        text.clear();
        article(&mut rng, None, &mut text);
        fs::write(folder.join(format!("{index:03}.md")), text.as_bytes())?;
    }
    text.clear();
    article(&mut rng, Some(Planted::DeathToll), &mut text);
    let draft = dir.join("draft.md");
    fs::write(&draft, text.as_bytes())?;
    Ok(draft)
}

// The world every article reports on: invented countries (Arvenia, Ostrelia), places
// and people, and a few events whose figures and dates are the same in every article
// (a storm on the coast, an election, talks between the two countries hosted by the
// U.N., troops at their border). An article that names no known entity gives its
// events no participants, and an event without them is no claim: the U.N. gives the
// talks theirs. Articles state them in varied forms, hedged and plain, absolute and
// relative to their publication date, so that the built-in rules find nothing in them
// but the planted conflicts. No story of the seeds: that is left to the seeds.

/// The first publication day: Wednesday, December 15, 2021; articles span 26 days.
const FIRST_DAY: (i32, u32, u32) = (2021, 12, 15);
/// The storm struck Port Esselin on Sunday, December 12, 2021.
const STORM_DAY: (i32, u32, u32) = (2021, 12, 12);
/// Arvenia voted on Sunday, December 19, 2021.
const ELECTION_DAY: (i32, u32, u32) = (2021, 12, 19);
/// The talks in Lindgrad open on Monday, January 10, 2022.
const TALKS_DAY: (i32, u32, u32) = (2022, 1, 10);

/// The day number (days since 1 January of year 1) of a date of the calendar.
fn day_number((year, month, day): (i32, u32, u32)) -> i64 {
    NaiveDate::from_ymd_opt(year, month, day).map_or(0, |d| i64::from(d.num_days_from_ce()))
}

/// The date of a day number.
fn date(z: i64) -> NaiveDate {
    i32::try_from(z)
        .ok()
        .and_then(NaiveDate::from_num_days_from_ce_opt)
        .unwrap_or_default()
}

/// Days after the Monday of its week (Monday 0 … Sunday 6).
fn weekday(z: i64) -> i64 {
    i64::from(date(z).weekday().num_days_from_monday())
}

/// How an article published on day `published` dates an event of day `event`: one of
/// the forms that are true from there ("on Sunday, December 12", "on December 12",
/// "last week", "yesterday", "on Monday, January 10, 2022", "next week", "tomorrow"…).
fn when(rng: &mut Rng, event: i64, published: i64) -> String {
    let day = date(event);
    let (year, name, month_word) = (day.year(), day.format("%A"), day.format("%B"));
    let day = day.day();
    let week = |z: i64| z - weekday(z);
    let mut forms = vec![format!("on {month_word} {day}")];
    if event < published {
        let gap = published - event;
        forms.push(format!("on {name}, {month_word} {day}"));
        if gap <= 6 {
            forms.push(format!("on {name}"));
        }
        if gap == 1 {
            forms.push("yesterday".to_owned());
        }
        if week(event) == week(published) - 7 {
            forms.push("last week".to_owned());
        }
    } else if event > published {
        let gap = event - published;
        forms.push(format!("on {name}, {month_word} {day}, {year}"));
        if gap <= 6 {
            forms.push(format!("on {name}"));
        }
        if gap == 1 {
            forms.push("tomorrow".to_owned());
        }
        if week(event) == week(published) + 7 {
            forms.push("next week".to_owned());
        }
    } else {
        forms = vec!["today".to_owned()];
    }
    let at = rng.below(forms.len());
    forms.swap_remove(at)
}

const TITLES: &[&str] = &[
    "Arvenia and Ostrelia trade warnings ahead of talks",
    "Storm leaves a trail of destruction along the coast",
    "Diplomats prepare for a week of talks in Lindgrad",
    "Arvenia elects a president under the shadow of the border",
    "Rescuers search for survivors in Port Esselin",
    "Markets wobble as tension on the border grows",
    "What to know about the Lindgrad talks",
    "Gas prices climb as a pipeline stays idle",
];

const OUTLETS: &[&str] = &[
    "AP",
    "Reuters",
    "AFP",
    "The Wire Desk",
    "Daily Courier",
    "Evening Standard-Bearer",
    "Northern Post",
];

/// Invented people: the first four in two transliterations, the rest in one.
const PEOPLE: &[(&str, &str, &str)] = &[
    (
        "Yuri Danilenko",
        "Yury Danilenko",
        "Ostrelian Defence Minister",
    ),
    ("Maksim Orlenko", "Maxim Orlenko", "Arvenian President"),
    (
        "Dmitri Volkonov",
        "Dmitry Volkonov",
        "Ostrelian Foreign Minister",
    ),
    (
        "Andriy Kovalenko",
        "Andrii Kovalenko",
        "Arvenian Foreign Minister",
    ),
    ("Ilse Varga", "Ilse Varga", "U.N. envoy"),
    ("Tomas Reinholt", "Tomas Reinholt", "Lindgrad Mayor"),
    (
        "Natalia Hrytsenko",
        "Natalia Hrytsenko",
        "Port Esselin Mayor",
    ),
];

/// How many of `PEOPLE` have two spellings.
const SPELLED_TWO_WAYS: usize = 4;

const WEEKDAYS: &[&str] = &["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];

const FILLER: &[&str] = &[
    "The talks come at a time of high tension between the two neighbours.",
    "Officials on both sides have played down hopes of a breakthrough.",
    "Diplomats said the agenda remained broad and the positions far apart.",
    "Analysts say both governments want to be seen as the party of peace.",
    "The foreign ministry did not respond to a request for comment.",
    "Ostrelia denies that it plans an attack and says it is free to move forces on its own territory.",
    "Neighbouring governments have urged both sides to keep them closely informed.",
    "The dispute has revived memories of an old border war.",
    "Arvenia has asked its partners for more support, including air defence systems.",
    "Many residents of the border towns say they have grown used to the threat.",
    "The statement gave no further details.",
    "Both sides have accused each other of provocations along the border.",
    "International observers monitor the ceasefire line.",
    "Some lawmakers called for sanctions to be agreed in advance.",
    "The ministry published a draft treaty setting out its demands.",
    "Rescuers were still clearing roads along the coast.",
    "Power has been restored to most homes on the coast.",
    "Energy traders are watching the talks closely.",
    "Officials described the conversation as frank and businesslike.",
    "The weather service warned of more rain along the coast.",
];

const SAID: &[&str] = &[
    "officials said",
    "the ministry said",
    "a spokesman said",
    "diplomats said",
];

/// The storm's death toll (41), as articles state it.
const TOLLS: &[&str] = &[
    "more than 40",
    "at least 41",
    "41",
    "about 40",
    "over 40",
    "some 40",
];
/// The storm's injured (230).
const INJURED: &[&str] = &[
    "At least 230",
    "About 230",
    "Some 230",
    "More than 220",
    "230",
];
/// The troops at the border (90,000).
const TROOPS: &[&str] = &[
    "Tens of thousands of",
    "About 90,000",
    "Some 90,000",
    "Nearly 90,000",
    "Up to 90,000",
];

/// One article into `out`.
fn article(rng: &mut Rng, planted: Option<Planted>, out: &mut String) {
    let published = day_number(FIRST_DAY) + rng.between(0, 25) as i64;
    let (storm, election, talks) = (
        day_number(STORM_DAY),
        day_number(ELECTION_DAY),
        day_number(TALKS_DAY),
    );
    let _ = write!(
        out,
        "---\ntitle: \"{}\"\noutlet: \"{}\"\npublished: {}\n---\n\n",
        rng.pick(TITLES),
        rng.pick(OUTLETS),
        date(published),
    );
    // One spelling per article, unless a second is planted.
    let spelling = rng.chance(0.5);
    let name = |rng: &mut Rng, out: &mut String| {
        let (a, b, role) = PEOPLE
            .get(rng.below(PEOPLE.len()))
            .copied()
            .unwrap_or(PEOPLE_FALLBACK);
        let written = if spelling { a } else { b };
        let _ = write!(out, "{role} {written}");
    };
    let paragraphs = rng.between(8, 14);
    let mut planted_at = planted.map(|_| rng.between(1, paragraphs - 1));
    for p in 0..paragraphs {
        if planted_at == Some(p) {
            planted_at = None;
            match planted {
                Some(Planted::DeathToll) => out.push_str(
                    "The storm has killed at least 41 people in Port Esselin, the ministry said. About 25 people were killed in Port Esselin, the mayor's office said.",
                ),
                Some(Planted::InjuryCount) => out.push_str(
                    "At least 230 people were injured in Port Esselin, the ministry said. Dozens of people were injured in Port Esselin, the mayor's office said.",
                ),
                Some(Planted::TroopFigure) => out.push_str(
                    "Tens of thousands of Ostrelian troops are massed near the border with Arvenia, officials said. More than 150,000 Ostrelian troops have been massed near the border, according to Western officials.",
                ),
                Some(Planted::EventDate) => out.push_str(
                    "Arvenian and Ostrelian officials will hold talks in Lindgrad on January 10, the foreign ministry said. The talks in Lindgrad will open on January 14, according to a government statement. The U.N. will host them.",
                ),
                Some(Planted::Weekday) => {
                    out.push_str("The talks in Lindgrad are set for Thursday, January 10, 2022.");
                }
                Some(Planted::Spelling) => {
                    let (a, b, role) = PEOPLE
                        .get(rng.below(SPELLED_TWO_WAYS))
                        .copied()
                        .unwrap_or(PEOPLE_FALLBACK);
                    let (first, second) = if spelling { (a, b) } else { (b, a) };
                    let _ = write!(
                        out,
                        "{role} {first} met the press in Lindgrad. {second} said the government expected a written answer."
                    );
                }
                None => {}
            }
            out.push_str("\n\n");
        }
        match rng.below(12) {
            0 => {
                let _ = write!(
                    out,
                    "{} Ostrelian troops are massed near the border with Arvenia, {}. {} troops remain near the border, according to satellite images.",
                    rng.pick(TROOPS),
                    rng.pick(SAID),
                    rng.pick(&["About 90,000", "Some 90,000"]),
                );
            }
            1 => {
                if rng.chance(0.5) {
                    let _ = write!(
                        out,
                        "The storm that struck Port Esselin {} has killed {} people, {}. ",
                        when(rng, storm, published),
                        rng.pick(TOLLS),
                        rng.pick(SAID),
                    );
                } else {
                    let _ = write!(
                        out,
                        "The storm has killed {} people in Port Esselin, {}. ",
                        rng.pick(TOLLS),
                        rng.pick(SAID),
                    );
                }
                out.push_str(rng.pick(FILLER));
            }
            2 => {
                let _ = write!(
                    out,
                    "{} troops took part in exercises near Kessel {}, the defence ministry said. {}",
                    rng.pick(&["About 3,000", "Some 3,000", "3,000"]),
                    rng.pick(&["on Tuesday", "last week", "this week"]),
                    rng.pick(FILLER),
                );
            }
            3 => {
                let _ = write!(
                    out,
                    "Arvenian and Ostrelian officials will hold talks in Lindgrad {}. The U.N. will host them.",
                    when(rng, talks, published),
                );
                if date(published).month() == 12 {
                    out.push(' ');
                    out.push_str(rng.pick(&[
                        "The talks are due to start next month.",
                        "Talks are expected early next year.",
                    ]));
                }
            }
            4 => {
                out.push('“');
                out.push_str(rng.pick(&[
                    "We will not accept threats on our border",
                    "We want a written guarantee",
                    "The door to diplomacy remains open",
                    "Nobody wants a war",
                ]));
                out.push_str(",” said ");
                name(rng, out);
                let _ = write!(out, " {}. {}", rng.pick(WEEKDAYS), rng.pick(FILLER));
            }
            5 => {
                let tenths = rng.between(5, 49);
                let _ = write!(
                    out,
                    "The Ostrelian crown fell {}.{} percent against the dollar {}, and gas prices in the region rose to ${},{:03} per thousand cubic metres. ",
                    tenths / 10,
                    tenths % 10,
                    rng.pick(&["last month", "on Tuesday", "this week", "yesterday"]),
                    rng.between(1, 2),
                    rng.between(0, 99) * 10,
                );
                out.push_str("The $2 billion coastal pipeline is still awaiting approval.");
            }
            6 => {
                let _ = write!(
                    out,
                    "{} people were injured in Port Esselin, {} {}.",
                    rng.pick(INJURED),
                    rng.pick(SAID),
                    when(rng, storm, published),
                );
            }
            7 => {
                let _ = write!(
                    out,
                    "{} people have been displaced along the coast, and {} more than 4,000 remain in shelters. ",
                    rng.pick(&["Tens of thousands of", "About 30,000", "Some 30,000"]),
                    rng.pick(&["aid agencies say", "the U.N. says"]),
                );
                name(rng, out);
                out.push_str(" is due to visit the region next month.");
            }
            8 => {
                name(rng, out);
                let _ = write!(
                    out,
                    " spoke with {} for {} minutes on {}, {}.",
                    rng.pick(&["his counterpart", "other leaders", "reporters"]),
                    rng.between(30, 90),
                    rng.pick(WEEKDAYS),
                    rng.pick(SAID),
                );
            }
            9 => {
                if published < election {
                    let _ = write!(
                        out,
                        "Arvenians will vote in a presidential election {}, and polls give the president 54 percent.",
                        when(rng, election, published),
                    );
                } else if published == election {
                    out.push_str("Arvenians are voting in a presidential election today.");
                } else {
                    let _ = write!(
                        out,
                        "Arvenians re-elected their president {} with 54 percent of the vote, the election commission said.",
                        when(rng, election, published),
                    );
                }
            }
            _ => {
                for _ in 0..rng.between(2, 5) {
                    out.push_str(rng.pick(FILLER));
                    out.push(' ');
                }
                out.pop();
            }
        }
        out.push_str("\n\n");
    }
}

const PEOPLE_FALLBACK: (&str, &str, &str) = ("Yuri Danilenko", "Yury Danilenko", "");
