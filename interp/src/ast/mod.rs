//! The abstract syntax tree, mirroring CPython's Parser/Python.asdl one to one (the node types in
//! [`nodes`] are generated from it by scripts/gen_ast.py), and `ast.dump` (Lib/ast.py) in [`dump`].
//!
//! Identifiers are interned ([`Ident`] indexes a [`Names`] table that travels with the tree), so
//! a name costs four bytes per node and one allocation per distinct spelling.

pub mod dump;
mod dump_gen;
pub mod nodes;

pub use nodes::*;

use crate::objects::int::Int;
use crate::objects::pystr::{bytes_repr, PyStr};
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// A small multiplicative hash (the Fx hash of rustc) for short identifier strings; interning
/// runs once per NAME token, where SipHash's setup cost dominates.
#[derive(Default)]
pub struct FxHasher(u64);

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut buf = [0u8; 8];
            buf[..chunk.len()].copy_from_slice(chunk);
            self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(buf)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
    }
    fn write_u8(&mut self, b: u8) {
        self.0 = (self.0.rotate_left(5) ^ b as u64).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

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

/// The identifier table of one tree.
#[derive(Default, Debug, Clone)]
pub struct Names {
    map: HashMap<Box<str>, u32, BuildHasherDefault<FxHasher>>,
    names: Vec<Box<str>>,
}

impl Names {
    pub fn intern(&mut self, s: &str) -> Ident {
        if let Some(&i) = self.map.get(s) {
            return Ident(i);
        }
        let i = self.names.len() as u32;
        self.names.push(s.into());
        self.map.insert(s.into(), i);
        Ident(i)
    }

    /// The identifier spelled `s`, if the source (or the compiler) has interned it.
    pub fn lookup(&self, s: &str) -> Option<Ident> {
        self.map.get(s).map(|&i| Ident(i))
    }

    pub fn get(&self, id: Ident) -> &str {
        &self.names[id.0 as usize]
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
