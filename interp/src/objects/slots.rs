//! The slot functions of the built-in types (Objects/longobject.c, floatobject.c,
//! unicodeobject.c, tupleobject.c, listobject.c, dictobject.c, rangeobject.c, funcobject.c,
//! methodobject.c, descrobject.c, exceptions.c, object.c) and their installation on the types.

use super::bodies::*;
use super::object::ObjRef;
use super::pystr::PyStr;
use super::typeobject::*;
use crate::vm::Vm;

const MODULUS: u64 = (1u64 << 61) - 1;

/// `long_hash` for a machine integer.
pub fn int_hash(v: i64) -> i64 {
    let m = (v.unsigned_abs() % MODULUS) as i64;
    let h = if v < 0 { -m } else { m };
    if h == -1 { -2 } else { h }
}

/// `_Py_HashDouble` (0 for a NaN here; NaN floats hash by identity in the slot).
pub fn float_hash(v: f64) -> i64 {
    super::hash::float(v).unwrap_or(0)
}

/// SipHash-1-3 with a zero key (PYTHONHASHSEED=0), over CPython's internal representation.
pub fn siphash13(data: &[u8]) -> u64 {
    super::hash::siphash13(0, 0, data)
}

pub fn str_hash(s: &StrBody) -> i64 {
    let h = s.hash.get();
    if h != -1 {
        return h;
    }
    if s.ascii() {
        // ASCII text is its own one-byte-per-code-point form.
        let b = s.as_bytes();
        let mut h = if b.is_empty() { 0 } else { siphash13(b) as i64 };
        if h == -1 {
            h = -2;
        }
        s.hash.set(h);
        return h;
    }
    let kind = s.kind();
    let mut buf = Vec::with_capacity(s.nchars() * kind as usize);
    for c in s.code_points() {
        match kind {
            1 => buf.push(c as u8),
            2 => buf.extend_from_slice(&(c as u16).to_le_bytes()),
            _ => buf.extend_from_slice(&c.to_le_bytes()),
        }
    }
    let mut h = if buf.is_empty() { 0 } else { siphash13(&buf) as i64 };
    if h == -1 {
        h = -2;
    }
    s.hash.set(h);
    h
}

fn int_of(o: &ObjRef) -> Option<i64> {
    super::longobject::small_int(o)
}

// int and float arithmetic and comparison: objects/longobject.rs, objects/floatobject.rs.

fn cmp_result<T: PartialOrd>(vm: &Vm, a: T, b: T, op: CmpOp) -> ObjRef {
    vm.bool(op.holds(&a, &b))
}

fn str_body(o: &ObjRef) -> &StrBody {
    o.downcast::<StrBody>().expect("str")
}

fn str_compare(vm: &mut Vm, a: &ObjRef, b: &ObjRef, op: CmpOp) -> PyResult {
    let (Some(x), Some(y)) = (a.downcast::<StrBody>(), b.downcast::<StrBody>()) else { return Ok(vm.notimpl.clone()) };
    // Generalized UTF-8 sorts bytewise in code point order, as CPython compares.
    Ok(cmp_result(vm, x.as_bytes(), y.as_bytes(), op))
}

fn seq_compare(vm: &mut Vm, x: &[ObjRef], y: &[ObjRef], op: CmpOp) -> PyResult {
    if (op == CmpOp::Eq || op == CmpOp::Ne) && x.len() != y.len() {
        return Ok(vm.bool(op == CmpOp::Ne));
    }
    let n = x.len().min(y.len());
    for i in 0..n {
        if !vm.eq(&x[i], &y[i])? {
            return match op {
                CmpOp::Eq => Ok(vm.false_.clone()),
                CmpOp::Ne => Ok(vm.true_.clone()),
                _ => vm.rich_compare(&x[i], &y[i], op),
            };
        }
    }
    Ok(cmp_result(vm, x.len(), y.len(), op))
}

fn tuple_compare(vm: &mut Vm, a: &ObjRef, b: &ObjRef, op: CmpOp) -> PyResult {
    let (Some(x), Some(y)) = (a.downcast::<TupleBody>(), b.downcast::<TupleBody>()) else { return Ok(vm.notimpl.clone()) };
    // A tuple's items never change, and `a` and `b` keep them alive: no copy needed.
    seq_compare(vm, &x.items, &y.items, op)
}
fn list_compare(vm: &mut Vm, a: &ObjRef, b: &ObjRef, op: CmpOp) -> PyResult {
    let (Some(x), Some(y)) = (a.downcast::<ListBody>(), b.downcast::<ListBody>()) else { return Ok(vm.notimpl.clone()) };
    let (x, y) = (x.items.borrow().clone(), y.items.borrow().clone());
    seq_compare(vm, &x, &y, op)
}
fn dict_compare(vm: &mut Vm, a: &ObjRef, b: &ObjRef, op: CmpOp) -> PyResult {
    let (Some(x), Some(_)) = (a.downcast::<DictBody>(), b.downcast::<DictBody>()) else { return Ok(vm.notimpl.clone()) };
    if op != CmpOp::Eq && op != CmpOp::Ne {
        return Ok(vm.notimpl.clone());
    }
    let items: Vec<(ObjRef, ObjRef)> = x.table.borrow().iter().map(|(k, v)| (k.clone(), v.clone())).collect();
    let mut eq = items.len() == b.downcast::<DictBody>().unwrap().table.borrow().len();
    if eq {
        for (k, v) in items {
            match vm.dict_get(b, &k)? {
                Some(w) if vm.eq(&v, &w)? => {}
                _ => {
                    eq = false;
                    break;
                }
            }
        }
    }
    Ok(vm.bool(eq == (op == CmpOp::Eq)))
}

// ---- repr / str -----------------------------------------------------------------------------

fn float_repr(vm: &mut Vm, o: &ObjRef) -> PyResult {
    Ok(vm.str(&super::float::float_repr(o.downcast::<FloatBody>().unwrap().v)))
}
fn str_repr(vm: &mut Vm, o: &ObjRef) -> PyResult {
    Ok(vm.str(&str_body(o).repr()))
}
fn str_str(_vm: &mut Vm, o: &ObjRef) -> PyResult {
    Ok(o.clone())
}
fn none_repr(vm: &mut Vm, _o: &ObjRef) -> PyResult {
    Ok(vm.str("None"))
}
fn notimpl_repr(vm: &mut Vm, _o: &ObjRef) -> PyResult {
    Ok(vm.str("NotImplemented"))
}
fn ellipsis_repr(vm: &mut Vm, _o: &ObjRef) -> PyResult {
    Ok(vm.str("Ellipsis"))
}

