//! Type objects (Objects/typeobject.c): a type is an ordinary object whose body starts with the
//! [`TypeHead`] (its instances' layout), followed by CPython's slots as Rust function pointers,
//! the base, the MRO and the type's dict. Built-in types fill the slots with Rust functions; user
//! classes fill them with functions that look the dunder method up (`slot_tp_*`), so both
//! dispatch the same way.

use super::object::{ObjRef, TypeHead};
use crate::vm::Vm;
use std::cell::{Cell, RefCell};


/// A raised exception: the exception instance (always a BaseException).
pub struct PyErr(pub ObjRef);
pub type PyResult<T = ObjRef> = Result<T, PyErr>;

/// Rich comparison operators, numbered as COMPARE_OP's `oparg >> 5` (Py_LT..Py_GE).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum CmpOp {
    Lt = 0,
    Le = 1,
    Eq = 2,
    Ne = 3,
    Gt = 4,
    Ge = 5,
}

impl CmpOp {
    /// Whether `x op y` holds for two values of one ordered kind.
    #[inline]
    pub fn holds<T: PartialOrd + ?Sized>(self, x: &T, y: &T) -> bool {
        match self {
            CmpOp::Lt => x < y,
            CmpOp::Le => x <= y,
            CmpOp::Eq => x == y,
            CmpOp::Ne => x != y,
            CmpOp::Gt => x > y,
            CmpOp::Ge => x >= y,
        }
    }
    pub fn from_arg(a: u32) -> CmpOp {
        [CmpOp::Lt, CmpOp::Le, CmpOp::Eq, CmpOp::Ne, CmpOp::Gt, CmpOp::Ge][(a as usize) % 6]
    }
    pub fn swapped(self) -> CmpOp {
        match self {
            CmpOp::Lt => CmpOp::Gt,
            CmpOp::Le => CmpOp::Ge,
            CmpOp::Eq => CmpOp::Eq,
            CmpOp::Ne => CmpOp::Ne,
            CmpOp::Gt => CmpOp::Lt,
            CmpOp::Ge => CmpOp::Le,
        }
    }
    pub fn symbol(self) -> &'static str {
        crate::opcode::CMP_OP[self as usize]
    }
    pub fn dunder(self) -> &'static str {
        ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"][self as usize]
    }
}

pub type UnaryFn = fn(&mut Vm, &ObjRef) -> PyResult;
pub type HashFn = fn(&mut Vm, &ObjRef) -> PyResult<i64>;
pub type BoolFn = fn(&mut Vm, &ObjRef) -> PyResult<bool>;
pub type LenFn = fn(&mut Vm, &ObjRef) -> PyResult<usize>;
pub type BinaryFn = fn(&mut Vm, &ObjRef, &ObjRef) -> PyResult;
/// `nb_*` binary slots, one function per type taking the BINARY_OP number (0..12); returns
/// `NotImplemented` for operands it does not handle, as each CPython slot does.
pub type NumberFn = fn(&mut Vm, &ObjRef, &ObjRef, u32) -> PyResult;
pub type CompareFn = fn(&mut Vm, &ObjRef, &ObjRef, CmpOp) -> PyResult;
pub type GetattrFn = fn(&mut Vm, &ObjRef, &ObjRef) -> PyResult;
pub type SetattrFn = fn(&mut Vm, &ObjRef, &ObjRef, Option<ObjRef>) -> PyResult<()>;
pub type SetitemFn = fn(&mut Vm, &ObjRef, &ObjRef, Option<ObjRef>) -> PyResult<()>;
/// `tp_call` in vectorcall form: positional args then keyword values, `kwnames` naming the last ones.
pub type CallFn = fn(&mut Vm, &ObjRef, &[ObjRef], Option<&ObjRef>) -> PyResult;
pub type NextFn = fn(&mut Vm, &ObjRef) -> PyResult<Option<ObjRef>>;
pub type DescrGetFn = fn(&mut Vm, &ObjRef, Option<&ObjRef>, &ObjRef) -> PyResult;
/// `tp_new`: (type, args, kwnames).
pub type NewFn = fn(&mut Vm, &ObjRef, &[ObjRef], Option<&ObjRef>) -> PyResult;

