//! The final shape of the code: cold-block motion, stack depth, the localsplus prefix,
//! pseudo-instruction lowering, jump normalisation and linearisation.
//!
//! Models `mark_warm`, `mark_cold`, `push_cold_blocks_to_end`, `calculate_stackdepth`,
//! `build_cellfixedoffsets`, `insert_prefix_instructions`, `fix_cell_offsets`,
//! `prepare_localsplus`, `convert_pseudo_ops`, `normalize_jumps` and
//! `_PyCfg_ToInstructionSequence` in Python/flowgraph.c.

use super::optimize::remove_redundant_nops_and_jumps;
use super::{BlockId, Cfg, CfgError, CfgInstr, CfgResult, NO_BLOCK};
use crate::code::flags::{CO_ASYNC_GENERATOR, CO_COROUTINE, CO_GENERATOR};
use crate::compile::instr_seq::{CodeUnitMetadata, ExceptHandlerInfo, Instr, InstrSequence, Location, NO_LOCATION};
use crate::opcode::Op;

/// Marks every block reachable from the entry without going through a handler (`mark_warm`).
fn mark_warm(g: &mut Cfg) {
    let n = g.reset_visited();
    let mut stack = Vec::with_capacity(n);
    let entry = g.entry;
    stack.push(entry);
    g.bm(entry).visited = true;
    while let Some(b) = stack.pop() {
        g.bm(b).warm = true;
        let next = g.b(b).next;
        if next != NO_BLOCK && g.b(b).has_fallthrough() && !g.b(next).visited {
            stack.push(next);
            g.bm(next).visited = true;
        }
        // Jumps end their blocks.
        if let Some(&ins) = g.b(b).last() {
            if ins.is_jump() && !g.b(ins.target).visited {
                stack.push(ins.target);
                g.bm(ins.target).visited = true;
            }
        }
    }
}

/// Marks the blocks reachable only from exception handlers as cold (`mark_cold`).
fn mark_cold(g: &mut Cfg) {
    mark_warm(g);
    g.reset_visited();
    let mut stack = Vec::new();
    let mut b = g.entry;
    while b != NO_BLOCK {
        if g.b(b).except_handler {
            stack.push(b);
            g.bm(b).visited = true;
        }
        b = g.b(b).next;
    }
    while let Some(b) = stack.pop() {
        g.bm(b).cold = true;
        let next = g.b(b).next;
        if next != NO_BLOCK && g.b(b).has_fallthrough() && !g.b(next).warm && !g.b(next).visited {
            stack.push(next);
            g.bm(next).visited = true;
        }
        // Jumps end their blocks.
        if let Some(&ins) = g.b(b).last() {
            if ins.is_jump() {
                let t = ins.target;
                if !g.b(t).warm && !g.b(t).visited {
                    stack.push(t);
                    g.bm(t).visited = true;
                }
            }
        }
    }
}

