//! The `math` module (Modules/mathmodule.c): the libm wrappers with CPython's "math domain
//! error"/"math range error" rules (`math_1`, `math_2`, `loghelper` for ints beyond float
//! range), the integer functions (gcd, lcm, isqrt, factorial, comb, perm), fsum's exact
//! summation (Shewchuk's partials with CPython's final rounding), isclose, prod, sumprod, dist,
//! hypot, nextafter, ulp, fma and the constants.

use crate::objects::bodies::*;
use crate::objects::floatobject::number_float;
use crate::objects::int::Int;
use crate::objects::int_arith::ldexp;
use crate::objects::longobject::{self as lo, view, IntView};
use crate::objects::object::ObjRef;
use crate::objects::typeobject::*;
use crate::vm::Vm;

type Args<'a> = &'a [ObjRef];
type Kw<'a> = Option<&'a ObjRef>;

fn domain(vm: &Vm) -> PyErr {
    vm.value_error("math domain error")
}
fn range(vm: &Vm) -> PyErr {
    vm.err(&vm.e.overflow_error, "math range error")
}

fn no_kw(vm: &Vm, name: &str, kw: Kw) -> PyResult<()> {
    if kw.is_some_and(|k| k.downcast::<TupleBody>().is_some_and(|t| !t.items.is_empty())) {
        return Err(vm.type_error(&format!("math.{name}() takes no keyword arguments")));
    }
    Ok(())
}
fn one<'a>(vm: &Vm, name: &str, a: Args<'a>, kw: Kw) -> PyResult<&'a ObjRef> {
    no_kw(vm, name, kw)?;
    if a.len() != 1 {
        return Err(vm.type_error(&format!("math.{name}() takes exactly one argument ({} given)", a.len())));
    }
    Ok(&a[0])
}
fn two<'a>(vm: &Vm, name: &str, a: Args<'a>, kw: Kw) -> PyResult<(&'a ObjRef, &'a ObjRef)> {
    no_kw(vm, name, kw)?;
    if a.len() != 2 {
        return Err(vm.type_error(&format!("{name} expected 2 arguments, got {}", a.len())));
    }
    Ok((&a[0], &a[1]))
}

/// `PyFloat_AsDouble` with the math module's TypeError.
pub fn as_double(vm: &mut Vm, o: &ObjRef) -> PyResult<f64> {
    if let Some(f) = o.downcast::<FloatBody>() {
        return Ok(f.v);
    }
    if let Some(v) = view(o) {
        return lo::int_to_f64(vm, &v);
    }
    let ty = o.type_of();
    let (f, i) = (vm.intern("__float__"), vm.intern("__index__"));
    if vm.type_lookup(&ty, &f).is_some() || vm.type_lookup(&ty, &i).is_some() {
        let r = number_float(vm, o)?;
        return Ok(r.downcast::<FloatBody>().map(|f| f.v).unwrap_or(0.0));
    }
    Err(vm.type_error(&format!("must be real number, not {}", vm.type_name(o))))
}

/// `math_1`: a libm function of one double with CPython's error rules.
fn math_1(vm: &mut Vm, name: &str, a: Args, kw: Kw, f: fn(f64) -> f64, can_overflow: bool) -> PyResult {
    let x = one(vm, name, a, kw)?;
    let x = as_double(vm, x)?;
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(domain(vm));
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow { range(vm) } else { domain(vm) });
    }
    Ok(vm.float(r))
}

