//! Writing files: a report given `--output`, a rule file `rules fmt` rewrote, a
//! snapshot `test --snapshot` accepted. Bytes in, a file on disk out, or an
//! [`OutputError`].

use std::path::{Path, PathBuf};

/// A file that could not be written.
#[derive(Debug, thiserror::Error, miette::Diagnostic)]
#[error("cannot write `{path}`: {reason}")]
#[diagnostic(code(claimlint::output::write))]
pub struct OutputError {
    /// The file.
    pub path: String,
    /// Why.
    pub reason: String,
}

/// Writes a file through a temporary file in the same folder, renamed over it, so that
/// an interrupted run never leaves half a file. An existing file keeps its
/// permissions.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), OutputError> {
    let error = |e: std::io::Error| OutputError {
        path: path.display().to_string(),
        reason: e.to_string(),
    };
    let folder = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let mut temp = tempfile::NamedTempFile::new_in(&folder).map_err(error)?;
    std::io::Write::write_all(&mut temp, bytes).map_err(error)?;
    if let Ok(meta) = std::fs::metadata(path) {
        // Keep the file's permissions; a failure here leaves the defaults, which is fine.
        let _ = std::fs::set_permissions(temp.path(), meta.permissions());
    }
    temp.persist(path).map_err(|e| error(e.error))?;
    Ok(())
}
