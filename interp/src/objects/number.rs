//! The numeric builtins (Python/bltinmodule.c `abs`, `divmod`, `pow`, `round`, `bin`, `oct`,
//! `hex`) over the number protocol of Objects/abstract.c (`PyNumber_Absolute`,
//! `PyNumber_Divmod`, `PyNumber_Power` with a modulus, `PyNumber_Index`).

use super::bodies::*;
use super::complexobject::{complex_abs, ComplexBody};
use super::floatobject::{as_f64, float_divmod, float_round};
use super::int::Int;
use super::longobject::{self as lo, view, IntView};
use super::object::ObjRef;
use super::typeobject::*;
use crate::vm::Vm;

type Args<'a> = &'a [ObjRef];
type Kw<'a> = Option<&'a ObjRef>;

fn one_arg<'a>(vm: &Vm, name: &str, args: Args<'a>, kw: Kw) -> PyResult<&'a ObjRef> {
    if kw.is_some_and(|k| k.downcast::<TupleBody>().is_some_and(|t| !t.items.is_empty())) {
        return Err(vm.type_error(&format!("{name}() takes no keyword arguments")));
    }
    if args.len() != 1 {
        return Err(vm.type_error(&format!("{name}() takes exactly one argument ({} given)", args.len())));
    }
    Ok(&args[0])
}

/// Calls `name` looked up on the type of `o` (a user class's dunder), if there is one.
fn call_special(vm: &mut Vm, o: &ObjRef, name: &str, rest: &[ObjRef]) -> PyResult<Option<ObjRef>> {
    let ty = o.type_of();
    let n = vm.intern(name);
    let Some(f) = vm.type_lookup(&ty, &n) else { return Ok(None) };
    let mut a = vec![o.clone()];
    a.extend_from_slice(rest);
    vm.call(&f, &a, None).map(Some)
}

fn b_abs(vm: &mut Vm, args: Args, kw: Kw) -> PyResult {
    let x = one_arg(vm, "abs", args, kw)?;
    if view(x).is_some() {
        return lo::int_abs(vm, x);
    }
    if let Some(f) = x.downcast::<FloatBody>() {
        return Ok(vm.float(f.v.abs()));
    }
    if x.downcast::<ComplexBody>().is_some() {
        return complex_abs(vm, x);
    }
    if let Some(r) = call_special(vm, x, "__abs__", &[])? {
        return Ok(r);
    }
    Err(vm.type_error(&format!("bad operand type for abs(): '{}'", vm.type_name(x))))
}

/// `divmod(a, b)`.
pub fn divmod(vm: &mut Vm, a: &ObjRef, b: &ObjRef) -> PyResult {
    if let (Some(x), Some(y)) = (view(a), view(b)) {
        let (x, y) = (x.to_int().into_owned(), y.to_int().into_owned());
        let Some((q, r)) = x.divmod_floor(&y) else {
            return Err(vm.err(&vm.e.zero_division_error, "integer division or modulo by zero"));
        };
        let (q, r) = (lo::new_int(vm, q), lo::new_int(vm, r));
        return Ok(vm.tuple(vec![q, r]));
    }
    let builtin = |o: &ObjRef| view(o).is_some() || o.downcast::<FloatBody>().is_some();
    if builtin(a) && builtin(b) {
        let (x, y) = (as_f64(vm, a).expect("number")?, as_f64(vm, b).expect("number")?);
        if y == 0.0 {
            return Err(vm.err(&vm.e.zero_division_error, "float divmod()"));
        }
        let (q, r) = float_divmod(x, y);
        let (q, r) = (vm.float(q), vm.float(r));
        return Ok(vm.tuple(vec![q, r]));
    }
    let native = |o: &ObjRef| builtin(o) || o.downcast::<ComplexBody>().is_some();
    if !native(a) {
        if let Some(r) = call_special(vm, a, "__divmod__", &[b.clone()])? {
            if !r.is(&vm.notimpl) {
                return Ok(r);
            }
        }
    }
    if !native(b) {
        if let Some(r) = call_special(vm, b, "__rdivmod__", &[a.clone()])? {
            if !r.is(&vm.notimpl) {
                return Ok(r);
            }
        }
    }
    Err(vm.type_error(&format!("unsupported operand type(s) for divmod(): '{}' and '{}'", vm.type_name(a), vm.type_name(b))))
}

fn b_divmod(vm: &mut Vm, args: Args, kw: Kw) -> PyResult {
    if kw.is_some_and(|k| k.downcast::<TupleBody>().is_some_and(|t| !t.items.is_empty())) {
        return Err(vm.type_error("divmod() takes no keyword arguments"));
    }
    if args.len() != 2 {
        return Err(vm.type_error(&format!("divmod expected 2 arguments, got {}", args.len())));
    }
    divmod(vm, &args[0], &args[1])
}

