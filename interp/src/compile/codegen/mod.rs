//! The code generator: AST → one [`InstrSequence`] plus [`CodeUnitMetadata`] per code unit.
//!
//! Models the codegen half of Python/compile.c in CPython 3.13.0 (`compiler_mod`,
//! `compiler_enter_scope`, `compiler_nameop`, the `compiler_visit_*` family). Each code unit
//! (module, class body, function, lambda, generator expression...) is compiled in its own
//! [`Unit`]; when it is finished it goes through the back half
//! ([`super::optimize_and_assemble_code_unit`]) and the resulting code object becomes a constant
//! of the enclosing unit.
//!
//! Files, by construct: `stmt.rs` (statements, loops, imports), `expr.rs` (expressions, jumps,
//! comparisons, containers, subscripts, f-strings), `call.rs` (calls and the method-call form),
//! `function.rs` (functions, lambdas, classes, closures, annotations), `pattern_match.rs`
//! (match statements and patterns), `comprehension.rs`
//! (inlined and nested comprehensions, generator expressions), `try_except.rs` (try, with,
//! the frame-block unwinding of return/break/continue).

mod call;
mod comprehension;
mod expr;
mod function;
mod pattern_match;
mod stmt;
#[cfg(test)]
mod tests;
mod try_except;

use super::instr_seq::{CodeUnitMetadata, InstrSequence, Label, Location, NO_LOCATION};
use crate::ast::*;
use crate::code::{flags::*, Code, Const};
use crate::objects::pystr::PyStr;
use crate::opcode::Op;
use crate::symtable::{self, BlockType, Scope, SymTable};
use crate::compile::fxhash::FxHashMap as HashMap;
use std::rc::Rc;

/// A compile-time error (`SyntaxError` raised by the compiler or the symbol table). Columns are
/// 1-based, as in `SyntaxError.offset`.
#[derive(Clone, Debug)]
pub struct CompileError {
    pub msg: String,
    pub lineno: u32,
    pub col: u32,
    pub end_lineno: u32,
    pub end_col: u32,
}

impl From<symtable::SymtableError> for CompileError {
    fn from(e: symtable::SymtableError) -> Self {
        CompileError { msg: e.msg, lineno: e.lineno, col: e.col, end_lineno: e.end_lineno, end_col: e.end_col }
    }
}

pub type CResult<T = ()> = Result<T, CompileError>;

/// `COMPILER_SCOPE_*`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeType {
    Module,
    Class,
    Function,
    AsyncFunction,
    Lambda,
    Comprehension,
    TypeParams,
}

/// Frame blocks (`enum fblocktype`).
#[derive(Clone, Debug)]
pub enum FBlock {
    WhileLoop { block: Label, exit: Label },
    ForLoop { block: Label, exit: Label },
    TryExcept,
    FinallyTry { body: *const [Stmt], loc: Location },
    FinallyEnd,
    With { loc: Location },
    AsyncWith { loc: Location },
    HandlerCleanup { name: Option<Ident> },
    PopValue,
    ExceptionHandler,
    ExceptionGroupHandler,
    AsyncComprehensionGenerator,
    StopIteration,
}

/// "No constant" in [`Unit::const_chain`].
const NO_CONST: u32 = u32::MAX;

/// The hash recorded for a NaN constant; [`const_key_hash`] never returns it.
const NAN_HASH: u64 = u64::MAX;

/// The hash of constant keys: two Fx lanes (rotate, xor, multiply by an odd constant; each
/// step a bijection of the lane) with different rotations and multipliers.
#[derive(Default)]
struct CodeHasher {
    a: u64,
    b: u64,
}

impl CodeHasher {
    #[inline]
    fn add(&mut self, w: u64) {
        self.a = (self.a.rotate_left(5) ^ w).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        self.b = (self.b.rotate_left(29) ^ w).wrapping_mul(0x9e_37_79_b9_7f_4a_7c_15);
    }
}

impl std::hash::Hasher for CodeHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.add(u64::from_le_bytes(c.try_into().unwrap_or([0; 8])));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut w = [0u8; 8];
            w[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(w) ^ (rest.len() as u64) << 60);
        }
    }
    fn write_u8(&mut self, i: u8) {
        self.add(i as u64);
    }
    fn write_u32(&mut self, i: u32) {
        self.add(i as u64);
    }
    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }
    fn finish(&self) -> u64 {
        self.a ^ self.b
    }
}

/// Feeds a constant to the code hash: its kind, then its value (what [`const_key_eq`] compares).
fn hash_const(c: &Const, h: &mut CodeHasher) {
    use std::hash::Hash;
    match c {
        Const::None => h.add(0),
        Const::Bool(b) => h.add(1 + *b as u64),
        Const::Int(i) => {
            h.add(3);
            std::hash::Hash::hash(i, h);
        }
        Const::Float(f) => {
            h.add(4);
            h.add(f.to_bits());
        }
        Const::Complex { re, im } => {
            h.add(5);
            h.add(re.to_bits());
            h.add(im.to_bits());
        }
        Const::Str(s) => {
            h.add(6);
            s.hash(h);
        }
        Const::Bytes(b) => {
            h.add(7);
            b.hash(h);
        }
        Const::Ellipsis => h.add(8),
        Const::Tuple(t) | Const::FrozenSet(t) => {
            h.add(if matches!(c, Const::Tuple(_)) { 9 } else { 10 });
            h.add(t.len() as u64);
            for k in t.iter() {
                hash_const(k, h);
            }
        }
        Const::Code(c) => {
            // A few of the fields `code_richcompare` compares; equal code objects agree on them.
            h.add(11);
            c.name.hash(h);
            h.add(c.firstlineno as u64);
            h.add(c.code.len() as u64);
            h.add(c.consts.len() as u64);
        }
    }
}

