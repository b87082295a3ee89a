//! List storage growth and the list, tuple and range methods that take arguments
//! (Objects/listobject.c, Objects/tupleobject.c, Objects/rangeobject.c).
//!
//! A list's items are a `Vec` whose capacity is CPython's `allocated`, so `getsizeof` follows
//! how the list was built: `list_resize` over-allocates by about 1/8 on growth and gives memory
//! back below half use; `list_preallocate_exact` sizes a list made from a list, tuple or sized
//! iterable; `list_extend` presizes from `__length_hint__` and cuts back at the end.

use super::bodies::*;
use super::methodargs::{bind, Style};
use super::object::ObjRef;
use super::typeobject::{tp, PyResult};
use crate::vm::Vm;

type Args<'a> = &'a [ObjRef];
type Kw<'a> = Option<&'a ObjRef>;

/// The most items a list may hold in pyref: CPython raises MemoryError when the allocation
/// fails, which depends on the machine; pyref raises it above this bound (2 GiB of pointers).
pub const MAX_ITEMS: usize = 1 << 28;

/// Releases `items` last to first, as CPython's list and tuple deallocation, `_list_clear` and
/// `list_ass_slice` do (visible through the order `__del__` methods run in).
pub fn release_rev(mut items: Vec<ObjRef>) {
    while let Some(x) = items.pop() {
        drop(x);
    }
}

/// `list_dealloc`: the items go last to first.
impl Drop for ListBody {
    fn drop(&mut self) {
        let v = self.items.get_mut();
        while let Some(x) = v.pop() {
            drop(x);
        }
    }
}

/// `tupledealloc`: the items go last to first.
impl Drop for TupleBody {
    #[inline]
    fn drop(&mut self) {
        let items = std::mem::take(&mut self.items);
        let n = items.len();
        let p = Box::into_raw(items) as *mut ObjRef;
        for i in (0..n).rev() {
            // SAFETY: `p` points at `n` initialised items that nothing else owns now (the box
            // was taken apart above); each is dropped once.
            unsafe { std::ptr::drop_in_place(p.add(i)) };
        }
        // SAFETY: the same allocation, rebuilt with an element type of the same layout whose
        // drop does nothing (the items are gone): this only frees the storage.
        drop(unsafe { Box::from_raw(std::ptr::slice_from_raw_parts_mut(p as *mut std::mem::MaybeUninit<ObjRef>, n)) });
    }
}

/// `list_resize`: the capacity for a list going from `old_len` to `newsize` items. Called
/// before a growth (the caller then pushes) or after a shrink (the items are already gone).
pub fn resize(v: &mut Vec<ObjRef>, old_len: usize, newsize: usize) {
    let allocated = v.capacity();
    if allocated >= newsize && newsize >= allocated >> 1 {
        return;
    }
    let mut new_allocated = (newsize + (newsize >> 3) + 6) & !3;
    if newsize > old_len && newsize - old_len > new_allocated - newsize {
        new_allocated = (newsize + 3) & !3;
    }
    if newsize == 0 {
        new_allocated = 0;
    }
    set_capacity(v, new_allocated);
}

fn set_capacity(v: &mut Vec<ObjRef>, cap: usize) {
    if cap > v.capacity() {
        v.reserve_exact(cap - v.len());
    } else {
        v.shrink_to(cap);
    }
}

/// `list_preallocate_exact` for a list with no storage yet: `n` rounded up to even.
fn preallocate_exact(v: &mut Vec<ObjRef>, n: usize) {
    set_capacity(v, (n + 1) & !1);
}

/// `_PyList_AppendTakeRef` / `app1`.
pub fn append(l: &ListBody, x: ObjRef) {
    let mut v = l.items.borrow_mut();
    let n = v.len();
    if n == v.capacity() {
        resize(&mut v, n, n + 1);
    }
    v.push(x);
}

/// `PyObject_LengthHint`: `len()` if defined, else `__length_hint__`, else `default`.
pub fn length_hint(vm: &mut Vm, o: &ObjRef, default: usize) -> PyResult<usize> {
    let ty = o.type_of();
    if tp(&ty).slots.mp_length.get().is_some() {
        match vm.len(o) {
            Ok(n) => return Ok(n),
            Err(e) if e.0.type_of().is(&vm.e.type_error) => {}
            Err(e) => return Err(e),
        }
    }
    let Some(f) = vm.lookup_special(o, "__length_hint__")? else { return Ok(default) };
    let r = match vm.call(&f, &[], None) {
        Ok(r) => r,
        Err(e) if e.0.type_of().is(&vm.e.type_error) => return Ok(default),
        Err(e) => return Err(e),
    };
    if r.is(&vm.notimpl) {
        return Ok(default);
    }
    let Some(n) = super::longobject::small_int(&r).filter(|_| r.downcast::<IntBody>().is_some()) else {
        return Err(vm.type_error(&format!("__length_hint__ must be an integer, not {}", vm.type_name(&r))));
    };
    if n < 0 {
        return Err(vm.value_error("__length_hint__() should return >= 0"));
    }
    Ok(n as usize)
}

