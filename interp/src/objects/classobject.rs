//! Constructing bound methods from Python (Objects/classobject.c `method_new`):
//! `types.MethodType(func, obj)` with CPython's argument checks.

use super::bodies::*;
use super::object::{alloc, ObjRef};
use super::typeobject::{tp, PyResult};
use crate::vm::Vm;

/// `method.__new__`: exactly two positional arguments, a callable and a non-None instance.
fn method_new(vm: &mut Vm, _t: &ObjRef, args: &[ObjRef], kw: Option<&ObjRef>) -> PyResult {
    let nkw = kw.and_then(|k| k.downcast::<TupleBody>()).map(|t| t.items.len()).unwrap_or(0);
    if nkw > 0 {
        return Err(vm.type_error("method() takes no keyword arguments"));
    }
    if args.len() != 2 {
        return Err(vm.type_error(&format!("method expected 2 arguments, got {}", args.len())));
    }
    let (func, obj) = (&args[0], &args[1]);
    if func.downcast::<FunctionBody>().is_none() && tp(&func.type_of()).slots.call.get().is_none() {
        return Err(vm.type_error("first argument must be callable"));
    }
    if obj.is(&vm.none) {
        return Err(vm.type_error("instance must not be None"));
    }
    Ok(alloc(&vm.t.method.clone(), MethodBody { func: func.clone(), self_: obj.clone() }))
}

pub fn install(vm: &mut Vm) {
    let t = vm.t.method.clone();
    tp(&t).slots.new.set(Some(method_new));
}
