//! Frame objects (Objects/frameobject.c `PyFrameObject`, Python/frame.c `take_ownership`) and
//! traceback objects (Python/traceback.c `PyTracebackObject`).
//!
//! The eval loop's frames are records in `Vm::frames` over the shared data stack; nothing is
//! allocated for them. A frame object is made only when Python asks for one (`sys._getframe`,
//! `f_back`, `gi_frame`): it is then a *view* of the live record (`FrameState::Live`, holding its
//! index, which stays fixed while the frame runs) and the record remembers it (`Frame::fobj`).
//! When a frame with a frame object is popped, the eval loop calls [`frame_exit`], which copies
//! what the object still shows (code, namespaces, locals, last instruction, and the caller's frame
//! object as `f_back`) into the object, as CPython's `take_ownership` copies the interpreter frame
//! into the `PyFrameObject`. Frames nobody asked about pay one `Option` test when they return.
//!
//! Traceback objects are built on demand from an exception's recorded entries (code object and
//! last instruction per frame): `tb_frame` is a finished frame object showing that code.

use super::bodies::*;
use super::object::{alloc, ObjRef};
use super::typeobject::*;
use crate::vm::Vm;
use std::cell::RefCell;

/// What a finished frame object still shows.
pub struct Snapshot {
    pub code: ObjRef,
    pub globals: Option<ObjRef>,
    pub builtins: Option<ObjRef>,
    pub locals: Option<ObjRef>,
    pub lasti: usize,
    pub back: Option<ObjRef>,
}

pub enum FrameState {
    /// The frame is running (or waiting for a callee) at this index of `Vm::frames`.
    Live(usize),
    Dead(Box<Snapshot>),
}

pub struct FrameObjBody {
    pub state: RefCell<FrameState>,
    /// Names written through `f_locals` that are not variables of the code (PEP 667's extra
    /// locals; objects/framelocals.rs).
    pub extra: RefCell<Option<ObjRef>>,
}
crate::impl_body!(FrameObjBody, "frame", gc);

/// `tb_frame`, `tb_lasti` (in code units), `tb_next`.
pub struct TracebackBody {
    pub frame: ObjRef,
    pub code: ObjRef,
    pub lasti: usize,
    pub next: Option<ObjRef>,
}
crate::impl_body!(TracebackBody, "traceback", gc);

/// The frame object of `vm.frames[index]`, made on first request.
pub fn frame_object(vm: &mut Vm, index: usize) -> ObjRef {
    if let Some(o) = &vm.frames[index].fobj {
        return o.clone();
    }
    let o = alloc(&vm.t.frame.clone(), FrameObjBody { state: RefCell::new(FrameState::Live(index)), extra: RefCell::new(None) });
    vm.frames[index].fobj = Some(o.clone());
    o
}

/// The variables of a function frame whose localsplus starts at `base`, as a new dict (PEP 667's
/// snapshot: cells show their contents, unbound names are left out).
pub fn locals_snapshot(vm: &mut Vm, code: &ObjRef, base: usize) -> ObjRef {
    let cb = code.downcast::<CodeBody>().unwrap();
    let d = vm.new_dict();
    for (i, name) in cb.localsplusnames.iter().enumerate() {
        let Some(v) = vm.stack.get(base + i).cloned().flatten() else { continue };
        let kind = cb.code.localspluskinds.get(i).copied().unwrap_or(0);
        let is_cell = kind & (crate::code::kinds::CO_FAST_CELL | crate::code::kinds::CO_FAST_FREE) != 0;
        let v = match (is_cell, v.downcast::<CellBody>()) {
            (true, Some(c)) => match c.value.borrow().clone() {
                Some(x) => x,
                None => continue,
            },
            _ => v,
        };
        let _ = vm.dict_set(&d, name.clone(), v);
    }
    d
}

/// Called by the eval loop when it pops a frame that has a frame object, before the frame's
/// part of the data stack is released: the object keeps a copy of what it shows.
pub fn frame_exit(vm: &mut Vm, fr: &crate::eval::Frame) {
    let Some(o) = &fr.fobj else { return };
    let locals = match &fr.locals {
        Some(l) => l.clone(),
        None => {
            let d = locals_snapshot(vm, &fr.code, fr.base);
            if let Some(x) = super::framelocals::extra_locals(o) {
                let items: Vec<(ObjRef, ObjRef)> = x.downcast::<DictBody>().unwrap().table.borrow().iter().map(|(k, v)| (k.clone(), v.clone())).collect();
                for (k, v) in items {
                    let _ = vm.dict_set(&d, k, v);
                }
            }
            d
        }
    };
    // A generator's frame has no caller once it is suspended or finished.
    let back = if fr.gen.is_none() && !vm.frames.is_empty() { Some(frame_object(vm, vm.frames.len() - 1)) } else { None };
    let snap = Snapshot { code: fr.code.clone(), globals: Some(fr.globals.clone()), builtins: Some(fr.builtins.clone()), locals: Some(locals), lasti: fr.lasti, back };
    *o.downcast::<FrameObjBody>().unwrap().state.borrow_mut() = FrameState::Dead(Box::new(snap));
}

