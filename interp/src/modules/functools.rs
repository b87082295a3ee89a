//! The native `_functools` module (Modules/_functoolsmodule.c): `reduce`, which `functools`
//! (Lib/functools.py, modules/py/functools.py here) imports as CPython's does.

use super::{add_functions, new_module};
use crate::objects::bodies::*;
use crate::objects::object::ObjRef;
use crate::objects::typeobject::*;
use crate::vm::Vm;

/// `reduce(function, iterable[, initial], /)`: folds the items left to right; positional-only
/// arguments checked as `_PyArg_CheckPositional` does.
fn reduce(vm: &mut Vm, a: &[ObjRef], kw: Option<&ObjRef>) -> PyResult {
    if kw.and_then(|k| k.downcast::<TupleBody>()).is_some_and(|t| !t.items.is_empty()) {
        return Err(vm.type_error("reduce() takes no keyword arguments"));
    }
    match a.len() {
        0 | 1 => return Err(vm.type_error(&format!("reduce expected at least 2 arguments, got {}", a.len()))),
        2 | 3 => {}
        n => return Err(vm.type_error(&format!("reduce expected at most 3 arguments, got {n}"))),
    }
    let it = match vm.get_iter(&a[1]) {
        Ok(it) => it,
        Err(e) if is_subtype(&e.0.type_of(), &vm.e.type_error) => {
            return Err(vm.type_error("reduce() arg 2 must support iteration"));
        }
        Err(e) => return Err(e),
    };
    let mut acc = a.get(2).cloned();
    while let Some(x) = vm.next(&it)? {
        acc = Some(match acc {
            None => x,
            Some(v) => vm.call(&a[0], &[v, x], None)?,
        });
    }
    acc.ok_or_else(|| vm.type_error("reduce() of empty iterable with no initial value"))
}

pub fn make(vm: &mut Vm) -> PyResult {
    let m = new_module(vm, "_functools");
    add_functions(vm, &m, &[("reduce", reduce)]);
    Ok(m)
}
