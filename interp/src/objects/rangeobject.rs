//! `range`, `range_iterator` and `longrange_iterator` (Objects/rangeobject.c).
//!
//! A range keeps its bounds as machine integers when start, stop, step and length all fit in
//! i64 (the common case, iterated by FOR_ITER without allocation); otherwise it carries the exact
//! values as arbitrary-precision ints, as CPython's range holds PyLong objects. `len()` raises
//! OverflowError past sys.maxsize, but indexing, slicing, containment and iteration do not.

use super::bodies::*;
use super::int::Int;
use super::longobject::{new_int, to_big};
use super::methodargs::{bind, Style};
use super::object::{alloc, ObjRef};
use super::typeobject::{tp, CmpOp, PyResult};
use crate::vm::Vm;
use std::cell::{Cell, RefCell};
use std::cmp::Ordering;

type Args<'a> = &'a [ObjRef];
type Kw<'a> = Option<&'a ObjRef>;

/// The exact bounds of a range whose values do not all fit in i64.
pub struct BigRange {
    pub start: Int,
    pub stop: Int,
    pub step: Int,
    pub len: Int,
}

/// `longrange_iterator`: the next value, the step and how many are left.
pub struct LongRangeIterBody {
    pub state: RefCell<(Int, Int, Int)>,
}
crate::impl_body!(LongRangeIterBody, "longrange_iterator");

/// start, stop, step, len of a range as ints.
pub fn parts(r: &RangeBody) -> (Int, Int, Int, Int) {
    match &r.big {
        Some(b) => (b.start.clone(), b.stop.clone(), b.step.clone(), b.len.clone()),
        None => (Int::from_i64(r.start), Int::from_i64(r.stop), Int::from_i64(r.step), Int::from_i64(r.len)),
    }
}

fn zero() -> Int {
    Int::zero()
}

/// `compute_range_length`.
fn length(start: &Int, stop: &Int, step: &Int) -> Int {
    let (lo, hi, step) = if step.is_negative() { (stop.clone(), start.clone(), step.neg()) } else { (start.clone(), stop.clone(), step.clone()) };
    if lo.cmp(&hi) != Ordering::Less {
        return zero();
    }
    let diff = hi.sub(&lo).sub(&Int::one());
    let (q, _) = diff.divmod_floor(&step).expect("step is not zero");
    q.add(&Int::one())
}

/// A range object from exact bounds (step not zero).
pub fn make(ty: &ObjRef, start: Int, stop: Int, step: Int) -> ObjRef {
    let len = length(&start, &stop, &step);
    match (start.to_i64(), stop.to_i64(), step.to_i64(), len.to_i64()) {
        (Some(a), Some(b), Some(c), Some(n)) => alloc(ty, RangeBody { start: a, stop: b, step: c, len: n, big: None }),
        _ => alloc(ty, RangeBody { start: 0, stop: 0, step: 1, len: 0, big: Some(Box::new(BigRange { start, stop, step, len })) }),
    }
}

fn body(o: &ObjRef) -> &RangeBody {
    o.downcast::<RangeBody>().expect("range")
}

/// `range(...)` when every argument is an int that fits in i64 (a subclass's value included, as
/// `PyNumber_Index` takes it without calling `__index__`) and so is the length: computed in
/// i128 with no big-int arithmetic. None otherwise (a zero step included, for its error).
fn small_range(ty: &ObjRef, args: Args) -> Option<ObjRef> {
    let small = |o: &ObjRef| o.downcast::<IntBody>().and_then(IntBody::small);
    let (start, stop, step) = match args {
        [b] => (0, small(b)?, 1),
        [a, b] => (small(a)?, small(b)?, 1),
        [a, b, c] => (small(a)?, small(b)?, small(c)?),
        _ => return None,
    };
    let (lo, hi, st) = if step < 0 { (stop as i128, start as i128, -(step as i128)) } else { (start as i128, stop as i128, step as i128) };
    if st == 0 {
        return None;
    }
    let len = if lo < hi { (hi - lo - 1) / st + 1 } else { 0 };
    let len = i64::try_from(len).ok()?;
    Some(alloc(ty, RangeBody { start, stop, step, len, big: None }))
}

