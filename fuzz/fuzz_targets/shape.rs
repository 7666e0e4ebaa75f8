//! A structured generator shared by the fuzz targets: an input that starts with `0xFF`
//! is not used as it is but expanded into a large one of a hostile shape, so that the
//! fuzzers reach what their few-kilobyte inputs cannot (issue 14): one line of a
//! megabyte and more, nesting thousands deep, a megabyte of short lines.
//!
//! Layout: `0xFF`, a mode byte, a scale byte, then a pattern. The output is at least
//! 1 MiB (plus 4 KiB per scale step):
//! - mode 0: the pattern repeated on one line (its line breaks made spaces);
//! - mode 1: the pattern's first byte repeated (scale + 1) × 4096 times (`[`, `{`,
//!   `(`, `- `, `"`…), then the rest of the pattern, then the pattern again as a tail;
//! - mode 2: the pattern as a line, repeated;
//! - mode 3: the pattern repeated as it is.
//!
//! Also compiled into `tests/fuzz_regressions.rs`, which runs each shape once.

/// The expanded input, or `None` when `data` does not ask for one.
pub fn expand(data: &[u8]) -> Option<Vec<u8>> {
    let (&marker, rest) = data.split_first()?;
    if marker != 0xFF {
        return None;
    }
    let (&mode, rest) = rest.split_first()?;
    let (&scale, pattern) = rest.split_first()?;
    let first = *pattern.first()?;
    let size = (1 << 20) + usize::from(scale) * 4096;
    let mut out = Vec::with_capacity(size + 2 * pattern.len() + 1);
    match mode % 4 {
        0 => {
            let line: Vec<u8> = pattern
                .iter()
                .map(|&b| if b == b'\n' || b == b'\r' { b' ' } else { b })
                .collect();
            while out.len() < size {
                out.extend_from_slice(&line);
            }
        }
        1 => {
            let depth = (usize::from(scale) + 1) * 4096;
            out.resize(depth, first);
            out.extend_from_slice(pattern.get(1..).unwrap_or(&[]));
            while out.len() < size {
                out.extend_from_slice(pattern);
            }
        }
        2 => {
            while out.len() < size {
                out.extend_from_slice(pattern);
                out.push(b'\n');
            }
        }
        _ => {
            while out.len() < size {
                out.extend_from_slice(pattern);
            }
        }
    }
    Some(out)
}
