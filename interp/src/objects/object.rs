//! The object header and reference counting: pyref's `PyObject`.
//!
//! Models Include/object.h (`PyObject`, `Py_INCREF`/`Py_DECREF`, immortal objects) and the
//! deallocation path of Objects/object.c. Every Python value is a heap block that starts with an
//! [`ObjHead`] (a reference count and a pointer to the object's type, itself an object), followed by
//! a body whose Rust type is fixed by the type's layout. [`ObjRef`] is an owned reference: cloning
//! it is `Py_INCREF`, dropping it is `Py_DECREF`, and the block is freed the moment the last
//! reference goes, so `__del__` runs when CPython would run it.
//!
//! This is one of the few modules with `unsafe`. The invariants it keeps:
//! - an `ObjRef` always points at a live block whose `refcnt` counts it;
//! - a block's body is the Rust type recorded in its type's [`Layout`], which never changes;
//! - a layout with a `base` (the body of an instance of a subclass of a built-in, see
//!   [`SubBody`]) is a `#[repr(C)]` body whose first field is the base's body, at the same offset
//!   in the block as in a block of the base, so the block is also a valid block of the base body
//!   (checked at compile time by [`impl_sub_body!`](crate::impl_sub_body));
//! - objects never cross threads (`ObjRef` is neither `Send` nor `Sync`): one interpreter runs on
//!   one thread, so the counts need no atomics;
//! - immortal objects (the small ints, `None`, the built-in types, ...) ignore count changes, as in
//!   CPython 3.12+, and are freed with their interpreter.

use std::cell::Cell;
use std::marker::PhantomData;
use std::ptr::NonNull;

/// A count at or above this marks an immortal object.
pub const IMMORTAL: usize = 1 << 60;

/// The header every object starts with (`PyObject`: `ob_refcnt`, `ob_type`).
#[repr(C)]
pub struct ObjHead {
    refcnt: Cell<usize>,
    /// The type object. Null only while the `type` type itself is being created.
    ty: Cell<*const ObjHead>,
}

/// A whole object: the header followed by its body.
#[repr(C)]
pub struct PyBox<T> {
    head: ObjHead,
    pub body: T,
}

/// How an object's block is laid out and torn down; one per body type, recorded in its type
/// object. `drop_block` drops the body and frees the block.
pub struct Layout {
    pub name: &'static str,
    pub drop_block: unsafe fn(NonNull<ObjHead>),
    /// Reads the type of a block of this layout that is a type object (None for other layouts).
    pub as_type: Option<unsafe fn(NonNull<ObjHead>) -> &'static Layout>,
    /// The layout whose body this one begins with (subclasses of built-ins), if any.
    pub base: Option<fn() -> &'static Layout>,
    /// Containers (CPython's `Py_TPFLAGS_HAVE_GC` types): blocks carry a [`GcHead`] before the
    /// object header, and these visit and clear the references the body owns (`tp_traverse`,
    /// `tp_clear`; objects/gc_traverse.rs). None for atomic values (ints, floats, strs, ...).
    pub gc: Option<GcOps>,
    /// Dropping the body releases no object references (`!needs_drop` and not a container:
    /// floats, small ints), so freeing a block can neither recurse nor run Python code and
    /// skips the trashcan bookkeeping.
    pub leaf: bool,
}

/// A container type's `tp_traverse` and `tp_clear` (see [`GcBody`]).
pub struct GcOps {
    pub traverse: fn(&ObjRef, &mut dyn FnMut(&ObjRef)),
    /// The collector's two visits, with the visit function inlined into the traverse.
    pub subtract: fn(&ObjRef),
    pub reach: fn(&ObjRef, &mut super::gc::Reach),
    pub clear: fn(&ObjRef),
}

/// A body that can hold references to other objects, so that it can take part in a reference
/// cycle (objects/gc_traverse.rs implements it for each container body).
pub trait GcBody: Body {
    /// Calls `visit` once for every reference the body owns (`o` is the object itself).
    fn traverse<V: FnMut(&ObjRef)>(&self, o: &ObjRef, visit: &mut V);
    /// Drops the references that can form cycles (`tp_clear`); the default clears nothing.
    fn clear(&self, _o: &ObjRef) {}
}

/// [`GcBody::traverse`] of the body of `o`, a block of `T`s (or of a body beginning with one).
pub fn gc_traverse_of<T: GcBody>(o: &ObjRef, visit: &mut dyn FnMut(&ObjRef)) {
    // SAFETY: the layout recording this function is `T`'s or one whose body begins with a `T`.
    let body = unsafe { &(*(o.ptr.as_ptr() as *const PyBox<T>)).body };
    body.traverse(o, &mut |r| visit(r))
}

