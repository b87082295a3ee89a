//! The golden file format, shared with scripts/regen-goldens (keep the two in step).
//!
//! A golden is the stage's stdout, then, when stderr is non-empty or the exit status is not 0,
//! a trailer `@@@@ stderr @@@@` / stderr / `@@@@ exit status N @@@@`, with a line
//! `\ no newline at end of stdout` (or stderr) after a stream that lacks its final newline.
//! The one normalisation: `0x` followed by 8 or more lowercase hex digits becomes `0xADDR`.

pub fn render(stdout: &[u8], stderr: &[u8], status: i32) -> Vec<u8> {
    let mut out = stdout.to_vec();
    if !stderr.is_empty() || status != 0 {
        if !out.is_empty() && !out.ends_with(b"\n") {
            out.extend_from_slice(b"\n\\ no newline at end of stdout\n");
        }
        out.extend_from_slice(b"@@@@ stderr @@@@\n");
        out.extend_from_slice(stderr);
        if !stderr.is_empty() && !stderr.ends_with(b"\n") {
            out.extend_from_slice(b"\n\\ no newline at end of stderr\n");
        }
        out.extend_from_slice(format!("@@@@ exit status {status} @@@@\n").as_bytes());
    }
    normalise(&out)
}

/// Replaces hex addresses (`0x` + at least 8 lowercase hex digits) with `0xADDR`.
pub fn normalise(text: &[u8]) -> Vec<u8> {
    let is_hex = |b: u8| b.is_ascii_digit() || (b'a'..=b'f').contains(&b);
    let mut out = Vec::with_capacity(text.len());
    let mut i = 0;
    while i < text.len() {
        if text[i] == b'0' && text.get(i + 1) == Some(&b'x') {
            let digits = text[i + 2..].iter().take_while(|&&b| is_hex(b)).count();
            if digits >= 8 {
                out.extend_from_slice(b"0xADDR");
                i += 2 + digits;
                continue;
            }
        }
        out.push(text[i]);
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_stdout_has_no_trailer() {
        assert_eq!(render(b"hello\n", b"", 0), b"hello\n");
    }

    #[test]
    fn trailer_marks_missing_newlines() {
        assert_eq!(
            render(b"a", b"E", 1),
            b"a\n\\ no newline at end of stdout\n@@@@ stderr @@@@\nE\n\\ no newline at end of stderr\n@@@@ exit status 1 @@@@\n"
        );
    }

    #[test]
    fn addresses_are_masked_but_short_hex_is_not() {
        assert_eq!(normalise(b"<f at 0x7f54c29ec030> 0xff 0x12345678"), b"<f at 0xADDR> 0xff 0xADDR");
    }
}
