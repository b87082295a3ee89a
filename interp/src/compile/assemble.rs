//! The assembler: from the optimised instruction sequence to a code object.
//!
//! Models Python/assemble.c (`_PyAssemble_MakeCodeObject`): labels become instruction indices,
//! pseudo-jumps get their direction (JUMP_FORWARD / JUMP_BACKWARD[_NO_INTERRUPT]), jump opargs
//! become code-unit distances (growing EXTENDED_ARG prefixes until sizes settle), and the
//! instructions are written with their inline CACHE units. The location table
//! (Objects/locations.md) and the exception table (Objects/exception_handling_notes.txt) are
//! encoded here, and `makecode` lays out the localsplus names and kinds.

use super::flowgraph::CfgError;
use super::instr_seq::{CodeUnitMetadata, ExceptHandlerInfo, Instr, InstrSequence, Location, NO_LOCATION};
use crate::code::kinds::{CO_FAST_CELL, CO_FAST_FREE, CO_FAST_HIDDEN, CO_FAST_LOCAL};
use crate::code::location_kind;
use crate::code::{next_code_uid, Code, Const};
use crate::opcode::Op;
use std::rc::Rc;

/// Code units an instruction occupies: EXTENDED_ARG prefixes, itself, its caches (`instr_size`).
#[inline]
fn instr_size(op: Op, oparg: u32) -> u32 {
    let extended = (oparg > 0xFFFFFF) as u32 + (oparg > 0xFFFF) as u32 + (oparg > 0xFF) as u32;
    extended + 1 + op.caches() as u32
}

/// Gives JUMP and JUMP_NO_INTERRUPT their direction (`resolve_unconditional_jumps`; opargs are
/// instruction indices at this point), then turns jump opargs from target indices into
/// distances from the end of the jump's caches, and returns each instruction's offset in code
/// units, plus the total at index `len` (`resolve_jump_offsets`). Sizes start from the opargs as
/// they are (target indices for jumps) and are recomputed until no jump's EXTENDED_ARG prefix
/// changes. The first pass does both the direction and the first sizes.
fn resolve_jump_offsets(instrs: &mut [Instr]) -> Vec<u32> {
    let n = instrs.len();
    // (index of a jump, index of its target): only jumps change between rounds.
    let mut jumps: Vec<(u32, u32)> = Vec::new();
    let mut offsets = Vec::with_capacity(n + 1);
    let mut total = 0;
    for (i, ins) in instrs.iter_mut().enumerate() {
        if ins.op.has_jump() {
            let is_forward = ins.oparg as usize > i;
            match ins.op {
                Op::JUMP => ins.op = if is_forward { Op::JUMP_FORWARD } else { Op::JUMP_BACKWARD },
                Op::JUMP_NO_INTERRUPT => {
                    ins.op = if is_forward { Op::JUMP_FORWARD } else { Op::JUMP_BACKWARD_NO_INTERRUPT }
                }
                op => debug_assert!(!op.is_pseudo()),
            }
            jumps.push((i as u32, ins.oparg));
        }
        offsets.push(total);
        total += instr_size(ins.op, ins.oparg);
    }
    offsets.push(total);
    loop {
        let mut recompile = false;
        for &(k, t) in &jumps {
            let ins = &mut instrs[k as usize];
            let isize = instr_size(ins.op, ins.oparg);
            let end = offsets[k as usize] + isize;
            let target = *offsets.get(t as usize).unwrap_or(&total);
            if target < end {
                debug_assert!(ins.op.is_backward_jump());
                ins.oparg = end - target;
            } else {
                debug_assert!(!ins.op.is_backward_jump());
                ins.oparg = target - end;
            }
            if instr_size(ins.op, ins.oparg) != isize {
                recompile = true;
            }
        }
        if !recompile {
            return offsets;
        }
        total = 0;
        for (off, ins) in offsets.iter_mut().zip(instrs.iter()) {
            *off = total;
            total += instr_size(ins.op, ins.oparg);
        }
        offsets[n] = total;
    }
}

