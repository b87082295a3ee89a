//! The optimisations of `optimize_cfg` in Python/flowgraph.c, in its order:
//! inlining of small exit blocks and line-less blocks, unreachable-code removal, line-number
//! resolution, constant-driven rewrites (`optimize_load_const`), the per-block peephole pass
//! (`optimize_basic_block`: tuple folding, jump threading, fused instructions, `swaptimize`,
//! `apply_static_swaps`), removal of redundant constant/POP_TOP pairs, and NOP/jump removal to a
//! fixed point. NOP removal is the rule that decides which source lines `dis` shows.

use super::lines::resolve_line_numbers;
use super::{BlockId, Cfg, CfgError, CfgInstr, CfgResult, NO_BLOCK};
use crate::code::Const;
use crate::compile::instr_seq::NO_LOCATION;
use crate::opcode::Op;
use std::rc::Rc;

/// Blocks up to this size that end the scope are copied instead of jumped to (`MAX_COPY_SIZE`).
const MAX_COPY_SIZE: usize = 4;

/// `optimize_cfg`.
pub fn optimize_cfg(g: &mut Cfg, consts: &mut Vec<Const>, firstlineno: i32) -> CfgResult<()> {
    // `check_cfg` (a terminator must end its block) holds by construction: the graph is built
    // with a block boundary after every terminator, and nothing before this adds instructions.
    inline_small_or_no_lineno_blocks(g);
    remove_unreachable(g);
    resolve_line_numbers(g, firstlineno);
    optimize_load_const(g, consts)?;
    let mut b = g.entry;
    while b != NO_BLOCK {
        optimize_basic_block(g, b, consts)?;
        b = g.b(b).next;
    }
    remove_redundant_nops_and_pairs(g);
    remove_unreachable(g);
    remove_redundant_nops_and_jumps(g)?;
    Ok(())
}

/// Replaces a trailing unconditional jump by a copy of its target when the target is a small
/// exit block or has no line numbers and no fallthrough
/// (`basicblock_inline_small_or_no_lineno_blocks`).
fn inline_block(g: &mut Cfg, b: BlockId) -> bool {
    let Some(&last) = g.b(b).last() else { return false };
    if !last.op.is_unconditional_jump() {
        return false;
    }
    let target = last.target;
    let t = g.b(target);
    let small_exit_block = t.exits_scope() && t.instrs.len() <= MAX_COPY_SIZE;
    let no_lineno_no_fallthrough = t.has_no_lineno() && !t.has_fallthrough();
    if !(small_exit_block || no_lineno_no_fallthrough) {
        return false;
    }
    let removed_jump_op = last.op;
    let copied = t.instrs.clone();
    let blk = g.bm(b);
    blk.instrs.last_mut().unwrap().set_op0(Op::NOP);
    blk.instrs.extend_from_slice(&copied);
    if no_lineno_no_fallthrough {
        let l = blk.instrs.last_mut().unwrap();
        if l.op.is_unconditional_jump() && removed_jump_op == Op::JUMP {
            // Keep the eval-breaker check of the jump we removed.
            l.op = Op::JUMP;
        }
    }
    g.bm(target).predecessors -= 1;
    true
}

fn inline_small_or_no_lineno_blocks(g: &mut Cfg) {
    loop {
        let mut changes = false;
        let mut b = g.entry;
        while b != NO_BLOCK {
            if inline_block(g, b) {
                changes = true;
            }
            b = g.b(b).next;
        }
        if !changes {
            break;
        }
    }
}

/// Counts predecessors by a walk from the entry (following fallthrough, jumps and handler
/// pushes) and empties every block with none (`remove_unreachable`).
pub fn remove_unreachable(g: &mut Cfg) {
    let mut n = 0;
    let mut b = g.entry;
    while b != NO_BLOCK {
        let blk = g.bm(b);
        blk.predecessors = 0;
        blk.visited = false;
        n += 1;
        b = blk.next;
    }
    let mut stack: Vec<BlockId> = Vec::with_capacity(n);
    let entry = g.entry;
    g.bm(entry).predecessors = 1;
    g.bm(entry).visited = true;
    stack.push(entry);
    // Jumps end their blocks, so without SETUP_* only the last instruction can have a target.
    // The reachable set and the counts do not depend on the order blocks are walked in.
    let all_targets = g.has_handlers;
    let visit = |g: &mut Cfg, stack: &mut Vec<BlockId>, t: BlockId| {
        let tb = g.bm(t);
        if !tb.visited {
            tb.visited = true;
            stack.push(t);
        }
        tb.predecessors += 1;
    };
    while let Some(b) = stack.pop() {
        let blk = &g.blocks[b as usize];
        let next = blk.next;
        if next != NO_BLOCK && blk.has_fallthrough() {
            visit(g, &mut stack, next);
        }
        if all_targets {
            for i in 0..g.b(b).instrs.len() {
                let ins = &g.b(b).instrs[i];
                if ins.op.has_target() {
                    let t = ins.target;
                    visit(g, &mut stack, t);
                }
            }
        } else if let Some(l) = g.b(b).instrs.last().filter(|l| l.op.has_target()) {
            let t = l.target;
            visit(g, &mut stack, t);
        }
    }
    let mut b = g.entry;
    while b != NO_BLOCK {
        let blk = g.bm(b);
        if blk.predecessors == 0 {
            blk.instrs.clear();
            blk.except_handler = false;
        }
        b = blk.next;
    }
}

