//! The `_collections` module (Modules/_collectionsmodule.c): `deque`, the double-ended queue,
//! with its iterators. The rest of `collections` (defaultdict, OrderedDict, Counter,
//! namedtuple, ChainMap) is Python, `py/collections.py`, as most of it is in CPython.
//!
//! The items live in a `VecDeque`; CPython's block list is kept only as the one number
//! `getsizeof` shows, the index of the first item in its block (`leftindex`), moved as CPython's
//! operations move it. Every change of length bumps `state`, which the iterators compare to
//! raise "deque mutated during iteration".

use super::{module_dict, new_module, split_kw};
use crate::objects::bodies::*;
use crate::objects::longobject::{self as lo};
use crate::objects::methodargs::{bind, Style};
use crate::objects::object::{alloc, Body, ObjRef};
use crate::objects::typeobject::*;
use crate::vm::Vm;
use std::cell::{Cell, RefCell};
use std::collections::VecDeque;

type Args<'a> = &'a [ObjRef];
type Kw<'a> = Option<&'a ObjRef>;

const BLOCKLEN: i64 = 64;
const CENTER: i64 = (BLOCKLEN - 1) / 2;

pub struct DequeBody {
    items: RefCell<VecDeque<ObjRef>>,
    maxlen: Cell<Option<usize>>,
    state: Cell<u64>,
    /// CPython's `leftindex`: where the first item sits in its 64-slot block.
    left: Cell<i64>,
}
crate::impl_body!(DequeBody, "collections.deque");

pub struct DequeIterBody {
    deque: ObjRef,
    /// Items still to give (counted from the front, or from the back when reversed).
    index: Cell<usize>,
    remaining: Cell<usize>,
    state: u64,
    reverse: bool,
}
crate::impl_body!(DequeIterBody, "deque iterator");

fn dq(o: &ObjRef) -> &DequeBody {
    o.downcast::<DequeBody>().expect("deque")
}

impl DequeBody {
    fn new() -> DequeBody {
        DequeBody { items: RefCell::new(VecDeque::new()), maxlen: Cell::new(None), state: Cell::new(0), left: Cell::new(CENTER + 1) }
    }
    fn bump(&self) {
        self.state.set(self.state.get().wrapping_add(1));
    }
    fn len(&self) -> usize {
        self.items.borrow().len()
    }
    fn shift_left(&self, by: i64) {
        self.left.set((self.left.get() + by).rem_euclid(BLOCKLEN));
    }
    fn recenter_if_empty(&self) {
        if self.items.borrow().is_empty() {
            self.left.set(CENTER + 1);
        }
    }
    /// `deque_append_internal`: append, then drop from the left when over maxlen.
    fn push_back(&self, x: ObjRef) -> Option<ObjRef> {
        self.items.borrow_mut().push_back(x);
        self.bump();
        if self.maxlen.get().is_some_and(|m| self.len() > m) {
            let old = self.items.borrow_mut().pop_front();
            self.shift_left(1);
            return old;
        }
        None
    }
    fn push_front(&self, x: ObjRef) -> Option<ObjRef> {
        self.items.borrow_mut().push_front(x);
        self.shift_left(-1);
        self.bump();
        if self.maxlen.get().is_some_and(|m| self.len() > m) {
            return self.items.borrow_mut().pop_back();
        }
        None
    }
    fn clear(&self) -> VecDeque<ObjRef> {
        let old = std::mem::take(&mut *self.items.borrow_mut());
        self.left.set(CENTER + 1);
        self.bump();
        old
    }
}

fn new_deque(ty: &ObjRef) -> ObjRef {
    alloc(ty, DequeBody::new())
}

