//! Memory for small objects: free lists by size class, as CPython's object allocator
//! (Objects/obmalloc.c, "pymalloc") and its per-type free lists (Objects/floatobject.c
//! `_Py_FREELIST` and friends) keep freed blocks for reuse instead of returning them to the
//! system allocator at once.
//!
//! Blocks of up to [`MAX_SMALL`] bytes are rounded up to a multiple of 16 bytes; a freed block
//! goes on its class's list (the list threads through the freed blocks themselves) and the next
//! allocation of that class takes it back. When a class's list is empty, the block is carved
//! from the current arena chunk ([`CHUNK`] bytes from the system allocator, as pymalloc carves
//! pools out of arenas): consecutive allocations sit next to each other, and a carve is a
//! pointer bump instead of a `malloc`. Small blocks are never given back to the system (their
//! chunk may hold live blocks); larger blocks always use the system allocator.
//!
//! `unsafe` is confined here: the invariants are that a block handed out by [`alloc`] for a
//! layout is given back to [`free`] with the same layout (so it lands in the class it came from),
//! that a block on a free list is not in use (its first word holds the next free block), and that
//! the bytes between the arena's `next` and `end` belong to no block.

use std::alloc::Layout;
use std::cell::Cell;

const MAX_SMALL: usize = 256;
const CLASSES: usize = MAX_SMALL / 16;
/// Bytes of each arena chunk.
const CHUNK: usize = 256 * 1024;

struct FreeList {
    head: Cell<*mut u8>,
}

/// The unused tail of the current chunk.
struct Arena {
    next: Cell<usize>,
    end: Cell<usize>,
}

thread_local! {
    static ARENA: Arena = const { Arena { next: Cell::new(0), end: Cell::new(0) } };
    static LISTS: [FreeList; CLASSES] = const {
        [const { FreeList { head: Cell::new(std::ptr::null_mut()) } }; CLASSES]
    };
}

#[inline]
fn class_of(layout: Layout) -> Option<usize> {
    if layout.size() <= MAX_SMALL && layout.align() <= 16 && layout.size() > 0 {
        Some((layout.size() + 15) / 16 - 1)
    } else {
        None
    }
}

/// A block for `layout` (never null: allocation failure aborts, as `Box::new` does).
#[inline]
pub fn alloc(layout: Layout) -> *mut u8 {
    match class_of(layout) {
        Some(c) => {
            let reused = LISTS.with(|l| {
                let list = &l[c];
                let p = list.head.get();
                if !p.is_null() {
                    // SAFETY: a block on the list is free and its first word is the next block.
                    list.head.set(unsafe { *(p as *mut *mut u8) });
                }
                p
            });
            if !reused.is_null() {
                return reused;
            }
            carve((c + 1) * 16)
        }
        None => system_alloc(layout),
    }
}

/// A fresh block of `size` bytes (a multiple of 16, at most [`MAX_SMALL`]) from the arena.
#[inline]
fn carve(size: usize) -> *mut u8 {
    ARENA.with(|a| {
        let p = a.next.get();
        if a.end.get() - p >= size {
            a.next.set(p + size);
            return p as *mut u8;
        }
        // A new chunk; the old one's tail (less than `size` bytes) stays unused.
        #[cold]
        fn chunk() -> usize {
            // SAFETY: CHUNK is a valid non-zero size and 16 a valid alignment.
            system_alloc(unsafe { Layout::from_size_align_unchecked(CHUNK, 16) }) as usize
        }
        let chunk = chunk();
        a.next.set(chunk + size);
        a.end.set(chunk + CHUNK);
        chunk as *mut u8
    })
}

fn system_alloc(layout: Layout) -> *mut u8 {
    // SAFETY: `layout` has a non-zero size.
    let p = unsafe { std::alloc::alloc(layout) };
    if p.is_null() {
        std::alloc::handle_alloc_error(layout);
    }
    p
}

/// Gives back a block that [`alloc`] returned for `layout`.
///
/// # Safety
/// `p` must come from [`alloc`] with the same `layout` and not be used afterwards.
#[inline]
pub unsafe fn free(p: *mut u8, layout: Layout) {
    match class_of(layout) {
        Some(c) => LISTS.with(|l| {
            let list = &l[c];
            *(p as *mut *mut u8) = list.head.get();
            list.head.set(p);
        }),
        None => std::alloc::dealloc(p, layout),
    }
}

/// A growable array whose buffer comes from this pool (the small-object classes when it fits,
/// the system allocator beyond): the entries and index of a small dict then cost a free-list pop
/// instead of a `malloc`, and sit next to the objects allocated with them. Only what the dict
/// table needs of `Vec`: push, truncate, slices. Lengths are 32-bit (a dict table's limit), so
/// the array takes two words.
pub struct PoolVec<T> {
    ptr: std::ptr::NonNull<T>,
    len: u32,
    cap: u32,
}

impl<T> PoolVec<T> {
    pub const fn new() -> Self {
        PoolVec { ptr: std::ptr::NonNull::dangling(), len: 0, cap: 0 }
    }

