//! Following `use`: rule files in, each parsed and validated once, after the files it
//! imports, and merged into one [`RuleSet`]. Import cycles and missing files are errors
//! underlining the `use`.

use std::collections::{HashMap, HashSet};

use super::ast::{FactDecl, RuleSet};
use super::error::{ErrorKind, ParseError};
use super::lower::Lowered;
use super::validate::{self, Imported};
use super::{EMBEDDED, lower_file};
use crate::source::{SourceId, SourceMap};

/// Where a file stands in the walk.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    Todo,
    Visiting,
    Done,
}

/// One rule file of the walk.
#[derive(Debug)]
struct Unit {
    id: SourceId,
    /// Its normalised path, which identifies it.
    key: String,
    state: State,
    /// Its declarations, validated.
    set: RuleSet,
    /// The units it imports.
    imports: Vec<usize>,
}

/// Every rule file reached from the given ones.
#[derive(Debug, Default)]
pub(crate) struct Files {
    units: Vec<Unit>,
    by_key: HashMap<String, usize>,
    /// Units being visited, outermost first.
    stack: Vec<usize>,
    /// Word lists named somewhere: (unit, name).
    used: HashSet<(usize, String)>,
}

impl Files {
    /// Registers a file given by the caller; `None` when `id` is not in `sources`.
    pub fn root(&mut self, sources: &SourceMap, id: SourceId) -> Option<usize> {
        let file = sources.get(id)?;
        let key = normalize(&file.name);
        Some(match self.by_key.get(&key) {
            Some(&unit) => unit,
            None => self.add(id, key),
        })
    }

    fn add(&mut self, id: SourceId, key: String) -> usize {
        let unit = self.units.len();
        self.by_key.insert(key.clone(), unit);
        self.units.push(Unit {
            id,
            key,
            state: State::Todo,
            set: RuleSet::default(),
            imports: Vec::new(),
        });
        unit
    }

    /// Parses and validates a unit after the units it imports.
    pub fn visit(&mut self, sources: &mut SourceMap, unit: usize, errors: &mut Vec<ParseError>) {
        let Some(current) = self.units.get_mut(unit) else {
            return;
        };
        if current.state != State::Todo {
            return;
        }
        current.state = State::Visiting;
        let id = current.id;
        let folder = parent(&current.key).to_owned();
        self.stack.push(unit);
        let Lowered {
            mut set,
            uses,
            errors: lower_errors,
            clauses,
            broken_facts,
        } = lower_file(sources, id);
        errors.extend(lower_errors);
        let mut imports = Vec::new();
        for import in &uses {
            let mut key = normalize(&join(&folder, &import.path));
            // `use "default.rules"` with no such file beside the importing one: the
            // built-in pack (the same unit when the caller also gave it).
            if !self.by_key.contains_key(&key)
                && !sources.iter().any(|(_, f)| normalize(&f.name) == key)
                && !std::path::Path::new(&key).exists()
                && let Some((name, _)) = super::built_in(&import.path)
            {
                key = normalize(name);
            }
            let allowed = allowed(&import.path);
            let target = match self.by_key.get(&key) {
                Some(&target) if allowed.is_ok() => target,
                _ => match allowed.and_then(|()| read(sources, &key, &folder)) {
                    Ok(target_id) => self.add(target_id, key.clone()),
                    Err(reason) => {
                        if let Some(file) = sources.get(id) {
                            errors.push(ParseError::at(
                                file.named_source(),
                                ErrorKind::MissingImport {
                                    path: import.path.clone(),
                                    reason,
                                    span: import.span.into(),
                                },
                            ));
                        }
                        continue;
                    }
                },
            };
            if self.units.get(target).map(|u| u.state) == Some(State::Visiting) {
                let from = self.stack.iter().position(|&u| u == target).unwrap_or(0);
                let chain: Vec<String> = self
                    .stack
                    .get(from..)
                    .unwrap_or(&[])
                    .iter()
                    .chain([&target])
                    .filter_map(|&u| self.units.get(u))
                    .map(|u| format!("`{}`", u.key))
                    .collect();
                if let Some(file) = sources.get(id) {
                    errors.push(ParseError::at(file.named_source(), ErrorKind::ImportCycle {
                        path: import.path.clone(),
                        span: import.span.into(),
                        help: format!(
                            "the files import each other: {}; move what they share into a third file",
                            chain.join(" → ")
                        ),
}));
                }
                continue;
            }
            self.visit(sources, target, errors);
            if !imports.contains(&target) {
                imports.push(target);
            }
        }
        let mut imported = self.imported(&imports);
        imported.broken_facts = broken_facts;
        if let Some(file) = sources.get(id) {
            let report = validate::file(file, &mut set, &imported, &clauses);
            errors.extend(report.errors);
            self.used
                .extend(report.used_local.into_iter().map(|name| (unit, name)));
            self.used.extend(report.used_imported);
        }
        self.stack.pop();
        if let Some(current) = self.units.get_mut(unit) {
            current.set = set;
            current.imports = imports;
            current.state = State::Done;
        }
    }

    /// The lists and facts that `imports` declare.
    fn imported(&self, imports: &[usize]) -> Imported {
        let mut imported = Imported::default();
        for &unit in imports {
            let Some(u) = self.units.get(unit) else {
                continue;
            };
            for list in &u.set.lists {
                imported
                    .lists
                    .entry(list.name.name.clone())
                    .or_insert_with(|| (unit, list.words.words.clone()));
            }
            for fact in &u.set.facts {
                if !imported
                    .facts
                    .iter()
                    .any(|f: &FactDecl| f.name == fact.name)
                {
                    imported.facts.push(fact.clone());
                }
            }
        }
        imported
    }

