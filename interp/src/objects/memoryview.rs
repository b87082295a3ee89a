//! `memoryview` over bytes and bytearray (Objects/memoryobject.c), for the one-dimensional
//! unsigned-byte format 'B' only: a window `start..stop` onto the exporting object. A view of a
//! bytearray counts as an export while it lives (and until `release()`), so resizing the
//! bytearray raises BufferError as in CPython.

use super::bodies::*;
use super::bytes_type::{ByteArrayBody, BytesBody};
use super::methodargs::{bind, Style};
use super::object::{alloc, ObjRef};
use super::typeobject::*;
use crate::vm::Vm;
use std::cell::{Cell, RefCell};

/// A view: the exporter (None once released) and the window onto it.
pub struct MemoryViewBody {
    pub obj: RefCell<Option<ObjRef>>,
    pub start: usize,
    pub stop: Cell<usize>,
}
crate::impl_body!(MemoryViewBody, "memoryview");

impl Drop for MemoryViewBody {
    fn drop(&mut self) {
        release_export(self);
    }
}

fn release_export(m: &MemoryViewBody) {
    if let Some(o) = m.obj.borrow_mut().take() {
        if let Some(ba) = o.downcast::<ByteArrayBody>() {
            ba.exports.set(ba.exports.get().saturating_sub(1));
        }
    }
}

/// A new view of `obj[start..stop]` (obj is bytes or bytearray).
pub fn new_view(vm: &Vm, obj: &ObjRef, start: usize, stop: usize) -> ObjRef {
    if let Some(ba) = obj.downcast::<ByteArrayBody>() {
        ba.exports.set(ba.exports.get() + 1);
    }
    alloc(&vm.t.memoryview, MemoryViewBody { obj: RefCell::new(Some(obj.clone())), start, stop: Cell::new(stop) })
}

/// The bytes a view shows (None when released).
pub fn view_bytes(m: &MemoryViewBody) -> Option<Vec<u8>> {
    let o = m.obj.borrow().clone()?;
    let all = if let Some(b) = o.downcast::<BytesBody>() { b.b.to_vec() } else { o.downcast::<ByteArrayBody>()?.b.borrow().clone() };
    let stop = m.stop.get().min(all.len());
    Some(all[m.start.min(stop)..stop].to_vec())
}

fn released(vm: &mut Vm) -> PyErr {
    vm.value_error("operation forbidden on released memoryview object")
}

fn body(o: &ObjRef) -> &MemoryViewBody {
    o.downcast::<MemoryViewBody>().expect("memoryview")
}

fn live(vm: &mut Vm, o: &ObjRef) -> PyResult<Vec<u8>> {
    match view_bytes(body(o)) {
        Some(b) => Ok(b),
        None => Err(released(vm)),
    }
}

fn mv_new(vm: &mut Vm, _t: &ObjRef, args: &[ObjRef], kw: Option<&ObjRef>) -> PyResult {
    let mut full = vec![vm.none.clone()];
    full.extend_from_slice(args);
    let p = bind(vm, "memoryview", &["object"], 1, Style::Keywords, &full, kw)?;
    let o = p[0].clone().unwrap();
    if let Some(m) = o.downcast::<MemoryViewBody>() {
        let Some(src) = m.obj.borrow().clone() else { return Err(released(vm)) };
        return Ok(new_view(vm, &src, m.start, m.stop.get()));
    }
    let n = if let Some(b) = o.downcast::<BytesBody>() {
        b.b.len()
    } else if let Some(b) = o.downcast::<ByteArrayBody>() {
        b.b.borrow().len()
    } else {
        return Err(vm.type_error(&format!("memoryview: a bytes-like object is required, not '{}'", vm.type_name(&o))));
    };
    Ok(new_view(vm, &o, 0, n))
}

fn mv_repr(vm: &mut Vm, o: &ObjRef) -> PyResult {
    let r = if body(o).obj.borrow().is_some() { "memory" } else { "released memory" };
    Ok(vm.str(&format!("<{r} at {:#x}>", o.addr())))
}