fn range_new(vm: &mut Vm, ty: &ObjRef, args: Args, kw: Kw) -> PyResult {
    if kw.is_some_and(|k| k.downcast::<TupleBody>().is_some_and(|t| !t.items.is_empty())) {
        return Err(vm.type_error("range() takes no keyword arguments"));
    }
    if args.is_empty() {
        return Err(vm.type_error("range expected at least 1 argument, got 0"));
    }
    if args.len() > 3 {
        return Err(vm.type_error(&format!("range expected at most 3 arguments, got {}", args.len())));
    }
    if let Some(r) = small_range(ty, args) {
        return Ok(r);
    }
    let mut v = Vec::with_capacity(3);
    for a in args {
        let i = super::longobject::index(vm, a)?;
        v.push(to_big(&i).expect("an int"));
    }
    let (start, stop, step) = match v.len() {
        1 => (zero(), v.pop().expect("one"), Int::one()),
        2 => {
            let stop = v.pop().expect("two");
            (v.pop().expect("two"), stop, Int::one())
        }
        _ => {
            let step = v.pop().expect("three");
            let stop = v.pop().expect("three");
            (v.pop().expect("three"), stop, step)
        }
    };
    if step.is_zero() {
        return Err(vm.value_error("range() arg 3 must not be zero"));
    }
    Ok(make(ty, start, stop, step))
}

fn range_repr(vm: &mut Vm, o: &ObjRef) -> PyResult {
    let (start, stop, step, _) = parts(body(o));
    let s = if step.cmp(&Int::one()) == Ordering::Equal {
        format!("range({}, {})", start.to_decimal(), stop.to_decimal())
    } else {
        format!("range({}, {}, {})", start.to_decimal(), stop.to_decimal(), step.to_decimal())
    };
    Ok(vm.str(&s))
}

fn range_len(vm: &mut Vm, o: &ObjRef) -> PyResult<usize> {
    let r = body(o);
    match &r.big {
        None => return Ok(r.len as usize),
        Some(b) => {
            if let Some(n) = b.len.to_i64() {
                return Ok(n as usize);
            }
        }
    }
    Err(vm.err(&vm.e.overflow_error, "Python int too large to convert to C ssize_t"))
}

fn range_bool(_vm: &mut Vm, o: &ObjRef) -> PyResult<bool> {
    let r = body(o);
    Ok(match &r.big {
        None => r.len != 0,
        Some(b) => !b.len.is_zero(),
    })
}

/// `compute_item`: start + i * step.
fn item(r: &RangeBody, i: &Int) -> Int {
    match (&r.big, i.to_i64()) {
        (None, Some(i)) => Int::from_i128(r.start as i128 + i as i128 * r.step as i128),
        _ => {
            let (start, _, step, _) = parts(r);
            start.add(&i.mul(&step))
        }
    }
}

/// `_PySlice_GetLongIndices`: start, stop, step of a slice fitted to `len`, as ints.
pub fn slice_indices(vm: &mut Vm, s: &super::sliceobject::SliceBody, len: &Int) -> PyResult<(Int, Int, Int)> {
    let idx = |vm: &mut Vm, o: &ObjRef| -> PyResult<Option<Int>> {
        if o.is(&vm.none) {
            return Ok(None);
        }
        if super::longobject::view(o).is_none() && tp(&o.type_of()).slots.nb_index.get().is_none() {
            let name = vm.intern("__index__");
            if vm.type_lookup(&o.type_of(), &name).is_none() {
                return Err(vm.type_error("slice indices must be integers or None or have an __index__ method"));
            }
        }
        let i = super::longobject::index(vm, o)?;
        Ok(to_big(&i))
    };
    let step = idx(vm, &s.step)?.unwrap_or_else(Int::one);
    if step.is_zero() {
        return Err(vm.value_error("slice step cannot be zero"));
    }
    let neg = step.is_negative();
    let minus_one = Int::from_i64(-1);
    let (lower, upper) = if neg { (minus_one.clone(), len.add(&minus_one)) } else { (zero(), len.clone()) };
    let fit = |v: Option<Int>, default: &Int| -> Int {
        match v {
            None => default.clone(),
            Some(v) => {
                if v.is_negative() {
                    let w = v.add(len);
                    if w.cmp(&lower) == Ordering::Less { lower.clone() } else { w }
                } else if v.cmp(&upper) == Ordering::Greater {
                    upper.clone()
                } else {
                    v
                }
            }
        }
    };
    let start = idx(vm, &s.start)?;
    let stop = idx(vm, &s.stop)?;
    let start = fit(start, if neg { &upper } else { &lower });
    let stop = fit(stop, if neg { &lower } else { &upper });
    Ok((start, stop, step))
}

