//! `slice` objects and slicing of the built-in sequences (Objects/sliceobject.c, and the
//! `*_subscript`/`*_ass_subscript` slice paths of Objects/listobject.c, tupleobject.c,
//! unicodeobject.c and rangeobject.c).
//!
//! `PySlice_Unpack` turns start/stop/step into integers (None → defaults, `__index__`,
//! clamping to the machine range) and `PySlice_AdjustIndices` fits them to a length; every
//! sequence then walks `start + i*step` for `slicelength` items.

use super::bodies::*;
use super::object::{alloc, ObjRef};
use super::pystr::PyStr;
use super::typeobject::{tp, CmpOp, PyResult};
use crate::vm::Vm;

pub struct SliceBody {
    pub start: ObjRef,
    pub stop: ObjRef,
    pub step: ObjRef,
}
crate::impl_body!(SliceBody, "slice", gc);

pub fn new_slice(vm: &Vm, start: ObjRef, stop: ObjRef, step: ObjRef) -> ObjRef {
    alloc(&vm.t.slice, SliceBody { start, stop, step })
}

/// An int as a slice index, clamped to the i64 range as CPython clamps to Py_ssize_t.
fn clamped(o: &ObjRef) -> Option<i64> {
    match super::longobject::view(o)? {
        super::longobject::IntView::Small(v) => Some(v),
        super::longobject::IntView::Big(b) => Some(if b.is_negative() { i64::MIN } else { i64::MAX }),
    }
}

/// A slice index: None, an int or an object with `__index__`, clamped to the i64 range as
/// `_PyEval_SliceIndex` clamps to Py_ssize_t.
fn slice_index(vm: &mut Vm, o: &ObjRef) -> PyResult<Option<i64>> {
    if o.is(&vm.none) {
        return Ok(None);
    }
    if let Some(v) = clamped(o) {
        return Ok(Some(v));
    }
    let ty = o.type_of();
    if let Some(f) = tp(&ty).slots.nb_index.get() {
        let r = f(vm, o)?;
        if let Some(v) = clamped(&r) {
            return Ok(Some(v));
        }
    }
    Err(vm.type_error("slice indices must be integers or None or have an __index__ method"))
}

/// `PySlice_Unpack`: (start, stop, step) with CPython's defaults for None.
pub fn unpack(vm: &mut Vm, s: &SliceBody) -> PyResult<(i64, i64, i64)> {
    let step = match slice_index(vm, &s.step)? {
        None => 1,
        Some(0) => return Err(vm.value_error("slice step cannot be zero")),
        // -i64::MAX so that -step cannot overflow.
        Some(v) => v.max(-i64::MAX),
    };
    let start = slice_index(vm, &s.start)?.unwrap_or(if step < 0 { i64::MAX } else { 0 });
    let stop = slice_index(vm, &s.stop)?.unwrap_or(if step < 0 { i64::MIN } else { i64::MAX });
    Ok((start, stop, step))
}

/// `PySlice_AdjustIndices`: (start, stop, step, slicelength) for a sequence of `len` items.
pub fn adjust(len: usize, start: i64, stop: i64, step: i64) -> (i64, i64, i64, usize) {
    let len = len as i64;
    let fit = |i: i64| -> i64 {
        if i < 0 {
            let j = i.saturating_add(len);
            if j < 0 {
                if step < 0 { -1 } else { 0 }
            } else {
                j
            }
        } else if i >= len {
            if step < 0 { len - 1 } else { len }
        } else {
            i
        }
    };
    let (start, stop) = (fit(start), fit(stop));
    let n = if step < 0 {
        if stop < start { (start - stop - 1) / (-step) + 1 } else { 0 }
    } else if start < stop {
        (stop - start - 1) / step + 1
    } else {
        0
    };
    (start, stop, step, n as usize)
}

/// The indices a slice selects in a sequence of `len` items.
pub fn indices(vm: &mut Vm, s: &SliceBody, len: usize) -> PyResult<(i64, i64, i64, usize)> {
    let (a, b, c) = unpack(vm, s)?;
    Ok(adjust(len, a, b, c))
}

fn pick<T: Clone>(items: &[T], start: i64, step: i64, n: usize) -> Vec<T> {
    (0..n).map(|i| items[(start + i as i64 * step) as usize].clone()).collect()
}

