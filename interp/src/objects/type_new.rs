//! Making classes and their instances (Objects/typeobject.c): `type.__new__` (`type_new_impl`:
//! layout, MRO, slots, `__class__` cell, `__set_name__`, `__init_subclass__`), `type.__call__`
//! (`type_call`), `object.__new__` with its argument and abstract-class checks and the new
//! instance's `__dict__` on the class's cached keys, `slot_tp_new`, the most derived metaclass,
//! and the slot dispatchers a class's dunders install (`fixup_slot_dispatchers`). The
//! `__build_class__` built-in that drives it is in builtins.rs.

use crate::builtins::*;
use crate::objects::bodies::*;
use crate::objects::object::{alloc, ObjRef};
use crate::objects::typeobject::*;
use crate::vm::Vm;
use std::cell::{Cell, RefCell};

/// `object.__new__`: a bare instance of `t` (an exception body for exception classes). Extra
/// arguments are an error unless the class overrides `__init__` (and not `__new__`), as
/// `object_new` in Objects/typeobject.c decides.
pub(crate) fn object_new(vm: &mut Vm, t: &ObjRef, args: Args, kw: Kw) -> PyResult {
    if t.is(&vm.t.object) && !args.is_empty() {
        return Err(vm.type_error("object() takes no arguments"));
    }
    if tp(t).has_flag(tpflags::IS_ABSTRACT) {
        return Err(abstract_error(vm, t));
    }
    let npos = args.len() - kw_names(kw).len();
    if tp(t).head.instance_layout as *const _ == <ExcBody as crate::objects::object::Body>::layout() as *const _ {
        return Ok(vm.new_exception(t, args[..npos].to_vec()));
    }
    if !args.is_empty() {
        let init = vm.intern_static("__init__");
        let new = vm.intern_static("__new__");
        let init_overridden = vm.type_lookup(t, &init).is_some_and(|f| f.downcast::<FunctionBody>().is_some());
        let new_overridden = vm.type_lookup(t, &new).is_some_and(|f| f.downcast::<StaticMethodBody>().is_some() || f.downcast::<FunctionBody>().is_some());
        if new_overridden {
            return Err(vm.type_error("object.__new__() takes exactly one argument (the type to instantiate)"));
        }
        if !init_overridden {
            return Err(vm.type_error(&format!("{}() takes no arguments", tp(t).name())));
        }
    }
    if t.is(&vm.t.object) {
        return Ok(alloc(t, ObjectBody));
    }
    // `Py_TPFLAGS_INLINE_VALUES`: no fields besides the object header.
    let inline = tp(t).basicsize.get() == 16;
    Ok(alloc(t, InstanceBody::new(vm, t, inline)))
}

/// `dict`, a new empty dict, made the `__dict__` of a new instance of class `cls` (a subclass
/// of a built-in): with a managed dict, a split table over the class's cached keys
/// (`ht_cached_keys`). `inline` (`Py_TPFLAGS_INLINE_VALUES`) makes the instance take one of the
/// keys' usable slots.
pub fn instance_dict_new(cls: &ObjRef, inline: bool, dict: ObjRef) -> ObjRef {
    let c = tp(cls);
    if c.flags.get() & (crate::objects::member_slots::NO_DICT | crate::objects::sizes::C_LAYOUT) == 0 && c.has_flag(tpflags::HEAPTYPE) {
        let keys = c
            .cached_keys
            .get_or_init(|| {
                let k = crate::objects::dict::SharedKeys::new(same_str);
                let _ = k.dict_type.set(dict.type_of());
                std::rc::Rc::new(k)
            })
            .clone();
        if inline {
            keys.new_instance();
        }
        dict.downcast::<DictBody>().expect("a new dict").table.borrow_mut().set_shared(keys);
    }
    dict
}

/// Equality of two exact strs (the keys of a class's shared keys).
pub(crate) fn same_str(a: &ObjRef, b: &ObjRef) -> bool {
    a.is(b) || matches!((str_of(a), str_of(b)), (Some(x), Some(y)) if x.same_text(y))
}