/// A constant's identity in a unit's table (`_PyCode_ConstantKey`): type and value, floats by
/// bits, tuples and frozensets item by item in order, code objects by content (what
/// `code_richcompare` compares).
fn const_key_eq(a: &Const, b: &Const) -> bool {
    match (a, b) {
        (Const::None, Const::None) | (Const::Ellipsis, Const::Ellipsis) => true,
        (Const::Bool(x), Const::Bool(y)) => x == y,
        (Const::Int(x), Const::Int(y)) => x == y,
        (Const::Float(x), Const::Float(y)) => x.to_bits() == y.to_bits(),
        (Const::Complex { re: a, im: b }, Const::Complex { re: c, im: d }) => a.to_bits() == c.to_bits() && b.to_bits() == d.to_bits(),
        (Const::Str(x), Const::Str(y)) => x == y,
        (Const::Bytes(x), Const::Bytes(y)) => x == y,
        (Const::Tuple(x), Const::Tuple(y)) | (Const::FrozenSet(x), Const::FrozenSet(y)) => {
            x.len() == y.len() && x.iter().zip(y.iter()).all(|(p, q)| const_key_eq(p, q))
        }
        (Const::Code(x), Const::Code(y)) => Rc::ptr_eq(x, y) || code_content_eq(x, y),
        _ => false,
    }
}

/// `code_richcompare`: name, argument counts, flags, first line, bytecode, constants (by
/// [`const_key_eq`]), names, localsplus names, location and exception tables.
fn code_content_eq(a: &Code, b: &Code) -> bool {
    a.name == b.name
        && (a.argcount, a.posonlyargcount, a.kwonlyargcount, a.flags, a.firstlineno) == (b.argcount, b.posonlyargcount, b.kwonlyargcount, b.flags, b.firstlineno)
        && a.code == b.code
        && a.consts.len() == b.consts.len()
        && a.consts.iter().zip(b.consts.iter()).all(|(x, y)| const_key_eq(x, y))
        && a.names == b.names
        && a.localsplusnames == b.localsplusnames
        && a.linetable == b.linetable
        && a.exceptiontable == b.exceptiontable
}

/// [`const_key_hash`] of the code constant [`const_of`] makes of a tree constant (not a
/// tuple or frozenset), without making it.
fn constant_key_hash(c: &Constant) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = CodeHasher::default();
    match c {
        Constant::None => h.add(0),
        Constant::Bool(b) => h.add(1 + *b as u64),
        Constant::Int(i) => {
            h.add(3);
            Hash::hash(i, &mut h);
        }
        Constant::Float(f) => {
            h.add(4);
            h.add(f.to_bits());
        }
        Constant::Complex(re, im) => {
            h.add(5);
            h.add(re.to_bits());
            h.add(im.to_bits());
        }
        Constant::Str(s) => {
            h.add(6);
            s.hash(&mut h);
        }
        Constant::Bytes(b) => {
            h.add(7);
            b[..].hash(&mut h);
        }
        Constant::Ellipsis => h.add(8),
        Constant::Tuple(_) | Constant::FrozenSet(_) => return const_key_hash(&const_of(c)),
    }
    h.finish().min(NAN_HASH - 1)
}

/// [`const_key_eq`] of a code constant and what [`const_of`] makes of a tree constant (not a
/// tuple or frozenset).
fn const_key_eq_tree(a: &Const, b: &Constant) -> bool {
    match (a, b) {
        (Const::None, Constant::None) | (Const::Ellipsis, Constant::Ellipsis) => true,
        (Const::Bool(x), Constant::Bool(y)) => x == y,
        (Const::Int(x), Constant::Int(y)) => x == y,
        (Const::Float(x), Constant::Float(y)) => x.to_bits() == y.to_bits(),
        (Const::Complex { re: a, im: b }, Constant::Complex(c, d)) => a.to_bits() == c.to_bits() && b.to_bits() == d.to_bits(),
        (Const::Str(x), Constant::Str(y)) => x == y,
        (Const::Bytes(x), Constant::Bytes(y)) => x[..] == y[..],
        (_, Constant::Tuple(_) | Constant::FrozenSet(_)) => const_key_eq(a, &const_of(b)),
        _ => false,
    }
}

/// A hash consistent with [`const_key_eq`].
fn const_key_hash(c: &Const) -> u64 {
    use std::hash::Hasher;
    let mut h = CodeHasher::default();
    hash_const(c, &mut h);
    h.finish().min(NAN_HASH - 1)
}

/// An insertion-ordered name table (`u_names`, `u_varnames`, ...). Most tables hold a handful
/// of names: those are searched in the list, and the index map is built only past
/// [`NameTable::SCAN`] names.
#[derive(Default, Debug)]
pub struct NameTable {
    pub list: Vec<Ident>,
    map: HashMap<Ident, u32>,
}

impl NameTable {
    const SCAN: usize = 12;

    #[inline]
    pub fn add(&mut self, id: Ident) -> u32 {
        match self.get(id) {
            Some(i) => i,
            None => self.push_new(id),
        }
    }

    /// Appends a name known to be absent.
    #[inline(never)]
    fn push_new(&mut self, id: Ident) -> u32 {
        let i = self.list.len() as u32;
        self.list.push(id);
        if self.list.len() > Self::SCAN {
            if self.map.is_empty() {
                self.map.extend(self.list.iter().enumerate().map(|(k, &n)| (n, k as u32)));
            } else {
                self.map.insert(id, i);
            }
        }
        i
    }
    #[inline]
    pub fn get(&self, id: Ident) -> Option<u32> {
        if self.list.len() <= Self::SCAN {
            self.list.iter().position(|&n| n == id).map(|k| k as u32)
        } else {
            self.map.get(&id).copied()
        }
    }
    pub fn len(&self) -> usize {
        self.list.len()
    }
}

/// One code unit being compiled (`struct compiler_unit`).
pub struct Unit {
    pub ste: usize,
    pub scope_type: ScopeType,
    pub seq: InstrSequence,
    consts: Vec<Const>,
    /// The key hash ([`const_key_hash`]) of each constant (`NAN_HASH` for a NaN, which matches
    /// nothing). A small table is searched by scanning these; past [`Unit::CONST_SCAN`]
    /// constants, `const_map` gives the latest index with a hash and `const_chain[i]` the index
    /// before `i` with the same hash (or `NO_CONST`). Lookups compare with [`const_key_eq`], so
    /// no key is built or cloned (`u_consts` is a dict in CPython).
    const_hashes: Vec<u64>,
    const_map: HashMap<u64, u32>,
    const_chain: Vec<u32>,
    /// `const_map` and `const_chain` are in use.
    const_indexed: bool,
    pub names: NameTable,
    pub varnames: NameTable,
    pub cellvars: NameTable,
    pub freevars: NameTable,
    pub fasthidden: HashMap<Ident, bool>,
    pub name: Rc<str>,
    pub qualname: Rc<str>,
    pub firstlineno: i32,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub private: Option<Ident>,
    pub static_attributes: Option<Vec<Ident>>,
    pub in_inlined_comp: u32,
    pub fblocks: Vec<FBlock>,
}

