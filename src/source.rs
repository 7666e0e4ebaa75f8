//! Source texts and byte spans: every document and rule file is held once, as an
//! `Arc<str>` with its display name, and everything downstream points into it by
//! `SourceId` and `Span`.

use std::ops::Range;
use std::sync::Arc;

use serde::Serialize;

/// Index of a text in a [`SourceMap`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct SourceId(pub u32);

/// A half-open byte range `start..end` into one source text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// A span over `start..end`.
    pub fn new(start: usize, end: usize) -> Self {
        Self { start, end }
    }

    /// The span as a `Range`, for `str::get`.
    pub fn range(self) -> Range<usize> {
        self.start..self.end
    }

    /// Number of bytes covered.
    pub fn len(self) -> usize {
        self.end.saturating_sub(self.start)
    }

    /// Whether the span covers no bytes.
    pub fn is_empty(self) -> bool {
        self.end <= self.start
    }

    /// The smallest span covering both.
    pub fn join(self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }

    /// Whether `other` lies inside this span.
    pub fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

impl From<Span> for miette::SourceSpan {
    fn from(span: Span) -> Self {
        miette::SourceSpan::new(span.start.into(), span.len())
    }
}

impl From<Range<usize>> for Span {
    fn from(range: Range<usize>) -> Self {
        Span::new(range.start, range.end)
    }
}

/// One text and the name it is shown under (the path as given on the command line).
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// Display name: the path as the user gave it, or a label for embedded text.
    pub name: String,
    /// The whole text, as read; empty once a check has let it go (see
    /// [`SourceFile::release`]).
    pub text: Arc<str>,
    /// Byte offset of the start of each line, for line and column lookups.
    line_starts: Vec<usize>,
    /// Every [`CHAR_MARK`] bytes (at the next character boundary): the byte offset
    /// and how many characters come before it, so that a column is found without
    /// counting a whole long line.
    char_marks: Vec<(usize, usize)>,
}

/// The spacing of [`SourceFile`]'s character marks, in bytes.
const CHAR_MARK: usize = 1024;

impl SourceFile {
    /// A source file from its display name and text.
    pub fn new(name: impl Into<String>, text: impl Into<Arc<str>>) -> Self {
        let text: Arc<str> = text.into();
        let mut line_starts = vec![0];
        line_starts.extend(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1));
        // A mark at the first character boundary at or after every CHAR_MARK bytes,
        // characters counted a block at a time (every byte but a UTF-8 continuation
        // byte starts one).
        let mut char_marks = vec![(0, 0)];
        let bytes = text.as_bytes();
        let (mut at, mut chars) = (0, 0);
        loop {
            let mut next = at + CHAR_MARK;
            while next < bytes.len() && !text.is_char_boundary(next) {
                next += 1;
            }
            let Some(block) = bytes.get(at..next) else {
                break;
            };
            chars += block.iter().filter(|&&b| (b as i8) >= -0x40).count();
            char_marks.push((next, chars));
            at = next;
        }
        Self {
            name: name.into(),
            text,
            line_starts,
            char_marks,
        }
    }

    /// The same file without its text: what a check keeps of an article no finding
    /// points into, so that an archive is not held in memory.
    pub fn release(&mut self) {
        self.text = Arc::from("");
        self.line_starts = Vec::new();
        self.char_marks = Vec::new();
    }

    /// The text under `span`, or `""` when the span does not fall on character boundaries.
    pub fn slice(&self, span: Span) -> &str {
        self.text.get(span.range()).unwrap_or("")
    }

    /// One-based line and one-based column (in characters) of a byte offset.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let line = self.line_starts.partition_point(|&s| s <= offset).max(1);
        let start = self.line_starts.get(line - 1).copied().unwrap_or(0);
        let offset = offset.min(self.text.len());
        let column = self
            .chars_before(offset)
            .saturating_sub(self.chars_before(start));
        (line, column + 1)
    }

    /// How many characters come before a byte offset.
    fn chars_before(&self, offset: usize) -> usize {
        let i = self.char_marks.partition_point(|&(b, _)| b <= offset);
        let (byte, chars) = self
            .char_marks
            .get(i.saturating_sub(1))
            .copied()
            .unwrap_or((0, 0));
        chars + self.text.get(byte..offset).map_or(0, |s| s.chars().count())
    }

    /// A miette source for this file that shares the text.
    pub fn named_source(&self) -> miette::NamedSource<SharedText> {
        miette::NamedSource::new(&self.name, SharedText(self.text.clone()))
    }
}

