//! Everything that can go wrong while loading documents and manifests.

use miette::{Diagnostic, NamedSource, SourceSpan};

use crate::source::SharedText;

/// A path, file, front matter or manifest that could not be loaded.
#[derive(Debug, thiserror::Error, Diagnostic)]
pub enum LoadError {
    /// A path on the command line that does not exist or cannot be read.
    #[error("cannot read `{path}`: {reason}")]
    #[diagnostic(
        code(claimlint::load::unreadable),
        help("check the path and its permissions")
    )]
    Unreadable {
        /// The path as given.
        path: String,
        /// What the system said.
        reason: String,
    },

    /// Nothing to check: no `.txt` or `.md` file under the paths given.
    #[error("no articles to check in {paths}")]
    #[diagnostic(
        code(claimlint::load::empty),
        help("claimlint reads `.txt` and `.md` files; name a file, or a folder that holds some")
    )]
    Empty {
        /// The paths as given, in backticks.
        paths: String,
    },

    /// Every path failed.
    #[error("no article could be loaded")]
    #[diagnostic(code(claimlint::load::nothing))]
    Nothing {
        /// Why each failed.
        #[related]
        problems: Vec<LoadError>,
    },

    /// A file that holds binary data, not text.
    #[error("`{path}` is not a text file")]
    #[diagnostic(
        code(claimlint::load::binary),
        help("it holds a NUL byte at offset {offset}; claimlint reads UTF-8 text and Markdown")
    )]
    Binary {
        /// The path as given.
        path: String,
        /// Where the first NUL byte is.
        offset: usize,
    },

    /// A file that is not valid UTF-8.
    #[error("`{path}` is not valid UTF-8")]
    #[diagnostic(
        code(claimlint::load::encoding),
        help("convert it to UTF-8, e.g. `iconv -f WINDOWS-1252 -t UTF-8`")
    )]
    Encoding {
        /// The path as given.
        path: String,
        /// The file, invalid bytes replaced, to point at.
        #[source_code]
        src: NamedSource<SharedText>,
        /// The first invalid byte.
        #[label("this byte is not UTF-8")]
        at: SourceSpan,
    },

    /// Front matter or a manifest that is not valid YAML or has the wrong shape.
    #[error("{what} in `{path}`: {reason}")]
    #[diagnostic(code(claimlint::load::yaml), help("{help}"))]
    Yaml {
        /// What keys the file may hold.
        help: &'static str,
        /// "bad front matter" or "bad manifest".
        what: &'static str,
        /// The path as given.
        path: String,
        /// What the YAML reader said, without its own location.
        reason: String,
        /// The file.
        #[source_code]
        src: NamedSource<SharedText>,
        /// Where the YAML reader stopped.
        #[label("here")]
        at: SourceSpan,
    },

    /// A manifest entry for a file that is not there.
    #[error("`{path}` describes `{name}`, which is not in its folder")]
    #[diagnostic(
        code(claimlint::load::manifest_entry),
        help("entries are file names relative to the manifest's folder")
    )]
    ManifestEntry {
        /// The manifest's path.
        path: String,
        /// The entry's name.
        name: String,
        /// The manifest.
        #[source_code]
        src: NamedSource<SharedText>,
        /// The entry.
        #[label("no such file")]
        at: SourceSpan,
    },

    /// A suppression comment without a rule id or a reason.
    #[error("a suppression in `{path}` needs a rule id and a reason")]
    #[diagnostic(
        code(claimlint::load::suppression),
        help("write it as `claimlint-disable-next-line RULE-ID -- why the claim is right`")
    )]
    Suppression {
        /// The document.
        path: String,
        /// The document.
        #[source_code]
        src: NamedSource<SharedText>,
        /// The marker.
        #[label("no reason given")]
        at: SourceSpan,
    },

    /// A `--baseline` file that is not a claimlint JSON report.
    #[error("`{path}` is not a claimlint JSON report: {reason}")]
    #[diagnostic(
        code(claimlint::load::baseline),
        help("make one with `claimlint check … --format json --output {path}`")
    )]
    Baseline {
        /// The file.
        path: String,
        /// What the JSON reader said.
        reason: String,
    },

    /// A file over the size cap.
    #[error("`{path}` is too large to check ({size} bytes; the cap is {max})")]
    #[diagnostic(
        code(claimlint::load::too_large),
        help(
            "split it into articles, or raise the cap with `--max-file-size` or `max-file-size:` in claimlint.yaml"
        )
    )]
    TooLarge {
        /// The file.
        path: String,
        /// Its size, or what was read of it.
        size: u64,
        /// The cap.
        max: u64,
    },

    /// A setting out of its range (`max-file-size` over 4G, an empty `body-from`).
    #[error("`{path}`: `{key}` {reason}")]
    #[diagnostic(code(claimlint::load::setting), help("{help}"))]
    Setting {
        /// The file that sets it.
        path: String,
        /// The key.
        key: &'static str,
        /// What is wrong with its value.
        reason: String,
        /// What would be right.
        help: &'static str,
    },

    /// A `body-from` or `body-until` marker that is not in the article.
    #[error("`{path}`: the `{key}` text `{marker}` is not in the article")]
    #[diagnostic(
        code(claimlint::load::body_marker),
        help("copy the first words of the article (or of what follows it) exactly")
    )]
    BodyMarker {
        /// The document.
        path: String,
        /// `body-from` or `body-until`.
        key: &'static str,
        /// The text looked for.
        marker: String,
    },
}
