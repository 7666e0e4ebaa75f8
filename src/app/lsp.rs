//! `claimlint lsp`: a language server over standard input and output (lsp-server,
//! synchronous). A Markdown or text document opened, changed or saved is checked as a
//! draft against its sources — `sources:` of the `claimlint.yaml` above it, else the
//! other articles (`.md`, `.txt`) of its folder — and its findings are published as
//! diagnostics, each other document's label as related information. The sources are
//! read and extracted once ([`claimlint::pipeline::prepare`]) and kept until one of
//! them is saved: a keystroke re-checks only the draft. Hover on a figure or a date
//! says how it was read; a code action inserts a suppression comment.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use claimlint::evaluate::Finding;
use claimlint::extract::Fact;
use claimlint::parse::ast::Severity;
use claimlint::pipeline::{Checked, Prepared, prepare};
use claimlint::report::html::value_text;
use claimlint::report::{claims, words};
use claimlint::{Error, Options, config};
use lsp_server::{Connection, Message, Notification, Request, Response};
use lsp_types::notification::Notification as _;
use lsp_types::request::Request as _;
use lsp_types::{
    CodeAction, CodeActionKind, CodeActionOrCommand, CodeActionParams, Diagnostic,
    DiagnosticRelatedInformation, DiagnosticSeverity, DidChangeTextDocumentParams,
    DidOpenTextDocumentParams, DidSaveTextDocumentParams, Hover, HoverContents, HoverParams,
    InitializeParams, Location, MarkupContent, MarkupKind, NumberOrString, Position,
    PublishDiagnosticsParams, Range, ServerCapabilities, TextDocumentSyncCapability,
    TextDocumentSyncKind, TextEdit, Url, WorkspaceEdit,
};

use super::Outcome;

/// What serving can fail on: the connection.
#[derive(Debug, thiserror::Error, miette::Diagnostic)]
#[error("language server: {0}")]
#[diagnostic(code(claimlint::lsp::protocol))]
pub struct LspError(String);

fn protocol(e: impl std::fmt::Display) -> LspError {
    LspError(e.to_string())
}

/// Serves until the client says `exit`.
pub fn run() -> Result<Outcome, LspError> {
    let (connection, threads) = Connection::stdio();
    let capabilities = ServerCapabilities {
        text_document_sync: Some(TextDocumentSyncCapability::Kind(TextDocumentSyncKind::FULL)),
        hover_provider: Some(lsp_types::HoverProviderCapability::Simple(true)),
        code_action_provider: Some(lsp_types::CodeActionProviderCapability::Simple(true)),
        ..ServerCapabilities::default()
    };
    let capabilities = serde_json::to_value(capabilities).map_err(protocol)?;
    let init = connection.initialize(capabilities).map_err(protocol)?;
    let init: InitializeParams = serde_json::from_value(init).map_err(protocol)?;
    #[allow(deprecated)]
    let root = init
        .workspace_folders
        .as_ref()
        .and_then(|f| f.first())
        .and_then(|f| f.uri.to_file_path().ok())
        .or_else(|| init.root_uri.as_ref().and_then(|u| u.to_file_path().ok()));
    let mut server = Server {
        connection: &connection,
        root,
        texts: HashMap::new(),
        checked: HashMap::new(),
        prepared: None,
    };
    server.serve()?;
    drop(server);
    drop(connection);
    threads.join().map_err(protocol)?;
    Ok(Outcome {
        stdout: String::new(),
        problems: Vec::new(),
        code: 0,
    })
}

struct Server<'c> {
    connection: &'c Connection,
    root: Option<PathBuf>,
    texts: HashMap<Url, String>,
    checked: HashMap<Url, Checked>,
    /// The sources last prepared, by the list of paths they came from.
    prepared: Option<(Vec<PathBuf>, Prepared)>,
}

