//! The cycle collector (Python/gc.c, the default build's collector of CPython 3.13).
//!
//! Reference counting frees everything except reference cycles; this finds the cycles.
//! Containers (layouts with [`Layout::gc`](super::object::Layout)) are allocated with a
//! [`GcHead`] before their object header and tracked from birth in one of three generations
//! (lists of objects in tracking order; an object's head records its generation and position,
//! so tracking and untracking are O(1): untracking leaves a hole that the next growth of the
//! list squeezes out). Allocations minus deallocations of containers are counted; when the
//! count passes the first threshold (2000) with the collector enabled, a collection is
//! scheduled and run at the next safe point (the eval loop's finalizer check before a call,
//! objects/finalize.rs), collecting the oldest generation whose count passed its threshold
//! (the oldest only when a quarter of the long-lived objects are new, as CPython limits full
//! collections).
//!
//! A collection of generation g takes g and the younger generations and:
//! 1. copies each object's reference count into `gc_refs` and subtracts one for each
//!    reference from inside the set (visited through the per-type traverse functions,
//!    objects/gc_traverse.rs); what is left counts references from outside: the value stack,
//!    frames, `Vm` fields, Rust locals, untracked objects — every owner the traverse functions
//!    do not report — so objects with `gc_refs > 0` are the roots;
//! 2. marks what the roots reach (CPython's `move_unreachable`, same list order), untracks
//!    tuples that hold only atomic values, and moves the survivors to the next generation;
//! 3. holds the unreachable objects, runs each one's finalizer once (PEP 442: `__del__`,
//!    generator close; the object's head records that it ran), then repeats step 1-2 on them
//!    to find the ones a finalizer resurrected (those move on to the older generation);
//! 4. clears the rest (`tp_clear`: lists, dicts, sets, cells, function attributes, slots,
//!    MROs), which breaks the cycles, and lets go: reference counting frees them.
//!
//! The count a collection reports is the number of unreachable objects, as CPython 3.13 counts
//! them: a dict that holds no container counts as untracked (CPython tracks a dict only once
//! a container is stored in it). The `__dict__` of a plain class's instance is allocated
//! untracked and, while only the instance holds it, is part of the instance: the instance's
//! traverse and clear reach its values (3.13 keeps instance attributes inline in the instance,
//! with no dict object); while something else holds it too, its values are not visited, which
//! keeps them alive.

use super::bodies::{DictBody, ListBody, TupleBody};
use super::object::{gc_head, Body, GcHead, ObjHead, ObjRef, IMMORTAL};
use crate::vm::Vm;
use std::cell::RefCell;
use std::ptr::NonNull;

type P = NonNull<ObjHead>;

pub const NUM_GENERATIONS: usize = 3;
/// `GcHead::gen` of an untracked container.
pub const UNTRACKED: u8 = u8::MAX;
/// `GcHead::gen` of frozen objects (`gc.freeze()`).
const PERMANENT: u8 = 3;
/// `GcHead::gen` while a collection holds the object in a working list.
const IN_COLLECTION: u8 = 4;

const COLLECTING: u8 = 1;
const UNREACHABLE: u8 = 2;
const FINALIZED: u8 = 4;
/// Allocated by `alloc_untracked`: never counted, so not uncounted when freed.
const UNLINKED: u8 = 8;

/// `gc.DEBUG_SAVEALL`: unreachable objects go to `gc.garbage` instead of being cleared.
pub const DEBUG_SAVEALL: i64 = 32;

/// One generation: its objects in tracking order, holes where objects were untracked.
struct Gen {
    objs: Vec<Option<P>>,
    live: usize,
}

impl Gen {
    const fn new() -> Gen {
        Gen { objs: Vec::new(), live: 0 }
    }
}

/// Why a collection runs (`_PyGC_Reason`): shutdown collections call no callbacks.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Reason {
    Heap,
    Manual,
    Shutdown,
}

