//! The HTML report: one self-contained page (no network, no external script, style or
//! font) with a summary, the claims matrix ([`super::claims`]), a timeline of each
//! figure that may grow, every finding with the underlined spans of every document,
//! and the documents' texts with an anchor on every sentence. The page reads without
//! JavaScript; a few lines of it only filter the findings by rule and severity. Every
//! piece of article text goes through [`escape`].

use std::fmt::Write as _;

use chrono::NaiveDate;

use super::claims::{self, Mark, Matrix, Range, Row};
use super::{Inputs, words};
use crate::evaluate::{Finding, Label};
use crate::extract::{Fact, TimeValue, Value};
use crate::load::Role;
use crate::parse::ast::Severity;
use crate::source::{SourceFile, Span};
use crate::text::Text;

/// The page's style sheet.
const CSS: &str = include_str!("html/report.css");
/// The findings filter.
const SCRIPT: &str = include_str!("html/filter.js");

/// Escapes text for HTML content and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// Renders the page. `facts` are every fact of the check (by document, then position);
/// without them the matrix is empty.
pub(super) fn render(inputs: &Inputs<'_>) -> String {
    let page = Page { inputs };
    let texts = |doc: usize| page.text(doc);
    let matrix = claims::matrix(inputs.all_facts, inputs.corpus, &texts);
    let mut out = String::new();
    out.push_str("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out.push_str("<title>claimlint report</title>\n<style>\n");
    out.push_str(CSS);
    out.push_str("</style>\n</head>\n<body>\n<header>\n<h1>claimlint report</h1>\n");
    let _ = writeln!(out, "<p id=\"summary\">{}</p>", escape(&page.summary()));
    out.push_str(
        "<nav aria-label=\"Contents\"><ul><li><a href=\"#claims\">Claims</a></li>\
         <li><a href=\"#findings\">Findings</a></li>\
         <li><a href=\"#documents\">Documents</a></li></ul></nav>\n</header>\n<main>\n",
    );
    page.matrix(&mut out, &matrix);
    page.findings(&mut out);
    page.documents(&mut out, &matrix.columns);
    out.push_str("</main>\n<script>\n");
    out.push_str(SCRIPT);
    out.push_str("</script>\n</body>\n</html>\n");
    out
}

struct Page<'a, 'i> {
    inputs: &'i Inputs<'a>,
}

impl<'a> Page<'a, '_> {
    fn file(&self, doc: usize) -> Option<&'a SourceFile> {
        let document = self.inputs.corpus.documents.get(doc)?;
        self.inputs.sources.get(document.source)
    }

    fn text(&self, doc: usize) -> &'a str {
        self.file(doc).map_or("", |f| &f.text)
    }

    /// "Reuters, 2022-01-10" or the file's name.
    fn column_name(&self, doc: usize) -> String {
        let Some(document) = self.inputs.corpus.documents.get(doc) else {
            return String::new();
        };
        match (&document.meta.outlet, &document.meta.title) {
            (Some(outlet), _) => outlet.clone(),
            (None, _) => document.path.file_name().map_or_else(
                || document.path.display().to_string(),
                |n| n.to_string_lossy().into_owned(),
            ),
        }
    }

    fn is_draft(&self, doc: usize) -> bool {
        self.inputs
            .corpus
            .documents
            .get(doc)
            .is_some_and(|d| d.meta.role == Some(Role::Draft))
    }

    fn summary(&self) -> String {
        let findings = self.inputs.findings;
        let count = |s: Severity| findings.iter().filter(|f| f.severity == s).count();
        format!(
            "{} findings ({} errors, {} warnings, {} infos) in {} documents, {} facts",
            findings.len(),
            count(Severity::Error),
            count(Severity::Warning),
            count(Severity::Info),
            self.inputs.corpus.documents.len(),
            self.inputs.facts
        )
    }

    /// The anchor of the sentence holding `span` in document `doc`.
    fn anchor(&self, doc: usize, span: Span) -> String {
        let start = self
            .inputs
            .corpus
            .documents
            .get(doc)
            .and_then(|d| {
                let text = Text::new(self.text(doc), d.body);
                text.sentence_at(span.start)
            })
            .map_or(span.start, |s| s.start);
        format!("d{doc}-s{start}")
    }

    fn matrix(&self, out: &mut String, matrix: &Matrix<'_>) {
        out.push_str("<section id=\"claims\" aria-labelledby=\"claims-h\">\n");
        out.push_str("<h2 id=\"claims-h\">Claims</h2>\n");
        if matrix.rows.is_empty() {
            out.push_str("<p class=\"none\">No claim is stated by two documents.</p>\n");
            out.push_str("</section>\n");
            return;
        }
        out.push_str(
            "<p class=\"legend\">Each row is one claim, each column one document \
             (the draft first, then by publication date). A cell is the value as read, \
             linked to its sentence. <span class=\"mark-differs\">✗ differs</span> marks a \
             value the row's consensus does not allow; <span class=\"mark-grew\">↗ grew</span> \
             one that differs as a figure that may grow over time does.</p>\n",
        );
        out.push_str("<div class=\"scroll\">\n<table class=\"matrix\" id=\"matrix\">\n");
        let _ = writeln!(
            out,
            "<caption>{} claims across {} documents</caption>",
            matrix.rows.len(),
            matrix.columns.len()
        );
        out.push_str("<thead><tr><th scope=\"col\">Claim</th><th scope=\"col\">Consensus</th>");
        for &doc in &matrix.columns {
            let date = claims::published(self.inputs.corpus, doc)
                .map_or_else(|| "undated".to_owned(), |d| d.to_string());
            let role = if self.is_draft(doc) {
                " <span class=\"role\">(draft)</span>"
            } else {
                ""
            };
            let _ = write!(
                out,
                "<th scope=\"col\" data-doc=\"{doc}\"><a href=\"#d{doc}\">{}</a>{role}<br><span class=\"date\">{}</span></th>",
                escape(&self.column_name(doc)),
                escape(&date)
            );
        }
        out.push_str("</tr></thead>\n<tbody>\n");
        for row in &matrix.rows {
            self.row(out, row, &matrix.columns);
        }
        out.push_str("</tbody>\n</table>\n</div>\n");
        for (i, row) in matrix.rows.iter().enumerate() {
            if row.key.may_grow() {
                self.timeline(out, i, row, &matrix.columns);
            }
        }
        out.push_str("</section>\n");
    }

    fn row(&self, out: &mut String, row: &Row<'_>, columns: &[usize]) {
        let label = row.key.label();
        let grow = if row.key.may_grow() {
            " <span class=\"grows\">(may grow)</span>"
        } else {
            ""
        };
        let _ = write!(
            out,
            "<tr data-claim=\"{}\"><th scope=\"row\">{}{grow}</th><td class=\"consensus\">{}</td>",
            escape(&label),
            escape(&label),
            escape(&self.as_read(row.consensus))
        );
        for (cell, &doc) in row.cells.iter().zip(columns) {
            let Some(cell) = cell else {
                out.push_str(
                    "<td class=\"empty\" data-mark=\"none\"><span aria-hidden=\"true\">·</span>\
                     <span class=\"sr\">not stated</span></td>",
                );
                continue;
            };
            let (class, mark) = match cell.mark {
                Mark::Agrees => ("agrees", ""),
                Mark::Differs => (
                    "differs",
                    " <strong class=\"mark-differs\">✗ differs</strong>",
                ),
                Mark::Grew => ("grew", " <strong class=\"mark-grew\">↗ grew</strong>"),
            };
            let _ = write!(
                out,
                "<td class=\"{class}\" data-mark=\"{class}\" data-doc=\"{doc}\">"
            );
            for (i, fact) in cell.facts.iter().enumerate() {
                if i > 0 {
                    out.push_str("; ");
                }
                let _ = write!(
                    out,
                    "<a href=\"#{}\" title=\"read as {}\">{}</a>",
                    self.anchor(fact.doc.index(), fact.span),
                    escape(&value_text(fact)),
                    escape(&self.as_read(fact))
                );
            }
            out.push_str(mark);
            out.push_str("</td>");
        }
        out.push_str("</tr>\n");
    }

    /// The fact's text as written ("more than 13,000").
    fn as_read(&self, fact: &Fact) -> String {
        self.text(fact.doc.index())
            .get(fact.span.range())
            .map_or_else(
                || value_text(fact),
                |s| s.split_whitespace().collect::<Vec<_>>().join(" "),
            )
    }

    /// A figure's sources against their publication dates, as inline SVG.
    fn timeline(&self, out: &mut String, index: usize, row: &Row<'_>, columns: &[usize]) {
        let points: Vec<(NaiveDate, Range, &Fact, Mark)> = row
            .cells
            .iter()
            .zip(columns)
            .filter_map(|(cell, &doc)| {
                let cell = cell.as_ref()?;
                let date = claims::published(self.inputs.corpus, doc)?;
                let fact = *cell.facts.first()?;
                Some((date, Range::of(fact)?, fact, cell.mark))
            })
            .collect();
        if points.len() < 2 {
            return;
        }
        let (Some(first), Some(last)) = (
            points.iter().map(|p| p.0).min(),
            points.iter().map(|p| p.0).max(),
        ) else {
            return;
        };
        // The scale: the figures as stated (or their bounds), not an open end.
        let top = points
            .iter()
            .filter_map(|p| nominal(p.2).or(p.1.min).or(p.1.max))
            .fold(0.0_f64, f64::max)
            * 1.3;
        if top <= 0.0 {
            return;
        }
        let (w, h, left, right, up, down) = (640.0, 240.0, 70.0, 20.0, 20.0, 40.0);
        let days = (last - first).num_days().max(1) as f64;
        let x = |d: NaiveDate| left + (d - first).num_days() as f64 / days * (w - left - right);
        let y = |v: f64| h - down - v.clamp(0.0, top) / top * (h - up - down);
        let label = row.key.label();
        let id = format!("timeline-{index}");
        let _ = writeln!(
            out,
            "<figure class=\"timeline\" data-claim=\"{}\">\n<svg viewBox=\"0 0 {w} {h}\" width=\"{w}\" height=\"{h}\" role=\"img\" aria-labelledby=\"{id}\">\n<title id=\"{id}\">{}: each source's value against its publication date</title>",
            escape(&label),
            escape(&label)
        );
        let _ = writeln!(
            out,
            "<line class=\"axis\" x1=\"{left}\" y1=\"{0}\" x2=\"{1}\" y2=\"{0}\"/><line class=\"axis\" x1=\"{left}\" y1=\"{up}\" x2=\"{left}\" y2=\"{0}\"/>",
            h - down,
            w - right
        );
        let _ = writeln!(
            out,
            "<text x=\"{left}\" y=\"{}\" class=\"tick\">{first}</text><text x=\"{}\" y=\"{}\" class=\"tick\" text-anchor=\"end\">{last}</text>",
            h - down + 16.0,
            w - right,
            h - down + 16.0
        );
        let _ = writeln!(
            out,
            "<text x=\"{}\" y=\"{}\" class=\"tick\" text-anchor=\"end\">0</text><text x=\"{}\" y=\"{}\" class=\"tick\" text-anchor=\"end\">{}</text>",
            left - 6.0,
            h - down,
            left - 6.0,
            up + 10.0,
            number(top)
        );
        // The "may grow" reading: the least the figure can be since each date.
        let mut sorted = points.clone();
        sorted.sort_by_key(|p| p.0);
        let mut floor = 0.0_f64;
        let mut path = String::new();
        for (date, range, _, _) in &sorted {
            if path.is_empty() {
                let _ = write!(path, "M{:.1} {:.1} ", x(*date), y(range.min.unwrap_or(0.0)));
            } else {
                let _ = write!(path, "L{:.1} {:.1} ", x(*date), y(floor));
            }
            floor = floor.max(range.min.unwrap_or(0.0));
            let _ = write!(path, "L{:.1} {:.1} ", x(*date), y(floor));
        }
        let _ = write!(path, "L{:.1} {:.1}", w - right, y(floor));
        let _ = writeln!(
            out,
            "<path class=\"growth\" d=\"{}\"><title>may grow: the least the figure can be since each date</title></path>",
            path.trim()
        );
        let _ = writeln!(
            out,
            "<text class=\"growth-label\" x=\"{}\" y=\"{:.1}\" text-anchor=\"end\">may grow ↗</text>",
            w - right,
            (y(floor) - 6.0).max(up + 10.0)
        );
        for (date, range, fact, mark) in &points {
            let cx = x(*date);
            let lo = y(range.min.unwrap_or(0.0));
            let hi = y(range.max.unwrap_or(top));
            let class = match mark {
                Mark::Agrees => "agrees",
                Mark::Differs => "differs",
                Mark::Grew => "grew",
            };
            let open_above = range.max.is_none_or(|m| m > top);
            let open = if open_above { " open" } else { "" };
            let _ = write!(
                out,
                "<g class=\"mark {class}{open}\" data-doc=\"{}\"><title>{}, {date}: {} ({class})</title><line x1=\"{cx:.1}\" y1=\"{lo:.1}\" x2=\"{cx:.1}\" y2=\"{hi:.1}\"/>",
                fact.doc.index(),
                escape(&self.column_name(fact.doc.index())),
                escape(&self.as_read(fact))
            );
            if open_above {
                let _ = write!(
                    out,
                    "<path class=\"arrow\" d=\"M{:.1} {:.1} L{cx:.1} {hi:.1} L{:.1} {:.1}\"/>",
                    cx - 5.0,
                    hi + 8.0,
                    cx + 5.0,
                    hi + 8.0
                );
            }
            if let Some(v) = nominal(fact) {
                let shape = if *mark == Mark::Differs {
                    format!(
                        "<rect x=\"{:.1}\" y=\"{:.1}\" width=\"9\" height=\"9\"/>",
                        cx - 4.5,
                        y(v) - 4.5
                    )
                } else {
                    format!("<circle cx=\"{cx:.1}\" cy=\"{:.1}\" r=\"4.5\"/>", y(v))
                };
                out.push_str(&shape);
            }
            out.push_str("</g>\n");
        }
        out.push_str("</svg>\n");
        let _ = writeln!(
            out,
            "<figcaption>{}: each source's interval (a bar; an arrow when open above) at its \
             publication date; a square marks a value that differs, the dashed line the least \
             the figure can be since each date, as it may grow.</figcaption>\n</figure>",
            escape(&label)
        );
    }

    fn findings(&self, out: &mut String) {
        let findings = self.inputs.findings;
        out.push_str("<section id=\"findings\" aria-labelledby=\"findings-h\">\n");
        let _ = writeln!(
            out,
            "<h2 id=\"findings-h\">Findings <span class=\"count\">({})</span></h2>",
            findings.len()
        );
        if findings.is_empty() {
            out.push_str("<p class=\"none\">No findings.</p>\n</section>\n");
            return;
        }
        let mut rules: Vec<&str> = findings.iter().map(|f| f.rule.as_str()).collect();
        rules.sort_unstable();
        rules.dedup();
        out.push_str("<form id=\"filters\" hidden>\n<fieldset><legend>Severity</legend>");
        for severity in [Severity::Error, Severity::Warning, Severity::Info] {
            let _ = write!(
                out,
                "<label><input type=\"checkbox\" name=\"severity\" value=\"{severity}\" checked> {severity}</label> "
            );
        }
        out.push_str("</fieldset>\n<fieldset><legend>Rule</legend>");
        for rule in rules {
            let _ = write!(
                out,
                "<label><input type=\"checkbox\" name=\"rule\" value=\"{0}\" checked> {0}</label> ",
                escape(rule)
            );
        }
        out.push_str("</fieldset>\n<p id=\"shown\" aria-live=\"polite\"></p>\n</form>\n");
        out.push_str("<ol class=\"findings\">\n");
        for (i, finding) in findings.iter().enumerate() {
            self.finding(out, i, finding);
        }
        out.push_str("</ol>\n</section>\n");
    }

    fn finding(&self, out: &mut String, i: usize, finding: &Finding) {
        let _ = writeln!(
            out,
            "<li class=\"finding {0}\" id=\"f{i}\" data-rule=\"{1}\" data-severity=\"{0}\">\n\
             <h3><span class=\"severity\">{0}</span> <code>[{1}]</code> {2}</h3>",
            finding.severity,
            escape(&finding.rule),
            escape(&words::message(
                finding,
                self.inputs.corpus,
                self.inputs.sources
            ))
        );
        out.push_str("<ul class=\"labels\">\n");
        for label in &finding.labels {
            self.label(out, finding, label);
        }
        out.push_str("</ul>\n");
        if let Some(help) = &finding.help {
            let _ = writeln!(out, "<p class=\"help\">help: {}</p>", escape(help));
        }
        out.push_str("</li>\n");
    }

    fn label(&self, out: &mut String, finding: &Finding, label: &Label) {
        let Some(file) = self.inputs.sources.get(label.source()) else {
            return;
        };
        let (line, column) = file.line_col(label.span.start);
        let class = if label.primary() {
            "primary"
        } else {
            "related"
        };
        let _ = write!(
            out,
            "<li class=\"label {class}\"><a href=\"#{}\">{}:{line}:{column}</a>",
            self.anchor(label.doc.index(), label.span),
            escape(&file.name)
        );
        let text: &str = &file.text;
        if let Some((before, spanned, after)) = around(text, label.span) {
            let _ = write!(
                out,
                "<blockquote><p>{}<mark class=\"{class}\">{}</mark>{}</p></blockquote>",
                escape(before),
                escape(spanned),
                escape(after)
            );
        }
        let note = words::note(finding, label);
        let _ = write!(out, "<p class=\"note\">{}</p>", escape(&note));
        out.push_str("</li>\n");
    }

    fn documents(&self, out: &mut String, columns: &[usize]) {
        out.push_str("<section id=\"documents\" aria-labelledby=\"documents-h\">\n");
        out.push_str("<h2 id=\"documents-h\">Documents</h2>\n");
        for &doc in columns {
            let Some(document) = self.inputs.corpus.documents.get(doc) else {
                continue;
            };
            let text = self.text(doc);
            let _ = writeln!(
                out,
                "<article id=\"d{doc}\" aria-labelledby=\"d{doc}-h\">\n<h3 id=\"d{doc}-h\">{}</h3>",
                escape(
                    document
                        .meta
                        .title
                        .as_deref()
                        .unwrap_or(&document.path.display().to_string())
                )
            );
            let mut meta = vec![document.path.display().to_string()];
            meta.extend(document.meta.outlet.clone());
            meta.extend(claims::published(self.inputs.corpus, doc).map(|d| d.to_string()));
            if self.is_draft(doc) {
                meta.push("draft".to_owned());
            }
            meta.extend(document.meta.url.clone());
            let _ = writeln!(out, "<p class=\"meta\">{}</p>", escape(&meta.join(" · ")));
            if text.is_empty() {
                out.push_str("<p class=\"none\">Text not kept.</p>\n</article>\n");
                continue;
            }
            out.push_str("<div class=\"text\">");
            let segmented = Text::new(text, document.body);
            let mut at = document.body.start;
            for sentence in segmented.sentences() {
                if sentence.start < at {
                    continue;
                }
                out.push_str(&escape(text.get(at..sentence.start).unwrap_or_default()));
                let _ = write!(
                    out,
                    "<span class=\"s\" id=\"d{doc}-s{}\">{}</span>",
                    sentence.start,
                    escape(text.get(sentence.range()).unwrap_or_default())
                );
                at = sentence.end;
            }
            out.push_str(&escape(text.get(at..document.body.end).unwrap_or_default()));
            out.push_str("</div>\n</article>\n");
        }
        out.push_str("</section>\n");
    }
}