/// `seq[slice]` for list, tuple, str, bytes, bytearray and range; None when `k` is not a slice or `o` is not
/// one of these.
pub fn subscript(vm: &mut Vm, o: &ObjRef, k: &ObjRef) -> PyResult<Option<ObjRef>> {
    let Some(s) = k.downcast::<SliceBody>() else { return Ok(None) };
    if let Some(l) = o.downcast::<ListBody>() {
        let len = l.items.borrow().len();
        let (start, _, step, n) = indices(vm, s, len)?;
        let v = pick(&l.items.borrow(), start, step, n);
        return Ok(Some(vm.list(v)));
    }
    if let Some(t) = o.downcast::<TupleBody>() {
        let (start, _, step, n) = indices(vm, s, t.items.len())?;
        if start == 0 && step == 1 && n == t.items.len() && o.is_exact(&vm.t.tuple) {
            return Ok(Some(o.clone()));
        }
        return Ok(Some(vm.tuple(pick(&t.items, start, step, n))));
    }
    if let Some(b) = o.downcast::<StrBody>() {
        let (start, _, step, n) = indices(vm, s, b.nchars())?;
        if start == 0 && step == 1 && n == b.nchars() && o.is_exact(&vm.t.str_) {
            return Ok(Some(o.clone()));
        }
        if step == 1 {
            return Ok(Some(vm.str_from_body(b.slice_body(start as usize, start as usize + n))));
        }
        let r = if b.ascii() {
            let bytes = b.as_str().unwrap_or("").as_bytes();
            PyStr::from_code_points(pick(bytes, start, step, n).into_iter().map(u32::from))
        } else {
            let cps: Vec<u32> = b.code_points().collect();
            PyStr::from_code_points(pick(&cps, start, step, n))
        };
        return Ok(Some(vm.pystr(r)));
    }
    Ok(None)
}

/// `lst[slice] = value` and `del lst[slice]` (`list_ass_subscript`). Ok(false) when `k` is
/// not a slice.
pub fn list_assign(vm: &mut Vm, o: &ObjRef, k: &ObjRef, v: Option<ObjRef>) -> PyResult<bool> {
    let Some(s) = k.downcast::<SliceBody>() else { return Ok(false) };
    let l = o.downcast::<ListBody>().unwrap();
    let len = l.items.borrow().len();
    let (start, stop, step, n) = indices(vm, s, len)?;
    match v {
        None => {
            if n == 0 {
                return Ok(true);
            }
            let removed: Vec<ObjRef>;
            {
                let mut items = l.items.borrow_mut();
                let size = items.len();
                if step == 1 {
                    removed = items.drain(start as usize..(start as usize + n)).collect();
                    if size == n {
                        // `list_ass_slice` clears a list that becomes empty (no storage left).
                        *items = Vec::new();
                    }
                } else {
                    let mut drop_at = vec![false; items.len()];
                    for i in 0..n {
                        drop_at[(start + i as i64 * step) as usize] = true;
                    }
                    let mut gone = Vec::with_capacity(n);
                    let mut i = 0;
                    items.retain(|x| {
                        i += 1;
                        if drop_at[i - 1] {
                            gone.push(x.clone());
                        }
                        !drop_at[i - 1]
                    });
                    removed = gone;
                }
                super::listobject::resize(&mut items, size, size - n);
            }
            if step == 1 {
                // `list_ass_slice` releases what it removed last to first.
                super::listobject::release_rev(removed);
            } else {
                // `list_ass_subscript` releases an extended slice in index order.
                drop(removed);
            }
            Ok(true)
        }
        Some(v) => {
            // `a[:] = a` copies first; any iterable is materialised before the list changes.
            let new = if v.is(o) { l.items.borrow().clone() } else { vm.collect(&v).map_err(|e| {
                if e.0.type_of().is(&vm.e.type_error) && tp(&v.type_of()).slots.iter.get().is_none() {
                    vm.type_error("must assign iterable to extended slice")
                } else {
                    e
                }
            })? };
            if step == 1 {
                let stop = (stop.max(start)) as usize;
                let mut items = l.items.borrow_mut();
                let size = items.len();
                let newsize = size + new.len() - (stop - start as usize);
                if newsize > size {
                    super::listobject::resize(&mut items, size, newsize);
                }
                let old: Vec<ObjRef> = items.splice(start as usize..stop, new).collect();
                if newsize == 0 {
                    *items = Vec::new();
                } else if newsize < size {
                    super::listobject::resize(&mut items, size, newsize);
                }
                drop(items);
                super::listobject::release_rev(old);
                return Ok(true);
            }
            if new.len() != n {
                return Err(vm.value_error(&format!(
                    "attempt to assign sequence of size {} to extended slice of size {}",
                    new.len(),
                    n
                )));
            }
            let mut old = Vec::with_capacity(n);
            {
                let mut items = l.items.borrow_mut();
                for (i, x) in new.into_iter().enumerate() {
                    let at = (start + i as i64 * step) as usize;
                    old.push(std::mem::replace(&mut items[at], x));
                }
            }
            drop(old);
            Ok(true)
        }
    }
}

fn slice_repr(vm: &mut Vm, o: &ObjRef) -> PyResult {
    let s = o.downcast::<SliceBody>().unwrap();
    let (a, b, c) = (s.start.clone(), s.stop.clone(), s.step.clone());
    let text = format!("slice({}, {}, {})", vm.repr_string(&a)?, vm.repr_string(&b)?, vm.repr_string(&c)?);
    Ok(vm.str(&text))
}