/// Removes the NOPs of one block that carry no line of their own
/// (`basicblock_remove_redundant_nops`). A NOP stays only when it is the sole instruction of its
/// line: it goes if it has no line, if the previous kept instruction or the next instruction has
/// the same line, if the next instruction has no line (which then takes the NOP's location), or
/// if it ends the block and the next non-empty block starts on its line. Returns the number removed.
pub fn remove_redundant_nops_in_block(g: &mut Cfg, b: BlockId) -> usize {
    // Most blocks hold no NOP once the first removal has run: nothing to do then.
    let blk = g.bm(b);
    if blk.nop_free {
        debug_assert!(blk.instrs.iter().all(|i| i.op != Op::NOP), "a NOP in a block marked free of them");
        return 0;
    }
    let Some(first_nop) = blk.instrs.iter().position(|i| i.op == Op::NOP) else {
        blk.nop_free = true;
        return 0;
    };
    // The first located instruction of the following non-empty block, looked up only if needed.
    let next_block_line = |g: &Cfg| -> Option<i32> {
        let next = g.next_nonempty_block(g.b(b).next);
        if next == NO_BLOCK {
            return None;
        }
        let mut loc = NO_LOCATION;
        for ins in &g.b(next).instrs {
            if ins.op == Op::NOP && ins.loc.lineno == NO_LOCATION.lineno {
                continue;
            }
            loc = ins.loc;
            break;
        }
        Some(loc.lineno)
    };
    // Only the last instruction may need the next block's line; look it up before borrowing the
    // block's instructions mutably.
    let n = g.b(b).instrs.len();
    let last = g.b(b).instrs[n - 1];
    // (The last instruction's line may change below, when a NOP before it hands it its own.)
    let next_line = if last.op == Op::NOP { next_block_line(g) } else { None };
    let blk = g.bm(b);
    let instrs = &mut blk.instrs;
    let mut kept_nop = false;
    let mut dest = first_nop;
    let mut prev_lineno = if first_nop > 0 { instrs[first_nop - 1].loc.lineno } else { -1 };
    for src in first_nop..n {
        let ins = instrs[src];
        let lineno = ins.loc.lineno;
        if ins.op == Op::NOP {
            if lineno < 0 {
                continue;
            }
            if prev_lineno == lineno {
                continue;
            }
            if src < n - 1 {
                let next_lineno = instrs[src + 1].loc.lineno;
                if next_lineno == lineno {
                    continue;
                }
                if next_lineno < 0 {
                    instrs[src + 1].loc = ins.loc;
                    continue;
                }
            } else if next_line == Some(lineno) {
                continue;
            }
        }
        kept_nop |= ins.op == Op::NOP;
        instrs[dest] = ins;
        dest += 1;
        prev_lineno = lineno;
    }
    instrs.truncate(dest);
    blk.nop_free = !kept_nop;
    n - dest
}

pub fn remove_redundant_nops(g: &mut Cfg) -> usize {
    let mut changes = 0;
    let mut b = g.entry;
    while b != NO_BLOCK {
        changes += remove_redundant_nops_in_block(g, b);
        b = g.b(b).next;
    }
    changes
}

