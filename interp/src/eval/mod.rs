//! The eval loop (Python/ceval.c, Python/bytecodes.c). Frames are laid out as
//! `_PyInterpreterFrame`s in one contiguous data stack (`Vm::stack`): a frame's localsplus
//! (locals, cells, free variables) and then its value stack. A call to a Python function binds
//! the arguments where the caller pushed them, pushes a `Frame` record and continues the same
//! loop: Python-to-Python calls never recurse on the Rust stack. Built-in code that calls back
//! into Python (`Vm::call`) enters the loop again with an entry frame.

// The value stack's pop and top, for the loop here and in `bytecodes` (defined before the
// module declarations so that those modules see them).
macro_rules! pop {
    ($vm:expr) => {
        $vm.stack.pop().flatten().expect("value stack underflow")
    };
}
macro_rules! top {
    ($vm:expr) => {
        $vm.stack.last().and_then(|x| x.as_ref()).expect("value stack underflow")
    };
}

pub mod asyncgen;
mod bytecodes;
mod frame;
mod call;
mod code_object;
pub mod coro;
pub mod gen;
pub mod icache;
pub mod intrinsics;
pub mod pattern;
pub mod stack;
pub mod traceback;

pub use call::call_function;
pub use code_object::make_code;
pub use frame::{Frame, Held, Keep};
use call::{binds_positionally, enter_in_place, exact_args_callee, push_frame, recursion_check};
pub use gen::{gen_iternext, gen_resume, gen_resume_with, GenResult};
use gen::{finish_gen, push_gen_frame};

use crate::objects::bodies::*;
use crate::objects::object::{alloc, ObjRef};
use crate::objects::longobject;
use crate::objects::slots;
use crate::objects::typeobject::*;
use crate::opcode::Op;
use crate::vm::Vm;
use bytecodes::run_inner;
use std::cell::RefCell;

fn code_body(c: &ObjRef) -> &CodeBody {
    c.downcast::<CodeBody>().expect("code object")
}

/// Runs a module's code with `globals` as its namespace.
pub fn run_module(vm: &mut Vm, code: &ObjRef, globals: &ObjRef) -> PyResult {
    run_code(vm, code, globals, globals)
}

/// `_PyEval_BuiltinsFromGlobals`: `globals['__builtins__']` (a module stands for its dict), else
/// the interpreter's builtins.
fn builtins_from_globals(vm: &mut Vm, globals: &ObjRef) -> ObjRef {
    let found = if globals.downcast::<DictBody>().is_some() { vm.dict_get_str(globals, "__builtins__").ok().flatten() } else { None };
    match found {
        Some(b) if b.downcast::<DictBody>().is_some() => b,
        Some(m) => match m.downcast::<ModuleBody>() {
            Some(mb) => mb.dict.clone(),
            None => vm.builtins.clone(),
        },
        None => vm.builtins.clone(),
    }
}

/// Runs module-level code with separate globals and locals mappings (`exec`, `eval`).
pub fn run_code(vm: &mut Vm, code: &ObjRef, globals: &ObjRef, locals: &ObjRef) -> PyResult {
    recursion_check(vm)?;
    call::c_entry_check(vm)?;
    let cb = code_body(code);
    let base = vm.stack.len();
    let n = cb.code.nlocalsplus();
    vm.stack.resize(base + n, None);
    let builtins = builtins_from_globals(vm, globals);
    let keep = Box::new([code.clone(), globals.clone(), builtins]);
    // SAFETY: `keep` owns the three objects and goes with the record.
    let (code, globals, builtins) = unsafe { (Held::new(&keep[0]), Held::new(&keep[1]), Held::new(&keep[2])) };
    vm.frames.push(Frame {
        code,
        globals,
        builtins,
        keep: Keep::Own(keep),
        locals: Some(locals.clone()),
        base,
        ret_to: base,
        ip: 0,
        lasti: 0,
        entry: true,
        init: false,
        gen: None,
        fobj: None,
    });
    call::run_entered(vm, run)
}

/// What the loop needs of a frame it leaves.
struct Left {
    ret_to: usize,
    entry: bool,
    init: bool,
    gen: Option<ObjRef>,
}

