//! The interpreter state (CPython's `PyInterpreterState` + `PyThreadState`): the built-in types,
//! the small-int cache (−5..256), interned strings, the builtins dict, the frame stack and the
//! host. Also the abstract object protocol (Objects/abstract.c, Objects/object.c): `repr`, `str`,
//! `hash`, rich comparison, truth, attribute access, calls, iteration, binary operators, each
//! dispatching through the type's slots.

use crate::host::Host;
use crate::objects::bodies::*;
use crate::objects::dict::DictTable;
use crate::objects::object::{alloc, alloc_self_typed, Body, ObjRef, TypeHead};
use crate::objects::pystr::PyStr;
use crate::objects::typeobject::*;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;

/// The built-in types.
pub struct Types {
    pub type_: ObjRef,
    pub object: ObjRef,
    pub none: ObjRef,
    pub notimpl: ObjRef,
    pub ellipsis: ObjRef,
    pub int: ObjRef,
    pub bool_: ObjRef,
    pub float: ObjRef,
    pub complex: ObjRef,
    pub str_: ObjRef,
    pub tuple: ObjRef,
    pub list: ObjRef,
    pub dict: ObjRef,
    pub range: ObjRef,
    pub range_iter: ObjRef,
    pub list_iter: ObjRef,
    pub tuple_iter: ObjRef,
    pub str_iter: ObjRef,
    /// `str_iterator`: iterating a str that is not ASCII (`str_iter` is `str_ascii_iterator`).
    pub str_uni_iter: ObjRef,
    pub dict_keyiter: ObjRef,
    pub dictview: crate::objects::dictview::ViewTypes,
    pub iters: crate::objects::iterobject::IterTypes,
    pub code: ObjRef,
    pub function: ObjRef,
    pub cell: ObjRef,
    pub builtin: ObjRef,
    pub method_descr: ObjRef,
    pub method: ObjRef,
    pub module: ObjRef,
    pub staticmethod: ObjRef,
    pub classmethod: ObjRef,
    pub property: ObjRef,
    pub generator: ObjRef,
    pub coroutine: ObjRef,
    pub async_generator: ObjRef,
    pub async_gen: crate::eval::asyncgen::AsyncGenTypes,
    pub alias: crate::objects::genericalias::AliasTypes,
    pub typing: crate::objects::typevarobject::TypingTypes,
    pub stream: ObjRef,
    pub set: ObjRef,
    pub frozenset: ObjRef,
    pub set_iter: ObjRef,
    pub slice: ObjRef,
    pub super_: ObjRef,
    pub bytes: ObjRef,
    pub bytearray: ObjRef,
    pub bytes_iter: ObjRef,
    pub bytearray_iter: ObjRef,
    pub memoryview: ObjRef,
    pub frame: ObjRef,
    pub frame_locals_proxy: ObjRef,
    pub traceback: ObjRef,
    /// `iterator` (the `__getitem__` protocol's iterator): objects/seqiter.rs.
    pub seq_iter: ObjRef,
    pub member_descr: ObjRef,
    pub mappingproxy: ObjRef,
    /// wrapper_descriptor, method-wrapper, classmethod_descriptor, getset_descriptor.
    pub descr: crate::objects::descrobject::DescrTypes,
}

/// The built-in exception classes the runtime raises itself (all live in builtins too).
pub struct ExcTypes {
    pub base_exception: ObjRef,
    pub exception: ObjRef,
    pub type_error: ObjRef,
    pub value_error: ObjRef,
    pub name_error: ObjRef,
    pub unbound_local_error: ObjRef,
    pub attribute_error: ObjRef,
    pub lookup_error: ObjRef,
    pub index_error: ObjRef,
    pub key_error: ObjRef,
    pub arithmetic_error: ObjRef,
    pub zero_division_error: ObjRef,
    pub overflow_error: ObjRef,
    pub stop_iteration: ObjRef,
    pub runtime_error: ObjRef,
    pub recursion_error: ObjRef,
    pub not_implemented_error: ObjRef,
    pub assertion_error: ObjRef,
    pub system_exit: ObjRef,
    pub keyboard_interrupt: ObjRef,
    pub generator_exit: ObjRef,
    pub import_error: ObjRef,
    pub module_not_found_error: ObjRef,
    pub unicode_error: ObjRef,
    pub os_error: ObjRef,
    pub timeout_error: ObjRef,
    pub memory_error: ObjRef,
    pub unicode_encode_error: ObjRef,
    pub unicode_decode_error: ObjRef,
    pub buffer_error: ObjRef,
}

/// CPython 3.13's budget for native recursion on Linux (`Py_C_RECURSION_LIMIT`), separate from
/// `sys.getrecursionlimit()`, which bounds Python frames: repr of a list nested 9,000 deep
/// works, a `__repr__` recursing through Python stops at the 1,000 frames.
pub const C_RECURSION_LIMIT: usize = 10_000;
/// The units of that budget an entry of the eval loop from native code takes
/// (`PY_EVAL_C_STACK_UNITS`, Python/ceval.c).
pub const EVAL_C_UNITS: usize = 2;

const TYPE_CACHE_SIZE: usize = 4096;
/// The type cache starts this small and grows to [`TYPE_CACHE_SIZE`] after as many misses: the
/// full cache is 192 KiB, and the few lookups of a short program would touch 48 of its pages
/// (bench/hello.py: 48 of its 296 page faults).
const TYPE_CACHE_START: usize = 256;

/// One slot of [`Vm::type_lookup`]'s cache.
#[derive(Default)]
struct TypeCacheEntry {
    ty: usize,
    name: usize,
    epoch: u64,
    /// The name, kept so that its address is not reused by another str while the entry can
    /// match. The type is not kept (CPython's cache does not own it either): freeing a type
    /// advances the type epoch, which invalidates its entries, and a kept type would never be
    /// freed by the cycle collector.
    _keep: Option<ObjRef>,
    value: Option<ObjRef>,
}

