//! The methods of `dict` that take arguments (Objects/dictobject.c with its Argument Clinic
//! signatures in Objects/clinic/dictobject.c.h): `fromkeys`, `get`, `setdefault`, `pop`,
//! `popitem`, with CPython's arity errors.

use super::bodies::*;
use super::methodargs::{bind, Style};
use super::object::ObjRef;
use super::typeobject::{tp, PyErr, PyResult};
use crate::vm::Vm;

type Args<'a> = &'a [ObjRef];
type Kw<'a> = Option<&'a ObjRef>;

fn table(o: &ObjRef) -> &DictBody {
    o.downcast::<DictBody>().expect("dict")
}

/// `dict.fromkeys(iterable, value=None, /)` (`_PyDict_FromKeys`): `cls()` filled with every
/// key. An exact dict built from an exact dict or set is presized first (`dictresize` to the
/// source's size), which decides the table's size and so `getsizeof`.
fn m_fromkeys(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    let p = bind(vm, "fromkeys", &["iterable", "value"], 1, Style::Positional, a, kw)?;
    let cls = a[0].clone();
    let iterable = p[0].clone().expect("bound");
    let value = p[1].clone().unwrap_or_else(|| vm.none.clone());
    let d = vm.call(&cls, &[], None)?;
    if d.is_exact(&vm.t.dict) {
        let presize = if let Some(src) = iterable.downcast::<DictBody>().filter(|_| iterable.is_exact(&vm.t.dict)) {
            let t = src.table.borrow();
            Some((t.len(), t.is_unicode()))
        } else if iterable.is_exact(&vm.t.set) || iterable.is_exact(&vm.t.frozenset) {
            Some((vm.len(&iterable)?, false))
        } else {
            None
        };
        if let Some((n, unicode)) = presize {
            let log2 = super::dict::estimate_log2_keysize(n);
            table(&d).table.borrow_mut().presize_log2(log2, unicode);
        }
        let it = vm.get_iter(&iterable)?;
        while let Some(k) = vm.next(&it)? {
            vm.dict_set(&d, k, value.clone())?;
        }
        return Ok(d);
    }
    let it = vm.get_iter(&iterable)?;
    while let Some(k) = vm.next(&it)? {
        vm.setitem(&d, &k, Some(value.clone()))?;
    }
    Ok(d)
}

fn m_get(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    if kw.is_none() && (a.len() == 2 || a.len() == 3) {
        // `d.get(key[, default])` positionally: nothing to bind.
        return match vm.dict_get(&a[0], &a[1])? {
            Some(v) => Ok(v),
            None => Ok(a.get(2).cloned().unwrap_or_else(|| vm.none.clone())),
        };
    }
    let p = bind(vm, "dict.get", &["key", "default"], 1, Style::Positional, a, kw)?;
    let k = p[0].clone().expect("bound");
    match vm.dict_get(&a[0], &k)? {
        Some(v) => Ok(v),
        None => Ok(p[1].clone().unwrap_or_else(|| vm.none.clone())),
    }
}

fn m_setdefault(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    let p = bind(vm, "setdefault", &["key", "default"], 1, Style::Positional, a, kw)?;
    let k = p[0].clone().expect("bound");
    if let Some(v) = vm.dict_get(&a[0], &k)? {
        return Ok(v);
    }
    let d = p[1].clone().unwrap_or_else(|| vm.none.clone());
    vm.dict_set(&a[0], k, d.clone())?;
    Ok(d)
}

fn m_pop(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    let p = bind(vm, "pop", &["key", "default"], 1, Style::Positional, a, kw)?;
    let k = p[0].clone().expect("bound");
    if table(&a[0]).table.borrow().is_empty() {
        // `_PyDict_Pop` on an empty dict does not hash the key.
        return match &p[1] {
            Some(d) => Ok(d.clone()),
            None => Err(PyErr(vm.new_exception(&vm.e.key_error.clone(), vec![k]))),
        };
    }
    match vm.dict_del(&a[0], &k)? {
        Some(v) => Ok(v),
        None => match &p[1] {
            Some(d) => Ok(d.clone()),
            None => Err(PyErr(vm.new_exception(&vm.e.key_error.clone(), vec![k]))),
        },
    }
}

