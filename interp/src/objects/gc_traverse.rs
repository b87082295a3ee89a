//! What each container visits and clears for the cycle collector: the `tp_traverse` and
//! `tp_clear` functions of Objects/*.c (listobject.c, tupleobject.c, dictobject.c, setobject.c,
//! funcobject.c, typeobject.c `subtype_traverse`/`type_traverse`, exceptions.c, genobject.c, ...),
//! one [`GcBody`] impl per container body. `gc.get_referents` (modules/gc_referents.rs) and the
//! collector (objects/gc.rs) both read them.
//!
//! A traverse must visit exactly references the body owns (each `ObjRef` field counts one
//! reference), in CPython's order where a program can see it (`gc.get_referents`, and the order
//! unreachable objects are finalized in). Leaving a reference out is safe (its target then looks
//! referenced from outside and stays alive); visiting one the body does not own would not be.
//! Borrowed `RefCell`s (a body some Rust code is changing) are skipped for the same reason.
//!
//! `clear` drops the references that can keep a cycle alive, on objects the collector found
//! unreachable; fields that are plain `ObjRef`s (not replaceable) are left to the objects they
//! point at, whose own clear breaks the cycle (as CPython's tuples, which have no `tp_clear`).

use super::attrs::SuperBody;
use super::bodies::*;
use super::bytes_type::BytesIterBody;
use super::dictview::DictViewBody;
use super::frameobject::{FrameObjBody, TracebackBody};
use super::framelocals::FrameLocalsProxyBody;
use super::genericalias::{GenericAliasBody, UnionBody};
use super::iterobject::{LazyIterBody, State};
use super::mappingproxy::MappingProxyBody;
use super::member_slots::MemberBody;
use super::memoryview::MemoryViewBody;
use super::object::{Body, GcBody, ObjRef, SubBody};
use super::setobject::{SetBody, SetIterBody};
use super::sliceobject::SliceBody;
use super::typeobject::TypeObject;
use super::typevarobject::{TypeAliasBody, TypeParamBody};
use crate::eval::asyncgen::{ASendBody, AThrowBody, AnextAwaitableBody, WrappedBody};
use crate::eval::coro::CoroWrapperBody;
use std::cell::RefCell;

fn opt<V: FnMut(&ObjRef)>(v: &mut V, x: &Option<ObjRef>) {
    if let Some(x) = x {
        v(x);
    }
}

fn cell_opt<V: FnMut(&ObjRef)>(v: &mut V, x: &RefCell<Option<ObjRef>>) {
    if let Ok(x) = x.try_borrow() {
        opt(v, &x);
    }
}

/// Takes the value out of a replaceable field and drops it after the borrow ends.
fn take<T: Default>(x: &RefCell<T>) {
    if let Ok(mut b) = x.try_borrow_mut() {
        let old = std::mem::take(&mut *b);
        drop(b);
        drop(old);
    }
}

impl GcBody for TupleBody {
    fn traverse<V: FnMut(&ObjRef)>(&self, _o: &ObjRef, v: &mut V) {
        for x in self.items.iter().rev() {
            v(x);
        }
    }
}

impl GcBody for ListBody {
    fn traverse<V: FnMut(&ObjRef)>(&self, _o: &ObjRef, v: &mut V) {
        if let Ok(items) = self.items.try_borrow() {
            for x in items.iter().rev() {
                v(x);
            }
        }
    }
    fn clear(&self, _o: &ObjRef) {
        // `_list_clear`: last to first.
        if let Ok(mut b) = self.items.try_borrow_mut() {
            let old = std::mem::take(&mut *b);
            drop(b);
            super::listobject::release_rev(old);
        }
    }
}

impl GcBody for DictBody {
    /// A table of str keys only (CPython's unicode-keys tables) visits only the values; any
    /// other visits each value, then its key.
    fn traverse<V: FnMut(&ObjRef)>(&self, _o: &ObjRef, v: &mut V) {
        dict_traverse(self, v)
    }
    fn clear(&self, _o: &ObjRef) {
        take(&self.table);
    }
}