pub struct Vm<'h> {
    pub host: &'h mut Host,
    pub t: Types,
    pub e: ExcTypes,
    pub none: ObjRef,
    pub true_: ObjRef,
    pub false_: ObjRef,
    pub notimpl: ObjRef,
    pub ellipsis: ObjRef,
    small_ints: Vec<ObjRef>,
    /// The one-character latin-1 strings (index = code point) and, at 256, the empty string:
    /// CPython's static singletons, shared by every operation that makes such a string.
    char_cache: Box<[ObjRef]>,
    interned: HashMap<Box<str>, ObjRef, crate::compile::fxhash::FxBuild>,
    /// [`Vm::intern_static`]'s cache: direct-mapped on the address of a `&'static str`.
    static_names: Vec<Option<(usize, usize, ObjRef)>>,
    /// The method cache (`_PyType_Lookup`'s type-attribute cache): (type, name) to what the MRO
    /// walk found. Entries hold the type and the name, so their addresses stay unique; any change
    /// to a type's namespace empties the cache ([`Vm::type_modified`]).
    /// The method cache (`_PyType_Lookup`'s `type_cache` in Objects/typeobject.c): direct-mapped
    /// on (type, name) addresses; an entry is valid while its epoch is the current
    /// [`type_epoch`](crate::objects::typeobject::type_epoch). Entries hold references to their
    /// type and name, so the addresses cannot be reused.
    type_cache: Vec<TypeCacheEntry>,
    /// Misses while the type cache is at its start-up size.
    type_cache_misses: usize,
    pub empty_tuple: ObjRef,
    pub builtins: ObjRef,
    /// The eval loop's frames and data stack (see `eval`).
    pub frames: crate::eval::stack::FastVec<crate::eval::Frame>,
    pub stack: crate::eval::stack::ValueStack,
    /// Units of CPython's C recursion budget in use (`Py_C_RECURSION_LIMIT` minus
    /// `c_recursion_remaining`): each entry of the eval loop from native code takes
    /// [`EVAL_C_UNITS`], each guarded native recursion ([`Vm::guard`]) one. Python frames called
    /// from Python take none: they count against `recursion_limit` (`frames.len()`).
    pub recursion_depth: Cell<usize>,
    /// `sys.getrecursionlimit()`: how many Python frames may run at once.
    pub recursion_limit: usize,
    /// The exception being handled (`sys.exception()`), as PUSH_EXC_INFO/POP_EXCEPT keep it.
    pub exc_info: Option<ObjRef>,
    /// `sys.argv`.
    pub argv: Vec<String>,
    /// The main script's source, for traceback lines: (filename as shown, text).
    pub sources: RefCell<HashMap<String, String>>,
    /// The import system's state: `sys.modules`, `sys.path` (see `import`).
    pub modules: crate::import::ImportState,
    /// Set by YIELD_VALUE when the entry frame suspends instead of returning.
    pub yielded: bool,
    /// The frame depth (`frames.len()`) of a generator that Rust code drives value after value
    /// (`eval::gen::Driver`): its YIELD_VALUE leaves the frame on the stack. 0: none.
    pub gen_hold: usize,
    /// Set by RERAISE: the instruction the exception table is searched from (RERAISE itself),
    /// while the frame's `lasti` names the instruction the traceback shows. A re-raise adds no
    /// traceback entry.
    pub reraised_at: Option<usize>,
    /// Containers whose repr is being computed (`Py_ReprEnter`), by address: a container met
    /// again inside its own repr prints as `[...]`, `{...}`, `set(...)`.
    pub repr_active: Vec<usize>,
}

pub(crate) fn new_type(meta: Option<&ObjRef>, name: &str, layout: &'static crate::objects::object::Layout, base: Option<&ObjRef>, basicsize: usize, itemsize: usize) -> ObjRef {
    let body = TypeObject {
        head: TypeHead::new(layout),
        name: RefCell::new(name.to_string()),
        qualname: RefCell::new(name.to_string()),
        module: RefCell::new("builtins".to_string()),
        base: RefCell::new(base.cloned()),
        bases: RefCell::new(base.into_iter().cloned().collect()),
        mro: RefCell::new(Vec::new()),
        dict: RefCell::new(None),
        slots: Slots::default(),
        flags: Cell::new(tpflags::BASETYPE),
        basicsize: Cell::new(basicsize),
        itemsize,
        subclasses: Default::default(),
        cached_keys: Default::default(),
    };
    let t = match meta {
        Some(m) => alloc(m, body),
        None => alloc_self_typed(body),
    };
    let mut mro = vec![t.clone()];
    if let Some(b) = base {
        mro.extend(tp(b).mro.borrow().iter().cloned());
    }
    *tp(&t).mro.borrow_mut() = mro;
    register_subclass(&t);
    t.make_immortal();
    t
}

