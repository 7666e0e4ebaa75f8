//! Text analysis shared by the extractors.

use crate::source::Span;

/// A document's text prepared for extraction.
pub struct Text<'a> {
    /// The whole file.
    pub text: &'a str,
    /// The part to read.
    pub body: Span,
}

impl<'a> Text<'a> {
    /// Prepares a text.
    pub fn new(text: &'a str, body: Span) -> Self {
        Self { text, body }
    }
}
