//! The symbol table: which names are local, global (explicitly or implicitly), free or cell in
//! each scope. Models Python/symtable.c of CPython 3.13.0.
//!
//! Two passes, as in CPython. [`build`] walks the tree and records raw facts per block (a name is
//! a parameter here, assigned there, used somewhere else); the analysis then decides every name's
//! scope, marking locals that inner functions capture as cells, inlining list/set/dict
//! comprehensions into their enclosing function (PEP 709) and handling the class-body cells
//! `__class__` and `__classdict__`.
//!
//! Blocks are found again by codegen through the address of the AST node that opened them (the
//! tree is not moved between the two stages).

use crate::ast::*;
use crate::compile::fxhash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::borrow::Cow;

mod free_set;
use free_set::{FreeSet, NameHashes};

pub const DEF_GLOBAL: u32 = 1;
pub const DEF_LOCAL: u32 = 2;
pub const DEF_PARAM: u32 = 4;
pub const DEF_NONLOCAL: u32 = 8;
pub const USE: u32 = 16;
pub const DEF_FREE_CLASS: u32 = 64;
pub const DEF_IMPORT: u32 = 128;
pub const DEF_ANNOT: u32 = 256;
pub const DEF_COMP_ITER: u32 = 512;
pub const DEF_TYPE_PARAM: u32 = 1024;
pub const DEF_COMP_CELL: u32 = 2048;
pub const DEF_BOUND: u32 = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;
const SCOPE_OFFSET: u32 = 12;

/// A name's scope after analysis.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    Unknown = 0,
    Local = 1,
    GlobalExplicit = 2,
    GlobalImplicit = 3,
    Free = 4,
    Cell = 5,
}

#[inline]
fn scope_from(v: u32) -> Scope {
    const BY_VALUE: [Scope; 8] = [Scope::Unknown, Scope::Local, Scope::GlobalExplicit, Scope::GlobalImplicit, Scope::Free, Scope::Cell, Scope::Unknown, Scope::Unknown];
    BY_VALUE[(v & 7) as usize]
}

