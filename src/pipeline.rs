//! The streaming check: paths and [`Options`] in, [`Checked`] out. Each article is
//! loaded (`load::load_file`), dated and extracted ([`extract::facts`]) and checked
//! against the rules within a document ([`evaluate::Plan::document`]) on its own, in
//! parallel; unless [`Options::keep`], its text and the facts no rule across documents
//! reads are then let go. The rules across documents ([`evaluate::Plan::across`])
//! compare the facts kept, the texts their findings point into are read again (checked
//! against a digest) for the report to quote, and [`triage`] decides what is reported.

use std::path::PathBuf;

use chrono::NaiveDate;
use rayon::prelude::*;

use crate::config::Config;
use crate::error::Error;
use crate::evaluate::{self, EvalOptions, Finding};
use crate::extract::{self, Fact};
use crate::load::{self, Corpus, DocId, LoadOptions, Role};
use crate::parse::{self, ast::RuleSet};
use crate::report::{self, Report};
use crate::source::{self, SourceMap};
use crate::triage;

/// Called once per document extracted, with the number of documents in all; may be
/// called from several threads at once.
pub type Progress = std::sync::Arc<dyn Fn(usize) + Send + Sync>;

/// What a check uses besides the articles.
#[derive(Clone, Default)]
pub struct Options {
    /// Rule files; the built-in rules when empty.
    pub rules: Vec<PathBuf>,
    /// The publication date of articles that give none.
    pub date: Option<NaiveDate>,
    /// The articles a draft draws on. When given, the checked paths are drafts
    /// (unless their metadata says otherwise) and findings are about them.
    pub sources: Vec<PathBuf>,
    /// In draft mode, also report what the sources alone get wrong.
    pub all: bool,
    /// Rules turned off or re-graded, by id and path.
    pub config: Config,
    /// An earlier report: its findings are not reported again.
    pub baseline: Option<Report>,
    /// One more article given as text (standard input): its name and text.
    pub stdin: Option<(PathBuf, String)>,
    /// Told of every document extracted, for a progress bar.
    pub progress: Option<Progress>,
    /// The largest file to read, in bytes (64 MiB when `None`).
    pub max_bytes: Option<u64>,
    /// Keep every text and every fact in [`Checked`]. By default a check lets go of
    /// each article once it is checked, keeping only the texts that findings point
    /// into and the facts that rules across documents compare, so that an archive
    /// is checked in little memory.
    pub keep: bool,
}

impl std::fmt::Debug for Options {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Options")
            .field("rules", &self.rules)
            .field("date", &self.date)
            .field("sources", &self.sources)
            .field("all", &self.all)
            .field("progress", &self.progress.is_some())
            .field("keep", &self.keep)
            .finish_non_exhaustive()
    }
}

/// Everything a check produced: the texts, documents, facts and findings, and the
/// inputs that could not be read (the rest was still checked).
#[derive(Debug)]
pub struct Checked {
    /// Every text read, articles and rule files. An article's text is empty when no
    /// finding points into it, unless [`Options::keep`] was set.
    pub sources: SourceMap,
    /// The articles. A document whose text was let go keeps of its metadata only what
    /// rules read (outlet, publication date, role), unless [`Options::keep`] was set.
    pub corpus: Corpus,
    /// The rules used.
    pub rules: RuleSet,
    /// Every fact, by document then position, with [`Options::keep`]; else none (the
    /// facts that rules across documents compare are let go once compared).
    pub facts: Vec<Fact>,
    /// How many facts were read in all.
    pub fact_count: usize,
    /// How many bytes of articles were read.
    pub bytes: u64,
    /// Every finding, by document then position.
    pub findings: Vec<Finding>,
    /// Inputs that could not be read.
    pub problems: Vec<Error>,
    /// What the configuration, suppressions and the baseline hid.
    pub hidden: triage::Hidden,
    /// Without [`Options::keep`], the facts that rules across documents compared: let
    /// go with the check, or left to the system by [`Checked::leak`].
    #[expect(dead_code, reason = "held only to be let go with the check")]
    spent: Vec<Vec<Fact>>,
}