impl Unit {
    /// Tables up to this many constants are searched by a scan of their hashes.
    const CONST_SCAN: usize = 16;

    /// The index of a constant equal (by key) to `c`, whose key hash is `h`.
    #[inline]
    fn find_const(&self, h: u64, eq: impl Fn(&Const) -> bool) -> Option<u32> {
        if !self.const_indexed {
            for (i, &kh) in self.const_hashes.iter().enumerate() {
                if kh == h && eq(&self.consts[i]) {
                    return Some(i as u32);
                }
            }
            return None;
        }
        let mut j = self.const_map.get(&h).copied().unwrap_or(NO_CONST);
        while j != NO_CONST {
            if eq(&self.consts[j as usize]) {
                return Some(j);
            }
            j = self.const_chain[j as usize];
        }
        None
    }
}

pub struct Compiler {
    pub names: Names,
    pub st: SymTable,
    pub units: Vec<Unit>,
    pub filename: Rc<str>,
    pub optimize: u8,
    pub future_annotations: bool,
    pub interactive: bool,
    pub k: Kn,
    /// SyntaxWarnings raised while compiling (`compiler_warn`), in order.
    pub warnings: Vec<crate::parser::Warning>,
    /// Line and column of the last valid `from __future__` import (`ff_location`).
    pub future_location: (i64, i64),
    /// The frozensets in the constant cache (`c_const_cache`), in their cached order.
    pub frozensets: Vec<Rc<[Const]>>,
    /// Each str value in the constant cache, and whether its object there is an interned name
    /// (it entered as an identifier: keyword names, class names, ...) rather than a literal.
    /// Only frozenset constants ask, rarely: strings are logged in order as they come, and the
    /// map (where the first entry of a value wins) takes in the log when it is asked.
    pub str_reps: std::cell::RefCell<StrReps>,
    /// The shared string of each identifier that has reached a code object, by `Ident` index.
    name_rcs: Vec<Option<Rc<str>>>,
    /// `PYREF_DUMP_CODEGEN` is set: each unit's instructions go to stderr before optimisation.
    dump_codegen: bool,
}

/// ASCII letters, digits and the underscore, by byte value.
static NAME_BYTE: [bool; 256] = {
    let mut t = [false; 256];
    let mut i = 0;
    while i < 256 {
        let b = i as u8;
        t[i] = b.is_ascii_alphanumeric() || b == b'_';
        i += 1;
    }
    t
};

/// See [`Compiler::str_reps`].
#[derive(Default)]
pub struct StrReps {
    /// The text of the strings not yet in `map`, one after another (no allocation per string).
    buf: Vec<u8>,
    /// Each of those strings' end in `buf`, and whether it entered as a name, in the order they came.
    log: Vec<(u32, bool)>,
    map: HashMap<Box<[u8]>, bool>,
}

impl StrReps {
    /// Notes a string entering the cache. Only names made of ASCII letters, digits and
    /// underscores, two or more long, are ever asked about (see `merge_frozensets`).
    #[inline]
    fn note(&mut self, s: &PyStr, name: bool) {
        let b = s.as_bytes();
        if b.len() > 1 && b.iter().all(|&b| NAME_BYTE[b as usize]) {
            self.buf.extend_from_slice(b);
            self.log.push((self.buf.len() as u32, name));
        }
    }

    fn get(&mut self, s: &PyStr) -> Option<bool> {
        let mut start = 0;
        for &(end, v) in &self.log {
            let k = &self.buf[start..end as usize];
            start = end as usize;
            if !self.map.contains_key(k) {
                self.map.insert(k.into(), v);
            }
        }
        self.log.clear();
        self.buf.clear();
        self.map.get(s.as_bytes()).copied()
    }
}

/// Identifiers codegen refers to by name.
pub struct Kn {
    pub doc: Ident,
    pub name: Ident,
    pub module: Ident,
    pub qualname: Ident,
    pub firstlineno: Ident,
    pub static_attributes: Ident,
    pub class: Ident,
    pub classdict: Ident,
    pub classcell: Ident,
    pub classdictcell: Ident,
    pub annotations: Ident,
    pub self_: Ident,
    pub super_: Ident,
    pub ret: Ident,
    pub type_params: Ident,
    pub dunder_type_params: Ident,
    pub generic_base: Ident,
    pub debug: Ident,
    pub dot0: Ident,
    pub append: Ident,
}

#[inline]
pub fn loc_of(l: Loc) -> Location {
    if l.lineno == u32::MAX {
        return NO_LOCATION;
    }
    Location::new(l.lineno as i32, l.end_lineno as i32, l.col_offset as i32, l.end_col_offset as i32)
}

pub fn pystr_to_rc(s: &PyStr) -> Rc<str> {
    match s.as_str() {
        Some(x) => Rc::from(x),
        None => Rc::from(s.code_points().map(|c| char::from_u32(c).unwrap_or('\u{fffd}')).collect::<String>()),
    }
}

/// A str constant.
pub fn cstr(s: &str) -> Const {
    Const::Str(PyStr::new(s))
}

/// Converts an AST constant to a code constant.
pub fn const_of(c: &Constant) -> Const {
    match c {
        Constant::None => Const::None,
        Constant::Bool(b) => Const::Bool(*b),
        Constant::Ellipsis => Const::Ellipsis,
        Constant::Int(i) => Const::Int(i.clone()),
        Constant::Float(f) => Const::Float(*f),
        Constant::Complex(re, im) => Const::Complex { re: *re, im: *im },
        Constant::Str(s) => Const::Str(s.clone()),
        Constant::Bytes(b) => Const::Bytes(Rc::from(&b[..])),
        Constant::Tuple(t) => Const::Tuple(t.iter().map(const_of).collect()),
        Constant::FrozenSet(t) => Const::FrozenSet(t.iter().map(const_of).collect()),
    }
}

