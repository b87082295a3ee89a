//! Code objects: the compiler's product, read by `dis`, tracebacks and the eval loop.
//!
//! Models Objects/codeobject.c (`PyCodeObject`, `code_repr`, the `co_lines()` and
//! `co_positions()` iterators, `_varname_from_oparg`), the location-table format of
//! Objects/locations.md and the exception-table format of Objects/exception_handling_notes.txt
//! (decoded here the way Lib/dis.py's `_parse_exception_table` and ceval's unwinder read it).
//!
//! Constants ([`Const`]) are plain values, not runtime objects: the compiler builds them, `dis`
//! prints their `repr`, and the eval loop turns them into objects when a code object is loaded.

use std::fmt::Write as _;
use std::rc::Rc;
use std::sync::atomic::{AtomicU64, Ordering};

/// `co_flags` bits (Include/cpython/code.h).
pub mod flags {
    pub const CO_OPTIMIZED: u32 = 0x0001;
    pub const CO_NEWLOCALS: u32 = 0x0002;
    pub const CO_VARARGS: u32 = 0x0004;
    pub const CO_VARKEYWORDS: u32 = 0x0008;
    pub const CO_NESTED: u32 = 0x0010;
    pub const CO_GENERATOR: u32 = 0x0020;
    pub const CO_COROUTINE: u32 = 0x0080;
    pub const CO_ITERABLE_COROUTINE: u32 = 0x0100;
    pub const CO_ASYNC_GENERATOR: u32 = 0x0200;
    pub const CO_FUTURE_DIVISION: u32 = 0x20000;
    pub const CO_FUTURE_ABSOLUTE_IMPORT: u32 = 0x40000;
    pub const CO_FUTURE_WITH_STATEMENT: u32 = 0x80000;
    pub const CO_FUTURE_PRINT_FUNCTION: u32 = 0x100000;
    pub const CO_FUTURE_UNICODE_LITERALS: u32 = 0x200000;
    pub const CO_FUTURE_BARRY_AS_BDFL: u32 = 0x400000;
    pub const CO_FUTURE_GENERATOR_STOP: u32 = 0x800000;
    pub const CO_FUTURE_ANNOTATIONS: u32 = 0x1000000;
}

/// Kinds of `co_localsplusnames` entries (Include/internal/pycore_code.h). A parameter that is
/// also a cell is `LOCAL | CELL`.
pub mod kinds {
    pub const CO_FAST_HIDDEN: u8 = 0x10;
    pub const CO_FAST_LOCAL: u8 = 0x20;
    pub const CO_FAST_CELL: u8 = 0x40;
    pub const CO_FAST_FREE: u8 = 0x80;
}

// ---------------------------------------------------------------------------------------------
// Constant payloads.
//
// The value types are the front end's (`objects/int`, `objects/pystr`, `objects/float` for the
// float and complex reprs), shared with the parser and the AST optimiser.
// ---------------------------------------------------------------------------------------------

/// Python's int (arbitrary precision).
pub type ConstInt = crate::objects::int::Int;
/// Python's str (which can hold lone surrogates).
pub type ConstStr = crate::objects::pystr::PyStr;

fn int_repr(v: &ConstInt, out: &mut String) {
    out.push_str(&v.to_decimal());
}


/// `bytes.__repr__` (Objects/bytesobject.c `PyBytes_Repr`).
fn bytes_repr(b: &[u8], out: &mut String) {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') { b'"' } else { b'\'' };
    out.push('b');
    out.push(quote as char);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            c if c == quote => {
                out.push('\\');
                out.push(c as char);
            }
            c if !(0x20..0x7f).contains(&c) => {
                let _ = write!(out, "\\x{c:02x}");
            }
            c => out.push(c as char),
        }
    }
    out.push(quote as char);
}