/// The line around a span: the text before it, the span, the text after (at most 240
/// characters each side).
fn around(text: &str, span: Span) -> Option<(&str, &str, &str)> {
    let spanned = text.get(span.range())?;
    let head = text.get(..span.start)?;
    let tail = text.get(span.end..)?;
    let line_start = head.rfind('\n').map_or(0, |i| i + 1);
    let before = head.get(line_start..)?;
    let before = before
        .char_indices()
        .rev()
        .nth(240)
        .and_then(|(i, _)| before.get(i..))
        .unwrap_or(before);
    let after = tail.split('\n').next().unwrap_or_default();
    let after = after
        .char_indices()
        .nth(240)
        .and_then(|(i, _)| after.get(..i))
        .unwrap_or(after);
    Some((before, spanned, after))
}

fn nominal(fact: &Fact) -> Option<f64> {
    match &fact.value {
        Value::Quantity(i) => i.nominal,
        _ => None,
    }
}

/// A number with thousands separators ("14,000"; "2.5").
fn number(v: f64) -> String {
    if v.fract().abs() > 1e-9 || v.abs() >= 1e15 {
        return format!("{v}");
    }
    let digits = format!("{}", v.abs().round());
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if v < 0.0 { format!("-{out}") } else { out }
}

/// A fact's value as read: "(13,000, ∞)", "2022-01-10".
pub fn value_text(fact: &Fact) -> String {
    match &fact.value {
        Value::Quantity(i) => {
            let lo = i.min.map_or_else(|| "-∞".to_owned(), number);
            let hi = i.max.map_or_else(|| "∞".to_owned(), number);
            if i.min.is_some() && i.min == i.max {
                return lo;
            }
            format!(
                "{}{lo}, {hi}{}",
                if i.min_inclusive { '[' } else { '(' },
                if i.max_inclusive { ']' } else { ')' }
            )
        }
        Value::Time(TimeValue::Resolved { start, end, .. }) => {
            let last = end.pred_opt().unwrap_or(*end);
            if *start == NaiveDate::MIN {
                format!("before {end}")
            } else if last == *start {
                start.to_string()
            } else {
                format!("{start} to {last}")
            }
        }
        Value::Time(TimeValue::Unresolved { unresolved }) => format!("unresolved: {unresolved}"),
        Value::Time(other) => words::describe(&Value::Time(other.clone())),
        Value::Duration(duration) => duration.iso(),
        Value::Name(name) => name.key.clone(),
    }
}
