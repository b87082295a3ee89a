//! Parts of the data model that classes lean on (Objects/typeobject.c and Objects/descrobject.c,
//! Objects/funcobject.c):
//!
//! - `type.mro()`, a metaclass's own `mro()` consulted when a class is created (`mro_invoke`),
//!   `type.__subclasses__()` (`tp_subclasses`), and the "duplicate base class" / "Cannot create a
//!   consistent method resolution order" errors (`check_duplicates`, `set_mro_error`);
//! - the unary number slots of classes (`slot_nb_positive`, `slot_nb_invert`, `slot_nb_index`)
//!   and the rule that a dunder set to None disables its slot;
//! - `property`'s members (`fget`, `fset`, `fdel`, `__doc__`, `__name__`) and its doc taken
//!   from the getter; `staticmethod`/`classmethod` members and calling a staticmethod object.

use super::bodies::*;
use super::object::{alloc, ObjRef};
use super::typeobject::{c3_mro, is_subtype, subclasses, tp, PyErr, PyResult, TypeObject};
use crate::vm::Vm;

type Args<'a> = &'a [ObjRef];
type Kw<'a> = Option<&'a ObjRef>;

fn type_arg<'a>(vm: &Vm, a: Args<'a>, what: &str) -> PyResult<&'a ObjRef> {
    match a.first() {
        Some(t) if t.downcast::<TypeObject>().is_some() => Ok(t),
        Some(o) => Err(vm.type_error(&format!("descriptor '{what}' for 'type' objects doesn't apply to a '{}' object", vm.type_name(o)))),
        None => Err(vm.type_error(&format!("unbound method type.{what}() needs an argument"))),
    }
}

/// `type.mro()`: the C3 linearisation of the class and its bases, as a new list.
fn type_mro(vm: &mut Vm, a: Args, _kw: Kw) -> PyResult {
    let t = type_arg(vm, a, "mro")?.clone();
    if a.len() > 1 {
        // The bound built-in method names its class: `D.mro() takes no arguments`.
        return Err(vm.type_error(&format!("{}.mro() takes no arguments ({} given)", tp(&t).name(), a.len() - 1)));
    }
    let bases = tp(&t).bases.borrow().clone();
    if bases.is_empty() {
        // object, and `type` (made before object existed): their MRO is already final.
        let m = tp(&t).mro.borrow().clone();
        return Ok(vm.list(m));
    }
    match c3_mro(&t, &bases) {
        Some(m) => Ok(vm.list(m)),
        None => Err(mro_error(vm, &bases)),
    }
}

/// `type.__subclasses__()`.
fn type_subclasses(vm: &mut Vm, a: Args, _kw: Kw) -> PyResult {
    let t = type_arg(vm, a, "__subclasses__")?.clone();
    Ok(vm.list(subclasses(&t)))
}

/// The TypeError for bases that admit no MRO: a base named twice, or the heads of the lists
/// C3 could not merge, in order and without repeats (`set_mro_error`).
pub fn mro_error(vm: &mut Vm, bases: &[ObjRef]) -> PyErr {
    for (i, b) in bases.iter().enumerate() {
        if bases[..i].iter().any(|x| x.is(b)) {
            return vm.type_error(&format!("duplicate base class {}", tp(b).name()));
        }
    }
    let mut seqs: Vec<Vec<ObjRef>> = bases.iter().map(|b| tp(b).mro.borrow().clone()).collect();
    seqs.push(bases.to_vec());
    // Run the merge until it gets stuck, then name what is left at the heads.
    loop {
        seqs.retain(|s| !s.is_empty());
        let cand = seqs.iter().map(|s| s[0].clone()).find(|c| !seqs.iter().any(|t| t[1..].iter().any(|x| x.is(c))));
        match cand {
            Some(c) => {
                for s in seqs.iter_mut() {
                    if s[0].is(&c) {
                        s.remove(0);
                    }
                }
            }
            None => break,
        }
    }
    let mut heads: Vec<ObjRef> = Vec::new();
    for s in &seqs {
        if !heads.iter().any(|h| h.is(&s[0])) {
            heads.push(s[0].clone());
        }
    }
    let names: Vec<String> = heads.iter().map(|b| tp(b).name()).collect();
    vm.type_error(&format!("Cannot create a consistent method resolution order (MRO) for bases {}", names.join(", ")))
}

