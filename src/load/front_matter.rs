//! Front matter: a `---` line at the very top, YAML, and a closing `---` or `...`; or
//! (Hugo) a `+++` line, TOML, and a closing `+++`.
//!
//! Front matter belongs to the user's tooling (a CMS, Hugo, Jekyll): keys claimlint does
//! not know (`author`, `tags`, `draft`) are ignored and listed in [`Meta::ignored`];
//! `date` (Hugo, Jekyll) is the publication date when `published` is not given; a date
//! may carry a time (`2023-02-06T10:00:00Z`), of which the date as written is kept.

use chrono::NaiveDate;
use serde::Deserialize;

use super::{LoadError, Meta, Role};
use crate::source::{SourceFile, Span};

/// Where front matter sits in a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Split {
    /// The YAML (or TOML) between the fences.
    pub yaml: Span,
    /// Where the article starts, after the closing fence.
    pub body_start: usize,
    /// TOML between `+++` fences, not YAML.
    pub toml: bool,
}

/// The keys front matter may set; any other is ignored.
const KNOWN: [&str; 8] = [
    "title",
    "outlet",
    "published",
    "date",
    "url",
    "role",
    "body-from",
    "body-until",
];

/// Front matter as read, before `date` gives way to `published`.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "kebab-case")]
struct Front {
    title: Option<String>,
    outlet: Option<String>,
    published: Option<FrontDate>,
    date: Option<FrontDate>,
    url: Option<String>,
    role: Option<Role>,
    body_from: Option<String>,
    body_until: Option<String>,
}

/// A date, or a date and time of which the date as written is kept.
#[derive(Debug, Clone, Copy)]
struct FrontDate(NaiveDate);

impl<'de> Deserialize<'de> for FrontDate {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        parse_date(&text).map(FrontDate).ok_or_else(|| {
            serde::de::Error::custom(format!(
                "`{text}` is not a date such as 2021-12-22 or 2021-12-22T10:00:00Z"
            ))
        })
    }
}

/// `2021-12-22`, `2021-12-22T10:00:00Z`, `2021-12-22 10:00:00 +0000`: the date.
fn parse_date(text: &str) -> Option<NaiveDate> {
    let text = text.trim();
    let (date, rest) = (text.get(..10)?, text.get(10..)?);
    if !(rest.is_empty() || rest.starts_with('T') || rest.starts_with(' ')) {
        return None;
    }
    // Four, two and two ASCII digits are read at once; any other form by chrono.
    let b = date.as_bytes();
    let digits = |r: std::ops::Range<usize>| {
        b.get(r).and_then(|d| {
            d.iter().try_fold(0u32, |n, &c| {
                c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0'))
            })
        })
    };
    if b.get(4) == Some(&b'-') && b.get(7) == Some(&b'-') {
        if let (Some(y), Some(m), Some(d)) = (digits(0..4), digits(5..7), digits(8..10)) {
            return i32::try_from(y)
                .ok()
                .and_then(|y| NaiveDate::from_ymd_opt(y, m, d));
        }
    }
    NaiveDate::parse_from_str(date, "%Y-%m-%d").ok()
}

impl Front {
    fn into_meta(self, ignored: Vec<String>) -> Meta {
        Meta {
            title: self.title,
            outlet: self.outlet,
            published: self.published.or(self.date).map(|d| d.0),
            url: self.url,
            role: self.role,
            body_from: self.body_from,
            body_until: self.body_until,
            ignored,
        }
    }
}

/// Finds front matter at the top of a text. An opening fence with no closing one is
/// not front matter: the text is read as it stands.
pub fn split(text: &str) -> Option<Split> {
    let after_bom = text
        .strip_prefix('\u{feff}')
        .map_or(0, |_| '\u{feff}'.len_utf8());
    let rest = text.get(after_bom..)?;
    let first_end = rest.find('\n')?;
    let fence = rest.get(..first_end)?.trim_end();
    let toml = fence == "+++";
    if fence != "---" && !toml {
        return None;
    }
    let yaml_start = after_bom + first_end + 1;
    let mut line_start = yaml_start;
    while line_start <= text.len() {
        let line_end = text
            .get(line_start..)?
            .find('\n')
            .map_or(text.len(), |i| line_start + i);
        let line = text.get(line_start..line_end)?.trim_end();
        let closes = if toml {
            line == "+++"
        } else {
            line == "---" || line == "..."
        };
        if closes {
            return Some(Split {
                yaml: Span::new(yaml_start, line_start),
                body_start: (line_end + 1).min(text.len()),
                toml,
            });
        }
        if line_end >= text.len() {
            break;
        }
        line_start = line_end + 1;
    }
    None
}

