//! The attribute protocol (Objects/object.c `PyObject_GenericGetAttr`/`SetAttr`,
//! Objects/typeobject.c `type_getattro`, `slot_tp_getattr_hook`, `slot_tp_setattro`,
//! `super_getattro`, Objects/descrobject.c, Objects/funcobject.c `func_descr_get`):
//!
//! - lookup on an instance: a data descriptor on the type wins, then the instance `__dict__`,
//!   then a non-data descriptor or plain class attribute, then `__getattr__`;
//! - lookup on a class: the metatype's data descriptors, then the class's MRO (descriptors
//!   called with no instance), then the metatype's other attributes;
//! - `super()`: the same lookup starting after the given class in the instance's MRO.

use super::bodies::*;
use super::object::{alloc, ObjRef};
use super::typeobject::{is_subtype, tp, PyErr, PyResult, TypeObject};
use crate::vm::Vm;

fn name_str(name: &ObjRef) -> String {
    name.downcast::<StrBody>().map(|s| s.text().into_owned()).unwrap_or_default()
}

fn attribute_error(vm: &Vm, msg: String, name: &ObjRef, obj: &ObjRef) -> PyErr {
    let e = vm.new_exception(&vm.e.attribute_error, vec![vm.str(&msg)]);
    super::exceptions::set_member(&e, "name", name.clone());
    super::exceptions::set_member(&e, "obj", obj.clone());
    PyErr(e)
}

/// The name a property's error messages use: its getter's `__name__`.
pub fn prop_name(p: &PropertyBody) -> Option<String> {
    let f = p.fget.as_ref()?.downcast::<FunctionBody>()?;
    let n = f.name.borrow().clone();
    Some(name_str(&n))
}

/// Whether `attr` (found on a type) is a user-defined descriptor: its type has `__get__`.
fn user_descr(vm: &mut Vm, attr: &ObjRef, dunder: &str) -> Option<ObjRef> {
    let ty = attr.type_of();
    if !tp(&ty).has_flag(super::typeobject::tpflags::HEAPTYPE) {
        return None;
    }
    let n = vm.intern(dunder);
    vm.type_lookup(&ty, &n)
}

/// A data descriptor: property, or a class with `__set__` or `__delete__`.
pub fn is_data_descr(vm: &mut Vm, attr: &ObjRef) -> bool {
    if attr.downcast::<PropertyBody>().is_some()
        || attr.downcast::<super::member_slots::MemberBody>().is_some()
        || attr.downcast::<super::descrobject::GetSetBody>().is_some()
    {
        return true;
    }
    user_descr(vm, attr, "__set__").is_some() || user_descr(vm, attr, "__delete__").is_some()
}

/// `tp_descr_get`: what attribute `attr`, found on `owner`'s MRO, gives for `obj` (None when
/// looked up on the class itself).
pub fn descr_get(vm: &mut Vm, attr: ObjRef, obj: Option<&ObjRef>, owner: &ObjRef) -> PyResult {
    descr_get_named(vm, attr, obj, owner, None)
}