impl Checked {
    /// What the renderers of [`report`] take.
    pub fn inputs(&self) -> report::Inputs<'_> {
        report::Inputs {
            findings: &self.findings,
            corpus: &self.corpus,
            sources: &self.sources,
            rules: &self.rules,
            facts: self.fact_count,
            all_facts: &self.facts,
        }
    }

    /// The serialisable report (the JSON schema, version 1).
    pub fn report(&self) -> Report {
        Report::new(&self.findings, &self.corpus, &self.sources, self.fact_count)
    }

    /// Ends with the check without freeing what it holds, for a process that exits once
    /// its report is written: the system takes the memory back at once, where freeing
    /// every fact, finding and text one by one costs about 1% of a check's instructions.
    pub fn leak(self) {
        std::mem::forget(self);
    }
}

/// Loads the articles under `paths`, extracts their facts, and checks them against the
/// rules of `options` (the built-in rules when it names none).
///
/// Articles are read, extracted and checked against the rules within a document in
/// parallel, one at a time per thread; then the rules across documents compare the
/// facts kept from all of them.
pub fn check(paths: &[PathBuf], options: &Options) -> Result<Checked, Error> {
    let mut sources = SourceMap::new();
    let rules = load_rules(&options.rules, &mut sources)?;
    options.config.check_rule_ids(&rules)?;
    let plan = evaluate::Plan::new(&rules);
    let read = read(paths, options, &mut sources, Some(&plan))?;
    let Read {
        corpus,
        facts,
        selection,
        digests,
        findings: local,
        mut problems,
        fact_count,
        bytes,
    } = read;
    // In draft mode, a source's own contradictions are left out unless asked for.
    let draft_mode = evaluate::is_draft_mode(&corpus);
    let mut findings = triage::drafts_only(local, &corpus, draft_mode, options.all);
    // The facts kept stay where each document's check put them.
    let kept: Vec<&Fact> = facts.iter().flatten().collect();
    if plan.has_across() {
        let across = plan.across(
            &corpus,
            &sources,
            &kept,
            &selection,
            &EvalOptions { all: options.all },
            &mut findings,
        );
        // The texts these findings point into were let go: read them again.
        let docs = documents(&across);
        restore_texts(
            &docs,
            &corpus,
            &digests,
            options,
            &mut sources,
            &mut problems,
        );
        findings.extend(across);
    }
    drop(kept);
    let (facts, spent): (Vec<Fact>, _) = if options.keep {
        (facts.into_iter().flatten().collect(), Vec::new())
    } else {
        (Vec::new(), facts)
    };
    evaluate::sort(&mut findings);
    let hidden = triage::apply(
        &mut findings,
        &corpus,
        &sources,
        &options.config,
        options.baseline.as_ref(),
    );
    drop(plan);
    Ok(Checked {
        sources,
        corpus,
        rules,
        facts,
        fact_count,
        bytes,
        findings,
        problems,
        hidden,
        spent,
    })
}

/// Reads rule files (or the built-in ones) into `sources` and validates them together.
pub fn load_rules(paths: &[PathBuf], sources: &mut SourceMap) -> Result<RuleSet, Error> {
    let ids = add_rule_files(paths, sources)?;
    Ok(parse::rule_files(sources, &ids)?)
}

/// Adds rule files to `sources` (the built-in ones when `paths` is empty) and returns
/// their ids.
pub fn add_rule_files(
    paths: &[PathBuf],
    sources: &mut SourceMap,
) -> Result<Vec<source::SourceId>, Error> {
    if paths.is_empty() {
        return Ok(parse::EMBEDDED
            .iter()
            .map(|(name, text)| sources.add(*name, *text))
            .collect());
    }
    let mut ids = Vec::new();
    for path in paths {
        // A built-in pack by its name ("default", "default.rules"), unless a file
        // of that name exists.
        if !path.exists()
            && let Some((name, text)) = path.to_str().and_then(parse::built_in)
        {
            ids.push(sources.add(name, text));
            continue;
        }
        let text = load::read_text(path)?;
        ids.push(sources.add(path.display().to_string(), text));
    }
    Ok(ids)
}

