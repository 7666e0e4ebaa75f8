//! Source texts and byte spans: every document and rule file is held once, as an
//! `Arc<str>` with its display name, and everything downstream points into it by
//! `SourceId` (a document's through its `load::DocId`) and `Span`.

use std::ops::Range;
use std::sync::{Arc, OnceLock};

use serde::{Deserialize, Serialize};

/// Index of a text in a [`SourceMap`].
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub struct SourceId(pub u32);

/// A half-open byte range `start..end` into one source text.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
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
    /// Where its lines start and how many characters come before points of it, shared
    /// with the miette sources made from it; made the first time it is asked for, as
    /// most texts of a check are never reported on.
    index: Arc<OnceLock<LineIndex>>,
}

/// Line starts and character marks of one text, so that a line, a column or a window
/// of a long line is found without scanning the text from its start.
#[derive(Debug, Default)]
struct LineIndex {
    /// Byte offset of the start of each line. A line ends at `\n`, at `\r\n`, or at a
    /// lone `\r` (old Mac files), as miette counts lines.
    line_starts: Vec<usize>,
    /// Every [`CHAR_MARK`] bytes (at the next character boundary): the byte offset
    /// and how many characters come before it, so that a column is found without
    /// counting a whole long line.
    char_marks: Vec<(usize, usize)>,
    /// The text with its control characters replaced (see [`neutralise`]), made the
    /// first time a report shows it; `None` when the text has none.
    shown: OnceLock<Option<Box<[u8]>>>,
}

/// The spacing of [`SourceFile`]'s character marks, in bytes.
const CHAR_MARK: usize = 1024;

impl LineIndex {
    fn new(text: &str) -> Self {
        let bytes = text.as_bytes();
        let mut line_starts = vec![0];
        for i in memchr::memchr2_iter(b'\n', b'\r', bytes) {
            // The `\r` of a `\r\n` is not a break of its own.
            if bytes.get(i) == Some(&b'\r') && bytes.get(i + 1) == Some(&b'\n') {
                continue;
            }
            line_starts.push(i + 1);
        }
        // A mark at the first character boundary at or after every CHAR_MARK bytes,
        // characters counted a block at a time (every byte but a UTF-8 continuation
        // byte starts one).
        let mut char_marks = vec![(0, 0)];
        let (mut at, mut chars) = (0, 0);
        loop {
            let mut next = at + CHAR_MARK;
            while next < bytes.len() && !text.is_char_boundary(next) {
                next += 1;
            }
            let Some(block) = bytes.get(at..next) else {
                break;
            };
            // An ASCII block (most) is as many characters as bytes, known without a
            // count byte by byte.
            chars += if block.is_ascii() {
                block.len()
            } else {
                block.iter().filter(|&&b| (b as i8) >= -0x40).count()
            };
            char_marks.push((next, chars));
            at = next;
        }
        Self {
            line_starts,
            char_marks,
            shown: OnceLock::new(),
        }
    }

    /// The zero-based line of a byte offset.
    fn line_of(&self, offset: usize) -> usize {
        self.line_starts
            .partition_point(|&s| s <= offset)
            .saturating_sub(1)
    }

    /// The byte offset where a zero-based line starts (the text's length past the end).
    fn line_start(&self, line: usize, len: usize) -> usize {
        self.line_starts.get(line).copied().unwrap_or(len)
    }

    /// How many characters of `text` come before a byte offset.
    fn chars_before(&self, text: &str, offset: usize) -> usize {
        let i = self.char_marks.partition_point(|&(b, _)| b <= offset);
        let (byte, chars) = self
            .char_marks
            .get(i.saturating_sub(1))
            .copied()
            .unwrap_or((0, 0));
        chars + text.get(byte..offset).map_or(0, |s| s.chars().count())
    }
}

impl SourceFile {
    /// A source file from its display name and text.
    pub fn new(name: impl Into<String>, text: impl Into<Arc<str>>) -> Self {
        Self {
            name: name.into(),
            text: text.into(),
            index: Arc::default(),
        }
    }

    /// The text's line index, made on first use.
    fn index(&self) -> &LineIndex {
        self.index.get_or_init(|| LineIndex::new(&self.text))
    }

    /// The same file without its text: what a check keeps of an article no finding
    /// points into, so that an archive is not held in memory.
    pub fn release(&mut self) {
        self.text = Arc::from("");
        self.index = Arc::new(OnceLock::from(LineIndex::default()));
    }

    /// The text under `span`, or `""` when the span does not fall on character boundaries.
    pub fn slice(&self, span: Span) -> &str {
        self.text.get(span.range()).unwrap_or("")
    }