/// [`descr_get`] knowing the attribute name the descriptor was found under (a property's
/// messages name it, as CPython's `__set_name__` records it at class creation).
pub fn descr_get_named(vm: &mut Vm, attr: ObjRef, obj: Option<&ObjRef>, owner: &ObjRef, found_as: Option<&ObjRef>) -> PyResult {
    if attr.downcast::<FunctionBody>().is_some() {
        return Ok(match obj {
            Some(o) => alloc(&vm.t.method, MethodBody { func: attr, self_: o.clone() }),
            None => attr,
        });
    }
    if let Some(m) = attr.downcast::<MethodDescrBody>() {
        return Ok(super::descrobject::bind_method(vm, &attr, m, obj, owner));
    }
    if attr.downcast::<super::descrobject::GetSetBody>().is_some() {
        return super::descrobject::getset_get(vm, &attr, obj);
    }
    if let Some(sm) = attr.downcast::<StaticMethodBody>() {
        return Ok(sm.f.clone());
    }
    if attr.downcast::<super::member_slots::MemberBody>().is_some() {
        return match obj {
            Some(o) => super::member_slots::get(vm, &attr, o),
            None => Ok(attr),
        };
    }
    if let Some(cm) = attr.downcast::<ClassMethodBody>() {
        let cls = match obj {
            Some(o) if !owner.is(&o.type_of()) && owner.downcast::<TypeObject>().is_none() => o.type_of(),
            _ => owner.clone(),
        };
        return Ok(alloc(&vm.t.method, MethodBody { func: cm.f.clone(), self_: cls }));
    }
    if let Some(p) = attr.downcast::<PropertyBody>() {
        let Some(o) = obj else { return Ok(attr.clone()) };
        return match &p.fget {
            Some(g) => {
                let g = g.clone();
                vm.call(&g, &[o.clone()], None)
            }
            None => {
                let n = match found_as.map(name_str).or_else(|| prop_name(p)) { Some(n) => format!("'{n}' "), None => String::new() };
                Err(vm.err(&vm.e.attribute_error, &format!("property {n}of '{}' object has no getter", vm.type_name(o))))
            }
        };
    }
    if let Some(get) = user_descr(vm, &attr, "__get__") {
        let inst = obj.cloned().unwrap_or_else(|| vm.none.clone());
        return vm.call(&get, &[attr.clone(), inst, owner.clone()], None);
    }
    Ok(attr)
}

/// `PyObject_GenericGetAttr`, without the `__getattr__` fallback.
pub fn generic_getattr(vm: &mut Vm, o: &ObjRef, name: &ObjRef) -> PyResult {
    let ty = o.type_of();
    let found = vm.type_lookup(&ty, name);
    if let Some(f) = &found {
        // A data descriptor without `__get__` lets the instance dict answer.
        if is_data_descr(vm, f)
            && (f.downcast::<PropertyBody>().is_some()
                || f.downcast::<super::member_slots::MemberBody>().is_some()
                || f.downcast::<super::descrobject::GetSetBody>().is_some()
                || user_descr(vm, f, "__get__").is_some())
        {
            return descr_get_named(vm, f.clone(), Some(o), &ty, Some(name));
        }
    }
    match super::inline_values::try_get(o, name) {
        Some(Some(v)) => return Ok(v),
        Some(None) => {}
        None => {
            if let Some(d) = super::slots::instance_dict(o) {
                if let Some(v) = vm.dict_get(&d, name)? {
                    return Ok(v);
                }
            }
        }
    }
    if let Some(f) = found {
        return descr_get(vm, f, Some(o), &ty);
    }
    if let Some(v) = super::slots::special_attr(vm, o, name)? {
        return Ok(v);
    }
    let n = name_str(name);
    if n == "__dict__" {
        if let Some(d) = super::slots::instance_dict(o) {
            return Ok(d);
        }
    }
    if o.downcast::<ModuleBody>().is_some() {
        // `module_getattro`: the module's `__getattr__` (PEP 562), then the messages for
        // partially initialised and shadowing modules.
        return crate::import::module_getattr_missing(vm, o, name);
    }
    Err(attribute_error(vm, format!("'{}' object has no attribute '{n}'", tp(&ty).name()), name, o))
}

/// `type_getattro`: attribute lookup on a class object.
pub fn type_getattr(vm: &mut Vm, cls: &ObjRef, name: &ObjRef) -> PyResult {
    let meta = cls.type_of();
    let meta_attr = vm.type_lookup(&meta, name);
    if let Some(m) = &meta_attr {
        if is_data_descr(vm, m) {
            return descr_get(vm, m.clone(), Some(cls), &meta);
        }
    }
    if let Some(v) = vm.type_lookup(cls, name) {
        return descr_get(vm, v, None, cls);
    }
    if let Some(m) = meta_attr {
        return descr_get(vm, m, Some(cls), &meta);
    }
    if let Some(v) = super::slots::special_attr(vm, cls, name)? {
        return Ok(v);
    }
    let n = name_str(name);
    Err(attribute_error(vm, format!("type object '{}' has no attribute '{n}'", tp(cls).name()), name, cls))
}

