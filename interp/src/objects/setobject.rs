//! `set` and `frozenset` as runtime types (Objects/setobject.c): constructors, the operators,
//! the methods, iteration, comparison, `repr` and the frozenset hash, on top of the set table in
//! [`super::set`], which reproduces CPython's slot layout so that iteration order matches.
//!
//! Every operation walks the operands in the order CPython's C code does (which set is iterated
//! and which is probed, when the table is resized up front), because that order decides the
//! order of the result.
//!
//! Equality of keys can run Python code (`__eq__`), which may touch the set itself. Lookups
//! therefore probe in two steps: one pass over the table collects the keys with an equal hash
//! (settling the common cases, identical objects and exact str/int, without Python), then those
//! candidates are compared with the table released.

use super::bodies::*;
use super::object::{alloc, ObjRef};
use super::set::SetTable;
use super::typeobject::{tp, CmpOp, PyErr, PyResult};
use crate::vm::Vm;
use std::cell::{Cell, RefCell};

/// The body of `set` and `frozenset` instances (the type says which one).
pub struct SetBody {
    pub table: RefCell<SetTable<ObjRef>>,
    /// A frozenset's cached hash (`-1` until computed).
    pub hash: Cell<i64>,
}
crate::impl_body!(SetBody, "set", gc);

/// `set_iterator`: the set, the count seen at creation (to detect a size change) and a position.
pub struct SetIterBody {
    pub set: RefCell<Option<ObjRef>>,
    pub used: usize,
    pub pos: Cell<usize>,
}
crate::impl_body!(SetIterBody, "set_iterator", gc);

fn body(o: &ObjRef) -> &SetBody {
    o.downcast::<SetBody>().expect("a set")
}

pub fn is_anyset(o: &ObjRef) -> bool {
    o.downcast::<SetBody>().is_some()
}

/// Equality settled without running Python: identity, exact str, exact int.
fn known_eq(vm: &Vm, a: &ObjRef, b: &ObjRef) -> Option<bool> {
    if a.is(b) {
        return Some(true);
    }
    let (ta, tb) = (a.type_of(), b.type_of());
    if ta.is(&vm.t.str_) && tb.is(&vm.t.str_) {
        let (x, y) = (a.downcast::<StrBody>()?, b.downcast::<StrBody>()?);
        return Some(x.same_text(y));
    }
    if ta.is(&vm.t.int) && tb.is(&vm.t.int) {
        let (x, y) = (a.downcast::<IntBody>()?.small()?, b.downcast::<IntBody>()?.small()?);
        return Some(x == y);
    }
    None
}

/// The stored key equal to `key` (with hash `h`), if any.
fn find(vm: &mut Vm, set: &ObjRef, h: i64, key: &ObjRef) -> PyResult<Option<ObjRef>> {
    let mut found = None;
    let mut candidates = Vec::new();
    {
        let t = body(set).table.borrow();
        let _ = t.contains::<()>(h, key, |_, _| false, |stored, k| {
            match known_eq(vm, stored, k) {
                Some(true) => {
                    found = Some(stored.clone());
                    Ok(true)
                }
                Some(false) => Ok(false),
                None => {
                    candidates.push(stored.clone());
                    Ok(false)
                }
            }
        });
    }
    if found.is_some() {
        return Ok(found);
    }
    for c in candidates {
        if vm.eq(&c, key)? {
            return Ok(Some(c));
        }
    }
    Ok(None)
}

/// `set_add_entry`: adds `key` unless an equal key is present. Returns whether it was added.
pub fn add_hashed(vm: &mut Vm, set: &ObjRef, h: i64, key: ObjRef) -> PyResult<bool> {
    if find(vm, set, h, &key)?.is_some() {
        return Ok(false);
    }
    let _ = body(set).table.borrow_mut().add::<()>(h, key, |a, b| a.is(b), |_, _| Ok(false));
    Ok(true)
}

pub fn add(vm: &mut Vm, set: &ObjRef, key: ObjRef) -> PyResult<bool> {
    let h = vm.hash(&key)?;
    add_hashed(vm, set, h, key)
}

