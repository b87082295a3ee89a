//! The assembler: from the optimised instruction sequence to a code object.
//!
//! Models Python/assemble.c (`_PyAssemble_MakeCodeObject`): labels become instruction indices,
//! pseudo-jumps get their direction (JUMP_FORWARD / JUMP_BACKWARD[_NO_INTERRUPT]), jump opargs
//! become code-unit distances (growing EXTENDED_ARG prefixes until sizes settle), and the
//! instructions are written with their inline CACHE units. The location table
//! (Objects/locations.md) and the exception table (Objects/exception_handling_notes.txt) are
//! encoded here, and `makecode` lays out the localsplus names and kinds.

use super::flowgraph::CfgError;
use super::instr_seq::{CodeUnitMetadata, ExceptHandlerInfo, InstrSequence, Location, NO_LOCATION};
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

/// Gives JUMP and JUMP_NO_INTERRUPT their direction (`resolve_unconditional_jumps`); opargs are
/// instruction indices at this point.
fn resolve_unconditional_jumps(seq: &mut InstrSequence) {
    for (i, ins) in seq.instrs.iter_mut().enumerate() {
        let is_forward = ins.oparg as usize > i;
        match ins.op {
            Op::JUMP => ins.op = if is_forward { Op::JUMP_FORWARD } else { Op::JUMP_BACKWARD },
            Op::JUMP_NO_INTERRUPT => {
                ins.op = if is_forward { Op::JUMP_FORWARD } else { Op::JUMP_BACKWARD_NO_INTERRUPT }
            }
            op => debug_assert!(!(op.has_jump() && op.is_pseudo())),
        }
    }
}

/// Turns jump opargs from target indices into distances from the end of the jump's caches, and
/// returns each instruction's offset in code units (`resolve_jump_offsets`).
fn resolve_jump_offsets(seq: &mut InstrSequence) -> Vec<u32> {
    let n = seq.instrs.len();
    let targets: Vec<u32> = seq.instrs.iter().map(|i| if i.op.has_jump() { i.oparg } else { 0 }).collect();
    let mut offsets = vec![0u32; n + 1];
    loop {
        let mut total = 0;
        for (i, ins) in seq.instrs.iter().enumerate() {
            offsets[i] = total;
            total += instr_size(ins.op, ins.oparg);
        }
        offsets[n] = total;
        let mut recompile = false;
        let mut offset = 0;
        for (i, ins) in seq.instrs.iter_mut().enumerate() {
            let isize = instr_size(ins.op, ins.oparg);
            offset += isize;
            if ins.op.has_jump() {
                let target = offsets[targets[i] as usize];
                if target < offset {
                    debug_assert!(ins.op.is_backward_jump());
                    ins.oparg = offset - target;
                } else {
                    debug_assert!(!ins.op.is_backward_jump());
                    ins.oparg = target - offset;
                }
                if instr_size(ins.op, ins.oparg) != isize {
                    recompile = true;
                }
            }
        }
        if !recompile {
            return offsets;
        }
    }
}

/// Writes one instruction: EXTENDED_ARG prefixes, the instruction, zeroed caches (`write_instr`).
fn write_instr(out: &mut Vec<u8>, op: Op, oparg: u32) {
    debug_assert!(!op.is_pseudo());
    let caches = op.caches();
    let ilen = instr_size(op, oparg) - caches as u32;
    for shift in (1..ilen).rev() {
        out.extend_from_slice(&[Op::EXTENDED_ARG as u8, (oparg >> (8 * shift)) as u8]);
    }
    out.extend_from_slice(&[op as u8, oparg as u8]);
    // CACHE is opcode 0: each cache unit is two zero bytes.
    const _: () = assert!(Op::CACHE as u8 == 0);
    out.resize(out.len() + 2 * caches, 0);
}

// ---- location table ------------------------------------------------------------------------

struct LineTableWriter {
    out: Vec<u8>,
    /// The line the next delta is relative to (`a_lineno`).
    lineno: i32,
}

impl LineTableWriter {
    fn first_byte(&mut self, code: u8, length: u32) {
        debug_assert!((1..=8).contains(&length));
        self.out.push(0x80 | (code << 3) | (length as u8 - 1));
    }
    fn varint(&mut self, mut val: u32) {
        while val >= 64 {
            self.out.push(64 | (val & 63) as u8);
            val >>= 6;
        }
        self.out.push(val as u8);
    }
    fn svarint(&mut self, val: i32) {
        let u = if val < 0 { ((val.unsigned_abs()) << 1) | 1 } else { (val as u32) << 1 };
        self.varint(u);
    }

