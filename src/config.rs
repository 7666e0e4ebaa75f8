//! `claimlint.yaml`: the project's configuration, found in the working folder or its
//! parents (or named with `--config`).
//!
//! ```yaml
//! rules: [rules/story.rules]     # rule files, relative to this file; built-in rules when empty
//! sources: [sources/]            # what drafts are checked against, when --sources is not given
//! fail-on: error                 # error | warning | info
//! date: 2021-12-22               # publication date of articles that give none
//! off: [troop-buildup-contradicts]
//! severity: { death-toll-disagrees: warning }
//! max-file-size: 67108864       # bytes; larger files are refused with a diagnostic
//! ignore:
//!   - rule: death-toll-contradicts
//!     paths: [archive/]
//! ```

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::load::{LoadError, MAX_FILE_SIZE, read_text, yaml_error};
use crate::parse::ast::{RuleSet, Severity};
use crate::source::SourceFile;

/// The configuration file's name.
pub const FILE_NAME: &str = "claimlint.yaml";

/// A project's configuration. Paths are relative to the configuration file.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Config {
    /// Rule files; the built-in rules when empty.
    #[serde(default)]
    pub rules: Vec<PathBuf>,
    /// Sources for draft mode, when `--sources` is not given.
    #[serde(default)]
    pub sources: Vec<PathBuf>,
    /// The lowest severity that fails the run.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fail_on: Option<Severity>,
    /// The publication date of articles that give none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<NaiveDate>,
    /// Rule ids turned off.
    #[serde(default)]
    pub off: Vec<String>,
    /// Rule ids re-graded.
    #[serde(default, deserialize_with = "crate::load::unique_map")]
    pub severity: BTreeMap<String, Severity>,
    /// Rules turned off for some paths.
    #[serde(default)]
    pub ignore: Vec<Ignore>,
    /// The largest article to read, in bytes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_file_size: Option<u64>,
    /// Where the file was found; not read from it.
    #[serde(skip)]
    pub path: Option<PathBuf>,
}

/// `ignore:` entry: a rule turned off under some paths.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Ignore {
    /// The rule's id.
    pub rule: String,
    /// Files or folders, relative to the configuration file.
    pub paths: Vec<PathBuf>,
    /// The same, canonical where they exist: made once when the file is read, so that
    /// a long `ignore:` costs nothing per finding.
    #[serde(skip)]
    pub canonical: Vec<PathBuf>,
}

/// The configuration named with `--config`, or the nearest `claimlint.yaml` in `start`
/// or a parent folder; the default when there is none.
pub fn config(explicit: Option<&Path>, start: &Path) -> Result<Config, LoadError> {
    let path = match explicit {
        Some(path) => path.to_path_buf(),
        None => match discover(start) {
            Some(path) => path,
            None => return Ok(Config::default()),
        },
    };
    let text = read_text(&path)?;
    let file = SourceFile::new(path.display().to_string(), text);
    let mut config: Config = if file.text.trim().is_empty() {
        Config::default()
    } else {
        crate::load::yaml_nesting("bad configuration", &file)?;
        serde_yaml::from_str(&file.text).map_err(|err| {
            let mut error = yaml_error("bad configuration", &file, 0, &err);
            if let LoadError::Yaml { help, .. } = &mut error {
                *help = CONFIG_HELP;
            }
            error
        })?
    };
    if let Some(size) = config
        .max_file_size
        .filter(|&s| s > MAX_FILE_SIZE || s == 0)
    {
        return Err(LoadError::Setting {
            path: file.name.clone(),
            key: "max-file-size",
            reason: format!("is {size} bytes, outside 1 to {MAX_FILE_SIZE}"),
            help: "give a size in bytes between 1 and 4294967296 (4G)",
        });
    }
    let folder = path.parent().unwrap_or(Path::new("")).to_path_buf();
    // Relative to the working folder (`start`) when under it, so that reports name
    // `sources/a.txt`, not `/home/…/sources/a.txt`.
    let resolve = |p: &PathBuf| {
        if p.is_absolute() {
            p.clone()
        } else {
            relative_to(&folder.join(p), start)
        }
    };
    config.rules = config.rules.iter().map(resolve).collect();
    config.sources = config.sources.iter().map(resolve).collect();
    for ignore in &mut config.ignore {
        ignore.paths = ignore.paths.iter().map(resolve).collect();
        ignore.canonical = ignore.paths.iter().map(|p| canonical(p)).collect();
    }
    config.path = Some(path);
    Ok(config)
}

/// The nearest trusted `claimlint.yaml` in `start` or a parent folder. The search stops
/// at the repository's root (a folder holding `.git`) and at the home folder, so that a
/// file in a shared parent (`/tmp`) cannot turn rules off or point `rules:` anywhere;
/// and a file in a world-writable folder not owned by the user (`/tmp` itself) is
/// passed over. `claimlint config` prints which file was used.
fn discover(start: &Path) -> Option<PathBuf> {
    let home = std::env::var_os("HOME").map(PathBuf::from);
    for folder in start.ancestors() {
        let candidate = folder.join(FILE_NAME);
        if candidate.is_file() && trusted(folder, &candidate) {
            return Some(candidate);
        }
        if folder.join(".git").exists() || home.as_deref() == Some(folder) {
            return None;
        }
    }
    None
}