/// `mro_invoke`: when the metaclass overrides `mro()`, its result (checked to hold classes)
/// becomes the new class's `__mro__`.
pub fn custom_mro(vm: &mut Vm, meta: &ObjRef, ty: &ObjRef) -> PyResult<Option<Vec<ObjRef>>> {
    if meta.is(&vm.t.type_) {
        return Ok(None);
    }
    let n = vm.intern("mro");
    let Some(f) = vm.type_lookup(meta, &n) else { return Ok(None) };
    if f.downcast::<MethodDescrBody>().is_some_and(|m| m.owner.is(&vm.t.type_)) {
        return Ok(None);
    }
    let bound = super::attrs::descr_get(vm, f, Some(ty), meta)?;
    let r = vm.call(&bound, &[], None)?;
    let items = vm.collect(&r)?;
    for k in &items {
        if k.downcast::<TypeObject>().is_none() {
            return Err(vm.type_error(&format!("mro() returned a non-class ('{}')", vm.type_name(k))));
        }
    }
    vm.type_modified();
    Ok(Some(items))
}

/// Whether `o`'s class sets `name` to None (which turns the matching slot off).
pub fn dunder_is_none(vm: &mut Vm, o: &ObjRef, name: &str) -> bool {
    let n = vm.intern(name);
    let ty = o.type_of();
    vm.type_lookup(&ty, &n).is_some_and(|f| f.is(&vm.none))
}

fn call_unary(vm: &mut Vm, o: &ObjRef, name: &str, sym: &str) -> PyResult {
    let n = vm.intern(name);
    let ty = o.type_of();
    match vm.type_lookup(&ty, &n) {
        Some(f) if !f.is(&vm.none) => {
            let bound = super::slots::bind(vm, f, o)?;
            vm.call(&bound, &[], None)
        }
        _ => Err(vm.type_error(&format!("bad operand type for unary {sym}: '{}'", vm.type_name(o)))),
    }
}

/// `slot_nb_positive`.
pub fn slot_pos(vm: &mut Vm, o: &ObjRef) -> PyResult {
    call_unary(vm, o, "__pos__", "+")
}

/// `slot_nb_invert`.
pub fn slot_invert(vm: &mut Vm, o: &ObjRef) -> PyResult {
    call_unary(vm, o, "__invert__", "~")
}

/// `slot_nb_index`: `__index__`, whose result must be an int (`PyNumber_Index`).
pub fn slot_index(vm: &mut Vm, o: &ObjRef) -> PyResult {
    super::longobject::index(vm, o)
}

/// A new property; without a doc, the getter's `__doc__` (if any) is used.
pub fn new_property(vm: &mut Vm, fget: Option<ObjRef>, fset: Option<ObjRef>, fdel: Option<ObjRef>, doc: Option<ObjRef>) -> ObjRef {
    let mut getter_doc = false;
    let doc = match (doc, &fget) {
        (Some(d), _) => Some(d),
        (None, Some(g)) => {
            let d = vm.getattr_str(g, "__doc__").ok().filter(|d| !d.is(&vm.none));
            getter_doc = d.is_some();
            d
        }
        (None, None) => None,
    };
    alloc(&vm.t.property.clone(), PropertyBody { fget, fset, fdel, doc, getter_doc })
}

