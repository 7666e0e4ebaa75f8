//! Loading: paths in, a [`Corpus`] of [`Document`]s out. A path is a file or a folder
//! (walked recursively, in name order); `.txt` and `.md` files are read; YAML front
//! matter and a folder's `sources.yaml` give each document its metadata.

mod error;
pub(crate) mod front_matter;
mod manifest;
mod suppress;
mod walk;

use std::path::PathBuf;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

pub use error::LoadError;
pub use front_matter::{unique_map, yaml_error};

/// Refuses a YAML file nested deeper than any metadata needs (see
/// [`front_matter::MAX_YAML_DEPTH`]), before it is read.
pub fn yaml_nesting(what: &'static str, file: &SourceFile) -> Result<(), LoadError> {
    front_matter::nesting(what, file, Span::new(0, file.text.len()))
}
pub use suppress::Suppression;
pub use walk::{DEFAULT_MAX_BYTES, MAX_FILE_SIZE, read_stream_capped, read_text, read_text_capped};
pub(crate) use walk::{Item, drop_repeats, items, load_file, load_text};

use crate::source::{SourceFile, SourceId, SourceMap, Span};

/// A document's metadata, from front matter or a manifest entry.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Meta {
    /// The headline.
    pub title: Option<String>,
    /// Who published it.
    pub outlet: Option<String>,
    /// When it was published: the anchor of every relative date.
    pub published: Option<NaiveDate>,
    /// Where it was published.
    pub url: Option<String>,
    /// Whether it is a draft under review or one of its sources.
    pub role: Option<Role>,
    /// Where the article proper starts: the text of its first words. What comes before
    /// (navigation, a site banner) yields no facts.
    pub body_from: Option<String>,
    /// Where the article proper ends: the text of the first words after it (a
    /// "Recommended Stories" block, a newsletter sign-up).
    pub body_until: Option<String>,
    /// Front matter keys claimlint does not read (`author`, `tags`, `draft`), ignored.
    #[serde(skip)]
    pub ignored: Vec<String>,
}

/// A document's part in a check.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    /// An article the draft draws on.
    #[default]
    Source,
    /// The text under review.
    Draft,
}

/// Where a document's publication date came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum DateOrigin {
    /// The document's YAML front matter.
    FrontMatter,
    /// A `sources.yaml` manifest beside it.
    Manifest,
    /// The `--date` flag.
    Flag,
    /// A date line found in the article's header.
    Header,
}

/// One loaded article.
#[derive(Debug, Clone)]
pub struct Document {
    /// Its text in the run's [`SourceMap`].
    pub source: SourceId,
    /// The path as given (a file in a given folder: the folder joined with its name).
    pub path: PathBuf,
    /// Front matter merged over the manifest entry.
    pub meta: Meta,
    /// The publication date and where it came from.
    pub published: Option<(NaiveDate, DateOrigin)>,
    /// The article text: the whole file less its front matter.
    pub body: Span,
    /// Rules turned off over parts of it by suppression comments.
    pub suppressions: Vec<Suppression>,
}

/// The documents of one run.
#[derive(Debug, Clone, Default)]
pub struct Corpus {
    /// Every loaded document, in a stable order.
    pub documents: Vec<Document>,
}

/// Which document of a corpus, and its text in the run's [`SourceMap`]: the one id of
/// a document, carried by every fact and every label, so that the document and its
/// text cannot fall out of step. Ordered by the document's place in the corpus.
/// Serialised as that place. The default, document 0 with text 0, is what an
/// extractor gives a fact before [`crate::extract::facts`] sets its document's id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct DocId {
    /// The document's index in [`Corpus::documents`].
    index: u32,
    /// Its text.
    source: SourceId,
}

impl DocId {
    /// The id of the document at `index` of a corpus, whose text is `source`. A corpus
    /// gives its documents' ids with [`Corpus::id`]; this is for a document checked
    /// alone (index 0 of a corpus of its own) and for tests.
    pub fn new(index: u32, source: SourceId) -> Self {
        Self { index, source }
    }

    /// The document's index in [`Corpus::documents`].
    pub fn index(self) -> usize {
        self.index as usize
    }

    /// The document's text in the run's [`SourceMap`].
    pub fn source(self) -> SourceId {
        self.source
    }
}

impl Serialize for DocId {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_u32(self.index)
    }
}

impl Corpus {
    /// The document an id names.
    pub fn get(&self, id: DocId) -> Option<&Document> {
        self.documents.get(id.index())
    }

    /// The id of the document at `index`, if there is one.
    pub fn id(&self, index: usize) -> Option<DocId> {
        let doc = self.documents.get(index)?;
        Some(DocId::new(u32::try_from(index).ok()?, doc.source))
    }
}

/// How to load a corpus.
#[derive(Debug, Clone, Default)]
pub struct LoadOptions {
    /// The `--date` flag: the publication date of documents that give none themselves.
    pub date: Option<NaiveDate>,
    /// The role of documents whose metadata gives none (`source` when `None`).
    pub role: Option<Role>,
    /// The largest file to read, in bytes ([`DEFAULT_MAX_BYTES`] when `None`).
    pub max_bytes: Option<u64>,
}

/// What loading produced: the documents that loaded, and a diagnostic for each
/// path that did not. The documents are still checked when some paths fail.
#[derive(Debug, Default)]
pub struct Loaded {
    /// The documents that loaded.
    pub corpus: Corpus,
    /// One error per file or manifest that could not be used.
    pub problems: Vec<LoadError>,
}

/// Loads a text that did not come from a file (standard input) as a document named
/// `name`. Its folder's `sources.yaml`, if any, is not read.
pub fn text(
    name: &std::path::Path,
    text: String,
    options: &LoadOptions,
    sources: &mut SourceMap,
) -> Result<Loaded, LoadError> {
    let mut loaded = Loaded::default();
    walk::document(name, text, None, options, sources, &mut loaded);
    if let Some(problem) = loaded.problems.pop() {
        return Err(problem);
    }
    Ok(loaded)
}

/// Reads every path into `sources` and returns the documents. Fails outright only when
/// no document at all could be loaded.
pub fn corpus(
    paths: &[PathBuf],
    options: &LoadOptions,
    sources: &mut SourceMap,
) -> Result<Loaded, LoadError> {
    let mut loaded = Loaded::default();
    let mut seen = rustc_hash::FxHashSet::default();
    for path in paths {
        walk::path(path, options, sources, &mut loaded, &mut seen);
    }
    if loaded.corpus.documents.is_empty() {
        return Err(nothing_loaded(paths, std::mem::take(&mut loaded.problems)));
    }
    Ok(loaded)
}

/// The error of paths from which no document at all could be loaded: the one problem
/// there was, all of them, or that the paths hold no article.
pub fn nothing_loaded(paths: &[PathBuf], mut problems: Vec<LoadError>) -> LoadError {
    match problems.len() {
        0 => LoadError::Empty {
            paths: paths
                .iter()
                .map(|p| format!("`{}`", p.display()))
                .collect::<Vec<_>>()
                .join(", "),
        },
        1 => problems.remove(0),
        _ => LoadError::Nothing { problems },
    }
}