/// [`GcBody::traverse`] with the collector's `subtract_refs` visit.
pub fn gc_subtract_of<T: GcBody>(o: &ObjRef) {
    // SAFETY: as in `gc_traverse_of`.
    let body = unsafe { &(*(o.ptr.as_ptr() as *const PyBox<T>)).body };
    body.traverse(o, &mut |r| super::gc::subtract_visit(r))
}

/// [`GcBody::traverse`] with the collector's `move_unreachable` visit.
pub fn gc_reach_of<T: GcBody>(o: &ObjRef, cx: &mut super::gc::Reach) {
    // SAFETY: as in `gc_traverse_of`.
    let body = unsafe { &(*(o.ptr.as_ptr() as *const PyBox<T>)).body };
    body.traverse(o, &mut |r| cx.visit(r))
}

/// [`GcBody::clear`] of the body of `o` (as [`gc_traverse_of`]).
pub fn gc_clear_of<T: GcBody>(o: &ObjRef) {
    // SAFETY: as in `gc_traverse_of`.
    let body = unsafe { &(*(o.ptr.as_ptr() as *const PyBox<T>)).body };
    body.clear(o)
}

/// The collector's per-object header, which sits just before the [`ObjHead`] of a container
/// (CPython's `PyGC_Head`; objects/gc.rs uses it): where the object is in its generation's list,
/// which generation, state bits, and the `gc_refs` count of a collection in progress.
#[repr(C)]
pub struct GcHead {
    pub idx: Cell<u32>,
    pub gen: Cell<u8>,
    pub flags: Cell<u8>,
    pub refs: Cell<isize>,
}

/// The size of [`GcHead`]: a container's block starts this many bytes before its object.
pub const GC_HEAD_SIZE: usize = std::mem::size_of::<GcHead>();

/// A container's block: the collector's header, then the object.
#[repr(C)]
struct GcBox<T> {
    gc: GcHead,
    obj: PyBox<T>,
}

/// The [`GcHead`] of a container object (`p`'s layout has [`Layout::gc`]).
///
/// # Safety
/// `p` must be a live object whose layout has `gc` set.
#[inline]
pub unsafe fn gc_head<'a>(p: NonNull<ObjHead>) -> &'a GcHead {
    &*((p.as_ptr() as *const u8).sub(GC_HEAD_SIZE) as *const GcHead)
}

/// The body of an instance of a Python subclass of a built-in type (CPython extends the base's
/// struct with `__dict__` and `__weakref__` pointers): the base's body first, then the instance
/// dict. A block holding a `SubBody<T>` downcasts to `T` as well.
#[repr(C)]
pub struct SubBody<T> {
    pub base: T,
    pub dict: ObjRef,
}

/// A body type that can live in an object, with its layout. The layout is a `static` (one
/// address per body type), because objects are told apart by comparing layout addresses.
pub trait Body: Sized + 'static {
    /// Blocks of this body carry a [`GcHead`] (the layout has [`Layout::gc`]).
    const GC: bool = false;
    fn layout() -> &'static Layout;
}

/// The drop function for blocks whose body is `T`.
///
/// # Safety
/// `p` must point at a `PyBox<T>` allocated by [`alloc`] whose count has reached zero.
pub unsafe fn drop_block<T: Body>(p: NonNull<ObjHead>) {
    let block = p.as_ptr() as *mut PyBox<T>;
    let ty = (*block).head.ty.get();
    if T::GC {
        super::gc::unlink(p, gc_head(p));
    }
    std::ptr::drop_in_place(block);
    if T::GC {
        super::pool::free((block as *mut u8).sub(GC_HEAD_SIZE), std::alloc::Layout::new::<GcBox<T>>());
    } else {
        super::pool::free(block as *mut u8, std::alloc::Layout::new::<PyBox<T>>());
    }
    // Every object holds a reference to its type (as heap types do in CPython).
    if let Some(t) = NonNull::new(ty as *mut ObjHead) {
        decref(t);
    }
}

/// An owned reference to an object.
#[repr(transparent)]
pub struct ObjRef {
    ptr: NonNull<ObjHead>,
    _not_send: PhantomData<*const ()>,
}

/// Where a type object keeps the layout of its instances. Type objects are ordinary objects
/// whose body starts with this (see `typeobject`).
#[repr(C)]
pub struct TypeHead {
    pub instance_layout: &'static Layout,
    /// Instances need finalizing before they are freed (a class with `__del__`, generators):
    /// when the last reference goes, the object is queued instead (see [`take_finalizable`]).
    pub finalizer: Cell<bool>,
}

