//! The `bytes` and `bytearray` types of the runtime (Objects/bytesobject.c,
//! Objects/bytearrayobject.c, Objects/bytes_methods.c): bodies, constructors, repr, hashing,
//! comparison, sequence behaviour, `%` formatting, `decode`, and the methods (the ones shared
//! with str come from `str_type`, instantiated with [`BytesKind`]).

use super::bodies::*;
use super::bytes_methods as bm;
use super::codecs;
use super::format_spec::TextError;
use super::int::Int;
use super::methodargs::{bind, Style};
use super::object::{alloc, ObjRef};
use super::percent_format::{CharArg, PercentArgs, PercentHost};
use super::pystr::bytes_repr;
use super::sliceobject::SliceBody;
use super::str_type::{self as st, cps, host_err, index_value, int_arg, text_err, Host, HostErr, TextKind};
use super::typeobject::*;
use crate::vm::Vm;
use std::cell::{Cell, RefCell};

type Args<'a> = &'a [ObjRef];
type Kw<'a> = Option<&'a ObjRef>;

/// `bytes`: the immutable bytes and the cached hash (-1 until computed).
pub struct BytesBody {
    pub b: Box<[u8]>,
    pub hash: Cell<i64>,
}
crate::impl_body!(BytesBody, "bytes", leaf);

/// `bytearray`: the bytes and CPython's allocation size (`ob_alloc`, which `getsizeof` shows).
pub struct ByteArrayBody {
    pub b: RefCell<Vec<u8>>,
    pub alloc: Cell<usize>,
    /// `ob_start - ob_bytes`: how far deleting from the front advanced the logical start
    /// inside the allocation (reset whenever the buffer is reallocated).
    pub start: Cell<usize>,
    /// Live memoryviews of it (`ob_exports`): while non-zero it cannot be resized.
    pub exports: Cell<usize>,
}
crate::impl_body!(ByteArrayBody, "bytearray");

/// `bytes_iterator` / `bytearray_iterator`: the sequence and the next index.
pub struct BytesIterBody {
    pub seq: RefCell<Option<ObjRef>>,
    pub index: Cell<usize>,
}
crate::impl_body!(BytesIterBody, "bytes_iterator", gc);

pub fn new_bytes(vm: &Vm, b: Vec<u8>) -> ObjRef {
    alloc(&vm.t.bytes, BytesBody { b: b.into_boxed_slice(), hash: Cell::new(-1) })
}

pub fn new_bytearray(vm: &Vm, b: Vec<u8>) -> ObjRef {
    let a = if b.is_empty() { 0 } else { b.len() + 1 };
    alloc(&vm.t.bytearray, ByteArrayBody { b: RefCell::new(b), alloc: Cell::new(a), start: Cell::new(0), exports: Cell::new(0) })
}

/// The contents of a bytes-like object (bytes or bytearray).
pub fn bytes_of(o: &ObjRef) -> Option<Vec<u8>> {
    if let Some(b) = o.downcast::<BytesBody>() {
        return Some(b.b.to_vec());
    }
    if let Some(b) = o.downcast::<ByteArrayBody>() {
        return Some(b.b.borrow().clone());
    }
    o.downcast::<super::memoryview::MemoryViewBody>().and_then(super::memoryview::view_bytes)
}

/// `PyByteArray_Resize`'s bookkeeping for a new size: BufferError while exported, else the new
/// `ob_alloc` (and logical start). The caller then changes the contents to `size` bytes.
fn resize(vm: &mut Vm, ba: &ByteArrayBody, size: usize) -> PyResult<()> {
    let len = ba.b.borrow().len();
    if size == len {
        return Ok(());
    }
    if ba.exports.get() > 0 {
        return Err(vm.err(&vm.e.buffer_error.clone(), "Existing exports of data: object cannot be re-sized"));
    }
    let alloc = ba.alloc.get();
    let new = if size + ba.start.get() < alloc {
        if size >= alloc / 2 {
            return Ok(());
        }
        size + 1
    } else if (size as f64) <= alloc as f64 * 1.125 {
        size + (size >> 3) + if size < 9 { 3 } else { 6 }
    } else {
        size + 1
    };
    if new > isize::MAX as usize {
        return Err(vm.no_memory());
    }
    ba.alloc.set(new);
    ba.start.set(0);
    Ok(())
}

/// Sets a bytearray's contents, resizing as CPython would (BufferError while exported).
fn ba_set(vm: &mut Vm, ba: &ByteArrayBody, v: Vec<u8>) -> PyResult<()> {
    resize(vm, ba, v.len())?;
    *ba.b.borrow_mut() = v;
    Ok(())
}

/// `bytearray_setslice_linear`: replaces `lo..hi` with `new`. Deleting from the front only
/// advances the logical start (no reallocation unless the buffer becomes less than half used).
fn setslice_linear(vm: &mut Vm, ba: &ByteArrayBody, lo: usize, hi: usize, new: &[u8]) -> PyResult<()> {
    let len = ba.b.borrow().len();
    let growth = new.len() as i64 - (hi - lo) as i64;
    if growth < 0 {
        if ba.exports.get() > 0 {
            return Err(vm.err(&vm.e.buffer_error.clone(), "Existing exports of data: object cannot be re-sized"));
        }
        if lo == 0 {
            ba.start.set(ba.start.get() + (-growth) as usize);
        }
    }
    resize(vm, ba, (len as i64 + growth) as usize)?;
    ba.b.borrow_mut().splice(lo..hi, new.iter().copied());
    Ok(())
}

pub struct BytesKind;

