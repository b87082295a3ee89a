//! The `gc` module (Modules/gcmodule.c): the interface to the cycle collector of objects/gc.rs
//! (Python/gc.c), whose header comment says how collections work.
//!
//! `collect`, `enable`/`disable`/`isenabled`, `get_count`, `get_threshold`/`set_threshold`
//! (CPython 3.13's (2000, 10, 10)), `get_debug`/`set_debug`, `get_stats`, `get_objects`,
//! `is_tracked`, `is_finalized`, `freeze`/`unfreeze`/`get_freeze_count`, `garbage` and
//! `callbacks` behave as CPython's; `get_referents`/`get_referrers` are in gc_referents.rs.
//! `DEBUG_STATS` and the other printing flags are kept but print nothing.

use super::{add_functions, module_dict, new_module};
use crate::objects::bodies::*;
use crate::objects::gc;
use crate::objects::object::ObjRef;
use crate::objects::typeobject::*;
use crate::vm::Vm;
use std::cell::RefCell;

/// The module's Python-visible lists, which the collector reads (`gcstate->callbacks`,
/// `gcstate->garbage`); the collector's own state is per thread in objects/gc.rs.
pub struct GcState {
    pub callbacks: RefCell<Option<ObjRef>>,
    pub garbage: RefCell<Option<ObjRef>>,
}

impl Default for GcState {
    fn default() -> GcState {
        // A new interpreter: the collector starts with CPython's settings.
        gc::reset();
        GcState { callbacks: RefCell::new(None), garbage: RefCell::new(None) }
    }
}

fn int_arg(vm: &mut Vm, o: &ObjRef) -> PyResult<i64> {
    match o.downcast::<IntBody>() {
        Some(i) => Ok(i.small().unwrap_or(i64::MAX)),
        None => Err(vm.type_error(&format!("'{}' object cannot be interpreted as an integer", vm.type_name(o)))),
    }
}

fn no_args(vm: &mut Vm, name: &str, args: &[ObjRef]) -> PyResult<()> {
    if !args.is_empty() {
        return Err(vm.type_error(&format!("gc.{name}() takes no arguments ({} given)", args.len())));
    }
    Ok(())
}

fn enable(vm: &mut Vm, args: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    no_args(vm, "enable", args)?;
    gc::set_enabled(true);
    Ok(vm.none.clone())
}
fn disable(vm: &mut Vm, args: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    no_args(vm, "disable", args)?;
    gc::set_enabled(false);
    Ok(vm.none.clone())
}
fn isenabled(vm: &mut Vm, args: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    no_args(vm, "isenabled", args)?;
    Ok(vm.bool(gc::enabled()))
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
    let mut generation = gc::NUM_GENERATIONS - 1;
    if let Some(g) = gen {
        let g = int_arg(vm, &g)?;
        if !(0..gc::NUM_GENERATIONS as i64).contains(&g) {
            return Err(vm.value_error("invalid generation"));
        }
        generation = g as usize;
    }
    let n = gc::collect(vm, generation, gc::Reason::Manual);
    Ok(vm.int(n as i64))
}
fn get_threshold(vm: &mut Vm, args: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    no_args(vm, "get_threshold", args)?;
    let t = gc::threshold();
    let v = t.iter().map(|x| vm.int(*x)).collect();
    Ok(vm.tuple(v))
}
fn set_threshold(vm: &mut Vm, args: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    if args.is_empty() || args.len() > 3 {
        return Err(vm.type_error("gc.set_threshold requires 1 to 3 arguments"));
    }
    let mut t = Vec::new();
    for a in args {
        t.push(int_arg(vm, a)?);
    }
    gc::set_threshold(&t);
    Ok(vm.none.clone())
}
fn get_count(vm: &mut Vm, args: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    no_args(vm, "get_count", args)?;
    let v = gc::count().iter().map(|c| vm.int(*c)).collect();
    Ok(vm.tuple(v))
}