/// Reads the metadata of front matter found by [`split`]. Unknown keys are ignored and
/// listed in [`Meta::ignored`].
pub fn meta(file: &SourceFile, split: Split) -> Result<Meta, LoadError> {
    let text = file.slice(split.yaml);
    if text.trim().is_empty() {
        return Ok(Meta::default());
    }
    if split.toml {
        return toml_meta(file, split);
    }
    // Front matter of the plainest form nests nowhere (its only bytes outside quotes
    // are known keys, `: ` and bare dates), so the nesting test is made only before
    // the YAML reader.
    if let Some(meta) = plain_meta(text) {
        return Ok(meta);
    }
    nesting("bad front matter", file, split.yaml)?;
    yaml_meta(file, split)
}

/// [`meta`] by the YAML reader.
fn yaml_meta(file: &SourceFile, split: Split) -> Result<Meta, LoadError> {
    let text = file.slice(split.yaml);
    // The YAML is parsed once, into a mapping, which gives the keys (for the list of
    // those ignored) and, nearly always, the fields. Where the mapping does not give
    // the fields (a figure where text is wanted, a bad date) or is no mapping, the text
    // is read again straight into the fields, as before, for the same value or error.
    let map = serde_yaml::from_str::<serde_yaml::Mapping>(text).ok();
    let keys: Vec<String> = map
        .as_ref()
        .map(|map| map.keys().map(key_name).collect())
        .unwrap_or_default();
    let front = match map
        .and_then(|map| serde_yaml::from_value::<Front>(serde_yaml::Value::Mapping(map)).ok())
    {
        Some(front) => front,
        None => serde_yaml::from_str(text)
            .map_err(|err| yaml_error("bad front matter", file, split.yaml.start, &err))?,
    };
    Ok(front.into_meta(ignored(keys)))
}

/// Front matter of the plainest form, read without the YAML reader: every line blank
/// or `key: value` with a known key of a text or date field, given once, and a value
/// that is a double-quoted string of printable ASCII with no escape, or a bare date
/// (`2022-01-01`). These read as themselves in YAML; anything else (another key, a
/// plain scalar, an escape, a key twice, a bad date) is `None`, left to the YAML reader
/// for the same value or error. Most generated and CMS front matter has this form, and
/// the YAML reader cost more than the rest of loading a short article.
fn plain_meta(text: &str) -> Option<Meta> {
    let mut front = Front::default();
    for line in text.split('\n') {
        if line.is_empty() {
            continue;
        }
        let (key, value) = line.split_once(": ")?;
        let value = plain_value(value)?;
        let text_slot = match key {
            "title" => &mut front.title,
            "outlet" => &mut front.outlet,
            "url" => &mut front.url,
            "published" | "date" => {
                let date = FrontDate(parse_date(value)?);
                let slot = if key == "published" {
                    &mut front.published
                } else {
                    &mut front.date
                };
                if slot.replace(date).is_some() {
                    return None;
                }
                continue;
            }
            _ => return None,
        };
        if text_slot.replace(value.to_owned()).is_some() {
            return None;
        }
    }
    Some(front.into_meta(Vec::new()))
}

