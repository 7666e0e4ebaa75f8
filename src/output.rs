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

/// Writes a file through a temporary file in the same folder, flushed to disk and then
/// renamed over it, so that an interrupted run never leaves half a file.
///
/// - A symbolic link is followed: the file it names is replaced, the link stays.
/// - What is not a regular file (`/dev/null`, a FIFO, a terminal) is written in place,
///   never renamed over; a folder is refused.
/// - An existing file keeps its permissions; a new one gets the usual `0666` less the
///   umask (not the temporary file's `0600`).
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), OutputError> {
    let error = |e: std::io::Error| OutputError {
        path: path.display().to_string(),
        reason: e.to_string(),
    };
    let target = resolve_links(path);
    match std::fs::metadata(&target) {
        Ok(meta) if meta.is_dir() => {
            return Err(OutputError {
                path: path.display().to_string(),
                reason: "it is a folder".to_owned(),
            });
        }
        Ok(meta) if !meta.is_file() => {
            // A device or a FIFO: written to as it is.
            let mut file = std::fs::OpenOptions::new()
                .write(true)
                .open(&target)
                .map_err(error)?;
            return std::io::Write::write_all(&mut file, bytes).map_err(error);
        }
        _ => {}
    }
    let folder = match target.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    sweep_stale_temporaries(&folder);
    let mut builder = tempfile::Builder::new();
    builder.prefix(TEMP_PREFIX).suffix(TEMP_SUFFIX);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    let mut temp = builder.tempfile_in(&folder).map_err(error)?;
    std::io::Write::write_all(&mut temp, bytes).map_err(error)?;
    if let Ok(meta) = std::fs::metadata(&target) {
        // Keep the file's permissions; a failure here leaves the defaults, which is fine.
        let _ = std::fs::set_permissions(temp.path(), meta.permissions());
    }
    // On disk before the rename, so that a crash leaves the old file or the new one.
    temp.as_file().sync_all().map_err(error)?;
    temp.persist(&target).map_err(|e| error(e.error))?;
    Ok(())
}

/// How a temporary file of [`write_atomically`] is named: `.claimlint-XXXXXX.tmp`.
const TEMP_PREFIX: &str = ".claimlint-";
/// See [`TEMP_PREFIX`].
const TEMP_SUFFIX: &str = ".tmp";

/// How old a temporary file must be to be taken for one a killed run left behind: a
/// write in progress finishes in well under this.
const STALE_AFTER: std::time::Duration = std::time::Duration::from_secs(15 * 60);

/// Removes the temporary files of earlier writes into `folder` that a killed run left
/// behind (a SIGKILL or a power cut runs no clean-up): regular files named as
/// [`write_atomically`] names them, not modified for [`STALE_AFTER`]. Best effort: what
/// cannot be read or removed is left.
fn sweep_stale_temporaries(folder: &Path) {
    let Ok(entries) = std::fs::read_dir(folder) else {
        return;
    };
    let now = std::time::SystemTime::now();
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(name) = name.to_str() else { continue };
        if !(name.starts_with(TEMP_PREFIX) && name.ends_with(TEMP_SUFFIX)) {
            continue;
        }
        let Ok(meta) = entry.metadata() else { continue };
        let stale = meta
            .modified()
            .ok()
            .and_then(|m| now.duration_since(m).ok())
            .is_some_and(|age| age > STALE_AFTER);
        if meta.is_file() && stale {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

/// The file a path names once symbolic links are followed (at most 40 of them, as the
/// kernel allows); a dangling link names the file it would create.
fn resolve_links(path: &Path) -> PathBuf {
    let mut current = path.to_path_buf();
    for _ in 0..40 {
        let Ok(meta) = std::fs::symlink_metadata(&current) else {
            return current;
        };
        if !meta.file_type().is_symlink() {
            return current;
        }
        let Ok(link) = std::fs::read_link(&current) else {
            return current;
        };
        current = if link.is_absolute() {
            link
        } else {
            current
                .parent()
                .map_or_else(|| link.clone(), |folder| folder.join(&link))
        };
    }
    current
}

/// Whether writing `output` would overwrite one of `inputs` (the same file, however
/// named: through `./`, `..` or a link): `check a.txt --output a.txt` must not replace
/// the article with its report.
pub fn is_one_of(output: &Path, inputs: &[&Path]) -> bool {
    let Some(out) = file_key(output) else {
        return false;
    };
    inputs.iter().any(|i| file_key(i).as_ref() == Some(&out))
}

/// What identifies a file however it is named: device and inode on Unix, else its
/// canonical path.
fn file_key(path: &Path) -> Option<(u64, u64, PathBuf)> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let meta = std::fs::metadata(path).ok()?;
        Some((meta.dev(), meta.ino(), PathBuf::new()))
    }
    #[cfg(not(unix))]
    {
        Some((0, 0, std::fs::canonicalize(path).ok()?))
    }
}