/// A value in `co_consts`.
#[derive(Clone, Debug)]
pub enum Const {
    None,
    Bool(bool),
    Int(ConstInt),
    Float(f64),
    Complex { re: f64, im: f64 },
    Str(ConstStr),
    Bytes(Rc<[u8]>),
    Ellipsis,
    Tuple(Rc<[Const]>),
    /// Elements in the set's iteration order (which codegen fixes when it builds the set).
    FrozenSet(Rc<[Const]>),
    Code(Rc<Code>),
}

impl Const {
    /// `PyObject_IsTrue`.
    pub fn is_true(&self) -> bool {
        match self {
            Const::None => false,
            Const::Bool(b) => *b,
            Const::Int(i) => !i.is_zero(),
            Const::Float(f) => *f != 0.0,
            Const::Complex { re, im } => *re != 0.0 || *im != 0.0,
            Const::Str(s) => !s.is_empty(),
            Const::Bytes(b) => !b.is_empty(),
            Const::Ellipsis => true,
            Const::Tuple(t) | Const::FrozenSet(t) => !t.is_empty(),
            Const::Code(_) => true,
        }
    }

    /// Whether two constants have the same `_PyCode_ConstantKey`, i.e. may share a slot in
    /// `co_consts`: same type and value, with `-0.0` distinct from `0.0`, `True` distinct from
    /// `1`, floats compared bit for bit, and code objects compared by identity.
    pub fn same_key(&self, other: &Const) -> bool {
        match (self, other) {
            (Const::None, Const::None) | (Const::Ellipsis, Const::Ellipsis) => true,
            (Const::Bool(a), Const::Bool(b)) => a == b,
            (Const::Int(a), Const::Int(b)) => a == b,
            (Const::Float(a), Const::Float(b)) => a.to_bits() == b.to_bits(),
            (Const::Complex { re: a, im: b }, Const::Complex { re: c, im: d }) => {
                a.to_bits() == c.to_bits() && b.to_bits() == d.to_bits()
            }
            (Const::Str(a), Const::Str(b)) => a == b,
            (Const::Bytes(a), Const::Bytes(b)) => a == b,
            (Const::Tuple(a), Const::Tuple(b)) => {
                a.len() == b.len() && a.iter().zip(b.iter()).all(|(x, y)| x.same_key(y))
            }
            (Const::FrozenSet(a), Const::FrozenSet(b)) => {
                a.len() == b.len() && a.iter().all(|x| b.iter().any(|y| x.same_key(y)))
            }
            (Const::Code(a), Const::Code(b)) => Rc::ptr_eq(a, b),
            _ => false,
        }
    }

    /// Python's `repr` of the constant, as `dis` prints it.
    pub fn repr(&self) -> String {
        let mut s = String::new();
        self.write_repr(&mut s);
        s
    }