/// The text of a value [`plain_meta`] reads: a double-quoted string of printable ASCII
/// without `"` or `\` inside, or a bare date of ten characters (`2022-01-01`).
fn plain_value(value: &str) -> Option<&str> {
    if let Some(inner) = value.strip_prefix('"').and_then(|v| v.strip_suffix('"')) {
        let printable = inner
            .bytes()
            .all(|b| (0x20..0x7f).contains(&b) && b != b'"' && b != b'\\');
        return printable.then_some(inner);
    }
    let bytes = value.as_bytes();
    let bare_date = bytes.len() == 10
        && bytes.iter().enumerate().all(|(i, b)| match i {
            4 | 7 => *b == b'-',
            _ => b.is_ascii_digit(),
        });
    bare_date.then_some(value)
}

/// How deep YAML may nest (flow `[`/`{` or block indentation). No metadata needs more
/// than a few levels; the YAML reader slows down quadratically on deep nesting
/// (100,000 `[` took minutes), so deeper YAML is refused before it is read.
pub const MAX_YAML_DEPTH: usize = 64;

/// Refuses YAML in `span` of `file` that nests deeper than [`MAX_YAML_DEPTH`], pointing
/// at where it does. A cheap pass over the bytes: brackets inside quoted scalars and
/// comments do not count.
pub fn nesting(what: &'static str, file: &SourceFile, span: Span) -> Result<(), LoadError> {
    let bytes = file.text.as_bytes().get(span.range()).unwrap_or(&[]);
    let mut depth = 0usize;
    let mut quote: Option<u8> = None;
    let mut comment = false;
    // The last byte outside scalars that is not a space: a quote opens a quoted scalar
    // only where a scalar can start (`it's` in a plain scalar opens nothing).
    let mut last = b'\n';
    // Block sequences opened on one line (`- - - x` nests three deep).
    let mut dashes = 0usize;
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        let before = i.checked_sub(1).and_then(|j| bytes.get(j)).copied();
        let after = bytes.get(i + 1).copied();
        i += 1;
        if b == b'\n' {
            comment = false;
            dashes = 0;
            if quote.is_none() {
                last = b'\n';
            }
            continue;
        }
        if comment {
            continue;
        }
        if let Some(q) = quote {
            if q == b'"' && b == b'\\' {
                i += 1;
            } else if b == q {
                quote = None;
                last = b;
            }
            continue;
        }
        match b {
            b' ' | b'\t' => continue,
            b'#' if matches!(before, None | Some(b' ' | b'\t' | b'\n')) => {
                comment = true;
                continue;
            }
            b'\'' | b'"' if matches!(last, b'\n' | b':' | b',' | b'[' | b'{' | b'-' | b'?') => {
                quote = Some(b);
            }
            b'[' | b'{' => depth += 1,
            b']' | b'}' => depth = depth.saturating_sub(1),
            b'-' | b'?'
                if matches!(last, b'\n' | b'-' | b'?') && matches!(after, Some(b' ' | b'\t')) =>
            {
                dashes += 1;
            }
            _ => {}
        }
        if depth + dashes > MAX_YAML_DEPTH {
            let at = span.start + i - 1;
            return Err(LoadError::Yaml {
                help: "metadata needs a few levels of nesting at most",
                what,
                path: file.name.clone(),
                reason: format!("the YAML nests deeper than {MAX_YAML_DEPTH} levels"),
                src: file.named_source(),
                at: Span::new(at, at + 1).into(),
            });
        }
        last = b;
    }
    Ok(())
}

/// A map that refuses a key given twice (serde's maps keep the last silently), for
/// `sources.yaml` entries and the configuration's `severity:`.
pub fn unique_map<'de, D, V>(
    deserializer: D,
) -> Result<std::collections::BTreeMap<String, V>, D::Error>
where
    D: serde::Deserializer<'de>,
    V: serde::Deserialize<'de>,
{
    struct Visitor<V>(std::marker::PhantomData<V>);
    impl<'de, V: serde::Deserialize<'de>> serde::de::Visitor<'de> for Visitor<V> {
        type Value = std::collections::BTreeMap<String, V>;
        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("a map")
        }
        fn visit_map<A: serde::de::MapAccess<'de>>(
            self,
            mut map: A,
        ) -> Result<Self::Value, A::Error> {
            let mut out = std::collections::BTreeMap::new();
            while let Some(key) = map.next_key::<String>()? {
                if out.contains_key(&key) {
                    return Err(serde::de::Error::custom(format!("`{key}` is given twice")));
                }
                let value = map.next_value()?;
                out.insert(key, value);
            }
            Ok(out)
        }
    }
    deserializer.deserialize_map(Visitor(std::marker::PhantomData))
}

