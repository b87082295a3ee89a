//! Inline caches for attribute and global loads: what CPython's specializing interpreter
//! (Python/specialize.c, the LOAD_ATTR_INSTANCE_VALUE / LOAD_ATTR_WITH_HINT / LOAD_ATTR_METHOD_* /
//! STORE_ATTR_WITH_HINT / LOAD_GLOBAL_* families in Python/bytecodes.c) buys, done the simple way.
//!
//! CPython rewrites the instruction into a specialised form and keeps its guards in the inline
//! CACHE units after it. pyref never rewrites `co_code` (what `dis` shows must stay the adaptive
//! form), so each LOAD_ATTR / STORE_ATTR / LOAD_GLOBAL / STORE_GLOBAL / LOAD_NAME / STORE_NAME
//! gets a slot in the code object's [`InlineCache`] table instead (`Instr::slot`; the name
//! instructions have no CACHE units in 3.13, but their dict lookups profit from a hint just the
//! same). A slot remembers:
//! - for attributes: the type it was filled for and the type epoch at the time
//!   ([`type_epoch`]), with what the type's MRO gave for the name (as `_PyType_Lookup` does) and
//!   how to treat it; any change to any type invalidates every slot;
//! - for dict lookups (instance `__dict__`, globals, builtins): the entry index where the name
//!   was last found (CPython's "hint"), checked by key identity before use, so a stale hint
//!   costs one comparison and a normal lookup.
//! Anything a slot does not cover falls back to the generic path, which is the definition.

use super::*;
use crate::objects::dict::DictTable;
use crate::objects::typeobject::type_epoch;
use std::cell::Cell;

/// The type lookup found nothing: the attribute can only come from the instance dict.
const KIND_INSTANCE: u8 = 1;
/// The type has a plain function (or built-in method descriptor) under the name: a method.
const KIND_METHOD: u8 = 2;
/// The type has a plain data-less attribute: instance dict first, then the class attribute.
const KIND_OTHER: u8 = 3;

/// A `__slots__` member: the value is in the instance's slot array.
const KIND_SLOT: u8 = 4;
/// A property whose getter is a function taking just the instance: LOAD_ATTR_PROPERTY.
const KIND_PROPERTY: u8 = 5;
/// CALL of a class whose instances come from `object.__new__` and whose `__init__` is a
/// function (CALL_ALLOC_AND_ENTER_INIT).
const KIND_INIT: u8 = 6;
/// A module's attribute, found in its dict (LOAD_ATTR_MODULE): the module type has nothing
/// under the name.
const KIND_MODULE: u8 = 7;

/// What an attribute load found through its slot.
pub enum Attr {
    /// The value, and `self` for the method form (None: push NULL).
    Found(ObjRef, Option<ObjRef>),
    /// A property getter to call with the instance (non-method form only).
    Getter(ObjRef),
}

/// One cache slot (see the module doc).
#[derive(Default)]
pub struct InlineCache {
    ty: Cell<usize>,
    epoch: Cell<u64>,
    kind: Cell<u8>,
    descr: Cell<Option<ObjRef>>,
    hint: Cell<u32>,
    hint2: Cell<u32>,
    hint3: Cell<u32>,
    /// Method loads: class keys known not to hold the name while they have `nkeys` keys, so a
    /// split instance dict on them cannot shadow the method.
    keys: Cell<Option<std::rc::Rc<crate::objects::dict::SharedKeys<ObjRef>>>>,
    nkeys: Cell<u32>,
}

/// Whether `op` gets an inline cache slot.
pub fn has_slot(op: Op) -> bool {
    matches!(op, Op::LOAD_ATTR | Op::STORE_ATTR | Op::LOAD_GLOBAL | Op::LOAD_NAME | Op::STORE_NAME | Op::STORE_GLOBAL | Op::CALL)
}

