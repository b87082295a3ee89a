//! Exception handlers in the CFG: which blocks are handlers, and which handler covers each
//! instruction.
//!
//! Models `mark_except_handlers` and `label_exception_targets` in Python/flowgraph.c. The
//! second is a depth-first walk that carries a stack of active handlers: SETUP_* pushes its
//! target, POP_BLOCK pops (and becomes a NOP), every other instruction records the handler on
//! top. It also sets the "except depth 1" bit of the RESUME that follows a YIELD_VALUE.

use super::{BlockId, Cfg, CfgError, CfgResult, NO_BLOCK};
use crate::opcode::Op;

/// `RESUME_AT_FUNC_START` and `RESUME_OPARG_DEPTH1_MASK` (pycore_opcode_utils.h).
const RESUME_AT_FUNC_START: u32 = 0;
const RESUME_OPARG_DEPTH1_MASK: u32 = 4;
/// `CO_MAXBLOCKS`: the deepest handler nesting the compiler allows.
pub const CO_MAXBLOCKS: usize = 21;

/// Marks the target of every SETUP_* as an exception handler (`mark_except_handlers`).
/// Run only when the graph [has handlers](super::Cfg::has_handlers).
pub fn mark_except_handlers(g: &mut Cfg) {
    let mut b = g.entry;
    while b != NO_BLOCK {
        let blk = &g.blocks[b as usize];
        let next = blk.next;
        for i in 0..blk.instrs.len() {
            let ins = g.b(b).instrs[i];
            if ins.op.is_block_push() {
                g.bm(ins.target).except_handler = true;
            }
        }
        b = next;
    }
}

/// A stack of handler blocks; slot 0 is "no handler" (`struct _PyCfgExceptStack`).
type ExceptStack = Vec<BlockId>;

fn new_except_stack() -> ExceptStack {
    let mut v = Vec::with_capacity(4);
    v.push(NO_BLOCK);
    v
}

/// Sets `except` on every reachable instruction (`label_exception_targets`).
pub fn label_exception_targets(g: &mut Cfg) -> CfgResult<()> {
    let nblocks = g.reset_visited();
    let mut stacks: Vec<Option<ExceptStack>> = vec![None; g.blocks.len()];
    let mut todo: Vec<BlockId> = Vec::with_capacity(nblocks);
    let entry = g.entry;
    todo.push(entry);
    g.bm(entry).visited = true;
    stacks[entry as usize] = Some(new_except_stack());
    while let Some(b) = todo.pop() {
        let mut stack = stacks[b as usize].take();
        let mut handler = *stack.as_ref().unwrap().last().unwrap();
        let mut last_yield_except_depth: i32 = -1;
        // The instructions are taken out while other blocks' flags are set, then put back.
        let mut instrs = std::mem::take(&mut g.bm(b).instrs);
        let falls_through = instrs.last().is_none_or(|l| !(l.op.is_scope_exit() || l.op.is_unconditional_jump()));
        let n = instrs.len();
        let mut result = Ok(());
        for (i, ins) in instrs.iter_mut().enumerate() {
            if ins.op.is_block_push() {
                let st = stack.as_mut().unwrap();
                if !g.b(ins.target).visited {
                    stacks[ins.target as usize] = Some(st.clone());
                    todo.push(ins.target);
                    g.bm(ins.target).visited = true;
                }
                // push_except_block
                if matches!(ins.op, Op::SETUP_WITH | Op::SETUP_CLEANUP) {
                    g.bm(ins.target).preserve_lasti = true;
                }
                if st.len() > CO_MAXBLOCKS + 1 {
                    result = Err(CfgError("too many statically nested blocks"));
                    break;
                }
                st.push(ins.target);
                handler = ins.target;
            } else if ins.op == Op::POP_BLOCK {
                let st = stack.as_mut().unwrap();
                if st.len() <= 1 {
                    result = Err(CfgError("POP_BLOCK with no handler"));
                    break;
                }
                st.pop();
                handler = *st.last().unwrap();
                ins.set_op0(Op::NOP);
            } else if ins.is_jump() {
                ins.except = handler;
                debug_assert_eq!(i, n - 1);
                if !g.b(ins.target).visited {
                    if falls_through {
                        stacks[ins.target as usize] = stack.clone();
                    } else {
                        stacks[ins.target as usize] = stack.take();
                    }
                    todo.push(ins.target);
                    g.bm(ins.target).visited = true;
                }
            } else if ins.op == Op::YIELD_VALUE {
                ins.except = handler;
                last_yield_except_depth = stack.as_ref().unwrap().len() as i32 - 1;
            } else if ins.op == Op::RESUME {
                ins.except = handler;
                if ins.oparg != RESUME_AT_FUNC_START {
                    if last_yield_except_depth == 1 {
                        ins.oparg |= RESUME_OPARG_DEPTH1_MASK;
                    }
                    last_yield_except_depth = -1;
                }
            } else {
                ins.except = handler;
            }
        }
        g.bm(b).instrs = instrs;
        result?;
        let next = g.b(b).next;
        if g.b(b).has_fallthrough() && next != NO_BLOCK && !g.b(next).visited {
            stacks[next as usize] = stack;
            todo.push(next);
            g.bm(next).visited = true;
        }
    }
    Ok(())
}