    pub fn write_repr(&self, out: &mut String) {
        match self {
            Const::None => out.push_str("None"),
            Const::Bool(true) => out.push_str("True"),
            Const::Bool(false) => out.push_str("False"),
            Const::Int(i) => int_repr(i, out),
            Const::Float(f) => out.push_str(&crate::objects::float::float_repr(*f)),
            Const::Complex { re, im } => out.push_str(&crate::objects::float::complex_repr(*re, *im)),
            Const::Str(s) => out.push_str(&s.repr()),
            Const::Bytes(b) => bytes_repr(b, out),
            Const::Ellipsis => out.push_str("Ellipsis"),
            Const::Tuple(items) => {
                out.push('(');
                for (i, c) in items.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    c.write_repr(out);
                }
                if items.len() == 1 {
                    out.push(',');
                }
                out.push(')');
            }
            Const::FrozenSet(items) => {
                if items.is_empty() {
                    out.push_str("frozenset()");
                    return;
                }
                out.push_str("frozenset({");
                for (i, c) in items.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    c.write_repr(out);
                }
                out.push_str("})");
            }
            Const::Code(c) => c.write_repr(out),
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The code object.
// ---------------------------------------------------------------------------------------------

/// A compiled code object: every `co_*` attribute of CPython 3.13's `PyCodeObject` that Python
/// code can see, stored as the assembler produces them. `co_varnames`, `co_cellvars`,
/// `co_freevars` and `co_nlocals` are derived from the localsplus names and kinds, as in CPython.
#[derive(Clone, Debug)]
pub struct Code {
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub stacksize: u32,
    pub flags: u32,
    pub firstlineno: i32,
    /// `co_code`: code units of (opcode, oparg) bytes, inline caches as zeroed CACHE units.
    pub code: Vec<u8>,
    pub consts: Vec<Const>,
    pub names: Vec<Rc<str>>,
    pub localsplusnames: Vec<Rc<str>>,
    pub localspluskinds: Vec<u8>,
    pub filename: Rc<str>,
    pub name: Rc<str>,
    pub qualname: Rc<str>,
    pub linetable: Vec<u8>,
    pub exceptiontable: Vec<u8>,
    /// A process-unique number, used for the address in `repr` (CPython prints the pointer).
    pub uid: u64,
}

static NEXT_UID: AtomicU64 = AtomicU64::new(1);

/// A fresh number for [`Code::uid`].
pub fn next_code_uid() -> u64 {
    NEXT_UID.fetch_add(1, Ordering::Relaxed)
}

/// One entry of the exception table, in code units: instructions in `start..end` that raise go
/// to `target` with the value stack cut to `depth` (plus lasti pushed first if `lasti`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExceptionTableEntry {
    pub start: u32,
    pub end: u32,
    pub target: u32,
    pub depth: u32,
    pub lasti: bool,
}

/// One decoded location-table entry: `len` code units sharing a position. Lines and columns are
/// None when unknown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LocationEntry {
    pub len: u32,
    pub line: Option<i32>,
    pub end_line: Option<i32>,
    pub col: Option<i32>,
    pub end_col: Option<i32>,
}

/// Location-table entry kinds (`_PyCodeLocationInfoKind`).
pub mod location_kind {
    pub const SHORT0: u8 = 0;
    pub const ONE_LINE0: u8 = 10;
    pub const ONE_LINE1: u8 = 11;
    pub const ONE_LINE2: u8 = 12;
    pub const NO_COLUMNS: u8 = 13;
    pub const LONG: u8 = 14;
    pub const NONE: u8 = 15;
}

/// Reads `co_linetable` entry by entry (codeobject.c `advance_with_locations`).
pub struct LocationEntries<'a> {
    table: &'a [u8],
    pos: usize,
    line: i32,
}

impl<'a> LocationEntries<'a> {
    fn byte(&mut self) -> u32 {
        let b = self.table[self.pos];
        self.pos += 1;
        b as u32
    }
    fn varint(&mut self) -> u32 {
        let mut read = self.byte();
        let mut val = read & 63;
        let mut shift = 0;
        while read & 64 != 0 {
            read = self.byte();
            shift += 6;
            val |= (read & 63) << shift;
        }
        val
    }
    fn svarint(&mut self) -> i32 {
        let u = self.varint();
        if u & 1 != 0 {
            -((u >> 1) as i32)
        } else {
            (u >> 1) as i32
        }
    }
}