/// Text shared with the source map, usable as a miette source without copying.
#[derive(Debug, Clone)]
pub struct SharedText(pub Arc<str>);

impl miette::SourceCode for SharedText {
    fn read_span<'a>(
        &'a self,
        span: &miette::SourceSpan,
        context_lines_before: usize,
        context_lines_after: usize,
    ) -> Result<Box<dyn miette::SpanContents<'a> + 'a>, miette::MietteError> {
        self.0
            .as_ref()
            .read_span(span, context_lines_before, context_lines_after)
    }
}

/// Every text of one run, each held once.
#[derive(Debug, Clone, Default)]
pub struct SourceMap {
    files: Vec<SourceFile>,
}

impl SourceMap {
    /// An empty map.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds a text and returns its id.
    pub fn add(&mut self, name: impl Into<String>, text: impl Into<Arc<str>>) -> SourceId {
        self.push(SourceFile::new(name, text))
    }

    /// Adds files already made, in order, and returns their ids, in the same order.
    pub fn append(&mut self, mut files: Vec<SourceFile>) -> Vec<SourceId> {
        let first = self.files.len();
        self.files.reserve_exact(files.len());
        self.files.append(&mut files);
        (first..self.files.len()).map(id_at).collect()
    }

    /// Adds a file already made and returns its id.
    pub fn push(&mut self, file: SourceFile) -> SourceId {
        let id = id_at(self.files.len());
        self.files.push(file);
        id
    }

    /// Puts a file in the place of the one behind `id` (a text read again); false when
    /// the id is not in this map.
    pub fn replace(&mut self, id: SourceId, file: SourceFile) -> bool {
        match self.files.get_mut(id.0 as usize) {
            Some(slot) => {
                *slot = file;
                true
            }
            None => false,
        }
    }

    /// The file behind an id, if it is in this map.
    pub fn get(&self, id: SourceId) -> Option<&SourceFile> {
        self.files.get(id.0 as usize)
    }

    /// How many texts the map holds.
    pub fn len(&self) -> usize {
        self.files.len()
    }

    /// Whether the map holds no text.
    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }
}

/// The id of the text at `index`. A map of more than 2^32 texts (an archive of four
/// billion files) gives the last ones the same id, `u32::MAX`, whose findings then
/// point into one text: ids stay 4 bytes, as every label carries one.
fn id_at(index: usize) -> SourceId {
    SourceId(u32::try_from(index).unwrap_or(u32::MAX))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_and_column_count_characters() {
        let file = SourceFile::new("a", "ab\n“c” d\n");
        assert_eq!(file.line_col(0), (1, 1));
        assert_eq!(file.line_col(3), (2, 1));
        // "d" sits after a two curly quotes of three bytes each.
        let d = file.text.find('d').unwrap();
        assert_eq!(file.line_col(d), (2, 5));
        assert_eq!(file.slice(Span::new(d, d + 1)), "d");
    }

    #[test]
    fn character_marks_agree_with_counting_characters() {
        let text = "a“é”b\n".repeat(700) + &"x".repeat(2048) + "é";
        let file = SourceFile::new("a", text.clone());
        for (offset, _) in text.char_indices().step_by(7) {
            assert_eq!(file.chars_before(offset), text[..offset].chars().count());
        }
        assert_eq!(file.chars_before(text.len()), text.chars().count());
    }

    #[test]
    fn columns_on_long_lines_count_characters() {
        let line = "é".repeat(3000) + "x";
        let file = SourceFile::new("a", format!("ab\n{line}\n"));
        let x = file.text.find('x').unwrap();
        assert_eq!(file.line_col(x), (2, 3001));
        assert_eq!(file.line_col(3 + 2 * 1500), (2, 1501));
    }
}
