//! Frozenset constants and the order CPython gives them.
//!
//! A set iterates in table order, so a frozenset constant's repr depends on how it was built.
//! CPython builds one from the literal's items in source order (`fold_iter` in Python/ast_opt.c,
//! `starunpack_helper` in Python/compile.c), then `merge_consts_recursive` (compile.c) rebuilds
//! it from that order the first time an equal frozenset enters the compiler's constant cache
//! (later equal ones reuse the cached object), and `intern_constants` (Objects/codeobject.c)
//! rebuilds it once more when interning replaced one of its strings. Each build is a sequence of
//! `set_add_entry` calls on CPython's table ([`crate::objects::set::SetTable`]) with CPython's
//! hashes ([`crate::objects::hash`]) and `==`. Interning replaces a string when an equal one was
//! interned before: a name in the compiled source (its parser interns names) or a string the
//! runtime interned at startup ([`interned_at_startup`]).

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

/// An order to insert a frozenset constant's items in (indices into `items`, which is the
/// iteration order CPython's final table has) so that the new table iterates in that order: the
/// runtime object must show the order `dis` shows. CPython's final table was built from the
/// previous table's order, which the constant no longer carries; any insertion order that
/// reproduces the iteration order is searched for (the items in order, the order a table built
/// from them gives, then the permutations of up to eight items), the first of those orders
/// being the fallback.
pub fn insertion_order(items: &[Const]) -> Vec<usize> {
    let reproduces = |order: &[usize]| -> bool {
        let mut t: SetTable<usize> = SetTable::new();
        for &i in order {
            let _ = t.add::<()>(const_hash(&items[i]), i, |_, _| false, |x, y| Ok(const_eq(&items[*x], &items[*y])));
        }
        t.iter().copied().eq(0..items.len())
    };
    let identity: Vec<usize> = (0..items.len()).collect();
    if reproduces(&identity) {
        return identity;
    }
    let mut t: SetTable<usize> = SetTable::new();
    for &i in &identity {
        let _ = t.add::<()>(const_hash(&items[i]), i, |_, _| false, |x, y| Ok(const_eq(&items[*x], &items[*y])));
    }
    let rebuilt: Vec<usize> = t.iter().copied().collect();
    if reproduces(&rebuilt) || items.len() > 8 {
        return rebuilt;
    }
    // Heap's algorithm over the remaining orders.
    let mut p = identity.clone();
    let mut c = vec![0usize; p.len()];
    let mut i = 1;
    while i < p.len() {
        if c[i] < i {
            if i % 2 == 0 { p.swap(0, i) } else { p.swap(c[i], i) }
            if reproduces(&p) {
                return p;
            }
            c[i] += 1;
            i = 1;
        } else {
            c[i] = 0;
            i += 1;
        }
    }
    rebuilt
}

/// Whether CPython 3.13.0 has interned a string equal to `s` by the time `python3.13 -m dis`
/// compiles a file, before that file's own names (`interned_strings.txt`, generated by
/// scripts/gen/interned_strings.py).
pub fn interned_at_startup(s: &str) -> bool {
    use crate::compile::fxhash::FxHashSet;
    static TABLE: std::sync::OnceLock<FxHashSet<&'static str>> = std::sync::OnceLock::new();
    TABLE
        .get_or_init(|| {
            // Sized once (about 6,400 lines) so that building it never rehashes.
            let text = include_str!("interned_strings.txt");
            let mut set = FxHashSet::with_capacity_and_hasher(text.bytes().filter(|&b| b == b'\n').count(), Default::default());
            set.extend(text.lines().filter(|l| !l.starts_with('#') && !l.is_empty()));
            set
        })
        .contains(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ints(v: &[i64]) -> Vec<Const> {
        v.iter().map(|&i| Const::Int(Int::from_i64(i))).collect()
    }

    // Expected orders from CPython 3.13.0: `list(frozenset(items))`.
    #[test]
    fn builds() {
        assert_eq!(build(&ints(&[1, 9, 17, 25])).iter().map(|c| c.repr()).collect::<Vec<_>>(), ["1", "25", "9", "17"]);
        assert_eq!(build(&ints(&[25, 17, 9, 1])).iter().map(|c| c.repr()).collect::<Vec<_>>(), ["25", "1", "17", "9"]);
        let mixed = [Const::Int(Int::from_i64(1)), Const::Float(1.0), Const::Bool(true), Const::Complex { re: 1.0, im: 0.0 }, Const::None];
        assert_eq!(build(&mixed).iter().map(|c| c.repr()).collect::<Vec<_>>(), ["None", "1"]);
        assert!(interned_at_startup("True") && !interned_at_startup("zq1xv"));
    }

    #[test]
    fn insertion_order_reproduces_the_table_order() {
        let ints = |v: &[i64]| v.iter().map(|&i| Const::Int(Int::from_i64(i))).collect::<Vec<_>>();
        // {1, 9, 17, 25} built from a display iterates as 1, 17, 25, 9 in CPython; inserting in
        // that order gives 1, 9, 17, 25, so another order must be found.
        for order in [ints(&[1, 17, 25, 9]), ints(&[1, 25, 9, 17]), ints(&[1, 2, 3])] {
            let ix = insertion_order(&order);
            let rebuilt: Vec<Const> = ix.iter().map(|&i| order[i].clone()).collect();
            assert_eq!(build(&rebuilt).iter().map(|c| c.repr()).collect::<Vec<_>>(), order.iter().map(|c| c.repr()).collect::<Vec<_>>());
        }
    }
}