impl<'a> Iterator for LocationEntries<'a> {
    type Item = LocationEntry;
    fn next(&mut self) -> Option<LocationEntry> {
        if self.pos >= self.table.len() {
            return None;
        }
        let first = self.byte();
        let code = ((first >> 3) & 15) as u8;
        let len = (first & 7) + 1;
        use location_kind::*;
        let e = match code {
            NONE => LocationEntry { len, line: None, end_line: None, col: None, end_col: None },
            LONG => {
                self.line += self.svarint();
                let end_line = self.line + self.varint() as i32;
                let col = self.varint() as i32 - 1;
                let end_col = self.varint() as i32 - 1;
                LocationEntry {
                    len,
                    line: Some(self.line),
                    end_line: Some(end_line),
                    col: (col >= 0).then_some(col),
                    end_col: (end_col >= 0).then_some(end_col),
                }
            }
            NO_COLUMNS => {
                self.line += self.svarint();
                LocationEntry { len, line: Some(self.line), end_line: Some(self.line), col: None, end_col: None }
            }
            ONE_LINE0 | ONE_LINE1 | ONE_LINE2 => {
                self.line += (code - ONE_LINE0) as i32;
                let col = self.byte() as i32;
                let end_col = self.byte() as i32;
                LocationEntry { len, line: Some(self.line), end_line: Some(self.line), col: Some(col), end_col: Some(end_col) }
            }
            _ => {
                let second = self.byte() as i32;
                let col = (code as i32) << 3 | (second >> 4);
                LocationEntry {
                    len,
                    line: Some(self.line),
                    end_line: Some(self.line),
                    col: Some(col),
                    end_col: Some(col + (second & 15)),
                }
            }
        };
        Some(e)
    }
}

/// A source position of one code unit, as `co_positions()` yields it.
pub type Positions = (Option<i32>, Option<i32>, Option<i32>, Option<i32>);