    /// Every unit's lists and facts and the roots' rules, and a warning for each word
    /// list nothing uses.
    pub fn merge(&self, sources: &SourceMap, roots: &[usize]) -> (RuleSet, Vec<ParseError>) {
        let mut merged = RuleSet::default();
        let mut warnings = Vec::new();
        for (index, unit) in self.units.iter().enumerate() {
            merged.lists.extend(unit.set.lists.iter().cloned());
            merged.facts.extend(unit.set.facts.iter().cloned());
            if roots.contains(&index) {
                merged.rules.extend(unit.set.rules.iter().cloned());
            }
            let Some(file) = sources.get(unit.id) else {
                continue;
            };
            for list in &unit.set.lists {
                if !self.used.contains(&(index, list.name.name.clone())) {
                    warnings.push(ParseError::at(
                        file.named_source(),
                        ErrorKind::UnusedList {
                            name: list.name.name.clone(),
                            span: list.name.loc.span.into(),
                        },
                    ));
                }
            }
        }
        (merged, warnings)
    }
}

/// The largest rule file `use` reads: 4 MiB.
const MAX_IMPORT_BYTES: u64 = 4 * 1024 * 1024;

/// Whether a `use` path may be followed: a `.rules` file named relative to the
/// importing file, inside its folder's tree. Anything else (`/proc/self/environ`,
/// `../../home/x/.ssh/id_rsa`) is refused before it is opened, so that its text is
/// never read nor shown.
fn allowed(path: &str) -> Result<(), String> {
    let unix = path.replace('\\', "/");
    let drive = unix.as_bytes().get(1) == Some(&b':');
    if unix.starts_with('/') || drive {
        return Err(
            "an import is a path relative to the importing file's folder, not an absolute path"
                .to_owned(),
        );
    }
    let normal = normalize(&unix);
    if normal == ".." || normal.starts_with("../") {
        return Err("an import must lie inside the importing file's folder".to_owned());
    }
    if !std::path::Path::new(&normal)
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("rules"))
    {
        return Err("only `.rules` files can be imported".to_owned());
    }
    Ok(())
}

/// Finds the text of an imported file: among the texts already read, the embedded
/// rule files, then on disk — a regular file of at most [`MAX_IMPORT_BYTES`] that,
/// symbolic links resolved, still lies inside `folder`.
fn read(sources: &mut SourceMap, key: &str, folder: &str) -> Result<SourceId, String> {
    if let Some((id, _)) = sources.iter().find(|(_, f)| normalize(&f.name) == key) {
        return Ok(id);
    }
    if let Some((name, text)) = EMBEDDED.iter().find(|(name, _)| normalize(name) == key) {
        return Ok(sources.add(*name, *text));
    }
    let path = std::path::Path::new(key);
    let inside = if folder.is_empty() { "." } else { folder };
    match (std::fs::canonicalize(path), std::fs::canonicalize(inside)) {
        (Ok(target), Ok(root)) if !target.starts_with(&root) => {
            return Err("it links to a file outside the importing file's folder".to_owned());
        }
        (Err(e), _) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err("no such file".to_owned());
        }
        _ => {}
    }
    match crate::load::read_text_capped(path, MAX_IMPORT_BYTES) {
        Ok(text) => Ok(sources.add(key, text)),
        Err(crate::load::LoadError::TooLarge { size, max, .. }) => Err(format!(
            "the file is too large for a rule file ({size} bytes; the cap is {max})"
        )),
        Err(crate::load::LoadError::Encoding { .. } | crate::load::LoadError::Binary { .. }) => {
            Err("the file is not UTF-8 text".to_owned())
        }
        Err(crate::load::LoadError::Unreadable { reason, .. }) => Err(reason),
        Err(e) => Err(e.to_string()),
    }
}

/// The folder part of a `/`-separated path, without the final `/`.
fn parent(path: &str) -> &str {
    path.rfind('/').map_or("", |i| path.get(..i).unwrap_or(""))
}

/// `path` relative to `folder`, unless it is absolute.
fn join(folder: &str, path: &str) -> String {
    let path = path.replace('\\', "/");
    if path.starts_with('/') || folder.is_empty() {
        path
    } else {
        format!("{folder}/{path}")
    }
}

/// A path with `\` as `/`, and `.` and `..` resolved where they can be.
pub(crate) fn normalize(path: &str) -> String {
    let path = path.replace('\\', "/");
    let absolute = path.starts_with('/');
    let mut parts: Vec<&str> = Vec::new();
    for part in path.split('/') {
        match part {
            "" | "." => {}
            ".." if parts.last().is_some_and(|p| *p != "..") => {
                parts.pop();
            }
            ".." if absolute => {}
            part => parts.push(part),
        }
    }
    let joined = parts.join("/");
    if absolute {
        format!("/{joined}")
    } else {
        joined
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_normalize_lexically() {
        assert_eq!(normalize("./rules/../rules/a.rules"), "rules/a.rules");
        assert_eq!(normalize("../a.rules"), "../a.rules");
        assert_eq!(normalize("/x/./y/../a.rules"), "/x/a.rules");
        assert_eq!(join(parent("rules/b.rules"), "a.rules"), "rules/a.rules");
        assert_eq!(join(parent("b.rules"), "lib/a.rules"), "lib/a.rules");
    }
}