impl TypeHead {
    pub const fn new(instance_layout: &'static Layout) -> TypeHead {
        TypeHead { instance_layout, finalizer: Cell::new(false) }
    }
}

#[inline]
fn incref(p: NonNull<ObjHead>) {
    let head = unsafe { p.as_ref() };
    let n = head.refcnt.get();
    if n < IMMORTAL {
        head.refcnt.set(n + 1);
    }
}

#[inline]
fn decref(p: NonNull<ObjHead>) {
    let head = unsafe { p.as_ref() };
    let n = head.refcnt.get();
    if n >= IMMORTAL {
        return;
    }
    if n == 1 {
        head.refcnt.set(0);
        unsafe { dealloc(p) }
    } else {
        head.refcnt.set(n - 1);
    }
}

/// How deep deallocations may nest before further ones are deferred (CPython's trashcan,
/// Include/cpython/object.h `Py_TRASHCAN_BEGIN`): freeing a long chain of nested objects must not
/// recurse on the Rust stack without bound.
const TRASHCAN_DEPTH: u32 = 64;

thread_local! {
    /// Objects whose last reference went while their type has a finalizer, kept alive (one
    /// reference each) until the interpreter runs their finalizer (`PyObject_CallFinalizer`).
    static TO_FINALIZE: std::cell::RefCell<Vec<NonNull<ObjHead>>> = const { std::cell::RefCell::new(Vec::new()) };
    /// Addresses of queued or finalized objects that are still alive: a finalizer runs once
    /// (`_PyGC_FINALIZED`), even if the object is resurrected.
    static FINALIZED: std::cell::RefCell<Vec<usize>> = const { std::cell::RefCell::new(Vec::new()) };
    static DEALLOC_DEPTH: Cell<u32> = const { Cell::new(0) };
    static TRASHCAN: std::cell::RefCell<Vec<NonNull<ObjHead>>> = const { std::cell::RefCell::new(Vec::new()) };
    /// Whether the trashcan may hold blocks (read without touching the trashcan itself).
    static TRASHED: Cell<bool> = const { Cell::new(false) };
}

/// Frees a block whose count reached zero, through its type's layout.
#[cold]
unsafe fn dealloc(p: NonNull<ObjHead>) {
    // SAFETY: a live object's type pointer is set (only `type` itself is briefly without one,
    // and it is immortal), and points at a type object.
    let th = type_head(NonNull::new_unchecked(p.as_ref().ty.get() as *mut ObjHead));
    if th.instance_layout.leaf && !th.finalizer.get() {
        // Nothing nested can be freed: no trashcan depth to keep (floats and ints end here).
        (th.instance_layout.drop_block)(p);
        return;
    }
    let depth = DEALLOC_DEPTH.with(|d| d.get());
    if depth >= TRASHCAN_DEPTH {
        TRASHCAN.with(|t| t.borrow_mut().push(p));
        TRASHED.with(|t| t.set(true));
        return;
    }
    DEALLOC_DEPTH.with(|d| d.set(depth + 1));
    free_block(p);
    if depth == 0 && TRASHED.with(|t| t.get()) {
        // The outermost deallocation empties the trashcan, one block at a time.
        while let Some(q) = TRASHCAN.with(|t| t.borrow_mut().pop()) {
            free_block(q);
        }
        TRASHED.with(|t| t.set(false));
    }
    DEALLOC_DEPTH.with(|d| d.set(depth));
}

unsafe fn free_block(p: NonNull<ObjHead>) {
    let ty = p.as_ref().ty.get();
    let ty = NonNull::new(ty as *mut ObjHead).expect("an object being freed has a type");
    let th = type_head(ty);
    if th.finalizer.get() {
        let addr = p.as_ptr() as usize;
        let done = if th.instance_layout.gc.is_some() {
            super::gc::mark_finalized(gc_head(p))
        } else {
            FINALIZED.with(|f| {
            let mut f = f.borrow_mut();
            match f.iter().rposition(|&a| a == addr) {
                Some(i) => {
                    f.swap_remove(i);
                    true
                }
                None => {
                    f.push(addr);
                    false
                }
            }
            })
        };
        if !done {
            // Resurrected with one reference, owned by the queue.
            p.as_ref().refcnt.set(1);
            TO_FINALIZE.with(|q| q.borrow_mut().push(p));
            WORK.with(|w| w.set(w.get() | WORK_FINALIZE));
            return;
        }
    }
    (th.instance_layout.drop_block)(p);
}

