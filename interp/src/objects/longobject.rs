//! The runtime `int` and `bool` types (Objects/longobject.c, Objects/boolobject.c): values that
//! fit in i64 are stored inline and computed with machine arithmetic (no allocation for results
//! in the small-int cache), everything else goes through the digit arithmetic of [`Int`]
//! (`int_arith`). Slots (`nb_*`, `tp_richcompare` against ints and floats, `tp_hash`, `tp_repr`),
//! the methods of `int`, and `int()` itself.

use super::bodies::*;
use super::format_spec::{ExcKind, TextError};
use super::int::Int;
use super::object::{alloc, ObjRef};
use super::typeobject::*;
use crate::vm::Vm;
use std::borrow::Cow;
use std::cmp::Ordering;

/// The value of an int object, small or big.
pub enum IntView<'a> {
    Small(i64),
    Big(&'a Int),
}

impl IntView<'_> {
    pub fn to_int(&self) -> Cow<'_, Int> {
        match self {
            IntView::Small(v) => Cow::Owned(Int::from_i64(*v)),
            IntView::Big(b) => Cow::Borrowed(b),
        }
    }
    pub fn is_negative(&self) -> bool {
        match self {
            IntView::Small(v) => *v < 0,
            IntView::Big(b) => b.is_negative(),
        }
    }
}

/// The value of `o` if it is an int (or bool).
#[inline]
pub fn view(o: &ObjRef) -> Option<IntView<'_>> {
    match o.downcast::<IntBody>()? {
        IntBody::Small(v) => Some(IntView::Small(*v)),
        IntBody::Big(b) => Some(IntView::Big(b)),
    }
}

/// The value of `o` if it is an int that fits in i64.
#[inline]
pub fn small_int(o: &ObjRef) -> Option<i64> {
    match o.downcast::<IntBody>()? {
        IntBody::Small(v) => Some(*v),
        IntBody::Big(_) => None,
    }
}

/// The value of an int object as an [`Int`].
pub fn to_big(o: &ObjRef) -> Option<Int> {
    view(o).map(|v| v.to_int().into_owned())
}

/// A new int object (small values come from the cache).
pub fn new_int(vm: &Vm, v: Int) -> ObjRef {
    match v.to_i64() {
        Some(s) => vm.int(s),
        None => alloc(&vm.t.int, IntBody::Big(v)),
    }
}

fn new_i128(vm: &Vm, v: i128) -> ObjRef {
    match i64::try_from(v) {
        Ok(s) => vm.int(s),
        Err(_) => alloc(&vm.t.int, IntBody::Big(Int::from_i128(v))),
    }
}

/// A `TextError` from the text layer as the exception it names.
pub fn text_err(vm: &Vm, e: TextError) -> PyErr {
    let ty = match e.kind {
        ExcKind::ValueError => vm.e.value_error.clone(),
        ExcKind::TypeError => vm.e.type_error.clone(),
        ExcKind::OverflowError => vm.e.overflow_error.clone(),
        ExcKind::LookupError => vm.e.lookup_error.clone(),
        ExcKind::IndexError => vm.e.index_error.clone(),
        ExcKind::MemoryError => vm.e.value_error.clone(),
    };
    vm.err(&ty, &e.msg)
}

/// The largest result pyref builds, in bits (512 MiB of digits). CPython raises MemoryError when
/// an allocation fails, which depends on the machine; pyref raises it deterministically above this.
const MAX_BITS: u64 = 1 << 32;

/// MemoryError (empty message, as CPython's), or OverflowError where MemoryError is not built.
fn memory_error(vm: &mut Vm) -> PyErr {
    let b = vm.builtins.clone();
    match vm.dict_get_str(&b, "MemoryError") {
        Ok(Some(t)) if t.downcast::<TypeObject>().is_some() => PyErr(vm.new_exception(&t, vec![])),
        _ => vm.err(&vm.e.overflow_error, "pyref: integer result too large (MemoryError)"),
    }
}

fn zero_div(vm: &Vm, msg: &str) -> PyErr {
    vm.err(&vm.e.zero_division_error, msg)
}
fn overflow(vm: &Vm, msg: &str) -> PyErr {
    vm.err(&vm.e.overflow_error, msg)
}

/// `PyLong_AsDouble` for an int object: OverflowError when out of range.
pub fn int_to_f64(vm: &Vm, v: &IntView) -> PyResult<f64> {
    match v {
        IntView::Small(s) => Ok(*s as f64),
        IntView::Big(b) => b.to_f64().ok_or_else(|| overflow(vm, "int too large to convert to float")),
    }
}

/// Both values, when `a` and `b` are exact ints that fit in i64 (the guard of CPython's
/// BINARY_OP_ADD_INT and friends).
#[inline(always)]
pub fn small_pair(vm: &Vm, a: &ObjRef, b: &ObjRef) -> Option<(i64, i64)> {
    if !a.is_exact(&vm.t.int) || !b.is_exact(&vm.t.int) {
        return None;
    }
    // SAFETY: an exact int's body is an `IntBody`.
    match unsafe { (a.downcast_unchecked::<IntBody>(), b.downcast_unchecked::<IntBody>()) } {
        (IntBody::Small(x), IntBody::Small(y)) => Some((*x, *y)),
        _ => None,
    }
}

