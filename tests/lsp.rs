//! `claimlint lsp` driven as an editor drives it: the binary spawned, JSON-RPC with
//! Content-Length framing over its standard input and output, the draft fixture in a
//! folder whose `claimlint.yaml` names the seeds as sources. Checks the diagnostics
//! and their related locations, a one-word change, hover, the suppression code action
//! (and that applying it silences the finding), shutdown and exit.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::process::{ChildStdin, Command, Stdio};
use std::sync::mpsc::{Receiver, channel};
use std::time::Duration;

use serde_json::{Value, json};

struct Client {
    stdin: ChildStdin,
    messages: Receiver<Value>,
    next_id: i64,
}

impl Client {
    fn send(&mut self, message: &Value) {
        let body = serde_json::to_string(message).unwrap();
        write!(self.stdin, "Content-Length: {}\r\n\r\n{body}", body.len()).unwrap();
        self.stdin.flush().unwrap();
    }

    fn notify(&mut self, method: &str, params: Value) {
        self.send(&json!({"jsonrpc": "2.0", "method": method, "params": params}));
    }

    /// Sends a request and waits for its response (skipping notifications).
    fn request(&mut self, method: &str, params: Value) -> Value {
        self.next_id += 1;
        let id = self.next_id;
        self.send(&json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params}));
        loop {
            let message = self.recv();
            if message["id"] == json!(id) {
                assert!(message.get("error").is_none(), "{message}");
                return message["result"].clone();
            }
        }
    }

    /// The next diagnostics published.
    fn diagnostics(&mut self) -> Vec<Value> {
        loop {
            let message = self.recv();
            if message["method"] == "textDocument/publishDiagnostics" {
                return message["params"]["diagnostics"].as_array().unwrap().clone();
            }
        }
    }

    fn recv(&mut self) -> Value {
        self.messages
            .recv_timeout(Duration::from_secs(60))
            .expect("the server answers within a minute")
    }
}

/// Reads framed messages from the server's standard output.
fn reader(stdout: impl Read + Send + 'static) -> Receiver<Value> {
    let (tx, rx) = channel();
    std::thread::spawn(move || {
        let mut stdout = BufReader::new(stdout);
        loop {
            let mut length = None;
            loop {
                let mut line = String::new();
                if stdout.read_line(&mut line).unwrap_or(0) == 0 {
                    return;
                }
                let line = line.trim_end();
                if line.is_empty() {
                    break;
                }
                if let Some(n) = line.strip_prefix("Content-Length: ") {
                    length = Some(n.parse::<usize>().unwrap());
                }
            }
            let mut body = vec![0; length.expect("a Content-Length header")];
            stdout.read_exact(&mut body).unwrap();
            if tx.send(serde_json::from_slice(&body).unwrap()).is_err() {
                return;
            }
        }
    });
    rx
}

fn rules_of(diagnostics: &[Value]) -> Vec<&str> {
    let mut rules: Vec<&str> = diagnostics
        .iter()
        .map(|d| d["code"].as_str().unwrap())
        .collect();
    rules.sort_unstable();
    rules
}