/// The members of property, staticmethod and classmethod objects.
pub fn attribute(vm: &mut Vm, o: &ObjRef, n: &str) -> PyResult<Option<ObjRef>> {
    if n == "__get__" && o.downcast::<FunctionBody>().is_some() {
        return Ok(Some(vm.builtin_fn("__get__", func_get, Some(o.clone()))));
    }
    if let Some(v) = super::member_slots::attribute(vm, o, n) {
        return Ok(Some(v));
    }
    let none = || vm.none.clone();
    if let Some(p) = o.downcast::<PropertyBody>() {
        return Ok(match n {
            "fget" => Some(p.fget.clone().unwrap_or_else(none)),
            "fset" => Some(p.fset.clone().unwrap_or_else(none)),
            "fdel" => Some(p.fdel.clone().unwrap_or_else(none)),
            "__doc__" => Some(p.doc.clone().unwrap_or_else(none)),
            "__name__" => match &p.fget {
                Some(g) => Some(vm.getattr_str(&g.clone(), "__name__")?),
                None => return Err(vm.err(&vm.e.attribute_error.clone(), "'property' object has no attribute '__name__'")),
            },
            _ => None,
        });
    }
    let f = if let Some(sm) = o.downcast::<StaticMethodBody>() {
        &sm.f
    } else if let Some(cm) = o.downcast::<ClassMethodBody>() {
        &cm.f
    } else {
        return Ok(None);
    };
    Ok(match n {
        "__func__" | "__wrapped__" => Some(f.clone()),
        // functools.update_wrapper-style members copied from the wrapped callable (3.10+).
        "__name__" | "__qualname__" | "__doc__" | "__module__" => vm.getattr_str(&f.clone(), n).ok(),
        "__isabstractmethod__" => Some(vm.false_.clone()),
        _ => None,
    })
}

/// `func_descr_get` as the method `function.__get__(obj, type=None)`.
fn func_get(vm: &mut Vm, a: Args, _kw: Kw) -> PyResult {
    if a.len() < 2 || a.len() > 3 {
        return Err(vm.type_error(&format!("expected 1 or 2 arguments, got {}", a.len().saturating_sub(1))));
    }
    let (f, obj) = (&a[0], &a[1]);
    if obj.is(&vm.none) {
        return Ok(f.clone());
    }
    Ok(alloc(&vm.t.method.clone(), MethodBody { func: f.clone(), self_: obj.clone() }))
}

/// `sm_call`: a staticmethod object is callable (3.10+) and calls what it wraps.
fn staticmethod_call(vm: &mut Vm, sm: &ObjRef, args: &[ObjRef], kwnames: Option<&ObjRef>) -> PyResult {
    let f = sm.downcast::<StaticMethodBody>().map(|b| b.f.clone()).expect("staticmethod");
    vm.call(&f, args, kwnames)
}

/// `PyObject_IsInstance`: exact type, tuples, then the metaclass's `__instancecheck__`.
pub fn isinstance(vm: &mut Vm, o: &ObjRef, t: &ObjRef) -> PyResult<bool> {
    if o.is_exact(t) {
        return Ok(true);
    }
    if t.is_exact(&vm.t.type_) {
        return Ok(is_subtype(&o.type_of(), t));
    }
    if let Some(tu) = t.downcast::<TupleBody>() {
        let items = tu.items.to_vec();
        return vm.guard(" in __instancecheck__", |vm| {
            for x in &items {
                if isinstance(vm, o, x)? {
                    return Ok(true);
                }
            }
            Ok(false)
        });
    }
    if let Some(members) = super::genericalias::union_args(t) {
        let members = vm.tuple(members);
        return isinstance(vm, o, &members);
    }
    if super::genericalias::is_generic_alias(t) {
        return Err(vm.type_error("isinstance() argument 2 cannot be a parameterized generic"));
    }
    if let Some(f) = vm.lookup_special(t, "__instancecheck__")? {
        let r = vm.guard(" in __instancecheck__", |vm| vm.call(&f, &[o.clone()], None))?;
        return vm.is_true(&r);
    }
    if t.downcast::<TypeObject>().is_none() {
        return Err(vm.type_error("isinstance() arg 2 must be a type, a tuple of types, or a union"));
    }
    Ok(is_subtype(&o.type_of(), t))
}