/// The scope recorded in a symbol's flags (as [`Block::symbols`] gives them).
#[inline]
pub fn scope_of(flags: u32) -> Scope {
    scope_from((flags >> SCOPE_OFFSET) & 7)
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BlockType {
    Function,
    Class,
    Module,
    Annotation,
    TypeAlias,
    TypeParameters,
    TypeVariable,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompKind {
    None,
    List,
    Set,
    Dict,
    Generator,
}

/// A compile-time SyntaxError raised by the symbol table (same message and span as CPython;
/// columns are 1-based like `SyntaxError.offset`).
#[derive(Clone, Debug)]
pub struct SymtableError {
    pub msg: String,
    pub lineno: u32,
    pub col: u32,
    pub end_lineno: u32,
    pub end_col: u32,
}

/// One scope (`PySTEntryObject`).
#[derive(Debug)]
pub struct Block {
    pub typ: BlockType,
    pub name: Ident,
    symbols: Vec<(Ident, u32)>,
    /// Position of each symbol in `symbols`, kept only past [`Block::SCAN`] symbols (most
    /// blocks have a handful, found faster by a scan).
    index: HashMap<Ident, usize>,
    /// Parameters in order (`ste_varnames`).
    pub varnames: Vec<Ident>,
    pub children: Vec<usize>,
    pub directives: Vec<(Ident, Loc)>,
    pub nested: bool,
    pub free: bool,
    pub child_free: bool,
    pub generator: bool,
    pub coroutine: bool,
    pub comprehension: CompKind,
    pub varargs: bool,
    pub varkeywords: bool,
    pub returns_value: bool,
    pub needs_class_closure: bool,
    pub needs_classdict: bool,
    pub comp_inlined: bool,
    pub can_see_class_scope: bool,
    comp_iter_target: bool,
    comp_iter_expr: u32,
    /// In generic-class type-parameter scopes (and blocks nested in them): the names that are
    /// mangled; others are left alone (`ste_mangled_names`).
    pub mangled_names: Option<Box<HashSet<Ident>>>,
    pub loc: Loc,
}

impl Block {
    fn new(typ: BlockType, name: Ident, loc: Loc) -> Block {
        Block {
            typ,
            name,
            symbols: Vec::with_capacity(8),
            index: HashMap::default(),
            varnames: Vec::new(),
            children: Vec::new(),
            directives: Vec::new(),
            nested: false,
            free: false,
            child_free: false,
            generator: false,
            coroutine: false,
            comprehension: CompKind::None,
            varargs: false,
            varkeywords: false,
            returns_value: false,
            needs_class_closure: false,
            needs_classdict: false,
            comp_inlined: false,
            can_see_class_scope: false,
            comp_iter_target: false,
            comp_iter_expr: 0,
            mangled_names: None,
            loc,
        }
    }

    pub fn is_function_like(&self) -> bool {
        matches!(self.typ, BlockType::Function | BlockType::Annotation | BlockType::TypeAlias | BlockType::TypeParameters | BlockType::TypeVariable)
    }

    const SCAN: usize = 16;

    /// Where a name is in `symbols`.
    #[inline]
    fn pos(&self, name: Ident) -> Option<usize> {
        if self.symbols.len() <= Self::SCAN {
            self.symbols.iter().position(|s| s.0 == name)
        } else {
            self.index.get(&name).copied()
        }
    }

    /// Appends a symbol known to be absent, indexing the table once it outgrows a scan.
    fn push_symbol(&mut self, name: Ident, flags: u32) {
        self.symbols.push((name, flags));
        let n = self.symbols.len();
        if n == Self::SCAN + 1 {
            self.index.reserve(2 * n);
            for (i, &(k, _)) in self.symbols.iter().enumerate() {
                self.index.insert(k, i);
            }
        } else if n > Self::SCAN {
            self.index.insert(name, n - 1);
        }
    }

    /// Whether a name is in this block.
    pub fn contains(&self, name: Ident) -> bool {
        self.pos(name).is_some()
    }

    /// The raw flags of a name (0 when absent).
    pub fn flags(&self, name: Ident) -> u32 {
        self.pos(name).map_or(0, |i| self.symbols[i].1)
    }

    pub fn scope(&self, name: Ident) -> Scope {
        scope_of(self.flags(name))
    }

    pub fn symbols(&self) -> impl Iterator<Item = (Ident, u32)> + '_ {
        self.symbols.iter().copied()
    }

    /// The raw flags of a name if it is in this block.
    pub fn get_raw(&self, name: Ident) -> Option<u32> {
        self.pos(name).map(|i| self.symbols[i].1)
    }

    /// Overwrites (or adds) a name's flags; codegen uses it to see an inlined comprehension's
    /// scopes while compiling it.
    pub fn set_raw(&mut self, name: Ident, flags: u32) {
        self.set(name, flags)
    }

    fn set(&mut self, name: Ident, flags: u32) {
        match self.pos(name) {
            Some(i) => self.symbols[i].1 = flags,
            None => self.push_symbol(name, flags),
        }
    }

    fn remove(&mut self, name: Ident) {
        if let Some(i) = self.pos(name) {
            self.symbols.remove(i);
            self.index.clear();
            if self.symbols.len() > Self::SCAN {
                for (i, &(k, _)) in self.symbols.iter().enumerate() {
                    self.index.insert(k, i);
                }
            }
        }
    }
}

/// The symbol table of one module.
pub struct SymTable {
    pub blocks: Vec<Block>,
    /// What the builder learned of names' prefixes, for codegen's own mangling.
    pub prefix: ManglePrefix,
    by_key: HashMap<usize, usize>,
}

impl SymTable {
    pub fn block_for<T>(&self, node: *const T) -> Option<usize> {
        self.by_key.get(&(node as usize)).copied()
    }
    pub fn block_for_key(&self, key: usize) -> Option<usize> {
        self.by_key.get(&key).copied()
    }
}

/// Well-known names interned once.
pub struct Known {
    pub class: Ident,
    pub classdict: Ident,
    pub dot0: Ident,
    pub super_: Ident,
    pub type_params: Ident,
    pub dunder_type_params: Ident,
    pub generic_base: Ident,
    pub defaults: Ident,
    pub kwdefaults: Ident,
    pub lambda: Ident,
    pub genexpr: Ident,
    pub listcomp: Ident,
    pub setcomp: Ident,
    pub dictcomp: Ident,
    pub top: Ident,
    pub annotation: Ident,
    pub debug: Ident,
}

impl Known {
    pub fn new(names: &mut Names) -> Known {
        Known {
            class: names.intern("__class__"),
            classdict: names.intern("__classdict__"),
            dot0: names.intern(".0"),
            super_: names.intern("super"),
            type_params: names.intern(".type_params"),
            dunder_type_params: names.intern("__type_params__"),
            generic_base: names.intern(".generic_base"),
            defaults: names.intern(".defaults"),
            kwdefaults: names.intern(".kwdefaults"),
            lambda: names.intern("<lambda>"),
            genexpr: names.intern("<genexpr>"),
            listcomp: names.intern("<listcomp>"),
            setcomp: names.intern("<setcomp>"),
            dictcomp: names.intern("<dictcomp>"),
            top: names.intern("top"),
            annotation: names.intern("_annotation"),
            debug: names.intern("__debug__"),
        }
    }
}

/// `_Py_Mangle`: `__name` inside class `C` becomes `_C__name`.
#[inline]
pub fn mangle(names: &mut Names, private: Option<Ident>, name: Ident) -> Ident {
    let Some(p) = private else { return name };
    // Most names fail on their first two bytes.
    let n = names.get(name).as_bytes();
    if n.len() < 3 || n[0] != b'_' || n[1] != b'_' {
        return name;
    }
    mangle_private(names, p, name)
}

/// Whether each identifier (by index) starts with two underscores, learned as names are first
/// mangled: a name inside a class is mangled at every use, and most are not candidates.
#[derive(Default)]
pub struct ManglePrefix {
    /// 0: not seen yet, 1: no, 2: yes.
    seen: Vec<u8>,
}

impl ManglePrefix {
    /// The name is known not to start with `__` (so no mangling changes it).
    #[inline(always)]
    pub fn is_plain(&self, name: Ident) -> bool {
        self.seen.get(name.0 as usize) == Some(&1)
    }

    /// [`mangle`], skipping the text of names already known not to start with `__`.
    #[inline(always)]
    pub fn mangle(&mut self, names: &mut Names, private: Option<Ident>, name: Ident) -> Ident {
        let Some(p) = private else { return name };
        if self.seen.get(name.0 as usize) == Some(&1) {
            return name;
        }
        self.mangle_slow(names, p, name)
    }

    #[inline(never)]
    fn mangle_slow(&mut self, names: &mut Names, private: Ident, name: Ident) -> Ident {
        let i = name.0 as usize;
        if self.seen.get(i) != Some(&2) {
            let n = names.get(name).as_bytes();
            let cand = n.len() >= 3 && n[0] == b'_' && n[1] == b'_';
            if i >= self.seen.len() {
                self.seen.resize(i + 1, 0);
            }
            self.seen[i] = if cand { 2 } else { 1 };
            if !cand {
                return name;
            }
        }
        mangle_private(names, private, name)
    }
}

/// [`mangle`] of a name starting with two underscores.
#[inline(never)]
fn mangle_private(names: &mut Names, private: Ident, name: Ident) -> Ident {
    let n = names.get(name);
    if n.ends_with("__") || n.contains('.') {
        return name;
    }
    let p = names.get(private).trim_start_matches('_');
    if p.is_empty() {
        return name;
    }
    let s = format!("_{p}{n}");
    names.intern(&s)
}

struct Builder<'n> {
    names: &'n mut Names,
    prefix: ManglePrefix,
    k: Known,
    blocks: Vec<Block>,
    by_key: HashMap<usize, usize>,
    stack: Vec<usize>,
    cur: usize,
    private: Option<Ident>,
    future_annotations: bool,
    /// Depth inside a discarded annotation block (future annotations).
    in_annotation: u32,
}

type R = Result<(), SymtableError>;

fn err(msg: String, loc: Loc) -> SymtableError {
    SymtableError { msg, lineno: loc.lineno, col: loc.col_offset + 1, end_lineno: loc.end_lineno, end_col: loc.end_col_offset + 1 }
}