struct State {
    gens: [Gen; 4],
    count: [i64; NUM_GENERATIONS],
    threshold: [i64; NUM_GENERATIONS],
    enabled: bool,
    collecting: bool,
    long_lived_total: usize,
    long_lived_pending: usize,
    debug: i64,
    /// Per generation: collections, objects collected, uncollectable objects.
    stats: [[usize; 3]; NUM_GENERATIONS],
}

impl State {
    const fn new() -> State {
        State {
            gens: [Gen::new(), Gen::new(), Gen::new(), Gen::new()],
            count: [0; NUM_GENERATIONS],
            threshold: [2000, 10, 10],
            enabled: true,
            collecting: false,
            long_lived_total: 0,
            long_lived_pending: 0,
            debug: 0,
            stats: [[0; 3]; NUM_GENERATIONS],
        }
    }
}

thread_local! {
    static GC: RefCell<State> = const { RefCell::new(State::new()) };
}

fn with<R>(f: impl FnOnce(&mut State) -> R) -> Option<R> {
    GC.try_with(|g| f(&mut g.borrow_mut())).ok()
}

/// Appends `p` to generation `gi`, squeezing out holes first when the list would grow.
fn push(st: &mut State, gi: u8, p: P, h: &GcHead) {
    let g = &mut st.gens[gi as usize];
    if g.objs.len() == g.objs.capacity() && g.live * 2 < g.objs.len() {
        compact(g);
    }
    h.idx.set(g.objs.len() as u32);
    h.gen.set(gi);
    g.objs.push(Some(p));
    g.live += 1;
}

fn compact(g: &mut Gen) {
    let mut j = 0;
    for i in 0..g.objs.len() {
        if let Some(p) = g.objs[i] {
            // SAFETY: objects in a generation are live containers.
            unsafe { gc_head(p) }.idx.set(j as u32);
            g.objs[j] = Some(p);
            j += 1;
        }
    }
    g.objs.truncate(j);
}

/// A new container (`_PyObject_GC_Link` and `_PyObject_GC_TRACK`): counted, tracked in the
/// youngest generation, and a collection scheduled when the count passes the threshold.
#[inline]
pub fn link(p: P, h: &GcHead) {
    with(|st| {
        st.count[0] += 1;
        push(st, 0, p, h);
        if st.count[0] > st.threshold[0] && st.enabled && st.threshold[0] != 0 && !st.collecting {
            super::object::schedule_gc();
        }
    });
}

fn remove(st: &mut State, h: &GcHead) {
    let gi = h.gen.get();
    h.gen.set(UNTRACKED);
    if gi == UNTRACKED || gi == IN_COLLECTION {
        return;
    }
    let g = &mut st.gens[gi as usize];
    let i = h.idx.get() as usize;
    g.objs[i] = None;
    g.live -= 1;
    if i + 1 == g.objs.len() {
        while let Some(None) = g.objs.last() {
            g.objs.pop();
        }
    }
}

/// A container being freed (`PyObject_GC_Del`): untracked and uncounted.
#[inline]
pub fn unlink(_p: P, h: &GcHead) {
    with(|st| {
        remove(st, h);
        if st.count[0] > 0 && h.flags.get() & UNLINKED == 0 {
            st.count[0] -= 1;
        }
    });
}

/// A container allocated untracked and uncounted (`alloc_untracked`).
pub fn mark_unlinked(h: &GcHead) {
    h.flags.set(h.flags.get() | UNLINKED);
}

/// A plain instance's `__dict__` that only the instance holds and the collector does not
/// track: the dict is part of the instance (CPython 3.13's inline values).
pub fn inline_dict(d: &ObjRef) -> Option<&DictBody> {
    if d.refcount() != 1 || !std::ptr::eq(d.layout(), DictBody::layout()) {
        return None;
    }
    // SAFETY: a dict is a container.
    if unsafe { gc_head(d.as_ptr()) }.gen.get() != UNTRACKED {
        return None;
    }
    d.downcast::<DictBody>()
}

/// A new `__dict__` for a plain instance, untracked (see [`inline_dict`]).
pub fn new_instance_dict(vm: &Vm) -> ObjRef {
    super::object::alloc_untracked(&vm.t.dict, DictBody { table: RefCell::new(super::dict::DictTable::new()) })
}