/// What reading a run's articles left.
struct Read {
    corpus: Corpus,
    /// The facts kept, by document then position, each document's where its check
    /// put them (copying them into one vector would hold them twice at its peak).
    facts: Vec<Vec<Fact>>,
    /// Which kept fact each rule across documents reads: a fact's index and a
    /// declaration's, as [`evaluate::Plan::across`] takes them.
    selection: Vec<(usize, usize)>,
    /// For each document whose text was let go, a hash of it, to re-read it for a
    /// finding; `None` for a text kept.
    digests: Vec<Option<u64>>,
    /// The findings of each document on its own.
    findings: Vec<Finding>,
    problems: Vec<Error>,
    fact_count: usize,
    bytes: u64,
}

/// One article to read, in run order.
enum Input<'a> {
    /// Standard input.
    Text(&'a std::path::Path, &'a str),
    /// A file or a problem found walking a path.
    Walked(load::Item, Group),
}

/// Where an input came from: each group of paths must yield a document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Group {
    Stdin,
    Checked,
    Sources,
}

/// What one input left besides its text and its document: why it could not be read,
/// or what its check kept.
struct Rest {
    group: Group,
    problem: Option<Box<load::LoadError>>,
    facts: Vec<Fact>,
    selection: Vec<(usize, usize)>,
    digest: Option<u64>,
    findings: Vec<Finding>,
    fact_count: usize,
    bytes: u64,
}

impl Rest {
    fn new(group: Group) -> Self {
        Rest {
            group,
            problem: None,
            facts: Vec::new(),
            selection: Vec::new(),
            digest: None,
            findings: Vec::new(),
            fact_count: 0,
            bytes: 0,
        }
    }

    fn problem(group: Group, problem: Box<load::LoadError>) -> Self {
        Rest {
            problem: Some(problem),
            ..Rest::new(group)
        }
    }
}

