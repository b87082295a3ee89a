//! The set table: CPython's open-addressing hash table for `set` and `frozenset`
//! (Objects/setobject.c).
//!
//! Unlike dicts, sets keep no insertion order: iteration walks the table's slots, so the order
//! of `{...}`, `list(s)` and `repr(s)` follows from the hashes, the table size and the history of
//! insertions and deletions. To print what CPython prints, the table reproduces CPython's exactly:
//! 8 slots inline to start, a probe that first scans up to 9 neighbouring slots (LINEAR_PROBES)
//! and then perturbs, deleted slots left as dummies and reused, growth when `fill * 5 >= mask * 3`
//! to the smallest power of two above `used * 4` (`used * 2` past 50,000 items), resizes that
//! re-insert in old slot order, one up-front resize when merging a whole set, and `pop`'s finger.
//!
//! Generic over the key, with a fallible equality callback (a Python `__eq__` can raise), so it
//! can be tested on its own. Not modelled yet: a lookup whose `__eq__` mutates the set (CPython
//! restarts the search).

pub const MINSIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

#[derive(Clone)]
enum Slot<K> {
    Unused,
    /// A deleted entry (CPython's `dummy` key with hash -1).
    Dummy,
    Active(i64, K),
}

#[derive(Clone)]
pub struct SetTable<K> {
    slots: Vec<Slot<K>>,
    /// Active plus dummy slots.
    fill: usize,
    /// Active slots (`len`).
    used: usize,
    /// Where `pop` starts looking.
    finger: usize,
}

impl<K: Clone> Default for SetTable<K> {
    fn default() -> Self {
        SetTable::new()
    }
}

/// What a probe found.
enum Probe {
    Active(usize),
    /// The first unused slot, and the last dummy seen on the way (where an add goes).
    Absent { unused: usize, free_dummy: Option<usize> },
}

impl<K: Clone> SetTable<K> {
    pub fn new() -> Self {
        SetTable { slots: vec![Slot::Unused; MINSIZE], fill: 0, used: 0, finger: 0 }
    }

    pub fn len(&self) -> usize {
        self.used
    }

    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    fn mask(&self) -> usize {
        self.slots.len() - 1
    }

    /// `set.__sizeof__`: the object (200 bytes, 8 slots inline) plus an external table when the
    /// table has outgrown the inline one. `sys.getsizeof` adds 16 for the GC header.
    pub fn sizeof(&self) -> usize {
        let table = if self.slots.len() > MINSIZE { 16 * self.slots.len() } else { 0 };
        200 + table
    }