/// Stops tracking a container (`PyObject_GC_UnTrack`).
pub fn untrack(_p: P, h: &GcHead) {
    if h.gen.get() != UNTRACKED {
        with(|st| remove(st, h));
    }
}

/// Records that the object's finalizer ran; true if it had run already (`_PyGC_FINALIZED`).
pub fn mark_finalized(h: &GcHead) -> bool {
    let f = h.flags.get();
    h.flags.set(f | FINALIZED);
    f & FINALIZED != 0
}

#[inline]
fn head_of<'a>(o: &ObjRef) -> Option<&'a GcHead> {
    // SAFETY: a live object whose layout has `gc` has a GcHead.
    o.layout().gc.as_ref().map(|_| unsafe { gc_head(o.as_ptr()) })
}

/// `_PyObject_GC_MAY_BE_TRACKED`: a container, unless it is a tuple that was untracked.
fn may_be_tracked(o: &ObjRef) -> bool {
    match head_of(o) {
        None => false,
        Some(h) => !std::ptr::eq(o.layout(), TupleBody::layout()) || h.gen.get() != UNTRACKED,
    }
}

/// Whether a dict counts as tracked: CPython tracks a dict once a container goes into it.
fn dict_tracked(d: &DictBody) -> bool {
    match d.table.try_borrow() {
        Ok(t) => t.iter().any(|(k, v)| may_be_tracked(k) || may_be_tracked(v)),
        Err(_) => true,
    }
}

/// `gc.is_finalized(o)`: whether the object's finalizer ran.
pub fn is_finalized(o: &ObjRef) -> bool {
    head_of(o).is_some_and(|h| h.flags.get() & FINALIZED != 0)
}

/// `gc.is_tracked(o)`.
pub fn is_tracked(o: &ObjRef) -> bool {
    let Some(h) = head_of(o) else { return false };
    if h.gen.get() == UNTRACKED {
        return false;
    }
    if std::ptr::eq(o.layout(), DictBody::layout()) {
        return o.downcast::<DictBody>().is_some_and(dict_tracked);
    }
    true
}

/// `visit_decref`: a reference from inside the set.
#[inline]
pub fn subtract_visit(r: &ObjRef) {
    if let Some(rh) = collecting(r) {
        rh.refs.set(rh.refs.get() - 1);
    }
}

/// `visit_reachable`'s state: the list being scanned and the tentatively unreachable list.
pub struct Reach<'a> {
    young: &'a mut Vec<Option<P>>,
    unreach: &'a mut Vec<Option<P>>,
}

impl Reach<'_> {
    /// `visit_reachable`: `r` is reachable from an object known to be reachable.
    #[inline]
    pub fn visit(&mut self, r: &ObjRef) {
        if let Some(rh) = collecting(r) {
            if rh.flags.get() & UNREACHABLE != 0 {
                // Seen as unreachable earlier: back to the end of the list.
                self.unreach[rh.idx.get() as usize] = None;
                rh.flags.set(rh.flags.get() & !UNREACHABLE);
                rh.refs.set(1);
                rh.idx.set(self.young.len() as u32);
                self.young.push(Some(r.as_ptr()));
            } else if rh.refs.get() == 0 {
                rh.refs.set(1);
            }
        }
    }
}

/// The head of `o` if it takes part in the collection under way.
#[inline]
fn collecting<'a>(o: &ObjRef) -> Option<&'a GcHead> {
    head_of(o).filter(|h| h.flags.get() & COLLECTING != 0)
}

