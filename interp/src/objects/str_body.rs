//! The body of a `str` object: CPython's compact unicode objects (`PyASCIIObject`,
//! `PyCompactUnicodeObject` in Include/cpython/unicodeobject.h), which keep the text in the
//! object's own block.
//!
//! pyref keeps the text as generalized UTF-8 (lone surrogates as three-byte sequences; see
//! `pystr`). Text of up to [`INLINE`] bytes lives inside the body, so the common short str is a
//! single 64-byte block; longer text is a separate allocation that also carries the length in
//! code points and, for non-ASCII text, a lazily built index of every [`STR_STRIDE`]th code
//! point's byte offset (so indexing is O(1)). The body caches what CPython's `state` field holds:
//! the storage kind (1, 2 or 4 bytes per code point, which `getsizeof` and the hash see),
//! whether the text is ASCII, and whether a UTF-8 form has been cached; plus whether it holds a
//! lone surrogate (then it is not valid UTF-8). `sys.getsizeof` is computed from these facts
//! (objects/sizes.rs), never from this Rust layout.

use super::pystr::{CodePoints, PyStr};
use std::cell::{Cell, OnceCell};

/// Code points between two entries of a non-ASCII str's offset index.
pub const STR_STRIDE: usize = 32;

/// Text of at most this many bytes is stored inside the body.
pub const INLINE: usize = 30;

const KIND_MASK: u8 = 0b0111;
const ASCII: u8 = 0b1000;
const SURROGATES: u8 = 0b1_0000;
const UTF8_CACHED: u8 = 0b10_0000;

/// Text too long to sit in the body.
struct HeapText {
    bytes: Box<[u8]>,
    nchars: usize,
    index: OnceCell<Box<[u32]>>,
}

/// `str`: the text (inline or on the heap), the cached facts about it and the cached hash (-1
/// until computed).
pub struct StrBody {
    pub hash: Cell<i64>,
    heap: Option<Box<HeapText>>,
    flags: Cell<u8>,
    ilen: u8,
    inline: [u8; INLINE],
}

const _: () = assert!(std::mem::size_of::<StrBody>() == 48);

/// What a scan of generalized UTF-8 finds: length in code points, storage kind, ASCII-ness, and
/// whether the bytes are not valid UTF-8 (lone surrogates).
#[derive(Clone, Copy)]
pub struct TextFacts {
    pub nchars: usize,
    pub kind: u8,
    pub ascii: bool,
    pub surrogates: bool,
}

impl TextFacts {
    pub const ASCII_EMPTY: TextFacts = TextFacts { nchars: 0, kind: 1, ascii: true, surrogates: false };

    /// The facts of ASCII text of `n` bytes.
    pub fn ascii(n: usize) -> TextFacts {
        TextFacts { nchars: n, kind: 1, ascii: true, surrogates: false }
    }

    /// Scans generalized UTF-8.
    pub fn of(b: &[u8]) -> TextFacts {
        if b.is_ascii() {
            return TextFacts::ascii(b.len());
        }
        let mut n = 0;
        let mut maxc = 0u32;
        let mut sur = false;
        for c in super::pystr::code_points_of(b) {
            n += 1;
            maxc = maxc.max(c);
            sur |= (0xD800..0xE000).contains(&c);
        }
        // Anything that is not valid UTF-8 is treated as holding surrogates, so that `as_str`
        // only ever hands out valid UTF-8.
        let surrogates = sur || std::str::from_utf8(b).is_err();
        let kind = if maxc < 0x100 { 1 } else if maxc < 0x10000 { 2 } else { 4 };
        TextFacts { nchars: n, kind, ascii: false, surrogates }
    }

    /// The facts of the concatenation of texts with facts `self` and `o`.
    pub fn concat(self, o: TextFacts) -> TextFacts {
        TextFacts { nchars: self.nchars + o.nchars, kind: self.kind.max(o.kind), ascii: self.ascii && o.ascii, surrogates: self.surrogates || o.surrogates }
    }

    fn flags(self) -> u8 {
        self.kind | if self.ascii { ASCII } else { 0 } | if self.surrogates { SURROGATES } else { 0 }
    }
}

impl StrBody {
    /// A str of the generalized UTF-8 `b`, whose facts are `f` (as [`TextFacts::of`] finds them,
    /// or combined from the facts of the pieces `b` was concatenated from).
    pub fn with_facts(b: &[u8], f: TextFacts) -> StrBody {
        debug_assert!(f.surrogates || std::str::from_utf8(b).is_ok());
        if b.len() <= INLINE {
            let mut inline = [0u8; INLINE];
            inline[..b.len()].copy_from_slice(b);
            StrBody { hash: Cell::new(-1), heap: None, flags: Cell::new(f.flags()), ilen: b.len() as u8, inline }
        } else {
            StrBody::heap(b.into(), f)
        }
    }

