//! TimeML (`.tml`) files in, the plain text of their `<TEXT>` and its gold TIMEX3 mentions
//! out: every tag is dropped, XML entities are decoded, and each TIMEX3's span is the
//! byte range of its words in the plain text.

use std::ops::Range;

/// One annotated document.
#[derive(Debug, Clone)]
pub struct Document {
    /// The document creation time (`YYYY-MM-DD`), from the `<DCT>` TIMEX3.
    pub dct: String,
    /// The text between `<TEXT>` and `</TEXT>`, without tags.
    pub text: String,
    /// The gold TIMEX3 mentions inside it.
    pub gold: Vec<Timex>,
}

/// One TIMEX3 mention.
#[derive(Debug, Clone)]
pub struct Timex {
    /// Bytes of the plain text.
    pub span: Range<usize>,
    /// `DATE`, `TIME`, `DURATION` or `SET`.
    pub kind: String,
    /// The normalised value ("1998-08-07", "P3D", "PAST_REF").
    pub value: String,
}

/// Reads a `.tml` file's text; `None` when it has no `<TEXT>` or no DCT.
pub fn parse(tml: &str) -> Option<Document> {
    let dct_at = tml.find("<DCT>")?;
    let dct_tag = tml.get(dct_at..)?;
    let dct_tag = dct_tag.get(..dct_tag.find("</DCT>")?)?;
    let dct = attribute(dct_tag, "value")?;
    let dct = dct.get(..10.min(dct.len()))?.to_owned();
    let start = tml.find("<TEXT>")? + "<TEXT>".len();
    let end = start + tml.get(start..)?.find("</TEXT>")?;
    let body = tml.get(start..end)?;
    let mut text = String::with_capacity(body.len());
    let mut gold = Vec::new();
    let mut open: Option<(usize, String, String)> = None;
    let mut rest = body;
    while let Some(lt) = rest.find('<') {
        push_decoded(&mut text, rest.get(..lt)?);
        let after = rest.get(lt..)?;
        let gt = after.find('>')?;
        let tag = after.get(1..gt)?;
        if tag.starts_with("TIMEX3") {
            let kind = attribute(tag, "type").unwrap_or_default();
            let value = attribute(tag, "value").unwrap_or_default();
            if tag.ends_with('/') {
                // An empty TIMEX3 (an implicit time): nothing in the text to find.
            } else {
                open = Some((text.len(), kind, value));
            }
        } else if tag == "/TIMEX3" {
            if let Some((from, kind, value)) = open.take() {
                let (from, to) = trimmed(&text, from, text.len());
                gold.push(Timex {
                    span: from..to,
                    kind,
                    value,
                });
            }
        }
        rest = after.get(gt + 1..)?;
    }
    push_decoded(&mut text, rest);
    Some(Document { dct, text, gold })
}

/// `text[from..to]` without its leading and trailing white space.
fn trimmed(text: &str, from: usize, to: usize) -> (usize, usize) {
    let Some(words) = text.get(from..to) else {
        return (from, to);
    };
    let lead = words.len() - words.trim_start().len();
    let trail = words.len() - words.trim_end().len();
    (from + lead, (to - trail).max(from + lead))
}

/// The value of `name="…"` in a tag's text.
fn attribute(tag: &str, name: &str) -> Option<String> {
    let mut from = 0;
    while let Some(k) = tag.get(from..)?.find(name) {
        let at = from + k;
        let before_ok = at == 0
            || tag
                .as_bytes()
                .get(at - 1)
                .is_some_and(|b| b.is_ascii_whitespace());
        let after = tag.get(at + name.len()..)?;
        if before_ok && after.starts_with("=\"") {
            let value = after.get(2..)?;
            let end = value.find('"')?;
            let mut out = String::new();
            push_decoded(&mut out, value.get(..end)?);
            return Some(out);
        }
        from = at + name.len();
    }
    None
}

/// Appends `raw` with the five XML entities decoded.
fn push_decoded(out: &mut String, raw: &str) {
    let mut rest = raw;
    while let Some(amp) = rest.find('&') {
        out.push_str(rest.get(..amp).unwrap_or(""));
        let after = rest.get(amp..).unwrap_or("");
        let entity = [
            ("&amp;", '&'),
            ("&lt;", '<'),
            ("&gt;", '>'),
            ("&quot;", '"'),
            ("&apos;", '\''),
        ]
        .into_iter()
        .find(|(name, _)| after.starts_with(name));
        match entity {
            Some((name, ch)) => {
                out.push(ch);
                rest = after.get(name.len()..).unwrap_or("");
            }
            None => {
                out.push('&');
                rest = after.get(1..).unwrap_or("");
            }
        }
    }
    out.push_str(rest);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_are_stripped_and_timex_spans_kept() {
        let tml = r#"<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-07" functionInDocument="CREATION_TIME">x</TIMEX3></DCT>
<TEXT>Bombs <EVENT eid="e1">exploded</EVENT> &amp; more <TIMEX3 tid="t1" type="DATE" value="1998-08-07">Friday</TIMEX3>.</TEXT></TimeML>"#;
        let doc = parse(tml).unwrap();
        assert_eq!(doc.dct, "1998-08-07");
        assert_eq!(doc.text, "Bombs exploded & more Friday.");
        assert_eq!(doc.gold.len(), 1);
        assert_eq!(&doc.text[doc.gold[0].span.clone()], "Friday");
        assert_eq!(doc.gold[0].kind, "DATE");
        assert_eq!(doc.gold[0].value, "1998-08-07");
    }
}
