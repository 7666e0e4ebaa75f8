//! Walking paths, reading files, and turning each into a [`Document`].

use rustc_hash::FxHashMap as HashMap;
use std::fs;
use std::path::{Path, PathBuf};

use super::manifest::{self, Manifest};
use super::{DateOrigin, Document, LoadError, LoadOptions, Loaded, Meta, front_matter};
use crate::source::{SourceFile, SourceId, SourceMap, Span};

/// How far into a file to look for a NUL byte before calling it binary.
const BINARY_SNIFF: usize = 8192;

/// One thing found by walking a path: a file to read, with its manifest entry, or why
/// a path or manifest could not be used. Kept in walk order, so that the problems of a
/// run come in the order of the files.
#[derive(Debug)]
pub(crate) enum Item {
    /// An article to read.
    File {
        /// Its path as found (the given folder joined with its name).
        path: PathBuf,
        /// Its entry in its folder's `sources.yaml` (boxed: most files have none, and
        /// an archive's walk holds hundreds of thousands of items).
        manifest: Option<Box<Meta>>,
    },
    /// A path, folder entry or manifest that could not be used.
    Problem(Box<LoadError>),
}

/// Walks one command-line path (a file, or a folder walked recursively in name order)
/// without reading the articles: only the manifests are read.
pub(crate) fn items(path: &Path, out: &mut Vec<Item>) {
    let meta = match fs::metadata(path) {
        Ok(meta) => meta,
        Err(err) => {
            out.push(Item::Problem(Box::new(unreadable(path, &err))));
            return;
        }
    };
    let mut manifests = Manifests::default();
    if meta.is_file() {
        // A file named on the command line is read whatever its extension.
        let folder = path.parent().unwrap_or(Path::new(""));
        let manifest = manifests.entry(folder, path, out);
        out.push(Item::File {
            path: path.to_path_buf(),
            manifest,
        });
        return;
    }
    if !meta.is_dir() {
        out.push(Item::Problem(Box::new(not_a_file(path, meta.file_type()))));
        return;
    }
    // Symbolic links are followed while they stay inside the folder given; one that
    // leads out of it (to `/`, to a home folder) is reported and not walked.
    let root = fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
    let mut outside = Vec::new();
    let walker = walkdir::WalkDir::new(path)
        .follow_links(true)
        .sort_by(by_file_name)
        .into_iter()
        .filter_entry(|entry| {
            if !entry.path_is_symlink() {
                return true;
            }
            match fs::canonicalize(entry.path()) {
                Ok(target) if !target.starts_with(&root) => {
                    outside.push(LoadError::Unreadable {
                        path: entry.path().display().to_string(),
                        reason: format!(
                            "a symbolic link leads out of `{}` (to `{}`); it is not followed",
                            path.display(),
                            target.display()
                        ),
                    });
                    false
                }
                _ => true,
            }
        });
    for entry in walker {
        match entry {
            Ok(entry) if entry.file_type().is_file() && is_article(entry.path()) => {
                let folder = entry.path().parent().unwrap_or(path);
                let manifest = manifests.entry(folder, entry.path(), out);
                out.push(Item::File {
                    path: entry.into_path(),
                    manifest,
                });
            }
            Ok(entry) if !entry.file_type().is_dir() && is_article(entry.path()) => {
                // A FIFO, device or socket with an article's name: never opened.
                out.push(Item::Problem(Box::new(not_a_file(
                    entry.path(),
                    entry.file_type(),
                ))));
            }
            Ok(_) => {}
            Err(err) => {
                let at = err.path().unwrap_or(path).to_path_buf();
                out.push(Item::Problem(Box::new(LoadError::Unreadable {
                    path: at.display().to_string(),
                    reason: describe_walk_error(&err),
                })));
            }
        }
    }
    out.extend(outside.into_iter().map(|err| Item::Problem(Box::new(err))));
}

