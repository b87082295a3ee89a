//! Inline values: a plain instance's attributes kept in the instance itself until its
//! `__dict__` is asked for (CPython 3.13's `_PyObject_InitInlineValues`,
//! `_PyObject_StoreInstanceAttribute`, `_PyObject_TryGetInstanceAttribute` and
//! `_PyObject_MaterializeManagedDict` in Objects/dictobject.c, with `Py_TPFLAGS_INLINE_VALUES`
//! from Objects/typeobject.c).
//!
//! An instance of a class whose instances share the class's cached keys starts with no dict
//! object: its attributes are values inside the instance block, in the slot of their name's
//! index among the class keys (admitted to them exactly as a split dict's keys are), with the
//! insertion order beside them. The attribute fast paths
//! (eval/icache.rs, `PyObject_GenericGetAttr`) read and write them there. Anything else that
//! needs the dict (`__dict__`, `vars()`, deletion, a name that is not an exact str, a key the
//! class keys cannot take or whose index is beyond the block's slots) makes it first: a split dict over the
//! class keys holding the values in insertion order, untracked, which the instance then keeps (the
//! values move into it). So an instance with values inline has no dict: the load fast paths
//! rely on it (only `eval/icache.rs` stores values, and only while the dict is absent). So the dict, when made, is the one the instance would have had all
//! along; only the blocks it costs are saved while nobody asks for it. Deallocation and the
//! collector visit and release the values in key order, as CPython's do.
//!
//! CPython sizes the values array from the class keys; here the block holds [`CAP`] slots.

use super::bodies::{DictBody, InstanceBody};
use super::object::ObjRef;
use super::typeobject::tp;
use std::cell::Cell;

/// Value slots an instance block holds: an attribute whose class key index is beyond them
/// needs the dict.
pub const CAP: usize = 5;

/// The inline attributes: slot `i` holds the attribute named by the class's `i`-th shared key
/// (with that key, so a lookup compares names without reaching the class), and `order` lists
/// the slots in insertion order (no holes: a deletion makes the dict).
#[derive(Default)]
#[repr(C)]
pub struct InlineValues {
    len: u8,
    order: [u8; CAP],
    items: [Option<(ObjRef, ObjRef)>; CAP],
}

impl Drop for InlineValues {
    /// Values are released in key order, as `subtype_dealloc` clears inline values.
    fn drop(&mut self) {
        self.clear();
    }
}

impl InlineValues {
    /// The number of attributes.
    #[inline]
    pub fn len(&self) -> usize {
        self.len as usize
    }

    /// Drops every value in key order (`_PyObject_ClearInstanceAttributes`).
    pub fn clear(&mut self) {
        self.len = 0;
        for slot in self.items.iter_mut() {
            let old = slot.take();
            drop(old);
        }
    }

    /// The values in key order (what the collector visits, `_PyObject_VisitInstanceAttributes`).
    pub fn values(&self) -> impl Iterator<Item = &ObjRef> + '_ {
        self.items.iter().flatten().map(|(_, v)| v)
    }

    /// The slot of `name` (an exact str): identity first, then equal text.
    #[inline]
    fn find(&self, name: &ObjRef) -> Option<usize> {
        if let Some(i) = self.items.iter().position(|p| p.as_ref().is_some_and(|(k, _)| k.is(name))) {
            return Some(i);
        }
        self.items.iter().position(|p| p.as_ref().is_some_and(|(k, _)| super::type_new::same_str(k, name)))
    }

    /// `name`'s value, trying slot `hint` first (and remembering where it was found).
    #[inline(always)]
    pub fn get(&self, name: &ObjRef, hint: &Cell<u32>) -> Option<ObjRef> {
        if let Some(Some((k, v))) = self.items.get(hint.get() as usize) {
            if k.is(name) {
                return Some(v.clone());
            }
        }
        self.get_slow(name, hint)
    }

    /// `name`'s value if slot `hint` holds it (no search: a miss is left to [`Self::get`]).
    #[inline(always)]
    pub fn get_hit(&self, name: &ObjRef, hint: u32) -> Option<&ObjRef> {
        match self.items.get(hint as usize) {
            Some(Some((k, v))) if k.is(name) => Some(v),
            _ => None,
        }
    }

    /// Replaces `name`'s value if slot `hint` holds it, giving the old value (`v` back on a
    /// miss, for [`InstanceBody::store_inline`]).
    #[inline(always)]
    pub fn replace_hit(&mut self, name: &ObjRef, hint: u32, v: ObjRef) -> Result<ObjRef, ObjRef> {
        match self.items.get_mut(hint as usize) {
            Some(Some((k, slot))) if k.is(name) => Ok(std::mem::replace(slot, v)),
            _ => Err(v),
        }
    }

    #[inline(never)]
    fn get_slow(&self, name: &ObjRef, hint: &Cell<u32>) -> Option<ObjRef> {
        let ix = self.find(name)?;
        hint.set(ix as u32);
        self.items[ix].as_ref().map(|(_, v)| v.clone())
    }
}

/// Whether `name` is an exact str (the only keys inline values take).
#[inline]
fn exact_str(name: &ObjRef) -> bool {
    std::ptr::eq(name.layout(), <super::bodies::StrBody as super::object::Body>::layout())
}