/// The compile mode (`compile(..., mode)`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Exec,
    Eval,
    Single,
}

/// Compiles a parsed module into its code object (`_PyAST_Compile` after the AST optimiser).
pub fn compile_ast(ast: Ast, filename: &str, mode: Mode, optimize: u8) -> CResult<Rc<Code>> {
    compile_ast_with_warnings(ast, filename, mode, optimize).0
}

/// [`compile_ast`], also returning the SyntaxWarnings the compiler raised.
pub fn compile_ast_with_warnings(mut ast: Ast, filename: &str, mode: Mode, optimize: u8) -> (CResult<Rc<Code>>, Vec<crate::parser::Warning>) {
    let (future_annotations, future_location) = match super::future::future_parse(&ast) {
        Ok(f) => f,
        Err(e) => return (Err(e), Vec::new()),
    };
    let fold_warnings = super::ast_opt::optimize(&mut ast, optimize, future_annotations);
    let st = match symtable::build(&ast.module, &mut ast.names, future_annotations) {
        Ok(st) => st,
        Err(e) => return (Err(e.into()), Vec::new()),
    };
    let mut names = ast.names;
    let k = Kn {
        doc: names.intern("__doc__"),
        name: names.intern("__name__"),
        module: names.intern("__module__"),
        qualname: names.intern("__qualname__"),
        firstlineno: names.intern("__firstlineno__"),
        static_attributes: names.intern("__static_attributes__"),
        class: names.intern("__class__"),
        classdict: names.intern("__classdict__"),
        classcell: names.intern("__classcell__"),
        classdictcell: names.intern("__classdictcell__"),
        annotations: names.intern("__annotations__"),
        self_: names.intern("self"),
        super_: names.intern("super"),
        ret: names.intern("return"),
        type_params: names.intern(".type_params"),
        dunder_type_params: names.intern("__type_params__"),
        generic_base: names.intern(".generic_base"),
        debug: names.intern("__debug__"),
        dot0: names.intern(".0"),
        append: names.intern("append"),
    };
    let mut c = Compiler {
        names,
        st,
        units: Vec::new(),
        filename: Rc::from(filename),
        optimize,
        future_annotations,
        interactive: mode == Mode::Single,
        k,
        warnings: fold_warnings,
        future_location,
        frozensets: Vec::new(),
        str_reps: Default::default(),
        name_rcs: Vec::new(),
        dump_codegen: std::env::var_os("PYREF_DUMP_CODEGEN").is_some(),
    };
    let module = std::mem::replace(&mut ast.module, Mod::Module { body: Vec::new(), type_ignores: Vec::new() });
    // Keep the tree alive (and unmoved) while codegen looks blocks up by node address.
    let r = c.compile_mod(&module, mode);
    drop_tree(module);
    (r, c.warnings)
}

/// Frees the syntax tree (a stage of its own in profiles: every node is a separate allocation).
#[inline(never)]
fn drop_tree(module: Mod) {
    drop(module);
}

impl Compiler {
    #[inline(never)] // a stage boundary, kept out of line for profiles
    fn compile_mod(&mut self, m: &Mod, mode: Mode) -> CResult<Rc<Code>> {
        // The symbol table keyed the module block by the address of the Mod inside the Ast;
        // the module block is always block 0.
        self.enter_scope_block(Rc::from("<module>"), ScopeType::Module, 0, 1)?;
        let add_none = !matches!(m, Mod::Expression { .. });
        match m {
            Mod::Module { body, .. } => {
                let loc = Location::new(1, 1, 0, 0);
                self.body(loc, body)?;
            }
            Mod::Interactive { body } => {
                if find_ann(body) {
                    self.addop(Op::SETUP_ANNOTATIONS, 0, Location::new(1, 1, 0, 0));
                }
                for s in body {
                    self.stmt(s)?;
                }
            }
            Mod::Expression { body } => self.expr(body)?,
            Mod::FunctionType { .. } => {}
        }
        let _ = mode;
        self.finish_unit(add_none)
    }

    pub fn u(&mut self) -> &mut Unit {
        self.units.last_mut().unwrap()
    }

    pub fn ur(&self) -> &Unit {
        self.units.last().unwrap()
    }

    pub fn ste(&self) -> &symtable::Block {
        &self.st.blocks[self.ur().ste]
    }

    /// `compiler_warn`: a SyntaxWarning at the location's line.
    pub fn warn(&mut self, msg: impl Into<String>, loc: Location) {
        self.warnings.push(crate::parser::Warning::syntax(loc.lineno.max(0) as u32, msg.into()));
    }

    pub fn err(&self, msg: impl Into<String>, loc: Location) -> CompileError {
        CompileError {
            msg: msg.into(),
            lineno: loc.lineno.max(0) as u32,
            col: (loc.col_offset + 1).max(0) as u32,
            end_lineno: loc.end_lineno.max(0) as u32,
            end_col: (loc.end_col_offset + 1).max(0) as u32,
        }
    }

    // ---- instruction emission ----

    #[inline]
    pub fn addop(&mut self, op: Op, oparg: u32, loc: Location) {
        self.u().seq.addop(op, oparg, loc);
    }

    #[inline]
    pub fn jump(&mut self, op: Op, l: Label, loc: Location) {
        self.u().seq.add_jump(op, l, loc);
    }

    pub fn new_label(&mut self) -> Label {
        self.u().seq.new_label()
    }

    pub fn use_label(&mut self, l: Label) {
        self.u().seq.use_label(l);
    }

    pub fn add_const(&mut self, mut c: Const) -> u32 {
        if matches!(c, Const::Tuple(_) | Const::FrozenSet(_)) {
            c = self.merge_frozensets(c);
        }
        // A NaN equals nothing, itself included, so each NaN constant CPython folds is a key of
        // its own in the constant cache.
        let nan = match c {
            Const::Float(f) => f.is_nan(),
            Const::Complex { re, im } => re.is_nan() || im.is_nan(),
            _ => false,
        };
        if nan {
            let u = self.u();
            let i = u.consts.len() as u32;
            u.consts.push(c);
            u.const_hashes.push(NAN_HASH);
            if u.const_indexed {
                u.const_chain.push(NO_CONST);
            }
            return i;
        }
        let h = const_key_hash(&c);
        let u = self.ur();
        if let Some(j) = u.find_const(h, |k| const_key_eq(k, &c)) {
            // Its strings were noted when it first entered this unit's table.
            return j;
        }
        self.insert_const(c, h)
    }