/// Two entries of one folder in the order of their names, as walkdir's
/// `sort_by_file_name` gives it. On Unix a folder's entry is its folder's path joined
/// with a name read from the folder (never empty, `.` or `..`), so its name is the bytes
/// after its path's last `/`: found by a search from the end rather than by parsing the
/// path's components at every comparison (a folder of a thousand articles makes about
/// ten thousand).
fn by_file_name(a: &walkdir::DirEntry, b: &walkdir::DirEntry) -> std::cmp::Ordering {
    #[cfg(unix)]
    {
        fn name(e: &walkdir::DirEntry) -> &[u8] {
            use std::os::unix::ffi::OsStrExt;
            let path = e.path().as_os_str().as_bytes();
            // A name is short: a plain search back beats the set-up of a SIMD one.
            match path.iter().rposition(|&b| b == b'/') {
                Some(i) => path.get(i + 1..).unwrap_or_default(),
                None => path,
            }
        }
        let (x, y) = (name(a), name(b));
        // A name that is none of the above (no such entry is sorted) is compared as
        // walkdir compares it.
        let plain = |n: &[u8]| !matches!(n, b"" | b"." | b"..");
        if plain(x) && plain(y) {
            return x.cmp(y);
        }
    }
    a.file_name().cmp(b.file_name())
}

/// What identifies a file however it is named: its device and inode (on Unix), else its
/// canonical path.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) enum FileKey {
    /// Device and inode.
    Inode(u64, u64),
    /// The canonical path.
    Path(PathBuf),
}

impl FileKey {
    fn of(path: &Path) -> Option<FileKey> {
        #[cfg(unix)]
        {
            use std::os::unix::fs::MetadataExt;
            if let Ok(meta) = fs::metadata(path) {
                return Some(FileKey::Inode(meta.dev(), meta.ino()));
            }
        }
        fs::canonicalize(path).ok().map(FileKey::Path)
    }
}

/// Drops the files of `items` already in `seen` (the same file named twice, as
/// `a.md ./a.md`, or reached through a symbolic link), so that no article is checked
/// twice nor corroborates itself; adds the others to `seen`.
pub(crate) fn drop_repeats(items: &mut Vec<Item>, seen: &mut rustc_hash::FxHashSet<FileKey>) {
    items.retain(|item| match item {
        Item::File { path, .. } => FileKey::of(path).is_none_or(|key| seen.insert(key)),
        Item::Problem(_) => true,
    });
}

/// The error of a path that is a FIFO, a device or a socket.
fn not_a_file(path: &Path, kind: fs::FileType) -> LoadError {
    LoadError::Unreadable {
        path: path.display().to_string(),
        reason: format!("it is {}, not a regular file", file_kind(kind)),
    }
}

/// Loads one command-line path into `sources` and `loaded`, one file after another.
pub fn path(
    path: &Path,
    options: &LoadOptions,
    sources: &mut SourceMap,
    loaded: &mut Loaded,
    seen: &mut rustc_hash::FxHashSet<FileKey>,
) {
    let mut found = Vec::new();
    items(path, &mut found);
    drop_repeats(&mut found, seen);
    for item in found {
        match item {
            Item::File { path, manifest } => {
                add(
                    load_file(&path, manifest.map(|m| *m), options),
                    sources,
                    loaded,
                );
            }
            Item::Problem(err) => loaded.problems.push(*err),
        }
    }
}

/// Adds a loaded article to the corpus, or records why it could not be loaded.
fn add(
    result: Result<(SourceFile, Document), LoadError>,
    sources: &mut SourceMap,
    loaded: &mut Loaded,
) {
    match result {
        Ok((file, mut doc)) => {
            doc.source = sources.push(file);
            loaded.corpus.documents.push(doc);
        }
        Err(err) => loaded.problems.push(err),
    }
}

/// Whether a file found in a folder is an article: `.txt` or `.md`.
fn is_article(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("txt") || e.eq_ignore_ascii_case("md"))
}

