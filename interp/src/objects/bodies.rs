//! The bodies (instance layouts) of the built-in types, as CPython lays them out in
//! Include/cpython/*object.h. Each body is the Rust type recorded in its type's layout; the
//! behaviour lives in the type's slots (see `vm` and the per-type modules).

use super::dict::DictTable;
use super::object::ObjRef;
use crate::code::Code;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

pub struct NoneBody;
crate::impl_body!(NoneBody, "NoneType");
pub struct NotImplBody;
crate::impl_body!(NotImplBody, "NotImplementedType");
pub struct EllipsisBody;
crate::impl_body!(EllipsisBody, "ellipsis");

/// `int` (and `bool`, whose two instances are ints): a machine integer whenever the value fits
/// in i64 (the eval loop's allocation-free fast path), else CPython's sign and 30-bit digits.
/// Canonical: `Big` never holds a value that fits in i64 (see `objects::longobject`).
pub enum IntBody {
    Small(i64),
    Big(super::int::Int),
}
crate::impl_body!(IntBody, "int", leaf);

impl IntBody {
    /// The value when it fits in an i64 (always for `Small`, which holds every such value).
    #[inline]
    pub fn small(&self) -> Option<i64> {
        match self {
            IntBody::Small(v) => Some(*v),
            IntBody::Big(_) => None,
        }
    }

    /// The value saturated to the i64 range (a big int becomes i64::MAX or i64::MIN), for
    /// callers that then range-check it against bounds far inside i64.
    #[inline]
    pub fn sat(&self) -> i64 {
        match self {
            IntBody::Small(v) => *v,
            IntBody::Big(b) => if b.is_negative() { i64::MIN } else { i64::MAX },
        }
    }
}

pub struct FloatBody {
    pub v: f64,
}
crate::impl_body!(FloatBody, "float");

pub use super::str_body::{StrBody, STR_STRIDE};
crate::impl_body!(StrBody, "str", leaf);

pub struct TupleBody {
    pub items: Box<[ObjRef]>,
}
crate::impl_body!(TupleBody, "tuple", gc);

pub struct ListBody {
    pub items: RefCell<Vec<ObjRef>>,
}
crate::impl_body!(ListBody, "list", gc);

pub struct DictBody {
    pub table: RefCell<DictTable<ObjRef, ObjRef>>,
}
crate::impl_body!(DictBody, "dict", gc);

pub struct RangeBody {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
    pub len: i64,
    /// The exact bounds when any of them does not fit in i64 (then the fields above are unused).
    pub big: Option<Box<super::rangeobject::BigRange>>,
}
crate::impl_body!(RangeBody, "range");

pub struct RangeIterBody {
    pub next: Cell<i64>,
    pub step: i64,
    pub left: Cell<i64>,
}
crate::impl_body!(RangeIterBody, "range_iterator");

/// Iterators over a list or tuple (`listiterator`, `tuple_iterator`): the sequence and position.
pub struct SeqIterBody {
    pub seq: RefCell<Option<ObjRef>>,
    pub index: Cell<usize>,
}
crate::impl_body!(SeqIterBody, "seq_iterator", gc);

/// `str_ascii_iterator` / `str_iterator`.
pub struct StrIterBody {
    pub chars: Vec<u32>,
    pub index: Cell<usize>,
}
crate::impl_body!(StrIterBody, "str_iterator");

pub struct DictIterBody {
    pub dict: ObjRef,
    pub pos: Cell<usize>,
    pub len: usize,
    /// Items not yet returned (`di->len`, what `__length_hint__` reports).
    pub left: Cell<usize>,
    /// 0 keys, 1 values, 2 items; 3..5 the same in reverse.
    pub kind: u8,
}
crate::impl_body!(DictIterBody, "dict_iterator", gc);

/// A code object with its constants and names as runtime objects and its instructions decoded
/// once (EXTENDED_ARG folded into the argument of the instruction it prefixes).
pub struct CodeBody {
    pub code: Rc<Code>,
    pub consts: Vec<ObjRef>,
    pub names: Vec<ObjRef>,
    pub localsplusnames: Vec<ObjRef>,
    /// One decoded instruction per code unit (see [`Instr`]), then one RESERVED sentinel; built
    /// by `eval::code_object::make_code`, which checks that no step or jump leaves this array
    /// (the eval loop then reads it without bounds checks).
    pub instrs: Vec<Instr>,
    /// Where a function frame starts: past a leading RESUME, which does nothing in pyref (no
    /// tracing or eval-breaker work), so a call saves one dispatch.
    pub entry_ip: usize,
    /// The eval loop's inline cache slots (`eval::icache`), one per instruction that has one
    /// (`Instr::slot`).
    pub icache: Box<[crate::eval::icache::InlineCache]>,
    pub ncells: usize,
    pub nfrees: usize,
    /// Index of the first cell/free slot in localsplus.
    pub cell_start: usize,
}
crate::impl_body!(CodeBody, "code");

