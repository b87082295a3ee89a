//! The descriptor protocol seen as methods (Objects/typeobject.c `wrap_descr_get`,
//! `wrap_descr_set`, `wrap_descr_delete`): `__get__` on function, method_descriptor,
//! classmethod, staticmethod, property and member_descriptor, and `__set__`/`__delete__` on the
//! data descriptors, so that `hasattr(type(d), "__get__")` (inspect's predicates) and explicit
//! `d.__get__(obj, cls)` calls work as in CPython.

use super::bodies::*;
use super::object::{alloc, ObjRef};
use super::typeobject::{tp, PyResult};
use crate::vm::Vm;

type Args<'a> = &'a [ObjRef];
type Kw<'a> = Option<&'a ObjRef>;

/// `wrap_descr_get`: `d.__get__(obj, type=None)`; both None is an error.
fn w_get(vm: &mut Vm, a: Args, _kw: Kw) -> PyResult {
    if a.len() < 2 || a.len() > 3 {
        return Err(vm.type_error(&format!("expected 1 or 2 arguments, got {}", a.len().saturating_sub(1))));
    }
    let d = a[0].clone();
    let obj = if a[1].is(&vm.none) { None } else { Some(a[1].clone()) };
    let ty = a.get(2).filter(|t| !t.is(&vm.none)).cloned();
    let owner = match (&ty, &obj) {
        (Some(t), _) => t.clone(),
        (None, Some(o)) => o.type_of(),
        (None, None) => return Err(vm.type_error("__get__(None, None) is invalid")),
    };
    super::attrs::descr_get(vm, d, obj.as_ref(), &owner)
}

fn set_or_delete(vm: &mut Vm, d: &ObjRef, obj: &ObjRef, v: Option<ObjRef>) -> PyResult {
    if d.downcast::<super::member_slots::MemberBody>().is_some() {
        super::member_slots::set(vm, d, obj, v)?;
        return Ok(vm.none.clone());
    }
    let Some(p) = d.downcast::<PropertyBody>() else { return Ok(vm.none.clone()) };
    let f = if v.is_some() { p.fset.clone() } else { p.fdel.clone() };
    match f {
        Some(f) => {
            let mut a = vec![obj.clone()];
            a.extend(v);
            vm.call(&f, &a, None)?;
            Ok(vm.none.clone())
        }
        None => {
            let n = super::attrs::prop_name(p).map(|n| format!("'{n}' ")).unwrap_or_default();
            let what = if v.is_some() { "setter" } else { "deleter" };
            Err(vm.err(&vm.e.attribute_error, &format!("property {n}of '{}' object has no {what}", vm.type_name(obj))))
        }
    }
}

/// `wrap_descr_set`: `d.__set__(obj, value)`.
fn w_set(vm: &mut Vm, a: Args, _kw: Kw) -> PyResult {
    if a.len() != 3 {
        return Err(vm.type_error(&format!("expected 2 arguments, got {}", a.len().saturating_sub(1))));
    }
    set_or_delete(vm, &a[0], &a[1], Some(a[2].clone()))
}

/// `wrap_descr_delete`: `d.__delete__(obj)`.
fn w_delete(vm: &mut Vm, a: Args, _kw: Kw) -> PyResult {
    if a.len() != 2 {
        return Err(vm.type_error(&format!("expected 1 argument, got {}", a.len().saturating_sub(1))));
    }
    set_or_delete(vm, &a[0], &a[1], None)
}

/// `sm_repr` / `cm_repr`: `<staticmethod(<wrapped repr>)>`.
fn wrapper_repr(vm: &mut Vm, o: &ObjRef) -> PyResult {
    let (kind, f) = if let Some(sm) = o.downcast::<StaticMethodBody>() {
        ("staticmethod", sm.f.clone())
    } else if let Some(cm) = o.downcast::<ClassMethodBody>() {
        ("classmethod", cm.f.clone())
    } else {
        return Ok(vm.str(&format!("<{} object>", vm.type_name(o))));
    };
    let inner = vm.repr_string(&f)?;
    Ok(vm.str(&format!("<{kind}({inner})>")))
}

/// Puts the wrappers in the built-in descriptor types' dicts.
pub fn install(vm: &mut Vm) {
    let getters = [
        vm.t.function.clone(),
        vm.t.method_descr.clone(),
        vm.t.classmethod.clone(),
        vm.t.staticmethod.clone(),
        vm.t.property.clone(),
        vm.t.member_descr.clone(),
    ];
    for t in getters {
        let d = alloc(&vm.t.method_descr.clone(), MethodDescrBody { name: "__get__", f: w_get, owner: t.clone() });
        vm.type_set(&t, "__get__", d);
    }
    for t in [vm.t.staticmethod.clone(), vm.t.classmethod.clone()] {
        if tp(&t).slots.repr.get().is_none() {
            tp(&t).slots.repr.set(Some(wrapper_repr));
        }
    }
    for t in [vm.t.property.clone(), vm.t.member_descr.clone()] {
        let d = alloc(&vm.t.method_descr.clone(), MethodDescrBody { name: "__set__", f: w_set, owner: t.clone() });
        vm.type_set(&t, "__set__", d);
        let d = alloc(&vm.t.method_descr.clone(), MethodDescrBody { name: "__delete__", f: w_delete, owner: t.clone() });
        vm.type_set(&t, "__delete__", d);
    }
}