#[inline(always)]
fn descr(c: &InlineCache) -> Option<ObjRef> {
    // SAFETY: the cell is only read here and replaced by `attr_kind_fill`/`class_init`, never
    // while this shared reference lives (cloning only counts a reference; objects never cross
    // threads).
    unsafe { (*c.descr.as_ptr()).clone() }
}

/// `name`'s value in `table`, trying the hinted entry first (names are interned exact strs
/// with their hash cached, so a full probe compares by identity then by text).
#[inline]
fn hinted_get(table: &DictTable<ObjRef, ObjRef>, name: &ObjRef, hint: &Cell<u32>) -> Option<ObjRef> {
    if let Some((k, v)) = table.entry(hint.get() as usize) {
        if k.is(name) {
            return Some(v.clone());
        }
    }
    let ix = find_str(table, name)?;
    hint.set(ix as u32);
    table.entry(ix).map(|(_, v)| v.clone())
}

fn find_str(table: &DictTable<ObjRef, ObjRef>, name: &ObjRef) -> Option<usize> {
    let ns = name.downcast::<StrBody>()?;
    find_str_hashed(table, name, ns, slots::str_hash(ns))
}

#[inline]
fn find_str_hashed(table: &DictTable<ObjRef, ObjRef>, name: &ObjRef, ns: &StrBody, h: i64) -> Option<usize> {
    let r: Result<Option<usize>, ()> = table.find(h, name, |a, b| a.is(b), |a, _| Ok(a.downcast::<StrBody>().is_some_and(|s| s.same_text(ns))));
    r.ok().flatten()
}

/// The instance body of `owner` and the slot's kind for its type (refilled if needed), or None
/// when `owner` is not an instance of a class.
#[inline(always)]
fn instance_kind<'a>(vm: &mut Vm, c: &InlineCache, owner: &'a ObjRef, name: &ObjRef, store: bool) -> Option<(&'a InstanceBody, u8)> {
    if c.ty.get() == owner.type_addr() && c.epoch.get() == type_epoch() {
        // SAFETY: attribute slots are filled only for owners whose body is (or begins with) an
        // `InstanceBody` (checked below); the type fixes its instances' layout, and the epoch
        // moves if the type is freed, so the same type address means the same layout.
        let inst = unsafe { &(*(owner.as_ptr().as_ptr() as *const crate::objects::object::PyBox<InstanceBody>)).body };
        return Some((inst, c.kind.get()));
    }
    let inst = owner.downcast::<InstanceBody>()?;
    Some((inst, attr_kind_fill(vm, c, owner, name, store)))
}

/// Refills slot `c` for `owner`'s type (filled for another type or an older epoch); returns
/// its kind (0: not cacheable, take the generic path).
#[inline(never)]
fn attr_kind_fill(vm: &mut Vm, c: &InlineCache, owner: &ObjRef, name: &ObjRef, store: bool) -> u8 {
    let t = owner.type_addr();
    let ty = owner.type_of();
    let slots = &tp(&ty).slots;
    let generic = if store { slots.setattro.get().is_none() } else { slots.getattro.get().is_none() };
    let found = if generic { vm.type_lookup(&ty, name) } else { None };
    let special = name.downcast::<StrBody>().is_some_and(|s| matches!(s.as_str(), Some("__class__" | "__dict__")));
    let kind = if !generic || special {
        // Custom lookup, or the names object's own descriptors answer (`__class__`,
        // `__dict__`): the generic path.
        0
    } else if found.as_ref().is_some_and(|f| f.downcast::<crate::objects::member_slots::MemberBody>().is_some()) {
        KIND_SLOT
    } else if !store && found.as_ref().and_then(|f| f.downcast::<PropertyBody>()).and_then(|p| p.fget.as_ref()).is_some_and(|g| g.downcast::<FunctionBody>().is_some_and(|fb| super::binds_positionally(&code_body(&fb.code).code, 1))) {
        KIND_PROPERTY
    } else if tp(&ty).has_flag(crate::objects::member_slots::NO_DICT) {
        // `__slots__` without `__dict__`: the generic path.
        0
    } else {
        match &found {
            None => KIND_INSTANCE,
            Some(f) if f.downcast::<FunctionBody>().is_some() || (f.downcast::<MethodDescrBody>().is_some() && !crate::objects::descrobject::is_classmethod_descr(vm, f)) => KIND_METHOD,
            Some(f) if crate::objects::attrs::is_data_descr(vm, f) => 0,
            // Other class attributes: only the store path can use them (they do not intercept
            // stores); loads would need their `__get__`.
            Some(_) if store => KIND_OTHER,
            Some(_) => 0,
        }
    };
    if kind == KIND_SLOT {
        // A slot's hint is its member's index (no dict is looked at for it).
        if let Some(m) = found.as_ref().and_then(|f| f.downcast::<crate::objects::member_slots::MemberBody>()) {
            c.hint.set(u32::try_from(m.index).unwrap_or(u32::MAX));
        }
    }
    // `is_data_descr` may run Python code that changes types: fill for the epoch seen now.
    c.ty.set(t);
    c.epoch.set(type_epoch());
    c.kind.set(kind);
    c.descr.set(found);
    kind
}