/// `slot_tp_getattr_hook` for classes defining `__getattribute__` and/or `__getattr__`.
pub fn slot_getattr(vm: &mut Vm, o: &ObjRef, name: &ObjRef) -> PyResult {
    let ty = o.type_of();
    let ga = vm.intern("__getattribute__");
    let r = match vm.type_lookup(&ty, &ga) {
        Some(f) if f.downcast::<FunctionBody>().is_some() => vm.call(&f, &[o.clone(), name.clone()], None),
        _ => generic_getattr(vm, o, name),
    };
    match r {
        Err(e) if is_subtype(&e.0.type_of(), &vm.e.attribute_error) => {
            let gn = vm.intern("__getattr__");
            match vm.type_lookup(&ty, &gn) {
                Some(f) => {
                    let bound = descr_get(vm, f, Some(o), &ty)?;
                    vm.call(&bound, &[name.clone()], None)
                }
                None => Err(e),
            }
        }
        r => r,
    }
}

/// `slot_tp_setattro` for classes defining `__setattr__` or `__delattr__`.
pub fn slot_setattr(vm: &mut Vm, o: &ObjRef, name: &ObjRef, v: Option<ObjRef>) -> PyResult<()> {
    let ty = o.type_of();
    let dunder = if v.is_some() { "__setattr__" } else { "__delattr__" };
    let n = vm.intern(dunder);
    match vm.type_lookup(&ty, &n) {
        // A Python function, or another built-in method assigned as `__setattr__`.
        Some(f) if f.downcast::<FunctionBody>().is_some() || f.downcast::<MethodDescrBody>().is_some_and(|m| m.name != dunder) => {
            let mut args = vec![o.clone(), name.clone()];
            args.extend(v);
            vm.call(&f, &args, None).map(|_| ())
        }
        _ => generic_setattr(vm, o, name, v),
    }
}

/// `PyObject_GenericSetAttr` (and `type_setattro` for classes).
pub fn generic_setattr(vm: &mut Vm, o: &ObjRef, name: &ObjRef, v: Option<ObjRef>) -> PyResult<()> {
    if let Some(r) = super::type_methods::set_special(vm, o, name, &v) {
        return r;
    }
    if o.downcast::<TypeObject>().is_some() {
        return super::slots::generic_setattr(vm, o, name, v);
    }
    let ty = o.type_of();
    if let Some(found) = vm.type_lookup(&ty, name) {
        if found.downcast::<super::member_slots::MemberBody>().is_some() {
            return super::member_slots::set(vm, &found, o, v);
        }
        if found.downcast::<super::descrobject::GetSetBody>().is_some() {
            return super::descrobject::getset_set(vm, &found, o, v);
        }
        if let Some(p) = found.downcast::<PropertyBody>() {
            let f = if v.is_some() { p.fset.clone() } else { p.fdel.clone() };
            return match f {
                Some(f) => {
                    let mut a = vec![o.clone()];
                    a.extend(v);
                    vm.call(&f, &a, None).map(|_| ())
                }
                None => {
                    let n = format!("'{}' ", name_str(name));
                    let what = if v.is_some() { "setter" } else { "deleter" };
                    Err(vm.err(&vm.e.attribute_error, &format!("property {n}of '{}' object has no {what}", tp(&ty).name())))
                }
            };
        }
        let dunder = if v.is_some() { "__set__" } else { "__delete__" };
        if let Some(set) = user_descr(vm, &found, dunder) {
            let mut a = vec![found.clone(), o.clone()];
            a.extend(v);
            return vm.call(&set, &a, None).map(|_| ());
        }
    }
    super::slots::generic_setattr(vm, o, name, v)
}