impl TextKind for BytesKind {
    type U = u8;
    const NAME: &'static str = "bytes";
    fn units(o: &ObjRef) -> Vec<u8> {
        bytes_of(o).unwrap_or_default()
    }
    fn arg_units(o: &ObjRef) -> Option<Vec<u8>> {
        bytes_of(o)
    }
    fn make(vm: &mut Vm, like: &ObjRef, v: Vec<u8>) -> ObjRef {
        if like.downcast::<ByteArrayBody>().is_some() { new_bytearray(vm, v) } else { new_bytes(vm, v) }
    }
    fn is_space(c: u32) -> bool {
        bm::is_space(c)
    }
    fn is_break(c: u32) -> bool {
        bm::is_linebreak(c)
    }
    fn arg_error(vm: &mut Vm, o: &ObjRef, _ctx: &str) -> PyErr {
        vm.type_error(&format!("a bytes-like object is required, not '{}'", vm.type_name(o)))
    }
    fn sub_error(vm: &mut Vm, o: &ObjRef, _ctx: &str) -> PyErr {
        vm.type_error(&format!("argument should be integer or bytes-like object, not '{}'", vm.type_name(o)))
    }
    fn sub_int(vm: &mut Vm, o: &ObjRef) -> PyResult<Option<u8>> {
        match index_value(vm, o)? {
            Some(v) if (0..256).contains(&v) => Ok(Some(v as u8)),
            Some(_) => Err(vm.value_error("byte must be in range(0, 256)")),
            None => Ok(None),
        }
    }
    fn fill(vm: &mut Vm, o: &ObjRef, method: &str) -> PyResult<u8> {
        match bytes_of(o) {
            Some(v) if v.len() == 1 => Ok(v[0]),
            _ => Err(text_err(vm, bm::fill_byte_error(method, &vm.type_name(o)))),
        }
    }
    fn immutable(o: &ObjRef) -> bool {
        o.downcast::<BytesBody>().is_some()
    }
    fn qual(o: &ObjRef) -> &'static str {
        qual(o)
    }
}

fn tr<T>(vm: &mut Vm, r: Result<T, TextError>) -> PyResult<T> {
    r.map_err(|e| text_err(vm, e))
}

fn qual(o: &ObjRef) -> &'static str {
    if o.downcast::<ByteArrayBody>().is_some() { "bytearray" } else { "bytes" }
}

// ---- constructors ---------------------------------------------------------------------------

/// The bytes `bytes(x)` / `bytearray(x)` take from one argument.
fn from_object(vm: &mut Vm, x: &ObjRef, what: &str) -> PyResult<Vec<u8>> {
    if let Some(b) = bytes_of(x) {
        return Ok(b);
    }
    if x.downcast::<StrBody>().is_some() {
        return Err(vm.type_error("string argument without an encoding"));
    }
    if let Some(n) = index_value(vm, x)? {
        if n < 0 {
            return Err(vm.value_error("negative count"));
        }
        return Ok(vec![0; n as usize]);
    }
    if what == "bytes" {
        let name = vm.intern("__bytes__");
        let ty = x.type_of();
        if let Some(f) = vm.type_lookup(&ty, &name) {
            let r = vm.call(&f, &[x.clone()], None)?;
            return match r.downcast::<BytesBody>() {
                Some(b) => Ok(b.b.to_vec()),
                None => Err(vm.type_error(&format!("__bytes__ returned non-bytes (type {})", vm.type_name(&r)))),
            };
        }
    }
    if tp(&x.type_of()).slots.iter.get().is_none() || x.downcast::<FloatBody>().is_some() {
        return Err(vm.type_error(&format!("cannot convert '{}' object to {what}", vm.type_name(x))));
    }
    let items = vm.collect(x)?;
    let mut out = Vec::with_capacity(items.len());
    for it in items {
        let v = int_arg(vm, &it)?;
        if !(0..256).contains(&v) {
            return Err(vm.value_error(if what == "bytes" { "bytes must be in range(0, 256)" } else { "byte must be in range(0, 256)" }));
        }
        out.push(v as u8);
    }
    Ok(out)
}

fn ctor_args(vm: &mut Vm, what: &str, args: Args, kw: Kw) -> PyResult<Vec<u8>> {
    let mut full = vec![vm.none.clone()];
    full.extend_from_slice(args);
    let p = bind(vm, what, &["source", "encoding", "errors"], 0, Style::Keywords, &full, kw)?;
    let Some(x) = p[0].clone() else {
        if p[1].is_some() || p[2].is_some() {
            let m = if p[1].is_some() { "encoding without a string argument" } else { "errors without a string argument" };
            return Err(vm.type_error(m));
        }
        return Ok(Vec::new());
    };
    if p[1].is_some() || p[2].is_some() {
        let Some(s) = cps(&x) else {
            let m = if p[1].is_some() { "encoding without a string argument" } else { "errors without a string argument" };
            return Err(vm.type_error(m));
        };
        let (enc, errors) = st::codec_args(vm, what, &p[1..])?;
        return st::encode_to_vec(vm, &x, &s, &enc, &errors);
    }
    from_object(vm, &x, what)
}

fn bytes_new(vm: &mut Vm, _t: &ObjRef, args: Args, kw: Kw) -> PyResult {
    if args.len() == 1 && kw.is_none() && args[0].is_exact(&vm.t.bytes) {
        return Ok(args[0].clone());
    }
    let b = ctor_args(vm, "bytes", args, kw)?;
    Ok(new_bytes(vm, b))
}
fn bytearray_new(vm: &mut Vm, _t: &ObjRef, args: Args, kw: Kw) -> PyResult {
    let b = ctor_args(vm, "bytearray", args, kw)?;
    Ok(new_bytearray(vm, b))
}

/// `bytearray.__init__(self, source=..., encoding=..., errors=...)`: replaces the contents (a
/// subclass instance starts empty, as `PyType_GenericNew` leaves it, and `__init__` fills it).
pub fn m_bytearray_init(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    let Some(s) = a.first() else { return Err(vm.type_error("descriptor '__init__' of 'bytearray' object needs an argument")) };
    let Some(body) = s.downcast::<ByteArrayBody>() else {
        return Err(vm.type_error(&format!("descriptor '__init__' requires a 'bytearray' object but received a '{}'", vm.type_name(s))));
    };
    let b = ctor_args(vm, "bytearray", &a[1..], kw)?;
    ba_set(vm, body, b)?;
    Ok(vm.none.clone())
}

