//! The frame record (Include/internal/pycore_frame.h `_PyInterpreterFrame`): what the eval
//! loop keeps per running Python frame in `Vm::frames`, next to its slice of the data stack,
//! and who owns the code and namespaces a record reads.

use crate::objects::object::ObjRef;

pub struct Frame {
    /// The code that runs, its globals and builtins: read, not owned (see [`Held`]); `keep`,
    /// `gen` or the caller's callable slot keeps them alive.
    pub code: Held,
    pub globals: Held,
    pub builtins: Held,
    /// What owns `code`, `globals` and `builtins` for the record, if anything does.
    pub keep: Keep,
    /// The locals mapping of module and class bodies (`f_locals`); None for function frames.
    pub locals: Option<ObjRef>,
    /// Where localsplus starts in `Vm::stack`.
    pub base: usize,
    /// The stack height to truncate to when the frame returns (the caller's callable slot).
    pub ret_to: usize,
    /// Index (in code units) of the next instruction.
    pub ip: usize,
    /// Index of the instruction being executed (`f_lasti`).
    pub lasti: usize,
    /// Returning from an entry frame leaves `run` (the Rust caller gets the value).
    pub entry: bool,
    /// An `__init__` frame entered straight from a class call (CALL_ALLOC_AND_ENTER_INIT): it
    /// must return None, and the new instance, which waits below the frame, is the call's value.
    pub init: bool,
    /// The generator this frame belongs to, if any.
    pub gen: Option<ObjRef>,
    /// The frame object viewing this frame, once Python asked for one (objects/frameobject.rs).
    pub fobj: Option<ObjRef>,
}

/// A reference that a frame record reads without owning it: making and dropping a record
/// takes no reference counts for its code and namespaces (CPython's frame borrows
/// `f_globals`/`f_builtins` from its function the same way). It reads as the `ObjRef` it
/// copies; `clone()` gives an owned reference.
#[repr(transparent)]
pub struct Held(std::mem::ManuallyDrop<ObjRef>);

impl Held {
    /// # Safety
    /// `o`'s object must stay alive as long as the record holding the copy: the record's
    /// [`Keep`], its generator, or the function in the caller's callable slot must own it.
    #[inline(always)]
    pub unsafe fn new(o: &ObjRef) -> Held {
        Held(std::mem::ManuallyDrop::new(std::ptr::read(o)))
    }
}

impl std::ops::Deref for Held {
    type Target = ObjRef;
    #[inline(always)]
    fn deref(&self) -> &ObjRef {
        &self.0
    }
}

/// Who owns a frame record's code, globals and builtins (CPython's `f_funcobj` and
/// `f_executable` references).
pub enum Keep {
    /// Someone outside the record: the function (or the bound method holding it) in the
    /// caller's callable slot, which stays below the frame until the frame is popped; the Rust
    /// caller that runs an entry frame to its end; or the generator in `gen`.
    Outside,
    /// The function the frame runs (no slot holds it: `__init__` of a class call, a property
    /// getter, a call whose arguments were bound into a new frame).
    Func(ObjRef),
    /// Module and `exec` code: the code, the globals and the builtins.
    Own(Box<[ObjRef; 3]>),
}
