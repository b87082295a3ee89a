//! The compact dict table: CPython's `PyDictKeysObject` (Objects/dictobject.c).
//!
//! A dict is an *index table* of `2**log2_size` slots, probed with CPython's perturbation scheme,
//! that points into an *entries* array kept in insertion order. Iteration walks the entries, so
//! order is insertion order whatever the hashes; deleting leaves a hole (a dummy slot in the index
//! and an empty entry) and re-inserting appends. The growth rule (`used * 3`), the presizing rule,
//! the switch from str-only ("unicode") to general keys, and the memory formula are CPython's, so
//! `sys.getsizeof` of a dict and the order of `popitem` come out the same.
//!
//! The table is generic over key and value so that it can be tested on its own; key equality is a
//! callback that may fail (a Python `__eq__` can raise).
//!
//! Split tables (instance dictionaries of plain classes) are modelled for their size: such a
//! table keeps its own index and entries but also refers to its class's [`SharedKeys`], which
//! decide its `getsizeof` and when it turns into a combined table (a key that is not an exact
//! str, a new key when the shared keys are full, `popitem`), as `insertdict` does.
//!
//! Not modelled yet: a lookup whose `__eq__` mutates the dict being searched (CPython restarts the
//! lookup); here the callback sees the table as it was.

use super::pool::PoolVec;

/// `PyDict_LOG_MINSIZE`: the smallest real table has 8 slots.
pub const LOG_MINSIZE: u8 = 3;
pub const MINSIZE: usize = 1 << LOG_MINSIZE;
const PERTURB_SHIFT: u32 = 5;

const EMPTY: u32 = u32::MAX;
const DUMMY: u32 = u32::MAX - 1;

/// `USABLE_FRACTION`: entries a table of `n` slots can hold before it must grow.
pub const fn usable_fraction(n: usize) -> usize {
    (n << 1) / 3
}

/// `calculate_log2_keysize`: the table size for `minsize` slots (at least 8). Note that an exact
/// power of two of 16 or more is doubled, as in CPython.
pub fn calculate_log2_keysize(minsize: usize) -> u8 {
    let m = ((minsize | MINSIZE) - 1) | (MINSIZE - 1);
    (usize::BITS - m.leading_zeros()) as u8
}

/// `estimate_log2_keysize`: the table size that holds `n` entries without growing.
pub fn estimate_log2_keysize(n: usize) -> u8 {
    calculate_log2_keysize((n * 3 + 1) / 2)
}

#[derive(Clone)]
struct Entry<K, V> {
    hash: i64,
    /// None for a deleted entry.
    item: Option<(K, V)>,
}

/// `SHARED_KEYS_MAX_SIZE`: the keys a class's instances can share.
const SHARED_KEYS_MAX_SIZE: usize = 30;
/// `NEXT_LOG2_SHARED_KEYS_MAX_SIZE`: the index size of a shared keys object.
const LOG2_SHARED_KEYS: u8 = 6;

/// A class's cached keys (`ht_cached_keys`, `_PyDict_NewKeysForClass`): the attribute names its
/// instances' split dicts share, and `dk_usable`, which every new instance lowers by one (while
/// above one) and every new shared key uses up.
pub struct SharedKeys<K> {
    keys: std::cell::RefCell<Vec<(i64, K)>>,
    usable: std::cell::Cell<usize>,
    /// Equality of two str keys (they are exact strs, so comparing runs no Python code).
    str_eq: fn(&K, &K) -> bool,
    /// The `dict` type, for the `__dict__` an instance's inline values become
    /// (objects/inline_values.rs).
    pub dict_type: std::cell::OnceCell<K>,
}

impl<K: Clone> SharedKeys<K> {
    pub fn new(str_eq: fn(&K, &K) -> bool) -> Self {
        SharedKeys { keys: Default::default(), usable: std::cell::Cell::new(SHARED_KEYS_MAX_SIZE), str_eq, dict_type: Default::default() }
    }

    /// `init_inline_values`: a new instance takes one usable slot (values are sized now).
    #[inline]
    pub fn new_instance(&self) {
        if self.usable.get() > 1 {
            self.usable.set(self.usable.get() - 1);
        }
    }

