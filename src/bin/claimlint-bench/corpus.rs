//! The benchmark corpus: a seed and a size in, a folder of news articles out.
//!
//! Articles are `.md` files with YAML front matter (`title`, `outlet`, `published`),
//! made of news paragraphs from varied templates (figures with and without hedges,
//! absolute and relative dates, names in two transliterations) and filler prose. A
//! known share of articles carries one planted conflict that the built-in rules must
//! catch; `planted.list` beside the articles names them. Everything follows from the
//! seed, so a corpus can be rebuilt byte for byte. Uses nothing from the library.

use std::fmt::Write as _;
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

/// The kinds of planted conflict, and the rule each must trip.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Planted {
    /// A second, lower Donbas death toll in the same article.
    DeathToll,
    /// "tens of thousands" and "more than 100,000" of the build-up in one article.
    Buildup,
    /// A date whose weekday is wrong ("Thursday, January 12, 2022").
    Weekday,
    /// "Sergei Lavrov" and "Sergey Lavrov" in one article.
    Spelling,
}

impl Planted {
    /// The rules that catch it.
    pub fn rules(self) -> &'static [&'static str] {
        match self {
            Planted::DeathToll => &["death-toll-contradicts", "death-toll-disagrees"],
            Planted::Buildup => &["troop-buildup-contradicts"],
            Planted::Weekday => &["weekday-mismatch"],
            Planted::Spelling => &["name-spelled-two-ways"],
        }
    }

    fn name(self) -> &'static str {
        match self {
            Planted::DeathToll => "death-toll",
            Planted::Buildup => "buildup",
            Planted::Weekday => "weekday",
            Planted::Spelling => "spelling",
        }
    }

    fn parse(name: &str) -> Option<Self> {
        match name {
            "death-toll" => Some(Planted::DeathToll),
            "buildup" => Some(Planted::Buildup),
            "weekday" => Some(Planted::Weekday),
            "spelling" => Some(Planted::Spelling),
            _ => None,
        }
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
/// The stamp that says which seed and size a folder was made with.
const STAMP: &str = "corpus.stamp";

/// Writes articles into `dir` until they hold at least `size` bytes, `rate` of them
/// with a planted conflict. Reuses the folder if its stamp says it was made with the
/// same seed, size and rate.
pub fn generate(dir: &Path, size: u64, seed: u64, rate: f64) -> io::Result<Written> {
    let stamp = format!("seed {seed} size {size} rate {rate}\n");
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
        let planted = rng.chance(rate).then(|| match rng.below(4) {
            0 => Planted::DeathToll,
            1 => Planted::Buildup,
            2 => Planted::Weekday,
            _ => Planted::Spelling,
        });
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

const TITLES: &[&str] = &[
    "Russia and the West trade warnings ahead of security talks",
    "NATO allies weigh response to Russian troop build-up",
    "Diplomats prepare for a week of talks on European security",
    "Kremlin repeats demand for guarantees on NATO expansion",
    "Ukraine says it is ready to defend itself",
    "Markets wobble as tension on Ukraine's border grows",
    "What to know about the Geneva talks",
    "Europe's gas prices climb as pipeline stays idle",
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

/// Lavrov, Ryabkov and Zelensky each in two spellings; the rest in one.
const PEOPLE: &[(&str, &str, &str)] = &[
    ("Sergei Lavrov", "Sergey Lavrov", "Russian Foreign Minister"),
    (
        "Sergei Ryabkov",
        "Sergey Ryabkov",
        "Deputy Foreign Minister",
    ),
    (
        "Volodymyr Zelensky",
        "Volodymyr Zelenskyy",
        "Ukrainian President",
    ),
    (
        "Antony Blinken",
        "Antony Blinken",
        "U.S. Secretary of State",
    ),
    (
        "Wendy Sherman",
        "Wendy Sherman",
        "Deputy Secretary of State",
    ),
    (
        "Jens Stoltenberg",
        "Jens Stoltenberg",
        "NATO Secretary-General",
    ),
    ("Dmitry Peskov", "Dmitry Peskov", "Kremlin spokesman"),
];

const WEEKDAYS: &[&str] = &["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];

const REGIONS: &[&str] = &[
    "Rostov", "Belgorod", "Voronezh", "Kursk", "Bryansk", "Crimea",
];

const FILLER: &[&str] = &[
    "The talks come at a time of high tension between Moscow and the West.",
    "Officials on both sides have played down hopes of a breakthrough.",
    "Diplomats said the agenda remained broad and the positions far apart.",
    "Analysts say the Kremlin wants to redraw the security map of Europe.",
    "Western governments have rejected the idea that any country can veto another's choice of alliances.",
    "The Foreign Ministry did not respond to a request for comment.",
    "Moscow denies that it plans an invasion and says it is free to move forces on its own territory.",
    "European capitals have urged Washington to keep them closely informed.",
    "The dispute has revived memories of the standoffs of the Cold War.",
    "Kyiv has asked its partners for more support, including air defence systems.",
    "Many residents of the border towns say they have grown used to the threat.",
    "The statement gave no further details.",
    "Both sides have accused each other of provocations along the line of contact.",
    "Observers from the Organization for Security and Co-operation in Europe monitor the ceasefire.",
    "Some lawmakers called for new sanctions to be agreed in advance.",
    "The ministry published a draft treaty setting out its demands.",
    "The White House said it was prepared for either path.",
    "Energy traders are watching the talks closely.",
    "Officials described the conversation as frank and businesslike.",
    "The alliance says its door remains open to new members.",
];

const SAID: &[&str] = &[
    "officials said",
    "the ministry said",
    "a spokesman said",
    "diplomats said",
];

/// One article into `out`.
fn article(rng: &mut Rng, planted: Option<Planted>, out: &mut String) {
    // Published between December 15, 2021 and January 9, 2022.
    let day = rng.between(0, 25);
    let (month, dom, year) = if day < 17 {
        (12, 15 + day, 2021)
    } else {
        (1, day - 16, 2022)
    };
    let _ = write!(
        out,
        "---\ntitle: \"{}\"\noutlet: \"{}\"\npublished: {year}-{month:02}-{dom:02}\n---\n\n",
        rng.pick(TITLES),
        rng.pick(OUTLETS),
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
    // Which build-up wording this article uses: "tens of thousands" or "more than
    // 100,000"; both agree with "about 100,000".
    let vague_buildup = rng.chance(0.5);
    let paragraphs = rng.between(8, 14);
    let mut planted_at = planted.map(|_| rng.between(1, paragraphs - 1));
    for p in 0..paragraphs {
        if planted_at == Some(p) {
            planted_at = None;
            match planted {
                Some(Planted::DeathToll) => out.push_str(
                    "Fighting in the Donbas region has left about 9,000 people dead, a monitoring group said.",
                ),
                Some(Planted::Buildup) => {
                    out.push_str("Tens of thousands of Russian troops are massed near the border with Ukraine, officials said. ");
                    out.push_str("More than 100,000 Russian troops have been massed near the border, according to Western officials.");
                }
                Some(Planted::Weekday) => out.push_str(
                    "A NATO-Russia Council meeting is set for Thursday, January 12, 2022, in Brussels.",
                ),
                Some(Planted::Spelling) => {
                    let (first, second) = if spelling {
                        ("Sergei Lavrov", "Sergey Lavrov")
                    } else {
                        ("Sergey Lavrov", "Sergei Lavrov")
                    };
                    let _ = write!(
                        out,
                        "Foreign Minister {first} met the press in Moscow. {second} said Moscow expected a written answer."
                    );
                }
                None => {}
            }
            out.push_str("\n\n");
        }
        match rng.below(12) {
            0 => {
                if vague_buildup {
                    out.push_str("Tens of thousands of Russian troops are massed near the border with Ukraine");
                } else {
                    out.push_str("More than 100,000 Russian troops have been deployed near the border with Ukraine");
                }
                let _ = write!(out, ", {}. ", rng.pick(SAID));
                out.push_str(
                    "About 100,000 troops remain near the border, according to satellite images.",
                );
            }
            1 => {
                let _ = write!(
                    out,
                    "The conflict in eastern Ukraine has killed {} 14,000 people since 2014. ",
                    rng.pick(&["more than", "over", "about", "some"])
                );
                out.push_str(rng.pick(FILLER));
            }
            2 => {
                let troops = rng.between(1, 30) * 100;
                let _ = write!(
                    out,
                    "About {troops} troops took part in exercises in the {} region {}, the defence ministry said. {}",
                    rng.pick(REGIONS),
                    rng.pick(&["on Tuesday", "last week", "this week", "on Friday"]),
                    rng.pick(FILLER),
                );
            }
            3 => {
                out.push_str("Russian and U.S. officials will hold talks in Geneva on Monday, January 10, 2022. ");
                out.push_str("A NATO-Russia Council meeting is set for Wednesday, January 12, 2022, in Brussels.");
            }
            4 => {
                out.push('“');
                out.push_str(rng.pick(&[
                    "We will not allow the alliance to expand further east",
                    "We want legally binding guarantees",
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
                    "The rouble fell {}.{} percent against the dollar {}, and gas prices in Europe rose to ${},{:03} per thousand cubic metres. ",
                    tenths / 10,
                    tenths % 10,
                    rng.pick(&["last month", "on Tuesday", "this week", "yesterday"]),
                    rng.between(1, 2),
                    rng.between(0, 99) * 10,
                );
                out.push_str("The $11 billion Nord Stream 2 pipeline is still awaiting approval.");
            }
            6 => {
                let injured = rng.between(2, 40);
                let _ = write!(
                    out,
                    "At least {injured} people were injured in shelling near the town of {}, {} {}.",
                    rng.pick(&["Avdiivka", "Mariupol", "Shchastia", "Popasna"]),
                    rng.pick(SAID),
                    rng.pick(&["on Sunday", "last week", "in November"]),
                );
            }
            7 => {
                let _ = write!(
                    out,
                    "{} of people have fled the fighting since 2014, and {} more than {},000 remain in shelters. ",
                    rng.pick(&["Hundreds of thousands", "Tens of thousands", "Thousands"]),
                    rng.pick(&["aid agencies say", "the U.N. says"]),
                    rng.between(2, 9) * 5,
                );
                name(rng, out);
                let _ = write!(out, " is due to visit the region next month.");
            }
            8 => {
                name(rng, out);
                let _ = write!(
                    out,
                    " spoke with {} for {} minutes on {}, {}.",
                    rng.pick(&["his counterpart", "European leaders", "reporters"]),
                    rng.between(30, 90),
                    rng.pick(WEEKDAYS),
                    rng.pick(SAID),
                );
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

const PEOPLE_FALLBACK: (&str, &str, &str) = ("Sergei Lavrov", "Sergey Lavrov", "");