/// CPython's slots. `Cell`s because a user class's slots change when its dunders are assigned.
#[derive(Default)]
pub struct Slots {
    pub repr: Cell<Option<UnaryFn>>,
    pub str: Cell<Option<UnaryFn>>,
    pub hash: Cell<Option<HashFn>>,
    pub richcompare: Cell<Option<CompareFn>>,
    pub getattro: Cell<Option<GetattrFn>>,
    pub setattro: Cell<Option<SetattrFn>>,
    pub call: Cell<Option<CallFn>>,
    pub iter: Cell<Option<UnaryFn>>,
    pub iternext: Cell<Option<NextFn>>,
    pub descr_get: Cell<Option<DescrGetFn>>,
    pub new: Cell<Option<NewFn>>,
    pub nb_bool: Cell<Option<BoolFn>>,
    pub nb_number: Cell<Option<NumberFn>>,
    pub nb_negative: Cell<Option<UnaryFn>>,
    pub nb_positive: Cell<Option<UnaryFn>>,
    pub nb_invert: Cell<Option<UnaryFn>>,
    pub nb_index: Cell<Option<UnaryFn>>,
    pub mp_length: Cell<Option<LenFn>>,
    pub mp_subscript: Cell<Option<BinaryFn>>,
    pub mp_ass_subscript: Cell<Option<SetitemFn>>,
    pub sq_contains: Cell<Option<fn(&mut Vm, &ObjRef, &ObjRef) -> PyResult<bool>>>,
}

impl Slots {
    /// Takes every slot from the base type (`inherit_slots` in Objects/typeobject.c); the
    /// caller then overrides what the new type defines itself.
    pub fn inherit_from(&self, base: &Slots) {
        self.repr.set(base.repr.get());
        self.str.set(base.str.get());
        self.hash.set(base.hash.get());
        self.richcompare.set(base.richcompare.get());
        self.getattro.set(base.getattro.get());
        self.setattro.set(base.setattro.get());
        self.call.set(base.call.get());
        self.iter.set(base.iter.get());
        self.iternext.set(base.iternext.get());
        self.descr_get.set(base.descr_get.get());
        self.new.set(base.new.get());
        self.nb_bool.set(base.nb_bool.get());
        self.nb_number.set(base.nb_number.get());
        self.nb_negative.set(base.nb_negative.get());
        self.nb_positive.set(base.nb_positive.get());
        self.nb_invert.set(base.nb_invert.get());
        self.nb_index.set(base.nb_index.get());
        self.mp_length.set(base.mp_length.get());
        self.mp_subscript.set(base.mp_subscript.get());
        self.mp_ass_subscript.set(base.mp_ass_subscript.get());
        self.sq_contains.set(base.sq_contains.get());
    }
}

/// `Py_TPFLAGS_*` bits pyref uses.
pub mod tpflags {
    pub const HEAPTYPE: u64 = 1 << 9;
    /// `Py_TPFLAGS_IS_ABSTRACT`: the class has abstract methods (`__abstractmethods__`).
    pub const IS_ABSTRACT: u64 = 1 << 20;
    pub const BASETYPE: u64 = 1 << 10;
    pub const LONG_SUBCLASS: u64 = 1 << 24;
    pub const LIST_SUBCLASS: u64 = 1 << 25;
    pub const TUPLE_SUBCLASS: u64 = 1 << 26;
    pub const UNICODE_SUBCLASS: u64 = 1 << 28;
    pub const DICT_SUBCLASS: u64 = 1 << 29;
    pub const BASE_EXC_SUBCLASS: u64 = 1 << 30;
    pub const TYPE_SUBCLASS: u64 = 1 << 31;
    /// A type a native module makes with `PyType_FromSpec` (itertools.count...): a heap type as
    /// `getsizeof` sees it, immutable and not subclassable like a static type otherwise.
    ///
    /// pyref's own flags take the bits from 50 up, which `__flags__` hides: 50
    /// `member_slots::NO_DICT`, 51 `sizes::C_LAYOUT`, 52 `sizes::STATIC_MODEL`, 53 this one,
    /// 58 `member_slots::DICT_OFFSET`.
    pub const SPEC_TYPE: u64 = 1 << 53;
}