/// Moves cold streaks to the end in their relative order, giving a cold block that fell through
/// into a warm one an explicit JUMP_NO_INTERRUPT (`push_cold_blocks_to_end`).
pub fn push_cold_blocks_to_end(g: &mut Cfg) -> CfgResult<()> {
    let entry = g.entry;
    if g.b(entry).next == NO_BLOCK {
        return Ok(());
    }
    // Cold blocks are those reached only from handlers: without a handler there are none, and
    // nothing moves.
    let mut any_handler = false;
    let mut b = if g.has_handlers { entry } else { NO_BLOCK };
    while b != NO_BLOCK && !any_handler {
        any_handler = g.b(b).except_handler;
        b = g.b(b).next;
    }
    if !any_handler {
        return Ok(());
    }
    mark_cold(g);
    let mut next_lbl = g.max_label() + 1;

    let mut b = entry;
    while b != NO_BLOCK {
        let blk = g.b(b);
        let next = blk.next;
        if blk.cold && blk.has_fallthrough() && next != NO_BLOCK && g.b(next).warm {
            let explicit_jump = g.new_block();
            if !g.b(next).is_labelled() {
                g.bm(next).label = next_lbl;
                next_lbl += 1;
            }
            let mut ins = CfgInstr::new(Op::JUMP_NO_INTERRUPT, g.b(next).label as u32, NO_LOCATION);
            ins.target = next;
            let ej = g.bm(explicit_jump);
            ej.instrs.push(ins);
            ej.cold = true;
            ej.next = next;
            ej.predecessors = 1;
            g.bm(b).next = explicit_jump;
        }
        b = g.b(b).next;
    }

    if g.b(entry).cold {
        return Err(CfgError("the entry block cannot be cold"));
    }
    let mut cold_head = NO_BLOCK;
    let mut cold_tail = NO_BLOCK;
    let mut b = entry;
    while g.b(b).next != NO_BLOCK {
        while g.b(b).next != NO_BLOCK && !g.b(g.b(b).next).cold {
            b = g.b(b).next;
        }
        let start = g.b(b).next;
        if start == NO_BLOCK {
            break;
        }
        let mut end = start;
        while g.b(end).next != NO_BLOCK && g.b(g.b(end).next).cold {
            end = g.b(end).next;
        }
        if cold_head == NO_BLOCK {
            cold_head = start;
        } else {
            g.bm(cold_tail).next = start;
        }
        cold_tail = end;
        let after = g.b(end).next;
        g.bm(b).next = after;
        g.bm(end).next = NO_BLOCK;
    }
    g.bm(b).next = cold_head;
    if cold_head != NO_BLOCK {
        remove_redundant_nops_and_jumps(g)?;
    }
    Ok(())
}

/// The deepest value stack any path needs (`calculate_stackdepth`); also records each block's
/// entry depth, which exception handlers' table entries use.
pub fn calculate_stackdepth(g: &mut Cfg) -> CfgResult<i32> {
    let mut b = g.entry;
    while b != NO_BLOCK {
        g.bm(b).startdepth = i32::MIN;
        b = g.b(b).next;
    }
    let n = g.reset_visited();
    let mut stack: Vec<BlockId> = Vec::with_capacity(n);
    let push = |g: &mut Cfg, stack: &mut Vec<BlockId>, b: BlockId, depth: i32| -> CfgResult<()> {
        let blk = g.bm(b);
        if !(blk.startdepth < 0 || blk.startdepth == depth) {
            return Err(CfgError("Invalid CFG, inconsistent stackdepth"));
        }
        if blk.startdepth < depth && blk.startdepth < 100 {
            blk.startdepth = depth;
            stack.push(b);
        }
        Ok(())
    };
    let mut maxdepth = 0;
    let entry = g.entry;
    push(g, &mut stack, entry, 0)?;
    while let Some(b) = stack.pop() {
        let mut depth = g.b(b).startdepth;
        // The instructions are taken out while targets' entry depths are set, then put back.
        let instrs = std::mem::take(&mut g.bm(b).instrs);
        let mut result = Ok(());
        for ins in &instrs {
            let new_depth = depth + ins.op.stack_effect(ins.oparg as i32, false);
            if new_depth < 0 {
                result = Err(CfgError("Invalid CFG, stack underflow"));
                break;
            }
            maxdepth = maxdepth.max(new_depth);
            if ins.op.has_target() {
                let target_depth = depth + ins.op.stack_effect(ins.oparg as i32, true);
                maxdepth = maxdepth.max(target_depth);
                if let Err(e) = push(g, &mut stack, ins.target, target_depth) {
                    result = Err(e);
                    break;
                }
            }
            depth = new_depth;
        }
        let blk = g.bm(b);
        blk.instrs = instrs;
        result?;
        // Unconditional jumps and scope exits end their blocks: the walk falls through exactly
        // when the block does.
        let next = blk.next;
        if next != NO_BLOCK && blk.has_fallthrough() {
            push(g, &mut stack, next, depth)?;
        }
    }
    Ok(maxdepth)
}

fn is_generator(flags: u32) -> bool {
    flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR) != 0
}

