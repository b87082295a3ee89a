//! `FrameLocalsProxy` (Objects/frameobject.c, PEP 667): `f_locals` of a function frame, a
//! write-through mapping over the frame's variables. Reading and writing a name of the code
//! object goes to its slot (through the cell for cell and free variables); other names live in
//! the frame object's extra-locals dict, which `locals()` shows too. Variables cannot be
//! removed. Once the frame has finished the proxy works on the frame object's copy.

use super::bodies::*;
use super::frameobject::{FrameObjBody, FrameState};
use super::object::{alloc, ObjRef};
use super::typeobject::*;
use crate::vm::Vm;

pub struct FrameLocalsProxyBody {
    pub frame: ObjRef,
}
crate::impl_body!(FrameLocalsProxyBody, "FrameLocalsProxy", gc);

pub fn new_proxy(vm: &mut Vm, frame: &ObjRef) -> ObjRef {
    alloc(&vm.t.frame_locals_proxy.clone(), FrameLocalsProxyBody { frame: frame.clone() })
}

fn fbody(o: &ObjRef) -> &FrameObjBody {
    o.downcast::<FrameLocalsProxyBody>().unwrap().frame.downcast::<FrameObjBody>().unwrap()
}

/// The running frame's (code, base), or None once it has finished.
fn live(vm: &Vm, f: &FrameObjBody) -> Option<(ObjRef, usize)> {
    match &*f.state.borrow() {
        FrameState::Live(i) => Some((vm.frames[*i].code.clone(), vm.frames[*i].base)),
        FrameState::Dead(_) => None,
    }
}

/// The finished frame's locals dict.
fn dead_locals(vm: &mut Vm, f: &FrameObjBody) -> ObjRef {
    let cur = match &*f.state.borrow() {
        FrameState::Dead(s) => s.locals.clone(),
        FrameState::Live(_) => None,
    };
    match cur {
        Some(d) => d,
        None => {
            let d = vm.new_dict();
            if let FrameState::Dead(s) = &mut *f.state.borrow_mut() {
                s.locals = Some(d.clone());
            }
            d
        }
    }
}

fn is_cell_kind(code: &ObjRef, i: usize) -> bool {
    let k = code.downcast::<CodeBody>().unwrap().code.localspluskinds.get(i).copied().unwrap_or(0);
    k & (crate::code::kinds::CO_FAST_CELL | crate::code::kinds::CO_FAST_FREE) != 0
}

fn local_index(code: &ObjRef, key: &ObjRef) -> Option<usize> {
    let k = key.downcast::<StrBody>()?;
    let cb = code.downcast::<CodeBody>()?;
    cb.code.localsplusnames.iter().position(|n| **n == *k.text())
}

/// The value of slot `i` (through its cell), None when unbound.
fn slot_value(vm: &Vm, code: &ObjRef, base: usize, i: usize) -> Option<ObjRef> {
    let v = vm.stack.get(base + i).cloned().flatten()?;
    if is_cell_kind(code, i) {
        if let Some(c) = v.downcast::<CellBody>() {
            return c.value.borrow().clone();
        }
    }
    Some(v)
}

fn extras(f: &FrameObjBody) -> Option<ObjRef> {
    f.extra.borrow().clone()
}

fn lookup(vm: &mut Vm, o: &ObjRef, key: &ObjRef) -> PyResult<Option<ObjRef>> {
    let f = fbody(o);
    match live(vm, f) {
        Some((code, base)) => {
            if let Some(i) = local_index(&code, key) {
                return Ok(slot_value(vm, &code, base, i));
            }
            match extras(f) {
                Some(d) => vm.dict_get(&d, key),
                None => Ok(None),
            }
        }
        None => {
            let d = dead_locals(vm, f);
            vm.dict_get(&d, key)
        }
    }
}

/// (name, value) of every bound variable, then the extra locals.
fn pairs(vm: &mut Vm, o: &ObjRef) -> PyResult<Vec<(ObjRef, ObjRef)>> {
    let f = fbody(o);
    let mut out = Vec::new();
    match live(vm, f) {
        Some((code, base)) => {
            let names = code.downcast::<CodeBody>().unwrap().localsplusnames.clone();
            for (i, n) in names.iter().enumerate() {
                if let Some(v) = slot_value(vm, &code, base, i) {
                    out.push((n.clone(), v));
                }
            }
            if let Some(d) = extras(f) {
                for (k, v) in d.downcast::<DictBody>().unwrap().table.borrow().iter() {
                    out.push((k.clone(), v.clone()));
                }
            }
        }
        None => {
            let d = dead_locals(vm, f);
            for (k, v) in d.downcast::<DictBody>().unwrap().table.borrow().iter() {
                out.push((k.clone(), v.clone()));
            }
        }
    }
    Ok(out)
}

