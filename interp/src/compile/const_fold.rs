//! The operations the AST optimiser folds (Python/ast_opt.c `fold_unaryop`, `fold_binop`,
//! `fold_subscr`, `safe_multiply`, `safe_power`, `safe_lshift`, `safe_mod`), computed as the
//! number and sequence methods of Objects/{longobject,floatobject,complexobject}.c do. `None`
//! means "not folded": CPython's limits refused it or the operation raised.

use crate::ast::{Constant, Operator, UnaryOperator};
use crate::objects::int::Int;

/// Limits of ast_opt.c: bits of an int operand, items of a tuple, characters of a str or bytes,
/// items of nested tuples.
const MAX_INT_SIZE: u64 = 128;
const MAX_COLLECTION_SIZE: i64 = 256;
const MAX_STR_SIZE: i64 = 4096;
const MAX_TOTAL_ITEMS: i64 = 1024;

#[derive(Clone)]
enum Num {
    I(Int),
    F(f64),
    C(f64, f64),
}

// The run-time types' arithmetic on doubles, shared so that a folded constant is the value the
// operation computes at run time.
use crate::objects::complexobject::{prod as c_prod, quot as c_quot};
use crate::objects::floatobject::float_divmod;

fn num(c: &Constant) -> Option<Num> {
    Some(match c {
        Constant::Bool(b) => Num::I(Int::from_i64(*b as i64)),
        Constant::Int(i) => Num::I(i.clone()),
        Constant::Float(f) => Num::F(*f),
        Constant::Complex(r, i) => Num::C(*r, *i),
        _ => return None,
    })
}

fn from_num(n: Num) -> Constant {
    match n {
        Num::I(v) => Constant::Int(v),
        Num::F(f) => Constant::Float(f),
        Num::C(r, i) => Constant::Complex(r, i),
    }
}

/// `PyFloat_AsDouble` of an int or float operand (an int too large overflows).
fn as_f(n: &Num) -> Option<f64> {
    match n {
        Num::I(v) => v.to_f64(),
        Num::F(f) => Some(*f),
        Num::C(..) => None,
    }
}

fn as_c(n: &Num) -> Option<(f64, f64)> {
    match n {
        Num::C(r, i) => Some((*r, *i)),
        _ => Some((as_f(n)?, 0.0)),
    }
}

fn is_odd_integer(x: f64) -> bool {
    x.is_finite() && x.fract() == 0.0 && (x % 2.0).abs() == 1.0
}

/// `float_pow`: a negative base with a fractional exponent goes to complex pow.
fn float_pow(iv: f64, iw: f64) -> Option<Num> {
    if iw == 0.0 {
        return Some(Num::F(1.0));
    }
    if iv.is_nan() {
        return Some(Num::F(iv));
    }
    if iw.is_nan() {
        return Some(Num::F(if iv == 1.0 { 1.0 } else { iw }));
    }
    if iw.is_infinite() {
        let a = iv.abs();
        return Some(Num::F(if a == 1.0 {
            1.0
        } else if (iw > 0.0) == (a > 1.0) {
            iw.abs()
        } else {
            0.0
        }));
    }
    if iv.is_infinite() {
        let odd = is_odd_integer(iw);
        return Some(Num::F(if iw > 0.0 {
            if odd {
                iv
            } else {
                iv.abs()
            }
        } else if odd {
            0.0f64.copysign(iv)
        } else {
            0.0
        }));
    }
    if iv == 0.0 {
        if iw < 0.0 {
            return None;
        }
        return Some(Num::F(if is_odd_integer(iw) { iv } else { 0.0 }));
    }
    let mut base = iv;
    let mut negate = false;
    if iv < 0.0 {
        if iw != iw.floor() {
            let (r, i) = complex_pow((iv, 0.0), (iw, 0.0))?;
            return Some(Num::C(r, i));
        }
        base = -iv;
        negate = is_odd_integer(iw);
    }
    if base == 1.0 {
        return Some(Num::F(if negate { -1.0 } else { 1.0 }));
    }
    let ix = base.powf(iw);
    if ix.is_infinite() {
        return None;
    }
    Some(Num::F(if negate { -ix } else { ix }))
}