/// Builds and analyses the symbol table of `module` (`_PySymtable_Build`).
#[inline(never)] // a stage boundary: one call per unit, kept out of line for profiles
pub fn build(module: &Mod, names: &mut Names, future_annotations: bool) -> Result<SymTable, SymtableError> {
    let k = Known::new(names);
    let top = k.top;
    let mut b = Builder { names, prefix: ManglePrefix::default(), k, blocks: Vec::with_capacity(32), by_key: HashMap::default(), stack: Vec::new(), cur: 0, private: None, future_annotations, in_annotation: 0 };
    b.enter(BlockType::Module, top, module as *const Mod as usize, Loc { lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
    match module {
        Mod::Module { body, .. } | Mod::Interactive { body } => {
            for s in body {
                b.stmt(s)?;
            }
        }
        Mod::Expression { body } => b.expr(body)?,
        Mod::FunctionType { .. } => {}
    }
    b.exit();
    let mut blocks = b.blocks;
    let cx = Ctx { class: b.k.class, classdict: b.k.classdict, names: b.names, hashes: NameHashes::new(b.names) };
    let mut free = FreeSet::default();
    let mut global = HashSet::default();
    let mut tp = HashSet::default();
    analyze_block(&cx, &mut blocks, 0, None, &mut free, &mut global, &mut tp, None)?;
    Ok(SymTable { blocks, prefix: b.prefix, by_key: b.by_key })
}

impl<'n> Builder<'n> {
    fn enter(&mut self, typ: BlockType, name: Ident, key: usize, loc: Loc) {
        let mut blk = Block::new(typ, name, loc);
        if let Some(&prev) = self.stack.last() {
            let p = &self.blocks[prev];
            if p.nested || p.is_function_like() {
                blk.nested = true;
            }
            blk.comp_iter_expr = p.comp_iter_expr;
            if typ != BlockType::Class {
                blk.mangled_names = p.mangled_names.clone();
            }
        }
        let id = self.blocks.len();
        self.blocks.push(blk);
        self.by_key.insert(key, id);
        if let Some(&prev) = self.stack.last() {
            self.blocks[prev].children.push(id);
        }
        self.stack.push(id);
        self.cur = id;
    }

    fn exit(&mut self) {
        self.stack.pop();
        if let Some(&c) = self.stack.last() {
            self.cur = c;
        }
    }

    fn cur(&mut self) -> &mut Block {
        &mut self.blocks[self.cur]
    }

    #[inline]
    fn maybe_mangle(&mut self, blk: usize, name: Ident) -> Ident {
        if self.private.is_none() {
            return name;
        }
        if let Some(m) = &self.blocks[blk].mangled_names {
            if !m.contains(&name) {
                return name;
            }
        }
        self.prefix.mangle(self.names, self.private, name)
    }

    fn add_def(&mut self, name: Ident, flag: u32, loc: Loc) -> R {
        if self.in_annotation > 0 {
            return Ok(());
        }
        if flag & DEF_TYPE_PARAM != 0 {
            if let Some(m) = &mut self.blocks[self.cur].mangled_names {
                m.insert(name);
            }
        }
        let cur = self.cur;
        self.add_def_in(cur, name, flag, loc)
    }

    fn add_def_in(&mut self, blk: usize, name: Ident, flag: u32, loc: Loc) -> R {
        let mangled = self.maybe_mangle(blk, name);
        let b = &self.blocks[blk];
        let existing = b.pos(mangled);
        let old = existing.map_or(0, |i| b.symbols[i].1);
        let mut val = flag;
        if existing.is_some() {
            if flag & DEF_PARAM != 0 && old & DEF_PARAM != 0 {
                return Err(err(format!("duplicate argument '{}' in function definition", self.names.get(name)), loc));
            }
            if flag & DEF_TYPE_PARAM != 0 && old & DEF_TYPE_PARAM != 0 {
                return Err(err(format!("duplicate type parameter '{}'", self.names.get(name)), loc));
            }
            val |= old;
        }
        if b.comp_iter_target {
            if val & (DEF_GLOBAL | DEF_NONLOCAL) != 0 {
                return Err(err(
                    format!("comprehension inner loop cannot rebind assignment expression target '{}'", self.names.get(name)),
                    loc,
                ));
            }
            val |= DEF_COMP_ITER;
        }
        let b = &mut self.blocks[blk];
        match existing {
            Some(i) => b.symbols[i].1 = val,
            None => b.push_symbol(mangled, val),
        }
        if flag & DEF_PARAM != 0 {
            b.varnames.push(mangled);
        } else if flag & DEF_GLOBAL != 0 {
            let g = self.blocks[0].flags(mangled);
            let had = self.blocks[0].contains(mangled);
            self.blocks[0].set(mangled, if had { g | flag } else { flag });
        }
        Ok(())
    }

    fn lookup(&mut self, name: Ident) -> u32 {
        let cur = self.cur;
        let m = self.maybe_mangle(cur, name);
        self.blocks[cur].flags(m)
    }

    fn stmts(&mut self, v: &[Stmt]) -> R {
        for s in v {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn exprs(&mut self, v: &[Expr]) -> R {
        for e in v {
            self.expr(e)?;
        }
        Ok(())
    }

    fn enter_type_param_block(&mut self, name: Ident, key: usize, has_defaults: bool, has_kwdefaults: bool, is_class: bool, loc: Loc) -> R {
        let current_type = self.blocks[self.cur].typ;
        self.enter(BlockType::TypeParameters, name, key, loc);
        if current_type == BlockType::Class {
            self.cur().can_see_class_scope = true;
            self.add_def(self.k.classdict, USE, loc)?;
        }
        if is_class {
            self.add_def(self.k.type_params, DEF_LOCAL, loc)?;
            self.add_def(self.k.type_params, USE, loc)?;
            self.add_def(self.k.generic_base, DEF_LOCAL, loc)?;
            self.add_def(self.k.generic_base, USE, loc)?;
        }
        if has_defaults {
            self.add_def(self.k.defaults, DEF_PARAM, loc)?;
        }
        if has_kwdefaults {
            self.add_def(self.k.kwdefaults, DEF_PARAM, loc)?;
        }
        Ok(())
    }

    fn function(&mut self, s: &Stmt, name: Ident, args: &Arguments, body: &[Stmt], decos: &[Expr], returns: Option<&Expr>, tps: &[TypeParam], is_async: bool) -> R {
        self.exprs(&args.defaults)?;
        for d in args.kw_defaults.iter().flatten() {
            self.expr(d)?;
        }
        self.exprs(decos)?;
        if !tps.is_empty() {
            let has_kwd = args.kw_defaults.iter().any(|d| d.is_some());
            // CPython passes `defaults != NULL`, true even for an empty list: `.defaults` is always a parameter.
            self.enter_type_param_block(name, tps.as_ptr() as usize + 2, true, has_kwd, false, s.loc)?;
            for tp in tps {
                self.type_param(tp)?;
            }
        }
        self.annotations(args, returns)?;
        self.enter(BlockType::Function, name, s as *const Stmt as usize, s.loc);
        if is_async {
            self.cur().coroutine = true;
        }
        self.arguments(args)?;
        self.stmts(body)?;
        self.exit();
        if !tps.is_empty() {
            self.exit();
        }
        Ok(())
    }

    fn annotation(&mut self, e: &Expr) -> R {
        if self.future_annotations {
            self.in_annotation += 1;
            let r = self.expr(e);
            self.in_annotation -= 1;
            return r;
        }
        self.expr(e)
    }

    fn annotations(&mut self, a: &Arguments, returns: Option<&Expr>) -> R {
        if self.future_annotations {
            self.in_annotation += 1;
        }
        let r = (|| {
            for arg in a.posonlyargs.iter().chain(a.args.iter()) {
                if let Some(an) = &arg.annotation {
                    self.expr(an)?;
                }
            }
            if let Some(v) = &a.vararg {
                if let Some(an) = &v.annotation {
                    self.expr(an)?;
                }
            }
            if let Some(v) = &a.kwarg {
                if let Some(an) = &v.annotation {
                    self.expr(an)?;
                }
            }
            for arg in &a.kwonlyargs {
                if let Some(an) = &arg.annotation {
                    self.expr(an)?;
                }
            }
            Ok(())
        })();
        if self.future_annotations {
            self.in_annotation -= 1;
        }
        r?;
        if let Some(r) = returns {
            self.annotation(r)?;
        }
        Ok(())
    }

    fn arguments(&mut self, a: &Arguments) -> R {
        for arg in a.posonlyargs.iter().chain(a.args.iter()).chain(a.kwonlyargs.iter()) {
            self.add_def(arg.arg, DEF_PARAM, arg.loc)?;
        }
        if let Some(v) = &a.vararg {
            self.add_def(v.arg, DEF_PARAM, v.loc)?;
            self.cur().varargs = true;
        }
        if let Some(v) = &a.kwarg {
            self.add_def(v.arg, DEF_PARAM, v.loc)?;
            self.cur().varkeywords = true;
        }
        Ok(())
    }

    fn type_param(&mut self, tp: &TypeParam) -> R {
        let key = tp as *const TypeParam as usize;
        match &tp.kind {
            TypeParamKind::TypeVar { name, bound, default_value } => {
                self.add_def(*name, DEF_TYPE_PARAM | DEF_LOCAL, tp.loc)?;
                if let Some(b) = bound {
                    self.type_param_bound(b, *name, key)?;
                }
                if let Some(d) = default_value {
                    self.type_param_bound(d, *name, key + 1)?;
                }
            }
            TypeParamKind::ParamSpec { name, default_value } | TypeParamKind::TypeVarTuple { name, default_value } => {
                self.add_def(*name, DEF_TYPE_PARAM | DEF_LOCAL, tp.loc)?;
                if let Some(d) = default_value {
                    self.type_param_bound(d, *name, key)?;
                }
            }
        }
        Ok(())
    }

    fn type_param_bound(&mut self, e: &Expr, name: Ident, key: usize) -> R {
        let in_class = self.blocks[self.cur].can_see_class_scope;
        self.enter(BlockType::TypeVariable, name, key, e.loc);
        self.cur().can_see_class_scope = in_class;
        if in_class {
            self.add_def(self.k.classdict, USE, e.loc)?;
        }
        self.expr(e)?;
        self.exit();
        Ok(())
    }

    fn stmt(&mut self, s: &Stmt) -> R {
        match &s.kind {
            StmtKind::FunctionDef { name, args, body, decorator_list, returns, type_params, .. } => {
                self.function(s, *name, args, body, decorator_list, returns.as_deref(), type_params, false)?;
                self.add_def(*name, DEF_LOCAL, s.loc)?;
            }
            StmtKind::AsyncFunctionDef { name, args, body, decorator_list, returns, type_params, .. } => {
                self.function(s, *name, args, body, decorator_list, returns.as_deref(), type_params, true)?;
                self.add_def(*name, DEF_LOCAL, s.loc)?;
            }
            StmtKind::ClassDef { name, bases, keywords, body, decorator_list, type_params } => {
                self.exprs(decorator_list)?;
                let tmp = self.private;
                if !type_params.is_empty() {
                    self.enter_type_param_block(*name, type_params.as_ptr() as usize + 2, false, false, true, s.loc)?;
                    self.private = Some(*name);
                    self.cur().mangled_names = Some(Box::default());
                    for tp in type_params {
                        self.type_param(tp)?;
                    }
                }
                self.exprs(bases)?;
                for k in keywords {
                    self.expr(&k.value)?;
                }
                self.enter(BlockType::Class, *name, s as *const Stmt as usize, s.loc);
                self.private = Some(*name);
                if !type_params.is_empty() {
                    self.add_def(self.k.dunder_type_params, DEF_LOCAL, s.loc)?;
                    self.add_def(self.k.type_params, USE, s.loc)?;
                }
                self.stmts(body)?;
                self.exit();
                if !type_params.is_empty() {
                    self.exit();
                }
                self.private = tmp;
                self.add_def(*name, DEF_LOCAL, s.loc)?;
            }
            StmtKind::TypeAlias { name, type_params, value } => {
                self.expr(name)?;
                let ExprKind::Name { id, .. } = &name.kind else { unreachable!() };
                let in_class = self.blocks[self.cur].typ == BlockType::Class;
                if !type_params.is_empty() {
                    self.enter_type_param_block(*id, type_params.as_ptr() as usize + 2, false, false, false, s.loc)?;
                    for tp in type_params {
                        self.type_param(tp)?;
                    }
                }
                self.enter(BlockType::TypeAlias, *id, s as *const Stmt as usize, s.loc);
                self.cur().can_see_class_scope = in_class;
                if in_class {
                    self.add_def(self.k.classdict, USE, value.loc)?;
                }
                self.expr(value)?;
                self.exit();
                if !type_params.is_empty() {
                    self.exit();
                }
            }
            StmtKind::Return { value } => {
                if let Some(v) = value {
                    self.expr(v)?;
                    self.cur().returns_value = true;
                }
            }
            StmtKind::Delete { targets } => self.exprs(targets)?,
            StmtKind::Assign { targets, value, .. } => {
                self.exprs(targets)?;
                self.expr(value)?;
            }
            StmtKind::AnnAssign { target, annotation, value, simple } => {
                if let ExprKind::Name { id, .. } = &target.kind {
                    let cur = self.lookup(*id);
                    if cur & (DEF_GLOBAL | DEF_NONLOCAL) != 0 && self.cur != 0 && *simple != 0 {
                        let n = self.names.get(*id);
                        let msg = if cur & DEF_GLOBAL != 0 {
                            format!("annotated name '{n}' can't be global")
                        } else {
                            format!("annotated name '{n}' can't be nonlocal")
                        };
                        return Err(err(msg, s.loc));
                    }
                    if *simple != 0 {
                        self.add_def(*id, DEF_ANNOT | DEF_LOCAL, target.loc)?;
                    } else if value.is_some() {
                        self.add_def(*id, DEF_LOCAL, target.loc)?;
                    }
                } else {
                    self.expr(target)?;
                }
                self.annotation(annotation)?;
                if let Some(v) = value {
                    self.expr(v)?;
                }
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(target)?;
                self.expr(value)?;
            }
            StmtKind::For { target, iter, body, orelse, .. } | StmtKind::AsyncFor { target, iter, body, orelse, .. } => {
                self.expr(target)?;
                self.expr(iter)?;
                self.stmts(body)?;
                self.stmts(orelse)?;
            }
            StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
                self.expr(test)?;
                self.stmts(body)?;
                self.stmts(orelse)?;
            }
            StmtKind::Match { subject, cases } => {
                self.expr(subject)?;
                for c in cases {
                    self.pattern(&c.pattern)?;
                    if let Some(g) = &c.guard {
                        self.expr(g)?;
                    }
                    self.stmts(&c.body)?;
                }
            }
            StmtKind::Raise { exc, cause } => {
                if let Some(e) = exc {
                    self.expr(e)?;
                    if let Some(c) = cause {
                        self.expr(c)?;
                    }
                }
            }
            StmtKind::Try { body, handlers, orelse, finalbody } | StmtKind::TryStar { body, handlers, orelse, finalbody } => {
                self.stmts(body)?;
                for h in handlers {
                    if let Some(t) = &h.r#type {
                        self.expr(t)?;
                    }
                    if let Some(n) = h.name {
                        self.add_def(n, DEF_LOCAL, h.loc)?;
                    }
                    self.stmts(&h.body)?;
                }
                self.stmts(orelse)?;
                self.stmts(finalbody)?;
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test)?;
                if let Some(m) = msg {
                    self.expr(m)?;
                }
            }
            StmtKind::Import { names } | StmtKind::ImportFrom { names, .. } => {
                for a in names {
                    self.alias(a)?;
                }
            }
            StmtKind::Global { names } | StmtKind::Nonlocal { names } => {
                let global = matches!(s.kind, StmtKind::Global { .. });
                for &name in names {
                    let cur = self.lookup(name);
                    if cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT) != 0 {
                        let n = self.names.get(name);
                        let (w, what) = if global { ("global", "global") } else { ("nonlocal", "nonlocal") };
                        let msg = if cur & DEF_PARAM != 0 {
                            format!("name '{n}' is parameter and {w}")
                        } else if cur & USE != 0 {
                            format!("name '{n}' is used prior to {what} declaration")
                        } else if cur & DEF_ANNOT != 0 {
                            format!("annotated name '{n}' can't be {w}")
                        } else {
                            format!("name '{n}' is assigned to before {what} declaration")
                        };
                        return Err(err(msg, s.loc));
                    }
                    self.add_def(name, if global { DEF_GLOBAL } else { DEF_NONLOCAL }, s.loc)?;
                    self.cur().directives.push((name, s.loc));
                }
            }
            StmtKind::Expr { value } => self.expr(value)?,
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => {}
            StmtKind::With { items, body, .. } | StmtKind::AsyncWith { items, body, .. } => {
                for it in items {
                    self.expr(&it.context_expr)?;
                    if let Some(v) = &it.optional_vars {
                        self.expr(v)?;
                    }
                }
                self.stmts(body)?;
            }
        }
        Ok(())
    }

    fn alias(&mut self, a: &Alias) -> R {
        let name = a.asname.unwrap_or(a.name);
        let s = self.names.get(name);
        if s == "*" {
            if self.blocks[self.cur].typ != BlockType::Module {
                return Err(err("import * only allowed at module level".into(), a.loc));
            }
            return Ok(());
        }
        let store = match s.find('.') {
            Some(i) => {
                let t = s[..i].to_string();
                self.names.intern(&t)
            }
            None => name,
        };
        self.add_def(store, DEF_IMPORT, a.loc)
    }

    fn pattern(&mut self, p: &Pattern) -> R {
        match &p.kind {
            PatternKind::MatchValue { value } => self.expr(value)?,
            PatternKind::MatchSingleton { .. } => {}
            PatternKind::MatchSequence { patterns } | PatternKind::MatchOr { patterns } => {
                for q in patterns {
                    self.pattern(q)?;
                }
            }
            PatternKind::MatchStar { name } => {
                if let Some(n) = name {
                    self.add_def(*n, DEF_LOCAL, p.loc)?;
                }
            }
            PatternKind::MatchMapping { keys, patterns, rest } => {
                self.exprs(keys)?;
                for q in patterns {
                    self.pattern(q)?;
                }
                if let Some(r) = rest {
                    self.add_def(*r, DEF_LOCAL, p.loc)?;
                }
            }
            PatternKind::MatchClass { cls, patterns, kwd_patterns, .. } => {
                self.expr(cls)?;
                for q in patterns.iter().chain(kwd_patterns.iter()) {
                    self.pattern(q)?;
                }
            }
            PatternKind::MatchAs { pattern, name } => {
                if let Some(q) = pattern {
                    self.pattern(q)?;
                }
                if let Some(n) = name {
                    self.add_def(*n, DEF_LOCAL, p.loc)?;
                }
            }
        }
        Ok(())
    }

    fn raise_if_annotation_block(&mut self, what: &str, e: &Expr) -> R {
        let t = self.blocks[self.cur].typ;
        if self.in_annotation > 0 {
            return Err(err(format!("{what} cannot be used within an annotation"), e.loc));
        }
        let msg = match t {
            BlockType::TypeAlias => "a type alias",
            BlockType::TypeParameters => "the definition of a generic",
            BlockType::TypeVariable => "a TypeVar bound",
            _ => return Ok(()),
        };
        Err(err(format!("{what} cannot be used within {msg}"), e.loc))
    }

    fn extend_namedexpr_scope(&mut self, target: &Expr) -> R {
        let ExprKind::Name { id, .. } = &target.kind else { return Ok(()) };
        let name = *id;
        for i in (0..self.stack.len()).rev() {
            let b = self.stack[i];
            // `symtable_lookup_entry`: the name as mangled in that block.
            let mangled = self.maybe_mangle(b, name);
            let blk = &self.blocks[b];
            if blk.comprehension != CompKind::None {
                let f = blk.flags(mangled);
                if f & DEF_COMP_ITER != 0 && f & DEF_LOCAL != 0 {
                    return Err(err(
                        format!("assignment expression cannot rebind comprehension iteration variable '{}'", self.names.get(name)),
                        target.loc,
                    ));
                }
                continue;
            }
            match blk.typ {
                BlockType::Function => {
                    let f = blk.flags(mangled);
                    if f & DEF_GLOBAL != 0 {
                        self.add_def(name, DEF_GLOBAL, target.loc)?;
                    } else {
                        self.add_def(name, DEF_NONLOCAL, target.loc)?;
                    }
                    self.cur().directives.push((name, target.loc));
                    return self.add_def_in(b, name, DEF_LOCAL, target.loc);
                }
                BlockType::Module => {
                    self.add_def(name, DEF_GLOBAL, target.loc)?;
                    self.cur().directives.push((name, target.loc));
                    return self.add_def_in(b, name, DEF_GLOBAL, target.loc);
                }
                BlockType::Class => {
                    return Err(err("assignment expression within a comprehension cannot be used in a class body".into(), target.loc));
                }
                BlockType::TypeParameters => {
                    return Err(err("assignment expression within a comprehension cannot be used within the definition of a generic".into(), target.loc));
                }
                BlockType::TypeAlias => {
                    return Err(err("assignment expression within a comprehension cannot be used in a type alias".into(), target.loc));
                }
                BlockType::TypeVariable => {
                    return Err(err("assignment expression within a comprehension cannot be used in a TypeVar bound".into(), target.loc));
                }
                BlockType::Annotation => {}
            }
        }
        Ok(())
    }

    fn comprehension(&mut self, e: &Expr, name: Ident, gens: &[Comprehension], elt: &Expr, value: Option<&Expr>, kind: CompKind) -> R {
        let outer = &gens[0];
        self.cur().comp_iter_expr += 1;
        self.expr(&outer.iter)?;
        self.cur().comp_iter_expr -= 1;
        self.enter(BlockType::Function, name, e as *const Expr as usize, e.loc);
        self.cur().comprehension = kind;
        if outer.is_async != 0 {
            self.cur().coroutine = true;
        }
        self.add_def(self.k.dot0, DEF_PARAM, e.loc)?;
        self.cur().comp_iter_target = true;
        self.expr(&outer.target)?;
        self.cur().comp_iter_target = false;
        self.exprs(&outer.ifs)?;
        for g in &gens[1..] {
            self.cur().comp_iter_target = true;
            self.expr(&g.target)?;
            self.cur().comp_iter_target = false;
            self.cur().comp_iter_expr += 1;
            self.expr(&g.iter)?;
            self.cur().comp_iter_expr -= 1;
            self.exprs(&g.ifs)?;
            if g.is_async != 0 {
                self.cur().coroutine = true;
            }
        }
        if let Some(v) = value {
            self.expr(v)?;
        }
        self.expr(elt)?;
        let is_gen = kind == CompKind::Generator;
        self.cur().generator = is_gen;
        let is_async = self.blocks[self.cur].coroutine && !is_gen;
        self.exit();
        if is_async {
            self.cur().coroutine = true;
        }
        Ok(())
    }

    /// Names and constants (most of the tree) are handled without entering the large frame of
    /// [`Builder::expr_node`].
    #[inline]
    fn expr(&mut self, e: &Expr) -> R {
        match &e.kind {
            ExprKind::Constant { .. } => Ok(()),
            ExprKind::Name { id, ctx } => self.name(*id, *ctx, e.loc),
            _ => self.expr_node(e),
        }
    }

    fn name(&mut self, id: Ident, ctx: ExprContext, loc: Loc) -> R {
        let flag = if ctx == ExprContext::Load { USE } else { DEF_LOCAL };
        if self.in_annotation == 0 {
            // `add_def` of a use or a plain binding: no parameter or global bookkeeping, and no
            // error unless the block is a comprehension's inner iteration.
            let cur = self.cur;
            if self.blocks[cur].comp_iter_target {
                self.add_def_in(cur, id, flag, loc)?;
            } else {
                let m = self.maybe_mangle(cur, id);
                let b = &mut self.blocks[cur];
                match b.pos(m) {
                    Some(i) => b.symbols[i].1 |= flag,
                    None => b.push_symbol(m, flag),
                }
            }
        }
        if ctx == ExprContext::Load && id == self.k.super_ && self.blocks[self.cur].is_function_like() {
            self.add_def(self.k.class, USE, loc)?;
        }
        Ok(())
    }

    fn expr_node(&mut self, e: &Expr) -> R {
        match &e.kind {
            ExprKind::NamedExpr { target, value } => {
                self.raise_if_annotation_block("named expression", e)?;
                if self.blocks[self.cur].comp_iter_expr > 0 {
                    return Err(err("assignment expression cannot be used in a comprehension iterable expression".into(), e.loc));
                }
                if self.blocks[self.cur].comprehension != CompKind::None {
                    self.extend_namedexpr_scope(target)?;
                }
                self.expr(value)?;
                self.expr(target)?;
            }
            ExprKind::BoolOp { values, .. } => self.exprs(values)?,
            ExprKind::BinOp { left, right, .. } => {
                self.expr(left)?;
                self.expr(right)?;
            }
            ExprKind::UnaryOp { operand, .. } => self.expr(operand)?,
            ExprKind::Lambda { args, body } => {
                self.exprs(&args.defaults)?;
                for d in args.kw_defaults.iter().flatten() {
                    self.expr(d)?;
                }
                self.enter(BlockType::Function, self.k.lambda, e as *const Expr as usize, e.loc);
                self.arguments(args)?;
                self.expr(body)?;
                self.exit();
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test)?;
                self.expr(body)?;
                self.expr(orelse)?;
            }
            ExprKind::Dict { keys, values } => {
                for k in keys.iter().flatten() {
                    self.expr(k)?;
                }
                self.exprs(values)?;
            }
            ExprKind::Set { elts } => self.exprs(elts)?,
            ExprKind::GeneratorExp { elt, generators } => self.comprehension(e, self.k.genexpr, generators, elt, None, CompKind::Generator)?,
            ExprKind::ListComp { elt, generators } => self.comprehension(e, self.k.listcomp, generators, elt, None, CompKind::List)?,
            ExprKind::SetComp { elt, generators } => self.comprehension(e, self.k.setcomp, generators, elt, None, CompKind::Set)?,
            ExprKind::DictComp { key, value, generators } => self.comprehension(e, self.k.dictcomp, generators, key, Some(value), CompKind::Dict)?,
            ExprKind::Yield { value } => {
                self.raise_if_annotation_block("yield expression", e)?;
                if let Some(v) = value {
                    self.expr(v)?;
                }
                self.cur().generator = true;
                if self.blocks[self.cur].comprehension != CompKind::None {
                    return Err(self.comp_yield_error(e));
                }
            }
            ExprKind::YieldFrom { value } => {
                self.raise_if_annotation_block("yield expression", e)?;
                self.expr(value)?;
                self.cur().generator = true;
                if self.blocks[self.cur].comprehension != CompKind::None {
                    return Err(self.comp_yield_error(e));
                }
            }
            ExprKind::Await { value } => {
                self.raise_if_annotation_block("await expression", e)?;
                self.expr(value)?;
                self.cur().coroutine = true;
            }
            ExprKind::Compare { left, comparators, .. } => {
                self.expr(left)?;
                self.exprs(comparators)?;
            }
            ExprKind::Call { func, args, keywords } => {
                self.expr(func)?;
                self.exprs(args)?;
                for k in keywords {
                    self.expr(&k.value)?;
                }
            }
            ExprKind::FormattedValue { value, format_spec, .. } => {
                self.expr(value)?;
                if let Some(f) = format_spec {
                    self.expr(f)?;
                }
            }
            ExprKind::JoinedStr { values } => self.exprs(values)?,
            ExprKind::Constant { .. } => {}
            ExprKind::Attribute { value, .. } => self.expr(value)?,
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(value)?;
                self.expr(slice)?;
            }
            ExprKind::Starred { value, .. } => self.expr(value)?,
            ExprKind::Slice { lower, upper, step } => {
                for x in [lower, upper, step].into_iter().flatten() {
                    self.expr(x)?;
                }
            }
            ExprKind::Name { id, ctx } => self.name(*id, *ctx, e.loc)?,
            ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => self.exprs(elts)?,
        }
        Ok(())
    }

    fn comp_yield_error(&self, e: &Expr) -> SymtableError {
        let what = match self.blocks[self.cur].comprehension {
            CompKind::List => "list comprehension",
            CompKind::Set => "set comprehension",
            CompKind::Dict => "dict comprehension",
            _ => "generator expression",
        };
        err(format!("'yield' inside {what}"), e.loc)
    }
}

