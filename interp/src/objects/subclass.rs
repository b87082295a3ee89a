//! Python subclasses of built-in types (`class D(dict)`, `class I(int)`, ...).
//!
//! Models the parts of Objects/typeobject.c that let a heap type extend a built-in's instance
//! struct (`type_new` adding `__dict__` to the base's `tp_basicsize`, `inherit_slots`) and the
//! `__new__`/`__init__` split of Objects/listobject.c, dictobject.c, setobject.c (the container's
//! `__new__` makes it empty, `__init__` fills it) and of longobject.c, floatobject.c,
//! unicodeobject.c, tupleobject.c (`__new__` takes the value). An instance's body is a
//! [`SubBody`] of the base's body, so every built-in slot and method sees the base value.

use super::bodies::*;
use super::dict::DictTable;
use super::object::{alloc, Body, Layout, ObjRef, SubBody};
use super::typeobject::PyErr;
use super::set::SetTable;
use super::bytes_type::{ByteArrayBody, BytesBody};
use super::complexobject::ComplexBody;
use super::setobject::SetBody;
use super::typeobject::{tp, tpflags, PyResult};
use crate::vm::Vm;
use std::cell::{Cell, RefCell};

crate::impl_sub_body!(IntBody, "int subclass");
crate::impl_sub_body!(FloatBody, "float subclass");
crate::impl_sub_body!(StrBody, "str subclass");
crate::impl_sub_body!(TupleBody, "tuple subclass");
crate::impl_sub_body!(ListBody, "list subclass");
crate::impl_sub_body!(DictBody, "dict subclass");
crate::impl_sub_body!(SetBody, "set subclass");
crate::impl_sub_body!(BytesBody, "bytes subclass");
crate::impl_sub_body!(ByteArrayBody, "bytearray subclass");
crate::impl_sub_body!(ComplexBody, "complex subclass");