fn dict_traverse<V: FnMut(&ObjRef)>(d: &DictBody, v: &mut V) {
    {
        let Ok(t) = d.table.try_borrow() else { return };
        let keys = !t.is_unicode();
        for (k, x) in t.iter() {
            v(x);
            if keys {
                v(k);
            }
        }
    }
}

impl GcBody for SetBody {
    fn traverse<V: FnMut(&ObjRef)>(&self, _o: &ObjRef, v: &mut V) {
        if let Ok(t) = self.table.try_borrow() {
            for k in t.iter() {
                v(k);
            }
        }
    }
    fn clear(&self, _o: &ObjRef) {
        take(&self.table);
    }
}

impl GcBody for FunctionBody {
    fn traverse<V: FnMut(&ObjRef)>(&self, _o: &ObjRef, v: &mut V) {
        v(&self.code);
        v(&self.globals);
        v(&self.builtins);
        cell_opt(v, &self.module);
        cell_opt(v, &self.defaults);
        cell_opt(v, &self.kwdefaults);
        cell_opt(v, &self.doc);
        if let Ok(n) = self.name.try_borrow() {
            v(&n);
        }
        cell_opt(v, &self.dict);
        cell_opt(v, &self.closure);
        cell_opt(v, &self.annotations);
        if let Ok(n) = self.qualname.try_borrow() {
            v(&n);
        }
    }
    fn clear(&self, _o: &ObjRef) {
        for f in [&self.module, &self.defaults, &self.kwdefaults, &self.doc, &self.dict, &self.closure, &self.annotations] {
            take(f);
        }
    }
}

impl GcBody for CellBody {
    fn traverse<V: FnMut(&ObjRef)>(&self, _o: &ObjRef, v: &mut V) {
        cell_opt(v, &self.value);
    }
    fn clear(&self, _o: &ObjRef) {
        take(&self.value);
    }
}

impl GcBody for MethodBody {
    fn traverse<V: FnMut(&ObjRef)>(&self, _o: &ObjRef, v: &mut V) {
        v(&self.func);
        v(&self.self_);
    }
}

impl GcBody for BuiltinBody {
    fn traverse<V: FnMut(&ObjRef)>(&self, _o: &ObjRef, v: &mut V) {
        opt(v, &self.self_);
    }
}

/// `getset_descriptor` (`descr_traverse`): the type it belongs to. A class's `__dict__` and
/// `__weakref__` getsets close a cycle through the class (class → namespace → getset → class)
/// that only the collector frees.
impl GcBody for super::descrobject::GetSetBody {
    fn traverse<V: FnMut(&ObjRef)>(&self, _o: &ObjRef, v: &mut V) {
        v(&self.owner);
    }
}

impl GcBody for MethodDescrBody {
    fn traverse<V: FnMut(&ObjRef)>(&self, _o: &ObjRef, v: &mut V) {
        v(&self.owner);
    }
}

/// Instances of classes (`subtype_traverse`): `__slots__` values, the `__dict__` (its values
/// when it is inline, see `objects::gc::inline_dict`), then the class.
impl GcBody for InstanceBody {
    fn traverse<V: FnMut(&ObjRef)>(&self, o: &ObjRef, v: &mut V) {
        if let Ok(s) = self.slots.try_borrow() {
            for x in s.iter().flatten() {
                v(x);
            }
        }
        if let Ok(d) = self.dict.try_borrow() {
            match d.as_ref() {
                Some(d) => match super::gc::inline_dict(d) {
                    Some(body) => dict_traverse(body, v),
                    None => v(d),
                },
                None => {
                    if let Ok(vals) = self.values.try_borrow() {
                        for x in vals.values() {
                            v(x);
                        }
                    }
                }
            }
        }
        v(&o.type_of_borrowed());
    }
    /// The slots and the inline values (or an inline `__dict__`'s); a dict of its own is
    /// cleared as one when it is unreachable too (and left alone when something outside still
    /// holds it).
    fn clear(&self, _o: &ObjRef) {
        take(&self.slots);
        if let Ok(d) = self.dict.try_borrow() {
            match d.as_ref() {
                Some(d) => {
                    if let Some(body) = super::gc::inline_dict(d) {
                        take(&body.table);
                    }
                }
                None => {
                    if let Ok(mut vals) = self.values.try_borrow_mut() {
                        let old = std::mem::take(&mut *vals);
                        drop(vals);
                        drop(old);
                    }
                }
            }
        }
    }
}

