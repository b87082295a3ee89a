//! Generators (Objects/genobject.c): resuming a generator's frame (`gen_send_ex`, and the frame
//! push and pop of FOR_ITER_GEN/SEND_GEN that the eval loop uses), the methods `send`, `throw`
//! and `close`, with the delegation to a `yield from` subiterator that CPython performs before
//! throwing into the generator's own frame, and the `gi_*` attributes.

use super::{recursion_check, run_with, Frame, Held, Keep};
use crate::objects::bodies::*;
use crate::objects::object::ObjRef;
use crate::objects::typeobject::{is_subtype, PyErr, PyResult, TypeObject};
use crate::vm::Vm;

#[inline(always)]
fn body(g: &ObjRef) -> &GenBody {
    g.downcast::<GenBody>().expect("a generator")
}

/// The StopIteration that reports a generator's return value (StopAsyncIteration for an async
/// generator, which returns nothing).
fn stop_iteration(vm: &mut Vm, g: &ObjRef, value: ObjRef) -> PyErr {
    if g.type_of().is(&vm.t.async_generator) {
        let b = vm.builtins.clone();
        if let Ok(Some(t)) = vm.dict_get_str(&b, "StopAsyncIteration") {
            return PyErr(vm.new_exception(&t, vec![]));
        }
    }
    let args = if value.is(&vm.none) { vec![] } else { vec![value] };
    PyErr(vm.new_exception(&vm.e.stop_iteration, args))
}

/// `gen_send_ex` seen from Python: the yielded value, or StopIteration carrying the return.
fn outcome(vm: &mut Vm, g: &ObjRef, r: GenResult) -> PyResult {
    match r {
        GenResult::Yield(v) => Ok(v),
        GenResult::Return(v) => Err(stop_iteration(vm, g, v)),
    }
}

/// (started, inside `yield from`, the delegate) of a suspended generator; None when its frame
/// executes or is gone.
fn suspended(g: &ObjRef) -> Option<(bool, bool, Option<ObjRef>)> {
    let b = body(g);
    if !b.suspended() {
        return None;
    }
    let state = b.state.get();
    let yield_from = state == GenState::SuspendedYieldFrom;
    let yf = if yield_from { b.values.borrow().last().cloned().flatten() } else { None };
    Some((state != GenState::Created, yield_from, yf))
}

/// `gen.send(value)`.
pub fn send(vm: &mut Vm, g: &ObjRef, value: ObjRef) -> PyResult {
    if let Some((false, _, _)) = suspended(g) {
        if !value.is(&vm.none) {
            let what = if g.type_of().is(&vm.t.coroutine) {
                "coroutine"
            } else if g.type_of().is(&vm.t.async_generator) {
                "async generator"
            } else {
                "generator"
            };
            return Err(vm.type_error(&format!("can't send non-None value to a just-started {what}")));
        }
    }
    let r = gen_resume_with(vm, g, value, None)?;
    outcome(vm, g, r)
}

/// Runs `f` with the generator marked as running (so that re-entering it fails as CPython's
/// FRAME_EXECUTING does), while its frame stays suspended.
fn while_running<T>(vm: &mut Vm, g: &ObjRef, f: impl FnOnce(&mut Vm) -> T) -> T {
    let b = body(g);
    let was = b.running.replace(true);
    let r = f(vm);
    body(g).running.set(was);
    r
}

/// `gen_close_iter`: closes a delegate (a generator directly, anything else through its
/// `close` method if it has one).
fn close_iter(vm: &mut Vm, yf: &ObjRef) -> PyResult<()> {
    if yf.downcast::<GenBody>().is_some() {
        close(vm, yf)?;
        return Ok(());
    }
    match vm.getattr_str(yf, "close") {
        Ok(m) => {
            vm.call(&m, &[], None)?;
            Ok(())
        }
        Err(e) if is_subtype(&e.0.type_of(), &vm.e.attribute_error) => Ok(()),
        Err(e) => Err(e),
    }
}