/// The instance layout for a Python class whose first base has instances of `base` layout, if
/// subclassing that built-in is supported (a subclass of a subclass keeps the layout).
pub fn sub_layout(base: &'static Layout) -> Option<&'static Layout> {
    let subs: [(&'static Layout, &'static Layout); 10] = [
        (BytesBody::layout(), SubBody::<BytesBody>::layout()),
        (ByteArrayBody::layout(), SubBody::<ByteArrayBody>::layout()),
        (ComplexBody::layout(), SubBody::<ComplexBody>::layout()),
        (IntBody::layout(), SubBody::<IntBody>::layout()),
        (FloatBody::layout(), SubBody::<FloatBody>::layout()),
        (StrBody::layout(), SubBody::<StrBody>::layout()),
        (TupleBody::layout(), SubBody::<TupleBody>::layout()),
        (ListBody::layout(), SubBody::<ListBody>::layout()),
        (DictBody::layout(), SubBody::<DictBody>::layout()),
        (SetBody::layout(), SubBody::<SetBody>::layout()),
    ];
    subs.iter().find(|(b, s)| std::ptr::eq(*b, base) || std::ptr::eq(*s, base)).map(|(_, s)| *s)
}

/// The instance dict of a subclass-of-a-built-in instance.
pub fn instance_dict(o: &ObjRef) -> Option<ObjRef> {
    o.layout().base?;
    if tp(&o.type_of()).has_flag(super::member_slots::NO_DICT) {
        return None;
    }
    macro_rules! try_body {
        ($($t:ty),*) => {
            $(if let Some(b) = o.downcast::<SubBody<$t>>() {
                return Some(b.dict.clone());
            })*
        };
    }
    try_body!(IntBody, FloatBody, StrBody, TupleBody, ListBody, DictBody, SetBody, BytesBody, ByteArrayBody, ComplexBody);
    None
}

/// The built-in type a class's instances are built on (the nearest non-heap type on its base
/// chain: CPython's "solid base").
pub fn builtin_base(cls: &ObjRef) -> ObjRef {
    let mut t = cls.clone();
    while tp(&t).has_flag(tpflags::HEAPTYPE) {
        let b = tp(&t).base.borrow().clone();
        match b {
            Some(b) => t = b,
            None => break,
        }
    }
    t
}

/// `tp_new` of a subclass of a built-in: the base value made from the arguments (an empty
/// container for list/dict/set, whose `__init__` fills it), in a body with an instance dict.
pub fn sub_new(vm: &mut Vm, cls: &ObjRef, args: &[ObjRef], kw: Option<&ObjRef>) -> PyResult {
    let base = builtin_base(cls);
    let l = tp(cls).head.instance_layout;
    let dict = crate::objects::type_new::instance_dict_new(cls, false, vm.new_dict());
    if std::ptr::eq(l, SubBody::<ListBody>::layout()) {
        return Ok(alloc(cls, SubBody { base: ListBody { items: RefCell::new(Vec::new()) }, dict }));
    }
    if std::ptr::eq(l, SubBody::<DictBody>::layout()) {
        return Ok(alloc(cls, SubBody { base: DictBody { table: RefCell::new(DictTable::new()) }, dict }));
    }
    if std::ptr::eq(l, SubBody::<ByteArrayBody>::layout()) {
        let base = ByteArrayBody { b: RefCell::new(Vec::new()), alloc: Cell::new(0), start: Cell::new(0), exports: Cell::new(0) };
        return Ok(alloc(cls, SubBody { base, dict }));
    }
    if std::ptr::eq(l, SubBody::<SetBody>::layout()) && !super::typeobject::is_subtype(&base, &vm.t.frozenset) {
        return Ok(alloc(cls, SubBody { base: SetBody { table: RefCell::new(SetTable::new()), hash: Cell::new(-1) }, dict }));
    }
    let Some(new) = tp(&base).slots.new.get() else {
        return Err(vm.type_error(&format!("cannot create '{}' instances", tp(cls).name())));
    };
    let v = new(vm, &base, args, kw)?;
    wrap(vm, cls, &v, dict)
}

/// A new instance of `cls` holding a copy of the built-in value `v`.
fn wrap(vm: &mut Vm, cls: &ObjRef, v: &ObjRef, dict: ObjRef) -> PyResult {
    if let Some(b) = v.downcast::<IntBody>() {
        let base = match b {
            IntBody::Small(x) => IntBody::Small(*x),
            IntBody::Big(x) => IntBody::Big(x.clone()),
        };
        return Ok(alloc(cls, SubBody { base, dict }));
    }
    if let Some(b) = v.downcast::<FloatBody>() {
        return Ok(alloc(cls, SubBody { base: FloatBody { v: b.v }, dict }));
    }
    if let Some(b) = v.downcast::<StrBody>() {
        return Ok(alloc(cls, SubBody { base: StrBody::new(b.to_pystr()), dict }));
    }
    if let Some(b) = v.downcast::<TupleBody>() {
        return Ok(alloc(cls, SubBody { base: TupleBody { items: b.items.clone() }, dict }));
    }
    if let Some(b) = v.downcast::<BytesBody>() {
        return Ok(alloc(cls, SubBody { base: BytesBody { b: b.b.clone(), hash: Cell::new(-1) }, dict }));
    }
    if let Some(b) = v.downcast::<ComplexBody>() {
        return Ok(alloc(cls, SubBody { base: ComplexBody { re: b.re, im: b.im }, dict }));
    }
    if let Some(b) = v.downcast::<SetBody>() {
        let base = SetBody { table: RefCell::new(b.table.borrow().clone()), hash: Cell::new(-1) };
        return Ok(alloc(cls, SubBody { base, dict }));
    }
    Err(vm.type_error(&format!("cannot create '{}' instances", tp(cls).name())))
}

/// `int.__new__(cls, ...)`, `str.__new__`, `list.__new__`, ... called explicitly (usually
/// through `super().__new__(cls, value)`): the built-in's own constructor for the built-in
/// itself, else the subclass construction above.
fn builtin_new(vm: &mut Vm, owner: &ObjRef, a: &[ObjRef], kw: Option<&ObjRef>) -> PyResult {
    let on = tp(owner).name();
    let Some(cls) = a.first() else { return Err(vm.type_error(&format!("{on}.__new__(): not enough arguments"))) };
    if cls.downcast::<super::typeobject::TypeObject>().is_none() {
        return Err(vm.type_error(&format!("{on}.__new__(X): X is not a type object ({})", vm.type_name(cls))));
    }
    if !super::typeobject::is_subtype(cls, owner) {
        let cn = tp(cls).name();
        return Err(vm.type_error(&format!("{on}.__new__({cn}): {cn} is not a subtype of {on}")));
    }
    if !tp(cls).has_flag(tpflags::HEAPTYPE) {
        return match tp(cls).slots.new.get() {
            Some(new) => new(vm, cls, &a[1..], kw),
            None => Err(vm.type_error(&format!("cannot create '{}' instances", tp(cls).name()))),
        };
    }
    if sub_layout(tp(cls).head.instance_layout).is_none() {
        return Err(vm.type_error(&format!("{}.__new__() is not safe", tp(&builtin_base(cls)).name())));
    }
    sub_new(vm, cls, &a[1..], kw)
}

macro_rules! new_fns {
    ($($name:ident => $field:ident),* $(,)?) => {
        $(fn $name(vm: &mut Vm, a: &[ObjRef], kw: Option<&ObjRef>) -> PyResult {
            let owner = vm.t.$field.clone();
            builtin_new(vm, &owner, a, kw)
        })*
    };
}
new_fns!(new_bytearray => bytearray, new_complex => complex, new_bytes => bytes, new_int => int, new_float => float, new_str => str_, new_tuple => tuple, new_list => list, new_dict => dict, new_set => set, new_frozenset => frozenset, new_bool => bool_);

/// The `tp_str` a subclass of the built-in `base` inherits: `str`'s own (an exact copy), none for
/// the others (so `str()` uses the repr, overridden or not).
pub fn sub_str(vm: &Vm, base: &ObjRef) -> Option<super::typeobject::UnaryFn> {
    if super::typeobject::is_subtype(base, &vm.t.str_) {
        Some(exact_str)
    } else {
        None
    }
}

fn exact_str(vm: &mut Vm, o: &ObjRef) -> PyResult {
    match o.downcast::<StrBody>() {
        Some(s) => Ok(vm.pystr(s.to_pystr())),
        None => vm.repr(o),
    }
}

/// True if `__init__` found on `o`'s type is a built-in container's (`list.__init__`, ...),
/// which `type.__call__` must run to fill a subclass instance.
pub fn needs_builtin_init(o: &ObjRef) -> bool {
    let l = o.layout();
    std::ptr::eq(l, SubBody::<ListBody>::layout())
        || std::ptr::eq(l, SubBody::<DictBody>::layout())
        || std::ptr::eq(l, SubBody::<SetBody>::layout())
        || std::ptr::eq(l, SubBody::<ByteArrayBody>::layout())
}

fn self_of<'a>(vm: &mut Vm, a: &'a [ObjRef], what: &str) -> PyResult<&'a ObjRef> {
    a.first().ok_or_else(|| vm.type_error(&format!("descriptor '__init__' of '{}' object needs an argument", what)))
}