/// Splits `young` into what is reachable from outside it (left in `young`, in CPython's order)
/// and what is not (returned, in list order): `deduce_unreachable` of Python/gc.c. `held`
/// references per object belong to the caller and do not count as outside references.
fn deduce_unreachable(young: &mut Vec<Option<P>>, held: isize) -> Vec<P> {
    let (released, released_refs) = RELEASED.with(|r| r.get());
    for p in young.iter().flatten() {
        // SAFETY: live containers.
        let h = unsafe { gc_head(*p) };
        let rc = unsafe { ObjRef::borrow_raw(*p) }.refcount();
        let held = if p.as_ptr() as usize == released { held + released_refs } else { held };
        h.refs.set(if rc >= IMMORTAL { isize::MAX / 2 } else { rc as isize - held });
        h.flags.set(h.flags.get() | COLLECTING);
        h.gen.set(IN_COLLECTION);
    }
    for p in young.iter().flatten() {
        // SAFETY: the collector's lists hold live objects.
        let o = unsafe { ObjRef::borrow_raw(*p) };
        if let Some(g) = &o.layout().gc {
            (g.subtract)(&o);
        }
    }
    let mut unreach: Vec<Option<P>> = Vec::new();
    let mut i = 0;
    while i < young.len() {
        if let Some(p) = young[i] {
            let h = unsafe { gc_head(p) };
            // A negative count would mean a traverse reported a reference the object does not
            // own: treat the object as referenced from outside rather than free it.
            if h.refs.get() != 0 {
                let o = unsafe { ObjRef::borrow_raw(p) };
                if let Some(g) = &o.layout().gc {
                    (g.reach)(&o, &mut Reach { young: &mut *young, unreach: &mut unreach });
                }
                h.flags.set(h.flags.get() & !COLLECTING);
            } else {
                young[i] = None;
                h.flags.set(h.flags.get() | UNREACHABLE);
                h.idx.set(unreach.len() as u32);
                unreach.push(Some(p));
            }
        }
        i += 1;
    }
    young.retain(Option::is_some);
    unreach.into_iter().flatten().collect()
}

thread_local! {
    /// An object and how many of its references the caller of [`collect_releasing`] holds
    /// without them counting as references from outside.
    static RELEASED: std::cell::Cell<(usize, isize)> = const { std::cell::Cell::new((0, 0)) };
}

/// A full shutdown collection (`_PyGC_CollectNoFail`) in which `n` references to `o` held by
/// the caller do not make it reachable: how `__main__`'s namespace, once the module object is
/// gone, is collected with its finalizers run while it is still intact when only cycles through
/// its functions hold it.
pub fn collect_releasing(vm: &mut Vm, o: &ObjRef, n: isize) -> usize {
    RELEASED.with(|r| r.set((o.addr(), n)));
    let collected = collect(vm, NUM_GENERATIONS - 1, Reason::Shutdown);
    RELEASED.with(|r| r.set((0, 0)));
    collected
}

/// `untrack_tuples`: surviving exact tuples that hold no container stop being tracked.
fn untrack_tuples(young: &mut [Option<P>], tuple_type: usize) {
    for slot in young.iter_mut() {
        let Some(p) = *slot else { continue };
        let o = unsafe { ObjRef::borrow_raw(p) };
        if o.type_addr() != tuple_type {
            continue;
        }
        let Some(t) = o.downcast::<TupleBody>() else { continue };
        if !t.items.iter().any(may_be_tracked) {
            let h = unsafe { gc_head(p) };
            h.gen.set(UNTRACKED);
            h.flags.set(h.flags.get() & !(COLLECTING | UNREACHABLE));
            *slot = None;
        }
    }
}

/// Puts the objects of a collection's list into generation `gi` (those still tracked).
fn append(st: &mut State, gi: u8, list: impl IntoIterator<Item = P>) {
    for p in list {
        let h = unsafe { gc_head(p) };
        h.flags.set(h.flags.get() & (FINALIZED | UNLINKED));
        if h.gen.get() == IN_COLLECTION {
            push(st, gi, p, h);
        }
    }
}