const WORK_FINALIZE: u8 = 1;
const WORK_GC: u8 = 2;

thread_local! {
    /// What waits for the next safe point: queued finalizers, a scheduled collection.
    static WORK: Cell<u8> = const { Cell::new(0) };
}

/// Whether objects wait for their finalizer or a collection is due (checked by the eval loop
/// before calls; `objects::finalize::run_pending` does the work).
#[inline]
pub fn finalizers_pending() -> bool {
    WORK.with(|w| w.get() != 0)
}

/// Asks for a collection at the next safe point (CPython's `_Py_ScheduleGC`).
pub fn schedule_gc() {
    WORK.with(|w| w.set(w.get() | WORK_GC));
}

/// Whether a collection was scheduled; the request is consumed.
pub fn take_gc_request() -> bool {
    WORK.with(|w| {
        let v = w.get();
        w.set(v & !WORK_GC);
        v & WORK_GC != 0
    })
}

/// The next object waiting for its finalizer, oldest first. Dropping the reference afterwards
/// frees it (unless the finalizer resurrected it); its finalizer never runs again.
pub fn take_finalizable() -> Option<ObjRef> {
    TO_FINALIZE.with(|q| {
        let mut q = q.borrow_mut();
        let r = if q.is_empty() { None } else { Some(ObjRef { ptr: q.remove(0), _not_send: PhantomData }) };
        if q.is_empty() {
            WORK.with(|w| w.set(w.get() & !WORK_FINALIZE));
        }
        r
    })
}

/// The [`TypeHead`] at the start of a type object's body.
#[inline]
unsafe fn type_head<'a>(ty: NonNull<ObjHead>) -> &'a TypeHead {
    // Type objects are `PyBox<B>` where `B` is `#[repr(C)]` and starts with a `TypeHead`.
    let body = (ty.as_ptr() as *const u8).add(std::mem::size_of::<ObjHead>()) as *const TypeHead;
    &*body
}

/// Allocates a new object of type `ty` with `body`; its count starts at 1.
///
/// Panics (a bug in pyref, not in the program) if `ty`'s instances do not have `T`'s layout.
pub fn alloc<T: Body>(ty: &ObjRef, body: T) -> ObjRef {
    assert!(
        std::ptr::eq(ty.instance_layout(), T::layout()),
        "instances of this type are {}, not {}",
        ty.instance_layout().name,
        T::layout().name
    );
    incref(ty.ptr);
    let ptr = new_block(PyBox { head: ObjHead { refcnt: Cell::new(1), ty: Cell::new(ty.ptr.as_ptr()) }, body });
    ObjRef { ptr, _not_send: PhantomData }
}

/// [`alloc`] without the layout check, for the interpreter's own built-in types on hot paths
/// (`Vm::float`, `Vm::int`); the check still runs in debug builds.
///
/// # Safety
/// `ty` must be a type object whose instances have `T`'s layout.
#[inline]
pub unsafe fn alloc_known<T: Body>(ty: &ObjRef, body: T) -> ObjRef {
    debug_assert!(std::ptr::eq(ty.instance_layout(), T::layout()));
    incref(ty.ptr);
    let ptr = new_block(PyBox { head: ObjHead { refcnt: Cell::new(1), ty: Cell::new(ty.ptr.as_ptr()) }, body });
    ObjRef { ptr, _not_send: PhantomData }
}

/// Allocates a container the collector neither counts nor tracks (a plain instance's
/// `__dict__`, which CPython 3.13 keeps as inline values in the instance: the instance's
/// traverse visits its contents instead).
pub fn alloc_untracked<T: Body>(ty: &ObjRef, body: T) -> ObjRef {
    assert!(T::GC && std::ptr::eq(ty.instance_layout(), T::layout()), "an untracked block must be a container of the type's layout");
    incref(ty.ptr);
    let ptr = new_block_linked(PyBox { head: ObjHead { refcnt: Cell::new(1), ty: Cell::new(ty.ptr.as_ptr()) }, body }, false);
    ObjRef { ptr, _not_send: PhantomData }
}

/// Moves `b` into a block from the small-object pool (freed by [`drop_block`]). A container's
/// block starts with its [`GcHead`], and the new object is tracked by the collector.
#[inline]
fn new_block<T: Body>(b: PyBox<T>) -> NonNull<ObjHead> {
    new_block_linked(b, true)
}