// ---- slots ----------------------------------------------------------------------------------

fn bytes_repr_slot(vm: &mut Vm, o: &ObjRef) -> PyResult {
    let b = bytes_of(o).unwrap_or_default();
    if o.downcast::<ByteArrayBody>().is_some() {
        // bytearray_repr escapes a single quote even inside double quotes.
        let r = bytes_repr(&b);
        let r = if r.starts_with("b\"") { r.replace('\'', "\\'") } else { r };
        return Ok(vm.str(&format!("{}({r})", vm.type_name(o))));
    }
    Ok(vm.str(&bytes_repr(&b)))
}

fn bytes_hash(_vm: &mut Vm, o: &ObjRef) -> PyResult<i64> {
    let b = o.downcast::<BytesBody>().unwrap();
    let h = b.hash.get();
    if h != -1 {
        return Ok(h);
    }
    let mut h = if b.b.is_empty() { 0 } else { super::slots::siphash13(&b.b) as i64 };
    if h == -1 {
        h = -2;
    }
    b.hash.set(h);
    Ok(h)
}
fn unhashable(vm: &mut Vm, o: &ObjRef) -> PyResult<i64> {
    Err(vm.type_error(&format!("unhashable type: '{}'", vm.type_name(o))))
}

fn bytes_compare(vm: &mut Vm, a: &ObjRef, b: &ObjRef, op: CmpOp) -> PyResult {
    let (Some(x), Some(y)) = (bytes_of(a), bytes_of(b)) else { return Ok(vm.notimpl.clone()) };
    Ok(vm.bool(op.holds(&x, &y)))
}

fn bytes_len(_vm: &mut Vm, o: &ObjRef) -> PyResult<usize> {
    if let Some(b) = o.downcast::<BytesBody>() {
        return Ok(b.b.len());
    }
    Ok(o.downcast::<ByteArrayBody>().map(|b| b.b.borrow().len()).unwrap_or(0))
}

fn bytes_getitem(vm: &mut Vm, o: &ObjRef, k: &ObjRef) -> PyResult {
    let is_ba = o.downcast::<ByteArrayBody>().is_some();
    if let Some(s) = k.downcast::<SliceBody>() {
        let (a, b, c) = super::sliceobject::unpack(vm, s)?;
        if let Some(ba) = o.downcast::<ByteArrayBody>() {
            let v = ba.b.borrow();
            let (start, _, step, n) = super::sliceobject::adjust(v.len(), a, b, c);
            let part: Vec<u8> = (0..n).map(|i| v[(start + i as i64 * step) as usize]).collect();
            drop(v);
            return Ok(new_bytearray(vm, part));
        }
        let Some(body) = o.downcast::<BytesBody>() else { return Err(vm.type_error("bad bytes")) };
        let (start, _, step, n) = super::sliceobject::adjust(body.b.len(), a, b, c);
        if step == 1 && start == 0 && n == body.b.len() && o.is_exact(&vm.t.bytes) {
            return Ok(o.clone());
        }
        let part: Vec<u8> = if step == 1 {
            body.b[start as usize..start as usize + n].to_vec()
        } else {
            (0..n).map(|i| body.b[(start + i as i64 * step) as usize]).collect()
        };
        return Ok(new_bytes(vm, part));
    }
    let what = if is_ba { "bytearray" } else { "byte" };
    let Some(i) = index_value(vm, k)? else {
        return Err(vm.type_error(&format!("{what} indices must be integers or slices, not {}", vm.type_name(k))));
    };
    let x = if let Some(ba) = o.downcast::<ByteArrayBody>() {
        let v = ba.b.borrow();
        let j = if i < 0 { i + v.len() as i64 } else { i };
        (j >= 0 && j < v.len() as i64).then(|| v[j as usize])
    } else {
        let v = &o.downcast::<BytesBody>().map(|b| &b.b[..]).unwrap_or(&[]);
        let j = if i < 0 { i + v.len() as i64 } else { i };
        (j >= 0 && j < v.len() as i64).then(|| v[j as usize])
    };
    match x {
        Some(x) => Ok(vm.int(x as i64)),
        None => Err(vm.err(&vm.e.index_error.clone(), if is_ba { "bytearray index out of range" } else { "index out of range" })),
    }
}

fn byte_value(vm: &mut Vm, v: &ObjRef) -> PyResult<u8> {
    let n = int_arg(vm, v)?;
    if !(0..256).contains(&n) {
        return Err(vm.value_error("byte must be in range(0, 256)"));
    }
    Ok(n as u8)
}