/// The body of `owner`, an object whose type the (current) slot `c` was filled for.
///
/// # Safety
/// `c.ty` must equal `owner`'s type address and `c.epoch` the current epoch, with a kind that
/// `attr_kind_fill` gives only for `InstanceBody` owners (any but 0 and [`KIND_MODULE`]).
#[inline(always)]
unsafe fn instance_body<'a>(owner: &'a ObjRef) -> &'a InstanceBody {
    // SAFETY: see `instance_kind`: the type fixes its instances' layout, and the epoch moves if
    // the type is freed, so a type whose slot says "instance" has `InstanceBody` instances.
    &(*(owner.as_ptr().as_ptr() as *const crate::objects::object::PyBox<InstanceBody>)).body
}

/// LOAD_ATTR's hit on a slot that holds, with no refill and no dict: the inline attribute of an
/// instance (CPython's LOAD_ATTR_INSTANCE_VALUE) or, in the method form, a method that no
/// inline attribute shadows (LOAD_ATTR_METHOD_WITH_VALUES). Gives the value and whether it is a
/// method to be followed by `self`; None leaves the case to [`load_attr`].
#[inline(always)]
pub fn load_attr_hit(c: &InlineCache, owner: &ObjRef, name: &ObjRef, method: bool) -> Option<(ObjRef, bool)> {
    if c.ty.get() != owner.type_addr() || c.epoch.get() != type_epoch() {
        return None;
    }
    let kind = c.kind.get();
    // (Called with a constant `method`: each form gets its own copy, the likely kind first.)
    if method && kind == KIND_METHOD {
        // SAFETY: a current slot of kind METHOD is filled for instance owners only.
        let inst = unsafe { instance_body(owner) };
        // SAFETY: the dict field and the values are only read here (no code runs); a
        // replacement or store in progress makes this the generic path.
        if unsafe { inst.dict.try_borrow_unguarded() }.ok()?.is_some() {
            return None;
        }
        let vals = unsafe { inst.values.try_borrow_unguarded() }.ok()?;
        if inline_shadows(c, owner, vals, name) {
            return None;
        }
        return descr(c).map(|f| (f, true));
    }
    if kind == KIND_INSTANCE {
        // SAFETY: a current slot of kind INSTANCE (modules' slots say MODULE) (`instance_body`).
        let inst = unsafe { instance_body(owner) };
        // Values are inline only while the instance has no dict (inline_values.rs), so a hit
        // here is the attribute; nothing below stores into them or runs code.
        // SAFETY: a mutable borrow in progress makes this the generic path.
        let vals = unsafe { inst.values.try_borrow_unguarded() }.ok()?;
        return vals.get_hit(name, c.hint.get()).map(|v| (v.clone(), false));
    }
    if kind == KIND_SLOT {
        // LOAD_ATTR_SLOT: the member's index is the hint (`attr_kind_fill`); an empty slot
        // raises from the generic path.
        // SAFETY: a current slot of kind SLOT is filled for instance owners only; the slot
        // array is only read here.
        let inst = unsafe { instance_body(owner) };
        let slots = unsafe { inst.slots.try_borrow_unguarded() }.ok()?;
        return slots.get(c.hint.get() as usize)?.clone().map(|v| (v, false));
    }
    None
}

