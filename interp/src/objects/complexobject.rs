//! The `complex` type (Objects/complexobject.c): arithmetic with ints and floats (`_Py_c_sum`,
//! `_Py_c_prod`, Smith's division `_Py_c_quot`, `_Py_c_pow` and the repeated squaring of
//! `c_powi` for small integral exponents), equality with ints and floats, the hash that agrees
//! with theirs, `abs`, the repr, and `complex()` itself (numbers, `__complex__`, strings).

use super::bodies::*;
use super::floatobject::as_f64;
use super::longobject::{self as lo, int_float_cmp, text_err, view};
use super::object::{alloc, ObjRef};
use super::typeobject::*;
use crate::vm::Vm;
use std::cmp::Ordering;

/// `PyComplexObject`: the real and imaginary parts.
pub struct ComplexBody {
    pub re: f64,
    pub im: f64,
}
crate::impl_body!(ComplexBody, "complex");

type Args<'a> = &'a [ObjRef];
type Kw<'a> = Option<&'a ObjRef>;
type C = (f64, f64);

pub fn new_complex(vm: &Vm, re: f64, im: f64) -> ObjRef {
    alloc(&vm.t.complex, ComplexBody { re, im })
}

/// The value of a complex, float or int operand (`TO_COMPLEX`); None for other types.
fn as_c(vm: &Vm, o: &ObjRef) -> Option<PyResult<C>> {
    if let Some(c) = o.downcast::<ComplexBody>() {
        return Some(Ok((c.re, c.im)));
    }
    as_f64(vm, o).map(|r| r.map(|x| (x, 0.0)))
}

pub(crate) fn prod(a: C, b: C) -> C {
    (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)
}