/// `deque(iterable=(), maxlen=None)`.
fn deque_new(vm: &mut Vm, ty: &ObjRef, args: Args, kw: Kw) -> PyResult {
    let (pos, kws) = split_kw(args, kw);
    if pos.len() + kws.len() > 2 {
        return Err(vm.type_error(&format!("deque() takes at most 2 arguments ({} given)", pos.len() + kws.len())));
    }
    let mut iterable = pos.first().cloned();
    let mut maxlen = pos.get(1).cloned();
    for (k, v) in kws {
        match k.as_str() {
            "iterable" if iterable.is_none() => iterable = Some(v),
            "maxlen" if maxlen.is_none() => maxlen = Some(v),
            "iterable" | "maxlen" => return Err(vm.type_error(&format!("argument for deque() given by name ('{k}') and position"))),
            _ => return Err(vm.type_error(&format!("deque() got an unexpected keyword argument '{k}'"))),
        }
    }
    let d = new_deque(ty);
    if let Some(m) = maxlen.filter(|m| !m.is(&vm.none)) {
        if lo::view(&m).is_none() && tp(&m.type_of()).slots.nb_index.get().is_none() {
            return Err(vm.type_error("an integer is required"));
        }
        let i = lo::index(vm, &m)?;
        let n = lo::small_int(&i).ok_or_else(|| vm.err(&vm.e.overflow_error.clone(), "Python int too large to convert to C ssize_t"))?;
        if n < 0 {
            return Err(vm.value_error("maxlen must be non-negative"));
        }
        dq(&d).maxlen.set(Some(n as usize));
    }
    if let Some(it) = iterable {
        extend(vm, &d, &it)?;
    }
    Ok(d)
}

fn extend(vm: &mut Vm, d: &ObjRef, iterable: &ObjRef) -> PyResult<()> {
    // Extending a deque by itself reads a copy first (`deque_extend` on `self`).
    let src = if iterable.is(d) { vm.list(dq(d).items.borrow().iter().cloned().collect()) } else { iterable.clone() };
    let it = vm.get_iter(&src)?;
    if dq(d).maxlen.get() == Some(0) {
        while vm.next(&it)?.is_some() {}
        return Ok(());
    }
    while let Some(x) = vm.next(&it)? {
        drop(dq(d).push_back(x));
    }
    Ok(())
}

fn extendleft(vm: &mut Vm, d: &ObjRef, iterable: &ObjRef) -> PyResult<()> {
    let src = if iterable.is(d) { vm.list(dq(d).items.borrow().iter().cloned().collect()) } else { iterable.clone() };
    let it = vm.get_iter(&src)?;
    if dq(d).maxlen.get() == Some(0) {
        while vm.next(&it)?.is_some() {}
        return Ok(());
    }
    while let Some(x) = vm.next(&it)? {
        drop(dq(d).push_front(x));
    }
    Ok(())
}

fn one<'a>(vm: &mut Vm, name: &str, a: Args<'a>, kw: Kw) -> PyResult<&'a ObjRef> {
    bind(vm, &format!("deque.{name}"), &["x"], 1, Style::One, a, kw)?;
    Ok(&a[1])
}

fn none_args(vm: &mut Vm, name: &str, a: Args, kw: Kw) -> PyResult<()> {
    bind(vm, &format!("deque.{name}"), &[], 0, Style::NoArgs, a, kw)?;
    Ok(())
}

fn m_append(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    let x = one(vm, "append", a, kw)?.clone();
    drop(dq(&a[0]).push_back(x));
    Ok(vm.none.clone())
}

fn m_appendleft(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    let x = one(vm, "appendleft", a, kw)?.clone();
    drop(dq(&a[0]).push_front(x));
    Ok(vm.none.clone())
}

fn m_extend(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    let x = one(vm, "extend", a, kw)?.clone();
    extend(vm, &a[0], &x)?;
    Ok(vm.none.clone())
}

fn m_extendleft(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    let x = one(vm, "extendleft", a, kw)?.clone();
    extendleft(vm, &a[0], &x)?;
    Ok(vm.none.clone())
}

