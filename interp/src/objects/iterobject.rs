//! The lazy iterator types of the builtins: `enumerate`, `reversed` (Objects/enumobject.c),
//! `zip`, `map`, `filter` (Python/bltinmodule.c), `callable_iterator` (Objects/iterobject.c,
//! `iter(callable, sentinel)`) and `list_reverseiterator` (Objects/listobject.c).
//!
//! Each pulls one item from its sources per `__next__`, so side effects interleave as in
//! CPython, and only the sequence iterators report a `__length_hint__` (which decides how much
//! `list(...)` preallocates).

use super::bodies::*;
use super::object::{alloc, Body, Layout, ObjRef};
use super::typeobject::{is_subtype, tp, PyResult};
use crate::vm::Vm;
use std::cell::RefCell;

pub enum State {
    /// The count stays an i64 until it would pass i64::MAX (`en_longindex` after that).
    Enumerate { it: ObjRef, index: i64, big: Option<super::int::Int> },
    Zip { its: Vec<ObjRef>, strict: bool },
    Map { func: ObjRef, its: Vec<ObjRef> },
    Filter { func: ObjRef, it: ObjRef },
    /// `reversed` over the sequence protocol, and `list_reverseiterator`: the next index.
    Reversed { seq: ObjRef, index: i64 },
    Callable { func: ObjRef, sentinel: ObjRef },
    Done,
}

pub struct LazyIterBody {
    pub state: RefCell<State>,
}
crate::impl_body!(LazyIterBody, "lazy iterator", gc);

pub struct IterTypes {
    pub enumerate: ObjRef,
    pub zip: ObjRef,
    pub map: ObjRef,
    pub filter: ObjRef,
    pub reversed: ObjRef,
    pub callable: ObjRef,
    pub list_rev: ObjRef,
    pub longrange: ObjRef,
}

type NewType = fn(Option<&ObjRef>, &str, &'static Layout, Option<&ObjRef>, usize, usize) -> ObjRef;

impl IterTypes {
    pub fn new(m: Option<&ObjRef>, o: Option<&ObjRef>, new_type: NewType) -> IterTypes {
        let t = |n, size| new_type(m, n, LazyIterBody::layout(), o, size, 0);
        IterTypes {
            enumerate: t("enumerate", 56),
            zip: t("zip", 48),
            map: t("map", 32),
            filter: t("filter", 32),
            reversed: t("reversed", 32),
            callable: t("callable_iterator", 32),
            list_rev: t("list_reverseiterator", 32),
            longrange: new_type(m, "longrange_iterator", super::rangeobject::LongRangeIterBody::layout(), o, 40, 0),
        }
    }
}

fn new(ty: &ObjRef, state: State) -> ObjRef {
    alloc(ty, LazyIterBody { state: RefCell::new(state) })
}

fn body(o: &ObjRef) -> &LazyIterBody {
    o.downcast::<LazyIterBody>().expect("lazy iterator")
}

fn finish(o: &ObjRef) -> Option<ObjRef> {
    let old = std::mem::replace(&mut *body(o).state.borrow_mut(), State::Done);
    drop(old);
    None
}

/// Positional arguments and (name, value) keywords of a `tp_new` call.
fn split<'a>(args: &'a [ObjRef], kw: Option<&ObjRef>) -> (&'a [ObjRef], Vec<(String, ObjRef)>) {
    let names: Vec<String> = kw
        .and_then(|k| k.downcast::<TupleBody>())
        .map(|t| t.items.iter().map(|n| n.downcast::<StrBody>().map(|s| s.text().into_owned()).unwrap_or_default()).collect())
        .unwrap_or_default();
    let npos = args.len() - names.len();
    (&args[..npos], names.into_iter().zip(args[npos..].iter().cloned()).collect())
}

fn no_kw(vm: &mut Vm, name: &str, kws: &[(String, ObjRef)]) -> PyResult<()> {
    if kws.is_empty() { Ok(()) } else { Err(vm.type_error(&format!("{name}() takes no keyword arguments"))) }
}