/// STORE_ATTR's hit on a slot that holds, with no refill and no dict: `owner`'s inline
/// attribute replaced (CPython's STORE_ATTR_INSTANCE_VALUE). Gives the old value, or `v` back
/// for [`store_attr`].
#[inline(always)]
pub fn store_attr_hit(c: &InlineCache, owner: &ObjRef, name: &ObjRef, v: ObjRef) -> Result<Option<ObjRef>, ObjRef> {
    if c.ty.get() != owner.type_addr() || c.epoch.get() != type_epoch() {
        return Err(v);
    }
    let kind = c.kind.get();
    if kind == KIND_SLOT {
        // STORE_ATTR_SLOT: the member's index is the hint (`attr_kind_fill`).
        // SAFETY: a current slot of kind SLOT is filled for instance owners only.
        let inst = unsafe { instance_body(owner) };
        let Ok(mut s) = inst.slots.try_borrow_mut() else { return Err(v) };
        let ix = c.hint.get() as usize;
        if let Some(slot) = s.get_mut(ix) {
            return Ok(std::mem::replace(slot, Some(v)));
        }
        if ix == u32::MAX as usize {
            return Err(v);
        }
        s.resize(ix + 1, None);
        s[ix] = Some(v);
        return Ok(None);
    }
    if !matches!(kind, KIND_INSTANCE | KIND_OTHER) {
        return Err(v);
    }
    // SAFETY: a current slot of kind INSTANCE or OTHER (a STORE_ATTR slot is filled for
    // instance owners only).
    let inst = unsafe { instance_body(owner) };
    // A value in the hinted slot means the attributes are inline (there is no dict).
    let Ok(mut vals) = inst.values.try_borrow_mut() else { return Err(v) };
    vals.replace_hit(name, c.hint.get(), v).map(Some)
}

/// LOAD_ATTR on an instance of a class with generic attribute lookup. Returns what to push
/// (the attribute and, in the method form, `self` or NULL), or None to take the generic path.
#[inline]
pub fn load_attr(vm: &mut Vm, c: &InlineCache, owner: &ObjRef, name: &ObjRef, method: bool) -> Option<Attr> {
    if owner.is_exact(&vm.t.module) {
        return load_module_attr(vm, c, owner, name);
    }
    let (inst, kind) = instance_kind(vm, c, owner, name, false)?;
    match kind {
        0 => return None,
        // An empty slot raises from the generic path.
        KIND_SLOT => return slot_value(c, inst).map(|v| Attr::Found(v, None)),
        KIND_PROPERTY if !method => {
            let d = descr(c)?;
            return d.downcast::<PropertyBody>()?.fget.clone().map(Attr::Getter);
        }
        KIND_PROPERTY => return None,
        _ => {}
    }
    // Read in place: nothing below runs Python code or replaces the instance's dict.
    // SAFETY: as said, the dict field is not replaced while this is read; a replacement in
    // progress makes this the generic path.
    let Ok(d) = (unsafe { inst.dict.try_borrow_unguarded() }) else { return None };
    let Some(d) = d.as_ref() else {
        // The attributes are inline (objects/inline_values.rs).
        // SAFETY: nothing below stores into the values or runs code that could (the checks
        // compare names and clone a value), so no mutable borrow can begin while this is read;
        // a mutable borrow in progress makes this the generic path.
        let Ok(vals) = (unsafe { inst.values.try_borrow_unguarded() }) else { return None };
        return match kind {
            KIND_INSTANCE => vals.get(name, &c.hint).map(|v| Attr::Found(v, None)),
            // The instance's own attribute shadows the method.
            KIND_METHOD if method && !inline_shadows(c, owner, &vals, name) => Some(Attr::Found(descr(c)?, Some(owner.clone()))),
            _ => None,
        };
    };
    let dict = d.downcast::<DictBody>()?;
    match kind {
        KIND_INSTANCE => {
            let v = hinted_get(&dict.table.borrow(), name, &c.hint)?;
            Some(Attr::Found(v, None))
        }
        KIND_METHOD => {
            // The instance dict shadows the method.
            if shadows(c, &dict.table.borrow(), name) {
                return None;
            }
            if !method {
                return None;
            }
            Some(Attr::Found(descr(c)?, Some(owner.clone())))
        }
        _ => None,
    }
}