/// `complex_pow`: small integral exponents by repeated squaring, others by polar form. None on
/// a zero base with a negative or complex exponent, and on overflow.
fn complex_pow(a: (f64, f64), b: (f64, f64)) -> Option<(f64, f64)> {
    let p = if b.1 == 0.0 && b.0 == b.0.floor() && b.0.abs() <= 100.0 {
        let n = b.0 as i64;
        let powu = |x: (f64, f64), n: i64| {
            let mut r = (1.0, 0.0);
            let mut p = x;
            let mut mask = 1i64;
            while mask > 0 && n >= mask {
                if n & mask != 0 {
                    r = c_prod(r, p);
                }
                mask <<= 1;
                p = c_prod(p, p);
            }
            r
        };
        if n > 0 {
            powu(a, n)
        } else {
            c_quot((1.0, 0.0), powu(a, -n))?
        }
    } else if b.0 == 0.0 && b.1 == 0.0 {
        (1.0, 0.0)
    } else if a.0 == 0.0 && a.1 == 0.0 {
        if b.1 != 0.0 || b.0 < 0.0 {
            return None;
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
        // cos and sin of an infinite angle fail with EDOM, which complex_pow reports.
        if phase.is_infinite() {
            return None;
        }
        (len * phase.cos(), len * phase.sin())
    };
    if p.0.is_infinite() || p.1.is_infinite() {
        return None;
    }
    Some(p)
}

pub fn fold_unary(op: UnaryOperator, c: &Constant) -> Option<Constant> {
    if op == UnaryOperator::Not {
        let t = match c {
            Constant::None => false,
            Constant::Bool(b) => *b,
            Constant::Int(i) => !i.is_zero(),
            Constant::Float(f) => *f != 0.0,
            Constant::Complex(r, i) => *r != 0.0 || *i != 0.0,
            Constant::Str(s) => !s.is_empty(),
            Constant::Bytes(b) => !b.is_empty(),
            Constant::Tuple(t) | Constant::FrozenSet(t) => !t.is_empty(),
            Constant::Ellipsis => true,
        };
        return Some(Constant::Bool(!t));
    }
    let n = num(c)?;
    Some(match (op, n) {
        (UnaryOperator::USub, Num::I(v)) => Constant::Int(v.neg()),
        (UnaryOperator::USub, Num::F(f)) => Constant::Float(-f),
        (UnaryOperator::USub, Num::C(r, i)) => Constant::Complex(-r, -i),
        (UnaryOperator::UAdd, n) => from_num(n),
        (UnaryOperator::Invert, Num::I(v)) => Constant::Int(v.invert()),
        _ => return None,
    })
}

/// `check_complexity`: what is left of `limit` after counting the items of nested tuples.
fn check_complexity(c: &Constant, mut limit: i64) -> i64 {
    if let Constant::Tuple(t) = c {
        limit -= t.len() as i64;
        for x in t.iter() {
            if limit < 0 {
                break;
            }
            limit = check_complexity(x, limit);
        }
    }
    limit
}

/// `seq * n` within ast_opt.c's limits.
fn repeat(seq: &Constant, n: &Constant) -> Option<Constant> {
    let n = match n {
        Constant::Int(i) => i.to_i64()?,
        Constant::Bool(b) => *b as i64,
        _ => return None,
    };
    let (size, limit) = match seq {
        Constant::Str(s) => (s.char_len() as i64, MAX_STR_SIZE),
        Constant::Bytes(b) => (b.len() as i64, MAX_STR_SIZE),
        Constant::Tuple(t) => (t.len() as i64, MAX_COLLECTION_SIZE),
        _ => return None,
    };
    if size > 0 {
        if n < 0 || n > limit / size {
            return None;
        }
        if n > 0 && matches!(seq, Constant::Tuple(_)) && check_complexity(seq, MAX_TOTAL_ITEMS / n) < 0 {
            return None;
        }
    }
    let k = n.max(0) as usize;
    Some(match seq {
        Constant::Str(a) => {
            let mut b = crate::objects::pystr::PyStrBuilder::default();
            for _ in 0..if a.is_empty() { 0 } else { k } {
                b.push_pystr(a);
            }
            Constant::Str(b.finish())
        }
        Constant::Bytes(a) => Constant::Bytes(if a.is_empty() { Box::default() } else { a.repeat(k).into_boxed_slice() }),
        Constant::Tuple(a) => {
            let mut v = Vec::new();
            if !a.is_empty() {
                for _ in 0..k {
                    v.extend_from_slice(a);
                }
            }
            Constant::Tuple(v.into_boxed_slice())
        }
        _ => return None,
    })
}

fn int_binop(x: &Int, op: Operator, y: &Int) -> Option<Num> {
    use Operator::*;
    Some(Num::I(match op {
        Add => x.add(y),
        Sub => x.sub(y),
        Mult => {
            if !x.is_zero() && !y.is_zero() && x.bit_length() + y.bit_length() > MAX_INT_SIZE {
                return None;
            }
            x.mul(y)
        }
        Div => return Some(Num::F(x.true_div_folded(y)?)),
        FloorDiv => x.divmod(y)?.0,
        Mod => x.divmod(y)?.1,
        Pow => {
            if y.is_negative() {
                return float_pow(x.to_f64()?, y.to_f64()?);
            }
            if x.is_zero() {
                return Some(Num::I(Int::from_i64(y.is_zero() as i64)));
            }
            if y.is_zero() {
                return Some(Num::I(Int::from_i64(1)));
            }
            let w = y.to_i64()? as u64;
            if x.bit_length() > MAX_INT_SIZE / w {
                return None;
            }
            x.pow_u(w)
        }
        LShift => {
            if y.is_negative() {
                return None;
            }
            if x.is_zero() || y.is_zero() {
                return Some(Num::I(x.clone()));
            }
            let w = y.to_i64()? as u64;
            if w > MAX_INT_SIZE || x.bit_length() > MAX_INT_SIZE - w {
                return None;
            }
            x.shl(w)
        }
        RShift => {
            if y.is_negative() {
                return None;
            }
            match y.to_i64() {
                Some(w) => x.shr(w as u64),
                None => Int::from_i64(if x.is_negative() { -1 } else { 0 }),
            }
        }
        BitOr => x.or(y),
        BitXor => x.xor(y),
        BitAnd => x.and(y),
        MatMult => return None,
    }))
}

pub fn fold_binop(l: &Constant, op: Operator, r: &Constant) -> Option<Constant> {
    use Operator::*;
    let is_seq = |c: &Constant| matches!(c, Constant::Str(_) | Constant::Bytes(_) | Constant::Tuple(_));
    match (l, r) {
        (Constant::Str(a), Constant::Str(b)) if op == Add => {
            let mut s = crate::objects::pystr::PyStrBuilder::default();
            s.push_pystr(a);
            s.push_pystr(b);
            return Some(Constant::Str(s.finish()));
        }
        (Constant::Bytes(a), Constant::Bytes(b)) if op == Add => {
            let mut v = a.to_vec();
            v.extend_from_slice(b);
            return Some(Constant::Bytes(v.into_boxed_slice()));
        }
        (Constant::Tuple(a), Constant::Tuple(b)) if op == Add => {
            let mut v = a.to_vec();
            v.extend_from_slice(b);
            return Some(Constant::Tuple(v.into_boxed_slice()));
        }
        _ if op == Mult && is_seq(l) => return repeat(l, r),
        _ if op == Mult && is_seq(r) => return repeat(r, l),
        _ => {}
    }
    let (a, b) = (num(l)?, num(r)?);
    let both_bool = matches!(l, Constant::Bool(_)) && matches!(r, Constant::Bool(_));
    let v = match (&a, &b) {
        (Num::I(x), Num::I(y)) => {
            if both_bool && matches!(op, BitOr | BitXor | BitAnd) {
                let (p, q) = (!x.is_zero(), !y.is_zero());
                return Some(Constant::Bool(match op {
                    BitOr => p | q,
                    BitXor => p ^ q,
                    _ => p & q,
                }));
            }
            int_binop(x, op, y)?
        }
        (Num::C(..), _) | (_, Num::C(..)) => {
            let (x, y) = (as_c(&a)?, as_c(&b)?);
            let (re, im) = match op {
                Add => (x.0 + y.0, x.1 + y.1),
                Sub => (x.0 - y.0, x.1 - y.1),
                Mult => c_prod(x, y),
                Div => c_quot(x, y)?,
                Pow => complex_pow(x, y)?,
                _ => return None,
            };
            Num::C(re, im)
        }
        _ => {
            let (x, y) = (as_f(&a)?, as_f(&b)?);
            Num::F(match op {
                Add => x + y,
                Sub => x - y,
                Mult => x * y,
                Div if y == 0.0 => return None,
                Div => x / y,
                FloorDiv | Mod if y == 0.0 => return None,
                FloorDiv => float_divmod(x, y).0,
                Mod => float_divmod(x, y).1,
                Pow => return float_pow(x, y).map(from_num),
                _ => return None,
            })
        }
    };
    Some(from_num(v))
}

pub fn fold_subscr(v: &Constant, i: &Constant) -> Option<Constant> {
    let idx = match i {
        Constant::Int(n) => n.to_i64()?,
        Constant::Bool(b) => *b as i64,
        _ => return None,
    };
    let norm = |len: usize| -> Option<usize> {
        let j = if idx < 0 { idx + len as i64 } else { idx };
        if j < 0 || j >= len as i64 {
            None
        } else {
            Some(j as usize)
        }
    };
    match v {
        Constant::Str(s) => {
            let cps: Vec<u32> = s.code_points().collect();
            let j = norm(cps.len())?;
            Some(Constant::Str(crate::objects::pystr::PyStr::from_code_points([cps[j]])))
        }
        Constant::Bytes(b) => {
            let j = norm(b.len())?;
            Some(Constant::Int(Int::from_i64(b[j] as i64)))
        }
        Constant::Tuple(t) => {
            let j = norm(t.len())?;
            Some(t[j].clone())
        }
        _ => None,
    }
}
