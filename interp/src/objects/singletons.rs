//! `NoneType`, `NotImplementedType` and `ellipsis` (Objects/object.c `none_new`,
//! `notimplemented_new`, Objects/sliceobject.c `ellipsis_new`): calling the type returns the
//! singleton and takes no arguments; `None.__bool__` is False.

use super::object::ObjRef;
use super::typeobject::{tp, PyResult};
use crate::vm::Vm;

fn no_args(vm: &mut Vm, args: &[ObjRef], what: &str) -> PyResult<()> {
    if args.is_empty() { Ok(()) } else { Err(vm.type_error(&format!("{what} takes no arguments"))) }
}

fn none_new(vm: &mut Vm, _t: &ObjRef, args: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    no_args(vm, args, "NoneType")?;
    Ok(vm.none.clone())
}

fn notimpl_new(vm: &mut Vm, _t: &ObjRef, args: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    no_args(vm, args, "NotImplementedType")?;
    Ok(vm.notimpl.clone())
}

fn ellipsis_new(vm: &mut Vm, _t: &ObjRef, args: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    no_args(vm, args, "EllipsisType")?;
    Ok(vm.ellipsis.clone())
}

fn none_bool(vm: &mut Vm, a: &[ObjRef], kw: Option<&ObjRef>) -> PyResult {
    super::methodargs::bind(vm, "NoneType.__bool__", &[], 0, super::methodargs::Style::NoArgs, a, kw)?;
    Ok(vm.false_.clone())
}

fn none_repr(vm: &mut Vm, a: &[ObjRef], kw: Option<&ObjRef>) -> PyResult {
    super::methodargs::bind(vm, "NoneType.__repr__", &[], 0, super::methodargs::Style::NoArgs, a, kw)?;
    Ok(vm.str("None"))
}

pub fn install(vm: &mut Vm) {
    tp(&vm.t.none).slots.new.set(Some(none_new));
    tp(&vm.t.notimpl).slots.new.set(Some(notimpl_new));
    tp(&vm.t.ellipsis).slots.new.set(Some(ellipsis_new));
    let n = vm.t.none.clone();
    vm.add_method(&n, "__bool__", none_bool);
    vm.add_method(&n, "__repr__", none_repr);
    // `tp_hash = PyObject_HashNotImplemented` shows as `__hash__ = None` in the type's dict.
    for t in [vm.t.list.clone(), vm.t.dict.clone(), vm.t.set.clone()] {
        let none = vm.none.clone();
        vm.type_set(&t, "__hash__", none);
    }
    for (t, what) in [(vm.t.none.clone(), "None"), (vm.t.notimpl.clone(), "NotImplemented"), (vm.t.ellipsis.clone(), "Ellipsis")] {
        let doc = vm.str(&format!("The type of the {what} singleton."));
        vm.type_set(&t, "__doc__", doc);
    }
}