/// Appends `items` (already materialised) the way `list_extend_fast`, `list_extend_set` and
/// `list_extend_dict` do: exact (even) preallocation into an empty list from a list or tuple,
/// `list_resize(m + n)` otherwise.
fn extend_known(l: &ListBody, items: Vec<ObjRef>, fast: bool) {
    let n = items.len();
    if n == 0 {
        return;
    }
    let mut v = l.items.borrow_mut();
    let m = v.len();
    if fast && v.capacity() == 0 {
        preallocate_exact(&mut v, n);
    } else {
        resize(&mut v, m, m + n);
    }
    v.extend(items);
}

/// `_list_extend`: `list.extend(iterable)`, `list += iterable`, `list(iterable)`.
pub fn extend(vm: &mut Vm, list: &ObjRef, iterable: &ObjRef) -> PyResult<()> {
    let l = list.downcast::<ListBody>().expect("list");
    if iterable.is(list) {
        return inplace_repeat(vm, l, 2);
    }
    if iterable.is_exact(&vm.t.list) || iterable.is_exact(&vm.t.tuple) {
        let items = vm.collect(iterable)?;
        extend_known(l, items, true);
        return Ok(());
    }
    let exact_set = iterable.is_exact(&vm.t.set) || iterable.is_exact(&vm.t.frozenset);
    let vt = &vm.t.dictview;
    let dictlike = iterable.is_exact(&vm.t.dict) || [&vt.keys, &vt.values, &vt.items].iter().any(|t| iterable.type_of().is(t));
    if exact_set || dictlike {
        let items = vm.collect(iterable)?;
        extend_known(l, items, false);
        return Ok(());
    }
    // `list_extend_iter`: presize from the length hint, fill, then give back what is unused.
    let it = vm.get_iter(iterable)?;
    let n = length_hint(vm, iterable, 8)?;
    {
        let mut v = l.items.borrow_mut();
        let m = v.len();
        if v.capacity() == 0 {
            if n > 0 {
                preallocate_exact(&mut v, n.min(MAX_ITEMS));
            }
        } else {
            resize(&mut v, m, m + n.min(MAX_ITEMS));
        }
    }
    let mut cur = crate::eval::gen::Cursor::new(vm, it);
    while let Some(x) = cur.next(vm)? {
        append(l, x);
    }
    let mut v = l.items.borrow_mut();
    let m = v.len();
    if m < v.capacity() {
        resize(&mut v, m, m);
    }
    Ok(())
}

/// `PySequence_List`: a new list of `iterable`'s items (`list(x)`, `sorted(x)`).
pub fn sequence_list(vm: &mut Vm, iterable: &ObjRef) -> PyResult {
    let l = vm.list(Vec::new());
    extend(vm, &l, iterable)?;
    Ok(l)
}

/// `list_inplace_repeat`: `list *= n`.
pub fn inplace_repeat(vm: &mut Vm, l: &ListBody, n: i64) -> PyResult<()> {
    let size = l.items.borrow().len();
    if size == 0 || n == 1 {
        return Ok(());
    }
    if n < 1 {
        let old = std::mem::take(&mut *l.items.borrow_mut());
        release_rev(old);
        return Ok(());
    }
    let Some(out) = size.checked_mul(n as usize).filter(|&t| t <= MAX_ITEMS) else {
        return Err(vm.no_memory());
    };
    let mut v = l.items.borrow_mut();
    resize(&mut v, size, out);
    for _ in 1..n {
        for i in 0..size {
            let x = v[i].clone();
            v.push(x);
        }
    }
    Ok(())
}

/// `list_repeat`: `list * n` into a list of exactly the product's size.
pub fn repeat(vm: &mut Vm, src: &[ObjRef], n: i64) -> PyResult<Vec<ObjRef>> {
    if src.is_empty() || n <= 0 {
        return Ok(Vec::new());
    }
    let Some(out) = src.len().checked_mul(n as usize).filter(|&t| t <= MAX_ITEMS) else {
        return Err(vm.no_memory());
    };
    let mut v = Vec::with_capacity(out);
    for _ in 0..n {
        v.extend(src.iter().cloned());
    }
    Ok(v)
}

