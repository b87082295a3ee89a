//! The data attributes of code objects beyond the few `slots` serves itself (Objects/codeobject.c
//! `code_memberlist` and `code_getsetlist`): the variable-name tuples, counts, flags, qualified
//! name. `co_code`, `co_linetable` and `co_exceptiontable` wait for runtime bytes objects.

use super::bodies::CodeBody;
use super::object::ObjRef;
use crate::vm::Vm;
use std::rc::Rc;

fn names(vm: &mut Vm, v: Vec<Rc<str>>) -> ObjRef {
    let items = v.iter().map(|n| vm.intern(n)).collect();
    vm.tuple(items)
}

/// `code.<name>` for the attributes listed above, or None.
pub fn code_attr(vm: &mut Vm, c: &CodeBody, name: &str) -> Option<ObjRef> {
    let code = &c.code;
    Some(match name {
        "co_varnames" => names(vm, code.varnames()),
        "co_cellvars" => names(vm, code.cellvars()),
        "co_freevars" => names(vm, code.freevars()),
        "co_nlocals" => vm.int(code.nlocals() as i64),
        "co_stacksize" => vm.int(code.stacksize as i64),
        "co_flags" => vm.int(code.flags as i64),
        "co_posonlyargcount" => vm.int(code.posonlyargcount as i64),
        "co_kwonlyargcount" => vm.int(code.kwonlyargcount as i64),
        "co_qualname" => vm.str(&code.qualname),
        _ => return None,
    })
}