/// `list.__init__(self, iterable=())`: replaces the contents.
pub fn m_list_init(vm: &mut Vm, a: &[ObjRef], kw: Option<&ObjRef>) -> PyResult {
    let s = self_of(vm, a, "list")?;
    let list_t = vm.t.list.clone();
    let new = tp(&list_t).slots.new.get().expect("list has tp_new");
    let v = new(vm, &list_t, &a[1..], kw)?;
    let items = std::mem::take(&mut *v.downcast::<ListBody>().expect("list() makes a list").items.borrow_mut());
    match s.downcast::<ListBody>() {
        Some(l) => {
            let old = std::mem::replace(&mut *l.items.borrow_mut(), items);
            drop(old);
            Ok(vm.none.clone())
        }
        None => Err(vm.type_error(&format!("descriptor '__init__' requires a 'list' object but received a '{}'", vm.type_name(s)))),
    }
}

/// `dict.__init__(self, *args, **kwargs)`: `dict.update` semantics (existing keys stay).
pub fn m_dict_init(vm: &mut Vm, a: &[ObjRef], kw: Option<&ObjRef>) -> PyResult {
    let s = self_of(vm, a, "dict")?;
    if s.downcast::<DictBody>().is_none() {
        return Err(vm.type_error(&format!("descriptor '__init__' requires a 'dict' object but received a '{}'", vm.type_name(s))));
    }
    let dict_t = vm.t.dict.clone();
    let new = tp(&dict_t).slots.new.get().expect("dict has tp_new");
    let v = new(vm, &dict_t, &a[1..], kw)?;
    let items: Vec<(ObjRef, ObjRef)> = v.downcast::<DictBody>().expect("dict() makes a dict").table.borrow().iter().map(|(k, v)| (k.clone(), v.clone())).collect();
    for (k, v) in items {
        vm.dict_set(s, k, v)?;
    }
    Ok(vm.none.clone())
}

