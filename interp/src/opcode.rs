//! The 3.13 opcode set as one declarative table: number, inline cache entries, argument kind,
//! stack effect and a one-line meaning for every instruction the compiler can emit, plus the 12
//! pseudo-instructions that exist only inside the compiler.
//!
//! Models Python/bytecodes.c (meanings and stack effects), Include/opcode_ids.h and
//! Lib/_opcode_metadata.py (numbering), Include/internal/pycore_opcode_metadata.h (caches,
//! popped/pushed counts, flags) and Lib/opcode.py (`_nb_ops`, `cmp_op`, intrinsic names).
//! Specialised (adaptive) and INSTRUMENTED_* opcodes are left out: pyref never specialises, and
//! `dis` prints the base instructions.
//!
//! The stack notation of each meaning is CPython's: `inputs -- outputs`, top of stack last.
//! This table is the only place these facts live: the code generator, the stack-depth pass, the
//! assembler, `dis` and the eval loop all read it.

#![allow(non_camel_case_types)]

/// Instructions with a number below this take an argument, except WITH_EXCEPT_START (44), which
/// CPython numbers as if it did; use [`Op::has_arg`] rather than comparing.
pub const HAVE_ARGUMENT: u16 = 44;
/// The first pseudo-instruction number.
pub const MIN_PSEUDO: u16 = 256;

/// Argument kinds (the `has*` lists of Lib/opcode.py).
pub mod flag {
    pub const ARG: u8 = 1;
    pub const CONST: u8 = 2;
    pub const NAME: u8 = 4;
    pub const JUMP: u8 = 8;
    pub const LOCAL: u8 = 16;
    pub const FREE: u8 = 32;
    /// Pseudo-instructions that set up an exception handler.
    pub const EXC: u8 = 64;
}

/// Static facts about one instruction.
#[derive(Debug)]
pub struct OpInfo {
    pub op: Op,
    pub name: &'static str,
    /// Inline cache code units that follow the instruction in `co_code`.
    pub caches: u8,
    pub flags: u8,
    /// What it does, in CPython's stack notation.
    pub meaning: &'static str,
}

/// Every instruction, real (< 256) and pseudo (>= 256), numbered as CPython 3.13 numbers them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[repr(u16)]
pub enum Op {
    CACHE = 0,
    BEFORE_ASYNC_WITH = 1,
    BEFORE_WITH = 2,
    BINARY_SLICE = 4,
    BINARY_SUBSCR = 5,
    CHECK_EG_MATCH = 6,
    CHECK_EXC_MATCH = 7,
    CLEANUP_THROW = 8,
    DELETE_SUBSCR = 9,
    END_ASYNC_FOR = 10,
    END_FOR = 11,
    END_SEND = 12,
    EXIT_INIT_CHECK = 13,
    FORMAT_SIMPLE = 14,
    FORMAT_WITH_SPEC = 15,
    GET_AITER = 16,
    RESERVED = 17,
    GET_ANEXT = 18,
    GET_ITER = 19,
    GET_LEN = 20,
    GET_YIELD_FROM_ITER = 21,
    INTERPRETER_EXIT = 22,
    LOAD_ASSERTION_ERROR = 23,
    LOAD_BUILD_CLASS = 24,
    LOAD_LOCALS = 25,
    MAKE_FUNCTION = 26,
    MATCH_KEYS = 27,
    MATCH_MAPPING = 28,
    MATCH_SEQUENCE = 29,
    NOP = 30,
    POP_EXCEPT = 31,
    POP_TOP = 32,
    PUSH_EXC_INFO = 33,
    PUSH_NULL = 34,
    RETURN_GENERATOR = 35,
    RETURN_VALUE = 36,
    SETUP_ANNOTATIONS = 37,
    STORE_SLICE = 38,
    STORE_SUBSCR = 39,
    TO_BOOL = 40,
    UNARY_INVERT = 41,
    UNARY_NEGATIVE = 42,
    UNARY_NOT = 43,
    WITH_EXCEPT_START = 44,
    BINARY_OP = 45,
    BUILD_CONST_KEY_MAP = 46,
    BUILD_LIST = 47,
    BUILD_MAP = 48,
    BUILD_SET = 49,
    BUILD_SLICE = 50,
    BUILD_STRING = 51,
    BUILD_TUPLE = 52,
    CALL = 53,
    CALL_FUNCTION_EX = 54,
    CALL_INTRINSIC_1 = 55,
    CALL_INTRINSIC_2 = 56,
    CALL_KW = 57,
    COMPARE_OP = 58,
    CONTAINS_OP = 59,
    CONVERT_VALUE = 60,
    COPY = 61,
    COPY_FREE_VARS = 62,
    DELETE_ATTR = 63,
    DELETE_DEREF = 64,
    DELETE_FAST = 65,
    DELETE_GLOBAL = 66,
    DELETE_NAME = 67,
    DICT_MERGE = 68,
    DICT_UPDATE = 69,
    ENTER_EXECUTOR = 70,
    EXTENDED_ARG = 71,
    FOR_ITER = 72,
    GET_AWAITABLE = 73,
    IMPORT_FROM = 74,
    IMPORT_NAME = 75,
    IS_OP = 76,
    JUMP_BACKWARD = 77,
    JUMP_BACKWARD_NO_INTERRUPT = 78,
    JUMP_FORWARD = 79,
    LIST_APPEND = 80,
    LIST_EXTEND = 81,
    LOAD_ATTR = 82,
    LOAD_CONST = 83,
    LOAD_DEREF = 84,
    LOAD_FAST = 85,
    LOAD_FAST_AND_CLEAR = 86,
    LOAD_FAST_CHECK = 87,
    LOAD_FAST_LOAD_FAST = 88,
    LOAD_FROM_DICT_OR_DEREF = 89,
    LOAD_FROM_DICT_OR_GLOBALS = 90,
    LOAD_GLOBAL = 91,
    LOAD_NAME = 92,
    LOAD_SUPER_ATTR = 93,
    MAKE_CELL = 94,
    MAP_ADD = 95,
    MATCH_CLASS = 96,
    POP_JUMP_IF_FALSE = 97,
    POP_JUMP_IF_NONE = 98,
    POP_JUMP_IF_NOT_NONE = 99,
    POP_JUMP_IF_TRUE = 100,
    RAISE_VARARGS = 101,
    RERAISE = 102,
    RETURN_CONST = 103,
    SEND = 104,
    SET_ADD = 105,
    SET_FUNCTION_ATTRIBUTE = 106,
    SET_UPDATE = 107,
    STORE_ATTR = 108,
    STORE_DEREF = 109,
    STORE_FAST = 110,
    STORE_FAST_LOAD_FAST = 111,
    STORE_FAST_STORE_FAST = 112,
    STORE_GLOBAL = 113,
    STORE_NAME = 114,
    SWAP = 115,
    UNPACK_EX = 116,
    UNPACK_SEQUENCE = 117,
    YIELD_VALUE = 118,
    RESUME = 149,
    JUMP = 256,
    JUMP_NO_INTERRUPT = 257,
    LOAD_CLOSURE = 258,
    LOAD_METHOD = 259,
    LOAD_SUPER_METHOD = 260,
    LOAD_ZERO_SUPER_ATTR = 261,
    LOAD_ZERO_SUPER_METHOD = 262,
    POP_BLOCK = 263,
    SETUP_CLEANUP = 264,
    SETUP_FINALLY = 265,
    SETUP_WITH = 266,
    STORE_FAST_MAYBE_NULL = 267,
}

use flag::*;