/// Loads the articles (drafts, when `options.sources` names their sources), extracts
/// their facts and, with a `plan`, checks each document on its own, in parallel.
/// Texts go into `sources` in run order. Without a plan every fact and text is kept;
/// with one, see [`check_one`].
fn read(
    paths: &[PathBuf],
    options: &Options,
    sources: &mut SourceMap,
    plan: Option<&evaluate::Plan<'_>>,
) -> Result<Read, Error> {
    let drafts = !options.sources.is_empty();
    let checked_options = LoadOptions {
        date: options.date,
        role: drafts.then_some(Role::Draft),
        max_bytes: options.max_bytes,
    };
    let source_options = LoadOptions {
        date: options.date,
        role: Some(Role::Source),
        max_bytes: options.max_bytes,
    };
    let mut inputs: Vec<Input<'_>> = Vec::new();
    if let Some((name, text)) = &options.stdin {
        inputs.push(Input::Text(name, text));
    }
    let mut walked = Vec::new();
    // A file named twice (or through a link) is checked once.
    let mut seen = rustc_hash::FxHashSet::default();
    if options.stdin.is_none() || !paths.is_empty() {
        for path in paths {
            load::items(path, &mut walked);
        }
        load::drop_repeats(&mut walked, &mut seen);
    }
    inputs.extend(
        walked
            .into_iter()
            .map(|item| Input::Walked(item, Group::Checked)),
    );
    if drafts {
        let mut walked = Vec::new();
        for path in &options.sources {
            load::items(path, &mut walked);
        }
        load::drop_repeats(&mut walked, &mut seen);
        inputs.extend(
            walked
                .into_iter()
                .map(|item| Input::Walked(item, Group::Sources)),
        );
    }
    let total = inputs
        .iter()
        .filter(|i| !matches!(i, Input::Walked(load::Item::Problem(_), _)))
        .count();
    // Each input's text, document and the rest, written straight into three vectors
    // in run order: the texts and documents are compacted in place into the run's.
    type Each = (Option<source::SourceFile>, (Option<load::Document>, Rest));
    let (files, (docs, rests)): (Vec<_>, (Vec<_>, Vec<_>)) = inputs
        .into_par_iter()
        .map(|input| -> Each {
            let (loaded, group) = match input {
                Input::Text(name, text) => (
                    load::load_text(name, text.to_owned(), None, &checked_options),
                    Group::Stdin,
                ),
                Input::Walked(load::Item::File { path, manifest }, group) => {
                    let options = if group == Group::Sources {
                        &source_options
                    } else {
                        &checked_options
                    };
                    (load::load_file(&path, manifest.map(|m| *m), options), group)
                }
                Input::Walked(load::Item::Problem(err), group) => {
                    return (None, (None, Rest::problem(group, err)));
                }
            };
            let each = match loaded {
                Ok((file, doc)) => {
                    let keep = options.keep || plan.is_none() || group == Group::Stdin;
                    let (file, doc, rest) = check_one(file, doc, plan, keep, group);
                    (Some(file), (Some(doc), rest))
                }
                Err(err) => (None, (None, Rest::problem(group, Box::new(err)))),
            };
            if let Some(progress) = &options.progress {
                progress(total);
            }
            each
        })
        .unzip();
    // `filter_map` with the identity (not `flatten`) collects in place: no second copy.
    #[allow(clippy::filter_map_identity)]
    let files: Vec<source::SourceFile> = files.into_iter().filter_map(|f| f).collect();
    #[allow(clippy::filter_map_identity)]
    let mut documents: Vec<load::Document> = docs.into_iter().filter_map(|d| d).collect();
    // Each document's text, in the same order: the document keeps its id.
    let ids = sources.append(files);
    for (doc, id) in documents.iter_mut().zip(&ids) {
        doc.source = *id;
    }
    drop(ids);
    // In run order: indices, and the groups that loaded nothing. What is kept is
    // counted first, so that no vector grows to twice what it holds.
    let pairs = rests.iter().map(|r| r.selection.len()).sum();
    let mut read = Read {
        facts: Vec::with_capacity(documents.len()),
        selection: Vec::with_capacity(pairs),
        digests: Vec::with_capacity(documents.len()),
        corpus: Corpus { documents },
        findings: Vec::new(),
        problems: Vec::new(),
        fact_count: 0,
        bytes: 0,
    };
    let mut kept_so_far = 0;
    let (mut index, mut checked_loaded, mut sources_loaded) = (0, 0, 0);
    let (mut checked_failed, mut sources_failed) = (Vec::new(), Vec::new());
    for rest in rests {
        if let Some(err) = rest.problem {
            match rest.group {
                Group::Stdin => return Err((*err).into()),
                Group::Checked => checked_failed.push(*err),
                Group::Sources => sources_failed.push(*err),
            }
            continue;
        }
        let Rest {
            mut facts,
            selection,
            digest,
            mut findings,
            ..
        } = rest;
        #[expect(
            clippy::expect_used,
            reason = "an input without a problem loaded a document, the `index`th, and a run \
                      holds fewer than 2^32 documents (each holds a text in memory)"
        )]
        let id = read
            .corpus
            .id(index)
            .expect("one document for each input loaded");
        for fact in &mut facts {
            fact.doc = id;
        }
        let first = kept_so_far;
        kept_so_far += facts.len();
        read.selection.extend(
            selection
                .into_iter()
                .map(|(fact, decl)| (first + fact, decl)),
        );
        read.digests.push(digest);
        for label in findings.iter_mut().flat_map(|f| f.labels.iter_mut()) {
            label.doc = id;
        }
        read.facts.push(facts);
        read.findings.extend(findings);
        read.fact_count += rest.fact_count;
        read.bytes += rest.bytes;
        match rest.group {
            Group::Stdin => {}
            Group::Checked => checked_loaded += 1,
            Group::Sources => sources_loaded += 1,
        }
        index += 1;
    }
    // Paths from which nothing at all loaded fail the run, as `load::corpus` does.
    if (options.stdin.is_none() || !paths.is_empty()) && checked_loaded == 0 {
        return Err(load::nothing_loaded(paths, checked_failed).into());
    }
    if drafts && sources_loaded == 0 {
        return Err(load::nothing_loaded(&options.sources, sources_failed).into());
    }
    read.problems = checked_failed
        .into_iter()
        .chain(sources_failed)
        .map(Error::from)
        .collect();
    Ok(read)
}