/// Instances of subclasses of built-ins: the `__dict__`, the class, then the base's references.
impl<T: Body> GcBody for SubBody<T>
where
    SubBody<T>: Body,
{
    fn traverse<V: FnMut(&ObjRef)>(&self, o: &ObjRef, v: &mut V) {
        v(&self.dict);
        v(&o.type_of_borrowed());
        if let Some(g) = &T::layout().gc {
            (g.traverse)(o, &mut |r| v(r));
        }
    }
    fn clear(&self, o: &ObjRef) {
        if let Some(g) = &T::layout().gc {
            (g.clear)(o);
        }
    }
}

impl GcBody for ExcBody {
    fn traverse<V: FnMut(&ObjRef)>(&self, _o: &ObjRef, v: &mut V) {
        cell_opt(v, &self.dict);
        if let Ok(a) = self.args.try_borrow() {
            v(&a);
        }
        if let Ok(t) = self.tb_obj.try_borrow() {
            if let Some((_, t)) = &*t {
                v(t);
            }
        }
        cell_opt(v, &self.cause);
        cell_opt(v, &self.context);
        if let Ok(m) = self.members.try_borrow() {
            for (_, x) in m.iter() {
                v(x);
            }
        }
    }
    fn clear(&self, _o: &ObjRef) {
        take(&self.dict);
        take(&self.tb_obj);
        take(&self.cause);
        take(&self.context);
        take(&self.members);
    }
}

impl GcBody for ModuleBody {
    fn traverse<V: FnMut(&ObjRef)>(&self, _o: &ObjRef, v: &mut V) {
        v(&self.dict);
    }
}

/// Type objects (`type_traverse`): the namespace, the MRO (which starts with the type itself),
/// the bases. Only classes are tracked: the built-in types are immortal.
impl GcBody for TypeObject {
    fn traverse<V: FnMut(&ObjRef)>(&self, _o: &ObjRef, v: &mut V) {
        cell_opt(v, &self.dict);
        if let Ok(m) = self.mro.try_borrow() {
            for x in m.iter() {
                v(x);
            }
        }
        if let Ok(bases) = self.bases.try_borrow() {
            for b in bases.iter() {
                v(b);
            }
        }
        if let Ok(base) = self.base.try_borrow() {
            opt(v, &base);
        }
    }
    fn clear(&self, _o: &ObjRef) {
        take(&self.mro);
    }
}

/// Generators, coroutines and async generators: the frame's code, globals and builtins, and the
/// suspended frame's values.
impl GcBody for GenBody {
    fn traverse<V: FnMut(&ObjRef)>(&self, _o: &ObjRef, v: &mut V) {
        v(&self.name);
        v(&self.qualname);
        v(&self.code);
        v(&self.globals);
        v(&self.builtins);
        // While the frame executes its values are on the VM's stack (outside references) and
        // this is the empty buffer.
        if let Ok(vals) = self.values.try_borrow() {
            for x in vals.iter().flatten() {
                v(x);
            }
        }
        let exc = self.exc_state.take();
        opt(v, &exc);
        self.exc_state.set(exc);
        // The suspended frame's record holds its frame object.
        let rec = self.frame.take();
        if let Some(r) = &rec {
            if let Some(o) = &r.fobj {
                v(o);
            }
        }
        self.frame.set(rec);
    }
}