fn key_name(key: &serde_yaml::Value) -> String {
    match key {
        serde_yaml::Value::String(s) => s.clone(),
        other => serde_yaml::to_string(other)
            .map(|s| s.trim().to_owned())
            .unwrap_or_default(),
    }
}

/// The keys that are not [`KNOWN`], in order.
fn ignored(keys: Vec<String>) -> Vec<String> {
    keys.into_iter()
        .filter(|k| !KNOWN.contains(&k.as_str()))
        .collect()
}

/// TOML front matter (`+++`). Dates may be TOML dates or strings.
fn toml_meta(file: &SourceFile, split: Split) -> Result<Meta, LoadError> {
    let text = file.slice(split.yaml);
    let error = |reason: String, at: usize| {
        let at = (split.yaml.start + at).min(split.yaml.end);
        let end = file
            .text
            .get(at..split.yaml.end)
            .and_then(|rest| rest.find('\n'))
            .map_or(split.yaml.end, |i| at + i)
            .max((at + 1).min(split.yaml.end));
        LoadError::Yaml {
            help: FRONT_HELP,
            what: "bad front matter",
            path: file.name.clone(),
            reason,
            src: file.named_source(),
            at: Span::new(at, end).into(),
        }
    };
    let table: toml::Table = toml::from_str(text).map_err(|e| {
        let at = e.span().map_or(0, |s| s.start);
        error(e.message().to_owned(), at)
    })?;
    let keys: Vec<String> = table.keys().cloned().collect();
    // TOML dates become their text, which [`FrontDate`] reads.
    let json = serde_json::Value::Object(
        table
            .into_iter()
            .filter(|(k, _)| KNOWN.contains(&k.as_str()))
            .map(|(k, v)| (k, toml_to_json(v)))
            .collect(),
    );
    let front: Front = serde_json::from_value(json).map_err(|e| error(e.to_string(), 0))?;
    Ok(front.into_meta(ignored(keys)))
}

fn toml_to_json(value: toml::Value) -> serde_json::Value {
    match value {
        toml::Value::String(s) => serde_json::Value::String(s),
        toml::Value::Integer(i) => serde_json::Value::from(i),
        toml::Value::Float(f) => serde_json::Value::from(f),
        toml::Value::Boolean(b) => serde_json::Value::Bool(b),
        toml::Value::Datetime(d) => serde_json::Value::String(d.to_string()),
        toml::Value::Array(a) => {
            serde_json::Value::Array(a.into_iter().map(toml_to_json).collect())
        }
        toml::Value::Table(t) => {
            serde_json::Value::Object(t.into_iter().map(|(k, v)| (k, toml_to_json(v))).collect())
        }
    }
}

const FRONT_HELP: &str = "front matter keys claimlint reads are `title`, `outlet`, `published` or `date` (YYYY-MM-DD), `url`, `role` (`source` or `draft`), `body-from` and `body-until`; others are ignored";