fn m_pop(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    none_args(vm, "pop", a, kw)?;
    let d = dq(&a[0]);
    let x = d.items.borrow_mut().pop_back();
    match x {
        Some(x) => {
            d.bump();
            d.recenter_if_empty();
            Ok(x)
        }
        None => Err(vm.err(&vm.e.index_error.clone(), "pop from an empty deque")),
    }
}

fn m_popleft(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    none_args(vm, "popleft", a, kw)?;
    let d = dq(&a[0]);
    let x = d.items.borrow_mut().pop_front();
    match x {
        Some(x) => {
            d.bump();
            d.shift_left(1);
            d.recenter_if_empty();
            Ok(x)
        }
        None => Err(vm.err(&vm.e.index_error.clone(), "pop from an empty deque")),
    }
}

fn m_clear(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    none_args(vm, "clear", a, kw)?;
    drop(dq(&a[0]).clear());
    Ok(vm.none.clone())
}

fn copy_of(vm: &mut Vm, o: &ObjRef) -> PyResult {
    let ty = o.type_of();
    let d = new_deque(&ty);
    let src = dq(o);
    dq(&d).maxlen.set(src.maxlen.get());
    let items: Vec<ObjRef> = src.items.borrow().iter().cloned().collect();
    for x in items {
        drop(dq(&d).push_back(x));
    }
    let _ = vm;
    Ok(d)
}

fn m_copy(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    none_args(vm, "copy", a, kw)?;
    copy_of(vm, &a[0])
}

fn m_dunder_copy(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    none_args(vm, "__copy__", a, kw)?;
    copy_of(vm, &a[0])
}

/// Items compared with `==` one at a time, failing if the deque changes meanwhile.
fn find(vm: &mut Vm, o: &ObjRef, x: &ObjRef, start: usize, stop: usize) -> PyResult<Option<usize>> {
    let d = dq(o);
    let state = d.state.get();
    let mut i = start;
    while i < stop {
        let item = match d.items.borrow().get(i) {
            Some(v) => v.clone(),
            None => break,
        };
        let eq = vm.rich_compare_bool(&item, x, CmpOp::Eq)?;
        if d.state.get() != state {
            return Err(vm.err(&vm.e.runtime_error.clone(), "deque mutated during iteration"));
        }
        if eq {
            return Ok(Some(i));
        }
        i += 1;
    }
    Ok(None)
}

fn m_count(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    let x = one(vm, "count", a, kw)?.clone();
    let d = dq(&a[0]);
    let state = d.state.get();
    let mut n = 0;
    let len = d.len();
    for i in 0..len {
        let Some(item) = d.items.borrow().get(i).cloned() else { break };
        if vm.rich_compare_bool(&item, &x, CmpOp::Eq)? {
            n += 1;
        }
        if d.state.get() != state {
            return Err(vm.err(&vm.e.runtime_error.clone(), "deque mutated during iteration"));
        }
    }
    Ok(vm.int(n))
}

/// A slice bound of `index`/`insert` (`_PyEval_SliceIndexNotNone`), clamped to the length.
fn bound(vm: &mut Vm, o: &ObjRef, n: usize) -> PyResult<usize> {
    if lo::view(o).is_none() && tp(&o.type_of()).slots.nb_index.get().is_none() {
        return Err(vm.type_error("slice indices must be integers or have an __index__ method"));
    }
    let i = lo::index(vm, o)?;
    let v = match lo::small_int(&i) {
        Some(v) => v,
        None => if lo::view(&i).is_some_and(|v| v.is_negative()) { i64::MIN } else { i64::MAX },
    };
    let n = n as i64;
    Ok(if v < 0 { (v.saturating_add(n)).max(0) as usize } else { v.min(n) as usize })
}