/// An instruction as the eval loop reads it, decoded once when the code object is made so that
/// dispatch is one load: the opcode (unknown bytes read as NOP), how many code units to step
/// over to reach the next instruction (1 plus its inline cache entries), the full oparg, and
/// the index of its inline cache slot in [`CodeBody::icache`] (for the opcodes that have one).
#[derive(Clone, Copy)]
pub struct Instr {
    pub op: crate::opcode::Op,
    pub step: u16,
    pub arg: u32,
    pub slot: u32,
}

pub struct FunctionBody {
    pub code: ObjRef,
    pub globals: ObjRef,
    pub builtins: ObjRef,
    pub name: RefCell<ObjRef>,
    pub qualname: RefCell<ObjRef>,
    pub defaults: RefCell<Option<ObjRef>>,
    pub kwdefaults: RefCell<Option<ObjRef>>,
    pub closure: RefCell<Option<ObjRef>>,
    pub annotations: RefCell<Option<ObjRef>>,
    pub dict: RefCell<Option<ObjRef>>,
    pub module: RefCell<Option<ObjRef>>,
    pub doc: RefCell<Option<ObjRef>>,
}
crate::impl_body!(FunctionBody, "function", gc);

pub struct CellBody {
    pub value: RefCell<Option<ObjRef>>,
}
crate::impl_body!(CellBody, "cell", gc);

pub type NativeFn = fn(&mut crate::vm::Vm, &[ObjRef], Option<&ObjRef>) -> super::typeobject::PyResult;

/// `builtin_function_or_method`: a native function, bound to `self_` when it is a method.
pub struct BuiltinBody {
    pub name: &'static str,
    pub f: NativeFn,
    pub self_: Option<ObjRef>,
}
crate::impl_body!(BuiltinBody, "builtin_function_or_method", gc);

/// `method_descriptor`: a native method in a type's dict; `self` is the first argument.
pub struct MethodDescrBody {
    pub name: &'static str,
    pub f: NativeFn,
    pub owner: ObjRef,
}
crate::impl_body!(MethodDescrBody, "method_descriptor", gc);

/// `method`: a function bound to an instance.
pub struct MethodBody {
    pub func: ObjRef,
    pub self_: ObjRef,
}
crate::impl_body!(MethodBody, "method", gc);

/// An instance of a user class deriving from `object`: its attributes (inline values or the
/// `__dict__`) and `__slots__` values. In this order (`repr(C)`): an attribute load reads the
/// dict field and the values right after the object header, in the same cache lines.
#[repr(C)]
pub struct InstanceBody {
    /// `__dict__` once it exists (replaceable by assignment). None while the attributes are
    /// the inline values below (and for `__slots__` classes without a `__dict__`).
    pub dict: RefCell<Option<ObjRef>>,
    /// The attributes of an instance whose `__dict__` has not been made yet
    /// (objects/inline_values.rs).
    pub values: RefCell<super::inline_values::InlineValues>,
    /// `__slots__` values (objects/member_slots.rs), grown on first store (from the pool).
    pub slots: RefCell<super::pool::PoolVec<Option<ObjRef>>>,
}
crate::impl_body!(InstanceBody, "object", gc);

/// `object()` itself.
pub struct ObjectBody;
crate::impl_body!(ObjectBody, "object");

