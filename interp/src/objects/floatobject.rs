//! The runtime `float` type (Objects/floatobject.c): arithmetic with ints converted exactly or
//! with CPython's OverflowError, `float_pow`'s special cases (negative bases with fractional
//! exponents become complex), exact comparison with ints of any size, the methods (`hex`,
//! `fromhex`, `as_integer_ratio`, `is_integer`, `__round__`, ...) and `float()` itself.

use super::bodies::*;
use super::complexobject;
use super::int::Int;
use super::longobject::{self as lo, int_float_cmp, text_err, view, IntView};
use super::object::ObjRef;
use super::typeobject::*;
use crate::vm::Vm;
use std::cmp::Ordering;

type Args<'a> = &'a [ObjRef];
type Kw<'a> = Option<&'a ObjRef>;

fn overflow(vm: &Vm, msg: &str) -> PyErr {
    vm.err(&vm.e.overflow_error, msg)
}

/// The float value of a float or int operand (`CONVERT_TO_DOUBLE`); None for other types.
pub fn as_f64(vm: &Vm, o: &ObjRef) -> Option<PyResult<f64>> {
    if let Some(f) = o.downcast::<FloatBody>() {
        return Some(Ok(f.v));
    }
    view(o).map(|v| lo::int_to_f64(vm, &v))
}

fn is_odd_integer(x: f64) -> bool {
    x.rem_euclid(2.0) == 1.0
}

/// `float_pow` on two doubles: a float, a complex (negative base, fractional exponent), or the
/// ZeroDivisionError/OverflowError CPython raises.
pub fn float_pow_obj(vm: &mut Vm, iv: f64, iw: f64) -> PyResult {
    if iw == 0.0 {
        return Ok(vm.float(1.0));
    }
    if iv.is_nan() {
        return Ok(vm.float(iv));
    }
    if iw.is_nan() {
        return Ok(vm.float(if iv == 1.0 { 1.0 } else { iw }));
    }
    if iw.is_infinite() {
        let a = iv.abs();
        return Ok(vm.float(if a == 1.0 {
            1.0
        } else if (iw > 0.0) == (a > 1.0) {
            iw.abs()
        } else {
            0.0
        }));
    }
    if iv.is_infinite() {
        let odd = is_odd_integer(iw);
        return Ok(vm.float(if iw > 0.0 {
            if odd { iv } else { iv.abs() }
        } else if odd {
            0.0f64.copysign(iv)
        } else {
            0.0
        }));
    }
    if iv == 0.0 {
        if iw < 0.0 {
            return Err(vm.err(&vm.e.zero_division_error, "0.0 cannot be raised to a negative power"));
        }
        return Ok(vm.float(if is_odd_integer(iw) { iv } else { 0.0 }));
    }
    let mut iv = iv;
    let mut negate = false;
    if iv < 0.0 {
        if iw != iw.floor() {
            return complexobject::complex_pow_values(vm, (iv, 0.0), (iw, 0.0));
        }
        iv = -iv;
        negate = is_odd_integer(iw);
    }
    if iv == 1.0 {
        return Ok(vm.float(if negate { -1.0 } else { 1.0 }));
    }
    let ix = iv.powf(iw);
    if ix.is_infinite() {
        return Err(overflow(vm, "(34, 'Numerical result out of range')"));
    }
    Ok(vm.float(if negate { -ix } else { ix }))
}

/// `float_divmod` on doubles (the divisor is non-zero).
pub fn float_divmod(vx: f64, wx: f64) -> (f64, f64) {
    let mut m = vx % wx;
    let mut div = (vx - m) / wx;
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(wx);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(vx / wx)
    };
    (floordiv, m)
}

/// `float op x` for doubles.
pub fn float_op(vm: &mut Vm, x: f64, y: f64, op: u32) -> PyResult {
    let zd = |vm: &Vm, m: &str| vm.err(&vm.e.zero_division_error, m);
    let r = match op {
        0 => x + y,
        10 => x - y,
        5 => x * y,
        11 => {
            if y == 0.0 {
                return Err(zd(vm, "float division by zero"));
            }
            x / y
        }
        2 => {
            if y == 0.0 {
                return Err(zd(vm, "float floor division by zero"));
            }
            float_divmod(x, y).0
        }
        6 => {
            if y == 0.0 {
                return Err(zd(vm, "float modulo by zero"));
            }
            float_divmod(x, y).1
        }
        8 => return float_pow_obj(vm, x, y),
        _ => return Ok(vm.notimpl.clone()),
    };
    Ok(vm.float(r))
}