impl InstanceBody {
    /// A new instance body of class `cls` (`object.__new__`). With the class's cached keys
    /// (a heap type whose instances have a managed dict) the attributes start inline, and an
    /// `inline` class (`Py_TPFLAGS_INLINE_VALUES`: no fields besides the header) takes one of
    /// the keys' usable slots; other instances get their dict now. `__slots__` classes without
    /// `__dict__` get none.
    pub fn new(vm: &crate::vm::Vm, cls: &ObjRef, inline: bool) -> InstanceBody {
        let c = tp(cls);
        let dict = if c.has_flag(super::member_slots::NO_DICT) {
            None
        } else if c.flags.get() & super::sizes::C_LAYOUT == 0 && c.has_flag(super::typeobject::tpflags::HEAPTYPE) {
            let keys = c.cached_keys.get_or_init(|| {
                let k = super::dict::SharedKeys::new(super::type_new::same_str);
                let _ = k.dict_type.set(vm.t.dict.clone());
                std::rc::Rc::new(k)
            });
            if inline {
                keys.new_instance();
            }
            None
        } else {
            Some(super::gc::new_instance_dict(vm))
        };
        // `__slots__` members: the array is made at its full length now (CPython's members are
        // part of the instance block), so stores never grow it.
        let members = if c.flags.get() & super::sizes::C_LAYOUT == 0 { c.basicsize.get().saturating_sub(16) / 8 } else { 0 };
        let slots = if members == 0 {
            Default::default()
        } else {
            let mut v = super::pool::PoolVec::with_capacity(members);
            v.resize(members, None);
            v
        };
        InstanceBody { dict: std::cell::RefCell::new(dict), values: Default::default(), slots: std::cell::RefCell::new(slots) }
    }

    /// The instance's `__dict__` (`o` is the instance), made now from the inline values if it
    /// does not exist yet (`_PyObject_MaterializeManagedDict`).
    pub fn materialize(&self, o: &ObjRef) -> Option<ObjRef> {
        if let Some(d) = &*self.dict.borrow() {
            return Some(d.clone());
        }
        let ty = o.type_of_borrowed();
        let keys = tp(&ty).cached_keys.get()?.clone();
        let dict_type = keys.dict_type.get()?.clone();
        let d = super::object::alloc_untracked(&dict_type, DictBody { table: Default::default() });
        {
            let body = d.downcast::<DictBody>()?;
            let mut table = body.table.borrow_mut();
            table.set_shared(keys);
            let mut vals = self.values.borrow_mut();
            let n = vals.len();
            vals.len = 0;
            for i in 0..n {
                let ix = vals.order[i] as usize;
                if let Some((k, v)) = vals.items[ix].take() {
                    let h = k.downcast::<super::bodies::StrBody>().map_or(0, super::slots::str_hash);
                    table.push_split(h, k, v);
                }
            }
        }
        *self.dict.borrow_mut() = Some(d.clone());
        Some(d)
    }

    /// Whether the attributes are inline (no `__dict__` made yet) for a class that has them.
    #[inline]
    pub fn is_inline(&self) -> bool {
        self.dict.borrow().is_none()
    }

    /// `o.name = v` into the inline values (`o` is the instance, `name` an interned str);
    /// returns the replaced value, or gives `v` back when the dict must be made first (`name`
    /// is not an exact str, the block is full, or the class keys cannot take it).
    #[inline]
    pub fn store_inline(&self, o: &ObjRef, name: &ObjRef, v: ObjRef, hint: &Cell<u32>) -> Result<Option<ObjRef>, ObjRef> {
        let Ok(mut vals) = self.values.try_borrow_mut() else { return Err(v) };
        let h = hint.get() as usize;
        match vals.items.get_mut(h) {
            Some(Some((k, slot))) if k.is(name) => return Ok(Some(std::mem::replace(slot, v))),
            Some(None) => {
                // A value can only be in the slot of its key: if the class key there is `name`,
                // the attribute is absent and goes there (the key is admitted already).
                let ty = o.type_of_borrowed();
                if tp(&ty).cached_keys.get().is_some_and(|keys| keys.key_is(h, name, |a, b| a.is(b))) {
                    let n = vals.len();
                    vals.items[h] = Some((name.clone(), v));
                    vals.order[n] = h as u8;
                    vals.len += 1;
                    return Ok(None);
                }
            }
            _ => {}
        }
        if let Some(ix) = vals.find(name) {
            hint.set(ix as u32);
            let (_, slot) = vals.items[ix].as_mut().expect("found slots are live");
            return Ok(Some(std::mem::replace(slot, v)));
        }
        if !exact_str(name) {
            return Err(v);
        }
        let ty = o.type_of_borrowed();
        let Some(keys) = tp(&ty).cached_keys.get() else { return Err(v) };
        let Some(ns) = name.downcast::<super::bodies::StrBody>() else { return Err(v) };
        let h = super::slots::str_hash(ns);
        // `at`: where the key would be if instances set their attributes in the same order.
        let n = vals.len();
        if !keys.admit(h, name, n) {
            return Err(v);
        }
        let Some(ix) = keys.index_of(h, name, n).filter(|&ix| ix < CAP) else { return Err(v) };
        vals.items[ix] = Some((name.clone(), v));
        vals.order[n] = ix as u8;
        vals.len += 1;
        hint.set(ix as u32);
        Ok(None)
    }
}

/// `PyObject_GenericGetAttr`'s instance-dict step on inline values: Some(found or not) when
/// `o` keeps its attributes inline and `name` is an exact str, else None (use the dict).
pub fn try_get(o: &ObjRef, name: &ObjRef) -> Option<Option<ObjRef>> {
    let inst = o.downcast::<InstanceBody>()?;
    if !exact_str(name) || !inst.is_inline() || tp(&o.type_of()).has_flag(super::member_slots::NO_DICT) {
        return None;
    }
    let vals = inst.values.try_borrow().ok()?;
    let hint = Cell::new(u32::MAX);
    Some(vals.get(name, &hint))
}
