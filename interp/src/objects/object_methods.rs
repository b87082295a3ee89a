//! The methods of `object` that pyref's other modules do not define (Objects/typeobject.c
//! `object_methods`): `__dir__`, `__getstate__`, `__reduce__`, `__reduce_ex__` and the class
//! method `__subclasshook__`.

use super::bodies::*;
use super::member_slots::MemberBody;
use super::object::{alloc, ObjRef};
use super::typeobject::{tp, PyResult};
use crate::vm::Vm;

type Args<'a> = &'a [ObjRef];
type Kw<'a> = Option<&'a ObjRef>;

fn no_kw(vm: &Vm, name: &str, kw: Kw) -> PyResult<()> {
    if kw.and_then(|k| k.downcast::<TupleBody>()).is_some_and(|t| !t.items.is_empty()) {
        return Err(vm.type_error(&format!("object.{name}() takes no keyword arguments")));
    }
    Ok(())
}

fn self_arg<'a>(vm: &Vm, a: Args<'a>, name: &str, extra: usize) -> PyResult<&'a ObjRef> {
    let Some(s) = a.first() else {
        return Err(vm.type_error(&format!("unbound method object.{name}() needs an argument")));
    };
    if a.len() - 1 != extra {
        let what = if extra == 0 { "no arguments".to_string() } else { format!("exactly one argument ({} given)", a.len() - 1) };
        return Err(vm.type_error(&format!("object.{name}() takes {what}")));
    }
    Ok(s)
}

/// `object.__dir__()`: the instance dict's keys and every name on the class's MRO (a list;
/// `dir()` sorts it).
fn m_dir(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    no_kw(vm, "__dir__", kw)?;
    let o = self_arg(vm, a, "__dir__", 0)?.clone();
    let names = crate::namespaces::default_dir_names(vm, &o)?;
    Ok(vm.list(names))
}

/// The `__slots__` values set on `o`, by name, along its class's MRO (`_PyObject_GetState`'s
/// `copyreg._slotnames` part).
fn slot_values(vm: &mut Vm, o: &ObjRef) -> PyResult<Vec<(ObjRef, ObjRef)>> {
    let mut out = Vec::new();
    let Some(inst) = o.downcast::<InstanceBody>() else { return Ok(out) };
    let ty = o.type_of();
    let mro = tp(&ty).mro.borrow().clone();
    for t in mro.iter().rev() {
        let Some(d) = tp(t).dict.borrow().clone() else { continue };
        let items: Vec<ObjRef> = d.downcast::<DictBody>().expect("dict").table.borrow().iter().map(|(_, v)| v.clone()).collect();
        for v in items {
            if let Some(m) = v.downcast::<MemberBody>() {
                if m.index == super::descrobject::BUILTIN_MEMBER {
                    continue;
                }
                if let Some(Some(x)) = inst.slots.borrow().get(m.index).cloned() {
                    out.push((m.name.clone(), x));
                }
            }
        }
    }
    let _ = vm;
    Ok(out)
}

/// `object.__getstate__()` (`object_getstate_default`): a copy of the instance dict (None when
/// empty or absent), paired with the set `__slots__` values when there are any.
fn getstate(vm: &mut Vm, o: &ObjRef) -> PyResult {
    let state = match super::slots::instance_dict(o) {
        Some(d) if vm.len(&d)? > 0 => {
            let c = vm.new_dict();
            let items: Vec<(ObjRef, ObjRef)> = match d.downcast::<DictBody>() {
                Some(b) => b.table.borrow().iter().map(|(k, v)| (k.clone(), v.clone())).collect(),
                None => Vec::new(),
            };
            for (k, v) in items {
                vm.dict_set(&c, k, v)?;
            }
            c
        }
        _ => vm.none.clone(),
    };
    let slots = slot_values(vm, o)?;
    if slots.is_empty() {
        return Ok(state);
    }
    let sd = vm.new_dict();
    for (k, v) in slots {
        vm.dict_set(&sd, k, v)?;
    }
    Ok(vm.tuple(vec![state, sd]))
}

fn m_getstate(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    no_kw(vm, "__getstate__", kw)?;
    let o = self_arg(vm, a, "__getstate__", 0)?.clone();
    getstate(vm, &o)
}

/// `_common_reduce`: protocol 2 and up give `(copyreg.__newobj__, (cls,), state, None, None)`;
/// lower protocols defer to `copyreg._reduce_ex`.
fn common_reduce(vm: &mut Vm, o: &ObjRef, protocol: i64) -> PyResult {
    let copyreg = crate::import::import_abs(vm, "copyreg")?;
    if protocol < 2 {
        let f = vm.getattr_str(&copyreg, "_reduce_ex")?;
        let p = vm.int(protocol);
        return vm.call(&f, &[o.clone(), p], None);
    }
    let newobj = vm.getattr_str(&copyreg, "__newobj__")?;
    let getstate_fn = vm.getattr_str(o, "__getstate__")?;
    let state = vm.call(&getstate_fn, &[], None)?;
    let args = vm.tuple(vec![o.type_of()]);
    let none = vm.none.clone();
    Ok(vm.tuple(vec![newobj, args, state, none.clone(), none]))
}

fn m_reduce(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    no_kw(vm, "__reduce__", kw)?;
    let o = self_arg(vm, a, "__reduce__", 0)?.clone();
    common_reduce(vm, &o, 0)
}

/// `object.__reduce_ex__(protocol)`: an overriding `__reduce__` wins.
fn m_reduce_ex(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    no_kw(vm, "__reduce_ex__", kw)?;
    let o = self_arg(vm, a, "__reduce_ex__", 1)?.clone();
    let Some(protocol) = super::longobject::small_int(&a[1]) else {
        return Err(vm.type_error(&format!("'{}' object cannot be interpreted as an integer", vm.type_name(&a[1]))));
    };
    let ty = o.type_of();
    let n = vm.intern("__reduce__");
    if let Some(f) = vm.type_lookup(&ty, &n) {
        if f.downcast::<MethodDescrBody>().is_none_or(|m| !m.owner.is(&vm.t.object)) {
            let bound = vm.getattr(&o, &n)?;
            return vm.call(&bound, &[], None);
        }
    }
    common_reduce(vm, &o, protocol)
}

/// `object.__subclasshook__(cls, subclass)`: NotImplemented (defer to the normal mechanism).
fn m_subclasshook(vm: &mut Vm, _a: Args, _kw: Kw) -> PyResult {
    Ok(vm.notimpl.clone())
}

pub fn install(vm: &mut Vm) {
    let object = vm.t.object.clone();
    let methods: [(&'static str, NativeFn); 4] =
        [("__dir__", m_dir), ("__getstate__", m_getstate), ("__reduce__", m_reduce), ("__reduce_ex__", m_reduce_ex)];
    for (name, f) in methods {
        vm.add_method(&object, name, f);
    }
    let f = vm.builtin_fn("__subclasshook__", m_subclasshook, None);
    let cm = alloc(&vm.t.classmethod.clone(), ClassMethodBody { f });
    vm.type_set(&object, "__subclasshook__", cm);
}
