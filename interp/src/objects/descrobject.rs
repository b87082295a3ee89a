//! The descriptor objects of built-in types (Objects/descrobject.c, Objects/methodobject.c,
//! the slot wrappers of Objects/typeobject.c `slotdefs`):
//!
//! - `method_descriptor` (`str.join`), `classmethod_descriptor` (`dict.__dict__['fromkeys']`)
//!   and `wrapper_descriptor` (`object.__init__`, `int.__add__`: a slot's Python face) share
//!   [`MethodDescrBody`]; the type object tells them apart. Bound, they give a
//!   `builtin_function_or_method` (bound to the class for a class method) or, for slot
//!   wrappers, a `method-wrapper` (a [`BuiltinBody`] of its own type);
//! - `getset_descriptor` ([`GetSetBody`]) and the built-in `member_descriptor`s
//!   (a [`MemberBody`] with index [`BUILTIN_MEMBER`]) name the attributes the built-in types
//!   compute (`type.__name__`, `int.real`, `function.__globals__`), answered by
//!   `slots::special_attr`; a user class gets `__dict__` and `__weakref__` getsets where it adds
//!   them (`subtype_getsets_full`);
//! - the descriptors' own attributes: `__name__`, `__qualname__`, `__objclass__`, `__self__`,
//!   `__module__`, `__doc__` and `__text_signature__` (from the docstring table
//!   `builtin_docs`).

use super::bodies::*;
use super::member_slots::MemberBody;
use super::object::{alloc, Body, Layout, ObjRef};
use super::typeobject::{is_subtype, tp, tpflags, PyResult, TypeObject};
use crate::vm::Vm;

/// The descriptor types that share the layout of another (see the module doc).
pub struct DescrTypes {
    pub wrapper: ObjRef,
    pub method_wrapper: ObjRef,
    pub classmethod: ObjRef,
    pub getset: ObjRef,
}