fn range_getitem(vm: &mut Vm, o: &ObjRef, k: &ObjRef) -> PyResult {
    let r = body(o);
    if let Some(s) = k.downcast::<super::sliceobject::SliceBody>() {
        let (_, _, rstep, len) = parts(r);
        let (a, b, c) = slice_indices(vm, s, &len)?;
        let (start, stop, step) = (item(r, &a), item(r, &b), c.mul(&rstep));
        return Ok(make(&vm.t.range.clone(), start, stop, step));
    }
    let name = vm.intern("__index__");
    if super::longobject::view(k).is_none() && vm.type_lookup(&k.type_of(), &name).is_none() {
        return Err(vm.type_error(&format!("range indices must be integers or slices, not {}", vm.type_name(k))));
    }
    let i = super::longobject::index(vm, k)?;
    let mut i = to_big(&i).expect("an int");
    let (_, _, _, len) = parts(r);
    if i.is_negative() {
        i = i.add(&len);
    }
    if i.is_negative() || i.cmp(&len) != Ordering::Less {
        return Err(vm.err(&vm.e.index_error, "range object index out of range"));
    }
    Ok(new_int(vm, item(r, &i)))
}

/// The position of the int `v` in the range, if it is an element.
fn position(r: &RangeBody, v: &Int) -> Option<Int> {
    if let (None, Some(v)) = (&r.big, v.to_i64()) {
        let off = v as i128 - r.start as i128;
        let step = r.step as i128;
        if off % step != 0 {
            return None;
        }
        let i = off / step;
        return (i >= 0 && i < r.len as i128).then(|| Int::from_i128(i));
    }
    let (start, _, step, len) = parts(r);
    let (q, rem) = v.sub(&start).divmod_floor(&step)?;
    (rem.is_zero() && !q.is_negative() && q.cmp(&len) == Ordering::Less).then_some(q)
}

fn is_int_exact(vm: &Vm, o: &ObjRef) -> bool {
    o.is_exact(&vm.t.int) || o.is_exact(&vm.t.bool_)
}

fn range_contains(vm: &mut Vm, o: &ObjRef, k: &ObjRef) -> PyResult<bool> {
    if is_int_exact(vm, k) {
        let v = to_big(k).expect("an int");
        return Ok(position(body(o), &v).is_some());
    }
    let it = vm.get_iter(o)?;
    while let Some(y) = vm.next(&it)? {
        if vm.eq(&y, k)? {
            return Ok(true);
        }
    }
    Ok(false)
}

/// `range_equals`: same length, and then the same start and (for two or more items) step.
fn range_richcompare(vm: &mut Vm, a: &ObjRef, b: &ObjRef, op: CmpOp) -> PyResult {
    if b.downcast::<RangeBody>().is_none() || !matches!(op, CmpOp::Eq | CmpOp::Ne) {
        return Ok(vm.notimpl.clone());
    }
    let eq = a.is(b) || {
        let (s1, _, st1, l1) = parts(body(a));
        let (s2, _, st2, l2) = parts(body(b));
        l1 == l2 && (l1.is_zero() || (s1 == s2 && (l1 == Int::one() || st1 == st2)))
    };
    Ok(vm.bool(eq == (op == CmpOp::Eq)))
}

/// `range_hash`: the hash of (len, start, step), with None for what does not matter.
fn range_hash(vm: &mut Vm, o: &ObjRef) -> PyResult<i64> {
    let (start, _, step, len) = parts(body(o));
    let none = vm.none.clone();
    let one = Int::one();
    let items = vec![
        new_int(vm, len.clone()),
        if len.is_zero() { none.clone() } else { new_int(vm, start) },
        if len.is_zero() || len == one { none } else { new_int(vm, step) },
    ];
    let t = vm.tuple(items);
    vm.hash(&t)
}

fn range_iter(vm: &mut Vm, o: &ObjRef) -> PyResult {
    let r = body(o);
    if r.big.is_none() {
        return Ok(alloc(&vm.t.range_iter, RangeIterBody { next: Cell::new(r.start), step: r.step, left: Cell::new(r.len) }));
    }
    let (start, _, step, len) = parts(r);
    Ok(alloc(&vm.t.iters.longrange.clone(), LongRangeIterBody { state: RefCell::new((start, step, len)) }))
}

/// `range.__reversed__`: from the last item backwards.
fn m_reversed(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    bind(vm, "range.__reversed__", &[], 0, Style::NoArgs, a, kw)?;
    let r = body(&a[0]);
    let (start, _, step, len) = parts(r);
    let last = if len.is_zero() { start.clone() } else { start.add(&len.sub(&Int::one()).mul(&step)) };
    let back = step.neg();
    if let (Some(s), Some(st), Some(n)) = (last.to_i64(), back.to_i64(), len.to_i64()) {
        return Ok(alloc(&vm.t.range_iter, RangeIterBody { next: Cell::new(s), step: st, left: Cell::new(n) }));
    }
    Ok(alloc(&vm.t.iters.longrange.clone(), LongRangeIterBody { state: RefCell::new((last, back, len)) }))
}

