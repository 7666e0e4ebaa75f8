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
    serde_yaml::from_str(yaml)
        .map_err(|err| yaml_error("bad front matter", file, split.yaml.start, &err))
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