#[inline]
fn new_block_linked<T: Body>(b: PyBox<T>, link: bool) -> NonNull<ObjHead> {
    if T::GC {
        const { assert!(std::mem::offset_of!(GcBox<T>, obj) == GC_HEAD_SIZE) };
        let p = super::pool::alloc(std::alloc::Layout::new::<GcBox<T>>()) as *mut GcBox<T>;
        // SAFETY: the pool returned an unused block with `GcBox<T>`'s size and alignment.
        unsafe {
            p.write(GcBox { gc: GcHead { idx: Cell::new(u32::MAX), gen: Cell::new(u8::MAX), flags: Cell::new(0), refs: Cell::new(0) }, obj: b });
            let o = NonNull::new_unchecked(std::ptr::addr_of_mut!((*p).obj) as *mut ObjHead);
            if link {
                super::gc::link(o, &(*p).gc);
            } else {
                super::gc::mark_unlinked(&(*p).gc);
            }
            o
        }
    } else {
        let p = super::pool::alloc(std::alloc::Layout::new::<PyBox<T>>()) as *mut PyBox<T>;
        // SAFETY: the pool returned an unused block with `PyBox<T>`'s size and alignment.
        unsafe {
            p.write(b);
            NonNull::new_unchecked(p as *mut ObjHead)
        }
    }
}

/// Allocates the first type object, whose type is itself (`type(type) is type`).
pub fn alloc_self_typed<T: Body>(body: T) -> ObjRef {
    let ptr = new_block(PyBox { head: ObjHead { refcnt: Cell::new(1), ty: Cell::new(std::ptr::null()) }, body });
    unsafe { ptr.as_ref() }.ty.set(ptr.as_ptr());
    incref(ptr);
    let obj = ObjRef { ptr, _not_send: PhantomData };
    assert!(std::ptr::eq(obj.instance_layout(), T::layout()), "a self-typed object must be a type of its own layout");
    obj
}

impl ObjRef {
    /// The object's type (`type(obj)`), as a new reference.
    #[inline]
    pub fn type_of(&self) -> ObjRef {
        let t = self.head().ty.get() as *mut ObjHead;
        let ptr = NonNull::new(t).expect("a live object has a type");
        incref(ptr);
        ObjRef { ptr, _not_send: PhantomData }
    }

    /// The object's type without taking a reference (valid while the object is alive).
    #[inline]
    pub fn type_of_borrowed(&self) -> std::mem::ManuallyDrop<ObjRef> {
        let t = self.head().ty.get() as *mut ObjHead;
        let ptr = NonNull::new(t).expect("a live object has a type");
        std::mem::ManuallyDrop::new(ObjRef { ptr, _not_send: PhantomData })
    }

    /// Whether the object's type has a finalizer ([`TypeHead::finalizer`]).
    pub fn type_has_finalizer(&self) -> bool {
        let t = NonNull::new(self.head().ty.get() as *mut ObjHead).expect("a live object has a type");
        unsafe { type_head(t) }.finalizer.get()
    }

    /// True if the object's type is exactly `ty`.
    #[inline]
    pub fn is_exact(&self, ty: &ObjRef) -> bool {
        std::ptr::eq(self.head().ty.get(), ty.ptr.as_ptr())
    }

    #[inline]
    fn head(&self) -> &ObjHead {
        unsafe { self.ptr.as_ref() }
    }

