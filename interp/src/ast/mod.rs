//! The abstract syntax tree, mirroring CPython's Parser/Python.asdl one to one (the node types in
//! [`nodes`] are generated from it by scripts/gen_ast.py), and `ast.dump` (Lib/ast.py) in [`dump`].
//!
//! Identifiers are interned ([`Ident`] indexes a [`Names`] table that travels with the tree), so
//! a name costs four bytes per node and a spelling is stored once per tree.

pub mod dump;
mod dump_gen;
pub mod nodes;
pub mod unparse;
pub mod validate;

pub use nodes::*;

use crate::objects::int::Int;
use crate::objects::pystr::{bytes_repr, PyStr};

/// A node's source span: 1-based lines, columns in UTF-8 bytes from the line start (CPython's
/// `lineno`, `col_offset`, `end_lineno`, `end_col_offset`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Loc {
    pub lineno: u32,
    pub col_offset: u32,
    pub end_lineno: u32,
    pub end_col_offset: u32,
}

impl Loc {
    /// The span from the start of `a` to the end of `b`.
    pub fn span(a: Loc, b: Loc) -> Loc {
        Loc { lineno: a.lineno, col_offset: a.col_offset, end_lineno: b.end_lineno, end_col_offset: b.end_col_offset }
    }
}

/// An interned identifier.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Ident(pub u32);

/// The identifier table of one tree: the spellings end to end in one string, and an
/// open-addressing hash table of their indexes (one allocation per table, not per name).
#[derive(Default, Debug, Clone)]
pub struct Names {
    /// Every spelling, concatenated; `spans[i]` is the byte range of name `i`.
    buf: String,
    spans: Vec<(u32, u32)>,
    /// Slots holding `hash << 32 | (index + 1)`, or 0 when empty; the length is a power of two
    /// (or zero). A probe compares the name's hash from the slot itself, and reads the text
    /// only on a match.
    slots: Vec<u64>,
}

/// The Fx hash of rustc (rotate, xor, multiply) over 8-byte words, the tail read as whole
/// (overlapping) words rather than copied byte by byte: identifiers are short, so hashing costs
/// a few multiplications. The second value is the OR of every byte read, which covers all the
/// bytes (its top bit says whether the text is ASCII).
#[inline(always)]
fn name_hash_or(b: &[u8]) -> (u32, u64) {
    const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;
    let n = b.len();
    let word = |i: usize| u64::from_le_bytes(b[i..i + 8].try_into().unwrap_or([0; 8]));
    let half = |i: usize| u32::from_le_bytes(b[i..i + 4].try_into().unwrap_or([0; 4])) as u64;
    let mut h = (n as u64).wrapping_mul(K);
    let mut or = 0u64;
    if n >= 8 {
        let mut i = 0;
        while i + 8 < n {
            let w = word(i);
            or |= w;
            h = (h.rotate_left(5) ^ w).wrapping_mul(K);
            i += 8;
        }
        let w = word(n - 8);
        or |= w;
        h = (h.rotate_left(5) ^ w).wrapping_mul(K);
    } else if n >= 4 {
        let w = half(0) << 32 | half(n - 4);
        or = w;
        h = (h.rotate_left(5) ^ w).wrapping_mul(K);
    } else if n > 0 {
        let w = (b[0] as u64) << 16 | (b[n / 2] as u64) << 8 | b[n - 1] as u64;
        or = w;
        h = (h.rotate_left(5) ^ w).wrapping_mul(K);
    }
    // The top bits are the best mixed.
    ((h >> 32) as u32, or)
}

/// `a == b` for short identifiers without a call to `memcmp`: up to 16 bytes are compared as
/// two (overlapping) words from each end.
#[inline]
fn same_bytes(a: &[u8], b: &[u8]) -> bool {
    let n = a.len();
    if n != b.len() {
        return false;
    }
    let w8 = |s: &[u8], i: usize| u64::from_le_bytes(s[i..i + 8].try_into().unwrap_or([0; 8]));
    let w4 = |s: &[u8], i: usize| u32::from_le_bytes(s[i..i + 4].try_into().unwrap_or([0; 4]));
    match n {
        0 => true,
        1..=3 => a[0] == b[0] && a[n / 2] == b[n / 2] && a[n - 1] == b[n - 1],
        4..=8 => w4(a, 0) == w4(b, 0) && w4(a, n - 4) == w4(b, n - 4),
        9..=16 => w8(a, 0) == w8(b, 0) && w8(a, n - 8) == w8(b, n - 8),
        _ => a == b,
    }
}

impl Names {
    /// The slot index where `s` (hashing to `h`) is, or the empty slot where it would go.
    #[inline(always)]
    fn probe(&self, s: &[u8], h: u32) -> (usize, Option<Ident>) {
        let mask = self.slots.len() - 1;
        let mut i = h as usize & mask;
        loop {
            let slot = self.slots[i];
            if slot == 0 {
                return (i, None);
            }
            if (slot >> 32) as u32 == h {
                let k = (slot as u32 - 1) as usize;
                let (a, b) = self.spans[k];
                if same_bytes(&self.buf.as_bytes()[a as usize..b as usize], s) {
                    return (i, Some(Ident(k as u32)));
                }
            }
            i = (i + 1) & mask;
        }
    }