impl GcBody for StaticMethodBody {
    fn traverse<V: FnMut(&ObjRef)>(&self, _o: &ObjRef, v: &mut V) {
        v(&self.f);
    }
}

impl GcBody for ClassMethodBody {
    fn traverse<V: FnMut(&ObjRef)>(&self, _o: &ObjRef, v: &mut V) {
        v(&self.f);
    }
}

impl GcBody for PropertyBody {
    fn traverse<V: FnMut(&ObjRef)>(&self, _o: &ObjRef, v: &mut V) {
        opt(v, &self.fget);
        opt(v, &self.fset);
        opt(v, &self.fdel);
        opt(v, &self.doc);
    }
}

impl GcBody for SeqIterBody {
    fn traverse<V: FnMut(&ObjRef)>(&self, _o: &ObjRef, v: &mut V) {
        cell_opt(v, &self.seq);
    }
    fn clear(&self, _o: &ObjRef) {
        take(&self.seq);
    }
}

impl GcBody for DictIterBody {
    fn traverse<V: FnMut(&ObjRef)>(&self, _o: &ObjRef, v: &mut V) {
        v(&self.dict);
    }
}

impl GcBody for SetIterBody {
    fn traverse<V: FnMut(&ObjRef)>(&self, _o: &ObjRef, v: &mut V) {
        cell_opt(v, &self.set);
    }
    fn clear(&self, _o: &ObjRef) {
        take(&self.set);
    }
}

impl GcBody for BytesIterBody {
    fn traverse<V: FnMut(&ObjRef)>(&self, _o: &ObjRef, v: &mut V) {
        cell_opt(v, &self.seq);
    }
}

impl GcBody for LazyIterBody {
    fn traverse<V: FnMut(&ObjRef)>(&self, _o: &ObjRef, v: &mut V) {
        let Ok(s) = self.state.try_borrow() else { return };
        match &*s {
            State::Enumerate { it, .. } => v(it),
            State::Zip { its, .. } => its.iter().for_each(&mut *v),
            State::Map { func, its } => {
                v(func);
                its.iter().for_each(&mut *v);
            }
            State::Filter { func, it } => {
                v(func);
                v(it);
            }
            State::Reversed { seq, .. } => v(seq),
            State::Callable { func, sentinel } => {
                v(func);
                v(sentinel);
            }
            State::Done => {}
        }
    }
    fn clear(&self, _o: &ObjRef) {
        if let Ok(mut s) = self.state.try_borrow_mut() {
            let old = std::mem::replace(&mut *s, State::Done);
            drop(s);
            drop(old);
        }
    }
}

impl GcBody for SuperBody {
    fn traverse<V: FnMut(&ObjRef)>(&self, _o: &ObjRef, v: &mut V) {
        opt(v, &self.obj);
        v(&self.this);
        opt(v, &self.obj_type);
    }
}

impl GcBody for MemberBody {
    fn traverse<V: FnMut(&ObjRef)>(&self, _o: &ObjRef, v: &mut V) {
        v(&self.owner);
        v(&self.name);
    }
}

impl GcBody for DictViewBody {
    fn traverse<V: FnMut(&ObjRef)>(&self, _o: &ObjRef, v: &mut V) {
        v(&self.dict);
    }
}

impl GcBody for SliceBody {
    fn traverse<V: FnMut(&ObjRef)>(&self, _o: &ObjRef, v: &mut V) {
        v(&self.start);
        v(&self.stop);
        v(&self.step);
    }
}

impl GcBody for MappingProxyBody {
    fn traverse<V: FnMut(&ObjRef)>(&self, _o: &ObjRef, v: &mut V) {
        v(&self.mapping);
    }
}