/// Pops the top frame, reading the few fields the loop needs one by one and dropping the rest
/// in place: moving the whole record out would read its `lasti`, stored just before, back in a
/// wider load (a store-forwarding stall on every return and yield).
#[inline(always)]
fn pop_frame(vm: &mut Vm) -> Left {
    let n = vm.frames.len() - 1;
    if vm.frames[n].fobj.is_some() {
        return pop_viewed_frame(vm);
    }
    // SAFETY: the record at `n` is initialised. The length drops to `n` first, so the stack no
    // longer owns it, and each field that owns something is read out once: `gen` moves to the
    // result, `keep` and `locals` are dropped here, `fobj` is None (checked above); the `Held`
    // fields own nothing and the rest are plain values.
    unsafe {
        vm.frames.set_len(n);
        let p = vm.frames.as_mut_ptr().add(n);
        let left = Left { ret_to: (*p).ret_to, entry: (*p).entry, init: (*p).init, gen: std::ptr::read(&(*p).gen) };
        match std::ptr::read(&(*p).keep) {
            Keep::Outside => {}
            Keep::Func(f) => drop(f),
            k => drop_cold(k),
        }
        if (*p).locals.is_some() {
            drop_cold(std::ptr::read(&(*p).locals));
        }
        left
    }
}

/// `pop_frame` for a record with a frame object, which keeps a copy of what it shows.
#[cold]
#[inline(never)]
fn pop_viewed_frame(vm: &mut Vm) -> Left {
    let mut fr = vm.frames.pop().unwrap();
    crate::objects::frameobject::frame_exit(vm, &fr);
    Left { ret_to: fr.ret_to, entry: fr.entry, init: fr.init, gen: fr.gen.take() }
}

/// Drops what a fast path does not expect to hold (kept out of line).
#[cold]
#[inline(never)]
fn drop_cold<T>(x: T) {
    drop(x);
}

/// The two operands on top of the value stack give way to `r`, which takes the left operand's
/// slot; their references are released inline (the in-place int fast paths of BINARY_OP and
/// COMPARE_OP).
#[inline(always)]
fn replace_operands(vm: &mut Vm, r: ObjRef) {
    let b = vm.stack.pop().flatten();
    let a = std::mem::replace(vm.stack.last_mut().expect("value stack underflow"), Some(r));
    if let Some(b) = b {
        crate::objects::object::release(b);
    }
    if let Some(a) = a {
        crate::objects::object::release(a);
    }
}


/// The loop: runs the top frame until the entry frame returns or an exception leaves it.
pub fn run(vm: &mut Vm) -> PyResult {
    run_with(vm, None)
}

/// The loop, entered either normally or with an exception raised in the top frame at its
/// current instruction (`resume_with_error`: a generator's `throw`).
fn run_with(vm: &mut Vm, mut pending: Option<PyErr>) -> PyResult {
    loop {
        let step = match pending.take() {
            Some(e) => Err(e),
            None => run_inner(vm),
        };
        match step {
            Ok(v) => return Ok(v),
            Err(e) => {
                // Unwind: find a handler in the frames down to the entry frame.
                let mut exc = e.0;
                loop {
                    let fr = vm.frames.last().unwrap();
                    let code = fr.code.clone();
                    let lasti = fr.lasti;
                    let base = fr.base;
                    let search_at = match vm.reraised_at.take() {
                        Some(at) => at,
                        None => {
                            if let Some(eb) = exc.downcast::<ExcBody>() {
                                eb.traceback.borrow_mut().push(TbEntry { code: code.clone(), lasti });
                            }
                            lasti
                        }
                    };
                    let cb = code_body(&code);
                    // Once the run's time budget is spent, nothing may catch the TimeoutError
                    // that reports it: the run ends.
                    let out_of_time = vm.host.out_of_time() && exc.is_exact(&vm.e.timeout_error);
                    let entry = if out_of_time { None } else { cb.code.exception_entries().into_iter().find(|h| (h.start as usize) <= search_at && search_at < h.end as usize) };
                    if let Some(h) = entry {
                        let depth = base + cb.code.nlocalsplus() + h.depth as usize;
                        vm.stack.truncate(depth);
                        if h.lasti {
                            vm.stack.push(Some(vm.int(lasti as i64)));
                        }
                        vm.stack.push(Some(exc));
                        vm.frames.last_mut().unwrap().ip = (h.target as usize).min(cb.instrs.len() - 1);
                        break;
                    }
                    let fr = pop_frame(vm);
                    vm.stack.truncate(fr.ret_to);
                    if let Some(g) = &fr.gen {
                        finish_gen(vm, g);
                    }
                    if fr.entry {
                        return Err(PyErr(exc));
                    }
                    // Continue unwinding in the caller: the error is "re-raised" there.
                    let _ = &mut exc;
                }
            }
        }
    }
}

