//! Passes after the main optimiser that look at constants and local variables.
//!
//! Models `remove_unused_consts`, `add_checks_for_loads_of_uninitialized_variables` (with
//! `scan_block_for_locals` and `fast_scan_many_locals`) and `insert_superinstructions` in
//! Python/flowgraph.c.

use super::optimize::remove_redundant_nops;
use super::{BlockId, Cfg, CfgInstr, NO_BLOCK};
use crate::code::Const;
use crate::opcode::Op;

/// Drops constants no instruction uses, keeping slot 0 (it may be the docstring), and renumbers
/// the opargs (`remove_unused_consts`).
pub fn remove_unused_consts(g: &mut Cfg, consts: &mut Vec<Const>) {
    let n = consts.len();
    if n == 0 {
        return;
    }
    let mut used = vec![false; n];
    used[0] = true;
    let order = g.order();
    for &b in &order {
        for ins in &g.b(b).instrs {
            if ins.op.has_const() {
                used[ins.oparg as usize] = true;
            }
        }
    }
    if used.iter().all(|&u| u) {
        return;
    }
    let mut reverse = vec![u32::MAX; n];
    let mut kept = 0usize;
    for i in 0..n {
        if used[i] {
            reverse[i] = kept as u32;
            if kept != i {
                consts.swap(kept, i);
            }
            kept += 1;
        }
    }
    consts.truncate(kept);
    for &b in &order {
        for ins in g.bm(b).instrs.iter_mut() {
            if ins.op.has_const() {
                ins.oparg = reverse[ins.oparg as usize];
            }
        }
    }
}

/// Pushes `b` for (re)scanning if `mask` adds possibly-unbound locals to what it knew
/// (`maybe_push`). `visited` means "on the stack".
fn maybe_push(g: &mut Cfg, b: BlockId, mask: u64, stack: &mut Vec<BlockId>) {
    let blk = g.bm(b);
    let both = blk.unsafe_locals_mask | mask;
    if blk.unsafe_locals_mask != both {
        blk.unsafe_locals_mask = both;
        if !blk.visited {
            stack.push(b);
            blk.visited = true;
        }
    }
}

/// Walks one block with its incoming "maybe unbound" mask, turning LOAD_FAST of a maybe-unbound
/// local into LOAD_FAST_CHECK, and passes the mask on to handlers and successors
/// (`scan_block_for_locals`).
fn scan_block_for_locals(g: &mut Cfg, b: BlockId, stack: &mut Vec<BlockId>) {
    let blk = g.bm(b);
    let mut unsafe_mask = blk.unsafe_locals_mask;
    // A scan depends only on the incoming mask (a LOAD_FAST it turned into LOAD_FAST_CHECK
    // clears its bit the same way): a block already scanned with this mask has nothing new.
    blk.scanned_mask = unsafe_mask;
    // The instructions are taken out while the walk updates other blocks' masks (maybe_push
    // reads and writes only masks and flags), then put back.
    let mut instrs = std::mem::take(&mut blk.instrs);
    // maybe_push changes nothing when repeated with the same block and mask (the usual case
    // along the instructions a handler covers).
    let mut pushed = (NO_BLOCK, 0u64);
    for ins in instrs.iter_mut() {
        if ins.except != NO_BLOCK && (ins.except, unsafe_mask) != pushed {
            maybe_push(g, ins.except, unsafe_mask, stack);
            pushed = (ins.except, unsafe_mask);
        }
        let op = ins.op;
        if !matches!(
            op,
            Op::LOAD_FAST
                | Op::STORE_FAST
                | Op::DELETE_FAST
                | Op::LOAD_FAST_AND_CLEAR
                | Op::STORE_FAST_MAYBE_NULL
                | Op::LOAD_FAST_CHECK
        ) || ins.oparg >= 64
        {
            continue;
        }
        let bit = 1u64 << ins.oparg;
        match op {
            Op::DELETE_FAST | Op::LOAD_FAST_AND_CLEAR | Op::STORE_FAST_MAYBE_NULL => unsafe_mask |= bit,
            Op::STORE_FAST | Op::LOAD_FAST_CHECK => unsafe_mask &= !bit,
            _ => {
                // LOAD_FAST
                if unsafe_mask & bit != 0 {
                    ins.op = Op::LOAD_FAST_CHECK;
                }
                unsafe_mask &= !bit;
            }
        }
    }
    g.bm(b).instrs = instrs;
    let blk = g.b(b);
    let next = blk.next;
    let last = blk.last().copied();
    if next != NO_BLOCK && blk.has_fallthrough() {
        maybe_push(g, next, unsafe_mask, stack);
    }
    if let Some(last) = last {
        if last.is_jump() {
            maybe_push(g, last.target, unsafe_mask, stack);
        }
    }
}