macro_rules! func1 {
    ($($fname:ident, $name:expr, $f:expr, $ovf:expr);* $(;)?) => {
        $(fn $fname(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
            math_1(vm, $name, a, kw, $f, $ovf)
        })*
    };
}
func1! {
    m_acos, "acos", f64::acos, false; m_acosh, "acosh", f64::acosh, false; m_asin, "asin", f64::asin, false;
    m_asinh, "asinh", f64::asinh, false; m_atan, "atan", f64::atan, false; m_atanh, "atanh", f64::atanh, false;
    m_cbrt, "cbrt", f64::cbrt, false; m_cos, "cos", f64::cos, false; m_cosh, "cosh", f64::cosh, true;
    m_exp, "exp", f64::exp, true; m_exp2, "exp2", f64::exp2, true; m_expm1, "expm1", f64::exp_m1, true;
    m_fabs, "fabs", f64::abs, false; m_log1p, "log1p", f64::ln_1p, false; m_sin, "sin", f64::sin, false;
    m_sinh, "sinh", f64::sinh, true; m_sqrt, "sqrt", f64::sqrt, false; m_tan, "tan", f64::tan, false;
    m_tanh, "tanh", f64::tanh, false; m_erf, "erf", libm_erf, false; m_erfc, "erfc", libm_erfc, false;
}

extern "C" {
    fn erf(x: f64) -> f64;
    fn erfc(x: f64) -> f64;
    fn tgamma(x: f64) -> f64;
    fn lgamma_r(x: f64, sign: *mut i32) -> f64;
}
fn libm_erf(x: f64) -> f64 {
    unsafe { erf(x) }
}
fn libm_erfc(x: f64) -> f64 {
    unsafe { erfc(x) }
}

fn m_gamma(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    let x = one(vm, "gamma", a, kw)?;
    let x = as_double(vm, x)?;
    if x.is_nan() {
        return Ok(vm.float(x));
    }
    if x.is_infinite() {
        return if x > 0.0 { Ok(vm.float(x)) } else { Err(domain(vm)) };
    }
    if x == 0.0 || (x < 0.0 && x == x.floor()) {
        return Err(domain(vm));
    }
    let r = unsafe { tgamma(x) };
    if r.is_infinite() {
        return Err(range(vm));
    }
    Ok(vm.float(r))
}
fn m_lgamma(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    let x = one(vm, "lgamma", a, kw)?;
    let x = as_double(vm, x)?;
    if !x.is_finite() {
        return Ok(vm.float(x.abs()));
    }
    if x <= 0.0 && x == x.floor() {
        return Err(domain(vm));
    }
    let mut s = 0i32;
    let r = unsafe { lgamma_r(x, &mut s) };
    if r.is_infinite() {
        return Err(range(vm));
    }
    Ok(vm.float(r))
}

/// `loghelper`: ints of any size (log of m * 2**e), then the double.
fn loghelper(vm: &mut Vm, o: &ObjRef, f: fn(f64) -> f64) -> PyResult<f64> {
    if let Some(v) = view(o) {
        if v.is_negative() || matches!(v, IntView::Small(0)) {
            return Err(domain(vm));
        }
        let b = v.to_int();
        if let Some(x) = b.to_f64() {
            return Ok(f(x));
        }
        let e = b.bit_length() as i64;
        let m = b.scaled_to_f64(-e, false);
        return Ok(f(m) + f(2.0) * e as f64);
    }
    let x = as_double(vm, o)?;
    if x.is_nan() {
        return Ok(x);
    }
    if x <= 0.0 {
        return Err(domain(vm));
    }
    Ok(f(x))
}
fn m_log(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    no_kw(vm, "log", kw)?;
    if a.is_empty() || a.len() > 2 {
        return Err(vm.type_error(&format!(
            "log expected {} argument{}, got {}",
            if a.is_empty() { "at least 1" } else { "at most 2" },
            if a.is_empty() { "" } else { "s" },
            a.len()
        )));
    }
    let num = loghelper(vm, &a[0], f64::ln)?;
    if a.len() == 2 {
        let den = loghelper(vm, &a[1], f64::ln)?;
        if den == 0.0 {
            return Err(vm.err(&vm.e.zero_division_error, "float division by zero"));
        }
        return Ok(vm.float(num / den));
    }
    Ok(vm.float(num))
}
fn m_log2(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    let x = one(vm, "log2", a, kw)?;
    let r = loghelper(vm, x, f64::log2)?;
    Ok(vm.float(r))
}
fn m_log10(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    let x = one(vm, "log10", a, kw)?;
    let r = loghelper(vm, x, f64::log10)?;
    Ok(vm.float(r))
}