// ---- super ------------------------------------------------------------------------------

/// A `super` object: the class to start after, and the instance (or class) it is bound to.
pub struct SuperBody {
    pub this: ObjRef,
    pub obj: Option<ObjRef>,
    pub obj_type: Option<ObjRef>,
}
crate::impl_body!(SuperBody, "super", gc);

/// `supercheck`: the type whose MRO `super(cls, obj)` searches.
fn super_check(vm: &mut Vm, cls: &ObjRef, obj: &ObjRef) -> PyResult<ObjRef> {
    if obj.downcast::<TypeObject>().is_some() && is_subtype(obj, cls) {
        return Ok(obj.clone());
    }
    let t = obj.type_of();
    if is_subtype(&t, cls) {
        return Ok(t);
    }
    let (what, name) = if obj.downcast::<TypeObject>().is_some() { ("type", tp(obj).name()) } else { ("instance of", vm.type_name(obj)) };
    Err(vm.type_error(&format!("super(type, obj): obj ({what} {name}) is not an instance or subtype of type ({}).", tp(cls).name())))
}

pub fn new_super(vm: &mut Vm, cls: &ObjRef, obj: &ObjRef) -> PyResult {
    if cls.downcast::<TypeObject>().is_none() {
        return Err(vm.type_error(&format!("super() argument 1 must be a type, not {}", vm.type_name(cls))));
    }
    let obj_type = super_check(vm, cls, obj)?;
    Ok(alloc(&vm.t.super_, SuperBody { this: cls.clone(), obj: Some(obj.clone()), obj_type: Some(obj_type) }))
}

/// `super_getattro`: search the MRO of the bound object's type after `this`.
pub fn super_lookup(vm: &mut Vm, this: &ObjRef, obj: &ObjRef, obj_type: &ObjRef, name: &ObjRef) -> PyResult<Option<ObjRef>> {
    let skip = name_str(name) == "__class__";
    if !skip {
        let mro = tp(obj_type).mro.borrow().clone();
        if let Some(i) = mro.iter().position(|t| t.is(this)) {
            for t in &mro[i + 1..] {
                let d = tp(t).dict.borrow().clone();
                if let Some(d) = d {
                    if let Some(v) = vm.dict_get(&d, name)? {
                        let inst = if obj.is(obj_type) { None } else { Some(obj) };
                        return descr_get(vm, v, inst, obj_type).map(Some);
                    }
                }
            }
        }
    }
    Ok(None)
}

fn super_getattr(vm: &mut Vm, s: &ObjRef, name: &ObjRef) -> PyResult {
    let b = s.downcast::<SuperBody>().unwrap();
    if let (Some(obj), Some(ot)) = (b.obj.clone(), b.obj_type.clone()) {
        if let Some(v) = super_lookup(vm, &b.this.clone(), &obj, &ot, name)? {
            return Ok(v);
        }
    }
    match name_str(name).as_str() {
        "__thisclass__" => return Ok(b.this.clone()),
        "__self__" => return Ok(b.obj.clone().unwrap_or_else(|| vm.none.clone())),
        "__self_class__" => return Ok(b.obj_type.clone().unwrap_or_else(|| vm.none.clone())),
        _ => {}
    }
    generic_getattr(vm, s, name)
}

fn super_repr(vm: &mut Vm, s: &ObjRef) -> PyResult {
    let b = s.downcast::<SuperBody>().unwrap();
    let this = tp(&b.this).name();
    let text = match &b.obj_type {
        Some(t) => format!("<super: <class '{this}'>, <{} object>>", tp(t).name()),
        None => format!("<super: <class '{this}'>, NULL>"),
    };
    Ok(vm.str(&text))
}