// ---- constructors ---------------------------------------------------------------------------

fn enumerate_new(vm: &mut Vm, ty: &ObjRef, args: &[ObjRef], kw: Option<&ObjRef>) -> PyResult {
    let (pos, kws) = split(args, kw);
    let mut iterable = pos.first().cloned();
    let mut start = pos.get(1).cloned();
    if pos.len() > 2 {
        return Err(vm.type_error(&format!("enumerate() takes at most 2 arguments ({} given)", args.len())));
    }
    for (k, v) in kws {
        match k.as_str() {
            "iterable" if iterable.is_none() => iterable = Some(v),
            "start" if start.is_none() => start = Some(v),
            "iterable" | "start" => {
                let p = if k == "iterable" { 1 } else { 2 };
                return Err(vm.type_error(&format!("argument for enumerate() given by name ('{k}') and position ({p})")));
            }
            _ => return Err(vm.type_error(&format!("enumerate() got an unexpected keyword argument '{k}'"))),
        }
    }
    let Some(iterable) = iterable else {
        return Err(vm.type_error("enumerate() missing required argument 'iterable'"));
    };
    let (index, big) = match start {
        Some(s) => {
            let i = super::longobject::index(vm, &s)?;
            match super::longobject::small_int(&i) {
                Some(v) if v < i64::MAX => (v, None),
                _ => (0, super::longobject::to_big(&i)),
            }
        }
        None => (0, None),
    };
    let it = vm.get_iter(&iterable)?;
    Ok(new(ty, State::Enumerate { it, index, big }))
}

fn zip_new(vm: &mut Vm, ty: &ObjRef, args: &[ObjRef], kw: Option<&ObjRef>) -> PyResult {
    let (pos, kws) = split(args, kw);
    let mut strict = false;
    if kws.len() > 1 {
        return Err(vm.type_error(&format!("zip() takes at most 1 keyword argument ({} given)", kws.len())));
    }
    for (k, v) in &kws {
        if k != "strict" {
            return Err(vm.type_error(&format!("zip() got an unexpected keyword argument '{k}'")));
        }
        strict = vm.is_true(v)?;
    }
    let mut its = Vec::with_capacity(pos.len());
    for a in pos {
        its.push(vm.get_iter(a)?);
    }
    Ok(new(ty, State::Zip { its, strict }))
}

fn map_new(vm: &mut Vm, ty: &ObjRef, args: &[ObjRef], kw: Option<&ObjRef>) -> PyResult {
    let (pos, kws) = split(args, kw);
    no_kw(vm, "map", &kws)?;
    if pos.len() < 2 {
        return Err(vm.type_error("map() must have at least two arguments."));
    }
    let mut its = Vec::with_capacity(pos.len() - 1);
    for a in &pos[1..] {
        its.push(vm.get_iter(a)?);
    }
    Ok(new(ty, State::Map { func: pos[0].clone(), its }))
}

fn filter_new(vm: &mut Vm, ty: &ObjRef, args: &[ObjRef], kw: Option<&ObjRef>) -> PyResult {
    let (pos, kws) = split(args, kw);
    no_kw(vm, "filter", &kws)?;
    if pos.len() != 2 {
        return Err(vm.type_error(&format!("filter expected 2 arguments, got {}", pos.len())));
    }
    let it = vm.get_iter(&pos[1])?;
    Ok(new(ty, State::Filter { func: pos[0].clone(), it }))
}

/// `PySequence_Check`: `__getitem__` on a type that is not a dict.
fn is_sequence(vm: &Vm, o: &ObjRef) -> bool {
    let ty = o.type_of();
    tp(&ty).slots.mp_subscript.get().is_some() && !is_subtype(&ty, &vm.t.dict)
}