/// `LOAD_CONST x; POP_TOP` and `COPY 1; POP_TOP` become two NOPs, also across a fallthrough into
/// an unlabelled block; repeated until nothing changes (`remove_redundant_nops_and_pairs`).
fn remove_redundant_nops_and_pairs(g: &mut Cfg) {
    let mut done = false;
    while !done {
        done = true;
        let mut instr: Option<(BlockId, usize)> = None;
        let mut b = g.entry;
        while b != NO_BLOCK {
            remove_redundant_nops_in_block(g, b);
            if g.b(b).is_labelled() {
                instr = None;
            }
            for i in 0..g.b(b).instrs.len() {
                let prev = instr;
                instr = Some((b, i));
                let (prev_op, prev_oparg) = match prev {
                    Some((pb, pi)) => {
                        let p = &g.b(pb).instrs[pi];
                        (Some(p.op), p.oparg)
                    }
                    None => (None, 0),
                };
                if g.b(b).instrs[i].op == Op::POP_TOP
                    && (prev_op == Some(Op::LOAD_CONST) || (prev_op == Some(Op::COPY) && prev_oparg == 1))
                {
                    let (pb, pi) = prev.unwrap();
                    let p = g.bm(pb);
                    p.instrs[pi].set_op0(Op::NOP);
                    p.nop_free = false;
                    let blk = g.bm(b);
                    blk.instrs[i].set_op0(Op::NOP);
                    blk.nop_free = false;
                    done = false;
                }
            }
            let ends_in_jump = instr.is_some_and(|(ib, ii)| g.b(ib).instrs[ii].is_jump());
            if ends_in_jump || !g.b(b).has_fallthrough() {
                instr = None;
            }
            b = g.b(b).next;
        }
    }
}

/// An unconditional jump to the next non-empty block becomes a NOP (`remove_redundant_jumps`).
fn remove_redundant_jumps(g: &mut Cfg) -> CfgResult<usize> {
    let mut changes = 0;
    let mut b = g.entry;
    while b != NO_BLOCK {
        if let Some(&last) = g.b(b).last() {
            if last.op.is_unconditional_jump() {
                let jump_target = g.next_nonempty_block(last.target);
                if jump_target == NO_BLOCK {
                    return Err(CfgError("jump with NULL target"));
                }
                let next = g.next_nonempty_block(g.b(b).next);
                if jump_target == next {
                    changes += 1;
                    let blk = g.bm(b);
                    blk.instrs.last_mut().unwrap().set_op0(Op::NOP);
                    blk.nop_free = false;
                }
            }
        }
        b = g.b(b).next;
    }
    Ok(changes)
}

/// `remove_redundant_nops_and_jumps`: both removals until neither finds anything.
pub fn remove_redundant_nops_and_jumps(g: &mut Cfg) -> CfgResult<()> {
    loop {
        let nops = remove_redundant_nops(g);
        let jumps = remove_redundant_jumps(g)?;
        if nops + jumps == 0 {
            return Ok(());
        }
    }
}

/// Finds `c` in `consts` by constant key, appending it if absent (`add_const`).
pub fn add_const(consts: &mut Vec<Const>, c: Const) -> u32 {
    if let Some(i) = consts.iter().position(|x| x.same_key(&c)) {
        return i as u32;
    }
    consts.push(c);
    (consts.len() - 1) as u32
}

fn const_at(consts: &[Const], oparg: u32) -> CfgResult<&Const> {
    consts
        .get(oparg as usize)
        .ok_or(CfgError("Internal error: failed to get value of a constant"))
}

