//! The `str` type of the runtime (Objects/unicodeobject.c): its methods, `%` formatting,
//! `str.format`, `format()`/`__format__` of the built-in types (Python/formatter_unicode.c),
//! `str.encode`, and the `hex`/`oct`/`bin` builtins (Python/bltinmodule.c). The text algorithms
//! themselves live in the front end's pure modules (`str_methods`, `format_spec`,
//! `format_string`, `percent_format`, `codecs`); this module binds Python arguments to them and
//! turns their errors into exceptions.
//!
//! The methods str shares with bytes and bytearray are written once, generic over [`TextKind`]
//! (the element type, how an argument converts, how a result is built); `bytes_type` supplies the
//! bytes kinds.

use super::bodies::*;
use super::codecs::{self, CodecError};
use super::format_spec::{self as fs, ExcKind, TextError};
use super::int::Int;
use super::methodargs::{bind, Style};
use super::object::ObjRef;
use super::percent_format::{CharArg, PercentArgs, PercentHost};
use super::pystr::PyStr;
use super::str_methods::{self as sm, StripSide, Unit};
use super::typeobject::*;
use crate::vm::Vm;

type Args<'a> = &'a [ObjRef];
type Kw<'a> = Option<&'a ObjRef>;

// ---- conversions ----------------------------------------------------------------------------

/// The code points of a str object.
pub fn cps_of(s: &StrBody) -> Vec<u32> {
    match s.as_str() {
        Some(t) if s.ascii() => t.bytes().map(|b| b as u32).collect(),
        _ => s.code_points().collect(),
    }
}

/// The code points of `o` if it is a str.
pub fn cps(o: &ObjRef) -> Option<Vec<u32>> {
    o.downcast::<StrBody>().map(cps_of)
}

/// A new str from code points.
pub fn new_str(vm: &Vm, v: &[u32]) -> ObjRef {
    vm.pystr(PyStr::from_code_points(v.iter().copied()))
}

/// The exception a [`TextError`] stands for.
pub fn text_err(vm: &mut Vm, e: TextError) -> PyErr {
    let ty = match e.kind {
        ExcKind::ValueError => vm.e.value_error.clone(),
        ExcKind::TypeError => vm.e.type_error.clone(),
        ExcKind::OverflowError => vm.e.overflow_error.clone(),
        ExcKind::IndexError => vm.e.index_error.clone(),
        ExcKind::LookupError => vm.e.lookup_error.clone(),
        ExcKind::MemoryError => vm.e.memory_error.clone(),
    };
    if e.kind == ExcKind::MemoryError {
        return PyErr(vm.new_exception(&ty, vec![]));
    }
    vm.err(&ty, &e.msg)
}

/// The i64 of an int, or of an object with `__index__` (`PyNumber_Index`); None otherwise.
pub fn index_value(vm: &mut Vm, o: &ObjRef) -> PyResult<Option<i64>> {
    if let Some(i) = o.downcast::<IntBody>() {
        return Ok(Some(i.sat()));
    }
    let name = vm.intern("__index__");
    let ty = o.type_of();
    if let Some(f) = vm.type_lookup(&ty, &name) {
        if f.downcast::<FunctionBody>().is_some() {
            let r = vm.call(&f, &[o.clone()], None)?;
            return match r.downcast::<IntBody>() {
                Some(i) => Ok(Some(i.sat())),
                None => Err(vm.type_error(&format!("__index__ returned non-int (type {})", vm.type_name(&r)))),
            };
        }
    }
    Ok(None)
}

/// The type name Argument Clinic shows for a bad argument ("None" for None).
pub fn arg_type_name(vm: &Vm, o: &ObjRef) -> String {
    if o.is(&vm.none) { "None".into() } else { vm.type_name(o) }
}

/// An integer argument: "'str' object cannot be interpreted as an integer" otherwise.
pub fn int_arg(vm: &mut Vm, o: &ObjRef) -> PyResult<i64> {
    match index_value(vm, o)? {
        Some(v) => Ok(v),
        None => Err(vm.type_error(&format!("'{}' object cannot be interpreted as an integer", vm.type_name(o)))),
    }
}

/// A `Py_ssize_t` argument (the `n` converter): an int too big for it raises OverflowError.
fn ssize_arg(vm: &mut Vm, o: &ObjRef) -> PyResult<isize> {
    if let Some(super::longobject::IntView::Big(_)) = super::longobject::view(o) {
        return Err(vm.err(&vm.e.overflow_error.clone(), "Python int too large to convert to C ssize_t"));
    }
    Ok(int_arg(vm, o)? as isize)
}

/// A `start`/`end` argument of find/count/startswith (`_PyEval_SliceIndex`): None or an index.
fn slice_index(vm: &mut Vm, o: &Option<ObjRef>) -> PyResult<Option<isize>> {
    match o {
        None => Ok(None),
        Some(x) if x.is(&vm.none) => Ok(None),
        Some(x) => match index_value(vm, x)? {
            Some(v) => Ok(Some(v.clamp(isize::MIN as i64, isize::MAX as i64) as isize)),
            None => Err(vm.type_error("slice indices must be integers or None or have an __index__ method")),
        },
    }
}

fn is_true_arg(vm: &mut Vm, o: &Option<ObjRef>) -> PyResult<bool> {
    match o {
        None => Ok(false),
        Some(x) => vm.is_true(x),
    }
}

// ---- the text kinds -------------------------------------------------------------------------

/// What differs between str, bytes and bytearray in the methods they share.
pub trait TextKind {
    type U: Unit;
    /// "str" or "bytes" in messages.
    const NAME: &'static str;
    /// The elements of `self` (the method's receiver).
    fn units(o: &ObjRef) -> Vec<Self::U>;
    /// The elements of an argument of the same kind, or None.
    fn arg_units(o: &ObjRef) -> Option<Vec<Self::U>>;
    /// A result like `like` (bytearray methods return bytearrays).
    fn make(vm: &mut Vm, like: &ObjRef, v: Vec<Self::U>) -> ObjRef;
    /// [`TextKind::make`] from a borrowed slice.
    fn make_slice(vm: &mut Vm, like: &ObjRef, v: &[Self::U]) -> ObjRef {
        Self::make(vm, like, v.to_vec())
    }
    fn is_space(c: u32) -> bool;
    fn is_break(c: u32) -> bool;
    /// The TypeError for an argument that is not of the kind (`ctx`: "find() argument 1 ").
    fn arg_error(vm: &mut Vm, o: &ObjRef, ctx: &str) -> PyErr;
    /// The TypeError for a find-family `sub` argument (bytes also take an int).
    fn sub_error(vm: &mut Vm, o: &ObjRef, ctx: &str) -> PyErr {
        Self::arg_error(vm, o, ctx)
    }
    /// An int `sub` for bytes (a byte value); None for str.
    fn sub_int(_vm: &mut Vm, _o: &ObjRef) -> PyResult<Option<Self::U>> {
        Ok(None)
    }
    /// The fill character of center/ljust/rjust.
    fn fill(vm: &mut Vm, o: &ObjRef, method: &str) -> PyResult<Self::U>;
    /// Whether `strip`-style results may return the receiver itself.
    fn immutable(o: &ObjRef) -> bool;
    /// The type that defines the method, for "str.find() takes no keyword arguments".
    fn qual(o: &ObjRef) -> &'static str;
}

pub struct StrKind;

impl TextKind for StrKind {
    type U = u32;
    const NAME: &'static str = "str";
    fn units(o: &ObjRef) -> Vec<u32> {
        cps(o).unwrap_or_default()
    }
    fn arg_units(o: &ObjRef) -> Option<Vec<u32>> {
        cps(o)
    }
    fn make(vm: &mut Vm, _like: &ObjRef, v: Vec<u32>) -> ObjRef {
        new_str(vm, &v)
    }
    fn is_space(c: u32) -> bool {
        sm::is_space_cp(c)
    }
    fn is_break(c: u32) -> bool {
        sm::is_linebreak(c)
    }
    fn arg_error(vm: &mut Vm, o: &ObjRef, ctx: &str) -> PyErr {
        let tn = if ctx.is_empty() { vm.type_name(o) } else { arg_type_name(vm, o) };
        vm.type_error(&format!("{ctx}must be str, not {tn}"))
    }
    fn fill(vm: &mut Vm, o: &ObjRef, _method: &str) -> PyResult<u32> {
        match cps(o) {
            Some(v) if v.len() == 1 => Ok(v[0]),
            Some(_) => Err(text_err(vm, sm::fill_char_error())),
            None => Err(vm.type_error(&format!("The fill character must be a unicode character, not {}", vm.type_name(o)))),
        }
    }
    fn immutable(o: &ObjRef) -> bool {
        o.downcast::<StrBody>().is_some()
    }
    fn qual(_o: &ObjRef) -> &'static str {
        "str"
    }
}

