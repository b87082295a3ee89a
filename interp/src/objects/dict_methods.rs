//! The methods of `dict` that take arguments (Objects/dictobject.c with its Argument Clinic
//! signatures in Objects/clinic/dictobject.c.h): `fromkeys`, `get`, `setdefault`, `pop`,
//! `popitem`, with CPython's arity errors.

use super::bodies::*;
use super::methodargs::{bind, Style};
use super::object::ObjRef;
use super::typeobject::{PyErr, PyResult};
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
    let p = bind(vm, "get", &["key", "default"], 1, Style::Positional, a, kw)?;
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
}