fn describe_walk_error(err: &walkdir::Error) -> String {
    if let Some(ancestor) = err.loop_ancestor() {
        return format!("a symbolic link loops back to `{}`", ancestor.display());
    }
    err.io_error()
        .map_or_else(|| err.to_string(), std::string::ToString::to_string)
}

fn unreadable(path: &Path, err: &std::io::Error) -> LoadError {
    LoadError::Unreadable {
        path: path.display().to_string(),
        reason: match err.kind() {
            std::io::ErrorKind::NotFound => "no such file or folder".to_owned(),
            std::io::ErrorKind::PermissionDenied => "permission denied".to_owned(),
            _ => err.to_string(),
        },
    }
}

/// The manifests of the folders seen so far, each read once.
#[derive(Default)]
struct Manifests {
    by_folder: HashMap<PathBuf, Option<Manifest>>,
}

impl Manifests {
    /// The manifest entry for `file` in `folder`'s `sources.yaml`, if there is one.
    fn entry(&mut self, folder: &Path, file: &Path, out: &mut Vec<Item>) -> Option<Box<Meta>> {
        let manifest = self
            .by_folder
            .entry(folder.to_path_buf())
            .or_insert_with(|| {
                read_manifest(folder).unwrap_or_else(|err| {
                    out.push(Item::Problem(Box::new(err)));
                    None
                })
            });
        let name = file.file_name()?.to_str()?;
        manifest
            .as_ref()?
            .documents
            .get(name)
            .cloned()
            .map(Box::new)
    }
}

fn read_manifest(folder: &Path) -> Result<Option<Manifest>, LoadError> {
    let path = folder.join(manifest::FILE_NAME);
    if !path.is_file() {
        return Ok(None);
    }
    let text = read_text(&path)?;
    manifest::read(&SourceFile::new(path.display().to_string(), text), folder).map(Some)
}

/// Reads a file as UTF-8 text, refusing binary files.
pub fn read_text(path: &Path) -> Result<String, LoadError> {
    read_text_capped(path, DEFAULT_MAX_BYTES)
}

/// The default size cap of one file: 64 MiB.
pub const DEFAULT_MAX_BYTES: u64 = 64 * 1024 * 1024;

/// The largest cap a user may set: 4 GiB. A check holds a text several times over
/// (facts, sentences), so a larger file could not be checked anyway; refusing such a
/// cap up front beats an allocation abort.
pub const MAX_FILE_SIZE: u64 = 4 * 1024 * 1024 * 1024;

/// Reads a file as UTF-8 text, refusing binary files and files over `max_bytes`
/// (checked before reading, and again while reading for files that grow). Only a
/// regular file is read: a FIFO, a device or a socket is refused before it is opened
/// (and it is opened without blocking, then checked again, in case it was swapped).
pub fn read_text_capped(path: &Path, max_bytes: u64) -> Result<String, LoadError> {
    let max_bytes = max_bytes.min(MAX_FILE_SIZE);
    let too_large = |size: u64| LoadError::TooLarge {
        path: path.display().to_string(),
        size,
        max: max_bytes,
    };
    let meta = fs::metadata(path).map_err(|err| unreadable(path, &err))?;
    special_file(path, &meta)?;
    let file = open_nonblocking(path).map_err(|err| unreadable(path, &err))?;
    let meta = file.metadata().map_err(|err| unreadable(path, &err))?;
    special_file(path, &meta)?;
    let size = meta.len();
    if size > max_bytes {
        return Err(too_large(size));
    }
    let name = path.display().to_string();
    read_capped(file, &name, size, max_bytes)
}

/// Reads a stream (standard input) as UTF-8 text of at most `max_bytes`.
pub fn read_stream_capped(
    reader: impl std::io::Read,
    name: &str,
    max_bytes: u64,
) -> Result<String, LoadError> {
    read_capped(reader, name, 0, max_bytes.min(MAX_FILE_SIZE))
}

