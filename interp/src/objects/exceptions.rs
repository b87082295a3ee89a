//! The members built-in exception types add to BaseException (Objects/exceptions.c):
//! `StopIteration.value`, `SystemExit.code`, `NameError.name`, `AttributeError.name`/`obj`,
//! `ImportError.name`/`path`/`msg`, `OSError.errno`/`strerror`/`filename`/`filename2`,
//! set from the constructor's arguments as each type's `__init__` does. The runtime sets
//! `name`/`obj` itself where CPython's C code does (failed name and attribute lookups).

use super::bodies::*;
use super::object::ObjRef;
use super::typeobject::is_subtype;
use crate::vm::Vm;

fn first_or_none(vm: &Vm, args: &[ObjRef]) -> ObjRef {
    args.first().cloned().unwrap_or_else(|| vm.none.clone())
}

/// The members an exception of type `ty` gets from positional `args`.
pub fn members_from_args(vm: &Vm, ty: &ObjRef, args: &[ObjRef]) -> Vec<(&'static str, ObjRef)> {
    let e = &vm.e;
    let none = || vm.none.clone();
    if is_subtype(ty, &e.stop_iteration) {
        return vec![("value", first_or_none(vm, args))];
    }
    if is_subtype(ty, &e.system_exit) {
        let code = match args.len() {
            0 => none(),
            1 => args[0].clone(),
            _ => vm.tuple(args.to_vec()),
        };
        return vec![("code", code)];
    }
    if is_subtype(ty, &e.name_error) {
        return vec![("name", none())];
    }
    if is_subtype(ty, &e.attribute_error) {
        return vec![("name", none()), ("obj", none())];
    }
    if is_subtype(ty, &e.import_error) {
        let msg = if args.len() == 1 { args[0].clone() } else { none() };
        return vec![("msg", msg), ("name", none()), ("path", none()), ("name_from", none())];
    }
    if is_subtype(ty, &e.os_error) {
        let (errno, strerror, filename, filename2) = if (2..=5).contains(&args.len()) {
            (args[0].clone(), args[1].clone(), args.get(2).cloned().unwrap_or_else(none), args.get(4).cloned().unwrap_or_else(none))
        } else {
            (none(), none(), none(), none())
        };
        return vec![("errno", errno), ("strerror", strerror), ("filename", filename), ("filename2", filename2)];
    }
    Vec::new()
}

/// Reads member `name` of an exception, if its type has one.
pub fn member(_vm: &Vm, o: &ObjRef, name: &str) -> Option<ObjRef> {
    let e = o.downcast::<ExcBody>()?;
    let m = e.members.borrow();
    m.iter().find(|(n, _)| *n == name).map(|(_, v)| v.clone())
}

/// Sets member `name` (when the type has it); false otherwise.
pub fn set_member(o: &ObjRef, name: &str, v: ObjRef) -> bool {
    let Some(e) = o.downcast::<ExcBody>() else { return false };
    let mut m = e.members.borrow_mut();
    match m.iter_mut().find(|(n, _)| *n == name) {
        Some(slot) => {
            slot.1 = v;
            true
        }
        None => false,
    }
}