/// Dates and extracts one loaded document and, with a `plan`, checks it on its own.
/// Unless `keep`, only the facts that rules across documents read are kept, and the
/// text only when a finding points into it; a document whose text is let go keeps a
/// hash of it, to read it again should a rule across documents report on it.
fn check_one(
    mut file: source::SourceFile,
    mut doc: load::Document,
    plan: Option<&evaluate::Plan<'_>>,
    keep: bool,
    group: Group,
) -> (source::SourceFile, load::Document, Rest) {
    // A document with no date of its own may carry one in its header.
    if doc.published.is_none() {
        doc.published = extract::published(&doc, &file);
    }
    // The document alone: index 0 of a corpus of its own, text 0 of a map of its own;
    // the run gives it its id when every document is read.
    let facts = extract::facts(load::DocId::default(), &doc, &file);
    let fact_count = facts.len();
    let bytes = file.text.len() as u64;
    let mut one = Rest {
        fact_count,
        bytes,
        ..Rest::new(group)
    };
    let Some(plan) = plan else {
        one.facts = facts;
        return (file, doc, one);
    };
    let mut alone = SourceMap::new();
    alone.push(file.clone());
    let corpus = Corpus {
        documents: vec![doc.clone()],
    };
    let (findings, selection) = plan.document(&corpus, &alone, &facts);
    drop(alone);
    one.findings = findings;
    if keep {
        one.facts = facts;
        one.selection = selection;
        return (file, doc, one);
    }
    // The facts selected, renumbered; the selection is in fact order. Held until every
    // document is checked: made to size, with no spare capacity.
    let selected = selection
        .iter()
        .zip(selection.iter().skip(1).map(Some).chain([None]))
        .filter(|&(&(f, _), next)| next.is_none_or(|&(g, _)| g != f))
        .count();
    one.facts.reserve_exact(selected);
    one.selection.reserve_exact(selection.len());
    let mut pairs = selection.into_iter().peekable();
    for (index, fact) in facts.into_iter().enumerate() {
        let mut used = false;
        while let Some((_, decl)) = pairs.next_if(|&(f, _)| f == index) {
            one.selection.push((one.facts.len(), decl));
            used = true;
        }
        if used {
            one.facts.push(fact);
        }
    }
    // Only a selection out of fact order would leave spare capacity.
    one.facts.shrink_to_fit();
    one.selection.shrink_to_fit();
    if one.findings.is_empty() {
        one.digest = Some(digest(&file.text));
        file.release();
        // What no rule or report reads goes with the text.
        let meta = &mut doc.meta;
        (meta.title, meta.url, meta.body_from, meta.body_until) = (None, None, None, None);
    }
    (file, doc, one)
}

/// A hash of a text, to tell whether a file re-read is the file that was checked.
fn digest(text: &str) -> u64 {
    let mut hasher = rustc_hash::FxHasher::default();
    std::hash::Hasher::write(&mut hasher, text.as_bytes());
    std::hash::Hasher::write_usize(&mut hasher, text.len());
    std::hash::Hasher::finish(&hasher)
}

/// The documents findings point into, in order.
fn documents(findings: &[Finding]) -> Vec<load::DocId> {
    let mut docs: Vec<load::DocId> = findings
        .iter()
        .flat_map(|f| f.labels.iter().map(|l| l.doc))
        .collect();
    docs.sort_unstable();
    docs.dedup();
    docs
}

