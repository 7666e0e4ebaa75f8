//! The hand-made gold of `tests/claims/gold.yaml`: which facts of the corpus are the same
//! claim, which pairs the sources really disagree on, which pairs only look alike. Read and
//! resolved against the corpus: every mention becomes a file and a byte span.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::ops::Range;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use serde::Deserialize;

/// What a claim states.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// A quantity: a toll, a magnitude, a count.
    Figure,
    /// The date of an event.
    Date,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct GoldFile {
    stories: Vec<StoryFile>,
    unrelated: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct StoryFile {
    name: String,
    claims: Vec<ClaimFile>,
    #[serde(default)]
    disagreements: Vec<DisagreementFile>,
    #[serde(default, rename = "not-same")]
    not_same: Vec<NotSameFile>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ClaimFile {
    id: String,
    description: String,
    kind: Kind,
    mentions: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct DisagreementFile {
    mention: String,
    with: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct NotSameFile {
    a: String,
    b: Vec<String>,
}

/// One place a claim is stated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    /// The article, relative to the corpus root (`story/nn-outlet.md`).
    pub file: PathBuf,
    /// The text as written in the gold.
    pub text: String,
    /// Where it is in the whole file (front matter included), in bytes.
    pub span: Range<usize>,
}

impl std::fmt::Display for Mention {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}@{}", self.file.display(), self.text)
    }
}

/// One claim and everywhere it is stated.
#[derive(Debug, Clone)]
pub struct Claim {
    /// `story/id`.
    pub id: String,
    /// What it counts or dates, and as of when.
    pub description: String,
    /// A figure or a date.
    pub kind: Kind,
    /// Its mentions, in the order of the gold.
    pub mentions: Vec<Mention>,
}

impl Claim {
    /// How many different articles state it.
    pub fn documents(&self) -> usize {
        let mut files: Vec<&Path> = self.mentions.iter().map(|m| m.file.as_path()).collect();
        files.sort();
        files.dedup();
        files.len()
    }
}

/// Two groups of mentions: each of `a` against each of `b`.
#[derive(Debug, Clone)]
pub struct Pair {
    /// The reference as written, for reports.
    pub name: String,
    /// One side.
    pub a: Vec<Mention>,
    /// The other side.
    pub b: Vec<Mention>,
}

impl Pair {
    /// Whether one of `spans` lies on a mention of `a` and another on one of `b`.
    pub fn joined_by(&self, spans: &[(PathBuf, Range<usize>)]) -> bool {
        let hits = |side: &[Mention]| -> Vec<usize> {
            spans
                .iter()
                .enumerate()
                .filter(|(_, (path, span))| {
                    side.iter()
                        .any(|m| &m.file == path && overlaps(&m.span, span))
                })
                .map(|(i, _)| i)
                .collect()
        };
        let a = hits(&self.a);
        let b = hits(&self.b);
        a.iter().any(|i| b.iter().any(|j| i != j))
    }
}

impl Pair {
    /// Whether the first of `spans` (a finding's primary label) lies on a mention of one
    /// side and another of them on a mention of the other side.
    pub fn joined_from_first(&self, spans: &[(PathBuf, Range<usize>)]) -> bool {
        let on = |side: &[Mention], (path, span): &(PathBuf, Range<usize>)| {
            side.iter()
                .any(|m| &m.file == path && overlaps(&m.span, span))
        };
        let Some((first, rest)) = spans.split_first() else {
            return false;
        };
        (on(&self.a, first) && rest.iter().any(|s| on(&self.b, s)))
            || (on(&self.b, first) && rest.iter().any(|s| on(&self.a, s)))
    }
}

/// Whether two byte ranges share a byte.
pub fn overlaps(a: &Range<usize>, b: &Range<usize>) -> bool {
    a.start < b.end && b.start < a.end
}

/// One article of the corpus.
#[derive(Debug, Clone)]
pub struct Article {
    /// The whole file.
    pub text: String,
    /// Where the body starts, after the front matter.
    pub body: usize,
    /// The `published:` date of the front matter.
    pub published: Option<NaiveDate>,
}

/// The gold, resolved against the corpus.
#[derive(Debug, Clone)]
pub struct Gold {
    /// The corpus root (`tests/claims`).
    pub root: PathBuf,
    /// The stories' folders, in order.
    pub stories: Vec<String>,
    /// The folder of articles on other topics.
    pub unrelated: String,
    /// Every claim.
    pub claims: Vec<Claim>,
    /// Pairs the sources really disagree on.
    pub disagreements: Vec<Pair>,
    /// Pairs that look alike but are different claims.
    pub not_same: Vec<Pair>,
    /// Every article of the stories and of the unrelated folder, by path relative to `root`.
    pub articles: BTreeMap<PathBuf, Article>,
}

impl Gold {
    /// The folders to check: each story's and the unrelated one, under `root` (the
    /// corpus root or a copy of it).
    pub fn folders(&self, root: &Path) -> Vec<PathBuf> {
        self.stories
            .iter()
            .chain(std::iter::once(&self.unrelated))
            .map(|s| root.join(s))
            .collect()
    }

    /// The claim of an id (`story/id`).
    pub fn claim(&self, id: &str) -> Option<&Claim> {
        self.claims.iter().find(|c| c.id == id)
    }
}

/// Reads `root/gold.yaml` and the articles of the folders it names, and resolves every
/// mention. All problems are reported at once, one per line.
pub fn load(root: &Path) -> Result<Gold, String> {
    let gold_path = root.join("gold.yaml");
    let yaml = std::fs::read_to_string(&gold_path)
        .map_err(|e| format!("cannot read {}: {e}", gold_path.display()))?;
    let file: GoldFile =
        serde_yaml::from_str(&yaml).map_err(|e| format!("{}: {e}", gold_path.display()))?;
    let mut errors = Vec::new();
    let mut articles = BTreeMap::new();
    let folders = file
        .stories
        .iter()
        .map(|s| s.name.as_str())
        .chain(std::iter::once(file.unrelated.as_str()));
    for folder in folders {
        match read_folder(root, folder) {
            Ok(found) => articles.extend(found),
            Err(e) => errors.push(e),
        }
    }
    let mut claims = Vec::new();
    let mut disagreements = Vec::new();
    let mut not_same = Vec::new();
    for story in &file.stories {
        let mut by_id: BTreeMap<&str, Vec<Mention>> = BTreeMap::new();
        for claim in &story.claims {
            let mut mentions = Vec::new();
            for reference in &claim.mentions {
                match mention(&articles, &story.name, reference) {
                    Ok(m) => mentions.push(m),
                    Err(e) => errors.push(format!("{}/{}: {e}", story.name, claim.id)),
                }
            }
            if claim.mentions.is_empty() {
                errors.push(format!("{}/{}: no mentions", story.name, claim.id));
            }
            if by_id.insert(&claim.id, mentions.clone()).is_some() {
                errors.push(format!("{}/{}: claim id used twice", story.name, claim.id));
            }
            claims.push(Claim {
                id: format!("{}/{}", story.name, claim.id),
                description: claim.description.clone(),
                kind: claim.kind,
                mentions,
            });
        }
        let mut side = |reference: &str| -> Vec<Mention> {
            match reference.strip_prefix("claim:") {
                Some(id) => by_id.get(id).cloned().unwrap_or_else(|| {
                    errors.push(format!("{}: no claim `{id}`", story.name));
                    Vec::new()
                }),
                None => match mention(&articles, &story.name, reference) {
                    Ok(m) => vec![m],
                    Err(e) => {
                        errors.push(format!("{}: {e}", story.name));
                        Vec::new()
                    }
                },
            }
        };
        for d in &story.disagreements {
            let a = side(&d.mention);
            // The same value restated in the same article does not disagree with itself.
            let b = d
                .with
                .iter()
                .flat_map(|r| side(r))
                .filter(|m| !a.iter().any(|x| x.file == m.file && x.text == m.text))
                .collect();
            disagreements.push(Pair {
                name: format!("{}: {} vs {}", story.name, d.mention, d.with.join(", ")),
                a,
                b,
            });
        }
        for n in &story.not_same {
            not_same.push(Pair {
                name: format!("{}: {} vs {}", story.name, n.a, n.b.join(", ")),
                a: side(&n.a),
                b: n.b.iter().flat_map(|r| side(r)).collect(),
            });
        }
    }
    if !errors.is_empty() {
        let mut message = String::new();
        for e in &errors {
            let _ = writeln!(message, "{e}");
        }
        return Err(message);
    }
    Ok(Gold {
        root: root.to_path_buf(),
        stories: file.stories.iter().map(|s| s.name.clone()).collect(),
        unrelated: file.unrelated,
        claims,
        disagreements,
        not_same,
        articles,
    })
}

/// The `.md` articles of one folder, sorted.
fn read_folder(root: &Path, folder: &str) -> Result<Vec<(PathBuf, Article)>, String> {
    let dir = root.join(folder);
    let entries =
        std::fs::read_dir(&dir).map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
    let mut names: Vec<String> = entries
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".md"))
        .collect();
    names.sort();
    let mut out = Vec::new();
    for name in names {
        let path = dir.join(&name);
        let text = std::fs::read_to_string(&path)
            .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        out.push((Path::new(folder).join(&name), article(text)));
    }
    Ok(out)
}