/// The str methods on ASCII text, with the bytes as units (no conversion to code points). Used
/// only when the receiver and every str argument (or str in a tuple argument) are ASCII, so every
/// result is ASCII too; [`StrKind`] handles everything else, and both give the same messages.
pub struct AsciiStrKind;

impl TextKind for AsciiStrKind {
    type U = u8;
    const NAME: &'static str = "str";
    fn units(o: &ObjRef) -> Vec<u8> {
        o.downcast::<StrBody>().map(|b| b.as_bytes().to_vec()).unwrap_or_default()
    }
    fn arg_units(o: &ObjRef) -> Option<Vec<u8>> {
        o.downcast::<StrBody>().filter(|b| b.ascii()).map(|b| b.as_bytes().to_vec())
    }
    fn make(vm: &mut Vm, _like: &ObjRef, v: Vec<u8>) -> ObjRef {
        let n = v.len();
        vm.str_from_body(StrBody::from_vec_with_facts(v, super::str_body::TextFacts::ascii(n)))
    }
    fn make_slice(vm: &mut Vm, _like: &ObjRef, v: &[u8]) -> ObjRef {
        vm.str_from_body(StrBody::from_ascii(v))
    }
    fn is_space(c: u32) -> bool {
        sm::is_space_cp(c)
    }
    fn is_break(c: u32) -> bool {
        sm::is_linebreak(c)
    }
    fn arg_error(vm: &mut Vm, o: &ObjRef, ctx: &str) -> PyErr {
        StrKind::arg_error(vm, o, ctx)
    }
    fn fill(vm: &mut Vm, o: &ObjRef, method: &str) -> PyResult<u8> {
        StrKind::fill(vm, o, method).map(|c| c as u8)
    }
    fn immutable(o: &ObjRef) -> bool {
        StrKind::immutable(o)
    }
    fn qual(o: &ObjRef) -> &'static str {
        StrKind::qual(o)
    }
}

/// Whether a str method call can take the [`AsciiStrKind`] path: an ASCII receiver, no keyword
/// arguments, and every str among the arguments (or in a tuple argument) ASCII.
fn ascii_call(a: Args, kw: Kw) -> bool {
    if kw.is_some() {
        return false;
    }
    let ascii_str = |o: &ObjRef| o.downcast::<StrBody>().is_none_or(|b| b.ascii());
    a.first().and_then(|o| o.downcast::<StrBody>()).is_some_and(|b| b.ascii())
        && a[1..].iter().all(|o| ascii_str(o) && o.downcast::<TupleBody>().is_none_or(|t| t.items.iter().all(ascii_str)))
}

/// The str method `$f` dispatched on [`ascii_call`].
macro_rules! str_method {
    ($f:ident) => {{
        fn dispatch(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
            if ascii_call(a, kw) {
                $f::<AsciiStrKind>(vm, a, kw)
            } else {
                $f::<StrKind>(vm, a, kw)
            }
        }
        dispatch as crate::objects::bodies::NativeFn
    }};
}

fn sub_arg<K: TextKind>(vm: &mut Vm, o: &ObjRef, ctx: &str) -> PyResult<Vec<K::U>> {
    if let Some(v) = K::arg_units(o) {
        return Ok(v);
    }
    if let Some(b) = K::sub_int(vm, o)? {
        return Ok(vec![b]);
    }
    Err(K::sub_error(vm, o, ctx))
}

fn arg<K: TextKind>(vm: &mut Vm, o: &ObjRef, ctx: &str) -> PyResult<Vec<K::U>> {
    match K::arg_units(o) {
        Some(v) => Ok(v),
        None => Err(K::arg_error(vm, o, ctx)),
    }
}

fn opt_arg<K: TextKind>(vm: &mut Vm, o: &Option<ObjRef>, ctx: &str) -> PyResult<Option<Vec<K::U>>> {
    match o {
        None => Ok(None),
        Some(x) if x.is(&vm.none) => Ok(None),
        Some(x) => match K::arg_units(x) {
            Some(v) => Ok(Some(v)),
            None if K::NAME == "str" => Err(vm.type_error(&format!("{ctx}must be str or None, not {}", vm.type_name(x)))),
            None => Err(K::arg_error(vm, x, ctx)),
        },
    }
}

/// A sub-range of the receiver: the receiver itself when whole and immutable.
fn range_result<K: TextKind>(vm: &mut Vm, o: &ObjRef, v: &[K::U], r: std::ops::Range<usize>) -> ObjRef {
    if r.start == 0 && r.end == v.len() && K::immutable(o) && (o.is_exact(&vm.t.str_) || o.is_exact(&vm.t.bytes)) {
        return o.clone();
    }
    K::make_slice(vm, o, &v[r])
}

/// The allocation CPython ends with after appending `n` items one by one to a list that
/// starts with `alloc` slots (`list_resize`'s growth pattern).
fn appended_capacity(n: usize, mut alloc: usize) -> usize {
    let mut size = alloc.min(n);
    while size < n {
        let newsize = size + 1;
        if newsize > alloc {
            let mut na = (newsize + (newsize >> 3) + 6) & !3;
            if newsize - size > na - newsize {
                na = (newsize + 3) & !3;
            }
            alloc = na;
        }
        size = newsize;
    }
    alloc
}

/// `PREALLOC_SIZE` of Objects/stringlib/split.h: the list starts with room for `maxcount + 1`
/// items, at most 12 (negative: no limit).
fn prealloc_for(maxcount: isize) -> usize {
    if (0..12).contains(&maxcount) { maxcount as usize + 1 } else { 12 }
}

/// The starting room of str.split / str.rsplit's list (Objects/unicodeobject.c `split`): without
/// maxsplit the count is bounded by the lengths; a separator longer than the text, or of a wider
/// kind, gives a one-item list.
fn str_split_prealloc<U: sm::Unit>(s: &[U], sep: Option<&[U]>, maxsplit: isize) -> usize {
    let kind = |v: &[U]| match v.iter().map(|&c| -> u32 { c.into() }).max().unwrap_or(0) {
        0..=0xff => 1,
        0x100..=0xffff => 2,
        _ => 4,
    };
    let len1 = s.len() as isize;
    match sep {
        None => prealloc_for(if maxsplit < 0 { (len1 - 1) / 2 + 1 } else { maxsplit }),
        Some(sep) => {
            if s.len() < sep.len() || kind(s) < kind(sep) {
                return 1;
            }
            let len2 = sep.len() as isize;
            prealloc_for(if maxsplit >= 0 { maxsplit } else if len2 == 0 { 0 } else { len1 / len2 + 1 })
        }
    }
}

/// A list of the results of split/rsplit (preallocated for `maxsplit + 1`, at most 12, items as
/// `PREALLOC_SIZE` does) or splitlines (`prealloc` 0), with the allocation `getsizeof` shows.
fn split_list(vm: &mut Vm, items: Vec<ObjRef>, prealloc: usize) -> ObjRef {
    let cap = appended_capacity(items.len(), prealloc);
    let mut v = Vec::with_capacity(cap);
    v.extend(items);
    vm.list(v)
}

fn tr<T>(vm: &mut Vm, r: Result<T, TextError>) -> PyResult<T> {
    r.map_err(|e| text_err(vm, e))
}

// ---- shared methods (str, bytes, bytearray) -------------------------------------------------

fn find_args<K: TextKind>(vm: &mut Vm, name: &str, a: Args, kw: Kw) -> PyResult<(Vec<K::U>, Vec<K::U>, Option<isize>, Option<isize>)> {
    let p = bind(vm, &format!("{}.{name}", K::qual(&a[0])), &["sub", "start", "end"], 1, Style::Positional, a, kw)?;
    let ctx = format!("{name}() argument 1 ");
    let sub = sub_arg::<K>(vm, p[0].as_ref().unwrap(), &ctx)?;
    let start = slice_index(vm, &p[1])?;
    let end = slice_index(vm, &p[2])?;
    Ok((K::units(&a[0]), sub, start, end))
}