/// The table, in numbering order.
pub static OPS: [OpInfo; 131] = [
    OpInfo { op: Op::CACHE, name: "CACHE", caches: 0, flags: 0, meaning: "an inline cache code unit; never executed (dis hides it)" },
    OpInfo { op: Op::BEFORE_ASYNC_WITH, name: "BEFORE_ASYNC_WITH", caches: 0, flags: 0, meaning: "mgr -- exit, res: look up __aexit__, call __aenter__" },
    OpInfo { op: Op::BEFORE_WITH, name: "BEFORE_WITH", caches: 0, flags: 0, meaning: "mgr -- exit, res: look up __exit__, call __enter__" },
    OpInfo { op: Op::BINARY_SLICE, name: "BINARY_SLICE", caches: 0, flags: 0, meaning: "container, start, stop -- container[start:stop]" },
    OpInfo { op: Op::BINARY_SUBSCR, name: "BINARY_SUBSCR", caches: 1, flags: 0, meaning: "container, sub -- container[sub]" },
    OpInfo { op: Op::CHECK_EG_MATCH, name: "CHECK_EG_MATCH", caches: 0, flags: 0, meaning: "eg, type -- rest, match: split an exception group for except*" },
    OpInfo { op: Op::CHECK_EXC_MATCH, name: "CHECK_EXC_MATCH", caches: 0, flags: 0, meaning: "exc, type -- exc, bool: does exc match the except clause type" },
    OpInfo { op: Op::CLEANUP_THROW, name: "CLEANUP_THROW", caches: 0, flags: 0, meaning: "sub_iter, last_sent, exc -- none, value: StopIteration from throw() into a sub-iterator ends yield from" },
    OpInfo { op: Op::DELETE_SUBSCR, name: "DELETE_SUBSCR", caches: 0, flags: 0, meaning: "container, sub -- : del container[sub]" },
    OpInfo { op: Op::END_ASYNC_FOR, name: "END_ASYNC_FOR", caches: 0, flags: 0, meaning: "aiter, exc -- : StopAsyncIteration ends an async for loop, anything else re-raises" },
    OpInfo { op: Op::END_FOR, name: "END_FOR", caches: 0, flags: 0, meaning: "value -- : pops the value left by an exhausted FOR_ITER path" },
    OpInfo { op: Op::END_SEND, name: "END_SEND", caches: 0, flags: 0, meaning: "receiver, value -- value" },
    OpInfo { op: Op::EXIT_INIT_CHECK, name: "EXIT_INIT_CHECK", caches: 0, flags: 0, meaning: "should_be_none -- : __init__ must return None" },
    OpInfo { op: Op::FORMAT_SIMPLE, name: "FORMAT_SIMPLE", caches: 0, flags: 0, meaning: "value -- str: format(value) for an f-string field without spec" },
    OpInfo { op: Op::FORMAT_WITH_SPEC, name: "FORMAT_WITH_SPEC", caches: 0, flags: 0, meaning: "value, spec -- str: format(value, spec)" },
    OpInfo { op: Op::GET_AITER, name: "GET_AITER", caches: 0, flags: 0, meaning: "obj -- aiter: obj.__aiter__()" },
    OpInfo { op: Op::RESERVED, name: "RESERVED", caches: 0, flags: 0, meaning: "reserved; never emitted" },
    OpInfo { op: Op::GET_ANEXT, name: "GET_ANEXT", caches: 0, flags: 0, meaning: "aiter -- aiter, awaitable: aiter.__anext__() made awaitable" },
    OpInfo { op: Op::GET_ITER, name: "GET_ITER", caches: 0, flags: 0, meaning: "iterable -- iter(iterable)" },
    OpInfo { op: Op::GET_LEN, name: "GET_LEN", caches: 0, flags: 0, meaning: "obj -- obj, len(obj)  (match statements)" },
    OpInfo { op: Op::GET_YIELD_FROM_ITER, name: "GET_YIELD_FROM_ITER", caches: 0, flags: 0, meaning: "iterable -- iter: iter() unless already a generator or coroutine" },
    OpInfo { op: Op::INTERPRETER_EXIT, name: "INTERPRETER_EXIT", caches: 0, flags: 0, meaning: "retval -- : leaves the interpreter; never emitted by the compiler" },
    OpInfo { op: Op::LOAD_ASSERTION_ERROR, name: "LOAD_ASSERTION_ERROR", caches: 0, flags: 0, meaning: "-- AssertionError" },
    OpInfo { op: Op::LOAD_BUILD_CLASS, name: "LOAD_BUILD_CLASS", caches: 0, flags: 0, meaning: "-- builtins.__build_class__" },
    OpInfo { op: Op::LOAD_LOCALS, name: "LOAD_LOCALS", caches: 0, flags: 0, meaning: "-- locals(): the current namespace (class bodies, annotation scopes)" },
    OpInfo { op: Op::MAKE_FUNCTION, name: "MAKE_FUNCTION", caches: 0, flags: 0, meaning: "code -- func: a function from a code object, in the current globals" },
    OpInfo { op: Op::MATCH_KEYS, name: "MATCH_KEYS", caches: 0, flags: 0, meaning: "subject, keys -- subject, keys, values_or_none" },
    OpInfo { op: Op::MATCH_MAPPING, name: "MATCH_MAPPING", caches: 0, flags: 0, meaning: "subject -- subject, bool: is it a mapping for match" },
    OpInfo { op: Op::MATCH_SEQUENCE, name: "MATCH_SEQUENCE", caches: 0, flags: 0, meaning: "subject -- subject, bool: is it a sequence for match" },
    OpInfo { op: Op::NOP, name: "NOP", caches: 0, flags: 0, meaning: "does nothing; keeps a line number alive" },
    OpInfo { op: Op::POP_EXCEPT, name: "POP_EXCEPT", caches: 0, flags: 0, meaning: "prev_exc -- : restores the exception being handled before this handler" },
    OpInfo { op: Op::POP_TOP, name: "POP_TOP", caches: 0, flags: 0, meaning: "value -- " },
    OpInfo { op: Op::PUSH_EXC_INFO, name: "PUSH_EXC_INFO", caches: 0, flags: 0, meaning: "new_exc -- prev_exc, new_exc: starts an exception handler" },
    OpInfo { op: Op::PUSH_NULL, name: "PUSH_NULL", caches: 0, flags: 0, meaning: "-- NULL: the empty self/callable slot of a call" },
    OpInfo { op: Op::RETURN_GENERATOR, name: "RETURN_GENERATOR", caches: 0, flags: 0, meaning: "-- none: turns the frame into a generator, coroutine or async generator" },
    OpInfo { op: Op::RETURN_VALUE, name: "RETURN_VALUE", caches: 0, flags: 0, meaning: "retval -- : returns from the frame" },
    OpInfo { op: Op::SETUP_ANNOTATIONS, name: "SETUP_ANNOTATIONS", caches: 0, flags: 0, meaning: "creates __annotations__ in the namespace if missing" },
    OpInfo { op: Op::STORE_SLICE, name: "STORE_SLICE", caches: 0, flags: 0, meaning: "value, container, start, stop -- : container[start:stop] = value" },
    OpInfo { op: Op::STORE_SUBSCR, name: "STORE_SUBSCR", caches: 1, flags: 0, meaning: "value, container, sub -- : container[sub] = value" },
    OpInfo { op: Op::TO_BOOL, name: "TO_BOOL", caches: 3, flags: 0, meaning: "value -- bool(value)" },
    OpInfo { op: Op::UNARY_INVERT, name: "UNARY_INVERT", caches: 0, flags: 0, meaning: "value -- ~value" },
    OpInfo { op: Op::UNARY_NEGATIVE, name: "UNARY_NEGATIVE", caches: 0, flags: 0, meaning: "value -- -value" },
    OpInfo { op: Op::UNARY_NOT, name: "UNARY_NOT", caches: 0, flags: 0, meaning: "bool -- not bool  (operand is already a bool)" },
    OpInfo { op: Op::WITH_EXCEPT_START, name: "WITH_EXCEPT_START", caches: 0, flags: 0, meaning: "exit, lasti, unused, val -- exit, lasti, unused, val, res: calls __exit__ with the exception" },
    OpInfo { op: Op::BINARY_OP, name: "BINARY_OP", caches: 1, flags: ARG, meaning: "lhs, rhs -- lhs OP rhs; oparg indexes NB_OPS" },
    OpInfo { op: Op::BUILD_CONST_KEY_MAP, name: "BUILD_CONST_KEY_MAP", caches: 0, flags: ARG, meaning: "values*oparg, keys_tuple -- dict" },
    OpInfo { op: Op::BUILD_LIST, name: "BUILD_LIST", caches: 0, flags: ARG, meaning: "values*oparg -- list" },
    OpInfo { op: Op::BUILD_MAP, name: "BUILD_MAP", caches: 0, flags: ARG, meaning: "(key, value)*oparg -- dict" },
    OpInfo { op: Op::BUILD_SET, name: "BUILD_SET", caches: 0, flags: ARG, meaning: "values*oparg -- set" },
    OpInfo { op: Op::BUILD_SLICE, name: "BUILD_SLICE", caches: 0, flags: ARG, meaning: "start, stop[, step] -- slice; oparg is 2 or 3" },
    OpInfo { op: Op::BUILD_STRING, name: "BUILD_STRING", caches: 0, flags: ARG, meaning: "pieces*oparg -- str: concatenation" },
    OpInfo { op: Op::BUILD_TUPLE, name: "BUILD_TUPLE", caches: 0, flags: ARG, meaning: "values*oparg -- tuple" },
    OpInfo { op: Op::CALL, name: "CALL", caches: 3, flags: ARG, meaning: "callable, self_or_null, args*oparg -- result" },
    OpInfo { op: Op::CALL_FUNCTION_EX, name: "CALL_FUNCTION_EX", caches: 0, flags: ARG, meaning: "func, unused, callargs[, kwargs] -- result: f(*callargs, **kwargs); oparg&1 says kwargs" },
    OpInfo { op: Op::CALL_INTRINSIC_1, name: "CALL_INTRINSIC_1", caches: 0, flags: ARG, meaning: "value -- result: INTRINSIC_1[oparg](value)" },
    OpInfo { op: Op::CALL_INTRINSIC_2, name: "CALL_INTRINSIC_2", caches: 0, flags: ARG, meaning: "value2, value1 -- result: INTRINSIC_2[oparg](value2, value1)" },
    OpInfo { op: Op::CALL_KW, name: "CALL_KW", caches: 0, flags: ARG, meaning: "callable, self_or_null, args*oparg, kwnames -- result" },
    OpInfo { op: Op::COMPARE_OP, name: "COMPARE_OP", caches: 1, flags: ARG, meaning: "left, right -- result: CMP_OP[oparg>>5]; bit 16 asks for a bool" },
    OpInfo { op: Op::CONTAINS_OP, name: "CONTAINS_OP", caches: 1, flags: ARG, meaning: "left, right -- bool: left in right (oparg 1: not in)" },
    OpInfo { op: Op::CONVERT_VALUE, name: "CONVERT_VALUE", caches: 0, flags: ARG, meaning: "value -- str: str/repr/ascii by oparg 1/2/3 (f-string !s !r !a)" },
    OpInfo { op: Op::COPY, name: "COPY", caches: 0, flags: ARG, meaning: "bottom, ...*(oparg-1) -- bottom, ..., bottom: copies the oparg-th item to the top" },
    OpInfo { op: Op::COPY_FREE_VARS, name: "COPY_FREE_VARS", caches: 0, flags: ARG, meaning: "copies oparg free-variable cells from the function closure into the frame" },
    OpInfo { op: Op::DELETE_ATTR, name: "DELETE_ATTR", caches: 0, flags: ARG | NAME, meaning: "owner -- : del owner.name" },
    OpInfo { op: Op::DELETE_DEREF, name: "DELETE_DEREF", caches: 0, flags: ARG | FREE, meaning: "empties the cell of a cell/free variable" },
    OpInfo { op: Op::DELETE_FAST, name: "DELETE_FAST", caches: 0, flags: ARG | LOCAL, meaning: "unbinds a local" },
    OpInfo { op: Op::DELETE_GLOBAL, name: "DELETE_GLOBAL", caches: 0, flags: ARG | NAME, meaning: "del a global" },
    OpInfo { op: Op::DELETE_NAME, name: "DELETE_NAME", caches: 0, flags: ARG | NAME, meaning: "del a name in the local namespace" },
    OpInfo { op: Op::DICT_MERGE, name: "DICT_MERGE", caches: 0, flags: ARG, meaning: "callable, unused, unused, dict, ...*(oparg-1), update -- callable, unused, unused, dict, ...: for **kwargs (duplicate keys raise)" },
    OpInfo { op: Op::DICT_UPDATE, name: "DICT_UPDATE", caches: 0, flags: ARG, meaning: "dict, ...*(oparg-1), update -- dict, ...: dict.update(update)" },
    OpInfo { op: Op::ENTER_EXECUTOR, name: "ENTER_EXECUTOR", caches: 0, flags: ARG, meaning: "enters a tier-2 executor; never emitted" },
    OpInfo { op: Op::EXTENDED_ARG, name: "EXTENDED_ARG", caches: 0, flags: ARG, meaning: "prefixes the next instruction with 8 more high bits of oparg" },
    OpInfo { op: Op::FOR_ITER, name: "FOR_ITER", caches: 1, flags: ARG | JUMP, meaning: "iter -- iter, next; when exhausted, pops iter and jumps past the END_FOR" },
    OpInfo { op: Op::GET_AWAITABLE, name: "GET_AWAITABLE", caches: 0, flags: ARG, meaning: "iterable -- awaitable: for await; oparg says where (1 __aenter__, 2 __aexit__)" },
    OpInfo { op: Op::IMPORT_FROM, name: "IMPORT_FROM", caches: 0, flags: ARG | NAME, meaning: "from -- from, attr: from module import name" },
    OpInfo { op: Op::IMPORT_NAME, name: "IMPORT_NAME", caches: 0, flags: ARG | NAME, meaning: "level, fromlist -- module: __import__(name, ...)" },
    OpInfo { op: Op::IS_OP, name: "IS_OP", caches: 0, flags: ARG, meaning: "left, right -- bool: left is right (oparg 1: is not)" },
    OpInfo { op: Op::JUMP_BACKWARD, name: "JUMP_BACKWARD", caches: 1, flags: ARG | JUMP, meaning: "jumps back oparg code units (checks the eval breaker)" },
    OpInfo { op: Op::JUMP_BACKWARD_NO_INTERRUPT, name: "JUMP_BACKWARD_NO_INTERRUPT", caches: 0, flags: ARG | JUMP, meaning: "jumps back oparg code units (no eval-breaker check)" },
    OpInfo { op: Op::JUMP_FORWARD, name: "JUMP_FORWARD", caches: 0, flags: ARG | JUMP, meaning: "jumps forward oparg code units" },
    OpInfo { op: Op::LIST_APPEND, name: "LIST_APPEND", caches: 0, flags: ARG, meaning: "list, ...*(oparg-1), v -- list, ...: list.append(v) (comprehensions)" },
    OpInfo { op: Op::LIST_EXTEND, name: "LIST_EXTEND", caches: 0, flags: ARG, meaning: "list, ...*(oparg-1), iterable -- list, ...: list.extend(iterable)" },
    OpInfo { op: Op::LOAD_ATTR, name: "LOAD_ATTR", caches: 9, flags: ARG | NAME, meaning: "owner -- attr[, self_or_null]: oparg>>1 names the attribute; oparg&1 is the method form" },
    OpInfo { op: Op::LOAD_CONST, name: "LOAD_CONST", caches: 0, flags: ARG | CONST, meaning: "-- co_consts[oparg]" },
    OpInfo { op: Op::LOAD_DEREF, name: "LOAD_DEREF", caches: 0, flags: ARG | FREE, meaning: "-- the contents of cell/free variable oparg" },
    OpInfo { op: Op::LOAD_FAST, name: "LOAD_FAST", caches: 0, flags: ARG | LOCAL, meaning: "-- local oparg (known bound)" },
    OpInfo { op: Op::LOAD_FAST_AND_CLEAR, name: "LOAD_FAST_AND_CLEAR", caches: 0, flags: ARG | LOCAL, meaning: "-- local oparg or NULL, and unbinds it (inlined comprehensions)" },
    OpInfo { op: Op::LOAD_FAST_CHECK, name: "LOAD_FAST_CHECK", caches: 0, flags: ARG | LOCAL, meaning: "-- local oparg, raising UnboundLocalError if unbound" },
    OpInfo { op: Op::LOAD_FAST_LOAD_FAST, name: "LOAD_FAST_LOAD_FAST", caches: 0, flags: ARG | LOCAL, meaning: "-- local oparg>>4, local oparg&15" },
    OpInfo { op: Op::LOAD_FROM_DICT_OR_DEREF, name: "LOAD_FROM_DICT_OR_DEREF", caches: 0, flags: ARG | FREE, meaning: "mapping -- value: mapping[name], else the cell (class-scope free variables)" },
    OpInfo { op: Op::LOAD_FROM_DICT_OR_GLOBALS, name: "LOAD_FROM_DICT_OR_GLOBALS", caches: 0, flags: ARG | NAME, meaning: "mapping -- value: mapping[name], else globals, else builtins" },
    OpInfo { op: Op::LOAD_GLOBAL, name: "LOAD_GLOBAL", caches: 4, flags: ARG | NAME, meaning: "-- value[, NULL]: globals then builtins; oparg>>1 names it, oparg&1 pushes NULL" },
    OpInfo { op: Op::LOAD_NAME, name: "LOAD_NAME", caches: 0, flags: ARG | NAME, meaning: "-- value: locals, then globals, then builtins" },
    OpInfo { op: Op::LOAD_SUPER_ATTR, name: "LOAD_SUPER_ATTR", caches: 1, flags: ARG | NAME, meaning: "global_super, class, self -- attr[, self_or_null]: super(class, self).name" },
    OpInfo { op: Op::MAKE_CELL, name: "MAKE_CELL", caches: 0, flags: ARG | FREE, meaning: "wraps local oparg in a new cell" },
    OpInfo { op: Op::MAP_ADD, name: "MAP_ADD", caches: 0, flags: ARG, meaning: "dict, ...*(oparg-1), key, value -- dict, ...: dict[key] = value (comprehensions)" },
    OpInfo { op: Op::MATCH_CLASS, name: "MATCH_CLASS", caches: 0, flags: ARG, meaning: "subject, type, names -- attrs_or_none: class pattern with oparg positional patterns" },
    OpInfo { op: Op::POP_JUMP_IF_FALSE, name: "POP_JUMP_IF_FALSE", caches: 1, flags: ARG | JUMP, meaning: "cond -- : jumps forward oparg code units if cond is False" },
    OpInfo { op: Op::POP_JUMP_IF_NONE, name: "POP_JUMP_IF_NONE", caches: 1, flags: ARG | JUMP, meaning: "value -- : jumps forward oparg code units if value is None" },
    OpInfo { op: Op::POP_JUMP_IF_NOT_NONE, name: "POP_JUMP_IF_NOT_NONE", caches: 1, flags: ARG | JUMP, meaning: "value -- : jumps forward oparg code units if value is not None" },
    OpInfo { op: Op::POP_JUMP_IF_TRUE, name: "POP_JUMP_IF_TRUE", caches: 1, flags: ARG | JUMP, meaning: "cond -- : jumps forward oparg code units if cond is True" },
    OpInfo { op: Op::RAISE_VARARGS, name: "RAISE_VARARGS", caches: 0, flags: ARG, meaning: "args*oparg -- : raise (0), raise exc (1), raise exc from cause (2)" },
    OpInfo { op: Op::RERAISE, name: "RERAISE", caches: 0, flags: ARG, meaning: "values*oparg, exc -- values*oparg: re-raises exc; oparg 1 restores f_lasti first" },
    OpInfo { op: Op::RETURN_CONST, name: "RETURN_CONST", caches: 0, flags: ARG | CONST, meaning: "returns co_consts[oparg]" },
    OpInfo { op: Op::SEND, name: "SEND", caches: 1, flags: ARG | JUMP, meaning: "receiver, v -- receiver, retval: sends v into a sub-generator; jumps on StopIteration" },
    OpInfo { op: Op::SET_ADD, name: "SET_ADD", caches: 0, flags: ARG, meaning: "set, ...*(oparg-1), v -- set, ...: set.add(v) (comprehensions)" },
    OpInfo { op: Op::SET_FUNCTION_ATTRIBUTE, name: "SET_FUNCTION_ATTRIBUTE", caches: 0, flags: ARG, meaning: "attr, func -- func: sets defaults (1), kwdefaults (2), annotations (4) or closure (8)" },
    OpInfo { op: Op::SET_UPDATE, name: "SET_UPDATE", caches: 0, flags: ARG, meaning: "set, ...*(oparg-1), iterable -- set, ...: set.update(iterable)" },
    OpInfo { op: Op::STORE_ATTR, name: "STORE_ATTR", caches: 4, flags: ARG | NAME, meaning: "v, owner -- : owner.name = v" },
    OpInfo { op: Op::STORE_DEREF, name: "STORE_DEREF", caches: 0, flags: ARG | FREE, meaning: "v -- : stores into cell/free variable oparg" },
    OpInfo { op: Op::STORE_FAST, name: "STORE_FAST", caches: 0, flags: ARG | LOCAL, meaning: "value -- : local oparg = value" },
    OpInfo { op: Op::STORE_FAST_LOAD_FAST, name: "STORE_FAST_LOAD_FAST", caches: 0, flags: ARG | LOCAL, meaning: "value1 -- value2: local oparg>>4 = value1, then pushes local oparg&15" },
    OpInfo { op: Op::STORE_FAST_STORE_FAST, name: "STORE_FAST_STORE_FAST", caches: 0, flags: ARG | LOCAL, meaning: "value2, value1 -- : local oparg>>4 = value1, local oparg&15 = value2" },
    OpInfo { op: Op::STORE_GLOBAL, name: "STORE_GLOBAL", caches: 0, flags: ARG | NAME, meaning: "v -- : a global" },
    OpInfo { op: Op::STORE_NAME, name: "STORE_NAME", caches: 0, flags: ARG | NAME, meaning: "v -- : a name in the local namespace" },
    OpInfo { op: Op::SWAP, name: "SWAP", caches: 0, flags: ARG, meaning: "bottom, ...*(oparg-2), top -- top, ..., bottom" },
    OpInfo { op: Op::UNPACK_EX, name: "UNPACK_EX", caches: 0, flags: ARG, meaning: "seq -- values: unpacking with a starred target; oparg = before | after<<8" },
    OpInfo { op: Op::UNPACK_SEQUENCE, name: "UNPACK_SEQUENCE", caches: 1, flags: ARG, meaning: "seq -- values*oparg, last first" },
    OpInfo { op: Op::YIELD_VALUE, name: "YIELD_VALUE", caches: 0, flags: ARG, meaning: "retval -- value: yields from a generator; oparg is the exception depth" },
    OpInfo { op: Op::RESUME, name: "RESUME", caches: 0, flags: ARG, meaning: "frame entry (0), after yield (1), after yield from (2), after await (3); bit 2 marks except depth 1" },
    OpInfo { op: Op::JUMP, name: "JUMP", caches: 0, flags: ARG | JUMP, meaning: "pseudo: JUMP_FORWARD or JUMP_BACKWARD by direction" },
    OpInfo { op: Op::JUMP_NO_INTERRUPT, name: "JUMP_NO_INTERRUPT", caches: 0, flags: ARG | JUMP, meaning: "pseudo: JUMP_FORWARD or JUMP_BACKWARD_NO_INTERRUPT by direction" },
    OpInfo { op: Op::LOAD_CLOSURE, name: "LOAD_CLOSURE", caches: 0, flags: ARG | LOCAL, meaning: "pseudo: becomes LOAD_FAST of a cell, for building a closure tuple" },
    OpInfo { op: Op::LOAD_METHOD, name: "LOAD_METHOD", caches: 0, flags: ARG | NAME, meaning: "pseudo: becomes LOAD_ATTR with the method bit" },
    OpInfo { op: Op::LOAD_SUPER_METHOD, name: "LOAD_SUPER_METHOD", caches: 0, flags: ARG | NAME, meaning: "pseudo: becomes LOAD_SUPER_ATTR with oparg bits 3 (method, two-arg)" },
    OpInfo { op: Op::LOAD_ZERO_SUPER_ATTR, name: "LOAD_ZERO_SUPER_ATTR", caches: 0, flags: ARG | NAME, meaning: "pseudo: becomes LOAD_SUPER_ATTR with oparg bits 0 (zero-arg super)" },
    OpInfo { op: Op::LOAD_ZERO_SUPER_METHOD, name: "LOAD_ZERO_SUPER_METHOD", caches: 0, flags: ARG | NAME, meaning: "pseudo: becomes LOAD_SUPER_ATTR with oparg bits 1 (zero-arg, method)" },
    OpInfo { op: Op::POP_BLOCK, name: "POP_BLOCK", caches: 0, flags: 0, meaning: "pseudo: ends a SETUP_* region; becomes nothing" },
    OpInfo { op: Op::SETUP_CLEANUP, name: "SETUP_CLEANUP", caches: 0, flags: ARG | EXC, meaning: "pseudo: a handler that also gets lasti; becomes an exception-table entry" },
    OpInfo { op: Op::SETUP_FINALLY, name: "SETUP_FINALLY", caches: 0, flags: ARG | EXC, meaning: "pseudo: a handler region; becomes an exception-table entry" },
    OpInfo { op: Op::SETUP_WITH, name: "SETUP_WITH", caches: 0, flags: ARG | EXC, meaning: "pseudo: a with-block handler region; becomes an exception-table entry" },
    OpInfo { op: Op::STORE_FAST_MAYBE_NULL, name: "STORE_FAST_MAYBE_NULL", caches: 0, flags: ARG | LOCAL, meaning: "pseudo: becomes STORE_FAST; the value may be NULL (comprehension state restore)" },
];