/// An article's text, its body start and its publication date.
pub fn article(text: String) -> Article {
    let (body, published) = front_matter(&text);
    Article {
        text,
        body,
        published,
    }
}

/// Where the body starts and the `published:` date, from a `---` fenced front matter.
fn front_matter(text: &str) -> (usize, Option<NaiveDate>) {
    let Some(rest) = text.strip_prefix("---\n") else {
        return (0, None);
    };
    let Some(end) = rest.find("\n---\n") else {
        return (0, None);
    };
    let yaml = rest.get(..end).unwrap_or_default();
    let published = yaml.lines().find_map(|line| {
        line.strip_prefix("published:")
            .and_then(|d| NaiveDate::parse_from_str(d.trim(), "%Y-%m-%d").ok())
    });
    (4 + end + 5, published)
}

/// Resolves `FILE@TEXT` or `FILE@TEXT#N` within a story.
fn mention(
    articles: &BTreeMap<PathBuf, Article>,
    story: &str,
    reference: &str,
) -> Result<Mention, String> {
    let (file, rest) = reference
        .split_once('@')
        .ok_or_else(|| format!("`{reference}` is not FILE@TEXT"))?;
    let (text, nth) = match rest.rsplit_once('#') {
        Some((text, n)) => (
            text,
            n.parse::<usize>()
                .map_err(|_| format!("`{reference}`: `#{n}` is not a number"))?,
        ),
        None => (rest, 0),
    };
    let path = Path::new(story).join(file);
    let article = articles
        .get(&path)
        .ok_or_else(|| format!("`{reference}`: no article {}", path.display()))?;
    let found = occurrences(&article.text, article.body, text);
    let start = found.get(nth).copied().ok_or_else(|| {
        format!(
            "`{reference}`: `{text}` occurs {} time(s) in the body of {}",
            found.len(),
            path.display()
        )
    })?;
    Ok(Mention {
        file: path,
        text: text.to_owned(),
        span: start..start + text.len(),
    })
}