/// `_gen_throw`: an exception instance thrown into the generator; Ok(value yielded next) or the
/// exception that leaves it.
pub fn throw(vm: &mut Vm, g: &ObjRef, exc: ObjRef) -> PyResult {
    if let Some((_, true, Some(yf))) = suspended(g) {
        let none = vm.none.clone();
        if is_subtype(&exc.type_of(), &vm.e.generator_exit) {
            if let Err(e) = while_running(vm, g, |vm| close_iter(vm, &yf)) {
                let r = gen_resume_with(vm, g, none, Some(e.0))?;
                return outcome(vm, g, r);
            }
        } else {
            let delegated = if yf.downcast::<GenBody>().is_some() {
                Some(while_running(vm, g, |vm| throw(vm, &yf, exc.clone())))
            } else {
                match vm.getattr_str(&yf, "throw") {
                    Ok(m) => Some(while_running(vm, g, |vm| vm.call(&m, &[exc.clone()], None))),
                    Err(e) if is_subtype(&e.0.type_of(), &vm.e.attribute_error) => None,
                    Err(e) => return Err(e),
                }
            };
            match delegated {
                Some(Ok(v)) => return Ok(v),
                // The delegate's exception (its StopIteration included) continues in this
                // generator's frame, where the `yield from` loop's handler deals with it.
                Some(Err(e)) => {
                    let r = gen_resume_with(vm, g, none, Some(e.0))?;
                    return outcome(vm, g, r);
                }
                None => {}
            }
        }
    }
    let none = vm.none.clone();
    let r = gen_resume_with(vm, g, none, Some(exc))?;
    outcome(vm, g, r)
}

/// `gen.close()`: GeneratorExit thrown in; returns the generator's return value if it returns
/// (3.13), None if it lets GeneratorExit out or was not running.
pub fn close(vm: &mut Vm, g: &ObjRef) -> PyResult {
    let Some((started, _, yf)) = suspended(g) else { return Ok(vm.none.clone()) };
    if !started {
        let b = body(g);
        b.state.set(GenState::Completed);
        let values = std::mem::take(&mut *b.values.borrow_mut());
        drop(values);
        drop(b.frame.take());
        return Ok(vm.none.clone());
    }
    let mut exc = None;
    if let Some(yf) = yf {
        if let Err(e) = while_running(vm, g, |vm| close_iter(vm, &yf)) {
            exc = Some(e.0);
        }
    }
    let exc = match exc {
        Some(e) => e,
        None => vm.new_exception(&vm.e.generator_exit.clone(), vec![]),
    };
    let none = vm.none.clone();
    match gen_resume_with(vm, g, none, Some(exc)) {
        Ok(GenResult::Yield(_)) => Err(vm.err(&vm.e.runtime_error, "generator ignored GeneratorExit")),
        Ok(GenResult::Return(v)) => Ok(v),
        Err(e) if is_subtype(&e.0.type_of(), &vm.e.generator_exit) => Ok(vm.none.clone()),
        Err(e) => Err(e),
    }
}

/// The exception instance `throw(typ[, val[, tb]])` raises (`PyErr_NormalizeException`).
pub(crate) fn normalize(vm: &mut Vm, typ: &ObjRef, val: Option<&ObjRef>) -> PyResult {
    if typ.downcast::<ExcBody>().is_some() {
        if val.is_some_and(|v| !v.is(&vm.none)) {
            return Err(vm.type_error("instance exception may not have a separate value"));
        }
        return Ok(typ.clone());
    }
    if typ.downcast::<TypeObject>().is_some() && is_subtype(typ, &vm.e.base_exception) {
        return match val {
            Some(v) if is_subtype(&v.type_of(), typ) => Ok(v.clone()),
            Some(v) if v.is(&vm.none) => vm.call(typ, &[], None),
            Some(v) => match v.downcast::<TupleBody>() {
                Some(t) => {
                    let items = t.items.to_vec();
                    vm.call(typ, &items, None)
                }
                None => vm.call(typ, &[v.clone()], None),
            },
            None => vm.call(typ, &[], None),
        };
    }
    Err(vm.type_error(&format!(
        "exceptions must be classes or instances deriving from BaseException, not {}",
        vm.type_name(typ)
    )))
}

pub(crate) fn m_send(vm: &mut Vm, a: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    if a.len() != 2 {
        return Err(vm.type_error(&format!("generator.send() takes exactly one argument ({} given)", a.len() - 1)));
    }
    send(vm, &a[0], a[1].clone())
}

