//! Coroutine objects (Objects/genobject.c, the `PyCoro_Type` half): the `coroutine` type that
//! `async def` functions return (a generator frame whose code has CO_COROUTINE), its
//! `send`/`throw`/`close` (shared with generators), the `cr_*` attributes, and GET_AWAITABLE
//! (`_PyCoro_GetAwaitableIter` and `__await__`).

use crate::code::flags;
use crate::objects::bodies::*;
use crate::objects::object::{alloc, ObjRef};
use crate::objects::typeobject::{tp, PyResult};
use crate::vm::Vm;

/// A coroutine object, or a generator whose code has CO_ITERABLE_COROUTINE.
fn is_coroutine(vm: &Vm, o: &ObjRef) -> bool {
    if o.type_of().is(&vm.t.coroutine) {
        return true;
    }
    let Some(g) = o.downcast::<GenBody>() else { return false };
    g.code.downcast::<CodeBody>().is_some_and(|c| c.code.flags & flags::CO_ITERABLE_COROUTINE != 0)
}

/// GET_AWAITABLE: the iterator `await v` drives; `where_` 1 and 2 mark `__aenter__` and
/// `__aexit__` results of `async with`.
pub fn get_awaitable(vm: &mut Vm, v: &ObjRef, where_: u32) -> PyResult {
    if is_coroutine(vm, v) {
        if v.type_of().is(&vm.t.coroutine) {
            let awaiting = super::gen::attribute(vm, v, "gi_yieldfrom").is_some_and(|y| !y.is(&vm.none));
            if awaiting {
                return Err(vm.err(&vm.e.runtime_error.clone(), "coroutine is being awaited already"));
            }
        }
        return Ok(v.clone());
    }
    let Some(m) = vm.lookup_special(v, "__await__")? else {
        let t = vm.type_name(v);
        let msg = match where_ {
            1 => format!("'async with' received an object from __aenter__ that does not implement __await__: {t}"),
            2 => format!("'async with' received an object from __aexit__ that does not implement __await__: {t}"),
            _ => format!("object {t} can't be used in 'await' expression"),
        };
        return Err(vm.type_error(&msg));
    };
    let r = vm.call(&m, &[], None)?;
    if is_coroutine(vm, &r) {
        return Err(vm.type_error("__await__() returned a coroutine"));
    }
    if tp(&r.type_of()).slots.iternext.get().is_none() {
        return Err(vm.type_error(&format!("__await__() returned non-iterator of type '{}'", vm.type_name(&r))));
    }
    Ok(r)
}

/// GET_AITER: `type(v).__aiter__(v)`, which must have `__anext__`.
pub fn get_aiter(vm: &mut Vm, v: &ObjRef) -> PyResult {
    let Some(m) = vm.lookup_special(v, "__aiter__")? else {
        return Err(vm.type_error(&format!("'async for' requires an object with __aiter__ method, got {}", vm.type_name(v))));
    };
    let it = vm.call(&m, &[], None)?;
    let n = vm.intern("__anext__");
    if vm.type_lookup(&it.type_of(), &n).is_none() {
        return Err(vm.type_error(&format!("'async for' received an object from __aiter__ that does not implement __anext__: {}", vm.type_name(&it))));
    }
    Ok(it)
}

/// GET_ANEXT: the awaitable of `type(it).__anext__(it)`.
pub fn get_anext(vm: &mut Vm, it: &ObjRef) -> PyResult {
    let Some(m) = vm.lookup_special(it, "__anext__")? else {
        return Err(vm.type_error(&format!("'async for' requires an iterator with __anext__ method, got {}", vm.type_name(it))));
    };
    let next = vm.call(&m, &[], None)?;
    match get_awaitable(vm, &next, 0) {
        Ok(a) => Ok(a),
        Err(cause) => {
            let e = vm.type_error(&format!("'async for' received an invalid object from __anext__: {}", vm.type_name(&next)));
            if let Some(b) = e.0.downcast::<ExcBody>() {
                *b.cause.borrow_mut() = Some(cause.0.clone());
                *b.context.borrow_mut() = Some(cause.0);
                b.suppress_context.set(true);
            }
            Err(e)
        }
    }
}