/// `set_discard_entry`: true if an equal key was there.
fn discard_hashed(vm: &mut Vm, set: &ObjRef, h: i64, key: &ObjRef) -> PyResult<bool> {
    let Some(stored) = find(vm, set, h, key)? else { return Ok(false) };
    let _ = body(set).table.borrow_mut().discard::<()>(h, &stored, |a, b| a.is(b), |_, _| Ok(false));
    Ok(true)
}

/// The hash used to look `key` up in a set: a set being looked up stands for the frozenset
/// with the same elements (`set_contains`/`set_discard` retry with a temporary frozenset).
fn lookup_hash(vm: &mut Vm, key: &ObjRef) -> PyResult<i64> {
    match vm.hash(key) {
        Ok(h) => Ok(h),
        Err(e) if is_anyset(key) && e.0.type_of().is(&vm.e.type_error) => Ok(frozen_hash_of(&body(key).table.borrow())),
        Err(e) => Err(e),
    }
}

pub fn contains(vm: &mut Vm, set: &ObjRef, key: &ObjRef) -> PyResult<bool> {
    let h = lookup_hash(vm, key)?;
    Ok(find(vm, set, h, key)?.is_some())
}

fn entries(set: &ObjRef) -> Vec<(i64, ObjRef)> {
    body(set).table.borrow().iter_hashed().map(|(h, k)| (h, k.clone())).collect()
}

fn len(set: &ObjRef) -> usize {
    body(set).table.borrow().len()
}

/// A new empty set of `ty` (set, frozenset or a subclass's base behaviour).
pub fn new_set(vm: &Vm, ty: &ObjRef) -> ObjRef {
    let _ = vm;
    alloc(ty, SetBody { table: RefCell::new(SetTable::new()), hash: Cell::new(-1) })
}

/// `make_new_set_basetype`: results of operators on subclasses are plain sets/frozensets.
fn base_type(vm: &Vm, o: &ObjRef) -> ObjRef {
    if super::typeobject::is_subtype(&o.type_of(), &vm.t.frozenset) {
        vm.t.frozenset.clone()
    } else {
        vm.t.set.clone()
    }
}

/// `set_update_internal`: merge a set, a dict's keys or any iterable into `set`.
pub fn update(vm: &mut Vm, set: &ObjRef, other: &ObjRef) -> PyResult<()> {
    if is_anyset(other) {
        if other.is(set) {
            return Ok(());
        }
        // All keys of `other` are distinct and hashed: a structural merge, unless an equal
        // but not identical key may already be present (then add one by one).
        let theirs = body(other).table.borrow().clone();
        if len(set) == 0 {
            let _ = body(set).table.borrow_mut().merge::<()>(&theirs, |a, b| a.is(b), |_, _| Ok(false));
            return Ok(());
        }
        body(set).table.borrow_mut().reserve_for_merge(theirs.len());
        for (h, k) in theirs.iter_hashed() {
            add_hashed(vm, set, h, k.clone())?;
        }
        return Ok(());
    }
    if other.is_exact(&vm.t.dict) {
        let keys: Vec<ObjRef> = other.downcast::<DictBody>().unwrap().table.borrow().iter().map(|(k, _)| k.clone()).collect();
        body(set).table.borrow_mut().reserve_for_merge(keys.len());
        for k in keys {
            add(vm, set, k)?;
        }
        return Ok(());
    }
    let it = vm.get_iter(other)?;
    while let Some(k) = vm.next(&it)? {
        add(vm, set, k)?;
    }
    Ok(())
}

/// `set_copy`: the same elements in a new set of the base type.
fn copy_of(vm: &mut Vm, o: &ObjRef) -> PyResult {
    let r = new_set(vm, &base_type(vm, o));
    update(vm, &r, o)?;
    Ok(r)
}

fn shuffle_bits(h: u64) -> u64 {
    ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167)
}

/// `frozenset_hash` over a table: the xor of the shuffled hashes of the elements (empty and
/// dummy slots cancel out in CPython's version), mixed with the size.
fn frozen_hash_of(t: &SetTable<ObjRef>) -> i64 {
    let mut hash: u64 = 0;
    for (h, _) in t.iter_hashed() {
        hash ^= shuffle_bits(h as u64);
    }
    hash ^= (t.len() as u64 + 1).wrapping_mul(1927868237);
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash.wrapping_mul(69069).wrapping_add(907133923);
    if hash == u64::MAX {
        hash = 590923713;
    }
    hash as i64
}