/// Index of each real opcode byte in [`OPS`], or 255 for a byte that is no 3.13 base instruction.
static BY_BYTE: [u8; 256] = {
    let mut t = [255u8; 256];
    let mut i = 0;
    while i < OPS.len() {
        let code = OPS[i].op as u16;
        if code < 256 {
            t[code as usize] = i as u8;
        }
        i += 1;
    }
    t
};

/// The highest real (non-pseudo) opcode number: [`Op::from_byte`] never returns more, so the
/// eval loop's dispatch may assume it.
pub const MAX_REAL: u16 = {
    let mut m = 0;
    let mut i = 0;
    while i < OPS.len() {
        let code = OPS[i].op as u16;
        if code < MIN_PSEUDO && code > m {
            m = code;
        }
        i += 1;
    }
    m
};

/// Instruction codes: the bytes, then the pseudo-instructions (256 and up, contiguous).
const CODES: usize = MIN_PSEUDO as usize + PSEUDO_COUNT;

/// Per code: its `OPS` index, its caches and its flags, so that `info`, `caches` and the `has_*`
/// tests (run for every instruction by the flowgraph and the assembler) are one load each.
static INDEX: [u8; CODES] = {
    let mut t = [0u8; CODES];
    let mut i = 0;
    while i < OPS.len() {
        t[OPS[i].op as u16 as usize] = i as u8;
        i += 1;
    }
    t
};
static CACHES: [u8; CODES] = {
    let mut t = [0u8; CODES];
    let mut i = 0;
    while i < OPS.len() {
        t[OPS[i].op as u16 as usize] = OPS[i].caches;
        i += 1;
    }
    t
};
static FLAGS: [u8; CODES] = {
    let mut t = [0u8; CODES];
    let mut i = 0;
    while i < OPS.len() {
        t[OPS[i].op as u16 as usize] = OPS[i].flags;
        i += 1;
    }
    t
};

