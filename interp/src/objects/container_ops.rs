//! The container operators the number protocol falls back to: `list += iterable` and
//! `list *= n` in place (`list_inplace_concat`, `list_inplace_repeat` in Objects/listobject.c),
//! `dict | dict` and `dict |= mapping` (`dict_or`, `dict_ior` in Objects/dictobject.c).

use super::bodies::{DictBody, ListBody};
use super::object::ObjRef;
use super::typeobject::PyResult;
use crate::vm::Vm;

/// BINARY_OP `op` (0..25, in-place forms from 13) on a list or dict left operand, once the
/// number slots declined; None if it does not apply.
pub fn binary(vm: &mut Vm, a: &ObjRef, b: &ObjRef, op: u32) -> PyResult<Option<ObjRef>> {
    const ADD: u32 = 0;
    const MUL: u32 = 5;
    const OR: u32 = 7;
    const INPLACE: u32 = 13;
    if let Some(l) = a.downcast::<ListBody>() {
        if op == INPLACE + ADD {
            super::listobject::extend(vm, a, b)?;
            return Ok(Some(a.clone()));
        }
        if op == INPLACE + MUL {
            let Some(n) = super::longobject::small_int(b) else { return Ok(None) };
            super::listobject::inplace_repeat(vm, l, n)?;
            return Ok(Some(a.clone()));
        }
        return Ok(None);
    }
    if a.downcast::<DictBody>().is_some() {
        if op == INPLACE + OR {
            crate::builtins::dict_update_from(vm, a, b)?;
            return Ok(Some(a.clone()));
        }
        if (op == OR || op == INPLACE + OR) && b.downcast::<DictBody>().is_some() {
            let d = vm.new_dict();
            crate::builtins::dict_update_from(vm, &d, a)?;
            crate::builtins::dict_update_from(vm, &d, b)?;
            return Ok(Some(d));
        }
    }
    Ok(None)
}

/// Whether `o`'s type has `sq_repeat` (str, list, tuple, bytes, bytearray and their
/// subclasses): `x * y` with a non-int count then fails with "can't multiply sequence".
pub fn has_sq_repeat(o: &ObjRef) -> bool {
    use super::bodies::{StrBody, TupleBody};
    use super::bytes_type::{ByteArrayBody, BytesBody};
    o.downcast::<StrBody>().is_some()
        || o.downcast::<ListBody>().is_some()
        || o.downcast::<TupleBody>().is_some()
        || o.downcast::<BytesBody>().is_some()
        || o.downcast::<ByteArrayBody>().is_some()
}
