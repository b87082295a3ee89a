//! The built-ins that show namespaces: `globals()`, `locals()`, `vars()` and `dir()`
//! (Python/bltinmodule.c `builtin_globals`, `builtin_locals`, `builtin_vars`, `builtin_dir`;
//! Objects/object.c `_dir_locals`/`_dir_object`, Objects/typeobject.c `type___dir__`/
//! `object___dir__`, Objects/moduleobject.c `module_dir`). In a function, `locals()` is a new
//! snapshot dict of the frame's variables, as in 3.13 (PEP 667).

use crate::objects::bodies::*;
use crate::objects::object::ObjRef;
use crate::objects::typeobject::*;
use crate::vm::Vm;

fn no_args(vm: &mut Vm, name: &str, args: &[ObjRef], kw: Option<&ObjRef>) -> PyResult<()> {
    if kw.and_then(|k| k.downcast::<TupleBody>()).is_some_and(|t| !t.items.is_empty()) {
        return Err(vm.type_error(&format!("{name}() takes no keyword arguments")));
    }
    if !args.is_empty() {
        return Err(vm.type_error(&format!("{name}() takes no arguments ({} given)", args.len())));
    }
    Ok(())
}

/// The current frame's locals mapping, or a snapshot dict of a function frame's variables.
pub fn frame_locals(vm: &mut Vm) -> ObjRef {
    let Some(fr) = vm.frames.last() else { return vm.new_dict() };
    if let Some(l) = &fr.locals {
        return l.clone();
    }
    let (code, base) = (fr.code.clone(), fr.base);
    let cb = code.downcast::<CodeBody>().unwrap();
    let d = vm.new_dict();
    for (i, name) in cb.localsplusnames.iter().enumerate() {
        let Some(v) = vm.stack.get(base + i).cloned().flatten() else { continue };
        let kind = cb.code.localspluskinds.get(i).copied().unwrap_or(0);
        let is_cell = kind & (crate::code::kinds::CO_FAST_CELL | crate::code::kinds::CO_FAST_FREE) != 0;
        let v = match (is_cell, v.downcast::<CellBody>()) {
            (true, Some(c)) => match c.value.borrow().clone() {
                Some(x) => x,
                None => continue,
            },
            _ => v,
        };
        let _ = vm.dict_set(&d, name.clone(), v);
    }
    // Names written through `frame.f_locals` (PEP 667's extra locals).
    let extra = vm.frames.last().and_then(|f| f.fobj.as_ref()).and_then(crate::objects::framelocals::extra_locals);
    if let Some(x) = extra {
        let items: Vec<(ObjRef, ObjRef)> = x.downcast::<DictBody>().unwrap().table.borrow().iter().map(|(k, v)| (k.clone(), v.clone())).collect();
        for (k, v) in items {
            let _ = vm.dict_set(&d, k, v);
        }
    }
    d
}

pub fn builtin_globals(vm: &mut Vm, args: &[ObjRef], kw: Option<&ObjRef>) -> PyResult {
    no_args(vm, "globals", args, kw)?;
    match vm.frames.last() {
        Some(f) => Ok(f.globals.clone()),
        None => Ok(vm.new_dict()),
    }
}

pub fn builtin_locals(vm: &mut Vm, args: &[ObjRef], kw: Option<&ObjRef>) -> PyResult {
    no_args(vm, "locals", args, kw)?;
    Ok(frame_locals(vm))
}

/// `obj.__dict__` where the object has one.
fn dict_of(vm: &mut Vm, o: &ObjRef) -> PyResult<Option<ObjRef>> {
    if let Some(m) = o.downcast::<ModuleBody>() {
        return Ok(Some(m.dict.clone()));
    }
    if let Some(t) = o.downcast::<TypeObject>() {
        return Ok(t.dict.borrow().clone());
    }
    if let Some(d) = crate::objects::slots::instance_dict(o) {
        return Ok(Some(d));
    }
    match vm.getattr_str(o, "__dict__") {
        Ok(d) => Ok(Some(d)),
        Err(e) if is_subtype(&e.0.type_of(), &vm.e.attribute_error) => Ok(None),
        Err(e) => Err(e),
    }
}