impl Server<'_> {
    fn serve(&mut self) -> Result<(), LspError> {
        while let Ok(message) = self.connection.receiver.recv() {
            match message {
                Message::Request(request) => {
                    if self
                        .connection
                        .handle_shutdown(&request)
                        .map_err(protocol)?
                    {
                        return Ok(());
                    }
                    self.request(request)?;
                }
                Message::Notification(note) => self.notification(note)?,
                Message::Response(_) => {}
            }
        }
        Ok(())
    }

    fn send(&self, message: Message) -> Result<(), LspError> {
        self.connection.sender.send(message).map_err(protocol)
    }

    fn request(&mut self, request: Request) -> Result<(), LspError> {
        let id = request.id.clone();
        let result = match request.method.as_str() {
            lsp_types::request::HoverRequest::METHOD => {
                let params: HoverParams =
                    serde_json::from_value(request.params).map_err(protocol)?;
                serde_json::to_value(self.hover(&params)).map_err(protocol)?
            }
            lsp_types::request::CodeActionRequest::METHOD => {
                let params: CodeActionParams =
                    serde_json::from_value(request.params).map_err(protocol)?;
                serde_json::to_value(self.code_actions(&params)).map_err(protocol)?
            }
            _ => {
                return self.send(Message::Response(Response::new_err(
                    id,
                    lsp_server::ErrorCode::MethodNotFound as i32,
                    format!("claimlint does not answer `{}`", request.method),
                )));
            }
        };
        self.send(Message::Response(Response::new_ok(id, result)))
    }

    fn notification(&mut self, note: Notification) -> Result<(), LspError> {
        match note.method.as_str() {
            lsp_types::notification::DidOpenTextDocument::METHOD => {
                let params: DidOpenTextDocumentParams =
                    serde_json::from_value(note.params).map_err(protocol)?;
                let uri = params.text_document.uri;
                self.texts.insert(uri.clone(), params.text_document.text);
                self.check(&uri)
            }
            lsp_types::notification::DidChangeTextDocument::METHOD => {
                let params: DidChangeTextDocumentParams =
                    serde_json::from_value(note.params).map_err(protocol)?;
                let uri = params.text_document.uri;
                // Full sync: the last change is the whole text.
                if let Some(change) = params.content_changes.into_iter().last() {
                    self.texts.insert(uri.clone(), change.text);
                }
                self.check(&uri)
            }
            lsp_types::notification::DidSaveTextDocument::METHOD => {
                let params: DidSaveTextDocumentParams =
                    serde_json::from_value(note.params).map_err(protocol)?;
                let uri = params.text_document.uri;
                if let Some(text) = params.text {
                    self.texts.insert(uri.clone(), text);
                }
                // A source saved: read the sources again.
                let saved = uri.to_file_path().ok();
                if let (Some(saved), Some((paths, _))) = (&saved, &self.prepared)
                    && paths.iter().any(|p| saved.starts_with(p) || p == saved)
                {
                    self.prepared = None;
                }
                self.check(&uri)
            }
            lsp_types::notification::DidCloseTextDocument::METHOD => {
                let params: lsp_types::DidCloseTextDocumentParams =
                    serde_json::from_value(note.params).map_err(protocol)?;
                self.texts.remove(&params.text_document.uri);
                self.checked.remove(&params.text_document.uri);
                self.publish(params.text_document.uri, Vec::new())
            }
            _ => Ok(()),
        }
    }

    /// The sources of a draft: the configuration's, else its folder's other articles.
    fn sources_of(&self, draft: &Path) -> (Options, Vec<PathBuf>) {
        let folder = draft
            .parent()
            .map(Path::to_path_buf)
            .or_else(|| self.root.clone())
            .unwrap_or_else(|| PathBuf::from("."));
        // A bad configuration is reported when the sources are prepared (`check`).
        let config = config::config(None, &folder).unwrap_or_default();
        let mut sources = config.sources.clone();
        if sources.is_empty()
            && let Ok(entries) = std::fs::read_dir(&folder)
        {
            for entry in entries.flatten() {
                let path = entry.path();
                let article = path
                    .extension()
                    .is_some_and(|e| e == "md" || e == "txt" || e == "markdown");
                let name = path.file_name().map(|n| n.to_string_lossy().to_lowercase());
                let readme = name.is_some_and(|n| n.starts_with("readme"));
                if article && !readme && path.is_file() && path != draft {
                    sources.push(path);
                }
            }
            sources.sort();
        }
        let options = Options {
            rules: config.rules.clone(),
            date: config.date,
            sources: sources.clone(),
            max_bytes: config.max_file_size,
            config,
            ..Options::default()
        };
        (options, sources)
    }

    fn check(&mut self, uri: &Url) -> Result<(), LspError> {
        let Some(text) = self.texts.get(uri) else {
            return Ok(());
        };
        let path = uri
            .to_file_path()
            .unwrap_or_else(|()| PathBuf::from(uri.path()));
        if let Some(folder) = path.parent()
            && let Err(err) = config::config(None, folder)
        {
            let err = Error::from(err);
            return self.publish(uri.clone(), vec![whole_file(problem(&err))]);
        }
        let (options, paths) = self.sources_of(&path);
        let stale = self.prepared.as_ref().is_none_or(|(p, _)| *p != paths);
        if stale {
            self.prepared = match prepare(&options) {
                Ok(prepared) => Some((paths, prepared)),
                Err(err) => {
                    let message = problem(&err);
                    return self.publish(uri.clone(), vec![whole_file(message)]);
                }
            };
        }
        let Some((_, prepared)) = &self.prepared else {
            return Ok(());
        };
        let diagnostics = match prepared.check_draft(&path, text) {
            Ok(checked) => {
                let diagnostics = diagnostics(&checked);
                self.checked.insert(uri.clone(), checked);
                diagnostics
            }
            Err(err) => vec![whole_file(problem(&err))],
        };
        self.publish(uri.clone(), diagnostics)
    }

    fn publish(&self, uri: Url, diagnostics: Vec<Diagnostic>) -> Result<(), LspError> {
        let params = PublishDiagnosticsParams {
            uri,
            diagnostics,
            version: None,
        };
        self.send(Message::Notification(Notification::new(
            lsp_types::notification::PublishDiagnostics::METHOD.to_owned(),
            params,
        )))
    }

    fn hover(&self, params: &HoverParams) -> Option<Hover> {
        let at = &params.text_document_position_params;
        let checked = self.checked.get(&at.text_document.uri)?;
        let text = self.texts.get(&at.text_document.uri)?;
        let offset = offset_of(text, at.position)?;
        let fact = checked
            .facts
            .iter()
            .filter(|f| f.doc.index() == 0 && f.kind != claimlint::extract::FactKind::Name)
            .find(|f| f.span.start <= offset && offset <= f.span.end)?;
        let draft = checked
            .sources
            .get(checked.corpus.documents.first()?.source)?;
        let body = hover_text(fact, &checked.facts, &draft.text);
        Some(Hover {
            contents: HoverContents::Markup(MarkupContent {
                kind: MarkupKind::Markdown,
                value: body,
            }),
            range: Some(range_of(&draft.text, fact.span.start, fact.span.end)),
        })
    }

    fn code_actions(&self, params: &CodeActionParams) -> Vec<CodeActionOrCommand> {
        let uri = &params.text_document.uri;
        let Some(text) = self.texts.get(uri) else {
            return Vec::new();
        };
        let mut actions = Vec::new();
        for diagnostic in &params.context.diagnostics {
            let Some(NumberOrString::String(rule)) = &diagnostic.code else {
                continue;
            };
            let line = diagnostic.range.start.line;
            let indent: String = text
                .lines()
                .nth(line as usize)
                .unwrap_or_default()
                .chars()
                .take_while(|c| *c == ' ' || *c == '\t')
                .collect();
            let comment = format!(
                "{indent}<!-- claimlint-disable-next-line {rule} -- REASON: say why this is right -->\n"
            );
            let at = Position { line, character: 0 };
            let edit = WorkspaceEdit {
                changes: Some(HashMap::from([(
                    uri.clone(),
                    vec![TextEdit {
                        range: Range { start: at, end: at },
                        new_text: comment,
                    }],
                )])),
                ..WorkspaceEdit::default()
            };
            actions.push(CodeActionOrCommand::CodeAction(CodeAction {
                title: format!("Suppress `{rule}` on this line (with a reason)"),
                kind: Some(CodeActionKind::QUICKFIX),
                diagnostics: Some(vec![diagnostic.clone()]),
                edit: Some(edit),
                ..CodeAction::default()
            }));
        }
        actions
    }
}