fn join_reprs(vm: &mut Vm, items: &[ObjRef], open: &str, close: &str, one_comma: bool) -> PyResult<String> {
    let mut s = String::from(open);
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        s.push_str(&vm.repr_string(x)?);
    }
    if one_comma && items.len() == 1 {
        s.push(',');
    }
    s.push_str(close);
    Ok(s)
}
fn tuple_repr(vm: &mut Vm, o: &ObjRef) -> PyResult {
    let items = o.downcast::<TupleBody>().unwrap().items.to_vec();
    if items.is_empty() {
        return Ok(vm.str("()"));
    }
    // Like CPython's tuplerepr, a tuple reached again while printing itself shows as `(...)`.
    if !vm.repr_enter(o) {
        return Ok(vm.str("(...)"));
    }
    let s = join_reprs(vm, &items, "(", ")", true);
    vm.repr_leave(o);
    Ok(vm.str(&s?))
}
fn list_repr(vm: &mut Vm, o: &ObjRef) -> PyResult {
    if !vm.repr_enter(o) {
        return Ok(vm.str("[...]"));
    }
    let items = o.downcast::<ListBody>().unwrap().items.borrow().clone();
    let s = join_reprs(vm, &items, "[", "]", false);
    vm.repr_leave(o);
    Ok(vm.str(&s?))
}
fn dict_repr(vm: &mut Vm, o: &ObjRef) -> PyResult {
    if !vm.repr_enter(o) {
        return Ok(vm.str("{...}"));
    }
    let items: Vec<(ObjRef, ObjRef)> = o.downcast::<DictBody>().unwrap().table.borrow().iter().map(|(k, v)| (k.clone(), v.clone())).collect();
    let r = (|| {
        let mut s = String::from("{");
        for (i, (k, v)) in items.iter().enumerate() {
            if i > 0 {
                s.push_str(", ");
            }
            s.push_str(&vm.repr_string(k)?);
            s.push_str(": ");
            s.push_str(&vm.repr_string(v)?);
        }
        s.push('}');
        Ok(s)
    })();
    vm.repr_leave(o);
    Ok(vm.str(&r?))
}
fn type_repr(vm: &mut Vm, o: &ObjRef) -> PyResult {
    let t = tp(o);
    let m = t.module.borrow().clone();
    let s = if m == "builtins" { format!("<class '{}'>", t.qualname.borrow()) } else { format!("<class '{}.{}'>", m, t.qualname.borrow()) };
    Ok(vm.str(&s))
}
fn function_repr(vm: &mut Vm, o: &ObjRef) -> PyResult {
    let f = o.downcast::<FunctionBody>().unwrap();
    let q = f.qualname.borrow().clone();
    let s = format!("<function {} at {:#x}>", str_body(&q).text(), o.addr());
    Ok(vm.str(&s))
}
fn builtin_repr(vm: &mut Vm, o: &ObjRef) -> PyResult {
    let b = o.downcast::<BuiltinBody>().unwrap();
    let s = match &b.self_ {
        Some(s) => format!("<built-in method {} of {} object at {:#x}>", b.name, vm.type_name(s), s.addr()),
        None => format!("<built-in function {}>", b.name),
    };
    Ok(vm.str(&s))
}
fn method_repr(vm: &mut Vm, o: &ObjRef) -> PyResult {
    let m = o.downcast::<MethodBody>().unwrap();
    let q = m.func.downcast::<FunctionBody>().map(|f| str_body(&f.qualname.borrow()).text().into_owned()).unwrap_or_default();
    let sr = vm.repr_string(&m.self_.clone())?;
    Ok(vm.str(&format!("<bound method {} of {}>", q, sr)))
}
fn module_repr(vm: &mut Vm, o: &ObjRef) -> PyResult {
    let r = crate::import::module_repr(vm, o)?;
    Ok(vm.str(&r))
}
fn stream_repr(vm: &mut Vm, o: &ObjRef) -> PyResult {
    let fd = o.downcast::<StreamBody>().unwrap().fd;
    let (name, mode) = match fd {
        0 => ("stdin", 'r'),
        1 => ("stdout", 'w'),
        _ => ("stderr", 'w'),
    };
    Ok(vm.str(&format!("<_io.TextIOWrapper name='<{name}>' mode='{mode}' encoding='utf-8'>")))
}
fn gen_repr(vm: &mut Vm, o: &ObjRef) -> PyResult {
    let g = o.downcast::<GenBody>().unwrap();
    let q = str_body(&g.qualname).text().into_owned();
    Ok(vm.str(&format!("<generator object {} at {:#x}>", q, o.addr())))
}
fn code_repr(vm: &mut Vm, o: &ObjRef) -> PyResult {
    let c = o.downcast::<CodeBody>().unwrap();
    let s = format!("<code object {} at {:#x}, file \"{}\", line {}>", c.code.name, o.addr(), c.code.filename, c.code.firstlineno);
    Ok(vm.str(&s))
}

/// `BaseException.__str__`.
pub fn exc_str(vm: &mut Vm, o: &ObjRef) -> PyResult {
    let e = o.downcast::<ExcBody>().unwrap();
    let args = e.args.borrow().clone();
    let items = args.downcast::<TupleBody>().map(|t| t.items.to_vec()).unwrap_or_default();
    if o.type_of().is(&vm.e.key_error) || is_subtype(&o.type_of(), &vm.e.key_error) {
        if items.len() == 1 {
            return vm.repr(&items[0]);
        }
    }
    match items.len() {
        0 => Ok(vm.str("")),
        1 => vm.to_str(&items[0]),
        _ => vm.repr(&args),
    }
}
fn exc_repr(vm: &mut Vm, o: &ObjRef) -> PyResult {
    let e = o.downcast::<ExcBody>().unwrap();
    let args = e.args.borrow().clone();
    let items = args.downcast::<TupleBody>().map(|t| t.items.to_vec()).unwrap_or_default();
    let name = vm.type_name(o);
    let inner = if items.len() == 1 { format!("({})", vm.repr_string(&items[0])?) } else { vm.repr_string(&args)? };
    Ok(vm.str(&format!("{name}{inner}")))
}

// ---- hashing --------------------------------------------------------------------------------