/// `int op int` where both fit in i64 (the eval loop's fast path lands here).
pub fn small_op(vm: &mut Vm, x: i64, y: i64, op: u32) -> PyResult {
    Ok(match op {
        0 => match x.checked_add(y) {
            Some(v) => vm.int(v),
            None => new_i128(vm, x as i128 + y as i128),
        },
        10 => match x.checked_sub(y) {
            Some(v) => vm.int(v),
            None => new_i128(vm, x as i128 - y as i128),
        },
        5 => match x.checked_mul(y) {
            Some(v) => vm.int(v),
            None => new_i128(vm, x as i128 * y as i128),
        },
        2 => {
            if y == 0 {
                return Err(zero_div(vm, "integer division or modulo by zero"));
            }
            if x == i64::MIN && y == -1 {
                return Ok(new_i128(vm, -(x as i128)));
            }
            let q = x / y;
            vm.int(if x % y != 0 && ((x < 0) != (y < 0)) { q - 1 } else { q })
        }
        6 => {
            if y == 0 {
                return Err(zero_div(vm, "integer modulo by zero"));
            }
            if y == -1 {
                return Ok(vm.int(0));
            }
            let r = x % y;
            vm.int(if r != 0 && ((r < 0) != (y < 0)) { r + y } else { r })
        }
        11 => {
            if y == 0 {
                return Err(zero_div(vm, "division by zero"));
            }
            const LIM: u64 = 1 << 53;
            if x.unsigned_abs() <= LIM && y.unsigned_abs() <= LIM {
                vm.float(x as f64 / y as f64)
            } else {
                return big_op(vm, &Int::from_i64(x), &Int::from_i64(y), 11);
            }
        }
        8 => {
            if y < 0 {
                return super::floatobject::float_pow_obj(vm, x as f64, y as f64);
            }
            let mut r: i64 = 1;
            let mut base = x;
            let mut e = y as u64;
            loop {
                if e & 1 == 1 {
                    match r.checked_mul(base) {
                        Some(v) => r = v,
                        None => return big_op(vm, &Int::from_i64(x), &Int::from_i64(y), 8),
                    }
                }
                e >>= 1;
                if e == 0 {
                    break;
                }
                match base.checked_mul(base) {
                    Some(v) => base = v,
                    None => return big_op(vm, &Int::from_i64(x), &Int::from_i64(y), 8),
                }
            }
            vm.int(r)
        }
        1 => vm.int(x & y),
        7 => vm.int(x | y),
        12 => vm.int(x ^ y),
        3 => {
            if y < 0 {
                return Err(vm.value_error("negative shift count"));
            }
            if x == 0 {
                vm.int(0)
            } else if y < 63 && ((x << y) >> y) == x {
                vm.int(x << y)
            } else {
                return big_op(vm, &Int::from_i64(x), &Int::from_i64(y), 3);
            }
        }
        9 => {
            if y < 0 {
                return Err(vm.value_error("negative shift count"));
            }
            vm.int(if y >= 64 { if x < 0 { -1 } else { 0 } } else { x >> y })
        }
        _ => vm.notimpl.clone(),
    })
}

/// `int op int` on digits.
pub fn big_op(vm: &mut Vm, a: &Int, b: &Int, op: u32) -> PyResult {
    let r = match op {
        0 => a.add(b),
        10 => a.sub(b),
        5 => a.mul(b),
        2 => a.divmod_floor(b).ok_or_else(|| zero_div(vm, "integer division or modulo by zero"))?.0,
        6 => a.divmod_floor(b).ok_or_else(|| zero_div(vm, "integer modulo by zero"))?.1,
        11 => {
            return match a.true_div(b) {
                None => Err(zero_div(vm, "division by zero")),
                Some(Err(())) => Err(overflow(vm, "integer division result too large for a float")),
                Some(Ok(x)) => Ok(vm.float(x)),
            }
        }
        8 => {
            if b.is_negative() {
                let x = a.to_f64().ok_or_else(|| overflow(vm, "int too large to convert to float"))?;
                let y = b.to_f64().ok_or_else(|| overflow(vm, "int too large to convert to float"))?;
                return super::floatobject::float_pow_obj(vm, x, y);
            }
            if let Some(v) = a.to_i64().filter(|v| (-1..=1).contains(v)) {
                let r = if v == -1 && !b.is_odd() { 1 } else if b.is_zero() { 1 } else { v };
                return Ok(vm.int(r));
            }
            let est = b.to_i64().map(|e| (e as u128) * (a.bit_length() as u128));
            if est.is_none_or(|bits| bits > MAX_BITS as u128) {
                return Err(memory_error(vm));
            }
            a.pow(b)
        }
        1 => a.bitwise(b, 0),
        7 => a.bitwise(b, 1),
        12 => a.bitwise(b, 2),
        3 | 9 => {
            if b.is_negative() {
                return Err(vm.value_error("negative shift count"));
            }
            if a.is_zero() {
                return Ok(vm.int(0));
            }
            let n = b.to_i64().filter(|n| *n < (1 << 40));
            match (op, n) {
                (3, Some(n)) if n as u64 + a.bit_length() > MAX_BITS => return Err(memory_error(vm)),
                (3, Some(n)) => a.shl(n as u64),
                // A count whose digit shift (count // 30) still fits a Py_ssize_t asks for too
                // much memory; a larger one has too many digits (`divmod_shift`).
                (3, None) if b.bit_length() <= 68 => return Err(memory_error(vm)),
                (3, None) => return Err(overflow(vm, "too many digits in integer")),
                (_, Some(n)) => a.shr(n as u64),
                (_, None) => Int::from_i64(if a.is_negative() { -1 } else { 0 }),
            }
        }
        _ => return Ok(vm.notimpl.clone()),
    };
    Ok(new_int(vm, r))
}

/// The `nb_*` slot of `int`: NotImplemented unless both operands are ints.
pub fn int_number(vm: &mut Vm, a: &ObjRef, b: &ObjRef, op: u32) -> PyResult {
    let (Some(x), Some(y)) = (view(a), view(b)) else { return Ok(vm.notimpl.clone()) };
    match (x, y) {
        (IntView::Small(x), IntView::Small(y)) => small_op(vm, x, y, op),
        (x, y) => {
            let (x, y) = (x.to_int().into_owned(), y.to_int().into_owned());
            big_op(vm, &x, &y, op)
        }
    }
}

/// `bool`'s `&`, `|`, `^` keep bools; everything else is int arithmetic.
fn bool_number(vm: &mut Vm, a: &ObjRef, b: &ObjRef, op: u32) -> PyResult {
    if matches!(op, 1 | 7 | 12) && a.is_exact(&vm.t.bool_) && b.is_exact(&vm.t.bool_) {
        let (x, y) = (a.is(&vm.true_), b.is(&vm.true_));
        return Ok(vm.bool(match op {
            1 => x & y,
            7 => x | y,
            _ => x ^ y,
        }));
    }
    int_number(vm, a, b, op)
}

pub fn cmp_bool(op: CmpOp, o: Ordering) -> bool {
    match op {
        CmpOp::Lt => o == Ordering::Less,
        CmpOp::Le => o != Ordering::Greater,
        CmpOp::Eq => o == Ordering::Equal,
        CmpOp::Ne => o != Ordering::Equal,
        CmpOp::Gt => o == Ordering::Greater,
        CmpOp::Ge => o != Ordering::Less,
    }
}

pub fn int_cmp(x: &IntView, y: &IntView) -> Ordering {
    match (x, y) {
        (IntView::Small(a), IntView::Small(b)) => a.cmp(b),
        _ => x.to_int().cmp(&y.to_int()),
    }
}

/// Compares an int with a float exactly (`float_richcompare`); None when the float is NaN.
pub fn int_float_cmp(i: &IntView, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 { Ordering::Less } else { Ordering::Greater });
    }
    if let IntView::Small(v) = i {
        if v.unsigned_abs() <= 1 << 53 {
            return (*v as f64).partial_cmp(&f);
        }
    }
    let fl = f.floor();
    let fi = Int::from_f64(fl);
    match i.to_int().cmp(&fi) {
        Ordering::Equal => Some(if f > fl { Ordering::Less } else { Ordering::Equal }),
        o => Some(o),
    }
}

