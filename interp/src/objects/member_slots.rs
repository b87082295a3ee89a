//! `__slots__` (Objects/typeobject.c `type_new_slots`, `type_new_visit_slots`,
//! `type_new_copy_slots`, `type_new_descriptors`) and member descriptors
//! (Objects/descrobject.c `member_get`/`member_set`, Python/structmember.c):
//!
//! - a class statement's `__slots__` (a str or an iterable of identifiers) becomes one
//!   `member_descriptor` per name in the class dict (private names mangled), with CPython's
//!   errors for bad names, a repeated `__dict__`, class variables of the same name and nonempty
//!   slots on variable-size bases;
//! - a class whose instances have no `__dict__` (slots everywhere up to object, without
//!   `"__dict__"`) has the [`NO_DICT`] flag; its instances' `__dict__` does not exist;
//! - slot values live in the instance's slot vector, indexed from the first slotted base.

use super::bodies::*;
use super::object::{alloc, ObjRef};
use super::typeobject::{tp, PyResult};
use crate::vm::Vm;

/// pyref's flag for `tp_dictoffset == 0` on a class of plain instances (outside CPython's
/// `Py_TPFLAGS_*` bits).
pub const NO_DICT: u64 = 1 << 50;

/// pyref's flag for a class made by a C module whose instances keep their `__dict__` at a
/// `tp_dictoffset` (no `Py_TPFLAGS_MANAGED_DICT`, so no shared keys), like the `ast` node
/// classes; inherited by subclasses through the MRO.
pub const DICT_OFFSET: u64 = 1 << 58;

/// `Py_TPFLAGS_MANAGED_WEAKREF`: instances keep their weak reference list in the pre-header
/// (a class that added `__weakref__`, or inherits it), which is there even without a `__dict__`.
pub const MANAGED_WEAKREF: u64 = 1 << 3;

/// The bytes of the managed `__dict__`/`__weakref__` pre-header instances of `t` carry.
/// Classes modelling a C struct (`sizes::C_LAYOUT`) keep their dict inside it.
pub fn preheader(t: &super::typeobject::TypeObject) -> usize {
    if t.has_flag(super::sizes::C_LAYOUT) {
        return 0;
    }
    if !t.has_flag(NO_DICT) || t.has_flag(MANAGED_WEAKREF) { 16 } else { 0 }
}

/// A `member_descriptor`: the slot's name, its class and its index in the instance.
pub struct MemberBody {
    pub name: ObjRef,
    pub owner: ObjRef,
    pub index: usize,
}
crate::impl_body!(MemberBody, "member_descriptor", gc);

/// What the class statement's `__slots__` asks for.
pub struct SlotsSpec {
    /// The new slots (mangled), in order.
    pub names: Vec<ObjRef>,
    /// Instances have a `__dict__`.
    pub has_dict: bool,
    /// `"__weakref__"` is among the slots.
    pub add_weak: bool,
}

fn is_identifier(s: &str) -> bool {
    let mut cs = s.chars();
    match cs.next() {
        Some(c) if c == '_' || c.is_alphabetic() => {}
        _ => return false,
    }
    cs.all(|c| c == '_' || c.is_alphanumeric())
}

/// Whether instances of `base` (a class of plain instances, or object) have a `__dict__`.
fn base_has_dict(vm: &Vm, base: &ObjRef) -> bool {
    !base.is(&vm.t.object) && !tp(base).has_flag(NO_DICT)
}

/// Number of slots instances of `base` already have.
pub fn inherited_slots(vm: &Vm, base: &ObjRef) -> usize {
    if base.is(&vm.t.object) || !std::ptr::eq(tp(base).head.instance_layout, <InstanceBody as super::object::Body>::layout()) {
        return 0;
    }
    tp(base).basicsize.get().saturating_sub(16) / 8
}

/// Reads and checks `__slots__` from the namespace (None when the class has none).
pub fn parse(vm: &mut Vm, name: &str, ns: &ObjRef, base: &ObjRef) -> PyResult<Option<SlotsSpec>> {
    let Some(slots) = vm.dict_get_str(ns, "__slots__")? else { return Ok(None) };
    let items = if slots.downcast::<StrBody>().is_some() { vec![slots] } else { vm.collect(&slots)? };
    let plain = base.is(&vm.t.object) || std::ptr::eq(tp(base).head.instance_layout, <InstanceBody as super::object::Body>::layout());
    let may_add_dict = if plain {
        !base_has_dict(vm, base)
    } else {
        !(tp(base).has_flag(super::typeobject::tpflags::HEAPTYPE) && !tp(base).has_flag(NO_DICT))
    };
    let mut add_dict = false;
    let mut add_weak = false;
    let mut names = Vec::new();
    for it in &items {
        let Some(s) = it.downcast::<StrBody>().map(|s| s.text().into_owned()) else {
            return Err(vm.type_error(&format!("__slots__ items must be strings, not '{}'", vm.type_name(it))));
        };
        if !is_identifier(&s) {
            return Err(vm.type_error("__slots__ must be identifiers"));
        }
        if s == "__dict__" {
            if !may_add_dict || add_dict {
                return Err(vm.type_error("__dict__ slot disallowed: we already got one"));
            }
            add_dict = true;
            continue;
        }
        if s == "__weakref__" {
            if add_weak {
                return Err(vm.type_error("__weakref__ slot disallowed: we already got one"));
            }
            add_weak = true;
            continue;
        }
        // Private names are mangled with the class name (`_Py_Mangle`).
        let mangled = if s.starts_with("__") && !s.ends_with("__") {
            format!("_{}{}", name.trim_start_matches('_'), s)
        } else {
            s
        };
        names.push(vm.intern(&mangled));
    }
    if !names.is_empty() && tp(base).itemsize != 0 {
        return Err(vm.type_error(&format!("nonempty __slots__ not supported for subtype of '{}'", tp(base).name())));
    }
    for n in &names {
        if vm.dict_get(ns, n)?.is_some() {
            let s = n.downcast::<StrBody>().map(|s| s.text().into_owned()).unwrap_or_default();
            return Err(vm.value_error(&format!("'{s}' in __slots__ conflicts with class variable")));
        }
    }
    if !names.is_empty() && !plain {
        return Err(vm.type_error(&format!("pyref: nonempty __slots__ on a subclass of '{}' is not built yet", tp(base).name())));
    }
    // A subclass of a built-in inherits a __dict__ only from a Python base that has one (the
    // built-ins themselves have `tp_dictoffset == 0`).
    let base_dict = if plain {
        base_has_dict(vm, base)
    } else {
        tp(base).has_flag(super::typeobject::tpflags::HEAPTYPE) && !tp(base).has_flag(NO_DICT)
    };
    let has_dict = add_dict || base_dict;
    Ok(Some(SlotsSpec { names, has_dict, add_weak }))
}