/// Reads again the texts of `docs` that were let go when their document was checked
/// (a rule across documents reports on a fact kept from it). A file that changed
/// since is reported, and its findings are shown without text.
fn restore_texts(
    docs: &[load::DocId],
    corpus: &Corpus,
    digests: &[Option<u64>],
    options: &Options,
    sources: &mut SourceMap,
    problems: &mut Vec<Error>,
) {
    let digest_of = |id: load::DocId| digests.get(id.index()).copied().flatten();
    let docs: Vec<load::DocId> = docs
        .iter()
        .copied()
        .filter(|&id| digest_of(id).is_some())
        .collect();
    let max = options.max_bytes.unwrap_or(load::DEFAULT_MAX_BYTES);
    let texts: Vec<(load::DocId, Result<String, load::LoadError>)> = docs
        .into_par_iter()
        .filter_map(|id| {
            let doc = corpus.get(id)?;
            let text = load::read_text_capped(&doc.path, max).and_then(|text| {
                if Some(digest(&text)) == digest_of(id) {
                    Ok(text)
                } else {
                    Err(load::LoadError::Unreadable {
                        path: doc.path.display().to_string(),
                        reason: "the file changed while it was being checked; check it again"
                            .to_owned(),
                    })
                }
            });
            Some((id, text))
        })
        .collect();
    for (id, text) in texts {
        match text {
            Ok(text) => {
                let name = sources.get(id.source()).map(|f| f.name.clone());
                if let Some(name) = name {
                    sources.replace(id.source(), source::SourceFile::new(name, text));
                }
            }
            Err(err) => problems.push(err.into()),
        }
    }
}

/// What `claimlint facts` lists: every text, document and fact, by document then
/// position, and the inputs that could not be read.
#[derive(Debug)]
pub struct Facts {
    /// Every article's text.
    pub sources: SourceMap,
    /// The articles.
    pub corpus: Corpus,
    /// Every fact.
    pub facts: Vec<Fact>,
    /// Inputs that could not be read.
    pub problems: Vec<Error>,
}

impl Facts {
    /// For each fact, the names of the fact declarations of `rules` that select it:
    /// what a rule will compare.
    pub fn selected_by<'r>(&self, rules: &'r RuleSet) -> Vec<Vec<&'r str>> {
        evaluate::Plan::new(rules).selected_by(&self.corpus, &self.sources, &self.facts)
    }
}

/// Loads the articles under `paths` and extracts their facts, checking nothing: every
/// text and fact is kept.
pub fn facts(paths: &[PathBuf], options: &Options) -> Result<Facts, Error> {
    let mut sources = SourceMap::new();
    let Read {
        corpus,
        facts,
        problems,
        ..
    } = read(paths, options, &mut sources, None)?;
    Ok(Facts {
        sources,
        corpus,
        facts: facts.into_iter().flatten().collect(),
        problems,
    })
}

/// Sources read, dated and extracted once, to check one draft against again and again
/// (the language server: a keystroke re-checks only the draft). Built by [`prepare`];
/// [`Prepared::check_draft`] runs the same stages as [`check`] on the draft alone and
/// compares it with the facts kept here.
#[derive(Debug)]
pub struct Prepared {
    /// The rule files and every source's text; a draft's text is added to a copy.
    sources: SourceMap,
    rules: RuleSet,
    /// The sources, at index 1 onwards: index 0 is the draft's.
    documents: Vec<load::Document>,
    /// Every source's facts, numbered from document 1.
    facts: Vec<Fact>,
    /// Which of `facts` each rule across documents reads.
    selection: Vec<(usize, usize)>,
    options: Options,
    /// Sources that could not be read.
    pub problems: Vec<Error>,
}