/// `list_concat`: exactly the sum of the sizes.
pub fn concat(a: &[ObjRef], b: &[ObjRef]) -> Vec<ObjRef> {
    let mut v = Vec::with_capacity(a.len() + b.len());
    v.extend(a.iter().cloned());
    v.extend(b.iter().cloned());
    v
}

/// Removes `i` from a list and shrinks as `list_ass_slice` does.
pub fn remove_at(l: &ListBody, i: usize) -> ObjRef {
    let mut v = l.items.borrow_mut();
    let n = v.len();
    let x = v.remove(i);
    resize(&mut v, n, n - 1);
    x
}

/// UNPACK_EX's `unpack_iterable`: `before` items, a list of the rest (built by
/// `PySequence_List` on the iterator, so presized from its length hint), and `after` items
/// taken back off that list's end without shrinking it.
pub fn unpack_ex(vm: &mut Vm, v: &ObjRef, before: usize, after: usize) -> PyResult<(Vec<ObjRef>, ObjRef, Vec<ObjRef>)> {
    let ty = v.type_of();
    if tp(&ty).slots.iter.get().is_none() {
        return Err(vm.type_error(&format!("cannot unpack non-iterable {} object", tp(&ty).name())));
    }
    let it = vm.get_iter(v)?;
    let mut head = Vec::with_capacity(before);
    for i in 0..before {
        match vm.next(&it)? {
            Some(x) => head.push(x),
            None => return Err(vm.value_error(&format!("not enough values to unpack (expected at least {}, got {i})", before + after))),
        }
    }
    let l = sequence_list(vm, &it)?;
    let body = l.downcast::<ListBody>().expect("a list");
    let n = body.items.borrow().len();
    if n < after {
        return Err(vm.value_error(&format!("not enough values to unpack (expected at least {}, got {})", before + after, before + n)));
    }
    let tail: Vec<ObjRef> = body.items.borrow_mut().drain(n - after..).collect();
    Ok((head, l, tail))
}

fn m_striter_length_hint(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    bind(vm, "__length_hint__", &[], 0, Style::NoArgs, a, kw)?;
    let it = a[0].downcast::<StrIterBody>().expect("str iterator");
    Ok(vm.int(it.chars.len().saturating_sub(it.index.get()) as i64))
}

// ---- list methods ---------------------------------------------------------------------------

fn list(o: &ObjRef) -> &ListBody {
    o.downcast::<ListBody>().expect("list")
}

fn m_append(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    let p = bind(vm, "list.append", &["object"], 1, Style::One, a, kw)?;
    append(list(&a[0]), p[0].clone().expect("bound"));
    Ok(vm.none.clone())
}

fn m_extend(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    let p = bind(vm, "list.extend", &["iterable"], 1, Style::One, a, kw)?;
    extend(vm, &a[0], p[0].as_ref().expect("bound"))?;
    Ok(vm.none.clone())
}

fn m_insert(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    let p = bind(vm, "insert", &["index", "object"], 2, Style::Positional, a, kw)?;
    let i = super::str_type::int_arg(vm, p[0].as_ref().expect("bound"))?;
    let l = list(&a[0]);
    let mut v = l.items.borrow_mut();
    let n = v.len();
    let j = if i < 0 { (i + n as i64).max(0) as usize } else { (i as usize).min(n) };
    resize(&mut v, n, n + 1);
    v.insert(j, p[1].clone().expect("bound"));
    Ok(vm.none.clone())
}

fn m_pop(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    let p = bind(vm, "pop", &["index"], 0, Style::Positional, a, kw)?;
    let i = match &p[0] {
        Some(x) => super::str_type::int_arg(vm, x)?,
        None => -1,
    };
    let l = list(&a[0]);
    let n = l.items.borrow().len() as i64;
    if n == 0 {
        return Err(vm.err(&vm.e.index_error.clone(), "pop from empty list"));
    }
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.err(&vm.e.index_error.clone(), "pop index out of range"));
    }
    Ok(remove_at(l, j as usize))
}