/// Writes one instruction at code unit `off` of `out` (pre-zeroed and sized from the offsets):
/// EXTENDED_ARG prefixes, the instruction, and its caches left as zeros (`write_instr`).
#[inline(always)]
fn write_instr(out: &mut [u8], op: Op, oparg: u32, off: u32) {
    // CACHE is opcode 0: each cache unit is two zero bytes, already there.
    const _: () = assert!(Op::CACHE as u8 == 0);
    debug_assert!(!op.is_pseudo());
    let pos = 2 * off as usize;
    if oparg <= 0xFF {
        if let Some(dst) = out.get_mut(pos..pos + 2) {
            dst[0] = op as u8;
            dst[1] = oparg as u8;
        }
        return;
    }
    let ilen = instr_size(op, oparg) - op.caches() as u32;
    let Some(dst) = out.get_mut(pos..pos + 2 * ilen as usize) else { return };
    let mut pos = 0;
    for shift in (1..ilen).rev() {
        dst[pos] = Op::EXTENDED_ARG as u8;
        dst[pos + 1] = (oparg >> (8 * shift)) as u8;
        pos += 2;
    }
    dst[pos] = op as u8;
    dst[pos + 1] = oparg as u8;
}

// ---- location table ------------------------------------------------------------------------

struct LineTableWriter {
    out: Vec<u8>,
    /// The line the next delta is relative to (`a_lineno`).
    lineno: i32,
}

/// One location entry being built: at most 1 + 4 varints of up to 6 bytes each.
struct EntryBuf {
    buf: [u8; 32],
    len: usize,
}

impl EntryBuf {
    #[inline]
    fn new(code: u8, length: u32) -> EntryBuf {
        debug_assert!((1..=8).contains(&length));
        let mut e = EntryBuf { buf: [0; 32], len: 1 };
        e.buf[0] = 0x80 | (code << 3) | (length as u8 - 1);
        e
    }
    #[inline]
    fn push(&mut self, b: u8) {
        if let Some(slot) = self.buf.get_mut(self.len) {
            *slot = b;
            self.len += 1;
        }
    }
    #[inline]
    fn varint(&mut self, mut val: u32) {
        while val >= 64 {
            self.push(64 | (val & 63) as u8);
            val >>= 6;
        }
        self.push(val as u8);
    }
    #[inline]
    fn svarint(&mut self, val: i32) {
        let u = if val < 0 { ((val.unsigned_abs()) << 1) | 1 } else { (val as u32) << 1 };
        self.varint(u);
    }
}

impl LineTableWriter {
    /// `write_location_info_entry`: picks the smallest of the five entry forms. The common
    /// one-, two- and three-byte forms are appended here; the varint forms out of line.
    #[inline(always)]
    fn entry(&mut self, loc: Location, isize: u32) {
        debug_assert!((1..=8).contains(&isize));
        let head = |code: u8| 0x80 | (code << 3) | (isize as u8 - 1);
        if loc.lineno < 0 {
            self.out.push(head(location_kind::NONE));
            return;
        }
        let line_delta = loc.lineno - self.lineno;
        let column = loc.col_offset;
        let end_column = loc.end_col_offset;
        if loc.end_lineno == loc.lineno && column >= 0 && end_column >= 0 {
            if line_delta == 0 && column < 80 && end_column - column < 16 && end_column >= column {
                let second = (((column & 7) << 4) | (end_column - column)) as u8;
                self.out.extend_from_slice(&[head(location_kind::SHORT0 + (column >> 3) as u8), second]);
                return;
            }
            if (0..3).contains(&line_delta) && column < 128 && end_column < 128 {
                self.out.extend_from_slice(&[head(location_kind::ONE_LINE0 + line_delta as u8), column as u8, end_column as u8]);
                self.lineno = loc.lineno;
                return;
            }
        }
        self.varint_entry(loc, isize, line_delta);
    }

