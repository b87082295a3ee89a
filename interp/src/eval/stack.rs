//! The value stack shared by all frames (the `localsplus` + stack area of CPython's
//! `_PyInterpreterFrame`s, which live in one contiguous data stack, Python/pystate.c
//! `_PyThreadState_PushFrame`).
//!
//! [`FastVec`] is a `Vec` whose `push` is forced inline: the eval loop pushes values on almost
//! every instruction and frames on every call, and the compiler would otherwise leave
//! `Vec::push` as an out-of-line call in the huge loop body. The value stack and the frame
//! stack are both `FastVec`s.
//! Every other operation is the `Vec`'s own (through `Deref`). The `unsafe` blocks are the
//! write into spare capacity that `Vec::push` itself performs, and the bitwise move of a
//! stack tail into another vector (what `Vec::append` does).

use crate::objects::object::ObjRef;
use std::ops::{Deref, DerefMut};

pub struct FastVec<T>(Vec<T>);

/// The value stack of all frames.
pub type ValueStack = FastVec<Option<ObjRef>>;

impl<T> FastVec<T> {
    pub fn with_capacity(n: usize) -> FastVec<T> {
        FastVec(Vec::with_capacity(n))
    }

    #[inline(always)]
    pub fn push(&mut self, v: T) {
        if self.0.len() == self.0.capacity() {
            self.grow();
        }
        let len = self.0.len();
        // SAFETY: `len < capacity` (grown above), so slot `len` is allocated and uninitialised;
        // writing it and then counting it is exactly what `Vec::push` does.
        unsafe {
            self.0.as_mut_ptr().add(len).write(v);
            self.0.set_len(len + 1);
        }
    }

    /// Pushes the value `make` builds once room is made, so that a large value (a frame
    /// record) is built in its slot rather than on the Rust stack and then copied: the copy
    /// reads back fields just written in narrower stores, which stalls the CPU.
    #[inline(always)]
    pub fn push_with(&mut self, make: impl FnOnce() -> T) {
        if self.0.len() == self.0.capacity() {
            self.grow();
        }
        let len = self.0.len();
        // SAFETY: as in `push`.
        unsafe {
            self.0.as_mut_ptr().add(len).write(make());
            self.0.set_len(len + 1);
        }
    }

    /// The slot one past the end, room made: the caller writes a whole element there and then
    /// counts it with [`FastVec::commit_one`]. A large element (a frame record) is so written
    /// field by field where it lives, with no copy through the Rust stack.
    #[inline(always)]
    pub fn spare_slot(&mut self) -> *mut T {
        if self.0.len() == self.0.capacity() {
            self.grow();
        }
        // SAFETY: `len < capacity`, so the slot is inside the allocation.
        unsafe { self.0.as_mut_ptr().add(self.0.len()) }
    }

    /// Counts the element written into [`FastVec::spare_slot`].
    ///
    /// # Safety
    /// Every field of that slot must have been written since `spare_slot` returned it, with no
    /// other change to the vector in between.
    #[inline(always)]
    pub unsafe fn commit_one(&mut self) {
        let len = self.0.len();
        self.0.set_len(len + 1);
    }

    /// Moves the elements from index `from` on to the end of `dst` (one copy, as `Vec::append`
    /// does the other way round): a generator's frame leaving the stack on a yield.
    pub fn move_tail(&mut self, from: usize, dst: &mut Vec<T>) {
        assert!(from <= self.0.len());
        let n = self.0.len() - from;
        dst.reserve(n);
        // SAFETY: the `n` elements at `from..len` are initialised and `dst` has room for `n`
        // more; after the bitwise copy the source length drops to `from`, so each moved value
        // is owned (and later dropped) by `dst` alone.
        unsafe {
            let (src, to) = (self.0.as_ptr().add(from), dst.as_mut_ptr().add(dst.len()));
            // A frame holds a few values: a loop beats a call to `memcpy`.
            for i in 0..n {
                to.add(i).write(src.add(i).read());
            }
            dst.set_len(dst.len() + n);
            self.0.set_len(from);
        }
    }

    /// `Vec::truncate` (the same order: the length drops first, then the elements from the
    /// lowest), inlined where a few values go on every return.
    #[inline(always)]
    pub fn truncate_inline(&mut self, n: usize) {
        let len = self.0.len();
        if n >= len {
            return;
        }
        // SAFETY: the elements `n..len` are initialised; the length is cut first (as
        // `Vec::truncate` does), so each is dropped exactly once even if a drop panics.
        unsafe {
            self.0.set_len(n);
            let p = self.0.as_mut_ptr();
            for i in n..len {
                std::ptr::drop_in_place(p.add(i));
            }
        }
    }

    #[cold]
    #[inline(never)]
    fn grow(&mut self) {
        self.0.reserve(self.0.len().max(64));
    }
}

impl<T> Deref for FastVec<T> {
    type Target = Vec<T>;
    fn deref(&self) -> &Self::Target {
        &self.0
    }
}

impl<T> DerefMut for FastVec<T> {
    fn deref_mut(&mut self) -> &mut Self::Target {
        &mut self.0
    }
}