    /// [`Compiler::add_const`] of a tree constant, made a code constant only when it is new to
    /// the table (most constants repeat: `None`, small ints, names as strings).
    pub fn add_constant(&mut self, c: &Constant) -> u32 {
        let simple = match c {
            Constant::Tuple(_) | Constant::FrozenSet(_) => false,
            Constant::Float(f) => !f.is_nan(),
            Constant::Complex(re, im) => !re.is_nan() && !im.is_nan(),
            _ => true,
        };
        if !simple {
            return self.add_const(const_of(c));
        }
        let h = constant_key_hash(c);
        debug_assert_eq!(h, const_key_hash(&const_of(c)));
        if let Some(j) = self.ur().find_const(h, |k| const_key_eq_tree(k, c)) {
            return j;
        }
        self.insert_const(const_of(c), h)
    }

    /// `load_const` of a tree constant.
    pub fn load_constant(&mut self, c: &Constant, loc: Location) {
        let i = self.add_constant(c);
        self.addop(Op::LOAD_CONST, i, loc);
    }

    /// Appends a constant not yet in the table, whose key hash is `h`.
    fn insert_const(&mut self, c: Const, h: u64) -> u32 {
        self.note_literal_strs(&c);
        let u = self.u();
        let i = u.consts.len() as u32;
        u.consts.push(c);
        u.const_hashes.push(h);
        if u.const_indexed {
            u.const_chain.push(u.const_map.insert(h, i).unwrap_or(NO_CONST));
        } else if u.consts.len() > Unit::CONST_SCAN {
            // Past a scan's worth of constants, index them by hash.
            u.const_indexed = true;
            u.const_map.reserve(2 * u.consts.len());
            u.const_chain.reserve(2 * u.consts.len());
            for (k, &kh) in u.const_hashes.iter().enumerate() {
                let prev = if kh == NAN_HASH { NO_CONST } else { u.const_map.insert(kh, k as u32).unwrap_or(NO_CONST) };
                u.const_chain.push(prev);
            }
        }
        i
    }

    /// The frozensets in a new constant (made with their items in source order) as CPython's
    /// compiler leaves them: built from the items, rebuilt when first entered in the constant
    /// cache (`merge_consts_recursive`) or taken from it, and rebuilt once more when the code
    /// object's string interning replaces one of their strings (`intern_constants`).
    fn merge_frozensets(&mut self, c: Const) -> Const {
        use crate::compile::const_set::build;
        match c {
            Const::Tuple(t) if t.iter().any(|x| matches!(x, Const::Tuple(_) | Const::FrozenSet(_))) => {
                Const::Tuple(t.iter().map(|x| self.merge_frozensets(x.clone())).collect())
            }
            Const::FrozenSet(items) if !items.is_empty() => {
                let first = Const::FrozenSet(build(&items).into());
                let cached = match self.frozensets.iter().find(|f| Const::FrozenSet((*f).clone()).same_key(&first)) {
                    Some(f) => f.clone(),
                    None => {
                        let Const::FrozenSet(first) = first else { unreachable!() };
                        let merged: Rc<[Const]> = build(&first).into();
                        self.frozensets.push(merged.clone());
                        merged
                    }
                };
                self.note_literal_strs(&Const::FrozenSet(cached.clone()));
                // A string the cache holds as a literal object is replaced by interning when an
                // equal string is interned already (a name of this file, or the runtime's).
                let interned_elsewhere = |x: &Const| match x {
                    Const::Str(s) => {
                        s.char_len() > 1
                            && self.str_reps.borrow_mut().get(s) != Some(true)
                            && s.as_str().is_some_and(|t| {
                                t.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
                                    && (self.names.lookup(t).is_some() || crate::compile::const_set::interned_at_startup(t))
                            })
                    }
                    _ => false,
                };
                if cached.iter().any(interned_elsewhere) {
                    Const::FrozenSet(build(&cached).into())
                } else {
                    Const::FrozenSet(cached)
                }
            }
            other => other,
        }
    }

    pub fn load_const(&mut self, c: Const, loc: Location) {
        let i = self.add_const(c);
        self.addop(Op::LOAD_CONST, i, loc);
    }

    /// A str constant made from an identifier (CPython's object is the interned name).
    pub fn str_const(&self, id: Ident) -> Const {
        self.name_const(self.names.get(id))
    }

    /// A str constant whose object CPython takes from a name (already interned).
    pub fn name_const(&self, s: &str) -> Const {
        let c = cstr(s);
        if let Const::Str(p) = &c {
            self.str_reps.borrow_mut().note(p, true);
        }
        c
    }

    /// Records the str values of a constant entering the cache as literals, unless seen before.
    fn note_literal_strs(&self, c: &Const) {
        match c {
            Const::Str(p) => self.str_reps.borrow_mut().note(p, false),
            Const::Tuple(t) | Const::FrozenSet(t) => t.iter().for_each(|x| self.note_literal_strs(x)),
            _ => {}
        }
    }

    #[inline]
    pub fn mangle(&mut self, id: Ident) -> Ident {
        let Some(private) = self.ur().private else { return id };
        if self.st.prefix.is_plain(id) {
            return id;
        }
        self.mangle_private(private, id)
    }

    #[inline(never)]
    fn mangle_private(&mut self, private: Ident, id: Ident) -> Ident {
        let ste = self.ur().ste;
        // _Py_MaybeMangle: where the symbol table keeps a set of mangled names, only those are.
        if let Some(m) = &self.st.blocks[ste].mangled_names {
            if !m.contains(&id) {
                return id;
            }
        }
        self.st.prefix.mangle(&mut self.names, Some(private), id)
    }

