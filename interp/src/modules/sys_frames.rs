//! The introspection functions of the `sys` module (Python/sysmodule.c): `_getframe`,
//! `exception`, `exc_info`, `intern`, `getswitchinterval`/`setswitchinterval`, and
//! `version_info` as the struct sequence it is.

use crate::objects::bodies::*;
use crate::objects::frameobject::{exc_traceback, frame_object};
use crate::objects::object::ObjRef;
use crate::objects::structseq;
use crate::objects::typeobject::*;
use crate::vm::Vm;
use std::cell::Cell;

thread_local! {
    /// `_PyEval_SetSwitchInterval`'s value, in seconds (one interpreter per thread here).
    static SWITCH_INTERVAL: Cell<f64> = const { Cell::new(0.005) };
}

/// `sys._getframe([depth])`: the caller's frame, or the one `depth` calls further out.
fn getframe(vm: &mut Vm, args: &[ObjRef], kw: Option<&ObjRef>) -> PyResult {
    if kw.and_then(|k| k.downcast::<TupleBody>()).is_some_and(|t| !t.items.is_empty()) {
        return Err(vm.type_error("_getframe() takes no keyword arguments"));
    }
    if args.len() > 1 {
        return Err(vm.type_error(&format!("_getframe expected at most 1 argument, got {}", args.len())));
    }
    let depth = match args.first() {
        None => 0,
        Some(a) => match crate::objects::longobject::view(a) {
            Some(crate::objects::longobject::IntView::Small(n)) => n,
            Some(_) => return Err(vm.err(&vm.e.overflow_error.clone(), "Python int too large to convert to C int")),
            None => return Err(vm.type_error(&format!("'{}' object cannot be interpreted as an integer", vm.type_name(a)))),
        },
    };
    let n = vm.frames.len() as i64;
    let idx = n - 1 - depth.max(0);
    if idx < 0 || n == 0 {
        return Err(vm.value_error("call stack is not deep enough"));
    }
    Ok(frame_object(vm, idx as usize))
}

fn exception(vm: &mut Vm, args: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    if !args.is_empty() {
        return Err(vm.type_error(&format!("exception() takes no arguments ({} given)", args.len())));
    }
    Ok(vm.exc_info.clone().unwrap_or_else(|| vm.none.clone()))
}

fn exc_info(vm: &mut Vm, args: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    if !args.is_empty() {
        return Err(vm.type_error(&format!("exc_info() takes no arguments ({} given)", args.len())));
    }
    Ok(match vm.exc_info.clone() {
        None => {
            let n = vm.none.clone();
            vm.tuple(vec![n.clone(), n.clone(), n])
        }
        Some(e) => {
            let tb = match e.downcast::<ExcBody>() {
                Some(b) => exc_traceback(vm, b),
                None => vm.none.clone(),
            };
            vm.tuple(vec![e.type_of(), e, tb])
        }
    })
}

fn intern(vm: &mut Vm, args: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    if args.len() != 1 {
        return Err(vm.type_error(&format!("intern() takes exactly one argument ({} given)", args.len())));
    }
    let s = &args[0];
    if s.downcast::<StrBody>().is_none() {
        return Err(vm.type_error(&format!("intern() argument must be str, not {}", vm.type_name(s))));
    }
    if !s.is_exact(&vm.t.str_) {
        return Err(vm.type_error(&format!("can't intern {}", vm.type_name(s))));
    }
    Ok(vm.intern_obj(s))
}

fn getswitchinterval(vm: &mut Vm, _args: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    Ok(vm.float(SWITCH_INTERVAL.with(|c| c.get())))
}

fn setswitchinterval(vm: &mut Vm, args: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    let Some(a) = args.first() else {
        return Err(vm.type_error("setswitchinterval() takes exactly one argument (0 given)"));
    };
    let v = match a.downcast::<FloatBody>() {
        Some(f) => f.v,
        None => match crate::objects::longobject::small_int(a) {
            Some(i) => i as f64,
            None => return Err(vm.type_error(&format!("must be real number, not {}", vm.type_name(a)))),
        },
    };
    if v <= 0.0 {
        return Err(vm.value_error("switch interval must be strictly positive"));
    }
    // CPython keeps whole microseconds.
    let us = (v * 1e6) as u64;
    SWITCH_INTERVAL.with(|c| c.set(us as f64 / 1e6));
    Ok(vm.none.clone())
}

/// `sys.getsizeof` of an instance whose class defines `__sizeof__` in Python: its result (an
/// int >= 0) plus the pre-header of a class instance (the GC header, and the managed
/// `__dict__` pointers when instances have a dict). None when the class has no such method.
pub fn user_sizeof(vm: &mut Vm, o: &ObjRef) -> PyResult<Option<i64>> {
    let ty = o.type_of();
    if !tp(&ty).has_flag(tpflags::HEAPTYPE) {
        return Ok(None);
    }
    let name = vm.intern("__sizeof__");
    let Some(f) = vm.type_lookup(&ty, &name) else { return Ok(None) };
    if f.downcast::<FunctionBody>().is_none() {
        return Ok(None);
    }
    let r = vm.call(&f, std::slice::from_ref(o), None)?;
    let n = match crate::objects::longobject::view(&r) {
        Some(crate::objects::longobject::IntView::Small(n)) => n,
        Some(_) => return Err(vm.err(&vm.e.overflow_error.clone(), "Python int too large to convert to C ssize_t")),
        None => return Err(vm.type_error("an integer is required")),
    };
    if n < 0 {
        return Err(vm.value_error("__sizeof__() should return >= 0"));
    }
    Ok(Some(n + 16 + crate::objects::member_slots::preheader(tp(&ty)) as i64))
}

/// Adds these functions and `version_info` to the `sys` namespace `d`.
pub fn add(vm: &mut Vm, d: &ObjRef) {
    SWITCH_INTERVAL.with(|c| c.set(0.005));
    for (name, f) in [
        ("_getframe", getframe as NativeFn),
        ("exception", exception),
        ("exc_info", exc_info),
        ("intern", intern),
        ("getswitchinterval", getswitchinterval),
        ("setswitchinterval", setswitchinterval),
    ] {
        let o = vm.builtin_fn(name, f, None);
        vm.dict_set_str(d, name, o);
    }
    let ty = structseq::new_type(vm, "sys", "version_info", &["major", "minor", "micro", "releaselevel", "serial"]);
    let items = vec![vm.int(3), vm.int(13), vm.int(0), vm.str("final"), vm.int(0)];
    let vi = structseq::new_instance(&ty, items);
    vm.dict_set_str(d, "version_info", vi);
}