pub(crate) const THROW_SIGNATURE_DEPRECATED: &str = "the (type, exc, tb) signature of throw() is deprecated, use the single-arg signature instead.";

pub(crate) fn m_throw(vm: &mut Vm, a: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    if a.len() < 2 || a.len() > 4 {
        let n = a.len() - 1;
        return Err(vm.type_error(&if n == 0 {
            "throw expected at least 1 argument, got 0".to_string()
        } else {
            format!("throw expected at most 3 arguments, got {n}")
        }));
    }
    if a.len() > 2 {
        crate::objects::warnings::warn_deprecation(vm, THROW_SIGNATURE_DEPRECATED)?;
    }
    let exc = normalize(vm, &a[1], a.get(2))?;
    throw(vm, &a[0], exc)
}

pub(crate) fn m_close(vm: &mut Vm, a: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    if a.len() != 1 {
        return Err(vm.type_error(&format!("generator.close() takes no arguments ({} given)", a.len() - 1)));
    }
    close(vm, &a[0])
}

/// The `gi_*` attributes and names of a generator.
pub fn attribute(vm: &mut Vm, g: &ObjRef, name: &str) -> Option<ObjRef> {
    let b = g.downcast::<GenBody>()?;
    let coro_name;
    let name = if g.type_of().is(&vm.t.coroutine) {
        match name.strip_prefix("cr_") {
            Some("await") => "gi_yieldfrom",
            Some("origin") => return Some(vm.none.clone()),
            Some(rest) => {
                coro_name = format!("gi_{rest}");
                coro_name.as_str()
            }
            None if name.starts_with("gi_") => return None,
            None => name,
        }
    } else if g.type_of().is(&vm.t.async_generator) {
        // `ag_running` is the "an awaitable is in progress" flag, not the frame's.
        match name.strip_prefix("ag_") {
            Some("running") => return Some(vm.bool(b.ag_running_async.get())),
            Some("await") => "gi_yieldfrom",
            Some(rest) => {
                coro_name = format!("gi_{rest}");
                coro_name.as_str()
            }
            None if name.starts_with("gi_") => return None,
            None => name,
        }
    } else {
        name
    };
    Some(match name {
        "__name__" => b.name.clone(),
        "__qualname__" => b.qualname.clone(),
        "gi_running" => vm.bool(b.running.get()),
        "gi_suspended" => vm.bool(!b.running.get() && matches!(b.state.get(), GenState::Suspended | GenState::SuspendedYieldFrom)),
        "gi_yieldfrom" => suspended(g).and_then(|(_, _, yf)| yf).unwrap_or_else(|| vm.none.clone()),
        "gi_frame" if !b.suspended() => vm.none.clone(),
        "gi_code" => b.code.clone(),
        _ => return None,
    })
}

/// `generator.__next__()` (the `tp_iternext` slot seen as a method).
fn m_next(vm: &mut Vm, a: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    if a.len() != 1 {
        return Err(vm.type_error(&format!("expected 0 arguments, got {}", a.len() - 1)));
    }
    let none = vm.none.clone();
    let r = gen_resume_with(vm, &a[0], none, None)?;
    outcome(vm, &a[0], r)
}

/// `generator.__iter__()`: the generator itself.
fn m_iter(vm: &mut Vm, a: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    if a.len() != 1 {
        return Err(vm.type_error(&format!("expected 0 arguments, got {}", a.len() - 1)));
    }
    Ok(a[0].clone())
}

pub fn install(vm: &mut Vm) {
    let t = vm.t.generator.clone();
    vm.add_method(&t, "__iter__", m_iter);
    vm.add_method(&t, "__next__", m_next);
    vm.add_method(&t, "send", m_send);
    vm.add_method(&t, "throw", m_throw);
    vm.add_method(&t, "close", m_close);
}

/// The result of resuming a generator.
pub enum GenResult {
    Yield(ObjRef),
    Return(ObjRef),
}

/// `gen_send_ex`: resumes `g` with `sent` pushed on its stack.
pub fn gen_resume(vm: &mut Vm, g: &ObjRef, sent: ObjRef) -> PyResult<GenResult> {
    gen_resume_with(vm, g, sent, None)
}