fn int_richcompare(vm: &mut Vm, a: &ObjRef, b: &ObjRef, op: CmpOp) -> PyResult {
    let Some(x) = view(a) else { return Ok(vm.notimpl.clone()) };
    if let Some(y) = view(b) {
        return Ok(vm.bool(cmp_bool(op, int_cmp(&x, &y))));
    }
    Ok(vm.notimpl.clone())
}

fn int_repr(vm: &mut Vm, o: &ObjRef) -> PyResult {
    if o.is_exact(&vm.t.bool_) {
        return Ok(vm.str(if o.is(&vm.true_) { "True" } else { "False" }));
    }
    int_decimal(vm, o)
}

/// `long_to_decimal_string`: the digits of any int (bool included).
fn int_decimal(vm: &mut Vm, o: &ObjRef) -> PyResult {
    match view(o) {
        Some(IntView::Small(v)) => Ok(vm.str_from_body(super::str_body::StrBody::from_i64(v))),
        Some(IntView::Big(b)) => {
            let s = super::int_format::int_str(b).map_err(|e| text_err(vm, e))?;
            Ok(vm.str(&s))
        }
        None => Ok(vm.str("?")),
    }
}

pub fn int_hash_of(v: &IntView) -> i64 {
    match v {
        IntView::Small(s) => super::slots::int_hash(*s),
        IntView::Big(b) => b.hash(),
    }
}

fn int_hash_slot(_vm: &mut Vm, o: &ObjRef) -> PyResult<i64> {
    Ok(view(o).map(|v| int_hash_of(&v)).unwrap_or(0))
}
fn int_bool(_vm: &mut Vm, o: &ObjRef) -> PyResult<bool> {
    Ok(!matches!(o.downcast::<IntBody>(), Some(IntBody::Small(0))))
}
fn int_neg(vm: &mut Vm, o: &ObjRef) -> PyResult {
    Ok(match view(o) {
        Some(IntView::Small(v)) => new_i128(vm, -(v as i128)),
        Some(IntView::Big(b)) => new_int(vm, b.neg()),
        None => vm.notimpl.clone(),
    })
}
/// `int(x)` of an int object: the same object for an exact int, a plain int otherwise.
pub fn int_exact(vm: &mut Vm, o: &ObjRef) -> PyResult {
    if o.is_exact(&vm.t.int) {
        return Ok(o.clone());
    }
    Ok(match view(o) {
        Some(IntView::Small(v)) => vm.int(v),
        Some(IntView::Big(b)) => new_int(vm, b.clone()),
        None => vm.notimpl.clone(),
    })
}
fn int_invert(vm: &mut Vm, o: &ObjRef) -> PyResult {
    Ok(match view(o) {
        Some(IntView::Small(v)) => new_i128(vm, -(v as i128) - 1),
        Some(IntView::Big(b)) => new_int(vm, b.invert()),
        None => vm.notimpl.clone(),
    })
}
/// The DeprecationWarning of `~` on a bool (Objects/boolobject.c `bool_invert`, since 3.12); the
/// AST optimiser raises it too when it folds `~True`.
pub const BOOL_INVERT_DEPRECATION: &str = "Bitwise inversion '~' on bool is deprecated and will be removed in Python 3.16. This returns the bitwise inversion of the underlying int object and is usually not what you expect from negating a bool. Use the 'not' operator for boolean negation or ~int(x) if you really want the bitwise inversion of the underlying int.";

/// `~` on a bool: the int result, with 3.12's DeprecationWarning.
fn bool_invert(vm: &mut Vm, o: &ObjRef) -> PyResult {
    super::warnings::warn_deprecation(vm, BOOL_INVERT_DEPRECATION)?;
    int_invert(vm, o)
}
pub fn int_abs(vm: &mut Vm, o: &ObjRef) -> PyResult {
    Ok(match view(o) {
        Some(IntView::Small(v)) => new_i128(vm, (v as i128).abs()),
        Some(IntView::Big(b)) => new_int(vm, b.abs()),
        None => vm.notimpl.clone(),
    })
}

/// The number of 30-bit digits of an int (`_PyLong_DigitCount`).
pub fn digit_count(o: &ObjRef) -> usize {
    match view(o) {
        Some(IntView::Small(v)) => {
            let mut m = v.unsigned_abs();
            let mut n = 0;
            while m > 0 {
                n += 1;
                m >>= 30;
            }
            n
        }
        Some(IntView::Big(b)) => b.digits().len(),
        None => 0,
    }
}

/// `int.__sizeof__`: 24 bytes of header, then 4 per digit (at least one).
pub fn int_sizeof(o: &ObjRef) -> usize {
    24 + 4 * digit_count(o).max(1)
}

// ---- methods ---------------------------------------------------------------------------------

type Args<'a> = &'a [ObjRef];
type Kw<'a> = Option<&'a ObjRef>;

fn kw_names(kw: Kw) -> Vec<String> {
    kw.and_then(|k| k.downcast::<TupleBody>().map(|t| t.items.iter().filter_map(|n| n.downcast::<StrBody>().map(|s| s.text().into_owned())).collect()))
        .unwrap_or_default()
}

/// Binds positional and keyword arguments to `names` (in order); errors as CPython's argument clinic.
pub fn bind_args(vm: &Vm, fname: &str, args: Args, kw: Kw, names: &[&str], required: usize) -> PyResult<Vec<Option<ObjRef>>> {
    let kn = kw_names(kw);
    let npos = args.len() - kn.len();
    let mut out: Vec<Option<ObjRef>> = vec![None; names.len()];
    if npos > names.len() {
        let msg = if required == names.len() {
            format!("{fname}() takes exactly {} positional argument{} ({npos} given)", names.len(), if names.len() == 1 { "" } else { "s" })
        } else {
            format!("{fname}() takes at most {} positional argument{} ({npos} given)", names.len(), if names.len() == 1 { "" } else { "s" })
        };
        return Err(vm.type_error(&msg));
    }
    for i in 0..npos {
        out[i] = Some(args[i].clone());
    }
    for (k, name) in kn.iter().enumerate() {
        match names.iter().position(|n| n == name) {
            Some(i) => {
                if out[i].is_some() {
                    return Err(vm.type_error(&format!("argument for {fname}() given by name ('{name}') and position ({})", i + 1)));
                }
                out[i] = Some(args[npos + k].clone());
            }
            None => return Err(vm.type_error(&format!("{fname}() got an unexpected keyword argument '{name}'"))),
        }
    }
    for (i, n) in names.iter().enumerate().take(required) {
        if out[i].is_none() {
            return Err(vm.type_error(&format!("{fname}() missing required argument '{n}' (pos {})", i + 1)));
        }
    }
    Ok(out)
}

