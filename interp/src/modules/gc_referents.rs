//! `gc.get_referents` and `gc.get_referrers` (Modules/gcmodule.c), over each container's
//! `tp_traverse` (objects/gc_traverse.rs): `get_referents` lists what each argument visits, in
//! its traverse order; `get_referrers` searches every object the collector tracks
//! (objects/gc.rs), youngest generation first.

use crate::objects::gc_traverse::referents;
use crate::objects::object::ObjRef;
use crate::objects::bodies::NativeFn;
use crate::objects::typeobject::*;
use crate::vm::Vm;

fn get_referents(vm: &mut Vm, args: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    let mut out = Vec::new();
    for a in args {
        out.extend(referents(a));
    }
    Ok(vm.list(out))
}

fn get_referrers(vm: &mut Vm, args: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    let mut out = Vec::new();
    for o in crate::objects::gc::objects(None) {
        let mut hit = false;
        crate::objects::gc_traverse::traverse(&o, &mut |r| hit |= args.iter().any(|a| a.is(r)));
        if hit {
            out.push(o);
        }
    }
    Ok(vm.list(out))
}

/// Adds the functions to the `gc` module `m`.
pub fn add(vm: &mut Vm, m: &ObjRef) {
    super::add_functions(vm, m, &[("get_referents", get_referents as NativeFn), ("get_referrers", get_referrers)]);
}
