//! The runtime code object (Objects/codeobject.c `_PyCode_New`): a compiled [`Code`] with its
//! constants made objects, its names interned and its `co_code` decoded once into the
//! [`Instr`] array the eval loop dispatches on (EXTENDED_ARG folded, the step over the inline
//! CACHE units precomputed, an inline cache slot numbered for each instruction that has one).

use super::icache;
use crate::code::{kinds, Code};
use crate::objects::bodies::*;
use crate::objects::longobject;
use crate::objects::object::{alloc, ObjRef};
use crate::opcode::Op;
use crate::vm::Vm;
use std::rc::Rc;

/// Builds the runtime code object for a compiled `Code` (constants become objects, names are
/// interned, instructions decoded once).
pub fn make_code(vm: &mut Vm, code: Rc<Code>) -> ObjRef {
    let consts = code.consts.iter().map(|c| const_obj(vm, c)).collect();
    let names = code.names.iter().map(|n| vm.intern(n)).collect();
    let localsplusnames = code.localsplusnames.iter().map(|n| vm.intern(n)).collect();
    let mut instrs = Vec::with_capacity(code.code.len() / 2);
    let mut ext: u32 = 0;
    let mut slots = 0;
    for u in code.code.chunks_exact(2) {
        let arg = (ext << 8) | u[1] as u32;
        let op = Op::from_byte(u[0]).unwrap_or(Op::NOP);
        let slot = if icache::has_slot(op) {
            slots += 1;
            slots - 1
        } else {
            0
        };
        instrs.push(Instr { op, step: 1 + op.caches() as u16, arg, slot });
        ext = if u[0] == Op::EXTENDED_ARG as u8 { arg } else { 0 };
    }
    let icache = (0..slots).map(|_| icache::InlineCache::default()).collect();
    let ncells = code.localspluskinds.iter().filter(|k| **k & kinds::CO_FAST_CELL != 0).count();
    let nfrees = code.localspluskinds.iter().filter(|k| **k & kinds::CO_FAST_FREE != 0).count();
    let cell_start = code.localspluskinds.len() - nfrees;
    alloc(&vm.t.code.clone(), CodeBody { code, consts, names, localsplusnames, instrs, icache, ncells, nfrees, cell_start })
}

fn const_obj(vm: &mut Vm, c: &crate::code::Const) -> ObjRef {
    use crate::code::Const;
    match c {
        Const::None => vm.none.clone(),
        Const::Bool(b) => vm.bool(*b),
        Const::Int(i) => longobject::new_int(vm, i.clone()),
        Const::Float(f) => vm.float(*f),
        Const::Str(s) => match s.as_str() {
            Some(t) => vm.intern(t),
            None => vm.pystr(s.clone()),
        },
        Const::Ellipsis => vm.ellipsis.clone(),
        Const::Tuple(items) => {
            let v = items.iter().map(|x| const_obj(vm, x)).collect();
            vm.tuple(v)
        }
        Const::Code(c) => make_code(vm, c.clone()),
        Const::FrozenSet(items) => {
            // The compiler leaves the items in the iteration order of CPython's final frozenset;
            // they are inserted in an order that gives the same table order
            // (compile/const_set.rs `insertion_order`). Constants are hashable by construction,
            // so adding cannot fail.
            use crate::objects::setobject::{add, new_set};
            let s = new_set(vm, &vm.t.frozenset.clone());
            for i in crate::compile::const_set::insertion_order(items) {
                let o = const_obj(vm, &items[i]);
                let _ = add(vm, &s, o);
            }
            s
        }
        Const::Complex { re, im } => crate::objects::complexobject::new_complex(vm, *re, *im),
        Const::Bytes(b) => crate::objects::bytes_type::new_bytes(vm, b.to_vec()),
    }
}