fn one_arg<'a>(vm: &mut Vm, name: &str, args: &'a [ObjRef]) -> PyResult<&'a ObjRef> {
    match args {
        [o] => Ok(o),
        _ => Err(vm.type_error(&format!("{name}() takes exactly one argument ({} given)", args.len()))),
    }
}
fn is_tracked(vm: &mut Vm, args: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    let o = one_arg(vm, "gc.is_tracked", args)?;
    Ok(vm.bool(gc::is_tracked(o)))
}
fn is_finalized(vm: &mut Vm, args: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    let o = one_arg(vm, "gc.is_finalized", args)?;
    Ok(vm.bool(gc::is_finalized(o)))
}
fn get_debug(vm: &mut Vm, args: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    no_args(vm, "get_debug", args)?;
    Ok(vm.int(gc::debug()))
}
fn set_debug(vm: &mut Vm, args: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    let o = one_arg(vm, "gc.set_debug", args)?;
    let f = int_arg(vm, o)?;
    gc::set_debug(f);
    Ok(vm.none.clone())
}
fn get_stats(vm: &mut Vm, args: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    no_args(vm, "get_stats", args)?;
    let mut out = Vec::new();
    for s in gc::stats() {
        let d = vm.new_dict();
        for (k, v) in ["collections", "collected", "uncollectable"].iter().zip(s) {
            let v = vm.int(v as i64);
            vm.dict_set_str(&d, k, v);
        }
        out.push(d);
    }
    Ok(vm.list(out))
}
fn get_objects(vm: &mut Vm, args: &[ObjRef], kw: Option<&ObjRef>) -> PyResult {
    let (pos, kws) = super::split_kw(args, kw);
    if pos.len() > 1 {
        return Err(vm.type_error(&format!("get_objects() takes at most 1 argument ({} given)", pos.len())));
    }
    let mut gen = pos.first().cloned();
    for (k, v) in kws {
        if k != "generation" {
            return Err(vm.type_error(&format!("get_objects() got an unexpected keyword argument '{k}'")));
        }
        gen = Some(v);
    }
    let generation = match gen {
        Some(g) if !g.is(&vm.none) => {
            let g = int_arg(vm, &g)?;
            if g >= gc::NUM_GENERATIONS as i64 {
                return Err(vm.value_error(&format!("generation parameter must be less than the number of available generations ({})", gc::NUM_GENERATIONS)));
            }
            if g < -1 {
                return Err(vm.value_error("generation parameter cannot be negative"));
            }
            // -1 means every generation, as None does.
            (g >= 0).then_some(g as usize)
        }
        _ => None,
    };
    let objs = gc::objects(generation);
    Ok(vm.list(objs))
}
fn freeze(vm: &mut Vm, args: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    no_args(vm, "freeze", args)?;
    gc::freeze();
    Ok(vm.none.clone())
}
fn unfreeze(vm: &mut Vm, args: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    no_args(vm, "unfreeze", args)?;
    gc::unfreeze();
    Ok(vm.none.clone())
}
fn get_freeze_count(vm: &mut Vm, args: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    no_args(vm, "get_freeze_count", args)?;
    Ok(vm.int(gc::freeze_count() as i64))
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
            ("freeze", freeze),
            ("get_count", get_count),
            ("get_debug", get_debug),
            ("get_freeze_count", get_freeze_count),
            ("get_objects", get_objects),
            ("get_stats", get_stats),
            ("get_threshold", get_threshold),
            ("is_finalized", is_finalized),
            ("is_tracked", is_tracked),
            ("isenabled", isenabled),
            ("set_debug", set_debug),
            ("set_threshold", set_threshold),
            ("unfreeze", unfreeze),
        ],
    );
    let d = module_dict(&m);
    for name in ["garbage", "callbacks"] {
        let l = vm.list(Vec::new());
        let slot = if name == "garbage" { &vm.modules.gc.garbage } else { &vm.modules.gc.callbacks };
        *slot.borrow_mut() = Some(l.clone());
        vm.dict_set_str(&d, name, l);
    }
    for (k, v) in [("DEBUG_STATS", 1), ("DEBUG_COLLECTABLE", 2), ("DEBUG_UNCOLLECTABLE", 4), ("DEBUG_SAVEALL", 32), ("DEBUG_LEAK", 38)] {
        let i = vm.int(v);
        vm.dict_set_str(&d, k, i);
    }
    Ok(m)
}