fn m_pow(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    let (x, y) = two(vm, "pow", a, kw)?;
    let (x, y) = (as_double(vm, x)?, as_double(vm, y)?);
    let r = if !x.is_finite() || !y.is_finite() {
        if x.is_nan() {
            if y == 0.0 { 1.0 } else { x }
        } else if y.is_nan() {
            if x == 1.0 { 1.0 } else { y }
        } else if x.is_infinite() {
            let odd_y = y.is_finite() && (y.abs() % 2.0) == 1.0;
            if x > 0.0 {
                if y > 0.0 { x } else { 0.0 }
            } else if y > 0.0 {
                if odd_y { x } else { x.abs() }
            } else if odd_y {
                0.0f64.copysign(x)
            } else {
                0.0
            }
        } else if x.abs() == 1.0 {
            1.0
        } else if (y > 0.0) == (x.abs() > 1.0) {
            y.abs()
        } else {
            0.0
        }
    } else {
        if x == 0.0 && y < 0.0 {
            return Err(domain(vm));
        }
        let r = x.powf(y);
        if r.is_nan() {
            return Err(domain(vm));
        }
        if r.is_infinite() {
            return Err(range(vm));
        }
        r
    };
    Ok(vm.float(r))
}

fn m_atan2(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    let (y, x) = two(vm, "atan2", a, kw)?;
    let (y, x) = (as_double(vm, y)?, as_double(vm, x)?);
    Ok(vm.float(y.atan2(x)))
}
fn m_copysign(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    let (x, y) = two(vm, "copysign", a, kw)?;
    let (x, y) = (as_double(vm, x)?, as_double(vm, y)?);
    Ok(vm.float(x.copysign(y)))
}
fn m_fmod(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    let (x, y) = two(vm, "fmod", a, kw)?;
    let (x, y) = (as_double(vm, x)?, as_double(vm, y)?);
    if y.is_infinite() && x.is_finite() {
        return Ok(vm.float(x));
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain(vm));
    }
    Ok(vm.float(r))
}
fn m_remainder(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    let (x, y) = two(vm, "remainder", a, kw)?;
    let (x, y) = (as_double(vm, x)?, as_double(vm, y)?);
    if x.is_nan() {
        return Ok(vm.float(x));
    }
    if y.is_nan() {
        return Ok(vm.float(y));
    }
    if x.is_infinite() || y == 0.0 {
        return Err(domain(vm));
    }
    if y.is_infinite() {
        return Ok(vm.float(x));
    }
    let (ax, ay) = (x.abs(), y.abs());
    let m = ax % ay;
    let c = ay - m;
    let r = if m < c {
        m
    } else if m > c {
        -c
    } else {
        m - 2.0 * ((0.5 * (ax - m)) % ay)
    };
    Ok(vm.float(1.0f64.copysign(x) * r))
}
fn m_hypot(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    no_kw(vm, "hypot", kw)?;
    let mut v = Vec::with_capacity(a.len());
    for x in a {
        v.push(as_double(vm, x)?);
    }
    Ok(vm.float(vector_norm(&v)))
}

/// The Euclidean norm, scaled by the largest magnitude (`vector_norm`).
fn vector_norm(v: &[f64]) -> f64 {
    let mut max = 0.0f64;
    let mut found_nan = false;
    for &x in v {
        let x = x.abs();
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
    }
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || v.len() <= 1 {
        return max;
    }
    if v.len() == 2 {
        return v[0].hypot(v[1]);
    }
    let mut parts: Vec<f64> = Vec::with_capacity(v.len() * 2);
    for &x in v {
        let y = x / max;
        let p = y * y;
        parts.push(p);
        parts.push(y.mul_add(y, -p));
    }
    fsum_values(&parts).map(|s| s.sqrt() * max).unwrap_or(f64::NAN)
}

fn m_dist(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    let (p, q) = two(vm, "dist", a, kw)?;
    let (p, q) = (vm.collect(&p.clone())?, vm.collect(&q.clone())?);
    if p.len() != q.len() {
        return Err(vm.value_error("both points must have the same number of dimensions"));
    }
    let mut d = Vec::with_capacity(p.len());
    for (x, y) in p.iter().zip(q.iter()) {
        let (x, y) = (as_double(vm, x)?, as_double(vm, y)?);
        d.push(x - y);
    }
    Ok(vm.float(vector_norm(&d)))
}

