//! Finalizers (Objects/object.c `PyObject_CallFinalizerFromDealloc`, Objects/typeobject.c
//! `slot_tp_finalize`, Objects/genobject.c `_PyGen_Finalize`, Python/errors.c
//! `PyErr_WriteUnraisable`, and the clearing of `__main__` at exit in Python/pylifecycle.c
//! `finalize_modules` / Objects/moduleobject.c `_PyModule_ClearDict`).
//!
//! When the last reference to an instance of a type with a finalizer goes, objects/object.rs
//! keeps the object alive in a queue instead of freeing it; the eval loop runs the queue before
//! its next call (CPython runs the finalizer inside the decref; for ordinary programs the order
//! of what they print is the same). A finalizer runs once per object; an exception it raises is
//! reported as "Exception ignored in: ..." on stderr and otherwise ignored.

use super::bodies::*;
use super::object::{take_finalizable, take_gc_request, ObjRef};
use crate::vm::Vm;

/// Marks the instances of `ty` as needing a finalizer (a class defining `__del__`).
pub fn set_finalizer(ty: &ObjRef) {
    super::typeobject::tp(ty).head.finalizer.set(true);
}

/// Runs the finalizers of every queued object, oldest first (and of any queued meanwhile),
/// then the collection the allocation count scheduled, if any (objects/gc.rs).
pub fn run_pending(vm: &mut Vm) {
    // Not reentrant: a call inside a finalizer leaves the queue to the outer loop, which keeps
    // the objects' order (the order their last references went).
    if RUNNING.with(|r| r.replace(true)) {
        return;
    }
    loop {
        while let Some(o) = take_finalizable() {
            finalize(vm, &o);
            // Dropping the queue's reference frees the object unless the finalizer stored it.
            drop(o);
        }
        if !take_gc_request() {
            break;
        }
        super::gc::collect_scheduled(vm);
    }
    RUNNING.with(|r| r.set(false));
}