fn m_index(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    bind(vm, "index", &["value", "start", "stop"], 1, Style::Positional, a, kw)?;
    let x = a[1].clone();
    let n = dq(&a[0]).len();
    let start = match a.get(2) {
        Some(s) => bound(vm, s, n)?,
        None => 0,
    };
    let stop = match a.get(3) {
        Some(s) => bound(vm, s, n)?,
        None => n,
    };
    match find(vm, &a[0], &x, start, stop)? {
        Some(i) => Ok(vm.int(i as i64)),
        None => {
            let r = vm.repr_string(&x)?;
            Err(vm.value_error(&format!("{r} is not in deque")))
        }
    }
}

fn m_insert(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    bind(vm, "insert", &["index", "value"], 2, Style::Positional, a, kw)?;
    let d = dq(&a[0]);
    let n = d.len();
    if d.maxlen.get().is_some_and(|m| n >= m) {
        return Err(vm.err(&vm.e.index_error.clone(), "deque already at its maximum size"));
    }
    let i = lo::index(vm, &a[1])?;
    let i = lo::small_int(&i).unwrap_or(if lo::view(&i).is_some_and(|v| v.is_negative()) { i64::MIN } else { i64::MAX });
    let n = n as i64;
    let at = if i < 0 { (i.saturating_add(n)).max(0) } else { i.min(n) } as usize;
    if at as i64 >= n {
        drop(d.push_back(a[2].clone()));
    } else {
        d.items.borrow_mut().insert(at, a[2].clone());
        d.shift_left(-1);
        d.bump();
    }
    Ok(vm.none.clone())
}

fn m_remove(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    let x = one(vm, "remove", a, kw)?.clone();
    let n = dq(&a[0]).len();
    match find(vm, &a[0], &x, 0, n)? {
        Some(i) => {
            let d = dq(&a[0]);
            let old = d.items.borrow_mut().remove(i);
            d.shift_left(1);
            d.bump();
            d.recenter_if_empty();
            drop(old);
            Ok(vm.none.clone())
        }
        None => {
            let r = vm.repr_string(&x)?;
            Err(vm.value_error(&format!("{r} is not in deque")))
        }
    }
}

fn m_reverse(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    none_args(vm, "reverse", a, kw)?;
    let d = dq(&a[0]);
    d.items.borrow_mut().make_contiguous().reverse();
    Ok(vm.none.clone())
}

fn m_rotate(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    bind(vm, "rotate", &["n"], 0, Style::Positional, a, kw)?;
    let n = match a.get(1) {
        Some(o) => {
            let i = lo::index(vm, o)?;
            lo::small_int(&i).ok_or_else(|| vm.err(&vm.e.overflow_error.clone(), "Python int too large to convert to C ssize_t"))?
        }
        None => 1,
    };
    let d = dq(&a[0]);
    let len = d.len() as i64;
    if len > 1 && n != 0 {
        let k = n.rem_euclid(len);
        let k = if k > len / 2 { k - len } else { k };
        let mut items = d.items.borrow_mut();
        if k > 0 {
            items.rotate_right(k as usize);
        } else {
            items.rotate_left((-k) as usize);
        }
        drop(items);
        d.shift_left(-k);
        d.bump();
    }
    Ok(vm.none.clone())
}

fn m_reversed(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    none_args(vm, "__reversed__", a, kw)?;
    let ty = iter_type(vm, &a[0], "_deque_reverse_iterator")?;
    let d = dq(&a[0]);
    Ok(alloc(&ty, DequeIterBody { deque: a[0].clone(), index: Cell::new(0), remaining: Cell::new(d.len()), state: d.state.get(), reverse: true }))
}

fn m_sizeof(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    none_args(vm, "__sizeof__", a, kw)?;
    Ok(vm.int((sizeof(&a[0]).unwrap_or(0) - 16) as i64))
}

fn m_class_getitem(vm: &mut Vm, a: Args, _kw: Kw) -> PyResult {
    if a.len() != 2 {
        return Err(vm.type_error(&format!("__class_getitem__() takes exactly one argument ({} given)", a.len() - 1)));
    }
    Ok(crate::objects::genericalias::new_alias(vm, a[0].clone(), a[1].clone(), false))
}