/// A generator's frame resumes at index `index` of `Vm::frames`: its frame object, which showed
/// the suspended frame, is a view of the live record again.
pub fn frame_resumed(o: &ObjRef, index: usize) {
    if let Some(f) = o.downcast::<FrameObjBody>() {
        *f.state.borrow_mut() = FrameState::Live(index);
    }
}

/// A finished frame object showing `code` stopped at `lasti` (a suspended generator's frame,
/// a traceback entry's frame).
pub fn dead_frame(vm: &mut Vm, code: ObjRef, globals: Option<ObjRef>, builtins: Option<ObjRef>, locals: Option<ObjRef>, lasti: usize) -> ObjRef {
    let snap = Snapshot { code, globals, builtins, locals, lasti, back: None };
    alloc(&vm.t.frame.clone(), FrameObjBody { state: RefCell::new(FrameState::Dead(Box::new(snap))), extra: RefCell::new(None) })
}

fn line_of(code: &ObjRef, lasti: usize) -> Option<i32> {
    let cb = code.downcast::<CodeBody>()?;
    cb.code.addr2line((lasti * 2) as u32)
}

/// The code object a frame object shows.
pub fn frame_code(vm: &Vm, f: &FrameObjBody) -> ObjRef {
    code_lasti(vm, f).0
}

/// (code, lasti) of a frame object.
fn code_lasti(vm: &Vm, f: &FrameObjBody) -> (ObjRef, usize) {
    match &*f.state.borrow() {
        FrameState::Live(i) => (vm.frames[*i].code.clone(), vm.frames[*i].lasti),
        FrameState::Dead(s) => (s.code.clone(), s.lasti),
    }
}

fn frame_attr(vm: &mut Vm, o: &ObjRef, f: &FrameObjBody, name: &str) -> PyResult<Option<ObjRef>> {
    let none = vm.none.clone();
    let live = match &*f.state.borrow() {
        FrameState::Live(i) => Some(*i),
        FrameState::Dead(_) => None,
    };
    let (code, lasti) = code_lasti(vm, f);
    Ok(Some(match name {
        "f_code" => code,
        "f_lasti" => vm.int((lasti * 2) as i64),
        "f_lineno" => match line_of(&code, lasti) {
            Some(l) => vm.int(l as i64),
            None => none,
        },
        "f_trace" => none,
        "f_trace_lines" => vm.true_.clone(),
        "f_trace_opcodes" => vm.false_.clone(),
        "f_globals" | "f_builtins" | "f_locals" | "f_back" => {
            if let Some(i) = live {
                match name {
                    "f_globals" => vm.frames[i].globals.clone(),
                    "f_builtins" => vm.frames[i].builtins.clone(),
                    "f_locals" => match vm.frames[i].locals.clone() {
                        Some(l) => l,
                        None => super::framelocals::new_proxy(vm, o),
                    },
                    _ => {
                        if vm.frames[i].gen.is_some() || i == 0 {
                            // A running generator's caller is found through the stack too.
                            if i == 0 {
                                none
                            } else {
                                frame_object(vm, i - 1)
                            }
                        } else {
                            frame_object(vm, i - 1)
                        }
                    }
                }
            } else {
                let st = f.state.borrow();
                let FrameState::Dead(s) = &*st else { unreachable!() };
                let v = match name {
                    "f_globals" => s.globals.clone(),
                    "f_builtins" => s.builtins.clone(),
                    "f_locals" => s.locals.clone(),
                    _ => s.back.clone(),
                };
                drop(st);
                match v {
                    Some(v) => v,
                    None if name == "f_back" => none,
                    None => vm.new_dict(),
                }
            }
        }
        "clear" => {
            let _ = o;
            return Ok(None);
        }
        _ => return Ok(None),
    }))
}