/// `object.__new__(cls, ...)` called explicitly (usually through `super().__new__(cls)`).
pub(crate) fn m_object_new(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    let Some(cls) = a.first() else { return Err(vm.type_error("object.__new__(): not enough arguments")) };
    if cls.downcast::<TypeObject>().is_none() {
        return Err(vm.type_error(&format!("object.__new__(X): X is not a type object ({})", vm.type_name(cls))));
    }
    // Extra arguments are an error when the class overrides __new__, or does not override
    // __init__ (`object_new`'s excess-argument check).
    object_new(vm, cls, &a[1..], kw)
}

/// `slot_tp_new`: a class defining `__new__` (stored as a staticmethod) calls it with the class.
pub(crate) fn slot_new(vm: &mut Vm, t: &ObjRef, args: Args, kw: Kw) -> PyResult {
    let n = vm.intern_static("__new__");
    let f = match vm.type_lookup(t, &n) {
        Some(f) => crate::objects::attrs::descr_get(vm, f, None, t)?,
        None => return object_new(vm, t, args, kw),
    };
    let mut a = Vec::with_capacity(args.len() + 1);
    a.push(t.clone());
    a.extend_from_slice(args);
    vm.call(&f, &a, kw)
}

/// `type.__call__` for classes: `__new__`, then `__init__` when the result is an instance of
/// the class (`type_call` in Objects/typeobject.c).
pub fn call_class(vm: &mut Vm, cls: &ObjRef, args: Args, kw: Kw) -> PyResult {
    let t = tp(cls);
    let Some(new) = t.slots.new.get() else {
        return Err(vm.type_error(&format!("cannot create '{}' instances", t.name())));
    };
    let obj = new(vm, cls, args, kw)?;
    if !is_subtype(&obj.type_of(), cls) {
        return Ok(obj);
    }
    let init_name = vm.intern_static("__init__");
    let oty = obj.type_of();
    if let Some(init) = vm.type_lookup(&oty, &init_name) {
        let exc_init = init.downcast::<MethodDescrBody>().is_some_and(|m| m.owner.is(&vm.e.base_exception));
        if init.downcast::<FunctionBody>().is_some() || exc_init || crate::objects::subclass::needs_builtin_init(&obj) {
            let mut a = vec![obj.clone()];
            a.extend_from_slice(args);
            let r = vm.call(&init, &a, kw)?;
            if !r.is(&vm.none) {
                return Err(vm.type_error(&format!("__init__() should return None, not '{}'", vm.type_name(&r))));
            }
        }
    }
    Ok(obj)
}

pub(crate) fn m_type_call(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    call_class(vm, &a[0], &a[1..], kw)
}

/// `type(x)` and `type(name, bases, dict, **kw)` (`type_new`).
pub(crate) fn type_new(vm: &mut Vm, meta: &ObjRef, args: Args, kw: Kw) -> PyResult {
    let (pos, kws) = split_kw(args, kw);
    if pos.len() == 1 && kws.is_empty() && meta.is(&vm.t.type_) {
        return Ok(pos[0].type_of());
    }
    if pos.len() != 3 {
        return Err(vm.type_error("type() takes 1 or 3 arguments"));
    }
    let name = match str_of(&pos[0]) {
        Some(s) => {
            // `type_new_set_names` keeps the name's UTF-8 form as `tp_name`.
            s.cache_utf8();
            s.text().into_owned()
        }
        None => return Err(vm.type_error(&format!("type.__new__() argument 1 must be str, not {}", vm.type_name(&pos[0])))),
    };
    let Some(bases) = pos[1].downcast::<TupleBody>().map(|t| t.items.to_vec()) else {
        return Err(vm.type_error(&format!("type.__new__() argument 2 must be tuple, not {}", vm.type_name(&pos[1]))));
    };
    if pos[2].downcast::<DictBody>().is_none() {
        return Err(vm.type_error(&format!("type.__new__() argument 3 must be dict, not {}", vm.type_name(&pos[2]))));
    }
    // The namespace is copied: the class gets its own dict.
    let ns = vm.new_dict();
    let items: Vec<(ObjRef, ObjRef)> = pos[2].downcast::<DictBody>().unwrap().table.borrow().iter().map(|(k, v)| (k.clone(), v.clone())).collect();
    for (k, v) in items {
        vm.dict_set(&ns, k, v)?;
    }
    make_class(vm, meta, &name, &bases, &ns, &kws)
}