    /// One-based line and one-based column (in characters) of a byte offset.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let line = self.index().line_of(offset);
        let start = self.index().line_start(line, 0);
        let offset = offset.min(self.text.len());
        let column = self
            .chars_before(offset)
            .saturating_sub(self.chars_before(start));
        (line + 1, column + 1)
    }

    /// How many characters come before a byte offset.
    fn chars_before(&self, offset: usize) -> usize {
        self.index().chars_before(&self.text, offset)
    }

    /// A miette source for this file that shares the text and its line index. Its name
    /// is shown with control characters escaped (see [`printable`]).
    pub fn named_source(&self) -> miette::NamedSource<SharedText> {
        miette::NamedSource::new(
            printable(&self.name),
            SharedText {
                text: self.text.clone(),
                index: self.index.clone(),
            },
        )
    }
}

/// Text shared with the source map, usable as a miette source without copying. What
/// miette is given to show is a window of the text: a line longer than [`WIDE_LINE`]
/// (a whole paragraph, often) is cut to about [`WINDOW`] bytes on either side of a
/// label, at word boundaries, so that a finding shows the words around its figure
/// rather than the paragraph, no column passes miette's limit (65,535), and a report
/// on a long line costs the window, not the line; control characters are shown as `?`
/// so that a report cannot drive the terminal.
#[derive(Debug, Clone)]
pub struct SharedText {
    text: Arc<str>,
    index: Arc<OnceLock<LineIndex>>,
}

/// How many bytes of a wide line a snippet shows on either side of its label, at most.
pub const WINDOW: usize = 100;

/// A line longer than this (in bytes) is shown as a window around its label, and is
/// left out when it is only context.
pub const WIDE_LINE: usize = 200;

/// The most of a label that a snippet shows, in bytes.
const LONG_LABEL: usize = 4096;

impl SharedText {
    /// The text's line index, made on first use (shared with its [`SourceFile`]).
    fn index(&self) -> &LineIndex {
        self.index.get_or_init(|| LineIndex::new(&self.text))
    }

    /// The window of the text that miette is given to show `span`, with
    /// `before`/`after` lines of context: whole lines when they are short, else a part
    /// of the label's line around it. Returns the byte range, its first zero-based line,
    /// and how many lines it spans.
    fn window(
        &self,
        start: usize,
        end: usize,
        before: usize,
        after: usize,
    ) -> (usize, usize, usize) {
        let len = self.text.len();
        let index = self.index();
        let first = index.line_of(start);
        let last = index.line_of(end.saturating_sub(1).max(start));
        // A line's end, without its line break.
        let line_end = |line: usize| {
            let next = index.line_start(line + 1, len);
            let text = self.text.as_bytes();
            let mut end = next.min(len);
            if end > index.line_start(line, len) && text.get(end - 1) == Some(&b'\n') {
                end -= 1;
            }
            if end > index.line_start(line, len) && text.get(end - 1) == Some(&b'\r') {
                end -= 1;
            }
            end
        };
        let short = |line: usize| line_end(line) - index.line_start(line, len) <= WIDE_LINE;
        let first_start = index.line_start(first, len);
        let last_end = line_end(last);
        if !short(first) || !short(last) || end - start > WIDE_LINE {
            // A wide line: a window around the label, without context, from the first
            // word that starts in the window's reach to the last that ends in it.
            let from = if before == 0 {
                start
            } else {
                let reach = self.floor(start.saturating_sub(WINDOW).max(first_start));
                self.word_start_after(reach, start)
            };
            let reach = self.ceil(
                (end + WINDOW)
                    .min(last_end)
                    .min(start + LONG_LABEL)
                    .max(from),
            );
            let to = self.word_end_before(reach, end.min(reach).max(from));
            return (from, to, first);
        }
        let mut top = first;
        while top > 0 && first - top < before && short(top - 1) {
            top -= 1;
        }
        let lines = index.line_starts.len();
        let mut bottom = last;
        while bottom + 1 < lines && bottom - last < after && short(bottom + 1) {
            bottom += 1;
        }
        let from = if before == 0 {
            start
        } else {
            index.line_start(top, len)
        };
        let to = index.line_start(bottom + 1, len).max(from);
        (from, to, top)
    }

    /// Where the first word at or after `reach` starts, unless `reach` is inside a word
    /// that runs up to `limit`: `reach` itself when it starts a line or a word, else
    /// just after the next space before `limit`, else `reach`.
    fn word_start_after(&self, reach: usize, limit: usize) -> usize {
        let bytes = self.text.as_bytes();
        if reach == 0 || matches!(bytes.get(reach - 1), Some(b' ' | b'\t' | b'\n')) {
            return reach;
        }
        bytes
            .get(reach..limit)
            .and_then(|part| part.iter().position(|&b| b == b' '))
            .map_or(reach, |i| reach + i + 1)
    }