fn frame_repr(vm: &mut Vm, o: &ObjRef) -> PyResult {
    let f = o.downcast::<FrameObjBody>().unwrap();
    let (code, lasti) = code_lasti(vm, f);
    let cb = code.downcast::<CodeBody>().unwrap();
    let line = line_of(&code, lasti).unwrap_or(-1);
    let s = format!("<frame at {:#x}, file '{}', line {}, code {}>", o.addr(), cb.code.filename, line, cb.code.name);
    Ok(vm.str(&s))
}

/// The traceback chain of an exception's recorded entries, outermost frame first.
pub fn traceback_of(vm: &mut Vm, entries: &[TbEntry]) -> Option<ObjRef> {
    let mut next: Option<ObjRef> = None;
    // Entries are recorded innermost first; the chain starts at the outermost.
    for e in entries.iter() {
        let frame = dead_frame(vm, e.code.clone(), None, None, None, e.lasti);
        let tb = alloc(&vm.t.traceback.clone(), TracebackBody { frame, code: e.code.clone(), lasti: e.lasti, next: next.take() });
        next = Some(tb);
    }
    next
}

/// The entries a traceback chain stands for (innermost first), for `__traceback__` assignment.
pub fn entries_of(tb: &ObjRef) -> Option<Vec<TbEntry>> {
    let mut v = Vec::new();
    let mut cur = Some(tb.clone());
    while let Some(t) = cur {
        let b = t.downcast::<TracebackBody>()?;
        v.push(TbEntry { code: b.code.clone(), lasti: b.lasti });
        cur = b.next.clone();
    }
    v.reverse();
    Some(v)
}

fn tb_attr(vm: &mut Vm, t: &TracebackBody, name: &str) -> Option<ObjRef> {
    Some(match name {
        "tb_frame" => t.frame.clone(),
        "tb_lasti" => vm.int((t.lasti * 2) as i64),
        "tb_lineno" => match line_of(&t.code, t.lasti) {
            Some(l) => vm.int(l as i64),
            None => vm.none.clone(),
        },
        "tb_next" => t.next.clone().unwrap_or_else(|| vm.none.clone()),
        _ => return None,
    })
}

/// The frame of a generator or coroutine (`gi_frame`/`cr_frame`) while it has one.
fn gen_frame(vm: &mut Vm, g: &ObjRef, b: &GenBody) -> Option<ObjRef> {
    if b.running.get() {
        let i = vm.frames.iter().rposition(|f| f.gen.as_ref().is_some_and(|x| x.is(g)))?;
        return Some(frame_object(vm, i));
    }
    if !b.suspended() {
        return None;
    }
    // The suspended frame's record keeps its frame object, so that each access returns the same
    // object, which becomes a live view again when the generator resumes.
    let held = b.frame.take();
    let kept = held.as_ref().and_then(|h| h.fobj.clone());
    b.frame.set(held);
    if kept.is_some() {
        return kept;
    }
    let cb = b.code.downcast::<CodeBody>()?;
    let n = cb.code.nlocalsplus();
    // Locals of the suspended frame: lay them out as the snapshot reader expects.
    let base = vm.stack.len();
    let locals: Vec<Option<ObjRef>> = b.values.borrow().iter().take(n).cloned().collect();
    vm.stack.extend(locals);
    let code = b.code.clone();
    let (globals, builtins) = (b.globals.clone(), b.builtins.clone());
    // Before the first resumption the frame sits at RETURN_GENERATOR; after, at its YIELD_VALUE.
    let lasti = if b.state.get() != GenState::Created { b.ip.get().saturating_sub(1) } else { 0 };
    let locals = locals_snapshot(vm, &code, base);
    vm.stack.truncate(base);
    let o = dead_frame(vm, code, Some(globals), Some(builtins), Some(locals), lasti);
    let mut held = b.frame.take();
    if let Some(h) = &mut held {
        h.fobj = Some(o.clone());
    }
    b.frame.set(held);
    Some(o)
}