/// Runs a collection of `generation` and the younger ones (`gc_collect_main`); returns the
/// number of unreachable objects found (0 if a collection is already running).
pub fn collect(vm: &mut Vm, generation: usize, reason: Reason) -> usize {
    let started = with(|st| !std::mem::replace(&mut st.collecting, true)).unwrap_or(false);
    if !started {
        return 0;
    }
    if reason != Reason::Shutdown {
        invoke_callbacks(vm, "start", generation, 0, 0);
    }
    let mut young = with(|st| {
        if generation + 1 < NUM_GENERATIONS {
            st.count[generation + 1] += 1;
        }
        for c in st.count.iter_mut().take(generation + 1) {
            *c = 0;
        }
        // The younger generations are merged after the one collected, youngest first.
        let mut young = std::mem::take(&mut st.gens[generation].objs);
        st.gens[generation].live = 0;
        for i in 0..generation {
            young.append(&mut st.gens[i].objs);
            st.gens[i].live = 0;
        }
        young
    })
    .unwrap_or_default();
    young.retain(Option::is_some);
    let unreachable = deduce_unreachable(&mut young, 0);
    untrack_tuples(&mut young, vm.t.tuple.addr());
    let old = (generation + 1).min(NUM_GENERATIONS - 1) as u8;
    with(|st| {
        let n = young.iter().flatten().count();
        if generation == NUM_GENERATIONS - 2 {
            st.long_lived_pending += n;
        } else if generation == NUM_GENERATIONS - 1 {
            st.long_lived_pending = 0;
            st.long_lived_total = n;
        }
        append(st, old, young.iter().flatten().copied());
        // Generation 0 keeps its list's allocation for what comes next.
        if st.gens[0].objs.is_empty() {
            young.clear();
            st.gens[0].objs = young;
        }
    });

    // The unreachable objects stay alive while their finalizers run.
    // SAFETY: they are live (nothing has run since they were found).
    let held: Vec<ObjRef> = unreachable.iter().map(|p| unsafe { ObjRef::from_addr(p.as_ptr() as usize) }).collect();
    for o in &held {
        let h = unsafe { gc_head(o.as_ptr()) };
        if o.type_has_finalizer() && !mark_finalized(h) {
            super::finalize::finalize(vm, o);
        }
    }
    // Finalizers may have made some of them reachable again.
    let mut again: Vec<Option<P>> = held
        .iter()
        .filter_map(|o| {
            let h = unsafe { gc_head(o.as_ptr()) };
            h.flags.set(h.flags.get() & (FINALIZED | UNLINKED));
            (h.gen.get() == IN_COLLECTION).then(|| o.as_ptr())
        })
        .map(Some)
        .collect();
    let garbage = deduce_unreachable(&mut again, 1);
    with(|st| append(st, old, again.into_iter().flatten()));

    let collected = count_garbage(&garbage);
    let saveall = with(|st| st.debug & DEBUG_SAVEALL != 0).unwrap_or(false);
    let garbage_list = vm.modules.gc.garbage.borrow().clone();
    for &p in &garbage {
        let o = unsafe { ObjRef::borrow_raw(p) };
        if saveall {
            if let Some(mut l) = garbage_list.as_ref().and_then(|l| l.downcast::<ListBody>()).and_then(|l| l.items.try_borrow_mut().ok()) {
                l.push(ObjRef::clone(&o));
            }
        } else if let Some(g) = &o.layout().gc {
            (g.clear)(&o);
        }
    }
    // Whatever the clearing did not free is freed (or kept) as `held` lets go.
    with(|st| append(st, old, garbage.iter().copied()));
    drop(held);

    let uncollectable = 0;
    with(|st| {
        let s = &mut st.stats[generation];
        s[0] += 1;
        s[1] += collected;
        s[2] += uncollectable;
    });
    if reason != Reason::Shutdown {
        invoke_callbacks(vm, "stop", generation, collected, uncollectable);
    }
    with(|st| st.collecting = false);
    collected + uncollectable
}

/// How many of the unreachable objects CPython would have tracked (see the module comment).
fn count_garbage(garbage: &[P]) -> usize {
    garbage
        .iter()
        .filter(|&&p| {
            let o = unsafe { ObjRef::borrow_raw(p) };
            !std::ptr::eq(o.layout(), DictBody::layout()) || o.downcast::<DictBody>().is_some_and(dict_tracked)
        })
        .count()
}