/// A YAML error as a diagnostic pointing into `file`, where the YAML starts at `offset`.
pub fn yaml_error(
    what: &'static str,
    file: &SourceFile,
    offset: usize,
    err: &serde_yaml::Error,
) -> LoadError {
    // A custom error (a bad date) quotes its value: point at it.
    let quoted = || {
        let message = err.to_string();
        let value = message.split('`').nth(1)?.to_owned();
        file.text
            .get(offset..)?
            .find(value.as_str())
            .map(|i| offset + i)
    };
    // serde_yaml places a custom error at the start of its mapping; the value is better.
    let custom = err.to_string().starts_with('`');
    let at = if custom { quoted() } else { None }
        .or_else(|| err.location().map(|loc| offset + loc.index()))
        .unwrap_or(offset)
        .min(file.text.len());
    // Underline from the error to the end of its line, at least one character.
    let line_end = file
        .text
        .get(at..)
        .and_then(|rest| rest.find('\n'))
        .map_or(file.text.len(), |i| at + i);
    let end = if line_end > at {
        line_end
    } else {
        file.text
            .get(at..)
            .and_then(|rest| rest.chars().next())
            .map_or(at, |c| at + c.len_utf8())
    };
    let mut reason = err.to_string();
    // serde_yaml appends " at line L column C"; the label shows the place instead.
    if let Some(cut) = reason.find(" at line ") {
        reason.truncate(cut);
    }
    if let Some(with_hint) = did_you_mean(&reason) {
        reason = with_hint;
    }
    LoadError::Yaml {
        help: if what == "bad front matter" {
            FRONT_HELP
        } else {
            "known keys are `title`, `outlet`, `published` (YYYY-MM-DD), `url`, `role` (`source` or `draft`), `body-from` and `body-until`"
        },
        what,
        path: file.name.clone(),
        reason,
        src: file.named_source(),
        at: Span::new(at, end).into(),
    }
}