/// `bytearray_ass_subscript`: `ba[i] = v`, `ba[slice] = v`, `del ba[i]`, `del ba[slice]`.
fn bytearray_setitem(vm: &mut Vm, o: &ObjRef, k: &ObjRef, v: Option<ObjRef>) -> PyResult<()> {
    let body = ba(o);
    let (start, stop, step, n);
    if let Some(s) = k.downcast::<SliceBody>() {
        let (a, b, c) = super::sliceobject::unpack(vm, s)?;
        let len = body.b.borrow().len();
        (start, stop, step, n) = super::sliceobject::adjust(len, a, b, c);
    } else if let Some(i) = index_value(vm, k)? {
        // The value is converted before the size check (its __index__ may resize the array).
        let x = match &v {
            Some(v) => Some(byte_value(vm, v)?),
            None => None,
        };
        let len = body.b.borrow().len() as i64;
        let j = if i < 0 { i + len } else { i };
        if j < 0 || j >= len {
            return Err(vm.err(&vm.e.index_error.clone(), "bytearray index out of range"));
        }
        match x {
            Some(x) => {
                body.b.borrow_mut()[j as usize] = x;
                return Ok(());
            }
            None => (start, stop, step, n) = (j, j + 1, 1, 1),
        }
    } else {
        return Err(vm.type_error(&format!("bytearray indices must be integers or slices, not {}", vm.type_name(k))));
    }
    let new: Vec<u8> = match &v {
        None => Vec::new(),
        Some(x) if !x.is(o) && x.downcast::<ByteArrayBody>().is_some() => x.downcast::<ByteArrayBody>().unwrap().b.borrow().clone(),
        Some(x) => {
            if is_number(x) || x.downcast::<StrBody>().is_some() {
                return Err(vm.type_error("can assign only bytes, buffers, or iterables of ints in range(0, 256)"));
            }
            from_object(vm, x, "bytearray")?
        }
    };
    // `b[5:2] = ...` inserts before 5.
    let stop = if (step < 0 && start < stop) || (step > 0 && start > stop) { start } else { stop };
    if step == 1 {
        return setslice_linear(vm, body, start as usize, stop as usize, &new);
    }
    if new.is_empty() {
        if body.exports.get() > 0 {
            return Err(vm.err(&vm.e.buffer_error.clone(), "Existing exports of data: object cannot be re-sized"));
        }
        if n == 0 {
            return Ok(());
        }
        let len = body.b.borrow().len();
        let mut gone = vec![false; len];
        for i in 0..n {
            gone[(start + i as i64 * step) as usize] = true;
        }
        resize(vm, body, len - n)?;
        let mut i = 0;
        body.b.borrow_mut().retain(|_| {
            i += 1;
            !gone[i - 1]
        });
        return Ok(());
    }
    if new.len() != n {
        return Err(vm.value_error(&format!("attempt to assign bytes of size {} to extended slice of size {}", new.len(), n)));
    }
    let mut w = body.b.borrow_mut();
    for (i, x) in new.into_iter().enumerate() {
        w[(start + i as i64 * step) as usize] = x;
    }
    Ok(())
}

/// `PyNumber_Check`: int, float, complex, or a type with `__index__`, `__int__` or `__float__`.
fn is_number(o: &ObjRef) -> bool {
    let ty = o.type_of();
    let s = &tp(&ty).slots;
    s.nb_index.get().is_some()
        || o.downcast::<IntBody>().is_some()
        || o.downcast::<FloatBody>().is_some()
        || o.downcast::<super::complexobject::ComplexBody>().is_some()
}

fn bytes_contains(vm: &mut Vm, o: &ObjRef, k: &ObjRef) -> PyResult<bool> {
    let b = bytes_of(o).unwrap_or_default();
    if let Some(n) = index_value(vm, k)? {
        if !(0..256).contains(&n) {
            return Err(vm.value_error("byte must be in range(0, 256)"));
        }
        return Ok(b.contains(&(n as u8)));
    }
    match bytes_of(k) {
        Some(s) => Ok(super::str_methods::find(&b, &s, None, None) >= 0),
        None => Err(vm.type_error(&format!("a bytes-like object is required, not '{}'", vm.type_name(k)))),
    }
}

fn bytes_iter(vm: &mut Vm, o: &ObjRef) -> PyResult {
    let ty = if o.downcast::<ByteArrayBody>().is_some() { vm.t.bytearray_iter.clone() } else { vm.t.bytes_iter.clone() };
    Ok(alloc(&ty, BytesIterBody { seq: RefCell::new(Some(o.clone())), index: Cell::new(0) }))
}
fn self_iter(_vm: &mut Vm, o: &ObjRef) -> PyResult {
    Ok(o.clone())
}
fn bytes_iter_next(vm: &mut Vm, o: &ObjRef) -> PyResult<Option<ObjRef>> {
    let it = o.downcast::<BytesIterBody>().unwrap();
    let seq = it.seq.borrow().clone();
    let Some(seq) = seq else { return Ok(None) };
    let i = it.index.get();
    let x = if let Some(b) = seq.downcast::<BytesBody>() { b.b.get(i).copied() } else { seq.downcast::<ByteArrayBody>().and_then(|b| b.b.borrow().get(i).copied()) };
    match x {
        Some(c) => {
            it.index.set(i + 1);
            Ok(Some(vm.int(c as i64)))
        }
        None => {
            *it.seq.borrow_mut() = None;
            Ok(None)
        }
    }
}

/// `+`, `*` and `%` of bytes and bytearray.
fn bytes_number(vm: &mut Vm, a: &ObjRef, b: &ObjRef, op: u32) -> PyResult {
    match op {
        0 => {
            let Some(x) = bytes_of(a) else { return Ok(vm.notimpl.clone()) };
            let Some(y) = bytes_of(b) else {
                return Err(vm.type_error(&format!("can't concat {} to {}", vm.type_name(b), vm.type_name(a))));
            };
            // `bytes_concat`: an empty side gives the other operand back when it is an exact bytes.
            if x.is_empty() && b.is_exact(&vm.t.bytes) && a.downcast::<BytesBody>().is_some() {
                return Ok(b.clone());
            }
            if y.is_empty() && a.is_exact(&vm.t.bytes) {
                return Ok(a.clone());
            }
            let mut v = x;
            v.extend_from_slice(&y);
            Ok(BytesKind::make(vm, a, v))
        }
        5 => {
            let (seq, n) = if bytes_of(a).is_some() { (a, b) } else { (b, a) };
            let Some(n) = index_value(vm, n)? else { return Ok(vm.notimpl.clone()) };
            let x = bytes_of(seq).unwrap_or_default();
            let n = n.max(0) as usize;
            if n > 0 && x.len().checked_mul(n).is_none_or(|t| t > super::format_spec::MAX_TEXT_LEN) {
                return Err(PyErr(vm.new_exception(&vm.e.memory_error.clone(), vec![])));
            }
            if n == 1 && seq.is_exact(&vm.t.bytes) {
                return Ok(seq.clone());
            }
            Ok(BytesKind::make(vm, seq, x.repeat(n)))
        }
        6 => {
            let Some(fmt) = bytes_of(a) else { return Ok(vm.notimpl.clone()) };
            let tuple_items = b.downcast::<TupleBody>().map(|t| t.items.to_vec());
            let is_mapping = st::percent_is_mapping(b) && bytes_of(b).is_none();
            let args = match &tuple_items {
                Some(items) => PercentArgs::Tuple(items),
                None => PercentArgs::Single { value: b, is_mapping },
            };
            let r = super::percent_format::percent_format(&fmt, &args, &mut BytesHost(Host { vm }));
            match r {
                Ok(v) => Ok(BytesKind::make(vm, a, v)),
                Err(e) => Err(host_err(vm, e)),
            }
        }
        _ => Ok(vm.notimpl.clone()),
    }
}