/// `dict.popitem()`: the last item inserted, as a (key, value) tuple.
fn m_popitem(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    bind(vm, "dict.popitem", &[], 0, Style::NoArgs, a, kw)?;
    let item = table(&a[0]).table.borrow_mut().pop_last();
    match item {
        Some((k, v)) => Ok(vm.tuple(vec![k, v])),
        None => Err(vm.err(&vm.e.key_error.clone(), "popitem(): dictionary is empty")),
    }
}

pub fn install(vm: &mut Vm) {
    let d = vm.t.dict.clone();
    vm.add_method(&d, "get", m_get);
    vm.add_method(&d, "setdefault", m_setdefault);
    vm.add_method(&d, "pop", m_pop);
    vm.add_method(&d, "popitem", m_popitem);
    let f = vm.builtin_fn("fromkeys", m_fromkeys, None);
    let cm = super::object::alloc(&vm.t.classmethod.clone(), ClassMethodBody { f });
    vm.type_set(&d, "fromkeys", cm);
    install_merge(vm);
}

// ---- merging: dict(x), d.update(x), d.copy(), {**x} ------------------------------------------

/// Whether `o` is a dict iterated as a dict (`tp_iter == dict_iter`).
fn plain_dict(vm: &mut Vm, o: &ObjRef) -> bool {
    if o.downcast::<DictBody>().is_none() {
        return false;
    }
    if o.is_exact(&vm.t.dict) {
        return true;
    }
    let name = vm.intern("__iter__");
    let base = vm.t.dict.clone();
    let mine = vm.type_lookup(&o.type_of(), &name);
    let dicts = vm.type_lookup(&base, &name);
    match (mine, dicts) {
        (Some(a), Some(b)) => a.is(&b),
        (None, None) => true,
        _ => false,
    }
}

/// `dict_merge(a, b, override=1)`: a dict source is copied table and all into an empty dict
/// when it has no holes, else after one resize for its size; other mappings go through
/// `keys()` and `[]`.
pub fn merge(vm: &mut Vm, d: &ObjRef, src: &ObjRef) -> PyResult<()> {
    if plain_dict(vm, src) {
        if src.is(d) {
            return Ok(());
        }
        let other = table(src).table.borrow();
        if other.is_empty() {
            return Ok(());
        }
        let used = other.len();
        let mine_empty = table(d).table.borrow().is_empty();
        let split = other.is_split() || table(d).table.borrow().is_split();
        if mine_empty && !split && used == other.entries_len() && (other.log2_size() == super::dict::LOG_MINSIZE || super::dict::usable_fraction((1usize << other.log2_size()) / 2) < used) {
            let copy = other.clone();
            drop(other);
            let old = std::mem::replace(&mut *table(d).table.borrow_mut(), copy);
            drop(old);
            return Ok(());
        }
        let unicode = other.is_unicode();
        let items: Vec<(ObjRef, ObjRef)> = other.iter().map(|(k, v)| (k.clone(), v.clone())).collect();
        drop(other);
        {
            let mut t = table(d).table.borrow_mut();
            if super::dict::usable_fraction(1usize << t.log2_size()) < used {
                let log2 = super::dict::estimate_log2_keysize(t.len() + used);
                t.presize_log2(log2, unicode);
            }
        }
        for (k, v) in items {
            vm.dict_set(d, k, v)?;
        }
        return Ok(());
    }
    let keys = vm.getattr_str(src, "keys")?;
    let keys = vm.call(&keys, &[], None)?;
    let it = vm.get_iter(&keys)?;
    while let Some(k) = vm.next(&it)? {
        let v = vm.getitem(src, &k)?;
        vm.dict_set(d, k, v)?;
    }
    Ok(())
}