/// METH_NOARGS: `int.bit_length() takes no arguments (1 given)`.
pub fn no_args_of(vm: &Vm, owner: &str, name: &str, args: Args) -> PyResult<()> {
    if args.len() > 1 {
        return Err(vm.type_error(&format!("{owner}.{name}() takes no arguments ({} given)", args.len() - 1)));
    }
    Ok(())
}
fn no_args(vm: &Vm, name: &str, args: Args) -> PyResult<()> {
    no_args_of(vm, "int", name, args)
}

fn self_int<'a>(vm: &Vm, args: &'a [ObjRef], name: &str) -> PyResult<IntView<'a>> {
    match args.first().and_then(view) {
        Some(v) => Ok(v),
        None => Err(vm.type_error(&format!(
            "descriptor '{name}' for 'int' objects doesn't apply to a '{}' object",
            args.first().map(|a| vm.type_name(a)).unwrap_or_default()
        ))),
    }
}

fn m_bit_length(vm: &mut Vm, a: Args, _kw: Kw) -> PyResult {
    no_args(vm, "bit_length", a)?;
    let v = self_int(vm, a, "bit_length")?;
    let n = match v {
        IntView::Small(s) => 64 - s.unsigned_abs().leading_zeros() as u64,
        IntView::Big(b) => b.bit_length(),
    };
    Ok(vm.int(n as i64))
}
fn m_bit_count(vm: &mut Vm, a: Args, _kw: Kw) -> PyResult {
    no_args(vm, "bit_count", a)?;
    let v = self_int(vm, a, "bit_count")?;
    let n = match v {
        IntView::Small(s) => s.unsigned_abs().count_ones() as u64,
        IntView::Big(b) => b.count_ones(),
    };
    Ok(vm.int(n as i64))
}
fn m_conjugate(vm: &mut Vm, a: Args, _kw: Kw) -> PyResult {
    no_args(vm, "conjugate", a)?;
    self_int(vm, a, "conjugate")?;
    int_exact(vm, &a[0])
}
fn m_int_self(vm: &mut Vm, a: Args, _kw: Kw) -> PyResult {
    self_int(vm, a, "__int__")?;
    int_exact(vm, &a[0])
}
fn m_is_integer(vm: &mut Vm, a: Args, _kw: Kw) -> PyResult {
    no_args(vm, "is_integer", a)?;
    self_int(vm, a, "is_integer")?;
    Ok(vm.true_.clone())
}
fn m_as_integer_ratio(vm: &mut Vm, a: Args, _kw: Kw) -> PyResult {
    no_args(vm, "as_integer_ratio", a)?;
    self_int(vm, a, "as_integer_ratio")?;
    let n = int_exact(vm, &a[0])?;
    let one = vm.int(1);
    Ok(vm.tuple(vec![n, one]))
}
fn m_int_float(vm: &mut Vm, a: Args, _kw: Kw) -> PyResult {
    let v = self_int(vm, a, "__float__")?;
    let x = int_to_f64(vm, &v)?;
    Ok(vm.float(x))
}
fn m_int_abs(vm: &mut Vm, a: Args, _kw: Kw) -> PyResult {
    self_int(vm, a, "__abs__")?;
    int_abs(vm, &a[0])
}
fn m_int_bool(vm: &mut Vm, a: Args, _kw: Kw) -> PyResult {
    self_int(vm, a, "__bool__")?;
    let b = int_bool(vm, &a[0])?;
    Ok(vm.bool(b))
}
fn m_int_sizeof(vm: &mut Vm, a: Args, _kw: Kw) -> PyResult {
    self_int(vm, a, "__sizeof__")?;
    Ok(vm.int(int_sizeof(&a[0]) as i64))
}
fn m_int_getnewargs(vm: &mut Vm, a: Args, _kw: Kw) -> PyResult {
    self_int(vm, a, "__getnewargs__")?;
    let n = int_exact(vm, &a[0])?;
    Ok(vm.tuple(vec![n]))
}
/// `int.__round__(ndigits)`: for negative ndigits, rounds half to even at 10**-ndigits.
fn m_int_round(vm: &mut Vm, a: Args, _kw: Kw) -> PyResult {
    let v = self_int(vm, a, "__round__")?.to_int().into_owned();
    let nd = match a.get(1) {
        None => return int_exact(vm, &a[0]),
        Some(n) if n.is(&vm.none) => return int_exact(vm, &a[0]),
        Some(n) => match view(n) {
            Some(n) => n.to_int().into_owned(),
            None => return Err(vm.type_error(&format!("'{}' object cannot be interpreted as an integer", vm.type_name(n)))),
        },
    };
    if !nd.is_negative() {
        return int_exact(vm, &a[0]);
    }
    let k = nd.neg();
    let Some(k) = k.to_i64().filter(|k| *k < 100_000) else { return Ok(vm.int(0)) };
    let p = Int::from_i64(10).pow(&Int::from_i64(k));
    let (q, r) = v.divmod_floor(&p).expect("non-zero");
    let twice = r.add(&r);
    let q = match twice.cmp(&p) {
        Ordering::Greater => q.add(&Int::one()),
        Ordering::Equal if q.is_odd() => q.add(&Int::one()),
        _ => q,
    };
    Ok(new_int(vm, q.mul(&p)))
}

fn byteorder(vm: &Vm, o: Option<&ObjRef>, fname: &str) -> PyResult<bool> {
    let Some(o) = o else { return Ok(false) };
    match o.downcast::<StrBody>() {
        Some(s) => match &*s.text() {
            "big" => Ok(false),
            "little" => Ok(true),
            _ => Err(vm.value_error("byteorder must be either 'little' or 'big'")),
        },
        None => Err(vm.type_error(&format!("{fname}() argument 'byteorder' must be str, not {}", vm.type_name(o)))),
    }
}