pub fn m_find<K: TextKind>(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    let (s, sub, st, en) = find_args::<K>(vm, "find", a, kw)?;
    Ok(vm.int(sm::find(&s, &sub, st, en) as i64))
}
pub fn m_rfind<K: TextKind>(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    let (s, sub, st, en) = find_args::<K>(vm, "rfind", a, kw)?;
    Ok(vm.int(sm::rfind(&s, &sub, st, en) as i64))
}
fn not_found<K: TextKind>(vm: &mut Vm) -> PyErr {
    vm.value_error(if K::NAME == "str" { "substring not found" } else { "subsection not found" })
}
pub fn m_index<K: TextKind>(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    let (s, sub, st, en) = find_args::<K>(vm, "index", a, kw)?;
    match sm::find(&s, &sub, st, en) {
        -1 => Err(not_found::<K>(vm)),
        i => Ok(vm.int(i as i64)),
    }
}
pub fn m_rindex<K: TextKind>(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    let (s, sub, st, en) = find_args::<K>(vm, "rindex", a, kw)?;
    match sm::rfind(&s, &sub, st, en) {
        -1 => Err(not_found::<K>(vm)),
        i => Ok(vm.int(i as i64)),
    }
}
pub fn m_count<K: TextKind>(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    let (s, sub, st, en) = find_args::<K>(vm, "count", a, kw)?;
    Ok(vm.int(sm::count(&s, &sub, st, en) as i64))
}

fn affix<K: TextKind>(vm: &mut Vm, name: &str, a: Args, kw: Kw, ends: bool) -> PyResult {
    let p = bind(vm, &format!("{}.{name}", K::qual(&a[0])), &["prefix", "start", "end"], 1, Style::Positional, a, kw)?;
    let s = K::units(&a[0]);
    let start = slice_index(vm, &p[1])?;
    let end = slice_index(vm, &p[2])?;
    let x = p[0].clone().unwrap();
    let pats: Vec<Vec<K::U>> = if let Some(t) = x.downcast::<TupleBody>() {
        let mut v = Vec::new();
        for it in t.items.iter() {
            match K::arg_units(it) {
                Some(u) => v.push(u),
                None => {
                    let msg = if K::NAME == "str" {
                        format!("tuple for {name} must only contain str, not {}", vm.type_name(it))
                    } else {
                        format!("a bytes-like object is required, not '{}'", vm.type_name(it))
                    };
                    return Err(vm.type_error(&msg));
                }
            }
        }
        v
    } else {
        match K::arg_units(&x) {
            Some(u) => vec![u],
            None => return Err(text_err(vm, sm::affix_type_error(name, K::NAME, &vm.type_name(&x)))),
        }
    };
    let r = pats.iter().any(|p| if ends { sm::endswith(&s, p, start, end) } else { sm::startswith(&s, p, start, end) });
    Ok(vm.bool(r))
}
pub fn m_startswith<K: TextKind>(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    affix::<K>(vm, "startswith", a, kw, false)
}
pub fn m_endswith<K: TextKind>(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    affix::<K>(vm, "endswith", a, kw, true)
}

fn split_impl<K: TextKind>(vm: &mut Vm, name: &str, a: Args, kw: Kw, right: bool) -> PyResult {
    let p = bind(vm, name, &["sep", "maxsplit"], 0, Style::Keywords, a, kw)?;
    let s = K::units(&a[0]);
    let sep = opt_arg::<K>(vm, &p[0], "")?;
    let maxsplit = match &p[1] {
        Some(m) => int_arg(vm, m)?.clamp(isize::MIN as i64, isize::MAX as i64) as isize,
        None => -1,
    };
    let r = if right { sm::rsplit(&s, sep.as_deref(), maxsplit, K::is_space) } else { sm::split(&s, sep.as_deref(), maxsplit, K::is_space) };
    let ranges = tr(vm, r)?;
    let items = ranges.into_iter().map(|r| range_result::<K>(vm, &a[0], &s, r)).collect();
    let prealloc = if K::NAME == "str" { str_split_prealloc(&s, sep.as_deref(), maxsplit) } else { prealloc_for(maxsplit) };
    Ok(split_list(vm, items, prealloc))
}
pub fn m_split<K: TextKind>(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    split_impl::<K>(vm, "split", a, kw, false)
}

/// `str.split(sep)` of ASCII text by a non-empty ASCII separator, without maxsplit: the pieces
/// are counted first, so the list gets its final allocation at once and each piece is made
/// straight from the text (no code points, no list of ranges). None when the call is not of
/// that form.
fn ascii_split(vm: &mut Vm, a: Args, kw: Kw) -> Option<ObjRef> {
    if a.len() != 2 || !ascii_call(a, kw) {
        return None;
    }
    let hay = a[0].downcast::<StrBody>()?.as_bytes();
    let sep = a[1].downcast::<StrBody>()?.as_bytes();
    if sep.is_empty() {
        return None;
    }
    let mut n = 0;
    let mut j = 0;
    while let Some(k) = sm::search(&hay[j..], sep) {
        n += 1;
        j += k + sep.len();
    }
    let prealloc = str_split_prealloc(hay, Some(sep), -1);
    if n == 0 {
        let whole = range_result::<AsciiStrKind>(vm, &a[0], hay, 0..hay.len());
        return Some(split_list(vm, vec![whole], prealloc));
    }
    let mut v = Vec::with_capacity(appended_capacity(n + 1, prealloc));
    let mut j = 0;
    while let Some(k) = sm::search(&hay[j..], sep) {
        v.push(vm.str_from_body(StrBody::from_ascii(&hay[j..j + k])));
        j += k + sep.len();
    }
    v.push(vm.str_from_body(StrBody::from_ascii(&hay[j..])));
    Some(vm.list(v))
}

fn str_split(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    match ascii_split(vm, a, kw) {
        Some(r) => Ok(r),
        None => str_method!(m_split)(vm, a, kw),
    }
}
pub fn m_rsplit<K: TextKind>(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    split_impl::<K>(vm, "rsplit", a, kw, true)
}
pub fn m_splitlines<K: TextKind>(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    let p = bind(vm, "splitlines", &["keepends"], 0, Style::Keywords, a, kw)?;
    let keep = is_true_arg(vm, &p[0])?;
    let s = K::units(&a[0]);
    let items = sm::splitlines(&s, keep, K::is_break).into_iter().map(|r| range_result::<K>(vm, &a[0], &s, r)).collect();
    Ok(split_list(vm, items, 0))
}

fn strip_impl<K: TextKind>(vm: &mut Vm, name: &str, a: Args, kw: Kw, side: StripSide) -> PyResult {
    let p = bind(vm, &format!("{}.{name}", K::qual(&a[0])), &["chars"], 0, Style::Positional, a, kw)?;
    let s = K::units(&a[0]);
    let chars = match &p[0] {
        Some(x) if !x.is(&vm.none) && K::NAME == "str" && K::arg_units(x).is_none() => {
            return Err(vm.type_error(&format!("{name} arg must be None or str")));
        }
        _ => opt_arg::<K>(vm, &p[0], "")?,
    };
    let r = sm::strip(&s, chars.as_deref(), side, K::is_space);
    Ok(range_result::<K>(vm, &a[0], &s, r))
}
pub fn m_strip<K: TextKind>(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    strip_impl::<K>(vm, "strip", a, kw, StripSide::Both)
}
pub fn m_lstrip<K: TextKind>(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    strip_impl::<K>(vm, "lstrip", a, kw, StripSide::Left)
}
pub fn m_rstrip<K: TextKind>(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    strip_impl::<K>(vm, "rstrip", a, kw, StripSide::Right)
}