    /// Where the last word that ends at or before `reach` ends, no earlier than
    /// `floor`: `reach` itself when it ends the text or a word, else the last space
    /// after `floor`, else `reach`.
    fn word_end_before(&self, reach: usize, floor: usize) -> usize {
        let bytes = self.text.as_bytes();
        if matches!(bytes.get(reach), None | Some(b' ' | b'\t' | b'\n' | b'\r')) {
            return reach;
        }
        bytes
            .get(floor..reach)
            .and_then(|part| part.iter().rposition(|&b| b == b' '))
            .map_or(reach, |i| floor + i)
    }

    /// The character boundary at or before a byte offset.
    fn floor(&self, mut at: usize) -> usize {
        while at > 0 && !self.text.is_char_boundary(at) {
            at -= 1;
        }
        at
    }

    /// The character boundary at or after a byte offset.
    fn ceil(&self, mut at: usize) -> usize {
        while at < self.text.len() && !self.text.is_char_boundary(at) {
            at += 1;
        }
        at.min(self.text.len())
    }
}

/// What miette is given of a [`SharedText`]: a window of it, control characters
/// replaced (byte for byte, so that offsets hold).
#[derive(Debug)]
struct Window<'a> {
    data: &'a [u8],
    span: miette::SourceSpan,
    line: usize,
    column: usize,
    line_count: usize,
}

impl<'a> miette::SpanContents<'a> for Window<'a> {
    fn data(&self) -> &'a [u8] {
        self.data
    }

    fn span(&self) -> &miette::SourceSpan {
        &self.span
    }

    fn line(&self) -> usize {
        self.line
    }

    fn column(&self) -> usize {
        self.column
    }

    fn line_count(&self) -> usize {
        self.line_count
    }
}

impl miette::SourceCode for SharedText {
    fn read_span<'a>(
        &'a self,
        span: &miette::SourceSpan,
        context_lines_before: usize,
        context_lines_after: usize,
    ) -> Result<Box<dyn miette::SpanContents<'a> + 'a>, miette::MietteError> {
        let start = span.offset();
        let end = start.saturating_add(span.len());
        if end > self.text.len() {
            return Err(miette::MietteError::OutOfBounds);
        }
        let (from, to, line) = self.window(start, end, context_lines_before, context_lines_after);
        let shown = self
            .index()
            .shown
            .get_or_init(|| match neutralise(self.text.as_bytes()) {
                std::borrow::Cow::Borrowed(_) => None,
                std::borrow::Cow::Owned(bytes) => Some(bytes.into_boxed_slice()),
            });
        let data = shown
            .as_deref()
            .unwrap_or(self.text.as_bytes())
            .get(from..to)
            .unwrap_or(&[]);
        let index = self.index();
        let line_start = index.line_start(line, 0);
        let column = index
            .chars_before(&self.text, from)
            .saturating_sub(index.chars_before(&self.text, line_start));
        Ok(Box::new(Window {
            data,
            span: miette::SourceSpan::new(from.into(), to - from),
            line,
            column,
            line_count: index.line_of(to.saturating_sub(1).max(from)) - line,
        }))
    }
}

/// Text with the bytes that could drive a terminal replaced, each by as many bytes:
/// C0 controls but tab and line breaks, and DEL, by `?`; C1 controls by `·`; bidi
/// overrides and isolates by U+FFFD. A lone `\r` becomes `\n`, the line break it is.
fn neutralise(data: &[u8]) -> std::borrow::Cow<'_, [u8]> {
    let risky = |(i, &b): (usize, &u8)| match b {
        b'\t' | b'\n' => false,
        b'\r' => data.get(i + 1) != Some(&b'\n'),
        0..=0x1f | 0x7f => true,
        0xc2 => matches!(data.get(i + 1), Some(0x80..=0x9f)),
        0xe2 => matches!(
            (data.get(i + 1), data.get(i + 2)),
            (Some(0x80), Some(0xaa..=0xae)) | (Some(0x81), Some(0xa6..=0xa9))
        ),
        _ => false,
    };
    if !data.iter().enumerate().any(risky) {
        return std::borrow::Cow::Borrowed(data);
    }
    let mut out = data.to_vec();
    let mut i = 0;
    while let Some(&b) = data.get(i) {
        let replace: &[u8] = match b {
            b'\t' | b'\n' => &[],
            b'\r' if data.get(i + 1) != Some(&b'\n') => b"\n",
            b'\r' => &[],
            0..=0x1f | 0x7f => b"?",
            0xc2 if matches!(data.get(i + 1), Some(0x80..=0x9f)) => "·".as_bytes(),
            0xe2 if matches!(
                (data.get(i + 1), data.get(i + 2)),
                (Some(0x80), Some(0xaa..=0xae)) | (Some(0x81), Some(0xa6..=0xa9))
            ) =>
            {
                "\u{fffd}".as_bytes()
            }
            _ => &[],
        };
        if let Some(slot) = out.get_mut(i..i + replace.len()) {
            slot.copy_from_slice(replace);
        }
        i += replace.len().max(1);
    }
    std::borrow::Cow::Owned(out)
}