/// The first index in `start..stop` (clamped like a slice) whose item equals `x`; the list is
/// re-read at every step, as `__eq__` may change it.
fn find(vm: &mut Vm, seq: &ObjRef, x: &ObjRef, start: i64, stop: i64) -> PyResult<Option<usize>> {
    let len = |o: &ObjRef| -> usize {
        if let Some(l) = o.downcast::<ListBody>() { l.items.borrow().len() } else { o.downcast::<TupleBody>().map(|t| t.items.len()).unwrap_or(0) }
    };
    let n = len(seq) as i64;
    let fit = |i: i64| if i < 0 { (i + n).max(0) } else { i };
    let (mut i, stop) = (fit(start) as usize, fit(stop) as usize);
    while i < stop && i < len(seq) {
        let item = if let Some(l) = seq.downcast::<ListBody>() { l.items.borrow()[i].clone() } else { seq.downcast::<TupleBody>().expect("tuple").items[i].clone() };
        if vm.eq(&item, x)? {
            return Ok(Some(i));
        }
        i += 1;
    }
    Ok(None)
}

/// `_PyEval_SliceIndexNotNone`: a start/stop argument of `index`.
fn slice_index(vm: &mut Vm, o: &Option<ObjRef>, default: i64) -> PyResult<i64> {
    let Some(o) = o else { return Ok(default) };
    if let Some(i) = o.downcast::<IntBody>() {
        return Ok(i.sat());
    }
    match super::str_type::index_value(vm, o)? {
        Some(v) => Ok(v),
        None => Err(vm.type_error("slice indices must be integers or have an __index__ method")),
    }
}

fn index_impl(vm: &mut Vm, a: Args, kw: Kw, what: &str) -> PyResult {
    let p = bind(vm, "index", &["value", "start", "stop"], 1, Style::Positional, a, kw)?;
    let x = p[0].clone().expect("bound");
    let start = slice_index(vm, &p[1], 0)?;
    let stop = slice_index(vm, &p[2], i64::MAX)?;
    match find(vm, &a[0], &x, start, stop)? {
        Some(i) => Ok(vm.int(i as i64)),
        None if what == "list" => {
            let r = vm.repr_string(&x)?;
            Err(vm.value_error(&format!("{r} is not in list")))
        }
        None => Err(vm.value_error("tuple.index(x): x not in tuple")),
    }
}

fn m_list_index(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    index_impl(vm, a, kw, "list")
}

fn m_tuple_index(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    index_impl(vm, a, kw, "tuple")
}

fn count_impl(vm: &mut Vm, a: Args, kw: Kw, qual: &str) -> PyResult {
    let p = bind(vm, qual, &["value"], 1, Style::One, a, kw)?;
    let x = p[0].clone().expect("bound");
    let mut n = 0;
    let mut i = 0;
    loop {
        let item = if let Some(l) = a[0].downcast::<ListBody>() {
            l.items.borrow().get(i).cloned()
        } else {
            a[0].downcast::<TupleBody>().and_then(|t| t.items.get(i).cloned())
        };
        let Some(item) = item else { break };
        if vm.eq(&item, &x)? {
            n += 1;
        }
        i += 1;
    }
    Ok(vm.int(n))
}

fn m_list_count(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    count_impl(vm, a, kw, "list.count")
}

fn m_tuple_count(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    count_impl(vm, a, kw, "tuple.count")
}

fn m_remove(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    let p = bind(vm, "list.remove", &["value"], 1, Style::One, a, kw)?;
    let x = p[0].clone().expect("bound");
    match find(vm, &a[0], &x, 0, i64::MAX)? {
        Some(i) => {
            let old = remove_at(list(&a[0]), i);
            drop(old);
            Ok(vm.none.clone())
        }
        None => Err(vm.value_error("list.remove(x): x not in list")),
    }
}

fn m_clear(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    bind(vm, "list.clear", &[], 0, Style::NoArgs, a, kw)?;
    let old = std::mem::take(&mut *list(&a[0]).items.borrow_mut());
    // `_list_clear` releases the items last to first (finalizers run in that order).
    release_rev(old);
    Ok(vm.none.clone())
}

fn m_copy(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    bind(vm, "list.copy", &[], 0, Style::NoArgs, a, kw)?;
    let v = list(&a[0]).items.borrow().clone();
    Ok(vm.list(v))
}

fn m_reverse(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    bind(vm, "list.reverse", &[], 0, Style::NoArgs, a, kw)?;
    list(&a[0]).items.borrow_mut().reverse();
    Ok(vm.none.clone())
}