/// Whether `e` is a StopAsyncIteration (END_ASYNC_FOR's loop exit).
pub fn is_stop_async_iteration(vm: &mut Vm, e: &ObjRef) -> bool {
    let b = vm.builtins.clone();
    match vm.dict_get_str(&b, "StopAsyncIteration") {
        Ok(Some(t)) => crate::objects::typeobject::is_subtype(&e.type_of(), &t),
        _ => false,
    }
}

/// `coroutine_wrapper`: what `coroutine.__await__()` returns, an iterator driving the coroutine.
pub struct CoroWrapperBody {
    pub coro: ObjRef,
}
crate::impl_body!(CoroWrapperBody, "coroutine_wrapper", gc);

fn wrapped(o: &ObjRef) -> ObjRef {
    o.downcast::<CoroWrapperBody>().expect("a coroutine_wrapper").coro.clone()
}

fn m_await(vm: &mut Vm, a: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    if a.len() != 1 {
        return Err(vm.type_error(&format!("coroutine.__await__() takes no arguments ({} given)", a.len() - 1)));
    }
    Ok(alloc(&vm.t.async_gen.coro_wrapper, CoroWrapperBody { coro: a[0].clone() }))
}

/// `tp_iternext` of the wrapper: a return value other than None travels in StopIteration, so
/// that `yield from`/`await` on the wrapper see it.
fn wrapper_iternext(vm: &mut Vm, o: &ObjRef) -> PyResult<Option<ObjRef>> {
    let c = wrapped(o);
    let none = vm.none.clone();
    match super::gen_resume(vm, &c, none)? {
        super::GenResult::Yield(v) => Ok(Some(v)),
        super::GenResult::Return(v) if v.is(&vm.none) => Ok(None),
        super::GenResult::Return(v) => Err(crate::objects::typeobject::PyErr(vm.new_exception(&vm.e.stop_iteration, vec![v]))),
    }
}

fn w_next(vm: &mut Vm, a: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    let c = wrapped(&a[0]);
    let none = vm.none.clone();
    super::gen::send(vm, &c, none)
}

fn w_send(vm: &mut Vm, a: &[ObjRef], kw: Option<&ObjRef>) -> PyResult {
    let mut args = a.to_vec();
    args[0] = wrapped(&a[0]);
    super::gen::m_send(vm, &args, kw)
}

fn w_throw(vm: &mut Vm, a: &[ObjRef], kw: Option<&ObjRef>) -> PyResult {
    let mut args = a.to_vec();
    args[0] = wrapped(&a[0]);
    super::gen::m_throw(vm, &args, kw)
}

fn w_close(vm: &mut Vm, a: &[ObjRef], kw: Option<&ObjRef>) -> PyResult {
    let mut args = a.to_vec();
    args[0] = wrapped(&a[0]);
    super::gen::m_close(vm, &args, kw)
}

fn w_iter(_vm: &mut Vm, a: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    Ok(a[0].clone())
}

fn self_iter(_vm: &mut Vm, o: &ObjRef) -> PyResult {
    Ok(o.clone())
}

fn coro_repr(vm: &mut Vm, o: &ObjRef) -> PyResult {
    let g = o.downcast::<GenBody>().expect("a coroutine");
    let q = g.qualname.downcast::<StrBody>().map(|s| s.text().into_owned()).unwrap_or_default();
    Ok(vm.str(&format!("<coroutine object {} at {:#x}>", q, o.addr())))
}

pub fn install(vm: &mut Vm) {
    let t = vm.t.coroutine.clone();
    vm.add_method(&t, "send", super::gen::m_send);
    vm.add_method(&t, "throw", super::gen::m_throw);
    vm.add_method(&t, "close", super::gen::m_close);
    vm.add_method(&t, "__await__", m_await);
    let w = vm.t.async_gen.coro_wrapper.clone();
    for (name, f) in [
        ("__iter__", w_iter as NativeFn),
        ("__next__", w_next),
        ("send", w_send),
        ("throw", w_throw),
        ("close", w_close),
    ] {
        vm.add_method(&w, name, f);
    }
    tp(&w).slots.iter.set(Some(self_iter));
    tp(&w).slots.iternext.set(Some(wrapper_iternext));
    tp(&w).slots.hash.set(tp(&vm.t.generator).slots.hash.get());
    let (s, g) = (&tp(&t).slots, &tp(&vm.t.generator).slots);
    s.repr.set(Some(coro_repr));
    s.hash.set(g.hash.get());
}
