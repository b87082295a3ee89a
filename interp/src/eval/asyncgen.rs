//! Async generators (Objects/genobject.c, the `PyAsyncGen_Type` half, and the `anext_awaitable`
//! of Objects/iterobject.c): the `async_generator` type an `async def` with `yield` returns (a
//! generator frame whose code has CO_ASYNC_GENERATOR), the awaitables its `__anext__`/`asend`
//! (`async_generator_asend`) and `athrow`/`aclose` (`async_generator_athrow`) return, the
//! wrapped value that INTRINSIC_ASYNC_GEN_WRAP puts around each `yield` so the awaitable can tell
//! an async yield (finishing the await with StopIteration(value)) from a suspension of an `await`
//! inside the generator (passed through to whoever drives the awaitable), and the `aiter()` and
//! `anext()` built-ins.
//!
//! The generator itself is a `GenBody` driven by `eval::gen_resume_with` like any generator; its
//! two async flags (`ag_running_async`, `ag_closed`) live in the `GenBody` too.

use super::gen;
use super::{gen_resume_with, GenResult};
use crate::objects::bodies::*;
use crate::objects::object::{alloc, ObjRef};
use crate::objects::typeobject::{is_subtype, tp, PyErr, PyResult};
use crate::vm::Vm;
use std::cell::Cell;

/// `_PyAsyncGenWrappedValue`: a value yielded by an async generator's own `yield`.
pub struct WrappedBody {
    pub val: ObjRef,
}
crate::impl_body!(WrappedBody, "async_generator_wrapped_value", gc);

/// The states of the asend/athrow awaitables (AWAITABLE_STATE_*).
const INIT: u8 = 0;
const ITER: u8 = 1;
const CLOSED: u8 = 2;

/// `PyAsyncGenASend`: the awaitable of `__anext__()` (no value) and `asend(value)`.
pub struct ASendBody {
    pub gen: ObjRef,
    pub sendval: Option<ObjRef>,
    pub state: Cell<u8>,
}
crate::impl_body!(ASendBody, "async_generator_asend", gc);

/// `PyAsyncGenAThrow`: the awaitable of `athrow(...)` (`args` set) and `aclose()` (`args` None).
pub struct AThrowBody {
    pub gen: ObjRef,
    pub args: Option<Vec<ObjRef>>,
    pub state: Cell<u8>,
}
crate::impl_body!(AThrowBody, "async_generator_athrow", gc);

/// `anextawaitableobject`: what `anext(it, default)` returns.
pub struct AnextAwaitableBody {
    pub wrapped: ObjRef,
    pub default: ObjRef,
}
crate::impl_body!(AnextAwaitableBody, "anext_awaitable", gc);

/// The types this module adds to the interpreter (`Vm::t.async_gen`).
pub struct AsyncGenTypes {
    pub asend: ObjRef,
    pub athrow: ObjRef,
    pub wrapped: ObjRef,
    pub anext_awaitable: ObjRef,
    /// `coroutine.__await__()`'s iterator (eval/coro.rs).
    pub coro_wrapper: ObjRef,
}