/// Puts the member descriptors of the new class `ty` into its dict.
pub fn install_members(vm: &mut Vm, ty: &ObjRef, spec: &SlotsSpec, first: usize) -> PyResult<()> {
    let d = tp(ty).dict.borrow().clone().expect("a class dict");
    for (i, n) in spec.names.iter().enumerate() {
        let m = alloc(&vm.t.member_descr.clone(), MemberBody { name: n.clone(), owner: ty.clone(), index: first + i });
        vm.dict_set(&d, n.clone(), m)?;
    }
    Ok(())
}

fn slots_of(o: &ObjRef) -> Option<&InstanceBody> {
    o.downcast::<InstanceBody>()
}

fn name_of(m: &MemberBody) -> String {
    m.name.downcast::<StrBody>().map(|s| s.text().into_owned()).unwrap_or_default()
}

fn check_owner(vm: &Vm, m: &MemberBody, o: &ObjRef) -> PyResult<()> {
    if super::typeobject::is_subtype(&o.type_of(), &m.owner) {
        return Ok(());
    }
    Err(vm.type_error(&format!(
        "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
        name_of(m),
        tp(&m.owner).name(),
        vm.type_name(o)
    )))
}

/// `member_get`: the slot's value, or AttributeError when it is empty.
pub fn get(vm: &mut Vm, descr: &ObjRef, o: &ObjRef) -> PyResult {
    let m = descr.downcast::<MemberBody>().expect("member");
    check_owner(vm, m, o)?;
    if m.index == super::descrobject::BUILTIN_MEMBER {
        return super::descrobject::builtin_get(vm, &m.name, o);
    }
    let v = slots_of(o).and_then(|b| b.slots.borrow().get(m.index).cloned().flatten());
    match v {
        Some(v) => Ok(v),
        None => {
            let e = vm.err(&vm.e.attribute_error.clone(), &format!("'{}' object has no attribute '{}'", vm.type_name(o), name_of(m)));
            super::exceptions::set_member(&e.0, "name", m.name.clone());
            super::exceptions::set_member(&e.0, "obj", o.clone());
            Err(e)
        }
    }
}

/// `member_set`: stores (or, with None, empties) the slot.
pub fn set(vm: &mut Vm, descr: &ObjRef, o: &ObjRef, v: Option<ObjRef>) -> PyResult<()> {
    let m = descr.downcast::<MemberBody>().expect("member");
    check_owner(vm, m, o)?;
    if m.index == super::descrobject::BUILTIN_MEMBER {
        return super::descrobject::member_set(vm, m, o, v);
    }
    let Some(b) = slots_of(o) else { return Ok(()) };
    let mut s = b.slots.borrow_mut();
    if s.len() <= m.index {
        s.resize(m.index + 1, None);
    }
    if v.is_none() && s[m.index].is_none() {
        drop(s);
        return Err(vm.err(&vm.e.attribute_error.clone(), &name_of(m)));
    }
    let old = std::mem::replace(&mut s[m.index], v);
    drop(s);
    drop(old);
    Ok(())
}

fn member_repr(vm: &mut Vm, o: &ObjRef) -> PyResult {
    let m = o.downcast::<MemberBody>().expect("member");
    Ok(vm.str(&format!("<member '{}' of '{}' objects>", name_of(m), tp(&m.owner).name())))
}

/// The members of a member descriptor (`__name__`, `__objclass__`).
pub fn attribute(vm: &mut Vm, o: &ObjRef, n: &str) -> Option<ObjRef> {
    let m = o.downcast::<MemberBody>()?;
    match n {
        "__name__" | "__qualname__" => Some(m.name.clone()),
        "__objclass__" => Some(m.owner.clone()),
        "__doc__" => Some(vm.none.clone()),
        _ => None,
    }
}

pub fn install(vm: &mut Vm) {
    let t = vm.t.member_descr.clone();
    tp(&t).slots.repr.set(Some(member_repr));
    *tp(&t).dict.borrow_mut() = Some(vm.new_dict());
}

/// `subtype_dealloc` clears the `__slots__` values (`clear_slots`, in slot order) before the
/// instance dict or inline values, which drop after this in field order.
impl Drop for super::bodies::InstanceBody {
    #[inline]
    fn drop(&mut self) {
        self.slots.get_mut().truncate(0);
    }
}