    /// `compiler_addop_name` for ops taking a `co_names` index.
    pub fn addop_name(&mut self, op: Op, id: Ident, loc: Location) {
        let m = self.mangle(id);
        let mut arg = self.u().names.add(m);
        let op = match op {
            Op::LOAD_ATTR => {
                arg <<= 1;
                Op::LOAD_ATTR
            }
            Op::LOAD_METHOD => {
                arg = (arg << 1) | 1;
                Op::LOAD_ATTR
            }
            Op::LOAD_SUPER_ATTR => {
                arg = (arg << 2) | 2;
                Op::LOAD_SUPER_ATTR
            }
            Op::LOAD_SUPER_METHOD => {
                arg = (arg << 2) | 3;
                Op::LOAD_SUPER_ATTR
            }
            Op::LOAD_ZERO_SUPER_ATTR => {
                arg <<= 2;
                Op::LOAD_SUPER_ATTR
            }
            Op::LOAD_ZERO_SUPER_METHOD => {
                arg = (arg << 2) | 1;
                Op::LOAD_SUPER_ATTR
            }
            o => o,
        };
        self.addop(op, arg, loc);
    }

    /// Adds a name to co_names without mangling (IMPORT_NAME, IMPORT_FROM...).
    pub fn addop_name_raw(&mut self, op: Op, id: Ident, loc: Location) {
        let arg = self.u().names.add(id);
        self.addop(op, arg, loc);
    }

    // ---- scopes ----

    pub fn enter_scope(&mut self, name: Rc<str>, scope_type: ScopeType, key: usize, lineno: u32) -> CResult<()> {
        let Some(ste) = self.st.block_for_key(key) else {
            return Err(CompileError { msg: "internal compiler error: no symbol table block for this scope".into(), lineno: lineno, col: 0, end_lineno: lineno, end_col: 0 });
        };
        self.enter_scope_block(name, scope_type, ste, lineno)
    }

    fn enter_scope_block(&mut self, name: Rc<str>, scope_type: ScopeType, ste: usize, lineno: u32) -> CResult<()> {
        let blk = &self.st.blocks[ste];
        let mut varnames = NameTable { list: Vec::with_capacity(blk.varnames.len().max(4)), map: HashMap::default() };
        for &v in &blk.varnames {
            varnames.add(v);
        }
        let mut cells: Vec<Ident> = Vec::new();
        let mut frees: Vec<Ident> = Vec::new();
        for (id, flags) in blk.symbols() {
            let sc = symtable::scope_of(flags);
            if sc == Scope::Cell || flags & symtable::DEF_COMP_CELL != 0 {
                cells.push(id);
            }
            if sc == Scope::Free || flags & symtable::DEF_FREE_CLASS != 0 {
                frees.push(id);
            }
        }
        let names = &self.names;
        cells.sort_by(|a, b| names.get(*a).cmp(names.get(*b)));
        frees.sort_by(|a, b| names.get(*a).cmp(names.get(*b)));
        let mut cellvars = NameTable::default();
        for c in cells {
            cellvars.add(c);
        }
        if blk.needs_class_closure {
            cellvars.add(self.k.class);
        }
        if blk.needs_classdict {
            cellvars.add(self.k.classdict);
        }
        let mut freevars = NameTable::default();
        for f in frees {
            freevars.add(f);
        }
        let private = self.units.last().and_then(|u| u.private);
        let unit = Unit {
            ste,
            scope_type,
            // Most units emit a few dozen instructions: start there rather than growing from 4.
            seq: InstrSequence::pooled(64),
            // Nearly every unit has a few constants and names: start past the first regrowths.
            consts: Vec::with_capacity(8),
            const_hashes: Vec::with_capacity(8),
            const_map: HashMap::default(),
            const_chain: Vec::new(),
            const_indexed: false,
            names: NameTable { list: Vec::with_capacity(8), map: HashMap::default() },
            varnames,
            cellvars,
            freevars,
            fasthidden: HashMap::default(),
            name: name.clone(),
            qualname: name,
            firstlineno: lineno as i32,
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            private,
            static_attributes: if scope_type == ScopeType::Class { Some(Vec::new()) } else { None },
            in_inlined_comp: 0,
            fblocks: Vec::new(),
        };
        self.units.push(unit);
        let mut loc = Location::new(lineno as i32, lineno as i32, 0, 0);
        if scope_type == ScopeType::Module {
            loc.lineno = 0;
        } else {
            self.set_qualname();
        }
        self.addop(Op::RESUME, 0, loc);
        Ok(())
    }

    fn set_qualname(&mut self) {
        let n = self.units.len();
        if n < 2 {
            return;
        }
        let mut pi = n - 2;
        if self.units[pi].scope_type == ScopeType::TypeParams && n >= 3 {
            pi = n - 3;
        }
        let (p_scope, p_private, p_ste, p_qual) = {
            let p = &self.units[pi];
            (p.scope_type, p.private, p.ste, p.qualname.clone())
        };
        if p_scope == ScopeType::Module {
            return;
        }
        let (u_scope, u_name) = {
            let u = &self.units[n - 1];
            (u.scope_type, u.name.clone())
        };
        if matches!(u_scope, ScopeType::Function | ScopeType::AsyncFunction | ScopeType::Class) {
            let id = self.names.intern(&u_name);
            let m = symtable::mangle(&mut self.names, p_private, id);
            if self.st.blocks[p_ste].scope(m) == Scope::GlobalExplicit {
                return;
            }
        }
        let mut q = String::with_capacity(p_qual.len() + u_name.len() + 10);
        q.push_str(&p_qual);
        if matches!(p_scope, ScopeType::Function | ScopeType::AsyncFunction | ScopeType::Lambda) {
            q.push_str(".<locals>");
        }
        q.push('.');
        q.push_str(&u_name);
        self.units[n - 1].qualname = Rc::from(q);
    }

    /// Finishes the current unit: implicit return, back half, pops the unit.
    pub fn finish_unit(&mut self, add_none: bool) -> CResult<Rc<Code>> {
        if add_none {
            self.load_const(Const::None, NO_LOCATION);
        }
        self.addop(Op::RETURN_VALUE, 0, NO_LOCATION);
        self.assemble_unit()
    }

