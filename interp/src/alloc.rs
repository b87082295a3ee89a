//! The process's allocator for small Rust allocations: the `Vec`, `String` and `Box` growth of
//! every stage (tokens, AST nodes, instruction sequences, code tables, the runtime's buffers).
//! It models the part of CPython's small-object allocator (Objects/obmalloc.c, "pymalloc") that
//! makes small requests cheap: size classes, and pools that each hold blocks of one class.
//! (Python objects themselves come from `objects/pool.rs`, one level up.)
//!
//! - A request of at most `MAX_SMALL` bytes with an alignment of at most 16 is rounded up to a
//!   multiple of 16: that is its class. Everything else goes to the system allocator.
//! - Small blocks live in `PAGE`-aligned pages (pymalloc's pools) of one class each, owned by
//!   one thread. A page's header holds its free list (threaded through its freed blocks), the
//!   start of its never-used tail and its count of blocks in use; the page of a block is its
//!   address with the low bits cleared. When the count drops to zero the page starts again from
//!   its first block, so memory freed wholesale (a syntax tree, a code unit's graph) is handed out
//!   again in address order, as a fresh heap would.
//! - Each thread allocates from one current page per class and keeps a stack of its other pages
//!   that have room, in a `thread_local!` with a `const` initialiser and nothing to drop: reaching
//!   it is one offset from the thread pointer, with no lazy-initialisation check.
//! - A block freed on a thread that does not own its page joins that thread's "loose" list for
//!   its class (never the page itself, which only its owner touches) and is handed out again
//!   from there. Pages are never given back to the system or moved to another class; when a
//!   thread ends, its pages, lists and id pass (through `ORPHANS`) to the next thread that
//!   takes its first page, which owns them from then on.
//! - `realloc` within one class returns the same block; across classes it moves the bytes.
//!
//! Unlike glibc's `malloc`, a block carries no header (the caller's `Layout` says its class on
//! `dealloc`), and neither path takes a lock or touches memory shared between threads.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::ptr::{self, null_mut};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

/// The largest request served from a size class.
const MAX_SMALL: usize = 512;
/// Class granularity, and the alignment every small block has.
const GRAIN: usize = 16;
const CLASSES: usize = MAX_SMALL / GRAIN;
/// Bytes of a page (a power of two; pages are aligned to it).
const PAGE: usize = 64 * 1024;
/// Pages are taken from the system allocator this many at a time.
const PAGES_PER_SEGMENT: usize = 16;

/// The allocator registered in `lib.rs`.
pub struct Allocator;

/// The header at the start of each page. Only the owning thread reads or writes it, except
/// `owner`, which is written before any block of the page is handed out and never changes.
#[repr(C)]
struct Page {
    /// Freed blocks of this page (each one's first word is the next).
    free: *mut u8,
    /// Address of the first block never handed out.
    fresh: usize,
    /// Blocks handed out and not given back to this page.
    used: usize,
    /// The id of the thread that owns the page.
    owner: usize,
    /// The next page in the owner's stack of pages of this class with room.
    next: *mut Page,
    /// Whether the page is on that stack.
    listed: bool,
}

/// Where the first block of a page starts.
const HEADER: usize = std::mem::size_of::<Page>().next_multiple_of(GRAIN);

/// One thread's state.
struct Local {
    /// The page each class allocates from (null before the first allocation).
    current: [Cell<*mut Page>; CLASSES],
    /// Each class's other pages with room.
    partial: [Cell<*mut Page>; CLASSES],
    /// Blocks of other threads' pages freed on this thread.
    loose: [Cell<*mut u8>; CLASSES],
    /// This thread's id (0 until it takes its first page; no page has owner 0).
    id: Cell<usize>,
    /// The untouched pages `next..end` of the current segment.
    seg_next: Cell<usize>,
    seg_end: Cell<usize>,
}

static NEXT_ID: AtomicUsize = AtomicUsize::new(1);

/// The state of a thread that ended: its id (so its pages' owner), pages and lists, kept for the
/// next thread that takes its first page, which carries on with them as their owner.
struct Orphan {
    current: [*mut Page; CLASSES],
    partial: [*mut Page; CLASSES],
    loose: [*mut u8; CLASSES],
    id: usize,
    seg: (usize, usize),
}

// SAFETY: an orphan's pages and blocks are no longer touched by the thread that left them; they
// pass whole, under the mutex, to the one thread that adopts them.
unsafe impl Send for Orphan {}

static ORPHANS: Mutex<Vec<Orphan>> = Mutex::new(Vec::new());