impl Code {
    /// The `co_linetable` entries in order.
    pub fn location_entries(&self) -> LocationEntries<'_> {
        LocationEntries { table: &self.linetable, pos: 0, line: self.firstlineno }
    }

    /// `co_lines()`: (start, end, line) in *bytes*, consecutive ranges with the same line merged
    /// (codeobject.c `lineiter_next`).
    pub fn co_lines(&self) -> Vec<(u32, u32, Option<i32>)> {
        let mut out: Vec<(u32, u32, Option<i32>)> = Vec::new();
        let mut offset = 0u32;
        for e in self.location_entries() {
            let end = offset + 2 * e.len;
            match out.last_mut() {
                Some(last) if last.2 == e.line => last.1 = end,
                _ => out.push((offset, end, e.line)),
            }
            offset = end;
        }
        out
    }

    /// `co_positions()`: one (line, end_line, col, end_col) per code unit, caches included.
    pub fn co_positions(&self) -> Vec<Positions> {
        let mut out = Vec::with_capacity(self.code.len() / 2);
        for e in self.location_entries() {
            for _ in 0..e.len {
                out.push((e.line, e.end_line, e.col, e.end_col));
            }
        }
        out
    }

    /// The line of the instruction at byte offset `offset` (`PyCode_Addr2Line`).
    pub fn addr2line(&self, offset: u32) -> Option<i32> {
        let mut start = 0u32;
        for e in self.location_entries() {
            let end = start + 2 * e.len;
            if offset < end {
                return e.line;
            }
            start = end;
        }
        None
    }

    /// The decoded exception table (dis.py `_parse_exception_table`; offsets in code units).
    pub fn exception_entries(&self) -> Vec<ExceptionTableEntry> {
        let t = &self.exceptiontable;
        let mut pos = 0;
        let read = |pos: &mut usize| -> Option<u32> {
            let mut b = *t.get(*pos)? as u32;
            *pos += 1;
            let mut val = b & 63;
            while b & 64 != 0 {
                val <<= 6;
                b = *t.get(*pos)? as u32;
                *pos += 1;
                val |= b & 63;
            }
            Some(val)
        };
        let mut out = Vec::new();
        while pos < t.len() {
            let (Some(start), Some(len), Some(target), Some(dl)) =
                (read(&mut pos), read(&mut pos), read(&mut pos), read(&mut pos))
            else {
                break;
            };
            out.push(ExceptionTableEntry { start, end: start + len, target, depth: dl >> 1, lasti: dl & 1 != 0 });
        }
        out
    }

    fn names_of_kind(&self, kind: u8) -> Vec<Rc<str>> {
        self.localsplusnames
            .iter()
            .zip(&self.localspluskinds)
            .filter(|(_, &k)| k & kind != 0)
            .map(|(n, _)| n.clone())
            .collect()
    }

    pub fn varnames(&self) -> Vec<Rc<str>> {
        self.names_of_kind(kinds::CO_FAST_LOCAL)
    }
    pub fn cellvars(&self) -> Vec<Rc<str>> {
        self.names_of_kind(kinds::CO_FAST_CELL)
    }
    pub fn freevars(&self) -> Vec<Rc<str>> {
        self.names_of_kind(kinds::CO_FAST_FREE)
    }
    /// `co_nlocals`.
    pub fn nlocals(&self) -> usize {
        self.localspluskinds.iter().filter(|&&k| k & kinds::CO_FAST_LOCAL != 0).count()
    }
    pub fn nlocalsplus(&self) -> usize {
        self.localsplusnames.len()
    }

    /// `co._varname_from_oparg(i)`: the localsplus name `dis` shows for local and deref opargs.
    pub fn varname_from_oparg(&self, oparg: u32) -> Option<&Rc<str>> {
        self.localsplusnames.get(oparg as usize)
    }

    /// The address `repr` shows: fixed-width and unique per code object (CPython's is `%p`).
    pub fn fake_address(&self) -> u64 {
        0x7f00_0000_1000 + self.uid * 0x90
    }

    /// `code_repr`.
    pub fn write_repr(&self, out: &mut String) {
        let line = if self.firstlineno != 0 { self.firstlineno } else { -1 };
        let _ = write!(
            out,
            "<code object {} at 0x{:x}, file \"{}\", line {}>",
            self.name,
            self.fake_address(),
            self.filename,
            line
        );
    }

    pub fn repr(&self) -> String {
        let mut s = String::new();
        self.write_repr(&mut s);
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reprs_of_simple_constants() {
        // Expected values are CPython 3.13.0's repr().
        let cases: Vec<(Const, &str)> = vec![
            (Const::None, "None"),
            (Const::Bool(true), "True"),
            (Const::Int(crate::objects::int::Int::from_i64(-5)), "-5"),
            (Const::Float(1.5), "1.5"),
            (Const::Float(-0.0), "-0.0"),
            (Const::Float(1e16), "1e+16"),
            (Const::Float(1e-5), "1e-05"),
            (Const::Float(0.0001), "0.0001"),
            (Const::Complex { re: 0.0, im: 1.0 }, "1j"),
            (Const::Complex { re: 1.0, im: -2.5 }, "(1-2.5j)"),
            (Const::Str(crate::objects::pystr::PyStr::new("it's")), "\"it's\""),
            (Const::Str(crate::objects::pystr::PyStr::new("a\n'\"")), "'a\\n\\'\"'"),
            (Const::Bytes(Rc::from(&b"a'\x00"[..])), "b\"a'\\x00\""),
            (Const::Ellipsis, "Ellipsis"),
            (Const::Tuple(Rc::from(vec![Const::Int(crate::objects::int::Int::from_i64(1))])), "(1,)"),
            (Const::Tuple(Rc::from(vec![])), "()"),
            (Const::FrozenSet(Rc::from(vec![Const::Int(crate::objects::int::Int::from_i64(1)), Const::Int(crate::objects::int::Int::from_i64(2))])), "frozenset({1, 2})"),
        ];
        for (c, want) in cases {
            assert_eq!(c.repr(), want);
        }
    }

    #[test]
    fn constant_keys_keep_lookalikes_apart() {
        assert!(!Const::Int(crate::objects::int::Int::from_i64(1)).same_key(&Const::Bool(true)));
        assert!(!Const::Float(0.0).same_key(&Const::Float(-0.0)));
        assert!(!Const::Int(crate::objects::int::Int::from_i64(1)).same_key(&Const::Float(1.0)));
        let t = |v: Vec<Const>| Const::Tuple(Rc::from(v));
        assert!(t(vec![Const::Int(crate::objects::int::Int::from_i64(1)), Const::None]).same_key(&t(vec![Const::Int(crate::objects::int::Int::from_i64(1)), Const::None])));
    }
}