pub(crate) fn m_type_new(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    let Some(meta) = a.first() else { return Err(vm.type_error("type.__new__(): not enough arguments")) };
    type_new(vm, meta, &a[1..], kw)
}

pub(crate) fn m_type_init(vm: &mut Vm, _a: Args, _kw: Kw) -> PyResult {
    Ok(vm.none.clone())
}

/// The most derived metaclass of `meta` and the bases' types (`_PyType_CalculateMetaclass`).
pub(crate) fn calculate_meta(vm: &mut Vm, meta: &ObjRef, bases: &[ObjRef]) -> PyResult {
    let mut winner = meta.clone();
    for b in bases {
        let bt = b.type_of();
        if is_subtype(&winner, &bt) {
            continue;
        }
        if is_subtype(&bt, &winner) {
            winner = bt;
            continue;
        }
        return Err(vm.type_error(
            "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
        ));
    }
    Ok(winner)
}

/// Creates a class (`type_new_impl`): layout from the base, MRO, slots from the dunders the
/// class and its Python bases define, the `__class__` cell, `__set_name__` and the parent's
/// `__init_subclass__`.
pub(crate) fn make_class(vm: &mut Vm, meta: &ObjRef, name: &str, bases: &[ObjRef], ns: &ObjRef, kws: &[(String, ObjRef)]) -> PyResult {
    let base = bases.first().cloned().unwrap_or_else(|| vm.t.object.clone());
    if name.contains('\0') {
        return Err(vm.value_error("type name must not contain null characters"));
    }
    for b in bases {
        if b.downcast::<TypeObject>().is_none() {
            // `_PyType_CalculateMetaclass` runs first: a base whose type is unrelated to the
            // metaclass is a conflict before it is a non-type.
            let bt = b.type_of();
            if !is_subtype(meta, &bt) && !is_subtype(&bt, meta) {
                return Err(vm.type_error("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases"));
            }
            return Err(vm.type_error(&format!("bases must be types")));
        }
        if !tp(b).has_flag(tpflags::BASETYPE) {
            return Err(vm.type_error(&format!("type '{}' is not an acceptable base type", tp(b).name())));
        }
    }
    let base_layout = tp(&base).head.instance_layout as *const crate::objects::object::Layout;
    let layout = if is_subtype(&base, &vm.e.base_exception) {
        <ExcBody as crate::objects::object::Body>::layout()
    } else if is_subtype(&base, &vm.t.type_) {
        <TypeObject as crate::objects::object::Body>::layout()
    } else if base.is(&vm.t.object) || base_layout == <InstanceBody as crate::objects::object::Body>::layout() as *const _ {
        <InstanceBody as crate::objects::object::Body>::layout()
    } else if let Some(l) = crate::objects::subclass::sub_layout(tp(&base).head.instance_layout) {
        l
    } else {
        return Err(vm.type_error(&format!("pyref: subclassing '{}' is not built yet", tp(&base).name())));
    };
    let qualname = match vm.dict_get_str(ns, "__qualname__")? {
        Some(q) => str_of(&q).map(|s| s.text().into_owned()).unwrap_or(name.to_string()),
        None => name.to_string(),
    };
    let module = match vm.dict_get_str(ns, "__module__")? {
        Some(m) => str_of(&m).map(|s| s.text().into_owned()),
        None => None,
    };
    let module = match module {
        Some(m) => m,
        None => {
            let g = vm.frames.last().map(|f| f.globals.clone());
            let m = match g {
                Some(g) => vm.dict_get_str(&g, "__name__")?.and_then(|n| str_of(&n).map(|s| s.text().into_owned())),
                None => None,
            };
            let m = m.unwrap_or_else(|| "__main__".into());
            let mo = vm.str(&m);
            vm.dict_set_str(ns, "__module__", mo);
            m
        }
    };
    // __new__ is a static method, __init_subclass__ and __class_getitem__ class methods.
    if let Some(f) = vm.dict_get_str(ns, "__new__")? {
        if f.downcast::<FunctionBody>().is_some() {
            let sm = alloc(&vm.t.staticmethod.clone(), StaticMethodBody { f });
            vm.dict_set_str(ns, "__new__", sm);
        }
    }
    for n in ["__init_subclass__", "__class_getitem__"] {
        if let Some(f) = vm.dict_get_str(ns, n)? {
            if f.downcast::<FunctionBody>().is_some() {
                let cm = alloc(&vm.t.classmethod.clone(), ClassMethodBody { f });
                vm.dict_set_str(ns, n, cm);
            }
        }
    }
    let slots_spec = crate::objects::member_slots::parse(vm, name, ns, &base)?;
    let inherited_slots = crate::objects::member_slots::inherited_slots(vm, &base);
    let own_slots = slots_spec.as_ref().map_or(0, |s| s.names.len());
    let no_dict = slots_spec.as_ref().is_some_and(|s| !s.has_dict);
    let body = TypeObject {
        head: crate::objects::object::TypeHead::new(layout),
        name: RefCell::new(name.to_string()),
        qualname: RefCell::new(qualname),
        module: RefCell::new(module),
        base: RefCell::new(Some(base.clone())),
        bases: RefCell::new(if bases.is_empty() { vec![base.clone()] } else { bases.to_vec() }),
        mro: RefCell::new(Vec::new()),
        dict: RefCell::new(Some(ns.clone())),
        slots: Slots::default(),
        flags: Cell::new(tpflags::HEAPTYPE | tpflags::BASETYPE | (tp(&base).flags.get() & (tpflags::BASE_EXC_SUBCLASS | tpflags::TYPE_SUBCLASS | crate::objects::sizes::C_LAYOUT))),
        basicsize: Cell::new(if layout as *const _ == <InstanceBody as crate::objects::object::Body>::layout() as *const _ { 16 + 8 * (inherited_slots + own_slots) } else { tp(&base).basicsize.get() }),
        itemsize: 0,
        subclasses: Default::default(),
        cached_keys: Default::default(),
    };
    let ty = alloc(meta, body);
    crate::objects::typeobject::register_subclass(&ty);
    if no_dict {
        tp(&ty).flags.set(tp(&ty).flags.get() | crate::objects::member_slots::NO_DICT);
    }
    if let Some(spec) = &slots_spec {
        crate::objects::member_slots::install_members(vm, &ty, spec, inherited_slots)?;
    }
    // The `__dict__`/`__weakref__` getsets of what the class adds, then the default docstring
    // (`type_ready` adds both after the namespace's own entries).
    let (add_dict, add_weak) = class_adds_dict_weak(vm, &ty, &base, slots_spec.as_ref());
    crate::objects::descrobject::add_class_getsets(vm, &ty, ns, add_dict, add_weak)?;
    let weak = crate::objects::member_slots::MANAGED_WEAKREF;
    if add_weak || tp(&base).has_flag(weak) {
        tp(&ty).flags.set(tp(&ty).flags.get() | weak);
    }
    if vm.dict_get_str(ns, "__doc__")?.is_none() {
        let none = vm.none.clone();
        vm.dict_set_str(ns, "__doc__", none);
    }
    let bl = tp(&ty).bases.borrow().clone();
    let Some(mro) = c3_mro(&ty, &bl) else {
        return Err(crate::objects::type_methods::mro_error(vm, &bl));
    };
    *tp(&ty).mro.borrow_mut() = mro;
    if let Some(custom) = crate::objects::type_methods::custom_mro(vm, meta, &ty)? {
        *tp(&ty).mro.borrow_mut() = custom;
    }
    // A class defining __eq__ but not __hash__ gets `__hash__ = None`; a None `__hash__`
    // anywhere on the MRO makes instances unhashable (see fixup_slots).
    if vm.dict_get_str(ns, "__eq__")?.is_some() && vm.dict_get_str(ns, "__hash__")?.is_none() {
        let none = vm.none.clone();
        vm.dict_set_str(ns, "__hash__", none);
    }
    fixup_slots(vm, &ty);
    let qn = vm.intern("__qualname__");
    vm.dict_del(ns, &qn)?;
    // The class body's `__class__` cell (for zero-argument super()) now holds the class.
    let cc = vm.intern("__classcell__");
    if let Some(cell) = vm.dict_del(ns, &cc)? {
        match cell.downcast::<CellBody>() {
            Some(c) => {
                c.value.replace(Some(ty.clone()));
            }
            None => return Err(vm.type_error(&format!("__classcell__ must be a nonlocal cell, not {}", vm.type_name(&cell)))),
        }
    }
    // __set_name__ on the attributes that define it, in namespace order.
    let items: Vec<(ObjRef, ObjRef)> = ns.downcast::<DictBody>().unwrap().table.borrow().iter().map(|(k, v)| (k.clone(), v.clone())).collect();
    for (k, v) in items {
        if let Some(f) = vm.lookup_special(&v, "__set_name__")? {
            if let Err(e) = vm.call(&f, &[ty.clone(), k.clone()], None) {
                crate::objects::type_methods::set_name_note(vm, &e.0, &v, &k, &ty);
                return Err(e);
            }
        }
    }
    // The parent's __init_subclass__ with the class statement's keywords.
    let sup = crate::objects::attrs::new_super(vm, &ty, &ty)?;
    let init_sub = vm.getattr_str(&sup, "__init_subclass__")?;
    let kw_values: Vec<ObjRef> = kws.iter().map(|(_, v)| v.clone()).collect();
    let kw_tuple = if kws.is_empty() { None } else { Some(vm.tuple(kws.iter().map(|(k, _)| vm.str(k)).collect())) };
    vm.call(&init_sub, &kw_values, kw_tuple.as_ref())?;
    Ok(ty)
}