/// Resumes a generator with `sent`, or with `throw` raised at its suspension point.
pub fn gen_resume_with(vm: &mut Vm, g: &ObjRef, sent: ObjRef, throw: Option<ObjRef>) -> PyResult<GenResult> {
    let gb = g.downcast::<GenBody>().unwrap();
    if gb.running.get() {
        let ty = g.type_of();
        return Err(vm.value_error(if ty.is(&vm.t.coroutine) {
            "coroutine already executing"
        } else if ty.is(&vm.t.async_generator) {
            "async generator already executing"
        } else {
            "generator already executing"
        }));
    }
    if !gb.suspended() {
        if g.type_of().is(&vm.t.coroutine) {
            return Err(vm.err(&vm.e.runtime_error.clone(), "cannot reuse already awaited coroutine"));
        }
        return match throw {
            Some(exc) => Err(PyErr(exc)),
            None => Ok(GenResult::Return(vm.none.clone())),
        };
    };
    recursion_check(vm)?;
    super::call::c_entry_check(vm)?;
    let throwing = throw.is_some();
    resume_frame(vm, g, gb, sent, true, throwing);
    let r = super::call::run_entered(vm, |vm| run_with(vm, throw.map(PyErr)));
    match r {
        Ok(v) if vm.yielded => {
            vm.yielded = false;
            Ok(GenResult::Yield(v))
        }
        Ok(v) => Ok(GenResult::Return(v)),
        Err(e) => Err(e),
    }
}

/// What a suspended generator's frame record keeps while the generator holds it (of CPython's
/// `_PyInterpreterFrame` embedded in the generator): its frame object, which moves onto the
/// frame stack when the generator resumes and back at a yield. The code and namespaces are
/// the generator's own (`GenBody`), which the running record reads without owning them. The
/// rest of a record (where its values sit, who called it) is set at each resumption.
pub struct SuspendedFrame {
    /// The frame object showing this frame, once Python asked for one.
    pub fobj: Option<ObjRef>,
}

/// Puts a suspended generator's frame back on the frame stack with `sent` pushed (the
/// resumption half of `gen_send_ex`, and of FOR_ITER_GEN/SEND_GEN when `entry` is false: the
/// generator then runs in the same loop as its caller, which gets the yielded value on its
/// stack). While the frame runs, the generator's `exc_state` holds the caller's handled
/// exception, and the generator's own one (if any) is the current one.
#[inline(always)]
fn resume_frame(vm: &mut Vm, g: &ObjRef, gb: &GenBody, sent: ObjRef, entry: bool, throwing: bool) {
    let base = vm.stack.len();
    {
        let mut values = gb.values.borrow_mut();
        let n = values.len();
        if vm.stack.capacity() - base <= n {
            vm.stack.reserve(n + 1);
        }
        // SAFETY: there is room for `n + 1` more values (reserved above); the `n` values are
        // moved bitwise (the generator's vector forgets them by its length going to 0, keeping
        // its buffer for the next yield), as `Vec::append` does, without a call to `memcpy`
        // for a few words.
        unsafe {
            let src = values.as_ptr();
            let dst = vm.stack.as_mut_ptr().add(base);
            for i in 0..n {
                dst.add(i).write(src.add(i).read());
            }
            values.set_len(0);
            dst.add(n).write(Some(sent));
            vm.stack.set_len(base + n + 1);
        }
    }
    let ip = gb.ip.get();
    let held = take_held(gb);
    if let Some(o) = &held.fobj {
        crate::objects::frameobject::frame_resumed(o, vm.frames.len());
    }
    let gen = Some(g.clone());
    let lasti = if throwing { ip.saturating_sub(1) } else { ip };
    // SAFETY: the generator owns its code and namespaces (never replaced), and the record
    // owns the generator (`gen`).
    let (code, globals, builtins) = unsafe { (Held::new(&gb.code), Held::new(&gb.globals), Held::new(&gb.builtins)) };
    vm.frames.push_with(move || Frame {
        code,
        globals,
        builtins,
        keep: Keep::Outside,
        locals: None,
        base,
        ret_to: base,
        ip,
        // A throw is raised at the instruction that suspended the frame (YIELD_VALUE, or
        // RETURN_GENERATOR before the first resumption).
        lasti,
        entry,
        init: false,
        gen,
        fobj: held.fobj,
    });
    gb.state.set(GenState::Executing);
    gb.running.set(true);
    // The common case, no exception handled inside the generator nor around it, has nothing
    // to swap.
    let own = gb.exc_state.take();
    if own.is_some() || vm.exc_info.is_some() {
        let outer = match own {
            Some(own) => vm.exc_info.replace(own),
            None => vm.exc_info.clone(),
        };
        if let Some(old) = gb.exc_state.replace(outer) {
            drop_cold(old);
        }
    }
}