/// serde's "unknown field `fail_on`, expected one of `rules`, `fail-on` …" with the
/// nearest expected name after the unknown one: "… `fail_on` (did you mean `fail-on`?) …".
fn did_you_mean(reason: &str) -> Option<String> {
    let (before, rest) = reason.split_once("unknown field `")?;
    let (unknown, expected) = rest.split_once('`')?;
    let normal = unknown.to_lowercase().replace('_', "-");
    let best = expected
        .split('`')
        .skip(1)
        .step_by(2)
        .map(|name| (strsim::levenshtein(&normal, name), name))
        .filter(|&(distance, name)| distance <= 2.max(name.len() / 3))
        .min_by_key(|&(distance, _)| distance)?;
    Some(format!(
        "{before}unknown field `{unknown}` (did you mean `{}`?){expected}",
        best.1
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_front_matter_and_body() {
        let text = "---\ntitle: A\npublished: 2021-12-22\n---\nBody.\n";
        let split = split(text).unwrap();
        assert_eq!(
            text.get(split.yaml.range()).unwrap(),
            "title: A\npublished: 2021-12-22\n"
        );
        assert_eq!(text.get(split.body_start..).unwrap(), "Body.\n");
        let file = SourceFile::new("a.md", text);
        let meta = meta(&file, split).unwrap();
        assert_eq!(meta.title.as_deref(), Some("A"));
        assert_eq!(
            meta.published.map(|d| d.to_string()).as_deref(),
            Some("2021-12-22")
        );
    }

    #[test]
    fn plain_front_matter_reads_as_the_yaml_reader_reads_it() {
        let plain = [
            "title: \"A: b # c\"\noutlet: \"Daily Courier\"\npublished: 2022-01-01\n",
            "\ntitle: \" spaced \"\n\ndate: \"2023-02-06T10:00:00Z\"\nurl: \"https://x.test/a?b=c\"\n",
            "published: 2022-01-01\ndate: 2021-01-01\n",
            "title: \"\"\n",
            "title: 2022-01-01\n",
        ];
        for yaml in plain {
            let text = format!("---\n{yaml}---\nBody.\n");
            let split = split(&text).unwrap();
            let file = SourceFile::new("a.md", text.as_str());
            let fast = plain_meta(file.slice(split.yaml)).unwrap();
            assert_eq!(fast, yaml_meta(&file, split).unwrap(), "{yaml}");
        }
        // Left to the YAML reader: plain scalars, escapes, other keys, a key twice,
        // a bad date, other spacing, other scripts.
        for yaml in [
            "title: A\n",
            "title: \"a\\\"b\"\n",
            "title: \"a\\nb\"\n",
            "role: draft\n",
            "author: \"X\"\n",
            "title: \"A\"\ntitle: \"B\"\n",
            "published: 2022-13-45\n",
            "published:  2022-01-01\n",
            "title: \"A\" # note\n",
            "title: \"Kyiv’s\"\n",
            "title: \"A\"\r\n",
            "  title: \"A\"\n",
        ] {
            assert_eq!(plain_meta(yaml), None, "{yaml}");
        }
    }

    #[test]
    fn an_unclosed_fence_is_not_front_matter() {
        assert_eq!(split("---\ntitle: A\nBody.\n"), None);
        assert_eq!(split("Body\n---\n"), None);
        assert_eq!(split("---"), None);
    }

    #[test]
    fn deep_flow_nesting_is_refused_and_quoted_brackets_are_not_counted() {
        let deep = format!("title: {}\n", "[".repeat(100_000));
        let file = SourceFile::new("a.yaml", deep);
        let err = nesting("bad", &file, Span::new(0, file.text.len())).unwrap_err();
        assert!(err.to_string().contains("nests deeper than 64"), "{err}");
        let dashes = format!("documents: {}x\n", "- ".repeat(100_000));
        let file = SourceFile::new("a.yaml", dashes);
        assert!(nesting("bad", &file, Span::new(0, file.text.len())).is_err());
        let list = "off:\n- a\n- b\nsources: [a, b, {c: d}]\n".repeat(100);
        let file = SourceFile::new("a.yaml", list);
        assert!(nesting("bad", &file, Span::new(0, file.text.len())).is_ok());
        let quoted = format!(
            "title: '{0}'\nurl: \"{0}\" # {0}\noutlet: it's {{a: [b]}}\n",
            "[".repeat(100)
        );
        let file = SourceFile::new("a.yaml", quoted);
        assert!(nesting("bad", &file, Span::new(0, file.text.len())).is_ok());
    }

    #[test]
    fn unknown_keys_are_ignored_and_listed() {
        let text = "---\ntitle: A\nauthor: B\ntags: [x]\ndraft: true\ndate: 2023-02-06T10:00:00Z\n---\nBody.\n";
        let file = SourceFile::new("a.md", text);
        let meta = meta(&file, split(text).unwrap()).unwrap();
        assert_eq!(meta.ignored, ["author", "tags", "draft"]);
        assert_eq!(meta.published.unwrap().to_string(), "2023-02-06");
    }

    #[test]
    fn published_wins_over_date() {
        let text = "---\ndate: 2023-02-01\npublished: 2023-02-06\n---\nBody.\n";
        let file = SourceFile::new("a.md", text);
        let meta = meta(&file, split(text).unwrap()).unwrap();
        assert_eq!(meta.published.unwrap().to_string(), "2023-02-06");
    }

    #[test]
    fn toml_front_matter_is_read() {
        let text =
            "+++\ntitle = \"A\"\ndate = 2023-02-06T08:00:00-05:00\ndraft = true\n+++\nBody.\n";
        let split = split(text).unwrap();
        assert!(split.toml);
        assert_eq!(text.get(split.body_start..), Some("Body.\n"));
        let file = SourceFile::new("a.md", text);
        let meta = meta(&file, split).unwrap();
        assert_eq!(meta.title.as_deref(), Some("A"));
        assert_eq!(meta.published.unwrap().to_string(), "2023-02-06");
        assert_eq!(meta.ignored, ["draft"]);
    }

    #[test]
    fn a_misspelt_key_gets_a_suggestion() {
        assert_eq!(
            did_you_mean("unknown field `fail_on`, expected one of `rules`, `fail-on`").as_deref(),
            Some(
                "unknown field `fail_on` (did you mean `fail-on`?), expected one of `rules`, `fail-on`"
            )
        );
        assert_eq!(did_you_mean("unknown field `zzz`, expected `rules`"), None);
    }

    #[test]
    fn a_bad_date_points_at_its_line() {
        let text = "---\ntitle: A\ndate: yesterday\n---\nBody.\n";
        let file = SourceFile::new("a.md", text);
        let err = meta(&file, split(text).unwrap()).unwrap_err();
        let LoadError::Yaml { at, reason, .. } = err else {
            panic!("wrong error {err:?}")
        };
        assert!(reason.contains("`yesterday` is not a date"), "{reason}");
        assert!(
            text.get(at.offset()..).unwrap().starts_with("yesterday"),
            "{reason} {:?}",
            text.get(at.offset()..)
        );
    }
}
