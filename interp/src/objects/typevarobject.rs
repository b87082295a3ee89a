//! The PEP 695 intrinsics (Objects/typevarobject.c, Python/intrinsics.c): `def f[T: int]`,
//! `class C[*Ts]` and `type X = ...` create `TypeVar`, `ParamSpec`, `TypeVarTuple` and
//! `TypeAliasType` objects whose bounds, constraints, defaults and values are evaluated lazily
//! by the small functions the compiler passes; a generic class gets `Generic[*params]` as a
//! base. The objects themselves are the Python classes of `modules/py/typing.py` (CPython
//! builds them in C and imports `typing` for `Generic`'s aliases); the intrinsics call its
//! `_pep695_*` functions.

use super::bodies::*;
use super::object::ObjRef;
use super::typeobject::{tp, PyResult};
use crate::vm::Vm;

/// The `typing` module, imported on first use.
fn typing(vm: &mut Vm) -> PyResult {
    let name = vm.str("typing");
    let fromlist = vm.empty_tuple.clone();
    crate::import::import_module_level(vm, &name, None, &fromlist, 0)
}

fn call_typing(vm: &mut Vm, func: &str, args: &[ObjRef]) -> PyResult {
    let m = typing(vm)?;
    let f = vm.getattr_str(&m, func)?;
    vm.call(&f, args, None)
}

/// The `__name__` of the running frame's module (what `caller()` in typevarobject.c finds).
fn caller_module(vm: &mut Vm) -> PyResult {
    let g = vm.frames.last().map(|f| f.globals.clone());
    if let Some(g) = g {
        if let Some(n) = vm.dict_get_str(&g, "__name__")? {
            return Ok(n);
        }
    }
    Ok(vm.none.clone())
}

/// INTRINSIC_TYPEVAR (7), INTRINSIC_PARAMSPEC (8), INTRINSIC_TYPEVARTUPLE (9),
/// INTRINSIC_SUBSCRIPT_GENERIC (10) and INTRINSIC_TYPEALIAS (11).
pub fn intrinsic_1(vm: &mut Vm, arg: u32, v: ObjRef) -> PyResult {
    let r = match arg {
        7 => call_typing(vm, "_pep695_typevar", &[v])?,
        8 => call_typing(vm, "_pep695_paramspec", &[v])?,
        9 => call_typing(vm, "_pep695_typevartuple", &[v])?,
        10 => return call_typing(vm, "_pep695_generic", &[v]),
        11 => {
            let items = v.downcast::<TupleBody>().map(|t| t.items.to_vec()).unwrap_or_default();
            if items.len() != 3 {
                return Err(vm.type_error("type alias intrinsic expects (name, type_params, compute_value)"));
            }
            let module = caller_module(vm)?;
            return call_typing(vm, "_pep695_alias", &[items[0].clone(), items[1].clone(), items[2].clone(), module]);
        }
        _ => return Err(vm.err(&vm.e.not_implemented_error.clone(), &format!("pyref: CALL_INTRINSIC_1 {arg} is not built yet"))),
    };
    set_module(vm, &r)?;
    Ok(r)
}

fn set_module(vm: &mut Vm, o: &ObjRef) -> PyResult<()> {
    let module = caller_module(vm)?;
    let n = vm.intern("__module__");
    vm.setattr(o, &n, Some(module))
}

/// INTRINSIC_TYPEVAR_WITH_BOUND (2), INTRINSIC_TYPEVAR_WITH_CONSTRAINTS (3),
/// INTRINSIC_SET_FUNCTION_TYPE_PARAMS (4) and INTRINSIC_SET_TYPEPARAM_DEFAULT (5).
pub fn intrinsic_2(vm: &mut Vm, arg: u32, v2: ObjRef, v1: ObjRef) -> PyResult {
    match arg {
        2 => {
            let r = call_typing(vm, "_pep695_typevar", &[v2, v1])?;
            set_module(vm, &r)?;
            Ok(r)
        }
        3 => {
            let none = vm.none.clone();
            let r = call_typing(vm, "_pep695_typevar", &[v2, none, v1])?;
            set_module(vm, &r)?;
            Ok(r)
        }
        4 => {
            let n = vm.intern("__type_params__");
            vm.setattr(&v2, &n, Some(v1))?;
            Ok(v2)
        }
        5 => call_typing(vm, "_pep695_set_default", &[v2, v1]),
        _ => Err(vm.err(&vm.e.not_implemented_error.clone(), &format!("pyref: CALL_INTRINSIC_2 {arg} is not built yet"))),
    }
}

/// Whether `o` is a `typing.TypeAliasType` (unionable with `|`).
pub fn is_type_alias(_vm: &Vm, o: &ObjRef) -> bool {
    let t = o.type_of();
    let t = tp(&t);
    t.name() == "TypeAliasType" && *t.module.borrow() == "typing"
}
