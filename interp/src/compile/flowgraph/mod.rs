//! The control-flow graph and its optimiser.
//!
//! Models Python/flowgraph.c: `instr_sequence_to_cfg` (from Python/compile.c) builds basic blocks
//! from the code generator's [`InstrSequence`]; [`optimize_code_unit`] is
//! `_PyCfg_OptimizeCodeUnit` (every pass in CPython's order); [`optimized_cfg_to_instr_sequence`]
//! is `_PyCfg_OptimizedCfgToInstructionSequence` (stack depth, localsplus prefix, pseudo-op
//! lowering, jump normalisation, linearisation).
//!
//! The passes live in submodules by family:
//! - [`exceptions`]: handler marking and the exception-stack walk (`label_exception_targets`);
//! - [`optimize`]: inlining, unreachable code, constant and peephole rewrites, NOP/jump removal;
//! - [`lines`]: `duplicate_exits_without_lineno` and `propagate_line_numbers`;
//! - [`locals`]: constant compaction, LOAD_FAST_CHECK analysis, superinstructions;
//! - [`layout`]: cold-block motion, stack depth, localsplus prefix, pseudo-ops, jump normalisation.
//!
//! Representation: blocks live in one `Vec` and refer to each other by index ([`BlockId`]);
//! each block owns a plain `Vec` of [`CfgInstr`]. The `next` links give the layout order, which
//! passes rewire (cold blocks move, new blocks are spliced in) without moving blocks in memory.
//! Like CPython, instructions are never deleted in place: rewrites turn them into NOPs, and NOP
//! removal (which decides where line numbers land) runs at fixed points.

pub mod exceptions;
pub mod layout;
pub mod lines;
pub mod locals;
pub mod optimize;

use super::instr_seq::{CodeUnitMetadata, InstrSequence, Location};
use crate::code::Const;
use crate::opcode::Op;

/// Index of a block in [`Cfg::blocks`].
pub type BlockId = u32;
/// "No block" (CPython's NULL block pointer).
pub const NO_BLOCK: BlockId = u32::MAX;

/// One instruction of a block (`cfg_instr`).
#[derive(Clone, Copy, Debug)]
pub struct CfgInstr {
    pub op: Op,
    pub oparg: u32,
    pub loc: Location,
    /// Jump or handler target, for instructions with `op.has_target()`.
    pub target: BlockId,
    /// The handler in force at this instruction, set by `label_exception_targets`. Instructions
    /// created later by the optimiser start with none, as in CPython.
    pub except: BlockId,
}

impl CfgInstr {
    pub fn new(op: Op, oparg: u32, loc: Location) -> Self {
        CfgInstr { op, oparg, loc, target: NO_BLOCK, except: NO_BLOCK }
    }
    /// `INSTR_SET_OP0`.
    #[inline]
    pub fn set_op0(&mut self, op: Op) {
        self.op = op;
        self.oparg = 0;
    }
    /// `INSTR_SET_OP1`.
    #[inline]
    pub fn set_op1(&mut self, op: Op, oparg: u32) {
        self.op = op;
        self.oparg = oparg;
    }
    #[inline]
    pub fn is_jump(&self) -> bool {
        self.op.has_jump()
    }
}

/// A basic block (`basicblock`).
#[derive(Clone, Debug)]
pub struct Block {
    pub instrs: Vec<CfgInstr>,
    /// The next block in layout order (fallthrough successor when the block can fall through).
    pub next: BlockId,
    /// Label id if the block is a jump target; -1 otherwise.
    pub label: i32,
    pub startdepth: i32,
    pub predecessors: i32,
    pub unsafe_locals_mask: u64,
    /// The mask `unsafe_locals_mask` had when the LOAD_FAST_CHECK analysis last scanned the block.
    pub scanned_mask: u64,
    /// Known to hold no NOP: set by NOP removal when it leaves none, cleared by every rewrite
    /// into a NOP after the first NOP removal (the passes before it start from a new graph,
    /// where it is false). NOP removal skips such blocks.
    pub nop_free: bool,
    pub preserve_lasti: bool,
    pub visited: bool,
    pub except_handler: bool,
    pub cold: bool,
    pub warm: bool,
}