/// Moves the suspended frame's references out of the generator, one word at a time: the yield
/// that stored them did so a moment ago in word-sized stores, and a wider load of two of them
/// (what a plain move compiles to) cannot be forwarded from those stores and stalls.
#[inline(always)]
fn take_held(gb: &GenBody) -> SuspendedFrame {
    let slot = gb.frame.as_ptr();
    // SAFETY: the cell's contents are only reached through this generator's own methods, none
    // of which is running; when it holds a value, each field is read once and the cell is then
    // overwritten with None without dropping, so the read values are owned here alone.
    unsafe {
        match &*slot {
            Some(h) => {
                let held = SuspendedFrame { fobj: std::ptr::read_volatile(&h.fobj) };
                std::ptr::write(slot, None);
                held
            }
            None => cold_record(gb),
        }
    }
}

/// The references of a suspended generator that has lost them (not reached: a suspended
/// generator keeps its frame's).
#[cold]
#[inline(never)]
fn cold_record(_gb: &GenBody) -> SuspendedFrame {
    SuspendedFrame { fobj: None }
}

/// RETURN_GENERATOR: the new generator `g` keeps the references of the frame that made it
/// (popped from the frame stack, its values already moved into the generator).
pub(super) fn keep_frame(vm: &mut Vm, g: &ObjRef, rec: Frame) {
    if rec.fobj.is_some() {
        crate::objects::frameobject::frame_exit(vm, &rec);
    }
    let Frame { fobj, .. } = rec;
    body(g).frame.set(Some(SuspendedFrame { fobj }));
}

/// YIELD_VALUE (and [`Driver::release`]): the generator's frame at the top of the frame stack
/// suspends, to resume at `ip`; its values and references move into the generator. Returns
/// whether the frame was an entry frame (the loop then returns the value to Rust).
#[inline(always)]
pub(super) fn suspend_frame(vm: &mut Vm, ip: usize, yield_from: bool) -> bool {
    let top = vm.frames.len() - 1;
    let fr = &vm.frames[top];
    if fr.fobj.is_some() || fr.locals.is_some() || fr.gen.is_none() {
        return suspend_frame_slow(vm, ip, yield_from);
    }
    // SAFETY: the record at `top` is initialised. The frame stack's length drops to `top`, so
    // the record is no longer dropped by the stack, and its owned field `gen` (Some, checked
    // above) is moved out here, while `locals` and `fobj` are None (checked above) and `keep`
    // is `Keep::Outside` (a generator's record is made by `resume_frame` only), owning
    // nothing; the `Held` fields own nothing and the rest are plain values.
    let (g, base, entry) = unsafe {
        vm.frames.set_len(top);
        let p = vm.frames.as_ptr().add(top);
        debug_assert!(matches!((*p).keep, Keep::Outside));
        // Word by word, as in `take_held`.
        (std::ptr::read_volatile(&(*p).gen).unwrap_unchecked(), (*p).base, (*p).entry)
    };
    finish_suspend(vm, &g, base, ip, yield_from, SuspendedFrame { fobj: None });
    entry
}

/// `suspend_frame` for a record with a frame object (which from now on shows the suspended
/// frame until the generator resumes).
#[cold]
#[inline(never)]
fn suspend_frame_slow(vm: &mut Vm, ip: usize, yield_from: bool) -> bool {
    let rec = vm.frames.pop().expect("a frame");
    if rec.fobj.is_some() {
        crate::objects::frameobject::frame_exit(vm, &rec);
    }
    let Frame { base, entry, gen, fobj, .. } = rec;
    let g = gen.expect("YIELD_VALUE outside a generator");
    finish_suspend(vm, &g, base, ip, yield_from, SuspendedFrame { fobj });
    entry
}