/// Locals past the 64th are tracked within single blocks only (`fast_scan_many_locals`).
fn fast_scan_many_locals(g: &mut Cfg, nlocals: usize) {
    let mut states = vec![0usize; nlocals - 64];
    let mut blocknum = 0usize;
    let mut b = g.entry;
    while b != NO_BLOCK {
        blocknum += 1;
        for ins in g.bm(b).instrs.iter_mut() {
            let arg = ins.oparg as usize;
            if arg < 64 {
                continue;
            }
            match ins.op {
                Op::DELETE_FAST | Op::LOAD_FAST_AND_CLEAR | Op::STORE_FAST_MAYBE_NULL => {
                    states[arg - 64] = blocknum - 1
                }
                Op::STORE_FAST => states[arg - 64] = blocknum,
                Op::LOAD_FAST => {
                    if states[arg - 64] != blocknum {
                        ins.op = Op::LOAD_FAST_CHECK;
                    }
                    states[arg - 64] = blocknum;
                }
                _ => {}
            }
        }
        b = g.b(b).next;
    }
}

/// `add_checks_for_loads_of_uninitialized_variables`.
pub fn add_checks_for_loads_of_uninitialized_variables(g: &mut Cfg, nlocals: usize, nparams: usize) {
    if nlocals == 0 {
        return;
    }
    let mut nlocals = nlocals;
    if nlocals > 64 {
        fast_scan_many_locals(g, nlocals);
        nlocals = 64;
    }
    let n = g.reset_visited();
    let mut stack = Vec::with_capacity(n);
    // Non-parameters are unbound on entry.
    let mut start_mask = 0u64;
    for i in nparams..nlocals {
        start_mask |= 1u64 << i;
    }
    let entry = g.entry;
    maybe_push(g, entry, start_mask, &mut stack);
    // DELETE_FAST and friends can appear anywhere: scan every block once.
    let mut b = g.entry;
    while b != NO_BLOCK {
        scan_block_for_locals(g, b, &mut stack);
        b = g.b(b).next;
    }
    while let Some(b) = stack.pop() {
        let blk = g.bm(b);
        blk.visited = false;
        if blk.scanned_mask != blk.unsafe_locals_mask {
            scan_block_for_locals(g, b, &mut stack);
        }
    }
}

/// Fuses `inst1; inst2` into `super_op` when both opargs fit in 4 bits and the lines agree
/// (`make_super_instruction`).
/// Returns whether it fused them (leaving a NOP).
fn make_super_instruction(instrs: &mut [CfgInstr], i: usize, super_op: Op) -> bool {
    let (a, b) = (instrs[i], instrs[i + 1]);
    let (line1, line2) = (a.loc.lineno, b.loc.lineno);
    if line1 >= 0 && line2 >= 0 && line1 != line2 {
        return false;
    }
    if a.oparg >= 16 || b.oparg >= 16 {
        return false;
    }
    instrs[i].set_op1(super_op, (a.oparg << 4) | b.oparg);
    instrs[i + 1].set_op0(Op::NOP);
    true
}

/// LOAD_FAST_LOAD_FAST, STORE_FAST_LOAD_FAST, STORE_FAST_STORE_FAST (`insert_superinstructions`).
pub fn insert_superinstructions(g: &mut Cfg) {
    let mut b = g.entry;
    while b != NO_BLOCK {
        let blk = g.bm(b);
        let before = blk.nop_free;
        let instrs = &mut blk.instrs;
        let mut fused = false;
        for i in 0..instrs.len() {
            let nextop = instrs.get(i + 1).map(|x| x.op);
            match (instrs[i].op, nextop) {
                (Op::LOAD_FAST, Some(Op::LOAD_FAST)) => fused |= make_super_instruction(instrs, i, Op::LOAD_FAST_LOAD_FAST),
                (Op::STORE_FAST, Some(Op::LOAD_FAST)) => fused |= make_super_instruction(instrs, i, Op::STORE_FAST_LOAD_FAST),
                (Op::STORE_FAST, Some(Op::STORE_FAST)) => fused |= make_super_instruction(instrs, i, Op::STORE_FAST_STORE_FAST),
                _ => {}
            }
        }
        blk.nop_free = before && !fused;
        b = g.b(b).next;
    }
    remove_redundant_nops(g);
}
