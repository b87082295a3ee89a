//! Reading the `ast` module's node objects back into pyref's tree (Python/Python-ast.c
//! `obj2ast_*` and `PyAST_obj2mod`): the field readers the generated per-node readers
//! (`ast_obj2ast_gen.rs`, from Parser/Python.asdl) are written with, and CPython's messages for
//! a missing field, a wrong type, a list that is not a list, a required field that is None.
//!
//! Two readers share the code: `compile()`'s (strict: every error CPython's `obj2ast` gives),
//! and `ast.unparse`'s, which CPython runs over the objects in Python: there a missing
//! attribute is the `AttributeError` of reading it, and missing positions do not matter.

use super::ast_obj2ast_gen::{obj2ast_mod, CLASSES};
use crate::ast::{Constant, Ident, Loc, Names};
use crate::objects::bodies::*;
use crate::objects::object::ObjRef;
use crate::objects::typeobject::*;
use crate::vm::Vm;

/// How deep node readers may nest before a `RecursionError` (CPython's C recursion limit, at
/// which `_Py_EnterRecursiveCall` fails, counts two levels per node as this does).
const DEPTH_LIMIT: u32 = 6000;

/// `lineno` of a node read by the lenient reader without one (only `ast.unparse` reads that way;
/// it asks for the line of type comments, and reports the missing attribute then).
pub const NO_LINENO: u32 = u32::MAX;

pub struct Cx<'v, 'h> {
    pub vm: &'v mut Vm<'h>,
    pub names: Names,
    /// compile()'s reading (CPython's errors) rather than ast.unparse's.
    pub strict: bool,
    classes: Vec<ObjRef>,
    depth: u32,
}

impl<'v, 'h> Cx<'v, 'h> {
    pub fn new(vm: &'v mut Vm<'h>, strict: bool) -> PyResult<Cx<'v, 'h>> {
        let m = crate::import::import_abs(vm, "ast")?;
        let d = super::module_dict(&m);
        let mut classes = Vec::with_capacity(CLASSES.len());
        for name in CLASSES {
            match vm.dict_get_str(&d, name)? {
                Some(c) => classes.push(c),
                None => {
                    let cls = vm.system_error_or_runtime();
                    return Err(vm.err(&cls, &format!("ast.{name} is missing")));
                }
            }
        }
        Ok(Cx { vm, names: Names::default(), strict, classes, depth: 0 })
    }

    /// The class object of node class `name` (one of [`CLASSES`]).
    pub fn class(&self, name: &str) -> Option<&ObjRef> {
        CLASSES.iter().position(|c| *c == name).map(|i| &self.classes[i])
    }

    #[inline]
    pub fn is_none(&self, o: &ObjRef) -> bool {
        o.is(&self.vm.none)
    }

    /// Which of the `n` classes from `first` on `o` is an instance of, tested in ASDL order
    /// (an exact class first, as CPython's `PyObject_IsInstance` would find it too).
    pub fn which(&mut self, o: &ObjRef, first: usize, n: usize) -> PyResult<Option<usize>> {
        let classes = &self.classes[first..first + n];
        if let Some(i) = classes.iter().position(|c| o.is_exact(c)) {
            return Ok(Some(i));
        }
        let ty = o.type_of();
        Ok(classes.iter().position(|c| is_subtype(&ty, c)))
    }

    /// `expected some sort of expr, but got <repr>`.
    pub fn expected(&mut self, what: &str, o: &ObjRef) -> PyErr {
        match self.vm.repr_string(o) {
            Ok(r) => self.vm.type_error(&format!("expected some sort of {what}, but got {r}")),
            Err(e) => e,
        }
    }