/// Where `needle` occurs as a whole word in `text` from `from` on.
pub fn occurrences(text: &str, from: usize, needle: &str) -> Vec<usize> {
    let Some(body) = text.get(from..) else {
        return Vec::new();
    };
    if needle.is_empty() {
        return Vec::new();
    }
    body.match_indices(needle)
        .map(|(i, _)| from + i)
        .filter(|&start| {
            let mut back = text.get(..start).unwrap_or_default().chars().rev();
            let before = back.next();
            let before_that = back.next();
            let after = text.get(start + needle.len()..).unwrap_or_default();
            let mut next = after.chars();
            let first = next.next();
            let second = next.next();
            let word_before = before.is_some_and(char::is_alphanumeric)
                || (matches!(before, Some(',' | '.'))
                    && before_that.is_some_and(|c| c.is_ascii_digit()));
            let word_after = first.is_some_and(char::is_alphanumeric)
                || (matches!(first, Some(',' | '.')) && second.is_some_and(|c| c.is_ascii_digit()));
            !word_before && !word_after
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_words_only() {
        let text = "15,000 and 5,000 and 5,000.5 and 5,000, then a5,000";
        assert_eq!(occurrences(text, 0, "5,000"), vec![11, 33]);
        assert_eq!(occurrences("Monday’s quake", 0, "Monday"), vec![0]);
        assert_eq!(occurrences("Mondays", 0, "Monday"), Vec::<usize>::new());
        assert_eq!(occurrences("5,000 and 1.5", 0, "000"), Vec::<usize>::new());
        assert_eq!(occurrences("1.5", 0, "5"), Vec::<usize>::new());
    }

    #[test]
    fn front_matter_is_skipped() {
        let a = article("---\ntitle: 5\npublished: 2023-02-07\n---\n# 5 dead\n".into());
        assert_eq!(a.text.get(a.body..), Some("# 5 dead\n"));
        assert_eq!(a.published, NaiveDate::from_ymd_opt(2023, 2, 7));
        assert_eq!(occurrences(&a.text, a.body, "5"), vec![a.body + 2]);
    }
}