/// Rewrites driven by a LOAD_CONST and the instruction after it (`basicblock_optimize_load_const`).
fn optimize_load_const_in_block(g: &mut Cfg, b: BlockId, consts: &mut Vec<Const>) -> CfgResult<()> {
    let instrs = &mut g.bm(b).instrs;
    let mut opcode = Op::NOP;
    let mut oparg = 0;
    let mut i = 0;
    let n = instrs.len();
    while i < n {
        if opcode != Op::LOAD_CONST {
            // Nothing happens until the next LOAD_CONST (a COPY counts only right after one).
            while i < n && instrs[i].op != Op::LOAD_CONST {
                i += 1;
            }
            if i == n {
                break;
            }
        }
        let inst = instrs[i];
        let is_copy_of_load_const = opcode == Op::LOAD_CONST && inst.op == Op::COPY && inst.oparg == 1;
        if !is_copy_of_load_const {
            opcode = inst.op;
            oparg = inst.oparg;
        }
        if opcode != Op::LOAD_CONST {
            i += 1;
            continue;
        }
        let nextop = instrs.get(i + 1).map(|x| x.op);
        match nextop {
            Some(Op::POP_JUMP_IF_FALSE) | Some(Op::POP_JUMP_IF_TRUE) => {
                let is_true = const_at(consts, oparg)?.is_true();
                instrs[i].set_op0(Op::NOP);
                let jump_if_true = nextop == Some(Op::POP_JUMP_IF_TRUE);
                if is_true == jump_if_true {
                    instrs[i + 1].op = Op::JUMP;
                } else {
                    instrs[i + 1].set_op0(Op::NOP);
                }
            }
            Some(Op::IS_OP) => {
                // LOAD_CONST None; IS_OP k; [TO_BOOL]; POP_JUMP_IF_x -> POP_JUMP_IF_[NOT_]NONE.
                if matches!(const_at(consts, oparg)?, Const::None) && instrs.len() > i + 2 {
                    let mut j = i + 2;
                    let mut ok = true;
                    if instrs[j].op == Op::TO_BOOL {
                        instrs[j].set_op0(Op::NOP);
                        if instrs.len() <= i + 3 {
                            ok = false;
                        }
                        j = i + 3;
                    }
                    if ok {
                        let mut invert = instrs[i + 1].oparg != 0;
                        let jop = instrs[j].op;
                        if jop == Op::POP_JUMP_IF_FALSE {
                            invert = !invert;
                        }
                        if jop == Op::POP_JUMP_IF_FALSE || jop == Op::POP_JUMP_IF_TRUE {
                            instrs[i].set_op0(Op::NOP);
                            instrs[i + 1].set_op0(Op::NOP);
                            instrs[j].op = if invert { Op::POP_JUMP_IF_NOT_NONE } else { Op::POP_JUMP_IF_NONE };
                        }
                    }
                }
            }
            Some(Op::RETURN_VALUE) => {
                instrs[i].set_op0(Op::NOP);
                i += 1;
                instrs[i].set_op1(Op::RETURN_CONST, oparg);
            }
            Some(Op::TO_BOOL) => {
                let is_true = const_at(consts, oparg)?.is_true();
                let index = add_const(consts, Const::Bool(is_true));
                instrs[i].set_op0(Op::NOP);
                instrs[i + 1].set_op1(Op::LOAD_CONST, index);
            }
            _ => {}
        }
        i += 1;
    }
    Ok(())
}

fn optimize_load_const(g: &mut Cfg, consts: &mut Vec<Const>) -> CfgResult<()> {
    let mut b = g.entry;
    while b != NO_BLOCK {
        optimize_load_const_in_block(g, b, consts)?;
        b = g.b(b).next;
    }
    Ok(())
}

/// `LOAD_CONST c1 .. LOAD_CONST cn; BUILD_TUPLE n` -> `LOAD_CONST (c1, .., cn)`
/// (`fold_tuple_on_constants`). `start` is the index of the first LOAD_CONST.
fn fold_tuple_on_constants(instrs: &mut [CfgInstr], start: usize, n: usize, consts: &mut Vec<Const>) -> CfgResult<()> {
    if !instrs[start..start + n].iter().all(|i| i.op.has_const()) {
        return Ok(());
    }
    let mut items = Vec::with_capacity(n);
    for ins in &instrs[start..start + n] {
        if ins.op != Op::LOAD_CONST {
            return Err(CfgError("Internal error: failed to get value of a constant"));
        }
        items.push(const_at(consts, ins.oparg)?.clone());
    }
    let index = add_const(consts, Const::Tuple(Rc::from(items)));
    for ins in &mut instrs[start..start + n] {
        ins.set_op0(Op::NOP);
    }
    instrs[start + n].set_op1(Op::LOAD_CONST, index);
    Ok(())
}

/// Replaces the trailing jump `instrs[i]` of block `b` by a NOP plus a jump to `target`'s target
/// with `target`'s location (`jump_thread`). Returns whether it changed anything.
fn jump_thread(g: &mut Cfg, b: BlockId, i: usize, target: CfgInstr, op: Op) -> bool {
    let inst = g.b(b).instrs[i];
    debug_assert_eq!(i, g.b(b).instrs.len() - 1);
    if inst.target != target.target {
        g.bm(b).instrs[i].set_op0(Op::NOP);
        g.add_jump(b, op, target.target, target.loc);
        return true;
    }
    false
}