    /// How many keys are shared so far (keys are only ever added).
    #[inline]
    pub fn len(&self) -> usize {
        self.keys.borrow().len()
    }

    /// Whether `key` is one of the shared keys.
    pub fn contains(&self, hash: i64, key: &K) -> bool {
        self.keys.borrow().iter().any(|(h, k)| *h == hash && (self.str_eq)(k, key))
    }

    /// `shared_keys_usable_size`: the value slots a split dict has.
    pub fn usable_size(&self) -> usize {
        self.keys.borrow().len() + self.usable.get()
    }

    /// Whether the shared key at `ix` is `key` itself (an identity check: names are interned).
    #[inline]
    pub fn key_is(&self, ix: usize, key: &K, same: impl Fn(&K, &K) -> bool) -> bool {
        self.keys.borrow().get(ix).is_some_and(|(_, k)| same(k, key))
    }

    /// The position of `key` among the shared keys, trying `at` first.
    #[inline]
    pub fn index_of(&self, hash: i64, key: &K, at: usize) -> Option<usize> {
        let keys = self.keys.borrow();
        if keys.get(at).is_some_and(|(h, k)| *h == hash && (self.str_eq)(k, key)) {
            return Some(at);
        }
        keys.iter().position(|(h, k)| *h == hash && (self.str_eq)(k, key))
    }

    /// `insert_split_key`: whether `key` is (or, when there is room, becomes) a shared key.
    /// `at` is where the key would be if instances set their attributes in the same order
    /// (checked first).
    #[inline]
    pub fn admit(&self, hash: i64, key: &K, at: usize) -> bool {
        {
            let keys = self.keys.borrow();
            if keys.get(at).is_some_and(|(h, k)| *h == hash && (self.str_eq)(k, key)) {
                return true;
            }
            if keys.iter().any(|(h, k)| *h == hash && (self.str_eq)(k, key)) {
                return true;
            }
        }
        if self.usable.get() == 0 {
            return false;
        }
        self.usable.set(self.usable.get() - 1);
        self.keys.borrow_mut().push((hash, key.clone()));
        true
    }
}

/// A dict's keys table with its values (a "combined" table, or a split one when `shared`).
#[derive(Clone)]
pub struct DictTable<K, V> {
    /// The class keys of a split table (an instance dict), None for a combined one.
    shared: Option<std::rc::Rc<SharedKeys<K>>>,
    /// 0 while the dict uses the shared empty keys (`Py_EMPTY_KEYS`), which own no memory.
    log2_size: u8,
    indices: PoolVec<u32>,
    entries: PoolVec<Entry<K, V>>,
    /// `dk_usable`: entries that can still be appended before a resize.
    usable: usize,
    /// `ma_used`: live items.
    used: usize,
    /// `DICT_KEYS_UNICODE`: every key so far is an exact str (16-byte entries instead of 24).
    unicode: bool,
}

/// Freeing a table releases each entry's key, then its value, first entry to last
/// (`free_keys_object`; the entries' own drop). A split table (an instance dict) releases its
/// values in the order of the class's shared keys (`dict_dealloc` walks the values array, which
/// is indexed by shared key), which differs from its insertion order when an instance set its
/// attributes in another order than the keys were first shared.
impl<K, V> Drop for DictTable<K, V> {
    fn drop(&mut self) {
        let Some(shared) = &self.shared else { return };
        if self.entries.len() < 2 {
            return;
        }
        let order: Vec<(usize, usize)> = {
            let keys = shared.keys.borrow();
            let pos = |e: &Entry<K, V>, guess: usize| -> usize {
                let Some((k, _)) = &e.item else { return usize::MAX };
                let hit = |i: &usize| keys.get(*i).is_some_and(|(h, sk)| *h == e.hash && (shared.str_eq)(sk, k));
                if hit(&guess) {
                    return guess;
                }
                (0..keys.len()).find(|i| hit(i)).unwrap_or(usize::MAX)
            };
            // Usually the entries are already in shared-key order: check that without allocating.
            let mut next = 0;
            let mut sorted = true;
            for e in self.entries.iter() {
                if e.item.is_none() {
                    continue;
                }
                let p = pos(e, next);
                if p == usize::MAX || p < next {
                    sorted = false;
                    break;
                }
                next = p + 1;
            }
            if sorted {
                return;
            }
            let mut order: Vec<(usize, usize)> = self.entries.iter().enumerate().map(|(ix, e)| (pos(e, ix), ix)).collect();
            order.sort_unstable();
            order
        };
        for (_, ix) in order {
            let item = self.entries[ix].item.take();
            drop(item);
        }
    }
}