fn longiter_next(vm: &mut Vm, o: &ObjRef) -> PyResult<Option<ObjRef>> {
    let it = o.downcast::<LongRangeIterBody>().expect("longrange_iterator");
    let mut st = it.state.borrow_mut();
    if st.2.is_zero() || st.2.is_negative() {
        return Ok(None);
    }
    let v = st.0.clone();
    st.0 = st.0.add(&st.1);
    st.2 = st.2.sub(&Int::one());
    drop(st);
    Ok(Some(new_int(vm, v)))
}

fn m_longiter_length_hint(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    bind(vm, "__length_hint__", &[], 0, Style::NoArgs, a, kw)?;
    let n = a[0].downcast::<LongRangeIterBody>().expect("longrange_iterator").state.borrow().2.clone();
    Ok(new_int(vm, n))
}

fn self_iter(_vm: &mut Vm, o: &ObjRef) -> PyResult {
    Ok(o.clone())
}

/// `range.index(value)`: arithmetic for ints; otherwise a search by equality
/// (`_PySequence_IterSearch`), whose error is the generic sequence one.
fn m_index(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    let p = bind(vm, "range.index", &["value"], 1, Style::One, a, kw)?;
    let x = p[0].clone().expect("bound");
    if is_int_exact(vm, &x) {
        let v = to_big(&x).expect("an int");
        if let Some(i) = position(body(&a[0]), &v) {
            return Ok(new_int(vm, i));
        }
        let s = vm.repr_string(&x)?;
        return Err(vm.value_error(&format!("{s} is not in range")));
    }
    let it = vm.get_iter(&a[0])?;
    let mut i = 0;
    while let Some(y) = vm.next(&it)? {
        if vm.eq(&y, &x)? {
            return Ok(vm.int(i));
        }
        i += 1;
    }
    Err(vm.value_error("sequence.index(x): x not in sequence"))
}

fn m_count(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    let p = bind(vm, "range.count", &["value"], 1, Style::One, a, kw)?;
    let x = p[0].clone().expect("bound");
    if is_int_exact(vm, &x) {
        let v = to_big(&x).expect("an int");
        let found = position(body(&a[0]), &v).is_some();
        return Ok(vm.int(found as i64));
    }
    let it = vm.get_iter(&a[0])?;
    let mut n = 0;
    while let Some(y) = vm.next(&it)? {
        if vm.eq(&y, &x)? {
            n += 1;
        }
    }
    Ok(vm.int(n))
}

fn g_start(vm: &mut Vm, a: Args, _kw: Kw) -> PyResult {
    Ok(new_int(vm, parts(body(&a[0])).0))
}
fn g_stop(vm: &mut Vm, a: Args, _kw: Kw) -> PyResult {
    Ok(new_int(vm, parts(body(&a[0])).1))
}
fn g_step(vm: &mut Vm, a: Args, _kw: Kw) -> PyResult {
    Ok(new_int(vm, parts(body(&a[0])).2))
}

pub fn install(vm: &mut Vm) {
    let r = vm.t.range.clone();
    let s = &tp(&r).slots;
    s.new.set(Some(range_new));
    s.repr.set(Some(range_repr));
    s.mp_length.set(Some(range_len));
    s.nb_bool.set(Some(range_bool));
    s.mp_subscript.set(Some(range_getitem));
    s.sq_contains.set(Some(range_contains));
    s.richcompare.set(Some(range_richcompare));
    s.hash.set(Some(range_hash));
    s.iter.set(Some(range_iter));
    vm.add_method(&r, "index", m_index);
    vm.add_method(&r, "count", m_count);
    vm.add_method(&r, "__reversed__", m_reversed);
    super::longobject::add_getter(vm, &r, "start", g_start);
    super::longobject::add_getter(vm, &r, "stop", g_stop);
    super::longobject::add_getter(vm, &r, "step", g_step);
    let li = vm.t.iters.longrange.clone();
    if tp(&li).dict.borrow().is_none() {
        *tp(&li).dict.borrow_mut() = Some(vm.new_dict());
    }
    tp(&li).slots.iter.set(Some(self_iter));
    tp(&li).slots.iternext.set(Some(longiter_next));
    vm.add_method(&li, "__length_hint__", m_longiter_length_hint);
}