    /// The NO_COLUMNS and LONG forms of [`LineTableWriter::entry`].
    #[inline(never)]
    fn varint_entry(&mut self, loc: Location, isize: u32, line_delta: i32) {
        if loc.col_offset < 0 || loc.end_col_offset < 0 {
            if loc.end_lineno == loc.lineno || loc.end_lineno == -1 {
                let mut e = EntryBuf::new(location_kind::NO_COLUMNS, isize);
                e.svarint(line_delta);
                self.lineno = loc.lineno;
                self.out.extend_from_slice(&e.buf[..e.len]);
                return;
            }
        }
        let mut e = EntryBuf::new(location_kind::LONG, isize);
        e.svarint(line_delta);
        e.varint((loc.end_lineno - loc.lineno) as u32);
        e.varint((loc.col_offset + 1) as u32);
        e.varint((loc.end_col_offset + 1) as u32);
        self.lineno = loc.lineno;
        self.out.extend_from_slice(&e.buf[..e.len]);
    }

    /// `assemble_emit_location`: runs longer than 8 code units take several entries.
    #[inline(always)]
    fn emit(&mut self, loc: Location, isize: u32) {
        if isize.wrapping_sub(1) < 8 {
            self.entry(loc, isize);
        } else {
            self.emit_long(loc, isize);
        }
    }

    #[inline(never)]
    fn emit_long(&mut self, loc: Location, mut isize: u32) {
        if isize == 0 {
            return;
        }
        while isize > 8 {
            self.entry(loc, 8);
            isize -= 8;
        }
        self.entry(loc, isize);
    }
}

/// Writes the code (`write_instr` per instruction) and, in the same walk, the location table
/// (`assemble_location_info`: one run per maximal stretch of instructions with equal locations).
fn write_code_and_locations(instrs: &[Instr], offsets: &[u32], firstlineno: i32) -> (Vec<u8>, Vec<u8>) {
    let total = offsets[instrs.len()];
    let mut code = vec![0u8; total as usize * 2];
    let mut w = LineTableWriter { out: Vec::with_capacity(instrs.len() * 2 + 8), lineno: firstlineno };
    let mut loc = NO_LOCATION;
    let mut start = 0;
    for (ins, &off) in instrs.iter().zip(offsets) {
        if loc != ins.loc {
            w.emit(loc, off - start);
            loc = ins.loc;
            start = off;
        }
        write_instr(&mut code, ins.op, ins.oparg, off);
    }
    w.emit(loc, total - start);
    (code, w.out)
}

// ---- exception table -----------------------------------------------------------------------

/// Big-endian 6-bit groups, 0x40 = more follows, `msb` (0x80) on the first byte of an entry
/// (`assemble_emit_exception_table_item`).
fn emit_exception_table_item(out: &mut Vec<u8>, value: u32, mut msb: u8) {
    const CONTINUATION: u8 = 64;
    for shift in [24, 18, 12, 6] {
        if value >= 1 << shift {
            out.push((((value >> shift) & 0x3f) as u8) | CONTINUATION | msb);
            msb = 0;
        }
    }
    out.push((value & 0x3f) as u8 | msb);
}

fn emit_exception_table_entry(out: &mut Vec<u8>, start: u32, end: u32, target: u32, h: &ExceptHandlerInfo) {
    let mut depth = h.startdepth - 1;
    if h.preserve_lasti {
        depth -= 1;
    }
    debug_assert!(depth >= 0);
    let depth_lasti = ((depth as u32) << 1) | h.preserve_lasti as u32;
    emit_exception_table_item(out, start, 0x80);
    emit_exception_table_item(out, end - start, 0);
    emit_exception_table_item(out, target, 0);
    emit_exception_table_item(out, depth_lasti, 0);
}