fn partition_impl<K: TextKind>(vm: &mut Vm, a: Args, kw: Kw, right: bool) -> PyResult {
    let name = if right { "rpartition" } else { "partition" };
    let p = bind(vm, &format!("{}.{name}", K::qual(&a[0])), &["sep"], 1, Style::One, a, kw)?;
    let s = K::units(&a[0]);
    let sep = arg::<K>(vm, p[0].as_ref().unwrap(), "")?;
    let r = if right { sm::rpartition(&s, &sep) } else { sm::partition(&s, &sep) };
    let at = tr(vm, r)?;
    let n = s.len();
    let items = match at {
        Some(i) => {
            let x = range_result::<K>(vm, &a[0], &s, 0..i);
            let m = K::make(vm, &a[0], sep.clone());
            let m = if K::immutable(&a[0]) && K::arg_units(p[0].as_ref().unwrap()).is_some() && p[0].as_ref().unwrap().type_of().is(&a[0].type_of()) { p[0].clone().unwrap() } else { m };
            let y = range_result::<K>(vm, &a[0], &s, i + sep.len()..n);
            vec![x, m, y]
        }
        None => {
            let whole = range_result::<K>(vm, &a[0], &s, 0..n);
            let e1 = K::make(vm, &a[0], Vec::new());
            let e2 = K::make(vm, &a[0], Vec::new());
            if right { vec![e1, e2, whole] } else { vec![whole, e1, e2] }
        }
    };
    Ok(vm.tuple(items))
}
pub fn m_partition<K: TextKind>(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    partition_impl::<K>(vm, a, kw, false)
}
pub fn m_rpartition<K: TextKind>(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    partition_impl::<K>(vm, a, kw, true)
}

pub fn m_replace<K: TextKind>(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    let p = bind(vm, "replace", &["old", "new", "count"], 2, Style::Keywords, a, kw)?;
    let s = K::units(&a[0]);
    let old = arg::<K>(vm, p[0].as_ref().unwrap(), "replace() argument 1 ")?;
    let new = arg::<K>(vm, p[1].as_ref().unwrap(), "replace() argument 2 ")?;
    let count = match &p[2] {
        Some(c) => int_arg(vm, c)?.clamp(isize::MIN as i64, isize::MAX as i64) as isize,
        None => -1,
    };
    let r = sm::replace(&s, &old, &new, count);
    let v = tr(vm, r)?;
    if v == s && K::immutable(&a[0]) && (a[0].is_exact(&vm.t.str_) || a[0].is_exact(&vm.t.bytes)) {
        return Ok(a[0].clone());
    }
    Ok(K::make(vm, &a[0], v))
}

fn affix_remove<K: TextKind>(vm: &mut Vm, a: Args, kw: Kw, suffix: bool) -> PyResult {
    let name = if suffix { "removesuffix" } else { "removeprefix" };
    let p = bind(vm, &format!("{}.{name}", K::qual(&a[0])), &["x"], 1, Style::One, a, kw)?;
    let s = K::units(&a[0]);
    let x = p[0].clone().unwrap();
    let Some(pre) = K::arg_units(&x) else {
        let msg = if K::NAME == "str" { format!("{name}() argument must be str, not {}", arg_type_name(vm, &x)) } else { format!("a bytes-like object is required, not '{}'", vm.type_name(&x)) };
        return Err(vm.type_error(&msg));
    };
    let r = if suffix { sm::removesuffix(&s, &pre) } else { sm::removeprefix(&s, &pre) };
    Ok(range_result::<K>(vm, &a[0], &s, r))
}
pub fn m_removeprefix<K: TextKind>(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    affix_remove::<K>(vm, a, kw, false)
}
pub fn m_removesuffix<K: TextKind>(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    affix_remove::<K>(vm, a, kw, true)
}

pub fn m_expandtabs<K: TextKind>(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    let p = bind(vm, "expandtabs", &["tabsize"], 0, Style::Keywords, a, kw)?;
    let t = match &p[0] {
        Some(x) => {
            // `tabsize` is a C int in CPython.
            let v = int_arg(vm, x)?;
            if v < i32::MIN as i64 || v > i32::MAX as i64 {
                return Err(vm.err(&vm.e.overflow_error.clone(), "Python int too large to convert to C int"));
            }
            v as isize
        }
        None => 8,
    };
    let s = K::units(&a[0]);
    let r = sm::expandtabs(&s, t);
    let v = tr(vm, r)?;
    Ok(K::make(vm, &a[0], v))
}

fn pad_impl<K: TextKind>(vm: &mut Vm, name: &str, a: Args, kw: Kw, which: u8) -> PyResult {
    let p = bind(vm, &format!("{}.{name}", K::qual(&a[0])), &["width", "fillchar"], 1, Style::Positional, a, kw)?;
    let w = ssize_arg(vm, p[0].as_ref().unwrap())?;
    let fill = match &p[1] {
        Some(f) => K::fill(vm, f, name)?,
        None => K::U::from_ascii(b' '),
    };
    let s = K::units(&a[0]);
    if w <= s.len() as isize && K::immutable(&a[0]) && a[0].is_exact(&vm.t.str_) {
        return Ok(a[0].clone());
    }
    let r = match which {
        0 => sm::center(&s, w, fill),
        1 => sm::ljust(&s, w, fill),
        _ => sm::rjust(&s, w, fill),
    };
    let v = tr(vm, r)?;
    Ok(K::make(vm, &a[0], v))
}
pub fn m_center<K: TextKind>(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    pad_impl::<K>(vm, "center", a, kw, 0)
}
pub fn m_ljust<K: TextKind>(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    pad_impl::<K>(vm, "ljust", a, kw, 1)
}
pub fn m_rjust<K: TextKind>(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    pad_impl::<K>(vm, "rjust", a, kw, 2)
}
pub fn m_zfill<K: TextKind>(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    let p = bind(vm, &format!("{}.zfill", K::qual(&a[0])), &["width"], 1, Style::One, a, kw)?;
    let w = ssize_arg(vm, p[0].as_ref().unwrap())?;
    let s = K::units(&a[0]);
    if w <= s.len() as isize && a[0].is_exact(&vm.t.str_) {
        return Ok(a[0].clone());
    }
    let r = sm::zfill(&s, w);
    let v = tr(vm, r)?;
    Ok(K::make(vm, &a[0], v))
}

// ---- str-only methods -----------------------------------------------------------------------

fn noargs(vm: &mut Vm, name: &str, a: Args, kw: Kw) -> PyResult<Vec<u32>> {
    bind(vm, &format!("str.{name}"), &[], 0, Style::NoArgs, a, kw)?;
    Ok(StrKind::units(&a[0]))
}

macro_rules! case_method {
    ($fname:ident, $name:expr, $f:path) => {
        case_method!($fname, $name, $f, None::<fn(&mut [u8])>);
    };
    ($fname:ident, $name:expr, $f:path, $ascii:expr) => {
        fn $fname(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
            if let (Some(f), true) = ($ascii, kw.is_none() && a.len() == 1) {
                if let Some(b) = a[0].downcast::<StrBody>().filter(|b| b.ascii()) {
                    // ASCII text maps to ASCII text, letter by letter.
                    let mut v = b.as_bytes().to_vec();
                    f(&mut v);
                    let n = v.len();
                    return Ok(vm.str_from_body(StrBody::from_vec_with_facts(v, super::str_body::TextFacts::ascii(n))));
                }
            }
            let s = noargs(vm, $name, a, kw)?;
            Ok(new_str(vm, &$f(&s)))
        }
    };
}
case_method!(m_lower, "lower", sm::lower, Some(<[u8]>::make_ascii_lowercase));
case_method!(m_upper, "upper", sm::upper, Some(<[u8]>::make_ascii_uppercase));
case_method!(m_casefold, "casefold", sm::casefold, Some(<[u8]>::make_ascii_lowercase));
case_method!(m_swapcase, "swapcase", sm::swapcase, Some(|v: &mut [u8]| v.iter_mut().for_each(|c| if c.is_ascii_alphabetic() { *c ^= 0x20 })));
case_method!(m_title, "title", sm::title);
case_method!(m_capitalize, "capitalize", sm::capitalize);

macro_rules! pred_method {
    ($fname:ident, $name:expr, $f:path) => {
        fn $fname(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
            let s = noargs(vm, $name, a, kw)?;
            Ok(vm.bool($f(&s)))
        }
    };
}
pred_method!(m_isalpha, "isalpha", sm::isalpha);
pred_method!(m_isalnum, "isalnum", sm::isalnum);
pred_method!(m_isdecimal, "isdecimal", sm::isdecimal);
pred_method!(m_isdigit, "isdigit", sm::isdigit);
pred_method!(m_isnumeric, "isnumeric", sm::isnumeric);
pred_method!(m_isspace, "isspace", sm::isspace);
pred_method!(m_isascii, "isascii", sm::isascii);
pred_method!(m_isprintable, "isprintable", sm::isprintable);
pred_method!(m_isidentifier, "isidentifier", sm::isidentifier);
pred_method!(m_islower, "islower", sm::islower);
pred_method!(m_isupper, "isupper", sm::isupper);
pred_method!(m_istitle, "istitle", sm::istitle);