/// Control-flow classes per code (see the `is_*` tests below), so that the CFG passes, which
/// ask them of every instruction, make one load each.
mod ctrl {
    pub const TARGET: u8 = 1;
    pub const SCOPE_EXIT: u8 = 2;
    pub const TERMINATOR: u8 = 4;
    pub const UNCOND: u8 = 8;
    pub const EVAL_BREAK: u8 = 16;
}
static CTRL: [u8; CODES] = {
    let mut t = [0u8; CODES];
    let mut i = 0;
    while i < OPS.len() {
        let op = OPS[i].op;
        let jump = OPS[i].flags & JUMP != 0;
        let mut c = 0;
        if jump || op.is_block_push() {
            c |= ctrl::TARGET;
        }
        if op.is_scope_exit_m() {
            c |= ctrl::SCOPE_EXIT;
        }
        if jump || op.is_scope_exit_m() {
            c |= ctrl::TERMINATOR;
        }
        if op.is_unconditional_jump_m() {
            c |= ctrl::UNCOND;
        }
        if op.has_eval_break_m() {
            c |= ctrl::EVAL_BREAK;
        }
        t[op as u16 as usize] = c;
        i += 1;
    }
    t
};

/// [`Op::stack_effect`] of each real instruction whose effect is the same for every oparg (it
/// is asked of every instruction by the stack-depth pass), or [`VARIES`]: pseudo-instructions
/// and instructions whose counts depend on the oparg (tried at opargs that tell apart every
/// form `popped`/`pushed` use: linear, `== 3`, `& 1`, `& 0xFF`, `>> 8`).
const VARIES: i8 = i8::MIN;
static FIXED_EFFECT: [i8; CODES] = {
    const PROBES: [i32; 8] = [0, 1, 2, 3, 4, 255, 256, 257];
    let mut t = [VARIES; CODES];
    let mut i = 0;
    while i < OPS.len() {
        let op = OPS[i].op;
        let mut effect: Option<i32> = None;
        let mut fixed = (op as u16) < MIN_PSEUDO;
        let mut p = 0;
        while fixed && p < PROBES.len() {
            match (op.pushed(PROBES[p]), op.popped(PROBES[p])) {
                (Some(push), Some(pop)) => match effect {
                    None => effect = Some(push - pop),
                    Some(e) => fixed = e == push - pop,
                },
                _ => fixed = false,
            }
            p += 1;
        }
        if let (true, Some(e)) = (fixed, effect) {
            t[op as u16 as usize] = e as i8;
        }
        i += 1;
    }
    t
};

