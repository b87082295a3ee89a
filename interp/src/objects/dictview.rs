//! Dict views and dict iterators (the `dict_keys`/`dict_values`/`dict_items` and
//! `dict_*iterator`/`dict_reverse*iterator` parts of Objects/dictobject.c).
//!
//! A view holds its dict and reads it live; `keys` and `items` views are set-like (comparison
//! with sets and views, `& | - ^` giving sets, `isdisjoint`). An iterator remembers the dict's
//! size when made (`di_used`): a change of size raises RuntimeError, and stays raised; once
//! exhausted it forgets the dict, as CPython clears `di_dict`.

use super::bodies::*;
use super::object::{alloc, Body, Layout, ObjRef};
use super::typeobject::{is_subtype, tp, CmpOp, PyResult};
use crate::vm::Vm;
use std::cell::Cell;

/// `_PyDictViewObject`: the dict a view looks at.
pub struct DictViewBody {
    pub dict: ObjRef,
}
crate::impl_body!(DictViewBody, "dict_view", gc);

/// The view and iterator types besides `dict_keyiterator` (which `Types` already has).
pub struct ViewTypes {
    pub keys: ObjRef,
    pub values: ObjRef,
    pub items: ObjRef,
    pub valueiter: ObjRef,
    pub itemiter: ObjRef,
    pub rev_keyiter: ObjRef,
    pub rev_valueiter: ObjRef,
    pub rev_itemiter: ObjRef,
}