fn reversed_new(vm: &mut Vm, ty: &ObjRef, args: &[ObjRef], kw: Option<&ObjRef>) -> PyResult {
    let (pos, kws) = split(args, kw);
    no_kw(vm, "reversed", &kws)?;
    if pos.len() != 1 {
        return Err(vm.type_error(&format!("reversed expected 1 argument, got {}", pos.len())));
    }
    let seq = pos[0].clone();
    let name = vm.intern("__reversed__");
    if ty.is(&vm.t.iters.reversed) {
        if let Some(f) = vm.type_lookup(&seq.type_of(), &name) {
            if f.is(&vm.none) {
                return Err(vm.type_error(&format!("'{}' object is not reversible", vm.type_name(&seq))));
            }
            let m = super::slots::bind(vm, f, &seq)?;
            return vm.call(&m, &[], None);
        }
    }
    if !is_sequence(vm, &seq) {
        return Err(vm.type_error(&format!("'{}' object is not reversible", vm.type_name(&seq))));
    }
    let n = vm.len(&seq)? as i64;
    Ok(new(ty, State::Reversed { seq, index: n - 1 }))
}

/// `iter(callable, sentinel)`.
pub fn callable_iter(vm: &mut Vm, func: &ObjRef, sentinel: &ObjRef) -> PyResult {
    if func.downcast::<FunctionBody>().is_none() && tp(&func.type_of()).slots.call.get().is_none() {
        return Err(vm.type_error("iter(v, w): v must be callable"));
    }
    let ty = vm.t.iters.callable.clone();
    Ok(new(&ty, State::Callable { func: func.clone(), sentinel: sentinel.clone() }))
}

/// `list.__reversed__`.
fn m_list_reversed(vm: &mut Vm, a: &[ObjRef], kw: Option<&ObjRef>) -> PyResult {
    super::methodargs::bind(vm, "list.__reversed__", &[], 0, super::methodargs::Style::NoArgs, a, kw)?;
    let n = a[0].downcast::<ListBody>().expect("list").items.borrow().len() as i64;
    let ty = vm.t.iters.list_rev.clone();
    Ok(new(&ty, State::Reversed { seq: a[0].clone(), index: n - 1 }))
}

// ---- __next__ -------------------------------------------------------------------------------

fn next_all(vm: &mut Vm, its: &[ObjRef]) -> PyResult<Result<Vec<ObjRef>, usize>> {
    let mut row = Vec::with_capacity(its.len());
    for (i, it) in its.iter().enumerate() {
        match vm.next(it)? {
            Some(x) => row.push(x),
            None => return Ok(Err(i)),
        }
    }
    Ok(Ok(row))
}

fn plural_args(i: usize) -> String {
    if i == 1 { "argument 1".into() } else { format!("arguments 1-{i}") }
}