/// Shapes of the stack effects that do depend on the oparg, for real instructions (same probes
/// as [`FIXED_EFFECT`]): [`SHAPE_LINEAR`] `base + step * oparg`, [`SHAPE_PARITY`]
/// `base + step * (oparg & 1)`, or [`SHAPE_OTHER`] (computed from `pushed`/`popped`).
const SHAPE_OTHER: u8 = 0;
const SHAPE_LINEAR: u8 = 1;
const SHAPE_PARITY: u8 = 2;
static SHAPED_EFFECT: [(u8, i8, i8); CODES] = {
    const PROBES: [i32; 8] = [0, 1, 2, 3, 4, 255, 256, 257];
    const fn effect(op: Op, oparg: i32) -> Option<i32> {
        match (op.pushed(oparg), op.popped(oparg)) {
            (Some(push), Some(pop)) => Some(push - pop),
            _ => None,
        }
    }
    let mut t = [(SHAPE_OTHER, 0i8, 0i8); CODES];
    let mut i = 0;
    while i < OPS.len() {
        let op = OPS[i].op;
        if (op as u16) < MIN_PSEUDO && FIXED_EFFECT[op as u16 as usize] == VARIES {
            if let (Some(e0), Some(e1)) = (effect(op, 0), effect(op, 1)) {
                let step = e1 - e0;
                let mut linear = true;
                let mut parity = true;
                let mut p = 0;
                while p < PROBES.len() {
                    let o = PROBES[p];
                    match effect(op, o) {
                        Some(e) => {
                            linear = linear && e == e0 + step * o;
                            parity = parity && e == e0 + step * (o & 1);
                        }
                        None => {
                            linear = false;
                            parity = false;
                        }
                    }
                    p += 1;
                }
                let fits = e0 >= -128 && e0 <= 127 && step >= -128 && step <= 127;
                if fits && linear {
                    t[op as u16 as usize] = (SHAPE_LINEAR, e0 as i8, step as i8);
                } else if fits && parity {
                    t[op as u16 as usize] = (SHAPE_PARITY, e0 as i8, step as i8);
                }
            }
        }
        i += 1;
    }
    t
};

