//! `sys.getsizeof` (each type's `__sizeof__` plus the GC header for tracked types), the sizes
//! in /work/shared/docs/cpython-3.13-map.md section 8.

use super::bodies::*;
use super::object::ObjRef;
use super::typeobject::tp;
use crate::vm::Vm;

/// The 16-byte GC header of GC-tracked objects (`PyGC_Head`).
const GC: usize = 16;

/// Flag of a class written in Python (modules/py/*.py) that models a type CPython implements
/// in C: its `basicsize` is the C struct's, which holds the instance `__dict__` pointer (when
/// there is one) itself, so its instances carry no managed-dict pre-header, only the GC header.
/// Subclasses inherit it (a subclass of such a type reuses the base's dict slot).
pub const C_LAYOUT: u64 = 1 << 51;

/// Flag of a class written in Python (modules/py/*.py) that models a static C type (a
/// `PyTypeObject` defined in C, such as `collections.OrderedDict` in Objects/odictobject.c):
/// `getsizeof` sees a static type, and the type is immutable (`Py_TPFLAGS_IMMUTABLETYPE`, no
/// `Py_TPFLAGS_HEAPTYPE` in `__flags__`). Subclasses do not inherit it; their instances keep
/// their `__dict__` in the static type's own slot (`tp_dictoffset`), so they get no cached keys.
pub const STATIC_MODEL: u64 = 1 << 52;

/// Marks the Python-written class `ty` as modelling a static C type ([`STATIC_MODEL`]).
pub fn set_static_model(ty: &ObjRef) {
    let t = tp(ty);
    t.flags.set(t.flags.get() | STATIC_MODEL);
}

/// Gives the Python-written class `ty` the instance layout of the C type it models: `basicsize`
/// is that type's `tp_basicsize` (`__basicsize__`), and instances are GC-tracked.
pub fn set_c_layout(ty: &ObjRef, basicsize: usize) {
    let t = tp(ty);
    t.basicsize.set(basicsize);
    t.flags.set(t.flags.get() | C_LAYOUT);
}

pub fn sizeof(vm: &mut Vm, o: &ObjRef) -> usize {
    if o.layout().base.is_some() {
        return subclass_sizeof(vm, o);
    }
    base_sizeof(vm, o)
}

/// An instance of a Python subclass of a built-in: the base's size (a str subclass is a
/// non-compact `PyUnicodeObject`, 64 bytes plus its units; a tuple is never the empty
/// singleton), then the managed `__dict__`/`__weakref__` pre-header (16) and, for bases that are
/// not GC-tracked, the GC header.
fn subclass_sizeof(vm: &mut Vm, o: &ObjRef) -> usize {
    // `__slots__ = ()` leaves instances without the __dict__/__weakref__ pre-header.
    let managed = super::member_slots::preheader(tp(&o.type_of()));
    if let Some(s) = o.downcast::<StrBody>() {
        return 64 + (s.nchars() + 1) * s.kind() as usize + s.utf8_cache_size() + managed + GC;
    }
    if let Some(t) = o.downcast::<TupleBody>() {
        return 24 + 8 * t.items.len() + GC + managed;
    }
    let tracked = o.downcast::<ListBody>().is_some() || o.downcast::<DictBody>().is_some() || super::setobject::is_anyset(o);
    // A class modelling a C subtype of a built-in (defaultdict: a dict plus default_factory)
    // adds the fields its struct has beyond the built-in's.
    let ty = o.type_of();
    let extra = if tp(&ty).has_flag(C_LAYOUT) {
        tp(&ty).basicsize.get().saturating_sub(tp(&super::subclass::builtin_base(&ty)).basicsize.get())
    } else {
        0
    };
    base_sizeof(vm, o) + extra + managed + if tracked { 0 } else { GC }
}