    /// `PyObject_GetOptionalAttr`: the attribute, or None when reading it raises AttributeError.
    pub fn attr(&mut self, o: &ObjRef, name: &str) -> PyResult<Option<ObjRef>> {
        match self.vm.getattr_str(o, name) {
            Ok(v) => Ok(Some(v)),
            Err(e) if is_subtype(&e.0.type_of(), &self.vm.e.attribute_error) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// The error for a required field or attribute that is absent.
    fn missing(&mut self, o: &ObjRef, field: &str, owner: &str) -> PyErr {
        if !self.strict {
            if let Err(e) = self.vm.getattr_str(o, field) {
                return e;
            }
        }
        self.vm.type_error(&format!("required field \"{field}\" missing from {owner}"))
    }

    fn enter(&mut self, owner: &str) -> PyResult<()> {
        self.depth += 1;
        if self.depth > DEPTH_LIMIT {
            self.depth = 0;
            let e = self.vm.e.recursion_error.clone();
            return Err(self.vm.err(&e, &format!("maximum recursion depth exceeded while traversing '{owner}' node")));
        }
        Ok(())
    }

    fn read<T>(&mut self, v: &ObjRef, owner: &str, f: fn(&mut Cx, &ObjRef) -> PyResult<T>) -> PyResult<T> {
        self.enter(owner)?;
        let r = f(self, v);
        self.depth = self.depth.saturating_sub(1);
        r
    }

    /// A required field: absent is a TypeError; present, it is read (a None node stays None
    /// until [`Cx::need`], as CPython's constructor checks after reading every field).
    pub fn req<T>(&mut self, o: &ObjRef, field: &str, owner: &str, f: fn(&mut Cx, &ObjRef) -> PyResult<T>) -> PyResult<T> {
        match self.attr(o, field)? {
            None => Err(self.missing(o, field, owner)),
            Some(v) => self.read(&v, owner, f),
        }
    }

    /// An optional field: absent or None is None.
    pub fn opt<T>(&mut self, o: &ObjRef, field: &str, owner: &str, f: fn(&mut Cx, &ObjRef) -> PyResult<Option<T>>) -> PyResult<Option<T>> {
        match self.attr(o, field)? {
            None => Ok(None),
            Some(v) if self.is_none(&v) => Ok(None),
            Some(v) => self.read(&v, owner, f),
        }
    }

    fn list_items(&mut self, o: &ObjRef, field: &str, owner: &str) -> PyResult<Vec<ObjRef>> {
        match self.attr(o, field)? {
            None => Ok(Vec::new()),
            Some(v) => match v.downcast::<ListBody>() {
                Some(l) => Ok(l.items.borrow().clone()),
                None => {
                    let t = self.vm.type_name(&v);
                    Err(self.vm.type_error(&format!("{owner} field \"{field}\" must be a list, not a {t}")))
                }
            },
        }
    }

    /// A list field (absent is empty), items read as they are (None items kept as the reader
    /// gives them: `Dict.keys` and `arguments.kw_defaults` hold None for `**d` and no default).
    pub fn seq<T>(&mut self, o: &ObjRef, field: &str, owner: &str, f: fn(&mut Cx, &ObjRef) -> PyResult<T>) -> PyResult<Vec<T>> {
        let items = self.list_items(o, field, owner)?;
        let mut out = Vec::with_capacity(items.len());
        for it in &items {
            out.push(self.read(it, owner, f)?);
        }
        Ok(out)
    }

    /// A list field of nodes where None is not allowed (Python/ast.c `validate_stmts` and
    /// `validate_exprs`: "None disallowed in statement list").
    pub fn seq_some<T>(&mut self, o: &ObjRef, field: &str, owner: &str, f: fn(&mut Cx, &ObjRef) -> PyResult<Option<T>>) -> PyResult<Vec<T>> {
        let items = self.list_items(o, field, owner)?;
        let mut out = Vec::with_capacity(items.len());
        for it in &items {
            match self.read(it, owner, f)? {
                Some(x) => out.push(x),
                None if !self.strict => {
                    let none = self.vm.none.clone();
                    return Err(self.vm.getattr_str(&none, "_fields").err().unwrap_or_else(|| self.vm.type_error("None")));
                }
                None => {
                    let what = if std::any::type_name::<T>().ends_with("Stmt") { "statement" } else { "expression" };
                    return Err(self.vm.value_error(&format!("None disallowed in {what} list")));
                }
            }
        }
        Ok(out)
    }

    /// The constructor's check that a required node field is not None.
    pub fn need<T>(&mut self, v: Option<T>, field: &str, owner: &str) -> PyResult<T> {
        match v {
            Some(x) => Ok(x),
            None => Err(self.vm.value_error(&format!("field '{field}' is required for {owner}"))),
        }
    }

    /// A node's positions (`lineno`, `col_offset` required; the end positions default to the
    /// start unless `end_required`).
    pub fn loc(&mut self, o: &ObjRef, owner: &str, end_required: bool) -> PyResult<Loc> {
        if !self.strict {
            let get = |cx: &mut Cx, n: &str| cx.attr(o, n).ok().flatten().and_then(|v| crate::objects::longobject::small_int(&v));
            let lineno = get(self, "lineno").map(|v| v.clamp(0, u32::MAX as i64 - 1) as u32).unwrap_or(NO_LINENO);
            let col = get(self, "col_offset").unwrap_or(0).clamp(0, u32::MAX as i64) as u32;
            let end_lineno = get(self, "end_lineno").map(|v| v.clamp(0, u32::MAX as i64) as u32).unwrap_or(lineno);
            let end_col = get(self, "end_col_offset").map(|v| v.clamp(0, u32::MAX as i64) as u32).unwrap_or(col);
            return Ok(Loc { lineno, col_offset: col, end_lineno, end_col_offset: end_col });
        }
        let mut vals = [0i32; 4];
        for (i, name) in ["lineno", "col_offset", "end_lineno", "end_col_offset"].into_iter().enumerate() {
            let v = self.attr(o, name)?;
            vals[i] = match v {
                None if i < 2 || end_required => return Err(self.vm.type_error(&format!("required field \"{name}\" missing from {owner}"))),
                Some(v) if i < 2 || end_required || !self.is_none(&v) => self.read(&v, owner, Cx::int)?,
                _ => vals[i - 2],
            };
        }
        let u = |v: i32| v.max(0) as u32;
        Ok(Loc { lineno: u(vals[0]), col_offset: u(vals[1]), end_lineno: u(vals[2]), end_col_offset: u(vals[3]) })
    }

    /// `obj2ast_identifier`: an exact str (or None).
    pub fn identifier(cx: &mut Cx, o: &ObjRef) -> PyResult<Option<Ident>> {
        if cx.is_none(o) {
            return Ok(None);
        }
        if !o.is_exact(&cx.vm.t.str_) {
            return Err(cx.vm.type_error("AST identifier must be of type str"));
        }
        let text = o.downcast::<StrBody>().map(|s| s.text().into_owned()).unwrap_or_default();
        Ok(Some(cx.names.intern(&text)))
    }

    /// `obj2ast_string`: an exact str or bytes.
    pub fn string(cx: &mut Cx, o: &ObjRef) -> PyResult<Box<str>> {
        if o.is_exact(&cx.vm.t.str_) {
            return Ok(o.downcast::<StrBody>().map(|s| s.text().into_owned()).unwrap_or_default().into());
        }
        if let Some(b) = o.downcast::<crate::objects::bytes_type::BytesBody>() {
            return Ok(String::from_utf8_lossy(&b.b).into());
        }
        Err(cx.vm.type_error("AST string must be of type str"))
    }

    /// `obj2ast_int`: an int that fits a C int.
    pub fn int(cx: &mut Cx, o: &ObjRef) -> PyResult<i32> {
        match crate::objects::longobject::view(o) {
            Some(v) => match v.to_int().to_i64().and_then(|x| i32::try_from(x).ok()) {
                Some(x) => Ok(x),
                None => {
                    let e = cx.vm.e.overflow_error.clone();
                    Err(cx.vm.err(&e, "Python int too large to convert to C int"))
                }
            },
            None => {
                let r = cx.vm.repr_string(o)?;
                Err(cx.vm.value_error(&format!("invalid integer value: {r}")))
            }
        }
    }

    /// `obj2ast_constant` with Python/ast.c `validate_constant`: None, Ellipsis, exact int,
    /// float, complex, str, bytes, bool, and tuples and frozensets of those.
    pub fn constant(cx: &mut Cx, o: &ObjRef) -> PyResult<Constant> {
        let vm = &mut *cx.vm;
        if o.is(&vm.none) {
            return Ok(Constant::None);
        }
        if o.is(&vm.ellipsis) {
            return Ok(Constant::Ellipsis);
        }
        if o.is(&vm.true_) {
            return Ok(Constant::Bool(true));
        }
        if o.is(&vm.false_) {
            return Ok(Constant::Bool(false));
        }
        if o.is_exact(&vm.t.int) {
            if let Some(v) = crate::objects::longobject::view(o) {
                return Ok(Constant::Int(v.to_int().into_owned()));
            }
        }
        if o.is_exact(&vm.t.float) {
            if let Some(f) = o.downcast::<FloatBody>() {
                return Ok(Constant::Float(f.v));
            }
        }
        if let Some(c) = o.downcast::<crate::objects::complexobject::ComplexBody>() {
            if o.is_exact(&vm.t.complex) {
                return Ok(Constant::Complex(c.re, c.im));
            }
        }
        if o.is_exact(&vm.t.str_) {
            if let Some(s) = o.downcast::<StrBody>() {
                return Ok(Constant::Str(s.to_pystr()));
            }
        }
        if o.is_exact(&vm.t.bytes) {
            if let Some(b) = o.downcast::<crate::objects::bytes_type::BytesBody>() {
                return Ok(Constant::Bytes(b.b.clone()));
            }
        }
        if o.is_exact(&vm.t.tuple) {
            let items = o.downcast::<TupleBody>().map(|t| t.items.to_vec()).unwrap_or_default();
            let mut out = Vec::with_capacity(items.len());
            for it in &items {
                out.push(cx.read(it, "Constant", Cx::constant)?);
            }
            return Ok(Constant::Tuple(out.into()));
        }
        if o.is_exact(&vm.t.frozenset) {
            let items = vm.collect(o)?;
            let mut out = Vec::with_capacity(items.len());
            for it in &items {
                out.push(cx.read(it, "Constant", Cx::constant)?);
            }
            return Ok(Constant::FrozenSet(out.into()));
        }
        let t = vm.type_name(o);
        Err(vm.type_error(&format!("got an invalid type in Constant: {t}")))
    }
}

/// `PyAST_obj2mod`: the tree of `o`, which must be an instance of the node class `mode` asks
/// for (`Module` for exec, `Expression` for eval, `Interactive` for single, `FunctionType`).
pub fn obj2mod(vm: &mut Vm, o: &ObjRef, mode: &str) -> PyResult<crate::ast::Ast> {
    let want = match mode {
        "exec" => "Module",
        "eval" => "Expression",
        "single" => "Interactive",
        "func_type" => "FunctionType",
        _ => return Err(vm.value_error("compile() mode must be 'exec', 'eval', 'single' or 'func_type'")),
    };
    let mut cx = Cx::new(vm, true)?;
    let cls = cx.class(want).cloned();
    if let Some(c) = cls {
        if !cx.vm.isinstance_exact_or_sub(o, &c) {
            let got = cx.vm.type_name(o);
            return Err(cx.vm.type_error(&format!("expected {want} node, got {got}")));
        }
    }
    let module = obj2ast_mod(&mut cx, o)?;
    let Some(module) = module else {
        return Err(cx.vm.type_error(&format!("expected {want} node, got NoneType")));
    };
    Ok(crate::ast::Ast { module, names: cx.names })
}