/// The per-block peephole optimiser (`optimize_basic_block`).
fn optimize_basic_block(g: &mut Cfg, b: BlockId, consts: &mut Vec<Const>) -> CfgResult<()> {
    // Whether the block holds a SWAP for the swap pass below (SWAPs come from codegen or from
    // BUILD_TUPLE/UNPACK_SEQUENCE here).
    let mut any_swap = false;
    let mut i = 0usize;
    loop {
        let instrs = &g.b(b).instrs;
        let Some(inst) = instrs.get(i) else { break };
        let opcode = inst.op;
        let oparg = inst.oparg;
        let next = instrs.get(i + 1);
        let nextop = next.map(|n| n.op);
        match opcode {
            Op::BUILD_TUPLE => {
                let next_oparg = next.map_or(0, |n| n.oparg);
                let instrs = &mut g.bm(b).instrs;
                if nextop == Some(Op::UNPACK_SEQUENCE) && oparg == next_oparg {
                    match oparg {
                        1 => {
                            instrs[i].set_op0(Op::NOP);
                            instrs[i + 1].set_op0(Op::NOP);
                            i += 1;
                            continue;
                        }
                        2 | 3 => {
                            instrs[i].set_op0(Op::NOP);
                            instrs[i + 1].op = Op::SWAP;
                            any_swap = true;
                            i += 1;
                            continue;
                        }
                        _ => {}
                    }
                }
                if i >= oparg as usize {
                    fold_tuple_on_constants(instrs, i - oparg as usize, oparg as usize, consts)?;
                }
            }
            Op::POP_JUMP_IF_NOT_NONE | Op::POP_JUMP_IF_NONE | Op::POP_JUMP_IF_FALSE | Op::POP_JUMP_IF_TRUE => {
                if let Some(&target) = g.b(inst.target).instrs.first() {
                    if target.op == Op::JUMP && jump_thread(g, b, i, target, opcode) {
                        // The jump moved to the end of the block: look at it again.
                        continue;
                    }
                }
            }
            Op::JUMP | Op::JUMP_NO_INTERRUPT => {
                if let Some(&target) = g.b(inst.target).instrs.first() {
                    let threaded = match target.op {
                        Op::JUMP => jump_thread(g, b, i, target, Op::JUMP),
                        Op::JUMP_NO_INTERRUPT => jump_thread(g, b, i, target, opcode),
                        _ => false,
                    };
                    if threaded {
                        continue;
                    }
                }
            }
            Op::STORE_FAST => {
                if let Some(n) = next {
                    if n.op == opcode && oparg == n.oparg && inst.loc.lineno == n.loc.lineno {
                        g.bm(b).instrs[i].set_op0(Op::POP_TOP);
                    }
                }
            }
            Op::SWAP => {
                if oparg == 1 {
                    g.bm(b).instrs[i].set_op0(Op::NOP);
                } else {
                    any_swap = true;
                }
            }
            Op::LOAD_GLOBAL => {
                if nextop == Some(Op::PUSH_NULL) && oparg & 1 == 0 {
                    let instrs = &mut g.bm(b).instrs;
                    instrs[i].set_op1(Op::LOAD_GLOBAL, oparg | 1);
                    instrs[i + 1].set_op0(Op::NOP);
                }
            }
            Op::COMPARE_OP => {
                if nextop == Some(Op::TO_BOOL) {
                    let instrs = &mut g.bm(b).instrs;
                    instrs[i].set_op0(Op::NOP);
                    instrs[i + 1].set_op1(Op::COMPARE_OP, oparg | 16);
                    i += 1;
                    continue;
                }
            }
            Op::CONTAINS_OP | Op::IS_OP => {
                if nextop == Some(Op::TO_BOOL) {
                    let instrs = &mut g.bm(b).instrs;
                    instrs[i].set_op0(Op::NOP);
                    instrs[i + 1].set_op1(opcode, oparg);
                    i += 1;
                    continue;
                }
            }
            Op::TO_BOOL => {
                if nextop == Some(Op::TO_BOOL) {
                    g.bm(b).instrs[i].set_op0(Op::NOP);
                    i += 1;
                    continue;
                }
            }
            Op::UNARY_NOT => {
                if nextop == Some(Op::TO_BOOL) {
                    let instrs = &mut g.bm(b).instrs;
                    instrs[i].set_op0(Op::NOP);
                    instrs[i + 1].set_op0(Op::UNARY_NOT);
                    i += 1;
                    continue;
                }
                if nextop == Some(Op::UNARY_NOT) {
                    let instrs = &mut g.bm(b).instrs;
                    instrs[i].set_op0(Op::NOP);
                    instrs[i + 1].set_op0(Op::NOP);
                    i += 1;
                    continue;
                }
            }
            _ => {}
        }
        i += 1;
    }
    if !any_swap {
        return Ok(());
    }
    let instrs = &mut g.bm(b).instrs;
    let mut i = 0;
    while i < instrs.len() {
        if instrs[i].op == Op::SWAP {
            swaptimize(instrs, &mut i);
            apply_static_swaps(instrs, i as isize);
        }
        i += 1;
    }
    Ok(())
}