/// `PyObject_IsSubclass`: tuples, then the metaclass's `__subclasscheck__`.
pub fn issubclass(vm: &mut Vm, d: &ObjRef, t: &ObjRef) -> PyResult<bool> {
    if t.is_exact(&vm.t.type_) {
        if d.downcast::<TypeObject>().is_none() {
            return Err(vm.type_error("issubclass() arg 1 must be a class"));
        }
        return Ok(is_subtype(d, t));
    }
    if let Some(tu) = t.downcast::<TupleBody>() {
        let items = tu.items.to_vec();
        return vm.guard(" in __subclasscheck__", |vm| {
            for x in &items {
                if issubclass(vm, d, x)? {
                    return Ok(true);
                }
            }
            Ok(false)
        });
    }
    if let Some(members) = super::genericalias::union_args(t) {
        let members = vm.tuple(members);
        return issubclass(vm, d, &members);
    }
    if super::genericalias::is_generic_alias(t) {
        return Err(vm.type_error("issubclass() argument 2 cannot be a parameterized generic"));
    }
    if let Some(f) = vm.lookup_special(t, "__subclasscheck__")? {
        let r = vm.guard(" in __subclasscheck__", |vm| vm.call(&f, &[d.clone()], None))?;
        return vm.is_true(&r);
    }
    if d.downcast::<TypeObject>().is_none() {
        return Err(vm.type_error("issubclass() arg 1 must be a class"));
    }
    if t.downcast::<TypeObject>().is_none() {
        return Err(vm.type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union"));
    }
    Ok(is_subtype(d, t))
}

/// The note `type_new_set_names` adds to an exception raised by `__set_name__`.
pub fn set_name_note(vm: &mut Vm, exc: &ObjRef, attr: &ObjRef, name: &ObjRef, owner: &ObjRef) {
    let n = name.downcast::<StrBody>().map(|s| s.text().into_owned()).unwrap_or_default();
    let note = format!("Error calling __set_name__ on '{}' instance '{}' in '{}'", vm.type_name(attr), n, tp(owner).name());
    let note = vm.str(&note);
    if let Ok(Some(add)) = vm.lookup_special(exc, "add_note") {
        let _ = vm.call(&add, &[note], None);
    }
}

/// `method_richcompare`: bound methods are equal when they bind the same object (identity)
/// to equal functions.
fn method_richcompare(vm: &mut Vm, a: &ObjRef, b: &ObjRef, op: super::typeobject::CmpOp) -> PyResult {
    use super::typeobject::CmpOp;
    let (Some(x), Some(y)) = (a.downcast::<MethodBody>(), b.downcast::<MethodBody>()) else { return Ok(vm.notimpl.clone()) };
    if op != CmpOp::Eq && op != CmpOp::Ne {
        return Ok(vm.notimpl.clone());
    }
    let eq = x.self_.is(&y.self_) && {
        let (f, g) = (x.func.clone(), y.func.clone());
        vm.eq(&f, &g)?
    };
    Ok(vm.bool(eq == (op == CmpOp::Eq)))
}

/// `method_hash`: the bound object's identity hash mixed with the function's hash.
fn method_hash(vm: &mut Vm, m: &ObjRef) -> PyResult<i64> {
    let b = m.downcast::<MethodBody>().expect("method");
    let x = b.self_.addr().rotate_right(4) as i64;
    let f = b.func.clone();
    let y = vm.hash(&f)?;
    let h = x ^ y;
    Ok(if h == -1 { -2 } else { h })
}

/// BINARY_OP numbers' in-place dunders.
const INPLACE_DUNDERS: [&str; 13] = [
    "__iadd__", "__iand__", "__ifloordiv__", "__ilshift__", "__imatmul__", "__imul__", "__imod__", "__ior__", "__ipow__",
    "__irshift__", "__isub__", "__itruediv__", "__ixor__",
];

/// The in-place half of `binary_iop1`: a class's `__iadd__`-style method, or list's in-place
/// concatenation and repetition (`list_inplace_concat`, `list_inplace_repeat`). None means
/// "fall back to the binary operator".
pub fn inplace(vm: &mut Vm, a: &ObjRef, b: &ObjRef, op: u32) -> PyResult<Option<ObjRef>> {
    let ta = a.type_of();
    if tp(&ta).has_flag(super::typeobject::tpflags::HEAPTYPE) || tp(&ta).has_flag(super::typeobject::tpflags::SPEC_TYPE) {
        let n = vm.intern(INPLACE_DUNDERS[op as usize]);
        if let Some(f) = vm.type_lookup(&ta, &n) {
            let bound = super::slots::bind(vm, f, a)?;
            let r = vm.call(&bound, &[b.clone()], None)?;
            if !r.is(&vm.notimpl) {
                return Ok(Some(r));
            }
            return Ok(None);
        }
    }
    // list's in-place `+=`/`*=` are container_ops' (`list_inplace_concat`/`_repeat`).
    Ok(None)
}

/// Assignments to `__class__` (`object_set_class`, with `compatible_for_assignment`) and to an
/// instance's `__dict__` (`PyObject_GenericSetDict`); None for every other name.
pub fn set_special(vm: &mut Vm, o: &ObjRef, name: &ObjRef, v: &Option<ObjRef>) -> Option<PyResult<()>> {
    let n = name.downcast::<StrBody>()?;
    let n = n.as_str()?;
    if n == "__class__" && o.downcast::<TypeObject>().is_none() {
        return Some(set_class(vm, o, v));
    }
    if let (Some(_), "__bases__") = (o.downcast::<TypeObject>(), n) {
        return Some(set_bases(vm, o, v));
    }
    if let (Some(t), "__name__" | "__qualname__") = (o.downcast::<TypeObject>(), n) {
        // `type_set_name` / `type_set_qualname` on a heap type.
        if !t.has_flag(super::typeobject::tpflags::HEAPTYPE) {
            return None;
        }
        let Some(v) = v else { return Some(Err(vm.type_error(&format!("cannot delete '{n}' attribute of immutable type '{}'", t.name())))) };
        let Some(s) = v.downcast::<StrBody>().map(|s| s.text().into_owned()) else {
            return Some(Err(vm.type_error(&format!("can only assign string to {}.{n}, not '{}'", t.name(), vm.type_name(v)))));
        };
        if n == "__name__" {
            *t.name.borrow_mut() = s;
        } else {
            *t.qualname.borrow_mut() = s;
        }
        return Some(Ok(()));
    }
    if n == "__dict__" {
        let i = o.downcast::<InstanceBody>()?;
        let ty = o.type_of();
        if tp(&ty).has_flag(super::member_slots::NO_DICT) {
            return None;
        }
        let Some(v) = v else { return Some(Err(vm.type_error("cannot delete __dict__"))) };
        if !vm.isinstance_exact_or_sub(v, &vm.t.dict) {
            return Some(Err(vm.type_error(&format!("__dict__ must be set to a dictionary, not a '{}'", vm.type_name(v)))));
        }
        // The inline values become the old dict first, released with it.
        i.materialize(o);
        let old = i.dict.replace(Some(v.clone()));
        drop(old);
        return Some(Ok(()));
    }
    None
}

/// `type_set_bases`: checks the new bases, then gives the class (and every subclass) a new
/// MRO and moves it between its bases' `__subclasses__()`.
fn set_bases(vm: &mut Vm, ty: &ObjRef, v: &Option<ObjRef>) -> PyResult<()> {
    let t = tp(ty);
    let name = t.name();
    if !t.has_flag(super::typeobject::tpflags::HEAPTYPE) {
        return Err(vm.type_error(&format!("cannot set '__bases__' attribute of immutable type '{name}'")));
    }
    let Some(v) = v else { return Err(vm.type_error(&format!("cannot delete '__bases__' attribute of immutable type '{name}'"))) };
    let Some(items) = v.downcast::<TupleBody>().map(|t| t.items.to_vec()) else {
        return Err(vm.type_error(&format!("can only assign tuple to {name}.__bases__, not {}", vm.type_name(v))));
    };
    if items.is_empty() {
        return Err(vm.type_error(&format!("can only assign non-empty tuple to {name}.__bases__, not ()")));
    }
    for b in &items {
        if b.downcast::<TypeObject>().is_none() {
            return Err(vm.type_error(&format!("{name}.__bases__ must be tuple of classes, not '{}'", vm.type_name(b))));
        }
        if super::typeobject::is_subtype(b, ty) {
            return Err(vm.type_error("a __bases__ item causes an inheritance cycle"));
        }
    }
    let new_base = items[0].clone();
    let old_base = t.base.borrow().clone().unwrap_or_else(|| vm.t.object.clone());
    // `compatible_for_assignment`: the instances' layout must not change.
    let (a, b) = (tp(&old_base), tp(&new_base));
    let same = std::ptr::eq(a.head.instance_layout, b.head.instance_layout)
        && a.basicsize == b.basicsize
        && super::subclass::builtin_base(&old_base).is(&super::subclass::builtin_base(&new_base));
    if !same {
        return Err(vm.type_error(&format!("__bases__ assignment: '{}' object layout differs from '{}'", b.name(), a.name())));
    }
    let old_bases = std::mem::replace(&mut *t.bases.borrow_mut(), items.clone());
    let old_base = t.base.replace(Some(new_base));
    let me = t as *const TypeObject;
    for ob in &old_bases {
        if let Some(bt) = ob.downcast::<TypeObject>() {
            bt.subclasses.borrow_mut().retain(|p| *p != me);
        }
    }
    super::typeobject::register_subclass(ty);
    if let Err(e) = remake_mro_tree(vm, ty) {
        // Undo (`type_set_bases`' `undo` path).
        for nb in &items {
            if let Some(bt) = nb.downcast::<TypeObject>() {
                bt.subclasses.borrow_mut().retain(|p| *p != me);
            }
        }
        *t.bases.borrow_mut() = old_bases;
        *t.base.borrow_mut() = old_base;
        super::typeobject::register_subclass(ty);
        let _ = remake_mro_tree(vm, ty);
        return Err(e);
    }
    crate::objects::type_new::fixup_slots_tree(vm, ty);
    Ok(())
}

/// `mro_hierarchy`: a new MRO for `ty` and its subclasses, after its bases changed.
fn remake_mro_tree(vm: &mut Vm, ty: &ObjRef) -> PyResult<()> {
    let bases = tp(ty).bases.borrow().clone();
    let Some(mut mro) = c3_mro(ty, &bases) else { return Err(mro_error(vm, &bases)) };
    let meta = ty.type_of();
    if let Some(custom) = custom_mro(vm, &meta, ty)? {
        mro = custom;
    }
    *tp(ty).mro.borrow_mut() = mro;
    vm.type_modified();
    for sub in subclasses(ty) {
        remake_mro_tree(vm, &sub)?;
    }
    Ok(())
}

fn set_class(vm: &mut Vm, o: &ObjRef, v: &Option<ObjRef>) -> PyResult<()> {
    let Some(new) = v else { return Err(vm.type_error("can't delete __class__ attribute")) };
    if new.downcast::<TypeObject>().is_none() {
        return Err(vm.type_error(&format!("__class__ must be set to a class, not '{}' object", vm.type_name(new))));
    }
    let old = o.type_of();
    let heap = super::typeobject::tpflags::HEAPTYPE;
    if !tp(&old).has_flag(heap) || !tp(new).has_flag(heap) {
        return Err(vm.type_error("__class__ assignment only supported for mutable types or ModuleType subclasses"));
    }
    let (a, b) = (tp(&old), tp(new));
    let same = std::ptr::eq(a.head.instance_layout, b.head.instance_layout)
        && a.basicsize.get() == b.basicsize.get()
        && a.has_flag(super::member_slots::NO_DICT) == b.has_flag(super::member_slots::NO_DICT);
    if !same {
        return Err(vm.type_error(&format!("__class__ assignment: '{}' object layout differs from '{}'", b.name(), a.name())));
    }
    // Inline values were admitted to the old class's keys: they become a dict on those first.
    if let Some(i) = o.downcast::<InstanceBody>() {
        i.materialize(o);
    }
    o.set_type(new);
    Ok(())
}

pub fn install(vm: &mut Vm) {
    super::finalize::set_finalizer(&vm.t.generator);
    tp(&vm.t.method).slots.richcompare.set(Some(method_richcompare));
    tp(&vm.t.method).slots.hash.set(Some(method_hash));
    let t = vm.t.type_.clone();
    vm.add_method(&t, "mro", type_mro);
    vm.add_method(&t, "__subclasses__", type_subclasses);
    tp(&vm.t.staticmethod).slots.call.set(Some(staticmethod_call));
}
