//! `sources.yaml`: metadata for the files of its folder, for articles that cannot carry
//! front matter.
//!
//! ```yaml
//! documents:
//!   000_861de67a3d0b5135.txt:
//!     outlet: AP text, republished
//!     published: 2021-12-22
//! ```

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;

use super::front_matter::yaml_error;
use super::{LoadError, Meta};
use crate::source::{SourceFile, Span};

/// The manifest's file name.
pub const FILE_NAME: &str = "sources.yaml";

/// A parsed manifest: file name (relative to the manifest's folder) to metadata.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Manifest {
    /// One entry per file.
    #[serde(default, deserialize_with = "super::front_matter::unique_map")]
    pub documents: BTreeMap<String, Meta>,
}

/// Reads a manifest, and checks that every entry names a file beside it.
pub fn read(file: &SourceFile, folder: &Path) -> Result<Manifest, LoadError> {
    if file.text.trim().is_empty() {
        return Ok(Manifest::default());
    }
    super::front_matter::nesting("bad manifest", file, Span::new(0, file.text.len()))?;
    let manifest: Manifest = serde_yaml::from_str(&file.text)
        .map_err(|err| yaml_error("bad manifest", file, 0, &err))?;
    for name in manifest.documents.keys() {
        if !folder.join(name).is_file() {
            let at = file.text.find(name.as_str()).unwrap_or(0);
            return Err(LoadError::ManifestEntry {
                path: file.name.clone(),
                name: name.clone(),
                src: file.named_source(),
                at: Span::new(at, at + name.len()).into(),
            });
        }
    }
    Ok(manifest)
}