fn mv_len(vm: &mut Vm, o: &ObjRef) -> PyResult<usize> {
    Ok(live(vm, o)?.len())
}

fn mv_getitem(vm: &mut Vm, o: &ObjRef, k: &ObjRef) -> PyResult {
    let b = live(vm, o)?;
    let Some(i) = super::str_type::index_value(vm, k)? else {
        return Err(vm.type_error("memoryview: invalid slice key"));
    };
    let j = if i < 0 { i + b.len() as i64 } else { i };
    if j < 0 || j >= b.len() as i64 {
        return Err(vm.err(&vm.e.index_error.clone(), "index out of bounds on dimension 1"));
    }
    Ok(vm.int(b[j as usize] as i64))
}

fn mv_setitem(vm: &mut Vm, o: &ObjRef, k: &ObjRef, v: Option<ObjRef>) -> PyResult<()> {
    let n = live(vm, o)?.len();
    let m = body(o);
    let src = m.obj.borrow().clone().unwrap();
    let Some(ba) = src.downcast::<ByteArrayBody>() else {
        return Err(vm.type_error("cannot modify read-only memory"));
    };
    let Some(v) = v else { return Err(vm.type_error("cannot delete memory")) };
    let Some(i) = super::str_type::index_value(vm, k)? else {
        return Err(vm.type_error("memoryview: invalid slice key"));
    };
    let j = if i < 0 { i + n as i64 } else { i };
    if j < 0 || j >= n as i64 {
        return Err(vm.err(&vm.e.index_error.clone(), "index out of bounds on dimension 1"));
    }
    let x = match v.downcast::<IntBody>() {
        Some(x) if (0..256).contains(&x.sat()) => x.sat() as u8,
        _ => return Err(vm.value_error("memoryview: invalid value for format 'B'")),
    };
    ba.b.borrow_mut()[m.start + j as usize] = x;
    Ok(())
}

fn mv_compare(vm: &mut Vm, a: &ObjRef, b: &ObjRef, op: CmpOp) -> PyResult {
    if op != CmpOp::Eq && op != CmpOp::Ne {
        return Ok(vm.notimpl.clone());
    }
    if a.is(b) {
        return Ok(vm.bool(op == CmpOp::Eq));
    }
    let (x, y) = (super::bytes_type::bytes_of(a), super::bytes_type::bytes_of(b));
    let released = [a, b].iter().any(|o| o.downcast::<MemoryViewBody>().is_some_and(|m| m.obj.borrow().is_none()));
    if released {
        return Ok(vm.bool(op == CmpOp::Ne));
    }
    match (x, y) {
        (Some(x), Some(y)) => Ok(vm.bool((x == y) == (op == CmpOp::Eq))),
        _ => Ok(vm.notimpl.clone()),
    }
}

fn mv_hash(vm: &mut Vm, o: &ObjRef) -> PyResult<i64> {
    let b = live(vm, o)?;
    if body(o).obj.borrow().as_ref().is_some_and(|s| s.downcast::<ByteArrayBody>().is_some()) {
        return Err(vm.value_error("cannot hash writable memoryview object"));
    }
    Ok(if b.is_empty() { 0 } else { let h = super::slots::siphash13(&b) as i64; if h == -1 { -2 } else { h } })
}

fn mv_iter(vm: &mut Vm, o: &ObjRef) -> PyResult {
    let b = live(vm, o)?;
    let items = b.into_iter().map(|c| vm.int(c as i64)).collect();
    let l = vm.list(items);
    vm.get_iter(&l)
}