fn maxlen_get(vm: &mut Vm, a: Args, _kw: Kw) -> PyResult {
    Ok(match dq(&a[0]).maxlen.get() {
        Some(m) => vm.int(m as i64),
        None => vm.none.clone(),
    })
}

fn maxlen_set(vm: &mut Vm, _a: Args, _kw: Kw) -> PyResult {
    Err(vm.err(&vm.e.attribute_error.clone(), "attribute 'maxlen' of 'collections.deque' objects is not writable"))
}

fn iter_type(vm: &mut Vm, o: &ObjRef, name: &str) -> PyResult {
    let n = vm.intern(&format!("{name}_type"));
    let ty = o.type_of();
    vm.type_lookup(&ty, &n).ok_or_else(|| vm.type_error("deque: no iterator type"))
}

// ---- slots ----------------------------------------------------------------------------------

fn deque_repr(vm: &mut Vm, o: &ObjRef) -> PyResult {
    let name = tp(&o.type_of()).name();
    let name = name.rsplit('.').next().unwrap_or_default();
    if !vm.repr_enter(o) {
        return Ok(vm.str("[...]"));
    }
    let items: Vec<ObjRef> = dq(o).items.borrow().iter().cloned().collect();
    let r = (|| {
        let mut s = format!("{name}([");
        for (i, x) in items.iter().enumerate() {
            if i > 0 {
                s.push_str(", ");
            }
            s.push_str(&vm.repr_string(x)?);
        }
        s.push_str("]");
        if let Some(m) = dq(o).maxlen.get() {
            s.push_str(&format!(", maxlen={m}"));
        }
        s.push(')');
        Ok(s)
    })();
    vm.repr_leave(o);
    Ok(vm.str(&r?))
}

fn deque_len(_vm: &mut Vm, o: &ObjRef) -> PyResult<usize> {
    Ok(dq(o).len())
}

fn deque_bool(_vm: &mut Vm, o: &ObjRef) -> PyResult<bool> {
    Ok(dq(o).len() > 0)
}

fn item_index(vm: &mut Vm, o: &ObjRef, k: &ObjRef) -> PyResult<usize> {
    if lo::view(k).is_none() && tp(&k.type_of()).slots.nb_index.get().is_none() {
        return Err(vm.type_error(&format!("sequence index must be integer, not '{}'", vm.type_name(k))));
    }
    let i = lo::index(vm, k)?;
    let n = dq(o).len() as i64;
    let i = lo::small_int(&i).ok_or_else(|| vm.err(&vm.e.index_error.clone(), "cannot fit 'int' into an index-sized integer"))?;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.err(&vm.e.index_error.clone(), "deque index out of range"));
    }
    Ok(j as usize)
}

fn deque_getitem(vm: &mut Vm, o: &ObjRef, k: &ObjRef) -> PyResult {
    let i = item_index(vm, o, k)?;
    Ok(dq(o).items.borrow()[i].clone())
}

fn deque_setitem(vm: &mut Vm, o: &ObjRef, k: &ObjRef, v: Option<ObjRef>) -> PyResult<()> {
    let i = item_index(vm, o, k)?;
    let d = dq(o);
    match v {
        Some(v) => {
            let old = std::mem::replace(&mut d.items.borrow_mut()[i], v);
            drop(old);
        }
        None => {
            let old = d.items.borrow_mut().remove(i);
            d.shift_left(1);
            d.bump();
            d.recenter_if_empty();
            drop(old);
        }
    }
    Ok(())
}

fn deque_contains(vm: &mut Vm, o: &ObjRef, x: &ObjRef) -> PyResult<bool> {
    let n = dq(o).len();
    Ok(find(vm, o, x, 0, n)?.is_some())
}