/// `_Py_c_quot` (Smith's method); None for a zero divisor. Also used by the constant folder.
pub(crate) fn quot(a: C, b: C) -> Option<C> {
    let (abs_br, abs_bi) = (b.0.abs(), b.1.abs());
    if abs_br >= abs_bi {
        if abs_br == 0.0 {
            return None;
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        Some(((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom))
    } else if abs_bi >= abs_br {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        Some(((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom))
    } else {
        Some((f64::NAN, f64::NAN))
    }
}

fn powu(x: C, n: u64) -> C {
    let mut r = (1.0, 0.0);
    let mut p = x;
    let mut mask = 1u64;
    while mask > 0 && n >= mask {
        if n & mask != 0 {
            r = prod(r, p);
        }
        mask <<= 1;
        p = prod(p, p);
    }
    r
}

/// `complex_pow` on two values.
pub fn complex_pow_values(vm: &mut Vm, a: C, b: C) -> PyResult {
    let domain = || vm.err(&vm.e.zero_division_error, "0.0 to a negative or complex power");
    let p = if b.1 == 0.0 && b.0 == b.0.floor() && b.0.abs() <= 100.0 {
        let n = b.0 as i64;
        if n > 0 {
            powu(a, n as u64)
        } else {
            match quot((1.0, 0.0), powu(a, n.unsigned_abs())) {
                Some(q) => q,
                None => return Err(domain()),
            }
        }
    } else if b.0 == 0.0 && b.1 == 0.0 {
        (1.0, 0.0)
    } else if a.0 == 0.0 && a.1 == 0.0 {
        if b.1 != 0.0 || b.0 < 0.0 {
            return Err(domain());
        }
        (0.0, 0.0)
    } else {
        let vabs = a.0.hypot(a.1);
        let mut len = vabs.powf(b.0);
        let at = a.1.atan2(a.0);
        let mut phase = at * b.0;
        if b.1 != 0.0 {
            len /= (at * b.1).exp();
            phase += b.1 * vabs.ln();
        }
        (len * phase.cos(), len * phase.sin())
    };
    if p.0.is_infinite() || p.1.is_infinite() {
        return Err(vm.err(&vm.e.overflow_error, "complex exponentiation"));
    }
    Ok(new_complex(vm, p.0, p.1))
}

fn complex_number(vm: &mut Vm, a: &ObjRef, b: &ObjRef, op: u32) -> PyResult {
    if !matches!(op, 0 | 10 | 5 | 11 | 8) {
        return Ok(vm.notimpl.clone());
    }
    let (Some(x), Some(y)) = (as_c(vm, a), as_c(vm, b)) else { return Ok(vm.notimpl.clone()) };
    let (x, y) = (x?, y?);
    let r = match op {
        0 => (x.0 + y.0, x.1 + y.1),
        10 => (x.0 - y.0, x.1 - y.1),
        5 => prod(x, y),
        11 => match quot(x, y) {
            Some(q) => q,
            None => return Err(vm.err(&vm.e.zero_division_error, "complex division by zero")),
        },
        _ => return complex_pow_values(vm, x, y),
    };
    Ok(new_complex(vm, r.0, r.1))
}

fn complex_richcompare(vm: &mut Vm, a: &ObjRef, b: &ObjRef, op: CmpOp) -> PyResult {
    let Some(x) = a.downcast::<ComplexBody>() else { return Ok(vm.notimpl.clone()) };
    if op != CmpOp::Eq && op != CmpOp::Ne {
        return Ok(vm.notimpl.clone());
    }
    let eq = if let Some(i) = view(b) {
        x.im == 0.0 && int_float_cmp(&i, x.re) == Some(Ordering::Equal)
    } else if let Some(f) = b.downcast::<FloatBody>() {
        x.im == 0.0 && x.re == f.v
    } else if let Some(y) = b.downcast::<ComplexBody>() {
        x.re == y.re && x.im == y.im
    } else {
        return Ok(vm.notimpl.clone());
    };
    Ok(vm.bool(eq == (op == CmpOp::Eq)))
}

fn hash_part(o: &ObjRef, x: f64) -> u64 {
    if x.is_nan() {
        let a = o.addr();
        return a.rotate_right(4) as u64;
    }
    super::slots::float_hash(x) as u64
}

fn complex_hash(_vm: &mut Vm, o: &ObjRef) -> PyResult<i64> {
    let c = o.downcast::<ComplexBody>().expect("complex");
    let combined = hash_part(o, c.re).wrapping_add(1000003u64.wrapping_mul(hash_part(o, c.im)));
    let h = combined as i64;
    Ok(if h == -1 { -2 } else { h })
}

fn complex_repr(vm: &mut Vm, o: &ObjRef) -> PyResult {
    let c = o.downcast::<ComplexBody>().expect("complex");
    Ok(vm.str(&super::float::complex_repr(c.re, c.im)))
}
fn complex_bool(_vm: &mut Vm, o: &ObjRef) -> PyResult<bool> {
    let c = o.downcast::<ComplexBody>().expect("complex");
    Ok(c.re != 0.0 || c.im != 0.0)
}
fn complex_neg(vm: &mut Vm, o: &ObjRef) -> PyResult {
    let c = o.downcast::<ComplexBody>().expect("complex");
    Ok(new_complex(vm, -c.re, -c.im))
}
fn complex_pos(vm: &mut Vm, o: &ObjRef) -> PyResult {
    if o.is_exact(&vm.t.complex) {
        return Ok(o.clone());
    }
    let c = o.downcast::<ComplexBody>().expect("complex");
    Ok(new_complex(vm, c.re, c.im))
}

/// `abs(z)`.
pub fn complex_abs(vm: &mut Vm, o: &ObjRef) -> PyResult {
    let c = o.downcast::<ComplexBody>().expect("complex");
    let r = if c.re.is_infinite() || c.im.is_infinite() {
        f64::INFINITY
    } else if c.re.is_nan() || c.im.is_nan() {
        f64::NAN
    } else {
        let r = c.re.hypot(c.im);
        if r.is_infinite() {
            return Err(vm.err(&vm.e.overflow_error, "absolute value too large"));
        }
        r
    };
    Ok(vm.float(r))
}

fn cval(vm: &Vm, a: Args, name: &str) -> PyResult<C> {
    match a.first().and_then(|o| o.downcast::<ComplexBody>()) {
        Some(c) => Ok((c.re, c.im)),
        None => Err(vm.type_error(&format!(
            "descriptor '{name}' for 'complex' objects doesn't apply to a '{}' object",
            a.first().map(|x| vm.type_name(x)).unwrap_or_default()
        ))),
    }
}
fn m_conjugate(vm: &mut Vm, a: Args, _kw: Kw) -> PyResult {
    let c = cval(vm, a, "conjugate")?;
    Ok(new_complex(vm, c.0, -c.1))
}
fn m_complex(vm: &mut Vm, a: Args, _kw: Kw) -> PyResult {
    let c = cval(vm, a, "__complex__")?;
    if a[0].is_exact(&vm.t.complex) {
        return Ok(a[0].clone());
    }
    Ok(new_complex(vm, c.0, c.1))
}
fn m_abs(vm: &mut Vm, a: Args, _kw: Kw) -> PyResult {
    cval(vm, a, "__abs__")?;
    complex_abs(vm, &a[0])
}
fn m_bool(vm: &mut Vm, a: Args, _kw: Kw) -> PyResult {
    let c = cval(vm, a, "__bool__")?;
    Ok(vm.bool(c.0 != 0.0 || c.1 != 0.0))
}
fn m_getnewargs(vm: &mut Vm, a: Args, _kw: Kw) -> PyResult {
    let c = cval(vm, a, "__getnewargs__")?;
    let (r, i) = (vm.float(c.0), vm.float(c.1));
    Ok(vm.tuple(vec![r, i]))
}
fn m_sizeof(vm: &mut Vm, a: Args, _kw: Kw) -> PyResult {
    cval(vm, a, "__sizeof__")?;
    Ok(vm.int(32))
}
fn g_real(vm: &mut Vm, a: Args, _kw: Kw) -> PyResult {
    let c = cval(vm, a, "real")?;
    Ok(vm.float(c.0))
}
fn g_imag(vm: &mut Vm, a: Args, _kw: Kw) -> PyResult {
    let c = cval(vm, a, "imag")?;
    Ok(vm.float(c.1))
}

/// `__complex__` of a non-complex object, if its type has one.
fn try_complex_special(vm: &mut Vm, x: &ObjRef) -> PyResult<Option<ObjRef>> {
    if x.downcast::<ComplexBody>().is_some() {
        return Ok(None);
    }
    let ty = x.type_of();
    let n = vm.intern("__complex__");
    let Some(f) = vm.type_lookup(&ty, &n) else { return Ok(None) };
    let r = vm.call(&f, &[x.clone()], None)?;
    if r.downcast::<ComplexBody>().is_none() {
        return Err(vm.type_error(&format!("__complex__ returned non-complex (type {})", vm.type_name(&r))));
    }
    Ok(Some(r))
}

fn is_number(vm: &mut Vm, x: &ObjRef) -> bool {
    if x.downcast::<ComplexBody>().is_some() || x.downcast::<FloatBody>().is_some() || view(x).is_some() {
        return true;
    }
    let ty = x.type_of();
    let (f, i) = (vm.intern("__float__"), vm.intern("__index__"));
    vm.type_lookup(&ty, &f).is_some() || vm.type_lookup(&ty, &i).is_some()
}

fn complex_new(vm: &mut Vm, t: &ObjRef, args: Args, kw: Kw) -> PyResult {
    let p = lo::bind_args(vm, "complex", args, kw, &["real", "imag"], 0)?;
    if !t.is(&vm.t.complex) {
        return Err(vm.type_error(&format!("pyref: subclassing '{}' is not built yet", tp(t).name())));
    }
    let r = p[0].clone().unwrap_or_else(|| vm.int(0));
    let i = p[1].clone();
    if r.is_exact(&vm.t.complex) && i.is_none() {
        return Ok(r);
    }
    if let Some(s) = r.downcast::<StrBody>() {
        if i.is_some() {
            return Err(vm.type_error("complex() can't take second arg if first is a string"));
        }
        let cps: Vec<u32> = s.code_points().collect();
        let (re, im) = super::float_format::complex_from_str(&cps).map_err(|e| text_err(vm, e))?;
        return Ok(new_complex(vm, re, im));
    }
    if i.as_ref().is_some_and(|i| i.downcast::<StrBody>().is_some()) {
        return Err(vm.type_error("complex() second arg can't be a string"));
    }
    let r = try_complex_special(vm, &r)?.unwrap_or(r);
    if !is_number(vm, &r) {
        return Err(vm.type_error(&format!("complex() first argument must be a string or a number, not '{}'", vm.type_name(&r))));
    }
    if let Some(iv) = &i {
        if !is_number(vm, iv) {
            return Err(vm.type_error(&format!("complex() second argument must be a number, not '{}'", vm.type_name(iv))));
        }
    }
    let (mut cr, cr_is_complex) = match r.downcast::<ComplexBody>() {
        Some(c) => ((c.re, c.im), true),
        None => {
            let f = super::floatobject::number_float(vm, &r)?;
            ((f.downcast::<FloatBody>().map(|f| f.v).unwrap_or(0.0), 0.0), false)
        }
    };
    let (mut ci, ci_is_complex) = match &i {
        None => ((cr.1, 0.0), false),
        Some(iv) => match iv.downcast::<ComplexBody>() {
            Some(c) => ((c.re, c.im), true),
            None => {
                let f = super::floatobject::number_float(vm, iv)?;
                ((f.downcast::<FloatBody>().map(|f| f.v).unwrap_or(0.0), 0.0), false)
            }
        },
    };
    if ci_is_complex {
        cr.0 -= ci.1;
    }
    if cr_is_complex && i.is_some() {
        ci.0 += cr.1;
    }
    Ok(new_complex(vm, cr.0, ci.0))
}

pub fn install(vm: &mut Vm) {
    let ty = vm.t.complex.clone();
    {
        let s = &tp(&ty).slots;
        s.repr.set(Some(complex_repr));
        s.hash.set(Some(complex_hash));
        s.nb_bool.set(Some(complex_bool));
        s.nb_number.set(Some(complex_number));
        s.richcompare.set(Some(complex_richcompare));
        s.nb_negative.set(Some(complex_neg));
        s.nb_positive.set(Some(complex_pos));
        s.new.set(Some(complex_new));
    }
    let mut methods: Vec<(&'static str, NativeFn)> = vec![
        ("conjugate", m_conjugate),
        ("__complex__", m_complex),
        ("__abs__", m_abs),
        ("__bool__", m_bool),
        ("__getnewargs__", m_getnewargs),
        ("__sizeof__", m_sizeof),
    ];
    methods.extend(lo::number_dunders(false).into_iter().filter(|(n, _)| !n.contains("divmod")));
    methods.extend(lo::common_dunders());
    lo::add_methods(vm, &ty, &methods);
    lo::add_getter(vm, &ty, "real", g_real);
    lo::add_getter(vm, &ty, "imag", g_imag);
    let b = vm.builtins.clone();
    vm.dict_set_str(&b, "complex", ty);
}