impl Op {
    #[inline]
    fn ctrl(self) -> u8 {
        CTRL[self as u16 as usize]
    }

    #[inline]
    fn flags(self) -> u8 {
        FLAGS[self as u16 as usize]
    }

    /// The instruction with this byte in `co_code`, if it is a base 3.13 instruction.
    #[inline]
    pub fn from_byte(b: u8) -> Option<Op> {
        match BY_BYTE[b as usize] {
            255 => None,
            i => Some(OPS[i as usize].op),
        }
    }

    pub fn from_name(name: &str) -> Option<Op> {
        OPS.iter().find(|i| i.name == name).map(|i| i.op)
    }

    #[inline]
    pub fn info(self) -> &'static OpInfo {
        &OPS[INDEX[self as u16 as usize] as usize]
    }

    pub fn name(self) -> &'static str {
        self.info().name
    }

    #[inline]
    pub fn caches(self) -> usize {
        CACHES[self as u16 as usize] as usize
    }

    pub fn is_pseudo(self) -> bool {
        self as u16 >= MIN_PSEUDO
    }

    pub fn has_arg(self) -> bool {
        self.flags() & ARG != 0
    }
    pub fn has_const(self) -> bool {
        self.flags() & CONST != 0
    }
    pub fn has_name(self) -> bool {
        self.flags() & NAME != 0
    }
    pub fn has_jump(self) -> bool {
        self.flags() & JUMP != 0
    }
    pub fn has_local(self) -> bool {
        self.flags() & LOCAL != 0
    }
    pub fn has_free(self) -> bool {
        self.flags() & FREE != 0
    }
    pub fn has_exc(self) -> bool {
        self.flags() & EXC != 0
    }

    /// Values a real instruction pops (`_PyOpcode_num_popped`); None for pseudo-instructions.
    pub const fn popped(self, oparg: i32) -> Option<i32> {
        use Op::*;
        Some(match self {
            CACHE
            | RESERVED
            | LOAD_ASSERTION_ERROR
            | LOAD_BUILD_CLASS
            | LOAD_LOCALS
            | NOP
            | PUSH_NULL
            | RETURN_GENERATOR
            | SETUP_ANNOTATIONS
            | COPY_FREE_VARS
            | DELETE_DEREF
            | DELETE_FAST
            | DELETE_GLOBAL
            | DELETE_NAME
            | ENTER_EXECUTOR
            | EXTENDED_ARG
            | JUMP_BACKWARD
            | JUMP_BACKWARD_NO_INTERRUPT
            | JUMP_FORWARD
            | LOAD_CONST
            | LOAD_DEREF
            | LOAD_FAST
            | LOAD_FAST_AND_CLEAR
            | LOAD_FAST_CHECK
            | LOAD_FAST_LOAD_FAST
            | LOAD_GLOBAL
            | LOAD_NAME
            | MAKE_CELL
            | RETURN_CONST
            | RESUME => 0,
            BEFORE_ASYNC_WITH
            | BEFORE_WITH
            | END_FOR
            | EXIT_INIT_CHECK
            | FORMAT_SIMPLE
            | GET_AITER
            | GET_ANEXT
            | GET_ITER
            | GET_LEN
            | GET_YIELD_FROM_ITER
            | INTERPRETER_EXIT
            | MAKE_FUNCTION
            | MATCH_MAPPING
            | MATCH_SEQUENCE
            | POP_EXCEPT
            | POP_TOP
            | PUSH_EXC_INFO
            | RETURN_VALUE
            | TO_BOOL
            | UNARY_INVERT
            | UNARY_NEGATIVE
            | UNARY_NOT
            | CALL_INTRINSIC_1
            | CONVERT_VALUE
            | DELETE_ATTR
            | FOR_ITER
            | GET_AWAITABLE
            | IMPORT_FROM
            | LOAD_ATTR
            | LOAD_FROM_DICT_OR_DEREF
            | LOAD_FROM_DICT_OR_GLOBALS
            | POP_JUMP_IF_FALSE
            | POP_JUMP_IF_NONE
            | POP_JUMP_IF_NOT_NONE
            | POP_JUMP_IF_TRUE
            | STORE_DEREF
            | STORE_FAST
            | STORE_FAST_LOAD_FAST
            | STORE_GLOBAL
            | STORE_NAME
            | UNPACK_EX
            | UNPACK_SEQUENCE
            | YIELD_VALUE => 1,
            BINARY_SLICE | CLEANUP_THROW | STORE_SUBSCR | LOAD_SUPER_ATTR | MATCH_CLASS => 3,
            BINARY_SUBSCR
            | CHECK_EG_MATCH
            | CHECK_EXC_MATCH
            | DELETE_SUBSCR
            | END_ASYNC_FOR
            | END_SEND
            | FORMAT_WITH_SPEC
            | MATCH_KEYS
            | BINARY_OP
            | CALL_INTRINSIC_2
            | COMPARE_OP
            | CONTAINS_OP
            | IMPORT_NAME
            | IS_OP
            | SEND
            | SET_FUNCTION_ATTRIBUTE
            | STORE_ATTR
            | STORE_FAST_STORE_FAST => 2,
            STORE_SLICE | WITH_EXCEPT_START => 4,
            BUILD_CONST_KEY_MAP | RERAISE => 1 + oparg,
            BUILD_LIST | BUILD_SET | BUILD_STRING | BUILD_TUPLE | RAISE_VARARGS => oparg,
            BUILD_MAP => oparg * 2,
            BUILD_SLICE => 2 + (oparg == 3) as i32,
            CALL => 2 + oparg,
            CALL_FUNCTION_EX => 3 + (oparg & 1),
            CALL_KW => 3 + oparg,
            COPY => 1 + (oparg - 1),
            DICT_MERGE => 5 + (oparg - 1),
            DICT_UPDATE => 2 + (oparg - 1),
            LIST_APPEND | LIST_EXTEND | SET_ADD | SET_UPDATE => 2 + (oparg - 1),
            MAP_ADD => 3 + (oparg - 1),
            SWAP => 2 + (oparg - 2),
            _ => return None,
        })
    }

    /// Values a real instruction pushes (`_PyOpcode_num_pushed`); None for pseudo-instructions.
    pub const fn pushed(self, oparg: i32) -> Option<i32> {
        use Op::*;
        Some(match self {
            CACHE
            | DELETE_SUBSCR
            | END_ASYNC_FOR
            | END_FOR
            | EXIT_INIT_CHECK
            | RESERVED
            | INTERPRETER_EXIT
            | NOP
            | POP_EXCEPT
            | POP_TOP
            | RETURN_VALUE
            | SETUP_ANNOTATIONS
            | STORE_SLICE
            | STORE_SUBSCR
            | COPY_FREE_VARS
            | DELETE_ATTR
            | DELETE_DEREF
            | DELETE_FAST
            | DELETE_GLOBAL
            | DELETE_NAME
            | ENTER_EXECUTOR
            | EXTENDED_ARG
            | JUMP_BACKWARD
            | JUMP_BACKWARD_NO_INTERRUPT
            | JUMP_FORWARD
            | MAKE_CELL
            | POP_JUMP_IF_FALSE
            | POP_JUMP_IF_NONE
            | POP_JUMP_IF_NOT_NONE
            | POP_JUMP_IF_TRUE
            | RAISE_VARARGS
            | RETURN_CONST
            | STORE_ATTR
            | STORE_DEREF
            | STORE_FAST
            | STORE_FAST_STORE_FAST
            | STORE_GLOBAL
            | STORE_NAME
            | RESUME => 0,
            BEFORE_ASYNC_WITH | BEFORE_WITH | CHECK_EG_MATCH | CHECK_EXC_MATCH | CLEANUP_THROW
            | GET_ANEXT | GET_LEN | MATCH_MAPPING | MATCH_SEQUENCE | PUSH_EXC_INFO | FOR_ITER
            | IMPORT_FROM | LOAD_FAST_LOAD_FAST | SEND => 2,
            BINARY_SLICE
            | BINARY_SUBSCR
            | END_SEND
            | FORMAT_SIMPLE
            | FORMAT_WITH_SPEC
            | GET_AITER
            | GET_ITER
            | GET_YIELD_FROM_ITER
            | LOAD_ASSERTION_ERROR
            | LOAD_BUILD_CLASS
            | LOAD_LOCALS
            | MAKE_FUNCTION
            | PUSH_NULL
            | RETURN_GENERATOR
            | TO_BOOL
            | UNARY_INVERT
            | UNARY_NEGATIVE
            | UNARY_NOT
            | BINARY_OP
            | BUILD_CONST_KEY_MAP
            | BUILD_LIST
            | BUILD_MAP
            | BUILD_SET
            | BUILD_SLICE
            | BUILD_STRING
            | BUILD_TUPLE
            | CALL
            | CALL_FUNCTION_EX
            | CALL_INTRINSIC_1
            | CALL_INTRINSIC_2
            | CALL_KW
            | COMPARE_OP
            | CONTAINS_OP
            | CONVERT_VALUE
            | GET_AWAITABLE
            | IMPORT_NAME
            | IS_OP
            | LOAD_CONST
            | LOAD_DEREF
            | LOAD_FAST
            | LOAD_FAST_AND_CLEAR
            | LOAD_FAST_CHECK
            | LOAD_FROM_DICT_OR_DEREF
            | LOAD_FROM_DICT_OR_GLOBALS
            | LOAD_NAME
            | MATCH_CLASS
            | SET_FUNCTION_ATTRIBUTE
            | STORE_FAST_LOAD_FAST
            | YIELD_VALUE => 1,
            MATCH_KEYS => 3,
            WITH_EXCEPT_START => 5,
            COPY => 2 + (oparg - 1),
            DICT_MERGE => 4 + (oparg - 1),
            DICT_UPDATE | MAP_ADD => 1 + (oparg - 1),
            LIST_APPEND | LIST_EXTEND | SET_ADD | SET_UPDATE => 1 + (oparg - 1),
            LOAD_ATTR | LOAD_GLOBAL | LOAD_SUPER_ATTR => 1 + (oparg & 1),
            RERAISE | UNPACK_SEQUENCE => oparg,
            SWAP => 2 + (oparg - 2),
            UNPACK_EX => 1 + (oparg >> 8) + (oparg & 0xFF),
            _ => return None,
        })
    }

    /// The net stack effect; `jump` selects the branch-taken effect (it matters only for the
    /// SETUP_* pseudo-instructions, whose handler entry pushes the exception and maybe lasti).
    #[inline]
    pub fn stack_effect(self, oparg: i32, jump: bool) -> i32 {
        let fixed = FIXED_EFFECT[self as u16 as usize];
        if fixed != VARIES {
            return fixed as i32;
        }
        let (shape, base, step) = SHAPED_EFFECT[self as u16 as usize];
        match shape {
            SHAPE_LINEAR => base as i32 + step as i32 * oparg,
            SHAPE_PARITY => base as i32 + step as i32 * (oparg & 1),
            _ => self.varying_stack_effect(oparg, jump),
        }
    }

    /// [`Op::stack_effect`] of the instructions without a fixed one.
    #[inline(never)]
    fn varying_stack_effect(self, oparg: i32, jump: bool) -> i32 {
        use Op::*;
        match self {
            JUMP => 0,
            JUMP_NO_INTERRUPT => 0,
            POP_BLOCK => 0,
            SETUP_FINALLY => {
                if jump {
                    1
                } else {
                    0
                }
            }
            SETUP_CLEANUP => {
                if jump {
                    2
                } else {
                    0
                }
            }
            SETUP_WITH => {
                if jump {
                    1
                } else {
                    0
                }
            }
            STORE_FAST_MAYBE_NULL => -1,
            LOAD_CLOSURE => 1,
            LOAD_METHOD => 1,
            LOAD_SUPER_METHOD => -1,
            LOAD_ZERO_SUPER_METHOD => -1,
            LOAD_ZERO_SUPER_ATTR => -1,
            real => match (real.pushed(oparg), real.popped(oparg)) {
                (Some(push), Some(pop)) => push - pop,
                _ => unreachable!("every real opcode has popped/pushed counts"),
            },
        }
    }
}