fn m_join(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    let p = bind(vm, "str.join", &["iterable"], 1, Style::One, a, kw)?;
    let it = p[0].as_ref().unwrap();
    // A list or tuple of strs is joined in place (`PySequence_Fast` borrows them too).
    if (it.is_exact(&vm.t.list) || it.is_exact(&vm.t.tuple)) && a[0].is_exact(&vm.t.str_) {
        let joined = match (it.downcast::<ListBody>(), it.downcast::<TupleBody>()) {
            (Some(l), _) => {
                let v = l.items.borrow();
                if v.len() == 1 && v[0].is_exact(&vm.t.str_) {
                    return Ok(v[0].clone());
                }
                super::str_body::join(a[0].downcast::<StrBody>(), v.iter()).ok()
            }
            (_, Some(t)) => {
                if t.items.len() == 1 && t.items[0].is_exact(&vm.t.str_) {
                    return Ok(t.items[0].clone());
                }
                super::str_body::join(a[0].downcast::<StrBody>(), t.items.iter()).ok()
            }
            _ => None,
        };
        if let Some(b) = joined {
            return Ok(vm.str_from_body(b));
        }
    }
    let items = match vm.collect(p[0].as_ref().unwrap()) {
        Ok(v) => v,
        Err(e) if is_subtype(&e.0.type_of(), &vm.e.type_error) && vm.get_iter(p[0].as_ref().unwrap()).is_err() => {
            return Err(vm.type_error("can only join an iterable"));
        }
        Err(e) => return Err(e),
    };
    if items.len() == 1 && items[0].is_exact(&vm.t.str_) {
        return Ok(items[0].clone());
    }
    match super::str_body::join(a[0].downcast::<StrBody>(), items.iter()) {
        Ok(b) => Ok(vm.str_from_body(b)),
        Err(i) => Err(text_err(vm, sm::join_type_error(i, &vm.type_name(&items[i])))),
    }
}

fn m_encode(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    let p = bind(vm, "encode", &["encoding", "errors"], 0, Style::Keywords, a, kw)?;
    let (enc, errors) = codec_args(vm, "encode", &p)?;
    let s = StrKind::units(&a[0]);
    let b = encode_to_vec(vm, &a[0], &s, &enc, &errors)?;
    Ok(super::bytes_type::new_bytes(vm, b))
}

/// The (encoding, errors) arguments of encode/decode, defaulting to utf-8 / strict.
pub fn codec_args(vm: &mut Vm, fname: &str, p: &[Option<ObjRef>]) -> PyResult<(String, String)> {
    let mut out = [String::from("utf-8"), String::from("strict")];
    for (i, what) in ["encoding", "errors"].iter().enumerate() {
        if let Some(x) = &p[i] {
            match x.downcast::<StrBody>() {
                Some(s) => out[i] = s.text().into_owned(),
                None => return Err(vm.type_error(&format!("{fname}() argument '{what}' must be str, not {}", arg_type_name(vm, x)))),
            }
        }
    }
    let [e, r] = out;
    Ok((e, r))
}

/// Builds UnicodeEncodeError / UnicodeDecodeError / LookupError for a codec failure.
pub fn codec_err(vm: &mut Vm, e: CodecError, object: &ObjRef) -> PyErr {
    match e {
        CodecError::UnknownHandler(h) => vm.err(&vm.e.lookup_error.clone(), &format!("unknown error handler name '{h}'")),
        CodecError::Encode { encoding, start, end, reason } | CodecError::Decode { encoding, start, end, reason } => {
            let ty = if object.downcast::<StrBody>().is_some() { vm.e.unicode_encode_error.clone() } else { vm.e.unicode_decode_error.clone() };
            let args = vec![vm.str(encoding), object.clone(), vm.int(start as i64), vm.int(end as i64), vm.str(reason)];
            PyErr(vm.new_exception(&ty, args))
        }
    }
}

/// `str.__str__` of UnicodeEncodeError / UnicodeDecodeError (Objects/exceptions.c).
pub fn unicode_error_str(vm: &mut Vm, o: &ObjRef) -> PyResult {
    let e = o.downcast::<ExcBody>().unwrap();
    let args = e.args.borrow().clone();
    let items = args.downcast::<TupleBody>().map(|t| t.items.to_vec()).unwrap_or_default();
    if items.len() != 5 {
        return super::slots::exc_str(vm, o);
    }
    let enc = vm.str_string(&items[0])?;
    let reason = vm.str_string(&items[4])?;
    let (start, end) = (items[2].downcast::<IntBody>().map(|i| i.sat()).unwrap_or(0), items[3].downcast::<IntBody>().map(|i| i.sat()).unwrap_or(0));
    let msg = if let Some(s) = cps(&items[1]) {
        if end == start + 1 && (start as usize) < s.len() {
            let c = s[start as usize];
            let ch = if c <= 0xff { format!("\\x{c:02x}") } else if c <= 0xffff { format!("\\u{c:04x}") } else { format!("\\U{c:08x}") };
            format!("'{enc}' codec can't encode character '{ch}' in position {start}: {reason}")
        } else {
            format!("'{enc}' codec can't encode characters in position {}-{}: {reason}", start, end - 1)
        }
    } else {
        let b = super::bytes_type::bytes_of(&items[1]).unwrap_or_default();
        if end == start + 1 && (start as usize) < b.len() {
            format!("'{enc}' codec can't decode byte 0x{:02x} in position {start}: {reason}", b[start as usize])
        } else {
            format!("'{enc}' codec can't decode bytes in position {}-{}: {reason}", start, end - 1)
        }
    };
    Ok(vm.str(&msg))
}

/// The UnicodeError attributes (`encoding`, `object`, `start`, `end`, `reason`).
pub fn unicode_error_attr(vm: &mut Vm, o: &ObjRef, name: &str) -> Option<ObjRef> {
    let e = o.downcast::<ExcBody>()?;
    if !(is_subtype(&o.type_of(), &vm.e.unicode_encode_error) || is_subtype(&o.type_of(), &vm.e.unicode_decode_error)) {
        return None;
    }
    let i = ["encoding", "object", "start", "end", "reason"].iter().position(|n| *n == name)?;
    let args = e.args.borrow().clone();
    args.downcast::<TupleBody>().and_then(|t| t.items.get(i).cloned())
}

pub fn encode_to_vec(vm: &mut Vm, obj: &ObjRef, s: &[u32], enc: &str, errors: &str) -> PyResult<Vec<u8>> {
    let Some(codec) = codecs::lookup(enc) else {
        return Err(vm.err(&vm.e.lookup_error.clone(), &format!("unknown encoding: {enc}")));
    };
    codecs::encode(s, codec, errors).map_err(|e| codec_err(vm, e, obj))
}

fn m_translate(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    let p = bind(vm, "str.translate", &["table"], 1, Style::One, a, kw)?;
    let table = p[0].clone().unwrap();
    let s = StrKind::units(&a[0]);
    let mut out = Vec::with_capacity(s.len());
    for c in s {
        let k = vm.int(c as i64);
        let v = match vm.getitem(&table, &k) {
            Ok(v) => v,
            Err(e) if is_subtype(&e.0.type_of(), &vm.e.lookup_error) => {
                out.push(c);
                continue;
            }
            Err(e) => return Err(e),
        };
        if v.is(&vm.none) {
            continue;
        }
        if let Some(i) = v.downcast::<IntBody>() {
            if !(0..0x110000).contains(&i.sat()) {
                return Err(text_err(vm, sm::translate_value_range_error()));
            }
            out.push(i.sat() as u32);
        } else if let Some(t) = cps(&v) {
            out.extend(t);
        } else {
            return Err(text_err(vm, sm::translate_value_type_error()));
        }
    }
    Ok(new_str(vm, &out))
}

