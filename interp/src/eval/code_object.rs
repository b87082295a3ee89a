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
    let entry_ip = check_stream(&mut instrs);
    let icache = (0..slots).map(|_| icache::InlineCache::default()).collect();
    let ncells = code.localspluskinds.iter().filter(|k| **k & kinds::CO_FAST_CELL != 0).count();
    let nfrees = code.localspluskinds.iter().filter(|k| **k & kinds::CO_FAST_FREE != 0).count();
    let cell_start = code.localspluskinds.len() - nfrees;
    alloc(&vm.t.code.clone(), CodeBody { code, consts, names, localsplusnames, instrs, entry_ip, icache, ncells, nfrees, cell_start })
}

/// Ends the decoded stream with a RESERVED sentinel (whose execution raises SystemError) and
/// checks that every fall-through and jump lands inside it, sentinel included: an instruction
/// that would leave the array becomes a RESERVED too. The compiler never produces such code,
/// but this makes the eval loop's unchecked instruction fetch sound for any `co_code`.
/// Returns where a function frame starts: past a leading RESUME, which pyref executes as a
/// no-op (no tracing, no eval-breaker work).
fn check_stream(instrs: &mut Vec<Instr>) -> usize {
    let n = instrs.len();
    for i in 0..n {
        let Instr { op, step, arg, .. } = instrs[i];
        let next = i + step as usize;
        let arg = arg as usize;
        let ok = next <= n
            && match op {
                _ if !op.has_jump() => true,
                Op::JUMP_BACKWARD | Op::JUMP_BACKWARD_NO_INTERRUPT => arg <= next,
                // Exhausted, FOR_ITER also steps over the END_FOR and POP_TOP at its target.
                Op::FOR_ITER => next + arg + 2 <= n,
                _ => next + arg <= n,
            };
        if !ok {
            instrs[i] = Instr { op: Op::RESERVED, step: 0, arg: 0, slot: 0 };
        }
    }
    instrs.push(Instr { op: Op::RESERVED, step: 0, arg: 0, slot: 0 });
    usize::from(instrs[0].op == Op::RESUME && instrs[0].arg == 0)
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
