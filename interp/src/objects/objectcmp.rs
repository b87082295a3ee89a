//! `object.__lt__`, `__le__`, `__gt__`, `__ge__` (`object_richcompare` in Objects/typeobject.c):
//! the ordering comparisons of `object` return NotImplemented for any argument.

use super::object::ObjRef;
use super::typeobject::PyResult;
use crate::vm::Vm;

fn not_implemented(vm: &mut Vm, a: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    if a.len() != 2 {
        return Err(vm.type_error(&format!("expected 1 argument, got {}", a.len().saturating_sub(1))));
    }
    Ok(vm.notimpl.clone())
}

pub fn install(vm: &mut Vm) {
    let o = vm.t.object.clone();
    for name in ["__lt__", "__le__", "__gt__", "__ge__"] {
        let n = vm.intern(name);
        if vm.type_lookup(&o, &n).is_none() {
            vm.add_method(&o, name, not_implemented);
        }
    }
}