/// The value of an exact float (the caller has checked `o.is_exact(&vm.t.float)`).
///
/// # Safety
/// `o`'s type must be exactly `float`, so that its block is a `PyBox<FloatBody>`.
#[inline(always)]
unsafe fn exact_float_value(o: &ObjRef) -> f64 {
    (*(o.as_ptr().as_ptr() as *const super::object::PyBox<FloatBody>)).body.v
}

/// The double of an exact int that converts to one exactly (|v| <= 2**53), as float's
/// arithmetic slots see such an operand.
#[inline(always)]
fn exact_small_int_f64(vm: &Vm, o: &ObjRef) -> Option<f64> {
    const EXACT: i64 = 1 << 53;
    if !o.is_exact(&vm.t.int) {
        return None;
    }
    match o.downcast::<IntBody>() {
        Some(IntBody::Small(v)) if (-EXACT..=EXACT).contains(v) => Some(*v as f64),
        _ => None,
    }
}

/// Stores `v` in the exact float `o` when the reference handed in is its only one: the float
/// object nobody else can see becomes the result.
///
/// # Safety
/// `o`'s type must be exactly `float`.
#[inline(always)]
unsafe fn reuse(o: &ObjRef, v: f64) -> bool {
    if o.refcount() == 1 {
        // The block is a `PyBox<FloatBody>`; the caller owns the object's only reference and
        // holds no borrow of its body, so nothing observes the body while it changes. The
        // pointer comes from the allocation (not from a shared borrow), so writing through it
        // is allowed.
        (*(o.as_ptr().as_ptr() as *mut super::object::PyBox<FloatBody>)).body.v = v;
        true
    } else {
        false
    }
}

#[cold]
fn float_division_by_zero(vm: &Vm) -> PyErr {
    vm.err(&vm.e.zero_division_error, "float division by zero")
}

/// `BINARY_OP` `+ - * /` (and the in-place forms, `op` being the base operator) when one operand
/// is an exact float and the other an exact float or an int that converts exactly: CPython's
/// BINARY_OP_{ADD,SUBTRACT,MULTIPLY}_FLOAT. As their `DECREF_INPUTS_AND_REUSE_FLOAT`, the result
/// goes into an operand whose only reference is the consumed one (left first), so a chain of
/// temporaries allocates nothing. Hands the operands back when the case does not apply.
#[inline(always)]
pub fn binary_op_fast(vm: &mut Vm, a: ObjRef, b: ObjRef, op: u32) -> Result<PyResult, (ObjRef, ObjRef)> {
    let (fa, fb) = (a.is_exact(&vm.t.float), b.is_exact(&vm.t.float));
    if !(fa || fb) || !matches!(op, 0 | 5 | 10 | 11) {
        return Err((a, b));
    }
    // SAFETY (each read): the operand was just found to be an exact float.
    let x = if fa { unsafe { exact_float_value(&a) } } else {
        match exact_small_int_f64(vm, &a) {
            Some(v) => v,
            None => return Err((a, b)),
        }
    };
    let y = if fb { unsafe { exact_float_value(&b) } } else {
        match exact_small_int_f64(vm, &b) {
            Some(v) => v,
            None => return Err((a, b)),
        }
    };
    let r = match op {
        0 => x + y,
        10 => x - y,
        5 => x * y,
        _ => {
            if y == 0.0 {
                return Ok(Err(float_division_by_zero(vm)));
            }
            x / y
        }
    };
    // SAFETY: `reuse` is only asked about an operand found to be an exact float.
    if fa && unsafe { reuse(&a, r) } {
        drop(b);
        return Ok(Ok(a));
    }
    if fb && unsafe { reuse(&b, r) } {
        drop(a);
        return Ok(Ok(b));
    }
    drop(a);
    drop(b);
    Ok(Ok(vm.float(r)))
}

/// `COMPARE_OP` on two exact floats (CPython's COMPARE_OP_FLOAT); None for other operands.
#[inline(always)]
pub fn compare_fast(vm: &Vm, a: &ObjRef, b: &ObjRef, op: CmpOp) -> Option<bool> {
    if !(a.is_exact(&vm.t.float) && b.is_exact(&vm.t.float)) {
        return None;
    }
    // SAFETY: both were just found to be exact floats.
    let (x, y) = unsafe { (exact_float_value(a), exact_float_value(b)) };
    Some(op.holds(&x, &y))
}

