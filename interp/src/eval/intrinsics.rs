//! The intrinsic functions of CALL_INTRINSIC_1 and CALL_INTRINSIC_2 (Python/intrinsics.c) that
//! are more than a line in the eval loop: PEP 479's StopIteration translation, the async
//! generator value wrapper, `single`-mode printing and the typing intrinsics of PEP 695
//! (built in `objects/typevarobject.rs`).

use crate::code::flags;
use crate::objects::bodies::*;
use crate::objects::object::ObjRef;
use crate::objects::typeobject::{is_subtype, PyErr, PyResult};
use crate::vm::Vm;

/// INTRINSIC_STOPITERATION_ERROR: StopIteration leaving a generator, coroutine or async
/// generator (and StopAsyncIteration leaving an async generator) becomes RuntimeError (PEP 479);
/// anything else goes on as it is. The result is a value: the RERAISE that follows raises it, so
/// the new RuntimeError has no traceback entry for this frame.
pub fn stopiteration_error(vm: &mut Vm, code_flags: u32, v: ObjRef) -> ObjRef {
    let is_async_gen = code_flags & flags::CO_ASYNC_GENERATOR != 0;
    let msg = if is_subtype(&v.type_of(), &vm.e.stop_iteration) {
        if is_async_gen {
            "async generator raised StopIteration"
        } else if code_flags & flags::CO_COROUTINE != 0 {
            "coroutine raised StopIteration"
        } else {
            "generator raised StopIteration"
        }
    } else if is_async_gen && super::coro::is_stop_async_iteration(vm, &v) {
        "async generator raised StopAsyncIteration"
    } else {
        return v;
    };
    let e = vm.err(&vm.e.runtime_error.clone(), msg);
    if let Some(eb) = e.0.downcast::<ExcBody>() {
        *eb.cause.borrow_mut() = Some(v.clone());
        *eb.context.borrow_mut() = Some(v);
        eb.suppress_context.set(true);
    }
    e.0
}

/// The other CALL_INTRINSIC_1 functions.
pub fn call_1(vm: &mut Vm, arg: u32, v: ObjRef) -> PyResult {
    match arg {
        1 => print_expr(vm, v),
        4 => Ok(super::asyncgen::wrap(vm, v)),
        7..=11 => crate::objects::typevarobject::intrinsic_1(vm, arg, v),
        _ => Err(vm.err(&vm.e.not_implemented_error.clone(), &format!("pyref: CALL_INTRINSIC_1 {arg} is not built yet"))),
    }
}

/// The CALL_INTRINSIC_2 functions after INTRINSIC_PREP_RERAISE_STAR.
pub fn call_2(vm: &mut Vm, arg: u32, v2: ObjRef, v1: ObjRef) -> PyResult {
    match arg {
        2..=5 => crate::objects::typevarobject::intrinsic_2(vm, arg, v2, v1),
        _ => Err(vm.err(&vm.e.not_implemented_error.clone(), &format!("pyref: CALL_INTRINSIC_2 {arg} is not built yet"))),
    }
}

/// INTRINSIC_PRINT (`print_expr`): an expression statement of `single` mode goes to
/// `sys.displayhook` when a program installed one, else to the default hook.
fn print_expr(vm: &mut Vm, v: ObjRef) -> PyResult {
    let mods = crate::import::sys_modules(vm);
    if let Some(sys) = vm.dict_get_str(&mods, "sys")? {
        if let Some(d) = sys.downcast::<ModuleBody>().map(|m| m.dict.clone()) {
            if let Some(hook) = vm.dict_get_str(&d, "displayhook")? {
                vm.call(&hook, &[v], None)?;
                return Ok(vm.none.clone());
            }
        }
    }
    display_default(vm, v)
}

/// The default `sys.displayhook`: the value's repr to `sys.stdout`, the value kept in
/// `builtins._` (None is not shown).
fn display_default(vm: &mut Vm, v: ObjRef) -> PyResult {
    if v.is(&vm.none) {
        return Ok(vm.none.clone());
    }
    let b = vm.builtins.clone();
    let none = vm.none.clone();
    vm.dict_set_str(&b, "_", none);
    let mut text = vm.repr_string(&v)?;
    text.push('\n');
    let mods = crate::import::sys_modules(vm);
    let out = match vm.dict_get_str(&mods, "sys")? {
        Some(sys) => Some(vm.getattr_str(&sys, "stdout")?),
        None => None,
    };
    match out {
        Some(out) => {
            let w = vm.getattr_str(&out, "write")?;
            let s = vm.str(&text);
            vm.call(&w, &[s], None)?;
        }
        None => vm.write_stdout(&text),
    }
    vm.dict_set_str(&b, "_", v);
    Ok(vm.none.clone())
}

/// The value of the StopIteration `e` (what `await`/`yield from` evaluate to).
pub fn stop_iteration_value(vm: &Vm, e: &PyErr) -> ObjRef {
    crate::objects::exceptions::member(vm, &e.0, "value").unwrap_or_else(|| vm.none.clone())
}

/// SEND's `tp_iternext` call on a receiver that is not a generator: a class's own `__next__` is
/// called directly, so that the StopIteration it raises (and its value, the result of the
/// `yield from`/`await`) reaches SEND.
pub fn send_next(vm: &mut Vm, recv: &ObjRef) -> PyResult<super::GenResult> {
    let ty = recv.type_of();
    if crate::objects::typeobject::tp(&ty).has_flag(crate::objects::typeobject::tpflags::HEAPTYPE) {
        if let Some(m) = vm.lookup_special(recv, "__next__")? {
            return vm.call(&m, &[], None).map(super::GenResult::Yield);
        }
    }
    Ok(match vm.next(recv)? {
        Some(x) => super::GenResult::Yield(x),
        None => super::GenResult::Return(vm.none.clone()),
    })
}