    /// As [`StrBody::with_facts`], taking the bytes' allocation when the text is long.
    pub fn from_vec_with_facts(v: Vec<u8>, f: TextFacts) -> StrBody {
        if v.len() <= INLINE {
            StrBody::with_facts(&v, f)
        } else {
            StrBody::heap(v.into_boxed_slice(), f)
        }
    }

    fn heap(bytes: Box<[u8]>, f: TextFacts) -> StrBody {
        StrBody {
            hash: Cell::new(-1),
            heap: Some(Box::new(HeapText { bytes, nchars: f.nchars, index: OnceCell::new() })),
            flags: Cell::new(f.flags()),
            ilen: 0,
            inline: [0u8; INLINE],
        }
    }

    pub fn new(s: PyStr) -> StrBody {
        let f = TextFacts::of(s.as_bytes());
        StrBody::from_vec_with_facts(s.into_bytes().into_vec(), f)
    }

    pub fn of_str(s: &str) -> StrBody {
        StrBody::with_facts(s.as_bytes(), TextFacts::of(s.as_bytes()))
    }

    /// A str of ASCII bytes (the caller knows they are ASCII).
    pub fn from_ascii(b: &[u8]) -> StrBody {
        StrBody::with_facts(b, TextFacts::ascii(b.len()))
    }

    /// The decimal digits of `v` (`str(v)` for an int that fits in i64).
    pub fn from_i64(v: i64) -> StrBody {
        let mut buf = [0u8; 20];
        let mut i = buf.len();
        let mut m = v.unsigned_abs();
        loop {
            i -= 1;
            buf[i] = b'0' + (m % 10) as u8;
            m /= 10;
            if m == 0 {
                break;
            }
        }
        let mut inline = [0u8; INLINE];
        let mut n = 0;
        if v < 0 {
            inline[0] = b'-';
            n = 1;
        }
        let digits = &buf[i..];
        inline[n..n + digits.len()].copy_from_slice(digits);
        n += digits.len();
        StrBody { hash: Cell::new(-1), heap: None, flags: Cell::new(TextFacts::ascii(n).flags()), ilen: n as u8, inline }
    }

    /// The generalized UTF-8 bytes.
    #[inline]
    pub fn as_bytes(&self) -> &[u8] {
        match &self.heap {
            Some(h) => &h.bytes,
            None => &self.inline[..self.ilen as usize],
        }
    }

    /// The text, when it holds no lone surrogate.
    #[inline]
    pub fn as_str(&self) -> Option<&str> {
        if self.flags.get() & SURROGATES != 0 {
            return None;
        }
        // SAFETY: every constructor sets SURROGATES unless the bytes are valid UTF-8 (TextFacts::of
        // checks; concatenations of valid UTF-8 are valid), and the bytes never change.
        Some(unsafe { std::str::from_utf8_unchecked(self.as_bytes()) })
    }

    /// Whether the text holds a lone surrogate.
    #[inline]
    pub fn has_surrogates(&self) -> bool {
        self.flags.get() & SURROGATES != 0
    }

    /// Whether every code point is below 128.
    #[inline]
    pub fn ascii(&self) -> bool {
        self.flags.get() & ASCII != 0
    }

    /// CPython's storage kind: 1, 2 or 4 bytes per code point.
    #[inline]
    pub fn kind(&self) -> u8 {
        self.flags.get() & KIND_MASK
    }

    /// The number of code points (`len(s)`).
    #[inline]
    pub fn nchars(&self) -> usize {
        match &self.heap {
            Some(h) => h.nchars,
            None if self.ascii() => self.ilen as usize,
            None => self.as_bytes().iter().filter(|&&b| b & 0xC0 != 0x80).count(),
        }
    }

    /// The facts about the text (for building concatenations).
    pub fn facts(&self) -> TextFacts {
        TextFacts { nchars: self.nchars(), kind: self.kind(), ascii: self.ascii(), surrogates: self.has_surrogates() }
    }