/// The rest of a suspension once the record has left the frame stack: the values from `base`
/// on move into the generator, which keeps `held`.
#[inline(always)]
fn finish_suspend(vm: &mut Vm, g: &ObjRef, base: usize, ip: usize, yield_from: bool, held: SuspendedFrame) {
    let gb = body(g);
    gb.ip.set(ip);
    {
        let mut values = gb.values.borrow_mut();
        let n = vm.stack.len() - base;
        if values.capacity() < n {
            values.reserve(n);
        }
        // SAFETY: the `n` values from `base` on are initialised and the (empty) vector has room
        // for them; after the bitwise copy the stack's length drops to `base`, so each moved
        // value is owned by the generator alone.
        unsafe {
            let (src, dst) = (vm.stack.as_ptr().add(base), values.as_mut_ptr());
            for i in 0..n {
                dst.add(i).write(src.add(i).read());
            }
            values.set_len(n);
            vm.stack.set_len(base);
        }
    }
    gb.state.set(if yield_from { GenState::SuspendedYieldFrom } else { GenState::Suspended });
    suspend_exc_state(vm, gb);
    let slot = gb.frame.as_ptr();
    // SAFETY: as in `take_held`; the old contents (None, but for a broken invariant) are
    // dropped before being overwritten. Only the word that tells None apart is read: reading
    // the whole old value would load words just stored by the resumption in one wider load.
    unsafe {
        if (*slot).is_some() {
            drop_cold(std::ptr::read(slot));
        }
        std::ptr::write(slot, Some(held));
    }
}

/// Drops what a fast path does not expect to hold (kept out of line).
#[cold]
#[inline(never)]
fn drop_cold<T>(x: T) {
    drop(x);
}

/// The generator's frame suspends: the caller's handled exception is current again, and the
/// generator keeps its own (`gi_exc_state`) unless it was the caller's.
#[inline(always)]
fn suspend_exc_state(vm: &mut Vm, gb: &GenBody) {
    gb.running.set(false);
    let outer = gb.exc_state.take();
    if outer.is_none() && vm.exc_info.is_none() {
        return;
    }
    let inner = std::mem::replace(&mut vm.exc_info, outer);
    let keep = match (&inner, &vm.exc_info) {
        (Some(i), Some(o)) if i.is(o) => None,
        _ => inner,
    };
    if let Some(old) = gb.exc_state.replace(keep) {
        drop_cold(old);
    }
}

/// The generator's frame is gone (it returned or an exception left it).
pub(super) fn finish_gen(vm: &mut Vm, g: &ObjRef) {
    let gb = g.downcast::<GenBody>().unwrap();
    gb.state.set(GenState::Completed);
    gb.running.set(false);
    vm.exc_info = gb.exc_state.take();
}

/// FOR_ITER_GEN / SEND_GEN: resumes `it` in this loop if it is a suspended generator (or
/// coroutine, for SEND) that can run now; false leaves the generic path to deal with it
/// (already running, finished, recursion limit).
#[inline]
pub(super) fn push_gen_frame(vm: &mut Vm, it: &ObjRef, sent: ObjRef, coro_ok: bool) -> Option<ObjRef> {
    let Some(gb) = it.downcast::<GenBody>() else { return Some(sent) };
    if !(it.is_exact(&vm.t.generator) || (coro_ok && it.is_exact(&vm.t.coroutine))) || gb.running.get() || super::call::py_depth_full(vm) {
        return Some(sent);
    }
    if !gb.suspended() {
        return Some(sent);
    }
    resume_frame(vm, it, gb, sent, false, false);
    None
}

/// `tp_iternext` of generators.
pub fn gen_iternext(vm: &mut Vm, g: &ObjRef) -> PyResult<Option<ObjRef>> {
    let none = vm.none.clone();
    match gen_resume(vm, g, none)? {
        GenResult::Yield(v) => Ok(Some(v)),
        GenResult::Return(_) => Ok(None),
    }
}

