//! Memory for small objects: free lists by size class, as CPython's object allocator
//! (Objects/obmalloc.c, "pymalloc") and its per-type free lists (Objects/floatobject.c
//! `_Py_FREELIST` and friends) keep freed blocks for reuse instead of returning them to the
//! system allocator at once.
//!
//! Blocks of up to [`MAX_SMALL`] bytes are rounded up to a multiple of 16 bytes; a freed block
//! goes on its class's list (the list threads through the freed blocks themselves) and the next
//! allocation of that class takes it back. Each list keeps at most [`KEEP`] blocks; beyond that
//! blocks go back to the system allocator. Larger blocks always use the system allocator.
//!
//! `unsafe` is confined here: the invariants are that a block handed out by [`alloc`] for a
//! layout is given back to [`free`] with the same layout (so it lands in the class it came from),
//! and that a block on a free list is not in use (its first word holds the next free block).

use std::alloc::Layout;
use std::cell::Cell;

const MAX_SMALL: usize = 256;
const CLASSES: usize = MAX_SMALL / 16;
const KEEP: u32 = 1 << 20;

struct FreeList {
    head: Cell<*mut u8>,
    len: Cell<u32>,
}

thread_local! {
    static LISTS: [FreeList; CLASSES] = const {
        [const { FreeList { head: Cell::new(std::ptr::null_mut()), len: Cell::new(0) } }; CLASSES]
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

#[inline]
fn class_layout(c: usize) -> Layout {
    // SAFETY: sizes 16..=256 with alignment 16 are valid layouts.
    unsafe { Layout::from_size_align_unchecked((c + 1) * 16, 16) }
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
                    list.len.set(list.len.get() - 1);
                }
                p
            });
            if !reused.is_null() {
                return reused;
            }
            system_alloc(class_layout(c))
        }
        None => system_alloc(layout),
    }
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
        Some(c) => {
            let kept = LISTS.with(|l| {
                let list = &l[c];
                if list.len.get() >= KEEP {
                    return false;
                }
                *(p as *mut *mut u8) = list.head.get();
                list.head.set(p);
                list.len.set(list.len.get() + 1);
                true
            });
            if !kept {
                std::alloc::dealloc(p, class_layout(c));
            }
        }
        None => std::alloc::dealloc(p, layout),
    }
}