fn as_tuple(vm: &Vm, o: &ObjRef) -> ObjRef {
    let s = o.downcast::<SliceBody>().unwrap();
    vm.tuple(vec![s.start.clone(), s.stop.clone(), s.step.clone()])
}

fn slice_richcompare(vm: &mut Vm, a: &ObjRef, b: &ObjRef, op: CmpOp) -> PyResult {
    if b.downcast::<SliceBody>().is_none() {
        return Ok(vm.notimpl.clone());
    }
    if a.is(b) && matches!(op, CmpOp::Eq | CmpOp::Ne) {
        return Ok(vm.bool(op == CmpOp::Eq));
    }
    let (ta, tb) = (as_tuple(vm, a), as_tuple(vm, b));
    vm.rich_compare(&ta, &tb, op)
}

/// Slices are hashable since 3.12 (`slicehash`): the tuple hash's xxHash lanes over start,
/// stop and step, without the tuple's final length term.
fn slice_hash(vm: &mut Vm, o: &ObjRef) -> PyResult<i64> {
    const P1: u64 = 11400714785074694791;
    const P2: u64 = 14029467366897019727;
    const P5: u64 = 2870177450012600261;
    let s = o.downcast::<SliceBody>().unwrap();
    let parts = [s.start.clone(), s.stop.clone(), s.step.clone()];
    let mut acc = P5;
    for x in &parts {
        let h = vm.hash(x)? as u64;
        acc = acc.wrapping_add(h.wrapping_mul(P2)).rotate_left(31).wrapping_mul(P1);
    }
    Ok(if acc == u64::MAX { 1546275796 } else { acc as i64 })
}

fn slice_new(vm: &mut Vm, _ty: &ObjRef, args: &[ObjRef], kw: Option<&ObjRef>) -> PyResult {
    if kw.is_some_and(|k| k.downcast::<TupleBody>().is_some_and(|t| !t.items.is_empty())) {
        return Err(vm.type_error("slice() takes no keyword arguments"));
    }
    let none = vm.none.clone();
    match args.len() {
        0 => Err(vm.type_error("slice expected at least 1 argument, got 0")),
        1 => Ok(new_slice(vm, none.clone(), args[0].clone(), none)),
        2 => Ok(new_slice(vm, args[0].clone(), args[1].clone(), none)),
        3 => Ok(new_slice(vm, args[0].clone(), args[1].clone(), args[2].clone())),
        n => Err(vm.type_error(&format!("slice expected at most 3 arguments, got {n}"))),
    }
}

/// `slice.indices(length)`: `_PySlice_GetLongIndices`, exact for any int length.
fn m_indices(vm: &mut Vm, a: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    if a.len() != 2 {
        return Err(vm.type_error(&format!("slice.indices() takes exactly one argument ({} given)", a.len() - 1)));
    }
    let len = super::longobject::index(vm, &a[1])?;
    let len = super::longobject::to_big(&len).expect("an int");
    if len.is_negative() {
        return Err(vm.value_error("length should not be negative"));
    }
    let s = a[0].downcast::<SliceBody>().expect("slice");
    let (start, stop, step) = super::rangeobject::slice_indices(vm, s, &len)?;
    let items = vec![super::longobject::new_int(vm, start), super::longobject::new_int(vm, stop), super::longobject::new_int(vm, step)];
    Ok(vm.tuple(items))
}

fn g_start(vm: &mut Vm, a: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    let _ = vm;
    Ok(a[0].downcast::<SliceBody>().expect("slice").start.clone())
}
fn g_stop(vm: &mut Vm, a: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    let _ = vm;
    Ok(a[0].downcast::<SliceBody>().expect("slice").stop.clone())
}
fn g_step(vm: &mut Vm, a: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    let _ = vm;
    Ok(a[0].downcast::<SliceBody>().expect("slice").step.clone())
}

/// The attribute `name` of a slice (`start`, `stop`, `step`).
pub fn attribute(o: &ObjRef, name: &str) -> Option<ObjRef> {
    let s = o.downcast::<SliceBody>()?;
    match name {
        "start" => Some(s.start.clone()),
        "stop" => Some(s.stop.clone()),
        "step" => Some(s.step.clone()),
        _ => None,
    }
}

pub fn install(vm: &mut Vm) {
    let t = vm.t.slice.clone();
    let s = &tp(&t).slots;
    s.repr.set(Some(slice_repr));
    s.richcompare.set(Some(slice_richcompare));
    s.hash.set(Some(slice_hash));
    s.new.set(Some(slice_new));
    vm.add_method(&t, "indices", m_indices);
    super::longobject::add_getter(vm, &t, "start", g_start);
    super::longobject::add_getter(vm, &t, "stop", g_stop);
    super::longobject::add_getter(vm, &t, "step", g_step);
}