fn deque_iter(vm: &mut Vm, o: &ObjRef) -> PyResult {
    let ty = iter_type(vm, o, "_deque_iterator")?;
    let d = dq(o);
    Ok(alloc(&ty, DequeIterBody { deque: o.clone(), index: Cell::new(0), remaining: Cell::new(d.len()), state: d.state.get(), reverse: false }))
}

fn deque_hash(vm: &mut Vm, o: &ObjRef) -> PyResult<i64> {
    let _ = o;
    Err(vm.type_error("unhashable type: 'collections.deque'"))
}

fn deque_compare(vm: &mut Vm, a: &ObjRef, b: &ObjRef, op: CmpOp) -> PyResult {
    if a.downcast::<DequeBody>().is_none() || b.downcast::<DequeBody>().is_none() {
        return Ok(vm.notimpl.clone());
    }
    let (x, y) = (dq(a), dq(b));
    let (n, m) = (x.len(), y.len());
    if n != m && matches!(op, CmpOp::Eq | CmpOp::Ne) {
        return Ok(vm.bool(op == CmpOp::Ne));
    }
    let mut i = 0;
    loop {
        let (p, q) = (x.items.borrow().get(i).cloned(), y.items.borrow().get(i).cloned());
        let (Some(p), Some(q)) = (p, q) else { break };
        if !vm.rich_compare_bool(&p, &q, CmpOp::Eq)? {
            if op == CmpOp::Eq {
                return Ok(vm.bool(false));
            }
            if op == CmpOp::Ne {
                return Ok(vm.bool(true));
            }
            return vm.rich_compare(&p, &q, op);
        }
        i += 1;
    }
    let (n, m) = (x.len(), y.len());
    Ok(vm.bool(op.holds(&n, &m)))
}

/// `deque + deque` and `deque * n` / `n * deque` (sq_concat, sq_repeat).
fn deque_number(vm: &mut Vm, a: &ObjRef, b: &ObjRef, op: u32) -> PyResult {
    match op {
        0 => {
            if a.downcast::<DequeBody>().is_none() {
                return Ok(vm.notimpl.clone());
            }
            if b.downcast::<DequeBody>().is_none() {
                return Err(vm.type_error(&format!("can only concatenate deque (not \"{}\") to deque", vm.type_name(b))));
            }
            let r = copy_of(vm, a)?;
            let items: Vec<ObjRef> = dq(b).items.borrow().iter().cloned().collect();
            for x in items {
                drop(dq(&r).push_back(x));
            }
            Ok(r)
        }
        5 => {
            let (d, n) = if a.downcast::<DequeBody>().is_some() { (a, b) } else { (b, a) };
            if lo::view(n).is_none() && tp(&n.type_of()).slots.nb_index.get().is_none() {
                // `deque * x` reaches sq_repeat, which wants an index; `x * deque` is x's to refuse.
                if d.is(a) && !tp(&b.type_of()).has_flag(tpflags::HEAPTYPE) {
                    return Err(vm.type_error(&format!("can't multiply sequence by non-int of type '{}'", vm.type_name(b))));
                }
                return Ok(vm.notimpl.clone());
            }
            let r = copy_of(vm, d)?;
            repeat_in_place(vm, &r, n)?;
            Ok(r)
        }
        _ => Ok(vm.notimpl.clone()),
    }
}

fn repeat_in_place(vm: &mut Vm, d: &ObjRef, n: &ObjRef) -> PyResult<()> {
    let i = lo::index(vm, n)?;
    let n = lo::small_int(&i).unwrap_or(i64::MAX);
    let b = dq(d);
    if n <= 0 {
        drop(b.clear());
        return Ok(());
    }
    let items: Vec<ObjRef> = b.items.borrow().iter().cloned().collect();
    if items.is_empty() || n == 1 {
        return Ok(());
    }
    let total = (items.len() as i64).saturating_mul(n);
    if b.maxlen.get().is_none() && total > (1 << 40) {
        return Err(vm.no_memory());
    }
    for _ in 1..n {
        for x in &items {
            drop(b.push_back(x.clone()));
        }
    }
    Ok(())
}