/// Attributes of frames, tracebacks, cells, and the introspection attributes of functions,
/// methods and built-in functions that `slots::special_attr` does not serve itself.
pub fn attribute(vm: &mut Vm, o: &ObjRef, name: &str) -> PyResult<Option<ObjRef>> {
    if let Some(f) = o.downcast::<FrameObjBody>() {
        return frame_attr(vm, o, f, name);
    }
    if o.downcast::<StreamBody>().is_some() {
        return Ok(match name {
            "encoding" => Some(vm.str("utf-8")),
            "errors" => Some(vm.str("strict")),
            _ => None,
        });
    }
    if let Some(t) = o.downcast::<TracebackBody>() {
        return Ok(tb_attr(vm, t, name));
    }
    if let Some(c) = o.downcast::<CellBody>() {
        if name == "cell_contents" {
            return match c.value.borrow().clone() {
                Some(v) => Ok(Some(v)),
                None => Err(vm.value_error("Cell is empty")),
            };
        }
        return Ok(None);
    }
    if let Some(b) = o.downcast::<GenBody>() {
        if matches!(name, "gi_frame" | "cr_frame" | "ag_frame") {
            return Ok(gen_frame(vm, o, b));
        }
        return Ok(None);
    }
    if let Some(f) = o.downcast::<FunctionBody>() {
        return Ok(super::funcattrs::function_attr(vm, f, name));
    }
    if let Some(m) = o.downcast::<MethodBody>() {
        if matches!(name, "__self__" | "__func__") {
            return Ok(None);
        }
        let func = m.func.clone();
        let n = vm.intern(name);
        return match vm.getattr(&func, &n) {
            Ok(v) => Ok(Some(v)),
            Err(e) if e.0.type_of().is(&vm.e.attribute_error) => Ok(None),
            Err(e) => Err(e),
        };
    }
    if let Some(b) = o.downcast::<BuiltinBody>() {
        return Ok(match name {
            "__module__" => Some(match &b.self_ {
                None => vm.str("builtins"),
                Some(s) if s.downcast::<ModuleBody>().is_some() => vm.getattr_str(s, "__name__")?,
                Some(_) => vm.none.clone(),
            }),
            "__qualname__" => match &b.self_ {
                Some(s) if s.downcast::<ModuleBody>().is_none() && s.downcast::<TypeObject>().is_none() => {
                    let t = s.type_of();
                    Some(vm.str(&format!("{}.{}", tp(&t).qualname.borrow(), b.name)))
                }
                _ => None,
            },
            "__text_signature__" => Some(vm.none.clone()),
            "__doc__" => Some(vm.none.clone()),
            _ => None,
        });
    }
    Ok(None)
}

/// `__traceback__` of an exception as a traceback object (or None).
pub fn exc_traceback(vm: &mut Vm, e: &ExcBody) -> ObjRef {
    let n = e.traceback.borrow().len();
    if let Some((len, o)) = &*e.tb_obj.borrow() {
        if *len == n {
            return o.clone();
        }
    }
    let entries = e.traceback.borrow().clone();
    let tb = traceback_of(vm, &entries).unwrap_or_else(|| vm.none.clone());
    *e.tb_obj.borrow_mut() = Some((n, tb.clone()));
    tb
}

/// `BaseException.with_traceback(tb)`.
fn with_traceback(vm: &mut Vm, args: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    if args.len() != 2 {
        return Err(vm.type_error(&format!("BaseException.with_traceback() takes exactly one argument ({} given)", args.len().saturating_sub(1))));
    }
    super::funcattrs::set_special(vm, &args[0], "__traceback__", &Some(args[1].clone()))?;
    Ok(args[0].clone())
}


pub fn install(vm: &mut Vm) {
    let t = vm.t.frame.clone();
    tp(&t).slots.repr.set(Some(frame_repr));
    super::code_attrs::install(vm);
    super::framelocals::install(vm);
    let f = vm.t.function.clone();
    tp(&f).slots.new.set(Some(super::funcattrs::function_new));
    let be = vm.e.base_exception.clone();
    vm.add_method(&be, "with_traceback", with_traceback);
}

#[cfg(test)]
mod tests {
    use crate::pythonrun::run_ok as run;

    #[test]
    fn a_frame_object_outlives_its_frame() {
        let out = run("import sys\ndef f(a):\n    b = a + 1\n    return sys._getframe()\nfr = f(1)\nprint(fr.f_code.co_name, fr.f_lineno, sorted(fr.f_locals.items()), fr.f_back.f_code.co_name)\n");
        assert_eq!(out, "f 4 [('a', 1), ('b', 2)] <module>\n");
    }

    #[test]
    fn f_locals_writes_through_and_tracebacks_chain() {
        let out = run("import sys\ndef f():\n    x = 1\n    sys._getframe().f_locals['x'] = 5\n    return x\nprint(f())\ndef g():\n    raise KeyError(1)\ntry:\n    g()\nexcept KeyError as e:\n    tb = e.__traceback__\n    print(tb.tb_frame.f_code.co_name, tb.tb_next.tb_frame.f_code.co_name, tb.tb_next.tb_lineno, tb is e.__traceback__)\n");
        assert_eq!(out, "5\n<module> g 8 True\n");
    }
}
