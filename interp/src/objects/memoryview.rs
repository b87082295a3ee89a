//! `memoryview` over bytes and bytearray (Objects/memoryobject.c), one-dimensional, in any of
//! the native single-item struct formats `cast` accepts (`c b B ? h H i I l L q Q n N P f d
//! e`, little-endian, items unpacked and packed as Modules/_struct.c does): a window
//! `start..stop` (in bytes) onto the exporting object. `toreadonly` views refuse writes. A view of a
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
    /// Made by `toreadonly()` (a view of bytes is read-only regardless).
    pub readonly: Cell<bool>,
    /// The item format: b'B' (unsigned byte), b'b' (signed byte) or b'c' (bytes of length 1).
    pub format: Cell<u8>,
}
crate::impl_body!(MemoryViewBody, "memoryview", gc);

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
    alloc(&vm.t.memoryview, MemoryViewBody {
        obj: RefCell::new(Some(obj.clone())),
        start,
        stop: Cell::new(stop),
        readonly: Cell::new(false),
        format: Cell::new(b'B'),
    })
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
        let v = new_view(vm, &src, m.start, m.stop.get());
        copy_flags(m, &v);
        return Ok(v);
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
    Ok(live(vm, o)?.len() / isize_of(o))
}

/// A new view shares the read-only flag and format of the view it came from.
fn copy_flags(from: &MemoryViewBody, to: &ObjRef) {
    let t = body(to);
    t.readonly.set(from.readonly.get());
    t.format.set(from.format.get());
}

/// The size of one item of a native format (`get_native_fmtchar`), None for other formats.
fn itemsize(fmt: u8) -> Option<usize> {
    Some(match fmt {
        b'c' | b'b' | b'B' | b'?' => 1,
        b'h' | b'H' | b'e' => 2,
        b'i' | b'I' | b'f' => 4,
        b'l' | b'L' | b'q' | b'Q' | b'n' | b'N' | b'P' | b'd' => 8,
        _ => return None,
    })
}

fn isize_of(o: &ObjRef) -> usize {
    itemsize(body(o).format.get()).unwrap_or(1)
}

/// One item in the view's format (`unpack_single`), from its bytes.
fn item(vm: &mut Vm, fmt: u8, b: &[u8]) -> ObjRef {
    let mut raw = [0u8; 8];
    raw[..b.len()].copy_from_slice(b);
    let u = u64::from_le_bytes(raw);
    match fmt {
        b'b' => vm.int(b[0] as i8 as i64),
        b'c' => super::bytes_type::new_bytes(vm, vec![b[0]]),
        b'?' => vm.bool(b[0] != 0),
        b'h' => vm.int(i16::from_le_bytes([b[0], b[1]]) as i64),
        b'i' => vm.int(i32::from_le_bytes([b[0], b[1], b[2], b[3]]) as i64),
        b'l' | b'q' | b'n' => vm.int(u as i64),
        b'L' | b'Q' | b'N' | b'P' if u > i64::MAX as u64 => super::longobject::new_int(vm, super::int::Int::from_u64(u)),
        b'f' => vm.float(f32::from_le_bytes([b[0], b[1], b[2], b[3]]) as f64),
        b'd' => vm.float(f64::from_bits(u)),
        b'e' => vm.float(half_to_f64(u as u16)),
        _ => vm.int(u as i64),
    }
}

/// IEEE 754 binary16 to double (`PyFloat_Unpack2`).
fn half_to_f64(h: u16) -> f64 {
    let sign = if h & 0x8000 != 0 { -1.0 } else { 1.0 };
    let e = ((h >> 10) & 0x1f) as i32;
    let f = (h & 0x3ff) as f64;
    sign * match e {
        0 => f * 2f64.powi(-24),
        31 if f == 0.0 => f64::INFINITY,
        31 => f64::NAN,
        _ => (1.0 + f / 1024.0) * 2f64.powi(e - 15),
    }
}

/// Every item of the view.
fn items(vm: &mut Vm, o: &ObjRef, b: &[u8]) -> Vec<ObjRef> {
    let fmt = body(o).format.get();
    let n = isize_of(o);
    b.chunks_exact(n).map(|c| item(vm, fmt, c)).collect()
}