/// Reads at most `max_bytes` (`size` expected) as UTF-8 text; the first block is
/// looked at for a NUL byte before the rest is read, so that a huge binary or sparse
/// file is refused after 8 KiB.
fn read_capped(
    reader: impl std::io::Read,
    name: &str,
    size: u64,
    max_bytes: u64,
) -> Result<String, LoadError> {
    use std::io::Read as _;
    let failed = |err: &std::io::Error| LoadError::Unreadable {
        path: name.to_owned(),
        reason: err.to_string(),
    };
    let mut reader = reader.take(max_bytes.saturating_add(1));
    let mut bytes = Vec::new();
    let expected = usize::try_from(size.min(max_bytes)).unwrap_or(0);
    bytes
        .try_reserve_exact(expected.max(BINARY_SNIFF))
        .map_err(|_| LoadError::Unreadable {
            path: name.to_owned(),
            reason: format!("not enough memory to read {size} bytes"),
        })?;
    (&mut reader)
        .take(BINARY_SNIFF as u64)
        .read_to_end(&mut bytes)
        .map_err(|err| failed(&err))?;
    if let Some(offset) = memchr::memchr(0, &bytes) {
        return Err(LoadError::Binary {
            path: name.to_owned(),
            offset,
        });
    }
    reader.read_to_end(&mut bytes).map_err(|err| failed(&err))?;
    if bytes.len() as u64 > max_bytes {
        return Err(LoadError::TooLarge {
            path: name.to_owned(),
            size: bytes.len() as u64,
            max: max_bytes,
        });
    }
    lone_cr_to_lf(&mut bytes);
    String::from_utf8(bytes).map_err(|err| {
        let at = err.utf8_error().valid_up_to();
        let lossy = String::from_utf8_lossy(err.as_bytes()).into_owned();
        let file = SourceFile::new(name.to_owned(), lossy);
        LoadError::Encoding {
            path: file.name.clone(),
            src: file.named_source(),
            at: Span::new(at, at + char::REPLACEMENT_CHARACTER.len_utf8()).into(),
        }
    })
}

/// Makes each lone `\r` (an old Mac line break) a `\n`, byte for byte, so that line
/// numbers, front matter and suppressions read such a file as the lines it has; a
/// `\r\n` stays as it is.
fn lone_cr_to_lf(bytes: &mut [u8]) {
    let Some(first) = memchr::memchr(b'\r', bytes) else {
        return;
    };
    let mut i = first;
    while let Some(&b) = bytes.get(i) {
        if b == b'\r' && bytes.get(i + 1) != Some(&b'\n') {
            if let Some(slot) = bytes.get_mut(i) {
                *slot = b'\n';
            }
        }
        i += 1;
    }
}

/// Refuses what is not a regular file: a folder, a FIFO, a device, a socket.
fn special_file(path: &Path, meta: &fs::Metadata) -> Result<(), LoadError> {
    if meta.is_file() {
        return Ok(());
    }
    Err(not_a_file(path, meta.file_type()))
}

/// "a folder", "a FIFO"…: what a file that is not a regular file is.
pub(crate) fn file_kind(kind: fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if kind.is_fifo() {
            return "a FIFO";
        }
        if kind.is_socket() {
            return "a socket";
        }
        if kind.is_block_device() || kind.is_char_device() {
            return "a device";
        }
    }
    if kind.is_dir() {
        "a folder"
    } else if kind.is_symlink() {
        "a symbolic link"
    } else {
        "a special file"
    }
}

/// Opens a file for reading without waiting on it (a FIFO with no writer would block
/// an ordinary open forever).
fn open_nonblocking(path: &Path) -> std::io::Result<fs::File> {
    let mut options = fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK);
    }
    options.open(path)
}

/// Reads one article: its text and its document, whose `source` is `SourceId(0)`, the
/// text's id in a map of its own, until the file is added to the run's map.
pub(crate) fn load_file(
    path: &Path,
    manifest: Option<Meta>,
    options: &LoadOptions,
) -> Result<(SourceFile, Document), LoadError> {
    let text = read_text_capped(path, options.max_bytes.unwrap_or(DEFAULT_MAX_BYTES))?;
    load_text(path, text, manifest, options)
}

