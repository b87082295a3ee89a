//! bytes and bytearray methods where they differ from str (Objects/bytes_methods.c,
//! Objects/bytesobject.c, Python/pystrhex.c): ASCII-only case mapping and predicates, ASCII
//! whitespace, `hex()` with a separator and `fromhex()`. Searching, splitting and padding are the
//! generic functions of [`super::str_methods`] instantiated with `u8`.

use std::ops::Range;

use super::format_spec::{TextError, TextResult};
use super::str_methods::{self as sm, StripSide};

/// `Py_ISSPACE`: the whitespace of bytes methods (space, \t, \n, \r, \x0b, \x0c).
#[inline]
pub fn is_space(c: u32) -> bool {
    matches!(c, 0x20 | 0x09..=0x0D)
}

/// The line boundaries of `bytes.splitlines`.
#[inline]
pub fn is_linebreak(c: u32) -> bool {
    c == 0x0A || c == 0x0D
}

/// `b.split(sep, maxsplit)` as ranges.
pub fn split(b: &[u8], sep: Option<&[u8]>, maxsplit: isize) -> TextResult<Vec<Range<usize>>> {
    sm::split(b, sep, maxsplit, is_space)
}

/// `b.rsplit(sep, maxsplit)` as ranges.
pub fn rsplit(b: &[u8], sep: Option<&[u8]>, maxsplit: isize) -> TextResult<Vec<Range<usize>>> {
    sm::rsplit(b, sep, maxsplit, is_space)
}

/// `b.splitlines(keepends)` as ranges.
pub fn splitlines(b: &[u8], keepends: bool) -> Vec<Range<usize>> {
    sm::splitlines(b, keepends, is_linebreak)
}

/// `b.strip(chars)` and friends as the kept range.
pub fn strip(b: &[u8], chars: Option<&[u8]>, side: StripSide) -> Range<usize> {
    sm::strip(b, chars, side, is_space)
}

pub fn lower(b: &[u8]) -> Vec<u8> {
    b.to_ascii_lowercase()
}

pub fn upper(b: &[u8]) -> Vec<u8> {
    b.to_ascii_uppercase()
}

pub fn swapcase(b: &[u8]) -> Vec<u8> {
    b.iter()
        .map(|&c| if c.is_ascii_uppercase() { c.to_ascii_lowercase() } else { c.to_ascii_uppercase() })
        .collect()
}

/// `b.title()`: ASCII letters after a letter are lowered, others raised.
pub fn title(b: &[u8]) -> Vec<u8> {
    let mut prev_cased = false;
    b.iter()
        .map(|&c| {
            let r = if prev_cased { c.to_ascii_lowercase() } else { c.to_ascii_uppercase() };
            prev_cased = c.is_ascii_alphabetic();
            r
        })
        .collect()
}

pub fn capitalize(b: &[u8]) -> Vec<u8> {
    b.iter()
        .enumerate()
        .map(|(i, &c)| if i == 0 { c.to_ascii_uppercase() } else { c.to_ascii_lowercase() })
        .collect()
}

fn all_nonempty(b: &[u8], p: impl Fn(&u8) -> bool) -> bool {
    !b.is_empty() && b.iter().all(p)
}

pub fn isalpha(b: &[u8]) -> bool {
    all_nonempty(b, u8::is_ascii_alphabetic)
}
pub fn isalnum(b: &[u8]) -> bool {
    all_nonempty(b, u8::is_ascii_alphanumeric)
}
pub fn isdigit(b: &[u8]) -> bool {
    all_nonempty(b, u8::is_ascii_digit)
}
pub fn isspace(b: &[u8]) -> bool {
    all_nonempty(b, |&c| is_space(c as u32))
}
pub fn isascii(b: &[u8]) -> bool {
    b.is_ascii()
}
pub fn islower(b: &[u8]) -> bool {
    !b.iter().any(u8::is_ascii_uppercase) && b.iter().any(u8::is_ascii_lowercase)
}
pub fn isupper(b: &[u8]) -> bool {
    !b.iter().any(u8::is_ascii_lowercase) && b.iter().any(u8::is_ascii_uppercase)
}