type NewType = fn(Option<&ObjRef>, &str, &'static Layout, Option<&ObjRef>, usize, usize) -> ObjRef;

impl ViewTypes {
    pub fn new(m: Option<&ObjRef>, o: Option<&ObjRef>, new_type: NewType) -> ViewTypes {
        let view = |n| new_type(m, n, DictViewBody::layout(), o, 24, 0);
        let iter = |n| new_type(m, n, DictIterBody::layout(), o, 56, 0);
        ViewTypes {
            keys: view("dict_keys"),
            values: view("dict_values"),
            items: view("dict_items"),
            valueiter: iter("dict_valueiterator"),
            itemiter: iter("dict_itemiterator"),
            rev_keyiter: iter("dict_reversekeyiterator"),
            rev_valueiter: iter("dict_reversevalueiterator"),
            rev_itemiter: iter("dict_reverseitemiterator"),
        }
    }
}

/// `pos` once the iterator is exhausted (CPython's `di_dict = NULL`).
const EXHAUSTED: usize = usize::MAX;
/// `pos` after a size change was seen (`di_used = -1`, so the error repeats).
const SIZE_CHANGED: usize = usize::MAX - 1;

fn dict_len(o: &ObjRef) -> usize {
    o.downcast::<DictBody>().map(|d| d.table.borrow().len()).unwrap_or(0)
}

/// A new iterator over `dict`: kind 0 keys, 1 values, 2 items; reversed starts at the end.
pub fn new_iter(vm: &Vm, dict: &ObjRef, kind: u8, reversed: bool) -> ObjRef {
    let vt = &vm.t.dictview;
    let ty = match (kind, reversed) {
        (0, false) => &vm.t.dict_keyiter,
        (1, false) => &vt.valueiter,
        (_, false) => &vt.itemiter,
        (0, true) => &vt.rev_keyiter,
        (1, true) => &vt.rev_valueiter,
        (_, true) => &vt.rev_itemiter,
    };
    let d = dict.downcast::<DictBody>().expect("dict");
    let t = d.table.borrow();
    let (len, pos) = (t.len(), if reversed { t.entries_len() } else { 0 });
    drop(t);
    alloc(ty, DictIterBody { dict: dict.clone(), pos: Cell::new(pos), len, left: Cell::new(len), kind: kind + if reversed { 3 } else { 0 } })
}

/// `dictiter_iternext*` and `dictreviter_iternext`.
pub fn iter_next(vm: &mut Vm, o: &ObjRef) -> PyResult<Option<ObjRef>> {
    let it = o.downcast::<DictIterBody>().expect("dict iterator");
    let pos = it.pos.get();
    if pos == EXHAUSTED {
        return Ok(None);
    }
    let d = it.dict.downcast::<DictBody>().expect("dict");
    if pos == SIZE_CHANGED || d.table.borrow().len() != it.len {
        it.pos.set(SIZE_CHANGED);
        return Err(vm.err(&vm.e.runtime_error, "dictionary changed size during iteration"));
    }
    let t = d.table.borrow();
    let reversed = it.kind >= 3;
    let found = if reversed {
        let mut p = pos.min(t.entries_len());
        loop {
            if p == 0 {
                break None;
            }
            p -= 1;
            if let Some((k, v)) = t.entry(p) {
                break Some((p, k.clone(), v.clone()));
            }
        }
    } else {
        (pos..t.entries_len()).find_map(|p| t.entry(p).map(|(k, v)| (p + 1, k.clone(), v.clone())))
    };
    drop(t);
    let Some((next_pos, k, v)) = found else {
        it.pos.set(EXHAUSTED);
        return Ok(None);
    };
    if it.left.get() == 0 {
        it.pos.set(EXHAUSTED);
        return Err(vm.err(&vm.e.runtime_error, "dictionary keys changed during iteration"));
    }
    it.pos.set(next_pos);
    it.left.set(it.left.get() - 1);
    Ok(Some(match it.kind % 3 {
        0 => k,
        1 => v,
        _ => vm.tuple(vec![k, v]),
    }))
}

/// `dictiter_len`: what is left, or 0 once exhausted or after a size change.
fn m_length_hint(vm: &mut Vm, a: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    let it = a[0].downcast::<DictIterBody>().expect("dict iterator");
    let live = it.pos.get() < SIZE_CHANGED && dict_len(&it.dict) == it.len;
    Ok(vm.int(if live { it.left.get() as i64 } else { 0 }))
}

fn self_iter(_vm: &mut Vm, o: &ObjRef) -> PyResult {
    Ok(o.clone())
}

// ---- views ----------------------------------------------------------------------------------

/// 0 keys, 1 values, 2 items (None if `o` is not a view).
fn kind_of(vm: &Vm, o: &ObjRef) -> Option<u8> {
    let ty = o.type_of();
    let vt = &vm.t.dictview;
    [&vt.keys, &vt.values, &vt.items].iter().position(|t| is_subtype(&ty, t)).map(|k| k as u8)
}

fn view_dict(o: &ObjRef) -> ObjRef {
    o.downcast::<DictViewBody>().expect("dict view").dict.clone()
}

/// `PyDictViewSet_Check`: a keys or items view.
fn is_setlike(vm: &Vm, o: &ObjRef) -> bool {
    matches!(kind_of(vm, o), Some(0 | 2))
}

pub fn new_view(vm: &Vm, dict: &ObjRef, kind: u8) -> ObjRef {
    let vt = &vm.t.dictview;
    let ty = match kind {
        0 => &vt.keys,
        1 => &vt.values,
        _ => &vt.items,
    };
    alloc(ty, DictViewBody { dict: dict.clone() })
}

fn view_len(_vm: &mut Vm, o: &ObjRef) -> PyResult<usize> {
    Ok(dict_len(&view_dict(o)))
}

fn view_iter(vm: &mut Vm, o: &ObjRef) -> PyResult {
    let k = kind_of(vm, o).unwrap_or(0);
    Ok(new_iter(vm, &view_dict(o), k, false))
}

fn view_repr(vm: &mut Vm, o: &ObjRef) -> PyResult {
    if !vm.repr_enter(o) {
        return Ok(vm.str("..."));
    }
    let r = (|| {
        let items = vm.collect(o)?;
        let l = vm.list(items);
        vm.repr_string(&l)
    })();
    vm.repr_leave(o);
    let text = format!("{}({})", vm.type_name(o), r?);
    Ok(vm.str(&text))
}

fn keys_contains(vm: &mut Vm, o: &ObjRef, k: &ObjRef) -> PyResult<bool> {
    Ok(vm.dict_get(&view_dict(o), k)?.is_some())
}

/// `dictitems_contains`: a 2-tuple whose key is present with an equal value.
fn items_contains(vm: &mut Vm, o: &ObjRef, x: &ObjRef) -> PyResult<bool> {
    let Some(t) = x.downcast::<TupleBody>() else { return Ok(false) };
    if t.items.len() != 2 {
        return Ok(false);
    }
    let (k, v) = (t.items[0].clone(), t.items[1].clone());
    match vm.dict_get(&view_dict(o), &k)? {
        Some(found) => vm.eq(&found, &v),
        None => Ok(false),
    }
}

fn values_contains(vm: &mut Vm, o: &ObjRef, x: &ObjRef) -> PyResult<bool> {
    let it = view_iter(vm, o)?;
    while let Some(y) = vm.next(&it)? {
        if y.is(x) || vm.eq(&y, x)? {
            return Ok(true);
        }
    }
    Ok(false)
}

/// `all_contained_in`: every item of `a` is in `b`.
fn all_contained_in(vm: &mut Vm, a: &ObjRef, b: &ObjRef) -> PyResult<bool> {
    let it = vm.get_iter(a)?;
    while let Some(x) = vm.next(&it)? {
        if !vm.contains(b, &x)? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn view_richcompare(vm: &mut Vm, a: &ObjRef, b: &ObjRef, op: CmpOp) -> PyResult {
    if !super::setobject::is_anyset(b) && !is_setlike(vm, b) {
        return Ok(vm.notimpl.clone());
    }
    let (la, lb) = (vm.len(a)?, vm.len(b)?);
    let ok = match op {
        CmpOp::Eq | CmpOp::Ne => {
            let same = la == lb && all_contained_in(vm, a, b)?;
            same == (op == CmpOp::Eq)
        }
        CmpOp::Lt => la < lb && all_contained_in(vm, a, b)?,
        CmpOp::Le => la <= lb && all_contained_in(vm, a, b)?,
        CmpOp::Gt => la > lb && all_contained_in(vm, b, a)?,
        CmpOp::Ge => la >= lb && all_contained_in(vm, b, a)?,
    };
    Ok(vm.bool(ok))
}

/// `dictviews_to_set`: a new set of the view's items (a keys view of an exact dict copies the
/// dict's keys directly, as `PySet_New(dict)` does).
fn to_set(vm: &mut Vm, o: &ObjRef) -> PyResult {
    let src = if kind_of(vm, o) == Some(0) && view_dict(o).is_exact(&vm.t.dict) { view_dict(o) } else { o.clone() };
    let s = super::setobject::new_set(vm, &vm.t.set.clone());
    super::setobject::update(vm, &s, &src)?;
    Ok(s)
}

fn call_method(vm: &mut Vm, o: &ObjRef, name: &str, arg: &ObjRef) -> PyResult {
    let f = vm.getattr_str(o, name)?;
    vm.call(&f, &[arg.clone()], None)
}

/// `_PyDictView_Intersect`: iterates the smaller operand, keeping what the larger contains.
fn intersect(vm: &mut Vm, a: &ObjRef, b: &ObjRef) -> PyResult {
    let (mut this, mut other) = if is_setlike(vm, a) { (a.clone(), b.clone()) } else { (b.clone(), a.clone()) };
    let len_this = dict_len(&view_dict(&this));
    if other.is_exact(&vm.t.set) && len_this <= vm.len(&other)? {
        return call_method(vm, &other, "intersection", &this);
    }
    if is_setlike(vm, &other) && dict_len(&view_dict(&other)) > len_this {
        std::mem::swap(&mut this, &mut other);
    }
    let result = super::setobject::new_set(vm, &vm.t.set.clone());
    let it = vm.get_iter(&other)?;
    let keys = kind_of(vm, &this) == Some(0);
    while let Some(x) = vm.next(&it)? {
        let found = if keys { keys_contains(vm, &this, &x)? } else { items_contains(vm, &this, &x)? };
        if found {
            super::setobject::add(vm, &result, x)?;
        }
    }
    Ok(result)
}

/// `dictitems_xor`: pairs of either dict whose key is missing from the other or whose values
/// differ, without building the full sets first.
fn items_xor(vm: &mut Vm, a: &ObjRef, b: &ObjRef) -> PyResult {
    let (d1, d2) = (view_dict(a), view_dict(b));
    let temp = vm.new_dict();
    crate::builtins::dict_update_from(vm, &temp, &d1)?;
    let result = super::setobject::new_set(vm, &vm.t.set.clone());
    let pairs: Vec<(ObjRef, ObjRef)> = d2.downcast::<DictBody>().expect("dict").table.borrow().iter().map(|(k, v)| (k.clone(), v.clone())).collect();
    for (k, v2) in pairs {
        let delete = match vm.dict_get(&temp, &k)? {
            Some(v1) => vm.eq(&v1, &v2)?,
            None => false,
        };
        if delete {
            vm.dict_del(&temp, &k)?;
        } else {
            let pair = vm.tuple(vec![k, v2]);
            super::setobject::add(vm, &result, pair)?;
        }
    }
    let rest = new_view(vm, &temp, 2);
    super::setobject::update(vm, &result, &rest)?;
    Ok(result)
}

/// `dictviews_as_number`: `- & ^ |` (BINARY_OP numbers 10, 1, 12, 7).
fn view_number(vm: &mut Vm, a: &ObjRef, b: &ObjRef, op: u32) -> PyResult {
    match op {
        10 => {
            let r = to_set(vm, a)?;
            call_method(vm, &r, "difference_update", b)?;
            Ok(r)
        }
        1 => intersect(vm, a, b),
        7 => {
            let r = to_set(vm, a)?;
            super::setobject::update(vm, &r, b)?;
            Ok(r)
        }
        12 => {
            if kind_of(vm, a) == Some(2) && kind_of(vm, b) == Some(2) {
                return items_xor(vm, a, b);
            }
            let r = to_set(vm, a)?;
            call_method(vm, &r, "symmetric_difference_update", b)?;
            Ok(r)
        }
        _ => Ok(vm.notimpl.clone()),
    }
}

/// `dictviews_isdisjoint`.
fn m_isdisjoint(vm: &mut Vm, a: &[ObjRef], kw: Option<&ObjRef>) -> PyResult {
    let p = super::methodargs::bind(vm, "isdisjoint", &["other"], 1, super::methodargs::Style::One, a, kw)?;
    let (mut this, mut other) = (a[0].clone(), p[0].clone().expect("bound"));
    if this.is(&other) {
        let empty = dict_len(&view_dict(&this)) == 0;
        return Ok(vm.bool(empty));
    }
    if super::setobject::is_anyset(&other) || is_setlike(vm, &other) {
        let (ls, lo) = (dict_len(&view_dict(&this)), vm.len(&other)?);
        if lo > ls {
            std::mem::swap(&mut this, &mut other);
        }
    }
    let it = vm.get_iter(&other)?;
    while let Some(x) = vm.next(&it)? {
        if vm.contains(&this, &x)? {
            return Ok(vm.false_.clone());
        }
    }
    Ok(vm.true_.clone())
}

fn m_reversed(vm: &mut Vm, a: &[ObjRef], kw: Option<&ObjRef>) -> PyResult {
    super::methodargs::bind(vm, "__reversed__", &[], 0, super::methodargs::Style::NoArgs, a, kw)?;
    let k = kind_of(vm, &a[0]).unwrap_or(0);
    Ok(new_iter(vm, &view_dict(&a[0]), k, true))
}

fn m_dict_reversed(vm: &mut Vm, a: &[ObjRef], kw: Option<&ObjRef>) -> PyResult {
    super::methodargs::bind(vm, "__reversed__", &[], 0, super::methodargs::Style::NoArgs, a, kw)?;
    Ok(new_iter(vm, &a[0], 0, true))
}

fn view_method(kind: u8) -> super::bodies::NativeFn {
    fn keys(vm: &mut Vm, a: &[ObjRef], kw: Option<&ObjRef>) -> PyResult {
        super::methodargs::bind(vm, "dict.keys", &[], 0, super::methodargs::Style::NoArgs, a, kw)?;
        Ok(new_view(vm, &a[0], 0))
    }
    fn values(vm: &mut Vm, a: &[ObjRef], kw: Option<&ObjRef>) -> PyResult {
        super::methodargs::bind(vm, "dict.values", &[], 0, super::methodargs::Style::NoArgs, a, kw)?;
        Ok(new_view(vm, &a[0], 1))
    }
    fn items(vm: &mut Vm, a: &[ObjRef], kw: Option<&ObjRef>) -> PyResult {
        super::methodargs::bind(vm, "dict.items", &[], 0, super::methodargs::Style::NoArgs, a, kw)?;
        Ok(new_view(vm, &a[0], 2))
    }
    match kind {
        0 => keys,
        1 => values,
        _ => items,
    }
}

fn unhashable(vm: &mut Vm, o: &ObjRef) -> PyResult<i64> {
    Err(vm.type_error(&format!("unhashable type: '{}'", vm.type_name(o))))
}

/// `dictview.mapping`: a read-only proxy of the underlying dict.
fn g_mapping(vm: &mut Vm, a: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    match a.first().and_then(|o| o.downcast::<DictViewBody>()) {
        Some(v) => {
            let d = v.dict.clone();
            Ok(super::mappingproxy::new(vm, d))
        }
        None => Err(vm.type_error("descriptor 'mapping' needs a dict view")),
    }
}

pub fn install(vm: &mut Vm) {
    let vt = &vm.t.dictview;
    let views = [vt.keys.clone(), vt.values.clone(), vt.items.clone()];
    let iters = [
        vm.t.dict_keyiter.clone(),
        vt.valueiter.clone(),
        vt.itemiter.clone(),
        vt.rev_keyiter.clone(),
        vt.rev_valueiter.clone(),
        vt.rev_itemiter.clone(),
    ];
    for t in views.iter().chain(iters.iter()) {
        if tp(t).dict.borrow().is_none() {
            *tp(t).dict.borrow_mut() = Some(vm.new_dict());
        }
    }
    for (k, t) in views.iter().enumerate() {
        let s = &tp(t).slots;
        s.repr.set(Some(view_repr));
        s.mp_length.set(Some(view_len));
        s.iter.set(Some(view_iter));
        s.sq_contains.set(Some([keys_contains, values_contains, items_contains][k]));
        vm.add_method(t, "__reversed__", m_reversed);
        super::longobject::add_getter(vm, t, "mapping", g_mapping);
        if k != 1 {
            s.richcompare.set(Some(view_richcompare));
            s.nb_number.set(Some(view_number));
            s.hash.set(Some(unhashable));
            vm.add_method(t, "isdisjoint", m_isdisjoint);
            let none = vm.none.clone();
            vm.type_set(t, "__hash__", none);
        }
    }
    for t in &iters {
        let s = &tp(t).slots;
        s.iter.set(Some(self_iter));
        s.iternext.set(Some(iter_next));
        vm.add_method(t, "__length_hint__", m_length_hint);
    }
    let d = vm.t.dict.clone();
    for (k, name) in ["keys", "values", "items"].into_iter().enumerate() {
        vm.add_method(&d, name, view_method(k as u8));
    }
    vm.add_method(&d, "__reversed__", m_dict_reversed);
}