impl DescrTypes {
    pub fn new(mk: impl Fn(&str, &'static Layout, usize) -> ObjRef) -> DescrTypes {
        let t = DescrTypes {
            wrapper: mk("wrapper_descriptor", MethodDescrBody::layout(), 56),
            method_wrapper: mk("method-wrapper", BuiltinBody::layout(), 48),
            classmethod: mk("classmethod_descriptor", MethodDescrBody::layout(), 56),
            getset: mk("getset_descriptor", GetSetBody::layout(), 48),
        };
        for ty in [&t.wrapper, &t.method_wrapper, &t.classmethod, &t.getset] {
            tp(ty).flags.set(tp(ty).flags.get() & !tpflags::BASETYPE);
        }
        t
    }
}

/// A `getset_descriptor`: the attribute's name, the type it belongs to, and whether it can be
/// assigned.
pub struct GetSetBody {
    pub name: ObjRef,
    pub owner: ObjRef,
    pub writable: bool,
    /// A native getter (`f(obj)`); without one the value comes from [`builtin_get`].
    pub getter: Option<ObjRef>,
    /// The native setter that goes with it (whose error names the attribute as CPython does).
    pub setter: Option<ObjRef>,
}
crate::impl_body!(GetSetBody, "getset_descriptor", gc);

/// The `MemberBody::index` of a built-in type's member (`tp_members`), whose value the type
/// computes (see [`builtin_get`]).
pub const BUILTIN_MEMBER: usize = usize::MAX;

/// The dunders CPython implements as type slots (`slotdefs`): in a built-in type's dict they are
/// `wrapper_descriptor`s, bound they are `method-wrapper`s. Every other built-in method is a
/// `method_descriptor`. Sorted, for a binary search.
const SLOT_NAMES: &[&str] = &[
    "__abs__", "__add__", "__aiter__", "__and__", "__anext__", "__await__", "__bool__", "__buffer__",
    "__call__", "__contains__", "__del__", "__delattr__", "__delete__", "__delitem__", "__divmod__", "__eq__",
    "__float__", "__floordiv__", "__ge__", "__get__", "__getattr__", "__getattribute__", "__getitem__",
    "__gt__", "__hash__", "__iadd__", "__iand__", "__ifloordiv__", "__ilshift__", "__imatmul__", "__imod__",
    "__imul__", "__index__", "__init__", "__int__", "__invert__", "__ior__", "__ipow__", "__irshift__",
    "__isub__", "__iter__", "__itruediv__", "__ixor__", "__le__", "__len__", "__lshift__", "__lt__",
    "__matmul__", "__mod__", "__mul__", "__ne__", "__neg__", "__next__", "__or__", "__pos__", "__pow__",
    "__radd__", "__rand__", "__rdivmod__", "__release_buffer__", "__repr__", "__rfloordiv__", "__rlshift__",
    "__rmatmul__", "__rmod__", "__rmul__", "__ror__", "__rpow__", "__rrshift__", "__rshift__", "__rsub__",
    "__rtruediv__", "__rxor__", "__set__", "__setattr__", "__setitem__", "__str__", "__sub__", "__truediv__",
    "__xor__",
];

/// Whether `o` is a class method descriptor (bound to the class, not the instance).
#[inline]
pub fn is_classmethod_descr(vm: &Vm, o: &ObjRef) -> bool {
    o.is_exact(&vm.t.descr.classmethod)
}

/// `tp_descr_get` of the three method descriptor kinds: `m` found on `owner` for `obj`.
pub fn bind_method(vm: &mut Vm, attr: &ObjRef, m: &MethodDescrBody, obj: Option<&ObjRef>, owner: &ObjRef) -> ObjRef {
    if attr.is_exact(&vm.t.descr.classmethod) {
        // `classmethod_get`: bound to the class the lookup started from.
        let cls = if owner.downcast::<TypeObject>().is_some() { owner.clone() } else { obj.map(|o| o.type_of()).unwrap_or_else(|| owner.clone()) };
        return vm.builtin_fn(m.name, m.f, Some(cls));
    }
    let Some(o) = obj else { return attr.clone() };
    if attr.is_exact(&vm.t.descr.wrapper) {
        return alloc(&vm.t.descr.method_wrapper, BuiltinBody { name: m.name, f: m.f, self_: Some(o.clone()) });
    }
    vm.builtin_fn(m.name, m.f, Some(o.clone()))
}

fn name_text(n: &ObjRef) -> String {
    n.downcast::<StrBody>().map(|s| s.text().into_owned()).unwrap_or_default()
}

fn check_owner(vm: &Vm, name: &str, owner: &ObjRef, o: &ObjRef) -> PyResult<()> {
    if is_subtype(&o.type_of(), owner) {
        return Ok(());
    }
    Err(vm.type_error(&format!("descriptor '{name}' for '{}' objects doesn't apply to a '{}' object", tp(owner).name(), vm.type_name(o))))
}

/// What a built-in getset or member gives for `o`: the value the type computes.
pub fn builtin_get(vm: &mut Vm, name: &ObjRef, o: &ObjRef) -> PyResult {
    let n = name_text(name);
    match n.as_str() {
        "__dict__" if o.downcast::<TypeObject>().is_none() => {
            if let Some(d) = super::slots::instance_dict(o) {
                return Ok(d);
            }
        }
        "__weakref__" => return Ok(vm.none.clone()),
        _ => {}
    }
    if let Some(v) = super::slots::special_attr(vm, o, name)? {
        return Ok(v);
    }
    if n == "__doc__" {
        return Ok(vm.none.clone());
    }
    let e = vm.err(&vm.e.attribute_error.clone(), &format!("'{}' object has no attribute '{n}'", vm.type_name(o)));
    super::exceptions::set_member(&e.0, "name", name.clone());
    super::exceptions::set_member(&e.0, "obj", o.clone());
    Err(e)
}

/// `getset_get`: the descriptor itself on the class, else the computed value.
pub fn getset_get(vm: &mut Vm, d: &ObjRef, obj: Option<&ObjRef>) -> PyResult {
    let g = d.downcast::<GetSetBody>().expect("getset");
    let Some(o) = obj else { return Ok(d.clone()) };
    check_owner(vm, &name_text(&g.name), &g.owner, o)?;
    if let Some(f) = g.getter.clone() {
        return vm.call(&f, &[o.clone()], None);
    }
    builtin_get(vm, &g.name, o)
}

/// `getset_set`: assignment through the type's own rules, or the read-only error.
pub fn getset_set(vm: &mut Vm, d: &ObjRef, o: &ObjRef, v: Option<ObjRef>) -> PyResult<()> {
    let g = d.downcast::<GetSetBody>().expect("getset");
    let n = name_text(&g.name);
    check_owner(vm, &n, &g.owner, o)?;
    if let Some(s) = g.setter.clone() {
        let mut a = vec![o.clone()];
        a.extend(v);
        return vm.call(&s, &a, None).map(|_| ());
    }
    if !g.writable {
        return Err(vm.err(&vm.e.attribute_error.clone(), &format!("attribute '{n}' of '{}' objects is not writable", tp(&g.owner).name())));
    }
    super::slots::generic_setattr(vm, o, &g.name, v)
}

/// A built-in member assigned: the type's own rules, or "readonly attribute".
pub fn member_set(vm: &mut Vm, m: &MemberBody, o: &ObjRef, v: Option<ObjRef>) -> PyResult<()> {
    let n = name_text(&m.name);
    if matches!(n.as_str(), "__doc__" | "__module__") {
        return super::slots::generic_setattr(vm, o, &m.name, v);
    }
    Err(vm.err(&vm.e.attribute_error.clone(), "readonly attribute"))
}

fn owner_name(m: &ObjRef) -> String {
    tp(m).name()
}

fn method_descr_repr(vm: &mut Vm, o: &ObjRef) -> PyResult {
    let m = o.downcast::<MethodDescrBody>().expect("method descriptor");
    let kind = if o.is_exact(&vm.t.descr.wrapper) { "slot wrapper" } else { "method" };
    Ok(vm.str(&format!("<{kind} '{}' of '{}' objects>", m.name, owner_name(&m.owner))))
}

fn method_wrapper_repr(vm: &mut Vm, o: &ObjRef) -> PyResult {
    let b = o.downcast::<BuiltinBody>().expect("method-wrapper");
    let s = b.self_.clone().unwrap_or_else(|| vm.none.clone());
    Ok(vm.str(&format!("<method-wrapper '{}' of {} object at {:#x}>", b.name, vm.type_name(&s), s.addr())))
}

fn getset_repr(vm: &mut Vm, o: &ObjRef) -> PyResult {
    let g = o.downcast::<GetSetBody>().expect("getset");
    Ok(vm.str(&format!("<attribute '{}' of '{}' objects>", name_text(&g.name), owner_name(&g.owner))))
}

/// `classmethoddescr_call`: `dict.__dict__['fromkeys'](dict, ...)`.
fn classmethod_descr_call(vm: &mut Vm, f: &ObjRef, args: &[ObjRef], kwnames: Option<&ObjRef>) -> PyResult {
    let m = f.downcast::<MethodDescrBody>().expect("classmethod descriptor");
    let on = owner_name(&m.owner);
    let Some(cls) = args.first() else {
        return Err(vm.type_error(&format!("descriptor '{}' of '{on}' object needs an argument", m.name)));
    };
    if cls.downcast::<TypeObject>().is_none() {
        return Err(vm.type_error(&format!("descriptor '{}' for type '{on}' needs a type, not a '{}' as arg 2", m.name, vm.type_name(cls))));
    }
    if !is_subtype(cls, &m.owner) {
        return Err(vm.type_error(&format!("descriptor '{}' requires a subtype of '{on}' but received '{}'", m.name, tp(cls).name())));
    }
    (m.f)(vm, args, kwnames)
}

fn identity_hash(_vm: &mut Vm, o: &ObjRef) -> PyResult<i64> {
    Ok((o.addr() >> 4) as i64)
}

/// The qualified name of a built-in method bound to `self_` (`meth_get__qualname__`).
fn bound_qualname(vm: &mut Vm, name: &str, self_: &Option<ObjRef>) -> String {
    match self_ {
        Some(s) if s.downcast::<ModuleBody>().is_none() => {
            let t = if s.downcast::<TypeObject>().is_some() { s.clone() } else { s.type_of() };
            let _ = vm;
            format!("{}.{name}", tp(&t).qualname.borrow())
        }
        _ => name.to_string(),
    }
}

/// The descriptors' own attributes (`method_getset`, `descr_members`, `meth_getsets`,
/// `wrapper_getsets`); None for other objects and names.
pub fn attribute(vm: &mut Vm, o: &ObjRef, n: &str) -> PyResult<Option<ObjRef>> {
    if let Some(m) = o.downcast::<MethodDescrBody>() {
        let owner = m.owner.clone();
        return Ok(match n {
            "__name__" => Some(vm.str(m.name)),
            "__qualname__" => Some(vm.str(&format!("{}.{}", tp(&owner).qualname.borrow(), m.name))),
            "__objclass__" => Some(owner.clone()),
            "__doc__" => Some(doc_obj(vm, &owner_name(&owner), m.name, false)),
            "__text_signature__" => Some(doc_obj(vm, &owner_name(&owner), m.name, true)),
            _ => None,
        });
    }
    if let Some(b) = o.downcast::<BuiltinBody>() {
        let (name, self_) = (b.name, b.self_.clone());
        let wrapper = o.is_exact(&vm.t.descr.method_wrapper);
        let owner = match &self_ {
            Some(s) if s.downcast::<ModuleBody>().is_none() => {
                let t = if s.downcast::<TypeObject>().is_some() && !wrapper { s.clone() } else { s.type_of() };
                Some(owner_name(&t))
            }
            _ => None,
        };
        return Ok(match n {
            "__name__" => Some(vm.str(name)),
            "__qualname__" => {
                let q = bound_qualname(vm, name, &self_);
                Some(vm.str(&q))
            }
            "__self__" => Some(match &self_ {
                Some(s) => s.clone(),
                None => crate::import::builtins_module(vm),
            }),
            "__objclass__" if wrapper => self_.map(|s| s.type_of()),
            "__module__" if !wrapper => Some(match &self_ {
                None => vm.str("builtins"),
                Some(s) if s.downcast::<ModuleBody>().is_some() => vm.getattr_str(s, "__name__")?,
                Some(_) => vm.none.clone(),
            }),
            "__doc__" => Some(doc_obj(vm, owner.as_deref().unwrap_or("builtins"), name, false)),
            "__text_signature__" => Some(doc_obj(vm, owner.as_deref().unwrap_or("builtins"), name, true)),
            _ => None,
        });
    }
    if let Some(g) = o.downcast::<GetSetBody>() {
        return Ok(match n {
            "__name__" => Some(g.name.clone()),
            "__qualname__" => Some(vm.str(&format!("{}.{}", tp(&g.owner).qualname.borrow(), name_text(&g.name)))),
            "__objclass__" => Some(g.owner.clone()),
            "__doc__" => Some(vm.none.clone()),
            _ => None,
        });
    }
    Ok(None)
}

/// `__doc__` (without its signature line) or `__text_signature__` of the built-in `owner.name`
/// ("builtins" for the builtins module's functions), None when CPython has none.
fn doc_obj(vm: &mut Vm, owner: &str, name: &str, signature: bool) -> ObjRef {
    match super::builtin_docs::lookup(owner, name) {
        Some((sig, doc)) => {
            let v = if signature { sig } else { doc };
            match v {
                Some(s) => vm.str(s),
                None => vm.none.clone(),
            }
        }
        None => vm.none.clone(),
    }
}

/// The getsets (`true`) and members (`false`) of the built-in types pyref computes, with
/// whether they can be assigned.
fn builtin_descriptors(vm: &Vm) -> Vec<(ObjRef, &'static str, bool, bool)> {
    let t = &vm.t;
    let mut v = Vec::new();
    for (n, w) in [("__name__", true), ("__qualname__", true), ("__bases__", true), ("__mro__", false), ("__dict__", false)] {
        v.push((t.type_.clone(), n, true, w));
    }
    for n in ["__basicsize__", "__itemsize__", "__flags__", "__base__"] {
        v.push((t.type_.clone(), n, false, false));
    }
    for n in ["__code__", "__defaults__", "__name__", "__qualname__"] {
        v.push((t.function.clone(), n, true, true));
    }
    for n in ["__doc__", "__globals__", "__module__"] {
        v.push((t.function.clone(), n, false, n != "__globals__"));
    }
    for n in ["__name__", "__qualname__", "__self__", "__doc__", "__text_signature__"] {
        v.push((t.builtin.clone(), n, true, false));
    }
    v.push((t.builtin.clone(), "__module__", false, true));
    for ty in [&t.method_descr, &t.descr.wrapper, &t.descr.classmethod] {
        for n in ["__doc__", "__qualname__", "__text_signature__"] {
            v.push((ty.clone(), n, true, false));
        }
        for n in ["__objclass__", "__name__"] {
            v.push((ty.clone(), n, false, false));
        }
    }
    for n in ["__name__", "__qualname__", "__self__", "__objclass__", "__doc__", "__text_signature__"] {
        v.push((t.descr.method_wrapper.clone(), n, true, false));
    }
    v.push((t.object.clone(), "__class__", true, true));
    v
}

/// Every built-in (static) type, parents first.
fn static_types(vm: &Vm) -> Vec<ObjRef> {
    let mut out = vec![vm.t.object.clone()];
    let mut seen: std::collections::HashSet<usize> = out.iter().map(|t| t.addr()).collect();
    let mut i = 0;
    while i < out.len() {
        let t = out[i].clone();
        for s in super::typeobject::subclasses(&t) {
            if !tp(&s).has_flag(tpflags::HEAPTYPE) && seen.insert(s.addr()) {
                out.push(s);
            }
        }
        i += 1;
    }
    out
}

/// Gives the descriptor types their slots, turns the built-in types' slot dunders into slot
/// wrappers and their built-in class methods into class method descriptors, and adds the
/// getsets and members. Runs once the built-in types are complete.
pub fn install(vm: &mut Vm) {
    let d = &vm.t.descr;
    let (md, b) = (vm.t.method_descr.clone(), vm.t.builtin.clone());
    for ty in [&d.wrapper, &d.classmethod] {
        tp(ty).slots.inherit_from(&tp(&md).slots);
        tp(ty).slots.repr.set(Some(method_descr_repr));
    }
    tp(&md).slots.repr.set(Some(method_descr_repr));
    tp(&d.classmethod).slots.call.set(Some(classmethod_descr_call));
    tp(&d.method_wrapper).slots.inherit_from(&tp(&b).slots);
    tp(&d.method_wrapper).slots.repr.set(Some(method_wrapper_repr));
    tp(&d.getset).slots.repr.set(Some(getset_repr));
    tp(&d.getset).slots.hash.set(Some(identity_hash));
    let (wrapper, cm_descr) = (d.wrapper.clone(), d.classmethod.clone());
    // Types whose instances carry their own `__doc__` (a member in CPython's type dict, which
    // keeps the type's docstring out of it).
    let own_doc = [
        vm.t.property.clone(),
        vm.t.classmethod.clone(),
        vm.t.staticmethod.clone(),
        vm.t.function.clone(),
        vm.t.builtin.clone(),
        vm.t.method.clone(),
        vm.t.method_descr.clone(),
        vm.t.member_descr.clone(),
        vm.t.descr.wrapper.clone(),
        vm.t.descr.method_wrapper.clone(),
        vm.t.descr.classmethod.clone(),
        vm.t.descr.getset.clone(),
    ];
    for ty in static_types(vm) {
        if tp(&ty).dict.borrow().is_none() {
            *tp(&ty).dict.borrow_mut() = Some(vm.new_dict());
        }
        let Some(dict) = tp(&ty).dict.borrow().clone() else { continue };
        // The type's docstring (`type_ready` stores `tp_doc` as `__doc__`).
        if let Some((_, Some(doc))) = super::builtin_docs::lookup(&tp(&ty).name(), "__doc__") {
            if matches!(vm.dict_get_str(&dict, "__doc__"), Ok(None)) && !own_doc.iter().any(|t| t.is(&ty)) {
                let d = vm.str(doc);
                vm.dict_set_str(&dict, "__doc__", d);
            }
        }
        if own_doc.iter().any(|t| t.is(&ty)) && matches!(vm.dict_get_str(&dict, "__doc__"), Ok(None)) {
            let n = vm.intern("__doc__");
            let m = alloc(&vm.t.member_descr.clone(), MemberBody { name: n.clone(), owner: ty.clone(), index: BUILTIN_MEMBER });
            let _ = vm.dict_set(&dict, n, m);
        }
        let items: Vec<(ObjRef, ObjRef)> = dict.downcast::<DictBody>().expect("dict").table.borrow().iter().map(|(k, v)| (k.clone(), v.clone())).collect();
        for (k, v) in items {
            if let Some(m) = v.downcast::<MethodDescrBody>() {
                if v.is_exact(&md) && m.name.starts_with("__") && SLOT_NAMES.binary_search(&m.name).is_ok() {
                    v.set_type(&wrapper);
                }
            } else if let Some(p) = v.downcast::<PropertyBody>() {
                // A built-in type's computed attribute (`longobject::add_getter`).
                if let Some(g) = p.fget.clone().filter(|g| g.downcast::<BuiltinBody>().is_some()) {
                    let name = vm.intern(&name_text(&k));
                    let nd = alloc(&vm.t.descr.getset.clone(), GetSetBody { name, owner: ty.clone(), writable: false, getter: Some(g), setter: p.fset.clone() });
                    let _ = vm.dict_set(&dict, k, nd);
                }
            } else if let Some(cm) = v.downcast::<ClassMethodBody>() {
                if let Some(f) = cm.f.downcast::<BuiltinBody>().filter(|f| f.self_.is_none()) {
                    let nd = alloc(&cm_descr, MethodDescrBody { name: f.name, f: f.f, owner: ty.clone() });
                    let _ = vm.dict_set(&dict, k, nd);
                }
            }
        }
    }
    for (ty, name, getset, writable) in builtin_descriptors(vm) {
        let n = vm.intern(name);
        let o = if getset {
            alloc(&vm.t.descr.getset.clone(), GetSetBody { name: n, owner: ty.clone(), writable, getter: None, setter: None })
        } else {
            let _ = writable;
            alloc(&vm.t.member_descr.clone(), MemberBody { name: n, owner: ty.clone(), index: BUILTIN_MEMBER })
        };
        vm.type_set(&ty, name, o);
    }
    for name in ["__get__", "__set__", "__delete__"] {
        let owner = vm.t.descr.getset.clone();
        let src = vm.t.member_descr.clone();
        let n = vm.intern(name);
        if let Some(f) = vm.type_lookup(&src, &n) {
            if let Some(m) = f.downcast::<MethodDescrBody>() {
                let w = alloc(&wrapper, MethodDescrBody { name: m.name, f: m.f, owner: owner.clone() });
                vm.type_set(&owner, name, w);
            }
        }
    }
}

/// The `__dict__` and `__weakref__` getsets a new class adds (`type_new_set_slots`: the
/// class adds a dict or weak reference list its base lacks).
pub fn add_class_getsets(vm: &mut Vm, ty: &ObjRef, ns: &ObjRef, add_dict: bool, add_weak: bool) -> PyResult<()> {
    for (name, add) in [("__dict__", add_dict), ("__weakref__", add_weak)] {
        if !add {
            continue;
        }
        let n = vm.intern(name);
        if vm.dict_get(ns, &n)?.is_some() {
            continue;
        }
        let g = alloc(&vm.t.descr.getset.clone(), GetSetBody { name: n.clone(), owner: ty.clone(), writable: true, getter: None, setter: None });
        vm.dict_set(ns, n, g)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    #[test]
    fn slot_names_sorted() {
        assert!(super::SLOT_NAMES.windows(2).all(|w| w[0] < w[1]));
    }
}
