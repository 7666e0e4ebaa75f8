//! YAML front matter: a `---` line at the very top, YAML, and a closing `---` or `...`.

use super::{LoadError, Meta};
use crate::source::{SourceFile, Span};

/// Where front matter sits in a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Split {
    /// The YAML between the fences.
    pub yaml: Span,
    /// Where the article starts, after the closing fence.
    pub body_start: usize,
}

/// Finds front matter at the top of a text. An opening fence with no closing one is
/// not front matter: the text is read as it stands.
pub fn split(text: &str) -> Option<Split> {
    let after_bom = text
        .strip_prefix('\u{feff}')
        .map_or(0, |_| '\u{feff}'.len_utf8());
    let rest = text.get(after_bom..)?;
    let first_end = rest.find('\n')?;
    if rest.get(..first_end)?.trim_end() != "---" {
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
        if line == "---" || line == "..." {
            return Some(Split {
                yaml: Span::new(yaml_start, line_start),
                body_start: (line_end + 1).min(text.len()),
            });
        }
        if line_end >= text.len() {
            break;
        }
        line_start = line_end + 1;
    }
    None
}

/// Reads the metadata of front matter found by [`split`].
pub fn meta(file: &SourceFile, split: Split) -> Result<Meta, LoadError> {
    let yaml = file.slice(split.yaml);
    if yaml.trim().is_empty() {
        return Ok(Meta::default());
    }
    nesting("bad front matter", file, split.yaml)?;
    serde_yaml::from_str(yaml)
        .map_err(|err| yaml_error("bad front matter", file, split.yaml.start, &err))
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

/// A YAML error as a diagnostic pointing into `file`, where the YAML starts at `offset`.
pub fn yaml_error(
    what: &'static str,
    file: &SourceFile,
    offset: usize,
    err: &serde_yaml::Error,
) -> LoadError {
    let at = err
        .location()
        .map_or(offset, |loc| offset + loc.index())
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
    LoadError::Yaml {
        help: "known keys are `title`, `outlet`, `published` (YYYY-MM-DD), `url`, `role` (`source` or `draft`), `body-from` and `body-until`",
        what,
        path: file.name.clone(),
        reason,
        src: file.named_source(),
        at: Span::new(at, end).into(),
    }
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
    fn unknown_keys_point_at_their_line() {
        let text = "---\ntitle: A\npublishd: 2021-12-22\n---\nBody.\n";
        let file = SourceFile::new("a.md", text);
        let err = meta(&file, split(text).unwrap()).unwrap_err();
        let LoadError::Yaml { at, reason, .. } = err else {
            panic!("wrong error {err:?}")
        };
        assert!(reason.contains("unknown field `publishd`"), "{reason}");
        assert_eq!(
            text.get(at.offset()..at.offset() + at.len()),
            Some("publishd: 2021-12-22")
        );
    }
}