    pub fn with_capacity(cap: usize) -> Self {
        let mut v = PoolVec::new();
        v.grow_to(cap);
        v
    }

    /// `n` copies of `x`.
    pub fn filled(x: T, n: usize) -> Self
    where
        T: Copy,
    {
        let mut v: PoolVec<T> = PoolVec::with_capacity(n);
        for i in 0..n {
            // SAFETY: the block holds `n` slots; `T: Copy` needs no drop if this stops early.
            unsafe { v.ptr.as_ptr().add(i).write(x) };
        }
        v.len = n as u32;
        v
    }

    fn layout(cap: usize) -> Layout {
        Layout::array::<T>(cap).expect("a dict table of addressable size")
    }

    #[inline]
    fn len_(&self) -> usize {
        self.len as usize
    }

    #[cold]
    fn grow_to(&mut self, cap: usize) {
        const { assert!(std::mem::size_of::<T>() != 0) };
        if cap <= self.cap as usize {
            return;
        }
        let cap32 = u32::try_from(cap).expect("a dict table of at most 2**32 entries");
        let new = alloc(Self::layout(cap)) as *mut T;
        // SAFETY: the new block holds `cap > len` values; the old one holds `len` initialised
        // values that move (bitwise) to the new block, and came from `alloc` with its layout.
        unsafe {
            std::ptr::copy_nonoverlapping(self.ptr.as_ptr(), new, self.len_());
            if self.cap != 0 {
                free(self.ptr.as_ptr() as *mut u8, Self::layout(self.cap as usize));
            }
            self.ptr = std::ptr::NonNull::new_unchecked(new);
        }
        self.cap = cap32;
    }

    #[inline]
    pub fn capacity(&self) -> usize {
        self.cap as usize
    }

    pub fn reserve_exact(&mut self, extra: usize) {
        if self.capacity() - self.len_() < extra {
            self.grow_to(self.len_() + extra);
        }
    }

    #[inline]
    pub fn push(&mut self, x: T) {
        if self.len == self.cap {
            self.grow_to((self.capacity() * 2).max(4));
        }
        // SAFETY: `len < cap`, so the slot is inside the block and holds no value.
        unsafe { self.ptr.as_ptr().add(self.len_()).write(x) };
        self.len += 1;
    }

    /// Grows to `n` values, filling with copies of `x` (or drops the values past `n`).
    pub fn resize(&mut self, n: usize, x: T)
    where
        T: Clone,
    {
        if n > self.capacity() {
            self.grow_to(n.max(self.capacity() * 2).max(4));
        }
        while self.len_() < n {
            self.push(x.clone());
        }
        self.truncate(n);
    }

    /// Drops the values from position `n` on, first to last (as `Vec` does): dict entries
    /// and `__slots__` values are released in that order by CPython's `free_keys_object` and
    /// `clear_slots`, which `__del__` methods can observe.
    pub fn truncate(&mut self, n: usize) {
        let old = self.len_();
        if old <= n {
            return;
        }
        self.len = n as u32;
        for i in n..old {
            // SAFETY: slots n..old held initialised values, no longer counted by `len`; each
            // is dropped once.
            unsafe { std::ptr::drop_in_place(self.ptr.as_ptr().add(i)) };
        }
    }

    /// Hands each value to `f` in order, consuming the array.
    pub fn into_each(mut self, mut f: impl FnMut(T)) {
        let n = self.len_();
        // Values are moved out below; if `f` panics the rest leak rather than drop twice.
        self.len = 0;
        for i in 0..n {
            // SAFETY: each initialised value is read exactly once.
            f(unsafe { self.ptr.as_ptr().add(i).read() });
        }
    }
}

impl<T> Drop for PoolVec<T> {
    fn drop(&mut self) {
        self.truncate(0);
        if self.cap != 0 {
            // SAFETY: the block came from `alloc` with this layout.
            unsafe { free(self.ptr.as_ptr() as *mut u8, Self::layout(self.capacity())) };
        }
    }
}

impl<T> Default for PoolVec<T> {
    fn default() -> Self {
        PoolVec::new()
    }
}

impl<T: Clone> Clone for PoolVec<T> {
    fn clone(&self) -> Self {
        let mut v = PoolVec::with_capacity(self.len_());
        for x in self.iter() {
            v.push(x.clone());
        }
        v
    }
}

impl<T> std::ops::Deref for PoolVec<T> {
    type Target = [T];
    #[inline]
    fn deref(&self) -> &[T] {
        // SAFETY: the first `len` slots hold initialised values (a dangling pointer for 0).
        unsafe { std::slice::from_raw_parts(self.ptr.as_ptr(), self.len_()) }
    }
}

impl<T> std::ops::DerefMut for PoolVec<T> {
    #[inline]
    fn deref_mut(&mut self) -> &mut [T] {
        // SAFETY: as in `deref`, and `&mut self` is unique.
        unsafe { std::slice::from_raw_parts_mut(self.ptr.as_ptr(), self.len_()) }
    }
}