/// `assemble_exception_table`: one entry per run of instructions with the same handler.
fn assemble_exception_table(seq: &InstrSequence, offsets: &[u32]) -> Vec<u8> {
    let mut out = Vec::new();
    // The flowgraph leaves the handler list empty when no instruction is covered.
    if seq.except_info.is_empty() {
        return out;
    }
    let mut handler = ExceptHandlerInfo { label: None, startdepth: -1, preserve_lasti: false };
    let mut start = 0;
    let n = seq.instrs.len();
    let target = |h: u32| offsets.get(h as usize).copied().unwrap_or(offsets[n]);
    for (i, &ioffset) in offsets[..n].iter().enumerate() {
        let hi = seq.except_info.get(i).copied().unwrap_or(ExceptHandlerInfo::NONE);
        if hi.label != handler.label {
            if let Some(h) = handler.label {
                emit_exception_table_entry(&mut out, start, ioffset, target(h), &handler);
            }
            start = ioffset;
            handler = hi;
        }
    }
    if let Some(h) = handler.label {
        emit_exception_table_entry(&mut out, start, offsets[n], target(h), &handler);
    }
    out
}

// ---- the code object -----------------------------------------------------------------------

/// Localsplus names and kinds (`compute_localsplus_info`): locals (parameters first), then cells
/// that are not parameters, then free variables.
fn compute_localsplus_info(md: &CodeUnitMetadata, nlocalsplus: usize) -> (Vec<Rc<str>>, Vec<u8>) {
    let mut names: Vec<Rc<str>> = vec![Rc::from(""); nlocalsplus];
    let mut kinds = vec![0u8; nlocalsplus];
    for (offset, name) in md.varnames.iter().enumerate() {
        let mut kind = CO_FAST_LOCAL;
        if md.fasthidden.contains(name) {
            kind |= CO_FAST_HIDDEN;
        }
        if md.cellvars.contains(name) {
            kind |= CO_FAST_CELL;
        }
        names[offset] = name.clone();
        kinds[offset] = kind;
    }
    let nlocals = md.varnames.len();
    let mut numdropped = 0;
    for (cellindex, name) in md.cellvars.iter().enumerate() {
        if md.varnames.contains(name) {
            numdropped += 1;
            continue;
        }
        let offset = cellindex + nlocals - numdropped;
        names[offset] = name.clone();
        kinds[offset] = CO_FAST_CELL;
    }
    let ncells = md.cellvars.len();
    for (j, name) in md.freevars.iter().enumerate() {
        let offset = ncells + j + nlocals - numdropped;
        names[offset] = name.clone();
        kinds[offset] = CO_FAST_FREE;
    }
    (names, kinds)
}

/// `_PyAssemble_MakeCodeObject`. `seq` is the flowgraph's output (jump opargs are instruction
/// indices; handler info per instruction, or none at all when no instruction has a handler);
/// `consts` is the final constant table.
#[inline(never)] // a stage boundary: one call per unit, kept out of line for profiles
pub fn make_code_object(
    md: CodeUnitMetadata,
    consts: Vec<Const>,
    stackdepth: u32,
    mut seq: InstrSequence,
    nlocalsplus: usize,
) -> Result<Code, CfgError> {
    seq.apply_label_map()?;
    let offsets = resolve_jump_offsets(&mut seq.instrs);

    let (code, linetable) = write_code_and_locations(&seq.instrs, &offsets, md.firstlineno);
    let exceptiontable = assemble_exception_table(&seq, &offsets);
    let (localsplusnames, localspluskinds) = compute_localsplus_info(&md, nlocalsplus);
    seq.recycle();

    Ok(Code {
        argcount: md.posonlyargcount + md.argcount,
        posonlyargcount: md.posonlyargcount,
        kwonlyargcount: md.kwonlyargcount,
        // codeobject.c init_code: a code object always reserves at least one stack slot.
        stacksize: stackdepth.max(1),
        flags: md.flags,
        firstlineno: md.firstlineno,
        code,
        consts,
        names: md.names,
        localsplusnames,
        localspluskinds,
        qualname: md.qualname.unwrap_or_else(|| md.name.clone()),
        filename: md.filename,
        name: md.name,
        linetable,
        exceptiontable,
        uid: next_code_uid(),
    })
}
