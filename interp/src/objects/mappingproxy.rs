//! `mappingproxy` (Objects/descrobject.c): the read-only view `cls.__dict__` returns. Reads go
//! to the underlying mapping; item assignment and deletion are TypeErrors (changing a class
//! goes through `setattr`, so the type's caches stay right).

use super::object::{alloc, ObjRef};
use super::typeobject::{tp, CmpOp, PyResult};
use crate::vm::Vm;

pub struct MappingProxyBody {
    pub mapping: ObjRef,
}
crate::impl_body!(MappingProxyBody, "mappingproxy", gc);

/// A new proxy over `mapping`.
pub fn new(vm: &mut Vm, mapping: ObjRef) -> ObjRef {
    alloc(&vm.t.mappingproxy.clone(), MappingProxyBody { mapping })
}

fn inner(o: &ObjRef) -> ObjRef {
    o.downcast::<MappingProxyBody>().expect("mappingproxy").mapping.clone()
}

fn mp_repr(vm: &mut Vm, o: &ObjRef) -> PyResult {
    let r = vm.repr_string(&inner(o))?;
    Ok(vm.str(&format!("mappingproxy({r})")))
}
fn mp_str(vm: &mut Vm, o: &ObjRef) -> PyResult {
    vm.to_str(&inner(o))
}
fn mp_len(vm: &mut Vm, o: &ObjRef) -> PyResult<usize> {
    vm.len(&inner(o))
}
fn mp_getitem(vm: &mut Vm, o: &ObjRef, k: &ObjRef) -> PyResult {
    vm.getitem(&inner(o), k)
}
fn mp_setitem(vm: &mut Vm, _o: &ObjRef, _k: &ObjRef, v: Option<ObjRef>) -> PyResult<()> {
    let what = if v.is_some() { "assignment" } else { "deletion" };
    Err(vm.type_error(&format!("'mappingproxy' object does not support item {what}")))
}
fn mp_contains(vm: &mut Vm, o: &ObjRef, k: &ObjRef) -> PyResult<bool> {
    vm.contains(&inner(o), k)
}
fn mp_iter(vm: &mut Vm, o: &ObjRef) -> PyResult {
    vm.get_iter(&inner(o))
}
fn mp_compare(vm: &mut Vm, a: &ObjRef, b: &ObjRef, op: CmpOp) -> PyResult {
    vm.rich_compare(&inner(a), b, op)
}

/// The mapping's own method `name`, called with the rest of the arguments.
fn forward(vm: &mut Vm, a: &[ObjRef], kw: Option<&ObjRef>, name: &str) -> PyResult {
    let Some(p) = a.first().filter(|p| p.downcast::<MappingProxyBody>().is_some()) else {
        return Err(vm.type_error(&format!("descriptor '{name}' for 'mappingproxy' objects needs an argument")));
    };
    let m = vm.getattr_str(&inner(p), name)?;
    vm.call(&m, &a[1..], kw)
}
fn m_keys(vm: &mut Vm, a: &[ObjRef], kw: Option<&ObjRef>) -> PyResult {
    forward(vm, a, kw, "keys")
}
fn m_values(vm: &mut Vm, a: &[ObjRef], kw: Option<&ObjRef>) -> PyResult {
    forward(vm, a, kw, "values")
}
fn m_items(vm: &mut Vm, a: &[ObjRef], kw: Option<&ObjRef>) -> PyResult {
    forward(vm, a, kw, "items")
}
fn m_get(vm: &mut Vm, a: &[ObjRef], kw: Option<&ObjRef>) -> PyResult {
    forward(vm, a, kw, "get")
}
fn m_copy(vm: &mut Vm, a: &[ObjRef], kw: Option<&ObjRef>) -> PyResult {
    forward(vm, a, kw, "copy")
}

/// `mappingproxy_new`: `types.MappingProxyType(mapping)`.
fn mp_new(vm: &mut Vm, _t: &ObjRef, args: &[ObjRef], kw: Option<&ObjRef>) -> PyResult {
    let p = super::longobject::bind_args(vm, "mappingproxy", args, kw, &["mapping"], 1)?;
    let m = p[0].clone().expect("a required argument");
    let ty = m.type_of();
    let is_mapping = tp(&ty).slots.mp_subscript.get().is_some()
        && !super::typeobject::is_subtype(&ty, &vm.t.list)
        && !super::typeobject::is_subtype(&ty, &vm.t.tuple);
    if !is_mapping {
        return Err(vm.type_error(&format!("mappingproxy() argument must be a mapping, not {}", vm.type_name(&m))));
    }
    Ok(new(vm, m))
}

/// `mappingproxy_or`: `|` on the underlying mappings.
fn mp_number(vm: &mut Vm, a: &ObjRef, b: &ObjRef, op: u32) -> PyResult {
    if op != 7 {
        return Ok(vm.notimpl.clone());
    }
    let unwrap = |o: &ObjRef| o.downcast::<MappingProxyBody>().map(|p| p.mapping.clone()).unwrap_or_else(|| o.clone());
    let (x, y) = (unwrap(a), unwrap(b));
    vm.binary_op(&x, &y, 7)
}

pub fn install(vm: &mut Vm) {
    let t = vm.t.mappingproxy.clone();
    let s = &tp(&t).slots;
    s.new.set(Some(mp_new));
    s.nb_number.set(Some(mp_number));
    s.repr.set(Some(mp_repr));
    s.str.set(Some(mp_str));
    s.mp_length.set(Some(mp_len));
    s.mp_subscript.set(Some(mp_getitem));
    s.mp_ass_subscript.set(Some(mp_setitem));
    s.sq_contains.set(Some(mp_contains));
    s.iter.set(Some(mp_iter));
    s.richcompare.set(Some(mp_compare));
    *tp(&t).dict.borrow_mut() = Some(vm.new_dict());
    super::longobject::add_methods(vm, &t, &[("keys", m_keys), ("values", m_values), ("items", m_items), ("get", m_get), ("copy", m_copy)]);
}