fn mv_getattr(vm: &mut Vm, o: &ObjRef, name: &ObjRef) -> PyResult {
    let n = name.downcast::<StrBody>().map(|s| s.text().into_owned()).unwrap_or_default();
    let m = body(o);
    let attr = match n.as_str() {
        "obj" | "readonly" | "nbytes" | "format" | "itemsize" | "ndim" | "shape" | "strides" | "c_contiguous" | "contiguous" => {
            let b = live(vm, o)?;
            let src = m.obj.borrow().clone().unwrap();
            Some(match n.as_str() {
                "obj" => src.clone(),
                "readonly" => vm.bool(src.downcast::<BytesBody>().is_some()),
                "nbytes" => vm.int(b.len() as i64),
                "format" => vm.str("B"),
                "itemsize" | "ndim" => vm.int(1),
                "shape" => {
                    let x = vm.int(b.len() as i64);
                    vm.tuple(vec![x])
                }
                "strides" => {
                    let x = vm.int(1);
                    vm.tuple(vec![x])
                }
                _ => vm.true_.clone(),
            })
        }
        _ => None,
    };
    match attr {
        Some(a) => Ok(a),
        None => super::slots::generic_getattr(vm, o, name),
    }
}

fn m_tobytes(vm: &mut Vm, a: &[ObjRef], kw: Option<&ObjRef>) -> PyResult {
    bind(vm, "tobytes", &["order"], 0, Style::Keywords, a, kw)?;
    let b = live(vm, &a[0])?;
    Ok(super::bytes_type::new_bytes(vm, b))
}
fn m_tolist(vm: &mut Vm, a: &[ObjRef], kw: Option<&ObjRef>) -> PyResult {
    bind(vm, "memoryview.tolist", &[], 0, Style::NoArgs, a, kw)?;
    let b = live(vm, &a[0])?;
    let items = b.into_iter().map(|c| vm.int(c as i64)).collect();
    Ok(vm.list(items))
}
fn m_hex(vm: &mut Vm, a: &[ObjRef], kw: Option<&ObjRef>) -> PyResult {
    bind(vm, "memoryview.hex", &[], 0, Style::NoArgs, a, kw)?;
    let b = live(vm, &a[0])?;
    Ok(vm.str(&super::bytes_methods::hex(&b, None, 1)))
}
fn m_release(vm: &mut Vm, a: &[ObjRef], kw: Option<&ObjRef>) -> PyResult {
    bind(vm, "memoryview.release", &[], 0, Style::NoArgs, a, kw)?;
    release_export(body(&a[0]));
    Ok(vm.none.clone())
}

/// `memoryview[a:b]`: a view of the same exporter.
pub fn slice(vm: &mut Vm, o: &ObjRef, a: usize, b: usize) -> PyResult<Option<ObjRef>> {
    let Some(m) = o.downcast::<MemoryViewBody>() else { return Ok(None) };
    let Some(src) = m.obj.borrow().clone() else { return Err(released(vm)) };
    let stop = if a < b { m.start + b } else { m.start + a };
    Ok(Some(new_view(vm, &src, m.start + a, stop)))
}

pub fn install(vm: &mut Vm) {
    let t = vm.t.memoryview.clone();
    let s = &tp(&t).slots;
    s.new.set(Some(mv_new));
    s.repr.set(Some(mv_repr));
    s.mp_length.set(Some(mv_len));
    s.mp_subscript.set(Some(mv_getitem));
    s.mp_ass_subscript.set(Some(mv_setitem));
    s.richcompare.set(Some(mv_compare));
    s.hash.set(Some(mv_hash));
    s.iter.set(Some(mv_iter));
    s.getattro.set(Some(mv_getattr));
    tp(&t).flags.set(tp(&t).flags.get() & !tpflags::BASETYPE);
    if tp(&t).dict.borrow().is_none() {
        *tp(&t).dict.borrow_mut() = Some(vm.new_dict());
    }
    let methods: &[(&'static str, NativeFn)] = &[("tobytes", m_tobytes), ("tolist", m_tolist), ("hex", m_hex), ("release", m_release)];
    for (name, f) in methods {
        let d = alloc(&vm.t.method_descr.clone(), MethodDescrBody { name, f: *f, owner: t.clone() });
        vm.type_set(&t, name, d);
    }
    let b = vm.builtins.clone();
    vm.dict_set_str(&b, "memoryview", t);
}