/// Control-flow classes of instructions (Include/internal/pycore_opcode_utils.h) and the
/// eval-breaker flag (`HAS_EVAL_BREAK_FLAG` in pycore_opcode_metadata.h). The CFG passes and the
/// assembler decide block boundaries, fallthrough and jump direction from these.
impl Op {
    /// SETUP_FINALLY, SETUP_CLEANUP, SETUP_WITH: push an exception handler (`IS_BLOCK_PUSH_OPCODE`).
    #[inline]
    pub const fn is_block_push(self) -> bool {
        matches!(self, Op::SETUP_FINALLY | Op::SETUP_CLEANUP | Op::SETUP_WITH)
    }
    /// The oparg names a block: jumps and handler pushes (`HAS_TARGET`).
    #[inline]
    pub fn has_target(self) -> bool {
        self.ctrl() & ctrl::TARGET != 0
    }
    /// Leaves the frame (`IS_SCOPE_EXIT_OPCODE`).
    #[inline]
    pub fn is_scope_exit(self) -> bool {
        self.ctrl() & ctrl::SCOPE_EXIT != 0
    }
    const fn is_scope_exit_m(self) -> bool {
        matches!(self, Op::RETURN_VALUE | Op::RETURN_CONST | Op::RAISE_VARARGS | Op::RERAISE)
    }
    /// Must be the last instruction of a basic block (`IS_TERMINATOR_OPCODE`).
    #[inline]
    pub fn is_terminator(self) -> bool {
        self.ctrl() & ctrl::TERMINATOR != 0
    }
    /// Never falls through (`IS_UNCONDITIONAL_JUMP_OPCODE`).
    #[inline]
    pub fn is_unconditional_jump(self) -> bool {
        self.ctrl() & ctrl::UNCOND != 0
    }
    const fn is_unconditional_jump_m(self) -> bool {
        matches!(
            self,
            Op::JUMP
                | Op::JUMP_NO_INTERRUPT
                | Op::JUMP_FORWARD
                | Op::JUMP_BACKWARD
                | Op::JUMP_BACKWARD_NO_INTERRUPT
        )
    }
    /// Emitted only by the assembler, never by codegen or the CFG (`IS_ASSEMBLER_OPCODE`).
    #[inline]
    pub fn is_assembler_only(self) -> bool {
        matches!(self, Op::JUMP_FORWARD | Op::JUMP_BACKWARD | Op::JUMP_BACKWARD_NO_INTERRUPT)
    }
    /// The oparg counts backwards (`IS_BACKWARDS_JUMP_OPCODE`).
    #[inline]
    pub fn is_backward_jump(self) -> bool {
        matches!(self, Op::JUMP_BACKWARD | Op::JUMP_BACKWARD_NO_INTERRUPT)
    }
    /// Checks the eval breaker (`HAS_EVAL_BREAK_FLAG`); the CFG gives blocks holding one a line.
    #[inline]
    pub fn has_eval_break(self) -> bool {
        self.ctrl() & ctrl::EVAL_BREAK != 0
    }
    const fn has_eval_break_m(self) -> bool {
        matches!(
            self,
            Op::CALL | Op::CALL_FUNCTION_EX | Op::CALL_KW | Op::JUMP_BACKWARD | Op::RESUME | Op::JUMP
        )
    }
    /// The named fields of the inline cache (Lib/opcode.py `_cache_format`), in order, with
    /// their sizes in code units; `dis -C` prints one line per code unit. Sums to `caches()`.
    pub fn cache_format(self) -> &'static [(&'static str, u8)] {
        use Op::*;
        match self {
            LOAD_GLOBAL => &[("counter", 1), ("index", 1), ("module_keys_version", 1), ("builtin_keys_version", 1)],
            LOAD_ATTR => &[("counter", 1), ("version", 2), ("keys_version", 2), ("descr", 4)],
            STORE_ATTR => &[("counter", 1), ("version", 2), ("index", 1)],
            CALL => &[("counter", 1), ("func_version", 2)],
            TO_BOOL => &[("counter", 1), ("version", 2)],
            BINARY_OP | UNPACK_SEQUENCE | COMPARE_OP | CONTAINS_OP | BINARY_SUBSCR | FOR_ITER
            | LOAD_SUPER_ATTR | STORE_SUBSCR | SEND | JUMP_BACKWARD | POP_JUMP_IF_TRUE
            | POP_JUMP_IF_FALSE | POP_JUMP_IF_NONE | POP_JUMP_IF_NOT_NONE => &[("counter", 1)],
            _ => &[],
        }
    }
}