/// `set.__init__(self, iterable=())`: replaces the contents.
pub fn m_set_init(vm: &mut Vm, a: &[ObjRef], kw: Option<&ObjRef>) -> PyResult {
    let s = self_of(vm, a, "set")?;
    let set_t = vm.t.set.clone();
    let new = tp(&set_t).slots.new.get().expect("set has tp_new");
    let v = new(vm, &set_t, &a[1..], kw)?;
    let table = v.downcast::<SetBody>().expect("set() makes a set").table.borrow().clone();
    match s.downcast::<SetBody>() {
        Some(b) if !super::typeobject::is_subtype(&s.type_of(), &vm.t.frozenset) => {
            let old = std::mem::replace(&mut *b.table.borrow_mut(), table);
            drop(old);
            Ok(vm.none.clone())
        }
        _ => Err(vm.type_error(&format!("descriptor '__init__' requires a 'set' object but received a '{}'", vm.type_name(s)))),
    }
}

/// The built-in slots of `type(a[0])`'s built-in base, after checking the wrapper's argument
/// count (`wrap_binaryfunc` and friends): an override calling `super().__getitem__` must reach
/// the built-in, not the override again.
fn base_of(vm: &mut Vm, a: &[ObjRef], name: &str, nargs: usize) -> PyResult<ObjRef> {
    let Some(s) = a.first() else {
        return Err(vm.type_error(&format!("descriptor '{}' needs an argument", name)));
    };
    if a.len() - 1 != nargs {
        return Err(vm.type_error(&format!("expected {} argument{}, got {}", nargs, if nargs == 1 { "" } else { "s" }, a.len() - 1)));
    }
    Ok(builtin_base(&s.type_of()))
}

fn missing_slot(vm: &mut Vm, name: &str) -> PyErr {
    vm.type_error(&format!("pyref: slot wrapper '{}' has no slot here", name))
}