fn m_to_bytes(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    let v = self_int(vm, a, "to_bytes")?.to_int().into_owned();
    // `signed` is keyword-only.
    let nkw = kw.and_then(|k| k.downcast::<TupleBody>()).map(|t| t.items.len()).unwrap_or(0);
    let npos = a.len() - 1 - nkw;
    if npos > 2 {
        return Err(vm.type_error(&format!("to_bytes() takes at most 2 positional arguments ({npos} given)")));
    }
    let p = bind_args(vm, "to_bytes", &a[1..], kw, &["length", "byteorder", "signed"], 0)?;
    let length = match &p[0] {
        None => 1,
        Some(l) => match view(l) {
            Some(IntView::Small(n)) if n >= 0 => n as usize,
            Some(IntView::Small(_)) => return Err(vm.value_error("length argument must be non-negative")),
            Some(IntView::Big(_)) => return Err(overflow(vm, "Python int too large to convert to C ssize_t")),
            None => return Err(vm.type_error(&format!("'{}' object cannot be interpreted as an integer", vm.type_name(l)))),
        },
    };
    let little = byteorder(vm, p[1].as_ref(), "to_bytes")?;
    let signed = match &p[2] {
        Some(s) => vm.is_true(s)?,
        None => false,
    };
    if v.is_negative() && !signed {
        return Err(overflow(vm, "can't convert negative int to unsigned"));
    }
    // Two's complement in `length` bytes.
    let fits = if signed {
        let bits = if v.is_negative() { v.add(&Int::one()).bit_length() } else { v.bit_length() };
        bits < 8 * length as u64 || (bits == 0)
    } else {
        v.bit_length() <= 8 * length as u64
    };
    if !fits || (length == 0 && !v.is_zero()) {
        return Err(overflow(vm, "int too big to convert"));
    }
    let mut bytes = if v.is_negative() { v.add(&Int::one().shl(8 * length as u64)).mag_bytes_le() } else { v.mag_bytes_le() };
    bytes.resize(length, 0);
    if !little {
        bytes.reverse();
    }
    make_bytes(vm, bytes)
}

/// A `bytes` object; pyref's bytes type belongs to another part of the runtime, found through
/// the builtins.
fn make_bytes(vm: &mut Vm, b: Vec<u8>) -> PyResult {
    let bt = vm.dict_get_str(&vm.builtins.clone(), "bytes")?;
    match bt {
        Some(t) => {
            let items: Vec<ObjRef> = b.iter().map(|x| vm.int(*x as i64)).collect();
            let l = vm.list(items);
            vm.call(&t, &[l], None)
        }
        None => Err(vm.err(&vm.e.not_implemented_error.clone(), "pyref: bytes objects are not built yet")),
    }
}

fn m_from_bytes(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    // a[0] is the class.
    let p = bind_args(vm, "from_bytes", &a[1..], kw, &["bytes", "byteorder", "signed"], 1)?;
    let src = p[0].clone().expect("required");
    let mut bytes: Vec<u8> = Vec::new();
    if src.downcast::<StrBody>().is_some() {
        // PyBytes_FromObject refuses str before trying to iterate it.
        return Err(vm.type_error("cannot convert 'str' object to bytes"));
    }
    let it = vm.get_iter(&src).map_err(|_| vm.type_error(&format!("cannot convert '{}' object to bytes", vm.type_name(&src))))?;
    while let Some(x) = vm.next(&it)? {
        match small_int(&x) {
            Some(v) if (0..256).contains(&v) => bytes.push(v as u8),
            Some(_) => return Err(vm.value_error("bytes must be in range(0, 256)")),
            None => return Err(vm.type_error(&format!("'{}' object cannot be interpreted as an integer", vm.type_name(&x)))),
        }
    }
    let little = byteorder(vm, p[1].as_ref(), "from_bytes")?;
    let signed = match &p[2] {
        Some(s) => vm.is_true(s)?,
        None => false,
    };
    if !little {
        bytes.reverse();
    }
    let mut v = Int::from_bytes_le(&bytes);
    if signed && bytes.last().is_some_and(|b| b & 0x80 != 0) {
        v = v.sub(&Int::one().shl(8 * bytes.len() as u64));
    }
    let r = new_int(vm, v);
    if !a[0].is(&vm.t.int) && a[0].downcast::<TypeObject>().is_some() {
        let cls = a[0].clone();
        return vm.call(&cls, &[r], None);
    }
    Ok(r)
}

/// The value of `x` as an int through `__index__` (`PyNumber_Index`).
pub fn index(vm: &mut Vm, x: &ObjRef) -> PyResult {
    if view(x).is_some() {
        return int_exact(vm, x);
    }
    let ty = x.type_of();
    let name = vm.intern("__index__");
    if let Some(f) = vm.type_lookup(&ty, &name) {
        let r = vm.call(&f, &[x.clone()], None)?;
        if view(&r).is_some() {
            return Ok(r);
        }
        return Err(vm.type_error(&format!("__index__ returned non-int (type {})", vm.type_name(&r))));
    }
    Err(vm.type_error(&format!("'{}' object cannot be interpreted as an integer", vm.type_name(x))))
}

/// `int(x)` without a base (`PyNumber_Long`).
pub fn number_long(vm: &mut Vm, x: &ObjRef) -> PyResult {
    if view(x).is_some() {
        return int_exact(vm, x);
    }
    if let Some(f) = x.downcast::<FloatBody>() {
        return float_to_int(vm, f.v);
    }
    if let Some(s) = x.downcast::<StrBody>() {
        let cps: Vec<u32> = s.code_points().collect();
        let v = super::int_format::int_from_str(&cps, 10).map_err(|e| text_err(vm, e))?;
        return Ok(new_int(vm, v));
    }
    let ty = x.type_of();
    for name in ["__int__", "__index__", "__trunc__"] {
        let n = vm.intern(name);
        if let Some(f) = vm.type_lookup(&ty, &n) {
            if name == "__trunc__" {
                super::warnings::warn_deprecation(vm, "The delegation of int() to __trunc__ is deprecated.")?;
            }
            let r = vm.call(&f, &[x.clone()], None)?;
            if view(&r).is_some() {
                return int_exact(vm, &r);
            }
            if name == "__trunc__" {
                return index(vm, &r);
            }
            return Err(vm.type_error(&format!("{name} returned non-int (type {})", vm.type_name(&r))));
        }
    }
    if let Some(b) = bytes_text(x) {
        return int_from_bytes(vm, &b, 10);
    }
    Err(text_err(vm, super::int_format::int_arg_type_error(&vm.type_name(x))))
}

/// The contents of bytes, a bytearray or a memoryview, which `int()` and `float()` parse as ASCII text.
pub fn bytes_text(x: &ObjRef) -> Option<Vec<u8>> {
    if x.downcast::<super::bytes_type::BytesBody>().is_some()
        || x.downcast::<super::bytes_type::ByteArrayBody>().is_some()
        || x.downcast::<super::memoryview::MemoryViewBody>().is_some()
    {
        return super::bytes_type::bytes_of(x);
    }
    None
}