fn frozenset_hash(_vm: &mut Vm, o: &ObjRef) -> PyResult<i64> {
    let b = body(o);
    if b.hash.get() == -1 {
        b.hash.set(frozen_hash_of(&b.table.borrow()));
    }
    Ok(b.hash.get())
}

fn set_len(_vm: &mut Vm, o: &ObjRef) -> PyResult<usize> {
    Ok(len(o))
}

fn set_contains(vm: &mut Vm, o: &ObjRef, k: &ObjRef) -> PyResult<bool> {
    contains(vm, o, k)
}

fn set_repr(vm: &mut Vm, o: &ObjRef) -> PyResult {
    let ty = o.type_of();
    let name = tp(&ty).name();
    if !vm.repr_enter(o) {
        return Ok(vm.str(&format!("{name}(...)")));
    }
    let r = (|| {
        let keys: Vec<ObjRef> = entries(o).into_iter().map(|(_, k)| k).collect();
        if keys.is_empty() {
            return Ok(format!("{name}()"));
        }
        let mut s = String::new();
        for (i, k) in keys.iter().enumerate() {
            if i > 0 {
                s.push_str(", ");
            }
            s.push_str(&vm.repr_string(k)?);
        }
        Ok(if ty.is(&vm.t.set) { format!("{{{s}}}") } else { format!("{name}({{{s}}})") })
    })();
    vm.repr_leave(o);
    let s: String = r?;
    Ok(vm.str(&s))
}

fn set_iter(vm: &mut Vm, o: &ObjRef) -> PyResult {
    Ok(alloc(&vm.t.set_iter, SetIterBody { set: RefCell::new(Some(o.clone())), used: len(o), pos: Cell::new(0) }))
}

fn set_iter_next(vm: &mut Vm, it: &ObjRef) -> PyResult<Option<ObjRef>> {
    let b = it.downcast::<SetIterBody>().unwrap();
    let Some(set) = b.set.borrow().clone() else { return Ok(None) };
    let t = body(&set).table.borrow();
    if t.len() != b.used {
        drop(t);
        // Once broken, the iterator stays exhausted.
        *b.set.borrow_mut() = None;
        return Err(vm.err(&vm.e.runtime_error, "Set changed size during iteration"));
    }
    match t.next_from(b.pos.get()) {
        Some((next_pos, k)) => {
            b.pos.set(next_pos);
            Ok(Some(k.clone()))
        }
        None => {
            drop(t);
            *b.set.borrow_mut() = None;
            Ok(None)
        }
    }
}

fn set_iter_length_hint(vm: &mut Vm, a: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    let b = a[0].downcast::<SetIterBody>().unwrap();
    let n = match &*b.set.borrow() {
        Some(s) => {
            let t = body(s).table.borrow();
            if t.len() == b.used { t.count_from(b.pos.get()) } else { 0 }
        }
        None => 0,
    };
    Ok(vm.int(n as i64))
}