thread_local! {
    static RUNNING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Runs `o`'s finalizer (`tp_finalize`: `__del__`, or closing a generator); what it raises is
/// reported as unraisable.
pub fn finalize(vm: &mut Vm, o: &ObjRef) {
    if o.downcast::<GenBody>().is_some() {
        if let Err(e) = crate::eval::gen::close(vm, o) {
            write_unraisable(vm, o, &e.0);
        }
        return;
    }
    let n = vm.intern("__del__");
    let ty = o.type_of();
    let Some(f) = vm.type_lookup(&ty, &n) else { return };
    let saved = vm.exc_info.clone();
    let r = match super::slots::bind(vm, f.clone(), o) {
        Ok(bound) => vm.call(&bound, &[], None),
        Err(e) => Err(e),
    };
    vm.exc_info = saved;
    if let Err(e) = r {
        write_unraisable(vm, &f, &e.0);
    }
}

/// `PyErr_WriteUnraisable(obj)` with the default `sys.unraisablehook`
/// (Python/errors.c `write_unraisable_exc_file`): "Exception ignored in: <repr of obj>", the
/// traceback without position markers (and without source lines at exit), then
/// `module.Qualname: str(exc)`, the module left out for builtins and `__main__`; no chained
/// exceptions, no notes. Written to `sys.stderr`.
pub fn write_unraisable(vm: &mut Vm, obj: &ObjRef, exc: &ObjRef) {
    let what = vm.repr_string(obj).unwrap_or_else(|_| "<object repr() failed>".to_string());
    write_unraisable_text(vm, format!("Exception ignored in: {what}\n"), exc);
}

/// `PyErr_FormatUnraisable(msg)` without an object: "msg:" on its own line, then the report.
pub fn write_unraisable_msg(vm: &mut Vm, msg: &str, exc: &ObjRef) {
    write_unraisable_text(vm, format!("{msg}:\n"), exc);
}

fn write_unraisable_text(vm: &mut Vm, mut text: String, exc: &ObjRef) {
    let source = !AT_EXIT.with(|a| a.get());
    text.push_str(&crate::eval::traceback::format_tb_plain(vm, exc, source));
    let ty = exc.type_of();
    let module = vm.getattr_str(&ty, "__module__").ok().and_then(|m| m.downcast::<StrBody>().map(|s| s.text().into_owned()));
    match module.as_deref() {
        None => text.push_str("<unknown>"),
        Some("builtins") | Some("__main__") => {}
        Some(m) => {
            text.push_str(m);
            text.push('.');
        }
    }
    text.push_str(&super::typeobject::tp(&ty).qualname.borrow().clone());
    text.push_str(": ");
    match vm.str_string(exc) {
        Ok(s) => text.push_str(&s),
        Err(_) => text.push_str("<exception str() failed>"),
    }
    text.push('\n');
    crate::modules::sys_streams::write_stderr(vm, &text);
}

/// Sets `sys.modules['__main__']` to None when it is the module whose namespace is `globals`.
fn release_main_module(vm: &mut Vm, globals: &ObjRef) {
    let mods = crate::import::sys_modules(vm);
    let Ok(Some(m)) = vm.dict_get_str(&mods, "__main__") else { return };
    if m.downcast::<ModuleBody>().is_some_and(|b| b.dict.is(globals)) {
        drop(m);
        let none = vm.none.clone();
        vm.dict_set_str(&mods, "__main__", none);
    }
}

thread_local! {
    /// Set once the interpreter is finalizing (`clear_main`): CPython's traceback printer can
    /// no longer read source files then.
    static AT_EXIT: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// At exit: a full collection (when enabled), then `__main__`'s namespace is cleared as
/// `_PyModule_ClearDict` does (names starting with one underscore first, then the rest;
/// `__builtins__` stays), every finalizer this frees runs, and a last collection finds the
/// cycles the namespace held.
pub fn clear_main(vm: &mut Vm, globals: &ObjRef) {
    run_pending(vm);
    AT_EXIT.with(|a| a.set(true));
    // `Py_FinalizeEx` collects first (when the collector is enabled), while modules still work.
    super::gc::collect_at_exit(vm);
    run_pending(vm);
    // `finalize_modules` puts the original standard streams back before clearing modules.
    crate::modules::sys_streams::restore_std_files(vm);
    // `finalize_remove_modules` drops `sys.modules['__main__']`; with the module object gone,
    // the namespace is often held only by cycles through its own functions and classes, and
    // the collection that follows (`_PyGC_CollectNoFail`) finalizes and frees it whole, the
    // names still bound while the finalizers run. The one reference the caller keeps does not
    // count. What stays reachable is cleared name by name below.
    release_main_module(vm, globals);
    vm.clear_type_cache();
    super::gc::collect_releasing(vm, globals, 1);
    run_pending(vm);
    let Some(d) = globals.downcast::<DictBody>() else { return };
    let keys: Vec<ObjRef> = d.table.borrow().iter().map(|(k, _)| k.clone()).collect();
    for pass in 0..2 {
        for k in &keys {
            let Some(s) = k.downcast::<StrBody>().map(|s| s.text().into_owned()) else { continue };
            let first = s.starts_with('_') && !s.starts_with("__");
            if s == "__builtins__" || (pass == 0 && !first) || (pass == 1 && first) {
                continue;
            }
            let none = vm.none.clone();
            if matches!(vm.dict_get(globals, k), Ok(Some(_))) {
                let _ = vm.dict_set(globals, k.clone(), none);
            }
            run_pending(vm);
        }
    }
    // `finalize_modules` collects once more after the module dicts are cleared (without
    // callbacks): the cycles the namespace kept alive are finalized and freed now.
    super::gc::collect(vm, super::gc::NUM_GENERATIONS - 1, super::gc::Reason::Shutdown);
    run_pending(vm);
}