fn m_maketrans(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    // A static method: no receiver, so bind against a dummy first slot.
    let mut full = vec![vm.none.clone()];
    full.extend_from_slice(a);
    let p = bind(vm, "str.maketrans", &["x", "y", "z"], 1, Style::Positional, &full, kw)?;
    let d = vm.new_dict();
    match (&p[1], &p[2]) {
        (None, _) => {
            let x = p[0].clone().unwrap();
            let Some(src) = x.downcast::<DictBody>() else {
                return Err(vm.type_error(sm::maketrans_errors::ONE_ARG_NOT_DICT));
            };
            let items: Vec<(ObjRef, ObjRef)> = src.table.borrow().iter().map(|(k, v)| (k.clone(), v.clone())).collect();
            for (k, v) in items {
                let key = if let Some(c) = cps(&k) {
                    if c.len() != 1 {
                        return Err(vm.value_error(sm::maketrans_errors::KEY_LEN));
                    }
                    vm.int(c[0] as i64)
                } else if k.downcast::<IntBody>().is_some() {
                    k
                } else {
                    return Err(vm.type_error(sm::maketrans_errors::KEY_TYPE));
                };
                vm.dict_set(&d, key, v)?;
            }
        }
        (Some(y), z) => {
            let x = p[0].clone().unwrap();
            let ys = arg::<StrKind>(vm, y, "maketrans() argument 2 ")?;
            let zs = match z {
                Some(z) => Some(arg::<StrKind>(vm, z, "maketrans() argument 3 ")?),
                None => None,
            };
            let Some(xs) = cps(&x) else {
                return Err(vm.type_error("first maketrans argument must be a string if there is a second argument"));
            };
            let r = sm::maketrans(&xs, &ys, zs.as_deref());
            let pairs = tr(vm, r)?;
            for (k, v) in pairs {
                let key = vm.int(k as i64);
                let val = match v {
                    Some(c) => vm.int(c as i64),
                    None => vm.none.clone(),
                };
                vm.dict_set(&d, key, val)?;
            }
        }
    }
    Ok(d)
}

// ---- % formatting ---------------------------------------------------------------------------

/// The error type of the formatting hosts: an exception, or a text error not yet raised.
pub enum HostErr {
    Py(PyErr),
    Text(TextError),
}
impl From<TextError> for HostErr {
    fn from(e: TextError) -> HostErr {
        HostErr::Text(e)
    }
}
impl From<PyErr> for HostErr {
    fn from(e: PyErr) -> HostErr {
        HostErr::Py(e)
    }
}
pub fn host_err(vm: &mut Vm, e: HostErr) -> PyErr {
    match e {
        HostErr::Py(p) => p,
        HostErr::Text(t) => text_err(vm, t),
    }
}

/// The Int of an int object (the runtime's ints are machine integers today).
pub fn int_value(o: &ObjRef) -> Option<Int> {
    super::longobject::view(o).map(|v| v.to_int().into_owned())
}

/// Calls the dunder `name` of a user class on `o`, if it defines one.
fn user_dunder(vm: &mut Vm, o: &ObjRef, name: &str) -> PyResult<Option<ObjRef>> {
    let n = vm.intern(name);
    let ty = o.type_of();
    match vm.type_lookup(&ty, &n) {
        Some(f) if f.downcast::<FunctionBody>().is_some() => Ok(Some(vm.call(&f, &[o.clone()], None)?)),
        _ => Ok(None),
    }
}

pub struct Host<'a, 'h> {
    pub vm: &'a mut Vm<'h>,
}

impl Host<'_, '_> {
    pub fn to_int_common(&mut self, v: &ObjRef, conv: u8) -> Result<Option<Int>, HostErr> {
        if let Some(i) = int_value(v) {
            return Ok(Some(i));
        }
        let decimal = matches!(conv, b'd' | b'i' | b'u');
        if let Some(f) = v.downcast::<FloatBody>() {
            if !decimal {
                return Ok(None);
            }
            return Ok(Some(super::percent_format::float_to_int(f.v)?));
        }
        if let Some(r) = user_dunder(self.vm, v, "__index__")? {
            return Ok(int_value(&r));
        }
        if decimal {
            if let Some(r) = user_dunder(self.vm, v, "__int__")? {
                return Ok(int_value(&r));
            }
        }
        Ok(None)
    }
    pub fn to_float_common(&mut self, v: &ObjRef) -> Result<Option<f64>, HostErr> {
        if let Some(f) = v.downcast::<FloatBody>() {
            return Ok(Some(f.v));
        }
        if let Some(i) = v.downcast::<IntBody>() {
            return Ok(Some(i.sat() as f64));
        }
        if let Some(r) = user_dunder(self.vm, v, "__float__")? {
            return Ok(r.downcast::<FloatBody>().map(|f| f.v));
        }
        if let Some(r) = user_dunder(self.vm, v, "__index__")? {
            return Ok(r.downcast::<IntBody>().map(|i| i.sat() as f64));
        }
        Ok(None)
    }
}

impl PercentHost<ObjRef, u32> for Host<'_, '_> {
    type Err = HostErr;
    fn text(&mut self, v: &ObjRef, conv: u8) -> Result<Vec<u32>, HostErr> {
        let r = match conv {
            b'r' => self.vm.repr(v)?,
            b'a' => crate::builtins::ascii(self.vm, v)?,
            _ => self.vm.to_str(v)?,
        };
        Ok(cps(&r).unwrap_or_default())
    }
    fn to_int(&mut self, v: &ObjRef, conv: u8) -> Result<Option<Int>, HostErr> {
        self.to_int_common(v, conv)
    }
    fn to_float(&mut self, v: &ObjRef) -> Result<Option<f64>, HostErr> {
        self.to_float_common(v)
    }
    fn to_char(&mut self, v: &ObjRef) -> Result<CharArg, HostErr> {
        if let Some(c) = cps(v) {
            return Ok(CharArg::Str(c));
        }
        if let Some(i) = int_value(v) {
            return Ok(CharArg::Int(i));
        }
        Ok(CharArg::Other)
    }
    fn star_int(&mut self, v: &ObjRef) -> Result<Option<Int>, HostErr> {
        Ok(int_value(v))
    }
    fn getitem(&mut self, mapping: &ObjRef, key: &[u32]) -> Result<ObjRef, HostErr> {
        let k = new_str(self.vm, key);
        Ok(self.vm.getitem(mapping, &k)?)
    }
    fn type_name(&self, v: &ObjRef) -> String {
        self.vm.type_name(v)
    }
}

/// Whether `%` treats `v` as a mapping (`PyMapping_Check` and not a tuple or str).
pub fn percent_is_mapping(v: &ObjRef) -> bool {
    tp(&v.type_of()).slots.mp_subscript.get().is_some() && v.downcast::<TupleBody>().is_none() && v.downcast::<StrBody>().is_none()
}

/// `str % args` (`nb_remainder` of str): NotImplemented unless the left operand is a str.
fn str_number(vm: &mut Vm, a: &ObjRef, b: &ObjRef, op: u32) -> PyResult {
    if op == 5 {
        // `str * n` / `n * str` (`unicode_repeat`).
        let (sv, nv) = if a.downcast::<StrBody>().is_some() { (a, b) } else { (b, a) };
        let (Some(sb), Some(n)) = (sv.downcast::<StrBody>(), nv.downcast::<IntBody>()) else { return Ok(vm.notimpl.clone()) };
        if n.sat() <= 0 || sb.nchars() == 0 {
            return Ok(vm.str(""));
        }
        if n.sat() == 1 && sv.is_exact(&vm.t.str_) {
            return Ok(sv.clone());
        }
        // A count beyond Py_ssize_t (`PyNumber_AsSsize_t` with OverflowError).
        if super::longobject::small_int(&nv).is_none() {
            return Err(vm.err(&vm.e.overflow_error.clone(), "cannot fit 'int' into an index-sized integer"));
        }
        let n = n.sat() as usize;
        if sb.nchars().checked_mul(n).is_none_or(|t| t > isize::MAX as usize) {
            return Err(vm.err(&vm.e.overflow_error.clone(), "repeated string is too long"));
        }
        if sb.nchars() * n > fs::MAX_TEXT_LEN {
            return Err(PyErr(vm.new_exception(&vm.e.memory_error.clone(), vec![])));
        }
        return Ok(vm.str_from_body(sb.repeat(n)));
    }
    if op != 6 || a.downcast::<StrBody>().is_none() {
        return Ok(vm.notimpl.clone());
    }
    let fmt = cps(a).unwrap();
    let tuple_items = b.downcast::<TupleBody>().map(|t| t.items.to_vec());
    let is_mapping = percent_is_mapping(b);
    let args = match &tuple_items {
        Some(items) => PercentArgs::Tuple(items),
        None => PercentArgs::Single { value: b, is_mapping },
    };
    let r = super::percent_format::percent_format(&fmt, &args, &mut Host { vm });
    match r {
        Ok(v) => Ok(new_str(vm, &v)),
        Err(e) => Err(host_err(vm, e)),
    }
}