fn w_getitem(vm: &mut Vm, a: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    let b = base_of(vm, a, "__getitem__", 1)?;
    match tp(&b).slots.mp_subscript.get() {
        Some(f) => f(vm, &a[0], &a[1]),
        None => Err(missing_slot(vm, "__getitem__")),
    }
}
fn w_setitem(vm: &mut Vm, a: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    let b = base_of(vm, a, "__setitem__", 2)?;
    match tp(&b).slots.mp_ass_subscript.get() {
        Some(f) => f(vm, &a[0], &a[1], Some(a[2].clone())).map(|_| vm.none.clone()),
        None => Err(missing_slot(vm, "__setitem__")),
    }
}
fn w_delitem(vm: &mut Vm, a: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    let b = base_of(vm, a, "__delitem__", 1)?;
    match tp(&b).slots.mp_ass_subscript.get() {
        Some(f) => f(vm, &a[0], &a[1], None).map(|_| vm.none.clone()),
        None => Err(missing_slot(vm, "__delitem__")),
    }
}
fn w_len(vm: &mut Vm, a: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    let b = base_of(vm, a, "__len__", 0)?;
    match tp(&b).slots.mp_length.get() {
        Some(f) => {
            let n = f(vm, &a[0])?;
            Ok(vm.int(n as i64))
        }
        None => Err(missing_slot(vm, "__len__")),
    }
}
fn w_contains(vm: &mut Vm, a: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    let b = base_of(vm, a, "__contains__", 1)?;
    match tp(&b).slots.sq_contains.get() {
        Some(f) => {
            let r = f(vm, &a[0], &a[1])?;
            Ok(vm.bool(r))
        }
        None => Err(missing_slot(vm, "__contains__")),
    }
}
fn w_iter(vm: &mut Vm, a: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    let b = base_of(vm, a, "__iter__", 0)?;
    match tp(&b).slots.iter.get() {
        Some(f) => f(vm, &a[0]),
        None => Err(missing_slot(vm, "__iter__")),
    }
}
fn w_repr(vm: &mut Vm, a: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    let b = base_of(vm, a, "__repr__", 0)?;
    match tp(&b).slots.repr.get() {
        Some(f) => f(vm, &a[0]),
        None => Err(missing_slot(vm, "__repr__")),
    }
}
fn w_hash(vm: &mut Vm, a: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    let b = base_of(vm, a, "__hash__", 0)?;
    match tp(&b).slots.hash.get() {
        Some(f) => {
            let h = f(vm, &a[0])?;
            Ok(vm.int(h))
        }
        None => Err(vm.type_error(&format!("unhashable type: '{}'", vm.type_name(&a[0])))),
    }
}
fn w_cmp(vm: &mut Vm, a: &[ObjRef], name: &str, op: super::typeobject::CmpOp) -> PyResult {
    let b = base_of(vm, a, name, 1)?;
    match tp(&b).slots.richcompare.get() {
        Some(f) => f(vm, &a[0], &a[1], op),
        None => Ok(vm.notimpl.clone()),
    }
}
fn w_eq(vm: &mut Vm, a: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    w_cmp(vm, a, "__eq__", super::typeobject::CmpOp::Eq)
}
fn w_ne(vm: &mut Vm, a: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    w_cmp(vm, a, "__ne__", super::typeobject::CmpOp::Ne)
}
fn w_lt(vm: &mut Vm, a: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    w_cmp(vm, a, "__lt__", super::typeobject::CmpOp::Lt)
}
fn w_le(vm: &mut Vm, a: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    w_cmp(vm, a, "__le__", super::typeobject::CmpOp::Le)
}
fn w_gt(vm: &mut Vm, a: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    w_cmp(vm, a, "__gt__", super::typeobject::CmpOp::Gt)
}
fn w_ge(vm: &mut Vm, a: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    w_cmp(vm, a, "__ge__", super::typeobject::CmpOp::Ge)
}