struct BytesHost<'a, 'h>(Host<'a, 'h>);

impl PercentHost<ObjRef, u8> for BytesHost<'_, '_> {
    type Err = HostErr;
    fn text(&mut self, v: &ObjRef, conv: u8) -> Result<Vec<u8>, HostErr> {
        let vm = &mut *self.0.vm;
        if conv == b'r' || conv == b'a' {
            let r = crate::builtins::ascii(vm, v)?;
            return Ok(cps(&r).unwrap_or_default().into_iter().map(|c| c as u8).collect());
        }
        if let Some(b) = bytes_of(v) {
            return Ok(b);
        }
        let name = vm.intern("__bytes__");
        let ty = v.type_of();
        if let Some(f) = vm.type_lookup(&ty, &name) {
            let r = vm.call(&f, &[v.clone()], None)?;
            if let Some(b) = r.downcast::<BytesBody>() {
                return Ok(b.b.to_vec());
            }
        }
        Err(HostErr::Text(super::percent_format::bytes_b_type_error(&vm.type_name(v))))
    }
    fn to_int(&mut self, v: &ObjRef, conv: u8) -> Result<Option<Int>, HostErr> {
        self.0.to_int_common(v, conv)
    }
    fn to_float(&mut self, v: &ObjRef) -> Result<Option<f64>, HostErr> {
        self.0.to_float_common(v)
    }
    fn to_char(&mut self, v: &ObjRef) -> Result<CharArg, HostErr> {
        if let Some(b) = bytes_of(v) {
            return Ok(CharArg::Str(b.into_iter().map(|c| c as u32).collect()));
        }
        if let Some(i) = st::int_value(v) {
            return Ok(CharArg::Int(i));
        }
        Ok(CharArg::Other)
    }
    fn star_int(&mut self, v: &ObjRef) -> Result<Option<Int>, HostErr> {
        Ok(st::int_value(v))
    }
    fn getitem(&mut self, mapping: &ObjRef, key: &[u32]) -> Result<ObjRef, HostErr> {
        let k = new_bytes(self.0.vm, key.iter().map(|&c| c as u8).collect());
        Ok(self.0.vm.getitem(mapping, &k)?)
    }
    fn type_name(&self, v: &ObjRef) -> String {
        self.0.vm.type_name(v)
    }
}

/// `bytes[a:b]` / `bytearray[a:b]` for a simple slice already clamped to `a..b`.
pub fn slice(vm: &mut Vm, o: &ObjRef, a: usize, b: usize) -> Option<ObjRef> {
    if o.downcast::<super::memoryview::MemoryViewBody>().is_some() {
        return super::memoryview::slice(vm, o, a, b).ok().flatten();
    }
    let v = bytes_of(o)?;
    let part = if a < b { v[a..b].to_vec() } else { Vec::new() };
    if o.is_exact(&vm.t.bytes) && a == 0 && b == v.len() {
        return Some(o.clone());
    }
    Some(BytesKind::make(vm, o, part))
}

/// `sys.getsizeof` of bytes (`PyBytesObject`: 33 + n) and bytearray (56 + allocation).
pub fn sizeof(o: &ObjRef) -> Option<usize> {
    if let Some(b) = o.downcast::<BytesBody>() {
        return Some(33 + b.b.len());
    }
    if o.downcast::<super::memoryview::MemoryViewBody>().is_some() {
        return Some(184);
    }
    o.downcast::<ByteArrayBody>().map(|b| 56 + b.alloc.get())
}

// ---- decode ---------------------------------------------------------------------------------

/// `b.decode(encoding, errors)` to a str.
pub fn decode_to_str(vm: &mut Vm, obj: &ObjRef, b: &[u8], enc: &str, errors: &str) -> PyResult {
    let Some(codec) = codecs::lookup(enc) else {
        return Err(vm.err(&vm.e.lookup_error.clone(), &format!("unknown encoding: {enc}")));
    };
    match codecs::decode(b, codec, errors) {
        Ok(v) => Ok(st::new_str(vm, &v)),
        Err(e) => Err(st::codec_err(vm, e, obj)),
    }
}

fn m_decode(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    let p = bind(vm, "decode", &["encoding", "errors"], 0, Style::Keywords, a, kw)?;
    let (enc, errors) = st::codec_args(vm, "decode", &p)?;
    let b = bytes_of(&a[0]).unwrap_or_default();
    decode_to_str(vm, &a[0], &b, &enc, &errors)
}

// ---- bytes-only methods ---------------------------------------------------------------------