/// `super()` with no arguments: the calling frame's `__class__` cell and first argument.
fn super_new(vm: &mut Vm, _ty: &ObjRef, args: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    match args.len() {
        2 => new_super(vm, &args[0], &args[1]),
        1 => {
            if args[0].downcast::<TypeObject>().is_none() {
                return Err(vm.type_error(&format!("super() argument 1 must be a type, not {}", vm.type_name(&args[0]))));
            }
            Ok(alloc(&vm.t.super_, SuperBody { this: args[0].clone(), obj: None, obj_type: None }))
        }
        0 => {
            let (cls, first) = crate::eval::super_args(vm)?;
            new_super(vm, &cls, &first)
        }
        n => Err(vm.type_error(&format!("super() takes at most 2 arguments ({n} given)"))),
    }
}

// ---- object's own methods ------------------------------------------------------------

/// The argument count check of a slot wrapper (`wrap_*` in Objects/typeobject.c).
fn self_and(vm: &Vm, _name: &str, a: &[ObjRef], n: usize) -> PyResult<()> {
    if a.len() == n + 1 {
        return Ok(());
    }
    Err(vm.type_error(&format!("expected {n} argument{}, got {}", if n == 1 { "" } else { "s" }, a.len() - 1)))
}

fn o_setattr(vm: &mut Vm, a: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    self_and(vm, "__setattr__", a, 2)?;
    generic_setattr(vm, &a[0], &a[1], Some(a[2].clone()))?;
    Ok(vm.none.clone())
}
fn o_delattr(vm: &mut Vm, a: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    self_and(vm, "__delattr__", a, 1)?;
    generic_setattr(vm, &a[0], &a[1], None)?;
    Ok(vm.none.clone())
}
fn o_getattribute(vm: &mut Vm, a: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    self_and(vm, "__getattribute__", a, 1)?;
    if a[1].downcast::<StrBody>().is_none() {
        return Err(vm.type_error(&format!("attribute name must be string, not '{}'", vm.type_name(&a[1]))));
    }
    if a[0].downcast::<TypeObject>().is_some() {
        return type_getattr(vm, &a[0], &a[1]);
    }
    generic_getattr(vm, &a[0], &a[1])
}
fn o_repr(vm: &mut Vm, a: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    default_repr(vm, &a[0])
}