/// Reads and extracts the sources of `options.sources` once, for
/// [`Prepared::check_draft`]. Every text and fact is kept.
pub fn prepare(options: &Options) -> Result<Prepared, Error> {
    let mut sources = SourceMap::new();
    let rules = load_rules(&options.rules, &mut sources)?;
    options.config.check_rule_ids(&rules)?;
    let (documents, facts, problems) = if options.sources.is_empty() {
        (Vec::new(), Vec::new(), Vec::new())
    } else {
        let sources_only = Options {
            sources: Vec::new(),
            stdin: None,
            keep: true,
            progress: None,
            ..options.clone()
        };
        let read = read(&options.sources, &sources_only, &mut sources, None)?;
        let mut documents = read.corpus.documents;
        for doc in &mut documents {
            doc.meta.role = Some(Role::Source);
        }
        (documents, read.facts, read.problems)
    };
    let plan = evaluate::Plan::new(&rules);
    let corpus = Corpus {
        documents: documents.clone(),
    };
    let mut kept = Vec::new();
    let mut selection = Vec::new();
    for (index, mut doc_facts) in facts.into_iter().enumerate() {
        let (_, chosen) = plan.document(&corpus, &sources, &doc_facts);
        let first = kept.len();
        selection.extend(chosen.into_iter().map(|(f, d)| (first + f, d)));
        // The draft will be document 0: each source moves one place on.
        let id = documents
            .get(index)
            .and_then(|d| Some(DocId::new(u32::try_from(index + 1).ok()?, d.source)))
            .unwrap_or_default();
        for fact in &mut doc_facts {
            fact.doc = id;
        }
        kept.extend(doc_facts);
    }
    drop(plan);
    Ok(Prepared {
        sources,
        rules,
        documents,
        facts: kept,
        selection,
        options: options.clone(),
        problems,
    })
}

impl Prepared {
    /// How many sources were read.
    pub fn source_count(&self) -> usize {
        self.documents.len()
    }

    /// Checks one draft, given as text, against the prepared sources, as
    /// `claimlint check PATH --sources …` would, with every text kept: the draft is
    /// document 0, and [`Checked::facts`] holds the draft's facts only (the sources'
    /// stay here). Only the draft is read and extracted.
    pub fn check_draft(&self, path: &std::path::Path, text: &str) -> Result<Checked, Error> {
        let load_options = LoadOptions {
            date: self.options.date,
            role: Some(Role::Draft),
            max_bytes: self.options.max_bytes,
        };
        let (file, doc) = load::load_text(path, text.to_owned(), None, &load_options)?;
        let plan = evaluate::Plan::new(&self.rules);
        let (file, doc, rest) = check_one(file, doc, Some(&plan), true, Group::Checked);
        let mut sources = self.sources.clone();
        let id = sources.push(file);
        let mut draft_doc = doc;
        draft_doc.source = id;
        let mut documents = Vec::with_capacity(self.documents.len() + 1);
        documents.push(draft_doc);
        documents.extend(self.documents.iter().cloned());
        let corpus = Corpus { documents };
        let draft_id = DocId::new(0, id);
        let mut local = rest.findings;
        for label in local.iter_mut().flat_map(|f| f.labels.iter_mut()) {
            label.doc = draft_id;
        }
        let mut draft_facts = rest.facts;
        for fact in &mut draft_facts {
            fact.doc = draft_id;
        }
        let shift = draft_facts.len();
        let draft_mode = evaluate::is_draft_mode(&corpus);
        let mut findings = triage::drafts_only(local, &corpus, draft_mode, self.options.all);
        if plan.has_across() {
            let kept: Vec<&Fact> = draft_facts.iter().chain(&self.facts).collect();
            let selection: Vec<(usize, usize)> = rest
                .selection
                .iter()
                .copied()
                .chain(self.selection.iter().map(|&(f, d)| (f + shift, d)))
                .collect();
            let across = plan.across(
                &corpus,
                &sources,
                &kept,
                &selection,
                &EvalOptions {
                    all: self.options.all,
                },
                &mut findings,
            );
            findings.extend(across);
        }
        evaluate::sort(&mut findings);
        let hidden = triage::apply(
            &mut findings,
            &corpus,
            &sources,
            &self.options.config,
            self.options.baseline.as_ref(),
        );
        drop(plan);
        let fact_count = draft_facts.len() + self.facts.len();
        Ok(Checked {
            sources,
            corpus,
            rules: self.rules.clone(),
            facts: draft_facts,
            fact_count,
            bytes: text.len() as u64,
            findings,
            problems: Vec::new(),
            hidden,
            spent: Vec::new(),
        })
    }
}