fn directive_error(blocks: &[Block], b: usize, name: Ident, msg: String) -> SymtableError {
    let loc = blocks[b].directives.iter().find(|(n, _)| *n == name).map(|d| d.1).unwrap_or(blocks[b].loc);
    err(msg, loc)
}

fn analyze_block(
    cx: &Ctx,
    blocks: &mut Vec<Block>,
    b: usize,
    bound: Option<&HashSet<Ident>>,
    free: &mut FreeSet,
    global: &mut HashSet<Ident>,
    type_params: &mut HashSet<Ident>,
    class_entry: Option<usize>,
) -> Result<(), SymtableError> {
    // The names this block binds (each symbol is analysed once, so no duplicates).
    let mut local: Vec<Ident> = Vec::new();
    // The scope of each of the block's symbols, by symbol index (symbols are only ever appended
    // while the block is analysed, by inlined comprehensions).
    let mut scopes: Vec<u32> = Vec::with_capacity(blocks[b].symbols.len());
    let mut newglobal = HashSet::default();
    let mut newfree = FreeSet::default();
    let mut newbound = HashSet::default();
    let mut inlined_cells = HashSet::default();
    let is_class = blocks[b].typ == BlockType::Class;
    // The sets handed to children are only built when there are children.
    let has_children = !blocks[b].children.is_empty();
    if is_class && has_children {
        newglobal.extend(global.iter().copied());
        if let Some(bd) = bound {
            newbound.extend(bd.iter().copied());
        }
    }
    // The enclosing scopes' bindings, copied only if a global declaration removes one.
    let mut bound_mut: Option<Cow<HashSet<Ident>>> = bound.map(Cow::Borrowed);
    for i in 0..blocks[b].symbols.len() {
        let (name, flags) = blocks[b].symbols[i];
        let sc = analyze_name(cx, blocks, b, name, flags, &mut bound_mut, &mut local, free, global, type_params, class_entry)?;
        scopes.push(sc);
    }
    let bound = bound_mut.as_deref();
    if !has_children {
    } else if !is_class {
        if blocks[b].is_function_like() {
            newbound.reserve(local.len() + bound.map_or(0, |b| b.len()));
            newbound.extend(local.iter().copied());
        }
        if let Some(bd) = bound {
            newbound.extend(bd.iter().copied());
        }
        newglobal.extend(global.iter().copied());
    } else {
        // __class__ and __classdict__ are bound by the class for its children.
        newbound.insert(cx.class);
        newbound.insert(cx.classdict);
    }
    // Analysing a child never looks at this block's list of children.
    let children = std::mem::take(&mut blocks[b].children);
    for &child in &children {
        let new_class_entry = if blocks[child].can_see_class_scope {
            if is_class {
                Some(b)
            } else {
                class_entry
            }
        } else {
            None
        };
        let inline_comp = blocks[child].comprehension != CompKind::None && !blocks[child].generator && !blocks[b].can_see_class_scope;
        let mut tg = newglobal.clone();
        let mut ttp = type_params.clone();
        // The child works on a copy of `newfree` (CPython's `temp_free`), merged back after: the
        // contents are as if it had worked on `newfree`, the table order is CPython's.
        let mut child_free = newfree.copy();
        analyze_block(cx, blocks, child, Some(&newbound), &mut child_free, &mut tg, &mut ttp, new_class_entry)?;
        if inline_comp {
            inline_comprehension(cx, blocks, b, child, &mut scopes, &mut child_free, &mut inlined_cells);
            blocks[child].comp_inlined = true;
        }
        newfree.merge(&child_free);
        if blocks[child].free || blocks[child].child_free {
            blocks[b].child_free = true;
        }
    }
    // Splice the children of inlined comprehensions into our children.
    if children.iter().any(|&c| blocks[c].comp_inlined) {
        let mut out = Vec::new();
        for &c in &children {
            if blocks[c].comp_inlined {
                out.extend(blocks[c].children.iter().copied());
            } else {
                out.push(c);
            }
        }
        blocks[b].children = out;
    } else {
        blocks[b].children = children;
    }
    if blocks[b].is_function_like() {
        for (i, sc) in scopes.iter_mut().enumerate() {
            if *sc != Scope::Local as u32 {
                continue;
            }
            let name = blocks[b].symbols[i].0;
            if newfree.contains(&cx.hashes, name) || inlined_cells.contains(&name) {
                *sc = Scope::Cell as u32;
                newfree.remove(&cx.hashes, name);
            }
        }
    } else if is_class {
        if newfree.remove(&cx.hashes, cx.class) {
            blocks[b].needs_class_closure = true;
        }
        if newfree.remove(&cx.hashes, cx.classdict) {
            blocks[b].needs_classdict = true;
        }
    }
    let classflag = is_class || blocks[b].can_see_class_scope;
    // update_symbols
    let blk = &mut blocks[b];
    for i in 0..blk.symbols.len() {
        let (name, mut flags) = blk.symbols[i];
        if inlined_cells.contains(&name) {
            flags |= DEF_COMP_CELL;
        }
        let sc = scopes.get(i).copied().unwrap_or(0);
        flags |= sc << SCOPE_OFFSET;
        blk.symbols[i].1 = flags;
    }
    // update_symbols adds the names in the set's iteration order.
    for name in newfree.iter() {
        if blk.contains(name) {
            if classflag {
                let f = blk.flags(name) | DEF_FREE_CLASS;
                blk.set(name, f);
            }
            continue;
        }
        if let Some(bd) = bound {
            if !bd.contains(&name) {
                continue;
            }
        }
        blk.set(name, (Scope::Free as u32) << SCOPE_OFFSET);
    }
    free.merge(&newfree);
    Ok(())
}

