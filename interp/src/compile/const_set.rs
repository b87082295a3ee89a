//! Frozenset constants and the order CPython gives them.
//!
//! A set iterates in table order, so a frozenset constant's repr depends on how it was built.
//! CPython builds one from the literal's items in source order (`fold_iter` in Python/ast_opt.c,
//! `starunpack_helper` in Python/compile.c), then `merge_consts_recursive` (compile.c) rebuilds
//! it from that order the first time an equal frozenset enters the compiler's constant cache
//! (later equal ones reuse the cached object), and `intern_constants` (Objects/codeobject.c)
//! rebuilds it once more when interning replaced one of its strings. Each build is a sequence of
//! `set_add_entry` calls on CPython's table ([`crate::objects::set::SetTable`]) with CPython's
//! hashes ([`crate::objects::hash`]) and `==`.

use crate::code::Const;
use crate::objects::{hash, int::Int, set::SetTable};

/// `hash(c)`. NaNs, Ellipsis and code objects hash by address in CPython; they get a fixed
/// stand-in here.
pub fn const_hash(c: &Const) -> i64 {
    const BY_ADDRESS: i64 = 0x7f00_0000;
    match c {
        Const::None => hash::NONE,
        Const::Bool(b) => *b as i64,
        Const::Int(i) => hash::int(i),
        Const::Float(f) => hash::float(*f).unwrap_or(BY_ADDRESS),
        Const::Complex { re, im } => hash::complex(*re, *im).unwrap_or(BY_ADDRESS),
        Const::Str(s) => hash::str(s),
        Const::Bytes(b) => hash::bytes(b),
        Const::Tuple(t) => hash::tuple(t.iter().map(const_hash).collect::<Vec<_>>().into_iter()),
        Const::FrozenSet(_) | Const::Ellipsis | Const::Code(_) => BY_ADDRESS,
    }
}

enum Num<'a> {
    I(&'a Int),
    F(f64),
    C(f64, f64),
}

fn num(c: &Const) -> Option<Num<'_>> {
    static ZERO_ONE: std::sync::OnceLock<(Int, Int)> = std::sync::OnceLock::new();
    let (zero, one) = ZERO_ONE.get_or_init(|| (Int::from_i64(0), Int::from_i64(1)));
    Some(match c {
        Const::Bool(b) => Num::I(if *b { one } else { zero }),
        Const::Int(i) => Num::I(i),
        Const::Float(f) => Num::F(*f),
        Const::Complex { re, im } => Num::C(*re, *im),
        _ => return None,
    })
}

fn int_eq_float(i: &Int, f: f64) -> bool {
    Int::from_integral_f64(f).is_some_and(|g| &g == i)
}

fn num_eq(a: &Num, b: &Num) -> bool {
    match (a, b) {
        (Num::I(x), Num::I(y)) => x == y,
        (Num::I(x), Num::F(f)) | (Num::F(f), Num::I(x)) => int_eq_float(x, *f),
        (Num::F(x), Num::F(y)) => x == y,
        (Num::C(r, i), Num::C(s, j)) => r == s && i == j,
        (Num::C(r, i), Num::F(f)) | (Num::F(f), Num::C(r, i)) => *i == 0.0 && r == f,
        (Num::C(r, i), Num::I(x)) | (Num::I(x), Num::C(r, i)) => *i == 0.0 && int_eq_float(x, *r),
    }
}

/// `a == b` for constants (numbers compare across int, bool, float and complex).
pub fn const_eq(a: &Const, b: &Const) -> bool {
    if let (Some(x), Some(y)) = (num(a), num(b)) {
        return num_eq(&x, &y);
    }
    match (a, b) {
        (Const::None, Const::None) | (Const::Ellipsis, Const::Ellipsis) => true,
        (Const::Str(x), Const::Str(y)) => x == y,
        (Const::Bytes(x), Const::Bytes(y)) => x == y,
        (Const::Tuple(x), Const::Tuple(y)) => x.len() == y.len() && x.iter().zip(y.iter()).all(|(p, q)| const_eq(p, q)),
        (Const::FrozenSet(x), Const::FrozenSet(y)) => x.len() == y.len() && x.iter().all(|p| y.iter().any(|q| const_eq(p, q))),
        (Const::Code(x), Const::Code(y)) => std::rc::Rc::ptr_eq(x, y),
        _ => false,
    }
}

/// `frozenset(items)`: the distinct items (the first of equal ones) in table order.
pub fn build(items: &[Const]) -> Vec<Const> {
    let mut t: SetTable<Const> = SetTable::new();
    for c in items {
        let _ = t.add::<()>(const_hash(c), c.clone(), |_, _| false, |x, y| Ok(const_eq(x, y)));
    }
    t.iter().cloned().collect()
}