impl AsyncGenTypes {
    pub fn new(new_type: impl Fn(&str, &'static crate::objects::object::Layout, usize) -> ObjRef) -> AsyncGenTypes {
        use crate::objects::object::Body;
        AsyncGenTypes {
            asend: new_type("async_generator_asend", ASendBody::layout(), 40),
            athrow: new_type("async_generator_athrow", AThrowBody::layout(), 40),
            wrapped: new_type("async_generator_wrapped_value", WrappedBody::layout(), 24),
            anext_awaitable: new_type("anext_awaitable", AnextAwaitableBody::layout(), 32),
            coro_wrapper: new_type("coroutine_wrapper", super::coro::CoroWrapperBody::layout(), 24),
        }
    }
}

/// `sys.getsizeof` of the awaitables (GC-tracked: the basic size and the GC header).
pub fn sizeof(o: &ObjRef) -> Option<usize> {
    if o.downcast::<ASendBody>().is_some() || o.downcast::<AThrowBody>().is_some() {
        return Some(40 + 16);
    }
    if o.downcast::<AnextAwaitableBody>().is_some() {
        return Some(32 + 16);
    }
    if o.downcast::<WrappedBody>().is_some() || o.downcast::<super::coro::CoroWrapperBody>().is_some() {
        return Some(24 + 16);
    }
    None
}

/// The StopAsyncIteration class (it lives in builtins).
fn stop_async_iteration(vm: &mut Vm) -> ObjRef {
    let b = vm.builtins.clone();
    match vm.dict_get_str(&b, "StopAsyncIteration") {
        Ok(Some(t)) => t,
        _ => vm.e.exception.clone(),
    }
}

fn matches(e: &PyErr, ty: &ObjRef) -> bool {
    is_subtype(&e.0.type_of(), ty)
}

/// `_PyGen_SetStopIterationValue`: the StopIteration that finishes an await with `value`.
fn stop_iteration_with(vm: &Vm, value: ObjRef) -> PyErr {
    PyErr(vm.new_exception(&vm.e.stop_iteration, vec![value]))
}

fn stop_iteration(vm: &Vm) -> PyErr {
    PyErr(vm.new_exception(&vm.e.stop_iteration, vec![]))
}

/// INTRINSIC_ASYNC_GEN_WRAP.
pub fn wrap(vm: &Vm, v: ObjRef) -> ObjRef {
    alloc(&vm.t.async_gen.wrapped, WrappedBody { val: v })
}

fn body(g: &ObjRef) -> &GenBody {
    g.downcast::<GenBody>().expect("an async generator")
}

/// `gen_send` on an async generator: what the frame yielded, or the exception that left it
/// (StopAsyncIteration when it returned).
fn send_ex(vm: &mut Vm, g: &ObjRef, arg: ObjRef) -> PyResult {
    let unstarted = body(g).state.get() == GenState::Created;
    if unstarted && !arg.is(&vm.none) {
        return Err(vm.type_error("can't send non-None value to a just-started async generator"));
    }
    match gen_resume_with(vm, g, arg, None)? {
        GenResult::Yield(v) => Ok(v),
        GenResult::Return(_) => {
            let t = stop_async_iteration(vm);
            Err(PyErr(vm.new_exception(&t, vec![])))
        }
    }
}

/// `async_gen_unwrap_value`: an async yield finishes the awaitable with StopIteration(value);
/// anything else the frame yielded came from an `await` inside it and goes on to the driver.
fn unwrap_value(vm: &mut Vm, g: &ObjRef, r: PyResult) -> PyResult {
    let b = body(g);
    match r {
        Err(e) => {
            let sai = stop_async_iteration(vm);
            if matches(&e, &sai) || matches(&e, &vm.e.generator_exit) {
                b.ag_closed.set(true);
            }
            b.ag_running_async.set(false);
            Err(e)
        }
        Ok(v) => match v.downcast::<WrappedBody>() {
            Some(w) => {
                b.ag_running_async.set(false);
                Err(stop_iteration_with(vm, w.val.clone()))
            }
            None => Ok(v),
        },
    }
}

/// Throws into the generator (`gen_throw`) with `throw(typ[, val[, tb]])` arguments; `warn`
/// for the awaitables' own `throw` (not for athrow's stored arguments, warned about already).
fn gen_throw(vm: &mut Vm, g: &ObjRef, args: &[ObjRef], warn: bool) -> PyResult {
    if args.is_empty() || args.len() > 3 {
        let n = args.len();
        return Err(vm.type_error(&if n == 0 {
            "throw expected at least 1 argument, got 0".to_string()
        } else {
            format!("throw expected at most 3 arguments, got {n}")
        }));
    }
    if warn && args.len() > 1 {
        crate::objects::warnings::warn_deprecation(vm, gen::THROW_SIGNATURE_DEPRECATED)?;
    }
    let exc = gen::normalize(vm, &args[0], args.get(1))?;
    gen::throw(vm, g, exc)
}

fn asend_body(o: &ObjRef) -> &ASendBody {
    o.downcast::<ASendBody>().expect("an async_generator_asend")
}

fn athrow_body(o: &ObjRef) -> &AThrowBody {
    o.downcast::<AThrowBody>().expect("an async_generator_athrow")
}

/// `async_gen_asend_send`.
fn asend_send(vm: &mut Vm, o: &ObjRef, arg: Option<ObjRef>) -> PyResult {
    let a = asend_body(o);
    let gb = body(&a.gen);
    if a.state.get() == CLOSED {
        return Err(vm.err(&vm.e.runtime_error, "cannot reuse already awaited __anext__()/asend()"));
    }
    let mut arg = arg.unwrap_or_else(|| vm.none.clone());
    if a.state.get() == INIT {
        if gb.ag_running_async.get() {
            a.state.set(CLOSED);
            return Err(vm.err(&vm.e.runtime_error, "anext(): asynchronous generator is already running"));
        }
        if arg.is(&vm.none) {
            if let Some(v) = &a.sendval {
                arg = v.clone();
            }
        }
        a.state.set(ITER);
    }
    gb.ag_running_async.set(true);
    let g = a.gen.clone();
    let r = send_ex(vm, &g, arg);
    let r = unwrap_value(vm, &g, r);
    if r.is_err() {
        a.state.set(CLOSED);
    }
    r
}

/// `async_gen_asend_throw`.
fn asend_throw(vm: &mut Vm, o: &ObjRef, args: &[ObjRef]) -> PyResult {
    let a = asend_body(o);
    let gb = body(&a.gen);
    if a.state.get() == CLOSED {
        return Err(vm.err(&vm.e.runtime_error, "cannot reuse already awaited __anext__()/asend()"));
    }
    if a.state.get() == INIT {
        if gb.ag_running_async.get() {
            a.state.set(CLOSED);
            return Err(vm.err(&vm.e.runtime_error, "anext(): asynchronous generator is already running"));
        }
        a.state.set(ITER);
        gb.ag_running_async.set(true);
    }
    let g = a.gen.clone();
    let r = gen_throw(vm, &g, args, true);
    let r = unwrap_value(vm, &g, r);
    if r.is_err() {
        gb.ag_running_async.set(false);
        a.state.set(CLOSED);
    }
    r
}

/// The `close()` of both awaitables: GeneratorExit thrown in; finishing is fine, yielding is not.
fn awaitable_close(vm: &mut Vm, closed: bool, throw: impl FnOnce(&mut Vm, &[ObjRef]) -> PyResult) -> PyResult {
    if closed {
        return Ok(vm.none.clone());
    }
    let ge = vm.e.generator_exit.clone();
    match throw(vm, &[ge]) {
        Ok(_) => Err(vm.err(&vm.e.runtime_error, "coroutine ignored GeneratorExit")),
        Err(e) => {
            let sai = stop_async_iteration(vm);
            if matches(&e, &vm.e.stop_iteration) || matches(&e, &sai) || matches(&e, &vm.e.generator_exit) {
                Ok(vm.none.clone())
            } else {
                Err(e)
            }
        }
    }
}

fn already_running(vm: &Vm, aclose: bool) -> PyErr {
    let what = if aclose { "aclose" } else { "athrow" };
    vm.err(&vm.e.runtime_error, &format!("{what}(): asynchronous generator is already running"))
}

/// `async_gen_athrow_send`.
fn athrow_send(vm: &mut Vm, o: &ObjRef, arg: ObjRef) -> PyResult {
    let t = athrow_body(o);
    let g = t.gen.clone();
    let gb = body(&g);
    let aclose = t.args.is_none();
    if t.state.get() == CLOSED {
        return Err(vm.err(&vm.e.runtime_error, "cannot reuse already awaited aclose()/athrow()"));
    }
    if !gb.suspended() {
        t.state.set(CLOSED);
        return Err(stop_iteration(vm));
    }
    let r = if t.state.get() == INIT {
        if gb.ag_running_async.get() {
            t.state.set(CLOSED);
            return Err(already_running(vm, aclose));
        }
        if gb.ag_closed.get() {
            t.state.set(CLOSED);
            let sai = stop_async_iteration(vm);
            return Err(PyErr(vm.new_exception(&sai, vec![])));
        }
        if !arg.is(&vm.none) {
            return Err(vm.err(&vm.e.runtime_error, "can't send non-None value to a just-started coroutine"));
        }
        t.state.set(ITER);
        gb.ag_running_async.set(true);
        match &t.args {
            None => {
                gb.ag_closed.set(true);
                let ge = vm.new_exception(&vm.e.generator_exit.clone(), vec![]);
                gen::throw(vm, &g, ge)
            }
            Some(args) => {
                let args = args.clone();
                if args.is_empty() || args.len() > 3 {
                    let n = args.len();
                    return Err(vm.type_error(&if n == 0 {
                        "athrow expected at least 1 argument, got 0".to_string()
                    } else {
                        format!("athrow expected at most 3 arguments, got {n}")
                    }));
                }
                let r = gen_throw(vm, &g, &args, false);
                let r = unwrap_value(vm, &g, r);
                return athrow_finish(vm, o, r);
            }
        }
    } else {
        let r = send_ex(vm, &g, arg);
        if !aclose {
            return unwrap_value(vm, &g, r);
        }
        r
    };
    // aclose() mode: an async yield means the generator ignored GeneratorExit.
    match r {
        Ok(v) if v.downcast::<WrappedBody>().is_some() => {
            gb.ag_running_async.set(false);
            t.state.set(CLOSED);
            Err(vm.err(&vm.e.runtime_error, "async generator ignored GeneratorExit"))
        }
        Ok(v) => Ok(v),
        Err(e) => athrow_finish(vm, o, Err(e)),
    }
}

/// The `check_error` exit of `async_gen_athrow_send`: the awaitable is done; aclose() turns the
/// generator's StopAsyncIteration or GeneratorExit into a plain StopIteration.
fn athrow_finish(vm: &mut Vm, o: &ObjRef, r: PyResult) -> PyResult {
    let e = match r {
        Ok(v) => return Ok(v),
        Err(e) => e,
    };
    let t = athrow_body(o);
    body(&t.gen).ag_running_async.set(false);
    t.state.set(CLOSED);
    let sai = stop_async_iteration(vm);
    if t.args.is_none() && (matches(&e, &sai) || matches(&e, &vm.e.generator_exit)) {
        return Err(stop_iteration(vm));
    }
    Err(e)
}

/// `async_gen_athrow_throw`.
fn athrow_throw(vm: &mut Vm, o: &ObjRef, args: &[ObjRef]) -> PyResult {
    let t = athrow_body(o);
    let g = t.gen.clone();
    let gb = body(&g);
    let aclose = t.args.is_none();
    if t.state.get() == CLOSED {
        return Err(vm.err(&vm.e.runtime_error, "cannot reuse already awaited aclose()/athrow()"));
    }
    if t.state.get() == INIT {
        if gb.ag_running_async.get() {
            t.state.set(CLOSED);
            return Err(already_running(vm, aclose));
        }
        t.state.set(ITER);
        gb.ag_running_async.set(true);
    }
    let r = gen_throw(vm, &g, args, true);
    if !aclose {
        let r = unwrap_value(vm, &g, r);
        if r.is_err() {
            gb.ag_running_async.set(false);
            t.state.set(CLOSED);
        }
        return r;
    }
    match r {
        Ok(v) if v.downcast::<WrappedBody>().is_some() => {
            gb.ag_running_async.set(false);
            t.state.set(CLOSED);
            Err(vm.err(&vm.e.runtime_error, "async generator ignored GeneratorExit"))
        }
        Ok(v) => Ok(v),
        Err(e) => athrow_finish(vm, o, Err(e)),
    }
}

// ---- the methods ----------------------------------------------------------------------------

/// METH_NOARGS and METH_O argument checks; `name` without a dot is qualified by the receiver's
/// type name, as the method's `__qualname__` is.
fn no_args(vm: &Vm, a: &[ObjRef], name: &str) -> PyResult<()> {
    if a.len() != 1 {
        let q = qualified(vm, &a[0], name);
        return Err(vm.type_error(&format!("{q}() takes no arguments ({} given)", a.len() - 1)));
    }
    Ok(())
}

fn one_arg(vm: &Vm, a: &[ObjRef], name: &str) -> PyResult<()> {
    if a.len() != 2 {
        let q = qualified(vm, &a[0], name);
        return Err(vm.type_error(&format!("{q}() takes exactly one argument ({} given)", a.len() - 1)));
    }
    Ok(())
}

fn qualified(vm: &Vm, o: &ObjRef, name: &str) -> String {
    if name.contains('.') {
        name.to_string()
    } else {
        format!("{}.{name}", vm.type_name(o))
    }
}

fn new_asend(vm: &Vm, g: &ObjRef, sendval: Option<ObjRef>) -> ObjRef {
    alloc(&vm.t.async_gen.asend, ASendBody { gen: g.clone(), sendval, state: Cell::new(INIT) })
}

fn ag_anext(vm: &mut Vm, a: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    no_args(vm, a, "async_generator.__anext__")?;
    Ok(new_asend(vm, &a[0], None))
}

fn ag_aiter(vm: &mut Vm, a: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    no_args(vm, a, "async_generator.__aiter__")?;
    Ok(a[0].clone())
}

fn ag_asend(vm: &mut Vm, a: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    one_arg(vm, a, "async_generator.asend")?;
    Ok(new_asend(vm, &a[0], Some(a[1].clone())))
}

fn ag_aclose(vm: &mut Vm, a: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    no_args(vm, a, "async_generator.aclose")?;
    Ok(alloc(&vm.t.async_gen.athrow, AThrowBody { gen: a[0].clone(), args: None, state: Cell::new(INIT) }))
}

fn ag_athrow(vm: &mut Vm, a: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    if a.len() > 2 {
        crate::objects::warnings::warn_deprecation(
            vm,
            "the (type, exc, tb) signature of athrow() is deprecated, use the single-arg signature instead.",
        )?;
    }
    Ok(alloc(&vm.t.async_gen.athrow, AThrowBody { gen: a[0].clone(), args: Some(a[1..].to_vec()), state: Cell::new(INIT) }))
}

fn self_(vm: &mut Vm, a: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    no_args(vm, a, "__await__")?;
    Ok(a[0].clone())
}

fn asend_m_send(vm: &mut Vm, a: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    one_arg(vm, a, "send")?;
    asend_send(vm, &a[0], Some(a[1].clone()))
}

fn asend_m_next(vm: &mut Vm, a: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    no_args(vm, a, "__next__")?;
    asend_send(vm, &a[0], None)
}

fn asend_m_throw(vm: &mut Vm, a: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    asend_throw(vm, &a[0], &a[1..])
}

fn asend_m_close(vm: &mut Vm, a: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    no_args(vm, a, "close")?;
    let o = a[0].clone();
    let closed = asend_body(&o).state.get() == CLOSED;
    awaitable_close(vm, closed, |vm, args| asend_throw(vm, &o, args))
}

fn athrow_m_send(vm: &mut Vm, a: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    one_arg(vm, a, "send")?;
    athrow_send(vm, &a[0], a[1].clone())
}

fn athrow_m_next(vm: &mut Vm, a: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    no_args(vm, a, "__next__")?;
    let none = vm.none.clone();
    athrow_send(vm, &a[0], none)
}

fn athrow_m_throw(vm: &mut Vm, a: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    athrow_throw(vm, &a[0], &a[1..])
}

fn athrow_m_close(vm: &mut Vm, a: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    no_args(vm, a, "close")?;
    let o = a[0].clone();
    let closed = athrow_body(&o).state.get() == CLOSED;
    awaitable_close(vm, closed, |vm, args| athrow_throw(vm, &o, args))
}

/// `tp_iternext` of the awaitables: an error ends the iteration; StopIteration keeps its value
/// (SEND reads it as the result of the await).
fn asend_iternext(vm: &mut Vm, o: &ObjRef) -> PyResult<Option<ObjRef>> {
    asend_send(vm, o, None).map(Some)
}

fn athrow_iternext(vm: &mut Vm, o: &ObjRef) -> PyResult<Option<ObjRef>> {
    let none = vm.none.clone();
    athrow_send(vm, o, none).map(Some)
}

fn self_iter(_vm: &mut Vm, o: &ObjRef) -> PyResult {
    Ok(o.clone())
}

fn ag_repr(vm: &mut Vm, o: &ObjRef) -> PyResult {
    let q = body(o).qualname.downcast::<StrBody>().map(|s| s.text().into_owned()).unwrap_or_default();
    Ok(vm.str(&format!("<async_generator object {} at {:#x}>", q, o.addr())))
}

// ---- anext_awaitable ------------------------------------------------------------------------

/// `anextawaitable_getiter`: the iterator of the wrapped awaitable.
fn anext_getiter(vm: &mut Vm, o: &ObjRef) -> PyResult {
    let w = o.downcast::<AnextAwaitableBody>().expect("an anext_awaitable").wrapped.clone();
    let it = super::coro::get_awaitable(vm, &w, 0)?;
    if tp(&it.type_of()).slots.iternext.get().is_none() {
        // A coroutine: iterate its `__await__`.
        let m = vm.getattr_str(&it, "__await__")?;
        let r = vm.call(&m, &[], None)?;
        if tp(&r.type_of()).slots.iternext.get().is_none() {
            return Err(vm.type_error("__await__ returned a non-iterable"));
        }
        return Ok(r);
    }
    Ok(it)
}

/// StopAsyncIteration from the wrapped awaitable becomes StopIteration(default).
fn anext_result(vm: &mut Vm, o: &ObjRef, r: PyResult) -> PyResult {
    match r {
        Err(e) if matches(&e, &stop_async_iteration(vm)) => {
            let d = o.downcast::<AnextAwaitableBody>().expect("an anext_awaitable").default.clone();
            Err(stop_iteration_with(vm, d))
        }
        r => r,
    }
}

fn anext_proxy(vm: &mut Vm, o: &ObjRef, meth: &str, args: &[ObjRef]) -> PyResult {
    let it = anext_getiter(vm, o)?;
    let m = vm.getattr_str(&it, meth)?;
    let r = vm.call(&m, args, None);
    anext_result(vm, o, r)
}

fn anext_iternext(vm: &mut Vm, o: &ObjRef) -> PyResult<Option<ObjRef>> {
    let it = anext_getiter(vm, o)?;
    let r = match vm.next(&it) {
        Ok(Some(v)) => Ok(v),
        Ok(None) => Err(stop_iteration(vm)),
        Err(e) => Err(e),
    };
    anext_result(vm, o, r).map(Some)
}

fn anext_m_send(vm: &mut Vm, a: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    one_arg(vm, a, "send")?;
    anext_proxy(vm, &a[0], "send", &a[1..])
}

fn anext_m_next(vm: &mut Vm, a: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    no_args(vm, a, "__next__")?;
    match anext_iternext(vm, &a[0])? {
        Some(v) => Ok(v),
        None => Err(stop_iteration(vm)),
    }
}

fn anext_m_throw(vm: &mut Vm, a: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    anext_proxy(vm, &a[0], "throw", &a[1..])
}

fn anext_m_close(vm: &mut Vm, a: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    anext_proxy(vm, &a[0], "close", &a[1..])
}

// ---- aiter() and anext() --------------------------------------------------------------------

/// `aiter(async_iterable)` (`PyObject_GetAIter`).
fn b_aiter(vm: &mut Vm, a: &[ObjRef], kw: Option<&ObjRef>) -> PyResult {
    if kw.is_some_and(|k| k.downcast::<TupleBody>().is_some_and(|t| !t.items.is_empty())) {
        return Err(vm.type_error("aiter() takes no keyword arguments"));
    }
    if a.len() != 1 {
        return Err(vm.type_error(&format!("aiter() takes exactly one argument ({} given)", a.len())));
    }
    let Some(m) = vm.lookup_special(&a[0], "__aiter__")? else {
        return Err(vm.type_error(&format!("'{}' object is not an async iterable", vm.type_name(&a[0]))));
    };
    let it = vm.call(&m, &[], None)?;
    let n = vm.intern("__anext__");
    if vm.type_lookup(&it.type_of(), &n).is_none() {
        return Err(vm.type_error(&format!("aiter() returned not an async iterator of type '{}'", vm.type_name(&it))));
    }
    Ok(it)
}

/// `anext(aiterator[, default])`.
fn b_anext(vm: &mut Vm, a: &[ObjRef], kw: Option<&ObjRef>) -> PyResult {
    if kw.is_some_and(|k| k.downcast::<TupleBody>().is_some_and(|t| !t.items.is_empty())) {
        return Err(vm.type_error("anext() takes no keyword arguments"));
    }
    if a.is_empty() || a.len() > 2 {
        let msg = if a.is_empty() {
            "anext expected at least 1 argument, got 0".to_string()
        } else {
            format!("anext expected at most 2 arguments, got {}", a.len())
        };
        return Err(vm.type_error(&msg));
    }
    let Some(m) = vm.lookup_special(&a[0], "__anext__")? else {
        return Err(vm.type_error(&format!("'{}' object is not an async iterator", vm.type_name(&a[0]))));
    };
    let awaitable = vm.call(&m, &[], None)?;
    match a.get(1) {
        None => Ok(awaitable),
        Some(d) => Ok(alloc(&vm.t.async_gen.anext_awaitable, AnextAwaitableBody { wrapped: awaitable, default: d.clone() })),
    }
}

pub fn install(vm: &mut Vm) {
    let t = vm.t.async_generator.clone();
    for (name, f) in [
        ("__aiter__", ag_aiter as NativeFn),
        ("__anext__", ag_anext),
        ("asend", ag_asend),
        ("athrow", ag_athrow),
        ("aclose", ag_aclose),
    ] {
        vm.add_method(&t, name, f);
    }
    let (s, g) = (&tp(&t).slots, &tp(&vm.t.generator).slots);
    s.repr.set(Some(ag_repr));
    s.hash.set(g.hash.get());
    let asend = vm.t.async_gen.asend.clone();
    for (name, f) in [
        ("__await__", self_ as NativeFn),
        ("__iter__", self_),
        ("__next__", asend_m_next),
        ("send", asend_m_send),
        ("throw", asend_m_throw),
        ("close", asend_m_close),
    ] {
        vm.add_method(&asend, name, f);
    }
    tp(&asend).slots.iter.set(Some(self_iter));
    tp(&asend).slots.iternext.set(Some(asend_iternext));
    let athrow = vm.t.async_gen.athrow.clone();
    for (name, f) in [
        ("__await__", self_ as NativeFn),
        ("__iter__", self_),
        ("__next__", athrow_m_next),
        ("send", athrow_m_send),
        ("throw", athrow_m_throw),
        ("close", athrow_m_close),
    ] {
        vm.add_method(&athrow, name, f);
    }
    tp(&athrow).slots.iter.set(Some(self_iter));
    tp(&athrow).slots.iternext.set(Some(athrow_iternext));
    let an = vm.t.async_gen.anext_awaitable.clone();
    for (name, f) in [
        ("__await__", self_ as NativeFn),
        ("__iter__", self_),
        ("__next__", anext_m_next),
        ("send", anext_m_send),
        ("throw", anext_m_throw),
        ("close", anext_m_close),
    ] {
        vm.add_method(&an, name, f);
    }
    tp(&an).slots.iter.set(Some(self_iter));
    let identity_hash = tp(&vm.t.generator).slots.hash.get();
    for t in [&asend, &athrow, &an] {
        tp(t).slots.hash.set(identity_hash);
    }
    // None of the generator-like types can be subclassed.
    let g = &vm.t.async_gen;
    for t in [&vm.t.generator, &vm.t.coroutine, &vm.t.async_generator, &g.asend, &g.athrow, &g.wrapped, &g.anext_awaitable, &g.coro_wrapper] {
        tp(t).flags.set(tp(t).flags.get() & !crate::objects::typeobject::tpflags::BASETYPE);
    }
    tp(&an).slots.iternext.set(Some(anext_iternext));
    let b = vm.builtins.clone();
    for (name, f) in [("aiter", b_aiter as NativeFn), ("anext", b_anext)] {
        let o = vm.builtin_fn(name, f, None);
        vm.dict_set_str(&b, name, o);
    }
}

#[cfg(test)]
mod tests {
    use crate::pythonrun::run_ok as run;

    #[test]
    fn asend_athrow_aclose_follow_cpython() {
        // Expected output from CPython 3.13.0.
        let src = r#"async def agen():
    try:
        got = yield 1
        yield got
    except KeyError:
        yield "caught"
    finally:
        print("finally")
def run(aw):
    try:
        return aw.send(None)
    except StopIteration as e:
        return e.value
    except StopAsyncIteration:
        return "stop"
g = agen()
print(run(g.__anext__()), run(g.asend("x")), run(g.athrow(KeyError())), run(g.aclose()), run(g.__anext__()))
print(type(g).__name__, repr(g)[:31], g.ag_running)
"#;
        assert_eq!(run(src), "finally\n1 x caught None stop\nasync_generator <async_generator object agen at False\n");
    }
}