struct Ctx<'a> {
    class: Ident,
    classdict: Ident,
    names: &'a Names,
    hashes: NameHashes<'a>,
}

#[allow(clippy::too_many_arguments)]
fn analyze_name(
    cx: &Ctx,
    blocks: &mut [Block],
    b: usize,
    name: Ident,
    flags: u32,
    bound: &mut Option<Cow<HashSet<Ident>>>,
    local: &mut Vec<Ident>,
    free: &mut FreeSet,
    global: &mut HashSet<Ident>,
    type_params: &mut HashSet<Ident>,
    class_entry: Option<usize>,
) -> Result<u32, SymtableError> {
    if flags & DEF_GLOBAL != 0 {
        if flags & DEF_NONLOCAL != 0 {
            return Err(directive_error(blocks, b, name, format!("name '{}' is nonlocal and global", cx.names.get(name))));
        }
        global.insert(name);
        if let Some(bd) = bound {
            if bd.contains(&name) {
                bd.to_mut().remove(&name);
            }
        }
        return Ok(Scope::GlobalExplicit as u32);
    }
    if flags & DEF_NONLOCAL != 0 {
        let Some(bd) = bound else {
            return Err(directive_error(blocks, b, name, "nonlocal declaration not allowed at module level".into()));
        };
        if !bd.contains(&name) {
            return Err(directive_error(blocks, b, name, format!("no binding for nonlocal '{}' found", cx.names.get(name))));
        }
        if type_params.contains(&name) {
            return Err(directive_error(blocks, b, name, format!("nonlocal binding not allowed for type parameter '{}'", cx.names.get(name))));
        }
        blocks[b].free = true;
        free.insert(&cx.hashes, name);
        return Ok(Scope::Free as u32);
    }
    if flags & DEF_BOUND != 0 {
        local.push(name);
        global.remove(&name);
        if flags & DEF_TYPE_PARAM != 0 {
            type_params.insert(name);
        } else {
            type_params.remove(&name);
        }
        return Ok(Scope::Local as u32);
    }
    if let Some(ce) = class_entry {
        let cf = blocks[ce].flags(name);
        if cf & DEF_GLOBAL != 0 {
            return Ok(Scope::GlobalExplicit as u32);
        } else if cf & DEF_BOUND != 0 && cf & DEF_NONLOCAL == 0 {
            return Ok(Scope::GlobalImplicit as u32);
        }
    }
    if let Some(bd) = bound {
        if bd.contains(&name) {
            blocks[b].free = true;
            free.insert(&cx.hashes, name);
            return Ok(Scope::Free as u32);
        }
    }
    if global.contains(&name) {
        return Ok(Scope::GlobalImplicit as u32);
    }
    if blocks[b].nested {
        blocks[b].free = true;
    }
    Ok(Scope::GlobalImplicit as u32)
}

