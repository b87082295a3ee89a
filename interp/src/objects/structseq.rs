//! Struct sequences (Objects/structseq.c): named tuples of the runtime such as `sys.int_info`
//! and `sys.float_info`. A struct sequence type is a subtype of `tuple` whose instances are
//! tuples; its fields are read by name (the names are its `__match_args__`) and its repr is
//! `sys.int_info(bits_per_digit=30, ...)`.

use super::bodies::*;
use super::object::{alloc, Body, ObjRef, TypeHead};
use super::typeobject::*;
use crate::vm::Vm;
use std::cell::{Cell, RefCell};

fn field_names(vm: &mut Vm, ty: &ObjRef) -> Vec<ObjRef> {
    let n = vm.intern("__match_args__");
    vm.type_lookup(ty, &n).and_then(|t| t.downcast::<TupleBody>().map(|t| t.items.to_vec())).unwrap_or_default()
}

fn structseq_repr(vm: &mut Vm, o: &ObjRef) -> PyResult {
    let ty = o.type_of();
    let names = field_names(vm, &ty);
    let items = o.downcast::<TupleBody>().map(|t| t.items.to_vec()).unwrap_or_default();
    let t = tp(&ty);
    let mut s = format!("{}.{}(", t.module.borrow(), t.name());
    for (i, (n, v)) in names.iter().zip(items.iter()).enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        s.push_str(&n.downcast::<StrBody>().map(|x| x.text().into_owned()).unwrap_or_default());
        s.push('=');
        s.push_str(&vm.repr_string(v)?);
    }
    s.push(')');
    Ok(vm.str(&s))
}

fn structseq_getattr(vm: &mut Vm, o: &ObjRef, name: &ObjRef) -> PyResult {
    let ty = o.type_of();
    let names = field_names(vm, &ty);
    if let Some(i) = names.iter().position(|n| n.downcast::<StrBody>().map(|a| a.as_bytes()) == name.downcast::<StrBody>().map(|b| b.as_bytes())) {
        if let Some(v) = o.downcast::<TupleBody>().and_then(|t| t.items.get(i).cloned()) {
            return Ok(v);
        }
    }
    super::slots::generic_getattr(vm, o, name)
}

/// A new struct sequence type `module.name` with these fields.
pub fn new_type(vm: &mut Vm, module: &str, name: &str, fields: &[&str]) -> ObjRef {
    let tuple = vm.t.tuple.clone();
    let body = TypeObject {
        head: TypeHead::new(TupleBody::layout()),
        name: RefCell::new(name.to_string()),
        qualname: RefCell::new(name.to_string()),
        module: RefCell::new(module.to_string()),
        base: RefCell::new(Some(tuple.clone())),
        bases: RefCell::new(vec![tuple.clone()]),
        mro: RefCell::new(Vec::new()),
        dict: RefCell::new(Some(vm.new_dict())),
        slots: Slots::default(),
        flags: Cell::new(tpflags::TUPLE_SUBCLASS),
        basicsize: std::cell::Cell::new(24),
        itemsize: 8,
        subclasses: Default::default(),
        cached_keys: Default::default(),
    };
    let ty = alloc(&vm.t.type_.clone(), body);
    super::typeobject::register_subclass(&ty);
    let mut mro = vec![ty.clone()];
    mro.extend(tp(&tuple).mro.borrow().iter().cloned());
    *tp(&ty).mro.borrow_mut() = mro;
    ty.make_immortal();
    let (s, base) = (&tp(&ty).slots, &tp(&tuple).slots);
    s.hash.set(base.hash.get());
    s.richcompare.set(base.richcompare.get());
    s.iter.set(base.iter.get());
    s.mp_length.set(base.mp_length.get());
    s.mp_subscript.set(base.mp_subscript.get());
    s.sq_contains.set(base.sq_contains.get());
    s.repr.set(Some(structseq_repr));
    s.getattro.set(Some(structseq_getattr));
    let names: Vec<ObjRef> = fields.iter().map(|f| vm.intern(f)).collect();
    let names = vm.tuple(names);
    vm.type_set(&ty, "__match_args__", names);
    let n = vm.int(fields.len() as i64);
    vm.type_set(&ty, "n_fields", n.clone());
    vm.type_set(&ty, "n_sequence_fields", n);
    let z = vm.int(0);
    vm.type_set(&ty, "n_unnamed_fields", z);
    ty
}

/// An instance of a struct sequence type.
pub fn new_instance(ty: &ObjRef, items: Vec<ObjRef>) -> ObjRef {
    alloc(ty, TupleBody { items: items.into_boxed_slice() })
}