/// The extra locals of a frame object, for `locals()`.
pub fn extra_locals(fobj: &ObjRef) -> Option<ObjRef> {
    fobj.downcast::<FrameObjBody>().and_then(extras)
}

fn getitem(vm: &mut Vm, o: &ObjRef, key: &ObjRef) -> PyResult {
    match lookup(vm, o, key)? {
        Some(v) => Ok(v),
        None => {
            let e = vm.new_exception(&vm.e.key_error.clone(), vec![key.clone()]);
            Err(PyErr(e))
        }
    }
}

fn setitem(vm: &mut Vm, o: &ObjRef, key: &ObjRef, v: Option<ObjRef>) -> PyResult<()> {
    let f = fbody(o);
    match live(vm, f) {
        Some((code, base)) => {
            if let Some(i) = local_index(&code, key) {
                let Some(v) = v else {
                    return Err(vm.type_error("cannot remove variables from FrameLocalsProxy"));
                };
                let cur = vm.stack[base + i].clone();
                if is_cell_kind(&code, i) {
                    if let Some(c) = cur.as_ref().and_then(|c| c.downcast::<CellBody>()) {
                        *c.value.borrow_mut() = Some(v);
                        return Ok(());
                    }
                }
                vm.stack[base + i] = Some(v);
                return Ok(());
            }
            let d = match extras(f) {
                Some(d) => d,
                None => {
                    let d = vm.new_dict();
                    *f.extra.borrow_mut() = Some(d.clone());
                    d
                }
            };
            match v {
                Some(v) => vm.dict_set(&d, key.clone(), v),
                None => match vm.dict_del(&d, key)? {
                    Some(_) => Ok(()),
                    None => Err(PyErr(vm.new_exception(&vm.e.key_error.clone(), vec![key.clone()]))),
                },
            }
        }
        None => {
            let d = dead_locals(vm, f);
            match v {
                Some(v) => vm.dict_set(&d, key.clone(), v),
                None => match vm.dict_del(&d, key)? {
                    Some(_) => Ok(()),
                    None => Err(PyErr(vm.new_exception(&vm.e.key_error.clone(), vec![key.clone()]))),
                },
            }
        }
    }
}

fn length(vm: &mut Vm, o: &ObjRef) -> PyResult<usize> {
    Ok(pairs(vm, o)?.len())
}

fn contains(vm: &mut Vm, o: &ObjRef, key: &ObjRef) -> PyResult<bool> {
    Ok(lookup(vm, o, key)?.is_some())
}

fn as_dict(vm: &mut Vm, o: &ObjRef) -> PyResult {
    let d = vm.new_dict();
    for (k, v) in pairs(vm, o)? {
        vm.dict_set(&d, k, v)?;
    }
    Ok(d)
}

fn iter(vm: &mut Vm, o: &ObjRef) -> PyResult {
    let keys: Vec<ObjRef> = pairs(vm, o)?.into_iter().map(|(k, _)| k).collect();
    let l = vm.list(keys);
    vm.get_iter(&l)
}

fn repr(vm: &mut Vm, o: &ObjRef) -> PyResult {
    let d = as_dict(vm, o)?;
    vm.repr(&d)
}

fn m_keys(vm: &mut Vm, a: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    let v: Vec<ObjRef> = pairs(vm, &a[0])?.into_iter().map(|(k, _)| k).collect();
    Ok(vm.list(v))
}
fn m_values(vm: &mut Vm, a: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    let v: Vec<ObjRef> = pairs(vm, &a[0])?.into_iter().map(|(_, v)| v).collect();
    Ok(vm.list(v))
}
fn m_items(vm: &mut Vm, a: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    let mut v = Vec::new();
    for (k, x) in pairs(vm, &a[0])? {
        v.push(vm.tuple(vec![k, x]));
    }
    Ok(vm.list(v))
}
fn m_get(vm: &mut Vm, a: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    let Some(k) = a.get(1) else { return Err(vm.type_error("get expected at least 1 argument, got 0")) };
    Ok(lookup(vm, &a[0], k)?.unwrap_or_else(|| a.get(2).cloned().unwrap_or_else(|| vm.none.clone())))
}
fn m_copy(vm: &mut Vm, a: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    as_dict(vm, &a[0])
}

pub fn install(vm: &mut Vm) {
    let t = vm.t.frame_locals_proxy.clone();
    let s = &tp(&t).slots;
    s.mp_subscript.set(Some(getitem));
    s.mp_ass_subscript.set(Some(setitem));
    s.mp_length.set(Some(length));
    s.sq_contains.set(Some(contains));
    s.iter.set(Some(iter));
    s.repr.set(Some(repr));
    for (name, f) in [("keys", m_keys as NativeFn), ("values", m_values), ("items", m_items), ("get", m_get), ("copy", m_copy)] {
        vm.add_method(&t, name, f);
    }
}