fn inline_comprehension(
    cx: &Ctx,
    blocks: &mut [Block],
    b: usize,
    comp: usize,
    scopes: &mut Vec<u32>,
    comp_free: &mut FreeSet,
    inlined_cells: &mut HashSet<Ident>,
) {
    let class_id = Some(cx.class);
    let mut remove_dunder_class = false;
    for j in 0..blocks[comp].symbols.len() {
        let (k, comp_flags) = blocks[comp].symbols[j];
        if comp_flags & DEF_PARAM != 0 {
            continue;
        }
        let mut scope = (comp_flags >> SCOPE_OFFSET) & 7;
        let only_flags = comp_flags & ((1 << SCOPE_OFFSET) - 1);
        if scope == Scope::Cell as u32 || only_flags & DEF_COMP_CELL != 0 {
            inlined_cells.insert(k);
        }
        let existing = blocks[b].get_raw(k);
        if scope == Scope::Free as u32 && blocks[b].typ == BlockType::Class && Some(k) == class_id {
            scope = Scope::GlobalImplicit as u32;
            comp_free.remove(&cx.hashes, k);
            remove_dunder_class = true;
        }
        match existing {
            None => {
                // A new symbol of `b`: its scope goes at its index.
                blocks[b].set(k, only_flags);
                debug_assert_eq!(scopes.len() + 1, blocks[b].symbols.len());
                scopes.push(scope);
            }
            Some(ex) => {
                if ex & DEF_BOUND != 0 {
                    let free_in_child = blocks[comp].children.iter().any(|&c| blocks[c].scope(k) == Scope::Free);
                    if !free_in_child && blocks[b].typ != BlockType::Class {
                        comp_free.remove(&cx.hashes, k);
                    }
                }
            }
        }
    }
    blocks[comp].free = !comp_free.is_empty();
    if remove_dunder_class {
        if let Some(c) = class_id {
            blocks[comp].remove(c);
        }
    }
}