// ---- str.format / format() ------------------------------------------------------------------

struct FmtHost<'a, 'h> {
    vm: &'a mut Vm<'h>,
    pos: Vec<ObjRef>,
    kws: Vec<(Vec<u32>, ObjRef)>,
    mapping: Option<ObjRef>,
}

impl super::format_string::FormatHost for FmtHost<'_, '_> {
    type Obj = ObjRef;
    type Err = HostErr;
    fn positional(&mut self, i: usize) -> Result<Option<ObjRef>, HostErr> {
        Ok(self.pos.get(i).cloned())
    }
    fn keyword(&mut self, name: &[u32]) -> Result<ObjRef, HostErr> {
        if let Some(m) = self.mapping.clone() {
            let k = new_str(self.vm, name);
            return Ok(self.vm.getitem(&m, &k)?);
        }
        match self.kws.iter().find(|(k, _)| k == name) {
            Some((_, v)) => Ok(v.clone()),
            None => {
                let k = new_str(self.vm, name);
                Err(HostErr::Py(PyErr(self.vm.new_exception(&self.vm.e.key_error.clone(), vec![k]))))
            }
        }
    }
    fn getattr(&mut self, o: &ObjRef, name: &[u32]) -> Result<ObjRef, HostErr> {
        let n = new_str(self.vm, name);
        Ok(self.vm.getattr(o, &n)?)
    }
    fn getitem_int(&mut self, o: &ObjRef, i: usize) -> Result<ObjRef, HostErr> {
        let k = self.vm.int(i as i64);
        Ok(self.vm.getitem(o, &k)?)
    }
    fn getitem_str(&mut self, o: &ObjRef, key: &[u32]) -> Result<ObjRef, HostErr> {
        let k = new_str(self.vm, key);
        Ok(self.vm.getitem(o, &k)?)
    }
    fn convert(&mut self, o: ObjRef, conv: u8) -> Result<ObjRef, HostErr> {
        Ok(match conv {
            b'r' => self.vm.repr(&o)?,
            b'a' => crate::builtins::ascii(self.vm, &o)?,
            _ => self.vm.to_str(&o)?,
        })
    }
    fn format(&mut self, o: &ObjRef, spec: &[u32]) -> Result<Vec<u32>, HostErr> {
        let sp = new_str(self.vm, spec);
        let r = format(self.vm, o, &sp)?;
        Ok(cps(&r).unwrap_or_default())
    }
}

fn m_format(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    let kwn: Vec<ObjRef> = kw.and_then(|k| k.downcast::<TupleBody>()).map(|t| t.items.to_vec()).unwrap_or_default();
    let npos = a.len() - kwn.len();
    let pos = a[1..npos].to_vec();
    let kws = kwn.iter().zip(&a[npos..]).map(|(k, v)| (cps(k).unwrap_or_default(), v.clone())).collect();
    let fmt = StrKind::units(&a[0]);
    let r = super::format_string::format(&fmt, true, &mut FmtHost { vm, pos, kws, mapping: None });
    match r {
        Ok(v) => Ok(new_str(vm, &v)),
        Err(e) => Err(host_err(vm, e)),
    }
}

fn m_format_map(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    let p = bind(vm, "str.format_map", &["mapping"], 1, Style::One, a, kw)?;
    let fmt = StrKind::units(&a[0]);
    let r = super::format_string::format(&fmt, false, &mut FmtHost { vm, pos: Vec::new(), kws: Vec::new(), mapping: p[0].clone() });
    match r {
        Ok(v) => Ok(new_str(vm, &v)),
        Err(e) => Err(host_err(vm, e)),
    }
}

fn m_dunder_format(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    let p = bind(vm, "str.__format__", &["format_spec"], 1, Style::One, a, kw)?;
    let spec = p[0].clone().unwrap();
    let Some(sp) = cps(&spec) else {
        return Err(vm.type_error(&format!("__format__() argument must be str, not {}", vm.type_name(&spec))));
    };
    let s = StrKind::units(&a[0]);
    let r = fs::format_str(&s, &sp);
    let v = tr(vm, r)?;
    Ok(new_str(vm, &v))
}

/// `format(value, '')`, as FORMAT_SIMPLE does: `str(value)` for the built-in types, a user
/// class's `__format__` otherwise.
pub fn format_simple(vm: &mut Vm, v: &ObjRef) -> PyResult {
    // The common f-string operands: a str is itself, an int its digits.
    if v.is_exact(&vm.t.str_) {
        return Ok(v.clone());
    }
    if v.is_exact(&vm.t.int) {
        if let Some(i) = super::longobject::small_int(v) {
            return Ok(vm.str_from_body(StrBody::from_i64(i)));
        }
    }
    let ty = v.type_of();
    if !tp(&ty).has_flag(tpflags::HEAPTYPE) {
        return vm.to_str(v);
    }
    let empty = vm.intern("");
    format(vm, v, &empty)
}

/// `format(value, spec)` (`PyObject_Format`): a user class's `__format__`, else the built-in
/// types' format-spec mini-language, else `object.__format__`.
pub fn format(vm: &mut Vm, v: &ObjRef, spec: &ObjRef) -> PyResult {
    let Some(sp) = cps(spec) else {
        return Err(vm.type_error(&format!("format() argument 2 must be str, not {}", vm.type_name(spec))));
    };
    if sp.is_empty() && v.is_exact(&vm.t.str_) {
        return Ok(v.clone());
    }
    let name = vm.intern("__format__");
    let ty = v.type_of();
    if let Some(f) = vm.type_lookup(&ty, &name) {
        if f.downcast::<FunctionBody>().is_some() {
            let r = vm.call(&f, &[v.clone(), spec.clone()], None)?;
            if r.downcast::<StrBody>().is_none() {
                return Err(vm.type_error(&format!("__format__ must return a str, not {}", vm.type_name(&r))));
            }
            return Ok(r);
        }
    }
    // The built-ins' `__format__` with an empty spec is `str(self)` (a subclass's repr or str).
    if sp.is_empty() && tp(&ty).has_flag(tpflags::HEAPTYPE) {
        return vm.to_str(v);
    }
    let tn = vm.type_name(v);
    let r = if v.downcast::<IntBody>().is_some() {
        let n = super::longobject::to_big(v).unwrap_or_default();
        fs::format_int(&n, &sp, if v.is_exact(&vm.t.bool_) { "bool" } else { &tn }).map(|s| vm.str(&s))
    } else if let Some(c) = v.downcast::<super::complexobject::ComplexBody>() {
        if sp.is_empty() {
            return vm.to_str(v);
        }
        fs::format_complex(c.re, c.im, &sp).map(|s| vm.str(&s))
    } else if let Some(f) = v.downcast::<FloatBody>() {
        if sp.is_empty() {
            return vm.to_str(v);
        }
        fs::format_float(f.v, &sp).map(|s| vm.str(&s))
    } else if let Some(s) = v.downcast::<StrBody>() {
        let u = cps_of(s);
        fs::format_str(&u, &sp).map(|r| new_str(vm, &r))
    } else if sp.is_empty() {
        return vm.to_str(v);
    } else {
        Err(fs::object_format_error(&tn))
    };
    r.map_err(|e| text_err(vm, e))
}

// ---- constructor, builtins ------------------------------------------------------------------