/// Whether a configuration found by the search may be used: not in a world-writable
/// folder that someone else owns, and not itself writable by anyone.
#[cfg(unix)]
fn trusted(folder: &Path, file: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    let (Ok(dir), Ok(meta)) = (std::fs::metadata(folder), std::fs::metadata(file)) else {
        return false;
    };
    // The process's own user: the owner of `/proc/self` on Linux.
    let me = std::fs::metadata("/proc/self").map(|m| m.uid()).ok();
    let world_writable = |mode: u32| mode & 0o002 != 0;
    if world_writable(meta.mode()) {
        return false;
    }
    !(world_writable(dir.mode()) && Some(dir.uid()) != me)
}

#[cfg(not(unix))]
fn trusted(_folder: &Path, _file: &Path) -> bool {
    true
}

const CONFIG_HELP: &str = "known keys are `rules`, `sources`, `fail-on`, `date`, `off`, `severity`, `ignore` and `max-file-size`";

impl Config {
    /// Whether a rule is turned off for a document path: the path is made canonical
    /// once, and compared with the entries made canonical when the file was read.
    pub fn ignores(&self, rule: &str, path: &Path) -> bool {
        if self.off.iter().any(|r| r == rule) {
            return true;
        }
        let mut entries = self.ignore.iter().filter(|i| i.rule == rule).peekable();
        if entries.peek().is_none() {
            return false;
        }
        let path = canonical(path);
        entries.any(|i| {
            if i.canonical.len() == i.paths.len() {
                i.canonical.iter().any(|p| path.starts_with(p))
            } else {
                i.paths.iter().any(|p| path.starts_with(canonical(p)))
            }
        })
    }
}

/// A path made canonical where it exists, else as it is.
fn canonical(path: &Path) -> PathBuf {
    path.canonicalize().unwrap_or_else(|_| path.to_path_buf())
}

/// `path` relative to `base` when it lies under it (`.` for `base` itself); else as is.
/// Both are compared as written, then (when they exist) canonical.
pub fn relative_to(path: &Path, base: &Path) -> PathBuf {
    let strip = |path: &Path, base: &Path| {
        path.strip_prefix(base).ok().map(|rest| {
            let rest: PathBuf = rest
                .components()
                .filter(|c| !matches!(c, std::path::Component::CurDir))
                .collect();
            if rest.as_os_str().is_empty() {
                PathBuf::from(".")
            } else {
                rest
            }
        })
    };
    if !path.is_absolute() {
        return path.to_path_buf();
    }
    strip(path, base)
        .or_else(|| {
            let canon = |p: &Path| p.canonicalize().ok();
            let (path, base) = (canon(path)?, canon(base)?);
            strip(&path, &base).or_else(|| {
                // Beside the working folder: up to the common folder, then down.
                let common = base.ancestors().find(|a| path.starts_with(a))?;
                // Only the root in common: the absolute path reads better.
                common.parent()?;
                let ups = base.strip_prefix(common).ok()?.components().count();
                let mut out: PathBuf = std::iter::repeat_n("..", ups).collect();
                out.push(path.strip_prefix(common).ok()?);
                Some(out)
            })
        })
        .unwrap_or_else(|| path.to_path_buf())
}

/// A configuration that names a rule no rule file declares.
#[derive(Debug, thiserror::Error, miette::Diagnostic)]
pub enum ConfigError {
    /// `off`, `severity` or `ignore` names an unknown rule.
    #[error("`{path}` names rule `{id}`, which no rule file declares")]
    #[diagnostic(code(claimlint::config::unknown_rule), help("{help}"))]
    UnknownRule {
        /// The configuration file.
        path: String,
        /// The unknown id.
        id: String,
        /// The nearest known id, or the list of them.
        help: String,
    },
    /// `--select`, `--extend-select` or `--ignore` names neither a rule nor a tag.
    #[error("`--{flag}` names `{name}`, which is neither a rule id nor a tag")]
    #[diagnostic(code(claimlint::config::unknown_selector), help("{help}"))]
    UnknownSelector {
        /// The flag.
        flag: &'static str,
        /// The unknown name.
        name: String,
        /// The nearest known id or tag, or where to find them.
        help: String,
    },
}

impl Config {
    /// Checks that every rule id the configuration names is declared.
    pub fn check_rule_ids(&self, rules: &RuleSet) -> Result<(), ConfigError> {
        let named = self
            .off
            .iter()
            .chain(self.severity.keys())
            .chain(self.ignore.iter().map(|i| &i.rule));
        for id in named {
            if rules.rule(id).is_none() {
                let nearest = rules
                    .rules
                    .iter()
                    .map(|r| (strsim::levenshtein(id, &r.id.name), &r.id.name))
                    .min();
                return Err(ConfigError::UnknownRule {
                    path: self
                        .path
                        .as_ref()
                        .map_or_else(String::new, |p| p.display().to_string()),
                    id: id.clone(),
                    help: match nearest {
                        Some((distance, name)) if distance <= 3 => {
                            format!("did you mean `{name}`?")
                        }
                        _ => "`claimlint rules list` shows the rules".to_owned(),
                    },
                });
            }
        }
        Ok(())
    }
}