    /// An empty table sized for the identifiers of a source of `len` bytes (about one distinct
    /// name per hundred bytes in the standard library), so that it seldom grows while parsing.
    pub fn for_source(len: usize) -> Names {
        let names = (len / 96).clamp(16, 1 << 16);
        Names { buf: String::with_capacity(names * 8), spans: Vec::with_capacity(names), slots: vec![0; (names * 2 + 1).next_power_of_two()] }
    }

    /// Looks `s` up, adding it when new.
    #[inline(always)]
    fn intern_hashed(&mut self, s: &str, h: u32) -> Ident {
        if !self.slots.is_empty() {
            if let (_, Some(id)) = self.probe(s.as_bytes(), h) {
                return id;
            }
        }
        self.insert(s, h)
    }

    /// Adds `s`, which is not in the table, growing the table first when it is half full
    /// (out of line: most lookups find their name).
    #[inline(never)]
    fn insert(&mut self, s: &str, h: u32) -> Ident {
        if self.slots.len() <= self.spans.len() * 2 {
            self.grow();
        }
        let (i, _) = self.probe(s.as_bytes(), h);
        let k = self.spans.len() as u32;
        let a = self.buf.len() as u32;
        self.buf.push_str(s);
        self.spans.push((a, self.buf.len() as u32));
        self.slots[i] = (h as u64) << 32 | (k as u64 + 1);
        Ident(k)
    }

    pub fn intern(&mut self, s: &str) -> Ident {
        let h = name_hash_or(s.as_bytes()).0;
        self.intern_hashed(s, h)
    }

    /// [`Names::intern`] for an identifier's bytes as the source spells them, when they are
    /// ASCII (one pass hashes and checks them); `None` for any other text, which the caller
    /// normalises first.
    #[inline]
    pub fn intern_ascii(&mut self, b: &[u8]) -> Option<Ident> {
        let (h, or) = name_hash_or(b);
        if or & 0x8080_8080_8080_8080 != 0 {
            return None;
        }
        // SAFETY: `or` is the OR of every byte of `b` (see `name_hash_or`), so no byte has its
        // top bit set: `b` is ASCII, hence valid UTF-8.
        let s = unsafe { std::str::from_utf8_unchecked(b) };
        Some(self.intern_hashed(s, h))
    }

    /// The identifier spelled `s`, if the source (or the compiler) has interned it.
    pub fn lookup(&self, s: &str) -> Option<Ident> {
        if self.slots.is_empty() {
            return None;
        }
        self.probe(s.as_bytes(), name_hash_or(s.as_bytes()).0).1
    }

    /// Doubles the slot table (at least 64 slots) and reinserts every name.
    fn grow(&mut self) {
        let n = (self.slots.len() * 2).max(64);
        let old = std::mem::replace(&mut self.slots, vec![0; n]);
        let mask = n - 1;
        for slot in old.into_iter().filter(|&s| s != 0) {
            let mut i = (slot >> 32) as usize & mask;
            while self.slots[i] != 0 {
                i = (i + 1) & mask;
            }
            self.slots[i] = slot;
        }
    }

    #[inline]
    pub fn get(&self, id: Ident) -> &str {
        let (a, b) = self.spans[id.0 as usize];
        &self.buf[a as usize..b as usize]
    }
}

/// A constant in the tree (`Constant.value`, `MatchSingleton.value`).
#[derive(Clone, Debug, PartialEq)]
pub enum Constant {
    None,
    Bool(bool),
    Ellipsis,
    Int(Int),
    Float(f64),
    /// Real and imaginary parts; the parser only makes pure imaginary numbers.
    Complex(f64, f64),
    Str(PyStr),
    Bytes(Box<[u8]>),
    /// Made only by the AST optimiser (constant folding), as in CPython.
    Tuple(Box<[Constant]>),
    /// Made only by the AST optimiser: the literal's items in source order (duplicates kept);
    /// the compiler builds the set and fixes its iteration order (`compile::const_set`).
    FrozenSet(Box<[Constant]>),
}

impl Constant {
    /// Python's `repr()` of the value.
    pub fn repr(&self) -> String {
        use crate::objects::float::{complex_repr, float_repr};
        match self {
            Constant::None => "None".into(),
            Constant::Bool(true) => "True".into(),
            Constant::Bool(false) => "False".into(),
            Constant::Ellipsis => "Ellipsis".into(),
            Constant::Int(i) => i.to_decimal(),
            Constant::Float(f) => float_repr(*f),
            Constant::Complex(re, im) => complex_repr(*re, *im),
            Constant::Str(s) => s.repr(),
            Constant::Bytes(b) => bytes_repr(b),
            Constant::Tuple(t) => {
                let items: Vec<String> = t.iter().map(|c| c.repr()).collect();
                if items.len() == 1 {
                    format!("({},)", items[0])
                } else {
                    format!("({})", items.join(", "))
                }
            }
            Constant::FrozenSet(t) => {
                let items: Vec<String> = t.iter().map(|c| c.repr()).collect();
                if items.is_empty() {
                    "frozenset()".into()
                } else {
                    format!("frozenset({{{}}})", items.join(", "))
                }
            }
        }
    }
}

/// A parsed tree with its identifier table.
#[derive(Debug)]
pub struct Ast {
    pub module: Mod,
    pub names: Names,
}