impl<K, V> Default for DictTable<K, V> {
    fn default() -> Self {
        DictTable::new()
    }
}

impl<K, V> DictTable<K, V> {
    /// An empty dict sharing the empty keys (`PyDict_New`).
    pub fn new() -> Self {
        DictTable { shared: None, log2_size: 0, indices: PoolVec::new(), entries: PoolVec::new(), usable: 0, used: 0, unicode: true }
    }

    /// A dict sized for `minused` items (`dict_new_presized`, used by dict displays).
    pub fn presized(minused: usize, unicode: bool) -> Self {
        const LOG2_MAX_PRESIZE: u8 = 17;
        if minused <= usable_fraction(MINSIZE) {
            return DictTable::new();
        }
        let log2 = if minused > usable_fraction(1 << LOG2_MAX_PRESIZE) {
            LOG2_MAX_PRESIZE
        } else {
            estimate_log2_keysize(minused)
        };
        let mut t = DictTable::new();
        t.alloc_keys(log2, unicode);
        t
    }

    fn alloc_keys(&mut self, log2: u8, unicode: bool) {
        let size = 1usize << log2;
        self.log2_size = log2;
        self.indices = PoolVec::filled(EMPTY, size);
        self.usable = usable_fraction(size);
        self.entries = PoolVec::with_capacity(self.usable);
        self.unicode = unicode;
    }

    pub fn len(&self) -> usize {
        self.used
    }

    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// Slots in the index table (`DK_SIZE`); 0 for the shared empty keys.
    pub fn table_size(&self) -> usize {
        if self.log2_size == 0 {
            0
        } else {
            1 << self.log2_size
        }
    }

    /// `DK_LOG_SIZE` (0 for the shared empty keys, whose `DK_SIZE` is 1).
    pub fn log2_size(&self) -> u8 {
        self.log2_size
    }

    pub fn is_unicode(&self) -> bool {
        self.unicode
    }

    /// Makes this (empty) table a split table over `keys`.
    pub fn set_shared(&mut self, keys: std::rc::Rc<SharedKeys<K>>) {
        self.shared = Some(keys);
    }

    /// The class keys of a split table. Every key of a split table is one of them.
    #[inline]
    pub fn shared_ref(&self) -> Option<&std::rc::Rc<SharedKeys<K>>> {
        self.shared.as_ref()
    }

    pub fn shared_keys(&self) -> Option<std::rc::Rc<SharedKeys<K>>> {
        self.shared.clone()
    }

    pub fn is_split(&self) -> bool {
        self.shared.is_some()
    }

    /// What `dict.__sizeof__` adds to the dict object's 48 bytes: a split table's value
    /// slots (its keys belong to the class), else the keys object.
    pub fn sizeof_tables(&self) -> usize {
        match &self.shared {
            Some(k) => 8 * (k.keys.borrow().len() + k.usable.get()),
            None => self.keys_size(),
        }
    }

    /// `_PyDict_KeysSize`: bytes of the keys object, or 0 for the shared empty keys, which a dict
    /// does not own. `dict.__sizeof__` is 48 plus this.
    pub fn keys_size(&self) -> usize {
        if self.log2_size == 0 {
            return 0;
        }
        let log2 = self.log2_size as usize;
        let log2_index_bytes = match log2 {
            0..=7 => log2,
            8..=15 => log2 + 1,
            16..=31 => log2 + 2,
            _ => log2 + 3,
        };
        let entry_size = if self.unicode { 16 } else { 24 };
        32 + (1usize << log2_index_bytes) + usable_fraction(1 << log2) * entry_size
    }

