//! The sets of free names that the symbol table's analysis passes between blocks
//! (`free`/`newfree`/`child_free` in Python/symtable.c), kept as CPython's set tables.
//!
//! Their contents decide scopes; their order shows too: `update_symbols` adds the names free in
//! a block's children to the block's symbols by iterating the set, and an inlined
//! comprehension's symbols order its LOAD_FAST_AND_CLEAR/STORE_FAST pairs. So each set is a
//! [`SetTable`] fed with the names' string hashes (CPython's under `PYTHONHASHSEED=0`) through the
//! same history of adds, discards, copies and `|=` as in CPython. Hashes are computed once per
//! name, and only for names that become free; an empty set allocates nothing.

use crate::ast::{Ident, Names};
use crate::objects::{hash, pystr::PyStr, set::SetTable};
use std::cell::RefCell;

/// Each name's `hash(str)`, computed on first use (`-1`, which CPython never returns, is unset).
pub(super) struct NameHashes<'a> {
    names: &'a Names,
    cache: RefCell<Vec<i64>>,
}

impl<'a> NameHashes<'a> {
    pub(super) fn new(names: &'a Names) -> Self {
        NameHashes { names, cache: RefCell::new(Vec::new()) }
    }

    fn get(&self, id: Ident) -> i64 {
        let i = id.0 as usize;
        let mut c = self.cache.borrow_mut();
        if c.len() <= i {
            c.resize(i + 1, -1);
        }
        if c[i] == -1 {
            let s = self.names.get(id);
            c[i] = if s.is_ascii() { hash::bytes(s.as_bytes()) } else { hash::str(&PyStr::new(s)) };
        }
        c[i]
    }
}

/// A set of names with CPython's table order; `None` until the first name arrives.
#[derive(Clone, Default)]
pub(super) struct FreeSet(Option<SetTable<Ident>>);

fn same(a: &Ident, b: &Ident) -> bool {
    a == b
}

fn eq(a: &Ident, b: &Ident) -> Result<bool, ()> {
    Ok(a == b)
}

impl FreeSet {
    /// `PySet_Add`.
    pub(super) fn insert(&mut self, h: &NameHashes, id: Ident) {
        let t = self.0.get_or_insert_with(SetTable::new);
        let _ = t.add(h.get(id), id, same, eq);
    }

    /// `PySet_Discard`: whether the name was there.
    pub(super) fn remove(&mut self, h: &NameHashes, id: Ident) -> bool {
        match &mut self.0 {
            Some(t) if !t.is_empty() => matches!(t.discard(h.get(id), &id, same, eq), Ok(Some(_))),
            _ => false,
        }
    }

    /// `PySet_Contains`.
    pub(super) fn contains(&self, h: &NameHashes, id: Ident) -> bool {
        match &self.0 {
            Some(t) if !t.is_empty() => t.contains(h.get(id), &id, same, eq).unwrap_or(false),
            _ => false,
        }
    }

    pub(super) fn is_empty(&self) -> bool {
        self.0.as_ref().is_none_or(|t| t.is_empty())
    }

    /// `PySet_New(self)`: a new set merged from this one.
    pub(super) fn copy(&self) -> FreeSet {
        let mut n = FreeSet::default();
        n.merge(self);
        n
    }

    /// `self |= other` (`set_merge`).
    pub(super) fn merge(&mut self, other: &FreeSet) {
        if let Some(o) = &other.0 {
            if !o.is_empty() {
                let _ = self.0.get_or_insert_with(SetTable::new).merge(o, same, eq);
            }
        }
    }

    /// The names in iteration order.
    pub(super) fn iter(&self) -> impl Iterator<Item = Ident> + '_ {
        self.0.iter().flat_map(|t| t.iter().copied())
    }
}