/// Replaces a run of SWAPs and NOPs starting at `*ix` by the shortest SWAP sequence with the same
/// effect, and leaves `*ix` on the run's last instruction (`swaptimize`).
fn swaptimize(instrs: &mut [CfgInstr], ix: &mut usize) {
    const VISITED: i32 = -1;
    let run = &mut instrs[*ix..];
    debug_assert_eq!(run[0].op, Op::SWAP);
    let mut depth = run[0].oparg as usize;
    let mut len = 0;
    let mut more = false;
    let limit = run.len();
    loop {
        len += 1;
        if len >= limit {
            break;
        }
        match run[len].op {
            Op::SWAP => {
                depth = depth.max(run[len].oparg as usize);
                more = true;
            }
            Op::NOP => {}
            _ => break,
        }
    }
    if !more {
        return;
    }
    // Simulate the run on a stack of positions 0..depth.
    let mut stack: Vec<i32> = (0..depth as i32).collect();
    for ins in &run[..len] {
        if ins.op == Op::SWAP {
            let k = ins.oparg as usize - 1;
            stack.swap(0, k);
        }
    }
    // Emit the cycles of the permutation back to front, as SWAPs through the top.
    let mut current = len as isize - 1;
    for i in 0..depth {
        if stack[i] == VISITED || stack[i] == i as i32 {
            continue;
        }
        let mut j = i;
        loop {
            if j != 0 {
                let ins = &mut run[current as usize];
                ins.op = Op::SWAP;
                ins.oparg = j as u32 + 1;
                current -= 1;
            }
            if stack[j] == VISITED {
                debug_assert_eq!(j, i);
                break;
            }
            let next_j = stack[j] as usize;
            stack[j] = VISITED;
            j = next_j;
        }
    }
    while current >= 0 {
        run[current as usize].set_op0(Op::NOP);
        current -= 1;
    }
    *ix += len - 1;
}

/// Instructions that only pop the top of the stack and can be reordered (`SWAPPABLE`).
fn swappable(op: Op) -> bool {
    matches!(op, Op::STORE_FAST | Op::STORE_FAST_MAYBE_NULL | Op::POP_TOP)
}

/// The local an instruction stores to, if any (`STORES_TO`).
fn stores_to(ins: &CfgInstr) -> i64 {
    if matches!(ins.op, Op::STORE_FAST | Op::STORE_FAST_MAYBE_NULL) {
        ins.oparg as i64
    } else {
        -1
    }
}

fn next_swappable_instruction(instrs: &[CfgInstr], mut i: usize, lineno: i32) -> Option<usize> {
    loop {
        i += 1;
        if i >= instrs.len() {
            return None;
        }
        let ins = &instrs[i];
        if lineno >= 0 && ins.loc.lineno != lineno {
            return None;
        }
        if ins.op == Op::NOP {
            continue;
        }
        if swappable(ins.op) {
            return Some(i);
        }
        return None;
    }
}

/// Performs SWAPs at compile time by exchanging the stores/POP_TOPs that consume the swapped
/// values, when they are on one line and store to different places (`apply_static_swaps`).
fn apply_static_swaps(instrs: &mut [CfgInstr], mut i: isize) {
    while i >= 0 {
        let iu = i as usize;
        let swap = instrs[iu];
        if swap.op != Op::SWAP {
            if swap.op == Op::NOP || swappable(swap.op) {
                i -= 1;
                continue;
            }
            return;
        }
        let Some(j) = next_swappable_instruction(instrs, iu, -1) else { return };
        let mut k = j;
        let lineno = instrs[j].loc.lineno;
        let mut count = swap.oparg as i64 - 1;
        while count > 0 {
            match next_swappable_instruction(instrs, k, lineno) {
                Some(nk) => k = nk,
                None => return,
            }
            count -= 1;
        }
        let store_j = stores_to(&instrs[j]);
        let store_k = stores_to(&instrs[k]);
        if store_j >= 0 || store_k >= 0 {
            if store_j == store_k {
                return;
            }
            for idx in j + 1..k {
                let s = stores_to(&instrs[idx]);
                if s >= 0 && (s == store_j || s == store_k) {
                    return;
                }
            }
        }
        instrs[iu].set_op0(Op::NOP);
        instrs.swap(j, k);
        i -= 1;
    }
}
