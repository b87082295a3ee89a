//! Built-in modules (Modules/*, Python/sysmodule.c) and the import of them.

pub mod math;
pub mod sys;
pub mod sys_numbers;

use crate::objects::bodies::*;
use crate::objects::object::{alloc, ObjRef};
use crate::objects::typeobject::*;
use crate::vm::Vm;

/// A new module object named `name`.
pub fn new_module(vm: &mut Vm, name: &str) -> ObjRef {
    let d = vm.new_dict();
    let n = vm.str(name);
    vm.dict_set_str(&d, "__name__", n);
    let none = vm.none.clone();
    vm.dict_set_str(&d, "__doc__", none);
    alloc(&vm.t.module.clone(), ModuleBody { dict: d })
}

/// `IMPORT_NAME` for the built-in modules pyref has (`sys`); others are not found yet.
pub fn import(vm: &mut Vm, name: &str) -> PyResult {
    if let Some(m) = vm.modules.get(name) {
        return Ok(m.clone());
    }
    let m = match name {
        "sys" => sys::make(vm),
        "math" => math::make(vm),
        _ => {
            let msg = format!("No module named '{name}'");
            let e = vm.err(&vm.e.module_not_found_error.clone(), &msg);
            return Err(e);
        }
    };
    vm.modules.insert(name.to_string(), m.clone());
    Ok(m)
}