/// The `nb_*` slot of `float`.
pub fn float_number(vm: &mut Vm, a: &ObjRef, b: &ObjRef, op: u32) -> PyResult {
    let (Some(x), Some(y)) = (as_f64(vm, a), as_f64(vm, b)) else { return Ok(vm.notimpl.clone()) };
    if !matches!(op, 0 | 10 | 5 | 11 | 2 | 6 | 8) {
        return Ok(vm.notimpl.clone());
    }
    float_op(vm, x?, y?, op)
}

fn float_richcompare(vm: &mut Vm, a: &ObjRef, b: &ObjRef, op: CmpOp) -> PyResult {
    let Some(x) = a.downcast::<FloatBody>().map(|f| f.v) else { return Ok(vm.notimpl.clone()) };
    let ord = if let Some(y) = b.downcast::<FloatBody>() {
        x.partial_cmp(&y.v)
    } else if let Some(i) = view(b) {
        int_float_cmp(&i, x).map(Ordering::reverse)
    } else {
        return Ok(vm.notimpl.clone());
    };
    Ok(vm.bool(match ord {
        Some(o) => lo::cmp_bool(op, o),
        None => op == CmpOp::Ne,
    }))
}

fn fval(vm: &Vm, a: Args, name: &str) -> PyResult<f64> {
    match a.first().and_then(|o| o.downcast::<FloatBody>()) {
        Some(f) => Ok(f.v),
        None => Err(vm.type_error(&format!(
            "descriptor '{name}' for 'float' objects doesn't apply to a '{}' object",
            a.first().map(|x| vm.type_name(x)).unwrap_or_default()
        ))),
    }
}

fn m_hex(vm: &mut Vm, a: Args, _kw: Kw) -> PyResult {
    lo::no_args_of(vm, "float", "hex", a)?;
    let x = fval(vm, a, "hex")?;
    Ok(vm.str(&super::float_format::float_hex(x)))
}
fn m_fromhex(vm: &mut Vm, a: Args, _kw: Kw) -> PyResult {
    let Some(s) = a.get(1) else { return Err(vm.type_error("fromhex() takes exactly one argument (0 given)")) };
    let Some(sb) = s.downcast::<StrBody>() else {
        return Err(vm.type_error(&format!("fromhex() argument must be str, not {}", vm.type_name(s))));
    };
    let x = super::float_format::float_fromhex(&sb.text()).map_err(|e| text_err(vm, e))?;
    let r = vm.float(x);
    if !a[0].is(&vm.t.float) && a[0].downcast::<TypeObject>().is_some() {
        let cls = a[0].clone();
        return vm.call(&cls, &[r], None);
    }
    Ok(r)
}
fn m_getformat(vm: &mut Vm, a: Args, _kw: Kw) -> PyResult {
    let Some(t) = a.get(1) else { return Err(vm.type_error("__getformat__() takes exactly one argument (0 given)")) };
    let Some(s) = t.downcast::<StrBody>() else {
        return Err(vm.type_error(&format!("__getformat__() argument must be str, not {}", vm.type_name(t))));
    };
    match &*s.text() {
        "double" | "float" => Ok(vm.str("IEEE, little-endian")),
        _ => Err(vm.value_error("__getformat__() argument 1 must be 'double' or 'float'")),
    }
}
fn m_is_integer(vm: &mut Vm, a: Args, _kw: Kw) -> PyResult {
    lo::no_args_of(vm, "float", "is_integer", a)?;
    let x = fval(vm, a, "is_integer")?;
    Ok(vm.bool(x.is_finite() && x == x.floor()))
}
fn m_as_integer_ratio(vm: &mut Vm, a: Args, _kw: Kw) -> PyResult {
    lo::no_args_of(vm, "float", "as_integer_ratio", a)?;
    let x = fval(vm, a, "as_integer_ratio")?;
    if x.is_infinite() {
        return Err(overflow(vm, "cannot convert Infinity to integer ratio"));
    }
    if x.is_nan() {
        return Err(vm.value_error("cannot convert NaN to integer ratio"));
    }
    let (n, d) = float_ratio(x);
    let (n, d) = (lo::new_int(vm, n), lo::new_int(vm, d));
    Ok(vm.tuple(vec![n, d]))
}