/// LOAD_ATTR_MODULE: a name the `module` type does not define, found in the module's dict
/// through the slot's hint (`math.sqrt`); None takes the generic path (a missing name, for the
/// module's `__getattr__` and the error).
#[inline]
fn load_module_attr(vm: &mut Vm, c: &InlineCache, owner: &ObjRef, name: &ObjRef) -> Option<Attr> {
    let kind = if c.ty.get() == owner.type_addr() && c.epoch.get() == type_epoch() {
        c.kind.get()
    } else {
        // Only names the module type lacks; the kind says "module" so that no instance fast
        // path takes the module for an instance.
        let k = if attr_kind_fill(vm, c, owner, name, false) == KIND_INSTANCE { KIND_MODULE } else { 0 };
        c.kind.set(k);
        k
    };
    if kind != KIND_MODULE {
        return None;
    }
    let d = owner.downcast::<ModuleBody>()?.dict.clone();
    let dict = d.downcast::<DictBody>()?;
    let v = hinted_get(&dict.table.borrow(), name, &c.hint)?;
    Some(Attr::Found(v, None))
}

/// Whether instance dict `table` holds `name` (a method load's shadowing check). A split
/// table holds only its class keys, which only grow: once they are seen without the name, the
/// check is a comparison until they gain a key.
#[inline]
fn shadows(c: &InlineCache, table: &DictTable<ObjRef, ObjRef>, name: &ObjRef) -> bool {
    let Some(keys) = table.shared_ref() else { return find_str(table, name).is_some() };
    if keys_lack(c, keys, name) {
        return false;
    }
    find_str(table, name).is_some()
}

/// [`shadows`] for an instance whose attributes are inline: its values can only have names
/// among its class keys.
#[inline(always)]
fn inline_shadows(c: &InlineCache, owner: &ObjRef, vals: &crate::objects::inline_values::InlineValues, name: &ObjRef) -> bool {
    // SAFETY: an object's type is a type object, whose body is (or, for a metaclass's
    // instances, begins with: `#[repr(C)]`, base first) a `TypeObject`; `owner` keeps it alive.
    let t = unsafe { &(*(owner.type_addr() as *const crate::objects::object::PyBox<TypeObject>)).body };
    let Some(keys) = t.cached_keys.get() else { return vals.get(name, &c.hint).is_some() };
    // SAFETY: the cell is only replaced by `keys_lack`, after this reference is last used.
    let known = unsafe { (*c.keys.as_ptr()).as_ref().is_some_and(|k| std::rc::Rc::ptr_eq(k, keys)) };
    if known && c.nkeys.get() as usize == keys.len() {
        return false;
    }
    inline_shadows_slow(c, keys, vals, name)
}

#[inline(never)]
fn inline_shadows_slow(c: &InlineCache, keys: &std::rc::Rc<crate::objects::dict::SharedKeys<ObjRef>>, vals: &crate::objects::inline_values::InlineValues, name: &ObjRef) -> bool {
    !keys_lack(c, keys, name) && vals.get(name, &c.hint).is_some()
}