/// `PyDict_MergeFromSeq2`: an iterable of key/value pairs.
fn merge_from_seq2(vm: &mut Vm, d: &ObjRef, src: &ObjRef) -> PyResult<()> {
    let it = vm.get_iter(src)?;
    let mut i = 0usize;
    while let Some(item) = vm.next(&it)? {
        let is_seq = item.downcast::<TupleBody>().is_some() || item.downcast::<ListBody>().is_some() || tp(&item.type_of()).slots.iter.get().is_some();
        if !is_seq {
            return Err(vm.type_error(&format!("cannot convert dictionary update sequence element #{i} to a sequence")));
        }
        let kv = vm.collect(&item)?;
        if kv.len() != 2 {
            return Err(vm.value_error(&format!("dictionary update sequence element #{i} has length {}; 2 is required", kv.len())));
        }
        let mut kv = kv.into_iter();
        let (k, v) = (kv.next().expect("two"), kv.next().expect("two"));
        vm.dict_set(d, k, v)?;
        i += 1;
    }
    Ok(())
}

/// `dict_update_arg`: a dict or anything with `keys()` merges as a mapping, else pairs.
pub fn update_arg(vm: &mut Vm, d: &ObjRef, arg: &ObjRef) -> PyResult<()> {
    if arg.is_exact(&vm.t.dict) {
        return merge(vm, d, arg);
    }
    let name = vm.intern("keys");
    let has_keys = match vm.getattr(arg, &name) {
        Ok(_) => true,
        Err(e) if super::typeobject::is_subtype(&e.0.type_of(), &vm.e.attribute_error) => false,
        Err(e) => return Err(e),
    };
    if has_keys { merge(vm, d, arg) } else { merge_from_seq2(vm, d, arg) }
}

/// `dict_update_common`: at most one positional argument, then the keywords.
pub fn update_common(vm: &mut Vm, d: &ObjRef, args: Args, kw: Kw, name: &str) -> PyResult<()> {
    let names: Vec<ObjRef> = kw.and_then(|k| k.downcast::<TupleBody>()).map(|t| t.items.to_vec()).unwrap_or_default();
    let npos = args.len() - names.len();
    if npos > 1 {
        return Err(vm.type_error(&format!("{name} expected at most 1 argument, got {npos}")));
    }
    if npos == 1 {
        update_arg(vm, d, &args[0])?;
    }
    for (k, v) in names.into_iter().zip(args[npos..].iter().cloned()) {
        vm.dict_set(d, k, v)?;
    }
    Ok(())
}

fn m_update(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    update_common(vm, &a[0], &a[1..], kw, "update")?;
    Ok(vm.none.clone())
}

/// `dict.copy()` (`copy_lock_held`): a clone of the table when at most a third is holes.
fn m_copy(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    bind(vm, "dict.copy", &[], 0, Style::NoArgs, a, kw)?;
    let d = vm.new_dict();
    let src = table(&a[0]).table.borrow();
    // A split table is copied as a split table sharing the class keys (`copy_lock_held`).
    if (src.len() >= src.entries_len() * 2 / 3 || src.is_split()) && plain_dict(vm, &a[0]) {
        let copy = src.clone();
        drop(src);
        *table(&d).table.borrow_mut() = copy;
        return Ok(d);
    }
    drop(src);
    merge(vm, &d, &a[0])?;
    Ok(d)
}

fn m_clear(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    bind(vm, "dict.clear", &[], 0, Style::NoArgs, a, kw)?;
    let old = std::mem::take(&mut *table(&a[0]).table.borrow_mut());
    // An instance dict's values live in the instance: clearing keeps it split.
    if let Some(k) = old.shared_keys() {
        table(&a[0]).table.borrow_mut().set_shared(k);
    }
    drop(old);
    Ok(vm.none.clone())
}

/// `dict(...)` for the exact type.
fn dict_new(vm: &mut Vm, _ty: &ObjRef, args: Args, kw: Kw) -> PyResult {
    let d = vm.new_dict();
    update_common(vm, &d, args, kw, "dict")?;
    Ok(d)
}

pub fn install_merge(vm: &mut Vm) {
    let d = vm.t.dict.clone();
    vm.add_method(&d, "update", m_update);
    vm.add_method(&d, "copy", m_copy);
    vm.add_method(&d, "clear", m_clear);
    tp(&d).slots.new.set(Some(dict_new));
}