    /// Assembles the current unit (which must already end in a return) and pops it.
    pub fn assemble_unit(&mut self) -> CResult<Rc<Code>> {
        let flags = self.code_flags();
        let u = self.units.pop().unwrap();
        let blk = &self.st.blocks[u.ste];
        let nparams = blk.varnames.len() as u32;
        let names = &self.names;
        let rcs = &mut self.name_rcs;
        // One shared string per identifier for the whole compilation (CPython's interned names).
        let mut rc = |id: Ident| -> Rc<str> {
            let i = id.0 as usize;
            if i >= rcs.len() {
                rcs.resize(i + 1, None);
            }
            rcs[i].get_or_insert_with(|| Rc::from(names.get(id))).clone()
        };
        let mut tr = |t: &NameTable| -> Vec<Rc<str>> { t.list.iter().map(|&i| rc(i)).collect() };
        let (names_rc, varnames, cellvars, freevars) = (tr(&u.names), tr(&u.varnames), tr(&u.cellvars), tr(&u.freevars));
        let mut fasthidden: Vec<Rc<str>> = u.fasthidden.iter().filter(|(_, &v)| v).map(|(&k, _)| rc(k)).collect();
        fasthidden.sort();
        let md = CodeUnitMetadata {
            name: u.name.clone(),
            qualname: if u.scope_type == ScopeType::Module { None } else { Some(u.qualname.clone()) },
            filename: self.filename.clone(),
            consts: u.consts,
            names: names_rc,
            varnames,
            cellvars,
            freevars,
            fasthidden,
            argcount: u.argcount,
            posonlyargcount: u.posonlyargcount,
            kwonlyargcount: u.kwonlyargcount,
            nparams,
            firstlineno: u.firstlineno,
            flags,
        };
        if self.dump_codegen {
            eprintln!("== {}", md.name);
            for (i, ins) in u.seq.instrs.iter().enumerate() {
                eprintln!("{i:4} {:?} {} line {}", ins.op, ins.oparg, ins.loc.lineno);
            }
        }
        match super::optimize_and_assemble_code_unit(u.seq, md) {
            Ok(code) => Ok(Rc::new(code)),
            Err(e) => Err(CompileError { msg: format!("internal compiler error: {e:?}"), lineno: 0, col: 0, end_lineno: 0, end_col: 0 }),
        }
    }

    fn code_flags(&self) -> u32 {
        let ste = self.ste();
        let mut flags = 0;
        if ste.is_function_like() {
            flags |= CO_NEWLOCALS | CO_OPTIMIZED;
            if ste.nested {
                flags |= CO_NESTED;
            }
            if ste.generator && !ste.coroutine {
                flags |= CO_GENERATOR;
            }
            if !ste.generator && ste.coroutine {
                flags |= CO_COROUTINE;
            }
            if ste.generator && ste.coroutine {
                flags |= CO_ASYNC_GENERATOR;
            }
            if ste.varargs {
                flags |= CO_VARARGS;
            }
            if ste.varkeywords {
                flags |= CO_VARKEYWORDS;
            }
        }
        if self.future_annotations {
            flags |= CO_FUTURE_ANNOTATIONS;
        }
        flags
    }

    // ---- names ----

    /// `compiler_nameop`.
    pub fn nameop(&mut self, id: Ident, ctx: ExprContext, loc: Location) -> CResult {
        self.check_forbidden(id, ctx, loc)?;
        let mangled = self.mangle(id);
        let ste_i = self.ur().ste;
        let blk = &self.st.blocks[ste_i];
        let scope = blk.scope(mangled);
        let function_like = blk.is_function_like();
        let is_class_block = blk.typ == BlockType::Class;
        let can_see_class = blk.can_see_class_scope;
        enum T {
            Fast,
            Global,
            Deref(bool),
            Name,
        }
        let optype = match scope {
            Scope::Free => T::Deref(true),
            Scope::Cell => T::Deref(false),
            Scope::Local => {
                if function_like || self.ur().fasthidden.get(&mangled) == Some(&true) {
                    T::Fast
                } else {
                    T::Name
                }
            }
            Scope::GlobalImplicit => {
                if function_like {
                    T::Global
                } else {
                    T::Name
                }
            }
            Scope::GlobalExplicit => T::Global,
            Scope::Unknown => T::Name,
        };
        match optype {
            T::Deref(is_free) => {
                let op = match ctx {
                    ExprContext::Load => {
                        if is_class_block && self.ur().in_inlined_comp == 0 {
                            self.addop(Op::LOAD_LOCALS, 0, loc);
                            Op::LOAD_FROM_DICT_OR_DEREF
                        } else if can_see_class {
                            let cd = self.k.classdict;
                            let i = self.deref_index(cd, true);
                            self.addop(Op::LOAD_DEREF, i, loc);
                            Op::LOAD_FROM_DICT_OR_DEREF
                        } else {
                            Op::LOAD_DEREF
                        }
                    }
                    ExprContext::Store => Op::STORE_DEREF,
                    ExprContext::Del => Op::DELETE_DEREF,
                };
                let i = self.deref_index(mangled, is_free);
                self.addop(op, i, loc);
            }
            T::Fast => {
                let op = match ctx {
                    ExprContext::Load => Op::LOAD_FAST,
                    ExprContext::Store => Op::STORE_FAST,
                    ExprContext::Del => Op::DELETE_FAST,
                };
                let i = self.u().varnames.add(mangled);
                self.addop(op, i, loc);
            }
            T::Global => {
                let op = match ctx {
                    ExprContext::Load => {
                        if can_see_class && scope == Scope::GlobalImplicit {
                            let cd = self.k.classdict;
                            let i = self.deref_index(cd, true);
                            self.addop(Op::LOAD_DEREF, i, loc);
                            Op::LOAD_FROM_DICT_OR_GLOBALS
                        } else {
                            Op::LOAD_GLOBAL
                        }
                    }
                    ExprContext::Store => Op::STORE_GLOBAL,
                    ExprContext::Del => Op::DELETE_GLOBAL,
                };
                let mut i = self.u().names.add(mangled);
                if op == Op::LOAD_GLOBAL {
                    i <<= 1;
                }
                self.addop(op, i, loc);
            }
            T::Name => {
                let op = match ctx {
                    ExprContext::Load => {
                        if is_class_block && self.ur().in_inlined_comp > 0 {
                            Op::LOAD_GLOBAL
                        } else {
                            Op::LOAD_NAME
                        }
                    }
                    ExprContext::Store => Op::STORE_NAME,
                    ExprContext::Del => Op::DELETE_NAME,
                };
                let mut i = self.u().names.add(mangled);
                if op == Op::LOAD_GLOBAL {
                    i <<= 1;
                }
                self.addop(op, i, loc);
            }
        }
        Ok(())
    }

