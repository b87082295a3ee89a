//! `repr()` of a `str` object, exactly as CPython 3.13.0 writes it (`unicode_repr` in
//! Objects/unicodeobject.c).
//!
//! The quote is `'` unless the text contains `'` and no `"`. Backslash and the chosen quote are
//! escaped; `\t`, `\n`, `\r` get their short escapes; other ASCII controls and DEL become `\xHH`;
//! non-ASCII characters are kept when printable (Unicode 15.1 `str.isprintable`) and otherwise
//! escaped as `\xHH`, `\uHHHH` or `\UHHHHHHHH` (lower-case hex, shortest form that fits).

pub use crate::unicode::is_printable;
use std::fmt::Write;

/// `repr(s)` for a string holding only Unicode scalar values.
pub fn repr(s: &str) -> String {
    repr_code_points(s.chars().map(|c| c as u32))
}

/// `repr` of a string given as code points; lone surrogates (U+D800..U+DFFF), which Python strings
/// may hold but Rust `str` cannot, are escaped as `\udXXX` like any other non-printable character.
pub fn repr_code_points<I>(cps: I) -> String
where
    I: IntoIterator<Item = u32>,
    I::IntoIter: Clone,
{
    let it = cps.into_iter();
    let (mut squote, mut dquote) = (false, false);
    for cp in it.clone() {
        squote |= cp == '\'' as u32;
        dquote |= cp == '"' as u32;
    }
    let quote = if squote && !dquote { '"' } else { '\'' };
    let mut out = String::with_capacity(it.size_hint().0 + 2);
    out.push(quote);
    for cp in it {
        match cp {
            0x5C => out.push_str("\\\\"),
            0x09 => out.push_str("\\t"),
            0x0A => out.push_str("\\n"),
            0x0D => out.push_str("\\r"),
            _ if cp == quote as u32 => {
                out.push('\\');
                out.push(quote);
            }
            0..=0x1F | 0x7F => {
                let _ = write!(out, "\\x{cp:02x}");
            }
            0x20..=0x7E => out.push(cp as u8 as char),
            _ if is_printable(cp) => out.push(char::from_u32(cp).unwrap_or('\u{FFFD}')),
            0x80..=0xFF => {
                let _ = write!(out, "\\x{cp:02x}");
            }
            0x100..=0xFFFF => {
                let _ = write!(out, "\\u{cp:04x}");
            }
            _ => {
                let _ = write!(out, "\\U{cp:08x}");
            }
        }
    }
    out.push(quote);
    out
}

#[cfg(test)]
mod tests {
    use super::{repr, repr_code_points};

    #[test]
    fn matches_cpython() {
        // (input, CPython 3.13.0 repr(input))
        let cases: &[(&str, &str)] = &[
            ("", "''"),
            ("abc", "'abc'"),
            ("it's", "\"it's\""),
            ("say \"hi\"", "'say \"hi\"'"),
            ("both ' and \"", "'both \\' and \"'"),
            ("a\\b", "'a\\\\b'"),
            ("\t\n\r\x0b\x0c\x00\x7f", "'\\t\\n\\r\\x0b\\x0c\\x00\\x7f'"),
            ("é€😀", "'é€😀'"),
            ("\u{a0}\u{ad}\u{2028}\u{feff}", "'\\xa0\\xad\\u2028\\ufeff'"),
            ("\u{e0001}\u{10ffff}", "'\\U000e0001\\U0010ffff'"),
            ("\u{85}", "'\\x85'"),
        ];
        for (input, want) in cases {
            assert_eq!(repr(input), *want, "repr({input:?})");
        }
        assert_eq!(repr_code_points([0x61, 0xD800]), "'a\\ud800'");
    }
}