/// `set_issubset`.
fn issubset(vm: &mut Vm, a: &ObjRef, other: &ObjRef) -> PyResult<bool> {
    if !is_anyset(other) {
        let tmp = intersection(vm, a, other)?;
        return Ok(len(&tmp) == len(a));
    }
    if len(a) > len(other) {
        return Ok(false);
    }
    for (h, k) in entries(a) {
        if find(vm, other, h, &k)?.is_none() {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `set_issuperset`.
fn issuperset(vm: &mut Vm, a: &ObjRef, other: &ObjRef) -> PyResult<bool> {
    if is_anyset(other) {
        return issubset(vm, other, a);
    }
    let it = vm.get_iter(other)?;
    while let Some(k) = vm.next(&it)? {
        if !contains(vm, a, &k)? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn set_richcompare(vm: &mut Vm, a: &ObjRef, b: &ObjRef, op: CmpOp) -> PyResult {
    if !is_anyset(b) {
        return Ok(vm.notimpl.clone());
    }
    let r = match op {
        CmpOp::Eq | CmpOp::Ne => {
            let eq = len(a) == len(b) && {
                let (ha, hb) = (body(a).hash.get(), body(b).hash.get());
                !(ha != -1 && hb != -1 && ha != hb) && issubset(vm, a, b)?
            };
            eq == (op == CmpOp::Eq)
        }
        CmpOp::Le => issubset(vm, a, b)?,
        CmpOp::Ge => issuperset(vm, a, b)?,
        CmpOp::Lt => len(a) < len(b) && issubset(vm, a, b)?,
        CmpOp::Gt => len(a) > len(b) && issuperset(vm, a, b)?,
    };
    Ok(vm.bool(r))
}

/// `set_intersection`.
fn intersection(vm: &mut Vm, so: &ObjRef, other: &ObjRef) -> PyResult {
    if so.is(other) {
        return copy_of(vm, so);
    }
    let result = new_set(vm, &base_type(vm, so));
    if is_anyset(other) {
        let (big, small) = if len(other) > len(so) { (other, so) } else { (so, other) };
        for (h, k) in entries(small) {
            if find(vm, big, h, &k)?.is_some() {
                add_hashed(vm, &result, h, k)?;
            }
        }
        return Ok(result);
    }
    let it = vm.get_iter(other)?;
    while let Some(k) = vm.next(&it)? {
        let h = vm.hash(&k)?;
        if find(vm, so, h, &k)?.is_some() {
            add_hashed(vm, &result, h, k)?;
            if len(&result) >= len(so) {
                break;
            }
        }
    }
    Ok(result)
}

/// `set_difference_update_internal`.
fn difference_update(vm: &mut Vm, so: &ObjRef, other: &ObjRef) -> PyResult<()> {
    if so.is(other) {
        body(so).table.borrow_mut().clear();
        return Ok(());
    }
    if is_anyset(other) {
        let other = if (len(other) >> 3) > len(so) { intersection(vm, so, other)? } else { other.clone() };
        for (h, k) in entries(&other) {
            discard_hashed(vm, so, h, &k)?;
        }
    } else {
        let it = vm.get_iter(other)?;
        while let Some(k) = vm.next(&it)? {
            let h = lookup_hash(vm, &k)?;
            discard_hashed(vm, so, h, &k)?;
        }
    }
    body(so).table.borrow_mut().shrink_dummies();
    Ok(())
}

/// `set_difference`.
fn difference(vm: &mut Vm, so: &ObjRef, other: &ObjRef) -> PyResult {
    let other_size = if is_anyset(other) {
        Some(len(other))
    } else if other.is_exact(&vm.t.dict) {
        Some(other.downcast::<DictBody>().unwrap().table.borrow().len())
    } else {
        None
    };
    match other_size {
        Some(n) if (len(so) >> 2) <= n => {
            let result = new_set(vm, &base_type(vm, so));
            let is_dict = !is_anyset(other);
            for (h, k) in entries(so) {
                let present = if is_dict { vm.dict_get(other, &k)?.is_some() } else { find(vm, other, h, &k)?.is_some() };
                if !present {
                    add_hashed(vm, &result, h, k)?;
                }
            }
            Ok(result)
        }
        _ => {
            let result = copy_of(vm, so)?;
            difference_update(vm, &result, other)?;
            Ok(result)
        }
    }
}

/// `set_symmetric_difference_update_set` (and the dict/iterable forms, which come here after
/// turning `other` into a set or walking the dict's keys).
fn symmetric_difference_update(vm: &mut Vm, so: &ObjRef, other: &ObjRef) -> PyResult<()> {
    if so.is(other) {
        body(so).table.borrow_mut().clear();
        return Ok(());
    }
    let items: Vec<(i64, ObjRef)> = if is_anyset(other) {
        entries(other)
    } else if other.is_exact(&vm.t.dict) {
        let keys: Vec<ObjRef> = other.downcast::<DictBody>().unwrap().table.borrow().iter().map(|(k, _)| k.clone()).collect();
        let mut v = Vec::with_capacity(keys.len());
        for k in keys {
            v.push((vm.hash(&k)?, k));
        }
        v
    } else {
        let tmp = new_set(vm, &vm.t.set.clone());
        update(vm, &tmp, other)?;
        entries(&tmp)
    };
    for (h, k) in items {
        if !discard_hashed(vm, so, h, &k)? {
            add_hashed(vm, so, h, k)?;
        }
    }
    Ok(())
}

fn symmetric_difference(vm: &mut Vm, so: &ObjRef, other: &ObjRef) -> PyResult {
    let result = new_set(vm, &base_type(vm, so));
    update(vm, &result, other)?;
    symmetric_difference_update(vm, &result, so)?;
    Ok(result)
}

/// The operators `| & - ^` and their in-place forms (`op` is the BINARY_OP number; in-place
/// forms are 13 higher and mutate a `set`).
pub fn set_number(vm: &mut Vm, a: &ObjRef, b: &ObjRef, op: u32) -> PyResult {
    if !is_anyset(a) || !is_anyset(b) {
        return Ok(vm.notimpl.clone());
    }
    let inplace = op >= 13 && super::typeobject::is_subtype(&a.type_of(), &vm.t.set);
    let base = if op >= 13 { op - 13 } else { op };
    if inplace {
        match base {
            7 => update(vm, a, b)?,
            1 => {
                let tmp = intersection(vm, a, b)?;
                swap_tables(a, &tmp);
            }
            10 => difference_update(vm, a, b)?,
            12 => symmetric_difference_update(vm, a, b)?,
            _ => return Ok(vm.notimpl.clone()),
        }
        return Ok(a.clone());
    }
    match base {
        7 => {
            let r = copy_of(vm, a)?;
            update(vm, &r, b)?;
            Ok(r)
        }
        1 => intersection(vm, a, b),
        10 => difference(vm, a, b),
        12 => symmetric_difference(vm, a, b),
        _ => Ok(vm.notimpl.clone()),
    }
}

fn swap_tables(a: &ObjRef, b: &ObjRef) {
    std::mem::swap(&mut *body(a).table.borrow_mut(), &mut *body(b).table.borrow_mut());
}

// ---- constructors ----------------------------------------------------------------------

fn set_new(vm: &mut Vm, ty: &ObjRef, args: &[ObjRef], kw: Option<&ObjRef>) -> PyResult {
    let frozen = super::typeobject::is_subtype(ty, &vm.t.frozenset);
    let name = if frozen { "frozenset" } else { "set" };
    if kw.is_some_and(|k| k.downcast::<TupleBody>().is_some_and(|t| !t.items.is_empty())) && (ty.is(&vm.t.set) || ty.is(&vm.t.frozenset)) {
        return Err(vm.type_error(&format!("{name}() takes no keyword arguments")));
    }
    if args.len() > 1 {
        return Err(vm.type_error(&format!("{name} expected at most 1 argument, got {}", args.len())));
    }
    if frozen && ty.is(&vm.t.frozenset) {
        if let Some(a) = args.first() {
            if a.is_exact(&vm.t.frozenset) {
                return Ok(a.clone());
            }
        }
    }
    let s = new_set(vm, ty);
    if let Some(a) = args.first() {
        update(vm, &s, a)?;
    }
    Ok(s)
}

// ---- methods ----------------------------------------------------------------------------

type Args<'a> = &'a [ObjRef];
type Kw<'a> = Option<&'a ObjRef>;

fn arity(vm: &Vm, name: &str, a: Args, n: usize) -> PyResult<()> {
    let given = a.len() - 1;
    if given == n {
        return Ok(());
    }
    Err(match n {
        0 => vm.type_error(&format!("{name}() takes no arguments ({given} given)")),
        _ => vm.type_error(&format!("{name}() takes exactly one argument ({given} given)")),
    })
}

fn m_add(vm: &mut Vm, a: Args, _kw: Kw) -> PyResult {
    arity(vm, "set.add", a, 1)?;
    add(vm, &a[0], a[1].clone())?;
    Ok(vm.none.clone())
}

fn key_error(vm: &Vm, key: &ObjRef) -> PyErr {
    PyErr(vm.new_exception(&vm.e.key_error, vec![key.clone()]))
}

fn m_remove(vm: &mut Vm, a: Args, _kw: Kw) -> PyResult {
    arity(vm, "set.remove", a, 1)?;
    let h = lookup_hash(vm, &a[1])?;
    if !discard_hashed(vm, &a[0], h, &a[1])? {
        return Err(key_error(vm, &a[1]));
    }
    Ok(vm.none.clone())
}

fn m_discard(vm: &mut Vm, a: Args, _kw: Kw) -> PyResult {
    arity(vm, "set.discard", a, 1)?;
    let h = lookup_hash(vm, &a[1])?;
    discard_hashed(vm, &a[0], h, &a[1])?;
    Ok(vm.none.clone())
}

fn m_pop(vm: &mut Vm, a: Args, _kw: Kw) -> PyResult {
    arity(vm, "set.pop", a, 0)?;
    let popped = body(&a[0]).table.borrow_mut().pop();
    popped.ok_or_else(|| vm.err(&vm.e.key_error, "pop from an empty set"))
}

fn m_clear(vm: &mut Vm, a: Args, _kw: Kw) -> PyResult {
    arity(vm, "set.clear", a, 0)?;
    body(&a[0]).table.borrow_mut().clear();
    Ok(vm.none.clone())
}

fn m_copy(vm: &mut Vm, a: Args, _kw: Kw) -> PyResult {
    let name = if a[0].type_of().is(&vm.t.set) || is_subtype_set(vm, &a[0]) { "set.copy" } else { "frozenset.copy" };
    arity(vm, name, a, 0)?;
    if a[0].is_exact(&vm.t.frozenset) {
        return Ok(a[0].clone());
    }
    copy_of(vm, &a[0])
}

fn is_subtype_set(vm: &Vm, o: &ObjRef) -> bool {
    super::typeobject::is_subtype(&o.type_of(), &vm.t.set)
}

fn m_update(vm: &mut Vm, a: Args, _kw: Kw) -> PyResult {
    for o in &a[1..] {
        update(vm, &a[0], o)?;
    }
    Ok(vm.none.clone())
}

fn m_union(vm: &mut Vm, a: Args, _kw: Kw) -> PyResult {
    let r = copy_of(vm, &a[0])?;
    for o in &a[1..] {
        update(vm, &r, o)?;
    }
    Ok(r)
}

fn m_intersection(vm: &mut Vm, a: Args, _kw: Kw) -> PyResult {
    if a.len() == 1 {
        return copy_of(vm, &a[0]);
    }
    let mut r = a[0].clone();
    for o in &a[1..] {
        r = intersection(vm, &r, o)?;
    }
    Ok(r)
}

fn m_intersection_update(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    let tmp = m_intersection(vm, a, kw)?;
    if !tmp.is(&a[0]) {
        swap_tables(&a[0], &tmp);
    }
    Ok(vm.none.clone())
}

fn m_difference(vm: &mut Vm, a: Args, _kw: Kw) -> PyResult {
    if a.len() == 1 {
        return copy_of(vm, &a[0]);
    }
    let r = difference(vm, &a[0], &a[1])?;
    for o in &a[2..] {
        difference_update(vm, &r, o)?;
    }
    Ok(r)
}

fn m_difference_update(vm: &mut Vm, a: Args, _kw: Kw) -> PyResult {
    for o in &a[1..] {
        difference_update(vm, &a[0], o)?;
    }
    Ok(vm.none.clone())
}

fn m_symmetric_difference(vm: &mut Vm, a: Args, _kw: Kw) -> PyResult {
    let name = if is_subtype_set(vm, &a[0]) { "set" } else { "frozenset" };
    arity(vm, &format!("{name}.symmetric_difference"), a, 1)?;
    symmetric_difference(vm, &a[0], &a[1])
}

fn m_symmetric_difference_update(vm: &mut Vm, a: Args, _kw: Kw) -> PyResult {
    arity(vm, "set.symmetric_difference_update", a, 1)?;
    symmetric_difference_update(vm, &a[0], &a[1])?;
    Ok(vm.none.clone())
}

fn m_issubset(vm: &mut Vm, a: Args, _kw: Kw) -> PyResult {
    let name = if is_subtype_set(vm, &a[0]) { "set" } else { "frozenset" };
    arity(vm, &format!("{name}.issubset"), a, 1)?;
    let r = issubset(vm, &a[0], &a[1])?;
    Ok(vm.bool(r))
}

fn m_issuperset(vm: &mut Vm, a: Args, _kw: Kw) -> PyResult {
    let name = if is_subtype_set(vm, &a[0]) { "set" } else { "frozenset" };
    arity(vm, &format!("{name}.issuperset"), a, 1)?;
    let r = issuperset(vm, &a[0], &a[1])?;
    Ok(vm.bool(r))
}

fn m_isdisjoint(vm: &mut Vm, a: Args, _kw: Kw) -> PyResult {
    let name = if is_subtype_set(vm, &a[0]) { "set" } else { "frozenset" };
    arity(vm, &format!("{name}.isdisjoint"), a, 1)?;
    let (so, other) = (&a[0], &a[1]);
    if so.is(other) {
        return Ok(vm.bool(len(so) == 0));
    }
    if is_anyset(other) {
        let (big, small) = if len(other) > len(so) { (other, so) } else { (so, other) };
        for (h, k) in entries(small) {
            if find(vm, big, h, &k)?.is_some() {
                return Ok(vm.false_.clone());
            }
        }
        return Ok(vm.true_.clone());
    }
    let it = vm.get_iter(other)?;
    while let Some(k) = vm.next(&it)? {
        if contains(vm, so, &k)? {
            return Ok(vm.false_.clone());
        }
    }
    Ok(vm.true_.clone())
}

fn m_contains(vm: &mut Vm, a: Args, _kw: Kw) -> PyResult {
    arity(vm, "set.__contains__", a, 1)?;
    let r = contains(vm, &a[0], &a[1])?;
    Ok(vm.bool(r))
}

fn m_sizeof(vm: &mut Vm, a: Args, _kw: Kw) -> PyResult {
    let n = body(&a[0]).table.borrow().sizeof();
    Ok(vm.int(n as i64))
}

/// `sys.getsizeof` of a set or frozenset: `__sizeof__` plus the GC header.
pub fn getsizeof(o: &ObjRef) -> usize {
    body(o).table.borrow().sizeof() + 16
}

/// Installs the slots and methods of `set`, `frozenset` and `set_iterator`.
pub fn install(vm: &mut Vm) {
    let (set, frozen, iter) = (vm.t.set.clone(), vm.t.frozenset.clone(), vm.t.set_iter.clone());
    for ty in [&set, &frozen] {
        let s = &tp(ty).slots;
        s.repr.set(Some(set_repr));
        s.mp_length.set(Some(set_len));
        s.sq_contains.set(Some(set_contains));
        s.iter.set(Some(set_iter));
        s.richcompare.set(Some(set_richcompare));
        s.nb_number.set(Some(set_number));
        s.new.set(Some(set_new));
    }
    tp(&frozen).slots.hash.set(Some(frozenset_hash));
    tp(&iter).slots.iter.set(Some(|_vm, o| Ok(o.clone())));
    tp(&iter).slots.iternext.set(Some(set_iter_next));
    let shared: [(&'static str, NativeFn); 12] = [
        ("copy", m_copy),
        ("union", m_union),
        ("intersection", m_intersection),
        ("difference", m_difference),
        ("symmetric_difference", m_symmetric_difference),
        ("issubset", m_issubset),
        ("issuperset", m_issuperset),
        ("isdisjoint", m_isdisjoint),
        ("__contains__", m_contains),
        ("__sizeof__", m_sizeof),
        ("__len__", |vm, a, _| Ok(vm.int(len(&a[0]) as i64))),
        ("__iter__", |vm, a, _| set_iter(vm, &a[0])),
    ];
    let mutating: [(&'static str, NativeFn); 10] = [
        ("add", m_add),
        ("remove", m_remove),
        ("discard", m_discard),
        ("pop", m_pop),
        ("clear", m_clear),
        ("update", m_update),
        ("intersection_update", m_intersection_update),
        ("difference_update", m_difference_update),
        ("symmetric_difference_update", m_symmetric_difference_update),
        ("__length_hint__", set_iter_length_hint),
    ];
    for (name, f) in shared {
        vm.add_method(&set, name, f);
        vm.add_method(&frozen, name, f);
    }
    for (name, f) in &mutating[..9] {
        vm.add_method(&set, name, *f);
    }
    vm.add_method(&iter, "__length_hint__", set_iter_length_hint);
}