    /// The code points, in order.
    pub fn code_points(&self) -> CodePoints<'_> {
        super::pystr::code_points_of(self.as_bytes())
    }

    /// The text as a [`PyStr`] (a copy).
    pub fn to_pystr(&self) -> PyStr {
        PyStr::from_generalized(self.as_bytes().into(), self.has_surrogates())
    }

    /// Whether two strs hold the same text.
    #[inline]
    pub fn same_text(&self, o: &StrBody) -> bool {
        self.as_bytes() == o.as_bytes()
    }

    /// `repr(s)`.
    pub fn repr(&self) -> String {
        match self.as_str() {
            Some(s) => super::str_repr::repr(s),
            None => super::str_repr::repr_code_points(self.code_points()),
        }
    }

    /// `PyUnicode_AsUTF8AndSize`: a non-ASCII str without lone surrogates keeps its UTF-8 form
    /// from now on (ASCII strs are their own UTF-8).
    pub fn cache_utf8(&self) {
        if !self.ascii() && !self.has_surrogates() {
            self.flags.set(self.flags.get() | UTF8_CACHED);
        }
    }

    /// Bytes of the cached UTF-8 form with its terminator (0 when none is cached).
    pub fn utf8_cache_size(&self) -> usize {
        if self.flags.get() & UTF8_CACHED != 0 {
            self.as_bytes().len() + 1
        } else {
            0
        }
    }

    /// The byte offset of code point `i` (`i <= nchars`).
    pub fn byte_offset(&self, i: usize) -> usize {
        let b = self.as_bytes();
        if self.ascii() || i == 0 {
            return i;
        }
        let start = match &self.heap {
            None => 0,
            Some(h) => {
                if i >= h.nchars {
                    return b.len();
                }
                let idx = h.index.get_or_init(|| {
                    let mut v = Vec::with_capacity(h.nchars / STR_STRIDE + 1);
                    let mut n = 0usize;
                    for (off, &c) in b.iter().enumerate() {
                        if c & 0xC0 != 0x80 {
                            if n.is_multiple_of(STR_STRIDE) {
                                v.push(off as u32);
                            }
                            n += 1;
                        }
                    }
                    v.into_boxed_slice()
                });
                return walk(b, idx[i / STR_STRIDE] as usize, i % STR_STRIDE);
            }
        };
        walk(b, start, i)
    }

    /// The code point at index `i` (`i < nchars`).
    pub fn char_at(&self, i: usize) -> u32 {
        if self.ascii() {
            return self.as_bytes().get(i).copied().unwrap_or(0) as u32;
        }
        let off = self.byte_offset(i);
        super::pystr::code_points_of(&self.as_bytes()[off..]).next().unwrap_or(0)
    }

    /// `s[a:b]` for `a <= b <= nchars`.
    pub fn slice(&self, a: usize, b: usize) -> PyStr {
        let (x, y) = (self.byte_offset(a), self.byte_offset(b));
        self.to_pystr_range(x, y)
    }

    /// `s[a:b]` for `a <= b <= nchars`, as a new body.
    pub fn slice_body(&self, a: usize, b: usize) -> StrBody {
        if self.ascii() {
            return StrBody::from_ascii(&self.as_bytes()[a..b]);
        }
        let (x, y) = (self.byte_offset(a), self.byte_offset(b));
        let bytes = &self.as_bytes()[x..y];
        StrBody::with_facts(bytes, TextFacts::of(bytes))
    }

    fn to_pystr_range(&self, x: usize, y: usize) -> PyStr {
        let bytes = &self.as_bytes()[x..y];
        // A surrogate is encoded as ED A0..BF xx; only such a sequence needs the flag.
        let sur = self.has_surrogates() && bytes.windows(2).any(|w| w[0] == 0xED && w[1] >= 0xA0);
        PyStr::from_generalized(bytes.into(), sur)
    }

    /// The text; lone surrogates show as U+FFFD (only printing paths use this).
    pub fn text(&self) -> std::borrow::Cow<'_, str> {
        match self.as_str() {
            Some(s) => std::borrow::Cow::Borrowed(s),
            None => std::borrow::Cow::Owned(self.code_points().map(|c| char::from_u32(c).unwrap_or('\u{fffd}')).collect()),
        }
    }
}

/// The offset `k` code points after the code point starting at `off`.
fn walk(b: &[u8], mut off: usize, k: usize) -> usize {
    for _ in 0..k {
        off += 1;
        while off < b.len() && b[off] & 0xC0 == 0x80 {
            off += 1;
        }
    }
    off.min(b.len())
}

/// Builds the text of a new str from pieces, tracking the facts as it goes.
pub struct StrBuf {
    pub bytes: Vec<u8>,
    pub facts: TextFacts,
}

impl StrBuf {
    pub fn with_capacity(n: usize) -> StrBuf {
        StrBuf { bytes: Vec::with_capacity(n), facts: TextFacts::ASCII_EMPTY }
    }

    #[inline]
    pub fn push_body(&mut self, s: &StrBody) {
        self.bytes.extend_from_slice(s.as_bytes());
        self.facts = self.facts.concat(s.facts());
    }

    pub fn push_ascii(&mut self, b: &[u8]) {
        self.bytes.extend_from_slice(b);
        self.facts.nchars += b.len();
    }

    pub fn finish(self) -> StrBody {
        StrBody::from_vec_with_facts(self.bytes, self.facts)
    }
}

impl StrBody {
    /// The text repeated `n` times.
    pub fn repeat(&self, n: usize) -> StrBody {
        let b = self.as_bytes();
        let mut v = Vec::with_capacity(b.len() * n);
        for _ in 0..n {
            v.extend_from_slice(b);
        }
        let f = self.facts();
        StrBody::from_vec_with_facts(v, TextFacts { nchars: f.nchars * n, ..f })
    }

