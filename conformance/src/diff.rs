//! A readable unified diff of a golden against pyref's output, with line numbers on both sides,
//! cut to a length that fits a terminal.

use similar::{ChangeTag, TextDiff};
use std::fmt::Write;

pub const MAX_LINES: usize = 60;

/// `golden` is CPython's (the expected side), `actual` is pyref's.
pub fn unified(golden: &[u8], actual: &[u8], golden_name: &str) -> String {
    let g = String::from_utf8_lossy(golden);
    let a = String::from_utf8_lossy(actual);
    let diff = TextDiff::from_lines(g.as_ref(), a.as_ref());
    let mut out = String::new();
    let _ = writeln!(out, "--- {golden_name} (CPython 3.13.0)");
    let _ = writeln!(out, "+++ pyref");
    let mut lines = 0;
    let mut cut = 0;
    for group in diff.grouped_ops(3) {
        for op in group {
            for change in diff.iter_changes(&op) {
                if lines >= MAX_LINES {
                    cut += 1;
                    continue;
                }
                let (sign, old, new) = match change.tag() {
                    ChangeTag::Equal => (' ', change.old_index(), change.new_index()),
                    ChangeTag::Delete => ('-', change.old_index(), None),
                    ChangeTag::Insert => ('+', None, change.new_index()),
                };
                let num = |n: Option<usize>| n.map(|n| format!("{:>5}", n + 1)).unwrap_or_else(|| "     ".into());
                let text = change.value();
                let shown = text.strip_suffix('\n').unwrap_or(text);
                let eol = if text.ends_with('\n') { "" } else { "  (no newline)" };
                let _ = writeln!(out, "{} {} |{sign}{shown}{eol}", num(old), num(new));
                lines += 1;
            }
        }
        if lines < MAX_LINES {
            let _ = writeln!(out, "  ... |");
        }
    }
    if cut > 0 {
        let _ = writeln!(out, "({cut} more diff lines not shown)");
    }
    out
}