/// Adds one article's text to the corpus, with its front matter, manifest entry and
/// suppressions, or records why it cannot be used.
pub fn document(
    path: &Path,
    text: String,
    manifest: Option<Meta>,
    options: &LoadOptions,
    sources: &mut SourceMap,
    loaded: &mut Loaded,
) {
    add(load_text(path, text, manifest, options), sources, loaded);
}

/// One article's text as a document, with its front matter, manifest entry and
/// suppressions, or why it cannot be used. The document's `source` is as in
/// [`load_file`].
pub(crate) fn load_text(
    path: &Path,
    text: String,
    manifest: Option<Meta>,
    options: &LoadOptions,
) -> Result<(SourceFile, Document), LoadError> {
    let source = SourceFile::new(path.display().to_string(), text);
    let (front, body) = match front_matter::split(&source.text) {
        Some(split) => (
            Some(front_matter::meta(&source, split)?),
            Span::new(split.body_start, source.text.len()),
        ),
        None => (None, Span::new(0, source.text.len())),
    };
    let published = front
        .as_ref()
        .and_then(|m| m.published)
        .map(|d| (d, DateOrigin::FrontMatter))
        .or_else(|| {
            manifest
                .as_ref()
                .and_then(|m| m.published)
                .map(|d| (d, DateOrigin::Manifest))
        })
        .or_else(|| options.date.map(|d| (d, DateOrigin::Flag)));
    let suppressions = super::suppress::suppressions(&source)?;
    let mut meta = merge(front, manifest);
    if meta.role.is_none() {
        meta.role = options.role;
    }
    let body = narrow_body(&source, body, &meta)?;
    let doc = Document {
        source: SourceId(0),
        path: path.to_path_buf(),
        meta,
        published,
        body,
        suppressions,
    };
    Ok((source, doc))
}

/// The body cut to the metadata's `body-from` / `body-until` markers.
fn narrow_body(source: &SourceFile, body: Span, meta: &Meta) -> Result<Span, LoadError> {
    let text = source.slice(body);
    let missing = |key: &'static str, marker: &str| LoadError::BodyMarker {
        path: source.name.clone(),
        key,
        marker: marker.to_owned(),
    };
    for (key, marker) in [
        ("body-from", &meta.body_from),
        ("body-until", &meta.body_until),
    ] {
        if marker.as_deref().is_some_and(|m| m.trim().is_empty()) {
            return Err(LoadError::Setting {
                path: source.name.clone(),
                key,
                reason: "is empty, so it marks nothing".to_owned(),
                help: "give the first words of the article (or of what follows it), or leave the key out",
            });
        }
    }
    let start = match &meta.body_from {
        Some(marker) => text
            .find(marker.as_str())
            .ok_or_else(|| missing("body-from", marker))?,
        None => 0,
    };
    let end = match &meta.body_until {
        Some(marker) => text
            .get(start..)
            .and_then(|rest| rest.find(marker.as_str()))
            .map(|i| start + i)
            .ok_or_else(|| missing("body-until", marker))?,
        None => text.len(),
    };
    Ok(Span::new(body.start + start, body.start + end))
}

/// Front matter over the manifest, field by field.
fn merge(front: Option<Meta>, manifest: Option<Meta>) -> Meta {
    match (front, manifest) {
        (Some(f), Some(m)) => Meta {
            title: f.title.or(m.title),
            outlet: f.outlet.or(m.outlet),
            published: f.published.or(m.published),
            url: f.url.or(m.url),
            role: f.role.or(m.role),
            body_from: f.body_from.or(m.body_from),
            body_until: f.body_until.or(m.body_until),
            ignored: f.ignored,
        },
        (Some(f), None) => f,
        (None, Some(m)) => m,
        (None, None) => Meta::default(),
    }
}