/// Whether class keys `keys` do not hold `name` (remembered in `c` while they do not grow).
#[inline]
fn keys_lack(c: &InlineCache, keys: &std::rc::Rc<crate::objects::dict::SharedKeys<ObjRef>>, name: &ObjRef) -> bool {
    // SAFETY: the cell is only replaced below, after this reference is last used.
    let known = unsafe { (*c.keys.as_ptr()).as_ref().is_some_and(|k| std::rc::Rc::ptr_eq(k, keys)) };
    if known && c.nkeys.get() as usize == keys.len() {
        return true;
    }
    let Some(ns) = name.downcast::<StrBody>() else { return false };
    if keys.contains(slots::str_hash(ns), name) {
        return false;
    }
    c.nkeys.set(keys.len() as u32);
    c.keys.set(Some(keys.clone()));
    true
}

/// The index of the member descriptor cached in `c`.
#[inline]
fn member_index(c: &InlineCache) -> Option<usize> {
    let d = c.descr.take();
    let ix = d.as_ref().and_then(|d| d.downcast::<crate::objects::member_slots::MemberBody>()).map(|m| m.index);
    c.descr.set(d);
    ix
}

#[inline]
fn slot_value(c: &InlineCache, inst: &InstanceBody) -> Option<ObjRef> {
    inst.slots.borrow().get(member_index(c)?).cloned().flatten()
}

/// STORE_ATTR on an instance whose class has generic attribute assignment and no data
/// descriptor under the name. Returns the value back when the generic path must run.
#[inline]
pub fn store_attr(vm: &mut Vm, c: &InlineCache, owner: &ObjRef, name: &ObjRef, v: ObjRef) -> PyResult<Option<ObjRef>> {
    let Some((inst, kind)) = instance_kind(vm, c, owner, name, true) else { return Ok(Some(v)) };
    if kind == 0 {
        return Ok(Some(v));
    }
    if kind == KIND_SLOT {
        let Some(ix) = member_index(c) else { return Ok(Some(v)) };
        let mut s = inst.slots.borrow_mut();
        if s.len() <= ix {
            s.resize(ix + 1, None);
        }
        let old = std::mem::replace(&mut s[ix], Some(v));
        drop(s);
        drop(old);
        return Ok(None);
    }
    let d = inst.dict.borrow().clone();
    let d = match d {
        Some(d) => d,
        None => match inst.store_inline(owner, name, v, &c.hint) {
            Ok(old) => {
                drop(old);
                return Ok(None);
            }
            // The inline values cannot take it: the dict is made and takes it.
            Err(v) => match inst.materialize(owner) {
                Some(d) => {
                    store_dict(vm, c, &d, name, v)?;
                    return Ok(None);
                }
                None => return Ok(Some(v)),
            },
        },
    };
    if d.downcast::<DictBody>().is_none() {
        return Ok(Some(v));
    }
    store_dict(vm, c, &d, name, v)?;
    Ok(None)
}

/// CALL of `cls`: its `__init__` function when the call can allocate the instance with
/// `object.__new__` and enter `__init__` directly — `cls`'s metaclass is `type` (no `__call__` of
/// its own), its instances are plain, `__new__` is object's and `__init__` a Python function —
/// else None (the generic call).
#[inline]
pub fn class_init(vm: &mut Vm, c: &InlineCache, cls: &ObjRef) -> Option<ObjRef> {
    let t = cls.downcast::<TypeObject>()?;
    let addr = cls.addr();
    let epoch = type_epoch();
    if c.ty.get() != addr || c.epoch.get() != epoch {
        let mut kind = 0;
        let mut init = None;
        let plain = std::ptr::eq(t.head.instance_layout, <InstanceBody as crate::objects::object::Body>::layout());
        if plain && cls.type_of().is(&vm.t.type_) && t.slots.new.get().is_some() {
            let new_name = vm.intern_static("__new__");
            let object = vm.t.object.clone();
            let own_new = vm.type_lookup(cls, &new_name);
            let object_new = vm.type_lookup(&object, &new_name);
            if matches!((&own_new, &object_new), (Some(a), Some(b)) if a.is(b)) {
                let init_name = vm.intern_static("__init__");
                init = vm.type_lookup(cls, &init_name).filter(|f| f.downcast::<FunctionBody>().is_some());
                if init.is_some() {
                    kind = KIND_INIT;
                }
            }
        }
        c.ty.set(addr);
        c.epoch.set(type_epoch());
        c.kind.set(kind);
        c.descr.set(init);
    }
    if c.kind.get() == KIND_INIT {
        descr(c)
    } else {
        None
    }
}