fn m_iadd(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    let x = one(vm, "__iadd__", a, kw)?.clone();
    extend(vm, &a[0], &x)?;
    Ok(a[0].clone())
}

fn m_imul(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    let x = one(vm, "__imul__", a, kw)?.clone();
    if lo::view(&x).is_none() && tp(&x.type_of()).slots.nb_index.get().is_none() {
        return Ok(vm.notimpl.clone());
    }
    repeat_in_place(vm, &a[0], &x)?;
    Ok(a[0].clone())
}

fn m_init(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    // `deque.__init__` on an existing deque: cleared, then filled again.
    let fresh = deque_new(vm, &a[0].type_of(), &a[1..], kw)?;
    let d = dq(&a[0]);
    drop(d.clear());
    d.maxlen.set(dq(&fresh).maxlen.get());
    let items: Vec<ObjRef> = dq(&fresh).items.borrow().iter().cloned().collect();
    for x in items {
        drop(d.push_back(x));
    }
    Ok(vm.none.clone())
}

// ---- iterators ------------------------------------------------------------------------------

fn it_next(vm: &mut Vm, o: &ObjRef) -> PyResult<Option<ObjRef>> {
    let it = o.downcast::<DequeIterBody>().expect("deque iterator");
    let d = dq(&it.deque);
    if d.state.get() != it.state {
        it.remaining.set(0);
        return Err(vm.err(&vm.e.runtime_error.clone(), "deque mutated during iteration"));
    }
    if it.remaining.get() == 0 {
        return Ok(None);
    }
    let i = it.index.get();
    let items = d.items.borrow();
    let x = if it.reverse { items.get(items.len() - 1 - i).cloned() } else { items.get(i).cloned() };
    drop(items);
    it.index.set(i + 1);
    it.remaining.set(it.remaining.get() - 1);
    Ok(x)
}

fn it_length_hint(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    bind(vm, "__length_hint__", &[], 0, Style::NoArgs, a, kw)?;
    let it = a[0].downcast::<DequeIterBody>().expect("deque iterator");
    Ok(vm.int(it.remaining.get() as i64))
}

fn self_iter(_vm: &mut Vm, o: &ObjRef) -> PyResult {
    Ok(o.clone())
}

/// `sys.getsizeof` of a deque: the object, its blocks of 64 slots (`deque_sizeof`), and the
/// GC header.
pub fn sizeof(o: &ObjRef) -> Option<usize> {
    let d = o.downcast::<DequeBody>()?;
    let blocks = (d.left.get() as usize + d.len() + BLOCKLEN as usize - 1) / BLOCKLEN as usize;
    Some(216 + blocks.max(1) * (BLOCKLEN as usize * 8 + 16) + 16)
}

/// `OrderedDict.__sizeof__` (Objects/odictobject.c `odict_sizeof`) for the Python-written
/// OrderedDict: the `PyODictObject` struct (112 bytes) with the dict's tables, the fast-lookup
/// node array (one pointer per index slot) and one 32-byte list node per item.
fn odict_sizeof(vm: &mut Vm, a: Args, _kw: Kw) -> PyResult {
    let Some(d) = a.first().and_then(|o| o.downcast::<DictBody>()) else {
        return Err(vm.type_error("_odict_sizeof() argument must be an OrderedDict"));
    };
    let t = d.table.borrow();
    let nodes = if t.is_empty() { 0 } else { (8usize << t.log2_size()) + 32 * t.len() };
    Ok(vm.int((112 + t.sizeof_tables() + nodes) as i64))
}