fn mv_getitem(vm: &mut Vm, o: &ObjRef, k: &ObjRef) -> PyResult {
    let b = live(vm, o)?;
    let size = isize_of(o);
    let len = b.len() / size;
    if let Some(sl) = k.downcast::<super::sliceobject::SliceBody>() {
        let (start, stop, step, n) = super::sliceobject::indices(vm, sl, len)?;
        if step == 1 || n == 0 {
            let a = if n == 0 { 0 } else { start as usize };
            let stop = if n == 0 { 0 } else { stop as usize };
            if let Some(v) = slice(vm, o, a, stop)? {
                return Ok(v);
            }
        }
    }
    let Some(i) = super::str_type::index_value(vm, k)? else {
        return Err(vm.type_error("memoryview: invalid slice key"));
    };
    let j = if i < 0 { i + len as i64 } else { i };
    if j < 0 || j >= len as i64 {
        return Err(vm.err(&vm.e.index_error.clone(), "index out of bounds on dimension 1"));
    }
    let fmt = body(o).format.get();
    let j = j as usize * size;
    Ok(item(vm, fmt, &b[j..j + size]))
}

fn mv_setitem(vm: &mut Vm, o: &ObjRef, k: &ObjRef, v: Option<ObjRef>) -> PyResult<()> {
    let size = isize_of(o);
    let n = live(vm, o)?.len() / size;
    let m = body(o);
    let src = m.obj.borrow().clone().unwrap();
    let Some(ba) = src.downcast::<ByteArrayBody>().filter(|_| !m.readonly.get()) else {
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
    let fmt = m.format.get();
    let x = pack(vm, fmt, &v)?;
    let at = m.start + j as usize * size;
    ba.b.borrow_mut()[at..at + size].copy_from_slice(&x[..size]);
    Ok(())
}

/// The bytes of one item (`pack_single`), little-endian in 8 bytes.
fn pack(vm: &mut Vm, fmt: u8, v: &ObjRef) -> PyResult<[u8; 8]> {
    let bad = |vm: &mut Vm| vm.value_error(&format!("memoryview: invalid value for format '{}'", fmt as char));
    let mut out = [0u8; 8];
    match fmt {
        b'c' => match v.downcast::<BytesBody>() {
            Some(c) if c.b.len() == 1 => out[0] = c.b[0],
            _ => return Err(bad(vm)),
        },
        b'?' => out[0] = vm.is_true(v)? as u8,
        b'f' | b'd' | b'e' => {
            let x = match super::floatobject::as_f64(vm, v) {
                Some(r) => r?,
                None => return Err(vm.type_error(&format!("memoryview: invalid type for format '{}'", fmt as char))),
            };
            match fmt {
                b'f' => out[..4].copy_from_slice(&(x as f32).to_le_bytes()),
                b'd' => out.copy_from_slice(&x.to_le_bytes()),
                _ => return Err(vm.err(&vm.e.not_implemented_error.clone(), "memoryview: storing to format 'e' is not modelled by pyref")),
            }
        }
        _ => {
            let Some(x) = super::longobject::view(v).map(|x| x.to_int().into_owned()) else {
                return Err(vm.type_error(&format!("memoryview: invalid type for format '{}'", fmt as char)));
            };
            let (lo, hi): (i128, i128) = match fmt {
                b'b' => (-128, 127),
                b'B' => (0, 255),
                b'h' => (i16::MIN as i128, i16::MAX as i128),
                b'H' => (0, u16::MAX as i128),
                b'i' => (i32::MIN as i128, i32::MAX as i128),
                b'I' => (0, u32::MAX as i128),
                b'l' | b'q' | b'n' => (i64::MIN as i128, i64::MAX as i128),
                _ => (0, u64::MAX as i128),
            };
            let val = x.to_i128().filter(|y| (lo..=hi).contains(y)).ok_or_else(|| bad(vm))?;
            out.copy_from_slice(&(val as i64).to_le_bytes());
        }
    }
    Ok(out)
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
    if !body(o).readonly.get() && body(o).obj.borrow().as_ref().is_some_and(|s| s.downcast::<ByteArrayBody>().is_some()) {
        return Err(vm.value_error("cannot hash writable memoryview object"));
    }
    Ok(if b.is_empty() { 0 } else { let h = super::slots::siphash13(&b) as i64; if h == -1 { -2 } else { h } })
}

fn mv_iter(vm: &mut Vm, o: &ObjRef) -> PyResult {
    let b = live(vm, o)?;
    let items = items(vm, o, &b);
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
                "readonly" => vm.bool(m.readonly.get() || src.downcast::<BytesBody>().is_some()),
                "nbytes" => vm.int(b.len() as i64),
                "format" => vm.str(&(m.format.get() as char).to_string()),
                "itemsize" => vm.int(isize_of(o) as i64),
                "ndim" => vm.int(1),
                "shape" => {
                    let x = vm.int((b.len() / isize_of(o)) as i64);
                    vm.tuple(vec![x])
                }
                "strides" => {
                    let x = vm.int(isize_of(o) as i64);
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
    let items = items(vm, &a[0], &b);
    Ok(vm.list(items))
}
fn m_toreadonly(vm: &mut Vm, a: &[ObjRef], kw: Option<&ObjRef>) -> PyResult {
    bind(vm, "memoryview.toreadonly", &[], 0, Style::NoArgs, a, kw)?;
    let m = body(&a[0]);
    let Some(src) = m.obj.borrow().clone() else { return Err(released(vm)) };
    let v = new_view(vm, &src, m.start, m.stop.get());
    copy_flags(m, &v);
    body(&v).readonly.set(true);
    Ok(v)
}
/// `cast(format[, shape])` among the one-byte formats; a shape must cover the buffer and only
/// one-dimensional shapes are modelled.
fn m_cast(vm: &mut Vm, a: &[ObjRef], kw: Option<&ObjRef>) -> PyResult {
    let p = bind(vm, "cast", &["format", "shape"], 1, Style::Keywords, a, kw)?;
    let m = body(&a[0]);
    let Some(src) = m.obj.borrow().clone() else { return Err(released(vm)) };
    let f = p[0].clone().expect("required");
    let Some(fs) = f.downcast::<StrBody>().map(|s| s.text().into_owned()) else {
        return Err(vm.type_error(&format!("cast() argument 'format' must be str, not {}", vm.type_name(&f))));
    };
    let code = fs.strip_prefix('@').unwrap_or(&fs);
    let fmt = match code.as_bytes() {
        [c] if itemsize(*c).is_some() => *c,
        _ => return Err(vm.value_error("memoryview: destination format must be a native single character format prefixed with an optional '@'")),
    };
    let from = m.format.get();
    let byte_fmt = |f: u8| matches!(f, b'B' | b'b' | b'c');
    if !byte_fmt(from) && !byte_fmt(fmt) {
        return Err(vm.type_error("memoryview: cannot cast between two non-byte formats"));
    }
    let size = itemsize(fmt).unwrap_or(1);
    let nbytes = m.stop.get().saturating_sub(m.start);
    if nbytes % size != 0 {
        return Err(vm.type_error("memoryview: length is not a multiple of itemsize"));
    }
    let n = nbytes / size;
    if let Some(shape) = p[1].clone().filter(|s| !s.is(&vm.none)) {
        if shape.downcast::<ListBody>().is_none() && shape.downcast::<TupleBody>().is_none() {
            return Err(vm.type_error("shape must be a list or a tuple"));
        }
        let dims = vm.collect(&shape)?;
        let mut product: i64 = 1;
        for d in &dims {
            product = product.saturating_mul(super::str_type::index_value(vm, d)?.unwrap_or(-1));
        }
        if product != n as i64 {
            return Err(vm.type_error("memoryview: product(shape) * itemsize != buffer size"));
        }
        if dims.len() != 1 {
            return Err(vm.err(&vm.e.not_implemented_error.clone(), "memoryview: multi-dimensional casts are not modelled by pyref"));
        }
    }
    let v = new_view(vm, &src, m.start, m.stop.get());
    copy_flags(m, &v);
    body(&v).format.set(fmt);
    Ok(v)
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
    let size = itemsize(m.format.get()).unwrap_or(1);
    let (a, b) = (a * size, b * size);
    let stop = if a < b { m.start + b } else { m.start + a };
    let v = new_view(vm, &src, m.start + a, stop);
    copy_flags(m, &v);
    Ok(Some(v))
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
    let methods: &[(&'static str, NativeFn)] = &[("tobytes", m_tobytes), ("tolist", m_tolist), ("hex", m_hex), ("release", m_release),
        ("toreadonly", m_toreadonly), ("cast", m_cast)];
    for (name, f) in methods {
        let d = alloc(&vm.t.method_descr.clone(), MethodDescrBody { name, f: *f, owner: t.clone() });
        vm.type_set(&t, name, d);
    }
    let b = vm.builtins.clone();
    vm.dict_set_str(&b, "memoryview", t);
}