/// LOAD_GLOBAL: the name in the globals dict, else in the builtins dict (both exact dicts).
#[inline(always)]
pub fn load_global(c: &InlineCache, globals: &ObjRef, builtins: &ObjRef, name: &ObjRef) -> Option<ObjRef> {
    // SAFETY (both reads): a table is only read here (keys compared by identity or str text, a
    // value cloned: no code runs); a mutable borrow in progress makes this the generic path.
    let g = unsafe { globals.downcast::<DictBody>()?.table.try_borrow_unguarded() }.ok()?;
    if let Some(v) = hinted_get(g, name, &c.hint) {
        return Some(v);
    }
    let b = unsafe { builtins.downcast::<DictBody>()?.table.try_borrow_unguarded() }.ok()?;
    hinted_get(b, name, &c.hint2)
}

/// LOAD_NAME when the locals are an exact dict (module and class bodies): locals, globals,
/// builtins, each with its own hint. None: not found or not that case; the generic path decides.
#[inline]
pub fn load_name(c: &InlineCache, vm: &Vm, locals: &ObjRef, globals: &ObjRef, builtins: &ObjRef, name: &ObjRef) -> Option<ObjRef> {
    if !locals.is_exact(&vm.t.dict) || !globals.is_exact(&vm.t.dict) || !builtins.is_exact(&vm.t.dict) {
        return None;
    }
    // SAFETY (the three reads): exact dicts' bodies are `DictBody`s, and a table is only read
    // here (keys compared by identity or str text, a value cloned: no code runs); a mutable
    // borrow in progress makes this the generic path.
    #[inline(always)]
    fn table(d: &ObjRef) -> Option<&DictTable<ObjRef, ObjRef>> {
        unsafe { d.downcast_unchecked::<DictBody>().table.try_borrow_unguarded() }.ok()
    }
    if let Some(v) = hinted_get(table(locals)?, name, &c.hint) {
        return Some(v);
    }
    if !globals.is(locals) {
        if let Some(v) = hinted_get(table(globals)?, name, &c.hint2) {
            return Some(v);
        }
    }
    hinted_get(table(builtins)?, name, &c.hint3)
}

/// `d[name] = v` for an exact dict and an interned name (STORE_NAME, STORE_GLOBAL): the value
/// replaced in place when the hinted entry holds the name, else a normal insertion.
#[inline(always)]
pub fn store_dict(vm: &mut Vm, c: &InlineCache, d: &ObjRef, name: &ObjRef, v: ObjRef) -> PyResult<()> {
    if let Some(dict) = d.downcast::<DictBody>() {
        if let Ok(mut table) = dict.table.try_borrow_mut() {
            let hint = c.hint.get() as usize;
            if table.entry(hint).is_some_and(|(k, _)| k.is(name)) {
                let old = table.value_mut(hint).map(|slot| std::mem::replace(slot, v));
                drop(table);
                drop(old);
                return Ok(());
            }
        }
    }
    store_dict_slow(vm, c, d, name, v)
}

