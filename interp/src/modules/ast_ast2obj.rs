//! The tree as the `ast` module's node objects (Python/Python-ast.c `ast2obj_*`,
//! `PyAST_mod2obj`): the value writers the generated per-node writers (`ast_ast2obj_gen.rs`,
//! from Parser/Python.asdl) use. Each node is a new instance of its class made without calling
//! `__init__`, its fields stored in ASDL order (None for an absent optional field) and then its
//! positions; contexts and operators are one shared instance per class, as in CPython.

use super::ast_obj2ast_gen::CLASSES;
use crate::ast::{Constant, Ident, Loc, Names};
use crate::objects::bodies::*;
use crate::objects::object::{alloc, ObjRef};
use crate::objects::typeobject::*;
use crate::vm::Vm;
use std::cell::RefCell;

/// How deep node writers may nest (CPython: "maximum recursion depth exceeded during ast
/// construction").
const DEPTH_LIMIT: u32 = 20000;

pub struct Ox<'v, 'h> {
    pub vm: &'v mut Vm<'h>,
    names: &'v Names,
    classes: Vec<ObjRef>,
    /// The shared instances of the field-less classes (`_singletons` of py/ast.py), by class.
    singletons: ObjRef,
    depth: u32,
}

impl<'v, 'h> Ox<'v, 'h> {
    pub fn node(&mut self, class: usize) -> ObjRef {
        let d = self.vm.new_dict();
        alloc(&self.classes[class], InstanceBody { dict: RefCell::new(Some(d)), values: Default::default(), slots: RefCell::default() })
    }

    /// Stores a field or attribute in the node's `__dict__`.
    pub fn set(&mut self, o: &ObjRef, name: &'static str, v: ObjRef) {
        let k = self.vm.intern_static(name);
        if let Some(ib) = o.downcast::<InstanceBody>() {
            let Some(d) = ib.materialize(o) else { return };
            let _ = self.vm.dict_set(&d, k, v);
        }
    }

    pub fn loc(&mut self, o: &ObjRef, loc: &Loc) {
        let vals = [loc.lineno, loc.col_offset, loc.end_lineno, loc.end_col_offset];
        for (name, v) in ["lineno", "col_offset", "end_lineno", "end_col_offset"].into_iter().zip(vals) {
            let v = self.vm.int(v as i64);
            self.set(o, name, v);
        }
    }

    pub fn enter(&mut self) -> PyResult<()> {
        self.depth += 1;
        if self.depth > DEPTH_LIMIT {
            let e = self.vm.e.recursion_error.clone();
            return Err(self.vm.err(&e, "maximum recursion depth exceeded during ast construction"));
        }
        Ok(())
    }

    pub fn leave(&mut self) {
        self.depth -= 1;
    }

    pub fn ident(&mut self, id: &Ident) -> ObjRef {
        let s = self.names.get(*id);
        self.vm.intern(s)
    }

    pub fn opt_ident(&mut self, id: &Option<Ident>) -> ObjRef {
        match id {
            Some(i) => self.ident(i),
            None => self.vm.none.clone(),
        }
    }

    pub fn seq_idents(&mut self, ids: &[Ident]) -> ObjRef {
        let items = ids.iter().map(|i| self.ident(i)).collect();
        self.vm.list(items)
    }

    pub fn string(&mut self, s: &str) -> ObjRef {
        self.vm.str(s)
    }

    pub fn opt_string(&mut self, s: Option<&str>) -> ObjRef {
        match s {
            Some(s) => self.vm.str(s),
            None => self.vm.none.clone(),
        }
    }

    pub fn int(&mut self, v: &i32) -> ObjRef {
        self.vm.int(*v as i64)
    }

    /// An optional int (`ImportFrom.level`) is an int in the objects, 0 when absent.
    pub fn opt_int(&mut self, v: &Option<i32>) -> ObjRef {
        self.vm.int(v.unwrap_or(0) as i64)
    }

    pub fn constant(&mut self, c: &Constant) -> PyResult {
        let vm = &mut *self.vm;
        Ok(match c {
            Constant::None => vm.none.clone(),
            Constant::Bool(b) => vm.bool(*b),
            Constant::Ellipsis => vm.ellipsis.clone(),
            Constant::Int(i) => crate::objects::longobject::new_int(vm, i.clone()),
            Constant::Float(f) => vm.float(*f),
            Constant::Complex(re, im) => crate::objects::complexobject::new_complex(vm, *re, *im),
            Constant::Str(s) => vm.pystr(s.clone()),
            Constant::Bytes(b) => crate::objects::bytes_type::new_bytes(vm, b.to_vec()),
            Constant::Tuple(items) => {
                let mut v = Vec::with_capacity(items.len());
                for x in items.iter() {
                    v.push(self.constant(x)?);
                }
                self.vm.tuple(v)
            }
            Constant::FrozenSet(items) => {
                let mut v = Vec::with_capacity(items.len());
                for x in items.iter() {
                    v.push(self.constant(x)?);
                }
                let vm = &mut *self.vm;
                let s = crate::objects::setobject::new_set(vm, &vm.t.frozenset.clone());
                for x in v {
                    crate::objects::setobject::add(vm, &s, x)?;
                }
                s
            }
        })
    }

    /// The shared instance of field-less class number `class`.
    pub fn singleton(&mut self, class: usize) -> PyResult {
        let s = self.singletons.clone();
        match self.vm.dict_get_str(&s, CLASSES[class])? {
            Some(o) => Ok(o),
            None => Ok(self.node(class)),
        }
    }

    pub fn seq_singletons(&mut self, classes: impl Iterator<Item = usize>) -> PyResult {
        let mut items = Vec::new();
        for c in classes {
            items.push(self.singleton(c)?);
        }
        Ok(self.vm.list(items))
    }

    pub fn seq<T>(&mut self, xs: &[T], f: fn(&mut Ox, &T) -> PyResult) -> PyResult {
        let mut items = Vec::with_capacity(xs.len());
        for x in xs {
            items.push(f(self, x)?);
        }
        Ok(self.vm.list(items))
    }

    /// A list whose absent items are None (`Dict.keys`, `arguments.kw_defaults`).
    pub fn seq_opt<T>(&mut self, xs: &[Option<T>], f: fn(&mut Ox, &T) -> PyResult) -> PyResult {
        let mut items = Vec::with_capacity(xs.len());
        for x in xs {
            items.push(match x {
                Some(x) => f(self, x)?,
                None => self.vm.none.clone(),
            });
        }
        Ok(self.vm.list(items))
    }

    pub fn opt<T>(&mut self, x: Option<&T>, f: fn(&mut Ox, &T) -> PyResult) -> PyResult {
        match x {
            Some(x) => f(self, x),
            None => Ok(self.vm.none.clone()),
        }
    }
}

/// `PyAST_mod2obj`: the node objects of a tree.
pub fn mod2obj(vm: &mut Vm, tree: &crate::ast::Ast) -> PyResult {
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
    let singletons = match vm.dict_get_str(&d, "_singletons")? {
        Some(s) => s,
        None => vm.new_dict(),
    };
    let mut ox = Ox { vm, names: &tree.names, classes, singletons, depth: 0 };
    super::ast_ast2obj_gen::ast2obj_mod(&mut ox, &tree.module)
}