/// Calls each of `gc.callbacks` with the phase and the collection's info dict; errors are
/// reported as unraisable (`invoke_gc_callback`).
fn invoke_callbacks(vm: &mut Vm, phase: &str, generation: usize, collected: usize, uncollectable: usize) {
    let Some(cbs) = vm.modules.gc.callbacks.borrow().clone() else { return };
    let Some(list) = cbs.downcast::<ListBody>() else { return };
    if list.items.try_borrow().map_or(true, |l| l.is_empty()) {
        return;
    }
    let info = vm.new_dict();
    for (k, v) in [("generation", generation), ("collected", collected), ("uncollectable", uncollectable)] {
        let v = vm.int(v as i64);
        vm.dict_set_str(&info, k, v);
    }
    let phase = vm.str(phase);
    let mut i = 0;
    loop {
        let Some(cb) = list.items.try_borrow().ok().and_then(|l| l.get(i).cloned()) else { break };
        if let Err(e) = vm.call(&cb, &[phase.clone(), info.clone()], None) {
            super::finalize::write_unraisable(vm, &cb, &e.0);
        }
        i += 1;
    }
}

/// The collection the allocation count asked for (`_Py_RunGC`), if the collector is enabled:
/// the oldest generation over its threshold (`gc_select_generation`).
pub fn collect_scheduled(vm: &mut Vm) {
    let gen = with(|st| {
        if !st.enabled {
            return None;
        }
        (0..NUM_GENERATIONS).rev().find(|&i| {
            st.count[i] > st.threshold[i]
                && !(i == NUM_GENERATIONS - 1 && st.long_lived_pending < st.long_lived_total / 4)
        })
    })
    .flatten();
    if let Some(g) = gen {
        collect(vm, g, Reason::Heap);
    }
}

/// At exit: a full collection if the collector is enabled (`Py_FinalizeEx`'s `PyGC_Collect`).
pub fn collect_at_exit(vm: &mut Vm) {
    if enabled() {
        collect(vm, NUM_GENERATIONS - 1, Reason::Manual);
    }
}

/// A new interpreter starts with CPython's settings (the lists stay: they are per thread).
pub fn reset() {
    with(|st| {
        st.count = [0; NUM_GENERATIONS];
        st.threshold = [2000, 10, 10];
        st.enabled = true;
        st.collecting = false;
        st.debug = 0;
        st.stats = [[0; 3]; NUM_GENERATIONS];
        st.long_lived_pending = 0;
        st.long_lived_total = 0;
    });
}

pub fn enabled() -> bool {
    with(|st| st.enabled).unwrap_or(false)
}

pub fn set_enabled(on: bool) {
    with(|st| st.enabled = on);
}

pub fn threshold() -> [i64; NUM_GENERATIONS] {
    with(|st| st.threshold).unwrap_or_default()
}

/// `gc.set_threshold`: the given thresholds, the others unchanged.
pub fn set_threshold(t: &[i64]) {
    with(|st| st.threshold[..t.len()].copy_from_slice(t));
}

pub fn count() -> [i64; NUM_GENERATIONS] {
    with(|st| st.count).unwrap_or_default()
}

pub fn debug() -> i64 {
    with(|st| st.debug).unwrap_or(0)
}

pub fn set_debug(flags: i64) {
    with(|st| st.debug = flags);
}

/// Per generation: (collections, collected, uncollectable).
pub fn stats() -> [[usize; 3]; NUM_GENERATIONS] {
    with(|st| st.stats).unwrap_or_default()
}

/// `gc.freeze()`: every tracked object moves to the permanent generation.
pub fn freeze() {
    with(|st| {
        for i in 0..NUM_GENERATIONS {
            let objs = std::mem::take(&mut st.gens[i].objs);
            st.gens[i].live = 0;
            for p in objs.into_iter().flatten() {
                push(st, PERMANENT, p, unsafe { gc_head(p) });
            }
            st.count[i] = 0;
        }
    });
}

/// `gc.unfreeze()`: the permanent generation goes back to the oldest.
pub fn unfreeze() {
    with(|st| {
        let objs = std::mem::take(&mut st.gens[PERMANENT as usize].objs);
        st.gens[PERMANENT as usize].live = 0;
        for p in objs.into_iter().flatten() {
            push(st, (NUM_GENERATIONS - 1) as u8, p, unsafe { gc_head(p) });
        }
    });
}