fn noargs(vm: &mut Vm, name: &str, a: Args, kw: Kw) -> PyResult<Vec<u8>> {
    bind(vm, &format!("{}.{name}", qual(&a[0])), &[], 0, Style::NoArgs, a, kw)?;
    Ok(bytes_of(&a[0]).unwrap_or_default())
}
macro_rules! case_method {
    ($fname:ident, $name:expr, $f:path) => {
        fn $fname(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
            let s = noargs(vm, $name, a, kw)?;
            Ok(BytesKind::make(vm, &a[0], $f(&s)))
        }
    };
}
case_method!(m_lower, "lower", bm::lower);
case_method!(m_upper, "upper", bm::upper);
case_method!(m_swapcase, "swapcase", bm::swapcase);
case_method!(m_title, "title", bm::title);
case_method!(m_capitalize, "capitalize", bm::capitalize);
macro_rules! pred_method {
    ($fname:ident, $name:expr, $f:path) => {
        fn $fname(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
            let s = noargs(vm, $name, a, kw)?;
            Ok(vm.bool($f(&s)))
        }
    };
}
pred_method!(m_isalpha, "isalpha", bm::isalpha);
pred_method!(m_isalnum, "isalnum", bm::isalnum);
pred_method!(m_isdigit, "isdigit", bm::isdigit);
pred_method!(m_isspace, "isspace", bm::isspace);
pred_method!(m_isascii, "isascii", bm::isascii);
pred_method!(m_islower, "islower", bm::islower);
pred_method!(m_isupper, "isupper", bm::isupper);
pred_method!(m_istitle, "istitle", bm::istitle);

fn m_join(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    let p = bind(vm, &format!("{}.join", qual(&a[0])), &["iterable_of_bytes"], 1, Style::One, a, kw)?;
    let items = vm.collect(p[0].as_ref().unwrap())?;
    let sep = bytes_of(&a[0]).unwrap_or_default();
    let mut out = Vec::new();
    for (i, x) in items.iter().enumerate() {
        let Some(b) = bytes_of(x) else {
            return Err(text_err(vm, bm::join_type_error(i, &vm.type_name(x))));
        };
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        out.extend_from_slice(&b);
    }
    Ok(BytesKind::make(vm, &a[0], out))
}

fn m_hex(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    let p = bind(vm, "hex", &["sep", "bytes_per_sep"], 0, Style::Keywords, a, kw)?;
    let sep = match &p[0] {
        None => None,
        Some(s) => {
            let c = match cps(s) {
                Some(c) => c,
                None => match bytes_of(s) {
                    Some(b) => b.into_iter().map(|x| x as u32).collect(),
                    None => {
                        let n = vm.len(s)?;
                        let _ = n;
                        return Err(vm.type_error(&format!("sep must be str or bytes.")));
                    }
                },
            };
            Some(tr(vm, bm::hex_sep(&c))?)
        }
    };
    let per = match &p[1] {
        Some(x) => int_arg(vm, x)? as isize,
        None => 1,
    };
    let b = bytes_of(&a[0]).unwrap_or_default();
    Ok(vm.str(&bm::hex(&b, sep, per)))
}

fn m_fromhex(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    // A classmethod: a[0] is the class.
    let p = bind(vm, "fromhex", &["string"], 1, Style::One, a, kw)?;
    let x = p[0].clone().unwrap();
    let Some(s) = cps(&x) else {
        return Err(vm.type_error(&format!("fromhex() argument must be str, not {}", vm.type_name(&x))));
    };
    let b = tr(vm, bm::fromhex(&s))?;
    let cls = a[0].clone();
    let ba_class = super::typeobject::is_subtype(&cls, &vm.t.bytearray);
    let r = if ba_class { new_bytearray(vm, b) } else { new_bytes(vm, b) };
    // A subclass gets `cls(result)`, as bytes_fromhex_impl / bytearray_fromhex_impl do.
    if cls.is(&vm.t.bytes) || cls.is(&vm.t.bytearray) {
        return Ok(r);
    }
    vm.call(&cls, &[r], None)
}

fn m_maketrans(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    let mut full = vec![vm.none.clone()];
    full.extend_from_slice(a);
    let p = bind(vm, "bytes.maketrans", &["frm", "to"], 2, Style::Positional, &full, kw)?;
    let f = st_arg(vm, p[0].as_ref().unwrap())?;
    let t = st_arg(vm, p[1].as_ref().unwrap())?;
    let table = tr(vm, bm::maketrans(&f, &t))?;
    Ok(new_bytes(vm, table.to_vec()))
}
fn st_arg(vm: &mut Vm, o: &ObjRef) -> PyResult<Vec<u8>> {
    match bytes_of(o) {
        Some(b) => Ok(b),
        None => Err(vm.type_error(&format!("a bytes-like object is required, not '{}'", vm.type_name(o)))),
    }
}

fn m_translate(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    let p = bind(vm, "translate", &["table", "delete"], 1, Style::Keywords, a, kw)?;
    let t = p[0].clone().unwrap();
    let table = if t.is(&vm.none) { None } else { Some(st_arg(vm, &t)?) };
    let delete = match &p[1] {
        Some(d) => st_arg(vm, d)?,
        None => Vec::new(),
    };
    let b = bytes_of(&a[0]).unwrap_or_default();
    let r = tr(vm, bm::translate(&b, table.as_deref(), &delete))?;
    Ok(BytesKind::make(vm, &a[0], r))
}

fn m_getnewargs(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    bind(vm, "bytes.__getnewargs__", &[], 0, Style::NoArgs, a, kw)?;
    let b = new_bytes(vm, bytes_of(&a[0]).unwrap_or_default());
    Ok(vm.tuple(vec![b]))
}

// ---- bytearray mutation ---------------------------------------------------------------------

fn ba(o: &ObjRef) -> &ByteArrayBody {
    o.downcast::<ByteArrayBody>().expect("bytearray")
}