/// `_PyLong_FromBytes`: the digits of an ASCII byte string; the error shows it as bytes.
fn int_from_bytes(vm: &mut Vm, b: &[u8], base: u32) -> PyResult {
    let cps: Vec<u32> = b.iter().map(|&c| c as u32).collect();
    let ascii = b.iter().all(|c| c.is_ascii());
    match super::int_format::int_from_str(&cps, base) {
        Ok(v) if ascii => Ok(new_int(vm, v)),
        Err(e) if !e.msg.starts_with("invalid literal") => Err(text_err(vm, e)),
        _ => {
            let r: String = super::pystr::bytes_repr(b).chars().take(200).collect();
            Err(vm.value_error(&format!("invalid literal for int() with base {base}: {r}")))
        }
    }
}

/// `int(f)` for a float: truncation, with CPython's errors for inf and nan.
pub fn float_to_int(vm: &mut Vm, f: f64) -> PyResult {
    if f.is_nan() {
        return Err(vm.value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(overflow(vm, "cannot convert float infinity to integer"));
    }
    let t = f.trunc();
    if t.abs() < 9.2e18 {
        return Ok(vm.int(t as i64));
    }
    Ok(new_int(vm, Int::from_f64(t)))
}

/// `int.__new__`.
pub fn int_new(vm: &mut Vm, t: &ObjRef, args: Args, kw: Kw) -> PyResult {
    let p = bind_args(vm, "int", args, kw, &["x", "base"], 0)?;
    if kw.is_some() && p[0].is_none() && p[1].is_some() {
        return Err(vm.type_error("int() missing string argument"));
    }
    let r = match (&p[0], &p[1]) {
        (None, _) => vm.int(0),
        (Some(x), None) => number_long(vm, x)?,
        (Some(x), Some(b)) => {
            let base = match view(b) {
                Some(IntView::Small(v)) => v,
                Some(IntView::Big(_)) => return Err(vm.value_error("int() base must be >= 2 and <= 36, or 0")),
                None => return Err(vm.type_error(&format!("'{}' object cannot be interpreted as an integer", vm.type_name(b)))),
            };
            if base != 0 && !(2..=36).contains(&base) {
                return Err(vm.value_error("int() base must be >= 2 and <= 36, or 0"));
            }
            let cps: Vec<u32> = if let Some(s) = x.downcast::<StrBody>() {
                s.code_points().collect()
            } else if let Some(b) = bytes_text(x) {
                if base == 1 || base > 36 || base < 0 {
                    return Err(vm.value_error("int() base must be >= 2 and <= 36, or 0"));
                }
                let r = int_from_bytes(vm, &b, base as u32)?;
                if !t.is(&vm.t.int) && !t.is(&vm.t.bool_) {
                    return Err(vm.type_error(&format!("pyref: subclassing '{}' is not built yet", tp(t).name())));
                }
                return Ok(r);
            } else {
                return Err(text_err(vm, super::int_format::explicit_base_error()));
            };
            let v = super::int_format::int_from_str(&cps, base as u32).map_err(|e| text_err(vm, e))?;
            new_int(vm, v)
        }
    };
    if !t.is(&vm.t.int) && !t.is(&vm.t.bool_) {
        return Err(vm.type_error(&format!("pyref: subclassing '{}' is not built yet", tp(t).name())));
    }
    Ok(r)
}

macro_rules! binary_dunders {
    ($($name:ident, $rname:ident, $op:expr);* $(;)?) => {
        $(
            fn $name(vm: &mut Vm, a: Args, _kw: Kw) -> PyResult {
                if a.len() != 2 {
                    return Err(vm.type_error(&format!("expected 1 argument, got {}", a.len().saturating_sub(1))));
                }
                let f = tp(&super::subclass::builtin_base(&a[0].type_of())).slots.nb_number.get();
                match f {
                    Some(f) => f(vm, &a[0], &a[1], $op),
                    None => Ok(vm.notimpl.clone()),
                }
            }
            fn $rname(vm: &mut Vm, a: Args, _kw: Kw) -> PyResult {
                if a.len() != 2 {
                    return Err(vm.type_error(&format!("expected 1 argument, got {}", a.len().saturating_sub(1))));
                }
                let f = tp(&super::subclass::builtin_base(&a[0].type_of())).slots.nb_number.get();
                match f {
                    Some(f) => f(vm, &a[1], &a[0], $op),
                    None => Ok(vm.notimpl.clone()),
                }
            }
        )*
    };
}
binary_dunders! {
    d_add, d_radd, 0; d_and, d_rand, 1; d_floordiv, d_rfloordiv, 2; d_lshift, d_rlshift, 3;
    d_mul, d_rmul, 5; d_mod, d_rmod, 6; d_or, d_ror, 7; d_pow2, d_rpow, 8; d_rshift, d_rrshift, 9;
    d_sub, d_rsub, 10; d_truediv, d_rtruediv, 11; d_xor, d_rxor, 12;
}

/// `__add__`/`__radd__`... as method descriptors over a type's `nb_number` slot.
pub fn number_dunders(with_bits: bool) -> Vec<(&'static str, NativeFn)> {
    let mut v: Vec<(&'static str, NativeFn)> = vec![("__divmod__", d_divmod), ("__rdivmod__", d_rdivmod),
        ("__add__", d_add), ("__radd__", d_radd), ("__sub__", d_sub), ("__rsub__", d_rsub),
        ("__mul__", d_mul), ("__rmul__", d_rmul), ("__truediv__", d_truediv), ("__rtruediv__", d_rtruediv),
        ("__pow__", d_pow), ("__rpow__", d_rpow),
    ];
    if with_bits {
        v.extend_from_slice(&[
            ("__floordiv__", d_floordiv as NativeFn), ("__rfloordiv__", d_rfloordiv), ("__mod__", d_mod), ("__rmod__", d_rmod),
            ("__and__", d_and), ("__rand__", d_rand), ("__or__", d_or), ("__ror__", d_ror), ("__xor__", d_xor), ("__rxor__", d_rxor),
            ("__lshift__", d_lshift), ("__rlshift__", d_rlshift), ("__rshift__", d_rshift), ("__rrshift__", d_rrshift),
        ]);
    }
    v
}

/// `__pow__(exp, mod=None)`.
fn d_pow(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    if a.len() == 3 && !a[2].is(&vm.none) {
        if let (Some(x), Some(y), Some(z)) = (view(&a[0]), view(&a[1]), view(&a[2])) {
            let (x, y, z) = (x.to_int().into_owned(), y.to_int().into_owned(), z.to_int().into_owned());
            return super::number::int_pow_mod(vm, &x, &y, &z);
        }
        if a[0].downcast::<FloatBody>().is_some() {
            return Err(vm.type_error("pow() 3rd argument not allowed unless all arguments are integers"));
        }
        return Ok(vm.notimpl.clone());
    }
    if a.len() == 3 {
        return d_pow2(vm, &a[..2], kw);
    }
    d_pow2(vm, a, kw)
}

fn real_number(o: &ObjRef) -> bool {
    view(o).is_some() || o.downcast::<FloatBody>().is_some()
}
fn d_divmod(vm: &mut Vm, a: Args, _kw: Kw) -> PyResult {
    if a.len() != 2 {
        return Err(vm.type_error(&format!("expected 1 argument, got {}", a.len().saturating_sub(1))));
    }
    if !real_number(&a[1]) || (a[0].downcast::<FloatBody>().is_none() && a[1].downcast::<FloatBody>().is_some()) {
        return Ok(vm.notimpl.clone());
    }
    super::number::divmod(vm, &a[0], &a[1])
}
fn d_rdivmod(vm: &mut Vm, a: Args, _kw: Kw) -> PyResult {
    if a.len() != 2 {
        return Err(vm.type_error(&format!("expected 1 argument, got {}", a.len().saturating_sub(1))));
    }
    if !real_number(&a[1]) || (a[0].downcast::<FloatBody>().is_none() && a[1].downcast::<FloatBody>().is_some()) {
        return Ok(vm.notimpl.clone());
    }
    super::number::divmod(vm, &a[1], &a[0])
}

/// Attribute setters of read-only descriptors: CPython's messages for a getset without a setter
/// (`attribute 'real' of 'int' objects is not writable`) and for a read-only member.
macro_rules! readonly_setters {
    ($($fname:ident, $msg:expr);* $(;)?) => {
        $(fn $fname(vm: &mut Vm, _a: Args, _kw: Kw) -> PyResult {
            Err(vm.err(&vm.e.attribute_error.clone(), $msg))
        })*
    };
}
readonly_setters! {
    ro_int_real, "attribute 'real' of 'int' objects is not writable";
    ro_int_imag, "attribute 'imag' of 'int' objects is not writable";
    ro_int_numerator, "attribute 'numerator' of 'int' objects is not writable";
    ro_int_denominator, "attribute 'denominator' of 'int' objects is not writable";
    ro_float_real, "attribute 'real' of 'float' objects is not writable";
    ro_float_imag, "attribute 'imag' of 'float' objects is not writable";
    ro_member, "readonly attribute";
}

/// The read-only setter for attribute `name` of `owner` ("int", "float", else a member).
pub fn readonly_setter(owner: &str, name: &str) -> NativeFn {
    match (owner, name) {
        ("int", "real") => ro_int_real,
        ("int", "imag") => ro_int_imag,
        ("int", "numerator") => ro_int_numerator,
        ("int", "denominator") => ro_int_denominator,
        ("float", "real") => ro_float_real,
        ("float", "imag") => ro_float_imag,
        _ => ro_member,
    }
}

/// The built-in type whose slots a shared dunder (`int.__repr__`, `float.__neg__`, ...) runs on
/// `o`: the first static type in `o`'s MRO, so a subclass's own override is not called again.
fn static_base(o: &ObjRef) -> ObjRef {
    let ty = o.type_of();
    let found = tp(&ty).mro.borrow().iter().find(|t| !tp(t).has_flag(super::typeobject::tpflags::HEAPTYPE)).cloned();
    found.unwrap_or(ty)
}

fn unary_via(vm: &mut Vm, a: Args, slot: fn(&Slots) -> Option<UnaryFn>) -> PyResult {
    let f = slot(&tp(&static_base(&a[0])).slots);
    match f {
        Some(f) => f(vm, &a[0]),
        None => Ok(vm.notimpl.clone()),
    }
}
fn d_neg(vm: &mut Vm, a: Args, _kw: Kw) -> PyResult {
    unary_via(vm, a, |s| s.nb_negative.get())
}
fn d_pos(vm: &mut Vm, a: Args, _kw: Kw) -> PyResult {
    unary_via(vm, a, |s| s.nb_positive.get())
}
fn d_invert(vm: &mut Vm, a: Args, _kw: Kw) -> PyResult {
    unary_via(vm, a, |s| s.nb_invert.get())
}
fn d_repr(vm: &mut Vm, a: Args, _kw: Kw) -> PyResult {
    match tp(&static_base(&a[0])).slots.repr.get() {
        Some(f) => f(vm, &a[0]),
        None => vm.repr(&a[0]),
    }
}
/// `int.__repr__` is int's own `tp_repr` whatever the instance's class: `int.__repr__(True)`
/// is '1'.
fn d_int_repr(vm: &mut Vm, a: Args, _kw: Kw) -> PyResult {
    if view(&a[0]).is_none() {
        return Err(vm.type_error(&format!("descriptor '__repr__' requires a 'int' object but received a '{}'", vm.type_name(&a[0]))));
    }
    int_decimal(vm, &a[0])
}
fn d_hash(vm: &mut Vm, a: Args, _kw: Kw) -> PyResult {
    let h = vm.hash(&a[0])?;
    Ok(vm.int(h))
}
fn cmp_dunder(vm: &mut Vm, a: Args, op: CmpOp) -> PyResult {
    if a.len() != 2 {
        return Err(vm.type_error(&format!("expected 1 argument, got {}", a.len().saturating_sub(1))));
    }
    match tp(&a[0].type_of()).slots.richcompare.get() {
        Some(f) => f(vm, &a[0], &a[1], op),
        None => Ok(vm.notimpl.clone()),
    }
}
fn d_lt(vm: &mut Vm, a: Args, _kw: Kw) -> PyResult {
    cmp_dunder(vm, a, CmpOp::Lt)
}
fn d_le(vm: &mut Vm, a: Args, _kw: Kw) -> PyResult {
    cmp_dunder(vm, a, CmpOp::Le)
}
fn d_eq(vm: &mut Vm, a: Args, _kw: Kw) -> PyResult {
    cmp_dunder(vm, a, CmpOp::Eq)
}
fn d_ne(vm: &mut Vm, a: Args, _kw: Kw) -> PyResult {
    cmp_dunder(vm, a, CmpOp::Ne)
}
fn d_gt(vm: &mut Vm, a: Args, _kw: Kw) -> PyResult {
    cmp_dunder(vm, a, CmpOp::Gt)
}
fn d_ge(vm: &mut Vm, a: Args, _kw: Kw) -> PyResult {
    cmp_dunder(vm, a, CmpOp::Ge)
}

/// Unary and comparison dunders shared by the numeric types.
pub fn common_dunders() -> Vec<(&'static str, NativeFn)> {
    vec![
        ("__neg__", d_neg), ("__pos__", d_pos), ("__repr__", d_repr), ("__hash__", d_hash),
        ("__lt__", d_lt), ("__le__", d_le), ("__eq__", d_eq), ("__ne__", d_ne), ("__gt__", d_gt), ("__ge__", d_ge),
    ]
}

/// Installs methods on a type's dict.
pub fn add_methods(vm: &mut Vm, ty: &ObjRef, methods: &[(&'static str, NativeFn)]) {
    if tp(ty).dict.borrow().is_none() {
        *tp(ty).dict.borrow_mut() = Some(vm.new_dict());
    }
    for &(name, f) in methods {
        let d = alloc(&vm.t.method_descr.clone(), MethodDescrBody { name, f, owner: ty.clone() });
        vm.type_set(ty, name, d);
    }
}
/// Installs a class method (`int.from_bytes`).
pub fn add_classmethod(vm: &mut Vm, ty: &ObjRef, name: &'static str, f: NativeFn) {
    let func = vm.builtin_fn(name, f, None);
    let cm = alloc(&vm.t.classmethod.clone(), ClassMethodBody { f: func });
    vm.type_set(ty, name, cm);
}
/// Installs a read-only attribute computed by `f(self)` (a getset descriptor).
pub fn add_getter(vm: &mut Vm, ty: &ObjRef, name: &'static str, f: NativeFn) {
    let func = vm.builtin_fn(name, f, None);
    let setter = vm.builtin_fn(name, readonly_setter(&tp(ty).name(), name), None);
    let p = alloc(&vm.t.property.clone(), PropertyBody { fget: Some(func), fset: Some(setter.clone()), fdel: Some(setter), doc: None, getter_doc: false });
    vm.type_set(ty, name, p);
}

fn g_self(vm: &mut Vm, a: Args, _kw: Kw) -> PyResult {
    int_exact(vm, &a[0])
}
fn g_zero(vm: &mut Vm, _a: Args, _kw: Kw) -> PyResult {
    Ok(vm.int(0))
}
fn g_one(vm: &mut Vm, _a: Args, _kw: Kw) -> PyResult {
    Ok(vm.int(1))
}

pub fn install(vm: &mut Vm) {
    let (int, bool_) = (vm.t.int.clone(), vm.t.bool_.clone());
    for ty in [&int, &bool_] {
        let s = &tp(ty).slots;
        s.repr.set(Some(int_repr));
        s.hash.set(Some(int_hash_slot));
        s.nb_bool.set(Some(int_bool));
        s.nb_number.set(Some(int_number));
        s.richcompare.set(Some(int_richcompare));
        s.nb_negative.set(Some(int_neg));
        s.nb_positive.set(Some(int_exact));
        s.nb_invert.set(Some(int_invert));
        s.nb_index.set(Some(int_exact));
    }
    tp(&bool_).slots.nb_number.set(Some(bool_number));
    tp(&bool_).slots.nb_invert.set(Some(bool_invert));
    tp(&int).slots.new.set(Some(int_new));
    let mut methods: Vec<(&'static str, NativeFn)> = vec![
        ("bit_length", m_bit_length),
        ("bit_count", m_bit_count),
        ("conjugate", m_conjugate),
        ("is_integer", m_is_integer),
        ("as_integer_ratio", m_as_integer_ratio),
        ("to_bytes", m_to_bytes),
        ("__int__", m_int_self),
        ("__index__", m_int_self),
        ("__trunc__", m_int_self),
        ("__floor__", m_int_self),
        ("__ceil__", m_int_self),
        ("__round__", m_int_round),
        ("__float__", m_int_float),
        ("__abs__", m_int_abs),
        ("__bool__", m_int_bool),
        ("__sizeof__", m_int_sizeof),
        ("__getnewargs__", m_int_getnewargs),
        ("__invert__", d_invert),
    ];
    methods.extend(number_dunders(true));
    methods.extend(common_dunders());
    methods.push(("__repr__", d_int_repr));
    add_methods(vm, &int, &methods);
    add_classmethod(vm, &int, "from_bytes", m_from_bytes);
    add_getter(vm, &int, "real", g_self);
    add_getter(vm, &int, "numerator", g_self);
    add_getter(vm, &int, "imag", g_zero);
    add_getter(vm, &int, "denominator", g_one);
    // bool's own `&`, `|`, `^` (and their reflections) keep bools.
    let bool_methods: Vec<(&'static str, NativeFn)> = vec![
        ("__and__", d_and), ("__rand__", d_rand), ("__or__", d_or), ("__ror__", d_ror), ("__xor__", d_xor), ("__rxor__", d_rxor),
        ("__repr__", d_repr),
    ];
    add_methods(vm, &bool_, &bool_methods);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::host::Host;

    fn show(vm: &mut Vm, r: PyResult) -> String {
        match r {
            Ok(o) => vm.repr_string(&o).unwrap_or_default(),
            Err(e) => {
                let t = vm.type_name(&e.0);
                let m = vm.str_string(&e.0).unwrap_or_default();
                format!("{t}: {m}")
            }
        }
    }

    // Expected values from CPython 3.13.0.
    #[test]
    fn small_results_promote_and_follow_python_rules() {
        let (mut host, _out, _err) = Host::captured("/tmp");
        let mut vm = Vm::new(&mut host);
        let vm = &mut vm;
        let cases: &[(i64, i64, u32, &str)] = &[
            (i64::MAX, 1, 0, "9223372036854775808"),
            (i64::MIN, 1, 10, "-9223372036854775809"),
            (i64::MIN, -1, 2, "9223372036854775808"),
            (i64::MIN, -1, 6, "0"),
            (i64::MAX, i64::MAX, 5, "85070591730234615847396907784232501249"),
            (-7, 2, 2, "-4"),
            (-7, 2, 6, "1"),
            (7, -2, 6, "-1"),
            (1, 100, 3, "1267650600228229401496703205376"),
            (-1, 100, 9, "-1"),
            (2, 64, 8, "18446744073709551616"),
            (2, -2, 8, "0.25"),
            (1, 3, 11, "0.3333333333333333"),
            (1, 0, 2, "ZeroDivisionError: integer division or modulo by zero"),
            (1, 0, 6, "ZeroDivisionError: integer modulo by zero"),
            (1, 0, 11, "ZeroDivisionError: division by zero"),
            (0, -1, 8, "ZeroDivisionError: 0.0 cannot be raised to a negative power"),
            (1, -1, 3, "ValueError: negative shift count"),
        ];
        for &(x, y, op, want) in cases {
            let r = small_op(vm, x, y, op);
            assert_eq!(show(vm, r), want, "{x} op{op} {y}");
        }
        let big = Int::from_i64(10).pow(&Int::from_i64(30));
        let r = big_op(vm, &big.neg(), &Int::from_i64(7), 2);
        assert_eq!(show(vm, r), "-142857142857142857142857142858");
        let r = big_op(vm, &big, &Int::from_i64(3), 11);
        assert_eq!(show(vm, r), "3.333333333333333e+29");
    }
}
