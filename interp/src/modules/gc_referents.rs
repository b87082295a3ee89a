//! `gc.get_referents` and `gc.get_referrers` (Modules/gcmodule.c), over each container's
//! `tp_traverse` order (Objects/listobject.c and tupleobject.c visit items last to first,
//! Objects/dictobject.c visits only the values of a dict whose keys are all str, else key then
//! value per entry).
//!
//! Where it differs from CPython: there is no list of all tracked objects, so `get_referrers`
//! searches the objects reachable from the roots (`sys.modules`, every frame's namespaces and
//! value stack) instead of every live container; objects only reachable through unreachable
//! cycles are not found.

use crate::objects::bodies::*;
use crate::objects::object::ObjRef;
use crate::objects::typeobject::*;
use crate::vm::Vm;

/// What `o`'s `tp_traverse` visits, in order; empty for objects that are not containers.
pub fn referents(vm: &mut Vm, o: &ObjRef) -> Vec<ObjRef> {
    let mut out = Vec::new();
    if let Some(l) = o.downcast::<ListBody>() {
        out.extend(l.items.borrow().iter().rev().cloned());
    } else if let Some(t) = o.downcast::<TupleBody>() {
        out.extend(t.items.iter().rev().cloned());
    } else if let Some(d) = o.downcast::<DictBody>() {
        let table = d.table.borrow();
        let all_str = table.iter().all(|(k, _)| k.downcast::<StrBody>().is_some());
        for (k, v) in table.iter() {
            if !all_str {
                out.push(k.clone());
            }
            out.push(v.clone());
        }
    } else if let Some(s) = o.downcast::<crate::objects::setobject::SetBody>() {
        out.extend(s.table.borrow().iter().cloned());
    } else if let Some(f) = o.downcast::<FunctionBody>() {
        out.push(f.code.clone());
        out.push(f.globals.clone());
        for x in [&f.module, &f.defaults, &f.kwdefaults, &f.doc, &f.dict, &f.closure, &f.annotations] {
            out.extend(x.borrow().clone());
        }
        out.push(f.name.borrow().clone());
        out.push(f.qualname.borrow().clone());
    } else if let Some(c) = o.downcast::<CellBody>() {
        out.extend(c.value.borrow().clone());
    } else if let Some(m) = o.downcast::<MethodBody>() {
        out.push(m.func.clone());
        out.push(m.self_.clone());
    } else if let Some(m) = o.downcast::<ModuleBody>() {
        out.push(m.dict.clone());
    } else if let Some(t) = o.downcast::<TypeObject>() {
        out.extend(t.dict.borrow().clone());
        out.extend(t.mro.borrow().iter().cloned());
    } else if let Some(e) = o.downcast::<ExcBody>() {
        out.extend(e.dict.borrow().clone());
        out.push(e.args.borrow().clone());
    } else if let Some(d) = crate::objects::slots::instance_dict(o) {
        out.push(o.type_of());
        out.push(d);
    }
    let _ = vm;
    out
}

fn get_referents(vm: &mut Vm, args: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    let mut out = Vec::new();
    for a in args {
        out.extend(referents(vm, a));
    }
    Ok(vm.list(out))
}

/// The roots of the reachability walk: `sys.modules`, and each frame's namespaces and slots.
fn roots(vm: &mut Vm) -> Vec<ObjRef> {
    let mut r = vec![crate::import::sys_modules(vm), vm.builtins.clone()];
    for f in vm.frames.iter() {
        r.push(f.globals.clone());
        r.extend(f.locals.clone());
    }
    r.extend(vm.stack.iter().flatten().cloned());
    r
}

fn get_referrers(vm: &mut Vm, args: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    let mut seen: std::collections::HashSet<usize> = std::collections::HashSet::new();
    let mut todo = roots(vm);
    let mut out = Vec::new();
    let args_list: Vec<ObjRef> = args.to_vec();
    while let Some(o) = todo.pop() {
        if !seen.insert(o.addr()) {
            continue;
        }
        let refs = referents(vm, &o);
        if refs.iter().any(|r| args_list.iter().any(|a| a.is(r))) {
            out.push(o.clone());
        }
        todo.extend(refs);
    }
    Ok(vm.list(out))
}

/// Adds the functions to the `gc` module `m`.
pub fn add(vm: &mut Vm, m: &ObjRef) {
    super::add_functions(vm, m, &[("get_referents", get_referents as NativeFn), ("get_referrers", get_referrers)]);
}