    /// The text of `self` followed by that of `o`.
    pub fn concat(&self, o: &StrBody) -> StrBody {
        let (a, b) = (self.as_bytes(), o.as_bytes());
        let f = self.facts().concat(o.facts());
        if a.len() + b.len() <= INLINE {
            let mut inline = [0u8; INLINE];
            inline[..a.len()].copy_from_slice(a);
            inline[a.len()..a.len() + b.len()].copy_from_slice(b);
            return StrBody { hash: Cell::new(-1), heap: None, flags: Cell::new(f.flags()), ilen: (a.len() + b.len()) as u8, inline };
        }
        let mut v = Vec::with_capacity(a.len() + b.len());
        v.extend_from_slice(a);
        v.extend_from_slice(b);
        StrBody::heap(v.into_boxed_slice(), f)
    }

    /// The single code point of a str of length 0 or 1 below 256 (the strs CPython caches), or
    /// None: `Some(256)` stands for the empty str.
    #[inline]
    pub fn latin1_singleton(&self) -> Option<usize> {
        if self.heap.is_some() {
            return None;
        }
        match self.ilen {
            0 => Some(256),
            1 => Some(self.inline[0] as usize),
            2 if self.kind() == 1 && !self.ascii() => Some(self.char_at(0) as usize),
            _ => None,
        }
    }
}

/// The concatenation of the strs `items`, with `sep` between them (`PyUnicode_Join`): the size
/// is found first, then the text is copied once. `Err(i)` when item `i` is not a str.
pub fn join<'a>(sep: Option<&StrBody>, items: impl Iterator<Item = &'a super::object::ObjRef> + Clone) -> Result<StrBody, usize> {
    let mut len = 0usize;
    let mut facts = TextFacts::ASCII_EMPTY;
    let mut n = 0usize;
    for (i, x) in items.clone().enumerate() {
        let Some(b) = x.downcast::<StrBody>() else { return Err(i) };
        len += b.as_bytes().len();
        facts = facts.concat(b.facts());
        n += 1;
    }
    if let Some(s) = sep {
        if n > 1 {
            let k = n - 1;
            len += s.as_bytes().len() * k;
            let sf = s.facts();
            facts = facts.concat(TextFacts { nchars: sf.nchars * k, ..sf });
        }
    }
    let sep = sep.map(|s| s.as_bytes()).filter(|s| !s.is_empty());
    let mut v = Vec::with_capacity(len);
    for (i, x) in items.enumerate() {
        if let (Some(s), true) = (sep, i > 0) {
            v.extend_from_slice(s);
        }
        if let Some(b) = x.downcast::<StrBody>() {
            v.extend_from_slice(b.as_bytes());
        }
    }
    Ok(StrBody::from_vec_with_facts(v, facts))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn str_indexing_by_stride() {
        let text: String = (0..100).map(|i| if i % 7 == 0 { '€' } else if i % 11 == 0 { '😀' } else { 'a' }).collect();
        let cps: Vec<u32> = text.chars().map(|c| c as u32).collect();
        let mut b = crate::objects::pystr::PyStrBuilder::default();
        b.push_str(&text);
        b.push(0xD800);
        let body = StrBody::new(b.finish());
        assert_eq!(body.nchars(), 101);
        assert_eq!(body.kind(), 4);
        for (i, &c) in cps.iter().enumerate() {
            assert_eq!(body.char_at(i), c);
        }
        assert_eq!(body.char_at(100), 0xD800);
        let s = body.slice(30, 70);
        assert_eq!(s.code_points().collect::<Vec<_>>(), cps[30..70].to_vec());
        assert!(s.as_str().is_some());
        assert!(body.slice(99, 101).as_str().is_none());
        let sb = body.slice_body(30, 70);
        assert_eq!(sb.code_points().collect::<Vec<_>>(), cps[30..70].to_vec());
        assert!(!body.slice_body(99, 101).as_str().is_some());
    }

    #[test]
    fn decimal() {
        for v in [0, 7, -7, 10, 300_000, i64::MAX, i64::MIN] {
            assert_eq!(StrBody::from_i64(v).as_str(), Some(v.to_string().as_str()));
        }
    }

    #[test]
    fn short_text_inline() {
        for t in ["", "a", "héllo", "€uro", "123456789012345678901234567890", "1234567890123456789012345678901"] {
            let b = StrBody::of_str(t);
            assert_eq!(b.as_str(), Some(t));
            assert_eq!(b.nchars(), t.chars().count());
            assert_eq!(b.ascii(), t.is_ascii());
            for (i, c) in t.chars().enumerate() {
                assert_eq!(b.char_at(i), c as u32);
            }
        }
    }
}