fn m_append(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    let p = bind(vm, "bytearray.append", &["item"], 1, Style::One, a, kw)?;
    let x = byte_value(vm, p[0].as_ref().unwrap())?;
    let b = ba(&a[0]);
    let n = b.b.borrow().len();
    resize(vm, b, n + 1)?;
    b.b.borrow_mut().push(x);
    Ok(vm.none.clone())
}
fn m_extend(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    let p = bind(vm, "bytearray.extend", &["iterable_of_ints"], 1, Style::One, a, kw)?;
    let src = p[0].clone().unwrap();
    let add = if let Some(b) = bytes_of(&src) {
        b
    } else {
        if src.downcast::<StrBody>().is_some() {
            return Err(vm.type_error("expected iterable of integers; got: 'str'"));
        }
        if tp(&src.type_of()).slots.iter.get().is_none() {
            return Err(vm.type_error(&format!("can't extend bytearray with {}", vm.type_name(&src))));
        }
        let items = vm.collect(&src)?;
        let mut out = Vec::with_capacity(items.len());
        for it in items {
            out.push(byte_value(vm, &it)?);
        }
        out
    };
    let b = ba(&a[0]);
    let n = b.b.borrow().len();
    setslice_linear(vm, b, n, n, &add)?;
    Ok(vm.none.clone())
}
fn m_insert(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    let p = bind(vm, "bytearray.insert", &["index", "item"], 2, Style::Positional, a, kw)?;
    let i = int_arg(vm, p[0].as_ref().unwrap())?;
    let x = byte_value(vm, p[1].as_ref().unwrap())?;
    let b = ba(&a[0]);
    let n = b.b.borrow().len() as i64;
    let j = if i < 0 { (i + n).max(0) } else { i.min(n) };
    resize(vm, b, n as usize + 1)?;
    b.b.borrow_mut().insert(j as usize, x);
    Ok(vm.none.clone())
}
fn m_pop(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    let p = bind(vm, "bytearray.pop", &["index"], 0, Style::Positional, a, kw)?;
    let i = match &p[0] {
        Some(x) => int_arg(vm, x)?,
        None => -1,
    };
    let b = ba(&a[0]);
    let n = b.b.borrow().len() as i64;
    if n == 0 {
        return Err(vm.err(&vm.e.index_error.clone(), "pop from empty bytearray"));
    }
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.err(&vm.e.index_error.clone(), "pop index out of range"));
    }
    resize(vm, b, n as usize - 1)?;
    let x = b.b.borrow_mut().remove(j as usize);
    Ok(vm.int(x as i64))
}
fn m_remove(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    let p = bind(vm, "bytearray.remove", &["value"], 1, Style::One, a, kw)?;
    let x = byte_value(vm, p[0].as_ref().unwrap())?;
    let b = ba(&a[0]);
    let Some(i) = b.b.borrow().iter().position(|&c| c == x) else {
        return Err(vm.value_error("value not found in bytearray"));
    };
    let n = b.b.borrow().len();
    resize(vm, b, n - 1)?;
    b.b.borrow_mut().remove(i);
    Ok(vm.none.clone())
}
fn m_clear(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    bind(vm, "bytearray.clear", &[], 0, Style::NoArgs, a, kw)?;
    ba_set(vm, ba(&a[0]), Vec::new())?;
    Ok(vm.none.clone())
}
fn m_reverse(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    bind(vm, "bytearray.reverse", &[], 0, Style::NoArgs, a, kw)?;
    ba(&a[0]).b.borrow_mut().reverse();
    Ok(vm.none.clone())
}
fn m_alloc(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    bind(vm, "bytearray.__alloc__", &[], 0, Style::NoArgs, a, kw)?;
    Ok(vm.int(ba(&a[0]).alloc.get() as i64))
}
fn m_copy(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    bind(vm, "bytearray.copy", &[], 0, Style::NoArgs, a, kw)?;
    let v = ba(&a[0]).b.borrow().clone();
    Ok(new_bytearray(vm, v))
}

/// `ba += x` and `ba *= n` on a bytearray: in place (`bytearray_iconcat`, `bytearray_irepeat`).
/// `op` is the plain operator (0 `+`, 5 `*`); None when `a` is not a bytearray.
pub fn inplace(vm: &mut Vm, a: &ObjRef, b: &ObjRef, op: u32) -> PyResult<Option<ObjRef>> {
    let Some(body) = a.downcast::<ByteArrayBody>() else { return Ok(None) };
    match op {
        0 => {
            let Some(y) = bytes_of(b) else {
                return Err(vm.type_error(&format!("can't concat {} to bytearray", vm.type_name(b))));
            };
            let n = body.b.borrow().len();
            resize(vm, body, n + y.len())?;
            body.b.borrow_mut().extend_from_slice(&y);
        }
        5 => {
            let Some(count) = index_value(vm, b)? else { return Ok(None) };
            let n = body.b.borrow().len();
            let count = count.max(0) as usize;
            let Some(size) = n.checked_mul(count).filter(|&s| s <= isize::MAX as usize) else {
                return Err(vm.no_memory());
            };
            resize(vm, body, size)?;
            let v = body.b.borrow().repeat(count);
            *body.b.borrow_mut() = v;
        }
        _ => return Ok(None),
    }
    Ok(Some(a.clone()))
}

fn m_iadd(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    let p = bind(vm, "bytearray.__iadd__", &["value"], 1, Style::One, a, kw)?;
    match inplace(vm, &a[0], p[0].as_ref().unwrap(), 0)? {
        Some(r) => Ok(r),
        None => Ok(vm.notimpl.clone()),
    }
}
fn m_setitem(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    let p = bind(vm, "__setitem__", &["key", "value"], 2, Style::Positional, a, kw)?;
    bytearray_setitem(vm, &a[0], p[0].as_ref().unwrap(), p[1].clone())?;
    Ok(vm.none.clone())
}
fn m_delitem(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    let p = bind(vm, "bytearray.__delitem__", &["key"], 1, Style::One, a, kw)?;
    bytearray_setitem(vm, &a[0], p[0].as_ref().unwrap(), None)?;
    Ok(vm.none.clone())
}