    /// The layout of this object's own body.
    #[inline]
    pub fn layout(&self) -> &'static Layout {
        let t = NonNull::new(self.head().ty.get() as *mut ObjHead).expect("a live object has a type");
        unsafe { type_head(t) }.instance_layout
    }

    /// If this object is a type object: the layout of its instances.
    ///
    /// Panics if it is not a type object (a bug in pyref).
    pub fn instance_layout(&self) -> &'static Layout {
        let own = self.layout();
        assert!(own.as_type.is_some(), "{} object used as a type", own.name);
        unsafe { type_head(self.ptr) }.instance_layout
    }

    /// The body, if this object's body is a `T`.
    #[inline]
    pub fn downcast<T: Body>(&self) -> Option<&T> {
        let want = T::layout();
        let mut l = self.layout();
        loop {
            if std::ptr::eq(l, want) {
                // The block is a `PyBox<T>`, or begins with one (a layout's `base` chain).
                return Some(unsafe { &(*(self.ptr.as_ptr() as *const PyBox<T>)).body });
            }
            l = (l.base?)();
        }
    }

    /// The body as a `T` without checking the layout (what [`downcast`](Self::downcast) would
    /// return).
    ///
    /// # Safety
    /// The object's block must be a `PyBox<T>` (or begin with one).
    #[inline(always)]
    pub unsafe fn downcast_unchecked<T: Body>(&self) -> &T {
        debug_assert!(self.downcast::<T>().is_some());
        &(*(self.ptr.as_ptr() as *const PyBox<T>)).body
    }

    /// Changes the object's type (`__class__` assignment; the caller checks the layouts match).
    pub fn set_type(&self, ty: &ObjRef) {
        incref(ty.ptr);
        let old = self.head().ty.replace(ty.ptr.as_ptr());
        if let Some(p) = NonNull::new(old as *mut ObjHead) {
            decref(p);
        }
    }

    /// Identity (`is`).
    #[inline]
    pub fn is(&self, other: &ObjRef) -> bool {
        self.ptr == other.ptr
    }

    /// The address of the object's type, without taking a reference to it.
    #[inline]
    pub fn type_addr(&self) -> usize {
        self.head().ty.get() as usize
    }

    /// A new reference to the object at `addr`.
    ///
    /// # Safety
    /// `addr` must be the address of a live object (one some other reference keeps alive).
    #[inline]
    pub unsafe fn from_addr(addr: usize) -> ObjRef {
        let ptr = NonNull::new_unchecked(addr as *mut ObjHead);
        incref(ptr);
        ObjRef { ptr, _not_send: PhantomData }
    }

    /// The address `id()` reports.
    pub fn addr(&self) -> usize {
        self.ptr.as_ptr() as usize
    }

    /// The current reference count (what `sys.getrefcount` builds on).
    pub fn refcount(&self) -> usize {
        self.head().refcnt.get()
    }

    /// Makes the object immortal: counts stop changing and it is never freed by a decref.
    /// Immortal objects are not the collector's business (as CPython's static types are not
    /// GC objects), so a container stops being tracked.
    pub fn make_immortal(&self) {
        self.head().refcnt.set(IMMORTAL);
        if self.layout().gc.is_some() {
            // SAFETY: a live container has a GcHead.
            super::gc::untrack(self.ptr, unsafe { gc_head(self.ptr) });
        }
    }

    /// A reference to the object at `p` that does not own a count: it must not outlive the
    /// reference that keeps the object alive (the collector's view of its lists).
    ///
    /// # Safety
    /// `p` must point at a live object.
    #[inline]
    pub unsafe fn borrow_raw(p: NonNull<ObjHead>) -> std::mem::ManuallyDrop<ObjRef> {
        std::mem::ManuallyDrop::new(ObjRef { ptr: p, _not_send: PhantomData })
    }

    /// The object's header pointer (for the collector's lists).
    #[inline]
    pub fn as_ptr(&self) -> NonNull<ObjHead> {
        self.ptr
    }

    pub fn is_immortal(&self) -> bool {
        self.head().refcnt.get() >= IMMORTAL
    }
}

impl Clone for ObjRef {
    #[inline]
    fn clone(&self) -> ObjRef {
        incref(self.ptr);
        ObjRef { ptr: self.ptr, _not_send: PhantomData }
    }
}

impl Drop for ObjRef {
    #[inline]
    fn drop(&mut self) {
        decref(self.ptr)
    }
}

/// Drops a reference with the decrement inlined at the call site (`Py_DECREF` is a macro):
/// for the eval loop's hot arms, where the compiler would otherwise call the drop glue.
#[inline(always)]
pub fn release(o: ObjRef) {
    let o = std::mem::ManuallyDrop::new(o);
    let head = o.head();
    let n = head.refcnt.get();
    if n >= IMMORTAL {
        return;
    }
    if n == 1 {
        head.refcnt.set(0);
        // SAFETY: the last reference went (as in `decref`).
        unsafe { dealloc(o.ptr) }
    } else {
        head.refcnt.set(n - 1);
    }
}

impl std::fmt::Debug for ObjRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "<{} object at {:#x}>", self.layout().name, self.addr())
    }
}

