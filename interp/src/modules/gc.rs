//! The `gc` module (Modules/gcmodule.c, Python/gc.c), as far as pyref can honour it.
//!
//! Where it differs from CPython: pyref frees objects by reference counting only and has no cycle
//! collector yet, so `collect()` finds nothing and returns 0 (CPython returns the number of
//! unreachable objects it found), `get_count()` is `(0, 0, 0)`, `is_tracked` answers from the
//! object's type and contents (CPython's untracking of tuples and dicts of atomic values during a
//! collection is not modelled), and `garbage`/`callbacks` are plain lists nothing fills or calls.
//! Thresholds and the enabled flag are kept and reported as CPython 3.13 does ((2000, 10, 10)).

use super::{add_functions, module_dict, new_module};
use crate::objects::bodies::*;
use crate::objects::object::ObjRef;
use crate::objects::typeobject::*;
use crate::vm::Vm;
use std::cell::Cell;

/// The collector's settings, per interpreter.
pub struct GcState {
    enabled: Cell<bool>,
    threshold: Cell<[i64; 3]>,
}

impl Default for GcState {
    fn default() -> GcState {
        GcState { enabled: Cell::new(true), threshold: Cell::new([2000, 10, 10]) }
    }
}

fn st<'a>(vm: &'a Vm) -> &'a GcState {
    &vm.modules.gc
}

fn int_arg(vm: &mut Vm, o: &ObjRef) -> PyResult<i64> {
    match o.downcast::<IntBody>() {
        Some(i) => Ok(i.small().unwrap_or(i64::MAX)),
        None => Err(vm.type_error(&format!("'{}' object cannot be interpreted as an integer", vm.type_name(o)))),
    }
}

fn no_args(vm: &mut Vm, name: &str, args: &[ObjRef]) -> PyResult<()> {
    if !args.is_empty() {
        return Err(vm.type_error(&format!("{name}() takes no arguments ({} given)", args.len())));
    }
    Ok(())
}

fn enable(vm: &mut Vm, args: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    no_args(vm, "enable", args)?;
    st(vm).enabled.set(true);
    Ok(vm.none.clone())
}
fn disable(vm: &mut Vm, args: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    no_args(vm, "disable", args)?;
    st(vm).enabled.set(false);
    Ok(vm.none.clone())
}
fn isenabled(vm: &mut Vm, args: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    no_args(vm, "isenabled", args)?;
    Ok(vm.bool(st(vm).enabled.get()))
}
fn collect(vm: &mut Vm, args: &[ObjRef], kw: Option<&ObjRef>) -> PyResult {
    let (pos, kws) = super::split_kw(args, kw);
    if pos.len() > 1 {
        return Err(vm.type_error(&format!("collect() takes at most 1 argument ({} given)", pos.len())));
    }
    let mut gen = pos.first().cloned();
    for (k, v) in kws {
        if k != "generation" {
            return Err(vm.type_error(&format!("collect() got an unexpected keyword argument '{k}'")));
        }
        gen = Some(v);
    }
    if let Some(g) = gen {
        let g = int_arg(vm, &g)?;
        if !(0..=2).contains(&g) {
            return Err(vm.value_error("invalid generation"));
        }
    }
    Ok(vm.int(0))
}
fn get_threshold(vm: &mut Vm, args: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    no_args(vm, "get_threshold", args)?;
    let t = st(vm).threshold.get();
    let v = t.iter().map(|x| vm.int(*x)).collect();
    Ok(vm.tuple(v))
}
fn set_threshold(vm: &mut Vm, args: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    if args.is_empty() || args.len() > 3 {
        return Err(vm.type_error("gc.set_threshold requires 1 to 3 arguments"));
    }
    let mut t = st(vm).threshold.get();
    for (i, a) in args.iter().enumerate() {
        t[i] = int_arg(vm, a)?;
    }
    st(vm).threshold.set(t);
    Ok(vm.none.clone())
}
fn get_count(vm: &mut Vm, args: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    no_args(vm, "get_count", args)?;
    let v = vec![vm.int(0), vm.int(0), vm.int(0)];
    Ok(vm.tuple(v))
}

/// Whether CPython's collector would track `o` (`_PyObject_GC_IS_TRACKED`), from its type:
/// atomic values are untracked; a dict only once it holds a tracked key or value.
fn tracked(vm: &mut Vm, o: &ObjRef) -> bool {
    if o.downcast::<IntBody>().is_some()
        || o.downcast::<StrBody>().is_some()
        || o.downcast::<FloatBody>().is_some()
        || o.is(&vm.none)
        || o.is(&vm.ellipsis)
        || o.is(&vm.notimpl)
        || o.downcast::<RangeBody>().is_some()
        || o.downcast::<CodeBody>().is_some()
    {
        return false;
    }
    let tn = vm.type_name(o);
    if matches!(tn.as_str(), "bytes" | "complex" | "bytearray") && tp(&o.type_of()).module.borrow().as_str() == "builtins" {
        return false;
    }
    if let Some(d) = o.downcast::<DictBody>() {
        let items: Vec<(ObjRef, ObjRef)> = d.table.borrow().iter().map(|(k, v)| (k.clone(), v.clone())).collect();
        return items.iter().any(|(k, v)| tracked(vm, k) || tracked(vm, v));
    }
    true
}
fn is_tracked(vm: &mut Vm, args: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    if args.len() != 1 {
        return Err(vm.type_error(&format!("gc.is_tracked() takes exactly one argument ({} given)", args.len())));
    }
    let t = tracked(vm, &args[0]);
    Ok(vm.bool(t))
}

pub fn make(vm: &mut Vm) -> PyResult {
    let m = new_module(vm, "gc");
    super::gc_referents::add(vm, &m);
    add_functions(
        vm,
        &m,
        &[
            ("collect", collect as NativeFn),
            ("disable", disable),
            ("enable", enable),
            ("get_count", get_count),
            ("get_threshold", get_threshold),
            ("is_tracked", is_tracked),
            ("isenabled", isenabled),
            ("set_threshold", set_threshold),
        ],
    );
    let d = module_dict(&m);
    for name in ["garbage", "callbacks"] {
        let l = vm.list(Vec::new());
        vm.dict_set_str(&d, name, l);
    }
    for (k, v) in [("DEBUG_STATS", 1), ("DEBUG_COLLECTABLE", 2), ("DEBUG_UNCOLLECTABLE", 4), ("DEBUG_SAVEALL", 32), ("DEBUG_LEAK", 38)] {
        let i = vm.int(v);
        vm.dict_set_str(&d, k, i);
    }
    Ok(m)
}