    #[inline]
    fn mask(&self) -> usize {
        (1usize << self.log2_size) - 1
    }

    /// The entry index of `key`, probing as `_Py_dict_lookup` does: identity first, then equal
    /// hash and `eq`.
    pub fn find<E>(
        &self,
        hash: i64,
        key: &K,
        same: impl Fn(&K, &K) -> bool,
        mut eq: impl FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<Option<usize>, E> {
        if self.log2_size == 0 {
            if self.shared.is_some() {
                return self.find_split(hash, key, same, eq);
            }
            return Ok(None);
        }
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let ix = self.indices[i];
            if ix == EMPTY {
                return Ok(None);
            }
            if ix != DUMMY {
                let e = &self.entries[ix as usize];
                if let Some((k, _)) = &e.item {
                    if same(k, key) || (e.hash == hash && eq(k, key)?) {
                        return Ok(Some(ix as usize));
                    }
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(perturb as usize).wrapping_add(1)) & mask;
        }
    }

    /// [`DictTable::find`] in a split table without an index (see [`DictTable::append_split`]):
    /// a scan of its few entries (str keys: comparing runs no Python code).
    #[inline]
    fn find_split<E>(
        &self,
        hash: i64,
        key: &K,
        same: impl Fn(&K, &K) -> bool,
        mut eq: impl FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<Option<usize>, E> {
        for (ix, e) in self.entries.iter().enumerate() {
            if let Some((k, _)) = &e.item {
                if same(k, key) || (e.hash == hash && eq(k, key)?) {
                    return Ok(Some(ix));
                }
            }
        }
        Ok(None)
    }

    /// Appends to a split table that has no index of its own. CPython's split dict keeps only
    /// the values (the index is the class's shared keys'); here the entries in insertion order
    /// are all a split table needs: at most 30 str keys, found by a scan. The first append
    /// sizes the entries for the keys the class's instances have so far.
    #[inline]
    fn append_split(&mut self, hash: i64, key: K, value: V, keys_len: usize) {
        if self.entries.capacity() == 0 {
            self.entries.reserve_exact(keys_len.max(1));
        }
        self.entries.push(Entry { hash, item: Some((key, value)) });
        self.used += 1;
    }

    /// Appends an item already admitted to the shared keys to a split table without an index:
    /// how an instance's inline values become its `__dict__` (objects/inline_values.rs).
    pub fn push_split(&mut self, hash: i64, key: K, value: V) {
        let n = self.shared.as_ref().map_or(0, |k| k.keys.borrow().len());
        self.append_split(hash, key, value, n);
    }

    /// `find_empty_slot`: the index slot where a key known to be absent goes.
    fn find_empty_slot(&self, hash: i64) -> usize {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        while self.indices[i] != EMPTY && self.indices[i] != DUMMY {
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(perturb as usize).wrapping_add(1)) & mask;
        }
        i
    }

    /// `dictresize`: a new table of `2**log2` slots holding the live entries in order.
    fn resize(&mut self, log2: u8, unicode: bool) {
        let unicode = unicode && self.unicode;
        let old = std::mem::take(&mut self.entries);
        self.alloc_keys(log2, unicode);
        old.into_each(|e| {
            if e.item.is_some() {
                let slot = self.find_empty_slot(e.hash);
                self.indices[slot] = self.entries.len() as u32;
                self.entries.push(e);
            }
        });
        self.usable -= self.entries.len();
    }

    /// `dictresize` to at least `log2` (never below the current size or the minimum), as
    /// `dict.fromkeys` presizes for a dict or set argument.
    pub fn presize_log2(&mut self, log2: u8, unicode: bool) {
        let log2 = log2.max(self.log2_size).max(LOG_MINSIZE);
        self.resize(log2, unicode);
    }

    /// `insertion_resize`: grow for `used * 3`.
    fn insertion_resize(&mut self, unicode: bool) {
        self.resize(calculate_log2_keysize(self.used * 3), unicode);
    }

    /// `d[key] = value` (`insertdict`). `key_is_str` says whether the key is an exact str.
    /// Returns the previous value when the key was present (the key itself is kept).
    pub fn insert<E>(
        &mut self,
        hash: i64,
        key: K,
        value: V,
        key_is_str: bool,
        same: impl Fn(&K, &K) -> bool,
        eq: impl FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<Option<V>, E>
    where
        K: Clone,
    {
        if self.shared.is_some() {
            if let Some(ix) = self.find(hash, &key, same, eq)? {
                let (_, v) = self.entries[ix].item.as_mut().expect("found entries are live");
                return Ok(Some(std::mem::replace(v, value)));
            }
            self.insert_absent(hash, key, value, key_is_str);
            return Ok(None);
        }
        self.insert_combined(hash, key, value, key_is_str, same, eq)
    }

    /// `d[key] = value` for a `key` the caller has just searched for and not found (the
    /// second half of [`DictTable::insert`]).
    pub fn insert_absent(&mut self, hash: i64, key: K, value: V, key_is_str: bool)
    where
        K: Clone,
    {
        if self.shared.is_some() {
            if !(key_is_str && self.shared.as_ref().is_some_and(|k| k.admit(hash, &key, self.entries.len()))) {
                // No room in the shared keys (or not a str key): a combined table for
                // `used * 3`, general at once for a non-str key.
                self.shared = None;
                self.resize(calculate_log2_keysize(self.used * 3), key_is_str);
            } else if self.log2_size == 0 {
                let n = self.shared.as_ref().map_or(0, |k| k.keys.borrow().len());
                self.append_split(hash, key, value, n);
                return;
            }
        }
        self.append_absent(hash, key, value, key_is_str);
    }

    /// Appends `key`, known to be absent, growing the table as `insertdict` would.
    fn append_absent(&mut self, hash: i64, key: K, value: V, key_is_str: bool) {
        if self.log2_size == 0 {
            self.alloc_keys(LOG_MINSIZE, key_is_str);
        } else if self.unicode && !key_is_str {
            self.insertion_resize(false);
        }
        if self.usable == 0 {
            self.insertion_resize(true);
        }
        let slot = self.find_empty_slot(hash);
        self.indices[slot] = self.entries.len() as u32;
        self.entries.push(Entry { hash, item: Some((key, value)) });
        self.usable -= 1;
        self.used += 1;
    }

    fn insert_combined<E>(
        &mut self,
        hash: i64,
        key: K,
        value: V,
        key_is_str: bool,
        same: impl Fn(&K, &K) -> bool,
        eq: impl FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<Option<V>, E> {
        if self.log2_size == 0 {
            // insert_to_emptydict
            self.alloc_keys(LOG_MINSIZE, key_is_str);
            let slot = (hash as u64 as usize) & (MINSIZE - 1);
            self.indices[slot] = 0;
            self.entries.push(Entry { hash, item: Some((key, value)) });
            self.usable -= 1;
            self.used += 1;
            return Ok(None);
        }
        if self.unicode && !key_is_str {
            self.insertion_resize(false);
        }
        if let Some(ix) = self.find(hash, &key, same, eq)? {
            let (_, v) = self.entries[ix].item.as_mut().expect("found entries are live");
            return Ok(Some(std::mem::replace(v, value)));
        }
        self.append_absent(hash, key, value, key_is_str);
        Ok(None)
    }

    /// `del d[key]` / `d.pop(key)` (`delitem_common`): the removed item, if the key was present.
    pub fn remove<E>(
        &mut self,
        hash: i64,
        key: &K,
        same: impl Fn(&K, &K) -> bool,
        eq: impl FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<Option<(K, V)>, E> {
        let Some(ix) = self.find(hash, key, same, eq)? else { return Ok(None) };
        Ok(Some(self.remove_entry(ix)))
    }

    fn remove_entry(&mut self, ix: usize) -> (K, V) {
        if self.log2_size == 0 {
            // A split table without an index.
            self.used -= 1;
            return self.entries[ix].item.take().expect("a live entry");
        }
        let hash = self.entries[ix].hash;
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        while self.indices[i] != ix as u32 {
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(perturb as usize).wrapping_add(1)) & mask;
        }
        self.indices[i] = DUMMY;
        self.used -= 1;
        self.entries[ix].item.take().expect("a live entry")
    }

    /// `dict.popitem()`: the last item in insertion order; the trailing holes are given back
    /// to the entries array (not to `usable`), as CPython does.
    pub fn pop_last(&mut self) -> Option<(K, V)> {
        if self.used > 0 && self.shared.take().is_some() {
            // A split table becomes combined at the shared keys' size first.
            self.resize(LOG2_SHARED_KEYS, true);
        }
        let ix = self.entries.iter().rposition(|e| e.item.is_some())?;
        let item = self.remove_entry(ix);
        self.entries.truncate(ix);
        Some(item)
    }

    /// `dict.clear()`: back to the shared empty keys.
    pub fn clear(&mut self) {
        *self = DictTable::new();
    }

    /// The value at an entry index returned by [`DictTable::find`].
    pub fn entry(&self, ix: usize) -> Option<(&K, &V)> {
        self.entries.get(ix)?.item.as_ref().map(|(k, v)| (k, v))
    }

    pub fn value_mut(&mut self, ix: usize) -> Option<&mut V> {
        self.entries.get_mut(ix)?.item.as_mut().map(|(_, v)| v)
    }

    /// Items in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = (&K, &V)> + '_ {
        self.entries.iter().filter_map(|e| e.item.as_ref().map(|(k, v)| (k, v)))
    }

    /// Items in insertion order with their hashes.
    pub fn iter_hashed(&self) -> impl Iterator<Item = (i64, &K, &V)> + '_ {
        self.entries.iter().filter_map(|e| e.item.as_ref().map(|(k, v)| (e.hash, k, v)))
    }

    /// One past the last entry position (`dk_nentries`): a dict iterator walks positions up to
    /// this and notices a size change.
    pub fn entries_len(&self) -> usize {
        self.entries.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::convert::Infallible;

    type T = DictTable<i64, i64>;

    fn put(t: &mut T, k: i64, v: i64, is_str: bool) {
        t.insert::<Infallible>(k, k, v, is_str, |a, b| a == b, |a, b| Ok(a == b)).unwrap();
    }

    fn del(t: &mut T, k: i64) {
        t.remove::<Infallible>(k, &k, |a, b| a == b, |a, b| Ok(a == b)).unwrap();
    }

    /// sys.getsizeof(d) for a dict: 48 + keys + 16 (GC header).
    fn getsizeof(t: &T) -> usize {
        48 + t.keys_size() + 16
    }

    #[test]
    fn split_tables_share_class_keys_until_they_cannot() {
        // CPython 3.13.0: `vars(obj)` sizes of plain-class instances (48 + 8 per shared value
        // slot + 16): each new instance takes a slot, a 31st key or an int key converts.
        let keys = std::rc::Rc::new(SharedKeys::<i64>::new(|a, b| a == b));
        let split = |keys: &std::rc::Rc<SharedKeys<i64>>| {
            keys.new_instance();
            let mut t = T::new();
            t.set_shared(keys.clone());
            t
        };
        let mut a = split(&keys);
        put_str(&mut a, 1);
        assert_eq!(48 + a.sizeof_tables() + 16, 296);
        let mut b = split(&keys);
        assert_eq!((48 + a.sizeof_tables() + 16, 48 + b.sizeof_tables() + 16), (288, 288));
        put_str(&mut b, 1);
        put(&mut b, 7, 7, false);
        assert!(!b.is_split());
        assert_eq!(getsizeof(&b), 352);
        let mut c = split(&keys);
        for k in 0..35 {
            put_str(&mut c, k);
        }
        assert!(!c.is_split());
        assert_eq!(getsizeof(&c), 1584);
        let mut d = split(&keys);
        put_str(&mut d, 3);
        assert!(d.is_split() && d.pop_last().is_some() && !d.is_split());
        assert_eq!(getsizeof(&d), 832);
    }

    fn put_str(t: &mut T, k: i64) {
        t.insert::<Infallible>(k, k, k, true, |a, b| a == b, |a, b| Ok(a == b)).unwrap();
    }

    #[test]
    fn sizes_while_growing_match_cpython() {
        // CPython 3.13.0: sizes of {} after inserting 0..n int keys one by one.
        let mut t = T::new();
        assert_eq!(getsizeof(&t), 64);
        let mut seen = Vec::new();
        for k in 0..86 {
            put(&mut t, k, k, false);
            seen.push((k + 1, getsizeof(&t)));
        }
        let at = |n: i64| seen.iter().find(|(m, _)| *m == n).unwrap().1;
        assert_eq!((at(1), at(5), at(6), at(10), at(11), at(21), at(22), at(42), at(43), at(85)), (224, 224, 352, 352, 632, 632, 1168, 1168, 2264, 2264));
    }

    #[test]
    fn str_keys_use_small_entries_until_a_non_str_key_arrives() {
        let mut t = T::new();
        put(&mut t, 7, 1, true);
        assert_eq!(getsizeof(&t), 184); // {'a': 1}
        put(&mut t, 8, 1, false);
        assert!(!t.is_unicode());
        // d = {}; d['a'] = 1; d[1] = 1 -> 352: the switch resizes for used*3 = 3, i.e. 16 slots.
        assert_eq!(getsizeof(&t), 352);
    }

    #[test]
    fn presized_displays() {
        // dict_new_presized(n): {} for n <= 5, else a table that fits n without growing.
        assert_eq!(getsizeof(&T::presized(5, false)), 64);
        assert_eq!(T::presized(6, true).table_size(), 16);
        assert_eq!(48 + T::presized(6, true).keys_size() + 16, 272);
        assert_eq!(calculate_log2_keysize(16), 5);
        assert_eq!(calculate_log2_keysize(21 * 3 / 2), 5);
    }

    #[test]
    fn order_is_insertion_order_and_reinsertion_appends() {
        let mut t = T::new();
        for k in [5, 1, 9, 3] {
            put(&mut t, k, k * 10, false);
        }
        del(&mut t, 1);
        put(&mut t, 1, 11, false);
        put(&mut t, 9, 99, false);
        let items: Vec<_> = t.iter().map(|(k, v)| (*k, *v)).collect();
        assert_eq!(items, vec![(5, 50), (9, 99), (3, 30), (1, 11)]);
        assert_eq!(t.pop_last(), Some((1, 11)));
        assert_eq!(t.len(), 3);
    }

    #[test]
    fn popitem_then_insert_reuses_the_tail() {
        // d = {0: 0, 1: 1, 2: 2}; d.popitem(); d[7] = 1 -> [0, 1, 7], getsizeof 224 (CPython 3.13.0).
        let mut t = T::new();
        for k in 0..3 {
            put(&mut t, k, k, false);
        }
        t.pop_last();
        put(&mut t, 7, 1, false);
        assert_eq!(t.iter().map(|(k, _)| *k).collect::<Vec<_>>(), vec![0, 1, 7]);
        assert_eq!(getsizeof(&t), 224);
    }

    #[test]
    fn colliding_hashes_probe_past_each_other() {
        let mut t = T::new();
        // Keys 0, 8, 16 share slot 0 of an 8-slot table.
        for k in [0, 8, 16, 24, 32] {
            put(&mut t, k, k, false);
        }
        del(&mut t, 8);
        for k in [0, 16, 24, 32] {
            assert!(t.find::<Infallible>(k, &k, |a, b| a == b, |a, b| Ok(a == b)).unwrap().is_some(), "{k}");
        }
        assert!(t.find::<Infallible>(8, &8, |a, b| a == b, |a, b| Ok(a == b)).unwrap().is_none());
    }

    #[test]
    fn an_eq_error_propagates() {
        let mut t = T::new();
        put(&mut t, 1, 1, false);
        // A different key with the same hash makes the lookup call eq, which fails.
        let r = t.find(1, &2, |a, b| a == b, |_, _| Err("boom"));
        assert_eq!(r, Err("boom"));
    }
}