/// A finite float as a fraction in lowest terms (numerator, power-of-two denominator).
pub fn float_ratio(x: f64) -> (Int, Int) {
    if x == 0.0 {
        return (Int::zero(), Int::one());
    }
    let bits = x.to_bits();
    let e = ((bits >> 52) & 0x7ff) as i64;
    let mut m = bits & ((1u64 << 52) - 1);
    let mut exp = if e == 0 { -1074 } else { m |= 1 << 52; e - 1075 };
    let tz = m.trailing_zeros() as i64;
    m >>= tz;
    exp += tz;
    let mut n = Int::from_u64(m);
    if x < 0.0 {
        n.negate();
    }
    if exp >= 0 {
        (n.shl(exp as u64), Int::one())
    } else {
        (n, Int::one().shl((-exp) as u64))
    }
}

fn m_conjugate(vm: &mut Vm, a: Args, _kw: Kw) -> PyResult {
    lo::no_args_of(vm, "float", "conjugate", a)?;
    let x = fval(vm, a, "conjugate")?;
    Ok(vm.float(x))
}
fn m_float(vm: &mut Vm, a: Args, _kw: Kw) -> PyResult {
    let x = fval(vm, a, "__float__")?;
    if a[0].is_exact(&vm.t.float) {
        return Ok(a[0].clone());
    }
    Ok(vm.float(x))
}
fn m_trunc(vm: &mut Vm, a: Args, _kw: Kw) -> PyResult {
    let x = fval(vm, a, "__trunc__")?;
    lo::float_to_int(vm, x)
}
fn m_floor(vm: &mut Vm, a: Args, _kw: Kw) -> PyResult {
    let x = fval(vm, a, "__floor__")?;
    lo::float_to_int(vm, x.floor())
}
fn m_ceil(vm: &mut Vm, a: Args, _kw: Kw) -> PyResult {
    let x = fval(vm, a, "__ceil__")?;
    lo::float_to_int(vm, x.ceil())
}
fn m_abs(vm: &mut Vm, a: Args, _kw: Kw) -> PyResult {
    let x = fval(vm, a, "__abs__")?;
    Ok(vm.float(x.abs()))
}
fn m_bool(vm: &mut Vm, a: Args, _kw: Kw) -> PyResult {
    let x = fval(vm, a, "__bool__")?;
    Ok(vm.bool(x != 0.0))
}
fn m_sizeof(vm: &mut Vm, a: Args, _kw: Kw) -> PyResult {
    fval(vm, a, "__sizeof__")?;
    Ok(vm.int(24))
}
fn m_getnewargs(vm: &mut Vm, a: Args, _kw: Kw) -> PyResult {
    let x = fval(vm, a, "__getnewargs__")?;
    let f = vm.float(x);
    Ok(vm.tuple(vec![f]))
}

/// `float.__round__(ndigits=None)`.
pub fn float_round(vm: &mut Vm, x: f64, nd: Option<&ObjRef>) -> PyResult {
    let nd = nd.filter(|n| !n.is(&vm.none));
    let Some(nd) = nd else {
        let r = super::float_format::float_round_half_even(x);
        return lo::float_to_int(vm, r);
    };
    let n = match view(nd) {
        Some(IntView::Small(n)) => n,
        Some(IntView::Big(b)) => {
            if b.is_negative() {
                i64::MIN
            } else {
                i64::MAX
            }
        }
        None => return Err(vm.type_error(&format!("'{}' object cannot be interpreted as an integer", vm.type_name(nd)))),
    };
    let r = super::float_format::float_round(x, n).map_err(|e| text_err(vm, e))?;
    Ok(vm.float(r))
}
fn m_round(vm: &mut Vm, a: Args, _kw: Kw) -> PyResult {
    let x = fval(vm, a, "__round__")?;
    float_round(vm, x, a.get(1))
}

fn g_real(vm: &mut Vm, a: Args, _kw: Kw) -> PyResult {
    let x = fval(vm, a, "real")?;
    if a[0].is_exact(&vm.t.float) {
        return Ok(a[0].clone());
    }
    Ok(vm.float(x))
}
fn g_imag(vm: &mut Vm, _a: Args, _kw: Kw) -> PyResult {
    Ok(vm.float(0.0))
}