    /// Index of a cell or free variable in the deref space (cells first).
    pub fn deref_index(&mut self, id: Ident, is_free: bool) -> u32 {
        let u = self.u();
        let ncells = u.cellvars.len() as u32;
        if !is_free {
            if let Some(i) = u.cellvars.get(id) {
                return i;
            }
        }
        if let Some(i) = u.freevars.get(id) {
            return ncells + i;
        }
        if let Some(i) = u.cellvars.get(id) {
            return i;
        }
        ncells + u.freevars.add(id)
    }

    fn check_forbidden(&self, id: Ident, ctx: ExprContext, loc: Location) -> CResult {
        if ctx == ExprContext::Store && id == self.k.debug {
            return Err(self.err("cannot assign to __debug__", loc));
        }
        if ctx == ExprContext::Del && id == self.k.debug {
            return Err(self.err("cannot delete __debug__", loc));
        }
        Ok(())
    }

    // ---- bodies ----

    /// `compiler_body`: SETUP_ANNOTATIONS, the docstring, the statements.
    pub fn body(&mut self, mut loc: Location, stmts: &[Stmt]) -> CResult {
        if self.ur().scope_type == ScopeType::Module && !stmts.is_empty() {
            loc = loc_of(stmts[0].loc);
        }
        if find_ann(stmts) {
            self.addop(Op::SETUP_ANNOTATIONS, 0, loc);
        }
        if stmts.is_empty() {
            return Ok(());
        }
        let mut first = 0;
        if let Some(doc) = get_docstring(stmts) {
            first = 1;
            if self.optimize < 2 {
                let clean = clean_doc(&doc_text(doc));
                let StmtKind::Expr { value } = &stmts[0].kind else { unreachable!() };
                self.load_const(cstr(&clean), loc_of(value.loc));
                let d = self.k.doc;
                self.nameop(d, ExprContext::Store, NO_LOCATION)?;
            }
        }
        for s in &stmts[first..] {
            self.stmt(s)?;
        }
        Ok(())
    }

    pub fn push_fblock(&mut self, fb: FBlock, loc: Location) -> CResult {
        if self.ur().fblocks.len() >= crate::compile::flowgraph::exceptions::CO_MAXBLOCKS {
            return Err(self.err("too many statically nested blocks", loc));
        }
        self.u().fblocks.push(fb);
        Ok(())
    }

    pub fn pop_fblock(&mut self) {
        self.u().fblocks.pop();
    }

    pub fn is_top_level_await(&self) -> bool {
        false
    }
}

/// `_PyAST_GetDocString`.
pub fn get_docstring(stmts: &[Stmt]) -> Option<&PyStr> {
    let s = stmts.first()?;
    if let StmtKind::Expr { value } = &s.kind {
        if let ExprKind::Constant { value: Constant::Str(st), .. } = &value.kind {
            return Some(st);
        }
    }
    None
}

/// A docstring's text as [`clean_doc`] takes it (lone surrogates become U+FFFD).
pub fn doc_text(s: &PyStr) -> std::borrow::Cow<'_, str> {
    match s.as_str() {
        Some(x) => std::borrow::Cow::Borrowed(x),
        None => std::borrow::Cow::Owned(s.code_points().map(|c| char::from_u32(c).unwrap_or('\u{fffd}')).collect()),
    }
}

/// `_PyCompile_CleanDoc`: tabs expanded, the first line's leading spaces dropped, and the
/// smallest indentation of the later non-blank lines removed from each later line.
pub fn clean_doc(doc: &str) -> String {
    let doc = expand_tabs(doc);
    let doc: &str = &doc;
    let Some(nl) = doc.find('\n') else {
        return doc.trim_start_matches(' ').to_string();
    };
    // Each later line: where it starts, its indentation, and where its text ends.
    let b = doc.as_bytes();
    let mut lines: Vec<(usize, usize, usize)> = Vec::with_capacity(16);
    let mut margin = usize::MAX;
    let mut i = nl + 1;
    loop {
        let mut j = i;
        while j < b.len() && b[j] == b' ' {
            j += 1;
        }
        let end = doc[j..].find('\n').map_or(doc.len(), |k| j + k);
        if j < end {
            margin = margin.min(j - i);
        }
        lines.push((i, j - i, end));
        if end == doc.len() {
            break;
        }
        i = end + 1;
    }
    if margin == usize::MAX {
        margin = 0;
    }
    let mut out = String::with_capacity(doc.len());
    out.push_str(doc[..nl].trim_start_matches(' '));
    for (start, ind, end) in lines {
        out.push('\n');
        out.push_str(&doc[start + ind.min(margin)..end]);
    }
    out
}

/// `str.expandtabs()` with the default tab size 8.
fn expand_tabs(s: &str) -> std::borrow::Cow<'_, str> {
    if !s.contains('\t') {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 16);
    let mut col = 0;
    for c in s.chars() {
        match c {
            '\t' => {
                let n = 8 - col % 8;
                out.extend(std::iter::repeat(' ').take(n));
                col += n;
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            c => {
                out.push(c);
                col += 1;
            }
        }
    }
    std::borrow::Cow::Owned(out)
}

/// `find_ann`: does the body (not nested functions or classes) contain an annotated assignment?
pub fn find_ann(stmts: &[Stmt]) -> bool {
    stmts.iter().any(|s| match &s.kind {
        StmtKind::AnnAssign { .. } => true,
        StmtKind::For { body, orelse, .. } | StmtKind::AsyncFor { body, orelse, .. } | StmtKind::While { body, orelse, .. } | StmtKind::If { body, orelse, .. } => {
            find_ann(body) || find_ann(orelse)
        }
        StmtKind::With { body, .. } | StmtKind::AsyncWith { body, .. } => find_ann(body),
        StmtKind::Try { body, handlers, orelse, finalbody } | StmtKind::TryStar { body, handlers, orelse, finalbody } => {
            handlers.iter().any(|h| find_ann(&h.body)) || find_ann(body) || find_ann(finalbody) || find_ann(orelse)
        }
        StmtKind::Match { cases, .. } => cases.iter().any(|c| find_ann(&c.body)),
        _ => false,
    })
}