/// Resumes a generator from Rust value after value (the consumers `sum`, `list`, `tuple`,
/// `str.join`, … that CPython runs over `tp_iternext`), without suspending it in between: at
/// each YIELD_VALUE the frame stays on the frame stack, running, and the next resumption only
/// pushes the sent `None` and re-enters the loop. Suspending (moving the values off the data
/// stack, restoring the caller's exception state) is deferred to [`Driver::release`].
///
/// While a value is held, the caller may do native work only: nothing that can run Python code
/// or look at frames or at the generator (which still reads as running). Before such work, and
/// before leaving with a value in hand, it calls `release`, after which the generator is
/// suspended exactly as a normal yield leaves it. After `next` returns None or an error the
/// generator's frame is gone and nothing is held.
pub struct Driver {
    g: ObjRef,
    /// `frames.len()` while the frame is held, 0 otherwise.
    depth: usize,
}

impl Driver {
    pub fn new(g: ObjRef) -> Driver {
        Driver { g, depth: 0 }
    }

    /// The generator's next value, None once it returned (StopIteration's value is dropped,
    /// as `tp_iternext` does).
    pub fn next(&mut self, vm: &mut Vm) -> PyResult<Option<ObjRef>> {
        if self.depth == 0 {
            let gb = body(&self.g);
            if gb.running.get() || !gb.suspended() {
                // The errors (and the exhausted case) of an ordinary resumption.
                return gen_iternext(vm, &self.g);
            }
            recursion_check(vm)?;
            super::call::c_entry_check(vm)?;
            let none = vm.none.clone();
            resume_frame(vm, &self.g, gb, none, true, false);
            self.depth = vm.frames.len();
        } else {
            vm.stack.push(Some(vm.none.clone()));
        }
        let prev = std::mem::replace(&mut vm.gen_hold, self.depth);
        let r = super::call::run_entered(vm, |vm| run_with(vm, None));
        vm.gen_hold = prev;
        match r {
            Ok(v) if vm.yielded => {
                vm.yielded = false;
                Ok(Some(v))
            }
            Ok(_) => {
                self.depth = 0;
                Ok(None)
            }
            Err(e) => {
                self.depth = 0;
                Err(e)
            }
        }
    }

    /// Suspends the held generator at its last yield, as YIELD_VALUE does for a generator
    /// resumed normally; nothing if none is held.
    pub fn release(&mut self, vm: &mut Vm) {
        if self.depth == 0 {
            return;
        }
        debug_assert_eq!(vm.frames.len(), self.depth);
        self.depth = 0;
        let fr = vm.frames.last().unwrap();
        let (ip, lasti) = (fr.ip, fr.lasti);
        let yield_from = super::code_body(&fr.code).instrs[lasti].arg == 1;
        suspend_frame(vm, ip, yield_from);
    }
}

/// An iterator consumed from Rust: a generator through a [`Driver`], anything else through
/// `tp_iternext`. The same rule holds: between `next` calls only native work, and `release`
/// before anything else.
pub enum Cursor {
    Gen(Driver),
    Other(ObjRef),
}

impl Cursor {
    /// A cursor over iterator `it` (already the result of `iter()`).
    pub fn new(vm: &Vm, it: ObjRef) -> Cursor {
        if it.type_of().is(&vm.t.generator) {
            Cursor::Gen(Driver::new(it))
        } else {
            Cursor::Other(it)
        }
    }

    #[inline]
    pub fn next(&mut self, vm: &mut Vm) -> PyResult<Option<ObjRef>> {
        match self {
            Cursor::Gen(d) => d.next(vm),
            Cursor::Other(it) => vm.next(it),
        }
    }

    #[inline]
    pub fn release(&mut self, vm: &mut Vm) {
        if let Cursor::Gen(d) = self {
            d.release(vm);
        }
    }

    /// The values left, collected into `out` (pushing is native work).
    pub fn collect_into(&mut self, vm: &mut Vm, out: &mut Vec<ObjRef>) -> PyResult<()> {
        while let Some(x) = self.next(vm)? {
            out.push(x);
        }
        Ok(())
    }
}