/// `BaseException` and every exception class (user subclasses too: `dict` holds their attributes).
pub struct ExcBody {
    pub args: RefCell<ObjRef>,
    pub traceback: RefCell<Vec<TbEntry>>,
    pub cause: RefCell<Option<ObjRef>>,
    pub context: RefCell<Option<ObjRef>>,
    pub suppress_context: Cell<bool>,
    pub dict: RefCell<Option<ObjRef>>,
    /// The C-level members some exception types add (`StopIteration.value`,
    /// `SystemExit.code`, `NameError.name`, ...): see objects/exceptions.rs.
    pub members: RefCell<Vec<(&'static str, ObjRef)>>,
    /// The traceback object last made for `__traceback__` and how many entries it shows
    /// (objects/frameobject.rs), so that repeated reads give the same object.
    pub tb_obj: RefCell<Option<(usize, ObjRef)>>,
}
crate::impl_body!(ExcBody, "BaseException", gc);

/// One traceback entry: the code object and the instruction (code unit index) that was running.
#[derive(Clone)]
pub struct TbEntry {
    pub code: ObjRef,
    pub lasti: usize,
}

/// A module object: its namespace.
pub struct ModuleBody {
    pub dict: ObjRef,
}
crate::impl_body!(ModuleBody, "module", gc);

/// `sys.stdout` / `sys.stderr` (`_io.TextIOWrapper`): which host stream it writes to (1 or 2).
pub struct StreamBody {
    pub fd: u8,
}
crate::impl_body!(StreamBody, "_io.TextIOWrapper");

/// Where a generator's frame is (CPython's `gi_frame_state`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum GenState {
    /// Made by RETURN_GENERATOR, never resumed (FRAME_CREATED).
    Created,
    /// Suspended at a `yield` (FRAME_SUSPENDED).
    Suspended,
    /// Suspended inside `yield from`/`await` (FRAME_SUSPENDED_YIELD_FROM): the delegate is the
    /// top of the saved value stack.
    SuspendedYieldFrom,
    /// The frame is on the frame stack (FRAME_EXECUTING).
    Executing,
    /// The frame returned or an exception left it (FRAME_COMPLETED/FRAME_CLEARED).
    Completed,
}

/// A generator (Objects/genobject.c) with its frame (the `_PyInterpreterFrame` embedded in a
/// CPython generator): the code, globals and builtins stay for the generator's life, and the
/// frame's locals and value stack live in `values` while it is suspended.
pub struct GenBody {
    /// The generator's code object (`gi_code`), kept after the frame is gone.
    pub code: ObjRef,
    pub globals: ObjRef,
    pub builtins: ObjRef,
    pub state: Cell<GenState>,
    /// The index of the instruction the suspended frame resumes at.
    pub ip: Cell<usize>,
    /// The suspended frame's references (code, namespaces, frame object): they move onto the
    /// frame stack when the generator resumes and back at a yield. None while the frame
    /// executes or once it is gone.
    pub frame: Cell<Option<crate::eval::gen::SuspendedFrame>>,
    /// localsplus then the value stack of the suspended frame. While the frame executes, they
    /// are on the VM's value stack and this is the emptied buffer, kept so that the next
    /// suspension reuses its allocation.
    pub values: RefCell<Vec<Option<ObjRef>>>,
    /// `gi_running`: the frame executes, or a `throw`/`close` is working on its delegate.
    pub running: Cell<bool>,
    /// The exception the generator's own frame is handling while suspended
    /// (`gi_exc_state`): swapped in on resumption, out on suspension.
    pub exc_state: Cell<Option<ObjRef>>,
    pub name: ObjRef,
    pub qualname: ObjRef,
    /// Async generators: an `asend`/`athrow` awaitable is in progress (`ag_running_async`),
    /// and the generator was closed (`ag_closed`).
    pub ag_running_async: Cell<bool>,
    pub ag_closed: Cell<bool>,
}
crate::impl_body!(GenBody, "generator", gc);

impl GenBody {
    /// The frame can be resumed: created or suspended, not executing or completed.
    #[inline]
    pub fn suspended(&self) -> bool {
        matches!(self.state.get(), GenState::Created | GenState::Suspended | GenState::SuspendedYieldFrom)
    }
}

/// `staticmethod` / `classmethod` (Objects/funcobject.c): the wrapped callable.
pub struct StaticMethodBody {
    pub f: ObjRef,
}
crate::impl_body!(StaticMethodBody, "staticmethod", gc);
pub struct ClassMethodBody {
    pub f: ObjRef,
}
crate::impl_body!(ClassMethodBody, "classmethod", gc);

/// `property` (Objects/descrobject.c).
pub struct PropertyBody {
    pub fget: Option<ObjRef>,
    pub fset: Option<ObjRef>,
    pub fdel: Option<ObjRef>,
    /// `__doc__`, and whether it was taken from the getter (`getter_doc`).
    pub doc: Option<ObjRef>,
    pub getter_doc: bool,
}
crate::impl_body!(PropertyBody, "property", gc);
