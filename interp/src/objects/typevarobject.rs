//! PEP 695 typing objects (Objects/typevarobject.c).

use super::object::ObjRef;
use super::typeobject::PyResult;
use crate::vm::Vm;

pub fn intrinsic_1(vm: &mut Vm, arg: u32, _v: ObjRef) -> PyResult {
    Err(vm.err(&vm.e.not_implemented_error.clone(), &format!("pyref: CALL_INTRINSIC_1 {arg} is not built yet")))
}

pub fn intrinsic_2(vm: &mut Vm, arg: u32, _v2: ObjRef, _v1: ObjRef) -> PyResult {
    Err(vm.err(&vm.e.not_implemented_error.clone(), &format!("pyref: CALL_INTRINSIC_2 {arg} is not built yet")))
}