/// Installs `__new__` (a static method, as `tp_new_wrapper` is), `__init__` for the containers,
/// and the slot wrappers (`__getitem__`, `__repr__`, ...) a subclass's override reaches through
/// `super()`, on the subclassable built-ins that do not define them yet.
pub fn install(vm: &mut Vm) {
    use super::bodies::NativeFn;
    let types = [
        vm.t.bytearray.clone(),
        vm.t.complex.clone(),
        vm.t.bytes.clone(),
        vm.t.int.clone(),
        vm.t.float.clone(),
        vm.t.str_.clone(),
        vm.t.tuple.clone(),
        vm.t.list.clone(),
        vm.t.dict.clone(),
        vm.t.set.clone(),
        vm.t.frozenset.clone(),
    ];
    let wrappers: [(&'static str, NativeFn); 14] = [
        ("__getitem__", w_getitem),
        ("__setitem__", w_setitem),
        ("__delitem__", w_delitem),
        ("__len__", w_len),
        ("__contains__", w_contains),
        ("__iter__", w_iter),
        ("__repr__", w_repr),
        ("__hash__", w_hash),
        ("__eq__", w_eq),
        ("__ne__", w_ne),
        ("__lt__", w_lt),
        ("__le__", w_le),
        ("__gt__", w_gt),
        ("__ge__", w_ge),
    ];
    // str hashes through `Vm::hash`'s fast path; subclasses inherit this slot.
    if tp(&vm.t.str_).slots.hash.get().is_none() {
        tp(&vm.t.str_).slots.hash.set(Some(str_hash_slot));
    }
    // bool has its own `__new__` (so `bool.__new__(int)` checks against bool, not int).
    let f = vm.builtin_fn("__new__", new_bool, None);
    let sm = alloc(&vm.t.staticmethod.clone(), StaticMethodBody { f });
    let b = vm.t.bool_.clone();
    vm.type_set(&b, "__new__", sm);
    let news: [NativeFn; 11] = [new_bytearray, new_complex, new_bytes, new_int, new_float, new_str, new_tuple, new_list, new_dict, new_set, new_frozenset];
    for (t, nf) in types.iter().zip(news) {
        let f = vm.builtin_fn("__new__", nf, None);
        let sm = alloc(&vm.t.staticmethod.clone(), StaticMethodBody { f });
        vm.type_set(t, "__new__", sm);
        let s = &tp(t).slots;
        for (name, f) in wrappers.iter() {
            let has = match *name {
                "__getitem__" => s.mp_subscript.get().is_some(),
                "__setitem__" | "__delitem__" => s.mp_ass_subscript.get().is_some(),
                "__len__" => s.mp_length.get().is_some(),
                "__contains__" => s.sq_contains.get().is_some(),
                "__iter__" => s.iter.get().is_some(),
                "__repr__" => s.repr.get().is_some(),
                "__hash__" => s.hash.get().is_some(),
                _ => s.richcompare.get().is_some(),
            };
            let td = tp(t).dict.borrow().clone();
            let own = match td {
                Some(d) => matches!(vm.dict_get_str(&d, name), Ok(Some(_))),
                None => false,
            };
            if has && !own {
                let d = alloc(&vm.t.method_descr.clone(), MethodDescrBody { name, f: *f, owner: t.clone() });
                vm.type_set(t, name, d);
            }
        }
    }
    let inits: [(ObjRef, NativeFn); 4] = [
        (vm.t.list.clone(), m_list_init),
        (vm.t.dict.clone(), m_dict_init),
        (vm.t.set.clone(), m_set_init),
        (vm.t.bytearray.clone(), super::bytes_type::m_bytearray_init),
    ];
    for (t, f) in inits {
        let d = alloc(&vm.t.method_descr.clone(), MethodDescrBody { name: "__init__", f, owner: t.clone() });
        vm.type_set(&t, "__init__", d);
    }
}

/// `LOAD_NAME`'s lookup in a class namespace: a plain dict directly, any other mapping (a
/// metaclass's `__prepare__` result) through its `__getitem__`, a KeyError meaning absent.
pub fn mapping_get(vm: &mut Vm, m: &ObjRef, k: &ObjRef) -> PyResult<Option<ObjRef>> {
    if m.is_exact(&vm.t.dict) {
        return vm.dict_get(m, k);
    }
    match vm.getitem(m, k) {
        Ok(v) => Ok(Some(v)),
        Err(e) if super::typeobject::is_subtype(&e.0.type_of(), &vm.e.key_error) => Ok(None),
        Err(e) => Err(e),
    }
}

/// `STORE_NAME`'s store: `PyDict_SetItem` for a plain dict, else `PyObject_SetItem`.
pub fn mapping_set(vm: &mut Vm, m: &ObjRef, k: ObjRef, v: ObjRef) -> PyResult<()> {
    if m.is_exact(&vm.t.dict) {
        return vm.dict_set(m, k, v);
    }
    vm.setitem(m, &k, Some(v))
}

fn str_hash_slot(_vm: &mut Vm, o: &ObjRef) -> PyResult<i64> {
    Ok(o.downcast::<StrBody>().map(super::slots::str_hash).unwrap_or(-1))
}

/// `subtype_dealloc` releases the instance dict before the base type's contents (a list
/// subclass's attributes before its items). The dict object itself can only go first when
/// this instance holds its one reference; then emptying its table now is the same as freeing it
/// now (a plain dict has no finalizer), and the empty dict is freed with the other fields.
impl<T> Drop for super::object::SubBody<T> {
    fn drop(&mut self) {
        if self.dict.refcount() != 1 || !std::ptr::eq(self.dict.layout(), <DictBody as super::object::Body>::layout()) {
            return;
        }
        let Some(d) = self.dict.downcast::<DictBody>() else { return };
        let old = match d.table.try_borrow_mut() {
            Ok(mut t) => std::mem::take(&mut *t),
            Err(_) => return,
        };
        drop(old);
    }
}