/// `pow(base, exp, mod)` for three ints (`long_pow` with a modulus).
pub fn int_pow_mod(vm: &mut Vm, b: &Int, e: &Int, m: &Int) -> PyResult {
    if m.is_zero() {
        return Err(vm.value_error("pow() 3rd argument cannot be 0"));
    }
    let mut base = b.clone();
    let mut e = e.clone();
    if e.is_negative() {
        match base.inverse_mod(&m.abs()) {
            Some(inv) => base = inv,
            None => return Err(vm.value_error("base is not invertible for the given modulus")),
        }
        e = e.neg();
    }
    Ok(lo::new_int(vm, base.pow_mod(&e, m)))
}

fn b_pow(vm: &mut Vm, args: Args, kw: Kw) -> PyResult {
    let p = lo::bind_args(vm, "pow", args, kw, &["base", "exp", "mod"], 2)?;
    let (b, e) = (p[0].clone().expect("required"), p[1].clone().expect("required"));
    let m = p[2].clone().filter(|m| !m.is(&vm.none));
    let Some(m) = m else { return vm.binary_op(&b, &e, 8) };
    if let (Some(x), Some(y), Some(z)) = (view(&b), view(&e), view(&m)) {
        let (x, y, z) = (x.to_int().into_owned(), y.to_int().into_owned(), z.to_int().into_owned());
        return int_pow_mod(vm, &x, &y, &z);
    }
    if [&b, &e, &m].iter().any(|o| o.downcast::<ComplexBody>().is_some()) {
        return Err(vm.value_error("complex modulo"));
    }
    let num = |o: &ObjRef| view(o).is_some() || o.downcast::<FloatBody>().is_some();
    if num(&b) && num(&e) && num(&m) {
        return Err(vm.type_error("pow() 3rd argument not allowed unless all arguments are integers"));
    }
    // `ternary_op`: the base's slot, then the exponent's (a user `__pow__` with three
    // arguments applies only to its own instances); the modulus's type is never asked.
    let native = |o: &ObjRef| num(o) || o.downcast::<ComplexBody>().is_some();
    if !native(&b) {
        if let Some(r) = call_special(vm, &b, "__pow__", &[e.clone(), m.clone()])? {
            if !r.is(&vm.notimpl) {
                return Ok(r);
            }
        }
    }
    Err(vm.type_error(&format!(
        "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
        vm.type_name(&b),
        vm.type_name(&e),
        vm.type_name(&m)
    )))
}

fn b_round(vm: &mut Vm, args: Args, kw: Kw) -> PyResult {
    let p = lo::bind_args(vm, "round", args, kw, &["number", "ndigits"], 1)?;
    let x = p[0].clone().expect("required");
    let nd = p[1].clone();
    if view(&x).is_some() {
        let (it, n) = (vm.t.int.clone(), vm.intern("__round__"));
        let m = vm.type_lookup(&it, &n);
        if let Some(m) = m {
            let mut a = vec![x.clone()];
            a.extend(nd);
            return vm.call(&m, &a, None);
        }
    }
    if let Some(f) = x.downcast::<FloatBody>() {
        return float_round(vm, f.v, nd.as_ref());
    }
    let rest: Vec<ObjRef> = nd.into_iter().collect();
    if let Some(r) = call_special(vm, &x, "__round__", &rest)? {
        return Ok(r);
    }
    Err(vm.type_error(&format!("type {} doesn't define __round__ method", vm.type_name(&x))))
}

fn base_fmt(vm: &mut Vm, name: &str, args: Args, kw: Kw, f: fn(&Int) -> String) -> PyResult {
    let x = one_arg(vm, name, args, kw)?.clone();
    let i = lo::index(vm, &x)?;
    let s = match view(&i) {
        Some(IntView::Small(v)) => f(&Int::from_i64(v)),
        Some(IntView::Big(b)) => f(b),
        None => String::new(),
    };
    Ok(vm.str(&s))
}
fn b_bin(vm: &mut Vm, args: Args, kw: Kw) -> PyResult {
    base_fmt(vm, "bin", args, kw, super::int_format::bin)
}
fn b_oct(vm: &mut Vm, args: Args, kw: Kw) -> PyResult {
    base_fmt(vm, "oct", args, kw, super::int_format::oct)
}
fn b_hex(vm: &mut Vm, args: Args, kw: Kw) -> PyResult {
    base_fmt(vm, "hex", args, kw, super::int_format::hex)
}

/// Installs the numeric types' slots and methods and these builtins.
pub fn install(vm: &mut Vm) {
    lo::install(vm);
    super::floatobject::install(vm);
    super::complexobject::install(vm);
    let b = vm.builtins.clone();
    let fns: &[(&'static str, NativeFn)] =
        &[("abs", b_abs), ("divmod", b_divmod), ("pow", b_pow), ("round", b_round), ("bin", b_bin), ("oct", b_oct), ("hex", b_hex)];
    for (name, f) in fns {
        let o = vm.builtin_fn(name, *f, None);
        vm.dict_set_str(&b, name, o);
    }
}
