//! The text methods of `float` (Objects/floatobject.c `float_hex`, `float_fromhex`): the runtime
//! side of `float_format`'s pure functions.

use super::bodies::*;
use super::methodargs::{bind, Style};
use super::object::{alloc, ObjRef};
use super::typeobject::*;
use crate::vm::Vm;

fn m_hex(vm: &mut Vm, a: &[ObjRef], kw: Option<&ObjRef>) -> PyResult {
    bind(vm, "float.hex", &[], 0, Style::NoArgs, a, kw)?;
    let x = a[0].downcast::<FloatBody>().map(|f| f.v).unwrap_or(0.0);
    Ok(vm.str(&super::float_format::float_hex(x)))
}

/// `float.fromhex(string)`, a classmethod: `a[0]` is the class.
fn m_fromhex(vm: &mut Vm, a: &[ObjRef], kw: Option<&ObjRef>) -> PyResult {
    let p = bind(vm, "float.fromhex", &["string"], 1, Style::One, a, kw)?;
    let s = p[0].clone().unwrap();
    let Some(sb) = s.downcast::<StrBody>() else {
        return Err(vm.type_error("bad argument type for built-in operation"));
    };
    let text = sb.text().into_owned();
    match super::float_format::float_fromhex(&text) {
        Ok(v) => {
            let r = vm.float(v);
            if a[0].is(&vm.t.float) {
                return Ok(r);
            }
            vm.call(&a[0], &[r], None)
        }
        Err(e) => Err(super::str_type::text_err(vm, e)),
    }
}

pub fn install(vm: &mut Vm) {
    let t = vm.t.float.clone();
    let d = alloc(&vm.t.method_descr.clone(), MethodDescrBody { name: "hex", f: m_hex, owner: t.clone() });
    vm.type_set(&t, "hex", d);
    let f = vm.builtin_fn("fromhex", m_fromhex, None);
    let cm = alloc(&vm.t.classmethod.clone(), ClassMethodBody { f });
    vm.type_set(&t, "fromhex", cm);
}