/// `listiter_len` / `tupleiter_len`: the items not yet returned.
fn m_seqiter_length_hint(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    bind(vm, "__length_hint__", &[], 0, Style::NoArgs, a, kw)?;
    let it = a[0].downcast::<SeqIterBody>().expect("sequence iterator");
    let seq = it.seq.borrow().clone();
    let n = match seq {
        Some(s) => {
            let len = if let Some(l) = s.downcast::<ListBody>() { l.items.borrow().len() } else { s.downcast::<TupleBody>().map(|t| t.items.len()).unwrap_or(0) };
            len.saturating_sub(it.index.get())
        }
        None => 0,
    };
    Ok(vm.int(n as i64))
}

fn m_rangeiter_length_hint(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    bind(vm, "__length_hint__", &[], 0, Style::NoArgs, a, kw)?;
    let it = a[0].downcast::<RangeIterBody>().expect("range iterator");
    Ok(vm.int(it.left.get().max(0)))
}

pub fn install(vm: &mut Vm) {
    let l = vm.t.list.clone();
    let methods: [(&'static str, NativeFn); 10] = [
        ("append", m_append),
        ("extend", m_extend),
        ("insert", m_insert),
        ("pop", m_pop),
        ("remove", m_remove),
        ("index", m_list_index),
        ("count", m_list_count),
        ("clear", m_clear),
        ("copy", m_copy),
        ("reverse", m_reverse),
    ];
    for (name, f) in methods {
        vm.add_method(&l, name, f);
    }
    let t = vm.t.tuple.clone();
    vm.add_method(&t, "index", m_tuple_index);
    vm.add_method(&t, "count", m_tuple_count);
    for it in [vm.t.list_iter.clone(), vm.t.tuple_iter.clone()] {
        vm.add_method(&it, "__length_hint__", m_seqiter_length_hint);
    }
    for si in [vm.t.str_iter.clone(), vm.t.str_uni_iter.clone()] {
        vm.add_method(&si, "__length_hint__", m_striter_length_hint);
    }
    let ri = vm.t.range_iter.clone();
    vm.add_method(&ri, "__length_hint__", m_rangeiter_length_hint);
}

/// `a == b` between two objects of the same exact native type whose comparison runs no Python
/// code (int, str, float); None when another type is involved.
fn native_eq(vm: &Vm, a: &ObjRef, b: &ObjRef) -> Option<bool> {
    let ta = a.type_of_borrowed();
    if !b.is_exact(&ta) {
        return None;
    }
    if ta.is(&vm.t.int) {
        match (a.downcast::<IntBody>()?, b.downcast::<IntBody>()?) {
            (IntBody::Small(x), IntBody::Small(y)) => Some(x == y),
            _ => None,
        }
    } else if ta.is(&vm.t.str_) {
        Some(a.downcast::<StrBody>()?.as_bytes() == b.downcast::<StrBody>()?.as_bytes())
    } else if ta.is(&vm.t.float) {
        Some(a.downcast::<FloatBody>()?.v == b.downcast::<FloatBody>()?.v)
    } else {
        None
    }
}

/// `a < b` when it can be told without running Python code: both exact ints (machine-sized),
/// strs, floats, or tuples of such that differ at an item of those types (the sort's
/// counterpart of CPython's pre-checked `unsafe_*_compare`). Same answer as `<` would give;
/// None sends the caller to the generic comparison.
pub fn native_lt(vm: &Vm, a: &ObjRef, b: &ObjRef) -> Option<bool> {
    let ta = a.type_of_borrowed();
    if !b.is_exact(&ta) {
        return None;
    }
    if ta.is(&vm.t.int) {
        match (a.downcast::<IntBody>()?, b.downcast::<IntBody>()?) {
            (IntBody::Small(x), IntBody::Small(y)) => Some(x < y),
            _ => None,
        }
    } else if ta.is(&vm.t.str_) {
        // Generalized UTF-8 sorts bytewise in code point order.
        Some(a.downcast::<StrBody>()?.as_bytes() < b.downcast::<StrBody>()?.as_bytes())
    } else if ta.is(&vm.t.float) {
        Some(a.downcast::<FloatBody>()?.v < b.downcast::<FloatBody>()?.v)
    } else if ta.is(&vm.t.tuple) {
        // tuplerichcompare: the first items that are not equal (identity counts as equal)
        // decide; all equal, the shorter tuple is less.
        let (x, y) = (&a.downcast::<TupleBody>()?.items, &b.downcast::<TupleBody>()?.items);
        for (p, q) in x.iter().zip(y.iter()) {
            if p.is(q) || native_eq(vm, p, q)? {
                continue;
            }
            return native_lt(vm, p, q);
        }
        Some(x.len() < y.len())
    } else {
        None
    }
}