/// What `super()` without arguments binds to (`super_init_without_args`): the `__class__`
/// cell of the calling frame and its first argument.
pub fn super_args(vm: &mut Vm) -> PyResult<(ObjRef, ObjRef)> {
    let Some(fr) = vm.frames.last() else {
        return Err(vm.err(&vm.e.runtime_error, "super(): no current frame"));
    };
    let cb = code_body(&fr.code);
    let base = fr.base;
    if cb.code.argcount == 0 {
        return Err(vm.err(&vm.e.runtime_error, "super(): no arguments"));
    }
    let mut first = vm.stack[base].clone();
    // The first argument may live in a cell (when a nested function uses it).
    if cb.code.localspluskinds[0] & crate::code::kinds::CO_FAST_CELL != 0 {
        first = first.and_then(|c| c.downcast::<CellBody>().and_then(|c| c.value.borrow().clone()));
    }
    let Some(first) = first else {
        return Err(vm.err(&vm.e.runtime_error, "super(): arg[0] deleted"));
    };
    let names = &cb.code.localsplusnames;
    let kinds = &cb.code.localspluskinds;
    let at = (0..names.len()).find(|&i| &*names[i] == "__class__" && kinds[i] & crate::code::kinds::CO_FAST_FREE != 0);
    let Some(at) = at else {
        return Err(vm.err(&vm.e.runtime_error, "super(): __class__ cell not found"));
    };
    let cell = vm.stack[base + at].clone();
    let cls = cell.and_then(|c| c.downcast::<CellBody>().and_then(|c| c.value.borrow().clone()));
    match cls {
        Some(c) if c.downcast::<TypeObject>().is_some() => Ok((c, first)),
        Some(_) => Err(vm.err(&vm.e.runtime_error, "super(): __class__ is not a type")),
        None => Err(vm.err(&vm.e.runtime_error, "super(): empty __class__ cell")),
    }
}

/// Sets `__context__` of a newly raised exception to the one being handled.
fn chain_context(vm: &mut Vm, exc: &ObjRef) {
    if let Some(cur) = vm.exc_info.clone() {
        if cur.is(exc) {
            return;
        }
        if let Some(eb) = exc.downcast::<ExcBody>() {
            if eb.context.borrow().is_none() {
                // Break a cycle: walk cur's chain and cut it where exc appears.
                let mut o = cur.clone();
                loop {
                    let next = o.downcast::<ExcBody>().and_then(|b| b.context.borrow().clone());
                    match next {
                        Some(n) if n.is(exc) => {
                            *o.downcast::<ExcBody>().unwrap().context.borrow_mut() = None;
                            break;
                        }
                        Some(n) => o = n,
                        None => break,
                    }
                }
                *eb.context.borrow_mut() = Some(cur);
            }
        }
    }
}

/// Runs a class body (the function `__build_class__` receives) with `ns` as its locals.
pub fn run_class_body(vm: &mut Vm, func: &ObjRef, ns: &ObjRef) -> PyResult<()> {
    call::c_entry_check(vm)?;
    let ret_to = vm.stack.len();
    push_frame(vm, func, Vec::new(), None, ret_to, true)?;
    vm.frames.last_mut().unwrap().locals = Some(ns.clone());
    call::run_entered(vm, run).map(|_| ())
}

#[cfg(test)]
mod tests {
    use crate::host::Host;

    /// Runs testdata/NAME (CPython's code object) and compares stdout, stderr and the status.
    fn check(name: &str, source: &str, marshal: &[u8], stdout: &str, stderr: &str) {
        let (mut host, out, err) = Host::captured("/tmp/case");
        let code = crate::marshal::loads_code(marshal).expect("marshal data");
        let status = crate::pythonrun::run_main(&mut host, code, source, vec![format!("{name}.py")]);
        drop(host);
        assert_eq!(String::from_utf8_lossy(&out.contents()), stdout, "stdout of {name}");
        assert_eq!(String::from_utf8_lossy(&err.contents()), stderr, "stderr of {name}");
        assert_eq!(status, if stderr.contains("Traceback") { 1 } else { 0 });
    }

    #[test]
    fn basics() {
        check(
            "basics",
            include_str!("testdata/basics.py"),
            include_bytes!("testdata/basics.marshal"),
            include_str!("testdata/basics.stdout"),
            include_str!("testdata/basics.stderr"),
        );
    }
}