/// How a fact was read, in Markdown.
fn hover_text(fact: &Fact, facts: &[Fact], text: &str) -> String {
    let written = text.get(fact.span.range()).unwrap_or_default();
    let mut out = format!(
        "**{written}**: {} read as `{}`",
        fact.kind,
        value_text(fact)
    );
    if fact.hedge != claimlint::extract::Hedge::None {
        out.push_str(&format!(", hedge `{}`", fact.hedge));
    }
    if let Some(unit) = &fact.unit {
        out.push_str(&format!(", unit `{}`", unit.lemma));
    }
    if let Some(counting) = &fact.counting {
        out.push_str(&format!(", counting `{}`", counting.word));
    }
    if let Some(who) = &fact.attribution {
        out.push_str(&format!(", according to {}", who.who));
    }
    if let Some(key) = claims::claim_key(fact, facts, text) {
        out.push_str(&format!("\n\nclaim: {}", key.label()));
        if key.may_grow() {
            out.push_str(" (may grow over time)");
        }
    }
    out
}

fn problem(err: &Error) -> String {
    let mut message = err.to_string();
    if let Some(help) = miette::Diagnostic::help(err) {
        message.push_str(&format!(" ({help})"));
    }
    message
}

fn whole_file(message: String) -> Diagnostic {
    Diagnostic {
        range: Range::default(),
        severity: Some(DiagnosticSeverity::ERROR),
        source: Some("claimlint".to_owned()),
        message,
        ..Diagnostic::default()
    }
}