fn iter_next(vm: &mut Vm, o: &ObjRef) -> PyResult<Option<ObjRef>> {
    enum Job {
        Enumerate(ObjRef, i64, Option<super::int::Int>),
        Zip(Vec<ObjRef>, bool),
        Map(ObjRef, Vec<ObjRef>),
        Filter(ObjRef, ObjRef),
        Reversed(ObjRef, i64),
        Callable(ObjRef, ObjRef),
    }
    let job = match &*body(o).state.borrow() {
        State::Enumerate { it, index, big } => Job::Enumerate(it.clone(), *index, big.clone()),
        State::Zip { its, strict } => Job::Zip(its.clone(), *strict),
        State::Map { func, its } => Job::Map(func.clone(), its.clone()),
        State::Filter { func, it } => Job::Filter(func.clone(), it.clone()),
        State::Reversed { seq, index } => Job::Reversed(seq.clone(), *index),
        State::Callable { func, sentinel } => Job::Callable(func.clone(), sentinel.clone()),
        State::Done => return Ok(None),
    };
    match job {
        Job::Enumerate(it, index, big) => {
            let Some(x) = vm.next(&it)? else { return Ok(None) };
            let n = match &big {
                Some(b) => super::longobject::new_int(vm, b.clone()),
                None => vm.int(index),
            };
            if let State::Enumerate { index: i, big: bg, .. } = &mut *body(o).state.borrow_mut() {
                match bg {
                    Some(b) => *b = b.add(&super::int::Int::one()),
                    None if index == i64::MAX - 1 => *bg = Some(super::int::Int::from_i64(i64::MAX)),
                    None => *i = index + 1,
                }
            }
            Ok(Some(vm.tuple(vec![n, x])))
        }
        Job::Zip(its, strict) => {
            if its.is_empty() {
                return Ok(None);
            }
            match next_all(vm, &its)? {
                Ok(row) => Ok(Some(vm.tuple(row))),
                Err(_) if !strict => Ok(finish(o)),
                Err(i) => {
                    finish(o);
                    if i > 0 {
                        return Err(vm.value_error(&format!("zip() argument {} is shorter than {}", i + 1, plural_args(i))));
                    }
                    for (j, it) in its.iter().enumerate().skip(1) {
                        if vm.next(it)?.is_some() {
                            return Err(vm.value_error(&format!("zip() argument {} is longer than {}", j + 1, plural_args(j))));
                        }
                    }
                    Ok(None)
                }
            }
        }
        Job::Map(func, its) => match next_all(vm, &its)? {
            Ok(row) => match vm.call(&func, &row, None) {
                Ok(r) => Ok(Some(r)),
                // A StopIteration raised by the function ends the map, as `PyIter_Next` sees it.
                Err(e) if is_subtype(&e.0.type_of(), &vm.e.stop_iteration) => Ok(None),
                Err(e) => Err(e),
            },
            Err(_) => Ok(None),
        },
        Job::Filter(func, it) => {
            let plain = func.is(&vm.none) || func.is(&vm.t.bool_);
            while let Some(x) = vm.next(&it)? {
                let keep = if plain {
                    vm.is_true(&x)?
                } else {
                    let r = vm.call(&func, &[x.clone()], None)?;
                    vm.is_true(&r)?
                };
                if keep {
                    return Ok(Some(x));
                }
            }
            Ok(None)
        }
        Job::Reversed(seq, index) => {
            if let Some(l) = seq.downcast::<ListBody>().filter(|_| o.type_of().is(&vm.t.iters.list_rev)) {
                let item = if index >= 0 { l.items.borrow().get(index as usize).cloned() } else { None };
                return match item {
                    Some(x) => {
                        set_index(o, index - 1);
                        Ok(Some(x))
                    }
                    None => Ok(finish(o)),
                };
            }
            if index < 0 {
                return Ok(finish(o));
            }
            let k = vm.int(index);
            match vm.getitem(&seq, &k) {
                Ok(x) => {
                    set_index(o, index - 1);
                    Ok(Some(x))
                }
                Err(e) if is_subtype(&e.0.type_of(), &vm.e.index_error) || is_subtype(&e.0.type_of(), &vm.e.stop_iteration) => Ok(finish(o)),
                Err(e) => Err(e),
            }
        }
        Job::Callable(func, sentinel) => {
            let r = match vm.call(&func, &[], None) {
                Ok(r) => r,
                Err(e) if is_subtype(&e.0.type_of(), &vm.e.stop_iteration) => return Ok(finish(o)),
                Err(e) => return Err(e),
            };
            if vm.eq(&r, &sentinel)? {
                return Ok(finish(o));
            }
            Ok(Some(r))
        }
    }
}

fn set_index(o: &ObjRef, v: i64) {
    if let State::Reversed { index, .. } = &mut *body(o).state.borrow_mut() {
        *index = v;
    }
}

/// `reversed.__length_hint__` / `list_reverseiterator.__length_hint__`.
fn m_length_hint(vm: &mut Vm, a: &[ObjRef], kw: Option<&ObjRef>) -> PyResult {
    super::methodargs::bind(vm, "__length_hint__", &[], 0, super::methodargs::Style::NoArgs, a, kw)?;
    let (seq, index) = match &*body(&a[0]).state.borrow() {
        State::Reversed { seq, index } => (seq.clone(), *index),
        _ => return Ok(vm.int(0)),
    };
    let n = vm.len(&seq)? as i64;
    let pos = index + 1;
    Ok(vm.int(if n < pos { 0 } else { pos }))
}

