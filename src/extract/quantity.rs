//! Figures.

use super::Fact;
use super::text::Text;

/// Every figure in a text.
pub fn extract(_text: &Text<'_>) -> Vec<Fact> {
    Vec::new()
}