/// The draft's findings as diagnostics: the draft's label is the range, every other
/// document's label is related information.
fn diagnostics(checked: &Checked) -> Vec<Diagnostic> {
    checked
        .findings
        .iter()
        .filter_map(|finding| diagnostic(finding, checked))
        .collect()
}

fn diagnostic(finding: &Finding, checked: &Checked) -> Option<Diagnostic> {
    let here = finding.labels.iter().find(|l| l.doc.index() == 0)?;
    let draft = checked.sources.get(here.source())?;
    let related = finding
        .labels
        .iter()
        .filter(|l| l.doc.index() != 0)
        .filter_map(|label| {
            let file = checked.sources.get(label.source())?;
            let doc = checked.corpus.get(label.doc)?;
            let path = std::fs::canonicalize(&doc.path).unwrap_or_else(|_| doc.path.clone());
            let uri = Url::from_file_path(&path).ok()?;
            Some(DiagnosticRelatedInformation {
                location: Location {
                    uri,
                    range: range_of(&file.text, label.span.start, label.span.end),
                },
                message: words::note(finding, label),
            })
        })
        .collect::<Vec<_>>();
    let mut message = words::message(finding, &checked.corpus, &checked.sources);
    message.push_str(&format!(" ({})", words::note(finding, here)));
    if let Some(help) = &finding.help {
        message.push_str(&format!("\nhelp: {help}"));
    }
    Some(Diagnostic {
        range: range_of(&draft.text, here.span.start, here.span.end),
        severity: Some(match finding.severity {
            Severity::Error => DiagnosticSeverity::ERROR,
            Severity::Warning => DiagnosticSeverity::WARNING,
            Severity::Info => DiagnosticSeverity::INFORMATION,
        }),
        code: Some(NumberOrString::String(finding.rule.clone())),
        source: Some("claimlint".to_owned()),
        message,
        related_information: (!related.is_empty()).then_some(related),
        ..Diagnostic::default()
    })
}

/// An LSP position (line, UTF-16 column) of a byte offset.
fn position(text: &str, offset: usize) -> Position {
    let head = text.get(..offset).unwrap_or(text);
    let line_start = head.rfind('\n').map_or(0, |i| i + 1);
    let line = head.matches('\n').count();
    let column: usize = head
        .get(line_start..)
        .unwrap_or_default()
        .chars()
        .map(char::len_utf16)
        .sum();
    Position {
        line: u32::try_from(line).unwrap_or(u32::MAX),
        character: u32::try_from(column).unwrap_or(u32::MAX),
    }
}

fn range_of(text: &str, start: usize, end: usize) -> Range {
    Range {
        start: position(text, start),
        end: position(text, end),
    }
}

/// The byte offset of an LSP position, when it lies in the text.
fn offset_of(text: &str, at: Position) -> Option<usize> {
    let mut line_start = 0;
    for _ in 0..at.line {
        line_start += text.get(line_start..)?.find('\n')? + 1;
    }
    let mut units = 0;
    for (i, c) in text.get(line_start..)?.char_indices() {
        if units >= at.character as usize || c == '\n' {
            return Some(line_start + i);
        }
        units += c.len_utf16();
    }
    Some(text.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_count_utf16_units_and_round_trip() {
        let text = "a\n“b” 14,000\n";
        let at = text.find("14").unwrap();
        let p = position(text, at);
        assert_eq!((p.line, p.character), (1, 4));
        assert_eq!(offset_of(text, p), Some(at));
        assert_eq!(offset_of(text, Position::new(9, 0)), None);
    }
}