/// Whether a new class's instances gain a `__dict__` and a weak reference list their base's
/// lack (`type_new_slots`: `add_dict`, `add_weak`).
pub(crate) fn class_adds_dict_weak(vm: &mut Vm, ty: &ObjRef, base: &ObjRef, spec: Option<&crate::objects::member_slots::SlotsSpec>) -> (bool, bool) {
    let no_dict = tp(ty).has_flag(crate::objects::member_slots::NO_DICT);
    let base_heap = tp(base).has_flag(tpflags::HEAPTYPE);
    let solid = crate::objects::subclass::builtin_base(base);
    // Built-ins whose instances have a dict of their own: exceptions, types, modules, functions.
    let solid_dict = is_subtype(&solid, &vm.e.base_exception) || is_subtype(&solid, &vm.t.type_) || solid.is(&vm.t.module);
    let base_dict = solid_dict || (base_heap && !tp(base).has_flag(crate::objects::member_slots::NO_DICT));
    let add_dict = !no_dict && !base_dict;
    let n = vm.intern("__weakref__");
    let solid_weak = [&vm.t.set, &vm.t.frozenset, &vm.t.type_, &vm.t.module].iter().any(|t| is_subtype(&solid, t));
    let base_weak = solid_weak || vm.type_lookup(base, &n).is_some();
    // Variable-size instances (int, tuple, bytes) have no room for one; str's is fixed-size.
    let var_size = tp(&solid).itemsize != 0 && !is_subtype(&solid, &vm.t.str_);
    let add_weak = match spec {
        Some(s) => s.add_weak,
        None => !base_weak && !var_size,
    };
    (add_dict, add_weak)
}