    /// `write_location_info_entry`: picks the smallest of the five entry forms.
    fn entry(&mut self, loc: Location, isize: u32) {
        if loc.lineno < 0 {
            self.first_byte(location_kind::NONE, isize);
            return;
        }
        let line_delta = loc.lineno - self.lineno;
        let column = loc.col_offset;
        let end_column = loc.end_col_offset;
        if column < 0 || end_column < 0 {
            if loc.end_lineno == loc.lineno || loc.end_lineno == -1 {
                self.first_byte(location_kind::NO_COLUMNS, isize);
                self.svarint(line_delta);
                self.lineno = loc.lineno;
                return;
            }
        } else if loc.end_lineno == loc.lineno {
            if line_delta == 0 && column < 80 && end_column - column < 16 && end_column >= column {
                self.first_byte(location_kind::SHORT0 + (column >> 3) as u8, isize);
                self.out.push((((column & 7) << 4) | (end_column - column)) as u8);
                return;
            }
            if (0..3).contains(&line_delta) && column < 128 && end_column < 128 {
                self.first_byte(location_kind::ONE_LINE0 + line_delta as u8, isize);
                self.out.push(column as u8);
                self.out.push(end_column as u8);
                self.lineno = loc.lineno;
                return;
            }
        }
        self.first_byte(location_kind::LONG, isize);
        self.svarint(line_delta);
        self.varint((loc.end_lineno - loc.lineno) as u32);
        self.varint((loc.col_offset + 1) as u32);
        self.varint((loc.end_col_offset + 1) as u32);
        self.lineno = loc.lineno;
    }

    /// `assemble_emit_location`: runs longer than 8 code units take several entries.
    fn emit(&mut self, loc: Location, mut isize: u32) {
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

/// `assemble_location_info`: one run per maximal stretch of instructions with equal locations.
fn assemble_location_info(seq: &InstrSequence, firstlineno: i32) -> Vec<u8> {
    let mut w = LineTableWriter { out: Vec::with_capacity(seq.instrs.len() * 2), lineno: firstlineno };
    let mut loc = NO_LOCATION;
    let mut size = 0;
    for ins in &seq.instrs {
        if loc != ins.loc {
            w.emit(loc, size);
            loc = ins.loc;
            size = 0;
        }
        size += instr_size(ins.op, ins.oparg);
    }
    w.emit(loc, size);
    w.out
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
    let mut handler = ExceptHandlerInfo { label: None, startdepth: -1, preserve_lasti: false };
    let mut start = 0;
    let mut ioffset = 0;
    for (i, ins) in seq.instrs.iter().enumerate() {
        let hi = seq.except_info.get(i).copied().unwrap_or(ExceptHandlerInfo::NONE);
        if hi.label != handler.label {
            if let Some(h) = handler.label {
                emit_exception_table_entry(&mut out, start, ioffset, offsets[h as usize], &handler);
            }
            start = ioffset;
            handler = hi;
        }
        ioffset += instr_size(ins.op, ins.oparg);
    }
    if let Some(h) = handler.label {
        emit_exception_table_entry(&mut out, start, ioffset, offsets[h as usize], &handler);
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

/// `_PyAssemble_MakeCodeObject`. `seq` is the flowgraph's output (labels = block positions,
/// handler info per instruction); `consts` is the final constant table.
pub fn make_code_object(
    md: &CodeUnitMetadata,
    consts: Vec<Const>,
    stackdepth: u32,
    mut seq: InstrSequence,
    nlocalsplus: usize,
) -> Result<Code, CfgError> {
    seq.apply_label_map()?;
    resolve_unconditional_jumps(&mut seq);
    let offsets = resolve_jump_offsets(&mut seq);

    let mut code = Vec::with_capacity(offsets[seq.instrs.len()] as usize * 2);
    for ins in &seq.instrs {
        write_instr(&mut code, ins.op, ins.oparg);
    }
    let linetable = assemble_location_info(&seq, md.firstlineno);
    let exceptiontable = assemble_exception_table(&seq, &offsets);
    let (localsplusnames, localspluskinds) = compute_localsplus_info(md, nlocalsplus);

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
        names: md.names.clone(),
        localsplusnames,
        localspluskinds,
        filename: md.filename.clone(),
        name: md.name.clone(),
        qualname: md.qualname.clone().unwrap_or_else(|| md.name.clone()),
        linetable,
        exceptiontable,
        uid: next_code_uid(),
    })
}