pub fn builtin_vars(vm: &mut Vm, args: &[ObjRef], kw: Option<&ObjRef>) -> PyResult {
    if kw.and_then(|k| k.downcast::<TupleBody>()).is_some_and(|t| !t.items.is_empty()) {
        return Err(vm.type_error("vars() takes no keyword arguments"));
    }
    match args.len() {
        0 => Ok(frame_locals(vm)),
        1 => match dict_of(vm, &args[0])? {
            // A class's `__dict__` is seen through a read-only mappingproxy.
            Some(d) if args[0].downcast::<TypeObject>().is_some() && d.downcast::<DictBody>().is_some() => Ok(crate::objects::mappingproxy::new(vm, d)),
            Some(d) => Ok(d),
            None => Err(vm.type_error("vars() argument must have __dict__ attribute")),
        },
        n => Err(vm.type_error(&format!("vars expected at most 1 argument, got {n}"))),
    }
}

fn keys_into(d: &ObjRef, out: &mut Vec<ObjRef>) {
    if let Some(db) = d.downcast::<DictBody>() {
        out.extend(db.table.borrow().iter().map(|(k, _)| k.clone()));
    }
}

/// `type.__dir__`: the names in the type's dict and its bases' dicts.
fn type_names(t: &ObjRef, out: &mut Vec<ObjRef>) {
    for base in tp(t).mro.borrow().iter() {
        if let Some(d) = tp(base).dict.borrow().as_ref() {
            keys_into(d, out);
        }
    }
}

/// The names `dir(o)` lists without a custom `__dir__` (`object.__dir__`, `type.__dir__`,
/// `module.__dir__`), unsorted.
pub fn default_dir_names(vm: &mut Vm, o: &ObjRef) -> PyResult<Vec<ObjRef>> {
    let mut names = Vec::new();
    if let Some(m) = o.downcast::<ModuleBody>() {
        let d = m.dict.clone();
        match vm.dict_get_str(&d, "__dir__")? {
            Some(f) => {
                let r = vm.call(&f, &[], None)?;
                names = vm.collect(&r)?;
            }
            None => keys_into(&d, &mut names),
        }
    } else if o.downcast::<TypeObject>().is_some() {
        type_names(o, &mut names);
    } else {
        if let Some(d) = crate::objects::slots::instance_dict(o) {
            keys_into(&d, &mut names);
        }
        type_names(&o.type_of(), &mut names);
    }
    Ok(names)
}

pub fn builtin_dir(vm: &mut Vm, args: &[ObjRef], kw: Option<&ObjRef>) -> PyResult {
    if kw.and_then(|k| k.downcast::<TupleBody>()).is_some_and(|t| !t.items.is_empty()) {
        return Err(vm.type_error("dir() takes no keyword arguments"));
    }
    if args.len() > 1 {
        return Err(vm.type_error(&format!("dir expected at most 1 argument, got {}", args.len())));
    }
    let names: Vec<ObjRef>;
    let mut keep_repeats = false;
    match args.first() {
        None => {
            let l = frame_locals(vm);
            names = vm.collect(&l)?;
        }
        Some(o) => {
            let ty = o.type_of();
            let custom = {
                let n = vm.intern("__dir__");
                // `object.__dir__` and `type.__dir__` are the defaults below.
                vm.type_lookup(&ty, &n).filter(|f| tp(&ty).has_flag(tpflags::HEAPTYPE) && f.downcast::<MethodDescrBody>().is_none())
            };
            if let Some(f) = custom {
                let r = vm.call(&f, &[o.clone()], None)?;
                names = vm.collect(&r)?;
                keep_repeats = true;
            } else {
                names = default_dir_names(vm, o)?;
            }
        }
    }
    // Sorted and without repeats (`sorted(set(...))`; names are strs in practice).
    let mut strs: Vec<(String, ObjRef)> = Vec::with_capacity(names.len());
    for n in names {
        match n.downcast::<StrBody>() {
            Some(s) => strs.push((s.text().into_owned(), n.clone())),
            None => return Err(vm.type_error(&format!("'<' not supported between instances of '{}' and 'str'", vm.type_name(&n)))),
        }
    }
    strs.sort_by(|a, b| a.0.cmp(&b.0));
    // A __dir__ result is only sorted (`sorted(obj.__dir__())`); the default lists are sets.
    if !keep_repeats {
        strs.dedup_by(|a, b| a.0 == b.0);
    }
    let v = strs.into_iter().map(|(_, o)| o).collect();
    Ok(vm.list(v))
}