/// For each cell and free variable (deref index), its localsplus slot before arg cells are
/// merged: a cell that is also a parameter uses the parameter's slot (`build_cellfixedoffsets`).
fn build_cellfixedoffsets(md: &CodeUnitMetadata) -> Vec<usize> {
    let nlocals = md.varnames.len();
    let noffsets = md.cellvars.len() + md.freevars.len();
    let mut fixed: Vec<usize> = (0..noffsets).map(|i| nlocals + i).collect();
    for (cellindex, name) in md.cellvars.iter().enumerate() {
        if let Some(argoffset) = md.varnames.iter().position(|v| v == name) {
            fixed[cellindex] = argoffset;
        }
    }
    fixed
}

/// COPY_FREE_VARS, MAKE_CELLs (in localsplus order) and RETURN_GENERATOR; POP_TOP, in front of
/// the entry block's RESUME (`insert_prefix_instructions`).
fn insert_prefix_instructions(g: &mut Cfg, md: &CodeUnitMetadata, fixed: &[usize]) {
    let entry = g.entry;
    let mut prefix: Vec<CfgInstr> = Vec::new();
    let nfreevars = md.freevars.len();
    if nfreevars > 0 {
        prefix.push(CfgInstr::new(Op::COPY_FREE_VARS, nfreevars as u32, NO_LOCATION));
    }
    let ncellvars = md.cellvars.len();
    if ncellvars > 0 {
        let nvars = ncellvars + md.varnames.len();
        let mut sorted = vec![0usize; nvars];
        for i in 0..ncellvars {
            sorted[fixed[i]] = i + 1;
        }
        for &s in &sorted {
            if s != 0 {
                prefix.push(CfgInstr::new(Op::MAKE_CELL, (s - 1) as u32, NO_LOCATION));
            }
        }
    }
    if is_generator(md.flags) {
        let loc = Location::new(md.firstlineno, md.firstlineno, -1, -1);
        prefix.push(CfgInstr::new(Op::RETURN_GENERATOR, 0, loc));
        prefix.push(CfgInstr::new(Op::POP_TOP, 0, loc));
    }
    if !prefix.is_empty() {
        g.bm(entry).instrs.splice(0..0, prefix);
    }
}

/// Rewrites deref opargs from cell/free indices to localsplus slots and returns how many cells
/// were merged into parameter slots (`fix_cell_offsets`).
fn fix_cell_offsets(g: &mut Cfg, md: &CodeUnitMetadata, fixedmap: &mut [usize]) -> usize {
    let nlocals = md.varnames.len();
    let mut numdropped = 0;
    for (i, f) in fixedmap.iter_mut().enumerate() {
        if *f == i + nlocals {
            *f -= numdropped;
        } else {
            numdropped += 1;
        }
    }
    if fixedmap.is_empty() {
        // No cell or free variable: no instruction names one.
        return 0;
    }
    let mut b = g.entry;
    while b != NO_BLOCK {
        for ins in g.bm(b).instrs.iter_mut() {
            if matches!(
                ins.op,
                Op::MAKE_CELL
                    | Op::LOAD_CLOSURE
                    | Op::LOAD_DEREF
                    | Op::STORE_DEREF
                    | Op::DELETE_DEREF
                    | Op::LOAD_FROM_DICT_OR_DEREF
            ) {
                ins.oparg = fixedmap[ins.oparg as usize] as u32;
            }
        }
        b = g.b(b).next;
    }
    numdropped
}

/// `prepare_localsplus`: returns the number of localsplus slots.
pub fn prepare_localsplus(g: &mut Cfg, md: &CodeUnitMetadata) -> usize {
    let nlocalsplus = md.varnames.len() + md.cellvars.len() + md.freevars.len();
    let mut fixed = build_cellfixedoffsets(md);
    insert_prefix_instructions(g, md, &fixed);
    let numdropped = fix_cell_offsets(g, md, &mut fixed);
    nlocalsplus - numdropped
}