/// A text to print on a terminal (a file name, a message quoting an article): control
/// characters and bidi overrides are written as escapes (`\u{1b}`), so that what a
/// file or article holds cannot clear the screen, write the clipboard or overwrite a
/// line.
pub fn printable(text: &str) -> std::borrow::Cow<'_, str> {
    let risky = |c: char| {
        (c.is_control() && c != '\n' && c != '\t')
            || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
    };
    if !text.chars().any(risky) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if risky(c) {
            out.extend(c.escape_unicode());
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
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

    /// Every text with its id, in order.
    pub fn iter(&self) -> impl Iterator<Item = (SourceId, &SourceFile)> {
        self.files.iter().enumerate().map(|(i, f)| (id_at(i), f))
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

/// The id of the text at `index`. Ids are 4 bytes, as every fact and label carries
/// one.
#[expect(
    clippy::expect_used,
    reason = "a map holds fewer than 2^32 texts: each is a `SourceFile` of more than 64 \
              bytes, so more would not fit in memory"
)]
fn id_at(index: usize) -> SourceId {
    SourceId(u32::try_from(index).expect("fewer than 2^32 texts in a run"))
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

    #[test]
    fn a_snippet_of_a_long_line_is_a_window_around_its_label() {
        use miette::SourceCode;
        let text = "a".repeat(100_000) + "label" + &"b".repeat(100_000) + "\nnext\n";
        let file = SourceFile::new("a", text);
        let src = file.named_source();
        let at = 100_000;
        let contents = src
            .read_span(&miette::SourceSpan::new(at.into(), 5), 1, 1)
            .unwrap();
        assert!(contents.data().len() <= 2 * WINDOW + 5);
        assert_eq!(contents.line(), 0);
        let contents = src
            .read_span(&miette::SourceSpan::new(at.into(), 5), 0, 0)
            .unwrap();
        assert_eq!(contents.column(), at);
    }

    #[test]
    fn a_snippet_of_a_paragraph_is_the_words_around_its_label() {
        use miette::SourceCode;
        let before = "Officials said on Tuesday that the count had risen again. ".repeat(5);
        let after = " according to the regional authority, which gave no further detail.".repeat(5);
        let text = format!("Title\n\n{before}The quake killed 5,000 people{after}\n\nEnd\n");
        let file = SourceFile::new("a", text.clone());
        let at = text.find("5,000").unwrap();
        let src = file.named_source();
        let contents = src
            .read_span(&miette::SourceSpan::new(at.into(), 5), 1, 1)
            .unwrap();
        let shown = std::str::from_utf8(contents.data()).unwrap();
        assert!(
            shown.contains("The quake killed 5,000 people according"),
            "{shown}"
        );
        assert!(shown.len() <= 2 * WINDOW + 5, "{shown}");
        // Whole words at both ends, and no context lines.
        let (from, to) = (
            contents.span().offset(),
            contents.span().offset() + shown.len(),
        );
        assert_eq!(&text[from - 1..from], " ");
        assert_eq!(&text[to..=to], " ");
        assert_eq!(contents.line(), 2);
        // A short line is still shown whole, with its neighbours.
        let at = text.find("End").unwrap();
        let contents = src
            .read_span(&miette::SourceSpan::new(at.into(), 3), 1, 1)
            .unwrap();
        assert_eq!(std::str::from_utf8(contents.data()).unwrap(), "\nEnd\n");
    }

    #[test]
    fn control_characters_are_not_shown() {
        use miette::SourceCode;
        let file = SourceFile::new("a\u{1b}]52;c;x\u{7}", "x\u{1b}[2Jy\u{9b}z\u{202e}w\rv\r\n");
        let src = file.named_source();
        let contents = src
            .read_span(&miette::SourceSpan::new(0.into(), 1), 0, 5)
            .unwrap();
        let shown = String::from_utf8(contents.data().to_vec()).unwrap();
        assert_eq!(shown, "x?[2Jy·z\u{fffd}w\nv\r\n");
        assert_eq!(src.name(), "a\\u{1b}]52;c;x\\u{7}");
        assert_eq!(file.line_col(file.text.find('v').unwrap()), (2, 1));
    }
}