fn base_sizeof(vm: &mut Vm, o: &ObjRef) -> usize {
    if o.downcast::<IntBody>().is_some() {
        return super::longobject::int_sizeof(o);
    }
    if o.downcast::<super::complexobject::ComplexBody>().is_some() {
        return 32;
    }
    if o.downcast::<FloatBody>().is_some() {
        return 24;
    }
    if let Some(s) = o.downcast::<StrBody>() {
        // PyASCIIObject 40 / PyCompactUnicodeObject 56, plus the units and the terminator.
        if s.nchars() == 1 && !s.ascii() && s.kind() == 1 {
            // The latin-1 one-character singletons are static objects that carry their
            // two-byte UTF-8 form as well.
            return 61;
        }
        let head = if s.ascii() { 40 } else { 56 };
        return head + (s.nchars() + 1) * s.kind() as usize + s.utf8_cache_size();
    }
    if let Some(t) = o.downcast::<TupleBody>() {
        // The type's basicsize: 24 for tuple, more for struct sequences with fields outside
        // the sequence.
        return if t.items.is_empty() { 40 } else { tp(&o.type_of()).basicsize.get() + 8 * t.items.len() + GC };
    }
    if let Some(l) = o.downcast::<ListBody>() {
        return 40 + GC + 8 * l.items.borrow().capacity();
    }
    if let Some(d) = o.downcast::<DictBody>() {
        return 48 + GC + d.table.borrow().sizeof_tables();
    }
    if super::setobject::is_anyset(o) {
        return super::setobject::getsizeof(o);
    }
    if let Some(n) = super::bytes_type::sizeof(o) {
        return n;
    }
    if o.downcast::<NoneBody>().is_some() {
        return 16;
    }
    if o.downcast::<StreamBody>().is_some() {
        // `textio`, GC-tracked.
        return tp(&o.type_of()).basicsize.get() + GC;
    }
    let ty = o.type_of();
    let t = tp(&ty);
    let _ = vm;
    if let Some(tb) = o.downcast::<super::typeobject::TypeObject>() {
        // `type.__sizeof__`: a heap type is a PyHeapTypeObject (944 with the GC header), plus
        // the shared instance-keys table when its instances have a __dict__; static types 416.
        if tb.has_flag(STATIC_MODEL) {
            return 416;
        }
        if !tb.has_flag(super::typeobject::tpflags::HEAPTYPE) {
            return if tb.has_flag(super::typeobject::tpflags::SPEC_TYPE) { 944 } else { 416 };
        }
        // Every heap type whose instances carry a __dict__ (plain classes and subclasses of
        // built-ins alike) gets `Py_TPFLAGS_MANAGED_DICT` and so the cached keys.
        let l = tb.head.instance_layout;
        let with_dict = (std::ptr::eq(l, <InstanceBody as super::object::Body>::layout())
            || (l.base.is_some() && super::subclass::sub_layout(l).is_some_and(|s| std::ptr::eq(s, l))))
            && !tb.has_flag(super::member_slots::NO_DICT)
            && !tb.has_flag(C_LAYOUT)
            && !tb.mro.borrow().iter().any(|b| b.downcast::<super::typeobject::TypeObject>().is_some_and(|b| b.has_flag(super::member_slots::DICT_OFFSET) || b.has_flag(STATIC_MODEL)));
        return if with_dict { 1712 } else { 944 };
    }
    if o.downcast::<InstanceBody>().is_some() {
        // The object with its slots, the managed __dict__/__weakref__ pre-header when instances
        // have a dict, and the GC header.
        return t.basicsize.get() + super::member_slots::preheader(t) + GC;
    }
    if o.downcast::<ExcBody>().is_some() {
        // Instances of Python subclasses carry __dict__/__weakref__ slots of their own.
        let heap = t.has_flag(super::typeobject::tpflags::HEAPTYPE);
        let base = if heap { t.base.borrow().as_ref().map(|b| tp(b).basicsize.get()).unwrap_or(t.basicsize.get()) + 16 } else { t.basicsize.get() };
        return base + GC;
    }
    if let Some(cb) = o.downcast::<CodeBody>() {
        // `code_sizeof`: the fixed part and one byte per byte of co_code, caches included,
        // rounded up to the pointer size as `_PyObject_VAR_SIZE` does.
        return (t.basicsize.get() + cb.code.code.len() + 7) & !7;
    }
    if let Some(g) = o.downcast::<GenBody>() {
        // `gen_sizeof`: the generator with its embedded frame (locals plus value stack).
        if let Some(cb) = g.code.downcast::<CodeBody>() {
            return 144 + 8 * (cb.code.nlocalsplus() + cb.code.stacksize as usize) + GC;
        }
    }
    if let Some(n) = super::typevarobject::sizeof(vm, o).or_else(|| crate::eval::asyncgen::sizeof(o)).or_else(|| crate::modules::itertools::sizeof(o)).or_else(|| crate::modules::collections::sizeof(o)) {
        return n;
    }
    if let Some(f) = o.downcast::<super::frameobject::FrameObjBody>() {
        // `frame_sizeof`: the frame object up to its frame data, the interpreter frame's fixed
        // part, and one slot per local and value-stack entry.
        let code = super::frameobject::frame_code(vm, f);
        if let Some(cb) = code.downcast::<CodeBody>() {
            return 64 + 72 + 8 * (cb.code.nlocalsplus() + cb.code.stacksize as usize) + GC;
        }
    }
    t.basicsize.get() + if tracked_misc(o) { GC } else { 0 }
}