/// Declares a body type's layout: `impl_body!(MyBody, "name")`, or
/// `impl_body!(MyTypeBody, "type", type)` for bodies of type objects (which start with a
/// [`TypeHead`]); `impl_body!(MyBody, "name", leaf)` for a body whose drop frees memory but
/// holds no object references (see [`Layout::leaf`]).
#[macro_export]
macro_rules! impl_body {
    // The one place the layout literal is written; the public forms below choose its fields.
    (@impl $t:ty, $name:expr, $as_type:expr, $is_gc:expr, $gc:expr, $leaf:expr) => {
        impl $crate::objects::object::Body for $t {
            const GC: bool = $is_gc;
            fn layout() -> &'static $crate::objects::object::Layout {
                static LAYOUT: $crate::objects::object::Layout = $crate::objects::object::Layout {
                    name: $name,
                    drop_block: $crate::objects::object::drop_block::<$t>,
                    as_type: $as_type,
                    base: None,
                    gc: $gc,
                    leaf: $leaf,
                };
                &LAYOUT
            }
        }
    };
    (@gc $t:ty) => {
        Some($crate::objects::object::GcOps {
            traverse: $crate::objects::object::gc_traverse_of::<$t>,
            subtract: $crate::objects::object::gc_subtract_of::<$t>,
            reach: $crate::objects::object::gc_reach_of::<$t>,
            clear: $crate::objects::object::gc_clear_of::<$t>,
        })
    };
    ($t:ty, $name:expr, leaf) => {
        $crate::impl_body!(@impl $t, $name, None, false, None, true);
    };
    ($t:ty, $name:expr) => {
        $crate::impl_body!(@impl $t, $name, None, false, None, !std::mem::needs_drop::<$t>());
    };
    ($t:ty, $name:expr, gc) => {
        $crate::impl_body!(@impl $t, $name, None, true, $crate::impl_body!(@gc $t), false);
    };
    ($t:ty, $name:expr, type, gc) => {
        $crate::impl_body!(@impl $t, $name, Some($crate::objects::object::type_instance_layout), true, $crate::impl_body!(@gc $t), false);
    };
    ($t:ty, $name:expr, type) => {
        $crate::impl_body!(@impl $t, $name, Some($crate::objects::object::type_instance_layout), false, None, false);
    };
}

/// Declares the layout of `SubBody<$t>` (instances of Python subclasses of the built-in whose
/// body is `$t`), chained to `$t`'s layout so downcasts to `$t` succeed.
#[macro_export]
macro_rules! impl_sub_body {
    ($t:ty, $name:expr) => {
        // The base body must sit where it sits in a block of the base (see the module invariants).
        const _: () = assert!(
            std::mem::offset_of!($crate::objects::object::PyBox<$crate::objects::object::SubBody<$t>>, body)
                == std::mem::offset_of!($crate::objects::object::PyBox<$t>, body)
        );
        impl $crate::objects::object::Body for $crate::objects::object::SubBody<$t> {
            const GC: bool = true;
            fn layout() -> &'static $crate::objects::object::Layout {
                static LAYOUT: $crate::objects::object::Layout = $crate::objects::object::Layout {
                    name: $name,
                    drop_block: $crate::objects::object::drop_block::<$crate::objects::object::SubBody<$t>>,
                    as_type: None,
                    base: Some(<$t as $crate::objects::object::Body>::layout),
                    gc: Some($crate::objects::object::GcOps {
                        traverse: $crate::objects::object::gc_traverse_of::<$crate::objects::object::SubBody<$t>>,
                        subtract: $crate::objects::object::gc_subtract_of::<$crate::objects::object::SubBody<$t>>,
                        reach: $crate::objects::object::gc_reach_of::<$crate::objects::object::SubBody<$t>>,
                        clear: $crate::objects::object::gc_clear_of::<$crate::objects::object::SubBody<$t>>,
                    }),
                    leaf: false,
                };
                &LAYOUT
            }
        }
    };
}

/// A new reference to the object whose body is at `body`.
///
/// # Safety
/// `body` must point at the body of a live object allocated by [`alloc`] as a `PyBox<T>`.
pub unsafe fn from_body<T: Body>(body: *const T) -> ObjRef {
    let off = std::mem::offset_of!(PyBox<T>, body);
    let p = (body as *const u8).sub(off) as *mut ObjHead;
    let ptr = NonNull::new(p).expect("a body inside a block");
    incref(ptr);
    ObjRef { ptr, _not_send: PhantomData }
}

