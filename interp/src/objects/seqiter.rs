//! The sequence-protocol iterator: `iter()` of an object that has `__getitem__` but no
//! `__iter__` (Objects/iterobject.c `PySeqIter_New`, type `iterator`). It calls `__getitem__`
//! with 0, 1, 2, ... and stops at IndexError or StopIteration. (`reversed`, the other
//! sequence-protocol iterator, is with the builtins' lazy iterators in objects/iterobject.rs.)

use super::bodies::*;
use super::object::{alloc, ObjRef};
use super::typeobject::{is_subtype, tp, tpflags, PyResult};
use crate::vm::Vm;
use std::cell::{Cell, RefCell};

/// `PySequence_Check`: the type has `__getitem__` and is not a dict.
pub fn is_sequence(ty: &ObjRef) -> bool {
    let t = tp(ty);
    t.slots.mp_subscript.get().is_some() && !t.has_flag(tpflags::DICT_SUBCLASS) && t.has_flag(tpflags::HEAPTYPE)
}

/// `PyObject_GetIter` without `tp_iter`: a sequence iterator, else "not iterable".
pub fn seq_iter(vm: &mut Vm, o: &ObjRef) -> PyResult {
    let ty = o.type_of();
    if !is_sequence(&ty) {
        return Err(vm.type_error(&format!("'{}' object is not iterable", tp(&ty).name())));
    }
    Ok(alloc(&vm.t.seq_iter.clone(), SeqIterBody { seq: RefCell::new(Some(o.clone())), index: Cell::new(0) }))
}

/// Whether `e` ends a sequence-protocol iteration.
fn ends_iteration(vm: &Vm, e: &ObjRef) -> bool {
    let t = e.type_of();
    is_subtype(&t, &vm.e.index_error) || is_subtype(&t, &vm.e.stop_iteration)
}

fn seq_iter_next(vm: &mut Vm, it: &ObjRef) -> PyResult<Option<ObjRef>> {
    let b = it.downcast::<SeqIterBody>().expect("iterator");
    let Some(seq) = b.seq.borrow().clone() else { return Ok(None) };
    let i = vm.int(b.index.get() as i64);
    match vm.getitem(&seq, &i) {
        Ok(x) => {
            b.index.set(b.index.get() + 1);
            Ok(Some(x))
        }
        Err(e) if ends_iteration(vm, &e.0) => {
            b.seq.replace(None);
            Ok(None)
        }
        Err(e) => Err(e),
    }
}

/// What `list(it)` observes of `PyObject_LengthHint(it)` for these iterators: their
/// `__length_hint__` asks the sequence for its length (a TypeError means "no hint").
pub fn length_hint(vm: &mut Vm, it: &ObjRef) -> PyResult<()> {
    let seq = if it.is_exact(&vm.t.seq_iter) {
        it.downcast::<SeqIterBody>().and_then(|b| b.seq.borrow().clone())
    } else {
        None
    };
    let Some(seq) = seq else { return Ok(()) };
    match vm.len(&seq) {
        Ok(_) => Ok(()),
        Err(e) if is_subtype(&e.0.type_of(), &vm.e.type_error) => Ok(()),
        Err(e) => Err(e),
    }
}

fn self_iter(_vm: &mut Vm, o: &ObjRef) -> PyResult {
    Ok(o.clone())
}

pub fn install(vm: &mut Vm) {
    for (t, next) in [(&vm.t.seq_iter, seq_iter_next as super::typeobject::NextFn)] {
        let s = &tp(t).slots;
        s.iter.set(Some(self_iter));
        s.iternext.set(Some(next));
        *tp(t).dict.borrow_mut() = Some(vm.new_dict());
    }
}