/// Hands this thread's state to [`ORPHANS`] when the thread ends. It is a separate
/// `thread_local!`, touched once when the thread takes its first page, so [`LOCAL`] keeps
/// neither a destructor nor a lazy-initialisation check on the allocation paths. (Without it,
/// every thread that ends would leave its free blocks behind: 250 KiB for a thread that compiles
/// one standard-library file.)
struct ExitGuard;

impl Drop for ExitGuard {
    fn drop(&mut self) {
        let _ = LOCAL.try_with(|l| l.orphan());
    }
}

thread_local! {
    static LOCAL: Local = const {
        Local {
            current: [const { Cell::new(null_mut()) }; CLASSES],
            partial: [const { Cell::new(null_mut()) }; CLASSES],
            loose: [const { Cell::new(null_mut()) }; CLASSES],
            id: Cell::new(0),
            seg_next: Cell::new(0),
            seg_end: Cell::new(0),
        }
    };
    static EXIT: ExitGuard = const { ExitGuard };
}

/// The class of a request, or `None` for the system allocator.
#[inline(always)]
fn class_of(size: usize, align: usize) -> Option<usize> {
    if size <= MAX_SMALL && align <= GRAIN {
        Some(size.saturating_sub(1) / GRAIN)
    } else {
        None
    }
}

/// Pops the first block of a free list.
///
/// # Safety
/// `head` is a non-null free list: unused blocks, each one's first word the next.
#[inline(always)]
unsafe fn pop(head: *mut u8, list: &mut *mut u8) {
    let next = *(head as *mut *mut u8);
    *list = next;
    // Walking a free list is a chain of dependent loads: start the next one now.
    #[cfg(target_arch = "x86_64")]
    std::arch::x86_64::_mm_prefetch(next as *const i8, std::arch::x86_64::_MM_HINT_T0);
}

impl Local {
    #[inline(always)]
    fn alloc(&self, class: usize) -> *mut u8 {
        let page = self.current[class].get();
        if !page.is_null() {
            // SAFETY: a current page is one of this thread's pages (only this thread touches its
            // header); a block past `fresh` is unused and inside the page when it fits.
            unsafe {
                let p = (*page).free;
                if !p.is_null() {
                    pop(p, &mut (*page).free);
                    (*page).used += 1;
                    return p;
                }
                let (p, size) = ((*page).fresh, (class + 1) * GRAIN);
                if p + size <= page as usize + PAGE {
                    (*page).fresh = p + size;
                    (*page).used += 1;
                    return p as *mut u8;
                }
            }
        }
        self.alloc_slow(class)
    }

    #[cold]
    #[inline(never)]
    fn alloc_slow(&self, class: usize) -> *mut u8 {
        if self.id.get() == 0 {
            // This thread's first page: carry on with an ended thread's pages if there are any.
            let orphan = ORPHANS.lock().ok().and_then(|mut v| v.pop());
            match orphan {
                Some(o) => self.adopt(o),
                None => self.id.set(NEXT_ID.fetch_add(1, Ordering::Relaxed)),
            }
            // Registering the destructor may allocate: the id is set, so that comes back here
            // no more.
            let _ = EXIT.try_with(|_| ());
            return self.alloc(class);
        }
        let loose = self.loose[class].get();
        if !loose.is_null() {
            let mut list = loose;
            // SAFETY: the loose list holds unused blocks of this class.
            unsafe { pop(loose, &mut list) };
            self.loose[class].set(list);
            return loose;
        }
        // The current page is full: go on with another page of the class that has room.
        let page = self.partial[class].get();
        let page = if page.is_null() {
            self.new_page()
        } else {
            // SAFETY: a listed page is one of this thread's pages.
            unsafe {
                self.partial[class].set((*page).next);
                (*page).listed = false;
            }
            page
        };
        if page.is_null() {
            return null_mut();
        }
        self.current[class].set(page);
        // The page has room now, so this returns from its fast path.
        self.alloc(class)
    }

    /// A fresh page for this thread, or null if the system has no memory.
    fn new_page(&self) -> *mut Page {
        if self.seg_next.get() == self.seg_end.get() {
            let size = PAGE * PAGES_PER_SEGMENT;
            // SAFETY: a non-zero size and a power-of-two alignment.
            let seg = unsafe { System.alloc(Layout::from_size_align_unchecked(size, PAGE)) };
            if seg.is_null() {
                return null_mut();
            }
            self.seg_next.set(seg as usize);
            self.seg_end.set(seg as usize + size);
        }
        let page = self.seg_next.get() as *mut Page;
        self.seg_next.set(page as usize + PAGE);
        let fresh = page as usize + HEADER;
        let head = Page {
            free: null_mut(),
            fresh,
            used: 0,
            owner: self.id.get(),
            next: null_mut(),
            listed: false,
        };
        // SAFETY: the page is untouched memory of this thread's segment, aligned to PAGE.
        unsafe { page.write(head) };
        page
    }