fn self_iter(_vm: &mut Vm, o: &ObjRef) -> PyResult {
    Ok(o.clone())
}

/// `__next__` of a built-in iterator (the `tp_iternext` slot wrapper): StopIteration when done.
pub fn m_next(vm: &mut Vm, a: &[ObjRef], kw: Option<&ObjRef>) -> PyResult {
    super::methodargs::bind(vm, "__next__", &[], 0, super::methodargs::Style::NoArgs, a, kw)?;
    match vm.next(&a[0])? {
        Some(x) => Ok(x),
        None => Err(super::typeobject::PyErr(vm.new_exception(&vm.e.stop_iteration.clone(), vec![]))),
    }
}

pub fn m_iter(vm: &mut Vm, a: &[ObjRef], kw: Option<&ObjRef>) -> PyResult {
    super::methodargs::bind(vm, "__iter__", &[], 0, super::methodargs::Style::NoArgs, a, kw)?;
    Ok(a[0].clone())
}

/// Gives the built-in iterator types their `__next__` and `__iter__` methods.
fn install_iterator_methods(vm: &mut Vm) {
    let t = &vm.t;
    let vt = &t.dictview;
    let types = [
        t.list_iter.clone(), t.tuple_iter.clone(), t.str_iter.clone(), t.str_uni_iter.clone(), t.range_iter.clone(), t.dict_keyiter.clone(),
        t.set_iter.clone(), t.bytes_iter.clone(), t.bytearray_iter.clone(), vt.valueiter.clone(), vt.itemiter.clone(),
        vt.rev_keyiter.clone(), vt.rev_valueiter.clone(), vt.rev_itemiter.clone(), t.iters.enumerate.clone(),
        t.iters.zip.clone(), t.iters.map.clone(), t.iters.filter.clone(), t.iters.reversed.clone(),
        t.iters.callable.clone(), t.iters.list_rev.clone(), t.iters.longrange.clone(),
    ];
    let (next, iter) = (vm.intern("__next__"), vm.intern("__iter__"));
    for ty in types {
        if tp(&ty).dict.borrow().is_none() {
            *tp(&ty).dict.borrow_mut() = Some(vm.new_dict());
        }
        if vm.type_lookup(&ty, &next).is_none() {
            vm.add_method(&ty, "__next__", m_next);
        }
        if vm.type_lookup(&ty, &iter).is_none() {
            vm.add_method(&ty, "__iter__", m_iter);
        }
    }
}

pub fn install(vm: &mut Vm) {
    let it = &vm.t.iters;
    let all = [
        (it.enumerate.clone(), Some(enumerate_new as super::typeobject::NewFn)),
        (it.zip.clone(), Some(zip_new)),
        (it.map.clone(), Some(map_new)),
        (it.filter.clone(), Some(filter_new)),
        (it.reversed.clone(), Some(reversed_new)),
        (it.callable.clone(), None),
        (it.list_rev.clone(), None),
    ];
    let (reversed, list_rev) = (it.reversed.clone(), it.list_rev.clone());
    let b = vm.builtins.clone();
    for (t, new_fn) in all {
        if tp(&t).dict.borrow().is_none() {
            *tp(&t).dict.borrow_mut() = Some(vm.new_dict());
        }
        let s = &tp(&t).slots;
        s.iter.set(Some(self_iter));
        s.iternext.set(Some(iter_next));
        if let Some(f) = new_fn {
            s.new.set(Some(f));
            let name = tp(&t).name();
            vm.dict_set_str(&b, &name, t.clone());
        } else {
            tp(&t).flags.set(tp(&t).flags.get() & !super::typeobject::tpflags::BASETYPE);
        }
    }
    vm.add_method(&reversed, "__length_hint__", m_length_hint);
    vm.add_method(&list_rev, "__length_hint__", m_length_hint);
    let l = vm.t.list.clone();
    vm.add_method(&l, "__reversed__", m_list_reversed);
    install_iterator_methods(vm);
}