fn float_hash_slot(_vm: &mut Vm, o: &ObjRef) -> PyResult<i64> {
    let v = o.downcast::<FloatBody>().unwrap().v;
    if v.is_nan() {
        return Ok(((o.addr() >> 4) | (o.addr() << 60)) as i64);
    }
    Ok(float_hash(v))
}
fn none_hash(_vm: &mut Vm, _o: &ObjRef) -> PyResult<i64> {
    Ok(0xFCA86420)
}
fn identity_hash(_vm: &mut Vm, o: &ObjRef) -> PyResult<i64> {
    let a = o.addr();
    Ok(a.rotate_right(4) as i64)
}
/// `tuplehash` (the xxHash-style loop).
fn tuple_hash(vm: &mut Vm, o: &ObjRef) -> PyResult<i64> {
    const P1: u64 = 11400714785074694791;
    const P2: u64 = 14029467366897019727;
    const P5: u64 = 2870177450012600261;
    let items = o.downcast::<TupleBody>().unwrap().items.to_vec();
    let mut acc = P5;
    for x in &items {
        let h = vm.hash(x)? as u64;
        acc = acc.wrapping_add(h.wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add((items.len() as u64) ^ (P5 ^ 3527539));
    if acc == u64::MAX {
        return Ok(1546275796);
    }
    Ok(acc as i64)
}

// ---- truth, length --------------------------------------------------------------------------

fn float_bool(_vm: &mut Vm, o: &ObjRef) -> PyResult<bool> {
    Ok(o.downcast::<FloatBody>().unwrap().v != 0.0)
}
fn str_len(_vm: &mut Vm, o: &ObjRef) -> PyResult<usize> {
    Ok(str_body(o).nchars())
}
fn tuple_len(_vm: &mut Vm, o: &ObjRef) -> PyResult<usize> {
    Ok(o.downcast::<TupleBody>().unwrap().items.len())
}
fn list_len(_vm: &mut Vm, o: &ObjRef) -> PyResult<usize> {
    Ok(o.downcast::<ListBody>().unwrap().items.borrow().len())
}
fn dict_len(_vm: &mut Vm, o: &ObjRef) -> PyResult<usize> {
    Ok(o.downcast::<DictBody>().unwrap().table.borrow().len())
}

// ---- unary ----------------------------------------------------------------------------------

fn float_neg(vm: &mut Vm, o: &ObjRef) -> PyResult {
    Ok(vm.float(-o.downcast::<FloatBody>().unwrap().v))
}
fn float_pos(vm: &mut Vm, o: &ObjRef) -> PyResult {
    Ok(vm.float(o.downcast::<FloatBody>().unwrap().v))
}

// ---- indexing -------------------------------------------------------------------------------

/// An index argument as i64 (`PyNumber_AsSsize_t` via `__index__`).
pub fn index_of(vm: &mut Vm, o: &ObjRef, what: &str) -> PyResult<i64> {
    match int_of(o) {
        Some(v) => Ok(v),
        None if o.downcast::<IntBody>().is_some() => Err(vm.err(&vm.e.index_error, "cannot fit 'int' into an index-sized integer")),
        None => {
            let ty = o.type_of();
            let n = vm.intern("__index__");
            if vm.type_lookup(&ty, &n).is_some() {
                let i = super::longobject::index(vm, o)?;
                return index_of(vm, &i, what);
            }
            // `unicode_subscript` words its message differently.
            if what == "string" {
                return Err(vm.type_error(&format!("string indices must be integers, not '{}'", vm.type_name(o))));
            }
            Err(vm.type_error(&format!("{what} indices must be integers or slices, not {}", vm.type_name(o))))
        }
    }
}

fn norm_index(vm: &mut Vm, i: i64, len: usize, what: &str) -> PyResult<usize> {
    let j = if i < 0 { i + len as i64 } else { i };
    if j < 0 || j >= len as i64 {
        return Err(vm.err(&vm.e.index_error, &format!("{what} index out of range")));
    }
    Ok(j as usize)
}

fn tuple_getitem(vm: &mut Vm, o: &ObjRef, k: &ObjRef) -> PyResult {
    if let Some(r) = super::sliceobject::subscript(vm, o, k)? {
        return Ok(r);
    }
    let i = index_of(vm, k, "tuple")?;
    let t = o.downcast::<TupleBody>().unwrap();
    let j = norm_index(vm, i, t.items.len(), "tuple")?;
    Ok(t.items[j].clone())
}
fn list_getitem(vm: &mut Vm, o: &ObjRef, k: &ObjRef) -> PyResult {
    if let Some(r) = super::sliceobject::subscript(vm, o, k)? {
        return Ok(r);
    }
    let i = index_of(vm, k, "list")?;
    let l = o.downcast::<ListBody>().unwrap();
    let len = l.items.borrow().len();
    let j = norm_index(vm, i, len, "list")?;
    Ok(l.items.borrow()[j].clone())
}
fn list_setitem(vm: &mut Vm, o: &ObjRef, k: &ObjRef, v: Option<ObjRef>) -> PyResult<()> {
    if super::sliceobject::list_assign(vm, o, k, v.clone())? {
        return Ok(());
    }
    let i = index_of(vm, k, "list")?;
    let l = o.downcast::<ListBody>().unwrap();
    let len = l.items.borrow().len();
    let j = norm_index(vm, i, len, "list assignment")?;
    let old = match v {
        Some(v) => std::mem::replace(&mut l.items.borrow_mut()[j], v),
        None => super::listobject::remove_at(l, j),
    };
    drop(old);
    Ok(())
}
fn str_getitem(vm: &mut Vm, o: &ObjRef, k: &ObjRef) -> PyResult {
    if let Some(r) = super::sliceobject::subscript(vm, o, k)? {
        return Ok(r);
    }
    let i = index_of(vm, k, "string")?;
    let s = str_body(o);
    let j = norm_index(vm, i, s.nchars(), "string")?;
    let c = if s.ascii() { s.as_bytes()[j] as u32 } else { s.char_at(j) };
    Ok(vm.pystr(PyStr::from_code_points([c])))
}
fn dict_getitem(vm: &mut Vm, o: &ObjRef, k: &ObjRef) -> PyResult {
    match vm.dict_get(o, k)? {
        Some(v) => Ok(v),
        None => {
            // A subclass's `__missing__` supplies absent keys (`dict_subscript`).
            if !o.is_exact(&vm.t.dict) {
                if let Some(m) = vm.lookup_special(o, "__missing__")? {
                    return vm.call(&m, &[k.clone()], None);
                }
            }
            Err(PyErr(vm.new_exception(&vm.e.key_error.clone(), vec![k.clone()])))
        }
    }
}
fn dict_setitem(vm: &mut Vm, o: &ObjRef, k: &ObjRef, v: Option<ObjRef>) -> PyResult<()> {
    match v {
        Some(v) => vm.dict_set(o, k.clone(), v),
        None => match vm.dict_del(o, k)? {
            Some(_) => Ok(()),
            None => Err(PyErr(vm.new_exception(&vm.e.key_error.clone(), vec![k.clone()]))),
        },
    }
}
fn dict_contains(vm: &mut Vm, o: &ObjRef, k: &ObjRef) -> PyResult<bool> {
    Ok(vm.dict_get(o, k)?.is_some())
}
fn str_contains(vm: &mut Vm, o: &ObjRef, k: &ObjRef) -> PyResult<bool> {
    let Some(n) = k.downcast::<StrBody>() else {
        return Err(vm.type_error(&format!("'in <string>' requires string as left operand, not {}", vm.type_name(k))));
    };
    Ok(str_body(o).text().contains(&*n.text()))
}

// ---- iteration ------------------------------------------------------------------------------

fn self_iter(_vm: &mut Vm, o: &ObjRef) -> PyResult {
    Ok(o.clone())
}
fn list_iter(vm: &mut Vm, o: &ObjRef) -> PyResult {
    Ok(super::object::alloc(&vm.t.list_iter, SeqIterBody { seq: std::cell::RefCell::new(Some(o.clone())), index: std::cell::Cell::new(0) }))
}
fn tuple_iter(vm: &mut Vm, o: &ObjRef) -> PyResult {
    Ok(super::object::alloc(&vm.t.tuple_iter, SeqIterBody { seq: std::cell::RefCell::new(Some(o.clone())), index: std::cell::Cell::new(0) }))
}
fn str_iter(vm: &mut Vm, o: &ObjRef) -> PyResult {
    // `unicode_iter`: ASCII strs get `str_ascii_iterator`, the others `str_iterator`.
    let ty = if str_body(o).ascii() { &vm.t.str_iter } else { &vm.t.str_uni_iter };
    Ok(super::object::alloc(ty, StrIterBody { chars: str_body(o).code_points().collect(), index: std::cell::Cell::new(0) }))
}
fn dict_iter(vm: &mut Vm, o: &ObjRef) -> PyResult {
    Ok(super::dictview::new_iter(vm, o, 0, false))
}
pub fn seq_iter_next(_vm: &mut Vm, o: &ObjRef) -> PyResult<Option<ObjRef>> {
    let it = o.downcast::<SeqIterBody>().unwrap();
    let seq = it.seq.borrow().clone();
    let Some(seq) = seq else { return Ok(None) };
    let i = it.index.get();
    let item = if let Some(l) = seq.downcast::<ListBody>() {
        l.items.borrow().get(i).cloned()
    } else {
        seq.downcast::<TupleBody>().and_then(|t| t.items.get(i).cloned())
    };
    match item {
        Some(x) => {
            it.index.set(i + 1);
            Ok(Some(x))
        }
        None => {
            *it.seq.borrow_mut() = None;
            Ok(None)
        }
    }
}
fn str_iter_next(vm: &mut Vm, o: &ObjRef) -> PyResult<Option<ObjRef>> {
    let it = o.downcast::<StrIterBody>().unwrap();
    let i = it.index.get();
    match it.chars.get(i) {
        Some(&c) => {
            it.index.set(i + 1);
            Ok(Some(vm.pystr(PyStr::from_code_points([c]))))
        }
        None => Ok(None),
    }
}
pub fn range_iter_next(vm: &mut Vm, o: &ObjRef) -> PyResult<Option<ObjRef>> {
    let it = o.downcast::<RangeIterBody>().unwrap();
    let left = it.left.get();
    if left <= 0 {
        return Ok(None);
    }
    let v = it.next.get();
    it.left.set(left - 1);
    it.next.set(v.wrapping_add(it.step));
    Ok(Some(vm.int(v)))
}
fn dict_iter_next(vm: &mut Vm, o: &ObjRef) -> PyResult<Option<ObjRef>> {
    let it = o.downcast::<DictIterBody>().unwrap();
    let d = it.dict.downcast::<DictBody>().unwrap();
    let t = d.table.borrow();
    if t.len() != it.len {
        drop(t);
        return Err(vm.err(&vm.e.runtime_error, "dictionary changed size during iteration"));
    }
    let mut p = it.pos.get();
    while p < t.entries_len() {
        if let Some((k, v)) = t.entry(p) {
            it.pos.set(p + 1);
            let (k, v) = (k.clone(), v.clone());
            drop(t);
            return Ok(Some(match it.kind {
                0 => k,
                1 => v,
                _ => vm.tuple(vec![k, v]),
            }));
        }
        p += 1;
    }
    it.pos.set(p);
    Ok(None)
}

// ---- sequences: + and * ---------------------------------------------------------------------

/// `sq_concat` / `sq_repeat` of str, list and tuple.
pub fn seq_binary(vm: &mut Vm, a: &ObjRef, b: &ObjRef, op: u32) -> PyResult<Option<ObjRef>> {
    if op == 0 {
        if let (Some(x), Some(y)) = (a.downcast::<StrBody>(), b.downcast::<StrBody>()) {
            return Ok(Some(vm.str_from_body(x.concat(y))));
        }
        if let (Some(x), Some(y)) = (a.downcast::<ListBody>(), b.downcast::<ListBody>()) {
            let v = super::listobject::concat(&x.items.borrow(), &y.items.borrow());
            return Ok(Some(vm.list(v)));
        }
        if let (Some(x), Some(y)) = (a.downcast::<TupleBody>(), b.downcast::<TupleBody>()) {
            let mut v = x.items.to_vec();
            v.extend(y.items.iter().cloned());
            return Ok(Some(vm.tuple(v)));
        }
    }
    if op == 5 {
        let is_seq = |o: &ObjRef| o.downcast::<StrBody>().is_some() || o.downcast::<ListBody>().is_some() || o.downcast::<TupleBody>().is_some();
        // A count beyond i64 (`PyNumber_AsSsize_t` with OverflowError).
        let big = |o: &ObjRef| o.downcast::<IntBody>().is_some() && int_of(o).is_none();
        if (is_seq(a) && big(b)) || (is_seq(b) && big(a)) {
            return Err(vm.err(&vm.e.overflow_error, "cannot fit 'int' into an index-sized integer"));
        }
        // A count with `__index__` (`PyIndex_Check`, then PyNumber_AsSsize_t).
        let as_count = |vm: &mut Vm, o: &ObjRef| -> PyResult<Option<i64>> {
            if let Some(n) = int_of(o) {
                return Ok(Some(n));
            }
            if o.downcast::<IntBody>().is_none() && tp(&o.type_of()).slots.nb_index.get().is_some() {
                let i = super::longobject::index(vm, o)?;
                return match int_of(&i) {
                    Some(n) => Ok(Some(n)),
                    None => Err(vm.err(&vm.e.overflow_error, "cannot fit 'int' into an index-sized integer")),
                };
            }
            Ok(None)
        };
        let (seq, n) = if is_seq(a) {
            match as_count(vm, b)? {
                Some(n) => (a, n),
                None => return Ok(None),
            }
        } else if is_seq(b) {
            match as_count(vm, a)? {
                Some(n) => (b, n),
                None => return Ok(None),
            }
        } else {
            return Ok(None);
        };
        let n = n.max(0) as usize;
        // More items than memory can hold (`list_repeat`/`tuple_repeat`: PyErr_NoMemory).
        let items = seq.downcast::<ListBody>().map(|l| l.items.borrow().len()).or_else(|| seq.downcast::<TupleBody>().map(|t| t.items.len()));
        if items.is_some_and(|len| len.checked_mul(n).is_none_or(|t| t > (isize::MAX as usize) / 8 || t > 1 << 36)) {
            return Err(PyErr(vm.new_exception(&vm.e.memory_error.clone(), vec![])));
        }
        if let Some(x) = seq.downcast::<StrBody>() {
            return Ok(Some(vm.str_from_body(x.repeat(n))));
        }
        if let Some(x) = seq.downcast::<ListBody>() {
            let src = x.items.borrow().clone();
            let v = super::listobject::repeat(vm, &src, n as i64)?;
            return Ok(Some(vm.list(v)));
        }
        if let Some(x) = seq.downcast::<TupleBody>() {
            let mut v = Vec::with_capacity(x.items.len() * n);
            for _ in 0..n {
                v.extend(x.items.iter().cloned());
            }
            return Ok(Some(vm.tuple(v)));
        }
    }
    if op == 6 {
        if a.downcast::<StrBody>().is_some() {
            return Err(vm.type_error("pyref: str % formatting is not built yet"));
        }
    }
    Ok(None)
}

// ---- attributes -----------------------------------------------------------------------------

/// `PyObject_GenericGetAttr`: data descriptors aside, the instance dict, then the type's
/// attribute (binding functions and method descriptors).
pub fn generic_getattr(vm: &mut Vm, o: &ObjRef, name: &ObjRef) -> PyResult {
    let ty = o.type_of();
    let found = vm.type_lookup(&ty, name);
    if let Some(p) = found.as_ref().and_then(|f| f.downcast::<PropertyBody>()) {
        // A data descriptor wins over the instance dict.
        return match &p.fget {
            Some(g) => {
                let g = g.clone();
                vm.call(&g, &[o.clone()], None)
            }
            None => {
                let n = str_body(name).text().into_owned();
                Err(vm.err(&vm.e.attribute_error.clone(), &format!("property '{}' of '{}' object has no getter", n, tp(&ty).name())))
            }
        };
    }
    let d = instance_dict(o);
    if let Some(d) = d {
        if let Some(v) = vm.dict_get(&d, name)? {
            return Ok(v);
        }
    }
    if let Some(f) = found {
        return bind(vm, f, o);
    }
    if let Some(v) = special_attr(vm, o, name)? {
        return Ok(v);
    }
    let n = str_body(name).text().into_owned();
    if o.downcast::<ModuleBody>().is_some() {
        return crate::import::module_getattr_missing(vm, o, name);
    }
    Err(vm.err(&vm.e.attribute_error.clone(), &format!("'{}' object has no attribute '{}'", tp(&ty).name(), n)))
}

/// Binds a class attribute found for instance `o` (`tp_descr_get` of functions and method descriptors).
pub fn bind(vm: &mut Vm, f: ObjRef, o: &ObjRef) -> PyResult {
    if let Some(sm) = f.downcast::<StaticMethodBody>() {
        return Ok(sm.f.clone());
    }
    if let Some(cm) = f.downcast::<ClassMethodBody>() {
        return Ok(super::object::alloc(&vm.t.method, MethodBody { func: cm.f.clone(), self_: o.type_of() }));
    }
    if f.downcast::<FunctionBody>().is_some() {
        return Ok(super::object::alloc(&vm.t.method, MethodBody { func: f, self_: o.clone() }));
    }
    if let Some(m) = f.downcast::<MethodDescrBody>() {
        let ty = o.type_of();
        return Ok(super::descrobject::bind_method(vm, &f, m, Some(o), &ty));
    }
    if f.downcast::<super::descrobject::GetSetBody>().is_some() {
        return super::descrobject::getset_get(vm, &f, Some(o));
    }
    Ok(f)
}

pub fn instance_dict(o: &ObjRef) -> Option<ObjRef> {
    if let Some(i) = o.downcast::<InstanceBody>() {
        if tp(&o.type_of()).has_flag(super::member_slots::NO_DICT) {
            return None;
        }
        return i.materialize(o);
    }
    if let Some(e) = o.downcast::<ExcBody>() {
        return e.dict.borrow().clone();
    }
    if let Some(f) = o.downcast::<FunctionBody>() {
        return f.dict.borrow().clone();
    }
    if let Some(m) = o.downcast::<ModuleBody>() {
        return Some(m.dict.clone());
    }
    super::subclass::instance_dict(o)
}

/// Attributes the built-in types expose as getters (`tp_getset`/`tp_members`).
pub fn special_attr(vm: &mut Vm, o: &ObjRef, name: &ObjRef) -> PyResult<Option<ObjRef>> {
    let n = str_body(name).text().into_owned();
    if n == "__class__" {
        return Ok(Some(o.type_of()));
    }
    if let Some(v) = super::descrobject::attribute(vm, o, &n)? {
        return Ok(Some(v));
    }
    if let Some(v) = super::frameobject::attribute(vm, o, &n)? {
        return Ok(Some(v));
    }
    if let Some(v) = super::type_methods::attribute(vm, o, &n)? {
        return Ok(Some(v));
    }
    if let Some(v) = super::sliceobject::attribute(o, &n) {
        return Ok(Some(v));
    }
    if let Some(v) = crate::eval::gen::attribute(vm, o, &n) {
        return Ok(Some(v));
    }
    if let Some(v) = super::exceptions::member(vm, o, &n) {
        return Ok(Some(v));
    }
    if let Some(e) = o.downcast::<ExcBody>() {
        return Ok(match n.as_str() {
            "args" => Some(e.args.borrow().clone()),
            "__cause__" => Some(e.cause.borrow().clone().unwrap_or_else(|| vm.none.clone())),
            "__context__" => Some(e.context.borrow().clone().unwrap_or_else(|| vm.none.clone())),
            "__suppress_context__" => Some(vm.bool(e.suppress_context.get())),
            "__traceback__" => Some(super::frameobject::exc_traceback(vm, e)),
            other => crate::import::import_error_attr(vm, o, other).or_else(|| super::str_type::unicode_error_attr(vm, o, other)),
        });
    }
    if let Some(f) = o.downcast::<FunctionBody>() {
        return Ok(match n.as_str() {
            "__name__" => Some(f.name.borrow().clone()),
            "__qualname__" => Some(f.qualname.borrow().clone()),
            "__code__" => Some(f.code.clone()),
            "__defaults__" => Some(f.defaults.borrow().clone().unwrap_or_else(|| vm.none.clone())),
            "__globals__" => Some(f.globals.clone()),
            "__module__" => Some(f.module.borrow().clone().unwrap_or_else(|| vm.none.clone())),
            "__doc__" => Some(f.doc.borrow().clone().unwrap_or_else(|| vm.none.clone())),
            _ => None,
        });
    }
    if let Some(t) = o.downcast::<TypeObject>() {
        return Ok(match n.as_str() {
            // A static type's `tp_name` may carry its module ("collections.deque"): `type_name`.
            "__name__" if !t.has_flag(tpflags::HEAPTYPE) => Some(vm.str(t.name().rsplit('.').next().unwrap_or_default())),
            "__name__" => Some(vm.str(&t.name())),
            "__qualname__" => Some(vm.str(&t.qualname.borrow())),
            "__module__" => Some(vm.str(&t.module.borrow())),
            "__mro__" => Some(vm.tuple(t.mro.borrow().clone())),
            "__base__" => Some(t.base.borrow().clone().unwrap_or_else(|| vm.none.clone())),
            "__bases__" => Some(vm.tuple(t.bases.borrow().clone())),
            "__basicsize__" => Some(vm.int(t.basicsize.get() as i64)),
            "__itemsize__" => Some(vm.int(t.itemsize as i64)),
            // The bits pyref tracks, plus READY and HAVE_VERSION_TAG (every type) and
            // IMMUTABLETYPE (static types); GC and method-descriptor bits are not modelled.
            "__flags__" => {
                // pyref's own bits (from 50 up, listed at `tpflags::SPEC_TYPE`) stay hidden.
                let mut f = t.flags.get() & ((1 << 50) - 1);
                if t.has_flag(super::sizes::STATIC_MODEL) {
                    f &= !super::typeobject::tpflags::HEAPTYPE;
                }
                let imm = if f & super::typeobject::tpflags::HEAPTYPE == 0 { 1 << 8 } else { 0 };
                Some(vm.int((f | imm | (1 << 12) | (1 << 18)) as i64))
            }
            "__dict__" => t.dict.borrow().clone().map(|d| super::mappingproxy::new(vm, d)),
            _ => None,
        });
    }
    if let Some(m) = o.downcast::<ModuleBody>() {
        if n == "__dict__" {
            return Ok(Some(m.dict.clone()));
        }
    }
    if let Some(c) = o.downcast::<CodeBody>() {
        return Ok(match n.as_str() {
            "co_name" => Some(vm.str(&c.code.name)),
            "co_filename" => Some(vm.str(&c.code.filename)),
            "co_firstlineno" => Some(vm.int(c.code.firstlineno as i64)),
            "co_argcount" => Some(vm.int(c.code.argcount as i64)),
            "co_consts" => Some(vm.tuple(c.consts.clone())),
            "co_names" => Some(vm.tuple(c.names.clone())),
            other => super::code_attrs::code_attr(vm, c, other),
        });
    }
    if let Some(g) = o.downcast::<GenBody>() {
        return Ok(match n.as_str() {
            "__name__" => Some(g.name.clone()),
            "__qualname__" => Some(g.qualname.clone()),
            "gi_running" => Some(vm.bool(g.running.get())),
            "gi_frame" if !g.suspended() => Some(vm.none.clone()),
            _ => None,
        });
    }
    if let Some(b) = o.downcast::<BuiltinBody>() {
        return Ok(match n.as_str() {
            "__name__" | "__qualname__" => Some(vm.str(b.name)),
            // A function with no bound object is one of the builtins module's.
            "__self__" => Some(match &b.self_ {
                Some(s) => s.clone(),
                None => crate::import::builtins_module(vm),
            }),
            _ => None,
        });
    }
    if let Some(m) = o.downcast::<MethodBody>() {
        return Ok(match n.as_str() {
            "__self__" => Some(m.self_.clone()),
            "__func__" => Some(m.func.clone()),
            _ => None,
        });
    }
    if int_of(o).is_some() {
        return Ok(match n.as_str() {
            "real" | "numerator" => Some(vm.int(int_of(o).unwrap())),
            "imag" => Some(vm.int(0)),
            "denominator" => Some(vm.int(1)),
            _ => None,
        });
    }
    Ok(None)
}

/// `type.__getattribute__`: the metatype's data descriptors aside, the MRO of the type itself.

pub fn generic_setattr(vm: &mut Vm, o: &ObjRef, name: &ObjRef, v: Option<ObjRef>) -> PyResult<()> {
    if let Some(t) = o.downcast::<TypeObject>() {
        vm.type_modified();
        if t.has_flag(super::sizes::STATIC_MODEL) {
            // A static C type's name carries its module (`tp_name`).
            let n = str_body(name).text().into_owned();
            return Err(vm.type_error(&format!("cannot set '{n}' attribute of immutable type '{}.{}'", t.module.borrow(), t.name())));
        }
        if t.has_flag(tpflags::HEAPTYPE) {
            let d = t.dict.borrow().clone().unwrap();
            let n = str_body(name).text();
            if n.starts_with("__") && n.ends_with("__") && n.len() > 4 {
                // A dunder changes the class's slots (and its subclasses'): `update_slot`.
                let r = match v {
                    Some(v) => vm.dict_set(&d, name.clone(), v),
                    None => match vm.dict_del(&d, name)? {
                        Some(_) => Ok(()),
                        None => Err(vm.err(&vm.e.attribute_error.clone(), &format!("type object '{}' has no attribute '{}'", t.name(), n))),
                    },
                };
                crate::objects::type_new::fixup_slots_tree(vm, o);
                return r;
            }
            return match v {
                Some(v) => vm.dict_set(&d, name.clone(), v),
                None => match vm.dict_del(&d, name)? {
                    Some(_) => Ok(()),
                    None => {
                        let n = str_body(name).text().into_owned();
                        Err(vm.err(&vm.e.attribute_error.clone(), &format!("type object '{}' has no attribute '{}'", t.name(), n)))
                    }
                },
            };
        }
        let n = str_body(name).text().into_owned();
        return Err(vm.type_error(&format!("cannot set '{}' attribute of immutable type '{}'", n, t.name())));
    }
    let ty = o.type_of();
    if let Some(found) = vm.type_lookup(&ty, name) {
        if let Some(p) = found.downcast::<PropertyBody>() {
            let f = if v.is_some() { p.fset.clone() } else { p.fdel.clone() };
            let n = str_body(name).text().into_owned();
            return match f {
                Some(f) => {
                    let mut a = vec![o.clone()];
                    a.extend(v);
                    vm.call(&f, &a, None).map(|_| ())
                }
                None => Err(vm.err(
                    &vm.e.attribute_error.clone(),
                    &format!("property '{}' of '{}' object has no {}", n, tp(&ty).name(), if v.is_some() { "setter" } else { "deleter" }),
                )),
            };
        }
    }
    if super::funcattrs::set_special(vm, o, &str_body(name).text(), &v)? {
        return Ok(());
    }
    if let Some(f) = o.downcast::<FunctionBody>() {
        if f.dict.borrow().is_none() {
            *f.dict.borrow_mut() = Some(vm.new_dict());
        }
    }
    if let Some(e) = o.downcast::<ExcBody>() {
        if e.dict.borrow().is_none() {
            *e.dict.borrow_mut() = Some(vm.new_dict());
        }
    }
    match instance_dict(o) {
        Some(d) => match v {
            Some(v) => vm.dict_set(&d, name.clone(), v),
            None => match vm.dict_del(&d, name)? {
                Some(_) => Ok(()),
                None => {
                    let n = str_body(name).text().into_owned();
                    Err(vm.err(&vm.e.attribute_error.clone(), &format!("'{}' object has no attribute '{}'", vm.type_name(o), n)))
                }
            },
        },
        None => {
            let n = str_body(name).text().into_owned();
            // An attribute the type has (a method) but cannot set is read-only.
            if vm.type_lookup(&ty, name).is_some() {
                return Err(vm.err(&vm.e.attribute_error.clone(), &format!("'{}' object attribute '{}' is read-only", vm.type_name(o), n)));
            }
            Err(vm.err(&vm.e.attribute_error.clone(), &format!("'{}' object has no attribute '{}' and no __dict__ for setting new attributes", vm.type_name(o), n)))
        }
    }
}

// ---- calls ----------------------------------------------------------------------------------

fn builtin_call(vm: &mut Vm, f: &ObjRef, args: &[ObjRef], kwnames: Option<&ObjRef>) -> PyResult {
    let b = f.downcast::<BuiltinBody>().unwrap();
    match &b.self_ {
        Some(s) => {
            let mut a = Vec::with_capacity(args.len() + 1);
            a.push(s.clone());
            a.extend_from_slice(args);
            (b.f)(vm, &a, kwnames)
        }
        None => (b.f)(vm, args, kwnames),
    }
}
fn method_descr_call(vm: &mut Vm, f: &ObjRef, args: &[ObjRef], kwnames: Option<&ObjRef>) -> PyResult {
    let m = f.downcast::<MethodDescrBody>().unwrap();
    // A slot wrapper (`wrapperdescr_call`) words its checks differently.
    let wrapper = f.is_exact(&vm.t.descr.wrapper);
    if args.is_empty() {
        if wrapper {
            return Err(vm.type_error(&format!("descriptor '{}' of '{}' object needs an argument", m.name, tp(&m.owner).name())));
        }
        return Err(vm.type_error(&format!("unbound method {}.{}() needs an argument", tp(&m.owner).name(), m.name)));
    }
    let self_ty = args[0].type_of();
    if !self_ty.is(&m.owner) && !is_subtype(&self_ty, &m.owner) {
        if wrapper {
            return Err(vm.type_error(&format!("descriptor '{}' requires a '{}' object but received a '{}'", m.name, tp(&m.owner).name(), tp(&self_ty).name())));
        }
        return Err(vm.type_error(&format!("descriptor '{}' for '{}' objects doesn't apply to a '{}' object", m.name, tp(&m.owner).name(), tp(&self_ty).name())));
    }
    (m.f)(vm, args, kwnames)
}
fn method_call(vm: &mut Vm, f: &ObjRef, args: &[ObjRef], kwnames: Option<&ObjRef>) -> PyResult {
    let m = f.downcast::<MethodBody>().unwrap();
    let mut a = Vec::with_capacity(args.len() + 1);
    a.push(m.self_.clone());
    a.extend_from_slice(args);
    let func = m.func.clone();
    vm.call(&func, &a, kwnames)
}
/// `type.__call__`: `tp_new` then `__init__`.
fn type_call(vm: &mut Vm, f: &ObjRef, args: &[ObjRef], kwnames: Option<&ObjRef>) -> PyResult {
    if f.is(&vm.t.type_) && args.len() == 1 && kwnames.is_none() {
        return Ok(args[0].type_of());
    }
    crate::objects::type_new::call_class(vm, f, args, kwnames)
}
fn exc_new(vm: &mut Vm, ty: &ObjRef, args: &[ObjRef], kw: Option<&ObjRef>) -> PyResult {
    // Keyword arguments are for `__init__` (BaseException_new keeps only the positional ones).
    let nkw = kw.and_then(|k| k.downcast::<TupleBody>()).map_or(0, |t| t.items.len());
    Ok(vm.new_exception(ty, args[..args.len() - nkw].to_vec()))
}

pub fn install(vm: &mut Vm) {
    let t = &vm.t;
    macro_rules! set {
        ($ty:expr, $slot:ident, $f:expr) => {
            tp(&$ty).slots.$slot.set(Some($f))
        };
    }
    set!(t.float, repr, float_repr);
    set!(t.str_, repr, str_repr);
    set!(t.str_, str, str_str);
    set!(t.none, repr, none_repr);
    set!(t.notimpl, repr, notimpl_repr);
    set!(t.ellipsis, repr, ellipsis_repr);
    set!(t.tuple, repr, tuple_repr);
    set!(t.list, repr, list_repr);
    set!(t.dict, repr, dict_repr);
    set!(t.type_, repr, type_repr);
    set!(t.function, repr, function_repr);
    set!(t.builtin, repr, builtin_repr);
    set!(t.method, repr, method_repr);
    set!(t.code, repr, code_repr);
    set!(t.module, repr, module_repr);
    set!(t.generator, repr, gen_repr);
    set!(t.generator, iter, self_iter);
    set!(t.generator, iternext, crate::eval::gen_iternext);
    set!(t.generator, hash, identity_hash);
    set!(t.stream, repr, stream_repr);
    // int, bool: objects/longobject.rs installs their slots.
    set!(t.float, hash, float_hash_slot);
    set!(t.float, nb_bool, float_bool);
    set!(t.float, nb_negative, float_neg);
    set!(t.float, nb_positive, float_pos);
    set!(t.none, hash, none_hash);
    for ty in [&t.object, &t.type_, &t.function, &t.builtin, &t.code, &t.method, &t.notimpl, &t.ellipsis, &t.range] {
        set!(ty, hash, identity_hash);
    }
    set!(t.tuple, hash, tuple_hash);
    set!(t.str_, richcompare, str_compare);
    set!(t.tuple, richcompare, tuple_compare);
    set!(t.list, richcompare, list_compare);
    set!(t.dict, richcompare, dict_compare);
    set!(t.str_, mp_length, str_len);
    set!(t.tuple, mp_length, tuple_len);
    set!(t.list, mp_length, list_len);
    set!(t.dict, mp_length, dict_len);
    set!(t.tuple, mp_subscript, tuple_getitem);
    set!(t.list, mp_subscript, list_getitem);
    set!(t.str_, mp_subscript, str_getitem);
    set!(t.dict, mp_subscript, dict_getitem);
    set!(t.list, mp_ass_subscript, list_setitem);
    set!(t.dict, mp_ass_subscript, dict_setitem);
    set!(t.dict, sq_contains, dict_contains);
    set!(t.str_, sq_contains, str_contains);
    set!(t.list, iter, list_iter);
    set!(t.tuple, iter, tuple_iter);
    set!(t.str_, iter, str_iter);
    set!(t.dict, iter, dict_iter);
    for ty in [&t.list_iter, &t.tuple_iter, &t.str_iter, &t.str_uni_iter, &t.dict_keyiter, &t.range_iter] {
        set!(ty, iter, self_iter);
    }
    set!(t.list_iter, iternext, seq_iter_next);
    set!(t.tuple_iter, iternext, seq_iter_next);
    set!(t.str_iter, iternext, str_iter_next);
    set!(t.str_uni_iter, iternext, str_iter_next);
    set!(t.range_iter, iternext, range_iter_next);
    set!(t.dict_keyiter, iternext, dict_iter_next);
    set!(t.builtin, call, builtin_call);
    set!(t.method_descr, call, method_descr_call);
    set!(t.method, call, method_call);
    set!(t.type_, call, type_call);
    set!(t.type_, getattro, super::attrs::type_getattr);
    let e = &vm.e;
    for ty in [
        &e.base_exception, &e.exception, &e.type_error, &e.value_error, &e.name_error, &e.unbound_local_error, &e.attribute_error,
        &e.lookup_error, &e.index_error, &e.key_error, &e.arithmetic_error, &e.zero_division_error, &e.overflow_error,
        &e.stop_iteration, &e.runtime_error, &e.recursion_error, &e.not_implemented_error, &e.assertion_error, &e.system_exit,
        &e.keyboard_interrupt, &e.generator_exit, &e.import_error, &e.module_not_found_error, &e.unicode_error, &e.os_error,
        &e.timeout_error, &e.memory_error, &e.unicode_encode_error, &e.unicode_decode_error, &e.buffer_error,
    ] {
        set!(ty, str, exc_str);
        set!(ty, repr, exc_repr);
        set!(ty, new, exc_new);
        set!(ty, hash, identity_hash);
    }
    // Every type gets its dict now that `dict` exists.
    let all: Vec<ObjRef> = vec![
        t.type_.clone(), t.object.clone(), t.none.clone(), t.notimpl.clone(), t.ellipsis.clone(), t.int.clone(), t.bool_.clone(),
        t.float.clone(), t.str_.clone(), t.tuple.clone(), t.list.clone(), t.dict.clone(), t.range.clone(), t.range_iter.clone(),
        t.list_iter.clone(), t.tuple_iter.clone(), t.str_iter.clone(), t.str_uni_iter.clone(), t.dict_keyiter.clone(), t.code.clone(), t.function.clone(),
        t.cell.clone(), t.builtin.clone(), t.method_descr.clone(), t.method.clone(), t.module.clone(), t.stream.clone(), t.generator.clone(), t.staticmethod.clone(), t.classmethod.clone(), t.property.clone(),
        e.base_exception.clone(), e.exception.clone(), e.type_error.clone(), e.value_error.clone(), e.name_error.clone(),
        e.unbound_local_error.clone(), e.attribute_error.clone(), e.lookup_error.clone(), e.index_error.clone(), e.key_error.clone(),
        e.arithmetic_error.clone(), e.zero_division_error.clone(), e.overflow_error.clone(), e.stop_iteration.clone(),
        e.runtime_error.clone(), e.recursion_error.clone(), e.not_implemented_error.clone(), e.assertion_error.clone(),
        e.system_exit.clone(), e.keyboard_interrupt.clone(), e.generator_exit.clone(), e.import_error.clone(),
        e.module_not_found_error.clone(), e.unicode_error.clone(), e.os_error.clone(), e.timeout_error.clone(),
        e.memory_error.clone(), e.unicode_encode_error.clone(), e.unicode_decode_error.clone(), e.buffer_error.clone(),
    ];
    for ty in all {
        *tp(&ty).dict.borrow_mut() = Some(vm.new_dict());
    }
}