    fn adopt(&self, o: Orphan) {
        for c in 0..CLASSES {
            self.current[c].set(o.current[c]);
            self.partial[c].set(o.partial[c]);
            self.loose[c].set(o.loose[c]);
        }
        self.id.set(o.id);
        self.seg_next.set(o.seg.0);
        self.seg_end.set(o.seg.1);
    }

    /// Gives this ending thread's state to the next thread that needs a page. What the thread
    /// still allocates or frees after this (other destructors) goes to new pages under a new id.
    fn orphan(&self) {
        let o = Orphan {
            current: std::array::from_fn(|c| self.current[c].replace(null_mut())),
            partial: std::array::from_fn(|c| self.partial[c].replace(null_mut())),
            loose: std::array::from_fn(|c| self.loose[c].replace(null_mut())),
            id: self.id.replace(NEXT_ID.fetch_add(1, Ordering::Relaxed)),
            seg: (self.seg_next.replace(0), self.seg_end.replace(0)),
        };
        if let Ok(mut v) = ORPHANS.lock() {
            v.push(o);
        }
    }

    /// # Safety
    /// `p` is a block of `class` that this allocator handed out and that is no longer used.
    #[inline(always)]
    unsafe fn free(&self, class: usize, p: *mut u8) {
        let page = (p as usize & !(PAGE - 1)) as *mut Page;
        // Reading `owner` of another thread's page is no race: it was written before the block
        // was handed out, and never again.
        if (*page).owner != self.id.get() {
            *(p as *mut *mut u8) = self.loose[class].get();
            self.loose[class].set(p);
            return;
        }
        (*page).used -= 1;
        if (*page).used == 0 {
            // Every block is back: start again from the first one, in address order.
            (*page).free = null_mut();
            (*page).fresh = page as usize + HEADER;
        } else {
            *(p as *mut *mut u8) = (*page).free;
            (*page).free = p;
        }
        if !(*page).listed && page != self.current[class].get() {
            (*page).listed = true;
            (*page).next = self.partial[class].get();
            self.partial[class].set(page);
        }
    }
}

// SAFETY: small blocks are 16-aligned (pages are, the header and every class are multiples of
// 16) and at least as large as the request, within their page; a block is handed out by one
// `alloc` at a time (it leaves its free list or its page's fresh tail as it is handed out) and
// comes back only through `dealloc` with the layout it was allocated for, which names the same
// class. Other requests are System's.
unsafe impl GlobalAlloc for Allocator {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        match class_of(layout.size(), layout.align()) {
            Some(class) => LOCAL.with(|l| l.alloc(class)),
            None => System.alloc(layout),
        }
    }

    #[inline]
    unsafe fn dealloc(&self, p: *mut u8, layout: Layout) {
        match class_of(layout.size(), layout.align()) {
            // SAFETY: the caller gives back a block this allocator made for `layout`.
            Some(class) => LOCAL.with(|l| l.free(class, p)),
            None => System.dealloc(p, layout),
        }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        match class_of(layout.size(), layout.align()) {
            Some(_) => {
                let p = self.alloc(layout);
                if !p.is_null() {
                    // SAFETY: the block holds at least `layout.size()` bytes.
                    ptr::write_bytes(p, 0, layout.size());
                }
                p
            }
            // Large zeroed requests keep `calloc`'s already-zero fresh pages.
            None => System.alloc_zeroed(layout),
        }
    }

    #[inline]
    unsafe fn realloc(&self, p: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let (align, old_size) = (layout.align(), layout.size());
        match (class_of(old_size, align), class_of(new_size, align)) {
            (Some(a), Some(b)) if a == b => p,
            (None, None) => System.realloc(p, layout, new_size),
            _ => {
                // SAFETY: `new_size` with the old alignment is a valid layout (the caller's
                // contract); the old block holds `old_size` bytes and is freed once copied.
                let new = self.alloc(Layout::from_size_align_unchecked(new_size, align));
                if !new.is_null() {
                    ptr::copy_nonoverlapping(p, new, old_size.min(new_size));
                    self.dealloc(p, layout);
                }
                new
            }
        }
    }
}