/// Fills a class's slots from its base and the dunders defined in Python along its MRO
/// (`fixup_slot_dispatchers`); run again when a dunder is assigned or deleted on the class
/// or a base (`update_slot`).
pub fn fixup_slots(vm: &mut Vm, ty: &ObjRef) {
    // Inherit the base's slots, then override with the dunder-calling ones the class defines.
    let ty = &ty.clone();
    let Some(base) = tp(ty).base.borrow().clone() else { return };
    let layout = tp(ty).head.instance_layout;
    let is_type_layout = std::ptr::eq(layout, <TypeObject as crate::objects::object::Body>::layout());
    let is_builtin_sub = layout.base.is_some();
    let bs = &tp(&base).slots;
    let s = &tp(ty).slots;
    s.inherit_from(bs);
    // int, float and the containers have no tp_str of their own: str() of a subclass is its repr.
    if is_builtin_sub {
        s.str.set(crate::objects::subclass::sub_str(vm, &base));
    }
    if !is_type_layout {
        s.new.set(Some(if is_builtin_sub { crate::objects::subclass::sub_new } else { object_new }));
    }
    // Dunders defined in Python anywhere on the MRO decide the slots (`fixup_slot_dispatchers`).
    let mut keys: Vec<String> = Vec::new();
    for t in tp(ty).mro.borrow().iter() {
        if !tp(t).has_flag(tpflags::HEAPTYPE) {
            continue;
        }
        if let Some(d) = tp(t).dict.borrow().as_ref() {
            for (k, _) in d.downcast::<DictBody>().unwrap().table.borrow().iter() {
                if let Some(s) = str_of(k) {
                    let k = s.text().into_owned();
                    if k.starts_with("__") && !keys.contains(&k) {
                        keys.push(k);
                    }
                }
            }
        }
    }
    for k in keys {
        match k.as_str() {
            "__new__" => s.new.set(Some(slot_new)),
            "__getattr__" | "__getattribute__" => s.getattro.set(Some(crate::objects::attrs::slot_getattr)),
            "__setattr__" | "__delattr__" => s.setattro.set(Some(crate::objects::attrs::slot_setattr)),
            "__repr__" => s.repr.set(Some(slot_repr)),
            "__str__" => s.str.set(Some(slot_str)),
            "__eq__" | "__lt__" | "__le__" | "__gt__" | "__ge__" | "__ne__" => s.richcompare.set(Some(slot_richcompare)),
            "__hash__" => s.hash.set(Some(slot_hash)),
            "__len__" => s.mp_length.set(Some(slot_len)),
            "__getitem__" => s.mp_subscript.set(Some(slot_getitem)),
            "__setitem__" | "__delitem__" => s.mp_ass_subscript.set(Some(slot_setitem)),
            "__iter__" => s.iter.set(Some(slot_iter)),
            "__next__" => s.iternext.set(Some(slot_next)),
            "__call__" => s.call.set(Some(slot_call)),
            "__bool__" => s.nb_bool.set(Some(slot_bool)),
            "__contains__" => s.sq_contains.set(Some(slot_contains)),
            "__neg__" => s.nb_negative.set(Some(slot_neg)),
            "__del__" => crate::objects::finalize::set_finalizer(ty),
            "__pos__" => s.nb_positive.set(Some(crate::objects::type_methods::slot_pos)),
            "__invert__" => s.nb_invert.set(Some(crate::objects::type_methods::slot_invert)),
            "__index__" => s.nb_index.set(Some(crate::objects::type_methods::slot_index)),
            k if k.starts_with("__") && NB_DUNDERS.iter().any(|(a, r)| *a == k || *r == k) => s.nb_number.set(Some(slot_number)),
            _ => {}
        }
    }
    let hn = vm.intern("__hash__");
    if vm.type_lookup(ty, &hn).is_some_and(|h| h.is(&vm.none)) {
        s.hash.set(None);
    }
    // `type_set_abstractmethods`: a true `__abstractmethods__` of the class's own marks it
    // abstract, which `object.__new__` refuses to instantiate.
    let own = tp(ty).dict.borrow().clone();
    let abs = own.and_then(|d| vm.dict_get_str(&d, "__abstractmethods__").ok().flatten());
    let is_abstract = abs.is_some_and(|v| vm.is_true(&v).unwrap_or(false));
    let f = tp(ty).flags.get();
    tp(ty).flags.set(if is_abstract { f | tpflags::IS_ABSTRACT } else { f & !tpflags::IS_ABSTRACT });
}

/// `object_new`'s refusal of an abstract class, naming its abstract methods in sorted order.
pub(crate) fn abstract_error(vm: &mut Vm, t: &ObjRef) -> PyErr {
    let d = tp(t).dict.borrow().clone();
    let abs = d.and_then(|d| vm.dict_get_str(&d, "__abstractmethods__").ok().flatten());
    let mut names: Vec<String> = match abs.map(|a| vm.collect(&a)) {
        Some(Ok(items)) => items.iter().filter_map(|x| str_of(x).map(|s| s.text().into_owned())).collect(),
        Some(Err(e)) => return e,
        None => Vec::new(),
    };
    names.sort();
    let s = if names.len() > 1 { "s" } else { "" };
    vm.type_error(&format!("Can't instantiate abstract class {} without an implementation for abstract method{s} '{}'", tp(t).name(), names.join("', '")))
}

/// [`fixup_slots`] for `ty` and every class below it.
pub fn fixup_slots_tree(vm: &mut Vm, ty: &ObjRef) {
    vm.type_modified();
    fixup_slots(vm, ty);
    for sub in crate::objects::typeobject::subclasses(ty) {
        fixup_slots_tree(vm, &sub);
    }
}