/// fsum over doubles: Ok(sum) or the error text (kind, message).
fn fsum_values(xs: &[f64]) -> Result<f64, (bool, &'static str)> {
    let mut p: Vec<f64> = Vec::new();
    let mut special = 0.0f64;
    let mut inf_sum = 0.0f64;
    for &x0 in xs {
        let mut x = x0;
        let mut i = 0;
        for j in 0..p.len() {
            let mut y = p[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let yr = hi - x;
            let lo = y - yr;
            if lo != 0.0 {
                p[i] = lo;
                i += 1;
            }
            x = hi;
        }
        p.truncate(i);
        if x != 0.0 {
            if !x.is_finite() {
                if x0.is_finite() {
                    return Err((true, "intermediate overflow in fsum"));
                }
                if x0.is_infinite() {
                    inf_sum += x0;
                }
                special += x0;
                p.clear();
            } else {
                p.push(x);
            }
        }
    }
    if special != 0.0 {
        if inf_sum.is_nan() {
            return Err((false, "-inf + inf in fsum"));
        }
        return Ok(special);
    }
    let mut n = p.len();
    let mut hi = 0.0;
    if n > 0 {
        n -= 1;
        hi = p[n];
        let mut lo = 0.0;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = p[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        if n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    Ok(hi)
}

fn m_fsum(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    let it = one(vm, "fsum", a, kw)?.clone();
    let items = vm.collect(&it)?;
    let mut xs = Vec::with_capacity(items.len());
    for x in &items {
        xs.push(as_double(vm, x)?);
    }
    match fsum_values(&xs) {
        Ok(s) => Ok(vm.float(s)),
        Err((true, m)) => Err(vm.err(&vm.e.overflow_error, m)),
        Err((false, m)) => Err(vm.value_error(m)),
    }
}

fn m_isclose(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    let p = lo::bind_args(vm, "isclose", a, kw, &["a", "b", "rel_tol", "abs_tol"], 2)?;
    let x = as_double(vm, p[0].as_ref().expect("required"))?;
    let y = as_double(vm, p[1].as_ref().expect("required"))?;
    let rel = match &p[2] {
        Some(r) => as_double(vm, r)?,
        None => 1e-9,
    };
    let abs = match &p[3] {
        Some(r) => as_double(vm, r)?,
        None => 0.0,
    };
    if rel < 0.0 || abs < 0.0 {
        return Err(vm.value_error("tolerances must be non-negative"));
    }
    if x == y {
        return Ok(vm.true_.clone());
    }
    if x.is_infinite() || y.is_infinite() {
        return Ok(vm.false_.clone());
    }
    let diff = (y - x).abs();
    let r = (diff <= (rel * y).abs()) || (diff <= (rel * x).abs()) || diff <= abs;
    Ok(vm.bool(r))
}

fn m_isfinite(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    let x = one(vm, "isfinite", a, kw)?;
    let x = as_double(vm, x)?;
    Ok(vm.bool(x.is_finite()))
}
fn m_isinf(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    let x = one(vm, "isinf", a, kw)?;
    let x = as_double(vm, x)?;
    Ok(vm.bool(x.is_infinite()))
}
fn m_isnan(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    let x = one(vm, "isnan", a, kw)?;
    let x = as_double(vm, x)?;
    Ok(vm.bool(x.is_nan()))
}
fn m_degrees(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    let x = one(vm, "degrees", a, kw)?;
    let x = as_double(vm, x)?;
    Ok(vm.float(x * (180.0 / std::f64::consts::PI)))
}
fn m_radians(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    let x = one(vm, "radians", a, kw)?;
    let x = as_double(vm, x)?;
    Ok(vm.float(x * (std::f64::consts::PI / 180.0)))
}

/// floor/ceil: ints as they are, floats converted, else `__floor__`/`__ceil__`, else the double.
fn round_fn(vm: &mut Vm, name: &str, dunder: &str, a: Args, kw: Kw, f: fn(f64) -> f64) -> PyResult {
    let x = one(vm, name, a, kw)?;
    if view(x).is_some() {
        return lo::int_exact(vm, x);
    }
    if let Some(v) = x.downcast::<FloatBody>() {
        return lo::float_to_int(vm, f(v.v));
    }
    let ty = x.type_of();
    let n = vm.intern(dunder);
    if let Some(m) = vm.type_lookup(&ty, &n) {
        return vm.call(&m, &[x.clone()], None);
    }
    let v = as_double(vm, x)?;
    lo::float_to_int(vm, f(v))
}
fn m_floor(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    round_fn(vm, "floor", "__floor__", a, kw, f64::floor)
}
fn m_ceil(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    round_fn(vm, "ceil", "__ceil__", a, kw, f64::ceil)
}
fn m_trunc(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    let x = one(vm, "trunc", a, kw)?;
    if view(x).is_some() {
        return lo::int_exact(vm, x);
    }
    if let Some(v) = x.downcast::<FloatBody>() {
        return lo::float_to_int(vm, v.v.trunc());
    }
    let ty = x.type_of();
    let n = vm.intern("__trunc__");
    if let Some(m) = vm.type_lookup(&ty, &n) {
        return vm.call(&m, &[x.clone()], None);
    }
    Err(vm.type_error(&format!("type {} doesn't define __trunc__ method", vm.type_name(x))))
}

fn frexp(x: f64) -> (f64, i64) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let (mut m, mut e) = (x, 0i64);
    if m.abs() < f64::MIN_POSITIVE {
        m *= 2f64.powi(54);
        e -= 54;
    }
    let bits = m.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    e += exp - 1022;
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, e)
}
fn m_frexp(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    let x = one(vm, "frexp", a, kw)?;
    let x = as_double(vm, x)?;
    let (m, e) = frexp(x);
    let (m, e) = (vm.float(m), vm.int(e));
    Ok(vm.tuple(vec![m, e]))
}
fn m_ldexp(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    let (x, i) = two(vm, "ldexp", a, kw)?;
    let x = as_double(vm, x)?;
    let Some(e) = view(i) else { return Err(vm.type_error("Expected an int as second argument to ldexp.")) };
    let e = match e {
        IntView::Small(v) => v,
        IntView::Big(b) => {
            if b.is_negative() {
                i64::MIN
            } else {
                i64::MAX
            }
        }
    };
    if x == 0.0 || !x.is_finite() {
        return Ok(vm.float(x));
    }
    let r = if e > 5000 {
        f64::INFINITY.copysign(x)
    } else if e < -5000 {
        0.0f64.copysign(x)
    } else {
        // Exact scaling of the mantissa, one final rounding for subnormal results.
        let (m, me) = frexp(x);
        let t = e + me;
        if t < -1074 - 53 {
            0.0f64.copysign(x)
        } else if t >= -1021 {
            ldexp(m, t)
        } else {
            // Round the 53-bit mantissa to the subnormal grid half to even.
            let mant = ldexp(m, 53) as i64; // exact integer
            let shift = -1074 - (t - 53);
            let (q, rem) = (mant.abs() >> shift.min(62), mant.abs() & ((1i64 << shift.min(62)) - 1));
            let half = 1i64 << (shift.min(62) - 1);
            let q = if rem > half || (rem == half && q & 1 == 1) { q + 1 } else { q };
            (q as f64 * 2f64.powi(-1074)).copysign(x)
        }
    };
    if r.is_infinite() {
        return Err(range(vm));
    }
    Ok(vm.float(r))
}
fn m_modf(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    let x = one(vm, "modf", a, kw)?;
    let x = as_double(vm, x)?;
    let (f, i) = if x.is_infinite() {
        (0.0f64.copysign(x), x)
    } else if x.is_nan() {
        (x, x)
    } else {
        let i = x.trunc();
        ((x - i).copysign(x), i)
    };
    let (f, i) = (vm.float(f), vm.float(i));
    Ok(vm.tuple(vec![f, i]))
}

fn index_int(vm: &mut Vm, o: &ObjRef) -> PyResult<Int> {
    let i = lo::index(vm, o)?;
    Ok(lo::to_big(&i).unwrap_or_default())
}

fn m_gcd(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    no_kw(vm, "gcd", kw)?;
    let mut g = Int::zero();
    for x in a {
        let v = index_int(vm, x)?;
        g = g.gcd(&v);
    }
    Ok(lo::new_int(vm, g))
}
fn m_lcm(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    no_kw(vm, "lcm", kw)?;
    let mut l = Int::one();
    for x in a {
        let v = index_int(vm, x)?.abs();
        if v.is_zero() || l.is_zero() {
            l = Int::zero();
            continue;
        }
        let g = l.gcd(&v);
        l = l.divrem_trunc(&g).map(|q| q.0).unwrap_or_default().mul(&v);
    }
    Ok(lo::new_int(vm, l))
}
fn m_isqrt(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    let x = one(vm, "isqrt", a, kw)?;
    let v = index_int(vm, x)?;
    if v.is_negative() {
        return Err(vm.value_error("isqrt() argument must be nonnegative"));
    }
    Ok(lo::new_int(vm, v.isqrt()))
}

/// The product of lo..hi (inclusive), by binary splitting.
fn range_product(lo_: u64, hi: u64) -> Int {
    if lo_ > hi {
        return Int::one();
    }
    if hi - lo_ < 16 {
        let mut acc = Int::one();
        let mut small: u64 = 1;
        for k in lo_..=hi {
            match small.checked_mul(k) {
                Some(s) => small = s,
                None => {
                    acc = acc.mul(&Int::from_u64(small));
                    small = k;
                }
            }
        }
        return acc.mul(&Int::from_u64(small));
    }
    let mid = lo_ + (hi - lo_) / 2;
    range_product(lo_, mid).mul(&range_product(mid + 1, hi))
}

fn m_factorial(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    let x = one(vm, "factorial", a, kw)?;
    let v = index_int(vm, x)?;
    if v.is_negative() {
        return Err(vm.value_error("factorial() not defined for negative values"));
    }
    let Some(n) = v.to_i64() else {
        return Err(vm.err(&vm.e.overflow_error, "factorial() argument should not exceed 9223372036854775807"));
    };
    Ok(lo::new_int(vm, range_product(1, n as u64)))
}

fn comb_perm_args(vm: &mut Vm, name: &str, a: Args, kw: Kw, k_optional: bool) -> PyResult<(Int, Option<Int>)> {
    no_kw(vm, name, kw)?;
    if a.len() > 2 || a.is_empty() || (!k_optional && a.len() != 2) {
        let msg = if k_optional {
            format!("{name} expected at {} {} argument{}, got {}", if a.is_empty() { "least" } else { "most" }, if a.is_empty() { 1 } else { 2 }, if a.is_empty() { "" } else { "s" }, a.len())
        } else {
            format!("{name} expected 2 arguments, got {}", a.len())
        };
        return Err(vm.type_error(&msg));
    }
    let n = index_int(vm, &a[0])?;
    let k = match a.get(1) {
        Some(k) if !k.is(&vm.none) => Some(index_int(vm, k)?),
        _ => None,
    };
    if n.is_negative() {
        return Err(vm.value_error("n must be a non-negative integer"));
    }
    if k.as_ref().is_some_and(|k| k.is_negative()) {
        return Err(vm.value_error("k must be a non-negative integer"));
    }
    Ok((n, k))
}

fn perm_value(n: &Int, k: &Int) -> Int {
    if k.cmp(n) == std::cmp::Ordering::Greater {
        return Int::zero();
    }
    let mut r = Int::one();
    let mut f = n.clone();
    let mut i = Int::zero();
    while i.cmp(k) == std::cmp::Ordering::Less {
        r = r.mul(&f);
        f = f.sub(&Int::one());
        i = i.add(&Int::one());
    }
    r
}

fn m_comb(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    let (n, k) = comb_perm_args(vm, "comb", a, kw, false)?;
    let mut k = k.unwrap_or_default();
    if k.cmp(&n) == std::cmp::Ordering::Greater {
        return Ok(vm.int(0));
    }
    let nk = n.sub(&k);
    if nk.cmp(&k) == std::cmp::Ordering::Less {
        k = nk;
    }
    // C(n, k) = prod (n - k + i) / i for i in 1..=k, exact at each step.
    let mut r = Int::one();
    let base = n.sub(&k);
    let mut i = Int::one();
    while i.cmp(&k) != std::cmp::Ordering::Greater {
        r = r.mul(&base.add(&i)).divrem_trunc(&i).map(|q| q.0).unwrap_or_default();
        i = i.add(&Int::one());
    }
    Ok(lo::new_int(vm, r))
}
fn m_perm(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    let (n, k) = comb_perm_args(vm, "perm", a, kw, true)?;
    let r = match k {
        None => range_product(1, n.to_i64().unwrap_or(0) as u64),
        Some(k) => perm_value(&n, &k),
    };
    Ok(lo::new_int(vm, r))
}

fn m_prod(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    let p = lo::bind_args(vm, "prod", a, kw, &["iterable", "start"], 1)?;
    let mut acc = p[1].clone().unwrap_or_else(|| vm.int(1));
    let items = vm.collect(p[0].as_ref().expect("required"))?;
    for x in items {
        acc = vm.binary_op(&acc, &x, 5)?;
    }
    Ok(acc)
}

fn m_sumprod(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    let (p, q) = two(vm, "sumprod", a, kw)?;
    let (p, q) = (vm.collect(&p.clone())?, vm.collect(&q.clone())?);
    if p.len() != q.len() {
        return Err(vm.value_error("Inputs are not the same length"));
    }
    let all_num = p.iter().chain(q.iter()).all(|o| o.downcast::<FloatBody>().is_some() || view(o).is_some());
    let any_float = p.iter().chain(q.iter()).any(|o| o.downcast::<FloatBody>().is_some());
    if all_num && any_float {
        let mut parts = Vec::with_capacity(p.len() * 2);
        for (x, y) in p.iter().zip(q.iter()) {
            let (x, y) = (as_double(vm, x)?, as_double(vm, y)?);
            let m = x * y;
            parts.push(m);
            if m.is_finite() {
                parts.push(x.mul_add(y, -m));
            }
        }
        return match fsum_values(&parts) {
            Ok(s) => Ok(vm.float(s)),
            Err(_) => Ok(vm.float(f64::NAN)),
        };
    }
    let mut acc = vm.int(0);
    for (x, y) in p.iter().zip(q.iter()) {
        let m = vm.binary_op(x, y, 5)?;
        acc = vm.binary_op(&acc, &m, 0)?;
    }
    Ok(acc)
}

fn ord_bits(x: f64) -> i64 {
    let b = x.to_bits() as i64;
    if b < 0 {
        i64::MIN.wrapping_sub(b)
    } else {
        b
    }
}
fn from_ord(o: i64) -> f64 {
    if o < 0 {
        f64::from_bits(i64::MIN.wrapping_sub(o) as u64)
    } else {
        f64::from_bits(o as u64)
    }
}

fn m_nextafter(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    let p = lo::bind_args(vm, "nextafter", a, kw, &["x", "y", "steps"], 2)?;
    let x = as_double(vm, p[0].as_ref().expect("required"))?;
    let y = as_double(vm, p[1].as_ref().expect("required"))?;
    let steps = match p[2].as_ref().filter(|s| !s.is(&vm.none)) {
        None => 1u64,
        Some(s) => {
            let v = index_int(vm, s)?;
            if v.is_negative() {
                return Err(vm.value_error("steps must be a non-negative integer"));
            }
            v.mag_u64().unwrap_or(u64::MAX)
        }
    };
    if x.is_nan() || y.is_nan() {
        return Ok(vm.float(x + y));
    }
    if steps == 0 {
        return Ok(vm.float(x));
    }
    if x == y {
        return Ok(vm.float(y));
    }
    let (ox, oy) = (ord_bits(x) as i128, ord_bits(y) as i128);
    let s = steps as i128;
    let r = if oy > ox { (ox + s).min(oy) } else { (ox - s).max(oy) };
    let r = if r == oy { y } else { from_ord(r as i64) };
    Ok(vm.float(r))
}
fn m_ulp(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    let x = one(vm, "ulp", a, kw)?;
    let x = as_double(vm, x)?;
    if x.is_nan() {
        return Ok(vm.float(x));
    }
    let x = x.abs();
    if x.is_infinite() {
        return Ok(vm.float(x));
    }
    let up = from_ord(ord_bits(x) + 1);
    let r = if up.is_infinite() { x - from_ord(ord_bits(x) - 1) } else { up - x };
    Ok(vm.float(r))
}
fn m_fma(vm: &mut Vm, a: Args, kw: Kw) -> PyResult {
    no_kw(vm, "fma", kw)?;
    if a.len() != 3 {
        return Err(vm.type_error(&format!("fma expected 3 arguments, got {}", a.len())));
    }
    let (x, y, z) = (as_double(vm, &a[0])?, as_double(vm, &a[1])?, as_double(vm, &a[2])?);
    let r = x.mul_add(y, z);
    if !r.is_finite() {
        if r.is_nan() {
            if !x.is_nan() && !y.is_nan() && !z.is_nan() {
                return Err(vm.value_error("invalid operation in fma"));
            }
        } else if x.is_finite() && y.is_finite() && z.is_finite() {
            return Err(vm.err(&vm.e.overflow_error, "overflow in fma"));
        }
    }
    Ok(vm.float(r))
}

pub fn make(vm: &mut Vm) -> ObjRef {
    let m = super::new_module(vm, "math");
    let d = m.downcast::<ModuleBody>().expect("module").dict.clone();
    let fns: &[(&'static str, NativeFn)] = &[
        ("acos", m_acos), ("acosh", m_acosh), ("asin", m_asin), ("asinh", m_asinh), ("atan", m_atan), ("atan2", m_atan2),
        ("atanh", m_atanh), ("cbrt", m_cbrt), ("ceil", m_ceil), ("comb", m_comb), ("copysign", m_copysign), ("cos", m_cos),
        ("cosh", m_cosh), ("degrees", m_degrees), ("dist", m_dist), ("erf", m_erf), ("erfc", m_erfc), ("exp", m_exp),
        ("exp2", m_exp2), ("expm1", m_expm1), ("fabs", m_fabs), ("factorial", m_factorial), ("floor", m_floor),
        ("fma", m_fma), ("fmod", m_fmod), ("frexp", m_frexp), ("fsum", m_fsum), ("gamma", m_gamma), ("gcd", m_gcd),
        ("hypot", m_hypot), ("isclose", m_isclose), ("isfinite", m_isfinite), ("isinf", m_isinf), ("isnan", m_isnan),
        ("isqrt", m_isqrt), ("lcm", m_lcm), ("ldexp", m_ldexp), ("lgamma", m_lgamma), ("log", m_log), ("log10", m_log10),
        ("log1p", m_log1p), ("log2", m_log2), ("modf", m_modf), ("nextafter", m_nextafter), ("perm", m_perm), ("pow", m_pow),
        ("prod", m_prod), ("radians", m_radians), ("remainder", m_remainder), ("sin", m_sin), ("sinh", m_sinh),
        ("sqrt", m_sqrt), ("sumprod", m_sumprod), ("tan", m_tan), ("tanh", m_tanh), ("trunc", m_trunc), ("ulp", m_ulp),
    ];
    for (name, f) in fns {
        let o = vm.builtin_fn(name, *f, None);
        vm.dict_set_str(&d, name, o);
    }
    for (name, v) in [
        ("pi", std::f64::consts::PI),
        ("e", std::f64::consts::E),
        ("tau", std::f64::consts::TAU),
        ("inf", f64::INFINITY),
        ("nan", f64::NAN),
    ] {
        let o = vm.float(v);
        vm.dict_set_str(&d, name, o);
    }
    m
}