/// `float(x)` (`PyNumber_Float`).
pub fn number_float(vm: &mut Vm, x: &ObjRef) -> PyResult {
    if x.is_exact(&vm.t.float) {
        return Ok(x.clone());
    }
    if let Some(f) = x.downcast::<FloatBody>() {
        return Ok(vm.float(f.v));
    }
    if let Some(v) = view(x) {
        let f = lo::int_to_f64(vm, &v)?;
        return Ok(vm.float(f));
    }
    if let Some(s) = x.downcast::<StrBody>() {
        let cps: Vec<u32> = s.code_points().collect();
        let f = super::float_format::float_from_str(&cps).map_err(|e| text_err(vm, e))?;
        return Ok(vm.float(f));
    }
    let ty = x.type_of();
    let n = vm.intern("__float__");
    if let Some(f) = vm.type_lookup(&ty, &n) {
        let r = vm.call(&f, &[x.clone()], None)?;
        if r.is_exact(&vm.t.float) {
            return Ok(r);
        }
        if let Some(v) = r.downcast::<FloatBody>().map(|b| b.v) {
            let msg = format!(
                "{}.__float__ returned non-float (type {}).  The ability to return an instance of a strict subclass of float is deprecated, and may be removed in a future version of Python.",
                tp(&ty).name(),
                vm.type_name(&r)
            );
            super::warnings::warn_deprecation(vm, &msg)?;
            return Ok(vm.float(v));
        }
        return Err(vm.type_error(&format!("{}.__float__ returned non-float (type {})", tp(&ty).name(), vm.type_name(&r))));
    }
    let n = vm.intern("__index__");
    if vm.type_lookup(&ty, &n).is_some() {
        let i = lo::index(vm, x)?;
        let v = view(&i).map(|v| lo::int_to_f64(vm, &v)).unwrap_or(Ok(0.0))?;
        return Ok(vm.float(v));
    }
    if let Some(b) = lo::bytes_text(x) {
        // PyFloat_FromString on a byte string: the error shows the argument's own repr.
        let cps: Vec<u32> = b.iter().map(|&c| c as u32).collect();
        return match super::float_format::float_from_str(&cps) {
            Ok(f) if b.is_ascii() => Ok(vm.float(f)),
            _ => {
                let r = vm.repr_string(x)?;
                Err(vm.value_error(&format!("could not convert string to float: {r}")))
            }
        };
    }
    Err(text_err(vm, super::float_format::float_arg_type_error(&vm.type_name(x))))
}

fn float_new(vm: &mut Vm, t: &ObjRef, args: Args, kw: Kw) -> PyResult {
    if kw.is_some_and(|k| k.downcast::<TupleBody>().is_some_and(|t| !t.items.is_empty())) {
        return Err(vm.type_error("float() takes no keyword arguments"));
    }
    if args.len() > 1 {
        return Err(vm.type_error(&format!("float expected at most 1 argument, got {}", args.len())));
    }
    let r = match args.first() {
        None => vm.float(0.0),
        Some(x) => number_float(vm, x)?,
    };
    if !t.is(&vm.t.float) {
        return Err(vm.type_error(&format!("pyref: subclassing '{}' is not built yet", tp(t).name())));
    }
    Ok(r)
}

pub fn install(vm: &mut Vm) {
    let float = vm.t.float.clone();
    let s = &tp(&float).slots;
    s.nb_number.set(Some(float_number));
    s.richcompare.set(Some(float_richcompare));
    s.new.set(Some(float_new));
    let mut methods: Vec<(&'static str, NativeFn)> = vec![
        ("hex", m_hex),
        ("is_integer", m_is_integer),
        ("as_integer_ratio", m_as_integer_ratio),
        ("conjugate", m_conjugate),
        ("__float__", m_float),
        ("__int__", m_trunc),
        ("__trunc__", m_trunc),
        ("__floor__", m_floor),
        ("__ceil__", m_ceil),
        ("__round__", m_round),
        ("__abs__", m_abs),
        ("__bool__", m_bool),
        ("__sizeof__", m_sizeof),
        ("__getnewargs__", m_getnewargs),
    ];
    methods.extend(lo::number_dunders(false));
    methods.extend(lo::number_dunders(true).into_iter().filter(|(n, _)| matches!(*n, "__floordiv__" | "__rfloordiv__" | "__mod__" | "__rmod__")));
    methods.extend(lo::common_dunders());
    lo::add_methods(vm, &float, &methods);
    lo::add_classmethod(vm, &float, "fromhex", m_fromhex);
    lo::add_classmethod(vm, &float, "__getformat__", m_getformat);
    lo::add_getter(vm, &float, "real", g_real);
    lo::add_getter(vm, &float, "imag", g_imag);
}