impl<'h> Vm<'h> {
    pub fn new(host: &'h mut Host) -> Vm<'h> {
        let type_ = new_type(None, "type", TypeObject::layout(), None, 920, 40);
        let object = new_type(Some(&type_), "object", ObjectBody::layout(), None, 16, 0);
        // type's base is object: set it and rebuild its MRO now that object exists.
        *tp(&type_).base.borrow_mut() = Some(object.clone());
        *tp(&type_).bases.borrow_mut() = vec![object.clone()];
        *tp(&type_).mro.borrow_mut() = vec![type_.clone(), object.clone()];
        register_subclass(&type_);
        let m = Some(&type_);
        let o = Some(&object);
        let int = new_type(m, "int", IntBody::layout(), o, 24, 4);
        let t = Types {
            none: new_type(m, "NoneType", NoneBody::layout(), o, 16, 0),
            notimpl: new_type(m, "NotImplementedType", NotImplBody::layout(), o, 16, 0),
            ellipsis: new_type(m, "ellipsis", EllipsisBody::layout(), o, 16, 0),
            bool_: new_type(m, "bool", IntBody::layout(), Some(&int), 24, 4),
            float: new_type(m, "float", FloatBody::layout(), o, 24, 0),
            complex: new_type(m, "complex", crate::objects::complexobject::ComplexBody::layout(), o, 32, 0),
            str_: new_type(m, "str", StrBody::layout(), o, 40, 1),
            tuple: new_type(m, "tuple", TupleBody::layout(), o, 24, 8),
            list: new_type(m, "list", ListBody::layout(), o, 40, 0),
            dict: new_type(m, "dict", DictBody::layout(), o, 48, 0),
            range: new_type(m, "range", RangeBody::layout(), o, 48, 0),
            range_iter: new_type(m, "range_iterator", RangeIterBody::layout(), o, 40, 0),
            list_iter: new_type(m, "list_iterator", SeqIterBody::layout(), o, 32, 0),
            tuple_iter: new_type(m, "tuple_iterator", SeqIterBody::layout(), o, 32, 0),
            str_iter: new_type(m, "str_ascii_iterator", StrIterBody::layout(), o, 32, 0),
            str_uni_iter: new_type(m, "str_iterator", StrIterBody::layout(), o, 32, 0),
            dict_keyiter: new_type(m, "dict_keyiterator", DictIterBody::layout(), o, 56, 0),
            dictview: crate::objects::dictview::ViewTypes::new(m, o, new_type),
            iters: crate::objects::iterobject::IterTypes::new(m, o, new_type),
            code: new_type(m, "code", CodeBody::layout(), o, 200, 2),
            function: new_type(m, "function", FunctionBody::layout(), o, 144, 0),
            cell: new_type(m, "cell", CellBody::layout(), o, 24, 0),
            builtin: new_type(m, "builtin_function_or_method", BuiltinBody::layout(), o, 72, 0),
            method_descr: new_type(m, "method_descriptor", MethodDescrBody::layout(), o, 56, 0),
            method: new_type(m, "method", MethodBody::layout(), o, 48, 0),
            generator: new_type(m, "generator", GenBody::layout(), o, 88, 0),
            coroutine: new_type(m, "coroutine", GenBody::layout(), o, 88, 0),
            async_generator: new_type(m, "async_generator", GenBody::layout(), o, 144, 0),
            async_gen: crate::eval::asyncgen::AsyncGenTypes::new(|name, layout, size| new_type(m, name, layout, o, size, 0)),
            alias: crate::objects::genericalias::AliasTypes::new(|name, layout, size| new_type(m, name, layout, o, size, 0)),
            typing: crate::objects::typevarobject::TypingTypes::new(|name, layout, size| new_type(m, name, layout, o, size, 0)),
            staticmethod: new_type(m, "staticmethod", StaticMethodBody::layout(), o, 48, 0),
            classmethod: new_type(m, "classmethod", ClassMethodBody::layout(), o, 48, 0),
            property: new_type(m, "property", PropertyBody::layout(), o, 64, 0),
            module: new_type(m, "module", ModuleBody::layout(), o, 72, 0),
            stream: new_type(m, "TextIOWrapper", StreamBody::layout(), o, 200, 0),
            set: new_type(m, "set", crate::objects::setobject::SetBody::layout(), o, 200, 0),
            frozenset: new_type(m, "frozenset", crate::objects::setobject::SetBody::layout(), o, 200, 0),
            super_: new_type(m, "super", crate::objects::attrs::SuperBody::layout(), o, 40, 0),
            slice: new_type(m, "slice", crate::objects::sliceobject::SliceBody::layout(), o, 40, 0),
            set_iter: new_type(m, "set_iterator", crate::objects::setobject::SetIterBody::layout(), o, 48, 0),
            bytes: new_type(m, "bytes", crate::objects::bytes_type::BytesBody::layout(), o, 33, 1),
            bytearray: new_type(m, "bytearray", crate::objects::bytes_type::ByteArrayBody::layout(), o, 56, 0),
            bytes_iter: new_type(m, "bytes_iterator", crate::objects::bytes_type::BytesIterBody::layout(), o, 32, 0),
            bytearray_iter: new_type(m, "bytearray_iterator", crate::objects::bytes_type::BytesIterBody::layout(), o, 32, 0),
            memoryview: new_type(m, "memoryview", crate::objects::memoryview::MemoryViewBody::layout(), o, 184, 0),
            frame: new_type(m, "frame", crate::objects::frameobject::FrameObjBody::layout(), o, 64, 0),
            frame_locals_proxy: new_type(m, "FrameLocalsProxy", crate::objects::framelocals::FrameLocalsProxyBody::layout(), o, 24, 0),
            traceback: new_type(m, "traceback", crate::objects::frameobject::TracebackBody::layout(), o, 40, 0),
            seq_iter: new_type(m, "iterator", SeqIterBody::layout(), o, 32, 0),
            member_descr: new_type(m, "member_descriptor", crate::objects::member_slots::MemberBody::layout(), o, 64, 0),
            descr: crate::objects::descrobject::DescrTypes::new(|name, layout, size| new_type(m, name, layout, o, size, 0)),
            mappingproxy: new_type(m, "mappingproxy", crate::objects::mappingproxy::MappingProxyBody::layout(), o, 24, 0),
            int,
            type_,
            object,
        };
        for (ty, f) in [
            (&t.int, tpflags::LONG_SUBCLASS),
            (&t.bool_, tpflags::LONG_SUBCLASS),
            (&t.str_, tpflags::UNICODE_SUBCLASS),
            (&t.tuple, tpflags::TUPLE_SUBCLASS),
            (&t.list, tpflags::LIST_SUBCLASS),
            (&t.dict, tpflags::DICT_SUBCLASS),
            (&t.type_, tpflags::TYPE_SUBCLASS),
        ] {
            tp(ty).flags.set(tp(ty).flags.get() | f);
        }
        for ty in [&t.bool_, &t.none, &t.notimpl, &t.ellipsis, &t.range, &t.function, &t.builtin, &t.code, &t.cell, &t.method, &t.frame, &t.traceback, &t.frame_locals_proxy, &t.slice] {
            tp(ty).flags.set(tp(ty).flags.get() & !tpflags::BASETYPE);
        }
        let imm = |o: ObjRef| {
            o.make_immortal();
            o
        };
        let none = imm(alloc(&t.none, NoneBody));
        let notimpl = imm(alloc(&t.notimpl, NotImplBody));
        let ellipsis = imm(alloc(&t.ellipsis, EllipsisBody));
        let true_ = imm(alloc(&t.bool_, IntBody::Small(1)));
        let false_ = imm(alloc(&t.bool_, IntBody::Small(0)));
        let small_ints = (-5..=256).map(|v| imm(alloc(&t.int, IntBody::Small(v)))).collect();
        let char_cache = (0..=256u32)
            .map(|c| {
                // Built from a stack buffer: no allocation per character.
                let mut buf = [0u8; 4];
                let text: &str = char::from_u32(c).filter(|_| c < 256).map_or("", |ch| ch.encode_utf8(&mut buf));
                imm(alloc(&t.str_, StrBody::of_str(text)))
            })
            .collect();
        let empty_tuple = imm(alloc(&t.tuple, TupleBody { items: Box::new([]) }));
        // Exceptions.
        // `PyBaseExceptionObject` is 72 bytes; a few types add fields (`mk_sized`).
        let mk_sized = |name: &str, base: &ObjRef, size: usize| -> ObjRef {
            let ty = new_type(Some(&t.type_), name, ExcBody::layout(), Some(base), size, 0);
            tp(&ty).flags.set(tp(&ty).flags.get() | tpflags::BASE_EXC_SUBCLASS);
            ty
        };
        let mk = |name: &str, base: &ObjRef| -> ObjRef {
            let ty = new_type(Some(&t.type_), name, ExcBody::layout(), Some(base), 72, 0);
            tp(&ty).flags.set(tp(&ty).flags.get() | tpflags::BASE_EXC_SUBCLASS);
            ty
        };
        let base_exception = mk("BaseException", &t.object);
        let exception = mk("Exception", &base_exception);
        let lookup_error = mk("LookupError", &exception);
        let arithmetic_error = mk("ArithmeticError", &exception);
        let name_error = mk_sized("NameError", &exception, 80);
        let runtime_error = mk("RuntimeError", &exception);
        let import_error = mk_sized("ImportError", &exception, 104);
        let value_error = mk("ValueError", &exception);
        let os_error = mk_sized("OSError", &exception, 112);
        let unicode_error = mk("UnicodeError", &value_error);
        let e = ExcTypes {
            type_error: mk("TypeError", &exception),
            unbound_local_error: mk_sized("UnboundLocalError", &name_error, 80),
            attribute_error: mk_sized("AttributeError", &exception, 88),
            index_error: mk("IndexError", &lookup_error),
            key_error: mk("KeyError", &lookup_error),
            zero_division_error: mk("ZeroDivisionError", &arithmetic_error),
            overflow_error: mk("OverflowError", &arithmetic_error),
            stop_iteration: mk_sized("StopIteration", &exception, 80),
            recursion_error: mk("RecursionError", &runtime_error),
            not_implemented_error: mk("NotImplementedError", &runtime_error),
            assertion_error: mk("AssertionError", &exception),
            system_exit: mk_sized("SystemExit", &base_exception, 80),
            keyboard_interrupt: mk("KeyboardInterrupt", &base_exception),
            generator_exit: mk("GeneratorExit", &base_exception),
            module_not_found_error: mk_sized("ModuleNotFoundError", &import_error, 104),
            memory_error: mk("MemoryError", &exception),
            unicode_encode_error: mk_sized("UnicodeEncodeError", &unicode_error, 112),
            unicode_decode_error: mk_sized("UnicodeDecodeError", &unicode_error, 112),
            buffer_error: mk("BufferError", &exception),
            unicode_error,
            timeout_error: mk_sized("TimeoutError", &os_error, 112),
            os_error,
            base_exception,
            exception,
            lookup_error,
            arithmetic_error,
            name_error,
            runtime_error,
            import_error,
            value_error,
        };
        let dummy_builtins = none.clone();
        let mut vm = Vm {
            host,
            t,
            e,
            none,
            true_,
            false_,
            notimpl,
            ellipsis,
            char_cache,
            small_ints,
            // Start-up interns about 500 names: one table of 1024 buckets instead of 7 rehashes.
            interned: HashMap::with_capacity_and_hasher(896, Default::default()),
            static_names: vec![None; 512],
            type_cache: (0..TYPE_CACHE_START).map(|_| TypeCacheEntry::default()).collect(),
            type_cache_misses: 0,
            empty_tuple,
            builtins: dummy_builtins,
            frames: crate::eval::stack::FastVec::with_capacity(64),
            stack: crate::eval::stack::FastVec::with_capacity(1 << 16),
            recursion_depth: Cell::new(0),
            recursion_limit: 1000,
            exc_info: None,
            argv: Vec::new(),
            sources: RefCell::new(HashMap::new()),
            modules: Default::default(),
            yielded: false,
            gen_hold: 0,
            reraised_at: None,
            repr_active: Vec::new(),
        };
        crate::objects::slots::install(&mut vm);
        vm.builtins = vm.new_dict();
        crate::builtins::install(&mut vm);
        crate::objects::setobject::install(&mut vm);
        crate::objects::sliceobject::install(&mut vm);
        crate::eval::gen::install(&mut vm);
        crate::eval::coro::install(&mut vm);
        crate::eval::asyncgen::install(&mut vm);
        crate::objects::exceptions::install(&mut vm);
        crate::objects::exceptiongroup::install(&mut vm);
        crate::objects::genericalias::install(&mut vm);
        crate::objects::typevarobject::install(&mut vm);
        crate::objects::attrs::install(&mut vm);
        crate::objects::number::install(&mut vm);
        crate::objects::type_methods::install(&mut vm);
        crate::objects::seqiter::install(&mut vm);
        crate::objects::member_slots::install(&mut vm);
        crate::objects::mappingproxy::install(&mut vm);
        crate::objects::dict_methods::install(&mut vm);
        crate::objects::dictview::install(&mut vm);
        crate::objects::listobject::install(&mut vm);
        crate::objects::iterobject::install(&mut vm);
        crate::objects::rangeobject::install(&mut vm);
        crate::objects::singletons::install(&mut vm);
        crate::objects::objectcmp::install(&mut vm);
        crate::modules::sys::install_types(&mut vm);
        crate::objects::frameobject::install(&mut vm);
        crate::objects::object_methods::install(&mut vm);
        crate::objects::descrobject::install(&mut vm);
        vm
    }

    // ---- constructors -------------------------------------------------------------------

    #[inline(always)]
    pub fn int(&self, v: i64) -> ObjRef {
        if (-5..=256).contains(&v) {
            self.small_ints[(v + 5) as usize].clone()
        } else {
            self.int_alloc(v)
        }
    }
    #[inline(never)]
    fn int_alloc(&self, v: i64) -> ObjRef {
        // SAFETY: `t.int` is the built-in int type, whose instances are `IntBody`s.
        unsafe { crate::objects::object::alloc_known(&self.t.int, IntBody::Small(v)) }
    }
    #[inline]
    pub fn bool(&self, b: bool) -> ObjRef {
        if b { self.true_.clone() } else { self.false_.clone() }
    }
    #[inline]
    pub fn float(&self, v: f64) -> ObjRef {
        // SAFETY: `t.float` is the built-in float type, whose instances are `FloatBody`s.
        unsafe { crate::objects::object::alloc_known(&self.t.float, FloatBody { v }) }
    }
    pub fn str(&self, s: &str) -> ObjRef {
        self.str_from_body(StrBody::of_str(s))
    }
    pub fn pystr(&self, s: PyStr) -> ObjRef {
        self.str_from_body(StrBody::new(s))
    }
    /// A str object with body `b`, or the cached one for the empty str and single Latin-1
    /// characters (as CPython shares them).
    #[inline]
    pub fn str_from_body(&self, b: StrBody) -> ObjRef {
        match b.latin1_singleton() {
            Some(i) => self.char_cache[i].clone(),
            None => alloc(&self.t.str_, b),
        }
    }
    /// An interned (immortal, shared) string, as identifiers and attribute names are.
    /// [`Vm::intern`] for a name the Rust code spells as a literal (`"__init__"`, CPython's
    /// `_Py_ID`): found by the literal's address, without hashing its text.
    #[inline]
    pub fn intern_static(&mut self, s: &'static str) -> ObjRef {
        let p = s.as_ptr() as usize;
        let ix = ((p >> 3) ^ (p >> 12)) & 511;
        if let Some((q, n, o)) = &self.static_names[ix] {
            if *q == p && *n == s.len() {
                return o.clone();
            }
        }
        let o = self.intern(s);
        self.static_names[ix] = Some((p, s.len(), o.clone()));
        o
    }

    pub fn intern(&mut self, s: &str) -> ObjRef {
        if let Some(o) = self.interned.get(s) {
            return o.clone();
        }
        let o = self.str(s);
        o.make_immortal();
        self.interned.insert(s.into(), o.clone());
        o
    }
    /// `sys.intern(s)`: the interned string equal to `s`, which becomes it if there is none yet.
    pub fn intern_obj(&mut self, s: &ObjRef) -> ObjRef {
        let Some(text) = s.downcast::<StrBody>().and_then(|b| b.as_str().map(Box::<str>::from)) else { return s.clone() };
        if let Some(o) = self.interned.get(&text) {
            return o.clone();
        }
        s.make_immortal();
        self.interned.insert(text, s.clone());
        s.clone()
    }
    pub fn tuple(&self, items: Vec<ObjRef>) -> ObjRef {
        if items.is_empty() {
            return self.empty_tuple.clone();
        }
        alloc(&self.t.tuple, TupleBody { items: items.into_boxed_slice() })
    }
    pub fn list(&self, items: Vec<ObjRef>) -> ObjRef {
        alloc(&self.t.list, ListBody { items: RefCell::new(items) })
    }
    pub fn new_dict(&self) -> ObjRef {
        alloc(&self.t.dict, DictBody { table: RefCell::new(DictTable::new()) })
    }
    pub fn builtin_fn(&self, name: &'static str, f: NativeFn, self_: Option<ObjRef>) -> ObjRef {
        alloc(&self.t.builtin, BuiltinBody { name, f, self_ })
    }

    // ---- exceptions ---------------------------------------------------------------------

    /// A new exception instance of `ty` with `args`.
    pub fn new_exception(&self, ty: &ObjRef, args: Vec<ObjRef>) -> ObjRef {
        let members = crate::objects::exceptions::members_from_args(self, ty, &args);
        alloc(
            ty,
            ExcBody {
                args: RefCell::new(self.tuple(args)),
                traceback: RefCell::new(Vec::new()),
                cause: RefCell::new(None),
                context: RefCell::new(None),
                suppress_context: Cell::new(false),
                dict: RefCell::new(None),
                members: RefCell::new(members),
                tb_obj: RefCell::new(None),
            },
        )
    }
    pub fn err(&self, ty: &ObjRef, msg: &str) -> PyErr {
        let m = self.str(msg);
        PyErr(self.new_exception(ty, vec![m]))
    }
    pub fn type_error(&self, msg: &str) -> PyErr {
        self.err(&self.e.type_error, msg)
    }
    pub fn value_error(&self, msg: &str) -> PyErr {
        self.err(&self.e.value_error, msg)
    }
    /// `PyErr_NoMemory`: a MemoryError without arguments.
    pub fn no_memory(&mut self) -> PyErr {
        let t = self.e.memory_error.clone();
        PyErr(self.new_exception(&t, vec![]))
    }
    pub fn type_name(&self, o: &ObjRef) -> String {
        tp(&o.type_of()).name()
    }
    pub fn isinstance_exact_or_sub(&self, o: &ObjRef, ty: &ObjRef) -> bool {
        o.is_exact(ty) || is_subtype(&o.type_of(), ty)
    }
    pub fn is_exc_instance(&self, o: &ObjRef) -> bool {
        o.downcast::<ExcBody>().is_some()
    }

    // ---- type dicts ---------------------------------------------------------------------

    /// Looks `name` (an interned or exact str) up along `ty`'s MRO (`_PyType_Lookup`).
    #[inline]
    pub fn type_lookup(&mut self, ty: &ObjRef, name: &ObjRef) -> Option<ObjRef> {
        let (t, n) = (ty.addr(), name.addr());
        let ix = ((t >> 4) ^ (n >> 3)) & (self.type_cache.len() - 1);
        let epoch = crate::objects::typeobject::type_epoch();
        let e = &self.type_cache[ix];
        if e.ty == t && e.name == n && e.epoch == epoch {
            return e.value.clone();
        }
        let v = self.type_lookup_uncached(ty, name);
        if self.type_cache.len() < TYPE_CACHE_SIZE {
            self.type_cache_missed();
        }
        let ix = ((t >> 4) ^ (n >> 3)) & (self.type_cache.len() - 1);
        self.type_cache[ix] = TypeCacheEntry { ty: t, name: n, epoch, _keep: Some(name.clone()), value: v.clone() };
        v
    }

    /// Empties the type cache, whose entries own the values they found (CPython's cache owns
    /// nothing): at exit, so that what they hold does not keep a namespace from the collector.
    pub fn clear_type_cache(&mut self) {
        for e in self.type_cache.iter_mut() {
            *e = TypeCacheEntry::default();
        }
    }

    /// A miss while the type cache is small: after [`TYPE_CACHE_START`] of them it grows to its
    /// full size, empty.
    #[cold]
    fn type_cache_missed(&mut self) {
        self.type_cache_misses += 1;
        if self.type_cache_misses >= TYPE_CACHE_START {
            self.type_cache = (0..TYPE_CACHE_SIZE).map(|_| TypeCacheEntry::default()).collect();
        }
    }

    /// Any type's namespace changed: forget every cached lookup (`PyType_Modified`).
    pub fn type_modified(&self) {
        crate::objects::typeobject::bump_type_epoch();
    }

    fn type_lookup_uncached(&mut self, ty: &ObjRef, name: &ObjRef) -> Option<ObjRef> {
        if let Some(ns) = name.downcast::<StrBody>() {
            // Names are strs: probe each dict with str equality only (no Python code runs, so
            // the MRO can stay borrowed and nothing is allocated).
            let h = crate::objects::slots::str_hash(ns);
            for t in tp(ty).mro.borrow().iter() {
                let d = tp(t).dict.borrow();
                if let Some(d) = d.as_ref() {
                    let body = d.downcast::<DictBody>().expect("dict");
                    let tb = body.table.borrow();
                    let r: Result<Option<usize>, ()> =
                        tb.find(h, name, |a, b| a.is(b), |a, _| Ok(a.downcast::<StrBody>().is_some_and(|s| s.same_text(ns))));
                    if let Ok(Some(ix)) = r {
                        return tb.entry(ix).map(|(_, v)| v.clone());
                    }
                }
            }
            return None;
        }
        let mro = tp(ty).mro.borrow().clone();
        for t in mro.iter() {
            let d = tp(t).dict.borrow().clone();
            if let Some(d) = d {
                if let Ok(Some(v)) = self.dict_get(&d, name) {
                    return Some(v);
                }
            }
        }
        None
    }
    pub fn type_set(&mut self, ty: &ObjRef, name: &str, v: ObjRef) {
        self.type_modified();
        let existing = tp(ty).dict.borrow().clone();
        let d = match existing {
            Some(d) => d,
            None => {
                let d = self.new_dict();
                *tp(ty).dict.borrow_mut() = Some(d.clone());
                d
            }
        };
        let k = self.intern(name);
        self.dict_set_interned(&d, k, v);
    }

    /// `d[k] = v` for an interned (exact str) `k`: one probe with native key comparisons, and the
    /// general path only when a key met needs Python's `__eq__` (start-up sets some 2,000 names
    /// this way, into type, module and builtins dicts).
    fn dict_set_interned(&mut self, d: &ObjRef, k: ObjRef, v: ObjRef) {
        let h = crate::objects::slots::str_hash(k.downcast::<StrBody>().expect("an interned str"));
        let body = d.downcast::<DictBody>().expect("dict");
        let r: Result<_, ()> = body.table.borrow_mut().insert(h, k.clone(), v.clone(), true, |a, b| a.is(b), |a, b| self.native_key_eq(a, b).ok_or(()));
        if r.is_err() {
            let _ = self.dict_set(d, k, v);
        }
    }

    /// A built-in exception class `name` deriving from `base`, with the base's slots.
    pub fn new_exception_type(&mut self, name: &str, base: &ObjRef, basicsize: usize) -> ObjRef {
        let ty = new_type(Some(&self.t.type_), name, ExcBody::layout(), Some(base), basicsize, 0);
        let (t, b) = (tp(&ty), tp(base));
        t.flags.set(t.flags.get() | tpflags::BASE_EXC_SUBCLASS);
        t.slots.inherit_from(&b.slots);
        ty
    }

    /// `_PyObject_LookupSpecial`: `name` looked up on the type of `o` (not the instance) and
    /// bound to `o`.
    pub fn lookup_special(&mut self, o: &ObjRef, name: &'static str) -> PyResult<Option<ObjRef>> {
        let n = self.intern_static(name);
        let ty = o.type_of();
        match self.type_lookup(&ty, &n) {
            Some(f) => Ok(Some(crate::objects::slots::bind(self, f, o)?)),
            None => Ok(None),
        }
    }

    /// `mapping[key]`, or None when it raises KeyError (`PyMapping_GetOptionalItem`).
    pub fn getitem_optional(&mut self, mapping: &ObjRef, key: &ObjRef) -> PyResult<Option<ObjRef>> {
        if mapping.is_exact(&self.t.dict) {
            return self.dict_get(mapping, key);
        }
        match self.getitem(mapping, key) {
            Ok(v) => Ok(Some(v)),
            Err(e) if is_subtype(&e.0.type_of(), &self.e.key_error) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// SystemError when the builtins define it, RuntimeError otherwise (internal invariants).
    pub fn system_error_or_runtime(&mut self) -> ObjRef {
        let b = self.builtins.clone();
        self.dict_get_str(&b, "SystemError").ok().flatten().unwrap_or_else(|| self.e.runtime_error.clone())
    }

    /// Adds a native method `name` to the built-in type `ty`.
    pub fn add_method(&mut self, ty: &ObjRef, name: &'static str, f: NativeFn) {
        let d = alloc(&self.t.method_descr, MethodDescrBody { name, f, owner: ty.clone() });
        self.type_set(ty, name, d);
    }

    /// `Py_ReprEnter`: false when `o`'s repr is already being computed further out.
    pub fn repr_enter(&mut self, o: &ObjRef) -> bool {
        if self.repr_active.contains(&o.addr()) {
            return false;
        }
        self.repr_active.push(o.addr());
        true
    }

    /// `Py_ReprLeave`.
    pub fn repr_leave(&mut self, o: &ObjRef) {
        if let Some(i) = self.repr_active.iter().rposition(|&a| a == o.addr()) {
            self.repr_active.remove(i);
        }
    }

    // ---- the object protocol ------------------------------------------------------------

    pub fn repr(&mut self, o: &ObjRef) -> PyResult {
        let ty = o.type_of();
        match tp(&ty).slots.repr.get() {
            Some(f) => {
                let r = self.guard(" while getting the repr of an object", |vm| f(vm, o))?;
                if r.downcast::<StrBody>().is_none() {
                    return Err(self.type_error(&format!("__repr__ returned non-string (type {})", self.type_name(&r))));
                }
                Ok(r)
            }
            // `object_repr`: the module (unless builtins) and qualified name.
            None => {
                let t = tp(&ty);
                let (m, q) = (t.module.borrow().clone(), t.qualname.borrow().clone());
                let text = if m == "builtins" { format!("<{q} object at {:#x}>", o.addr()) } else { format!("<{m}.{q} object at {:#x}>", o.addr()) };
                Ok(self.str(&text))
            }
        }
    }
    pub fn repr_string(&mut self, o: &ObjRef) -> PyResult<String> {
        let r = self.repr(o)?;
        Ok(r.downcast::<StrBody>().map(|s| s.text().into_owned()).unwrap_or_default())
    }
    pub fn to_str(&mut self, o: &ObjRef) -> PyResult {
        if o.is_exact(&self.t.str_) {
            return Ok(o.clone());
        }
        let ty = o.type_of();
        match tp(&ty).slots.str.get() {
            Some(f) => f(self, o),
            // object.__str__ is the repr slot; `PyObject_Str` checks what it returns.
            None => {
                let r = match tp(&ty).slots.repr.get() {
                    Some(f) => self.guard(" while getting the str of an object", |vm| f(vm, o))?,
                    None => self.repr(o)?,
                };
                if r.downcast::<StrBody>().is_none() {
                    return Err(self.type_error(&format!("__str__ returned non-string (type {})", self.type_name(&r))));
                }
                Ok(r)
            }
        }
    }
    pub fn str_string(&mut self, o: &ObjRef) -> PyResult<String> {
        let r = self.to_str(o)?;
        Ok(r.downcast::<StrBody>().map(|s| s.text().into_owned()).unwrap_or_default())
    }

    /// Runs `f` one unit deeper in the C recursion budget (`Py_EnterRecursiveCall(where)`),
    /// raising `RecursionError("maximum recursion depth exceeded" + where)` once it is spent.
    pub fn guard<T>(&mut self, where_: &str, f: impl FnOnce(&mut Self) -> PyResult<T>) -> PyResult<T> {
        let d = self.recursion_depth.get();
        if d > C_RECURSION_LIMIT {
            return Err(self.err(&self.e.recursion_error, &format!("maximum recursion depth exceeded{where_}")));
        }
        self.recursion_depth.set(d + 1);
        let r = f(self);
        self.recursion_depth.set(d);
        r
    }

    pub fn hash(&mut self, o: &ObjRef) -> PyResult<i64> {
        if o.is_exact(&self.t.str_) {
            if let Some(s) = o.downcast::<StrBody>() {
                return Ok(crate::objects::slots::str_hash(s));
            }
        }
        let ty = o.type_of();
        match tp(&ty).slots.hash.get() {
            Some(f) => f(self, o),
            None => Err(self.type_error(&format!("unhashable type: '{}'", tp(&ty).name()))),
        }
    }

    pub fn is_true(&mut self, o: &ObjRef) -> PyResult<bool> {
        if o.is(&self.true_) {
            return Ok(true);
        }
        if o.is(&self.false_) || o.is(&self.none) {
            return Ok(false);
        }
        if o.is_exact(&self.t.int) {
            return Ok(!matches!(o.downcast::<IntBody>(), Some(IntBody::Small(0))));
        }
        let ty = o.type_of();
        let s = &tp(&ty).slots;
        if let Some(f) = s.nb_bool.get() {
            return f(self, o);
        }
        if let Some(f) = s.mp_length.get() {
            return Ok(f(self, o)? != 0);
        }
        Ok(true)
    }

    /// `PyObject_RichCompare`: the reflected operation first when the right operand's type is a
    /// proper subclass of the left's, `NotImplemented` falls through, identity for ==/!=.
    pub fn rich_compare(&mut self, a: &ObjRef, b: &ObjRef, op: CmpOp) -> PyResult {
        let ta = a.type_of();
        let tb = b.type_of();
        let mut checked_reverse = false;
        if !ta.is(&tb) && is_subtype(&tb, &ta) {
            if let Some(f) = tp(&tb).slots.richcompare.get() {
                checked_reverse = true;
                let r = f(self, b, a, op.swapped())?;
                if !r.is(&self.notimpl) {
                    return Ok(r);
                }
            }
        }
        if let Some(f) = tp(&ta).slots.richcompare.get() {
            let r = self.guard(" in comparison", |vm| f(vm, a, b, op))?;
            if !r.is(&self.notimpl) {
                return Ok(r);
            }
        }
        if !checked_reverse {
            if let Some(f) = tp(&tb).slots.richcompare.get() {
                let r = f(self, b, a, op.swapped())?;
                if !r.is(&self.notimpl) {
                    return Ok(r);
                }
            }
        }
        match op {
            CmpOp::Eq => Ok(self.bool(a.is(b))),
            CmpOp::Ne => Ok(self.bool(!a.is(b))),
            _ => Err(self.type_error(&format!(
                "'{}' not supported between instances of '{}' and '{}'",
                op.symbol(),
                tp(&ta).name(),
                tp(&tb).name()
            ))),
        }
    }
    pub fn rich_compare_bool(&mut self, a: &ObjRef, b: &ObjRef, op: CmpOp) -> PyResult<bool> {
        if a.is(b) {
            if op == CmpOp::Eq {
                return Ok(true);
            }
            if op == CmpOp::Ne {
                return Ok(false);
            }
        }
        let r = self.rich_compare(a, b, op)?;
        self.is_true(&r)
    }
    pub fn eq(&mut self, a: &ObjRef, b: &ObjRef) -> PyResult<bool> {
        self.rich_compare_bool(a, b, CmpOp::Eq)
    }

    /// `binary_op1` and the TypeError of `binary_op`: op is BINARY_OP's argument (in-place
    /// forms 13..25 fall back to the plain ones).
    pub fn binary_op(&mut self, a: &ObjRef, b: &ObjRef, op: u32) -> PyResult {
        let base = if op >= 13 { op - 13 } else { op };
        if op >= 13 {
            if let Some(r) = crate::objects::bytes_type::inplace(self, a, b, base)? {
                return Ok(r);
            }
            if let Some(r) = crate::objects::type_methods::inplace(self, a, b, base)? {
                return Ok(r);
            }
            // set's nb_inplace_* (|= &= -= ^=) mutate the left operand first.
            if matches!(base, 1 | 7 | 10 | 12) && is_subtype(&a.type_of(), &self.t.set) {
                let r = crate::objects::setobject::set_number(self, a, b, op)?;
                if !r.is(&self.notimpl) {
                    return Ok(r);
                }
            }
            // dict's nb_inplace_or comes before the right operand's nb_or.
            if op == 13 + 7 && a.downcast::<DictBody>().is_some() {
                if let Some(r) = crate::objects::container_ops::binary(self, a, b, op)? {
                    return Ok(r);
                }
            }
        }
        let ta = a.type_of();
        let tb = b.type_of();
        let fa = tp(&ta).slots.nb_number.get();
        let fb = if ta.is(&tb) { None } else { tp(&tb).slots.nb_number.get() };
        if let (Some(fb), true) = (fb, is_subtype(&tb, &ta) && !ta.is(&tb)) {
            let r = fb(self, a, b, base)?;
            if !r.is(&self.notimpl) {
                return Ok(r);
            }
            if let Some(fa) = fa {
                let r = fa(self, a, b, base)?;
                if !r.is(&self.notimpl) {
                    return Ok(r);
                }
            }
        } else {
            if let Some(fa) = fa {
                let r = fa(self, a, b, base)?;
                if !r.is(&self.notimpl) {
                    return Ok(r);
                }
            }
            if let Some(fb) = fb {
                let r = fb(self, a, b, base)?;
                if !r.is(&self.notimpl) {
                    return Ok(r);
                }
            }
        }
        // list += / *= in place, dict | and |= (sq_inplace_concat, nb_or of dict).
        if let Some(r) = crate::objects::container_ops::binary(self, a, b, op)? {
            return Ok(r);
        }
        // Sequence concatenation / repetition (sq_concat, sq_repeat).
        if let Some(r) = crate::objects::slots::seq_binary(self, a, b, base)? {
            return Ok(r);
        }
        let sym = crate::opcode::NB_OPS[op as usize];
        if base == 8 && op < 13 {
            return Err(self.type_error(&format!(
                "unsupported operand type(s) for ** or pow(): '{}' and '{}'",
                tp(&ta).name(),
                tp(&tb).name()
            )));
        }
        if base == 0 && op < 13 && b.is_exact(&self.t.str_) && !a.is_exact(&self.t.str_) {
            // fallthrough to the generic message (CPython's special str message applies to str + x)
        }
        if base == 0 && a.is_exact(&self.t.str_) {
            return Err(self.type_error(&format!("can only concatenate str (not \"{}\") to str", tp(&tb).name())));
        }
        if base == 0 && a.is_exact(&self.t.list) {
            return Err(self.type_error(&format!("can only concatenate list (not \"{}\") to list", tp(&tb).name())));
        }
        if base == 0 && a.is_exact(&self.t.tuple) {
            return Err(self.type_error(&format!("can only concatenate tuple (not \"{}\") to tuple", tp(&tb).name())));
        }
        let seq = crate::objects::container_ops::has_sq_repeat;
        if base == 5 && (seq(a) || seq(b)) {
            let other = if seq(a) { &tb } else { &ta };
            return Err(self.type_error(&format!("can't multiply sequence by non-int of type '{}'", tp(other).name())));
        }
        Err(self.type_error(&format!("unsupported operand type(s) for {}: '{}' and '{}'", sym, tp(&ta).name(), tp(&tb).name())))
    }

    pub fn getattr(&mut self, o: &ObjRef, name: &ObjRef) -> PyResult {
        if name.downcast::<StrBody>().is_none() {
            return Err(self.type_error(&format!("attribute name must be string, not '{}'", self.type_name(name))));
        }
        let ty = o.type_of();
        match tp(&ty).slots.getattro.get() {
            Some(f) => f(self, o, name),
            None => crate::objects::attrs::generic_getattr(self, o, name),
        }
    }
    pub fn getattr_str(&mut self, o: &ObjRef, name: &str) -> PyResult {
        let n = self.intern(name);
        self.getattr(o, &n)
    }
    pub fn setattr(&mut self, o: &ObjRef, name: &ObjRef, v: Option<ObjRef>) -> PyResult<()> {
        if name.downcast::<StrBody>().is_none() {
            return Err(self.type_error(&format!("attribute name must be string, not '{}'", self.type_name(name))));
        }
        let ty = o.type_of();
        match tp(&ty).slots.setattro.get() {
            Some(f) => f(self, o, name, v),
            None => crate::objects::attrs::generic_setattr(self, o, name, v),
        }
    }

    /// `PyObject_Vectorcall`: `args` holds the positional arguments then the keyword values.
    pub fn call(&mut self, f: &ObjRef, args: &[ObjRef], kwnames: Option<&ObjRef>) -> PyResult {
        if f.downcast::<FunctionBody>().is_some() {
            return crate::eval::call_function(self, f, args, kwnames);
        }
        let ty = f.type_of();
        match tp(&ty).slots.call.get() {
            Some(c) => c(self, f, args, kwnames),
            None => Err(self.type_error(&format!("'{}' object is not callable", tp(&ty).name()))),
        }
    }

    pub fn get_iter(&mut self, o: &ObjRef) -> PyResult {
        let ty = o.type_of();
        match tp(&ty).slots.iter.get() {
            Some(f) => f(self, o),
            None => crate::objects::seqiter::seq_iter(self, o),
        }
    }
    /// `tp_iternext`: Ok(None) when exhausted.
    pub fn next(&mut self, it: &ObjRef) -> PyResult<Option<ObjRef>> {
        let ty = it.type_of();
        match tp(&ty).slots.iternext.get() {
            Some(f) => f(self, it),
            None => Err(self.type_error(&format!("'{}' object is not an iterator", tp(&ty).name()))),
        }
    }
    pub fn collect(&mut self, o: &ObjRef) -> PyResult<Vec<ObjRef>> {
        if let Some(t) = o.downcast::<TupleBody>() {
            return Ok(t.items.to_vec());
        }
        if let Some(l) = o.downcast::<ListBody>() {
            return Ok(l.items.borrow().clone());
        }
        let it = self.get_iter(o)?;
        let mut v = Vec::new();
        crate::eval::gen::Cursor::new(self, it).collect_into(self, &mut v)?;
        Ok(v)
    }

    pub fn getitem(&mut self, o: &ObjRef, k: &ObjRef) -> PyResult {
        let ty = o.type_of();
        match tp(&ty).slots.mp_subscript.get() {
            Some(f) => f(self, o, k),
            None => {
                if o.is(&self.t.type_) {
                    return Ok(crate::objects::genericalias::new_alias(self, o.clone(), k.clone(), false));
                }
                if is_subtype(&ty, &self.t.type_) {
                    // A class's own `__class_getitem__` (`list[int]`).
                    let n = self.intern("__class_getitem__");
                    if self.type_lookup(o, &n).is_some() {
                        let m = self.getattr(o, &n)?;
                        return self.call(&m, &[k.clone()], None);
                    }
                    return Err(self.type_error(&format!("type '{}' is not subscriptable", tp(o).name())));
                }
                Err(self.type_error(&format!("'{}' object is not subscriptable", tp(&ty).name())))
            }
        }
    }
    pub fn setitem(&mut self, o: &ObjRef, k: &ObjRef, v: Option<ObjRef>) -> PyResult<()> {
        let ty = o.type_of();
        match tp(&ty).slots.mp_ass_subscript.get() {
            Some(f) => f(self, o, k, v),
            None => {
                let what = if v.is_some() { "does not support item assignment" } else { "doesn't support item deletion" };
                Err(self.type_error(&format!("'{}' object {}", tp(&ty).name(), what)))
            }
        }
    }
    pub fn len(&mut self, o: &ObjRef) -> PyResult<usize> {
        let ty = o.type_of();
        match tp(&ty).slots.mp_length.get() {
            Some(f) => f(self, o),
            None => Err(self.type_error(&format!("object of type '{}' has no len()", tp(&ty).name()))),
        }
    }
    pub fn contains(&mut self, container: &ObjRef, x: &ObjRef) -> PyResult<bool> {
        let ty = container.type_of();
        if let Some(f) = tp(&ty).slots.sq_contains.get() {
            return f(self, container, x);
        }
        if tp(&ty).slots.iter.get().is_none() && !crate::objects::seqiter::is_sequence(&ty) {
            return Err(self.type_error(&format!("argument of type '{}' is not iterable", tp(&ty).name())));
        }
        let it = self.get_iter(container)?;
        while let Some(y) = self.next(&it)? {
            if self.eq(&y, x)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    // ---- dicts --------------------------------------------------------------------------

    /// `a == b` for two keys whose comparison runs no Python code (exact ints and bools, exact
    /// strs, exact floats); None when `__eq__` must be called.
    #[inline]
    fn native_key_eq(&self, a: &ObjRef, b: &ObjRef) -> Option<bool> {
        let (ta, tb) = (a.type_addr(), b.type_addr());
        let is_int = |t: usize| t == self.t.int.addr() || t == self.t.bool_.addr();
        if is_int(ta) && is_int(tb) {
            return match (a.downcast::<IntBody>()?, b.downcast::<IntBody>()?) {
                (IntBody::Small(x), IntBody::Small(y)) => Some(x == y),
                (IntBody::Big(x), IntBody::Big(y)) => Some(x == y),
                _ => None,
            };
        }
        if ta != tb {
            return None;
        }
        if ta == self.t.str_.addr() {
            return Some(a.downcast::<StrBody>()?.same_text(b.downcast::<StrBody>()?));
        }
        if ta == self.t.float.addr() {
            return Some(a.downcast::<FloatBody>()?.v == b.downcast::<FloatBody>()?.v);
        }
        None
    }

    /// The entry index of `k` in `body` when every key met on the probe sequence compares
    /// without Python code (one probe sequence, no candidates list); Err when one does not.
    #[inline]
    fn find_native(&self, body: &DictBody, k: &ObjRef, h: i64) -> Result<Option<usize>, ()> {
        body.table.borrow().find(h, k, |a, b| a.is(b), |a, b| self.native_key_eq(a, b).ok_or(()))
    }

    pub fn dict_get(&mut self, d: &ObjRef, k: &ObjRef) -> PyResult<Option<ObjRef>> {
        let h = self.hash(k)?;
        let body = d.downcast::<DictBody>().expect("dict");
        if let Ok(found) = self.find_native(body, k, h) {
            return Ok(found.and_then(|ix| body.table.borrow().entry(ix).map(|(_, v)| v.clone())));
        }
        // Fast path: identity or exact-str equality needs no callback into Python.
        if let Some(ks) = k.downcast::<StrBody>() {
            let t = body.table.borrow();
            let r: Result<Option<usize>, ()> = t.find(h, k, |a, b| a.is(b), |a, _| Ok(a.downcast::<StrBody>().is_some_and(|s| s.same_text(ks))));
            return Ok(r.ok().flatten().and_then(|ix| t.entry(ix).map(|(_, v)| v.clone())));
        }
        let snapshot = {
            let t = body.table.borrow();
            let mut cands = Vec::new();
            let _: Result<Option<usize>, ()> = t.find(h, k, |a, b| a.is(b), |a, _| {
                cands.push(a.clone());
                Ok(false)
            });
            let direct: Result<Option<usize>, ()> = t.find(h, k, |a, b| a.is(b), |_, _| Ok(false));
            if let Ok(Some(ix)) = direct {
                return Ok(t.entry(ix).map(|(_, v)| v.clone()));
            }
            cands
        };
        for c in snapshot {
            if self.eq(&c, k)? {
                let t = body.table.borrow();
                let r: Result<Option<usize>, ()> = t.find(h, &c, |a, b| a.is(b), |_, _| Ok(false));
                return Ok(r.ok().flatten().and_then(|ix| t.entry(ix).map(|(_, v)| v.clone())));
            }
        }
        Ok(None)
    }
    /// The key object actually stored in the table that equals `k` (for identity-based probing).
    fn dict_find_key(&mut self, d: &ObjRef, k: &ObjRef, h: i64) -> PyResult<Option<ObjRef>> {
        let body = d.downcast::<DictBody>().expect("dict");
        if let Ok(found) = self.find_native(body, k, h) {
            return Ok(found.and_then(|ix| body.table.borrow().entry(ix).map(|(key, _)| key.clone())));
        }
        let cands = {
            let t = body.table.borrow();
            let mut cands = Vec::new();
            let direct: Result<Option<usize>, ()> = t.find(h, k, |a, b| a.is(b), |a, _| {
                cands.push(a.clone());
                Ok(false)
            });
            if let Ok(Some(_)) = direct {
                return Ok(Some(k.clone()));
            }
            cands
        };
        let is_str = k.downcast::<StrBody>();
        for c in cands {
            let same = match (is_str, c.downcast::<StrBody>()) {
                (Some(a), Some(b)) => a.same_text(b),
                _ => self.eq(&c, k)?,
            };
            if same {
                return Ok(Some(c));
            }
        }
        Ok(None)
    }
    pub fn dict_set(&mut self, d: &ObjRef, k: ObjRef, v: ObjRef) -> PyResult<()> {
        let h = self.hash(&k)?;
        let found = self.dict_find_key(d, &k, h)?;
        let body = d.downcast::<DictBody>().expect("dict");
        let key_is_str = k.is_exact(&self.t.str_);
        let mut t = body.table.borrow_mut();
        match found {
            Some(existing) => {
                let _: Result<_, ()> = t.insert(h, existing, v, key_is_str, |a, b| a.is(b), |_, _| Ok(false));
            }
            None => {
                let _: Result<_, ()> = t.insert(h, k, v, key_is_str, |a, b| a.is(b), |_, _| Ok(false));
            }
        }
        Ok(())
    }
    pub fn dict_del(&mut self, d: &ObjRef, k: &ObjRef) -> PyResult<Option<ObjRef>> {
        let h = self.hash(k)?;
        let Some(found) = self.dict_find_key(d, k, h)? else { return Ok(None) };
        let body = d.downcast::<DictBody>().expect("dict");
        let r: Result<_, ()> = body.table.borrow_mut().remove(h, &found, |a, b| a.is(b), |_, _| Ok(false));
        Ok(r.ok().flatten().map(|(_, v)| v))
    }
    pub fn dict_get_str(&mut self, d: &ObjRef, k: &str) -> PyResult<Option<ObjRef>> {
        let k = self.intern(k);
        self.dict_get(d, &k)
    }
    pub fn dict_set_str(&mut self, d: &ObjRef, k: &str, v: ObjRef) {
        let k = self.intern(k);
        self.dict_set_interned(d, k, v);
    }

    /// Writes to standard output (print's file when it is sys.stdout).
    pub fn write_stdout(&mut self, s: &str) {
        let _ = self.host.stdout.write_all(s.as_bytes());
    }
}

use std::io::Write as _;