pub fn freeze_count() -> usize {
    with(|st| st.gens[PERMANENT as usize].live).unwrap_or(0)
}

/// Whether freeing objects now could run a finalizer: a tracked object (any generation, frozen
/// ones too) has one, or is a class with a finalizer whose instances are not containers (such an
/// instance keeps its class alive, and classes are tracked). The exit path (pythonrun.rs) skips
/// the shutdown collections when this is false and nothing else can observe them.
pub fn finalizers_possible() -> bool {
    with(|st| {
        st.gens.iter().any(|g| {
            g.objs.iter().flatten().any(|&p| {
                // SAFETY: tracked objects are live.
                let o = unsafe { ObjRef::borrow_raw(p) };
                o.type_has_finalizer()
                    || o.downcast::<super::typeobject::TypeObject>().is_some_and(|t| t.head.finalizer.get() && t.head.instance_layout.gc.is_none())
            })
        })
    })
    .unwrap_or(true)
}

/// The tracked objects of one generation, or of all three (`gc.get_objects`).
pub fn objects(generation: Option<usize>) -> Vec<ObjRef> {
    let ptrs: Vec<P> = with(|st| {
        let gens = match generation {
            Some(g) => g..g + 1,
            None => 0..NUM_GENERATIONS,
        };
        gens.flat_map(|g| st.gens[g].objs.iter().flatten().copied().collect::<Vec<_>>()).collect()
    })
    .unwrap_or_default();
    // SAFETY: tracked objects are live; nothing ran since the lists were read.
    ptrs.into_iter().map(|p| unsafe { ObjRef::from_addr(p.as_ptr() as usize) }).filter(is_tracked).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::host::Host;

    fn self_list(vm: &Vm) -> ObjRef {
        let l = vm.list(Vec::new());
        l.downcast::<ListBody>().unwrap().items.borrow_mut().push(l.clone());
        l
    }

    #[test]
    fn cycles_are_found_and_rust_held_objects_are_roots() {
        let (mut host, _out, _err) = Host::captured("/tmp");
        let mut vm = Vm::new(&mut host);
        collect(&mut vm, 2, Reason::Manual);
        assert_eq!(collect(&mut vm, 2, Reason::Manual), 0);
        // Two self-referencing lists and a two-list ring, unreachable.
        drop(self_list(&vm));
        drop(self_list(&vm));
        let a = vm.list(Vec::new());
        let b = vm.list(vec![a.clone()]);
        a.downcast::<ListBody>().unwrap().items.borrow_mut().push(b.clone());
        drop((a, b));
        assert_eq!(collect(&mut vm, 0, Reason::Manual), 4);
        // A cycle only a Rust local holds stays, whole.
        let kept = self_list(&vm);
        let inner = vm.list(vec![kept.clone()]);
        kept.downcast::<ListBody>().unwrap().items.borrow_mut().push(inner.clone());
        drop(inner);
        assert_eq!(collect(&mut vm, 2, Reason::Manual), 0);
        assert_eq!(kept.downcast::<ListBody>().unwrap().items.borrow().len(), 2);
        assert!(is_tracked(&kept));
        drop(kept);
        assert_eq!(collect(&mut vm, 2, Reason::Manual), 2);
    }

    #[test]
    fn tuples_of_atomic_values_are_untracked_by_a_collection() {
        let (mut host, _out, _err) = Host::captured("/tmp");
        let mut vm = Vm::new(&mut host);
        let t = vm.tuple(vec![vm.int(1), vm.int(2)]);
        let u = vm.tuple(vec![vm.list(Vec::new())]);
        assert!(is_tracked(&t) && is_tracked(&u));
        collect(&mut vm, 0, Reason::Manual);
        assert!(!is_tracked(&t) && is_tracked(&u));
        let d = vm.new_dict();
        assert!(!is_tracked(&d));
        let l = vm.list(Vec::new());
        vm.dict_set_str(&d, "l", l);
        assert!(is_tracked(&d));
    }
}