/// The instance layout stored at the start of a type object's body.
///
/// # Safety
/// `p` must point at a live type object (a block whose body starts with a [`TypeHead`]).
pub unsafe fn type_instance_layout(p: NonNull<ObjHead>) -> &'static Layout {
    type_head(p).instance_layout
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::rc::Rc;

    /// A minimal type body for these tests.
    #[repr(C)]
    struct TestType {
        head: TypeHead,
        name: &'static str,
    }
    crate::impl_body!(TestType, "type", type);

    /// A body that reports when it is dropped, like a `__del__`.
    struct Noisy(Rc<Cell<u32>>);
    impl Drop for Noisy {
        fn drop(&mut self) {
            self.0.set(self.0.get() + 1);
        }
    }
    crate::impl_body!(Noisy, "noisy");

    fn types() -> (ObjRef, ObjRef) {
        let meta = alloc_self_typed(TestType { head: TypeHead::new(TestType::layout()), name: "type" });
        let noisy = alloc(&meta, TestType { head: TypeHead::new(Noisy::layout()), name: "noisy" });
        (meta, noisy)
    }

    #[test]
    fn freed_exactly_when_the_last_reference_goes() {
        let (_meta, ty) = types();
        let dropped = Rc::new(Cell::new(0));
        let a = alloc(&ty, Noisy(dropped.clone()));
        let b = a.clone();
        assert_eq!(a.refcount(), 2);
        drop(a);
        assert_eq!(dropped.get(), 0);
        drop(b);
        assert_eq!(dropped.get(), 1);
    }

    #[test]
    fn type_of_type_is_type_and_downcast_checks_layout() {
        let (meta, ty) = types();
        assert!(meta.type_of().is(&meta));
        assert!(ty.type_of().is(&meta));
        assert_eq!(ty.downcast::<TestType>().map(|t| t.name), Some("noisy"));
        let obj = alloc(&ty, Noisy(Rc::new(Cell::new(0))));
        assert!(obj.downcast::<TestType>().is_none());
        assert!(obj.downcast::<Noisy>().is_some());
        assert!(obj.is_exact(&ty));
    }

    /// A body that owns the next link of a chain.
    struct Link(#[allow(dead_code)] Option<ObjRef>);
    crate::impl_body!(Link, "link");

    #[test]
    fn freeing_a_million_long_chain_does_not_recurse() {
        let meta = alloc_self_typed(TestType { head: TypeHead::new(TestType::layout()), name: "type" });
        let ty = alloc(&meta, TestType { head: TypeHead::new(Link::layout()), name: "link" });
        let mut head = alloc(&ty, Link(None));
        for _ in 0..1_000_000 {
            head = alloc(&ty, Link(Some(head)));
        }
        let before = ty.refcount();
        // Runs on the test thread's ordinary stack: recursion would overflow it.
        drop(head);
        assert_eq!(ty.refcount(), before - 1_000_001);
    }

    crate::impl_sub_body!(Noisy, "noisy subclass");

    #[test]
    fn subclass_bodies_downcast_to_their_base_and_drop_whole() {
        let (meta, ty) = types();
        let sub = alloc(&meta, TestType { head: TypeHead::new(SubBody::<Noisy>::layout()), name: "sub" });
        let dropped = Rc::new(Cell::new(0));
        let d = alloc(&ty, Noisy(Rc::new(Cell::new(0))));
        let o = alloc(&sub, SubBody { base: Noisy(dropped.clone()), dict: d.clone() });
        assert!(o.downcast::<Noisy>().is_some_and(|n| Rc::ptr_eq(&n.0, &dropped)));
        assert!(o.downcast::<SubBody<Noisy>>().is_some_and(|b| b.dict.is(&d)));
        assert!(o.downcast::<TestType>().is_none());
        let plain = alloc(&ty, Noisy(Rc::new(Cell::new(0))));
        assert!(plain.downcast::<SubBody<Noisy>>().is_none());
        let before = d.refcount();
        drop(o);
        assert_eq!(dropped.get(), 1);
        assert_eq!(d.refcount(), before - 1);
    }

    #[test]
    fn a_finalizable_object_is_queued_once_then_freed() {
        let (_meta, ty) = types();
        ty.downcast::<TestType>().unwrap().head.finalizer.set(true);
        let dropped = Rc::new(Cell::new(0));
        let a = alloc(&ty, Noisy(dropped.clone()));
        drop(a);
        assert_eq!(dropped.get(), 0);
        assert!(finalizers_pending());
        let back = take_finalizable().expect("queued");
        assert!(!finalizers_pending());
        // Resurrected by the finalizer, then released: freed without a second queueing.
        let kept = back.clone();
        drop(back);
        drop(kept);
        assert_eq!(dropped.get(), 1);
        assert!(!finalizers_pending());
    }

    #[test]
    fn immortal_objects_ignore_counts() {
        let (_meta, ty) = types();
        let dropped = Rc::new(Cell::new(0));
        let a = alloc(&ty, Noisy(dropped.clone()));
        a.make_immortal();
        let b = a.clone();
        drop(b);
        drop(a);
        assert_eq!(dropped.get(), 0);
    }

    #[test]
    fn instances_keep_their_type_alive() {
        let (meta, ty) = types();
        let before = ty.refcount();
        let obj = alloc(&ty, Noisy(Rc::new(Cell::new(0))));
        assert_eq!(ty.refcount(), before + 1);
        drop(obj);
        assert_eq!(ty.refcount(), before);
        drop(meta);
    }
}