#[test]
fn an_editor_session() {
    let dir = tempfile::tempdir().unwrap();
    let root = common::root();
    let seeds = root.join("seeds");
    std::fs::write(
        dir.path().join("claimlint.yaml"),
        format!("sources: [{}]\n", seeds.display()),
    )
    .unwrap();
    let text = std::fs::read_to_string(root.join("tests/fixtures/draft/draft.md")).unwrap();
    let draft = dir.path().join("draft.md");
    std::fs::write(&draft, &text).unwrap();
    let uri = format!("file://{}", draft.display());

    let mut child = Command::new(env!("CARGO_BIN_EXE_claimlint"))
        .arg("lsp")
        .current_dir(dir.path())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .unwrap();
    let mut client = Client {
        stdin: child.stdin.take().unwrap(),
        messages: reader(child.stdout.take().unwrap()),
        next_id: 0,
    };

    let init = client.request(
        "initialize",
        json!({"processId": null, "rootUri": format!("file://{}", dir.path().display()),
               "capabilities": {}}),
    );
    assert_eq!(init["capabilities"]["hoverProvider"], json!(true));
    assert_eq!(init["capabilities"]["codeActionProvider"], json!(true));
    client.notify("initialized", json!({}));

    // Open: the draft's two findings, on the draft's spans, pointing into the seeds.
    client.notify(
        "textDocument/didOpen",
        json!({"textDocument": {"uri": uri, "languageId": "markdown", "version": 1, "text": text}}),
    );
    let diagnostics = client.diagnostics();
    assert_eq!(
        rules_of(&diagnostics),
        ["event-date-disagrees", "toll-disagrees-across-sources"]
    );
    let meeting = diagnostics
        .iter()
        .find(|d| d["code"] == "event-date-disagrees")
        .unwrap()
        .clone();
    assert_eq!(meeting["severity"], json!(1));
    assert_eq!(
        meeting["range"],
        json!({"start": {"line": 6, "character": 47}, "end": {"line": 6, "character": 57}})
    );
    let toll = diagnostics
        .iter()
        .find(|d| d["code"] == "toll-disagrees-across-sources")
        .unwrap();
    assert_eq!(toll["range"]["start"], json!({"line": 8, "character": 77}));
    let related = toll["relatedInformation"].as_array().unwrap();
    assert!(!related.is_empty());
    let first = &related[0]["location"];
    assert!(
        first["uri"]
            .as_str()
            .unwrap()
            .ends_with("seeds/000_861de67a3d0b5135.txt"),
        "{first}"
    );
    // The related range underlines the source's "more than 14,000".
    let source = std::fs::read_to_string(seeds.join("000_861de67a3d0b5135.txt")).unwrap();
    let line = first["range"]["start"]["line"].as_u64().unwrap() as usize;
    let col = first["range"]["start"]["character"].as_u64().unwrap() as usize;
    let source_line: Vec<char> = source.lines().nth(line).unwrap().chars().collect();
    let underlined: String = source_line[col..].iter().take(16).collect();
    assert_eq!(underlined, "more than 14,000");

    // A one-word change: the draft now gives the sources' toll.
    let changed = text.replace("more than 13,000", "more than 14,000");
    client.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": uri, "version": 2},
               "contentChanges": [{"text": changed}]}),
    );
    assert_eq!(rules_of(&client.diagnostics()), ["event-date-disagrees"]);

    // Hover on the figure: how it was read.
    let hover = client.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": uri}, "position": {"line": 8, "character": 90}}),
    );
    let shown = hover["contents"]["value"].as_str().unwrap();
    assert!(shown.contains("**more than 14,000**"), "{shown}");
    assert!(shown.contains("read as `(14,000, ∞)`"), "{shown}");
    assert!(shown.contains("hedge `more-than`"), "{shown}");
    assert!(shown.contains("claim:"), "{shown}");
    // And on the date.
    let hover = client.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": uri}, "position": {"line": 6, "character": 50}}),
    );
    let shown = hover["contents"]["value"].as_str().unwrap();
    assert!(
        shown.contains("**January 19**: time read as `2022-01-19`"),
        "{shown}"
    );
    // Nothing to say on a name or a plain word.
    let hover = client.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": uri}, "position": {"line": 6, "character": 3}}),
    );
    assert!(hover.is_null(), "{hover}");

    // The code action: a suppression comment above the line, with a reason to fill in.
    let actions = client.request(
        "textDocument/codeAction",
        json!({"textDocument": {"uri": uri}, "range": meeting["range"],
               "context": {"diagnostics": [meeting]}}),
    );
    let actions = actions.as_array().unwrap();
    assert_eq!(actions.len(), 1);
    let edits = actions[0]["edit"]["changes"][&uri].as_array().unwrap();
    assert_eq!(edits.len(), 1);
    assert_eq!(
        edits[0]["range"],
        json!({"start": {"line": 6, "character": 0}, "end": {"line": 6, "character": 0}})
    );
    let comment = edits[0]["newText"].as_str().unwrap();
    assert_eq!(
        comment,
        "<!-- claimlint-disable-next-line event-date-disagrees -- REASON: say why this is right -->\n"
    );
    // Applied, it silences the finding.
    let mut lines: Vec<&str> = changed.split_inclusive('\n').collect();
    lines.insert(6, comment);
    client.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": uri, "version": 3},
               "contentChanges": [{"text": lines.concat()}]}),
    );
    assert!(client.diagnostics().is_empty());

    let shutdown = client.request("shutdown", Value::Null);
    assert!(shutdown.is_null());
    client.notify("exit", Value::Null);
    let status = child.wait().unwrap();
    assert!(status.success(), "{status}");
}

/// The cached path the server uses finds what `claimlint check` finds, in the draft
/// fixture and in the story corpus with one article taken as the draft.
#[test]
fn a_prepared_check_is_the_check() {
    let root = common::root();
    let cases = [
        (
            root.join("tests/fixtures/draft/draft.md"),
            root.join("seeds"),
        ),
        (
            root.join("tests/claims/zapad-2021/01-opednews.md"),
            root.join("tests/claims/zapad-2021"),
        ),
    ];
    for (draft, sources) in cases {
        let options = claimlint::Options {
            sources: vec![sources],
            ..claimlint::Options::default()
        };
        let full = claimlint::check(std::slice::from_ref(&draft), &options).unwrap();
        let prepared = claimlint::pipeline::prepare(&options).unwrap();
        let text = std::fs::read_to_string(&draft).unwrap();
        let cached = prepared.check_draft(&draft, &text).unwrap();
        let json = |c: &claimlint::Checked| serde_json::to_value(c.report()).unwrap();
        let (mut a, mut b) = (json(&full), json(&cached));
        // The counts differ when the draft lies among its sources: the full check
        // reads that file once, as the draft; the prepared sources keep it as a source
        // too (a known gap: the findings must still be the same).
        for c in [&mut a, &mut b] {
            c["summary"]["facts"] = Value::Null;
            c["summary"]["documents"] = Value::Null;
        }
        assert_eq!(a, b, "{}", draft.display());
    }
}