/// `str(object='', encoding='utf-8', errors='strict')`.
fn str_new(vm: &mut Vm, _t: &ObjRef, args: Args, kw: Kw) -> PyResult {
    let mut full = vec![vm.none.clone()];
    full.extend_from_slice(args);
    let nkw = kw.and_then(|k| k.downcast::<TupleBody>()).map(|t| t.items.len()).unwrap_or(0);
    if args.len() > 3 {
        return Err(vm.type_error(&format!("str expected at most 3 arguments, got {}", args.len())));
    }
    let _ = nkw;
    let p = bind(vm, "str", &["object", "encoding", "errors"], 0, Style::Keywords, &full, kw)?;
    let Some(o) = p[0].clone() else { return Ok(vm.str("")) };
    if p[1].is_none() && p[2].is_none() {
        return vm.to_str(&o);
    }
    let (enc, errors) = codec_args(vm, "str", &p[1..])?;
    let Some(b) = super::bytes_type::bytes_of(&o) else {
        if o.downcast::<StrBody>().is_some() {
            return Err(vm.type_error("decoding str is not supported"));
        }
        return Err(vm.type_error(&format!("decoding to str: need a bytes-like object, {} found", vm.type_name(&o))));
    };
    super::bytes_type::decode_to_str(vm, &o, &b, &enc, &errors)
}

fn int_for_base(vm: &mut Vm, o: &ObjRef) -> PyResult<Int> {
    match index_value(vm, o)? {
        Some(v) => Ok(Int::from_i64(v)),
        None => Err(vm.type_error(&format!("'{}' object cannot be interpreted as an integer", vm.type_name(o)))),
    }
}
fn b_hex(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    let p = bind(vm, "hex", &["number"], 1, Style::One, &[&[vm.none.clone()], a].concat(), kw)?;
    let n = int_for_base(vm, p[0].as_ref().unwrap())?;
    Ok(vm.str(&super::int_format::hex(&n)))
}
fn b_oct(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    let p = bind(vm, "oct", &["number"], 1, Style::One, &[&[vm.none.clone()], a].concat(), kw)?;
    let n = int_for_base(vm, p[0].as_ref().unwrap())?;
    Ok(vm.str(&super::int_format::oct(&n)))
}
fn b_bin(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    let p = bind(vm, "bin", &["number"], 1, Style::One, &[&[vm.none.clone()], a].concat(), kw)?;
    let n = int_for_base(vm, p[0].as_ref().unwrap())?;
    Ok(vm.str(&super::int_format::bin(&n)))
}

fn m_contains(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    let p = bind(vm, "str.__contains__", &["key"], 1, Style::One, a, kw)?;
    let r = vm.contains(&a[0], p[0].as_ref().unwrap())?;
    Ok(vm.bool(r))
}
fn m_len(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    bind(vm, "str.__len__", &[], 0, Style::NoArgs, a, kw)?;
    let n = a[0].downcast::<StrBody>().map(|s| s.nchars()).unwrap_or(0);
    Ok(vm.int(n as i64))
}
fn m_getnewargs(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    bind(vm, "str.__getnewargs__", &[], 0, Style::NoArgs, a, kw)?;
    let s = StrKind::units(&a[0]);
    let c = new_str(vm, &s);
    Ok(vm.tuple(vec![c]))
}

/// The `in` test of str (`PyUnicode_Contains`).
fn str_contains(vm: &mut Vm, o: &ObjRef, k: &ObjRef) -> PyResult<bool> {
    let Some(nb) = k.downcast::<StrBody>() else {
        return Err(vm.type_error(&format!("'in <string>' requires string as left operand, not {}", vm.type_name(k))));
    };
    // Generalized UTF-8 is self-synchronizing: a byte match is a code point match.
    let hay = o.downcast::<StrBody>().unwrap().as_bytes();
    let needle = nb.as_bytes();
    Ok(sm::find(hay, needle, None, None) >= 0)
}

/// `str.__str__` (`unicode_str`): the value as an exact str, whatever the subclass's
/// `__repr__` says.
fn m_dunder_str(vm: &mut Vm, a: &[ObjRef], _kw: Option<&ObjRef>) -> PyResult {
    let o = &a[0];
    if o.is_exact(&vm.t.str_) {
        return Ok(o.clone());
    }
    match o.downcast::<StrBody>() {
        Some(sb) if sb.as_str().is_some() => {
            let text = sb.text().into_owned();
            Ok(vm.str(&text))
        }
        Some(sb) => {
            let cps = cps_of(sb);
            Ok(new_str(vm, &cps))
        }
        None => Err(vm.type_error(&format!("descriptor '__str__' requires a 'str' object but received a '{}'", vm.type_name(o)))),
    }
}

pub fn install(vm: &mut Vm) {
    let t = vm.t.str_.clone();
    tp(&t).slots.new.set(Some(str_new));
    tp(&t).slots.nb_number.set(Some(str_number));
    tp(&t).slots.sq_contains.set(Some(str_contains));
    for ty in [&vm.e.unicode_encode_error, &vm.e.unicode_decode_error] {
        tp(ty).slots.str.set(Some(unicode_error_str));
    }
    let methods: &[(&'static str, crate::objects::bodies::NativeFn)] = &[
        ("__str__", m_dunder_str),
        ("capitalize", m_capitalize),
        ("casefold", m_casefold),
        ("center", str_method!(m_center)),
        ("count", str_method!(m_count)),
        ("encode", m_encode),
        ("endswith", str_method!(m_endswith)),
        ("expandtabs", str_method!(m_expandtabs)),
        ("find", str_method!(m_find)),
        ("format", m_format),
        ("format_map", m_format_map),
        ("index", str_method!(m_index)),
        ("isalnum", m_isalnum),
        ("isalpha", m_isalpha),
        ("isascii", m_isascii),
        ("isdecimal", m_isdecimal),
        ("isdigit", m_isdigit),
        ("isidentifier", m_isidentifier),
        ("islower", m_islower),
        ("isnumeric", m_isnumeric),
        ("isprintable", m_isprintable),
        ("isspace", m_isspace),
        ("istitle", m_istitle),
        ("isupper", m_isupper),
        ("join", m_join),
        ("ljust", str_method!(m_ljust)),
        ("lower", m_lower),
        ("lstrip", str_method!(m_lstrip)),
        ("partition", str_method!(m_partition)),
        ("removeprefix", str_method!(m_removeprefix)),
        ("removesuffix", str_method!(m_removesuffix)),
        ("replace", str_method!(m_replace)),
        ("rfind", str_method!(m_rfind)),
        ("rindex", str_method!(m_rindex)),
        ("rjust", str_method!(m_rjust)),
        ("rpartition", str_method!(m_rpartition)),
        ("rsplit", str_method!(m_rsplit)),
        ("rstrip", str_method!(m_rstrip)),
        ("split", str_split),
        ("splitlines", str_method!(m_splitlines)),
        ("startswith", str_method!(m_startswith)),
        ("strip", str_method!(m_strip)),
        ("swapcase", m_swapcase),
        ("title", m_title),
        ("translate", m_translate),
        ("upper", m_upper),
        ("zfill", str_method!(m_zfill)),
        ("__format__", m_dunder_format),
        ("__contains__", m_contains),
        ("__len__", m_len),
        ("__getnewargs__", m_getnewargs),
    ];
    for (name, f) in methods {
        let d = super::object::alloc(&vm.t.method_descr.clone(), MethodDescrBody { name, f: *f, owner: t.clone() });
        vm.type_set(&t, name, d);
    }
    let mt = vm.builtin_fn("maketrans", m_maketrans, None);
    let sm_ = super::object::alloc(&vm.t.staticmethod.clone(), StaticMethodBody { f: mt });
    vm.type_set(&t, "maketrans", sm_);
    let b = vm.builtins.clone();
    for (name, f) in [("hex", b_hex as crate::objects::bodies::NativeFn), ("oct", b_oct), ("bin", b_bin)] {
        let o = vm.builtin_fn(name, f, None);
        vm.dict_set_str(&b, name, o);
    }
}

#[cfg(test)]
mod tests {
    use super::appended_capacity;

    // list_resize's pattern as CPython 3.13 shows it through sys.getsizeof.
    #[test]
    fn list_growth() {
        assert_eq!(appended_capacity(0, 0), 0);
        assert_eq!(appended_capacity(1, 0), 4);
        assert_eq!(appended_capacity(5, 0), 8);
        assert_eq!(appended_capacity(9, 0), 16);
        assert_eq!(appended_capacity(3, 12), 12);
        assert_eq!(appended_capacity(13, 12), 20);
    }
}