thread_local! {
    /// Instruction vectors of the blocks of graphs already dropped, emptied, for the blocks of
    /// the next graphs: a compilation builds a graph per code unit, and most blocks are small,
    /// so this saves an allocation and a free per block.
    static SPARE_INSTRS: std::cell::RefCell<Vec<Vec<CfgInstr>>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// At most this many spare vectors are kept, each of at most [`SPARE_MAX_CAP`] instructions.
const SPARE_MAX: usize = 1024;
const SPARE_MAX_CAP: usize = 64;

impl Drop for Cfg {
    fn drop(&mut self) {
        let _ = SPARE_INSTRS.try_with(|s| {
            let Ok(mut spare) = s.try_borrow_mut() else { return };
            for blk in self.blocks.iter_mut() {
                if spare.len() >= SPARE_MAX {
                    break;
                }
                let cap = blk.instrs.capacity();
                if cap > 0 && cap <= SPARE_MAX_CAP {
                    let mut v = std::mem::take(&mut blk.instrs);
                    v.clear();
                    spare.push(v);
                }
            }
        });
        // The block vector itself is kept for the next graph too.
        let mut blocks = std::mem::take(&mut self.blocks);
        blocks.clear();
        if blocks.capacity() > 0 && blocks.capacity() <= SPARE_BLOCKS_MAX_CAP {
            let _ = SPARE_BLOCKS.try_with(|s| {
                if let Ok(mut spare) = s.try_borrow_mut() {
                    if spare.len() < 4 {
                        spare.push(blocks);
                    }
                }
            });
        }
    }
}

thread_local! {
    /// Emptied block vectors of graphs already dropped.
    static SPARE_BLOCKS: std::cell::RefCell<Vec<Vec<Block>>> = const { std::cell::RefCell::new(Vec::new()) };
}
const SPARE_BLOCKS_MAX_CAP: usize = 1 << 12;

/// An empty block vector with room for `n` blocks, recycled when one is spare.
fn spare_blocks(n: usize) -> Vec<Block> {
    let mut v = SPARE_BLOCKS.try_with(|s| s.try_borrow_mut().ok().and_then(|mut v| v.pop())).ok().flatten().unwrap_or_default();
    v.reserve(n);
    v
}

/// An empty instruction vector, recycled when one is spare.
#[inline]
fn spare_instrs() -> Vec<CfgInstr> {
    SPARE_INSTRS.try_with(|s| s.try_borrow_mut().ok().and_then(|mut v| v.pop())).ok().flatten().unwrap_or_default()
}

impl Block {
    fn new() -> Block {
        Block {
            instrs: spare_instrs(),
            next: NO_BLOCK,
            label: -1,
            startdepth: 0,
            predecessors: 0,
            unsafe_locals_mask: 0,
            scanned_mask: 0,
            nop_free: false,
            preserve_lasti: false,
            visited: false,
            except_handler: false,
            cold: false,
            warm: false,
        }
    }

    #[inline]
    pub fn last(&self) -> Option<&CfgInstr> {
        self.instrs.last()
    }

    /// `BB_HAS_FALLTHROUGH`: control can run off the end into `next`.
    #[inline]
    pub fn has_fallthrough(&self) -> bool {
        match self.instrs.last() {
            Some(l) => !(l.op.is_scope_exit() || l.op.is_unconditional_jump()),
            None => true,
        }
    }

    #[inline]
    pub fn exits_scope(&self) -> bool {
        self.instrs.last().is_some_and(|l| l.op.is_scope_exit())
    }

    pub fn has_eval_break(&self) -> bool {
        self.instrs.iter().any(|i| i.op.has_eval_break())
    }

    pub fn has_no_lineno(&self) -> bool {
        self.instrs.iter().all(|i| i.loc.lineno < 0)
    }

    #[inline]
    pub fn is_labelled(&self) -> bool {
        self.label >= 0
    }
}

/// The graph (`cfg_builder`): blocks plus the entry block.
#[derive(Clone, Debug)]
pub struct Cfg {
    pub blocks: Vec<Block>,
    pub entry: BlockId,
    /// The code has a SETUP_* or POP_BLOCK: without one no instruction is covered by a handler
    /// and no block is one.
    pub has_handlers: bool,
}

/// Passes report a malformed graph instead of panicking (CPython raises SystemError/ValueError).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CfgError(pub &'static str);

pub type CfgResult<T> = Result<T, CfgError>;

impl Cfg {
    #[inline]
    pub fn b(&self, id: BlockId) -> &Block {
        &self.blocks[id as usize]
    }
    #[inline]
    pub fn bm(&mut self, id: BlockId) -> &mut Block {
        &mut self.blocks[id as usize]
    }

    /// A new, unlinked, empty block (`cfg_builder_new_block`).
    pub fn new_block(&mut self) -> BlockId {
        self.blocks.push(Block::new());
        (self.blocks.len() - 1) as BlockId
    }

    /// The blocks in layout order. Collected up front so passes may mutate while walking.
    pub fn order(&self) -> Vec<BlockId> {
        let mut v = Vec::with_capacity(self.blocks.len());
        let mut b = self.entry;
        while b != NO_BLOCK {
            v.push(b);
            b = self.b(b).next;
        }
        v
    }

    /// The first non-empty block at or after `b` in layout order (`next_nonempty_block`).
    pub fn next_nonempty_block(&self, mut b: BlockId) -> BlockId {
        while b != NO_BLOCK && self.b(b).instrs.is_empty() {
            b = self.b(b).next;
        }
        b
    }

    /// Clears `visited` on every block in layout order and returns how many there are
    /// (the set-up half of `make_cfg_traversal_stack`).
    pub fn reset_visited(&mut self) -> usize {
        let mut n = 0;
        let mut b = self.entry;
        while b != NO_BLOCK {
            let blk = self.bm(b);
            blk.visited = false;
            n += 1;
            b = blk.next;
        }
        n
    }

    /// The largest label id in use (`get_max_label`).
    pub fn max_label(&self) -> i32 {
        let mut lbl = -1;
        let mut b = self.entry;
        while b != NO_BLOCK {
            lbl = lbl.max(self.b(b).label);
            b = self.b(b).next;
        }
        lbl
    }

    /// Builds the graph from a code generator's sequence (compile.c `instr_sequence_to_cfg`).
    /// A block ends after every terminator and before every jump target; labels are the indices of
    /// the instructions they name. Targets are resolved to blocks right away
    /// (`translate_jump_labels_to_targets`).
    #[inline(never)] // a stage boundary: one call per unit, kept out of line for profiles
    pub fn from_instr_sequence(seq: InstrSequence) -> CfgResult<Cfg> {
        let instrs = &seq.instrs;
        let n = instrs.len();
        // start[i]: marks first (TARGET for a jump target, AFTER for the instruction after a
        // terminator), then the block that starts at instruction i, or NO_BLOCK.
        const TARGET: u32 = 1;
        const AFTER: u32 = 2;
        let mut start = vec![0u32; n + 1];
        let mut has_handlers = false;
        for (i, ins) in instrs.iter().enumerate() {
            let op = ins.op;
            if op.is_terminator() {
                start[i + 1] |= AFTER;
            }
            if op.has_target() {
                let t = seq.jump_target(ins.oparg).ok_or(CfgError("jump to an unbound label"))? as usize;
                // add_return_at_end guarantees every label names an instruction.
                if t >= n {
                    return Err(CfgError("jump past the end of the code"));
                }
                start[t] |= TARGET;
                has_handlers |= op.is_block_push();
            } else if op == Op::POP_BLOCK {
                has_handlers = true;
            }
        }
        // A block ends after every terminator and before every jump target
        // (cfg_builder_maybe_start_new_block); the entry block starts at 0 and takes its label.
        let mut bounds: Vec<(u32, bool)> = Vec::with_capacity(n / 4 + 2);
        for (i, s) in start[..n].iter_mut().enumerate() {
            if *s != 0 || i == 0 {
                bounds.push((i as u32, *s & TARGET != 0));
                *s = bounds.len() as BlockId - 1;
            } else {
                *s = NO_BLOCK;
            }
        }
        let nblocks = bounds.len().max(1);
        let mut g = Cfg { blocks: spare_blocks(nblocks), entry: 0, has_handlers };
        for k in 0..nblocks {
            let id = g.new_block();
            let Some(&(from, is_target)) = bounds.get(k) else { break };
            let to = bounds.get(k + 1).map_or(n, |b| b.0 as usize);
            let blk = g.bm(id);
            if is_target {
                blk.label = from as i32;
            }
            if k + 1 < nblocks {
                blk.next = id + 1;
            }
            let start = &start;
            blk.instrs.reserve_exact(to - from as usize);
            blk.instrs.extend(instrs[from as usize..to].iter().map(|ins| {
                let mut ci = CfgInstr::new(ins.op, ins.oparg, ins.loc);
                if ins.op.has_target() {
                    // Resolved above: the target index is in range and starts a block.
                    let t = seq.jump_target(ins.oparg).unwrap_or(0) as usize;
                    ci.oparg = t as u32;
                    ci.target = start.get(t).copied().unwrap_or(NO_BLOCK);
                }
                ci
            }));
        }
        seq.recycle();
        Ok(g)
    }

    /// Appends a jump to `target` unless the block already ends in one (`basicblock_add_jump`).
    pub fn add_jump(&mut self, b: BlockId, op: Op, target: BlockId, loc: Location) -> bool {
        if self.b(b).last().is_some_and(|l| l.is_jump()) {
            return false;
        }
        let label = self.b(target).label.max(0) as u32;
        let mut ins = CfgInstr::new(op, label, loc);
        ins.target = target;
        self.bm(b).instrs.push(ins);
        true
    }

    /// A copy of a block that cannot fall through (`copy_basicblock`), unlinked.
    pub fn copy_block(&mut self, b: BlockId) -> BlockId {
        let nb = self.new_block();
        let mut instrs = std::mem::take(&mut self.bm(nb).instrs);
        instrs.extend_from_slice(&self.b(b).instrs);
        self.bm(nb).instrs = instrs;
        nb
    }
}

impl Cfg {
    /// A readable listing of the blocks in layout order, for debugging (`_PyCfgBuilder_DumpGraph`).
    pub fn dump(&self) -> String {
        use std::fmt::Write as _;
        let mut s = String::new();
        for b in self.order() {
            let blk = self.b(b);
            let _ = writeln!(
                s,
                "block {b} label={} preds={} depth={} eh={} cold={} next={}",
                blk.label, blk.predecessors, blk.startdepth, blk.except_handler, blk.cold, blk.next as i64
            );
            for ins in &blk.instrs {
                let t = if ins.op.has_target() { format!(" -> {}", ins.target) } else { String::new() };
                let e = if ins.except != NO_BLOCK { format!(" exc {}", ins.except) } else { String::new() };
                let _ = writeln!(s, "    {:?} {}{t}{e}  line {}", ins.op, ins.oparg, ins.loc.lineno);
            }
        }
        s
    }
}

/// `_PyCfg_OptimizeCodeUnit`: every optimisation pass, in CPython's order. `consts` is the code
/// unit's constant list; passes append folded constants and finally compact it.
#[inline(never)] // a stage boundary: one call per unit, kept out of line for profiles
pub fn optimize_code_unit(
    g: &mut Cfg,
    consts: &mut Vec<Const>,
    nlocals: usize,
    nparams: usize,
    firstlineno: i32,
) -> CfgResult<()> {
    // Preprocessing: handlers and the exception stack.
    if g.has_handlers {
        exceptions::mark_except_handlers(g);
        exceptions::label_exception_targets(g)?;
    }
    // Optimisation.
    optimize::optimize_cfg(g, consts, firstlineno)?;
    locals::remove_unused_consts(g, consts);
    locals::add_checks_for_loads_of_uninitialized_variables(g, nlocals, nparams);
    locals::insert_superinstructions(g);
    layout::push_cold_blocks_to_end(g)?;
    lines::resolve_line_numbers(g, firstlineno);
    Ok(())
}

/// The result of [`optimized_cfg_to_instr_sequence`].
pub struct Linearized {
    pub seq: InstrSequence,
    pub stackdepth: u32,
    pub nlocalsplus: usize,
}

/// `_PyCfg_OptimizedCfgToInstructionSequence`: computes the stack depth, inserts the prefix
/// instructions (COPY_FREE_VARS, MAKE_CELL, RETURN_GENERATOR/POP_TOP), remaps cell opargs to
/// localsplus slots, lowers pseudo-instructions, normalises backward conditional jumps and
/// writes the blocks out as one sequence whose jump opargs are instruction indices.
#[inline(never)] // a stage boundary: one call per unit, kept out of line for profiles
pub fn optimized_cfg_to_instr_sequence(g: &mut Cfg, md: &CodeUnitMetadata) -> CfgResult<Linearized> {
    let stackdepth = layout::calculate_stackdepth(g)?;
    let nlocalsplus = layout::prepare_localsplus(g, md);
    layout::convert_pseudo_ops(g)?;
    layout::normalize_jumps(g);
    let seq = layout::to_instr_sequence(g);
    Ok(Linearized { seq, stackdepth: stackdepth as u32, nlocalsplus })
}