/// `ba[a:b] = v` for a bytearray (STORE_SLICE), `a <= b` already clamped.
pub fn store_slice(vm: &mut Vm, o: &ObjRef, a: usize, b: usize, v: &ObjRef) -> PyResult<()> {
    let none = vm.none.clone();
    let k = super::sliceobject::new_slice(vm, vm.int(a as i64), vm.int(b as i64), none);
    bytearray_setitem(vm, o, &k, Some(v.clone()))
}

pub fn install(vm: &mut Vm) {
    let (b, ba_t) = (vm.t.bytes.clone(), vm.t.bytearray.clone());
    tp(&b).slots.new.set(Some(bytes_new));
    tp(&ba_t).slots.new.set(Some(bytearray_new));
    for t in [&b, &ba_t] {
        let s = &tp(t).slots;
        s.repr.set(Some(bytes_repr_slot));
        s.richcompare.set(Some(bytes_compare));
        s.mp_length.set(Some(bytes_len));
        s.mp_subscript.set(Some(bytes_getitem));
        s.sq_contains.set(Some(bytes_contains));
        s.iter.set(Some(bytes_iter));
        s.nb_number.set(Some(bytes_number));
    }
    tp(&b).slots.hash.set(Some(bytes_hash));
    tp(&ba_t).slots.hash.set(Some(unhashable));
    tp(&ba_t).slots.mp_ass_subscript.set(Some(bytearray_setitem));
    for it in [&vm.t.bytes_iter, &vm.t.bytearray_iter] {
        tp(it).slots.iter.set(Some(self_iter));
        tp(it).slots.iternext.set(Some(bytes_iter_next));
    }
    for t in [vm.t.bytes.clone(), vm.t.bytearray.clone(), vm.t.bytes_iter.clone(), vm.t.bytearray_iter.clone()] {
        if tp(&t).dict.borrow().is_none() {
            *tp(&t).dict.borrow_mut() = Some(vm.new_dict());
        }
    }
    type K = BytesKind;
    let shared: &[(&'static str, NativeFn)] = &[
        ("capitalize", m_capitalize),
        ("center", st::m_center::<K>),
        ("count", st::m_count::<K>),
        ("decode", m_decode),
        ("endswith", st::m_endswith::<K>),
        ("expandtabs", st::m_expandtabs::<K>),
        ("find", st::m_find::<K>),
        ("hex", m_hex),
        ("index", st::m_index::<K>),
        ("isalnum", m_isalnum),
        ("isalpha", m_isalpha),
        ("isascii", m_isascii),
        ("isdigit", m_isdigit),
        ("islower", m_islower),
        ("isspace", m_isspace),
        ("istitle", m_istitle),
        ("isupper", m_isupper),
        ("join", m_join),
        ("ljust", st::m_ljust::<K>),
        ("lower", m_lower),
        ("lstrip", st::m_lstrip::<K>),
        ("partition", st::m_partition::<K>),
        ("removeprefix", st::m_removeprefix::<K>),
        ("removesuffix", st::m_removesuffix::<K>),
        ("replace", st::m_replace::<K>),
        ("rfind", st::m_rfind::<K>),
        ("rindex", st::m_rindex::<K>),
        ("rjust", st::m_rjust::<K>),
        ("rpartition", st::m_rpartition::<K>),
        ("rsplit", st::m_rsplit::<K>),
        ("rstrip", st::m_rstrip::<K>),
        ("split", st::m_split::<K>),
        ("splitlines", st::m_splitlines::<K>),
        ("startswith", st::m_startswith::<K>),
        ("strip", st::m_strip::<K>),
        ("swapcase", m_swapcase),
        ("title", m_title),
        ("translate", m_translate),
        ("upper", m_upper),
        ("zfill", st::m_zfill::<K>),
    ];
    let only_ba: &[(&'static str, NativeFn)] = &[
        ("append", m_append),
        ("extend", m_extend),
        ("insert", m_insert),
        ("pop", m_pop),
        ("remove", m_remove),
        ("clear", m_clear),
        ("reverse", m_reverse),
        ("copy", m_copy),
        ("__alloc__", m_alloc),
        ("__iadd__", m_iadd),
        ("__setitem__", m_setitem),
        ("__delitem__", m_delitem),
    ];
    let descr = |vm: &mut Vm, ty: &ObjRef, name: &'static str, f: NativeFn| {
        let d = alloc(&vm.t.method_descr.clone(), MethodDescrBody { name, f, owner: ty.clone() });
        vm.type_set(ty, name, d);
    };
    for (name, f) in shared {
        descr(vm, &b, name, *f);
        descr(vm, &ba_t, name, *f);
    }
    descr(vm, &b, "__getnewargs__", m_getnewargs);
    for (name, f) in only_ba {
        descr(vm, &ba_t, name, *f);
    }
    for t in [&b, &ba_t] {
        let fh = vm.builtin_fn("fromhex", m_fromhex, None);
        let cm = alloc(&vm.t.classmethod.clone(), ClassMethodBody { f: fh });
        vm.type_set(t, "fromhex", cm);
        let mt = vm.builtin_fn("maketrans", m_maketrans, None);
        let smt = alloc(&vm.t.staticmethod.clone(), StaticMethodBody { f: mt });
        vm.type_set(t, "maketrans", smt);
    }
    // `tp_hash = PyObject_HashNotImplemented` shows as `__hash__ = None` in the type's dict.
    let none = vm.none.clone();
    vm.type_set(&ba_t, "__hash__", none);
    let bd = vm.builtins.clone();
    vm.dict_set_str(&bd, "bytes", b);
    vm.dict_set_str(&bd, "bytearray", ba_t);
}