/// `b.istitle()` with ASCII cases.
pub fn istitle(b: &[u8]) -> bool {
    let mut cased = false;
    let mut prev_cased = false;
    for &c in b {
        if c.is_ascii_uppercase() {
            if prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else if c.is_ascii_lowercase() {
            if !prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    cased
}

/// TypeError of `bytes.join` for an item without the buffer protocol.
pub fn join_type_error(index: usize, type_name: &str) -> TextError {
    TextError::type_error(format!("sequence item {index}: expected a bytes-like object, {type_name} found"))
}

/// TypeError of `center`/`ljust`/`rjust` when the fill is not a single byte.
pub fn fill_byte_error(method: &str, type_name: &str) -> TextError {
    TextError::type_error(format!("{method}() argument 2 must be a byte string of length 1, not {type_name}"))
}

/// Checks the `sep` argument of `hex()` once the runtime has its characters.
pub fn hex_sep(sep: &[u32]) -> TextResult<u8> {
    if sep.len() != 1 {
        return Err(TextError::value("sep must be length 1."));
    }
    if sep[0] > 127 {
        return Err(TextError::value("sep must be ASCII."));
    }
    Ok(sep[0] as u8)
}

/// `b.hex(sep, bytes_per_sep)`: groups of `|bytes_per_sep|` bytes counted from the right when
/// positive, from the left when negative.
pub fn hex(b: &[u8], sep: Option<u8>, bytes_per_sep: isize) -> String {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let group = bytes_per_sep.unsigned_abs();
    let sep = match sep {
        Some(s) if group != 0 && !b.is_empty() => Some(s),
        _ => None,
    };
    let mut out = Vec::with_capacity(b.len() * 3);
    for (i, &c) in b.iter().enumerate() {
        if let Some(s) = sep {
            let boundary = if bytes_per_sep > 0 { (b.len() - i).is_multiple_of(group) } else { i.is_multiple_of(group) };
            if i > 0 && boundary {
                out.push(s);
            }
        }
        out.push(HEX[(c >> 4) as usize]);
        out.push(HEX[(c & 15) as usize]);
    }
    String::from_utf8(out).expect("ascii")
}

/// `bytes.fromhex(s)`: pairs of hex digits, ASCII whitespace allowed between pairs.
pub fn fromhex(s: &[u32]) -> TextResult<Vec<u8>> {
    let err = |pos: usize| TextError::value(format!("non-hexadecimal number found in fromhex() arg at position {pos}"));
    if let Some(i) = s.iter().position(|&c| c >= 128) {
        return Err(err(i));
    }
    let digit = |i: usize| s.get(i).and_then(|&c| char::from_u32(c)?.to_digit(16));
    let mut out = Vec::with_capacity(s.len() / 2);
    let mut i = 0;
    while i < s.len() {
        if is_space(s[i]) {
            while i < s.len() && is_space(s[i]) {
                i += 1;
            }
            if i >= s.len() {
                break;
            }
        }
        let top = digit(i).ok_or_else(|| err(i))?;
        let bot = digit(i + 1).ok_or_else(|| err(i + 1))?;
        out.push((top * 16 + bot) as u8);
        i += 2;
    }
    Ok(out)
}

/// `bytes.maketrans(frm, to)`: the 256-byte identity table with `frm[i]` mapped to `to[i]`.
pub fn maketrans(frm: &[u8], to: &[u8]) -> TextResult<[u8; 256]> {
    if frm.len() != to.len() {
        return Err(TextError::value("maketrans arguments must have same length"));
    }
    let mut table = [0u8; 256];
    for (i, t) in table.iter_mut().enumerate() {
        *t = i as u8;
    }
    for (&a, &b) in frm.iter().zip(to) {
        table[a as usize] = b;
    }
    Ok(table)
}

/// `b.translate(table, delete)`: `table` None keeps bytes as they are; a table must have 256 bytes.
pub fn translate(b: &[u8], table: Option<&[u8]>, delete: &[u8]) -> TextResult<Vec<u8>> {
    if let Some(t) = table {
        if t.len() != 256 {
            return Err(TextError::value("translation table must be 256 characters long"));
        }
    }
    let mut deleted = [false; 256];
    for &d in delete {
        deleted[d as usize] = true;
    }
    Ok(b.iter()
        .filter(|&&c| !deleted[c as usize])
        .map(|&c| table.map_or(c, |t| t[c as usize]))
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::objects::format_spec::tests_unescape;
    use crate::objects::str_methods::tests::{err, esc, list};

    fn bytes(s: &str) -> Vec<u8> {
        tests_unescape(s).chars().map(|c| c as u32 as u8).collect()
    }

    fn text(b: &[u8]) -> String {
        b.iter().map(|&c| c as char).collect()
    }

    fn ranges(b: &[u8], r: Vec<Range<usize>>) -> String {
        list(&r.into_iter().map(|r| text(&b[r])).collect::<Vec<_>>())
    }

    fn py_bool(b: bool) -> String {
        if b { "True".into() } else { "False".into() }
    }

    fn run(p: &[&str]) -> String {
        let b = bytes(p[1]);
        let opt = |a: &str| if a == "~" { None } else { Some(bytes(a)) };
        match p[0] {
            "lower" => esc(&text(&lower(&b))),
            "upper" => esc(&text(&upper(&b))),
            "swapcase" => esc(&text(&swapcase(&b))),
            "title" => esc(&text(&title(&b))),
            "capitalize" => esc(&text(&capitalize(&b))),
            "isalpha" => py_bool(isalpha(&b)),
            "isalnum" => py_bool(isalnum(&b)),
            "isdigit" => py_bool(isdigit(&b)),
            "isspace" => py_bool(isspace(&b)),
            "islower" => py_bool(islower(&b)),
            "isupper" => py_bool(isupper(&b)),
            "istitle" => py_bool(istitle(&b)),
            "isascii" => py_bool(isascii(&b)),
            "hex" => hex(&b, None, 0),
            "hexsep" => hex(&b, Some(p[2].as_bytes()[0]), p[3].parse().unwrap()),
            "split" | "rsplit" => {
                let sep = opt(p[2]);
                let m = p[3].parse().unwrap();
                let r = if p[0] == "split" { split(&b, sep.as_deref(), m) } else { rsplit(&b, sep.as_deref(), m) };
                r.map(|r| ranges(&b, r)).unwrap_or_else(err)
            }
            "splitlines" => ranges(&b, splitlines(&b, p[2] == "1")),
            "strip" | "lstrip" | "rstrip" => {
                let side = match p[0] {
                    "strip" => StripSide::Both,
                    "lstrip" => StripSide::Left,
                    _ => StripSide::Right,
                };
                let chars = opt(p[2]);
                esc(&text(&b[strip(&b, chars.as_deref(), side)]))
            }
            "fromhex" => {
                let s: Vec<u32> = tests_unescape(p[1]).chars().map(|c| c as u32).collect();
                fromhex(&s).map(|v| esc(&text(&v))).unwrap_or_else(err)
            }
            op => panic!("unknown op {op}"),
        }
    }

    #[test]
    fn translate_and_maketrans() {
        // From CPython 3.13.0: b'hello'.translate(bytes.maketrans(b'el', b'ip'), b'o') == b'hipp',
        // b'abc'.translate(None, b'b') == b'ac'.
        let t = maketrans(b"el", b"ip").unwrap();
        assert_eq!(translate(b"hello", Some(&t), b"o").unwrap(), b"hipp");
        assert_eq!(translate(b"abc", None, b"b").unwrap(), b"ac");
        assert_eq!(translate(b"abc", Some(b"xy"), b"").unwrap_err().msg, "translation table must be 256 characters long");
        assert_eq!(maketrans(b"a", b"").unwrap_err().msg, "maketrans arguments must have same length");
    }

    /// Vectors from scripts/gen/str_vectors.py on CPython 3.13.0.
    #[test]
    fn cpython_vectors() {
        let data = include_str!("str_methods/bytes_vectors.txt");
        let mut n = 0;
        let mut failures = Vec::new();
        for line in data.lines() {
            let p: Vec<&str> = line.split('\t').collect();
            let want = p[p.len() - 1];
            let got = run(&p[..p.len() - 1]);
            n += 1;
            if got != want {
                failures.push(format!("{line}\n    got {got}"));
            }
        }
        assert!(failures.is_empty(), "{} of {n} failed:\n{}", failures.len(), failures[..failures.len().min(30)].join("\n"));
        assert!(n > 1000);
    }
}