const PSEUDO_COUNT: usize = 12;

/// The instrumented instructions (`sys.monitoring` swaps them in at run time; the compiler never
/// emits them): name and number, as `dis.opmap` lists them after the base instructions.
pub const INSTRUMENTED: [(&str, u16); 19] = [
    ("INSTRUMENTED_RESUME", 236),
    ("INSTRUMENTED_END_FOR", 237),
    ("INSTRUMENTED_END_SEND", 238),
    ("INSTRUMENTED_RETURN_VALUE", 239),
    ("INSTRUMENTED_RETURN_CONST", 240),
    ("INSTRUMENTED_YIELD_VALUE", 241),
    ("INSTRUMENTED_LOAD_SUPER_ATTR", 242),
    ("INSTRUMENTED_FOR_ITER", 243),
    ("INSTRUMENTED_CALL", 244),
    ("INSTRUMENTED_CALL_KW", 245),
    ("INSTRUMENTED_CALL_FUNCTION_EX", 246),
    ("INSTRUMENTED_INSTRUCTION", 247),
    ("INSTRUMENTED_JUMP_FORWARD", 248),
    ("INSTRUMENTED_JUMP_BACKWARD", 249),
    ("INSTRUMENTED_POP_JUMP_IF_TRUE", 250),
    ("INSTRUMENTED_POP_JUMP_IF_FALSE", 251),
    ("INSTRUMENTED_POP_JUMP_IF_NONE", 252),
    ("INSTRUMENTED_POP_JUMP_IF_NOT_NONE", 253),
    ("INSTRUMENTED_LINE", 254),
];

/// BINARY_OP arguments (Lib/opcode.py `_nb_ops`): the operator text `dis` shows; 13..25 are the
/// in-place forms of 0..12.
pub const NB_OPS: [&str; 26] = [
    "+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^", "+=", "&=", "//=", "<<=",
    "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^=",
];

/// COMPARE_OP arguments (`cmp_op`), indexed by `oparg >> 5`.
pub const CMP_OP: [&str; 6] = ["<", "<=", "==", "!=", ">", ">="];

/// CALL_INTRINSIC_1 arguments.
pub const INTRINSIC_1: [&str; 12] = [
    "INTRINSIC_1_INVALID",
    "INTRINSIC_PRINT",
    "INTRINSIC_IMPORT_STAR",
    "INTRINSIC_STOPITERATION_ERROR",
    "INTRINSIC_ASYNC_GEN_WRAP",
    "INTRINSIC_UNARY_POSITIVE",
    "INTRINSIC_LIST_TO_TUPLE",
    "INTRINSIC_TYPEVAR",
    "INTRINSIC_PARAMSPEC",
    "INTRINSIC_TYPEVARTUPLE",
    "INTRINSIC_SUBSCRIPT_GENERIC",
    "INTRINSIC_TYPEALIAS",
];

/// CALL_INTRINSIC_2 arguments.
pub const INTRINSIC_2: [&str; 6] = [
    "INTRINSIC_2_INVALID",
    "INTRINSIC_PREP_RERAISE_STAR",
    "INTRINSIC_TYPEVAR_WITH_BOUND",
    "INTRINSIC_TYPEVAR_WITH_CONSTRAINTS",
    "INTRINSIC_SET_FUNCTION_TYPE_PARAMS",
    "INTRINSIC_SET_TYPEPARAM_DEFAULT",
];

/// SET_FUNCTION_ATTRIBUTE bits, in the order `dis` names them.
pub const FUNCTION_ATTRIBUTES: [(u32, &str); 4] = [
    (1, "defaults"),
    (2, "kwdefaults"),
    (4, "annotations"),
    (8, "closure"),
];

#[cfg(test)]
#[path = "opcode_tests.rs"]
mod tests;