/// SETUP_* become NOPs, LOAD_CLOSURE becomes LOAD_FAST, STORE_FAST_MAYBE_NULL becomes
/// STORE_FAST (`convert_pseudo_ops`).
pub fn convert_pseudo_ops(g: &mut Cfg) -> CfgResult<()> {
    let mut b = g.entry;
    while b != NO_BLOCK {
        let blk = g.bm(b);
        for ins in blk.instrs.iter_mut() {
            if ins.op.is_block_push() {
                ins.set_op0(Op::NOP);
                blk.nop_free = false;
            } else if ins.op == Op::LOAD_CLOSURE {
                ins.op = Op::LOAD_FAST;
            } else if ins.op == Op::STORE_FAST_MAYBE_NULL {
                ins.op = Op::STORE_FAST;
            }
        }
        b = g.b(b).next;
    }
    remove_redundant_nops_and_jumps(g)
}

/// Conditional jumps can only go forward: a backward one becomes the reversed condition
/// jumping to the next block plus a new block holding a JUMP back (`normalize_jumps`).
pub fn normalize_jumps(g: &mut Cfg) {
    g.reset_visited();
    let mut b = g.entry;
    while b != NO_BLOCK {
        g.bm(b).visited = true;
        if let Some(&last) = g.b(b).last() {
            if last.is_jump() && !last.op.is_unconditional_jump() && g.b(last.target).visited {
                let reversed = match last.op {
                    Op::POP_JUMP_IF_NOT_NONE => Some(Op::POP_JUMP_IF_NONE),
                    Op::POP_JUMP_IF_NONE => Some(Op::POP_JUMP_IF_NOT_NONE),
                    Op::POP_JUMP_IF_FALSE => Some(Op::POP_JUMP_IF_TRUE),
                    Op::POP_JUMP_IF_TRUE => Some(Op::POP_JUMP_IF_FALSE),
                    _ => None,
                };
                let backwards_jump = g.new_block();
                g.add_jump(backwards_jump, Op::JUMP, last.target, last.loc);
                let next = g.b(b).next;
                {
                    let l = g.bm(b).instrs.last_mut().unwrap();
                    // CPython sets opcode 0 (CACHE) for FOR_ITER/SEND, which never jump back.
                    l.op = reversed.unwrap_or(Op::CACHE);
                    l.target = next;
                }
                let cold = g.b(b).cold;
                let bj = g.bm(backwards_jump);
                bj.cold = cold;
                bj.next = next;
                g.bm(b).next = backwards_jump;
            }
        }
        b = g.b(b).next;
    }
}

/// Writes the blocks out in layout order as one sequence (`_PyCfg_ToInstructionSequence`
/// followed by the label resolution of `_PyInstructionSequence_ApplyLabelMap`): a jump's oparg
/// and a handler's label are the index of the first instruction at or after the target block, so
/// the sequence needs no label table. Each instruction carries its handler's label, entry depth
/// and lasti flag.
pub fn to_instr_sequence(g: &mut Cfg) -> InstrSequence {
    // Each block's label becomes the index of its first instruction.
    let mut total = 0usize;
    let mut b = g.entry;
    while b != NO_BLOCK {
        let blk = g.bm(b);
        blk.label = total as i32;
        total += blk.instrs.len();
        b = blk.next;
    }
    let mut seq = InstrSequence::pooled(total);
    // Handler infos only when the code has handlers (the assembler reads an empty list as
    // "none anywhere"; only `label_exception_targets` sets handlers, and only in such code).
    let any_handler = g.has_handlers;
    if any_handler {
        seq.except_info.reserve(total);
    }
    let mut b = g.entry;
    while b != NO_BLOCK {
        let blk = g.b(b);
        seq.instrs.extend(blk.instrs.iter().map(|ins| {
            let oparg = if ins.op.has_target() { g.b(ins.target).label as u32 } else { ins.oparg };
            Instr { op: ins.op, oparg, loc: ins.loc }
        }));
        if any_handler {
            seq.except_info.extend(blk.instrs.iter().map(|ins| {
                if ins.except != NO_BLOCK {
                    let h = g.b(ins.except);
                    ExceptHandlerInfo { label: Some(h.label as u32), startdepth: h.startdepth, preserve_lasti: h.preserve_lasti }
                } else {
                    ExceptHandlerInfo::NONE
                }
            }));
        }
        b = blk.next;
    }
    seq
}