/// `object_repr`: `<module.qualname object at 0x...>` (the module left out for builtins).
pub fn default_repr(vm: &mut Vm, o: &ObjRef) -> PyResult {
    let a = std::slice::from_ref(o);
    let ty = a[0].type_of();
    let t = tp(&ty);
    let mut module = t.module.borrow().clone();
    // A class's `__module__` lives in its dict (`type_module`), where assignment changes it.
    if t.has_flag(super::typeobject::tpflags::HEAPTYPE) {
        let d = t.dict.borrow().clone();
        if let Some(m) = d.and_then(|d| vm.dict_get_str(&d, "__module__").ok().flatten()) {
            if let Some(sb) = m.downcast::<StrBody>() {
                module = sb.text().into_owned();
            }
        }
    }
    let qual = t.qualname.borrow().clone();
    let text = if module == "builtins" {
        format!("<{qual} object at {:#x}>", a[0].addr())
    } else {
        format!("<{module}.{qual} object at {:#x}>", a[0].addr())
    };
    Ok(vm.str(&text))
}
fn o_str(vm: &mut Vm, a: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    vm.repr(&a[0])
}
fn o_eq(vm: &mut Vm, a: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    self_and(vm, "__eq__", a, 1)?;
    Ok(if a[0].is(&a[1]) { vm.true_.clone() } else { vm.notimpl.clone() })
}
fn o_ne(vm: &mut Vm, a: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    self_and(vm, "__ne__", a, 1)?;
    // `object_richcompare` for Py_NE: the type's own `tp_richcompare` for Py_EQ, inverted
    // (no reflected try, no identity fallback).
    let r = match tp(&a[0].type_of()).slots.richcompare.get() {
        Some(f) => f(vm, &a[0], &a[1], super::typeobject::CmpOp::Eq)?,
        None => if a[0].is(&a[1]) { vm.true_.clone() } else { vm.notimpl.clone() },
    };
    if r.is(&vm.notimpl) {
        return Ok(r);
    }
    let t = vm.is_true(&r)?;
    Ok(vm.bool(!t))
}
/// `object.__hash__` is object's own `tp_hash` (the identity hash), whatever the instance's
/// class defines: `__hash__ = object.__hash__` in a class must not call back into that class.
fn o_hash(vm: &mut Vm, a: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    self_and(vm, "__hash__", a, 0)?;
    // Built-in types keep their hash in the slot, not as a `__hash__` in their dict: the
    // first built-in type on the MRO stands for the wrapper CPython would find there.
    let ty = a[0].type_of();
    let solid = tp(&ty).mro.borrow().iter().find(|t| !tp(t).has_flag(super::typeobject::tpflags::HEAPTYPE)).cloned();
    if let Some(s) = solid.filter(|s| !s.is(&vm.t.object)) {
        if let Some(h) = tp(&s).slots.hash.get() {
            let h = h(vm, &a[0])?;
            return Ok(vm.int(h));
        }
    }
    Ok(vm.int(a[0].addr().rotate_right(4) as i64))
}
fn o_init(vm: &mut Vm, _a: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    Ok(vm.none.clone())
}
/// `object.__init_subclass__` (a class method): accepts no arguments besides the class.
fn o_init_subclass(vm: &mut Vm, a: &[ObjRef], kw: Option<&ObjRef>) -> PyResult {
    let nkw = kw.and_then(|k| k.downcast::<TupleBody>()).map_or(0, |t| t.items.len());
    if nkw > 0 {
        let who = a.first().and_then(|c| c.downcast::<TypeObject>()).map(|t| t.name()).unwrap_or_default();
        return Err(vm.type_error(&format!("{who}.__init_subclass__() takes no keyword arguments")));
    }
    if a.len() > 1 {
        return Err(vm.type_error(&format!("object.__init_subclass__() takes exactly 0 arguments ({} given)", a.len() - 1)));
    }
    Ok(vm.none.clone())
}
fn o_format(vm: &mut Vm, a: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    self_and(vm, "__format__", a, 1)?;
    let spec = a[1].downcast::<StrBody>().map(|s| s.text().into_owned());
    match spec {
        Some(s) if s.is_empty() => vm.to_str(&a[0]),
        Some(_) => Err(vm.type_error(&format!("unsupported format string passed to {}.__format__", vm.type_name(&a[0])))),
        None => Err(vm.type_error(&format!("__format__() argument must be str, not {}", vm.type_name(&a[1])))),
    }
}
fn o_sizeof(vm: &mut Vm, a: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    let n = super::sizes::dunder_sizeof(vm, &a[0]);
    Ok(vm.int(n as i64))
}

pub fn install(vm: &mut Vm) {
    let o = vm.t.object.clone();
    let methods: [(&'static str, NativeFn); 11] = [
        ("__setattr__", o_setattr),
        ("__delattr__", o_delattr),
        ("__getattribute__", o_getattribute),
        ("__repr__", o_repr),
        ("__str__", o_str),
        ("__eq__", o_eq),
        ("__ne__", o_ne),
        ("__hash__", o_hash),
        ("__init__", o_init),
        ("__format__", o_format),
        ("__sizeof__", o_sizeof),
    ];
    for (name, f) in methods {
        vm.add_method(&o, name, f);
    }
    let f = vm.builtin_fn("__init_subclass__", o_init_subclass, None);
    let cm = alloc(&vm.t.classmethod.clone(), ClassMethodBody { f });
    vm.type_set(&o, "__init_subclass__", cm);
    let t = vm.t.super_.clone();
    let s = &tp(&t).slots;
    s.getattro.set(Some(super_getattr));
    s.repr.set(Some(super_repr));
    s.new.set(Some(super_new));
    let b = vm.builtins.clone();
    vm.dict_set_str(&b, "super", t);
}