/// The body of every type object.
#[repr(C)]
pub struct TypeObject {
    pub head: TypeHead,
    pub name: RefCell<String>,
    pub qualname: RefCell<String>,
    /// `__module__` for `repr` ("builtins" types print without it).
    pub module: RefCell<String>,
    /// `tp_base` and `__bases__` (RefCells: `__bases__` assignment changes them).
    pub base: RefCell<Option<ObjRef>>,
    pub bases: RefCell<Vec<ObjRef>>,
    /// `__mro__`, starting with the type itself. Filled once the type exists (it contains it).
    pub mro: RefCell<Vec<ObjRef>>,
    /// The type's namespace: a `dict` object (None only while the bootstrap builds `dict`).
    pub dict: RefCell<Option<ObjRef>>,
    pub slots: Slots,
    pub flags: Cell<u64>,
    /// `tp_basicsize` as `sys.getsizeof` reports it for instances.
    pub basicsize: Cell<usize>,
    pub itemsize: usize,
    /// `tp_subclasses`: the bodies of the live direct subclasses, in creation order (weak:
    /// a subclass removes itself when it is freed). See [`register_subclass`].
    pub subclasses: RefCell<Vec<*const TypeObject>>,
    /// `ht_cached_keys`: the keys shared by the split `__dict__`s of a plain class's instances
    /// (made with the first instance).
    pub cached_keys: std::cell::OnceCell<std::rc::Rc<super::dict::SharedKeys<ObjRef>>>,
}
crate::impl_body!(TypeObject, "type", type, gc);

/// Advanced whenever any type's namespace or slots change and whenever a type object is freed
/// (CPython gives each type a version tag and invalidates it and its subclasses on
/// `PyType_Modified`; one global epoch is coarser but never stale). Caches that remember what a
/// lookup on a type found (`Vm::type_lookup`, the eval loop's inline caches) are valid only
/// while the epoch they were filled in is current, so they may keep bare addresses of the type
/// and of what its MRO dicts hold.
static TYPE_EPOCH: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);

#[inline]
pub fn type_epoch() -> u64 {
    TYPE_EPOCH.load(std::sync::atomic::Ordering::Relaxed)
}

pub fn bump_type_epoch() {
    TYPE_EPOCH.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
}


impl Drop for TypeObject {
    fn drop(&mut self) {
        bump_type_epoch();
        let me = self as *const TypeObject;
        for b in self.bases.borrow().iter() {
            if let Some(t) = b.downcast::<TypeObject>() {
                t.subclasses.borrow_mut().retain(|p| *p != me);
            }
        }
    }
}

/// Records `ty` in its bases' `tp_subclasses` (`add_subclass`).
pub fn register_subclass(ty: &ObjRef) {
    let me = tp(ty) as *const TypeObject;
    for b in tp(ty).bases.borrow().iter() {
        if let Some(t) = b.downcast::<TypeObject>() {
            t.subclasses.borrow_mut().push(me);
        }
    }
}

/// `type.__subclasses__()`: the live direct subclasses.
pub fn subclasses(ty: &ObjRef) -> Vec<ObjRef> {
    let list = tp(ty).subclasses.borrow().clone();
    // Every recorded body belongs to a live type object (a type unregisters itself when freed).
    list.into_iter().map(|p| unsafe { super::object::from_body(p) }).collect()
}

impl TypeObject {
    pub fn name(&self) -> String {
        self.name.borrow().clone()
    }
    pub fn has_flag(&self, f: u64) -> bool {
        self.flags.get() & f != 0
    }
}

/// The `TypeObject` body of a type object.
#[inline]
pub fn tp(t: &ObjRef) -> &TypeObject {
    t.downcast::<TypeObject>().expect("a type object")
}

/// `PyType_IsSubtype`: walks the MRO.
pub fn is_subtype(a: &ObjRef, b: &ObjRef) -> bool {
    if a.is(b) {
        return true;
    }
    tp(a).mro.borrow().iter().any(|t| t.is(b))
}

/// The C3 linearisation (`mro_internal`), or None when the bases admit no consistent order.
pub fn c3_mro(ty: &ObjRef, bases: &[ObjRef]) -> Option<Vec<ObjRef>> {
    let mut seqs: Vec<Vec<ObjRef>> = bases.iter().map(|b| tp(b).mro.borrow().clone()).collect();
    seqs.push(bases.to_vec());
    let mut out = vec![ty.clone()];
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Some(out);
        }
        let mut found = None;
        for s in &seqs {
            let cand = &s[0];
            if !seqs.iter().any(|t| t[1..].iter().any(|x| x.is(cand))) {
                found = Some(cand.clone());
                break;
            }
        }
        let c = found?;
        for s in seqs.iter_mut() {
            if s[0].is(&c) {
                s.remove(0);
            }
        }
        out.push(c);
    }
}