    fn probe<E>(
        &self,
        hash: i64,
        key: &K,
        same: &impl Fn(&K, &K) -> bool,
        eq: &mut impl FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<Probe, E> {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        let mut free_dummy = None;
        loop {
            let probes = if i + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 };
            for j in i..=i + probes {
                match &self.slots[j] {
                    Slot::Unused => return Ok(Probe::Absent { unused: j, free_dummy }),
                    Slot::Active(h, k) if *h == hash => {
                        if same(k, key) || eq(k, key)? {
                            return Ok(Probe::Active(j));
                        }
                    }
                    Slot::Active(..) => {}
                    Slot::Dummy => free_dummy = Some(j),
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
    }

    /// `key in s`.
    pub fn contains<E>(
        &self,
        hash: i64,
        key: &K,
        same: impl Fn(&K, &K) -> bool,
        mut eq: impl FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<bool, E> {
        Ok(matches!(self.probe(hash, key, &same, &mut eq)?, Probe::Active(_)))
    }

    /// `s.add(key)` (`set_add_entry`). Returns false if an equal key was already present.
    pub fn add<E>(
        &mut self,
        hash: i64,
        key: K,
        same: impl Fn(&K, &K) -> bool,
        mut eq: impl FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<bool, E> {
        match self.probe(hash, &key, &same, &mut eq)? {
            Probe::Active(_) => Ok(false),
            Probe::Absent { free_dummy: Some(d), .. } => {
                self.slots[d] = Slot::Active(hash, key);
                self.used += 1;
                Ok(true)
            }
            Probe::Absent { unused, free_dummy: None } => {
                self.slots[unused] = Slot::Active(hash, key);
                self.fill += 1;
                self.used += 1;
                if self.fill * 5 >= self.mask() * 3 {
                    let minused = if self.used > 50_000 { self.used * 2 } else { self.used * 4 };
                    self.resize(minused);
                }
                Ok(true)
            }
        }
    }

    /// `s.discard(key)`: the removed key, if it was present.
    pub fn discard<E>(
        &mut self,
        hash: i64,
        key: &K,
        same: impl Fn(&K, &K) -> bool,
        mut eq: impl FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<Option<K>, E> {
        match self.probe(hash, key, &same, &mut eq)? {
            Probe::Active(i) => {
                self.used -= 1;
                match std::mem::replace(&mut self.slots[i], Slot::Dummy) {
                    Slot::Active(_, k) => Ok(Some(k)),
                    _ => unreachable!("the probe found an active slot"),
                }
            }
            Probe::Absent { .. } => Ok(None),
        }
    }

    /// The up-front resize of `set_update_internal` before merging `n` more keys.
    pub fn reserve_for_merge(&mut self, n: usize) {
        if (self.fill + n) * 5 >= self.mask() * 3 {
            self.resize((self.used + n) * 2);
        }
    }

    /// After `difference_update`: when more than a quarter of the slots are dummies, resize
    /// them away.
    pub fn shrink_dummies(&mut self) {
        if self.fill - self.used > self.mask() / 4 {
            self.resize(if self.used > 50_000 { self.used * 2 } else { self.used * 4 });
        }
    }

    /// The first key at or after slot `pos`, with the slot to continue from (`set_next`).
    pub fn next_from(&self, pos: usize) -> Option<(usize, &K)> {
        self.slots.get(pos..)?.iter().enumerate().find_map(|(i, s)| match s {
            Slot::Active(_, k) => Some((pos + i + 1, k)),
            _ => None,
        })
    }

    /// How many keys lie at or after slot `pos`.
    pub fn count_from(&self, pos: usize) -> usize {
        self.slots.get(pos..).map_or(0, |s| s.iter().filter(|s| matches!(s, Slot::Active(..))).count())
    }

    /// `set_table_resize`: the smallest power of two above `minused` (at least 8), re-inserting
    /// the active slots in table order.
    fn resize(&mut self, minused: usize) {
        let mut size = MINSIZE;
        while size <= minused {
            size <<= 1;
        }
        if size == MINSIZE && self.slots.len() == MINSIZE && self.fill == self.used {
            return; // already minimal and without dummies
        }
        let old = std::mem::replace(&mut self.slots, vec![Slot::Unused; size]);
        self.fill = self.used;
        for slot in old {
            if let Slot::Active(h, k) = slot {
                self.insert_clean(h, k);
            }
        }
    }

    /// `set_insert_clean`: a key known to be absent, into a table without dummies.
    fn insert_clean(&mut self, hash: i64, key: K) {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let probes = if i + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 };
            for j in i..=i + probes {
                if matches!(self.slots[j], Slot::Unused) {
                    self.slots[j] = Slot::Active(hash, key);
                    return;
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
    }

    /// `s |= other` for another set table (`set_merge`): one resize up front, then a copy, a
    /// clean insertion or ordinary adds, as CPython chooses.
    pub fn merge<E>(
        &mut self,
        other: &SetTable<K>,
        same: impl Fn(&K, &K) -> bool,
        mut eq: impl FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<(), E> {
        if other.used == 0 {
            return Ok(());
        }
        if (self.fill + other.used) * 5 >= self.mask() * 3 {
            self.resize((self.used + other.used) * 2);
        }
        if self.fill == 0 && self.mask() == other.mask() && other.fill == other.used {
            self.slots = other.slots.clone();
            self.fill = other.fill;
            self.used = other.used;
            return Ok(());
        }
        if self.fill == 0 {
            self.fill = other.used;
            self.used = other.used;
            for slot in &other.slots {
                if let Slot::Active(h, k) = slot {
                    self.insert_clean(*h, k.clone());
                }
            }
            return Ok(());
        }
        for slot in &other.slots {
            if let Slot::Active(h, k) = slot {
                self.add(*h, k.clone(), &same, &mut eq)?;
            }
        }
        Ok(())
    }

    /// `s.pop()`: the first active slot from the finger on.
    pub fn pop(&mut self) -> Option<K> {
        if self.used == 0 {
            return None;
        }
        let mut i = self.finger & self.mask();
        while !matches!(self.slots[i], Slot::Active(..)) {
            i = if i == self.mask() { 0 } else { i + 1 };
        }
        self.used -= 1;
        self.finger = i + 1;
        match std::mem::replace(&mut self.slots[i], Slot::Dummy) {
            Slot::Active(_, k) => Some(k),
            _ => unreachable!(),
        }
    }

    /// `s.clear()`: back to the inline 8 slots.
    pub fn clear(&mut self) {
        *self = SetTable { finger: 0, ..SetTable::new() };
    }

    /// Keys in table order: the iteration order of the set.
    pub fn iter(&self) -> impl Iterator<Item = &K> + '_ {
        self.slots.iter().filter_map(|s| match s {
            Slot::Active(_, k) => Some(k),
            _ => None,
        })
    }

    /// Keys with their hashes, in table order.
    pub fn iter_hashed(&self) -> impl Iterator<Item = (i64, &K)> + '_ {
        self.slots.iter().filter_map(|s| match s {
            Slot::Active(h, k) => Some((*h, k)),
            _ => None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::convert::Infallible;

    fn set_of(keys: &[i64]) -> SetTable<i64> {
        let mut s = SetTable::new();
        for &k in keys {
            s.add::<Infallible>(k, k, |a, b| a == b, |a, b| Ok(a == b)).unwrap();
        }
        s
    }

    fn order(s: &SetTable<i64>) -> Vec<i64> {
        s.iter().copied().collect()
    }

    // Expected orders and sizes below are CPython 3.13.0's (ints hash to themselves).

    #[test]
    fn small_ints_come_out_by_slot() {
        // s = set(); for k in (65, 2, 1, 33, 9): s.add(k)  ->  {65, 2, 1, 33, 9}: the 5th add
        // grows the table to 32 slots and re-inserts in old slot order (65, 2, 9, 1, 33), where
        // 1 and 33 land in the linear-probe slots 3 and 4 next to 65 and 2.
        let s = set_of(&[65, 2, 1, 33, 9]);
        assert_eq!(order(&s), vec![65, 2, 1, 33, 9]);
    }

    #[test]
    fn growth_and_sizes() {
        // set() 216; the 5th element moves to 32 slots (728); the 19th to 128 (2264).
        assert_eq!(set_of(&[]).sizeof() + 16, 216);
        assert_eq!(set_of(&[0, 1, 2, 3]).sizeof() + 16, 216);
        assert_eq!(set_of(&[0, 1, 2, 3, 4]).sizeof() + 16, 728);
        assert_eq!(set_of(&(0..18).collect::<Vec<_>>()).sizeof() + 16, 728);
        assert_eq!(set_of(&(0..19).collect::<Vec<_>>()).sizeof() + 16, 2264);
    }

    #[test]
    fn merging_a_whole_set_resizes_once() {
        // s = set(); s |= frozenset({1, 2, 3, 4, 5})  ->  16 slots, 472 bytes.
        let other = set_of(&[1, 2, 3, 4, 5]);
        let mut s: SetTable<i64> = SetTable::new();
        s.merge::<Infallible>(&other, |a, b| a == b, |a, b| Ok(a == b)).unwrap();
        assert_eq!(s.sizeof() + 16, 472);
        assert_eq!(order(&s), vec![1, 2, 3, 4, 5]);
    }

    #[test]
    fn discarded_slots_are_reused_and_pop_walks_the_finger() {
        let mut s = set_of(&[1, 9, 17]);
        assert_eq!(s.discard::<Infallible>(9, &9, |a, b| a == b, |a, b| Ok(a == b)).unwrap(), Some(9));
        s.add::<Infallible>(25, 25, |a, b| a == b, |a, b| Ok(a == b)).unwrap();
        // 25 takes the dummy slot left by 9 (slot 6).
        assert_eq!(order(&s), vec![1, 25, 17]);
        assert_eq!(s.pop(), Some(1));
        assert_eq!(s.pop(), Some(25));
        assert_eq!(s.pop(), Some(17));
        assert_eq!(s.pop(), None);
    }
}