/// The GC-tracked objects among those `base_sizeof` sizes from their type's basicsize.
fn tracked_misc(o: &ObjRef) -> bool {
    o.downcast::<FunctionBody>().is_some()
        || o.downcast::<super::frameobject::TracebackBody>().is_some()
        || o.downcast::<MethodBody>().is_some()
        || o.downcast::<PropertyBody>().is_some()
        || o.downcast::<MethodDescrBody>().is_some()
        || o.downcast::<super::descrobject::GetSetBody>().is_some()
        || o.downcast::<super::mappingproxy::MappingProxyBody>().is_some()
        || o.downcast::<CellBody>().is_some()
        || o.downcast::<super::attrs::SuperBody>().is_some()
        || o.downcast::<super::sliceobject::SliceBody>().is_some()
        || o.downcast::<super::setobject::SetIterBody>().is_some()
        || o.downcast::<SeqIterBody>().is_some()
        || o.downcast::<DictIterBody>().is_some()
        || o.downcast::<StrIterBody>().is_some()
        || o.downcast::<super::bytes_type::BytesIterBody>().is_some()
        || o.downcast::<super::iterobject::LazyIterBody>().is_some()
        || o.downcast::<super::dictview::DictViewBody>().is_some()
        || o.downcast::<super::mappingproxy::MappingProxyBody>().is_some()
}

/// `o.__sizeof__()` for built-in layouts: `sys.getsizeof` without the pre-header
/// (`_PyType_PreHeaderSize`: the GC header of tracked objects and the managed
/// `__dict__`/`__weakref__` pointers of instances of classes that have them).
pub fn dunder_sizeof(vm: &mut Vm, o: &ObjRef) -> usize {
    let ty = o.type_of();
    let t = tp(&ty);
    let managed = super::member_slots::preheader(t);
    if o.layout().base.is_some() {
        if let Some(s) = o.downcast::<StrBody>() {
            return 64 + (s.nchars() + 1) * s.kind() as usize + s.utf8_cache_size();
        }
        if let Some(tu) = o.downcast::<TupleBody>() {
            return 24 + 8 * tu.items.len();
        }
        let tracked = o.downcast::<ListBody>().is_some() || o.downcast::<DictBody>().is_some() || super::setobject::is_anyset(o);
        return base_sizeof(vm, o) - if tracked { GC } else { 0 };
    }
    let full = base_sizeof(vm, o);
    let heap = t.has_flag(super::typeobject::tpflags::HEAPTYPE);
    let pre = if let Some(tb) = o.downcast::<super::typeobject::TypeObject>() {
        if tb.has_flag(super::typeobject::tpflags::HEAPTYPE) { GC } else { 0 }
    } else if o.downcast::<InstanceBody>().is_some() {
        GC + managed
    } else if o.downcast::<ExcBody>().is_some() {
        GC + if heap { 16 } else { 0 }
    } else if o.downcast::<TupleBody>().is_some() || o.downcast::<ListBody>().is_some() || o.downcast::<DictBody>().is_some() || super::setobject::is_anyset(o) {
        GC
    } else if o.downcast::<GenBody>().is_some() || o.downcast::<super::frameobject::FrameObjBody>().is_some() || tracked_misc(o) {
        GC
    } else {
        0
    };
    full.saturating_sub(pre)
}