pub fn make(vm: &mut Vm) -> PyResult {
    let m = new_module(vm, "_collections");
    let d = module_dict(&m);
    let (meta, object) = (vm.t.type_.clone(), vm.t.object.clone());
    let mk = |vm: &mut Vm, name: &str, layout, size| {
        let ty = crate::vm::new_type(Some(&meta), &format!("collections.{name}"), layout, Some(&object), size, 0);
        *tp(&ty).qualname.borrow_mut() = name.to_string();
        *tp(&ty).module.borrow_mut() = "collections".to_string();
        *tp(&ty).dict.borrow_mut() = Some(vm.new_dict());
        tp(&ty).flags.set((tp(&ty).flags.get() & !tpflags::BASETYPE) | tpflags::SPEC_TYPE);
        ty
    };
    let deque = mk(vm, "deque", DequeBody::layout(), 216);
    let fwd = mk(vm, "_deque_iterator", DequeIterBody::layout(), 48);
    let rev = mk(vm, "_deque_reverse_iterator", DequeIterBody::layout(), 48);
    {
        let s = &tp(&deque).slots;
        s.new.set(Some(deque_new));
        s.repr.set(Some(deque_repr));
        s.mp_length.set(Some(deque_len));
        s.nb_bool.set(Some(deque_bool));
        s.mp_subscript.set(Some(deque_getitem));
        s.mp_ass_subscript.set(Some(deque_setitem));
        s.sq_contains.set(Some(deque_contains));
        s.iter.set(Some(deque_iter));
        s.hash.set(Some(deque_hash));
        s.richcompare.set(Some(deque_compare));
        s.nb_number.set(Some(deque_number));
    }
    let methods: &[(&'static str, NativeFn)] = &[
        ("__copy__", m_dunder_copy),
        ("__iadd__", m_iadd),
        ("__imul__", m_imul),
        ("__init__", m_init),
        ("__reversed__", m_reversed),
        ("__sizeof__", m_sizeof),
        ("append", m_append),
        ("appendleft", m_appendleft),
        ("clear", m_clear),
        ("copy", m_copy),
        ("count", m_count),
        ("extend", m_extend),
        ("extendleft", m_extendleft),
        ("index", m_index),
        ("insert", m_insert),
        ("pop", m_pop),
        ("popleft", m_popleft),
        ("remove", m_remove),
        ("reverse", m_reverse),
        ("rotate", m_rotate),
    ];
    for (name, f) in methods {
        vm.add_method(&deque, name, *f);
    }
    let getter = vm.builtin_fn("maxlen", maxlen_get, None);
    let setter = vm.builtin_fn("maxlen", maxlen_set, None);
    let none = vm.none.clone();
    let prop = alloc(&vm.t.property.clone(), PropertyBody { fget: Some(getter), fset: Some(setter), fdel: None, doc: Some(none), getter_doc: false });
    vm.type_set(&deque, "maxlen", prop);
    let f = vm.builtin_fn("__class_getitem__", m_class_getitem, None);
    let cm = alloc(&vm.t.classmethod.clone(), ClassMethodBody { f });
    vm.type_set(&deque, "__class_getitem__", cm);
    vm.type_set(&deque, "_deque_iterator_type", fwd.clone());
    vm.type_set(&deque, "_deque_reverse_iterator_type", rev.clone());
    let hn = vm.none.clone();
    vm.type_set(&deque, "__hash__", hn);
    for t in [&fwd, &rev] {
        let s = &tp(t).slots;
        s.iter.set(Some(self_iter));
        s.iternext.set(Some(it_next));
        vm.add_method(t, "__next__", crate::objects::iterobject::m_next);
        vm.add_method(t, "__iter__", crate::objects::iterobject::m_iter);
        vm.add_method(t, "__length_hint__", it_length_hint);
    }
    vm.dict_set_str(&d, "deque", deque);
    let f = vm.builtin_fn("_odict_sizeof", odict_sizeof, None);
    vm.dict_set_str(&d, "_odict_sizeof", f);
    vm.dict_set_str(&d, "_deque_iterator", fwd);
    vm.dict_set_str(&d, "_deque_reverse_iterator", rev);
    Ok(m)
}