/// [`store_dict`]'s hit, for a dict `d` the caller holds no reference to (a frame's locals or
/// globals): when `d` is an exact dict (`dict_type`) whose hinted entry holds `name`, the value
/// is replaced and the old one given back (for the caller to drop once nothing borrows the
/// dict); else `v` comes back.
#[inline(always)]
pub fn store_dict_hit(c: &InlineCache, d: &ObjRef, dict_type: &ObjRef, name: &ObjRef, v: ObjRef) -> Result<ObjRef, ObjRef> {
    if !d.is_exact(dict_type) {
        return Err(v);
    }
    // SAFETY: an exact dict's body is a `DictBody`.
    let dict = unsafe { d.downcast_unchecked::<DictBody>() };
    let Ok(mut table) = dict.table.try_borrow_mut() else { return Err(v) };
    let hint = c.hint.get() as usize;
    if !table.entry(hint).is_some_and(|(k, _)| k.is(name)) {
        return Err(v);
    }
    match table.value_mut(hint) {
        Some(slot) => Ok(std::mem::replace(slot, v)),
        None => Err(v),
    }
}

/// [`store_dict`] when the hinted entry does not hold the name.
#[inline(never)]
fn store_dict_slow(vm: &mut Vm, c: &InlineCache, d: &ObjRef, name: &ObjRef, v: ObjRef) -> PyResult<()> {
    let Some(dict) = d.downcast::<DictBody>() else { return vm.dict_set(d, name.clone(), v) };
    let mut table = dict.table.borrow_mut();
    if !table.is_unicode() {
        // A key that is not a str could have a Python `__eq__`: the generic insertion.
        drop(table);
        vm.dict_set(d, name.clone(), v)?;
        if let Some(ix) = find_str(&dict.table.borrow(), name) {
            c.hint.set(ix as u32);
        }
        return Ok(());
    }
    // Every key is an exact str and so is the (interned) name: no Python code can run.
    let Some(ns) = name.downcast::<StrBody>() else {
        drop(table);
        return vm.dict_set(d, name.clone(), v);
    };
    let h = slots::str_hash(ns);
    let old = match find_str_hashed(&table, name, ns, h) {
        Some(ix) => {
            c.hint.set(ix as u32);
            table.value_mut(ix).map(|slot| std::mem::replace(slot, v))
        }
        None => {
            table.insert_absent(h, name.clone(), v, true);
            // An absent key is appended: it is the last entry.
            c.hint.set(table.entries_len().saturating_sub(1) as u32);
            None
        }
    };
    drop(table);
    drop(old);
    Ok(())
}

/// FOR_ITER_LIST / FOR_ITER_TUPLE: the next item of `it`, a list or tuple iterator (exact type
/// checked by the caller), or Some(None) once exhausted (the iterator then lets go of its
/// sequence, as `listiter_next` does); None when a borrow in progress needs the generic path.
/// Kept out of line so that the loop's register use is not changed by it.
#[inline(never)]
pub fn seq_iter_step(it: &ObjRef) -> Option<Option<ObjRef>> {
    // SAFETY: list and tuple iterators' bodies are `SeqIterBody`s (the caller checked the type).
    let b = unsafe { it.downcast_unchecked::<crate::objects::bodies::SeqIterBody>() };
    let i = b.index.get();
    // SAFETY: the sequence field and the list's items are only read here (an item cloned: no
    // code runs); a borrow in progress takes the generic path.
    let item = match unsafe { b.seq.try_borrow_unguarded() }.ok()? {
        Some(seq) => match seq.downcast::<crate::objects::bodies::ListBody>() {
            Some(l) => unsafe { l.items.try_borrow_unguarded() }.ok()?.get(i).cloned(),
            None => seq.downcast::<crate::objects::bodies::TupleBody>()?.items.get(i).cloned(),
        },
        None => return Some(None),
    };
    match item {
        Some(x) => {
            b.index.set(i + 1);
            Some(Some(x))
        }
        None => {
            let seq = b.seq.replace(None);
            drop(seq);
            Some(None)
        }
    }
}
