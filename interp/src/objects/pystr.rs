//! Python's `str` value as the front end builds it (Objects/unicodeobject.c): a sequence of code
//! points that, unlike a Rust `str`, may hold lone surrogates (`"\ud800"` is a valid literal).
//! Text is kept in generalized UTF-8 (surrogates encoded as three-byte sequences, as WTF-8 does),
//! so the common case is a plain UTF-8 string with no conversion.

use std::fmt;

#[derive(Clone, PartialEq, Eq, Hash, Default)]
pub struct PyStr {
    /// Generalized UTF-8; valid UTF-8 unless `has_surrogates`.
    bytes: Box<[u8]>,
    has_surrogates: bool,
}

impl PyStr {
    pub fn new(s: &str) -> PyStr {
        PyStr { bytes: s.as_bytes().into(), has_surrogates: false }
    }

    /// Builds a string from code points (any value up to 0x10FFFF, surrogates included).
    pub fn from_code_points(cps: impl IntoIterator<Item = u32>) -> PyStr {
        let mut b = PyStrBuilder::default();
        for c in cps {
            b.push(c);
        }
        b.finish()
    }

    /// The generalized UTF-8 bytes.
    pub fn as_bytes(&self) -> &[u8] {
        &self.bytes
    }

    /// The generalized UTF-8 bytes, taken.
    pub fn into_bytes(self) -> Box<[u8]> {
        self.bytes
    }

    /// A string of generalized UTF-8 bytes (valid UTF-8 unless `has_surrogates`), as a str
    /// object's body holds them.
    pub(crate) fn from_generalized(bytes: Box<[u8]>, has_surrogates: bool) -> PyStr {
        PyStr { bytes, has_surrogates }
    }

    /// The text between two code-point boundaries of `self` (byte offsets).
    pub fn byte_slice(&self, a: usize, b: usize) -> PyStr {
        let bytes: Box<[u8]> = self.bytes[a..b].into();
        // A surrogate is encoded as ED A0..BF xx; only such a sequence needs the flag.
        let has_surrogates = self.has_surrogates && bytes.windows(2).any(|w| w[0] == 0xED && w[1] >= 0xA0);
        PyStr { bytes, has_surrogates }
    }

    /// The text, when it holds no lone surrogate.
    pub fn as_str(&self) -> Option<&str> {
        if self.has_surrogates {
            None
        } else {
            // Built only from valid UTF-8 when there are no surrogates.
            std::str::from_utf8(&self.bytes).ok()
        }
    }

    pub fn is_empty(&self) -> bool {
        self.bytes.is_empty()
    }

    /// The code points, in order.
    pub fn code_points(&self) -> CodePoints<'_> {
        CodePoints { b: &self.bytes, i: 0 }
    }

    /// The number of code points (`len(s)`).
    pub fn char_len(&self) -> usize {
        self.bytes.iter().filter(|&&b| b & 0xC0 != 0x80).count()
    }

    /// `repr(s)`: single quotes unless the text has `'` and no `"`; `\\`, `\t`, `\n`, `\r` and the
    /// quote escaped; other non-printable code points as `\xNN`, `\uNNNN` or `\UNNNNNNNN`.
    pub fn repr(&self) -> String {
        match self.as_str() {
            Some(s) => super::str_repr::repr(s),
            None => super::str_repr::repr_code_points(self.code_points()),
        }
    }
}

/// Appends code points to a [`PyStr`].
#[derive(Default)]
pub struct PyStrBuilder {
    bytes: Vec<u8>,
    has_surrogates: bool,
}

impl PyStrBuilder {
    /// A builder with room for `n` bytes.
    pub fn with_capacity(n: usize) -> PyStrBuilder {
        PyStrBuilder { bytes: Vec::with_capacity(n), has_surrogates: false }
    }

    pub fn push(&mut self, c: u32) {
        match char::from_u32(c) {
            Some(ch) => {
                let mut buf = [0u8; 4];
                self.bytes.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
            }
            None => {
                // A surrogate: the three-byte form UTF-8 forbids.
                self.has_surrogates = true;
                self.bytes.extend_from_slice(&[0xE0 | (c >> 12) as u8, 0x80 | ((c >> 6) & 0x3F) as u8, 0x80 | (c & 0x3F) as u8]);
            }
        }
    }

    pub fn push_str(&mut self, s: &str) {
        self.bytes.extend_from_slice(s.as_bytes());
    }

    pub fn push_pystr(&mut self, s: &PyStr) {
        self.bytes.extend_from_slice(&s.bytes);
        self.has_surrogates |= s.has_surrogates;
    }

    pub fn is_empty(&self) -> bool {
        self.bytes.is_empty()
    }

    pub fn finish(self) -> PyStr {
        PyStr { bytes: self.bytes.into_boxed_slice(), has_surrogates: self.has_surrogates }
    }
}

/// The code points of generalized UTF-8 bytes.
pub fn code_points_of(b: &[u8]) -> CodePoints<'_> {
    CodePoints { b, i: 0 }
}

/// Iterator over the code points of a [`PyStr`].
#[derive(Clone)]
pub struct CodePoints<'a> {
    b: &'a [u8],
    i: usize,
}

impl Iterator for CodePoints<'_> {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        let b = self.b;
        let i = self.i;
        let first = *b.get(i)?;
        let (len, init) = match first {
            0x00..=0x7F => (1, first as u32),
            0xC0..=0xDF => (2, (first & 0x1F) as u32),
            0xE0..=0xEF => (3, (first & 0x0F) as u32),
            _ => (4, (first & 0x07) as u32),
        };
        let mut c = init;
        for k in 1..len {
            c = (c << 6) | (b[i + k] & 0x3F) as u32;
        }
        self.i += len;
        Some(c)
    }
}

impl fmt::Debug for PyStr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.repr())
    }
}

/// `repr(b)` for bytes: `b'...'`, quote chosen as for str, non-ASCII and controls as `\xNN`.
pub fn bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') { b'"' } else { b'\'' };
    let mut out = String::with_capacity(b.len() + 3);
    out.push('b');
    out.push(quote as char);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            _ if c == quote => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7E => out.push(c as char),
            _ => out.push_str(&format!("\\x{c:02x}")),
        }
    }
    out.push(quote as char);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    // Expected reprs from CPython 3.13.0.
    #[test]
    fn reprs() {
        assert_eq!(PyStr::new("a'b").repr(), "\"a'b\"");
        assert_eq!(PyStr::new("a'\"b").repr(), "'a\\'\"b'");
        assert_eq!(PyStr::new("\t\n\x00\x7f").repr(), "'\\t\\n\\x00\\x7f'");
        assert_eq!(PyStr::new("é€😀").repr(), "'é€😀'");
        assert_eq!(PyStr::new("\u{a0}\u{ad}\u{2028}").repr(), "'\\xa0\\xad\\u2028'");
        assert_eq!(PyStr::from_code_points([0xD800, 0x61]).repr(), "'\\ud800a'");
        assert_eq!(bytes_repr(b"a'\x00\xff"), "b\"a'\\x00\\xff\"");
        assert_eq!(bytes_repr(b"'\""), "b'\\'\"'");
    }
}