impl GcBody for GenericAliasBody {
    fn traverse<V: FnMut(&ObjRef)>(&self, _o: &ObjRef, v: &mut V) {
        v(&self.origin);
        v(&self.args);
    }
}

impl GcBody for UnionBody {
    fn traverse<V: FnMut(&ObjRef)>(&self, _o: &ObjRef, v: &mut V) {
        v(&self.args);
    }
}

impl GcBody for TracebackBody {
    fn traverse<V: FnMut(&ObjRef)>(&self, _o: &ObjRef, v: &mut V) {
        opt(v, &self.next);
        v(&self.frame);
    }
}

/// Frame objects: the extra locals only (a finished frame's snapshot is not visited, so what it
/// holds stays alive while the frame object does).
impl GcBody for FrameObjBody {
    fn traverse<V: FnMut(&ObjRef)>(&self, _o: &ObjRef, v: &mut V) {
        cell_opt(v, &self.extra);
    }
}

impl GcBody for FrameLocalsProxyBody {
    fn traverse<V: FnMut(&ObjRef)>(&self, _o: &ObjRef, v: &mut V) {
        v(&self.frame);
    }
}

impl GcBody for TypeParamBody {
    fn traverse<V: FnMut(&ObjRef)>(&self, _o: &ObjRef, v: &mut V) {
        v(&self.name);
        cell_opt(v, &self.bound);
        opt(v, &self.evaluate_bound);
        cell_opt(v, &self.constraints);
        opt(v, &self.evaluate_constraints);
        cell_opt(v, &self.default);
        cell_opt(v, &self.evaluate_default);
        v(&self.dict);
    }
}

impl GcBody for TypeAliasBody {
    fn traverse<V: FnMut(&ObjRef)>(&self, _o: &ObjRef, v: &mut V) {
        v(&self.name);
        opt(v, &self.type_params);
        opt(v, &self.compute_value);
        cell_opt(v, &self.value);
        v(&self.module);
    }
}

impl GcBody for MemoryViewBody {
    fn traverse<V: FnMut(&ObjRef)>(&self, _o: &ObjRef, v: &mut V) {
        cell_opt(v, &self.obj);
    }
}

impl GcBody for WrappedBody {
    fn traverse<V: FnMut(&ObjRef)>(&self, _o: &ObjRef, v: &mut V) {
        v(&self.val);
    }
}

impl GcBody for ASendBody {
    fn traverse<V: FnMut(&ObjRef)>(&self, _o: &ObjRef, v: &mut V) {
        v(&self.gen);
        opt(v, &self.sendval);
    }
}

impl GcBody for AThrowBody {
    fn traverse<V: FnMut(&ObjRef)>(&self, _o: &ObjRef, v: &mut V) {
        v(&self.gen);
        if let Some(a) = &self.args {
            a.iter().for_each(&mut *v);
        }
    }
}

impl GcBody for AnextAwaitableBody {
    fn traverse<V: FnMut(&ObjRef)>(&self, _o: &ObjRef, v: &mut V) {
        v(&self.wrapped);
        v(&self.default);
    }
}

impl GcBody for CoroWrapperBody {
    fn traverse<V: FnMut(&ObjRef)>(&self, _o: &ObjRef, v: &mut V) {
        v(&self.coro);
    }
}

/// Calls `visit` for each reference `o` owns, if it is a container (`Py_TYPE(o)->tp_traverse`).
#[inline]
pub fn traverse(o: &ObjRef, visit: &mut dyn FnMut(&ObjRef)) {
    if let Some(g) = &o.layout().gc {
        (g.traverse)(o, visit);
    }
}

/// What `o` refers to, in its traverse order (`gc.get_referents` of one object).
pub fn referents(o: &ObjRef) -> Vec<ObjRef> {
    let mut out = Vec::new();
    traverse(o, &mut |r| out.push(r.clone()));
    out
}
